#include "RequestActions.h"

#include "gui/requests/RequestConversion.h"

#include "api/OdagRequestsApi.h"
#include "api/QseOdagApi.h"

#include <QCoreApplication>
#include <QDesktopServices>

namespace odag::gui {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(odag::gui::RequestActions)
};

RequestActions::UrlOpener &urlOpener()
{
    static RequestActions::UrlOpener opener;
    return opener;
}

Availability yes()
{
    return {true, {}};
}

Availability no(const QString &reason)
{
    return {false, reason};
}

QString stateName(const RequestObject &r)
{
    return displayName(r.state);
}

bool beforeLoading(RequestState s)
{
    return s == RequestState::Validating || s == RequestState::Queued || s == RequestState::Hold;
}

Availability appAction(RequestOp op, const RequestObject &r)
{
    if (r.kind == RequestKind::Multiple) {
        return no(Tr::tr("A multiple request has no app of its own: select its sub-requests "
                         "to act on their apps."));
    }
    if (!r.generatedApp || r.generatedApp->id.isEmpty())
        return no(Tr::tr("This request has no generated app (it is %1).").arg(stateName(r)));
    if (op == RequestOp::RenameApp)
        return yes();
    if (isPending(r.state)) {
        return no(Tr::tr("The request is still %1: its app can be used once the request has "
                         "finished.")
                      .arg(stateName(r)));
    }
    return yes();
}

} // namespace

int BulkResult::failures() const
{
    int n = 0;
    for (const ActionOutcome &o : outcomes)
        n += o.ok ? 0 : 1;
    return n;
}

int BulkResult::successes() const
{
    return int(outcomes.size()) - failures();
}

RequestActions::RequestActions(TenantSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    qRegisterMetaType<odag::gui::BulkResult>();
}

RequestActions::~RequestActions()
{
    // Callbacks are bound to this object as context: they cannot run after this.
    for (const auto &call : std::as_const(m_calls)) {
        if (call)
            call->cancel();
    }
}

QList<RequestOp> RequestActions::allOps()
{
    return {RequestOp::Cancel,    RequestOp::Pause,      RequestOp::Resume,
            RequestOp::AckCancel, RequestOp::AckFailure, RequestOp::ReloadApp,
            RequestOp::RenameApp, RequestOp::DeleteApp,  RequestOp::OpenApp};
}

QString RequestActions::displayName(RequestOp op)
{
    switch (op) {
    case RequestOp::Cancel:
        return Tr::tr("Cancel request");
    case RequestOp::Pause:
        return Tr::tr("Pause request");
    case RequestOp::Resume:
        return Tr::tr("Resume request");
    case RequestOp::AckCancel:
        return Tr::tr("Acknowledge cancellation");
    case RequestOp::AckFailure:
        return Tr::tr("Acknowledge failure");
    case RequestOp::ReloadApp:
        return Tr::tr("Reload generated app");
    case RequestOp::RenameApp:
        return Tr::tr("Rename generated app");
    case RequestOp::DeleteApp:
        return Tr::tr("Delete generated app");
    case RequestOp::OpenApp:
        return Tr::tr("Open generated app in the browser");
    }
    return {};
}

