#pragma once

// The ten context-scoped properties of a Qlik Cloud ODAG link (LinkPropertiesV2, seed
// 002). Each property is a list of {context, value} entries; the context is an
// expression such as `User_*` that is kept exactly as read (see API-NOTES.md).

#include "Json.h"

namespace odag {

// AppNameParameterV2: the variables a genAppName format string may refer to as {N}.
enum class AppNameParameter
{
    Unknown,
    TemplateAppName,
    UserId,
    CurYear,
    CurMonth,
    CurDay,
    CurHr,
    CurMin,
    CurSec
};

// LinkPropLimitPolicyV2.limitPolicy: what happens when genAppLimit is reached.
enum class LimitPolicy
{
    Unknown,
    Restrict,
    AutoDelete
};

// LinkPropAppOpenMethodV2.openMethod
enum class AppOpenMethod
{
    Unknown,
    Tab,
    Window
};

template <> struct EnumTraits<AppNameParameter>
{
    static constexpr std::array names{
        std::pair{AppNameParameter::TemplateAppName, "templateAppName"},
        std::pair{AppNameParameter::UserId, "userId"},
        std::pair{AppNameParameter::CurYear, "curYear"},
        std::pair{AppNameParameter::CurMonth, "curMonth"},
        std::pair{AppNameParameter::CurDay, "curDay"},
        std::pair{AppNameParameter::CurHr, "curHr"},
        std::pair{AppNameParameter::CurMin, "curMin"},
        std::pair{AppNameParameter::CurSec, "curSec"},
    };
};

template <> struct EnumTraits<LimitPolicy>
{
    static constexpr std::array names{
        std::pair{LimitPolicy::Restrict, "Restrict"},
        std::pair{LimitPolicy::AutoDelete, "AutoDelete"},
    };
};

template <> struct EnumTraits<AppOpenMethod>
{
    static constexpr std::array names{
        std::pair{AppOpenMethod::Tab, "Tab"},
        std::pair{AppOpenMethod::Window, "Window"},
    };
};

QString displayName(const OpenEnum<AppNameParameter> &p);
QString displayName(const OpenEnum<LimitPolicy> &p);
QString displayName(const OpenEnum<AppOpenMethod> &m);

// LinkPropDisableV2
struct LinkPropDisable
{
    QString context;
    bool disable = false;
    QJsonObject extra;

    template <class V> static void fields(V &v)
    {
        v("context", &LinkPropDisable::context);
        v("disable", &LinkPropDisable::disable);
    }
    bool operator==(const LinkPropDisable &) const = default;
};

// LinkPropMenuLabelV2
struct LinkPropMenuLabel
{
    QString context;
    QString label;
    QJsonObject extra;

    template <class V> static void fields(V &v)
    {
        v("context", &LinkPropMenuLabel::context);
        v("label", &LinkPropMenuLabel::label);
    }
    bool operator==(const LinkPropMenuLabel &) const = default;
};

// LinkPropGenAppNameV2: formatString with {N} markers indexing into params.
struct LinkPropGenAppName
{
    QString context;
    QString formatString;
    std::optional<QList<OpenEnum<AppNameParameter>>> params;
    QJsonObject extra;

    template <class V> static void fields(V &v)
    {
        v("context", &LinkPropGenAppName::context);
        v("formatString", &LinkPropGenAppName::formatString);
        v("params", &LinkPropGenAppName::params);
    }
    bool operator==(const LinkPropGenAppName &) const = default;
};

// LinkPropGenAppLimitV2: the service's minimum is 1; lint says so, decoding does not.
struct LinkPropGenAppLimit
{
    QString context;
    int limit = 0;
    QJsonObject extra;

    template <class V> static void fields(V &v)
    {
        v("context", &LinkPropGenAppLimit::context);
        v("limit", &LinkPropGenAppLimit::limit);
    }
    bool operator==(const LinkPropGenAppLimit &) const = default;
};

// LinkPropLimitPolicyV2
struct LinkPropLimitPolicy
{
    QString context;
    OpenEnum<LimitPolicy> limitPolicy;
    QJsonObject extra;

    template <class V> static void fields(V &v)
    {
        v("context", &LinkPropLimitPolicy::context);
        v("limitPolicy", &LinkPropLimitPolicy::limitPolicy);
    }
    bool operator==(const LinkPropLimitPolicy &) const = default;
};

// LinkPropRowEstRangeV2. The schema says "integer" without a format; row estimates are
// row counts of the template app's source, which pass 2^31 on the large data sets ODAG
// exists for, so they are kept as 64-bit.
struct LinkPropRowEstRange
{
    QString context;
    std::optional<qint64> lowBound;
    qint64 highBound = 0;
    QJsonObject extra;

