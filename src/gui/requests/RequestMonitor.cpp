#include "RequestMonitor.h"

#include "RequestConversion.h"
#include "RequestLoadQueue.h"
#include "RequestMonitorPrivate.h"
#include "RequestsModel.h"

#include "api/OdagLinksApi.h"
#include "api/OdagRequestsApi.h"
#include "api/QseOdagApi.h"
#include "gui/connection/TenantSession.h"
#include "gui/links/LinkService.h"

#include <QDateTime>

#include <algorithm>
#include <cmath>

Q_LOGGING_CATEGORY(lcMonitor, "odag.monitor")

namespace odag::gui {

RequestMonitor::RequestMonitor(TenantSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_model(new RequestsModel(this))
    , m_queue(new RequestLoadQueue(m_model, this))
    , m_links(new LinkService(session, this))
    , m_linkStates(new QHash<QString, LinkState>)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &RequestMonitor::startRound);
    connect(m_queue, &RequestLoadQueue::progress, this, [this](int applied, int total) {
        if (m_loading)
            Q_EMIT loadProgress(m_model->requestCount(), m_model->requestCount() + (total - applied));
    });
}

void RequestMonitor::setLoadTurnBudget(int ms)
{
    m_queue->setTurnBudget(ms);
}

RequestMonitor::~RequestMonitor()
{
    delete m_linkStates;
}

bool RequestMonitor::isQse() const
{
    return m_session && m_session->kind() == TenantSession::Kind::SenseEnterprise;
}

void RequestMonitor::pollNow()
{
    if (!m_loaded) {
        start();
        return;
    }
    startRound();
}

void RequestMonitor::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    if (!running())
        m_timer.stop();
    else if (m_loaded)
        schedule(0);
}

void RequestMonitor::setAutoPaused(bool paused)
{
    if (paused == m_autoPaused)
        return;
    m_autoPaused = paused;
    qCInfo(lcMonitor) << (paused ? "window hidden: pausing" : "window shown: resuming");
    if (!running())
        m_timer.stop();
    else if (m_loaded)
        schedule(0);
}

void RequestMonitor::setBaseInterval(int ms)
{
    m_baseIntervalMs = std::max(1000, ms);
    m_idleRounds = 0;
    if (running() && m_loaded)
        schedule(std::min(m_timer.isActive() ? m_timer.remainingTime() : m_baseIntervalMs, m_baseIntervalMs));
}

void RequestMonitor::setIdleRecheckInterval(int ms)
{
    m_idleRecheckMs = std::max(1000, ms);
    const qint64 now = monitorNowMs();
    for (LinkState &s : *m_linkStates)
        s.nextFullCheckMs = std::min(s.nextFullCheckMs, now + m_idleRecheckMs);
}

void RequestMonitor::watch(const QString &requestId)
{
    m_watched.insert(requestId);
}

void RequestMonitor::unwatch(const QString &requestId)
{
    m_watched.remove(requestId);
}

int RequestMonitor::callsLastMinute() const
{
    const qint64 cutoff = monitorNowMs() - 60000;
    while (!m_callTimes.isEmpty() && m_callTimes.first() < cutoff)
        m_callTimes.removeFirst();
    return int(m_callTimes.size());
}

double RequestMonitor::tier1BudgetUsed() const
{
    if (!m_session || isQse())
        return -1;
    api::RateLimiter &limiter = m_session->transport().rateLimiter();
    const int budget = limiter.budget(api::Tier::Tier1);
    if (budget <= 0)
        return -1;
    return double(limiter.used(api::Tier::Tier1, limiter.now())) / budget;
}

QStringList RequestMonitor::activeLinks() const
{
    const qint64 now = monitorNowMs();
    QStringList out;
    for (const QString &id : m_linkOrder) {
        const LinkState &s = m_linkStates->value(id);
        if (!s.pending.isEmpty() || (s.lastActiveMs > 0 && now - s.lastActiveMs < kRecentlyActiveMs))
            out.append(id);
    }
    return out;
}

void RequestMonitor::schedule(int ms)
{
    m_timer.start(std::max(0, ms));
}

