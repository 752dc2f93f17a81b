#pragma once

#include "core/Result.h"

#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>

namespace odag::gui {

// A Qlik Sense Enterprise client certificate read from disk: a PEM certificate with its
// PEM private key, or one PFX/PKCS#12 file (certificate, key and CA chain). The password
// comes from the keychain; errors are sentences for the user naming the file.
struct ClientCertificate
{
    QSslCertificate certificate;
    QSslKey privateKey;
    QList<QSslCertificate> caCertificates;

    // `keyPath` empty, or a path ending in .pfx/.p12, reads `certificatePath` as PKCS#12.
    static Result<ClientCertificate, QString> load(const QString &certificatePath, const QString &keyPath,
                                                   const QByteArray &password);
    static bool isPkcs12(const QString &certificatePath, const QString &keyPath);
};

} // namespace odag::gui
