#include "QseRequestRoutes.h"

#include "OdagArea.h"
#include "RequestEngine.h"

#include "sandbox/SandboxServer.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace odag::sandbox {

namespace {

// Gives this file's messages one translation context that lupdate records as the
// run-time lookup uses it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(odag::sandbox::QseRequestRoutes)
};

const QString kRoot = QStringLiteral("/api/odag/v1");

SandboxResponse fail(const SandboxRequest &r, const RequestError &e)
{
    return r.error(e.status, e.detail);
}

QseRequestStatus qseStatus(RequestState state)
{
    switch (state) {
    case RequestState::Validating:
    case RequestState::Queued:
    case RequestState::Hold:
        return QseRequestStatus::Queued;
    case RequestState::Loading:
        return QseRequestStatus::Loading;
    case RequestState::Succeeded:
        return QseRequestStatus::Completed;
    case RequestState::Canceling:
    case RequestState::Canceled:
    case RequestState::CanceledAck:
        return QseRequestStatus::Cancelled;
    case RequestState::Failed:
    case RequestState::FailedAck:
    case RequestState::Invalid:
    case RequestState::Unknown:
        break;
    }
    return QseRequestStatus::Failed;
}

QString statusMessage(const StoredRequest &s)
{
    const RequestObject &r = s.request;
    switch (s.state()) {
    case RequestState::Validating:
        return Tr::tr("Validating the selection state.");
    case RequestState::Queued:
        return Tr::tr("Waiting for a free engine to load the data.");
    case RequestState::Hold:
        return Tr::tr("Paused (hold): resume the request to put it back in the queue.");
    case RequestState::Loading:
        return Tr::tr("Loading data on %1.")
            .arg(r.loadState ? r.loadState->loadHost : QStringLiteral("the engine"));
    case RequestState::Succeeded:
        return Tr::tr("The app was generated.");
    case RequestState::Canceling:
        return Tr::tr("Being cancelled.");
    case RequestState::Canceled:
        return Tr::tr("Cancelled.");
    case RequestState::CanceledAck:
        return Tr::tr("Cancelled (acknowledged).");
    case RequestState::Invalid:
        return r.validation.value_or(QStringList()).join(QLatin1Char(' '));
    case RequestState::Failed:
    case RequestState::FailedAck:
    case RequestState::Unknown:
        break;
    }
    return r.errorMessage.value_or(Tr::tr("The request failed."));
}

std::optional<RequestAction> actionFor(const QString &status)
{
    const QString s = status.trimmed().toLower();
    if (s == QLatin1StringView("cancelled") || s == QLatin1StringView("canceled") ||
        s == QLatin1StringView("cancel"))
        return RequestAction::Cancel;
    if (s == QLatin1StringView("hold") || s == QLatin1StringView("paused") ||
        s == QLatin1StringView("pause"))
        return RequestAction::Pause;
    if (s == QLatin1StringView("queued") || s == QLatin1StringView("resume"))
        return RequestAction::Resume;
    if (s == QLatin1StringView("canceledack") || s == QLatin1StringView("ackcancel"))
        return RequestAction::AckCancel;
    if (s == QLatin1StringView("failedack") || s == QLatin1StringView("ackfailure"))
        return RequestAction::AckFailure;
    return std::nullopt;
}

