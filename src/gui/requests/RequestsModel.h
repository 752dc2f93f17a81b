#pragma once

#include "RequestCompactor.h"

#include "core/OdagRequest.h"

#include <QAbstractItemModel>
#include <QHash>

#include <limits>

#include <vector>

namespace odag::gui {

// The generation requests of every link as a two-level tree: `multiple` requests are the
// parents of their `singlesub` children. Built for a live monitor of 100,000 requests:
// an ID hash finds a row in O(1), an update touches only the rows it names (one insert
// batch per parent, per-row dataChanged), and the model is never reset once filled.
// Rows keep their request compacted (RequestCompactor) with the numbers sorting and
// filtering need, which the proxy reads directly (sortNumber, sortText, matchesText) rather
// than through QVariant roles.
class RequestsModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column {
        StateColumn,
        KindColumn,
        LinkColumn,
        OwnerColumn,
        GeneratedAppColumn,
        CreatedColumn,
        StartedColumn,
        FinishedColumn,
        DurationColumn,
        RowEstimateColumn,
        LoadHostColumn,
        ErrorColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // the raw value of the column (numbers, times in ms)
        RequestIdRole,
        StateRole,     // int(RequestState)
        KindRole,      // int(RequestKind)
        LinkIdRole,
        OwnerIdRole,
        CreatedMsRole, // ms since the epoch, or a very small number when unknown
        SearchTextRole // the words the free-text filter looks at, lower case
    };

    static constexpr qint64 kNoTime = std::numeric_limits<qint64>::min() / 2;

    // What a row holds: the compacted request and its values as numbers.
    struct Row
    {
        odag::RequestObject request;
        RequestState state = RequestState::Unknown;
        RequestKind kind = RequestKind::Unknown;
        qint64 createdMs = kNoTime;
        qint64 startedMs = kNoTime;
        qint64 finishedMs = kNoTime;
    };

    explicit RequestsModel(QObject *parent = nullptr);
    ~RequestsModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const odag::RequestObject *requestAt(const QModelIndex &index) const;
    QModelIndex indexOf(const QString &requestId) const;
    const odag::RequestObject *request(const QString &requestId) const;
    int requestCount() const { return int(m_byId.size()); }
    // The row of an index of this model (null for any other index).
    const Row *rowAt(const QModelIndex &index) const;
    // The sort key of a row in a column, without building QVariants: a number for the
    // columns that sort by a raw value (states by urgency, times in ms, row estimates),
    // the shown text for the others. SortRole carries the same values.
    static bool sortsAsText(int column);
    qint64 sortNumber(const Row &row, int column) const;
    QString sortText(const Row &row, int column) const;
    // Whether the free-text filter (lower case) finds `lowerText` in the row: ID, owner,
    // generated app, problem and link name.
    // `sharedHits` (optional, for one pass over many rows) remembers the answer for the
    // strings rows share (owner, link), keyed by their data.
    bool matchesText(const Row &row, const QString &lowerText, QHash<const void *, bool> *sharedHits = nullptr) const;
    // The tree read by pointer, for the proxy: a Row stays at one address while it is
    // held. `parent` null means the top level.
    const Row *parentRow(const Row *row) const;
    int rowOf(const Row *row) const;
    int childCount(const Row *parent) const;
    const Row *childAt(const Row *parent, int row) const;
    QModelIndex indexOfRow(const Row *row, int column = 0) const;
    // Owner ID -> name (or ID) of every request held.
    QHash<QString, QString> owners() const;

    // Inserts new requests, replaces changed ones and removes the named IDs. A singlesub
    // whose parent is not there yet sits at the top level and moves under its parent
    // when the parent arrives.
    void applyUpdate(const QList<odag::RequestObject> &upserts, const QStringList &removedIds = {});
    void setLinkNames(const QHash<QString, QString> &linkIdToName);
    QString linkName(const QString &linkId) const;

    // Milliseconds since the epoch of an ISO 8601 timestamp; fast for the common
    // `YYYY-MM-DDTHH:MM:SS[.fff](Z|±HH:MM)` form. kNoTime when empty or unreadable.
    static qint64 parseTimeMs(const QString &iso);

Q_SIGNALS:
    // Around every applyUpdate() and setLinkNames(): a proxy can take the inserts,
    // removals, moves and changes of one update in at once.
    void updateStarted();
    void updateFinished();

private:
    struct Node;
    Node *nodeOf(const QModelIndex &index) const;
    std::vector<Node *> &siblingsOf(Node *parent);
    QModelIndex indexOfNode(const Node *node, int column = 0) const;
    void fill(Node *node, odag::RequestObject request);
    void insertNodes(Node *parent, const std::vector<Node *> &nodes);
    void adoptWaitingChildren(Node *parent);
    void update(const QList<odag::RequestObject> &upserts, const QStringList &removedIds);
    void removeIds(const QStringList &ids);
    void deleteTree(Node *node);
    QVariant displayData(const Node *node, int column) const;
    QVariant sortData(const Node *node, int column) const;

    std::vector<Node *> m_roots;
    QHash<QString, Node *> m_byId;
    QHash<QString, QStringList> m_waiting; // parent ID -> children at top level waiting for it
    QHash<QString, QString> m_linkNames;
    QHash<QString, QString> m_linkNamesLower;
    RequestCompactor m_compactor;
};

} // namespace odag::gui
