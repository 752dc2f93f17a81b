#pragma once

#include "core/Reloads.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace odag::gui {

class TenantSession;

// Shows the log of one reload read-only in a monospace font, with search. It shows the
// reload's progress log at once and replaces it with the full script log
// (GET /apps/{id}/reloads/logs/{reloadId}) when that arrives.
class ReloadLogDialog : public QDialog
{
    Q_OBJECT
public:
    ReloadLogDialog(TenantSession *session, const Reload &reload, QWidget *parent = nullptr);

    QString text() const;
    bool isLoading() const { return m_loading; }
    // Selects the next (or previous) match of the search text; false when none.
    bool find(bool backwards = false);

Q_SIGNALS:
    // The full script log arrived (or could not be read).
    void logLoaded();

private:
    void loadScriptLog();

    TenantSession *m_session;
    Reload m_reload;
    QLabel *m_source;
    QLineEdit *m_search;
    QPushButton *m_next;
    QPushButton *m_previous;
    QLabel *m_found;
    QPlainTextEdit *m_text;
    bool m_loading = false;
};

} // namespace odag::gui
