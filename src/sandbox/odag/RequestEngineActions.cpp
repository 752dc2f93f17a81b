// RequestEngine: what users do to existing requests (actions, generated-app delete,
// reload and rename) and how requests are read and answered.

#include "GeneratedAppScript.h"
#include "OdagArea.h"
#include "RequestEngine.h"
#include "SandboxLinks.h"

#include "sandbox/SandboxServer.h"
#include "sandbox/apps/SandboxApps.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

#include <cmath>

namespace odag::sandbox {

namespace {

// Gives this file's messages one translation context that lupdate records as the
// run-time lookup uses it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(odag::sandbox::RequestEngine)
};

RequestError actionRefused(const QString &detail)
{
    return RequestError{400, QString::fromLatin1(requestcode::kActionState), detail};
}

RequestError noApp(const QString &requestId)
{
    return RequestError{404, QString::fromLatin1(requestcode::kNoApp),
                        Tr::tr("Request %1 has no generated app.").arg(requestId)};
}

} // namespace

bool RequestEngine::canSee(const SandboxUser &user, const StoredRequest &r)
{
    if (user.admin || r.request.owner.id == user.id)
        return true;
    const auto link = SandboxLinks(m_server).get(r.request.link);
    return link && link->link.owner.id == user.id;
}

bool RequestEngine::mayActOnApp(const SandboxUser &user, const StoredRequest &r)
{
    // Seed 000: the request owner or the link's creator (and, in the sandbox, an admin).
    return canSee(user, r);
}

Result<StoredRequest, RequestError> RequestEngine::visibleRequest(const SandboxUser &user,
                                                                  const QString &requestId)
{
    ensureRunning();
    const auto r = isQlikId(requestId) ? m_records.get(requestId) : std::nullopt;
    if (!r) {
        return RequestError{404, QString::fromLatin1(requestcode::kNotFound),
                            Tr::tr("There is no ODAG request with ID %1.").arg(requestId)};
    }
    if (!canSee(user, *r)) {
        return RequestError{403, QString::fromLatin1(requestcode::kForbidden),
                            Tr::tr("Request %1 belongs to another user.").arg(requestId)};
    }
    return *r;
}

QList<StoredRequest> RequestEngine::linkRequests(const SandboxUser &user, const QString &linkId)
{
    ensureRunning();
    const auto link = SandboxLinks(m_server).get(linkId);
    const bool seesAll = user.admin || (link && link->link.owner.id == user.id);
    QList<StoredRequest> out;
    for (StoredRequest &r : m_records.forLink(linkId)) {
        if (seesAll || r.request.owner.id == user.id)
            out.append(std::move(r));
    }
    return out;
}

QList<StoredRequest> RequestEngine::allRequests(const SandboxUser &user)
{
    ensureRunning();
    QSet<QString> ownLinks;
    if (!user.admin) {
        for (const StoredLink &l : SandboxLinks(m_server).all()) {
            if (l.link.owner.id == user.id)
                ownLinks.insert(l.link.id);
        }
    }
    QList<StoredRequest> out;
    for (StoredRequest &r : m_records.all()) {
        if (user.admin || r.request.owner.id == user.id || ownLinks.contains(r.request.link))
            out.append(std::move(r));
    }
    return out;
}

QList<StoredRequest> RequestEngine::children(const QString &parentId)
{
    return m_records.children(parentId);
}

QJsonObject RequestEngine::answer(const StoredRequest &r, bool withChildren)
{
    RequestObject o = r.request;
    const int ttl = o.timeToLive.value_or(0);
    if (o.isSubRequest() || o.kind != RequestKind::Multiple) {
        if (ttl == 0) {
            o.retentionTime = 0;
        } else if (!o.generatedApp) {
            o.retentionTime.reset(); // purged, deleted or never made: nothing is retained
        } else if (o.purgeAfter) {
            const qint64 ms = now().msecsTo(o.purgeAfter->toDateTime());
            o.retentionTime = int(std::max<qint64>(1, qint64(std::ceil(double(ms) / 60000.0))));
        } else {
            o.retentionTime = ttl; // the clock starts when the load ends
        }
    }
    QJsonObject json = json::encode(o).toObject();
    if (withChildren && r.isMultiple()) {
        QJsonArray subs;
        for (const StoredRequest &k : m_records.children(r.id()))
            subs.append(answer(k, false));
        json.insert(QStringLiteral("subRequests"), subs);
    }
    return json;
}

