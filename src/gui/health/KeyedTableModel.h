#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace odag::gui {

// A table model over a list of values that each have a stable key (an app ID, a session
// ID). setRows() brings the model to a new answer of the server with removes, inserts and
// dataChanged only, so a refresh never resets a view the user is looking at.
template <class T> class KeyedTableModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }

    const T &at(int row) const { return m_rows.at(row); }
    const QList<T> &rows() const { return m_rows; }

    void setRows(const QList<T> &rows)
    {
        QHash<QString, qsizetype> incoming;
        for (qsizetype i = 0; i < rows.size(); ++i)
            incoming.insert(keyOf(rows.at(i)), i);

        // Rows the server no longer lists, from the end so indexes stay valid.
        for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
            if (incoming.contains(keyOf(m_rows.at(row))))
                continue;
            int first = row;
            while (first > 0 && !incoming.contains(keyOf(m_rows.at(first - 1))))
                --first;
            beginRemoveRows({}, first, row);
            m_rows.remove(first, row - first + 1);
            endRemoveRows();
            row = first;
        }

        // Rows that stay: replaced in place when they changed.
        QHash<QString, int> present;
        for (int row = 0; row < m_rows.size(); ++row) {
            const QString key = keyOf(m_rows.at(row));
            present.insert(key, row);
            const T &fresh = rows.at(incoming.value(key));
            if (!(fresh == m_rows.at(row))) {
                m_rows[row] = fresh;
                Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
            }
        }

        // New rows, in one batch at the end.
        QList<T> added;
        for (const T &value : rows) {
            if (!present.contains(keyOf(value)))
                added.append(value);
        }
        if (!added.isEmpty()) {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + added.size() - 1));
            m_rows.append(added);
            endInsertRows();
        }
    }

protected:
    virtual QString keyOf(const T &value) const = 0;

private:
    QList<T> m_rows;
};

} // namespace odag::gui
