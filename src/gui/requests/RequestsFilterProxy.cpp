#include "RequestsFilterProxy.h"

#include "RequestsModel.h"

#include <limits>

namespace odag::gui {

RequestsFilterProxy::RequestsFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setSortRole(RequestsModel::SortRole);
    setDynamicSortFilter(true);
}

void RequestsFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    m_requests = qobject_cast<const RequestsModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

bool RequestsFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (m_requests && sortRole() == RequestsModel::SortRole)
        return m_requests->lessThan(left, right, sortCaseSensitivity(), isSortLocaleAware());
    return QSortFilterProxyModel::lessThan(left, right);
}

void RequestsFilterProxy::changed()
{
    m_active = !m_states.isEmpty() || m_kind >= 0 || !m_linkId.isEmpty() || !m_ownerId.isEmpty()
        || !m_text.isEmpty() || m_period != Period::Any;
    invalidateRowsFilter();
}

void RequestsFilterProxy::setStates(const QSet<int> &states)
{
    if (states == m_states)
        return;
    m_states = states;
    changed();
}

void RequestsFilterProxy::setKind(int kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    changed();
}

void RequestsFilterProxy::setLinkId(const QString &linkId)
{
    if (linkId == m_linkId)
        return;
    m_linkId = linkId;
    changed();
}

void RequestsFilterProxy::setOwnerId(const QString &ownerId)
{
    if (ownerId == m_ownerId)
        return;
    m_ownerId = ownerId;
    changed();
}

void RequestsFilterProxy::setText(const QString &text)
{
    const QString lower = text.trimmed().toLower();
    if (lower == m_text)
        return;
    m_text = lower;
    changed();
}

void RequestsFilterProxy::setPeriod(Period period, const QDateTime &from, const QDateTime &to)
{
    m_period = period;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_toMs = std::numeric_limits<qint64>::max();
    switch (period) {
    case Period::Any:
        m_fromMs = std::numeric_limits<qint64>::min();
        break;
    case Period::LastHour:
        m_fromMs = now - 3600 * 1000;
        break;
    case Period::LastDay:
        m_fromMs = now - 24 * 3600 * 1000;
        break;
    case Period::LastWeek:
        m_fromMs = now - 7 * 24 * 3600 * qint64(1000);
        break;
    case Period::Custom:
        m_fromMs = from.isValid() ? from.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
        m_toMs = to.isValid() ? to.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
        break;
    }
    changed();
}

bool RequestsFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_active)
        return true;
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_requests) {
        const RequestsModel::Row *row = m_requests->rowAt(i);
        if (!row)
            return false;
        if (!m_states.isEmpty() && !m_states.contains(int(row->state)))
            return false;
        if (m_kind >= 0 && int(row->kind) != m_kind)
            return false;
        if (!m_linkId.isEmpty() && row->request.link != m_linkId)
            return false;
        if (!m_ownerId.isEmpty() && row->request.owner.id != m_ownerId)
            return false;
        if (m_period != Period::Any && (row->createdMs < m_fromMs || row->createdMs > m_toMs))
            return false;
        return m_text.isEmpty() || m_requests->matchesText(*row, m_text);
    }
    // Any other source: through the roles.
    if (!m_states.isEmpty() && !m_states.contains(i.data(RequestsModel::StateRole).toInt()))
        return false;
    if (m_kind >= 0 && i.data(RequestsModel::KindRole).toInt() != m_kind)
        return false;
    if (!m_linkId.isEmpty() && i.data(RequestsModel::LinkIdRole).toString() != m_linkId)
        return false;
    if (!m_ownerId.isEmpty() && i.data(RequestsModel::OwnerIdRole).toString() != m_ownerId)
        return false;
    if (m_period != Period::Any) {
        const qint64 created = i.data(RequestsModel::CreatedMsRole).toLongLong();
        if (created < m_fromMs || created > m_toMs)
            return false;
    }
    return m_text.isEmpty() || i.data(RequestsModel::SearchTextRole).toString().contains(m_text);
}

} // namespace odag::gui