    template <class V> static void fields(V &v)
    {
        v("context", &LinkPropRowEstRange::context);
        v("lowBound", &LinkPropRowEstRange::lowBound);
        v("highBound", &LinkPropRowEstRange::highBound);
    }
    bool operator==(const LinkPropRowEstRange &) const = default;
};

// LinkPropTargetSheetV2. sheetName is read-only: the service fills it on GET.
struct LinkPropTargetSheet
{
    QString context;
    QString sheetId;
    std::optional<QString> sheetName;
    QJsonObject extra;

    template <class V> static void fields(V &v)
    {
        v("context", &LinkPropTargetSheet::context);
        v("sheetId", &LinkPropTargetSheet::sheetId);
        v("sheetName", &LinkPropTargetSheet::sheetName);
    }
    bool operator==(const LinkPropTargetSheet &) const = default;
};

// LinkPropAppOpenMethodV2
struct LinkPropAppOpenMethod
{
    QString context;
    OpenEnum<AppOpenMethod> openMethod;
    QJsonObject extra;

    template <class V> static void fields(V &v)
    {
        v("context", &LinkPropAppOpenMethod::context);
        v("openMethod", &LinkPropAppOpenMethod::openMethod);
    }
    bool operator==(const LinkPropAppOpenMethod &) const = default;
};

// LinkPropAppRetentionTimeV2: an ISO 8601 duration or `unlimited`, kept as text.
struct LinkPropAppRetentionTime
{
    QString context;
    QString retentionTime;
    QJsonObject extra;

    template <class V> static void fields(V &v)
    {
        v("context", &LinkPropAppRetentionTime::context);
        v("retentionTime", &LinkPropAppRetentionTime::retentionTime);
    }
    bool operator==(const LinkPropAppRetentionTime &) const = default;
};

// LinkPropOverrideGenAppLimitV2: the value itself is optional in the schema (absent
// reads as the documented default, false).
struct LinkPropOverrideGenAppLimit
{
    QString context;
    std::optional<bool> overrideGenAppLimit;
    QJsonObject extra;

    template <class V> static void fields(V &v)
    {
        v("context", &LinkPropOverrideGenAppLimit::context);
        v("overrideGenAppLimit", &LinkPropOverrideGenAppLimit::overrideGenAppLimit);
    }
    bool operator==(const LinkPropOverrideGenAppLimit &) const = default;
};

// LinkPropertiesV2: rowEstRange is the only required property.
struct LinkProperties
{
    std::optional<QList<LinkPropDisable>> disable;
    std::optional<QList<LinkPropMenuLabel>> menuLabel;
    std::optional<QList<LinkPropGenAppName>> genAppName;
    std::optional<QList<LinkPropGenAppLimit>> genAppLimit;
    std::optional<QList<LinkPropLimitPolicy>> limitPolicy;
    QList<LinkPropRowEstRange> rowEstRange;
    std::optional<QList<LinkPropTargetSheet>> targetSheet;
    std::optional<QList<LinkPropAppOpenMethod>> appOpenMethod;
    std::optional<QList<LinkPropAppRetentionTime>> appRetentionTime;
    std::optional<QList<LinkPropOverrideGenAppLimit>> overrideGenAppLimit;
    QJsonObject extra;

    template <class V> static void fields(V &v)
    {
        v("disable", &LinkProperties::disable);
        v("menuLabel", &LinkProperties::menuLabel);
        v("genAppName", &LinkProperties::genAppName);
        v("genAppLimit", &LinkProperties::genAppLimit);
        v("limitPolicy", &LinkProperties::limitPolicy);
        v("rowEstRange", &LinkProperties::rowEstRange);
        v("targetSheet", &LinkProperties::targetSheet);
        v("appOpenMethod", &LinkProperties::appOpenMethod);
        v("appRetentionTime", &LinkProperties::appRetentionTime);
        v("overrideGenAppLimit", &LinkProperties::overrideGenAppLimit);
    }
    bool operator==(const LinkProperties &) const = default;

    // Every context expression used by any property, in first-seen order (the rows of
    // the property matrix).
    QStringList contexts() const;
};

} // namespace odag
