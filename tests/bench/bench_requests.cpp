// The request monitor under load: 100,000 requests decoded and loaded into the model (and
// compared with a bare JSON parse of the same bytes), a poll of 1,000 changed requests
// applied to it, sorting and filtering it; then the first load as the app does it (40
// link pages of 2,500 arriving over the network, decoded, queued and put into the model
// a slice per event-loop turn under a sorted proxy and a shown tree view): its longest
// turn and, in a process of its own, the peak memory; then the polling cost of a
// RequestMonitor watching 2,000 in-flight requests across 40 links of an in-process
// sandbox at a 5-second refresh, counted by the sandbox. Prints BENCH lines; asserts
// nothing about times.

#include "SampleRequest.h"
#include "api/Authenticator.h"
#include "core/Json.h"
#include "gui/connection/TenantSession.h"
#include "gui/requests/RequestLoadQueue.h"
#include "gui/requests/RequestMonitor.h"
#include "gui/requests/RequestsFilterProxy.h"
#include "gui/requests/RequestsModel.h"
#include "gui/requests/RequestsView.h"
#include "sandbox/SandboxDemoUsers.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/odag/DemoLinkIds.h"
#include "sandbox/odag/DemoRequestValues.h"
#include "sandbox/odag/RequestEngine.h"
#include "sandbox/odag/SandboxLinks.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHeaderView>
#include <QProcess>
#include <QTreeView>
#include <QFutureWatcher>
#include <QMutex>
#include <QtConcurrent/QtConcurrentRun>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <malloc.h>
#include <memory>

using namespace odag;

