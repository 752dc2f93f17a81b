#include "LinksWorkspace.h"

#include "BundleImportDialog.h"
#include "LinkBatch.h"
#include "LinkBundle.h"
#include "LinkDetailsPanel.h"
#include "LinksFilterBar.h"
#include "LinksFilterProxy.h"
#include "LinksModel.h"
#include "editor/LinkEditor.h"
#include "editor/LinkEditorDialog.h"
#include "gui/widgets/Dialogs.h"
#include "gui/widgets/ErrorBanner.h"
#include "gui/widgets/HeaderState.h"

#include <QAction>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace odag::gui {

LinksWorkspace::LinksWorkspace(TenantSession *session, QWidget *parent)
    : Workspace(parent)
    , m_service(new LinkService(session, this))
    , m_model(new LinksModel(this))
    , m_proxy(new LinksFilterProxy(this))
    , m_banner(new ErrorBanner(this))
    , m_toolbar(new QToolBar(this))
    , m_table(new QTableView(this))
    , m_details(new LinkDetailsPanel(m_service, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_progressRow(new QWidget(this))
    , m_progressLabel(new QLabel(m_progressRow))
    , m_progress(new QProgressBar(m_progressRow))
    , m_cancel(new QPushButton(tr("Cancel"), m_progressRow))
{
    setObjectName(QStringLiteral("linksPage"));
    m_banner->setObjectName(QStringLiteral("linksErrorBanner"));
    m_proxy->setSourceModel(m_model);

    m_table->setObjectName(QStringLiteral("linksTable"));
    m_table->setAccessibleName(tr("Links"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(LinksModel::NameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed); // uniform rows
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setColumnWidth(LinksModel::NameColumn, 230);
    m_table->setColumnWidth(LinksModel::StatusColumn, 140);
    m_table->setColumnWidth(LinksModel::SelectionAppColumn, 150);
    m_table->setColumnWidth(LinksModel::TemplateAppColumn, 150);
    m_table->setColumnWidth(LinksModel::OwnerColumn, 120);
    m_table->setColumnWidth(LinksModel::ModifiedColumn, 120);
    m_table->setColumnWidth(LinksModel::DynamicViewColumn, 90);
    m_table->setColumnWidth(LinksModel::PendingColumn, 110);
    rememberHeaderState(m_table->horizontalHeader(), QStringLiteral("links/table"));

    m_details->setMinimumWidth(280);
    m_splitter->setObjectName(QStringLiteral("linksSplitter"));
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({820, 380});
    rememberSplitterState(m_splitter, QStringLiteral("links/splitter"));

    m_progressRow->setObjectName(QStringLiteral("linksProgress"));
    m_cancel->setObjectName(QStringLiteral("linksCancel"));
    m_cancel->setToolTip(tr("Stop after the current link (Esc)"));
    m_cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    auto *pl = new QHBoxLayout(m_progressRow);
    pl->setContentsMargins(0, 0, 0, 0);
    pl->addWidget(m_progressLabel);
    pl->addWidget(m_progress, 1);
    pl->addWidget(m_cancel);
    m_progressRow->hide();

    buildToolbar();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 8);
    layout->addWidget(m_toolbar);
    layout->addWidget(buildFilters());
    layout->addWidget(m_banner);
    layout->addWidget(m_progressRow);
    layout->addWidget(m_splitter, 1);

    connect(m_banner, &ErrorBanner::retryRequested, this, &LinksWorkspace::reload);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_batch)
            m_batch->cancel();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        updateDetails();
    });
    connect(m_table, &QTableView::activated, this, &LinksWorkspace::editCurrent);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &LinksWorkspace::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &LinksWorkspace::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &LinksWorkspace::updateCount);
    // A refresh changes the selected link in place: keep its details current.
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from, const QModelIndex &to) {
        const QList<LinkRecord> selected = selectedLinks();
        if (selected.size() == 1 && from.column() == 0 && to.column() > LinksModel::StatusColumn) {
            const int row = m_model->rowOf(selected.first().id());
            if (row >= from.row() && row <= to.row())
                updateDetails();
        }
        updateActions();
    });

    updateActions();
}

