#include "AppPackage.h"
#include "AppRoutes.h"
#include "AppsCommon.h"
#include "SandboxApps.h"
#include "SpaceAccess.h"

#include "sandbox/SandboxServer.h"

namespace odag::sandbox {

namespace {

// How long an exported file stays downloadable (simulated time), like the temporary
// content service's files.
constexpr qint64 kTempContentLifetimeSecs = 60 * 60;

const QString kTemp = apps::collection(apps::kTempContents);

class AppTransferRoutes
{
    Q_DECLARE_TR_FUNCTIONS(odag::sandbox::AppTransferRoutes)
public:
    explicit AppTransferRoutes(SandboxServer &server)
        : m_server(server)
        , m_apps(server)
        , m_access(server)
    {}

    SandboxResponse exportApp(const SandboxRequest &r) const;
    SandboxResponse download(const SandboxRequest &r) const;
    SandboxResponse importApp(const SandboxRequest &r) const;

private:
    void purgeExpired() const;
    // The stored temporary file the caller may read, or the answer refusing it.
    Result<QJsonObject, SandboxResponse> tempContent(const SandboxRequest &r,
                                                     const QString &id) const;
    Result<QString, SandboxResponse> createFrom(const SandboxRequest &r, const AppPackage &p,
                                                const QString &name, const QString &spaceId,
                                                bool autoreplace, bool keepData) const;

