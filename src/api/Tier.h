#pragma once

#include "core/Tier.h"

namespace odag::api {

using odag::Tier;
using odag::tierLimitPerMinute;

} // namespace odag::api
