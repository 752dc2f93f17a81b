#include "ReloadRunner.h"

#include "AppsCommon.h"
#include "ReloadLog.h"
#include "SandboxApps.h"

#include "sandbox/SandboxServer.h"

#include <QJsonArray>
#include <QTimer>

#include <algorithm>

namespace odag::sandbox {

namespace {

const QString kReloads = apps::collection(apps::kReloads);
const QString kSandbox = QStringLiteral("sandbox");
const QString kStatus = QStringLiteral("status");
const QString kQueued = QStringLiteral("QUEUED");
const QString kReloading = QStringLiteral("RELOADING");
const QString kCanceling = QStringLiteral("CANCELING");

} // namespace

// Bookkeeping is quick, fetching rows is not.
qint64 ReloadRunner::statementMs(const ScriptStatement &st)
{
    switch (st.kind) {
    case ScriptStatement::Kind::Load:
    case ScriptStatement::Kind::Select:
        return st.preceding ? 20 : std::clamp<qint64>(200 + st.rows / 150, 200, 6000);
    case ScriptStatement::Kind::Connect:
        return 250;
    case ScriptStatement::Kind::Store:
        return std::clamp<qint64>(150 + st.rows / 1000, 150, 2000);
    default:
        return 15;
    }
}

namespace {

QString errorFor(const ScriptStatement *st)
{
    if (!st)
        return QStringLiteral("Unexpected end of script");
    if (st->kind == ScriptStatement::Kind::Connect)
        return QStringLiteral("Connection to '%1' failed: the data source did not respond")
            .arg(st->source);
    const bool file = st->kind == ScriptStatement::Kind::Load && !st->source.isEmpty() &&
                      st->source != QLatin1StringView("INLINE") &&
                      st->source != QLatin1StringView("AUTOGENERATE") &&
                      !st->source.startsWith(QLatin1StringView("RESIDENT "));
    if (file)
        return QStringLiteral("Cannot open file: '%1' (Connector error: the file does not exist)")
            .arg(st->source);
    if (!st->fields.isEmpty() && st->fields.first() != QLatin1StringView("*"))
        return QStringLiteral("Field '%1' not found").arg(st->fields.first());
    return QStringLiteral("Unexpected token: '%1'").arg(st->text.section(QLatin1Char(' '), 0, 0));
}

bool truthy(const QString &v)
{
    const QString t = v.trimmed().toLower();
    return !t.isEmpty() && t != QLatin1StringView("0") && t != QLatin1StringView("false");
}

} // namespace

ReloadRunner::Plan ReloadRunner::plan(const QString &script,
                                      const QList<QPair<QString, QString>> &variables)
{
    Plan p;
    p.model = parseScript(script);
    const QList<ScriptStatement> &statements = p.model.statements;
    const auto firstFrom = [&statements](int line, bool connectsToo) {
        for (qsizetype i = 0; i < statements.size(); ++i) {
            const auto kind = statements.at(i).kind;
            if (statements.at(i).line > line &&
                (kind == ScriptStatement::Kind::Load || kind == ScriptStatement::Kind::Select ||
                 (connectsToo && kind == ScriptStatement::Kind::Connect)))
                return int(i);
        }
        return int(statements.size());
    };
    if (p.model.failLine > 0)
        p.failAt = firstFrom(p.model.failLine, true);
    for (const auto &[name, value] : variables) {
        if (name.compare(QLatin1StringView("sandbox_fail"), Qt::CaseInsensitive) != 0 ||
            !truthy(value))
            continue;
        p.failAt = firstFrom(0, false);
        const QString t = value.trimmed().toLower();
        if (t != QLatin1StringView("1") && t != QLatin1StringView("true"))
            p.failMessage = value;
    }
    if (p.failAt >= 0 && p.failMessage.isEmpty())
        p.failMessage = errorFor(p.failAt < statements.size() ? &statements.at(p.failAt) : nullptr);
    return p;
}

ReloadRunner &ReloadRunner::of(SandboxServer &server)
{
    auto *runner = server.findChild<ReloadRunner *>(QString(), Qt::FindDirectChildrenOnly);
    if (!runner)
        runner = new ReloadRunner(server);
    return *runner;
}

ReloadRunner::ReloadRunner(SandboxServer &server)
    : QObject(&server)
    , m_server(server)
{
    // Any call served after a (re)start brings the reloads back on track.
    connect(&server, &SandboxServer::requestFinished, this, [this]() { ensureStarted(); });
}

bool ReloadRunner::alive() const
{
    return m_server.store().isOpen();
}

std::optional<QJsonObject> ReloadRunner::load(const QString &reloadId) const
{
    if (!alive())
        return std::nullopt;
    const auto doc = m_server.store().get(kReloads, reloadId);
    if (!doc)
        return std::nullopt;
    return doc->json;
}

bool ReloadRunner::save(const QJsonObject &doc)
{
    return alive() && m_server.store().put(kReloads, doc.value(QStringLiteral("id")).toString(),
                                           doc, doc.value(QStringLiteral("userId")).toString());
}

void ReloadRunner::stamp(QJsonObject &doc, const QDateTime &end) const
{
    QString from = doc.value(QStringLiteral("startTime")).toString();
    if (from.isEmpty())
        from = doc.value(QStringLiteral("creationTime")).toString();
    const QDateTime start = QDateTime::fromString(from, Qt::ISODateWithMs);
    doc.insert(QStringLiteral("endTime"), apps::iso(end));
    doc.insert(QStringLiteral("duration"),
               ReloadLog::duration(start.isValid() ? start.msecsTo(end) : 0));
}

void ReloadRunner::ensureStarted()
{
    if (!alive() || !m_server.isListening())
        return;
    const qint64 uptime = m_server.uptimeMs();
    const bool restarted =
        !m_recovered || m_server.startedAt() != m_startedAt || uptime < m_lastUptimeMs;
    m_lastUptimeMs = uptime;
    if (!restarted)
        return;
    m_recovered = true;
    m_startedAt = m_server.startedAt();
    // Timers of a previous run of the server belong to an engine that is gone.
    for (const Run &run : std::as_const(m_runs))
        m_server.clock().cancel(run.timer);
    for (const int timer : std::as_const(m_cancelTimers))
        m_server.clock().cancel(timer);
    m_runs.clear();
    m_cancelTimers.clear();
    m_starting.clear();

    const QDateTime now = m_server.clock().now();
    const QList<StoredDocument> docs = m_server.store().all(kReloads);
    for (const StoredDocument &d : docs) {
        QJsonObject doc = d.json;
        const QString status = doc.value(kStatus).toString();
        if (status != kReloading && status != kCanceling)
            continue;
        QString progress = doc.value(QStringLiteral("log")).toString();
        QJsonObject internal = doc.value(kSandbox).toObject();
        QString script = internal.value(QStringLiteral("scriptLog")).toString();
        if (status == kReloading) {
            ReloadLog::interrupted(progress, script, now);
            doc.insert(kStatus, QStringLiteral("FAILED"));
            doc.insert(QStringLiteral("errorCode"), QStringLiteral("ENGINE_RESTARTED"));
            doc.insert(QStringLiteral("errorMessage"),
                       QStringLiteral("The reload was interrupted because the engine restarted."));
        } else {
            ReloadLog::canceled(progress, script, now);
            doc.insert(kStatus, QStringLiteral("CANCELED"));
        }
        doc.insert(QStringLiteral("log"), progress);
        internal.insert(QStringLiteral("scriptLog"), script);
        doc.insert(kSandbox, internal);
        stamp(doc, now);
        save(doc);
    }
    pump();
}

std::optional<QJsonObject> ReloadRunner::queue(const Request &request)
{
    if (!alive())
        return std::nullopt;
    const QString id = SandboxApps::newId();
    QJsonArray variables;
    for (const auto &[name, value] : request.variables)
        variables.append(
            QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("value"), value}});
    const QJsonObject doc{{QStringLiteral("id"), id},
                          {QStringLiteral("appId"), request.appId},
                          {QStringLiteral("tenantId"), QString::fromLatin1(kTenantId)},
                          {QStringLiteral("userId"), request.userId},
                          {QStringLiteral("type"), request.type},
                          {kStatus, kQueued},
                          {QStringLiteral("partial"), request.partial},
                          {QStringLiteral("log"), QString()},
                          {QStringLiteral("creationTime"), apps::isoNow(m_server)},
                          {QStringLiteral("weight"), request.weight},
                          {kSandbox, QJsonObject{{QStringLiteral("scriptLog"), QString()},
                                                 {QStringLiteral("variables"), variables}}}};
    if (!save(doc))
        return std::nullopt;
    if (m_server.isListening()) {
        ensureStarted();
        pump();
    } else {
        // Queued while the server starts (demo seeding): picked up once it serves.
        QTimer::singleShot(0, this, [this]() { ensureStarted(); });
    }
    return doc;
}

