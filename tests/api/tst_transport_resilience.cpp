// How the Transport copes with a server that misbehaves: 429 and Retry-After, 5xx,
// dropped and truncated connections, silence, refused sign-ins, and callers that cancel
// or go away. Over real HTTP against ScriptedServer.

#include "CallCatcher.h"
#include "ScriptedServer.h"
#include "TestMain.h"
#include "api/ErrorBody.h"
#include "api/Transport.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTimeZone>

using namespace odag::api;
using Raw = ApiResult<RawResponse>;
using Reply = ScriptedServer::Reply;

namespace {

Transport::Options fastOptions()
{
    Transport::Options o;
    o.defaultTimeoutMs = 2000;
    o.backoffBaseMs = 10;
    o.maxRetries = 3;
    return o;
}

RequestSpec call(const QByteArray &method, const QString &path)
{
    RequestSpec spec;
    spec.method = method;
    spec.path = path;
    return spec;
}

// A handler that answers the scripted replies in order, then 200.
ScriptedServer::Handler sequence(QList<Reply> replies)
{
    auto queue = std::make_shared<QList<Reply>>(std::move(replies));
    return [queue](const ScriptedServer::Request &) {
        return queue->isEmpty() ? Reply::json(200, R"({"ok":true})") : queue->takeFirst();
    };
}

// An OAuth2-like authenticator: the token works once it was refreshed.
class RefreshingAuth : public Authenticator
{
public:
    void apply(QNetworkRequest &request) override
    {
        request.setRawHeader("Authorization", "Bearer " + token);
    }
    QList<QByteArray> secrets() const override { return {token}; }
    bool canRefresh() const override { return true; }
    void refresh(std::function<void(bool, QString)> done) override
    {
        ++refreshes;
        token = "fresh-token-2";
        done(succeed, succeed ? QString() : QStringLiteral("refresh token expired"));
    }
    QByteArray token = "stale-token-1";
    int refreshes = 0;
    bool succeed = true;
};

} // namespace

