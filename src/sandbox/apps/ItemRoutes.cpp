#include "AppRoutes.h"
#include "AppsCommon.h"
#include "MemoryPager.h"
#include "SandboxApps.h"
#include "SpaceAccess.h"

#include "sandbox/SandboxServer.h"

#include <QCryptographicHash>
#include <QHash>

namespace odag::sandbox {

namespace {

// Every app is an item of the hub catalogue. The item has its own ID (as on a real
// tenant, where item and app IDs differ), derived from the app ID so it is stable
// without a table of its own.
QString itemIdFor(const QString &appId)
{
    const QByteArray hash = QCryptographicHash::hash(
        QByteArray(QByteArray("sandbox-item:") + appId.toUtf8()), QCryptographicHash::Sha256);
    return QString::fromLatin1(hash.toHex().left(24));
}

class ItemRoutes
{
    Q_DECLARE_TR_FUNCTIONS(odag::sandbox::ItemRoutes)
public:
    explicit ItemRoutes(SandboxServer &server)
        : m_server(server)
        , m_access(server)
    {}

    SandboxResponse list(const SandboxRequest &r) const;
    SandboxResponse get(const SandboxRequest &r) const;

private:
    QJsonObject itemJson(const QJsonObject &app, const SandboxRequest &r, bool withActions,
                         const QHash<QString, QString> &reloadStatus) const;
    // App ID -> "ok" or "error" of its latest finished reload.
    QHash<QString, QString> lastReloadStatus() const;

