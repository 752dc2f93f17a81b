#include "AppsWorkspace.h"

#include "AppDataModelTab.h"
#include "AppDetailsTab.h"
#include "AppLineageTab.h"
#include "AppOperations.h"
#include "AppReloadLogsTab.h"
#include "AppScriptTab.h"
#include "AppTransferBar.h"
#include "AppsModel.h"
#include "api/AppsApi.h"
#include "api/SpacesApi.h"
#include "gui/connection/TenantSession.h"
#include "gui/widgets/ErrorBanner.h"
#include "gui/widgets/HeaderState.h"

#include <QAction>
#include <QHash>
#include <QSignalBlocker>

#include <algorithm>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace odag::gui {

namespace {
// --view names of the detail tabs, in tab order.
const QStringList kSubViews{QStringLiteral("apps-details"), QStringLiteral("apps-datamodel"),
                            QStringLiteral("apps-lineage"), QStringLiteral("apps-script"),
                            QStringLiteral("apps-reloadlogs")};
} // namespace

AppsWorkspace::AppsWorkspace(TenantSession *session, QWidget *parent)
    : Workspace(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("appsPage"));
    if (session->kind() == TenantSession::Kind::Cloud) {
        buildCloud();
        // After construction, so that showSubView() is heard first.
        QTimer::singleShot(0, this, &AppsWorkspace::refresh);
    } else {
        buildUnsupported();
        QTimer::singleShot(0, this, [this] { markLoaded(); });
    }
}

