#pragma once

#include "core/OdagRequest.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>

class QSystemTrayIcon;

namespace odag::gui {

// Desktop notifications for watched requests: when one reaches succeeded or failed, a
// tray message says so (when the desktop has a tray) and notified() is emitted either way.
// Each request's end is announced once, however often it is observed afterwards.
class TrayNotifier : public QObject
{
    Q_OBJECT
public:
    explicit TrayNotifier(QObject *parent = nullptr);
    ~TrayNotifier() override;

    void watch(const QString &id);
    void unwatch(const QString &id);
    bool isWatched(const QString &id) const { return m_watched.contains(id); }
    QStringList watched() const;

    // Feed every batch of refreshed requests here (the monitor's updates).
    void observe(const QList<RequestObject> &updated);

    // Whether messages go to a system tray icon (false: only the signal).
    bool hasTray() const { return m_tray != nullptr; }

Q_SIGNALS:
    void notified(const QString &title, const QString &text);

private:
    QSet<QString> m_watched;
    QHash<QString, QString> m_announced; // id -> the end state announced
    QSystemTrayIcon *m_tray = nullptr;
};

} // namespace odag::gui
