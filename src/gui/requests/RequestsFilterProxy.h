#pragma once

#include "RequestsModel.h"

#include <QAbstractProxyModel>
#include <QDateTime>
#include <QSet>

#include <memory>
#include <unordered_map>
#include <vector>

namespace odag::gui {

class RequestOrder;
class RequestSorter;

// Filters and sorts the request tree of a RequestsModel: by state (a set), kind, link,
// owner, free text and the time the request was created. A `multiple` request stays
// when one of its children matches, and shows only the children that match.
//
// Built for 100,000 rows where QSortFilterProxyModel freezes: each level (RequestOrder)
// keeps its rows by address, sorted on keys read once per row, so a sort or a filter is
// one pass plus one layout change, and one model update (RequestsModel::updateStarted /
// updateFinished) is taken in at once: removals, changed rows that no longer fit where
// they are and new rows are merged in O(n + k log n), announced as one layout change
// (persistent indexes, so selection, current row and expanded rows stay), and changed
// rows that stay put only repaint. Two levels are shown, as the model has.
class RequestsFilterProxy : public QAbstractProxyModel
{
    Q_OBJECT
public:
    enum class Period { Any, LastHour, LastDay, LastWeek, Custom };

    explicit RequestsFilterProxy(QObject *parent = nullptr);
    ~RequestsFilterProxy() override;

    // A RequestsModel; any other model is refused (the proxy stays empty).
    void setSourceModel(QAbstractItemModel *model) override;

    // int(RequestState) values; empty: every state.
    void setStates(const QSet<int> &states);
    QSet<int> states() const { return m_states; }
    // int(RequestKind); -1: every kind.
    void setKind(int kind);
    void setLinkId(const QString &linkId);
    void setOwnerId(const QString &ownerId);
    void setText(const QString &text);
    // Created within the period before now; Custom uses [from, to] (either may be null).
    void setPeriod(Period period, const QDateTime &from = {}, const QDateTime &to = {});

    // Column -1: the model's order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    // Every request row is enabled and selectable; a child never has children. Answered
    // without the model: the view asks it of every row on each layout.
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;

private:
    using Row = RequestsModel::Row;
    // What one model update did to one level, taken in at its end.
    struct Pending
    {
        QSet<const Row *> removed;
        std::vector<const Row *> changed;
        std::vector<const Row *> added;
    };

    void filterChanged();
    bool matches(const Row &row) const;
    bool acceptsTop(const Row *row) const;
    bool acceptsChild(const Row *row) const;
    RequestSorter sorter() const;
    RequestOrder *childLevel(const Row *parent) const;
    RequestOrder *existingLevel(const Row *parent) const;
    // Which level a model index's children make up: true and the parent row (null for
    // the top level) when the proxy shows that level.
    bool levelOf(const QModelIndex &sourceParent, const Row **parent) const;
    std::vector<const Row *> rowsOf(const Row *parent, int first, int last) const;
    void forget(const Row *row);

    void startLayout();
    void endLayout();
    void sync();
    void emitDataChanged(const Row *parent, const std::vector<const Row *> &rows);

    void onRowsAboutToBeInserted(const QModelIndex &parent, int first, int last);
    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void onRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last);
    void onRowsRemoved(const QModelIndex &parent);
    void onRowsAboutToBeMoved(const QModelIndex &from, int first, int last, const QModelIndex &to);
    void onRowsMoved(const QModelIndex &from, int first, int last, const QModelIndex &to, int row);
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    void onLayoutChanged();
    void rebuild();
    void onModelReset();
    void afterSourceChange();

    const RequestsModel *m_model = nullptr;
    std::unique_ptr<RequestOrder> m_top;
    mutable std::unordered_map<const Row *, std::unique_ptr<RequestOrder>> m_children;
    // The top-level rows that have children, so that the view's layout asks no row.
    QSet<const Row *> m_parents;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;

    // The current update.
    bool m_inUpdate = false;
    std::unordered_map<const Row *, Pending> m_pending; // level parent (null: top) -> changes
    QSet<const Row *> m_gone;                           // rows removed in this update
    std::vector<const Row *> m_moving;                  // rows moving between levels
    int m_firstChangedColumn = -1;
    int m_lastChangedColumn = -1;
    bool m_layoutStarted = false;
    QModelIndexList m_savedProxy;
    QList<QPersistentModelIndex> m_savedSource;

    QSet<int> m_states;
    int m_kind = -1;
    QString m_linkId;
    QString m_ownerId;
    QString m_text;
    Period m_period = Period::Any;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 0;
    bool m_active = false;
    // Text filter answers for the strings rows share, within one pass (cleared before
    // each: a string's data may be freed and its address reused).
    mutable QHash<const void *, bool> m_sharedTextHits;
};

} // namespace odag::gui
