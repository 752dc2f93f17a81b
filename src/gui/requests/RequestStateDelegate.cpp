#include "RequestStateDelegate.h"

#include "RequestFormat.h"
#include "RequestsModel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace odag::gui {

void RequestStateDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget); // selection, focus, branch

    const auto state = RequestState(index.data(RequestsModel::StateRole).toInt());
    const QFontMetrics fm(opt.font);
    const int pad = fm.height() / 2;
    const QRect cell = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget).adjusted(2, 2, -2, -2);
    QRect pill(cell.left(), cell.top(), std::min(cell.width(), fm.horizontalAdvance(text) + 2 * pad), cell.height());

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(QRectF(pill), pill.height() / 2.0, pill.height() / 2.0);
    painter->fillPath(path, RequestFormat::stateColor(state));
    painter->setPen(Qt::white);
    painter->setFont(opt.font);
    painter->drawText(pill.adjusted(pad, 0, -pad, 0), Qt::AlignCenter,
                      fm.elidedText(text, Qt::ElideRight, pill.width() - 2 * pad));
    painter->restore();
}

QSize RequestStateDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    const QFontMetrics fm(option.font);
    s.setWidth(s.width() + fm.height() + 8);
    s.setHeight(std::max(s.height(), fm.height() + 8));
    return s;
}

} // namespace odag::gui
