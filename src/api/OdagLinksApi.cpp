#include "OdagLinksApi.h"

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

QString OdagLinksApi::linksPath()
{
    return QStringLiteral("/api/analytics/odag-links");
}

QString OdagLinksApi::linkPath(const QString &linkId)
{
    return linksPath() + QLatin1Char('/') + pathSegment(linkId);
}

PendingCall *OdagLinksApi::listLinks(const LinkListQuery &query, QObject *context,
                                     Callback<QList<LinkStateFull>> done)
{
    RequestSpec s = spec("GET", linksPath(), Tier::Tier1);
    urlquery::add(s.query, "includeCharts", query.includeCharts);
    urlquery::add(s.query, "selectionAppID", query.selectionAppId);
    urlquery::add(s.query, "type", query.type);
    urlquery::add(s.query, "optOwner", query.optOwner);
    return sendJson(m_transport, std::move(s), context, std::move(done));
}

PendingCall *OdagLinksApi::createLink(const LinkAddPayload &payload, const LinkQuery &query,
                                      QObject *context, Callback<LinkStateFull> done)
{
    RequestSpec s = spec("POST", linksPath(), Tier::Tier2);
    urlquery::add(s.query, "includeCharts", query.includeCharts);
    s.body = jsonBody(payload);
    // A resent create would make a second link.
    s.idempotent = false;
    return sendJson(m_transport, std::move(s), context, std::move(done));
}

PendingCall *OdagLinksApi::canCreate(const CanCreateQuery &query, QObject *context,
                                     Callback<CanCreateLinks> done)
{
    RequestSpec s = spec("GET", linksPath() + QStringLiteral("/cancreate"), Tier::Tier1);
    urlquery::add(s.query, "optDenyIfSelAppNotUpdatable", query.optDenyIfSelAppNotUpdatable);
    urlquery::add(s.query, "optSelectAppId", query.optSelectAppId);
    urlquery::add(s.query, "optTemplateAppId", query.optTemplateAppId);
    return sendJson(m_transport, std::move(s), context, std::move(done));
}

PendingCall *OdagLinksApi::selectionAppLinkUsages(const LinkUsagesQuery &query,
                                                  const SelAppLinkUsagePayload &payload,
                                                  QObject *context,
                                                  Callback<QList<LinkStateRef>> done)
{
    RequestSpec s =
        spec("POST", linksPath() + QStringLiteral("/selection-app-link-usages"), Tier::Tier2);
    s.query.addQueryItem(QStringLiteral("selAppId"), query.selAppId);
    urlquery::add(s.query, "type", query.type);
    urlquery::add(s.query, "includeCharts", query.includeCharts);
    s.body = jsonBody(payload);
    // It registers the same set of links again and answers the same: safe to resend.
    s.idempotent = true;
    return sendJson(m_transport, std::move(s), context, std::move(done));
}

PendingCall *OdagLinksApi::getLink(const QString &linkId, QObject *context,
                                   Callback<LinkStateFull> done)
{
    return getLink(linkId, LinkQuery{}, context, std::move(done));
}

PendingCall *OdagLinksApi::getLink(const QString &linkId, const LinkQuery &query, QObject *context,
                                   Callback<LinkStateFull> done)
{
    RequestSpec s = spec("GET", linkPath(linkId), Tier::Tier1);
    urlquery::add(s.query, "includeCharts", query.includeCharts);
    return sendJson(m_transport, std::move(s), context, std::move(done));
}

PendingCall *OdagLinksApi::updateLink(const QString &linkId, const LinkPutPayload &payload,
                                      const LinkQuery &query, QObject *context,
                                      Callback<LinkStateFull> done)
{
    RequestSpec s = spec("PUT", linkPath(linkId), Tier::Tier2);
    urlquery::add(s.query, "includeCharts", query.includeCharts);
    s.body = jsonBody(payload);
    // A full replacement resent after a lost answer ends in the same state (or in a 409
    // when it carries the modifiedDate the first attempt already changed: a conflict is
    // shown, nothing is overwritten). A status change is an action: a second
    // decommission fails.
    s.idempotent = !payload.statusSetting.has_value();
    return sendJson(m_transport, std::move(s), context, std::move(done));
}

PendingCall *OdagLinksApi::listLinkRequests(const QString &linkId, const LinkRequestsQuery &query,
                                            QObject *context, Callback<QList<RequestObject>> done)
{
    RequestSpec s = spec("GET", linkPath(linkId) + QStringLiteral("/requests"), Tier::Tier1);
    urlquery::add(s.query, "pending", query.pending);
    urlquery::add(s.query, "selectionAppId", query.selectionAppId);
    urlquery::add(s.query, "selectionAppSheet", query.selectionAppSheet);
    urlquery::add(s.query, "clientContextHandle", query.clientContextHandle);
    return sendJson(m_transport, std::move(s), context, std::move(done));
}

PendingCall *OdagLinksApi::submitRequest(const QString &linkId, const RequestPostPayload &payload,
                                         QObject *context, Callback<RequestObject> done)
{
    RequestSpec s = spec("POST", linkPath(linkId) + QStringLiteral("/requests"), Tier::Tier2);
    s.body = jsonBody(payload);
    // A resent submit would queue a second generation.
    s.idempotent = false;
    return sendJson(m_transport, std::move(s), context, std::move(done));
}

} // namespace odag::api
