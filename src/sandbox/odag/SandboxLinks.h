#pragma once

// The sandbox's ODAG links: the one place that stores and reads a link, so that the
// Cloud link routes, the QSE link routes and the request engine agree on one shape.
//
// Storage: collection "odag_links", one document per link: the LinkStateFull JSON as a
// Cloud GET answers it for its owner (privileges are computed per caller, not stored),
// plus "selectionApp" (the selection app's ID, which LinkStateFull does not carry) and
// "qseProperties" (what only the QSE link paths carry: genAppAccessible, publishTo).
// Every write is committed before the call returns.

#include "core/OdagLink.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace odag::sandbox {

class SandboxServer;
struct SandboxUser;

inline constexpr char kLinksCollection[] = "odag_links";

struct StoredLink
{
    LinkStateFull link; // as stored (no per-user privileges)
    QString selectionAppId;
    QJsonObject qseProperties; // QSE-only link properties; empty for Cloud-made links
};

class SandboxLinks
{
public:
    explicit SandboxLinks(SandboxServer &server);

    static QString collection(); // kLinksCollection

    std::optional<StoredLink> get(const QString &linkId) const;
    QList<StoredLink> all() const;
    bool put(const StoredLink &link); // insert or replace
    bool remove(const QString &linkId);

    // Only the link's owner or an admin may modify it.
    static bool canModify(const StoredLink &link, const SandboxUser &user);

private:
    SandboxServer &m_server;
};

} // namespace odag::sandbox
