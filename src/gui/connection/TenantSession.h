#pragma once

#include "api/Authenticator.h"
#include "api/Transport.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

namespace odag::gui {

// One open connection to a tenant: its profile name, base URL and the Transport every
// workspace sends through. Switching profiles replaces the session.
class TenantSession : public QObject
{
    Q_OBJECT
public:
    enum class Kind { Cloud, SenseEnterprise };

    TenantSession(QString profileName, Kind kind, const QUrl &baseUrl,
                  std::shared_ptr<api::Authenticator> auth, QObject *parent = nullptr);

    QString profileName() const { return m_profileName; }
    Kind kind() const { return m_kind; }
    QUrl baseUrl() const { return m_transport->baseUrl(); }
    api::Transport &transport() { return *m_transport; }
    // Who the session signs in as when the profile says so without asking the server
    // (Qlik Sense Enterprise header authentication: DIRECTORY\user); empty otherwise.
    QString userLabel() const;

private:
    QString m_profileName;
    Kind m_kind;
    api::Transport *m_transport;
};

} // namespace odag::gui
