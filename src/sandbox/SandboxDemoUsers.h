#pragma once

// The built-in users of the sandbox tenant, used when no --users file is given. Their
// API keys are fixed so that tests, the README and the embedded Sandbox profile can use
// them: send `Authorization: Bearer <key>`. On the Qlik Sense Enterprise paths the
// same users log in with `X-Qlik-User: UserDirectory=SANDBOX; UserId=<login>`.

namespace odag::sandbox::demo {

// Maria Keller: tenant administrator (TenantAdmin), may change ODAG settings.
inline constexpr char kAdminId[] = "65f1a2b3c4d5e6f708192a01";
inline constexpr char kAdminKey[] = "sbx-admin-7f3c9a2e51d84b06";
inline constexpr char kAdminLogin[] = "mkeller";

// Jonas Berg: developer, author of ODAG links (Sales).
inline constexpr char kAuthorId[] = "65f1a2b3c4d5e6f708192a02";
inline constexpr char kAuthorKey[] = "sbx-author-2b8e6d41c9a07f35";
inline constexpr char kAuthorLogin[] = "jberg";

// Aiko Tanaka: developer, author of ODAG links (Finance).
inline constexpr char kSecondAuthorId[] = "65f1a2b3c4d5e6f708192a03";
inline constexpr char kSecondAuthorKey[] = "sbx-author-5c1f9e7a3d6b2084";
inline constexpr char kSecondAuthorLogin[] = "atanaka";

// Carlos Mendes: analyst who makes ODAG requests (Sales, EMEA; role Analyzer).
inline constexpr char kAnalystId[] = "65f1a2b3c4d5e6f708192a04";
inline constexpr char kAnalystKey[] = "sbx-analyst-9d4a7c2e8f1b3605";
inline constexpr char kAnalystLogin[] = "cmendes";

inline constexpr char kUserDirectory[] = "SANDBOX";

} // namespace odag::sandbox::demo
