// The request operations joined to the live monitor, against a real sandbox: the first
// load fills the local history and the timeline, the actions follow the selection, a
// cancel from the toolbar reaches the server and the row follows, and a request
// submitted from the page is watched for a notification.

#include "SandboxSession.h"
#include "TestMain.h"
#include "api/OdagRequestsApi.h"
#include "gui/requests/RequestMonitor.h"
#include "gui/requests/RequestOpsBinder.h"
#include "gui/requests/RequestsFilterProxy.h"
#include "gui/requests/RequestsModel.h"
#include "gui/requests/RequestsWorkspace.h"
#include "gui/requests/ops/BulkResultDialog.h"
#include "gui/requests/ops/RequestActionsController.h"
#include "gui/requests/ops/RequestHistory.h"
#include "gui/requests/ops/TrayNotifier.h"
#include "gui/widgets/Dialogs.h"

#include <QAbstractItemModelTester>
#include <QAbstractProxyModel>
#include <QAction>
#include <QCheckBox>
#include <QDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QSortFilterProxyModel>
#include <QTreeView>

using namespace odag;

class TestRequestsOpsWiring : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<test::SandboxSession> m_sandbox;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        gui::dialogs::setSuppressMessages(true);
        // A nearly stopped clock keeps queued requests queued while the test acts.
        m_sandbox = std::make_unique<test::SandboxSession>(test::SandboxSession::demoOptions(0.001));
        QVERIFY2(m_sandbox->ok(), qPrintable(m_sandbox->errorString()));
    }

    void opsFollowTheMonitor()
    {
        auto session = m_sandbox->cloud();
        QFile::remove(gui::RequestOpsBinder::historyPath(session.get()));
        gui::RequestsWorkspace page(session.get());
        QAbstractItemModelTester modelTester(page.monitor()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(page.view()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.resize(1400, 800);
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(page.hasLoaded(), 20000);

        // The first load is in the history, and the timeline is a page beside the monitor.
        gui::RequestOpsBinder *ops = page.ops();
        QVERIFY(ops);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QTRY_COMPARE_WITH_TIMEOUT(int(ops->history()->entries(now.addYears(-1), now.addDays(1)).size()),
                                  page.monitor()->model()->requestCount(), 5000);
        auto *tabs = page.findChild<QTabWidget *>(QStringLiteral("requestsTabs"));
        QVERIFY(tabs->findChild<QWidget *>(QStringLiteral("timelinePage")));
        QVERIFY(page.showSubView(QStringLiteral("timeline")));
        QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("timelinePage"));
        tabs->setCurrentIndex(0);

        // Select a queued request: Cancel and Pause are offered, Resume is not.
        const gui::RequestsModel *model = page.monitor()->model();
        QString queuedId;
        for (int row = 0; row < model->rowCount() && queuedId.isEmpty(); ++row) {
            const RequestObject *r = model->requestAt(model->index(row, 0));
            if (r && r->state == RequestState::Queued && r->kind == RequestKind::Single)
                queuedId = r->id;
        }
        QVERIFY(!queuedId.isEmpty());
        QTreeView *view = page.view();
        // The view shows the loaded requests newest first.
        auto *proxy = qobject_cast<const gui::RequestsFilterProxy *>(view->model());
        QVERIFY(proxy);
        QCOMPARE(proxy->sortColumn(), int(gui::RequestsModel::CreatedColumn));
        for (int row = 1; row < proxy->rowCount(); ++row)
            QVERIFY(proxy->index(row - 1, gui::RequestsModel::CreatedColumn).data(gui::RequestsModel::SortRole).toLongLong()
                    >= proxy->index(row, gui::RequestsModel::CreatedColumn).data(gui::RequestsModel::SortRole).toLongLong());
        const QModelIndex proxyIndex = qobject_cast<const QAbstractProxyModel *>(view->model())
                                           ->mapFromSource(model->indexOf(queuedId));
        view->selectionModel()->select(proxyIndex, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        gui::RequestActionsController *controller = ops->controller();
        QTRY_VERIFY(controller->action(gui::RequestOp::Cancel)->isEnabled());
        QVERIFY(controller->action(gui::RequestOp::Pause)->isEnabled());
        QVERIFY(!controller->action(gui::RequestOp::Resume)->isEnabled());
        QVERIFY(!controller->action(gui::RequestOp::Resume)->toolTip().isEmpty());

        // Watch it from the context menu's action: the tray notifier knows it.
        auto *watch = page.findChild<QAction *>(QStringLiteral("actionWatchRequest"));
        QVERIFY(watch && watch->isEnabled());
        watch->trigger();
        QVERIFY(ops->notifier()->isWatched(queuedId));

        // Cancel from the toolbar: the options dialog, then the server and the row.
        controller->trigger(gui::RequestOp::Cancel);
        QDialog *options = nullptr;
        QTRY_VERIFY((options = page.findChild<QDialog *>(QStringLiteral("cancelOptionsDialog"))) && options->isVisible());
        options->findChild<QCheckBox *>(QStringLiteral("cancelAutoAck"))->setChecked(true);
        QTest::mouseClick(options->findChild<QPushButton *>(QStringLiteral("cancelOptionsOk")), Qt::LeftButton);
        // The server left `queued` (canceling first: the sandbox's clock barely moves), and
        // the watched row follows it.
        api::OdagRequestsApi api(session->transport());
        std::optional<api::ApiResult<RequestObject>> server;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                server.reset();
                api.getRequest(queuedId, this, [&server](const api::ApiResult<RequestObject> &r) { server = r; });
                return QTest::qWaitFor([&server] { return server.has_value(); }, 5000) && server->ok()
                       && server->value().state != RequestState::Queued;
            }(),
            10000);
        const OpenEnum<RequestState> after = server->value().state;
        QVERIFY2(after == RequestState::Canceling || after == RequestState::Canceled || after == RequestState::CanceledAck,
                 qPrintable(after.raw()));
        QTRY_COMPARE_WITH_TIMEOUT(model->request(queuedId)->state.raw(), after.raw(), 20000);
    }
};

ODAG_TEST_MAIN(TestRequestsOpsWiring)
#include "tst_requests_ops_wiring.moc"
