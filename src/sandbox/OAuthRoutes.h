#pragma once

// OAuth2 of the sandbox tenant, as Qlik Cloud offers it to a native app: the
// authorization code grant with PKCE (S256 only) for the registered public client
// `odag-admin` with any loopback redirect URI, refresh tokens that rotate on every use,
// and revocation.
//
//   GET  /oauth/authorize  an HTML page to choose a demo user and Allow or Deny
//   POST /oauth/authorize  the page's form: 302 to redirect_uri with code & state
//                          (or error=access_denied)
//   POST /oauth/token      grant_type=authorization_code | refresh_token (form or JSON)
//   POST /oauth/revoke     token=... : that token and every token of its sign-in die
//
// Codes and tokens live in the sandbox store (they survive a restart with --data), under
// the SHA-256 of their value, so the database never holds a usable secret. Access tokens
// expire on the sandbox clock after SandboxOptions::oauthTokenLifetimeSeconds.

#include <QString>

namespace odag::sandbox {

class SandboxServer;
struct SandboxUser;

inline constexpr char kOAuthClientId[] = "odag-admin";

void registerOAuthRoutes(SandboxServer &server);

// The user an access token issued by /oauth/token stands for. nullptr when the token is
// none of ours; then `*expired` says whether it was ours once and has expired (or was
// revoked), for a precise 401.
const SandboxUser *userForAccessToken(SandboxServer &server, const QString &token, bool *expired);

} // namespace odag::sandbox
