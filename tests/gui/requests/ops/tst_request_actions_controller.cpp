// RequestActionsController: enabled states and tooltips for a selection, and the dialogs
// each action goes through (cancel options, rename, delete confirmation, bulk result),
// clicked on and checked against the sandbox.

#include "OpsTestKit.h"
#include "TestMain.h"

#include "gui/requests/ops/BulkResultDialog.h"
#include "gui/requests/ops/CancelOptionsDialog.h"
#include "gui/requests/ops/RenameAppDialog.h"
#include "gui/requests/ops/RequestActionsController.h"
#include "gui/widgets/Dialogs.h"

#include <QAction>
#include <QCheckBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QWidget>

#include <memory>

using namespace odag;
using namespace odag::gui;
using namespace opstest;

class TestRequestActionsController : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void enabledStatesAndTooltips();
    void cancelThroughOptionsDialog();
    void renameThroughDialog();
    void deleteAsksFirst();
    void singleFailureIsNotSilent();

private:
    RequestObject succeededRequest();

    std::unique_ptr<test::SandboxSession> m_sbx;
    std::unique_ptr<TenantSession> m_cloud;
    std::unique_ptr<Calls> m_calls;
    std::unique_ptr<QWidget> m_host;
    RequestActionsController *m_controller = nullptr;
    QList<RequestObject> m_selection;
};

void TestRequestActionsController::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    dialogs::setSuppressMessages(true);
    m_sbx = std::make_unique<test::SandboxSession>(options(2));
    QVERIFY2(m_sbx->ok(), qPrintable(m_sbx->errorString()));
    m_sbx->server().clock().setManual(true);
    m_cloud = m_sbx->cloud();
    m_calls = std::make_unique<Calls>(*m_cloud);
}

void TestRequestActionsController::init()
{
    m_host = std::make_unique<QWidget>();
    m_host->setObjectName(QStringLiteral("host"));
    m_selection.clear();
    m_controller = new RequestActionsController(
        m_cloud.get(), [this] { return m_selection; }, m_host.get());
    m_host->addActions(m_controller->actions());
    m_host->show();
}

void TestRequestActionsController::cleanup()
{
    m_host.reset();
    m_controller = nullptr;
}

RequestObject TestRequestActionsController::succeededRequest()
{
    const auto s = m_calls->submit(linkId(sandbox::demo::kLinkSalesPipeline),
                                   sandbox::demo::kAppSalesSelection);
    if (!s.ok())
        return {};
    if (!reachesState(*m_sbx, *m_calls, s.value().id, RequestState::Succeeded, 2000))
        return {};
    return m_calls->get(s.value().id).value();
}

void TestRequestActionsController::enabledStatesAndTooltips()
{
    const QList<QAction *> actions = m_controller->actions();
    QCOMPARE(actions.size(), RequestActions::allOps().size());
    for (QAction *a : actions) {
        QVERIFY(!a->objectName().isEmpty());
        QVERIFY(!a->shortcut().isEmpty());
        QVERIFY(!a->isEnabled()); // nothing selected
    }
    QVERIFY(m_host->findChild<QAction *>(QStringLiteral("actionCancelRequest")));

    RequestObject waiting;
    waiting.id = QStringLiteral("aaaaaaaaaaaaaaaaaaaaaaa1");
    waiting.kind = RequestKind::Single;
    waiting.state = RequestState::Queued;
    RequestObject done = waiting;
    done.id = QStringLiteral("aaaaaaaaaaaaaaaaaaaaaaa2");
    done.state = RequestState::Succeeded;
    done.generatedApp =
        AppStateCondensed{QStringLiteral("bbbbbbbbbbbbbbbbbbbbbbb2"), QStringLiteral("Done"), {}};

    m_selection = {done};
    m_controller->updateActions();
    QAction *cancel = m_controller->action(RequestOp::Cancel);
    QVERIFY(!cancel->isEnabled());
    QVERIFY2(cancel->toolTip().contains(QStringLiteral("validating, queued or paused")),
             qPrintable(cancel->toolTip()));
    QVERIFY(m_controller->action(RequestOp::DeleteApp)->isEnabled());

    // Mixed: enabled for the one it suits, and the tooltip says so.
    m_selection = {waiting, done};
    m_controller->updateActions();
    QVERIFY(cancel->isEnabled());
    QVERIFY2(cancel->toolTip().contains(QStringLiteral("1 of the 2")),
             qPrintable(cancel->toolTip()));
    QVERIFY(m_controller->action(RequestOp::Pause)->isEnabled());
    QVERIFY(!m_controller->action(RequestOp::AckFailure)->isEnabled());
}

