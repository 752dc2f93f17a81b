#pragma once

// Qlik Cloud users (`/api/v1/users`, the TS client's users.d.ts): the signed-in user of
// `GET /api/v1/users/me`, which the app shows in the status bar and the connection test.

#include "Json.h"

namespace odag {

// One role assigned to a user or a group.
struct AssignedRole
{
    QString id;
    std::optional<QString> name;
    std::optional<QString> type;  // default | custom
    std::optional<QString> level; // admin | user
    QJsonObject extra;

    template <class V> static void fields(V &v)
    {
        v("id", &AssignedRole::id);
        v("name", &AssignedRole::name);
        v("type", &AssignedRole::type);
        v("level", &AssignedRole::level);
    }
    bool operator==(const AssignedRole &) const = default;
};

// One group a user belongs to.
struct AssignedGroup
{
    QString id;
    std::optional<QString> name;
    std::optional<QString> providerType; // idp | custom
    QJsonObject extra;

    template <class V> static void fields(V &v)
    {
        v("id", &AssignedGroup::id);
        v("name", &AssignedGroup::name);
        v("providerType", &AssignedGroup::providerType);
    }
    bool operator==(const AssignedGroup &) const = default;
};

// User
struct User
{
    QString id;
    QString name;
    QString subject;
    QString tenantId;
    std::optional<QString> email;
    std::optional<QString> status; // active | invited | disabled | deleted | provisioned
    std::optional<QList<AssignedRole>> assignedRoles;
    std::optional<QList<AssignedGroup>> assignedGroups;
    std::optional<DateTime> createdAt;
    std::optional<DateTime> lastUpdatedAt;
    QJsonObject extra;

    template <class V> static void fields(V &v)
    {
        v("id", &User::id);
        v("name", &User::name);
        v("subject", &User::subject);
        v("tenantId", &User::tenantId);
        v("email", &User::email);
        v("status", &User::status);
        v("assignedRoles", &User::assignedRoles);
        v("assignedGroups", &User::assignedGroups);
        v("createdAt", &User::createdAt);
        v("lastUpdatedAt", &User::lastUpdatedAt);
    }
    bool operator==(const User &) const = default;

    QStringList roleNames() const
    {
        QStringList names;
        for (const AssignedRole &r : assignedRoles.value_or(QList<AssignedRole>{}))
            names << r.name.value_or(r.id);
        return names;
    }
    QStringList groupNames() const
    {
        QStringList names;
        for (const AssignedGroup &g : assignedGroups.value_or(QList<AssignedGroup>{}))
            names << g.name.value_or(g.id);
        return names;
    }
};

} // namespace odag
