#pragma once

#include "api/ApiError.h"
#include "core/Spaces.h"

#include <QDialog>
#include <QList>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace odag::api {
class PendingCall;
}

namespace odag::gui {

class ErrorBanner;
class TenantSession;

// Adds a member to a space (user or group, its ID, roles as check boxes) or changes the
// roles of an existing assignment. The roles offered are those the space's type allows.
// Sends the call itself; on failure it stays open with the input and the reason.
class AssignmentDialog : public QDialog
{
    Q_OBJECT
public:
    // `existing` empty: add. `knownIds` are offered for completion of the ID.
    AssignmentDialog(TenantSession *session, const Space &space,
                     const std::optional<SpaceAssignment> &existing, const QStringList &knownIds,
                     QWidget *parent = nullptr);

    bool isAdd() const { return !m_existing.has_value(); }

Q_SIGNALS:
    void saved(const odag::SpaceAssignment &assignment);

public Q_SLOTS:
    void accept() override;

private:
    SpaceRoles checkedRoles() const;
    void finish(const api::ApiResult<SpaceAssignment> &result);

    TenantSession *m_session;
    Space m_space;
    std::optional<SpaceAssignment> m_existing;
    QComboBox *m_type;
    QLineEdit *m_assignee;
    QList<QCheckBox *> m_roles;
    QLabel *m_problem;
    ErrorBanner *m_banner;
    QDialogButtonBox *m_buttons;
    QPointer<api::PendingCall> m_call;
};

} // namespace odag::gui
