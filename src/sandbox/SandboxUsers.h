#pragma once

// The people of the sandbox tenant: who holds which API key, their groups and roles,
// and when each was last seen (the engine's session list is derived from that).

#include "core/Result.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace odag::sandbox {

// The tenant ID every sandbox user belongs to (UserStateCondensed.tenantid).
inline constexpr char kTenantId[] = "sbxTnT7q2LwX9vYc4RmK8pN3dF6hJ1aZ";

struct SandboxUser
{
    QString id;      // Qlik Cloud user ID
    QString name;    // display name
    QString subject; // IdP subject
    QString email;
    QStringList groups;
    QStringList roles; // "TenantAdmin", "Developer", ...
    QString apiKey;
    bool admin = false;
    QString userId;        // Qlik Sense Enterprise login (X-Qlik-User UserId); defaults to id
    QString userDirectory; // Qlik Sense Enterprise user directory

    QJsonObject toJson(bool withApiKey = false) const;
    bool operator==(const SandboxUser &) const = default;
};

class SandboxUsers
{
public:
    // Maria Keller (admin), Jonas Berg and Aiko Tanaka (link authors), Carlos Mendes
    // (analyst); see SandboxDemoUsers.h for their keys.
    static QList<SandboxUser> demoUsers();

    // A JSON array of {"id","name","subject","groups":[...],"roles":[...],"apiKey",
    // "admin":bool} with optional "email", "userId", "userDirectory". Errors name the
    // JSON path of the bad value.
    static Result<QList<SandboxUser>, QString> parse(const QByteArray &json);
    static Result<QList<SandboxUser>, QString> loadFile(const QString &path);

    // Replaces the directory; refuses (and returns why) duplicate IDs or API keys.
    QString setUsers(const QList<SandboxUser> &users);
    // Adds the users whose ID is not present yet.
    void addMissing(const QList<SandboxUser> &users);

    const SandboxUser *findByApiKey(const QString &key) const;
    // By Qlik Cloud ID or by Qlik Sense Enterprise login (case-insensitive), optionally
    // within a user directory.
    const SandboxUser *findByLogin(const QString &directory, const QString &userId) const;
    const SandboxUser *findById(const QString &id) const;
    const QList<SandboxUser> &all() const { return m_users; }

    void noteActivity(const QString &userId, const QDateTime &at);
    // User ID -> last time the user made an authenticated call.
    const QHash<QString, QDateTime> &lastSeen() const { return m_lastSeen; }

private:
    QList<SandboxUser> m_users;
    QHash<QString, QDateTime> m_lastSeen;
};

} // namespace odag::sandbox
