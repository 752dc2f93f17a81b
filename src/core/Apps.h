#pragma once

// Qlik Cloud apps (/api/v1/apps). Two shapes exist: seed 003 shows flat AppAttributes in
// and out, real tenants (and the engine reference, seed 004) use NxApp
// `{attributes:{...}, privileges, create}`. Both are typed here; AppInfo reads either
// and gives the GUI one view of an app, and AppWriteInput does the same for request
// bodies the sandbox receives.

#include "AppData.h" // what an app holds: one include gives every app shape
#include "Json.h"
#include "Paging.h"

namespace odag {

enum class AppUsageType
{
    Unknown,
    Analytics,
    DataPreparation,
    DataflowPrep,
    SingleTablePrep,
    DirectQueryMode
};

template <> struct EnumTraits<AppUsageType>
{
    static constexpr std::array names{
        std::pair{AppUsageType::Analytics, "ANALYTICS"},
        std::pair{AppUsageType::DataPreparation, "DATA_PREPARATION"},
        std::pair{AppUsageType::DataflowPrep, "DATAFLOW_PREP"},
        std::pair{AppUsageType::SingleTablePrep, "SINGLE_TABLE_PREP"},
        std::pair{AppUsageType::DirectQueryMode, "DIRECT_QUERY_MODE"}};
};

QString displayName(const OpenEnum<AppUsageType> &usage);

// AppAttributes.links
struct AppLinks
{
    std::optional<Href> self;
    std::optional<Href> open;
    std::optional<Href> thumbnail;
    QJsonObject extra;

    template <class V> static void fields(V &v)
    {
        v("self", &AppLinks::self);
        v("open", &AppLinks::open);
        v("thumbnail", &AppLinks::thumbnail);
    }
    bool operator==(const AppLinks &) const = default;
};

// Seed 003 AppAttributes: the flat app answer.
struct AppAttributes
{
    std::optional<QString> id;
    std::optional<QString> name;
    std::optional<QString> description;
    std::optional<QString> thumbnail;
    std::optional<DateTime> lastReloadTime;
    std::optional<DateTime> createdDate;
    std::optional<DateTime> modifiedDate;
    std::optional<QString> owner;
    std::optional<QString> ownerId;
    std::optional<bool> published;
    std::optional<DateTime> publishTime;
    std::optional<QJsonObject> custom;
    std::optional<QString> dynamicColor;
    std::optional<bool> hasSectionAccess;
    std::optional<bool> isDirectQueryMode;
    std::optional<bool> encrypted;
    std::optional<QString> originAppId;
    std::optional<QString> spaceId;
    std::optional<QString> tenantId;
    std::optional<OpenEnum<AppUsageType>> usage;
    std::optional<AppLinks> links;
    QJsonObject extra;

    template <class V> static void fields(V &v)
    {
        v("id", &AppAttributes::id);
        v("name", &AppAttributes::name);
        v("description", &AppAttributes::description);
        v("thumbnail", &AppAttributes::thumbnail);
        v("lastReloadTime", &AppAttributes::lastReloadTime);
        v("createdDate", &AppAttributes::createdDate);
        v("modifiedDate", &AppAttributes::modifiedDate);
        v("owner", &AppAttributes::owner);
        v("ownerId", &AppAttributes::ownerId);
        v("published", &AppAttributes::published);
        v("publishTime", &AppAttributes::publishTime);
        v("custom", &AppAttributes::custom);
        v("dynamicColor", &AppAttributes::dynamicColor);
        v("hasSectionAccess", &AppAttributes::hasSectionAccess);
        v("isDirectQueryMode", &AppAttributes::isDirectQueryMode);
        v("encrypted", &AppAttributes::encrypted);
        v("originAppId", &AppAttributes::originAppId);
        v("spaceId", &AppAttributes::spaceId);
        v("tenantId", &AppAttributes::tenantId);
        v("usage", &AppAttributes::usage);
        v("links", &AppAttributes::links);
    }
    bool operator==(const AppAttributes &) const = default;
};

// Seed 003 AppCreate (flat).
struct AppCreate
{
    QString name;
    std::optional<QString> description;
    std::optional<QString> spaceId;
    QJsonObject extra;

    template <class V> static void fields(V &v)
    {
        v("name", &AppCreate::name);
        v("description", &AppCreate::description);
        v("spaceId", &AppCreate::spaceId);
    }
    static bool validate(const AppCreate &a, json::Context &ctx);
    bool operator==(const AppCreate &) const = default;
};

// Seed 003 AppUpdate (flat).
struct AppUpdate
{
    std::optional<QString> name;
    std::optional<QString> description;
    QJsonObject extra;

    template <class V> static void fields(V &v)
    {
        v("name", &AppUpdate::name);
        v("description", &AppUpdate::description);
    }
    bool operator==(const AppUpdate &) const = default;
};

// Seed 003 AppCopy (flat).
struct AppCopy
{
    std::optional<QString> name;
    std::optional<QString> spaceId;
    std::optional<QString> description;
    QJsonObject extra;

