// LinkLint: every problem the service would reject, or that is likely wrong, found in a
// link or a payload before it is saved; and the seed's example link as the service
// documents it.

#include "OdagFixtures.h"
#include "TestMain.h"
#include "core/rules/LinkLint.h"

using namespace odag;
using namespace odag::rules;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// A link with nothing to complain about.
LintInput clean()
{
    LintInput in;
    in.name = s("Flights detail");
    in.properties.rowEstRange = {{s("User_*"), 0, 100000, {}}};
    in.properties.genAppLimit = QList<LinkPropGenAppLimit>{{s("User_*"), 5, {}}};
    in.properties.limitPolicy = QList<LinkPropLimitPolicy>{
        {s("User_*"), OpenEnum<LimitPolicy>(LimitPolicy::AutoDelete), {}}};
    in.properties.appRetentionTime = QList<LinkPropAppRetentionTime>{{s("User_*"), s("PT24H"), {}}};
    in.properties.genAppName =
        QList<LinkPropGenAppName>{{s("User_*"),
                                   s("{0} for {1}"),
                                   QList<OpenEnum<AppNameParameter>>{
                                       AppNameParameter::TemplateAppName, AppNameParameter::UserId},
                                   {}}};
    Binding b;
    b.templateAppVarName = s("odso_ORIGIN");
    b.selectAppParamType = SelectAppParamType::Field;
    b.selectAppParamName = s("ORIGIN");
    b.range = ValueCountRange{1, 5, {}};
    in.bindings = {b};
    return in;
}

QStringList codes(const QList<LintIssue> &issues)
{
    QStringList out;
    for (const auto &i : issues)
        out << i.code;
    return out;
}

const LintIssue *find(const QList<LintIssue> &issues, const char *code)
{
    for (const auto &i : issues) {
        if (i.code == QLatin1StringView(code))
            return &i;
    }
    return nullptr;
}

Binding binding(const char *var, const char *field, std::optional<int> lo, std::optional<int> hi)
{
    Binding b;
    b.templateAppVarName = s(var);
    b.selectAppParamType = SelectAppParamType::Field;
    b.selectAppParamName = s(field);
    if (lo || hi)
        b.range = ValueCountRange{lo, hi, {}};
    return b;
}

} // namespace

