#pragma once

// The tenant's ODAG settings (real Qlik Cloud endpoints beyond the seeds, API-NOTES.md):
//   GET /api/analytics/odag-settings            {odagEnabled, dynamicViewEnabled}; admins only
//   PUT /api/analytics/odag-settings            changes the fields given; admins only
//   GET /api/analytics/odag-settings/canupdate  {canUpdateSettings} for the caller
// Kept in the store, so they survive restarts.

#include <QJsonObject>

namespace odag::sandbox {

class SandboxServer;

inline constexpr char kSettingsCollection[] = "settings";
inline constexpr char kOdagSettingsId[] = "odag";

// The settings of a tenant nobody has configured yet.
QJsonObject defaultOdagSettings();
// The stored settings, or the defaults.
QJsonObject odagSettings(SandboxServer &server);

void registerOdagSettingsRoutes(SandboxServer &server);

} // namespace odag::sandbox
