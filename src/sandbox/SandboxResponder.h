#pragma once

// Writes the one answer of one request to its connection, now or later.
//
// Qt HttpServer 6.4 deletes a connection's socket when the client goes away, and its
// own responder then writes through a dangling pointer. This responder holds the socket
// through a QPointer and skips the write when it is gone, so a handler may answer after
// any delay. It also applies the reply faults the sandbox injects (delay, drop,
// truncate, malformed), and answers 500 if it is destroyed without having answered.

#include "ApiArea.h"
#include "SandboxResponse.h"

#include <QPointer>
#include <QTcpSocket>

#include <functional>

namespace odag::sandbox {

class SandboxResponder
{
public:
    enum class Mangle
    {
        None,
        Delay,    // answer after delayMs
        Drop,     // close the connection without answering
        Truncate, // headers with the full Content-Length, half the body, then close
        Malformed // the status as it is, a body that is not JSON
    };

    SandboxResponder(QTcpSocket *socket, ApiArea area, bool closeAfter);
    ~SandboxResponder();
    SandboxResponder(const SandboxResponder &) = delete;
    SandboxResponder &operator=(const SandboxResponder &) = delete;

    // Sends the answer. Returns false when an answer was already sent or the client has
    // disconnected; the response is then dropped.
    bool send(SandboxResponse response);
    bool hasSent() const { return m_sent; }
    bool isConnected() const;

    void setMangle(Mangle mangle, int delayMs = 0);
    // Called once with the status actually answered (or 0 when the answer was dropped).
    void setOnSent(std::function<void(int status)> onSent) { m_onSent = std::move(onSent); }

    // The bytes a normal answer puts on the wire (status line, headers, body).
    static QByteArray serialize(const SandboxResponse &response, bool closeAfter);

private:
    void writeNow(const SandboxResponse &response);
    void finish(int status);

    QPointer<QTcpSocket> m_socket;
    ApiArea m_area;
    bool m_closeAfter;
    bool m_sent = false;
    Mangle m_mangle = Mangle::None;
    int m_delayMs = 0;
    std::function<void(int)> m_onSent;
};

} // namespace odag::sandbox
