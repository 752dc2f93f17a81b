#pragma once

#include "api/Transport.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace odag::gui {

// The HTTP exchanges of this session, newest last, for the log pane. Caps itself: past
// the capacity the oldest rows are removed, so a long monitoring session stays small.
class ExchangeLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, MethodColumn, StatusColumn, DurationColumn, SizeColumn, UrlColumn, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole + 1 };

    explicit ExchangeLogModel(int capacity = 5000, QObject *parent = nullptr);

    void append(const api::Exchange &exchange);
    void clear();
    int capacity() const { return m_capacity; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QDateTime time;
        api::Exchange exchange;
    };
    QList<Row> m_rows;
    int m_capacity;
};

} // namespace odag::gui
