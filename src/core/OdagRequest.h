#pragma once

// Qlik Cloud ODAG requests (analytics/odag-requests, seed 000, and the request calls of
// odag-links, seed 002): the request object, its load state, the selection state a
// request is made with, and the payloads of submit, reload and rename.

#include "OdagCommon.h"
#include "OdagLink.h"

namespace odag {

// RequestStateV2. The likely flow is in API-NOTES.md.
enum class RequestState
{
    Unknown,
    Validating,
    Queued,
    Invalid,
    Hold, // paused
    Loading,
    Canceled,
    Failed,
    Succeeded,
    Canceling,
    CanceledAck,
    FailedAck
};

// RequestKindV2: `multiple` spawns one `singlesub` per partition-value combination.
enum class RequestKind
{
    Unknown,
    Single,
    Multiple,
    SingleSub
};

// DataLoadStatus: how a finished data load went.
enum class DataLoadStatus
{
    Unknown,
    Pending,
    Success,
    Warnings,
    Failed
};

// SelectStatusV2: the selection state of one field value.
enum class SelectStatus
{
    Unknown,
    Selected, // S
    Optional, // O
    Excluded  // X
};

// RequestAction: the `action` query of PUT /odag-requests/{id}.
enum class RequestAction
{
    Unknown,
    Cancel,
    Pause,
    Resume,
    AckCancel,
    AckFailure
};

template <> struct EnumTraits<RequestState>
{
    static constexpr std::array names{
        std::pair{RequestState::Validating, "validating"},
        std::pair{RequestState::Queued, "queued"},
        std::pair{RequestState::Invalid, "invalid"},
        std::pair{RequestState::Hold, "hold"},
        std::pair{RequestState::Loading, "loading"},
        std::pair{RequestState::Canceled, "canceled"},
        std::pair{RequestState::Failed, "failed"},
        std::pair{RequestState::Succeeded, "succeeded"},
        std::pair{RequestState::Canceling, "canceling"},
        std::pair{RequestState::CanceledAck, "canceledAck"},
        std::pair{RequestState::FailedAck, "failedAck"},
    };
};

template <> struct EnumTraits<RequestKind>
{
    static constexpr std::array names{
        std::pair{RequestKind::Single, "single"},
        std::pair{RequestKind::Multiple, "multiple"},
        std::pair{RequestKind::SingleSub, "singlesub"},
    };
};

template <> struct EnumTraits<DataLoadStatus>
{
    static constexpr std::array names{
        std::pair{DataLoadStatus::Pending, "pending"},
        std::pair{DataLoadStatus::Success, "success"},
        std::pair{DataLoadStatus::Warnings, "warnings"},
        std::pair{DataLoadStatus::Failed, "failed"},
    };
};

template <> struct EnumTraits<SelectStatus>
{
    static constexpr std::array names{
        std::pair{SelectStatus::Selected, "S"},
        std::pair{SelectStatus::Optional, "O"},
        std::pair{SelectStatus::Excluded, "X"},
    };
};

template <> struct EnumTraits<RequestAction>
{
    static constexpr std::array names{
        std::pair{RequestAction::Cancel, "cancel"},
        std::pair{RequestAction::Pause, "pause"},
        std::pair{RequestAction::Resume, "resume"},
        std::pair{RequestAction::AckCancel, "ackcancel"},
        std::pair{RequestAction::AckFailure, "ackfailure"},
    };
};

QString displayName(const OpenEnum<RequestState> &s);
QString displayName(const OpenEnum<RequestKind> &k);
QString displayName(const OpenEnum<DataLoadStatus> &s);
QString displayName(const OpenEnum<SelectStatus> &s);
QString displayName(const OpenEnum<RequestAction> &a);

// The wire name of an action (`ackcancel`).
inline QString wireName(RequestAction a)
{
    return OpenEnum<RequestAction>::nameOf(a);
}

// Still moving: validating, queued, hold, loading, canceling. An unknown state counts as
// pending so a monitor keeps watching it rather than dropping it.
bool isPending(const OpenEnum<RequestState> &s);
// Will not change by itself any more (an acknowledgement may still move canceled and
// failed on to their Ack states).
bool isFinal(const OpenEnum<RequestState> &s);
// canceled and failed wait for ackcancel / ackfailure.
bool needsAcknowledgement(const OpenEnum<RequestState> &s);

// RequestLoadInfoV2: the data load of a single or singlesub request that reached
// loading. loadHost is "" until then.
struct RequestLoadInfo
{
    std::optional<OpenEnum<DataLoadStatus>> status;
    QString loadHost;
    DateTime startedAt;
    std::optional<DateTime> finishedAt;
    QJsonObject extra;

