#include "SandboxApps.h"

#include "sandbox/SandboxServer.h"

#include <QAtomicInt>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSqlQuery>

#include <algorithm>

namespace odag::sandbox {

namespace {

const QString kApps = QStringLiteral("apps");
const QString kScripts = QStringLiteral("app_scripts");
const QString kAppData = QStringLiteral("app_data");
const QString kReloads = QStringLiteral("reloads");
const QString kMedia = QStringLiteral("app_media");

QAtomicInt g_savepointCounter;

QString iso(const QDateTime &dt)
{
    return dt.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

SandboxApps::SandboxApps(SandboxServer &server)
    : m_server(server)
{}

bool SandboxApps::atomically(SandboxStore &store, const std::function<bool()> &work)
{
    // A savepoint outside a transaction opens one and its release commits it; inside
    // one it nests, which BEGIN (SandboxStore::transaction) cannot.
    const QString name =
        QStringLiteral("sbx_apps_%1").arg(g_savepointCounter.fetchAndAddRelaxed(1));
    QSqlDatabase db = store.database();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SAVEPOINT ") + name))
        return false;
    if (!work()) {
        q.exec(QStringLiteral("ROLLBACK TO ") + name);
        q.exec(QStringLiteral("RELEASE ") + name);
        return false;
    }
    return q.exec(QStringLiteral("RELEASE ") + name);
}

QString SandboxApps::newId()
{
    static const char hex[] = "0123456789abcdef";
    QString id;
    id.reserve(24);
    for (int i = 0; i < 24; ++i)
        id.append(QLatin1Char(hex[QRandomGenerator::global()->bounded(16)]));
    return id;
}

QString SandboxApps::ownerIdentity(const QString &userId) const
{
    const SandboxUser *user = m_server.users().findById(userId);
    return user && !user->subject.isEmpty() ? user->subject : userId;
}

std::optional<QJsonObject> SandboxApps::create(const NewApp &app)
{
    const QString id = app.id.isEmpty() ? newId() : app.id;
    const QString now = iso(m_server.clock().now());
    QJsonObject doc{{QStringLiteral("id"), id},
                    {QStringLiteral("name"), app.name},
                    {QStringLiteral("description"), app.description},
                    {QStringLiteral("thumbnail"), QString()},
                    {QStringLiteral("lastReloadTime"), QString()},
                    {QStringLiteral("createdDate"), now},
                    {QStringLiteral("modifiedDate"), now},
                    {QStringLiteral("owner"), ownerIdentity(app.ownerId)},
                    {QStringLiteral("ownerId"), app.ownerId},
                    {QStringLiteral("published"), false},
                    {QStringLiteral("publishTime"), QString()},
                    {QStringLiteral("custom"), QJsonObject()},
                    {QStringLiteral("dynamicColor"), QString()},
                    {QStringLiteral("hasSectionAccess"), false},
                    {QStringLiteral("encrypted"), true},
                    {QStringLiteral("isDirectQueryMode"), false},
                    {QStringLiteral("originAppId"), app.originAppId},
                    {QStringLiteral("tenantId"), QString::fromLatin1(kTenantId)},
                    {QStringLiteral("usage"), app.usage}};
    if (!app.spaceId.isEmpty())
        doc.insert(QStringLiteral("spaceId"), app.spaceId);

    const bool ok = atomically(m_server.store(), [&]() {
        if (!m_server.store().put(kApps, id, doc, app.ownerId))
            return false;
        if (app.script.isEmpty())
            return true;
        return writeScriptVersion(id, app.script, app.ownerId).has_value();
    });
    if (!ok)
        return std::nullopt;
    return doc;
}

std::optional<QJsonObject> SandboxApps::get(const QString &appId) const
{
    const auto doc = m_server.store().get(kApps, appId);
    if (!doc)
        return std::nullopt;
    return doc->json;
}

bool SandboxApps::exists(const QString &appId) const
{
    return m_server.store().contains(kApps, appId);
}

QList<QJsonObject> SandboxApps::all() const
{
    QList<QJsonObject> out;
    const QList<StoredDocument> docs = m_server.store().all(kApps);
    out.reserve(docs.size());
    for (const StoredDocument &d : docs)
        out.append(d.json);
    return out;
}

bool SandboxApps::update(const QString &appId, const QJsonObject &attributes)
{
    if (!exists(appId))
        return false;
    QJsonObject doc = attributes;
    doc.insert(QStringLiteral("id"), appId);
    doc.insert(QStringLiteral("modifiedDate"), iso(m_server.clock().now()));
    return m_server.store().put(kApps, appId, doc, doc.value(QStringLiteral("ownerId")).toString());
}

bool SandboxApps::rename(const QString &appId, const QString &name)
{
    auto doc = get(appId);
    if (!doc)
        return false;
    doc->insert(QStringLiteral("name"), name);
    return update(appId, *doc);
}

bool SandboxApps::remove(const QString &appId)
{
    if (!exists(appId))
        return false;
    SandboxStore &store = m_server.store();
    return atomically(store, [&]() {
        for (const QString &collection : {kScripts, kReloads, kMedia}) {
            const QList<StoredDocument> docs = store.all(collection);
            for (const StoredDocument &d : docs) {
                if (d.json.value(QStringLiteral("appId")).toString() == appId &&
                    !store.remove(collection, d.id)) {
                    return false;
                }
            }
        }
        store.remove(kAppData, appId);
        return store.remove(kApps, appId);
    });
}

QList<QJsonObject> SandboxApps::scriptVersions(const QString &appId) const
{
    QList<QJsonObject> out;
    const QList<StoredDocument> docs = m_server.store().all(kScripts);
    for (const StoredDocument &d : docs) {
        if (d.json.value(QStringLiteral("appId")).toString() == appId)
            out.append(d.json);
    }
    // Insertion order is creation order; the newest comes first, as the service lists.
    std::reverse(out.begin(), out.end());
    return out;
}

QString SandboxApps::currentScript(const QString &appId) const
{
    const QList<QJsonObject> versions = scriptVersions(appId);
    if (versions.isEmpty())
        return {};
    return versions.first().value(QStringLiteral("script")).toString();
}

std::optional<QString> SandboxApps::writeScriptVersion(const QString &appId, const QString &script,
                                                       const QString &userId,
                                                       const QString &versionMessage)
{
    const QString id = newId();
    const QString now = iso(m_server.clock().now());
    QJsonObject doc{{QStringLiteral("id"), id},
                    {QStringLiteral("appId"), appId},
                    {QStringLiteral("script"), script},
                    {QStringLiteral("createdDate"), now},
                    {QStringLiteral("modifiedDate"), now},
                    {QStringLiteral("createdBy"), userId}};
    if (!versionMessage.isEmpty())
        doc.insert(QStringLiteral("versionMessage"), versionMessage);
    if (!m_server.store().put(kScripts, id, doc, userId))
        return std::nullopt;
    return id;
}

std::optional<QString> SandboxApps::setScript(const QString &appId, const QString &script,
                                              const QString &userId)
{
    return setScript(appId, script, userId, QString());
}

std::optional<QString> SandboxApps::setScript(const QString &appId, const QString &script,
                                              const QString &userId, const QString &versionMessage)
{
    auto doc = get(appId);
    if (!doc)
        return std::nullopt;
    std::optional<QString> version;
    const bool ok = atomically(m_server.store(), [&]() {
        version = writeScriptVersion(appId, script, userId, versionMessage);
        return version.has_value() && update(appId, *doc);
    });
    if (!ok)
        return std::nullopt;
    return version;
}

bool SandboxApps::recordReload(const QString &appId, const QDateTime &finishedAt, bool success)
{
    auto doc = get(appId);
    if (!doc)
        return false;
    if (!success)
        return true; // a failed load leaves the app's data as it was
    doc->insert(QStringLiteral("lastReloadTime"), iso(finishedAt));
    SandboxStore &store = m_server.store();
    const QJsonObject data{{QStringLiteral("appId"), appId},
                           {QStringLiteral("script"), currentScript(appId)},
                           {QStringLiteral("reloadedAt"), iso(finishedAt)}};
    // lastReloadTime is not an edit of the app, so modifiedDate stays.
    return atomically(store, [&]() {
        return store.put(kAppData, appId, data, doc->value(QStringLiteral("ownerId")).toString()) &&
               store.put(kApps, appId, *doc, doc->value(QStringLiteral("ownerId")).toString());
    });
}

std::optional<QString> SandboxApps::loadedScript(const QString &appId) const
{
    const auto data = m_server.store().get(kAppData, appId);
    if (!data)
        return std::nullopt;
    return data->json.value(QStringLiteral("script")).toString();
}

bool SandboxApps::copyLoadedData(const QString &fromAppId, const QString &toAppId)
{
    const auto data = m_server.store().get(kAppData, fromAppId);
    if (!data) {
        m_server.store().remove(kAppData, toAppId); // false when it held none either
        return true;
    }
    QJsonObject copy = data->json;
    copy.insert(QStringLiteral("appId"), toAppId);
    return m_server.store().put(kAppData, toAppId, copy, data->owner);
}

bool SandboxApps::copyMedia(const QString &fromAppId, const QString &toAppId)
{
    SandboxStore &store = m_server.store();
    const QList<StoredDocument> docs = store.all(kMedia);
    return atomically(store, [&]() {
        for (const StoredDocument &d : docs) {
            if (d.json.value(QStringLiteral("appId")).toString() != fromAppId)
                continue;
            QJsonObject copy = d.json;
            const QString id = newId();
            copy.insert(QStringLiteral("id"), id);
            copy.insert(QStringLiteral("appId"), toAppId);
            if (!store.put(kMedia, id, copy, d.owner))
                return false;
        }
        return true;
    });
}

bool SandboxApps::addMedia(const QString &appId, const QString &path, const QByteArray &contentType,
                           const QByteArray &bytes, const QString &userId)
{
    const QString id = newId();
    const QJsonObject doc{{QStringLiteral("id"), id},
                          {QStringLiteral("appId"), appId},
                          {QStringLiteral("path"), path},
                          {QStringLiteral("contentType"), QString::fromLatin1(contentType)},
                          {QStringLiteral("size"), qint64(bytes.size())},
                          {QStringLiteral("data"), QString::fromLatin1(bytes.toBase64())},
                          {QStringLiteral("createdDate"), iso(m_server.clock().now())}};
    return m_server.store().put(kMedia, id, doc, userId);
}

bool SandboxApps::setLoadedData(const QString &appId, const QString &script,
                                const QDateTime &reloadedAt)
{
    const QJsonObject data{{QStringLiteral("appId"), appId},
                           {QStringLiteral("script"), script},
                           {QStringLiteral("reloadedAt"), iso(reloadedAt)}};
    return m_server.store().put(kAppData, appId, data);
}

bool SandboxApps::removeMedia(const QString &appId)
{
    SandboxStore &store = m_server.store();
    const QList<StoredDocument> docs = store.all(kMedia);
    return atomically(store, [&]() {
        for (const StoredDocument &d : docs) {
            if (d.json.value(QStringLiteral("appId")).toString() == appId &&
                !store.remove(kMedia, d.id))
                return false;
        }
        return true;
    });
}

} // namespace odag::sandbox