// The Cloud payload a QSE selectionState stands for (see the header).
Result<RequestPostPayload, QString> payloadFrom(const QJsonValue &state, const StoredLink &link)
{
    RequestPostPayload p;
    p.selectionApp = link.selectionAppId;
    if (state.isArray()) {
        auto fields = json::decode<SelectionState>(state);
        if (!fields) {
            const DecodeError &e = fields.error();
            return QString(QStringLiteral("selectionState") + e.path + QStringLiteral(": ") +
                           e.message);
        }
        p.bindSelectionState = *fields;
        p.selectionState = *fields;
        return p;
    }
    if (!state.isObject())
        return Tr::tr("selectionState: expected an array of field states or an object of field "
                      "values.");
    const QJsonObject o = state.toObject();
    if (o.contains(QStringLiteral("bindSelectionState"))) {
        QJsonObject cloud = o;
        if (!cloud.contains(QStringLiteral("selectionApp")))
            cloud.insert(QStringLiteral("selectionApp"), link.selectionAppId);
        auto decoded = json::decode<RequestPostPayload>(QJsonValue(cloud));
        if (!decoded)
            return QString(QStringLiteral("selectionState.") + decoded.error().toString());
        return std::move(decoded).value();
    }
    for (auto it = o.begin(); it != o.end(); ++it) {
        FieldSelectionState field;
        field.selectionAppParamName = it.key();
        field.selectionAppParamType = SelectAppParamType::Field;
        const QJsonArray values =
            it.value().isArray() ? it.value().toArray() : QJsonArray{it.value()};
        for (const QJsonValue &v : values) {
            FieldValue fv;
            fv.selStatus = SelectStatus::Selected;
            if (v.isDouble()) {
                fv.numValue = QString::number(v.toDouble(), 'g', 17);
                fv.strValue = *fv.numValue;
            } else if (v.isString()) {
                fv.strValue = v.toString();
            } else {
                return Tr::tr("selectionState.%1: expected a value or an array of values.")
                    .arg(it.key());
            }
            field.values.append(fv);
        }
        p.bindSelectionState.append(field);
    }
    p.selectionState = p.bindSelectionState;
    return p;
}

SandboxResponse answer(SandboxServer &server, const StoredRequest &r, int status = 200)
{
    return SandboxResponse::json(json::encode(toQseRequest(server, r)), status);
}

SandboxResponse answerList(SandboxServer &server, const QList<StoredRequest> &list,
                           const SandboxRequest &r)
{
    const QString linkId = r.queryValue(QStringLiteral("linkId"));
    const QString status = r.queryValue(QStringLiteral("status")).toLower();
    const QString selectionAppId = r.queryValue(QStringLiteral("selectionAppId"));
    const QString templateAppId = r.queryValue(QStringLiteral("templateAppId"));
    const QString generatedAppId = r.queryValue(QStringLiteral("generatedAppId"));
    QJsonArray out;
    for (const StoredRequest &req : list) {
        const QseRequest q = toQseRequest(server, req);
        if (!linkId.isEmpty() && q.linkId != linkId)
            continue;
        if (!status.isEmpty() && (!q.status || q.status->raw() != status))
            continue;
        if (!selectionAppId.isEmpty() && q.selectionAppId != selectionAppId)
            continue;
        if (!templateAppId.isEmpty() && q.templateAppId != templateAppId)
            continue;
        if (!generatedAppId.isEmpty() && q.generatedAppId != generatedAppId)
            continue;
        out.append(json::encode(q));
    }
    return SandboxResponse::json(out);
}

} // namespace

QseRequest toQseRequest(SandboxServer &server, const StoredRequest &s)
{
    const RequestObject &r = s.request;
    QseRequest q;
    q.id = r.id;
    q.createdDate = r.createdDate;
    q.modifiedDate = r.modifiedDate;
    q.linkId = r.link;
    q.selectionAppId = r.selectionApp;
    q.templateAppId = r.templateApp;
    if (r.generatedApp)
        q.generatedAppId = r.generatedApp->id;
    if (r.generatedAppName)
        q.generatedAppName = r.generatedAppName;
    QseUser owner;
    owner.id = r.owner.id;
    owner.name = r.owner.name;
    if (const SandboxUser *u = server.users().findById(r.owner.id)) {
        owner.userId = u->userId.isEmpty() ? u->id : u->userId;
        owner.userDirectory = u->userDirectory;
    }
    q.owner = QseOwner{owner};
    q.status = qseStatus(s.state());
    q.statusMessage = statusMessage(s);
    if (s.internals.qseSelectionState)
        q.selectionState = *s.internals.qseSelectionState;
    else
        q.selectionState =
            json::encode(s.internals.selectionState.value_or(s.internals.bindSelectionState));
    return q;
}

