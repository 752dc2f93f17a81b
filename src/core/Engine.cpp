#include "Engine.h"

#include <QCoreApplication>

namespace odag {

QString displayName(const OpenEnum<EngineSessionState> &state)
{
    switch (state.value()) {
    case EngineSessionState::Active:
        return QCoreApplication::translate("odag::EngineSessionState", "Active");
    case EngineSessionState::Stalled:
        return QCoreApplication::translate("odag::EngineSessionState", "Stalled");
    case EngineSessionState::Unknown:
        break;
    }
    return state.raw();
}

EngineHealth engineHealthFromStatus(int httpStatus)
{
    if (httpStatus == 200)
        return EngineHealth::Healthy;
    if (httpStatus == 429)
        return EngineHealth::Busy;
    return EngineHealth::Unhealthy;
}

QString displayName(EngineHealth health)
{
    switch (health) {
    case EngineHealth::Healthy:
        return QCoreApplication::translate("odag::EngineHealth", "Healthy");
    case EngineHealth::Busy:
        return QCoreApplication::translate("odag::EngineHealth", "Alive but too busy");
    case EngineHealth::Unhealthy:
        return QCoreApplication::translate("odag::EngineHealth", "Not healthy");
    }
    return {};
}

} // namespace odag
