// Sign-in pieces wired into opening a profile, against the sandbox: a self-signed HTTPS
// tenant asks to trust its certificate (declining fails with a clear message, trusting
// pins it in the saved profile and later opens need no question); an OAuth profile signs
// in through the browser, keeps its refresh token in the secret store, reopens without the
// browser, and after signing out needs the browser again. The profile editor keeps the
// sign-in made by "Test connection".

#include "../../api/OAuthTestKit.h"
#include "SandboxSession.h"
#include "TestCertificates.h"
#include "TestMain.h"
#include "api/UsersApi.h"
#include "gui/connection/CertificateDialog.h"
#include "gui/connection/ConnectionDialogs.h"
#include "gui/connection/MemorySecretStore.h"
#include "gui/connection/OAuthSignInDialog.h"
#include "gui/connection/ProfileEditor.h"
#include "gui/connection/ProfileManagerDialog.h"
#include "gui/connection/ProfileStore.h"
#include "gui/connection/SessionFactory.h"
#include "sandbox/OAuthRoutes.h"

#include <QComboBox>
#include <QCryptographicHash>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSslSocket>
#include <QStandardPaths>

using namespace odag;
using namespace odag::gui;

class TestConnectionSignIn : public QObject
{
    Q_OBJECT
private:
    struct Opened
    {
        std::unique_ptr<TenantSession> session;
        QString error;
    };