namespace {

void bench(const char *name, double value, const char *unit)
{
    std::printf("BENCH %s %.3f %s\n", name, value, unit);
    std::fflush(stdout);
}

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// A line of /proc/self/status in MiB: VmHWM (peak resident set) or VmRSS (now).
double statusMiB(const char *key)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(int(qstrlen(key))).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

double peakRssMiB()
{
    return statusMiB("VmHWM:");
}

double rssMiB()
{
    return statusMiB("VmRSS:");
}


void runModelBenchmarks()
{
    constexpr int kCount = 100000;
    QRandomGenerator rng(42);
    QJsonArray array;
    for (int i = 0; i < kCount; ++i)
        array.append(odag::bench::requestJson(i, rng));
    const QByteArray bytes = QJsonDocument(array).toJson(QJsonDocument::Compact);
    array = {};

    QElapsedTimer t;
    t.start();
    const QJsonDocument bare = QJsonDocument::fromJson(bytes);
    const double parseMs = ms(t);
    if (bare.array().size() != kCount)
        qFatal("bare parse failed");

    gui::RequestsModel model;
    t.restart();
    auto decoded = json::decode<QList<RequestObject>>(bytes);
    if (!decoded.ok())
        qFatal("decode failed");
    const double decodeMs = ms(t);
    model.applyUpdate(decoded.value());
    const double loadMs = ms(t);
    bench("requests.decode_100k", decodeMs, "ms");
    bench("requests.apply_100k_at_once", loadMs - decodeMs, "ms");
    bench("requests.load_100k", loadMs, "ms");
    bench("requests.load_100k_vs_json_parse", loadMs / parseMs, "ratio");
    {
        // The model alone: what it holds once the decoded list is gone.
        gui::RequestsModel alone;
        malloc_trim(0);
        const double before = rssMiB();
        alone.applyUpdate(json::decode<QList<RequestObject>>(bytes).value());
        malloc_trim(0); // the decoded list's memory goes back to the system
        bench("requests.model_rss_100k", rssMiB() - before, "MiB");
    }

    // A poll: 1,000 requests changed state somewhere in the model.
    QList<RequestObject> poll;
    for (int i = 0; i < 1000; ++i) {
        RequestObject r = decoded.value().at(rng.bounded(kCount));
        r.state = r.state == RequestState::Loading ? RequestState::Succeeded : RequestState::Loading;
        r.modifiedDate = DateTime::now();
        poll.append(r);
    }
    t.restart();
    model.applyUpdate(poll);
    bench("requests.apply_poll_1000_of_100k", ms(t), "ms");

    gui::RequestsFilterProxy proxy;
    proxy.setSourceModel(&model);
    t.restart();
    proxy.sort(gui::RequestsModel::CreatedColumn, Qt::DescendingOrder);
    bench("requests.sort_100k", ms(t), "ms");

    t.restart();
    proxy.setStates({int(RequestState::Failed), int(RequestState::Loading)});
    proxy.setText(QStringLiteral("region"));
    const int shown = proxy.rowCount();
    bench("requests.filter_100k", ms(t), "ms");
    std::printf("# filter kept %d rows\n", shown);

    proxy.setStates({});
    proxy.setText({});
    for (RequestObject &r : poll)
        r.state = RequestState::Queued;
    t.restart();
    model.applyUpdate(poll);
    bench("requests.apply_poll_1000_of_100k_sorted_proxy", ms(t), "ms");

}

constexpr int kLinks = 40;
constexpr int kPerLink = 2500;

// The first load as the app makes it, in this process only (its peak memory is reported):
// link pages arrive every 20 ms, each is decoded as the api layer does it and handed to a
// RequestLoadQueue in front of a RequestsModel, a sorted RequestsFilterProxy and a shown
// QTreeView, like the Requests workspace. A 0 ms heartbeat timer measures the longest
// event-loop turn while loading.
void runLoadBenchmark()
{
    QRandomGenerator rng(42);
    QList<QByteArray> pages; // compressed: the pages of all links would not be held by the app
    for (int l = 0; l < kLinks; ++l) {
        QJsonArray page;
        for (int i = 0; i < kPerLink; ++i)
            page.append(odag::bench::requestJson(l * kPerLink + i, rng));
        pages.append(qCompress(QJsonDocument(page).toJson(QJsonDocument::Compact), 1));
    }

    gui::RequestsModel model;
    gui::RequestsFilterProxy proxy;
    proxy.setSourceModel(&model);
    gui::RequestsView view; // the workspace's view
    view.setModel(&proxy);
    view.setSortingEnabled(true);
    view.sortByColumn(gui::RequestsModel::CreatedColumn, Qt::DescendingOrder);
    view.resize(1200, 800);
    view.show();
    gui::RequestLoadQueue queue(&model);

    QElapsedTimer clock;
    QElapsedTimer sinceBeat;
    double longestTurn = 0;
    double longestDecode = 0;
    QMutex decodeMutex;
    QTimer heartbeat;
    heartbeat.setInterval(0);
    QObject::connect(&heartbeat, &QTimer::timeout, &heartbeat, [&] {
        longestTurn = std::max(longestTurn, ms(sinceBeat));
        sinceBeat.restart();
    });
    QEventLoop loop;
    int arrived = 0;
    QTimer network;
    network.setInterval(20);
    // Each page is decoded on a worker, as the api layer does with answers this large
    // (api::kOffThreadDecodeBytes), and handed to the queue back on this thread.
    int decoded = 0;
    QObject::connect(&network, &QTimer::timeout, &network, [&] {
        QByteArray page = qUncompress(pages.at(arrived));
        pages[arrived] = {};
        auto *watcher = new QFutureWatcher<QList<RequestObject>>(&network);
        QObject::connect(watcher, &QFutureWatcherBase::finished, &queue, [&, watcher] {
            queue.enqueue(watcher->future().takeResult());
            watcher->deleteLater();
            ++decoded;
        });
        watcher->setFuture(QtConcurrent::run([page = std::move(page), &longestDecode, &decodeMutex] {
            QElapsedTimer d;
            d.start();
            auto list = json::decode<QList<RequestObject>>(page);
            if (!list.ok())
                qFatal("decode failed");
            const QMutexLocker lock(&decodeMutex);
            longestDecode = std::max(longestDecode, ms(d));
            return std::move(list).value();
        }));
        if (++arrived == kLinks)
            network.stop();
    });
    QObject::connect(&queue, &gui::RequestLoadQueue::drained, &loop, [&] {
        if (decoded == kLinks) {
            longestTurn = std::max(longestTurn, ms(sinceBeat));
            loop.quit();
        }
    });
    clock.start();
    sinceBeat.start();
    heartbeat.start();
    network.start();
    loop.exec();
    heartbeat.stop();
    const double total = ms(clock);
    if (model.requestCount() != kLinks * kPerLink)
        qFatal("load incomplete: %d", model.requestCount());
    bench("requests.load_100k_in_turns", total, "ms");
    bench("requests.load_100k_longest_turn_ms", longestTurn, "ms");
    bench("requests.decode_page_2500_on_worker_longest", longestDecode, "ms");
    bench("requests.peak_rss_100k", peakRssMiB(), "MiB");

    // Sorting and filtering with the view attached, as the user does it.
    QElapsedTimer t;
    t.start();
    view.sortByColumn(gui::RequestsModel::OwnerColumn, Qt::AscendingOrder);
    QCoreApplication::processEvents();
    bench("requests.sort_100k_text_column_view", ms(t), "ms");
    t.restart();
    view.sortByColumn(gui::RequestsModel::CreatedColumn, Qt::DescendingOrder);
    QCoreApplication::processEvents();
    bench("requests.sort_100k_view", ms(t), "ms");
    t.restart();
    proxy.setText(QStringLiteral("details 12"));
    QCoreApplication::processEvents();
    bench("requests.filter_100k_text_view", ms(t), "ms");
    std::printf("# text filter kept %d rows\n", proxy.rowCount());
    t.restart();
    proxy.setText({});
    QCoreApplication::processEvents();
    bench("requests.filter_100k_cleared_view", ms(t), "ms");

    // Polls of 1,000 state changes reaching the shown view, painted: rows that stay put
    // (newest first), then rows that move (sorted by state).
    auto poll = [&](int round) {
        QList<RequestObject> changed;
        for (int i = 0; i < 1000; ++i) {
            const int n = int(rng.bounded(kLinks * kPerLink));
            RequestObject r = *model.request(QStringLiteral("7a%1").arg(n, 22, 10, QLatin1Char('0')));
            r.state = round % 2 ? RequestState::Loading : RequestState::Queued;
            changed.append(r);
        }
        QElapsedTimer p;
        p.start();
        model.applyUpdate(changed);
        const double applied = ms(p);
        view.viewport()->repaint();
        QCoreApplication::processEvents();
        return std::pair{applied, ms(p)};
    };
    auto worst = [](std::pair<double, double> a, std::pair<double, double> b) {
        return std::pair{std::max(a.first, b.first), std::max(a.second, b.second)};
    };
    // What painting the shown rows costs by itself, for comparison with the polls below.
    double paint = 0;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer p;
        p.start();
        view.viewport()->repaint();
        paint = std::max(paint, ms(p));
    }
    bench("requests.paint_view_100k", paint, "ms");
    auto [still, stillPainted] = worst(poll(0), poll(1));
    bench("requests.apply_poll_1000_of_100k_view", still, "ms");
    bench("requests.apply_poll_1000_of_100k_view_painted", stillPainted, "ms");
    view.sortByColumn(gui::RequestsModel::StateColumn, Qt::AscendingOrder);
    QCoreApplication::processEvents();
    auto [moved, movedPainted] = worst(poll(2), poll(3));
    bench("requests.apply_poll_1000_of_100k_view_rows_move", moved, "ms");
    bench("requests.apply_poll_1000_of_100k_view_rows_move_painted", movedPainted, "ms");
}

