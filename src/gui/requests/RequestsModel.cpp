#include "RequestsModel.h"

#include "RequestFormat.h"

#include <QDateTime>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace odag::gui {

// One request in the tree: its Row and its place.
struct RequestsModel::Node : RequestsModel::Row
{
    Node *parent = nullptr;
    std::vector<Node *> children;
    int row = 0;
};

namespace {
int twoDigits(const QChar *p)
{
    return (p[0].unicode() - '0') * 10 + (p[1].unicode() - '0');
}

bool allDigits(const QChar *p, int n)
{
    for (int i = 0; i < n; ++i) {
        if (p[i].unicode() < '0' || p[i].unicode() > '9')
            return false;
    }
    return true;
}

// Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm).
qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return qint64(era) * 146097 + doe - 719468;
}
} // namespace

qint64 RequestsModel::parseTimeMs(const QString &iso)
{
    if (iso.isEmpty())
        return kNoTime;
    const QChar *p = iso.constData();
    const int n = int(iso.size());
    const bool shapeOk = n >= 19 && allDigits(p, 4) && p[4] == u'-' && allDigits(p + 5, 2) && p[7] == u'-'
        && allDigits(p + 8, 2) && (p[10] == u'T' || p[10] == u' ') && allDigits(p + 11, 2) && p[13] == u':'
        && allDigits(p + 14, 2) && p[16] == u':' && allDigits(p + 17, 2);
    if (shapeOk) {
        const int year = twoDigits(p) * 100 + twoDigits(p + 2);
        qint64 ms = (daysFromCivil(year, twoDigits(p + 5), twoDigits(p + 8)) * 86400 + twoDigits(p + 11) * 3600
                     + twoDigits(p + 14) * 60 + twoDigits(p + 17))
            * 1000;
        int i = 19;
        if (i < n && p[i] == u'.') {
            ++i;
            int scale = 100;
            while (i < n && p[i].isDigit()) {
                ms += (p[i].unicode() - '0') * scale;
                scale /= 10;
                ++i;
            }
        }
        if (i == n || (p[i] == u'Z' && i + 1 == n))
            return ms;
        if ((p[i] == u'+' || p[i] == u'-') && i + 6 == n && allDigits(p + i + 1, 2) && p[i + 3] == u':'
            && allDigits(p + i + 4, 2)) {
            const qint64 offset = (twoDigits(p + i + 1) * 60 + twoDigits(p + i + 4)) * 60000;
            return p[i] == u'+' ? ms - offset : ms + offset;
        }
    }
    const QDateTime dt = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return dt.isValid() ? dt.toMSecsSinceEpoch() : kNoTime;
}

RequestsModel::RequestsModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

RequestsModel::~RequestsModel()
{
    for (Node *n : std::as_const(m_byId))
        delete n;
}

RequestsModel::Node *RequestsModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : nullptr;
}

std::vector<RequestsModel::Node *> &RequestsModel::siblingsOf(Node *parent)
{
    return parent ? parent->children : m_roots;
}

QModelIndex RequestsModel::indexOfNode(const Node *node, int column) const
{
    if (!node)
        return {};
    return createIndex(node->row, column, const_cast<Node *>(node));
}

QModelIndex RequestsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (parent.isValid() && parent.column() != 0)
        return {};
    const std::vector<Node *> &list = parent.isValid() ? nodeOf(parent)->children : m_roots;
    if (row >= int(list.size()))
        return {};
    return createIndex(row, column, list[size_t(row)]);
}

QModelIndex RequestsModel::parent(const QModelIndex &child) const
{
    const Node *n = nodeOf(child);
    if (!n || !n->parent)
        return {};
    return indexOfNode(n->parent);
}

int RequestsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_roots.size());
    if (parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int RequestsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

const odag::RequestObject *RequestsModel::requestAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    return &nodeOf(index)->request;
}

const RequestsModel::Row *RequestsModel::rowAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    return nodeOf(index);
}

