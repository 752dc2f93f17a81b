#include "OAuthLoopback.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QTcpSocket>
#include <QUrl>

namespace odag::api {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(odag::api::OAuth)
};

// A request line and headers fit in this; a bigger one is not our browser.
constexpr qsizetype maxRequestBytes = 16 * 1024;
const char *const bufferProperty = "odagRequestBytes";

void writePage(QTcpSocket *socket, int status, const QByteArray &reason, const QString &title,
               const QString &text)
{
    const QByteArray html =
        QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title>"
                       "<style>body{font-family:sans-serif;max-width:34em;margin:4em auto;"
                       "color:#222}</style></head><body><h1>%1</h1><p>%2</p></body></html>")
            .arg(title.toHtmlEscaped(), text.toHtmlEscaped())
            .toUtf8();
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    out += "Content-Type: text/html; charset=utf-8\r\n";
    out += "Content-Length: " + QByteArray::number(html.size()) + "\r\n";
    out += "Cache-Control: no-store\r\nConnection: close\r\n\r\n";
    out += html;
    socket->write(out);
    socket->disconnectFromHost();
}

} // namespace

OAuthLoopback::OAuthLoopback(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &OAuthLoopback::onNewConnection);
}

bool OAuthLoopback::listen(quint16 port)
{
    // Only the loopback interface: nothing else on the network may answer for the browser.
    return m_server.listen(QHostAddress(QHostAddress::LocalHost), port);
}

void OAuthLoopback::close()
{
    m_server.close();
}

quint16 OAuthLoopback::port() const
{
    return m_server.serverPort();
}

QString OAuthLoopback::errorString() const
{
    return m_server.errorString();
}

void OAuthLoopback::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        // The socket is the server's child; it goes when the browser hangs up.
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
    }
}

void OAuthLoopback::onReadyRead(QTcpSocket *socket)
{
    QByteArray buffer = socket->property(bufferProperty).toByteArray() + socket->readAll();
    if (buffer.size() > maxRequestBytes) {
        writePage(socket, 431, "Request Header Fields Too Large", Tr::tr("ODAG Admin"),
                  Tr::tr("This request is too large."));
        return;
    }
    if (!buffer.contains("\r\n\r\n")) {
        socket->setProperty(bufferProperty, buffer);
        return;
    }
    socket->setProperty(bufferProperty, QVariant());
    disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
    // "GET /login/callback?code=...&state=... HTTP/1.1"
    const QList<QByteArray> requestLine = buffer.left(buffer.indexOf("\r\n")).split(' ');
    const QUrl target = requestLine.size() == 3
                            ? QUrl::fromEncoded(requestLine.at(1), QUrl::StrictMode)
                            : QUrl();
    if (requestLine.value(0) != "GET" || target.path() != callbackPath()) {
        writePage(socket, 404, "Not Found", Tr::tr("ODAG Admin"),
                  Tr::tr("There is nothing here. Return to ODAG Admin."));
        return;
    }
    Q_EMIT callbackReceived(QUrlQuery(target), socket);
}

void OAuthLoopback::answer(QTcpSocket *socket, bool ok, const QString &text)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    writePage(socket, ok ? 200 : 400, ok ? QByteArray("OK") : QByteArray("Bad Request"),
              ok ? Tr::tr("Signed in") : Tr::tr("Sign-in failed"), text);
}

} // namespace odag::api
