#pragma once

// The Qlik Sense Enterprise link paths (seed 001) under /api/odag/v1, Xrfkey checked by
// the pipeline:
//   GET    /links          every link the caller may read, in the QSE shape
//   POST   /links          201 {objectDef, feedback:[{infoType, content}]}
//   GET    /links/{id}     the link
//   PUT    /links/{id}     owner or admin; 200 {objectDef, feedback}
//   DELETE /links/{id}     owner or admin; 204; generated apps and requests stay
// Errors are {message}. QSE links live in the same store as Cloud links: one tenant with
// two API faces, so every link has a 24-hex ID (a real QSE server uses GUIDs).
//
// Mapping to the stored (Cloud) link, where seed 001 is silent:
// - bindings: selectionField = selectAppParamName, templateField = templateAppVarName,
//   selectionType = selectAppParamType (Field when absent); laid over the bindings of the
//   template script as on Cloud.
// - retention.maxAge (minutes) = appRetentionTime for User_*; retention.maxCount =
//   genAppLimit for User_*. On read they come from the User_* entries (none when
//   unlimited or absent).
// - QSE has no row-estimate range: a link made here gets kQseDefaultRowLimit rows for
//   User_* so that it can be complete.
// - genAppAccessible and publishTo are kept as sent and answered on the QSE paths only.
// - Owners are {id, userId, userDirectory, name}.
// - feedback: "info" for the bindings read from the template script, "warning" for each
//   lint warning and when the link is incomplete.

#include "core/QseOdag.h"

namespace odag::sandbox {

class SandboxServer;
struct StoredLink;

inline constexpr qint64 kQseDefaultRowLimit = 10000000;

// The stored link in the QSE shape.
QseLink qseLink(SandboxServer &server, const StoredLink &link);

void registerQseLinkRoutes(SandboxServer &server);

} // namespace odag::sandbox
