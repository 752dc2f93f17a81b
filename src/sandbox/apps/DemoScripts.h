#pragma once

// The load scripts of the demo tenant's apps, written the way Qlik developers write
// them: a Main tab of SET statements, LIB CONNECT, QVD and database loads, mapping
// tables, inline tables, and in the ODAG templates bind variables in both syntaxes.

#include <QString>

namespace odag::sandbox::demo {

// The script of a demo app (DemoIds.h); empty for an ID that is not a demo app.
QString demoScript(const QString &appId);

// Parts, in DemoScripts.cpp (ODAG selection and template apps) and
// DemoScriptsMore.cpp (the other apps).
QString odagDemoScript(const QString &appId);
QString otherDemoScript(const QString &appId);
QString mainTab(const char *dateFormat = "YYYY-MM-DD",
                const char *moneyFormat = "€ #.##0,00;-€ #.##0,00");

} // namespace odag::sandbox::demo
