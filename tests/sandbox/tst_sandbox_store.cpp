// The sandbox's durable store: documents, cursor paging, sorting, filters, migrations
// and reopening a data directory.

#include "sandbox/SandboxStore.h"

#include "TestMain.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace odag::sandbox;

namespace {

const QString kThings = QStringLiteral("things");

QJsonObject thing(const QString &name, int size)
{
    return QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("size"), size}};
}

QStringList ids(const ListPage &page)
{
    QStringList out;
    for (const StoredDocument &d : page.items)
        out.append(d.id);
    return out;
}

} // namespace

class TestSandboxStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void putGetRemove()
    {
        SandboxStore store;
        QVERIFY2(store.open(QString()), qPrintable(store.lastError()));
        QCOMPARE(store.schemaVersion(), SandboxStore::kBaseSchemaVersion);

        QDateTime now = QDateTime(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC);
        store.setNow([&now] { return now; });
        QVERIFY(store.put(kThings, QStringLiteral("a"), thing(QStringLiteral("Alpha"), 1),
                          QStringLiteral("owner1")));
        auto doc = store.get(kThings, QStringLiteral("a"));
        QVERIFY(doc);
        QCOMPARE(doc->json, thing(QStringLiteral("Alpha"), 1));
        QCOMPARE(doc->owner, QStringLiteral("owner1"));
        QCOMPARE(doc->created, now);
        const qint64 seq = doc->seq;

        now = now.addSecs(60);
        QVERIFY(store.put(kThings, QStringLiteral("a"), thing(QStringLiteral("Alpha 2"), 2),
                          QStringLiteral("owner2")));
        doc = store.get(kThings, QStringLiteral("a"));
        QCOMPARE(doc->json.value(QStringLiteral("name")).toString(), QStringLiteral("Alpha 2"));
        QCOMPARE(doc->created, now.addSecs(-60)); // kept
        QCOMPARE(doc->modified, now);
        QCOMPARE(doc->seq, seq); // keeps its place in insertion order

        QVERIFY(!store.get(QStringLiteral("other"), QStringLiteral("a"))); // per collection
        QCOMPARE(store.count(kThings), qint64(1));
        QVERIFY(store.contains(kThings, QStringLiteral("a")));
        QVERIFY(store.remove(kThings, QStringLiteral("a")));
        QVERIFY(!store.remove(kThings, QStringLiteral("a")));
        QVERIFY(!store.get(kThings, QStringLiteral("a")));
        QCOMPARE(store.count(kThings), qint64(0));
    }

    void pagesForwardAndBack()
    {
        SandboxStore store;
        QVERIFY(store.open(QString()));
        for (int i = 0; i < 25; ++i)
            QVERIFY(store.put(kThings, QStringLiteral("t%1").arg(i, 2, 10, QLatin1Char('0')),
                              thing(QStringLiteral("n%1").arg(i), i)));

        ListQuery q;
        q.collection = kThings;
        q.limit = 10;
        auto p1 = store.list(q);
        QVERIFY2(p1.ok(), p1.ok() ? "" : qPrintable(p1.error()));
        QCOMPARE(p1->total, qint64(25));
        QCOMPARE(p1->items.size(), 10);
        QCOMPARE(p1->items.first().id, QStringLiteral("t00"));
        QVERIFY(p1->prev.isEmpty());
        QVERIFY(!p1->next.isEmpty());

        q.cursor = p1->next;
        auto p2 = store.list(q);
        QCOMPARE(p2->items.first().id, QStringLiteral("t10"));
        QVERIFY(!p2->prev.isEmpty());

        q.cursor = p2->next;
        auto p3 = store.list(q);
        QCOMPARE(ids(*p3),
                 QStringList({QStringLiteral("t20"), QStringLiteral("t21"), QStringLiteral("t22"),
                              QStringLiteral("t23"), QStringLiteral("t24")}));
        QVERIFY(p3->next.isEmpty());

        q.cursor = p3->prev;
        auto back = store.list(q);
        QCOMPARE(ids(*back), ids(*p2));
        q.cursor = back->prev;
        auto first = store.list(q);
        QCOMPARE(ids(*first), ids(*p1));
        QVERIFY(first->prev.isEmpty());
    }

    void pagesHoldWhileDocumentsComeAndGo()
    {
        SandboxStore store;
        QVERIFY(store.open(QString()));
        for (int i = 0; i < 6; ++i)
            store.put(kThings, QString::number(i), thing(QString::number(i), i));
        ListQuery q;
        q.collection = kThings;
        q.limit = 3;
        auto p1 = store.list(q);
        // A document before the boundary disappears and one is added: no duplicate, no gap.
        store.remove(kThings, QStringLiteral("0"));
        store.put(kThings, QStringLiteral("6"), thing(QStringLiteral("6"), 6));
        q.cursor = p1->next;
        auto p2 = store.list(q);
        QCOMPARE(ids(*p2),
                 QStringList({QStringLiteral("3"), QStringLiteral("4"), QStringLiteral("5")}));
    }

    void sortsAndFilters()
    {
        SandboxStore store;
        QVERIFY(store.open(QString()));
        store.put(kThings, QStringLiteral("1"), thing(QStringLiteral("banana"), 3),
                  QStringLiteral("u1"));
        store.put(kThings, QStringLiteral("2"), thing(QStringLiteral("Apple"), 10),
                  QStringLiteral("u2"));
        store.put(kThings, QStringLiteral("3"), thing(QStringLiteral("cherry"), 1),
                  QStringLiteral("u1"));
        store.put(kThings, QStringLiteral("4"), thing(QStringLiteral("apple pie"), 2),
                  QStringLiteral("u1"));

        ListQuery q;
        q.collection = kThings;
        q.setSort(QStringLiteral("name"));
        QCOMPARE(ids(*store.list(q)), QStringList({QStringLiteral("2"), QStringLiteral("4"),
                                                   QStringLiteral("1"), QStringLiteral("3")}));
        q.setSort(QStringLiteral("-size"));
        QVERIFY(q.descending);
        QCOMPARE(ids(*store.list(q)), QStringList({QStringLiteral("2"), QStringLiteral("1"),
                                                   QStringLiteral("4"), QStringLiteral("3")}));

        // Paging a sorted list.
        q.limit = 2;
        auto p1 = store.list(q);
        q.cursor = p1->next;
        auto p2 = store.list(q);
        QCOMPARE(ids(*p2), QStringList({QStringLiteral("4"), QStringLiteral("3")}));
        q.cursor = p2->prev;
        QCOMPARE(ids(*store.list(q)), ids(*p1));

        ListQuery f;
        f.collection = kThings;
        f.filters.append(
            {QStringLiteral("name"), QStringLiteral("APPLE"), ListQuery::Filter::Op::Contains});
        QCOMPARE(ids(*store.list(f)), QStringList({QStringLiteral("2"), QStringLiteral("4")}));
        f.filters = {{QStringLiteral("size"), 3, ListQuery::Filter::Op::Equals}};
        QCOMPARE(ids(*store.list(f)), QStringList({QStringLiteral("1")}));
        f.filters.clear();
        f.owner = QStringLiteral("u1");
        QCOMPARE(store.list(f)->total, qint64(3));
    }

    void refusesBadQueries()
    {
        SandboxStore store;
        QVERIFY(store.open(QString()));
        store.put(kThings, QStringLiteral("1"), thing(QStringLiteral("a"), 1));
        store.put(kThings, QStringLiteral("2"), thing(QStringLiteral("b"), 1));
        ListQuery q;
        q.collection = kThings;
        q.sortField = QStringLiteral("name'); DROP TABLE documents; --");
        QVERIFY(!store.list(q).ok());
        q.sortField.clear();
        q.cursor = QStringLiteral("not-a-cursor");
        QVERIFY(!store.list(q).ok());

        // A cursor of another listing (other sort) is refused.
        ListQuery a;
        a.collection = kThings;
        a.limit = 1;
        const QString next = store.list(a)->next;
        QVERIFY(!next.isEmpty());
        ListQuery b = a;
        b.setSort(QStringLiteral("name"));
        b.cursor = next;
        QVERIFY(!store.list(b).ok());
        ListQuery c = a;
        c.collection = QStringLiteral("other");
        c.cursor = next;
        QVERIFY(!store.list(c).ok());
    }

    void readsPagingFromTheQuery()
    {
        ListQuery q;
        QVERIFY(q.readPaging(QUrlQuery(QStringLiteral("limit=5&next=abc"))).isEmpty());
        QCOMPARE(q.limit, 5);
        QCOMPARE(q.cursor, QStringLiteral("abc"));
        QVERIFY(!q.readPaging(QUrlQuery(QStringLiteral("limit=0"))).isEmpty());
        QVERIFY(!q.readPaging(QUrlQuery(QStringLiteral("limit=101"))).isEmpty());
        QVERIFY(!q.readPaging(QUrlQuery(QStringLiteral("limit=x"))).isEmpty());
        QVERIFY(!q.readPaging(QUrlQuery(QStringLiteral("next=a&prev=b"))).isEmpty());
    }

    void buildsAbsolutePageLinks()
    {
        ListPage page;
        page.next = QStringLiteral("N1");
        page.prev = QStringLiteral("P1");
        const QUrl url(
            QStringLiteral("http://127.0.0.1:8080/api/v1/spaces?limit=2&next=OLD&type=shared"));
        const QJsonObject links = pageLinks(url, page);
        QCOMPARE(
            links.value(QStringLiteral("self")).toObject().value(QStringLiteral("href")).toString(),
            url.toString());
        const QUrl next(links.value(QStringLiteral("next"))
                            .toObject()
                            .value(QStringLiteral("href"))
                            .toString());
        QCOMPARE(next.host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(next.port(), 8080);
        const QUrlQuery nq(next);
        QCOMPARE(nq.queryItemValue(QStringLiteral("next")), QStringLiteral("N1"));
        QCOMPARE(nq.queryItemValue(QStringLiteral("limit")), QStringLiteral("2"));
        QCOMPARE(nq.queryItemValue(QStringLiteral("type")), QStringLiteral("shared"));
        const QUrlQuery pq(QUrl(links.value(QStringLiteral("prev"))
                                    .toObject()
                                    .value(QStringLiteral("href"))
                                    .toString()));
        QCOMPARE(pq.queryItemValue(QStringLiteral("prev")), QStringLiteral("P1"));
        QVERIFY(!pq.hasQueryItem(QStringLiteral("next")));

        ListPage last;
        QVERIFY(!pageLinks(url, last).contains(QStringLiteral("next")));
    }

    void survivesReopeningTheDataDirectory()
    {
        QTemporaryDir dir;
        {
            SandboxStore store;
            QVERIFY(store.open(dir.path()));
            QVERIFY(store.put(kThings, QStringLiteral("a"), thing(QStringLiteral("kept"), 1)));
            QCOMPARE(store.filePath(), dir.filePath(QStringLiteral("sandbox.db")));
            QSqlQuery q(store.database());
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
            QVERIFY(q.exec(QStringLiteral("PRAGMA synchronous")) && q.next());
            QCOMPARE(q.value(0).toInt(), 2); // FULL
        }
        SandboxStore again;
        QVERIFY(again.open(dir.path()));
        QCOMPARE(
            again.get(kThings, QStringLiteral("a"))->json.value(QStringLiteral("name")).toString(),
            QStringLiteral("kept"));
    }

    void runsMigrationsOnce()
    {
        QTemporaryDir dir;
        int applied = 0;
        const SandboxStore::Migration links{
            2,
            QStringLiteral("links"),
            {QStringLiteral("CREATE TABLE links (id TEXT PRIMARY KEY, body TEXT)")},
            [&applied](QSqlDatabase &db) {
                ++applied;
                QSqlQuery q(db);
                return q.exec(QStringLiteral("INSERT INTO links VALUES ('l1', '{}')"))
                           ? QString()
                           : QStringLiteral("insert failed");
            }};
        {
            SandboxStore store;
            store.addMigrations({links});
            QVERIFY2(store.open(dir.path()), qPrintable(store.lastError()));
            QCOMPARE(store.schemaVersion(), 2);
        }
        {
            SandboxStore store;
            store.addMigrations({links});
            QVERIFY(store.open(dir.path()));
            QCOMPARE(applied, 1);
            QSqlQuery q(store.database());
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM links")) && q.next());
            QCOMPARE(q.value(0).toInt(), 1);
        }
        // A sandbox that knows only the base schema refuses the newer database.
        SandboxStore older;
        QVERIFY(!older.open(dir.path()));
        QVERIFY(older.lastError().contains(QStringLiteral("newer")));
    }

    void failedMigrationLeavesNoTrace()
    {
        SandboxStore store;
        store.addMigrations(
            {{2,
              QStringLiteral("broken"),
              {QStringLiteral("CREATE TABLE ok_table (x)"), QStringLiteral("THIS IS NOT SQL")},
              {}}});
        QVERIFY(!store.open(QString()));
        QVERIFY(store.lastError().contains(QStringLiteral("migration 2")));
        QCOMPARE(store.schemaVersion(), 1);
        QSqlQuery q(store.database());
        QVERIFY(!q.exec(QStringLiteral("SELECT * FROM ok_table")));
    }

    void transactionsCommitOrRollBack()
    {
        SandboxStore store;
        QVERIFY(store.open(QString()));
        QVERIFY(store.transaction([&] {
            return store.put(kThings, QStringLiteral("a"), {}) &&
                   store.put(kThings, QStringLiteral("b"), {});
        }));
        QVERIFY(!store.transaction([&] {
            store.put(kThings, QStringLiteral("c"), {});
            return false;
        }));
        QCOMPARE(store.count(kThings), qint64(2));
    }
};

ODAG_TEST_MAIN(TestSandboxStore)
#include "tst_sandbox_store.moc"
