#pragma once

// The loopback end of the OAuth2 redirect (RFC 8252): a tiny HTTP listener on 127.0.0.1
// that reads the one GET the browser makes to http://127.0.0.1:PORT/login/callback and
// hands its query to the flow, which answers the browser with a short page when it knows
// how the sign-in ended. Anything else (a favicon, a stray path) gets a 404.

#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QUrlQuery>

class QTcpSocket;

namespace odag::api {

class OAuthLoopback : public QObject
{
    Q_OBJECT
public:
    explicit OAuthLoopback(QObject *parent = nullptr);

    static QString callbackPath() { return QStringLiteral("/login/callback"); }

    // Listens on 127.0.0.1:port (0: a free port). False when the port is taken.
    bool listen(quint16 port);
    void close();
    quint16 port() const;
    QString errorString() const;

    // Answers a socket handed out by callbackReceived() with a small HTML page.
    static void answer(QTcpSocket *socket, bool ok, const QString &text);

Q_SIGNALS:
    // The browser arrived at the callback; answer `socket` with answer().
    void callbackReceived(const QUrlQuery &query, QTcpSocket *socket);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);

    QTcpServer m_server;
};

} // namespace odag::api
