#include "RequestsView.h"

namespace odag::gui {

RequestsView::RequestsView(QWidget *parent)
    : QTreeView(parent)
{
    setUniformRowHeights(true);
}

void RequestsView::dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles)
{
    if (!uniformRowHeights()) {
        QTreeView::dataChanged(topLeft, bottomRight, roles);
        return;
    }
    if (isVisible())
        viewport()->update();
}

} // namespace odag::gui
