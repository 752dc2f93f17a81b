#pragma once

// OdagRequestsApi: the typed calls of Qlik Cloud's analytics/odag-requests API (seed
// 000): a request's status and selections, the actions on it, and the generated app's
// delete, reload and rename. Requests are listed and submitted per link (OdagLinksApi).

#include "JsonCall.h"
#include "core/OdagRequest.h"

namespace odag::api {

// Flags of PUT /odag-requests/{id}?action=... Unset members are not sent.
struct RequestActionOptions
{
    std::optional<bool> autoAck;         // cancel: go on to canceledAck by itself
    std::optional<bool> delGenApp;       // cancel+autoAck, ackcancel, ackfailure: delete the app
    std::optional<bool> ignoreSucceeded; // cancel: no error if it succeeded meanwhile
};

class OdagRequestsApi
{
public:
    explicit OdagRequestsApi(Transport &transport)
        : m_transport(transport)
    {
    }

    // GET /api/analytics/odag-requests/{requestId}  (getOdagRequest / requestGetV2, Tier 1)
    PendingCall *getRequest(const QString &requestId, QObject *context,
                            Callback<RequestObject> done);
    // PUT /api/analytics/odag-requests/{requestId}?action=  (updateOdagRequest / requestActionV2,
    // Tier 2)
    PendingCall *performAction(const QString &requestId, RequestAction action,
                               const RequestActionOptions &options, QObject *context,
                               Callback<RequestObject> done);
    // DELETE /api/analytics/odag-requests/{requestId}/app  (deleteOdagRequestApp / deleteAppV2,
    // Tier 2)
    PendingCall *deleteGeneratedApp(const QString &requestId, QObject *context,
                                    Callback<Empty> done);
    // POST /api/analytics/odag-requests/{requestId}/reload-app  (createOdagRequestReloadApp /
    // reloadAppV2, Tier 2)
    PendingCall *reloadGeneratedApp(const QString &requestId, const ReloadAppPayload &payload,
                                    QObject *context, Callback<RequestObject> done);
    // POST /api/analytics/odag-requests/{requestId}/rename-app  (createOdagRequestRenameApp /
    // renameAppV2, Tier 2)
    PendingCall *renameGeneratedApp(const QString &requestId, const RenameAppPayload &payload,
                                    QObject *context, Callback<RequestObject> done);
    // GET /api/analytics/odag-requests/{requestId}/selections  (getOdagRequestSelections /
    // getSelectionsV2, Tier 1)
    PendingCall *getSelections(const QString &requestId, QObject *context,
                               Callback<SelectionState> done);

    static QString requestPath(const QString &requestId);

private:
    Transport &m_transport;
};

} // namespace odag::api
