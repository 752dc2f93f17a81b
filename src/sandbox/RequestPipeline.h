#pragma once

// The path of every request through the sandbox, in order: route lookup, injected
// faults, authentication (API key; Xrfkey and header user on the Qlik Sense Enterprise
// paths), 404/405, body size (413), rate limit (429), JSON body (400), the handler, and
// the answer through a SandboxResponder. Each refusal is an error in the shape of the
// path's API area.

#include "SandboxRequest.h"
#include "SandboxRouter.h"

#include <QObject>

class QHttpServerRequest;
class QTcpSocket;

namespace odag::sandbox {

class SandboxServer;

class RequestPipeline : public QObject
{
    Q_OBJECT
public:
    explicit RequestPipeline(SandboxServer *server);

    void handle(const QHttpServerRequest &request, QTcpSocket *socket);

private:
    // Resolves the user, or returns the refusal to send.
    std::optional<SandboxResponse> authenticate(SandboxRequest &request) const;
    std::optional<SandboxResponse> authenticateQse(SandboxRequest &request) const;

    SandboxServer *m_server;
};

} // namespace odag::sandbox