int RequestMonitor::allowedCallsPerRound(int intervalMs) const
{
    if (!m_session || isQse())
        return std::numeric_limits<int>::max();
    const int budget = m_session->transport().rateLimiter().budget(api::Tier::Tier1);
    if (budget <= 0)
        return std::numeric_limits<int>::max();
    return std::max(1, int(std::floor(kBudgetShare * budget * intervalMs / 60000.0)));
}

int RequestMonitor::plannedInterval(int callsPerRound) const
{
    int ms = m_baseIntervalMs;
    int pendingLinks = 0;
    for (const LinkState &s : std::as_const(*m_linkStates))
        pendingLinks += s.pending.isEmpty() ? 0 : 1;
    const bool pending = pendingLinks > 0;
    // A few loads running: look more often (unless the user chose a slower pace); many
    // busy links keep the base pace to spare the budget; idle: stretch.
    if (pending && pendingLinks <= kBusyLinksMax && m_baseIntervalMs <= kDefaultIntervalMs)
        ms = std::min(m_baseIntervalMs, kBusyIntervalMs);
    else if (!pending)
        ms = std::min(std::max(m_baseIntervalMs, kMaxIdleIntervalMs),
                      int(m_baseIntervalMs * std::pow(1.5, std::min(m_idleRounds, 10))));
    ms *= m_backoff;
    // Stay under the budget share: stretch the interval (the caller then polls fewer
    // links if even the longest interval is not enough).
    if (!isQse() && m_session) {
        const int budget = m_session->transport().rateLimiter().budget(api::Tier::Tier1);
        if (budget > 0) {
            const int needed = int(std::ceil(callsPerRound * 60000.0 / (kBudgetShare * budget)));
            ms = std::max(ms, std::min(needed, kMaxIdleIntervalMs));
        }
    }
    return std::min(ms, kMaxIdleIntervalMs * 4);
}

void RequestMonitor::startRound()
{
    if (!m_session)
        return;
    if (!m_loaded) { // the first load failed: try it again
        start();
        return;
    }
    m_timer.stop();
    auto round = std::make_shared<Round>();
    round->outstanding = 1; // released at the end of this function
    if (isQse()) {
        pollQse(round);
    } else {
        const qint64 now = monitorNowMs();
        if (now - m_lastRelistMs > kLinkRelistMs) {
            ++round->calls;
            relistLinks();
        }
        const QStringList active = activeLinks();
        QStringList idleDue;
        for (const QString &id : std::as_const(m_linkOrder)) {
            if (!active.contains(id) && m_linkStates->value(id).nextFullCheckMs <= now)
                idleDue.append(id);
        }
        // The longest-waiting first, so that a tight budget cannot starve a link.
        std::sort(idleDue.begin(), idleDue.end(), [this](const QString &a, const QString &b) {
            return m_linkStates->value(a).nextFullCheckMs < m_linkStates->value(b).nextFullCheckMs;
        });
        // Near the budget share already (other workspaces count too): skip a round.
        api::RateLimiter &limiter = m_session->transport().rateLimiter();
        const int budget = limiter.budget(api::Tier::Tier1);
        const bool nearBudget = budget > 0 && limiter.used(api::Tier::Tier1, limiter.now()) >= kBudgetShare * budget;
        if (nearBudget) {
            qCInfo(lcMonitor) << "near the Tier 1 budget: skipping a round";
            round->throttled = true;
        } else {
            const int wanted = int(active.size() + m_watched.size());
            m_intervalMs = plannedInterval(wanted);
            int allowed = allowedCallsPerRound(m_intervalMs);
            // Idle links due for their full check keep a share of every round: busy links
            // that take the whole budget would otherwise never let a new request on an
            // idle link be seen.
            const int idleShare =
                std::min({int(idleDue.size()), allowed, idleDue.isEmpty() ? 0 : std::max(1, allowed / 4)});
            const int forActive = allowed - idleShare;
            // Round-robin over the active links when the budget cannot take them all.
            QStringList polled = active;
            if (active.size() > forActive) {
                polled.clear();
                for (int i = 0; i < forActive; ++i)
                    polled.append(active.at((m_roundRobin + i) % active.size()));
                m_roundRobin = (m_roundRobin + forActive) % std::max<qsizetype>(1, active.size());
            }
            allowed -= int(polled.size());
            for (const QString &id : std::as_const(polled))
                pollLink(id, true, round);
            for (const QString &id : std::as_const(m_watched)) {
                if (allowed <= idleShare)
                    break;
                --allowed;
                readDetail(id, round);
            }
            for (const QString &id : std::as_const(idleDue)) {
                if (allowed-- <= 0)
                    break;
                (*m_linkStates)[id].nextFullCheckMs = now + m_idleRecheckMs;
                pollLink(id, false, round);
            }
        }
    }
    callDone(round);
}

