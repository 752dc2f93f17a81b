#pragma once

#include "api/ApiError.h"
#include "core/Reloads.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace odag::api {
class PendingCall;
}

namespace odag::gui {

class ErrorBanner;
class TenantSession;

// Queues a reload of one app: full or partial, with script variables (name/value, at
// most 20, each at most 256 characters). The variables are checked before anything is
// sent; the offending row is marked and the reason given. Sends the call itself.
class TriggerReloadDialog : public QDialog
{
    Q_OBJECT
public:
    TriggerReloadDialog(TenantSession *session, const QString &appId, const QString &appName,
                        QWidget *parent = nullptr);

    // Adds a row (the Add button); returns its index.
    int addVariable(const QString &name = {}, const QString &value = {});
    // Empty when the variables may be sent; else the reason, and `row` is the row at fault
    // (-1 for the whole list).
    QString validate(int *row) const;

Q_SIGNALS:
    void queued(const odag::Reload &reload);

public Q_SLOTS:
    void accept() override;

private:
    QList<ReloadVariable> variables() const;
    void markRow(int row);
    void finish(const api::ApiResult<Reload> &result);

    TenantSession *m_session;
    QString m_appId;
    QCheckBox *m_partial;
    QTableWidget *m_variables;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLabel *m_problem;
    ErrorBanner *m_banner;
    QDialogButtonBox *m_buttons;
    QPointer<api::PendingCall> m_call;
};

} // namespace odag::gui
