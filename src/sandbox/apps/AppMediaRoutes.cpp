#include "AppRoutes.h"
#include "AppsCommon.h"
#include "SandboxApps.h"

#include "sandbox/SandboxServer.h"

#include <algorithm>

namespace odag::sandbox {

namespace {

// Media paths have any depth ("images/2024/logo.png"); the router matches whole
// segments, so each depth up to this one has its route.
constexpr int kMaxMediaDepth = 8;

const QString kMedia = apps::collection(apps::kAppMedia);

QByteArray contentTypeFor(const QString &path)
{
    const QString ext = path.section(QLatin1Char('.'), -1).toLower();
    static const QHash<QString, QByteArray> types{
        {QStringLiteral("png"), "image/png"},      {QStringLiteral("jpg"), "image/jpeg"},
        {QStringLiteral("jpeg"), "image/jpeg"},    {QStringLiteral("gif"), "image/gif"},
        {QStringLiteral("svg"), "image/svg+xml"},  {QStringLiteral("webp"), "image/webp"},
        {QStringLiteral("bmp"), "image/bmp"},      {QStringLiteral("txt"), "text/plain"},
        {QStringLiteral("csv"), "text/csv"},       {QStringLiteral("json"), "application/json"},
        {QStringLiteral("pdf"), "application/pdf"}};
    return types.value(ext, QByteArrayLiteral("application/octet-stream"));
}

class AppMediaRoutes
{
    Q_DECLARE_TR_FUNCTIONS(odag::sandbox::AppMediaRoutes)
public:
    explicit AppMediaRoutes(SandboxServer &server)
        : m_server(server)
    {}

    SandboxResponse getFile(const SandboxRequest &r) const;
    SandboxResponse putFile(const SandboxRequest &r) const;
    SandboxResponse deleteFile(const SandboxRequest &r) const;
    SandboxResponse list(const SandboxRequest &r) const;
    SandboxResponse thumbnail(const SandboxRequest &r) const;

private:
    static QString pathOf(const SandboxRequest &r);
    QList<StoredDocument> files(const QString &appId) const;
    std::optional<StoredDocument> file(const QString &appId, const QString &path) const;
    SandboxResponse fileAnswer(const StoredDocument &doc) const;

