#pragma once

#include "Profile.h"
#include "TenantSession.h"

#include "api/OAuth.h"
#include "core/Result.h"

#include <QHash>
#include <QMap>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace odag::api {
struct ApiError;
}

namespace odag::gui {

class ProfileStore;
class SecretStore;

// Turns a Profile into an open TenantSession: reads the profile's secrets from the
// SecretStore, builds the authenticator of its kind (API key, OAuth, header user, client
// certificate, Windows/NTLM), applies its certificate pins, and optionally checks the
// connection with one call. A TLS failure with a certificate chain asks the trust prompt
// (the certificate dialog); a trusted certificate is pinned in the profile and the call
// tried again. Errors are sentences for the user that never contain a secret.
class SessionFactory : public QObject
{
    Q_OBJECT
public:
    using Secrets = QMap<Profile::Secret, QByteArray>;
    using Done = std::function<void(std::unique_ptr<TenantSession> session, const QString &error)>;
    // Shows the server's certificate and answers the SHA-256 digest to pin, or nothing.
    using TrustPrompt = std::function<std::optional<QByteArray>(const api::ApiError &error, const QString &profileName)>;
    // Runs the browser sign-in of an OAuth profile (the sign-in dialog) and answers its
    // tokens, or nothing when the user gave up.
    using SignInPrompt = std::function<std::optional<api::OAuthTokens>(const api::OAuthClient &client,
                                                                        const QString &profileName)>;

    struct Options
    {
        bool verify = true; // one call (who am I / about) before the session is handed out
        Secrets overrides;  // secrets typed in an editor, used instead of the stored ones
    };

    SessionFactory(SecretStore *secrets, ProfileStore *store, QObject *parent = nullptr);

    // Secrets of built-in profiles (the embedded sandbox's key), never stored.
    void setBuiltInSecret(const QString &profileId, Profile::Secret secret, const QByteArray &value);
    void setTrustPrompt(TrustPrompt prompt) { m_trustPrompt = std::move(prompt); }
    void setSignInPrompt(SignInPrompt prompt) { m_signInPrompt = std::move(prompt); }

    // Runs `done` once on `context`'s thread unless `context` is gone.
    void open(const Profile &profile, QObject *context, Done done, Options options);
    void open(const Profile &profile, QObject *context, Done done) { open(profile, context, std::move(done), Options()); }

    // The secrets a profile's sign-in needs; the first of them is required.
    static QList<Profile::Secret> secretsOf(Profile::Auth auth);
    static TenantSession::Kind sessionKind(Profile::Kind kind);
    // Whether this build can sign in with OAuth (the editor offers it only then).
    static bool oauthAvailable();

    // Builds the session from a profile and its secrets, without any call. OAuth profiles
    // need the authenticator of their sign-in (`signedIn`).
    static Result<std::unique_ptr<TenantSession>, QString> build(const Profile &profile, const Secrets &secrets,
                                                                 std::shared_ptr<api::Authenticator> signedIn = {});
    static api::OAuthClient oauthClient(const Profile &profile);

private:
    struct Opening;
    void readSecrets(const std::shared_ptr<Opening> &op, int index);
    void proceed(const std::shared_ptr<Opening> &op, std::shared_ptr<api::Authenticator> signedIn);
    void openOAuth(const std::shared_ptr<Opening> &op);
    void signIn(const std::shared_ptr<Opening> &op, const api::OAuthClient &client);
    void signedIn(const std::shared_ptr<Opening> &op, const api::OAuthClient &client, const api::OAuthTokens &tokens);
    void verify(const std::shared_ptr<Opening> &op);
    void finish(const std::shared_ptr<Opening> &op, std::unique_ptr<TenantSession> session, const QString &error);
    void rememberPin(const Profile &profile, const QByteArray &digest);
    static void answerWindowsChallenges(TenantSession *session, const QString &user, const QByteArray &password);
    static QString missingSecretMessage(const Profile &profile, Profile::Secret secret);

    SecretStore *m_secrets;
    ProfileStore *m_store;
    QHash<QString, Secrets> m_builtIn;
    TrustPrompt m_trustPrompt;
    SignInPrompt m_signInPrompt;
};

} // namespace odag::gui
