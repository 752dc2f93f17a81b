#pragma once

#include "RequestHistory.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

#include <optional>

namespace odag::gui {

// The figures of one link over a set of history entries.
//   count:        requests made (multiple parents are not counted: their sub-requests are
//                 the loads);
//   failures:     requests that ended failed (failed or failedAck);
//   failure rate: failures / loads that ended (succeeded + failed), canceled ones excluded;
//   duration:     data load start (loading) to the end of the request, for loads that
//                 ended; median (mean of the two middle values for an even count) and 95th
//                 percentile (nearest rank: the ceil(0.95 n)-th smallest);
//   last:         when the newest request was made.
struct LinkStats
{
    QString linkId;
    QString linkName;
    int count = 0;
    int failures = 0;
    int ended = 0; // succeeded + failed
    std::optional<qint64> medianMs;
    std::optional<qint64> p95Ms;
    QDateTime lastRequest;

    std::optional<double> failureRate() const;
    bool operator==(const LinkStats &) const = default;
};

// Per-link statistics of the request history as a table: one row per link, updated in
// place (rows inserted, removed or changed) when new entries arrive.
class LinkStatsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        LinkColumn,
        CountColumn,
        FailuresColumn,
        FailureRateColumn,
        MedianColumn,
        P95Column,
        LastColumn,
        ColumnCount
    };
    // The raw value for sorting (numbers, times), beside Qt::DisplayRole text.
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int LinkIdRole = Qt::UserRole + 2;

    explicit LinkStatsModel(QObject *parent = nullptr);

    static QList<LinkStats> compute(const QList<HistoryEntry> &entries);
    static std::optional<qint64> median(QList<qint64> values);
    static std::optional<qint64> percentile(QList<qint64> values, int p);
    static QString durationText(qint64 ms);

    void setEntries(const QList<HistoryEntry> &entries);
    const QList<LinkStats> &stats() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<LinkStats> m_rows;
};

} // namespace odag::gui
