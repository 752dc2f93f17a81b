#pragma once

// Runs the sandbox's ODAG generation requests: takes a submission through the checks of
// RequestValidation, creates the request, and moves it along on the sandbox clock:
//
//   validating (0.5 s) -> queued (generated app created) -> loading (one of
//   SandboxOptions::maxLoads slots, first in first out; 3-15 s by row estimate)
//   -> succeeded | failed (a `// sandbox:fail` line in the script)
//   validating -> invalid when the template app is gone;
//   cancel before loading -> canceling (0.3 s) -> canceled | canceledAck.
//
// A `multiple` request has no app and no load of its own: its state sums up its
// singlesub children. Generated apps are purged when their retention ends (a sweep
// scheduled on the clock for the next purgeAfter, at least hourly).
//
// Every change is written to the store before anything answers it. The server starts
// and stops its store without telling its parts, so the engine notices a start by
// itself (on each of its calls, on each clock timer and on a short real-time watch) and
// then resumes what was in flight: validating and canceling requests finish their
// step, queued ones re-enter the queue in their old order, loading ones restart their
// load (new startedAt) and requests on hold stay on hold.

#include "RequestRecord.h"
#include "RequestValidation.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <functional>
#include <map>
#include <vector>

namespace odag::sandbox {

class SandboxServer;
struct SandboxUser;
struct StoredLink;

class RequestEngine : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kValidatingMs = 500;
    static constexpr qint64 kCancelingMs = 300;
    static constexpr qint64 kMaxSweepIntervalMs = 3600 * 1000;

    explicit RequestEngine(SandboxServer &server);
    ~RequestEngine() override;

    // The engine registered on this server (registerOdagRequestRoutes), or null.
    static RequestEngine *of(SandboxServer &server);

    // Resumes the work in flight when the server has (re)started since the last call.
    void ensureRunning();

    // Simulated load time for a row estimate: 3 s up to 1,000 rows, 15 s from 10 million,
    // logarithmic between.
    static qint64 loadDurationMs(std::optional<qint64> actualRowEst);

    struct Submission
    {
        QString linkId;
        RequestPostPayload payload;
        std::optional<QJsonValue> qseSelectionState; // the body a QSE client sent
    };
    Result<StoredRequest, RequestError> submit(const SandboxUser &user, const Submission &s);

    struct ActionFlags
    {
        bool autoAck = false;
        bool delGenApp = false;
        bool ignoreSucceeded = false;
    };
    Result<StoredRequest, RequestError> act(const SandboxUser &user, const QString &requestId,
                                            RequestAction action, const ActionFlags &flags);
    std::optional<RequestError> deleteApp(const SandboxUser &user, const QString &requestId);
    Result<StoredRequest, RequestError> reloadApp(const SandboxUser &user, const QString &requestId,
                                                  const ReloadAppPayload &payload);
    Result<StoredRequest, RequestError> renameApp(const SandboxUser &user, const QString &requestId,
                                                  const QString &name);

    // A request the user may see (its owner, the link's owner, an admin): 404 or 403.
    Result<StoredRequest, RequestError> visibleRequest(const SandboxUser &user,
                                                       const QString &requestId);
    bool canSee(const SandboxUser &user, const StoredRequest &request);
    // Requests of a link the user may see, in creation order.
    QList<StoredRequest> linkRequests(const SandboxUser &user, const QString &linkId);
    // Every request the user may see, in creation order.
    QList<StoredRequest> allRequests(const SandboxUser &user);
    QList<StoredRequest> children(const QString &parentId);

    // The RequestObject JSON an answer carries: no sandbox members, retentionTime as of
    // now; a multiple request with its children under "subRequests" when asked.
    QJsonObject answer(const StoredRequest &request, bool withChildren = false);

    RequestRecords &records() { return m_records; }
    int loadingCount() const;
    int queuedCount() const { return int(m_queue.size()); }

    // The state of a multiple request from its children's states.
    static RequestState summarize(const QList<RequestState> &childStates);

private:
    // RequestEngine.cpp: run state, timers, queue, loads, purge
    void halt();
    void resume();
    qint64 startToken() const;
    void schedule(const QString &id, qint64 ms, std::function<void()> fn);
    void unschedule(const QString &id);
    void finishValidation(const QString &id);
    void enqueue(StoredRequest &request);
    void pump();
    void startLoading(StoredRequest request, int slot);
    void finishLoad(const QString &id);
    void finishCancel(const QString &id);
    void updateParent(const QString &parentId);
    void scheduleSweep();
    void sweep();
    bool save(StoredRequest &request);
    QDateTime now() const;

    // RequestEngineActions.cpp
    std::optional<RequestError> applyAction(StoredRequest &request, RequestAction action,
                                            const ActionFlags &flags, bool quiet);
    void beginCancel(StoredRequest &request, bool autoAck);
    bool dropApp(StoredRequest &request);
    bool mayActOnApp(const SandboxUser &user, const StoredRequest &request);

    // RequestEngineSubmit.cpp
    std::optional<RequestError> applyLimit(const StoredLink &link, const SandboxUser &user,
                                           const rules::ResolvedProperties &resolved,
                                           qsizetype needed, const QString &newRequestId);
    QStringList partitionFieldsOf(const QString &selectionAppId);

    SandboxServer &m_server;
    RequestRecords m_records;
    QTimer m_watch; // real time: notices starts and stops of the server
    bool m_running = false;
    qint64 m_token = 0;
    int m_generation = 0;
    QHash<QString, int> m_timers;      // request ID -> clock timer
    std::map<qint64, QString> m_queue; // queueSeq -> request ID
    std::vector<QString> m_slots;      // slot -> loading request ID ("" free)
    qint64 m_nextSeq = 1;
    int m_sweepTimer = 0;
};

} // namespace odag::sandbox
