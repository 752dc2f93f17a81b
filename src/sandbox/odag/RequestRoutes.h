#pragma once

// The Qlik Cloud paths of ODAG generation requests (seeds 000 and 002), served by the
// RequestEngine:
//   GET    /api/analytics/odag-links/{linkId}/requests     pending, selectionAppId,
//                                                          selectionAppSheet, clientContextHandle
//   POST   /api/analytics/odag-links/{linkId}/requests     RequestPostPayload -> 201
//   GET    /api/analytics/odag-requests/{requestId}        a multiple one with "subRequests"
//   PUT    /api/analytics/odag-requests/{requestId}?action=cancel|pause|resume|ackcancel|
//          ackfailure [&autoAck&delGenApp&ignoreSucceeded]
//   DELETE /api/analytics/odag-requests/{requestId}/app    204
//   POST   /api/analytics/odag-requests/{requestId}/reload-app   ReloadAppPayload
//   POST   /api/analytics/odag-requests/{requestId}/rename-app   {appName}
//   GET    /api/analytics/odag-requests/{requestId}/selections
// and, through registerQseRequestRoutes, the Qlik Sense Enterprise request paths.
// Lists answer a bare array: the link's owner and administrators see every request of
// the link, anyone else their own.

namespace odag::sandbox {

class SandboxServer;

// Creates the server's RequestEngine (a child of the server) and registers the Cloud
// and QSE request routes.
void registerOdagRequestRoutes(SandboxServer &server);

} // namespace odag::sandbox
