#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace odag::api {

// The one error type of the client: what failed, in words a person understands, plus
// everything support needs (HTTP status, the API's code/title/detail, the traceId).
struct ApiError
{
    enum class Kind {
        Http,       // the server answered with a 4xx/5xx status
        Network,    // connection refused, host not found, dropped connection
        Tls,        // certificate or handshake failure
        Timeout,    // no answer within the request's timeout
        Canceled,   // cancelled by the user or the app
        Decode,     // the body is not the JSON the API documents
        RateLimited // 429 and the retry budget is spent
    };

    Kind kind = Kind::Network;
    int httpStatus = 0;        // 0 when no HTTP status was received
    QString code;              // errors[0].code
    QString title;             // errors[0].title
    QString detail;            // errors[0].detail (or QSE's `message`)
    QString traceId;           // ErrorV2 traceId / ErrorResponse meta / X-Request-Id header
    QString technical;         // transport's own error string or decode path, for the log
    QString method;            // "GET"
    QString url;               // redacted URL of the call
    int retryAfterSeconds = 0; // from Retry-After on 429/503
    int timeoutMs = 0;         // Timeout: the limit that ran out
    int attempts = 0;          // attempts made before giving up (retries included)
    // Tls: the server's certificate chain (DER, leaf first) so the user can be shown what
    // was presented and choose to trust (pin) it. Empty for other kinds.
    QList<QByteArray> peerCertificateChain;

    // One sentence for the user: what failed and why, translated.
    QString message() const;
    // message() plus the code, status and traceId to quote to support.
    QString details() const;

    // details() in one string: what ODAG_VERIFY_OK and logs print.
    QString toString() const { return details(); }

    bool isCanceled() const { return kind == Kind::Canceled; }
};

template <class T>
using ApiResult = Result<T, ApiError>;

// An operation that answers no body (204) reports success with this.
struct Empty
{};

} // namespace odag::api