bool LinksWorkspace::showSubView(const QString &name)
{
    if (name != QLatin1StringView("link-editor"))
        return false;
    m_subView = name;
    return true;
}

void LinksWorkspace::openEditor(const LinkRecord *record)
{
    // One editor window per link: a second Edit brings the open one forward.
    const QString name = record ? QStringLiteral("linkEditor-") + record->id() : QString();
    if (!name.isEmpty()) {
        if (auto *open = findChild<LinkEditorDialog *>(name, Qt::FindDirectChildrenOnly)) {
            open->raise();
            open->activateWindow();
            return;
        }
    }
    auto *dialog = new LinkEditorDialog(m_service, record, this);
    if (!name.isEmpty())
        dialog->setObjectName(name);
    connect(dialog, &LinkEditorDialog::linkSaved, this, [this](const LinkRecord &saved) {
        m_pendingSelect = saved.id();
        reload();
    });
    connect(dialog->editor(), &LinkEditor::linkDeleted, this, [this] { reload(); });
    dialog->show();
}

void LinksWorkspace::openSubViewEditor()
{
    // The link whose properties have the most contexts shows the matrix best.
    const QList<LinkRecord> links = m_model->links();
    const LinkRecord *best = nullptr;
    qsizetype bestContexts = -1;
    for (const LinkRecord &l : links) {
        const qsizetype contexts = l.link.properties.contexts().size();
        if (l.link.status == LinkStatus::Active && contexts > bestContexts) {
            best = &l;
            bestContexts = contexts;
        }
    }
    if (!best) {
        markLoaded();
        return;
    }
    selectLink(best->id());
    openEditor(best);
    auto *dialog = findChild<LinkEditorDialog *>(QStringLiteral("linkEditor-") + best->id(), Qt::FindDirectChildrenOnly);
    if (!dialog) {
        markLoaded();
        return;
    }
    dialog->editor()->showPage(LinkEditor::Page::Properties);
    connect(dialog->editor(), &LinkEditor::loaded, this, [this, dialog] {
        dialog->editor()->showPage(LinkEditor::Page::Properties);
        markLoaded();
    });
}

void LinksWorkspace::showEvent(QShowEvent *event)
{
    Workspace::showEvent(event);
    // The first load waits until the page is shown: a session opens every workspace, and
    // hidden ones should not spend the tenant's call budget.
    if (!m_started) {
        m_started = true;
        reload();
        checkCanCreate();
    }
}

