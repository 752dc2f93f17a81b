#include "ReloadsWorkspace.h"

#include "ReloadLogDialog.h"
#include "ReloadStatusDelegate.h"
#include "ReloadsModel.h"
#include "TriggerReloadDialog.h"
#include "api/ItemsApi.h"
#include "api/ReloadsApi.h"
#include "gui/connection/TenantSession.h"
#include "gui/widgets/ErrorBanner.h"
#include "gui/widgets/HeaderState.h"

#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolBar>
#include <QShowEvent>
#include <QVBoxLayout>

namespace odag::gui {

namespace {
const QString kLastAppKey = QStringLiteral("reloads/lastApp");
} // namespace

ReloadsWorkspace::ReloadsWorkspace(TenantSession *session, QWidget *parent)
    : Workspace(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("reloadsWorkspace"));
    if (session->kind() == TenantSession::Kind::Cloud) {
        // The first load waits until the workspace is shown (showEvent): a page the user
        // never opens costs no calls from the tenant's rate budget.
        buildCloudUi();
    } else {
        buildUnsupportedUi();
        markLoaded();
    }
}

void ReloadsWorkspace::buildUnsupportedUi()
{
    auto *label = new QLabel(this);
    label->setObjectName(QStringLiteral("reloadsUnsupported"));
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    label->setMargin(40);
    label->setText(tr("<h2>No reloads here</h2><p>The reloads API is a Qlik Cloud feature; this profile is a "
                      "Qlik Sense Enterprise server, where reloads run as tasks of the QMC.</p>"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
}

void ReloadsWorkspace::buildCloudUi()
{
    m_model = new ReloadsModel(m_session, this);
    m_proxy = new QSortFilterProxyModel(this);
    m_banner = new ErrorBanner(this);
    m_appPicker = new QComboBox(this);
    m_statusFilter = new QComboBox(this);
    m_view = new QTableView(this);
    m_live = new QLabel(this);
    m_loadMore = new QPushButton(tr("Load more"), this);
    // Its own name: the main window holds one banner per workspace.
    m_banner->setObjectName(QStringLiteral("reloadsErrorBanner"));

    auto *toolbar = new QToolBar(this);
    toolbar->setObjectName(QStringLiteral("reloadsToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_trigger = toolbar->addAction(tr("&Reload app…"), this, &ReloadsWorkspace::triggerReload);
    m_trigger->setObjectName(QStringLiteral("triggerReload"));
    m_trigger->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_trigger->setToolTip(tr("Start a reload of the app, with variables if you like (Ctrl+R)"));
    m_cancel = toolbar->addAction(tr("&Cancel reload"), this, &ReloadsWorkspace::cancelReload);
    m_cancel->setObjectName(QStringLiteral("cancelReload"));
    m_cancel->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));
    m_cancel->setToolTip(tr("Cancel the selected queued or running reload (Ctrl+Shift+X)"));
    m_log = toolbar->addAction(tr("View &log…"), this, &ReloadsWorkspace::viewLog);
    m_log->setObjectName(QStringLiteral("viewReloadLog"));
    m_log->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    m_log->setToolTip(tr("Show the log of the selected reload (Ctrl+Shift+G, or double-click)"));
    toolbar->addSeparator();
    m_refresh = toolbar->addAction(tr("Re&fresh"), this, &ReloadsWorkspace::refresh);
    m_refresh->setObjectName(QStringLiteral("refreshReloads"));
    m_refresh->setToolTip(tr("Read the apps and reloads again (F5)"));
    // The shortcuts work wherever the focus is inside this workspace, not only in the toolbar.
    for (QAction *a : toolbar->actions()) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
        if (QWidget *w = toolbar->widgetForAction(a))
            w->setObjectName(a->objectName() + QStringLiteral("Button"));
    }

    m_appPicker->setObjectName(QStringLiteral("reloadsAppPicker"));
    m_appPicker->setAccessibleName(tr("App"));
    m_appPicker->setToolTip(tr("The app whose reloads are shown; type to search"));
    m_appPicker->setEditable(true);
    m_appPicker->setInsertPolicy(QComboBox::NoInsert);
    m_appPicker->setMinimumContentsLength(28);
    m_appPicker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_appPicker->lineEdit()->setPlaceholderText(tr("Loading apps…"));
    m_appPicker->completer()->setFilterMode(Qt::MatchContains);
    m_appPicker->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_appPicker->completer()->setCaseSensitivity(Qt::CaseInsensitive);

    m_statusFilter->setObjectName(QStringLiteral("reloadStatusFilter"));
    m_statusFilter->setAccessibleName(tr("Status filter"));
    m_statusFilter->addItem(tr("All statuses"), QString());
    for (ReloadStatus s : {ReloadStatus::Queued, ReloadStatus::Reloading, ReloadStatus::Succeeded,
                           ReloadStatus::Failed, ReloadStatus::Canceled, ReloadStatus::ExceededLimit})
        m_statusFilter->addItem(displayName(OpenEnum<ReloadStatus>(s)), OpenEnum<ReloadStatus>::nameOf(s));

    m_live->setObjectName(QStringLiteral("reloadsLive"));
    m_live->setForegroundRole(QPalette::PlaceholderText);
    m_loadMore->setObjectName(QStringLiteral("reloadsLoadMore"));
    m_loadMore->setToolTip(tr("Read the next page of reloads"));
    m_loadMore->hide();

    auto *pickers = new QHBoxLayout;
    pickers->addWidget(new QLabel(tr("App:"), this));
    pickers->addWidget(m_appPicker, 2);
    pickers->addSpacing(12);
    pickers->addWidget(new QLabel(tr("Status:"), this));
    pickers->addWidget(m_statusFilter);
    pickers->addStretch(1);
    pickers->addWidget(m_live);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ReloadsModel::SortRole);
    m_proxy->setDynamicSortFilter(true);
    m_view->setObjectName(QStringLiteral("reloadsView"));
    m_view->setAccessibleName(tr("Reloads"));
    m_view->setModel(m_proxy);
    m_view->setItemDelegateForColumn(ReloadsModel::Status, new ReloadStatusDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->setWordWrap(false);
    m_view->sortByColumn(ReloadsModel::Created, Qt::DescendingOrder);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(ReloadsModel::Status, 120);
    m_view->setColumnWidth(ReloadsModel::Type, 100);
    m_view->setColumnWidth(ReloadsModel::Partial, 60);
    for (int c : {ReloadsModel::Created, ReloadsModel::Started, ReloadsModel::Ended})
        m_view->setColumnWidth(c, 165);
    m_view->setColumnWidth(ReloadsModel::Duration, 80);
    m_view->setColumnWidth(ReloadsModel::User, 190);
    rememberHeaderState(m_view->horizontalHeader(), QStringLiteral("reloads/list"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addWidget(toolbar);
    layout->addLayout(pickers);
    layout->addWidget(m_banner);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_loadMore, 0, Qt::AlignLeft);

    connect(m_appPicker, &QComboBox::currentIndexChanged, this, &ReloadsWorkspace::onAppChosen);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &ReloadsWorkspace::onAppChosen);
    connect(m_loadMore, &QPushButton::clicked, this, [this] { m_model->fetchMore({}); });
    connect(m_view, &QTableView::doubleClicked, this, &ReloadsWorkspace::viewLog);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ReloadsWorkspace::updateActions);
    connect(m_banner, &ErrorBanner::retryRequested, this, &ReloadsWorkspace::refresh);
    connect(m_model, &ReloadsModel::pageLoaded, this, [this] {
        updateStatus();
        markLoaded();
    });
    connect(m_model, &ReloadsModel::loadFailed, this, [this](const api::ApiError &e) {
        m_banner->showError(tr("Could not read the reloads of the app"), e);
        updateStatus();
        markLoaded();
    });
    connect(m_model, &ReloadsModel::pollFailed, this, [this](const api::ApiError &e) {
        m_banner->showError(tr("Could not follow a running reload"), e);
    });
    connect(m_model, &ReloadsModel::reloadFinished, this, [this](const Reload &r) {
        Q_EMIT statusMessage(tr("Reload %1 ended: %2")
                                 .arg(r.id.value_or(QString()), r.status ? displayName(*r.status) : QString()));
    });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, &ReloadsWorkspace::updateStatus);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        updateStatus();
        updateActions();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &ReloadsWorkspace::updateStatus);
    updateActions();
}

