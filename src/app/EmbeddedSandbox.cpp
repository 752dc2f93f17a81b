#include "EmbeddedSandbox.h"

#include "sandbox/SandboxDemoUsers.h"
#include "sandbox/SandboxServer.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace odag::app {

EmbeddedSandbox::EmbeddedSandbox() = default;
EmbeddedSandbox::~EmbeddedSandbox() = default;

bool EmbeddedSandbox::start(const QString &dataDir, QString *error)
{
    sandbox::SandboxOptions options;
    options.dataDir = dataDir.isEmpty()
                          ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/sandbox")
                          : dataDir;
    options.demo = true;
    if (!QDir().mkpath(options.dataDir)) {
        *error = QCoreApplication::translate("main", "cannot create the folder %1").arg(options.dataDir);
        return false;
    }
    m_server = std::make_unique<sandbox::SandboxServer>(options);
    if (!m_server->start()) {
        *error = m_server->errorString();
        return false;
    }
    return true;
}

QUrl EmbeddedSandbox::baseUrl() const
{
    return m_server ? m_server->baseUrl() : QUrl();
}

QString EmbeddedSandbox::adminApiKey() const
{
    return QString::fromLatin1(sandbox::demo::kAdminKey);
}

} // namespace odag::app
