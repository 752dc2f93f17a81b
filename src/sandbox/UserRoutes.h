#pragma once

// The signed-in user: GET /api/v1/users/me answers the caller as a Qlik Cloud User
// (id, name, subject, email, tenantId, assignedRoles, assignedGroups).

namespace odag::sandbox {

class SandboxServer;

void registerUserRoutes(SandboxServer &server);

} // namespace odag::sandbox
