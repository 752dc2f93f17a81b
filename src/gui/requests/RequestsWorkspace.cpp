#include "RequestsWorkspace.h"

#include "RequestOpsBinder.h"

#include "RequestDetailsPanel.h"
#include "RequestFormat.h"
#include "RequestMonitor.h"
#include "RequestStateDelegate.h"
#include "RequestsFilterProxy.h"
#include "RequestsView.h"
#include "RequestsModel.h"

#include "gui/connection/TenantSession.h"
#include "gui/widgets/ErrorBanner.h"
#include "gui/widgets/HeaderState.h"

#include <QAction>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QScrollBar>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace odag::gui {

namespace {
constexpr RequestState kFilterStates[] = {
    RequestState::Validating, RequestState::Queued,    RequestState::Loading,     RequestState::Hold,
    RequestState::Canceling,  RequestState::Succeeded, RequestState::Failed,      RequestState::Invalid,
    RequestState::Canceled,   RequestState::FailedAck, RequestState::CanceledAck,
};
} // namespace

RequestsWorkspace::RequestsWorkspace(TenantSession *session, QWidget *parent)
    : Workspace(parent)
    , m_session(session)
    , m_monitor(new RequestMonitor(session, this))
    , m_proxy(new RequestsFilterProxy(this))
    , m_toolBar(new QToolBar(this))
    , m_banner(new ErrorBanner(this))
    , m_tabs(new QTabWidget(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_view(new RequestsView(this))
    , m_details(new RequestDetailsPanel(session, this))
    , m_status(new QLabel(this))
    , m_statusTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("requestsPage"));
    m_proxy->setSourceModel(m_monitor->model());
    m_banner->setObjectName(QStringLiteral("requestsBanner"));

    buildToolBar();
    QWidget *filters = buildFilterBar();

    m_view->setObjectName(QStringLiteral("requestsView"));
    m_view->setAccessibleName(tr("Generation requests"));
    m_view->setModel(m_proxy);
    m_view->setUniformRowHeights(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(RequestsModel::CreatedColumn, Qt::DescendingOrder);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setAlternatingRowColors(true);
    m_view->setAllColumnsShowFocus(true);
    m_stateDelegate = new RequestStateDelegate(m_view);
    m_view->setItemDelegateForColumn(RequestsModel::StateColumn, m_stateDelegate);
    QHeaderView *header = m_view->header();
    header->setSectionsMovable(true);
    header->setStretchLastSection(true);
    // Widths that fit what the columns hold (translations included): the longest state
    // pill, a full local time with seconds; the rest in average characters.
    const QFontMetrics fm = fontMetrics();
    const int em = fm.averageCharWidth();
    int stateWidth = 0;
    for (RequestState st : kFilterStates)
        stateWidth = std::max(stateWidth, fm.horizontalAdvance(displayName(OpenEnum<RequestState>(st))));
    const int timeWidth = fm.horizontalAdvance(RequestFormat::time(QDateTime(QDate(2026, 12, 28), QTime(23, 59, 59))
                                                                       .toMSecsSinceEpoch()));
    const int widths[] = {stateWidth + fm.height() + 6 * em, 11 * em, 24 * em, 16 * em, 26 * em,
                          timeWidth + 3 * em, timeWidth + 3 * em, timeWidth + 3 * em, 12 * em, 20 * em,
                          14 * em, 30 * em};
    for (int c = 0; c < RequestsModel::ColumnCount; ++c)
        header->resizeSection(c, widths[c]);
    rememberHeaderState(header, QStringLiteral("requests/monitorHeader"));

    m_splitter->setObjectName(QStringLiteral("requestsSplitter"));
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({900, 360});
    rememberSplitterState(m_splitter, QStringLiteral("requests/monitorSplitter"));

    auto *monitorPage = new QWidget(this);
    monitorPage->setObjectName(QStringLiteral("monitorPage"));
    auto *pageLayout = new QVBoxLayout(monitorPage);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(m_splitter);
    m_tabs->setObjectName(QStringLiteral("requestsTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(monitorPage, tr("Monitor"));

    m_status->setObjectName(QStringLiteral("requestsStatus"));
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->setText(tr("Loading requests…"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->addWidget(m_toolBar);
    layout->addWidget(filters);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_status);

    m_ops = new RequestOpsBinder(this, session);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateDetails();
        Q_EMIT selectionChanged();
    });
    connect(m_monitor, &RequestMonitor::updated, this, [this](const QList<odag::RequestObject> &changed) {
        noteOwners(changed);
        for (const odag::RequestObject &r : changed)
            m_stateDelegate->flash(r.id);
        for (const odag::RequestObject &r : changed) {
            if (r.id == m_details->requestId()) {
                updateDetails();
                break;
            }
        }
    });
    connect(m_monitor, &RequestMonitor::loadFinished, this, &RequestsWorkspace::onLoadFinished);
    connect(m_monitor, &RequestMonitor::loadProgress, this, [this](int loaded, int received) {
        const QLocale locale;
        m_status->setText(tr("Loading requests… %1 of %2").arg(locale.toString(loaded), locale.toString(received)));
    });
    connect(m_monitor, &RequestMonitor::problem, this, &RequestsWorkspace::onProblem);
    connect(m_monitor, &RequestMonitor::refreshed, this, &RequestsWorkspace::updateStatus);
    connect(m_monitor, &RequestMonitor::linksChanged, this, &RequestsWorkspace::updateLinkChoices);
    connect(m_banner, &ErrorBanner::retryRequested, this, &RequestsWorkspace::refresh);
    connect(m_statusTimer, &QTimer::timeout, this, &RequestsWorkspace::updateStatus);
    m_statusTimer->start(1000);

    // Rows sorted in above the visible ones must not push the rows the user reads away.
    connect(m_proxy, &QAbstractItemModel::rowsAboutToBeInserted, this, &RequestsWorkspace::saveScrollAnchor);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &RequestsWorkspace::restoreScrollAnchor);
    connect(m_proxy, &QAbstractItemModel::rowsAboutToBeRemoved, this, &RequestsWorkspace::saveScrollAnchor);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &RequestsWorkspace::restoreScrollAnchor);
    connect(m_proxy, &QAbstractItemModel::layoutAboutToBeChanged, this, &RequestsWorkspace::saveScrollAnchor);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &RequestsWorkspace::restoreScrollAnchor);

}

