#pragma once

#include "LinkService.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>

namespace odag::gui {

// The links of a tenant as a table. Refreshes merge by link ID (rows are inserted,
// removed or changed in place), so a view keeps its selection and scroll position: the
// model never resets. Every column has a raw value under SortRole for sorting.
class LinksModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        StatusColumn,
        SelectionAppColumn,
        TemplateAppColumn,
        OwnerColumn,
        ModifiedColumn,
        DynamicViewColumn,
        PendingColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1,
        IdRole,             // the link ID
        StatusRole,         // the status as sent (active, disabled...)
        OwnerIdRole,        // the owner's user ID
        SelectionAppIdRole, // the selection app ID
        DynamicViewRole,    // bool
        SearchTextRole      // name, IDs, app names and owner, lower case, for the text filter
    };

    explicit LinksModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Replaces the content with `links`, keyed by ID: rows of links that are gone are
    // removed, new links appended, changed ones updated. A known pending count is kept
    // for a link whose new record has none yet (it is being recounted).
    void setLinks(const QList<LinkRecord> &links);
    // Puts one link in (update in place, or append).
    void upsert(const LinkRecord &link);
    void remove(const QString &id);
    // Pending counts per link ID; links not named keep theirs.
    void setPendingCounts(const QHash<QString, int> &counts);

    int rowOf(const QString &id) const;
    const LinkRecord &at(int row) const { return m_links.at(row); }
    const QList<LinkRecord> &links() const { return m_links; }

private:
    QVariant display(const LinkRecord &r, int column) const;
    QVariant sortValue(const LinkRecord &r, int column) const;
    void reindex(int from);
    static QIcon statusIcon(LinkStatus status);

    QList<LinkRecord> m_links;
    QHash<QString, int> m_rowOf; // link ID -> row, O(1) updates
};

} // namespace odag::gui
