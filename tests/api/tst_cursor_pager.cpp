// CursorPager over real HTTP: following links.next.href, progress, cancel, item caps,
// broken pages and servers that loop.

#include "CallCatcher.h"
#include "ScriptedServer.h"
#include "TestMain.h"
#include "api/CursorPager.h"

#include <QSignalSpy>

using namespace odag::api;
using Reply = ScriptedServer::Reply;

namespace {

struct Item
{
    QString id;
    QJsonObject extra;

    template <class V>
    static void fields(V &v)
    {
        v("id", &Item::id);
    }
};

using Items = ApiResult<QList<Item>>;

QByteArray page(const QStringList &ids, const QString &next)
{
    QJsonArray data;
    for (const QString &id : ids)
        data.append(QJsonObject{{QStringLiteral("id"), id}});
    QJsonObject links{
        {QStringLiteral("self"), QJsonObject{{QStringLiteral("href"), QStringLiteral("x")}}}};
    if (!next.isEmpty())
        links.insert(QStringLiteral("next"), QJsonObject{{QStringLiteral("href"), next}});
    return QJsonDocument(
               QJsonObject{{QStringLiteral("data"), data},
                           {QStringLiteral("links"), links},
                           {QStringLiteral("meta"), QJsonObject{{QStringLiteral("count"), 5}}}})
        .toJson(QJsonDocument::Compact);
}

// Three pages of /api/v1/items: the first next link absolute, the second relative.
ScriptedServer::Handler threePages(const QUrl &base, int delayMs = 0)
{
    return [base, delayMs](const ScriptedServer::Request &r) {
        const QString cursor = r.query.queryItemValue(QStringLiteral("next"));
        QUrl next = base;
        next.setPath(QStringLiteral("/api/v1/items"));
        Reply reply;
        if (cursor.isEmpty()) {
            next.setQuery(QStringLiteral("next=p2&limit=2"));
            reply =
                Reply::json(200, page({QStringLiteral("a"), QStringLiteral("b")}, next.toString()));
        } else if (cursor == u"p2") {
            reply = Reply::json(200, page({QStringLiteral("c"), QStringLiteral("d")},
                                          QStringLiteral("/api/v1/items?next=p3&limit=2")));
        } else {
            reply = Reply::json(200, page({QStringLiteral("e")}, {}));
        }
        return reply.withDelay(cursor.isEmpty() ? 0 : delayMs);
    };
}

RequestSpec firstPage()
{
    RequestSpec spec;
    spec.path = QStringLiteral("/api/v1/items");
    spec.query.addQueryItem(QStringLiteral("limit"), QStringLiteral("2"));
    return spec;
}

Transport::Options fastOptions()
{
    Transport::Options o;
    o.defaultTimeoutMs = 3000;
    o.backoffBaseMs = 10;
    o.maxRetries = 0;
    return o;
}

} // namespace

