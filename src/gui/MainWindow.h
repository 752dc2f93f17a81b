#pragma once

#include <QMainWindow>
#include <QPointer>

#include <functional>

class QLabel;
class QListWidget;
class QStackedWidget;
class QDockWidget;
class QTimer;

namespace odag::gui {

class ExchangeLogModel;
class TenantSession;
class Workspace;

// The main window: the workspace navigation, the workspace pages, the log pane and a
// status bar with the connection and the call budget. Holds no tenant logic itself.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(TenantSession *session, QWidget *parent = nullptr);
    ~MainWindow() override;

    QStringList viewIds() const;
    // Shows the workspace with this id; false when there is none.
    bool showView(const QString &viewId);
    Workspace *currentWorkspace() const;
    ExchangeLogModel *logModel() const { return m_logModel; }

    // Runs `done` once the current workspace has loaded its data (or failed to).
    void whenCurrentLoaded(std::function<void()> done);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void addWorkspace(Workspace *workspace);
    void createMenus();
    void updateBudget();
    void restoreLayout();
    void saveLayout() const;

    TenantSession *m_session;
    ExchangeLogModel *m_logModel;
    QListWidget *m_nav;
    QStackedWidget *m_stack;
    QDockWidget *m_logDock;
    QLabel *m_connectionLabel;
    QLabel *m_budgetLabel;
    QTimer *m_budgetTimer;
    QList<Workspace *> m_workspaces;
};

} // namespace odag::gui
