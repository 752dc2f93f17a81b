#include "UserRoutes.h"

#include "SandboxServer.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>

namespace odag::sandbox {

namespace {

// A stable 24-hex-digit ID for a role or group name, as Qlik Cloud IDs look.
QString stableId(const QString &kind, const QString &name)
{
    return QString::fromLatin1(
        QCryptographicHash::hash((kind + QLatin1Char(':') + name).toUtf8(), QCryptographicHash::Sha1)
            .toHex()
            .left(24));
}

QJsonObject userJson(const SandboxUser &user)
{
    QJsonArray roles;
    for (const QString &role : user.roles) {
        const bool admin = role.contains(QLatin1StringView("Admin"));
        roles.append(QJsonObject{{QStringLiteral("id"), stableId(QStringLiteral("role"), role)},
                                 {QStringLiteral("name"), role},
                                 {QStringLiteral("type"), QStringLiteral("default")},
                                 {QStringLiteral("level"), admin ? QStringLiteral("admin") : QStringLiteral("user")}});
    }
    QJsonArray groups;
    for (const QString &group : user.groups) {
        groups.append(QJsonObject{{QStringLiteral("id"), stableId(QStringLiteral("group"), group)},
                                  {QStringLiteral("name"), group},
                                  {QStringLiteral("providerType"), QStringLiteral("idp")}});
    }
    QJsonObject o{{QStringLiteral("id"), user.id},
                  {QStringLiteral("name"), user.name},
                  {QStringLiteral("subject"), user.subject},
                  {QStringLiteral("tenantId"), QString::fromLatin1(kTenantId)},
                  {QStringLiteral("status"), QStringLiteral("active")},
                  {QStringLiteral("assignedRoles"), roles},
                  {QStringLiteral("assignedGroups"), groups}};
    if (!user.email.isEmpty())
        o.insert(QStringLiteral("email"), user.email);
    return o;
}

} // namespace

void registerUserRoutes(SandboxServer &server)
{
    server.router().get(QStringLiteral("/api/v1/users/me"), {Tier::Tier1}, [](const SandboxRequest &request) {
        return SandboxResponse::json(userJson(*request.user));
    });
}

} // namespace odag::sandbox
