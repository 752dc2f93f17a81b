// The codec machinery itself: paths in errors, unknown fields and enum values kept,
// nulls and absences preserved, integers checked.

#include "TestMain.h"
#include "core/Json.h"
#include "core/OdagCommon.h"

#include <QJsonDocument>

using namespace odag;

namespace {
enum class Colour { Unknown, Red, Green };

struct Range
{
    std::optional<int> lowBound;
    int highBound = 0;
    QJsonObject extra;
    template <class V>
    static void fields(V &v)
    {
        v("lowBound", &Range::lowBound);
        v("highBound", &Range::highBound);
    }
    bool operator==(const Range &) const = default;
};

struct Holder
{
    QString name;
    QList<Range> ranges;
    std::optional<OpenEnum<Colour>> colour;
    std::optional<qint64> hash;
    std::optional<DateTime> when;
    QJsonObject extra;
    template <class V>
    static void fields(V &v)
    {
        v("name", &Holder::name);
        v("ranges", &Holder::ranges);
        v("colour", &Holder::colour);
        v("hash", &Holder::hash);
        v("when", &Holder::when);
    }
    bool operator==(const Holder &) const = default;
};
} // namespace

template <>
struct odag::EnumTraits<Colour>
{
    static constexpr std::array names{std::pair{Colour::Red, "red"}, std::pair{Colour::Green, "green"}};
};

class TestJson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTripKeepsUnknownFields()
    {
        const QByteArray in = R"({"name":"a","ranges":[{"highBound":3,"x":{"deep":[1,2]}}],"colour":"purple","future":true,"hash":9007199254740993})";
        auto r = json::decode<Holder>(in);
        ODAG_VERIFY_OK(r);
        QCOMPARE(r->colour->value(), Colour::Unknown);
        QCOMPARE(r->colour->raw(), QStringLiteral("purple"));
        QCOMPARE(*r->hash, Q_INT64_C(9007199254740993));
        QCOMPARE(json::encode(*r), QJsonDocument::fromJson(in).object());
    }

    void nullOptionalRoundTrips()
    {
        const QByteArray in = R"({"name":"a","ranges":[],"colour":null})";
        auto r = json::decode<Holder>(in);
        QVERIFY(r.ok());
        QVERIFY(!r->colour.has_value());
        QCOMPARE(json::encode(*r), QJsonDocument::fromJson(in).object());
    }

    void errorsNameThePath_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("fraction") << QByteArray(R"({"name":"a","ranges":[{"highBound":1},{"highBound":1.5}]})")
                                  << QStringLiteral("ranges[1].highBound: expected integer");
        QTest::newRow("string for int") << QByteArray(R"({"name":"a","ranges":[{"highBound":"7"}]})")
                                        << QStringLiteral("ranges[0].highBound: expected integer");
        QTest::newRow("missing") << QByteArray(R"({"ranges":[]})") << QStringLiteral("name: missing required field");
        QTest::newRow("not object") << QByteArray(R"([1])") << QStringLiteral("expected object");
        QTest::newRow("enum type") << QByteArray(R"({"name":"a","ranges":[],"colour":3})")
                                   << QStringLiteral("colour: expected string");
        QTest::newRow("bad date") << QByteArray(R"({"name":"a","ranges":[],"when":"yesterday"})")
                                  << QStringLiteral("when: expected ISO 8601 date-time, got \"yesterday\"");
        QTest::newRow("int overflow") << QByteArray(R"({"name":"a","ranges":[{"highBound":3000000000}]})")
                                      << QStringLiteral("ranges[0].highBound: integer out of range");
    }
    void errorsNameThePath()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, expected);
        auto r = json::decode<Holder>(input);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().toString(), expected);
    }

    void malformedJsonIsAnError()
    {
        auto r = json::decode<Holder>(QByteArray(R"({"name":"a","ranges":[)"));
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QLatin1StringView("malformed JSON")));
        QVERIFY(!json::decode<Holder>(QByteArray()).ok());
    }

    void errorV2Decodes()
    {
        const QByteArray in = R"({"errors":[{"code":"ODAG-ERR-1","title":"t","detail":"d","meta":{"statusCode":409}}],"traceId":"abc"})";
        auto r = json::decode<ErrorV2>(in);
        QVERIFY(r.ok());
        QCOMPARE(*r->errors->at(0).meta->statusCode, 409);
        QCOMPARE(json::encode(*r), QJsonDocument::fromJson(in).object());
    }
};

ODAG_TEST_MAIN(TestJson)
#include "tst_json.moc"
