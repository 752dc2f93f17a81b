#include "RequestPipeline.h"

#include "Logging.h"
#include "OAuthRoutes.h"
#include "SandboxResponder.h"
#include "SandboxServer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QPointer>
#include <QTcpSocket>

#include <exception>

namespace odag::sandbox {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QByteArrayLiteral("PATCH");
    case QHttpServerRequest::Method::Connect:
        return QByteArrayLiteral("CONNECT");
    case QHttpServerRequest::Method::Trace:
        return QByteArrayLiteral("TRACE");
    default:
        return QByteArrayLiteral("UNKNOWN");
    }
}

bool methodHasBody(const QByteArray &method)
{
    return method == "POST" || method == "PUT" || method == "PATCH" || method == "DELETE";
}

// `UserDirectory=D; UserId=U` -> (D, U); keys are case-insensitive.
std::pair<QString, QString> parseQlikUser(const QByteArray &header)
{
    QString directory;
    QString userId;
    const QList<QByteArray> parts = header.split(';');
    for (const QByteArray &part : parts) {
        const qsizetype eq = part.indexOf('=');
        if (eq < 0)
            continue;
        const QByteArray key = part.left(eq).trimmed().toLower();
        const QString value = QString::fromUtf8(part.mid(eq + 1).trimmed());
        if (key == "userdirectory")
            directory = value;
        else if (key == "userid")
            userId = value;
    }
    return {directory, userId};
}

} // namespace

RequestPipeline::RequestPipeline(SandboxServer *server)
    : QObject(server)
    , m_server(server)
{}

std::optional<SandboxResponse> RequestPipeline::authenticate(SandboxRequest &request) const
{
    const QByteArray authorization = request.header(QByteArrayLiteral("authorization"));
    if (authorization.isEmpty()) {
        return request.error(401, statusTitle(401),
                             tr("Authentication required: send Authorization: Bearer <API key>."));
    }
    if (!authorization.startsWith("Bearer ") && !authorization.startsWith("bearer ")) {
        return request.error(401, statusTitle(401), tr("Only Bearer authorization is supported."));
    }
    const QString key = QString::fromUtf8(authorization.mid(7).trimmed());
    const SandboxUser *user = m_server->users().findByApiKey(key);
    bool expired = false;
    if (!user)
        user = userForAccessToken(*m_server, key, &expired); // an OAuth2 access token
    if (!user && expired)
        return request.error(401, statusTitle(401), tr("The access token has expired."));
    if (!user)
        return request.error(401, statusTitle(401), tr("The API key is not valid."));
    request.user = *user;
    return std::nullopt;
}

std::optional<SandboxResponse> RequestPipeline::authenticateQse(SandboxRequest &request) const
{
    // Qlik Sense Enterprise's cross-site request forgery check: the same 16 characters
    // in the query and in the header.
    QString queryKey;
    bool inQuery = false;
    const auto items = request.query.queryItems(QUrl::FullyDecoded);
    for (const auto &item : items) {
        if (item.first.compare(QLatin1StringView("xrfkey"), Qt::CaseInsensitive) == 0) {
            queryKey = item.second;
            inQuery = true;
        }
    }
    const QByteArray headerKey = request.header(QByteArrayLiteral("x-qlik-xrfkey"));
    if (!inQuery)
        return request.error(400, tr("The xrfkey query parameter is missing."));
    if (headerKey.isEmpty())
        return request.error(400, tr("The X-Qlik-Xrfkey header is missing."));
    if (queryKey.size() != 16)
        return request.error(400, tr("The xrfkey must be 16 characters long."));
    if (QString::fromUtf8(headerKey) != queryKey)
        return request.error(400,
                             tr("The xrfkey query parameter and the X-Qlik-Xrfkey header differ."));

    const QByteArray qlikUser = request.header(QByteArrayLiteral("x-qlik-user"));
    if (!qlikUser.isEmpty()) {
        const auto [directory, userId] = parseQlikUser(qlikUser);
        const SandboxUser *user = m_server->users().findByLogin(directory, userId);
        if (!user) {
            return request.error(401, tr("Unknown user %1\\%2.").arg(directory, userId));
        }
        request.user = *user;
        return std::nullopt;
    }
    if (!request.header(QByteArrayLiteral("authorization")).isEmpty())
        return authenticate(request);
    return request.error(401, tr("Authentication required: send X-Qlik-User or a Bearer API key."));
}

