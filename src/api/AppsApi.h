#pragma once

// AppsApi: the typed calls that create, change, move, publish, export and import apps
// (/api/v1/apps, seeds 003 and 004). Every app answer is read as AppInfo, which takes
// the NxApp shape of real tenants and the flat shape of seed 003 alike; bodies go out
// in the NxApp shape (`{attributes:{...}}`) real tenants take. What an app contains
// (metadata, scripts, logs, media) is AppDataApi's.

#include "JsonCall.h"
#include "core/Apps.h"

class QIODevice;

namespace odag::api {

struct AppExportOptions
{
    std::optional<bool> noData; // leave the data out of the QVF
};

// Query of POST /apps/import; absent members are not sent.
struct AppImportQuery
{
    std::optional<QString> name;    // the new app's name
    std::optional<QString> spaceId; // personal space when absent
    std::optional<QString> mode;    // "new" (default) or "autoreplace"
    std::optional<bool> noData;     // NoData: keep the existing app's data

    QUrlQuery toQuery() const;
};

class AppsApi
{
public:
    explicit AppsApi(Transport &transport)
        : m_transport(transport)
    {}

    // GET /api/v1/apps  (getAppsPrivileges, Tier 1)
    PendingCall *getAppsPrivileges(QObject *context, Callback<QStringList> done);
    // GET /api/v1/apps/privileges  (seed 004 user app privileges, Tier 1)
    PendingCall *getUserPrivileges(QObject *context, Callback<QStringList> done);
    // POST /api/v1/apps  (createApp, Tier 2)
    PendingCall *createApp(const CreateApp &app, QObject *context, Callback<AppInfo> done);
    // GET /api/v1/apps/{appId}  (getApp, Tier 1)
    PendingCall *getApp(const QString &appId, QObject *context, Callback<AppInfo> done);
    // PUT /api/v1/apps/{appId}  (updateApp, Tier 2)
    PendingCall *updateApp(const QString &appId, const UpdateApp &update, QObject *context,
                           Callback<AppInfo> done);
    // DELETE /api/v1/apps/{appId}  (deleteApp, Tier 2)
    PendingCall *deleteApp(const QString &appId, QObject *context, Callback<Empty> done);
    // POST /api/v1/apps/{appId}/copy  (copyApp, Tier 2)
    PendingCall *copyApp(const QString &appId, const CreateApp &copy, QObject *context,
                         Callback<AppInfo> done);

    // POST /api/v1/apps/{appId}/export  (exportApp, Tier 2). Answers where to download
    // the QVF from: the Location header (real tenants, 201) or `downloadPath` (seed 003);
    // absolute or relative to the tenant, to be passed to download().
    PendingCall *exportApp(const QString &appId, const AppExportOptions &options, QObject *context,
                           Callback<QString> done);
    // GET {location}  (download of an export, Tier 1). Streams the body into `sink`,
    // which must stay open until `done`.
    PendingCall *download(const QString &location, QIODevice *sink, QObject *context,
                          Callback<Empty> done);
    // POST /api/v1/apps/import  (importApp, Tier 2). Streams `file` (a QVF) as
    // application/octet-stream; it must stay open until `done`.
    PendingCall *importApp(QIODevice *file, const AppImportQuery &query, QObject *context,
                           Callback<AppInfo> done);

    // POST /api/v1/apps/{appId}/publish  (publishApp, Tier 2)
    PendingCall *publishApp(const QString &appId, const AppPublish &publish, QObject *context,
                            Callback<AppInfo> done);
    // PUT /api/v1/apps/{appId}/publish  (republishApp; seed 004 publish, Tier 2)
    PendingCall *republishApp(const QString &appId, const AppRepublish &republish, QObject *context,
                              Callback<AppInfo> done);
    // PUT /api/v1/apps/{appId}/unpublish  (seed 004 unpublish, Tier 2)
    PendingCall *unpublishApp(const QString &appId, QObject *context, Callback<AppInfo> done);
    // PUT /api/v1/apps/{appId}/owner  (updateAppOwner, Tier 2)
    PendingCall *changeOwner(const QString &appId, const QString &ownerId, QObject *context,
                             Callback<AppInfo> done);
    // PUT /api/v1/apps/{appId}/space  (moveAppToSpace, Tier 2)
    PendingCall *moveToSpace(const QString &appId, const QString &spaceId, QObject *context,
                             Callback<AppInfo> done);
    // DELETE /api/v1/apps/{appId}/space  (removeAppFromSpace, Tier 2)
    PendingCall *removeFromSpace(const QString &appId, QObject *context, Callback<AppInfo> done);

private:
    Transport &m_transport;
};

} // namespace odag::api
