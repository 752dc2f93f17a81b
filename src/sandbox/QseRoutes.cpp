#include "QseRoutes.h"

#include "SandboxServer.h"

#include <QJsonObject>

namespace odag::sandbox {

void registerQseRoutes(SandboxServer &server)
{
    server.router().get(
        QStringLiteral("/api/odag/v1/about"), {Tier::Tier1}, [](const SandboxRequest &) {
            return SandboxResponse::json(
                QJsonObject{{QStringLiteral("version"), QStringLiteral(ODAG_VERSION "-sandbox")},
                            {QStringLiteral("stabilityIndex"), QStringLiteral("stable")}});
        });
}

} // namespace odag::sandbox
