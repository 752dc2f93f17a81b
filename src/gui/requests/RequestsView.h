#pragma once

#include <QTreeView>

namespace odag::gui {

// The monitor's tree of requests. A live poll repaints many scattered rows; QTreeView
// looks each changed row up by a linear search over every shown row and refreshes its
// height cache, which costs tens of milliseconds at 100,000 rows. With uniform row
// heights only the repaint matters, so that is all a change does here.
class RequestsView : public QTreeView
{
    Q_OBJECT
public:
    explicit RequestsView(QWidget *parent = nullptr);

protected:
    void dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                     const QList<int> &roles = QList<int>()) override;
};

} // namespace odag::gui
