#pragma once

// The Qlik Associative Engine's REST health paths (seed 004) under /engine:
//   GET /engine/health       200 {} (no authentication: a liveness probe)
//   GET /engine/healthcheck  HealthcheckStatus with this process's real figures
//   GET /engine/sessions     one active session per user seen in the last 30 minutes

namespace odag::sandbox {

class SandboxServer;

// The store collection the apps resource keeps apps in; the healthcheck counts it.
inline constexpr char kAppsCollection[] = "apps";
// A user counts as having a session for this long after their last call (simulated).
inline constexpr int kSessionIdleMinutes = 30;
// The engine version the sandbox reports (the version seed 004 documents).
inline constexpr char kEngineVersion[] = "12.268.0";

void registerEngineRoutes(SandboxServer &server);

} // namespace odag::sandbox
