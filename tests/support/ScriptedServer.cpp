#include "ScriptedServer.h"

#include <QHostAddress>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslServer>
#include <QTcpSocket>
#include <QTimer>

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 409:
        return "Conflict";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

bool hasHeader(const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &name)
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// Decodes a chunked body starting at `from`. Returns the bytes consumed (0 when the body
// is not complete yet) and fills `body`.
qsizetype parseChunked(const QByteArray &buffer, qsizetype from, QByteArray &body)
{
    qsizetype pos = from;
    body.clear();
    for (;;) {
        const qsizetype lineEnd = buffer.indexOf("\r\n", pos);
        if (lineEnd < 0)
            return 0;
        QByteArray sizeField = buffer.mid(pos, lineEnd - pos);
        const qsizetype semicolon = sizeField.indexOf(';');
        if (semicolon >= 0)
            sizeField.truncate(semicolon);
        bool ok = false;
        const qsizetype size = sizeField.trimmed().toLongLong(&ok, 16);
        if (!ok)
            return 0;
        pos = lineEnd + 2;
        if (size == 0) {
            // Skip trailers up to the empty line.
            const qsizetype end = buffer.indexOf("\r\n", pos);
            if (end < 0)
                return 0;
            if (end == pos)
                return end + 2 - from;
            const qsizetype trailersEnd = buffer.indexOf("\r\n\r\n", pos);
            return trailersEnd < 0 ? 0 : trailersEnd + 4 - from;
        }
        if (buffer.size() < pos + size + 2)
            return 0;
        body += buffer.mid(pos, size);
        pos += size + 2;
    }
}

} // namespace

ScriptedServer::Reply ScriptedServer::Reply::json(int status, const QByteArray &body)
{
    Reply r;
    r.status = status;
    r.body = body;
    return r;
}

ScriptedServer::Reply ScriptedServer::Reply::noContent()
{
    Reply r;
    r.status = 204;
    return r;
}

ScriptedServer::Reply ScriptedServer::Reply::drop()
{
    Reply r;
    r.behaviour = Behaviour::Drop;
    return r;
}

ScriptedServer::Reply ScriptedServer::Reply::truncated(const QByteArray &body)
{
    Reply r;
    r.body = body;
    r.behaviour = Behaviour::Truncate;
    return r;
}

ScriptedServer::Reply ScriptedServer::Reply::hang()
{
    Reply r;
    r.behaviour = Behaviour::Hang;
    return r;
}

ScriptedServer::Reply &ScriptedServer::Reply::withHeader(const QByteArray &name,
                                                         const QByteArray &value)
{
    headers.append({name, value});
    return *this;
}

ScriptedServer::Reply &ScriptedServer::Reply::withDelay(int ms)
{
    delayMs = ms;
    return *this;
}

ScriptedServer::ScriptedServer(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<ScriptedServer::Request>();
}

ScriptedServer::~ScriptedServer()
{
    // Sockets are children of the server and die with it: cut them off first so no
    // signal reaches a half-destroyed ScriptedServer.
    const auto sockets = m_buffers.keys();
    for (QTcpSocket *socket : sockets) {
        disconnect(socket, nullptr, this, nullptr);
        socket->abort();
    }
    if (m_server)
        m_server->close();
}

bool ScriptedServer::listen()
{
    m_server = std::make_unique<QTcpServer>();
    m_tls = false;
    connect(m_server.get(), &QTcpServer::newConnection, this, &ScriptedServer::onNewConnection);
    return m_server->listen(QHostAddress::LocalHost, 0);
}

bool ScriptedServer::listenTls(const QSslCertificate &certificate, const QSslKey &key)
{
    auto server = std::make_unique<QSslServer>();
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(certificate);
    tls.setPrivateKey(key);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    server->setSslConfiguration(tls);
    // A client that rejects the certificate ends the handshake; nothing to answer then.
    connect(server.get(), &QSslServer::pendingConnectionAvailable, this,
            &ScriptedServer::onNewConnection);
    m_server = std::move(server);
    m_tls = true;
    return m_server->listen(QHostAddress::LocalHost, 0);
}

QUrl ScriptedServer::baseUrl() const
{
    QUrl url;
    url.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_server ? m_server->serverPort() : 0);
    return url;
}

void ScriptedServer::setHandler(Handler handler)
{
    m_handler = std::move(handler);
}

void ScriptedServer::enqueue(const Reply &reply)
{
    m_queue.append(reply);
}

void ScriptedServer::route(const QByteArray &method, const QString &path, const Reply &reply)
{
    m_routes[method.toUpper() + ' ' + path.toUtf8()].append(reply);
}

void ScriptedServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        ++m_connections;
        m_buffers.insert(socket, {});
        m_busy.insert(socket, false);
        m_closeAfter.insert(socket, false);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            m_busy.remove(socket);
            m_closeAfter.remove(socket);
            socket->deleteLater();
        });
    }
}

