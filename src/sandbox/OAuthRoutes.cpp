#include "OAuthRoutes.h"

#include "OAuthPages.h"
#include "SandboxServer.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QUrlQuery>

namespace odag::sandbox {

namespace {

const QString codesCollection = QStringLiteral("oauth-codes");
const QString tokensCollection = QStringLiteral("oauth-tokens");
// An authorization code is exchanged right after the redirect; a minute is plenty.
constexpr qint64 codeLifetimeMs = 60 * 1000;

QString tr(const char *text)
{
    return QCoreApplication::translate("odag::sandbox", text);
}

QString base64Url(const QByteArray &bytes)
{
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// Random secrets: 32 bytes from the system's secure generator, with a readable prefix
// that tells codes, access and refresh tokens apart in a bug report (never the value).
QString newSecret(const char *prefix)
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), 8);
    return QString::fromLatin1(prefix) + base64Url(bytes);
}

// The store key of a secret: its SHA-256, so sandbox.db holds nothing usable.
QString keyOf(const QString &secret)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256).toHex());
}

// A form-urlencoded body (what browsers and OAuth clients send) or a JSON object.
QHash<QString, QString> formParams(const SandboxRequest &r)
{
    QHash<QString, QString> out;
    if (r.header(QByteArrayLiteral("content-type")).toLower().contains("json")) {
        const QJsonObject o = QJsonDocument::fromJson(r.body).object();
        for (auto it = o.begin(); it != o.end(); ++it)
            out.insert(it.key(), it.value().toString());
        return out;
    }
    QByteArray body = r.body;
    body.replace('+', ' '); // form encoding writes spaces as '+'; QUrlQuery does not
    const QUrlQuery q(QString::fromUtf8(body));
    for (const auto &[key, value] : q.queryItems(QUrl::FullyDecoded))
        out.insert(key, value);
    return out;
}

QHash<QString, QString> queryParams(const SandboxRequest &r)
{
    QHash<QString, QString> out;
    for (const auto &[key, value] : r.query.queryItems(QUrl::FullyDecoded))
        out.insert(key, value);
    return out;
}

// Native apps may use any port on the loopback interface (RFC 8252 7.3).
bool isLoopbackRedirect(const QUrl &u)
{
    if (!u.isValid() || u.scheme() != QLatin1StringView("http") || u.port() <= 0 || u.hasFragment())
        return false;
    const QString host = u.host();
    return host == QLatin1StringView("127.0.0.1") || host == QLatin1StringView("localhost") ||
           host == QLatin1StringView("::1");
}

SandboxResponse htmlError(const QString &message)
{
    return SandboxResponse::bytes(oauthpages::errorPage(message), "text/html; charset=utf-8", 400);
}

SandboxResponse redirect(const QString &redirectUri, const QList<QPair<QString, QString>> &items)
{
    QUrl target(redirectUri);
    QUrlQuery q(target);
    for (const auto &[key, value] : items)
        q.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    target.setQuery(q);
    SandboxResponse response = SandboxResponse::bytes({}, "text/html; charset=utf-8", 302);
    response.withHeader(QByteArrayLiteral("Location"), target.toString(QUrl::FullyEncoded).toUtf8());
    response.withHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return response;
}

// RFC 6749 5.2: {error, error_description} with status 400.
SandboxResponse tokenError(const QString &error, const QString &description, int status = 400)
{
    SandboxResponse response = SandboxResponse::json(
        QJsonObject{{QStringLiteral("error"), error}, {QStringLiteral("error_description"), description}},
        status);
    response.withHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return response;
}

// Checks what must hold before anything is sent back to redirect_uri. Returns the error
// page to show instead, when the request must not be answered by a redirect.
std::optional<SandboxResponse> checkClient(const QHash<QString, QString> &p)
{
    if (p.value(QStringLiteral("client_id")) != QLatin1StringView(kOAuthClientId))
        return htmlError(tr("The app that sent you here is not registered on this tenant "
                            "(unknown client_id)."));
    if (!isLoopbackRedirect(QUrl(p.value(QStringLiteral("redirect_uri")))))
        return htmlError(tr("The app asked to be answered at an address that is not registered "
                            "for it. Only http://127.0.0.1:PORT/... and http://localhost:PORT/... "
                            "are accepted."));
    return std::nullopt;
}

