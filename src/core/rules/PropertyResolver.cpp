#include "PropertyResolver.h"

#include "IsoDuration.h"

#include <QCoreApplication>
#include <QSet>

namespace odag::rules {

namespace {

// Gives this file's messages one translation context that lupdate records as the
// run-time lookup uses it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(odag::rules)
};

QString yesNo(bool value)
{
    return value ? Tr::tr("Yes") : Tr::tr("No");
}

QString show(const bool &v)
{
    return yesNo(v);
}
QString show(const QString &v)
{
    return v;
}
QString show(const int &v)
{
    return QString::number(v);
}
QString show(const OpenEnum<LimitPolicy> &v)
{
    return displayName(v);
}
QString show(const OpenEnum<AppOpenMethod> &v)
{
    return displayName(v);
}
QString show(const GenAppNameValue &v)
{
    if (v.params.isEmpty())
        return v.formatString;
    QStringList names;
    for (const auto &p : v.params)
        names << p.raw();
    return v.formatString + QStringLiteral(" (") + names.join(QStringLiteral(", ")) +
           QLatin1Char(')');
}
QString show(const RowEstRangeValue &v)
{
    if (!v.low)
        return Tr::tr("up to %1").arg(v.high);
    return Tr::tr("%1 to %2").arg(*v.low).arg(v.high);
}
QString show(const TargetSheetValue &v)
{
    return v.sheetName && !v.sheetName->isEmpty() ? *v.sheetName : v.sheetId;
}

QString showRetention(const QString &raw)
{
    const auto parsed = IsoDuration::parse(raw);
    if (!parsed.ok())
        return raw;
    return parsed->displayText() + QStringLiteral(" (") + raw + QLatin1Char(')');
}

// The value each property list entry holds.
bool valueOf(const LinkPropDisable &e)
{
    return e.disable;
}
QString valueOf(const LinkPropMenuLabel &e)
{
    return e.label;
}
GenAppNameValue valueOf(const LinkPropGenAppName &e)
{
    return {e.formatString, e.params.value_or(QList<OpenEnum<AppNameParameter>>{})};
}
int valueOf(const LinkPropGenAppLimit &e)
{
    return e.limit;
}
OpenEnum<LimitPolicy> valueOf(const LinkPropLimitPolicy &e)
{
    return e.limitPolicy;
}
RowEstRangeValue valueOf(const LinkPropRowEstRange &e)
{
    return {e.lowBound, e.highBound};
}
TargetSheetValue valueOf(const LinkPropTargetSheet &e)
{
    return {e.sheetId, e.sheetName};
}
OpenEnum<AppOpenMethod> valueOf(const LinkPropAppOpenMethod &e)
{
    return e.openMethod;
}
QString valueOf(const LinkPropAppRetentionTime &e)
{
    return e.retentionTime;
}
bool valueOf(const LinkPropOverrideGenAppLimit &e)
{
    return e.overrideGenAppLimit.value_or(false); // seed 002: default false
}

template <class T, class Entry>
Resolved<T> resolveList(PropertyId property, const QList<Entry> *entries, const UserIdentity &user,
                        const QString &defaultText, QString (*display)(const T &))
{
    Resolved<T> r;
    r.property = property;
    r.defined = entries != nullptr;
    r.displayValue = defaultText;
    if (!entries)
        return r;

    QList<T> matchedValues;
    QList<T> uncertainValues;
    QSet<QString> seenNotInterpreted;
    for (qsizetype i = 0; i < entries->size(); ++i) {
        const Entry &entry = entries->at(i);
        const ContextExpression expression = ContextExpression::parse(entry.context);
        const T value = valueOf(entry);
        ContextCandidate c{i, entry.context, expression.specificity(), expression.matches(user),
                           display(value)};
        if (!expression.isInterpreted() && !seenNotInterpreted.contains(entry.context)) {
            seenNotInterpreted.insert(entry.context);
            r.notInterpreted.push_back(entry.context);
        }
        if (c.match == MatchResult::Match) {
            r.matched.push_back(std::move(c));
            matchedValues.push_back(value);
        } else if (c.match == MatchResult::Unknown) {
            r.uncertain.push_back(std::move(c));
            uncertainValues.push_back(value);
        }
    }

    qsizetype winner = -1;
    for (qsizetype k = 0; k < r.matched.size(); ++k) {
        if (winner < 0 || r.matched.at(k).specificity > r.matched.at(winner).specificity)
            winner = k;
    }
    if (winner < 0) {
        r.uncertainDiffers = !r.uncertain.isEmpty();
        return r;
    }
    const T &chosen = matchedValues.at(winner);
    for (qsizetype k = 0; k < r.matched.size(); ++k) {
        if (matchedValues.at(k) == chosen)
            continue;
        r.conflicting = true;
        if (r.matched.at(k).specificity == r.matched.at(winner).specificity)
            r.ambiguous = true;
    }
    for (const T &v : uncertainValues) {
        if (!(v == chosen))
            r.uncertainDiffers = true;
    }
    r.value = chosen;
    r.sourceIndex = r.matched.at(winner).index;
    r.sourceContext = r.matched.at(winner).context;
    r.displayValue = r.matched.at(winner).displayValue;
    r.usesDefault = false;
    return r;
}

template <class Entry> const QList<Entry> *listOf(const std::optional<QList<Entry>> &list)
{
    return list ? &*list : nullptr;
}

} // namespace