RequestsWorkspace::~RequestsWorkspace() = default;

void RequestsWorkspace::buildToolBar()
{
    m_toolBar->setObjectName(QStringLiteral("requestsToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(16, 16));

    m_pauseAction = m_toolBar->addAction(tr("Pause live updates"));
    m_pauseAction->setObjectName(QStringLiteral("requestsPause"));
    m_pauseAction->setCheckable(true);
    m_pauseAction->setIcon(style()->standardIcon(QStyle::SP_MediaPause));
    m_pauseAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_pauseAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_pauseAction->setToolTip(tr("Stop or restart the automatic refresh (Ctrl+Shift+P)"));
    connect(m_pauseAction, &QAction::toggled, this, [this](bool paused) {
        m_monitor->setPaused(paused);
        m_pauseAction->setText(paused ? tr("Resume live updates") : tr("Pause live updates"));
        m_pauseAction->setIcon(style()->standardIcon(paused ? QStyle::SP_MediaPlay : QStyle::SP_MediaPause));
        updateStatus();
    });

    m_refreshAction = m_toolBar->addAction(tr("Refresh now"));
    m_refreshAction->setObjectName(QStringLiteral("requestsRefresh"));
    m_refreshAction->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_refreshAction->setToolTip(tr("Ask the tenant for changes now (F5)"));
    connect(m_refreshAction, &QAction::triggered, this, &RequestsWorkspace::refresh);

    m_toolBar->addSeparator();
    auto *intervalLabel = new QLabel(tr("Refresh every"), m_toolBar);
    m_interval = new QComboBox(m_toolBar);
    m_interval->setObjectName(QStringLiteral("requestsInterval"));
    m_interval->setAccessibleName(tr("Refresh interval"));
    m_interval->setToolTip(tr("How often to look for changes while requests are running; the monitor looks "
                              "less often when nothing happens and when the rate limit is near"));
    for (int s : {2, 5, 10, 30, 60})
        m_interval->addItem(tr("%n second(s)", "", s), s * 1000);
    m_interval->setCurrentIndex(1);
    connect(m_interval, &QComboBox::currentIndexChanged, this,
            [this] { m_monitor->setBaseInterval(m_interval->currentData().toInt()); });
    m_toolBar->addWidget(intervalLabel);
    m_toolBar->addWidget(m_interval);
    m_toolBar->addSeparator();
}

QWidget *RequestsWorkspace::buildFilterBar()
{
    auto *bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("requestsFilters"));
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);

    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("requestsSearch"));
    m_search->setPlaceholderText(tr("Search ID, owner, app, error… (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search requests"));
    m_search->setClearButtonEnabled(true);
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, m_search, [this] { m_search->setFocus(Qt::ShortcutFocusReason); });
    addAction(find);
    // The text filter runs once typing pauses (or on Enter): each pass reads every row.
    auto *searchDelay = new QTimer(m_search);
    searchDelay->setSingleShot(true);
    searchDelay->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, searchDelay, qOverload<>(&QTimer::start));
    auto applySearch = [this, searchDelay] {
        searchDelay->stop();
        m_proxy->setText(m_search->text());
    };
    connect(searchDelay, &QTimer::timeout, m_proxy, applySearch);
    connect(m_search, &QLineEdit::returnPressed, m_proxy, applySearch);

    m_stateFilter = new QToolButton(bar);
    m_stateFilter->setObjectName(QStringLiteral("requestsStateFilter"));
    m_stateFilter->setAccessibleName(tr("Filter by state"));
    m_stateFilter->setToolTip(tr("Show only requests in the checked states"));
    m_stateFilter->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_stateFilter);
    menu->setObjectName(QStringLiteral("requestsStateMenu"));
    for (RequestState s : kFilterStates) {
        QAction *a = menu->addAction(displayName(OpenEnum<RequestState>(s)));
        a->setCheckable(true);
        a->setData(int(s));
        a->setObjectName(QStringLiteral("stateFilter_%1").arg(OpenEnum<RequestState>::nameOf(s)));
        connect(a, &QAction::toggled, this, &RequestsWorkspace::applyStateFilter);
    }
    m_stateFilter->setMenu(menu);
    m_stateFilter->setText(tr("All states"));

    m_kindFilter = new QComboBox(bar);
    m_kindFilter->setObjectName(QStringLiteral("requestsKindFilter"));
    m_kindFilter->setAccessibleName(tr("Filter by kind"));
    m_kindFilter->addItem(tr("All kinds"), -1);
    for (RequestKind k : {RequestKind::Single, RequestKind::Multiple, RequestKind::SingleSub})
        m_kindFilter->addItem(displayName(OpenEnum<RequestKind>(k)), int(k));
    connect(m_kindFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setKind(m_kindFilter->currentData().toInt()); });

    m_linkFilter = new QComboBox(bar);
    m_linkFilter->setObjectName(QStringLiteral("requestsLinkFilter"));
    m_linkFilter->setAccessibleName(tr("Filter by link"));
    m_linkFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_linkFilter->addItem(tr("All links"), QString());
    connect(m_linkFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setLinkId(m_linkFilter->currentData().toString()); });

    m_ownerFilter = new QComboBox(bar);
    m_ownerFilter->setObjectName(QStringLiteral("requestsOwnerFilter"));
    m_ownerFilter->setAccessibleName(tr("Filter by owner"));
    m_ownerFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_ownerFilter->addItem(tr("All owners"), QString());
    connect(m_ownerFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setOwnerId(m_ownerFilter->currentData().toString()); });

    m_periodFilter = new QComboBox(bar);
    m_periodFilter->setObjectName(QStringLiteral("requestsPeriodFilter"));
    m_periodFilter->setAccessibleName(tr("Filter by creation time"));
    m_periodFilter->addItem(tr("Any time"), int(RequestsFilterProxy::Period::Any));
    m_periodFilter->addItem(tr("Last hour"), int(RequestsFilterProxy::Period::LastHour));
    m_periodFilter->addItem(tr("Last day"), int(RequestsFilterProxy::Period::LastDay));
    m_periodFilter->addItem(tr("Last week"), int(RequestsFilterProxy::Period::LastWeek));
    m_periodFilter->addItem(tr("Between…"), int(RequestsFilterProxy::Period::Custom));
    m_from = new QDateTimeEdit(QDateTime::currentDateTime().addDays(-1), bar);
    m_from->setObjectName(QStringLiteral("requestsFrom"));
    m_from->setAccessibleName(tr("Created from"));
    m_from->setCalendarPopup(true);
    m_to = new QDateTimeEdit(QDateTime::currentDateTime().addDays(1), bar);
    m_to->setObjectName(QStringLiteral("requestsTo"));
    m_to->setAccessibleName(tr("Created until"));
    m_to->setCalendarPopup(true);
    m_from->hide();
    m_to->hide();
    connect(m_periodFilter, &QComboBox::currentIndexChanged, this, &RequestsWorkspace::applyPeriod);
    connect(m_from, &QDateTimeEdit::dateTimeChanged, this, &RequestsWorkspace::applyPeriod);
    connect(m_to, &QDateTimeEdit::dateTimeChanged, this, &RequestsWorkspace::applyPeriod);

    row->addWidget(m_search, 2);
    row->addWidget(m_stateFilter);
    row->addWidget(m_kindFilter);
    row->addWidget(m_linkFilter, 1);
    row->addWidget(m_ownerFilter, 1);
    row->addWidget(m_periodFilter);
    row->addWidget(m_from);
    row->addWidget(m_to);
    return bar;
}

