#include "SessionFactory.h"

#include "ClientCertificate.h"
#include "ProfileStore.h"
#include "SecretStore.h"

#include "api/Authenticator.h"
#include "api/QseOdagApi.h"
#include "api/UsersApi.h"

#include <QAuthenticator>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>

namespace odag::gui {

// One open() in progress.
struct SessionFactory::Opening
{
    Profile profile;
    Options options;
    QPointer<QObject> context;
    Done done;
    Secrets secrets;
    QList<Profile::Secret> needed;
    std::unique_ptr<TenantSession> session;
    bool askedTrust = false;
};

SessionFactory::SessionFactory(SecretStore *secrets, ProfileStore *store, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_store(store)
{
}

void SessionFactory::setBuiltInSecret(const QString &profileId, Profile::Secret secret, const QByteArray &value)
{
    m_builtIn[profileId].insert(secret, value);
}

QList<Profile::Secret> SessionFactory::secretsOf(Profile::Auth auth)
{
    switch (auth) {
    case Profile::Auth::ApiKey:
        return {Profile::Secret::ApiKey};
    case Profile::Auth::OAuth:
        return {Profile::Secret::RefreshToken};
    case Profile::Auth::HeaderUser:
        return {};
    case Profile::Auth::ClientCertificate:
        return {Profile::Secret::CertificatePassword};
    case Profile::Auth::Windows:
        return {Profile::Secret::WindowsPassword};
    }
    return {};
}

TenantSession::Kind SessionFactory::sessionKind(Profile::Kind kind)
{
    return kind == Profile::Kind::SenseEnterprise ? TenantSession::Kind::SenseEnterprise : TenantSession::Kind::Cloud;
}

bool SessionFactory::oauthAvailable()
{
    return true;
}

QString SessionFactory::missingSecretMessage(const Profile &profile, Profile::Secret secret)
{
    switch (secret) {
    case Profile::Secret::ApiKey:
        return tr("No API key is stored for the profile %1. Edit the profile and enter the key.").arg(profile.name);
    case Profile::Secret::RefreshToken:
        return tr("The profile %1 is signed out. Sign in to open it.").arg(profile.name);
    case Profile::Secret::WindowsPassword:
        return tr("No Windows password is stored for the profile %1. Edit the profile and enter it.")
            .arg(profile.name);
    case Profile::Secret::CertificatePassword:
        break; // optional: a certificate without a password
    }
    return {};
}

void SessionFactory::open(const Profile &profile, QObject *context, Done done, Options options)
{
    auto op = std::make_shared<Opening>();
    op->profile = profile;
    op->options = std::move(options);
    op->context = context;
    op->done = std::move(done);
    op->needed = secretsOf(profile.auth);
    if (!profile.url.isValid() || profile.url.host().isEmpty()) {
        finish(op, nullptr, tr("The profile %1 has no valid address.").arg(profile.name));
        return;
    }
    readSecrets(op, 0);
}

void SessionFactory::readSecrets(const std::shared_ptr<Opening> &op, int index)
{
    if (index >= op->needed.size()) {
        if (op->profile.auth == Profile::Auth::OAuth)
            openOAuth(op);
        else
            proceed(op, nullptr);
        return;
    }
    const Profile::Secret secret = op->needed.at(index);
    auto use = [this, op, index, secret](const std::optional<QByteArray> &value, const QString &error) {
        if (!error.isEmpty()) {
            finish(op, nullptr, error);
            return;
        }
        if (value && !value->isEmpty()) {
            op->secrets.insert(secret, *value);
        } else if (const QString missing = missingSecretMessage(op->profile, secret);
                   !missing.isEmpty() && secret != Profile::Secret::RefreshToken) { // no token: sign in
            finish(op, nullptr, missing);
            return;
        }
        readSecrets(op, index + 1);
    };
    if (op->options.overrides.contains(secret)) {
        use(op->options.overrides.value(secret), QString());
        return;
    }
    const auto builtIn = m_builtIn.constFind(op->profile.id);
    if (builtIn != m_builtIn.constEnd() && builtIn->contains(secret)) {
        use(builtIn->value(secret), QString());
        return;
    }
    if (op->profile.builtIn) {
        use(std::nullopt, QString());
        return;
    }
    m_secrets->read(op->profile.secretKey(secret), this, use);
}

void SessionFactory::proceed(const std::shared_ptr<Opening> &op, std::shared_ptr<api::Authenticator> signedIn)
{
    auto built = build(op->profile, op->secrets, std::move(signedIn));
    if (!built) {
        finish(op, nullptr, built.error());
        return;
    }
    op->session = std::move(built).value();
    if (op->options.verify)
        verify(op);
    else
        finish(op, std::move(op->session), QString());
}

api::OAuthClient SessionFactory::oauthClient(const Profile &profile)
{
    api::OAuthClient client;
    client.tenantUrl = profile.url;
    client.clientId = profile.oauthClientId;
    client.redirectPort = profile.oauthRedirectPort;
    return client;
}

void SessionFactory::openOAuth(const std::shared_ptr<Opening> &op)
{
    const api::OAuthClient client = oauthClient(op->profile);
    const QByteArray refreshToken = op->secrets.value(Profile::Secret::RefreshToken);
    if (refreshToken.isEmpty()) {
        signIn(op, client);
        return;
    }
    // A stored refresh token opens the profile without a browser; one the tenant no
    // longer accepts (expired, revoked) asks for a new sign-in.
    api::OAuthAuth::renew(client, refreshToken, this,
                          [this, op, client](const api::OAuthTokens &tokens, const QString &) {
                              if (tokens.isValid())
                                  signedIn(op, client, tokens);
                              else
                                  signIn(op, client);
                          });
}

void SessionFactory::signIn(const std::shared_ptr<Opening> &op, const api::OAuthClient &client)
{
    if (!m_signInPrompt) {
        finish(op, nullptr, missingSecretMessage(op->profile, Profile::Secret::RefreshToken));
        return;
    }
    // The sign-in window runs its own event loop: not from inside a network callback.
    QTimer::singleShot(0, this, [this, op, client] {
        if (!op->context) {
            finish(op, nullptr, QString());
            return;
        }
        const std::optional<api::OAuthTokens> tokens = m_signInPrompt(client, op->profile.name);
        if (!tokens || !tokens->isValid()) {
            finish(op, nullptr, tr("The sign-in to %1 was cancelled.").arg(op->profile.name));
            return;
        }
        signedIn(op, client, *tokens);
    });
}

void SessionFactory::signedIn(const std::shared_ptr<Opening> &op, const api::OAuthClient &client,
                              const api::OAuthTokens &tokens)
{
    auto auth = std::make_shared<api::OAuthAuth>(client, tokens);
    // Every new refresh token goes to the keychain, for saved profiles; an editor's
    // unsaved profile keeps it in the test session until it is saved.
    const bool keep = !op->profile.builtIn && m_store && m_store->profile(op->profile.id).has_value();
    QPointer<SecretStore> secrets = m_secrets;
    const QString key = op->profile.secretKey(Profile::Secret::RefreshToken);
    auto store = [secrets, key, keep](const api::OAuthTokens &t) {
        if (keep && secrets && !t.refreshToken.isEmpty())
            secrets->write(key, t.refreshToken, secrets, {});
    };
    auth->setTokensChangedHandler(store);
    store(tokens);
    proceed(op, auth);
}

Result<std::unique_ptr<TenantSession>, QString> SessionFactory::build(const Profile &profile, const Secrets &secrets,
                                                                      std::shared_ptr<api::Authenticator> signedIn)
{
    std::shared_ptr<api::Authenticator> auth;
    switch (profile.auth) {
    case Profile::Auth::ApiKey:
        auth = std::make_shared<api::ApiKeyAuth>(secrets.value(Profile::Secret::ApiKey));
        break;
    case Profile::Auth::OAuth:
        // Signed in by open() (OAuthAuth with fresh tokens).
        if (!signedIn)
            return missingSecretMessage(profile, Profile::Secret::RefreshToken);
        auth = std::move(signedIn);
        break;
    case Profile::Auth::HeaderUser: {
        api::QseAuth::Settings s;
        s.headerName = profile.headerName.isEmpty() ? QByteArray("X-Qlik-User") : profile.headerName;
        s.userDirectory = profile.userDirectory;
        s.userId = profile.userId;
        auth = std::make_shared<api::QseAuth>(s);
        break;
    }
    case Profile::Auth::ClientCertificate: {
        auto loaded = ClientCertificate::load(profile.certificatePath, profile.keyPath,
                                              secrets.value(Profile::Secret::CertificatePassword));
        if (!loaded)
            return loaded.error();
        api::QseAuth::Settings s;
        s.clientCertificate = loaded->certificate;
        s.privateKey = loaded->privateKey;
        s.caCertificates = loaded->caCertificates;
        // The certificate names its user; a header user is still sent when given.
        s.userDirectory = profile.userDirectory;
        s.userId = profile.userId;
        auth = std::make_shared<api::QseAuth>(s);
        break;
    }
    case Profile::Auth::Windows:
        auth = std::make_shared<api::QseAuth>();
        break;
    }
    auto session = std::make_unique<TenantSession>(profile.name, sessionKind(profile.kind), profile.url, auth);
    session->transport().setPinnedCertificates(profile.pinnedCertificates);
    if (profile.auth == Profile::Auth::Windows)
        answerWindowsChallenges(session.get(), profile.windowsUser, secrets.value(Profile::Secret::WindowsPassword));
    return session;
}

void SessionFactory::answerWindowsChallenges(TenantSession *session, const QString &user, const QByteArray &password)
{
    // NTLM through Qt's authenticator: the first challenge gets the stored credentials;
    // a second one in the same session means they were refused, and asking again with
    // the same password would only lock the account.
    auto challenges = std::make_shared<int>(0);
    QObject::connect(session->transport().networkAccessManager(), &QNetworkAccessManager::authenticationRequired,
                     session, [session, user, password, challenges](QNetworkReply *, QAuthenticator *authenticator) {
                         if (++*challenges > 1) {
                             session->setProperty("odagWindowsRefused", true);
                             return;
                         }
                         authenticator->setUser(user);
                         authenticator->setPassword(QString::fromUtf8(password));
                     });
}

void SessionFactory::verify(const std::shared_ptr<Opening> &op)
{
    TenantSession *session = op->session.get();
    auto checked = [this, op](const api::ApiError *error) {
        if (!error) {
            finish(op, std::move(op->session), QString());
            return;
        }
        // A tenant without ODAG or a user without a right to the probe still opens: the
        // workspaces say what is missing.
        if (error->kind == api::ApiError::Kind::Http && (error->httpStatus == 403 || error->httpStatus == 404)) {
            finish(op, std::move(op->session), QString());
            return;
        }
        if (error->kind == api::ApiError::Kind::Tls && !error->peerCertificateChain.isEmpty() && m_trustPrompt
            && !op->askedTrust) {
            op->askedTrust = true;
            if (const std::optional<QByteArray> digest = m_trustPrompt(*error, op->profile.name)) {
                op->profile.pinnedCertificates << *digest;
                op->session->transport().setPinnedCertificates(op->profile.pinnedCertificates);
                rememberPin(op->profile, *digest);
                verify(op);
                return;
            }
        }
        if (error->kind == api::ApiError::Kind::Http && error->httpStatus == 401) {
            if (op->profile.auth == Profile::Auth::Windows)
                finish(op, nullptr,
                       tr("The server refused the Windows sign-in of %1. Check the user name and password "
                          "of the profile %2.")
                           .arg(op->profile.windowsUser, op->profile.name));
            else
                finish(op, nullptr,
                       tr("The tenant refused the credentials of the profile %1 (401 Unauthorized): %2")
                           .arg(op->profile.name, error->message()));
            return;
        }
        finish(op, nullptr, error->message());
    };
    if (session->kind() == TenantSession::Kind::Cloud) {
        api::UsersApi(session->transport()).me(session, [checked](const api::ApiResult<User> &r) {
            checked(r.ok() ? nullptr : &r.error());
        });
    } else {
        api::QseOdagApi(session->transport()).about(session, [checked](const api::ApiResult<QseAbout> &r) {
            checked(r.ok() ? nullptr : &r.error());
        });
    }
}

void SessionFactory::rememberPin(const Profile &profile, const QByteArray &digest)
{
    if (profile.builtIn || !m_store)
        return;
    std::optional<Profile> stored = m_store->profile(profile.id);
    if (!stored)
        return; // not saved yet: the editor keeps the pin with the profile it saves
    if (!stored->pinnedCertificates.contains(digest)) {
        stored->pinnedCertificates << digest;
        m_store->save(*stored);
    }
}

void SessionFactory::finish(const std::shared_ptr<Opening> &op, std::unique_ptr<TenantSession> session,
                            const QString &error)
{
    if (!op->done)
        return;
    Done done = std::exchange(op->done, nullptr);
    // The session's calls were answered on the session itself; deleting it from inside
    // its own callback would pull the object out from under the transport.
    if (op->session)
        op->session.release()->deleteLater();
    if (!op->context) {
        if (session)
            session.release()->deleteLater();
        return;
    }
    done(std::move(session), error);
}

} // namespace odag::gui
