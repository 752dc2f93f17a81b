// The Qlik Sense Enterprise ODAG client over real HTTP against ScriptedServer, behind a
// virtual proxy prefix: every operation's method, path, body and answer; the xrfkey in
// query and header on every call; {message} errors; both shapes of a link answer.

#include "../core/OdagFixtures.h"
#include "OdagApiTestKit.h"
#include "TestMain.h"
#include "api/Authenticator.h"
#include "api/QseOdagApi.h"

#include <QRegularExpression>

#include <memory>

using namespace odag;
using namespace odag::api;
using odagtest::asDocument;
using odagtest::fixture;
using odagtest::fixtureBytes;
using odagtest::runCall;
using odagtest::Sent;
using Reply = ScriptedServer::Reply;

namespace {
const QString linkId = QStringLiteral("a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d");
const QString requestId = QStringLiteral("c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f");
const QByteArray root = "/prefix/api/odag/v1";

template <class T> T decodeFixture(const char *name)
{
    return json::decode<T>(fixture(QString::fromLatin1(name))).value();
}
} // namespace

class TestQseApi : public QObject
{
    Q_OBJECT

    std::unique_ptr<ScriptedServer> m_server;
    std::unique_ptr<Transport> m_transport;
    std::unique_ptr<QseOdagApi> m_api;

    // Runs a call answered with `reply` and checks what was sent, the QSE credentials
    // and that QSE calls are not metered.
    template <class T>
    ApiResult<T> exchange(const Reply &reply, const Sent &sent,
                          const std::function<PendingCall *(Callback<T>)> &start)
    {
        m_server->enqueue(reply);
        const ApiResult<T> r = runCall<T>(start);
        [&] {
            QCOMPARE(m_server->requestCount(), 1);
            const ScriptedServer::Request req = m_server->lastRequest();
            odagtest::verifySent(req, sent, {QStringLiteral("xrfkey")});
            if (QTest::currentTestFailed())
                return;
            const QString key = req.query.queryItemValue(QStringLiteral("xrfkey"));
            static const QRegularExpression sixteen(QStringLiteral("^[0-9A-Za-z]{16}$"));
            QVERIFY2(sixteen.match(key).hasMatch(), qPrintable(key));
            QCOMPARE(req.header("x-qlik-xrfkey"), key.toLatin1());
            QCOMPARE(req.header("x-qlik-user"), QByteArray("UserDirectory=DOMAIN; UserId=jdoe"));
            const qint64 now = m_transport->rateLimiter().now();
            QCOMPARE(m_transport->rateLimiter().used(Tier::Tier1, now), 0);
            QCOMPARE(m_transport->rateLimiter().used(Tier::Tier2, now), 0);
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
        // The way a user types it: the service URL behind a virtual proxy prefix.
        QUrl serviceUrl = m_server->baseUrl();
        serviceUrl.setPath(QStringLiteral("/prefix/api/odag/v1/"));
        m_transport = std::make_unique<Transport>(QseOdagApi::baseUrlFromServiceUrl(serviceUrl),
                                                  odagtest::fastTransportOptions());
        QseAuth::Settings settings;
        settings.userDirectory = QStringLiteral("DOMAIN");
        settings.userId = QStringLiteral("jdoe");
        m_transport->setAuthenticator(std::make_shared<QseAuth>(settings));
        m_api = std::make_unique<QseOdagApi>(*m_transport);
    }

    void cleanup()
    {
        m_api.reset();
        m_transport.reset();
        m_server.reset();
    }

    void baseUrlFromServiceUrl_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("base");
        QTest::newRow("prefix and root") << "https://qse.example.com/hdr/api/odag/v1/"
                                         << "https://qse.example.com/hdr";
        QTest::newRow("root only") << "https://qse.example.com/api/odag/v1"
                                   << "https://qse.example.com";
        QTest::newRow("prefix only") << "https://qse.example.com/hdr/"
                                     << "https://qse.example.com/hdr";
        QTest::newRow("host only") << "https://qse.example.com:4243"
                                   << "https://qse.example.com:4243";
    }

    void baseUrlFromServiceUrl()
    {
        QFETCH(QString, typed);
        QFETCH(QString, base);
        QCOMPARE(QseOdagApi::baseUrlFromServiceUrl(QUrl(typed)), QUrl(base));
    }

