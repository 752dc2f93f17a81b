#include "ApiArea.h"

namespace odag::sandbox {

namespace {

bool underPrefix(const QString &path, QLatin1StringView prefix)
{
    // "/api/v1" and "/api/v1/spaces" are under /api/v1; "/api/v10" is not.
    if (!path.startsWith(prefix))
        return false;
    return path.size() == prefix.size() || path.at(prefix.size()) == QLatin1Char('/');
}

} // namespace

ApiArea areaForPath(const QString &path)
{
    if (path.startsWith(QLatin1StringView("/api/analytics/odag-")))
        return ApiArea::OdagCloud;
    if (underPrefix(path, QLatin1StringView("/api/odag/v1")))
        return ApiArea::QseOdag;
    if (underPrefix(path, QLatin1StringView("/api")))
        return ApiArea::CloudV1;
    if (underPrefix(path, QLatin1StringView("/engine")))
        return ApiArea::Engine;
    if (underPrefix(path, QLatin1StringView("/sandbox")))
        return ApiArea::Control;
    return ApiArea::Other;
}

bool areaRequiresAuth(ApiArea area)
{
    return area != ApiArea::Other;
}

} // namespace odag::sandbox
