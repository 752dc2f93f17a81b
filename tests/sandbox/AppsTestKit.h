#pragma once

// Shared by the sandbox's spaces, apps and reloads tests: a sandbox on a temporary data
// directory holding the demo spaces and apps, and the project's own typed /api/v1
// clients per demo user, so the tests prove the client and the sandbox agree on every
// shape. A raw client checks what the typed ones do not send (seed shapes, bad bodies).

#include "CallCatcher.h"
#include "SandboxTestClient.h"

#include "api/ApiError.h"
#include "api/AppDataApi.h"
#include "api/AppsApi.h"
#include "api/Authenticator.h"
#include "api/ItemsApi.h"
#include "api/JsonCall.h"
#include "api/ReloadsApi.h"
#include "api/SpacesApi.h"
#include "api/Transport.h"
#include "sandbox/DemoIds.h"
#include "sandbox/SandboxDemoUsers.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/apps/DemoApps.h"

#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <map>
#include <memory>

namespace appstest {

using namespace odag;
using namespace odag::sandbox;

inline QString id(const char *constant)
{
    return QString::fromLatin1(constant);
}

// One user's typed clients.
struct UserApis
{
    UserApis(const QUrl &base, const QByteArray &key)
        : transport(base, options())
        , spaces(transport)
        , items(transport)
        , apps(transport)
        , data(transport)
        , reloads(transport)
    {
        transport.setAuthenticator(std::make_shared<api::ApiKeyAuth>(key));
    }
    static api::Transport::Options options()
    {
        api::Transport::Options o;
        o.defaultTimeoutMs = 8000;
        o.maxRetries = 0;
        o.backoffBaseMs = 5;
        o.max429Retries = 0;
        return o;
    }
    api::Transport transport;
    api::SpacesApi spaces;
    api::ItemsApi items;
    api::AppsApi apps;
    api::AppDataApi data;
    api::ReloadsApi reloads;
};

// Starts a typed call and waits for its answer.
template <class T>
api::ApiResult<T> run(const std::function<api::PendingCall *(api::Callback<T>)> &start)
{
    CallCatcher<api::ApiResult<T>> catcher;
    api::PendingCall *call = start(catcher.callback());
    if (!call || !catcher.wait(10000)) {
        api::ApiError e;
        e.kind = api::ApiError::Kind::Timeout;
        e.technical = QStringLiteral("the test saw no answer");
        return e;
    }
    return catcher.get();
}

// Like run(), for the pagers that hand over whole lists.
template <class T>
api::ApiResult<T> runPager(const std::function<api::CursorPager *(api::Callback<T>)> &start)
{
    CallCatcher<api::ApiResult<T>> catcher;
    api::CursorPager *pager = start(catcher.callback());
    if (!pager || !catcher.wait(10000)) {
        api::ApiError e;
        e.kind = api::ApiError::Kind::Timeout;
        e.technical = QStringLiteral("the test saw no answer");
        return e;
    }
    return catcher.get();
}

class AppsFixture
{
public:
    SandboxServer &server() { return *m_server; }
    TestClient &raw() { return *m_raw; }
    QString dataDir() const { return m_dir ? m_dir->path() : QString(); }

    // Starts the sandbox with the demo spaces and apps on a fresh data directory, or
    // restarts it on the same one (keepData). A manual clock stands still until advanced.
    bool start(bool keepData = false, int maxLoads = 4, bool manualClock = true)
    {
        stop();
        if (!keepData || !m_dir)
            m_dir = std::make_unique<QTemporaryDir>();
        SandboxOptions options;
        options.dataDir = m_dir->path();
        options.rateLimit = false;
        options.maxLoads = maxLoads;
        m_server = std::make_unique<SandboxServer>(options);
        if (manualClock)
            m_server->clock().setManual(true);
        if (!m_server->start() || !seedDemoApps(*m_server))
            return false;
        m_raw = std::make_unique<TestClient>(m_server->baseUrl());
        m_raw->setApiKey(QByteArray(demo::kAdminKey));
        return true;
    }
    void stop()
    {
        m_apis.clear();
        m_raw.reset();
        m_server.reset();
    }

    UserApis &as(const char *key)
    {
        const QByteArray k(key);
        auto it = m_apis.find(k);
        if (it == m_apis.end())
            it = m_apis.emplace(k, std::make_unique<UserApis>(m_server->baseUrl(), k)).first;
        return *it->second;
    }
    UserApis &admin() { return as(demo::kAdminKey); }
    UserApis &jonas() { return as(demo::kAuthorKey); }
    UserApis &aiko() { return as(demo::kSecondAuthorKey); }
    UserApis &carlos() { return as(demo::kAnalystKey); }

    // A raw call as one user.
    TestReply call(const char *key, const QByteArray &method, const QString &path,
                   const QByteArray &body = {},
                   const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        m_raw->setApiKey(QByteArray(key));
        TestReply r = m_raw->call(method, path, body, headers);
        m_raw->setApiKey(QByteArray(demo::kAdminKey));
        return r;
    }

    // Lets simulated time pass (manual clock) and the event loop deliver what it caused.
    void advance(qint64 ms)
    {
        m_server->clock().advance(ms);
        QCoreApplication::processEvents();
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<TestClient> m_raw;
    std::map<QByteArray, std::unique_ptr<UserApis>> m_apis;
};

// The field path named in a 400's detail ("attributes.name: missing required field").
inline bool detailNames(const api::ApiError &e, const QString &field)
{
    return e.detail.startsWith(field + QStringLiteral(":"));
}

} // namespace appstest

// Evaluates `result` once (it is often the call itself) and fails with the error's
// details when it is not ok.
#define APPS_VERIFY_OK(result)                                                                     \
    do {                                                                                           \
        const auto &appsResult_ = (result);                                                        \
        QVERIFY2(appsResult_.ok(), appsResult_.ok() ? ""                                           \
                                                    : qPrintable(appsResult_.error().details() +   \
                                                                 QStringLiteral(" / ") +           \
                                                                 appsResult_.error().technical));  \
    } while (false)
