// libFuzzer target: the ODAG rules parsers (context expressions, ISO 8601 durations,
// generated-app name formats, template-script bindings) and the link lint and property
// resolver built on them. The first byte picks the parser; the rest is its input.
// Beyond not crashing, each parser keeps its round-trip promises.

#include "core/rules/AppNameFormat.h"
#include "core/rules/ContextExpression.h"
#include "core/rules/IsoDuration.h"
#include "core/rules/LinkLint.h"
#include "core/rules/PropertyResolver.h"
#include "core/rules/ScriptBindings.h"

#include <cstdint>
#include <cstdlib>

using namespace odag;
using namespace odag::rules;

namespace {

void check(bool ok)
{
    if (!ok)
        std::abort();
}

UserIdentity sampleUser(const QString &text)
{
    UserIdentity u;
    u.name = text.left(8);
    u.id = QStringLiteral("joe");
    u.subject = text.mid(8, 8);
    u.groups = {QStringLiteral("sales"), text.left(4)};
    u.roles = {text.right(4)};
    return u;
}

void fuzzContext(const QString &text)
{
    const ContextExpression e = ContextExpression::parse(text);
    check(e.text() == text);
    const MatchResult m = e.matches(sampleUser(text));
    check(e.isInterpreted() || m == MatchResult::Unknown);
    check(!e.key().isNull() || text.trimmed().isEmpty());
    check(!e.describe().isEmpty());
    const ContextCheck c = validateContext(text);
    check((c.level == ContextCheck::Error) == e.isMalformed());
    check((c.level == ContextCheck::Ok) == e.isInterpreted());
    if (e.kind() == ContextKind::UserAttribute) {
        // What was read can be written back and means the same.
        const auto again = ContextExpression::make(e.attribute(), e.value());
        check(again.has_value() && again->key() == e.key());
    }
    if (const auto made = ContextExpression::make(UserAttribute::Group, text))
        check(made->kind() == ContextKind::UserAttribute && made->value() == text);
}

void fuzzDuration(const QString &text)
{
    const auto d = IsoDuration::parse(text);
    if (!d.ok()) {
        check(!d.error().isEmpty());
        return;
    }
    const QString written = d->toString();
    const auto again = IsoDuration::parse(written);
    check(again.ok() && again.value() == d.value() && again->isCanonical());
    check(again->sameLengthAs(*d));
    check(!d->displayText().isEmpty());
    if (const auto ms = d->milliseconds()) {
        check(*ms >= 0);
        const IsoDuration normal = IsoDuration::fromMilliseconds(*ms);
        const auto back = IsoDuration::parse(normal.toString());
        check(back.ok() && back->milliseconds() == ms);
        check(d->minutes().value_or(-1) >= 0);
    } else {
        check(d->isUnlimited());
    }
}

void fuzzName(const QByteArray &bytes)
{
    // The first bytes pick parameters (an out-of-range value is an unknown name).
    AppNameFormat::Params params;
    qsizetype i = 0;
    while (i < bytes.size() && i < 10 && uint8_t(bytes.at(i)) >= 0xF0) {
        const int v = uint8_t(bytes.at(i)) - 0xF0;
        if (v < 8)
            params.push_back(EnumTraits<AppNameParameter>::names[std::size_t(v)].first);
        else
            params.push_back(OpenEnum<AppNameParameter>::fromRaw(QStringLiteral("p%1").arg(v)));
        ++i;
    }
    const QString formatString = QString::fromUtf8(bytes.mid(i));
    const AppNameContext context{QStringLiteral("T"), QStringLiteral("u"),
                                 QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5), Qt::UTC)};
    const QString name = AppNameFormat::format(formatString, params, context);
    const auto issues = AppNameFormat::validate(formatString, params);
    bool empty = false;
    for (const AppNameIssue &issue : issues) {
        check(!issue.message.isEmpty());
        empty = empty || issue.kind == AppNameIssue::EmptyResult;
    }
    // With known values all non-empty, "empty result" is exactly a blank name.
    check(empty == name.trimmed().isEmpty());
    AppNameFormat::preview(formatString, params, context.now);
}

