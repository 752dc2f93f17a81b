#include "SandboxResponder.h"

#include "Logging.h"

#include <QCoreApplication>
#include <QTimer>

namespace odag::sandbox {

SandboxResponder::SandboxResponder(QTcpSocket *socket, ApiArea area, bool closeAfter)
    : m_socket(socket)
    , m_area(area)
    , m_closeAfter(closeAfter)
{}

SandboxResponder::~SandboxResponder()
{
    if (m_sent)
        return;
    // A handler that kept the responder and then lost it must not leave the client
    // waiting for ever.
    m_mangle = Mangle::None;
    send(errorResponse(m_area, 500, statusTitle(500),
                       QCoreApplication::translate("odag::sandbox",
                                                   "The sandbox dropped this request's answer.")));
}

bool SandboxResponder::isConnected() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

void SandboxResponder::setMangle(Mangle mangle, int delayMs)
{
    m_mangle = mangle;
    m_delayMs = delayMs;
}

bool SandboxResponder::send(SandboxResponse response)
{
    if (m_sent)
        return false;
    m_sent = true;
    if (!isConnected()) {
        qCDebug(lcSandbox) << "client gone; answer" << response.status << "dropped";
        finish(0);
        return false;
    }
    if (m_mangle == Mangle::Delay && m_delayMs > 0) {
        // Not the socket as context: when the client goes away first, the answer must
        // still be accounted for (as dropped). The socket is re-checked when it is due.
        QPointer<QTcpSocket> guard = m_socket;
        const bool closeAfter = m_closeAfter;
        auto onSent = std::move(m_onSent);
        m_onSent = nullptr;
        QTimer::singleShot(m_delayMs, Qt::PreciseTimer, QCoreApplication::instance(),
                           [guard, response, closeAfter, onSent]() {
                               int status = 0;
                               if (guard && guard->state() == QAbstractSocket::ConnectedState) {
                                   guard->write(serialize(response, closeAfter));
                                   if (closeAfter)
                                       guard->disconnectFromHost();
                                   status = response.status;
                               }
                               if (onSent)
                                   onSent(status);
                           });
        return true;
    }
    writeNow(response);
    return true;
}

void SandboxResponder::writeNow(const SandboxResponse &response)
{
    QTcpSocket *socket = m_socket.data();
    switch (m_mangle) {
    case Mangle::None:
    case Mangle::Delay:
        socket->write(serialize(response, m_closeAfter));
        if (m_closeAfter)
            socket->disconnectFromHost();
        finish(response.status);
        return;
    case Mangle::Drop:
        socket->disconnectFromHost();
        finish(0);
        return;
    case Mangle::Truncate: {
        const QByteArray wire = serialize(response, true);
        const qsizetype headerEnd = wire.indexOf("\r\n\r\n") + 4;
        const qsizetype bodySize = wire.size() - headerEnd;
        // Without a body there is nothing to cut short: cut the header block instead.
        const qsizetype keep = bodySize > 0 ? headerEnd + bodySize / 2 : headerEnd / 2;
        socket->write(wire.left(keep));
        socket->disconnectFromHost();
        finish(response.status);
        return;
    }
    case Mangle::Malformed: {
        SandboxResponse broken = response;
        // Half a document and a control character: no JSON parser accepts it.
        broken.body = response.body.left(response.body.size() / 2) + QByteArrayLiteral("\x01");
        if (broken.contentType.isEmpty())
            broken.contentType = QByteArrayLiteral("application/json");
        socket->write(serialize(broken, m_closeAfter));
        if (m_closeAfter)
            socket->disconnectFromHost();
        finish(response.status);
        return;
    }
    }
}

void SandboxResponder::finish(int status)
{
    if (auto onSent = std::move(m_onSent)) {
        m_onSent = nullptr;
        onSent(status);
    }
}

QByteArray SandboxResponder::serialize(const SandboxResponse &response, bool closeAfter)
{
    QByteArray out;
    out.reserve(256 + response.body.size());
    out += "HTTP/1.1 " + QByteArray::number(response.status);
    const QByteArray phrase = reasonPhrase(response.status);
    if (!phrase.isEmpty())
        out += ' ' + phrase;
    out += "\r\n";
    if (!response.contentType.isEmpty())
        out += "Content-Type: " + response.contentType + "\r\n";
    // RFC 9110: no Content-Length on 204 and 304, which never carry a body.
    const bool bodyless = response.status == 204 || response.status == 304;
    if (!bodyless)
        out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    for (const auto &h : response.headers)
        out += h.first + ": " + h.second + "\r\n";
    if (closeAfter)
        out += "Connection: close\r\n";
    out += "\r\n";
    if (!bodyless)
        out += response.body;
    return out;
}

} // namespace odag::sandbox
