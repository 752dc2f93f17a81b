#pragma once

// ItemsApi: the typed calls of /api/v1/items, the hub catalogue the app lists apps
// from (`resourceType=app`; an item's resourceId is the app ID).

#include "CursorPager.h"
#include "JsonCall.h"
#include "core/Items.h"

namespace odag::api {

// Query of GET /items; absent members are not sent.
struct ItemListQuery
{
    std::optional<QString> resourceType = QStringLiteral("app");
    std::optional<QString> spaceId; // "personal" for the personal space
    std::optional<int> limit;       // 1-100
    std::optional<QString> next;
    std::optional<QString> prev;
    std::optional<QString> sort; // "+name", "-updatedAt", "+createdAt"...
    std::optional<QString> name; // case-insensitive search in the name
    std::optional<QString> ownerId;
    std::optional<QString> resourceId; // one app: needs resourceType
    std::optional<bool> noActions;     // leave out `actions` (faster)

    QUrlQuery toQuery() const;
};

class ItemsApi
{
public:
    explicit ItemsApi(Transport &transport)
        : m_transport(transport)
    {}

    // GET /api/v1/items  (getItems, Tier 1)
    PendingCall *listItems(const ItemListQuery &query, QObject *context, Callback<ItemList> done);
    // GET links.next.href of an items page  (getItems, Tier 1)
    PendingCall *nextPage(const QString &href, QObject *context, Callback<ItemList> done);
    // GET /api/v1/items, every page  (getItems, Tier 1)
    CursorPager *listAllItems(const ItemListQuery &query, QObject *context,
                              CursorPager::Progress progress, Callback<QList<Item>> done,
                              int maxItems = -1);
    // GET /api/v1/items/{itemId}  (getItem, Tier 1)
    PendingCall *getItem(const QString &itemId, QObject *context, Callback<Item> done);

private:
    Transport &m_transport;
};

} // namespace odag::api