void RequestMonitor::track(api::PendingCall *call, const std::shared_ptr<Round> &round)
{
    ++round->outstanding;
    ++round->calls;
    m_callTimes.append(monitorNowMs());
    if (call) {
        // The transport waits out a 429's Retry-After (or the budget) by itself; the
        // monitor takes it as a sign to slow down.
        connect(call, &api::PendingCall::waiting, this, [round](int) { round->throttled = true; });
    }
}

void RequestMonitor::pollQse(const std::shared_ptr<Round> &round)
{
    const quint64 gen = ++m_qseIssued;
    m_intervalMs = plannedInterval(1);
    auto *call = api::QseOdagApi(m_session->transport())
                     .listRequests(this, [this, gen, round](const api::ApiResult<QList<QseRequest>> &r) {
                         if (!r.ok()) {
                             fail(round, tr("Could not refresh the requests."), r.error());
                         } else if (gen < m_qseApplied) {
                             ++m_staleDropped;
                         } else {
                             m_qseApplied = gen;
                             QList<RequestObject> all;
                             all.reserve(r.value().size());
                             QSet<QString> ids;
                             for (const QseRequest &q : r.value()) {
                                 all.append(fromQse(q));
                                 ids.insert(all.last().id);
                             }
                             QStringList removed;
                             for (const QString &id : std::as_const(m_qseIds)) {
                                 if (!ids.contains(id))
                                     removed.append(id);
                             }
                             m_qseIds = ids;
                             round->changed += apply(all, removed);
                         }
                         callDone(round);
                     });
    track(call, round);
}

void RequestMonitor::pollLink(const QString &linkId, bool pendingOnly, const std::shared_ptr<Round> &round)
{
    const quint64 gen = ++(*m_linkStates)[linkId].issued;
    api::LinkRequestsQuery query;
    if (pendingOnly)
        query.pending = true;
    auto *call = api::OdagLinksApi(m_session->transport())
                     .listLinkRequests(
                         linkId, query, this,
                         [this, linkId, gen, pendingOnly, round](const api::ApiResult<QList<RequestObject>> &r) {
                             LinkState &s = (*m_linkStates)[linkId];
                             if (!r.ok()) {
                                 fail(round, tr("Could not refresh the requests of link %1.").arg(m_model->linkName(linkId)),
                                      r.error());
                             } else if (gen < s.applied) {
                                 // An overlapping older round answered late: never over a newer one.
                                 ++m_staleDropped;
                                 qCDebug(lcMonitor) << "dropped a stale answer for link" << linkId;
                             } else {
                                 s.applied = gen;
                                 QSet<QString> seen;
                                 for (const RequestObject &o : r.value())
                                     seen.insert(o.id);
                                 // Left the pending list: one detail read learns how it ended.
                                 const QSet<QString> before = s.pending;
                                 if (!r.value().isEmpty())
                                     s.lastActiveMs = monitorNowMs();
                                 round->changed += apply(r.value());
                                 if (pendingOnly) {
                                     for (const QString &id : before) {
                                         if (!seen.contains(id) && !m_watched.contains(id))
                                             readDetail(id, round);
                                     }
                                 }
                             }
                             callDone(round);
                         });
    track(call, round);
}

void RequestMonitor::readDetail(const QString &requestId, const std::shared_ptr<Round> &round)
{
    if (m_detailInFlight.contains(requestId))
        return;
    m_detailInFlight.insert(requestId);
    auto *call = api::OdagRequestsApi(m_session->transport())
                     .getRequest(requestId, this, [this, requestId, round](const api::ApiResult<RequestObject> &r) {
                         m_detailInFlight.remove(requestId);
                         if (r.ok()) {
                             round->changed += apply({r.value()});
                         } else if (r.error().httpStatus == 404) {
                             // Gone from the tenant (deleted or purged with its link).
                             const RequestObject *old = m_model->request(requestId);
                             if (old)
                                 (*m_linkStates)[old->link].pending.remove(requestId);
                             m_watched.remove(requestId);
                             apply({}, {requestId});
                         } else {
                             fail(round, tr("Could not read request %1.").arg(requestId), r.error());
                         }
                         callDone(round);
                     });
    track(call, round);
}

