#pragma once

// The sandbox's own control paths (administrators only; never rate limited, never hit
// by injected faults, not counted in the statistics):
//   GET    /sandbox/stats        calls per route pattern and per tier, 429s, faults
//   POST   /sandbox/stats/reset  starts counting afresh (204)
//   GET    /sandbox/faults       the fault rules and their state
//   PUT    /sandbox/faults       replaces the rules: an array, or {"seed": N, "rules": [...]}
//   DELETE /sandbox/faults       removes every rule (204)

namespace odag::sandbox {

class SandboxServer;

void registerControlRoutes(SandboxServer &server);

} // namespace odag::sandbox
