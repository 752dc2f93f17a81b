#include "OdagSettingsRoutes.h"

#include "SandboxServer.h"

#include <QCoreApplication>

namespace odag::sandbox {

namespace {

const QString kOdagEnabled = QStringLiteral("odagEnabled");
const QString kDynamicViewEnabled = QStringLiteral("dynamicViewEnabled");

SandboxResponse forbidden(const SandboxRequest &request)
{
    return request.error(
        403, statusTitle(403),
        QCoreApplication::translate("odag::sandbox::OdagSettingsRoutes",
                                    "Only tenant administrators can view or change ODAG settings."),
        QStringLiteral("ODAG-403"));
}

SandboxResponse putSettings(SandboxServer &server, const SandboxRequest &request)
{
    if (!request.isAdmin())
        return forbidden(request);
    if (!request.json.isObject())
        return request.error(
            400, QCoreApplication::translate("odag::sandbox::OdagSettingsRoutes",
                                             "The request body must be a JSON object."));
    const QJsonObject body = request.json.toObject();
    QJsonObject settings = odagSettings(server);
    // Unknown members are ignored, as the service does; known ones must be booleans.
    for (const QString &field : {kOdagEnabled, kDynamicViewEnabled}) {
        const QJsonValue v = body.value(field);
        if (v.isUndefined())
            continue;
        if (!v.isBool())
            return request.error(400,
                                 field + QStringLiteral(": ") + json::expectedMessage("boolean"));
        settings.insert(field, v.toBool());
    }
    if (!server.store().put(QString::fromLatin1(kSettingsCollection),
                            QString::fromLatin1(kOdagSettingsId), settings, request.user->id)) {
        return request.error(500, QCoreApplication::translate("odag::sandbox::OdagSettingsRoutes",
                                                              "The settings could not be saved: %1")
                                      .arg(server.store().lastError()));
    }
    return SandboxResponse::json(settings);
}

} // namespace

QJsonObject defaultOdagSettings()
{
    return QJsonObject{{kOdagEnabled, true}, {kDynamicViewEnabled, true}};
}

QJsonObject odagSettings(SandboxServer &server)
{
    QJsonObject settings = defaultOdagSettings();
    const auto stored = server.store().get(QString::fromLatin1(kSettingsCollection),
                                           QString::fromLatin1(kOdagSettingsId));
    if (stored) {
        for (auto it = stored->json.constBegin(); it != stored->json.constEnd(); ++it)
            settings.insert(it.key(), it.value());
    }
    return settings;
}

void registerOdagSettingsRoutes(SandboxServer &server)
{
    SandboxRouter &router = server.router();
    const QString path = QStringLiteral("/api/analytics/odag-settings");
    router.get(path, {Tier::Tier1}, [&server](const SandboxRequest &r) {
        if (!r.isAdmin())
            return forbidden(r);
        return SandboxResponse::json(odagSettings(server));
    });
    router.put(path, {Tier::Tier2},
               [&server](const SandboxRequest &r) { return putSettings(server, r); });
    router.get(path + QStringLiteral("/canupdate"), {Tier::Tier1}, [](const SandboxRequest &r) {
        return SandboxResponse::json(
            QJsonObject{{QStringLiteral("canUpdateSettings"), r.isAdmin()}});
    });
}

} // namespace odag::sandbox
