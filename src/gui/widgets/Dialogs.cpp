#include "Dialogs.h"

#include <QFileDialog>

#include <functional>

#include <optional>

namespace odag::gui::dialogs {

namespace {
std::optional<QMessageBox::StandardButton> g_nextAnswer;
std::optional<QString> g_nextFileName;
bool g_suppress = false;
QString g_lastMessage;

QString takeFileName(const std::function<QString()> &ask)
{
    if (g_nextFileName) {
        const QString path = *g_nextFileName;
        g_nextFileName.reset();
        return path;
    }
    return ask();
}

void message(QMessageBox::Icon icon, QWidget *parent, const QString &title, const QString &text)
{
    g_lastMessage = text;
    if (g_suppress)
        return;
    QMessageBox box(icon, title, text, QMessageBox::Ok, parent);
    box.exec();
}
} // namespace

QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                     QMessageBox::StandardButtons buttons,
                                     QMessageBox::StandardButton defaultButton)
{
    g_lastMessage = text;
    if (g_nextAnswer) {
        const auto answer = *g_nextAnswer;
        g_nextAnswer.reset();
        return answer;
    }
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

void warning(QWidget *parent, const QString &title, const QString &text)
{
    message(QMessageBox::Warning, parent, title, text);
}

void information(QWidget *parent, const QString &title, const QString &text)
{
    message(QMessageBox::Information, parent, title, text);
}

QString openFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter)
{
    return takeFileName([&] { return QFileDialog::getOpenFileName(parent, caption, dir, filter); });
}

QString saveFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter)
{
    return takeFileName([&] { return QFileDialog::getSaveFileName(parent, caption, dir, filter); });
}

void setNextAnswer(QMessageBox::StandardButton answer)
{
    g_nextAnswer = answer;
}

void setNextFileName(const QString &path)
{
    g_nextFileName = path;
}

void setSuppressMessages(bool suppress)
{
    g_suppress = suppress;
}

QString lastMessage()
{
    return g_lastMessage;
}

} // namespace odag::gui::dialogs
