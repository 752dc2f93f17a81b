// RequestActions: the availability table (pure) and each action against the sandbox.

#include "TestMain.h"

#include "OpsTestKit.h"

#include "gui/requests/RequestConversion.h"
#include "gui/requests/ops/RequestActions.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace odag;
using namespace odag::gui;
using namespace opstest;

class TestRequestActions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void availabilityTable_data();
    void availabilityTable();
    void appUrl();
    void cancelWithOptions();
    void pauseAndResume();
    void acknowledgeCancelAndFailure();
    void generatedAppActions();
    void bulkActionReportsPerRequest();
    void stopBulkAction();
    void qseActions();

private:
    // Runs an action to its end and answers the result.
    BulkResult runAction(RequestOp op, const QList<RequestObject> &requests,
                         const ActionOptions &options = {}, TenantSession *session = nullptr);

    std::unique_ptr<test::SandboxSession> m_sbx;
    std::unique_ptr<TenantSession> m_cloud;
    std::unique_ptr<TenantSession> m_qse;
    std::unique_ptr<Calls> m_calls;
};

void TestRequestActions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_sbx = std::make_unique<test::SandboxSession>(options(1));
    QVERIFY2(m_sbx->ok(), qPrintable(m_sbx->errorString()));
    m_sbx->server().clock().setManual(true);
    m_cloud = m_sbx->cloud();
    m_qse = m_sbx->senseEnterprise();
    m_calls = std::make_unique<Calls>(*m_cloud);
}

BulkResult TestRequestActions::runAction(RequestOp op, const QList<RequestObject> &requests,
                                         const ActionOptions &options, TenantSession *session)
{
    RequestActions actions(session ? session : m_cloud.get());
    QSignalSpy finished(&actions, &RequestActions::finished);
    if (!actions.run(op, requests, options))
        return {};
    if (!QTest::qWaitFor([&] { return finished.count() == 1; }, 15000))
        return {};
    return finished.first().first().value<BulkResult>();
}

namespace {

RequestObject request(RequestState state, bool app = false, RequestKind kind = RequestKind::Single)
{
    RequestObject r;
    r.id = QStringLiteral("aaaaaaaaaaaaaaaaaaaaaaaa");
    r.kind = kind;
    r.state = state;
    if (app)
        r.generatedApp = AppStateCondensed{
            QStringLiteral("bbbbbbbbbbbbbbbbbbbbbbbb"), QStringLiteral("App"), {}};
    return r;
}

} // namespace

void TestRequestActions::availabilityTable_data()
{
    QTest::addColumn<int>("state");
    QTest::addColumn<bool>("app");
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("qse");
    // Expected enabled flags in RequestActions::allOps() order:
    // cancel pause resume ackcancel ackfailure reload rename delete open
    QTest::addColumn<QString>("expected");

    using S = RequestState;
    const int single = int(RequestKind::Single);
    const int multiple = int(RequestKind::Multiple);
    auto row = [&](const char *name, S s, bool app, int kind, bool qse, const char *expected) {
        QTest::newRow(name) << int(s) << app << kind << qse << QString::fromLatin1(expected);
    };
    row("validating", S::Validating, false, single, false, "100000000");
    row("queued", S::Queued, true, single, false, "110000100");
    row("hold", S::Hold, true, single, false, "101000100");
    row("loading", S::Loading, true, single, false, "000000100");
    row("succeeded", S::Succeeded, true, single, false, "000001111");
    row("succeeded-no-app", S::Succeeded, false, single, false, "000000000");
    row("failed", S::Failed, true, single, false, "000011111");
    row("failedAck", S::FailedAck, true, single, false, "000001111");
    row("canceling", S::Canceling, false, single, false, "000000000");
    row("canceled", S::Canceled, false, single, false, "000100000");
    row("canceledAck", S::CanceledAck, false, single, false, "000000000");
    row("invalid", S::Invalid, false, single, false, "000000000");
    row("multiple-queued", S::Queued, false, multiple, false, "111000000");
    row("multiple-loading", S::Loading, false, multiple, false, "111000000");
    row("multiple-succeeded", S::Succeeded, false, multiple, false, "000000000");
    row("multiple-failed", S::Failed, false, multiple, false, "000010000");
    row("qse-queued", S::Queued, false, single, true, "100000000");
    row("qse-loading", S::Loading, false, single, true, "000000000");
    row("qse-completed", S::Succeeded, true, single, true, "000001111");
    row("qse-failed", S::Failed, true, single, true, "000001111");
    row("qse-cancelled", S::Canceled, false, single, true, "000000000");
}

