#include "DemoData.h"

#include "OdagSettingsRoutes.h"
#include "SandboxServer.h"
#include "apps/DemoApps.h"
#include "odag/DemoLinks.h"
#include "odag/DemoRequests.h"

#include <QString>

namespace odag::sandbox {

namespace {

const SandboxUser *demoAdmin(SandboxServer &server)
{
    for (const SandboxUser &u : server.users().all()) {
        if (u.admin)
            return &u;
    }
    return nullptr;
}

} // namespace

bool seedDemoData(SandboxServer &server)
{
    if (!seedDemoApps(server))
        return false;
    if (!seedDemoLinks(server))
        return false;
    if (!seedDemoRequests(server))
        return false;
    SandboxStore &store = server.store();
    const QString settings = QString::fromLatin1(kSettingsCollection);
    const QString id = QString::fromLatin1(kOdagSettingsId);
    if (store.contains(settings, id))
        return true;
    const SandboxUser *admin = demoAdmin(server);
    return store.put(settings, id, defaultOdagSettings(), admin ? admin->id : QString());
}

} // namespace odag::sandbox
