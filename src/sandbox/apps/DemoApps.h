#pragma once

// The demo tenant's spaces, members, apps (with load scripts, script history,
// thumbnails and loaded data) and reload history: the five spaces and seven ODAG apps of
// DemoIds.h plus a dozen ordinary apps in spaces and personal spaces. Each piece is
// written only when absent, so a data directory that holds a tenant keeps its state.

namespace odag::sandbox {

class SandboxServer;

// Returns false when the store refused a write.
bool seedDemoApps(SandboxServer &server);

} // namespace odag::sandbox