// 40 links copied from a demo link, 50 queued requests each.
bool seedInFlight(sandbox::SandboxServer &server)
{
    sandbox::SandboxLinks links(server);
    const auto source = links.get(QString::fromLatin1(sandbox::demo::kLinkFlightsCarrier));
    const sandbox::SandboxUser *admin = server.users().findById(QString::fromLatin1(sandbox::demo::kAdminId));
    sandbox::RequestEngine *engine = sandbox::RequestEngine::of(server);
    if (!source || !admin || !engine)
        return false;
    QRandomGenerator rng(11);
    // One value of the partition field: single requests, not multiple ones.
    const QString splitField = source->link.bindings && !source->link.bindings->isEmpty()
        ? source->link.bindings->first().selectAppParamName.value_or(QString())
        : QString();
    const QString splitValue = sandbox::demovalues::valuePool(splitField).value(0);
    // One real submission gives a request as the engine makes it; 2,000 copies of it,
    // queued on the 40 links, are written in one transaction. The engine does not move
    // the copies on, so they stay in flight for the whole measurement.
    bool ok = server.store().transaction([&] {
        for (int l = 0; l < 40; ++l) {
            sandbox::StoredLink link = *source;
            link.link.id = QStringLiteral("6d%1").arg(l, 22, 10, QLatin1Char('0'));
            link.link.name = QStringLiteral("Bench link %1").arg(l + 1);
            link.link.properties.genAppLimit = QList<LinkPropGenAppLimit>{{QStringLiteral("User_*"), 100000, {}}};
            if (!links.put(link))
                return false;
        }
        return true;
    });
    if (!ok)
        return false;
    sandbox::RequestEngine::Submission s;
    s.linkId = QStringLiteral("6d%1").arg(0, 22, 10, QLatin1Char('0'));
    s.payload.selectionApp = source->selectionAppId;
    s.payload.actualRowEst = 500;
    s.payload.bindSelectionState = sandbox::demovalues::selectionFor(rng, *source, splitField, splitValue);
    auto submitted = engine->submit(*admin, s);
    if (!submitted.ok()) {
        std::printf("# submit failed: %s\n", qPrintable(submitted.error().detail));
        return false;
    }
    return server.store().transaction([&] {
        for (int i = 0; i < 2000; ++i) {
            sandbox::StoredRequest copy = submitted.value();
            copy.request.id = QStringLiteral("6f%1").arg(i, 22, 10, QLatin1Char('0'));
            copy.request.link = QStringLiteral("6d%1").arg(i % 40, 22, 10, QLatin1Char('0'));
            copy.request.state = RequestState::Queued;
            copy.request.generatedApp.reset();
            if (!engine->records().put(copy))
                return false;
        }
        return true;
    });
}

