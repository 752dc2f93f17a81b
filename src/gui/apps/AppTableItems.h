#pragma once

#include "core/DateTime.h"

#include <QStandardItem>

#include <optional>

namespace odag::gui::appitems {

// Cells of the read-only tables of the app tabs: the text shown plus the raw value
// (Qt::UserRole + 1) the views sort by.
inline constexpr int SortRole = Qt::UserRole + 1;

QStandardItem *text(const QString &text);
QStandardItem *count(const std::optional<qint64> &value);
QStandardItem *bytes(const std::optional<qint64> &value);
QStandardItem *time(const DateTime &value);

} // namespace odag::gui::appitems
