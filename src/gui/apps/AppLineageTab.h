#pragma once

#include "AppTab.h"

class QStandardItemModel;
class QTableView;

namespace odag::gui {

// The Lineage tab: where an app's data comes from (GET /apps/{id}/data/lineage), one
// row per source with its discriminator and the load statement that reads it.
class AppLineageTab : public AppTab
{
    Q_OBJECT
public:
    explicit AppLineageTab(api::Transport &transport, QWidget *parent = nullptr);

    QStandardItemModel *model() const { return m_model; }

protected:
    void load() override;
    void clear() override;

private:
    QStandardItemModel *m_model;
    QTableView *m_view;
};

} // namespace odag::gui
