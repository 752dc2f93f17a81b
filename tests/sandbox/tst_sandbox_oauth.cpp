// The sandbox's OAuth2: the sign-in page, Allow and Deny, the code exchange with PKCE,
// single-use codes, rotating refresh tokens, revocation, expiry on the sandbox clock, and
// no usable secret in sandbox.db.

#include "../api/OAuthTestKit.h"
#include "TestMain.h"
#include "sandbox/OAuthRoutes.h"
#include "sandbox/SandboxDemoUsers.h"
#include "sandbox/SandboxServer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace odag::sandbox;
using oauthkit::http;

namespace {

const QByteArray verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk-plus-some-entropy";

QByteArray challengeOf(const QByteArray &v)
{
    return QCryptographicHash::hash(v, QCryptographicHash::Sha256)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

const QString redirectUri = QStringLiteral("http://127.0.0.1:53682/login/callback");

} // namespace

class TestSandboxOAuth : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxServer> m_server;

    QUrl url(const QString &path, const QUrlQuery &query = {}) const
    {
        QUrl u = m_server->baseUrl();
        u.setPath(path);
        u.setQuery(query);
        return u;
    }

    QUrlQuery authorizeQuery(const QString &method = QStringLiteral("S256"),
                             const QString &clientId = QString::fromLatin1(kOAuthClientId),
                             const QString &redirect = redirectUri) const
    {
        QUrlQuery q;
        const auto add = [&q](const QString &k, const QString &v) {
            q.addQueryItem(k, QString::fromLatin1(QUrl::toPercentEncoding(v)));
        };
        add(QStringLiteral("response_type"), QStringLiteral("code"));
        add(QStringLiteral("client_id"), clientId);
        add(QStringLiteral("redirect_uri"), redirect);
        add(QStringLiteral("code_challenge"), QString::fromLatin1(challengeOf(verifier)));
        add(QStringLiteral("code_challenge_method"), method);
        add(QStringLiteral("state"), QStringLiteral("st-123"));
        add(QStringLiteral("scope"), QStringLiteral("user_default"));
        return q;
    }

    // Submits the sign-in form; returns the redirect's query.
    QUrlQuery decide(const QString &decision, const QString &userId = {})
    {
        const QUrl authorize = url(QStringLiteral("/oauth/authorize"), authorizeQuery());
        const auto r = http("POST", url(QStringLiteral("/oauth/authorize")),
                            oauthkit::decisionForm(authorize, decision, userId));
        if (r.status != 302)
            return {};
        const QUrl location = QUrl::fromEncoded(r.location);
        if (!location.toString().startsWith(redirectUri))
            return {};
        return QUrlQuery(location);
    }

    oauthkit::Reply token(const QByteArray &form)
    {
        return http("POST", url(QStringLiteral("/oauth/token")), form);
    }

    QByteArray codeForm(const QString &code, const QByteArray &v = verifier)
    {
        return "grant_type=authorization_code&code=" + QUrl::toPercentEncoding(code) +
               "&client_id=odag-admin&redirect_uri=" + QUrl::toPercentEncoding(redirectUri) +
               "&code_verifier=" + v;
    }

    // A full sign-in as `userId`: the token answer.
    QJsonObject signIn(const QString &userId = {})
    {
        const QString code = decide(QStringLiteral("allow"), userId).queryItemValue(QStringLiteral("code"));
        const auto r = token(codeForm(code));
        return r.status == 200 ? QJsonDocument::fromJson(r.body).object() : QJsonObject{};
    }

    int meStatus(const QJsonObject &tokens, QString *userId = nullptr, QByteArray *body = nullptr)
    {
        const auto r = http("GET", url(QStringLiteral("/api/v1/users/me")), {}, {},
                            tokens.value(QStringLiteral("access_token")).toString().toUtf8());
        if (userId)
            *userId = QJsonDocument::fromJson(r.body).object().value(QStringLiteral("id")).toString();
        if (body)
            *body = r.body;
        return r.status;
    }

private Q_SLOTS:
    void init()
    {
        SandboxOptions o;
        o.demo = false; // the demo users are there without the demo data
        o.dataDir = m_dir.path();
        o.rateLimit = false;
        o.oauthTokenLifetimeSeconds = 600;
        m_server = std::make_unique<SandboxServer>(o);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    }

