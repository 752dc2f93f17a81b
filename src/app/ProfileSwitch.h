#pragma once

#include "gui/connection/Profile.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <vector>

namespace odag::gui {
class KeychainSecretStore;
class MainWindow;
class ProfileManagerDialog;
class ProfileStore;
class SessionFactory;
class TenantSession;
} // namespace odag::gui

namespace odag::app {

class EmbeddedSandbox;

// Opens connection profiles in the main window and switches between them at run time.
// The profiles are the built-in Sandbox (Qlik Cloud APIs), the same sandbox seen as a
// Qlik Sense Enterprise server, a Qlik Cloud tenant given with --tenant, and the saved
// profiles (ProfileStore; secrets in the OS keychain). Both sandbox profiles reach the
// embedded sandbox over HTTP, the code path of a real tenant. Sessions are made by the
// SessionFactory; this class only wires the sandbox, the window and the dialogs. The
// profile last opened is remembered and reopened on the next start.
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
    // "sandbox-qse", or a profile id); empty when there is none.
    QString resolve(const QString &name) const;
    // The profile to open when none is asked for: the last one opened, else Sandbox.
    QString lastOpened() const;
    // No profile was ever opened and none is saved: the window shows the first-run page.
    bool isFirstRun() const;
    void showFirstRun();

    // Asks the keychain whether it works, so that the "no keychain" notice shows before
    // the first profile is saved. Loading the keychain's libraries and reaching D-Bus
    // takes milliseconds: the app calls this once the window has painted.
    void probeKeychain();

    // Opens `name` (a name of names()); the window shows "connecting" until it is open.
    void open(const QString &name);
    // The profile manager (File › Manage profiles…), not modal.
    gui::ProfileManagerDialog *manageProfiles();

    static QString sandboxName();
    static QString sandboxQseName();

private:
    QList<gui::Profile> builtIns() const;
    QList<gui::Profile> allProfiles() const;
    std::optional<gui::Profile> find(const QString &nameOrId) const;
    void updateSwitcher(const QString &current);
    void install(std::unique_ptr<gui::TenantSession> session);
    void signOut();

    gui::MainWindow *m_window;
    EmbeddedSandbox *m_sandbox;
    gui::ProfileStore *m_store;
    gui::KeychainSecretStore *m_secrets;
    gui::SessionFactory *m_factory;
    QPointer<gui::ProfileManagerDialog> m_manager;
    QUrl m_sandboxUrl;
    QString m_sandboxError;
    QString m_waiting; // a sandbox profile asked for before the sandbox was up
    QUrl m_tenantUrl;
    QObject *m_opening = nullptr; // context of the open() under way; deleted to drop it
    QString m_current;
    // Sessions stay alive until exit: workspaces of a replaced session are deleted later
    // and may still reference it until then.
    std::vector<std::unique_ptr<gui::TenantSession>> m_sessions;
};

} // namespace odag::app
