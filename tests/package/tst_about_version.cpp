// The About dialog names the one version (the CMake project's), the Qt versions, the
// licence and the homepage: Help > About is triggered on a real main window and the
// message box it opens is read and closed.

#include "TestMain.h"
#include "gui/MainWindow.h"
#include "gui/connection/TenantSession.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTimer>

using namespace odag;

class TestAboutVersion : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationVersion(QStringLiteral(ODAG_VERSION));
    }

    void aboutShowsVersionQtLicenceAndHomepage()
    {
        gui::MainWindow window;
        window.show();
        QAction *about = nullptr;
        const auto menus = window.menuBar()->findChildren<QMenu *>();
        for (QMenu *menu : menus) {
            for (QAction *action : menu->actions()) {
                if (action->text() == QLatin1StringView("&About ODAG Admin"))
                    about = action;
            }
        }
        QVERIFY2(about, "no Help > About ODAG Admin action");

        // QMessageBox::about runs its own event loop: read and close the box from a timer.
        QString text;
        QString title;
        int polls = 0;
        QTimer poll;
        poll.setInterval(20);
        connect(&poll, &QTimer::timeout, this, [&] {
            if (++polls > 500) { // 10 s: give up rather than hang the suite
                poll.stop();
                return;
            }
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            poll.stop();
            title = box->windowTitle();
            text = box->text();
            box->accept();
        });
        poll.start();
        about->trigger();

        QCOMPARE(title, QStringLiteral("About ODAG Admin"));
        QVERIFY2(text.contains(QStringLiteral("ODAG Admin " ODAG_VERSION)), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral(QT_VERSION_STR)), qPrintable(text));
        QVERIFY2(text.contains(QString::fromLatin1(qVersion())), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("GNU General Public License v3 or later")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("href=\"" ODAG_HOMEPAGE_URL "\"")), qPrintable(text));
    }
};

ODAG_TEST_MAIN(TestAboutVersion)
#include "tst_about_version.moc"
