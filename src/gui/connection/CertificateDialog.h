#pragma once

#include "api/ApiError.h"

#include <QByteArray>
#include <QDialog>
#include <QList>
#include <QSslCertificate>

#include <optional>

class QFormLayout;
class QLabel;
class QListWidget;
class QPushButton;

namespace odag::gui {

// Shows the certificate an untrusted server presented (who it names, who issued it, when
// it is valid, its SHA-256 fingerprint, the chain and why verification failed) and lets
// the user trust that one certificate for one profile. Cancel is the default.
class CertificateDialog : public QDialog
{
    Q_OBJECT
public:
    CertificateDialog(const api::ApiError &error, const QString &profileName, QWidget *parent = nullptr);

    // Runs the dialog; the leaf certificate's SHA-256 (raw 32 bytes) when the user
    // trusts it, nothing on Cancel or when the server showed no certificate.
    static std::optional<QByteArray> askToTrust(QWidget *parent, const api::ApiError &error,
                                                const QString &profileName);
    // Test seam: the next askToTrust() answers `trust` without showing anything (once).
    static void setNextAnswer(bool trust);

    // The leaf certificate's SHA-256 (raw), empty when there is none.
    QByteArray leafDigest() const;
    // "AB:CD:..." of a digest.
    static QString formatFingerprint(const QByteArray &digest);

private:
    void showCertificate(int index);

    QList<QSslCertificate> m_chain;
    QListWidget *m_chainList;
    QLabel *m_subject;
    QLabel *m_organization;
    QLabel *m_issuer;
    QLabel *m_validFrom;
    QLabel *m_validUntil;
    QLabel *m_fingerprint;
    QPushButton *m_trust;
    QPushButton *m_cancel;
};

} // namespace odag::gui
