// OAuth2 end to end over real HTTP: OAuthFlow signs in through the sandbox (a fake
// browser clicks Allow), OAuthAuth signs Transport calls, renews after a 401 and before
// expiry, signs out by revoking; denial, a foreign state and cancelling fail in words.

#include "CallCatcher.h"
#include "OAuthTestKit.h"
#include "TestMain.h"
#include "api/OAuth.h"
#include "api/Transport.h"
#include "sandbox/OAuthRoutes.h"
#include "sandbox/SandboxDemoUsers.h"
#include "sandbox/SandboxServer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpSocket>

using namespace odag;
using namespace odag::api;
using Raw = ApiResult<RawResponse>;

class TestOAuthFlow : public QObject
{
    Q_OBJECT

    std::unique_ptr<sandbox::SandboxServer> m_server;

    void startServer(qint64 lifetimeSeconds = 3600)
    {
        sandbox::SandboxOptions o;
        o.demo = false; // the demo users are there without the demo data
        o.rateLimit = false;
        o.oauthTokenLifetimeSeconds = lifetimeSeconds;
        m_server = std::make_unique<sandbox::SandboxServer>(o);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    }

    OAuthClient client() const
    {
        OAuthClient c;
        c.tenantUrl = m_server->baseUrl();
        c.clientId = QString::fromLatin1(sandbox::kOAuthClientId);
        return c;
    }

    // Signs in with a fake browser; the tokens, or invalid ones after a QVERIFY failure.
    OAuthTokens signIn(const QString &userId = {}, oauthkit::FakeBrowser *browserOut = nullptr)
    {
        OAuthFlow flow(client());
        QSignalSpy succeeded(&flow, &OAuthFlow::succeeded);
        QSignalSpy failed(&flow, &OAuthFlow::failed);
        oauthkit::FakeBrowser browser;
        browser.userId = userId;
        connect(&flow, &OAuthFlow::authorizationUrl, &browser, &oauthkit::FakeBrowser::open);
        QSignalSpy browsed(&browser, &oauthkit::FakeBrowser::finished);
        flow.start();
        if (!QTest::qWaitFor([&] { return succeeded.size() + failed.size() > 0 && browsed.size() > 0; }, 10000))
            return {};
        if (browserOut) {
            browserOut->finalStatus = browser.finalStatus;
            browserOut->finalPage = browser.finalPage;
            browserOut->pageStatus = browser.pageStatus;
        }
        if (succeeded.isEmpty())
            return {};
        return succeeded.first().first().value<OAuthTokens>();
    }

    Raw me(Transport &transport)
    {
        CallCatcher<Raw> c;
        RequestSpec spec;
        spec.path = QStringLiteral("/api/v1/users/me");
        spec.errorFlavor = ErrorFlavor::ErrorResponse;
        transport.send(spec, this, c.callback());
        if (!c.wait(10000))
            return ApiError{};
        return c.get();
    }

