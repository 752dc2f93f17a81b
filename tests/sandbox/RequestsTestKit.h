#pragma once

// Shared by the ODAG request tests: a sandbox on a manual clock (time moves only when a
// test advances it), a selection/template app pair and a link written straight into
// the store, and the project's own ODAG clients (Cloud and QSE) for each demo user, so
// that client and sandbox are checked against each other.

#include "CallCatcher.h"
#include "SandboxTestClient.h"

#include "api/Authenticator.h"
#include "api/OdagLinksApi.h"
#include "api/OdagRequestsApi.h"
#include "api/QseOdagApi.h"
#include "api/Transport.h"
#include "sandbox/SandboxDemoUsers.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/apps/SandboxApps.h"
#include "sandbox/odag/OdagArea.h"
#include "sandbox/odag/RequestEngine.h"
#include "sandbox/odag/SandboxLinks.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

namespace requeststest {

using namespace odag;
using namespace odag::sandbox;

inline const QString kTemplateScript = QStringLiteral(
    "// Sales template: one generated app per selection\n"
    "SET ThousandSep=',';\n"
    "Sales:\n"
    "LOAD * FROM [lib://Data/sales.qvd] (qvd)\n"
    "WHERE Match(Region, $(odags_Region)) AND Year >= $(odagsn_Year){\"noValue\":\"2000\"};\n"
    "// $(odags_Region) in a comment stays as written\n");

// Runs one client call to its one answer.
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

// The ODAG clients of one user.
struct Client
{
    explicit Client(const QUrl &base, std::shared_ptr<api::Authenticator> auth)
        : transport(base, options())
        , links(transport)
        , requests(transport)
        , qse(transport)
    {
        transport.setAuthenticator(std::move(auth));
    }
    static api::Transport::Options options()
    {
        api::Transport::Options o;
        o.defaultTimeoutMs = 5000;
        o.maxRetries = 0;
        o.rateBudgetFraction = 100.0; // the tests count calls, not the budget
        return o;
    }

    api::ApiResult<RequestObject> submit(const QString &linkId, const RequestPostPayload &p)
    {
        return run<RequestObject>(
            [&](auto done) { return links.submitRequest(linkId, p, &transport, std::move(done)); });
    }
    api::ApiResult<RequestObject> get(const QString &id)
    {
        return run<RequestObject>(
            [&](auto done) { return requests.getRequest(id, &transport, std::move(done)); });
    }
    api::ApiResult<RequestObject> act(const QString &id, RequestAction action,
                                      const api::RequestActionOptions &o = {})
    {
        return run<RequestObject>([&](auto done) {
            return requests.performAction(id, action, o, &transport, std::move(done));
        });
    }
    api::ApiResult<QList<RequestObject>> list(const QString &linkId,
                                              const api::LinkRequestsQuery &q = {})
    {
        return run<QList<RequestObject>>([&](auto done) {
            return links.listLinkRequests(linkId, q, &transport, std::move(done));
        });
    }

    api::Transport transport;
    api::OdagLinksApi links;
    api::OdagRequestsApi requests;
    api::QseOdagApi qse;
};

inline QStringList strings(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *s : list)
        out << QString::fromUtf8(s);
    return out;
}

inline FieldSelectionState field(const QString &name, const QStringList &selected,
                                 const QStringList &optional = {}, bool numeric = false)
{
    FieldSelectionState f;
    f.selectionAppParamName = name;
    f.selectionAppParamType = SelectAppParamType::Field;
    for (const QString &v : selected) {
        FieldValue fv;
        fv.strValue = v;
        if (numeric)
            fv.numValue = v;
        fv.selStatus = SelectStatus::Selected;
        f.values.append(fv);
    }
    for (const QString &v : optional) {
        FieldValue fv;
        fv.strValue = v;
        fv.selStatus = SelectStatus::Optional;
        f.values.append(fv);
    }
    return f;
}

inline Binding binding(const QString &var, const QString &param, std::optional<int> low,
                       std::optional<int> high, bool numeric = false)
{
    Binding b;
    b.templateAppVarName = var;
    b.selectAppParamName = param;
    b.selectAppParamType = SelectAppParamType::Field;
    b.selectionStates = QStringLiteral("S");
    b.numericOnly = numeric;
    if (low || high)
        b.range = ValueCountRange{low, high, {}};
    return b;
}

// A sandbox with one link "Sales detail" (owner: Jonas Berg) from a selection app to a
// template app, on a manual clock.
class Fixture
{
public:
    explicit Fixture(int maxLoads = 4, QString dataDir = {})
        : m_dataDir(std::move(dataDir))
    {
        start(maxLoads);
    }

    void start(int maxLoads)
    {
        clients.clear();
        server.reset();
        SandboxOptions o;
        o.dataDir = m_dataDir;
        o.rateLimit = false;
        o.maxLoads = maxLoads;
        server = std::make_unique<SandboxServer>(o);
        server->clock().setManual(true);
        if (!server->start())
            qFatal("sandbox: %s", qPrintable(server->errorString()));
        engine()->ensureRunning();
    }

    RequestEngine *engine() { return RequestEngine::of(*server); }
    SandboxApps apps() { return SandboxApps(*server); }
    void advance(qint64 ms) { server->clock().advance(ms); }

