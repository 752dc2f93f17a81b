#pragma once

#include "api/AppsApi.h"
#include "core/Apps.h"

#include <QPointer>
#include <QWidget>

class QFile;
class QLabel;
class QProgressBar;
class QPushButton;

namespace odag::gui {

// Exports an app to a .qvf file and imports one, streaming between disk and network
// (never the whole file in memory), with a progress bar and a Cancel button. A cancelled
// or failed export removes the partial file. Hidden while idle.
class AppTransferBar : public QWidget
{
    Q_OBJECT
public:
    AppTransferBar(api::Transport &transport, QWidget *parent = nullptr);
    ~AppTransferBar() override;

    bool isBusy() const { return m_busy; }
    // Asks the tenant for an export of `appId`, then downloads it into `path`.
    void exportApp(const QString &appId, const QString &appName, const QString &path);
    // Uploads the file at `path` as a new app.
    void importApp(const QString &path, const api::AppImportQuery &query);
    void cancel();

Q_SIGNALS:
    void progressed(qint64 done, qint64 total);
    void exported(const QString &path);
    void imported(const odag::AppInfo &app);
    void failed(const QString &what, const odag::api::ApiError &error);
    void canceled();
    // A local file could not be opened; `message` says which and why.
    void fileFailed(const QString &message);

private:
    void begin(const QString &text);
    void watch(api::PendingCall *call, bool upload);
    void finish();
    void onProgress(qint64 done, qint64 total);

    api::Transport &m_transport;
    QLabel *m_text;
    QProgressBar *m_bar;
    QPushButton *m_cancel;
    QPointer<api::PendingCall> m_call;
    QFile *m_file = nullptr;
    bool m_busy = false;
    bool m_cancelRequested = false;
};

} // namespace odag::gui
