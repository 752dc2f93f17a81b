#pragma once

// Tenant-level ODAG shapes of Qlik Cloud: the ODAG apps list (analytics/odag-apps), the
// ODAG settings and their update permission (analytics/odag-settings), and the
// link-create permission (odag-links/cancreate).

#include "OdagCommon.h"

namespace odag {

// AppTypeV2: the role an app plays in ODAG.
enum class OdagAppType
{
    Unknown,
    Selection,
    Template,
    Generated
};

template <> struct EnumTraits<OdagAppType>
{
    static constexpr std::array names{
        std::pair{OdagAppType::Selection, "selection"},
        std::pair{OdagAppType::Template, "template"},
        std::pair{OdagAppType::Generated, "generated"},
    };
};

QString displayName(const OpenEnum<OdagAppType> &t);

// OdagAppsResponseBodyV2: `data` is optional in the schema.
struct OdagApps
{
    std::optional<QList<AppStateCondensed>> data;
    QJsonObject extra;

    template <class V> static void fields(V &v) { v("data", &OdagApps::data); }
    bool operator==(const OdagApps &) const = default;

    QList<AppStateCondensed> apps() const { return data.value_or(QList<AppStateCondensed>{}); }
};

// OdagSettingsV2, also the shape of SettingsPutPayload (the same two optional members:
// an absent member is left unchanged by a PUT).
struct OdagSettings
{
    std::optional<bool> odagEnabled;
    std::optional<bool> dynamicViewEnabled;
    QJsonObject extra;

    template <class V> static void fields(V &v)
    {
        v("odagEnabled", &OdagSettings::odagEnabled);
        v("dynamicViewEnabled", &OdagSettings::dynamicViewEnabled);
    }
    bool operator==(const OdagSettings &) const = default;
};
using OdagSettingsPutPayload = OdagSettings;

// CanUpdateSettings: absent reads as "no".
struct CanUpdateSettings
{
    std::optional<bool> canUpdateSettings;
    QJsonObject extra;

    template <class V> static void fields(V &v)
    {
        v("canUpdateSettings", &CanUpdateSettings::canUpdateSettings);
    }
    bool operator==(const CanUpdateSettings &) const = default;

    bool allowed() const { return canUpdateSettings.value_or(false); }
};

// CanCreateLinks: absent reads as "no".
struct CanCreateLinks
{
    std::optional<bool> canCreateLinks;
    QJsonObject extra;

    template <class V> static void fields(V &v)
    {
        v("canCreateLinks", &CanCreateLinks::canCreateLinks);
    }
    bool operator==(const CanCreateLinks &) const = default;

    bool allowed() const { return canCreateLinks.value_or(false); }
};

} // namespace odag
