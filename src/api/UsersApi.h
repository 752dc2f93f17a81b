#pragma once

// UsersApi: who the signed-in user is (`GET /api/v1/users/me`), for the status bar and
// the connection test.

#include "JsonCall.h"
#include "core/Users.h"

namespace odag::api {

class UsersApi
{
public:
    explicit UsersApi(Transport &transport)
        : m_transport(transport)
    {
    }

    // GET /api/v1/users/me  (getMyUser, Tier 1)
    PendingCall *me(QObject *context, Callback<User> done);

private:
    Transport &m_transport;
};

} // namespace odag::api
