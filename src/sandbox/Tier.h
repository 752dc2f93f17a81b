#pragma once

// Qlik's rate-limit tiers (core/Tier.h) as the sandbox enforces them: per user, over a
// rolling minute, with the names /sandbox/stats uses.

#include "core/Tier.h"

#include <QString>

#include <array>

namespace odag::sandbox {

using odag::Tier;

inline constexpr std::array<Tier, 4> kAllTiers{Tier::Tier1, Tier::Tier2, Tier::Special,
                                               Tier::Unmetered};

constexpr int defaultBudgetPerMinute(Tier tier)
{
    return tierLimitPerMinute(tier);
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
