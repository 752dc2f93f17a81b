#include "RequestsFilterProxy.h"

#include "RequestOrder.h"
#include "RequestSorter.h"

#include <algorithm>
#include <limits>

namespace odag::gui {

RequestsFilterProxy::RequestsFilterProxy(QObject *parent)
    : QAbstractProxyModel(parent)
{
}

RequestsFilterProxy::~RequestsFilterProxy() = default;

void RequestsFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    beginResetModel();
    if (sourceModel())
        disconnect(sourceModel(), nullptr, this, nullptr);
    m_model = qobject_cast<const RequestsModel *>(model);
    QAbstractProxyModel::setSourceModel(m_model ? model : nullptr);
    m_top.reset();
    if (m_model) {
        m_top = std::make_unique<RequestOrder>(m_model, nullptr);
        rebuild();
        auto *m = const_cast<RequestsModel *>(m_model);
        connect(m, &RequestsModel::updateStarted, this, [this] { m_inUpdate = true; });
        connect(m, &RequestsModel::updateFinished, this, [this] {
            m_inUpdate = false;
            sync();
        });
        connect(m, &QAbstractItemModel::rowsAboutToBeInserted, this, &RequestsFilterProxy::onRowsAboutToBeInserted);
        connect(m, &QAbstractItemModel::rowsInserted, this, &RequestsFilterProxy::onRowsInserted);
        connect(m, &QAbstractItemModel::rowsAboutToBeRemoved, this, &RequestsFilterProxy::onRowsAboutToBeRemoved);
        connect(m, &QAbstractItemModel::rowsRemoved, this, &RequestsFilterProxy::onRowsRemoved);
        connect(m, &QAbstractItemModel::rowsAboutToBeMoved, this,
                [this](const QModelIndex &from, int first, int last, const QModelIndex &to, int) {
                    onRowsAboutToBeMoved(from, first, last, to);
                });
        connect(m, &QAbstractItemModel::rowsMoved, this, &RequestsFilterProxy::onRowsMoved);
        connect(m, &QAbstractItemModel::dataChanged, this, &RequestsFilterProxy::onDataChanged);
        connect(m, &QAbstractItemModel::layoutAboutToBeChanged, this, &RequestsFilterProxy::startLayout);
        connect(m, &QAbstractItemModel::layoutChanged, this, &RequestsFilterProxy::onLayoutChanged);
        connect(m, &QAbstractItemModel::modelAboutToBeReset, this, &RequestsFilterProxy::beginResetModel);
        connect(m, &QAbstractItemModel::modelReset, this, &RequestsFilterProxy::onModelReset);
        connect(m, &QAbstractItemModel::headerDataChanged, this, &QAbstractItemModel::headerDataChanged);
        connect(m, &QObject::destroyed, this, [this] {
            beginResetModel();
            m_model = nullptr;
            m_children.clear();
            m_parents.clear();
            m_pending.clear();
            m_gone.clear();
            m_top.reset();
            endResetModel();
        });
    }
    endResetModel();
}

// --- the filter ---------------------------------------------------------------------

bool RequestsFilterProxy::matches(const Row &row) const
{
    if (!m_states.isEmpty() && !m_states.contains(int(row.state)))
        return false;
    if (m_kind >= 0 && int(row.kind) != m_kind)
        return false;
    if (!m_linkId.isEmpty() && row.request.link != m_linkId)
        return false;
    if (!m_ownerId.isEmpty() && row.request.owner.id != m_ownerId)
        return false;
    if (m_period != Period::Any && (row.createdMs < m_fromMs || row.createdMs > m_toMs))
        return false;
    return m_text.isEmpty() || m_model->matchesText(row, m_text, &m_sharedTextHits);
}

bool RequestsFilterProxy::acceptsChild(const Row *row) const
{
    return !m_active || matches(*row);
}

bool RequestsFilterProxy::acceptsTop(const Row *row) const
{
    if (!m_active || matches(*row))
        return true;
    if (!m_parents.contains(row))
        return false;
    const int children = m_model->childCount(row);
    for (int i = 0; i < children; ++i) {
        if (matches(*m_model->childAt(row, i)))
            return true;
    }
    return false;
}

