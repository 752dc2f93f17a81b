#include "LinkRoutes.h"

#include "LinkBuilder.h"
#include "OdagAppsRoutes.h"
#include "OdagArea.h"
#include "QseLinkRoutes.h"

#include "sandbox/SandboxServer.h"
#include "sandbox/apps/SandboxApps.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace odag::sandbox {

namespace {

// Gives this file's messages one translation context that lupdate records as the
// run-time lookup uses it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(odag::sandbox::LinkRoutes)
};

const QString kLinks = QStringLiteral("/api/analytics/odag-links");

SandboxResponse problem(const SandboxRequest &r, const LinkProblem &p)
{
    return odagError(r, p.status, p.code, p.detail);
}

SandboxResponse storeFailed(SandboxServer &server, const SandboxRequest &r)
{
    return odagError(r, 500, linkcode::kStore,
                     Tr::tr("The link could not be saved: %1").arg(server.store().lastError()));
}

SandboxResponse answer(SandboxServer &server, const SandboxRequest &r, const StoredLink &link,
                       LinkView view, int status = 200)
{
    return SandboxResponse::json(json::encode(linkForCaller(server, link, *r.user, view)), status);
}

// The link named by the path, if this caller may see it; else the 404 to answer.
Result<StoredLink, SandboxResponse> findLink(SandboxServer &server, const SandboxRequest &r)
{
    const QString id = r.param(QStringLiteral("linkId"));
    std::optional<StoredLink> link;
    if (isQlikId(id))
        link = SandboxLinks(server).get(id);
    if (!link || !canReadLink(*link, *r.user))
        return odagError(r, 404, linkcode::kLinkNotFound,
                         Tr::tr("There is no link with the ID %1.").arg(id));
    return std::move(*link);
}

std::optional<LinkProblem> checkTemplate(SandboxServer &server, const QString &selectionApp,
                                         const QString &templateApp)
{
    if (templateApp.isEmpty())
        return std::nullopt;
    if (auto p = checkAppReference(server, templateApp, QStringLiteral("templateApp")))
        return p;
    if (templateApp == selectionApp)
        return LinkProblem{
            400, linkcode::kSameApp,
            Tr::tr("The selection app and the template app must be different apps.")};
    return std::nullopt;
}

std::optional<LinkProblem> checkDynamicView(SandboxServer &server, const std::optional<bool> &dv)
{
    if (dv.value_or(false) && !dynamicViewEnabled(server))
        return LinkProblem{400, linkcode::kDynamicViewDisabled,
                           Tr::tr("Dynamic views are switched off for this tenant "
                                  "(odag-settings: dynamicViewEnabled is false).")};
    return std::nullopt;
}

SandboxResponse listLinks(SandboxServer &server, const SandboxRequest &r)
{
    LinkType type = LinkType::Link;
    if (auto refusal = readLinkType(r, type))
        return *refusal;
    std::optional<bool> includeCharts;
    if (auto refusal = readBoolQuery(r, QStringLiteral("includeCharts"), includeCharts))
        return *refusal;
    const QString selectionApp = r.queryValue(QStringLiteral("selectionAppID"));
    const QString owner = r.queryValue(QStringLiteral("optOwner"));
    QJsonArray out;
    for (const StoredLink &link : SandboxLinks(server).all()) {
        if (!canReadLink(link, *r.user) || !linkHasType(link.link, type))
            continue;
        if (!selectionApp.isEmpty() && link.selectionAppId != selectionApp)
            continue;
        if (!owner.isEmpty() && link.link.owner.id != owner)
            continue;
        out.append(json::encode(
            linkForCaller(server, link, *r.user, LinkView{false, includeCharts.value_or(false)})));
    }
    return SandboxResponse::json(out);
}

