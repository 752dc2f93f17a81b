#include "AppsModel.h"

#include <QLocale>

namespace odag::gui {

namespace {
QString localTime(const DateTime &dt)
{
    return dt.isValid() ? QLocale().toString(dt.toDateTime().toLocalTime(), QLocale::ShortFormat)
                        : QString();
}

// Does a new app belong in a list read with `filter`? Mirrors the server's filters.
bool matches(const AppsModel::Filter &filter, const AppInfo &app)
{
    if (!filter.name.isEmpty() && !app.name.contains(filter.name, Qt::CaseInsensitive))
        return false;
    if (filter.spaceId == QLatin1StringView("personal") && !app.spaceId.isEmpty())
        return false;
    if (!filter.spaceId.isEmpty() && filter.spaceId != QLatin1StringView("personal") &&
        filter.spaceId != app.spaceId)
        return false;
    return filter.ownerId.isEmpty() || filter.ownerId == app.ownerId;
}

// What an edit changed, written onto the list's item.
void copyInto(Item &item, const AppInfo &app)
{
    item.name = app.name;
    item.description = app.description;
    item.spaceId = app.spaceId.isEmpty() ? std::nullopt : std::optional<QString>(app.spaceId);
    item.ownerId = app.ownerId;
    QJsonObject attributes = item.resourceAttributes.toObject();
    attributes.insert(QStringLiteral("published"), app.isPublished());
    item.resourceAttributes = attributes;
    if (!app.modifiedDate.isEmpty())
        item.updatedAt = app.modifiedDate;
    if (!app.lastReloadTime.isEmpty())
        item.resourceReloadEndTime = app.lastReloadTime;
}
} // namespace

AppsModel::AppsModel(api::Transport &transport, QObject *parent)
    : QAbstractTableModel(parent)
    , m_transport(transport)
{}

void AppsModel::setSpaceNames(const QHash<QString, QString> &names)
{
    m_spaceNames = names;
    if (!m_items.isEmpty())
        Q_EMIT dataChanged(index(0, SpaceColumn), index(rowCount() - 1, SpaceColumn));
}

QString AppsModel::spaceName(const QString &spaceId) const
{
    if (spaceId.isEmpty())
        return tr("Personal");
    return m_spaceNames.value(spaceId, spaceId);
}

void AppsModel::load(const Filter &filter)
{
    ++m_generation; // answers to earlier loads are dropped
    if (m_call)
        m_call->cancel();
    m_call = nullptr;
    m_filter = filter;
    if (!m_items.isEmpty()) {
        beginRemoveRows({}, 0, int(m_items.size()) - 1);
        m_items.clear();
        endRemoveRows();
    }
    m_next.clear();
    m_started = true;
    request({});
}

void AppsModel::request(const QString &nextHref)
{
    api::ItemsApi items(m_transport);
    auto done = [this, generation = m_generation](const api::ApiResult<ItemList> &r) {
        if (generation == m_generation)
            onPage(r);
    };
    if (!nextHref.isEmpty()) {
        m_call = items.nextPage(nextHref, this, done);
        return;
    }
    api::ItemListQuery q;
    q.limit = m_pageSize;
    q.sort = QStringLiteral("+name");
    if (!m_filter.name.isEmpty())
        q.name = m_filter.name;
    if (!m_filter.spaceId.isEmpty())
        q.spaceId = m_filter.spaceId;
    if (!m_filter.ownerId.isEmpty())
        q.ownerId = m_filter.ownerId;
    m_call = items.listItems(q, this, done);
}

void AppsModel::onPage(const api::ApiResult<ItemList> &result)
{
    m_call = nullptr;
    if (!result.ok()) {
        if (!result.error().isCanceled())
            Q_EMIT loadFailed(result.error());
        return;
    }
    QList<Item> fresh;
    for (const Item &item : result->data) {
        // A page can repeat an app added locally meanwhile.
        if (item.isApp() && rowOf(item.appId()) < 0)
            fresh.append(item);
    }
    m_next = result->nextHref();
    if (!fresh.isEmpty()) {
        const int first = int(m_items.size());
        beginInsertRows({}, first, first + int(fresh.size()) - 1);
        m_items.append(fresh);
        endInsertRows();
    }
    Q_EMIT pageLoaded(int(fresh.size()));
}

void AppsModel::applyApp(const AppInfo &app)
{
    const int row = rowOf(app.id);
    if (row < 0)
        return;
    if (!matches(m_filter, app)) {
        removeApp(app.id);
        return;
    }
    copyInto(m_items[row], app);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void AppsModel::addApp(const AppInfo &app)
{
    if (rowOf(app.id) >= 0) {
        applyApp(app);
        return;
    }
    if (!matches(m_filter, app))
        return;
    Item item;
    item.id = app.id;
    item.resourceId = app.id;
    item.resourceType = QStringLiteral("app");
    item.createdAt = app.createdDate;
    item.updatedAt = app.modifiedDate.isEmpty() ? app.createdDate : app.modifiedDate;
    copyInto(item, app);
    const int row = int(m_items.size());
    beginInsertRows({}, row, row);
    m_items.append(item);
    endInsertRows();
}

void AppsModel::removeApp(const QString &appId)
{
    const int row = rowOf(appId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_items.removeAt(row);
    endRemoveRows();
}

int AppsModel::rowOf(const QString &appId) const
{
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).appId() == appId)
            return i;
    }
    return -1;
}

int AppsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int AppsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AppsModel::display(const Item &item, int column) const
{
    switch (column) {
    case NameColumn:
        return item.name;
    case SpaceColumn:
        return spaceName(item.spaceId.value_or(QString()));
    case OwnerColumn:
        return item.ownerId.value_or(QString());
    case PublishedColumn:
        return item.isPublished() ? tr("Published") : QString();
    case ReloadColumn: {
        const QString when = localTime(item.resourceReloadEndTime.value_or(DateTime{}));
        const QString status = item.resourceReloadStatus.value_or(QString());
        if (when.isEmpty())
            return tr("never");
        if (status == QLatin1StringView("ok"))
            return tr("Succeeded %1").arg(when);
        if (status == QLatin1StringView("error"))
            return tr("Failed %1").arg(when);
        return when;
    }
    case UpdatedColumn:
        return localTime(item.updatedAt);
    }
    return {};
}

QVariant AppsModel::sortValue(const Item &item, int column) const
{
    switch (column) {
    case ReloadColumn:
        return item.resourceReloadEndTime.value_or(DateTime{}).raw();
    case UpdatedColumn:
        return item.updatedAt.raw();
    case PublishedColumn:
        return item.isPublished();
    case NameColumn:
    case SpaceColumn:
    case OwnerColumn:
        return display(item, column).toString().toLower();
    }
    return {};
}

QVariant AppsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Item &item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(item, index.column());
    case Qt::ToolTipRole:
        if (index.column() == NameColumn)
            return item.description.value_or(QString()).isEmpty()
                       ? item.name
                       : tr("%1 — %2").arg(item.name, *item.description);
        if (index.column() == SpaceColumn)
            return item.spaceId.value_or(QString());
        return display(item, index.column());
    case SortRole:
        return sortValue(item, index.column());
    case AppIdRole:
        return item.appId();
    case SpaceIdRole:
        return item.spaceId.value_or(QString());
    case OwnerIdRole:
        return item.ownerId.value_or(QString());
    }
    return {};
}

QVariant AppsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case SpaceColumn:
        return tr("Space");
    case OwnerColumn:
        return tr("Owner");
    case PublishedColumn:
        return tr("Published");
    case ReloadColumn:
        return tr("Last reload");
    case UpdatedColumn:
        return tr("Updated");
    }
    return {};
}

bool AppsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_started && !m_next.isEmpty() && !m_call;
}

void AppsModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    request(m_next);
}

} // namespace odag::gui