void RequestsFilterProxy::filterChanged()
{
    m_active = !m_states.isEmpty() || m_kind >= 0 || !m_linkId.isEmpty() || !m_ownerId.isEmpty()
        || !m_text.isEmpty() || m_period != Period::Any;
    if (!m_top)
        return;
    sync();
    startLayout();
    m_sharedTextHits.clear();
    m_top->refilter([this](const Row *r) { return acceptsTop(r); });
    for (auto &[parent, level] : m_children)
        level->refilter([this](const Row *r) { return acceptsChild(r); });
    endLayout();
}

void RequestsFilterProxy::setStates(const QSet<int> &states)
{
    if (states == m_states)
        return;
    m_states = states;
    filterChanged();
}

void RequestsFilterProxy::setKind(int kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    filterChanged();
}

void RequestsFilterProxy::setLinkId(const QString &linkId)
{
    if (linkId == m_linkId)
        return;
    m_linkId = linkId;
    filterChanged();
}

void RequestsFilterProxy::setOwnerId(const QString &ownerId)
{
    if (ownerId == m_ownerId)
        return;
    m_ownerId = ownerId;
    filterChanged();
}

void RequestsFilterProxy::setText(const QString &text)
{
    const QString lower = text.trimmed().toLower();
    if (lower == m_text)
        return;
    m_text = lower;
    filterChanged();
}

void RequestsFilterProxy::setPeriod(Period period, const QDateTime &from, const QDateTime &to)
{
    m_period = period;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_toMs = std::numeric_limits<qint64>::max();
    switch (period) {
    case Period::Any:
        m_fromMs = std::numeric_limits<qint64>::min();
        break;
    case Period::LastHour:
        m_fromMs = now - 3600 * 1000;
        break;
    case Period::LastDay:
        m_fromMs = now - 24 * 3600 * 1000;
        break;
    case Period::LastWeek:
        m_fromMs = now - 7 * 24 * 3600 * qint64(1000);
        break;
    case Period::Custom:
        m_fromMs = from.isValid() ? from.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
        m_toMs = to.isValid() ? to.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
        break;
    }
    filterChanged();
}

// --- the sort -----------------------------------------------------------------------

RequestSorter RequestsFilterProxy::sorter() const
{
    return RequestSorter(m_model, m_sortColumn, m_sortOrder);
}

void RequestsFilterProxy::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column >= 0 && column < RequestsModel::ColumnCount ? column : -1;
    m_sortOrder = order;
    if (!m_top)
        return;
    sync();
    startLayout();
    const RequestSorter s = sorter();
    m_top->resort(s);
    for (auto &[parent, level] : m_children)
        level->resort(s);
    endLayout();
}

// --- the levels ---------------------------------------------------------------------

RequestOrder *RequestsFilterProxy::existingLevel(const Row *parent) const
{
    if (!parent)
        return m_top.get();
    const auto it = m_children.find(parent);
    return it == m_children.end() ? nullptr : it->second.get();
}

RequestOrder *RequestsFilterProxy::childLevel(const Row *parent) const
{
    if (RequestOrder *level = existingLevel(parent))
        return level;
    m_sharedTextHits.clear();
    auto level = std::make_unique<RequestOrder>(m_model, parent);
    level->rebuild(sorter(), [this](const Row *r) { return acceptsChild(r); });
    return m_children.emplace(parent, std::move(level)).first->second.get();
}

bool RequestsFilterProxy::levelOf(const QModelIndex &sourceParent, const Row **parent) const
{
    if (!sourceParent.isValid()) {
        *parent = nullptr;
        return true;
    }
    const Row *row = m_model->rowAt(sourceParent);
    if (!row || sourceParent.column() != 0 || m_model->parentRow(row))
        return false; // the proxy shows two levels
    *parent = row;
    return true;
}