SandboxResponse createLink(SandboxServer &server, const SandboxRequest &r)
{
    if (!canCreateLinks(*r.user))
        return odagError(r, 403, linkcode::kCannotCreate,
                         Tr::tr("You are not allowed to create ODAG links: that takes the role "
                                "Developer, AnalyticsAdmin or TenantAdmin."));
    std::optional<bool> includeCharts;
    if (auto refusal = readBoolQuery(r, QStringLiteral("includeCharts"), includeCharts))
        return *refusal;
    auto decoded = decodeBody<LinkAddPayload>(r);
    if (!decoded)
        return decoded.error();
    const LinkAddPayload &in = *decoded;
    const QString templateApp = in.templateApp.value_or(QString());
    if (auto p = checkAppReference(server, in.selectionApp, QStringLiteral("selectionApp")))
        return problem(r, *p);
    if (auto p = checkTemplate(server, in.selectionApp, templateApp))
        return problem(r, *p);
    if (auto p = checkDynamicView(server, in.dynamicView))
        return problem(r, *p);

    StoredLink link;
    link.selectionAppId = in.selectionApp;
    LinkStateFull &l = link.link;
    l.id = SandboxApps::newId();
    l.name = in.name;
    l.owner = condensedUser(*r.user);
    l.bindings = overlayBindings(bindingsFromTemplate(server, templateApp),
                                 in.bindings.value_or(QList<Binding>{}));
    l.properties = in.properties.value_or(LinkProperties{});
    l.rowEstExpr = in.rowEstExpr.value_or(QString());
    l.createdDate = odagNow(server);
    l.modifiedDate = l.createdDate;
    l.dynamicView = in.dynamicView;
    l.templateApp = AppStateCondensed{templateApp, appName(server, templateApp), {}};
    l.includeScript = in.includeScript;
    l.modifiedByUser = condensedUser(*r.user);
    // Members the sandbox does not know are kept, as the service keeps what it knows.
    l.extra = in.extra;
    // statusSetting is ignored on create (seed 002).
    l.status = statusAfterEdit(l, LinkStatus::Active);
    if (auto p = lintProblem(l))
        return problem(r, *p);
    if (!SandboxLinks(server).put(link))
        return storeFailed(server, r);
    return answer(server, r, link, LinkView{false, includeCharts.value_or(false)}, 201);
}

SandboxResponse getLink(SandboxServer &server, const SandboxRequest &r)
{
    std::optional<bool> includeCharts;
    if (auto refusal = readBoolQuery(r, QStringLiteral("includeCharts"), includeCharts))
        return *refusal;
    auto link = findLink(server, r);
    if (!link)
        return link.error();
    return answer(server, r, *link, LinkView{true, includeCharts.value_or(false)});
}

SandboxResponse changeStatus(SandboxServer &server, const SandboxRequest &r, StoredLink link,
                             const OpenEnum<LinkStatusSetting> &setting, LinkView view)
{
    if (!setting.isKnown())
        return odagError(
            r, 400, linkcode::kStatusSetting,
            Tr::tr("statusSetting: \"%1\" is not a status change; use activate, disable "
                   "or decommission.")
                .arg(setting.raw()));
    if (!canChangeStatus(link.link.status.value()))
        return odagError(r, 400, linkcode::kDecommissioned,
                         Tr::tr("The link is decommissioned; a decommissioned link cannot change "
                                "status again."));
    const LinkStatus target = statusAfter(setting.value());
    if (target == LinkStatus::Active && !isLinkComplete(link.link))
        return odagError(
            r, 400, linkcode::kIncomplete,
            Tr::tr("The link is incomplete and cannot be activated: it needs a template "
                   "app, a row estimate expression and a row estimate range for all "
                   "users (User_*)."));
    link.link.status = target;
    link.link.modifiedDate = nextModifiedDate(server, link.link.modifiedDate);
    link.link.modifiedByUser = condensedUser(*r.user);
    if (!SandboxLinks(server).put(link))
        return storeFailed(server, r);
    return answer(server, r, link, view);
}

