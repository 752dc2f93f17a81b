#include "LogPane.h"

#include "ExchangeLogModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace odag::gui {

LogPane::LogPane(ExchangeLogModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_filter(new QLineEdit(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_filter->setObjectName(QStringLiteral("logFilter"));
    m_filter->setPlaceholderText(tr("Filter by method, status or URL"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Log filter"));
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    auto *clear = new QPushButton(tr("Clear"), this);
    clear->setObjectName(QStringLiteral("logClear"));
    connect(clear, &QPushButton::clicked, m_model, &ExchangeLogModel::clear);

    m_view->setObjectName(QStringLiteral("logView"));
    m_view->setAccessibleName(tr("HTTP exchanges"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->setColumnWidth(ExchangeLogModel::TimeColumn, 100);
    m_view->setColumnWidth(ExchangeLogModel::MethodColumn, 70);
    m_view->setColumnWidth(ExchangeLogModel::StatusColumn, 150);
    m_view->setColumnWidth(ExchangeLogModel::DurationColumn, 80);
    m_view->setColumnWidth(ExchangeLogModel::SizeColumn, 80);

    // Follow new rows only while the user is at the bottom: reading older rows is not
    // interrupted.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this] {
        QScrollBar *bar = m_view->verticalScrollBar();
        if (bar->value() >= bar->maximum() - 2)
            m_view->scrollToBottom();
    });

    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(clear);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_view);
}

} // namespace odag::gui
