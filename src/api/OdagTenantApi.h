#pragma once

// OdagTenantApi: the tenant-level ODAG calls of Qlik Cloud that are not in the seeds but
// exist on real tenants (API-NOTES.md, the TS client): the ODAG apps of a kind, and the
// ODAG settings with their update permission. The settings are TenantAdmin only (403
// otherwise).

#include "JsonCall.h"
#include "core/OdagTenant.h"

namespace odag::api {

class OdagTenantApi
{
public:
    explicit OdagTenantApi(Transport &transport)
        : m_transport(transport)
    {
    }

    // GET /api/analytics/odag-apps?appType=  (getOdagApps, Tier 1)
    PendingCall *listOdagApps(OdagAppType appType, QObject *context, Callback<OdagApps> done);
    // GET /api/analytics/odag-settings  (getOdagSettings, Tier 1)
    PendingCall *getSettings(QObject *context, Callback<OdagSettings> done);
    // PUT /api/analytics/odag-settings  (putOdagSettings, Tier 2)
    PendingCall *putSettings(const OdagSettingsPutPayload &payload, QObject *context,
                             Callback<OdagSettings> done);
    // GET /api/analytics/odag-settings/canupdate  (getOdagSettingsUpdatePermission, Tier 1)
    PendingCall *canUpdateSettings(QObject *context, Callback<CanUpdateSettings> done);

private:
    Transport &m_transport;
};

} // namespace odag::api
