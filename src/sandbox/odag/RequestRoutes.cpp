#include "RequestRoutes.h"

#include "OdagArea.h"
#include "QseRequestRoutes.h"
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
    Q_DECLARE_TR_FUNCTIONS(odag::sandbox::RequestRoutes)
};

const QString kLinkRequests = QStringLiteral("/api/analytics/odag-links/{linkId}/requests");
const QString kRequest = QStringLiteral("/api/analytics/odag-requests/{requestId}");

SandboxResponse fail(const SandboxRequest &r, const RequestError &e)
{
    return r.error(e.status, statusTitle(e.status), e.detail, e.code);
}

// A boolean query flag; absent reads as false. nullopt: not a boolean.
std::optional<bool> flag(const SandboxRequest &r, const QString &name)
{
    if (!r.hasQueryValue(name))
        return false;
    const QString v = r.queryValue(name).trimmed().toLower();
    if (v == QLatin1StringView("true") || v == QLatin1StringView("1") || v.isEmpty())
        return true;
    if (v == QLatin1StringView("false") || v == QLatin1StringView("0"))
        return false;
    return std::nullopt;
}

SandboxResponse badFlag(const SandboxRequest &r, const QString &name)
{
    return odagError(r, 400, requestcode::kBadInput,
                     Tr::tr("%1 must be true or false, not \"%2\".").arg(name, r.queryValue(name)));
}

SandboxResponse listLinkRequests(SandboxServer &server, RequestEngine &engine,
                                 const SandboxRequest &r)
{
    const QString linkId = r.param(QStringLiteral("linkId"));
    const auto link = isQlikId(linkId) ? SandboxLinks(server).get(linkId) : std::nullopt;
    if (!link || !canReadLink(*link, *r.user))
        return odagError(r, 404, linkcode::kLinkNotFound,
                         Tr::tr("There is no ODAG link with ID %1.").arg(linkId));
    const auto pending = flag(r, QStringLiteral("pending"));
    if (!pending)
        return badFlag(r, QStringLiteral("pending"));
    const QString selectionAppId = r.queryValue(QStringLiteral("selectionAppId"));
    const QString sheet = r.queryValue(QStringLiteral("selectionAppSheet"));
    const QString handle = r.queryValue(QStringLiteral("clientContextHandle"));
    QJsonArray out;
    for (const StoredRequest &req : engine.linkRequests(*r.user, linkId)) {
        if (*pending && !isPending(req.request.state))
            continue;
        if (!selectionAppId.isEmpty() &&
            req.request.selectionApp.value_or(QString()) != selectionAppId)
            continue;
        if (!sheet.isEmpty() && req.request.sheetname.value_or(QString()) != sheet)
            continue;
        if (!handle.isEmpty() && req.internals.clientContextHandle.value_or(QString()) != handle)
            continue;
        out.append(engine.answer(req));
    }
    return SandboxResponse::json(out);
}

SandboxResponse submit(RequestEngine &engine, const SandboxRequest &r)
{
    auto payload = decodeBody<RequestPostPayload>(r);
    if (!payload)
        return payload.error();
    RequestEngine::Submission s;
    s.linkId = r.param(QStringLiteral("linkId"));
    s.payload = std::move(payload).value();
    auto created = engine.submit(*r.user, s);
    if (!created)
        return fail(r, created.error());
    return SandboxResponse::json(engine.answer(*created, true), 201);
}

