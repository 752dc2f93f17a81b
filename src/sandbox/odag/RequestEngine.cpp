#include "RequestEngine.h"

#include "GeneratedAppScript.h"
#include "OdagArea.h"
#include "SandboxLinks.h"

#include "core/rules/ScriptBindings.h"
#include "sandbox/Logging.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/apps/SandboxApps.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>
#include <cmath>

namespace odag::sandbox {

namespace {

QString loadHostName(int slot)
{
    return QStringLiteral("sandbox-engine-%1").arg(slot + 1);
}

// The line of the fail marker, for the error message (1-based; 0 when none).
int failMarkerLine(const QString &script)
{
    int line = 0;
    for (const QStringView l : QStringView(script).split(QLatin1Char('\n'))) {
        ++line;
        if (rules::ScriptBindings::hasFailMarker(l.toString()))
            return line;
    }
    return 0;
}

} // namespace

RequestEngine::RequestEngine(SandboxServer &server)
    : QObject(&server)
    , m_server(server)
    , m_records(server.store())
{
    setObjectName(QStringLiteral("odagRequestEngine"));
    m_watch.setInterval(200);
    connect(&m_watch, &QTimer::timeout, this, &RequestEngine::ensureRunning);
    m_watch.start();
}

// The clock, a sibling under the server, may already be gone: the timers die with this
// object (their context), so nothing is left to cancel.
RequestEngine::~RequestEngine() = default;

RequestEngine *RequestEngine::of(SandboxServer &server)
{
    return server.findChild<RequestEngine *>(QStringLiteral("odagRequestEngine"),
                                             Qt::FindDirectChildrenOnly);
}

qint64 RequestEngine::loadDurationMs(std::optional<qint64> actualRowEst)
{
    constexpr qint64 kMin = 3000;
    constexpr qint64 kMax = 15000;
    if (!actualRowEst || *actualRowEst <= 1000)
        return kMin;
    const double digits = std::clamp(std::log10(double(*actualRowEst)), 3.0, 7.0);
    return kMin + qint64(std::llround((digits - 3.0) / 4.0 * double(kMax - kMin)));
}

QDateTime RequestEngine::now() const
{
    return m_server.clock().now();
}

qint64 RequestEngine::startToken() const
{
    // When the server started, in real time: changes with every start.
    return QDateTime::currentMSecsSinceEpoch() - m_server.uptimeMs();
}

void RequestEngine::ensureRunning()
{
    const bool up = m_server.isListening() && m_server.store().isOpen();
    if (!up) {
        if (m_running)
            halt();
        return;
    }
    const qint64 token = startToken();
    // The token jitters by a millisecond between reads; a restart moves it by far more.
    if (m_running && std::abs(token - m_token) < 50)
        return;
    if (m_running)
        halt();
    m_running = true;
    m_token = token;
    resume();
}

void RequestEngine::halt()
{
    ++m_generation; // timers of the old run do nothing when they fire
    for (int timer : std::as_const(m_timers))
        m_server.clock().cancel(timer);
    m_timers.clear();
    if (m_sweepTimer)
        m_server.clock().cancel(m_sweepTimer);
    m_sweepTimer = 0;
    m_queue.clear();
    m_slots.clear();
    m_running = false;
}

void RequestEngine::resume()
{
    m_records.ensureIndexes();
    m_slots.assign(std::max(1, m_server.options().maxLoads), QString());
    const QList<StoredRequest> inFlight =
        m_records.inStates({RequestState::Validating, RequestState::Queued, RequestState::Loading,
                            RequestState::Canceling, RequestState::Hold});
    m_nextSeq = 1;
    for (const StoredRequest &r : inFlight)
        m_nextSeq = std::max(m_nextSeq, r.internals.queueSeq.value_or(0) + 1);

    QList<StoredRequest> loading;
    for (StoredRequest r : inFlight) {
        const QString id = r.id();
        switch (r.state()) {
        case RequestState::Validating:
            if (r.isMultiple())
                break; // follows its children
            schedule(id, kValidatingMs, [this, id] { finishValidation(id); });
            break;
        case RequestState::Canceling:
            if (!r.isMultiple())
                schedule(id, kCancelingMs, [this, id] { finishCancel(id); });
            break;
        case RequestState::Queued:
            if (!r.isMultiple()) {
                if (!r.internals.queueSeq) {
                    r.internals.queueSeq = m_nextSeq++;
                    save(r);
                }
                m_queue.emplace(*r.internals.queueSeq, id);
            }
            break;
        case RequestState::Loading:
            if (!r.isMultiple())
                loading.append(r);
            break;
        default:
            break;
        }
    }
    // Loads cut off by the stop start again, in the order they had started; the ones
    // that no longer fit go to the head of the queue.
    std::sort(loading.begin(), loading.end(), [](const StoredRequest &a, const StoredRequest &b) {
        const QString sa = a.request.loadState ? a.request.loadState->startedAt.raw() : QString();
        const QString sb = b.request.loadState ? b.request.loadState->startedAt.raw() : QString();
        return sa < sb;
    });
    qint64 headSeq = m_queue.empty() ? m_nextSeq : m_queue.begin()->first;
    for (qsizetype i = loading.size() - 1; i >= 0; --i) {
        StoredRequest r = loading.at(i);
        if (i < qsizetype(m_slots.size())) {
            startLoading(r, int(i));
        } else {
            r.request.state = RequestState::Queued;
            r.request.loadState.reset();
            r.internals.slot.reset();
            r.internals.queueSeq = --headSeq;
            save(r);
            m_queue.emplace(*r.internals.queueSeq, r.id());
        }
    }
    qCInfo(lcSandbox) << "odag requests: resumed" << inFlight.size() << "in flight,"
                      << m_queue.size() << "queued";
    pump();
    scheduleSweep();
}

void RequestEngine::schedule(const QString &id, qint64 ms, std::function<void()> fn)
{
    unschedule(id);
    const int generation = m_generation;
    const int timer =
        m_server.clock().after(ms, this, [this, id, generation, fn = std::move(fn)]() {
            if (generation != m_generation)
                return;
            m_timers.remove(id);
            fn();
        });
    m_timers.insert(id, timer);
}

void RequestEngine::unschedule(const QString &id)
{
    const auto it = m_timers.find(id);
    if (it == m_timers.end())
        return;
    m_server.clock().cancel(it.value());
    m_timers.erase(it);
}

bool RequestEngine::save(StoredRequest &request)
{
    request.request.modifiedDate = nextModifiedDate(m_server, request.request.modifiedDate);
    if (!m_records.put(request)) {
        qCWarning(lcSandbox).noquote()
            << "odag requests: cannot store" << request.id() << m_server.store().lastError();
        return false;
    }
    return true;
}

int RequestEngine::loadingCount() const
{
    return int(std::count_if(m_slots.begin(), m_slots.end(),
                             [](const QString &id) { return !id.isEmpty(); }));
}

void RequestEngine::finishValidation(const QString &id)
{
    auto found = m_records.get(id);
    if (!found || found->state() != RequestState::Validating)
        return;
    StoredRequest r = std::move(*found);
    SandboxApps apps(m_server);
    const auto link = SandboxLinks(m_server).get(r.request.link);
    const auto templateApp = apps.get(r.request.templateApp);
    if (!link || !templateApp) {
        r.request.state = RequestState::Invalid;
        QStringList validation = r.request.validation.value_or(QStringList());
        validation
            << (!link ? tr("The link %1 no longer exists.").arg(r.request.link)
                      : tr("The template app %1 no longer exists.").arg(r.request.templateApp));
        r.request.validation = validation;
        save(r);
        if (r.request.parentRequestId)
            updateParent(*r.request.parentRequestId);
        return;
    }

    SandboxApps::NewApp app;
    app.name = r.request.generatedAppName.value_or(r.request.templateAppName.value_or(QString()));
    app.description =
        tr("Generated by the ODAG link \"%1\" (request %2).").arg(link->link.name, r.id());
    app.ownerId = r.request.owner.id;
    app.originAppId = r.request.templateApp;
    app.script = generatedapp::bindScript(apps.currentScript(r.request.templateApp),
                                          link->link.bindings.value_or(QList<Binding>()),
                                          r.internals.bindSelectionState);
    const bool ok = SandboxApps::atomically(m_server.store(), [&]() {
        auto created = apps.create(app);
        if (!created)
            return false;
        QJsonObject doc = *created;
        QJsonObject custom = doc.value(QStringLiteral("custom")).toObject();
        custom.insert(QString::fromLatin1(kOdagGeneratedAttribute),
                      QJsonObject{{QStringLiteral("requestId"), r.id()},
                                  {QStringLiteral("linkId"), r.request.link}});
        doc.insert(QStringLiteral("custom"), custom);
        if (!apps.update(doc.value(QStringLiteral("id")).toString(), doc))
            return false;
        r.request.generatedApp =
            AppStateCondensed{doc.value(QStringLiteral("id")).toString(), app.name, {}};
        r.request.generatedAppName = app.name;
        r.request.state = RequestState::Queued;
        r.internals.queueSeq = m_nextSeq++;
        return save(r);
    });
    if (!ok) {
        // The store refused: try again shortly rather than lose the request.
        schedule(id, kValidatingMs, [this, id] { finishValidation(id); });
        return;
    }
    m_queue.emplace(*r.internals.queueSeq, id);
    if (r.request.parentRequestId)
        updateParent(*r.request.parentRequestId);
    pump();
}

void RequestEngine::enqueue(StoredRequest &request)
{
    request.request.state = RequestState::Queued;
    request.internals.queueSeq = m_nextSeq++;
    request.internals.slot.reset();
    m_queue.emplace(*request.internals.queueSeq, request.id());
}

void RequestEngine::pump()
{
    while (!m_queue.empty()) {
        const auto free = std::find(m_slots.begin(), m_slots.end(), QString());
        if (free == m_slots.end())
            return;
        const QString id = m_queue.begin()->second;
        m_queue.erase(m_queue.begin());
        auto r = m_records.get(id);
        if (!r || r->state() != RequestState::Queued)
            continue;
        startLoading(std::move(*r), int(free - m_slots.begin()));
    }
}

void RequestEngine::startLoading(StoredRequest r, int slot)
{
    const QString id = r.id();
    RequestLoadInfo load;
    load.status = DataLoadStatus::Pending;
    load.loadHost = loadHostName(slot);
    load.startedAt = isoTime(now());
    r.request.loadState = load;
    r.request.state = RequestState::Loading;
    r.internals.slot = slot;
    r.internals.loads = r.internals.loads.value_or(0) + 1;
    const qint64 ms = loadDurationMs(r.request.actualRowEst);
    r.internals.loadMs = ms;
    m_slots[size_t(slot)] = id;
    save(r);
    schedule(id, ms, [this, id] { finishLoad(id); });
    if (r.request.parentRequestId)
        updateParent(*r.request.parentRequestId);
}

void RequestEngine::finishLoad(const QString &id)
{
    for (QString &s : m_slots) {
        if (s == id)
            s.clear();
    }
    auto found = m_records.get(id);
    if (!found || found->state() != RequestState::Loading) {
        pump();
        return;
    }
    StoredRequest r = std::move(*found);
    SandboxApps apps(m_server);
    const QDateTime finished = now();
    QString error;
    if (!r.request.generatedApp || !apps.exists(r.request.generatedApp->id)) {
        error = tr("The generated app was deleted while its data was loading.");
    } else {
        const QString script = apps.currentScript(r.request.generatedApp->id);
        if (rules::ScriptBindings::hasFailMarker(script)) {
            error = tr("The data load of the generated app failed: General Script Error at "
                       "line %1 (// sandbox:fail). The app was kept for diagnosis.")
                        .arg(failMarkerLine(script));
        }
    }
    RequestLoadInfo load = r.request.loadState.value_or(RequestLoadInfo{});
    load.finishedAt = isoTime(finished);
    load.status = error.isEmpty() ? DataLoadStatus::Success : DataLoadStatus::Failed;
    r.request.loadState = load;
    r.internals.slot.reset();
    if (error.isEmpty()) {
        r.request.state = RequestState::Succeeded;
        r.request.errorMessage.reset();
    } else {
        r.request.state = RequestState::Failed;
        r.request.errorMessage = error;
    }
    const int ttl = r.request.timeToLive.value_or(0);
    if (ttl > 0 && r.request.generatedApp)
        r.request.purgeAfter = isoTime(finished.addSecs(qint64(ttl) * 60));
    else
        r.request.purgeAfter.reset();
    if (r.request.generatedApp)
        apps.recordReload(r.request.generatedApp->id, finished, error.isEmpty());
    save(r);
    if (r.request.parentRequestId)
        updateParent(*r.request.parentRequestId);
    if (r.request.purgeAfter)
        scheduleSweep();
    pump();
}

void RequestEngine::finishCancel(const QString &id)
{
    auto found = m_records.get(id);
    if (!found || found->state() != RequestState::Canceling)
        return;
    StoredRequest r = std::move(*found);
    r.request.state =
        r.internals.autoAck.value_or(false) ? RequestState::CanceledAck : RequestState::Canceled;
    r.internals.autoAck.reset();
    save(r);
    if (r.request.parentRequestId)
        updateParent(*r.request.parentRequestId);
}

RequestState RequestEngine::summarize(const QList<RequestState> &states)
{
    if (states.isEmpty())
        return RequestState::Invalid;
    const auto any = [&states](RequestState s) { return states.contains(s); };
    const auto all = [&states](RequestState s) {
        return std::all_of(states.begin(), states.end(), [s](RequestState x) { return x == s; });
    };
    // Still moving: the busiest phase any child is in.
    for (RequestState s : {RequestState::Loading, RequestState::Canceling, RequestState::Queued,
                           RequestState::Validating, RequestState::Hold}) {
        if (any(s))
            return s;
    }
    // Everything has finished: what still needs the user's attention comes first.
    if (any(RequestState::Failed))
        return RequestState::Failed;
    if (any(RequestState::Canceled))
        return RequestState::Canceled;
    if (any(RequestState::Succeeded))
        return RequestState::Succeeded;
    if (all(RequestState::Invalid))
        return RequestState::Invalid;
    if (any(RequestState::FailedAck))
        return RequestState::FailedAck;
    if (any(RequestState::CanceledAck))
        return RequestState::CanceledAck;
    return RequestState::Invalid;
}

void RequestEngine::updateParent(const QString &parentId)
{
    auto found = m_records.get(parentId);
    if (!found || !found->isMultiple())
        return;
    StoredRequest parent = std::move(*found);
    const QList<StoredRequest> kids = m_records.children(parentId);
    QList<RequestState> states;
    int failed = 0;
    for (const StoredRequest &k : kids) {
        states << k.state();
        if (k.state() == RequestState::Failed || k.state() == RequestState::FailedAck)
            ++failed;
    }
    const RequestState state = summarize(states);
    std::optional<QString> error;
    if (failed > 0)
        error = tr("%1 of %2 sub-requests failed.").arg(failed).arg(kids.size());
    if (parent.state() == state && parent.request.errorMessage == error)
        return;
    parent.request.state = state;
    parent.request.errorMessage = error;
    save(parent);
}

void RequestEngine::scheduleSweep()
{
    if (!m_running)
        return;
    if (m_sweepTimer)
        m_server.clock().cancel(m_sweepTimer);
    const QDateTime at = now();
    qint64 wait = kMaxSweepIntervalMs;
    if (const auto next = m_records.nextPurge(at))
        wait = std::clamp<qint64>(at.msecsTo(*next), 0, kMaxSweepIntervalMs);
    const int generation = m_generation;
    m_sweepTimer = m_server.clock().after(wait, this, [this, generation]() {
        if (generation != m_generation)
            return;
        m_sweepTimer = 0;
        sweep();
    });
}

void RequestEngine::sweep()
{
    const QList<StoredRequest> due = m_records.purgeDue(now());
    SandboxApps apps(m_server);
    int purged = 0;
    for (StoredRequest r : due) {
        if (isPending(r.request.state))
            continue; // a reload is running: its new purgeAfter comes when it ends
        if (apps.exists(r.request.generatedApp->id))
            apps.remove(r.request.generatedApp->id);
        r.request.generatedApp.reset();
        r.internals.purged = true;
        save(r);
        ++purged;
    }
    if (purged > 0)
        qCInfo(lcSandbox) << "odag requests: purged" << purged << "generated apps";
    scheduleSweep();
}

} // namespace odag::sandbox
