#include "RequestOpsBinder.h"

#include "RequestMonitor.h"
#include "RequestsModel.h"
#include "RequestsWorkspace.h"
#include "gui/connection/TenantSession.h"
#include "ops/BulkResultDialog.h"
#include "ops/RequestActionsController.h"
#include "ops/RequestHistory.h"
#include "ops/SubmitRequestDialog.h"
#include "ops/TimelinePage.h"
#include "ops/TrayNotifier.h"

#include <QAction>
#include <QDir>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QToolBar>
#include <QTreeView>

namespace odag::gui {

RequestOpsBinder::RequestOpsBinder(RequestsWorkspace *workspace, TenantSession *session)
    : QObject(workspace)
    , m_workspace(workspace)
    , m_session(session)
    , m_controller(new RequestActionsController(
          session, [workspace] { return workspace->selectedRequests(); }, workspace->view()))
    , m_history(new RequestHistory(historyPath(session), this))
    , m_tray(new TrayNotifier(this))
    , m_timeline(new TimelinePage(m_history, workspace))
    , m_submit(new QAction(tr("Submit request…"), workspace))
    , m_watch(new QAction(tr("Notify when done"), workspace))
{
    m_recordTimer.setSingleShot(true);
    m_recordTimer.setInterval(0);
    connect(&m_recordTimer, &QTimer::timeout, this, &RequestOpsBinder::recordNextSlice);
    QToolBar *bar = workspace->toolBar();
    m_submit->setObjectName(QStringLiteral("actionSubmitRequest"));
    m_submit->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_submit->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_submit->setToolTip(tr("Submit a generation request for a link, to test it without the Sense client (%1)")
                             .arg(m_submit->shortcut().toString(QKeySequence::NativeText)));
    m_watch->setObjectName(QStringLiteral("actionWatchRequest"));
    m_watch->setCheckable(true);
    m_watch->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_W));
    m_watch->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_watch->setToolTip(tr("Show a desktop notification when the selected requests succeed or fail (%1)")
                            .arg(m_watch->shortcut().toString(QKeySequence::NativeText)));
    workspace->addAction(m_submit);
    workspace->addAction(m_watch);

    bar->addSeparator();
    bar->addAction(m_submit);
    const QList<QAction *> actions = m_controller->actions();
    QTreeView *view = workspace->view();
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (QAction *a : actions) {
        bar->addAction(a);
        view->addAction(a);
    }
    auto *separator = new QAction(workspace);
    separator->setSeparator(true);
    view->addAction(separator);
    view->addAction(m_watch);
    bar->addAction(m_watch);

    connect(m_submit, &QAction::triggered, this, &RequestOpsBinder::openSubmitDialog);
    connect(m_watch, &QAction::toggled, this, &RequestOpsBinder::toggleWatch);
    connect(workspace, &RequestsWorkspace::selectionChanged, this, [this] {
        m_controller->updateActions();
        const QList<RequestObject> selected = m_workspace->selectedRequests();
        const QSignalBlocker block(m_watch);
        m_watch->setEnabled(!selected.isEmpty());
        m_watch->setChecked(!selected.isEmpty() && m_tray->isWatched(selected.constFirst().id));
    });
    m_controller->updateActions();
    m_watch->setEnabled(false);

    // What the monitor sees goes to the history (the timeline's source) and the tray.
    RequestMonitor *monitor = workspace->monitor();
    connect(monitor, &RequestMonitor::updated, this, [this, monitor](const QList<RequestObject> &changed) {
        m_history->record(changed, monitor->linkNames());
        m_tray->observe(changed);
        m_controller->updateActions();
    });
    connect(monitor, &RequestMonitor::loadFinished, this, [this](bool ok) {
        if (ok)
            recordAll();
    });
    connect(m_controller, &RequestActionsController::requestsTouched, monitor, [monitor](const QStringList &ids) {
        for (const QString &id : ids)
            monitor->watch(id);
        monitor->pollNow();
    });

    workspace->addPage(m_timeline, tr("Timeline"));
}

QString RequestOpsBinder::historyPath(const TenantSession *session)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    QString host = session->baseUrl().host();
    host.replace(QLatin1Char(':'), QLatin1Char('_'));
    return dir + QStringLiteral("/request-history-") + (host.isEmpty() ? QStringLiteral("local") : host)
           + QStringLiteral(".db");
}

void RequestOpsBinder::openSubmitDialog()
{
    if (!m_session)
        return;
    auto *dialog = new SubmitRequestDialog(m_session, m_workspace);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SubmitRequestDialog::submitted, this, [this](const RequestObject &request) {
        // A request submitted here is watched: the user wants to know how it ends.
        m_tray->watch(request.id);
        m_workspace->monitor()->watch(request.id);
        m_workspace->monitor()->pollNow();
    });
    dialog->open();
}

void RequestOpsBinder::toggleWatch(bool on)
{
    RequestMonitor *monitor = m_workspace->monitor();
    for (const RequestObject &r : m_workspace->selectedRequests()) {
        if (on) {
            m_tray->watch(r.id);
            monitor->watch(r.id);
        } else {
            m_tray->unwatch(r.id);
            monitor->unwatch(r.id);
        }
    }
}

void RequestOpsBinder::recordAll()
{
    // The first full load: every request the model holds, parents and children.
    const RequestsModel *model = m_workspace->monitor()->model();
    m_toRecord.clear();
    m_toRecord.reserve(model->requestCount());
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex parent = model->index(row, 0);
        if (const RequestObject *r = model->requestAt(parent))
            m_toRecord.append(r->id);
        for (int child = 0; child < model->rowCount(parent); ++child) {
            if (const RequestObject *r = model->requestAt(model->index(child, 0, parent)))
                m_toRecord.append(r->id);
        }
    }
    m_history->holdChanges(true);
    recordNextSlice();
}

void RequestOpsBinder::recordNextSlice()
{
    constexpr int kSlice = 100;
    constexpr int kTurnBudgetMs = 8;
    const RequestsModel *model = m_workspace->monitor()->model();
    const QHash<QString, QString> linkNames = m_workspace->monitor()->linkNames();
    QElapsedTimer turn;
    turn.start();
    while (!m_toRecord.isEmpty() && turn.elapsed() < kTurnBudgetMs) {
        // What the model holds now: a round may have changed a request since the load.
        QList<RequestObject> slice;
        slice.reserve(kSlice);
        const qsizetype from = std::max<qsizetype>(0, m_toRecord.size() - kSlice);
        for (qsizetype i = from; i < m_toRecord.size(); ++i) {
            if (const RequestObject *r = model->request(m_toRecord.at(i)))
                slice.append(*r);
        }
        m_toRecord.resize(from);
        m_history->record(slice, linkNames);
    }
    if (!m_toRecord.isEmpty())
        m_recordTimer.start();
    else
        m_history->holdChanges(false);
}

} // namespace odag::gui
