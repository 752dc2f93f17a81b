#include "AppTableItems.h"

#include <QLocale>

namespace odag::gui::appitems {

namespace {
QStandardItem *make(const QString &shown, const QVariant &raw, bool number)
{
    auto *item = new QStandardItem(shown);
    item->setEditable(false);
    item->setData(raw, SortRole);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}
} // namespace

QStandardItem *text(const QString &value)
{
    return make(value, value.toLower(), false);
}

QStandardItem *count(const std::optional<qint64> &value)
{
    return make(value ? QLocale().toString(*value) : QString(), value ? QVariant(*value) : QVariant(-1), true);
}

QStandardItem *bytes(const std::optional<qint64> &value)
{
    return make(value ? QLocale().formattedDataSize(*value) : QString(), value ? QVariant(*value) : QVariant(-1),
                true);
}

QStandardItem *time(const DateTime &value)
{
    const QString shown =
        value.isValid() ? QLocale().toString(value.toDateTime().toLocalTime(), QLocale::ShortFormat) : QString();
    return make(shown, value.raw(), false);
}

} // namespace odag::gui::appitems
