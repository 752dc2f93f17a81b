#pragma once

// AppDataApi: the typed calls that read what an app holds (/api/v1/apps/{appId}/...):
// data model metadata, lineage, script versions, reload logs and media files. Where
// seed 003 and the real service answer different shapes, the core readers take both.

#include "JsonCall.h"
#include "core/AppData.h"

namespace odag::api {

class AppDataApi
{
public:
    explicit AppDataApi(Transport &transport)
        : m_transport(transport)
    {}

    // GET /api/v1/apps/{appId}/data/metadata  (getAppDataMetadata, Tier 1)
    PendingCall *getDataMetadata(const QString &appId, QObject *context,
                                 Callback<AppMetadataInfo> done);
    // GET /api/v1/apps/{appId}/data/lineage  (getAppDataLineage, Tier 1)
    PendingCall *getDataLineage(const QString &appId, QObject *context,
                                Callback<AppDataLineageList> done);

    // GET /api/v1/apps/{appId}/scripts  (getAppScripts, Tier 1)
    PendingCall *getScripts(const QString &appId, QObject *context, Callback<AppScriptList> done);
    // GET links.next.href of a script history page  (getAppScripts, Tier 1)
    PendingCall *nextScriptsPage(const QString &href, QObject *context,
                                 Callback<AppScriptList> done);
    // GET /api/v1/apps/{appId}/scripts/{scriptId}  (getAppScript, Tier 1): one version with
    // its text; "current" names the latest.
    PendingCall *getScript(const QString &appId, const QString &scriptId, QObject *context,
                           Callback<AppScript> done);
    // POST /api/v1/apps/{appId}/scripts  (setAppScript, Tier 2). Seed 003 answers the new
    // AppScript, the real service an empty 200: then the result holds no value.
    PendingCall *setScript(const QString &appId, const AppScriptSet &script, QObject *context,
                           Callback<std::optional<AppScript>> done);

    // GET /api/v1/apps/{appId}/reloads/logs  (getAppReloadLogs, Tier 1)
    PendingCall *getReloadLogs(const QString &appId, QObject *context,
                               Callback<ReloadLogList> done);
    // GET /api/v1/apps/{appId}/reloads/logs/{reloadId}  (getAppReloadLog, Tier 1), text/plain
    PendingCall *getReloadLog(const QString &appId, const QString &reloadId, QObject *context,
                              Callback<QString> done);

    // GET /api/v1/apps/{appId}/media/files/{path}  (seed 004 get media file, Tier 1)
    PendingCall *getMediaFile(const QString &appId, const QString &path, QObject *context,
                              Callback<QByteArray> done);
    // PUT /api/v1/apps/{appId}/media/files/{path}  (seed 004 store media file, Tier 2)
    PendingCall *putMediaFile(const QString &appId, const QString &path, const QByteArray &content,
                              QObject *context, Callback<Empty> done);
    // DELETE /api/v1/apps/{appId}/media/files/{path}  (seed 004 delete media file, Tier 2)
    PendingCall *deleteMediaFile(const QString &appId, const QString &path, QObject *context,
                                 Callback<Empty> done);
    // GET /api/v1/apps/{appId}/media/list/{path}  (seed 004 list media, Tier 1). An empty
    // path lists the root; `show` is "r"/"recursive" or "a"/"all".
    PendingCall *listMedia(const QString &appId, const QString &path,
                           const std::optional<QString> &show, QObject *context,
                           Callback<AppMediaList> done);
    // GET /api/v1/apps/{appId}/media/thumbnail  (seed 004 thumbnail, Tier 1)
    PendingCall *getThumbnail(const QString &appId, QObject *context, Callback<QByteArray> done);

private:
    PendingCall *getBytes(RequestSpec spec, QObject *context, Callback<QByteArray> done);

    Transport &m_transport;
};

} // namespace odag::api