void TestRequestActions::availabilityTable()
{
    QFETCH(int, state);
    QFETCH(bool, app);
    QFETCH(int, kind);
    QFETCH(bool, qse);
    QFETCH(QString, expected);
    const RequestObject r = request(RequestState(state), app, RequestKind(kind));
    const auto tenant = qse ? TenantSession::Kind::SenseEnterprise : TenantSession::Kind::Cloud;
    const QList<RequestOp> ops = RequestActions::allOps();
    QCOMPARE(ops.size(), expected.size());
    for (int i = 0; i < ops.size(); ++i) {
        const Availability a = RequestActions::availability(ops.at(i), r, tenant);
        const bool want = expected.at(i) == QLatin1Char('1');
        QVERIFY2(a.enabled == want, qPrintable(RequestActions::displayName(ops.at(i))));
        // A disabled action always says why; an enabled one says nothing.
        QCOMPARE(a.reason.isEmpty(), a.enabled);
        if (qse && !a.enabled && i >= 1 && i <= 4)
            QVERIFY(a.reason.contains(QStringLiteral("Qlik Sense Enterprise")));
    }
}

void TestRequestActions::appUrl()
{
    QCOMPARE(RequestActions::appUrl(QUrl(QStringLiteral("https://acme.eu.qlikcloud.com/")),
                                    QStringLiteral("abc"))
                 .toString(),
             QStringLiteral("https://acme.eu.qlikcloud.com/sense/app/abc"));
    QCOMPARE(RequestActions::appUrl(QUrl(QStringLiteral("https://qse.local/proxy")),
                                    QStringLiteral("g-1"))
                 .toString(),
             QStringLiteral("https://qse.local/proxy/sense/app/g-1"));
}

void TestRequestActions::cancelWithOptions()
{
    const auto a = m_calls->submit(linkId(sandbox::demo::kLinkSalesPipeline),
                                   sandbox::demo::kAppSalesSelection);
    ODAG_VERIFY_OK(a);
    const auto b = m_calls->submit(linkId(sandbox::demo::kLinkSalesPipeline),
                                   sandbox::demo::kAppSalesSelection);
    ODAG_VERIFY_OK(b);
    QCOMPARE(a.value().state.value(), RequestState::Validating);

    // autoAck: straight on to canceledAck, no acknowledgement needed.
    ActionOptions o;
    o.autoAck = true;
    o.delGenApp = true;
    BulkResult result = runAction(RequestOp::Cancel, {a.value()}, o);
    QCOMPARE(result.outcomes.size(), 1);
    QVERIFY2(result.outcomes.first().ok, qPrintable(result.outcomes.first().message));
    QVERIFY(reachesState(*m_sbx, *m_calls, a.value().id, RequestState::CanceledAck, 100));
    QVERIFY(!m_calls->get(a.value().id).value().generatedApp);

    // Without autoAck the request stops at canceled, waiting for an acknowledgement.
    result = runAction(RequestOp::Cancel, {b.value()}, {});
    QVERIFY(result.outcomes.first().ok);
    QVERIFY(reachesState(*m_sbx, *m_calls, b.value().id, RequestState::Canceled, 100));
}

void TestRequestActions::pauseAndResume()
{
    QList<RequestObject> mine;
    for (int i = 0; i < 2; ++i) {
        const auto r = m_calls->submit(linkId(sandbox::demo::kLinkSalesPipeline),
                                       sandbox::demo::kAppSalesSelection);
        ODAG_VERIFY_OK(r);
        mine << r.value();
    }
    // One load at a time: after validation at least one of the two waits in the queue.
    m_sbx->server().clock().advance(600);
    RequestObject queued;
    for (const RequestObject &r : std::as_const(mine)) {
        const auto now = m_calls->get(r.id);
        ODAG_VERIFY_OK(now);
        if (now.value().state == RequestState::Queued)
            queued = now.value();
    }
    QVERIFY2(!queued.id.isEmpty(), "no request waits in the queue");
    QVERIFY(
        RequestActions::availability(RequestOp::Pause, queued, TenantSession::Kind::Cloud).enabled);

    BulkResult result = runAction(RequestOp::Pause, {queued});
    QVERIFY2(result.outcomes.first().ok, qPrintable(result.outcomes.first().message));
    QCOMPARE(m_calls->get(queued.id).value().state.value(), RequestState::Hold);
    QCOMPARE(result.outcomes.first().updated->state.value(), RequestState::Hold);

    result = runAction(RequestOp::Resume, {result.outcomes.first().updated.value()});
    QVERIFY2(result.outcomes.first().ok, qPrintable(result.outcomes.first().message));
    const RequestState after = m_calls->get(queued.id).value().state.value();
    QVERIFY(after == RequestState::Queued || after == RequestState::Loading);

    // Leave nothing waiting for the other tests.
    ActionOptions o;
    o.autoAck = true;
    runAction(RequestOp::Cancel, mine, o);
}

