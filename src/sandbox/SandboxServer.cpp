#include "SandboxServer.h"

#include "ControlRoutes.h"
#include "DemoData.h"
#include "EngineRoutes.h"
#include "Logging.h"
#include "OAuthRoutes.h"
#include "OdagSettingsRoutes.h"
#include "QseRoutes.h"
#include "UserRoutes.h"
#include "RequestPipeline.h"
#include "apps/AppRoutes.h"
#include "odag/LinkRoutes.h"
#include "odag/RequestRoutes.h"

#include <QAbstractHttpServer>
#include <QCoreApplication>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QFile>
#include <QTcpServer>

#if QT_CONFIG(ssl)
#include <QSslCertificate>
#include <QSslKey>
#endif

namespace odag::sandbox {

// Qt HttpServer's request parsing and connection handling, with every request handed
// to the pipeline. QHttpServer's own router cannot answer 405, and its responders and
// afterRequest hooks do not mix; subclassing QAbstractHttpServer gives one entry point
// with the connection's socket, which the pipeline needs to answer safely later.
class HttpFrontend : public QAbstractHttpServer
{
public:
    explicit HttpFrontend(RequestPipeline *pipeline)
        : m_pipeline(pipeline)
    {}

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        m_pipeline->handle(request, socket);
        return true;
    }

    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        // Only reached for WebSocket upgrades, which the sandbox does not speak.
        makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
    }

private:
    RequestPipeline *m_pipeline;
};

SandboxServer::SandboxServer(SandboxOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_clock(new SandboxClock(m_options.speed, this))
    , m_pipeline(new RequestPipeline(this))
{
    m_store.setNow([this] { return m_clock->now(); });
    m_rateLimiter.setEnabled(m_options.rateLimit);
    registerBuiltInRoutes();
}

SandboxServer::~SandboxServer()
{
    stop();
}

void SandboxServer::registerBuiltInRoutes()
{
    registerEngineRoutes(*this);
    registerOdagSettingsRoutes(*this);
    registerUserRoutes(*this);
    registerQseRoutes(*this);
    registerAppRoutes(*this);
    registerOdagLinkRoutes(*this);
    registerOdagRequestRoutes(*this);
    registerControlRoutes(*this);
    registerOAuthRoutes(*this);
}

bool SandboxServer::fail(const QString &message)
{
    m_error = message;
    qCWarning(lcSandbox).noquote() << message;
    return false;
}

bool SandboxServer::loadUsers()
{
    QList<SandboxUser> users = m_options.users;
    if (users.isEmpty() && !m_options.usersFile.isEmpty()) {
        auto loaded = SandboxUsers::loadFile(m_options.usersFile);
        if (!loaded)
            return fail(loaded.error());
        users = *loaded;
    }
    if (users.isEmpty())
        users = SandboxUsers::demoUsers();
    const QString problem = m_users.setUsers(users);
    if (!problem.isEmpty())
        return fail(problem);
    if (m_options.demo)
        m_users.addMissing(SandboxUsers::demoUsers());
    return true;
}

bool SandboxServer::start()
{
    stop();
    m_error.clear();
    m_tls = false;
    if (!loadUsers())
        return false;
    if (!m_options.faults.isEmpty()) {
        auto rules = FaultInjector::parseSpec(m_options.faults);
        if (!rules)
            return fail(tr("--faults: %1").arg(rules.error()));
        m_faults.setRules(*rules);
    }
    if (m_options.faultSeed)
        m_faults.setSeed(*m_options.faultSeed);
    if (!m_store.open(m_options.dataDir))
        return fail(m_store.lastError());
    if (m_options.demo && !seedDemoData(*this)) {
        const QString error = m_store.lastError();
        m_store.close();
        return fail(tr("cannot seed the demo data: %1").arg(error));
    }

    m_http = std::make_unique<HttpFrontend>(m_pipeline);
    if (m_options.usesTls() && !setUpTls()) {
        m_http.reset();
        m_store.close();
        return false;
    }
    m_port = m_http->listen(m_options.address, m_options.port);
    if (m_port == 0) {
        m_http.reset();
        m_store.close();
        return fail(
            tr("cannot listen on %1:%2").arg(m_options.address.toString()).arg(m_options.port));
    }
    m_startedAt = m_clock->now();
    m_uptime.start();
    m_stats.reset(m_startedAt);
    qCInfo(lcSandbox).noquote() << "sandbox listening on" << baseUrl().toString();
    return true;
}

bool SandboxServer::setUpTls()
{
#if QT_CONFIG(ssl)
    const auto read = [](const QByteArray &pem, const QString &file, QByteArray *out) {
        if (!pem.isEmpty()) {
            *out = pem;
            return true;
        }
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return false;
        *out = f.readAll();
        return true;
    };
    QByteArray certificatePem;
    QByteArray keyPem;
    if (!read(m_options.tlsCertificatePem, m_options.tlsCertificateFile, &certificatePem))
        return fail(tr("--tls-cert: cannot read %1").arg(m_options.tlsCertificateFile));
    if (!read(m_options.tlsKeyPem, m_options.tlsKeyFile, &keyPem))
        return fail(tr("--tls-key: cannot read %1").arg(m_options.tlsKeyFile));
    const QSslCertificate certificate(certificatePem, QSsl::Pem);
    if (certificate.isNull())
        return fail(tr("--tls-cert: not a PEM certificate"));
    QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
    if (key.isNull())
        return fail(tr("--tls-key: not an unencrypted PEM RSA or EC private key"));
    m_http->sslSetup(certificate, key);
    m_tls = true;
    return true;
#else
    return fail(tr("this build of the sandbox has no TLS support"));
#endif
}

void SandboxServer::stop()
{
    if (m_http) {
        // Deleting the server closes its listening socket and every connection.
        m_http.reset();
        m_port = 0;
    }
    m_store.close();
}

bool SandboxServer::isListening() const
{
    return m_http != nullptr;
}

QUrl SandboxServer::baseUrl() const
{
    QUrl u;
    u.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    const QHostAddress address = m_options.address;
    u.setHost(address == QHostAddress(QHostAddress::LocalHost) || address.isNull() ||
                      address == QHostAddress(QHostAddress::Any)
                  ? QStringLiteral("127.0.0.1")
                  : address.toString());
    u.setPort(m_port);
    return u;
}

} // namespace odag::sandbox
