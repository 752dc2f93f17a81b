// PropertyResolver: the value of each context-scoped property for a user (most specific
// match wins, ties go to the first in list order and are flagged), the contexts that
// matched, could not be interpreted or could not be decided, and the documented defaults.

#include "TestMain.h"
#include "core/rules/PropertyResolver.h"

using namespace odag;
using namespace odag::rules;

Q_DECLARE_METATYPE(odag::rules::UserIdentity)

namespace {

UserIdentity user(const char *name, QStringList groups = {}, QStringList roles = {})
{
    UserIdentity u;
    u.name = QString::fromUtf8(name);
    u.id = u.name + QStringLiteral("-id");
    u.groups = std::move(groups);
    u.roles = std::move(roles);
    return u;
}

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

LinkPropGenAppLimit limit(const char *context, int value)
{
    return {s(context), value, {}};
}

LinkProperties sample()
{
    LinkProperties p;
    p.rowEstRange = {{s("User_*"), std::nullopt, 1000, {}},
                     {s("User.group = analysts"), 10, 50000, {}},
                     {s("User.name = joe"), std::nullopt, 1000000, {}}};
    p.genAppLimit = QList<LinkPropGenAppLimit>{limit("User_*", 3), limit("User.role = Power", 10)};
    p.menuLabel = QList<LinkPropMenuLabel>{{s("User_*"), s("Details"), {}}};
    p.limitPolicy = QList<LinkPropLimitPolicy>{
        {s("User_*"), OpenEnum<LimitPolicy>(LimitPolicy::AutoDelete), {}}};
    p.appRetentionTime = QList<LinkPropAppRetentionTime>{{s("User_*"), s("P7DT12H"), {}}};
    p.targetSheet = QList<LinkPropTargetSheet>{{s("User_*"), s("abc"), s("Overview"), {}}};
    p.genAppName =
        QList<LinkPropGenAppName>{{s("User_*"),
                                   s("{0} - {1}"),
                                   QList<OpenEnum<AppNameParameter>>{
                                       AppNameParameter::TemplateAppName, AppNameParameter::UserId},
                                   {}}};
    return p;
}

} // namespace

