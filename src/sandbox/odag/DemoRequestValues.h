#pragma once

// What the demo requests are made of: plausible field values for a selection-app field
// (by its name: regions, carriers, airports, years...), selection states that suit a
// link's bindings, and realistic reasons for failed loads.

#include "SandboxLinks.h"

#include "core/OdagRequest.h"

#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace odag::sandbox::demovalues {

QStringList valuePool(const QString &field);

// A bindSelectionState for the link's bindings (counts within their ranges, sometimes an
// optional value); splitField, when given, holds splitValue alone.
SelectionState selectionFor(QRandomGenerator &rng, const StoredLink &link,
                            const QString &splitField, const QString &splitValue);

// Why the load of this request failed.
QString failureMessage(QRandomGenerator &rng, const RequestObject &request);

} // namespace odag::sandbox::demovalues
