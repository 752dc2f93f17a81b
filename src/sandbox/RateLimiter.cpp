#include "RateLimiter.h"

#include <algorithm>
#include <cmath>

namespace odag::sandbox {

RateLimiter::RateLimiter()
{
    for (Tier t : kAllTiers)
        m_budgets.insert(int(t), defaultBudgetPerMinute(t));
    m_clock.start();
}

void RateLimiter::setBudget(Tier tier, int calls)
{
    m_budgets.insert(int(tier), calls);
}

int RateLimiter::budget(Tier tier) const
{
    return m_budgets.value(int(tier), 0);
}

void RateLimiter::reset()
{
    m_calls.clear();
}

RateLimiter::Decision RateLimiter::take(const QString &key, Tier tier)
{
    Decision d;
    const int limit = budget(tier);
    if (!m_enabled || tier == Tier::Unmetered || limit <= 0)
        return d;

    const qint64 now = m_clock.elapsed();
    std::deque<qint64> &calls = m_calls[QString::number(int(tier)) + QLatin1Char('|') + key];
    while (!calls.empty() && calls.front() <= now - m_windowMs)
        calls.pop_front();

    if (qsizetype(calls.size()) >= limit) {
        d.allowed = false;
        d.remaining = 0;
        const qint64 waitMs = calls.front() + m_windowMs - now;
        d.retryAfterSeconds = std::max(1, int(std::ceil(double(waitMs) / 1000.0)));
        return d;
    }
    calls.push_back(now);
    d.remaining = limit - int(calls.size());
    return d;
}

} // namespace odag::sandbox