Availability RequestActions::availability(RequestOp op, const RequestObject &r,
                                          TenantSession::Kind kind)
{
    const bool qse = kind == TenantSession::Kind::SenseEnterprise;
    const RequestState s = r.state.value();
    const bool multiple = r.kind == RequestKind::Multiple;

    switch (op) {
    case RequestOp::Cancel:
        // A multiple request passes the cancel to its sub-requests not yet loading, so it
        // is worth trying while any of them may still be waiting.
        if (beforeLoading(s) || (multiple && s == RequestState::Loading))
            return yes();
        if (s == RequestState::Loading) {
            return no(Tr::tr("The request is loading: cancel is effective only before the data "
                             "load starts."));
        }
        return no(Tr::tr("Only a validating, queued or paused request can be cancelled; this one "
                         "is %1.")
                      .arg(stateName(r)));
    case RequestOp::Pause:
        if (qse)
            return no(Tr::tr("Pausing requests is not available on Qlik Sense Enterprise."));
        if (s == RequestState::Queued || (multiple && s == RequestState::Loading))
            return yes();
        return no(Tr::tr("Only a queued request can be paused; this one is %1.").arg(stateName(r)));
    case RequestOp::Resume:
        if (qse)
            return no(Tr::tr("Resuming requests is not available on Qlik Sense Enterprise."));
        if (s == RequestState::Hold || (multiple && isPending(r.state)))
            return yes();
        return no(
            Tr::tr("Only a paused request can be resumed; this one is %1.").arg(stateName(r)));
    case RequestOp::AckCancel:
        if (qse) {
            return no(Tr::tr("Acknowledging a cancellation is not available on Qlik Sense "
                             "Enterprise."));
        }
        if (s == RequestState::Canceled)
            return yes();
        return no(Tr::tr("Only a canceled request can be acknowledged as canceled; this one is %1.")
                      .arg(stateName(r)));
    case RequestOp::AckFailure:
        if (qse)
            return no(Tr::tr("Acknowledging a failure is not available on Qlik Sense Enterprise."));
        if (s == RequestState::Failed)
            return yes();
        return no(Tr::tr("Only a failed request can be acknowledged as failed; this one is %1.")
                      .arg(stateName(r)));
    case RequestOp::ReloadApp:
    case RequestOp::RenameApp:
    case RequestOp::DeleteApp:
    case RequestOp::OpenApp:
        return appAction(op, r);
    }
    return no(Tr::tr("Unknown action."));
}

QUrl RequestActions::appUrl(const QUrl &baseUrl, const QString &appId)
{
    QUrl url = baseUrl;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QStringLiteral("/sense/app/") + appId);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

void RequestActions::setUrlOpener(UrlOpener opener)
{
    urlOpener() = std::move(opener);
}

bool RequestActions::run(RequestOp op, const QList<RequestObject> &requests,
                         const ActionOptions &options)
{
    if (m_running || !m_session)
        return false;
    m_requests = requests;
    m_options = options;
    m_result = BulkResult{};
    m_result.op = op;
    m_result.outcomes.clear();
    for (const RequestObject &r : requests) {
        ActionOutcome o;
        o.requestId = r.id;
        const QString app = r.generatedAppDisplayName();
        o.label = app.isEmpty() ? r.id : app;
        m_result.outcomes.append(o);
    }
    m_calls = QList<QPointer<api::PendingCall>>(requests.size());
    m_next = 0;
    m_done = 0;
    m_inFlight = 0;
    m_running = true;
    m_canceling = false;
    Q_EMIT progress(0, int(requests.size()));
    startNext();
    return true;
}

void RequestActions::cancel()
{
    if (!m_running || m_canceling)
        return;
    m_canceling = true;
    for (const auto &call : std::as_const(m_calls)) {
        if (call && !call->isFinished())
            call->cancel();
    }
    if (m_inFlight == 0)
        finish();
}

void RequestActions::startNext()
{
    while (m_running && !m_canceling && m_inFlight < kParallel && m_next < m_requests.size())
        startOne(m_next++);
    if (m_running && m_inFlight == 0 && (m_canceling || m_next >= m_requests.size()))
        finish();
}