std::vector<const RequestsFilterProxy::Row *> RequestsFilterProxy::rowsOf(const Row *parent, int first, int last) const
{
    std::vector<const Row *> rows;
    rows.reserve(size_t(std::max(0, last - first + 1)));
    for (int r = first; r <= last; ++r) {
        if (const Row *row = m_model->childAt(parent, r))
            rows.push_back(row);
    }
    return rows;
}

// A row about to be deleted leaves every pending list, and its children's level goes.
void RequestsFilterProxy::forget(const Row *row)
{
    m_gone.insert(row);
    for (auto &[parent, pending] : m_pending) {
        std::erase(pending.changed, row);
        std::erase(pending.added, row);
    }
    m_pending.erase(row);
    m_children.erase(row);
    m_parents.remove(row);
}

// --- the model's changes ------------------------------------------------------------

void RequestsFilterProxy::startLayout()
{
    if (m_layoutStarted)
        return;
    m_layoutStarted = true;
    Q_EMIT layoutAboutToBeChanged();
    m_savedProxy = persistentIndexList();
    m_savedSource.clear();
    m_savedSource.reserve(m_savedProxy.size());
    for (const QModelIndex &i : std::as_const(m_savedProxy))
        m_savedSource.append(QPersistentModelIndex(mapToSource(i)));
}

void RequestsFilterProxy::endLayout()
{
    if (!m_layoutStarted)
        return;
    QModelIndexList to;
    to.reserve(m_savedSource.size());
    for (const QPersistentModelIndex &s : std::as_const(m_savedSource))
        to.append(mapFromSource(s));
    changePersistentIndexList(m_savedProxy, to);
    m_savedProxy.clear();
    m_savedSource.clear();
    m_layoutStarted = false;
    Q_EMIT layoutChanged();
}

void RequestsFilterProxy::onRowsAboutToBeInserted(const QModelIndex &parent, int, int)
{
    const Row *p = nullptr;
    if (levelOf(parent, &p) && (existingLevel(p) || m_active))
        startLayout();
}

void RequestsFilterProxy::onRowsInserted(const QModelIndex &parent, int first, int last)
{
    const Row *p = nullptr;
    if (!levelOf(parent, &p))
        return;
    if (existingLevel(p)) {
        std::vector<const Row *> rows = rowsOf(p, first, last);
        std::vector<const Row *> &added = m_pending[p].added;
        added.insert(added.end(), rows.begin(), rows.end());
    }
    if (p)
        m_parents.insert(p);
    if (p && m_active)
        m_pending[nullptr].changed.push_back(p); // a new child can let its parent in
    afterSourceChange();
}

void RequestsFilterProxy::onRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last)
{
    const Row *p = nullptr;
    if (!levelOf(parent, &p) || !(existingLevel(p) || m_active))
        return;
    startLayout();
    const bool tracked = existingLevel(p) != nullptr;
    for (const Row *row : rowsOf(p, first, last)) {
        forget(row);
        if (tracked)
            m_pending[p].removed.insert(row);
    }
    if (p && m_active)
        m_pending[nullptr].changed.push_back(p);
}

void RequestsFilterProxy::onRowsRemoved(const QModelIndex &parent)
{
    const Row *p = nullptr;
    if (levelOf(parent, &p) && p && m_model->childCount(p) == 0)
        m_parents.remove(p);
    afterSourceChange();
}

void RequestsFilterProxy::onRowsAboutToBeMoved(const QModelIndex &from, int first, int last, const QModelIndex &)
{
    startLayout();
    const Row *p = nullptr;
    m_moving.clear();
    if (!levelOf(from, &p))
        return;
    m_moving = rowsOf(p, first, last);
    if (existingLevel(p)) {
        for (const Row *row : m_moving)
            m_pending[p].removed.insert(row);
    }
    if (p && m_active)
        m_pending[nullptr].changed.push_back(p);
}

void RequestsFilterProxy::onRowsMoved(const QModelIndex &, int, int, const QModelIndex &to, int)
{
    const Row *p = nullptr;
    if (levelOf(to, &p)) {
        if (p)
            m_parents.insert(p);
        if (existingLevel(p)) {
            std::vector<const Row *> &added = m_pending[p].added;
            added.insert(added.end(), m_moving.begin(), m_moving.end());
        }
        if (p && m_active)
            m_pending[nullptr].changed.push_back(p);
    }
    m_moving.clear();
    afterSourceChange();
}

