#pragma once

// Finds the ODAG bind variables in a template app's load script, the way the service
// initialises a link's bindings from it (seed 002; API-NOTES.md, "Template-app bind
// variables"):
//   - since 2020, `$(odag[s|o][n][cnt]_FIELD)`, twelve prefixes, with an optional JSON
//     suffix such as `{"noValue":"-99999"}` or `{"quote": "", "delimiter": ""}`;
//   - the older `$(od[s][o][x]_FIELD)` and `$(odb_FIELD)`, with a `_n` numeric suffix
//     on the field, a quantity constraint `[M-N]` and the same JSON suffix.
// Occurrences inside `//` comments, `/* */` comments and `REM ...;` statements are not
// bindings.
//
// Decisions where the documentation is silent:
// - templateAppVarName is the variable name as written inside `$( )` (`odso_ORIGIN`,
//   `ods_YEAR_n`), the name the service injects; the field is what follows the prefix.
// - Prefixes are lower case, as documented; `$(OD_X)` is not a binding.
// - `od_` harvests selected values (seed 002: "defaults to selected"); `odag_` selected
//   and optional (Qlik help). `odb_` is listed by Qlik without a published meaning: it
//   is detected, with no selection states.
// - The `_n` suffix applies to the older prefixes only (Qlik: not supported with the new).
// - `//` right after `:` (`lib://`) does not start a comment. A quote or bracket ends at
//   the end of its line. `REM` starts a comment when it is the first word of a line or
//   follows `;`.
// - A `[...]` after the variable that is not `[M-N]` (digits) is left alone, with a warning.

#include "Severity.h"
#include "core/OdagLink.h"

#include <QList>
#include <QString>

#include <optional>

namespace odag::rules {

enum class BindingSyntax
{
    Odag,  // odag_ family
    Legacy // od_ family
};

// One occurrence of a bind variable in the script.
struct ScriptBinding
{
    QString templateAppVarName; // as written inside $( ), trimmed
    QString prefix;             // "odso_"
    QString fieldName;
    BindingSyntax syntax = BindingSyntax::Odag;
    QString selectionStates; // S, O, X in that order; empty when the prefix does not say
    bool numericOnly = false;
    bool countOnly = false;
    std::optional<int> lowerBound;
    std::optional<int> upperBound;
    std::optional<QString> quote;
    std::optional<QString> delimiter;
    std::optional<QString> noValue;
    int line = 0;   // 1-based
    int column = 0; // 1-based, of the `$`

    bool hasRange() const { return lowerBound.has_value() || upperBound.has_value(); }
    bool operator==(const ScriptBinding &) const = default;
};

struct ScriptIssue
{
    enum Kind
    {
        ConflictingRange,    // one field (or variable) with different [M-N] (error)
        RangeOrder,          // [M-N] with M > N (error)
        MalformedRange,      // [..] that is not [M-N] (warning)
        BadFormatSpec,       // JSON suffix unreadable or with unknown keys (warning)
        UnclosedBlockComment // /* without */: the rest of the script is a comment
    };
    Kind kind;
    Severity severity;
    int line = 0;
    QString templateAppVarName;
    QString message; // translated
};

struct ScriptScan
{
    QList<ScriptBinding> occurrences; // in script order
    QList<ScriptIssue> issues;

    // One Binding per distinct variable, in first-seen order: type Field, param name the
    // field, selection states and numericOnly from the prefix, formatting from the first
    // occurrence that has one, and the range given for the field anywhere in the script
    // (seed 002: every binding of a field must have the same range).
    QList<Binding> toBindings() const;
    // Distinct field names, first-seen order.
    QStringList fields() const;
};

class ScriptBindings
{
public:
    static ScriptScan scan(const QString &script);
    // What a variable name means as a binding; nullopt when it is not one
    // (`odagActive`, `vPath`). Range, format and position stay unset.
    static std::optional<ScriptBinding> parseVariableName(const QString &name);
    // The sandbox fails the load of a script with a line `// sandbox:fail`.
    static bool hasFailMarker(const QString &script);
};

} // namespace odag::rules
