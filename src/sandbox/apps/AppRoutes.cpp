#include "AppRoutes.h"

#include "AppsCommon.h"
#include "SandboxApps.h"
#include "ScriptModel.h"
#include "SpaceAccess.h"

#include "core/Apps.h"
#include "sandbox/SandboxServer.h"

namespace odag::sandbox {

namespace {

const RouteOptions kRead{Tier::Tier1};
const RouteOptions kWrite{Tier::Tier2};

const QStringList kUsages{QStringLiteral("ANALYTICS"), QStringLiteral("DATA_PREPARATION"),
                          QStringLiteral("DATAFLOW_PREP"), QStringLiteral("SINGLE_TABLE_PREP"),
                          QStringLiteral("DIRECT_QUERY_MODE")};

bool isPublished(const QJsonObject &app)
{
    return app.value(QStringLiteral("published")).toBool() ||
           !app.value(QStringLiteral("publishTime")).toString().isEmpty();
}

class AppRoutes
{
    Q_DECLARE_TR_FUNCTIONS(odag::sandbox::AppRoutes)
public:
    explicit AppRoutes(SandboxServer &server)
        : m_server(server)
        , m_apps(server)
        , m_access(server)
    {}

    SandboxResponse privileges(const SandboxRequest &r) const;
    SandboxResponse create(const SandboxRequest &r) const;
    SandboxResponse get(const SandboxRequest &r) const;
    SandboxResponse update(const SandboxRequest &r) const;
    SandboxResponse remove(const SandboxRequest &r) const;
    SandboxResponse copy(const SandboxRequest &r) const;
    SandboxResponse changeOwner(const SandboxRequest &r) const;
    SandboxResponse moveToSpace(const SandboxRequest &r) const;
    SandboxResponse removeFromSpace(const SandboxRequest &r) const;
    SandboxResponse publish(const SandboxRequest &r) const;
    SandboxResponse republish(const SandboxRequest &r) const;
    SandboxResponse unpublish(const SandboxRequest &r) const;

private:
    SandboxResponse answer(const SandboxRequest &r, const QString &appId) const;
    // Checks a space an app is created in or moved to; empty spaceId: personal.
    std::optional<SandboxResponse> checkTargetSpace(const SandboxRequest &r, const QString &spaceId,
                                                    const QString &field) const;
    QString appId(const SandboxRequest &r) const { return r.param(QStringLiteral("appId")); }

