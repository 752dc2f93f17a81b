#include "RequestSorter.h"

#include <algorithm>
#include <numeric>

namespace odag::gui {

RequestSorter::RequestSorter(const RequestsModel *model, int column, Qt::SortOrder order)
    : m_model(model)
    , m_column(column)
    , m_order(order)
    , m_text(column >= 0 && RequestsModel::sortsAsText(column))
{
}

int RequestSorter::compareText(const QString &a, const QString &b)
{
    // Rows share their repeated strings (RequestCompactor): the same data is equal.
    if (a.constData() == b.constData() && a.size() == b.size())
        return 0;
    const int c = QString::compare(a, b, Qt::CaseInsensitive);
    return c != 0 ? c : QString::compare(a, b, Qt::CaseSensitive);
}

bool RequestSorter::less(const Row *a, const Row *b) const
{
    if (m_column >= 0) {
        int c = 0;
        if (m_text) {
            c = compareText(m_model->sortText(*a, m_column), m_model->sortText(*b, m_column));
        } else {
            const qint64 ka = m_model->sortNumber(*a, m_column);
            const qint64 kb = m_model->sortNumber(*b, m_column);
            c = ka < kb ? -1 : (kb < ka ? 1 : 0);
        }
        if (c != 0)
            return m_order == Qt::AscendingOrder ? c < 0 : c > 0;
    }
    return m_model->rowOf(a) < m_model->rowOf(b);
}

void RequestSorter::sort(std::vector<const Row *> &rows) const
{
    const size_t n = rows.size();
    std::vector<int> sourceRows(n);
    for (size_t i = 0; i < n; ++i)
        sourceRows[i] = m_model->rowOf(rows[i]);
    std::vector<int> perm(n);
    std::iota(perm.begin(), perm.end(), 0);
    const bool ascending = m_order == Qt::AscendingOrder;
    if (m_column < 0) {
        std::sort(perm.begin(), perm.end(), [&](int a, int b) { return sourceRows[size_t(a)] < sourceRows[size_t(b)]; });
    } else if (m_text) {
        std::vector<QString> keys(n);
        for (size_t i = 0; i < n; ++i)
            keys[i] = m_model->sortText(*rows[i], m_column);
        std::sort(perm.begin(), perm.end(), [&](int a, int b) {
            const int c = compareText(keys[size_t(a)], keys[size_t(b)]);
            if (c != 0)
                return ascending ? c < 0 : c > 0;
            return sourceRows[size_t(a)] < sourceRows[size_t(b)];
        });
    } else {
        std::vector<qint64> keys(n);
        for (size_t i = 0; i < n; ++i)
            keys[i] = m_model->sortNumber(*rows[i], m_column);
        std::sort(perm.begin(), perm.end(), [&](int a, int b) {
            const qint64 ka = keys[size_t(a)];
            const qint64 kb = keys[size_t(b)];
            if (ka != kb)
                return ascending ? ka < kb : kb < ka;
            return sourceRows[size_t(a)] < sourceRows[size_t(b)];
        });
    }
    std::vector<const Row *> sorted(n);
    for (size_t i = 0; i < n; ++i)
        sorted[i] = rows[size_t(perm[i])];
    rows.swap(sorted);
}

} // namespace odag::gui
