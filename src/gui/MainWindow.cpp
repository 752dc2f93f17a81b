#include "MainWindow.h"

#include "Workspace.h"
#include "api/UsersApi.h"
#include "apps/AppsWorkspace.h"
#include "connection/TenantSession.h"
#include "health/TenantHealthPage.h"
#include "links/LinksWorkspace.h"
#include "log/ExchangeLogModel.h"
#include "log/LogPane.h"
#include "reloads/ReloadsWorkspace.h"
#include "requests/RequestsWorkspace.h"
#include "spaces/SpacesWorkspace.h"
#include "widgets/Dialogs.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <iterator>

namespace odag::gui {

namespace {
// Every session's workspaces, in navigation order.
// One line per workspace; `subViews` are the parts --view can open inside it
// (Workspace::showSubView), space-separated. The navigation lists them from this table:
// a workspace is built only when it is first shown.
struct WorkspaceKind
{
    const char *id;
    const char *title; // translated in the MainWindow context
    const char *icon;  // the workspace's icon() too
    const char *subViews;
    Workspace *(*create)(TenantSession *session, QWidget *parent);
};
const WorkspaceKind kWorkspaces[] = {
    {"links", QT_TRANSLATE_NOOP("odag::gui::MainWindow", "Links"), ":/icons/links.svg", "link-editor",
     [](TenantSession *s, QWidget *p) -> Workspace * { return new LinksWorkspace(s, p); }},
    {"requests", QT_TRANSLATE_NOOP("odag::gui::MainWindow", "Requests"), ":/icons/requests.svg", "timeline",
     [](TenantSession *s, QWidget *p) -> Workspace * { return new RequestsWorkspace(s, p); }},
    {"spaces", QT_TRANSLATE_NOOP("odag::gui::MainWindow", "Spaces"), ":/icons/spaces.svg", "",
     [](TenantSession *s, QWidget *p) -> Workspace * { return new SpacesWorkspace(s, p); }},
    {"apps", QT_TRANSLATE_NOOP("odag::gui::MainWindow", "Apps"), ":/icons/apps.svg",
     "apps-details apps-datamodel apps-lineage apps-script apps-reloadlogs",
     [](TenantSession *s, QWidget *p) -> Workspace * { return new AppsWorkspace(s, p); }},
    {"reloads", QT_TRANSLATE_NOOP("odag::gui::MainWindow", "Reloads"), ":/icons/reloads.svg", "",
     [](TenantSession *s, QWidget *p) -> Workspace * { return new ReloadsWorkspace(s, p); }},
    {"health", QT_TRANSLATE_NOOP("odag::gui::MainWindow", "Tenant"), ":/icons/health.svg", "health-apps health-sessions",
     [](TenantSession *s, QWidget *p) -> Workspace * { return new TenantHealthPage(s, p); }},
};
constexpr int kWorkspaceCount = int(std::size(kWorkspaces));

QStringList subViewsOf(const WorkspaceKind &k)
{
    return QString::fromLatin1(k.subViews).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

// The index in kWorkspaces of the workspace that holds `view` (a workspace id or one of
// its sub-views); -1 when unknown.
int workspaceOf(const QString &view)
{
    for (int i = 0; i < kWorkspaceCount; ++i) {
        const WorkspaceKind &k = kWorkspaces[i];
        if (QLatin1StringView(k.id) == view || subViewsOf(k).contains(view))
            return i;
    }
    return -1;
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_logModel(new ExchangeLogModel(5000, this))
    , m_profiles(new QComboBox(this))
    , m_nav(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_statusPage(new QLabel(this))
    , m_logDock(new QDockWidget(tr("HTTP log"), this))
    , m_connectionLabel(new QLabel(this))
    , m_budgetLabel(new QLabel(this))
    , m_budgetTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("ODAG Admin"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/odag-admin.svg")));

    m_nav->setObjectName(QStringLiteral("workspaceNav"));
    m_nav->setAccessibleName(tr("Workspaces"));
    m_nav->setIconSize(QSize(24, 24));
    m_nav->setSpacing(2);
    m_nav->setFrameShape(QFrame::NoFrame);
    // A quiet selection keeps the coloured icons readable in light and dark palettes.
    m_nav->setStyleSheet(QStringLiteral("QListWidget::item { padding: 4px 8px; }"
                                        "QListWidget::item:selected { background: palette(midlight); color: palette(text);"
                                        " border-left: 3px solid palette(highlight); }"));

    m_statusPage->setObjectName(QStringLiteral("connectionStatusPage"));
    m_statusPage->setAlignment(Qt::AlignCenter);
    m_statusPage->setWordWrap(true);
    m_statusPage->setMargin(40);
    m_stack->addWidget(m_statusPage);

    // The left column: the profile switcher above the workspace list.
    m_profiles->setObjectName(QStringLiteral("profileSwitcher"));
    m_profiles->setAccessibleName(tr("Connection profile"));
    m_profiles->setToolTip(tr("The tenant this window works on. Choose another profile to switch."));
    m_profiles->setEnabled(false);
    connect(m_profiles, &QComboBox::activated, this, [this](int index) {
        const QString name = m_profiles->itemText(index);
        if (!m_session || name != m_session->profileName())
            Q_EMIT profileRequested(name);
    });
    auto *left = new QWidget(this);
    left->setObjectName(QStringLiteral("navigationColumn"));
    left->setFixedWidth(200);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(6, 8, 0, 0);
    leftLayout->setSpacing(6);
    auto *profileLabel = new QLabel(tr("Profile"), left);
    profileLabel->setBuddy(m_profiles);
    profileLabel->setForegroundRole(QPalette::PlaceholderText);
    leftLayout->addWidget(profileLabel);
    leftLayout->addWidget(m_profiles);
    leftLayout->addWidget(m_nav, 1);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(left);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (Workspace *w = workspaceAt(row))
            m_stack->setCurrentWidget(w);
    });

    auto *pane = new LogPane(m_logModel, m_logDock);
    m_logDock->setObjectName(QStringLiteral("logDock"));
    m_logDock->setWidget(pane);
    addDockWidget(Qt::BottomDockWidgetArea, m_logDock);

    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    m_budgetLabel->setObjectName(QStringLiteral("budgetLabel"));
    statusBar()->addWidget(m_connectionLabel, 1);
    statusBar()->addPermanentWidget(m_budgetLabel);
    m_secretsNotice = new QLabel(this);
    m_secretsNotice->setObjectName(QStringLiteral("secretsNotice"));
    m_secretsNotice->setVisible(false);
    statusBar()->addPermanentWidget(m_secretsNotice);
    connect(m_budgetTimer, &QTimer::timeout, this, &MainWindow::updateBudget);

    createMenus();
    resize(1280, 800);
    // The workspace gets the room; the log is a strip until the user drags it taller.
    resizeDocks({m_logDock}, {170}, Qt::Vertical);
    restoreLayout();
}

MainWindow::~MainWindow()
{
    // Workspaces die after this body; a call they cancel then must not report its
    // exchange into a half-destroyed window.
    if (m_session) {
        disconnect(&m_session->transport(), nullptr, m_logModel, nullptr);
        disconnect(&m_session->transport(), nullptr, this, nullptr);
    }
}

QStringList MainWindow::viewIds()
{
    QStringList ids;
    for (const WorkspaceKind &k : kWorkspaces)
        ids << QString::fromLatin1(k.id) << subViewsOf(k);
    return ids;
}

void MainWindow::setSession(TenantSession *session)
{
    clearWorkspaces();
    if (m_session) {
        disconnect(&m_session->transport(), nullptr, m_logModel, nullptr);
        disconnect(&m_session->transport(), nullptr, this, nullptr);
    }
    m_session = session;
    m_failed = false;
    setWindowTitle(tr("ODAG Admin — %1").arg(session->profileName()));
    connect(&session->transport(), &api::Transport::exchanged, m_logModel, &ExchangeLogModel::append);
    connect(&session->transport(), &api::Transport::exchanged, this, &MainWindow::updateBudget);
    // Only the workspace shown is built now (each one asks the tenant for its data as it
    // is built); the others when first shown.
    for (const WorkspaceKind &k : kWorkspaces) {
        auto *item = new QListWidgetItem(QIcon(QString::fromLatin1(k.icon)), tr(k.title), m_nav);
        item->setSizeHint(QSize(0, 36));
        m_workspaces.push_back(nullptr);
    }
    for (QAction *a : std::as_const(m_viewActions))
        a->setEnabled(true);
    m_userName.clear();
    const int profileIndex = m_profiles->findText(session->profileName());
    if (profileIndex >= 0)
        m_profiles->setCurrentIndex(profileIndex);
    updateConnectionLabel();
    fetchSignedInUser();
    m_budgetTimer->start(1000);
    updateBudget();
    if (m_pendingView.isEmpty())
        m_nav->setCurrentRow(0);
    else
        showView(m_pendingView);
    Q_EMIT sessionOpened();
}

void MainWindow::setProfiles(const QStringList &names, const QString &current)
{
    m_profiles->clear();
    m_profiles->addItems(names);
    m_profiles->setCurrentIndex(std::max(0, int(names.indexOf(current))));
    m_profiles->setEnabled(names.size() > 1);
}

void MainWindow::updateConnectionLabel()
{
    if (!m_session)
        return;
    const QString where = m_session->baseUrl().toDisplayString();
    if (m_userName.isEmpty())
        m_connectionLabel->setText(tr("Connected to %1 (%2)").arg(m_session->profileName(), where));
    else
        m_connectionLabel->setText(
            tr("Connected to %1 (%2) as %3").arg(m_session->profileName(), where, m_userName));
}

void MainWindow::fetchSignedInUser()
{
    if (!m_session)
        return;
    if (m_session->kind() == TenantSession::Kind::SenseEnterprise) {
        // Qlik Sense Enterprise has no "who am I" in its ODAG API: the header user is it.
        m_userName = m_session->userLabel();
        updateConnectionLabel();
        return;
    }
    QPointer<TenantSession> session = m_session;
    api::UsersApi(m_session->transport()).me(this, [this, session](const api::ApiResult<User> &r) {
        if (session != m_session || !r.ok())
            return; // the label keeps saying where we are connected; the log has the error
        m_userName = r.value().name;
        updateConnectionLabel();
    });
}

void MainWindow::showConnecting(const QString &profileName)
{
    clearWorkspaces();
    m_statusPage->setText(tr("<h2>Connecting to %1…</h2>").arg(profileName.toHtmlEscaped()));
    m_connectionLabel->setText(tr("Connecting to %1…").arg(profileName));
    m_stack->setCurrentWidget(m_statusPage);
}

void MainWindow::showConnectionFailed(const QString &profileName, const QString &error)
{
    clearWorkspaces();
    m_failed = true;
    m_statusPage->setText(tr("<h2>Could not connect to %1</h2><p>%2</p>")
                              .arg(profileName.toHtmlEscaped(), error.toHtmlEscaped()));
    m_connectionLabel->setText(tr("Not connected"));
    m_stack->setCurrentWidget(m_statusPage);
    Q_EMIT connectionFailed();
}

void MainWindow::showStartPage(QWidget *page)
{
    clearWorkspaces();
    m_startPage = page;
    m_nav->parentWidget()->setVisible(false); // nothing to switch or list until a profile is open
    m_stack->addWidget(page);
    m_stack->setCurrentWidget(page);
    m_connectionLabel->setText(tr("Not connected"));
}

void MainWindow::setSignOutAvailable(bool available)
{
    m_signOut->setVisible(available);
}

void MainWindow::setSecretsNotice(const QString &text)
{
    m_secretsNotice->setText(text);
    m_secretsNotice->setToolTip(text);
    m_secretsNotice->setVisible(!text.isEmpty());
}

void MainWindow::clearWorkspaces()
{
    // The start page sits after the status page; the workspaces' indexes need it gone.
    if (m_startPage) {
        m_stack->removeWidget(m_startPage);
        m_startPage->deleteLater();
        m_startPage = nullptr;
        m_nav->parentWidget()->setVisible(true);
    }
    m_nav->clear();
    for (Workspace *w : std::as_const(m_workspaces)) {
        if (!w)
            continue; // never shown, never built
        m_stack->removeWidget(w);
        w->deleteLater();
    }
    m_workspaces.clear();
    for (QAction *a : std::as_const(m_viewActions))
        a->setEnabled(false);
    m_budgetTimer->stop();
    m_budgetLabel->clear();
}

Workspace *MainWindow::workspaceAt(int index)
{
    if (!m_session || index < 0 || index >= m_workspaces.size())
        return nullptr;
    if (!m_workspaces.at(index)) {
        Workspace *workspace = kWorkspaces[index].create(m_session, this);
        m_workspaces[index] = workspace;
        m_stack->addWidget(workspace);
        connect(workspace, &Workspace::statusMessage, this,
                [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    }
    return m_workspaces.at(index);
}

int MainWindow::builtWorkspaceCount() const
{
    return int(std::count_if(m_workspaces.cbegin(), m_workspaces.cend(), [](Workspace *w) { return w != nullptr; }));
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *manage = file->addAction(tr("&Manage profiles…"), this, &MainWindow::manageProfilesRequested);
    manage->setObjectName(QStringLiteral("manageProfilesAction"));
    manage->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_signOut = file->addAction(tr("Sign &out"), this, &MainWindow::signOutRequested);
    m_signOut->setObjectName(QStringLiteral("signOutAction"));
    m_signOut->setVisible(false);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    int i = 0;
    for (const WorkspaceKind &k : kWorkspaces) {
        const QString id = QString::fromLatin1(k.id);
        QAction *a = view->addAction(tr(k.title), this, [this, id] { showView(id); });
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i++)));
        a->setEnabled(false);
        m_viewActions.push_back(a);
    }
    view->addSeparator();
    QAction *refresh = view->addAction(tr("&Refresh"), this, [this] {
        if (Workspace *w = currentWorkspace())
            w->refresh();
    });
    refresh->setShortcut(QKeySequence::Refresh);
    QAction *log = m_logDock->toggleViewAction();
    log->setText(tr("HTTP &log"));
    log->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    view->addAction(log);
    view->addSeparator();
    createLanguageMenu(view);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About ODAG Admin"), this, [this] {
        QMessageBox::about(this, tr("About ODAG Admin"),
                           tr("<h3>ODAG Admin %1</h3><p>Administration of Qlik On-Demand App "
                              "Generation links, requests, spaces, apps and reloads.</p>"
                              "<p>Built with Qt %2, running with Qt %3.</p>"
                              "<p>Licensed under the GNU General Public License v3 or later.</p>"
                              "<p><a href=\"%4\">%4</a></p>")
                               .arg(QCoreApplication::applicationVersion(), QStringLiteral(QT_VERSION_STR),
                                    QString::fromLatin1(qVersion()), QStringLiteral(ODAG_HOMEPAGE_URL)));
    });
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

QString MainWindow::chosenLanguage()
{
    return QSettings().value(QStringLiteral("ui/language")).toString();
}

QStringList MainWindow::languages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es"),
            QStringLiteral("ja")};
}