QModelIndex RequestsModel::indexOf(const QString &requestId) const
{
    return indexOfNode(m_byId.value(requestId));
}

const odag::RequestObject *RequestsModel::request(const QString &requestId) const
{
    const Node *n = m_byId.value(requestId);
    return n ? &n->request : nullptr;
}

QString RequestsModel::linkName(const QString &linkId) const
{
    return m_linkNames.value(linkId, linkId);
}

QVariant RequestsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StateColumn:
        return tr("State");
    case KindColumn:
        return tr("Kind");
    case LinkColumn:
        return tr("Link");
    case OwnerColumn:
        return tr("Owner");
    case GeneratedAppColumn:
        return tr("Generated app");
    case CreatedColumn:
        return tr("Created");
    case StartedColumn:
        return tr("Started");
    case FinishedColumn:
        return tr("Finished");
    case DurationColumn:
        return tr("Duration");
    case RowEstimateColumn:
        return tr("Rows (bounds)");
    case LoadHostColumn:
        return tr("Load host");
    case ErrorColumn:
        return tr("Error");
    }
    return {};
}

QVariant RequestsModel::displayData(const Node *node, int column) const
{
    const odag::RequestObject &r = node->request;
    switch (column) {
    case StateColumn:
        return displayName(r.state);
    case KindColumn:
        return displayName(r.kind);
    case LinkColumn:
        return linkName(r.link);
    case OwnerColumn:
        return r.owner.name.isEmpty() ? r.owner.id : r.owner.name;
    case GeneratedAppColumn:
        return r.generatedAppDisplayName();
    case CreatedColumn:
        return RequestFormat::time(node->createdMs);
    case StartedColumn:
        return RequestFormat::time(node->startedMs);
    case FinishedColumn:
        return RequestFormat::time(node->finishedMs);
    case DurationColumn:
        if (node->startedMs != kNoTime && node->finishedMs != kNoTime)
            return RequestFormat::duration(node->finishedMs - node->startedMs);
        return {};
    case RowEstimateColumn:
        return RequestFormat::rowEstimate(r);
    case LoadHostColumn:
        return r.loadState ? r.loadState->loadHost : QString();
    case ErrorColumn:
        return RequestFormat::problem(r);
    }
    return {};
}

QVariant RequestsModel::sortData(const Node *node, int column) const
{
    if (sortsAsText(column))
        return displayData(node, column);
    if (column == StateColumn || column == KindColumn)
        return int(sortNumber(*node, column));
    return sortNumber(*node, column);
}