void registerQseRequestRoutes(SandboxServer &server, RequestEngine &engine)
{
    SandboxRouter &router = server.router();
    RequestEngine *e = &engine;
    const auto guarded = [&server](auto handler) {
        return [&server, handler](const SandboxRequest &r) -> SandboxResponse {
            if (auto refused = refuseIfOdagDisabled(server, r))
                return *refused;
            return handler(r);
        };
    };
    const QString request = kRoot + QStringLiteral("/requests/{requestId}");
    const QString linkRequests = kRoot + QStringLiteral("/links/{linkId}/requests");

    router.get(kRoot + QStringLiteral("/requests"), {Tier::Tier1},
               guarded([&server, e](const SandboxRequest &r) {
                   return answerList(server, e->allRequests(*r.user), r);
               }));
    router.get(linkRequests, {Tier::Tier1}, guarded([&server, e](const SandboxRequest &r) {
                   const QString linkId = r.param(QStringLiteral("linkId"));
                   const auto link =
                       isQlikId(linkId) ? SandboxLinks(server).get(linkId) : std::nullopt;
                   if (!link || !canReadLink(*link, *r.user))
                       return r.error(404, Tr::tr("There is no ODAG link with ID %1.").arg(linkId));
                   return answerList(server, e->linkRequests(*r.user, linkId), r);
               }));
    router.post(
        linkRequests, {Tier::Tier2}, guarded([&server, e](const SandboxRequest &r) {
            auto body = decodeBody<QseRequestCreate>(r);
            if (!body)
                return body.error();
            const QString linkId = r.param(QStringLiteral("linkId"));
            const auto link = isQlikId(linkId) ? SandboxLinks(server).get(linkId) : std::nullopt;
            if (!link || !canReadLink(*link, *r.user))
                return r.error(404, Tr::tr("There is no ODAG link with ID %1.").arg(linkId));
            auto payload = payloadFrom(body->selectionState, *link);
            if (!payload)
                return r.error(400, payload.error());
            RequestEngine::Submission s;
            s.linkId = linkId;
            s.payload = std::move(payload).value();
            s.qseSelectionState = body->selectionState;
            auto created = e->submit(*r.user, s);
            if (!created)
                return fail(r, created.error());
            return answer(server, *created, 201);
        }));
    router.get(request, {Tier::Tier1}, guarded([&server, e](const SandboxRequest &r) {
                   auto found = e->visibleRequest(*r.user, r.param(QStringLiteral("requestId")));
                   if (!found)
                       return fail(r, found.error());
                   return answer(server, *found);
               }));
    router.put(request, {Tier::Tier2}, guarded([&server, e](const SandboxRequest &r) {
                   auto body = decodeBody<QseRequestUpdate>(r);
                   if (!body)
                       return body.error();
                   const auto action = actionFor(body->status.value_or(QString()));
                   if (!action) {
                       return r.error(400,
                                      Tr::tr("status: \"%1\" is not a status a request can be "
                                             "set to; use cancelled, hold, queued, canceledAck "
                                             "or failedAck.")
                                          .arg(body->status.value_or(QString())));
                   }
                   auto done = e->act(*r.user, r.param(QStringLiteral("requestId")), *action, {});
                   if (!done)
                       return fail(r, done.error());
                   return answer(server, *done);
               }));
    router.del(request + QStringLiteral("/app"), {Tier::Tier2},
               guarded([e](const SandboxRequest &r) {
                   if (auto error = e->deleteApp(*r.user, r.param(QStringLiteral("requestId"))))
                       return fail(r, *error);
                   return SandboxResponse::noContent();
               }));
    router.post(request + QStringLiteral("/reloadApp"), {Tier::Tier2},
                guarded([&server, e](const SandboxRequest &r) {
                    auto done = e->reloadApp(*r.user, r.param(QStringLiteral("requestId")), {});
                    if (!done)
                        return fail(r, done.error());
                    return answer(server, *done);
                }));
    router.post(request + QStringLiteral("/renameApp"), {Tier::Tier2},
                guarded([&server, e](const SandboxRequest &r) {
                    auto body = decodeBody<QseRenamePayload>(r);
                    if (!body)
                        return body.error();
                    auto done =
                        e->renameApp(*r.user, r.param(QStringLiteral("requestId")), body->name);
                    if (!done)
                        return fail(r, done.error());
                    return answer(server, *done);
                }));
}

} // namespace odag::sandbox
