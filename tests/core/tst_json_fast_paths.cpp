// The codecs' fast paths read exactly like the general ones: timestamps of the usual
// UTC form against QDateTime's own ISO parser, objects whose members move between
// positions in one list (the decoder remembers where a field was last time), enum names
// shared between values, and decoding on several threads at once.

#include "TestMain.h"
#include "core/Json.h"
#include "core/OdagRequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QStandardPaths>

#include <thread>
#include <vector>

using namespace odag;

namespace {

struct Pair
{
    QString id;
    std::optional<QString> name;
    std::optional<int> size;
    QJsonObject extra;

    template <class V>
    static void fields(V &v)
    {
        v("id", &Pair::id);
        v("name", &Pair::name);
        v("size", &Pair::size);
    }
};

QJsonObject parseObject(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

} // namespace

class TestJsonFastPaths : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void timestampsReadAsQDateTimeReadsThem_data()
    {
        QTest::addColumn<QString>("text");
        const char *const cases[] = {
            "2024-05-01T12:00:00.123Z", "2024-05-01T12:00:00Z", "2024-05-01T12:00:00.1Z",
            "2024-05-01T12:00:00.12Z", "2024-05-01T12:00:00.1234Z", "2024-05-01T12:00:00.Z",
            "2024-02-29T00:00:00Z", "2023-02-29T00:00:00Z", "2024-04-31T00:00:00Z",
            "2024-13-01T00:00:00Z", "2024-00-10T00:00:00Z", "2024-01-00T00:00:00Z",
            "0000-01-01T00:00:00Z", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59.999Z",
            "2024-01-02T24:00:00Z", "2024-01-02T23:60:00Z", "2024-01-02T23:59:60Z",
            "2024-01-02t03:04:05Z", "2024-01-02 03:04:05Z", "2024-01-02T03:04:05z",
            "2024-01-02T03:04Z", "2024-01-02T03:04:05,123Z", "2024-01-02T03:04:05.123+01:00",
            "2024-01-02T03:04:05+0530", "2024-01-02T03:04:05.123", "2024-01-02",
            " 2024-01-02T03:04:05Z", "2024-01-02T03:04:05Z ", "2024-1-02T03:04:05Z",
            "2024-01-02T03:04:05.abcZ", "20240102T030405Z", "yesterday", "",
            "2024-01-02T03:04:05.000Z", "1999-12-31T23:59:59.5Z", "2024-01-02T0a:04:05Z"};
        for (const char *c : cases)
            QTest::newRow(c) << QString::fromLatin1(c);
    }

    void timestampsReadAsQDateTimeReadsThem()
    {
        QFETCH(QString, text);
        const QDateTime expected = QDateTime::fromString(text, Qt::ISODateWithMs);
        const QDateTime actual = DateTime::parseIso(text);
        QCOMPARE(actual.isValid(), expected.isValid());
        QCOMPARE(DateTime::isValidIso(text), expected.isValid());
        if (expected.isValid()) {
            QCOMPARE(actual, expected);
            QCOMPARE(actual.timeSpec(), expected.timeSpec());
            QCOMPARE(actual.toMSecsSinceEpoch(), expected.toMSecsSinceEpoch());
        }
    }

    void mutatedTimestampsAgreeWithQDateTime()
    {
        // Every one-character change of a canonical timestamp, to digits, separators and
        // letters, and every truncation: validity and value always as Qt says.
        const QString base = QStringLiteral("2024-02-29T23:59:59.987Z");
        const QString alphabet = QStringLiteral("0123456789-:.TZ+ ,zt");
        int checked = 0;
        for (qsizetype i = 0; i < base.size(); ++i) {
            for (const QChar c : alphabet) {
                QString text = base;
                text[i] = c;
                const QDateTime expected = QDateTime::fromString(text, Qt::ISODateWithMs);
                QCOMPARE(DateTime::isValidIso(text), expected.isValid());
                if (expected.isValid())
                    QCOMPARE(DateTime::parseIso(text), expected);
                ++checked;
            }
            const QString cut = base.left(i);
            QCOMPARE(DateTime::isValidIso(cut),
                     QDateTime::fromString(cut, Qt::ISODateWithMs).isValid());
        }
        QVERIFY(checked > 400);
    }