    Client &as(const char *apiKey)
    {
        const QByteArray key(apiKey);
        auto it = clients.find(key);
        if (it == clients.end()) {
            it = clients
                     .emplace(key, std::make_unique<Client>(server->baseUrl(),
                                                            std::make_shared<api::ApiKeyAuth>(key)))
                     .first;
        }
        return *it->second;
    }
    Client &analyst() { return as(demo::kAnalystKey); }
    Client &author() { return as(demo::kAuthorKey); }
    Client &admin() { return as(demo::kAdminKey); }
    Client &otherAuthor() { return as(demo::kSecondAuthorKey); }
    // A QSE client logged in with header authentication.
    std::unique_ptr<Client> qse(const char *login)
    {
        api::QseAuth::Settings s;
        s.userDirectory = QString::fromLatin1(demo::kUserDirectory);
        s.userId = QString::fromLatin1(login);
        return std::make_unique<Client>(server->baseUrl(), std::make_shared<api::QseAuth>(s));
    }

    // The selection app, the template app (with `script`) and the link.
    QString makeLink(const QString &script = kTemplateScript)
    {
        SandboxApps a = apps();
        const auto makeApp = [&a](const QString &name, const QString &appScript) {
            SandboxApps::NewApp app;
            app.name = name;
            app.ownerId = QString::fromLatin1(demo::kAuthorId);
            app.script = appScript;
            return a.create(app)->value(QStringLiteral("id")).toString();
        };
        selectionAppId = makeApp(QStringLiteral("Sales selection"), QString());
        templateAppId = makeApp(QStringLiteral("Sales template"), script);
        StoredLink l;
        LinkStateFull &link = l.link;
        link.id = SandboxApps::newId();
        link.name = QStringLiteral("Sales detail");
        link.owner = condensedUser(*server->users().findById(QString::fromLatin1(demo::kAuthorId)));
        link.status = LinkStatus::Active;
        link.bindings = QList<Binding>{
            binding(QStringLiteral("odags_Region"), QStringLiteral("Region"), 1, 3),
            binding(QStringLiteral("odagsn_Year"), QStringLiteral("Year"), 0, 5, true)};
        LinkProperties &p = link.properties;
        p.rowEstRange = {
            {QStringLiteral("User_*"), 10, 100000, {}},
            {QStringLiteral("User.id = ") + QString::fromLatin1(demo::kAnalystId), {}, 500, {}}};
        p.genAppLimit = QList<LinkPropGenAppLimit>{{QStringLiteral("User_*"), 2, {}}};
        p.limitPolicy = QList<LinkPropLimitPolicy>{
            {QStringLiteral("User_*"), OpenEnum<LimitPolicy>(LimitPolicy::Restrict), {}}};
        p.overrideGenAppLimit = QList<LinkPropOverrideGenAppLimit>{
            {QStringLiteral("User.role = TenantAdmin"), true, {}}};
        p.appRetentionTime =
            QList<LinkPropAppRetentionTime>{{QStringLiteral("User_*"), QStringLiteral("PT2H"), {}}};
        p.genAppName = QList<LinkPropGenAppName>{
            {QStringLiteral("User_*"),
             QStringLiteral("{0} for {1}"),
             QList<OpenEnum<AppNameParameter>>{AppNameParameter::TemplateAppName,
                                               AppNameParameter::UserId},
             {}}};
        p.disable = QList<LinkPropDisable>{{QStringLiteral("User_*"), false, {}},
                                           {QStringLiteral("User.group = Finance"), true, {}}};
        p.targetSheet = QList<LinkPropTargetSheet>{
            {QStringLiteral("User_*"), QStringLiteral("sheet-overview"), {}, {}}};
        link.rowEstExpr = QStringLiteral("Sum(Rows)");
        link.createdDate = odagNow(*server);
        link.templateApp = AppStateCondensed{templateAppId, QStringLiteral("Sales template"), {}};
        l.selectionAppId = selectionAppId;
        SandboxLinks(*server).put(l);
        linkId = link.id;
        return linkId;
    }

    StoredLink link() { return *SandboxLinks(*server).get(linkId); }
    void updateLink(const std::function<void(LinkStateFull &)> &change)
    {
        StoredLink l = link();
        change(l.link);
        SandboxLinks(*server).put(l);
    }

    RequestPostPayload payload(std::initializer_list<const char *> regions = {"EMEA"},
                               qint64 rowEst = 200) const
    {
        RequestPostPayload p;
        p.selectionApp = selectionAppId;
        p.actualRowEst = rowEst;
        p.sheetname = QStringLiteral("Overview");
        p.bindSelectionState = {field(QStringLiteral("Region"), strings(regions)),
                                field(QStringLiteral("Year"), {QStringLiteral("2024")}, {}, true)};
        p.selectionState = p.bindSelectionState;
        return p;
    }

    std::unique_ptr<SandboxServer> server;
    std::map<QByteArray, std::unique_ptr<Client>> clients;
    QString selectionAppId;
    QString templateAppId;
    QString linkId;

private:
    QString m_dataDir;
};

} // namespace requeststest
