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

} // namespace odag::gui