QString wireName(PropertyId property)
{
    switch (property) {
    case PropertyId::Disable:
        return QStringLiteral("disable");
    case PropertyId::MenuLabel:
        return QStringLiteral("menuLabel");
    case PropertyId::GenAppName:
        return QStringLiteral("genAppName");
    case PropertyId::GenAppLimit:
        return QStringLiteral("genAppLimit");
    case PropertyId::LimitPolicy:
        return QStringLiteral("limitPolicy");
    case PropertyId::RowEstRange:
        return QStringLiteral("rowEstRange");
    case PropertyId::TargetSheet:
        return QStringLiteral("targetSheet");
    case PropertyId::AppOpenMethod:
        return QStringLiteral("appOpenMethod");
    case PropertyId::AppRetentionTime:
        return QStringLiteral("appRetentionTime");
    case PropertyId::OverrideGenAppLimit:
        return QStringLiteral("overrideGenAppLimit");
    }
    return {};
}

QString displayName(PropertyId property)
{
    switch (property) {
    case PropertyId::Disable:
        return Tr::tr("Disabled");
    case PropertyId::MenuLabel:
        return Tr::tr("Menu label");
    case PropertyId::GenAppName:
        return Tr::tr("Generated app name");
    case PropertyId::GenAppLimit:
        return Tr::tr("Generated app limit");
    case PropertyId::LimitPolicy:
        return Tr::tr("Limit policy");
    case PropertyId::RowEstRange:
        return Tr::tr("Row estimate range");
    case PropertyId::TargetSheet:
        return Tr::tr("Target sheet");
    case PropertyId::AppOpenMethod:
        return Tr::tr("Open method");
    case PropertyId::AppRetentionTime:
        return Tr::tr("Retention time");
    case PropertyId::OverrideGenAppLimit:
        return Tr::tr("Override app limit");
    }
    return {};
}

const PropertyResolution &ResolvedProperties::operator[](PropertyId property) const
{
    switch (property) {
    case PropertyId::Disable:
        return disable;
    case PropertyId::MenuLabel:
        return menuLabel;
    case PropertyId::GenAppName:
        return genAppName;
    case PropertyId::GenAppLimit:
        return genAppLimit;
    case PropertyId::LimitPolicy:
        return limitPolicy;
    case PropertyId::RowEstRange:
        return rowEstRange;
    case PropertyId::TargetSheet:
        return targetSheet;
    case PropertyId::AppOpenMethod:
        return appOpenMethod;
    case PropertyId::AppRetentionTime:
        return appRetentionTime;
    case PropertyId::OverrideGenAppLimit:
        break;
    }
    return overrideGenAppLimit;
}

OpenEnum<LimitPolicy> ResolvedProperties::effectiveLimitPolicy() const
{
    return limitPolicy.value.value_or(OpenEnum<LimitPolicy>(LimitPolicy::Restrict));
}

OpenEnum<AppOpenMethod> ResolvedProperties::effectiveOpenMethod() const
{
    return appOpenMethod.value.value_or(OpenEnum<AppOpenMethod>(AppOpenMethod::Tab));
}

std::optional<int> ResolvedProperties::effectiveGenAppLimit() const
{
    if (overrideGenAppLimit.value.value_or(false))
        return std::nullopt;
    return genAppLimit.value;
}

bool ResolvedProperties::hasDoubts() const
{
    for (const PropertyId p : kAllProperties) {
        const PropertyResolution &r = (*this)[p];
        if (r.conflicting || r.ambiguous || r.uncertainDiffers)
            return true;
    }
    return false;
}

ResolvedProperties PropertyResolver::resolve(const LinkProperties &p, const UserIdentity &user)
{
    const QString notSet = Tr::tr("Not set");
    ResolvedProperties r;
    r.disable = resolveList<bool>(PropertyId::Disable, listOf(p.disable), user,
                                  Tr::tr("No (default)"), &show);
    r.menuLabel =
        resolveList<QString>(PropertyId::MenuLabel, listOf(p.menuLabel), user, notSet, &show);
    r.genAppName = resolveList<GenAppNameValue>(PropertyId::GenAppName, listOf(p.genAppName), user,
                                                notSet, &show);
    r.genAppLimit = resolveList<int>(PropertyId::GenAppLimit, listOf(p.genAppLimit), user,
                                     Tr::tr("No limit"), &show);
    r.limitPolicy = resolveList<OpenEnum<LimitPolicy>>(
        PropertyId::LimitPolicy, listOf(p.limitPolicy), user,
        Tr::tr("%1 (default)").arg(displayName(OpenEnum<LimitPolicy>(LimitPolicy::Restrict))),
        &show);
    r.rowEstRange =
        resolveList<RowEstRangeValue>(PropertyId::RowEstRange, &p.rowEstRange, user, notSet, &show);
    r.targetSheet = resolveList<TargetSheetValue>(PropertyId::TargetSheet, listOf(p.targetSheet),
                                                  user, notSet, &show);
    r.appOpenMethod = resolveList<OpenEnum<AppOpenMethod>>(
        PropertyId::AppOpenMethod, listOf(p.appOpenMethod), user,
        Tr::tr("%1 (default)").arg(displayName(OpenEnum<AppOpenMethod>(AppOpenMethod::Tab))),
        &show);
    r.appRetentionTime = resolveList<QString>(
        PropertyId::AppRetentionTime, listOf(p.appRetentionTime), user, notSet, &showRetention);
    r.overrideGenAppLimit =
        resolveList<bool>(PropertyId::OverrideGenAppLimit, listOf(p.overrideGenAppLimit), user,
                          Tr::tr("No (default)"), &show);
    return r;
}

} // namespace odag::rules
