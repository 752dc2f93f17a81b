#pragma once

// One ODAG generation request as the sandbox keeps it: the RequestObjectV2 the API
// answers, plus what only the sandbox needs to run it (the selection states it was made
// with, its place in the load queue, its load slot and planned load time).
//
// Storage: collection "odag_requests", one document per request: the RequestObject JSON
// with the sandbox's own members under "_sandbox", which answers never show. The
// document's owner column is the request owner's user ID.

#include "core/OdagRequest.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace odag::sandbox {

class SandboxStore;

inline constexpr char kRequestsCollection[] = "odag_requests";

// The sandbox-only part of a stored request.
struct RequestInternals
{
    std::optional<SelectionState> selectionState;
    SelectionState bindSelectionState; // a singlesub's own share of a partitioned state
    std::optional<QString> clientContextHandle;
    std::optional<QJsonValue> qseSelectionState; // as a QSE client sent it
    std::optional<qint64> queueSeq;              // FIFO position while queued
    std::optional<int> slot;                     // load slot while loading (0-based)
    std::optional<qint64> loadMs;                // simulated duration of one load
    std::optional<bool> autoAck;                 // of a cancel in progress
    std::optional<bool> purged;                  // the retention sweep removed the app
    std::optional<qint64> loads;                 // load runs so far (reloads count)
    QJsonObject extra;

    template <class V> static void fields(V &v)
    {
        v("selectionState", &RequestInternals::selectionState);
        v("bindSelectionState", &RequestInternals::bindSelectionState);
        v("clientContextHandle", &RequestInternals::clientContextHandle);
        v("qseSelectionState", &RequestInternals::qseSelectionState);
        v("queueSeq", &RequestInternals::queueSeq);
        v("slot", &RequestInternals::slot);
        v("loadMs", &RequestInternals::loadMs);
        v("autoAck", &RequestInternals::autoAck);
        v("purged", &RequestInternals::purged);
        v("loads", &RequestInternals::loads);
    }
    bool operator==(const RequestInternals &) const = default;
};

struct StoredRequest
{
    RequestObject request;
    RequestInternals internals;

    const QString &id() const { return request.id; }
    RequestState state() const { return request.state.value(); }
    bool isMultiple() const { return request.kind == RequestKind::Multiple; }
    bool hasApp() const { return request.generatedApp.has_value(); }
};

// Reads and writes requests in the store; every write is committed when it returns
// (or joins the transaction that is open).
class RequestRecords
{
public:
    explicit RequestRecords(SandboxStore &store);

    static QString collection() { return QString::fromLatin1(kRequestsCollection); }

    std::optional<StoredRequest> get(const QString &id) const;
    bool put(const StoredRequest &request);
    qint64 count() const;

    QList<StoredRequest> all() const;
    QList<StoredRequest> forLink(const QString &linkId) const;
    QList<StoredRequest> children(const QString &parentId) const;
    QList<StoredRequest> inStates(const QList<RequestState> &states) const;
    // Requests of this link and owner that hold a generated app or will make one (still
    // validating), oldest first.
    QList<StoredRequest> holdingApps(const QString &linkId, const QString &ownerId) const;
    // Requests holding an app whose purgeAfter is at or before `at`.
    QList<StoredRequest> purgeDue(const QDateTime &at) const;
    // The earliest purgeAfter after `at` among requests holding an app.
    std::optional<QDateTime> nextPurge(const QDateTime &at) const;
    // The request that holds this generated app, if any.
    std::optional<StoredRequest> byGeneratedApp(const QString &appId) const;

    // The indexes the queries above use; harmless when they exist.
    void ensureIndexes();

    static QJsonObject toDocument(const StoredRequest &request);
    static std::optional<StoredRequest> fromDocument(const QJsonObject &json);

private:
    QList<StoredRequest> query(const QString &where, const QVariantList &binds,
                               const QString &order = QStringLiteral(" ORDER BY seq")) const;

    SandboxStore &m_store;
};

// An ISO 8601 UTC timestamp with milliseconds, the form every request time is written in.
DateTime isoTime(const QDateTime &at);

} // namespace odag::sandbox
