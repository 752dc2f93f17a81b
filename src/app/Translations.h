#pragma once

#include <QString>

class QCoreApplication;

namespace odag::app {

// Installs the app's and Qt's translators for `language` ("de", "ja"...), or for the
// system locale when it is empty. English needs none.
void installTranslations(QCoreApplication &app, const QString &language);

} // namespace odag::app
