#include "ControlRoutes.h"

#include "SandboxServer.h"

#include <QCoreApplication>

namespace odag::sandbox {

namespace {

const RouteOptions kControl{Tier::Unmetered};

// Wraps a handler so that only administrators reach it.
Handler adminOnly(Handler handler)
{
    return [handler = std::move(handler)](const SandboxRequest &r) {
        if (!r.isAdmin()) {
            return r.error(403, statusTitle(403),
                           QCoreApplication::translate(
                               "odag::sandbox::ControlRoutes",
                               "Only administrators can use the sandbox control paths."));
        }
        return handler(r);
    };
}

} // namespace

void registerControlRoutes(SandboxServer &server)
{
    SandboxRouter &router = server.router();

    router.get(QStringLiteral("/sandbox/stats"), kControl,
               adminOnly([&server](const SandboxRequest &) {
                   return SandboxResponse::json(server.stats().toJson(server.rateLimiter()));
               }));
    router.post(QStringLiteral("/sandbox/stats/reset"), kControl,
                adminOnly([&server](const SandboxRequest &) {
                    server.stats().reset(server.clock().now());
                    return SandboxResponse::noContent();
                }));

    router.get(QStringLiteral("/sandbox/faults"), kControl,
               adminOnly([&server](const SandboxRequest &) {
                   return SandboxResponse::json(server.faults().toJson());
               }));
    router.put(
        QStringLiteral("/sandbox/faults"), kControl, adminOnly([&server](const SandboxRequest &r) {
            if (r.json.isUndefined())
                return r.error(400, QCoreApplication::translate("odag::sandbox::ControlRoutes",
                                                                "Send the fault rules as JSON."));
            std::optional<quint64> seed;
            auto rules = FaultInjector::parseJson(r.json, &seed);
            if (!rules)
                return r.error(400, rules.error());
            server.faults().setRules(*rules);
            if (seed)
                server.faults().setSeed(*seed);
            return SandboxResponse::json(server.faults().toJson());
        }));
    router.del(QStringLiteral("/sandbox/faults"), kControl,
               adminOnly([&server](const SandboxRequest &) {
                   server.faults().clear();
                   return SandboxResponse::noContent();
               }));
}

} // namespace odag::sandbox
