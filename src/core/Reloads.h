#pragma once

// Qlik Cloud reloads (/api/v1/reloads): the reload records of an app, the body that
// queues one, and the answer to a cancel (seed 003, plus reloads.d.ts).

#include "Json.h"
#include "Paging.h"

namespace odag {

enum class ReloadStatus
{
    Unknown,
    Queued,
    Reloading,
    Canceling,
    Succeeded,
    Failed,
    Canceled,
    ExceededLimit
};
enum class ReloadType
{
    Unknown,
    Hub,
    External,
    Chronos,
    Automations,
    DataRefresh,
    Choreographer
};

template <> struct EnumTraits<ReloadStatus>
{
    static constexpr std::array names{std::pair{ReloadStatus::Queued, "QUEUED"},
                                      std::pair{ReloadStatus::Reloading, "RELOADING"},
                                      std::pair{ReloadStatus::Canceling, "CANCELING"},
                                      std::pair{ReloadStatus::Succeeded, "SUCCEEDED"},
                                      std::pair{ReloadStatus::Failed, "FAILED"},
                                      std::pair{ReloadStatus::Canceled, "CANCELED"},
                                      std::pair{ReloadStatus::ExceededLimit, "EXCEEDED_LIMIT"}};
};
template <> struct EnumTraits<ReloadType>
{
    static constexpr std::array names{std::pair{ReloadType::Hub, "hub"},
                                      std::pair{ReloadType::External, "external"},
                                      std::pair{ReloadType::Chronos, "chronos"},
                                      std::pair{ReloadType::Automations, "automations"},
                                      std::pair{ReloadType::DataRefresh, "data-refresh"},
                                      std::pair{ReloadType::Choreographer, "choreographer"}};
};

QString displayName(const OpenEnum<ReloadStatus> &status);
QString displayName(const OpenEnum<ReloadType> &type);

// SUCCEEDED, FAILED, CANCELED and EXCEEDED_LIMIT end a reload. A status this version
// does not know is not final: a monitor keeps polling it (and bounds how long).
bool isFinal(ReloadStatus status);
inline bool isFinal(const OpenEnum<ReloadStatus> &status)
{
    return isFinal(status.value());
}

struct ReloadLinks
{
    std::optional<Href> self;
    QJsonObject extra;

    template <class V> static void fields(V &v) { v("self", &ReloadLinks::self); }
    bool operator==(const ReloadLinks &) const = default;
};

// Reload. The seed marks no field required, so none is.
struct Reload
{
    std::optional<QString> id;
    std::optional<QString> appId;
    std::optional<QString> tenantId;
    std::optional<QString> userId;
    std::optional<OpenEnum<ReloadType>> type;
    std::optional<OpenEnum<ReloadStatus>> status;
    std::optional<bool> partial;
    std::optional<QString> log;
    std::optional<DateTime> creationTime;
    std::optional<DateTime> startTime;
    std::optional<DateTime> endTime;
    std::optional<QString> duration; // ISO 8601 duration ("PT1M5S")
    std::optional<QString> engineTime;
    std::optional<QString> errorCode;
    std::optional<QString> errorMessage;
    std::optional<QString> resourceId;
    std::optional<QString> resourceType;
    std::optional<int> weight;
    std::optional<ReloadLinks> links;
    QJsonObject extra;

    template <class V> static void fields(V &v)
    {
        v("id", &Reload::id);
        v("appId", &Reload::appId);
        v("tenantId", &Reload::tenantId);
        v("userId", &Reload::userId);
        v("type", &Reload::type);
        v("status", &Reload::status);
        v("partial", &Reload::partial);
        v("log", &Reload::log);
        v("creationTime", &Reload::creationTime);
        v("startTime", &Reload::startTime);
        v("endTime", &Reload::endTime);
        v("duration", &Reload::duration);
        v("engineTime", &Reload::engineTime);
        v("errorCode", &Reload::errorCode);
        v("errorMessage", &Reload::errorMessage);
        v("resourceId", &Reload::resourceId);
        v("resourceType", &Reload::resourceType);
        v("weight", &Reload::weight);
        v("links", &Reload::links);
    }
    bool operator==(const Reload &) const = default;

    bool isFinished() const { return status && isFinal(*status); }
};

using ReloadList = ListPage<Reload>;

// One script variable passed to a reload.
struct ReloadVariable
{
    QString name;
    QString value;
    QJsonObject extra;

    template <class V> static void fields(V &v)
    {
        v("name", &ReloadVariable::name);
        v("value", &ReloadVariable::value);
    }
    bool operator==(const ReloadVariable &) const = default;
};

// ReloadCreate.variables. Seed 003 sends `[{name, value}]`; the real service takes an
// object `{"name": "value"}` (reloads.d.ts ReloadRequest). Read either; written in the
// shape it was read, and new values go out as the object the real service takes.
struct ReloadVariables
{
    enum class Shape
    {
        Object,
        Array
    };
    static constexpr int MaxCount = 20;
    static constexpr int MaxLength = 256;

    QList<ReloadVariable> list;
    Shape shape = Shape::Object;
    bool operator==(const ReloadVariables &) const = default;
};

bool read(const QJsonValue &v, ReloadVariables &out, json::Context &ctx);
QJsonValue write(const ReloadVariables &vars);

// ReloadCreate: POST /reloads.
struct ReloadCreate
{
    QString appId;
    std::optional<bool> partial;
    std::optional<ReloadVariables> variables;
    std::optional<QString> resourceId;
    std::optional<QString> resourceType;
    std::optional<int> weight;
    QJsonObject extra;

    template <class V> static void fields(V &v)
    {
        v("appId", &ReloadCreate::appId);
        v("partial", &ReloadCreate::partial);
        v("variables", &ReloadCreate::variables);
        v("resourceId", &ReloadCreate::resourceId);
        v("resourceType", &ReloadCreate::resourceType);
        v("weight", &ReloadCreate::weight);
    }
    // At most 20 variables, names and values at most 256 characters, names not empty.
    static bool validate(const ReloadCreate &r, json::Context &ctx);
    bool operator==(const ReloadCreate &) const = default;
};

// The 202 answer to POST /reloads/{id}/actions/cancel.
struct ReloadStatusAnswer
{
    std::optional<OpenEnum<ReloadStatus>> status;
    QJsonObject extra;

    template <class V> static void fields(V &v) { v("status", &ReloadStatusAnswer::status); }
    bool operator==(const ReloadStatusAnswer &) const = default;
};

} // namespace odag
