#pragma once

// Runs the sandbox's app reloads: QUEUED -> RELOADING -> SUCCEEDED | FAILED, or
// CANCELING -> CANCELED, timed by the sandbox clock so that --speed and a manual clock
// drive it. At most SandboxOptions::maxLoads reloads run at once; the others wait
// QUEUED (higher weight first, then oldest). A reload walks the app's script statement
// by statement, writing the progress log (`log`) and the detailed script log as it
// goes; it fails at the statement after a `// sandbox:fail` line, or at the first LOAD
// when a reload variable `sandbox_fail` is set (its value, unless "1"/"true", is the
// error message). Every state change is stored before anything else happens.
//
// Restart: the first use after the server (re)started recovers the store. A reload
// left RELOADING was cut off with the engine: it becomes FAILED (errorCode
// ENGINE_RESTARTED, a log line saying so); CANCELING becomes CANCELED; QUEUED reloads
// stay queued and start again.
//
// Reload documents live in collection "reloads": the Reload answer plus a "sandbox"
// member (the script log and the variables) that answer() strips.

#include "ScriptModel.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QSet>
#include <QString>

#include <optional>

namespace odag::sandbox {

class SandboxServer;
struct SandboxRequest;

class ReloadRunner : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QString appId;
        QString userId;
        bool partial = false;
        QList<QPair<QString, QString>> variables;
        QString type = QStringLiteral("external"); // hub, external, chronos, automations...
        int weight = 1;
    };
    enum class CancelOutcome
    {
        Accepted,         // now CANCELING
        AlreadyCanceling, // nothing to do
        AlreadyFinal,     // SUCCEEDED, FAILED, CANCELED, EXCEEDED_LIMIT
        NotFound
    };

    // QUEUED -> RELOADING, and CANCELING -> CANCELED (simulated milliseconds).
    static constexpr qint64 kPickupMs = 1000;
    static constexpr qint64 kCancelMs = 800;
    // The engine opening the app before the script runs, and indexing and saving it after.
    static constexpr qint64 kOpenMs = 1200;
    static constexpr qint64 kSaveMs = 900;

    // The runner of a server (made on first use, owned by the server).
    static ReloadRunner &of(SandboxServer &server);

    // Stores a QUEUED reload and schedules it; nullopt when the store refused it.
    std::optional<QJsonObject> queue(const Request &request);
    CancelOutcome cancel(const QString &reloadId);
    // Recovers the store once after each start of the server (see above).
    void ensureStarted();
    // Reloads running or about to start.
    int activeLoads() const { return int(m_runs.size() + m_starting.size()); }

    // What a reload of `script` with these variables will do: the statements it runs and
    // where (and why) it fails, if it does.
    struct Plan
    {
        ScriptModel model;
        int failAt = -1; // index into model.statements (== size: after the last one)
        QString failMessage;
    };
    static Plan plan(const QString &script, const QList<QPair<QString, QString>> &variables);
    // Simulated milliseconds one statement takes.
    static qint64 statementMs(const ScriptStatement &statement);

    // The Reload answer of a stored document: internals stripped, links.self added,
    // `log` only when asked for.
    static QJsonObject answer(const QJsonObject &doc, const SandboxRequest &request, bool withLog);

Q_SIGNALS:
    void reloadFinished(const QString &reloadId, const QString &appId, const QString &status);

private:
    explicit ReloadRunner(SandboxServer &server);

    struct Run : Plan
    {
        QString appId;
        int next = 0; // index of the next statement
        bool saving = false;
        int timer = 0;
        qint64 startMs = 0;
    };

    void pump();
    void start(const QString &reloadId);
    void step(const QString &reloadId);
    void finishSucceeded(const QString &reloadId);
    void finishFailed(const QString &reloadId);
    void finishCanceled(const QString &reloadId);
    std::optional<QJsonObject> load(const QString &reloadId) const;
    bool save(const QJsonObject &doc);
    // Sets endTime and duration from startTime (or creationTime).
    void stamp(QJsonObject &doc, const QDateTime &end) const;
    bool alive() const;

    SandboxServer &m_server;
    QHash<QString, Run> m_runs;
    QSet<QString> m_starting;
    QHash<QString, int> m_cancelTimers;
    QDateTime m_startedAt;
    qint64 m_lastUptimeMs = -1;
    bool m_recovered = false;
};

} // namespace odag::sandbox
