// odag-admin: parses the command line, opens the connection and shows the main window.
// Everything else lives in the libraries.

#include "CommandLine.h"
#include "EmbeddedSandbox.h"
#include "Screenshot.h"
#include "Translations.h"

#include "api/Authenticator.h"
#include "gui/MainWindow.h"
#include "gui/connection/TenantSession.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QIcon>

#include <cstdio>

using namespace odag;

static void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("ODAG Admin"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("odag-admin.org"));
    QCoreApplication::setApplicationName(QStringLiteral("odag-admin"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ODAG_VERSION));
}

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();

    // --help and --version must work without a display.
    if (app::CommandLine::wantsInfoOnly(argc, argv)) {
        QCoreApplication core(argc, argv);
        setIdentity();
        app::installTranslations(core, {});
        app::CommandLine cl;
        return app::CommandLine::parse(core, cl).value_or(0);
    }
    // A screenshot needs no screen: render offscreen when there is none.
    if (app::CommandLine::wantsScreenshot(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")
        && qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication application(argc, argv);
    setIdentity();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/odag-admin.svg")));

    app::CommandLine cl;
    if (auto exit = app::CommandLine::parse(application, cl))
        return *exit;
    app::installTranslations(application, cl.language);

    if (!cl.profile.isEmpty() && cl.profile.compare(QLatin1StringView("Sandbox"), Qt::CaseInsensitive) != 0) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("main", "There is no connection profile named \"%1\". "
                                                                    "Available profiles: Sandbox.")
                                    .arg(cl.profile)));
        return 2;
    }

    if (!cl.view.isEmpty() && !gui::MainWindow::viewIds().contains(cl.view)) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("main", "Unknown view \"%1\". Views: %2.")
                                    .arg(cl.view, gui::MainWindow::viewIds().join(QStringLiteral(", ")))));
        return 2;
    }

    // The built-in Sandbox profile: a local tenant on a loopback port, reached over HTTP
    // through the same client code as a real tenant. --tenant connects to a real one.
    // The window paints first; the workspaces open when the connection is there.
    app::EmbeddedSandbox sandbox;
    std::unique_ptr<gui::TenantSession> session;
    gui::MainWindow window;
    if (!cl.view.isEmpty())
        window.showView(cl.view);
    if (!cl.tenantUrl.isEmpty()) {
        const QUrl url(cl.tenantUrl);
        session = std::make_unique<gui::TenantSession>(url.host(), gui::TenantSession::Kind::Cloud, url,
                                                       std::make_shared<api::ApiKeyAuth>(qgetenv("ODAG_API_KEY")));
        window.setSession(session.get());
    } else {
        const QString name = QCoreApplication::translate("main", "Sandbox");
        window.showConnecting(name);
        QObject::connect(&sandbox, &app::EmbeddedSandbox::started, &window, [&, name](const QUrl &url) {
            session = std::make_unique<gui::TenantSession>(
                name, gui::TenantSession::Kind::Cloud, url,
                std::make_shared<api::ApiKeyAuth>(app::EmbeddedSandbox::adminApiKey().toUtf8()));
            window.setSession(session.get());
        });
        QObject::connect(&sandbox, &app::EmbeddedSandbox::failed, &window, [&, name](const QString &error) {
            const QString message = QCoreApplication::translate("main", "Could not start the sandbox tenant: %1").arg(error);
            std::fprintf(stderr, "%s\n", qPrintable(message));
            window.showConnectionFailed(name, message);
        });
        app::onFirstPaint(&window, [&sandbox, dir = cl.sandboxDataDir] { sandbox.start(dir); });
    }
    app::installStartupProbe(&window, sinceStart);
    window.show();

    if (!cl.screenshotPath.isEmpty())
        app::takeScreenshotWhenLoaded(&window, cl.screenshotPath);

    return QApplication::exec();
}
