#include "ProfileSwitch.h"

#include "EmbeddedSandbox.h"

#include "api/Authenticator.h"
#include "gui/MainWindow.h"
#include "gui/connection/TenantSession.h"
#include "sandbox/SandboxDemoUsers.h"

#include <QCoreApplication>
#include <QSettings>

namespace odag::app {

namespace {
const QString kLastProfileKey = QStringLiteral("profiles/last");
}

ProfileSwitch::ProfileSwitch(gui::MainWindow *window, EmbeddedSandbox *sandbox, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_sandbox(sandbox)
{
    connect(sandbox, &EmbeddedSandbox::started, this, [this](const QUrl &url) {
        m_sandboxUrl = url;
        if (!m_waiting.isEmpty())
            open(std::exchange(m_waiting, QString()));
    });
    connect(sandbox, &EmbeddedSandbox::failed, this, [this](const QString &error) {
        m_sandboxError = QCoreApplication::translate("main", "Could not start the sandbox tenant: %1").arg(error);
        if (!m_waiting.isEmpty())
            m_window->showConnectionFailed(std::exchange(m_waiting, QString()), m_sandboxError);
    });
    connect(window, &gui::MainWindow::profileRequested, this, &ProfileSwitch::open);
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
    m_tenantKey = apiKey;
}

QStringList ProfileSwitch::names() const
{
    QStringList n;
    if (m_tenantUrl.isValid())
        n << m_tenantUrl.host();
    n << sandboxName() << sandboxQseName();
    return n;
}

QString ProfileSwitch::resolve(const QString &name) const
{
    for (const QString &n : names()) {
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return n;
    }
    // Untranslated and short names work in any language.
    if (name.compare(QLatin1StringView("sandbox"), Qt::CaseInsensitive) == 0)
        return sandboxName();
    if (name.compare(QLatin1StringView("sandbox-qse"), Qt::CaseInsensitive) == 0
        || name.compare(QLatin1StringView("Sandbox (Sense Enterprise)"), Qt::CaseInsensitive) == 0)
        return sandboxQseName();
    return {};
}

QString ProfileSwitch::lastOpened() const
{
    const QString last = resolve(QSettings().value(kLastProfileKey).toString());
    return last.isEmpty() ? sandboxName() : last;
}

void ProfileSwitch::open(const QString &name)
{
    m_window->setProfiles(names(), name);
    if (m_tenantUrl.isValid() && name == m_tenantUrl.host()) {
        QSettings().setValue(kLastProfileKey, name);
        install(std::make_unique<gui::TenantSession>(name, gui::TenantSession::Kind::Cloud, m_tenantUrl,
                                                     std::make_shared<api::ApiKeyAuth>(m_tenantKey)));
        return;
    }
    if (name != sandboxName() && name != sandboxQseName())
        return;
    QSettings().setValue(kLastProfileKey, name == sandboxName() ? QStringLiteral("sandbox") : QStringLiteral("sandbox-qse"));
    if (!m_sandboxError.isEmpty()) {
        m_window->showConnectionFailed(name, m_sandboxError);
        return;
    }
    if (!m_sandboxUrl.isValid()) {
        m_waiting = name;
        m_window->showConnecting(name);
        return;
    }
    if (name == sandboxName()) {
        install(std::make_unique<gui::TenantSession>(
            name, gui::TenantSession::Kind::Cloud, m_sandboxUrl,
            std::make_shared<api::ApiKeyAuth>(EmbeddedSandbox::adminApiKey().toUtf8())));
        return;
    }
    // The sandbox's Qlik Sense Enterprise paths, signed in by header authentication as
    // the demo administrator.
    api::QseAuth::Settings settings;
    settings.userDirectory = QString::fromLatin1(sandbox::demo::kUserDirectory);
    settings.userId = QString::fromLatin1(sandbox::demo::kAdminLogin);
    install(std::make_unique<gui::TenantSession>(name, gui::TenantSession::Kind::SenseEnterprise, m_sandboxUrl,
                                                 std::make_shared<api::QseAuth>(settings)));
}

void ProfileSwitch::install(std::unique_ptr<gui::TenantSession> session)
{
    if (!m_sessions.empty())
        m_sessions.back()->transport().cancelAll();
    m_window->setSession(session.get());
    m_sessions.push_back(std::move(session));
}

} // namespace odag::app