SandboxResponse updateLink(SandboxServer &server, const SandboxRequest &r)
{
    std::optional<bool> includeCharts;
    if (auto refusal = readBoolQuery(r, QStringLiteral("includeCharts"), includeCharts))
        return *refusal;
    const LinkView view{false, includeCharts.value_or(false)};
    auto found = findLink(server, r);
    if (!found)
        return found.error();
    StoredLink link = std::move(found).value();
    if (!SandboxLinks::canModify(link, *r.user))
        return odagError(
            r, 403, linkcode::kNotOwner,
            Tr::tr("Only the owner of the link (%1) or an administrator can change it.")
                .arg(link.link.owner.name));
    auto decoded = decodeBody<LinkPutPayload>(r);
    if (!decoded)
        return decoded.error();
    const LinkPutPayload &in = *decoded;

    if (in.modifiedDate) {
        const QDateTime sent = in.modifiedDate->toDateTime();
        if (!sent.isValid())
            return odagError(
                r, 400, linkcode::kInvalidParameter,
                Tr::tr("modifiedDate: \"%1\" is not a timestamp.").arg(in.modifiedDate->raw()));
        const QDateTime stored =
            link.link.modifiedDate.value_or(link.link.createdDate).toDateTime();
        if (stored.isValid() && sent < stored) {
            const QString by =
                link.link.modifiedByUser ? link.link.modifiedByUser->name : link.link.owner.name;
            return odagError(
                r, 409, linkcode::kConflict,
                Tr::tr("The link was changed by %1 at %2, after the version you sent "
                       "(%3). Read it again and apply your changes to the new version.")
                    .arg(by, link.link.modifiedDate.value_or(link.link.createdDate).raw(),
                         in.modifiedDate->raw()));
        }
    }
    if (in.statusSetting)
        return changeStatus(server, r, std::move(link), *in.statusSetting, view);

    LinkStateFull &l = link.link;
    if (l.status == LinkStatus::Decommissioned)
        return odagError(r, 400, linkcode::kDecommissioned,
                         Tr::tr("The link is decommissioned and can no longer be changed."));
    // Optional members left out of the payload keep their stored values.
    const QString templateApp = in.templateApp.value_or(l.templateApp.id);
    if (auto p = checkAppReference(server, in.selectionApp, QStringLiteral("selectionApp")))
        return problem(r, *p);
    if (auto p = checkTemplate(server, in.selectionApp, templateApp))
        return problem(r, *p);
    if (auto p = checkDynamicView(server, in.dynamicView))
        return problem(r, *p);
    if (in.ownerId && *in.ownerId != l.owner.id) {
        if (!r.isAdmin())
            return odagError(r, 403, linkcode::kOwnerChange,
                             Tr::tr("Only an administrator can give a link to another owner."));
        const SandboxUser *owner = server.users().findById(*in.ownerId);
        if (!owner)
            return odagError(r, 404, linkcode::kUserNotFound,
                             Tr::tr("ownerId: there is no user with the ID %1.").arg(*in.ownerId));
        l.owner = condensedUser(*owner);
    }
    // A new template brings the bindings its script declares.
    const QList<Binding> base = templateApp != l.templateApp.id
                                    ? bindingsFromTemplate(server, templateApp)
                                    : l.bindings.value_or(QList<Binding>{});
    l.bindings = overlayBindings(base, in.bindings.value_or(QList<Binding>{}));
    link.selectionAppId = in.selectionApp;
    l.name = in.name;
    if (in.properties)
        l.properties = *in.properties;
    if (in.rowEstExpr)
        l.rowEstExpr = *in.rowEstExpr;
    if (in.dynamicView)
        l.dynamicView = in.dynamicView;
    if (in.includeScript)
        l.includeScript = in.includeScript;
    l.templateApp = AppStateCondensed{templateApp, appName(server, templateApp), {}};
    // Unknown top-level members sent back are stored (a newer client's fields survive).
    for (auto it = in.extra.constBegin(); it != in.extra.constEnd(); ++it)
        l.extra.insert(it.key(), it.value());
    l.modifiedDate = nextModifiedDate(server, l.modifiedDate);
    l.modifiedByUser = condensedUser(*r.user);
    l.status = statusAfterEdit(l, l.status);
    if (auto p = lintProblem(l))
        return problem(r, *p);
    if (!SandboxLinks(server).put(link))
        return storeFailed(server, r);
    return answer(server, r, link, view);
}

