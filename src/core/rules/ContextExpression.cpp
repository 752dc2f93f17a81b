#include "ContextExpression.h"

#include <QCoreApplication>

#include <array>

namespace odag::rules {

namespace {

// Gives this file's messages one translation context that lupdate records as the
// run-time lookup uses it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(odag::rules)
};

constexpr std::array kAttributes{
    std::pair{UserAttribute::Name, "name"},       std::pair{UserAttribute::Id, "id"},
    std::pair{UserAttribute::Subject, "subject"}, std::pair{UserAttribute::Group, "group"},
    std::pair{UserAttribute::Role, "role"},
};

// Characters that would make an unquoted value part of a larger predicate.
bool isOperatorChar(QChar c)
{
    static const QString chars = QStringLiteral("=!<>(),;*?'\"");
    return chars.contains(c);
}

bool isIdentifierChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

bool isSimpleValue(const QString &value)
{
    if (value.isEmpty())
        return false;
    for (const QChar c : value) {
        if (c.isSpace() || isOperatorChar(c))
            return false;
    }
    // A single | or & is common in subjects (`auth0|joe`); doubled they read as logic.
    return !value.contains(QLatin1StringView("||")) && !value.contains(QLatin1StringView("&&"));
}

void skipSpaces(const QString &s, qsizetype &i)
{
    while (i < s.size() && s.at(i).isSpace())
        ++i;
}

MatchResult compareOne(const QString &expected, const QString &actual)
{
    if (actual.isEmpty())
        return MatchResult::Unknown;
    if (actual == expected)
        return MatchResult::Match;
    if (actual.compare(expected, Qt::CaseInsensitive) == 0)
        return MatchResult::Unknown;
    return MatchResult::NoMatch;
}

MatchResult compareList(const QString &expected, const QStringList &actual)
{
    if (actual.contains(expected))
        return MatchResult::Match;
    if (actual.contains(expected, Qt::CaseInsensitive))
        return MatchResult::Unknown;
    return MatchResult::NoMatch;
}

} // namespace

ContextExpression ContextExpression::parse(const QString &input)
{
    ContextExpression e;
    e.m_text = input;
    const QString t = input.trimmed();
    if (t.isEmpty()) {
        e.m_problem = Tr::tr("The context is empty. Use User_* for all users.");
        return e;
    }
    if (t == QLatin1StringView("User_*") || t == QLatin1StringView("*")) {
        e.m_kind = ContextKind::AllUsers;
        return e;
    }
    if (!t.startsWith(QLatin1StringView("User")))
        return e;
    qsizetype i = 4;
    skipSpaces(t, i);
    if (i >= t.size() || t.at(i) != QLatin1Char('.'))
        return e;
    ++i;
    skipSpaces(t, i);
    const qsizetype nameStart = i;
    while (i < t.size() && isIdentifierChar(t.at(i)))
        ++i;
    const QString attributeName = t.mid(nameStart, i - nameStart);
    if (attributeName.isEmpty()) {
        e.m_problem = Tr::tr("User. must be followed by an attribute: name, id, subject, group or "
                             "role.");
        return e;
    }
    std::optional<UserAttribute> attribute;
    for (const auto &[a, name] : kAttributes) {
        if (attributeName.compare(QLatin1StringView(name), Qt::CaseInsensitive) == 0)
            attribute = a;
    }
    if (!attribute) {
        e.m_problem =
            Tr::tr("\"%1\" is not a user attribute; use name, id, subject, group or role.")
                .arg(attributeName.left(40));
        return e;
    }
    skipSpaces(t, i);
    if (i >= t.size()) {
        e.m_problem = Tr::tr("User.%1 must be followed by = and a value.").arg(attributeName);
        return e;
    }
    // Another operator (!=, in, like, ==, ...) may exist; the app does not know it.
    if (t.at(i) != QLatin1Char('='))
        return e;
    ++i;
    if (i < t.size() && QStringLiteral("=<>!~").contains(t.at(i)))
        return e;
    skipSpaces(t, i);
    if (i >= t.size()) {
        e.m_problem = Tr::tr("User.%1 = has no value.").arg(attributeName);
        return e;
    }

    QString value;
    const QChar first = t.at(i);
    if (first == QLatin1Char('\'') || first == QLatin1Char('"')) {
        const qsizetype close = t.indexOf(first, i + 1);
        if (close < 0) {
            e.m_problem = Tr::tr("The value has no closing %1.").arg(first);
            return e;
        }
        value = t.mid(i + 1, close - i - 1);
        if (value.trimmed().isEmpty()) {
            e.m_problem = Tr::tr("User.%1 is compared with an empty value.").arg(attributeName);
            return e;
        }
        i = close + 1;
    } else {
        const qsizetype start = i;
        while (i < t.size() && !t.at(i).isSpace())
            ++i;
        value = t.mid(start, i - start);
        if (!isSimpleValue(value))
            return e;
    }
    skipSpaces(t, i);
    if (i < t.size())
        return e; // more follows: a compound predicate

    e.m_kind = ContextKind::UserAttribute;
    e.m_attribute = *attribute;
    e.m_value = value;
    return e;
}

