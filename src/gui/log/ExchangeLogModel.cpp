#include "ExchangeLogModel.h"

#include <QBrush>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace odag::gui {

ExchangeLogModel::ExchangeLogModel(int capacity, QObject *parent)
    : QAbstractTableModel(parent)
    , m_capacity(qMax(1, capacity))
{}

void ExchangeLogModel::append(const api::Exchange &exchange)
{
    if (m_rows.size() >= m_capacity) {
        beginRemoveRows({}, 0, 0);
        m_rows.removeFirst();
        endRemoveRows();
    }
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.push_back(Row{QDateTime::currentDateTime(), exchange});
    endInsertRows();
}

void ExchangeLogModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginRemoveRows({}, 0, int(m_rows.size()) - 1);
    m_rows.clear();
    endRemoveRows();
}

int ExchangeLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ExchangeLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

static QString statusText(const api::Exchange &e)
{
    if (e.status > 0)
        return QString::number(e.status);
    return e.error.isEmpty() ? QStringLiteral("–") : ExchangeLogModel::tr("failed");
}

QVariant ExchangeLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const api::Exchange &e = row.exchange;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return row.time.toString(QStringLiteral("HH:mm:ss.zzz"));
        case MethodColumn:
            return QString::fromLatin1(e.method);
        case StatusColumn:
            return e.attempt > 1 ? tr("%1 (attempt %2)").arg(statusText(e)).arg(e.attempt) : statusText(e);
        case DurationColumn:
            return tr("%1 ms").arg(e.elapsedMs);
        case SizeColumn:
            return QLocale().formattedDataSize(e.bytesReceived);
        case UrlColumn:
            return e.url;
        }
        break;
    case RawValueRole:
        switch (index.column()) {
        case TimeColumn:
            return row.time;
        case MethodColumn:
            return QString::fromLatin1(e.method);
        case StatusColumn:
            return e.status;
        case DurationColumn:
            return e.elapsedMs;
        case SizeColumn:
            return e.bytesReceived;
        case UrlColumn:
            return e.url;
        }
        break;
    case Qt::ToolTipRole:
        return e.error.isEmpty() ? e.url : e.url + QLatin1Char('\n') + e.error;
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn && (e.status >= 400 || !e.error.isEmpty()))
            return QBrush(QColor(0xc6, 0x28, 0x28));
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == DurationColumn || index.column() == SizeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant ExchangeLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case MethodColumn:
        return tr("Method");
    case StatusColumn:
        return tr("Status");
    case DurationColumn:
        return tr("Duration");
    case SizeColumn:
        return tr("Size");
    case UrlColumn:
        return tr("URL");
    }
    return {};
}

} // namespace odag::gui
