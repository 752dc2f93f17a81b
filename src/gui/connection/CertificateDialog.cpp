#include "CertificateDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QUrl>
#include <QVBoxLayout>

namespace odag::gui {

namespace {

std::optional<bool> g_nextAnswer;

QString firstOf(const QStringList &values)
{
    return values.isEmpty() ? QString() : values.join(QStringLiteral(", "));
}

QString nameOf(const QSslCertificate &c, QSslCertificate::SubjectInfo info, bool issuer)
{
    return firstOf(issuer ? c.issuerInfo(info) : c.subjectInfo(info));
}

QLabel *valueLabel(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}

} // namespace

CertificateDialog::CertificateDialog(const api::ApiError &error, const QString &profileName, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("certificateDialog"));
    setWindowTitle(tr("Untrusted certificate"));
    for (const QByteArray &der : error.peerCertificateChain) {
        const QSslCertificate c(der, QSsl::Der);
        if (!c.isNull())
            m_chain << c;
    }

    const QString host = QUrl(error.url).host();
    auto *icon = new QLabel;
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(48, 48));
    icon->setAlignment(Qt::AlignTop);
    auto *heading = new QLabel(
        host.isEmpty() ? tr("The server presented a certificate that this computer does not trust.")
                       : tr("The server %1 presented a certificate that this computer does not trust.")
                             .arg(host));
    heading->setObjectName(QStringLiteral("certificateHeading"));
    heading->setWordWrap(true);
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    heading->setFont(headingFont);

    // Why: the verification errors as the TLS library words them, one per line.
    QStringList reasons = error.technical.split(QStringLiteral("; "), Qt::SkipEmptyParts);
    if (reasons.isEmpty())
        reasons << tr("The certificate could not be verified.");
    auto *why = new QLabel(tr("Why it is not trusted:") + QStringLiteral("<ul><li>") +
                           [&reasons] {
                               QStringList escaped;
                               for (const QString &r : reasons)
                                   escaped << r.toHtmlEscaped();
                               return escaped.join(QStringLiteral("</li><li>"));
                           }() +
                           QStringLiteral("</li></ul>"));
    why->setObjectName(QStringLiteral("certificateErrors"));
    why->setTextFormat(Qt::RichText);
    why->setWordWrap(true);

    m_chainList = new QListWidget;
    m_chainList->setObjectName(QStringLiteral("certificateChain"));
    m_chainList->setAccessibleName(tr("Certificate chain"));
    m_chainList->setToolTip(tr("The certificates the server sent, its own first"));
    m_chainList->setUniformItemSizes(true);
    m_chainList->setMaximumHeight(m_chainList->fontMetrics().height() * 4);
    for (int i = 0; i < m_chain.size(); ++i) {
        const QString cn = nameOf(m_chain.at(i), QSslCertificate::CommonName, false);
        m_chainList->addItem(i == 0 ? tr("%1 (the server's certificate)").arg(cn) : cn);
    }

    m_subject = valueLabel(QStringLiteral("certificateSubject"));
    m_organization = valueLabel(QStringLiteral("certificateOrganization"));
    m_issuer = valueLabel(QStringLiteral("certificateIssuer"));
    m_validFrom = valueLabel(QStringLiteral("certificateValidFrom"));
    m_validUntil = valueLabel(QStringLiteral("certificateValidUntil"));
    m_fingerprint = valueLabel(QStringLiteral("fingerprint"));
    m_fingerprint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *details = new QGroupBox(tr("Certificate"));
    auto *form = new QFormLayout(details);
    form->addRow(tr("Issued to:"), m_subject);
    form->addRow(tr("Organization:"), m_organization);
    form->addRow(tr("Issued by:"), m_issuer);
    form->addRow(tr("Valid from:"), m_validFrom);
    form->addRow(tr("Valid until:"), m_validUntil);
    form->addRow(tr("SHA-256 fingerprint:"), m_fingerprint);

    auto *scope = new QLabel;
    scope->setObjectName(QStringLiteral("trustScope"));
    scope->setWordWrap(true);
    if (m_chain.isEmpty()) {
        scope->setText(tr("The server presented no certificate that could be examined, so there "
                          "is nothing to trust. Ask the server's administrator."));
        details->hide();
        m_chainList->hide();
    } else {
        scope->setText(
            tr("Trust it only if you expect this server to use a self-signed or private "
               "certificate and the fingerprint matches the one its administrator gave you. "
               "The trust applies to the profile \"%1\" only, and to this exact certificate: "
               "ODAG Admin asks again if the server presents another one.")
                .arg(profileName));
    }

    auto *buttons = new QDialogButtonBox;
    m_trust = buttons->addButton(tr("&Trust for this profile"), QDialogButtonBox::AcceptRole);
    m_trust->setObjectName(QStringLiteral("trustButton"));
    m_trust->setToolTip(tr("Accept this certificate for the profile \"%1\"").arg(profileName));
    m_trust->setAutoDefault(false);
    if (m_chain.isEmpty()) {
        // Nothing to trust: no button for it (the box would show it again on relayout).
        buttons->removeButton(m_trust);
        m_trust->setParent(this);
        m_trust->hide();
    }
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setToolTip(tr("Do not connect to this server"));
    m_cancel->setDefault(true);
    m_cancel->setFocus();
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    auto *topText = new QVBoxLayout;
    topText->addWidget(heading);
    topText->addWidget(why);
    top->addLayout(topText, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_chainList);
    layout->addWidget(details);
    layout->addWidget(scope);
    layout->addWidget(buttons);

    connect(m_chainList, &QListWidget::currentRowChanged, this, &CertificateDialog::showCertificate);
    if (!m_chain.isEmpty())
        m_chainList->setCurrentRow(0);
    setMinimumWidth(560);
}