    static QString idOf(const Raw &r)
    {
        return r.ok() ? QJsonDocument::fromJson(r.value().body).object().value(QStringLiteral("id")).toString()
                      : QString();
    }

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<OAuthTokens>(); }
    void cleanup() { m_server.reset(); }

    void signInThenCallTheApi()
    {
        startServer();
        oauthkit::FakeBrowser browser;
        const OAuthTokens tokens = signIn(QString::fromLatin1(sandbox::demo::kAuthorId), &browser);
        QVERIFY(tokens.isValid());
        QVERIFY(!tokens.refreshToken.isEmpty());
        QCOMPARE(tokens.scope, QStringLiteral("user_default"));
        const qint64 left = QDateTime::currentDateTimeUtc().secsTo(tokens.expiresAt);
        QVERIFY2(left > 3500 && left <= 3600, qPrintable(QString::number(left)));
        QCOMPARE(browser.pageStatus, 200);
        QCOMPARE(browser.finalStatus, 200);
        QVERIFY(browser.finalPage.contains("You are signed in to ODAG Admin"));

        Transport transport(m_server->baseUrl());
        auto auth = std::make_shared<OAuthAuth>(client(), tokens);
        transport.setAuthenticator(auth);
        QCOMPARE(idOf(me(transport)), QString::fromLatin1(sandbox::demo::kAuthorId));
        QVERIFY(auth->secrets().contains(tokens.accessToken));
        QVERIFY(auth->secrets().contains(tokens.refreshToken));
    }

    void expiredTokenIsRenewedOnce401AndRetried()
    {
        startServer();
        m_server->clock().setManual(true);
        const OAuthTokens tokens = signIn();
        QVERIFY(tokens.isValid());
        Transport transport(m_server->baseUrl());
        auto auth = std::make_shared<OAuthAuth>(client(), tokens);
        QList<OAuthTokens> changes;
        auth->setTokensChangedHandler([&changes](const OAuthTokens &t) { changes << t; });
        transport.setAuthenticator(auth);
        QSignalSpy exchanges(&transport, &Transport::exchanged);

        m_server->clock().advance(3601 * 1000); // the client's own timer has not run yet
        // Three calls at once: one renewal serves them all (the refresh token rotates).
        CallCatcher<Raw> a, b, c;
        RequestSpec spec;
        spec.path = QStringLiteral("/api/v1/users/me");
        spec.errorFlavor = ErrorFlavor::ErrorResponse;
        transport.send(spec, this, a.callback());
        transport.send(spec, this, b.callback());
        transport.send(spec, this, c.callback());
        QVERIFY(a.wait(10000) && b.wait(10000) && c.wait(10000));
        for (const auto *r : {&a, &b, &c})
            QVERIFY2(r->get().ok(), qPrintable(r->get().ok() ? QString() : r->get().error().toString()));
        QCOMPARE(changes.size(), 1);
        QVERIFY(changes.first().accessToken != tokens.accessToken);
        QVERIFY(changes.first().refreshToken != tokens.refreshToken);
        QCOMPARE(auth->tokens().accessToken, changes.first().accessToken);
        int unauthorized = 0;
        for (const auto &args : exchanges)
            unauthorized += args.first().value<Exchange>().status == 401 ? 1 : 0;
        QCOMPARE(unauthorized, 3);
        // Nothing of the tokens reached the log.
        for (const auto &args : exchanges) {
            const Exchange e = args.first().value<Exchange>();
            QVERIFY(!e.url.contains(QString::fromLatin1(tokens.accessToken)));
        }
    }

    void failedRenewalFailsTheCall()
    {
        startServer();
        m_server->clock().setManual(true);
        OAuthTokens tokens = signIn();
        QVERIFY(tokens.isValid());
        tokens.refreshToken = "sbx-rt-not-ours";
        Transport transport(m_server->baseUrl());
        transport.setAuthenticator(std::make_shared<OAuthAuth>(client(), tokens));
        m_server->clock().advance(3601 * 1000);
        const Raw r = me(transport);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().httpStatus, 401);
        QVERIFY2(r.error().technical.contains(QStringLiteral("could not be renewed")),
                 qPrintable(r.error().technical));
    }

    void timerRenewsBeforeExpiry()
    {
        startServer(3);
        const OAuthTokens tokens = signIn();
        QVERIFY(tokens.isValid());
        auto auth = std::make_shared<OAuthAuth>(client(), tokens);
        int changes = 0;
        auth->setTokensChangedHandler([&changes](const OAuthTokens &) { ++changes; });
        // Due at 3 s minus a fifth: well before the sandbox would refuse the token.
        QTRY_COMPARE_WITH_TIMEOUT(changes, 1, 5000);
        Transport transport(m_server->baseUrl());
        transport.setAuthenticator(auth);
        QSignalSpy exchanges(&transport, &Transport::exchanged);
        QVERIFY(me(transport).ok());
        QCOMPARE(exchanges.size(), 1); // no 401 on the way
    }

    void signOutRevokes()
    {
        startServer();
        const OAuthTokens tokens = signIn();
        QVERIFY(tokens.isValid());
        OAuthAuth auth(client(), tokens);
        QString result = QStringLiteral("pending");
        auth.signOut([&result](const QString &error) { result = error; });
        QTRY_VERIFY_WITH_TIMEOUT(result != QStringLiteral("pending"), 10000);
        QCOMPARE(result, QString());
        QVERIFY(!auth.tokens().isValid());
        QVERIFY(!auth.canRefresh());
        QUrl url = m_server->baseUrl();
        url.setPath(QStringLiteral("/api/v1/users/me"));
        QCOMPARE(oauthkit::http("GET", url, {}, {}, tokens.accessToken).status, 401);
    }

    void renewWithoutBrowser()
    {
        startServer();
        const OAuthTokens tokens = signIn();
        QVERIFY(tokens.isValid());
        std::optional<std::pair<OAuthTokens, QString>> got;
        OAuthAuth::renew(client(), tokens.refreshToken, this,
                         [&got](const OAuthTokens &t, const QString &e) { got = {t, e}; });
        QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 10000);
        QCOMPARE(got->second, QString());
        QVERIFY(got->first.isValid());
        QVERIFY(got->first.refreshToken != tokens.refreshToken);
        // The used refresh token is spent: renewing with it again fails in words.
        got.reset();
        OAuthAuth::renew(client(), tokens.refreshToken, this,
                         [&got](const OAuthTokens &t, const QString &e) { got = {t, e}; });
        QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 10000);
        QVERIFY(!got->first.isValid());
        QVERIFY2(got->second.contains(QStringLiteral("refresh token")), qPrintable(got->second));
    }

    void denyFailsInWords()
    {
        startServer();
        OAuthFlow flow(client());
        QSignalSpy failed(&flow, &OAuthFlow::failed);
        oauthkit::FakeBrowser browser;
        browser.decision = QStringLiteral("deny");
        connect(&flow, &OAuthFlow::authorizationUrl, &browser, &oauthkit::FakeBrowser::open);
        flow.start();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
        QVERIFY2(failed.first().first().toString().contains(QStringLiteral("denied")),
                 qPrintable(failed.first().first().toString()));
        QVERIFY(!flow.isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(browser.finalStatus, 400, 10000);
        QVERIFY(browser.finalPage.contains("denied"));
    }

    void aForeignStateFails()
    {
        startServer();
        OAuthFlow flow(client());
        QSignalSpy failed(&flow, &OAuthFlow::failed);
        QSignalSpy urls(&flow, &OAuthFlow::authorizationUrl);
        flow.start();
        QCOMPARE(urls.size(), 1);
        const QUrlQuery sent(urls.first().first().toUrl());
        QCOMPARE(sent.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
        QCOMPARE(sent.queryItemValue(QStringLiteral("code_challenge")).size(), 43);
        QUrl callback = flow.redirectUri();
        QCOMPARE(callback.host(), QStringLiteral("127.0.0.1"));
        callback.setQuery(QStringLiteral("code=stolen&state=someone-elses"));
        const auto r = oauthkit::http("GET", callback);
        QCOMPARE(r.status, 400);
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.first().first().toString().contains(QStringLiteral("state")),
                 qPrintable(failed.first().first().toString()));
    }

    void cancelStopsListening()
    {
        startServer();
        OAuthFlow flow(client());
        QSignalSpy failed(&flow, &OAuthFlow::failed);
        flow.start();
        QVERIFY(flow.isRunning());
        const QUrl callback = flow.redirectUri();
        flow.cancel();
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("cancelled")));
        QVERIFY(!flow.isRunning());
        QTcpSocket probe;
        probe.connectToHost(callback.host(), quint16(callback.port()));
        QVERIFY(!probe.waitForConnected(2000));
        flow.cancel(); // twice: nothing more
        QCOMPARE(failed.size(), 1);
    }

    void otherPathsOfTheListenerAre404()
    {
        startServer();
        OAuthFlow flow(client());
        QSignalSpy failed(&flow, &OAuthFlow::failed);
        flow.start();
        QUrl favicon = flow.redirectUri();
        favicon.setPath(QStringLiteral("/favicon.ico"));
        QCOMPARE(oauthkit::http("GET", favicon).status, 404);
        QVERIFY(flow.isRunning());
        QCOMPARE(failed.size(), 0);
    }
};

ODAG_TEST_MAIN(TestOAuthFlow)
#include "tst_oauth_flow.moc"
