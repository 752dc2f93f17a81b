#pragma once

#include "api/ApiError.h"
#include "core/Items.h"
#include "gui/Workspace.h"

#include <QPointer>

class QAction;
class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace odag::api {
class PendingCall;
}

namespace odag::gui {

class ErrorBanner;
class ReloadLogDialog;
class ReloadsModel;
class TenantSession;

// The Reloads workspace (Qlik Cloud): pick an app, see its reloads (status filter,
// paging, running ones updated live), start a reload with variables, cancel one that is
// queued or running, read a reload's log. A Qlik Sense Enterprise session gets a page
// that says why there is nothing here.
class ReloadsWorkspace : public Workspace
{
    Q_OBJECT
public:
    explicit ReloadsWorkspace(TenantSession *session, QWidget *parent = nullptr);

    QString viewId() const override { return QStringLiteral("reloads"); }
    QString title() const override { return tr("Reloads"); }
    QIcon icon() const override { return QIcon(QStringLiteral(":/icons/reloads.svg")); }
    void refresh() override;

    ReloadsModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    // Shows the reloads of `appId` when the picker holds it; false otherwise.
    bool selectApp(const QString &appId);

    void triggerReload();
    void cancelReload();
    // Opens the log of the selected reload; null when none is selected.
    ReloadLogDialog *viewLog();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildCloudUi();
    void buildUnsupportedUi();
    void loadApps();
    void onAppsPage(const api::ApiResult<ItemList> &result);
    void showApps();
    void onAppChosen();
    void updateActions();
    void updateStatus();
    int currentRow() const;

    TenantSession *m_session;
    ReloadsModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    ErrorBanner *m_banner = nullptr;
    QComboBox *m_appPicker = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_live = nullptr;
    QPushButton *m_loadMore = nullptr;
    QAction *m_trigger = nullptr;
    QAction *m_cancel = nullptr;
    QAction *m_log = nullptr;
    QAction *m_refresh = nullptr;
    bool m_started = false;
    // Pages of the app list read one by one: a call left in flight when the workspace
    // goes away simply finishes unheard (a pager would cancel and report while the main
    // window is being torn down).
    QPointer<api::PendingCall> m_appsCall;
    QList<Item> m_appsRead;
    bool m_appsLoaded = false;
};

} // namespace odag::gui
