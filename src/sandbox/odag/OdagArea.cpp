#include "OdagArea.h"

#include "sandbox/OdagSettingsRoutes.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/apps/SandboxApps.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace odag::sandbox {

namespace {

// Gives this file's messages one translation context that lupdate records as the
// run-time lookup uses it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(odag::sandbox::OdagArea)
};

const QStringList kLinkCreatorRoles{QStringLiteral("TenantAdmin"), QStringLiteral("AnalyticsAdmin"),
                                    QStringLiteral("Developer")};

} // namespace

bool odagEnabled(SandboxServer &server)
{
    return odagSettings(server).value(QStringLiteral("odagEnabled")).toBool(true);
}

bool dynamicViewEnabled(SandboxServer &server)
{
    return odagSettings(server).value(QStringLiteral("dynamicViewEnabled")).toBool(true);
}

std::optional<SandboxResponse> refuseIfOdagDisabled(SandboxServer &server,
                                                    const SandboxRequest &request)
{
    if (odagEnabled(server))
        return std::nullopt;
    return request.error(404, Tr::tr("ODAG is not enabled"),
                         Tr::tr("On-demand app generation is switched off for this tenant "
                                "(odag-settings: odagEnabled is false). A tenant administrator "
                                "can switch it on."),
                         QString::fromLatin1(linkcode::kOdagNotEnabled));
}

SandboxResponse odagError(const SandboxRequest &request, int status, const char *code,
                          const QString &detail)
{
    return request.error(status, statusTitle(status), detail, QString::fromLatin1(code));
}

bool isQlikId(const QString &id)
{
    static const QRegularExpression re(QStringLiteral("^[a-fA-F0-9]{24}$"));
    return re.match(id).hasMatch();
}

std::optional<SandboxResponse> readBoolQuery(const SandboxRequest &request, const QString &name,
                                             std::optional<bool> &out)
{
    out.reset();
    if (!request.hasQueryValue(name))
        return std::nullopt;
    const QString v = request.queryValue(name);
    if (v.compare(QLatin1StringView("true"), Qt::CaseInsensitive) == 0)
        out = true;
    else if (v.compare(QLatin1StringView("false"), Qt::CaseInsensitive) == 0)
        out = false;
    else
        return odagError(
            request, 400, linkcode::kInvalidParameter,
            Tr::tr("Query parameter %1: expected true or false, got \"%2\".").arg(name, v));
    return std::nullopt;
}

std::optional<SandboxResponse> readLinkType(const SandboxRequest &request, LinkType &out)
{
    out = LinkType::Link;
    const QString name = QStringLiteral("type");
    if (!request.hasQueryValue(name))
        return std::nullopt;
    const auto type = OpenEnum<LinkType>::fromRaw(request.queryValue(name));
    if (!type.isKnown())
        return odagError(request, 400, linkcode::kInvalidParameter,
                         Tr::tr("Query parameter type: expected link, view or all, got \"%1\".")
                             .arg(type.raw()));
    out = type.value();
    return std::nullopt;
}

bool linkHasType(const LinkStateFull &link, LinkType type)
{
    switch (type) {
    case LinkType::All:
        return true;
    case LinkType::View:
        return link.isDynamicView();
    case LinkType::Link:
    case LinkType::Unknown:
        break;
    }
    return !link.isDynamicView();
}

DateTime odagNow(SandboxServer &server)
{
    return DateTime(server.clock().now());
}

DateTime nextModifiedDate(SandboxServer &server, const std::optional<DateTime> &previous)
{
    const QDateTime now = server.clock().now();
    if (previous && previous->isValid()) {
        const QDateTime before = previous->toDateTime();
        if (now <= before)
            return DateTime(before.addMSecs(1));
    }
    return DateTime(now);
}

UserStateCondensed condensedUser(const SandboxUser &user)
{
    UserStateCondensed u;
    u.id = user.id;
    u.name = user.name;
    u.subject = user.subject;
    u.tenantid = QString::fromLatin1(kTenantId);
    return u;
}

rules::UserIdentity userIdentity(const SandboxUser &user)
{
    return rules::UserIdentity{user.name, user.id, user.subject, user.groups, user.roles};
}

bool canCreateLinks(const SandboxUser &user)
{
    if (user.admin)
        return true;
    for (const QString &role : user.roles) {
        if (kLinkCreatorRoles.contains(role, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool canReadLink(const StoredLink &link, const SandboxUser &user)
{
    if (link.link.status == LinkStatus::Decommissioned)
        return SandboxLinks::canModify(link, user);
    return true;
}

QStringList linkPrivileges(const StoredLink &link, const SandboxUser &user)
{
    QStringList privileges;
    if (!canReadLink(link, user))
        return privileges;
    privileges << QStringLiteral("read");
    if (SandboxLinks::canModify(link, user) && link.link.status != LinkStatus::Decommissioned)
        privileges << QStringLiteral("update");
    if (user.admin)
        privileges << QStringLiteral("change_owner");
    return privileges;
}

rules::ResolvedProperties linkPropertiesFor(const StoredLink &link, const SandboxUser &user)
{
    rules::ResolvedProperties resolved =
        rules::PropertyResolver::resolve(link.link.properties, userIdentity(user));
    if (link.link.isDynamicView()) {
        resolved.genAppLimit.value = 1;
        resolved.overrideGenAppLimit.value = false;
        resolved.appRetentionTime.value = QStringLiteral("PT24H");
    }
    return resolved;
}

bool genAppAccessible(const StoredLink &link, const SandboxUser &user)
{
    if (link.link.status != LinkStatus::Active || link.link.templateApp.id.isEmpty())
        return false;
    return !linkPropertiesFor(link, user).isDisabled();
}

LinkStateFull linkForCaller(SandboxServer &server, const StoredLink &link, const SandboxUser &user,
                            LinkView view)
{
    LinkStateFull out = link.link;
    out.privileges = linkPrivileges(link, user);
    out.genAppAccessible.reset();
    out.templateAppChartObjects.reset();
    if (!out.templateApp.id.isEmpty()) {
        // The template may have been renamed since the link was written.
        if (const auto app = SandboxApps(server).get(out.templateApp.id))
            out.templateApp.name = app->value(QStringLiteral("name")).toString();
    }
    if (view.single)
        out.genAppAccessible = genAppAccessible(link, user);
    if (view.includeCharts) {
        // The sandbox's apps hold no sheets or master objects: a template has no charts.
        out.templateAppChartObjects = QJsonArray();
    }
    return out;
}

} // namespace odag::sandbox