void runMonitorBenchmark()
{
    QTemporaryDir dir;
    sandbox::SandboxOptions o;
    o.dataDir = dir.path();
    o.demo = true;
    o.rateLimit = false;
    o.maxLoads = 1;
    o.speed = 1;
    sandbox::SandboxServer server(o);
    if (!server.start() || !seedInFlight(server)) {
        std::printf("# sandbox set-up failed: %s\n", qPrintable(server.errorString()));
        return;
    }
    gui::TenantSession session(QStringLiteral("Bench"), gui::TenantSession::Kind::Cloud, server.baseUrl(),
                               std::make_shared<api::ApiKeyAuth>(QByteArray(sandbox::demo::kAdminKey)));
    gui::RequestMonitor monitor(&session);
    monitor.setBaseInterval(5000);
    QEventLoop loop;
    QObject::connect(&monitor, &gui::RequestMonitor::loadFinished, &loop, &QEventLoop::quit);
    QElapsedTimer t;
    t.start();
    monitor.start();
    loop.exec();
    bench("monitor.first_load_requests", monitor.model()->requestCount(), "requests");
    bench("monitor.first_load", ms(t), "ms");

    // Measure a minute's share of steady polling.
    constexpr int kMeasureMs = 40000;
    server.stats().reset(server.clock().now());
    int rounds = 0;
    QObject::connect(&monitor, &gui::RequestMonitor::callsMade, &loop, [&rounds](int) { ++rounds; });
    QTimer::singleShot(kMeasureMs, &loop, &QEventLoop::quit);
    loop.exec();
    const double perMinute = double(server.stats().totalCalls()) * 60000.0 / kMeasureMs;
    bench("monitor.calls_per_minute", perMinute, "calls/min");
    bench("monitor.active_links", monitor.activeLinks().size(), "links");
    bench("monitor.calls_per_round", rounds ? double(server.stats().totalCalls()) / rounds : 0, "calls");
    bench("monitor.tier1_budget_used", monitor.tier1BudgetUsed() * 100, "%");
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // `bench_requests model`, `load` or `monitor` runs one part. The load part runs in a
    // process of its own so that its peak memory is its own.
    const QStringList args = app.arguments().mid(1);
    if (args.isEmpty() || args.contains(QStringLiteral("model")))
        runModelBenchmarks();
    if (args.contains(QStringLiteral("load"))) {
        runLoadBenchmark();
    } else if (args.isEmpty()) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        child.start(app.applicationFilePath(), {QStringLiteral("load")});
        child.waitForFinished(-1);
    }
    if (args.isEmpty() || args.contains(QStringLiteral("monitor")))
        runMonitorBenchmark();
    return 0;
}