    template <class V> static void fields(V &v)
    {
        v("status", &RequestLoadInfo::status);
        v("loadHost", &RequestLoadInfo::loadHost);
        v("startedAt", &RequestLoadInfo::startedAt);
        v("finishedAt", &RequestLoadInfo::finishedAt);
    }
    bool operator==(const RequestLoadInfo &) const = default;
};

// RequestObjectV2: every field of the schema. Row estimates are 64-bit for the reason
// given at LinkPropRowEstRange.
struct RequestObject
{
    QString id;
    OpenEnum<RequestKind> kind;
    QString link;
    UserStateCondensed owner;
    OpenEnum<RequestState> state;
    std::optional<RequestLoadInfo> loadState;
    std::optional<QString> sheetname;
    std::optional<DateTime> purgeAfter;
    std::optional<int> timeToLive; // minutes, the link's appRetentionTime then; 0: no purge
    std::optional<QStringList> validation;
    DateTime createdDate;
    std::optional<QString> targetSheet;
    QString templateApp;
    std::optional<qint64> actualRowEst;
    std::optional<QString> errorMessage;
    std::optional<AppStateCondensed> generatedApp;
    DateTime modifiedDate;
    std::optional<QString> selectionApp;
    std::optional<QString> curRowEstExpr;
    std::optional<int> retentionTime; // minutes left; 0: kept forever
    std::optional<QString> parentRequestId;
    std::optional<QString> templateAppName;
    std::optional<qint64> bindingStateHash;
    std::optional<QString> generatedAppName;
    std::optional<QString> selectionAppName;
    std::optional<qint64> curRowEstLowBound;
    std::optional<qint64> curRowEstHighBound;
    std::optional<qint64> selectionStateHash;
    QJsonObject extra;

    template <class V> static void fields(V &v)
    {
        v("id", &RequestObject::id);
        v("kind", &RequestObject::kind);
        v("link", &RequestObject::link);
        v("owner", &RequestObject::owner);
        v("state", &RequestObject::state);
        v("loadState", &RequestObject::loadState);
        v("sheetname", &RequestObject::sheetname);
        v("purgeAfter", &RequestObject::purgeAfter);
        v("timeToLive", &RequestObject::timeToLive);
        v("validation", &RequestObject::validation);
        v("createdDate", &RequestObject::createdDate);
        v("targetSheet", &RequestObject::targetSheet);
        v("templateApp", &RequestObject::templateApp);
        v("actualRowEst", &RequestObject::actualRowEst);
        v("errorMessage", &RequestObject::errorMessage);
        v("generatedApp", &RequestObject::generatedApp);
        v("modifiedDate", &RequestObject::modifiedDate);
        v("selectionApp", &RequestObject::selectionApp);
        v("curRowEstExpr", &RequestObject::curRowEstExpr);
        v("retentionTime", &RequestObject::retentionTime);
        v("parentRequestId", &RequestObject::parentRequestId);
        v("templateAppName", &RequestObject::templateAppName);
        v("bindingStateHash", &RequestObject::bindingStateHash);
        v("generatedAppName", &RequestObject::generatedAppName);
        v("selectionAppName", &RequestObject::selectionAppName);
        v("curRowEstLowBound", &RequestObject::curRowEstLowBound);
        v("curRowEstHighBound", &RequestObject::curRowEstHighBound);
        v("selectionStateHash", &RequestObject::selectionStateHash);
    }
    bool operator==(const RequestObject &) const = default;

