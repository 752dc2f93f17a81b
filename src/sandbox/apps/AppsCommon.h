#pragma once

// What the /api/v1 spaces, items, apps and reloads routes share: the store collections
// they keep their documents in, timestamps, the NxApp answer, and small request helpers.

#include "sandbox/SandboxRequest.h"
#include "sandbox/SandboxResponse.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace odag::sandbox {

class SandboxServer;

namespace apps {

// Store collections (SandboxApps.h describes "apps", "app_scripts" and "app_data").
inline constexpr char kApps[] = "apps";
inline constexpr char kAppScripts[] = "app_scripts";
inline constexpr char kAppData[] = "app_data";
// {id, appId, path, contentType, size, data (base64), createdDate}
inline constexpr char kAppMedia[] = "app_media";
// Space documents: {id, name, type, description, ownerId, tenantId, createdAt,
// createdBy, updatedAt}; meta and links are computed per caller.
inline constexpr char kSpaces[] = "spaces";
// Assignment documents: {id, type, assigneeId, roles, spaceId, tenantId, createdAt,
// createdBy, updatedAt, updatedBy}.
inline constexpr char kAssignments[] = "space_assignments";
// Reload documents: the Reload answer plus a "sandbox" member the routes strip.
inline constexpr char kReloads[] = "reloads";
// Exported app files: {id, appId, name, ownerId, createdAt, expiresAt, data (base64)}.
inline constexpr char kTempContents[] = "temp_contents";

inline QString collection(const char *name)
{
    return QString::fromLatin1(name);
}

QString iso(const QDateTime &dt);
QString isoNow(SandboxServer &server);

// The NxApp answer of every app call: {attributes, privileges, create}.
QJsonObject nxApp(const QJsonObject &app, const QStringList &privileges);

// A known user's ID, or nullptr.
const SandboxUser *findUser(SandboxServer &server, const QString &id);

// 400 naming the field: "<field>: <problem>".
SandboxResponse fieldError(const SandboxRequest &request, const QString &field,
                           const QString &problem);
SandboxResponse notFound(const SandboxRequest &request, const QString &what, const QString &id);
SandboxResponse forbidden(const SandboxRequest &request, const QString &detail);
SandboxResponse storeFailure(const SandboxRequest &request, SandboxServer &server);

// The app of `appId` when the caller holds `privilege` on it ("read", "update"...):
// 404 when there is no such app, 403 when the caller lacks the privilege.
Result<QJsonObject, SandboxResponse> accessibleApp(SandboxServer &server,
                                                   const SandboxRequest &request,
                                                   const QString &appId, const QString &privilege);

// "true"/"1" (any case) of a boolean query item; nullopt when absent, false otherwise.
std::optional<bool> queryBool(const SandboxRequest &request, const QString &name);

// Lower-case, trimmed items of a comma separated query value.
QStringList queryList(const SandboxRequest &request, const QString &name);

} // namespace apps
} // namespace odag::sandbox
