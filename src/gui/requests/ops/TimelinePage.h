#pragma once

#include <QDateTime>
#include <QPointer>
#include <QWidget>

#include <functional>

class QComboBox;
class QHBoxLayout;
class QSortFilterProxyModel;
class QSplitter;
class QTimer;
class QToolButton;
class QTreeView;

namespace odag::gui {

class LinkStatsModel;
class RequestHistory;
class TimelineView;

// The timeline of observed requests (a Gantt) over the last hour, day or week, optionally
// of one link, above the per-link statistics of the same period. Reads the local request
// history and follows it as it changes.
class TimelinePage : public QWidget
{
    Q_OBJECT
public:
    enum class Range
    {
        Hour,
        Day,
        Week
    };

    explicit TimelinePage(RequestHistory *history, QWidget *parent = nullptr);

    void setRange(Range range);
    Range range() const;
    // Shows only one link's requests (empty: all links).
    void setLinkFilter(const QString &linkId);
    QString linkFilter() const;

    // Test seam: the end of the shown period (default: now).
    void setClock(std::function<QDateTime()> clock);

    TimelineView *view() const { return m_view; }
    LinkStatsModel *statsModel() const { return m_stats; }
    QSortFilterProxyModel *statsProxy() const { return m_proxy; }

public Q_SLOTS:
    // Re-reads the history (also done by itself when the history changes).
    void refresh();

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildLegend();
    void updateLinkCombo(const QList<std::pair<QString, QString>> &links);

    QPointer<RequestHistory> m_history;
    std::function<QDateTime()> m_clock;
    QComboBox *m_rangeCombo;
    QComboBox *m_linkCombo;
    QHBoxLayout *m_legend;
    QToolButton *m_zoomIn;
    QToolButton *m_zoomOut;
    QToolButton *m_zoomFit;
    QSplitter *m_splitter;
    TimelineView *m_view;
    LinkStatsModel *m_stats;
    QSortFilterProxyModel *m_proxy;
    QTreeView *m_table;
    QTimer *m_refreshTimer;
};

} // namespace odag::gui
