#pragma once

#include "SessionFactory.h"

#include <QFrame>

#include <memory>

class QLabel;
class QPushButton;

namespace odag::gui {

class ConnectionProbe;
struct ConnectionReport;

// "Test connection" and its result: opens a session for a profile (secrets typed in an
// editor or stored), runs the ConnectionProbe and shows who the user is, the tenant,
// whether ODAG is enabled and what the user may do, or why it failed. Shared by the
// profile editor and the profile manager.
class ConnectionTestPanel : public QFrame
{
    Q_OBJECT
public:
    explicit ConnectionTestPanel(SessionFactory *factory, QWidget *parent = nullptr);
    ~ConnectionTestPanel() override;

    void test(const Profile &profile, const SessionFactory::Options &options = {});
    void cancel();
    void clear();
    bool isRunning() const { return m_running; }
    QString resultText() const;
    // The session of the last test that opened (an OAuth sign-in lives in it).
    TenantSession *session() const { return m_session.get(); }

Q_SIGNALS:
    void finished(bool ok);
    // A certificate trusted during the test: the editor keeps it with the profile.
    void pinnedCertificatesChanged(const QList<QByteArray> &pins);

private:
    void showReport(const ConnectionReport &report);
    void showError(const QString &message);
    void setRunning(bool running);

    SessionFactory *m_factory;
    QLabel *m_result;
    QPushButton *m_cancel;
    std::unique_ptr<TenantSession> m_session;
    ConnectionProbe *m_probe = nullptr;
    QObject *m_attempt = nullptr; // the context of the running open(): deleted to cancel
    bool m_running = false;
};

} // namespace odag::gui
