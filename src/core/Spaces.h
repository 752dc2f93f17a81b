#pragma once

// Qlik Cloud spaces and their role assignments (seed 003 Spaces, with the fields of the
// real service from @qlik/api spaces.d.ts): the shapes read from and sent to
// /api/v1/spaces.

#include "Json.h"
#include "Paging.h"

namespace odag {

enum class SpaceType
{
    Unknown,
    Shared,
    Managed,
    Data
};
enum class SpaceRole
{
    Unknown,
    Consumer,
    Contributor,
    DataConsumer,
    DataPreview,
    Facilitator,
    Manager,
    Operator,
    Producer,
    Publisher,
    BasicConsumer,
    CoDeveloper
};
enum class AssigneeType
{
    Unknown,
    User,
    Group,
    Bot
};
enum class PatchOp
{
    Unknown,
    Add,
    Remove,
    Replace
};

template <> struct EnumTraits<SpaceType>
{
    static constexpr std::array names{std::pair{SpaceType::Shared, "shared"},
                                      std::pair{SpaceType::Managed, "managed"},
                                      std::pair{SpaceType::Data, "data"}};
};
template <> struct EnumTraits<SpaceRole>
{
    static constexpr std::array names{std::pair{SpaceRole::Consumer, "consumer"},
                                      std::pair{SpaceRole::Contributor, "contributor"},
                                      std::pair{SpaceRole::DataConsumer, "dataconsumer"},
                                      std::pair{SpaceRole::DataPreview, "datapreview"},
                                      std::pair{SpaceRole::Facilitator, "facilitator"},
                                      std::pair{SpaceRole::Manager, "manager"},
                                      std::pair{SpaceRole::Operator, "operator"},
                                      std::pair{SpaceRole::Producer, "producer"},
                                      std::pair{SpaceRole::Publisher, "publisher"},
                                      std::pair{SpaceRole::BasicConsumer, "basicconsumer"},
                                      std::pair{SpaceRole::CoDeveloper, "codeveloper"}};
};
template <> struct EnumTraits<AssigneeType>
{
    static constexpr std::array names{std::pair{AssigneeType::User, "user"},
                                      std::pair{AssigneeType::Group, "group"},
                                      std::pair{AssigneeType::Bot, "bot"}};
};
template <> struct EnumTraits<PatchOp>
{
    static constexpr std::array names{std::pair{PatchOp::Add, "add"},
                                      std::pair{PatchOp::Remove, "remove"},
                                      std::pair{PatchOp::Replace, "replace"}};
};

// Translated names for the GUI; a value this version does not know shows as sent.
QString displayName(const OpenEnum<SpaceType> &type);
QString displayName(const OpenEnum<SpaceRole> &role);
QString displayName(const OpenEnum<AssigneeType> &type);

using SpaceRoles = QList<OpenEnum<SpaceRole>>;

// Space.meta: what the current user may do in the space.
struct SpaceMeta
{
    std::optional<SpaceRoles> roles;
    std::optional<QStringList> actions;
    std::optional<SpaceRoles> assignableRoles;
    QJsonObject extra;

    template <class V> static void fields(V &v)
    {
        v("roles", &SpaceMeta::roles);
        v("actions", &SpaceMeta::actions);
        v("assignableRoles", &SpaceMeta::assignableRoles);
    }
    bool operator==(const SpaceMeta &) const = default;
};

struct SpaceLinks
{
    std::optional<Href> self;
    std::optional<Href> assignments;
    QJsonObject extra;

    template <class V> static void fields(V &v)
    {
        v("self", &SpaceLinks::self);
        v("assignments", &SpaceLinks::assignments);
    }
    bool operator==(const SpaceLinks &) const = default;
};

// Space. The seed marks no field required, so none is; personal spaces have no name.
struct Space
{
    std::optional<QString> id;
    std::optional<QString> name;
    std::optional<OpenEnum<SpaceType>> type;
    std::optional<QString> description;
    std::optional<QString> ownerId;
    std::optional<QString> tenantId;
    std::optional<DateTime> createdAt;
    std::optional<QString> createdBy;
    std::optional<DateTime> updatedAt;
    std::optional<SpaceMeta> meta;
    std::optional<SpaceLinks> links;
    QJsonObject extra;

    template <class V> static void fields(V &v)
    {
        v("id", &Space::id);
        v("name", &Space::name);
        v("type", &Space::type);
        v("description", &Space::description);
        v("ownerId", &Space::ownerId);
        v("tenantId", &Space::tenantId);
        v("createdAt", &Space::createdAt);
        v("createdBy", &Space::createdBy);
        v("updatedAt", &Space::updatedAt);
        v("meta", &Space::meta);
        v("links", &Space::links);
    }
    bool operator==(const Space &) const = default;

    // The user may perform `action` ("update", "delete", "publish"...) per meta.actions.
    bool allows(const QString &action) const;
};

using SpaceList = ListPage<Space>;

// SpaceCreate: POST /spaces.
struct SpaceCreate
{
    QString name;
    OpenEnum<SpaceType> type;
    std::optional<QString> description;
    QJsonObject extra;

    template <class V> static void fields(V &v)
    {
        v("name", &SpaceCreate::name);
        v("type", &SpaceCreate::type);
        v("description", &SpaceCreate::description);
    }
    static bool validate(const SpaceCreate &s, json::Context &ctx);
    bool operator==(const SpaceCreate &) const = default;
};

// The name rule of the spaces service: 1-256 characters, none of " * ? < > / | \ :
// Returns an empty string when the name is acceptable, else the reason, translated.
QString spaceNameProblem(const QString &name);

// SpaceUpdate: PUT /spaces/{id}.
struct SpaceUpdate
{
    std::optional<QString> name;
    std::optional<QString> ownerId;
    std::optional<QString> description;
    QJsonObject extra;

