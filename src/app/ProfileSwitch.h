#pragma once

#include <QObject>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <vector>

namespace odag::gui {
class MainWindow;
class TenantSession;
} // namespace odag::gui

namespace odag::app {

class EmbeddedSandbox;

// Opens connection profiles in the main window and switches between them at run time.
// The profiles are the built-in Sandbox (Qlik Cloud APIs), the same sandbox seen as a
// Qlik Sense Enterprise server, and a Qlik Cloud tenant given with --tenant. Both
// sandbox profiles reach the embedded sandbox over HTTP, the code path of a real tenant.
// The profile last opened is remembered and reopened on the next start.
class ProfileSwitch : public QObject
{
    Q_OBJECT
public:
    ProfileSwitch(gui::MainWindow *window, EmbeddedSandbox *sandbox, QObject *parent = nullptr);
    ~ProfileSwitch() override;

    // Adds the --tenant profile (named after the host; API key from ODAG_API_KEY).
    void addCloudTenant(const QUrl &url, const QByteArray &apiKey);

    QStringList names() const;
    // The profile name matching `name` case-insensitively (or a short alias such as
    // "sandbox-qse"); empty when there is none.
    QString resolve(const QString &name) const;
    // The profile to open when none is asked for: the last one opened, else Sandbox.
    QString lastOpened() const;

    // Opens `name` (a name of names()); the window shows "connecting" until it is open.
    void open(const QString &name);

    static QString sandboxName();
    static QString sandboxQseName();

private:
    void openWhenSandboxIsUp(const QString &name);
    void install(std::unique_ptr<gui::TenantSession> session);

    gui::MainWindow *m_window;
    EmbeddedSandbox *m_sandbox;
    QUrl m_sandboxUrl;
    QString m_sandboxError;
    QString m_waiting; // a sandbox profile asked for before the sandbox was up
    QUrl m_tenantUrl;
    QByteArray m_tenantKey;
    // Sessions stay alive until exit: workspaces of a replaced session are deleted later
    // and may still reference it until then.
    std::vector<std::unique_ptr<gui::TenantSession>> m_sessions;
};

} // namespace odag::app
