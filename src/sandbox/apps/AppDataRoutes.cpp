#include "AppDataModel.h"
#include "AppRoutes.h"
#include "AppsCommon.h"
#include "MemoryPager.h"
#include "SandboxApps.h"
#include "ScriptModel.h"
#include "SpaceAccess.h"

#include "core/AppData.h"
#include "sandbox/SandboxServer.h"

#include <algorithm>

namespace odag::sandbox {

namespace {

const RouteOptions kRead{Tier::Tier1};
const RouteOptions kWrite{Tier::Tier2};

class AppDataRoutes
{
    Q_DECLARE_TR_FUNCTIONS(odag::sandbox::AppDataRoutes)
public:
    explicit AppDataRoutes(SandboxServer &server)
        : m_server(server)
        , m_apps(server)
    {}

    SandboxResponse metadata(const SandboxRequest &r) const;
    SandboxResponse lineage(const SandboxRequest &r) const;
    SandboxResponse scripts(const SandboxRequest &r) const;
    SandboxResponse setScript(const SandboxRequest &r) const;
    SandboxResponse script(const SandboxRequest &r) const;
    SandboxResponse deleteScript(const SandboxRequest &r) const;
    SandboxResponse reloadLogs(const SandboxRequest &r) const;
    SandboxResponse reloadLog(const SandboxRequest &r) const;

private:
    QString appId(const SandboxRequest &r) const { return r.param(QStringLiteral("appId")); }
    // The app's script version of the path ("current" or an ID), or the 404.
    Result<QJsonObject, SandboxResponse> version(const SandboxRequest &r) const;

