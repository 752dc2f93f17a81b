#include "SpacesWorkspace.h"

#include "SpaceDetailsPanel.h"
#include "SpaceDialog.h"
#include "SpacesModel.h"
#include "api/SpacesApi.h"
#include "gui/connection/TenantSession.h"
#include "gui/widgets/Dialogs.h"
#include "gui/widgets/ErrorBanner.h"
#include "gui/widgets/HeaderState.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QShowEvent>
#include <QVBoxLayout>

namespace odag::gui {

SpacesWorkspace::SpacesWorkspace(TenantSession *session, QWidget *parent)
    : Workspace(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("spacesWorkspace"));
    if (session->kind() == TenantSession::Kind::Cloud) {
        // The first load waits until the workspace is shown (showEvent): a page the user
        // never opens costs no calls from the tenant's rate budget.
        buildCloudUi();
    } else {
        buildUnsupportedUi();
        markLoaded();
    }
}

void SpacesWorkspace::buildUnsupportedUi()
{
    auto *label = new QLabel(this);
    label->setObjectName(QStringLiteral("spacesUnsupported"));
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    label->setMargin(40);
    label->setText(tr("<h2>No spaces here</h2><p>Spaces are a Qlik Cloud feature; this profile is a "
                      "Qlik Sense Enterprise server, which organises apps in streams instead.</p>"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
}

void SpacesWorkspace::buildCloudUi()
{
    m_model = new SpacesModel(m_session, this);
    m_proxy = new QSortFilterProxyModel(this);
    m_banner = new ErrorBanner(this);
    m_typeFilter = new QComboBox(this);
    m_nameFilter = new QLineEdit(this);
    m_ownerFilter = new QLineEdit(this);
    m_debounce = new QTimer(this);
    m_view = new QTableView(this);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_details = new SpaceDetailsPanel(m_session, this);
    m_count = new QLabel(this);
    // Its own name: the main window holds one banner per workspace.
    m_banner->setObjectName(QStringLiteral("spacesErrorBanner"));
    m_loadMore = new QPushButton(tr("Load more"), this);

    auto *toolbar = new QToolBar(this);
    toolbar->setObjectName(QStringLiteral("spacesToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_new = toolbar->addAction(tr("&New space…"), this, &SpacesWorkspace::newSpace);
    m_new->setObjectName(QStringLiteral("newSpace"));
    m_new->setShortcut(QKeySequence::New);
    m_new->setToolTip(tr("Create a space (Ctrl+N)"));
    m_edit = toolbar->addAction(tr("&Edit…"), this, &SpacesWorkspace::editSpace);
    m_edit->setObjectName(QStringLiteral("editSpace"));
    m_edit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_edit->setToolTip(tr("Change the name or description of the selected space (Ctrl+E)"));
    m_delete = toolbar->addAction(tr("&Delete…"), this, &SpacesWorkspace::deleteSpace);
    m_delete->setObjectName(QStringLiteral("deleteSpace"));
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setToolTip(tr("Delete the selected space (Del)"));
    toolbar->addSeparator();
    m_refresh = toolbar->addAction(tr("&Refresh"), this, &SpacesWorkspace::refresh);
    m_refresh->setObjectName(QStringLiteral("refreshSpaces"));
    m_refresh->setToolTip(tr("Read the spaces again (F5)"));
    // The shortcuts work wherever the focus is inside this workspace, not only in the toolbar.
    for (QAction *a : {m_new, m_edit, m_delete}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }
    for (QAction *a : toolbar->actions()) {
        if (QWidget *w = toolbar->widgetForAction(a))
            w->setObjectName(a->objectName() + QStringLiteral("Button"));
    }

    m_typeFilter->setObjectName(QStringLiteral("spaceTypeFilter"));
    m_typeFilter->setAccessibleName(tr("Space type filter"));
    m_typeFilter->addItem(tr("All types"), QString());
    for (SpaceType t : {SpaceType::Shared, SpaceType::Managed, SpaceType::Data})
        m_typeFilter->addItem(displayName(OpenEnum<SpaceType>(t)), OpenEnum<SpaceType>::nameOf(t));
    m_nameFilter->setObjectName(QStringLiteral("spaceNameFilter"));
    m_nameFilter->setAccessibleName(tr("Name filter"));
    m_nameFilter->setPlaceholderText(tr("Name contains…"));
    m_nameFilter->setClearButtonEnabled(true);
    m_ownerFilter->setObjectName(QStringLiteral("spaceOwnerFilter"));
    m_ownerFilter->setAccessibleName(tr("Owner filter"));
    m_ownerFilter->setPlaceholderText(tr("Owner ID"));
    m_ownerFilter->setClearButtonEnabled(true);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
    m_count->setObjectName(QStringLiteral("spacesCount"));
    m_count->setForegroundRole(QPalette::PlaceholderText);
    m_loadMore->setObjectName(QStringLiteral("spacesLoadMore"));
    m_loadMore->setToolTip(tr("Read the next page of spaces"));
    m_loadMore->hide();

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Type:"), this));
    filters->addWidget(m_typeFilter);
    filters->addWidget(m_nameFilter, 2);
    filters->addWidget(m_ownerFilter, 1);
    filters->addWidget(m_count);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SpacesModel::SortRole);
    m_proxy->setDynamicSortFilter(true);
    m_view->setObjectName(QStringLiteral("spacesView"));
    m_view->setAccessibleName(tr("Spaces"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->setWordWrap(false);
    m_view->sortByColumn(SpacesModel::Name, Qt::AscendingOrder);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(SpacesModel::Name, 180);
    m_view->setColumnWidth(SpacesModel::Type, 80);
    m_view->setColumnWidth(SpacesModel::Owner, 190);
    m_view->setColumnWidth(SpacesModel::Description, 200);
    rememberHeaderState(m_view->horizontalHeader(), QStringLiteral("spaces/list"));

    auto *left = new QWidget(m_splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_view, 1);
    leftLayout->addWidget(m_loadMore, 0, Qt::AlignLeft);
    m_splitter->setObjectName(QStringLiteral("spacesSplitter"));
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    rememberSplitterState(m_splitter, QStringLiteral("spaces/splitter"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addWidget(toolbar);
    layout->addLayout(filters);
    layout->addWidget(m_banner);
    layout->addWidget(m_splitter, 1);

    connect(m_typeFilter, &QComboBox::currentIndexChanged, this, &SpacesWorkspace::applyFilter);
    connect(m_nameFilter, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_ownerFilter, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &SpacesWorkspace::applyFilter);
    connect(m_loadMore, &QPushButton::clicked, this, [this] { m_model->fetchMore({}); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SpacesWorkspace::onSelectionChanged);
    connect(m_view, &QTableView::doubleClicked, this, &SpacesWorkspace::editSpace);
    connect(m_details, &SpaceDetailsPanel::statusMessage, this, &Workspace::statusMessage);
    connect(m_banner, &ErrorBanner::retryRequested, this, &SpacesWorkspace::refresh);
    connect(m_model, &SpacesModel::pageLoaded, this, [this] {
        m_banner->clear();
        updateCount();
        QStringList owners;
        for (int i = 0; i < m_model->rowCount(); ++i)
            owners << m_model->spaceAt(i)->ownerId.value_or(QString());
        owners.removeDuplicates();
        m_details->setKnownIds(owners);
        if (!m_view->selectionModel()->hasSelection() && m_proxy->rowCount() > 0)
            m_view->selectRow(0);
        markLoaded();
    });
    connect(m_model, &SpacesModel::loadFailed, this, [this](const api::ApiError &e) {
        m_banner->showError(tr("Could not read the spaces"), e);
        updateCount();
        markLoaded();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &SpacesWorkspace::updateCount);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &SpacesWorkspace::updateCount);
    updateActions();
}

void SpacesWorkspace::refresh()
{
    if (!m_model)
        return;
    m_banner->clear();
    m_details->setSpace(std::nullopt);
    m_model->reload();
    updateCount();
}

void SpacesWorkspace::applyFilter()
{
    m_debounce->stop();
    SpacesModel::Filter f;
    f.type = m_typeFilter->currentData().toString();
    f.name = m_nameFilter->text();
    f.ownerId = m_ownerFilter->text();
    if (f == m_model->filter())
        return;
    m_details->setSpace(std::nullopt);
    m_model->setFilter(f);
    updateCount();
}

int SpacesWorkspace::currentRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : m_proxy->mapToSource(rows.first()).row();
}

void SpacesWorkspace::onSelectionChanged()
{
    const Space *s = m_model->spaceAt(currentRow());
    m_details->setSpace(s ? std::optional<Space>(*s) : std::nullopt);
    updateActions();
}

void SpacesWorkspace::updateActions()
{
    const Space *s = m_model->spaceAt(currentRow());
    // meta.actions says what the server will allow; without it, let the server decide.
    auto allowed = [s](const QString &action) {
        return s && (!s->meta || !s->meta->actions || s->allows(action));
    };
    m_edit->setEnabled(allowed(QStringLiteral("update")));
    m_delete->setEnabled(allowed(QStringLiteral("delete")));
}

void SpacesWorkspace::updateCount()
{
    const int shown = m_model->rowCount();
    if (m_model->isLoading() && shown == 0)
        m_count->setText(tr("Loading…"));
    else if (m_model->totalCount() >= 0 && m_model->totalCount() > shown)
        m_count->setText(tr("%1 of %n space(s)", "", int(m_model->totalCount())).arg(shown));
    else
        m_count->setText(tr("%n space(s)", "", shown));
    m_loadMore->setVisible(m_model->canFetchMore({}));
}

void SpacesWorkspace::newSpace()
{
    auto *dialog = new SpaceDialog(m_session, std::nullopt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SpaceDialog::saved, this, [this](const Space &space) {
        m_model->upsert(space);
        const int row = m_model->rowOf(space.id.value_or(QString()));
        if (row >= 0)
            m_view->selectRow(m_proxy->mapFromSource(m_model->index(row, 0)).row());
        Q_EMIT statusMessage(tr("Created the space %1").arg(space.name.value_or(QString())));
    });
    dialog->open();
}

void SpacesWorkspace::editSpace()
{
    const Space *s = m_model->spaceAt(currentRow());
    if (!s || !m_edit->isEnabled())
        return;
    auto *dialog = new SpaceDialog(m_session, *s, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SpaceDialog::saved, this, [this](const Space &space) {
        m_model->upsert(space);
        onSelectionChanged();
        Q_EMIT statusMessage(tr("Saved the space %1").arg(space.name.value_or(QString())));
    });
    dialog->open();
}

void SpacesWorkspace::deleteSpace()
{
    const Space *s = m_model->spaceAt(currentRow());
    if (!s || !m_delete->isEnabled())
        return;
    const QString id = s->id.value_or(QString());
    const QString name = s->name.value_or(id);
    if (dialogs::question(this, tr("Delete space"),
                          tr("Delete the space \"%1\" and its member assignments? This cannot be undone.")
                              .arg(name))
        != QMessageBox::Yes)
        return;
    m_delete->setEnabled(false);
    m_banner->clear();
    api::SpacesApi(m_session->transport())
        .deleteSpace(id, this, [this, id, name](const api::ApiResult<api::Empty> &r) {
            updateActions();
            if (!r.ok()) {
                // 412: the space still holds apps; the server's words say how many.
                m_banner->showError(r.error().httpStatus == 412
                                        ? tr("The space \"%1\" is not empty and was not deleted").arg(name)
                                        : tr("Could not delete the space \"%1\"").arg(name),
                                    r.error());
                return;
            }
            m_model->removeSpace(id);
            onSelectionChanged();
            Q_EMIT statusMessage(tr("Deleted the space %1").arg(name));
        });
}

void SpacesWorkspace::showEvent(QShowEvent *event)
{
    Workspace::showEvent(event);
    if (m_model && !m_started) {
        m_started = true;
        refresh();
    }
}

} // namespace odag::gui