void CertificateDialog::showCertificate(int index)
{
    if (index < 0 || index >= m_chain.size())
        return;
    const QSslCertificate &c = m_chain.at(index);
    const QLocale locale;
    const auto orNone = [](const QString &s) { return s.isEmpty() ? tr("(not given)") : s; };
    m_subject->setText(orNone(nameOf(c, QSslCertificate::CommonName, false)));
    m_organization->setText(orNone(nameOf(c, QSslCertificate::Organization, false)));
    QString issuer = nameOf(c, QSslCertificate::CommonName, true);
    const QString issuerOrg = nameOf(c, QSslCertificate::Organization, true);
    if (!issuerOrg.isEmpty())
        issuer = tr("%1 (%2)").arg(issuer, issuerOrg);
    m_issuer->setText(orNone(issuer));
    m_validFrom->setText(locale.toString(c.effectiveDate().toLocalTime(), QLocale::LongFormat));
    m_validUntil->setText(locale.toString(c.expiryDate().toLocalTime(), QLocale::LongFormat));
    // Two rows of 16 bytes: easier to compare by eye with what an administrator read out.
    QString fingerprint = formatFingerprint(c.digest(QCryptographicHash::Sha256));
    if (fingerprint.size() > 48)
        fingerprint.insert(48, QLatin1Char('\n'));
    m_fingerprint->setText(fingerprint);
}

QByteArray CertificateDialog::leafDigest() const
{
    return m_chain.isEmpty() ? QByteArray() : m_chain.first().digest(QCryptographicHash::Sha256);
}

QString CertificateDialog::formatFingerprint(const QByteArray &digest)
{
    return QString::fromLatin1(digest.toHex(':').toUpper());
}

void CertificateDialog::setNextAnswer(bool trust)
{
    g_nextAnswer = trust;
}

std::optional<QByteArray> CertificateDialog::askToTrust(QWidget *parent, const api::ApiError &error,
                                                        const QString &profileName)
{
    CertificateDialog dialog(error, profileName, parent);
    bool trusted = false;
    if (g_nextAnswer) {
        trusted = *g_nextAnswer;
        g_nextAnswer.reset();
    } else {
        trusted = dialog.exec() == QDialog::Accepted;
    }
    const QByteArray digest = dialog.leafDigest();
    if (!trusted || digest.isEmpty())
        return std::nullopt;
    return digest;
}

} // namespace odag::gui