    SandboxServer &m_server;
    SpaceAccess m_access;
};

QHash<QString, QString> ItemRoutes::lastReloadStatus() const
{
    QHash<QString, QString> status;
    QHash<QString, QString> endTimes;
    const QList<StoredDocument> reloads = m_server.store().all(apps::collection(apps::kReloads));
    for (const StoredDocument &d : reloads) {
        const QString s = d.json.value(QStringLiteral("status")).toString();
        if (s != QLatin1StringView("SUCCEEDED") && s != QLatin1StringView("FAILED"))
            continue;
        const QString appId = d.json.value(QStringLiteral("appId")).toString();
        const QString end = d.json.value(QStringLiteral("endTime")).toString();
        if (end >= endTimes.value(appId)) {
            endTimes.insert(appId, end);
            status.insert(appId, s == QLatin1StringView("SUCCEEDED") ? QStringLiteral("ok")
                                                                     : QStringLiteral("error"));
        }
    }
    return status;
}

QJsonObject ItemRoutes::itemJson(const QJsonObject &app, const SandboxRequest &r, bool withActions,
                                 const QHash<QString, QString> &reloadStatus) const
{
    const QString appId = app.value(QStringLiteral("id")).toString();
    const QString itemId = itemIdFor(appId);
    const QString ownerId = app.value(QStringLiteral("ownerId")).toString();
    const QString created = app.value(QStringLiteral("createdDate")).toString();
    const QString modified = app.value(QStringLiteral("modifiedDate")).toString();
    const QStringList privileges = m_access.appPrivileges(app, *r.user);
    const auto href = [&r](const QString &path) {
        return QJsonObject{{QStringLiteral("href"), r.absoluteUrl(path).toString()}};
    };
    QJsonObject links{
        {QStringLiteral("self"), href(QStringLiteral("/api/v1/items/") + itemId)},
        {QStringLiteral("open"), href(QStringLiteral("/sense/app/") + appId)},
        {QStringLiteral("collections"),
         href(QStringLiteral("/api/v1/items/") + itemId + QStringLiteral("/collections"))}};
    if (!app.value(QStringLiteral("thumbnail")).toString().isEmpty())
        links.insert(QStringLiteral("thumbnail"), href(QStringLiteral("/api/v1/apps/") + appId +
                                                       QStringLiteral("/media/thumbnail")));
    QJsonObject attributes = app;
    attributes.insert(QStringLiteral("_resourcetype"), QStringLiteral("app"));
    QJsonObject item{
        {QStringLiteral("id"), itemId},
        {QStringLiteral("name"), app.value(QStringLiteral("name"))},
        {QStringLiteral("description"), app.value(QStringLiteral("description"))},
        {QStringLiteral("resourceType"), QStringLiteral("app")},
        {QStringLiteral("resourceId"), appId},
        {QStringLiteral("resourceSubType"), QString()},
        {QStringLiteral("resourceAttributes"), attributes},
        {QStringLiteral("resourceCustomAttributes"), QJsonValue(QJsonValue::Null)},
        {QStringLiteral("resourceCreatedAt"), created},
        {QStringLiteral("resourceUpdatedAt"), modified},
        {QStringLiteral("createdAt"), created},
        {QStringLiteral("updatedAt"), modified},
        {QStringLiteral("creatorId"), ownerId},
        {QStringLiteral("updaterId"), ownerId},
        {QStringLiteral("ownerId"), ownerId},
        {QStringLiteral("tenantId"), QString::fromLatin1(kTenantId)},
        {QStringLiteral("isFavorited"), false},
        {QStringLiteral("collectionIds"), QJsonArray()},
        {QStringLiteral("meta"),
         QJsonObject{{QStringLiteral("actions"), QJsonArray::fromStringList(privileges)},
                     {QStringLiteral("collections"), QJsonArray()},
                     {QStringLiteral("isFavorited"), false},
                     {QStringLiteral("tags"), QJsonArray()}}},
        {QStringLiteral("links"), links}};
    if (withActions)
        item.insert(QStringLiteral("actions"), QJsonArray::fromStringList(privileges));
    const QString spaceId = app.value(QStringLiteral("spaceId")).toString();
    if (!spaceId.isEmpty())
        item.insert(QStringLiteral("spaceId"), spaceId);
    const QString reloaded = app.value(QStringLiteral("lastReloadTime")).toString();
    if (!reloaded.isEmpty())
        item.insert(QStringLiteral("resourceReloadEndTime"), reloaded);
    if (reloadStatus.contains(appId))
        item.insert(QStringLiteral("resourceReloadStatus"), reloadStatus.value(appId));
    const auto loaded = SandboxApps(m_server).loadedScript(appId);
    if (loaded) {
        // Sizes that grow with what the app loads, so a list sorts them sensibly.
        const qint64 file = 65536 + qint64(loaded->size()) * 48;
        item.insert(QStringLiteral("resourceSize"),
                    QJsonObject{{QStringLiteral("appFile"), file},
                                {QStringLiteral("appMemory"), file * 3}});
    }
    return item;
}

SandboxResponse ItemRoutes::list(const SandboxRequest &r) const
{
    // resourceType "app", "app,qvapp", "app[qvd,]": only apps live in the sandbox.
    bool wantsApps = true;
    const QStringList resourceTypes = apps::queryList(r, QStringLiteral("resourceType"));
    if (!resourceTypes.isEmpty()) {
        wantsApps = false;
        for (const QString &t : resourceTypes)
            wantsApps = wantsApps || t.section(QLatin1Char('['), 0, 0) == QLatin1StringView("app");
    }
    const QString resourceId = r.queryValue(QStringLiteral("resourceId"));
    QStringList resourceIds =
        r.queryValue(QStringLiteral("resourceIds")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if ((!resourceId.isEmpty() || !resourceIds.isEmpty()) && resourceTypes.isEmpty())
        return apps::fieldError(r, QStringLiteral("resourceType"),
                                tr("required when resourceId or resourceIds is given"));
    if (!resourceId.isEmpty())
        resourceIds.append(resourceId);
    const QString spaceId = r.queryValue(QStringLiteral("spaceId"));
    const QStringList spaceTypes = apps::queryList(r, QStringLiteral("spaceType"));
    const QString ownerId = r.queryValue(QStringLiteral("ownerId"));
    const QString notOwnerId = r.queryValue(QStringLiteral("notOwnerId"));
    const QString creator = r.queryValue(QStringLiteral("createdByUserId"));
    const QString name = r.queryValue(QStringLiteral("name"));
    const QString text = r.queryValue(QStringLiteral("query"));
    const QString itemId = r.queryValue(QStringLiteral("id"));
    const bool noActions = apps::queryBool(r, QStringLiteral("noActions")).value_or(false);

    MemoryList list;
    const QString sort = r.queryValue(QStringLiteral("sort")).trimmed();
    list.name = QStringLiteral("items:") + sort;
    list.sortField = QStringLiteral("createdDate");
    if (!sort.isEmpty()) {
        const bool desc = sort.startsWith(QLatin1Char('-'));
        const QString field = (desc || sort.startsWith(QLatin1Char('+'))) ? sort.mid(1) : sort;
        if (field == QLatin1StringView("createdAt"))
            list.sortField = QStringLiteral("createdDate");
        else if (field == QLatin1StringView("updatedAt") ||
                 field == QLatin1StringView("recentlyUsed"))
            list.sortField = QStringLiteral("modifiedDate");
        else if (field == QLatin1StringView("name"))
            list.sortField = QStringLiteral("name");
        else
            return apps::fieldError(
                r, QStringLiteral("sort"),
                tr("cannot sort by \"%1\"; use createdAt, updatedAt, recentlyUsed or name")
                    .arg(field));
        list.descending = desc;
    }

    if (wantsApps) {
        const QList<StoredDocument> docs = m_server.store().all(apps::collection(apps::kApps));
        QHash<QString, QString> spaceTypeOf;
        for (const QJsonObject &s : m_access.allSpaces())
            spaceTypeOf.insert(s.value(QStringLiteral("id")).toString(),
                               s.value(QStringLiteral("type")).toString());
        for (const StoredDocument &d : docs) {
            const QJsonObject &app = d.json;
            const QString appId = app.value(QStringLiteral("id")).toString();
            const QString appSpace = app.value(QStringLiteral("spaceId")).toString();
            const QString appOwner = app.value(QStringLiteral("ownerId")).toString();
            if (spaceId == QLatin1StringView("personal")) {
                // The caller's own personal space.
                if (!appSpace.isEmpty() || appOwner != r.user->id)
                    continue;
            } else if (!spaceId.isEmpty() && appSpace != spaceId) {
                continue;
            }
            if (!spaceTypes.isEmpty()) {
                const QString type =
                    appSpace.isEmpty() ? QStringLiteral("personal") : spaceTypeOf.value(appSpace);
                if (!spaceTypes.contains(type))
                    continue;
            }
            if (!ownerId.isEmpty() && appOwner != ownerId)
                continue;
            if (!notOwnerId.isEmpty() && appOwner == notOwnerId)
                continue;
            if (!creator.isEmpty() && appOwner != creator)
                continue;
            if (!resourceIds.isEmpty() && !resourceIds.contains(appId))
                continue;
            if (!itemId.isEmpty() && itemIdFor(appId) != itemId)
                continue;
            if (!name.isEmpty() &&
                !app.value(QStringLiteral("name")).toString().contains(name, Qt::CaseInsensitive))
                continue;
            if (!text.isEmpty() &&
                !app.value(QStringLiteral("name")).toString().contains(text, Qt::CaseInsensitive) &&
                !app.value(QStringLiteral("description"))
                     .toString()
                     .contains(text, Qt::CaseInsensitive))
                continue;
            if (!m_access.canOnApp(app, *r.user, QStringLiteral("read")))
                continue;
            list.documents.append(d);
        }
    }

    const auto page = pageInMemory(r.query, list);
    if (!page)
        return r.error(400, page.error());
    const QHash<QString, QString> status = lastReloadStatus();
    QJsonArray data;
    for (const StoredDocument &d : page->items)
        data.append(itemJson(d.json, r, !noActions, status));
    QJsonObject links = pageLinks(r.url, *page);
    links.insert(QStringLiteral("collection"),
                 QJsonObject{{QStringLiteral("href"),
                              r.absoluteUrl(QStringLiteral("/api/v1/collections")).toString()}});
    return SandboxResponse::json(
        QJsonObject{{QStringLiteral("data"), data}, {QStringLiteral("links"), links}});
}

SandboxResponse ItemRoutes::get(const SandboxRequest &r) const
{
    const QString id = r.param(QStringLiteral("itemId"));
    const QList<QJsonObject> all = SandboxApps(m_server).all();
    for (const QJsonObject &app : all) {
        if (itemIdFor(app.value(QStringLiteral("id")).toString()) != id)
            continue;
        if (!m_access.canOnApp(app, *r.user, QStringLiteral("read")))
            break;
        return SandboxResponse::json(itemJson(app, r, true, lastReloadStatus()));
    }
    return apps::notFound(r, tr("item"), id);
}

} // namespace

QString sandboxItemIdForApp(const QString &appId)
{
    return itemIdFor(appId);
}

void registerItemRoutes(SandboxServer &server)
{
    auto routes = std::make_shared<ItemRoutes>(server);
    server.router().get(QStringLiteral("/api/v1/items"), {Tier::Tier1},
                        [routes](const SandboxRequest &r) { return routes->list(r); });
    server.router().get(QStringLiteral("/api/v1/items/{itemId}"), {Tier::Tier1},
                        [routes](const SandboxRequest &r) { return routes->get(r); });
}

} // namespace odag::sandbox
