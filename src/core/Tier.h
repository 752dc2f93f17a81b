#pragma once

namespace odag {

// Qlik's rate-limit tiers (x-qlik-tier in the seeds, "Facts" in the docs), counted per
// user per tenant over a rolling minute. The client budgets its calls by them and the
// sandbox enforces them.
enum class Tier {
    Tier1,     // 1,000 requests per minute (reads)
    Tier2,     // 100 requests per minute (writes, actions)
    Special,   // 50 per minute: reload creation and cancel
    Unmetered  // not rate limited (engine health, the sandbox's control paths)
};

constexpr int tierLimitPerMinute(Tier t)
{
    switch (t) {
    case Tier::Tier1:
        return 1000;
    case Tier::Tier2:
        return 100;
    case Tier::Special:
        return 50;
    case Tier::Unmetered:
        return 0;
    }
    return 0;
}

} // namespace odag
