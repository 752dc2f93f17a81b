// Large answers over real HTTP (a loopback ScriptedServer): sendJson and CursorPager
// decode a body above kOffThreadDecodeBytes on a worker thread and deliver it on the
// caller's thread; a decode failure reads the same as in place; a dead context or a
// cancel during the decode never gets the decoded value.

#include "CallCatcher.h"
#include "ScriptedServer.h"
#include "TestMain.h"
#include "api/CursorPager.h"
#include "api/JsonCall.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSemaphore>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QThread>
#include <QThreadPool>

#include <atomic>

using namespace odag;
using namespace odag::api;
using Reply = ScriptedServer::Reply;

namespace {

// Where the last item was decoded, and a gate that holds a decode in the middle so a
// test can act while it runs.
std::atomic<QThread *> g_decodeThread{nullptr};
std::atomic<bool> g_holdNextDecode{false};
std::atomic<bool> g_decodeHeld{false};
QSemaphore g_releaseDecode;

struct Item
{
    QString id;
    QJsonObject extra;

    template <class V>
    static void fields(V &v)
    {
        v("id", &Item::id);
    }
    // The codecs call this for every item decoded: it records the thread and, when a
    // test asked for it, waits (bounded, so a decode wrongly on the GUI thread fails
    // the test instead of hanging it) until the test lets it go on.
    static bool validate(const Item &, json::Context &)
    {
        g_decodeThread = QThread::currentThread();
        if (g_holdNextDecode.exchange(false)) {
            g_decodeHeld = true;
            g_releaseDecode.tryAcquire(1, 10000);
        }
        return true;
    }
};

using Items = ApiResult<QList<Item>>;

// `count` items with long IDs: about 60 bytes each. `badAt` >= 0 makes that one's id a
// number.
QJsonArray itemArray(int count, int badAt = -1)
{
    QJsonArray array;
    for (int i = 0; i < count; ++i) {
        if (i == badAt)
            array.append(QJsonObject{{QStringLiteral("id"), i}});
        else
            array.append(QJsonObject{
                {QStringLiteral("id"), QStringLiteral("item-%1-%2")
                                           .arg(i, 8, 10, QLatin1Char('0'))
                                           .arg(QString(36, QLatin1Char('x')))}});
    }
    return array;
}

QByteArray compact(const QJsonArray &array)
{
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

constexpr int kLargeCount = 8000; // about 470 KiB

RequestSpec itemsSpec()
{
    RequestSpec spec;
    spec.path = QStringLiteral("/api/v1/items");
    return spec;
}

Transport::Options fastOptions()
{
    Transport::Options o;
    o.defaultTimeoutMs = 5000;
    o.maxRetries = 0;
    return o;
}

} // namespace

class TestLargeAnswers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        g_decodeThread = nullptr;
        g_holdNextDecode = false;
        g_decodeHeld = false;
    }

    void cleanup()
    {
        // A held decode must not outlive its test.
        g_releaseDecode.release(4);
        QThreadPool::globalInstance()->waitForDone(10000);
        g_releaseDecode.acquire(g_releaseDecode.available());
    }

    void largeAnswerIsDecodedOffThreadAndDeliveredOnTheCallersThread()
    {
        const QByteArray body = compact(itemArray(kLargeCount));
        QVERIFY(body.size() > kOffThreadDecodeBytes);
        ScriptedServer server;
        QVERIFY(server.listen());
        server.enqueue(Reply::json(200, body));
        Transport transport(server.baseUrl(), fastOptions());

        QThread *callbackThread = nullptr;
        CallCatcher<Items> c;
        auto record = c.callback();
        QPointer<PendingCall> call = sendJson<QList<Item>>(
            transport, itemsSpec(), this, [&callbackThread, record](const Items &r) {
                callbackThread = QThread::currentThread();
                record(r);
            });
        QVERIFY(c.wait(10000));
        ODAG_VERIFY_OK(c.get());
        QCOMPARE(c.get().value().size(), kLargeCount);
        QCOMPARE(c.get().value().last().id.left(13), QStringLiteral("item-00007999"));
        QVERIFY(g_decodeThread.load() != nullptr);
        QVERIFY2(g_decodeThread.load() != QThread::currentThread(), "decoded on the GUI thread");
        QCOMPARE(callbackThread, QThread::currentThread());
        QTRY_VERIFY(call.isNull()); // the call finished and went away
        QCOMPARE(c.count, 1);
        QCOMPARE(server.requestCount(), 1);
    }

    void smallAnswerIsDecodedInPlace()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        server.enqueue(Reply::json(200, compact(itemArray(20))));
        Transport transport(server.baseUrl(), fastOptions());
        CallCatcher<Items> c;
        sendJson<QList<Item>>(transport, itemsSpec(), this, c.callback());
        QVERIFY(c.wait());
        ODAG_VERIFY_OK(c.get());
        QCOMPARE(c.get().value().size(), 20);
        QCOMPARE(g_decodeThread.load(), QThread::currentThread());
    }

    void largeDecodeFailureReadsAsInPlace()
    {
        const QByteArray body = compact(itemArray(kLargeCount, 6543));
        QVERIFY(body.size() > kOffThreadDecodeBytes);
        const auto inPlace = json::decode<QList<Item>>(body);
        QVERIFY(!inPlace.ok());
        ScriptedServer server;
        QVERIFY(server.listen());
        server.enqueue(Reply::json(200, body));
        Transport transport(server.baseUrl(), fastOptions());
        CallCatcher<Items> c;
        sendJson<QList<Item>>(transport, itemsSpec(), this, c.callback());
        QVERIFY(c.wait(10000));
        QVERIFY(!c.get().ok());
        const ApiError &e = c.get().error();
        QCOMPARE(e.kind, ApiError::Kind::Decode);
        QCOMPARE(e.httpStatus, 200);
        QCOMPARE(e.technical, inPlace.error().toString());
        QCOMPARE(e.technical, QStringLiteral("[6543].id: expected string"));
        QVERIFY2(e.message().contains(QStringLiteral("[6543].id")), qPrintable(e.message()));
        QCOMPARE(e.method, QStringLiteral("GET"));
        QVERIFY(e.url.contains(QStringLiteral("/api/v1/items")));
        QVERIFY(g_decodeThread.load() != QThread::currentThread());
    }

    void deadContextDuringTheDecodeGetsNoCallback()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        server.enqueue(Reply::json(200, compact(itemArray(kLargeCount))));
        Transport transport(server.baseUrl(), fastOptions());
        auto *context = new QObject;
        int calls = 0;
        g_holdNextDecode = true;
        QPointer<PendingCall> call = sendJson<QList<Item>>(
            transport, itemsSpec(), context, [&calls](const Items &) { ++calls; });
        QTRY_VERIFY_WITH_TIMEOUT(g_decodeHeld.load(), 10000);
        QVERIFY(!call.isNull());
        QVERIFY(!call->isFinished());
        delete context;
        QTRY_VERIFY(call.isNull()); // finished without a callback
        g_releaseDecode.release();
        QVERIFY(QThreadPool::globalInstance()->waitForDone(10000));
        QCoreApplication::processEvents();
        QTest::qWait(50); // a stray delivery would be queued by now
        QCOMPARE(calls, 0);
    }

    void cancelDuringTheDecodeDeliversCanceledOnce()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        server.enqueue(Reply::json(200, compact(itemArray(kLargeCount))));
        Transport transport(server.baseUrl(), fastOptions());
        CallCatcher<Items> c;
        g_holdNextDecode = true;
        QPointer<PendingCall> call =
            sendJson<QList<Item>>(transport, itemsSpec(), this, c.callback());
        QSignalSpy finished(call.data(), &PendingCall::finished);
        QTRY_VERIFY_WITH_TIMEOUT(g_decodeHeld.load(), 10000);
        QCOMPARE(c.count, 0);
        call->cancel();
        QCOMPARE(c.count, 1);
        QVERIFY(!c.get().ok());
        QVERIFY(c.get().error().isCanceled());
        QCOMPARE(finished.size(), 1);
        call->cancel(); // a second cancel is harmless
        g_releaseDecode.release();
        QVERIFY(QThreadPool::globalInstance()->waitForDone(10000));
        QTest::qWait(50);
        QCOMPARE(c.count, 1); // the decoded list never arrives
        QTRY_VERIFY(call.isNull());
    }

    void cancelBeforeTheAnswerStillCancelsTheRequest()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        server.enqueue(Reply::json(200, compact(itemArray(kLargeCount))).withDelay(2000));
        Transport transport(server.baseUrl(), fastOptions());
        CallCatcher<Items> c;
        QPointer<PendingCall> call =
            sendJson<QList<Item>>(transport, itemsSpec(), this, c.callback());
        QTRY_COMPARE(server.requestCount(), 1);
        call->cancel();
        QCOMPARE(c.count, 1);
        QVERIFY(c.get().error().isCanceled());
        QCOMPARE(transport.callsInFlight(), 0);
        QTRY_VERIFY(call.isNull());
    }

    void pagerDecodesALargePageOffThread()
    {
        QJsonObject page{{QStringLiteral("data"), itemArray(kLargeCount)},
                         {QStringLiteral("links"), QJsonObject{}}};
        const QByteArray body = QJsonDocument(page).toJson(QJsonDocument::Compact);
        QVERIFY(body.size() > kOffThreadDecodeBytes);
        ScriptedServer server;
        QVERIFY(server.listen());
        server.enqueue(Reply::json(200, body));
        Transport transport(server.baseUrl(), fastOptions());
        CallCatcher<Items> c;
        QList<qint64> progress;
        CursorPager::fetchAll<Item>(
            transport, itemsSpec(), this,
            [&progress](int, qint64 items) { progress.append(items); }, c.callback());
        QVERIFY(c.wait(10000));
        ODAG_VERIFY_OK(c.get());
        QCOMPARE(c.get().value().size(), kLargeCount);
        QCOMPARE(progress, QList<qint64>{kLargeCount});
        QVERIFY2(g_decodeThread.load() != QThread::currentThread(), "decoded on the GUI thread");
        QCOMPARE(c.count, 1);
    }

    void pagerCancelledDuringTheDecodeReportsCanceledOnce()
    {
        QJsonObject page{{QStringLiteral("data"), itemArray(kLargeCount)},
                         {QStringLiteral("links"), QJsonObject{}}};
        ScriptedServer server;
        QVERIFY(server.listen());
        server.enqueue(Reply::json(200, QJsonDocument(page).toJson(QJsonDocument::Compact)));
        Transport transport(server.baseUrl(), fastOptions());
        CallCatcher<Items> c;
        g_holdNextDecode = true;
        QPointer<CursorPager> pager =
            CursorPager::fetchAll<Item>(transport, itemsSpec(), this, {}, c.callback());
        QTRY_VERIFY_WITH_TIMEOUT(g_decodeHeld.load(), 10000);
        pager->cancel();
        QCOMPARE(c.count, 1);
        QVERIFY(c.get().error().isCanceled());
        g_releaseDecode.release();
        QVERIFY(QThreadPool::globalInstance()->waitForDone(10000));
        QTest::qWait(50);
        QCOMPARE(c.count, 1);
        QTRY_VERIFY(pager.isNull());
    }
};

ODAG_TEST_MAIN(TestLargeAnswers)
#include "tst_large_answers.moc"
