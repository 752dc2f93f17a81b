#include "RateLimiter.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cmath>
#include <memory>

namespace odag::api {

RateLimiter::RateLimiter(double fraction)
{
    // A monotonic clock: a wall-clock jump must not open or close the window.
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    m_clock = [timer] { return timer->elapsed(); };
    for (Tier tier : {Tier::Tier1, Tier::Tier2, Tier::Special, Tier::Unmetered}) {
        const int limit = tierLimitPerMinute(tier);
        m_states[index(tier)].budget =
            limit <= 0 ? 0 : std::max(1, int(std::floor(limit * std::clamp(fraction, 0.0, 1.0))));
    }
}

void RateLimiter::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

qint64 RateLimiter::now() const
{
    return m_clock();
}

int RateLimiter::index(Tier tier)
{
    switch (tier) {
    case Tier::Tier1:
        return 0;
    case Tier::Tier2:
        return 1;
    case Tier::Special:
        return 2;
    case Tier::Unmetered:
        return 3;
    }
    return 0;
}

void RateLimiter::prune(const State &state, qint64 nowMs) const
{
    const qint64 windowStart = nowMs - windowMs;
    qsizetype expired = 0;
    while (expired < state.sent.size() && state.sent.at(expired) <= windowStart)
        ++expired;
    if (expired > 0)
        state.sent.remove(0, expired);
}

qint64 RateLimiter::delayFor(Tier tier, qint64 nowMs) const
{
    if (tier == Tier::Unmetered)
        return 0;
    const State &state = m_states[index(tier)];
    qint64 delay = std::max<qint64>(0, state.holdUntil - nowMs);
    if (state.budget <= 0)
        return delay;
    prune(state, nowMs);
    const qsizetype used = state.sent.size();
    if (used >= state.budget) {
        // The call that must leave the window before one more fits in the budget.
        const qint64 leaves = state.sent.at(used - state.budget) + windowMs;
        delay = std::max(delay, leaves - nowMs);
    }
    return delay;
}

void RateLimiter::record(Tier tier, qint64 nowMs)
{
    if (tier == Tier::Unmetered)
        return;
    State &state = m_states[index(tier)];
    prune(state, nowMs);
    // Keep the list sorted even if a caller passes an older time.
    auto it = std::upper_bound(state.sent.begin(), state.sent.end(), nowMs);
    state.sent.insert(it, nowMs);
}

int RateLimiter::used(Tier tier, qint64 nowMs) const
{
    const State &state = m_states[index(tier)];
    prune(state, nowMs);
    return int(state.sent.size());
}

int RateLimiter::budget(Tier tier) const
{
    return m_states[index(tier)].budget;
}

void RateLimiter::setBudget(Tier tier, int perMinute)
{
    if (tier == Tier::Unmetered)
        return;
    m_states[index(tier)].budget = std::max(1, perMinute);
}

void RateLimiter::holdUntil(Tier tier, qint64 untilMs)
{
    State &state = m_states[index(tier)];
    state.holdUntil = std::max(state.holdUntil, untilMs);
}

qint64 RateLimiter::heldUntil(Tier tier) const
{
    return m_states[index(tier)].holdUntil;
}

} // namespace odag::api
