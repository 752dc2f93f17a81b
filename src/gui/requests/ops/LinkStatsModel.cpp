#include "LinkStatsModel.h"

#include <QHash>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace odag::gui {

std::optional<double> LinkStats::failureRate() const
{
    if (ended == 0)
        return std::nullopt;
    return double(failures) / double(ended);
}

LinkStatsModel::LinkStatsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

std::optional<qint64> LinkStatsModel::median(QList<qint64> values)
{
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    if (n % 2 == 1)
        return values.at(n / 2);
    return (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

std::optional<qint64> LinkStatsModel::percentile(QList<qint64> values, int p)
{
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    // Nearest rank: the smallest value with at least p % of the values at or below it.
    const qsizetype rank = qsizetype(std::ceil(double(p) / 100.0 * double(values.size())));
    return values.at(std::clamp<qsizetype>(rank - 1, 0, values.size() - 1));
}

QList<LinkStats> LinkStatsModel::compute(const QList<HistoryEntry> &entries)
{
    QList<LinkStats> out;
    QHash<QString, qsizetype> rowOfLink;
    QHash<QString, QList<qint64>> durations;
    for (const HistoryEntry &e : entries) {
        if (e.kind == QLatin1StringView("multiple"))
            continue;
        qsizetype i = rowOfLink.value(e.linkId, -1);
        if (i < 0) {
            i = out.size();
            rowOfLink.insert(e.linkId, i);
            LinkStats s;
            s.linkId = e.linkId;
            out.append(s);
        }
        LinkStats &s = out[i];
        if (!e.linkName.isEmpty())
            s.linkName = e.linkName;
        ++s.count;
        if (e.isFailure())
            ++s.failures;
        if (e.isFailure() || e.isSuccess())
            ++s.ended;
        if (const auto d = e.durationMs())
            durations[e.linkId].append(*d);
        if (!s.lastRequest.isValid() || e.created > s.lastRequest)
            s.lastRequest = e.created;
    }
    for (LinkStats &s : out) {
        const QList<qint64> d = durations.value(s.linkId);
        s.medianMs = median(d);
        s.p95Ms = percentile(d, 95);
    }
    return out;
}

QString LinkStatsModel::durationText(qint64 ms)
{
    const qint64 s = (ms + 500) / 1000;
    if (s < 60)
        return tr("%1 s").arg(s);
    if (s < 3600)
        return tr("%1 min %2 s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    return tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60, 2, 10, QLatin1Char('0'));
}

void LinkStatsModel::setEntries(const QList<HistoryEntry> &entries)
{
    const QList<LinkStats> fresh = compute(entries);
    QHash<QString, const LinkStats *> byId;
    for (const LinkStats &s : fresh)
        byId.insert(s.linkId, &s);

    // Links gone from the range: remove their rows (from the bottom, so rows stay valid).
    for (qsizetype row = m_rows.size() - 1; row >= 0; --row) {
        if (byId.contains(m_rows.at(row).linkId))
            continue;
        beginRemoveRows({}, int(row), int(row));
        m_rows.removeAt(row);
        endRemoveRows();
    }
    // Links still here: change in place.
    QHash<QString, int> rowOf;
    for (int row = 0; row < m_rows.size(); ++row) {
        const LinkStats &now = *byId.value(m_rows.at(row).linkId);
        rowOf.insert(now.linkId, row);
        if (m_rows.at(row) == now)
            continue;
        m_rows[row] = now;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    // New links: one batch at the end.
    QList<LinkStats> added;
    for (const LinkStats &s : fresh) {
        if (!rowOf.contains(s.linkId))
            added.append(s);
    }
    if (!added.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_rows.append(added);
        endInsertRows();
    }
}

int LinkStatsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LinkStatsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LinkStatsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LinkStats &s = m_rows.at(index.row());
    if (role == LinkIdRole)
        return s.linkId;
    if (role == Qt::TextAlignmentRole && index.column() != LinkColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == LinkColumn)
        return s.linkId;
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const bool raw = role == SortRole;
    const QLocale locale;
    switch (Column(index.column())) {
    case LinkColumn:
        return s.linkName.isEmpty() ? s.linkId : s.linkName;
    case CountColumn:
        return raw ? QVariant(s.count) : QVariant(locale.toString(s.count));
    case FailuresColumn:
        return raw ? QVariant(s.failures) : QVariant(locale.toString(s.failures));
    case FailureRateColumn: {
        const auto rate = s.failureRate();
        if (raw)
            return rate ? QVariant(*rate) : QVariant(-1.0);
        return rate ? QVariant(locale.toString(*rate * 100.0, 'f', 1) + QStringLiteral(" %"))
                    : QVariant(QStringLiteral("–"));
    }
    case MedianColumn:
    case P95Column: {
        const auto v = index.column() == MedianColumn ? s.medianMs : s.p95Ms;
        if (raw)
            return v ? QVariant(*v) : QVariant(qint64(-1));
        return v ? QVariant(durationText(*v)) : QVariant(QStringLiteral("–"));
    }
    case LastColumn:
        if (raw)
            return s.lastRequest;
        return locale.toString(s.lastRequest.toLocalTime(), QLocale::ShortFormat);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant LinkStatsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case LinkColumn:
        return tr("Link");
    case CountColumn:
        return tr("Requests");
    case FailuresColumn:
        return tr("Failures");
    case FailureRateColumn:
        return tr("Failure rate");
    case MedianColumn:
        return tr("Median load");
    case P95Column:
        return tr("95th percentile");
    case LastColumn:
        return tr("Last request");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace odag::gui
