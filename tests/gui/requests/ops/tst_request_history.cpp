// RequestHistory (SQLite, survives a reopen), LinkStatsModel (exact figures, updated in
// place), TimelinePage (bars where the history puts them) and TrayNotifier (one
// notification per watched request that ends, against the sandbox).

#include "OpsTestKit.h"
#include "TestMain.h"

#include "gui/requests/ops/LinkStatsModel.h"
#include "gui/requests/ops/RequestHistory.h"
#include "gui/requests/ops/TimelinePage.h"
#include "gui/requests/ops/TimelineView.h"
#include "gui/requests/ops/TrayNotifier.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

#include <memory>

using namespace odag;
using namespace odag::gui;

class TestRequestHistory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void recordsAndSurvivesReopen();
    void prunesOldEntries();
    void medianAndPercentile();
    void statsFiguresExact();
    void statsModelUpdatesInPlace();
    void timelinePageShowsBars();
    void trayNotifiesOnce();
    void trayNotifiesSandboxRequest();

private:
    QDateTime m_now = QDateTime(QDate(2026, 3, 2), QTime(12, 0), Qt::UTC);
};

namespace {

const QString kLinkA = QStringLiteral("6c00000000000000000000a1");
const QString kLinkB = QStringLiteral("6c00000000000000000000b2");

QString idOf(int n)
{
    return QStringLiteral("%1").arg(n, 24, 10, QLatin1Char('0'));
}

RequestObject request(int n, const QString &link, RequestState state, const QDateTime &created,
                      const QDateTime &modified)
{
    RequestObject r;
    r.id = idOf(n);
    r.link = link;
    r.kind = RequestKind::Single;
    r.state = state;
    r.owner.id = QStringLiteral("u1");
    r.owner.name = QStringLiteral("Jonas Berg");
    r.createdDate = DateTime(created);
    r.modifiedDate = DateTime(modified);
    return r;
}

HistoryEntry entry(int n, const QString &link, const char *finalState, const QDateTime &created,
                   qint64 waitS, std::optional<qint64> loadS)
{
    HistoryEntry e;
    e.id = idOf(n);
    e.linkId = link;
    e.linkName = link == kLinkA ? QStringLiteral("Sales") : QStringLiteral("Flights");
    e.kind = QStringLiteral("single");
    e.state = QString::fromLatin1(finalState);
    e.finalState = e.state;
    e.created = created;
    e.firstQueued = created;
    if (loadS) {
        e.started = created.addSecs(waitS);
        e.finished = e.started.addSecs(*loadS);
    } else {
        e.finished = created.addSecs(waitS);
    }
    return e;
}

} // namespace

void TestRequestHistory::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestRequestHistory::recordsAndSurvivesReopen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.db"));
    const QDateTime t0 = m_now.addSecs(-600);
    {
        RequestHistory h(path);
        QVERIFY2(h.isOpen(), qPrintable(h.errorString()));
        QDateTime clock = t0.addSecs(2);
        h.setClock([&clock] { return clock; });
        QSignalSpy changed(&h, &RequestHistory::changed);

        // Request 1 seen queued, then loading (no loadState: the transition's time), then
        // succeeded with a loadState that gives exact times.
        h.record({request(1, kLinkA, RequestState::Queued, t0, t0.addSecs(1))},
                 {{kLinkA, QStringLiteral("Sales")}});
        QCOMPARE(changed.count(), 1);
        h.record({request(1, kLinkA, RequestState::Queued, t0, t0.addSecs(1))});
        QCOMPARE(changed.count(), 1); // nothing new, no signal
        clock = t0.addSecs(60);
        h.record({request(1, kLinkA, RequestState::Loading, t0, t0.addSecs(30))});
        QCOMPARE(h.entry(idOf(1))->started, t0.addSecs(30));
        RequestObject done = request(1, kLinkA, RequestState::Succeeded, t0, t0.addSecs(95));
        done.loadState = RequestLoadInfo{};
        done.loadState->startedAt = DateTime(t0.addSecs(31));
        done.loadState->finishedAt = DateTime(t0.addSecs(91));
        clock = t0.addSecs(120);
        h.record({done, request(2, kLinkB, RequestState::Failed, t0.addSecs(5), t0.addSecs(50))});
        QCOMPARE(changed.count(), 3);
    }
    RequestHistory reopened(path);
    QVERIFY(reopened.isOpen());
    const QList<HistoryEntry> all = reopened.entries(m_now.addSecs(-3600), m_now);
    QCOMPARE(all.size(), 2);
    const HistoryEntry &one = all.at(0);
    QCOMPARE(one.id, idOf(1));
    QCOMPARE(one.linkName, QStringLiteral("Sales"));
    QCOMPARE(one.owner, QStringLiteral("Jonas Berg"));
    QCOMPARE(one.firstQueued, t0.addSecs(1));
    QCOMPARE(one.started, t0.addSecs(31));
    QCOMPARE(one.finished, t0.addSecs(91));
    QCOMPARE(one.finalState, QStringLiteral("succeeded"));
    QCOMPARE(one.durationMs().value(), 60000);
    const HistoryEntry &two = all.at(1);
    QCOMPARE(two.finalState, QStringLiteral("failed"));
    QCOMPARE(two.finished, t0.addSecs(50));
    QVERIFY(!two.durationMs()); // never seen loading: no load duration
    QCOMPARE(reopened.entries(m_now.addSecs(-3600), m_now, kLinkB).size(), 1);
    // Out of range: finished before the window opened.
    QCOMPARE(reopened.entries(m_now.addSecs(-60), m_now).size(), 0);
}