// What is wrong with the authorization request itself (answered through the redirect).
std::optional<QPair<QString, QString>> checkRequest(const QHash<QString, QString> &p)
{
    if (p.value(QStringLiteral("response_type")) != QLatin1StringView("code"))
        return QPair<QString, QString>{QStringLiteral("unsupported_response_type"),
                                       tr("Only response_type=code is supported.")};
    if (p.value(QStringLiteral("code_challenge_method")) != QLatin1StringView("S256"))
        return QPair<QString, QString>{QStringLiteral("invalid_request"),
                                       tr("PKCE with code_challenge_method=S256 is required.")};
    if (p.value(QStringLiteral("code_challenge")).size() < 43)
        return QPair<QString, QString>{QStringLiteral("invalid_request"),
                                       tr("code_challenge is missing or too short.")};
    return std::nullopt;
}

const QStringList carriedParams{QStringLiteral("response_type"), QStringLiteral("client_id"),
                                QStringLiteral("redirect_uri"), QStringLiteral("code_challenge"),
                                QStringLiteral("code_challenge_method"), QStringLiteral("state"),
                                QStringLiteral("scope")};

SandboxResponse issueTokens(SandboxServer &server, const QString &userId, const QString &scope,
                            const QString &family)
{
    const qint64 lifetime = server.options().oauthTokenLifetimeSeconds;
    const QString access = newSecret("sbx-at-");
    const QString refresh = newSecret("sbx-rt-");
    const QJsonObject common{{QStringLiteral("userId"), userId},
                             {QStringLiteral("clientId"), QString::fromLatin1(kOAuthClientId)},
                             {QStringLiteral("scope"), scope},
                             {QStringLiteral("family"), family}};
    QJsonObject a = common;
    a.insert(QStringLiteral("kind"), QStringLiteral("access"));
    a.insert(QStringLiteral("expiresMs"), double(server.clock().nowMs() + lifetime * 1000));
    QJsonObject r = common;
    r.insert(QStringLiteral("kind"), QStringLiteral("refresh"));
    const bool stored = server.store().transaction([&] {
        return server.store().put(tokensCollection, keyOf(access), a, userId) &&
               server.store().put(tokensCollection, keyOf(refresh), r, userId);
    });
    if (!stored)
        return tokenError(QStringLiteral("server_error"), server.store().lastError(), 500);
    SandboxResponse response = SandboxResponse::json(QJsonObject{
        {QStringLiteral("access_token"), access},
        {QStringLiteral("token_type"), QStringLiteral("Bearer")},
        {QStringLiteral("expires_in"), double(lifetime)},
        {QStringLiteral("refresh_token"), refresh},
        {QStringLiteral("scope"), scope}});
    response.withHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return response;
}

SandboxResponse exchangeCode(SandboxServer &server, const QHash<QString, QString> &p)
{
    const QString code = p.value(QStringLiteral("code"));
    const auto doc = server.store().get(codesCollection, keyOf(code));
    if (code.isEmpty() || !doc)
        return tokenError(QStringLiteral("invalid_grant"),
                          tr("The authorization code is not valid or was already used."));
    server.store().remove(codesCollection, keyOf(code)); // single use, whatever follows
    const QJsonObject c = doc->json;
    if (server.clock().nowMs() > qint64(c.value(QStringLiteral("expiresMs")).toDouble()))
        return tokenError(QStringLiteral("invalid_grant"), tr("The authorization code has expired."));
    if (p.value(QStringLiteral("client_id")) != c.value(QStringLiteral("clientId")).toString())
        return tokenError(QStringLiteral("invalid_grant"),
                          tr("The authorization code was issued to another client."));
    if (p.value(QStringLiteral("redirect_uri")) != c.value(QStringLiteral("redirectUri")).toString())
        return tokenError(QStringLiteral("invalid_grant"),
                          tr("redirect_uri differs from the one of the authorization request."));
    const QByteArray verifier = p.value(QStringLiteral("code_verifier")).toUtf8();
    const QString challenge = base64Url(QCryptographicHash::hash(verifier, QCryptographicHash::Sha256));
    if (verifier.isEmpty() || challenge != c.value(QStringLiteral("challenge")).toString())
        return tokenError(QStringLiteral("invalid_grant"),
                          tr("The code_verifier does not match the code_challenge."));
    return issueTokens(server, c.value(QStringLiteral("userId")).toString(),
                       c.value(QStringLiteral("scope")).toString(), newSecret("family-"));
}

