// ReloadsApi over real HTTP against ScriptedServer: list with every query parameter and
// paging, queue (201, 429), read, and cancel's 202/204/409 and its retry decision.

#include "TestMain.h"
#include "V1ApiTestKit.h"
#include "api/ReloadsApi.h"

using namespace odag;
using namespace odag::api;
using namespace v1kit;
using Reply = ScriptedServer::Reply;

namespace {
const QString appId = QStringLiteral("f2b4c6d8-1a3e-4f5b-9c7d-2e4f6a8b0c1d");
const QString appPath = QStringLiteral("/api/v1/apps/") + appId;
const QString oddId = QStringLiteral("app/1 ?#");
const QByteArray oddIdEncoded = "app%2F1%20%3F%23";
const QString reloadId = QStringLiteral("65b2f1e0c9d8a7b6c5d4e3f2");
} // namespace

class TestV1ReloadsApi : public QObject
{
    Q_OBJECT

    ScriptedServer *m_server = nullptr;
    Transport *m_transport = nullptr;

private Q_SLOTS:
    void init()
    {
        m_server = new ScriptedServer(this);
        QVERIFY(m_server->listen());
        m_transport = new Transport(m_server->baseUrl(), fastOptions(), this);
    }
    void cleanup()
    {
        delete m_transport;
        delete m_server;
    }

    // ------------------------------------------------------------ reloads

    void listReloadsAndPage()
    {
        const QString next = m_server->baseUrl().toString() +
                             QStringLiteral("/api/v1/reloads?appId=") + appId +
                             QStringLiteral("&limit=2&next=NjViMmYxZTA");
        QJsonObject page = jsonOf(fixture("reload_list.json")).toObject();
        page.insert(
            QStringLiteral("links"),
            QJsonObject{{QStringLiteral("next"), QJsonObject{{QStringLiteral("href"), next}}}});
        m_server->route("GET", QStringLiteral("/api/v1/reloads"),
                        Reply::json(200, json::toBytes(page)));
        m_server->route("GET", QStringLiteral("/api/v1/reloads"),
                        Reply::json(200, R"({"data":[],"links":{"self":{"href":"x"}}})"));
        ReloadsApi api(*m_transport);
        ReloadListQuery query;
        query.appId = appId;
        query.filter = QStringLiteral("status eq \"FAILED\"");
        query.limit = 2;
        query.log = true;
        query.next = QStringLiteral("n");
        query.prev = QStringLiteral("p");
        query.partial = false;
        query.sort = QStringLiteral("-creationTime");
        const auto r = run<ReloadList>([&](auto cb) { api.listReloads(query, this, cb); });
        V1_VERIFY_OK(r);
        QCOMPARE(r->data.size(), 2);
        QCOMPARE(r->data.at(1).status->value(), ReloadStatus::Failed);
        auto req = m_server->lastRequest();
        QCOMPARE(q(req, "appId"), appId);
        QCOMPARE(q(req, "filter"), QStringLiteral("status eq \"FAILED\""));
        QCOMPARE(q(req, "limit"), QStringLiteral("2"));
        QCOMPARE(q(req, "log"), QStringLiteral("true"));
        QCOMPARE(q(req, "next"), QStringLiteral("n"));
        QCOMPARE(q(req, "prev"), QStringLiteral("p"));
        QCOMPARE(q(req, "partial"), QStringLiteral("false"));
        QCOMPARE(q(req, "sort"), QStringLiteral("-creationTime"));
        const auto r2 = run<ReloadList>([&](auto cb) { api.nextPage(r->nextHref(), this, cb); });
        V1_VERIFY_OK(r2);
        QVERIFY(r2->data.isEmpty());
        req = m_server->lastRequest();
        QCOMPARE(q(req, "next"), QStringLiteral("NjViMmYxZTA"));
        QCOMPARE(q(req, "appId"), appId);
    }

    void listAllReloads()
    {
        const QString next =
            m_server->baseUrl().toString() + QStringLiteral("/api/v1/reloads?next=x");
        QJsonObject page = jsonOf(fixture("reload_list.json")).toObject();
        page.insert(
            QStringLiteral("links"),
            QJsonObject{{QStringLiteral("next"), QJsonObject{{QStringLiteral("href"), next}}}});
        m_server->route("GET", QStringLiteral("/api/v1/reloads"),
                        Reply::json(200, json::toBytes(page)));
        page.remove(QStringLiteral("links")); // the last page
        m_server->route("GET", QStringLiteral("/api/v1/reloads"),
                        Reply::json(200, json::toBytes(page)));
        ReloadsApi api(*m_transport);
        ReloadListQuery query;
        query.appId = appId;
        const auto all =
            run<QList<Reload>>([&](auto cb) { api.listAllReloads(query, this, {}, cb); });
        V1_VERIFY_OK(all);
        QCOMPARE(all->size(), 4);
    }

