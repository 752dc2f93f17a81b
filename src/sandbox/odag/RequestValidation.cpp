#include "RequestValidation.h"

#include "core/rules/IsoDuration.h"
#include "core/rules/ScriptBindings.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace odag::sandbox::requestrules {

namespace {

// Gives this file's messages one translation context that lupdate records as the
// run-time lookup uses it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(odag::sandbox::RequestValidation)
};

RequestError refuse(const char *code, const QString &detail)
{
    return RequestError{400, QString::fromLatin1(code), detail};
}

QString rangeText(const ValueCountRange &range)
{
    if (range.lowerBound && range.upperBound) {
        if (*range.lowerBound == *range.upperBound)
            return Tr::tr("exactly %1").arg(*range.lowerBound);
        return Tr::tr("%1 to %2").arg(*range.lowerBound).arg(*range.upperBound);
    }
    if (range.lowerBound)
        return Tr::tr("at least %1").arg(*range.lowerBound);
    if (range.upperBound)
        return Tr::tr("at most %1").arg(*range.upperBound);
    return Tr::tr("any number of");
}

const FieldSelectionState *findField(const SelectionState &state, const QString &name)
{
    for (const FieldSelectionState &f : state) {
        if (f.selectionAppParamName == name)
            return &f;
    }
    return nullptr;
}

} // namespace

std::optional<RequestError> checkLinkUsable(const LinkStateFull &link,
                                            const rules::ResolvedProperties &resolved)
{
    if (link.status != LinkStatus::Active) {
        return refuse(requestcode::kLinkNotActive,
                      Tr::tr("The link \"%1\" is %2; only an active link takes requests.")
                          .arg(link.name, link.status.raw()));
    }
    if (resolved.isDisabled()) {
        return refuse(requestcode::kLinkDisabled,
                      Tr::tr("The link \"%1\" is disabled for you (the disable property of context "
                             "\"%2\" is true).")
                          .arg(link.name, resolved.disable.sourceContext));
    }
    return std::nullopt;
}

Result<QList<SelectionShare>, RequestError> partition(const SelectionState &bindState,
                                                      const QStringList &partitionFields)
{
    // Fields that split the request, each with its selected values.
    QList<qsizetype> splitIndexes;
    qint64 combinations = 1;
    for (qsizetype i = 0; i < bindState.size(); ++i) {
        const FieldSelectionState &f = bindState.at(i);
        if (!partitionFields.contains(f.selectionAppParamName))
            continue;
        const qsizetype selected = f.count(SelectStatus::Selected);
        if (selected <= 1)
            continue;
        splitIndexes.append(i);
        combinations *= selected;
        if (combinations > kMaxPartitionCombinations) {
            return refuse(requestcode::kPartitions,
                          Tr::tr("The selection makes more than %1 partitions (one generated app "
                                 "each); select fewer values in the partition fields %2.")
                              .arg(kMaxPartitionCombinations)
                              .arg(partitionFields.join(QStringLiteral(", "))));
        }
    }
    if (splitIndexes.isEmpty())
        return QList<SelectionShare>{SelectionShare{bindState, {}}};

    QList<SelectionShare> shares{SelectionShare{bindState, {}}};
    for (qsizetype index : std::as_const(splitIndexes)) {
        const FieldSelectionState &field = bindState.at(index);
        QList<SelectionShare> next;
        for (const SelectionShare &share : std::as_const(shares)) {
            for (const FieldValue &value : field.values) {
                if (value.selStatus != SelectStatus::Selected)
                    continue;
                SelectionShare s = share;
                FieldSelectionState only = field;
                only.values = {value};
                only.selectedSize = 1;
                s.bindSelectionState[index] = only;
                const QString part =
                    field.selectionAppParamName + QLatin1Char('=') + value.strValue;
                s.label = s.label.isEmpty() ? part : s.label + QStringLiteral(", ") + part;
                next.append(std::move(s));
            }
        }
        shares = std::move(next);
    }
    return shares;
}

QString paramNameOf(const Binding &binding)
{
    if (binding.selectAppParamName && !binding.selectAppParamName->isEmpty())
        return *binding.selectAppParamName;
    if (auto parsed = rules::ScriptBindings::parseVariableName(binding.templateAppVarName))
        return parsed->fieldName;
    return binding.templateAppVarName;
}

