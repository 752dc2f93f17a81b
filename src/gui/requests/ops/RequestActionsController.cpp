#include "RequestActionsController.h"

#include "BulkResultDialog.h"
#include "CancelOptionsDialog.h"
#include "RenameAppDialog.h"

#include "gui/widgets/Dialogs.h"

#include <QAction>
#include <QApplication>
#include <QStyle>
#include <QWidget>

namespace odag::gui {

namespace {

struct ActionLook
{
    QStyle::StandardPixmap icon;
    QKeySequence keys;
};

ActionLook lookOf(RequestOp op)
{
    switch (op) {
    case RequestOp::Cancel:
        return {QStyle::SP_DialogCancelButton, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X)};
    case RequestOp::Pause:
        return {QStyle::SP_MediaPause, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)};
    case RequestOp::Resume:
        return {QStyle::SP_MediaPlay, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U)};
    case RequestOp::AckCancel:
        return {QStyle::SP_DialogApplyButton, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K)};
    case RequestOp::AckFailure:
        return {QStyle::SP_MessageBoxWarning, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F)};
    case RequestOp::ReloadApp:
        return {QStyle::SP_BrowserReload, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)};
    case RequestOp::RenameApp:
        return {QStyle::SP_FileDialogDetailedView, QKeySequence(Qt::Key_F2)};
    case RequestOp::DeleteApp:
        return {QStyle::SP_TrashIcon, QKeySequence(Qt::SHIFT | Qt::Key_Delete)};
    case RequestOp::OpenApp:
        return {QStyle::SP_DirLinkIcon, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O)};
    }
    return {QStyle::SP_CustomBase, {}};
}

} // namespace

QString RequestActionsController::objectNameOf(RequestOp op)
{
    switch (op) {
    case RequestOp::Cancel:
        return QStringLiteral("actionCancelRequest");
    case RequestOp::Pause:
        return QStringLiteral("actionPauseRequest");
    case RequestOp::Resume:
        return QStringLiteral("actionResumeRequest");
    case RequestOp::AckCancel:
        return QStringLiteral("actionAckCancelRequest");
    case RequestOp::AckFailure:
        return QStringLiteral("actionAckFailureRequest");
    case RequestOp::ReloadApp:
        return QStringLiteral("actionReloadGeneratedApp");
    case RequestOp::RenameApp:
        return QStringLiteral("actionRenameGeneratedApp");
    case RequestOp::DeleteApp:
        return QStringLiteral("actionDeleteGeneratedApp");
    case RequestOp::OpenApp:
        return QStringLiteral("actionOpenGeneratedApp");
    }
    return {};
}

RequestActionsController::RequestActionsController(TenantSession *session, Selection selection,
                                                   QWidget *parentWidget)
    : QObject(parentWidget)
    , m_session(session)
    , m_selection(std::move(selection))
    , m_parentWidget(parentWidget)
    , m_runner(new RequestActions(session, this))
    , m_order(RequestActions::allOps())
{
    setObjectName(QStringLiteral("requestActionsController"));
    const QStyle *style = parentWidget ? parentWidget->style() : QApplication::style();
    for (RequestOp op : std::as_const(m_order)) {
        const ActionLook look = lookOf(op);
        auto *a =
            new QAction(style->standardIcon(look.icon), RequestActions::displayName(op), this);
        a->setObjectName(objectNameOf(op));
        a->setShortcut(look.keys);
        // The shortcuts act in the view the actions are added to, not window-wide.
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(a, &QAction::triggered, this, [this, op] { trigger(op); });
        m_actions.insert(op, a);
    }
    connect(m_runner, &RequestActions::finished, this, &RequestActionsController::onFinished);
    updateActions();
}

QList<QAction *> RequestActionsController::actions() const
{
    QList<QAction *> list;
    for (RequestOp op : m_order)
        list << m_actions.value(op);
    return list;
}

QList<RequestObject>
RequestActionsController::applicable(RequestOp op, const QList<RequestObject> &selection) const
{
    QList<RequestObject> out;
    if (!m_session)
        return out;
    for (const RequestObject &r : selection) {
        if (RequestActions::availability(op, r, m_session->kind()).enabled)
            out.append(r);
    }
    return out;
}