void ReloadRunner::pump()
{
    if (!alive() || !m_recovered)
        return;
    const int freeSlots = std::max(1, m_server.options().maxLoads) - activeLoads();
    if (freeSlots <= 0)
        return;
    QList<StoredDocument> waiting;
    const QList<StoredDocument> docs = m_server.store().all(kReloads);
    for (const StoredDocument &d : docs) {
        if (d.json.value(kStatus).toString() == kQueued && !m_starting.contains(d.id))
            waiting.append(d);
    }
    std::stable_sort(waiting.begin(), waiting.end(),
                     [](const StoredDocument &a, const StoredDocument &b) {
                         const int wa = a.json.value(QStringLiteral("weight")).toInt(1);
                         const int wb = b.json.value(QStringLiteral("weight")).toInt(1);
                         if (wa != wb)
                             return wa > wb;
                         return a.json.value(QStringLiteral("creationTime")).toString() <
                                b.json.value(QStringLiteral("creationTime")).toString();
                     });
    for (qsizetype i = 0; i < waiting.size() && i < freeSlots; ++i) {
        const QString id = waiting.at(i).id;
        m_starting.insert(id);
        m_server.clock().after(kPickupMs, this, [this, id]() { start(id); });
    }
}

void ReloadRunner::start(const QString &reloadId)
{
    if (!m_starting.remove(reloadId) || !alive())
        return;
    auto doc = load(reloadId);
    if (!doc || doc->value(kStatus).toString() != kQueued) {
        pump();
        return;
    }
    const QString appId = doc->value(QStringLiteral("appId")).toString();
    QJsonObject internal = doc->value(kSandbox).toObject();
    QList<QPair<QString, QString>> variables;
    for (const QJsonValue &v : internal.value(QStringLiteral("variables")).toArray())
        variables.append({v.toObject().value(QStringLiteral("name")).toString(),
                          v.toObject().value(QStringLiteral("value")).toString()});
    Run run;
    static_cast<Plan &>(run) = plan(SandboxApps(m_server).currentScript(appId), variables);
    run.appId = appId;
    run.startMs = m_server.clock().nowMs();

    const QDateTime now = m_server.clock().now();
    QString progress = doc->value(QStringLiteral("log")).toString();
    QString script = internal.value(QStringLiteral("scriptLog")).toString();
    ReloadLog::started(progress, script, now, reloadId,
                       doc->value(QStringLiteral("partial")).toBool(), variables);
    internal.insert(QStringLiteral("scriptLog"), script);
    doc->insert(kSandbox, internal);
    doc->insert(QStringLiteral("log"), progress);
    doc->insert(kStatus, kReloading);
    doc->insert(QStringLiteral("startTime"), apps::iso(now));
    if (!save(*doc)) {
        pump();
        return;
    }
    run.timer = m_server.clock().after(kOpenMs, this, [this, reloadId]() { step(reloadId); });
    m_runs.insert(reloadId, run);
}