void RequestsWorkspace::applyStateFilter()
{
    QSet<int> states;
    QStringList names;
    for (QAction *a : m_stateFilter->menu()->actions()) {
        if (a->isChecked()) {
            states.insert(a->data().toInt());
            names << a->text();
        }
    }
    m_proxy->setStates(states);
    m_stateFilter->setText(states.isEmpty() ? tr("All states")
                           : states.size() == 1 ? names.first()
                                                : tr("%n state(s)", "", int(states.size())));
}

void RequestsWorkspace::applyPeriod()
{
    const auto period = RequestsFilterProxy::Period(m_periodFilter->currentData().toInt());
    const bool custom = period == RequestsFilterProxy::Period::Custom;
    m_from->setVisible(custom);
    m_to->setVisible(custom);
    m_proxy->setPeriod(period, m_from->dateTime(), m_to->dateTime());
}

void RequestsWorkspace::refresh()
{
    m_monitor->pollNow();
}

bool RequestsWorkspace::showSubView(const QString &name)
{
    if (name != QLatin1String("timeline"))
        return false;
    m_pendingSubView = QStringLiteral("timelinePage");
    if (m_monitor->hasLoaded())
        openPendingSubView();
    return true;
}

void RequestsWorkspace::openPendingSubView()
{
    if (m_pendingSubView.isEmpty())
        return;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (m_tabs->widget(i)->objectName() == m_pendingSubView) {
            m_tabs->setCurrentIndex(i);
            m_pendingSubView.clear();
            markLoaded();
            return;
        }
    }
}

