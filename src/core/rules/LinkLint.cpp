#include "LinkLint.h"

#include "AppNameFormat.h"
#include "ContextExpression.h"
#include "IsoDuration.h"
#include "PropertyResolver.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace odag::rules {

namespace {

// Gives this file's messages one translation context that lupdate records as the
// run-time lookup uses it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(odag::rules)
};

// One property entry, reduced to what the cross-property checks need.
struct Entry
{
    PropertyId property;
    qsizetype index;
    QString context;
    QString valueKey; // the entry without its context, as compact JSON
};

template <class T> QString valueKeyOf(const T &entry)
{
    QJsonObject o = json::encode(entry).toObject();
    o.remove(QStringLiteral("context"));
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

template <class T>
void collect(QList<Entry> &out, PropertyId property, const std::optional<QList<T>> &list)
{
    if (!list)
        return;
    for (qsizetype i = 0; i < list->size(); ++i)
        out.push_back({property, i, list->at(i).context, valueKeyOf(list->at(i))});
}

QList<Entry> allEntries(const LinkProperties &p)
{
    QList<Entry> out;
    collect(out, PropertyId::Disable, p.disable);
    collect(out, PropertyId::MenuLabel, p.menuLabel);
    collect(out, PropertyId::GenAppName, p.genAppName);
    collect(out, PropertyId::GenAppLimit, p.genAppLimit);
    collect(out, PropertyId::LimitPolicy, p.limitPolicy);
    collect(out, PropertyId::RowEstRange, std::optional(p.rowEstRange));
    collect(out, PropertyId::TargetSheet, p.targetSheet);
    collect(out, PropertyId::AppOpenMethod, p.appOpenMethod);
    collect(out, PropertyId::AppRetentionTime, p.appRetentionTime);
    collect(out, PropertyId::OverrideGenAppLimit, p.overrideGenAppLimit);
    return out;
}

QString rangeText(const ValueCountRange &r)
{
    const QString lower = r.lowerBound ? QString::number(*r.lowerBound) : QStringLiteral("-");
    const QString upper = r.upperBound ? QString::number(*r.upperBound) : QStringLiteral("-");
    return QStringLiteral("[%1..%2]").arg(lower, upper);
}

class Linter
{
public:
    explicit Linter(const LintInput &input)
        : m_in(input)
    {}
    QList<LintIssue> run();

private:
    void add(Severity s, const char *code, const QString &field, const QString &context,
             qsizetype index, const QString &message)
    {
        m_out.push_back({s, QString::fromLatin1(code), field, context, index, message});
    }
    void checkName();
    void checkContexts();
    void checkRowEstRange();
    void checkGenAppName();
    void checkLimits();
    void checkRetention();
    void checkOtherValues();
    void checkBindings();
    // The overrideGenAppLimit that applies with a context: the entry with the same
    // context, else the one for all users, else the default (false).
    bool overrideFor(const ContextExpression &context) const;

    const LintInput &m_in;
    QList<LintIssue> m_out;
};

QList<LintIssue> Linter::run()
{
    checkName();
    checkContexts();
    checkRowEstRange();
    checkGenAppName();
    checkLimits();
    checkRetention();
    checkOtherValues();
    checkBindings();
    return m_out;
}

void Linter::checkName()
{
    if (m_in.name.trimmed().isEmpty())
        add(Severity::Error, "name.empty", QStringLiteral("name"), {}, -1,
            Tr::tr("The link has no name."));
}

void Linter::checkContexts()
{
    const QList<Entry> entries = allEntries(m_in.properties);
    QSet<QString> reported;
    for (const Entry &e : entries) {
        if (reported.contains(e.context))
            continue;
        reported.insert(e.context);
        const ContextExpression expression = ContextExpression::parse(e.context);
        if (expression.isMalformed())
            add(Severity::Error, "context.malformed", {}, e.context, -1,
                Tr::tr("Context \"%1\": %2").arg(e.context, expression.problem()));
        else if (!expression.isInterpreted())
            add(Severity::Warning, "context.notInterpreted", {}, e.context, -1,
                Tr::tr("Context \"%1\" cannot be interpreted by the app (only User_* and "
                       "User.<attribute> = <value> are documented); it is kept as written and the "
                       "preview cannot evaluate it.")
                    .arg(e.context));
    }

    // The same context twice in one property.
    QHash<QString, qsizetype> first; // property + context key -> entry position
    for (qsizetype k = 0; k < entries.size(); ++k) {
        const Entry &e = entries.at(k);
        const QString key =
            wireName(e.property) + QLatin1Char('\n') + ContextExpression::parse(e.context).key();
        const auto it = first.constFind(key);
        if (it == first.cend()) {
            first.insert(key, k);
            continue;
        }
        const Entry &earlier = entries.at(*it);
        if (earlier.valueKey == e.valueKey)
            add(Severity::Warning, "context.duplicate", wireName(e.property), e.context, e.index,
                Tr::tr("%1: context \"%2\" appears again at row %3 with the same value.")
                    .arg(displayName(e.property), e.context, QString::number(e.index + 1)));
        else
            add(Severity::Error, "context.duplicateConflict", wireName(e.property), e.context,
                e.index,
                Tr::tr("%1: context \"%2\" appears at rows %3 and %4 with different values; which "
                       "one the service uses is not documented.")
                    .arg(displayName(e.property), e.context, QString::number(earlier.index + 1),
                         QString::number(e.index + 1)));
    }
}

void Linter::checkRowEstRange()
{
    const QString field = wireName(PropertyId::RowEstRange);
    const auto &list = m_in.properties.rowEstRange;
    bool forAll = false;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const LinkPropRowEstRange &r = list.at(i);
        if (ContextExpression::parse(r.context).kind() == ContextKind::AllUsers)
            forAll = true;
        if ((r.lowBound && *r.lowBound < 0) || r.highBound < 0)
            add(Severity::Error, "rowEstRange.negative", field, r.context, i,
                Tr::tr("The row estimate range for \"%1\" has a negative bound.").arg(r.context));
        if (r.lowBound && *r.lowBound > r.highBound)
            add(Severity::Error, "rowEstRange.order", field, r.context, i,
                Tr::tr("The row estimate range for \"%1\" goes from %2 down to %3: no estimate can "
                       "fall in it.")
                    .arg(r.context, QString::number(*r.lowBound), QString::number(r.highBound)));
    }
    if (!forAll)
        add(Severity::Error, "rowEstRange.noAllUsers", field, {}, -1,
            Tr::tr("There is no row estimate range for all users (context User_*); the service "
                   "requires one."));
}