void LinksWorkspace::buildToolbar()
{
    m_toolbar->setObjectName(QStringLiteral("linksToolbar"));
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto add = [this](const QString &text, const QString &name, const QKeySequence &key, const QString &tip) {
        auto *a = new QAction(text, this);
        a->setObjectName(name);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        a->setToolTip(tr("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
        m_toolbar->addAction(a);
        addAction(a);
        if (QWidget *w = m_toolbar->widgetForAction(a)) {
            w->setObjectName(name + QStringLiteral("Button"));
            w->setAccessibleName(text);
        }
        return a;
    };
    m_newAction = add(tr("New link"), QStringLiteral("linksNew"), QKeySequence::New, tr("Create a link"));
    m_editAction = add(tr("Edit"), QStringLiteral("linksEdit"), QKeySequence(Qt::CTRL | Qt::Key_E),
                       tr("Edit the selected link"));
    m_toolbar->addSeparator();
    m_activateAction = add(tr("Activate"), QStringLiteral("linksActivate"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A),
                           tr("Let users generate apps from the selected links again"));
    m_disableAction = add(tr("Disable"), QStringLiteral("linksDisable"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D),
                          tr("Stop new requests on the selected links for now"));
    m_decommissionAction = add(tr("Decommission…"), QStringLiteral("linksDecommission"),
                               QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X),
                               tr("Retire the selected links for good"));
    m_deleteAction = add(tr("Delete…"), QStringLiteral("linksDelete"), QKeySequence::Delete,
                         tr("Delete the selected links"));
    m_toolbar->addSeparator();
    m_exportAction = add(tr("Export…"), QStringLiteral("linksExport"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
                         tr("Save the selected links to a bundle file"));
    m_importAction = add(tr("Import…"), QStringLiteral("linksImport"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I),
                         tr("Create links from a bundle file, with the apps of this tenant"));
    m_toolbar->addSeparator();
    m_refreshAction = add(tr("Refresh"), QStringLiteral("linksRefresh"), QKeySequence::Refresh,
                          tr("Read the links from the tenant again"));

    const LinkCapabilities caps = m_service->capabilities();
    m_activateAction->setVisible(caps.statusChanges);
    m_disableAction->setVisible(caps.statusChanges);
    m_decommissionAction->setVisible(caps.statusChanges);
    m_deleteAction->setVisible(caps.deleteLinks);

    connect(m_newAction, &QAction::triggered, this, &LinksWorkspace::newLinkRequested);
    connect(this, &LinksWorkspace::newLinkRequested, this, [this] { openEditor(nullptr); });
    connect(this, &LinksWorkspace::editLinkRequested, this, [this](const LinkRecord &r) { openEditor(&r); });
    connect(m_editAction, &QAction::triggered, this, &LinksWorkspace::editCurrent);
    connect(m_activateAction, &QAction::triggered, this, [this] { runStatus(StatusAction::Activate); });
    connect(m_disableAction, &QAction::triggered, this, [this] { runStatus(StatusAction::Disable); });
    connect(m_decommissionAction, &QAction::triggered, this, [this] { runStatus(StatusAction::Decommission); });
    connect(m_deleteAction, &QAction::triggered, this, &LinksWorkspace::runDelete);
    connect(m_exportAction, &QAction::triggered, this, &LinksWorkspace::exportSelected);
    connect(m_importAction, &QAction::triggered, this, &LinksWorkspace::importBundle);
    connect(m_refreshAction, &QAction::triggered, this, &LinksWorkspace::reload);
}

QWidget *LinksWorkspace::buildFilters()
{
    m_filters = new LinksFilterBar(m_proxy, m_service->capabilities(), this);
    auto *focusSearch = new QAction(this);
    focusSearch->setShortcut(QKeySequence::Find);
    focusSearch->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(focusSearch);
    connect(focusSearch, &QAction::triggered, m_filters, &LinksFilterBar::focusSearch);
    return m_filters;
}

void LinksWorkspace::updateCount()
{
    if (m_filters)
        m_filters->updateCount(m_proxy->rowCount(), m_model->rowCount());
}

void LinksWorkspace::reload()
{
    if (m_loading)
        return;
    m_loading = true;
    m_refreshAction->setEnabled(false);
    m_banner->clear();
    delete m_loadCall; // drops the counts of an earlier load still under way
    m_loadCall = new QObject(this);
    m_service->listLinks(m_loadCall, [this](const api::ApiResult<QList<LinkRecord>> &r) {
        m_loading = false;
        m_refreshAction->setEnabled(true);
        if (!r.ok()) {
            m_banner->showError(tr("Could not read the links"), r.error());
            markLoaded();
            return;
        }
        m_model->setLinks(r.value());
        m_filters->setLinks(m_model->links());
        QStringList ids;
        for (const LinkRecord &l : r.value())
            ids << l.id();
        loadPending(ids);
        if (!m_pendingSelect.isEmpty())
            selectLink(m_pendingSelect);
        updateActions();
        Q_EMIT statusMessage(tr("%n link(s) read", "", int(ids.size())));
        if (m_subView == QLatin1StringView("link-editor") && !hasLoaded())
            openSubViewEditor();
        else
            markLoaded();
    });
}

void LinksWorkspace::loadPending(const QStringList &ids)
{
    if (ids.isEmpty())
        return;
    m_service->countPending(ids, m_loadCall, [this](const api::ApiResult<QHash<QString, int>> &r) {
        if (!r.ok()) {
            m_banner->showError(tr("Could not count the pending requests"), r.error());
            return;
        }
        m_model->setPendingCounts(r.value());
    });
}

void LinksWorkspace::checkCanCreate()
{
    if (!m_service->capabilities().createPermission)
        return;
    m_service->canCreate({}, {}, this, [this](const api::ApiResult<bool> &r) {
        if (!r.ok())
            m_newLinkBlocker = tr("Could not check whether you may create links: %1").arg(r.error().message());
        else if (!r.value())
            m_newLinkBlocker = tr("You may not create links on this tenant.");
        else
            m_newLinkBlocker.clear();
        updateActions();
    });
}

QList<LinkRecord> LinksWorkspace::selectedLinks() const
{
    QList<LinkRecord> out;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &i : rows) {
        const int row = m_model->rowOf(i.data(LinksModel::IdRole).toString());
        if (row >= 0)
            out.push_back(m_model->at(row));
    }
    return out;
}

void LinksWorkspace::selectLink(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0) {
        m_pendingSelect = id; // once it is listed
        return;
    }
    m_pendingSelect.clear();
    const QModelIndex i = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!i.isValid())
        return; // filtered out
    m_table->selectionModel()->select(i, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->selectionModel()->setCurrentIndex(i, QItemSelectionModel::NoUpdate);
    m_table->scrollTo(i);
}

