#pragma once

// One HTTP answer of the sandbox: status, headers and body bytes (compact JSON for API
// answers), or the marker that the handler answers later through a SandboxResponder.

#include "ApiArea.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>

namespace odag::sandbox {

struct SandboxResponse
{
    int status = 200;
    QByteArray contentType; // empty: no Content-Type header (a 204 has none)
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    bool deferred = false;

    // Compact UTF-8 JSON of an object or array; `{}`-style bodies stay on one line.
    static SandboxResponse json(const QJsonValue &value, int status = 200);
    static SandboxResponse noContent();
    static SandboxResponse bytes(QByteArray body, QByteArray contentType, int status = 200);
    // Returned by a handler that took the responder with SandboxRequest::defer().
    static SandboxResponse deferredReply();

    SandboxResponse &withHeader(const QByteArray &name, const QByteArray &value);
    // The value of a header this response carries, case-insensitive; empty when absent.
    QByteArray header(const QByteArray &name) const;
};

// An error in the shape of the API area the path belongs to:
//   OdagCloud: {errors:[{code,title,detail,meta:{statusCode}}],traceId}   (ErrorV2)
//   QseOdag:   {message}
//   others:    {errors:[{code,title,detail,status:"<status>"}],traceId}   (ErrorResponse)
// `code` defaults to "HTTP-<status>". Every error carries a fresh traceId.
SandboxResponse errorResponse(ApiArea area, int status, const QString &title, const QString &detail,
                              const QString &code = {});

// 32 lower-case hex digits, like the trace IDs of Qlik Cloud.
QString newTraceId();

// "Not Found" for 404; empty for a status without a standard phrase.
QByteArray reasonPhrase(int status);

// The standard title of an error status ("Bad Request"), translated.
QString statusTitle(int status);

} // namespace odag::sandbox
