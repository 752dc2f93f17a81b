#pragma once

// Qlik Cloud ODAG links (analytics/odag-links, seed 002): a link, its bindings, the
// create and update payloads, and the selection-app link usages.

#include "OdagCommon.h"
#include "OdagLinkProperties.h"

namespace odag {

// SelectAppParamTypeV2: what kind of selection-app parameter a binding reads.
enum class SelectAppParamType
{
    Unknown,
    Field,
    Variable,
    Property,
    Exclude,
    BDI
};

// LinkStatusV2
enum class LinkStatus
{
    Unknown,
    Active,
    Disabled,
    Decommissioned,
    Incomplete
};

// LinkStatusSettingV2: the status transition requested in an update.
enum class LinkStatusSetting
{
    Unknown,
    Activate,
    Disable,
    Decommission
};

// LinkTypeV2: which links a list returns (plain links, dynamic views, or both).
enum class LinkType
{
    Unknown,
    Link,
    View,
    All
};

template <> struct EnumTraits<SelectAppParamType>
{
    static constexpr std::array names{
        std::pair{SelectAppParamType::Field, "Field"},
        std::pair{SelectAppParamType::Variable, "Variable"},
        std::pair{SelectAppParamType::Property, "Property"},
        std::pair{SelectAppParamType::Exclude, "Exclude"},
        std::pair{SelectAppParamType::BDI, "BDI"},
    };
};

template <> struct EnumTraits<LinkStatus>
{
    static constexpr std::array names{
        std::pair{LinkStatus::Active, "active"},
        std::pair{LinkStatus::Disabled, "disabled"},
        std::pair{LinkStatus::Decommissioned, "decommissioned"},
        std::pair{LinkStatus::Incomplete, "incomplete"},
    };
};

template <> struct EnumTraits<LinkStatusSetting>
{
    static constexpr std::array names{
        std::pair{LinkStatusSetting::Activate, "activate"},
        std::pair{LinkStatusSetting::Disable, "disable"},
        std::pair{LinkStatusSetting::Decommission, "decommission"},
    };
};

template <> struct EnumTraits<LinkType>
{
    static constexpr std::array names{
        std::pair{LinkType::Link, "link"},
        std::pair{LinkType::View, "view"},
        std::pair{LinkType::All, "all"},
    };
};

QString displayName(const OpenEnum<SelectAppParamType> &t);
QString displayName(const OpenEnum<LinkStatus> &s);
QString displayName(const OpenEnum<LinkStatusSetting> &s);
QString displayName(const OpenEnum<LinkType> &t);

// The status a status setting leads to (activate -> active ...); Unknown for unknown.
LinkStatus statusAfter(LinkStatusSetting setting);
// A decommissioned link cannot change status again.
bool canChangeStatus(LinkStatus current);

// BindFormattingV2. Absent members mean the service defaults: quote `'`, delimiter `,`.
struct BindFormatting
{
    std::optional<QString> delimiter;
    std::optional<QString> quote;
    QJsonObject extra;

    template <class V> static void fields(V &v)
    {
        v("delimiter", &BindFormatting::delimiter);
        v("quote", &BindFormatting::quote);
    }
    bool operator==(const BindFormatting &) const = default;

    QString effectiveQuote() const { return quote.value_or(QStringLiteral("'")); }
    QString effectiveDelimiter() const { return delimiter.value_or(QStringLiteral(",")); }
};

// ValueCountRangeV2: how many values a binding needs; an absent bound is no bound.
struct ValueCountRange
{
    std::optional<int> lowerBound;
    std::optional<int> upperBound;
    QJsonObject extra;

    template <class V> static void fields(V &v)
    {
        v("lowerBound", &ValueCountRange::lowerBound);
        v("upperBound", &ValueCountRange::upperBound);
    }
    bool operator==(const ValueCountRange &) const = default;

    bool accepts(qint64 count) const
    {
        return (!lowerBound || count >= *lowerBound) && (!upperBound || count <= *upperBound);
    }
};

// BindingV2: one template-app bind variable fed from a selection-app parameter.
// formatting, numericOnly and selectionStates come from the template script and are
// read-only through the API.
struct Binding
{
    std::optional<BindFormatting> formatting;
    std::optional<bool> numericOnly;
    std::optional<ValueCountRange> range;
    std::optional<QString> selectAppParamName;
    OpenEnum<SelectAppParamType> selectAppParamType;
    std::optional<QString> selectionStates; // letters S and/or O
    QString templateAppVarName;
    QJsonObject extra;

    template <class V> static void fields(V &v)
    {
        v("range", &Binding::range);
        v("formatting", &Binding::formatting);
        v("numericOnly", &Binding::numericOnly);
        v("selectionStates", &Binding::selectionStates);
        v("selectAppParamName", &Binding::selectAppParamName);
        v("selectAppParamType", &Binding::selectAppParamType);
        v("templateAppVarName", &Binding::templateAppVarName);
    }
    bool operator==(const Binding &) const = default;
};

// LinkStateFullV2: a link as the service returns it.
struct LinkStateFull
{
    QString id;
    QString name;
    UserStateCondensed owner;
    OpenEnum<LinkStatus> status;
    std::optional<QList<Binding>> bindings;
    std::optional<QStringList> privileges;
    LinkProperties properties;
    QString rowEstExpr;
    DateTime createdDate;
    std::optional<bool> dynamicView;
    AppStateCondensed templateApp;
    std::optional<DateTime> modifiedDate;
    std::optional<bool> includeScript;
    std::optional<UserStateCondensed> modifiedByUser;
    std::optional<bool> genAppAccessible;              // only on a single-link GET
    std::optional<QJsonArray> templateAppChartObjects; // with includeCharts=true
    std::optional<QString> sourceLinkId;               // read-only (TS client type)
    QJsonObject extra;

