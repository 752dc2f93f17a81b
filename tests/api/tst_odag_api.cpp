// The Qlik Cloud ODAG clients over real HTTP against ScriptedServer: every operation
// sends the documented method, path, query and body, is counted in its tier, and
// decodes the seed example answer; ErrorV2 bodies land in ApiError; the calls that are
// not safe to repeat are not resent after a 503.

#include "../core/OdagFixtures.h"
#include "OdagApiTestKit.h"
#include "TestMain.h"
#include "api/OdagLinksApi.h"
#include "api/OdagRequestsApi.h"
#include "api/OdagTenantApi.h"

#include <memory>

using namespace odag;
using namespace odag::api;
using odagtest::asDocument;
using odagtest::fixture;
using odagtest::fixtureBytes;
using odagtest::QueryItems;
using odagtest::runCall;
using odagtest::Sent;
using Reply = ScriptedServer::Reply;

namespace {
const QString linkId = QStringLiteral("0123456789abcdef01234567");
const QString requestId = QStringLiteral("89abcdef0123456789abcdef");
// Not a valid ID, but IDs come from servers and users: it must stay one path segment.
const QString oddId = QStringLiteral("a/b c?d#e");
const QByteArray oddIdEncoded = "a%2Fb%20c%3Fd%23e";

QPair<QString, QString> item(const char *key, const char *value)
{
    return {QString::fromLatin1(key), QString::fromLatin1(value)};
}

template <class T> T decodeFixture(const char *name)
{
    return json::decode<T>(fixture(QString::fromLatin1(name))).value();
}
} // namespace

Q_DECLARE_METATYPE(odag::api::RequestActionOptions)

class TestOdagApi : public QObject
{
    Q_OBJECT

    std::unique_ptr<ScriptedServer> m_server;
    std::unique_ptr<Transport> m_transport;

    int used(Tier tier)
    {
        return m_transport->rateLimiter().used(tier, m_transport->rateLimiter().now());
    }

    // Runs a call answered with `reply`, checks what was sent and the tier it was counted in.
    template <class T>
    ApiResult<T> exchange(const Reply &reply, const Sent &sent, Tier tier,
                          const std::function<PendingCall *(Callback<T>)> &start)
    {
        m_server->enqueue(reply);
        const int before = used(tier);
        const ApiResult<T> r = runCall<T>(start);
        [&] {
            QCOMPARE(m_server->requestCount(), 1);
            odagtest::verifySent(m_server->lastRequest(), sent);
            if (QTest::currentTestFailed())
                return;
            QCOMPARE(used(tier), before + 1);
        }();
        return r;
    }

    static Reply fixtureReply(int status, const char *name)
    {
        return Reply::json(status, fixtureBytes(QString::fromLatin1(name)));
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<ScriptedServer>();
        QVERIFY(m_server->listen());
        m_transport =
            std::make_unique<Transport>(m_server->baseUrl(), odagtest::fastTransportOptions());
        m_transport->setAuthenticator(std::make_shared<ApiKeyAuth>("key-1"));
    }

    void cleanup()
    {
        m_transport.reset();
        m_server.reset();
    }

    // ------------------------------------------------------------ odag-links

    void listLinks()
    {
        OdagLinksApi api(*m_transport);
        LinkListQuery q;
        q.includeCharts = true;
        q.selectionAppId = QStringLiteral("sel app&1");
        q.type = LinkType::View;
        q.optOwner = QStringLiteral("owner-1");
        const auto r = exchange<QList<LinkStateFull>>(
            fixtureReply(200, "links_list.response.json"),
            Sent{"GET", "/api/analytics/odag-links",
                 QueryItems{item("includeCharts", "true"), item("selectionAppID", "sel app&1"),
                            item("type", "view"), item("optOwner", "owner-1")}},
            Tier::Tier1, [&](auto done) { return api.listLinks(q, this, done); });
        ODAG_VERIFY_OK(r);
        QCOMPARE(asDocument(json::encode(*r)),
                 asDocument(fixture(QStringLiteral("links_list.response.json"))));
        QCOMPARE(m_server->lastRequest().header("authorization"), QByteArray("Bearer key-1"));
    }

