#include "QseLinkRoutes.h"

#include "LinkBuilder.h"
#include "OdagArea.h"

#include "core/rules/ContextExpression.h"
#include "core/rules/IsoDuration.h"
#include "core/rules/LinkLint.h"
#include "sandbox/SandboxDemoUsers.h"
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
    Q_DECLARE_TR_FUNCTIONS(odag::sandbox::QseLinkRoutes)
};

const QString kLinks = QStringLiteral("/api/odag/v1/links");
const QString kAllUsers = QStringLiteral("User_*");
const QString kGenAppAccessible = QStringLiteral("genAppAccessible");
const QString kPublishTo = QStringLiteral("publishTo");

bool isAllUsers(const QString &context)
{
    return rules::ContextExpression::parse(context).kind() == rules::ContextKind::AllUsers;
}

QseUser qseOwner(SandboxServer &server, const UserStateCondensed &owner)
{
    QseUser u;
    u.id = owner.id;
    u.name = owner.name;
    if (const SandboxUser *user = server.users().findById(owner.id)) {
        u.userId = user->userId.isEmpty() ? user->id : user->userId;
        u.userDirectory = user->userDirectory.isEmpty() ? QString::fromLatin1(demo::kUserDirectory)
                                                        : user->userDirectory;
    } else {
        u.userId = owner.id;
    }
    return u;
}

std::optional<QseRetention> retentionOf(const LinkProperties &p)
{
    QseRetention r;
    if (p.appRetentionTime) {
        for (const LinkPropAppRetentionTime &t : *p.appRetentionTime) {
            if (!isAllUsers(t.context))
                continue;
            const auto d = rules::IsoDuration::parse(t.retentionTime);
            if (d && !d->isUnlimited() && d->minutes())
                r.maxAge = int(qMin<qint64>(*d->minutes(), std::numeric_limits<int>::max()));
            break;
        }
    }
    if (p.genAppLimit) {
        for (const LinkPropGenAppLimit &g : *p.genAppLimit) {
            if (isAllUsers(g.context)) {
                r.maxCount = g.limit;
                break;
            }
        }
    }
    if (!r.maxAge && !r.maxCount)
        return std::nullopt;
    return r;
}

// Sets the User_* entry of a property list (replacing it, or adding it first).
template <class T, class F> void setForAllUsers(std::optional<QList<T>> &list, F fill)
{
    if (!list)
        list = QList<T>{};
    for (T &entry : *list) {
        if (isAllUsers(entry.context)) {
            fill(entry);
            return;
        }
    }
    T entry;
    entry.context = kAllUsers;
    fill(entry);
    list->prepend(entry);
}

void applyRetention(LinkProperties &p, const QseRetention &r)
{
    if (r.maxAge) {
        const QString text = rules::IsoDuration::fromMinutes(*r.maxAge).toString();
        setForAllUsers(p.appRetentionTime,
                       [&text](LinkPropAppRetentionTime &e) { e.retentionTime = text; });
    }
    if (r.maxCount)
        setForAllUsers(p.genAppLimit, [&r](LinkPropGenAppLimit &e) { e.limit = *r.maxCount; });
}

Result<QList<Binding>, LinkProblem> bindingsOf(const QList<QseBinding> &in)
{
    QList<Binding> out;
    for (qsizetype i = 0; i < in.size(); ++i) {
        const QseBinding &b = in.at(i);
        if (b.templateField.value_or(QString()).isEmpty())
            return LinkProblem{400, linkcode::kInvalidLink,
                               QStringLiteral("properties.bindings[%1].templateField: ").arg(i) +
                                   json::missingMessage()};
        Binding binding;
        binding.templateAppVarName = *b.templateField;
        binding.selectAppParamName = b.selectionField;
        binding.selectAppParamType = b.selectionType
                                         ? OpenEnum<SelectAppParamType>::fromRaw(*b.selectionType)
                                         : OpenEnum<SelectAppParamType>(SelectAppParamType::Field);
        out.append(binding);
    }
    return out;
}

