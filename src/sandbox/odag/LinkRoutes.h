#pragma once

// The Qlik Cloud ODAG link paths (seed 002) of the sandbox:
//   GET  /api/analytics/odag-links                 bare array; selectionAppID, type, optOwner,
//                                                  includeCharts
//   POST /api/analytics/odag-links                 201; bindings from the template script
//   GET  /api/analytics/odag-links/cancreate       {canCreateLinks}
//   POST /api/analytics/odag-links/selection-app-link-usages?selAppId=  [{id, link?}]
//   GET  /api/analytics/odag-links/{linkId}        with privileges and genAppAccessible
//   PUT  /api/analytics/odag-links/{linkId}        owner or admin; statusSetting; 409 when
//                                                  the modifiedDate sent is older than stored
// There is no DELETE (the router answers 405). registerOdagLinkRoutes() also registers
// the QSE link paths and odag-apps.

namespace odag::sandbox {

class SandboxServer;

void registerOdagLinkRoutes(SandboxServer &server);

} // namespace odag::sandbox
