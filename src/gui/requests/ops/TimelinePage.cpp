#include "TimelinePage.h"

#include "LinkStatsModel.h"
#include "RequestHistory.h"
#include "TimelineView.h"

#include "gui/widgets/HeaderState.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace odag::gui {

TimelinePage::TimelinePage(RequestHistory *history, QWidget *parent)
    : QWidget(parent)
    , m_history(history)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_rangeCombo(new QComboBox(this))
    , m_linkCombo(new QComboBox(this))
    , m_legend(new QHBoxLayout)
    , m_zoomIn(new QToolButton(this))
    , m_zoomOut(new QToolButton(this))
    , m_zoomFit(new QToolButton(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_view(new TimelineView(m_splitter))
    , m_stats(new LinkStatsModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTreeView(m_splitter))
    , m_refreshTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("timelinePage"));

    m_rangeCombo->setObjectName(QStringLiteral("timelineRangeCombo"));
    m_rangeCombo->addItem(tr("Last hour"), int(Range::Hour));
    m_rangeCombo->addItem(tr("Last day"), int(Range::Day));
    m_rangeCombo->addItem(tr("Last week"), int(Range::Week));
    m_rangeCombo->setCurrentIndex(1);
    m_rangeCombo->setAccessibleName(tr("Period"));
    m_rangeCombo->setToolTip(tr("The period the timeline and the statistics cover"));

    m_linkCombo->setObjectName(QStringLiteral("timelineLinkCombo"));
    m_linkCombo->addItem(tr("All links"), QString());
    m_linkCombo->setAccessibleName(tr("Link"));
    m_linkCombo->setToolTip(tr("Show the requests of one link only"));
    m_linkCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_linkCombo->setMinimumContentsLength(18);

    auto setupButton = [this](QToolButton *b, const char *name, const QString &text,
                              const QString &tip, const QKeySequence &keys) {
        b->setObjectName(QString::fromLatin1(name));
        b->setText(text);
        b->setToolTip(tr("%1 (%2)").arg(tip, keys.toString(QKeySequence::NativeText)));
        b->setAccessibleName(tip);
        b->setAutoRaise(true);
        auto *shortcut = new QAction(this);
        shortcut->setShortcut(keys);
        shortcut->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(shortcut);
        connect(shortcut, &QAction::triggered, b, &QToolButton::click);
    };
    setupButton(m_zoomOut, "timelineZoomOut", QStringLiteral("−"), tr("Zoom out"),
                QKeySequence(QKeySequence::ZoomOut));
    setupButton(m_zoomIn, "timelineZoomIn", QStringLiteral("+"), tr("Zoom in"),
                QKeySequence(QKeySequence::ZoomIn));
    setupButton(m_zoomFit, "timelineZoomFit", tr("Fit"), tr("Show the whole period"),
                QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(m_zoomIn, &QToolButton::clicked, m_view, &TimelineView::zoomIn);
    connect(m_zoomOut, &QToolButton::clicked, m_view, &TimelineView::zoomOut);
    connect(m_zoomFit, &QToolButton::clicked, m_view, &TimelineView::zoomToFit);

    auto *bar = new QHBoxLayout;
    auto *periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_rangeCombo);
    auto *linkLabel = new QLabel(tr("&Link:"), this);
    linkLabel->setBuddy(m_linkCombo);
    bar->addWidget(periodLabel);
    bar->addWidget(m_rangeCombo);
    bar->addSpacing(12);
    bar->addWidget(linkLabel);
    bar->addWidget(m_linkCombo);
    bar->addStretch(1);
    bar->addWidget(m_zoomOut);
    bar->addWidget(m_zoomFit);
    bar->addWidget(m_zoomIn);
    buildLegend();

    m_proxy->setSourceModel(m_stats);
    m_proxy->setSortRole(LinkStatsModel::SortRole);
    m_proxy->setDynamicSortFilter(true);
    m_table->setObjectName(QStringLiteral("linkStatsTable"));
    m_table->setAccessibleName(tr("Statistics per link"));
    m_table->setModel(m_proxy);
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->setSortingEnabled(true);
    m_table->setAlternatingRowColors(true);
    m_table->sortByColumn(LinkStatsModel::CountColumn, Qt::DescendingOrder);
    m_table->header()->setStretchLastSection(false);
    m_table->header()->setSectionResizeMode(LinkStatsModel::LinkColumn, QHeaderView::Stretch);
    // Wide enough for the header in every language ("Ladedauer (Median)").
    const QFontMetrics headerFont(m_table->header()->font());
    for (int c = LinkStatsModel::CountColumn; c < LinkStatsModel::ColumnCount; ++c) {
        const QString title = m_proxy->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
        m_table->header()->resizeSection(c, std::max(c == LinkStatsModel::LastColumn ? 170 : 110,
                                                     headerFont.horizontalAdvance(title) + 28));
    }
    rememberHeaderState(m_table->header(), QStringLiteral("requests/timeline/linkStats"));

    m_splitter->setObjectName(QStringLiteral("timelineSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    rememberSplitterState(m_splitter, QStringLiteral("requests/timeline/splitter"));

    // The legend has a row of its own: with it beside the filters, German or French
    // state names made the page wider than a 1280 px screen.
    auto *legendRow = new QHBoxLayout;
    legendRow->addLayout(m_legend);
    legendRow->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(legendRow);
    layout->addWidget(m_splitter, 1);

    // Bursts of history changes (one per monitor poll) are drawn once.
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &TimelinePage::refresh);
    if (m_history)
        connect(m_history, &RequestHistory::changed, m_refreshTimer, qOverload<>(&QTimer::start));
    connect(m_rangeCombo, &QComboBox::currentIndexChanged, this, &TimelinePage::refresh);
    connect(m_linkCombo, &QComboBox::currentIndexChanged, this, &TimelinePage::refresh);
    refresh();
}

void TimelinePage::setRange(Range range)
{
    m_rangeCombo->setCurrentIndex(m_rangeCombo->findData(int(range)));
}

TimelinePage::Range TimelinePage::range() const
{
    return Range(m_rangeCombo->currentData().toInt());
}

void TimelinePage::setLinkFilter(const QString &linkId)
{
    const int i = m_linkCombo->findData(linkId);
    m_linkCombo->setCurrentIndex(i < 0 ? 0 : i);
}

QString TimelinePage::linkFilter() const
{
    return m_linkCombo->currentData().toString();
}

void TimelinePage::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    refresh();
}