// Applies QSE link properties to a stored link; fails on a malformed binding.
std::optional<LinkProblem> applyProperties(StoredLink &link, const QseLinkProperties &p)
{
    if (p.rowEstExpr)
        link.link.rowEstExpr = *p.rowEstExpr;
    if (p.bindings) {
        auto bindings = bindingsOf(*p.bindings);
        if (!bindings)
            return bindings.error();
        link.link.bindings =
            overlayBindings(link.link.bindings.value_or(QList<Binding>{}), *bindings);
    }
    if (p.retention)
        applyRetention(link.link.properties, *p.retention);
    if (p.genAppAccessible)
        link.qseProperties.insert(kGenAppAccessible, *p.genAppAccessible);
    if (p.publishTo)
        link.qseProperties.insert(kPublishTo, *p.publishTo);
    return std::nullopt;
}

QJsonArray feedbackFor(const StoredLink &link, qsizetype scannedBindings)
{
    QJsonArray feedback;
    auto add = [&feedback](const char *type, const QString &text) {
        QseFeedback f;
        f.infoType = QString::fromLatin1(type);
        f.content = QJsonValue(text);
        feedback.append(json::encode(f));
    };
    if (scannedBindings >= 0)
        add("info",
            Tr::tr("%1 binding(s) read from the template app's load script.").arg(scannedBindings));
    for (const rules::LintIssue &issue : rules::LinkLint::lint(link.link)) {
        if (issue.severity == rules::Severity::Warning)
            add("warning", issue.message);
    }
    if (link.link.status == LinkStatus::Incomplete)
        add("warning", Tr::tr("The link is incomplete: it needs a template app, a row estimate "
                              "expression and a row estimate range for all users."));
    return feedback;
}

SandboxResponse wrapped(SandboxServer &server, const StoredLink &link, qsizetype scanned,
                        int status)
{
    return SandboxResponse::json(
        QJsonObject{{QStringLiteral("objectDef"), json::encode(qseLink(server, link))},
                    {QStringLiteral("feedback"), feedbackFor(link, scanned)}},
        status);
}

SandboxResponse refuse(const SandboxRequest &r, const LinkProblem &p)
{
    return odagError(r, p.status, p.code, p.detail);
}

SandboxResponse storeFailed(SandboxServer &server, const SandboxRequest &r)
{
    return odagError(r, 500, linkcode::kStore,
                     Tr::tr("The link could not be saved: %1").arg(server.store().lastError()));
}

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

SandboxResponse listLinks(SandboxServer &server, const SandboxRequest &r)
{
    QJsonArray out;
    for (const StoredLink &link : SandboxLinks(server).all()) {
        if (canReadLink(link, *r.user))
            out.append(json::encode(qseLink(server, link)));
    }
    return SandboxResponse::json(out);
}

SandboxResponse createLink(SandboxServer &server, const SandboxRequest &r)
{
    if (!canCreateLinks(*r.user))
        return odagError(r, 403, linkcode::kCannotCreate,
                         Tr::tr("You are not allowed to create ODAG links."));
    auto decoded = decodeBody<QseLinkCreate>(r);
    if (!decoded)
        return decoded.error();
    const QseLinkCreate &in = *decoded;
    // Seed 001 documents 400 for every bad input of a create.
    for (const auto &[id, role] : {std::pair{in.selectionAppId, QStringLiteral("selectionAppId")},
                                   std::pair{in.templateAppId, QStringLiteral("templateAppId")}}) {
        if (auto p = checkAppReference(server, id, role))
            return odagError(r, 400, p->code, p->detail);
    }
    if (in.selectionAppId == in.templateAppId)
        return odagError(r, 400, linkcode::kSameApp,
                         Tr::tr("The selection app and the template app must be different apps."));

    StoredLink link;
    link.selectionAppId = in.selectionAppId;
    LinkStateFull &l = link.link;
    l.id = SandboxApps::newId();
    l.name = in.name;
    l.owner = condensedUser(*r.user);
    l.bindings = bindingsFromTemplate(server, in.templateAppId);
    const qsizetype scanned = l.bindings->size();
    l.properties.rowEstRange = {LinkPropRowEstRange{kAllUsers, 0, kQseDefaultRowLimit, {}}};
    l.templateApp = AppStateCondensed{in.templateAppId, appName(server, in.templateAppId), {}};
    l.createdDate = odagNow(server);
    l.modifiedDate = l.createdDate;
    l.modifiedByUser = l.owner;
    if (in.properties) {
        if (auto p = applyProperties(link, *in.properties))
            return refuse(r, *p);
    }
    l.status = statusAfterEdit(l, LinkStatus::Active);
    if (auto p = lintProblem(l))
        return refuse(r, *p);
    if (!SandboxLinks(server).put(link))
        return storeFailed(server, r);
    return wrapped(server, link, scanned, 201);
}

