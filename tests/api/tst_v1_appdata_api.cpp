// AppDataApi over real HTTP against ScriptedServer: metadata, lineage, scripts, reload
// logs and media, each in the shapes of seed 003, seed 004 and real tenants.

#include "TestMain.h"
#include "V1ApiTestKit.h"
#include "api/AppDataApi.h"

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

class TestV1AppDataApi : public QObject
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

    // ------------------------------------------------------------ app data

    void dataMetadataReadsBothShapes_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<int>("shape");
        QTest::newRow("snake_case")
            << fixture("app_metadata_snake.json") << int(AppMetadataInfo::Shape::SnakeCase);
        QTest::newRow("camelCase")
            << fixture("app_metadata_camel.json") << int(AppMetadataInfo::Shape::CamelCase);
    }

    void dataMetadataReadsBothShapes()
    {
        QFETCH(QByteArray, answer);
        QFETCH(int, shape);
        m_server->route("GET", appPath + QStringLiteral("/data/metadata"),
                        Reply::json(200, answer));
        AppDataApi api(*m_transport);
        const auto r = run<AppMetadataInfo>([&](auto cb) { api.getDataMetadata(appId, this, cb); });
        V1_VERIFY_OK(r);
        QCOMPARE(int(r->shape), shape);
        QCOMPARE(r->tables.at(0).rows, std::optional<qint64>(1250000));
        QCOMPARE(r->cpuTimeSpentMs, std::optional<qint64>(48211));
    }

    void dataLineage()
    {
        m_server->route("GET", appPath + QStringLiteral("/data/lineage"),
                        Reply::json(200, fixture("app_lineage.json")));
        AppDataApi api(*m_transport);
        const auto r =
            run<AppDataLineageList>([&](auto cb) { api.getDataLineage(appId, this, cb); });
        V1_VERIFY_OK(r);
        QCOMPARE(r->size(), 2);
        QCOMPARE(r->at(1).discriminator,
                 std::optional<QString>(QStringLiteral("RESIDENT Ledger;")));
    }

    void scriptsReadBothShapesAndPage()
    {
        const QString path = appPath + QStringLiteral("/scripts");
        m_server->route("GET", path, Reply::json(200, fixture("app_scripts_array.json")));
        QJsonObject history = jsonOf(fixture("app_scripts_history.json")).toObject();
        const QString next =
            m_server->baseUrl().toString() + path + QStringLiteral("?limit=2&next=66c1d2e3");
        history.insert(
            QStringLiteral("links"),
            QJsonObject{{QStringLiteral("next"), QJsonObject{{QStringLiteral("href"), next}}}});
        m_server->route("GET", path, Reply::json(200, json::toBytes(history)));
        m_server->route("GET", path, Reply::json(200, R"({"scripts":[]})"));
        AppDataApi api(*m_transport);
        const auto seed = run<AppScriptList>([&](auto cb) { api.getScripts(appId, this, cb); });
        V1_VERIFY_OK(seed);
        QVERIFY(!seed->envelope);
        QCOMPARE(seed->scripts.size(), 1);
        const auto real = run<AppScriptList>([&](auto cb) { api.getScripts(appId, this, cb); });
        V1_VERIFY_OK(real);
        QCOMPARE(real->scripts.size(), 2);
        QCOMPARE(real->nextHref(), next);
        const auto more =
            run<AppScriptList>([&](auto cb) { api.nextScriptsPage(real->nextHref(), this, cb); });
        V1_VERIFY_OK(more);
        QVERIFY(more->scripts.isEmpty());
        QCOMPARE(q(m_server->lastRequest(), "next"), QStringLiteral("66c1d2e3"));
    }

    void setScriptReadsAnAnswerOrNone()
    {
        const QString path = appPath + QStringLiteral("/scripts");
        m_server->route(
            "POST", path,
            Reply::json(
                200,
                R"({"id":"66c1d2e3f4a5b6c7d8e9f0a2","script":"LOAD 1 AS x AUTOGENERATE 1;","createdDate":"2024-06-11T09:00:00.000Z"})"));
        m_server->route("POST", path, Reply::json(200, QByteArray()));
        AppDataApi api(*m_transport);
        const auto body = json::decode<AppScriptSet>(fixture("app_script_set.json"));
        ODAG_VERIFY_OK(body);
        const auto seed =
            run<std::optional<AppScript>>([&](auto cb) { api.setScript(appId, *body, this, cb); });
        V1_VERIFY_OK(seed);
        QVERIFY(seed->has_value());
        QCOMPARE((*seed)->versionId(), QStringLiteral("66c1d2e3f4a5b6c7d8e9f0a2"));
        QCOMPARE(m_server->lastRequest().method, QByteArray("POST"));
        QCOMPARE(jsonOf(m_server->lastRequest().body), jsonOf(fixture("app_script_set.json")));
        const auto real =
            run<std::optional<AppScript>>([&](auto cb) { api.setScript(appId, *body, this, cb); });
        V1_VERIFY_OK(real);
        QVERIFY(!real->has_value());
    }

    void reloadLogs()
    {
        m_server->route("GET", appPath + QStringLiteral("/reloads/logs"),
                        Reply::json(200, fixture("reload_logs_envelope.json")));
        m_server->route("GET", appPath + QStringLiteral("/reloads/logs"),
                        Reply::json(200, fixture("reload_logs_array.json")));
        const QByteArray log =
            "ReloadID: 65b2f1e0c9d8a7b6c5d4e3f2\r\nStarted loading data\r\nLedger << ledger_2024 "
            "1.250.000 Lines fetched\r\nÅr: 2024 — klar\r\n";
        m_server->route(
            "GET", appPath + QStringLiteral("/reloads/logs/") + reloadId,
            Reply::json(200, log).withHeader("Content-Type", "text/plain; charset=UTF-8"));
        AppDataApi api(*m_transport);
        const auto real = run<ReloadLogList>([&](auto cb) { api.getReloadLogs(appId, this, cb); });
        V1_VERIFY_OK(real);
        QVERIFY(!real->bareArray);
        const auto seed = run<ReloadLogList>([&](auto cb) { api.getReloadLogs(appId, this, cb); });
        V1_VERIFY_OK(seed);
        QVERIFY(seed->bareArray);
        QCOMPARE(seed->logs.size(), 2);
        const auto text =
            run<QString>([&](auto cb) { api.getReloadLog(appId, reloadId, this, cb); });
        V1_VERIFY_OK(text);
        QCOMPARE(*text, QString::fromUtf8(log));
        QCOMPARE(m_server->lastRequest().header("accept"), QByteArray("text/plain"));
    }

    void mediaFiles()
    {
        AppDataApi api(*m_transport);
        const QByteArray png = binaryBlob(4096);
        m_server->enqueue(Reply::json(200, png).withHeader("Content-Type", "image/png"));
        const auto got = run<QByteArray>([&](auto cb) {
            api.getMediaFile(appId, QStringLiteral("images/logo 1.png"), this, cb);
        });
        V1_VERIFY_OK(got);
        QVERIFY(*got == png);
        QCOMPARE(m_server->lastRequest().method, QByteArray("GET"));
        QCOMPARE(m_server->lastRequest().rawPath,
                 appPath.toUtf8() + "/media/files/images/logo%201.png");

        m_server->enqueue(Reply::json(200, QByteArray()));
        const auto put = run<Empty>([&](auto cb) {
            api.putMediaFile(appId, QStringLiteral("../../x/logo.png"), png, this, cb);
        });
        V1_VERIFY_OK(put);
        QCOMPARE(m_server->lastRequest().method, QByteArray("PUT"));
        QCOMPARE(m_server->lastRequest().rawPath, appPath.toUtf8() + "/media/files/x/logo.png");
        QCOMPARE(m_server->lastRequest().header("content-type"),
                 QByteArray("application/octet-stream"));
        QVERIFY(m_server->lastRequest().body == png);

        m_server->enqueue(Reply::json(200, QByteArray()));
        const auto del = run<Empty>(
            [&](auto cb) { api.deleteMediaFile(appId, QStringLiteral("images"), this, cb); });
        V1_VERIFY_OK(del);
        QCOMPARE(m_server->lastRequest().method, QByteArray("DELETE"));
        QCOMPARE(m_server->lastRequest().rawPath, appPath.toUtf8() + "/media/files/images");

        m_server->enqueue(Reply::json(404, QByteArray()));
        const auto missing = run<QByteArray>(
            [&](auto cb) { api.getMediaFile(appId, QStringLiteral("nope.png"), this, cb); });
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().httpStatus, 404);
    }

    void mediaListAndThumbnail()
    {
        AppDataApi api(*m_transport);
        m_server->enqueue(Reply::json(200, fixture("media_list_array.json")));
        const auto root = run<AppMediaList>(
            [&](auto cb) { api.listMedia(appId, QString(), QStringLiteral("a"), this, cb); });
        V1_VERIFY_OK(root);
        QCOMPARE(root->names().size(), 3);
        QCOMPARE(m_server->lastRequest().rawPath, appPath.toUtf8() + "/media/list/");
        QCOMPARE(q(m_server->lastRequest(), "show"), QStringLiteral("a"));

        m_server->enqueue(Reply::json(200, fixture("media_list_envelope.json")));
        const auto sub = run<AppMediaList>([&](auto cb) {
            api.listMedia(appId, QStringLiteral("images"), std::nullopt, this, cb);
        });
        V1_VERIFY_OK(sub);
        QCOMPARE(sub->items.at(0).type, std::optional<QString>(QStringLiteral("image")));
        QCOMPARE(m_server->lastRequest().rawPath, appPath.toUtf8() + "/media/list/images");
        QVERIFY(m_server->lastRequest().query.isEmpty());

        const QByteArray jpeg = binaryBlob(777);
        m_server->route("GET", appPath + QStringLiteral("/media/thumbnail"),
                        Reply::json(200, jpeg).withHeader("Content-Type", "image/jpeg"));
        const auto thumb = run<QByteArray>([&](auto cb) { api.getThumbnail(appId, this, cb); });
        V1_VERIFY_OK(thumb);
        QVERIFY(*thumb == jpeg);
    }
};

ODAG_TEST_MAIN(TestV1AppDataApi)
#include "tst_v1_appdata_api.moc"