    void listLinksWithoutQuery()
    {
        OdagLinksApi api(*m_transport);
        const auto r = exchange<QList<LinkStateFull>>(
            Reply::json(200, "[]"), Sent{"GET", "/api/analytics/odag-links", {}}, Tier::Tier1,
            [&](auto done) { return api.listLinks({}, this, done); });
        ODAG_VERIFY_OK(r);
        QVERIFY(r->isEmpty());
    }

    void createLink()
    {
        OdagLinksApi api(*m_transport);
        const auto payload = decodeFixture<LinkAddPayload>("link_create.request.json");
        const auto r = exchange<LinkStateFull>(
            fixtureReply(201, "link_create.response.json"),
            Sent{"POST", "/api/analytics/odag-links", QueryItems{item("includeCharts", "false")},
                 fixture(QStringLiteral("link_create.request.json"))},
            Tier::Tier2,
            [&](auto done) { return api.createLink(payload, LinkQuery{false}, this, done); });
        ODAG_VERIFY_OK(r);
        QCOMPARE(r->name, QStringLiteral("ODAG Link name"));
    }

    void canCreate()
    {
        OdagLinksApi api(*m_transport);
        CanCreateQuery q;
        q.optDenyIfSelAppNotUpdatable = true;
        q.optSelectAppId = QStringLiteral("sel-1");
        q.optTemplateAppId = QStringLiteral("tpl-1");
        const auto r = exchange<CanCreateLinks>(
            fixtureReply(200, "link_cancreate.response.json"),
            Sent{"GET", "/api/analytics/odag-links/cancreate",
                 QueryItems{item("optDenyIfSelAppNotUpdatable", "true"),
                            item("optSelectAppId", "sel-1"), item("optTemplateAppId", "tpl-1")}},
            Tier::Tier1, [&](auto done) { return api.canCreate(q, this, done); });
        ODAG_VERIFY_OK(r);
        QVERIFY(r->allowed());
    }

    void selectionAppLinkUsages()
    {
        OdagLinksApi api(*m_transport);
        const auto payload = decodeFixture<SelAppLinkUsagePayload>("link_usages.request.json");
        LinkUsagesQuery q{QStringLiteral("sel-1"), LinkType::All, true};
        const auto r = exchange<QList<LinkStateRef>>(
            fixtureReply(200, "link_usages.response.json"),
            Sent{"POST", "/api/analytics/odag-links/selection-app-link-usages",
                 QueryItems{item("selAppId", "sel-1"), item("type", "all"),
                            item("includeCharts", "true")},
                 fixture(QStringLiteral("link_usages.request.json"))},
            Tier::Tier2,
            [&](auto done) { return api.selectionAppLinkUsages(q, payload, this, done); });
        ODAG_VERIFY_OK(r);
        QCOMPARE(r->size(), 1);
        QVERIFY(r->at(0).link.has_value());
    }

    void getLink()
    {
        OdagLinksApi api(*m_transport);
        const auto r = exchange<LinkStateFull>(
            fixtureReply(200, "link_get.response.json"),
            Sent{"GET", "/api/analytics/odag-links/" + oddIdEncoded, {}}, Tier::Tier1,
            [&](auto done) { return api.getLink(oddId, this, done); });
        ODAG_VERIFY_OK(r);
        QCOMPARE(asDocument(json::encode(*r)),
                 asDocument(fixture(QStringLiteral("link_get.response.json"))));
        QCOMPARE(m_server->lastRequest().path,
                 QStringLiteral("/api/analytics/odag-links/") + oddId);
    }

    void getLinkWithCharts()
    {
        OdagLinksApi api(*m_transport);
        const auto r =
            exchange<LinkStateFull>(fixtureReply(200, "link_get.response.json"),
                                    Sent{"GET", "/api/analytics/odag-links/" + linkId.toLatin1(),
                                         QueryItems{item("includeCharts", "true")}},
                                    Tier::Tier1, [&](auto done) {
                                        return api.getLink(linkId, LinkQuery{true}, this, done);
                                    });
        ODAG_VERIFY_OK(r);
    }

