#include "OdagTenantApi.h"

namespace odag::api {

namespace {

// The tiers of these calls are not published (they are neither in the seeds nor in the
// TS client): reads are counted as Tier 1 and the write as Tier 2, like every other
// ODAG call.
RequestSpec spec(const QByteArray &method, const QString &path, Tier tier)
{
    RequestSpec s;
    s.method = method;
    s.path = path;
    s.tier = tier;
    s.errorFlavor = ErrorFlavor::ErrorV2;
    return s;
}

QString settingsPath()
{
    return QStringLiteral("/api/analytics/odag-settings");
}

} // namespace

PendingCall *OdagTenantApi::listOdagApps(OdagAppType appType, QObject *context,
                                         Callback<OdagApps> done)
{
    RequestSpec s = spec("GET", QStringLiteral("/api/analytics/odag-apps"), Tier::Tier1);
    s.query.addQueryItem(QStringLiteral("appType"), OpenEnum<OdagAppType>::nameOf(appType));
    return sendJson(m_transport, std::move(s), context, std::move(done));
}

PendingCall *OdagTenantApi::getSettings(QObject *context, Callback<OdagSettings> done)
{
    return sendJson(m_transport, spec("GET", settingsPath(), Tier::Tier1), context,
                    std::move(done));
}

PendingCall *OdagTenantApi::putSettings(const OdagSettingsPutPayload &payload, QObject *context,
                                        Callback<OdagSettings> done)
{
    RequestSpec s = spec("PUT", settingsPath(), Tier::Tier2);
    s.body = jsonBody(payload);
    // Two flags set to given values: the same body twice gives the same settings.
    s.idempotent = true;
    return sendJson(m_transport, std::move(s), context, std::move(done));
}

PendingCall *OdagTenantApi::canUpdateSettings(QObject *context, Callback<CanUpdateSettings> done)
{
    return sendJson(m_transport,
                    spec("GET", settingsPath() + QStringLiteral("/canupdate"), Tier::Tier1),
                    context, std::move(done));
}

} // namespace odag::api