void TestRequestHistory::prunesOldEntries()
{
    QTemporaryDir dir;
    RequestHistory h(dir.filePath(QStringLiteral("h.db")));
    h.setClock([this] { return m_now; });
    h.record({request(1, kLinkA, RequestState::Succeeded, m_now.addDays(-40), m_now.addDays(-40)),
              request(2, kLinkA, RequestState::Succeeded, m_now.addDays(-2), m_now.addDays(-2)),
              request(3, kLinkA, RequestState::Queued, m_now.addDays(-1), m_now.addDays(-1))});
    QCOMPARE(h.prune(30), 1);
    QVERIFY(!h.entry(idOf(1)));
    QVERIFY(h.entry(idOf(2)));
    QVERIFY(h.entry(idOf(3)));
}

void TestRequestHistory::medianAndPercentile()
{
    QCOMPARE(LinkStatsModel::median({40, 10, 30, 20}).value(), 25);
    QCOMPARE(LinkStatsModel::median({7, 1, 3}).value(), 3);
    QVERIFY(!LinkStatsModel::median({}));
    QList<qint64> twenty;
    for (int i = 20; i >= 1; --i)
        twenty << i;
    QCOMPARE(LinkStatsModel::percentile(twenty, 95).value(), 19);
    QCOMPARE(LinkStatsModel::percentile({5}, 95).value(), 5);
    QCOMPARE(LinkStatsModel::percentile({10, 20, 30, 40, 100}, 95).value(), 100);
}

void TestRequestHistory::statsFiguresExact()
{
    const QDateTime t = m_now.addSecs(-3000);
    const QList<HistoryEntry> entries = {
        entry(1, kLinkA, "succeeded", t, 5, 10),
        entry(2, kLinkA, "succeeded", t.addSecs(60), 5, 40),
        entry(3, kLinkA, "succeeded", t.addSecs(120), 5, 20),
        entry(4, kLinkA, "failedAck", t.addSecs(180), 5, 100),
        entry(5, kLinkA, "succeeded", t.addSecs(240), 5, 30),
        entry(6, kLinkA, "canceledAck", t.addSecs(300), 5, std::nullopt),
        entry(7, kLinkB, "succeeded", t.addSecs(30), 1, 5),
    };
    const QList<LinkStats> stats = LinkStatsModel::compute(entries);
    QCOMPARE(stats.size(), 2);
    const LinkStats &a = stats.at(0);
    QCOMPARE(a.linkName, QStringLiteral("Sales"));
    QCOMPARE(a.count, 6);
    QCOMPARE(a.failures, 1);
    QCOMPARE(a.ended, 5);
    QCOMPARE(a.failureRate().value(), 0.2);
    QCOMPARE(a.medianMs.value(), 30000);
    QCOMPARE(a.p95Ms.value(), 100000);
    QCOMPARE(a.lastRequest, t.addSecs(300));
    const LinkStats &b = stats.at(1);
    QCOMPARE(b.count, 1);
    QCOMPARE(b.failureRate().value(), 0.0);
    QCOMPARE(b.medianMs.value(), 5000);
    QCOMPARE(b.p95Ms.value(), 5000);
}