    void updateLink()
    {
        OdagLinksApi api(*m_transport);
        const auto payload = decodeFixture<LinkPutPayload>("link_update.request.json");
        const auto r =
            exchange<LinkStateFull>(fixtureReply(200, "link_update.response.json"),
                                    Sent{"PUT",
                                         "/api/analytics/odag-links/" + linkId.toLatin1(),
                                         {},
                                         fixture(QStringLiteral("link_update.request.json"))},
                                    Tier::Tier2, [&](auto done) {
                                        return api.updateLink(linkId, payload, {}, this, done);
                                    });
        ODAG_VERIFY_OK(r);
        QCOMPARE(r->status.value(), LinkStatus::Active);
    }

    void listLinkRequests()
    {
        OdagLinksApi api(*m_transport);
        LinkRequestsQuery q{false, QStringLiteral("sel-1"), QStringLiteral("Sheet 1"),
                            QStringLiteral("h/1")};
        const auto r = exchange<QList<RequestObject>>(
            fixtureReply(200, "link_requests_list.response.json"),
            Sent{"GET", "/api/analytics/odag-links/" + linkId.toLatin1() + "/requests",
                 QueryItems{item("pending", "false"), item("selectionAppId", "sel-1"),
                            item("selectionAppSheet", "Sheet 1"),
                            item("clientContextHandle", "h/1")}},
            Tier::Tier1, [&](auto done) { return api.listLinkRequests(linkId, q, this, done); });
        ODAG_VERIFY_OK(r);
        QCOMPARE(r->size(), 1);
        QCOMPARE(r->at(0).state.value(), RequestState::Validating);
    }

    void submitRequest()
    {
        OdagLinksApi api(*m_transport);
        const auto payload = decodeFixture<RequestPostPayload>("link_request_submit.request.json");
        const auto r = exchange<RequestObject>(
            fixtureReply(201, "link_request_submit.response.json"),
            Sent{"POST",
                 "/api/analytics/odag-links/" + linkId.toLatin1() + "/requests",
                 {},
                 fixture(QStringLiteral("link_request_submit.request.json"))},
            Tier::Tier2, [&](auto done) { return api.submitRequest(linkId, payload, this, done); });
        ODAG_VERIFY_OK(r);
        QCOMPARE(r->kind.value(), RequestKind::Single);
    }

    // ------------------------------------------------------------ odag-requests

    void getRequest()
    {
        OdagRequestsApi api(*m_transport);
        const auto r = exchange<RequestObject>(
            fixtureReply(200, "request.response.json"),
            Sent{"GET", "/api/analytics/odag-requests/" + requestId.toLatin1(), {}}, Tier::Tier1,
            [&](auto done) { return api.getRequest(requestId, this, done); });
        ODAG_VERIFY_OK(r);
        QCOMPARE(asDocument(json::encode(*r)),
                 asDocument(fixture(QStringLiteral("request.response.json"))));
    }

    void performAction_data()
    {
        QTest::addColumn<int>("action");
        QTest::addColumn<RequestActionOptions>("options");
        QTest::addColumn<QueryItems>("query");
        QTest::newRow("cancel with every flag")
            << int(RequestAction::Cancel) << RequestActionOptions{true, false, true}
            << QueryItems{item("action", "cancel"), item("autoAck", "true"),
                          item("delGenApp", "false"), item("ignoreSucceeded", "true")};
        QTest::newRow("pause") << int(RequestAction::Pause) << RequestActionOptions{}
                               << QueryItems{item("action", "pause")};
        QTest::newRow("resume") << int(RequestAction::Resume) << RequestActionOptions{}
                                << QueryItems{item("action", "resume")};
        QTest::newRow("ackcancel")
            << int(RequestAction::AckCancel) << RequestActionOptions{{}, true, {}}
            << QueryItems{item("action", "ackcancel"), item("delGenApp", "true")};
        QTest::newRow("ackfailure") << int(RequestAction::AckFailure) << RequestActionOptions{}
                                    << QueryItems{item("action", "ackfailure")};
    }

