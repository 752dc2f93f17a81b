#include "CertificatePin.h"

#ifndef QT_NO_SSL
#include <QCryptographicHash>
#include <QSslConfiguration>

namespace odag::api {

QSslCertificate peerLeaf(const QSslConfiguration &configuration)
{
    const QList<QSslCertificate> chain = configuration.peerCertificateChain();
    return chain.isEmpty() ? configuration.peerCertificate() : chain.first();
}

bool pinExcuses(const QList<QByteArray> &pins, const QSslConfiguration &configuration,
                const QList<QSslError> &errors)
{
    const QSslCertificate leaf = peerLeaf(configuration);
    if (leaf.isNull() || !pins.contains(leaf.digest(QCryptographicHash::Sha256)))
        return false;
    for (const QSslError &error : errors) {
        switch (error.error()) {
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::CertificateUntrusted:
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::HostNameMismatch:
            break;
        default:
            return false;
        }
    }
    return true;
}

} // namespace odag::api
#endif