void RequestsFilterProxy::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    const Row *p = nullptr;
    if (!topLeft.isValid() || !levelOf(topLeft.parent(), &p))
        return;
    m_firstChangedColumn = m_firstChangedColumn < 0 ? topLeft.column() : std::min(m_firstChangedColumn, topLeft.column());
    m_lastChangedColumn = std::max(m_lastChangedColumn, bottomRight.column());
    if (existingLevel(p)) {
        std::vector<const Row *> rows = rowsOf(p, topLeft.row(), bottomRight.row());
        std::vector<const Row *> &changed = m_pending[p].changed;
        changed.insert(changed.end(), rows.begin(), rows.end());
    }
    if (p && m_active)
        m_pending[nullptr].changed.push_back(p);
    afterSourceChange();
}

void RequestsFilterProxy::onLayoutChanged()
{
    rebuild();
    endLayout();
}

void RequestsFilterProxy::onModelReset()
{
    rebuild();
    endResetModel();
}

void RequestsFilterProxy::rebuild()
{
    m_pending.clear();
    m_gone.clear();
    m_children.clear();
    m_parents.clear();
    m_sharedTextHits.clear();
    const int count = m_model->childCount(nullptr);
    for (int i = 0; i < count; ++i) {
        const Row *row = m_model->childAt(nullptr, i);
        if (m_model->childCount(row) > 0)
            m_parents.insert(row);
    }
    m_top->rebuild(sorter(), [this](const Row *r) { return acceptsTop(r); });
}

void RequestsFilterProxy::afterSourceChange()
{
    if (!m_inUpdate)
        sync();
}

// Takes in what the update did: the children's levels first (a parent's acceptance
// reads its children), then the top level; one layout change for all of it.
void RequestsFilterProxy::sync()
{
    if (m_pending.empty() && !m_layoutStarted) {
        m_firstChangedColumn = m_lastChangedColumn = -1;
        return;
    }
    const RequestSorter s = sorter();
    const auto announce = [this] { startLayout(); };
    m_sharedTextHits.clear(); // rows may have gone, and their strings with them
    std::unordered_map<const Row *, Pending> pending;
    pending.swap(m_pending);
    for (auto &[parent, changes] : pending) {
        if (!parent)
            continue;
        if (RequestOrder *level = existingLevel(parent))
            level->apply(changes.removed, changes.changed, changes.added, s,
                         [this](const Row *r) { return acceptsChild(r); }, announce);
    }
    if (const auto top = pending.find(nullptr); top != pending.end())
        m_top->apply(top->second.removed, top->second.changed, top->second.added, s,
                     [this](const Row *r) { return acceptsTop(r); }, announce);
    m_gone.clear();
    endLayout();
    if (m_firstChangedColumn >= 0) {
        for (auto &[parent, changes] : pending)
            emitDataChanged(parent, changes.changed);
    }
    m_firstChangedColumn = m_lastChangedColumn = -1;
}

// Repaints the changed rows that are shown, a run of proxy rows at a time.
void RequestsFilterProxy::emitDataChanged(const Row *parent, const std::vector<const Row *> &rows)
{
    const RequestOrder *level = existingLevel(parent);
    if (!level || rows.empty() || level->shownCount() == 0)
        return;
    const QModelIndex proxyParent = parent ? mapFromSource(m_model->indexOfRow(parent)) : QModelIndex();
    if (parent && !proxyParent.isValid())
        return;
    if (rows.size() * 4 > size_t(level->shownCount())) {
        Q_EMIT dataChanged(index(0, m_firstChangedColumn, proxyParent),
                           index(level->shownCount() - 1, m_lastChangedColumn, proxyParent));
        return;
    }
    std::vector<int> proxyRows;
    proxyRows.reserve(rows.size());
    for (const Row *r : rows) {
        const int row = level->proxyRowOf(m_model->rowOf(r));
        if (row >= 0 && level->shownAt(row) == r)
            proxyRows.push_back(row);
    }
    if (proxyRows.empty())
        return;
    std::sort(proxyRows.begin(), proxyRows.end());
    proxyRows.erase(std::unique(proxyRows.begin(), proxyRows.end()), proxyRows.end());
    for (size_t i = 0; i < proxyRows.size();) {
        size_t j = i;
        while (j + 1 < proxyRows.size() && proxyRows[j + 1] == proxyRows[j] + 1)
            ++j;
        Q_EMIT dataChanged(index(proxyRows[i], m_firstChangedColumn, proxyParent),
                           index(proxyRows[j], m_lastChangedColumn, proxyParent));
        i = j + 1;
    }
}