QVariant RequestsModel::data(const QModelIndex &index, int role) const
{
    const Node *node = nodeOf(index);
    if (!node || index.model() != this)
        return {};
    const odag::RequestObject &r = node->request;
    switch (role) {
    case Qt::DisplayRole:
        return displayData(node, index.column());
    case Qt::ToolTipRole:
        if (index.column() == ErrorColumn || index.column() == StateColumn)
            return RequestFormat::problem(r).isEmpty() ? QVariant(displayName(r.state))
                                                       : QVariant(RequestFormat::problem(r));
        return displayData(node, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == RowEstimateColumn || index.column() == DurationColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        return sortData(node, index.column());
    case RequestIdRole:
        return r.id;
    case StateRole:
        return int(node->state);
    case KindRole:
        return int(node->kind);
    case LinkIdRole:
        return r.link;
    case OwnerIdRole:
        return r.owner.id;
    case CreatedMsRole:
        return node->createdMs;
    case SearchTextRole:
        // Built on demand: the text filter itself uses matchesText().
        return QStringList{r.id, r.owner.name, r.owner.id, r.generatedAppDisplayName(), RequestFormat::problem(r),
                           linkName(r.link)}
            .join(QLatin1Char(' '))
            .toLower();
    }
    return {};
}

void RequestsModel::fill(Node *node, odag::RequestObject request)
{
    m_compactor.compact(request);
    node->request = std::move(request);
    const odag::RequestObject &r = node->request;
    node->state = r.state.value();
    node->kind = r.kind.value();
    node->createdMs = parseTimeMs(r.createdDate.raw());
    node->startedMs = r.loadState ? parseTimeMs(r.loadState->startedAt.raw()) : kNoTime;
    node->finishedMs = r.loadState && r.loadState->finishedAt ? parseTimeMs(r.loadState->finishedAt->raw()) : kNoTime;
}

void RequestsModel::insertNodes(Node *parent, const std::vector<Node *> &nodes)
{
    if (nodes.empty())
        return;
    std::vector<Node *> &list = siblingsOf(parent);
    const int first = int(list.size());
    beginInsertRows(indexOfNode(parent), first, first + int(nodes.size()) - 1);
    list.reserve(list.size() + nodes.size());
    for (Node *n : nodes) {
        n->parent = parent;
        n->row = int(list.size());
        list.push_back(n);
        m_byId.insert(n->request.id, n);
    }
    endInsertRows();
}

// Moves the singlesub requests that arrived before `parent` under it.
void RequestsModel::adoptWaitingChildren(Node *parent)
{
    const QStringList ids = m_waiting.take(parent->request.id);
    for (const QString &id : ids) {
        Node *child = m_byId.value(id);
        if (!child || child->parent)
            continue;
        const int from = child->row;
        const int to = int(parent->children.size());
        beginMoveRows(QModelIndex(), from, from, indexOfNode(parent), to);
        m_roots.erase(m_roots.begin() + from);
        for (size_t i = size_t(from); i < m_roots.size(); ++i)
            m_roots[i]->row = int(i);
        child->parent = parent;
        child->row = to;
        parent->children.push_back(child);
        endMoveRows();
    }
}

void RequestsModel::deleteTree(Node *node)
{
    for (Node *c : node->children)
        deleteTree(c);
    m_byId.remove(node->request.id);
    if (const auto &p = node->request.parentRequestId; p && !node->parent) {
        auto it = m_waiting.find(*p);
        if (it != m_waiting.end()) {
            it->removeAll(node->request.id);
            if (it->isEmpty())
                m_waiting.erase(it);
        }
    }
    delete node;
}

void RequestsModel::removeIds(const QStringList &ids)
{
    // Children first (their parents' rows are still right), the top level last.
    QHash<Node *, std::vector<int>> rowsByParent;
    std::vector<int> rootRows;
    for (const QString &id : ids) {
        Node *n = m_byId.value(id);
        if (!n)
            continue;
        if (n->parent)
            rowsByParent[n->parent].push_back(n->row);
        else
            rootRows.push_back(n->row);
    }
    auto removeRows = [this](Node *parent, std::vector<int> rows) {
        std::vector<Node *> &list = siblingsOf(parent);
        std::sort(rows.begin(), rows.end());
        rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
        int i = int(rows.size()) - 1;
        while (i >= 0) {
            const int last = rows[size_t(i)];
            int first = last;
            while (i > 0 && rows[size_t(i - 1)] == first - 1)
                first = rows[size_t(--i)];
            --i;
            beginRemoveRows(indexOfNode(parent), first, last);
            for (int r = first; r <= last; ++r)
                deleteTree(list[size_t(r)]);
            list.erase(list.begin() + first, list.begin() + last + 1);
            for (size_t k = size_t(first); k < list.size(); ++k)
                list[k]->row = int(k);
            endRemoveRows();
        }
    };
    for (auto it = rowsByParent.begin(); it != rowsByParent.end(); ++it) {
        // A parent removed in this batch takes its children with it.
        if (!ids.contains(it.key()->request.id))
            removeRows(it.key(), it.value());
    }
    if (!rootRows.empty())
        removeRows(nullptr, rootRows);
}

void RequestsModel::applyUpdate(const QList<odag::RequestObject> &upserts, const QStringList &removedIds)
{
    Q_EMIT updateStarted();
    update(upserts, removedIds);
    Q_EMIT updateFinished();
}

void RequestsModel::update(const QList<odag::RequestObject> &upserts, const QStringList &removedIds)
{
    if (!removedIds.isEmpty())
        removeIds(removedIds);

    QHash<Node *, std::vector<Node *>> changedNodes; // parent (null: top level) -> changed children
    std::vector<Node *> newRoots;
    QHash<QString, std::vector<Node *>> newChildren; // parent ID -> new children
    QSet<QString> newIds;
    for (const odag::RequestObject &r : upserts) {
        if (!m_byId.contains(r.id))
            newIds.insert(r.id);
    }
    QHash<QString, Node *> fresh;
    for (const odag::RequestObject &r : upserts) {
        if (Node *n = fresh.value(r.id)) { // the same ID twice in a batch: the last one wins
            fill(n, r);
            continue;
        }
        if (Node *n = m_byId.value(r.id)) {
            odag::RequestObject kept = r;
            RequestCompactor::dropUnknownFields(kept);
            if (n->request == kept)
                continue;
            fill(n, std::move(kept));
            changedNodes[n->parent].push_back(n);
            continue;
        }
        auto *n = new Node;
        fill(n, r);
        fresh.insert(r.id, n);
        const QString parentId = r.parentRequestId.value_or(QString());
        if (!parentId.isEmpty() && parentId != r.id && (m_byId.contains(parentId) || newIds.contains(parentId))) {
            newChildren[parentId].push_back(n);
        } else {
            if (!parentId.isEmpty() && parentId != r.id)
                m_waiting[parentId].append(r.id);
            newRoots.push_back(n);
        }
    }
    insertNodes(nullptr, newRoots);
    for (auto it = newChildren.cbegin(); it != newChildren.cend(); ++it)
        insertNodes(m_byId.value(it.key()), it.value());
    for (Node *n : newRoots) {
        if (m_waiting.contains(n->request.id))
            adoptWaitingChildren(n);
    }

    // Rows are read now: a waiting child that moved under its parent changed them.
    for (auto it = changedNodes.cbegin(); it != changedNodes.cend(); ++it) {
        const std::vector<Node *> &nodes = it.value();
        std::vector<int> rows;
        rows.reserve(nodes.size());
        Node *parent = nodes.front()->parent;
        bool sameParent = true;
        for (Node *n : nodes) {
            if (n->parent != parent) {
                sameParent = false;
                Q_EMIT dataChanged(indexOfNode(n), indexOfNode(n, ColumnCount - 1));
            } else {
                rows.push_back(n->row);
            }
        }
        const std::vector<Node *> &list = siblingsOf(parent);
        if (sameParent && rows.size() * 2 > list.size()) {
            Q_EMIT dataChanged(index(0, 0, indexOfNode(parent)),
                               index(int(list.size()) - 1, ColumnCount - 1, indexOfNode(parent)));
            continue;
        }
        std::sort(rows.begin(), rows.end());
        for (size_t i = 0; i < rows.size();) {
            size_t j = i;
            while (j + 1 < rows.size() && rows[j + 1] <= rows[j] + 1)
                ++j;
            Q_EMIT dataChanged(createIndex(rows[i], 0, list[size_t(rows[i])]),
                               createIndex(rows[j], ColumnCount - 1, list[size_t(rows[j])]));
            i = j + 1;
        }
    }
}

void RequestsModel::setLinkNames(const QHash<QString, QString> &linkIdToName)
{
    if (linkIdToName == m_linkNames)
        return;
    m_linkNames = linkIdToName;
    m_linkNamesLower.clear();
    for (auto it = m_linkNames.cbegin(); it != m_linkNames.cend(); ++it)
        m_linkNamesLower.insert(it.key(), it.value().toLower());
    if (m_roots.empty())
        return;
    Q_EMIT updateStarted();
    Q_EMIT dataChanged(index(0, LinkColumn), index(int(m_roots.size()) - 1, LinkColumn));
    for (const Node *n : m_roots) {
        if (!n->children.empty()) {
            const QModelIndex p = indexOfNode(n);
            Q_EMIT dataChanged(index(0, LinkColumn, p), index(int(n->children.size()) - 1, LinkColumn, p));
        }
    }
    Q_EMIT updateFinished();
}

namespace {
qint64 durationOf(const RequestsModel::Row &r)
{
    return r.startedMs != RequestsModel::kNoTime && r.finishedMs != RequestsModel::kNoTime ? r.finishedMs - r.startedMs
                                                                                         : qint64(-1);
}
} // namespace

bool RequestsModel::sortsAsText(int column)
{
    switch (column) {
    case StateColumn:
    case KindColumn:
    case CreatedColumn:
    case StartedColumn:
    case FinishedColumn:
    case DurationColumn:
    case RowEstimateColumn:
        return false;
    default:
        return true;
    }
}

qint64 RequestsModel::sortNumber(const Row &row, int column) const
{
    switch (column) {
    case StateColumn:
        return RequestFormat::stateOrder(row.state);
    case KindColumn:
        return int(row.kind);
    case CreatedColumn:
        return row.createdMs;
    case StartedColumn:
        return row.startedMs;
    case FinishedColumn:
        return row.finishedMs;
    case DurationColumn:
        return durationOf(row);
    case RowEstimateColumn:
        return row.request.actualRowEst.value_or(-1);
    default:
        return 0;
    }
}

QString RequestsModel::sortText(const Row &row, int column) const
{
    return displayData(static_cast<const Node *>(&row), column).toString();
}

const RequestsModel::Row *RequestsModel::parentRow(const Row *row) const
{
    return row ? static_cast<const Node *>(row)->parent : nullptr;
}

int RequestsModel::rowOf(const Row *row) const
{
    return row ? static_cast<const Node *>(row)->row : -1;
}

int RequestsModel::childCount(const Row *parent) const
{
    return int(parent ? static_cast<const Node *>(parent)->children.size() : m_roots.size());
}

const RequestsModel::Row *RequestsModel::childAt(const Row *parent, int row) const
{
    const std::vector<Node *> &list = parent ? static_cast<const Node *>(parent)->children : m_roots;
    return row >= 0 && row < int(list.size()) ? list[size_t(row)] : nullptr;
}

QModelIndex RequestsModel::indexOfRow(const Row *row, int column) const
{
    return indexOfNode(static_cast<const Node *>(row), column);
}

bool RequestsModel::matchesText(const Row &row, const QString &lowerText, QHash<const void *, bool> *sharedHits) const
{
    const odag::RequestObject &r = row.request;
    auto has = [&lowerText](const QString &s) { return s.contains(lowerText, Qt::CaseInsensitive); };
    // Owners and links repeat across rows and share their data (RequestCompactor).
    auto sharedHas = [&](const QString &s, bool lower) {
        if (!sharedHits || s.isEmpty())
            return lower ? s.contains(lowerText) : has(s);
        const auto it = sharedHits->constFind(s.constData());
        if (it != sharedHits->cend())
            return *it;
        const bool hit = lower ? s.contains(lowerText) : has(s);
        sharedHits->insert(s.constData(), hit);
        return hit;
    };
    if (has(r.id) || sharedHas(r.owner.name, false) || sharedHas(r.owner.id, false) || has(r.generatedAppDisplayName()))
        return true;
    if ((r.errorMessage || r.validation) && has(RequestFormat::problem(r)))
        return true;
    const auto link = m_linkNamesLower.constFind(r.link);
    return link != m_linkNamesLower.cend() ? sharedHas(*link, true) : sharedHas(r.link, false);
}

QHash<QString, QString> RequestsModel::owners() const
{
    QHash<QString, QString> out;
    for (const Node *n : m_byId) {
        const odag::UserStateCondensed &o = n->request.owner;
        if (!o.id.isEmpty() && !out.contains(o.id))
            out.insert(o.id, o.name.isEmpty() ? o.id : o.name);
    }
    return out;
}

} // namespace odag::gui