void fuzzScript(const QString &script)
{
    const ScriptScan scan = ScriptBindings::scan(script);
    for (const ScriptBinding &b : scan.occurrences) {
        const auto parsed = ScriptBindings::parseVariableName(b.templateAppVarName);
        check(parsed.has_value() && parsed->fieldName == b.fieldName);
        check(b.line >= 1 && b.column >= 1);
    }
    for (const ScriptIssue &issue : scan.issues)
        check(!issue.message.isEmpty());
    const QList<Binding> bindings = scan.toBindings();
    check(bindings.size() <= scan.occurrences.size());
    check(scan.fields().size() <= scan.occurrences.size());
    ScriptBindings::hasFailMarker(script);
    LintInput in;
    in.name = QStringLiteral("n");
    in.bindings = bindings;
    LinkLint::lint(in);
}

void lintAndResolve(const LintInput &in, const QString &seed)
{
    for (const LintIssue &issue : LinkLint::lint(in))
        check(!issue.message.isEmpty() && !issue.code.isEmpty());
    const ResolvedProperties r = PropertyResolver::resolve(in.properties, sampleUser(seed));
    for (const PropertyId id : kAllProperties) {
        const PropertyResolution &p = r[id];
        check(p.property == id);
        check(p.ambiguous ? p.conflicting : true);
        check((p.sourceIndex >= 0) == !p.usesDefault);
    }
    r.effectiveGenAppLimit();
}

void fuzzLinkJson(const QByteArray &bytes)
{
    const auto link = json::decode<LinkStateFull>(bytes);
    if (link.ok())
        lintAndResolve(LintInput::from(link.value()), link->name);
}

// Builds properties from text pieces separated by \x01, so lint sees any context and value
// text without the input having to be JSON.
void fuzzLinkPieces(const QByteArray &bytes)
{
    const QList<QByteArray> parts = bytes.split('\x01');
    const auto piece = [&](qsizetype k) {
        return k < parts.size() ? QString::fromUtf8(parts.at(k)) : QString();
    };
    const auto number = [&](qsizetype k) { return qint64(qHash(piece(k)) % 2001) - 1000; };
    LintInput in;
    in.name = piece(0);
    in.dynamicView = bytes.size() % 2 == 1;
    auto &p = in.properties;
    p.rowEstRange = {{piece(1), number(2), number(3), {}}, {piece(4), std::nullopt, number(5), {}}};
    p.genAppLimit = QList<LinkPropGenAppLimit>{{piece(1), int(number(6)), {}}, {piece(4), 1, {}}};
    p.appRetentionTime = QList<LinkPropAppRetentionTime>{{piece(7), piece(8), {}}};
    p.genAppName = QList<LinkPropGenAppName>{
        {piece(4),
         piece(9),
         QList<OpenEnum<AppNameParameter>>{AppNameParameter::UserId,
                                           OpenEnum<AppNameParameter>::fromRaw(piece(10))},
         {}}};
    p.limitPolicy =
        QList<LinkPropLimitPolicy>{{piece(7), OpenEnum<LimitPolicy>::fromRaw(piece(11)), {}}};
    p.overrideGenAppLimit = QList<LinkPropOverrideGenAppLimit>{{piece(1), number(12) > 0, {}}};
    p.disable = QList<LinkPropDisable>{{piece(4), true, {}}, {piece(1), false, {}}};
    Binding b;
    b.templateAppVarName = piece(13);
    b.selectAppParamName = piece(14);
    b.range = ValueCountRange{int(number(15)), int(number(16)), {}};
    in.bindings = {b, b};
    in.bindings[1].range = ValueCountRange{int(number(16)), std::nullopt, {}};
    lintAndResolve(in, piece(0));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    switch (data[0] % 6) {
    case 0:
        fuzzContext(QString::fromUtf8(bytes));
        break;
    case 1:
        fuzzDuration(QString::fromUtf8(bytes));
        break;
    case 2:
        fuzzName(bytes);
        break;
    case 3:
        fuzzScript(QString::fromUtf8(bytes));
        break;
    case 4:
        fuzzLinkJson(bytes);
        break;
    default:
        fuzzLinkPieces(bytes);
        break;
    }
    return 0;
}
