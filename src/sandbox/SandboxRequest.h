#pragma once

// One HTTP request as a handler sees it: copied out of Qt's request object (which the
// server reuses for the next request on the connection), with the route's path
// parameters, the parsed JSON body and the authenticated user.

#include "ApiArea.h"
#include "SandboxResponse.h"
#include "SandboxUsers.h"

#include "core/Json.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <memory>
#include <optional>

namespace odag::sandbox {

class SandboxResponder;

struct SandboxRequest
{
    QByteArray method; // "GET", "PUT", ... as sent
    QString path;      // percent-decoded, without a trailing slash
    QUrl url;          // absolute, as the client addressed the server (Host header)
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QJsonValue json; // the parsed body on a JSON route; Undefined when the body is empty
    QHash<QString, QString> params; // {name} segments of the route pattern, decoded
    QString pattern;                // the matched route pattern
    ApiArea area = ApiArea::Other;
    std::optional<SandboxUser> user;
    QHostAddress remoteAddress;

    QByteArray header(const QByteArray &name) const; // case-insensitive, first value
    QString param(const QString &name) const { return params.value(name); }
    // A query item, fully decoded; empty when absent.
    QString queryValue(const QString &name) const;
    bool hasQueryValue(const QString &name) const;
    bool isAdmin() const { return user && user->admin; }

    // An absolute URL on this server as the client reached it (for links.*.href).
    QUrl absoluteUrl(const QString &path, const QUrlQuery &query = {}) const;

    // An error in this request's API area shape (see errorResponse()).
    SandboxResponse error(int status, const QString &title, const QString &detail,
                          const QString &code = {}) const;
    SandboxResponse error(int status, const QString &detail) const;

    // Takes the responder to answer later; the handler then returns
    // SandboxResponse::deferredReply(). The responder never writes to a closed connection.
    std::shared_ptr<SandboxResponder> defer() const;

private:
    friend class RequestPipeline;
    std::shared_ptr<SandboxResponder> m_responder;
    mutable bool m_deferred = false;
};

// Decodes the request's JSON body into T with the core codecs. A malformed body, an
// empty one or a value of the wrong type gives a 400 in the area's shape whose detail
// names the JSON path (`properties.rowEstRange[1].highBound: expected integer`).
template <class T> Result<T, SandboxResponse> decodeBody(const SandboxRequest &request)
{
    if (request.json.isUndefined())
        return request.error(400, QStringLiteral("request body: ") + json::missingMessage());
    auto decoded = json::decode<T>(request.json);
    if (!decoded) {
        const DecodeError &e = decoded.error();
        const QString where = e.path.isEmpty() ? QStringLiteral("request body") : e.path;
        return request.error(400, where + QStringLiteral(": ") + e.message);
    }
    return std::move(decoded).value();
}

} // namespace odag::sandbox
