#include "MainWindow.h"

#include "Workspace.h"
#include "connection/TenantSession.h"
#include "log/ExchangeLogModel.h"
#include "log/LogPane.h"
#include "overview/TenantOverviewPage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>

namespace odag::gui {

MainWindow::MainWindow(TenantSession *session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_logModel(new ExchangeLogModel(5000, this))
    , m_nav(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_logDock(new QDockWidget(tr("HTTP log"), this))
    , m_connectionLabel(new QLabel(this))
    , m_budgetLabel(new QLabel(this))
    , m_budgetTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("ODAG Admin — %1").arg(session->profileName()));
    setWindowIcon(QIcon(QStringLiteral(":/icons/odag-admin.svg")));

    m_nav->setObjectName(QStringLiteral("workspaceNav"));
    m_nav->setAccessibleName(tr("Workspaces"));
    m_nav->setIconSize(QSize(24, 24));
    m_nav->setSpacing(2);
    m_nav->setFixedWidth(180);
    m_nav->setFrameShape(QFrame::NoFrame);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_nav);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    addWorkspace(new TenantOverviewPage(session, this));

    connect(m_nav, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    m_nav->setCurrentRow(0);

    auto *pane = new LogPane(m_logModel, m_logDock);
    m_logDock->setObjectName(QStringLiteral("logDock"));
    m_logDock->setWidget(pane);
    addDockWidget(Qt::BottomDockWidgetArea, m_logDock);
    connect(&session->transport(), &api::Transport::exchanged, m_logModel, &ExchangeLogModel::append);

    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    m_connectionLabel->setText(tr("Connected to %1 (%2)")
                                   .arg(session->profileName(), session->baseUrl().toDisplayString()));
    m_budgetLabel->setObjectName(QStringLiteral("budgetLabel"));
    statusBar()->addWidget(m_connectionLabel, 1);
    statusBar()->addPermanentWidget(m_budgetLabel);
    connect(m_budgetTimer, &QTimer::timeout, this, &MainWindow::updateBudget);
    m_budgetTimer->start(1000);
    updateBudget();

    createMenus();
    resize(1280, 800);
    restoreLayout();
}

MainWindow::~MainWindow() = default;

void MainWindow::addWorkspace(Workspace *workspace)
{
    m_workspaces.push_back(workspace);
    m_stack->addWidget(workspace);
    auto *item = new QListWidgetItem(workspace->icon(), workspace->title(), m_nav);
    item->setSizeHint(QSize(0, 36));
    connect(workspace, &Workspace::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_workspaces.size(); ++i) {
        Workspace *w = m_workspaces.at(i);
        QAction *a = view->addAction(w->icon(), w->title(), this, [this, i] { m_nav->setCurrentRow(i); });
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
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

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About ODAG Admin"), this, [this] {
        QMessageBox::about(this, tr("About ODAG Admin"),
                           tr("<h3>ODAG Admin %1</h3><p>Administration of Qlik On-Demand App "
                              "Generation links, requests, spaces, apps and reloads.</p>"
                              "<p>Licensed under the GNU General Public License v3 or later.</p>")
                               .arg(QCoreApplication::applicationVersion()));
    });
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::updateBudget()
{
    api::RateLimiter &limiter = m_session->transport().rateLimiter();
    const qint64 now = limiter.now();
    m_budgetLabel->setText(tr("Calls this minute: Tier 1 %1/%2 · Tier 2 %3/%4")
                               .arg(limiter.used(api::Tier::Tier1, now))
                               .arg(limiter.budget(api::Tier::Tier1))
                               .arg(limiter.used(api::Tier::Tier2, now))
                               .arg(limiter.budget(api::Tier::Tier2)));
}

QStringList MainWindow::viewIds() const
{
    QStringList ids;
    for (const Workspace *w : m_workspaces)
        ids << w->viewId();
    return ids;
}

bool MainWindow::showView(const QString &viewId)
{
    for (int i = 0; i < m_workspaces.size(); ++i) {
        if (m_workspaces.at(i)->viewId() == viewId) {
            m_nav->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

Workspace *MainWindow::currentWorkspace() const
{
    return qobject_cast<Workspace *>(m_stack->currentWidget());
}

void MainWindow::whenCurrentLoaded(std::function<void()> done)
{
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
