#include "OdagRequestsApi.h"

#include "OdagQuery.h"

namespace odag::api {

namespace {

RequestSpec spec(const QByteArray &method, const QString &path, Tier tier)
{
    RequestSpec s;
    s.method = method;
    s.path = path;
    s.tier = tier;
    s.errorFlavor = ErrorFlavor::ErrorV2;
    return s;
}

} // namespace

QString OdagRequestsApi::requestPath(const QString &requestId)
{
    return QStringLiteral("/api/analytics/odag-requests/") + pathSegment(requestId);
}

PendingCall *OdagRequestsApi::getRequest(const QString &requestId, QObject *context,
                                         Callback<RequestObject> done)
{
    return sendJson(m_transport, spec("GET", requestPath(requestId), Tier::Tier1), context,
                    std::move(done));
}

PendingCall *OdagRequestsApi::performAction(const QString &requestId, RequestAction action,
                                            const RequestActionOptions &options, QObject *context,
                                            Callback<RequestObject> done)
{
    RequestSpec s = spec("PUT", requestPath(requestId), Tier::Tier2);
    s.query.addQueryItem(QStringLiteral("action"), wireName(action));
    urlquery::add(s.query, "autoAck", options.autoAck);
    urlquery::add(s.query, "delGenApp", options.delGenApp);
    urlquery::add(s.query, "ignoreSucceeded", options.ignoreSucceeded);
    // An action moves the request on: repeated after a lost answer it meets the new
    // state (a second cancel of a canceled request, a resume of a running one) and
    // fails differently. The caller re-reads the request instead.
    s.idempotent = false;
    return sendJson(m_transport, std::move(s), context, std::move(done));
}

PendingCall *OdagRequestsApi::deleteGeneratedApp(const QString &requestId, QObject *context,
                                                 Callback<Empty> done)
{
    RequestSpec s = spec("DELETE", requestPath(requestId) + QStringLiteral("/app"), Tier::Tier2);
    // Resent after a lost 204 it answers 404 "app not found" for an app that was in fact
    // deleted; the caller re-reads the request instead.
    s.idempotent = false;
    return sendJson(m_transport, std::move(s), context, std::move(done));
}

PendingCall *OdagRequestsApi::reloadGeneratedApp(const QString &requestId,
                                                 const ReloadAppPayload &payload, QObject *context,
                                                 Callback<RequestObject> done)
{
    RequestSpec s =
        spec("POST", requestPath(requestId) + QStringLiteral("/reload-app"), Tier::Tier2);
    s.body = jsonBody(payload);
    // A second reload would run (or, with copyRequest, copy) again.
    s.idempotent = false;
    return sendJson(m_transport, std::move(s), context, std::move(done));
}

PendingCall *OdagRequestsApi::renameGeneratedApp(const QString &requestId,
                                                 const RenameAppPayload &payload, QObject *context,
                                                 Callback<RequestObject> done)
{
    RequestSpec s =
        spec("POST", requestPath(requestId) + QStringLiteral("/rename-app"), Tier::Tier2);
    s.body = jsonBody(payload);
    s.idempotent = false;
    return sendJson(m_transport, std::move(s), context, std::move(done));
}

PendingCall *OdagRequestsApi::getSelections(const QString &requestId, QObject *context,
                                            Callback<SelectionState> done)
{
    return sendJson(
        m_transport,
        spec("GET", requestPath(requestId) + QStringLiteral("/selections"), Tier::Tier1), context,
        std::move(done));
}

} // namespace odag::api
