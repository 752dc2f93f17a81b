#include "ClientCertificate.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace odag::gui {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(odag::gui::ClientCertificate)
};

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}
} // namespace

bool ClientCertificate::isPkcs12(const QString &certificatePath, const QString &keyPath)
{
    return keyPath.isEmpty() || certificatePath.endsWith(QLatin1StringView(".pfx"), Qt::CaseInsensitive)
        || certificatePath.endsWith(QLatin1StringView(".p12"), Qt::CaseInsensitive);
}

Result<ClientCertificate, QString> ClientCertificate::load(const QString &certificatePath, const QString &keyPath,
                                                           const QByteArray &password)
{
    if (certificatePath.isEmpty())
        return Tr::tr("No client certificate file is chosen.");
    QFile file(certificatePath);
    if (!file.open(QIODevice::ReadOnly))
        return Tr::tr("Could not open the certificate file %1: %2").arg(shown(certificatePath), file.errorString());

    ClientCertificate out;
    if (isPkcs12(certificatePath, keyPath)) {
#ifndef QT_NO_SSL
        if (!QSslCertificate::importPkcs12(&file, &out.privateKey, &out.certificate, &out.caCertificates, password))
#endif
            return Tr::tr("Could not read the PFX file %1: the password is wrong or the file is not a "
                          "PKCS#12 certificate with its private key.")
                .arg(shown(certificatePath));
        return out;
    }

    const QList<QSslCertificate> certs = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (certs.isEmpty())
        return Tr::tr("The file %1 holds no PEM certificate.").arg(shown(certificatePath));
    out.certificate = certs.first();
    out.caCertificates = certs.mid(1);

    QFile keyFile(keyPath);
    if (!keyFile.open(QIODevice::ReadOnly))
        return Tr::tr("Could not open the private key file %1: %2").arg(shown(keyPath), keyFile.errorString());
    const QByteArray keyData = keyFile.readAll();
    for (QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        QSslKey key(keyData, algorithm, QSsl::Pem, QSsl::PrivateKey, password);
        if (!key.isNull()) {
            out.privateKey = key;
            return out;
        }
    }
    return Tr::tr("Could not read the private key %1: the password is wrong or the file is not a PEM "
                  "private key.")
        .arg(shown(keyPath));
}

} // namespace odag::gui