    static Opened open(SessionFactory &factory, const Profile &p)
    {
        auto out = std::make_shared<Opened>();
        auto done = std::make_shared<bool>(false);
        QObject context;
        factory.open(p, &context, [out, done](std::unique_ptr<TenantSession> s, const QString &e) {
            out->session = std::move(s);
            out->error = e;
            *done = true;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(*done, 15000); }();
        return std::move(*out);
    }

    static QString whoAmI(TenantSession &session)
    {
        auto name = std::make_shared<std::optional<QString>>();
        QObject context;
        api::UsersApi(session.transport()).me(&context, [name](const api::ApiResult<User> &r) {
            *name = r.ok() ? r.value().name : r.error().message();
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(name->has_value(), 10000); }();
        return name->value_or(QString());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        qRegisterMetaType<api::OAuthTokens>();
    }

    void init() { QSettings().clear(); }
    void cleanup() { OAuthSignInDialog::setBrowserOpener({}); }

    void selfSignedTenantIsTrustedOnceAndPinned()
    {
        QVERIFY2(QSslSocket::supportsSsl(), "this test needs Qt's TLS backend");
        sandbox::SandboxOptions o = test::SandboxSession::demoOptions();
        o.demo = false;
        o.tlsCertificatePem = testcerts::localhostCertificate;
        o.tlsKeyPem = testcerts::localhostKey;
        test::SandboxSession https(o);
        QVERIFY2(https.ok(), qPrintable(https.errorString()));
        QCOMPARE(https.baseUrl().scheme(), QStringLiteral("https"));

        MemorySecretStore secrets;
        ProfileStore store;
        SessionFactory factory(&secrets, &store);
        useConnectionDialogs(&factory, nullptr);
        Profile p;
        p.name = QStringLiteral("Self-signed");
        p.url = https.baseUrl();
        p.id = store.save(p);
        secrets.setValue(p.secretKey(Profile::Secret::ApiKey), sandbox::demo::kAdminKey);

        CertificateDialog::setNextAnswer(false);
        Opened declined = open(factory, p);
        QVERIFY(!declined.session);
        QVERIFY(!declined.error.isEmpty());
        QVERIFY(store.profile(p.id)->pinnedCertificates.isEmpty());

        CertificateDialog::setNextAnswer(true);
        Opened trusted = open(factory, p);
        QVERIFY2(trusted.session, qPrintable(trusted.error));
        const QByteArray digest = QSslCertificate(QByteArray(testcerts::localhostCertificate), QSsl::Pem)
                                      .digest(QCryptographicHash::Sha256);
        QCOMPARE(store.profile(p.id)->pinnedCertificates, QList<QByteArray>{digest});
        QVERIFY(trusted.session->transport().pinnedCertificates().contains(digest));
        QCOMPARE(whoAmI(*trusted.session), QStringLiteral("Maria Keller"));

        // Opened again from the store: the pin answers, nobody is asked.
        int asked = 0;
        factory.setTrustPrompt([&asked](const api::ApiError &, const QString &) {
            ++asked;
            return std::optional<QByteArray>();
        });
        Opened again = open(factory, *store.profile(p.id));
        QVERIFY2(again.session, qPrintable(again.error));
        QCOMPARE(asked, 0);

        // From the profile manager: Test connection asks, and the test goes on once the
        // pin is saved.
        Profile other = p;
        other.id.clear();
        other.name = QStringLiteral("Self-signed too");
        other.pinnedCertificates.clear();
        other.id = store.save(other);
        secrets.setValue(other.secretKey(Profile::Secret::ApiKey), sandbox::demo::kAdminKey);
        useConnectionDialogs(&factory, nullptr);
        ProfileManagerDialog dialog(&store, &secrets, &factory);
        dialog.show();
        dialog.select(other.id);
        CertificateDialog::setNextAnswer(true);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("testProfileButton")), Qt::LeftButton);
        auto *result = dialog.findChild<QLabel *>(QStringLiteral("connectionTestResult"));
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QStringLiteral("Maria Keller")), 10000);
        QCOMPARE(store.profile(other.id)->pinnedCertificates, QList<QByteArray>{digest});
    }

    void oauthProfileSignsInOnceAndReopensWithItsRefreshToken()
    {
        test::SandboxSession server;
        QVERIFY2(server.ok(), qPrintable(server.errorString()));
        oauthkit::FakeBrowser browser;
        int browserOpened = 0;
        OAuthSignInDialog::setBrowserOpener([&](const QUrl &url) {
            ++browserOpened;
            browser.open(url);
        });
        MemorySecretStore secrets;
        ProfileStore store;
        SessionFactory factory(&secrets, &store);
        useConnectionDialogs(&factory, nullptr);
        Profile p;
        p.name = QStringLiteral("OAuth");
        p.url = server.baseUrl();
        p.auth = Profile::Auth::OAuth;
        p.oauthClientId = QString::fromLatin1(sandbox::kOAuthClientId);
        p.id = store.save(p);

        Opened first = open(factory, p);
        QVERIFY2(first.session, qPrintable(first.error));
        QCOMPARE(browserOpened, 1);
        QCOMPARE(whoAmI(*first.session), QStringLiteral("Maria Keller"));
        const QString key = p.secretKey(Profile::Secret::RefreshToken);
        QTRY_VERIFY(secrets.value(key).has_value());

        // Reopened with the stored refresh token: no browser.
        Opened second = open(factory, p);
        QVERIFY2(second.session, qPrintable(second.error));
        QCOMPARE(browserOpened, 1);
        QCOMPARE(whoAmI(*second.session), QStringLiteral("Maria Keller"));

        // Signing out revokes the tokens: the next open needs the browser again.
        auto *oauth = dynamic_cast<api::OAuthAuth *>(second.session->transport().authenticator().get());
        QVERIFY(oauth);
        bool signedOut = false;
        oauth->signOut([&signedOut](const QString &error) {
            QVERIFY2(error.isEmpty(), qPrintable(error));
            signedOut = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(signedOut, 10000);
        Opened third = open(factory, p);
        QVERIFY2(third.session, qPrintable(third.error));
        QCOMPARE(browserOpened, 2);
    }

    void editorKeepsTheSignInOfItsTest()
    {
        test::SandboxSession server;
        QVERIFY2(server.ok(), qPrintable(server.errorString()));
        oauthkit::FakeBrowser browser;
        OAuthSignInDialog::setBrowserOpener([&](const QUrl &url) { browser.open(url); });
        MemorySecretStore secrets;
        ProfileStore store;
        SessionFactory factory(&secrets, &store);
        useConnectionDialogs(&factory, nullptr);
        Profile fresh;
        ProfileEditor editor(fresh, {}, &store, &secrets, &factory);
        editor.show();
        auto *name = editor.findChild<QLineEdit *>(QStringLiteral("profileName"));
        QTest::keyClicks(name, QStringLiteral("Cloud OAuth"));
        QTest::keyClicks(editor.findChild<QLineEdit *>(QStringLiteral("profileUrl")), server.baseUrl().toString());
        auto *auth = editor.findChild<QComboBox *>(QStringLiteral("profileAuth"));
        const int oauthIndex = auth->findData(int(Profile::Auth::OAuth));
        QVERIFY(oauthIndex >= 0);
        auth->setCurrentIndex(oauthIndex);
        QVERIFY(editor.findChild<QLineEdit *>(QStringLiteral("profileOAuthClientId"))->isVisible());
        QTest::keyClicks(editor.findChild<QLineEdit *>(QStringLiteral("profileOAuthClientId")),
                         QString::fromLatin1(sandbox::kOAuthClientId));
        QTest::mouseClick(editor.findChild<QPushButton *>(QStringLiteral("testConnectionButton")), Qt::LeftButton);
        auto *result = editor.findChild<QLabel *>(QStringLiteral("connectionTestResult"));
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QStringLiteral("Maria Keller")), 15000);
        QTest::mouseClick(editor.findChild<QPushButton *>(QStringLiteral("saveProfileButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(store.profiles().size(), 1, 10000);
        const Profile saved = store.profiles().first();
        QCOMPARE(saved.auth, Profile::Auth::OAuth);
        QCOMPARE(saved.oauthClientId, QString::fromLatin1(sandbox::kOAuthClientId));
        QVERIFY(secrets.value(saved.secretKey(Profile::Secret::RefreshToken)).has_value());
    }
};

ODAG_TEST_MAIN(TestConnectionSignIn)
#include "tst_connection_signin.moc"