QString LinksWorkspace::statusBlocker(const QList<LinkRecord> &links, LinkStatus target) const
{
    if (links.isEmpty())
        return tr("Select one or more links.");
    bool anyToChange = false;
    for (const LinkRecord &l : links) {
        if (!canChangeStatus(l.link.status.value()))
            return tr("\"%1\" is decommissioned: a decommissioned link cannot change status again.").arg(l.link.name);
        if (l.link.privileges && !l.link.hasPrivilege(QStringLiteral("update")))
            return tr("You may not change \"%1\": only its owner or an administrator can.").arg(l.link.name);
        if (l.link.status.value() != target)
            anyToChange = true;
    }
    if (!anyToChange)
        return links.size() == 1 ? tr("The link is already %1.").arg(displayName(OpenEnum<LinkStatus>(target)).toLower())
                                 : tr("The selected links are already %1.").arg(displayName(OpenEnum<LinkStatus>(target)).toLower());
    return {};
}

void LinksWorkspace::updateActions()
{
    const QList<LinkRecord> sel = selectedLinks();
    const bool busy = bool(m_batch);
    auto set = [busy](QAction *a, const QString &blocker, const QString &tip) {
        a->setEnabled(!busy && blocker.isEmpty());
        const QString key = a->shortcut().toString(QKeySequence::NativeText);
        a->setToolTip(busy ? tr("Wait for the running action to finish.")
                           : (blocker.isEmpty() ? tr("%1 (%2)").arg(tip, key) : blocker));
    };
    set(m_newAction, m_newLinkBlocker, tr("Create a link"));
    set(m_editAction, sel.size() == 1 ? QString() : tr("Select one link to edit."), tr("Edit the selected link"));
    set(m_activateAction, statusBlocker(sel, LinkStatus::Active), tr("Let users generate apps from the selected links again"));
    set(m_disableAction, statusBlocker(sel, LinkStatus::Disabled), tr("Stop new requests on the selected links for now"));
    set(m_decommissionAction, statusBlocker(sel, LinkStatus::Decommissioned), tr("Retire the selected links for good"));
    set(m_deleteAction, sel.isEmpty() ? tr("Select one or more links.") : QString(), tr("Delete the selected links"));
    set(m_exportAction, sel.isEmpty() ? tr("Select the links to export.") : QString(),
        tr("Save the selected links to a bundle file"));
    set(m_importAction, QString(), tr("Create links from a bundle file, with the apps of this tenant"));
}