ContextExpression ContextExpression::allUsers()
{
    return parse(QStringLiteral("User_*"));
}

std::optional<ContextExpression> ContextExpression::make(UserAttribute attribute,
                                                         const QString &value)
{
    if (value.trimmed().isEmpty())
        return std::nullopt;
    QString written;
    if (isSimpleValue(value))
        written = value;
    else if (!value.contains(QLatin1Char('\'')))
        written = QLatin1Char('\'') + value + QLatin1Char('\'');
    else if (!value.contains(QLatin1Char('"')))
        written = QLatin1Char('"') + value + QLatin1Char('"');
    else
        return std::nullopt;
    ContextExpression e =
        parse(QStringLiteral("User.") + wireName(attribute) + QStringLiteral(" = ") + written);
    if (e.kind() != ContextKind::UserAttribute)
        return std::nullopt;
    return e;
}

Specificity ContextExpression::specificity() const
{
    switch (m_kind) {
    case ContextKind::AllUsers:
        return Specificity::All;
    case ContextKind::UserAttribute:
        return (m_attribute == UserAttribute::Group || m_attribute == UserAttribute::Role)
                   ? Specificity::GroupOrRole
                   : Specificity::User;
    case ContextKind::NotInterpreted:
        break;
    }
    return Specificity::None;
}

MatchResult ContextExpression::matches(const UserIdentity &user) const
{
    switch (m_kind) {
    case ContextKind::AllUsers:
        return MatchResult::Match;
    case ContextKind::NotInterpreted:
        return MatchResult::Unknown;
    case ContextKind::UserAttribute:
        break;
    }
    switch (m_attribute) {
    case UserAttribute::Name:
        return compareOne(m_value, user.name);
    case UserAttribute::Id:
        return compareOne(m_value, user.id);
    case UserAttribute::Subject:
        return compareOne(m_value, user.subject);
    case UserAttribute::Group:
        return compareList(m_value, user.groups);
    case UserAttribute::Role:
        return compareList(m_value, user.roles);
    }
    return MatchResult::Unknown;
}

QString ContextExpression::key() const
{
    switch (m_kind) {
    case ContextKind::AllUsers:
        return QStringLiteral("User_*");
    case ContextKind::UserAttribute:
        return QStringLiteral("User.") + wireName(m_attribute) + QLatin1Char('=') + m_value;
    case ContextKind::NotInterpreted:
        break;
    }
    return m_text.trimmed();
}

QString ContextExpression::describe() const
{
    switch (m_kind) {
    case ContextKind::AllUsers:
        return Tr::tr("All users");
    case ContextKind::NotInterpreted:
        return Tr::tr("Not interpreted: %1").arg(m_text.trimmed());
    case ContextKind::UserAttribute:
        break;
    }
    switch (m_attribute) {
    case UserAttribute::Name:
        return Tr::tr("User named %1").arg(m_value);
    case UserAttribute::Id:
        return Tr::tr("User with ID %1").arg(m_value);
    case UserAttribute::Subject:
        return Tr::tr("User with subject %1").arg(m_value);
    case UserAttribute::Group:
        return Tr::tr("Members of group %1").arg(m_value);
    case UserAttribute::Role:
        return Tr::tr("Users with role %1").arg(m_value);
    }
    return {};
}

MatchResult matches(const ContextExpression &expression, const UserIdentity &user)
{
    return expression.matches(user);
}

QString wireName(UserAttribute attribute)
{
    for (const auto &[a, name] : kAttributes) {
        if (a == attribute)
            return QString::fromLatin1(name);
    }
    return {};
}

QString displayName(UserAttribute attribute)
{
    switch (attribute) {
    case UserAttribute::Name:
        return Tr::tr("Name");
    case UserAttribute::Id:
        return Tr::tr("ID");
    case UserAttribute::Subject:
        return Tr::tr("Subject");
    case UserAttribute::Group:
        return Tr::tr("Group");
    case UserAttribute::Role:
        return Tr::tr("Role");
    }
    return {};
}

QString displayName(Specificity specificity)
{
    switch (specificity) {
    case Specificity::None:
        return Tr::tr("Not interpreted");
    case Specificity::All:
        return Tr::tr("All users");
    case Specificity::GroupOrRole:
        return Tr::tr("Group or role");
    case Specificity::User:
        return Tr::tr("One user");
    }
    return {};
}

ContextCheck validateContext(const QString &text)
{
    const ContextExpression e = ContextExpression::parse(text);
    if (e.isMalformed())
        return {ContextCheck::Error, e.problem()};
    if (!e.isInterpreted())
        return {ContextCheck::Warning,
                Tr::tr("The app cannot interpret this context (Qlik publishes no grammar beyond "
                       "User_* and User.<attribute> = <value>). It is kept as written; the preview "
                       "cannot tell whom it applies to.")};
    return {};
}

} // namespace odag::rules
