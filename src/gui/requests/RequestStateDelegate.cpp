#include "RequestStateDelegate.h"

#include "RequestFormat.h"
#include "RequestsModel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace odag::gui {

RequestStateDelegate::RequestStateDelegate(QAbstractItemView *view)
    : QStyledItemDelegate(view)
    , m_view(view)
{
    m_clock.start();
    m_timer.setInterval(60);
    connect(&m_timer, &QTimer::timeout, this, &RequestStateDelegate::tick);
}

void RequestStateDelegate::flash(const QString &requestId)
{
    m_flashes.insert(requestId, m_clock.elapsed());
    if (!m_timer.isActive())
        m_timer.start();
}

bool RequestStateDelegate::isFlashing(const QString &requestId) const
{
    const auto it = m_flashes.constFind(requestId);
    return it != m_flashes.cend() && m_clock.elapsed() - *it < kFlashMs;
}

void RequestStateDelegate::tick()
{
    const qint64 now = m_clock.elapsed();
    for (auto it = m_flashes.begin(); it != m_flashes.end();) {
        if (now - *it >= kFlashMs)
            it = m_flashes.erase(it);
        else
            ++it;
    }
    if (m_flashes.isEmpty())
        m_timer.stop();
    m_view->viewport()->update();
}

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
    // +2: horizontalAdvance rounds, and a text one pixel too wide would lose letters.
    const int textWidth = fm.horizontalAdvance(text) + 2;
    const bool fits = textWidth + 2 * pad <= cell.width();
    QRect pill(cell.left(), cell.top(), fits ? textWidth + 2 * pad : cell.width(), cell.height());

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (!m_flashes.isEmpty()) {
        const auto it = m_flashes.constFind(index.data(RequestsModel::RequestIdRole).toString());
        if (it != m_flashes.cend()) {
            const double left = 1.0 - double(m_clock.elapsed() - *it) / kFlashMs;
            if (left > 0) {
                QColor glow = RequestFormat::stateColor(state);
                glow.setAlphaF(float(0.35 * left));
                painter->fillRect(opt.rect, glow);
            }
        }
    }
    QPainterPath path;
    path.addRoundedRect(QRectF(pill), pill.height() / 2.0, pill.height() / 2.0);
    painter->fillPath(path, RequestFormat::stateColor(state));
    painter->setPen(Qt::white);
    painter->setFont(opt.font);
    painter->drawText(pill.adjusted(pad, 0, -pad, 0), Qt::AlignCenter,
                      fits ? text : fm.elidedText(text, Qt::ElideRight, pill.width() - 2 * pad));
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
