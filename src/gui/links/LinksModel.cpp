#include "LinksModel.h"

#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QSet>

namespace odag::gui {

namespace {
QString modifiedRaw(const LinkRecord &r)
{
    return r.link.modifiedDate ? r.link.modifiedDate->raw() : r.link.createdDate.raw();
}

QString localDateTime(const QString &iso)
{
    const QDateTime dt = DateTime::fromRaw(iso).toDateTime();
    if (!dt.isValid())
        return iso;
    return QLocale().toString(dt.toLocalTime(), QLocale::ShortFormat);
}

QColor statusColor(LinkStatus status)
{
    switch (status) {
    case LinkStatus::Active:
        return QColor(0x2e, 0x9d, 0x4f);
    case LinkStatus::Disabled:
        return QColor(0xd9, 0x8c, 0x1f);
    case LinkStatus::Decommissioned:
        return QColor(0x8a, 0x8a, 0x8a);
    case LinkStatus::Incomplete:
        return QColor(0xc6, 0x3b, 0x3b);
    case LinkStatus::Unknown:
        break;
    }
    return QColor(0x5b, 0x7d, 0xb1);
}

// The owner as a person reads it; the ID when the server sent no name.
QString ownerName(const LinkRecord &r)
{
    return r.link.owner.name.isEmpty() ? r.link.owner.id : r.link.owner.name;
}

QString appLabel(const QString &name, const QString &id)
{
    return name.isEmpty() ? id : name;
}
} // namespace

LinksModel::LinksModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int LinksModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_links.size());
}

int LinksModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QIcon LinksModel::statusIcon(LinkStatus status)
{
    // One small painted dot per status, made once: the colour carries the state at a
    // glance, the text beside it says it in words.
    static QHash<int, QIcon> cache;
    auto it = cache.constFind(int(status));
    if (it != cache.constEnd())
        return *it;
    QIcon icon;
    for (int size : {16, 32}) {
        QPixmap pm(size, size);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(statusColor(status));
        const qreal m = size * 0.22;
        p.drawEllipse(QRectF(m, m, size - 2 * m, size - 2 * m));
        p.end();
        icon.addPixmap(pm);
    }
    cache.insert(int(status), icon);
    return icon;
}

QVariant LinksModel::display(const LinkRecord &r, int column) const
{
    switch (column) {
    case NameColumn:
        return r.link.name;
    case StatusColumn:
        return displayName(r.link.status);
    case SelectionAppColumn:
        return appLabel(r.selectionAppName, r.selectionAppId);
    case TemplateAppColumn:
        return appLabel(r.link.templateApp.name, r.link.templateApp.id);
    case OwnerColumn:
        return ownerName(r);
    case ModifiedColumn:
        return localDateTime(modifiedRaw(r));
    case DynamicViewColumn:
        return r.link.isDynamicView() ? tr("Yes") : tr("No");
    case PendingColumn:
        return r.pendingRequests < 0 ? tr("…") : QLocale().toString(r.pendingRequests);
    default:
        return {};
    }
}

QVariant LinksModel::sortValue(const LinkRecord &r, int column) const
{
    switch (column) {
    case StatusColumn:
        return r.link.status.raw();
    case ModifiedColumn:
        return modifiedRaw(r);
    case DynamicViewColumn:
        return r.link.isDynamicView();
    case PendingColumn:
        return r.pendingRequests;
    default:
        return display(r, column).toString().toLower();
    }
}