void ReloadsWorkspace::loadApps()
{
    if (m_appsCall)
        m_appsCall->cancel();
    m_banner->clear();
    m_appsRead.clear();
    api::ItemListQuery query;
    query.resourceType = QStringLiteral("app");
    query.sort = QStringLiteral("+name");
    query.limit = 100;
    query.noActions = true;
    m_appsCall = api::ItemsApi(m_session->transport())
                     .listItems(query, this, [this](const api::ApiResult<ItemList> &r) { onAppsPage(r); });
}

void ReloadsWorkspace::onAppsPage(const api::ApiResult<ItemList> &result)
{
    m_appsCall.clear();
    if (!result.ok()) {
        if (result.error().isCanceled())
            return;
        m_banner->showError(tr("Could not read the apps of the tenant"), result.error());
        m_appPicker->lineEdit()->setPlaceholderText(tr("No apps"));
        markLoaded();
        return;
    }
    m_appsRead.append(result->data);
    if (result->hasNext()) {
        m_appsCall = api::ItemsApi(m_session->transport())
                         .nextPage(result->nextHref(), this,
                                   [this](const api::ApiResult<ItemList> &r) { onAppsPage(r); });
        return;
    }
    showApps();
}

void ReloadsWorkspace::showApps()
{
    m_appsLoaded = true;
    const QString keep = m_appPicker->currentData().toString();
    const QString last = QSettings().value(kLastAppKey).toString();
    {
        const QSignalBlocker block(m_appPicker);
        m_appPicker->clear();
        for (const Item &item : std::as_const(m_appsRead)) {
            if (!item.appId().isEmpty())
                m_appPicker->addItem(item.name, item.appId());
        }
        const int index = m_appPicker->findData(keep.isEmpty() ? last : keep);
        m_appPicker->setCurrentIndex(index >= 0 ? index : (m_appPicker->count() ? 0 : -1));
    }
    m_appsRead.clear();
    m_appPicker->lineEdit()->setPlaceholderText(m_appPicker->count() ? tr("Choose an app")
                                                                     : tr("No apps in this tenant"));
    onAppChosen();
    if (m_appPicker->count() == 0)
        markLoaded();
}

