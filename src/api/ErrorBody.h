#pragma once

// ErrorBody: reads what a failed response says about itself (the error body in the
// flavour of its API, the trace ID headers, Retry-After) into an ApiError.

#include "Transport.h"

#include <QDateTime>

#include <optional>

namespace odag::api::errorbody {

// Fills code, title, detail and traceId from `body`. Lenient: a body of another flavour
// than expected is still read, a non-JSON body leaves a short plain-text body as detail.
void fill(ApiError &error, const QByteArray &body, ErrorFlavor flavor);

// X-Request-Id, or the trace-id field of a W3C traceparent header.
QString traceIdFromHeaders(const RawResponse &response);

// Retry-After as seconds from `nowUtc`: delta-seconds or an HTTP-date. Absent or
// unreadable: nullopt. A date in the past gives 0.
std::optional<int> parseRetryAfter(const QByteArray &value, const QDateTime &nowUtc);

} // namespace odag::api::errorbody