void RequestsWorkspace::addPage(QWidget *page, const QString &title)
{
    m_tabs->addTab(page, title);
    if (m_monitor->hasLoaded())
        openPendingSubView();
}

QList<odag::RequestObject> RequestsWorkspace::selectedRequests() const
{
    QList<odag::RequestObject> out;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &i : rows) {
        if (const odag::RequestObject *r = m_monitor->model()->requestAt(m_proxy->mapToSource(i)))
            out.append(*r);
    }
    return out;
}

void RequestsWorkspace::updateDetails()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.size() != 1) {
        m_details->showRequest(nullptr, {}, int(rows.size()));
        return;
    }
    const odag::RequestObject *r = m_monitor->model()->requestAt(m_proxy->mapToSource(rows.first()));
    m_details->showRequest(r, r ? m_monitor->model()->linkName(r->link) : QString());
}

void RequestsWorkspace::updateStatus()
{
    if (!m_monitor->hasLoaded())
        return;
    const QString mode = m_monitor->isPaused() ? tr("Paused")
                         : m_monitor->isAutoPaused() ? tr("Paused while the window is hidden")
                                                     : tr("Live");
    const QString last = m_monitor->lastRefresh().isValid()
        ? m_monitor->lastRefresh().time().toString(QStringLiteral("HH:mm:ss"))
        : QStringLiteral("—");
    const int calls = m_monitor->callsLastMinute();
    const double budget = m_monitor->tier1BudgetUsed();
    const int shown = m_proxy->rowCount();
    const QString requests = tr("%n request(s)", "", m_monitor->model()->requestCount());
    QString text = budget < 0
        ? tr("%1 · last refresh %2 · %n call(s)/min · %3", "", calls).arg(mode, last, requests)
        : tr("%1 · last refresh %2 · %n call(s)/min · Tier 1 budget %3 % · %4", "", calls)
              .arg(mode, last, QString::number(qRound(budget * 100)), requests);
    if (shown != m_monitor->model()->rowCount())
        text = tr("%1 · %n top-level row(s) shown", "", shown).arg(text);
    m_status->setText(text);
}

void RequestsWorkspace::updateLinkChoices()
{
    const QString current = m_linkFilter->currentData().toString();
    const QHash<QString, QString> names = m_monitor->linkNames();
    QList<std::pair<QString, QString>> sorted;
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        sorted.append({it.value().isEmpty() ? it.key() : it.value(), it.key()});
    std::sort(sorted.begin(), sorted.end(),
              [](const auto &a, const auto &b) { return a.first.localeAwareCompare(b.first) < 0; });
    const QSignalBlocker block(m_linkFilter);
    while (m_linkFilter->count() > 1)
        m_linkFilter->removeItem(1);
    for (const auto &[name, id] : sorted)
        m_linkFilter->addItem(name, id);
    const int i = m_linkFilter->findData(current);
    m_linkFilter->setCurrentIndex(i < 0 ? 0 : i);
}

