#include "ReloadStatusDelegate.h"

#include "ReloadsModel.h"
#include "core/Reloads.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace odag::gui {

QColor ReloadStatusDelegate::colorOf(const QString &status)
{
    switch (OpenEnum<ReloadStatus>::fromRaw(status).value()) {
    case ReloadStatus::Succeeded:
        return QColor(0x2e, 0x7d, 0x32);
    case ReloadStatus::Failed:
    case ReloadStatus::ExceededLimit:
        return QColor(0xc6, 0x28, 0x28);
    case ReloadStatus::Queued:
        return QColor(0x6d, 0x6d, 0x6d);
    case ReloadStatus::Reloading:
        return QColor(0x15, 0x65, 0xc0);
    case ReloadStatus::Canceling:
    case ReloadStatus::Canceled:
        return QColor(0xb2, 0x6a, 0x00);
    case ReloadStatus::Unknown:
        break;
    }
    return QColor(0x75, 0x75, 0x75);
}

void ReloadStatusDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    // The selection background and focus from the style; the pill on top.
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    if (text.isEmpty())
        return;

    const QColor color = colorOf(index.data(ReloadsModel::StatusRole).toString());
    const QFontMetrics fm(opt.font);
    const int pad = 8;
    const int height = qMin(opt.rect.height() - 4, fm.height() + 4);
    const int width = qMin(opt.rect.width() - 6, fm.horizontalAdvance(text) + 2 * pad);
    const QRect pill(opt.rect.left() + 3, opt.rect.center().y() - height / 2 + 1, width, height);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(QRectF(pill), height / 2.0, height / 2.0);
    painter->fillPath(path, color);
    painter->setPen(Qt::white);
    painter->setFont(opt.font);
    painter->drawText(pill.adjusted(pad, 0, -pad, 0), Qt::AlignCenter,
                      fm.elidedText(text, Qt::ElideRight, pill.width() - 2 * pad));
    painter->restore();
}

QSize ReloadStatusDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(size.width() + 20);
    return size;
}

} // namespace odag::gui
