#pragma once

// GUI and model tests against a real sandbox tenant over HTTP: starts a sandbox (demo
// data unless told otherwise) in a temporary directory and opens TenantSessions on it as
// any demo user, for Qlik Cloud (API key) or Qlik Sense Enterprise (xrfkey + header
// user). Link the test with odag::gui and odag::sandbox.

#include "api/Authenticator.h"
#include "gui/connection/TenantSession.h"
#include "sandbox/SandboxDemoUsers.h"
#include "sandbox/SandboxServer.h"

#include <QTemporaryDir>

#include <memory>

namespace odag::test {

class SandboxSession
{
public:
    // Starts the sandbox; check ok() (and errorString()) before use.
    explicit SandboxSession(sandbox::SandboxOptions options = demoOptions(1.0))
    {
        if (options.dataDir.isEmpty() && m_dir.isValid())
            options.dataDir = m_dir.path();
        m_server = std::make_unique<sandbox::SandboxServer>(std::move(options));
        m_ok = m_server->start();
    }

    static sandbox::SandboxOptions demoOptions(double speed = 1.0)
    {
        sandbox::SandboxOptions o;
        o.demo = true;
        o.speed = speed;
        return o;
    }

    bool ok() const { return m_ok; }
    QString errorString() const { return m_server->errorString(); }
    sandbox::SandboxServer &server() { return *m_server; }
    QUrl baseUrl() const { return m_server->baseUrl(); }

    // A Qlik Cloud session authenticated by a demo user's API key (default: the admin).
    std::unique_ptr<gui::TenantSession> cloud(const char *apiKey = sandbox::demo::kAdminKey,
                                              const QString &name = QStringLiteral("Sandbox"))
    {
        return std::make_unique<gui::TenantSession>(name, gui::TenantSession::Kind::Cloud, baseUrl(),
                                                    std::make_shared<api::ApiKeyAuth>(QByteArray(apiKey)));
    }

    // A Qlik Sense Enterprise session (xrfkey + `X-Qlik-User` header authentication) as a
    // demo user login (default: the admin).
    std::unique_ptr<gui::TenantSession> senseEnterprise(const char *login = sandbox::demo::kAdminLogin,
                                                        const QString &name = QStringLiteral("Sandbox QSE"))
    {
        api::QseAuth::Settings s;
        s.userDirectory = QString::fromLatin1(sandbox::demo::kUserDirectory);
        s.userId = QString::fromLatin1(login);
        return std::make_unique<gui::TenantSession>(name, gui::TenantSession::Kind::SenseEnterprise, baseUrl(),
                                                    std::make_shared<api::QseAuth>(s));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<sandbox::SandboxServer> m_server;
    bool m_ok = false;
};

} // namespace odag::test
