#include "AppFormDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace odag::gui {

AppFormDialog::AppFormDialog(const QString &title, const QString &intro, Fields fields,
                             Fields required, const QList<odag::Space> &spaces, bool personalChoice,
                             QWidget *parent)
    : QDialog(parent)
    , m_required(required)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(title);
    setMinimumWidth(460);
    auto *layout = new QVBoxLayout(this);
    if (!intro.isEmpty()) {
        auto *text = new QLabel(intro, this);
        text->setWordWrap(true);
        text->setObjectName(QStringLiteral("appFormIntro"));
        layout->addWidget(text);
    }
    auto *form = new QFormLayout;
    layout->addLayout(form);
    if (fields & NameField) {
        m_name = new QLineEdit(this);
        m_name->setObjectName(QStringLiteral("appFormName"));
        m_name->setAccessibleName(tr("App name"));
        m_name->setMaxLength(256);
        form->addRow(tr("&Name:"), m_name);
        connect(m_name, &QLineEdit::textChanged, this, &AppFormDialog::updateOk);
    }
    if (fields & DescriptionField) {
        m_description = new QPlainTextEdit(this);
        m_description->setObjectName(QStringLiteral("appFormDescription"));
        m_description->setAccessibleName(tr("Description"));
        m_description->setTabChangesFocus(true);
        m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 4 + 12);
        form->addRow(tr("&Description:"), m_description);
    }
    if (fields & SpaceField) {
        m_space = new QComboBox(this);
        m_space->setObjectName(QStringLiteral("appFormSpace"));
        m_space->setAccessibleName(tr("Space"));
        if (personalChoice)
            m_space->addItem(tr("Personal space"), QString());
        for (const odag::Space &s : spaces)
            m_space->addItem(s.name.value_or(s.id.value_or(QString())), s.id.value_or(QString()));
        form->addRow(tr("&Space:"), m_space);
        connect(m_space, &QComboBox::currentIndexChanged, this, &AppFormDialog::updateOk);
    }
    if (fields & OwnerField) {
        m_owner = new QLineEdit(this);
        m_owner->setObjectName(QStringLiteral("appFormOwner"));
        m_owner->setAccessibleName(tr("New owner's user ID"));
        m_owner->setPlaceholderText(tr("User ID, for example 65f1a2b3c4d5e6f708192a02"));
        form->addRow(tr("New &owner:"), m_owner);
        connect(m_owner, &QLineEdit::textChanged, this, &AppFormDialog::updateOk);
    }
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("appFormOk"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("appFormCancel"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateOk();
}

void AppFormDialog::setName(const QString &name)
{
    if (m_name)
        m_name->setText(name);
}

void AppFormDialog::setDescription(const QString &description)
{
    if (m_description)
        m_description->setPlainText(description);
}

void AppFormDialog::setSpaceId(const QString &spaceId)
{
    if (!m_space)
        return;
    const int i = m_space->findData(spaceId);
    if (i >= 0)
        m_space->setCurrentIndex(i);
}

void AppFormDialog::setOkText(const QString &text)
{
    m_buttons->button(QDialogButtonBox::Ok)->setText(text);
}

QString AppFormDialog::name() const
{
    return m_name ? m_name->text().trimmed() : QString();
}

QString AppFormDialog::description() const
{
    return m_description ? m_description->toPlainText() : QString();
}

QString AppFormDialog::spaceId() const
{
    return m_space ? m_space->currentData().toString() : QString();
}

QString AppFormDialog::ownerId() const
{
    return m_owner ? m_owner->text().trimmed() : QString();
}

void AppFormDialog::updateOk()
{
    bool ok = true;
    if (m_required & NameField)
        ok = ok && !name().isEmpty();
    if (m_required & SpaceField)
        ok = ok && m_space && m_space->currentIndex() >= 0 && !spaceId().isEmpty();
    if (m_required & OwnerField)
        ok = ok && !ownerId().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

} // namespace odag::gui