bool ReloadsWorkspace::selectApp(const QString &appId)
{
    if (!m_appPicker)
        return false;
    const int index = m_appPicker->findData(appId);
    if (index < 0)
        return false;
    m_appPicker->setCurrentIndex(index);
    return true;
}

void ReloadsWorkspace::onAppChosen()
{
    const QString appId = m_appPicker->currentData().toString();
    const QString status = m_statusFilter->currentData().toString();
    if (appId.isEmpty() || (appId == m_model->appId() && status == m_model->statusFilter()))
        return;
    QSettings().setValue(kLastAppKey, appId);
    m_banner->clear();
    m_model->setQuery(appId, status);
    updateActions();
    updateStatus();
}

void ReloadsWorkspace::refresh()
{
    if (!m_model)
        return;
    loadApps();
    if (!m_model->appId().isEmpty())
        m_model->reload();
}

int ReloadsWorkspace::currentRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : m_proxy->mapToSource(rows.first()).row();
}

void ReloadsWorkspace::updateActions()
{
    const Reload *r = m_model->reloadAt(currentRow());
    m_trigger->setEnabled(!m_model->appId().isEmpty());
    m_cancel->setEnabled(r && r->status && !r->isFinished());
    m_log->setEnabled(r != nullptr);
}

void ReloadsWorkspace::updateStatus()
{
    int running = 0;
    for (int i = 0; i < m_model->rowCount(); ++i) {
        const Reload *r = m_model->reloadAt(i);
        running += r->status && !r->isFinished() ? 1 : 0;
    }
    if (m_model->isLoading() && m_model->rowCount() == 0)
        m_live->setText(tr("Loading…"));
    else if (running > 0)
        m_live->setText(tr("Following %n running reload(s)…", "", running));
    else
        m_live->setText(tr("%n reload(s)", "", m_model->rowCount()));
    m_loadMore->setVisible(m_model->canFetchMore({}));
}

void ReloadsWorkspace::triggerReload()
{
    const QString appId = m_model->appId();
    if (appId.isEmpty())
        return;
    auto *dialog = new TriggerReloadDialog(m_session, appId, m_appPicker->currentText(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TriggerReloadDialog::queued, this, [this, appId](const Reload &r) {
        if (r.appId.value_or(appId) == m_model->appId())
            m_model->upsert(r);
        const int row = m_model->rowOf(r.id.value_or(QString()));
        if (row >= 0)
            m_view->selectRow(m_proxy->mapFromSource(m_model->index(row, 0)).row());
        Q_EMIT statusMessage(tr("Reload %1 queued").arg(r.id.value_or(QString())));
    });
    dialog->open();
}

void ReloadsWorkspace::cancelReload()
{
    const Reload *r = m_model->reloadAt(currentRow());
    if (!r || !r->id || r->isFinished())
        return;
    const QString id = *r->id;
    m_cancel->setEnabled(false);
    m_banner->clear();
    api::ReloadsApi(m_session->transport())
        .cancelReload(id, this, [this, id](const api::ApiResult<api::CancelReloadResult> &res) {
            updateActions();
            if (!res.ok()) {
                // 409: it ended before the cancel arrived; the server says how.
                m_banner->showError(res.error().httpStatus == 409
                                        ? tr("The reload %1 has already ended and cannot be cancelled").arg(id)
                                        : tr("Could not cancel the reload %1").arg(id),
                                    res.error());
                return;
            }
            const int row = m_model->rowOf(id);
            if (row >= 0 && res->status) {
                Reload updated = *m_model->reloadAt(row);
                updated.status = res->status;
                m_model->upsert(updated);
            }
            Q_EMIT statusMessage(res->alreadyOver() ? tr("The reload %1 was already being cancelled").arg(id)
                                                    : tr("Cancelling the reload %1…").arg(id));
        });
}

ReloadLogDialog *ReloadsWorkspace::viewLog()
{
    const Reload *r = m_model->reloadAt(currentRow());
    if (!r)
        return nullptr;
    auto *dialog = new ReloadLogDialog(m_session, *r, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void ReloadsWorkspace::showEvent(QShowEvent *event)
{
    Workspace::showEvent(event);
    if (m_model && !m_started) {
        m_started = true;
        loadApps();
    }
}

} // namespace odag::gui
