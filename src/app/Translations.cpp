#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace odag::app {

void installTranslations(QCoreApplication &app, const QString &language, const QString &qmDirectory)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);

    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);

    // Without a translation for the locale (English, or the C locale of a headless
    // machine), the English plural forms still apply.
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("odag-admin"), QStringLiteral("_"), qmDirectory)
        || own->load(QStringLiteral("odag-admin_en"), qmDirectory))
        QCoreApplication::installTranslator(own);
}

} // namespace odag::app
