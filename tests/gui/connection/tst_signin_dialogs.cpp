// CertificateDialog shows who the certificate names and its fingerprint, trusting returns
// the leaf's SHA-256 (Cancel is the default); OAuthSignInDialog signs in against the
// sandbox with a browser that clicks Allow, shows Deny's failure with Retry, and cancels.

#include "../../api/OAuthTestKit.h"
#include "TestCertificates.h"
#include "TestMain.h"
#include "gui/connection/CertificateDialog.h"
#include "gui/connection/OAuthSignInDialog.h"
#include "sandbox/OAuthRoutes.h"
#include "sandbox/SandboxDemoUsers.h"
#include "sandbox/SandboxServer.h"

#include <QApplication>
#include <QClipboard>
#include <QCryptographicHash>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpSocket>

using namespace odag;
using namespace odag::gui;

namespace {

QSslCertificate testCertificate()
{
    return QSslCertificate(QByteArray(testcerts::localhostCertificate), QSsl::Pem);
}

api::ApiError tlsError()
{
    api::ApiError e;
    e.kind = api::ApiError::Kind::Tls;
    e.url = QStringLiteral("https://127.0.0.1:8443/api/v1/users/me");
    e.technical = QStringLiteral("The certificate is self-signed, and untrusted");
    e.peerCertificateChain = {testCertificate().toDer()};
    return e;
}

} // namespace

class TestSignInDialogs : public QObject
{
    Q_OBJECT

    std::unique_ptr<sandbox::SandboxServer> m_server;

    api::OAuthClient client() const
    {
        api::OAuthClient c;
        c.tenantUrl = m_server->baseUrl();
        c.clientId = QString::fromLatin1(sandbox::kOAuthClientId);
        return c;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<api::OAuthTokens>();
        sandbox::SandboxOptions o;
        o.rateLimit = false;
        m_server = std::make_unique<sandbox::SandboxServer>(o);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    }

    void cleanup() { OAuthSignInDialog::setBrowserOpener({}); }
    void cleanupTestCase() { m_server.reset(); }

    void certificateDialogShowsTheCertificate()
    {
        CertificateDialog dialog(tlsError(), QStringLiteral("Production"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QByteArray digest = testCertificate().digest(QCryptographicHash::Sha256);
        auto *fingerprint = dialog.findChild<QLabel *>(QStringLiteral("fingerprint"));
        QVERIFY(fingerprint);
        QCOMPARE(fingerprint->text().remove(QLatin1Char('\n')), QString::fromLatin1(digest.toHex(':').toUpper()));
        QCOMPARE(fingerprint->text().count(QLatin1Char(':')), 31);
        QCOMPARE(CertificateDialog::formatFingerprint(QByteArray::fromHex("0aff")), QStringLiteral("0A:FF"));
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("certificateSubject"))->text(), QStringLiteral("127.0.0.1"));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("certificateValidUntil"))->text().contains(QStringLiteral("2126")));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("certificateErrors"))->text().contains(QStringLiteral("self-signed")));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("certificateHeading"))->text().contains(QStringLiteral("127.0.0.1")));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("trustScope"))->text().contains(QStringLiteral("Production")));
        QCOMPARE(dialog.findChild<QListWidget *>(QStringLiteral("certificateChain"))->count(), 1);
        auto *cancel = dialog.findChild<QPushButton *>(QStringLiteral("cancelButton"));
        QVERIFY(cancel->isDefault());
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("trustButton"))->isDefault());
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("trustButton")), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.leafDigest(), digest);
    }

    void certificateDialogEnterCancels()
    {
        CertificateDialog dialog(tlsError(), QStringLiteral("Production"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClick(&dialog, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    void certificateDialogWithoutCertificateOffersNoTrust()
    {
        api::ApiError e = tlsError();
        e.peerCertificateChain.clear();
        CertificateDialog dialog(e, QStringLiteral("Production"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("trustButton"))->isVisible());
        QVERIFY(dialog.leafDigest().isEmpty());
    }

    void askToTrustSeam()
    {
        CertificateDialog::setNextAnswer(true);
        const auto trusted = CertificateDialog::askToTrust(nullptr, tlsError(), QStringLiteral("P"));
        QVERIFY(trusted.has_value());
        QCOMPARE(*trusted, testCertificate().digest(QCryptographicHash::Sha256));
        CertificateDialog::setNextAnswer(false);
        QVERIFY(!CertificateDialog::askToTrust(nullptr, tlsError(), QStringLiteral("P")).has_value());
    }

    void signInThroughTheBrowser()
    {
        oauthkit::FakeBrowser browser;
        browser.userId = QString::fromLatin1(sandbox::demo::kAnalystId);
        QList<QUrl> opened;
        OAuthSignInDialog::setBrowserOpener([&](const QUrl &url) {
            opened << url;
            browser.open(url);
        });
        OAuthSignInDialog dialog(client());
        QSignalSpy signedIn(&dialog, &OAuthSignInDialog::signedIn);
        dialog.show();
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, 10000);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.isVisible());
        QVERIFY(dialog.tokens().isValid());
        QCOMPARE(signedIn.first().first().value<api::OAuthTokens>().accessToken, dialog.tokens().accessToken);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first(), dialog.authorizationUrl());
        // The token is the analyst's: the sandbox says so.
        QUrl me = m_server->baseUrl();
        me.setPath(QStringLiteral("/api/v1/users/me"));
        const auto r = oauthkit::http("GET", me, {}, {}, dialog.tokens().accessToken);
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.contains(sandbox::demo::kAnalystId));
    }

    void deniedStaysOpenWithRetry()
    {
        oauthkit::FakeBrowser browser;
        browser.decision = QStringLiteral("deny");
        OAuthSignInDialog::setBrowserOpener([&](const QUrl &url) { browser.open(url); });
        OAuthSignInDialog dialog(client());
        dialog.show();
        auto *retry = dialog.findChild<QPushButton *>(QStringLiteral("retryButton"));
        QTRY_VERIFY_WITH_TIMEOUT(retry->isVisible(), 10000);
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("signInStatus"))->text().contains(QStringLiteral("denied")));
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("cancelButton"))->isVisible());
        // Retry, and this time the person allows.
        browser.decision = QStringLiteral("allow");
        QSignalSpy signedIn(&dialog, &OAuthSignInDialog::signedIn);
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, 10000);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void cancelStopsWaiting()
    {
        QList<QUrl> opened;
        OAuthSignInDialog::setBrowserOpener([&](const QUrl &url) { opened << url; });
        OAuthSignInDialog dialog(client());
        QSignalSpy signedIn(&dialog, &OAuthSignInDialog::signedIn);
        dialog.show();
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 5000);
        auto *url = dialog.findChild<QLineEdit *>(QStringLiteral("signInUrl"));
        QCOMPARE(QUrl(url->text()), opened.first());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("signInStatus"))->text().contains(QStringLiteral("browser")));
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("copyUrlButton")), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), url->text());
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("openBrowserButton")), Qt::LeftButton);
        QCOMPARE(opened.size(), 2);
        const QUrlQuery q(opened.first());
        const QUrl redirect(q.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("cancelButton")), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!dialog.isVisible());
        QCOMPARE(signedIn.size(), 0);
        // Nobody listens for the browser any more.
        QTcpSocket probe;
        probe.connectToHost(redirect.host(), quint16(redirect.port()));
        QVERIFY(!probe.waitForConnected(2000));
    }
};

ODAG_TEST_MAIN(TestSignInDialogs)
#include "tst_signin_dialogs.moc"