void ReloadRunner::step(const QString &reloadId)
{
    auto it = m_runs.find(reloadId);
    if (it == m_runs.end() || !alive())
        return;
    auto doc = load(reloadId);
    if (!doc || doc->value(kStatus).toString() != kReloading) {
        // Deleted with its app, or being canceled (the cancel timer ends it).
        if (!doc) {
            m_runs.erase(it);
            pump();
        }
        return;
    }
    Run &run = it.value();
    if (run.next == run.failAt) {
        finishFailed(reloadId);
        return;
    }
    if (run.next >= run.model.statements.size()) {
        if (run.saving) {
            finishSucceeded(reloadId);
        } else {
            run.saving = true;
            run.timer =
                m_server.clock().after(kSaveMs, this, [this, reloadId]() { step(reloadId); });
        }
        return;
    }
    const ScriptStatement &st = run.model.statements.at(run.next++);
    QJsonObject internal = doc->value(kSandbox).toObject();
    QString progress = doc->value(QStringLiteral("log")).toString();
    QString script = internal.value(QStringLiteral("scriptLog")).toString();
    ReloadLog::statement(progress, script, m_server.clock().now(), st);
    internal.insert(QStringLiteral("scriptLog"), script);
    doc->insert(kSandbox, internal);
    doc->insert(QStringLiteral("log"), progress);
    save(*doc);
    run.timer =
        m_server.clock().after(statementMs(st), this, [this, reloadId]() { step(reloadId); });
}