    void performAction()
    {
        QFETCH(int, action);
        QFETCH(RequestActionOptions, options);
        QFETCH(QueryItems, query);
        OdagRequestsApi api(*m_transport);
        const auto r = exchange<RequestObject>(
            fixtureReply(200, "request.response.json"),
            Sent{"PUT", "/api/analytics/odag-requests/" + oddIdEncoded, query}, Tier::Tier2,
            [&](auto done) {
                return api.performAction(oddId, RequestAction(action), options, this, done);
            });
        ODAG_VERIFY_OK(r);
    }

    void deleteGeneratedApp()
    {
        OdagRequestsApi api(*m_transport);
        const auto r = exchange<Empty>(
            Reply::noContent(),
            Sent{"DELETE", "/api/analytics/odag-requests/" + requestId.toLatin1() + "/app", {}},
            Tier::Tier2, [&](auto done) { return api.deleteGeneratedApp(requestId, this, done); });
        QVERIFY(r.ok());
    }

    void reloadGeneratedApp()
    {
        OdagRequestsApi api(*m_transport);
        const auto payload = decodeFixture<ReloadAppPayload>("request_reload_app.request.json");
        const auto r = exchange<RequestObject>(
            fixtureReply(200, "request.response.json"),
            Sent{"POST",
                 "/api/analytics/odag-requests/" + requestId.toLatin1() + "/reload-app",
                 {},
                 fixture(QStringLiteral("request_reload_app.request.json"))},
            Tier::Tier2,
            [&](auto done) { return api.reloadGeneratedApp(requestId, payload, this, done); });
        ODAG_VERIFY_OK(r);
    }

    void renameGeneratedApp()
    {
        OdagRequestsApi api(*m_transport);
        const RenameAppPayload payload{QStringLiteral("Sales EMEA"), {}};
        const auto r = exchange<RequestObject>(
            fixtureReply(200, "request.response.json"),
            Sent{"POST",
                 "/api/analytics/odag-requests/" + requestId.toLatin1() + "/rename-app",
                 {},
                 QJsonObject{{QStringLiteral("appName"), QStringLiteral("Sales EMEA")}}},
            Tier::Tier2,
            [&](auto done) { return api.renameGeneratedApp(requestId, payload, this, done); });
        ODAG_VERIFY_OK(r);
    }

    void getSelections()
    {
        OdagRequestsApi api(*m_transport);
        const auto r = exchange<SelectionState>(
            fixtureReply(200, "request_selections.response.json"),
            Sent{"GET", "/api/analytics/odag-requests/" + requestId.toLatin1() + "/selections", {}},
            Tier::Tier1, [&](auto done) { return api.getSelections(requestId, this, done); });
        ODAG_VERIFY_OK(r);
        QCOMPARE(r->at(0).selectionAppParamType.value(), SelectAppParamType::Field);
    }

    // ------------------------------------------------------------ odag-apps, odag-settings

    void listOdagApps()
    {
        OdagTenantApi api(*m_transport);
        const auto r = exchange<OdagApps>(
            fixtureReply(200, "odag_apps.response.json"),
            Sent{"GET", "/api/analytics/odag-apps", QueryItems{item("appType", "template")}},
            Tier::Tier1,
            [&](auto done) { return api.listOdagApps(OdagAppType::Template, this, done); });
        ODAG_VERIFY_OK(r);
        QCOMPARE(r->apps().size(), 2);
    }

    void getSettings()
    {
        OdagTenantApi api(*m_transport);
        const auto r =
            exchange<OdagSettings>(fixtureReply(200, "odag_settings.response.json"),
                                   Sent{"GET", "/api/analytics/odag-settings", {}}, Tier::Tier1,
                                   [&](auto done) { return api.getSettings(this, done); });
        ODAG_VERIFY_OK(r);
        QCOMPARE(r->odagEnabled, std::optional<bool>(true));
        QCOMPARE(r->dynamicViewEnabled, std::optional<bool>(false));
    }

