// The sandbox's simple resources over real HTTP: ODAG settings (admins only, durable),
// engine health and sessions, users and faults from files, and cursor-paged lists.

#include "sandbox/PagedList.h"
#include "sandbox/SandboxServer.h"

#include "SandboxTestClient.h"
#include "TestMain.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QUrlQuery>

using namespace odag::sandbox;

namespace {

const QByteArray kXrf = QByteArrayLiteral("abcdefghij012345");

} // namespace

class TestSandboxResources : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<TestClient> m_client;
    QTemporaryDir m_dir;

    void startServer(SandboxOptions options = {})
    {
        m_client.reset();
        m_server.reset();
        if (options.dataDir.isEmpty())
            options.dataDir = m_dir.path();
        m_server = std::make_unique<SandboxServer>(options);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        m_client = std::make_unique<TestClient>(m_server->baseUrl());
    }

private Q_SLOTS:
    void init() { startServer(); }
    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }
    void settingsForAdminsOnly()
    {
        m_client->setApiKey(analystKey());
        TestReply r = m_client->get(QStringLiteral("/api/analytics/odag-settings"));
        QCOMPARE(r.status, 403);
        QCOMPARE(r.firstError()
                     .value(QStringLiteral("meta"))
                     .toObject()
                     .value(QStringLiteral("statusCode"))
                     .toInt(),
                 403);
        r = m_client->put(QStringLiteral("/api/analytics/odag-settings"),
                          "{\"odagEnabled\":false}");
        QCOMPARE(r.status, 403);

        m_client->setApiKey(adminKey());
        r = m_client->get(QStringLiteral("/api/analytics/odag-settings"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object(), QJsonObject({{QStringLiteral("odagEnabled"), true},
                                          {QStringLiteral("dynamicViewEnabled"), true}}));
        r = m_client->put(QStringLiteral("/api/analytics/odag-settings"),
                          "{\"dynamicViewEnabled\":false,\"other\":1}");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object(), QJsonObject({{QStringLiteral("odagEnabled"), true},
                                          {QStringLiteral("dynamicViewEnabled"), false}}));
        QCOMPARE(m_client->get(QStringLiteral("/api/analytics/odag-settings")).object(),
                 r.object());
    }

    void settingsSurviveARestart()
    {
        m_client->setApiKey(adminKey());
        QCOMPARE(
            m_client->put(QStringLiteral("/api/analytics/odag-settings"), "{\"odagEnabled\":false}")
                .status,
            200);
        startServer(); // same data directory
        m_client->setApiKey(adminKey());
        const TestReply r = m_client->get(QStringLiteral("/api/analytics/odag-settings"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(QStringLiteral("odagEnabled")), QJsonValue(false));
    }

    void engineHealthAndSessions()
    {
        m_client->setApiKey(analystKey());
        TestReply r = m_client->get(QStringLiteral("/engine/healthcheck"));
        QCOMPARE(r.status, 200);
        const QJsonObject h = r.object();
        for (const char *key :
             {"version", "started", "mem", "cpu", "session", "apps", "users", "cache", "saturated"})
            QVERIFY2(h.contains(QLatin1StringView(key)), key);
        QVERIFY(QDateTime::fromString(h.value(QStringLiteral("started")).toString(), Qt::ISODate)
                    .isValid());
        QCOMPARE(h.value(QStringLiteral("users")).toObject().value(QStringLiteral("total")).toInt(),
                 4);
        QCOMPARE(
            h.value(QStringLiteral("session")).toObject().value(QStringLiteral("active")).toInt(),
            1);
#ifdef Q_OS_LINUX
        QVERIFY(h.value(QStringLiteral("mem"))
                    .toObject()
                    .value(QStringLiteral("allocated"))
                    .toDouble() > 0);
#endif
        m_client->setApiKey(adminKey());
        r = m_client->get(QStringLiteral("/engine/sessions"));
        QCOMPARE(r.status, 200);
        const QJsonArray sessions = r.array();
        QCOMPARE(sessions.size(), 2);
        QStringList users;
        for (const QJsonValue &s : sessions) {
            const QJsonObject o = s.toObject();
            users.append(o.value(QStringLiteral("userid")).toString());
            QCOMPARE(o.value(QStringLiteral("state")).toString(), QStringLiteral("active"));
            QCOMPARE(o.value(QStringLiteral("appid")).toString(), QString());
            QCOMPARE(o.value(QStringLiteral("tenantid")).toString(),
                     QString::fromLatin1(kTenantId));
            QVERIFY(!o.value(QStringLiteral("sessionid"))
                         .toString()
                         .contains(QString::fromLatin1(adminKey())));
        }
        users.sort();
        QCOMPARE(users, QStringList({QString::fromLatin1(demo::kAdminId),
                                     QString::fromLatin1(demo::kAnalystId)}));
    }

    void usersFromAFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("users.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[{\"id\":\"u1\",\"name\":\"Only Admin\",\"apiKey\":\"file-key\",\"admin\":true}]");
        f.close();
        SandboxOptions options;
        options.usersFile = path;
        startServer(options);
        m_client->setApiKey("file-key");
        QCOMPARE(m_client->get(QStringLiteral("/api/analytics/odag-settings")).status, 200);
        m_client->setApiKey(adminKey()); // the demo users are not there
        QCOMPARE(m_client->get(QStringLiteral("/api/analytics/odag-settings")).status, 401);

        SandboxOptions broken;
        broken.usersFile = m_dir.filePath(QStringLiteral("missing.json"));
        SandboxServer server(broken);
        QVERIFY(!server.start());
        QVERIFY(server.errorString().contains(QStringLiteral("missing.json")));
    }

    void usersFileFromTestData()
    {
        SandboxOptions options;
        options.usersFile = QStringLiteral(ODAG_TEST_DATA_DIR "/sandbox/users.json");
        startServer(options);
        m_client->setApiKey("file-author-key-8e02");
        QCOMPARE(m_client->get(QStringLiteral("/api/analytics/odag-settings")).status, 403);
        m_client->setApiKey("file-admin-key-31c7");
        QCOMPARE(m_client->get(QStringLiteral("/api/analytics/odag-settings")).status, 200);
        m_client->setApiKey({});
        const TestReply r = m_client->call(
            "GET", QStringLiteral("/api/odag/v1/about?xrfkey=") + QString::fromLatin1(kXrf), {},
            {{"X-Qlik-Xrfkey", kXrf}, {"X-Qlik-User", "UserDirectory=CORP; UserId=lweber"}});
        QCOMPARE(r.status, 200);
    }

    void faultsFromTestData()
    {
        SandboxOptions options;
        options.faults = QStringLiteral("@" ODAG_TEST_DATA_DIR "/sandbox/faults.json");
        startServer(options);
        m_client->setApiKey(adminKey());
        TestReply r = m_client->get(QStringLiteral("/engine/healthcheck"));
        QCOMPARE(r.status, 503);
        QCOMPARE(r.header("Retry-After"), QByteArray("2"));
        QCOMPARE(m_client->get(QStringLiteral("/engine/healthcheck")).status, 200); // times: 1
        r = m_client->get(QStringLiteral("/api/analytics/odag-settings/canupdate"));
        QCOMPARE(r.status, 200);
        QVERIFY(r.elapsedMs >= 150);
    }

    void pagedListsFollowTheirLinks()
    {
        for (int i = 0; i < 5; ++i) {
            QVERIFY(m_server->store().put(
                QStringLiteral("things"), QStringLiteral("t%1").arg(i),
                QJsonObject{{QStringLiteral("id"), QStringLiteral("t%1").arg(i)},
                            {QStringLiteral("name"), QStringLiteral("Thing %1").arg(4 - i)}}));
        }
        m_server->router().get(QStringLiteral("/api/v1/things"), {},
                               [this](const SandboxRequest &req) {
                                   ListQuery query;
                                   query.collection = QStringLiteral("things");
                                   query.setSort(req.queryValue(QStringLiteral("sort")));
                                   return pagedList(req, m_server->store(), query, {2, 100, {}});
                               });
        m_client->setApiKey(analystKey());
        QStringList seen;
        QString href = m_server->baseUrl().toString() + QStringLiteral("/api/v1/things?sort=name");
        QString lastPage;
        int pages = 0;
        while (!href.isEmpty() && pages < 10) {
            const TestReply r = m_client->call("GET", href);
            QCOMPARE(r.status, 200);
            const QJsonObject body = r.object();
            QCOMPARE(body.value(QStringLiteral("meta"))
                         .toObject()
                         .value(QStringLiteral("count"))
                         .toInt(),
                     5);
            for (const QJsonValue &v : body.value(QStringLiteral("data")).toArray())
                seen.append(v.toObject().value(QStringLiteral("id")).toString());
            const QJsonObject links = body.value(QStringLiteral("links")).toObject();
            QVERIFY(QUrl(links.value(QStringLiteral("self"))
                             .toObject()
                             .value(QStringLiteral("href"))
                             .toString())
                        .isValid());
            lastPage = href;
            href = links.value(QStringLiteral("next"))
                       .toObject()
                       .value(QStringLiteral("href"))
                       .toString();
            if (!href.isEmpty()) {
                QCOMPARE(QUrl(href).port(), int(m_server->port()));
                QCOMPARE(QUrlQuery(QUrl(href)).queryItemValue(QStringLiteral("sort")),
                         QStringLiteral("name"));
            }
            ++pages;
        }
        QCOMPARE(pages, 3);
        QCOMPARE(seen,
                 QStringList({QStringLiteral("t4"), QStringLiteral("t3"), QStringLiteral("t2"),
                              QStringLiteral("t1"), QStringLiteral("t0")}));
        // And back from the last page.
        const QJsonObject last = m_client->call("GET", lastPage).object();
        const QString prev = last.value(QStringLiteral("links"))
                                 .toObject()
                                 .value(QStringLiteral("prev"))
                                 .toObject()
                                 .value(QStringLiteral("href"))
                                 .toString();
        const QJsonArray back =
            m_client->call("GET", prev).object().value(QStringLiteral("data")).toArray();
        QCOMPARE(back.size(), 2);
        QCOMPARE(back.at(0).toObject().value(QStringLiteral("id")).toString(),
                 QStringLiteral("t2"));

        QCOMPARE(m_client->get(QStringLiteral("/api/v1/things?limit=0")).status, 400);
        QCOMPARE(m_client->get(QStringLiteral("/api/v1/things?next=garbage")).status, 400);
    }
};

ODAG_TEST_MAIN(TestSandboxResources)
#include "tst_sandbox_resources.moc"
