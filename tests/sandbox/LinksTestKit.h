#pragma once

// Shared by the ODAG link tests of the sandbox: a sandbox on a temporary data directory
// with two selection apps and two template apps (scripts with bind variables), and the
// project's own typed clients (Cloud with an API key, QSE with header authentication),
// so the tests prove the client and the sandbox agree on every shape.

#include "CallCatcher.h"
#include "SandboxTestClient.h"

#include "api/ApiError.h"
#include "api/Authenticator.h"
#include "api/JsonCall.h"
#include "api/OdagLinksApi.h"
#include "api/OdagTenantApi.h"
#include "api/QseOdagApi.h"
#include "api/Transport.h"
#include "sandbox/SandboxDemoUsers.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/apps/SandboxApps.h"

#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <map>
#include <memory>

namespace linkstest {

using namespace odag;
using namespace odag::sandbox;

inline const QString kSel1 = QStringLiteral("7a00000000000000000000a1"); // owned by the admin
inline const QString kSel2 = QStringLiteral("7a00000000000000000000a2"); // owned by Jonas
inline const QString kTpl1 = QStringLiteral("7a00000000000000000000b1");
inline const QString kTpl2 = QStringLiteral("7a00000000000000000000b2");
inline const QString kMissingApp = QStringLiteral("7a00000000000000000000ff");

inline const QString kTpl1Script =
    QStringLiteral("// Orders template\n"
                   "Orders:\n"
                   "LOAD * FROM [lib://Data/orders.qvd] (qvd)\n"
                   "WHERE Match(Region, $(odso_Region){\"quote\": \"'\", \"delimiter\": \",\"})\n"
                   "  AND Year IN ($(odagn_Year));\n"
                   "LET vProducts = '$(od_Product)[1-5]';\n");
inline const QString kTpl2Script = QStringLiteral("Flights:\nLOAD * FROM [lib://Data/flights.qvd] "
                                                  "(qvd) WHERE Match(Carrier, $(odag_Carrier));\n");

// One user's clients.
struct UserApis
{
    explicit UserApis(const QUrl &base, std::shared_ptr<api::Authenticator> auth)
        : transport(base, options())
        , links(transport)
        , tenant(transport)
        , qse(transport)
    {
        transport.setAuthenticator(std::move(auth));
    }
    static api::Transport::Options options()
    {
        api::Transport::Options o;
        o.defaultTimeoutMs = 5000;
        o.maxRetries = 0;
        o.backoffBaseMs = 5;
        return o;
    }
    api::Transport transport;
    api::OdagLinksApi links;
    api::OdagTenantApi tenant;
    api::QseOdagApi qse;
};

// Starts a typed call and waits for its answer.
template <class T>
api::ApiResult<T> run(const std::function<api::PendingCall *(api::Callback<T>)> &start)
{
    CallCatcher<api::ApiResult<T>> catcher;
    api::PendingCall *call = start(catcher.callback());
    if (!call || !catcher.wait(8000)) {
        api::ApiError e;
        e.kind = api::ApiError::Kind::Timeout;
        e.technical = QStringLiteral("the test saw no answer");
        return e;
    }
    return catcher.get();
}

class LinksFixture
{
public:
    SandboxServer &server() { return *m_server; }
    TestClient &raw() { return *m_raw; }

    // Starts the sandbox on a fresh data directory, or restarts it on the same one.
    bool start(bool keepData = false, bool demoTenant = false)
    {
        m_apis.clear();
        m_raw.reset();
        m_server.reset();
        if (!keepData || !m_dir)
            m_dir = std::make_unique<QTemporaryDir>();
        SandboxOptions options;
        options.dataDir = m_dir->path();
        options.rateLimit = false;
        options.demo = demoTenant;
        m_server = std::make_unique<SandboxServer>(options);
        if (!m_server->start())
            return false;
        m_raw = std::make_unique<TestClient>(m_server->baseUrl());
        return true;
    }
    void stop()
    {
        m_apis.clear();
        m_raw.reset();
        m_server.reset();
    }

    bool createApps()
    {
        SandboxApps apps(*m_server);
        auto make = [&apps](const QString &id, const char *name, const char *owner,
                            const QString &script) {
            if (apps.exists(id))
                return true;
            SandboxApps::NewApp app;
            app.id = id;
            app.name = QString::fromUtf8(name);
            app.ownerId = QString::fromLatin1(owner);
            app.script = script;
            return apps.create(app).has_value();
        };
        return make(kSel1, "Orders selection", demo::kAdminId, {}) &&
               make(kSel2, "Flights selection", demo::kAuthorId, {}) &&
               make(kTpl1, "Orders template", demo::kAuthorId, kTpl1Script) &&
               make(kTpl2, "Flights template", demo::kSecondAuthorId, kTpl2Script);
    }