void TestRequestActions::acknowledgeCancelAndFailure()
{
    // Cancel, then acknowledge the cancellation.
    const auto c = m_calls->submit(linkId(sandbox::demo::kLinkSalesPipeline),
                                   sandbox::demo::kAppSalesSelection);
    ODAG_VERIFY_OK(c);
    QVERIFY(runAction(RequestOp::Cancel, {c.value()}).outcomes.first().ok);
    QVERIFY(reachesState(*m_sbx, *m_calls, c.value().id, RequestState::Canceled, 100));
    const RequestObject canceled = m_calls->get(c.value().id).value();
    BulkResult result = runAction(RequestOp::AckCancel, {canceled});
    QVERIFY2(result.outcomes.first().ok, qPrintable(result.outcomes.first().message));
    QCOMPARE(m_calls->get(canceled.id).value().state.value(), RequestState::CanceledAck);

    // The forecast link's template fails every load.
    const auto f = m_calls->submit(linkId(sandbox::demo::kLinkSalesForecast),
                                   sandbox::demo::kAppSalesSelection);
    ODAG_VERIFY_OK(f);
    QVERIFY(reachesState(*m_sbx, *m_calls, f.value().id, RequestState::Failed, 2000));
    const RequestObject failed = m_calls->get(f.value().id).value();
    QVERIFY(failed.errorMessage.has_value());
    result = runAction(RequestOp::AckFailure, {failed});
    QVERIFY2(result.outcomes.first().ok, qPrintable(result.outcomes.first().message));
    QCOMPARE(m_calls->get(failed.id).value().state.value(), RequestState::FailedAck);
}

void TestRequestActions::generatedAppActions()
{
    const auto s = m_calls->submit(linkId(sandbox::demo::kLinkSalesPipeline),
                                   sandbox::demo::kAppSalesSelection);
    ODAG_VERIFY_OK(s);
    const QString id = s.value().id;
    QVERIFY(reachesState(*m_sbx, *m_calls, id, RequestState::Succeeded, 2000));
    RequestObject done = m_calls->get(id).value();
    QVERIFY(done.generatedApp.has_value());
    const QString appId = done.generatedApp->id;

    // Rename: the new name is what the API reports afterwards.
    ActionOptions rename;
    rename.newName = QStringLiteral("Pipeline for review");
    BulkResult result = runAction(RequestOp::RenameApp, {done}, rename);
    QVERIFY2(result.outcomes.first().ok, qPrintable(result.outcomes.first().message));
    done = m_calls->get(id).value();
    QCOMPARE(done.generatedApp->name, QStringLiteral("Pipeline for review"));

    // Open: the browser gets <base>/sense/app/<appId>.
    QList<QUrl> opened;
    RequestActions::setUrlOpener([&opened](const QUrl &url) {
        opened << url;
        return true;
    });
    result = runAction(RequestOp::OpenApp, {done});
    RequestActions::setUrlOpener({});
    QVERIFY(result.outcomes.first().ok);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first(), RequestActions::appUrl(m_sbx->baseUrl(), appId));

    // Reload: the request loads again and ends as succeeded.
    result = runAction(RequestOp::ReloadApp, {done});
    QVERIFY2(result.outcomes.first().ok, qPrintable(result.outcomes.first().message));
    QVERIFY(reachesState(*m_sbx, *m_calls, id, RequestState::Succeeded, 2000));

    // Delete: the request no longer has an app.
    done = m_calls->get(id).value();
    result = runAction(RequestOp::DeleteApp, {done});
    QVERIFY2(result.outcomes.first().ok, qPrintable(result.outcomes.first().message));
    QVERIFY(!m_calls->get(id).value().generatedApp.has_value());
}

