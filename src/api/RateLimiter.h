#pragma once

// RateLimiter: the client-side request budget of one transport (one user on one tenant).
// Each tier may send a fraction of its published per-minute limit over a rolling
// 60-second window, so the app slows itself down before the server answers 429. After a
// 429 the tier is held until its Retry-After has passed. The clock is injectable so
// tests are deterministic.

#include "Tier.h"

#include <QList>
#include <QtGlobal>

#include <array>
#include <functional>

namespace odag::api {

class RateLimiter
{
public:
    using Clock = std::function<qint64()>; // milliseconds, monotonic enough for 60 s windows

    static constexpr qint64 windowMs = 60000;
    static constexpr double defaultFraction = 0.9;

    explicit RateLimiter(double fraction = defaultFraction);

    void setClock(Clock clock);
    qint64 now() const;

    // Milliseconds to wait before a call of `tier` may be sent; 0 means now.
    qint64 delayFor(Tier tier, qint64 nowMs) const;
    qint64 delayFor(Tier tier) const { return delayFor(tier, now()); }
    // Counts a call sent at `nowMs`.
    void record(Tier tier, qint64 nowMs);
    void record(Tier tier) { record(tier, now()); }
    // Calls counted in the window ending at `nowMs`.
    int used(Tier tier, qint64 nowMs) const;

    int budget(Tier tier) const;
    void setBudget(Tier tier, int perMinute);
    // After a 429's Retry-After: no call of `tier` is sent before `untilMs`.
    void holdUntil(Tier tier, qint64 untilMs);
    qint64 heldUntil(Tier tier) const;

private:
    struct State
    {
        int budget = 0;
        qint64 holdUntil = 0;
        mutable QList<qint64> sent; // send times, oldest first
    };
    static int index(Tier tier);
    void prune(const State &state, qint64 nowMs) const;

    Clock m_clock;
    std::array<State, 4> m_states;
};

} // namespace odag::api