bool RequestEngine::dropApp(StoredRequest &r)
{
    if (!r.request.generatedApp)
        return true;
    SandboxApps apps(m_server);
    if (apps.exists(r.request.generatedApp->id) && !apps.remove(r.request.generatedApp->id))
        return false;
    r.request.generatedApp.reset();
    return true;
}

void RequestEngine::beginCancel(StoredRequest &r, bool autoAck)
{
    unschedule(r.id());
    if (r.internals.queueSeq)
        m_queue.erase(*r.internals.queueSeq);
    // Apps of requests cancelled before loading are deleted (seed 000).
    dropApp(r);
    r.request.state = RequestState::Canceling;
    r.internals.autoAck = autoAck;
    save(r);
    const QString id = r.id();
    schedule(id, kCancelingMs, [this, id] { finishCancel(id); });
}

std::optional<RequestError> RequestEngine::applyAction(StoredRequest &r, RequestAction action,
                                                       const ActionFlags &flags, bool quiet)
{
    const RequestState state = r.state();
    const QString stateName = r.request.state.raw();
    switch (action) {
    case RequestAction::Cancel:
        if (state == RequestState::Validating || state == RequestState::Queued ||
            state == RequestState::Hold) {
            beginCancel(r, flags.autoAck);
            return std::nullopt;
        }
        if (state == RequestState::Succeeded && flags.ignoreSucceeded)
            return std::nullopt;
        if (quiet)
            return RequestError{};
        return actionRefused(
            state == RequestState::Loading
                ? Tr::tr("Request %1 is loading: cancel is effective only before the data load "
                         "starts.")
                      .arg(r.id())
                : Tr::tr("Request %1 is %2: only a validating, queued or paused request can be "
                         "cancelled.")
                      .arg(r.id(), stateName));
    case RequestAction::Pause:
        if (state == RequestState::Queued) {
            if (r.internals.queueSeq)
                m_queue.erase(*r.internals.queueSeq);
            r.internals.queueSeq.reset();
            r.request.state = RequestState::Hold;
            save(r);
            return std::nullopt;
        }
        if (quiet)
            return RequestError{};
        return actionRefused(Tr::tr("Request %1 is %2: only a queued request can be paused.")
                                 .arg(r.id(), stateName));
    case RequestAction::Resume:
        if (state == RequestState::Hold) {
            enqueue(r); // at the back of the line
            save(r);
            pump();
            return std::nullopt;
        }
        if (quiet)
            return RequestError{};
        return actionRefused(
            Tr::tr("Request %1 is %2: only a paused (hold) request can be resumed.")
                .arg(r.id(), stateName));
    case RequestAction::AckCancel:
    case RequestAction::AckFailure: {
        const bool cancel = action == RequestAction::AckCancel;
        const RequestState from = cancel ? RequestState::Canceled : RequestState::Failed;
        if (state == from) {
            if (flags.delGenApp)
                dropApp(r);
            r.request.state = cancel ? RequestState::CanceledAck : RequestState::FailedAck;
            save(r);
            return std::nullopt;
        }
        if (quiet)
            return RequestError{};
        return actionRefused(
            cancel ? Tr::tr("Request %1 is %2: only a canceled request can be acknowledged with "
                            "ackcancel.")
                         .arg(r.id(), stateName)
                   : Tr::tr("Request %1 is %2: only a failed request can be acknowledged with "
                            "ackfailure.")
                         .arg(r.id(), stateName));
    }
    case RequestAction::Unknown:
        break;
    }
    return RequestError{
        400, QString::fromLatin1(requestcode::kBadInput),
        Tr::tr("Unknown action; use cancel, pause, resume, ackcancel or ackfailure.")};
}

