#pragma once

#include "LinkService.h"

#include <QHash>
#include <QJsonObject>

namespace odag::gui {

// An app a bundle's links refer to, as the source tenant named it.
struct BundleApp
{
    QString id;
    QString name;
    QString role; // "selection" or "template"
};

// One link of a bundle: the link JSON as read from the source tenant (unknown fields
// kept), decoded in the source's shape, with its apps.
struct BundleLink
{
    QJsonObject json;
    QString name;
    QString selectionAppId;
    QString selectionAppName;
    QString templateAppId;
    QString templateAppName;
    QString sourceStatus;
    std::optional<LinkStateFull> cloud; // the source was Qlik Cloud
    std::optional<QseLink> qse;         // the source was Qlik Sense Enterprise
};

// What importing one link into the current tenant would do, worked out before any
// write call (the dry run).
struct PlannedLink
{
    int index = -1; // in LinkBundle::links
    QString name;
    QString selectionAppId; // in the target tenant
    QString templateAppId;
    QStringList problems;   // translated; lint findings, missing apps, dropped settings
    bool blocked = false;   // cannot be created (an app is not mapped)
    LinkAddPayload cloud;   // the create body for Qlik Cloud
    QseLinkCreate qse;      // the create body for Qlik Sense Enterprise
};

// The link bundle file (format "odag-admin-link-bundle", version 1): writes the selected
// links with their apps, reads and validates a file, matches its apps by name against a
// tenant's apps, and plans the creates with the app IDs remapped. No network here.
struct LinkBundle
{
    static constexpr int kVersion = 1;

    QString exportedAt;
    QString sourceUrl;
    QString sourceKind; // "cloud" or "qlik-sense-enterprise"
    QList<BundleApp> apps;
    QList<BundleLink> links;

    // The bundle of `records` from the tenant at `baseUrl`.
    static QJsonObject write(const QList<LinkRecord> &records, const QUrl &baseUrl, TenantSession::Kind kind,
                             const QDateTime &now);
    // Reads a bundle file's bytes; the error is a sentence for the user.
    static Result<LinkBundle, QString> read(const QByteArray &bytes);

    // The tenant app with the same name as `app` (exact first, then ignoring case); empty
    // when there is none.
    static QString matchByName(const BundleApp &app, const QList<AppStateCondensed> &tenantApps);
    // The creates for `targetQse` with the bundle's app IDs replaced through `remap`
    // (bundle app ID -> tenant app ID; empty or absent: not mapped).
    QList<PlannedLink> plan(const QHash<QString, QString> &remap, bool targetQse) const;
};

} // namespace odag::gui