class TestCursorPager : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followsNextLinksAcrossThreePages()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        server.setHandler(threePages(server.baseUrl()));
        Transport transport(server.baseUrl(), fastOptions());
        QList<QPair<int, qint64>> steps;
        CallCatcher<Items> c;
        CursorPager *pager = CursorPager::fetchAll<Item>(
            transport, firstPage(), this,
            [&steps](int pages, qint64 items) {
                steps.append({pages, items});
            },
            c.callback());
        QSignalSpy progress(pager, &CursorPager::progress);
        QVERIFY(c.wait());
        ODAG_VERIFY_OK(c.get());
        QStringList ids;
        for (const Item &item : c.get().value())
            ids << item.id;
        QCOMPARE(ids.join(u','), QStringLiteral("a,b,c,d,e"));
        QCOMPARE(steps, (QList<QPair<int, qint64>>{{1, 2}, {2, 4}, {3, 5}}));
        QCOMPARE(progress.size(), 3);
        QCOMPARE(server.requestCount(), 3);
        // The next link carries its own query: the first page's limit is not doubled.
        const auto second = server.requests().at(1);
        QCOMPARE(second.query.allQueryItemValues(QStringLiteral("limit")).size(), 1);
        QCOMPARE(server.requests().at(2).query.queryItemValue(QStringLiteral("next")),
                 QStringLiteral("p3"));
        QCOMPARE(c.count, 1);
    }

    void cancelFromProgressStopsBeforeTheNextPage()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        server.setHandler(threePages(server.baseUrl()));
        Transport transport(server.baseUrl(), fastOptions());
        CallCatcher<Items> c;
        QPointer<CursorPager> pager;
        pager = CursorPager::fetchAll<Item>(
            transport, firstPage(), this,
            [&pager](int pages, qint64) {
                if (pages == 1)
                    pager->cancel();
            },
            c.callback());
        QVERIFY(c.wait());
        QVERIFY(!c.get().ok());
        QVERIFY(c.get().error().isCanceled());
        QTest::qWait(100);
        QCOMPARE(server.requestCount(), 1);
        QCOMPARE(c.count, 1);
        QVERIFY(pager.isNull());
    }

    void cancelWhileAPageIsInFlight()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        server.setHandler(threePages(server.baseUrl(), 2000));
        Transport transport(server.baseUrl(), fastOptions());
        CallCatcher<Items> c;
        CursorPager *pager =
            CursorPager::fetchAll<Item>(transport, firstPage(), this, {}, c.callback());
        QTRY_COMPARE(server.requestCount(), 2);
        QCOMPARE(pager->pages(), 1);
        pager->cancel();
        QCOMPARE(c.count, 1);
        QVERIFY(c.get().error().isCanceled());
        QCOMPARE(transport.callsInFlight(), 0);
    }

    void stopsAtMaxItems()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        server.setHandler(threePages(server.baseUrl()));
        Transport transport(server.baseUrl(), fastOptions());
        CallCatcher<Items> c;
        CursorPager::fetchAll<Item>(transport, firstPage(), this, {}, c.callback(), 3);
        QVERIFY(c.wait());
        ODAG_VERIFY_OK(c.get());
        QCOMPARE(c.get().value().size(), 3);
        QCOMPARE(server.requestCount(), 2);
    }

    void repeatedNextLinkIsAnError()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        server.setHandler([](const ScriptedServer::Request &) {
            return Reply::json(
                200, page({QStringLiteral("x")}, QStringLiteral("/api/v1/items?next=same")));
        });
        Transport transport(server.baseUrl(), fastOptions());
        CallCatcher<Items> c;
        CursorPager::fetchAll<Item>(transport, firstPage(), this, {}, c.callback());
        QVERIFY(c.wait());
        QVERIFY(!c.get().ok());
        QCOMPARE(c.get().error().kind, ApiError::Kind::Decode);
        QVERIFY2(c.get().error().message().contains(QStringLiteral("repeats")),
                 qPrintable(c.get().error().message()));
        QCOMPARE(server.requestCount(), 2);
    }

    void badPageIsADecodeErrorWithItsPath()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        server.enqueue(
            Reply::json(200, page({QStringLiteral("a")}, QStringLiteral("/api/v1/items?next=2"))));
        server.enqueue(Reply::json(200, R"({"data":[{"id":"b"},{"id":7}]})"));
        Transport transport(server.baseUrl(), fastOptions());
        CallCatcher<Items> c;
        CursorPager::fetchAll<Item>(transport, firstPage(), this, {}, c.callback());
        QVERIFY(c.wait());
        QVERIFY(!c.get().ok());
        QCOMPARE(c.get().error().kind, ApiError::Kind::Decode);
        QVERIFY2(c.get().error().technical.startsWith(QStringLiteral("data[1].id")),
                 qPrintable(c.get().error().technical));
    }

    void httpErrorOnALaterPageIsReported()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        server.enqueue(
            Reply::json(200, page({QStringLiteral("a")}, QStringLiteral("/api/v1/items?next=2"))));
        server.enqueue(Reply::json(403, R"({"errors":[{"code":"NO","title":"forbidden"}]})"));
        Transport transport(server.baseUrl(), fastOptions());
        CallCatcher<Items> c;
        CursorPager::fetchAll<Item>(transport, firstPage(), this, {}, c.callback());
        QVERIFY(c.wait());
        QVERIFY(!c.get().ok());
        QCOMPARE(c.get().error().httpStatus, 403);
        QCOMPARE(c.get().error().code, QStringLiteral("NO"));
    }

    void foreignNextLinkIsRefused()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        server.enqueue(Reply::json(
            200, page({QStringLiteral("a")},
                      QStringLiteral("https://elsewhere.example/api/v1/items?next=2"))));
        Transport transport(server.baseUrl(), fastOptions());
        CallCatcher<Items> c;
        CursorPager::fetchAll<Item>(transport, firstPage(), this, {}, c.callback());
        QVERIFY(c.wait());
        QVERIFY(!c.get().ok());
        QCOMPARE(c.get().error().kind, ApiError::Kind::Network);
        QVERIFY(c.get().error().message().contains(QStringLiteral("elsewhere.example")));
        QCOMPARE(server.requestCount(), 1);
    }

    void deadContextStopsThePager()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        server.setHandler(threePages(server.baseUrl(), 300));
        Transport transport(server.baseUrl(), fastOptions());
        auto *context = new QObject;
        int calls = 0;
        QPointer<CursorPager> pager = CursorPager::fetchAll<Item>(
            transport, firstPage(), context, {}, [&calls](const Items &) { ++calls; });
        QTRY_COMPARE(server.requestCount(), 2);
        delete context;
        QTRY_VERIFY(pager.isNull());
        QTest::qWait(400);
        QCOMPARE(calls, 0);
        QCOMPARE(server.requestCount(), 2);
    }

    void nextHrefReadsTheLink()
    {
        const QJsonObject withNext =
            QJsonDocument::fromJson(page({}, QStringLiteral("https://t/n?x=1"))).object();
        QCOMPARE(nextHref(withNext), QStringLiteral("https://t/n?x=1"));
        const QJsonObject last = QJsonDocument::fromJson(page({}, {})).object();
        QVERIFY(nextHref(last).isEmpty());
        QVERIFY(nextHref(QJsonObject()).isEmpty());
    }
};

ODAG_TEST_MAIN(TestCursorPager)
#include "tst_cursor_pager.moc"
