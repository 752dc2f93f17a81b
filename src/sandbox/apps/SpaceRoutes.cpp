#include "AppRoutes.h"
#include "AppsCommon.h"
#include "MemoryPager.h"
#include "SandboxApps.h"
#include "SpaceAccess.h"

#include "core/Spaces.h"
#include "sandbox/SandboxServer.h"

namespace odag::sandbox {

namespace {

const RouteOptions kRead{Tier::Tier1};
const RouteOptions kWrite{Tier::Tier2};

class SpaceRoutes
{
    Q_DECLARE_TR_FUNCTIONS(odag::sandbox::SpaceRoutes)
public:
    explicit SpaceRoutes(SandboxServer &server)
        : m_server(server)
        , m_access(server)
    {}

    SandboxResponse list(const SandboxRequest &r) const;
    SandboxResponse create(const SandboxRequest &r) const;
    SandboxResponse get(const SandboxRequest &r) const;
    SandboxResponse update(const SandboxRequest &r) const;
    SandboxResponse patch(const SandboxRequest &r) const;
    SandboxResponse remove(const SandboxRequest &r) const;
    SandboxResponse types(const SandboxRequest &r) const;

    SandboxResponse listAssignments(const SandboxRequest &r) const;
    SandboxResponse createAssignment(const SandboxRequest &r) const;
    SandboxResponse getAssignment(const SandboxRequest &r) const;
    SandboxResponse updateAssignment(const SandboxRequest &r) const;
    SandboxResponse removeAssignment(const SandboxRequest &r) const;

private:
    // The space of the path that the caller can see, or the 404 to answer.
    Result<QJsonObject, SandboxResponse> visibleSpace(const SandboxRequest &r) const;
    // Applies name/description/ownerId changes with their checks, then stores.
    SandboxResponse applyChanges(const SandboxRequest &r, QJsonObject space,
                                 const std::optional<QString> &name,
                                 const std::optional<QString> &description,
                                 const std::optional<QString> &ownerId,
                                 const QString &fieldPrefix) const;
    QString roleProblem(const QString &spaceType, const SpaceRoles &roles, QString *field) const;
    bool nameTaken(const QString &name, const QString &exceptId) const;

