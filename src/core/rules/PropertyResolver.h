#pragma once

// Which value of each context-scoped link property a given user gets (the "preview as
// user" of the link editor, and the rule the sandbox applies when a request is made).
//
// The rule (API-NOTES.md): among the entries whose context matches the user, the most
// specific wins (one user > group or role > all users); among equally specific matches
// the first in list order wins, and the property is flagged ambiguous when those
// disagree. Entries whose context the app cannot interpret, or cannot decide for this
// user (MatchResult::Unknown), never supply the value; they are listed so the preview
// can say the real service might choose differently.

#include "ContextExpression.h"
#include "core/OdagLinkProperties.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace odag::rules {

enum class PropertyId
{
    Disable,
    MenuLabel,
    GenAppName,
    GenAppLimit,
    LimitPolicy,
    RowEstRange,
    TargetSheet,
    AppOpenMethod,
    AppRetentionTime,
    OverrideGenAppLimit
};

inline constexpr std::array kAllProperties{
    PropertyId::Disable,          PropertyId::MenuLabel,
    PropertyId::GenAppName,       PropertyId::GenAppLimit,
    PropertyId::LimitPolicy,      PropertyId::RowEstRange,
    PropertyId::TargetSheet,      PropertyId::AppOpenMethod,
    PropertyId::AppRetentionTime, PropertyId::OverrideGenAppLimit};

QString wireName(PropertyId property); // "genAppLimit"
QString displayName(PropertyId property);

struct GenAppNameValue
{
    QString formatString;
    QList<OpenEnum<AppNameParameter>> params;
    bool operator==(const GenAppNameValue &) const = default;
};

struct RowEstRangeValue
{
    std::optional<qint64> low; // absent: no minimum
    qint64 high = 0;
    bool operator==(const RowEstRangeValue &) const = default;
    bool accepts(qint64 estimate) const { return (!low || estimate >= *low) && estimate <= high; }
};

struct TargetSheetValue
{
    QString sheetId;
    std::optional<QString> sheetName;
    // The sheet name is filled in by the service on read; it does not make a value differ.
    bool operator==(const TargetSheetValue &other) const { return sheetId == other.sheetId; }
};

// One entry of a property list as seen for the user.
struct ContextCandidate
{
    qsizetype index = -1; // in the property list
    QString context;      // as written
    Specificity specificity = Specificity::None;
    MatchResult match = MatchResult::NoMatch;
    QString displayValue;
};

struct PropertyResolution
{
    PropertyId property = PropertyId::Disable;
    bool defined = false;       // the link has the property (even an empty list)
    qsizetype sourceIndex = -1; // the entry that supplied the value; -1: none matched
    QString sourceContext;
    QString displayValue; // the value, or the documented default ("Restrict (default)")
    bool usesDefault = true;
    QList<ContextCandidate> matched;   // entries that match, list order
    QList<ContextCandidate> uncertain; // entries that might match (Unknown)
    QStringList notInterpreted;        // contexts the app cannot interpret (distinct)
    bool conflicting = false;          // matching entries give different values
    bool ambiguous = false;            // ... even among the most specific ones
    bool uncertainDiffers = false;     // an uncertain entry would give another value
};

template <class T> struct Resolved : PropertyResolution
{
    std::optional<T> value; // absent: no entry matched
};

struct ResolvedProperties
{
    Resolved<bool> disable;
    Resolved<QString> menuLabel;
    Resolved<GenAppNameValue> genAppName;
    Resolved<int> genAppLimit;
    Resolved<OpenEnum<LimitPolicy>> limitPolicy;
    Resolved<RowEstRangeValue> rowEstRange;
    Resolved<TargetSheetValue> targetSheet;
    Resolved<OpenEnum<AppOpenMethod>> appOpenMethod;
    Resolved<QString> appRetentionTime;
    Resolved<bool> overrideGenAppLimit;

    const PropertyResolution &operator[](PropertyId property) const;

    // The values with the defaults of seed 002 applied.
    bool isDisabled() const { return disable.value.value_or(false); }
    // Restrict when unset (seed 002).
    OpenEnum<LimitPolicy> effectiveLimitPolicy() const;
    // Tab when unset (seed 002).
    OpenEnum<AppOpenMethod> effectiveOpenMethod() const;
    // nullopt: no limit (no genAppLimit applies, or overrideGenAppLimit is true).
    std::optional<int> effectiveGenAppLimit() const;
    // Any property ambiguous, conflicting or possibly different.
    bool hasDoubts() const;
};

class PropertyResolver
{
public:
    static ResolvedProperties resolve(const LinkProperties &properties, const UserIdentity &user);
};

} // namespace odag::rules