SandboxResponse canCreate(SandboxServer &server, const SandboxRequest &r)
{
    std::optional<bool> denyIfNotUpdatable;
    if (auto refusal =
            readBoolQuery(r, QStringLiteral("optDenyIfSelAppNotUpdatable"), denyIfNotUpdatable))
        return *refusal;
    const QString selectionApp = r.queryValue(QStringLiteral("optSelectAppId"));
    const QString templateApp = r.queryValue(QStringLiteral("optTemplateAppId"));
    for (const auto &[id, name] : {std::pair{selectionApp, QStringLiteral("optSelectAppId")},
                                   std::pair{templateApp, QStringLiteral("optTemplateAppId")}}) {
        if (id.isEmpty())
            continue;
        if (auto p = checkAppReference(server, id, name))
            return odagError(r, 400, linkcode::kInvalidParameter, p->detail);
    }
    bool allowed = canCreateLinks(*r.user);
    if (allowed && denyIfNotUpdatable.value_or(false) && !selectionApp.isEmpty() && !r.isAdmin()) {
        const auto app = SandboxApps(server).get(selectionApp);
        allowed = app && app->value(QStringLiteral("ownerId")).toString() == r.user->id;
    }
    return SandboxResponse::json(QJsonObject{{QStringLiteral("canCreateLinks"), allowed}});
}

SandboxResponse linkUsages(SandboxServer &server, const SandboxRequest &r)
{
    const QString selectionApp = r.queryValue(QStringLiteral("selAppId"));
    if (selectionApp.isEmpty())
        return odagError(r, 400, linkcode::kInvalidParameter,
                         Tr::tr("Query parameter selAppId: missing required parameter."));
    if (auto p = checkAppReference(server, selectionApp, QStringLiteral("selAppId")))
        return problem(r, *p);
    LinkType type = LinkType::Link;
    if (auto refusal = readLinkType(r, type))
        return *refusal;
    std::optional<bool> includeCharts;
    if (auto refusal = readBoolQuery(r, QStringLiteral("includeCharts"), includeCharts))
        return *refusal;
    auto decoded = decodeBody<SelAppLinkUsagePayload>(r);
    if (!decoded)
        return decoded.error();
    const SandboxLinks links(server);
    QJsonArray out;
    for (qsizetype i = 0; i < decoded->linkList.size(); ++i) {
        const QString &id = decoded->linkList.at(i);
        if (!isQlikId(id))
            return odagError(
                r, 400, linkcode::kInvalidId,
                Tr::tr("linkList[%1]: \"%2\" is not a link ID (24 hexadecimal digits).")
                    .arg(i)
                    .arg(id));
        const auto link = links.get(id);
        if (!link)
            return odagError(
                r, 404, linkcode::kLinkNotFound,
                Tr::tr("linkList[%1]: there is no link with the ID %2.").arg(i).arg(id));
        LinkStateRef ref;
        ref.id = id;
        if (canReadLink(*link, *r.user) && link->selectionAppId == selectionApp &&
            linkHasType(link->link, type))
            ref.link = linkForCaller(server, *link, *r.user,
                                     LinkView{false, includeCharts.value_or(false)});
        out.append(json::encode(ref));
    }
    return SandboxResponse::json(out);
}

// Every handler first refuses while ODAG is switched off.
template <class F> Handler guarded(SandboxServer &server, F f)
{
    return [&server, f](const SandboxRequest &r) {
        if (auto refusal = refuseIfOdagDisabled(server, r))
            return *refusal;
        return f(server, r);
    };
}

} // namespace

void registerOdagLinkRoutes(SandboxServer &server)
{
    SandboxRouter &router = server.router();
    const QString one = kLinks + QStringLiteral("/{linkId}");
    router.get(kLinks, {Tier::Tier1}, guarded(server, listLinks));
    router.post(kLinks, {Tier::Tier2}, guarded(server, createLink));
    router.get(kLinks + QStringLiteral("/cancreate"), {Tier::Tier1}, guarded(server, canCreate));
    router.post(kLinks + QStringLiteral("/selection-app-link-usages"), {Tier::Tier2},
                guarded(server, linkUsages));
    router.get(one, {Tier::Tier1}, guarded(server, getLink));
    router.put(one, {Tier::Tier2}, guarded(server, updateLink));

    registerQseLinkRoutes(server);
    registerOdagAppsRoutes(server);
}

} // namespace odag::sandbox
