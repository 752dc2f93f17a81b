#pragma once

// The ODAG links of the demo tenant (IDs in DemoLinkIds.h): thirteen links over the demo
// selection/template pairs with context-scoped properties for all users, for groups and
// roles and for single users (different row estimate ranges, limits with Restrict and
// AutoDelete, retention PT24H, P7D and unlimited, menu labels, target sheets), owned by
// the admin and both authors: active, disabled, decommissioned and incomplete links and
// two dynamic views. Bindings come from the template scripts, as on a real tenant.
// Each link is written only when absent; a link whose apps do not exist is left out.

namespace odag::sandbox {

class SandboxServer;

// Returns false when the store refused a write.
bool seedDemoLinks(SandboxServer &server);

} // namespace odag::sandbox