void MainWindow::createLanguageMenu(QMenu *view)
{
    QMenu *menu = view->addMenu(tr("Lan&guage"));
    menu->setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(menu);
    const QString chosen = chosenLanguage();
    auto add = [&](const QString &code, const QString &name) {
        QAction *a = menu->addAction(name, this, [this, code] { chooseLanguage(code); });
        a->setObjectName(code.isEmpty() ? QStringLiteral("languageSystem") : QStringLiteral("language_") + code);
        a->setData(code);
        a->setCheckable(true);
        a->setChecked(code == chosen);
        group->addAction(a);
    };
    add({}, tr("System default"));
    menu->addSeparator();
    // Each language names itself, so that a user can find theirs whatever the window
    // shows now: these names are not translated.
    for (const QString &code : languages()) {
        QString name = QLocale(code).nativeLanguageName();
        if (code == QLatin1StringView("en"))
            name = QStringLiteral("English"); // not "American English"
        name[0] = name.at(0).toUpper(); // "français" -> "Français" in a menu
        add(code, name);
    }
}

void MainWindow::chooseLanguage(const QString &language)
{
    if (language == chosenLanguage())
        return;
    QSettings().setValue(QStringLiteral("ui/language"), language);
    const auto answer = dialogs::question(
        this, tr("Language"),
        tr("ODAG Admin shows the new language after a restart. Restart now?"),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer != QMessageBox::Yes)
        return;
    // The same command line again, without a --lang that would override the choice.
    QStringList args = QCoreApplication::arguments().mid(1);
    for (int i = 0; i < args.size();) {
        if (args.at(i) == QLatin1StringView("--lang") || args.at(i) == QLatin1StringView("-lang"))
            args.remove(i, std::min<qsizetype>(2, args.size() - i));
        else if (args.at(i).startsWith(QLatin1StringView("--lang=")))
            args.remove(i);
        else
            ++i;
    }
    saveLayout(); // before the new process reads it
    if (!QProcess::startDetached(QCoreApplication::applicationFilePath(), args)) {
        dialogs::warning(this, tr("Language"),
                         tr("ODAG Admin could not restart itself. Start it again to see the new language."));
        return;
    }
    close();
    QCoreApplication::quit();
}

