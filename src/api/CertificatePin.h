#pragma once

// The one rule for certificates a user trusted for a profile (pinned by SHA-256), shared
// by the Transport and the OAuth token calls.

#include <QByteArray>
#include <QList>

#ifndef QT_NO_SSL
#include <QSslCertificate>
#include <QSslError>

class QSslConfiguration;

namespace odag::api {

// The server's leaf certificate of a connection (null when none was presented).
QSslCertificate peerLeaf(const QSslConfiguration &configuration);

// True when `errors` may be ignored: the leaf's SHA-256 is pinned and every error only
// says the certificate is not vouched for by a known authority (or names another host,
// as self-signed server certificates often do). An expired or revoked pinned certificate
// still fails.
bool pinExcuses(const QList<QByteArray> &pins, const QSslConfiguration &configuration,
                const QList<QSslError> &errors);

} // namespace odag::api
#endif
