#pragma once

#include <QDialog>

class QLineEdit;

namespace odag::gui {

// Asks for the generated app's new name, starting from its current one. The OK button
// stays disabled while the name is empty.
class RenameAppDialog : public QDialog
{
    Q_OBJECT
public:
    RenameAppDialog(const QString &currentName, QWidget *parent = nullptr);
    QString name() const;

private:
    QLineEdit *m_name;
};

} // namespace odag::gui
