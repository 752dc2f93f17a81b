#pragma once

// A context expression of a link property (`User_*`, `User.name = joe`): what it means
// and whether it applies to a user.
//
// Qlik publishes no grammar (API-NOTES.md, "Context-scoped link properties"). What is
// interpreted: `User_*` and `*` (all users), and `User.<attribute> = <value>` with the
// attribute name, id, subject, group or role. Everything else is NotInterpreted: it is
// kept as written and never guessed at.
//
// Decisions where the documentation is silent:
// - The keyword `User` and `User_*` are read as Qlik writes them (case-sensitive); the
//   attribute is case-insensitive. `user.name = joe` is therefore NotInterpreted.
// - The value is either one run of characters without blanks, quotes, `= ! < > ( ) , ; * ?`,
//   `||` or `&&` (a single | stays: subjects read `auth0|joe`), or text in ' or " quotes
//   (no escapes). Anything after the value (`User.group = a and ...`) or an operator
//   other than `=` makes the expression NotInterpreted: it may be a compound predicate
//   the app does not know.
// - Malformed, i.e. surely wrong: empty; `User.` with no attribute or an unknown one;
//   `User.name` with no `=`; `=` with no value; an empty quoted value; an unterminated
//   quote.
// - Values compare exactly. A value that equals the user's only when case is ignored
//   gives Unknown (the service's comparison is not published), and so does a name, ID or
//   subject the user identity does not carry.

#include <QString>
#include <QStringList>

#include <optional>

namespace odag::rules {

// The user a preview (or the sandbox) evaluates contexts for.
struct UserIdentity
{
    QString name;
    QString id;
    QString subject;
    QStringList groups;
    QStringList roles;

    bool operator==(const UserIdentity &) const = default;
};

enum class ContextKind
{
    AllUsers,
    UserAttribute,
    NotInterpreted
};

enum class UserAttribute
{
    Name,
    Id,
    Subject,
    Group,
    Role
};

// How narrowly a context targets users; the most specific match wins.
enum class Specificity
{
    None, // not interpreted
    All,
    GroupOrRole,
    User
};

enum class MatchResult
{
    NoMatch,
    Match,
    Unknown
};

class ContextExpression
{
public:
    ContextExpression() = default; // NotInterpreted, empty
    static ContextExpression parse(const QString &text);

    // `User_*`.
    static ContextExpression allUsers();
    // `User.<attribute> = <value>`, quoted when needed; nullopt when the value cannot be
    // written (empty, or holding both quote characters).
    static std::optional<ContextExpression> make(UserAttribute attribute, const QString &value);

    const QString &text() const { return m_text; }
    ContextKind kind() const { return m_kind; }
    bool isInterpreted() const { return m_kind != ContextKind::NotInterpreted; }
    // Surely wrong (see the header comment); problem() says why.
    bool isMalformed() const { return !m_problem.isEmpty(); }
    const QString &problem() const { return m_problem; }

    // Meaningful for UserAttribute only.
    UserAttribute attribute() const { return m_attribute; }
    const QString &value() const { return m_value; }

    Specificity specificity() const;
    MatchResult matches(const UserIdentity &user) const;

    // Equal for the same meaning written differently (`*` and ` User_* `); the text
    // itself for a NotInterpreted expression.
    QString key() const;
    // Translated description: "All users", "Members of group sales".
    QString describe() const;

private:
    QString m_text;
    QString m_value;
    QString m_problem;
    ContextKind m_kind = ContextKind::NotInterpreted;
    UserAttribute m_attribute = UserAttribute::Name;
};

MatchResult matches(const ContextExpression &expression, const UserIdentity &user);

QString wireName(UserAttribute attribute); // "name", "group" ...
QString displayName(UserAttribute attribute);
QString displayName(Specificity specificity);

// What the context editor shows under a context cell.
struct ContextCheck
{
    enum Level
    {
        Ok,
        Warning, // not interpreted: allowed, but the app cannot evaluate it
        Error    // malformed
    };
    Level level = Ok;
    QString message; // translated; empty when Ok
};

ContextCheck validateContext(const QString &text);

} // namespace odag::rules