    template <class V> static void fields(V &v)
    {
        v("name", &SpaceUpdate::name);
        v("ownerId", &SpaceUpdate::ownerId);
        v("description", &SpaceUpdate::description);
    }
    bool operator==(const SpaceUpdate &) const = default;
};

// One RFC 6902 operation (PATCH /spaces/{id} accepts replace on /name, /ownerId,
// /description).
struct JsonPatch
{
    OpenEnum<PatchOp> op;
    QString path;
    std::optional<QJsonValue> value;
    QJsonObject extra;

    template <class V> static void fields(V &v)
    {
        v("op", &JsonPatch::op);
        v("path", &JsonPatch::path);
        v("value", &JsonPatch::value);
    }
    bool operator==(const JsonPatch &) const = default;

    static JsonPatch replace(const QString &path, const QJsonValue &value)
    {
        return JsonPatch{PatchOp::Replace, path, value, {}};
    }
};

using JsonPatchList = QList<JsonPatch>;

struct SpaceAssignmentLinks
{
    std::optional<Href> self;
    std::optional<Href> space;
    QJsonObject extra;

    template <class V> static void fields(V &v)
    {
        v("self", &SpaceAssignmentLinks::self);
        v("space", &SpaceAssignmentLinks::space);
    }
    bool operator==(const SpaceAssignmentLinks &) const = default;
};

// SpaceAssignment: one user's or group's roles in a space.
struct SpaceAssignment
{
    std::optional<QString> id;
    std::optional<OpenEnum<AssigneeType>> type;
    std::optional<QString> assigneeId;
    std::optional<SpaceRoles> roles;
    std::optional<QString> spaceId;
    std::optional<QString> tenantId;
    std::optional<DateTime> createdAt;
    std::optional<QString> createdBy;
    std::optional<DateTime> updatedAt;
    std::optional<QString> updatedBy;
    std::optional<SpaceAssignmentLinks> links;
    QJsonObject extra;

    template <class V> static void fields(V &v)
    {
        v("id", &SpaceAssignment::id);
        v("type", &SpaceAssignment::type);
        v("assigneeId", &SpaceAssignment::assigneeId);
        v("roles", &SpaceAssignment::roles);
        v("spaceId", &SpaceAssignment::spaceId);
        v("tenantId", &SpaceAssignment::tenantId);
        v("createdAt", &SpaceAssignment::createdAt);
        v("createdBy", &SpaceAssignment::createdBy);
        v("updatedAt", &SpaceAssignment::updatedAt);
        v("updatedBy", &SpaceAssignment::updatedBy);
        v("links", &SpaceAssignment::links);
    }
    bool operator==(const SpaceAssignment &) const = default;
};

using SpaceAssignmentList = ListPage<SpaceAssignment>;

// SpaceAssignmentCreate: POST /spaces/{id}/assignments.
struct SpaceAssignmentCreate
{
    OpenEnum<AssigneeType> type;
    QString assigneeId;
    SpaceRoles roles;
    QJsonObject extra;

    template <class V> static void fields(V &v)
    {
        v("type", &SpaceAssignmentCreate::type);
        v("assigneeId", &SpaceAssignmentCreate::assigneeId);
        v("roles", &SpaceAssignmentCreate::roles);
    }
    static bool validate(const SpaceAssignmentCreate &a, json::Context &ctx);
    bool operator==(const SpaceAssignmentCreate &) const = default;
};

// PUT /spaces/{id}/assignments/{id}. Seed 003 documents a single required `role`; the
// real service takes `roles` (spaces.d.ts AssignmentUpdate). Both are read; fromRoles()
// builds what a real tenant accepts.
struct SpaceAssignmentUpdate
{
    std::optional<SpaceRoles> roles;
    std::optional<OpenEnum<SpaceRole>> role;
    QJsonObject extra;

    template <class V> static void fields(V &v)
    {
        v("roles", &SpaceAssignmentUpdate::roles);
        v("role", &SpaceAssignmentUpdate::role);
    }
    bool operator==(const SpaceAssignmentUpdate &) const = default;

    static SpaceAssignmentUpdate fromRoles(const SpaceRoles &roles)
    {
        return SpaceAssignmentUpdate{roles, std::nullopt, {}};
    }
    // The roles asked for, whichever shape carried them.
    SpaceRoles effectiveRoles() const;
};

// One entry of GET /spaces/types as seed 003 describes it.
struct SpaceTypeDescription
{
    OpenEnum<SpaceType> type;
    std::optional<QString> description;
    QJsonObject extra;

    template <class V> static void fields(V &v)
    {
        v("type", &SpaceTypeDescription::type);
        v("description", &SpaceTypeDescription::description);
    }
    bool operator==(const SpaceTypeDescription &) const = default;
};

// An entry of GET /spaces/types: seed 003 sends objects `{type, description}`, the real
// service bare strings (`"shared"`). Read either; written back in the shape it came.
struct SpaceTypeEntry
{
    SpaceTypeDescription value;
    bool bare = false; // came (or goes) as a bare string
    bool operator==(const SpaceTypeEntry &) const = default;
};

bool read(const QJsonValue &v, SpaceTypeEntry &out, json::Context &ctx);
QJsonValue write(const SpaceTypeEntry &entry);

struct SpaceTypes
{
    std::optional<QList<SpaceTypeEntry>> data;
    QJsonObject extra;

    template <class V> static void fields(V &v) { v("data", &SpaceTypes::data); }
    bool operator==(const SpaceTypes &) const = default;

    QList<OpenEnum<SpaceType>> types() const;
};

} // namespace odag
