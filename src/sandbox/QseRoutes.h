#pragma once

// The Qlik Sense Enterprise ODAG service paths (seed 001) under /api/odag/v1, with the
// Xrfkey check and header authentication of the pipeline:
//   GET /api/odag/v1/about  {version, stabilityIndex}

namespace odag::sandbox {

class SandboxServer;

void registerQseRoutes(SandboxServer &server);

} // namespace odag::sandbox
