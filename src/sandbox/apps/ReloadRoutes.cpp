#include "AppRoutes.h"
#include "AppsCommon.h"
#include "MemoryPager.h"
#include "ReloadRunner.h"
#include "SandboxApps.h"
#include "ScimFilter.h"
#include "SpaceAccess.h"

#include "core/Reloads.h"
#include "sandbox/SandboxServer.h"

namespace odag::sandbox {

namespace {

const QString kReloads = apps::collection(apps::kReloads);

class ReloadRoutes
{
    Q_DECLARE_TR_FUNCTIONS(odag::sandbox::ReloadRoutes)
public:
    explicit ReloadRoutes(SandboxServer &server)
        : m_server(server)
        , m_access(server)
    {}

    SandboxResponse list(const SandboxRequest &r) const;
    SandboxResponse create(const SandboxRequest &r) const;
    SandboxResponse get(const SandboxRequest &r) const;
    SandboxResponse cancel(const SandboxRequest &r) const;

private:
    ReloadRunner &runner() const { return ReloadRunner::of(m_server); }
    // The reload of the path when the caller may see it (its app readable), or the 404.
    Result<QJsonObject, SandboxResponse> visibleReload(const SandboxRequest &r) const;

    SandboxServer &m_server;
    SpaceAccess m_access;
};

Result<QJsonObject, SandboxResponse> ReloadRoutes::visibleReload(const SandboxRequest &r) const
{
    const QString id = r.param(QStringLiteral("reloadId"));
    const auto doc = m_server.store().get(kReloads, id);
    if (!doc)
        return apps::notFound(r, tr("reload"), id);
    if (!r.isAdmin()) {
        const auto app =
            SandboxApps(m_server).get(doc->json.value(QStringLiteral("appId")).toString());
        if (!app || !m_access.canOnApp(*app, *r.user, QStringLiteral("read")))
            return apps::notFound(r, tr("reload"), id);
    }
    return doc->json;
}

SandboxResponse ReloadRoutes::list(const SandboxRequest &r) const
{
    runner().ensureStarted();
    const QString appId = r.queryValue(QStringLiteral("appId"));
    if (appId.isEmpty() && !r.isAdmin())
        return apps::fieldError(r, QStringLiteral("appId"), json::missingMessage());
    if (!appId.isEmpty()) {
        const auto app = apps::accessibleApp(m_server, r, appId, QStringLiteral("read"));
        if (!app)
            return app.error();
    }
    const auto filter = parseScimFilter(
        r.queryValue(QStringLiteral("filter")),
        {QStringLiteral("status"), QStringLiteral("partial"), QStringLiteral("type")});
    if (!filter)
        return r.error(400, filter.error());
    const std::optional<bool> partial = apps::queryBool(r, QStringLiteral("partial"));
    const bool withLog = apps::queryBool(r, QStringLiteral("log")).value_or(false);

    MemoryList list;
    QString sort = r.queryValue(QStringLiteral("sort")).trimmed();
    if (sort.isEmpty())
        sort = QStringLiteral("-creationTime");
    list.descending = sort.startsWith(QLatin1Char('-'));
    list.sortField = (list.descending || sort.startsWith(QLatin1Char('+'))) ? sort.mid(1) : sort;
    static const QStringList sortable{QStringLiteral("creationTime"), QStringLiteral("status"),
                                      QStringLiteral("startTime"), QStringLiteral("endTime")};
    if (!sortable.contains(list.sortField))
        return apps::fieldError(r, QStringLiteral("sort"),
                                tr("cannot sort by \"%1\"; use creationTime, status, startTime or "
                                   "endTime")
                                    .arg(list.sortField));
    list.name = QStringLiteral("reloads:") + appId;

    SandboxApps appStore(m_server);
    QHash<QString, bool> readable;
    const QList<StoredDocument> docs = m_server.store().all(kReloads);
    for (const StoredDocument &d : docs) {
        const QString reloadApp = d.json.value(QStringLiteral("appId")).toString();
        if (!appId.isEmpty() && reloadApp != appId)
            continue;
        if (partial && d.json.value(QStringLiteral("partial")).toBool() != *partial)
            continue;
        if (!(*filter)(d.json))
            continue;
        if (appId.isEmpty() && !r.isAdmin()) {
            if (!readable.contains(reloadApp)) {
                const auto app = appStore.get(reloadApp);
                readable.insert(reloadApp,
                                app && m_access.canOnApp(*app, *r.user, QStringLiteral("read")));
            }
            if (!readable.value(reloadApp))
                continue;
        }
        list.documents.append(d);
    }
    return memoryPagedList(
        r, list,
        [&r, withLog](const StoredDocument &d) {
            return QJsonValue(ReloadRunner::answer(d.json, r, withLog));
        },
        false);
}

SandboxResponse ReloadRoutes::create(const SandboxRequest &r) const
{
    auto body = decodeBody<ReloadCreate>(r);
    if (!body)
        return body.error();
    if (body->appId.trimmed().isEmpty())
        return apps::fieldError(r, QStringLiteral("appId"), json::missingMessage());
    const auto app = apps::accessibleApp(m_server, r, body->appId, QStringLiteral("reload"));
    if (!app)
        return app.error();
    ReloadRunner::Request request;
    request.appId = body->appId;
    request.userId = r.user->id;
    request.partial = body->partial.value_or(false);
    request.weight = body->weight.value_or(1);
    if (body->variables) {
        for (const ReloadVariable &v : body->variables->list)
            request.variables.append({v.name, v.value});
    }
    const auto doc = runner().queue(request);
    if (!doc)
        return apps::storeFailure(r, m_server);
    return SandboxResponse::json(ReloadRunner::answer(*doc, r, true), 201);
}

SandboxResponse ReloadRoutes::get(const SandboxRequest &r) const
{
    runner().ensureStarted();
    const auto doc = visibleReload(r);
    if (!doc)
        return doc.error();
    return SandboxResponse::json(ReloadRunner::answer(*doc, r, true));
}

SandboxResponse ReloadRoutes::cancel(const SandboxRequest &r) const
{
    runner().ensureStarted();
    const auto doc = visibleReload(r);
    if (!doc)
        return doc.error();
    const QString id = doc->value(QStringLiteral("id")).toString();
    if (!r.isAdmin() && doc->value(QStringLiteral("userId")).toString() != r.user->id) {
        const auto app = SandboxApps(m_server).get(doc->value(QStringLiteral("appId")).toString());
        if (!app || !m_access.canOnApp(*app, *r.user, QStringLiteral("reload")))
            return apps::forbidden(r, tr("You may not cancel the reload %1.").arg(id));
    }
    switch (runner().cancel(id)) {
    case ReloadRunner::CancelOutcome::Accepted:
        return SandboxResponse::json(
            QJsonObject{{QStringLiteral("status"), QStringLiteral("CANCELING")}}, 202);
    case ReloadRunner::CancelOutcome::AlreadyCanceling:
        return SandboxResponse::noContent();
    case ReloadRunner::CancelOutcome::AlreadyFinal:
        return r.error(409, statusTitle(409),
                       tr("The reload %1 has ended (%2) and cannot be canceled.")
                           .arg(id, doc->value(QStringLiteral("status")).toString()),
                       QStringLiteral("RELOADS-409"));
    case ReloadRunner::CancelOutcome::NotFound:
        break;
    }
    return apps::notFound(r, tr("reload"), id);
}

} // namespace

void registerReloadRoutes(SandboxServer &server)
{
    ReloadRunner::of(server);
    auto routes = std::make_shared<ReloadRoutes>(server);
    SandboxRouter &router = server.router();
    router.get(QStringLiteral("/api/v1/reloads"), {Tier::Tier1},
               [routes](const SandboxRequest &r) { return routes->list(r); });
    router.post(QStringLiteral("/api/v1/reloads"), {Tier::Special},
                [routes](const SandboxRequest &r) { return routes->create(r); });
    router.get(QStringLiteral("/api/v1/reloads/{reloadId}"), {Tier::Tier1},
               [routes](const SandboxRequest &r) { return routes->get(r); });
    router.post(QStringLiteral("/api/v1/reloads/{reloadId}/actions/cancel"), {Tier::Special},
                [routes](const SandboxRequest &r) { return routes->cancel(r); });
}

} // namespace odag::sandbox