SandboxResponse act(RequestEngine &engine, const SandboxRequest &r)
{
    const QString actionText = r.queryValue(QStringLiteral("action"));
    const OpenEnum<RequestAction> action = OpenEnum<RequestAction>::fromRaw(actionText);
    if (actionText.isEmpty() || !action.isKnown()) {
        return odagError(r, 400, requestcode::kBadInput,
                         Tr::tr("action must be one of cancel, pause, resume, ackcancel, "
                                "ackfailure; got \"%1\".")
                             .arg(actionText));
    }
    RequestEngine::ActionFlags flags;
    for (const auto &[name, target] :
         {std::pair{QStringLiteral("autoAck"), &flags.autoAck},
          std::pair{QStringLiteral("delGenApp"), &flags.delGenApp},
          std::pair{QStringLiteral("ignoreSucceeded"), &flags.ignoreSucceeded}}) {
        const auto v = flag(r, name);
        if (!v)
            return badFlag(r, name);
        *target = *v;
    }
    auto done = engine.act(*r.user, r.param(QStringLiteral("requestId")), action.value(), flags);
    if (!done)
        return fail(r, done.error());
    return SandboxResponse::json(engine.answer(*done, true));
}

} // namespace

void registerOdagRequestRoutes(SandboxServer &server)
{
    auto *engine = new RequestEngine(server);
    SandboxRouter &router = server.router();
    // Every route: ODAG switched off answers 404 first.
    const auto guarded = [&server](auto handler) {
        return [&server, handler](const SandboxRequest &r) -> SandboxResponse {
            if (auto refused = refuseIfOdagDisabled(server, r))
                return *refused;
            return handler(r);
        };
    };

    router.get(kLinkRequests, {Tier::Tier1}, guarded([&server, engine](const SandboxRequest &r) {
                   return listLinkRequests(server, *engine, r);
               }));
    router.post(kLinkRequests, {Tier::Tier2},
                guarded([engine](const SandboxRequest &r) { return submit(*engine, r); }));
    router.get(kRequest, {Tier::Tier1}, guarded([engine](const SandboxRequest &r) {
                   auto found =
                       engine->visibleRequest(*r.user, r.param(QStringLiteral("requestId")));
                   if (!found)
                       return fail(r, found.error());
                   return SandboxResponse::json(engine->answer(*found, true));
               }));
    router.put(kRequest, {Tier::Tier2},
               guarded([engine](const SandboxRequest &r) { return act(*engine, r); }));
    router.del(kRequest + QStringLiteral("/app"), {Tier::Tier2},
               guarded([engine](const SandboxRequest &r) {
                   if (auto e = engine->deleteApp(*r.user, r.param(QStringLiteral("requestId"))))
                       return fail(r, *e);
                   return SandboxResponse::noContent();
               }));
    router.post(kRequest + QStringLiteral("/reload-app"), {Tier::Tier2},
                guarded([engine](const SandboxRequest &r) {
                    // Every member is optional: an empty body reloads with what the request had.
                    ReloadAppPayload payload;
                    if (!r.json.isUndefined()) {
                        auto decoded = decodeBody<ReloadAppPayload>(r);
                        if (!decoded)
                            return decoded.error();
                        payload = std::move(decoded).value();
                    }
                    auto done =
                        engine->reloadApp(*r.user, r.param(QStringLiteral("requestId")), payload);
                    if (!done)
                        return fail(r, done.error());
                    return SandboxResponse::json(engine->answer(*done, true));
                }));
    router.post(kRequest + QStringLiteral("/rename-app"), {Tier::Tier2},
                guarded([engine](const SandboxRequest &r) {
                    auto payload = decodeBody<RenameAppPayload>(r);
                    if (!payload)
                        return payload.error();
                    auto done = engine->renameApp(*r.user, r.param(QStringLiteral("requestId")),
                                                  payload->appName);
                    if (!done)
                        return fail(r, done.error());
                    return SandboxResponse::json(engine->answer(*done, true));
                }));
    router.get(kRequest + QStringLiteral("/selections"), {Tier::Tier1},
               guarded([engine](const SandboxRequest &r) {
                   auto found =
                       engine->visibleRequest(*r.user, r.param(QStringLiteral("requestId")));
                   if (!found)
                       return fail(r, found.error());
                   const RequestInternals &in = found->internals;
                   return SandboxResponse::json(
                       json::encode(in.selectionState.value_or(in.bindSelectionState)));
               }));

    registerQseRequestRoutes(server, *engine);
}

} // namespace odag::sandbox
