// Client certificates of Qlik Sense Enterprise profiles: a PEM certificate with an
// encrypted PEM key and a PFX file, both made here with openssl, load with the right
// password; a wrong password or a missing file gives a sentence naming the file.

#include "TestMain.h"
#include "gui/connection/ClientCertificate.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace odag::gui;

class TestClientCertificate : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    bool openssl(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral("openssl"), args);
        if (!p.waitForFinished(30000) || p.exitCode() != 0) {
            qWarning().noquote() << "openssl" << args.join(u' ') << p.readAllStandardError();
            return false;
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty(), "openssl is needed to make the fixtures");
        QVERIFY(openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                         QStringLiteral("-keyout"), path("client.key"), QStringLiteral("-out"), path("client.pem"),
                         QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=odag-test-client"),
                         QStringLiteral("-passout"), QStringLiteral("pass:pem-secret")}));
        QVERIFY(openssl({QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-inkey"), path("client.key"),
                         QStringLiteral("-in"), path("client.pem"), QStringLiteral("-passin"), QStringLiteral("pass:pem-secret"),
                         QStringLiteral("-out"), path("client.pfx"), QStringLiteral("-passout"), QStringLiteral("pass:pfx-secret")}));
    }

    void loadsPemWithEncryptedKey()
    {
        auto r = ClientCertificate::load(path("client.pem"), path("client.key"), "pem-secret");
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error()));
        QCOMPARE(r->certificate.subjectInfo(QSslCertificate::CommonName).value(0), QStringLiteral("odag-test-client"));
        QVERIFY(!r->privateKey.isNull());
    }

    void loadsPfx()
    {
        QVERIFY(ClientCertificate::isPkcs12(path("client.pfx"), QString()));
        auto r = ClientCertificate::load(path("client.pfx"), QString(), "pfx-secret");
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error()));
        QCOMPARE(r->certificate.subjectInfo(QSslCertificate::CommonName).value(0), QStringLiteral("odag-test-client"));
        QVERIFY(!r->privateKey.isNull());
    }

    void wrongPasswordsSaySo()
    {
        auto pem = ClientCertificate::load(path("client.pem"), path("client.key"), "wrong");
        QVERIFY(!pem.ok());
        QVERIFY2(pem.error().contains(QStringLiteral("password")) && pem.error().contains(QStringLiteral("client.key")),
                 qPrintable(pem.error()));
        auto pfx = ClientCertificate::load(path("client.pfx"), QString(), "wrong");
        QVERIFY(!pfx.ok());
        QVERIFY2(pfx.error().contains(QStringLiteral("password")) && pfx.error().contains(QStringLiteral("client.pfx")),
                 qPrintable(pfx.error()));
    }

    void missingFilesSaySo()
    {
        auto r = ClientCertificate::load(path("none.pem"), path("client.key"), {});
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(QStringLiteral("none.pem")), qPrintable(r.error()));
    }
};

ODAG_TEST_MAIN(TestClientCertificate)
#include "tst_client_certificate.moc"
