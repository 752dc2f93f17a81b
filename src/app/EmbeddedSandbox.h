#pragma once

#include <QObject>
#include <QThread>
#include <QUrl>

namespace odag::sandbox {
class SandboxServer;
}

namespace odag::app {

// The built-in Sandbox profile's tenant: a sandbox server on a loopback port, with demo
// data kept under the app's data directory. It runs on its own thread, so its SQLite
// writes (synced to disk before each answer) never stall the window, and start() returns
// at once: the window paints while the tenant opens.
class EmbeddedSandbox : public QObject
{
    Q_OBJECT
public:
    explicit EmbeddedSandbox(QObject *parent = nullptr);
    ~EmbeddedSandbox() override;

    // Starts the server; emits started() or failed(). dataDir empty:
    // <AppDataLocation>/sandbox.
    void start(const QString &dataDir);
    QUrl baseUrl() const { return m_baseUrl; }
    static QString adminApiKey();

Q_SIGNALS:
    void started(const QUrl &baseUrl);
    void failed(const QString &error);

private:
    QThread m_thread;
    QObject *m_threadContext = nullptr;      // lives on m_thread
    sandbox::SandboxServer *m_server = nullptr; // created and destroyed on m_thread
    QUrl m_baseUrl;
};

} // namespace odag::app
