// What the Transport sends (URL, query, headers, body, credentials) and how it reads
// the server's error answers, over real HTTP against ScriptedServer.

#include "CallCatcher.h"
#include "ScriptedServer.h"
#include "TestMain.h"
#include "api/JsonCall.h"
#include "api/Transport.h"

#include <QRegularExpression>
#include <QSignalSpy>

using namespace odag::api;
using Raw = ApiResult<RawResponse>;

namespace {

struct Thing
{
    QString id;
    int count = 0;
    QJsonObject extra;

    template <class V>
    static void fields(V &v)
    {
        v("id", &Thing::id);
        v("count", &Thing::count);
    }
};

Transport::Options fastOptions()
{
    Transport::Options o;
    o.defaultTimeoutMs = 3000;
    o.backoffBaseMs = 10;
    return o;
}

RequestSpec get(const QString &path)
{
    RequestSpec spec;
    spec.path = path;
    return spec;
}

Raw run(Transport &transport, RequestSpec spec)
{
    QObject context;
    CallCatcher<Raw> c;
    transport.send(std::move(spec), &context, c.callback());
    if (!c.wait()) {
        ApiError e;
        e.kind = ApiError::Kind::Timeout;
        e.technical = QStringLiteral("the test gave up waiting for the callback");
        return e;
    }
    return c.get();
}

} // namespace

