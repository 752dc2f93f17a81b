// TLS: an untrusted certificate fails as Kind::Tls naming the problem, a trusted one
// (the QSE root added through QseAuth) works, and client certificates reach the request.

#include "CallCatcher.h"
#include "ScriptedServer.h"
#include "TestCertificates.h"
#include "TestMain.h"
#include "api/Transport.h"

#include <QSignalSpy>
#include <QSslConfiguration>

using namespace odag::api;
using Raw = ApiResult<RawResponse>;

namespace {

QSslCertificate certificate()
{
    return QSslCertificate(QByteArray(testcerts::localhostCertificate), QSsl::Pem);
}

QSslKey key()
{
    return QSslKey(QByteArray(testcerts::localhostKey), QSsl::Rsa, QSsl::Pem);
}

Transport::Options fastOptions()
{
    Transport::Options o;
    o.defaultTimeoutMs = 3000;
    o.backoffBaseMs = 10;
    return o;
}

} // namespace

class TestTransportTls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("This Qt has no TLS backend");
        QVERIFY(!certificate().isNull());
        QVERIFY(!key().isNull());
    }

    void untrustedCertificateIsATlsError()
    {
        ScriptedServer server;
        QVERIFY(server.listenTls(certificate(), key()));
        server.enqueue(ScriptedServer::Reply::json(200, "{}"));
        Transport transport(server.baseUrl(), fastOptions());
        QSignalSpy exchanges(&transport, &Transport::exchanged);
        CallCatcher<Raw> c;
        RequestSpec spec;
        spec.path = QStringLiteral("/x");
        transport.send(spec, this, c.callback());
        QVERIFY(c.wait());
        QVERIFY(!c.get().ok());
        const ApiError &e = c.get().error();
        QCOMPARE(e.kind, ApiError::Kind::Tls);
        QVERIFY2(e.message().contains(QStringLiteral("self-signed"), Qt::CaseInsensitive),
                 qPrintable(e.message()));
        QCOMPARE(exchanges.size(), 1); // never retried: it would fail the same way
        QCOMPARE(server.requestCount(), 0);
    }

    void trustedRootFromQseAuthWorks()
    {
        ScriptedServer server;
        QVERIFY(server.listenTls(certificate(), key()));
        server.enqueue(ScriptedServer::Reply::json(200, R"({"ok":true})"));
        Transport transport(server.baseUrl(), fastOptions());
        QseAuth::Settings settings;
        settings.userDirectory = QStringLiteral("CORP");
        settings.userId = QStringLiteral("svc");
        settings.caCertificates = {certificate()};
        transport.setAuthenticator(std::make_shared<QseAuth>(settings));
        CallCatcher<Raw> c;
        RequestSpec spec;
        spec.path = QStringLiteral("/qrs/about");
        transport.send(spec, this, c.callback());
        QVERIFY(c.wait());
        ODAG_VERIFY_OK(c.get());
        QCOMPARE(c.get().value().body, QByteArray(R"({"ok":true})"));
        QCOMPARE(server.lastRequest().header("x-qlik-user"),
                 QByteArray("UserDirectory=CORP; UserId=svc"));
        QCOMPARE(server.lastRequest().header("x-qlik-xrfkey").size(), 16);
    }

    void clientCertificateIsApplied()
    {
        QseAuth::Settings settings;
        settings.clientCertificate = certificate();
        settings.privateKey = key();
        QseAuth auth(settings);
        QNetworkRequest request(QUrl(QStringLiteral("https://qse.example:4242/qrs/about")));
        auth.apply(request);
        QCOMPARE(request.sslConfiguration().localCertificate(), certificate());
        QCOMPARE(request.sslConfiguration().privateKey(), key());
        QVERIFY(request.url().query().contains(QStringLiteral("xrfkey=")));
        QVERIFY(!request.hasRawHeader("X-Qlik-User")); // no user: no header authentication
    }
};

ODAG_TEST_MAIN(TestTransportTls)
#include "tst_transport_tls.moc"