    void cleanup() { m_server.reset(); }

    void authorizePageOffersTheUsers()
    {
        const auto r = http("GET", url(QStringLiteral("/oauth/authorize"), authorizeQuery()));
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.contains("Sign in to the sandbox tenant"));
        QVERIFY(r.body.contains("Maria Keller (administrator)"));
        QVERIFY(r.body.contains(QByteArray(QByteArray("value=\"") + demo::kAdminId + "\" checked")));
        QVERIFY(r.body.contains("value=\"allow\"") && r.body.contains("value=\"deny\""));
        QVERIFY(r.body.contains("name=\"code_challenge\""));
    }

    void unregisteredClientOrRedirectGetsAPageNotARedirect()
    {
        auto r = http("GET", url(QStringLiteral("/oauth/authorize"),
                                 authorizeQuery(QStringLiteral("S256"), QStringLiteral("someone-else"))));
        QCOMPARE(r.status, 400);
        QVERIFY(r.location.isEmpty());
        QVERIFY(r.body.contains("client_id"));
        r = http("GET", url(QStringLiteral("/oauth/authorize"),
                            authorizeQuery(QStringLiteral("S256"), QString::fromLatin1(kOAuthClientId),
                                           QStringLiteral("https://evil.example.com/cb"))));
        QCOMPARE(r.status, 400);
        QVERIFY(r.location.isEmpty());
    }

    void plainChallengeIsRefused()
    {
        const auto r = http("GET", url(QStringLiteral("/oauth/authorize"), authorizeQuery(QStringLiteral("plain"))));
        QCOMPARE(r.status, 302);
        const QUrlQuery q(QUrl::fromEncoded(r.location));
        QCOMPARE(q.queryItemValue(QStringLiteral("error")), QStringLiteral("invalid_request"));
        QCOMPARE(q.queryItemValue(QStringLiteral("state")), QStringLiteral("st-123"));
    }

    void denyAnswersAccessDenied()
    {
        const QUrlQuery q = decide(QStringLiteral("deny"));
        QCOMPARE(q.queryItemValue(QStringLiteral("error")), QStringLiteral("access_denied"));
        QCOMPARE(q.queryItemValue(QStringLiteral("state")), QStringLiteral("st-123"));
        QVERIFY(!q.hasQueryItem(QStringLiteral("code")));
    }

    void codeNeedsTheVerifierAndWorksOnce()
    {
        // A wrong verifier spends the code: it is single use whatever happens.
        QString code = decide(QStringLiteral("allow")).queryItemValue(QStringLiteral("code"));
        QVERIFY(!code.isEmpty());
        auto r = token(codeForm(code, "not-the-verifier-not-the-verifier-not-the-verifier"));
        QCOMPARE(r.status, 400);
        QCOMPARE(QJsonDocument::fromJson(r.body).object().value(QStringLiteral("error")).toString(),
                 QStringLiteral("invalid_grant"));
        QCOMPARE(token(codeForm(code)).status, 400);

        code = decide(QStringLiteral("allow"), QString::fromLatin1(demo::kAnalystId))
                   .queryItemValue(QStringLiteral("code"));
        r = token(codeForm(code));
        QCOMPARE(r.status, 200);
        const QJsonObject t = QJsonDocument::fromJson(r.body).object();
        QCOMPARE(t.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
        QCOMPARE(t.value(QStringLiteral("expires_in")).toInt(), 600);
        QCOMPARE(t.value(QStringLiteral("scope")).toString(), QStringLiteral("user_default"));
        QVERIFY(!t.value(QStringLiteral("refresh_token")).toString().isEmpty());
        QString who;
        QCOMPARE(meStatus(t, &who), 200);
        QCOMPARE(who, QString::fromLatin1(demo::kAnalystId));
        // Reused code.
        QCOMPARE(token(codeForm(code)).status, 400);
    }

    void codeNeedsTheSameRedirectUri()
    {
        const QString code = decide(QStringLiteral("allow")).queryItemValue(QStringLiteral("code"));
        QByteArray form = codeForm(code);
        form.replace("53682", "53683");
        QCOMPARE(token(form).status, 400);
    }

    void tokenAcceptsAJsonBody()
    {
        const QString code = decide(QStringLiteral("allow")).queryItemValue(QStringLiteral("code"));
        const QJsonObject body{{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                               {QStringLiteral("code"), code},
                               {QStringLiteral("client_id"), QStringLiteral("odag-admin")},
                               {QStringLiteral("redirect_uri"), redirectUri},
                               {QStringLiteral("code_verifier"), QString::fromLatin1(verifier)}};
        const auto r = http("POST", url(QStringLiteral("/oauth/token")),
                            QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json");
        QCOMPARE(r.status, 200);
    }

    void refreshTokensRotate()
    {
        const QJsonObject first = signIn();
        const QByteArray refresh = first.value(QStringLiteral("refresh_token")).toString().toUtf8();
        auto r = token("grant_type=refresh_token&client_id=odag-admin&refresh_token=" + refresh);
        QCOMPARE(r.status, 200);
        const QJsonObject second = QJsonDocument::fromJson(r.body).object();
        QVERIFY(second.value(QStringLiteral("refresh_token")) != first.value(QStringLiteral("refresh_token")));
        QVERIFY(second.value(QStringLiteral("access_token")) != first.value(QStringLiteral("access_token")));
        QCOMPARE(meStatus(second), 200);
        // The old refresh token is spent.
        r = token("grant_type=refresh_token&client_id=odag-admin&refresh_token=" + refresh);
        QCOMPARE(r.status, 400);
        QCOMPARE(QJsonDocument::fromJson(r.body).object().value(QStringLiteral("error")).toString(),
                 QStringLiteral("invalid_grant"));
    }

    void revokeEndsTheWholeSignIn()
    {
        const QJsonObject t = signIn();
        QCOMPARE(meStatus(t), 200);
        const auto r = http("POST", url(QStringLiteral("/oauth/revoke")),
                            "token=" + t.value(QStringLiteral("refresh_token")).toString().toUtf8());
        QCOMPARE(r.status, 200);
        QCOMPARE(meStatus(t), 401);
        QCOMPARE(token("grant_type=refresh_token&refresh_token=" +
                       t.value(QStringLiteral("refresh_token")).toString().toUtf8())
                     .status,
                 400);
        // Unknown tokens are answered 200 as well (RFC 7009).
        QCOMPARE(http("POST", url(QStringLiteral("/oauth/revoke")), "token=nothing").status, 200);
    }

    void accessTokensExpireOnTheSandboxClock()
    {
        m_server->clock().setManual(true);
        const QJsonObject t = signIn();
        QCOMPARE(meStatus(t), 200);
        m_server->clock().advance(599 * 1000);
        QCOMPARE(meStatus(t), 200);
        m_server->clock().advance(2 * 1000);
        QByteArray body;
        QCOMPARE(meStatus(t, nullptr, &body), 401);
        QVERIFY2(body.contains("expired"), body.constData());
    }

    void codesExpireAfterAMinute()
    {
        m_server->clock().setManual(true);
        const QString code = decide(QStringLiteral("allow")).queryItemValue(QStringLiteral("code"));
        m_server->clock().advance(61 * 1000);
        QCOMPARE(token(codeForm(code)).status, 400);
    }

    void tokensSurviveARestartButNotInPlainText()
    {
        const QJsonObject t = signIn();
        m_server->stop();
        const QByteArray access = t.value(QStringLiteral("access_token")).toString().toUtf8();
        const QByteArray refresh = t.value(QStringLiteral("refresh_token")).toString().toUtf8();
        const QDir dir(m_dir.path());
        for (const QString &name : dir.entryList(QDir::Files)) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            QVERIFY2(!bytes.contains(access) && !bytes.contains(refresh), qPrintable(name));
        }
        QVERIFY(m_server->start());
        QCOMPARE(meStatus(t), 200);
    }
};

ODAG_TEST_MAIN(TestSandboxOAuth)
#include "tst_sandbox_oauth.moc"
