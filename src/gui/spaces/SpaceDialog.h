#pragma once

#include "api/ApiError.h"
#include "core/Spaces.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace odag::api {
class PendingCall;
}

namespace odag::gui {

class ErrorBanner;
class TenantSession;

// Creates a space (name, type, description) or edits one (name, description; a space's
// type is fixed once made). Checks the name before sending, sends the call itself and
// stays open with the user's input and the server's reason when the call fails.
class SpaceDialog : public QDialog
{
    Q_OBJECT
public:
    // `existing` empty: create.
    SpaceDialog(TenantSession *session, const std::optional<Space> &existing, QWidget *parent = nullptr);

    bool isCreate() const { return !m_existing.has_value(); }

Q_SIGNALS:
    // The server took the change; the dialog closes after this.
    void saved(const odag::Space &space);

public Q_SLOTS:
    void accept() override;

private:
    void loadTypes();
    void updateTypeHelp();
    void finish(const api::ApiResult<Space> &result);

    TenantSession *m_session;
    std::optional<Space> m_existing;
    QLineEdit *m_name;
    QComboBox *m_type;
    QLabel *m_typeHelp;
    QPlainTextEdit *m_description;
    ErrorBanner *m_banner;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    QPointer<api::PendingCall> m_call;
};

} // namespace odag::gui