    template <class V> static void fields(V &v)
    {
        v("id", &LinkStateFull::id);
        v("name", &LinkStateFull::name);
        v("owner", &LinkStateFull::owner);
        v("status", &LinkStateFull::status);
        v("bindings", &LinkStateFull::bindings);
        v("privileges", &LinkStateFull::privileges);
        v("properties", &LinkStateFull::properties);
        v("rowEstExpr", &LinkStateFull::rowEstExpr);
        v("createdDate", &LinkStateFull::createdDate);
        v("dynamicView", &LinkStateFull::dynamicView);
        v("templateApp", &LinkStateFull::templateApp);
        v("modifiedDate", &LinkStateFull::modifiedDate);
        v("includeScript", &LinkStateFull::includeScript);
        v("modifiedByUser", &LinkStateFull::modifiedByUser);
        v("genAppAccessible", &LinkStateFull::genAppAccessible);
        v("templateAppChartObjects", &LinkStateFull::templateAppChartObjects);
        v("sourceLinkId", &LinkStateFull::sourceLinkId);
    }
    bool operator==(const LinkStateFull &) const = default;

    bool isDynamicView() const { return dynamicView.value_or(false); }
    bool hasPrivilege(const QString &privilege) const
    {
        return privileges && privileges->contains(privilege);
    }
};

// LinkAddPayloadV2: the body of a create. statusSetting is ignored on create (new links
// are always active) but the schema carries it.
struct LinkAddPayload
{
    QString name;
    std::optional<QList<Binding>> bindings;
    std::optional<LinkProperties> properties;
    std::optional<QString> rowEstExpr;
    std::optional<bool> dynamicView;
    std::optional<QString> templateApp;
    QString selectionApp;
    std::optional<bool> includeScript;
    std::optional<OpenEnum<LinkStatusSetting>> statusSetting;
    QJsonObject extra;

    template <class V> static void fields(V &v)
    {
        v("name", &LinkAddPayload::name);
        v("bindings", &LinkAddPayload::bindings);
        v("properties", &LinkAddPayload::properties);
        v("rowEstExpr", &LinkAddPayload::rowEstExpr);
        v("dynamicView", &LinkAddPayload::dynamicView);
        v("templateApp", &LinkAddPayload::templateApp);
        v("selectionApp", &LinkAddPayload::selectionApp);
        v("includeScript", &LinkAddPayload::includeScript);
        v("statusSetting", &LinkAddPayload::statusSetting);
    }
    bool operator==(const LinkAddPayload &) const = default;
};

// LinkPutPayloadV2: the body of an update. With statusSetting set, the service changes
// only the status and ignores the rest.
//
// modifiedDate is not in the published schema (seed 002, the TS client); it is the
// optimistic-concurrency token the service answers 409 on when stale (API-NOTES.md,
// ErrorV2 meta), so the app sends the one it read. Optional: absent stays absent.
struct LinkPutPayload
{
    QString name;
    std::optional<QString> ownerId;
    std::optional<QList<Binding>> bindings;
    std::optional<LinkProperties> properties;
    std::optional<QString> rowEstExpr;
    std::optional<bool> dynamicView;
    std::optional<QString> templateApp;
    QString selectionApp;
    std::optional<bool> includeScript;
    std::optional<OpenEnum<LinkStatusSetting>> statusSetting;
    std::optional<DateTime> modifiedDate;
    QJsonObject extra;

    template <class V> static void fields(V &v)
    {
        v("name", &LinkPutPayload::name);
        v("ownerId", &LinkPutPayload::ownerId);
        v("bindings", &LinkPutPayload::bindings);
        v("properties", &LinkPutPayload::properties);
        v("rowEstExpr", &LinkPutPayload::rowEstExpr);
        v("dynamicView", &LinkPutPayload::dynamicView);
        v("templateApp", &LinkPutPayload::templateApp);
        v("selectionApp", &LinkPutPayload::selectionApp);
        v("includeScript", &LinkPutPayload::includeScript);
        v("statusSetting", &LinkPutPayload::statusSetting);
        v("modifiedDate", &LinkPutPayload::modifiedDate);
    }
    bool operator==(const LinkPutPayload &) const = default;

    // The update that writes `link` back unchanged: every field, including the ones the
    // app does not know (link.extra), and the modifiedDate read. The link state does not
    // carry its selection app, so the caller supplies it.
    static LinkPutPayload fromLink(const LinkStateFull &link, const QString &selectionApp);
    // An update that changes only the status (the service ignores everything else).
    static LinkPutPayload statusChange(const LinkStateFull &link, const QString &selectionApp,
                                       LinkStatusSetting setting);
};

// LinkStateRefV2: one answer of selection-app-link-usages; `link` is absent when the
// current user cannot access the link.
struct LinkStateRef
{
    QString id;
    std::optional<LinkStateFull> link;
    QJsonObject extra;

    template <class V> static void fields(V &v)
    {
        v("id", &LinkStateRef::id);
        v("link", &LinkStateRef::link);
    }
    bool operator==(const LinkStateRef &) const = default;
};

// SelAppLinkUsagePayload: the link IDs a selection app references.
struct SelAppLinkUsagePayload
{
    QStringList linkList;
    QJsonObject extra;

    template <class V> static void fields(V &v)
    {
        v("linkList", &SelAppLinkUsagePayload::linkList);
    }
    bool operator==(const SelAppLinkUsagePayload &) const = default;
};

} // namespace odag
