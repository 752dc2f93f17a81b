#include "OAuthSignInDialog.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace odag::gui {

namespace {

std::function<void(const QUrl &)> &browserOpener()
{
    static std::function<void(const QUrl &)> opener;
    return opener;
}

} // namespace

OAuthSignInDialog::OAuthSignInDialog(api::OAuthClient client, QWidget *parent)
    : QDialog(parent)
    , m_client(std::move(client))
    , m_flow(new api::OAuthFlow(m_client, this))
{
    setObjectName(QStringLiteral("oauthSignInDialog"));
    setWindowTitle(tr("Sign in to %1").arg(m_client.tenantUrl.host()));

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("signInStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("signInProgress"));
    m_progress->setRange(0, 0); // busy: the browser decides how long it takes
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Waiting for the browser"));

    m_urlHint = new QLabel(tr("If your browser did not open, copy this address into it:"));
    m_urlHint->setWordWrap(true);
    m_url = new QLineEdit;
    m_url->setObjectName(QStringLiteral("signInUrl"));
    m_url->setReadOnly(true);
    m_url->setAccessibleName(tr("Sign-in address"));
    m_urlHint->setBuddy(m_url);
    m_copy = new QPushButton(tr("&Copy"));
    m_copy->setObjectName(QStringLiteral("copyUrlButton"));
    m_copy->setToolTip(tr("Copy the sign-in address to the clipboard"));
    m_copy->setAutoDefault(false);
    auto *urlRow = new QHBoxLayout;
    urlRow->addWidget(m_url, 1);
    urlRow->addWidget(m_copy);

    auto *buttons = new QDialogButtonBox;
    m_openAgain = buttons->addButton(tr("&Open browser again"), QDialogButtonBox::ActionRole);
    m_openAgain->setObjectName(QStringLiteral("openBrowserButton"));
    m_openAgain->setToolTip(tr("Open the sign-in page in the system browser again"));
    m_retry = buttons->addButton(tr("&Retry"), QDialogButtonBox::ActionRole);
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_retry->setToolTip(tr("Start the sign-in again"));
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setToolTip(tr("Stop waiting for the browser"));
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("closeButton"));
    for (QPushButton *b : {m_openAgain, m_retry, m_cancel, m_close})
        b->setAutoDefault(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addSpacing(8);
    layout->addWidget(m_urlHint);
    layout->addLayout(urlRow);
    layout->addSpacing(8);
    layout->addWidget(buttons);
    setMinimumWidth(520);

    connect(m_copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_url->text());
        m_url->selectAll();
    });
    connect(m_openAgain, &QPushButton::clicked, this, &OAuthSignInDialog::openBrowser);
    connect(m_retry, &QPushButton::clicked, this, &OAuthSignInDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, &OAuthSignInDialog::reject);
    connect(m_close, &QPushButton::clicked, this, &OAuthSignInDialog::reject);

    connect(m_flow, &api::OAuthFlow::authorizationUrl, this, [this](const QUrl &url) {
        m_url->setText(url.toString(QUrl::FullyEncoded));
        m_url->setCursorPosition(0);
        openBrowser();
    });
    connect(m_flow, &api::OAuthFlow::succeeded, this, [this](const api::OAuthTokens &tokens) {
        m_tokens = tokens;
        Q_EMIT signedIn(tokens);
        m_closing = true;
        accept();
    });
    connect(m_flow, &api::OAuthFlow::failed, this, [this](const QString &message) {
        if (!m_closing)
            showFailure(message);
    });
    showWaiting();
}

OAuthSignInDialog::~OAuthSignInDialog()
{
    m_closing = true;
}

QUrl OAuthSignInDialog::authorizationUrl() const
{
    return m_flow->lastAuthorizationUrl();
}

void OAuthSignInDialog::setBrowserOpener(std::function<void(const QUrl &)> opener)
{
    browserOpener() = std::move(opener);
}

void OAuthSignInDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (!m_started) {
        m_started = true;
        start();
    }
}

void OAuthSignInDialog::start()
{
    m_closing = false;
    showWaiting();
    m_flow->start(); // emits authorizationUrl (browser opens) or failed
}

void OAuthSignInDialog::openBrowser()
{
    const QUrl url = m_flow->lastAuthorizationUrl();
    if (url.isEmpty())
        return;
    if (const auto &opener = browserOpener()) {
        opener(url);
        return;
    }
    if (!QDesktopServices::openUrl(url))
        m_status->setText(tr("The browser could not be opened. Copy the address below into "
                             "your browser to sign in."));
}

void OAuthSignInDialog::showWaiting()
{
    m_status->setText(tr("Waiting for you to sign in in your browser…"));
    m_progress->show();
    m_urlHint->show();
    m_url->show();
    m_copy->show();
    m_openAgain->show();
    m_cancel->show();
    m_cancel->setDefault(true);
    m_retry->hide();
    m_close->hide();
    adjustSize();
}

void OAuthSignInDialog::showFailure(const QString &message)
{
    m_status->setText(tr("The sign-in did not succeed: %1").arg(message));
    m_progress->hide();
    m_urlHint->hide();
    m_url->hide();
    m_copy->hide();
    m_openAgain->hide();
    m_cancel->hide();
    m_retry->show();
    m_retry->setDefault(true);
    m_close->show();
    m_close->setFocus();
    adjustSize();
}

void OAuthSignInDialog::reject()
{
    // Stop listening on the loopback port before going; the flow's failed() is ours.
    m_closing = true;
    m_flow->cancel();
    QDialog::reject();
}

} // namespace odag::gui
