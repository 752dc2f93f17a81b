#pragma once

// GET /api/analytics/odag-apps?appType=selection|template|generated  → {data:[{id, name}]}
// (a real endpoint beyond the seeds, API-NOTES.md). Selection and template apps are the
// apps the links name (every link, whatever its status); generated apps are the apps
// whose custom attributes carry the odagGenerated marker (OdagArea.h). Administrators see
// every generated app, other users their own. Sorted by name. appType is required (400).

namespace odag::sandbox {

class SandboxServer;

void registerOdagAppsRoutes(SandboxServer &server);

} // namespace odag::sandbox