void RequestsWorkspace::noteOwners(const QList<odag::RequestObject> &requests)
{
    QHash<QString, QString> owners;
    for (const odag::RequestObject &r : requests) {
        if (!r.owner.id.isEmpty())
            owners.insert(r.owner.id, r.owner.name.isEmpty() ? r.owner.id : r.owner.name);
    }
    noteOwners(owners);
}

void RequestsWorkspace::noteOwners(const QHash<QString, QString> &owners)
{
    bool added = false;
    for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
        if (!m_owners.contains(it.key())) {
            m_owners.insert(it.key(), it.value());
            added = true;
        }
    }
    if (!added)
        return;
    const QString current = m_ownerFilter->currentData().toString();
    QList<std::pair<QString, QString>> sorted;
    for (auto it = m_owners.cbegin(); it != m_owners.cend(); ++it)
        sorted.append({it.value(), it.key()});
    std::sort(sorted.begin(), sorted.end(),
              [](const auto &a, const auto &b) { return a.first.localeAwareCompare(b.first) < 0; });
    const QSignalBlocker block(m_ownerFilter);
    while (m_ownerFilter->count() > 1)
        m_ownerFilter->removeItem(1);
    for (const auto &[name, id] : sorted)
        m_ownerFilter->addItem(name, id);
    const int i = m_ownerFilter->findData(current);
    m_ownerFilter->setCurrentIndex(i < 0 ? 0 : i);
}

void RequestsWorkspace::onLoadFinished(bool ok)
{
    if (ok) {
        // Owners of the first load (later rounds report theirs through updated()).
        noteOwners(m_monitor->model()->owners());
        updateStatus();
    } else {
        m_status->setText(tr("The requests could not be loaded."));
    }
    // A timeline page added later is still opened by addPage().
    openPendingSubView();
    markLoaded();
}

void RequestsWorkspace::onProblem(const QString &message)
{
    if (message.isEmpty()) {
        m_banner->clear();
        return;
    }
    if (const auto error = m_monitor->lastError())
        m_banner->showError(message, *error);
}

void RequestsWorkspace::saveScrollAnchor()
{
    if (m_anchorSaved)
        return;
    QScrollBar *bar = m_view->verticalScrollBar();
    // At the very top the newest rows may come into view; anywhere else the rows the user
    // is reading stay where they are.
    if (bar->value() == 0)
        return;
    const QModelIndex top = m_view->indexAt(QPoint(1, 1));
    if (!top.isValid())
        return;
    m_anchor = top;
    m_anchorTop = m_view->visualRect(top).top();
    m_anchorSaved = true;
}

void RequestsWorkspace::restoreScrollAnchor()
{
    if (!m_anchorSaved)
        return;
    m_anchorSaved = false;
    if (!m_anchor.isValid())
        return;
    const int now = m_view->visualRect(m_anchor).top();
    if (now != m_anchorTop)
        m_view->verticalScrollBar()->setValue(m_view->verticalScrollBar()->value() + now - m_anchorTop);
}

void RequestsWorkspace::showEvent(QShowEvent *event)
{
    Workspace::showEvent(event);
    // Nothing is loaded until the user first opens the workspace (a screenshot or the
    // Refresh action count as opening it); then it stays live while the window is open.
    // Deferred: a page shown for a moment while the main window picks another one does
    // not start it.
    if (!m_monitor->hasLoaded()) {
        QTimer::singleShot(0, this, [this] {
            if (isVisible() && !m_monitor->hasLoaded())
                m_monitor->start();
        });
    }
    if (!m_watchingWindow && window() != this) {
        window()->installEventFilter(this);
        m_watchingWindow = true;
    }
}

bool RequestsWorkspace::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == window()) {
        switch (event->type()) {
        case QEvent::Hide:
            m_monitor->setAutoPaused(true);
            break;
        case QEvent::Show:
            m_monitor->setAutoPaused(window()->isMinimized());
            break;
        case QEvent::WindowStateChange:
            m_monitor->setAutoPaused(window()->isMinimized());
            break;
        default:
            break;
        }
    }
    return Workspace::eventFilter(watched, event);
}

} // namespace odag::gui
