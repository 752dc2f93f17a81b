#pragma once

// The request operations work on the Qlik Cloud request shape (RequestObject). Qlik Sense
// Enterprise answers its own shape (QseRequest, seed 001); this maps it onto the Cloud one
// so actions, history and notifications have one type to read.

#include "core/OdagRequest.h"
#include "core/QseOdag.h"

namespace odag::gui::qsemapping {

// queued -> queued, loading -> loading, completed -> succeeded, failed -> failed,
// cancelled -> canceled; an unknown status is kept as read (an open enum).
OpenEnum<RequestState> stateOf(const std::optional<OpenEnum<QseRequestStatus>> &status);

// The shared fields of a QSE request in the Cloud shape: id, link, owner, state,
// created/modified, template/selection app, generated app (id and name), and the status
// message as errorMessage when the request failed.
RequestObject toRequestObject(const QseRequest &request);

} // namespace odag::gui::qsemapping
