#pragma once

// The generated-app name of a link (genAppName): a format string whose `{N}` markers
// index the params list (seed 002, LinkPropGenAppNameV2), evaluated when a request runs.
//
// Decisions where the seed is silent:
// - curYear is written with four digits, curMonth, curDay, curHr, curMin and curSec with
//   two (zero-padded), from the date-time given (the caller picks UTC or local time).
// - There is no escape for braces (`{{` means nothing special): a brace that does not
//   form `{digits}` is kept as written and warned about.
// - A marker beyond the params, or naming a parameter the app does not know, is kept as
//   written (`{3}`) in the name; validate() reports it.

#include "Severity.h"
#include "core/OdagLinkProperties.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace odag::rules {

// The facts a request supplies to the name.
struct AppNameContext
{
    QString templateAppName;
    QString userId;
    QDateTime now;
};

struct AppNameIssue
{
    enum Kind
    {
        IndexBeyondParams, // {N} with N >= params size (error)
        StrayBrace,        // a { or } that is not part of {N} (warning)
        UnknownParameter,  // params[N] is not a known AppNameParameter (warning)
        UnusedParameter,   // params[N] never referenced (warning)
        EmptyResult        // the name can only come out empty (error)
    };
    Kind kind;
    Severity severity;
    qsizetype position = -1; // in the format string; -1 when not about one place
    qsizetype paramIndex = -1;
    QString message; // translated
};

class AppNameFormat
{
public:
    using Params = QList<OpenEnum<AppNameParameter>>;

    static QString format(const QString &formatString, const Params &params,
                          const AppNameContext &context);
    static QList<AppNameIssue> validate(const QString &formatString, const Params &params);
    // The text one parameter contributes; empty for an unknown parameter.
    static QString parameterValue(AppNameParameter parameter, const AppNameContext &context);
    // The name with sample facts, for the editor's live preview.
    static QString preview(const QString &formatString, const Params &params, const QDateTime &now);
};

} // namespace odag::rules