void TestRequestActionsController::cancelThroughOptionsDialog()
{
    const auto a = m_calls->submit(linkId(sandbox::demo::kLinkSalesPipeline),
                                   sandbox::demo::kAppSalesSelection);
    const auto b = m_calls->submit(linkId(sandbox::demo::kLinkSalesPipeline),
                                   sandbox::demo::kAppSalesSelection);
    ODAG_VERIFY_OK(a);
    ODAG_VERIFY_OK(b);
    m_selection = {a.value(), b.value()};
    m_controller->updateActions();
    QSignalSpy touched(m_controller, &RequestActionsController::requestsTouched);

    m_controller->action(RequestOp::Cancel)->trigger();
    auto *dialog = m_host->findChild<CancelOptionsDialog *>(QStringLiteral("cancelOptionsDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *autoAck = dialog->findChild<QCheckBox *>(QStringLiteral("cancelAutoAck"));
    auto *delApp = dialog->findChild<QCheckBox *>(QStringLiteral("cancelDelGenApp"));
    QVERIFY(!delApp->isEnabled());
    QTest::mouseClick(autoAck, Qt::LeftButton, {}, QPoint(5, autoAck->height() / 2));
    QVERIFY(autoAck->isChecked());
    QVERIFY(delApp->isEnabled());
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("cancelOptionsOk")),
                      Qt::LeftButton);

    // Two requests: the bulk dialog follows them, one line each.
    QTRY_VERIFY(m_controller->resultDialog());
    BulkResultDialog *result = m_controller->resultDialog();
    QCOMPARE(result->rowCount(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(touched.count(), 1, 10000);
    QCOMPARE(result->resultText(a.value().id), QStringLiteral("OK"));
    QCOMPARE(result->resultText(b.value().id), QStringLiteral("OK"));
    QVERIFY(result->findChild<QPushButton *>(QStringLiteral("bulkResultClose"))->isEnabled());
    QCOMPARE(touched.first().first().toStringList().size(), 2);
    if (const QString dir = qEnvironmentVariable("ODAG_OPS_GRAB_DIR"); !dir.isEmpty())
        result->grab().save(dir + QStringLiteral("/bulk-result.png"));
    QVERIFY(reachesState(*m_sbx, *m_calls, a.value().id, RequestState::CanceledAck, 100));
    QVERIFY(reachesState(*m_sbx, *m_calls, b.value().id, RequestState::CanceledAck, 100));
}

void TestRequestActionsController::renameThroughDialog()
{
    const RequestObject done = succeededRequest();
    QVERIFY(!done.id.isEmpty());
    m_selection = {done};
    m_controller->updateActions();
    QVERIFY(m_controller->action(RequestOp::RenameApp)->isEnabled());
    QSignalSpy touched(m_controller, &RequestActionsController::requestsTouched);

    m_controller->action(RequestOp::RenameApp)->trigger();
    auto *dialog = m_host->findChild<RenameAppDialog *>(QStringLiteral("renameAppDialog"));
    QVERIFY(dialog);
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("renameAppName"));
    QCOMPARE(name->text(), done.generatedAppDisplayName());
    auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("renameAppOk"));
    name->clear();
    QVERIFY(!ok->isEnabled()); // no empty names
    QTest::keyClicks(name, QStringLiteral("Renamed by the test"));
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(touched.count(), 1, 10000);
    QCOMPARE(m_calls->get(done.id).value().generatedApp->name,
             QStringLiteral("Renamed by the test"));
}

void TestRequestActionsController::deleteAsksFirst()
{
    const RequestObject done = succeededRequest();
    QVERIFY(!done.id.isEmpty());
    m_selection = {done};
    m_controller->updateActions();
    QSignalSpy touched(m_controller, &RequestActionsController::requestsTouched);

    dialogs::setNextAnswer(QMessageBox::No);
    m_controller->action(RequestOp::DeleteApp)->trigger();
    QVERIFY(!m_controller->runner()->isRunning()); // declined: nothing sent
    QVERIFY(m_calls->get(done.id).value().generatedApp.has_value());

    dialogs::setNextAnswer(QMessageBox::Yes);
    m_controller->action(RequestOp::DeleteApp)->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(touched.count(), 1, 10000);
    QVERIFY(!m_calls->get(done.id).value().generatedApp.has_value());
}

void TestRequestActionsController::singleFailureIsNotSilent()
{
    // The list says queued; the server knows better (it succeeded): pause is refused.
    RequestObject stale = succeededRequest();
    QVERIFY(!stale.id.isEmpty());
    stale.state = RequestState::Queued;
    m_selection = {stale};
    m_controller->updateActions();
    QSignalSpy touched(m_controller, &RequestActionsController::requestsTouched);
    m_controller->action(RequestOp::Pause)->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(touched.count(), 1, 10000);
    QVERIFY2(dialogs::lastMessage().contains(QStringLiteral("paused")),
             qPrintable(dialogs::lastMessage()));
}

ODAG_TEST_MAIN(TestRequestActionsController)
#include "tst_request_actions_controller.moc"
