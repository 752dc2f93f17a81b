#pragma once

#include "KeyedTableModel.h"
#include "core/Engine.h"

namespace odag::gui {

// The engine's open websocket sessions (GET /engine/sessions) as a table.
class EngineSessionModel : public KeyedTableModel<EngineSession>
{
    Q_OBJECT
public:
    enum Column
    {
        UserColumn,
        AppColumn,
        StateColumn,
        TtlColumn,
        SessionColumn,
        TenantColumn,
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
    QString keyOf(const EngineSession &session) const override
    {
        return session.sessionid.value_or(QString());
    }
};

} // namespace odag::gui
