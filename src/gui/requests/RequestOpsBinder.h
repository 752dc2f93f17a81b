#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

class QAction;

namespace odag::gui {

class RequestActionsController;
class RequestHistory;
class RequestsWorkspace;
class TenantSession;
class TimelinePage;
class TrayNotifier;

// Joins the request operations (requests/ops) to the live monitor: the actions on the
// toolbar and the view's context menu (enabled for the selection), the submit dialog,
// watching requests for a tray notification, the local history every round is recorded
// in, and the timeline page beside the monitor.
class RequestOpsBinder : public QObject
{
    Q_OBJECT
public:
    RequestOpsBinder(RequestsWorkspace *workspace, TenantSession *session);

    RequestActionsController *controller() const { return m_controller; }
    RequestHistory *history() const { return m_history; }
    TrayNotifier *notifier() const { return m_tray; }
    TimelinePage *timeline() const { return m_timeline; }

    // Where the history of a tenant is kept: one SQLite file per tenant host.
    static QString historyPath(const TenantSession *session);

private:
    void openSubmitDialog();
    void toggleWatch(bool on);
    void recordAll();
    void recordNextSlice();

    RequestsWorkspace *m_workspace;
    QPointer<TenantSession> m_session;
    RequestActionsController *m_controller;
    RequestHistory *m_history;
    TrayNotifier *m_tray;
    TimelinePage *m_timeline;
    QAction *m_submit;
    QAction *m_watch;
    // The first load's requests still to record, a few milliseconds a turn: 100,000
    // history rows at once would hold the window for seconds.
    QStringList m_toRecord;
    QTimer m_recordTimer;
};

} // namespace odag::gui