void TestRequestActions::bulkActionReportsPerRequest()
{
    const auto a = m_calls->submit(linkId(sandbox::demo::kLinkSalesPipeline),
                                   sandbox::demo::kAppSalesSelection);
    const auto b = m_calls->submit(linkId(sandbox::demo::kLinkSalesPipeline),
                                   sandbox::demo::kAppSalesSelection);
    const auto c = m_calls->submit(linkId(sandbox::demo::kLinkSalesPipeline),
                                   sandbox::demo::kAppSalesSelection);
    ODAG_VERIFY_OK(a);
    ODAG_VERIFY_OK(b);
    ODAG_VERIFY_OK(c);
    // c is cancelled behind the list's back: the list still says validating, so the
    // second cancel goes to the server, which refuses it.
    QVERIFY(runAction(RequestOp::Cancel, {c.value()}).outcomes.first().ok);
    QVERIFY(reachesState(*m_sbx, *m_calls, c.value().id, RequestState::Canceled, 100));

    RequestActions actions(m_cloud.get());
    QSignalSpy progress(&actions, &RequestActions::progress);
    QSignalSpy each(&actions, &RequestActions::requestDone);
    QSignalSpy finished(&actions, &RequestActions::finished);
    QVERIFY(actions.run(RequestOp::Cancel, {a.value(), c.value(), b.value()}, {}));
    QVERIFY(actions.isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    const BulkResult result = finished.first().first().value<BulkResult>();
    QCOMPARE(result.outcomes.size(), 3);
    QCOMPARE(result.outcomes.at(0).requestId, a.value().id);
    QVERIFY(result.outcomes.at(0).ok);
    QCOMPARE(result.outcomes.at(1).requestId, c.value().id);
    QVERIFY(!result.outcomes.at(1).ok);
    QVERIFY2(result.outcomes.at(1).message.contains(QStringLiteral("cancel")),
             qPrintable(result.outcomes.at(1).message));
    QVERIFY(result.outcomes.at(2).ok);
    QCOMPARE(result.failures(), 1);
    QCOMPARE(each.count(), 3);
    QCOMPARE(progress.last().at(0).toInt(), 3);
    QCOMPARE(progress.last().at(1).toInt(), 3);
    QCOMPARE(m_calls->get(a.value().id).value().state.value(), RequestState::Canceling);

    // A local refusal costs no call and says why.
    RequestObject loading = a.value();
    loading.state = RequestState::Loading;
    const BulkResult refused = runAction(RequestOp::Pause, {loading});
    QVERIFY(!refused.outcomes.first().ok);
    QVERIFY(!refused.outcomes.first().message.isEmpty());
}

void TestRequestActions::stopBulkAction()
{
    QList<RequestObject> many;
    for (int i = 0; i < 6; ++i) {
        // Requests the server does not know: stopping is what is tested here.
        RequestObject fake;
        fake.id = QStringLiteral("%1").arg(i + 1, 24, 10, QLatin1Char('0'));
        fake.kind = RequestKind::Single;
        fake.state = RequestState::Queued;
        many << fake;
    }
    RequestActions actions(m_cloud.get());
    QSignalSpy finished(&actions, &RequestActions::finished);
    QVERIFY(actions.run(RequestOp::Pause, many, {}));
    actions.cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    const BulkResult result = finished.first().first().value<BulkResult>();
    QVERIFY(result.canceled);
    QVERIFY(result.outcomes.size() < many.size());
    QVERIFY(!actions.isRunning());
}

void TestRequestActions::qseActions()
{
    Calls qseCalls(*m_qse);
    // Submit through the QSE service with the Cloud-shaped selection inside.
    const auto l = m_calls->link(linkId(sandbox::demo::kLinkSalesPipeline));
    ODAG_VERIFY_OK(l);
    QJsonObject state;
    state.insert(QStringLiteral("bindSelectionState"),
                 json::encode(m_calls->selectionFor(l.value())));
    QseRequestCreate create;
    create.selectionState = state;
    const auto submitted = run<QseRequest>([&](auto done) {
        return api::QseOdagApi(m_qse->transport())
            .submitRequest(linkId(sandbox::demo::kLinkSalesPipeline), create, m_qse.get(),
                           std::move(done));
    });
    ODAG_VERIFY_OK(submitted);
    const RequestObject r = fromQse(submitted.value());
    QCOMPARE(r.state.value(), RequestState::Queued);

    // Pause is not offered on QSE; cancel is, through updateRequest.
    QVERIFY(!RequestActions::availability(RequestOp::Pause, r, TenantSession::Kind::SenseEnterprise)
                 .enabled);
    const BulkResult result = runAction(RequestOp::Cancel, {r}, {}, m_qse.get());
    QVERIFY2(result.outcomes.first().ok, qPrintable(result.outcomes.first().message));
    const auto after = qseCalls.getQse(r.id);
    ODAG_VERIFY_OK(after);
    QCOMPARE(after.value().status->value(), QseRequestStatus::Cancelled);
}

ODAG_TEST_MAIN(TestRequestActions)
#include "tst_request_actions.moc"