void MainWindow::updateBudget()
{
    if (!m_session)
        return;
    api::RateLimiter &limiter = m_session->transport().rateLimiter();
    const qint64 now = limiter.now();
    m_budgetLabel->setText(tr("Calls this minute: Tier 1 %1/%2 · Tier 2 %3/%4")
                               .arg(limiter.used(api::Tier::Tier1, now))
                               .arg(limiter.budget(api::Tier::Tier1))
                               .arg(limiter.used(api::Tier::Tier2, now))
                               .arg(limiter.budget(api::Tier::Tier2)));
}

bool MainWindow::showView(const QString &viewId)
{
    const int index = workspaceOf(viewId);
    if (index < 0)
        return false;
    m_pendingView = viewId;
    if (m_workspaces.isEmpty())
        return true; // opened with the session
    m_nav->setCurrentRow(index); // builds the workspace when it is first shown
    Workspace *workspace = workspaceAt(index);
    if (workspace && viewId != QLatin1StringView(kWorkspaces[index].id))
        workspace->showSubView(viewId);
    return true;
}

Workspace *MainWindow::currentWorkspace() const
{
    return qobject_cast<Workspace *>(m_stack->currentWidget());
}

void MainWindow::whenCurrentLoaded(std::function<void()> done)
{
    if (m_failed) {
        done();
        return;
    }
    if (!m_session) {
        auto connection = std::make_shared<QMetaObject::Connection>();
        auto failed = std::make_shared<QMetaObject::Connection>();
        *connection = connect(this, &MainWindow::sessionOpened, this, [this, connection, failed, done] {
            QObject::disconnect(*connection);
            QObject::disconnect(*failed);
            whenCurrentLoaded(done);
        });
        *failed = connect(this, &MainWindow::connectionFailed, this, [connection, failed, done] {
            QObject::disconnect(*connection);
            QObject::disconnect(*failed);
            done();
        });
        return;
    }
    Workspace *w = currentWorkspace();
    if (!w || w->hasLoaded()) {
        done();
        return;
    }
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(w, &Workspace::loaded, this, [connection, done = std::move(done)] {
        QObject::disconnect(*connection);
        done();
    });
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    if (m_session)
        m_session->transport().cancelAll();
    event->accept();
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    const QString view = settings.value(QStringLiteral("mainWindow/view")).toString();
    if (!view.isEmpty())
        showView(view);
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    if (Workspace *w = currentWorkspace())
        settings.setValue(QStringLiteral("mainWindow/view"), w->viewId());
}

} // namespace odag::gui