    void putSettings()
    {
        OdagTenantApi api(*m_transport);
        OdagSettingsPutPayload payload;
        payload.dynamicViewEnabled = true;
        const auto r = exchange<OdagSettings>(
            fixtureReply(200, "odag_settings.response.json"),
            Sent{"PUT",
                 "/api/analytics/odag-settings",
                 {},
                 fixture(QStringLiteral("odag_settings.request.json"))},
            Tier::Tier2, [&](auto done) { return api.putSettings(payload, this, done); });
        ODAG_VERIFY_OK(r);
    }

    void canUpdateSettings()
    {
        OdagTenantApi api(*m_transport);
        const auto r = exchange<CanUpdateSettings>(
            fixtureReply(200, "odag_settings_canupdate.response.json"),
            Sent{"GET", "/api/analytics/odag-settings/canupdate", {}}, Tier::Tier1,
            [&](auto done) { return api.canUpdateSettings(this, done); });
        ODAG_VERIFY_OK(r);
        QVERIFY(r->allowed());
    }

    // ------------------------------------------------------------ failures

    void mapsErrorV2_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("operation");
        QTest::newRow("400 create") << 400 << QStringLiteral("create");
        QTest::newRow("403 settings") << 403 << QStringLiteral("settings");
        QTest::newRow("404 request") << 404 << QStringLiteral("request");
        QTest::newRow("409 update") << 409 << QStringLiteral("update");
    }

    void mapsErrorV2()
    {
        QFETCH(int, status);
        QFETCH(QString, operation);
        const QString code = QStringLiteral("ODAG-%1").arg(status);
        const QString trace = QStringLiteral("trace-%1").arg(status);
        const QJsonObject body{
            {QStringLiteral("errors"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("code"), code},
                 {QStringLiteral("title"), QStringLiteral("Title %1").arg(status)},
                 {QStringLiteral("detail"), QStringLiteral("Detail %1").arg(status)},
                 {QStringLiteral("meta"), QJsonObject{{QStringLiteral("statusCode"), status}}}}}},
            {QStringLiteral("traceId"), trace}};
        m_server->enqueue(Reply::json(status, QJsonDocument(body).toJson()));

        OdagLinksApi links(*m_transport);
        OdagRequestsApi requests(*m_transport);
        OdagTenantApi tenant(*m_transport);
        std::optional<ApiError> error;
        auto keep = [&](const auto &r) {
            QVERIFY(!r.ok());
            error = r.error();
        };
        if (operation == QLatin1String("create"))
            keep(runCall<LinkStateFull>([&](auto done) {
                return links.createLink(decodeFixture<LinkAddPayload>("link_create.request.json"),
                                        {}, this, done);
            }));
        else if (operation == QLatin1String("settings"))
            keep(runCall<OdagSettings>([&](auto done) { return tenant.getSettings(this, done); }));
        else if (operation == QLatin1String("request"))
            keep(runCall<RequestObject>(
                [&](auto done) { return requests.getRequest(requestId, this, done); }));
        else
            keep(runCall<LinkStateFull>([&](auto done) {
                return links.updateLink(linkId,
                                        decodeFixture<LinkPutPayload>("link_update.request.json"),
                                        {}, this, done);
            }));
        QVERIFY(error.has_value());
        QCOMPARE(error->kind, ApiError::Kind::Http);
        QCOMPARE(error->httpStatus, status);
        QCOMPARE(error->code, code);
        QCOMPARE(error->title, QStringLiteral("Title %1").arg(status));
        QCOMPARE(error->detail, QStringLiteral("Detail %1").arg(status));
        QCOMPARE(error->traceId, trace);
        QCOMPARE(m_server->requestCount(), 1); // a 4xx is never resent
    }

    void reportsUndecodableAnswer()
    {
        OdagLinksApi api(*m_transport);
        const QJsonValue bad =
            odagtest::setAt(fixture(QStringLiteral("link_get.response.json")),
                            QStringLiteral("properties.rowEstRange[0].highBound"),
                            QJsonValue(QStringLiteral("many")));
        m_server->enqueue(Reply::json(200, QJsonDocument(bad.toObject()).toJson()));
        const auto r =
            runCall<LinkStateFull>([&](auto done) { return api.getLink(linkId, this, done); });
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ApiError::Kind::Decode);
        QCOMPARE(r.error().httpStatus, 200);
        QVERIFY2(
            r.error().technical.contains(QStringLiteral("properties.rowEstRange[0].highBound")),
            qPrintable(r.error().technical));
    }

    void resendsOnlyWhatIsSafe_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::addColumn<int>("attempts");
        QTest::newRow("get link") << QStringLiteral("getLink") << 2;
        QTest::newRow("update link") << QStringLiteral("updateLink") << 2;
        QTest::newRow("status change") << QStringLiteral("statusChange") << 1;
        QTest::newRow("usages") << QStringLiteral("usages") << 2;
        QTest::newRow("submit") << QStringLiteral("submit") << 1;
        QTest::newRow("cancel") << QStringLiteral("cancel") << 1;
        QTest::newRow("delete app") << QStringLiteral("deleteApp") << 1;
        QTest::newRow("reload app") << QStringLiteral("reloadApp") << 1;
        QTest::newRow("rename app") << QStringLiteral("renameApp") << 1;
        QTest::newRow("put settings") << QStringLiteral("putSettings") << 2;
    }

    void resendsOnlyWhatIsSafe()
    {
        QFETCH(QString, operation);
        QFETCH(int, attempts);
        // The first attempt fails with 503; a resent call gets an empty 204 (decoding it
        // fails, which does not matter here: only the attempts are counted).
        m_server->enqueue(Reply::json(503, R"({"errors":[{"code":"busy"}]})"));
        m_server->enqueue(Reply::noContent());
        OdagLinksApi links(*m_transport);
        OdagRequestsApi requests(*m_transport);
        OdagTenantApi tenant(*m_transport);
        // The seed example carries a statusSetting: without it, it is a full replacement.
        auto put = decodeFixture<LinkPutPayload>("link_update.request.json");
        put.statusSetting.reset();
        auto statusOnly = put;
        statusOnly.statusSetting = LinkStatusSetting::Decommission;
        if (operation == QLatin1String("getLink"))
            (void)runCall<LinkStateFull>(
                [&](auto done) { return links.getLink(linkId, this, done); });
        else if (operation == QLatin1String("updateLink"))
            (void)runCall<LinkStateFull>(
                [&](auto done) { return links.updateLink(linkId, put, {}, this, done); });
        else if (operation == QLatin1String("statusChange"))
            (void)runCall<LinkStateFull>(
                [&](auto done) { return links.updateLink(linkId, statusOnly, {}, this, done); });
        else if (operation == QLatin1String("usages"))
            (void)runCall<QList<LinkStateRef>>([&](auto done) {
                return links.selectionAppLinkUsages({QStringLiteral("s"), {}, {}}, {}, this, done);
            });
        else if (operation == QLatin1String("submit"))
            (void)runCall<RequestObject>(
                [&](auto done) { return links.submitRequest(linkId, {}, this, done); });
        else if (operation == QLatin1String("cancel"))
            (void)runCall<RequestObject>([&](auto done) {
                return requests.performAction(requestId, RequestAction::Cancel, {}, this, done);
            });
        else if (operation == QLatin1String("deleteApp"))
            (void)runCall<Empty>(
                [&](auto done) { return requests.deleteGeneratedApp(requestId, this, done); });
        else if (operation == QLatin1String("reloadApp"))
            (void)runCall<RequestObject>(
                [&](auto done) { return requests.reloadGeneratedApp(requestId, {}, this, done); });
        else if (operation == QLatin1String("renameApp"))
            (void)runCall<RequestObject>(
                [&](auto done) { return requests.renameGeneratedApp(requestId, {}, this, done); });
        else
            (void)runCall<OdagSettings>(
                [&](auto done) { return tenant.putSettings({}, this, done); });
        QCOMPARE(m_server->requestCount(), attempts);
    }
};

ODAG_TEST_MAIN(TestOdagApi)
#include "tst_odag_api.moc"