    SandboxServer &m_server;
    SpaceAccess m_access;
};

const QString kSpaces = apps::collection(apps::kSpaces);
const QString kAssignments = apps::collection(apps::kAssignments);

Result<QJsonObject, SandboxResponse> SpaceRoutes::visibleSpace(const SandboxRequest &r) const
{
    const QString id = r.param(QStringLiteral("spaceId"));
    const auto space = m_access.space(id);
    // A space the caller may not read does not exist for them.
    if (!space || !m_access.can(*space, *r.user, QStringLiteral("read")))
        return apps::notFound(r, tr("space"), id);
    return *space;
}

bool SpaceRoutes::nameTaken(const QString &name, const QString &exceptId) const
{
    const QList<QJsonObject> spaces = m_access.allSpaces();
    for (const QJsonObject &s : spaces) {
        if (s.value(QStringLiteral("id")).toString() != exceptId &&
            s.value(QStringLiteral("name")).toString().compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

SandboxResponse SpaceRoutes::list(const SandboxRequest &r) const
{
    const QStringList types = apps::queryList(r, QStringLiteral("type"));
    for (const QString &t : types) {
        if (!SpaceAccess::isSpaceType(t))
            return apps::fieldError(
                r, QStringLiteral("type"),
                tr("\"%1\" is not a space type (shared, managed, data)").arg(t));
    }
    const QString name = r.queryValue(QStringLiteral("name"));
    const QString ownerId = r.queryValue(QStringLiteral("ownerId"));
    const QString action = r.queryValue(QStringLiteral("action")).trimmed();
    const QStringList roles = apps::queryList(r, QStringLiteral("roles"));

    MemoryList list;
    list.name = QStringLiteral("spaces");
    const QString sort = r.queryValue(QStringLiteral("sort")).trimmed();
    if (!sort.isEmpty()) {
        const bool desc = sort.startsWith(QLatin1Char('-'));
        const QString field = (desc || sort.startsWith(QLatin1Char('+'))) ? sort.mid(1) : sort;
        static const QStringList sortable{QStringLiteral("name"), QStringLiteral("createdAt"),
                                          QStringLiteral("updatedAt"), QStringLiteral("type")};
        if (!sortable.contains(field))
            return apps::fieldError(
                r, QStringLiteral("sort"),
                tr("cannot sort by \"%1\"; use name, createdAt, updatedAt or type").arg(field));
        list.sortField = field;
        list.descending = desc;
        list.name += QStringLiteral(":") + sort;
    }

    const QList<StoredDocument> docs = m_server.store().all(kSpaces);
    for (const StoredDocument &d : docs) {
        const QJsonObject &s = d.json;
        const QStringList actions = m_access.actionsOf(s, *r.user);
        if (!actions.contains(QStringLiteral("read")))
            continue;
        if (!types.isEmpty() && !types.contains(s.value(QStringLiteral("type")).toString()))
            continue;
        if (!name.isEmpty() &&
            !s.value(QStringLiteral("name")).toString().contains(name, Qt::CaseInsensitive))
            continue;
        if (!ownerId.isEmpty() && s.value(QStringLiteral("ownerId")).toString() != ownerId)
            continue;
        if (!action.isEmpty() && !actions.contains(action))
            continue;
        if (!roles.isEmpty()) {
            const QStringList mine = m_access.rolesOf(s, *r.user);
            bool any = false;
            for (const QString &role : roles)
                any = any || mine.contains(role);
            if (!any)
                continue;
        }
        list.documents.append(d);
    }

    const auto page = pageInMemory(r.query, list);
    if (!page)
        return r.error(400, page.error());
    QJsonArray data;
    for (const StoredDocument &d : page->items)
        data.append(m_access.spaceJson(d.json, *r.user, r));
    const QJsonObject meta{
        {QStringLiteral("count"), page->total},
        {QStringLiteral("personalSpace"),
         QJsonObject{{QStringLiteral("actions"),
                      QJsonArray{QStringLiteral("create"), QStringLiteral("read"),
                                 QStringLiteral("update"), QStringLiteral("delete")}},
                     {QStringLiteral("resourceType"), QStringLiteral("space")}}}};
    return SandboxResponse::json(QJsonObject{{QStringLiteral("data"), data},
                                             {QStringLiteral("links"), pageLinks(r.url, *page)},
                                             {QStringLiteral("meta"), meta}});
}

SandboxResponse SpaceRoutes::create(const SandboxRequest &r) const
{
    auto body = decodeBody<SpaceCreate>(r);
    if (!body)
        return body.error();
    const QString type = body->type.raw();
    if (!SpaceAccess::isSpaceType(type))
        return apps::fieldError(r, QStringLiteral("type"),
                                tr("\"%1\" is not a space type (shared, managed, data)").arg(type));
    if (!SpaceAccess::mayCreateSpace(*r.user, type))
        return apps::forbidden(r, tr("You may not create %1 spaces.").arg(type));
    const QString name = body->name.trimmed();
    if (nameTaken(name, QString()))
        return r.error(409, statusTitle(409), tr("A space named \"%1\" already exists.").arg(name),
                       QStringLiteral("SPACES-409"));
    const QString id = SandboxApps::newId();
    const QString now = apps::isoNow(m_server);
    QJsonObject space{{QStringLiteral("id"), id},
                      {QStringLiteral("name"), name},
                      {QStringLiteral("type"), type},
                      {QStringLiteral("description"), body->description.value_or(QString())},
                      {QStringLiteral("ownerId"), r.user->id},
                      {QStringLiteral("tenantId"), QString::fromLatin1(kTenantId)},
                      {QStringLiteral("createdAt"), now},
                      {QStringLiteral("createdBy"), r.user->id},
                      {QStringLiteral("updatedAt"), now}};
    if (!m_server.store().put(kSpaces, id, space, r.user->id))
        return apps::storeFailure(r, m_server);
    return SandboxResponse::json(m_access.spaceJson(space, *r.user, r), 201);
}

SandboxResponse SpaceRoutes::get(const SandboxRequest &r) const
{
    const auto space = visibleSpace(r);
    if (!space)
        return space.error();
    return SandboxResponse::json(m_access.spaceJson(*space, *r.user, r));
}

SandboxResponse SpaceRoutes::applyChanges(const SandboxRequest &r, QJsonObject space,
                                          const std::optional<QString> &name,
                                          const std::optional<QString> &description,
                                          const std::optional<QString> &ownerId,
                                          const QString &fieldPrefix) const
{
    const QString id = space.value(QStringLiteral("id")).toString();
    if (!m_access.can(space, *r.user, QStringLiteral("update")))
        return apps::forbidden(r, tr("You may not change the space %1.").arg(id));
    if (name) {
        const QString problem = spaceNameProblem(*name);
        if (!problem.isEmpty())
            return apps::fieldError(r, fieldPrefix + QStringLiteral("name"), problem);
        if (nameTaken(name->trimmed(), id))
            return r.error(409, statusTitle(409),
                           tr("A space named \"%1\" already exists.").arg(name->trimmed()),
                           QStringLiteral("SPACES-409"));
        space.insert(QStringLiteral("name"), name->trimmed());
    }
    if (description)
        space.insert(QStringLiteral("description"), *description);
    if (ownerId && *ownerId != space.value(QStringLiteral("ownerId")).toString()) {
        if (!m_access.can(space, *r.user, QStringLiteral("change_owner")))
            return apps::forbidden(r, tr("Only the owner of the space or an administrator may "
                                         "give it to someone else."));
        if (!apps::findUser(m_server, *ownerId))
            return apps::fieldError(r, fieldPrefix + QStringLiteral("ownerId"),
                                    tr("no user with ID %1").arg(*ownerId));
        space.insert(QStringLiteral("ownerId"), *ownerId);
    }
    space.insert(QStringLiteral("updatedAt"), apps::isoNow(m_server));
    if (!m_server.store().put(kSpaces, id, space,
                              space.value(QStringLiteral("ownerId")).toString()))
        return apps::storeFailure(r, m_server);
    return SandboxResponse::json(m_access.spaceJson(space, *r.user, r));
}

SandboxResponse SpaceRoutes::update(const SandboxRequest &r) const
{
    const auto space = visibleSpace(r);
    if (!space)
        return space.error();
    auto body = decodeBody<SpaceUpdate>(r);
    if (!body)
        return body.error();
    return applyChanges(r, *space, body->name, body->description, body->ownerId, QString());
}

SandboxResponse SpaceRoutes::patch(const SandboxRequest &r) const
{
    const auto space = visibleSpace(r);
    if (!space)
        return space.error();
    auto ops = decodeBody<JsonPatchList>(r);
    if (!ops)
        return ops.error();
    if (ops->isEmpty())
        return apps::fieldError(r, QStringLiteral("request body"),
                                tr("at least one patch operation is required"));
    std::optional<QString> name;
    std::optional<QString> description;
    std::optional<QString> ownerId;
    for (qsizetype i = 0; i < ops->size(); ++i) {
        const JsonPatch &op = ops->at(i);
        const QString at = QStringLiteral("[%1].").arg(i);
        if (!op.op.isKnown())
            return apps::fieldError(
                r, at + QStringLiteral("op"),
                tr("\"%1\" is not supported; use replace, add or remove").arg(op.op.raw()));
        const QString path = op.path;
        static const QStringList paths{QStringLiteral("/name"), QStringLiteral("/description"),
                                       QStringLiteral("/ownerId")};
        if (!paths.contains(path))
            return apps::fieldError(
                r, at + QStringLiteral("path"),
                tr("\"%1\" cannot be patched; use /name, /description or /ownerId").arg(path));
        if (op.op == PatchOp::Remove) {
            if (path != QLatin1StringView("/description"))
                return apps::fieldError(r, at + QStringLiteral("op"),
                                        tr("%1 cannot be removed").arg(path));
            description = QString();
            continue;
        }
        if (!op.value || !op.value->isString())
            return apps::fieldError(r, at + QStringLiteral("value"),
                                    json::expectedMessage("string"));
        const QString value = op.value->toString();
        if (path == QLatin1StringView("/name"))
            name = value;
        else if (path == QLatin1StringView("/description"))
            description = value;
        else
            ownerId = value;
    }
    return applyChanges(r, *space, name, description, ownerId, QString());
}

SandboxResponse SpaceRoutes::remove(const SandboxRequest &r) const
{
    const auto space = visibleSpace(r);
    if (!space)
        return space.error();
    const QString id = space->value(QStringLiteral("id")).toString();
    if (!m_access.can(*space, *r.user, QStringLiteral("delete")))
        return apps::forbidden(r, tr("Only the owner of the space or an administrator may "
                                     "delete it."));
    int appCount = 0;
    const QList<QJsonObject> all = SandboxApps(m_server).all();
    for (const QJsonObject &a : all) {
        if (a.value(QStringLiteral("spaceId")).toString() == id)
            ++appCount;
    }
    // The service refuses to orphan content (412 in spaces.d.ts): empty the space first.
    if (appCount > 0)
        return r.error(
            412, statusTitle(412),
            tr("The space still holds %n app(s); move or delete them first.", nullptr, appCount),
            QStringLiteral("SPACES-412"));
    const QList<QJsonObject> assignments = m_access.assignments(id);
    const bool ok = SandboxApps::atomically(m_server.store(), [&]() {
        for (const QJsonObject &a : assignments) {
            if (!m_server.store().remove(kAssignments, a.value(QStringLiteral("id")).toString()))
                return false;
        }
        return m_server.store().remove(kSpaces, id);
    });
    if (!ok)
        return apps::storeFailure(r, m_server);
    return SandboxResponse::noContent();
}

SandboxResponse SpaceRoutes::types(const SandboxRequest &) const
{
    return SandboxResponse::json(QJsonObject{
        {QStringLiteral("data"),
         QJsonArray{QStringLiteral("shared"), QStringLiteral("managed"), QStringLiteral("data")}}});
}

// ---------------------------------------------------------------- assignments

QString SpaceRoutes::roleProblem(const QString &spaceType, const SpaceRoles &roles,
                                 QString *field) const
{
    const QStringList allowed = SpaceAccess::assignableRoles(spaceType);
    for (qsizetype i = 0; i < roles.size(); ++i) {
        if (!allowed.contains(roles.at(i).raw())) {
            *field = QStringLiteral("roles[%1]").arg(i);
            return tr("\"%1\" cannot be assigned in a %2 space (allowed: %3)")
                .arg(roles.at(i).raw(), spaceType, allowed.join(QStringLiteral(", ")));
        }
    }
    return {};
}

SandboxResponse SpaceRoutes::listAssignments(const SandboxRequest &r) const
{
    const auto space = visibleSpace(r);
    if (!space)
        return space.error();
    const QString type = r.queryValue(QStringLiteral("type")).trimmed();
    if (!type.isEmpty() && type != QLatin1StringView("user") && type != QLatin1StringView("group"))
        return apps::fieldError(r, QStringLiteral("type"), tr("use user or group"));
    const QString assigneeId = r.queryValue(QStringLiteral("assigneeId"));
    const QString spaceId = space->value(QStringLiteral("id")).toString();
    MemoryList list;
    list.name = QStringLiteral("assignments:") + spaceId;
    const QList<StoredDocument> docs = m_server.store().all(kAssignments);
    for (const StoredDocument &d : docs) {
        if (d.json.value(QStringLiteral("spaceId")).toString() != spaceId)
            continue;
        if (!type.isEmpty() && d.json.value(QStringLiteral("type")).toString() != type)
            continue;
        if (!assigneeId.isEmpty() &&
            d.json.value(QStringLiteral("assigneeId")).toString() != assigneeId)
            continue;
        list.documents.append(d);
    }
    return memoryPagedList(r, list, [this, &r](const StoredDocument &d) {
        return QJsonValue(m_access.assignmentJson(d.json, r));
    });
}

SandboxResponse SpaceRoutes::createAssignment(const SandboxRequest &r) const
{
    const auto space = visibleSpace(r);
    if (!space)
        return space.error();
    auto body = decodeBody<SpaceAssignmentCreate>(r);
    if (!body)
        return body.error();
    const QString kind = body->type.raw();
    if (kind != QLatin1StringView("user") && kind != QLatin1StringView("group"))
        return apps::fieldError(r, QStringLiteral("type"),
                                tr("\"%1\" is not an assignee type (user, group)").arg(kind));
    const QString spaceType = space->value(QStringLiteral("type")).toString();
    QString field;
    const QString problem = roleProblem(spaceType, body->roles, &field);
    if (!problem.isEmpty())
        return apps::fieldError(r, field, problem);
    if (body->assigneeId.trimmed().isEmpty())
        return apps::fieldError(r, QStringLiteral("assigneeId"), json::missingMessage());
    if (kind == QLatin1StringView("user") && !apps::findUser(m_server, body->assigneeId))
        return apps::fieldError(r, QStringLiteral("assigneeId"),
                                tr("no user with ID %1").arg(body->assigneeId));
    if (!m_access.can(*space, *r.user, QStringLiteral("update")))
        return apps::forbidden(r, tr("You may not manage the members of this space."));
    const QString spaceId = space->value(QStringLiteral("id")).toString();
    const QList<QJsonObject> existing = m_access.assignments(spaceId);
    for (const QJsonObject &a : existing) {
        if (a.value(QStringLiteral("type")).toString() == kind &&
            a.value(QStringLiteral("assigneeId")).toString() == body->assigneeId)
            return r.error(
                409, statusTitle(409),
                tr("%1 %2 is already assigned to this space (assignment %3).")
                    .arg(kind, body->assigneeId, a.value(QStringLiteral("id")).toString()),
                QStringLiteral("SPACES-409"));
    }
    const QString id = SandboxApps::newId();
    const QString now = apps::isoNow(m_server);
    QJsonArray roles;
    for (const auto &role : body->roles)
        roles.append(role.raw());
    const QJsonObject assignment{{QStringLiteral("id"), id},
                                 {QStringLiteral("type"), kind},
                                 {QStringLiteral("assigneeId"), body->assigneeId},
                                 {QStringLiteral("roles"), roles},
                                 {QStringLiteral("spaceId"), spaceId},
                                 {QStringLiteral("tenantId"), QString::fromLatin1(kTenantId)},
                                 {QStringLiteral("createdAt"), now},
                                 {QStringLiteral("createdBy"), r.user->id},
                                 {QStringLiteral("updatedAt"), now},
                                 {QStringLiteral("updatedBy"), r.user->id}};
    if (!m_server.store().put(kAssignments, id, assignment, r.user->id))
        return apps::storeFailure(r, m_server);
    return SandboxResponse::json(m_access.assignmentJson(assignment, r), 201);
}

SandboxResponse SpaceRoutes::getAssignment(const SandboxRequest &r) const
{
    const auto space = visibleSpace(r);
    if (!space)
        return space.error();
    const QString id = r.param(QStringLiteral("assignmentId"));
    const auto doc = m_server.store().get(kAssignments, id);
    if (!doc || doc->json.value(QStringLiteral("spaceId")) != space->value(QStringLiteral("id")))
        return apps::notFound(r, tr("assignment"), id);
    return SandboxResponse::json(m_access.assignmentJson(doc->json, r));
}

SandboxResponse SpaceRoutes::updateAssignment(const SandboxRequest &r) const
{
    const auto space = visibleSpace(r);
    if (!space)
        return space.error();
    const QString id = r.param(QStringLiteral("assignmentId"));
    const auto doc = m_server.store().get(kAssignments, id);
    if (!doc || doc->json.value(QStringLiteral("spaceId")) != space->value(QStringLiteral("id")))
        return apps::notFound(r, tr("assignment"), id);
    auto body = decodeBody<SpaceAssignmentUpdate>(r);
    if (!body)
        return body.error();
    const SpaceRoles roles = body->effectiveRoles();
    if (roles.isEmpty())
        return apps::fieldError(r, QStringLiteral("roles"), tr("at least one role is required"));
    QString field;
    const QString problem =
        roleProblem(space->value(QStringLiteral("type")).toString(), roles, &field);
    if (!problem.isEmpty())
        return apps::fieldError(r, body->roles ? field : QStringLiteral("role"), problem);
    if (!m_access.can(*space, *r.user, QStringLiteral("update")))
        return apps::forbidden(r, tr("You may not manage the members of this space."));
    QJsonObject assignment = doc->json;
    QJsonArray list;
    for (const auto &role : roles)
        list.append(role.raw());
    assignment.insert(QStringLiteral("roles"), list);
    assignment.insert(QStringLiteral("updatedAt"), apps::isoNow(m_server));
    assignment.insert(QStringLiteral("updatedBy"), r.user->id);
    if (!m_server.store().put(kAssignments, id, assignment, doc->owner))
        return apps::storeFailure(r, m_server);
    return SandboxResponse::json(m_access.assignmentJson(assignment, r));
}

SandboxResponse SpaceRoutes::removeAssignment(const SandboxRequest &r) const
{
    const auto space = visibleSpace(r);
    if (!space)
        return space.error();
    const QString id = r.param(QStringLiteral("assignmentId"));
    const auto doc = m_server.store().get(kAssignments, id);
    if (!doc || doc->json.value(QStringLiteral("spaceId")) != space->value(QStringLiteral("id")))
        return apps::notFound(r, tr("assignment"), id);
    if (!m_access.can(*space, *r.user, QStringLiteral("update")))
        return apps::forbidden(r, tr("You may not manage the members of this space."));
    if (!m_server.store().remove(kAssignments, id))
        return apps::storeFailure(r, m_server);
    return SandboxResponse::noContent();
}

} // namespace

void registerSpaceRoutes(SandboxServer &server)
{
    auto routes = std::make_shared<SpaceRoutes>(server);
    SandboxRouter &router = server.router();
    const QString spaces = QStringLiteral("/api/v1/spaces");
    const QString one = spaces + QStringLiteral("/{spaceId}");
    const QString assignments = one + QStringLiteral("/assignments");
    const QString assignment = assignments + QStringLiteral("/{assignmentId}");
    const auto bind = [routes](SandboxResponse (SpaceRoutes::*fn)(const SandboxRequest &) const) {
        return [routes, fn](const SandboxRequest &r) { return ((*routes).*fn)(r); };
    };
    router.get(spaces, kRead, bind(&SpaceRoutes::list));
    router.post(spaces, kWrite, bind(&SpaceRoutes::create));
    router.get(spaces + QStringLiteral("/types"), kRead, bind(&SpaceRoutes::types));
    router.get(one, kRead, bind(&SpaceRoutes::get));
    router.put(one, kWrite, bind(&SpaceRoutes::update));
    router.patch(one, kWrite, bind(&SpaceRoutes::patch));
    router.del(one, kWrite, bind(&SpaceRoutes::remove));
    router.get(assignments, kRead, bind(&SpaceRoutes::listAssignments));
    router.post(assignments, kWrite, bind(&SpaceRoutes::createAssignment));
    router.get(assignment, kRead, bind(&SpaceRoutes::getAssignment));
    router.put(assignment, kWrite, bind(&SpaceRoutes::updateAssignment));
    router.del(assignment, kWrite, bind(&SpaceRoutes::removeAssignment));
}

} // namespace odag::sandbox
