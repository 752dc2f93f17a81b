#include "EngineRoutes.h"

#include "SandboxServer.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <ctime>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace odag::sandbox {

namespace {

struct MemoryFigures
{
    double committedMb = 0; // virtual size of the process
    double allocatedMb = 0; // resident set
    double freeMb = 0;      // memory available on the machine
};

// Read from /proc where it exists; zeros elsewhere (the figures are informative).
MemoryFigures memoryFigures()
{
    MemoryFigures m;
#ifdef Q_OS_LINUX
    const double pageMb = double(sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0);
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (statm.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> fields = statm.readAll().simplified().split(' ');
        if (fields.size() >= 2) {
            m.committedMb = fields.at(0).toDouble() * pageMb;
            m.allocatedMb = fields.at(1).toDouble() * pageMb;
        }
    }
    QFile meminfo(QStringLiteral("/proc/meminfo"));
    if (meminfo.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> lines = meminfo.readAll().split('\n');
        for (const QByteArray &line : lines) {
            if (line.startsWith("MemAvailable:")) {
                const QList<QByteArray> parts = line.simplified().split(' ');
                if (parts.size() >= 2)
                    m.freeMb = parts.at(1).toDouble() / 1024.0; // kB
            }
        }
    }
#endif
    return m;
}

double round1(double v)
{
    return std::round(v * 10.0) / 10.0;
}

struct Session
{
    QString userId;
    QString sessionId;
};

// One session per user whose last call is recent. The session ID is derived from the
// user's API key (never the key itself), so it is stable for a user.
QList<Session> activeSessions(SandboxServer &server)
{
    QList<Session> sessions;
    const QDateTime cutoff = server.clock().now().addSecs(-60 * kSessionIdleMinutes);
    const auto &lastSeen = server.users().lastSeen();
    for (auto it = lastSeen.cbegin(); it != lastSeen.cend(); ++it) {
        if (it.value() < cutoff)
            continue;
        const SandboxUser *user = server.users().findById(it.key());
        const QByteArray secret = user ? user->apiKey.toUtf8() : it.key().toUtf8();
        const QByteArray hash = QCryptographicHash::hash(QByteArray("sandbox-session:" + secret),
                                                         QCryptographicHash::Sha256);
        sessions.append({it.key(), QString::fromLatin1(hash.toHex().left(32))});
    }
    std::sort(sessions.begin(), sessions.end(),
              [](const Session &a, const Session &b) { return a.userId < b.userId; });
    return sessions;
}

SandboxResponse healthcheck(SandboxServer &server)
{
    const MemoryFigures mem = memoryFigures();
    const double uptimeSeconds = std::max(0.001, server.uptimeMs() / 1000.0);
    const double cpuSeconds = double(std::clock()) / CLOCKS_PER_SEC;
    const QList<Session> sessions = activeSessions(server);

    QJsonArray docs;
    const QList<StoredDocument> apps = server.store().all(QString::fromLatin1(kAppsCollection));
    for (const StoredDocument &app : apps)
        docs.append(app.id);

    const int everSeen = int(server.users().lastSeen().size());
    const QJsonObject status{
        {QStringLiteral("version"), QString::fromLatin1(kEngineVersion)},
        {QStringLiteral("started"), server.startedAt().toString(Qt::ISODate)},
        {QStringLiteral("mem"), QJsonObject{{QStringLiteral("committed"), round1(mem.committedMb)},
                                            {QStringLiteral("allocated"), round1(mem.allocatedMb)},
                                            {QStringLiteral("free"), round1(mem.freeMb)}}},
        {QStringLiteral("cpu"),
         // Share of the whole machine, as the engine reports it: never above 100 %.
         QJsonObject{{QStringLiteral("total"),
                      round1(std::min(100.0, 100.0 * cpuSeconds / uptimeSeconds / std::max(1, QThread::idealThreadCount())))}}},
        {QStringLiteral("session"), QJsonObject{{QStringLiteral("active"), int(sessions.size())},
                                                {QStringLiteral("total"), everSeen}}},
        {QStringLiteral("apps"), QJsonObject{{QStringLiteral("active_docs"), QJsonArray()},
                                             {QStringLiteral("loaded_docs"), docs},
                                             {QStringLiteral("in_memory_docs"), docs},
                                             {QStringLiteral("calls"), server.callsServed()},
                                             {QStringLiteral("selections"), 0}}},
        {QStringLiteral("users"),
         QJsonObject{{QStringLiteral("active"), int(sessions.size())},
                     {QStringLiteral("total"), int(server.users().all().size())}}},
        {QStringLiteral("cache"), QJsonObject{{QStringLiteral("hits"), 0},
                                              {QStringLiteral("lookups"), 0},
                                              {QStringLiteral("added"), 0},
                                              {QStringLiteral("replaced"), 0},
                                              {QStringLiteral("bytes_added"), 0}}},
        {QStringLiteral("saturated"), false}};
    return SandboxResponse::json(status);
}

SandboxResponse sessionList(SandboxServer &server)
{
    QJsonArray list;
    const QList<Session> sessions = activeSessions(server);
    for (const Session &s : sessions) {
        list.append(QJsonObject{{QStringLiteral("sessionid"), s.sessionId},
                                {QStringLiteral("userid"), s.userId},
                                {QStringLiteral("appid"), QString()},
                                {QStringLiteral("tenantid"), QString::fromLatin1(kTenantId)},
                                {QStringLiteral("ttl"), 0},
                                {QStringLiteral("state"), QStringLiteral("active")}});
    }
    return SandboxResponse::json(list);
}

} // namespace

void registerEngineRoutes(SandboxServer &server)
{
    SandboxRouter &router = server.router();
    router.get(QStringLiteral("/engine/health"),
               {Tier::Unmetered, RouteOptions::Auth::None, RouteOptions::Body::Json, 0},
               [](const SandboxRequest &) { return SandboxResponse::json(QJsonObject()); });
    router.get(QStringLiteral("/engine/healthcheck"), {Tier::Tier1},
               [&server](const SandboxRequest &) { return healthcheck(server); });
    router.get(QStringLiteral("/engine/sessions"), {Tier::Tier1},
               [&server](const SandboxRequest &) { return sessionList(server); });
}

} // namespace odag::sandbox