QVariant LinksModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_links.size())
        return {};
    const LinkRecord &r = m_links.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(r, index.column());
    case SortRole:
        return sortValue(r, index.column());
    case IdRole:
        return r.id();
    case StatusRole:
        return r.link.status.raw();
    case OwnerIdRole:
        return r.link.owner.id;
    case SelectionAppIdRole:
        return r.selectionAppId;
    case DynamicViewRole:
        return r.link.isDynamicView();
    case SearchTextRole:
        return QStringList{r.link.name,
                           r.id(),
                           r.selectionAppId,
                           r.selectionAppName,
                           r.link.templateApp.id,
                           r.link.templateApp.name,
                           r.link.owner.name,
                           r.link.owner.id}
            .join(QLatin1Char('\n'))
            .toLower();
    case Qt::DecorationRole:
        if (index.column() == StatusColumn)
            return statusIcon(r.link.status.value());
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == PendingColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NameColumn:
            return tr("Link ID: %1").arg(r.id());
        case SelectionAppColumn:
            return r.selectionAppId.isEmpty() ? tr("No selection app uses this link")
                                              : tr("App ID: %1").arg(r.selectionAppId);
        case TemplateAppColumn:
            return tr("App ID: %1").arg(r.link.templateApp.id);
        case OwnerColumn:
            return tr("User ID: %1").arg(r.link.owner.id);
        case ModifiedColumn:
            return modifiedRaw(r);
        case PendingColumn:
            return r.pendingRequests < 0 ? tr("Counting the requests not finished yet") : QVariant();
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant LinksModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case StatusColumn:
        return tr("Status");
    case SelectionAppColumn:
        return tr("Selection app");
    case TemplateAppColumn:
        return tr("Template app");
    case OwnerColumn:
        return tr("Owner");
    case ModifiedColumn:
        return tr("Modified");
    case DynamicViewColumn:
        return tr("Dynamic view");
    case PendingColumn:
        return tr("Pending requests");
    default:
        return {};
    }
}

void LinksModel::reindex(int from)
{
    for (int i = from; i < m_links.size(); ++i)
        m_rowOf.insert(m_links.at(i).id(), i);
}

int LinksModel::rowOf(const QString &id) const
{
    return m_rowOf.value(id, -1);
}

void LinksModel::remove(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rowOf.remove(id);
    m_links.removeAt(row);
    reindex(row);
    endRemoveRows();
}

void LinksModel::upsert(const LinkRecord &link)
{
    const int row = rowOf(link.id());
    if (row >= 0) {
        LinkRecord next = link;
        // A record fresh from the server has no count yet: keep the known one until the
        // recount arrives, so the column does not flicker.
        if (next.pendingRequests < 0)
            next.pendingRequests = m_links.at(row).pendingRequests;
        // Single-link answers carry the selection app's ID (from the caller) but not its name.
        if (next.selectionAppName.isEmpty() && next.selectionAppId == m_links.at(row).selectionAppId)
            next.selectionAppName = m_links.at(row).selectionAppName;
        m_links[row] = std::move(next);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    const int at = int(m_links.size());
    beginInsertRows({}, at, at);
    m_links.push_back(link);
    m_rowOf.insert(link.id(), at);
    endInsertRows();
}

void LinksModel::setLinks(const QList<LinkRecord> &links)
{
    QSet<QString> incoming;
    for (const LinkRecord &l : links)
        incoming.insert(l.id());
    // Remove from the bottom so the rows above keep their numbers while we go.
    for (int row = int(m_links.size()) - 1; row >= 0; --row) {
        if (!incoming.contains(m_links.at(row).id()))
            remove(m_links.at(row).id());
    }
    QList<LinkRecord> added;
    for (const LinkRecord &l : links) {
        if (rowOf(l.id()) >= 0)
            upsert(l);
        else
            added.push_back(l);
    }
    if (added.isEmpty())
        return;
    // New links arrive in one batch.
    const int first = int(m_links.size());
    beginInsertRows({}, first, first + int(added.size()) - 1);
    m_links.append(added);
    reindex(first);
    endInsertRows();
}

void LinksModel::setPendingCounts(const QHash<QString, int> &counts)
{
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it) {
        const int row = rowOf(it.key());
        if (row < 0 || m_links.at(row).pendingRequests == it.value())
            continue;
        m_links[row].pendingRequests = it.value();
        Q_EMIT dataChanged(index(row, PendingColumn), index(row, PendingColumn));
    }
}

} // namespace odag::gui
