// odag-admin: parses the command line, opens the connection and shows the main window.
// Everything else lives in the libraries.

#include "CommandLine.h"
#include "EmbeddedSandbox.h"
#include "ProfileSwitch.h"
#include "Screenshot.h"
#include "StartupTrace.h"
#include "Translations.h"

#include "gui/MainWindow.h"
#include "gui/connection/ProfileManagerDialog.h"
#include "gui/connection/TenantSession.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QIcon>
#include <QTimer>

#include <memory>

#include <cstdio>

using namespace odag;

static void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("ODAG Admin"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("odag-admin.org"));
    QCoreApplication::setApplicationName(QStringLiteral("odag-admin"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ODAG_VERSION));
#ifdef ODAG_APP_ID
    QGuiApplication::setDesktopFileName(QStringLiteral(ODAG_APP_ID));
#endif
}

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    app::StartupTrace::start();

    // --help and --version must work without a display.
    if (app::CommandLine::wantsInfoOnly(argc, argv)) {
        QCoreApplication core(argc, argv);
        setIdentity();
        app::installTranslations(core, gui::MainWindow::chosenLanguage());
        app::CommandLine cl;
        return app::CommandLine::parse(core, cl).value_or(0);
    }
    // A screenshot needs no screen: render offscreen when there is none.
    if (app::CommandLine::wantsScreenshot(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")
        && qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    app::StartupTrace::mark("main");
    QApplication application(argc, argv);
    app::StartupTrace::mark("QApplication");
    setIdentity();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/odag-admin.svg")));

    app::CommandLine cl;
    if (auto exit = app::CommandLine::parse(application, cl))
        return *exit;
    // --lang wins over the language chosen in View ▸ Language; neither: the system's.
    app::installTranslations(application, cl.language.isEmpty() ? gui::MainWindow::chosenLanguage() : cl.language);

    app::StartupTrace::mark("translations");

    // Two more views show the connection screens (for screenshots): the profile manager
    // over the sandbox, and the first-run page.
    const bool profilesView = cl.view == QLatin1StringView("profiles");
    const bool firstRunView = cl.view == QLatin1StringView("first-run");
    const QStringList views = gui::MainWindow::viewIds() << QStringLiteral("profiles") << QStringLiteral("first-run");
    if (!cl.view.isEmpty() && !views.contains(cl.view)) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("main", "Unknown view \"%1\". Views: %2.")
                                    .arg(cl.view, views.join(QStringLiteral(", ")))));
        return 2;
    }

    // The window paints first; the workspaces open when the connection is there. The
    // built-in Sandbox profiles reach a local tenant on a loopback port over HTTP, through
    // the same client code as a real tenant; --tenant adds a Qlik Cloud tenant.
    app::EmbeddedSandbox sandbox;
    gui::MainWindow window;
    app::StartupTrace::mark("MainWindow");
    app::ProfileSwitch profiles(&window, &sandbox);
    if (!cl.tenantUrl.isEmpty())
        profiles.addCloudTenant(QUrl(cl.tenantUrl), qgetenv("ODAG_API_KEY"));

    QString profile;
    if (!cl.profile.isEmpty()) {
        profile = profiles.resolve(cl.profile);
        if (profile.isEmpty()) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate("main", "There is no connection profile named \"%1\". "
                                                                        "Available profiles: %2.")
                                        .arg(cl.profile, profiles.names().join(QStringLiteral(", ")))));
            return 2;
        }
    } else if (!cl.tenantUrl.isEmpty()) {
        profile = QUrl(cl.tenantUrl).host();
    } else if (cl.sandbox || !cl.screenshotPath.isEmpty()) {
        profile = app::ProfileSwitch::sandboxName(); // screenshots always show the sandbox
    } else if (!profiles.isFirstRun()) {
        profile = profiles.lastOpened();
    }
    if (!cl.view.isEmpty() && !profilesView && !firstRunView)
        window.showView(cl.view);
    if (firstRunView)
        profile.clear();
    // A first start offers the sandbox or a new profile instead of opening one.
    if (profile.isEmpty())
        profiles.showFirstRun();
    else
        profiles.open(profile);
    app::StartupTrace::mark("profile opened");
    if (profilesView) {
        auto once = std::make_shared<QMetaObject::Connection>();
        *once = QObject::connect(&window, &gui::MainWindow::sessionOpened, &profiles, [once, &profiles] {
            QObject::disconnect(*once);
            profiles.manageProfiles()->testProfile();
        });
    }
    app::onFirstPaint(&window, [&sandbox, &profiles, dir = cl.sandboxDataDir] {
        sandbox.start(dir);
        profiles.probeKeychain();
    });
    app::installStartupProbe(&window, sinceStart);
    window.show();
    app::StartupTrace::mark("shown");

    if (!cl.screenshotPath.isEmpty() && firstRunView) {
        // Nothing loads on the first-run page: it is grabbed once laid out.
        QTimer::singleShot(500, &window, [&window, path = cl.screenshotPath] {
            QCoreApplication::exit(window.grab().save(path, "PNG") ? 0 : 1);
        });
    } else if (!cl.screenshotPath.isEmpty()) {
        app::takeScreenshotWhenLoaded(&window, cl.screenshotPath);
    }

    return QApplication::exec();
}