    bool isSubRequest() const
    {
        return kind == RequestKind::SingleSub || parentRequestId.has_value();
    }
    // The generated app's name from whichever field carries it.
    QString generatedAppDisplayName() const;
    // Load duration in milliseconds once the load finished.
    std::optional<qint64> loadDurationMs() const;
};

// FieldValueV2. numValue is a string in the schema (the engine's number as text).
struct FieldValue
{
    std::optional<QString> numValue;
    QString strValue;
    OpenEnum<SelectStatus> selStatus;
    QJsonObject extra;

    template <class V> static void fields(V &v)
    {
        v("numValue", &FieldValue::numValue);
        v("strValue", &FieldValue::strValue);
        v("selStatus", &FieldValue::selStatus);
    }
    bool operator==(const FieldValue &) const = default;
};

// FieldSelectionStateV2: the values of one selection-app field or variable.
struct FieldSelectionState
{
    QList<FieldValue> values;
    std::optional<int> selectedSize; // not used for bindSelectionState
    QString selectionAppParamName;
    OpenEnum<SelectAppParamType> selectionAppParamType;
    QJsonObject extra;

    template <class V> static void fields(V &v)
    {
        v("values", &FieldSelectionState::values);
        v("selectedSize", &FieldSelectionState::selectedSize);
        v("selectionAppParamName", &FieldSelectionState::selectionAppParamName);
        v("selectionAppParamType", &FieldSelectionState::selectionAppParamType);
    }
    bool operator==(const FieldSelectionState &) const = default;

    // How many values have the given status.
    qsizetype count(SelectStatus status) const;
};

// SelectionStateV2
using SelectionState = QList<FieldSelectionState>;

// RequestPostPayloadV2: the body of a submit.
struct RequestPostPayload
{
    std::optional<QString> sheetname;
    std::optional<qint64> actualRowEst;
    QString selectionApp;
    std::optional<SelectionState> selectionState;
    SelectionState bindSelectionState;
    std::optional<QString> clientContextHandle;
    QJsonObject extra;

    template <class V> static void fields(V &v)
    {
        v("sheetname", &RequestPostPayload::sheetname);
        v("actualRowEst", &RequestPostPayload::actualRowEst);
        v("selectionApp", &RequestPostPayload::selectionApp);
        v("selectionState", &RequestPostPayload::selectionState);
        v("bindSelectionState", &RequestPostPayload::bindSelectionState);
        v("clientContextHandle", &RequestPostPayload::clientContextHandle);
    }
    bool operator==(const RequestPostPayload &) const = default;
};

// ReloadAppPayloadV2: the body of reload-app (every member optional).
struct ReloadAppPayload
{
    std::optional<bool> copyRequest;
    std::optional<qint64> actualRowEst;
    std::optional<SelectionState> selectionState;
    std::optional<SelectionState> bindSelectionState;
    QJsonObject extra;

    template <class V> static void fields(V &v)
    {
        v("copyRequest", &ReloadAppPayload::copyRequest);
        v("actualRowEst", &ReloadAppPayload::actualRowEst);
        v("selectionState", &ReloadAppPayload::selectionState);
        v("bindSelectionState", &ReloadAppPayload::bindSelectionState);
    }
    bool operator==(const ReloadAppPayload &) const = default;
};

// RenameAppPayloadV2
struct RenameAppPayload
{
    QString appName;
    QJsonObject extra;

    template <class V> static void fields(V &v) { v("appName", &RenameAppPayload::appName); }
    bool operator==(const RenameAppPayload &) const = default;
};

} // namespace odag