void LinksWorkspace::updateDetails()
{
    const QList<LinkRecord> sel = selectedLinks();
    if (sel.size() != 1) {
        m_details->showSummary(int(sel.size()));
        return;
    }
    const LinkRecord &r = sel.first();
    QStringList siblings;
    for (const LinkRecord &l : m_model->links()) {
        if (!r.selectionAppId.isEmpty() && l.selectionAppId == r.selectionAppId)
            siblings << l.id();
    }
    m_details->showLink(r, siblings);
}

void LinksWorkspace::editCurrent()
{
    const QList<LinkRecord> sel = selectedLinks();
    if (sel.size() == 1)
        Q_EMIT editLinkRequested(sel.first());
}

void LinksWorkspace::runStatus(StatusAction action)
{
    const LinkStatus target = action == StatusAction::Activate  ? LinkStatus::Active
                              : action == StatusAction::Disable ? LinkStatus::Disabled
                                                                : LinkStatus::Decommissioned;
    const QList<LinkRecord> sel = selectedLinks();
    if (!statusBlocker(sel, target).isEmpty())
        return;
    if (action == StatusAction::Decommission) {
        const QString text = sel.size() == 1
                                 ? tr("Decommission \"%1\"? Users can no longer generate apps from it, and a "
                                      "decommissioned link cannot be activated again.")
                                       .arg(sel.first().link.name)
                                 : tr("Decommission %n link(s)? Users can no longer generate apps from them, and a "
                                      "decommissioned link cannot be activated again.",
                                      "", int(sel.size()));
        if (dialogs::question(this, tr("Decommission links"), text) != QMessageBox::Yes)
            return;
    }
    const LinkStatusSetting setting = action == StatusAction::Activate  ? LinkStatusSetting::Activate
                                      : action == StatusAction::Disable ? LinkStatusSetting::Disable
                                                                        : LinkStatusSetting::Decommission;
    const QString what = action == StatusAction::Activate  ? tr("Activate")
                         : action == StatusAction::Disable ? tr("Disable")
                                                           : tr("Decommission");
    runBatch(sel, what, [this, setting, target](const LinkRecord &link, QObject *ctx, std::function<void(LinkOutcome)> finish) {
        LinkOutcome o;
        o.before = link;
        if (link.link.status.value() == target) {
            o.skipped = true;
            finish(o);
            return;
        }
        m_service->setStatus(link, setting, ctx, [o, finish](const api::ApiResult<LinkRecord> &r) mutable {
            if (r.ok())
                o.after = r.value();
            else
                o.error = r.error();
            finish(o);
        });
    });
}

void LinksWorkspace::runDelete()
{
    const QList<LinkRecord> sel = selectedLinks();
    if (sel.isEmpty() || !m_service->capabilities().deleteLinks)
        return;
    const QString text = sel.size() == 1 ? tr("Delete \"%1\"? This cannot be undone. Apps already generated "
                                               "from it and its requests stay.")
                                                .arg(sel.first().link.name)
                                          : tr("Delete %n link(s)? This cannot be undone. Apps already generated "
                                               "from them and their requests stay.",
                                               "", int(sel.size()));
    if (dialogs::question(this, tr("Delete links"), text) != QMessageBox::Yes)
        return;
    runBatch(sel, tr("Delete"), [this](const LinkRecord &link, QObject *ctx, std::function<void(LinkOutcome)> finish) {
        m_service->deleteLink(link.id(), ctx, [link, finish](const api::ApiResult<api::Empty> &r) {
            LinkOutcome o;
            o.before = link;
            o.removed = r.ok();
            if (!r.ok())
                o.error = r.error();
            finish(o);
        });
    });
}

