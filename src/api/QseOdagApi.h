#pragma once

// QseOdagApi: the typed calls of the Qlik Sense Enterprise on Windows ODAG service (seed
// 001): about, links (with delete), the requests of a link, all requests, and the
// generated app's delete, reload and rename. The transport's base URL is the server with
// its virtual proxy prefix (`https://host/prefix`); the service root `/api/odag/v1` is
// appended to it. Authentication (xrfkey, header user, certificate) is the transport's
// QseAuth.

#include "JsonCall.h"
#include "core/QseOdag.h"

namespace odag::api {

class QseOdagApi
{
public:
    explicit QseOdagApi(Transport &transport, QString serviceRoot = defaultServiceRoot());

    static QString defaultServiceRoot() { return QStringLiteral("/api/odag/v1"); }
    // Splits a service URL as a user types it (`https://host/prefix/api/odag/v1/`) into
    // the base URL for the transport (`https://host/prefix`); a URL without the service
    // root is returned unchanged (trailing slashes dropped).
    static QUrl baseUrlFromServiceUrl(const QUrl &serviceUrl);

    // GET /api/odag/v1/about  (getOdagAbout)
    PendingCall *about(QObject *context, Callback<QseAbout> done);
    // GET /api/odag/v1/links  (getOdagLinks)
    PendingCall *listLinks(QObject *context, Callback<QList<QseLink>> done);
    // POST /api/odag/v1/links  (createOdagLink). Answers the link, plain or wrapped.
    PendingCall *createLink(const QseLinkCreate &payload, QObject *context,
                            Callback<QseLinkResult> done);
    // GET /api/odag/v1/links/{linkId}  (getOdagLink)
    PendingCall *getLink(const QString &linkId, QObject *context, Callback<QseLink> done);
    // PUT /api/odag/v1/links/{linkId}  (updateOdagLink). Answers the link, plain or wrapped.
    PendingCall *updateLink(const QString &linkId, const QseLinkUpdate &payload, QObject *context,
                            Callback<QseLinkResult> done);
    // DELETE /api/odag/v1/links/{linkId}  (deleteOdagLink)
    PendingCall *deleteLink(const QString &linkId, QObject *context, Callback<Empty> done);
    // GET /api/odag/v1/links/{linkId}/requests  (getOdagLinkRequests)
    PendingCall *listLinkRequests(const QString &linkId, QObject *context,
                                  Callback<QList<QseRequest>> done);
    // POST /api/odag/v1/links/{linkId}/requests  (submitOdagRequest)
    PendingCall *submitRequest(const QString &linkId, const QseRequestCreate &payload,
                               QObject *context, Callback<QseRequest> done);
    // GET /api/odag/v1/requests  (getOdagRequests)
    PendingCall *listRequests(QObject *context, Callback<QList<QseRequest>> done);
    // GET /api/odag/v1/requests/{requestId}  (getOdagRequest)
    PendingCall *getRequest(const QString &requestId, QObject *context, Callback<QseRequest> done);
    // PUT /api/odag/v1/requests/{requestId}  (updateOdagRequest)
    PendingCall *updateRequest(const QString &requestId, const QseRequestUpdate &payload,
                               QObject *context, Callback<QseRequest> done);
    // DELETE /api/odag/v1/requests/{requestId}/app  (deleteOdagRequestApp)
    PendingCall *deleteGeneratedApp(const QString &requestId, QObject *context,
                                    Callback<Empty> done);
    // POST /api/odag/v1/requests/{requestId}/reloadApp  (reloadOdagRequestApp)
    PendingCall *reloadGeneratedApp(const QString &requestId, QObject *context,
                                    Callback<QseRequest> done);
    // POST /api/odag/v1/requests/{requestId}/renameApp  (renameOdagRequestApp)
    PendingCall *renameGeneratedApp(const QString &requestId, const QseRenamePayload &payload,
                                    QObject *context, Callback<QseRequest> done);

private:
    RequestSpec spec(const QByteArray &method, const QString &path) const;
    QString linkPath(const QString &linkId) const;
    QString requestPath(const QString &requestId) const;

    Transport &m_transport;
    QString m_root;
};

} // namespace odag::api
