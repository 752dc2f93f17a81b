#pragma once

#include <QStyledItemDelegate>

namespace odag::gui {

// Gives each column of the property matrix the editor its value type needs: check box,
// text, spin box, low/high pair, Restrict/AutoDelete, Tab/Window, sheet ID, ISO 8601
// duration (validated) and the name format with its parameters and a live preview.
class PropertyDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit PropertyDelegate(QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;
};

} // namespace odag::gui
