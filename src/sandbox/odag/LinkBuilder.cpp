#include "LinkBuilder.h"

#include "OdagArea.h"

#include "core/rules/ContextExpression.h"
#include "core/rules/LinkLint.h"
#include "core/rules/ScriptBindings.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/apps/SandboxApps.h"

#include <QCoreApplication>

namespace odag::sandbox {

namespace {

// Gives this file's messages one translation context that lupdate records as the
// run-time lookup uses it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(odag::sandbox::LinkBuilder)
};

} // namespace

QList<Binding> bindingsFromTemplate(SandboxServer &server, const QString &templateAppId)
{
    if (templateAppId.isEmpty())
        return {};
    const QString script = SandboxApps(server).currentScript(templateAppId);
    return rules::ScriptBindings::scan(script).toBindings();
}

QList<Binding> overlayBindings(QList<Binding> base, const QList<Binding> &given)
{
    for (const Binding &g : given) {
        auto it = std::find_if(base.begin(), base.end(), [&g](const Binding &b) {
            return b.templateAppVarName == g.templateAppVarName;
        });
        if (it == base.end()) {
            base.append(g);
            continue;
        }
        // What the script decides (formatting, numericOnly, selectionStates) stays.
        it->range = g.range;
        it->selectAppParamType = g.selectAppParamType;
        if (g.selectAppParamName)
            it->selectAppParamName = g.selectAppParamName;
        for (auto e = g.extra.constBegin(); e != g.extra.constEnd(); ++e)
            it->extra.insert(e.key(), e.value());
    }
    return base;
}

bool isLinkComplete(const LinkStateFull &link)
{
    if (link.templateApp.id.isEmpty() || link.rowEstExpr.trimmed().isEmpty())
        return false;
    for (const LinkPropRowEstRange &r : link.properties.rowEstRange) {
        if (rules::ContextExpression::parse(r.context).kind() == rules::ContextKind::AllUsers)
            return true;
    }
    return false;
}

LinkStatus statusAfterEdit(const LinkStateFull &link, const OpenEnum<LinkStatus> &current)
{
    if (current == LinkStatus::Disabled || current == LinkStatus::Decommissioned)
        return current.value();
    return isLinkComplete(link) ? LinkStatus::Active : LinkStatus::Incomplete;
}

std::optional<LinkProblem> lintProblem(const LinkStateFull &link)
{
    const QList<rules::LintIssue> issues = rules::LinkLint::lint(link);
    QStringList refused;
    for (const rules::LintIssue &issue : issues) {
        // A missing all-users range makes the link incomplete; it is not refused.
        if (issue.severity != rules::Severity::Error ||
            issue.code == QLatin1StringView("rowEstRange.noAllUsers"))
            continue;
        const QString where = issue.field.isEmpty()
                                  ? QStringLiteral("properties")
                                  : (issue.field == QLatin1StringView("name") ||
                                             issue.field == QLatin1StringView("bindings")
                                         ? issue.field
                                         : QStringLiteral("properties.") + issue.field);
        refused << where +
                       (issue.index >= 0 ? QStringLiteral("[%1]").arg(issue.index) : QString()) +
                       QStringLiteral(": ") + issue.message;
    }
    if (refused.isEmpty())
        return std::nullopt;
    return LinkProblem{
        400, linkcode::kInvalidLink,
        Tr::tr("The link cannot be saved: %1").arg(refused.join(QStringLiteral(" ")))};
}

std::optional<LinkProblem> checkAppReference(SandboxServer &server, const QString &appId,
                                             const QString &role)
{
    if (!isQlikId(appId)) {
        return LinkProblem{
            400, linkcode::kInvalidId,
            Tr::tr("%1: \"%2\" is not an app ID (24 hexadecimal digits).").arg(role, appId)};
    }
    if (!SandboxApps(server).exists(appId)) {
        return LinkProblem{404, linkcode::kAppNotFound,
                           Tr::tr("%1: there is no app with the ID %2.").arg(role, appId)};
    }
    return std::nullopt;
}

QString appName(SandboxServer &server, const QString &appId)
{
    const auto app = SandboxApps(server).get(appId);
    return app ? app->value(QStringLiteral("name")).toString() : QString();
}

} // namespace odag::sandbox