void AppsWorkspace::buildUnsupported()
{
    auto *text = new QLabel(this);
    text->setObjectName(QStringLiteral("appsUnsupported"));
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    text->setText(tr("<h3>Apps are managed in the Qlik Sense Enterprise hub</h3>"
                     "<p>This connection is to Qlik Sense Enterprise on Windows, which offers ODAG links "
                     "and requests through its ODAG API but not the Qlik Cloud apps, items and spaces "
                     "APIs this page uses.</p><p>Use the Qlik Management Console to copy, publish, "
                     "export or import apps there.</p>"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 48, 48, 48);
    layout->addStretch(1);
    layout->addWidget(text);
    layout->addStretch(2);
}

QAction *AppsWorkspace::makeAction(const QString &objectName, const QString &text, const QString &tip,
                                  const QKeySequence &shortcut, void (AppsWorkspace::*slot)())
{
    auto *action = new QAction(text, this);
    action->setObjectName(objectName);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setToolTip(shortcut.isEmpty() ? tip : tr("%1 (%2)").arg(tip, shortcut.toString(QKeySequence::NativeText)));
    connect(action, &QAction::triggered, this, slot);
    QWidget::addAction(action);
    return action;
}

void AppsWorkspace::buildCloud()
{
    api::Transport &transport = m_session->transport();
    m_model = new AppsModel(transport, this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(AppsModel::SortRole);
    m_view = new QTableView(this);
    m_banner = new ErrorBanner(this);
    m_nameFilter = new QLineEdit(this);
    m_spaceFilter = new QComboBox(this);
    m_ownerFilter = new QLineEdit(this);
    m_count = new QLabel(this);
    m_filterDelay = new QTimer(this);
    m_tabs = new QTabWidget(this);
    m_details = new AppDetailsTab(transport, this);
    m_dataModel = new AppDataModelTab(transport, this);
    m_lineage = new AppLineageTab(transport, this);
    m_script = new AppScriptTab(transport, this);
    m_reloadLogs = new AppReloadLogsTab(transport, this);
    m_transfer = new AppTransferBar(transport, this);
    m_ops = new AppOperations(transport, this, m_transfer, this);

    // Actions: toolbar, context menu and shortcuts.
    // F5 is the main window's Refresh, which calls refresh() here.
    auto *refreshAction = makeAction(QStringLiteral("appsRefresh"), tr("Refresh"), tr("Read the apps again (F5)"),
                                     QKeySequence(), &AppsWorkspace::refresh);
    auto *newAction = makeAction(QStringLiteral("appsNew"), tr("New…"), tr("Create an app"), QKeySequence::New,
                                &AppsWorkspace::createApp);
    auto *importAction = makeAction(QStringLiteral("appsImport"), tr("Import…"), tr("Upload a .qvf file as a new app"),
                                   QKeySequence(Qt::CTRL | Qt::Key_I), &AppsWorkspace::importApp);
    m_exportAction = makeAction(QStringLiteral("appsExport"), tr("Export…"), tr("Download the app as a .qvf file"),
                               QKeySequence(Qt::CTRL | Qt::Key_E), &AppsWorkspace::exportApp);
    m_copyAction = makeAction(QStringLiteral("appsCopy"), tr("Copy…"), tr("Copy the app"),
                             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), &AppsWorkspace::copyApp);
    m_moveAction = makeAction(QStringLiteral("appsMove"), tr("Move to space…"), tr("Move the app into a shared space"),
                             QKeySequence(Qt::CTRL | Qt::Key_M), &AppsWorkspace::moveApp);
    m_removeFromSpaceAction =
        makeAction(QStringLiteral("appsRemoveFromSpace"), tr("Remove from space"),
                  tr("Move the app to its owner's personal space"), QKeySequence(), &AppsWorkspace::removeFromSpace);
    m_ownerAction = makeAction(QStringLiteral("appsChangeOwner"), tr("Change owner…"), tr("Give the app to another user"),
                              QKeySequence(Qt::CTRL | Qt::Key_O), &AppsWorkspace::changeOwner);
    m_publishAction = makeAction(QStringLiteral("appsPublish"), tr("Publish…"), tr("Publish the app to a managed space"),
                                QKeySequence(Qt::CTRL | Qt::Key_P), &AppsWorkspace::publishApp);
    m_republishAction =
        makeAction(QStringLiteral("appsRepublish"), tr("Republish…"), tr("Update the app's published copy"),
                  QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), &AppsWorkspace::republishApp);
    m_deleteAction = makeAction(QStringLiteral("appsDelete"), tr("Delete"), tr("Delete the app"), QKeySequence::Delete,
                               &AppsWorkspace::deleteApp);
    m_appActions = {m_exportAction, m_copyAction,    m_moveAction,      m_removeFromSpaceAction,
                    m_ownerAction,  m_publishAction, m_republishAction, m_deleteAction};

    auto *toolbar = new QToolBar(this);
    toolbar->setObjectName(QStringLiteral("appsToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addActions({refreshAction, newAction, importAction});
    toolbar->addSeparator();
    toolbar->addActions({m_exportAction, m_copyAction, m_moveAction, m_removeFromSpaceAction, m_ownerAction});
    toolbar->addSeparator();
    toolbar->addActions({m_publishAction, m_republishAction});
    toolbar->addSeparator();
    toolbar->addAction(m_deleteAction);

    // Filters, sent to the server.
    m_nameFilter->setObjectName(QStringLiteral("appsFilterName"));
    m_nameFilter->setPlaceholderText(tr("Filter by name"));
    m_nameFilter->setAccessibleName(tr("Filter apps by name"));
    m_nameFilter->setClearButtonEnabled(true);
    m_spaceFilter->setObjectName(QStringLiteral("appsFilterSpace"));
    m_spaceFilter->setAccessibleName(tr("Filter apps by space"));
    m_spaceFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_spaceFilter->addItem(tr("All spaces"), QString());
    m_spaceFilter->addItem(tr("Personal"), QStringLiteral("personal"));
    m_ownerFilter->setObjectName(QStringLiteral("appsFilterOwner"));
    m_ownerFilter->setPlaceholderText(tr("Owner's user ID"));
    m_ownerFilter->setAccessibleName(tr("Filter apps by owner"));
    m_ownerFilter->setClearButtonEnabled(true);
    m_count->setObjectName(QStringLiteral("appsCount"));
    m_count->setForegroundRole(QPalette::PlaceholderText);
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(300);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_nameFilter, 2);
    filters->addWidget(m_spaceFilter, 1);
    filters->addWidget(m_ownerFilter, 1);
    filters->addWidget(m_count);

    m_view->setObjectName(QStringLiteral("appsView"));
    m_view->setAccessibleName(tr("Apps"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(AppsModel::NameColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->resizeSection(AppsModel::NameColumn, 260);
    m_view->horizontalHeader()->resizeSection(AppsModel::SpaceColumn, 140);
    m_view->horizontalHeader()->resizeSection(AppsModel::OwnerColumn, 190);
    m_view->horizontalHeader()->resizeSection(AppsModel::ReloadColumn, 190);
    rememberHeaderState(m_view->horizontalHeader(), QStringLiteral("apps/appsView"));

    m_tabs->setObjectName(QStringLiteral("appsTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_details, tr("Details"));
    m_tabs->addTab(m_dataModel, tr("Data model"));
    m_tabs->addTab(m_lineage, tr("Lineage"));
    m_tabs->addTab(m_script, tr("Script"));
    m_tabs->addTab(m_reloadLogs, tr("Reload logs"));

    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("appsSplitter"));
    split->addWidget(m_view);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({360, 240});
    split->setChildrenCollapsible(false);
    rememberSplitterState(split, QStringLiteral("apps/splitter"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(toolbar);
    layout->addLayout(filters);
    layout->addWidget(m_banner);
    layout->addWidget(split, 1);
    layout->addWidget(m_transfer);

    connect(m_nameFilter, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_ownerFilter, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_spaceFilter, &QComboBox::currentIndexChanged, this, &AppsWorkspace::applyFilter);
    connect(m_filterDelay, &QTimer::timeout, this, &AppsWorkspace::applyFilter);
    connect(m_banner, &ErrorBanner::retryRequested, this, &AppsWorkspace::refresh);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AppsWorkspace::onCurrentChanged);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        menu.addActions(m_appActions);
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    connect(m_model, &AppsModel::loadFailed, this, [this](const api::ApiError &error) {
        onFailed(tr("Could not list the apps"), error);
        markLoaded();
    });
    connect(m_model, &AppsModel::pageLoaded, this, [this] {
        updateCount();
        if (!m_pendingSelect.isEmpty() && selectApp(m_pendingSelect))
            m_pendingSelect.clear();
        if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_view->setCurrentIndex(m_proxy->index(0, 0));
        if (m_subView.isEmpty())
            markLoaded();
    });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &AppsWorkspace::updateCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AppsWorkspace::updateCount);
    connect(m_details, &AppDetailsTab::appUpdated, this, &AppsWorkspace::onAppChanged);
    connect(m_ops, &AppOperations::appAdded, this, &AppsWorkspace::onAppAdded);
    connect(m_ops, &AppOperations::appChanged, this, &AppsWorkspace::onAppChanged);
    connect(m_ops, &AppOperations::appRemoved, m_model, &AppsModel::removeApp);
    connect(m_ops, &AppOperations::failed, this, &AppsWorkspace::onFailed);
    connect(m_ops, &AppOperations::message, this, [this](const QString &text) {
        m_banner->clear();
        Q_EMIT statusMessage(text);
    });
    for (AppTab *tab : std::initializer_list<AppTab *>{m_dataModel, m_lineage, m_script, m_reloadLogs}) {
        connect(tab, &AppTab::loadFinished, this, [this, tab] {
            if (!m_subView.isEmpty() && m_tabs->currentWidget() == tab) {
                m_subView.clear();
                markLoaded();
            }
        });
    }
    updateActions();
}

bool AppsWorkspace::showSubView(const QString &name)
{
    const int tab = int(kSubViews.indexOf(name));
    if (tab < 0 || !m_tabs)
        return false;
    m_subView = name;
    m_tabs->setCurrentIndex(tab);
    return true;
}

void AppsWorkspace::refresh()
{
    if (!m_model)
        return;
    m_banner->clear();
    m_pendingSelect = currentAppId();
    loadSpaces();
    m_model->reload();
}

void AppsWorkspace::loadSpaces()
{
    api::SpacesApi(m_session->transport())
        .listAllSpaces({}, this, {}, [this](const api::ApiResult<QList<Space>> &r) {
            if (!r.ok()) {
                onFailed(tr("Could not list the spaces"), r.error());
                return;
            }
            m_spaces = r.value();
            m_ops->setSpaces(m_spaces);
            QHash<QString, QString> names;
            const QString selected = m_spaceFilter->currentData().toString();
            const QSignalBlocker block(m_spaceFilter);
            while (m_spaceFilter->count() > 2)
                m_spaceFilter->removeItem(2);
            for (const Space &s : m_spaces) {
                const QString id = s.id.value_or(QString());
                names.insert(id, s.name.value_or(id));
                m_spaceFilter->addItem(s.name.value_or(id), id);
            }
            m_spaceFilter->setCurrentIndex(std::max(0, m_spaceFilter->findData(selected)));
            m_model->setSpaceNames(names);
            if (!m_details->app().id.isEmpty())
                m_details->setApp(m_details->app(), m_model->spaceName(m_details->app().spaceId));
        });
}

void AppsWorkspace::applyFilter()
{
    m_filterDelay->stop();
    AppsModel::Filter f;
    f.name = m_nameFilter->text().trimmed();
    f.spaceId = m_spaceFilter->currentData().toString();
    f.ownerId = m_ownerFilter->text().trimmed();
    if (f == m_model->filter())
        return;
    m_pendingSelect = currentAppId();
    m_model->load(f);
}

void AppsWorkspace::updateCount()
{
    const int n = m_model->rowCount();
    m_count->setText(m_model->canFetchMore({}) ? tr("%n app(s) so far", "", n) : tr("%n app(s)", "", n));
}

QString AppsWorkspace::currentAppId() const
{
    return m_view ? m_view->currentIndex().data(AppsModel::AppIdRole).toString() : QString();
}

bool AppsWorkspace::selectApp(const QString &appId)
{
    const int row = m_model->rowOf(appId);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

void AppsWorkspace::onCurrentChanged()
{
    const QString appId = currentAppId();
    if (appId == m_details->app().id && !appId.isEmpty())
        return;
    m_details->clearApp();
    for (AppTab *tab : std::initializer_list<AppTab *>{m_dataModel, m_lineage, m_script, m_reloadLogs})
        tab->setAppId(appId);
    updateActions();
    if (!appId.isEmpty())
        readApp(appId);
}

void AppsWorkspace::readApp(const QString &appId)
{
    if (m_appCall)
        m_appCall->cancel();
    m_appCall = api::AppsApi(m_session->transport()).getApp(appId, this, [this, appId](const api::ApiResult<AppInfo> &r) {
        if (appId != currentAppId())
            return;
        if (!r.ok()) {
            if (!r.error().isCanceled())
                onFailed(tr("Could not read the app"), r.error());
            return;
        }
        m_details->setApp(r.value(), m_model->spaceName(r->spaceId));
        updateActions();
        if (m_subView == kSubViews.first()) {
            m_subView.clear();
            markLoaded();
        }
    });
}

void AppsWorkspace::updateActions()
{
    const AppInfo &app = m_details->app();
    const bool have = !app.id.isEmpty();
    // Privileges unknown (an older tenant) leave the server to decide.
    const auto can = [&app](const char *p) { return app.privileges.isEmpty() || app.can(QString::fromLatin1(p)); };
    for (QAction *a : std::as_const(m_appActions))
        a->setEnabled(have);
    if (!have)
        return;
    m_exportAction->setEnabled(can("export"));
    m_copyAction->setEnabled(can("duplicate"));
    m_deleteAction->setEnabled(can("delete"));
    m_ownerAction->setEnabled(can("change_owner"));
    m_moveAction->setEnabled(can("change_space") && !app.isPublished());
    m_removeFromSpaceAction->setEnabled(!app.spaceId.isEmpty() && can("change_space") && !app.isPublished());
    m_publishAction->setEnabled(can("publish") && !app.isPublished());
    m_republishAction->setEnabled(can("publish") && !app.isPublished());
}

void AppsWorkspace::onFailed(const QString &what, const api::ApiError &error)
{
    m_banner->showError(what, error);
    Q_EMIT statusMessage(what);
}

void AppsWorkspace::onAppAdded(const AppInfo &app)
{
    m_model->addApp(app);
    selectApp(app.id);
}

void AppsWorkspace::onAppChanged(const AppInfo &app)
{
    m_model->applyApp(app);
    if (app.id == m_details->app().id) {
        m_details->setApp(app, m_model->spaceName(app.spaceId));
        updateActions();
    }
}

void AppsWorkspace::createApp() { m_ops->create(); }
void AppsWorkspace::importApp() { m_ops->importApp(); }
void AppsWorkspace::copyApp() { if (m_copyAction->isEnabled()) m_ops->copy(m_details->app()); }
void AppsWorkspace::moveApp() { if (m_moveAction->isEnabled()) m_ops->move(m_details->app()); }
void AppsWorkspace::removeFromSpace() { if (m_removeFromSpaceAction->isEnabled()) m_ops->removeFromSpace(m_details->app()); }
void AppsWorkspace::changeOwner() { if (m_ownerAction->isEnabled()) m_ops->changeOwner(m_details->app()); }
void AppsWorkspace::publishApp() { if (m_publishAction->isEnabled()) m_ops->publish(m_details->app()); }
void AppsWorkspace::republishApp() { if (m_republishAction->isEnabled()) m_ops->republish(m_details->app()); }
void AppsWorkspace::deleteApp() { if (m_deleteAction->isEnabled()) m_ops->remove(m_details->app()); }
void AppsWorkspace::exportApp() { if (m_exportAction->isEnabled()) m_ops->exportApp(m_details->app()); }

} // namespace odag::gui
