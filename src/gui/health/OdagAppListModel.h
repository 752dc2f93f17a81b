#pragma once

#include "KeyedTableModel.h"
#include "core/OdagTenant.h"

namespace odag::gui {

// The ODAG apps of one kind (selection, template or generated) as a Name / ID table.
class OdagAppListModel : public KeyedTableModel<AppStateCondensed>
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        IdColumn,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1; // raw value for sorting

    using KeyedTableModel::KeyedTableModel;

    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : ColumnCount;
    }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    QString keyOf(const AppStateCondensed &app) const override { return app.id; }
};

} // namespace odag::gui
