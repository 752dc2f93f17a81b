#pragma once

#include "gui/links/LinkService.h"

#include <QDialog>

namespace odag::gui {

class LinkEditor;

// A non-modal window editing one link (or creating one). Closing it with unsaved
// changes asks whether to save, discard or keep editing.
class LinkEditorDialog : public QDialog
{
    Q_OBJECT
public:
    // Opens `record` (re-read from the server first) — or a new link when record is nullptr.
    LinkEditorDialog(LinkService *service, const LinkRecord *record, QWidget *parent = nullptr);
    LinkEditor *editor() const { return m_editor; }

    // Every way of closing (Esc, the close button, reject) passes here: asks first when
    // there are unsaved changes (QDialog::closeEvent ignores the close if still visible).
    void done(int result) override;

Q_SIGNALS:
    void linkSaved(const odag::gui::LinkRecord &record); // after each successful save/create

private:
    bool confirmClose();
    void updateTitle();

    LinkEditor *m_editor;
    bool m_closeAfterSave = false;
};

} // namespace odag::gui
