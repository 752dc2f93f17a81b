#include "Severity.h"

#include <QCoreApplication>

namespace odag::rules {

QString displayName(Severity severity)
{
    switch (severity) {
    case Severity::Warning:
        return QCoreApplication::translate("odag::rules", "Warning");
    case Severity::Error:
        return QCoreApplication::translate("odag::rules", "Error");
    }
    return {};
}

} // namespace odag::rules
