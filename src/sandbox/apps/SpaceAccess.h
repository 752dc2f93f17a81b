#pragma once

// Who may do what with a space and with the apps in it, the one place the space, item,
// app and reload routes ask. The rules follow the roles of spaces.d.ts:
//   - the space owner holds every assignable role of the space; a tenant admin may do
//     everything everywhere (the admin console sees all content);
//   - space actions: read (any role), create (shared/data: producer, codeveloper,
//     operator, publisher of a data space), update and member management (producer,
//     facilitator), delete and change_owner (owner only), publish (managed: publisher);
//   - app privileges: the app owner holds all of them, except editing a published app
//     in a managed space; others get what their roles in the app's space allow
//     (producer everything, codeveloper edit and reload, consumer read...); apps in a
//     personal space are their owner's alone.
// Group assignments match the names in a user's `groups`, ignoring case.

#include "sandbox/SandboxUsers.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace odag::sandbox {

class SandboxServer;
struct SandboxRequest;

class SpaceAccess
{
public:
    explicit SpaceAccess(SandboxServer &server);

    // Roles that can be assigned in a space of this type ("shared", "managed", "data").
    static QStringList assignableRoles(const QString &spaceType);
    static bool isSpaceType(const QString &type);

    std::optional<QJsonObject> space(const QString &spaceId) const;
    QList<QJsonObject> allSpaces() const;
    QList<QJsonObject> assignments(const QString &spaceId) const;

    // The caller's roles in the space (the owner's implicit ones included).
    QStringList rolesOf(const QJsonObject &space, const SandboxUser &user) const;
    // The ActionName values the caller may perform on the space.
    QStringList actionsOf(const QJsonObject &space, const SandboxUser &user) const;
    bool can(const QJsonObject &space, const SandboxUser &user, const QString &action) const;

    // A Space answer for this caller: the stored document with meta and links.
    QJsonObject spaceJson(const QJsonObject &space, const SandboxUser &user,
                          const SandboxRequest &request) const;
    QJsonObject assignmentJson(const QJsonObject &assignment, const SandboxRequest &request) const;

    // NxApp privileges of the caller on an app document.
    QStringList appPrivileges(const QJsonObject &app, const SandboxUser &user) const;
    bool canOnApp(const QJsonObject &app, const SandboxUser &user, const QString &privilege) const;
    // May the caller put a new app into the space (empty: the personal space)?
    bool canCreateAppIn(const QString &spaceId, const SandboxUser &user) const;

    // GET /apps: "can_create_app", "can_import_app", "can_create_session_app".
    static QStringList userAppPrivileges(const SandboxUser &user);
    static bool mayCreateApps(const SandboxUser &user);
    // May the user create a space of this type?
    static bool mayCreateSpace(const SandboxUser &user, const QString &spaceType);

private:
    SandboxServer &m_server;
};

} // namespace odag::sandbox
