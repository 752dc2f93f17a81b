#include "AppsCommon.h"

#include "SandboxApps.h"
#include "SpaceAccess.h"

#include "sandbox/SandboxServer.h"

namespace odag::sandbox::apps {

namespace {

class AppsCommonText
{
    Q_DECLARE_TR_FUNCTIONS(odag::sandbox::AppsCommon)
public:
    static QString notFound(const QString &what, const QString &id)
    {
        return tr("No %1 with ID %2.").arg(what, id);
    }
    static QString app() { return tr("app"); }
    static QString lacks(const QString &privilege, const QString &appId)
    {
        return tr("You do not have the %1 privilege on the app %2.").arg(privilege, appId);
    }
    static QString storeFailed(const QString &error)
    {
        return tr("The sandbox could not save the change: %1").arg(error);
    }
};

} // namespace

QString iso(const QDateTime &dt)
{
    return dt.toUTC().toString(Qt::ISODateWithMs);
}

QString isoNow(SandboxServer &server)
{
    return iso(server.clock().now());
}

QJsonObject nxApp(const QJsonObject &app, const QStringList &privileges)
{
    // Object types a user may add to an app: own sheets, bookmarks and stories need
    // read access; shared master items need the right to change the app.
    const bool canRead = privileges.contains(QStringLiteral("read"));
    const bool canUpdate = privileges.contains(QStringLiteral("update"));
    QJsonArray create;
    const auto add = [&create](const char *resource, bool can) {
        create.append(QJsonObject{{QStringLiteral("resource"), QString::fromLatin1(resource)},
                                  {QStringLiteral("canCreate"), can}});
    };
    add("sheet", canRead);
    add("bookmark", canRead);
    add("story", canRead);
    add("snapshot", canRead);
    add("dimension", canUpdate);
    add("measure", canUpdate);
    add("masterobject", canUpdate);
    add("variable", canUpdate);
    QJsonObject attributes = app;
    attributes.insert(QStringLiteral("_resourcetype"), QStringLiteral("app"));
    return QJsonObject{{QStringLiteral("attributes"), attributes},
                       {QStringLiteral("privileges"), QJsonArray::fromStringList(privileges)},
                       {QStringLiteral("create"), create}};
}

const SandboxUser *findUser(SandboxServer &server, const QString &id)
{
    if (id.isEmpty())
        return nullptr;
    return server.users().findById(id);
}

SandboxResponse fieldError(const SandboxRequest &request, const QString &field,
                           const QString &problem)
{
    return request.error(400, field + QStringLiteral(": ") + problem);
}

SandboxResponse notFound(const SandboxRequest &request, const QString &what, const QString &id)
{
    return request.error(404, AppsCommonText::notFound(what, id));
}

SandboxResponse forbidden(const SandboxRequest &request, const QString &detail)
{
    return request.error(403, detail);
}

SandboxResponse storeFailure(const SandboxRequest &request, SandboxServer &server)
{
    return request.error(500, AppsCommonText::storeFailed(server.store().lastError()));
}

Result<QJsonObject, SandboxResponse> accessibleApp(SandboxServer &server,
                                                   const SandboxRequest &request,
                                                   const QString &appId, const QString &privilege)
{
    const auto app = SandboxApps(server).get(appId);
    if (!app)
        return notFound(request, AppsCommonText::app(), appId);
    if (!SpaceAccess(server).canOnApp(*app, *request.user, privilege))
        return forbidden(request, AppsCommonText::lacks(privilege, appId));
    return *app;
}

std::optional<bool> queryBool(const SandboxRequest &request, const QString &name)
{
    if (!request.hasQueryValue(name))
        return std::nullopt;
    const QString v = request.queryValue(name).trimmed().toLower();
    return v == QLatin1StringView("true") || v == QLatin1StringView("1");
}

QStringList queryList(const SandboxRequest &request, const QString &name)
{
    QStringList out;
    const QStringList parts = request.queryValue(name).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &p : parts) {
        const QString t = p.trimmed().toLower();
        if (!t.isEmpty())
            out.append(t);
    }
    return out;
}

} // namespace odag::sandbox::apps
