#pragma once

// What every ODAG route of the sandbox shares: the "ODAG not enabled" refusal, the
// ErrorV2 codes of the link paths, who may create, read and change a link, how a caller
// is described (owner, context identity), the per-caller view of a stored link, and the
// marker that makes an app an ODAG-generated app.
//
// Decisions where the seeds are silent (each applied here, in one place):
// - ODAG switched off (odag-settings odagEnabled = false): every link and request path,
//   Cloud and QSE, answers 404 with code ODAG-NOT-ENABLED; seed 002 lists "404 ODAG not
//   enabled" on the link paths. The settings and odag-apps paths keep working, so that an
//   administrator can switch ODAG back on and see what exists.
// - Creating links (cancreate): tenant administrators and users with the role
//   TenantAdmin, AnalyticsAdmin or Developer. With optDenyIfSelAppNotUpdatable and
//   optSelectAppId, also the selection app's owner or an administrator only.
// - Reading a link: everyone may read a link that is not decommissioned; a decommissioned
//   link is visible to its owner and administrators only (it is retired, and the link
//   usages of a selection app then carry its ID without the link).
// - Privileges of the caller on a link: "read"; "update" for its owner and
//   administrators while the link is not decommissioned; "change_owner" for
//   administrators.
// - genAppAccessible (single-link GET): the link is active, has a template app, and its
//   `disable` property is not true for the caller.
// - The caller's context identity (User.name = ...) uses the display name ("Jonas Berg"),
//   as Qlik Cloud names users; User.id, User.subject, User.group and User.role as stored.
//
// Generated apps: an app that ODAG generated carries in its custom attributes
//   "custom": {"odagGenerated": {"requestId": "<request ID>", "linkId": "<link ID>"}}
// (plus originAppId = the template app). odag-apps?appType=generated lists those apps.

#include "SandboxLinks.h"

#include "core/OdagLink.h"
#include "core/rules/ContextExpression.h"
#include "core/rules/PropertyResolver.h"
#include "sandbox/SandboxRequest.h"
#include "sandbox/SandboxResponse.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace odag::sandbox {

class SandboxServer;
struct SandboxUser;

// The ErrorV2 codes of the link paths (odag-links, odag-apps, the QSE link paths).
namespace linkcode {
inline constexpr char kOdagNotEnabled[] = "ODAG-NOT-ENABLED";
inline constexpr char kLinkNotFound[] = "ODAG-LINK-NOT-FOUND";
inline constexpr char kAppNotFound[] = "ODAG-APP-NOT-FOUND";
inline constexpr char kUserNotFound[] = "ODAG-USER-NOT-FOUND";
inline constexpr char kInvalidId[] = "ODAG-INVALID-ID";
inline constexpr char kInvalidParameter[] = "ODAG-INVALID-PARAMETER";
inline constexpr char kInvalidLink[] = "ODAG-INVALID-LINK";
inline constexpr char kSameApp[] = "ODAG-SAME-APP";
inline constexpr char kCannotCreate[] = "ODAG-CANNOT-CREATE";
inline constexpr char kNotOwner[] = "ODAG-LINK-NOT-OWNER";
inline constexpr char kOwnerChange[] = "ODAG-LINK-OWNER-CHANGE";
inline constexpr char kConflict[] = "ODAG-LINK-MODIFIED";
inline constexpr char kDecommissioned[] = "ODAG-LINK-DECOMMISSIONED";
inline constexpr char kIncomplete[] = "ODAG-LINK-INCOMPLETE";
inline constexpr char kStatusSetting[] = "ODAG-INVALID-STATUS-SETTING";
inline constexpr char kDynamicViewDisabled[] = "ODAG-DYNAMIC-VIEW-DISABLED";
inline constexpr char kStore[] = "ODAG-STORE";
} // namespace linkcode

// The custom attribute that marks an ODAG-generated app (see above).
inline constexpr char kOdagGeneratedAttribute[] = "odagGenerated";

bool odagEnabled(SandboxServer &server);
bool dynamicViewEnabled(SandboxServer &server);
// The 404 (ErrorV2, or {message} on the QSE paths) a path answers while ODAG is switched
// off; nullopt while it is on. Every ODAG link and request route calls it first.
std::optional<SandboxResponse> refuseIfOdagDisabled(SandboxServer &server,
                                                    const SandboxRequest &request);

// An ODAG error in the request's area shape; the title is the status's standard title.
SandboxResponse odagError(const SandboxRequest &request, int status, const char *code,
                          const QString &detail);

// 24 hex digits, the shape of every Qlik Cloud ID (links, requests, apps).
bool isQlikId(const QString &id);

// Reads an optional boolean query item (`true`/`false`); a 400 naming it otherwise.
std::optional<SandboxResponse> readBoolQuery(const SandboxRequest &request, const QString &name,
                                             std::optional<bool> &out);
// Reads the `type` query item of the link lists (link, view, all; default link).
std::optional<SandboxResponse> readLinkType(const SandboxRequest &request, LinkType &out);
// A link of this kind is listed for `type` (dynamic views are "view").
bool linkHasType(const LinkStateFull &link, LinkType type);

// The simulated time as stored in link and request dates (UTC, milliseconds).
DateTime odagNow(SandboxServer &server);
// A modifiedDate for a write: now, or one millisecond after `previous` when the clock has
// not moved past it, so every write gets a newer modifiedDate than the one before.
DateTime nextModifiedDate(SandboxServer &server, const std::optional<DateTime> &previous);

UserStateCondensed condensedUser(const SandboxUser &user);
rules::UserIdentity userIdentity(const SandboxUser &user);

bool canCreateLinks(const SandboxUser &user);
bool canReadLink(const StoredLink &link, const SandboxUser &user);
QStringList linkPrivileges(const StoredLink &link, const SandboxUser &user);

// The link's property values for this user, with the dynamic-view overrides applied
// (seed 002: retention 24 hours, at most one generated app).
rules::ResolvedProperties linkPropertiesFor(const StoredLink &link, const SandboxUser &user);
bool genAppAccessible(const StoredLink &link, const SandboxUser &user);

struct LinkView
{
    bool single = false;        // a single-link GET: adds genAppAccessible
    bool includeCharts = false; // adds templateAppChartObjects
};
// The link as the Cloud paths answer it to `user`: privileges, the template app's current
// name, and what `view` asks for.
LinkStateFull linkForCaller(SandboxServer &server, const StoredLink &link, const SandboxUser &user,
                            LinkView view = {});

} // namespace odag::sandbox
