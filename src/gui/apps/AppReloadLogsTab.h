#pragma once

#include "AppTab.h"

class QPlainTextEdit;
class QStandardItemModel;
class QTableView;

namespace odag::gui {

// The Reload logs tab: the stored logs of an app's reloads
// (GET /apps/{id}/reloads/logs) and, for the selected one, its text.
class AppReloadLogsTab : public AppTab
{
    Q_OBJECT
public:
    explicit AppReloadLogsTab(api::Transport &transport, QWidget *parent = nullptr);

    QStandardItemModel *model() const { return m_model; }

protected:
    void load() override;
    void clear() override;

private:
    void showLog(const QString &reloadId);

    QStandardItemModel *m_model;
    QTableView *m_view;
    QPlainTextEdit *m_log;
};

} // namespace odag::gui
