// The sandbox over HTTPS with a self-signed certificate: the Transport refuses it as
// Kind::Tls with the chain it was shown, pinning that certificate's SHA-256 lets calls
// through, a different pin does not; OAuth's own calls honour the pin too.

#include "CallCatcher.h"
#include "OAuthTestKit.h"
#include "TestCertificates.h"
#include "TestMain.h"
#include "api/OAuth.h"
#include "api/Transport.h"
#include "sandbox/OAuthRoutes.h"
#include "sandbox/SandboxDemoUsers.h"
#include "sandbox/SandboxServer.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslSocket>
#include <QTemporaryDir>

using namespace odag;
using namespace odag::api;
using Raw = ApiResult<RawResponse>;

namespace {

QByteArray pinOfTestCertificate()
{
    return QSslCertificate(QByteArray(testcerts::localhostCertificate), QSsl::Pem)
        .digest(QCryptographicHash::Sha256);
}

} // namespace

class TestSandboxHttps : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<sandbox::SandboxServer> m_server;

    Raw me(const QList<QByteArray> &pins)
    {
        Transport transport(m_server->baseUrl());
        transport.setAuthenticator(std::make_shared<ApiKeyAuth>(QByteArray(sandbox::demo::kAdminKey)));
        transport.setPinnedCertificates(pins);
        CallCatcher<Raw> c;
        RequestSpec spec;
        spec.path = QStringLiteral("/api/v1/users/me");
        spec.errorFlavor = ErrorFlavor::ErrorResponse;
        transport.send(spec, this, c.callback());
        if (!c.wait(10000))
            return ApiError{};
        return c.get();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("This Qt has no TLS backend");
        // The certificate and key as files, the way --tls-cert and --tls-key give them.
        QFile cert(m_dir.filePath(QStringLiteral("cert.pem")));
        QFile key(m_dir.filePath(QStringLiteral("key.pem")));
        QVERIFY(cert.open(QIODevice::WriteOnly) && key.open(QIODevice::WriteOnly));
        cert.write(testcerts::localhostCertificate);
        key.write(testcerts::localhostKey);
        cert.close();
        key.close();
        sandbox::SandboxOptions o;
        o.demo = false; // the demo users are there without the demo data
        o.rateLimit = false;
        o.tlsCertificateFile = cert.fileName();
        o.tlsKeyFile = key.fileName();
        m_server = std::make_unique<sandbox::SandboxServer>(o);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        QCOMPARE(m_server->baseUrl().scheme(), QStringLiteral("https"));
        QVERIFY(m_server->usesTls());
    }

    void cleanupTestCase() { m_server.reset(); }

    void untrustedCertificateIsRefusedWithItsChain()
    {
        const Raw r = me({});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ApiError::Kind::Tls);
        QVERIFY(!r.error().peerCertificateChain.isEmpty());
        const QSslCertificate leaf(r.error().peerCertificateChain.first(), QSsl::Der);
        QCOMPARE(leaf.digest(QCryptographicHash::Sha256), pinOfTestCertificate());
        QVERIFY2(r.error().message().contains(QStringLiteral("self-signed"), Qt::CaseInsensitive),
                 qPrintable(r.error().message()));
    }

    void pinnedCertificateIsTrusted()
    {
        const Raw r = me({pinOfTestCertificate()});
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QVERIFY(r.value().body.contains(sandbox::demo::kAdminId));
    }

    void anotherPinStillFails()
    {
        const Raw r = me({QCryptographicHash::hash("another certificate", QCryptographicHash::Sha256)});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ApiError::Kind::Tls);
    }

    void oauthCallsHonourThePin()
    {
        // The sign-in's code exchange cannot go through the browser here (it would need
        // the pin too); a revoke and a renewal with a bad token show whether TLS passed.
        OAuthClient client;
        client.tenantUrl = m_server->baseUrl();
        client.clientId = QString::fromLatin1(sandbox::kOAuthClientId);
        std::optional<QString> error;
        OAuthAuth::renew(client, "sbx-rt-unknown", this,
                         [&error](const OAuthTokens &, const QString &e) { error = e; });
        QTRY_VERIFY_WITH_TIMEOUT(error.has_value(), 10000);
        QVERIFY2(error->contains(QStringLiteral("could not be reached")), qPrintable(*error));

        client.pinnedCertificates = {pinOfTestCertificate()};
        error.reset();
        OAuthAuth::renew(client, "sbx-rt-unknown", this,
                         [&error](const OAuthTokens &, const QString &e) { error = e; });
        QTRY_VERIFY_WITH_TIMEOUT(error.has_value(), 10000);
        // Reached the tenant, which refused the token itself.
        QVERIFY2(error->contains(QStringLiteral("refresh token is not valid")), qPrintable(*error));
    }

#ifdef ODAG_SANDBOX_EXE
    void executableServesHttps()
    {
        QProcess process;
        process.setProgram(QStringLiteral(ODAG_SANDBOX_EXE));
        process.setArguments({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--no-rate-limit"),
                              QStringLiteral("--oauth-token-lifetime"), QStringLiteral("120"),
                              QStringLiteral("--tls-cert"), m_dir.filePath(QStringLiteral("cert.pem")),
                              QStringLiteral("--tls-key"), m_dir.filePath(QStringLiteral("key.pem"))});
        process.start();
        QVERIFY(process.waitForStarted(5000));
        QByteArray out;
        while (!out.contains('\n') && process.waitForReadyRead(10000))
            out += process.readAllStandardOutput();
        QVERIFY2(out.startsWith("listening on https://127.0.0.1:"), out.constData());
        const QUrl base(QString::fromUtf8(out.mid(13).trimmed()));
        QUrl url = base;
        url.setPath(QStringLiteral("/api/v1/users/me"));
        // Refused untrusted, then through with the pin.
        Transport transport(base);
        transport.setAuthenticator(std::make_shared<ApiKeyAuth>(QByteArray(sandbox::demo::kAdminKey)));
        for (const bool pinned : {false, true}) {
            transport.setPinnedCertificates(pinned ? QList<QByteArray>{pinOfTestCertificate()} : QList<QByteArray>{});
            CallCatcher<Raw> c;
            RequestSpec spec;
            spec.path = QStringLiteral("/api/v1/users/me");
            transport.send(spec, this, c.callback());
            QVERIFY(c.wait(10000));
            QCOMPARE(c.get().ok(), pinned);
        }
        process.terminate();
        QVERIFY(process.waitForFinished(5000));
    }

    void executableWantsBothTlsFiles()
    {
        QProcess process;
        process.start(QStringLiteral(ODAG_SANDBOX_EXE),
                      {QStringLiteral("--tls-cert"), m_dir.filePath(QStringLiteral("cert.pem"))});
        QVERIFY(process.waitForFinished(5000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardError().contains("--tls-key"));
    }
#endif

    void badCertificateFileStopsTheStart()
    {
        sandbox::SandboxOptions o;
        o.tlsCertificateFile = m_dir.filePath(QStringLiteral("missing.pem"));
        o.tlsKeyFile = m_dir.filePath(QStringLiteral("key.pem"));
        sandbox::SandboxServer server(o);
        QVERIFY(!server.start());
        QVERIFY2(server.errorString().contains(QStringLiteral("--tls-cert")), qPrintable(server.errorString()));
    }
};

ODAG_TEST_MAIN(TestSandboxHttps)
#include "tst_sandbox_https.moc"
