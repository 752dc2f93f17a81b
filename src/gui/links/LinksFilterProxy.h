#pragma once

#include <QSortFilterProxyModel>

namespace odag::gui {

// Filters and sorts the links table: free text (name, IDs, app names, owner), status,
// owner, selection app and link type; sorts every column on LinksModel::SortRole.
class LinksFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class TypeFilter
    {
        All,
        Links,
        DynamicViews
    };

    explicit LinksFilterProxy(QObject *parent = nullptr);

    // Empty values mean "any".
    void setText(const QString &text);
    void setStatus(const QString &rawStatus);
    void setOwnerId(const QString &ownerId);
    void setSelectionAppId(const QString &appId);
    void setTypeFilter(TypeFilter type);

    QString text() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QString m_status;
    QString m_ownerId;
    QString m_selectionAppId;
    TypeFilter m_type = TypeFilter::All;
};

} // namespace odag::gui
