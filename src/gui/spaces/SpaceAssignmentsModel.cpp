#include "SpaceAssignmentsModel.h"

#include "gui/connection/TenantSession.h"

namespace odag::gui {

SpaceAssignmentsModel::SpaceAssignmentsModel(TenantSession *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
}

void SpaceAssignmentsModel::setSpace(const QString &spaceId)
{
    if (m_call)
        m_call->cancel();
    ++m_generation;
    // Another space's members: a different list altogether.
    beginResetModel();
    m_spaceId = spaceId;
    m_rows.clear();
    endResetModel();
    if (spaceId.isEmpty())
        return;
    api::AssignmentListQuery query;
    query.limit = 100;
    const int generation = m_generation;
    m_call = api::SpacesApi(m_session->transport())
                 .listAssignments(spaceId, query, this,
                                  [this, generation](const api::ApiResult<SpaceAssignmentList> &r) {
                                      onPage(r, generation);
                                  });
}

void SpaceAssignmentsModel::onPage(const api::ApiResult<SpaceAssignmentList> &result, int generation)
{
    if (generation != m_generation)
        return;
    m_call.clear();
    if (!result.ok()) {
        if (!result.error().isCanceled())
            Q_EMIT loadFailed(result.error());
        return;
    }
    for (const SpaceAssignment &a : result->data)
        upsert(a);
    // Members are few; read them all so the table is complete.
    if (result->hasNext()) {
        m_call = api::SpacesApi(m_session->transport())
                     .nextAssignmentsPage(result->nextHref(), this,
                                          [this, generation](const api::ApiResult<SpaceAssignmentList> &r) {
                                              onPage(r, generation);
                                          });
        return;
    }
    Q_EMIT loadFinished();
}

const SpaceAssignment *SpaceAssignmentsModel::assignmentAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int SpaceAssignmentsModel::rowOf(const QString &assignmentId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == assignmentId)
            return i;
    }
    return -1;
}

void SpaceAssignmentsModel::upsert(const SpaceAssignment &assignment)
{
    const int row = assignment.id ? rowOf(*assignment.id) : -1;
    if (row >= 0) {
        m_rows[row] = assignment;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
    m_rows.append(assignment);
    endInsertRows();
}

void SpaceAssignmentsModel::removeAssignment(const QString &assignmentId)
{
    const int row = rowOf(assignmentId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

QString SpaceAssignmentsModel::rolesText(const SpaceRoles &roles)
{
    QStringList names;
    for (const auto &r : roles)
        names << displayName(r);
    return names.join(QStringLiteral(", "));
}

int SpaceAssignmentsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SpaceAssignmentsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SpaceAssignmentsModel::data(const QModelIndex &index, int role) const
{
    const SpaceAssignment *a = index.isValid() ? assignmentAt(index.row()) : nullptr;
    if (!a)
        return {};
    if (role == IdRole)
        return a->id.value_or(QString());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == SortRole) {
        switch (index.column()) {
        case Type:
            return a->type ? (role == SortRole ? a->type->raw() : displayName(*a->type)) : QString();
        case Assignee:
            return a->assigneeId.value_or(QString());
        case Roles:
            return rolesText(a->roles.value_or(SpaceRoles{}));
        }
    }
    return {};
}

QVariant SpaceAssignmentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Type:
        return tr("Member type");
    case Assignee:
        return tr("User or group ID");
    case Roles:
        return tr("Roles");
    }
    return {};
}

} // namespace odag::gui
