// ContextExpression: what is interpreted (User_*, *, User.<attribute> = <value>), what is
// kept as not interpreted, what is malformed, and how an expression matches a user.

#include "TestMain.h"
#include "core/rules/ContextExpression.h"

using namespace odag::rules;

Q_DECLARE_METATYPE(odag::rules::ContextKind)
Q_DECLARE_METATYPE(odag::rules::UserAttribute)
Q_DECLARE_METATYPE(odag::rules::MatchResult)
Q_DECLARE_METATYPE(odag::rules::Specificity)

namespace {

UserIdentity joe()
{
    UserIdentity u;
    u.name = QStringLiteral("joe");
    u.id = QStringLiteral("wcgIs6wGcDdyzep9QmyopWvNH1FJTOhh");
    u.subject = QStringLiteral("auth0|joe");
    u.groups = {QStringLiteral("sales"), QStringLiteral("Nordic Team")};
    u.roles = {QStringLiteral("TenantAdmin")};
    return u;
}

} // namespace

class TestRulesContextExpression : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void interpreted_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<ContextKind>("kind");
        QTest::addColumn<UserAttribute>("attribute");
        QTest::addColumn<QString>("value");

        const auto all = ContextKind::AllUsers;
        const auto attr = ContextKind::UserAttribute;
        QTest::newRow("User_*") << "User_*" << all << UserAttribute::Name << "";
        QTest::newRow("star") << "*" << all << UserAttribute::Name << "";
        QTest::newRow("User_* padded") << "  User_*\t" << all << UserAttribute::Name << "";
        QTest::newRow("doc example") << "User.name = joe" << attr << UserAttribute::Name << "joe";
        QTest::newRow("no spaces") << "User.name=joe" << attr << UserAttribute::Name << "joe";
        QTest::newRow("many spaces")
            << "  User . name   =   joe  " << attr << UserAttribute::Name << "joe";
        QTest::newRow("attribute case")
            << "User.NAME = joe" << attr << UserAttribute::Name << "joe";
        QTest::newRow("id") << "User.id = abc123" << attr << UserAttribute::Id << "abc123";
        QTest::newRow("Id") << "User.Id = abc123" << attr << UserAttribute::Id << "abc123";
        QTest::newRow("subject") << "User.subject = auth0|joe" << attr << UserAttribute::Subject
                                 << "auth0|joe";
        QTest::newRow("group") << "User.group = sales" << attr << UserAttribute::Group << "sales";
        QTest::newRow("role") << "User.role = TenantAdmin" << attr << UserAttribute::Role
                              << "TenantAdmin";
        QTest::newRow("single quoted")
            << "User.group = 'Nordic Team'" << attr << UserAttribute::Group << "Nordic Team";
        QTest::newRow("double quoted")
            << "User.group = \"Nordic Team\"" << attr << UserAttribute::Group << "Nordic Team";
        QTest::newRow("quote inside other quotes")
            << "User.name = \"o'brien\"" << attr << UserAttribute::Name << "o'brien";
        QTest::newRow("quoted operator chars")
            << "User.group = 'a=b (c)'" << attr << UserAttribute::Group << "a=b (c)";
        QTest::newRow("unicode value") << QString::fromUtf8("User.name = J\u00f6rg") << attr
                                       << UserAttribute::Name << QString::fromUtf8("J\u00f6rg");
        QTest::newRow("unicode quoted")
            << QString::fromUtf8("User.group = '\u65e5\u672c \u30c1\u30fc\u30e0'") << attr
            << UserAttribute::Group << QString::fromUtf8("\u65e5\u672c \u30c1\u30fc\u30e0");
        QTest::newRow("ampersand") << "User.group = R&D" << attr << UserAttribute::Group << "R&D";
        QTest::newRow("email") << "User.name = joe@example.com" << attr << UserAttribute::Name
                               << "joe@example.com";
    }
    void interpreted()
    {
        QFETCH(QString, text);
        QFETCH(ContextKind, kind);
        QFETCH(UserAttribute, attribute);
        QFETCH(QString, value);
        const ContextExpression e = ContextExpression::parse(text);
        QCOMPARE(e.kind(), kind);
        QVERIFY(e.isInterpreted());
        QVERIFY(!e.isMalformed());
        QCOMPARE(e.text(), text);
        if (kind == ContextKind::UserAttribute) {
            QCOMPARE(e.attribute(), attribute);
            QCOMPARE(e.value(), value);
        }
        QCOMPARE(validateContext(text).level, ContextCheck::Ok);
        QVERIFY(validateContext(text).message.isEmpty());
        QVERIFY(!e.describe().isEmpty());
    }

    void notInterpreted_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("group predicate") << "User.group = sales and User.role = admin";
        QTest::newRow("not equal") << "User.group != sales";
        QTest::newRow("double equals") << "User.name == joe";
        QTest::newRow("in list") << "User.role in (a, b)";
        QTest::newRow("like") << "User.name like 'j%'";
        QTest::newRow("method") << "User.name.startsWith('j')";
        QTest::newRow("wildcard value") << "User.name = jo*";
        QTest::newRow("value with space unquoted") << "User.name = joe smith";
        QTest::newRow("after quote") << "User.name = 'joe' OR true";
        QTest::newRow("lower keyword") << "user.name = joe";
        QTest::newRow("lower all") << "user_*";
        QTest::newRow("User_ pattern") << "User_joe";
        QTest::newRow("User_* plus") << "User_* extra";
        QTest::newRow("other object") << "Group.name = sales";
        QTest::newRow("word") << "admins";
        QTest::newRow("Username") << "Username = joe";
        QTest::newRow("doubled quote escape") << "User.name = 'o''brien'";
        QTest::newRow("semicolon") << "User.name = joe;";
        QTest::newRow("or operator") << "User.group = a||b";
        QTest::newRow("and operator") << "User.group = a&&b";
    }
    void notInterpreted()
    {
        QFETCH(QString, text);
        const ContextExpression e = ContextExpression::parse(text);
        QCOMPARE(e.kind(), ContextKind::NotInterpreted);
        QVERIFY(!e.isMalformed());
        QCOMPARE(e.text(), text); // kept exactly
        QCOMPARE(e.specificity(), Specificity::None);
        QCOMPARE(e.matches(joe()), MatchResult::Unknown);
        const ContextCheck check = validateContext(text);
        QCOMPARE(check.level, ContextCheck::Warning);
        QVERIFY(!check.message.isEmpty());
    }

    void malformed_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << "";
        QTest::newRow("blank") << "   ";
        QTest::newRow("no value") << "User.name =";
        QTest::newRow("no value spaces") << "User.name =   ";
        QTest::newRow("unknown attribute") << "User.colour = x";
        QTest::newRow("unknown attribute unicode") << QString::fromUtf8("User.f\u00e4rg = x");
        QTest::newRow("no attribute") << "User. = x";
        QTest::newRow("dot only") << "User.";
        QTest::newRow("attribute only") << "User.name";
        QTest::newRow("unterminated single") << "User.name = 'joe";
        QTest::newRow("unterminated double") << "User.group = \"sales";
        QTest::newRow("empty quoted") << "User.name = ''";
        QTest::newRow("blank quoted") << "User.name = \"  \"";
    }
    void malformed()
    {
        QFETCH(QString, text);
        const ContextExpression e = ContextExpression::parse(text);
        QVERIFY(e.isMalformed());
        QVERIFY(!e.isInterpreted());
        QVERIFY(!e.problem().isEmpty());
        QCOMPARE(e.matches(joe()), MatchResult::Unknown);
        const ContextCheck check = validateContext(text);
        QCOMPARE(check.level, ContextCheck::Error);
        QCOMPARE(check.message, e.problem());
    }

    void matching_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<MatchResult>("result");
        QTest::addColumn<Specificity>("specificity");
        const auto yes = MatchResult::Match;
        const auto no = MatchResult::NoMatch;
        const auto unknown = MatchResult::Unknown;
        QTest::newRow("all") << "User_*" << yes << Specificity::All;
        QTest::newRow("star") << "*" << yes << Specificity::All;
        QTest::newRow("name") << "User.name = joe" << yes << Specificity::User;
        QTest::newRow("other name") << "User.name = ann" << no << Specificity::User;
        QTest::newRow("name other case") << "User.name = Joe" << unknown << Specificity::User;
        QTest::newRow("id") << "User.id = wcgIs6wGcDdyzep9QmyopWvNH1FJTOhh" << yes
                            << Specificity::User;
        QTest::newRow("other id") << "User.id = x" << no << Specificity::User;
        QTest::newRow("subject") << "User.subject = auth0|joe" << yes << Specificity::User;
        QTest::newRow("group") << "User.group = sales" << yes << Specificity::GroupOrRole;
        QTest::newRow("quoted group")
            << "User.group = 'Nordic Team'" << yes << Specificity::GroupOrRole;
        QTest::newRow("group other case")
            << "User.group = SALES" << unknown << Specificity::GroupOrRole;
        QTest::newRow("other group") << "User.group = finance" << no << Specificity::GroupOrRole;
        QTest::newRow("role") << "User.role = TenantAdmin" << yes << Specificity::GroupOrRole;
        QTest::newRow("other role") << "User.role = Developer" << no << Specificity::GroupOrRole;
        QTest::newRow("not interpreted") << "User.group != sales" << unknown << Specificity::None;
    }
    void matching()
    {
        QFETCH(QString, text);
        QFETCH(MatchResult, result);
        QFETCH(Specificity, specificity);
        const ContextExpression e = ContextExpression::parse(text);
        QCOMPARE(matches(e, joe()), result);
        QCOMPARE(e.specificity(), specificity);
    }

    void unknownUserFacts()
    {
        // A user identity without a subject cannot be judged on it.
        UserIdentity u;
        u.name = QStringLiteral("ann");
        QCOMPARE(ContextExpression::parse(QStringLiteral("User.subject = s")).matches(u),
                 MatchResult::Unknown);
        QCOMPARE(ContextExpression::parse(QStringLiteral("User.id = s")).matches(u),
                 MatchResult::Unknown);
        QCOMPARE(ContextExpression::parse(QStringLiteral("User.group = g")).matches(u),
                 MatchResult::NoMatch);
        QCOMPARE(ContextExpression::parse(QStringLiteral("User_*")).matches(u), MatchResult::Match);
    }

    void specificityOrder()
    {
        QVERIFY(Specificity::User > Specificity::GroupOrRole);
        QVERIFY(Specificity::GroupOrRole > Specificity::All);
        QVERIFY(Specificity::All > Specificity::None);
    }

    void keys()
    {
        const auto key = [](const char *t) {
            return ContextExpression::parse(QString::fromUtf8(t)).key();
        };
        QCOMPARE(key("*"), key("User_*"));
        QCOMPARE(key(" User_* "), key("User_*"));
        QCOMPARE(key("User.name=joe"), key("User . NAME = 'joe'"));
        QVERIFY(key("User.name = joe") != key("User.id = joe"));
        QVERIFY(key("User.name = joe") != key("User.name = Joe"));
        QCOMPARE(key("weird thing"), QStringLiteral("weird thing"));
    }

    void make_data()
    {
        QTest::addColumn<UserAttribute>("attribute");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("text");
        QTest::newRow("simple") << UserAttribute::Name << "joe"
                                << "User.name = joe";
        QTest::newRow("space") << UserAttribute::Group << "Nordic Team"
                               << "User.group = 'Nordic Team'";
        QTest::newRow("apostrophe") << UserAttribute::Name << "o'brien space"
                                    << "User.name = \"o'brien space\"";
        QTest::newRow("apostrophe only") << UserAttribute::Name << "o'brien"
                                         << "User.name = \"o'brien\"";
        QTest::newRow("role") << UserAttribute::Role << "Admin"
                              << "User.role = Admin";
    }
    void make()
    {
        QFETCH(UserAttribute, attribute);
        QFETCH(QString, value);
        QFETCH(QString, text);
        const auto e = ContextExpression::make(attribute, value);
        QVERIFY(e.has_value());
        QCOMPARE(e->text(), text);
        QCOMPARE(e->attribute(), attribute);
        QCOMPARE(e->value(), value);
    }

    void makeRefuses()
    {
        QVERIFY(!ContextExpression::make(UserAttribute::Name, QString()).has_value());
        QVERIFY(!ContextExpression::make(UserAttribute::Name, QStringLiteral("  ")).has_value());
        QVERIFY(
            !ContextExpression::make(UserAttribute::Name, QStringLiteral("a'b\"c")).has_value());
        QCOMPARE(ContextExpression::allUsers().text(), QStringLiteral("User_*"));
    }

    void names()
    {
        QCOMPARE(wireName(UserAttribute::Subject), QStringLiteral("subject"));
        for (auto a : {UserAttribute::Name, UserAttribute::Id, UserAttribute::Subject,
                       UserAttribute::Group, UserAttribute::Role}) {
            QVERIFY(!displayName(a).isEmpty());
            // Every attribute reads back from its wire name.
            const auto e = ContextExpression::parse(QStringLiteral("User.") + wireName(a) +
                                                    QStringLiteral(" = v"));
            QCOMPARE(e.attribute(), a);
        }
        QVERIFY(!displayName(Specificity::GroupOrRole).isEmpty());
    }
};

ODAG_TEST_MAIN(TestRulesContextExpression)
#include "tst_rules_context_expression.moc"
