#include "TenantSession.h"

namespace odag::gui {

TenantSession::TenantSession(QString profileName, Kind kind, const QUrl &baseUrl,
                             std::shared_ptr<api::Authenticator> auth, QObject *parent)
    : QObject(parent)
    , m_profileName(std::move(profileName))
    , m_kind(kind)
    , m_transport(new api::Transport(baseUrl, this))
{
    m_transport->setAuthenticator(std::move(auth));
}

QString TenantSession::userLabel() const
{
    if (const auto *qse = dynamic_cast<const api::QseAuth *>(m_transport->authenticator().get())) {
        const api::QseAuth::Settings &s = qse->settings();
        if (!s.userId.isEmpty())
            return s.userDirectory.isEmpty() ? s.userId : s.userDirectory + QLatin1Char('\\') + s.userId;
    }
    return {};
}

} // namespace odag::gui
