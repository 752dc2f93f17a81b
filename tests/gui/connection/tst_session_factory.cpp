// The session factory: a profile's stored secret opens it; a missing one says what to do;
// pins reach the transport; a client certificate with a wrong password says so before any
// call; Windows sign-in answers the server's challenge once per session and reports a
// second challenge as refused credentials (a small loopback server that asks for HTTP
// authentication stands in for IIS, which the sandbox does not play).

#include "SandboxSession.h"
#include "TestMain.h"
#include "gui/connection/MemorySecretStore.h"
#include "gui/connection/ProfileStore.h"
#include "gui/connection/SessionFactory.h"

#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>

using namespace odag;
using namespace odag::gui;

namespace {
// Answers /api/odag/v1/about when the request carries Basic credentials "CORP\jdoe" /
// "right", else 401 with a challenge. Counts the requests that carried credentials.
class ChallengingServer : public QTcpServer
{
public:
    int withCredentials = 0;

    ChallengingServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection())
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { answer(socket); });
        });
        listen(QHostAddress::LocalHost);
    }

private:
    void answer(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        if (!buffer.contains("\r\n\r\n"))
            return;
        const QByteArray request = std::exchange(buffer, QByteArray());
        const QByteArray good = "Basic " + QByteArray("CORP\\jdoe:right").toBase64();
        QByteArray auth;
        for (const QByteArray &line : request.split('\n')) {
            if (line.toLower().startsWith("authorization:"))
                auth = line.mid(14).trimmed();
        }
        if (!auth.isEmpty())
            ++withCredentials;
        if (auth == good) {
            const QByteArray body = R"({"version":"14.0"})";
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                          + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        } else {
            socket->write("HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Basic realm=\"qse\"\r\n"
                          "Content-Length: 0\r\n\r\n");
        }
    }
    QHash<QTcpSocket *, QByteArray> m_buffers;
};
} // namespace

class TestSessionFactory : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<test::SandboxSession> m_sandbox;

    struct Opened
    {
        std::unique_ptr<TenantSession> session;
        QString error;
    };

    Opened open(SessionFactory &factory, const Profile &p, SessionFactory::Options options = {})
    {
        auto out = std::make_shared<Opened>();
        auto done = std::make_shared<bool>(false);
        QObject context;
        factory.open(p, &context, [out, done](std::unique_ptr<TenantSession> s, const QString &e) {
            out->session = std::move(s);
            out->error = e;
            *done = true;
        }, options);
        [&] { QTRY_VERIFY_WITH_TIMEOUT(*done, 10000); }();
        return std::move(*out);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        m_sandbox = std::make_unique<test::SandboxSession>();
        QVERIFY2(m_sandbox->ok(), qPrintable(m_sandbox->errorString()));
    }

    void storedKeyOpensAndMissingKeySaysWhatToDo()
    {
        MemorySecretStore secrets;
        ProfileStore store;
        SessionFactory factory(&secrets, &store);
        Profile p;
        p.id = QStringLiteral("p1");
        p.name = QStringLiteral("Stored");
        p.url = m_sandbox->baseUrl();
        p.pinnedCertificates = {QByteArray(32, '\x07')};

        Opened missing = open(factory, p);
        QVERIFY(!missing.session);
        QVERIFY2(missing.error.contains(QStringLiteral("No API key")), qPrintable(missing.error));

        secrets.setValue(p.secretKey(Profile::Secret::ApiKey), sandbox::demo::kAuthorKey);
        Opened ok = open(factory, p);
        QVERIFY2(ok.session, qPrintable(ok.error));
        QCOMPARE(ok.session->profileName(), QStringLiteral("Stored"));
        QCOMPARE(ok.session->kind(), TenantSession::Kind::Cloud);
        QCOMPARE(ok.session->transport().pinnedCertificates(), p.pinnedCertificates);

        // A trust prompt is asked only for certificate failures.
        bool asked = false;
        factory.setTrustPrompt([&asked](const api::ApiError &, const QString &) {
            asked = true;
            return std::optional<QByteArray>();
        });
        SessionFactory::Options wrong;
        wrong.overrides.insert(Profile::Secret::ApiKey, "wrong");
        Opened refused = open(factory, p, wrong);
        QVERIFY(!refused.session);
        QVERIFY2(refused.error.contains(QStringLiteral("401")), qPrintable(refused.error));
        QVERIFY(!asked);
    }

    void certificateWithWrongPasswordSaysSo()
    {
        QTemporaryDir dir;
        const QString pem = dir.filePath(QStringLiteral("c.pem"));
        const QString key = dir.filePath(QStringLiteral("c.key"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                       QStringLiteral("-keyout"), key, QStringLiteral("-out"), pem, QStringLiteral("-days"),
                       QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=t"), QStringLiteral("-passout"),
                       QStringLiteral("pass:right")});
        QVERIFY(openssl.waitForFinished(30000) && openssl.exitCode() == 0);
        MemorySecretStore secrets;
        ProfileStore store;
        SessionFactory factory(&secrets, &store);
        Profile p;
        p.id = QStringLiteral("cert");
        p.name = QStringLiteral("Certificate");
        p.kind = Profile::Kind::SenseEnterprise;
        p.auth = Profile::Auth::ClientCertificate;
        p.url = m_sandbox->baseUrl();
        p.certificatePath = pem;
        p.keyPath = key;
        secrets.setValue(p.secretKey(Profile::Secret::CertificatePassword), "wrong");
        Opened r = open(factory, p);
        QVERIFY(!r.session);
        QVERIFY2(r.error.contains(QStringLiteral("password")), qPrintable(r.error));

        secrets.setValue(p.secretKey(Profile::Secret::CertificatePassword), "right");
        SessionFactory::Options noCall;
        noCall.verify = false;
        Opened built = open(factory, p, noCall);
        QVERIFY2(built.session, qPrintable(built.error));
        QCOMPARE(built.session->kind(), TenantSession::Kind::SenseEnterprise);
    }

    void windowsSignInAnswersOneChallenge()
    {
        ChallengingServer server;
        QVERIFY(server.isListening());
        MemorySecretStore secrets;
        ProfileStore store;
        SessionFactory factory(&secrets, &store);
        Profile p;
        p.id = QStringLiteral("win");
        p.name = QStringLiteral("Windows");
        p.kind = Profile::Kind::SenseEnterprise;
        p.auth = Profile::Auth::Windows;
        p.windowsUser = QStringLiteral("CORP\\jdoe");
        p.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort()));

        secrets.setValue(p.secretKey(Profile::Secret::WindowsPassword), "right");
        Opened ok = open(factory, p);
        QVERIFY2(ok.session, qPrintable(ok.error));
        QCOMPARE(server.withCredentials, 1);

        server.withCredentials = 0;
        secrets.setValue(p.secretKey(Profile::Secret::WindowsPassword), "wrong");
        Opened refused = open(factory, p);
        QVERIFY(!refused.session);
        QVERIFY2(refused.error.contains(QStringLiteral("refused the Windows sign-in")), qPrintable(refused.error));
        QCOMPARE(server.withCredentials, 1); // asked once, not again and again
    }
};

ODAG_TEST_MAIN(TestSessionFactory)
#include "tst_session_factory.moc"
