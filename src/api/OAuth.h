#pragma once

// OAuth2 for Qlik Cloud: authorization code with PKCE (S256) in the system browser, a
// loopback redirect, and an Authenticator that renews its access token before it expires
// and after a 401. Endpoints: <tenant>/oauth/authorize, <tenant>/oauth/token,
// <tenant>/oauth/revoke.

#include "Authenticator.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace odag::api {

// Who asks: the tenant and the OAuth client registered there.
struct OAuthClient
{
    QUrl tenantUrl;                                   // https://TENANT.REGION.qlikcloud.com
    QString clientId;
    QStringList scopes{QStringLiteral("user_default")};
    // The loopback port of the redirect URI (http://127.0.0.1:PORT/login/callback); 0 picks
    // a free one (a client registered with a fixed port needs that port).
    quint16 redirectPort = 0;
    // SHA-256 digests of leaf certificates trusted for this profile (as
    // Transport::setPinnedCertificates): the token and revoke calls honour them too.
    QList<QByteArray> pinnedCertificates;
};

struct OAuthTokens
{
    QByteArray accessToken;
    QByteArray refreshToken;   // empty when the server gave none
    QDateTime expiresAt;       // UTC; invalid when the server gave no expires_in
    QString scope;

    bool isValid() const { return !accessToken.isEmpty(); }
};

// One sign-in: listens on the loopback redirect, hands out the authorization URL to open
// in the system browser, waits for the redirect, checks `state`, and exchanges the code
// (with the PKCE verifier) for tokens. Deletes nothing by itself; one flow per sign-in.
class OAuthFlow : public QObject
{
    Q_OBJECT
public:
    explicit OAuthFlow(OAuthClient client, QObject *parent = nullptr);
    ~OAuthFlow() override;

    // Opens the loopback listener and emits authorizationUrl(). The default opener is none:
    // the GUI connects authorizationUrl to QDesktopServices::openUrl, tests fetch it.
    void start();
    // Stops listening; failed() is emitted with a "cancelled" message unless finished.
    void cancel();
    bool isRunning() const;

    // The redirect URI the flow listens on (valid after start()).
    QUrl redirectUri() const;
    // The URL of the last authorizationUrl() (to show or open again); empty before start().
    QUrl lastAuthorizationUrl() const;

Q_SIGNALS:
    void authorizationUrl(const QUrl &url);
    void succeeded(const odag::api::OAuthTokens &tokens);
    // A translated sentence: denied by the user, state mismatch, token endpoint error...
    void failed(const QString &message);

private:
    void finishFailed(const QString &message);

    class Private;
    std::unique_ptr<Private> d;
};

// Signs requests with `Authorization: Bearer <access token>`. Renews the access token
// through the refresh token shortly before it expires (a timer) and when the transport
// reports a 401 (refresh()). Every renewal is reported through onTokensChanged so the new
// refresh token can be stored in the keychain.
class OAuthAuth : public Authenticator
{
public:
    OAuthAuth(OAuthClient client, OAuthTokens tokens);
    ~OAuthAuth() override;

    void apply(QNetworkRequest &request) override;
    QList<QByteArray> secrets() const override;
    bool canRefresh() const override;
    void refresh(std::function<void(bool ok, QString error)> done) override;

    OAuthTokens tokens() const;
    // Called after every successful renewal (on the GUI thread).
    void setTokensChangedHandler(std::function<void(const OAuthTokens &)> handler);

    // Revokes the refresh token (and access token) at /oauth/revoke and forgets both.
    // `done` gets an empty string on success, else a translated message.
    void signOut(std::function<void(QString error)> done);

    // Exchanges a refresh token for fresh tokens without a browser (the profile reopens
    // with the refresh token from the keychain). `done` runs once.
    static void renew(const OAuthClient &client, const QByteArray &refreshToken, QObject *context,
                      std::function<void(const OAuthTokens &tokens, const QString &error)> done);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace odag::api

Q_DECLARE_METATYPE(odag::api::OAuthTokens)
