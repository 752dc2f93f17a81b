#include "EmbeddedSandbox.h"

#include "sandbox/SandboxDemoUsers.h"
#include "sandbox/SandboxServer.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace odag::app {

EmbeddedSandbox::EmbeddedSandbox(QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("sandbox"));
}

EmbeddedSandbox::~EmbeddedSandbox()
{
    if (!m_thread.isRunning())
        return;
    // The server's sockets, timers and database belong to its thread: end them there.
    QMetaObject::invokeMethod(
        m_threadContext,
        [this] {
            delete m_server;
            m_server = nullptr;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_threadContext;
}

void EmbeddedSandbox::start(const QString &dataDir)
{
    sandbox::SandboxOptions options;
    options.dataDir = dataDir.isEmpty()
                          ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/sandbox")
                          : dataDir;
    options.demo = true;
    if (!QDir().mkpath(options.dataDir)) {
        Q_EMIT failed(QCoreApplication::translate("main", "cannot create the folder %1").arg(options.dataDir));
        return;
    }
    m_threadContext = new QObject;
    m_threadContext->moveToThread(&m_thread);
    m_thread.start();
    QMetaObject::invokeMethod(m_threadContext, [this, options] {
        m_server = new sandbox::SandboxServer(options);
        if (!m_server->start()) {
            const QString error = m_server->errorString();
            QMetaObject::invokeMethod(this, [this, error] { Q_EMIT failed(error); });
            return;
        }
        const QUrl url = m_server->baseUrl();
        QMetaObject::invokeMethod(this, [this, url] {
            m_baseUrl = url;
            Q_EMIT started(url);
        });
    });
}

QString EmbeddedSandbox::adminApiKey()
{
    return QString::fromLatin1(sandbox::demo::kAdminKey);
}

} // namespace odag::app
