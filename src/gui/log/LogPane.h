#pragma once

#include <QWidget>

class QSortFilterProxyModel;
class QTableView;
class QLineEdit;

namespace odag::gui {

class ExchangeLogModel;

// The log pane: every HTTP exchange of the session (method, URL, status, time, size),
// secrets already redacted by the transport, with a filter and auto-scroll.
class LogPane : public QWidget
{
    Q_OBJECT
public:
    explicit LogPane(ExchangeLogModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }

private:
    ExchangeLogModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLineEdit *m_filter;
};

} // namespace odag::gui
