// The Reloads workspace against a real sandbox over HTTP, driven by clicks: pick a demo
// app, refuse bad variables before sending (21 variables, a 300-character name) with the
// row marked, start a reload with variables and watch it reach SUCCEEDED live in the
// table, read its log with search, start another and cancel it (CANCELED on the server,
// or the 409 message when it ended first), filter by status and page with Load more.

#include "SandboxSession.h"
#include "TestMain.h"
#include "api/ReloadsApi.h"
#include "gui/reloads/ReloadLogDialog.h"
#include "gui/reloads/ReloadsModel.h"
#include "gui/reloads/ReloadsWorkspace.h"
#include "gui/reloads/TriggerReloadDialog.h"
#include "gui/widgets/Dialogs.h"
#include "sandbox/DemoIds.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QToolButton>

using namespace odag;

class TestReloadsWorkspace : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<test::SandboxSession> m_sandbox;
    std::unique_ptr<gui::TenantSession> m_session;
    const QString m_app = QString::fromLatin1(sandbox::demo::kAppWarehouseKpis);

    template <class T, class Start>
    std::optional<api::ApiResult<T>> call(Start start)
    {
        std::optional<api::ApiResult<T>> out;
        start([&out](const api::ApiResult<T> &r) { out = r; });
        // A call that never answers leaves the result empty; the caller fails on that.
        static_cast<void>(QTest::qWaitFor([&out] { return out.has_value(); }, 10000));
        return out;
    }

    int serverReloadCount()
    {
        api::ReloadListQuery q;
        q.appId = m_app;
        auto r = call<ReloadList>([&](api::Callback<ReloadList> done) {
            api::ReloadsApi(m_session->transport()).listReloads(q, this, done);
        });
        return r && r->ok() ? int(r->value().data.size()) : -1;
    }

    QString serverStatus(const QString &reloadId)
    {
        auto r = call<Reload>([&](api::Callback<Reload> done) {
            api::ReloadsApi(m_session->transport()).getReload(reloadId, this, done);
        });
        return r && r->ok() && r->value().status ? r->value().status->raw() : QString();
    }

    static void clickToolButton(QWidget *parent, const char *name)
    {
        auto *button = parent->findChild<QToolButton *>(QLatin1StringView(name));
        QVERIFY2(button, name);
        QTRY_VERIFY2(button->isEnabled(), name);
        QTest::mouseClick(button, Qt::LeftButton);
    }

    static QString statusAt(gui::ReloadsModel *model, int row)
    {
        return model->data(model->index(row, 0), gui::ReloadsModel::StatusRole).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().remove(QStringLiteral("reloads/lastApp"));
        gui::dialogs::setSuppressMessages(true);
        m_sandbox = std::make_unique<test::SandboxSession>(test::SandboxSession::demoOptions(4.0));
        QVERIFY2(m_sandbox->ok(), qPrintable(m_sandbox->errorString()));
        m_session = m_sandbox->cloud();
    }

    void triggerWatchLogAndCancel()
    {
        gui::ReloadsWorkspace ws(m_session.get());
        QAbstractItemModelTester t1(ws.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(ws.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        ws.model()->setPollInterval(200);
        ws.resize(1280, 800);
        ws.show();
        QTRY_VERIFY_WITH_TIMEOUT(ws.hasLoaded(), 10000);

        // Pick the app in the picker.
        auto *picker = ws.findChild<QComboBox *>(QStringLiteral("reloadsAppPicker"));
        QVERIFY(picker->count() >= 10);
        picker->setCurrentIndex(picker->findText(QStringLiteral("Warehouse KPIs")));
        QCOMPARE(picker->currentData().toString(), m_app);
        QTRY_VERIFY_WITH_TIMEOUT(ws.model()->appId() == m_app && !ws.model()->isLoading(), 10000);
        QCOMPARE(ws.model()->rowCount(), 1);
        QCOMPARE(statusAt(ws.model(), 0), QStringLiteral("SUCCEEDED"));

        // 21 variables are refused before anything is sent.
        clickToolButton(&ws, "triggerReloadButton");
        auto *dialog = ws.findChild<gui::TriggerReloadDialog *>(QStringLiteral("triggerReloadDialog"));
        QVERIFY(dialog);
        auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("reloadVariables"));
        auto *add = dialog->findChild<QPushButton *>(QStringLiteral("addReloadVariable"));
        for (int i = 1; i <= 21; ++i) {
            QTest::mouseClick(add, Qt::LeftButton);
            table->item(i - 1, 0)->setText(QStringLiteral("v%1").arg(i));
            table->item(i - 1, 1)->setText(QString::number(i));
        }
        auto *ok = dialog->findChild<QDialogButtonBox *>(QStringLiteral("triggerReloadButtons"))->button(QDialogButtonBox::Ok);
        auto *problem = dialog->findChild<QLabel *>(QStringLiteral("reloadVariablesProblem"));
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(QStringLiteral("at most 20")), qPrintable(problem->text()));
        QVERIFY(dialog->isVisible());

        // A 300-character name: refused, its row marked.
        table->setCurrentCell(20, 0);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("removeReloadVariable")), Qt::LeftButton);
        QCOMPARE(table->rowCount(), 20);
        table->item(3, 0)->setText(QString(300, QLatin1Char('n')));
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY2(problem->text().contains(QStringLiteral("Row 4")), qPrintable(problem->text()));
        QVERIFY2(problem->text().contains(QStringLiteral("300")), qPrintable(problem->text()));
        QVERIFY(table->item(3, 0)->background() != QBrush());
        QVERIFY(table->item(2, 0)->background() == QBrush());
        QCOMPARE(table->currentRow(), 3);
        QCOMPARE(serverReloadCount(), 1); // nothing was sent

        // Two good variables: queued, then followed live to SUCCEEDED.
        while (table->rowCount() > 2) {
            table->setCurrentCell(table->rowCount() - 1, 0);
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("removeReloadVariable")), Qt::LeftButton);
        }
        table->item(0, 0)->setText(QStringLiteral("vRegion"));
        table->item(0, 1)->setText(QStringLiteral("EMEA"));
        table->item(1, 0)->setText(QStringLiteral("vYear"));
        table->item(1, 1)->setText(QStringLiteral("2026"));
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!ws.findChild<gui::TriggerReloadDialog *>(), 10000);
        QCOMPARE(ws.model()->rowCount(), 2);
        const QString first = ws.model()->reloadAt(0)->id.value_or(QString());
        QVERIFY(!first.isEmpty());
        QVERIFY(ws.model()->isPolling());
        QSignalSpy changed(ws.model(), &QAbstractItemModel::dataChanged);
        QSignalSpy resets(ws.model(), &QAbstractItemModel::modelReset);
        QTRY_COMPARE_WITH_TIMEOUT(statusAt(ws.model(), ws.model()->rowOf(first)), QStringLiteral("SUCCEEDED"), 20000);
        QVERIFY(changed.size() >= 1);
        QCOMPARE(resets.size(), 0);
        QTRY_VERIFY(!ws.model()->isPolling());
        QCOMPARE(serverStatus(first), QStringLiteral("SUCCEEDED"));
        QCOMPARE(serverReloadCount(), 2);

        // Its log, with search.
        auto *view = ws.findChild<QTableView *>(QStringLiteral("reloadsView"));
        view->selectRow(ws.proxy()->mapFromSource(ws.model()->index(ws.model()->rowOf(first), 0)).row());
        clickToolButton(&ws, "viewReloadLogButton");
        auto *log = ws.findChild<gui::ReloadLogDialog *>(QStringLiteral("reloadLogDialog"));
        QVERIFY(log);
        QTRY_VERIFY_WITH_TIMEOUT(!log->isLoading(), 10000);
        const QString text = log->text();
        QVERIFY(text.size() > 20);
        QVERIFY2(log->findChild<QLabel *>(QStringLiteral("reloadLogSource"))->text().contains(QStringLiteral("Script log")),
                 qPrintable(log->findChild<QLabel *>(QStringLiteral("reloadLogSource"))->text()));
        const QString word = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts).last().simplified().left(8);
        auto *search = log->findChild<QLineEdit *>(QStringLiteral("reloadLogSearch"));
        QTest::keyClicks(search, word);
        auto *logText = log->findChild<QPlainTextEdit *>(QStringLiteral("reloadLogText"));
        QCOMPARE(logText->textCursor().selectedText().toLower(), word.toLower());
        search->clear();
        QTest::keyClicks(search, QStringLiteral("no-such-text-here"));
        QCOMPARE(log->findChild<QLabel *>(QStringLiteral("reloadLogFound"))->text(), QStringLiteral("Not found"));
        log->close();

        // Another reload, cancelled at once.
        clickToolButton(&ws, "triggerReloadButton");
        dialog = ws.findChild<gui::TriggerReloadDialog *>(QStringLiteral("triggerReloadDialog"));
        QVERIFY(dialog);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>(QStringLiteral("triggerReloadButtons"))
                              ->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!ws.findChild<gui::TriggerReloadDialog *>(), 10000);
        QCOMPARE(ws.model()->rowCount(), 3);
        const QString second = ws.model()->reloadAt(0)->id.value_or(QString());
        QVERIFY(second != first);
        QVERIFY(view->selectionModel()->isRowSelected(
            ws.proxy()->mapFromSource(ws.model()->index(ws.model()->rowOf(second), 0)).row(), {}));
        clickToolButton(&ws, "cancelReloadButton");
        auto *banner = ws.findChild<QWidget *>(QStringLiteral("reloadsErrorBanner"));
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible() || statusAt(ws.model(), ws.model()->rowOf(second)) ==
                                                            QLatin1StringView("CANCELED"),
                                 20000);
        if (banner->isVisible()) {
            // It ended before the cancel arrived: the 409 said in words.
            QVERIFY(banner->findChild<QLabel *>()->text().contains(QStringLiteral("cannot be cancelled")));
            QVERIFY(serverStatus(second) != QLatin1StringView("CANCELED"));
        } else {
            QCOMPARE(serverStatus(second), QStringLiteral("CANCELED"));
        }
        QTRY_VERIFY(!ws.model()->isPolling());
    }

    void filterPagesAndRemembersApp()
    {
        // The app chosen last time comes back.
        gui::ReloadsWorkspace ws(m_session.get());
        QAbstractItemModelTester t1(ws.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(ws.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        ws.model()->setPageSize(2);
        QSignalSpy pages(ws.model(), &gui::ReloadsModel::pageLoaded);
        ws.resize(1280, 800);
        ws.show();
        QTRY_VERIFY_WITH_TIMEOUT(ws.hasLoaded(), 10000);
        QCOMPARE(ws.model()->appId(), m_app);
        QCOMPARE(ws.findChild<QComboBox *>(QStringLiteral("reloadsAppPicker"))->currentText(),
                 QStringLiteral("Warehouse KPIs"));

        // Pages of two: the view (here the model tester) or Load more asks for the next.
        auto *more = ws.findChild<QPushButton *>(QStringLiteral("reloadsLoadMore"));
        while (ws.model()->canFetchMore({}) || ws.model()->isLoading()) {
            if (more->isVisible())
                QTest::mouseClick(more, Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(!ws.model()->isLoading(), 10000);
        }
        QCOMPARE(ws.model()->rowCount(), 3);
        QCOMPARE(pages.size(), 2);
        QVERIFY(!more->isVisible());

        // The status filter asks the server for the matching reloads only.
        auto *status = ws.findChild<QComboBox *>(QStringLiteral("reloadStatusFilter"));
        status->setCurrentIndex(status->findData(QStringLiteral("SUCCEEDED")));
        QTRY_VERIFY_WITH_TIMEOUT(ws.model()->statusFilter() == QLatin1StringView("SUCCEEDED") && !ws.model()->isLoading(),
                                 10000);
        QVERIFY(ws.model()->rowCount() >= 2);
        for (int i = 0; i < ws.model()->rowCount(); ++i)
            QCOMPARE(statusAt(ws.model(), i), QStringLiteral("SUCCEEDED"));
        status->setCurrentIndex(status->findData(QStringLiteral("FAILED")));
        QTRY_VERIFY_WITH_TIMEOUT(ws.model()->statusFilter() == QLatin1StringView("FAILED") && !ws.model()->isLoading(),
                                 10000);
        QCOMPARE(ws.model()->rowCount(), 0);
    }

    void senseEnterpriseExplains()
    {
        auto qse = m_sandbox->senseEnterprise();
        gui::ReloadsWorkspace ws(qse.get());
        ws.show();
        QVERIFY(ws.hasLoaded());
        auto *label = ws.findChild<QLabel *>(QStringLiteral("reloadsUnsupported"));
        QVERIFY(label && label->isVisible());
        QVERIFY(label->text().contains(QStringLiteral("Qlik Cloud feature")));
    }
};

ODAG_TEST_MAIN(TestReloadsWorkspace)
#include "tst_reloads_workspace.moc"