void Linter::checkGenAppName()
{
    if (!m_in.properties.genAppName)
        return;
    const QString field = wireName(PropertyId::GenAppName);
    const auto &list = *m_in.properties.genAppName;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const LinkPropGenAppName &g = list.at(i);
        const auto issues =
            AppNameFormat::validate(g.formatString, g.params.value_or(AppNameFormat::Params{}));
        for (const AppNameIssue &issue : issues) {
            static constexpr const char *codes[] = {
                "genAppName.indexBeyondParams", "genAppName.strayBrace",
                "genAppName.unknownParameter", "genAppName.unusedParameter",
                "genAppName.emptyResult"};
            add(issue.severity, codes[issue.kind], field, g.context, i,
                Tr::tr("Generated app name for \"%1\": %2").arg(g.context, issue.message));
        }
    }
}

bool Linter::overrideFor(const ContextExpression &context) const
{
    const auto &list = m_in.properties.overrideGenAppLimit;
    if (!list)
        return false;
    std::optional<bool> forAll;
    for (const LinkPropOverrideGenAppLimit &o : *list) {
        const ContextExpression e = ContextExpression::parse(o.context);
        if (e.key() == context.key())
            return o.overrideGenAppLimit.value_or(false);
        if (e.kind() == ContextKind::AllUsers && !forAll)
            forAll = o.overrideGenAppLimit.value_or(false);
    }
    return forAll.value_or(false);
}

