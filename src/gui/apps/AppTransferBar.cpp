#include "AppTransferBar.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>

namespace odag::gui {

AppTransferBar::AppTransferBar(api::Transport &transport, QWidget *parent)
    : QWidget(parent)
    , m_transport(transport)
    , m_text(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("appTransferBar"));
    m_text->setObjectName(QStringLiteral("appTransferText"));
    m_bar->setObjectName(QStringLiteral("appTransferProgress"));
    m_bar->setAccessibleName(tr("Transfer progress"));
    m_bar->setTextVisible(true);
    m_cancel->setObjectName(QStringLiteral("appTransferCancel"));
    m_cancel->setToolTip(tr("Stop the transfer (Esc)"));
    m_cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 4);
    layout->addWidget(m_text);
    layout->addWidget(m_bar, 1);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, this, &AppTransferBar::cancel);
    hide();
}

AppTransferBar::~AppTransferBar()
{
    // A transfer cut short by closing leaves no partial file behind.
    if (m_call)
        m_call->cancel();
    if (m_file && m_file->openMode() & QIODevice::WriteOnly) {
        m_file->close();
        m_file->remove();
    }
    delete m_file;
}

void AppTransferBar::begin(const QString &text)
{
    m_busy = true;
    m_cancelRequested = false;
    m_text->setText(text);
    m_bar->setRange(0, 0); // busy until the size is known
    m_cancel->setEnabled(true);
    show();
}

void AppTransferBar::watch(api::PendingCall *call, bool upload)
{
    m_call = call;
    if (!call)
        return;
    connect(call, upload ? &api::PendingCall::uploadProgress : &api::PendingCall::downloadProgress,
            this, &AppTransferBar::onProgress);
}

void AppTransferBar::onProgress(qint64 done, qint64 total)
{
    if (total > 0) {
        // Scaled to kilobytes: QProgressBar takes int.
        m_bar->setRange(0, int(total / 1024) + 1);
        m_bar->setValue(int(done / 1024));
        m_bar->setFormat(tr("%1 of %2").arg(QLocale().formattedDataSize(done),
                                           QLocale().formattedDataSize(total)));
    } else {
        m_bar->setFormat(QLocale().formattedDataSize(done));
    }
    Q_EMIT progressed(done, total);
}

void AppTransferBar::finish()
{
    m_busy = false;
    m_call = nullptr;
    delete m_file;
    m_file = nullptr;
    hide();
}

void AppTransferBar::exportApp(const QString &appId, const QString &appName, const QString &path)
{
    if (m_busy)
        return;
    begin(tr("Exporting “%1”…").arg(appName));
    // The file is opened first so that a place the user cannot write to fails at once.
    m_file = new QFile(path);
    if (!m_file->open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        const QString message =
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), m_file->errorString());
        finish();
        Q_EMIT fileFailed(message);
        return;
    }
    const auto fail = [this](const std::optional<api::ApiError> &error) {
        const bool canceled = !error || error->isCanceled();
        m_file->close();
        m_file->remove();
        finish();
        if (canceled)
            Q_EMIT this->canceled();
        else
            Q_EMIT failed(tr("Could not export the app"), *error);
    };
    api::AppsApi apps(m_transport);
    m_call = apps.exportApp(appId, {}, this, [this, fail](const api::ApiResult<QString> &r) {
        if (!r.ok() || m_cancelRequested) {
            fail(r.ok() ? std::nullopt : std::optional<api::ApiError>(r.error()));
            return;
        }
        m_text->setText(tr("Downloading %1…").arg(QFileInfo(m_file->fileName()).fileName()));
        watch(api::AppsApi(m_transport).download(r.value(), m_file, this,
                                                 [this, fail](const api::ApiResult<api::Empty> &d) {
                                                     if (!d.ok()) {
                                                         fail(d.error());
                                                         return;
                                                     }
                                                     const QString written = m_file->fileName();
                                                     m_file->close();
                                                     finish();
                                                     Q_EMIT exported(written);
                                                 }),
              false);
    });
}

void AppTransferBar::importApp(const QString &path, const api::AppImportQuery &query)
{
    if (m_busy)
        return;
    begin(tr("Importing %1…").arg(QFileInfo(path).fileName()));
    m_file = new QFile(path);
    if (!m_file->open(QIODevice::ReadOnly)) {
        const QString message =
            tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), m_file->errorString());
        finish();
        Q_EMIT fileFailed(message);
        return;
    }
    m_bar->setRange(0, int(m_file->size() / 1024) + 1);
    watch(api::AppsApi(m_transport).importApp(m_file, query, this,
                                              [this](const api::ApiResult<AppInfo> &r) {
                                                  finish();
                                                  if (r.ok())
                                                      Q_EMIT imported(r.value());
                                                  else if (r.error().isCanceled())
                                                      Q_EMIT canceled();
                                                  else
                                                      Q_EMIT failed(tr("Could not import the app"), r.error());
                                              }),
          true);
}

void AppTransferBar::cancel()
{
    if (!m_busy)
        return;
    m_cancelRequested = true;
    m_cancel->setEnabled(false);
    m_text->setText(tr("Cancelling…"));
    if (m_call)
        m_call->cancel();
}

} // namespace odag::gui
