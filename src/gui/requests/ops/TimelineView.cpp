#include "TimelineView.h"

#include "LinkStatsModel.h"

#include <QApplication>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <array>
#include <cmath>

namespace odag::gui {

namespace {

constexpr double kMinZoom = 1.0;
constexpr double kMaxZoom = 512.0;
constexpr double kZoomStep = 1.5;

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

// Tick steps in seconds, from which the axis picks the first that leaves room for labels.
constexpr std::array<qint64, 17> kSteps{1,    5,    10,    30,    60,    300,   600,    900,   1800,
                                        3600, 7200, 10800, 21600, 43200, 86400, 172800, 604800};

} // namespace

TimelineView::TimelineView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setObjectName(QStringLiteral("timelineView"));
    setAccessibleName(tr("Request timeline"));
    viewport()->setMouseTracking(true);
    viewport()->setBackgroundRole(QPalette::Base);
    viewport()->setAutoFillBackground(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setFocusPolicy(Qt::StrongFocus);
    horizontalScrollBar()->setSingleStep(20);
    verticalScrollBar()->setSingleStep(kLaneHeight);
}

QSize TimelineView::sizeHint() const
{
    return {800, 320};
}

void TimelineView::setEntries(const QList<HistoryEntry> &entries, const QDateTime &from,
                              const QDateTime &to)
{
    m_entries = entries;
    m_from = from.toUTC();
    m_to = to.toUTC();
    rebuildRows();
    updateScrollBars();
    viewport()->update();
}

int TimelineView::laneCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(), [](const Row &r) { return !r.header; }));
}

void TimelineView::rebuildRows()
{
    m_rows.clear();
    m_rowY.clear();
    // Group by link in order of each link's first request; lanes by creation time.
    QList<QString> order;
    QHash<QString, QList<int>> byLink;
    for (int i = 0; i < m_entries.size(); ++i) {
        const QString &link = m_entries.at(i).linkId;
        if (!byLink.contains(link))
            order.append(link);
        byLink[link].append(i);
    }
    int y = 0;
    for (const QString &link : std::as_const(order)) {
        const QList<int> &lanes = byLink.value(link);
        QString name;
        for (int i : lanes) {
            if (!m_entries.at(i).linkName.isEmpty())
                name = m_entries.at(i).linkName;
        }
        Row header;
        header.header = true;
        header.linkId = link;
        header.title = name.isEmpty() ? link : name;
        m_rows.append(header);
        m_rowY.append(y);
        y += kHeaderHeight;
        for (int i : lanes) {
            Row lane;
            lane.linkId = link;
            lane.entry = i;
            const HistoryEntry &e = m_entries.at(i);
            const QString when =
                QLocale().toString(e.created.toLocalTime().time(), QLocale::ShortFormat);
            lane.title = tr("%1 · %2").arg(when, e.owner.isEmpty() ? e.id.right(6) : e.owner);
            m_rows.append(lane);
            m_rowY.append(y);
            y += kLaneHeight;
        }
    }
    m_rowY.append(y);
}

int TimelineView::visibleChartWidth() const
{
    return std::max(50, viewport()->width() - kLabelWidth - 8);
}

int TimelineView::chartWidth() const
{
    return int(std::lround(visibleChartWidth() * m_zoom));
}

void TimelineView::updateScrollBars()
{
    horizontalScrollBar()->setRange(0, std::max(0, chartWidth() - visibleChartWidth()));
    horizontalScrollBar()->setPageStep(visibleChartWidth());
    const int contentHeight = m_rowY.isEmpty() ? 0 : m_rowY.last();
    const int visible = std::max(0, viewport()->height() - kAxisHeight);
    verticalScrollBar()->setRange(0, std::max(0, contentHeight - visible));
    verticalScrollBar()->setPageStep(visible);
}

double TimelineView::xOf(const QDateTime &t) const
{
    const qint64 span = std::max<qint64>(1, m_from.msecsTo(m_to));
    const double f = double(m_from.msecsTo(t)) / double(span);
    return kLabelWidth + f * chartWidth() - horizontalScrollBar()->value();
}

int TimelineView::rowTop(int row) const
{
    return kAxisHeight + m_rowY.at(row) - verticalScrollBar()->value();
}

int TimelineView::rowHeight(int row) const
{
    return m_rows.at(row).header ? kHeaderHeight : kLaneHeight;
}

