// AppsApi over real HTTP against ScriptedServer: every operation's method, path, query
// and body, both app answer shapes, export download and import upload byte for byte,
// and the retry decision for republish.

#include "TestMain.h"
#include "V1ApiTestKit.h"
#include "api/AppsApi.h"

#include <QBuffer>

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

class TestV1AppsApi : public QObject
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

    // ------------------------------------------------------------ apps

    void privileges()
    {
        m_server->route("GET", QStringLiteral("/api/v1/apps"),
                        Reply::json(200, fixture("apps_privileges.json")));
        m_server->route("GET", QStringLiteral("/api/v1/apps/privileges"),
                        Reply::json(200, R"(["can_create_app"])"));
        AppsApi api(*m_transport);
        const auto seed = run<QStringList>([&](auto cb) { api.getAppsPrivileges(this, cb); });
        V1_VERIFY_OK(seed);
        QCOMPARE(seed->size(), 3);
        QCOMPARE(m_server->lastRequest().path, QStringLiteral("/api/v1/apps"));
        const auto engine = run<QStringList>([&](auto cb) { api.getUserPrivileges(this, cb); });
        V1_VERIFY_OK(engine);
        QCOMPARE(*engine, QStringList{QStringLiteral("can_create_app")});
        QCOMPARE(m_server->lastRequest().path, QStringLiteral("/api/v1/apps/privileges"));
    }

    void createAppSendsTheNxShapeAndReadsEitherAnswer_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<int>("shape");
        QTest::newRow("NxApp") << fixture("nx_app.json") << int(AppInfo::Shape::NxApp);
        QTest::newRow("flat") << fixture("app_attributes.json") << int(AppInfo::Shape::Flat);
    }

    void createAppSendsTheNxShapeAndReadsEitherAnswer()
    {
        QFETCH(QByteArray, answer);
        QFETCH(int, shape);
        m_server->route("POST", QStringLiteral("/api/v1/apps"), Reply::json(200, answer));
        AppsApi api(*m_transport);
        const CreateApp body =
            CreateApp::make(QStringLiteral("P&L Template"), QStringLiteral("Monthly P&L"),
                            QStringLiteral("62716f4b39b865ece543cd45"));
        const auto r = run<AppInfo>([&](auto cb) { api.createApp(body, this, cb); });
        V1_VERIFY_OK(r);
        QCOMPARE(int(r->shape), shape);
        QCOMPARE(r->id, appId);
        QCOMPARE(r->spaceId, QStringLiteral("62716f4b39b865ece543cd45"));
        const auto req = m_server->lastRequest();
        QCOMPARE(req.method, QByteArray("POST"));
        QCOMPARE(jsonOf(req.body),
                 QJsonValue(QJsonObject{
                     {QStringLiteral("attributes"),
                      QJsonObject{{QStringLiteral("name"), QStringLiteral("P&L Template")},
                                  {QStringLiteral("description"), QStringLiteral("Monthly P&L")},
                                  {QStringLiteral("spaceId"),
                                   QStringLiteral("62716f4b39b865ece543cd45")}}}}));
    }

    void getUpdateDeleteCopyApp()
    {
        AppsApi api(*m_transport);
        m_server->enqueue(Reply::json(200, fixture("nx_app.json")));
        const auto got = run<AppInfo>([&](auto cb) { api.getApp(oddId, this, cb); });
        V1_VERIFY_OK(got);
        QVERIFY(got->can(QStringLiteral("change_space")));
        QCOMPARE(m_server->lastRequest().method, QByteArray("GET"));
        QCOMPARE(m_server->lastRequest().rawPath, QByteArray("/api/v1/apps/") + oddIdEncoded);

        m_server->enqueue(Reply::json(200, fixture("nx_app.json")));
        UpdateApp update;
        update.attributes =
            UpdateAppAttributes{QStringLiteral("P&L Template v2"),
                                QStringLiteral("Monthly P&L by cost centre and region"),
                                {}};
        const auto updated = run<AppInfo>([&](auto cb) { api.updateApp(oddId, update, this, cb); });
        V1_VERIFY_OK(updated);
        QCOMPARE(m_server->lastRequest().method, QByteArray("PUT"));
        QCOMPARE(m_server->lastRequest().rawPath, QByteArray("/api/v1/apps/") + oddIdEncoded);
        QCOMPARE(jsonOf(m_server->lastRequest().body), jsonOf(fixture("update_app.json")));

        m_server->enqueue(Reply::json(200, QByteArray()));
        const auto deleted = run<Empty>([&](auto cb) { api.deleteApp(oddId, this, cb); });
        V1_VERIFY_OK(deleted);
        QCOMPARE(m_server->lastRequest().method, QByteArray("DELETE"));
        QCOMPARE(m_server->lastRequest().rawPath, QByteArray("/api/v1/apps/") + oddIdEncoded);

        m_server->enqueue(Reply::json(200, fixture("app_attributes.json")));
        const auto copy = run<AppInfo>([&](auto cb) {
            api.copyApp(oddId,
                        CreateApp::make(QStringLiteral("P&L Template (copy)"), std::nullopt,
                                        QStringLiteral("6273a9c1f0e2d34b5a6c7d8e")),
                        this, cb);
        });
        V1_VERIFY_OK(copy);
        QCOMPARE(copy->shape, AppInfo::Shape::Flat);
        QCOMPARE(m_server->lastRequest().method, QByteArray("POST"));
        QCOMPARE(m_server->lastRequest().rawPath,
                 QByteArray("/api/v1/apps/") + oddIdEncoded + "/copy");
        QCOMPARE(jsonOf(m_server->lastRequest().body)
                     .toObject()
                     .value(QStringLiteral("attributes"))
                     .toObject()
                     .value(QStringLiteral("spaceId"))
                     .toString(),
                 QStringLiteral("6273a9c1f0e2d34b5a6c7d8e"));
    }

    void getAppForbidden()
    {
        m_server->enqueue(Reply::json(
            403,
            R"({"errors":[{"code":"APPS-403","title":"Forbidden","detail":"No access to the app","status":"403"}],"traceId":"abc123"})"));
        AppsApi api(*m_transport);
        const auto r = run<AppInfo>([&](auto cb) { api.getApp(appId, this, cb); });
        QVERIFY(!r.ok());
        QCOMPARE(r.error().httpStatus, 403);
        QCOMPARE(r.error().code, QStringLiteral("APPS-403"));
        QCOMPARE(r.error().detail, QStringLiteral("No access to the app"));
        QCOMPARE(r.error().traceId, QStringLiteral("abc123"));
    }

    void exportReadsTheLocationHeader()
    {
        m_server->route(
            "POST", appPath + QStringLiteral("/export"),
            Reply::json(201, QByteArray())
                .withHeader("Location", "/api/v1/temp-contents/6661a2b3c4d5e6f7a8b9c0d1"));
        AppsApi api(*m_transport);
        const auto r = run<QString>([&](auto cb) { api.exportApp(appId, {}, this, cb); });
        V1_VERIFY_OK(r);
        QCOMPARE(*r, QStringLiteral("/api/v1/temp-contents/6661a2b3c4d5e6f7a8b9c0d1"));
        QVERIFY(m_server->lastRequest().body.isEmpty());
        QVERIFY(m_server->lastRequest().query.isEmpty());
    }

    void exportReadsTheSeedBodyAndSendsNoData()
    {
        m_server->route("POST", appPath + QStringLiteral("/export"),
                        Reply::json(200, fixture("app_export_answer.json")));
        AppsApi api(*m_transport);
        AppExportOptions options;
        options.noData = true;
        const auto r = run<QString>([&](auto cb) { api.exportApp(appId, options, this, cb); });
        V1_VERIFY_OK(r);
        QCOMPARE(*r, QStringLiteral("/api/v1/temp-contents/6661a2b3c4d5e6f7a8b9c0d1?inline=1"));
        const auto req = m_server->lastRequest();
        QCOMPARE(req.method, QByteArray("POST"));
        QCOMPARE(jsonOf(req.body), jsonOf(fixture("app_export_request.json")));
        QCOMPARE(q(req, "NoData"), QStringLiteral("true"));
    }

    void exportWithoutALocationIsADecodeError()
    {
        m_server->enqueue(Reply::json(200, "{}"));
        AppsApi api(*m_transport);
        const auto r = run<QString>([&](auto cb) { api.exportApp(appId, {}, this, cb); });
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ApiError::Kind::Decode);
    }

    void exportThenDownloadKeepsTheBytes_data()
    {
        QTest::addColumn<bool>("absolute");
        QTest::newRow("relative location") << false;
        QTest::newRow("absolute location") << true;
    }

    void exportThenDownloadKeepsTheBytes()
    {
        QFETCH(bool, absolute);
        const QByteArray qvf = binaryBlob(3 * 1024 * 1024 + 17);
        const QString tempPath = QStringLiteral("/api/v1/temp-contents/6661a2b3c4d5e6f7a8b9c0d1");
        const QString location = absolute ? m_server->baseUrl().toString() + tempPath : tempPath;
        m_server->route("POST", appPath + QStringLiteral("/export"),
                        Reply::json(201, QByteArray()).withHeader("Location", location.toUtf8()));
        m_server->route(
            "GET", tempPath,
            Reply::json(200, qvf).withHeader("Content-Type", "application/octet-stream"));
        AppsApi api(*m_transport);
        const auto where = run<QString>([&](auto cb) { api.exportApp(appId, {}, this, cb); });
        V1_VERIFY_OK(where);
        QBuffer sink;
        QVERIFY(sink.open(QIODevice::WriteOnly));
        const auto r = run<Empty>([&](auto cb) { api.download(*where, &sink, this, cb); });
        V1_VERIFY_OK(r);
        QCOMPARE(sink.data().size(), qvf.size());
        QVERIFY(sink.data() == qvf);
        QCOMPARE(m_server->lastRequest().method, QByteArray("GET"));
        QCOMPARE(m_server->lastRequest().path, tempPath);
    }

    void downloadNotFound()
    {
        m_server->enqueue(
            Reply::json(404, R"({"errors":[{"code":"TEMP-404","title":"Not found"}]})"));
        AppsApi api(*m_transport);
        QBuffer sink;
        QVERIFY(sink.open(QIODevice::WriteOnly));
        const auto r = run<Empty>([&](auto cb) {
            api.download(QStringLiteral("/api/v1/temp-contents/x"), &sink, this, cb);
        });
        QVERIFY(!r.ok());
        QCOMPARE(r.error().httpStatus, 404);
        QVERIFY(sink.data().isEmpty());
    }

    void importUploadsTheFile()
    {
        const QByteArray qvf = binaryBlob(2 * 1024 * 1024 + 5);
        m_server->route("POST", QStringLiteral("/api/v1/apps/import"),
                        Reply::json(200, fixture("nx_app.json")));
        AppsApi api(*m_transport);
        QBuffer file;
        file.setData(qvf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        AppImportQuery query;
        query.name = QStringLiteral("P&L Template");
        query.spaceId = QStringLiteral("62716f4b39b865ece543cd45");
        query.mode = QStringLiteral("new");
        query.noData = false;
        const auto r = run<AppInfo>([&](auto cb) { api.importApp(&file, query, this, cb); });
        V1_VERIFY_OK(r);
        QCOMPARE(r->id, appId);
        const auto req = m_server->lastRequest();
        QCOMPARE(req.method, QByteArray("POST"));
        QCOMPARE(req.header("content-type"), QByteArray("application/octet-stream"));
        QCOMPARE(req.body.size(), qvf.size());
        QVERIFY(req.body == qvf);
        QCOMPARE(q(req, "name"), QStringLiteral("P&L Template"));
        QCOMPARE(q(req, "spaceId"), QStringLiteral("62716f4b39b865ece543cd45"));
        QCOMPARE(q(req, "mode"), QStringLiteral("new"));
        QCOMPARE(q(req, "NoData"), QStringLiteral("false"));
    }

    void publishRepublishUnpublish()
    {
        AppsApi api(*m_transport);
        m_server->route("POST", appPath + QStringLiteral("/publish"),
                        Reply::json(200, fixture("nx_app.json")));
        AppPublish publish;
        publish.spaceId = QStringLiteral("62716f4b39b865ece543cd45");
        publish.data = QStringLiteral("source");
        publish.attributes =
            UpdateAppAttributes{QStringLiteral("P&L"), QStringLiteral("Published P&L"), {}};
        publish.moveApp = false;
        publish.originAppId = QStringLiteral("0a9b8c7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d");
        const auto p = run<AppInfo>([&](auto cb) { api.publishApp(appId, publish, this, cb); });
        V1_VERIFY_OK(p);
        QCOMPARE(m_server->lastRequest().method, QByteArray("POST"));
        QCOMPARE(jsonOf(m_server->lastRequest().body), jsonOf(fixture("app_publish.json")));

        m_server->route("PUT", appPath + QStringLiteral("/publish"),
                        Reply::json(200, fixture("app_attributes.json")));
        const auto republishBody = json::decode<AppRepublish>(fixture("app_republish.json"));
        ODAG_VERIFY_OK(republishBody);
        const auto rp =
            run<AppInfo>([&](auto cb) { api.republishApp(appId, *republishBody, this, cb); });
        V1_VERIFY_OK(rp);
        QCOMPARE(m_server->lastRequest().method, QByteArray("PUT"));
        QCOMPARE(m_server->lastRequest().path, appPath + QStringLiteral("/publish"));
        QCOMPARE(jsonOf(m_server->lastRequest().body), jsonOf(fixture("app_republish.json")));

        m_server->route("PUT", appPath + QStringLiteral("/unpublish"),
                        Reply::json(200, fixture("nx_app.json")));
        const auto up = run<AppInfo>([&](auto cb) { api.unpublishApp(appId, this, cb); });
        V1_VERIFY_OK(up);
        QCOMPARE(m_server->lastRequest().method, QByteArray("PUT"));
        QCOMPARE(m_server->lastRequest().path, appPath + QStringLiteral("/unpublish"));
    }

    void republishIsNotResentAfter503()
    {
        m_server->route("PUT", appPath + QStringLiteral("/publish"), Reply::json(503, "{}"));
        m_server->route("PUT", appPath + QStringLiteral("/publish"),
                        Reply::json(200, fixture("nx_app.json")));
        AppsApi api(*m_transport);
        const auto r =
            run<AppInfo>([&](auto cb) { api.republishApp(appId, AppRepublish{}, this, cb); });
        QVERIFY(!r.ok());
        QCOMPARE(m_server->requestCount(), 1);
    }

    void ownerAndSpace()
    {
        AppsApi api(*m_transport);
        m_server->route("PUT", appPath + QStringLiteral("/owner"),
                        Reply::json(200, fixture("nx_app.json")));
        const auto owner = run<AppInfo>([&](auto cb) {
            api.changeOwner(appId, QStringLiteral("60a1f3c2e4b5d6a7b8c9d0e1"), this, cb);
        });
        V1_VERIFY_OK(owner);
        QCOMPARE(m_server->lastRequest().method, QByteArray("PUT"));
        QCOMPARE(jsonOf(m_server->lastRequest().body), jsonOf(fixture("app_owner.json")));

        m_server->route("PUT", appPath + QStringLiteral("/space"),
                        Reply::json(200, fixture("app_attributes.json")));
        const auto moved = run<AppInfo>([&](auto cb) {
            api.moveToSpace(appId, QStringLiteral("62716f4b39b865ece543cd45"), this, cb);
        });
        V1_VERIFY_OK(moved);
        QCOMPARE(moved->spaceId, QStringLiteral("62716f4b39b865ece543cd45"));
        QCOMPARE(m_server->lastRequest().method, QByteArray("PUT"));
        QCOMPARE(jsonOf(m_server->lastRequest().body), jsonOf(fixture("app_space.json")));

        m_server->route(
            "DELETE", appPath + QStringLiteral("/space"),
            Reply::json(
                200,
                R"({"attributes":{"id":"f2b4c6d8-1a3e-4f5b-9c7d-2e4f6a8b0c1d","name":"P&L"},"privileges":["read"]})"));
        const auto removed = run<AppInfo>([&](auto cb) { api.removeFromSpace(appId, this, cb); });
        V1_VERIFY_OK(removed);
        QVERIFY(removed->spaceId.isEmpty());
        QCOMPARE(m_server->lastRequest().method, QByteArray("DELETE"));
        QCOMPARE(m_server->lastRequest().path, appPath + QStringLiteral("/space"));
    }
};

ODAG_TEST_MAIN(TestV1AppsApi)
#include "tst_v1_apps_api.moc"
