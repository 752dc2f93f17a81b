// RequestActions: the availability table (pure) and each action against the sandbox.

#include "TestMain.h"

#include "gui/requests/ops/RequestActions.h"

#include <QStandardPaths>
#include <QTest>

using namespace odag;
using namespace odag::gui;

class TestRequestActions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void availabilityTable_data();
    void availabilityTable();
};

namespace {

RequestObject request(RequestState state, bool app = false, RequestKind kind = RequestKind::Single)
{
    RequestObject r;
    r.id = QStringLiteral("aaaaaaaaaaaaaaaaaaaaaaaa");
    r.kind = kind;
    r.state = state;
    if (app)
        r.generatedApp = AppStateCondensed{QStringLiteral("bbbbbbbbbbbbbbbbbbbbbbbb"), QStringLiteral("App"), {}};
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

ODAG_TEST_MAIN(TestRequestActions)
#include "tst_request_actions.moc"
