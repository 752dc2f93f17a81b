#pragma once

// What a generated app is made of: its name (the link's genAppName for the requester)
// and its load script, the template app's script with every bind variable replaced by
// the values the request's selection state gives it.
//
// Decisions where the documentation is silent:
// - Without a genAppName for the requester the name is "<template app name> - <user ID>"
//   (the format `{0} - {1}` with templateAppName and userId); a singlesub adds its
//   partition values in parentheses.
// - Values are those whose status is in the binding's selectionStates (S when unset);
//   each is wrapped in the quote (doubled inside a value) and joined with the delimiter;
//   the occurrence's own `{"quote":..,"delimiter":..}` wins over the link's formatting,
//   which wins over `'` and `,`. Numeric bindings write numValue unquoted and skip
//   values that are not numbers; `cnt` variables write the count; an empty list writes
//   the occurrence's `noValue` when it has one.
// - The `[M-N]` constraint and the JSON suffix go with the variable they belong to.
// - Occurrences inside comments stay as written (the scanner skips them), so a
//   `// sandbox:fail` line survives binding.

#include "core/OdagLink.h"
#include "core/OdagRequest.h"
#include "core/rules/PropertyResolver.h"

#include <QDateTime>
#include <QString>

namespace odag::sandbox::generatedapp {

QString appName(const rules::ResolvedProperties &resolved, const QString &templateAppName,
                const QString &userId, const QDateTime &now, const QString &partitionLabel);

QString bindScript(const QString &templateScript, const QList<Binding> &bindings,
                   const SelectionState &bindState);

} // namespace odag::sandbox::generatedapp