    SandboxServer &m_server;
    mutable SandboxApps m_apps;
};

SandboxResponse AppDataRoutes::metadata(const SandboxRequest &r) const
{
    const auto app = apps::accessibleApp(m_server, r, appId(r), QStringLiteral("read"));
    if (!app)
        return app.error();
    const QString usage = app->value(QStringLiteral("usage")).toString(QStringLiteral("ANALYTICS"));
    // The model is what the last successful load built, not what the script says now.
    const auto loaded = m_apps.loadedScript(appId(r));
    if (!loaded)
        return SandboxResponse::json(emptyDataModelMetadata(usage));
    QJsonObject meta = dataModelMetadata(parseScript(*loaded), usage);
    meta.insert(QStringLiteral("has_section_access"),
                meta.value(QStringLiteral("has_section_access")).toBool() ||
                    app->value(QStringLiteral("hasSectionAccess")).toBool());
    return SandboxResponse::json(meta);
}

SandboxResponse AppDataRoutes::lineage(const SandboxRequest &r) const
{
    const auto app = apps::accessibleApp(m_server, r, appId(r), QStringLiteral("read"));
    if (!app)
        return app.error();
    const auto loaded = m_apps.loadedScript(appId(r));
    if (!loaded)
        return SandboxResponse::json(QJsonArray());
    return SandboxResponse::json(dataLineage(parseScript(*loaded)));
}

SandboxResponse AppDataRoutes::scripts(const SandboxRequest &r) const
{
    const auto app = apps::accessibleApp(m_server, r, appId(r), QStringLiteral("read"));
    if (!app)
        return app.error();
    MemoryList list;
    list.name = QStringLiteral("scripts:") + appId(r);
    list.sortField = QStringLiteral("modifiedDate");
    list.descending = true; // latest first, as the service lists them
    list.defaultLimit = 100;
    const QList<StoredDocument> docs = m_server.store().all(apps::collection(apps::kAppScripts));
    for (const StoredDocument &d : docs) {
        if (d.json.value(QStringLiteral("appId")).toString() == appId(r))
            list.documents.append(d);
    }
    // The service pages this list with `page` (one cursor for either direction).
    QUrlQuery paging;
    if (r.hasQueryValue(QStringLiteral("limit")))
        paging.addQueryItem(QStringLiteral("limit"), r.queryValue(QStringLiteral("limit")));
    if (r.hasQueryValue(QStringLiteral("page")))
        paging.addQueryItem(QStringLiteral("next"), r.queryValue(QStringLiteral("page")));
    const auto page = pageInMemory(paging, list);
    if (!page)
        return r.error(400, page.error());
    QJsonArray scripts;
    for (const StoredDocument &d : page->items) {
        QJsonObject meta{
            {QStringLiteral("scriptId"), d.json.value(QStringLiteral("id"))},
            {QStringLiteral("modifiedTime"), d.json.value(QStringLiteral("modifiedDate"))},
            {QStringLiteral("modifierId"), d.json.value(QStringLiteral("createdBy"))},
            {QStringLiteral("size"),
             qint64(d.json.value(QStringLiteral("script")).toString().toUtf8().size())}};
        const QString message = d.json.value(QStringLiteral("versionMessage")).toString();
        if (!message.isEmpty())
            meta.insert(QStringLiteral("versionMessage"), message);
        scripts.append(meta);
    }
    QJsonObject links;
    const auto href = [&r](const QString &cursor) {
        QUrl u = r.url;
        QUrlQuery q(u);
        q.removeAllQueryItems(QStringLiteral("page"));
        q.addQueryItem(QStringLiteral("page"), cursor);
        u.setQuery(q);
        return QJsonObject{{QStringLiteral("href"), u.toString(QUrl::FullyEncoded)}};
    };
    if (!page->next.isEmpty())
        links.insert(QStringLiteral("next"), href(page->next));
    if (!page->prev.isEmpty())
        links.insert(QStringLiteral("prev"), href(page->prev));
    QStringList privileges;
    const QStringList app_privileges = SpaceAccess(m_server).appPrivileges(*app, *r.user);
    privileges.append(QStringLiteral("read"));
    if (app_privileges.contains(QStringLiteral("update"))) {
        privileges.append(QStringLiteral("update"));
        privileges.append(QStringLiteral("delete"));
    }
    return SandboxResponse::json(
        QJsonObject{{QStringLiteral("scripts"), scripts},
                    {QStringLiteral("links"), links},
                    {QStringLiteral("privileges"), QJsonArray::fromStringList(privileges)}});
}

SandboxResponse AppDataRoutes::setScript(const SandboxRequest &r) const
{
    const auto app = apps::accessibleApp(m_server, r, appId(r), QStringLiteral("update"));
    if (!app)
        return app.error();
    auto body = decodeBody<AppScriptSet>(r);
    if (!body)
        return body.error();
    if (!m_apps.setScript(appId(r), body->script, r.user->id,
                          body->versionMessage.value_or(QString())))
        return apps::storeFailure(r, m_server);
    return SandboxResponse{}; // 200 without a body, as the service answers
}

Result<QJsonObject, SandboxResponse> AppDataRoutes::version(const SandboxRequest &r) const
{
    const QString id = r.param(QStringLiteral("scriptId"));
    const QList<QJsonObject> versions = m_apps.scriptVersions(appId(r));
    if (id == QLatin1StringView("current")) {
        if (versions.isEmpty())
            return QJsonObject{{QStringLiteral("script"), QString()}};
        return versions.first();
    }
    for (const QJsonObject &v : versions) {
        if (v.value(QStringLiteral("id")).toString() == id)
            return v;
    }
    return apps::notFound(r, tr("script version"), id);
}

SandboxResponse AppDataRoutes::script(const SandboxRequest &r) const
{
    const auto app = apps::accessibleApp(m_server, r, appId(r), QStringLiteral("read"));
    if (!app)
        return app.error();
    const auto v = version(r);
    if (!v)
        return v.error();
    QJsonObject out{{QStringLiteral("script"), v->value(QStringLiteral("script")).toString()}};
    const QString message = v->value(QStringLiteral("versionMessage")).toString();
    if (!message.isEmpty())
        out.insert(QStringLiteral("versionMessage"), message);
    return SandboxResponse::json(out);
}

SandboxResponse AppDataRoutes::deleteScript(const SandboxRequest &r) const
{
    const auto app = apps::accessibleApp(m_server, r, appId(r), QStringLiteral("update"));
    if (!app)
        return app.error();
    const auto v = version(r);
    if (!v)
        return v.error();
    const QList<QJsonObject> versions = m_apps.scriptVersions(appId(r));
    const QString id = v->value(QStringLiteral("id")).toString();
    if (versions.isEmpty() || versions.first().value(QStringLiteral("id")).toString() == id)
        return r.error(400, tr("The current version of the script cannot be deleted."));
    if (!m_server.store().remove(apps::collection(apps::kAppScripts), id))
        return apps::storeFailure(r, m_server);
    return SandboxResponse{};
}

SandboxResponse AppDataRoutes::reloadLogs(const SandboxRequest &r) const
{
    const auto app = apps::accessibleApp(m_server, r, appId(r), QStringLiteral("read"));
    if (!app)
        return app.error();
    QList<QJsonObject> finished;
    const QList<StoredDocument> docs = m_server.store().all(apps::collection(apps::kReloads));
    for (const StoredDocument &d : docs) {
        const QString status = d.json.value(QStringLiteral("status")).toString();
        if (d.json.value(QStringLiteral("appId")).toString() == appId(r) &&
            !d.json.value(QStringLiteral("endTime")).toString().isEmpty() &&
            (status == QLatin1StringView("SUCCEEDED") || status == QLatin1StringView("FAILED") ||
             status == QLatin1StringView("CANCELED")))
            finished.append(d.json);
    }
    std::sort(finished.begin(), finished.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(QStringLiteral("endTime")).toString() >
               b.value(QStringLiteral("endTime")).toString();
    });
    QJsonArray data;
    for (const QJsonObject &reload : finished) {
        const QString id = reload.value(QStringLiteral("id")).toString();
        const QDateTime start = QDateTime::fromString(
            reload.value(QStringLiteral("startTime")).toString(), Qt::ISODateWithMs);
        const QDateTime end = QDateTime::fromString(
            reload.value(QStringLiteral("endTime")).toString(), Qt::ISODateWithMs);
        data.append(QJsonObject{
            {QStringLiteral("reloadId"), id},
            {QStringLiteral("endTime"), reload.value(QStringLiteral("endTime"))},
            {QStringLiteral("success"),
             reload.value(QStringLiteral("status")).toString() == QLatin1StringView("SUCCEEDED")},
            {QStringLiteral("duration"), start.isValid() ? start.msecsTo(end) : 0},
            {QStringLiteral("links"),
             QJsonObject{
                 {QStringLiteral("log"), r.absoluteUrl(QStringLiteral("/api/v1/apps/") + appId(r) +
                                                       QStringLiteral("/reloads/logs/") + id)
                                             .toString()}}}});
    }
    return SandboxResponse::json(QJsonObject{{QStringLiteral("data"), data}});
}

SandboxResponse AppDataRoutes::reloadLog(const SandboxRequest &r) const
{
    const auto app = apps::accessibleApp(m_server, r, appId(r), QStringLiteral("read"));
    if (!app)
        return app.error();
    const QString id = r.param(QStringLiteral("reloadId"));
    const auto reload = m_server.store().get(apps::collection(apps::kReloads), id);
    if (!reload || reload->json.value(QStringLiteral("appId")).toString() != appId(r))
        return apps::notFound(r, tr("reload log"), id);
    // The detailed script log; the record's `log` is the shorter progress log.
    QString text = reload->json.value(QStringLiteral("sandbox"))
                       .toObject()
                       .value(QStringLiteral("scriptLog"))
                       .toString();
    if (text.isEmpty())
        text = reload->json.value(QStringLiteral("log")).toString();
    return SandboxResponse::bytes(text.toUtf8(), QByteArrayLiteral("text/plain; charset=UTF-8"));
}

} // namespace