    void createReloadAnswers201()
    {
        m_server->route("POST", QStringLiteral("/api/v1/reloads"),
                        Reply::json(201, fixture("reload.json")));
        ReloadsApi api(*m_transport);
        ReloadCreate body;
        body.appId = appId;
        body.partial = false;
        body.variables =
            ReloadVariables{{ReloadVariable{QStringLiteral("vRegion"), QStringLiteral("EMEA"), {}},
                             ReloadVariable{QStringLiteral("vYear"), QStringLiteral("2024"), {}}},
                            ReloadVariables::Shape::Object};
        const auto r = run<Reload>([&](auto cb) { api.createReload(body, this, cb); });
        V1_VERIFY_OK(r);
        QCOMPARE(r->id, std::optional<QString>(reloadId));
        QCOMPARE(m_server->lastRequest().method, QByteArray("POST"));
        QCOMPARE(jsonOf(m_server->lastRequest().body),
                 jsonOf(fixture("reload_create_object.json")));
    }

    void createReloadRateLimited()
    {
        m_server->enqueue(
            Reply::json(429, R"({"errors":[{"code":"RELOADS-429","title":"Too many requests"}]})")
                .withHeader("Retry-After", "30"));
        ReloadsApi api(*m_transport);
        ReloadCreate body;
        body.appId = appId;
        const auto r = run<Reload>([&](auto cb) { api.createReload(body, this, cb); });
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ApiError::Kind::RateLimited);
        QCOMPARE(r.error().httpStatus, 429);
    }

    void getReloadEncodesTheId()
    {
        m_server->enqueue(Reply::json(200, fixture("reload.json")));
        ReloadsApi api(*m_transport);
        const auto r = run<Reload>([&](auto cb) { api.getReload(oddId, this, cb); });
        V1_VERIFY_OK(r);
        QVERIFY(r->isFinished());
        QCOMPARE(m_server->lastRequest().rawPath, QByteArray("/api/v1/reloads/") + oddIdEncoded);
    }

    void getReloadNotFound()
    {
        m_server->enqueue(Reply::json(
            404,
            R"({"errors":[{"code":"RELOADS-404","title":"Reload not found","status":"404"}]})"));
        ReloadsApi api(*m_transport);
        const auto r = run<Reload>([&](auto cb) { api.getReload(reloadId, this, cb); });
        QVERIFY(!r.ok());
        QCOMPARE(r.error().httpStatus, 404);
        QCOMPARE(r.error().title, QStringLiteral("Reload not found"));
    }

    void cancelReload_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QString>("newStatus");
        QTest::newRow("202 with status")
            << 202 << fixture("reload_cancel_202.json") << true << QStringLiteral("CANCELING");
        QTest::newRow("202 empty") << 202 << QByteArray() << true << QString();
        QTest::newRow("204") << 204 << QByteArray() << false << QString();
    }

    void cancelReload()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(bool, accepted);
        QFETCH(QString, newStatus);
        const QString path =
            QStringLiteral("/api/v1/reloads/") + reloadId + QStringLiteral("/actions/cancel");
        m_server->route("POST", path,
                        status == 204 ? Reply::noContent() : Reply::json(status, body));
        ReloadsApi api(*m_transport);
        const auto r =
            run<CancelReloadResult>([&](auto cb) { api.cancelReload(reloadId, this, cb); });
        V1_VERIFY_OK(r);
        QCOMPARE(r->httpStatus, status);
        QCOMPARE(r->accepted(), accepted);
        QCOMPARE(r->alreadyOver(), status == 204);
        QCOMPARE(r->status ? r->status->raw() : QString(), newStatus);
        QCOMPARE(m_server->lastRequest().method, QByteArray("POST"));
        QCOMPARE(m_server->lastRequest().path, path);
    }

    void cancelReloadConflict()
    {
        m_server->enqueue(Reply::json(
            409,
            R"({"errors":[{"code":"RELOADS-409","title":"Conflict","detail":"The reload has already finished.","status":"409"}]})"));
        ReloadsApi api(*m_transport);
        const auto r =
            run<CancelReloadResult>([&](auto cb) { api.cancelReload(reloadId, this, cb); });
        QVERIFY(!r.ok());
        QCOMPARE(r.error().httpStatus, 409);
        QCOMPARE(r.error().detail, QStringLiteral("The reload has already finished."));
        QCOMPARE(m_server->requestCount(), 1);
    }

    void cancelReloadIsResentAfter503()
    {
        const QString path =
            QStringLiteral("/api/v1/reloads/") + reloadId + QStringLiteral("/actions/cancel");
        m_server->route("POST", path, Reply::json(503, "{}"));
        m_server->route("POST", path, Reply::noContent());
        ReloadsApi api(*m_transport);
        const auto r =
            run<CancelReloadResult>([&](auto cb) { api.cancelReload(reloadId, this, cb); });
        V1_VERIFY_OK(r);
        QCOMPARE(r->httpStatus, 204);
        QCOMPARE(m_server->requestCount(), 2);
    }
};

ODAG_TEST_MAIN(TestV1ReloadsApi)
#include "tst_v1_reloads_api.moc"