void RequestMonitor::fail(const std::shared_ptr<Round> &round, const QString &what, const api::ApiError &error)
{
    if (error.isCanceled())
        return;
    round->failed = true;
    if (error.kind == api::ApiError::Kind::RateLimited || error.httpStatus == 429)
        round->throttled = true;
    if (!round->error) {
        round->what = what;
        round->error = error;
    }
    qCWarning(lcMonitor).noquote() << what << error.toString();
}

QList<RequestObject> RequestMonitor::apply(const QList<RequestObject> &answer, const QStringList &removed, bool bulk)
{
    for (const RequestObject &r : answer) {
        if (LinkState *s = m_linkStates->contains(r.link) ? &(*m_linkStates)[r.link] : nullptr) {
            if (isPending(r.state))
                s->pending.insert(r.id);
            else
                s->pending.remove(r.id);
        }
    }
    if (bulk || m_queue->isBusy()) {
        // Behind (or part of) a first load the model is still filling: in order, later.
        m_queue->enqueue(answer, removed);
        return answer;
    }
    QList<RequestObject> changed;
    for (const RequestObject &r : answer) {
        const RequestObject *old = m_model->request(r.id);
        if (old) {
            RequestObject kept = r;
            RequestCompactor::dropUnknownFields(kept);
            if (*old == kept)
                continue;
            // A detail read that raced a newer list answer must not undo it.
            const qint64 oldModified = RequestsModel::parseTimeMs(old->modifiedDate.raw());
            const qint64 newModified = RequestsModel::parseTimeMs(r.modifiedDate.raw());
            if (oldModified != RequestsModel::kNoTime && newModified != RequestsModel::kNoTime
                && newModified < oldModified)
                continue;
        }
        changed.append(r);
    }
    if (!changed.isEmpty() || !removed.isEmpty())
        m_model->applyUpdate(changed, removed);
    return changed;
}

void RequestMonitor::callDone(const std::shared_ptr<Round> &round)
{
    if (--round->outstanding == 0)
        finishRound(round);
}

void RequestMonitor::finishRound(const std::shared_ptr<Round> &round)
{
    ++m_rounds;
    if (round->throttled || round->failed)
        m_backoff = std::min(m_backoff * 2, 8);
    else if (m_backoff > 1)
        m_backoff /= 2;
    m_idleRounds = round->changed.isEmpty() ? m_idleRounds + 1 : 0;

    if (round->failed) {
        m_hasProblem = true;
        m_lastError = round->error;
        const int retryS = (plannedInterval(0) + 999) / 1000;
        const bool limited = round->error->kind == api::ApiError::Kind::RateLimited || round->error->httpStatus == 429;
        Q_EMIT problem(limited ? tr("The tenant asked to slow down (rate limit). Every request is kept; "
                                    "live updates retry in %n s.",
                                    "", retryS)
                               : tr("%1 %2 Every request is kept; live updates retry in %n s.", "", retryS)
                                     .arg(round->what, round->error->message()));
    } else if (m_hasProblem) {
        m_hasProblem = false;
        m_lastError.reset();
        Q_EMIT problem(QString());
    }
    if (!round->failed) {
        m_lastRefresh = QDateTime::currentDateTime();
    }
    if (!round->changed.isEmpty())
        Q_EMIT updated(round->changed);
    if (!round->failed)
        Q_EMIT refreshed(m_lastRefresh);
    Q_EMIT callsMade(round->calls);
    qCDebug(lcMonitor) << "round" << m_rounds << "calls" << round->calls << "changed" << round->changed.size()
                       << "backoff" << m_backoff;

    m_intervalMs = plannedInterval(int(activeLinks().size() + m_watched.size()));
    if (running() && !m_timer.isActive())
        schedule(m_intervalMs);
}

} // namespace odag::gui
