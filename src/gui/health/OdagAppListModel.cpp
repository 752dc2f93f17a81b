#include "OdagAppListModel.h"

namespace odag::gui {

QVariant OdagAppListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AppStateCondensed &app = at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return index.column() == NameColumn ? app.name : app.id;
    case SortRole:
        return index.column() == NameColumn ? app.name.toCaseFolded() : app.id;
    case Qt::ToolTipRole:
        return tr("%1\nID: %2").arg(app.name, app.id);
    default:
        return {};
    }
}

QVariant OdagAppListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case IdColumn:
        return tr("ID");
    default:
        return {};
    }
}

} // namespace odag::gui