    // The Cloud clients of the user with this API key.
    UserApis &as(const char *apiKey)
    {
        const QByteArray key(apiKey);
        auto &slot = m_apis[key];
        if (!slot)
            slot = std::make_unique<UserApis>(m_server->baseUrl(),
                                              std::make_shared<api::ApiKeyAuth>(key));
        return *slot;
    }
    // The QSE clients of the user with this login (header authentication).
    UserApis &asQse(const char *login)
    {
        const QByteArray key = QByteArray("qse:") + login;
        auto &slot = m_apis[key];
        if (!slot) {
            api::QseAuth::Settings s;
            s.userDirectory = QString::fromLatin1(demo::kUserDirectory);
            s.userId = QString::fromLatin1(login);
            slot =
                std::make_unique<UserApis>(m_server->baseUrl(), std::make_shared<api::QseAuth>(s));
        }
        return *slot;
    }

    // A plain link payload: selection kSel1, template kTpl1, rowEstRange for User_*.
    static LinkAddPayload payload(const QString &name, const QString &selection = kSel1,
                                  const QString &templ = kTpl1)
    {
        LinkAddPayload p;
        p.name = name;
        p.selectionApp = selection;
        p.templateApp = templ;
        p.rowEstExpr = QStringLiteral("Sum(Lines)");
        LinkProperties props;
        props.rowEstRange = {LinkPropRowEstRange{QStringLiteral("User_*"), 0, 100000, {}}};
        p.properties = props;
        return p;
    }

    api::ApiResult<LinkStateFull> create(const char *key, const LinkAddPayload &p)
    {
        UserApis &a = as(key);
        return run<LinkStateFull>([&](api::Callback<LinkStateFull> done) {
            return a.links.createLink(p, {}, &a.transport, std::move(done));
        });
    }
    api::ApiResult<LinkStateFull> get(const char *key, const QString &id, api::LinkQuery query = {})
    {
        UserApis &a = as(key);
        return run<LinkStateFull>([&](api::Callback<LinkStateFull> done) {
            return a.links.getLink(id, query, &a.transport, std::move(done));
        });
    }
    api::ApiResult<LinkStateFull> update(const char *key, const QString &id,
                                         const LinkPutPayload &p)
    {
        UserApis &a = as(key);
        return run<LinkStateFull>([&](api::Callback<LinkStateFull> done) {
            return a.links.updateLink(id, p, {}, &a.transport, std::move(done));
        });
    }
    api::ApiResult<QList<LinkStateFull>> list(const char *key, const api::LinkListQuery &q = {})
    {
        UserApis &a = as(key);
        return run<QList<LinkStateFull>>([&](api::Callback<QList<LinkStateFull>> done) {
            return a.links.listLinks(q, &a.transport, std::move(done));
        });
    }
    api::ApiResult<CanCreateLinks> canCreate(const char *key, const api::CanCreateQuery &q = {})
    {
        UserApis &a = as(key);
        return run<CanCreateLinks>([&](api::Callback<CanCreateLinks> done) {
            return a.links.canCreate(q, &a.transport, std::move(done));
        });
    }
    api::ApiResult<OdagApps> odagApps(const char *key, OdagAppType type)
    {
        UserApis &a = as(key);
        return run<OdagApps>([&](api::Callback<OdagApps> done) {
            return a.tenant.listOdagApps(type, &a.transport, std::move(done));
        });
    }
    bool setSettings(bool odag, bool dynamicView)
    {
        UserApis &a = as(demo::kAdminKey);
        OdagSettings s;
        s.odagEnabled = odag;
        s.dynamicViewEnabled = dynamicView;
        return run<OdagSettings>([&](api::Callback<OdagSettings> done) {
                   return a.tenant.putSettings(s, &a.transport, std::move(done));
               })
            .ok();
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<TestClient> m_raw;
    std::map<QByteArray, std::unique_ptr<UserApis>> m_apis;
};

inline QStringList varNames(const LinkStateFull &link)
{
    QStringList names;
    for (const Binding &b : link.bindings.value_or(QList<Binding>{}))
        names << b.templateAppVarName;
    return names;
}

inline const Binding *bindingNamed(const LinkStateFull &link, const QString &var)
{
    if (!link.bindings)
        return nullptr;
    for (const Binding &b : *link.bindings) {
        if (b.templateAppVarName == var)
            return &b;
    }
    return nullptr;
}

} // namespace linkstest
