#include "CommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QUrl>

#include <cstdio>
#include <cstring>

namespace odag::app {

static bool hasArg(int argc, char **argv, std::initializer_list<const char *> names)
{
    for (int i = 1; i < argc; ++i) {
        for (const char *n : names) {
            if (std::strcmp(argv[i], n) == 0)
                return true;
        }
    }
    return false;
}

bool CommandLine::wantsInfoOnly(int argc, char **argv)
{
    return hasArg(argc, argv, {"-h", "--help", "-?", "--help-all", "-v", "--version"});
}

bool CommandLine::wantsScreenshot(int argc, char **argv)
{
    return hasArg(argc, argv, {"--screenshot"});
}

std::optional<int> CommandLine::parse(QCoreApplication &app, CommandLine &out)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "CommandLine", "Administration of Qlik On-Demand App Generation: links, requests, spaces, "
                       "apps and reloads."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profile(QStringList{QStringLiteral("profile")},
                                     QCoreApplication::translate("CommandLine", "Open the connection profile <name>."),
                                     QCoreApplication::translate("CommandLine", "name"));
    const QCommandLineOption sandbox(QStringList{QStringLiteral("sandbox")},
                                     QCoreApplication::translate("CommandLine", "Connect to the built-in sandbox tenant."));
    const QCommandLineOption screenshot(
        QStringList{QStringLiteral("screenshot")},
        QCoreApplication::translate("CommandLine", "Render the main window once its data has loaded, save it as a PNG "
                                                   "to <path> and exit."),
        QCoreApplication::translate("CommandLine", "path"));
    const QCommandLineOption view(QStringList{QStringLiteral("view")},
                                  QCoreApplication::translate("CommandLine", "Open the workspace <name> (for example: links)."),
                                  QCoreApplication::translate("CommandLine", "name"));
    const QCommandLineOption lang(QStringList{QStringLiteral("lang")},
                                  QCoreApplication::translate("CommandLine", "Use the language <code> (en, de, fr, es, ja) "
                                                                             "instead of the system's."),
                                  QCoreApplication::translate("CommandLine", "code"));
    const QCommandLineOption sandboxData(
        QStringList{QStringLiteral("sandbox-data")},
        QCoreApplication::translate("CommandLine", "Keep the sandbox tenant's state in <dir>."),
        QCoreApplication::translate("CommandLine", "dir"));
    const QCommandLineOption tenant(
        QStringList{QStringLiteral("tenant")},
        QCoreApplication::translate("CommandLine", "Connect to the Qlik Cloud tenant at <url> "
                                                   "(https://TENANT.REGION.qlikcloud.com) with the API key in the "
                                                   "environment variable ODAG_API_KEY."),
        QCoreApplication::translate("CommandLine", "url"));
    parser.addOptions({profile, sandbox, screenshot, view, lang, sandboxData, tenant});

    if (!parser.parse(app.arguments())) {
        std::fprintf(stderr, "%s\n%s\n", qPrintable(parser.errorText()),
                     qPrintable(QCoreApplication::translate("CommandLine", "Try --help.")));
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        std::printf("%s %s\n", qPrintable(QCoreApplication::applicationName()),
                    qPrintable(QCoreApplication::applicationVersion()));
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("CommandLine", "Unexpected argument: %1. Try --help.")
                                    .arg(parser.positionalArguments().constFirst())));
        return 2;
    }
    out.profile = parser.value(profile);
    out.sandbox = parser.isSet(sandbox);
    out.screenshotPath = parser.value(screenshot);
    out.view = parser.value(view);
    out.language = parser.value(lang);
    out.sandboxDataDir = parser.value(sandboxData);
    out.tenantUrl = parser.value(tenant);
    if (!out.tenantUrl.isEmpty()) {
        const QUrl url(out.tenantUrl, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != QLatin1StringView("https") && url.scheme() != QLatin1StringView("http"))
            || url.host().isEmpty()) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate("CommandLine", "--tenant needs a URL such as "
                                                                               "https://tenant.eu.qlikcloud.com, not \"%1\".")
                                        .arg(out.tenantUrl)));
            return 2;
        }
        if (qEnvironmentVariableIsEmpty("ODAG_API_KEY")) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate("CommandLine", "--tenant needs the API key in the "
                                                                               "environment variable ODAG_API_KEY.")));
            return 2;
        }
        if (out.sandbox) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate("CommandLine", "Use either --tenant or --sandbox, not both.")));
            return 2;
        }
    }
    if (parser.isSet(screenshot) && out.screenshotPath.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(QCoreApplication::translate("CommandLine", "--screenshot needs a file path.")));
        return 2;
    }
    return std::nullopt;
}

} // namespace odag::app