    template <class V> static void fields(V &v)
    {
        v("name", &AppCopy::name);
        v("spaceId", &AppCopy::spaceId);
        v("description", &AppCopy::description);
    }
    bool operator==(const AppCopy &) const = default;
};

// NxAttributes (seed 004, plus the fields of apps.d.ts). User-defined attributes land in
// `extra`.
struct NxAttributes
{
    std::optional<QString> id;
    std::optional<QString> name;
    std::optional<QString> description;
    std::optional<QString> thumbnail;
    std::optional<DateTime> lastReloadTime;
    std::optional<DateTime> createdDate;
    std::optional<DateTime> modifiedDate;
    std::optional<QString> owner;
    std::optional<QString> ownerId;
    std::optional<QString> dynamicColor;
    std::optional<bool> published;
    std::optional<DateTime> publishTime;
    std::optional<QJsonObject> custom;
    std::optional<bool> encrypted;
    std::optional<bool> hasSectionAccess;
    std::optional<bool> isDirectQueryMode;
    std::optional<QString> originAppId;
    std::optional<QString> spaceId;
    std::optional<OpenEnum<AppUsageType>> usage;
    QJsonObject extra;

    template <class V> static void fields(V &v)
    {
        v("id", &NxAttributes::id);
        v("name", &NxAttributes::name);
        v("description", &NxAttributes::description);
        v("thumbnail", &NxAttributes::thumbnail);
        v("lastReloadTime", &NxAttributes::lastReloadTime);
        v("createdDate", &NxAttributes::createdDate);
        v("modifiedDate", &NxAttributes::modifiedDate);
        v("owner", &NxAttributes::owner);
        v("ownerId", &NxAttributes::ownerId);
        v("dynamicColor", &NxAttributes::dynamicColor);
        v("published", &NxAttributes::published);
        v("publishTime", &NxAttributes::publishTime);
        v("custom", &NxAttributes::custom);
        v("encrypted", &NxAttributes::encrypted);
        v("hasSectionAccess", &NxAttributes::hasSectionAccess);
        v("isDirectQueryMode", &NxAttributes::isDirectQueryMode);
        v("originAppId", &NxAttributes::originAppId);
        v("spaceId", &NxAttributes::spaceId);
        v("usage", &NxAttributes::usage);
    }
    bool operator==(const NxAttributes &) const = default;
};

struct NxAppCreatePrivileges
{
    std::optional<QString> resource;
    std::optional<bool> canCreate;
    QJsonObject extra;

    template <class V> static void fields(V &v)
    {
        v("resource", &NxAppCreatePrivileges::resource);
        v("canCreate", &NxAppCreatePrivileges::canCreate);
    }
    bool operator==(const NxAppCreatePrivileges &) const = default;
};

// NxApp: what a real tenant answers for every app call.
struct NxApp
{
    std::optional<NxAttributes> attributes;
    std::optional<QStringList> privileges;
    std::optional<QList<NxAppCreatePrivileges>> create;
    QJsonObject extra;

    template <class V> static void fields(V &v)
    {
        v("attributes", &NxApp::attributes);
        v("privileges", &NxApp::privileges);
        v("create", &NxApp::create);
    }
    bool operator==(const NxApp &) const = default;
};

// CreateApp.attributes (seed 004 AppAttributes + apps.d.ts).
struct CreateAppAttributes
{
    std::optional<QString> name;
    std::optional<QString> description;
    std::optional<QString> spaceId;
    std::optional<QString> locale;
    std::optional<OpenEnum<AppUsageType>> usage;
    QJsonObject extra;

    template <class V> static void fields(V &v)
    {
        v("name", &CreateAppAttributes::name);
        v("description", &CreateAppAttributes::description);
        v("spaceId", &CreateAppAttributes::spaceId);
        v("locale", &CreateAppAttributes::locale);
        v("usage", &CreateAppAttributes::usage);
    }
    bool operator==(const CreateAppAttributes &) const = default;
};

// CreateApp: the body of POST /apps and POST /apps/{id}/copy that real tenants take.
struct CreateApp
{
    std::optional<CreateAppAttributes> attributes;
    QJsonObject extra;

    template <class V> static void fields(V &v) { v("attributes", &CreateApp::attributes); }
    bool operator==(const CreateApp &) const = default;

    static CreateApp make(const QString &name,
                          const std::optional<QString> &description = std::nullopt,
                          const std::optional<QString> &spaceId = std::nullopt);
};

// UpdateApp.attributes (AppUpdateAttributes).
struct UpdateAppAttributes
{
    std::optional<QString> name;
    std::optional<QString> description;
    QJsonObject extra;

    template <class V> static void fields(V &v)
    {
        v("name", &UpdateAppAttributes::name);
        v("description", &UpdateAppAttributes::description);
    }
    bool operator==(const UpdateAppAttributes &) const = default;
};

// UpdateApp: the body of PUT /apps/{id} that real tenants take.
struct UpdateApp
{
    std::optional<UpdateAppAttributes> attributes;
    QJsonObject extra;

