#pragma once

// How bad a rule finding is: an Error is something the service would reject or that
// cannot work; a Warning is allowed but likely wrong, or something the app cannot check.

#include <QString>

namespace odag::rules {

enum class Severity
{
    Warning,
    Error
};

QString displayName(Severity severity);

} // namespace odag::rules
