#pragma once

#include "core/OdagRequest.h"
#include "gui/Workspace.h"

#include <QPersistentModelIndex>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QSplitter;
class QTabWidget;
class QTimer;
class QToolBar;
class QToolButton;
class QTreeView;

namespace odag::gui {

class ErrorBanner;
class RequestDetailsPanel;
class RequestMonitor;
class RequestOpsBinder;
class RequestStateDelegate;
class RequestsFilterProxy;
class TenantSession;

// The Requests workspace: the live monitor of every generation request, with filters, a
// details panel and a status line of the polling cost. Its main area is a tab widget
// ("Monitor" first) so other pages (the timeline) can join it; its toolbar takes the
// request actions. The view never resets: selection and scroll position stay while the
// data changes underneath.
class RequestsWorkspace : public Workspace
{
    Q_OBJECT
public:
    explicit RequestsWorkspace(TenantSession *session, QWidget *parent = nullptr);
    ~RequestsWorkspace() override;

    QString viewId() const override { return QStringLiteral("requests"); }
    QString title() const override { return tr("Requests"); }
    QIcon icon() const override { return QIcon(QStringLiteral(":/icons/requests.svg")); }
    void refresh() override;
    bool showSubView(const QString &name) override;

    RequestMonitor *monitor() const { return m_monitor; }
    QList<odag::RequestObject> selectedRequests() const;
    QToolBar *toolBar() const { return m_toolBar; }
    // Adds a page beside "Monitor" (the lead's timeline page is named "timelinePage").
    void addPage(QWidget *page, const QString &title);
    QTreeView *view() const { return m_view; }
    RequestsFilterProxy *proxy() const { return m_proxy; }
    // The actions, submit dialog, watch/notify, history and timeline joined to this page.
    RequestOpsBinder *ops() const { return m_ops; }

Q_SIGNALS:
    void selectionChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void buildToolBar();
    QWidget *buildFilterBar();
    void applyStateFilter();
    void applyPeriod();
    void updateDetails();
    void updateStatus();
    void updateLinkChoices();
    void noteOwners(const QList<odag::RequestObject> &requests);
    void noteOwners(const QHash<QString, QString> &owners);
    void onLoadFinished(bool ok);
    void onProblem(const QString &message);
    void openPendingSubView();
    void saveScrollAnchor();
    void restoreScrollAnchor();

    TenantSession *m_session;
    RequestMonitor *m_monitor;
    RequestsFilterProxy *m_proxy;
    QToolBar *m_toolBar;
    QAction *m_pauseAction;
    QAction *m_refreshAction;
    QComboBox *m_interval;
    QToolButton *m_stateFilter;
    QComboBox *m_kindFilter;
    QComboBox *m_linkFilter;
    QComboBox *m_ownerFilter;
    QComboBox *m_periodFilter;
    QDateTimeEdit *m_from;
    QDateTimeEdit *m_to;
    QLineEdit *m_search;
    ErrorBanner *m_banner;
    QTabWidget *m_tabs;
    QSplitter *m_splitter;
    QTreeView *m_view;
    RequestStateDelegate *m_stateDelegate = nullptr;
    RequestDetailsPanel *m_details;
    QLabel *m_status;
    QTimer *m_statusTimer;
    QHash<QString, QString> m_owners; // owner ID -> name
    QString m_pendingSubView;         // page objectName to open once loaded
    QPersistentModelIndex m_anchor;
    int m_anchorTop = 0;
    bool m_anchorSaved = false;
    bool m_watchingWindow = false;
    RequestOpsBinder *m_ops = nullptr;
};

} // namespace odag::gui