SandboxResponse getLink(SandboxServer &server, const SandboxRequest &r)
{
    auto link = findLink(server, r);
    if (!link)
        return link.error();
    return SandboxResponse::json(json::encode(qseLink(server, *link)));
}

SandboxResponse updateLink(SandboxServer &server, const SandboxRequest &r)
{
    auto found = findLink(server, r);
    if (!found)
        return found.error();
    StoredLink link = std::move(found).value();
    if (!SandboxLinks::canModify(link, *r.user))
        return odagError(
            r, 403, linkcode::kNotOwner,
            Tr::tr("Only the owner of the link (%1) or an administrator can change it.")
                .arg(link.link.owner.name));
    auto decoded = decodeBody<QseLinkUpdate>(r);
    if (!decoded)
        return decoded.error();
    if (link.link.status == LinkStatus::Decommissioned)
        return odagError(r, 400, linkcode::kDecommissioned,
                         Tr::tr("The link is decommissioned and can no longer be changed."));
    if (decoded->name)
        link.link.name = *decoded->name;
    if (decoded->properties) {
        if (auto p = applyProperties(link, *decoded->properties))
            return refuse(r, *p);
    }
    link.link.modifiedDate = nextModifiedDate(server, link.link.modifiedDate);
    link.link.modifiedByUser = condensedUser(*r.user);
    link.link.status = statusAfterEdit(link.link, link.link.status);
    if (auto p = lintProblem(link.link))
        return refuse(r, *p);
    if (!SandboxLinks(server).put(link))
        return storeFailed(server, r);
    return wrapped(server, link, -1, 200);
}

SandboxResponse deleteLink(SandboxServer &server, const SandboxRequest &r)
{
    auto found = findLink(server, r);
    if (!found)
        return found.error();
    if (!SandboxLinks::canModify(*found, *r.user))
        return odagError(
            r, 403, linkcode::kNotOwner,
            Tr::tr("Only the owner of the link (%1) or an administrator can delete it.")
                .arg(found->link.owner.name));
    if (!SandboxLinks(server).remove(found->link.id))
        return storeFailed(server, r);
    return SandboxResponse::noContent();
}

template <class F> Handler guarded(SandboxServer &server, F f)
{
    return [&server, f](const SandboxRequest &r) {
        if (auto refusal = refuseIfOdagDisabled(server, r))
            return *refusal;
        return f(server, r);
    };
}

} // namespace

QseLink qseLink(SandboxServer &server, const StoredLink &link)
{
    const LinkStateFull &l = link.link;
    QseLink q;
    q.id = l.id;
    q.createdDate = l.createdDate;
    q.modifiedDate = l.modifiedDate;
    q.name = l.name;
    q.selectionAppId = link.selectionAppId;
    if (!l.templateApp.id.isEmpty())
        q.templateAppId = l.templateApp.id;
    QseLinkProperties p;
    p.rowEstExpr = l.rowEstExpr;
    QList<QseBinding> bindings;
    for (const Binding &b : l.bindings.value_or(QList<Binding>{})) {
        QseBinding qb;
        qb.selectionField = b.selectAppParamName;
        qb.templateField = b.templateAppVarName;
        qb.selectionType = b.selectAppParamType.raw();
        bindings.append(qb);
    }
    p.bindings = bindings;
    const QJsonValue accessible = link.qseProperties.value(kGenAppAccessible);
    if (accessible.isBool())
        p.genAppAccessible = accessible.toBool();
    const QJsonValue publishTo = link.qseProperties.value(kPublishTo);
    if (publishTo.isString())
        p.publishTo = publishTo.toString();
    p.retention = retentionOf(l.properties);
    q.properties = p;
    q.owner = QseOwner{qseOwner(server, l.owner)};
    q.status = l.status.raw();
    return q;
}

void registerQseLinkRoutes(SandboxServer &server)
{
    SandboxRouter &router = server.router();
    const QString one = kLinks + QStringLiteral("/{linkId}");
    router.get(kLinks, {Tier::Tier1}, guarded(server, listLinks));
    router.post(kLinks, {Tier::Tier2}, guarded(server, createLink));
    router.get(one, {Tier::Tier1}, guarded(server, getLink));
    router.put(one, {Tier::Tier2}, guarded(server, updateLink));
    router.del(one, {Tier::Tier2}, guarded(server, deleteLink));
}

} // namespace odag::sandbox
