#pragma once

// Which family of Qlik API a path belongs to. The families disagree on error bodies and
// authentication, so the sandbox decides this first for every request.

#include <QString>

namespace odag::sandbox {

enum class ApiArea
{
    OdagCloud, // /api/analytics/odag-*: ErrorV2 {errors:[{code,title,detail,meta}],traceId}
    CloudV1,   // /api/v1/... and the rest of /api: ErrorResponse {errors:[{...,status}],traceId}
    QseOdag,   // /api/odag/v1/...: Qlik Sense Enterprise, {message}, Xrfkey checked
    Engine,    // /engine/...: ErrorResponse
    Control,   // /sandbox/...: the sandbox's own control paths, ErrorResponse
    Other      // anything else: ErrorResponse, no authentication
};

ApiArea areaForPath(const QString &path);

// Paths of these areas need an authenticated user (unless a route says otherwise).
bool areaRequiresAuth(ApiArea area);

} // namespace odag::sandbox
