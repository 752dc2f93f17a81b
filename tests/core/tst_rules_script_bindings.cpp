// ScriptBindings: the bind variables of a template app's load script, in both syntaxes
// (API-NOTES.md), their ranges and format specifications, comments that hide them, the
// Binding values a link gets, and the sandbox's fail marker.

#include "TestMain.h"
#include "core/rules/ScriptBindings.h"

#include <QElapsedTimer>

using namespace odag;
using namespace odag::rules;

Q_DECLARE_METATYPE(odag::rules::ScriptIssue::Kind)
Q_DECLARE_METATYPE(odag::rules::Severity)

namespace {

QStringList varNames(const ScriptScan &scan)
{
    QStringList out;
    for (const auto &b : scan.occurrences)
        out << b.templateAppVarName;
    return out;
}

QList<ScriptIssue::Kind> issueKinds(const ScriptScan &scan)
{
    QList<ScriptIssue::Kind> out;
    for (const auto &i : scan.issues)
        out << i.kind;
    return out;
}

QStringList sl(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *i : items)
        out << QString::fromUtf8(i);
    return out;
}

// A realistic template app script: sample data, new and old binding syntaxes, comments.
const char *kTemplateScript = R"QLIK(///$tab Main
SET ThousandSep=',';
SET DecimalSep='.';
SET DateFormat='YYYY-MM-DD';

// Bindings are filled in by the ODAG service when the app is generated.
// $(odag_Commented) would be a binding if this line were not a comment.
IF '$(odagActive)'='' THEN
    TRACE ODAG variables not inserted! Loading sample data.;
    SET 'odag_Origin Code' = '''LAX''';
    SET odagn_Year = 2015;
ENDIF

/* The old syntax is still read:
   $(od_Hidden)[1-2] is inside a block comment. */
REM $(ods_Remarked) is in a REM statement;

LIB CONNECT TO 'Flights (qlik_sa)';

[Flights]:
LOAD *;
SQL SELECT
    "Origin Code",
    "Destination Code",
    "Carrier",
    "Year",
    "Month",
    "Passengers"
FROM "public"."flights"
WHERE "Origin Code" IN ($(odag_Origin Code))
  AND "Year" IN ($(odagn_Year){"noValue":"-99999"})
  AND "Carrier" IN ($(odags_Carrier))
  AND $(odagscnt_Carrier) >= 0
  AND "Month" IN ($(odagon_Month));

[Routes]:
LOAD
    ORIGIN,
    DEST
FROM [lib://DataFiles/routes.qvd] (qvd)
WHERE Match(ORIGIN, $(odso_ORIGIN){"quote": "", "delimiter": ""});

Let vYears = '$(od_YEAR)[1-3]';
Let vQuarters = $(ods_QUARTER_n);
Let vCount = $(odagcnt_Route);  // count of all route values

[Excluded]:
LOAD * INLINE [
Status
Closed
];
Let vExcluded = '$(odx_Status)';
Let vBdi = '$(odb_Region)';
EXIT SCRIPT;
)QLIK";

} // namespace

