#pragma once

// The sandbox's apps: the one place that creates, reads, renames, scripts and deletes an
// app document, so that the /api/v1 app routes, the item list and ODAG (which reads
// template scripts and creates, reloads and purges generated apps) agree on one shape.
//
// Storage: collection "apps" holds one document per app in the flat AppAttributes shape
// of seed 003 (id, name, description, spaceId, ownerId, owner, createdDate,
// modifiedDate, published, publishTime, lastReloadTime, usage, custom, originAppId,
// tenantId, hasSectionAccess, encrypted, isDirectQueryMode, dynamicColor, thumbnail);
// routes answer it as NxApp. Collection "app_scripts" holds one document per script
// version {id, appId, script, createdDate, modifiedDate, createdBy}; the newest is the
// app's current script. Collection "app_data" holds, per app, the script its last
// successful load ran (data model and lineage are derived from it); "app_media" its
// media files {id, appId, path, contentType, size, data (base64)}. Every write is
// committed before the call returns; a call made inside an open transaction joins it
// (the writes use SQLite savepoints).

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace odag::sandbox {

class SandboxServer;
class SandboxStore;

class SandboxApps
{
public:
    explicit SandboxApps(SandboxServer &server);

    struct NewApp
    {
        QString name;
        QString description;
        QString spaceId; // empty: the owner's personal space
        QString ownerId;
        QString script; // stored as the first script version when not empty
        QString usage = QStringLiteral("ANALYTICS");
        QString originAppId; // copies, publications and ODAG-generated apps
        QString id;          // empty: a fresh 24-hex ID
    };

    // Creates the app (and its first script version); returns its document, or nullopt
    // when the store refused the write.
    std::optional<QJsonObject> create(const NewApp &app);
    std::optional<QJsonObject> get(const QString &appId) const;
    bool exists(const QString &appId) const;
    // Every app document, in creation order.
    QList<QJsonObject> all() const;
    // Replaces the stored document (modifiedDate is set to now).
    bool update(const QString &appId, const QJsonObject &attributes);
    bool rename(const QString &appId, const QString &name);
    // Deletes the app, its script versions, reload records, media files and data.
    bool remove(const QString &appId);

    // The current load script ("" when the app has none).
    QString currentScript(const QString &appId) const;
    // Stores a new script version; returns the version's ID.
    std::optional<QString> setScript(const QString &appId, const QString &script,
                                     const QString &userId);
    std::optional<QString> setScript(const QString &appId, const QString &script,
                                     const QString &userId, const QString &versionMessage);
    // The app's script versions, newest first.
    QList<QJsonObject> scriptVersions(const QString &appId) const;

    // Records a finished load or reload on the app. A success sets lastReloadTime and
    // makes the current script the one the app's data comes from; a failure leaves the
    // app as it was.
    bool recordReload(const QString &appId, const QDateTime &finishedAt, bool success);
    // The script the app's last successful load ran; nullopt when it holds no data.
    std::optional<QString> loadedScript(const QString &appId) const;
    // Gives toAppId the data fromAppId holds (copy, publish, import).
    bool copyLoadedData(const QString &fromAppId, const QString &toAppId);
    // Gives toAppId copies of fromAppId's media files (copy, publish).
    bool copyMedia(const QString &fromAppId, const QString &toAppId);
    // Deletes every media file of the app.
    bool removeMedia(const QString &appId);
    // Stores a media file (path relative to the app's media library, "images/logo.png").
    bool addMedia(const QString &appId, const QString &path, const QByteArray &contentType,
                  const QByteArray &bytes, const QString &userId);
    // Sets the data the app holds as if a load of `script` had finished at `reloadedAt`
    // (import of an app file with data); lastReloadTime is left to the caller.
    bool setLoadedData(const QString &appId, const QString &script, const QDateTime &reloadedAt);

    // The `owner` attribute for a user: their IdP subject, or the ID when unknown.
    QString ownerIdentity(const QString &userId) const;

    // 24 lowercase hex characters, like every Qlik ID.
    static QString newId();

    // Runs work atomically: a savepoint, so it nests inside an open transaction.
    static bool atomically(SandboxStore &store, const std::function<bool()> &work);

private:
    std::optional<QString> writeScriptVersion(const QString &appId, const QString &script,
                                              const QString &userId,
                                              const QString &versionMessage = {});

    SandboxServer &m_server;
};

} // namespace odag::sandbox
