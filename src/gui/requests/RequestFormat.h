#pragma once

#include "core/OdagRequest.h"

#include <QColor>
#include <QString>

namespace odag::gui {

// How the request monitor words and colours a request's values: times, durations, row
// estimates against their bounds, the problem to show, and the state's colour and sort
// order. Shared by the model, its delegate and the details panel so they agree.
namespace RequestFormat {

// Local date and time with seconds; empty for RequestsModel::kNoTime.
QString time(qint64 msSinceEpoch);
// "850 ms", "42 s", "3 min 05 s", "2 h 10 min".
QString duration(qint64 ms);
// "12,400 (≤ 50,000)", "12,400 (1,000–50,000)", or just the estimate.
QString rowEstimate(const odag::RequestObject &request);
// The error message, else the validation messages; empty when all is well.
QString problem(const odag::RequestObject &request);
// Pending states first (loading, queued...), then the finished ones.
int stateOrder(RequestState state);
// The pill colour of a state (readable with white text in light and dark palettes).
QColor stateColor(RequestState state);

} // namespace RequestFormat

} // namespace odag::gui
