// AppNameFormat: genAppName format strings with {N} markers into params (seed 002), the
// value of each parameter, and the problems validate() reports.

#include "TestMain.h"
#include "core/rules/AppNameFormat.h"

using namespace odag;
using namespace odag::rules;

Q_DECLARE_METATYPE(odag::rules::AppNameFormat::Params)

namespace {

using P = AppNameParameter;

AppNameFormat::Params params(std::initializer_list<AppNameParameter> list)
{
    AppNameFormat::Params out;
    for (auto p : list)
        out.push_back(OpenEnum<AppNameParameter>(p));
    return out;
}

AppNameContext context()
{
    return {QStringLiteral("Sales Template"), QStringLiteral("joe"),
            QDateTime(QDate(2025, 3, 7), QTime(9, 5, 2), Qt::UTC)};
}

QList<AppNameIssue::Kind> kinds(const QList<AppNameIssue> &issues)
{
    QList<AppNameIssue::Kind> out;
    for (const auto &i : issues)
        out.push_back(i.kind);
    return out;
}

} // namespace

class TestRulesAppNameFormat : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void format_data()
    {
        QTest::addColumn<QString>("formatString");
        QTest::addColumn<AppNameFormat::Params>("params");
        QTest::addColumn<QString>("expected");

        QTest::newRow("plain") << "My app" << params({}) << "My app";
        QTest::newRow("template name") << "{0}" << params({P::TemplateAppName}) << "Sales Template";
        QTest::newRow("two") << "{0} for {1}" << params({P::TemplateAppName, P::UserId})
                             << "Sales Template for joe";
        QTest::newRow("reordered")
            << "{1}-{0}" << params({P::TemplateAppName, P::UserId}) << "joe-Sales Template";
        QTest::newRow("repeated") << "{0}{0}" << params({P::UserId}) << "joejoe";
        QTest::newRow("date padded")
            << "{0}-{1}-{2}" << params({P::CurYear, P::CurMonth, P::CurDay}) << "2025-03-07";
        QTest::newRow("time padded")
            << "{0}:{1}:{2}" << params({P::CurHr, P::CurMin, P::CurSec}) << "09:05:02";
        QTest::newRow("everything")
            << "{0} {1} {2}{3}{4} {5}{6}{7}"
            << params({P::TemplateAppName, P::UserId, P::CurYear, P::CurMonth, P::CurDay, P::CurHr,
                       P::CurMin, P::CurSec})
            << "Sales Template joe 20250307 090502";
        QTest::newRow("beyond params kept") << "{0} {3}" << params({P::UserId}) << "joe {3}";
        QTest::newRow("no params kept") << "App {0}" << params({}) << "App {0}";
        QTest::newRow("leading zero index") << "{00}" << params({P::UserId}) << "joe";
        QTest::newRow("double braces literal") << "{{0}}" << params({P::UserId}) << "{joe}";
        QTest::newRow("stray open") << "a{b" << params({}) << "a{b";
        QTest::newRow("stray close") << "a}b" << params({}) << "a}b";
        QTest::newRow("empty braces") << "{}" << params({P::UserId}) << "{}";
        QTest::newRow("spaces in marker") << "{ 0 }" << params({P::UserId}) << "{ 0 }";
        QTest::newRow("negative") << "{-1}" << params({P::UserId}) << "{-1}";
        QTest::newRow("name marker") << "{userId}" << params({P::UserId}) << "{userId}";
        QTest::newRow("trailing open") << "x{" << params({}) << "x{";
        QTest::newRow("digits then end") << "x{12" << params({}) << "x{12";
        QTest::newRow("huge index")
            << "{99999999999999999999999}" << params({P::UserId}) << "{99999999999999999999999}";
        QTest::newRow("unicode text")
            << QString::fromUtf8("\u00dcbersicht {0} \u2013 \u65e5\u672c") << params({P::UserId})
            << QString::fromUtf8("\u00dcbersicht joe \u2013 \u65e5\u672c");
        QTest::newRow("empty") << "" << params({}) << "";
    }
    void format()
    {
        QFETCH(QString, formatString);
        QFETCH(AppNameFormat::Params, params);
        QFETCH(QString, expected);
        QCOMPARE(AppNameFormat::format(formatString, params, context()), expected);
    }

    void unknownParameterKeepsMarker()
    {
        AppNameFormat::Params p = params({P::UserId});
        p.push_back(OpenEnum<AppNameParameter>::fromRaw(QStringLiteral("curWeek")));
        QCOMPARE(AppNameFormat::format(QStringLiteral("{0} w{1}"), p, context()),
                 QStringLiteral("joe w{1}"));
        const auto issues = AppNameFormat::validate(QStringLiteral("{0} w{1}"), p);
        QCOMPARE(kinds(issues), QList<AppNameIssue::Kind>{AppNameIssue::UnknownParameter});
        QCOMPARE(issues.first().paramIndex, 1);
        QCOMPARE(issues.first().severity, Severity::Warning);
        QVERIFY(issues.first().message.contains(QStringLiteral("curWeek")));
    }

    void parameterValues()
    {
        const AppNameContext c = context();
        QCOMPARE(AppNameFormat::parameterValue(P::CurYear, c), QStringLiteral("2025"));
        QCOMPARE(AppNameFormat::parameterValue(P::CurMonth, c), QStringLiteral("03"));
        QCOMPARE(AppNameFormat::parameterValue(P::CurHr, c), QStringLiteral("09"));
        QCOMPARE(AppNameFormat::parameterValue(P::Unknown, c), QString());
        // Without a time, the date parameters contribute nothing.
        const AppNameContext noTime{QStringLiteral("T"), QStringLiteral("u"), QDateTime()};
        QCOMPARE(AppNameFormat::parameterValue(P::CurYear, noTime), QString());
        QCOMPARE(AppNameFormat::parameterValue(P::UserId, noTime), QStringLiteral("u"));
        // Early years are padded to four digits.
        const AppNameContext early{{}, {}, QDateTime(QDate(999, 1, 1), QTime(0, 0), Qt::UTC)};
        QCOMPARE(AppNameFormat::parameterValue(P::CurYear, early), QStringLiteral("0999"));
    }

    void validate_data()
    {
        QTest::addColumn<QString>("formatString");
        QTest::addColumn<AppNameFormat::Params>("params");
        QTest::addColumn<QList<AppNameIssue::Kind>>("expected");
        using K = AppNameIssue;
        using L = QList<AppNameIssue::Kind>;

        QTest::newRow("clean") << "{0} {1}" << params({P::TemplateAppName, P::UserId}) << L{};
        QTest::newRow("plain text") << "Name" << params({}) << L{};
        QTest::newRow("beyond") << "{0} {2}" << params({P::TemplateAppName, P::UserId})
                                << L{K::IndexBeyondParams, K::UnusedParameter};
        QTest::newRow("no params") << "{0}" << params({}) << L{K::IndexBeyondParams};
        QTest::newRow("stray open") << "a{b {0}" << params({P::UserId}) << L{K::StrayBrace};
        QTest::newRow("double braces")
            << "{{0}}" << params({P::UserId}) << L{K::StrayBrace, K::StrayBrace};
        QTest::newRow("unused") << "{1}" << params({P::UserId, P::CurYear})
                                << L{K::UnusedParameter};
        QTest::newRow("empty") << "" << params({}) << L{K::EmptyResult};
        QTest::newRow("blank") << "   " << params({}) << L{K::EmptyResult};
        QTest::newRow("blank with unused")
            << " " << params({P::UserId}) << L{K::UnusedParameter, K::EmptyResult};
        QTest::newRow("huge index")
            << "x{99999999999999999999999}" << params({}) << L{K::IndexBeyondParams};
    }
    void validate()
    {
        QFETCH(QString, formatString);
        QFETCH(AppNameFormat::Params, params);
        QFETCH(QList<AppNameIssue::Kind>, expected);
        const auto issues = AppNameFormat::validate(formatString, params);
        QCOMPARE(kinds(issues), expected);
        for (const auto &issue : issues) {
            QVERIFY(!issue.message.isEmpty());
            const bool error = issue.kind == AppNameIssue::IndexBeyondParams ||
                               issue.kind == AppNameIssue::EmptyResult;
            QCOMPARE(issue.severity, error ? Severity::Error : Severity::Warning);
        }
    }

    void issuePositions()
    {
        const auto issues = AppNameFormat::validate(QStringLiteral("ab{5}c}"), params({P::UserId}));
        QCOMPARE(issues.size(), 3);
        QCOMPARE(issues.at(0).kind, AppNameIssue::IndexBeyondParams);
        QCOMPARE(issues.at(0).position, 2);
        QCOMPARE(issues.at(0).paramIndex, 5);
        QVERIFY(issues.at(0).message.contains(QStringLiteral("{5}")));
        QCOMPARE(issues.at(1).kind, AppNameIssue::StrayBrace);
        QCOMPARE(issues.at(1).position, 6);
        QCOMPARE(issues.at(2).kind, AppNameIssue::UnusedParameter);
    }

    void preview()
    {
        const QDateTime now(QDate(2024, 12, 31), QTime(23, 59, 58), Qt::UTC);
        QCOMPARE(
            AppNameFormat::preview(QStringLiteral("{0}_{1}"), params({P::CurYear, P::CurSec}), now),
            QStringLiteral("2024_58"));
        QVERIFY(!AppNameFormat::preview(QStringLiteral("{0}"), params({P::TemplateAppName}), now)
                     .isEmpty());
    }

    void longInputIsLinear()
    {
        // 200,000 characters of markers and braces format and validate quickly.
        QString s;
        for (int i = 0; i < 20000; ++i)
            s += QStringLiteral("{0}{{}x}{");
        const auto p = params({P::UserId});
        QElapsedTimer t;
        t.start();
        const QString out = AppNameFormat::format(s, p, context());
        const auto issues = AppNameFormat::validate(s, p);
        QVERIFY(out.contains(QStringLiteral("joe")));
        QVERIFY(!issues.isEmpty());
        QVERIFY2(t.elapsed() < 5000, "format/validate should be linear");
    }
};

ODAG_TEST_MAIN(TestRulesAppNameFormat)
#include "tst_rules_app_name_format.moc"
