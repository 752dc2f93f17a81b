#pragma once

#include "RequestsModel.h"

#include <vector>

namespace odag::gui {

// The order of requests in one column, as the Requests view shows it: raw numbers for
// states, times and estimates; text without regard to case for the rest; rows that tie
// keep the model's order. It is a strict total order, which lets the proxy check a
// changed row against its two neighbours and insert new rows by binary search.
class RequestSorter
{
public:
    using Row = RequestsModel::Row;

    // column -1: the model's own order.
    RequestSorter(const RequestsModel *model, int column, Qt::SortOrder order);

    int column() const { return m_column; }
    Qt::SortOrder order() const { return m_order; }

    bool less(const Row *a, const Row *b) const;
    // Sorts many rows at once, reading each row's key once.
    void sort(std::vector<const Row *> &rows) const;

    // Case-insensitive first, then case-sensitive: "alice" < "Bob" < "bob".
    static int compareText(const QString &a, const QString &b);

private:
    const RequestsModel *m_model;
    int m_column;
    Qt::SortOrder m_order;
    bool m_text;
};

} // namespace odag::gui
