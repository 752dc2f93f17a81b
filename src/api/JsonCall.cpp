#include "JsonCall.h"

#include "ErrorBody.h"

namespace odag::api {

ApiError decodeFailure(const DecodeError &error, const RawResponse &response,
                       const RequestSpec &spec)
{
    ApiError e;
    e.kind = ApiError::Kind::Decode;
    e.httpStatus = response.status;
    e.technical = error.toString();
    e.method = QString::fromLatin1(spec.method);
    e.url = Transport::redactUrl(response.url);
    e.traceId = errorbody::traceIdFromHeaders(response);
    return e;
}

QString pathSegment(const QString &id)
{
    // Everything outside the unreserved set is encoded, '/' and '?' included, so an ID
    // can never step into another path or start a query.
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

} // namespace odag::api
