#pragma once

#include "api/OAuth.h"

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace odag::gui {

// Runs one OAuth2 browser sign-in (api::OAuthFlow) and tells the user what is happening:
// waiting for the browser, the address to copy if it did not open, and why it failed.
// Starts the flow when shown; on success it emits signedIn() and closes accepted; on
// failure it stays with Retry and Close. Cancel (or Esc) stops the loopback listener.
class OAuthSignInDialog : public QDialog
{
    Q_OBJECT
public:
    OAuthSignInDialog(api::OAuthClient client, QWidget *parent = nullptr);
    ~OAuthSignInDialog() override;

    api::OAuthTokens tokens() const { return m_tokens; }
    QUrl authorizationUrl() const;

    // Test seam: how the browser is opened (default QDesktopServices::openUrl). An empty
    // function restores the default.
    static void setBrowserOpener(std::function<void(const QUrl &)> opener);

    void reject() override;

Q_SIGNALS:
    void signedIn(const odag::api::OAuthTokens &tokens);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void start();
    void openBrowser();
    void showWaiting();
    void showFailure(const QString &message);

    api::OAuthClient m_client;
    api::OAuthFlow *m_flow;
    api::OAuthTokens m_tokens;
    bool m_started = false;
    bool m_closing = false;
    QLabel *m_status;
    QProgressBar *m_progress;
    QLabel *m_urlHint;
    QLineEdit *m_url;
    QPushButton *m_copy;
    QPushButton *m_openAgain;
    QPushButton *m_cancel;
    QPushButton *m_retry;
    QPushButton *m_close;
};

} // namespace odag::gui