class TestRulesPropertyResolver : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mostSpecificWins_data()
    {
        QTest::addColumn<UserIdentity>("who");
        QTest::addColumn<qint64>("high");
        QTest::addColumn<int>("source");
        QTest::addColumn<int>("matchedCount");
        QTest::newRow("everyone") << user("ann") << 1000LL << 0 << 1;
        QTest::newRow("group beats all") << user("ann", {s("analysts")}) << 50000LL << 1 << 2;
        QTest::newRow("user beats group") << user("joe", {s("analysts")}) << 1000000LL << 2 << 3;
        QTest::newRow("user beats all") << user("joe") << 1000000LL << 2 << 2;
    }
    void mostSpecificWins()
    {
        QFETCH(UserIdentity, who);
        QFETCH(qint64, high);
        QFETCH(int, source);
        QFETCH(int, matchedCount);
        const ResolvedProperties r = PropertyResolver::resolve(sample(), who);
        QVERIFY(r.rowEstRange.value.has_value());
        QCOMPARE(r.rowEstRange.value->high, high);
        QCOMPARE(r.rowEstRange.sourceIndex, source);
        QCOMPARE(r.rowEstRange.sourceContext, sample().rowEstRange.at(source).context);
        QCOMPARE(r.rowEstRange.matched.size(), matchedCount);
        QVERIFY(!r.rowEstRange.usesDefault);
        // Different values at different specificities: conflicting, not ambiguous.
        QCOMPARE(r.rowEstRange.conflicting, matchedCount > 1);
        QVERIFY(!r.rowEstRange.ambiguous);
        QVERIFY(r.rowEstRange.notInterpreted.isEmpty());
    }

    void tieGoesToFirstAndIsFlagged()
    {
        LinkProperties p;
        p.rowEstRange = {{s("User_*"), {}, 10, {}}};
        p.genAppLimit = QList<LinkPropGenAppLimit>{limit("User_*", 1), limit("User.group = a", 5),
                                                   limit("User.role = r", 7)};
        const auto r = PropertyResolver::resolve(p, user("x", {s("a")}, {s("r")}));
        QCOMPARE(r.genAppLimit.value, std::optional<int>(5));
        QCOMPARE(r.genAppLimit.sourceIndex, 1);
        QVERIFY(r.genAppLimit.ambiguous);
        QVERIFY(r.genAppLimit.conflicting);
        QVERIFY(r.hasDoubts());

        // Same value at the same specificity: no flag.
        p.genAppLimit =
            QList<LinkPropGenAppLimit>{limit("User.group = a", 5), limit("User.role = r", 5)};
        const auto same = PropertyResolver::resolve(p, user("x", {s("a")}, {s("r")}));
        QVERIFY(!same.genAppLimit.ambiguous);
        QVERIFY(!same.genAppLimit.conflicting);
        QCOMPARE(same.genAppLimit.matched.size(), 2);
    }

    void starAndUserStarAreEquallyBroad()
    {
        LinkProperties p;
        p.rowEstRange = {{s("*"), {}, 10, {}}, {s("User_*"), {}, 20, {}}};
        const auto r = PropertyResolver::resolve(p, user("x"));
        QCOMPARE(r.rowEstRange.value->high, 10);
        QVERIFY(r.rowEstRange.ambiguous);
    }

    void notInterpretedNeverWins()
    {
        LinkProperties p;
        p.rowEstRange = {{s("User_*"), {}, 10, {}},
                         {s("User.group != x"), {}, 99, {}},
                         {s("User.group != x"), {}, 98, {}}};
        const auto r = PropertyResolver::resolve(p, user("x"));
        QCOMPARE(r.rowEstRange.value->high, 10);
        QCOMPARE(r.rowEstRange.notInterpreted, QStringList{s("User.group != x")}); // distinct
        QCOMPARE(r.rowEstRange.uncertain.size(), 2);
        QCOMPARE(r.rowEstRange.uncertain.first().match, MatchResult::Unknown);
        QVERIFY(r.rowEstRange.uncertainDiffers);
        QVERIFY(!r.rowEstRange.conflicting);
        QVERIFY(r.hasDoubts());
    }

    void caseDifferenceIsUncertain()
    {
        LinkProperties p;
        p.rowEstRange = {{s("User_*"), {}, 10, {}}};
        p.disable = QList<LinkPropDisable>{{s("User.name = Joe"), true, {}}};
        const auto r = PropertyResolver::resolve(p, user("joe"));
        QVERIFY(!r.disable.value.has_value());
        QVERIFY(r.disable.usesDefault);
        QCOMPARE(r.disable.uncertain.size(), 1);
        QVERIFY(r.disable.uncertainDiffers); // no value, but one might apply
        QVERIFY(!r.isDisabled());
    }

    void defaults()
    {
        LinkProperties p;
        p.rowEstRange = {{s("User_*"), {}, 10, {}}};
        const auto r = PropertyResolver::resolve(p, user("x"));
        QVERIFY(!r.disable.defined);
        QVERIFY(r.rowEstRange.defined);
        QVERIFY(!r.isDisabled());
        QCOMPARE(r.effectiveLimitPolicy(), LimitPolicy::Restrict);
        QCOMPARE(r.effectiveOpenMethod(), AppOpenMethod::Tab);
        QCOMPARE(r.effectiveGenAppLimit(), std::nullopt);
        for (const PropertyId id : kAllProperties) {
            QVERIFY(!r[id].displayValue.isEmpty());
            QCOMPARE(r[id].property, id);
            QVERIFY(!wireName(id).isEmpty());
            QVERIFY(!displayName(id).isEmpty());
        }
        QVERIFY(r.limitPolicy.displayValue.contains(QStringLiteral("Restrict")));
        QVERIFY(!r.hasDoubts());
    }

    void emptyListIsDefinedButUnset()
    {
        LinkProperties p;
        p.menuLabel = QList<LinkPropMenuLabel>{};
        const auto r = PropertyResolver::resolve(p, user("x"));
        QVERIFY(r.menuLabel.defined);
        QVERIFY(!r.menuLabel.value);
        QCOMPARE(r.rowEstRange.sourceIndex, -1);
    }

    void overrideDropsLimit()
    {
        LinkProperties p = sample();
        p.overrideGenAppLimit = QList<LinkPropOverrideGenAppLimit>{{s("User.name = joe"), true, {}},
                                                                   {s("User_*"), std::nullopt, {}}};
        const auto joe = PropertyResolver::resolve(p, user("joe"));
        QCOMPARE(joe.genAppLimit.value, std::optional<int>(3));
        QCOMPARE(joe.overrideGenAppLimit.value, std::optional<bool>(true));
        QCOMPARE(joe.effectiveGenAppLimit(), std::nullopt);

        // An absent overrideGenAppLimit value reads as false (seed 002).
        const auto ann = PropertyResolver::resolve(p, user("ann"));
        QCOMPARE(ann.overrideGenAppLimit.value, std::optional<bool>(false));
        QCOMPARE(ann.effectiveGenAppLimit(), std::optional<int>(3));
        QCOMPARE(PropertyResolver::resolve(p, user("ann", {}, {s("Power")})).effectiveGenAppLimit(),
                 std::optional<int>(10));
    }

    void everyPropertyTyped()
    {
        LinkProperties p = sample();
        p.disable = QList<LinkPropDisable>{{s("User_*"), true, {}}};
        p.appOpenMethod = QList<LinkPropAppOpenMethod>{
            {s("User_*"), OpenEnum<AppOpenMethod>(AppOpenMethod::Window), {}}};
        const auto r = PropertyResolver::resolve(p, user("ann"));
        QVERIFY(r.isDisabled());
        QCOMPARE(r.menuLabel.value, std::optional<QString>(s("Details")));
        QCOMPARE(r.genAppName.value->formatString, s("{0} - {1}"));
        QCOMPARE(r.genAppName.value->params.size(), 2);
        QCOMPARE(r.effectiveLimitPolicy(), LimitPolicy::AutoDelete);
        QCOMPARE(r.targetSheet.value->sheetId, s("abc"));
        QCOMPARE(r.targetSheet.displayValue, s("Overview"));
        QCOMPARE(r.effectiveOpenMethod(), AppOpenMethod::Window);
        QCOMPARE(r.appRetentionTime.value, std::optional<QString>(s("P7DT12H")));
        QVERIFY(r.appRetentionTime.displayValue.contains(s("P7DT12H")));
        QVERIFY(r.rowEstRange.value->accepts(1000));
        QVERIFY(!r.rowEstRange.value->accepts(1001));
        QCOMPARE(r.genAppName.displayValue, s("{0} - {1} (templateAppName, userId)"));
        QCOMPARE(r.disable.displayValue, s("Yes"));
    }

    void rowEstRangeLowBound()
    {
        const RowEstRangeValue v{10, 100};
        QVERIFY(!v.accepts(9));
        QVERIFY(v.accepts(10));
        QVERIFY(v.accepts(100));
        QVERIFY(!v.accepts(101));
    }

    void unknownEnumValueStillResolves()
    {
        LinkProperties p;
        p.rowEstRange = {{s("User_*"), {}, 10, {}}};
        p.limitPolicy = QList<LinkPropLimitPolicy>{
            {s("User_*"), OpenEnum<LimitPolicy>::fromRaw(s("Queue")), {}}};
        const auto r = PropertyResolver::resolve(p, user("x"));
        QCOMPARE(r.effectiveLimitPolicy().raw(), s("Queue"));
        QCOMPARE(r.limitPolicy.displayValue, s("Queue"));
    }
};

ODAG_TEST_MAIN(TestRulesPropertyResolver)
#include "tst_rules_property_resolver.moc"
