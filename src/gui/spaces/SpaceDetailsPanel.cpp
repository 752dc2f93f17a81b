#include "SpaceDetailsPanel.h"

#include "AssignmentDialog.h"
#include "SpaceAssignmentsModel.h"
#include "api/SpacesApi.h"
#include "gui/connection/TenantSession.h"
#include "gui/widgets/Dialogs.h"
#include "gui/widgets/ErrorBanner.h"
#include "gui/widgets/HeaderState.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace odag::gui {

namespace {
QString dateText(const std::optional<DateTime> &d)
{
    if (!d || !d->isValid())
        return {};
    return QLocale().toString(d->toDateTime().toLocalTime(), QLocale::ShortFormat);
}
} // namespace

SpaceDetailsPanel::SpaceDetailsPanel(TenantSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_title(new QLabel(this))
    , m_fields(new QLabel(this))
    , m_banner(new ErrorBanner(this))
    , m_model(new SpaceAssignmentsModel(session, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_add(new QPushButton(tr("&Add member…"), this))
    , m_edit(new QPushButton(tr("Change &roles…"), this))
    , m_remove(new QPushButton(tr("Re&move member"), this))
{
    setObjectName(QStringLiteral("spaceDetails"));
    m_title->setObjectName(QStringLiteral("spaceDetailsTitle"));
    m_title->setTextFormat(Qt::RichText);
    m_fields->setObjectName(QStringLiteral("spaceDetailsFields"));
    m_fields->setTextFormat(Qt::RichText);
    m_fields->setWordWrap(true);
    m_fields->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fields->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_banner->setObjectName(QStringLiteral("spaceMembersErrorBanner"));
    m_banner->hide();

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SpaceAssignmentsModel::SortRole);
    m_proxy->setDynamicSortFilter(true);
    m_view->setObjectName(QStringLiteral("assignmentsView"));
    m_view->setAccessibleName(tr("Members of the space"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->setWordWrap(false);
    m_view->sortByColumn(SpaceAssignmentsModel::Assignee, Qt::AscendingOrder);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(SpaceAssignmentsModel::Type, 90);
    m_view->setColumnWidth(SpaceAssignmentsModel::Assignee, 200);
    rememberHeaderState(m_view->horizontalHeader(), QStringLiteral("spaces/assignments"));

    m_add->setObjectName(QStringLiteral("addMember"));
    m_add->setToolTip(tr("Give a user or group roles in this space (Ctrl+Shift+A)"));
    m_add->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_edit->setObjectName(QStringLiteral("editMember"));
    m_edit->setToolTip(tr("Change the roles of the selected member"));
    m_remove->setObjectName(QStringLiteral("removeMember"));
    m_remove->setToolTip(tr("Take the selected member out of this space"));

    auto *membersHead = new QHBoxLayout;
    auto *membersTitle = new QLabel(tr("<b>Members</b>"), this);
    membersHead->addWidget(membersTitle, 1);
    membersHead->addWidget(m_add);
    membersHead->addWidget(m_edit);
    membersHead->addWidget(m_remove);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_fields);
    layout->addSpacing(6);
    layout->addLayout(membersHead);
    layout->addWidget(m_banner);
    layout->addWidget(m_view, 1);

    connect(m_add, &QPushButton::clicked, this, &SpaceDetailsPanel::addMember);
    connect(m_edit, &QPushButton::clicked, this, &SpaceDetailsPanel::editMember);
    connect(m_remove, &QPushButton::clicked, this, &SpaceDetailsPanel::removeMember);
    connect(m_view, &QTableView::doubleClicked, this, &SpaceDetailsPanel::editMember);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SpaceDetailsPanel::updateButtons);
    connect(m_model, &SpaceAssignmentsModel::loadFailed, this, [this](const api::ApiError &e) {
        m_banner->showError(tr("Could not read the members of the space"), e);
    });
    connect(m_model, &SpaceAssignmentsModel::loadFinished, this, [this] {
        m_banner->clear();
        updateButtons();
    });
    connect(m_banner, &ErrorBanner::retryRequested, this, [this] {
        m_banner->clear();
        m_model->setSpace(m_model->spaceId());
    });
    setSpace(std::nullopt);
}

void SpaceDetailsPanel::setSpace(const std::optional<Space> &space)
{
    const QString id = space ? space->id.value_or(QString()) : QString();
    const bool changed = id != m_model->spaceId();
    m_space = space;
    if (!space) {
        m_title->setText(tr("<h3>No space selected</h3>"));
        m_fields->setText(tr("Select a space to see its details and members."));
    } else {
        m_title->setText(tr("<h3>%1</h3>").arg(space->name.value_or(tr("(personal space)")).toHtmlEscaped()));
        const QString row = QStringLiteral("<tr><td style='padding-right:12px'>%1</td><td>%2</td></tr>");
        QString table = QStringLiteral("<table>");
        table += row.arg(tr("Type:"), space->type ? displayName(*space->type).toHtmlEscaped() : QString());
        table += row.arg(tr("ID:"), space->id.value_or(QString()).toHtmlEscaped());
        table += row.arg(tr("Owner:"), space->ownerId.value_or(QString()).toHtmlEscaped());
        table += row.arg(tr("Description:"), space->description.value_or(QString()).toHtmlEscaped());
        table += row.arg(tr("Created:"), tr("%1 by %2").arg(dateText(space->createdAt),
                                                           space->createdBy.value_or(QString()).toHtmlEscaped()));
        table += row.arg(tr("Updated:"), dateText(space->updatedAt));
        if (space->meta && space->meta->roles)
            table += row.arg(tr("Your roles:"), SpaceAssignmentsModel::rolesText(*space->meta->roles).toHtmlEscaped());
        table += QStringLiteral("</table>");
        m_fields->setText(table);
    }
    if (changed) {
        m_banner->clear();
        m_model->setSpace(id);
    }
    updateButtons();
}

const SpaceAssignment *SpaceDetailsPanel::currentAssignment() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isRowSelected(current.row(), {}))
        return nullptr;
    return m_model->assignmentAt(m_proxy->mapToSource(current).row());
}

