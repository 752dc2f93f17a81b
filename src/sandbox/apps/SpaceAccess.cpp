#include "SpaceAccess.h"

#include "AppsCommon.h"

#include "sandbox/SandboxRequest.h"
#include "sandbox/SandboxServer.h"

#include <QSet>

namespace odag::sandbox {

namespace {

const QString kShared = QStringLiteral("shared");
const QString kManaged = QStringLiteral("managed");
const QString kData = QStringLiteral("data");

const QStringList kAllAppPrivileges{QStringLiteral("read"),         QStringLiteral("update"),
                                    QStringLiteral("delete"),       QStringLiteral("reload"),
                                    QStringLiteral("publish"),      QStringLiteral("duplicate"),
                                    QStringLiteral("export"),       QStringLiteral("exportdata"),
                                    QStringLiteral("change_owner"), QStringLiteral("change_space")};

bool hasAny(const QStringList &have, std::initializer_list<const char *> wanted)
{
    for (const char *w : wanted) {
        if (have.contains(QString::fromLatin1(w)))
            return true;
    }
    return false;
}

void addAll(QStringList &to, std::initializer_list<const char *> items)
{
    for (const char *i : items) {
        const QString s = QString::fromLatin1(i);
        if (!to.contains(s))
            to.append(s);
    }
}

// Keeps the canonical order of the privilege list.
QStringList ordered(const QStringList &privileges)
{
    QStringList out;
    for (const QString &p : kAllAppPrivileges) {
        if (privileges.contains(p))
            out.append(p);
    }
    return out;
}

} // namespace

SpaceAccess::SpaceAccess(SandboxServer &server)
    : m_server(server)
{}

QStringList SpaceAccess::assignableRoles(const QString &spaceType)
{
    if (spaceType == kShared)
        return {QStringLiteral("codeveloper"), QStringLiteral("consumer"),
                QStringLiteral("dataconsumer"), QStringLiteral("facilitator"),
                QStringLiteral("producer")};
    if (spaceType == kManaged)
        return {QStringLiteral("basicconsumer"), QStringLiteral("consumer"),
                QStringLiteral("contributor"),   QStringLiteral("dataconsumer"),
                QStringLiteral("facilitator"),   QStringLiteral("publisher")};
    if (spaceType == kData)
        return {QStringLiteral("consumer"),    QStringLiteral("dataconsumer"),
                QStringLiteral("datapreview"), QStringLiteral("facilitator"),
                QStringLiteral("operator"),    QStringLiteral("producer"),
                QStringLiteral("publisher")};
    return {};
}

bool SpaceAccess::isSpaceType(const QString &type)
{
    return type == kShared || type == kManaged || type == kData;
}

std::optional<QJsonObject> SpaceAccess::space(const QString &spaceId) const
{
    if (spaceId.isEmpty())
        return std::nullopt;
    const auto doc = m_server.store().get(apps::collection(apps::kSpaces), spaceId);
    if (!doc)
        return std::nullopt;
    return doc->json;
}

QList<QJsonObject> SpaceAccess::allSpaces() const
{
    QList<QJsonObject> out;
    const QList<StoredDocument> docs = m_server.store().all(apps::collection(apps::kSpaces));
    for (const StoredDocument &d : docs)
        out.append(d.json);
    return out;
}

QList<QJsonObject> SpaceAccess::assignments(const QString &spaceId) const
{
    QList<QJsonObject> out;
    const QList<StoredDocument> docs = m_server.store().all(apps::collection(apps::kAssignments));
    for (const StoredDocument &d : docs) {
        if (d.json.value(QStringLiteral("spaceId")).toString() == spaceId)
            out.append(d.json);
    }
    return out;
}

QStringList SpaceAccess::rolesOf(const QJsonObject &space, const SandboxUser &user) const
{
    const QString type = space.value(QStringLiteral("type")).toString();
    if (space.value(QStringLiteral("ownerId")).toString() == user.id)
        return assignableRoles(type);
    QSet<QString> groups;
    for (const QString &g : user.groups)
        groups.insert(g.toLower());
    QStringList roles;
    const QList<QJsonObject> list = assignments(space.value(QStringLiteral("id")).toString());
    for (const QJsonObject &a : list) {
        const QString kind = a.value(QStringLiteral("type")).toString();
        const QString assignee = a.value(QStringLiteral("assigneeId")).toString();
        const bool mine =
            (kind == QLatin1StringView("user") && assignee == user.id) ||
            (kind == QLatin1StringView("group") && groups.contains(assignee.toLower()));
        if (!mine)
            continue;
        const QJsonArray r = a.value(QStringLiteral("roles")).toArray();
        for (const QJsonValue &v : r) {
            if (!roles.contains(v.toString()))
                roles.append(v.toString());
        }
    }
    QStringList out;
    for (const QString &r : assignableRoles(type)) {
        if (roles.contains(r))
            out.append(r);
    }
    return out;
}

QStringList SpaceAccess::actionsOf(const QJsonObject &space, const SandboxUser &user) const
{
    const QString type = space.value(QStringLiteral("type")).toString();
    const bool owner = space.value(QStringLiteral("ownerId")).toString() == user.id;
    const bool admin = user.admin;
    const QStringList roles = rolesOf(space, user);
    QStringList actions;
    if (admin || owner || !roles.isEmpty())
        actions.append(QStringLiteral("read"));
    bool create = admin || owner;
    if (type == kShared)
        create = create || hasAny(roles, {"producer", "codeveloper"});
    else if (type == kData)
        create = create || hasAny(roles, {"producer", "operator", "publisher"});
    if (create)
        actions.append(QStringLiteral("create"));
    if (admin || owner || hasAny(roles, {"producer", "facilitator"}))
        actions.append(QStringLiteral("update"));
    if (admin || owner) {
        actions.append(QStringLiteral("delete"));
        actions.append(QStringLiteral("change_owner"));
    }
    if (type == kManaged && (admin || owner || roles.contains(QStringLiteral("publisher"))))
        actions.append(QStringLiteral("publish"));
    return actions;
}

bool SpaceAccess::can(const QJsonObject &space, const SandboxUser &user,
                      const QString &action) const
{
    return actionsOf(space, user).contains(action);
}

QJsonObject SpaceAccess::spaceJson(const QJsonObject &space, const SandboxUser &user,
                                   const SandboxRequest &request) const
{
    QJsonObject out = space;
    const QString id = space.value(QStringLiteral("id")).toString();
    const QString type = space.value(QStringLiteral("type")).toString();
    out.insert(
        QStringLiteral("meta"),
        QJsonObject{{QStringLiteral("roles"), QJsonArray::fromStringList(rolesOf(space, user))},
                    {QStringLiteral("actions"), QJsonArray::fromStringList(actionsOf(space, user))},
                    {QStringLiteral("assignableRoles"),
                     QJsonArray::fromStringList(assignableRoles(type))}});
    const QString self = QStringLiteral("/api/v1/spaces/") + id;
    out.insert(QStringLiteral("links"),
               QJsonObject{
                   {QStringLiteral("self"),
                    QJsonObject{{QStringLiteral("href"), request.absoluteUrl(self).toString()}}},
                   {QStringLiteral("assignments"),
                    QJsonObject{
                        {QStringLiteral("href"),
                         request.absoluteUrl(self + QStringLiteral("/assignments")).toString()}}}});
    return out;
}

QJsonObject SpaceAccess::assignmentJson(const QJsonObject &assignment,
                                        const SandboxRequest &request) const
{
    QJsonObject out = assignment;
    const QString space =
        QStringLiteral("/api/v1/spaces/") + assignment.value(QStringLiteral("spaceId")).toString();
    const QString self =
        space + QStringLiteral("/assignments/") + assignment.value(QStringLiteral("id")).toString();
    out.insert(QStringLiteral("links"),
               QJsonObject{
                   {QStringLiteral("self"),
                    QJsonObject{{QStringLiteral("href"), request.absoluteUrl(self).toString()}}},
                   {QStringLiteral("space"),
                    QJsonObject{{QStringLiteral("href"), request.absoluteUrl(space).toString()}}}});
    return out;
}

QStringList SpaceAccess::appPrivileges(const QJsonObject &app, const SandboxUser &user) const
{
    if (user.admin)
        return kAllAppPrivileges;
    const bool appOwner = app.value(QStringLiteral("ownerId")).toString() == user.id;
    const QString spaceId = app.value(QStringLiteral("spaceId")).toString();
    const auto sp = space(spaceId);
    if (!sp)
        return appOwner ? kAllAppPrivileges : QStringList();

    const QString type = sp->value(QStringLiteral("type")).toString();
    const bool managed = type == kManaged;
    QStringList privileges;
    if (appOwner)
        privileges = kAllAppPrivileges;
    const QStringList roles = rolesOf(*sp, user);
    if (managed) {
        if (roles.contains(QStringLiteral("publisher")))
            addAll(privileges,
                   {"read", "delete", "reload", "publish", "duplicate", "export", "exportdata"});
        if (roles.contains(QStringLiteral("contributor")))
            addAll(privileges, {"read", "duplicate"});
        if (roles.contains(QStringLiteral("dataconsumer")))
            addAll(privileges, {"read", "exportdata"});
        if (hasAny(roles, {"consumer", "basicconsumer", "facilitator"}))
            addAll(privileges, {"read"});
        // A published app is changed by republishing, never in place.
        privileges.removeAll(QStringLiteral("update"));
    } else {
        if (roles.contains(QStringLiteral("producer")))
            privileges = kAllAppPrivileges;
        if (roles.contains(QStringLiteral("codeveloper")))
            addAll(privileges, {"read", "update", "reload", "duplicate", "export", "exportdata"});
        if (roles.contains(QStringLiteral("operator")))
            addAll(privileges, {"read", "reload", "duplicate"});
        if (roles.contains(QStringLiteral("publisher")))
            addAll(privileges, {"read", "publish", "duplicate"});
        if (roles.contains(QStringLiteral("dataconsumer")))
            addAll(privileges, {"read", "exportdata"});
        if (hasAny(roles, {"consumer", "facilitator", "datapreview"}))
            addAll(privileges, {"read"});
    }
    return ordered(privileges);
}

bool SpaceAccess::canOnApp(const QJsonObject &app, const SandboxUser &user,
                           const QString &privilege) const
{
    return appPrivileges(app, user).contains(privilege);
}

bool SpaceAccess::canCreateAppIn(const QString &spaceId, const SandboxUser &user) const
{
    if (!mayCreateApps(user))
        return false;
    if (spaceId.isEmpty())
        return true;
    const auto sp = space(spaceId);
    return sp && can(*sp, user, QStringLiteral("create"));
}

bool SpaceAccess::mayCreateApps(const SandboxUser &user)
{
    if (user.admin || user.roles.isEmpty())
        return true;
    return hasAny(user.roles, {"TenantAdmin", "AnalyticsAdmin", "DataAdmin", "Developer",
                               "Professional", "SharedSpaceCreator"});
}

QStringList SpaceAccess::userAppPrivileges(const SandboxUser &user)
{
    if (mayCreateApps(user))
        return {QStringLiteral("can_create_app"), QStringLiteral("can_import_app"),
                QStringLiteral("can_create_session_app")};
    return {QStringLiteral("can_create_session_app")};
}

bool SpaceAccess::mayCreateSpace(const SandboxUser &user, const QString &spaceType)
{
    if (user.admin)
        return true;
    if (spaceType == kManaged)
        return user.roles.contains(QStringLiteral("ManagedSpaceCreator"));
    if (spaceType == kData && user.roles.contains(QStringLiteral("DataSpaceCreator")))
        return true;
    return mayCreateApps(user);
}

} // namespace odag::sandbox
