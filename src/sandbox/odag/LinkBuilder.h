#pragma once

// Turns what a create or an update sends (Cloud or QSE) into the link the sandbox stores,
// and checks it the way the service would, so both API faces build links by one rule.
//
// Decisions where seed 002 is silent or contradicts itself:
// - Bindings are initialised from the template app's current load script
//   (rules::ScriptBindings, both syntaxes). Bindings in the payload are laid over them by
//   templateAppVarName: the payload sets range, selectAppParamType and
//   selectAppParamName; formatting, numericOnly and selectionStates stay the script's
//   (seed 002: "only settable in the template script"). A payload binding for a variable
//   the script lacks is kept as sent (Exclude bindings, variables the script gains later).
// - Status: seed 002 says new links are always active, but lists the status incomplete.
//   The sandbox makes a link incomplete while it cannot generate: no template app, no
//   rowEstExpr, or no row estimate range for all users (User_* or *). Otherwise it is
//   active; a disabled link stays disabled through updates.
// - Lint errors other than the missing all-users row estimate range are refused with 400
//   (code ODAG-INVALID-LINK): they are what the service rejects or what cannot work.

#include "core/OdagLink.h"

#include <QList>
#include <QString>

#include <optional>

namespace odag::sandbox {

class SandboxServer;

struct LinkProblem
{
    int status = 400;
    const char *code = "";
    QString detail;
};

// The bindings the service finds in the template app's current load script.
QList<Binding> bindingsFromTemplate(SandboxServer &server, const QString &templateAppId);
// `given` laid over `base` by templateAppVarName (see above).
QList<Binding> overlayBindings(QList<Binding> base, const QList<Binding> &given);

// Has everything a generation needs (see above).
bool isLinkComplete(const LinkStateFull &link);
// The status after a content change: incomplete or active, or disabled when it was.
LinkStatus statusAfterEdit(const LinkStateFull &link, const OpenEnum<LinkStatus> &current);

// The first thing the service would refuse in this link, as a 400.
std::optional<LinkProblem> lintProblem(const LinkStateFull &link);

// Checks an app a link refers to: 400 when the ID is malformed, 404 when there is no such
// app. `role` names it for the detail ("selectionApp").
std::optional<LinkProblem> checkAppReference(SandboxServer &server, const QString &appId,
                                             const QString &role);
// The app's name, or empty when it does not exist.
QString appName(SandboxServer &server, const QString &appId);

} // namespace odag::sandbox