class TestTransportBasics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void getSendsQueryAndHeaders()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        server.route(
            "GET", QStringLiteral("/api/v1/spaces"),
            ScriptedServer::Reply::json(200, R"({"data":[]})").withHeader("X-Request-Id", "req-1"));
        Transport transport(server.baseUrl(), fastOptions());
        RequestSpec spec = get(QStringLiteral("/api/v1/spaces"));
        spec.query.addQueryItem(QStringLiteral("limit"), QStringLiteral("10"));
        spec.query.addQueryItem(QStringLiteral("name"), QStringLiteral("a+b&c d"));
        const Raw r = run(transport, spec);
        ODAG_VERIFY_OK(r);
        QCOMPARE(r.value().status, 200);
        QCOMPARE(r.value().body, QByteArray(R"({"data":[]})"));
        QCOMPARE(r.value().header("x-request-id"), QByteArray("req-1"));
        QCOMPARE(r.value().header("X-REQUEST-ID"), QByteArray("req-1"));
        QVERIFY(r.value().header("absent").isEmpty());

        const auto req = server.lastRequest();
        QCOMPARE(req.method, QByteArray("GET"));
        QCOMPARE(req.path, QStringLiteral("/api/v1/spaces"));
        QCOMPARE(req.query.queryItemValue(QStringLiteral("limit")), QStringLiteral("10"));
        QCOMPARE(req.query.queryItemValue(QStringLiteral("name"), QUrl::FullyDecoded),
                 QStringLiteral("a+b&c d"));
        // Sent encoded: a form-decoding server must not read '+' as a space.
        QVERIFY2(req.query.query(QUrl::FullyEncoded).contains(QStringLiteral("name=a%2Bb%26c%20d")),
                 qPrintable(req.query.query(QUrl::FullyEncoded)));
        QCOMPARE(req.header("accept"), QByteArray("application/json"));
        QCOMPARE(req.header("user-agent"), QByteArray("ODAG-Admin/" ODAG_VERSION));
        QVERIFY(!req.headers.contains("content-type"));
        QVERIFY(!req.headers.contains("authorization"));
    }

    void basePathAndPathSegmentsKeepTheirEncoding()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        QUrl base = server.baseUrl();
        base.setPath(QStringLiteral("/proxy/"));
        Transport transport(base, fastOptions());
        server.enqueue(ScriptedServer::Reply::noContent());
        const Raw r = run(transport, get(QStringLiteral("/api/v1/spaces/") +
                                         pathSegment(QStringLiteral("a/b c?d"))));
        ODAG_VERIFY_OK(r);
        QCOMPARE(r.value().status, 204);
        QCOMPARE(server.lastRequest().rawPath, QByteArray("/proxy/api/v1/spaces/a%2Fb%20c%3Fd"));
    }

    void postSendsBodyAndContentType()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        server.route("POST", QStringLiteral("/api/v1/things"),
                     ScriptedServer::Reply::json(201, R"({"id":"t1","count":2})"));
        Transport transport(server.baseUrl(), fastOptions());
        RequestSpec spec;
        spec.method = "POST";
        spec.path = QStringLiteral("/api/v1/things");
        spec.body = R"({"name":"x"})";
        CallCatcher<ApiResult<Thing>> c;
        sendJson<Thing>(transport, spec, this, c.callback());
        QVERIFY(c.wait());
        ODAG_VERIFY_OK(c.get());
        QCOMPARE(c.get().value().id, QStringLiteral("t1"));
        QCOMPARE(c.get().value().count, 2);
        const auto req = server.lastRequest();
        QCOMPARE(req.method, QByteArray("POST"));
        QCOMPARE(req.body, QByteArray(R"({"name":"x"})"));
        QCOMPARE(req.header("content-type"), QByteArray("application/json"));
    }

    void bearerKeyIsSent()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        server.enqueue(ScriptedServer::Reply::json(200, "{}"));
        Transport transport(server.baseUrl(), fastOptions());
        transport.setAuthenticator(std::make_shared<ApiKeyAuth>("k3y-value-123"));
        const Raw r1 = run(transport, get(QStringLiteral("/x")));
        ODAG_VERIFY_OK(r1);
        QCOMPARE(server.lastRequest().header("authorization"), QByteArray("Bearer k3y-value-123"));
    }

    void qseXrfKeyIsFreshAndMatches()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        server.setHandler(
            [](const ScriptedServer::Request &) { return ScriptedServer::Reply::json(200, "{}"); });
        Transport transport(server.baseUrl(), fastOptions());
        QseAuth::Settings settings;
        settings.userDirectory = QStringLiteral("CORP");
        settings.userId = QStringLiteral("jdoe");
        transport.setAuthenticator(std::make_shared<QseAuth>(settings));
        RequestSpec spec = get(QStringLiteral("/qrs/odag/links"));
        spec.query.addQueryItem(QStringLiteral("xrfkey"), QStringLiteral("OLDOLDOLDOLDOLD1"));
        const Raw r2 = run(transport, spec);
        ODAG_VERIFY_OK(r2);
        const Raw r3 = run(transport, spec);
        ODAG_VERIFY_OK(r3);
        QCOMPARE(server.requestCount(), 2);

        static const QRegularExpression format(QStringLiteral("^[0-9A-Za-z]{16}$"));
        QStringList keys;
        for (const auto &req : server.requests()) {
            const QStringList inQuery = req.query.allQueryItemValues(QStringLiteral("xrfkey"));
            QCOMPARE(inQuery.size(), 1); // the caller's stale key was replaced
            const QString key = inQuery.first();
            QVERIFY2(format.match(key).hasMatch(), qPrintable(key));
            QCOMPARE(req.header("x-qlik-xrfkey"), key.toLatin1());
            QCOMPARE(req.header("x-qlik-user"), QByteArray("UserDirectory=CORP; UserId=jdoe"));
            keys << key;
        }
        QVERIFY(keys.at(0) != keys.at(1));
        QVERIFY(!keys.contains(QStringLiteral("OLDOLDOLDOLDOLD1")));
    }

    void qseHeaderNameIsConfigurable()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        server.enqueue(ScriptedServer::Reply::json(200, "{}"));
        Transport transport(server.baseUrl(), fastOptions());
        QseAuth::Settings settings;
        settings.headerName = "hdr-user";
        settings.userDirectory = QStringLiteral("D");
        settings.userId = QStringLiteral("u1");
        transport.setAuthenticator(std::make_shared<QseAuth>(settings));
        const Raw r4 = run(transport, get(QStringLiteral("/x")));
        ODAG_VERIFY_OK(r4);
        QCOMPARE(server.lastRequest().header("hdr-user"), QByteArray("UserDirectory=D; UserId=u1"));
        QVERIFY(!server.lastRequest().headers.contains("x-qlik-user"));
    }

    void makeXrfKeyFormat()
    {
        QSet<QString> seen;
        static const QRegularExpression format(QStringLiteral("^[0-9A-Za-z]{16}$"));
        for (int i = 0; i < 200; ++i) {
            const QString key = QseAuth::makeXrfKey();
            QVERIFY2(format.match(key).hasMatch(), qPrintable(key));
            seen.insert(key);
        }
        QCOMPARE(seen.size(), 200);
    }

    void httpErrorsAreMapped_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("flavor");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("detail");
        QTest::addColumn<QString>("traceId");
        QTest::addColumn<QString>("inMessage");

        const int v2 = int(ErrorFlavor::ErrorV2);
        QTest::newRow("400") << 400
                             << QByteArray(
                                    R"({"errors":[{"code":"ODAG-1","title":"Bad","detail":)"
                                    R"("rowEstRange is required","meta":{"statusCode":400}}],)"
                                    R"("traceId":"t-400"})")
                             << v2 << "ODAG-1"
                             << "rowEstRange is required"
                             << "t-400"
                             << "refused the request as invalid: rowEstRange is required";
        QTest::newRow("401") << 401 << QByteArray(R"({"errors":[{"code":"AUTH","title":"no"}]})")
                             << v2 << "AUTH"
                             << ""
                             << ""
                             << "API key";
        QTest::newRow("403") << 403
                             << QByteArray(R"({"errors":[{"code":"F","title":"Forbidden",)"
                                           R"("detail":"not a space member"}]})")
                             << int(ErrorFlavor::ErrorResponse) << "F"
                             << "not a space member"
                             << ""
                             << "permission";
        QTest::newRow("404") << 404
                             << QByteArray(R"({"errors":[{"code":"N","title":"x","detail":"gone",)"
                                           R"("meta":{"traceId":"meta-trace"}}]})")
                             << int(ErrorFlavor::ErrorResponse) << "N"
                             << "gone"
                             << "meta-trace"
                             << "could not find";
        QTest::newRow("409") << 409 << QByteArray(R"({"message":"version mismatch"})")
                             << int(ErrorFlavor::QseMessage) << ""
                             << "version mismatch"
                             << ""
                             << "changed by someone else";
        QTest::newRow("500") << 500 << QByteArray(R"({"errors":[{"code":"E","title":"boom"}]})")
                             << v2 << "E"
                             << ""
                             << ""
                             << "500 Internal Server Error";
    }

    void httpErrorsAreMapped()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, flavor);
        ScriptedServer server;
        QVERIFY(server.listen());
        server.setHandler([&](const ScriptedServer::Request &) {
            return ScriptedServer::Reply::json(status, body);
        });
        Transport::Options options = fastOptions();
        options.maxRetries = 0;
        Transport transport(server.baseUrl(), options);
        RequestSpec spec = get(QStringLiteral("/api/v1/x"));
        spec.errorFlavor = ErrorFlavor(flavor);
        const Raw r = run(transport, spec);
        QVERIFY(!r.ok());
        const ApiError &e = r.error();
        QCOMPARE(e.kind, ApiError::Kind::Http);
        QCOMPARE(e.httpStatus, status);
        QTEST(e.code, "code");
        QTEST(e.detail, "detail");
        QTEST(e.traceId, "traceId");
        QFETCH(QString, inMessage);
        QVERIFY2(e.message().contains(inMessage), qPrintable(e.message()));
        QCOMPARE(e.method, QStringLiteral("GET"));
        QVERIFY(e.url.endsWith(QStringLiteral("/api/v1/x")));
        QVERIFY(e.details().contains(QString::number(status)));
        if (!e.traceId.isEmpty())
            QVERIFY(e.details().contains(e.traceId));
        if (!e.code.isEmpty())
            QVERIFY(e.details().contains(e.code));
    }

    void nonJsonErrorBodyStillReads()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        server.enqueue(ScriptedServer::Reply::json(502, "<html><body>Bad gateway</body></html>")
                           .withHeader("Content-Type", "text/html")
                           .withHeader("traceparent",
                                       "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"));
        server.enqueue(ScriptedServer::Reply::json(400, "upstream said no")
                           .withHeader("Content-Type", "text/plain")
                           .withHeader("X-Request-Id", "hdr-trace"));
        Transport::Options options = fastOptions();
        options.maxRetries = 0;
        Transport transport(server.baseUrl(), options);

        const Raw a = run(transport, get(QStringLiteral("/a")));
        QVERIFY(!a.ok());
        QCOMPARE(a.error().httpStatus, 502);
        QVERIFY(a.error().detail.isEmpty());
        QCOMPARE(a.error().traceId, QStringLiteral("4bf92f3577b34da6a3ce929d0e0e4736"));
        QVERIFY2(a.error().message().contains(QStringLiteral("502 Bad Gateway")),
                 qPrintable(a.error().message()));
        QVERIFY(!a.error().message().contains(QStringLiteral("<html>")));

        const Raw b = run(transport, get(QStringLiteral("/b")));
        QVERIFY(!b.ok());
        QCOMPARE(b.error().traceId, QStringLiteral("hdr-trace"));
        QVERIFY2(b.error().message().contains(QStringLiteral("upstream said no")),
                 qPrintable(b.error().message()));
    }

    void malformedJsonIsADecodeErrorNamingThePath()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        server.enqueue(ScriptedServer::Reply::json(200, R"({"id":"a","count":"many"})"));
        server.enqueue(ScriptedServer::Reply::json(200, "{\"id\":\"a\",\"cou"));
        Transport transport(server.baseUrl(), fastOptions());

        CallCatcher<ApiResult<Thing>> wrongType;
        sendJson<Thing>(transport, get(QStringLiteral("/t")), this, wrongType.callback());
        QVERIFY(wrongType.wait());
        QVERIFY(!wrongType.get().ok());
        QCOMPARE(wrongType.get().error().kind, ApiError::Kind::Decode);
        QCOMPARE(wrongType.get().error().httpStatus, 200);
        QVERIFY2(wrongType.get().error().technical.startsWith(QStringLiteral("count")),
                 qPrintable(wrongType.get().error().technical));
        QVERIFY(wrongType.get().error().message().contains(QStringLiteral("count")));

        CallCatcher<ApiResult<Thing>> broken;
        sendJson<Thing>(transport, get(QStringLiteral("/t")), this, broken.callback());
        QVERIFY(broken.wait());
        QVERIFY(!broken.get().ok());
        QCOMPARE(broken.get().error().kind, ApiError::Kind::Decode);
        QVERIFY(!broken.get().error().technical.isEmpty());
    }

    void absoluteLinksOnlyToTheTenant()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        server.enqueue(ScriptedServer::Reply::json(200, "{}"));
        Transport transport(server.baseUrl(), fastOptions());
        QUrl same = server.baseUrl();
        same.setPath(QStringLiteral("/api/v1/spaces"));
        same.setQuery(QStringLiteral("next=abc"));
        const Raw r5 = run(transport, get(same.toString()));
        ODAG_VERIFY_OK(r5);
        QCOMPARE(server.lastRequest().query.queryItemValue(QStringLiteral("next")),
                 QStringLiteral("abc"));

        const Raw foreign =
            run(transport, get(QStringLiteral("http://evil.example/api/v1/spaces")));
        QVERIFY(!foreign.ok());
        QCOMPARE(foreign.error().kind, ApiError::Kind::Network);
        QVERIFY2(foreign.error().message().contains(QStringLiteral("evil.example")),
                 qPrintable(foreign.error().message()));
        QUrl otherPort = server.baseUrl();
        otherPort.setPort(server.baseUrl().port() + 1);
        QVERIFY(!run(transport, get(otherPort.toString())).ok());
        QCOMPARE(server.requestCount(), 1);
    }

    void messagesForTransportFailures()
    {
        ApiError timeout;
        timeout.kind = ApiError::Kind::Timeout;
        timeout.timeoutMs = 2000;
        QVERIFY2(timeout.message().contains(QStringLiteral("2 second")),
                 qPrintable(timeout.message()));
        ApiError tls;
        tls.kind = ApiError::Kind::Tls;
        tls.technical = QStringLiteral("The certificate is self-signed, and untrusted");
        QVERIFY(tls.message().contains(QStringLiteral("self-signed")));
        ApiError limited;
        limited.kind = ApiError::Kind::RateLimited;
        limited.retryAfterSeconds = 300;
        QVERIFY(limited.message().contains(QStringLiteral("300 second")));
        ApiError canceled;
        canceled.kind = ApiError::Kind::Canceled;
        QVERIFY(canceled.isCanceled());
        QVERIFY(!canceled.message().isEmpty());
        ApiError bad;
        bad.kind = ApiError::Kind::Http;
        bad.httpStatus = 400;
        QVERIFY(bad.message().contains(QStringLiteral("400 Bad Request")));
    }

    void idempotencyDefaults()
    {
        RequestSpec s;
        for (const char *m : {"GET", "HEAD", "PUT", "DELETE"}) {
            s.method = m;
            QVERIFY2(s.isIdempotent(), m);
        }
        for (const char *m : {"POST", "PATCH"}) {
            s.method = m;
            QVERIFY2(!s.isIdempotent(), m);
        }
        s.idempotent = true;
        QVERIFY(s.isIdempotent());
        s.method = "GET";
        s.idempotent = false;
        QVERIFY(!s.isIdempotent());
    }
};

ODAG_TEST_MAIN(TestTransportBasics)
#include "tst_transport_basics.moc"
