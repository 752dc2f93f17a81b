#include "SpacesModel.h"

#include "gui/connection/TenantSession.h"

#include <QLocale>

namespace odag::gui {

namespace {
QString shortDate(const std::optional<DateTime> &d)
{
    if (!d || !d->isValid())
        return {};
    return QLocale().toString(d->toDateTime().toLocalTime(), QLocale::ShortFormat);
}
} // namespace

SpacesModel::SpacesModel(TenantSession *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
}

void SpacesModel::setFilter(const Filter &filter)
{
    m_filter = filter;
    reload();
}

void SpacesModel::reload()
{
    if (m_call)
        m_call->cancel();
    ++m_generation;
    // A new query, not live data: the old rows do not belong to it.
    beginResetModel();
    m_spaces.clear();
    m_next.clear();
    m_total = -1;
    endResetModel();

    api::SpaceListQuery query;
    query.limit = m_pageSize;
    query.sort = QStringLiteral("+name");
    if (!m_filter.type.isEmpty())
        query.type = m_filter.type;
    if (!m_filter.name.trimmed().isEmpty())
        query.name = m_filter.name.trimmed();
    if (!m_filter.ownerId.trimmed().isEmpty())
        query.ownerId = m_filter.ownerId.trimmed();
    const int generation = m_generation;
    m_call = api::SpacesApi(m_session->transport())
                 .listSpaces(query, this, [this, generation](const api::ApiResult<SpaceList> &r) {
                     onPage(r, generation);
                 });
}

void SpacesModel::onPage(const api::ApiResult<SpaceList> &result, int generation)
{
    if (generation != m_generation)
        return;
    m_call.clear();
    m_loadedOnce = true;
    if (!result.ok()) {
        if (!result.error().isCanceled())
            Q_EMIT loadFailed(result.error());
        return;
    }
    const SpaceList &page = result.value();
    m_next = page.nextHref();
    m_total = page.totalCount().value_or(-1);
    QList<Space> fresh;
    for (const Space &s : page.data) {
        // A space created here while the pages were read may already have a row.
        if (s.id && rowOf(*s.id) >= 0)
            continue;
        fresh.append(s);
    }
    if (!fresh.isEmpty()) {
        beginInsertRows({}, int(m_spaces.size()), int(m_spaces.size() + fresh.size() - 1));
        m_spaces.append(fresh);
        endInsertRows();
    }
    Q_EMIT pageLoaded();
}

const Space *SpacesModel::spaceAt(int row) const
{
    return row >= 0 && row < m_spaces.size() ? &m_spaces.at(row) : nullptr;
}

int SpacesModel::rowOf(const QString &spaceId) const
{
    for (int i = 0; i < m_spaces.size(); ++i) {
        if (m_spaces.at(i).id == spaceId)
            return i;
    }
    return -1;
}

void SpacesModel::upsert(const Space &space)
{
    const int row = space.id ? rowOf(*space.id) : -1;
    if (row >= 0) {
        m_spaces[row] = space;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    beginInsertRows({}, int(m_spaces.size()), int(m_spaces.size()));
    m_spaces.append(space);
    endInsertRows();
}

void SpacesModel::removeSpace(const QString &spaceId)
{
    const int row = rowOf(spaceId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_spaces.removeAt(row);
    endRemoveRows();
}

int SpacesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_spaces.size());
}

int SpacesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SpacesModel::data(const QModelIndex &index, int role) const
{
    const Space *s = index.isValid() ? spaceAt(index.row()) : nullptr;
    if (!s)
        return {};
    if (role == IdRole)
        return s->id.value_or(QString());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Name:
            return s->name.value_or(QString());
        case Type:
            return s->type ? displayName(*s->type) : QString();
        case Owner:
            return s->ownerId.value_or(QString());
        case Description:
            return s->description.value_or(QString()).simplified();
        case Created:
            return shortDate(s->createdAt);
        case Updated:
            return shortDate(s->updatedAt);
        }
    }
    if (role == SortRole) {
        switch (index.column()) {
        case Name:
            return s->name.value_or(QString()).toLower();
        case Type:
            return s->type ? s->type->raw() : QString();
        case Owner:
            return s->ownerId.value_or(QString());
        case Description:
            return s->description.value_or(QString()).toLower();
        case Created:
            return s->createdAt ? s->createdAt->toDateTime() : QDateTime();
        case Updated:
            return s->updatedAt ? s->updatedAt->toDateTime() : QDateTime();
        }
    }
    return {};
}

QVariant SpacesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Type:
        return tr("Type");
    case Owner:
        return tr("Owner");
    case Description:
        return tr("Description");
    case Created:
        return tr("Created");
    case Updated:
        return tr("Updated");
    }
    return {};
}

bool SpacesModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_next.isEmpty() && !m_call;
}

void SpacesModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const int generation = m_generation;
    const QString href = m_next;
    m_call = api::SpacesApi(m_session->transport())
                 .nextPage(href, this, [this, generation](const api::ApiResult<SpaceList> &r) {
                     onPage(r, generation);
                 });
}

} // namespace odag::gui