void LinksWorkspace::runBatch(const QList<LinkRecord> &links, const QString &what,
                              std::function<void(const LinkRecord &, QObject *, std::function<void(LinkOutcome)>)> op)
{
    m_banner->clear();
    auto *batch = new LinkBatch(links, std::move(op), this);
    m_batch = batch;
    m_progress->setRange(0, batch->total());
    m_progress->setValue(0);
    m_progressLabel->setText(tr("%1: %n link(s)…", "", batch->total()).arg(what));
    m_progressRow->setVisible(batch->total() > 1);
    connect(batch, &LinkBatch::progress, m_progress, &QProgressBar::setValue);
    updateActions();
    batch->start([this, batch, what](const QList<LinkOutcome> &outcomes) {
        batchFinished(what, outcomes);
        batch->deleteLater();
    });
}

void LinksWorkspace::batchFinished(const QString &what, const QList<LinkOutcome> &outcomes)
{
    m_progressRow->hide();
    QStringList lines;
    int failed = 0;
    int changed = 0;
    const api::ApiError *firstError = nullptr;
    for (const LinkOutcome &o : outcomes) {
        const QString name = o.before.link.name;
        if (o.error) {
            ++failed;
            if (!firstError)
                firstError = &*o.error;
            lines << tr("%1: failed — %2").arg(name, o.error->message());
        } else if (o.removed) {
            ++changed;
            m_model->remove(o.before.id());
            lines << tr("%1: deleted").arg(name);
        } else if (o.after) {
            ++changed;
            m_model->upsert(*o.after);
            lines << tr("%1: now %2").arg(name, displayName(o.after->link.status).toLower());
        } else {
            lines << tr("%1: not changed").arg(name);
        }
    }
    m_batch = nullptr;
    updateActions();
    updateDetails();
    Q_EMIT statusMessage(tr("%1: %n link(s) changed", "", changed).arg(what));
    if (failed > 0) {
        m_banner->showError(failed == 1 && outcomes.size() == 1
                                ? tr("Could not change \"%1\"").arg(outcomes.first().before.link.name)
                                : tr("%1 failed for %n link(s)", "", failed).arg(what),
                            *firstError);
    }
    // A batch reports each link; a single link's result is plain in the table.
    if (outcomes.size() > 1) {
        const QString text = tr("%1 — results per link:\n\n%2").arg(what, lines.join(QLatin1Char('\n')));
        if (failed > 0)
            dialogs::warning(this, tr("Links"), text);
        else
            dialogs::information(this, tr("Links"), text);
    }
}

void LinksWorkspace::exportSelected()
{
    const QList<LinkRecord> sel = selectedLinks();
    if (sel.isEmpty())
        return;
    const QString suggested = QDir::home().filePath(
        tr("odag-links-%1.json").arg(QDate::currentDate().toString(Qt::ISODate)));
    const QString path =
        dialogs::saveFileName(this, tr("Export links"), suggested, tr("Link bundles (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    const QJsonObject bundle =
        LinkBundle::write(sel, m_service->session()->baseUrl(), m_service->session()->kind(), QDateTime::currentDateTimeUtc());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(bundle).toJson(QJsonDocument::Indented)) < 0 ||
        !file.commit()) {
        dialogs::warning(this, tr("Export links"), tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    Q_EMIT statusMessage(tr("%n link(s) exported to %1", "", int(sel.size())).arg(QDir::toNativeSeparators(path)));
}

void LinksWorkspace::importBundle()
{
    const QString path = dialogs::openFileName(this, tr("Import links"), QDir::homePath(),
                                               tr("Link bundles (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        dialogs::warning(this, tr("Import links"), tr("Could not open %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    const auto bundle = LinkBundle::read(file.readAll());
    if (!bundle.ok()) {
        dialogs::warning(this, tr("Import links"),
                         tr("%1 cannot be imported.\n\n%2").arg(QDir::toNativeSeparators(path), bundle.error()));
        return;
    }
    auto *dialog = new BundleImportDialog(m_service, bundle.value(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &BundleImportDialog::linksCreated, this, &LinksWorkspace::reload);
    dialog->open();
}

} // namespace odag::gui