    template <class V> static void fields(V &v) { v("attributes", &UpdateApp::attributes); }
    bool operator==(const UpdateApp &) const = default;
};

// AppPublish: POST /apps/{id}/publish (seed 003, plus apps.d.ts PublishApp).
struct AppPublish
{
    QString spaceId;
    std::optional<QString> data; // "source" | "target"
    std::optional<UpdateAppAttributes> attributes;
    std::optional<bool> moveApp;
    std::optional<QString> originAppId;
    QJsonObject extra;

    template <class V> static void fields(V &v)
    {
        v("spaceId", &AppPublish::spaceId);
        v("data", &AppPublish::data);
        v("attributes", &AppPublish::attributes);
        v("moveApp", &AppPublish::moveApp);
        v("originAppId", &AppPublish::originAppId);
    }
    bool operator==(const AppPublish &) const = default;
};

// PUT /apps/{id}/publish. The same path is seed 003's republish (AppPublish, spaceId),
// the real republish (targetId, checkOriginAppId) and seed 004's publish (stream, for
// client-managed servers); one body type carries all of them, each optional.
struct AppRepublish
{
    std::optional<QString> spaceId;
    std::optional<QString> targetId;
    std::optional<bool> checkOriginAppId;
    std::optional<QString> data;
    std::optional<UpdateAppAttributes> attributes;
    std::optional<QString> stream;
    QJsonObject extra;

    template <class V> static void fields(V &v)
    {
        v("spaceId", &AppRepublish::spaceId);
        v("targetId", &AppRepublish::targetId);
        v("checkOriginAppId", &AppRepublish::checkOriginAppId);
        v("data", &AppRepublish::data);
        v("attributes", &AppRepublish::attributes);
        v("stream", &AppRepublish::stream);
    }
    bool operator==(const AppRepublish &) const = default;
};

// PUT /apps/{id}/owner
struct AppOwnerUpdate
{
    QString ownerId;
    QJsonObject extra;

    template <class V> static void fields(V &v) { v("ownerId", &AppOwnerUpdate::ownerId); }
    bool operator==(const AppOwnerUpdate &) const = default;
};

// PUT /apps/{id}/space
struct AppSpaceUpdate
{
    QString spaceId;
    QJsonObject extra;

    template <class V> static void fields(V &v) { v("spaceId", &AppSpaceUpdate::spaceId); }
    bool operator==(const AppSpaceUpdate &) const = default;
};

// POST /apps/{id}/export body (seed 003; the real service takes the NoData query).
struct AppExportRequest
{
    std::optional<bool> noData;
    QJsonObject extra;

    template <class V> static void fields(V &v) { v("noData", &AppExportRequest::noData); }
    bool operator==(const AppExportRequest &) const = default;
};

// POST /apps/{id}/export answer body (seed 003). Real tenants answer 201 with a Location
// header instead; the client reads either.
struct AppExportAnswer
{
    std::optional<QString> downloadPath;
    QJsonObject extra;

    template <class V> static void fields(V &v)
    {
        v("downloadPath", &AppExportAnswer::downloadPath);
    }
    bool operator==(const AppExportAnswer &) const = default;
};

// One app as the GUI sees it, read from either answer shape. The typed source (nx or
// flat) is kept, and encoding an AppInfo writes it back unchanged.
struct AppInfo
{
    enum class Shape
    {
        NxApp,
        Flat
    };

    Shape shape = Shape::NxApp;
    std::optional<NxApp> nx;
    std::optional<AppAttributes> flat;

    QString id;
    QString name;
    QString description;
    QString spaceId; // empty: personal space
    QString ownerId;
    QString owner;
    QString thumbnail;
    QString originAppId;
    QString tenantId;
    QString dynamicColor;
    bool published = false;
    bool hasSectionAccess = false;
    bool isDirectQueryMode = false;
    bool encrypted = false;
    DateTime publishTime;
    DateTime lastReloadTime;
    DateTime createdDate;
    DateTime modifiedDate;
    std::optional<OpenEnum<AppUsageType>> usage;
    QJsonObject custom;
    QStringList privileges;
    QList<NxAppCreatePrivileges> create;

    static AppInfo fromNx(const NxApp &app);
    static AppInfo fromFlat(const AppAttributes &app);
    QJsonObject original() const;

    // Qlik Cloud marks a published app by a non-empty publishTime; client-managed
    // servers by `published`.
    bool isPublished() const { return published || !publishTime.isEmpty(); }
    bool can(const QString &privilege) const { return privileges.contains(privilege); }

    bool operator==(const AppInfo &) const = default;
};

bool read(const QJsonValue &v, AppInfo &out, json::Context &ctx);
QJsonValue write(const AppInfo &app);

// The body of an app create, copy or update as received, in either shape: flat
// (`{name, description, spaceId}`, seed 003) or nested (`{attributes:{...}}`, real).
struct AppWriteInput
{
    enum class Shape
    {
        Nested,
        Flat
    };

    Shape shape = Shape::Nested;
    std::optional<QString> name;
    std::optional<QString> description;
    std::optional<QString> spaceId;
    QJsonObject original;

    bool operator==(const AppWriteInput &) const = default;
};

bool read(const QJsonValue &v, AppWriteInput &out, json::Context &ctx);
QJsonValue write(const AppWriteInput &input);

} // namespace odag