int TimelineView::rowAt(int y) const
{
    if (y < kAxisHeight)
        return -1;
    const int contentY = y - kAxisHeight + verticalScrollBar()->value();
    auto it = std::upper_bound(m_rowY.begin(), m_rowY.end(), contentY);
    const int row = int(it - m_rowY.begin()) - 1;
    return row >= 0 && row < m_rows.size() ? row : -1;
}

QDateTime TimelineView::endOf(const HistoryEntry &e) const
{
    return e.finished.isValid() ? e.finished : m_to;
}

TimelineView::Segment TimelineView::endSegment(const HistoryEntry &e) const
{
    if (e.isSuccess())
        return Segment::Succeeded;
    if (e.isFailure())
        return Segment::Failed;
    if (!e.finalState.isEmpty())
        return Segment::Canceled;
    return Segment::Loading;
}

QColor TimelineView::colorOf(Segment segment, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (segment) {
    case Segment::Queued:
        return dark ? QColor(0x5b, 0x6b, 0x85) : QColor(0xc3, 0xd3, 0xea);
    case Segment::Loading:
        return dark ? QColor(0x4d, 0x94, 0xff) : QColor(0x1f, 0x6f, 0xd1);
    case Segment::Succeeded:
        return dark ? QColor(0x3f, 0xb9, 0x68) : QColor(0x24, 0x8f, 0x48);
    case Segment::Failed:
        return dark ? QColor(0xf0, 0x60, 0x60) : QColor(0xcf, 0x33, 0x33);
    case Segment::Canceled:
        return dark ? QColor(0x9a, 0x9f, 0xa8) : QColor(0x86, 0x8b, 0x94);
    }
    return {};
}

QString TimelineView::segmentName(Segment segment)
{
    switch (segment) {
    case Segment::Queued:
        return tr("Queued");
    case Segment::Loading:
        return tr("Loading");
    case Segment::Succeeded:
        return tr("Succeeded");
    case Segment::Failed:
        return tr("Failed");
    case Segment::Canceled:
        return tr("Canceled");
    }
    return {};
}

QRect TimelineView::barRect(const QString &id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        const Row &r = m_rows.at(row);
        if (r.header || m_entries.at(r.entry).id != id)
            continue;
        const HistoryEntry &e = m_entries.at(r.entry);
        const QDateTime start = e.firstQueued.isValid() ? e.firstQueued : e.created;
        const double x0 = xOf(start);
        const double x1 = std::max(xOf(endOf(e)), x0 + 3.0);
        const int top = rowTop(row) + 4;
        return QRect(QPoint(int(std::floor(x0)), top),
                     QPoint(int(std::ceil(x1)) - 1, top + kLaneHeight - 9));
    }
    return {};
}

QString TimelineView::requestAt(const QPoint &pos) const
{
    if (pos.x() < kLabelWidth)
        return {};
    const int row = rowAt(pos.y());
    if (row < 0 || m_rows.at(row).header)
        return {};
    const QString id = m_entries.at(m_rows.at(row).entry).id;
    return barRect(id).adjusted(-2, -2, 2, 2).contains(pos) ? id : QString();
}

void TimelineView::setZoom(double factor, int anchorX)
{
    const double zoom = std::clamp(factor, kMinZoom, kMaxZoom);
    if (qFuzzyCompare(zoom, m_zoom))
        return;
    // Keep the moment under the anchor (the cursor, or the middle) where it is.
    if (anchorX < kLabelWidth)
        anchorX = kLabelWidth + visibleChartWidth() / 2;
    const double content = anchorX - kLabelWidth + horizontalScrollBar()->value();
    const double fraction = content / std::max(1, chartWidth());
    m_zoom = zoom;
    updateScrollBars();
    horizontalScrollBar()->setValue(
        int(std::lround(fraction * chartWidth() - (anchorX - kLabelWidth))));
    viewport()->update();
    Q_EMIT zoomChanged(m_zoom);
}

void TimelineView::zoomIn()
{
    setZoom(m_zoom * kZoomStep);
}

void TimelineView::zoomOut()
{
    setZoom(m_zoom / kZoomStep);
}

