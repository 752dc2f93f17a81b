#include "ItemsApi.h"

#include "V1Request.h"

namespace odag::api {

QUrlQuery ItemListQuery::toQuery() const
{
    QUrlQuery q;
    v1::addQuery(q, "resourceType", resourceType);
    v1::addQuery(q, "spaceId", spaceId);
    v1::addQuery(q, "limit", limit);
    v1::addQuery(q, "next", next);
    v1::addQuery(q, "prev", prev);
    v1::addQuery(q, "sort", sort);
    v1::addQuery(q, "name", name);
    v1::addQuery(q, "ownerId", ownerId);
    v1::addQuery(q, "resourceId", resourceId);
    v1::addQuery(q, "noActions", noActions);
    return q;
}

PendingCall *ItemsApi::listItems(const ItemListQuery &query, QObject *context,
                                 Callback<ItemList> done)
{
    RequestSpec spec = v1::request("GET", QStringLiteral("/items"), Tier::Tier1);
    spec.query = query.toQuery();
    return sendJson<ItemList>(m_transport, spec, context, std::move(done));
}

PendingCall *ItemsApi::nextPage(const QString &href, QObject *context, Callback<ItemList> done)
{
    return sendJson<ItemList>(m_transport, v1::follow(href, Tier::Tier1), context, std::move(done));
}

CursorPager *ItemsApi::listAllItems(const ItemListQuery &query, QObject *context,
                                    CursorPager::Progress progress, Callback<QList<Item>> done,
                                    int maxItems)
{
    RequestSpec spec = v1::request("GET", QStringLiteral("/items"), Tier::Tier1);
    spec.query = query.toQuery();
    return CursorPager::fetchAll<Item>(m_transport, spec, context, std::move(progress),
                                       std::move(done), maxItems);
}

PendingCall *ItemsApi::getItem(const QString &itemId, QObject *context, Callback<Item> done)
{
    return sendJson<Item>(
        m_transport,
        v1::request("GET", QStringLiteral("/items/") + pathSegment(itemId), Tier::Tier1), context,
        std::move(done));
}

} // namespace odag::api
