#include "SandboxUsers.h"

#include "SandboxDemoUsers.h"

#include "core/Json.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QSet>

namespace odag::sandbox {

namespace {

// The users file as written by a person: only id, name and apiKey are required.
struct UserRecord
{
    QString id;
    QString name;
    QString apiKey;
    std::optional<QString> subject;
    std::optional<QString> email;
    std::optional<QStringList> groups;
    std::optional<QStringList> roles;
    std::optional<bool> admin;
    std::optional<QString> userId;
    std::optional<QString> userDirectory;
    QJsonObject extra;

    template <class V> static void fields(V &v)
    {
        v("id", &UserRecord::id);
        v("name", &UserRecord::name);
        v("apiKey", &UserRecord::apiKey);
        v("subject", &UserRecord::subject);
        v("email", &UserRecord::email);
        v("groups", &UserRecord::groups);
        v("roles", &UserRecord::roles);
        v("admin", &UserRecord::admin);
        v("userId", &UserRecord::userId);
        v("userDirectory", &UserRecord::userDirectory);
    }

    static bool validate(const UserRecord &r, json::Context &ctx)
    {
        if (r.id.trimmed().isEmpty() || r.apiKey.trimmed().isEmpty()) {
            ctx.fail(
                QCoreApplication::translate("odag::sandbox", "id and apiKey must not be empty"));
            return false;
        }
        return true;
    }
};

SandboxUser makeUser(const char *id, const QString &name, const QString &login,
                     const QStringList &groups, const QStringList &roles, const char *key,
                     bool admin)
{
    SandboxUser u;
    u.id = QString::fromLatin1(id);
    u.name = name;
    u.subject = QStringLiteral("auth0|") + login;
    u.email = login + QStringLiteral("@sandbox.example.com");
    u.groups = groups;
    u.roles = roles;
    u.apiKey = QString::fromLatin1(key);
    u.admin = admin;
    u.userId = login;
    u.userDirectory = QString::fromLatin1(demo::kUserDirectory);
    return u;
}

} // namespace

QJsonObject SandboxUser::toJson(bool withApiKey) const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("name"), name},
                  {QStringLiteral("subject"), subject},
                  {QStringLiteral("email"), email},
                  {QStringLiteral("groups"), QJsonArray::fromStringList(groups)},
                  {QStringLiteral("roles"), QJsonArray::fromStringList(roles)},
                  {QStringLiteral("admin"), admin},
                  {QStringLiteral("userId"), userId},
                  {QStringLiteral("userDirectory"), userDirectory}};
    if (withApiKey)
        o.insert(QStringLiteral("apiKey"), apiKey);
    return o;
}

QList<SandboxUser> SandboxUsers::demoUsers()
{
    return {
        makeUser(demo::kAdminId, QStringLiteral("Maria Keller"),
                 QString::fromLatin1(demo::kAdminLogin),
                 {QStringLiteral("Administrators"), QStringLiteral("IT")},
                 {QStringLiteral("TenantAdmin"), QStringLiteral("AnalyticsAdmin")}, demo::kAdminKey,
                 true),
        makeUser(demo::kAuthorId, QStringLiteral("Jonas Berg"),
                 QString::fromLatin1(demo::kAuthorLogin),
                 {QStringLiteral("Developers"), QStringLiteral("Sales")},
                 {QStringLiteral("Developer")}, demo::kAuthorKey, false),
        makeUser(demo::kSecondAuthorId, QStringLiteral("Aiko Tanaka"),
                 QString::fromLatin1(demo::kSecondAuthorLogin),
                 {QStringLiteral("Developers"), QStringLiteral("Finance")},
                 {QStringLiteral("Developer")}, demo::kSecondAuthorKey, false),
        makeUser(demo::kAnalystId, QStringLiteral("Carlos Mendes"),
                 QString::fromLatin1(demo::kAnalystLogin),
                 {QStringLiteral("Sales"), QStringLiteral("EMEA")}, {QStringLiteral("Analyzer")},
                 demo::kAnalystKey, false),
    };
}

Result<QList<SandboxUser>, QString> SandboxUsers::parse(const QByteArray &bytes)
{
    auto records = json::decode<QList<UserRecord>>(bytes);
    if (!records)
        return records.error().toString();
    QList<SandboxUser> users;
    for (const UserRecord &r : *records) {
        SandboxUser u;
        u.id = r.id;
        u.name = r.name;
        u.apiKey = r.apiKey;
        u.subject = r.subject.value_or(QStringLiteral("sandbox|") + r.id);
        u.email = r.email.value_or(QString());
        u.groups = r.groups.value_or(QStringList());
        u.roles = r.roles.value_or(QStringList());
        u.admin = r.admin.value_or(u.roles.contains(QStringLiteral("TenantAdmin")));
        u.userId = r.userId.value_or(r.id);
        u.userDirectory = r.userDirectory.value_or(QString::fromLatin1(demo::kUserDirectory));
        users.append(u);
    }
    return users;
}

Result<QList<SandboxUser>, QString> SandboxUsers::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return QCoreApplication::translate("odag::sandbox", "cannot read %1: %2")
            .arg(path, file.errorString());
    }
    auto users = parse(file.readAll());
    if (!users) {
        return QCoreApplication::translate("odag::sandbox", "%1: %2").arg(path, users.error());
    }
    return users;
}

QString SandboxUsers::setUsers(const QList<SandboxUser> &users)
{
    QSet<QString> ids;
    QSet<QString> keys;
    for (const SandboxUser &u : users) {
        if (ids.contains(u.id)) {
            return QCoreApplication::translate("odag::sandbox", "duplicate user id %1").arg(u.id);
        }
        if (keys.contains(u.apiKey)) {
            return QCoreApplication::translate("odag::sandbox", "duplicate API key for user %1")
                .arg(u.id);
        }
        ids.insert(u.id);
        keys.insert(u.apiKey);
    }
    m_users = users;
    return {};
}

void SandboxUsers::addMissing(const QList<SandboxUser> &users)
{
    for (const SandboxUser &u : users) {
        if (!findById(u.id) && !findByApiKey(u.apiKey))
            m_users.append(u);
    }
}

const SandboxUser *SandboxUsers::findByApiKey(const QString &key) const
{
    if (key.isEmpty())
        return nullptr;
    for (const SandboxUser &u : m_users) {
        if (u.apiKey == key)
            return &u;
    }
    return nullptr;
}

const SandboxUser *SandboxUsers::findByLogin(const QString &directory, const QString &userId) const
{
    if (userId.isEmpty())
        return nullptr;
    for (const SandboxUser &u : m_users) {
        const bool idMatches = u.id.compare(userId, Qt::CaseInsensitive) == 0 ||
                               u.userId.compare(userId, Qt::CaseInsensitive) == 0;
        const bool directoryMatches =
            directory.isEmpty() || u.userDirectory.compare(directory, Qt::CaseInsensitive) == 0;
        if (idMatches && directoryMatches)
            return &u;
    }
    return nullptr;
}

const SandboxUser *SandboxUsers::findById(const QString &id) const
{
    for (const SandboxUser &u : m_users) {
        if (u.id == id)
            return &u;
    }
    return nullptr;
}

void SandboxUsers::noteActivity(const QString &userId, const QDateTime &at)
{
    m_lastSeen.insert(userId, at);
}

} // namespace odag::sandbox
