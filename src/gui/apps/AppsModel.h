#pragma once

#include "api/ItemsApi.h"
#include "core/Apps.h"
#include "core/Items.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>

namespace odag::gui {

// The apps of a Qlik Cloud tenant as a table, read page by page from
// GET /api/v1/items?resourceType=app (canFetchMore/fetchMore follow links.next) and
// kept up to date in place after edits (no reset once rows are shown).
class AppsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        SpaceColumn,
        OwnerColumn,
        PublishedColumn,
        ReloadColumn,
        UpdatedColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, // raw value for sorting
        AppIdRole,
        SpaceIdRole,
        OwnerIdRole
    };

    // The server-side filters of the list; empty members are not sent.
    struct Filter
    {
        QString name;
        QString spaceId; // "personal" for the personal space
        QString ownerId;
        bool operator==(const Filter &) const = default;
    };

    explicit AppsModel(api::Transport &transport, QObject *parent = nullptr);

    void setPageSize(int limit) { m_pageSize = limit; }
    // Spaces by ID, to show names instead of IDs.
    void setSpaceNames(const QHash<QString, QString> &names);
    QString spaceName(const QString &spaceId) const;

    // Starts over with `filter`: drops the rows and reads the first page.
    void load(const Filter &filter);
    void reload() { load(m_filter); }
    const Filter &filter() const { return m_filter; }
    bool isLoading() const { return !m_call.isNull(); }

    // In-place changes after edits.
    void applyApp(const AppInfo &app);      // updates the row of app.id, if shown
    void addApp(const AppInfo &app);        // appends a new app unless already shown
    void removeApp(const QString &appId);
    int rowOf(const QString &appId) const;
    const Item &itemAt(int row) const { return m_items.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void pageLoaded(int rows);
    void loadFailed(const odag::api::ApiError &error);

private:
    void request(const QString &nextHref);
    void onPage(const api::ApiResult<ItemList> &result);
    QVariant display(const Item &item, int column) const;
    QVariant sortValue(const Item &item, int column) const;

    api::Transport &m_transport;
    QList<Item> m_items;
    QHash<QString, QString> m_spaceNames;
    Filter m_filter;
    int m_pageSize = 100;
    QString m_next;
    bool m_started = false; // the first page was asked for
    int m_generation = 0;   // counts load()s
    QPointer<api::PendingCall> m_call;
};

} // namespace odag::gui
