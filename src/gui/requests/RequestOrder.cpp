#include "RequestOrder.h"

#include "RequestSorter.h"

#include <algorithm>

namespace odag::gui {

RequestOrder::RequestOrder(const RequestsModel *model, const Row *parent)
    : m_model(model)
    , m_parent(parent)
{
}

const RequestOrder::Row *RequestOrder::shownAt(int proxyRow) const
{
    return proxyRow >= 0 && proxyRow < int(m_shown.size()) ? m_shown[size_t(proxyRow)] : nullptr;
}

int RequestOrder::proxyRowOf(int sourceRow) const
{
    const_cast<RequestOrder *>(this)->indexPositions();
    return sourceRow >= 0 && sourceRow < int(m_proxyRow.size()) ? m_proxyRow[size_t(sourceRow)] : -1;
}

// Model row -> place, for every row of the level: one pass over the sorted rows.
void RequestOrder::indexPositions()
{
    if (!m_positionsStale)
        return;
    const size_t count = size_t(m_model->childCount(m_parent));
    m_orderPos.assign(count, -1);
    m_proxyRow.assign(count, -1);
    size_t j = 0;
    for (size_t i = 0; i < m_order.size(); ++i) {
        const int source = m_model->rowOf(m_order[i]);
        if (source < 0 || size_t(source) >= count)
            continue;
        m_orderPos[size_t(source)] = int(i);
        if (j < m_shown.size() && m_shown[j] == m_order[i])
            m_proxyRow[size_t(source)] = int(j++);
    }
    m_positionsStale = false;
}

int RequestOrder::orderPosOf(const Row *row)
{
    indexPositions();
    const int source = m_model->rowOf(row);
    if (source < 0 || source >= int(m_orderPos.size()))
        return -1;
    const int pos = m_orderPos[size_t(source)];
    return pos >= 0 && m_order[size_t(pos)] == row ? pos : -1;
}

bool RequestOrder::shownNow(const Row *row)
{
    const int source = m_model->rowOf(row);
    return source >= 0 && source < int(m_proxyRow.size()) && m_proxyRow[size_t(source)] >= 0;
}

void RequestOrder::rebuild(const RequestSorter &sorter, const Accepts &accepts)
{
    const int count = m_model->childCount(m_parent);
    m_order.resize(size_t(count));
    for (int i = 0; i < count; ++i)
        m_order[size_t(i)] = m_model->childAt(m_parent, i);
    sorter.sort(m_order);
    m_positionsStale = true;
    refilter(accepts);
}

void RequestOrder::resort(const RequestSorter &sorter)
{
    indexPositions();
    sorter.sort(m_order);
    // The shown rows keep their acceptance: read it before the positions go stale.
    std::vector<const Row *> shown;
    shown.reserve(m_shown.size());
    for (const Row *r : m_order) {
        if (shownNow(r))
            shown.push_back(r);
    }
    m_shown.swap(shown);
    m_positionsStale = true;
}

void RequestOrder::refilter(const Accepts &accepts)
{
    m_shown.clear();
    for (const Row *r : m_order) {
        if (!accepts || accepts(r))
            m_shown.push_back(r);
    }
    m_positionsStale = true;
}

// Merges rows already sorted into a sorted vector: a binary search each, one pass.
void RequestOrder::mergeSorted(std::vector<const Row *> &into, const std::vector<const Row *> &sortedNew,
                               const RequestSorter &sorter)
{
    if (sortedNew.empty())
        return;
    std::vector<const Row *> out;
    out.reserve(into.size() + sortedNew.size());
    auto from = into.begin();
    for (const Row *r : sortedNew) {
        auto at = std::upper_bound(from, into.end(), r,
                                   [&sorter](const Row *a, const Row *b) { return sorter.less(a, b); });
        out.insert(out.end(), from, at);
        out.push_back(r);
        from = at;
    }
    out.insert(out.end(), from, into.end());
    into.swap(out);
}

bool RequestOrder::apply(const QSet<const Row *> &removed, const std::vector<const Row *> &changed,
                         const std::vector<const Row *> &added, const RequestSorter &sorter,
                         const Accepts &accepts, const std::function<void()> &beforeChange)
{
    bool announced = false;
    auto takeOut = [&](const QSet<const Row *> &rows) {
        if (!announced && beforeChange)
            beforeChange();
        announced = true;
        auto gone = [&rows](const Row *r) { return rows.contains(r); };
        std::erase_if(m_order, gone);
        std::erase_if(m_shown, gone);
        m_positionsStale = true;
    };
    // Removed rows first, without reading them: they may be gone already.
    if (!removed.isEmpty())
        takeOut(removed);

    // A changed row stays when it still fits between its neighbours with the same
    // acceptance; the others are taken out. Taking a row out gives the rows beside it
    // new neighbours, so the check runs again until every remaining row fits. The
    // places are read once; later passes shift them by the rows taken out before.
    struct Candidate
    {
        const Row *row;
        int pos;
        bool shown;
        bool accepted;
    };
    std::vector<Candidate> candidates;
    {
        QSet<const Row *> seen;
        for (const Row *r : changed) {
            if (seen.contains(r))
                continue;
            seen.insert(r);
            const int pos = orderPosOf(r);
            if (pos >= 0)
                candidates.push_back({r, pos, shownNow(r), !accepts || accepts(r)});
        }
    }
    std::sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) { return a.pos < b.pos; });
    std::vector<const Row *> moving;
    while (!candidates.empty()) {
        QSet<const Row *> misfits;
        std::vector<int> outPositions;
        for (const Candidate &c : candidates) {
            const bool fits = (c.pos == 0 || sorter.less(m_order[size_t(c.pos - 1)], c.row))
                && (c.pos + 1 == int(m_order.size()) || sorter.less(c.row, m_order[size_t(c.pos + 1)]));
            if (fits && c.accepted == c.shown)
                continue;
            misfits.insert(c.row);
            outPositions.push_back(c.pos);
            moving.push_back(c.row);
        }
        if (misfits.isEmpty())
            break;
        takeOut(misfits);
        std::vector<Candidate> rest;
        rest.reserve(candidates.size() - size_t(misfits.size()));
        for (Candidate c : candidates) {
            if (misfits.contains(c.row))
                continue;
            c.pos -= int(std::lower_bound(outPositions.begin(), outPositions.end(), c.pos) - outPositions.begin());
            rest.push_back(c);
        }
        candidates.swap(rest);
    }
    if (moving.empty() && added.empty())
        return announced;
    if (!announced && beforeChange)
        beforeChange();

    std::vector<const Row *> incoming = std::move(moving);
    incoming.insert(incoming.end(), added.begin(), added.end());
    sorter.sort(incoming);
    std::vector<const Row *> incomingShown;
    incomingShown.reserve(incoming.size());
    for (const Row *r : incoming) {
        if (!accepts || accepts(r))
            incomingShown.push_back(r);
    }
    mergeSorted(m_order, incoming, sorter);
    mergeSorted(m_shown, incomingShown, sorter);
    m_positionsStale = true;
    return true;
}

} // namespace odag::gui