void RequestActionsController::updateActions()
{
    const QList<RequestObject> selection = m_selection ? m_selection() : QList<RequestObject>();
    const bool busy = m_runner->isRunning();
    for (RequestOp op : std::as_const(m_order)) {
        QAction *a = m_actions.value(op);
        const QString name = RequestActions::displayName(op);
        const QString keys = a->shortcut().toString(QKeySequence::NativeText);
        const QString named = keys.isEmpty() ? name : tr("%1 (%2)").arg(name, keys);
        if (!m_session) {
            a->setEnabled(false);
            a->setToolTip(tr("Not connected to a tenant."));
            continue;
        }
        if (selection.isEmpty()) {
            a->setEnabled(false);
            a->setToolTip(tr("%1: select one or more requests first.").arg(named));
            continue;
        }
        if (busy) {
            a->setEnabled(false);
            a->setToolTip(tr("%1: wait until the running action has finished.").arg(named));
            continue;
        }
        const int n = int(applicable(op, selection).size());
        const int total = int(selection.size());
        if (op == RequestOp::RenameApp && n > 1) {
            a->setEnabled(false);
            a->setToolTip(tr("%1: select only one request to rename its app.").arg(named));
            continue;
        }
        if (n == 0) {
            const QString reason =
                RequestActions::availability(op, selection.first(), m_session->kind()).reason;
            a->setEnabled(false);
            a->setToolTip(total == 1 ? tr("%1: %2").arg(name, reason)
                                     : tr("%1: not possible for any of the %n selected requests. "
                                          "For example: %2",
                                          "", total)
                                           .arg(name, reason));
            continue;
        }
        a->setEnabled(true);
        a->setToolTip(n == total ? named
                                 : tr("%1: applies to %2 of the %n selected requests.", "", total)
                                       .arg(named)
                                       .arg(n));
    }
}

void RequestActionsController::trigger(RequestOp op)
{
    if (!m_session || m_runner->isRunning())
        return;
    const QList<RequestObject> requests =
        applicable(op, m_selection ? m_selection() : QList<RequestObject>());
    if (requests.isEmpty())
        return;

    switch (op) {
    case RequestOp::Cancel: {
        auto *dialog = new CancelOptionsDialog(int(requests.size()), m_parentWidget);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog, requests] {
            start(RequestOp::Cancel, requests, dialog->options());
        });
        dialog->open();
        return;
    }
    case RequestOp::RenameApp: {
        auto *dialog =
            new RenameAppDialog(requests.first().generatedAppDisplayName(), m_parentWidget);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog, requests] {
            ActionOptions o;
            o.newName = dialog->name();
            start(RequestOp::RenameApp, requests, o);
        });
        dialog->open();
        return;
    }
    case RequestOp::DeleteApp: {
        const auto answer = dialogs::question(
            m_parentWidget, tr("Delete generated app"),
            tr("Delete the generated app of %n request(s)? The app and its data are removed from "
               "the tenant; this cannot be undone.",
               "", int(requests.size())));
        if (answer != QMessageBox::Yes)
            return;
        start(op, requests, {});
        return;
    }
    default:
        start(op, requests, {});
        return;
    }
}

void RequestActionsController::start(RequestOp op, const QList<RequestObject> &requests,
                                     const ActionOptions &options)
{
    // A finished run's dialog may still be open: it keeps its own results.
    if (m_resultDialog)
        disconnect(m_runner, nullptr, m_resultDialog, nullptr);
    m_runUsesDialog = requests.size() > 1;
    if (m_runUsesDialog) {
        if (m_resultDialog)
            m_resultDialog->deleteLater();
        m_resultDialog = new BulkResultDialog(op, requests, m_parentWidget);
        m_resultDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_runner, &RequestActions::progress, m_resultDialog,
                &BulkResultDialog::setProgress);
        connect(m_runner, &RequestActions::requestDone, m_resultDialog,
                &BulkResultDialog::setOutcome);
        connect(m_runner, &RequestActions::finished, m_resultDialog,
                &BulkResultDialog::setFinished);
        connect(m_resultDialog, &BulkResultDialog::stopRequested, m_runner,
                &RequestActions::cancel);
        m_resultDialog->show();
    }
    m_runner->run(op, requests, options);
    updateActions();
}

void RequestActionsController::onFinished(const BulkResult &result)
{
    QStringList ids;
    for (const ActionOutcome &o : result.outcomes)
        ids << o.requestId;
    updateActions();
    if (!ids.isEmpty())
        Q_EMIT requestsTouched(ids);
    // One request: no result dialog, but a failure is never silent.
    if (result.outcomes.size() == 1 && !result.outcomes.first().ok && !m_runUsesDialog) {
        dialogs::warning(m_parentWidget, RequestActions::displayName(result.op),
                         tr("%1 failed for %2: %3")
                             .arg(RequestActions::displayName(result.op),
                                  result.outcomes.first().label, result.outcomes.first().message));
    }
}

} // namespace odag::gui
