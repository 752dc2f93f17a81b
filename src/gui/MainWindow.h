#pragma once

#include <QMainWindow>
#include <QPointer>

#include <functional>

class QComboBox;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QDockWidget;
class QTimer;

namespace odag::gui {

class ExchangeLogModel;
class TenantSession;
class Workspace;

// The main window: the workspace navigation, the workspace pages, the log pane and a
// status bar with the connection and the call budget. It paints at once and opens the
// workspaces when a session is set, so start-up and profile switches never wait on the
// network; each workspace is built the first time it is shown. Holds no tenant logic
// itself.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // The workspaces every session gets, by stable id (for --view and settings).
    static QStringList viewIds();

    // The language chosen in View ▸ Language ("de", "ja"...; empty: the system's), kept
    // in the ui/language setting. The app applies it at start unless --lang is given.
    static QString chosenLanguage();
    // The languages the app is translated into, source language first.
    static QStringList languages();

    // Opens the workspaces on `session`, replacing those of the previous one. The window
    // does not own the session; it must outlive the window or be replaced first.
    void setSession(TenantSession *session);
    TenantSession *session() const { return m_session; }
    // While a connection is being opened, and when opening it failed.
    void showConnecting(const QString &profileName);
    void showConnectionFailed(const QString &profileName, const QString &error);

    // Shows the workspace with this id (remembered until a session is open); false for
    // an unknown id.
    bool showView(const QString &viewId);
    Workspace *currentWorkspace() const;
    // How many of the session's workspaces exist: each is built when first shown.
    int builtWorkspaceCount() const;
    ExchangeLogModel *logModel() const { return m_logModel; }

    // The connection profiles the switcher offers and the one in use. Choosing another
    // emits profileRequested(); the app opens it and calls setSession() (or
    // showConnectionFailed()).
    void setProfiles(const QStringList &names, const QString &current);

    // Runs `done` once the current workspace has loaded its data (or failed to), or at
    // once when the connection could not be opened.
    void whenCurrentLoaded(std::function<void()> done);

    // Connection profiles: a page shown instead of the workspaces (the first-run page; the
    // window takes it and drops it when a session opens), File › Sign out for profiles
    // that sign in (OAuth), and a status-bar notice when secrets are kept for this
    // session only.
    void showStartPage(QWidget *page);
    void setSignOutAvailable(bool available);
    void setSecretsNotice(const QString &text);

Q_SIGNALS:
    void profileRequested(const QString &name);
    void manageProfilesRequested();
    void signOutRequested();
    void sessionOpened();
    void connectionFailed();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void clearWorkspaces();
    // The workspace at navigation row `index`, built on first use; null without a session.
    Workspace *workspaceAt(int index);
    void createMenus();
    void createLanguageMenu(QMenu *view);
    void chooseLanguage(const QString &language);
    void updateBudget();
    void updateConnectionLabel();
    void fetchSignedInUser();
    void restoreLayout();
    void saveLayout() const;

    QPointer<TenantSession> m_session;
    ExchangeLogModel *m_logModel;
    QComboBox *m_profiles;
    QListWidget *m_nav;
    QStackedWidget *m_stack;
    QLabel *m_statusPage;
    QDockWidget *m_logDock;
    QLabel *m_connectionLabel;
    QLabel *m_budgetLabel;
    QTimer *m_budgetTimer;
    QList<Workspace *> m_workspaces; // one per navigation row; null until first shown
    QList<QAction *> m_viewActions;
    QString m_pendingView;
    QString m_userName; // the signed-in user, once known
    bool m_failed = false;
    QPointer<QWidget> m_startPage;
    QAction *m_signOut = nullptr;
    QLabel *m_secretsNotice = nullptr;
};

} // namespace odag::gui
