#pragma once

#include "RequestHistory.h"

#include <QAbstractScrollArea>
#include <QColor>
#include <QDateTime>
#include <QList>

namespace odag::gui {

// A Gantt chart of requests: one lane per request, grouped under a header per link, each
// bar split into the time it waited (queued, light), the time it loaded (strong) and the
// colour of how it ended. A time axis with ticks that stay readable at any zoom; zoom with
// Ctrl+wheel or zoomIn()/zoomOut(), scroll horizontally and vertically, tooltips with the
// request's details. Colours are chosen to read on light and dark palettes.
class TimelineView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    explicit TimelineView(QWidget *parent = nullptr);

    // Shows `entries` over [from, to]. Bars of requests still running end at `to`.
    void setEntries(const QList<HistoryEntry> &entries, const QDateTime &from, const QDateTime &to);
    int laneCount() const;

    // Hit tests in viewport coordinates (tests, tooltips): the request whose bar is at
    // `pos`, and the rectangle of a request's whole bar (empty when not shown).
    QString requestAt(const QPoint &pos) const;
    QRect barRect(const QString &id) const;

    // 1.0 shows the whole range in the visible width; 2.0 twice as wide...
    double zoom() const { return m_zoom; }
    void setZoom(double factor, int anchorX = -1);

    // The colours of the legend (TimelinePage draws it from these).
    enum class Segment
    {
        Queued,
        Loading,
        Succeeded,
        Failed,
        Canceled
    };
    QColor colorOf(Segment segment) const { return colorOf(segment, palette()); }
    static QColor colorOf(Segment segment, const QPalette &palette);
    static QString segmentName(Segment segment);

    QSize sizeHint() const override;

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void zoomToFit();

Q_SIGNALS:
    void zoomChanged(double zoom);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    struct Row
    {
        bool header = false;
        QString linkId;
        QString title;
        int entry = -1; // index into m_entries for a lane
    };

    void rebuildRows();
    void updateScrollBars();
    int chartWidth() const; // the full width of the time area at this zoom
    int visibleChartWidth() const;
    double xOf(const QDateTime &t) const; // viewport x
    int rowTop(int row) const;            // viewport y
    int rowHeight(int row) const;
    int rowAt(int y) const;
    QDateTime endOf(const HistoryEntry &e) const;
    Segment endSegment(const HistoryEntry &e) const;
    QString toolTipFor(const HistoryEntry &e) const;
    void paintAxis(QPainter &p);
    void paintLane(QPainter &p, int row, const QRect &laneRect);

    QList<HistoryEntry> m_entries;
    QList<Row> m_rows;
    QList<int> m_rowY; // top of each row in content coordinates; one extra: the total
    QDateTime m_from;
    QDateTime m_to;
    double m_zoom = 1.0;

    static constexpr int kAxisHeight = 30;
    static constexpr int kLaneHeight = 22;
    static constexpr int kHeaderHeight = 24;
    static constexpr int kLabelWidth = 210;
};

} // namespace odag::gui