    SandboxServer &m_server;
    mutable SandboxApps m_apps;
    SpaceAccess m_access;
};

SandboxResponse AppRoutes::answer(const SandboxRequest &r, const QString &id) const
{
    const auto app = m_apps.get(id);
    if (!app)
        return apps::storeFailure(r, m_server);
    return SandboxResponse::json(apps::nxApp(*app, m_access.appPrivileges(*app, *r.user)));
}

std::optional<SandboxResponse> AppRoutes::checkTargetSpace(const SandboxRequest &r,
                                                           const QString &spaceId,
                                                           const QString &field) const
{
    if (!SpaceAccess::mayCreateApps(*r.user))
        return apps::forbidden(r, tr("You may not create apps."));
    if (spaceId.isEmpty())
        return std::nullopt;
    const auto space = m_access.space(spaceId);
    if (!space || !m_access.can(*space, *r.user, QStringLiteral("read")))
        return apps::fieldError(r, field, tr("no space with ID %1").arg(spaceId));
    if (space->value(QStringLiteral("type")).toString() == QLatin1StringView("managed"))
        return apps::fieldError(r, field,
                                tr("apps reach a managed space by publishing, not directly"));
    if (!m_access.can(*space, *r.user, QStringLiteral("create")))
        return apps::forbidden(r, tr("You may not add apps to the space %1.").arg(spaceId));
    return std::nullopt;
}

SandboxResponse AppRoutes::privileges(const SandboxRequest &r) const
{
    return SandboxResponse::json(
        QJsonArray::fromStringList(SpaceAccess::userAppPrivileges(*r.user)));
}

SandboxResponse AppRoutes::create(const SandboxRequest &r) const
{
    auto in = decodeBody<AppWriteInput>(r);
    if (!in)
        return in.error();
    const QString prefix =
        in->shape == AppWriteInput::Shape::Nested ? QStringLiteral("attributes.") : QString();
    const QString name = in->name.value_or(QString()).trimmed();
    if (!in->name)
        return apps::fieldError(r, prefix + QStringLiteral("name"), json::missingMessage());
    if (name.isEmpty() || name.size() > 256)
        return apps::fieldError(r, prefix + QStringLiteral("name"),
                                tr("the app name must have 1 to 256 characters"));
    const QJsonObject attributes = in->shape == AppWriteInput::Shape::Nested
                                       ? in->original.value(QStringLiteral("attributes")).toObject()
                                       : in->original;
    const QString usage =
        attributes.value(QStringLiteral("usage")).toString(QStringLiteral("ANALYTICS"));
    if (!kUsages.contains(usage))
        return apps::fieldError(
            r, prefix + QStringLiteral("usage"),
            tr("\"%1\" is not an app usage (%2)").arg(usage, kUsages.join(QStringLiteral(", "))));
    const QString spaceId = in->spaceId.value_or(QString());
    if (auto refusal = checkTargetSpace(r, spaceId, prefix + QStringLiteral("spaceId")))
        return *refusal;
    SandboxApps::NewApp app;
    app.name = name;
    app.description = in->description.value_or(QString());
    app.spaceId = spaceId;
    app.ownerId = r.user->id;
    app.usage = usage;
    app.script = defaultAppScript();
    const auto created = m_apps.create(app);
    if (!created)
        return apps::storeFailure(r, m_server);
    return answer(r, created->value(QStringLiteral("id")).toString());
}

SandboxResponse AppRoutes::get(const SandboxRequest &r) const
{
    const auto app = apps::accessibleApp(m_server, r, appId(r), QStringLiteral("read"));
    if (!app)
        return app.error();
    return SandboxResponse::json(apps::nxApp(*app, m_access.appPrivileges(*app, *r.user)));
}

SandboxResponse AppRoutes::update(const SandboxRequest &r) const
{
    auto app = apps::accessibleApp(m_server, r, appId(r), QStringLiteral("update"));
    if (!app)
        return app.error();
    auto in = decodeBody<AppWriteInput>(r);
    if (!in)
        return in.error();
    const QString prefix =
        in->shape == AppWriteInput::Shape::Nested ? QStringLiteral("attributes.") : QString();
    QJsonObject doc = *app;
    if (in->name) {
        const QString name = in->name->trimmed();
        if (name.isEmpty() || name.size() > 256)
            return apps::fieldError(r, prefix + QStringLiteral("name"),
                                    tr("the app name must have 1 to 256 characters"));
        doc.insert(QStringLiteral("name"), name);
    }
    if (in->description)
        doc.insert(QStringLiteral("description"), *in->description);
    const QJsonObject attributes = in->shape == AppWriteInput::Shape::Nested
                                       ? in->original.value(QStringLiteral("attributes")).toObject()
                                       : in->original;
    const QJsonValue thumbnail = attributes.value(QStringLiteral("thumbnail"));
    if (!thumbnail.isUndefined()) {
        if (!thumbnail.isString())
            return apps::fieldError(r, prefix + QStringLiteral("thumbnail"),
                                    json::expectedMessage("string"));
        doc.insert(QStringLiteral("thumbnail"), thumbnail.toString());
    }
    if (!m_apps.update(appId(r), doc))
        return apps::storeFailure(r, m_server);
    return answer(r, appId(r));
}

SandboxResponse AppRoutes::remove(const SandboxRequest &r) const
{
    const auto app = apps::accessibleApp(m_server, r, appId(r), QStringLiteral("delete"));
    if (!app)
        return app.error();
    if (!m_apps.remove(appId(r)))
        return apps::storeFailure(r, m_server);
    return SandboxResponse{}; // 200 without a body, as the service answers
}

SandboxResponse AppRoutes::copy(const SandboxRequest &r) const
{
    const auto source = apps::accessibleApp(m_server, r, appId(r), QStringLiteral("duplicate"));
    if (!source)
        return source.error();
    AppWriteInput in;
    if (!r.json.isUndefined()) {
        auto decoded = decodeBody<AppWriteInput>(r);
        if (!decoded)
            return decoded.error();
        in = *decoded;
    }
    const QString prefix =
        in.shape == AppWriteInput::Shape::Nested ? QStringLiteral("attributes.") : QString();
    QString name = in.name.value_or(QString()).trimmed();
    if (in.name && (name.isEmpty() || name.size() > 256))
        return apps::fieldError(r, prefix + QStringLiteral("name"),
                                tr("the app name must have 1 to 256 characters"));
    if (name.isEmpty())
        name = tr("%1 (copy)").arg(source->value(QStringLiteral("name")).toString());
    const QString spaceId = in.spaceId.value_or(QString());
    if (auto refusal = checkTargetSpace(r, spaceId, prefix + QStringLiteral("spaceId")))
        return *refusal;

    SandboxApps::NewApp app;
    app.name = name;
    app.description =
        in.description.value_or(source->value(QStringLiteral("description")).toString());
    app.spaceId = spaceId;
    app.ownerId = r.user->id;
    app.usage = source->value(QStringLiteral("usage")).toString(QStringLiteral("ANALYTICS"));
    app.script = m_apps.currentScript(appId(r));
    QString newId;
    const bool ok = SandboxApps::atomically(m_server.store(), [&]() {
        const auto created = m_apps.create(app);
        if (!created)
            return false;
        newId = created->value(QStringLiteral("id")).toString();
        QJsonObject doc = *created;
        doc.insert(QStringLiteral("thumbnail"), source->value(QStringLiteral("thumbnail")));
        doc.insert(QStringLiteral("lastReloadTime"),
                   source->value(QStringLiteral("lastReloadTime")));
        return m_apps.update(newId, doc) && m_apps.copyLoadedData(appId(r), newId) &&
               m_apps.copyMedia(appId(r), newId);
    });
    if (!ok)
        return apps::storeFailure(r, m_server);
    return answer(r, newId);
}

SandboxResponse AppRoutes::changeOwner(const SandboxRequest &r) const
{
    auto app = apps::accessibleApp(m_server, r, appId(r), QStringLiteral("change_owner"));
    if (!app)
        return app.error();
    auto body = decodeBody<AppOwnerUpdate>(r);
    if (!body)
        return body.error();
    if (!apps::findUser(m_server, body->ownerId))
        return apps::fieldError(r, QStringLiteral("ownerId"),
                                tr("no user with ID %1").arg(body->ownerId));
    QJsonObject doc = *app;
    doc.insert(QStringLiteral("ownerId"), body->ownerId);
    doc.insert(QStringLiteral("owner"), m_apps.ownerIdentity(body->ownerId));
    if (!m_apps.update(appId(r), doc))
        return apps::storeFailure(r, m_server);
    return answer(r, appId(r));
}

SandboxResponse AppRoutes::moveToSpace(const SandboxRequest &r) const
{
    auto app = apps::accessibleApp(m_server, r, appId(r), QStringLiteral("change_space"));
    if (!app)
        return app.error();
    auto body = decodeBody<AppSpaceUpdate>(r);
    if (!body)
        return body.error();
    const auto space = m_access.space(body->spaceId);
    if (!space || !m_access.can(*space, *r.user, QStringLiteral("read")))
        return apps::notFound(r, tr("space"), body->spaceId);
    if (auto refusal = checkTargetSpace(r, body->spaceId, QStringLiteral("spaceId")))
        return *refusal;
    QJsonObject doc = *app;
    doc.insert(QStringLiteral("spaceId"), body->spaceId);
    if (!m_apps.update(appId(r), doc))
        return apps::storeFailure(r, m_server);
    return answer(r, appId(r));
}

SandboxResponse AppRoutes::removeFromSpace(const SandboxRequest &r) const
{
    auto app = apps::accessibleApp(m_server, r, appId(r), QStringLiteral("change_space"));
    if (!app)
        return app.error();
    QJsonObject doc = *app;
    // The owner's personal space: no spaceId at all, as the service answers.
    doc.remove(QStringLiteral("spaceId"));
    if (!m_apps.update(appId(r), doc))
        return apps::storeFailure(r, m_server);
    return answer(r, appId(r));
}

SandboxResponse AppRoutes::publish(const SandboxRequest &r) const
{
    const auto source = apps::accessibleApp(m_server, r, appId(r), QStringLiteral("publish"));
    if (!source)
        return source.error();
    auto body = decodeBody<AppPublish>(r);
    if (!body)
        return body.error();
    const auto space = m_access.space(body->spaceId);
    if (!space || !m_access.can(*space, *r.user, QStringLiteral("read")))
        return apps::notFound(r, tr("space"), body->spaceId);
    if (space->value(QStringLiteral("type")).toString() != QLatin1StringView("managed"))
        return apps::fieldError(r, QStringLiteral("spaceId"),
                                tr("apps are published to managed spaces only"));
    if (!m_access.can(*space, *r.user, QStringLiteral("publish")))
        return apps::forbidden(r, tr("You may not publish to the space %1.").arg(body->spaceId));
    if (body->data && *body->data != QLatin1StringView("source") &&
        *body->data != QLatin1StringView("target"))
        return apps::fieldError(r, QStringLiteral("data"), tr("use source or target"));
    const QString now = apps::isoNow(m_server);

    if (body->moveApp.value_or(false)) {
        if (!body->originAppId || body->originAppId->isEmpty())
            return apps::fieldError(r, QStringLiteral("originAppId"),
                                    tr("required when the app is moved"));
        QJsonObject doc = *source;
        doc.insert(QStringLiteral("spaceId"), body->spaceId);
        doc.insert(QStringLiteral("published"), true);
        doc.insert(QStringLiteral("publishTime"), now);
        doc.insert(QStringLiteral("originAppId"), *body->originAppId);
        if (!m_apps.update(appId(r), doc))
            return apps::storeFailure(r, m_server);
        return answer(r, appId(r));
    }

    for (const QJsonObject &other : m_apps.all()) {
        if (other.value(QStringLiteral("spaceId")).toString() == body->spaceId &&
            other.value(QStringLiteral("originAppId")).toString() == appId(r))
            return r.error(409, statusTitle(409),
                           tr("The app is already published to this space as %1; republish it "
                              "with PUT /api/v1/apps/%2/publish.")
                               .arg(other.value(QStringLiteral("id")).toString(), appId(r)),
                           QStringLiteral("APPS-409"));
    }
    SandboxApps::NewApp app;
    const auto attrs = body->attributes;
    app.name = attrs && attrs->name ? attrs->name->trimmed()
                                    : source->value(QStringLiteral("name")).toString();
    if (app.name.isEmpty())
        return apps::fieldError(r, QStringLiteral("attributes.name"),
                                tr("the app name must have 1 to 256 characters"));
    app.description = attrs && attrs->description
                          ? *attrs->description
                          : source->value(QStringLiteral("description")).toString();
    app.spaceId = body->spaceId;
    app.ownerId = r.user->id;
    app.usage = source->value(QStringLiteral("usage")).toString(QStringLiteral("ANALYTICS"));
    app.script = m_apps.currentScript(appId(r));
    app.originAppId = appId(r);
    QString newId;
    const bool ok = SandboxApps::atomically(m_server.store(), [&]() {
        const auto created = m_apps.create(app);
        if (!created)
            return false;
        newId = created->value(QStringLiteral("id")).toString();
        QJsonObject doc = *created;
        doc.insert(QStringLiteral("published"), true);
        doc.insert(QStringLiteral("publishTime"), now);
        doc.insert(QStringLiteral("thumbnail"), source->value(QStringLiteral("thumbnail")));
        doc.insert(QStringLiteral("lastReloadTime"),
                   source->value(QStringLiteral("lastReloadTime")));
        return m_apps.update(newId, doc) && m_apps.copyLoadedData(appId(r), newId) &&
               m_apps.copyMedia(appId(r), newId);
    });
    if (!ok)
        return apps::storeFailure(r, m_server);
    return answer(r, newId);
}

SandboxResponse AppRoutes::republish(const SandboxRequest &r) const
{
    const auto source = apps::accessibleApp(m_server, r, appId(r), QStringLiteral("publish"));
    if (!source)
        return source.error();
    auto body = decodeBody<AppRepublish>(r);
    if (!body)
        return body.error();
    QString targetId = body->targetId.value_or(QString());
    if (targetId.isEmpty() && body->spaceId) {
        // Seed 003's shape: the copy published from this app into that space.
        for (const QJsonObject &other : m_apps.all()) {
            if (other.value(QStringLiteral("spaceId")).toString() == *body->spaceId &&
                other.value(QStringLiteral("originAppId")).toString() == appId(r))
                targetId = other.value(QStringLiteral("id")).toString();
        }
        if (targetId.isEmpty())
            return r.error(404, tr("The app %1 has no published copy in the space %2.")
                                    .arg(appId(r), *body->spaceId));
    }
    if (targetId.isEmpty())
        return apps::fieldError(r, QStringLiteral("targetId"),
                                body->stream ? tr("streams exist on client-managed servers only; "
                                                  "give the published app's ID")
                                             : json::missingMessage());
    const auto target = m_apps.get(targetId);
    if (!target)
        return apps::notFound(r, tr("app"), targetId);
    if (!isPublished(*target))
        return apps::fieldError(r, QStringLiteral("targetId"),
                                tr("the app %1 is not published").arg(targetId));
    if (body->checkOriginAppId.value_or(true) &&
        target->value(QStringLiteral("originAppId")).toString() != appId(r))
        return r.error(409, statusTitle(409),
                       tr("The app %1 was not published from the app %2.").arg(targetId, appId(r)),
                       QStringLiteral("APPS-409"));
    const auto space = m_access.space(target->value(QStringLiteral("spaceId")).toString());
    if (!space || !m_access.can(*space, *r.user, QStringLiteral("publish")))
        return apps::forbidden(r,
                               tr("You may not publish to the space of the app %1.").arg(targetId));
    if (body->data && *body->data != QLatin1StringView("source") &&
        *body->data != QLatin1StringView("target"))
        return apps::fieldError(r, QStringLiteral("data"), tr("use source or target"));
    const bool keepTargetData = body->data && *body->data == QLatin1StringView("target");

    QJsonObject doc = *target;
    if (body->attributes && body->attributes->name && !body->attributes->name->trimmed().isEmpty())
        doc.insert(QStringLiteral("name"), body->attributes->name->trimmed());
    if (body->attributes && body->attributes->description)
        doc.insert(QStringLiteral("description"), *body->attributes->description);
    doc.insert(QStringLiteral("publishTime"), apps::isoNow(m_server));
    doc.insert(QStringLiteral("published"), true);
    doc.insert(QStringLiteral("thumbnail"), source->value(QStringLiteral("thumbnail")));
    if (!keepTargetData)
        doc.insert(QStringLiteral("lastReloadTime"),
                   source->value(QStringLiteral("lastReloadTime")));
    const bool ok = SandboxApps::atomically(m_server.store(), [&]() {
        if (!m_apps.setScript(targetId, m_apps.currentScript(appId(r)), r.user->id,
                              tr("Republished from %1").arg(appId(r))))
            return false;
        if (!keepTargetData && !m_apps.copyLoadedData(appId(r), targetId))
            return false;
        if (!m_apps.removeMedia(targetId) || !m_apps.copyMedia(appId(r), targetId))
            return false;
        return m_apps.update(targetId, doc);
    });
    if (!ok)
        return apps::storeFailure(r, m_server);
    return answer(r, targetId);
}

SandboxResponse AppRoutes::unpublish(const SandboxRequest &r) const
{
    const auto app = apps::accessibleApp(m_server, r, appId(r), QStringLiteral("publish"));
    if (!app)
        return app.error();
    if (!isPublished(*app))
        return r.error(400, tr("The app %1 is not published.").arg(appId(r)));
    QJsonObject doc = *app;
    doc.insert(QStringLiteral("published"), false);
    doc.insert(QStringLiteral("publishTime"), QString());
    doc.remove(QStringLiteral("spaceId"));
    if (!m_apps.update(appId(r), doc))
        return apps::storeFailure(r, m_server);
    return answer(r, appId(r));
}

} // namespace

void registerAppResourceRoutes(SandboxServer &server)
{
    auto routes = std::make_shared<AppRoutes>(server);
    SandboxRouter &router = server.router();
    const auto bind = [routes](SandboxResponse (AppRoutes::*fn)(const SandboxRequest &) const) {
        return [routes, fn](const SandboxRequest &r) { return ((*routes).*fn)(r); };
    };
    const QString all = QStringLiteral("/api/v1/apps");
    const QString one = all + QStringLiteral("/{appId}");
    router.get(all, kRead, bind(&AppRoutes::privileges));
    router.get(all + QStringLiteral("/privileges"), kRead, bind(&AppRoutes::privileges));
    router.post(all, kWrite, bind(&AppRoutes::create));
    router.get(one, kRead, bind(&AppRoutes::get));
    router.put(one, kWrite, bind(&AppRoutes::update));
    router.del(one, kWrite, bind(&AppRoutes::remove));
    router.post(one + QStringLiteral("/copy"), kWrite, bind(&AppRoutes::copy));
    router.put(one + QStringLiteral("/owner"), kWrite, bind(&AppRoutes::changeOwner));
    router.put(one + QStringLiteral("/space"), kWrite, bind(&AppRoutes::moveToSpace));
    router.del(one + QStringLiteral("/space"), kWrite, bind(&AppRoutes::removeFromSpace));
    router.post(one + QStringLiteral("/publish"), kWrite, bind(&AppRoutes::publish));
    router.put(one + QStringLiteral("/publish"), kWrite, bind(&AppRoutes::republish));
    router.put(one + QStringLiteral("/unpublish"), kWrite, bind(&AppRoutes::unpublish));
}

void registerAppRoutes(SandboxServer &server)
{
    registerSpaceRoutes(server);
    registerItemRoutes(server);
    registerAppResourceRoutes(server);
    registerAppTransferRoutes(server);
    registerAppDataRoutes(server);
    registerAppMediaRoutes(server);
    registerReloadRoutes(server);
}

} // namespace odag::sandbox
