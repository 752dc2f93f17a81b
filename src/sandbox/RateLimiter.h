#pragma once

// Qlik's per-user rate limits: each tier allows a number of calls per user over a
// rolling window (a minute), and a call over the budget is refused with the seconds
// to wait until the oldest counted call leaves the window.

#include "Tier.h"

#include <QElapsedTimer>
#include <QHash>
#include <QString>

#include <deque>

namespace odag::sandbox {

class RateLimiter
{
public:
    struct Decision
    {
        bool allowed = true;
        int retryAfterSeconds = 0; // when refused
        int remaining = -1;        // calls left in the window after this one; -1 unlimited
    };

    RateLimiter();

    // Counts one call of `key` (a user ID) in `tier`, or refuses it.
    Decision take(const QString &key, Tier tier);

    void setEnabled(bool enabled) { m_enabled = enabled; }
    bool isEnabled() const { return m_enabled; }
    // Calls per window; 0 or less lifts the limit of that tier.
    void setBudget(Tier tier, int calls);
    int budget(Tier tier) const;
    void setWindowMs(qint64 ms) { m_windowMs = ms > 0 ? ms : 60000; }
    qint64 windowMs() const { return m_windowMs; }
    // Forgets every counted call.
    void reset();

private:
    bool m_enabled = true;
    qint64 m_windowMs = 60000;
    QHash<int, int> m_budgets;                  // Tier -> calls per window
    QHash<QString, std::deque<qint64>> m_calls; // "tier|key" -> times of counted calls
    QElapsedTimer m_clock;
};

} // namespace odag::sandbox
