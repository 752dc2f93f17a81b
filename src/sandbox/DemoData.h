#pragma once

// The demo tenant that --demo loads. Each piece is written only when it is absent, so a
// data directory that already holds a tenant keeps its state. Today it sets the ODAG
// settings; the demo users come from SandboxUsers::demoUsers().

namespace odag::sandbox {

class SandboxServer;

// Returns false when the store refused a write.
bool seedDemoData(SandboxServer &server);

} // namespace odag::sandbox