void TimelinePage::refresh()
{
    if (!m_history)
        return;
    const QDateTime to = m_clock();
    QDateTime from;
    switch (range()) {
    case Range::Hour:
        from = to.addSecs(-3600);
        break;
    case Range::Day:
        from = to.addDays(-1);
        break;
    case Range::Week:
        from = to.addDays(-7);
        break;
    }
    const QList<HistoryEntry> all = m_history->entries(from, to);
    QList<std::pair<QString, QString>> links;
    QSet<QString> seen;
    for (const HistoryEntry &e : all) {
        if (seen.contains(e.linkId))
            continue;
        seen.insert(e.linkId);
        links.append({e.linkId, e.linkName.isEmpty() ? e.linkId : e.linkName});
    }
    updateLinkCombo(links);

    const QString filter = linkFilter();
    QList<HistoryEntry> shown;
    for (const HistoryEntry &e : all) {
        if (filter.isEmpty() || e.linkId == filter)
            shown.append(e);
    }
    m_view->setEntries(shown, from, to);
    m_stats->setEntries(shown);
}

void TimelinePage::updateLinkCombo(const QList<std::pair<QString, QString>> &links)
{
    // Keep the chosen link even when it has no requests in this period.
    const QSignalBlocker block(m_linkCombo);
    for (const auto &[id, name] : links) {
        const int i = m_linkCombo->findData(id);
        if (i < 0)
            m_linkCombo->addItem(name, id);
        else if (m_linkCombo->itemText(i) != name)
            m_linkCombo->setItemText(i, name);
    }
}

void TimelinePage::buildLegend()
{
    while (QLayoutItem *item = m_legend->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    using S = TimelineView::Segment;
    for (S s : {S::Queued, S::Loading, S::Succeeded, S::Failed, S::Canceled}) {
        const qreal dpr = devicePixelRatio();
        QPixmap swatch(qRound(14 * dpr), qRound(10 * dpr));
        swatch.setDevicePixelRatio(dpr);
        swatch.fill(Qt::transparent);
        {
            QPainter p(&swatch);
            p.setRenderHint(QPainter::Antialiasing);
            p.setPen(Qt::NoPen);
            p.setBrush(TimelineView::colorOf(s, palette()));
            p.drawRoundedRect(QRectF(0, 0, 14, 10), 2, 2);
        }
        auto *icon = new QLabel(this);
        icon->setPixmap(swatch);
        auto *text = new QLabel(TimelineView::segmentName(s), this);
        text->setForegroundRole(QPalette::PlaceholderText);
        m_legend->addWidget(icon);
        m_legend->addWidget(text);
        if (isVisible()) {
            // Rebuilt on a palette change: show them now, not on the layout's next round.
            icon->show();
            text->show();
        }
        m_legend->addSpacing(8);
    }
}

void TimelinePage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        buildLegend();
}

} // namespace odag::gui