void Linter::checkLimits()
{
    const auto &p = m_in.properties;
    if (p.genAppLimit) {
        const QString field = wireName(PropertyId::GenAppLimit);
        for (qsizetype i = 0; i < p.genAppLimit->size(); ++i) {
            const LinkPropGenAppLimit &g = p.genAppLimit->at(i);
            if (g.limit < 1)
                add(Severity::Error, "genAppLimit.belowOne", field, g.context, i,
                    Tr::tr("The generated app limit for \"%1\" is %2; the minimum is 1.")
                        .arg(g.context, QString::number(g.limit)));
            else if (m_in.dynamicView && g.limit != 1)
                add(Severity::Warning, "dynamicView.genAppLimit", field, g.context, i,
                    Tr::tr(
                        "The link is a dynamic view: the service sets the generated app limit to "
                        "1, so %1 for \"%2\" has no effect.")
                        .arg(QString::number(g.limit), g.context));
            if (g.limit >= 1 && overrideFor(ContextExpression::parse(g.context)))
                add(Severity::Warning, "genAppLimit.overridden", field, g.context, i,
                    Tr::tr("The generated app limit for \"%1\" is ignored: overrideGenAppLimit is "
                           "on for it.")
                        .arg(g.context));
        }
    }
    if (p.limitPolicy) {
        const QString field = wireName(PropertyId::LimitPolicy);
        const bool anyLimit = p.genAppLimit && !p.genAppLimit->isEmpty();
        for (qsizetype i = 0; i < p.limitPolicy->size(); ++i) {
            const LinkPropLimitPolicy &l = p.limitPolicy->at(i);
            if (!l.limitPolicy.isKnown())
                add(Severity::Warning, "limitPolicy.unknownValue", field, l.context, i,
                    Tr::tr("The limit policy \"%1\" for \"%2\" is not one the app knows (Restrict, "
                           "AutoDelete); it is kept.")
                        .arg(l.limitPolicy.raw(), l.context));
            if (!anyLimit)
                add(Severity::Warning, "limitPolicy.withoutLimit", field, l.context, i,
                    Tr::tr("The limit policy for \"%1\" has no effect: the link sets no generated "
                           "app limit.")
                        .arg(l.context));
            else if (overrideFor(ContextExpression::parse(l.context)))
                add(Severity::Warning, "limitPolicy.overridden", field, l.context, i,
                    Tr::tr(
                        "The limit policy %1 for \"%2\" has no effect: overrideGenAppLimit is on "
                        "for it, so the limit is ignored.")
                        .arg(displayName(l.limitPolicy), l.context));
        }
    }
}

void Linter::checkRetention()
{
    if (!m_in.properties.appRetentionTime)
        return;
    const QString field = wireName(PropertyId::AppRetentionTime);
    const IsoDuration day = IsoDuration::fromMilliseconds(24LL * 3600 * 1000);
    const auto &list = *m_in.properties.appRetentionTime;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const LinkPropAppRetentionTime &r = list.at(i);
        const auto parsed = IsoDuration::parse(r.retentionTime);
        if (!parsed.ok()) {
            add(Severity::Error, "appRetentionTime.invalid", field, r.context, i,
                Tr::tr("The retention time for \"%1\" is not valid: %2")
                    .arg(r.context, parsed.error()));
            continue;
        }
        const IsoDuration &d = parsed.value();
        if (!d.isCanonical())
            add(Severity::Warning, "appRetentionTime.notCanonical", field, r.context, i,
                Tr::tr("The retention time \"%1\" for \"%2\" is usually written %3.")
                    .arg(r.retentionTime, r.context, d.toString()));
        if (d.isApproximate())
            add(Severity::Warning, "appRetentionTime.approximate", field, r.context, i,
                Tr::tr(
                    "The retention time %1 for \"%2\" uses years or months, whose length varies; "
                    "the app counts 365 and 30 days.")
                    .arg(r.retentionTime, r.context));
        if (d.isZero())
            add(Severity::Warning, "appRetentionTime.zero", field, r.context, i,
                Tr::tr("The retention time for \"%1\" is zero; the service records 0 as \"never "
                       "purged\". Write unlimited if that is meant.")
                    .arg(r.context));
        if (m_in.dynamicView && !d.sameLengthAs(day))
            add(Severity::Warning, "dynamicView.retention", field, r.context, i,
                Tr::tr("The link is a dynamic view: the service keeps generated apps for 24 hours, "
                       "so %1 for \"%2\" has no effect.")
                    .arg(r.retentionTime, r.context));
    }
}

void Linter::checkOtherValues()
{
    const auto &p = m_in.properties;
    if (p.appOpenMethod) {
        for (qsizetype i = 0; i < p.appOpenMethod->size(); ++i) {
            const LinkPropAppOpenMethod &m = p.appOpenMethod->at(i);
            if (!m.openMethod.isKnown())
                add(Severity::Warning, "appOpenMethod.unknownValue",
                    wireName(PropertyId::AppOpenMethod), m.context, i,
                    Tr::tr("The open method \"%1\" for \"%2\" is not one the app knows (Tab, "
                           "Window); it is kept.")
                        .arg(m.openMethod.raw(), m.context));
        }
    }
    if (p.targetSheet) {
        for (qsizetype i = 0; i < p.targetSheet->size(); ++i) {
            const LinkPropTargetSheet &t = p.targetSheet->at(i);
            if (t.sheetId.trimmed().isEmpty())
                add(Severity::Warning, "targetSheet.empty", wireName(PropertyId::TargetSheet),
                    t.context, i,
                    Tr::tr("The target sheet for \"%1\" has no sheet ID.").arg(t.context));
        }
    }
    if (p.menuLabel) {
        for (qsizetype i = 0; i < p.menuLabel->size(); ++i) {
            const LinkPropMenuLabel &m = p.menuLabel->at(i);
            if (m.label.trimmed().isEmpty())
                add(Severity::Warning, "menuLabel.empty", wireName(PropertyId::MenuLabel),
                    m.context, i, Tr::tr("The menu label for \"%1\" is empty.").arg(m.context));
        }
    }
}

