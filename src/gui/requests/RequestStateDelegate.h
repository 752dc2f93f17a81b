#pragma once

#include <QStyledItemDelegate>

namespace odag::gui {

// Paints a request's state as a coloured pill with its name, so a glance down the column
// tells running, waiting, failed and done apart (colour plus words, never colour alone).
class RequestStateDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace odag::gui