QString statesOf(const Binding &binding)
{
    const QString states = binding.selectionStates.value_or(QString()).toUpper();
    return states.isEmpty() ? QStringLiteral("S") : states;
}

qsizetype valueCount(const Binding &binding, const SelectionState &state)
{
    const FieldSelectionState *field = findField(state, paramNameOf(binding));
    if (!field)
        return 0;
    const QString states = statesOf(binding);
    qsizetype n = 0;
    for (const FieldValue &v : field->values) {
        if (states.contains(v.selStatus.raw()))
            ++n;
    }
    return n;
}

std::optional<RequestError> checkBindingRanges(const QList<Binding> &bindings,
                                               const SelectionState &state)
{
    for (const Binding &b : bindings) {
        if (b.selectAppParamType == SelectAppParamType::Exclude || !b.range)
            continue;
        const QString param = paramNameOf(b);
        const qsizetype n = valueCount(b, state);
        if (b.range->accepts(n))
            continue;
        if (!findField(state, param)) {
            return refuse(requestcode::kBindingRange,
                          Tr::tr("The binding %1 needs %2 values of %3, and the selection state "
                                 "has no values for %3.")
                              .arg(b.templateAppVarName, rangeText(*b.range), param));
        }
        return refuse(requestcode::kBindingRange,
                      Tr::tr("The binding %1 needs %2 values of %3 in states %4; the selection "
                             "has %5.")
                          .arg(b.templateAppVarName, rangeText(*b.range), param, statesOf(b))
                          .arg(n));
    }
    return std::nullopt;
}

std::optional<RequestError> checkRowEstimate(const rules::ResolvedProperties &resolved,
                                             std::optional<qint64> actualRowEst,
                                             QStringList &warnings)
{
    const auto &range = resolved.rowEstRange.value;
    if (!range) {
        return refuse(requestcode::kRowEstimate,
                      Tr::tr("No row estimate range of the link applies to you, so no request can "
                             "be made."));
    }
    if (!actualRowEst) {
        warnings << Tr::tr("No row estimate (actualRowEst) was sent; the row estimate range was "
                           "not checked.");
        return std::nullopt;
    }
    if (range->accepts(*actualRowEst))
        return std::nullopt;
    if (range->low && *actualRowEst < *range->low) {
        return refuse(requestcode::kRowEstimate,
                      Tr::tr("Row estimate too low: %1 rows, the link needs at least %2 for you "
                             "(context \"%3\").")
                          .arg(*actualRowEst)
                          .arg(*range->low)
                          .arg(resolved.rowEstRange.sourceContext));
    }
    return refuse(requestcode::kRowEstimate,
                  Tr::tr("Row estimate exceeded: %1 rows, the link allows at most %2 for you "
                         "(context \"%3\"). Narrow the selection.")
                      .arg(*actualRowEst)
                      .arg(range->high)
                      .arg(resolved.rowEstRange.sourceContext));
}

qint64 stateHash(const SelectionState &state, bool selectedOnly)
{
    // FNV-1a over a canonical text of the state: field name, then its values.
    quint64 h = 1469598103934665603ULL;
    const auto feed = [&h](const QString &text) {
        const QByteArray bytes = text.toUtf8();
        for (char c : bytes) {
            h ^= quint8(c);
            h *= 1099511628211ULL;
        }
        h ^= 0xffu; // separator
        h *= 1099511628211ULL;
    };
    for (const FieldSelectionState &f : state) {
        feed(f.selectionAppParamName);
        for (const FieldValue &v : f.values) {
            if (selectedOnly && v.selStatus != SelectStatus::Selected)
                continue;
            feed(v.strValue);
            feed(v.numValue.value_or(QString()));
            feed(v.selStatus.raw());
        }
    }
    return qint64(h & ((quint64(1) << 53) - 1));
}

int retentionMinutes(const std::optional<QString> &retentionTime)
{
    if (!retentionTime)
        return 0;
    const auto parsed = rules::IsoDuration::parse(*retentionTime);
    if (!parsed || parsed->isUnlimited())
        return 0;
    const auto minutes = parsed->minutes();
    if (!minutes)
        return 0;
    return int(std::min<qint64>(*minutes, std::numeric_limits<int>::max()));
}

} // namespace odag::sandbox::requestrules
