#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

namespace odag::gui {

// One saved connection profile: where the tenant is and how to sign in. It holds no
// secret: API keys, refresh tokens and certificate passwords live in the SecretStore
// under secretKey(purpose). Stored by ProfileStore in the settings file.
struct Profile
{
    enum class Kind { Cloud, SenseEnterprise };
    enum class Auth {
        ApiKey,            // Cloud: Authorization: Bearer <key>
        OAuth,             // Cloud: authorization code + PKCE, refresh token kept
        HeaderUser,        // QSE: X-Qlik-User (or the virtual proxy's header) + xrfkey
        ClientCertificate, // QSE: client certificate (PEM or PFX) + xrfkey
        Windows            // QSE: NTLM through Qt's authenticator + xrfkey
    };
    enum class Secret { ApiKey, RefreshToken, CertificatePassword, WindowsPassword };

    QString id;          // stable, generated once (QUuid without braces); settings key
    QString name;        // shown in the profile switcher; unique
    Kind kind = Kind::Cloud;
    QUrl url;            // Cloud: https://TENANT.REGION.qlikcloud.com; QSE: https://HOST[/PREFIX]
    Auth auth = Auth::ApiKey;

    // OAuth (Cloud)
    QString oauthClientId;
    quint16 oauthRedirectPort = 0; // 0: any free loopback port

    // Header authentication (QSE)
    QByteArray headerName = "X-Qlik-User";
    QString userDirectory;
    QString userId;

    // Client certificate (QSE): a PEM certificate + PEM key, or one PFX/P12 file
    QString certificatePath;
    QString keyPath;     // empty for PFX

    // Windows (QSE, NTLM): DOMAIN\user; the password is a secret
    QString windowsUser;

    // SHA-256 digests (raw bytes) of server certificates the user trusted for this profile.
    QList<QByteArray> pinnedCertificates;

    bool builtIn = false; // the Sandbox profiles: not editable, not removable, not stored

    // The key of one of this profile's secrets in the SecretStore: "<id>/<purpose>".
    QString secretKey(Secret secret) const
    {
        static const char *const names[] = {"api-key", "refresh-token", "certificate-password",
                                            "windows-password"};
        return id + QLatin1Char('/') + QLatin1StringView(names[int(secret)]);
    }
};

} // namespace odag::gui
