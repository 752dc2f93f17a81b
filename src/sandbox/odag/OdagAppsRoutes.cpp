#include "OdagAppsRoutes.h"

#include "OdagArea.h"

#include "core/OdagTenant.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/apps/SandboxApps.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace odag::sandbox {

namespace {

// Gives this file's messages one translation context that lupdate records as the
// run-time lookup uses it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(odag::sandbox::OdagAppsRoutes)
};

SandboxResponse listOdagApps(SandboxServer &server, const SandboxRequest &r)
{
    const auto type = OpenEnum<OdagAppType>::fromRaw(r.queryValue(QStringLiteral("appType")));
    if (!type.isKnown())
        return odagError(r, 400, linkcode::kInvalidParameter,
                         r.hasQueryValue(QStringLiteral("appType"))
                             ? Tr::tr("Query parameter appType: expected selection, template or "
                                      "generated, got \"%1\".")
                                   .arg(type.raw())
                             : Tr::tr("Query parameter appType: missing required parameter."));
    const SandboxApps apps(server);
    QList<AppStateCondensed> out;
    if (type == OdagAppType::Generated) {
        for (const QJsonObject &app : apps.all()) {
            const QJsonObject custom = app.value(QStringLiteral("custom")).toObject();
            if (!custom.value(QLatin1StringView(kOdagGeneratedAttribute)).isObject())
                continue;
            if (!r.isAdmin() && app.value(QStringLiteral("ownerId")).toString() != r.user->id)
                continue;
            out.append(AppStateCondensed{app.value(QStringLiteral("id")).toString(),
                                         app.value(QStringLiteral("name")).toString(),
                                         {}});
        }
    } else {
        QSet<QString> seen;
        for (const StoredLink &link : SandboxLinks(server).all()) {
            const QString id =
                type == OdagAppType::Selection ? link.selectionAppId : link.link.templateApp.id;
            if (id.isEmpty() || seen.contains(id))
                continue;
            seen.insert(id);
            if (const auto app = apps.get(id))
                out.append(
                    AppStateCondensed{id, app->value(QStringLiteral("name")).toString(), {}});
        }
    }
    std::sort(out.begin(), out.end(), [](const AppStateCondensed &a, const AppStateCondensed &b) {
        const int c = a.name.compare(b.name, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a.id < b.id;
    });
    OdagApps body;
    body.data = out;
    return SandboxResponse::json(json::encode(body));
}

} // namespace

void registerOdagAppsRoutes(SandboxServer &server)
{
    server.router().get(QStringLiteral("/api/analytics/odag-apps"), {Tier::Tier1},
                        [&server](const SandboxRequest &r) { return listOdagApps(server, r); });
}

} // namespace odag::sandbox