void RequestPipeline::handle(const QHttpServerRequest &qRequest, QTcpSocket *socket)
{
    QElapsedTimer timer;
    timer.start();
    SandboxServer &server = *m_server;

    // Qt reuses its request object for the next request on the connection: copy it.
    SandboxRequest r;
    r.method = methodName(qRequest.method());
    r.url = qRequest.url();
    r.query = qRequest.query();
    r.headers = qRequest.headers();
    r.body = qRequest.body();
    r.remoteAddress = qRequest.remoteAddress();
    const QStringList segments =
        SandboxRouter::splitEncodedPath(r.url.path(QUrl::FullyEncoded).toLatin1());
    r.path = SandboxRouter::joinSegments(segments);
    r.area = areaForPath(r.path);

    const bool closeAfter = r.header(QByteArrayLiteral("connection")).toLower().contains("close");
    auto responder = std::make_shared<SandboxResponder>(socket, r.area, closeAfter);
    r.m_responder = responder;

    const SandboxRouter::Match match = server.router().match(r.method, segments);
    const SandboxRouter::Route *route = match.route;
    if (route) {
        r.pattern = route->pattern;
        r.params = match.params;
    }
    const Tier tier = route ? route->options.tier : Tier::Tier1;
    const bool counted = r.area != ApiArea::Control;
    if (counted)
        server.stats().recordCall(r.method, r.pattern, tier);

    QPointer<RequestPipeline> self(this);
    const QByteArray method = r.method;
    const QString pattern = r.pattern;
    const QString path = r.path;
    responder->setOnSent([self, method, pattern, path, counted, timer](int status) {
        if (!self)
            return;
        SandboxServer &s = *self->m_server;
        ++s.m_callsServed;
        if (counted)
            s.stats().recordStatus(method, pattern, status);
        qCDebug(lcSandbox).noquote() << method << path << status << timer.elapsed() << "ms";
        Q_EMIT s.requestFinished(method, path, status);
    });

    const auto answer = [&responder](const SandboxResponse &response) {
        responder->send(response);
    };

    // Faults come first: they stand for a broken network or gateway in front of the
    // tenant, which fails before any check of the request.
    const FaultInjector::Decision fault = server.faults().decide(r.method, r.path, r.area);
    if (fault.action != FaultInjector::Decision::Action::None && counted)
        server.stats().recordFault(r.method, r.pattern);
    if (fault.action == FaultInjector::Decision::Action::Respond)
        return answer(fault.response);
    if (fault.action == FaultInjector::Decision::Action::Mangle)
        responder->setMangle(fault.mangle, fault.delayMs);

    // Unknown paths of an authenticated area answer 401 before 404, like a gateway:
    // an anonymous caller learns nothing about what exists.
    const bool needsAuth =
        route ? route->options.auth == RouteOptions::Auth::Required : areaRequiresAuth(r.area);
    if (needsAuth) {
        const auto refusal = r.area == ApiArea::QseOdag ? authenticateQse(r) : authenticate(r);
        if (refusal)
            return answer(*refusal);
    }

    if (match.result == SandboxRouter::Match::Result::NotFound) {
        return answer(
            r.error(404, statusTitle(404),
                    tr("No resource at %1 %2.").arg(QString::fromLatin1(r.method), r.path)));
    }
    if (match.result == SandboxRouter::Match::Result::MethodNotAllowed) {
        SandboxResponse refusal = r.error(405, statusTitle(405),
                                          tr("%1 is not supported on %2; allowed: %3.")
                                              .arg(QString::fromLatin1(r.method), r.path,
                                                   QString::fromLatin1(match.allowed.join(", "))));
        refusal.withHeader(QByteArrayLiteral("Allow"), match.allowed.join(", "));
        return answer(refusal);
    }

    const qint64 limit = route->options.maxBodyBytes > 0 ? route->options.maxBodyBytes
                         : route->options.body == RouteOptions::Body::Raw
                             ? server.options().maxUploadBodyBytes
                             : server.options().maxJsonBodyBytes;
    if (r.body.size() > limit) {
        return answer(r.error(413, statusTitle(413),
                              tr("The request body has %1 bytes; at most %2 are accepted here.")
                                  .arg(r.body.size())
                                  .arg(limit)));
    }

    if (r.user || route->options.auth == RouteOptions::Auth::None) {
        const QString key = r.user ? r.user->id : r.remoteAddress.toString();
        const RateLimiter::Decision decision = server.rateLimiter().take(key, tier);
        if (!decision.allowed) {
            if (counted)
                server.stats().recordRateLimited(r.method, r.pattern, tier);
            SandboxResponse refusal =
                r.error(429, statusTitle(429),
                        tr("Rate limit of %1 calls per minute exceeded for this user; retry "
                           "after %2 seconds.")
                            .arg(server.rateLimiter().budget(tier))
                            .arg(decision.retryAfterSeconds));
            refusal.withHeader(QByteArrayLiteral("Retry-After"),
                               QByteArray::number(decision.retryAfterSeconds));
            return answer(refusal);
        }
        // Counted even with the limits off, so a client's call budget can be measured.
        if (counted && tier != Tier::Unmetered)
            server.stats().recordCounted(tier);
    }

    if (route->options.body == RouteOptions::Body::Json && methodHasBody(r.method) &&
        !r.body.trimmed().isEmpty()) {
        auto parsed = json::parse(r.body);
        if (!parsed) {
            return answer(r.error(
                400, statusTitle(400),
                tr("The request body is not valid JSON: %1").arg(parsed.error().toString())));
        }
        r.json = *parsed;
    }

    if (r.user)
        server.users().noteActivity(r.user->id, server.clock().now());

    SandboxResponse response;
    try {
        response = route->handler(r);
    } catch (const std::exception &e) {
        qCWarning(lcSandbox) << "handler of" << route->pattern << "threw:" << e.what();
        response = r.error(500, statusTitle(500), tr("The sandbox failed to handle the request."));
    }
    if (response.deferred) {
        if (!r.m_deferred) {
            qCWarning(lcSandbox) << "handler of" << route->pattern
                                 << "returned a deferred reply without taking the responder";
            answer(r.error(500, statusTitle(500), tr("The sandbox failed to handle the request.")));
        }
        return; // the handler answers through the responder it took
    }
    answer(response);
}

} // namespace odag::sandbox
