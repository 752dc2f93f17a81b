#pragma once

#include "RequestsModel.h"

#include <QSet>

#include <functional>
#include <vector>

namespace odag::gui {

class RequestSorter;

// One level of the request tree as the filter proxy shows it (the top level, or the
// children of one `multiple` request): every row of the level in sort order, the
// accepted rows among them (the proxy's rows), and for each model row where it sits.
// Rows are held by address, which stays put while the model shifts row numbers, so
// one update's removals, changes and additions are taken in together in O(n + k log n).
class RequestOrder
{
public:
    using Row = RequestsModel::Row;
    using Accepts = std::function<bool(const Row *)>;

    explicit RequestOrder(const RequestsModel *model, const Row *parent);

    const Row *parent() const { return m_parent; }
    int shownCount() const { return int(m_shown.size()); }
    const Row *shownAt(int proxyRow) const;
    // The proxy row of a model row of this level, -1 when filtered out.
    int proxyRowOf(int sourceRow) const;

    // Every row of the level, sorted and filtered from scratch.
    void rebuild(const RequestSorter &sorter, const Accepts &accepts);
    // The same rows in another order; the filter is unchanged.
    void resort(const RequestSorter &sorter);
    // The same order under another filter.
    void refilter(const Accepts &accepts);

    // One update: drops `removed` (addresses that may be gone), re-places the `changed`
    // rows that no longer fit where they are (or whose acceptance changed), and merges
    // `added`. `beforeChange` runs once before the shown rows change, so the proxy can
    // announce a layout change; it does not run when every row stays where it is.
    // Returns whether the shown rows changed.
    bool apply(const QSet<const Row *> &removed, const std::vector<const Row *> &changed,
               const std::vector<const Row *> &added, const RequestSorter &sorter, const Accepts &accepts,
               const std::function<void()> &beforeChange);

private:
    void indexPositions();
    int orderPosOf(const Row *row);
    bool shownNow(const Row *row);
    static void mergeSorted(std::vector<const Row *> &into, const std::vector<const Row *> &sortedNew,
                            const RequestSorter &sorter);

    const RequestsModel *m_model;
    const Row *m_parent;
    std::vector<const Row *> m_order; // every row of the level, sorted
    std::vector<const Row *> m_shown; // the accepted rows, sorted: the proxy's rows
    std::vector<int> m_orderPos;      // model row -> index in m_order
    std::vector<int> m_proxyRow;      // model row -> index in m_shown, or -1
    bool m_positionsStale = true;
};

} // namespace odag::gui
