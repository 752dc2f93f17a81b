// The JSON codecs under load: 100,000 RequestObjectV2 decoded into domain structs and
// compared with a bare QJsonDocument parse of the same bytes; then one link's page of
// 2,500 requests fetched over real HTTP (a loopback ScriptedServer) through sendJson,
// with a 0 ms heartbeat timer measuring the longest event-loop turn of the GUI thread
// while the answer is read, decoded and delivered. Prints BENCH lines; asserts nothing
// about times.

#include "SampleRequest.h"
#include "ScriptedServer.h"
#include "api/JsonCall.h"
#include "core/Json.h"
#include "core/OdagRequest.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>

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


QByteArray requestsBody(int count)
{
    QRandomGenerator rng(42);
    QJsonArray array;
    for (int i = 0; i < count; ++i)
        array.append(odag::bench::requestJson(i, rng));
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

// Best of `runs` timings of `f`, in ms: the machine is shared, the minimum is the
// figure that compares between runs.
template <class F>
double bestOf(int runs, F f)
{
    double best = 1e300;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        best = std::min(best, ms(t));
    }
    return best;
}

void runDecodeBenchmarks()
{
    constexpr int kCount = 100000;
    const QByteArray bytes = requestsBody(kCount);
    std::printf("# %d requests, %.1f MiB of JSON\n", kCount, double(bytes.size()) / (1 << 20));

    const double parseMs = bestOf(3, [&bytes] {
        if (QJsonDocument::fromJson(bytes).array().size() != kCount)
            qFatal("bare parse failed");
    });
    // Best of three; each decoded list is freed outside the timing, as a caller keeps it.
    double decodeMs = 1e300;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer t;
        t.start();
        auto decoded = json::decode<QList<RequestObject>>(bytes);
        decodeMs = std::min(decodeMs, ms(t));
        if (!decoded.ok() || decoded.value().size() != kCount)
            qFatal("decode failed: %s", qPrintable(decoded.error().toString()));
    }
    bench("codec.json_parse_100k_requests", parseMs, "ms");
    bench("codec.decode_100k_requests", decodeMs, "ms");
    bench("codec.decode_100k_vs_json_parse", decodeMs / parseMs, "ratio");
}

// One GET of a 2,500-request page through sendJson, the GUI thread's longest turn while
// it is under way, and the time to the callback.
void runGuiTurnBenchmark()
{
    constexpr int kPage = 2500;
    const QByteArray body = requestsBody(kPage);
    std::printf("# page of %d requests, %.1f KiB (off-thread decode above %lld KiB)\n", kPage,
                double(body.size()) / 1024, qlonglong(api::kOffThreadDecodeBytes / 1024));

    const double inlineMs = bestOf(3, [&body] {
        if (!json::decode<QList<RequestObject>>(body).ok())
            qFatal("page decode failed");
    });
    bench("codec.decode_page_2500_inline", inlineMs, "ms");

    ScriptedServer server;
    if (!server.listen())
        qFatal("no loopback port");
    api::Transport::Options options;
    options.maxRetries = 0;
    api::Transport transport(server.baseUrl(), options);

    double longest = 0;
    double total = 0;
    for (int run = 0; run < 3; ++run) {
        server.enqueue(ScriptedServer::Reply::json(200, body));
        QElapsedTimer turn;
        QElapsedTimer clock;
        double runLongest = 0;
        QTimer heartbeat;
        heartbeat.setInterval(0);
        QObject::connect(&heartbeat, &QTimer::timeout, &heartbeat, [&turn, &runLongest] {
            runLongest = std::max(runLongest, ms(turn));
            turn.restart();
        });
        bool done = false;
        api::RequestSpec spec;
        spec.path = QStringLiteral("/api/v1/odag-links/x/requests");
        clock.start();
        turn.start();
        heartbeat.start();
        api::sendJson<QList<RequestObject>>(
            transport, spec, &heartbeat,
            [&done, &turn, &runLongest](const api::ApiResult<QList<RequestObject>> &r) {
                if (!r.ok() || r.value().size() != kPage)
                    qFatal("page call failed");
                runLongest = std::max(runLongest, ms(turn)); // the turn delivering it
                done = true;
            });
        while (!done)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        total = run == 0 ? ms(clock) : std::min(total, ms(clock));
        longest = run == 0 ? runLongest : std::min(longest, runLongest);
    }
    bench("codec.longest_gui_turn_decoding_2500_page", longest, "ms");
    bench("codec.fetch_and_decode_2500_page", total, "ms");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("odag.*=false")); // BENCH lines only
    runDecodeBenchmarks();
    runGuiTurnBenchmark();
    return 0;
}
