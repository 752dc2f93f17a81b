#pragma once

// A real HTTP/1.1 server on a loopback port whose answers a test scripts: status,
// headers, body, and misbehaviour (delay, dropped connection, truncated body, no answer).
// It records every request so a test can assert what the client sent.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPair>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <memory>

class QTcpSocket;

class ScriptedServer : public QObject
{
    Q_OBJECT
public:
    struct Reply
    {
        enum class Behaviour
        {
            Normal,
            Drop,     // close the connection without answering
            Truncate, // announce the full Content-Length, send half the body, close
            Hang      // never answer (the client's timeout must fire)
        };
        int status = 200;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers; // Content-Type/Length are added
        int delayMs = 0;
        Behaviour behaviour = Behaviour::Normal;

        static Reply json(int status, const QByteArray &body);
        static Reply noContent(); // 204
        static Reply drop();
        static Reply truncated(const QByteArray &body);
        static Reply hang();
        Reply &withHeader(const QByteArray &name, const QByteArray &value);
        Reply &withDelay(int ms);
    };

    struct Request
    {
        QByteArray method;
        QString path;       // decoded path, without the query
        QByteArray rawPath; // as sent, percent-encoding kept
        QUrlQuery query;
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
        QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    };

    using Handler = std::function<Reply(const Request &)>;

    explicit ScriptedServer(QObject *parent = nullptr);
    ~ScriptedServer() override;

    bool listen(); // 127.0.0.1, a free port
    // The same over TLS with this certificate (see TestCertificates.h); baseUrl() then
    // says https.
    bool listenTls(const QSslCertificate &certificate, const QSslKey &key);
    QUrl baseUrl() const; // http://127.0.0.1:PORT

    // Answers, in order of precedence: the handler if set; else the next reply queued for
    // this method and path (route()); else the next reply of the common queue
    // (enqueue()); else 404 with a JSON body.
    void setHandler(Handler handler);
    void enqueue(const Reply &reply);
    void route(const QByteArray &method, const QString &path, const Reply &reply);

    QList<Request> requests() const { return m_requests; }
    int requestCount() const { return int(m_requests.size()); }
    Request lastRequest() const { return m_requests.isEmpty() ? Request{} : m_requests.last(); }
    void clearRequests() { m_requests.clear(); }
    // Connections accepted so far: keep-alive reuse shows as fewer connections than requests.
    int connectionCount() const { return m_connections; }

Q_SIGNALS:
    void requestReceived(const ScriptedServer::Request &request);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    Reply pick(const Request &request);
    void answer(QTcpSocket *socket, const Reply &reply);
    void dispatch(QTcpSocket *socket, Request request, bool closeAfter);
    void finishExchange(QTcpSocket *socket);

    std::unique_ptr<QTcpServer> m_server;
    bool m_tls = false;
    Handler m_handler;
    QList<Reply> m_queue;
    QHash<QByteArray, QList<Reply>> m_routes; // "METHOD path" -> replies
    QList<Request> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    // A connection answers one request at a time: while a reply is delayed (or hangs),
    // bytes of the next request wait in the buffer.
    QHash<QTcpSocket *, bool> m_busy;
    QHash<QTcpSocket *, bool> m_closeAfter;
    int m_connections = 0;
};

Q_DECLARE_METATYPE(ScriptedServer::Request)
