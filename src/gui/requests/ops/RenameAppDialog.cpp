#include "RenameAppDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

namespace odag::gui {

RenameAppDialog::RenameAppDialog(const QString &currentName, QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(currentName, this))
{
    setObjectName(QStringLiteral("renameAppDialog"));
    setWindowTitle(tr("Rename generated app"));
    m_name->setObjectName(QStringLiteral("renameAppName"));
    m_name->setAccessibleName(tr("New app name"));
    m_name->selectAll();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("renameAppOk"));
    ok->setText(tr("&Rename"));
    connect(m_name, &QLineEdit::textChanged, ok,
            [ok](const QString &text) { ok->setEnabled(!text.trimmed().isEmpty()); });
    ok->setEnabled(!currentName.trimmed().isEmpty());
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&New name:"), m_name);
    form->addRow(buttons);
    resize(sizeHint().expandedTo(QSize(420, 0)));
}

QString RenameAppDialog::name() const
{
    return m_name->text().trimmed();
}

} // namespace odag::gui