class TestTransportResilience : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void retryAfterIsHonouredOn429()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        server.setHandler(sequence(
            {Reply::json(429, R"({"errors":[{"code":"RATE"}]})").withHeader("Retry-After", "1")}));
        Transport transport(server.baseUrl(), fastOptions());
        QSignalSpy exchanges(&transport, &Transport::exchanged);
        CallCatcher<Raw> c;
        QElapsedTimer clock;
        clock.start();
        // POST: a 429 was not processed, so even a write is resent.
        PendingCall *pending =
            transport.send(call("POST", QStringLiteral("/w")), this, c.callback());
        QSignalSpy waits(pending, &PendingCall::waiting);
        QVERIFY(c.wait(5000));
        ODAG_VERIFY_OK(c.get());
        QVERIFY2(clock.elapsed() >= 950, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(server.requestCount(), 2);
        QCOMPARE(exchanges.size(), 2);
        QCOMPARE(exchanges.at(0).at(0).value<Exchange>().status, 429);
        QCOMPARE(exchanges.at(1).at(0).value<Exchange>().attempt, 2);
        QCOMPARE(exchanges.at(1).at(0).value<Exchange>().status, 200);
        QVERIFY(!waits.isEmpty());
        QVERIFY(waits.first().at(0).toInt() > 900);
        // The whole tier waited, not only this call.
        QVERIFY(transport.rateLimiter().heldUntil(Tier::Tier1) > 0);
    }

    void hugeRetryAfterFailsAsRateLimited()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        server.setHandler(sequence({Reply::json(429, "{}").withHeader("Retry-After", "3600")}));
        Transport transport(server.baseUrl(), fastOptions());
        CallCatcher<Raw> c;
        transport.send(call("GET", QStringLiteral("/r")), this, c.callback());
        QVERIFY(c.wait(3000));
        QVERIFY(!c.get().ok());
        QCOMPARE(c.get().error().kind, ApiError::Kind::RateLimited);
        QCOMPARE(c.get().error().retryAfterSeconds, 3600);
        QCOMPARE(c.get().error().httpStatus, 429);
        QVERIFY(c.get().error().message().contains(QStringLiteral("3600")));
        QCOMPARE(server.requestCount(), 1);
    }

    void repeated429SpendsTheBudget()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        server.setHandler([](const ScriptedServer::Request &) {
            return Reply::json(429, "{}").withHeader("Retry-After", "0");
        });
        Transport::Options options = fastOptions();
        options.max429Retries = 2;
        Transport transport(server.baseUrl(), options);
        CallCatcher<Raw> c;
        transport.send(call("GET", QStringLiteral("/r")), this, c.callback());
        QVERIFY(c.wait(3000));
        QVERIFY(!c.get().ok());
        QCOMPARE(c.get().error().kind, ApiError::Kind::RateLimited);
        QCOMPARE(server.requestCount(), 3);
    }

    void getIsRetriedOn503()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        server.setHandler(sequence({Reply::json(503, "{}"), Reply::json(503, "{}")}));
        Transport transport(server.baseUrl(), fastOptions());
        QSignalSpy exchanges(&transport, &Transport::exchanged);
        CallCatcher<Raw> c;
        transport.send(call("GET", QStringLiteral("/g")), this, c.callback());
        QVERIFY(c.wait());
        ODAG_VERIFY_OK(c.get());
        QCOMPARE(server.requestCount(), 3);
        QCOMPARE(exchanges.size(), 3);
        QCOMPARE(exchanges.last().at(0).value<Exchange>().attempt, 3);
    }

    void retriesStopAtTheLimit()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        server.setHandler([](const ScriptedServer::Request &) { return Reply::json(502, "{}"); });
        Transport transport(server.baseUrl(), fastOptions());
        CallCatcher<Raw> c;
        transport.send(call("DELETE", QStringLiteral("/d")), this, c.callback());
        QVERIFY(c.wait());
        QVERIFY(!c.get().ok());
        QCOMPARE(c.get().error().httpStatus, 502);
        QCOMPARE(c.get().error().attempts, 4);
        QCOMPARE(server.requestCount(), 4);
    }

    void retryAfterOn503IsHonoured()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        server.setHandler(sequence({Reply::json(503, "{}").withHeader("Retry-After", "0"),
                                    Reply::json(503, "{}").withHeader("Retry-After", "3600")}));
        Transport transport(server.baseUrl(), fastOptions());
        CallCatcher<Raw> c;
        PendingCall *pending =
            transport.send(call("GET", QStringLiteral("/g")), this, c.callback());
        QSignalSpy waits(pending, &PendingCall::waiting);
        QVERIFY(c.wait());
        QVERIFY(!c.get().ok());
        QCOMPARE(c.get().error().httpStatus, 503);
        QCOMPARE(c.get().error().retryAfterSeconds, 3600);
        QVERIFY(c.get().error().message().contains(QStringLiteral("3600")));
        QCOMPARE(server.requestCount(), 2);
        QCOMPARE(waits.size(), 1);
    }

    void postIsNotRetriedOn500()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        server.setHandler(sequence({Reply::json(500, "{}")}));
        Transport transport(server.baseUrl(), fastOptions());
        CallCatcher<Raw> c;
        transport.send(call("POST", QStringLiteral("/p")), this, c.callback());
        QVERIFY(c.wait());
        QVERIFY(!c.get().ok());
        QCOMPARE(c.get().error().httpStatus, 500);
        QTest::qWait(100);
        QCOMPARE(server.requestCount(), 1);
        QCOMPARE(c.count, 1);
    }

    void postMarkedIdempotentIsRetried()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        server.setHandler(sequence({Reply::json(504, "{}")}));
        Transport transport(server.baseUrl(), fastOptions());
        CallCatcher<Raw> c;
        RequestSpec spec = call("POST", QStringLiteral("/p"));
        spec.idempotent = true;
        transport.send(spec, this, c.callback());
        QVERIFY(c.wait());
        ODAG_VERIFY_OK(c.get());
        QCOMPARE(server.requestCount(), 2);
    }

    void droppedConnectionOnGetIsRetried()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        // Qt resends once by itself after a drop; the Transport's own retry follows.
        server.setHandler(sequence({Reply::drop(), Reply::drop(), Reply::drop()}));
        Transport transport(server.baseUrl(), fastOptions());
        QSignalSpy exchanges(&transport, &Transport::exchanged);
        CallCatcher<Raw> c;
        transport.send(call("GET", QStringLiteral("/g")), this, c.callback());
        QVERIFY(c.wait());
        ODAG_VERIFY_OK(c.get());
        QVERIFY(exchanges.size() >= 2);
        QVERIFY(!exchanges.first().at(0).value<Exchange>().error.isEmpty());
        QCOMPARE(exchanges.last().at(0).value<Exchange>().status, 200);
    }

    void droppedConnectionOnPostIsNotRetriedByTheTransport()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        server.setHandler([](const ScriptedServer::Request &) { return Reply::drop(); });
        Transport transport(server.baseUrl(), fastOptions());
        QSignalSpy exchanges(&transport, &Transport::exchanged);
        CallCatcher<Raw> c;
        transport.send(call("POST", QStringLiteral("/p")), this, c.callback());
        QVERIFY(c.wait());
        QVERIFY(!c.get().ok());
        QCOMPARE(c.get().error().kind, ApiError::Kind::Network);
        QCOMPARE(exchanges.size(), 1);
        QCOMPARE(c.get().error().attempts, 1);
        // Qt's HTTP layer resends once by itself when a connection closes before any
        // answer byte, whatever the method; the Transport adds nothing to that.
        QVERIFY(server.requestCount() <= 2);
    }

    void refusedConnectionIsRetriedForAnyMethod()
    {
        quint16 port = 0;
        {
            ScriptedServer gone;
            QVERIFY(gone.listen());
            port = quint16(gone.baseUrl().port());
        }
        QUrl base;
        base.setScheme(QStringLiteral("http"));
        base.setHost(QStringLiteral("127.0.0.1"));
        base.setPort(port);
        Transport transport(base, fastOptions());
        QSignalSpy exchanges(&transport, &Transport::exchanged);
        CallCatcher<Raw> c;
        transport.send(call("POST", QStringLiteral("/p")), this, c.callback());
        QVERIFY(c.wait());
        QVERIFY(!c.get().ok());
        QCOMPARE(c.get().error().kind, ApiError::Kind::Network);
        QCOMPARE(exchanges.size(), 4);
        QVERIFY(!c.get().error().message().isEmpty());
    }

    void silentServerTimesOut()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        server.setHandler([](const ScriptedServer::Request &) { return Reply::hang(); });
        Transport::Options options = fastOptions();
        options.maxRetries = 1;
        Transport transport(server.baseUrl(), options);
        QElapsedTimer clock;
        clock.start();
        CallCatcher<Raw> get;
        RequestSpec spec = call("GET", QStringLiteral("/h"));
        spec.timeoutMs = 300;
        transport.send(spec, this, get.callback());
        QVERIFY(get.wait(3000));
        QVERIFY(!get.get().ok());
        QCOMPARE(get.get().error().kind, ApiError::Kind::Timeout);
        QCOMPARE(get.get().error().timeoutMs, 300);
        QCOMPARE(get.get().error().attempts, 2); // a GET gets one more chance
        QVERIFY2(clock.elapsed() >= 550 && clock.elapsed() < 1500,
                 qPrintable(QString::number(clock.elapsed())));
        QVERIFY(get.get().error().message().contains(QStringLiteral("1 second")));

        CallCatcher<Raw> post;
        spec.method = "POST";
        clock.restart();
        transport.send(spec, this, post.callback());
        QVERIFY(post.wait(3000));
        QCOMPARE(post.get().error().kind, ApiError::Kind::Timeout);
        QCOMPARE(post.get().error().attempts, 1);
        QVERIFY(clock.elapsed() < 1000);
    }

    void truncatedBodyIsAnError()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        server.setHandler([](const ScriptedServer::Request &) {
            return Reply::truncated(R"({"data":[{"id":"a"},{"id":"b"}],"links":{}})");
        });
        Transport::Options options = fastOptions();
        options.maxRetries = 1;
        Transport transport(server.baseUrl(), options);
        CallCatcher<Raw> c;
        transport.send(call("GET", QStringLiteral("/t")), this, c.callback());
        QVERIFY(c.wait());
        QVERIFY(!c.get().ok());
        QVERIFY(c.get().error().kind == ApiError::Kind::Network ||
                c.get().error().kind == ApiError::Kind::Decode);
        QCOMPARE(c.get().error().attempts, 2);
    }

    void unauthorizedRefreshesOnceThenRetries()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        server.setHandler([](const ScriptedServer::Request &r) {
            return r.header("authorization") == "Bearer fresh-token-2" ? Reply::json(200, "{}")
                                                                       : Reply::json(401, "{}");
        });
        Transport transport(server.baseUrl(), fastOptions());
        auto auth = std::make_shared<RefreshingAuth>();
        transport.setAuthenticator(auth);
        CallCatcher<Raw> c;
        transport.send(call("POST", QStringLiteral("/p")), this, c.callback());
        QVERIFY(c.wait());
        ODAG_VERIFY_OK(c.get());
        QCOMPARE(auth->refreshes, 1);
        QCOMPARE(server.requestCount(), 2);
    }

    void unauthorizedAfterRefreshFails()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        server.setHandler([](const ScriptedServer::Request &) { return Reply::json(401, "{}"); });
        Transport transport(server.baseUrl(), fastOptions());
        auto auth = std::make_shared<RefreshingAuth>();
        transport.setAuthenticator(auth);
        CallCatcher<Raw> c;
        transport.send(call("GET", QStringLiteral("/g")), this, c.callback());
        QVERIFY(c.wait());
        QVERIFY(!c.get().ok());
        QCOMPARE(c.get().error().httpStatus, 401);
        QCOMPARE(auth->refreshes, 1);
        QCOMPARE(server.requestCount(), 2);

        auth->succeed = false;
        auth->token = "stale";
        CallCatcher<Raw> failedRefresh;
        transport.send(call("GET", QStringLiteral("/g")), this, failedRefresh.callback());
        QVERIFY(failedRefresh.wait());
        QCOMPARE(failedRefresh.get().error().httpStatus, 401);
        QCOMPARE(failedRefresh.get().error().technical, QStringLiteral("refresh token expired"));
        QCOMPARE(auth->refreshes, 2);
    }

    void unauthorizedWithoutRefreshFailsAtOnce()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        server.setHandler([](const ScriptedServer::Request &) { return Reply::json(401, "{}"); });
        Transport transport(server.baseUrl(), fastOptions());
        transport.setAuthenticator(std::make_shared<ApiKeyAuth>("key-abcdef"));
        CallCatcher<Raw> c;
        transport.send(call("GET", QStringLiteral("/g")), this, c.callback());
        QVERIFY(c.wait());
        QCOMPARE(c.get().error().httpStatus, 401);
        QCOMPARE(server.requestCount(), 1);
    }

    void cancelInFlight()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        server.setHandler([](const ScriptedServer::Request &) { return Reply::hang(); });
        Transport transport(server.baseUrl(), fastOptions());
        CallCatcher<Raw> c;
        QPointer<PendingCall> pending =
            transport.send(call("GET", QStringLiteral("/h")), this, c.callback());
        QSignalSpy finished(pending.data(), &PendingCall::finished);
        QTRY_COMPARE(server.requestCount(), 1);
        QVERIFY(!pending->isFinished());
        pending->cancel();
        QCOMPARE(c.count, 1);
        QCOMPARE(c.get().error().kind, ApiError::Kind::Canceled);
        QCOMPARE(finished.size(), 1);
        pending->cancel(); // harmless after the end
        QTest::qWait(100);
        QCOMPARE(c.count, 1);
        QTRY_VERIFY(pending.isNull()); // deleted itself
        QCOMPARE(transport.callsInFlight(), 0);
    }

    void cancelWhileWaitingForTheRateLimit()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        server.setHandler([](const ScriptedServer::Request &) { return Reply::json(200, "{}"); });
        Transport transport(server.baseUrl(), fastOptions());
        transport.rateLimiter().setBudget(Tier::Tier2, 1);
        RequestSpec spec = call("POST", QStringLiteral("/w"));
        spec.tier = Tier::Tier2;
        CallCatcher<Raw> first;
        transport.send(spec, this, first.callback());
        QVERIFY(first.wait());
        CallCatcher<Raw> second;
        PendingCall *pending = transport.send(spec, this, second.callback());
        QSignalSpy waits(pending, &PendingCall::waiting);
        QTRY_COMPARE(waits.size(), 1);
        QVERIFY(waits.first().at(0).toInt() > 50000); // the budget frees up in a minute
        pending->cancel();
        QCOMPARE(second.count, 1);
        QCOMPARE(second.get().error().kind, ApiError::Kind::Canceled);
        QCOMPARE(server.requestCount(), 1);
    }

    void cancelAllEndsEveryCall()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        server.setHandler([](const ScriptedServer::Request &) { return Reply::hang(); });
        Transport transport(server.baseUrl(), fastOptions());
        CallCatcher<Raw> a;
        CallCatcher<Raw> b;
        transport.send(call("GET", QStringLiteral("/a")), this, a.callback());
        transport.send(call("GET", QStringLiteral("/b")), this, b.callback());
        QCOMPARE(transport.callsInFlight(), 2);
        transport.cancelAll();
        QCOMPARE(a.count, 1);
        QCOMPARE(b.count, 1);
        QVERIFY(a.get().error().isCanceled());
        QCOMPARE(transport.callsInFlight(), 0);
    }

    void deadContextGetsNoCallback()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        server.setHandler(
            [](const ScriptedServer::Request &) { return Reply::json(200, "{}").withDelay(150); });
        Transport transport(server.baseUrl(), fastOptions());
        auto *context = new QObject;
        int calls = 0;
        PendingCall *pending = transport.send(call("GET", QStringLiteral("/g")), context,
                                              [&calls](const Raw &) { ++calls; });
        QSignalSpy finished(pending, &PendingCall::finished);
        QTRY_COMPARE(server.requestCount(), 1);
        delete context;
        QVERIFY(finished.wait(3000));
        QTest::qWait(50);
        QCOMPARE(calls, 0);
    }

    void destroyingTheTransportDropsCallbacks()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        server.setHandler([](const ScriptedServer::Request &) { return Reply::hang(); });
        auto transport = std::make_unique<Transport>(server.baseUrl(), fastOptions());
        int calls = 0;
        QPointer<PendingCall> pending = transport->send(call("GET", QStringLiteral("/g")), this,
                                                        [&calls](const Raw &) { ++calls; });
        QTRY_COMPARE(server.requestCount(), 1);
        transport.reset();
        QTRY_VERIFY(pending.isNull());
        QCOMPARE(calls, 0);
    }

    void retryAfterParsing()
    {
        const QDateTime now(QDate(2024, 5, 1), QTime(12, 0, 0), QTimeZone::utc());
        QCOMPARE(errorbody::parseRetryAfter("7", now), std::optional<int>(7));
        QCOMPARE(errorbody::parseRetryAfter(" 0 ", now), std::optional<int>(0));
        QCOMPARE(errorbody::parseRetryAfter("Wed, 01 May 2024 12:00:30 GMT", now),
                 std::optional<int>(30));
        QCOMPARE(errorbody::parseRetryAfter("Wed, 01 May 2024 11:00:00 GMT", now),
                 std::optional<int>(0));
        QCOMPARE(errorbody::parseRetryAfter("soon", now), std::nullopt);
        QCOMPARE(errorbody::parseRetryAfter("", now), std::nullopt);
    }
};

ODAG_TEST_MAIN(TestTransportResilience)
#include "tst_transport_resilience.moc"