void registerAppDataRoutes(SandboxServer &server)
{
    auto routes = std::make_shared<AppDataRoutes>(server);
    SandboxRouter &router = server.router();
    const auto bind = [routes](SandboxResponse (AppDataRoutes::*fn)(const SandboxRequest &) const) {
        return [routes, fn](const SandboxRequest &r) { return ((*routes).*fn)(r); };
    };
    const QString one = QStringLiteral("/api/v1/apps/{appId}");
    router.get(one + QStringLiteral("/data/metadata"), kRead, bind(&AppDataRoutes::metadata));
    router.get(one + QStringLiteral("/data/lineage"), kRead, bind(&AppDataRoutes::lineage));
    router.get(one + QStringLiteral("/scripts"), kRead, bind(&AppDataRoutes::scripts));
    router.post(one + QStringLiteral("/scripts"), kWrite, bind(&AppDataRoutes::setScript));
    router.get(one + QStringLiteral("/scripts/{scriptId}"), kRead, bind(&AppDataRoutes::script));
    router.del(one + QStringLiteral("/scripts/{scriptId}"), kWrite,
               bind(&AppDataRoutes::deleteScript));
    router.get(one + QStringLiteral("/reloads/logs"), kRead, bind(&AppDataRoutes::reloadLogs));
    router.get(one + QStringLiteral("/reloads/logs/{reloadId}"), kRead,
               bind(&AppDataRoutes::reloadLog));
}

} // namespace odag::sandbox
