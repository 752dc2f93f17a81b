#pragma once

#include "RequestActions.h"

#include <QMap>
#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QWidget;

namespace odag::gui {

class BulkResultDialog;

// The request actions as QActions for menus, toolbars and shortcuts: enabled and
// explained (tooltip) for the current selection, asking what each needs (cancel options,
// the new name, confirmation before deleting an app) and reporting per request when more
// than one was touched. The view that owns the selection calls updateActions() when it
// changes and re-reads the requests named by requestsTouched().
class RequestActionsController : public QObject
{
    Q_OBJECT
public:
    using Selection = std::function<QList<RequestObject>()>;

    RequestActionsController(TenantSession *session, Selection selection, QWidget *parentWidget);

    QList<QAction *> actions() const;
    QAction *action(RequestOp op) const { return m_actions.value(op); }
    RequestActions *runner() const { return m_runner; }
    // The result dialog of the latest bulk run (null before the first one).
    BulkResultDialog *resultDialog() const { return m_resultDialog; }

    static QString objectNameOf(RequestOp op);

public Q_SLOTS:
    void updateActions();
    // What triggering the action does (also for tests and context menus).
    void trigger(RequestOp op);

Q_SIGNALS:
    void requestsTouched(const QStringList &ids);

private:
    QList<RequestObject> applicable(RequestOp op, const QList<RequestObject> &selection) const;
    void start(RequestOp op, const QList<RequestObject> &requests, const ActionOptions &options);
    void onFinished(const BulkResult &result);

    QPointer<TenantSession> m_session;
    Selection m_selection;
    QPointer<QWidget> m_parentWidget;
    RequestActions *m_runner;
    QMap<RequestOp, QAction *> m_actions;
    bool m_runUsesDialog = false;
    QList<RequestOp> m_order;
    QPointer<BulkResultDialog> m_resultDialog;
};

} // namespace odag::gui