Result<StoredRequest, RequestError> RequestEngine::act(const SandboxUser &user,
                                                       const QString &requestId,
                                                       RequestAction action,
                                                       const ActionFlags &flags)
{
    auto found = visibleRequest(user, requestId);
    if (!found)
        return found.error();
    StoredRequest r = std::move(found).value();
    if (!user.admin && r.request.owner.id != user.id) {
        return RequestError{403, QString::fromLatin1(requestcode::kForbidden),
                            Tr::tr("Only the owner of request %1 or an administrator can change "
                                   "it.")
                                .arg(requestId)};
    }
    if (!r.isMultiple()) {
        if (auto e = applyAction(r, action, flags, false))
            return *e;
        if (r.request.parentRequestId)
            updateParent(*r.request.parentRequestId);
        return *m_records.get(requestId);
    }

    // A multiple request: the action goes to each sub-request it suits.
    int applied = 0;
    int ignoredSucceeded = 0;
    QStringList seen;
    for (StoredRequest &k : m_records.children(requestId)) {
        seen << k.request.state.raw();
        if (action == RequestAction::Cancel && k.state() == RequestState::Succeeded &&
            flags.ignoreSucceeded) {
            ++ignoredSucceeded;
            continue;
        }
        if (!applyAction(k, action, flags, true))
            ++applied;
    }
    if (applied == 0 && ignoredSucceeded == 0) {
        if (action == RequestAction::Unknown)
            return *applyAction(r, action, flags, false);
        seen.removeDuplicates();
        return actionRefused(Tr::tr("Request %1 is a multiple request in state %2: none of its "
                                    "sub-requests (%3) can take the action %4.")
                                 .arg(requestId, r.request.state.raw(),
                                      seen.join(QStringLiteral(", ")), wireName(action)));
    }
    updateParent(requestId);
    return *m_records.get(requestId);
}

std::optional<RequestError> RequestEngine::deleteApp(const SandboxUser &user,
                                                     const QString &requestId)
{
    auto found = visibleRequest(user, requestId);
    if (!found)
        return found.error();
    StoredRequest r = std::move(found).value();
    if (!mayActOnApp(user, r)) {
        return RequestError{
            403, QString::fromLatin1(requestcode::kForbidden),
            Tr::tr("Only the request owner or the link's owner can delete its app.")};
    }
    if (!r.hasApp())
        return noApp(requestId);
    if (isPending(r.request.state)) {
        return actionRefused(Tr::tr("Request %1 is %2: its app can be deleted once the request has "
                                    "finished (cancel it first).")
                                 .arg(requestId, r.request.state.raw()));
    }
    const bool existed = SandboxApps(m_server).exists(r.request.generatedApp->id);
    if (!dropApp(r) || !save(r)) {
        return RequestError{500, QString::fromLatin1(requestcode::kStore),
                            m_server.store().lastError()};
    }
    if (!existed)
        return noApp(requestId);
    return std::nullopt;
}

Result<StoredRequest, RequestError>
RequestEngine::renameApp(const SandboxUser &user, const QString &requestId, const QString &name)
{
    auto found = visibleRequest(user, requestId);
    if (!found)
        return found.error();
    StoredRequest r = std::move(found).value();
    if (!mayActOnApp(user, r)) {
        return RequestError{
            403, QString::fromLatin1(requestcode::kForbidden),
            Tr::tr("Only the request owner or the link's owner can rename its app.")};
    }
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        return RequestError{
            400, QString::fromLatin1(requestcode::kBadInput),
            Tr::tr("appName: the new name of the generated app must not be empty.")};
    }
    if (!r.hasApp() || !SandboxApps(m_server).rename(r.request.generatedApp->id, trimmed))
        return noApp(requestId);
    r.request.generatedApp->name = trimmed;
    r.request.generatedAppName = trimmed;
    save(r);
    return r;
}

