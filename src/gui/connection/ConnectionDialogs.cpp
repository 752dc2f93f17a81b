#include "ConnectionDialogs.h"

#include "CertificateDialog.h"
#include "OAuthSignInDialog.h"
#include "SessionFactory.h"

#include <QApplication>
#include <QPointer>

namespace odag::gui {

namespace {
QWidget *dialogParent(const QPointer<QWidget> &fallback)
{
    if (QWidget *modal = QApplication::activeModalWidget())
        return modal;
    if (QWidget *active = QApplication::activeWindow())
        return active;
    return fallback.data();
}
} // namespace

void useConnectionDialogs(SessionFactory *factory, QWidget *parent)
{
    QPointer<QWidget> fallback(parent);
    factory->setTrustPrompt([fallback](const api::ApiError &error, const QString &profileName) {
        return CertificateDialog::askToTrust(dialogParent(fallback), error, profileName);
    });
    factory->setSignInPrompt(
        [fallback](const api::OAuthClient &client, const QString &)  -> std::optional<api::OAuthTokens> {
            OAuthSignInDialog dialog(client, dialogParent(fallback));
            if (dialog.exec() != QDialog::Accepted || !dialog.tokens().isValid())
                return std::nullopt;
            return dialog.tokens();
        });
}

} // namespace odag::gui
