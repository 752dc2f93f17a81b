#pragma once

#include "core/Spaces.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace odag::gui {

// The small form behind each app action that needs input (create, copy, move, change
// owner, publish, republish, import): only the fields the action asks for, with OK
// enabled once the required ones are filled in. Opened with open() so tests can fill it
// in without a nested event loop.
class AppFormDialog : public QDialog
{
    Q_OBJECT
public:
    enum Field
    {
        NameField = 0x1,
        DescriptionField = 0x2,
        SpaceField = 0x4,
        OwnerField = 0x8
    };
    Q_DECLARE_FLAGS(Fields, Field)

    // `required` fields must be non-empty for OK. `spaces` feed the space picker;
    // `personalChoice` offers "Personal space" (empty ID) as its first entry.
    AppFormDialog(const QString &title, const QString &intro, Fields fields, Fields required,
                  const QList<odag::Space> &spaces, bool personalChoice, QWidget *parent);

    void setName(const QString &name);
    void setDescription(const QString &description);
    void setSpaceId(const QString &spaceId);
    void setOkText(const QString &text);

    QString name() const;
    QString description() const;
    QString spaceId() const; // empty: personal
    QString ownerId() const;

private:
    void updateOk();

    Fields m_required;
    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QComboBox *m_space = nullptr;
    QLineEdit *m_owner = nullptr;
    QDialogButtonBox *m_buttons;
};

} // namespace odag::gui

Q_DECLARE_OPERATORS_FOR_FLAGS(odag::gui::AppFormDialog::Fields)