Result<StoredRequest, RequestError> RequestEngine::reloadApp(const SandboxUser &user,
                                                             const QString &requestId,
                                                             const ReloadAppPayload &payload)
{
    auto found = visibleRequest(user, requestId);
    if (!found)
        return found.error();
    StoredRequest r = std::move(found).value();
    if (!mayActOnApp(user, r)) {
        return RequestError{
            403, QString::fromLatin1(requestcode::kForbidden),
            Tr::tr("Only the request owner or the link's owner can reload its app.")};
    }
    SandboxApps apps(m_server);
    if (!r.hasApp() || !apps.exists(r.request.generatedApp->id))
        return noApp(requestId);
    if (isPending(r.request.state)) {
        return actionRefused(
            Tr::tr("Request %1 is %2: its app can be reloaded once the request has "
                   "finished.")
                .arg(requestId, r.request.state.raw()));
    }
    const auto link = SandboxLinks(m_server).get(r.request.link);
    if (!link) {
        return RequestError{
            404, QString::fromLatin1(linkcode::kLinkNotFound),
            Tr::tr("The link %1 of this request no longer exists.").arg(r.request.link)};
    }
    const QList<Binding> bindings = link->link.bindings.value_or(QList<Binding>());
    if (payload.bindSelectionState) {
        if (auto e = requestrules::checkBindingRanges(bindings, *payload.bindSelectionState))
            return *e;
        r.internals.bindSelectionState = *payload.bindSelectionState;
        r.request.bindingStateHash = requestrules::stateHash(*payload.bindSelectionState, false);
    }
    if (payload.actualRowEst) {
        const rules::ResolvedProperties resolved = linkPropertiesFor(*link, user);
        QStringList unused;
        if (auto e = requestrules::checkRowEstimate(resolved, payload.actualRowEst, unused))
            return *e;
        r.request.actualRowEst = payload.actualRowEst;
    }
    if (payload.selectionState) {
        r.internals.selectionState = payload.selectionState;
        r.request.selectionStateHash = requestrules::stateHash(*payload.selectionState, true);
    }

    StoredRequest target = r;
    if (payload.copyRequest.value_or(false)) {
        // The copy takes the app over and runs the load; the original stays as history.
        target.request.id = SandboxApps::newId();
        target.request.createdDate = isoTime(now());
        target.internals.loads.reset();
        StoredRequest original = *m_records.get(requestId);
        QStringList validation = original.request.validation.value_or(QStringList());
        validation << Tr::tr("The generated app moved to request %1 (reload with copyRequest).")
                          .arg(target.id());
        original.request.validation = validation;
        original.request.generatedApp.reset();
        if (!save(original)) {
            return RequestError{500, QString::fromLatin1(requestcode::kStore),
                                m_server.store().lastError()};
        }
        QJsonObject doc = *apps.get(target.request.generatedApp->id);
        QJsonObject custom = doc.value(QStringLiteral("custom")).toObject();
        QJsonObject generated =
            custom.value(QString::fromLatin1(kOdagGeneratedAttribute)).toObject();
        generated.insert(QStringLiteral("requestId"), target.id());
        custom.insert(QString::fromLatin1(kOdagGeneratedAttribute), generated);
        doc.insert(QStringLiteral("custom"), custom);
        apps.update(target.request.generatedApp->id, doc);
    }
    apps.setScript(target.request.generatedApp->id,
                   generatedapp::bindScript(apps.currentScript(target.request.templateApp),
                                            bindings, target.internals.bindSelectionState),
                   user.id, Tr::tr("ODAG reload of request %1").arg(target.id()));
    target.request.loadState.reset();
    target.request.errorMessage.reset();
    target.request.purgeAfter.reset();
    enqueue(target);
    if (!save(target)) {
        return RequestError{500, QString::fromLatin1(requestcode::kStore),
                            m_server.store().lastError()};
    }
    if (target.request.parentRequestId)
        updateParent(*target.request.parentRequestId);
    pump();
    return *m_records.get(target.id());
}

} // namespace odag::sandbox
