// RequestMonitor and RequestsWorkspace against a real sandbox over HTTP: the first load
// matches the tenant, submitted requests move through their states, a round costs about
// one call per active link, 429 storms and injected 500s slow it down without losing a
// row, late answers of overlapping rounds are dropped, pause stops the calls, and a Qlik
// Sense Enterprise session works with one call per round.

#include "SandboxSession.h"
#include "TestMain.h"

#include "api/OdagLinksApi.h"
#include "api/OdagRequestsApi.h"
#include "gui/requests/RequestMonitor.h"
#include "gui/requests/RequestsModel.h"
#include "gui/requests/RequestsWorkspace.h"
#include "sandbox/odag/DemoLinkIds.h"
#include "sandbox/odag/DemoRequestValues.h"
#include "sandbox/odag/RequestEngine.h"
#include "sandbox/odag/SandboxLinks.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QLineEdit>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTreeView>

using namespace odag;
using namespace odag::gui;

class TestRequestMonitor : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::SandboxSession> m_sandbox;

    sandbox::RequestEngine *engine() { return sandbox::RequestEngine::of(m_sandbox->server()); }
    const sandbox::SandboxUser *admin()
    {
        return m_sandbox->server().users().findById(QString::fromLatin1(sandbox::demo::kAdminId));
    }
    int visibleRequests() { return int(engine()->allRequests(*admin()).size()); }

    // A demo sandbox whose clock runs `speed` times faster; 0.001 nearly stands still,
    // so that submitted requests stay pending. The tests share one (building the demo
    // tenant is most of a test's time) and set its speed: each adds what it needs and
    // compares with what the sandbox holds, and cleanup() clears injected faults.
    bool startSandbox(double speed)
    {
        if (m_sandbox && m_sandbox->ok()) {
            m_sandbox->server().clock().setSpeed(speed);
            return true;
        }
        m_sandbox = std::make_unique<test::SandboxSession>(test::SandboxSession::demoOptions(speed));
        if (!m_sandbox->ok())
            qWarning().noquote() << "the sandbox did not start:" << m_sandbox->errorString();
        return m_sandbox->ok();
    }
    bool freeze() { return startSandbox(0.001); }

    // A copy of a demo link without a generated-app limit, so that tests may submit as
    // many requests as they like; returns its ID.
    QString addTestLink()
    {
        sandbox::SandboxLinks links(m_sandbox->server());
        auto link = links.get(QString::fromLatin1(sandbox::demo::kLinkFlightsCarrier));
        if (!link)
            return {};
        link->link.id = QStringLiteral("6d0000000000000000000001");
        link->link.name = QStringLiteral("Monitor test link");
        link->link.properties.genAppLimit = QList<LinkPropGenAppLimit>{{QStringLiteral("User_*"), 100000, {}}};
        return links.put(*link) ? link->link.id : QString();
    }

    // Submits a single request (one value of the partition field) through the API;
    // returns its ID.
    QString submit(TenantSession &session, const QString &link)
    {
        const auto stored = sandbox::SandboxLinks(m_sandbox->server()).get(link);
        if (!stored || !stored->link.bindings || stored->link.bindings->isEmpty())
            return {};
        const QString splitField = stored->link.bindings->first().selectAppParamName.value_or(QString());
        QRandomGenerator rng(7);
        RequestPostPayload p;
        p.selectionApp = stored->selectionAppId;
        p.actualRowEst = 500;
        p.bindSelectionState = sandbox::demovalues::selectionFor(rng, *stored, splitField,
                                                                 sandbox::demovalues::valuePool(splitField).value(0));
        std::optional<api::ApiResult<RequestObject>> answer;
        api::OdagLinksApi(session.transport()).submitRequest(link, p, this, [&](const api::ApiResult<RequestObject> &r) {
            answer = r;
        });
        if (!QTest::qWaitFor([&] { return answer.has_value(); }, 10000) || !answer->ok()) {
            qWarning() << (answer && !answer->ok() ? answer->error().toString() : QStringLiteral("no answer"));
            return {};
        }
        return answer->value().id;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void cleanup()
    {
        if (m_sandbox)
            m_sandbox->server().faults().clear();
    }

    void cleanupTestCase() { m_sandbox.reset(); }

    void loadsEveryRequestAndFollowsStates()
    {
        QVERIFY(startSandbox(4));
        const QString link = addTestLink();
        QVERIFY(!link.isEmpty());
        auto session = m_sandbox->cloud();
        RequestMonitor monitor(session.get());
        QAbstractItemModelTester tester(monitor.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(monitor.model(), &QAbstractItemModel::modelReset);
        QSignalSpy progress(&monitor, &RequestMonitor::loadProgress);
        monitor.setBaseInterval(1000);
        monitor.setIdleRecheckInterval(1000);
        monitor.setLoadTurnBudget(1); // the first load in slices, a turn at a time
        monitor.start();
        QVERIFY(monitor.isLoading());
        QTRY_VERIFY_WITH_TIMEOUT(monitor.hasLoaded(), 10000);
        QVERIFY(!monitor.isLoading());
        QVERIFY(monitor.model()->requestCount() > 100);
        QCOMPARE(monitor.model()->requestCount(), visibleRequests());
        // Progress while it filled the model, ending with every request in it.
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toInt(), monitor.model()->requestCount());
        QCOMPARE(progress.last().at(1).toInt(), monitor.model()->requestCount());
        QVERIFY(!monitor.linkNames().isEmpty());

        // Every state the request passes through, as the model shows it.
        QString id;
        QList<int> seen;
        connect(monitor.model(), &QAbstractItemModel::dataChanged, this, [&] {
            const QModelIndex i = monitor.model()->indexOf(id);
            const int s = i.data(RequestsModel::StateRole).toInt();
            if (i.isValid() && (seen.isEmpty() || seen.last() != s))
                seen << s;
        });
        connect(monitor.model(), &QAbstractItemModel::rowsInserted, this, [&] {
            const QModelIndex i = monitor.model()->indexOf(id);
            if (i.isValid() && seen.isEmpty())
                seen << i.data(RequestsModel::StateRole).toInt();
        });
        id = submit(*session, link);
        QVERIFY(!id.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(monitor.model()->indexOf(id).isValid(), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(monitor.model()->indexOf(id).data(RequestsModel::StateRole).toInt(),
                                  int(RequestState::Succeeded), 20000);
        QVERIFY2(seen.size() >= 2, qPrintable(QStringLiteral("states seen: %1").arg(seen.size())));
        QCOMPARE(seen.last(), int(RequestState::Succeeded));
        QCOMPARE(monitor.model()->request(id)->link, link);
        QCOMPARE(reset.count(), 0);
    }

    void pauseStopsCalls()
    {
        QVERIFY(startSandbox(4));
        auto session = m_sandbox->cloud();
        RequestMonitor monitor(session.get());
        QAbstractItemModelTester tester(monitor.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        monitor.setBaseInterval(1000);
        monitor.setIdleRecheckInterval(1000);
        monitor.start();
        QTRY_VERIFY_WITH_TIMEOUT(monitor.hasLoaded(), 10000);
        QSignalSpy rounds(&monitor, &RequestMonitor::callsMade);
        QVERIFY(rounds.wait(10000)); // polling by itself
        monitor.setPaused(true);
        QTRY_COMPARE_WITH_TIMEOUT(session->transport().callsInFlight(), 0, 10000); // the last round ends
        const qint64 calls = m_sandbox->server().stats().totalCalls();
        rounds.clear();
        QVERIFY(!rounds.wait(2500)); // two intervals and more without a round
        QCOMPARE(m_sandbox->server().stats().totalCalls(), calls);
        monitor.setPaused(false);
        QVERIFY(rounds.wait(10000));
    }

    void aRoundCostsAboutOneCallPerActiveLink()
    {
        QVERIFY(freeze());
        const QString link = addTestLink();
        QVERIFY(!link.isEmpty());
        auto session = m_sandbox->cloud();
        // Six requests on one link that stay pending.
        QStringList held;
        for (int i = 0; i < 6; ++i)
            held << submit(*session, link);
        QVERIFY(!held.contains(QString()));

        RequestMonitor monitor(session.get());
        QAbstractItemModelTester tester(monitor.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        monitor.setPaused(true); // rounds only when the test asks
        monitor.start();
        QTRY_VERIFY_WITH_TIMEOUT(monitor.hasLoaded(), 10000);
        const QStringList active = monitor.activeLinks();
        QVERIFY(active.contains(link));

        QSignalSpy calls(&monitor, &RequestMonitor::callsMade);
        const qint64 before = m_sandbox->server().stats().totalCalls();
        monitor.pollNow();
        QVERIFY(calls.wait(10000));
        const int made = calls.first().first().toInt();
        const qint64 served = m_sandbox->server().stats().totalCalls() - before;
        QCOMPARE(served, qint64(made));
        // One list per active link, plus a detail read for a request that left a list
        // meanwhile; never one call per pending request.
        QVERIFY2(made >= active.size() && made <= active.size() + 3,
                 qPrintable(QStringLiteral("%1 calls for %2 active links").arg(made).arg(active.size())));
        int pending = 0;
        for (const auto &r : engine()->allRequests(*admin()))
            pending += isPending(r.request.state) ? 1 : 0;
        QVERIFY(made < pending);
    }

    void backsOffOn429StormAndRecovers()
    {
        QVERIFY(freeze());
        const QString link = addTestLink();
        QVERIFY(!link.isEmpty());
        auto session = m_sandbox->cloud();
        QVERIFY(!submit(*session, link).isEmpty());
        RequestMonitor monitor(session.get());
        QAbstractItemModelTester tester(monitor.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        monitor.setBaseInterval(1000);
        monitor.start();
        QTRY_VERIFY_WITH_TIMEOUT(monitor.hasLoaded(), 10000);
        const int rows = monitor.model()->requestCount();

        sandbox::FaultRule storm;
        storm.path = QStringLiteral("/api/analytics/*");
        storm.kind = sandbox::FaultRule::Kind::Storm429;
        storm.retryAfter = 2;
        storm.times = 1;
        m_sandbox->server().faults().setRules({storm});
        monitor.pollNow();
        QTRY_VERIFY_WITH_TIMEOUT(monitor.backoff() > 1, 15000);
        QCOMPARE(monitor.model()->requestCount(), rows);
        QVERIFY(monitor.currentInterval() > 1000);

        m_sandbox->server().faults().clear();
        QTRY_COMPARE_WITH_TIMEOUT(monitor.backoff(), 1, 30000);
        QCOMPARE(monitor.model()->requestCount(), rows);
    }

    void keepsRowsThroughServerErrors()
    {
        QVERIFY(freeze());
        const QString link = addTestLink();
        QVERIFY(!link.isEmpty());
        auto session = m_sandbox->cloud();
        QVERIFY(!submit(*session, link).isEmpty());
        RequestMonitor monitor(session.get());
        QAbstractItemModelTester tester(monitor.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        monitor.setBaseInterval(1000);
        monitor.start();
        QTRY_VERIFY_WITH_TIMEOUT(monitor.hasLoaded(), 10000);
        const int rows = monitor.model()->requestCount();

        QString lastProblem;
        connect(&monitor, &RequestMonitor::problem, this, [&](const QString &p) { lastProblem = p; });
        sandbox::FaultRule error;
        error.path = QStringLiteral("/api/analytics/*");
        error.kind = sandbox::FaultRule::Kind::Status;
        error.status = 500;
        m_sandbox->server().faults().setRules({error});
        monitor.pollNow();
        QTRY_VERIFY_WITH_TIMEOUT(!lastProblem.isEmpty(), 20000);
        QVERIFY(monitor.lastError().has_value());
        QCOMPARE(monitor.lastError()->httpStatus, 500);
        QVERIFY(monitor.backoff() > 1);
        QCOMPARE(monitor.model()->requestCount(), rows);

        m_sandbox->server().faults().clear();
        monitor.pollNow();
        QTRY_VERIFY_WITH_TIMEOUT(lastProblem.isEmpty(), 20000);
        QVERIFY(!monitor.lastError().has_value());
        QCOMPARE(monitor.model()->requestCount(), rows);
    }

    void dropsStaleAnswersOfOverlappingRounds()
    {
        QVERIFY(freeze());
        const QString link = addTestLink();
        QVERIFY(!link.isEmpty());
        auto session = m_sandbox->cloud();
        const QString held = submit(*session, link);
        QVERIFY(!held.isEmpty());
        RequestMonitor monitor(session.get());
        QAbstractItemModelTester tester(monitor.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        monitor.setPaused(true);
        monitor.start();
        QTRY_VERIFY_WITH_TIMEOUT(monitor.hasLoaded(), 10000);

        // Round A: its list of the held request's link answers late.
        sandbox::FaultRule slow;
        slow.path = QStringLiteral("/api/analytics/odag-links/%1/requests").arg(link);
        slow.kind = sandbox::FaultRule::Kind::Delay;
        slow.delayMs = 1500;
        slow.times = 1;
        m_sandbox->server().faults().setRules({slow});
        QSignalSpy rounds(&monitor, &RequestMonitor::callsMade);
        monitor.pollNow();
        QTRY_VERIFY_WITH_TIMEOUT(m_sandbox->server().faults().toJson().value(QStringLiteral("rules")).toArray().at(0)
                                         .toObject().value(QStringLiteral("fired")).toInt() == 1,
                                 10000);
        // Round B overlaps it and answers first.
        monitor.pollNow();
        QTRY_COMPARE_WITH_TIMEOUT(rounds.count(), 2, 10000);
        QVERIFY(monitor.staleAnswersDropped() >= 1);
        QCOMPARE(monitor.model()->request(held)->state.value(), RequestState::Validating);
    }

    void qseSessionPollsOneListPerRound()
    {
        QVERIFY(freeze());
        auto session = m_sandbox->senseEnterprise();
        RequestMonitor monitor(session.get());
        QAbstractItemModelTester tester(monitor.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        monitor.setPaused(true);
        monitor.start();
        QTRY_VERIFY_WITH_TIMEOUT(monitor.hasLoaded(), 10000);
        QVERIFY(monitor.model()->requestCount() > 100);
        QCOMPARE(monitor.model()->requestCount(), visibleRequests());
        QVERIFY(!monitor.linkNames().isEmpty());
        QCOMPARE(monitor.tier1BudgetUsed(), -1.0);

        QSignalSpy calls(&monitor, &RequestMonitor::callsMade);
        monitor.pollNow();
        QVERIFY(calls.wait(10000));
        QCOMPARE(calls.first().first().toInt(), 1);
    }

    void workspaceShowsDetailsAndSelections()
    {
        QVERIFY(freeze());
        auto session = m_sandbox->cloud();
        RequestsWorkspace workspace(session.get());
        QAbstractItemModelTester tester(workspace.monitor()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(workspace.view()->model(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        workspace.resize(1400, 800);
        workspace.show();
        QTRY_VERIFY_WITH_TIMEOUT(workspace.hasLoaded(), 10000);
        auto *view = workspace.findChild<QTreeView *>(QStringLiteral("requestsView"));
        QVERIFY(view);
        QVERIFY(view->model()->rowCount() > 10);

        // Click the first single request.
        QModelIndex single;
        for (int r = 0; r < view->model()->rowCount() && !single.isValid(); ++r) {
            const QModelIndex i = view->model()->index(r, 0);
            if (i.data(RequestsModel::KindRole).toInt() == int(RequestKind::Single)
                && i.data(RequestsModel::StateRole).toInt() == int(RequestState::Succeeded))
                single = i;
        }
        QVERIFY(single.isValid());
        view->scrollTo(single);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(single).center());
        const QString id = single.data(RequestsModel::RequestIdRole).toString();
        QCOMPARE(workspace.selectedRequests().size(), 1);
        QCOMPARE(workspace.selectedRequests().first().id, id);
        QCOMPARE(workspace.findChild<QLabel *>(QStringLiteral("detailId"))->text(), id);
        auto *selections = workspace.findChild<QTableWidget *>(QStringLiteral("selectionsTable"));
        QTRY_VERIFY_WITH_TIMEOUT(selections->rowCount() > 0, 10000);
        QVERIFY(!selections->item(0, 0)->text().isEmpty());

        auto *status = workspace.findChild<QLabel *>(QStringLiteral("requestsStatus"));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("Tier 1")), 5000);

        // Newer requests sort in above the rows the user reads: those rows stay put.
        view->scrollTo(view->model()->index(120, 0), QAbstractItemView::PositionAtTop);
        const QString topId = view->indexAt(QPoint(1, 1)).data(RequestsModel::RequestIdRole).toString();
        QList<RequestObject> fresh;
        for (int i = 0; i < 5; ++i) {
            RequestObject r = *workspace.monitor()->model()->request(id);
            r.id = QStringLiteral("6f00000000000000000000%1").arg(i, 2, 10, QLatin1Char('0'));
            // Newer than anything the sandbox made (its clock ran fast in earlier tests).
            r.createdDate = DateTime(QDateTime::currentDateTimeUtc().addDays(1));
            fresh << r;
        }
        workspace.monitor()->model()->applyUpdate(fresh);
        QCOMPARE(view->model()->index(0, 0).data(RequestsModel::RequestIdRole).toString().left(4), QStringLiteral("6f00"));
        QCOMPARE(view->indexAt(QPoint(1, 1)).data(RequestsModel::RequestIdRole).toString(), topId);
        QCOMPARE(workspace.selectedRequests().first().id, id);

        // Filter by text: the clicked request alone.
        QTest::keyClicks(workspace.findChild<QLineEdit *>(QStringLiteral("requestsSearch")), id);
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 1, 5000);
        QCOMPARE(workspace.selectedRequests().size(), 1); // the selection survived the filter
    }
};

ODAG_TEST_MAIN(TestRequestMonitor)
#include "tst_request_monitor.moc"
