#pragma once

// A local Qlik tenant on a loopback port: owns the HTTP server, the route table, the
// users, the durable store, the simulated clock, the rate limiter, the fault injector
// and the call statistics, and wires them into one request pipeline. Resources register
// their routes on it; the odag-sandbox executable, the app's Sandbox profile and the
// tests each run one.
//
//   SandboxServer server(options);
//   server.router().get(QStringLiteral("/api/v1/things/{id}"), {Tier::Tier1},
//                       [&server](const SandboxRequest &r) {
//       auto doc = server.store().get(QStringLiteral("things"), r.param(QStringLiteral("id")));
//       if (!doc)
//           return r.error(404, QStringLiteral("No such thing."));
//       return SandboxResponse::json(doc->json);
//   });
//   if (!server.start())
//       qFatal("%s", qPrintable(server.errorString()));

#include "CallStats.h"
#include "FaultInjector.h"
#include "RateLimiter.h"
#include "SandboxClock.h"
#include "SandboxOptions.h"
#include "SandboxRouter.h"
#include "SandboxStore.h"
#include "SandboxUsers.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QUrl>

#include <memory>

namespace odag::sandbox {

class HttpFrontend;
class RequestPipeline;

class SandboxServer : public QObject
{
    Q_OBJECT
public:
    explicit SandboxServer(SandboxOptions options = {}, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Opens the store, loads users and faults, seeds the demo data when asked, and
    // listens. Returns false with errorString() set when any step fails.
    bool start();
    // Closes every connection and the database. start() may be called again.
    void stop();
    bool isListening() const;
    QString errorString() const { return m_error; }

    quint16 port() const { return m_port; }
    QUrl baseUrl() const; // http://127.0.0.1:PORT (https with TLS)
    bool usesTls() const { return m_tls; }
    const SandboxOptions &options() const { return m_options; }

    SandboxRouter &router() { return m_router; }
    SandboxStore &store() { return m_store; }
    SandboxUsers &users() { return m_users; }
    SandboxClock &clock() { return *m_clock; }
    RateLimiter &rateLimiter() { return m_rateLimiter; }
    FaultInjector &faults() { return m_faults; }
    CallStats &stats() { return m_stats; }

    QDateTime startedAt() const { return m_startedAt; }    // simulated time
    qint64 uptimeMs() const { return m_uptime.elapsed(); } // real time
    qint64 callsServed() const { return m_callsServed; }

Q_SIGNALS:
    // After each answer left (status 0: dropped on purpose or the client was gone).
    void requestFinished(const QByteArray &method, const QString &path, int status);

private:
    friend class RequestPipeline;
    bool fail(const QString &message);
    bool loadUsers();
    void registerBuiltInRoutes();
    bool setUpTls();

    SandboxOptions m_options;
    SandboxRouter m_router;
    SandboxStore m_store;
    SandboxUsers m_users;
    SandboxClock *m_clock;
    RateLimiter m_rateLimiter;
    FaultInjector m_faults;
    CallStats m_stats;
    RequestPipeline *m_pipeline;
    std::unique_ptr<HttpFrontend> m_http;
    quint16 m_port = 0;
    bool m_tls = false;
    QString m_error;
    QDateTime m_startedAt;
    QElapsedTimer m_uptime;
    qint64 m_callsServed = 0;
};

} // namespace odag::sandbox
