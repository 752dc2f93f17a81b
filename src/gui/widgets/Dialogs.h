#pragma once

#include <QMessageBox>
#include <QString>

class QWidget;

namespace odag::gui::dialogs {

// Message boxes and file dialogs go through here so that GUI tests can preset the next
// answer instead of blocking on a modal dialog (the KeePassXC seam). With nothing
// preset, the real dialog is shown.

// Asks a question; answers one of `buttons`.
QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                     QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
                                     QMessageBox::StandardButton defaultButton = QMessageBox::No);
// Says something went wrong (or right) and waits for OK.
void warning(QWidget *parent, const QString &title, const QString &text);
void information(QWidget *parent, const QString &title, const QString &text);

// File dialogs; empty when cancelled.
QString openFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter);
QString saveFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter);

// Test seams: the next question answers `answer`; the next file dialog answers `path`
// (an empty path means Cancel). Each preset answers once. warning()/information()
// do not block while setSuppressMessages(true) is on.
void setNextAnswer(QMessageBox::StandardButton answer);
void setNextFileName(const QString &path);
// Tests: message boxes are recorded instead of shown (see lastMessage()).
void setSuppressMessages(bool suppress);
QString lastMessage();

} // namespace odag::gui::dialogs
