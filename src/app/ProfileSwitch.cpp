#include "ProfileSwitch.h"

#include "EmbeddedSandbox.h"

#include "api/OAuth.h"

#include "gui/MainWindow.h"
#include "gui/connection/ConnectionDialogs.h"
#include "gui/connection/FirstRunPage.h"
#include "gui/connection/KeychainSecretStore.h"
#include "gui/connection/ProfileManagerDialog.h"
#include "gui/connection/ProfileStore.h"
#include "gui/connection/SessionFactory.h"
#include "gui/connection/TenantSession.h"
#include "sandbox/SandboxDemoUsers.h"

#include <QCoreApplication>

namespace odag::app {

namespace {
const QString kSandboxId = QStringLiteral("sandbox");
const QString kSandboxQseId = QStringLiteral("sandbox-qse");
const QString kTenantId = QStringLiteral("tenant");
} // namespace

ProfileSwitch::ProfileSwitch(gui::MainWindow *window, EmbeddedSandbox *sandbox, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_sandbox(sandbox)
    , m_store(new gui::ProfileStore(this))
    , m_secrets(new gui::KeychainSecretStore(this))
    , m_factory(new gui::SessionFactory(m_secrets, m_store, this))
{
    gui::useConnectionDialogs(m_factory, window);
    m_factory->setBuiltInSecret(kSandboxId, gui::Profile::Secret::ApiKey, EmbeddedSandbox::adminApiKey().toUtf8());
    connect(sandbox, &EmbeddedSandbox::started, this, [this](const QUrl &url) {
        m_sandboxUrl = url;
        if (m_manager)
            m_manager->setBuiltIns(builtIns());
        if (!m_waiting.isEmpty())
            open(std::exchange(m_waiting, QString()));
    });
    connect(sandbox, &EmbeddedSandbox::failed, this, [this](const QString &error) {
        m_sandboxError = QCoreApplication::translate("main", "Could not start the sandbox tenant: %1").arg(error);
        if (!m_waiting.isEmpty())
            m_window->showConnectionFailed(std::exchange(m_waiting, QString()), m_sandboxError);
    });
    connect(window, &gui::MainWindow::profileRequested, this, &ProfileSwitch::open);
    connect(window, &gui::MainWindow::manageProfilesRequested, this, &ProfileSwitch::manageProfiles);
    connect(window, &gui::MainWindow::signOutRequested, this, &ProfileSwitch::signOut);
    connect(m_store, &gui::ProfileStore::changed, this, [this] { updateSwitcher(m_current); });
    connect(m_secrets, &gui::SecretStore::persistenceChanged, this, [this](bool persistent) {
        m_window->setSecretsNotice(
            persistent ? QString()
                       : QCoreApplication::translate("main", "No keychain: keys and passwords are kept until you quit"));
    });
}

void ProfileSwitch::probeKeychain()
{
    m_secrets->probe(this);
}

ProfileSwitch::~ProfileSwitch() = default;

QString ProfileSwitch::sandboxName()
{
    return QCoreApplication::translate("main", "Sandbox");
}

QString ProfileSwitch::sandboxQseName()
{
    return QCoreApplication::translate("main", "Sandbox (Sense Enterprise)");
}

void ProfileSwitch::addCloudTenant(const QUrl &url, const QByteArray &apiKey)
{
    m_tenantUrl = url;
    m_factory->setBuiltInSecret(kTenantId, gui::Profile::Secret::ApiKey, apiKey);
}

QList<gui::Profile> ProfileSwitch::builtIns() const
{
    QList<gui::Profile> out;
    if (m_tenantUrl.isValid()) {
        gui::Profile tenant;
        tenant.id = kTenantId;
        tenant.name = m_tenantUrl.host();
        tenant.url = m_tenantUrl;
        tenant.builtIn = true;
        out << tenant;
    }
    gui::Profile cloud;
    cloud.id = kSandboxId;
    cloud.name = sandboxName();
    cloud.url = m_sandboxUrl;
    cloud.builtIn = true;
    out << cloud;
    // The sandbox's Qlik Sense Enterprise paths, signed in by header authentication as
    // the demo administrator.
    gui::Profile qse;
    qse.id = kSandboxQseId;
    qse.name = sandboxQseName();
    qse.kind = gui::Profile::Kind::SenseEnterprise;
    qse.auth = gui::Profile::Auth::HeaderUser;
    qse.url = m_sandboxUrl;
    qse.userDirectory = QString::fromLatin1(sandbox::demo::kUserDirectory);
    qse.userId = QString::fromLatin1(sandbox::demo::kAdminLogin);
    qse.builtIn = true;
    out << qse;
    return out;
}

QList<gui::Profile> ProfileSwitch::allProfiles() const
{
    return builtIns() + m_store->profiles();
}

QStringList ProfileSwitch::names() const
{
    QStringList n;
    for (const gui::Profile &p : allProfiles())
        n << p.name;
    return n;
}

std::optional<gui::Profile> ProfileSwitch::find(const QString &nameOrId) const
{
    const QList<gui::Profile> all = allProfiles();
    for (const gui::Profile &p : all) {
        if (p.id == nameOrId || p.name.compare(nameOrId, Qt::CaseInsensitive) == 0)
            return p;
    }
    // Untranslated names work in any language.
    if (nameOrId.compare(QLatin1StringView("Sandbox (Sense Enterprise)"), Qt::CaseInsensitive) == 0)
        return find(kSandboxQseId);
    return std::nullopt;
}

QString ProfileSwitch::resolve(const QString &name) const
{
    const std::optional<gui::Profile> p = find(name);
    return p ? p->name : QString();
}

QString ProfileSwitch::lastOpened() const
{
    const QString last = resolve(m_store->lastOpened());
    return last.isEmpty() ? sandboxName() : last;
}

bool ProfileSwitch::isFirstRun() const
{
    return m_store->lastOpened().isEmpty() && m_store->profiles().isEmpty() && !m_tenantUrl.isValid();
}

void ProfileSwitch::showFirstRun()
{
    updateSwitcher(QString());
    auto *page = new gui::FirstRunPage(m_window);
    connect(page, &gui::FirstRunPage::sandboxRequested, this, [this] { open(sandboxName()); });
    connect(page, &gui::FirstRunPage::addProfileRequested, this, [this] {
        if (gui::ProfileManagerDialog *dialog = manageProfiles())
            dialog->addProfile();
    });
    if (!m_secrets->isPersistent())
        page->setSecretsNotice(
            QCoreApplication::translate("main", "This computer has no keychain: keys and passwords you enter are "
                                                "kept only until ODAG Admin quits."));
    m_window->showStartPage(page);
}

void ProfileSwitch::updateSwitcher(const QString &current)
{
    m_window->setProfiles(names(), current);
}

void ProfileSwitch::open(const QString &name)
{
    const std::optional<gui::Profile> profile = find(name);
    if (!profile)
        return;
    delete m_opening; // a profile chosen while another was opening wins
    m_opening = nullptr;
    m_current = profile->name;
    updateSwitcher(profile->name);
    // Writing settings syncs the file to disk (10 ms and more): not when it would not
    // change, as on most starts.
    if (m_store->lastOpened() != profile->id)
        m_store->setLastOpened(profile->id);
    const bool onSandbox = profile->id == kSandboxId || profile->id == kSandboxQseId;
    if (onSandbox && !m_sandboxError.isEmpty()) {
        m_window->showConnectionFailed(profile->name, m_sandboxError);
        return;
    }
    if (onSandbox && !m_sandboxUrl.isValid()) {
        m_waiting = profile->name;
        m_window->showConnecting(profile->name);
        return;
    }
    gui::Profile p = *profile;
    if (onSandbox)
        p.url = m_sandboxUrl;
    m_window->setSignOutAvailable(p.auth == gui::Profile::Auth::OAuth);
    gui::SessionFactory::Options options;
    // Built-in profiles open at once (the sandbox answers the workspaces' first calls);
    // saved ones are checked first so a wrong key says so instead of six failing pages.
    options.verify = !p.builtIn;
    if (options.verify)
        m_window->showConnecting(p.name);
    m_opening = new QObject(this);
    m_factory->open(
        p, m_opening,
        [this, name = p.name, builtIn = p.builtIn](std::unique_ptr<gui::TenantSession> session, const QString &error) {
            m_opening->deleteLater();
            m_opening = nullptr;
            if (!session) {
                m_window->showConnectionFailed(
                    name, builtIn ? error
                                  : QCoreApplication::translate("main", "%1 Check the profile in File › Manage "
                                                                        "profiles… (Ctrl+Shift+M).")
                                        .arg(error));
                return;
            }
            install(std::move(session));
        },
        options);
}

gui::ProfileManagerDialog *ProfileSwitch::manageProfiles()
{
    if (!m_manager) {
        m_manager = new gui::ProfileManagerDialog(m_store, m_secrets, m_factory, m_window);
        m_manager->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_manager, &gui::ProfileManagerDialog::openRequested, this, &ProfileSwitch::open);
    }
    m_manager->setBuiltIns(builtIns());
    if (const std::optional<gui::Profile> current = find(m_current))
        m_manager->select(current->id);
    m_manager->show();
    m_manager->raise();
    m_manager->activateWindow();
    return m_manager;
}

void ProfileSwitch::signOut()
{
    if (m_sessions.empty())
        return;
    gui::TenantSession *session = m_sessions.back().get();
    auto oauth = std::dynamic_pointer_cast<api::OAuthAuth>(session->transport().authenticator());
    const std::optional<gui::Profile> profile = find(session->profileName());
    if (!oauth || !profile)
        return;
    // The refresh token leaves the keychain whatever the tenant answers: signing out
    // must not depend on the network.
    m_secrets->remove(profile->secretKey(gui::Profile::Secret::RefreshToken), this, {});
    const QString name = profile->name;
    oauth->signOut([this, name](const QString &error) {
        m_window->setSignOutAvailable(false);
        m_window->showConnectionFailed(
            name, error.isEmpty()
                      ? QCoreApplication::translate("main", "You signed out of %1. Choose the profile again to sign in.")
                            .arg(name)
                      : QCoreApplication::translate("main", "You signed out of %1 here, but the tenant did not confirm "
                                                            "it: %2")
                            .arg(name, error));
    });
}

void ProfileSwitch::install(std::unique_ptr<gui::TenantSession> session)
{
    if (!m_sessions.empty())
        m_sessions.back()->transport().cancelAll();
    m_window->setSession(session.get());
    m_sessions.push_back(std::move(session));
}

} // namespace odag::app
