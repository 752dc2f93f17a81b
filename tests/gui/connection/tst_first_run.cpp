// The first-run page in the main window: it offers the sandbox and a new profile, says
// when secrets are kept for the session only, and gives way to the workspaces when a
// session opens. The File menu has Manage profiles… (Ctrl+Shift+M); Sign out shows only
// when the profile signs in; the status bar carries the no-keychain notice.

#include "SandboxSession.h"
#include "TestMain.h"
#include "gui/MainWindow.h"
#include "gui/Workspace.h"
#include "gui/connection/FirstRunPage.h"

#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>

using namespace odag;
using namespace odag::gui;

class TestFirstRun : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void offersSandboxAndNewProfile()
    {
        MainWindow window;
        window.show();
        QPointer<FirstRunPage> page = new FirstRunPage(&window);
        page->setSecretsNotice(QStringLiteral("kept until you quit"));
        window.showStartPage(page);
        QVERIFY(page->isVisible());
        auto *notice = page->findChild<QLabel *>(QStringLiteral("firstRunSecretsNotice"));
        QVERIFY(notice->isVisible());

        QSignalSpy sandbox(page.data(), &FirstRunPage::sandboxRequested);
        QSignalSpy add(page.data(), &FirstRunPage::addProfileRequested);
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("firstRunSandboxButton")), Qt::LeftButton);
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("firstRunAddProfileButton")), Qt::LeftButton);
        QCOMPARE(sandbox.count(), 1);
        QCOMPARE(add.count(), 1);

        // A session replaces the page with the workspaces.
        test::SandboxSession server;
        QVERIFY2(server.ok(), qPrintable(server.errorString()));
        auto session = server.cloud();
        window.setSession(session.get());
        QTRY_VERIFY(page.isNull());
        auto *nav = window.findChild<QListWidget *>(QStringLiteral("workspaceNav"));
        QVERIFY(nav->count() >= 6);
        QVERIFY(window.currentWorkspace());
        QVERIFY(window.currentWorkspace()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(window.currentWorkspace()->hasLoaded(), 10000);
    }

    void fileMenuAndNotice()
    {
        MainWindow window;
        window.show();
        auto *manage = window.findChild<QAction *>(QStringLiteral("manageProfilesAction"));
        QVERIFY(manage);
        QCOMPARE(manage->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+M")));
        QSignalSpy requested(&window, &MainWindow::manageProfilesRequested);
        manage->trigger();
        QCOMPARE(requested.count(), 1);

        auto *signOut = window.findChild<QAction *>(QStringLiteral("signOutAction"));
        QVERIFY(signOut);
        QVERIFY(!signOut->isVisible());
        window.setSignOutAvailable(true);
        QVERIFY(signOut->isVisible());

        auto *notice = window.findChild<QLabel *>(QStringLiteral("secretsNotice"));
        QVERIFY(!notice->isVisible());
        window.setSecretsNotice(QStringLiteral("No keychain"));
        QVERIFY(notice->isVisible());
        QCOMPARE(notice->text(), QStringLiteral("No keychain"));
        window.setSecretsNotice(QString());
        QVERIFY(!notice->isVisible());
    }
};

ODAG_TEST_MAIN(TestFirstRun)
#include "tst_first_run.moc"
