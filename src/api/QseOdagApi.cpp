#include "QseOdagApi.h"

namespace odag::api {

QseOdagApi::QseOdagApi(Transport &transport, QString serviceRoot)
    : m_transport(transport)
    , m_root(std::move(serviceRoot))
{
    while (m_root.endsWith(QLatin1Char('/')))
        m_root.chop(1);
    if (!m_root.isEmpty() && !m_root.startsWith(QLatin1Char('/')))
        m_root.prepend(QLatin1Char('/'));
}

QUrl QseOdagApi::baseUrlFromServiceUrl(const QUrl &serviceUrl)
{
    QUrl base = serviceUrl;
    QString path = base.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    const QString root = defaultServiceRoot();
    if (path.endsWith(root, Qt::CaseInsensitive))
        path.chop(root.size());
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    base.setPath(path);
    base.setQuery(QString());
    base.setFragment(QString());
    return base;
}

RequestSpec QseOdagApi::spec(const QByteArray &method, const QString &path) const
{
    RequestSpec s;
    s.method = method;
    s.path = m_root + path;
    // QSE publishes no rate limits: the client does not meter itself.
    s.tier = Tier::Unmetered;
    s.errorFlavor = ErrorFlavor::QseMessage;
    return s;
}

QString QseOdagApi::linkPath(const QString &linkId) const
{
    return QStringLiteral("/links/") + pathSegment(linkId);
}

QString QseOdagApi::requestPath(const QString &requestId) const
{
    return QStringLiteral("/requests/") + pathSegment(requestId);
}

PendingCall *QseOdagApi::about(QObject *context, Callback<QseAbout> done)
{
    return sendJson(m_transport, spec("GET", QStringLiteral("/about")), context, std::move(done));
}

PendingCall *QseOdagApi::listLinks(QObject *context, Callback<QList<QseLink>> done)
{
    return sendJson(m_transport, spec("GET", QStringLiteral("/links")), context, std::move(done));
}

PendingCall *QseOdagApi::createLink(const QseLinkCreate &payload, QObject *context,
                                    Callback<QseLinkResult> done)
{
    RequestSpec s = spec("POST", QStringLiteral("/links"));
    s.body = jsonBody(payload);
    s.idempotent = false;
    return sendJson(m_transport, std::move(s), context, std::move(done));
}

PendingCall *QseOdagApi::getLink(const QString &linkId, QObject *context, Callback<QseLink> done)
{
    return sendJson(m_transport, spec("GET", linkPath(linkId)), context, std::move(done));
}

PendingCall *QseOdagApi::updateLink(const QString &linkId, const QseLinkUpdate &payload,
                                    QObject *context, Callback<QseLinkResult> done)
{
    RequestSpec s = spec("PUT", linkPath(linkId));
    s.body = jsonBody(payload);
    // Sets name and properties to given values: resending gives the same link.
    s.idempotent = true;
    return sendJson(m_transport, std::move(s), context, std::move(done));
}

PendingCall *QseOdagApi::deleteLink(const QString &linkId, QObject *context, Callback<Empty> done)
{
    RequestSpec s = spec("DELETE", linkPath(linkId));
    // Resent after a lost 204 it would report "not found" for a link it deleted.
    s.idempotent = false;
    return sendJson(m_transport, std::move(s), context, std::move(done));
}

PendingCall *QseOdagApi::listLinkRequests(const QString &linkId, QObject *context,
                                          Callback<QList<QseRequest>> done)
{
    return sendJson(m_transport, spec("GET", linkPath(linkId) + QStringLiteral("/requests")),
                    context, std::move(done));
}

PendingCall *QseOdagApi::submitRequest(const QString &linkId, const QseRequestCreate &payload,
                                       QObject *context, Callback<QseRequest> done)
{
    RequestSpec s = spec("POST", linkPath(linkId) + QStringLiteral("/requests"));
    s.body = jsonBody(payload);
    s.idempotent = false;
    return sendJson(m_transport, std::move(s), context, std::move(done));
}

PendingCall *QseOdagApi::listRequests(QObject *context, Callback<QList<QseRequest>> done)
{
    return sendJson(m_transport, spec("GET", QStringLiteral("/requests")), context,
                    std::move(done));
}

PendingCall *QseOdagApi::getRequest(const QString &requestId, QObject *context,
                                    Callback<QseRequest> done)
{
    return sendJson(m_transport, spec("GET", requestPath(requestId)), context, std::move(done));
}

PendingCall *QseOdagApi::updateRequest(const QString &requestId, const QseRequestUpdate &payload,
                                       QObject *context, Callback<QseRequest> done)
{
    RequestSpec s = spec("PUT", requestPath(requestId));
    s.body = jsonBody(payload);
    // A status change is an action on a moving request (see OdagRequestsApi).
    s.idempotent = false;
    return sendJson(m_transport, std::move(s), context, std::move(done));
}

PendingCall *QseOdagApi::deleteGeneratedApp(const QString &requestId, QObject *context,
                                            Callback<Empty> done)
{
    RequestSpec s = spec("DELETE", requestPath(requestId) + QStringLiteral("/app"));
    s.idempotent = false;
    return sendJson(m_transport, std::move(s), context, std::move(done));
}

PendingCall *QseOdagApi::reloadGeneratedApp(const QString &requestId, QObject *context,
                                            Callback<QseRequest> done)
{
    RequestSpec s = spec("POST", requestPath(requestId) + QStringLiteral("/reloadApp"));
    s.idempotent = false;
    return sendJson(m_transport, std::move(s), context, std::move(done));
}

PendingCall *QseOdagApi::renameGeneratedApp(const QString &requestId,
                                            const QseRenamePayload &payload, QObject *context,
                                            Callback<QseRequest> done)
{
    RequestSpec s = spec("POST", requestPath(requestId) + QStringLiteral("/renameApp"));
    s.body = jsonBody(payload);
    s.idempotent = false;
    return sendJson(m_transport, std::move(s), context, std::move(done));
}

} // namespace odag::api
