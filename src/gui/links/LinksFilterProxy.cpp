#include "LinksFilterProxy.h"

#include "LinksModel.h"

namespace odag::gui {

LinksFilterProxy::LinksFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(LinksModel::SortRole);
    setDynamicSortFilter(true);
}

void LinksFilterProxy::setText(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == m_text)
        return;
    m_text = t;
    invalidateFilter();
}

void LinksFilterProxy::setStatus(const QString &rawStatus)
{
    if (rawStatus == m_status)
        return;
    m_status = rawStatus;
    invalidateFilter();
}

void LinksFilterProxy::setOwnerId(const QString &ownerId)
{
    if (ownerId == m_ownerId)
        return;
    m_ownerId = ownerId;
    invalidateFilter();
}

void LinksFilterProxy::setSelectionAppId(const QString &appId)
{
    if (appId == m_selectionAppId)
        return;
    m_selectionAppId = appId;
    invalidateFilter();
}

void LinksFilterProxy::setTypeFilter(TypeFilter type)
{
    if (type == m_type)
        return;
    m_type = type;
    invalidateFilter();
}

bool LinksFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_status.isEmpty() && i.data(LinksModel::StatusRole).toString() != m_status)
        return false;
    if (!m_ownerId.isEmpty() && i.data(LinksModel::OwnerIdRole).toString() != m_ownerId)
        return false;
    if (!m_selectionAppId.isEmpty() && i.data(LinksModel::SelectionAppIdRole).toString() != m_selectionAppId)
        return false;
    const bool view = i.data(LinksModel::DynamicViewRole).toBool();
    if ((m_type == TypeFilter::Links && view) || (m_type == TypeFilter::DynamicViews && !view))
        return false;
    if (!m_text.isEmpty()) {
        // Every word must appear somewhere, so "sales view" finds "Sales dynamic view".
        const QString hay = i.data(LinksModel::SearchTextRole).toString();
        const QStringList words = m_text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString &w : words) {
            if (!hay.contains(w))
                return false;
        }
    }
    return true;
}

} // namespace odag::gui