void RequestActions::startOne(int index)
{
    const RequestObject &r = m_requests.at(index);
    const TenantSession::Kind kind = m_session->kind();
    const Availability a = availability(m_result.op, r, kind);
    if (!a.enabled) {
        ++m_inFlight; // complete() balances it
        complete(index, false, a.reason, std::nullopt);
        return;
    }
    if (m_result.op == RequestOp::OpenApp) {
        const QUrl url = appUrl(m_session->baseUrl(), r.generatedApp->id);
        const bool opened = urlOpener() ? urlOpener()(url) : QDesktopServices::openUrl(url);
        ++m_inFlight;
        complete(index, opened,
                 opened ? QString() : Tr::tr("No browser could open %1.").arg(url.toString()),
                 std::nullopt);
        return;
    }

    ++m_inFlight;
    api::Transport &transport = m_session->transport();
    auto onRequest = [this, index](const api::ApiResult<RequestObject> &res) {
        if (res.ok())
            complete(index, true, {}, res.value());
        else
            complete(index, false, res.error().message(), std::nullopt);
    };
    auto onQse = [this, index](const api::ApiResult<QseRequest> &res) {
        if (res.ok())
            complete(index, true, {}, fromQse(res.value()));
        else
            complete(index, false, res.error().message(), std::nullopt);
    };
    auto onEmpty = [this, index](const api::ApiResult<api::Empty> &res) {
        complete(index, res.ok(), res.ok() ? QString() : res.error().message(), std::nullopt);
    };

    api::PendingCall *call = nullptr;
    if (kind == TenantSession::Kind::SenseEnterprise) {
        api::QseOdagApi qse(transport);
        switch (m_result.op) {
        case RequestOp::Cancel: {
            QseRequestUpdate update;
            update.status = QStringLiteral("cancelled");
            call = qse.updateRequest(r.id, update, this, onQse);
            break;
        }
        case RequestOp::ReloadApp:
            call = qse.reloadGeneratedApp(r.id, this, onQse);
            break;
        case RequestOp::RenameApp:
            call =
                qse.renameGeneratedApp(r.id, QseRenamePayload{m_options.newName, {}}, this, onQse);
            break;
        case RequestOp::DeleteApp:
            call = qse.deleteGeneratedApp(r.id, this, onEmpty);
            break;
        default:
            break; // refused by availability() above
        }
    } else {
        api::OdagRequestsApi cloud(transport);
        auto act = [&](RequestAction action, const api::RequestActionOptions &o) {
            return cloud.performAction(r.id, action, o, this, onRequest);
        };
        switch (m_result.op) {
        case RequestOp::Cancel: {
            api::RequestActionOptions o;
            o.autoAck = m_options.autoAck;
            if (m_options.autoAck)
                o.delGenApp = m_options.delGenApp;
            o.ignoreSucceeded = m_options.ignoreSucceeded;
            call = act(RequestAction::Cancel, o);
            break;
        }
        case RequestOp::Pause:
            call = act(RequestAction::Pause, {});
            break;
        case RequestOp::Resume:
            call = act(RequestAction::Resume, {});
            break;
        case RequestOp::AckCancel:
        case RequestOp::AckFailure: {
            api::RequestActionOptions o;
            if (m_options.delGenApp)
                o.delGenApp = true;
            call = act(m_result.op == RequestOp::AckCancel ? RequestAction::AckCancel
                                                           : RequestAction::AckFailure,
                       o);
            break;
        }
        case RequestOp::ReloadApp:
            call = cloud.reloadGeneratedApp(r.id, ReloadAppPayload{}, this, onRequest);
            break;
        case RequestOp::RenameApp:
            call = cloud.renameGeneratedApp(r.id, RenameAppPayload{m_options.newName, {}}, this,
                                            onRequest);
            break;
        case RequestOp::DeleteApp:
            call = cloud.deleteGeneratedApp(r.id, this, onEmpty);
            break;
        case RequestOp::OpenApp:
            break;
        }
    }
    if (index < m_calls.size())
        m_calls[index] = call;
}

void RequestActions::complete(int index, bool ok, const QString &message,
                              std::optional<RequestObject> updated)
{
    if (!m_running)
        return;
    ActionOutcome &o = m_result.outcomes[index];
    o.ok = ok;
    o.message = message;
    o.updated = std::move(updated);
    --m_inFlight;
    ++m_done;
    m_calls[index] = nullptr;
    Q_EMIT requestDone(o.requestId, ok, message);
    Q_EMIT progress(m_done, int(m_requests.size()));
    // Start the next one from the event loop: a run of local refusals must not recurse.
    QMetaObject::invokeMethod(this, &RequestActions::startNext, Qt::QueuedConnection);
}

void RequestActions::finish()
{
    if (!m_running)
        return;
    m_running = false;
    m_result.canceled = m_canceling;
    if (m_canceling) {
        // Keep only the requests that got an answer: the rest were not touched.
        QList<ActionOutcome> reached;
        for (int i = 0; i < m_result.outcomes.size(); ++i) {
            if (i < m_next && !m_calls.value(i))
                reached.append(m_result.outcomes.at(i));
        }
        m_result.outcomes = reached;
    }
    m_calls.clear();
    const BulkResult result = m_result;
    Q_EMIT finished(result);
}

} // namespace odag::gui
