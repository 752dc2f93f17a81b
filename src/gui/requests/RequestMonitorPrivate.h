#pragma once

// The state RequestMonitor keeps between and during polling rounds; shared by its two
// implementation files (RequestMonitor.cpp: rounds; RequestMonitorLoad.cpp: first load).

#include "RequestMonitor.h"

#include <QDateTime>

namespace odag::gui {

// What the monitor knows about one link between rounds.
struct RequestMonitor::LinkState
{
    QSet<QString> pending;     // requests of this link last seen pending
    qint64 lastActiveMs = 0;   // last round that saw a pending request
    qint64 nextFullCheckMs = 0; // idle links: when to list all its requests again
    quint64 issued = 0;        // generation of the last call sent for this link
    quint64 applied = 0;       // generation of the newest answer applied
};

// One polling round: the calls still out and what they found.
struct RequestMonitor::Round
{
    int outstanding = 0;
    int calls = 0;
    bool throttled = false;
    bool failed = false;
    QString what;
    std::optional<api::ApiError> error;
    QList<odag::RequestObject> changed;
};

inline qint64 monitorNowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace odag::gui
