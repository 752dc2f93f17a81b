// The sandbox under a read-heavy mix: 32 keep-alive connections, each sending its next
// request as soon as the previous answer is in, for a fixed time. Prints requests per
// second and the p50/p99 latency. The server runs as its own odag-sandbox process, so
// the client's work does not share its event loop.

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

namespace {

constexpr int kConnections = 32;
constexpr char kAdminKey[] = "sbx-admin-7f3c9a2e51d84b06";

// Mostly reads across the areas a monitoring client touches; one write in twenty.
const char *const kReads[] = {
    "/api/analytics/odag-links",
    "/api/analytics/odag-links/6c00000000000000000000c1",
    "/api/analytics/odag-links/6c00000000000000000000c1/requests",
    "/api/analytics/odag-links/6c00000000000000000000c5/requests?pending=true",
    "/api/analytics/odag-settings",
    "/api/v1/spaces?limit=20",
    "/api/v1/items?resourceType=app&limit=20",
    "/api/v1/apps/6b00000000000000000000b2",
    "/engine/healthcheck",
};

class Connection : public QObject
{
public:
    Connection(quint16 port, std::vector<double> *latencies, int *errors)
        : m_port(port)
        , m_latencies(latencies)
        , m_errors(errors)
    {
        QObject::connect(&m_socket, &QTcpSocket::readyRead, this, [this] { onReadyRead(); });
        QObject::connect(&m_socket, &QTcpSocket::connected, this, [this] { sendNext(); });
        QObject::connect(&m_socket, &QTcpSocket::disconnected, this, [this] {
            if (m_running)
                m_socket.connectToHost(QStringLiteral("127.0.0.1"), m_port);
        });
    }
    void start()
    {
        m_running = true;
        m_socket.connectToHost(QStringLiteral("127.0.0.1"), m_port);
    }
    void stop() { m_running = false; }

private:
    void sendNext()
    {
        if (!m_running)
            return;
        QByteArray request;
        if (QRandomGenerator::global()->bounded(20) == 0) {
            const QByteArray body = R"({"odagEnabled":true,"dynamicViewEnabled":true})";
            request = "PUT /api/analytics/odag-settings HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: "
                      + QByteArray::number(body.size()) + "\r\n";
            request += "Host: 127.0.0.1\r\nAuthorization: Bearer " + QByteArray(kAdminKey) + "\r\n\r\n" + body;
        } else {
            const char *path = kReads[QRandomGenerator::global()->bounded(int(std::size(kReads)))];
            request = "GET " + QByteArray(path) + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                      + QByteArray(kAdminKey) + "\r\n\r\n";
        }
        m_buffer.clear();
        m_timer.start();
        m_socket.write(request);
    }

    void onReadyRead()
    {
        m_buffer += m_socket.readAll();
        const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        qsizetype length = 0;
        const QList<QByteArray> lines = m_buffer.left(headerEnd).split('\n');
        for (const QByteArray &line : lines) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (m_buffer.size() < headerEnd + 4 + length)
            return;
        const int status = lines.isEmpty() ? 0 : lines.first().split(' ').value(1).toInt();
        if (status < 200 || status >= 300)
            ++*m_errors;
        m_latencies->push_back(double(m_timer.nsecsElapsed()) / 1e6);
        sendNext();
    }

    QTcpSocket m_socket;
    quint16 m_port;
    std::vector<double> *m_latencies;
    int *m_errors;
    QElapsedTimer m_timer;
    QByteArray m_buffer;
    bool m_running = false;
};

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size())))];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int seconds = qEnvironmentVariableIntValue("ODAG_BENCH_SECONDS") > 0
                            ? qEnvironmentVariableIntValue("ODAG_BENCH_SECONDS")
                            : 10;
    QTemporaryDir data;
    QProcess server;
    server.setProcessChannelMode(QProcess::SeparateChannels);
    server.start(QStringLiteral(ODAG_SANDBOX_EXE),
                 {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data"), data.path(),
                  QStringLiteral("--demo"), QStringLiteral("--no-rate-limit")});
    QByteArray out;
    while (!out.contains('\n') && server.waitForReadyRead(30000))
        out += server.readAllStandardOutput();
    const qsizetype at = out.indexOf("127.0.0.1:");
    if (at < 0) {
        std::fprintf(stderr, "odag-sandbox did not start: %s\n", server.readAllStandardError().constData());
        return 1;
    }
    const quint16 port = quint16(out.mid(at + 10).trimmed().toUInt());

    std::vector<double> latencies;
    latencies.reserve(200000);
    int errors = 0;
    std::vector<std::unique_ptr<Connection>> connections;
    for (int i = 0; i < kConnections; ++i) {
        connections.push_back(std::make_unique<Connection>(port, &latencies, &errors));
        connections.back()->start();
    }
    QElapsedTimer wall;
    wall.start();
    QTimer::singleShot(seconds * 1000, &app, [&] {
        for (auto &c : connections)
            c->stop();
        app.quit();
    });
    app.exec();
    const double elapsed = double(wall.nsecsElapsed()) / 1e9;

    server.terminate();
    server.waitForFinished(10000);

    std::printf("BENCH sandbox_requests_per_second %.0f req/s\n", double(latencies.size()) / elapsed);
    std::printf("BENCH sandbox_latency_p50 %.2f ms\n", percentile(latencies, 0.50));
    std::printf("BENCH sandbox_latency_p99 %.2f ms\n", percentile(latencies, 0.99));
    std::printf("BENCH sandbox_non_2xx %d answers\n", errors);
    std::printf("(%d connections, %zu requests in %.1f s, 95%% reads)\n", kConnections, latencies.size(), elapsed);
    return errors > int(latencies.size() / 100) ? 1 : 0;
}
