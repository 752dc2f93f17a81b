#include "AppsApi.h"

#include "V1Request.h"

#include <QCoreApplication>
#include <QIODevice>

namespace odag::api {

namespace {
QString appPath(const QString &appId)
{
    return QStringLiteral("/apps/") + pathSegment(appId);
}
} // namespace

QUrlQuery AppImportQuery::toQuery() const
{
    QUrlQuery q;
    v1::addQuery(q, "name", name);
    v1::addQuery(q, "spaceId", spaceId);
    v1::addQuery(q, "mode", mode);
    v1::addQuery(q, "NoData", noData);
    return q;
}

PendingCall *AppsApi::getAppsPrivileges(QObject *context, Callback<QStringList> done)
{
    return sendJson<QStringList>(m_transport,
                                 v1::request("GET", QStringLiteral("/apps"), Tier::Tier1), context,
                                 std::move(done));
}

PendingCall *AppsApi::getUserPrivileges(QObject *context, Callback<QStringList> done)
{
    return sendJson<QStringList>(
        m_transport, v1::request("GET", QStringLiteral("/apps/privileges"), Tier::Tier1), context,
        std::move(done));
}

PendingCall *AppsApi::createApp(const CreateApp &app, QObject *context, Callback<AppInfo> done)
{
    const RequestSpec spec =
        v1::withJson(v1::request("POST", QStringLiteral("/apps"), Tier::Tier2), app);
    return sendJson<AppInfo>(m_transport, spec, context, std::move(done));
}

PendingCall *AppsApi::getApp(const QString &appId, QObject *context, Callback<AppInfo> done)
{
    return sendJson<AppInfo>(m_transport, v1::request("GET", appPath(appId), Tier::Tier1), context,
                             std::move(done));
}

PendingCall *AppsApi::updateApp(const QString &appId, const UpdateApp &update, QObject *context,
                                Callback<AppInfo> done)
{
    const RequestSpec spec = v1::withJson(v1::request("PUT", appPath(appId), Tier::Tier2), update);
    return sendJson<AppInfo>(m_transport, spec, context, std::move(done));
}

PendingCall *AppsApi::deleteApp(const QString &appId, QObject *context, Callback<Empty> done)
{
    return sendJson<Empty>(m_transport, v1::request("DELETE", appPath(appId), Tier::Tier2), context,
                           std::move(done));
}

PendingCall *AppsApi::copyApp(const QString &appId, const CreateApp &copy, QObject *context,
                              Callback<AppInfo> done)
{
    RequestSpec spec = v1::withJson(
        v1::request("POST", appPath(appId) + QStringLiteral("/copy"), Tier::Tier2), copy);
    spec.timeoutMs = v1::LongOperationTimeoutMs;
    return sendJson<AppInfo>(m_transport, spec, context, std::move(done));
}

PendingCall *AppsApi::exportApp(const QString &appId, const AppExportOptions &options,
                                QObject *context, Callback<QString> done)
{
    RequestSpec spec = v1::request("POST", appPath(appId) + QStringLiteral("/export"), Tier::Tier2);
    spec.timeoutMs = v1::LongOperationTimeoutMs;
    if (options.noData) {
        // Seed 003 reads the flag from the body, the real service from the NoData query.
        spec.body = jsonBody(AppExportRequest{options.noData, {}});
        v1::addQuery(spec.query, "NoData", options.noData);
    }
    const RequestSpec sent = spec;
    return sendJson<RawResponse>(
        m_transport, spec, context,
        [done = std::move(done), sent](const ApiResult<RawResponse> &r) {
            if (!r.ok()) {
                done(r.error());
                return;
            }
            const QByteArray location = r.value().header("Location");
            if (!location.isEmpty()) {
                done(QString::fromUtf8(location));
                return;
            }
            const QByteArray body = r.value().body;
            if (!body.trimmed().isEmpty()) {
                auto answer = json::decode<AppExportAnswer>(body);
                if (!answer.ok()) {
                    done(decodeFailure(answer.error(), r.value(), sent));
                    return;
                }
                if (answer->downloadPath && !answer->downloadPath->isEmpty()) {
                    done(*answer->downloadPath);
                    return;
                }
            }
            done(decodeFailure(DecodeError{{},
                                           QCoreApplication::translate(
                                               "odag::api::AppsApi",
                                               "the export answer names no download location")},
                               r.value(), sent));
        });
}

PendingCall *AppsApi::download(const QString &location, QIODevice *sink, QObject *context,
                               Callback<Empty> done)
{
    RequestSpec spec = v1::follow(location, Tier::Tier1);
    spec.accept = "application/octet-stream, */*";
    spec.downloadSink = sink;
    return sendJson<Empty>(m_transport, spec, context, std::move(done));
}

PendingCall *AppsApi::importApp(QIODevice *file, const AppImportQuery &query, QObject *context,
                                Callback<AppInfo> done)
{
    RequestSpec spec = v1::request("POST", QStringLiteral("/apps/import"), Tier::Tier2);
    spec.query = query.toQuery();
    spec.contentType = "application/octet-stream";
    spec.uploadDevice = file;
    spec.timeoutMs = v1::LongOperationTimeoutMs;
    return sendJson<AppInfo>(m_transport, spec, context, std::move(done));
}

PendingCall *AppsApi::publishApp(const QString &appId, const AppPublish &publish, QObject *context,
                                 Callback<AppInfo> done)
{
    RequestSpec spec = v1::withJson(
        v1::request("POST", appPath(appId) + QStringLiteral("/publish"), Tier::Tier2), publish);
    spec.timeoutMs = v1::LongOperationTimeoutMs;
    return sendJson<AppInfo>(m_transport, spec, context, std::move(done));
}

PendingCall *AppsApi::republishApp(const QString &appId, const AppRepublish &republish,
                                   QObject *context, Callback<AppInfo> done)
{
    RequestSpec spec = v1::withJson(
        v1::request("PUT", appPath(appId) + QStringLiteral("/publish"), Tier::Tier2), republish);
    spec.timeoutMs = v1::LongOperationTimeoutMs;
    // A PUT, but a long copy on the server: resent after a timeout it would start a
    // second republish of the same target while the first may still run.
    spec.idempotent = false;
    return sendJson<AppInfo>(m_transport, spec, context, std::move(done));
}

PendingCall *AppsApi::unpublishApp(const QString &appId, QObject *context, Callback<AppInfo> done)
{
    return sendJson<AppInfo>(
        m_transport, v1::request("PUT", appPath(appId) + QStringLiteral("/unpublish"), Tier::Tier2),
        context, std::move(done));
}

PendingCall *AppsApi::changeOwner(const QString &appId, const QString &ownerId, QObject *context,
                                  Callback<AppInfo> done)
{
    const RequestSpec spec =
        v1::withJson(v1::request("PUT", appPath(appId) + QStringLiteral("/owner"), Tier::Tier2),
                     AppOwnerUpdate{ownerId, {}});
    return sendJson<AppInfo>(m_transport, spec, context, std::move(done));
}

PendingCall *AppsApi::moveToSpace(const QString &appId, const QString &spaceId, QObject *context,
                                  Callback<AppInfo> done)
{
    const RequestSpec spec =
        v1::withJson(v1::request("PUT", appPath(appId) + QStringLiteral("/space"), Tier::Tier2),
                     AppSpaceUpdate{spaceId, {}});
    return sendJson<AppInfo>(m_transport, spec, context, std::move(done));
}

PendingCall *AppsApi::removeFromSpace(const QString &appId, QObject *context,
                                      Callback<AppInfo> done)
{
    return sendJson<AppInfo>(
        m_transport, v1::request("DELETE", appPath(appId) + QStringLiteral("/space"), Tier::Tier2),
        context, std::move(done));
}

} // namespace odag::api