    void about()
    {
        const auto r = exchange<QseAbout>(fixtureReply(200, "qse_about.response.json"),
                                          Sent{"GET", root + "/about", {}},
                                          [&](auto done) { return m_api->about(this, done); });
        ODAG_VERIFY_OK(r);
        QCOMPARE(r->version, std::optional<QString>(QStringLiteral("3.4.1")));
    }

    void listLinks()
    {
        const auto r = exchange<QList<QseLink>>(
            fixtureReply(200, "qse_links_list.response.json"), Sent{"GET", root + "/links", {}},
            [&](auto done) { return m_api->listLinks(this, done); });
        ODAG_VERIFY_OK(r);
        QCOMPARE(r->size(), 2);
        QVERIFY(!r->at(0).owner->isObject());
        QVERIFY(r->at(1).owner->isObject());
        QCOMPARE(asDocument(json::encode(*r)),
                 asDocument(fixture(QStringLiteral("qse_links_list.response.json"))));
    }

    void createLink_data()
    {
        QTest::addColumn<QString>("answer");
        QTest::addColumn<bool>("wrapped");
        QTest::newRow("real server") << "qse_link_create_answer_wrapped.response.json" << true;
        QTest::newRow("seed 001") << "qse_link_create_answer_plain.response.json" << false;
    }

    void createLink()
    {
        QFETCH(QString, answer);
        QFETCH(bool, wrapped);
        const auto payload = decodeFixture<QseLinkCreate>("qse_link_create.request.json");
        const auto r = exchange<QseLinkResult>(
            Reply::json(201, fixtureBytes(answer)),
            Sent{"POST",
                 root + "/links",
                 {},
                 fixture(QStringLiteral("qse_link_create.request.json"))},
            [&](auto done) { return m_api->createLink(payload, this, done); });
        ODAG_VERIFY_OK(r);
        QCOMPARE(r->wrapped, wrapped);
        QCOMPARE(r->objectDef.id, std::optional<QString>(linkId));
        QCOMPARE(r->messages().size(), wrapped ? 2 : 0);
    }

    void getLink()
    {
        const auto r =
            exchange<QseLink>(fixtureReply(200, "qse_link_real.response.json"),
                              Sent{"GET", root + "/links/" + linkId.toLatin1(), {}},
                              [&](auto done) { return m_api->getLink(linkId, this, done); });
        ODAG_VERIFY_OK(r);
        QCOMPARE(r->owner->displayName(), QStringLiteral("Jane Doe"));
    }

    void updateLink()
    {
        const auto payload = decodeFixture<QseLinkUpdate>("qse_link_update.request.json");
        const auto r = exchange<QseLinkResult>(
            fixtureReply(200, "qse_link_create_answer_wrapped.response.json"),
            Sent{"PUT",
                 root + "/links/" + linkId.toLatin1(),
                 {},
                 fixture(QStringLiteral("qse_link_update.request.json"))},
            [&](auto done) { return m_api->updateLink(linkId, payload, this, done); });
        ODAG_VERIFY_OK(r);
        QVERIFY(r->wrapped);
    }

    void deleteLink()
    {
        const auto r = exchange<Empty>(
            Reply::noContent(), Sent{"DELETE", root + "/links/a%2Fb%20c", {}},
            [&](auto done) { return m_api->deleteLink(QStringLiteral("a/b c"), this, done); });
        QVERIFY(r.ok());
    }

    void listLinkRequests()
    {
        const auto r = exchange<QList<QseRequest>>(
            fixtureReply(200, "qse_requests_list.response.json"),
            Sent{"GET", root + "/links/" + linkId.toLatin1() + "/requests", {}},
            [&](auto done) { return m_api->listLinkRequests(linkId, this, done); });
        ODAG_VERIFY_OK(r);
        QCOMPARE(r->size(), 2);
        QVERIFY(isPending(*r->at(1).status));
    }

    void submitRequest()
    {
        const auto payload = decodeFixture<QseRequestCreate>("qse_request_create.request.json");
        const auto r = exchange<QseRequest>(
            fixtureReply(201, "qse_request.response.json"),
            Sent{"POST",
                 root + "/links/" + linkId.toLatin1() + "/requests",
                 {},
                 fixture(QStringLiteral("qse_request_create.request.json"))},
            [&](auto done) { return m_api->submitRequest(linkId, payload, this, done); });
        ODAG_VERIFY_OK(r);
        QCOMPARE(r->linkId, std::optional<QString>(linkId));
    }