SandboxResponse exchangeRefreshToken(SandboxServer &server, const QHash<QString, QString> &p)
{
    const QString token = p.value(QStringLiteral("refresh_token"));
    const auto doc = server.store().get(tokensCollection, keyOf(token));
    if (token.isEmpty() || !doc || doc->json.value(QStringLiteral("kind")).toString() != QLatin1StringView("refresh"))
        return tokenError(QStringLiteral("invalid_grant"),
                          tr("The refresh token is not valid, was revoked or was already used."));
    const QJsonObject t = doc->json;
    if (p.contains(QStringLiteral("client_id")) &&
        p.value(QStringLiteral("client_id")) != t.value(QStringLiteral("clientId")).toString())
        return tokenError(QStringLiteral("invalid_grant"),
                          tr("The refresh token was issued to another client."));
    // Rotation: a refresh token works once; the answer carries its successor.
    server.store().remove(tokensCollection, keyOf(token));
    if (!server.users().findById(t.value(QStringLiteral("userId")).toString()))
        return tokenError(QStringLiteral("invalid_grant"), tr("The user no longer exists."));
    return issueTokens(server, t.value(QStringLiteral("userId")).toString(),
                       t.value(QStringLiteral("scope")).toString(),
                       t.value(QStringLiteral("family")).toString());
}

SandboxResponse authorizeDecision(SandboxServer &server, const SandboxRequest &r)
{
    const QHash<QString, QString> p = formParams(r);
    if (auto refusal = checkClient(p))
        return *refusal;
    const QString redirectUri = p.value(QStringLiteral("redirect_uri"));
    const QString state = p.value(QStringLiteral("state"));
    if (auto problem = checkRequest(p))
        return redirect(redirectUri, {{QStringLiteral("error"), problem->first},
                                      {QStringLiteral("error_description"), problem->second},
                                      {QStringLiteral("state"), state}});
    if (p.value(QStringLiteral("decision")) == QLatin1StringView("deny"))
        return redirect(redirectUri, {{QStringLiteral("error"), QStringLiteral("access_denied")},
                                      {QStringLiteral("error_description"),
                                       tr("The user denied the request.")},
                                      {QStringLiteral("state"), state}});
    QString userId = p.value(QStringLiteral("user"));
    if (userId.isEmpty()) {
        for (const SandboxUser &u : server.users().all()) {
            if (u.admin) {
                userId = u.id;
                break;
            }
        }
    }
    if (!server.users().findById(userId))
        return htmlError(tr("There is no user %1 on this tenant.").arg(userId));
    const QString code = newSecret("sbx-code-");
    const QString scope = p.value(QStringLiteral("scope"), QStringLiteral("user_default"));
    const QJsonObject c{{QStringLiteral("userId"), userId},
                        {QStringLiteral("clientId"), p.value(QStringLiteral("client_id"))},
                        {QStringLiteral("redirectUri"), redirectUri},
                        {QStringLiteral("challenge"), p.value(QStringLiteral("code_challenge"))},
                        {QStringLiteral("scope"), scope},
                        {QStringLiteral("expiresMs"), double(server.clock().nowMs() + codeLifetimeMs)}};
    if (!server.store().put(codesCollection, keyOf(code), c, userId))
        return htmlError(server.store().lastError());
    return redirect(redirectUri, {{QStringLiteral("code"), code}, {QStringLiteral("state"), state}});
}

} // namespace