void ScriptedServer::onReadyRead(QTcpSocket *socket)
{
    if (!m_buffers.contains(socket))
        return;
    m_buffers[socket] += socket->readAll();
    // An answer may close the socket (Drop, Connection: close): stop once it is forgotten.
    while (m_buffers.contains(socket) && !m_busy.value(socket)) {
        QByteArray &buffer = m_buffers[socket];
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        if (requestLine.size() < 2) {
            socket->abort();
            return;
        }
        Request request;
        request.method = requestLine.at(0);
        const QByteArray target = requestLine.at(1);
        const qsizetype questionMark = target.indexOf('?');
        request.rawPath = questionMark < 0 ? target : target.left(questionMark);
        request.path = QUrl::fromPercentEncoding(request.rawPath);
        if (questionMark >= 0)
            request.query = QUrlQuery(QString::fromUtf8(target.mid(questionMark + 1)));
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            request.headers.insert(line.left(colon).trimmed().toLower(),
                                   line.mid(colon + 1).trimmed());
        }

        const qsizetype bodyStart = headerEnd + 4;
        qsizetype consumed = 0;
        if (request.header("transfer-encoding").toLower().contains("chunked")) {
            const qsizetype used = parseChunked(buffer, bodyStart, request.body);
            if (used == 0)
                return; // wait for the rest of the chunks
            consumed = bodyStart + used;
        } else {
            const qsizetype length = request.header("content-length").toLongLong();
            if (buffer.size() < bodyStart + length)
                return; // the body comes in a later read
            request.body = buffer.mid(bodyStart, length);
            consumed = bodyStart + length;
        }
        buffer.remove(0, consumed);

        const bool closeAfter =
            request.header("connection").toLower() == "close" || requestLine.value(2) == "HTTP/1.0";
        dispatch(socket, std::move(request), closeAfter);
    }
}

void ScriptedServer::dispatch(QTcpSocket *socket, Request request, bool closeAfter)
{
    m_requests.append(request);
    m_busy[socket] = true;
    m_closeAfter[socket] = closeAfter;
    Q_EMIT requestReceived(request);
    const Reply reply = pick(request);
    if (reply.delayMs > 0) {
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(reply.delayMs, this, [this, guard, reply] {
            if (guard && m_buffers.contains(guard.data()))
                answer(guard.data(), reply);
        });
        return;
    }
    answer(socket, reply);
}

ScriptedServer::Reply ScriptedServer::pick(const Request &request)
{
    if (m_handler)
        return m_handler(request);
    const QByteArray key = request.method.toUpper() + ' ' + request.path.toUtf8();
    auto it = m_routes.find(key);
    if (it != m_routes.end() && !it->isEmpty())
        return it->takeFirst();
    if (!m_queue.isEmpty())
        return m_queue.takeFirst();
    return Reply::json(404, R"({"errors":[{"code":"HTTP-404","title":"Not found","detail":")" +
                                request.path.toUtf8() + R"("}]})");
}

void ScriptedServer::answer(QTcpSocket *socket, const Reply &reply)
{
    switch (reply.behaviour) {
    case Reply::Behaviour::Hang:
        return; // stays busy until the client gives up and closes
    case Reply::Behaviour::Drop:
        socket->close();
        return;
    case Reply::Behaviour::Normal:
    case Reply::Behaviour::Truncate:
        break;
    }

    const bool closeAfter =
        m_closeAfter.value(socket) || reply.behaviour == Reply::Behaviour::Truncate;
    QByteArray head =
        "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
    if (!reply.body.isEmpty() && !hasHeader(reply.headers, "content-type"))
        head += "Content-Type: application/json\r\n";
    if (reply.status != 204 && reply.status != 304 && !hasHeader(reply.headers, "content-length"))
        head += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    for (const auto &h : reply.headers)
        head += h.first + ": " + h.second + "\r\n";
    if (closeAfter)
        head += "Connection: close\r\n";
    head += "\r\n";

    socket->write(head);
    if (reply.behaviour == Reply::Behaviour::Truncate) {
        socket->write(reply.body.left(reply.body.size() / 2));
        socket->flush();
        socket->disconnectFromHost();
        return;
    }
    socket->write(reply.body);
    finishExchange(socket);
}

void ScriptedServer::finishExchange(QTcpSocket *socket)
{
    if (!m_buffers.contains(socket))
        return;
    if (m_closeAfter.value(socket)) {
        socket->disconnectFromHost();
        return;
    }
    m_busy[socket] = false;
    // A request that arrived while this one was answered is waiting in the buffer.
    if (!m_buffers.value(socket).isEmpty()) {
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(0, this, [this, guard] {
            if (guard && m_buffers.contains(guard.data()))
                onReadyRead(guard.data());
        });
    }
}
