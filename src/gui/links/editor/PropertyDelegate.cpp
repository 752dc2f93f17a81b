#include "PropertyDelegate.h"

#include "PropertyEditors.h"
#include "PropertyMatrixModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QSpinBox>

#include <algorithm>

namespace odag::gui {

using rules::PropertyId;

PropertyDelegate::PropertyDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QWidget *PropertyDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                        const QModelIndex &index) const
{
    if (index.column() == PropertyMatrixModel::kContextColumn)
        return QStyledItemDelegate::createEditor(parent, option, index);
    QWidget *editor = nullptr;
    switch (PropertyMatrixModel::propertyAt(index.column())) {
    case PropertyId::Disable:
    case PropertyId::OverrideGenAppLimit: {
        auto *box = new QCheckBox(parent);
        box->setAutoFillBackground(true);
        box->setText(tr("Yes"));
        editor = box;
        break;
    }
    case PropertyId::MenuLabel:
    case PropertyId::TargetSheet: {
        auto *edit = new QLineEdit(parent);
        if (PropertyMatrixModel::propertyAt(index.column()) == PropertyId::TargetSheet)
            edit->setPlaceholderText(tr("Sheet ID"));
        editor = edit;
        break;
    }
    case PropertyId::GenAppLimit: {
        auto *spin = new QSpinBox(parent);
        spin->setRange(0, 1000000); // 0 is allowed so lint can say why it is wrong
        editor = spin;
        break;
    }
    case PropertyId::LimitPolicy:
    case PropertyId::AppOpenMethod: {
        auto *combo = new QComboBox(parent);
        if (PropertyMatrixModel::propertyAt(index.column()) == PropertyId::LimitPolicy) {
            combo->addItem(tr("Restrict"), QStringLiteral("Restrict"));
            combo->addItem(tr("Auto-delete oldest"), QStringLiteral("AutoDelete"));
        } else {
            combo->addItem(tr("New tab"), QStringLiteral("Tab"));
            combo->addItem(tr("New window"), QStringLiteral("Window"));
        }
        editor = combo;
        break;
    }
    case PropertyId::RowEstRange: editor = new RangeEditor(parent); break;
    case PropertyId::AppRetentionTime: editor = new RetentionEditor(parent); break;
    case PropertyId::GenAppName: editor = new NameFormatEditor(parent); break;
    }
    editor->setObjectName(QStringLiteral("cellEditor"));
    return editor;
}

void PropertyDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant v = index.data(Qt::EditRole);
    if (auto *box = qobject_cast<QCheckBox *>(editor))
        box->setChecked(v.toBool());
    else if (auto *spin = qobject_cast<QSpinBox *>(editor))
        spin->setValue(v.isValid() ? v.toInt() : 1);
    else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        int i = combo->findData(v.toString());
        if (i < 0 && v.isValid() && !v.toString().isEmpty()) {
            // A value this app does not know is kept as read.
            combo->addItem(v.toString(), v.toString());
            i = combo->count() - 1;
        }
        combo->setCurrentIndex(std::max(i, 0));
    } else if (auto *range = qobject_cast<RangeEditor *>(editor))
        range->setValue(v);
    else if (auto *retention = qobject_cast<RetentionEditor *>(editor))
        retention->setText(v.toString());
    else if (auto *name = qobject_cast<NameFormatEditor *>(editor))
        name->setValue(v);
    else if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        if (index.column() != PropertyMatrixModel::kContextColumn
            && PropertyMatrixModel::propertyAt(index.column()) == PropertyId::TargetSheet)
            edit->setText(v.toMap().value(QStringLiteral("sheetId")).toString());
        else
            QStyledItemDelegate::setEditorData(editor, index);
    } else
        QStyledItemDelegate::setEditorData(editor, index);
}

void PropertyDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *box = qobject_cast<QCheckBox *>(editor))
        model->setData(index, box->isChecked());
    else if (auto *spin = qobject_cast<QSpinBox *>(editor))
        model->setData(index, spin->value());
    else if (auto *combo = qobject_cast<QComboBox *>(editor))
        model->setData(index, combo->currentData());
    else if (auto *range = qobject_cast<RangeEditor *>(editor)) {
        if (range->value().isValid())
            model->setData(index, range->value());
    } else if (auto *retention = qobject_cast<RetentionEditor *>(editor)) {
        // Invalid text is not committed: the cell keeps its value (the editor said why).
        if (retention->isAcceptable())
            model->setData(index, retention->text());
    } else if (auto *name = qobject_cast<NameFormatEditor *>(editor))
        model->setData(index, name->value());
    else if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        if (index.column() != PropertyMatrixModel::kContextColumn
            && PropertyMatrixModel::propertyAt(index.column()) == PropertyId::TargetSheet) {
            if (!edit->text().trimmed().isEmpty())
                model->setData(index, QVariantMap{{QStringLiteral("sheetId"), edit->text().trimmed()}});
        } else {
            model->setData(index, edit->text());
        }
    } else
        QStyledItemDelegate::setModelData(editor, model, index);
}

void PropertyDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                            const QModelIndex &index) const
{
    Q_UNUSED(index);
    // Compound editors need more room than one row: they open over the rows below.
    QRect r = option.rect;
    const QSize hint = editor->sizeHint();
    r.setWidth(std::max(r.width(), hint.width()));
    r.setHeight(std::max(r.height(), hint.height()));
    editor->setGeometry(r);
}

} // namespace odag::gui