void Linter::checkBindings()
{
    const QString field = QStringLiteral("bindings");
    QHash<QString, qsizetype> firstOfVar;
    QHash<QString, qsizetype> firstOfField; // among bindings with a range
    for (qsizetype i = 0; i < m_in.bindings.size(); ++i) {
        const Binding &b = m_in.bindings.at(i);
        const QString var = b.templateAppVarName;
        if (var.trimmed().isEmpty())
            add(Severity::Error, "bindings.emptyVarName", field, {}, i,
                Tr::tr("Binding %1 has no template app variable name.").arg(i + 1));
        if (b.range) {
            const ValueCountRange &r = *b.range;
            if ((r.lowerBound && *r.lowerBound < 0) || (r.upperBound && *r.upperBound < 0))
                add(Severity::Error, "bindings.negativeRange", field, {}, i,
                    Tr::tr("Binding %1 has a negative value count.").arg(var));
            if (r.lowerBound && r.upperBound && *r.lowerBound > *r.upperBound)
                add(Severity::Error, "bindings.rangeOrder", field, {}, i,
                    Tr::tr("Binding %1 asks for at least %2 and at most %3 values, which no "
                           "selection can meet.")
                        .arg(var, QString::number(*r.lowerBound), QString::number(*r.upperBound)));
        }

        const auto seen = firstOfVar.constFind(var);
        const bool firstOfItsVar = seen == firstOfVar.cend();
        if (firstOfItsVar) {
            firstOfVar.insert(var, i);
        } else {
            const Binding &earlier = m_in.bindings.at(*seen);
            if (earlier.range != b.range)
                add(Severity::Error, "bindings.conflictingRange", field, {}, i,
                    Tr::tr("Binding %1 appears twice with different ranges (%2 and %3).")
                        .arg(var, earlier.range ? rangeText(*earlier.range) : Tr::tr("none"),
                             b.range ? rangeText(*b.range) : Tr::tr("none")));
            else if (earlier == b)
                add(Severity::Warning, "bindings.duplicate", field, {}, i,
                    Tr::tr("Binding %1 is listed twice.").arg(var));
        }

        // Seed 002: every binding of one selection-app field must have the same range.
        const QString paramName = b.selectAppParamName.value_or(QString());
        if (b.range && !paramName.isEmpty() && firstOfItsVar) {
            const auto other = firstOfField.constFind(paramName);
            if (other == firstOfField.cend()) {
                firstOfField.insert(paramName, i);
            } else {
                const Binding &earlier = m_in.bindings.at(*other);
                if (earlier.range != b.range)
                    add(Severity::Error, "bindings.fieldRangeMismatch", field, {}, i,
                        Tr::tr(
                            "Bindings %1 and %2 read the same field %3 with different ranges (%4 "
                            "and %5); the service requires one range per field.")
                            .arg(earlier.templateAppVarName, var, paramName,
                                 rangeText(*earlier.range), rangeText(*b.range)));
            }
        }
    }
}

} // namespace

LintInput LintInput::from(const LinkStateFull &link)
{
    return {link.name, link.properties, link.bindings.value_or(QList<Binding>{}),
            link.isDynamicView()};
}

LintInput LintInput::from(const LinkAddPayload &payload)
{
    return {payload.name, payload.properties.value_or(LinkProperties{}),
            payload.bindings.value_or(QList<Binding>{}), payload.dynamicView.value_or(false)};
}

LintInput LintInput::from(const LinkPutPayload &payload)
{
    return {payload.name, payload.properties.value_or(LinkProperties{}),
            payload.bindings.value_or(QList<Binding>{}), payload.dynamicView.value_or(false)};
}

QList<LintIssue> LinkLint::lint(const LintInput &input)
{
    return Linter(input).run();
}

bool LinkLint::hasErrors(const QList<LintIssue> &issues)
{
    return std::any_of(issues.begin(), issues.end(),
                       [](const LintIssue &i) { return i.severity == Severity::Error; });
}

} // namespace odag::rules
