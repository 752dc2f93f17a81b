// Streaming bodies (app export to a sink, app import from a device) and the exchange
// log's redaction of credentials, over real HTTP against ScriptedServer.

#include "CallCatcher.h"
#include "ScriptedServer.h"
#include "TestMain.h"
#include "api/Logging.h"
#include "api/Redaction.h"
#include "api/Transport.h"

#include <QBuffer>
#include <QLoggingCategory>
#include <QSignalSpy>

using namespace odag::api;
using Raw = ApiResult<RawResponse>;
using Reply = ScriptedServer::Reply;

namespace {

Transport::Options fastOptions()
{
    Transport::Options o;
    o.defaultTimeoutMs = 3000;
    o.backoffBaseMs = 10;
    return o;
}

QByteArray pattern(int size)
{
    QByteArray data(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        data[i] = char('a' + (i * 7 + i / 1024) % 26);
    return data;
}

// Collects every log line while alive.
class LogCapture
{
public:
    LogCapture()
    {
        s_lines.clear();
        QLoggingCategory::setFilterRules(QStringLiteral("odag.*=true"));
        m_previous = qInstallMessageHandler(&LogCapture::handle);
    }
    ~LogCapture()
    {
        qInstallMessageHandler(m_previous);
        QLoggingCategory::setFilterRules(QStringLiteral("odag.*.debug=false"));
    }
    QStringList lines() const { return s_lines; }

private:
    static void handle(QtMsgType, const QMessageLogContext &context, const QString &message)
    {
        s_lines << QString::fromLatin1(context.category ? context.category : "") + u' ' + message;
    }
    static inline QStringList s_lines;
    QtMessageHandler m_previous = nullptr;
};

} // namespace

class TestTransportStreams : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void downloadGoesToTheSinkWithProgress()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        const QByteArray payload = pattern(3 * 1024 * 1024 + 17);
        server.enqueue(
            Reply::json(200, payload).withHeader("Content-Type", "application/octet-stream"));
        Transport transport(server.baseUrl(), fastOptions());
        QBuffer sink;
        QVERIFY(sink.open(QIODevice::WriteOnly));
        RequestSpec spec;
        spec.path = QStringLiteral("/api/v1/temp-contents/export");
        spec.accept = "application/octet-stream";
        spec.downloadSink = &sink;
        CallCatcher<Raw> c;
        PendingCall *pending = transport.send(spec, this, c.callback());
        QSignalSpy progress(pending, &PendingCall::downloadProgress);
        QVERIFY(c.wait(10000));
        ODAG_VERIFY_OK(c.get());
        QVERIFY(c.get().value().body.isEmpty()); // not kept in memory
        QCOMPARE(sink.data().size(), payload.size());
        QVERIFY(sink.data() == payload);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toLongLong(), qint64(payload.size()));
        QCOMPARE(progress.last().at(1).toLongLong(), qint64(payload.size()));
    }

    void errorBodyDoesNotGoToTheSink()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        server.enqueue(Reply::json(404, R"({"errors":[{"code":"APP-404","title":"no app"}]})"));
        Transport transport(server.baseUrl(), fastOptions());
        QBuffer sink;
        QVERIFY(sink.open(QIODevice::WriteOnly));
        RequestSpec spec;
        spec.path = QStringLiteral("/export");
        spec.downloadSink = &sink;
        CallCatcher<Raw> c;
        transport.send(spec, this, c.callback());
        QVERIFY(c.wait());
        QVERIFY(!c.get().ok());
        QCOMPARE(c.get().error().code, QStringLiteral("APP-404"));
        QVERIFY(sink.data().isEmpty());
    }

    void retriedDownloadStartsTheSinkOver()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        const QByteArray payload = pattern(200000);
        server.enqueue(Reply::truncated(payload));
        server.enqueue(Reply::json(200, payload));
        Transport transport(server.baseUrl(), fastOptions());
        QBuffer sink;
        QVERIFY(sink.open(QIODevice::WriteOnly));
        RequestSpec spec;
        spec.path = QStringLiteral("/export");
        spec.downloadSink = &sink;
        CallCatcher<Raw> c;
        transport.send(spec, this, c.callback());
        QVERIFY(c.wait());
        ODAG_VERIFY_OK(c.get());
        QCOMPARE(server.requestCount(), 2);
        QCOMPARE(sink.data().size(), payload.size());
        QVERIFY(sink.data() == payload);
    }

    void uploadStreamsTheDevice()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        server.enqueue(Reply::json(201, R"({"id":"app-1"})"));
        Transport transport(server.baseUrl(), fastOptions());
        QByteArray data = pattern(1536 * 1024);
        QBuffer source(&data);
        QVERIFY(source.open(QIODevice::ReadOnly));
        RequestSpec spec;
        spec.method = "POST";
        spec.path = QStringLiteral("/api/v1/apps/import");
        spec.contentType = "application/octet-stream";
        spec.uploadDevice = &source;
        CallCatcher<Raw> c;
        PendingCall *pending = transport.send(spec, this, c.callback());
        QSignalSpy progress(pending, &PendingCall::uploadProgress);
        QVERIFY(c.wait(10000));
        ODAG_VERIFY_OK(c.get());
        const auto req = server.lastRequest();
        QCOMPARE(req.header("content-type"), QByteArray("application/octet-stream"));
        QCOMPARE(req.body.size(), data.size());
        QVERIFY(req.body == data);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toLongLong(), qint64(data.size()));
    }

    void retriedUploadSendsTheWholeDeviceAgain()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        server.enqueue(Reply::json(503, "{}"));
        server.enqueue(Reply::noContent());
        Transport transport(server.baseUrl(), fastOptions());
        QByteArray data = pattern(300000);
        QBuffer source(&data);
        QVERIFY(source.open(QIODevice::ReadOnly));
        RequestSpec spec;
        spec.method = "PUT";
        spec.path = QStringLiteral("/put");
        spec.uploadDevice = &source;
        CallCatcher<Raw> c;
        transport.send(spec, this, c.callback());
        QVERIFY(c.wait());
        ODAG_VERIFY_OK(c.get());
        QCOMPARE(server.requestCount(), 2);
        QVERIFY(server.requests().at(1).body == data);
    }

    void redactUrl()
    {
        const QUrl url(
            QStringLiteral("https://u:pw@t.example/api?xrfkey=abcdEFGH12345678&Xrfkey=x2&"
                           "api_key=k1&client_secret=s1&password=p1&code=c1&"
                           "access_token=t1&name=keep&limit=5"));
        const QString r = Transport::redactUrl(url);
        for (const char *leak : {"abcdEFGH12345678", "=x2", "k1", "s1", "p1", "c1", "t1", ":pw@"})
            QVERIFY2(!r.contains(QLatin1StringView(leak)), qPrintable(r));
        QVERIFY2(r.contains(QStringLiteral("xrfkey=***")), qPrintable(r));
        QVERIFY(r.contains(QStringLiteral("name=keep")));
        QVERIFY(r.contains(QStringLiteral("limit=5")));
        QVERIFY(r.startsWith(QStringLiteral("https://")));

        const QString text = redaction::text(
            QStringLiteral("Error transferring https://h/p?xrfkey=abcdef1234567890&x=1 - Bearer "
                           "sk-secret-value failed"),
            {"sk-secret-value"});
        QVERIFY2(!text.contains(QStringLiteral("abcdef1234567890")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("sk-secret-value")));
        QVERIFY(text.contains(QStringLiteral("x=1")));
    }

    void exchangeLogHasNoApiKey()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        server.enqueue(Reply::json(200, "{}"));
        server.enqueue(Reply::json(404, "{}"));
        const QByteArray key = "eyJhbGciOi.SECRET-KEY-VALUE.sig";
        Transport transport(server.baseUrl(), fastOptions());
        transport.setAuthenticator(std::make_shared<ApiKeyAuth>(key));
        QSignalSpy exchanges(&transport, &Transport::exchanged);
        LogCapture log;
        for (int i = 0; i < 2; ++i) {
            RequestSpec spec;
            spec.path = QStringLiteral("/api/v1/x");
            spec.query.addQueryItem(QStringLiteral("token"), QStringLiteral("tok-VALUE-1"));
            spec.query.addQueryItem(QStringLiteral("limit"), QStringLiteral("5"));
            CallCatcher<Raw> c;
            transport.send(spec, this, c.callback());
            QVERIFY(c.wait());
            if (!c.get().ok()) {
                const ApiError &e = c.get().error();
                QVERIFY(!e.details().contains(QStringLiteral("tok-VALUE-1")));
                QVERIFY(e.url.contains(QStringLiteral("token=***")));
            }
        }
        QCOMPARE(server.lastRequest().header("authorization"), "Bearer " + key);
        QCOMPARE(exchanges.size(), 2);
        for (const auto &args : exchanges) {
            const Exchange x = args.at(0).value<Exchange>();
            QVERIFY2(x.url.contains(QStringLiteral("token=***")), qPrintable(x.url));
            QVERIFY(x.url.contains(QStringLiteral("limit=5")));
            QVERIFY(!x.url.contains(QStringLiteral("tok-VALUE-1")));
        }
        QVERIFY(!log.lines().isEmpty());
        bool sawExchangeLine = false;
        for (const QString &line : log.lines()) {
            QVERIFY2(!line.contains(QString::fromLatin1(key)), qPrintable(line));
            QVERIFY2(!line.contains(QStringLiteral("SECRET-KEY-VALUE")), qPrintable(line));
            QVERIFY2(!line.contains(QStringLiteral("tok-VALUE-1")), qPrintable(line));
            sawExchangeLine |= line.startsWith(QStringLiteral("odag.api.exchange"));
        }
        QVERIFY(sawExchangeLine);
    }

    void exchangeLogHasNoXrfKey()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        server.enqueue(Reply::json(200, "{}"));
        server.enqueue(Reply::truncated(R"({"a":"bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"})"));
        server.enqueue(Reply::json(409, R"({"message":"conflict"})"));
        Transport::Options options = fastOptions();
        options.maxRetries = 0;
        Transport transport(server.baseUrl(), options);
        QseAuth::Settings settings;
        settings.userDirectory = QStringLiteral("CORP");
        settings.userId = QStringLiteral("admin");
        transport.setAuthenticator(std::make_shared<QseAuth>(settings));
        QSignalSpy exchanges(&transport, &Transport::exchanged);
        QStringList errorTexts;
        LogCapture log;
        for (int i = 0; i < 3; ++i) {
            RequestSpec spec;
            spec.path = QStringLiteral("/qrs/odag/requests");
            spec.errorFlavor = ErrorFlavor::QseMessage;
            CallCatcher<Raw> c;
            transport.send(spec, this, c.callback());
            QVERIFY(c.wait());
            if (!c.get().ok())
                errorTexts << c.get().error().details() << c.get().error().url
                           << c.get().error().technical;
        }
        QCOMPARE(errorTexts.size(), 6);
        QVERIFY(server.requestCount() >= 3);
        QStringList keys;
        for (const auto &req : server.requests())
            keys << req.query.queryItemValue(QStringLiteral("xrfkey"));
        QCOMPARE(exchanges.size(), 3);
        QStringList everything = log.lines() + errorTexts;
        for (const auto &args : exchanges) {
            const Exchange x = args.at(0).value<Exchange>();
            everything << x.url << x.error;
            QVERIFY2(x.url.contains(QStringLiteral("xrfkey=***")), qPrintable(x.url));
        }
        for (const QString &key : keys) {
            QCOMPARE(key.size(), 16);
            for (const QString &text : everything)
                QVERIFY2(!text.contains(key), qPrintable(text));
        }
    }
};

ODAG_TEST_MAIN(TestTransportStreams)
#include "tst_transport_streams.moc"
