#pragma once

// Checks a link before it is saved: what the service would reject, and what is likely
// wrong (SPEC.md, Links, "Lint"). Pure: the link editor runs it on every change.
//
// Codes (E error, W warning):
//   name.empty E
//   context.malformed E, context.notInterpreted W (once per distinct context),
//   context.duplicate W (same context and value twice in a property),
//   context.duplicateConflict E (same context, different values)
//   rowEstRange.noAllUsers E, rowEstRange.order E, rowEstRange.negative E
//   genAppName.indexBeyondParams E, genAppName.emptyResult E, genAppName.strayBrace W,
//   genAppName.unknownParameter W, genAppName.unusedParameter W
//   genAppLimit.belowOne E, genAppLimit.overridden W (overrideGenAppLimit on)
//   limitPolicy.withoutLimit W, limitPolicy.overridden W, limitPolicy.unknownValue W
//   appRetentionTime.invalid E, appRetentionTime.zero W, appRetentionTime.approximate W,
//   appRetentionTime.notCanonical W
//   dynamicView.retention W, dynamicView.genAppLimit W (the service forces 24 h and 1)
//   appOpenMethod.unknownValue W, targetSheet.empty W, menuLabel.empty W
//   bindings.emptyVarName E, bindings.rangeOrder E, bindings.negativeRange E,
//   bindings.conflictingRange E (one variable, two ranges), bindings.fieldRangeMismatch E
//   (one field, two ranges: seed 002 forbids it), bindings.duplicate W

#include "Severity.h"
#include "core/OdagLink.h"

#include <QList>
#include <QString>

namespace odag::rules {

struct LintIssue
{
    Severity severity = Severity::Warning;
    QString code;         // stable identifier, e.g. "rowEstRange.noAllUsers"
    QString field;        // property wire name ("genAppLimit"), "name" or "bindings"; empty for
                          // a finding about a context across properties
    QString context;      // the context as written, when the finding is about one
    qsizetype index = -1; // entry in the property list or binding list; -1 if none
    QString message;      // translated
};

// What lint reads, from a link or from a create or update payload.
struct LintInput
{
    QString name;
    LinkProperties properties;
    QList<Binding> bindings;
    bool dynamicView = false;

    static LintInput from(const LinkStateFull &link);
    // An absent properties member reads as no properties (rowEstRange is then missing).
    static LintInput from(const LinkAddPayload &payload);
    static LintInput from(const LinkPutPayload &payload);
};

class LinkLint
{
public:
    static QList<LintIssue> lint(const LintInput &input);
    static QList<LintIssue> lint(const LinkStateFull &link) { return lint(LintInput::from(link)); }
    static bool hasErrors(const QList<LintIssue> &issues);
};

} // namespace odag::rules
