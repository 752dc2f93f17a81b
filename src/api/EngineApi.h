#pragma once

// EngineApi: the Associative Engine's own REST calls (seed 004): liveness, the health
// figures and the open websocket sessions. The tenant serves them under /engine; they
// are not rate limited. The engine's app operations live under /api/v1/apps and are
// AppsApi's and AppDataApi's.

#include "JsonCall.h"
#include "core/Engine.h"

namespace odag::api {

class EngineApi
{
public:
    explicit EngineApi(Transport &transport)
        : m_transport(transport)
    {}

    // GET /engine/health  (health, Unmetered). 200 gives Healthy, 429 Busy, any other
    // HTTP status Unhealthy; only a failure to get an answer at all is an error. The
    // transport waits out a 429 before giving it up, up to its max429Retries.
    PendingCall *health(QObject *context, Callback<EngineHealth> done);
    // GET /engine/healthcheck  (healthcheck, Unmetered)
    PendingCall *healthcheck(QObject *context, Callback<HealthcheckStatus> done);
    // GET /engine/sessions  (sessions, Unmetered)
    PendingCall *sessions(QObject *context, Callback<EngineSessionList> done);

private:
    Transport &m_transport;
};

} // namespace odag::api
