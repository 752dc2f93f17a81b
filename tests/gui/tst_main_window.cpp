// The main window against a real sandbox tenant over HTTP: the Tenant health page loads
// real settings and health, Refresh goes back to the server, the log pane shows and filters
// the exchanges, and a tenant that cannot be reached gives a clear error, not a hang.

#include "TestMain.h"
#include "api/Authenticator.h"
#include "api/OdagLinksApi.h"
#include "gui/MainWindow.h"
#include "gui/Workspace.h"
#include "gui/connection/TenantSession.h"
#include "gui/log/ExchangeLogModel.h"
#include "sandbox/SandboxDemoUsers.h"
#include "sandbox/SandboxServer.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QSignalSpy>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>

using namespace odag;

class TestMainWindow : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<sandbox::SandboxServer> m_server;

    std::unique_ptr<gui::TenantSession> session(const char *key)
    {
        return std::make_unique<gui::TenantSession>(QStringLiteral("Sandbox"), gui::TenantSession::Kind::Cloud,
                                                    m_server->baseUrl(),
                                                    std::make_shared<api::ApiKeyAuth>(QByteArray(key)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        sandbox::SandboxOptions options;
        options.dataDir = m_dir.path();
        options.demo = true;
        m_server = std::make_unique<sandbox::SandboxServer>(options);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    }

    void healthPageLoadsFromTheServer()
    {
        auto s = session(sandbox::demo::kAdminKey);
        gui::MainWindow window;
        window.showView(QStringLiteral("health"));
        window.setSession(s.get());
        QAbstractItemModelTester tester(window.logModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.show();
        QVERIFY(gui::MainWindow::viewIds().contains(QStringLiteral("health")));
        QTRY_VERIFY_WITH_TIMEOUT(window.currentWorkspace()->hasLoaded(), 10000);

        auto *odag = window.findChild<QCheckBox *>(QStringLiteral("odagEnabled"));
        QVERIFY(odag);
        QVERIFY(odag->isChecked());
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("engineStatus"))->text().contains(QLatin1StringView("Healthy")));
        QVERIFY(!window.findChild<QLabel *>(QStringLiteral("engineVersion"))->text().isEmpty());
        for (QWidget *banner : window.currentWorkspace()->findChildren<QWidget *>(QStringLiteral("errorBanner")))
            QVERIFY(!banner->isVisible());
        // The log filter narrows the rows to the matching URLs; Refresh asks the server
        // again (other workspaces may call meanwhile, so count one URL only).
        auto *filter = window.findChild<QLineEdit *>(QStringLiteral("logFilter"));
        auto *view = window.findChild<QTableView *>(QStringLiteral("logView"));
        QTest::keyClicks(filter, QStringLiteral("engine/healthcheck"));
        QCOMPARE(view->model()->rowCount(), 1);
        auto *refresh = window.findChild<QPushButton *>(QStringLiteral("healthRefresh"));
        QTRY_VERIFY(refresh->isEnabled());
        QTest::mouseClick(refresh, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 2, 10000);
        filter->clear();
        QCOMPARE(view->model()->rowCount(), window.logModel()->rowCount());
    }

    void nonAdminSeesWhyNotError()
    {
        auto s = session(sandbox::demo::kAnalystKey);
        gui::MainWindow window;
        window.showView(QStringLiteral("health"));
        window.setSession(s.get());
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(window.currentWorkspace()->hasLoaded(), 10000);
        auto *odag = window.findChild<QCheckBox *>(QStringLiteral("odagEnabled"));
        QVERIFY(!odag->isEnabled());
        QCOMPARE(odag->toolTip(), QStringLiteral("Only tenant administrators can view or change the ODAG settings."));
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("canUpdateSettings"))->text(), odag->toolTip());
        for (QWidget *banner : window.findChildren<QWidget *>(QStringLiteral("errorBanner")))
            QVERIFY(!banner->isVisible());
    }

    void unreachableTenantSaysSo()
    {
        // A port that was free a moment ago: nothing listens there.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        gui::TenantSession s(QStringLiteral("Gone"), gui::TenantSession::Kind::Cloud,
                             QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)),
                             std::make_shared<api::ApiKeyAuth>(QByteArray("k")));
        gui::MainWindow window;
        window.showView(QStringLiteral("health"));
        window.setSession(&s);
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(window.currentWorkspace()->hasLoaded(), 30000);
        // Every section says it could not get its data; the engine health tab is shown.
        QStringList texts;
        for (QWidget *banner : window.currentWorkspace()->findChildren<QWidget *>(QStringLiteral("errorBanner"))) {
            if (!banner->isHidden())
                texts << banner->findChild<QLabel *>()->text();
        }
        QCOMPARE(texts.size(), 4);
        QVERIFY2(texts.join(QLatin1Char('\n')).contains(QLatin1StringView("Could not read the engine health")),
                 qPrintable(texts.join(QLatin1Char('\n'))));
        QVERIFY(window.findChild<QPushButton *>(QStringLiteral("healthRefresh"))->isEnabled());
    }

    void profileSwitcherAsksForTheChosenProfile()
    {
        gui::MainWindow window;
        window.setProfiles({QStringLiteral("Sandbox"), QStringLiteral("Other")}, QStringLiteral("Sandbox"));
        auto s = session(sandbox::demo::kAdminKey);
        window.setSession(s.get());
        window.show();
        auto *switcher = window.findChild<QComboBox *>(QStringLiteral("profileSwitcher"));
        QVERIFY(switcher && switcher->isEnabled());
        QCOMPARE(switcher->currentText(), QStringLiteral("Sandbox"));
        QSignalSpy requested(&window, &gui::MainWindow::profileRequested);
        // Keyboard: move to the next profile and choose it.
        switcher->setFocus();
        QTest::keyClick(switcher, Qt::Key_Down);
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.at(0).at(0).toString(), QStringLiteral("Other"));
        // The status bar names the signed-in user once the server said who it is.
        auto *connection = window.findChild<QLabel *>(QStringLiteral("connectionLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(connection->text().contains(QLatin1StringView("Maria Keller")), 10000);
    }

    void connectingThenOpen()
    {
        // The window paints before the connection exists and opens the workspaces when
        // the session arrives; a screenshot waits for both.
        gui::MainWindow window;
        window.showConnecting(QStringLiteral("Sandbox"));
        window.show();
        QVERIFY(window.showView(QStringLiteral("health")));
        QVERIFY(!window.showView(QStringLiteral("nope")));
        QCOMPARE(window.currentWorkspace(), nullptr);
        bool loaded = false;
        window.whenCurrentLoaded([&loaded] { loaded = true; });
        QVERIFY(!loaded);
        auto s = session(sandbox::demo::kAdminKey);
        window.setSession(s.get());
        QTRY_VERIFY_WITH_TIMEOUT(loaded, 10000);
        QCOMPARE(window.currentWorkspace()->viewId(), QStringLiteral("health"));
    }

    void connectionFailureEndsTheWait()
    {
        gui::MainWindow window;
        window.showConnecting(QStringLiteral("Sandbox"));
        bool loaded = false;
        window.whenCurrentLoaded([&loaded] { loaded = true; });
        window.showConnectionFailed(QStringLiteral("Sandbox"), QStringLiteral("disk full"));
        QVERIFY(loaded);
        auto *page = window.findChild<QLabel *>(QStringLiteral("connectionStatusPage"));
        QVERIFY(page->text().contains(QLatin1StringView("disk full")));
    }

    void workspacesAreBuiltWhenFirstShown()
    {
        // Only the workspace shown is built (and asks the tenant for its data) when a
        // session opens; the others when the user first opens them, then they are kept.
        auto s = session(sandbox::demo::kAdminKey);
        gui::MainWindow window;
        QAbstractItemModelTester tester(window.logModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.showView(QStringLiteral("health"));
        window.setSession(s.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *nav = window.findChild<QListWidget *>(QStringLiteral("workspaceNav"));
        QVERIFY(nav);
        QCOMPARE(nav->count(), 6); // every workspace is listed
        QCOMPARE(window.builtWorkspaceCount(), 1);
        QCOMPARE(window.findChildren<gui::Workspace *>().size(), 1);
        gui::Workspace *health = window.currentWorkspace();
        QCOMPARE(health->viewId(), QStringLiteral("health"));
        QTRY_VERIFY_WITH_TIMEOUT(health->hasLoaded(), 10000);
        // No call went to the links API before the Links workspace was opened.
        auto callsTo = [&window](const QString &path) {
            int n = 0;
            for (int row = 0; row < window.logModel()->rowCount(); ++row)
                n += window.logModel()->index(row, gui::ExchangeLogModel::UrlColumn).data().toString().contains(path) ? 1 : 0;
            return n;
        };
        const QString linksPath = api::OdagLinksApi::linksPath();
        QCOMPARE(callsTo(linksPath), 0);

        // A click on Links in the navigation builds it, and it loads from the server.
        const QRect linksRow = nav->visualItemRect(nav->item(0));
        QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, linksRow.center());
        QCOMPARE(window.currentWorkspace()->viewId(), QStringLiteral("links"));
        QCOMPARE(window.builtWorkspaceCount(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(window.currentWorkspace()->hasLoaded(), 10000);
        QVERIFY(callsTo(linksPath) > 0);

        // Ctrl+3 opens Spaces the same way; going back shows the Tenant page kept as it was.
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        QTRY_COMPARE(window.currentWorkspace()->viewId(), QStringLiteral("spaces"));
        QCOMPARE(window.builtWorkspaceCount(), 3);
        QVERIFY(window.showView(QStringLiteral("health")));
        QCOMPARE(window.currentWorkspace(), health);
        QCOMPARE(window.builtWorkspaceCount(), 3);
    }

    void logPaneTogglesWithShortcut()
    {
        auto s = session(sandbox::demo::kAdminKey);
        gui::MainWindow window;
        window.showView(QStringLiteral("health"));
        window.setSession(s.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *dock = window.findChild<QDockWidget *>(QStringLiteral("logDock"));
        const bool visible = dock->isVisible();
        QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
        QTRY_COMPARE(dock->isVisible(), !visible);
    }
};

ODAG_TEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
