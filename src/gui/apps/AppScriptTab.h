#pragma once

#include "AppTab.h"

class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStandardItemModel;
class QTableView;
class QTimer;

namespace odag::gui {

class ScriptHighlighter;

// The Script tab: an app's load script history (GET /apps/{id}/scripts, paged), the
// selected version in a monospace editor that highlights ODAG bind variables, the
// bindings the ODAG service would find in it, and "Set script" to save the text as a
// new version with a message (POST /apps/{id}/scripts).
class AppScriptTab : public AppTab
{
    Q_OBJECT
public:
    explicit AppScriptTab(api::Transport &transport, QWidget *parent = nullptr);

    QStandardItemModel *historyModel() const { return m_history; }
    QPlainTextEdit *editor() const { return m_editor; }
    ScriptHighlighter *highlighter() const { return m_highlighter; }

Q_SIGNALS:
    void scriptSaved();

protected:
    void load() override;
    void clear() override;

private:
    void readPage(const QString &nextHref);
    void showVersion(const QString &scriptId);
    void updateBindings();
    void setScript();
    void updateButtons();

    QStandardItemModel *m_history;
    QTableView *m_historyView;
    QPushButton *m_more;
    QPlainTextEdit *m_editor;
    ScriptHighlighter *m_highlighter;
    QListWidget *m_bindings;
    QLineEdit *m_message;
    QPushButton *m_save;
    QTimer *m_rescan;
    QString m_next;
    QString m_shownText; // the text of the version shown, to tell edits apart
    bool m_saving = false;
};

} // namespace odag::gui
