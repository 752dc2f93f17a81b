#pragma once

#include "core/Apps.h"
#include "core/Spaces.h"
#include "gui/Workspace.h"

#include <QPointer>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QTimer;

namespace odag::api {
struct ApiError;
class PendingCall;
} // namespace odag::api

namespace odag::gui {

class AppDataModelTab;
class AppDetailsTab;
class AppLineageTab;
class AppOperations;
class AppReloadLogsTab;
class AppScriptTab;
class AppTransferBar;
class AppsModel;
class ErrorBanner;
class TenantSession;

// The Apps page (Qlik Cloud): the tenant's apps with filters, and for the selected app
// its details, data model, lineage, load script and reload logs; the toolbar and the
// context menu run create, copy, move, owner, publish, delete, export and import. On a
// Qlik Sense Enterprise session it explains that these APIs are Qlik Cloud's.
class AppsWorkspace : public Workspace
{
    Q_OBJECT
public:
    explicit AppsWorkspace(TenantSession *session, QWidget *parent = nullptr);

    QString viewId() const override { return QStringLiteral("apps"); }
    QString title() const override { return tr("Apps"); }
    QIcon icon() const override { return QIcon(QStringLiteral(":/icons/apps.svg")); }
    void refresh() override;
    bool showSubView(const QString &name) override;

    AppsModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    // Selects the app in the list; false when it is not listed.
    bool selectApp(const QString &appId);
    QString currentAppId() const;

private:
    void buildCloud();
    void buildUnsupported();
    QAction *makeAction(const QString &objectName, const QString &text, const QString &tip,
                       const QKeySequence &shortcut, void (AppsWorkspace::*slot)());
    void loadSpaces();
    void applyFilter();
    void onCurrentChanged();
    void readApp(const QString &appId);
    void updateActions();
    void onFailed(const QString &what, const api::ApiError &error);
    void onAppAdded(const AppInfo &app);
    void onAppChanged(const AppInfo &app);
    void updateCount();

    // Toolbar actions on the selected app.
    void createApp();
    void copyApp();
    void moveApp();
    void removeFromSpace();
    void changeOwner();
    void publishApp();
    void republishApp();
    void deleteApp();
    void exportApp();
    void importApp();

    TenantSession *m_session;
    AppsModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    ErrorBanner *m_banner = nullptr;
    QLineEdit *m_nameFilter = nullptr;
    QComboBox *m_spaceFilter = nullptr;
    QLineEdit *m_ownerFilter = nullptr;
    QLabel *m_count = nullptr;
    QTimer *m_filterDelay = nullptr;
    QTabWidget *m_tabs = nullptr;
    AppDetailsTab *m_details = nullptr;
    AppDataModelTab *m_dataModel = nullptr;
    AppLineageTab *m_lineage = nullptr;
    AppScriptTab *m_script = nullptr;
    AppReloadLogsTab *m_reloadLogs = nullptr;
    AppTransferBar *m_transfer = nullptr;
    AppOperations *m_ops = nullptr;
    QList<Space> m_spaces;
    QList<QAction *> m_appActions; // need a selected app
    QAction *m_moveAction = nullptr;
    QAction *m_removeFromSpaceAction = nullptr;
    QAction *m_publishAction = nullptr;
    QAction *m_republishAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_ownerAction = nullptr;
    QAction *m_exportAction = nullptr;
    QPointer<api::PendingCall> m_appCall;
    QString m_pendingSelect; // select this app once listed (a new app, a sub-view)
    QString m_subView;
    bool m_spacesLoaded = false;
};

} // namespace odag::gui
