#pragma once

// The checks a submission passes before the sandbox creates a request, in the order the
// service applies them (SPEC.md, "The sandbox tenant"):
//   1. the link is active and its `disable` property is not true for the caller;
//   2. each binding's range accepts the number of values the selection state gives it;
//   3. the row estimate lies within the caller's rowEstRange;
//   4. genAppLimit with limitPolicy (applied by the engine, which can delete apps).
// Also the partitioning of a selection state into singlesub shares, and the hashes of
// selection states. Every refusal carries an ErrorV2 code and a detail for people.
//
// Partitioning: Qlik says the *selection app* designates the partitioning fields and
// publishes no property for it. The sandbox reads them from the selection app's
// `custom.odagPartitionFields` (an array of field names). A request whose
// bindSelectionState selects more than one value (status S) in such a field becomes a
// `multiple` request with one `singlesub` per combination of those values.

#include "core/OdagLink.h"
#include "core/OdagRequest.h"
#include "core/rules/PropertyResolver.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace odag::sandbox {

// The ErrorV2 codes of the request paths.
namespace requestcode {
inline constexpr char kLinkNotActive[] = "ODAG-REQ-LINK-STATUS";
inline constexpr char kLinkDisabled[] = "ODAG-REQ-LINK-DISABLED";
inline constexpr char kBindingRange[] = "ODAG-REQ-BINDING-RANGE";
inline constexpr char kRowEstimate[] = "ODAG-REQ-ROW-ESTIMATE";
inline constexpr char kGenAppLimit[] = "ODAG-REQ-GENAPP-LIMIT";
inline constexpr char kPartitions[] = "ODAG-REQ-PARTITIONS";
inline constexpr char kBadInput[] = "ODAG-REQ-BAD-INPUT";
inline constexpr char kNotFound[] = "ODAG-REQ-NOT-FOUND";
inline constexpr char kForbidden[] = "ODAG-REQ-FORBIDDEN";
inline constexpr char kActionState[] = "ODAG-REQ-ACTION-STATE";
inline constexpr char kNoApp[] = "ODAG-REQ-NO-APP";
inline constexpr char kStore[] = "ODAG-REQ-STORE";
} // namespace requestcode

struct RequestError
{
    int status = 400;
    QString code;
    QString detail;
};

// At most this many singlesub requests come from one partitioned submission.
inline constexpr int kMaxPartitionCombinations = 64;

// One share of a partitioned selection state.
struct SelectionShare
{
    SelectionState bindSelectionState;
    QString label; // "Region=EMEA, Year=2024"; empty for an unpartitioned request
};

namespace requestrules {

// Rule 1.
std::optional<RequestError> checkLinkUsable(const LinkStateFull &link,
                                            const rules::ResolvedProperties &resolved);

// The shares of a submission: one for an unpartitioned state, one per combination of the
// selected values of the partition fields otherwise.
Result<QList<SelectionShare>, RequestError> partition(const SelectionState &bindState,
                                                      const QStringList &partitionFields);

// The selection-app parameter a binding reads (its selectAppParamName, else the field
// of its variable name).
QString paramNameOf(const Binding &binding);
// The selection states a binding harvests ("S" when the link does not say).
QString statesOf(const Binding &binding);
// How many values of `state` a binding harvests.
qsizetype valueCount(const Binding &binding, const SelectionState &state);

// Rule 2, for one share.
std::optional<RequestError> checkBindingRanges(const QList<Binding> &bindings,
                                               const SelectionState &state);

// Rule 3. An absent estimate is not checked; `warnings` then says so.
std::optional<RequestError> checkRowEstimate(const rules::ResolvedProperties &resolved,
                                             std::optional<qint64> actualRowEst,
                                             QStringList &warnings);

// A 64-bit hash of a selection state, limited to 53 bits so that every JSON reader
// (JavaScript included) reads it exactly. selectedOnly: only values with status S.
qint64 stateHash(const SelectionState &state, bool selectedOnly);

// Minutes of an appRetentionTime value; 0 for `unlimited`, absent or unreadable.
int retentionMinutes(const std::optional<QString> &retentionTime);

} // namespace requestrules

} // namespace odag::sandbox
