#include "ReloadsApi.h"

#include "V1Request.h"

namespace odag::api {

QUrlQuery ReloadListQuery::toQuery() const
{
    QUrlQuery q;
    if (!appId.isEmpty())
        q.addQueryItem(QStringLiteral("appId"), appId);
    v1::addQuery(q, "filter", filter);
    v1::addQuery(q, "limit", limit);
    v1::addQuery(q, "log", log);
    v1::addQuery(q, "next", next);
    v1::addQuery(q, "prev", prev);
    v1::addQuery(q, "partial", partial);
    v1::addQuery(q, "sort", sort);
    return q;
}

PendingCall *ReloadsApi::listReloads(const ReloadListQuery &query, QObject *context,
                                     Callback<ReloadList> done)
{
    RequestSpec spec = v1::request("GET", QStringLiteral("/reloads"), Tier::Tier1);
    spec.query = query.toQuery();
    return sendJson<ReloadList>(m_transport, spec, context, std::move(done));
}

PendingCall *ReloadsApi::nextPage(const QString &href, QObject *context, Callback<ReloadList> done)
{
    return sendJson<ReloadList>(m_transport, v1::follow(href, Tier::Tier1), context,
                                std::move(done));
}

CursorPager *ReloadsApi::listAllReloads(const ReloadListQuery &query, QObject *context,
                                        CursorPager::Progress progress,
                                        Callback<QList<Reload>> done, int maxItems)
{
    RequestSpec spec = v1::request("GET", QStringLiteral("/reloads"), Tier::Tier1);
    spec.query = query.toQuery();
    return CursorPager::fetchAll<Reload>(m_transport, spec, context, std::move(progress),
                                         std::move(done), maxItems);
}

PendingCall *ReloadsApi::createReload(const ReloadCreate &reload, QObject *context,
                                      Callback<Reload> done)
{
    const RequestSpec spec =
        v1::withJson(v1::request("POST", QStringLiteral("/reloads"), Tier::Special), reload);
    return sendJson<Reload>(m_transport, spec, context, std::move(done));
}

PendingCall *ReloadsApi::getReload(const QString &reloadId, QObject *context, Callback<Reload> done)
{
    return sendJson<Reload>(
        m_transport,
        v1::request("GET", QStringLiteral("/reloads/") + pathSegment(reloadId), Tier::Tier1),
        context, std::move(done));
}

PendingCall *ReloadsApi::cancelReload(const QString &reloadId, QObject *context,
                                      Callback<CancelReloadResult> done)
{
    RequestSpec spec = v1::request("POST",
                                   QStringLiteral("/reloads/") + pathSegment(reloadId) +
                                       QStringLiteral("/actions/cancel"),
                                   Tier::Special);
    // Cancelling twice ends the same way (the second answers 204): safe to resend.
    spec.idempotent = true;
    return sendJson<RawResponse>(m_transport, spec, context,
                                 [done = std::move(done), spec](const ApiResult<RawResponse> &r) {
                                     if (!r.ok()) {
                                         done(r.error());
                                         return;
                                     }
                                     CancelReloadResult result;
                                     result.httpStatus = r.value().status;
                                     if (!r.value().body.trimmed().isEmpty()) {
                                         auto answer =
                                             json::decode<ReloadStatusAnswer>(r.value().body);
                                         if (!answer.ok()) {
                                             done(decodeFailure(answer.error(), r.value(), spec));
                                             return;
                                         }
                                         result.status = answer->status;
                                     }
                                     done(result);
                                 });
}

} // namespace odag::api