    void listRequests()
    {
        const auto r =
            exchange<QList<QseRequest>>(fixtureReply(200, "qse_requests_list.response.json"),
                                        Sent{"GET", root + "/requests", {}},
                                        [&](auto done) { return m_api->listRequests(this, done); });
        ODAG_VERIFY_OK(r);
        QCOMPARE(asDocument(json::encode(*r)),
                 asDocument(fixture(QStringLiteral("qse_requests_list.response.json"))));
    }

    void getRequest()
    {
        const auto r = exchange<QseRequest>(
            fixtureReply(200, "qse_request.response.json"),
            Sent{"GET", root + "/requests/" + requestId.toLatin1(), {}},
            [&](auto done) { return m_api->getRequest(requestId, this, done); });
        ODAG_VERIFY_OK(r);
        QCOMPARE(r->status->value(), QseRequestStatus::Completed);
    }

    void updateRequest()
    {
        const QseRequestUpdate payload{QStringLiteral("cancelled"), {}};
        const auto r = exchange<QseRequest>(
            fixtureReply(200, "qse_request.response.json"),
            Sent{"PUT",
                 root + "/requests/" + requestId.toLatin1(),
                 {},
                 fixture(QStringLiteral("qse_request_update.request.json"))},
            [&](auto done) { return m_api->updateRequest(requestId, payload, this, done); });
        ODAG_VERIFY_OK(r);
    }

    void deleteGeneratedApp()
    {
        const auto r = exchange<Empty>(
            Reply::noContent(),
            Sent{"DELETE", root + "/requests/" + requestId.toLatin1() + "/app", {}},
            [&](auto done) { return m_api->deleteGeneratedApp(requestId, this, done); });
        QVERIFY(r.ok());
    }

    void reloadGeneratedApp()
    {
        const auto r = exchange<QseRequest>(
            fixtureReply(200, "qse_request.response.json"),
            Sent{"POST", root + "/requests/" + requestId.toLatin1() + "/reloadApp", {}},
            [&](auto done) { return m_api->reloadGeneratedApp(requestId, this, done); });
        ODAG_VERIFY_OK(r);
    }

    void renameGeneratedApp()
    {
        const QseRenamePayload payload{QStringLiteral("Orders EMEA"), {}};
        const auto r = exchange<QseRequest>(
            fixtureReply(200, "qse_request.response.json"),
            Sent{"POST",
                 root + "/requests/" + requestId.toLatin1() + "/renameApp",
                 {},
                 fixture(QStringLiteral("qse_rename_app.request.json"))},
            [&](auto done) { return m_api->renameGeneratedApp(requestId, payload, this, done); });
        ODAG_VERIFY_OK(r);
    }

    void mapsMessageErrors()
    {
        m_server->enqueue(fixtureReply(404, "qse_error.json"));
        const auto r =
            runCall<QseLink>([&](auto done) { return m_api->getLink(linkId, this, done); });
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ApiError::Kind::Http);
        QCOMPARE(r.error().httpStatus, 404);
        QCOMPARE(r.error().detail, QStringLiteral("Link not found"));
    }

    void freshXrfKeyPerCall()
    {
        m_server->enqueue(fixtureReply(200, "qse_about.response.json"));
        m_server->enqueue(fixtureReply(200, "qse_about.response.json"));
        QVERIFY(runCall<QseAbout>([&](auto done) { return m_api->about(this, done); }).ok());
        QVERIFY(runCall<QseAbout>([&](auto done) { return m_api->about(this, done); }).ok());
        const auto requests = m_server->requests();
        QCOMPARE(requests.size(), 2);
        QVERIFY(requests.at(0).header("x-qlik-xrfkey") != requests.at(1).header("x-qlik-xrfkey"));
    }

    void customServiceRoot()
    {
        QseOdagApi api(*m_transport, QStringLiteral("odag/v2/"));
        m_server->enqueue(fixtureReply(200, "qse_about.response.json"));
        QVERIFY(runCall<QseAbout>([&](auto done) { return api.about(this, done); }).ok());
        QCOMPARE(m_server->lastRequest().rawPath, QByteArray("/prefix/odag/v2/about"));
    }
};

ODAG_TEST_MAIN(TestQseApi)
#include "tst_qse_api.moc"