void TimelineView::zoomToFit()
{
    setZoom(1.0);
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const int delta = event->angleDelta().y();
        if (delta != 0) {
            const double factor = std::pow(kZoomStep, delta / 120.0);
            setZoom(m_zoom * factor, int(event->position().x()));
        }
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

bool TimelineView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString id = requestAt(help->pos());
        if (id.isEmpty()) {
            QToolTip::hideText();
        } else {
            for (const HistoryEntry &e : std::as_const(m_entries)) {
                if (e.id == id)
                    QToolTip::showText(help->globalPos(), toolTipFor(e), viewport(), barRect(id));
            }
        }
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

QString TimelineView::toolTipFor(const HistoryEntry &e) const
{
    const QLocale locale;
    auto when = [&](const QDateTime &t) {
        return t.isValid() ? locale.toString(t.toLocalTime(), QLocale::ShortFormat) : tr("–");
    };
    QStringList lines;
    lines << tr("Request %1").arg(e.id);
    lines << tr("Link: %1").arg(e.linkName.isEmpty() ? e.linkId : e.linkName);
    if (!e.owner.isEmpty())
        lines << tr("Owner: %1").arg(e.owner);
    lines << tr("State: %1").arg(displayName(OpenEnum<RequestState>::fromRaw(e.state)));
    lines << tr("Created: %1").arg(when(e.created));
    if (e.started.isValid()) {
        lines << tr("Waited: %1")
                     .arg(LinkStatsModel::durationText(
                         std::max<qint64>(0, (e.firstQueued.isValid() ? e.firstQueued : e.created)
                                                 .msecsTo(e.started))));
        lines << tr("Load started: %1").arg(when(e.started));
    }
    if (e.finished.isValid())
        lines << tr("Ended: %1").arg(when(e.finished));
    if (const auto d = e.durationMs())
        lines << tr("Load duration: %1").arg(LinkStatsModel::durationText(*d));
    if (!e.error.isEmpty())
        lines << tr("Error: %1").arg(e.error);
    return lines.join(QLatin1Char('\n'));
}

void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    p.setRenderHint(QPainter::Antialiasing, true);
    const QRect area = viewport()->rect();
    const QPalette &pal = palette();

    if (m_rows.isEmpty()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(area, Qt::AlignCenter | Qt::TextWordWrap,
                   tr("No requests observed in this period.\nRequests appear here as the monitor "
                      "sees them."));
        return;
    }

    // Lanes under the axis, clipped so they scroll beneath it.
    p.save();
    p.setClipRect(QRect(0, kAxisHeight, area.width(), area.height() - kAxisHeight));
    const int first = std::max(0, rowAt(kAxisHeight));
    for (int row = first; row < m_rows.size(); ++row) {
        const int top = rowTop(row);
        if (top > area.height())
            break;
        paintLane(p, row, QRect(0, top, area.width(), rowHeight(row)));
    }
    p.restore();
    paintAxis(p);

    // The label column's edge.
    p.setPen(pal.color(QPalette::Mid));
    p.drawLine(kLabelWidth - 1, 0, kLabelWidth - 1, area.height());
}

