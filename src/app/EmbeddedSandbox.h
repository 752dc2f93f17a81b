#pragma once

#include <QString>
#include <QUrl>

#include <memory>

namespace odag::sandbox {
class SandboxServer;
}

namespace odag::app {

// The built-in Sandbox profile's tenant: a sandbox server in this process, on a loopback
// port, with demo data kept under the app's data directory.
class EmbeddedSandbox
{
public:
    EmbeddedSandbox();
    ~EmbeddedSandbox();

    // dataDir empty: <AppDataLocation>/sandbox.
    bool start(const QString &dataDir, QString *error);
    QUrl baseUrl() const;
    QString adminApiKey() const;

private:
    std::unique_ptr<sandbox::SandboxServer> m_server;
};

} // namespace odag::app