void ReloadRunner::finishSucceeded(const QString &reloadId)
{
    const Run run = m_runs.take(reloadId);
    auto doc = load(reloadId);
    if (!doc)
        return pump();
    const QDateTime now = m_server.clock().now();
    QJsonObject internal = doc->value(kSandbox).toObject();
    QString progress = doc->value(QStringLiteral("log")).toString();
    QString script = internal.value(QStringLiteral("scriptLog")).toString();
    ReloadLog::succeeded(progress, script, now);
    internal.insert(QStringLiteral("scriptLog"), script);
    doc->insert(kSandbox, internal);
    doc->insert(QStringLiteral("log"), progress);
    doc->insert(kStatus, QStringLiteral("SUCCEEDED"));
    doc->insert(QStringLiteral("engineTime"), apps::iso(now));
    stamp(*doc, now);
    const bool ok = SandboxApps::atomically(m_server.store(), [&]() {
        return save(*doc) && SandboxApps(m_server).recordReload(run.appId, now, true);
    });
    if (ok)
        Q_EMIT reloadFinished(reloadId, run.appId, QStringLiteral("SUCCEEDED"));
    pump();
}

void ReloadRunner::finishFailed(const QString &reloadId)
{
    const Run run = m_runs.take(reloadId);
    auto doc = load(reloadId);
    if (!doc)
        return pump();
    const QDateTime now = m_server.clock().now();
    const ScriptStatement *where = run.failAt >= 0 && run.failAt < run.model.statements.size()
                                       ? &run.model.statements.at(run.failAt)
                                       : nullptr;
    QJsonObject internal = doc->value(kSandbox).toObject();
    QString progress = doc->value(QStringLiteral("log")).toString();
    QString script = internal.value(QStringLiteral("scriptLog")).toString();
    if (where) {
        // Echo the failing statement without its results.
        ScriptStatement echo;
        echo.line = where->line;
        echo.text = where->text;
        ReloadLog::statement(progress, script, now, echo);
    }
    ReloadLog::failed(progress, script, now, where, run.failMessage);
    internal.insert(QStringLiteral("scriptLog"), script);
    doc->insert(kSandbox, internal);
    doc->insert(QStringLiteral("log"), progress);
    doc->insert(kStatus, QStringLiteral("FAILED"));
    doc->insert(QStringLiteral("errorCode"), QStringLiteral("SCRIPT_ERROR"));
    doc->insert(QStringLiteral("errorMessage"), run.failMessage);
    stamp(*doc, now);
    if (save(*doc))
        Q_EMIT reloadFinished(reloadId, run.appId, QStringLiteral("FAILED"));
    pump();
}

ReloadRunner::CancelOutcome ReloadRunner::cancel(const QString &reloadId)
{
    ensureStarted();
    auto doc = load(reloadId);
    if (!doc)
        return CancelOutcome::NotFound;
    const QString status = doc->value(kStatus).toString();
    if (status == kCanceling)
        return CancelOutcome::AlreadyCanceling;
    if (status != kQueued && status != kReloading)
        return CancelOutcome::AlreadyFinal;
    doc->insert(kStatus, kCanceling);
    if (!save(*doc))
        return CancelOutcome::NotFound;
    const auto run = m_runs.find(reloadId);
    if (run != m_runs.end())
        m_server.clock().cancel(run->timer);
    m_cancelTimers.insert(reloadId, m_server.clock().after(kCancelMs, this, [this, reloadId]() {
        finishCanceled(reloadId);
    }));
    return CancelOutcome::Accepted;
}

void ReloadRunner::finishCanceled(const QString &reloadId)
{
    m_cancelTimers.remove(reloadId);
    const Run run = m_runs.take(reloadId);
    auto doc = load(reloadId);
    if (!doc || doc->value(kStatus).toString() != kCanceling)
        return pump();
    const QDateTime now = m_server.clock().now();
    QJsonObject internal = doc->value(kSandbox).toObject();
    QString progress = doc->value(QStringLiteral("log")).toString();
    QString script = internal.value(QStringLiteral("scriptLog")).toString();
    ReloadLog::canceled(progress, script, now);
    internal.insert(QStringLiteral("scriptLog"), script);
    doc->insert(kSandbox, internal);
    doc->insert(QStringLiteral("log"), progress);
    doc->insert(kStatus, QStringLiteral("CANCELED"));
    stamp(*doc, now);
    if (save(*doc))
        Q_EMIT reloadFinished(reloadId, doc->value(QStringLiteral("appId")).toString(),
                              QStringLiteral("CANCELED"));
    pump();
}

QJsonObject ReloadRunner::answer(const QJsonObject &doc, const SandboxRequest &request,
                                 bool withLog)
{
    QJsonObject out = doc;
    out.remove(kSandbox);
    if (!withLog)
        out.remove(QStringLiteral("log"));
    out.insert(
        QStringLiteral("links"),
        QJsonObject{{QStringLiteral("self"),
                     QJsonObject{{QStringLiteral("href"),
                                  request
                                      .absoluteUrl(QStringLiteral("/api/v1/reloads/") +
                                                   doc.value(QStringLiteral("id")).toString())
                                      .toString()}}}});
    return out;
}

} // namespace odag::sandbox
