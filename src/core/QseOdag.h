#pragma once

// Qlik Sense Enterprise on Windows ODAG service shapes (`/api/odag/v1`, seed 001), widened
// to what real servers send (API-NOTES.md): owners as objects, link create/update
// answers wrapped in {objectDef, feedback}.

#include "Json.h"

#include <variant>

namespace odag {

// OdagAbout
struct QseAbout
{
    std::optional<QString> version;
    std::optional<QString> stabilityIndex;
    QJsonObject extra;

    template <class V> static void fields(V &v)
    {
        v("version", &QseAbout::version);
        v("stabilityIndex", &QseAbout::stabilityIndex);
    }
    bool operator==(const QseAbout &) const = default;
};

// Error: QSE words its errors as {message}.
struct QseError
{
    std::optional<QString> message;
    QJsonObject extra;

    template <class V> static void fields(V &v) { v("message", &QseError::message); }
    bool operator==(const QseError &) const = default;
};

// A QSE user as real servers describe an owner.
struct QseUser
{
    std::optional<QString> id;
    std::optional<QString> userId;
    std::optional<QString> userDirectory;
    std::optional<QString> name;
    QJsonObject extra;

    template <class V> static void fields(V &v)
    {
        v("id", &QseUser::id);
        v("userId", &QseUser::userId);
        v("userDirectory", &QseUser::userDirectory);
        v("name", &QseUser::name);
    }
    bool operator==(const QseUser &) const = default;
};

// The owner of a QSE link or request: a plain user identifier in seed 001, an object
// {id, userId, userDirectory, name} on real servers. Either form reads, and is written
// back in the form it was read.
struct QseOwner
{
    std::variant<QString, QseUser> value;

    bool isObject() const { return std::holds_alternative<QseUser>(value); }
    // The user's name, else DIRECTORY\userId, else the ID.
    QString displayName() const;
    // The repository user ID (the object's `id`, or the plain string).
    QString id() const;

    bool operator==(const QseOwner &) const = default;
};

// OdagBinding (seed 001 shape).
struct QseBinding
{
    std::optional<QString> selectionField;
    std::optional<QString> templateField;
    std::optional<QString> selectionType;
    QJsonObject extra;

    template <class V> static void fields(V &v)
    {
        v("selectionField", &QseBinding::selectionField);
        v("templateField", &QseBinding::templateField);
        v("selectionType", &QseBinding::selectionType);
    }
    bool operator==(const QseBinding &) const = default;
};

// OdagLinkProperties.retention
struct QseRetention
{
    std::optional<int> maxAge;   // minutes
    std::optional<int> maxCount; // generated apps per user
    QJsonObject extra;

    template <class V> static void fields(V &v)
    {
        v("maxAge", &QseRetention::maxAge);
        v("maxCount", &QseRetention::maxCount);
    }
    bool operator==(const QseRetention &) const = default;
};

// OdagLinkProperties
struct QseLinkProperties
{
    std::optional<QString> rowEstExpr;
    std::optional<QList<QseBinding>> bindings;
    std::optional<bool> genAppAccessible;
    std::optional<QString> publishTo; // stream ID
    std::optional<QseRetention> retention;
    QJsonObject extra;

    template <class V> static void fields(V &v)
    {
        v("rowEstExpr", &QseLinkProperties::rowEstExpr);
        v("bindings", &QseLinkProperties::bindings);
        v("genAppAccessible", &QseLinkProperties::genAppAccessible);
        v("publishTo", &QseLinkProperties::publishTo);
        v("retention", &QseLinkProperties::retention);
    }
    bool operator==(const QseLinkProperties &) const = default;
};

// OdagLink. Every member is optional in seed 001; IDs are GUIDs.
struct QseLink
{
    std::optional<QString> id;
    std::optional<DateTime> createdDate;
    std::optional<DateTime> modifiedDate;
    std::optional<QString> name;
    std::optional<QString> selectionAppId;
    std::optional<QString> templateAppId;
    std::optional<QseLinkProperties> properties;
    std::optional<QseOwner> owner;
    std::optional<QString> status;
    QJsonObject extra;

    template <class V> static void fields(V &v)
    {
        v("id", &QseLink::id);
        v("createdDate", &QseLink::createdDate);
        v("modifiedDate", &QseLink::modifiedDate);
        v("name", &QseLink::name);
        v("selectionAppId", &QseLink::selectionAppId);
        v("templateAppId", &QseLink::templateAppId);
        v("properties", &QseLink::properties);
        v("owner", &QseLink::owner);
        v("status", &QseLink::status);
    }
    bool operator==(const QseLink &) const = default;
};

// OdagLinkCreate
struct QseLinkCreate
{
    QString name;
    QString selectionAppId;
    QString templateAppId;
    std::optional<QseLinkProperties> properties;
    QJsonObject extra;

    template <class V> static void fields(V &v)
    {
        v("name", &QseLinkCreate::name);
        v("selectionAppId", &QseLinkCreate::selectionAppId);
        v("templateAppId", &QseLinkCreate::templateAppId);
        v("properties", &QseLinkCreate::properties);
    }
    bool operator==(const QseLinkCreate &) const = default;
};

// OdagLinkUpdate
struct QseLinkUpdate
{
    std::optional<QString> name;
    std::optional<QseLinkProperties> properties;
    QJsonObject extra;

