#pragma once

#include "api/SpacesApi.h"
#include "core/Spaces.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace odag::gui {

class TenantSession;

// The tenant's spaces as a table, read page by page through the cursor of
// GET /api/v1/spaces as the view asks for more (canFetchMore/fetchMore). A new filter is
// a new query and replaces the rows; a created, edited or deleted space updates its row
// in place.
class SpacesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Type, Owner, Description, Created, Updated, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, IdRole };

    struct Filter
    {
        QString type; // "shared", "managed", "data" or empty for all
        QString name;
        QString ownerId;
        bool operator==(const Filter &) const = default;
    };

    explicit SpacesModel(TenantSession *session, QObject *parent = nullptr);

    // Spaces asked for per page (1-100).
    void setPageSize(int size) { m_pageSize = size; }
    int pageSize() const { return m_pageSize; }

    // Starts a new query with `filter` (drops the rows read so far).
    void setFilter(const Filter &filter);
    const Filter &filter() const { return m_filter; }
    // Reads the first page again with the current filter.
    void reload();

    bool isLoading() const { return !m_call.isNull(); }
    bool hasLoadedOnce() const { return m_loadedOnce; }
    // meta.count of the last page, -1 when the server did not say.
    qint64 totalCount() const { return m_total; }

    const Space *spaceAt(int row) const;
    int rowOf(const QString &spaceId) const;
    // A created space joins the list, an edited one replaces its row, a deleted one leaves.
    void upsert(const Space &space);
    void removeSpace(const QString &spaceId);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    // A page arrived and its rows are in.
    void pageLoaded();
    void loadFailed(const odag::api::ApiError &error);

private:
    void onPage(const api::ApiResult<SpaceList> &result, int generation);

    TenantSession *m_session;
    QList<Space> m_spaces;
    Filter m_filter;
    QString m_next;
    QPointer<api::PendingCall> m_call;
    int m_generation = 0; // drops pages of a query that a newer filter replaced
    int m_pageSize = 100;
    qint64 m_total = -1;
    bool m_loadedOnce = false;
};

} // namespace odag::gui
