#include "TrayNotifier.h"

#include <QApplication>
#include <QStyle>
#include <QSystemTrayIcon>

namespace odag::gui {

TrayNotifier::TrayNotifier(QObject *parent)
    : QObject(parent)
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        QIcon icon = QApplication::windowIcon();
        if (icon.isNull())
            icon = QApplication::style()->standardIcon(QStyle::SP_ComputerIcon);
        m_tray = new QSystemTrayIcon(icon, this);
        m_tray->setToolTip(tr("ODAG Admin: watched requests"));
    }
}

TrayNotifier::~TrayNotifier() = default;

void TrayNotifier::watch(const QString &id)
{
    if (id.isEmpty())
        return;
    m_watched.insert(id);
    if (m_tray)
        m_tray->setVisible(true);
}

void TrayNotifier::unwatch(const QString &id)
{
    m_watched.remove(id);
    if (m_tray && m_watched.isEmpty())
        m_tray->setVisible(false);
}

QStringList TrayNotifier::watched() const
{
    QStringList ids(m_watched.begin(), m_watched.end());
    ids.sort();
    return ids;
}

void TrayNotifier::observe(const QList<RequestObject> &updated)
{
    for (const RequestObject &r : updated) {
        if (!m_watched.contains(r.id))
            continue;
        const RequestState s = r.state.value();
        if (s != RequestState::Succeeded && s != RequestState::Failed)
            continue;
        if (m_announced.value(r.id) == r.state.raw())
            continue;
        m_announced.insert(r.id, r.state.raw());

        const QString app = r.generatedAppDisplayName();
        const QString what = app.isEmpty() ? r.id : app;
        QString title;
        QString text;
        if (s == RequestState::Succeeded) {
            title = tr("Request succeeded");
            text = tr("The app \"%1\" has been generated.").arg(what);
        } else {
            title = tr("Request failed");
            text = r.errorMessage && !r.errorMessage->isEmpty()
                       ? tr("The request for \"%1\" failed: %2").arg(what, *r.errorMessage)
                       : tr("The request for \"%1\" failed.").arg(what);
        }
        if (m_tray && m_tray->isVisible()) {
            m_tray->showMessage(title, text,
                                s == RequestState::Succeeded ? QSystemTrayIcon::Information
                                                             : QSystemTrayIcon::Warning);
        }
        Q_EMIT notified(title, text);
    }
}

} // namespace odag::gui