    SandboxServer &m_server;
    mutable SandboxApps m_apps;
    SpaceAccess m_access;
};

void AppTransferRoutes::purgeExpired() const
{
    const QString now = apps::isoNow(m_server);
    const QList<StoredDocument> docs = m_server.store().all(kTemp);
    for (const StoredDocument &d : docs) {
        if (d.json.value(QStringLiteral("expiresAt")).toString() < now)
            m_server.store().remove(kTemp, d.id);
    }
}

SandboxResponse AppTransferRoutes::exportApp(const SandboxRequest &r) const
{
    const QString appId = r.param(QStringLiteral("appId"));
    const auto app = apps::accessibleApp(m_server, r, appId, QStringLiteral("export"));
    if (!app)
        return app.error();
    // Real tenants read NoData from the query, seed 003 `noData` from the body.
    bool noData = apps::queryBool(r, QStringLiteral("NoData")).value_or(false);
    if (r.json.isObject()) {
        const QJsonValue v = r.json.toObject().value(QStringLiteral("noData"));
        if (!v.isUndefined() && !v.isBool())
            return apps::fieldError(r, QStringLiteral("noData"), json::expectedMessage("boolean"));
        noData = noData || v.toBool();
    }
    if (!noData && !m_access.canOnApp(*app, *r.user, QStringLiteral("exportdata")))
        return apps::forbidden(
            r, tr("You may export the app %1 only without its data (NoData).").arg(appId));
    purgeExpired();
    const auto bytes = packApp(m_server, appId, noData);
    if (!bytes)
        return apps::storeFailure(r, m_server);
    const QString id = SandboxApps::newId();
    const QDateTime now = m_server.clock().now();
    const QJsonObject doc{
        {QStringLiteral("id"), id},
        {QStringLiteral("appId"), appId},
        {QStringLiteral("name"),
         QString(app->value(QStringLiteral("name")).toString() + QStringLiteral(".qvf"))},
        {QStringLiteral("ownerId"), r.user->id},
        {QStringLiteral("createdAt"), apps::iso(now)},
        {QStringLiteral("expiresAt"), apps::iso(now.addSecs(kTempContentLifetimeSecs))},
        {QStringLiteral("size"), qint64(bytes->size())},
        {QStringLiteral("data"), QString::fromLatin1(bytes->toBase64())}};
    if (!m_server.store().put(kTemp, id, doc, r.user->id))
        return apps::storeFailure(r, m_server);
    SandboxResponse answer;
    answer.status = 201;
    answer.withHeader(QByteArrayLiteral("Location"),
                      QByteArrayLiteral("/api/v1/temp-contents/") + id.toLatin1());
    return answer;
}

Result<QJsonObject, SandboxResponse> AppTransferRoutes::tempContent(const SandboxRequest &r,
                                                                    const QString &id) const
{
    const auto doc = m_server.store().get(kTemp, id);
    if (!doc || doc->json.value(QStringLiteral("expiresAt")).toString() < apps::isoNow(m_server))
        return apps::notFound(r, tr("temporary file"), id);
    if (doc->json.value(QStringLiteral("ownerId")).toString() != r.user->id && !r.isAdmin())
        return apps::forbidden(r, tr("The temporary file %1 belongs to someone else.").arg(id));
    return doc->json;
}

SandboxResponse AppTransferRoutes::download(const SandboxRequest &r) const
{
    const auto doc = tempContent(r, r.param(QStringLiteral("id")));
    if (!doc)
        return doc.error();
    SandboxResponse answer = SandboxResponse::bytes(
        QByteArray::fromBase64(doc->value(QStringLiteral("data")).toString().toLatin1()),
        QByteArrayLiteral("application/octet-stream"));
    QString name = doc->value(QStringLiteral("name")).toString();
    name.replace(QLatin1Char('"'), QLatin1Char('\''));
    answer.withHeader(QByteArrayLiteral("Content-Disposition"),
                      QByteArrayLiteral("attachment; filename=\"") + name.toUtf8() + '"');
    return answer;
}

Result<QString, SandboxResponse>
AppTransferRoutes::createFrom(const SandboxRequest &r, const AppPackage &p, const QString &name,
                              const QString &spaceId, bool autoreplace, bool keepData) const
{
    const QString sourceId = p.app.value(QStringLiteral("id")).toString();
    const bool replacing = autoreplace && !sourceId.isEmpty() && m_apps.exists(sourceId);
    if (replacing) {
        const auto existing = apps::accessibleApp(m_server, r, sourceId, QStringLiteral("update"));
        if (!existing)
            return existing.error();
    }
    QString id;
    const bool ok = SandboxApps::atomically(m_server.store(), [&]() {
        if (replacing) {
            id = sourceId;
            QJsonObject doc = *m_apps.get(id);
            doc.insert(QStringLiteral("name"), name);
            doc.insert(QStringLiteral("description"), p.app.value(QStringLiteral("description")));
            if (!m_apps.update(id, doc) || !m_apps.removeMedia(id))
                return false;
            const QString script = p.scripts.isEmpty() ? QString() : p.scripts.last().script;
            if (!m_apps.setScript(id, script, r.user->id, tr("Imported")))
                return false;
        } else {
            SandboxApps::NewApp app;
            app.id = autoreplace ? sourceId : QString();
            app.name = name;
            app.description = p.app.value(QStringLiteral("description")).toString();
            app.spaceId = spaceId;
            app.ownerId = r.user->id;
            app.usage = p.app.value(QStringLiteral("usage")).toString(QStringLiteral("ANALYTICS"));
            app.script = p.scripts.isEmpty() ? QString() : p.scripts.first().script;
            const auto created = m_apps.create(app);
            if (!created)
                return false;
            id = created->value(QStringLiteral("id")).toString();
            for (qsizetype i = 1; i < p.scripts.size(); ++i) {
                if (!m_apps.setScript(id, p.scripts.at(i).script, r.user->id,
                                      p.scripts.at(i).versionMessage))
                    return false;
            }
        }
        QJsonObject doc = *m_apps.get(id);
        doc.insert(QStringLiteral("thumbnail"), p.app.value(QStringLiteral("thumbnail")));
        if (p.dataScript && !keepData) {
            if (!m_apps.setLoadedData(id, *p.dataScript, p.reloadedAt))
                return false;
            doc.insert(QStringLiteral("lastReloadTime"), apps::iso(p.reloadedAt));
        }
        for (const AppPackage::Media &m : p.media) {
            if (!m_apps.addMedia(id, m.path, m.contentType, m.bytes, r.user->id))
                return false;
        }
        return m_apps.update(id, doc);
    });
    if (!ok)
        return apps::storeFailure(r, m_server);
    return id;
}

SandboxResponse AppTransferRoutes::importApp(const SandboxRequest &r) const
{
    if (!SpaceAccess::mayCreateApps(*r.user))
        return apps::forbidden(r, tr("You may not import apps."));
    const QString mode = r.queryValue(QStringLiteral("mode")).trimmed().toLower();
    if (!mode.isEmpty() && mode != QLatin1StringView("new") &&
        mode != QLatin1StringView("autoreplace"))
        return apps::fieldError(r, QStringLiteral("mode"), tr("use NEW or AUTOREPLACE"));
    const QString spaceId = r.queryValue(QStringLiteral("spaceId"));
    if (!spaceId.isEmpty()) {
        const auto space = m_access.space(spaceId);
        if (!space || !m_access.can(*space, *r.user, QStringLiteral("read")))
            return apps::fieldError(r, QStringLiteral("spaceId"),
                                    tr("no space with ID %1").arg(spaceId));
        if (!m_access.canCreateAppIn(spaceId, *r.user))
            return apps::forbidden(r, tr("You may not add apps to the space %1.").arg(spaceId));
    }
    QByteArray bytes = r.body;
    const QString fileId = r.queryValue(QStringLiteral("fileId"));
    if (!fileId.isEmpty()) {
        const auto doc = tempContent(r, fileId);
        if (!doc)
            return doc.error();
        bytes = QByteArray::fromBase64(doc->value(QStringLiteral("data")).toString().toLatin1());
    }
    if (bytes.isEmpty())
        return apps::fieldError(r, QStringLiteral("request body"),
                                tr("send the app file (application/octet-stream)"));
    const auto package = unpackApp(bytes);
    if (!package)
        return apps::fieldError(r, QStringLiteral("request body"), package.error());
    QString name = r.queryValue(QStringLiteral("name")).trimmed();
    if (name.isEmpty())
        name = package->app.value(QStringLiteral("name")).toString();
    if (name.isEmpty())
        name = r.queryValue(QStringLiteral("fallbackName")).trimmed();
    if (name.size() > 256)
        return apps::fieldError(r, QStringLiteral("name"),
                                tr("the app name must have 1 to 256 characters"));
    const bool keepData = apps::queryBool(r, QStringLiteral("NoData")).value_or(false);
    const auto id =
        createFrom(r, *package, name, spaceId, mode == QLatin1StringView("autoreplace"), keepData);
    if (!id)
        return id.error();
    const auto app = m_apps.get(*id);
    if (!app)
        return apps::storeFailure(r, m_server);
    return SandboxResponse::json(apps::nxApp(*app, m_access.appPrivileges(*app, *r.user)));
}

} // namespace

void registerAppTransferRoutes(SandboxServer &server)
{
    auto routes = std::make_shared<AppTransferRoutes>(server);
    SandboxRouter &router = server.router();
    router.post(QStringLiteral("/api/v1/apps/{appId}/export"), {Tier::Tier2},
                [routes](const SandboxRequest &r) { return routes->exportApp(r); });
    router.get(QStringLiteral("/api/v1/temp-contents/{id}"), {Tier::Tier1},
               [routes](const SandboxRequest &r) { return routes->download(r); });
    // 0: the server's upload limit (--max-upload, 512 MiB by default).
    router.post(QStringLiteral("/api/v1/apps/import"),
                {Tier::Tier2, RouteOptions::Auth::Required, RouteOptions::Body::Raw, 0},
                [routes](const SandboxRequest &r) { return routes->importApp(r); });
}

} // namespace odag::sandbox
