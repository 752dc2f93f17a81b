#include "UsersApi.h"

namespace odag::api {

PendingCall *UsersApi::me(QObject *context, Callback<User> done)
{
    RequestSpec spec;
    spec.path = QStringLiteral("/api/v1/users/me");
    spec.tier = Tier::Tier1;
    spec.errorFlavor = ErrorFlavor::ErrorResponse;
    return sendJson<User>(m_transport, std::move(spec), context, std::move(done));
}

} // namespace odag::api
