#pragma once

// Qlik Cloud items (GET /api/v1/items): the hub's catalogue of resources. The app lists
// apps through it (`resourceType=app`); `resourceId` is the app ID. Shapes from @qlik/api
// items.d.ts (no seed covers items); required there means required here, except
// `actions`, which the service omits when asked for `noActions`.

#include "Json.h"
#include "Paging.h"

namespace odag {

struct ItemTag
{
    QString id;
    QString name;
    QJsonObject extra;

    template <class V> static void fields(V &v)
    {
        v("id", &ItemTag::id);
        v("name", &ItemTag::name);
    }
    bool operator==(const ItemTag &) const = default;
};

// ItemMetaResponseBody
struct ItemMeta
{
    QStringList actions;
    QList<ItemTag> collections;
    bool isFavorited = false;
    QList<ItemTag> tags;
    QJsonObject extra;

    template <class V> static void fields(V &v)
    {
        v("actions", &ItemMeta::actions);
        v("collections", &ItemMeta::collections);
        v("isFavorited", &ItemMeta::isFavorited);
        v("tags", &ItemMeta::tags);
    }
    bool operator==(const ItemMeta &) const = default;
};

// ItemLinksResponseBody
struct ItemLinks
{
    std::optional<Href> collections;
    std::optional<Href> open;
    std::optional<Href> qvPlugin;
    std::optional<Href> self;
    std::optional<Href> thumbnail;
    QJsonObject extra;

    template <class V> static void fields(V &v)
    {
        v("collections", &ItemLinks::collections);
        v("open", &ItemLinks::open);
        v("qvPlugin", &ItemLinks::qvPlugin);
        v("self", &ItemLinks::self);
        v("thumbnail", &ItemLinks::thumbnail);
    }
    bool operator==(const ItemLinks &) const = default;
};

// ItemsResourceSizeResponseBody
struct ItemResourceSize
{
    std::optional<qint64> appFile;
    std::optional<qint64> appMemory;
    QJsonObject extra;

    template <class V> static void fields(V &v)
    {
        v("appFile", &ItemResourceSize::appFile);
        v("appMemory", &ItemResourceSize::appMemory);
    }
    bool operator==(const ItemResourceSize &) const = default;
};

// ItemResultResponseBody
struct Item
{
    std::optional<QStringList> actions;
    QStringList collectionIds;
    DateTime createdAt;
    std::optional<QString> creatorId;
    std::optional<QString> description;
    QString id;
    bool isFavorited = false;
    std::optional<QJsonObject> itemViews;
    ItemLinks links;
    ItemMeta meta;
    QString name;
    std::optional<QString> ownerId;
    QJsonValue resourceAttributes;
    DateTime resourceCreatedAt;
    QJsonValue resourceCustomAttributes;
    std::optional<QString> resourceId;
    std::optional<QString> resourceLink;
    std::optional<DateTime> resourceReloadEndTime;
    std::optional<QString> resourceReloadStatus;
    std::optional<ItemResourceSize> resourceSize;
    std::optional<QString> resourceSubType;
    QString resourceType;
    DateTime resourceUpdatedAt;
    std::optional<QString> spaceId;
    QString tenantId;
    std::optional<QString> thumbnailId;
    DateTime updatedAt;
    std::optional<QString> updaterId;
    QJsonObject extra;

    template <class V> static void fields(V &v)
    {
        v("actions", &Item::actions);
        v("collectionIds", &Item::collectionIds);
        v("createdAt", &Item::createdAt);
        v("creatorId", &Item::creatorId);
        v("description", &Item::description);
        v("id", &Item::id);
        v("isFavorited", &Item::isFavorited);
        v("itemViews", &Item::itemViews);
        v("links", &Item::links);
        v("meta", &Item::meta);
        v("name", &Item::name);
        v("ownerId", &Item::ownerId);
        v("resourceAttributes", &Item::resourceAttributes);
        v("resourceCreatedAt", &Item::resourceCreatedAt);
        v("resourceCustomAttributes", &Item::resourceCustomAttributes);
        v("resourceId", &Item::resourceId);
        v("resourceLink", &Item::resourceLink);
        v("resourceReloadEndTime", &Item::resourceReloadEndTime);
        v("resourceReloadStatus", &Item::resourceReloadStatus);
        v("resourceSize", &Item::resourceSize);
        v("resourceSubType", &Item::resourceSubType);
        v("resourceType", &Item::resourceType);
        v("resourceUpdatedAt", &Item::resourceUpdatedAt);
        v("spaceId", &Item::spaceId);
        v("tenantId", &Item::tenantId);
        v("thumbnailId", &Item::thumbnailId);
        v("updatedAt", &Item::updatedAt);
        v("updaterId", &Item::updaterId);
    }
    bool operator==(const Item &) const = default;

    bool isApp() const { return resourceType == QLatin1StringView("app"); }
    // The app ID of an app item (resourceId), else empty.
    QString appId() const { return isApp() ? resourceId.value_or(QString()) : QString(); }
    // A string member of resourceAttributes ("published", "usage"...), empty if absent.
    QJsonValue resourceAttribute(const QString &key) const
    {
        return resourceAttributes.toObject().value(key);
    }
    // resourceAttributes.published for apps.
    bool isPublished() const { return resourceAttribute(QStringLiteral("published")).toBool(); }
};

using ItemList = ListPage<Item>;

} // namespace odag
