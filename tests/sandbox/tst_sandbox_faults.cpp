// Injected faults as a client sees them, the run-time fault control paths, and
// deferred answers to clients that have gone away (the Qt HttpServer 6.4 crash trap).

#include "sandbox/SandboxResponder.h"
#include "sandbox/SandboxServer.h"

#include "SandboxTestClient.h"
#include "TestMain.h"

#include "core/Json.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTimer>

using namespace odag::sandbox;

namespace {

const QString kCanUpdate = QStringLiteral("/api/analytics/odag-settings/canupdate");
const QString kSettings = QStringLiteral("/api/analytics/odag-settings");

} // namespace

class TestSandboxFaults : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<TestClient> m_client;

    void startServer(SandboxOptions options = {})
    {
        m_client.reset();
        m_server = std::make_unique<SandboxServer>(options);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        m_client = std::make_unique<TestClient>(m_server->baseUrl());
        m_client->setApiKey(adminKey());
    }

    void setFaults(const QByteArray &json)
    {
        const TestReply r = m_client->call("PUT", QStringLiteral("/sandbox/faults"), json);
        QVERIFY2(r.status == 200, r.body.constData());
    }

private Q_SLOTS:
    void init() { startServer(); }
    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void statusFaultAnswersInstead()
    {
        setFaults("[{\"path\":\"/api/analytics/*\",\"kind\":\"503\",\"retryAfter\":9}]");
        TestReply r = m_client->put(kSettings, "{\"odagEnabled\":false}");
        QCOMPARE(r.status, 503);
        QCOMPARE(r.header("Retry-After"), QByteArray("9"));
        QCOMPARE(r.firstError()
                     .value(QStringLiteral("meta"))
                     .toObject()
                     .value(QStringLiteral("statusCode"))
                     .toInt(),
                 503);
        // The handler did not run: the write never happened.
        QCOMPARE(m_client->call("DELETE", QStringLiteral("/sandbox/faults")).status, 204);
        r = m_client->get(kSettings);
        QCOMPARE(r.object().value(QStringLiteral("odagEnabled")), QJsonValue(true));

        setFaults("[{\"path\":\"/engine/*\",\"kind\":\"502\",\"method\":\"GET\"}]");
        QCOMPARE(m_client->get(QStringLiteral("/engine/health")).status, 502);
        QCOMPARE(m_client->get(kCanUpdate).status, 200); // other paths untouched
    }

    void delayedAnswer()
    {
        setFaults("[{\"path\":\"/api/analytics/odag-settings/"
                  "canupdate\",\"kind\":\"delay\",\"delayMs\":300}]");
        const TestReply r = m_client->get(kCanUpdate);
        QCOMPARE(r.status, 200);
        QVERIFY2(r.elapsedMs >= 300, qPrintable(QString::number(r.elapsedMs)));
        QCOMPARE(r.object().value(QStringLiteral("canUpdateSettings")), QJsonValue(true));
    }

    void droppedConnection()
    {
        setFaults("[{\"path\":\"/api/analytics/odag-settings/canupdate\",\"kind\":\"drop\"}]");
        const TestReply r = m_client->get(kCanUpdate);
        QCOMPARE(r.status, 0);
        QVERIFY(r.error != QNetworkReply::NoError);
        QVERIFY(!r.timedOut);
        QVERIFY(r.body.isEmpty());
    }

    void truncatedBody()
    {
        setFaults("[{\"path\":\"/engine/healthcheck\",\"kind\":\"truncate\"}]");
        const TestReply r = m_client->get(QStringLiteral("/engine/healthcheck"));
        QVERIFY(!r.timedOut);
        QVERIFY(r.error != QNetworkReply::NoError);
        const qint64 announced = r.header("Content-Length").toLongLong();
        QVERIFY(announced > 0);
        QVERIFY2(r.body.size() < announced,
                 qPrintable(QStringLiteral("%1 of %2").arg(r.body.size()).arg(announced)));
        QVERIFY(!odag::json::parse(r.body).ok());
    }

    void malformedBody()
    {
        setFaults("[{\"path\":\"/engine/healthcheck\",\"kind\":\"malformed\"}]");
        const TestReply r = m_client->get(QStringLiteral("/engine/healthcheck"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.error, QNetworkReply::NoError);
        QVERIFY(!r.body.isEmpty());
        QVERIFY(!odag::json::parse(r.body).ok());
        QVERIFY(!r.isJson());
    }

    void stormOf429()
    {
        setFaults("[{\"path\":\"/api/"
                  "*\",\"kind\":\"429storm\",\"retryAfter\":1,\"times\":1,\"method\":\"GET\"}]");
        TestReply r = m_client->get(kCanUpdate);
        QCOMPARE(r.status, 429);
        QCOMPARE(r.header("Retry-After"), QByteArray("1"));
        r = m_client->get(kSettings); // every matching call during the storm
        QCOMPARE(r.status, 429);
        QVERIFY(!r.header("Retry-After").isEmpty());
        QCOMPARE(m_client->put(kSettings, "{}").status, 200); // PUT does not match
        QTest::qWait(1100);
        QCOMPARE(m_client->get(kCanUpdate).status, 200); // the storm is over

        const QJsonObject stats = m_client->get(QStringLiteral("/sandbox/stats")).object();
        QCOMPARE(stats.value(QStringLiteral("faults")).toInt(), 2);
    }

    void probabilityAndSeedFromTheCommandLineForm()
    {
        SandboxOptions options;
        options.faults = QStringLiteral("500:0.5:/api/analytics/*");
        options.faultSeed = 1234;
        const auto run = [&]() {
            startServer(options);
            QString pattern;
            for (int i = 0; i < 24; ++i)
                pattern +=
                    m_client->get(kCanUpdate).status == 500 ? QLatin1Char('x') : QLatin1Char('.');
            return pattern;
        };
        const QString first = run();
        QVERIFY2(first.contains(QLatin1Char('x')) && first.contains(QLatin1Char('.')),
                 qPrintable(first));
        QCOMPARE(run(), first);
    }

    void badFaultsRefused()
    {
        SandboxOptions options;
        options.faults = QStringLiteral("explode:1:/x");
        SandboxServer server(options);
        QVERIFY(!server.start());
        QVERIFY(server.errorString().contains(QStringLiteral("explode")));

        const TestReply r = m_client->call("PUT", QStringLiteral("/sandbox/faults"),
                                           "[{\"path\":\"/x\",\"kind\":\"nope\"}]");
        QCOMPARE(r.status, 400);
        QVERIFY(r.firstError()
                    .value(QStringLiteral("detail"))
                    .toString()
                    .contains(QStringLiteral("nope")));
    }

    void faultControlPaths()
    {
        setFaults("{\"seed\":5,\"rules\":[{\"path\":\"/api/v1/"
                  "*\",\"kind\":\"500\",\"probability\":0.25}]}");
        TestReply r = m_client->get(QStringLiteral("/sandbox/faults"));
        QCOMPARE(r.status, 200);
        const QJsonArray rules = r.object().value(QStringLiteral("rules")).toArray();
        QCOMPARE(rules.size(), 1);
        QCOMPARE(rules.at(0).toObject().value(QStringLiteral("probability")).toDouble(), 0.25);
        QCOMPARE(rules.at(0).toObject().value(QStringLiteral("fired")).toInt(), 0);

        m_client->setApiKey(analystKey());
        QCOMPARE(m_client->get(QStringLiteral("/sandbox/faults")).status, 403);
        QCOMPARE(m_client->call("DELETE", QStringLiteral("/sandbox/faults")).status, 403);
        m_client->setApiKey(adminKey());

        // Faults never hit the control paths, so they can always be switched off.
        setFaults("[{\"path\":\"*\",\"kind\":\"drop\"}]");
        QCOMPARE(m_client->get(kCanUpdate).status, 0);
        const TestReply cleared = m_client->call("DELETE", QStringLiteral("/sandbox/faults"));
        QCOMPARE(cleared.status, 204);
        QVERIFY(cleared.header("Content-Type").isEmpty()); // a 204 carries no body, no type
        QVERIFY(cleared.header("Content-Length").isEmpty());
        QCOMPARE(m_client->get(kCanUpdate).status, 200);
        QVERIFY(m_client->get(QStringLiteral("/sandbox/faults"))
                    .object()
                    .value(QStringLiteral("rules"))
                    .toArray()
                    .isEmpty());
    }

    // The trap: Qt HttpServer 6.4 deletes the socket of a client that went away; a
    // delayed answer written to it would crash the server.
    void deferredReplyToAGoneClient()
    {
        QTimer *pending = nullptr;
        bool sendResult = true;
        m_server->router().get(QStringLiteral("/api/v1/slow"), {}, [&](const SandboxRequest &req) {
            auto responder = req.defer();
            pending = new QTimer(m_server.get());
            pending->setSingleShot(true);
            pending->setTimerType(Qt::PreciseTimer);
            connect(pending, &QTimer::timeout, m_server.get(), [responder, &sendResult]() {
                sendResult = responder->send(
                    SandboxResponse::json(QJsonObject{{QStringLiteral("late"), true}}));
            });
            pending->start(300);
            return SandboxResponse::deferredReply();
        });
        QSignalSpy finished(m_server.get(), &SandboxServer::requestFinished);

        QNetworkReply *reply =
            m_client->manager().get(m_client->request(QStringLiteral("/api/v1/slow")));
        QTRY_VERIFY(pending != nullptr);
        reply->abort(); // the client goes away while the answer is pending
        reply->deleteLater();
        QTRY_VERIFY_WITH_TIMEOUT(!pending->isActive(), 3000);
        QCOMPARE(sendResult, false);
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(2).toInt(), 0);

        // The server is alive and answers deferred replies to clients that stay.
        pending = nullptr;
        const TestReply r = m_client->get(QStringLiteral("/api/v1/slow"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(QStringLiteral("late")), QJsonValue(true));
        QVERIFY(r.elapsedMs >= 290);
        QCOMPARE(m_client->get(kCanUpdate).status, 200);
    }

    void delayFaultToAGoneClient()
    {
        setFaults("[{\"path\":\"/engine/healthcheck\",\"kind\":\"delay\",\"delayMs\":300}]");
        QSignalSpy finished(m_server.get(), &SandboxServer::requestFinished);
        QTcpSocket raw;
        raw.connectToHost(m_server->baseUrl().host(), m_server->port());
        QVERIFY(raw.waitForConnected(3000));
        raw.write("GET /engine/healthcheck HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " +
                  adminKey() + "\r\n\r\n");
        QVERIFY(raw.waitForBytesWritten(3000));
        QTest::qWait(50);
        raw.abort();
        QTest::qWait(400); // past the delay: nothing may be written to the dead socket
        QCOMPARE(m_client->get(kCanUpdate).status, 200);
        QTRY_VERIFY(finished.size() >= 2);
        QCOMPARE(finished.at(0).at(2).toInt(), 0);
    }

    void aResponderThatIsDroppedAnswers500()
    {
        m_server->router().get(
            QStringLiteral("/api/v1/forgotten"), {}, [](const SandboxRequest &req) {
                auto responder = req.defer(); // taken, then lost without answering
                Q_UNUSED(responder);
                return SandboxResponse::deferredReply();
            });
        m_server->router().get(QStringLiteral("/api/v1/confused"), {}, [](const SandboxRequest &) {
            return SandboxResponse::deferredReply();
        });
        TestReply r = m_client->get(QStringLiteral("/api/v1/forgotten"));
        QCOMPARE(r.status, 500);
        QCOMPARE(r.firstError().value(QStringLiteral("status")).toString(), QStringLiteral("500"));
        r = m_client->get(QStringLiteral("/api/v1/confused"));
        QCOMPARE(r.status, 500);
    }

    void stopWithAPendingAnswer()
    {
        std::shared_ptr<SandboxResponder> kept;
        m_server->router().get(QStringLiteral("/api/v1/hang"), {},
                               [&kept](const SandboxRequest &req) {
                                   kept = req.defer();
                                   return SandboxResponse::deferredReply();
                               });
        QNetworkReply *reply =
            m_client->manager().get(m_client->request(QStringLiteral("/api/v1/hang")));
        QTRY_VERIFY(kept != nullptr);
        m_server->stop(); // closes every connection
        QTRY_VERIFY(reply->isFinished());
        QVERIFY(!kept->isConnected());
        QCOMPARE(kept->send(SandboxResponse::noContent()), false);
        reply->deleteLater();
        kept.reset();
        QVERIFY(m_server->start()); // and it starts again
        m_client->setBase(m_server->baseUrl());
        QCOMPARE(m_client->get(kCanUpdate).status, 200);
    }
};

ODAG_TEST_MAIN(TestSandboxFaults)
#include "tst_sandbox_faults.moc"