void TestRequestHistory::statsModelUpdatesInPlace()
{
    LinkStatsModel model;
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(LinkStatsModel::SortRole);
    proxy.sort(LinkStatsModel::FailureRateColumn);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    const QDateTime t = m_now.addSecs(-600);
    QList<HistoryEntry> entries = {entry(1, kLinkA, "succeeded", t, 1, 10)};
    model.setEntries(entries);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(inserted.count(), 1);
    entries << entry(2, kLinkA, "failed", t.addSecs(10), 1, 20)
            << entry(3, kLinkB, "succeeded", t, 1, 5);
    model.setEntries(entries);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(model.data(model.index(0, LinkStatsModel::CountColumn)).toString(),
             QStringLiteral("2"));
    QCOMPARE(model.data(model.index(0, LinkStatsModel::FailureRateColumn), LinkStatsModel::SortRole)
                 .toDouble(),
             0.5);
    QCOMPARE(model.data(model.index(0, LinkStatsModel::MedianColumn)).toString(),
             QStringLiteral("15 s"));
    QCOMPARE(proxy.data(proxy.index(0, LinkStatsModel::LinkColumn)).toString(),
             QStringLiteral("Flights"));
    model.setEntries({entries.at(2)});
    QCOMPARE(removed.count(), 1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(resets.count(), 0);
}

void TestRequestHistory::timelinePageShowsBars()
{
    QTemporaryDir dir;
    RequestHistory h(dir.filePath(QStringLiteral("h.db")));
    h.setClock([this] { return m_now; });
    const QDateTime t = m_now.addSecs(-3000);
    auto loaded = [](RequestObject r, const QDateTime &start, const QDateTime &end) {
        r.loadState = RequestLoadInfo{};
        r.loadState->startedAt = DateTime(start);
        r.loadState->finishedAt = DateTime(end);
        return r;
    };
    h.record(
        {loaded(request(1, kLinkA, RequestState::Succeeded, t, t), t.addSecs(60), t.addSecs(600)),
         loaded(request(2, kLinkA, RequestState::Failed, t.addSecs(1200), t.addSecs(1200)),
                t.addSecs(1300), t.addSecs(1500)),
         request(3, kLinkB, RequestState::Queued, t.addSecs(2400), t.addSecs(2400))},
        {{kLinkA, QStringLiteral("Sales by region")},
         {kLinkB, QStringLiteral("Flights by carrier")}});

    TimelinePage page(&h);
    page.setClock([this] { return m_now; });
    page.setRange(TimelinePage::Range::Hour);
    QAbstractItemModelTester tester(page.statsModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(page.statsProxy(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    page.resize(1100, 640);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    TimelineView *view = page.findChild<TimelineView *>(QStringLiteral("timelineView"));
    QVERIFY(view);
    QCOMPARE(view->laneCount(), 3);
    QCOMPARE(page.statsModel()->rowCount(), 2);
    const QImage image = page.grab().toImage();
    QVERIFY(!image.isNull());
    // ODAG_OPS_GRAB_DIR: keep pictures of the page (light and dark) for a look.
    const QString grabDir = qEnvironmentVariable("ODAG_OPS_GRAB_DIR");
    if (!grabDir.isEmpty()) {
        image.save(grabDir + QStringLiteral("/timeline-light.png"));
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
        dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
        dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2c));
        dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
        dark.setColor(QPalette::Button, QColor(0x2b, 0x2d, 0x31));
        dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Mid, QColor(0x55, 0x58, 0x5e));
        page.setPalette(dark);
        page.grab().save(grabDir + QStringLiteral("/timeline-dark.png"));
        page.setPalette(QPalette());
    }

    // Bars in time order from left to right, each found by its own middle.
    const QRect one = view->barRect(idOf(1));
    const QRect two = view->barRect(idOf(2));
    const QRect three = view->barRect(idOf(3));
    QVERIFY(!one.isEmpty() && !two.isEmpty() && !three.isEmpty());
    QVERIFY(one.right() < two.left());
    QVERIFY(two.right() < three.left());
    QVERIFY(three.top() > two.top()); // another link: a lane further down
    QCOMPARE(view->requestAt(one.center()), idOf(1));
    QCOMPARE(view->requestAt(two.center()), idOf(2));
    QCOMPARE(view->requestAt(three.center()), idOf(3));
    QVERIFY(view->requestAt(QPoint(one.left() - 20, one.center().y())).isEmpty());
    // 600 s and 300 s bars: twice the width, within rounding.
    QVERIFY(qAbs(one.width() - 2 * two.width()) <= 3);

    // Zoom in: wider bars.
    const int before = two.width();
    QTest::mouseClick(page.findChild<QToolButton *>(QStringLiteral("timelineZoomIn")),
                      Qt::LeftButton);
    QVERIFY(view->zoom() > 1.0);
    QVERIFY(view->barRect(idOf(2)).width() > before);

    // One link only.
    auto *links = page.findChild<QComboBox *>(QStringLiteral("timelineLinkCombo"));
    QCOMPARE(links->count(), 3);
    links->setCurrentIndex(links->findData(kLinkB));
    QCOMPARE(view->laneCount(), 1);
    QCOMPARE(page.statsModel()->rowCount(), 1);
    page.setLinkFilter({});

    // The history grows: the page follows by itself.
    h.record({request(4, kLinkB, RequestState::Queued, m_now.addSecs(-60), m_now.addSecs(-60))});
    QTRY_COMPARE(view->laneCount(), 4);
}

void TestRequestHistory::trayNotifiesOnce()
{
    TrayNotifier tray;
    QSignalSpy notified(&tray, &TrayNotifier::notified);
    const QDateTime t = m_now;
    tray.watch(idOf(1));
    QVERIFY(tray.isWatched(idOf(1)));
    tray.observe({request(1, kLinkA, RequestState::Loading, t, t),
                  request(2, kLinkA, RequestState::Succeeded, t, t)});
    QCOMPARE(notified.count(), 0); // 1 is still loading, 2 is not watched
    RequestObject done = request(1, kLinkA, RequestState::Succeeded, t, t);
    done.generatedAppName = QStringLiteral("Sales EMEA");
    tray.observe({done});
    tray.observe({done});
    QCOMPARE(notified.count(), 1);
    QCOMPARE(notified.first().at(0).toString(), QStringLiteral("Request succeeded"));
    QVERIFY(notified.first().at(1).toString().contains(QStringLiteral("Sales EMEA")));
    tray.unwatch(idOf(1));
    QVERIFY(!tray.isWatched(idOf(1)));
}

void TestRequestHistory::trayNotifiesSandboxRequest()
{
    test::SandboxSession sbx(opstest::options(2));
    QVERIFY2(sbx.ok(), qPrintable(sbx.errorString()));
    sbx.server().clock().setManual(true);
    auto session = sbx.cloud();
    opstest::Calls calls(*session);
    const auto ok = calls.submit(opstest::linkId(sandbox::demo::kLinkSalesPipeline),
                                 sandbox::demo::kAppSalesSelection);
    const auto bad = calls.submit(opstest::linkId(sandbox::demo::kLinkSalesForecast),
                                  sandbox::demo::kAppSalesSelection);
    ODAG_VERIFY_OK(ok);
    ODAG_VERIFY_OK(bad);

    TrayNotifier tray;
    QSignalSpy notified(&tray, &TrayNotifier::notified);
    tray.watch(ok.value().id);
    tray.watch(bad.value().id);
    // What a monitor does: re-read the requests and hand them over, poll after poll.
    const bool ended = opstest::advanceUntil(
        sbx,
        [&] {
            QList<RequestObject> batch;
            for (const QString &id : {ok.value().id, bad.value().id}) {
                const auto r = calls.get(id);
                if (r.ok())
                    batch << r.value();
            }
            tray.observe(batch);
            return std::all_of(batch.begin(), batch.end(),
                               [](const RequestObject &r) { return isFinal(r.state); });
        },
        2000);
    QVERIFY(ended);
    tray.observe({calls.get(ok.value().id).value()});
    QCOMPARE(notified.count(), 2);
    QStringList titles{notified.at(0).at(0).toString(), notified.at(1).at(0).toString()};
    titles.sort();
    QCOMPARE(titles,
             (QStringList{QStringLiteral("Request failed"), QStringLiteral("Request succeeded")}));
}

ODAG_TEST_MAIN(TestRequestHistory)
#include "tst_request_history.moc"
