#include "LinkEditorDialog.h"

#include "LinkEditor.h"
#include "gui/widgets/Dialogs.h"

#include <QVBoxLayout>

namespace odag::gui {

LinkEditorDialog::LinkEditorDialog(LinkService *service, const LinkRecord *record, QWidget *parent)
    : QDialog(parent)
    , m_editor(new LinkEditor(service, record, this))
{
    setObjectName(QStringLiteral("linkEditorDialog"));
    setModal(false);
    setAttribute(Qt::WA_DeleteOnClose); // one window per link opened; gone when closed
    setSizeGripEnabled(true);
    setWindowFlag(Qt::WindowMaximizeButtonHint, true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_editor);
    resize(1100, 720);
    connect(m_editor, &LinkEditor::linkSaved, this, [this](const LinkRecord &r) {
        Q_EMIT linkSaved(r);
        if (m_closeAfterSave) {
            m_closeAfterSave = false;
            QDialog::done(Accepted);
        }
    });
    connect(m_editor, &LinkEditor::saveFailed, this, [this] { m_closeAfterSave = false; });
    connect(m_editor, &LinkEditor::linkDeleted, this, [this] { QDialog::done(Accepted); });
    connect(m_editor, &LinkEditor::stateChanged, this, &LinkEditorDialog::updateTitle);
    updateTitle();
}

void LinkEditorDialog::updateTitle()
{
    const QString name = m_editor->current().link.name;
    QString title = m_editor->isNew() && name.isEmpty() ? tr("New link")
                                                        : tr("Link: %1").arg(name.isEmpty() ? m_editor->current().id() : name);
    setWindowTitle(m_editor->hasUnsavedChanges() ? tr("%1 (unsaved)").arg(title) : title);
}

bool LinkEditorDialog::confirmClose()
{
    if (!m_editor->hasUnsavedChanges())
        return true;
    const auto answer = dialogs::question(this, tr("Unsaved changes"),
                                          tr("The link has unsaved changes. Save them before closing?"),
                                          QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                          QMessageBox::Save);
    if (answer == QMessageBox::Discard) {
        m_editor->discardChanges();
        return true;
    }
    if (answer == QMessageBox::Save) {
        // Closes once the save succeeded; a refused save keeps the window open.
        m_closeAfterSave = true;
        m_editor->save();
    }
    return false;
}

void LinkEditorDialog::done(int result)
{
    if (confirmClose())
        QDialog::done(result);
}

} // namespace odag::gui
