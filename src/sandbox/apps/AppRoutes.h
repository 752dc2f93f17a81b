#pragma once

// The sandbox tenant's Qlik Cloud /api/v1 resources around apps (seed 003, seed 004's
// app paths, spaces.d.ts, items.d.ts, apps.d.ts, reloads.d.ts):
//   spaces, their assignments and types     SpaceRoutes.cpp
//   items (apps as hub items)               ItemRoutes.cpp
//   apps: create, read, change, copy, move,
//     change owner, publish, unpublish      AppRoutes.cpp
//   export, temp-contents download, import  AppTransferRoutes.cpp
//   data model, lineage, scripts, reload
//     logs, media                           AppDataRoutes.cpp, AppMediaRoutes.cpp
//   reloads                                 ReloadRoutes.cpp, ReloadRunner.h
// Requests and answers use the core types (core/Spaces.h, Apps.h, ...), so the sandbox
// and the client agree on every shape. Request bodies are read in both the seed shape
// and the real one; answers take the real shape.

#include <QString>

namespace odag::sandbox {

class SandboxServer;

// Registers every route above.
void registerAppRoutes(SandboxServer &server);

// The parts, for registerAppRoutes().
void registerSpaceRoutes(SandboxServer &server);
void registerItemRoutes(SandboxServer &server);
void registerAppResourceRoutes(SandboxServer &server);
void registerAppTransferRoutes(SandboxServer &server);
void registerAppDataRoutes(SandboxServer &server);
void registerAppMediaRoutes(SandboxServer &server);
void registerReloadRoutes(SandboxServer &server);

// The hub item ID of an app (items and apps have different IDs, as on a real tenant).
QString sandboxItemIdForApp(const QString &appId);

} // namespace odag::sandbox
