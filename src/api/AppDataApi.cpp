#include "AppDataApi.h"

#include "V1Request.h"

namespace odag::api {

namespace {
QString appPath(const QString &appId)
{
    return QStringLiteral("/apps/") + pathSegment(appId);
}
QString mediaFilePath(const QString &appId, const QString &path)
{
    return appPath(appId) + QStringLiteral("/media/files/") + v1::mediaPath(path);
}
} // namespace

PendingCall *AppDataApi::getDataMetadata(const QString &appId, QObject *context,
                                         Callback<AppMetadataInfo> done)
{
    return sendJson<AppMetadataInfo>(
        m_transport,
        v1::request("GET", appPath(appId) + QStringLiteral("/data/metadata"), Tier::Tier1), context,
        std::move(done));
}

PendingCall *AppDataApi::getDataLineage(const QString &appId, QObject *context,
                                        Callback<AppDataLineageList> done)
{
    return sendJson<AppDataLineageList>(
        m_transport,
        v1::request("GET", appPath(appId) + QStringLiteral("/data/lineage"), Tier::Tier1), context,
        std::move(done));
}

PendingCall *AppDataApi::getScripts(const QString &appId, QObject *context,
                                    Callback<AppScriptList> done)
{
    return sendJson<AppScriptList>(
        m_transport, v1::request("GET", appPath(appId) + QStringLiteral("/scripts"), Tier::Tier1),
        context, std::move(done));
}

PendingCall *AppDataApi::nextScriptsPage(const QString &href, QObject *context,
                                         Callback<AppScriptList> done)
{
    return sendJson<AppScriptList>(m_transport, v1::follow(href, Tier::Tier1), context,
                                   std::move(done));
}

PendingCall *AppDataApi::getScript(const QString &appId, const QString &scriptId,
                                   QObject *context, Callback<AppScript> done)
{
    return sendJson<AppScript>(
        m_transport,
        v1::request("GET", appPath(appId) + QStringLiteral("/scripts/") + pathSegment(scriptId),
                    Tier::Tier1),
        context, std::move(done));
}

PendingCall *AppDataApi::setScript(const QString &appId, const AppScriptSet &script,
                                   QObject *context, Callback<std::optional<AppScript>> done)
{
    const RequestSpec spec = v1::withJson(
        v1::request("POST", appPath(appId) + QStringLiteral("/scripts"), Tier::Tier2), script);
    return sendJson<RawResponse>(m_transport, spec, context,
                                 [done = std::move(done), spec](const ApiResult<RawResponse> &r) {
                                     if (!r.ok()) {
                                         done(r.error());
                                         return;
                                     }
                                     if (r.value().body.trimmed().isEmpty()) {
                                         done(std::optional<AppScript>{});
                                         return;
                                     }
                                     auto decoded = json::decode<AppScript>(r.value().body);
                                     if (!decoded.ok()) {
                                         done(decodeFailure(decoded.error(), r.value(), spec));
                                         return;
                                     }
                                     done(std::optional<AppScript>(std::move(decoded).value()));
                                 });
}

PendingCall *AppDataApi::getReloadLogs(const QString &appId, QObject *context,
                                       Callback<ReloadLogList> done)
{
    return sendJson<ReloadLogList>(
        m_transport,
        v1::request("GET", appPath(appId) + QStringLiteral("/reloads/logs"), Tier::Tier1), context,
        std::move(done));
}

PendingCall *AppDataApi::getReloadLog(const QString &appId, const QString &reloadId,
                                      QObject *context, Callback<QString> done)
{
    RequestSpec spec = v1::request(
        "GET", appPath(appId) + QStringLiteral("/reloads/logs/") + pathSegment(reloadId),
        Tier::Tier1);
    spec.accept = "text/plain";
    return sendJson<RawResponse>(m_transport, spec, context,
                                 [done = std::move(done)](const ApiResult<RawResponse> &r) {
                                     if (!r.ok()) {
                                         done(r.error());
                                         return;
                                     }
                                     done(QString::fromUtf8(r.value().body));
                                 });
}

PendingCall *AppDataApi::getBytes(RequestSpec spec, QObject *context, Callback<QByteArray> done)
{
    spec.accept = "*/*";
    return sendJson<RawResponse>(m_transport, spec, context,
                                 [done = std::move(done)](const ApiResult<RawResponse> &r) {
                                     if (!r.ok()) {
                                         done(r.error());
                                         return;
                                     }
                                     done(r.value().body);
                                 });
}

PendingCall *AppDataApi::getMediaFile(const QString &appId, const QString &path, QObject *context,
                                      Callback<QByteArray> done)
{
    return getBytes(v1::request("GET", mediaFilePath(appId, path), Tier::Tier1), context,
                    std::move(done));
}

PendingCall *AppDataApi::putMediaFile(const QString &appId, const QString &path,
                                      const QByteArray &content, QObject *context,
                                      Callback<Empty> done)
{
    RequestSpec spec = v1::request("PUT", mediaFilePath(appId, path), Tier::Tier2);
    spec.body = content;
    spec.contentType = "application/octet-stream";
    // The service refuses to overwrite an existing file (409): resent after a lost
    // answer, a stored file would be reported as a conflict.
    spec.idempotent = false;
    return sendJson<Empty>(m_transport, spec, context, std::move(done));
}

PendingCall *AppDataApi::deleteMediaFile(const QString &appId, const QString &path,
                                         QObject *context, Callback<Empty> done)
{
    return sendJson<Empty>(m_transport,
                           v1::request("DELETE", mediaFilePath(appId, path), Tier::Tier2), context,
                           std::move(done));
}

PendingCall *AppDataApi::listMedia(const QString &appId, const QString &path,
                                   const std::optional<QString> &show, QObject *context,
                                   Callback<AppMediaList> done)
{
    // An empty path addresses the root: ".../media/list/".
    RequestSpec spec = v1::request(
        "GET", appPath(appId) + QStringLiteral("/media/list/") + v1::mediaPath(path), Tier::Tier1);
    v1::addQuery(spec.query, "show", show);
    return sendJson<AppMediaList>(m_transport, spec, context, std::move(done));
}

PendingCall *AppDataApi::getThumbnail(const QString &appId, QObject *context,
                                      Callback<QByteArray> done)
{
    return getBytes(
        v1::request("GET", appPath(appId) + QStringLiteral("/media/thumbnail"), Tier::Tier1),
        context, std::move(done));
}

} // namespace odag::api