void TimelineView::paintAxis(QPainter &p)
{
    const QPalette &pal = palette();
    const QRect area = viewport()->rect();
    p.fillRect(QRect(0, 0, area.width(), kAxisHeight), pal.color(QPalette::Window));
    p.setPen(pal.color(QPalette::Mid));
    p.drawLine(0, kAxisHeight - 1, area.width(), kAxisHeight - 1);

    const qint64 spanMs = std::max<qint64>(1, m_from.msecsTo(m_to));
    const double pxPerSecond = double(chartWidth()) / (double(spanMs) / 1000.0);
    const int minGap = fontMetrics().horizontalAdvance(QStringLiteral("00:00:00")) + 36;
    qint64 step = kSteps.back();
    for (qint64 s : kSteps) {
        if (s * pxPerSecond >= minGap) {
            step = s;
            break;
        }
    }
    // Ticks on round local times: align the first tick to the step in local time.
    const QDateTime localFrom = m_from.toLocalTime();
    const qint64 offset = qint64(localFrom.offsetFromUtc());
    qint64 t = (m_from.toSecsSinceEpoch() + offset) / step * step - offset;
    const QLocale locale;
    // The locale's short time without seconds ("HH:mm", "h:mm AP"), for ticks on minutes.
    QString minutesFormat = locale.timeFormat(QLocale::ShortFormat);
    minutesFormat.remove(QStringLiteral(":ss"));
    QColor grid = pal.color(QPalette::Text);
    grid.setAlpha(28);
    p.save();
    p.setClipRect(QRect(kLabelWidth, 0, area.width() - kLabelWidth, area.height()));
    double labelsEnd = -1e9; // where the last drawn label ends: labels never overlap
    for (; t <= m_to.toSecsSinceEpoch(); t += step) {
        const QDateTime at = QDateTime::fromSecsSinceEpoch(t, Qt::UTC);
        const double x = xOf(at);
        if (x < kLabelWidth - minGap || x > area.width() + minGap)
            continue;
        p.setPen(grid);
        p.drawLine(QPointF(x, kAxisHeight), QPointF(x, area.height()));
        p.setPen(pal.color(QPalette::Mid));
        p.drawLine(QPointF(x, kAxisHeight - 6), QPointF(x, kAxisHeight - 1));
        const QDateTime local = at.toLocalTime();
        QString label;
        if (step >= 86400)
            label = locale.toString(local.date(), QLocale::ShortFormat);
        else if (step >= 60)
            label = local.time().toString(minutesFormat);
        else
            label = local.time().toString(QStringLiteral("HH:mm:ss"));
        // A new day gets its date so the axis stays unambiguous over a week.
        if (step < 86400 && local.time().msecsSinceStartOfDay() < step * 1000)
            label = locale.toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ') + label;
        // A label that would run off the right edge or into the previous one is left out;
        // its tick line stays.
        const double width = fontMetrics().horizontalAdvance(label);
        if (x + 4 + width > area.width() || x + 4 < labelsEnd + 8)
            continue;
        labelsEnd = x + 4 + width;
        p.setPen(pal.color(QPalette::WindowText));
        p.drawText(QRectF(x + 4, 0, width + 2, kAxisHeight - 6), Qt::AlignLeft | Qt::AlignVCenter, label);
    }
    p.restore();
    p.setPen(pal.color(QPalette::WindowText));
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.drawText(QRect(8, 0, kLabelWidth - 16, kAxisHeight - 1), Qt::AlignLeft | Qt::AlignVCenter,
               tr("Requests by link"));
    p.setFont(font());
}

void TimelineView::paintLane(QPainter &p, int row, const QRect &laneRect)
{
    const QPalette &pal = palette();
    const Row &r = m_rows.at(row);
    const QRect label(8, laneRect.top(), kLabelWidth - 16, laneRect.height());
    if (r.header) {
        p.fillRect(laneRect, pal.color(QPalette::AlternateBase));
        QFont bold = font();
        bold.setBold(true);
        p.setFont(bold);
        p.setPen(pal.color(QPalette::Text));
        const QString text = fontMetrics().elidedText(r.title, Qt::ElideRight, label.width());
        p.drawText(label, Qt::AlignLeft | Qt::AlignVCenter, text);
        p.setFont(font());
        return;
    }
    const HistoryEntry &e = m_entries.at(r.entry);
    p.setPen(pal.color(QPalette::PlaceholderText));
    p.drawText(label.adjusted(10, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
               fontMetrics().elidedText(r.title, Qt::ElideRight, label.width() - 10));

    p.save();
    p.setClipRect(
        QRect(kLabelWidth, laneRect.top(), laneRect.width() - kLabelWidth, laneRect.height()));
    const QRect bar = barRect(e.id);
    const QDateTime queuedFrom = e.firstQueued.isValid() ? e.firstQueued : e.created;
    const QDateTime end = endOf(e);
    const QDateTime loadFrom = e.started.isValid() ? e.started : end;
    const double xq = xOf(queuedFrom);
    const double xl = std::max(xq, xOf(loadFrom));
    const double xe = std::max({xl, xOf(end), xq + 3.0});
    const double top = bar.top();
    const double h = bar.height();

    QPainterPath shape;
    shape.addRoundedRect(QRectF(xq, top, xe - xq, h), 3, 3);
    p.setClipPath(shape, Qt::IntersectClip);
    p.fillRect(QRectF(xq, top, xl - xq, h), colorOf(Segment::Queued));
    const Segment ending = endSegment(e);
    if (e.started.isValid()) {
        // Loading in the strong colour; a finished load takes the colour of its end.
        p.fillRect(QRectF(xl, top, xe - xl, h),
                   colorOf(ending == Segment::Canceled ? Segment::Loading : ending));
    }
    if (ending != Segment::Loading) {
        // The end cap: a few pixels in the end state's colour, also for never-loaded ones.
        p.fillRect(QRectF(std::max(xq, xe - 4.0), top, std::min(4.0, xe - xq), h), colorOf(ending));
    }
    p.restore();
}

} // namespace odag::gui