void SpaceDetailsPanel::updateButtons()
{
    // The server decides; meta.actions tells in advance whether it will refuse.
    const bool mayManage = m_space && (!m_space->meta || !m_space->meta->actions || m_space->allows(QStringLiteral("update")));
    m_add->setEnabled(m_space.has_value() && mayManage);
    const bool selected = currentAssignment() != nullptr;
    m_edit->setEnabled(selected && mayManage);
    m_remove->setEnabled(selected && mayManage);
    const QString why = m_space && !mayManage ? tr("You may not manage the members of this space.") : QString();
    m_add->setToolTip(why.isEmpty() ? tr("Give a user or group roles in this space (Ctrl+Shift+A)") : why);
}

QStringList SpaceDetailsPanel::knownIds() const
{
    QStringList ids = m_knownIds;
    for (int i = 0; i < m_model->rowCount(); ++i)
        ids << m_model->assignmentAt(i)->assigneeId.value_or(QString());
    ids.removeAll(QString());
    ids.removeDuplicates();
    ids.sort();
    return ids;
}

void SpaceDetailsPanel::addMember()
{
    if (!m_space)
        return;
    auto *dialog = new AssignmentDialog(m_session, *m_space, std::nullopt, knownIds(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AssignmentDialog::saved, this, [this](const SpaceAssignment &a) {
        if (a.spaceId.value_or(m_model->spaceId()) == m_model->spaceId())
            m_model->upsert(a);
        Q_EMIT statusMessage(tr("Added %1 to the space").arg(a.assigneeId.value_or(QString())));
    });
    dialog->open();
}

void SpaceDetailsPanel::editMember()
{
    const SpaceAssignment *a = currentAssignment();
    if (!m_space || !a || !m_edit->isEnabled())
        return;
    auto *dialog = new AssignmentDialog(m_session, *m_space, *a, {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AssignmentDialog::saved, this, [this](const SpaceAssignment &updated) {
        m_model->upsert(updated);
        Q_EMIT statusMessage(tr("Changed the roles of %1").arg(updated.assigneeId.value_or(QString())));
    });
    dialog->open();
}

void SpaceDetailsPanel::removeMember()
{
    const SpaceAssignment *a = currentAssignment();
    if (!m_space || !a)
        return;
    const QString assignmentId = a->id.value_or(QString());
    const QString who = a->assigneeId.value_or(QString());
    if (dialogs::question(this, tr("Remove member"),
                          tr("Take %1 out of the space \"%2\"? They lose the roles %3 there.")
                              .arg(who, m_space->name.value_or(QString()),
                                   SpaceAssignmentsModel::rolesText(a->roles.value_or(SpaceRoles{}))))
        != QMessageBox::Yes)
        return;
    m_remove->setEnabled(false);
    api::SpacesApi(m_session->transport())
        .deleteAssignment(m_model->spaceId(), assignmentId, this,
                          [this, assignmentId, who](const api::ApiResult<api::Empty> &r) {
                              if (!r.ok()) {
                                  m_banner->showError(tr("Could not remove %1").arg(who), r.error());
                                  updateButtons();
                                  return;
                              }
                              m_model->removeAssignment(assignmentId);
                              updateButtons();
                              Q_EMIT statusMessage(tr("Removed %1 from the space").arg(who));
                          });
}

} // namespace odag::gui
