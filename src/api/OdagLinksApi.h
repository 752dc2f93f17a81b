#pragma once

// OdagLinksApi: the typed calls of Qlik Cloud's analytics/odag-links API (seed 002):
// list, create, read and update links, the link-create permission, selection-app link
// usages, and the requests of a link (list and submit).

#include "JsonCall.h"
#include "core/OdagLink.h"
#include "core/OdagRequest.h"
#include "core/OdagTenant.h"

namespace odag::api {

// Query of GET /odag-links. Unset members are not sent.
struct LinkListQuery
{
    std::optional<bool> includeCharts;
    QString selectionAppId; // sent as `selectionAppID`
    std::optional<LinkType> type;
    QString optOwner; // owner user ID
};

// Query of GET/PUT/POST on one link.
struct LinkQuery
{
    std::optional<bool> includeCharts;
};

// Query of GET /odag-links/{id}/requests.
struct LinkRequestsQuery
{
    std::optional<bool> pending;
    QString selectionAppId;
    QString selectionAppSheet;
    QString clientContextHandle;
};

// Query of GET /odag-links/cancreate.
struct CanCreateQuery
{
    std::optional<bool>
        optDenyIfSelAppNotUpdatable; // ignored by the service without optSelectAppId
    QString optSelectAppId;
    QString optTemplateAppId;
};

// Query of POST /odag-links/selection-app-link-usages. selAppId is required.
struct LinkUsagesQuery
{
    QString selAppId;
    std::optional<LinkType> type;
    std::optional<bool> includeCharts;
};

class OdagLinksApi
{
public:
    explicit OdagLinksApi(Transport &transport)
        : m_transport(transport)
    {
    }

    // GET /api/analytics/odag-links  (getOdagLinks, Tier 1)
    PendingCall *listLinks(const LinkListQuery &query, QObject *context,
                           Callback<QList<LinkStateFull>> done);
    // POST /api/analytics/odag-links  (createOdagLink, Tier 2)
    PendingCall *createLink(const LinkAddPayload &payload, const LinkQuery &query, QObject *context,
                            Callback<LinkStateFull> done);
    // GET /api/analytics/odag-links/cancreate  (getOdagLinkCreatePermission, Tier 1)
    PendingCall *canCreate(const CanCreateQuery &query, QObject *context,
                           Callback<CanCreateLinks> done);
    // POST /api/analytics/odag-links/selection-app-link-usages  (getOdagLinksSelectionAppUsages,
    // Tier 2)
    PendingCall *selectionAppLinkUsages(const LinkUsagesQuery &query,
                                        const SelAppLinkUsagePayload &payload, QObject *context,
                                        Callback<QList<LinkStateRef>> done);
    // GET /api/analytics/odag-links/{linkId}  (getOdagLink, Tier 1)
    PendingCall *getLink(const QString &linkId, QObject *context, Callback<LinkStateFull> done);
    PendingCall *getLink(const QString &linkId, const LinkQuery &query, QObject *context,
                         Callback<LinkStateFull> done);
    // PUT /api/analytics/odag-links/{linkId}  (updateOdagLink, Tier 2)
    // A status change (statusSetting set) is not resent after a lost answer: a repeated
    // decommission fails. Any other update is a full replacement and is resent.
    PendingCall *updateLink(const QString &linkId, const LinkPutPayload &payload,
                            const LinkQuery &query, QObject *context, Callback<LinkStateFull> done);
    // GET /api/analytics/odag-links/{linkId}/requests  (getOdagLinkRequests, Tier 1)
    PendingCall *listLinkRequests(const QString &linkId, const LinkRequestsQuery &query,
                                  QObject *context, Callback<QList<RequestObject>> done);
    // POST /api/analytics/odag-links/{linkId}/requests  (createOdagLinkRequest, Tier 2)
    PendingCall *submitRequest(const QString &linkId, const RequestPostPayload &payload,
                               QObject *context, Callback<RequestObject> done);

    static QString linksPath();
    static QString linkPath(const QString &linkId);

private:
    Transport &m_transport;
};

} // namespace odag::api
