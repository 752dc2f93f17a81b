#pragma once

#include <QStyledItemDelegate>

namespace odag::gui {

// Paints a reload's status as a coloured pill (green succeeded, red failed, blue
// running...) so a long list can be read at a glance; the text stays for screen readers.
class ReloadStatusDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The colour of a status as sent ("SUCCEEDED"...).
    static QColor colorOf(const QString &status);
};

} // namespace odag::gui
