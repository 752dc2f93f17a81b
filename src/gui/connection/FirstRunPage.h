#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace odag::gui {

// The welcome page of a first start (no profile ever opened, none stored): offers the
// built-in sandbox tenant or a new connection profile. Shown inside the main window.
class FirstRunPage : public QWidget
{
    Q_OBJECT
public:
    explicit FirstRunPage(QWidget *parent = nullptr);

    // Says that secrets will be kept for this session only (no keychain here).
    void setSecretsNotice(const QString &text);

Q_SIGNALS:
    void sandboxRequested();
    void addProfileRequested();

private:
    QPushButton *m_sandbox;
    QPushButton *m_add;
    QLabel *m_notice;
};

} // namespace odag::gui