void registerOAuthRoutes(SandboxServer &server)
{
    RouteOptions open;
    open.auth = RouteOptions::Auth::None;
    open.body = RouteOptions::Body::Raw; // form-urlencoded, parsed here
    open.maxBodyBytes = 64 * 1024;
    open.tier = Tier::Tier1;

    SandboxServer *s = &server;
    server.router().get(QStringLiteral("/oauth/authorize"), open, [s](const SandboxRequest &r) {
        const QHash<QString, QString> p = queryParams(r);
        if (auto refusal = checkClient(p))
            return *refusal;
        if (auto problem = checkRequest(p))
            return redirect(p.value(QStringLiteral("redirect_uri")),
                            {{QStringLiteral("error"), problem->first},
                             {QStringLiteral("error_description"), problem->second},
                             {QStringLiteral("state"), p.value(QStringLiteral("state"))}});
        QList<QPair<QString, QString>> hidden;
        for (const QString &name : carriedParams) {
            if (p.contains(name))
                hidden.append({name, p.value(name)});
        }
        QString admin;
        for (const SandboxUser &u : s->users().all()) {
            if (u.admin && admin.isEmpty())
                admin = u.id;
        }
        SandboxResponse page = SandboxResponse::bytes(
            oauthpages::signInPage(s->users().all(), admin, hidden), "text/html; charset=utf-8");
        page.withHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
        return page;
    });
    server.router().post(QStringLiteral("/oauth/authorize"), open,
                         [s](const SandboxRequest &r) { return authorizeDecision(*s, r); });
    server.router().post(QStringLiteral("/oauth/token"), open, [s](const SandboxRequest &r) {
        const QHash<QString, QString> p = formParams(r);
        const QString grant = p.value(QStringLiteral("grant_type"));
        if (p.contains(QStringLiteral("client_id")) &&
            p.value(QStringLiteral("client_id")) != QLatin1StringView(kOAuthClientId))
            return tokenError(QStringLiteral("invalid_client"), tr("Unknown client_id."), 401);
        if (grant == QLatin1StringView("authorization_code"))
            return exchangeCode(*s, p);
        if (grant == QLatin1StringView("refresh_token"))
            return exchangeRefreshToken(*s, p);
        return tokenError(QStringLiteral("unsupported_grant_type"),
                          tr("grant_type must be authorization_code or refresh_token."));
    });
    server.router().post(QStringLiteral("/oauth/revoke"), open, [s](const SandboxRequest &r) {
        const QHash<QString, QString> p = formParams(r);
        const auto doc = s->store().get(tokensCollection, keyOf(p.value(QStringLiteral("token"))));
        if (doc) {
            // The whole sign-in ends: its access and refresh tokens alike.
            const QString family = doc->json.value(QStringLiteral("family")).toString();
            s->store().transaction([&] {
                for (const StoredDocument &d : s->store().all(tokensCollection)) {
                    if (d.json.value(QStringLiteral("family")).toString() == family &&
                        !s->store().remove(tokensCollection, d.id))
                        return false;
                }
                return true;
            });
        }
        // RFC 7009 2.2: an unknown token is answered 200 as well.
        return SandboxResponse::bytes({}, "application/json", 200);
    });
}

const SandboxUser *userForAccessToken(SandboxServer &server, const QString &token, bool *expired)
{
    if (expired)
        *expired = false;
    if (!server.store().isOpen())
        return nullptr;
    const auto doc = server.store().get(tokensCollection, keyOf(token));
    if (!doc || doc->json.value(QStringLiteral("kind")).toString() != QLatin1StringView("access"))
        return nullptr;
    if (server.clock().nowMs() >= qint64(doc->json.value(QStringLiteral("expiresMs")).toDouble())) {
        if (expired)
            *expired = true;
        return nullptr;
    }
    return server.users().findById(doc->json.value(QStringLiteral("userId")).toString());
}

} // namespace odag::sandbox