    template <class V> static void fields(V &v)
    {
        v("name", &QseLinkUpdate::name);
        v("properties", &QseLinkUpdate::properties);
    }
    bool operator==(const QseLinkUpdate &) const = default;
};

// One message of a QSE create/update answer. content is usually text; it is kept as
// any JSON because the shape is not published.
struct QseFeedback
{
    std::optional<QString> infoType;
    std::optional<QJsonValue> content;
    QJsonObject extra;

    template <class V> static void fields(V &v)
    {
        v("infoType", &QseFeedback::infoType);
        v("content", &QseFeedback::content);
    }
    bool operator==(const QseFeedback &) const = default;

    QString text() const;
};

// The answer of a QSE link create or update. Real servers wrap the link as
// {objectDef, feedback:[{infoType, content}]}; seed 001 answers the plain link. Both read;
// `wrapped` remembers which, so the answer is written back in its own shape.
struct QseLinkResult
{
    QseLink objectDef;
    std::optional<QList<QseFeedback>> feedback;
    bool wrapped = true;
    QJsonObject extra; // unknown members beside objectDef and feedback

    bool operator==(const QseLinkResult &) const = default;

    // The feedback as "infoType: text" lines for the user.
    QStringList messages() const;
};

// Reads a create/update answer in either shape.
Result<QseLinkResult> decodeQseLinkAnswer(const QByteArray &body);
Result<QseLinkResult> decodeQseLinkAnswer(const QJsonValue &value);

// OdagRequest.status in seed 001. Real servers may send the Cloud-style states; any other
// value is kept as read.
enum class QseRequestStatus
{
    Unknown,
    Queued,
    Loading,
    Completed,
    Failed,
    Cancelled
};

template <> struct EnumTraits<QseRequestStatus>
{
    static constexpr std::array names{
        std::pair{QseRequestStatus::Queued, "queued"},
        std::pair{QseRequestStatus::Loading, "loading"},
        std::pair{QseRequestStatus::Completed, "completed"},
        std::pair{QseRequestStatus::Failed, "failed"},
        std::pair{QseRequestStatus::Cancelled, "cancelled"},
    };
};

QString displayName(const OpenEnum<QseRequestStatus> &s);
bool isPending(const OpenEnum<QseRequestStatus> &s);

// OdagRequest. selectionState is "object" in seed 001 but its content is not described;
// kept as any JSON.
struct QseRequest
{
    std::optional<QString> id;
    std::optional<DateTime> createdDate;
    std::optional<DateTime> modifiedDate;
    std::optional<QString> linkId;
    std::optional<QString> selectionAppId;
    std::optional<QString> templateAppId;
    std::optional<QString> generatedAppId;
    std::optional<QString> generatedAppName;
    std::optional<QseOwner> owner;
    std::optional<OpenEnum<QseRequestStatus>> status;
    std::optional<QString> statusMessage;
    std::optional<QJsonValue> selectionState;
    QJsonObject extra;

    template <class V> static void fields(V &v)
    {
        v("id", &QseRequest::id);
        v("createdDate", &QseRequest::createdDate);
        v("modifiedDate", &QseRequest::modifiedDate);
        v("linkId", &QseRequest::linkId);
        v("selectionAppId", &QseRequest::selectionAppId);
        v("templateAppId", &QseRequest::templateAppId);
        v("generatedAppId", &QseRequest::generatedAppId);
        v("generatedAppName", &QseRequest::generatedAppName);
        v("owner", &QseRequest::owner);
        v("status", &QseRequest::status);
        v("statusMessage", &QseRequest::statusMessage);
        v("selectionState", &QseRequest::selectionState);
    }
    bool operator==(const QseRequest &) const = default;
};

// OdagRequestCreate
struct QseRequestCreate
{
    QJsonValue selectionState;
    QJsonObject extra;

    template <class V> static void fields(V &v)
    {
        v("selectionState", &QseRequestCreate::selectionState);
    }
    bool operator==(const QseRequestCreate &) const = default;
};

// OdagRequestUpdate
struct QseRequestUpdate
{
    std::optional<QString> status;
    QJsonObject extra;

    template <class V> static void fields(V &v) { v("status", &QseRequestUpdate::status); }
    bool operator==(const QseRequestUpdate &) const = default;
};

// The body of POST /requests/{id}/renameApp.
struct QseRenamePayload
{
    QString name;
    QJsonObject extra;

    template <class V> static void fields(V &v) { v("name", &QseRenamePayload::name); }
    bool operator==(const QseRenamePayload &) const = default;
};

// Codec hooks for the two shapes that are not plain structs. They live in namespace
// odag so that the generic codecs find them by argument-dependent lookup.
bool read(const QJsonValue &v, QseOwner &out, json::Context &ctx);
QJsonValue write(const QseOwner &v);
bool read(const QJsonValue &v, QseLinkResult &out, json::Context &ctx);
QJsonValue write(const QseLinkResult &v);

} // namespace odag
