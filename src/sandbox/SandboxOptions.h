#pragma once

// How a sandbox tenant is started: the odag-sandbox command line, the embedded Sandbox
// profile and the tests all fill this in.

#include "SandboxUsers.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QString>

#include <optional>

namespace odag::sandbox {

struct SandboxOptions
{
    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 0;                 // 0: a free port
    QString dataDir;                  // where sandbox.db lives; empty: in memory, lost at exit
    bool demo = false;                // load the demo tenant
    QString usersFile;                // --users FILE; without it the demo users
    QList<SandboxUser> users;         // used instead of usersFile when not empty (embedding, tests)
    QString faults;                   // --faults SPEC (FaultInjector.h), or @FILE with JSON rules
    std::optional<quint64> faultSeed; // repeatable fault dice
    double speed = 1.0;               // simulated time runs this many times faster
    bool rateLimit = true;
    int maxLoads = 4; // concurrent app loads (generation requests, reloads)
    qint64 maxJsonBodyBytes = qint64(1) << 20;     // 1 MiB
    qint64 maxUploadBodyBytes = qint64(512) << 20; // 512 MiB (app import)
    // OAuth2 access tokens of /oauth/token live this long on the sandbox clock
    // (--oauth-token-lifetime); tests shorten it to see renewals.
    qint64 oauthTokenLifetimeSeconds = 3600;
    // HTTPS (--tls-cert, --tls-key): PEM files of the server certificate and its key.
    // The PEM bytes themselves win when set (embedding, tests). Without both: plain HTTP.
    QString tlsCertificateFile;
    QString tlsKeyFile;
    QByteArray tlsCertificatePem;
    QByteArray tlsKeyPem;

    bool usesTls() const
    {
        return (!tlsCertificatePem.isEmpty() || !tlsCertificateFile.isEmpty()) &&
               (!tlsKeyPem.isEmpty() || !tlsKeyFile.isEmpty());
    }
};

} // namespace odag::sandbox
