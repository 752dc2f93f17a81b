#pragma once

// The SCIM filter expressions (RFC 7644, 3.4.2.2) of GET /reloads: comparisons of the
// attributes a list allows with `eq` or `ne`, joined by `and`/`or`, grouped with
// parentheses, negated with `not`:  (status eq "FAILED" or status eq "CANCELED") and
// partial eq "false". Attribute names ignore case, values compare as text ignoring case.

#include "core/Result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace odag::sandbox {

using ScimPredicate = std::function<bool(const QJsonObject &)>;

// A predicate over documents, or what is wrong with the expression. An empty
// expression matches everything.
Result<ScimPredicate, QString> parseScimFilter(const QString &expression,
                                               const QStringList &attributes);

} // namespace odag::sandbox