    void decodeRejectsABadTimestampWithItsPath()
    {
        const auto r = json::decode<RequestLoadInfo>(QJsonValue(parseObject(
            R"({"loadHost":"h","startedAt":"2023-02-29T00:00:00Z"})")));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().path, QStringLiteral("startedAt"));
        QVERIFY(r.error().message.contains(QStringLiteral("2023-02-29")));
    }

    void membersInChangingPositionsDecodeTheSame()
    {
        // One list whose objects put their members in different places, leave some out,
        // add unknown ones and send nulls: the remembered positions must never pick the
        // wrong member.
        const QByteArray json = R"([
            {"id":"a","name":"A","size":1},
            {"aaa":true,"id":"b","size":2},
            {"id":"c","name":null,"zzz":[1]},
            {"name":"D","id":"d"},
            {"id":"e","name":"E","size":5,"a":1,"b":2},
            {"id":"f","name":"F","size":6}
        ])";
        const auto r = json::decode<QList<Pair>>(json);
        ODAG_VERIFY_OK(r);
        const QList<Pair> &l = r.value();
        QCOMPARE(l.size(), 6);
        QCOMPARE(l[0].id, QStringLiteral("a"));
        QCOMPARE(l[0].name, std::optional<QString>(QStringLiteral("A")));
        QCOMPARE(l[0].size, std::optional<int>(1));
        QVERIFY(l[0].extra.isEmpty());
        QCOMPARE(l[1].id, QStringLiteral("b"));
        QVERIFY(!l[1].name);
        QCOMPARE(l[1].size, std::optional<int>(2));
        QCOMPARE(l[1].extra, parseObject(R"({"aaa":true})"));
        QCOMPARE(l[2].id, QStringLiteral("c"));
        QVERIFY(!l[2].name);
        QVERIFY(!l[2].size);
        QCOMPARE(l[2].extra, parseObject(R"({"name":null,"zzz":[1]})"));
        QCOMPARE(l[3].id, QStringLiteral("d"));
        QCOMPARE(l[3].name, std::optional<QString>(QStringLiteral("D")));
        QVERIFY(l[3].extra.isEmpty());
        QCOMPARE(l[4].extra, parseObject(R"({"a":1,"b":2})"));
        QCOMPARE(l[4].size, std::optional<int>(5));
        QCOMPARE(l[5].name, std::optional<QString>(QStringLiteral("F")));
        // Written back, each object is what came in.
        const QJsonArray back = json::encode(l).toArray();
        QCOMPARE(back, QJsonDocument::fromJson(json).array());
    }

    void errorsKeepTheirPathsWhenPositionsChange()
    {
        const auto missing =
            json::decode<QList<Pair>>(QByteArray(R"([{"id":"a","size":1},{"size":2,"name":"x"}])"));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().toString(), QStringLiteral("[1].id: missing required field"));
        const auto wrong =
            json::decode<QList<Pair>>(QByteArray(R"([{"id":"a"},{"name":"n","id":"b","size":"2"}])"));
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().toString(), QStringLiteral("[1].size: expected integer"));
    }

    void enumNamesAreSharedAndLookedUpOnce()
    {
        const auto a = OpenEnum<RequestState>::fromRaw(QStringLiteral("loading"));
        const auto b = OpenEnum<RequestState>::fromRaw(QStringLiteral("loading"));
        QCOMPARE(a.value(), RequestState::Loading);
        QVERIFY(a.isKnown());
        QCOMPARE(a.raw(), QStringLiteral("loading"));
        QVERIFY(a.raw().isSharedWith(b.raw()));
        QVERIFY(a == b);
        QVERIFY(a == RequestState::Loading);
        QVERIFY(a == OpenEnum<RequestState>(RequestState::Loading));
        QVERIFY(OpenEnum<RequestState>(RequestState::Loading).raw().isSharedWith(a.raw()));

        const auto newer = OpenEnum<RequestState>::fromRaw(QStringLiteral("archived"));
        QCOMPARE(newer.value(), RequestState::Unknown);
        QVERIFY(!newer.isKnown());
        QCOMPARE(newer.raw(), QStringLiteral("archived"));
        QVERIFY(!(newer == a));
        QCOMPARE(OpenEnum<RequestState>().value(), RequestState::Unknown);
        QCOMPARE(OpenEnum<RequestState>(RequestState::Unknown).raw(), QString());
        // Case matters on the wire.
        QCOMPARE(OpenEnum<RequestState>::fromRaw(QStringLiteral("Loading")).value(),
                 RequestState::Unknown);
    }

    void decodingOnSeveralThreadsAtOnceAgrees()
    {
        // The per-type field tables and position memories are shared or per thread:
        // four threads decoding different shapes at once all get what one thread gets.
        QJsonArray array;
        QRandomGenerator rng(7);
        for (int i = 0; i < 2000; ++i) {
            QJsonObject o{{QStringLiteral("id"), QString::number(i)}};
            if (rng.bounded(2))
                o.insert(QStringLiteral("name"), QStringLiteral("n%1").arg(i));
            if (rng.bounded(2))
                o.insert(QStringLiteral("size"), i);
            if (rng.bounded(3) == 0)
                o.insert(QStringLiteral("x%1").arg(rng.bounded(5)), true);
            array.append(o);
        }
        const QByteArray json = QJsonDocument(array).toJson(QJsonDocument::Compact);
        const auto reference = json::decode<QList<Pair>>(json);
        ODAG_VERIFY_OK(reference);
        const QJsonArray expected = json::encode(reference.value()).toArray();
        QCOMPARE(expected, array);

        std::vector<QJsonArray> results(4);
        std::vector<std::thread> threads;
        for (std::size_t t = 0; t < results.size(); ++t) {
            threads.emplace_back([&json, &results, t] {
                for (int round = 0; round < 5; ++round) {
                    const auto r = json::decode<QList<Pair>>(json);
                    results[t] = r.ok() ? json::encode(r.value()).toArray() : QJsonArray();
                    if (results[t] != QJsonDocument::fromJson(json).array())
                        return;
                }
            });
        }
        for (std::thread &t : threads)
            t.join();
        for (const QJsonArray &r : results)
            QCOMPARE(r, expected);
    }
};

ODAG_TEST_MAIN(TestJsonFastPaths)
#include "tst_json_fast_paths.moc"
