#pragma once

#include "RequestActions.h"

#include <QDialog>

class QCheckBox;

namespace odag::gui {

// Asks how to cancel: acknowledge at once (autoAck), delete the generated app with it
// (delGenApp, only with autoAck) and whether a request that succeeded meanwhile is an
// error (ignoreSucceeded). Opened with open(); accepted() means "go".
class CancelOptionsDialog : public QDialog
{
    Q_OBJECT
public:
    CancelOptionsDialog(int count, QWidget *parent = nullptr);
    ActionOptions options() const;

private:
    QCheckBox *m_autoAck;
    QCheckBox *m_delGenApp;
    QCheckBox *m_ignoreSucceeded;
};

} // namespace odag::gui
