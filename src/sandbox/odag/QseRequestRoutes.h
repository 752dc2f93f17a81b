#pragma once

// The Qlik Sense Enterprise request paths of the ODAG service (seed 001) under
// /api/odag/v1, on the same RequestEngine as the Cloud paths:
//   GET    /requests                  every request the user may see; query linkId, status
//                                     (queued|loading|completed|failed|cancelled),
//                                     selectionAppId, templateAppId, generatedAppId
//   GET    /links/{linkId}/requests
//   POST   /links/{linkId}/requests   OdagRequestCreate {selectionState} -> 201
//   GET    /requests/{requestId}
//   PUT    /requests/{requestId}      OdagRequestUpdate {status}: an action
//   DELETE /requests/{requestId}/app  204
//   POST   /requests/{requestId}/reloadApp
//   POST   /requests/{requestId}/renameApp   {name}
// Errors are {message}. IDs are the tenant's 24-hex IDs (seed 001 says GUIDs).
//
// Decisions where seed 001 is silent:
// - status maps the engine's states: validating, queued, hold -> queued; loading ->
//   loading; succeeded -> completed; failed, failedAck, invalid -> failed; canceling,
//   canceled, canceledAck -> cancelled. statusMessage says more (the error, "paused").
// - The owner is written as real servers do, {id, userId, userDirectory, name}.
// - selectionState in a submit is either an array of Cloud field states
//   (FieldSelectionStateV2), or an object: with "bindSelectionState" (and optionally
//   "selectionState", "actualRowEst", "selectionApp", "sheetname") it reads like the Cloud
//   payload; otherwise each member is a field name with its selected value or values.
//   Without actualRowEst the row estimate is not checked (a validation message says so).
// - PUT status takes the QSE words and the Cloud ones: cancelled/canceled/cancel ->
//   cancel; hold/paused/pause -> pause; queued/resume -> resume; canceledAck/ackcancel ->
//   ackcancel; failedAck/ackfailure -> ackfailure.

#include "core/QseOdag.h"

namespace odag::sandbox {

class RequestEngine;
class SandboxServer;
struct StoredRequest;

void registerQseRequestRoutes(SandboxServer &server, RequestEngine &engine);

// The QSE shape of a request.
QseRequest toQseRequest(SandboxServer &server, const StoredRequest &request);

} // namespace odag::sandbox
