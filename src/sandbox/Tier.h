#pragma once

// Qlik's rate-limit tiers as the sandbox enforces them: per user, over a rolling minute.
// The sandbox keeps its own copy so that it does not depend on the client library.

#include <QString>

#include <array>

namespace odag::sandbox {

enum class Tier
{
    Tier1,    // 1,000 calls per minute (reads)
    Tier2,    // 100 per minute (writes, actions)
    Special,  // 50 per minute: reload creation and cancel
    Unmetered // not counted (health probes, the sandbox's own control paths)
};

inline constexpr std::array<Tier, 4> kAllTiers{Tier::Tier1, Tier::Tier2, Tier::Special,
                                               Tier::Unmetered};

constexpr int defaultBudgetPerMinute(Tier tier)
{
    switch (tier) {
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

// The name used in /sandbox/stats.
inline QString tierName(Tier tier)
{
    switch (tier) {
    case Tier::Tier1:
        return QStringLiteral("tier1");
    case Tier::Tier2:
        return QStringLiteral("tier2");
    case Tier::Special:
        return QStringLiteral("special");
    case Tier::Unmetered:
        return QStringLiteral("unmetered");
    }
    return {};
}

} // namespace odag::sandbox
