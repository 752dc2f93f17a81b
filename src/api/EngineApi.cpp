#include "EngineApi.h"

namespace odag::api {

namespace {
RequestSpec engineRequest(const QString &path)
{
    RequestSpec spec;
    spec.path = QStringLiteral("/engine") + path;
    spec.tier = Tier::Unmetered;
    spec.errorFlavor = ErrorFlavor::ErrorResponse;
    return spec;
}
} // namespace

PendingCall *EngineApi::health(QObject *context, Callback<EngineHealth> done)
{
    RequestSpec spec = engineRequest(QStringLiteral("/health"));
    spec.retryOn429 = false; // 429 here means "alive but too busy": an answer to show
    return sendJson<Empty>(m_transport, std::move(spec), context,
                           [done = std::move(done)](const ApiResult<Empty> &r) {
                               if (r.ok()) {
                                   done(EngineHealth::Healthy);
                                   return;
                               }
                               const ApiError &e = r.error();
                               if (e.httpStatus > 0 && e.kind != ApiError::Kind::Decode) {
                                   done(engineHealthFromStatus(e.httpStatus));
                                   return;
                               }
                               done(e);
                           });
}

PendingCall *EngineApi::healthcheck(QObject *context, Callback<HealthcheckStatus> done)
{
    return sendJson<HealthcheckStatus>(m_transport, engineRequest(QStringLiteral("/healthcheck")),
                                       context, std::move(done));
}

PendingCall *EngineApi::sessions(QObject *context, Callback<EngineSessionList> done)
{
    return sendJson<EngineSessionList>(m_transport, engineRequest(QStringLiteral("/sessions")),
                                       context, std::move(done));
}

} // namespace odag::api
