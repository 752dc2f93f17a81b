#include "OdagTenant.h"

#include <QCoreApplication>

namespace odag {

QString displayName(const OpenEnum<OdagAppType> &t)
{
    switch (t.value()) {
    case OdagAppType::Selection:
        return QCoreApplication::translate("odag::OdagAppType", "Selection app");
    case OdagAppType::Template:
        return QCoreApplication::translate("odag::OdagAppType", "Template app");
    case OdagAppType::Generated:
        return QCoreApplication::translate("odag::OdagAppType", "Generated app");
    case OdagAppType::Unknown:
        break;
    }
    return t.raw();
}

} // namespace odag
