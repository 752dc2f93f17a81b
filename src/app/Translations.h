#pragma once

#include <QString>

class QCoreApplication;

namespace odag::app {

// Installs the app's and Qt's translators for `language` ("de", "ja"...), or for the
// system locale when it is empty. English needs only its plural forms. The .qm files
// come from `qmDirectory` (tests pass the build directory).
void installTranslations(QCoreApplication &app, const QString &language,
                         const QString &qmDirectory = QStringLiteral(":/i18n"));

} // namespace odag::app
