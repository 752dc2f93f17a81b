#pragma once

#include "core/OdagRequest.h"
#include "core/QseOdag.h"

namespace odag::gui {

// Qlik Sense Enterprise requests in the Qlik Cloud shape the monitor shows: ID, link,
// owner, status as state (completed -> succeeded, cancelled -> canceled; Cloud-style
// states pass through), dates, apps, statusMessage as errorMessage. The request as read
// is kept in `extra["qseRequest"]`.
odag::RequestObject fromQse(const odag::QseRequest &request);

} // namespace odag::gui