    SandboxServer &m_server;
};

QString AppMediaRoutes::pathOf(const SandboxRequest &r)
{
    QStringList parts;
    for (int i = 1; i <= kMaxMediaDepth; ++i) {
        const QString p = r.param(QStringLiteral("p%1").arg(i));
        if (p.isEmpty())
            break;
        parts.append(p);
    }
    return parts.join(QLatin1Char('/'));
}

QList<StoredDocument> AppMediaRoutes::files(const QString &appId) const
{
    QList<StoredDocument> out;
    const QList<StoredDocument> docs = m_server.store().all(kMedia);
    for (const StoredDocument &d : docs) {
        if (d.json.value(QStringLiteral("appId")).toString() == appId)
            out.append(d);
    }
    return out;
}

std::optional<StoredDocument> AppMediaRoutes::file(const QString &appId, const QString &path) const
{
    const QList<StoredDocument> all = files(appId);
    for (const StoredDocument &d : all) {
        if (d.json.value(QStringLiteral("path")).toString() == path)
            return d;
    }
    return std::nullopt;
}

SandboxResponse AppMediaRoutes::fileAnswer(const StoredDocument &doc) const
{
    const QByteArray data =
        QByteArray::fromBase64(doc.json.value(QStringLiteral("data")).toString().toLatin1());
    return SandboxResponse::bytes(
        data, doc.json.value(QStringLiteral("contentType")).toString().toLatin1());
}

SandboxResponse AppMediaRoutes::getFile(const SandboxRequest &r) const
{
    const QString appId = r.param(QStringLiteral("appId"));
    const auto app = apps::accessibleApp(m_server, r, appId, QStringLiteral("read"));
    if (!app)
        return app.error();
    const auto doc = file(appId, pathOf(r));
    if (!doc)
        return apps::notFound(r, tr("media file"), pathOf(r));
    return fileAnswer(*doc);
}

SandboxResponse AppMediaRoutes::putFile(const SandboxRequest &r) const
{
    const QString appId = r.param(QStringLiteral("appId"));
    const auto app = apps::accessibleApp(m_server, r, appId, QStringLiteral("update"));
    if (!app)
        return app.error();
    const QString path = pathOf(r);
    if (file(appId, path))
        return r.error(409, statusTitle(409),
                       tr("The media file %1 exists already; delete it first.").arg(path),
                       QStringLiteral("APPS-409"));
    if (r.body.isEmpty())
        return apps::fieldError(r, QStringLiteral("request body"), tr("the file is empty"));
    const QString id = SandboxApps::newId();
    const QJsonObject doc{
        {QStringLiteral("id"), id},
        {QStringLiteral("appId"), appId},
        {QStringLiteral("path"), path},
        {QStringLiteral("contentType"), QString::fromLatin1(contentTypeFor(path))},
        {QStringLiteral("size"), qint64(r.body.size())},
        {QStringLiteral("data"), QString::fromLatin1(r.body.toBase64())},
        {QStringLiteral("createdDate"), apps::isoNow(m_server)}};
    if (!m_server.store().put(kMedia, id, doc, r.user->id))
        return apps::storeFailure(r, m_server);
    return SandboxResponse{};
}

SandboxResponse AppMediaRoutes::deleteFile(const SandboxRequest &r) const
{
    const QString appId = r.param(QStringLiteral("appId"));
    const auto app = apps::accessibleApp(m_server, r, appId, QStringLiteral("update"));
    if (!app)
        return app.error();
    // A file, or a whole folder with everything below it.
    const QString path = pathOf(r);
    QStringList ids;
    for (const StoredDocument &d : files(appId)) {
        const QString p = d.json.value(QStringLiteral("path")).toString();
        if (p == path || p.startsWith(path + QLatin1Char('/')))
            ids.append(d.id);
    }
    if (ids.isEmpty())
        return apps::notFound(r, tr("media file"), path);
    const bool ok = SandboxApps::atomically(m_server.store(), [&]() {
        for (const QString &id : ids) {
            if (!m_server.store().remove(kMedia, id))
                return false;
        }
        return true;
    });
    if (!ok)
        return apps::storeFailure(r, m_server);
    return SandboxResponse{};
}

SandboxResponse AppMediaRoutes::list(const SandboxRequest &r) const
{
    const QString appId = r.param(QStringLiteral("appId"));
    const auto app = apps::accessibleApp(m_server, r, appId, QStringLiteral("read"));
    if (!app)
        return app.error();
    const QString sub = pathOf(r);
    const QString show = r.queryValue(QStringLiteral("show")).toLower();
    const bool recursive = show == QLatin1StringView("r") ||
                           show == QLatin1StringView("recursive") ||
                           show == QLatin1StringView("a") || show == QLatin1StringView("all");
    const QString prefix = sub.isEmpty() ? QString() : sub + QLatin1Char('/');
    QList<QJsonObject> entries;
    bool exists = sub.isEmpty();
    for (const StoredDocument &d : files(appId)) {
        const QString p = d.json.value(QStringLiteral("path")).toString();
        if (!p.startsWith(prefix))
            continue;
        exists = true;
        const QString rel = p.mid(prefix.size());
        if (!recursive && rel.contains(QLatin1Char('/')))
            continue;
        entries.append(
            QJsonObject{{QStringLiteral("id"), p},
                        {QStringLiteral("link"), QString(QStringLiteral("/api/v1/apps/") + appId +
                                                         QStringLiteral("/media/files/") + p)},
                        {QStringLiteral("name"), rel},
                        {QStringLiteral("type"), d.json.value(QStringLiteral("contentType"))}});
    }
    if (!exists)
        return apps::notFound(r, tr("media folder"), sub);
    std::sort(entries.begin(), entries.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(QStringLiteral("id")).toString() < b.value(QStringLiteral("id")).toString();
    });
    QJsonArray data;
    for (const QJsonObject &e : std::as_const(entries))
        data.append(e);
    return SandboxResponse::json(QJsonObject{{QStringLiteral("data"), data},
                                             {QStringLiteral("library"), QStringLiteral("default")},
                                             {QStringLiteral("subpath"), sub}});
}

SandboxResponse AppMediaRoutes::thumbnail(const SandboxRequest &r) const
{
    const QString appId = r.param(QStringLiteral("appId"));
    const auto app = apps::accessibleApp(m_server, r, appId, QStringLiteral("read"));
    if (!app)
        return app.error();
    // The attribute names a media file: a bare path or a URL ending in /media/files/PATH.
    QString path = app->value(QStringLiteral("thumbnail")).toString();
    const QString marker = QStringLiteral("/media/files/");
    const qsizetype at = path.indexOf(marker);
    if (at >= 0)
        path = path.mid(at + marker.size());
    while (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    const auto doc = path.isEmpty() ? std::nullopt : file(appId, path);
    if (!doc)
        return r.error(404, tr("The app %1 has no thumbnail.").arg(appId));
    return fileAnswer(*doc);
}

} // namespace

void registerAppMediaRoutes(SandboxServer &server)
{
    auto routes = std::make_shared<AppMediaRoutes>(server);
    SandboxRouter &router = server.router();
    const auto bind = [routes](SandboxResponse (AppMediaRoutes::*fn)(const SandboxRequest &)
                                   const) {
        return [routes, fn](const SandboxRequest &r) { return ((*routes).*fn)(r); };
    };
    const QString media = QStringLiteral("/api/v1/apps/{appId}/media");
    const RouteOptions upload{Tier::Tier2, RouteOptions::Auth::Required, RouteOptions::Body::Raw,
                              qint64(64) << 20};
    router.get(media + QStringLiteral("/thumbnail"), {Tier::Tier1},
               bind(&AppMediaRoutes::thumbnail));
    router.get(media + QStringLiteral("/list"), {Tier::Tier1}, bind(&AppMediaRoutes::list));
    QString files = media + QStringLiteral("/files");
    QString lists = media + QStringLiteral("/list");
    for (int depth = 1; depth <= kMaxMediaDepth; ++depth) {
        const QString segment = QStringLiteral("/{p%1}").arg(depth);
        files += segment;
        lists += segment;
        router.get(files, {Tier::Tier1}, bind(&AppMediaRoutes::getFile));
        router.put(files, upload, bind(&AppMediaRoutes::putFile));
        router.del(files, {Tier::Tier2}, bind(&AppMediaRoutes::deleteFile));
        router.get(lists, {Tier::Tier1}, bind(&AppMediaRoutes::list));
    }
}

} // namespace odag::sandbox