class TestRulesLinkLint : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanLinkHasNoIssues()
    {
        const auto issues = LinkLint::lint(clean());
        QVERIFY2(issues.isEmpty(), qPrintable(codes(issues).join(QLatin1Char(' '))));
        QVERIFY(!LinkLint::hasErrors(issues));
    }

    // Each row breaks the clean link one way and names the finding expected.
    void findings_data()
    {
        QTest::addColumn<int>("breakage");
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("error");
        int n = 0;
        QTest::newRow("empty name") << n++ << "name.empty" << true;
        QTest::newRow("no rowEstRange") << n++ << "rowEstRange.noAllUsers" << true;
        QTest::newRow("rowEstRange for a group only") << n++ << "rowEstRange.noAllUsers" << true;
        QTest::newRow("low above high") << n++ << "rowEstRange.order" << true;
        QTest::newRow("negative bound") << n++ << "rowEstRange.negative" << true;
        QTest::newRow("genAppLimit 0") << n++ << "genAppLimit.belowOne" << true;
        QTest::newRow("genAppLimit negative") << n++ << "genAppLimit.belowOne" << true;
        QTest::newRow("bad retention") << n++ << "appRetentionTime.invalid" << true;
        QTest::newRow("retention 0") << n++ << "appRetentionTime.invalid" << true;
        QTest::newRow("zero retention") << n++ << "appRetentionTime.zero" << false;
        QTest::newRow("months retention") << n++ << "appRetentionTime.approximate" << false;
        QTest::newRow("lower-case retention") << n++ << "appRetentionTime.notCanonical" << false;
        QTest::newRow("marker beyond params") << n++ << "genAppName.indexBeyondParams" << true;
        QTest::newRow("empty name format") << n++ << "genAppName.emptyResult" << true;
        QTest::newRow("stray brace") << n++ << "genAppName.strayBrace" << false;
        QTest::newRow("unknown name parameter") << n++ << "genAppName.unknownParameter" << false;
        QTest::newRow("same variable two ranges") << n++ << "bindings.conflictingRange" << true;
        QTest::newRow("same field two ranges") << n++ << "bindings.fieldRangeMismatch" << true;
        QTest::newRow("binding range reversed") << n++ << "bindings.rangeOrder" << true;
        QTest::newRow("binding range negative") << n++ << "bindings.negativeRange" << true;
        QTest::newRow("binding without name") << n++ << "bindings.emptyVarName" << true;
        QTest::newRow("binding listed twice") << n++ << "bindings.duplicate" << false;
        QTest::newRow("dynamic view retention") << n++ << "dynamicView.retention" << false;
        QTest::newRow("dynamic view limit") << n++ << "dynamicView.genAppLimit" << false;
        QTest::newRow("duplicate context, same value") << n++ << "context.duplicate" << false;
        QTest::newRow("duplicate context, other value")
            << n++ << "context.duplicateConflict" << true;
        QTest::newRow("star and User_* duplicate") << n++ << "context.duplicateConflict" << true;
        QTest::newRow("not interpreted context") << n++ << "context.notInterpreted" << false;
        QTest::newRow("malformed context") << n++ << "context.malformed" << true;
        QTest::newRow("policy with override") << n++ << "limitPolicy.overridden" << false;
        QTest::newRow("policy without limit") << n++ << "limitPolicy.withoutLimit" << false;
        QTest::newRow("limit overridden") << n++ << "genAppLimit.overridden" << false;
        QTest::newRow("unknown policy") << n++ << "limitPolicy.unknownValue" << false;
        QTest::newRow("unknown open method") << n++ << "appOpenMethod.unknownValue" << false;
        QTest::newRow("empty sheet") << n++ << "targetSheet.empty" << false;
        QTest::newRow("empty label") << n++ << "menuLabel.empty" << false;
    }
    void findings()
    {
        QFETCH(int, breakage);
        QFETCH(QString, code);
        QFETCH(bool, error);
        LintInput in = clean();
        auto &p = in.properties;
        switch (breakage) {
        case 0:
            in.name = s("  ");
            break;
        case 1:
            p.rowEstRange.clear();
            break;
        case 2:
            p.rowEstRange = {{s("User.group = a"), {}, 10, {}}};
            break;
        case 3:
            p.rowEstRange[0].lowBound = 200000;
            break;
        case 4:
            p.rowEstRange[0].lowBound = -1;
            break;
        case 5:
            (*p.genAppLimit)[0].limit = 0;
            break;
        case 6:
            (*p.genAppLimit)[0].limit = -3;
            break;
        case 7:
            (*p.appRetentionTime)[0].retentionTime = s("24 hours");
            break;
        case 8:
            (*p.appRetentionTime)[0].retentionTime = s("0");
            break;
        case 9:
            (*p.appRetentionTime)[0].retentionTime = s("PT0S");
            break;
        case 10:
            (*p.appRetentionTime)[0].retentionTime = s("P1M");
            break;
        case 11:
            (*p.appRetentionTime)[0].retentionTime = s("pt24h");
            break;
        case 12:
            (*p.genAppName)[0].formatString = s("{0} {2}");
            break;
        case 13:
            (*p.genAppName)[0].formatString = s(" ");
            (*p.genAppName)[0].params = QList<OpenEnum<AppNameParameter>>{};
            break;
        case 14:
            (*p.genAppName)[0].formatString = s("{0} for {1} }");
            break;
        case 15:
            (*p.genAppName)[0].params->push_back(OpenEnum<AppNameParameter>::fromRaw(s("weekday")));
            (*p.genAppName)[0].formatString = s("{0} for {1} {2}");
            break;
        case 16:
            in.bindings.push_back(binding("odso_ORIGIN", "ORIGIN", 1, 9));
            break;
        case 17:
            in.bindings.push_back(binding("ods_ORIGIN", "ORIGIN", 2, 5));
            break;
        case 18:
            in.bindings.push_back(binding("od_Y", "Y", 4, 2));
            break;
        case 19:
            in.bindings.push_back(binding("od_Y", "Y", -1, 2));
            break;
        case 20:
            in.bindings.push_back(binding("", "Y", {}, {}));
            break;
        case 21:
            in.bindings.push_back(in.bindings.first());
            break;
        case 22:
            in.dynamicView = true;
            (*p.genAppLimit)[0].limit = 1;
            (*p.appRetentionTime)[0].retentionTime = s("P7D");
            break;
        case 23:
            in.dynamicView = true;
            break;
        case 24:
            p.genAppLimit->push_back({s("User_*"), 5, {}});
            break;
        case 25:
            p.genAppLimit->push_back({s(" User_* "), 7, {}});
            break;
        case 26:
            p.rowEstRange.push_back({s("*"), {}, 5, {}});
            break;
        case 27:
            p.rowEstRange.push_back({s("User.group != x"), {}, 5, {}});
            break;
        case 28:
            p.rowEstRange.push_back({s("User.colour = x"), {}, 5, {}});
            break;
        case 29:
            p.overrideGenAppLimit = QList<LinkPropOverrideGenAppLimit>{{s("User_*"), true, {}}};
            break;
        case 30:
            p.genAppLimit.reset();
            break;
        case 31:
            p.overrideGenAppLimit = QList<LinkPropOverrideGenAppLimit>{{s("User_*"), true, {}}};
            break;
        case 32:
            (*p.limitPolicy)[0].limitPolicy = OpenEnum<LimitPolicy>::fromRaw(s("Queue"));
            break;
        case 33:
            p.appOpenMethod = QList<LinkPropAppOpenMethod>{
                {s("User_*"), OpenEnum<AppOpenMethod>::fromRaw(s("Popup")), {}}};
            break;
        case 34:
            p.targetSheet = QList<LinkPropTargetSheet>{{s("User_*"), s(""), {}, {}}};
            break;
        case 35:
            p.menuLabel = QList<LinkPropMenuLabel>{{s("User_*"), s(" "), {}}};
            break;
        default:
            QFAIL("no such breakage");
        }
        const auto issues = LinkLint::lint(in);
        const LintIssue *issue = find(issues, code.toLatin1().constData());
        QVERIFY2(issue, qPrintable(QStringLiteral("got: ") + codes(issues).join(QLatin1Char(' '))));
        QCOMPARE(issue->severity, error ? Severity::Error : Severity::Warning);
        QVERIFY(!issue->message.isEmpty());
        const bool anyError = std::any_of(issues.begin(), issues.end(), [](const LintIssue &i) {
            return i.severity == Severity::Error;
        });
        QCOMPARE(LinkLint::hasErrors(issues), anyError);
    }

    void issueLocations()
    {
        LintInput in = clean();
        in.properties.genAppLimit->push_back({s("User.group = sales"), 0, {}});
        const auto issues = LinkLint::lint(in);
        const LintIssue *issue = find(issues, "genAppLimit.belowOne");
        QVERIFY(issue);
        QCOMPARE(issue->field, s("genAppLimit"));
        QCOMPARE(issue->context, s("User.group = sales"));
        QCOMPARE(issue->index, 1);
    }

    void contextReportedOnce()
    {
        LintInput in = clean();
        in.properties.rowEstRange.push_back({s("Group = x"), {}, 5, {}});
        in.properties.genAppLimit->push_back({s("Group = x"), 2, {}});
        const auto issues = LinkLint::lint(in);
        QCOMPARE(codes(issues).count(s("context.notInterpreted")), 1);
        QCOMPARE(find(issues, "context.notInterpreted")->context, s("Group = x"));
    }

    void dynamicViewAcceptsOneDay()
    {
        LintInput in = clean();
        in.dynamicView = true;
        (*in.properties.genAppLimit)[0].limit = 1;
        for (const char *r : {"PT24H", "P1D", "PT1440M"}) {
            (*in.properties.appRetentionTime)[0].retentionTime = s(r);
            QVERIFY2(LinkLint::lint(in).isEmpty(), r);
        }
    }

    void specificOverrideWins()
    {
        // The override for all users is off, but on for joe: joe's policy has no effect.
        LintInput in = clean();
        in.properties.overrideGenAppLimit = QList<LinkPropOverrideGenAppLimit>{
            {s("User_*"), false, {}}, {s("User.name = joe"), true, {}}};
        in.properties.limitPolicy->push_back(
            {s("User.name=joe"), OpenEnum<LimitPolicy>(LimitPolicy::Restrict), {}});
        const auto issues = LinkLint::lint(in);
        const LintIssue *issue = find(issues, "limitPolicy.overridden");
        QVERIFY(issue);
        QCOMPARE(issue->index, 1);
        QCOMPARE(codes(issues).count(s("limitPolicy.overridden")), 1);
    }

    void payloads()
    {
        LinkAddPayload add;
        add.name = s("x");
        add.selectionApp = s("app");
        const auto issues = LinkLint::lint(LintInput::from(add));
        QVERIFY(find(issues, "rowEstRange.noAllUsers"));

        LinkPutPayload put;
        put.name = s("");
        put.properties = clean().properties;
        put.dynamicView = true;
        const auto putIssues = LinkLint::lint(LintInput::from(put));
        QVERIFY(find(putIssues, "name.empty"));
        QVERIFY(find(putIssues, "dynamicView.genAppLimit"));
    }

    void seedExampleLink()
    {
        // The example link of seed 002 has sample values: "string" contexts, a
        // "string" retention time, and is a dynamic view with a limit of 42.
        const auto link =
            json::decode<LinkStateFull>(odagtest::fixture(s("link_get.response.json")));
        ODAG_VERIFY_OK(link);
        const auto issues = LinkLint::lint(link.value());
        const QStringList found = codes(issues);
        QVERIFY2(found.contains(s("context.notInterpreted")),
                 qPrintable(found.join(QLatin1Char(' '))));
        QVERIFY(found.contains(s("rowEstRange.noAllUsers")));
        QVERIFY(found.contains(s("appRetentionTime.invalid")));
        QVERIFY(found.contains(s("dynamicView.genAppLimit")));
        QVERIFY(LinkLint::hasErrors(issues));
    }
};

ODAG_TEST_MAIN(TestRulesLinkLint)
#include "tst_rules_link_lint.moc"
