// The sandbox over real HTTP: authentication in each API area, error shapes, 404/405,
// body limits, JSON bodies, rate limits and statistics.

#include "sandbox/SandboxServer.h"

#include "SandboxTestClient.h"
#include "TestMain.h"

#include <QJsonArray>
#include <QTemporaryDir>

using namespace odag::sandbox;

namespace {

// A body shape for the decodeBody test route.
struct Widget
{
    QString name;
    QList<int> sizes;
    QJsonObject extra;

    template <class V> static void fields(V &v)
    {
        v("name", &Widget::name);
        v("sizes", &Widget::sizes);
    }
};

const QByteArray kXrf = QByteArrayLiteral("abcdefghij012345");

} // namespace

class TestSandboxServer : public QObject
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
        QVERIFY(m_server->port() != 0);
        m_client = std::make_unique<TestClient>(m_server->baseUrl());
    }

private Q_SLOTS:
    void init() { startServer(); }
    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void listensOnLoopback()
    {
        QCOMPARE(m_server->baseUrl().host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(m_server->baseUrl().port(), int(m_server->port()));
        QVERIFY(m_server->isListening());
        const TestReply r = m_client->get(QStringLiteral("/engine/health"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray("{}"));
        QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));
    }

    void refusesMissingAndBadKeys_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<bool>("errorV2");
        const QString odag = QStringLiteral("/api/analytics/odag-settings/canupdate");
        const QString v1 = QStringLiteral("/api/v1/spaces");
        QTest::newRow("odag, no key") << odag << QByteArray() << true;
        QTest::newRow("odag, bad key") << odag << QByteArray("Bearer nope") << true;
        QTest::newRow("odag, basic") << odag << QByteArray("Basic dXNlcjpwYXNz") << true;
        QTest::newRow("v1, no key") << v1 << QByteArray() << false;
        QTest::newRow("v1, bad key") << v1 << QByteArray("Bearer nope") << false;
        QTest::newRow("engine") << QStringLiteral("/engine/sessions") << QByteArray() << false;
        QTest::newRow("control") << QStringLiteral("/sandbox/stats") << QByteArray() << false;
    }

    void refusesMissingAndBadKeys()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, authorization);
        QFETCH(bool, errorV2);
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!authorization.isEmpty())
            headers.append({"Authorization", authorization});
        const TestReply r = m_client->call("GET", path, {}, headers);
        QCOMPARE(r.status, 401);
        const QJsonObject error = r.firstError();
        QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("HTTP-401"));
        QVERIFY(!error.value(QStringLiteral("detail")).toString().isEmpty());
        QCOMPARE(r.object().value(QStringLiteral("traceId")).toString().size(), 32);
        if (errorV2) {
            QCOMPARE(error.value(QStringLiteral("meta"))
                         .toObject()
                         .value(QStringLiteral("statusCode"))
                         .toInt(),
                     401);
            QVERIFY(!error.contains(QStringLiteral("status")));
        } else {
            QCOMPARE(error.value(QStringLiteral("status")).toString(), QStringLiteral("401"));
        }
    }

    void acceptsAValidKey()
    {
        m_client->setApiKey(analystKey());
        const TestReply r = m_client->get(QStringLiteral("/api/analytics/odag-settings/canupdate"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object(), QJsonObject({{QStringLiteral("canUpdateSettings"), false}}));
        m_client->setApiKey(adminKey());
        QCOMPARE(m_client->get(QStringLiteral("/api/analytics/odag-settings/canupdate"))
                     .object()
                     .value(QStringLiteral("canUpdateSettings")),
                 QJsonValue(true));
    }

    void freshTraceIdPerError()
    {
        const TestReply a = m_client->get(QStringLiteral("/api/analytics/odag-settings"));
        const TestReply b = m_client->get(QStringLiteral("/api/analytics/odag-settings"));
        QVERIFY(a.object().value(QStringLiteral("traceId")) !=
                b.object().value(QStringLiteral("traceId")));
    }

    void qseXrfkeyChecks_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QByteArray>("headerKey");
        QTest::addColumn<QByteArray>("qlikUser");
        QTest::addColumn<int>("status");
        const QByteArray maria = QByteArrayLiteral("UserDirectory=SANDBOX; UserId=mkeller");
        const QString q = QStringLiteral("?xrfkey=") + QString::fromLatin1(kXrf);
        QTest::newRow("missing header") << q << QByteArray() << maria << 400;
        QTest::newRow("missing query") << QString() << kXrf << maria << 400;
        QTest::newRow("mismatch") << q << QByteArray("abcdefghij012399") << maria << 400;
        QTest::newRow("wrong length")
            << QStringLiteral("?xrfkey=short") << QByteArray("short") << maria << 400;
        QTest::newRow("accepted") << q << kXrf << maria << 200;
        QTest::newRow("query name in any case")
            << QStringLiteral("?Xrfkey=") + QString::fromLatin1(kXrf) << kXrf << maria << 200;
        QTest::newRow("no user") << q << kXrf << QByteArray() << 401;
        QTest::newRow("unknown user")
            << q << kXrf << QByteArray("UserDirectory=SANDBOX; UserId=nobody") << 401;
        QTest::newRow("user by cloud id")
            << q << kXrf << QByteArray("UserId=") + QByteArray(demo::kAnalystId) << 200;
    }

    void qseXrfkeyChecks()
    {
        QFETCH(QString, query);
        QFETCH(QByteArray, headerKey);
        QFETCH(QByteArray, qlikUser);
        QFETCH(int, status);
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!headerKey.isEmpty())
            headers.append({"X-Qlik-Xrfkey", headerKey});
        if (!qlikUser.isEmpty())
            headers.append({"X-Qlik-User", qlikUser});
        const TestReply r =
            m_client->call("GET", QStringLiteral("/api/odag/v1/about") + query, {}, headers);
        QCOMPARE(r.status, status);
        if (status == 200) {
            QCOMPARE(r.object().value(QStringLiteral("stabilityIndex")).toString(),
                     QStringLiteral("stable"));
        } else {
            // Qlik Sense Enterprise errors are {message}.
            QVERIFY(!r.object().value(QStringLiteral("message")).toString().isEmpty());
            QVERIFY(!r.object().contains(QStringLiteral("errors")));
        }
    }

    void qseAcceptsABearerKeyToo()
    {
        m_client->setApiKey(analystKey());
        const TestReply r = m_client->call(
            "GET", QStringLiteral("/api/odag/v1/about?xrfkey=") + QString::fromLatin1(kXrf), {},
            {{"X-Qlik-Xrfkey", kXrf}});
        QCOMPARE(r.status, 200);
    }

    void unknownPathIs404Json()
    {
        m_client->setApiKey(adminKey());
        TestReply r = m_client->get(QStringLiteral("/api/v1/no-such-thing"));
        QCOMPARE(r.status, 404);
        QCOMPARE(r.firstError().value(QStringLiteral("status")).toString(), QStringLiteral("404"));
        r = m_client->get(QStringLiteral("/api/analytics/odag-nothing"));
        QCOMPARE(r.status, 404);
        QCOMPARE(r.firstError()
                     .value(QStringLiteral("meta"))
                     .toObject()
                     .value(QStringLiteral("statusCode"))
                     .toInt(),
                 404);
        r = m_client->call(
            "GET", QStringLiteral("/api/odag/v1/nothing?xrfkey=") + QString::fromLatin1(kXrf), {},
            {{"X-Qlik-Xrfkey", kXrf}});
        QCOMPARE(r.status, 404);
        QVERIFY(r.object().contains(QStringLiteral("message")));
        // Outside the API areas no key is needed to learn that nothing is there.
        m_client->setApiKey({});
        r = m_client->get(QStringLiteral("/favicon.ico"));
        QCOMPARE(r.status, 404);
        QVERIFY(r.isJson());
    }

    void wrongMethodIs405WithAllow()
    {
        m_client->setApiKey(adminKey());
        const TestReply r =
            m_client->call("DELETE", QStringLiteral("/api/analytics/odag-settings"));
        QCOMPARE(r.status, 405);
        QCOMPARE(r.header("Allow"), QByteArray("GET, PUT"));
        QCOMPARE(r.firstError()
                     .value(QStringLiteral("meta"))
                     .toObject()
                     .value(QStringLiteral("statusCode"))
                     .toInt(),
                 405);
        const TestReply p = m_client->call("POST", QStringLiteral("/engine/health"), "{}");
        QCOMPARE(p.status, 405);
        QCOMPARE(p.header("Allow"), QByteArray("GET"));
    }

    void oversizedBodyIs413()
    {
        SandboxOptions options;
        options.maxJsonBodyBytes = 1024;
        startServer(options);
        m_client->setApiKey(adminKey());
        QByteArray big = "{\"odagEnabled\":true,\"pad\":\"" + QByteArray(2048, 'x') + "\"}";
        TestReply r = m_client->put(QStringLiteral("/api/analytics/odag-settings"), big);
        QCOMPARE(r.status, 413);
        QVERIFY(r.firstError()
                    .value(QStringLiteral("detail"))
                    .toString()
                    .contains(QStringLiteral("1024")));
        r = m_client->put(QStringLiteral("/api/analytics/odag-settings"), "{\"odagEnabled\":true}");
        QCOMPARE(r.status, 200);

        // A route may accept more (app import), and raw bodies are not parsed.
        QByteArray received;
        m_server->router().post(
            QStringLiteral("/api/v1/apps/import"),
            {Tier::Tier2, RouteOptions::Auth::Required, RouteOptions::Body::Raw, 4096},
            [&received](const SandboxRequest &req) {
                received = req.body;
                return SandboxResponse::json(QJsonObject(), 201);
            });
        r = m_client->call("POST", QStringLiteral("/api/v1/apps/import"), QByteArray(3000, '\x7f'),
                           {{"Content-Type", "application/octet-stream"}});
        QCOMPARE(r.status, 201);
        QCOMPARE(received.size(), 3000);
        r = m_client->call("POST", QStringLiteral("/api/v1/apps/import"), QByteArray(5000, 'x'),
                           {{"Content-Type", "application/octet-stream"}});
        QCOMPARE(r.status, 413);
    }

    void malformedJsonIs400()
    {
        m_client->setApiKey(adminKey());
        TestReply r =
            m_client->put(QStringLiteral("/api/analytics/odag-settings"), "{\"odagEnabled\": tru");
        QCOMPARE(r.status, 400);
        QVERIFY2(r.firstError()
                     .value(QStringLiteral("detail"))
                     .toString()
                     .contains(QStringLiteral("JSON")),
                 r.body.constData());
        r = m_client->put(QStringLiteral("/api/analytics/odag-settings"),
                          "{\"odagEnabled\": \"yes\"}");
        QCOMPARE(r.status, 400);
        QVERIFY2(r.firstError()
                     .value(QStringLiteral("detail"))
                     .toString()
                     .contains(QStringLiteral("odagEnabled")),
                 r.body.constData());
        r = m_client->put(QStringLiteral("/api/analytics/odag-settings"), "[true]");
        QCOMPARE(r.status, 400);
    }

    void decodeBodyNamesTheFieldPath()
    {
        m_server->router().post(
            QStringLiteral("/api/v1/widgets"), {Tier::Tier2}, [](const SandboxRequest &req) {
                auto widget = decodeBody<Widget>(req);
                if (!widget)
                    return widget.error();
                return SandboxResponse::json(
                    QJsonObject{{QStringLiteral("count"), int(widget->sizes.size())}}, 201);
            });
        m_client->setApiKey(analystKey());
        TestReply r = m_client->call("POST", QStringLiteral("/api/v1/widgets"),
                                     "{\"name\":\"w\",\"sizes\":[1,\"2\"]}");
        QCOMPARE(r.status, 400);
        QCOMPARE(r.firstError().value(QStringLiteral("detail")).toString(),
                 QStringLiteral("sizes[1]: expected integer"));
        QCOMPARE(r.firstError().value(QStringLiteral("status")).toString(), QStringLiteral("400"));
        r = m_client->call("POST", QStringLiteral("/api/v1/widgets"), "{\"sizes\":[]}");
        QCOMPARE(r.status, 400);
        QVERIFY(r.firstError()
                    .value(QStringLiteral("detail"))
                    .toString()
                    .startsWith(QStringLiteral("name:")));
        r = m_client->call("POST", QStringLiteral("/api/v1/widgets"), QByteArray());
        QCOMPARE(r.status, 400);
        r = m_client->call("POST", QStringLiteral("/api/v1/widgets"),
                           "{\"name\":\"w\",\"sizes\":[1,2,3]}");
        QCOMPARE(r.status, 201);
        QCOMPARE(r.object().value(QStringLiteral("count")).toInt(), 3);
    }

    void rateLimitAnswers429WithRetryAfter()
    {
        m_server->rateLimiter().setBudget(Tier::Tier2, 3);
        m_client->setApiKey(adminKey());
        for (int i = 0; i < 3; ++i)
            QCOMPARE(
                m_client
                    ->put(QStringLiteral("/api/analytics/odag-settings"), "{\"odagEnabled\":true}")
                    .status,
                200);
        const TestReply r = m_client->put(QStringLiteral("/api/analytics/odag-settings"),
                                          "{\"odagEnabled\":false}");
        QCOMPARE(r.status, 429);
        bool ok = false;
        const int retryAfter = r.header("Retry-After").toInt(&ok);
        QVERIFY(ok && retryAfter >= 1 && retryAfter <= 60);
        QCOMPARE(r.firstError()
                     .value(QStringLiteral("meta"))
                     .toObject()
                     .value(QStringLiteral("statusCode"))
                     .toInt(),
                 429);
        // The refused write did not happen; other tiers and users are unaffected.
        QCOMPARE(m_client->get(QStringLiteral("/api/analytics/odag-settings"))
                     .object()
                     .value(QStringLiteral("odagEnabled")),
                 QJsonValue(true));

        const QJsonObject stats = m_client->get(QStringLiteral("/sandbox/stats")).object();
        QCOMPARE(stats.value(QStringLiteral("rateLimited")).toInt(), 1);
        const QJsonObject tier2 = stats.value(QStringLiteral("tiers"))
                                      .toObject()
                                      .value(QStringLiteral("tier2"))
                                      .toObject();
        QCOMPARE(tier2.value(QStringLiteral("calls")).toInt(), 3);
        QCOMPARE(tier2.value(QStringLiteral("rateLimited")).toInt(), 1);
        QCOMPARE(tier2.value(QStringLiteral("budget")).toInt(), 3);
    }

    void rateLimitCanBeSwitchedOff()
    {
        SandboxOptions options;
        options.rateLimit = false;
        startServer(options);
        m_server->rateLimiter().setBudget(Tier::Tier1, 2);
        m_client->setApiKey(analystKey());
        for (int i = 0; i < 5; ++i)
            QCOMPARE(m_client->get(QStringLiteral("/api/analytics/odag-settings/canupdate")).status,
                     200);
    }

    void statsCountCallsAndReset()
    {
        m_client->setApiKey(analystKey());
        for (int i = 0; i < 4; ++i)
            m_client->get(QStringLiteral("/api/analytics/odag-settings/canupdate"));
        m_client->get(QStringLiteral("/api/analytics/odag-settings"));         // 403
        QCOMPARE(m_client->get(QStringLiteral("/sandbox/stats")).status, 403); // not an admin

        m_client->setApiKey(adminKey());
        QJsonObject stats = m_client->get(QStringLiteral("/sandbox/stats")).object();
        QCOMPARE(stats.value(QStringLiteral("calls")).toInt(), 5); // control paths are not counted
        QJsonObject canUpdate;
        QJsonObject settings;
        for (const QJsonValue &v : stats.value(QStringLiteral("paths")).toArray()) {
            const QJsonObject p = v.toObject();
            if (p.value(QStringLiteral("pattern"))
                    .toString()
                    .endsWith(QStringLiteral("/canupdate")))
                canUpdate = p;
            else if (p.value(QStringLiteral("pattern")).toString() ==
                     QStringLiteral("/api/analytics/odag-settings"))
                settings = p;
        }
        QCOMPARE(canUpdate.value(QStringLiteral("calls")).toInt(), 4);
        QCOMPARE(canUpdate.value(QStringLiteral("tier")).toString(), QStringLiteral("tier1"));
        QCOMPARE(canUpdate.value(QStringLiteral("statuses"))
                     .toObject()
                     .value(QStringLiteral("200"))
                     .toInt(),
                 4);
        QCOMPARE(settings.value(QStringLiteral("statuses"))
                     .toObject()
                     .value(QStringLiteral("403"))
                     .toInt(),
                 1);
        QCOMPARE(stats.value(QStringLiteral("tiers"))
                     .toObject()
                     .value(QStringLiteral("tier1"))
                     .toObject()
                     .value(QStringLiteral("calls"))
                     .toInt(),
                 5);

        QCOMPARE(m_client->call("POST", QStringLiteral("/sandbox/stats/reset")).status, 204);
        stats = m_client->get(QStringLiteral("/sandbox/stats")).object();
        QCOMPARE(stats.value(QStringLiteral("calls")).toInt(), 0);
        QVERIFY(stats.value(QStringLiteral("paths")).toArray().isEmpty());
    }

    void refusesABusyPort()
    {
        SandboxOptions options;
        options.port = m_server->port();
        options.dataDir = m_dir.filePath(QStringLiteral("other"));
        SandboxServer second(options);
        QVERIFY(!second.start());
        QVERIFY(!second.errorString().isEmpty());
    }
};

ODAG_TEST_MAIN(TestSandboxServer)
#include "tst_sandbox_server.moc"
