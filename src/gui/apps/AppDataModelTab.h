#pragma once

#include "AppTab.h"

class QLabel;
class QStandardItemModel;
class QTableView;

namespace odag::gui {

// The Data model tab: the fields and tables of an app's data model
// (GET /apps/{id}/data/metadata), sizes and counts formatted, sortable by raw value.
class AppDataModelTab : public AppTab
{
    Q_OBJECT
public:
    explicit AppDataModelTab(api::Transport &transport, QWidget *parent = nullptr);

    QStandardItemModel *fieldsModel() const { return m_fields; }
    QStandardItemModel *tablesModel() const { return m_tables; }

protected:
    void load() override;
    void clear() override;

private:
    QLabel *m_summary;
    QStandardItemModel *m_fields;
    QStandardItemModel *m_tables;
    QTableView *m_fieldsView;
    QTableView *m_tablesView;
};

} // namespace odag::gui
