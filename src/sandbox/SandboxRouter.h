#pragma once

// Maps (method, path) to a handler. Patterns are literal segments and `{name}`
// parameters (`/api/analytics/odag-links/{id}/requests`); a literal segment beats a
// parameter when both match. The router tells "no such path" (404) from "no such method
// on this path" (405, with the methods that exist), which Qt HttpServer 6.4 cannot.

#include "SandboxRequest.h"
#include "SandboxResponse.h"
#include "Tier.h"

#include <QByteArrayList>
#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

namespace odag::sandbox {

struct RouteOptions
{
    enum class Auth
    {
        Required, // a user (API key, or QSE header user) must be authenticated
        None      // anyone (health probes)
    };
    enum class Body
    {
        Json, // a non-empty body must be JSON; it arrives parsed in SandboxRequest::json
        Raw   // bytes as sent (uploads)
    };

    Tier tier = Tier::Tier1;
    Auth auth = Auth::Required;
    Body body = Body::Json;
    qint64 maxBodyBytes = 0; // 0: the server's limit for this body kind
};

using Handler = std::function<SandboxResponse(const SandboxRequest &)>;

class SandboxRouter
{
public:
    struct Route
    {
        QByteArray method;
        QString pattern;
        RouteOptions options;
        Handler handler;
        QStringList segments; // pattern split on '/'
    };

    struct Match
    {
        enum class Result
        {
            Found,
            NotFound,
            MethodNotAllowed
        };
        Result result = Result::NotFound;
        const Route *route = nullptr;
        QHash<QString, QString> params;
        QByteArrayList allowed; // for MethodNotAllowed: the methods the path has
    };

    // Adds a route; a second route with the same method and pattern replaces the first.
    void add(const QByteArray &method, const QString &pattern, const RouteOptions &options,
             Handler handler);
    void get(const QString &pattern, const RouteOptions &options, Handler handler);
    void put(const QString &pattern, const RouteOptions &options, Handler handler);
    void post(const QString &pattern, const RouteOptions &options, Handler handler);
    void patch(const QString &pattern, const RouteOptions &options, Handler handler);
    void del(const QString &pattern, const RouteOptions &options, Handler handler);

    Match match(const QByteArray &method, const QStringList &segments) const;
    Match match(const QByteArray &method, const QString &decodedPath) const;

    const std::vector<std::unique_ptr<Route>> &routes() const { return m_routes; }

    // Splits a percent-encoded path into decoded segments, so that an encoded '/'
    // inside an ID stays inside its segment. A trailing slash is ignored.
    static QStringList splitEncodedPath(const QByteArray &encodedPath);
    // The segments joined back into a decoded path ("/" for none).
    static QString joinSegments(const QStringList &segments);

private:
    std::vector<std::unique_ptr<Route>> m_routes;
};

} // namespace odag::sandbox
