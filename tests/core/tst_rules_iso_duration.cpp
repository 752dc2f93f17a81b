// IsoDuration: the appRetentionTime values of seed 002 (ISO 8601 durations and
// `unlimited`), their lengths, their written form and the reasons garbage is refused.

#include "TestMain.h"
#include "core/rules/IsoDuration.h"

using namespace odag::rules;

namespace {
constexpr qint64 kMin = 60 * 1000;
constexpr qint64 kHour = 60 * kMin;
constexpr qint64 kDay = 24 * kHour;
} // namespace

class TestRulesIsoDuration : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesValid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("formatted");
        QTest::addColumn<bool>("canonical");
        QTest::addColumn<bool>("approximate");

        QTest::newRow("PT24H") << "PT24H" << 24 * kHour << "PT24H" << true << false;
        QTest::newRow("P1D") << "P1D" << kDay << "P1D" << true << false;
        QTest::newRow("P7DT12H") << "P7DT12H" << 7 * kDay + 12 * kHour << "P7DT12H" << true
                                 << false;
        QTest::newRow("PT30M") << "PT30M" << 30 * kMin << "PT30M" << true << false;
        QTest::newRow("P1W") << "P1W" << 7 * kDay << "P1W" << true << false;
        QTest::newRow("P2W3D") << "P2W3D" << 17 * kDay << "P2W3D" << true << false;
        QTest::newRow("PT45S") << "PT45S" << 45 * 1000LL << "PT45S" << true << false;
        QTest::newRow("PT1H30M15S")
            << "PT1H30M15S" << kHour + 30 * kMin + 15000 << "PT1H30M15S" << true << false;
        QTest::newRow("fraction hours")
            << "PT1.5H" << kHour + 30 * kMin << "PT1.5H" << true << false;
        QTest::newRow("fraction comma")
            << "PT1,5H" << kHour + 30 * kMin << "PT1.5H" << false << false;
        QTest::newRow("fraction seconds") << "PT0.25S" << 250LL << "PT0.25S" << true << false;
        QTest::newRow("fraction trailing zeros")
            << "PT2.500S" << 2500LL << "PT2.5S" << false << false;
        QTest::newRow("zero") << "PT0S" << 0LL << "PT0S" << true << false;
        QTest::newRow("zero days") << "P0D" << 0LL << "P0D" << true << false;
        QTest::newRow("lower case") << "pt24h" << 24 * kHour << "PT24H" << false << false;
        QTest::newRow("blanks") << "  P1D " << kDay << "P1D" << false << false;
        QTest::newRow("year") << "P1Y" << 365 * kDay << "P1Y" << true << true;
        QTest::newRow("month") << "P1M" << 30 * kDay << "P1M" << true << true;
        QTest::newRow("month and minute")
            << "P1MT1M" << 30 * kDay + kMin << "P1MT1M" << true << true;
        QTest::newRow("everything")
            << "P1Y2M3W4DT5H6M7S"
            << 365 * kDay + 60 * kDay + 25 * kDay + 5 * kHour + 6 * kMin + 7000
            << "P1Y2M3W4DT5H6M7S" << true << true;
        QTest::newRow("leading zeros") << "PT024H" << 24 * kHour << "PT24H" << false << false;
        QTest::newRow("large") << "P100000D" << 100000 * kDay << "P100000D" << true << false;
    }
    void parsesValid()
    {
        QFETCH(QString, text);
        QFETCH(qint64, ms);
        QFETCH(QString, formatted);
        QFETCH(bool, canonical);
        QFETCH(bool, approximate);
        const auto d = IsoDuration::parse(text);
        QVERIFY2(d.ok(), d.ok() ? "" : qPrintable(d.error()));
        QCOMPARE(d->milliseconds(), std::optional<qint64>(ms));
        QCOMPARE(d->toString(), formatted);
        QCOMPARE(d->isCanonical(), canonical);
        QCOMPARE(d->isApproximate(), approximate);
        QVERIFY(!d->isUnlimited());
        QVERIFY(!d->displayText().isEmpty());
        // Round trip: what is written reads back to the same value.
        const auto again = IsoDuration::parse(d->toString());
        QVERIFY(again.ok());
        QVERIFY(again.value() == d.value());
        QVERIFY(again->isCanonical());
    }

    void unlimited()
    {
        const auto d = IsoDuration::parse(QStringLiteral("unlimited"));
        QVERIFY(d.ok());
        QVERIFY(d->isUnlimited());
        QVERIFY(d->isCanonical());
        QCOMPARE(d->milliseconds(), std::nullopt);
        QCOMPARE(d->minutes(), std::nullopt);
        QCOMPARE(d->toString(), QStringLiteral("unlimited"));
        QVERIFY(!d->isZero());
        QVERIFY(d->sameLengthAs(IsoDuration::unlimited()));
        QVERIFY(!d->sameLengthAs(IsoDuration::fromMinutes(1)));

        const auto upper = IsoDuration::parse(QStringLiteral("Unlimited"));
        QVERIFY(upper.ok());
        QVERIFY(upper->isUnlimited());
        QVERIFY(!upper->isCanonical());
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << "";
        QTest::newRow("blank") << "   ";
        QTest::newRow("zero digit") << "0";
        QTest::newRow("number") << "24";
        QTest::newRow("no P") << "T24H";
        QTest::newRow("P alone") << "P";
        QTest::newRow("PT alone") << "PT";
        QTest::newRow("T without time") << "P1DT";
        QTest::newRow("hours without T") << "P24H";
        QTest::newRow("seconds without T") << "P5S";
        QTest::newRow("negative") << "-P1D";
        QTest::newRow("plus") << "+P1D";
        QTest::newRow("unit without number") << "PTH";
        QTest::newRow("number without unit") << "PT24";
        QTest::newRow("out of order") << "PT1M1H";
        QTest::newRow("repeated") << "P1D2D";
        QTest::newRow("weeks after days") << "P1D1W";
        QTest::newRow("two T") << "PT1HT1M";
        QTest::newRow("fraction not last") << "PT1.5H30M";
        QTest::newRow("four decimals") << "PT1.2345S";
        QTest::newRow("dot without digits") << "PT1.S";
        QTest::newRow("unknown unit") << "P1X";
        QTest::newRow("trailing garbage") << "P1Dx";
        QTest::newRow("space inside") << "P1D T1H";
        QTest::newRow("overflow digits") << "P99999999999999999999D";
        QTest::newRow("overflow total") << "P9999999999999Y";
        QTest::newRow("alternative format") << "P0001-02-03";
        QTest::newRow("words") << "one day";
        QTest::newRow("unlimited with more") << "unlimited!";
        QTest::newRow("unicode digits") << QString::fromUtf8("PT\u0661H");
    }
    void rejects()
    {
        QFETCH(QString, text);
        const auto d = IsoDuration::parse(text);
        QVERIFY(!d.ok());
        QVERIFY(!d.error().isEmpty());
    }

    void minutesRoundUp()
    {
        QCOMPARE(IsoDuration::parse(QStringLiteral("PT24H"))->minutes(),
                 std::optional<qint64>(1440));
        QCOMPARE(IsoDuration::parse(QStringLiteral("PT30S"))->minutes(), std::optional<qint64>(1));
        QCOMPARE(IsoDuration::parse(QStringLiteral("PT61S"))->minutes(), std::optional<qint64>(2));
        QCOMPARE(IsoDuration::parse(QStringLiteral("PT0S"))->minutes(), std::optional<qint64>(0));
        QVERIFY(IsoDuration::parse(QStringLiteral("PT0M"))->isZero());
    }

    void sameLength()
    {
        const auto a = IsoDuration::parse(QStringLiteral("PT24H"));
        const auto b = IsoDuration::parse(QStringLiteral("P1D"));
        QVERIFY(a->sameLengthAs(*b));
        QVERIFY(!(a.value() == b.value())); // written differently
        QVERIFY(IsoDuration::parse(QStringLiteral("PT1440M"))->sameLengthAs(*b));
        QVERIFY(!IsoDuration::parse(QStringLiteral("PT23H"))->sameLengthAs(*b));
    }

    void fromMilliseconds_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << 0LL << "PT0S";
        QTest::newRow("day") << kDay << "P1D";
        QTest::newRow("day and a half") << kDay + 12 * kHour << "P1DT12H";
        QTest::newRow("minutes") << 90 * kMin << "PT1H30M";
        QTest::newRow("millis") << 1500LL << "PT1.5S";
        QTest::newRow("negative clamps") << -5LL << "PT0S";
    }
    void fromMilliseconds()
    {
        QFETCH(qint64, ms);
        QFETCH(QString, text);
        const IsoDuration d = IsoDuration::fromMilliseconds(ms);
        QCOMPARE(d.toString(), text);
        const auto back = IsoDuration::parse(text);
        QVERIFY(back.ok());
        QCOMPARE(back->milliseconds(), d.milliseconds());
    }

    void displayText()
    {
        QCOMPARE(IsoDuration::parse(QStringLiteral("P7DT12H"))->displayText(),
                 QStringLiteral("7 d 12 h"));
        QCOMPARE(IsoDuration::parse(QStringLiteral("PT1M"))->displayText(),
                 QStringLiteral("1 min"));
        QCOMPARE(IsoDuration::parse(QStringLiteral("P1W"))->displayText(), QStringLiteral("1 wk"));
        QCOMPARE(IsoDuration::parse(QStringLiteral("PT0S"))->displayText(), QStringLiteral("Zero"));
        QCOMPARE(IsoDuration::parse(QStringLiteral("P1Y2M"))->displayText(),
                 QStringLiteral("1 y 2 mo"));
        QCOMPARE(IsoDuration::parse(QStringLiteral("PT24H"))->displayText(), QStringLiteral("1 d"));
        QCOMPARE(IsoDuration::unlimited().displayText(), QStringLiteral("Unlimited"));
        QCOMPARE(IsoDuration::parse(QStringLiteral("PT1.5S"))->displayText(),
                 QStringLiteral("1.5 s"));
    }
};

ODAG_TEST_MAIN(TestRulesIsoDuration)
#include "tst_rules_iso_duration.moc"
