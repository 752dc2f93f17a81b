#pragma once

// The Qlik Associative Engine's own REST answers (seed 004): health check figures and
// the websocket sessions of one engine. Field names are the engine's snake_case.

#include "Json.h"

namespace odag {

enum class EngineSessionState
{
    Unknown,
    Active,
    Stalled
};

template <> struct EnumTraits<EngineSessionState>
{
    static constexpr std::array names{std::pair{EngineSessionState::Active, "active"},
                                      std::pair{EngineSessionState::Stalled, "stalled"}};
};

QString displayName(const OpenEnum<EngineSessionState> &state);

struct MemoryUsage
{
    std::optional<double> committed;
    std::optional<double> allocated;
    std::optional<double> free;
    QJsonObject extra;

    template <class V> static void fields(V &v)
    {
        v("committed", &MemoryUsage::committed);
        v("allocated", &MemoryUsage::allocated);
        v("free", &MemoryUsage::free);
    }
    bool operator==(const MemoryUsage &) const = default;
};

struct CPUUsage
{
    std::optional<double> total;
    QJsonObject extra;

    template <class V> static void fields(V &v) { v("total", &CPUUsage::total); }
    bool operator==(const CPUUsage &) const = default;
};

struct SessionUsage
{
    std::optional<qint64> active;
    std::optional<qint64> total;
    QJsonObject extra;

    template <class V> static void fields(V &v)
    {
        v("active", &SessionUsage::active);
        v("total", &SessionUsage::total);
    }
    bool operator==(const SessionUsage &) const = default;
};

struct AppUsage
{
    std::optional<QStringList> active_docs;
    std::optional<QStringList> loaded_docs;
    std::optional<QStringList> in_memory_docs;
    std::optional<qint64> calls;
    std::optional<qint64> selections;
    QJsonObject extra;

    template <class V> static void fields(V &v)
    {
        v("active_docs", &AppUsage::active_docs);
        v("loaded_docs", &AppUsage::loaded_docs);
        v("in_memory_docs", &AppUsage::in_memory_docs);
        v("calls", &AppUsage::calls);
        v("selections", &AppUsage::selections);
    }
    bool operator==(const AppUsage &) const = default;
};

struct UserUsage
{
    std::optional<qint64> active;
    std::optional<qint64> total;
    QJsonObject extra;

    template <class V> static void fields(V &v)
    {
        v("active", &UserUsage::active);
        v("total", &UserUsage::total);
    }
    bool operator==(const UserUsage &) const = default;
};

struct CacheUsage
{
    std::optional<qint64> hits;
    std::optional<qint64> lookups;
    std::optional<qint64> added;
    std::optional<qint64> replaced;
    std::optional<qint64> bytes_added;
    QJsonObject extra;

    template <class V> static void fields(V &v)
    {
        v("hits", &CacheUsage::hits);
        v("lookups", &CacheUsage::lookups);
        v("added", &CacheUsage::added);
        v("replaced", &CacheUsage::replaced);
        v("bytes_added", &CacheUsage::bytes_added);
    }
    bool operator==(const CacheUsage &) const = default;
};

// GET /healthcheck
struct HealthcheckStatus
{
    std::optional<QString> version;
    std::optional<QString> started; // the engine's own timestamp format: kept as text
    std::optional<MemoryUsage> mem;
    std::optional<CPUUsage> cpu;
    std::optional<SessionUsage> session;
    std::optional<AppUsage> apps;
    std::optional<UserUsage> users;
    std::optional<CacheUsage> cache;
    std::optional<bool> saturated;
    QJsonObject extra;

    template <class V> static void fields(V &v)
    {
        v("version", &HealthcheckStatus::version);
        v("started", &HealthcheckStatus::started);
        v("mem", &HealthcheckStatus::mem);
        v("cpu", &HealthcheckStatus::cpu);
        v("session", &HealthcheckStatus::session);
        v("apps", &HealthcheckStatus::apps);
        v("users", &HealthcheckStatus::users);
        v("cache", &HealthcheckStatus::cache);
        v("saturated", &HealthcheckStatus::saturated);
    }
    bool operator==(const HealthcheckStatus &) const = default;
};

// Session: one websocket session of GET /sessions.
struct EngineSession
{
    std::optional<QString> sessionid;
    std::optional<QString> userid;
    std::optional<QString> appid; // empty when no app is open on the socket
    std::optional<QString> tenantid;
    std::optional<qint64> ttl; // seconds kept alive without a client; 0 by default
    std::optional<OpenEnum<EngineSessionState>> state;
    QJsonObject extra;

    template <class V> static void fields(V &v)
    {
        v("sessionid", &EngineSession::sessionid);
        v("userid", &EngineSession::userid);
        v("appid", &EngineSession::appid);
        v("tenantid", &EngineSession::tenantid);
        v("ttl", &EngineSession::ttl);
        v("state", &EngineSession::state);
    }
    bool operator==(const EngineSession &) const = default;
};

using EngineSessionList = QList<EngineSession>;

// GET /health answers 200 when healthy, 429 when alive but saturated (with
// EnableLameDuckHealthCheck), anything else when unhealthy.
enum class EngineHealth
{
    Healthy,
    Busy,
    Unhealthy
};
EngineHealth engineHealthFromStatus(int httpStatus);
QString displayName(EngineHealth health);

} // namespace odag
