// Checks the test server itself: the HTTP tests of every client call rely on it
// parsing and answering like a real server.

#include "ScriptedServer.h"
#include "TestMain.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>

class TestScriptedServer : public QObject
{
    Q_OBJECT

private:
    QNetworkReply *get(QNetworkAccessManager &nam, const QUrl &url)
    {
        QNetworkRequest request(url);
        return nam.get(request);
    }
    static bool waitFor(QNetworkReply *reply, int ms = 5000)
    {
        QSignalSpy spy(reply, &QNetworkReply::finished);
        return reply->isFinished() || spy.wait(ms);
    }

private Q_SLOTS:
    void answersGetWithQueryAndHeaders()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        server.enqueue(
            ScriptedServer::Reply::json(200, R"({"a":1})").withHeader("X-Request-Id", "r1"));
        QNetworkAccessManager nam;
        QUrl url = server.baseUrl();
        url.setPath(QStringLiteral("/api/v1/spaces/a b"));
        url.setQuery(QStringLiteral("limit=10&name=x%26y"));
        QNetworkRequest request(url);
        request.setRawHeader("X-Custom", "v");
        std::unique_ptr<QNetworkReply> reply(nam.get(request));
        QVERIFY(waitFor(reply.get()));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(reply->readAll(), QByteArray(R"({"a":1})"));
        QCOMPARE(reply->rawHeader("Content-Type"), QByteArray("application/json"));
        QCOMPARE(reply->rawHeader("X-Request-Id"), QByteArray("r1"));
        QCOMPARE(server.requestCount(), 1);
        const auto r = server.lastRequest();
        QCOMPARE(r.method, QByteArray("GET"));
        QCOMPARE(r.path, QStringLiteral("/api/v1/spaces/a b"));
        QCOMPARE(r.rawPath, QByteArray("/api/v1/spaces/a%20b"));
        QCOMPARE(r.query.queryItemValue(QStringLiteral("limit")), QStringLiteral("10"));
        QCOMPARE(r.query.queryItemValue(QStringLiteral("name"), QUrl::FullyDecoded),
                 QStringLiteral("x&y"));
        QCOMPARE(r.header("x-custom"), QByteArray("v"));
        QCOMPARE(r.header("X-Custom"), QByteArray("v"));
    }

    void receivesLargeBodySplitAcrossReads()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        QNetworkAccessManager nam;
        QByteArray body(3 * 1024 * 1024, 'x');
        body[0] = 'a';
        body[body.size() - 1] = 'z';
        QUrl url = server.baseUrl();
        url.setPath(QStringLiteral("/upload"));
        server.route("POST", QStringLiteral("/upload"), ScriptedServer::Reply::noContent());
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArray("application/octet-stream"));
        std::unique_ptr<QNetworkReply> reply(nam.post(request, body));
        QVERIFY(waitFor(reply.get(), 10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 204);
        QCOMPARE(server.lastRequest().body.size(), body.size());
        QCOMPARE(server.lastRequest().body, body);
    }

    void keepsConnectionAliveAcrossRequests()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        QNetworkAccessManager nam;
        for (int i = 0; i < 4; ++i) {
            server.enqueue(ScriptedServer::Reply::json(200, QByteArray::number(i)));
            QUrl url = server.baseUrl();
            url.setPath(QStringLiteral("/n"));
            std::unique_ptr<QNetworkReply> reply(get(nam, url));
            QVERIFY(waitFor(reply.get()));
            QCOMPARE(reply->readAll(), QByteArray::number(i));
        }
        QCOMPARE(server.requestCount(), 4);
        QCOMPARE(server.connectionCount(), 1);
    }

    void routesBeforeQueueAndDefaults404()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        server.enqueue(ScriptedServer::Reply::json(200, "queued"));
        server.route("GET", QStringLiteral("/r"), ScriptedServer::Reply::json(201, "routed"));
        QNetworkAccessManager nam;
        QUrl r = server.baseUrl();
        r.setPath(QStringLiteral("/r"));
        std::unique_ptr<QNetworkReply> a(get(nam, r));
        QVERIFY(waitFor(a.get()));
        QCOMPARE(a->readAll(), QByteArray("routed"));
        std::unique_ptr<QNetworkReply> b(get(nam, r));
        QVERIFY(waitFor(b.get()));
        QCOMPARE(b->readAll(), QByteArray("queued"));
        std::unique_ptr<QNetworkReply> c(get(nam, r));
        QVERIFY(waitFor(c.get()));
        QCOMPARE(c->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
        QVERIFY(c->readAll().contains("errors"));
    }

    void handlerWins()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        server.enqueue(ScriptedServer::Reply::json(200, "queued"));
        server.setHandler([](const ScriptedServer::Request &request) {
            return ScriptedServer::Reply::json(200, request.path.toUtf8());
        });
        QNetworkAccessManager nam;
        QUrl url = server.baseUrl();
        url.setPath(QStringLiteral("/echo"));
        std::unique_ptr<QNetworkReply> a(get(nam, url));
        QVERIFY(waitFor(a.get()));
        QCOMPARE(a->readAll(), QByteArray("/echo"));
    }

    void misbehaves()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        QNetworkAccessManager nam;
        QUrl url = server.baseUrl();
        url.setPath(QStringLiteral("/x"));

        // Qt's HTTP layer itself resends a request whose connection closed before any
        // answer byte (twice); the third drop reaches the caller.
        server.setHandler(
            [](const ScriptedServer::Request &) { return ScriptedServer::Reply::drop(); });
        std::unique_ptr<QNetworkReply> dropped(get(nam, url));
        QVERIFY(waitFor(dropped.get()));
        QCOMPARE(dropped->error(), QNetworkReply::RemoteHostClosedError);
        QVERIFY(server.requestCount() >= 1);
        server.setHandler({});

        server.clearRequests();
        server.enqueue(ScriptedServer::Reply::truncated(QByteArray(1000, 'y')));
        std::unique_ptr<QNetworkReply> truncated(get(nam, url));
        QVERIFY(waitFor(truncated.get()));
        QVERIFY(truncated->error() != QNetworkReply::NoError);
        QCOMPARE(server.requestCount(), 1);
        QCOMPARE(server.lastRequest().path, QStringLiteral("/x"));

        server.enqueue(ScriptedServer::Reply::json(200, "late").withDelay(300));
        QElapsedTimer timer;
        timer.start();
        std::unique_ptr<QNetworkReply> delayed(get(nam, url));
        QVERIFY(waitFor(delayed.get()));
        QVERIFY(timer.elapsed() >= 250);
        QCOMPARE(delayed->readAll(), QByteArray("late"));

        server.enqueue(ScriptedServer::Reply::hang());
        QNetworkRequest request(url);
        request.setTransferTimeout(300);
        std::unique_ptr<QNetworkReply> hung(nam.get(request));
        QVERIFY(waitFor(hung.get()));
        QCOMPARE(hung->error(), QNetworkReply::OperationCanceledError);
    }

    void emitsRequestReceived()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        QSignalSpy spy(&server, &ScriptedServer::requestReceived);
        QNetworkAccessManager nam;
        QUrl url = server.baseUrl();
        url.setPath(QStringLiteral("/s"));
        std::unique_ptr<QNetworkReply> a(get(nam, url));
        QVERIFY(waitFor(a.get()));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<ScriptedServer::Request>().path, QStringLiteral("/s"));
    }
};

ODAG_TEST_MAIN(TestScriptedServer)
#include "tst_scripted_server.moc"