// --- the proxy's tree ---------------------------------------------------------------

QModelIndex RequestsFilterProxy::index(int row, int column, const QModelIndex &parent) const
{
    if (!m_top || row < 0 || column < 0 || column >= RequestsModel::ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_top->shownCount() ? createIndex(row, column, nullptr) : QModelIndex();
    if (parent.model() != this || parent.column() != 0 || parent.internalPointer())
        return {};
    const Row *p = m_top->shownAt(parent.row());
    if (!p || !m_parents.contains(p) || row >= childLevel(p)->shownCount())
        return {};
    return createIndex(row, column, const_cast<Row *>(p));
}

QModelIndex RequestsFilterProxy::parent(const QModelIndex &child) const
{
    if (!m_top || !child.isValid() || !child.internalPointer())
        return {};
    const auto *p = static_cast<const Row *>(child.internalPointer());
    const int row = m_top->proxyRowOf(m_model->rowOf(p));
    return row >= 0 ? createIndex(row, 0, nullptr) : QModelIndex();
}

int RequestsFilterProxy::rowCount(const QModelIndex &parent) const
{
    if (!m_top)
        return 0;
    if (!parent.isValid())
        return m_top->shownCount();
    if (parent.model() != this || parent.column() != 0 || parent.internalPointer())
        return 0;
    const Row *p = m_top->shownAt(parent.row());
    if (!p || !m_parents.contains(p))
        return 0;
    return childLevel(p)->shownCount();
}

int RequestsFilterProxy::columnCount(const QModelIndex &parent) const
{
    if (!m_top || (parent.isValid() && parent.column() != 0))
        return 0;
    return RequestsModel::ColumnCount;
}

bool RequestsFilterProxy::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

Qt::ItemFlags RequestsFilterProxy::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (index.internalPointer() || !m_parents.contains(m_top->shownAt(index.row())))
        return flags | Qt::ItemNeverHasChildren;
    return flags;
}

QVariant RequestsFilterProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_model)
        return {};
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    return m_model->headerData(section, orientation, role);
}

QModelIndex RequestsFilterProxy::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_top || !proxyIndex.isValid() || proxyIndex.model() != this)
        return {};
    const auto *p = static_cast<const Row *>(proxyIndex.internalPointer());
    const RequestOrder *level = p ? existingLevel(p) : m_top.get();
    const Row *row = level ? level->shownAt(proxyIndex.row()) : nullptr;
    if (!row || (!m_gone.isEmpty() && (m_gone.contains(row) || (p && m_gone.contains(p)))))
        return {};
    return m_model->indexOfRow(row, proxyIndex.column());
}

QModelIndex RequestsFilterProxy::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!m_top || !sourceIndex.isValid() || sourceIndex.model() != m_model)
        return {};
    const Row *row = m_model->rowAt(sourceIndex);
    const Row *p = m_model->parentRow(row);
    if (!p) {
        const int r = m_top->proxyRowOf(sourceIndex.row());
        return r >= 0 ? createIndex(r, sourceIndex.column(), nullptr) : QModelIndex();
    }
    if (m_model->parentRow(p) || m_top->proxyRowOf(m_model->rowOf(p)) < 0)
        return {};
    const int r = childLevel(p)->proxyRowOf(sourceIndex.row());
    return r >= 0 ? createIndex(r, sourceIndex.column(), const_cast<Row *>(p)) : QModelIndex();
}

} // namespace odag::gui