class TestRulesScriptBindings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void twelvePrefixes_data()
    {
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QString>("states");
        QTest::addColumn<bool>("numeric");
        QTest::addColumn<bool>("count");
        QTest::newRow("odag_") << "odag_"
                               << "SO" << false << false;
        QTest::newRow("odagcnt_") << "odagcnt_"
                                  << "SO" << false << true;
        QTest::newRow("odagn_") << "odagn_"
                                << "SO" << true << false;
        QTest::newRow("odagncnt_") << "odagncnt_"
                                   << "SO" << true << true;
        QTest::newRow("odago_") << "odago_"
                                << "O" << false << false;
        QTest::newRow("odagocnt_") << "odagocnt_"
                                   << "O" << false << true;
        QTest::newRow("odagon_") << "odagon_"
                                 << "O" << true << false;
        QTest::newRow("odagoncnt_") << "odagoncnt_"
                                    << "O" << true << true;
        QTest::newRow("odags_") << "odags_"
                                << "S" << false << false;
        QTest::newRow("odagscnt_") << "odagscnt_"
                                   << "S" << false << true;
        QTest::newRow("odagsn_") << "odagsn_"
                                 << "S" << true << false;
        QTest::newRow("odagsncnt_") << "odagsncnt_"
                                    << "S" << true << true;
    }
    void twelvePrefixes()
    {
        QFETCH(QString, prefix);
        QFETCH(QString, states);
        QFETCH(bool, numeric);
        QFETCH(bool, count);
        const QString var = prefix + QStringLiteral("MyField");
        const ScriptScan scan = ScriptBindings::scan(QStringLiteral("LOAD * WHERE X IN ($(") + var +
                                                     QStringLiteral("));"));
        QCOMPARE(scan.occurrences.size(), 1);
        const ScriptBinding &b = scan.occurrences.first();
        QCOMPARE(b.templateAppVarName, var);
        QCOMPARE(b.prefix, prefix);
        QCOMPARE(b.fieldName, QStringLiteral("MyField"));
        QCOMPARE(b.syntax, BindingSyntax::Odag);
        QCOMPARE(b.selectionStates, states);
        QCOMPARE(b.numericOnly, numeric);
        QCOMPARE(b.countOnly, count);
        QCOMPARE(b.line, 1);
        QCOMPARE(b.column, 20);
        QVERIFY(scan.issues.isEmpty());
    }

    void legacyPrefixes_data()
    {
        QTest::addColumn<QString>("var");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("states");
        QTest::addColumn<bool>("numeric");
        QTest::newRow("od_") << "od_YEAR"
                             << "YEAR"
                             << "S" << false;
        QTest::newRow("ods_") << "ods_YEAR"
                              << "YEAR"
                              << "S" << false;
        QTest::newRow("odo_") << "odo_YEAR"
                              << "YEAR"
                              << "O" << false;
        QTest::newRow("odx_") << "odx_YEAR"
                              << "YEAR"
                              << "X" << false;
        QTest::newRow("odso_") << "odso_YEAR"
                               << "YEAR"
                               << "SO" << false;
        QTest::newRow("odsx_") << "odsx_YEAR"
                               << "YEAR"
                               << "SX" << false;
        QTest::newRow("odox_") << "odox_YEAR"
                               << "YEAR"
                               << "OX" << false;
        QTest::newRow("odsox_") << "odsox_YEAR"
                                << "YEAR"
                                << "SOX" << false;
        QTest::newRow("odb_") << "odb_YEAR"
                              << "YEAR"
                              << "" << false;
        QTest::newRow("_n suffix") << "ods_YEAR_n"
                                   << "YEAR"
                                   << "S" << true;
        QTest::newRow("od _n suffix") << "od_YEAR_n"
                                      << "YEAR"
                                      << "S" << true;
        QTest::newRow("field is _n") << "od__n"
                                     << "_n"
                                     << "S" << false;
        QTest::newRow("underscore field") << "od_MY_FIELD"
                                          << "MY_FIELD"
                                          << "S" << false;
    }
    void legacyPrefixes()
    {
        QFETCH(QString, var);
        QFETCH(QString, field);
        QFETCH(QString, states);
        QFETCH(bool, numeric);
        const auto b = ScriptBindings::parseVariableName(var);
        QVERIFY(b.has_value());
        QCOMPARE(b->syntax, BindingSyntax::Legacy);
        QCOMPARE(b->templateAppVarName, var);
        QCOMPARE(b->fieldName, field);
        QCOMPARE(b->selectionStates, states);
        QCOMPARE(b->numericOnly, numeric);
        QVERIFY(!b->countOnly);
    }

    void notBindings_data()
    {
        QTest::addColumn<QString>("var");
        QTest::newRow("odagActive") << "odagActive";
        QTest::newRow("plain variable") << "vPath";
        QTest::newRow("od only") << "od_";
        QTest::newRow("odag only") << "odag_";
        QTest::newRow("upper case") << "OD_YEAR";
        QTest::newRow("upper odag") << "ODAG_Year";
        QTest::newRow("wrong letter order") << "odos_YEAR";
        QTest::newRow("wrong odag order") << "odagns_YEAR";
        QTest::newRow("odag unknown letter") << "odagx_YEAR";
        QTest::newRow("cnt before n") << "odagcntn_YEAR";
        QTest::newRow("no underscore") << "odsYEAR";
        QTest::newRow("expression") << "=Sum(x)";
        QTest::newRow("empty") << "";
        QTest::newRow("blank field") << "od_   ";
        QTest::newRow("odbs") << "odbs_X";
    }
    void notBindings()
    {
        QFETCH(QString, var);
        QVERIFY(!ScriptBindings::parseVariableName(var).has_value());
        QVERIFY(ScriptBindings::scan(QStringLiteral("x = $(") + var + QStringLiteral(");"))
                    .occurrences.isEmpty());
    }

    void newPrefixKeepsUnderscoreN()
    {
        // Qlik: the _n suffix is not supported with the new prefixes.
        const auto b = ScriptBindings::parseVariableName(QStringLiteral("odagn_Year_n"));
        QVERIFY(b.has_value());
        QCOMPARE(b->fieldName, QStringLiteral("Year_n"));
        QVERIFY(b->numericOnly); // from the n letter
    }

    void suffixes()
    {
        {
            const auto scan =
                ScriptBindings::scan(QStringLiteral("$(odagn_F){\"noValue\":\"-99999\"}"));
            QCOMPARE(scan.occurrences.size(), 1);
            QCOMPARE(scan.occurrences.first().noValue,
                     std::optional<QString>(QStringLiteral("-99999")));
            QVERIFY(!scan.occurrences.first().quote);
            QVERIFY(scan.issues.isEmpty());
        }
        {
            const auto scan = ScriptBindings::scan(
                QStringLiteral("$(odso_ORIGIN){\"quote\": \"\", \"delimiter\": \"\"}"));
            QCOMPARE(scan.occurrences.size(), 1);
            const auto &b = scan.occurrences.first();
            QCOMPARE(b.quote, std::optional<QString>(QString()));
            QCOMPARE(b.delimiter, std::optional<QString>(QString()));
            QCOMPARE(b.selectionStates, QStringLiteral("SO"));
        }
        {
            const auto scan = ScriptBindings::scan(QStringLiteral("$(od_Year)[1-3]"));
            QCOMPARE(scan.occurrences.size(), 1);
            QCOMPARE(scan.occurrences.first().lowerBound, std::optional<int>(1));
            QCOMPARE(scan.occurrences.first().upperBound, std::optional<int>(3));
        }
        {
            // Both, either order, with blanks inside the brackets.
            const auto a =
                ScriptBindings::scan(QStringLiteral("$(od_Y)[ 2 - 5 ]{\"quote\":\"\\\"\"}"));
            const auto b = ScriptBindings::scan(QStringLiteral("$(od_Y){\"quote\":\"\\\"\"}[2-5]"));
            for (const auto *scan : {&a, &b}) {
                QCOMPARE(scan->occurrences.size(), 1);
                QCOMPARE(scan->occurrences.first().lowerBound, std::optional<int>(2));
                QCOMPARE(scan->occurrences.first().upperBound, std::optional<int>(5));
                QCOMPARE(scan->occurrences.first().quote,
                         std::optional<QString>(QStringLiteral("\"")));
                QVERIFY(scan->issues.isEmpty());
            }
        }
        {
            // A numeric noValue is kept as text.
            const auto scan = ScriptBindings::scan(QStringLiteral("$(odagn_F){\"noValue\":-1}"));
            QCOMPARE(scan.occurrences.first().noValue,
                     std::optional<QString>(QStringLiteral("-1")));
            const auto fraction =
                ScriptBindings::scan(QStringLiteral("$(odagn_F){\"noValue\":0.1}"));
            QCOMPARE(fraction.occurrences.first().noValue,
                     std::optional<QString>(QStringLiteral("0.1")));
        }
    }

    void badSuffixes_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<ScriptIssue::Kind>("kind");
        QTest::addColumn<Severity>("severity");
        QTest::newRow("reversed range")
            << "$(od_Y)[5-2]" << ScriptIssue::RangeOrder << Severity::Error;
        QTest::newRow("open range")
            << "$(od_Y)[1-]" << ScriptIssue::MalformedRange << Severity::Warning;
        QTest::newRow("plus range")
            << "$(od_Y)[1+]" << ScriptIssue::MalformedRange << Severity::Warning;
        QTest::newRow("letters range")
            << "$(od_Y)[a-b]" << ScriptIssue::MalformedRange << Severity::Warning;
        QTest::newRow("huge range")
            << "$(od_Y)[1-99999999999]" << ScriptIssue::MalformedRange << Severity::Warning;
        QTest::newRow("bad json") << "$(od_Y){quote: ''}" << ScriptIssue::BadFormatSpec
                                  << Severity::Warning;
        QTest::newRow("unknown key")
            << "$(od_Y){\"colour\":\"red\"}" << ScriptIssue::BadFormatSpec << Severity::Warning;
        QTest::newRow("non-string quote")
            << "$(od_Y){\"quote\":1}" << ScriptIssue::BadFormatSpec << Severity::Warning;
        QTest::newRow("unclosed json")
            << "$(od_Y){\"quote\":\"\"\nx}" << ScriptIssue::BadFormatSpec << Severity::Warning;
        QTest::newRow("unclosed comment") << "LOAD 1;\n/* never closed $(od_X)"
                                          << ScriptIssue::UnclosedBlockComment << Severity::Warning;
    }
    void badSuffixes()
    {
        QFETCH(QString, script);
        QFETCH(ScriptIssue::Kind, kind);
        QFETCH(Severity, severity);
        const ScriptScan scan = ScriptBindings::scan(script);
        QCOMPARE(scan.issues.size(), 1);
        QCOMPARE(scan.issues.first().kind, kind);
        QCOMPARE(scan.issues.first().severity, severity);
        QVERIFY(!scan.issues.first().message.isEmpty());
    }

    void commentsHideBindings_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QStringList>("found");
        QTest::newRow("line comment") << "// $(od_A)\n$(od_B)" << sl({"od_B"});
        QTest::newRow("trailing comment") << "x = $(od_A); // $(od_B)" << sl({"od_A"});
        QTest::newRow("block comment") << "/* $(od_A) */ $(od_B)" << sl({"od_B"});
        QTest::newRow("multi-line block") << "/*\n$(od_A)\n*/\n$(od_B)" << sl({"od_B"});
        QTest::newRow("REM") << "REM $(od_A);\n$(od_B)" << sl({"od_B"});
        QTest::newRow("rem lower multi-line") << "rem $(od_A)\n$(od_C);\n$(od_B)" << sl({"od_B"});
        QTest::newRow("REM after statement") << "LOAD 1; REM $(od_A); $(od_B)" << sl({"od_B"});
        QTest::newRow("REM indented") << "  \tREM $(od_A);\n$(od_B)" << sl({"od_B"});
        QTest::newRow("REM as field") << "LOAD Rem, $(od_A)" << sl({"od_A"});
        QTest::newRow("REMARK is not REM") << "REMARK $(od_A);" << sl({"od_A"});
        QTest::newRow("REM mid-statement") << "LOAD x REM $(od_A);" << sl({"od_A"});
        QTest::newRow("slashes in quotes") << "x = '//' & $(od_A)" << sl({"od_A"});
        QTest::newRow("slashes in brackets")
            << "FROM [lib://x/y.qvd] WHERE $(od_A)" << sl({"od_A"});
        QTest::newRow("unquoted lib url")
            << "FROM lib://DataFiles/x.qvd WHERE $(od_A)" << sl({"od_A"});
        QTest::newRow("block opener in quotes") << "x = '/*'; $(od_A)" << sl({"od_A"});
        QTest::newRow("binding in quotes") << "SET v = '$(odag_A)';" << sl({"odag_A"});
        QTest::newRow("binding in double quotes") << "WHERE \"$(odag_A)\"" << sl({"odag_A"});
        QTest::newRow("quote ends at line end") << "x = 'open\n// $(od_A)\n$(od_B)" << sl({"od_B"});
        QTest::newRow("comment markers in comment") << "// /* \n$(od_A)" << sl({"od_A"});
        QTest::newRow("nested expansion") << "$(odag_$(vField))" << QStringList();
        QTest::newRow("function call") << "$(od_F(1))" << QStringList();
        QTest::newRow("unclosed") << "$(od_A" << QStringList();
        QTest::newRow("crlf") << "// $(od_A)\r\n$(od_B)\r\n" << sl({"od_B"});
    }
    void commentsHideBindings()
    {
        QFETCH(QString, script);
        QFETCH(QStringList, found);
        QCOMPARE(varNames(ScriptBindings::scan(script)), found);
    }

    void fieldNames()
    {
        const auto scan = ScriptBindings::scan(
            QString::fromUtf8("$(odag_Origin Code) $( odag_Spaced ) $(odag_\u00c5r) "
                              "$(odags_\u65e5\u4ed8) $(od_A.B)"));
        QCOMPARE(scan.fields(),
                 (QStringList{QStringLiteral("Origin Code"), QStringLiteral("Spaced"),
                              QString::fromUtf8("\u00c5r"), QString::fromUtf8("\u65e5\u4ed8"),
                              QStringLiteral("A.B")}));
        QCOMPARE(scan.occurrences.at(1).templateAppVarName, QStringLiteral("odag_Spaced"));
    }

    void lineAndColumn()
    {
        const auto scan = ScriptBindings::scan(QStringLiteral("a\n\n  b $(od_X)\n$(od_Y)"));
        QCOMPARE(scan.occurrences.size(), 2);
        QCOMPARE(scan.occurrences.at(0).line, 3);
        QCOMPARE(scan.occurrences.at(0).column, 5);
        QCOMPARE(scan.occurrences.at(1).line, 4);
        QCOMPARE(scan.occurrences.at(1).column, 1);
    }

    void rangeConflicts()
    {
        // The same variable with two ranges.
        auto scan = ScriptBindings::scan(QStringLiteral("$(od_Year)[1-3]\n$(od_Year)[1-5]"));
        QCOMPARE(issueKinds(scan), QList<ScriptIssue::Kind>{ScriptIssue::ConflictingRange});
        QCOMPARE(scan.issues.first().line, 2);
        QCOMPARE(scan.issues.first().severity, Severity::Error);
        QCOMPARE(scan.issues.first().templateAppVarName, QStringLiteral("od_Year"));

        // Two variables of one field (seed 002: one range per field).
        scan = ScriptBindings::scan(QStringLiteral("$(ods_Year)[1-3] $(odo_Year)[2-3]"));
        QCOMPARE(issueKinds(scan), QList<ScriptIssue::Kind>{ScriptIssue::ConflictingRange});
        QVERIFY(scan.issues.first().message.contains(QStringLiteral("odo_Year")));

        // Same range twice, or a range once: fine.
        QVERIFY(ScriptBindings::scan(QStringLiteral("$(od_Y)[1-3] $(od_Y)[1-3] $(od_Y)"))
                    .issues.isEmpty());
    }

    void toBindings()
    {
        const auto scan = ScriptBindings::scan(
            QStringLiteral("$(ods_Year) $(ods_Year)[1-3] $(odo_Year) "
                           "$(odso_ORIGIN){\"quote\":\"\",\"delimiter\":\";\"} "
                           "$(odagn_Month) $(odb_R)"));
        const QList<Binding> bindings = scan.toBindings();
        QCOMPARE(bindings.size(), 5);

        const Binding &year = bindings.at(0);
        QCOMPARE(year.templateAppVarName, QStringLiteral("ods_Year"));
        QCOMPARE(year.selectAppParamType, SelectAppParamType::Field);
        QCOMPARE(year.selectAppParamName, std::optional<QString>(QStringLiteral("Year")));
        QCOMPARE(year.selectionStates, std::optional<QString>(QStringLiteral("S")));
        QCOMPARE(year.numericOnly, std::optional<bool>(false));
        QVERIFY(year.range.has_value());
        QCOMPARE(year.range->lowerBound, std::optional<int>(1));
        QCOMPARE(year.range->upperBound, std::optional<int>(3));
        QVERIFY(!year.formatting);

        // The range of the field applies to its other variables too.
        const Binding &optYear = bindings.at(1);
        QCOMPARE(optYear.templateAppVarName, QStringLiteral("odo_Year"));
        QCOMPARE(optYear.selectionStates, std::optional<QString>(QStringLiteral("O")));
        QCOMPARE(optYear.range, year.range);

        const Binding &origin = bindings.at(2);
        QVERIFY(origin.formatting.has_value());
        QCOMPARE(origin.formatting->quote, std::optional<QString>(QString()));
        QCOMPARE(origin.formatting->delimiter, std::optional<QString>(QStringLiteral(";")));
        QVERIFY(!origin.range);

        QCOMPARE(bindings.at(3).numericOnly, std::optional<bool>(true));
        QCOMPARE(bindings.at(3).selectionStates, std::optional<QString>(QStringLiteral("SO")));
        QVERIFY(!bindings.at(4).selectionStates.has_value()); // odb_: not published

        // Bindings encode as the service expects them.
        const QJsonObject json = json::encode(year).toObject();
        QCOMPARE(json.value(QStringLiteral("selectAppParamType")).toString(),
                 QStringLiteral("Field"));
        QCOMPARE(json.value(QStringLiteral("range"))
                     .toObject()
                     .value(QStringLiteral("upperBound"))
                     .toInt(),
                 3);
    }

    void realisticTemplate()
    {
        const QString script = QString::fromUtf8(kTemplateScript);
        QVERIFY(script.count(QLatin1Char('\n')) >= 40);
        const ScriptScan scan = ScriptBindings::scan(script);
        QCOMPARE(varNames(scan),
                 (sl({"odag_Origin Code", "odagn_Year", "odags_Carrier", "odagscnt_Carrier",
                      "odagon_Month", "odso_ORIGIN", "od_YEAR", "ods_QUARTER_n", "odagcnt_Route",
                      "odx_Status", "odb_Region"})));
        QVERIFY2(scan.issues.isEmpty(),
                 scan.issues.isEmpty() ? "" : qPrintable(scan.issues.first().message));
        const auto &year = scan.occurrences.at(6);
        QCOMPARE(year.line, 43);
        QCOMPARE(year.upperBound, std::optional<int>(3));
        QCOMPARE(scan.occurrences.at(1).noValue, std::optional<QString>(QStringLiteral("-99999")));
        QCOMPARE(scan.occurrences.at(7).fieldName, QStringLiteral("QUARTER"));
        QVERIFY(scan.occurrences.at(7).numericOnly);
        QCOMPARE(scan.toBindings().size(), 11);
        QCOMPARE(scan.fields().size(), 10);
        QVERIFY(!ScriptBindings::hasFailMarker(script));
    }

    void failMarker_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<bool>("fails");
        QTest::newRow("marker") << "LOAD 1;\n// sandbox:fail\n" << true;
        QTest::newRow("indented") << "  //sandbox:fail  " << true;
        QTest::newRow("crlf") << "x;\r\n// sandbox:fail\r\n" << true;
        QTest::newRow("none") << "LOAD 1;" << false;
        QTest::newRow("inside text") << "TRACE // sandbox:fail;" << false;
        QTest::newRow("other word") << "// sandbox:failing" << false;
        QTest::newRow("upper case") << "// SANDBOX:FAIL" << false;
        QTest::newRow("empty") << "" << false;
    }
    void failMarker()
    {
        QFETCH(QString, script);
        QFETCH(bool, fails);
        QCOMPARE(ScriptBindings::hasFailMarker(script), fails);
    }

    void linearOnHostileInput()
    {
        // Inputs that would make a naive scanner quadratic finish quickly.
        const QStringList hostile{
            QString(200000, QLatin1Char('$')),
            QStringLiteral("$(").repeated(100000),
            QStringLiteral("$(od_a){").repeated(30000),
            QStringLiteral("$(od_a)[").repeated(30000),
            QStringLiteral("$(od_a)[1-2]").repeated(20000),
            QStringLiteral("$(odaaaaaaaaaaaaaaaaaaaaaaa").repeated(10000),
            QStringLiteral("REM ").repeated(50000),
            QStringLiteral("/*").repeated(100000),
            QStringLiteral("'[\"`").repeated(50000),
        };
        QElapsedTimer t;
        t.start();
        for (const QString &s : hostile)
            ScriptBindings::scan(s);
        QVERIFY2(t.elapsed() < 10000, "scan should be linear");
    }
};

ODAG_TEST_MAIN(TestRulesScriptBindings)
#include "tst_rules_script_bindings.moc"
