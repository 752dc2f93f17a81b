#include "ConnectionProbe.h"

#include "TenantSession.h"

#include "api/OdagLinksApi.h"
#include "api/OdagTenantApi.h"
#include "api/QseOdagApi.h"
#include "api/UsersApi.h"

namespace odag::gui {

namespace {
const QLatin1StringView kOdagNotEnabled("ODAG-NOT-ENABLED");

QString yesNo(bool value)
{
    return value ? ConnectionProbe::tr("yes") : ConnectionProbe::tr("no");
}
} // namespace

ConnectionProbe::ConnectionProbe(TenantSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
}

void ConnectionProbe::start()
{
    m_done = false;
    m_pending = 0;
    m_report = {};
    if (!m_session)
        return;
    const QUrl url = m_session->baseUrl();
    m_report.tenant = url.host() + (url.port() > 0 ? QStringLiteral(":%1").arg(url.port()) : QString()) + url.path();
    if (m_session->kind() == TenantSession::Kind::Cloud)
        startCloud();
    else
        startQse();
}

void ConnectionProbe::cancel()
{
    m_done = true;
    if (m_session)
        m_session->transport().cancelAll();
}

bool ConnectionProbe::fatal(const api::ApiError &error)
{
    if (m_done)
        return true;
    // A missing right is an answer, not a failure: the report says "unknown".
    if (error.kind == api::ApiError::Kind::Http && (error.httpStatus == 403 || error.httpStatus == 404))
        return false;
    m_done = true;
    m_session->transport().cancelAll();
    Q_EMIT failed(error);
    return true;
}

void ConnectionProbe::step()
{
    if (m_done || --m_pending > 0)
        return;
    m_done = true;
    Q_EMIT succeeded(m_report);
}

void ConnectionProbe::startCloud()
{
    api::Transport &t = m_session->transport();
    m_pending = 3;
    api::UsersApi(t).me(this, [this](const api::ApiResult<User> &r) {
        if (!r.ok() && fatal(r.error()))
            return;
        if (r.ok()) {
            m_report.userName = r.value().name;
            m_report.userEmail = r.value().email.value_or(QString());
            m_report.roles = r.value().roleNames();
        }
        step();
    });
    // cancreate answers 404 ODAG-NOT-ENABLED on a tenant without ODAG: the one call any
    // user may make that tells whether ODAG is on.
    api::OdagLinksApi(t).canCreate({}, this, [this](const api::ApiResult<CanCreateLinks> &r) {
        if (r.ok()) {
            m_report.odagEnabled = true;
            m_report.canCreateLinks = r.value().allowed();
        } else if (r.error().code == kOdagNotEnabled) {
            m_report.odagEnabled = false;
        } else if (fatal(r.error())) {
            return;
        }
        step();
    });
    api::OdagTenantApi(t).canUpdateSettings(this, [this](const api::ApiResult<CanUpdateSettings> &r) {
        if (!r.ok() && fatal(r.error()))
            return;
        m_report.canChangeSettings = r.ok() && r.value().allowed();
        if (!r.ok() || !r.value().allowed()) {
            step();
            return;
        }
        // Administrators may read the settings themselves.
        api::OdagTenantApi(m_session->transport()).getSettings(this, [this](const api::ApiResult<OdagSettings> &s) {
            if (!s.ok() && fatal(s.error()))
                return;
            if (s.ok()) {
                if (s.value().odagEnabled)
                    m_report.odagEnabled = s.value().odagEnabled;
                m_report.dynamicViewsEnabled = s.value().dynamicViewEnabled;
            }
            step();
        });
    });
}

void ConnectionProbe::startQse()
{
    api::Transport &t = m_session->transport();
    m_report.userName = m_session->userLabel();
    m_pending = 2;
    api::QseOdagApi(t).about(this, [this](const api::ApiResult<QseAbout> &r) {
        if (!r.ok() && fatal(r.error()))
            return;
        if (r.ok())
            m_report.serviceVersion = r.value().version.value_or(QString());
        step();
    });
    // Reading the links tells whether the ODAG service is on and the user may use it.
    api::QseOdagApi(t).listLinks(this, [this](const api::ApiResult<QList<QseLink>> &r) {
        if (r.ok())
            m_report.odagEnabled = true;
        else if (r.error().code == kOdagNotEnabled)
            m_report.odagEnabled = false;
        else if (fatal(r.error()))
            return;
        step();
    });
}

QStringList ConnectionProbe::describe(const ConnectionReport &r)
{
    QStringList lines;
    lines << tr("Tenant: %1").arg(r.tenant);
    if (!r.userName.isEmpty()) {
        lines << (r.userEmail.isEmpty() ? tr("Signed in as: %1").arg(r.userName)
                                        : tr("Signed in as: %1 <%2>").arg(r.userName, r.userEmail));
    }
    if (!r.roles.isEmpty())
        lines << tr("Roles: %1").arg(r.roles.join(QStringLiteral(", ")));
    if (!r.serviceVersion.isEmpty())
        lines << tr("ODAG service version: %1").arg(r.serviceVersion);
    lines << (r.odagEnabled ? tr("ODAG enabled: %1").arg(yesNo(*r.odagEnabled)) : tr("ODAG enabled: unknown"));
    if (r.dynamicViewsEnabled)
        lines << tr("Dynamic views enabled: %1").arg(yesNo(*r.dynamicViewsEnabled));
    if (r.canCreateLinks)
        lines << tr("Can create ODAG links: %1").arg(yesNo(*r.canCreateLinks));
    if (r.canChangeSettings)
        lines << tr("Can change ODAG settings: %1").arg(yesNo(*r.canChangeSettings));
    return lines;
}

} // namespace odag::gui
