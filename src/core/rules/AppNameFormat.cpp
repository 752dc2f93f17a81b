#include "AppNameFormat.h"

#include <QCoreApplication>

#include <limits>

namespace odag::rules {

namespace {

// Gives this file's messages one translation context that lupdate records as the
// run-time lookup uses it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(odag::rules)
};

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

// One piece of a format string: literal text, a {N} marker, or a stray brace.
struct Piece
{
    enum Type
    {
        Text,
        Marker,
        Stray
    };
    Type type;
    qsizetype position;
    qsizetype length;
    qsizetype index; // for a marker; max() when the number does not fit
};

// Splits in one pass; a `{` starts a marker only when digits and `}` follow.
QList<Piece> split(const QString &s)
{
    QList<Piece> pieces;
    qsizetype textStart = 0;
    const auto flushText = [&](qsizetype end) {
        if (end > textStart)
            pieces.push_back({Piece::Text, textStart, end - textStart, -1});
    };
    qsizetype i = 0;
    while (i < s.size()) {
        const QChar c = s.at(i);
        if (c == QLatin1Char('{')) {
            qsizetype j = i + 1;
            qsizetype index = 0;
            while (j < s.size() && isDigit(s.at(j))) {
                if (index <= (std::numeric_limits<qsizetype>::max() - 9) / 10)
                    index = index * 10 + s.at(j).digitValue();
                else
                    index = std::numeric_limits<qsizetype>::max();
                ++j;
            }
            if (j > i + 1 && j < s.size() && s.at(j) == QLatin1Char('}')) {
                flushText(i);
                pieces.push_back({Piece::Marker, i, j + 1 - i, index});
                i = j + 1;
                textStart = i;
                continue;
            }
            flushText(i);
            pieces.push_back({Piece::Stray, i, 1, -1});
            textStart = ++i;
            continue;
        }
        if (c == QLatin1Char('}')) {
            flushText(i);
            pieces.push_back({Piece::Stray, i, 1, -1});
            textStart = ++i;
            continue;
        }
        ++i;
    }
    flushText(i);
    return pieces;
}

QString twoDigits(int value)
{
    return QStringLiteral("%1").arg(value, 2, 10, QLatin1Char('0'));
}

} // namespace

QString AppNameFormat::parameterValue(AppNameParameter parameter, const AppNameContext &context)
{
    const bool haveTime = context.now.isValid();
    switch (parameter) {
    case AppNameParameter::TemplateAppName:
        return context.templateAppName;
    case AppNameParameter::UserId:
        return context.userId;
    case AppNameParameter::CurYear:
        return haveTime
                   ? QStringLiteral("%1").arg(context.now.date().year(), 4, 10, QLatin1Char('0'))
                   : QString();
    case AppNameParameter::CurMonth:
        return haveTime ? twoDigits(context.now.date().month()) : QString();
    case AppNameParameter::CurDay:
        return haveTime ? twoDigits(context.now.date().day()) : QString();
    case AppNameParameter::CurHr:
        return haveTime ? twoDigits(context.now.time().hour()) : QString();
    case AppNameParameter::CurMin:
        return haveTime ? twoDigits(context.now.time().minute()) : QString();
    case AppNameParameter::CurSec:
        return haveTime ? twoDigits(context.now.time().second()) : QString();
    case AppNameParameter::Unknown:
        break;
    }
    return {};
}

QString AppNameFormat::format(const QString &formatString, const Params &params,
                              const AppNameContext &context)
{
    QString out;
    out.reserve(formatString.size());
    for (const Piece &p : split(formatString)) {
        if (p.type == Piece::Marker && p.index < params.size() && params.at(p.index).isKnown()) {
            out += parameterValue(params.at(p.index).value(), context);
            continue;
        }
        out += QStringView(formatString).mid(p.position, p.length);
    }
    return out;
}

QList<AppNameIssue> AppNameFormat::validate(const QString &formatString, const Params &params)
{
    QList<AppNameIssue> issues;
    QList<bool> used(params.size(), false);
    bool producesText = false;
    for (const Piece &p : split(formatString)) {
        switch (p.type) {
        case Piece::Text:
            if (!QStringView(formatString).mid(p.position, p.length).trimmed().isEmpty())
                producesText = true;
            break;
        case Piece::Stray:
            producesText = true;
            issues.push_back(
                {AppNameIssue::StrayBrace, Severity::Warning, p.position, -1,
                 Tr::tr("The brace at position %1 is not part of a {N} marker and is kept as "
                        "written (braces have no escape).")
                     .arg(p.position + 1)});
            break;
        case Piece::Marker:
            if (p.index >= params.size()) {
                const QString marker = formatString.mid(p.position, p.length);
                // Kept out of the Tr::tr() call: Qt 6.4 lupdate hangs on this expression there.
                const int paramCount = int(qMin<qsizetype>(params.size(), 1000000));
                issues.push_back(
                    {AppNameIssue::IndexBeyondParams, Severity::Error, p.position, p.index,
                     params.isEmpty()
                         ? Tr::tr("%1 refers to a parameter, but the name has none.").arg(marker)
                         : Tr::tr("%1 refers to a parameter that does not exist: the name has %n "
                                  "parameter(s), numbered from {0}.",
                                  nullptr, paramCount)
                               .arg(marker)});
                producesText = true; // kept as written
                break;
            }
            used[p.index] = true;
            producesText = true;
            break;
        }
    }
    for (qsizetype i = 0; i < params.size(); ++i) {
        if (!params.at(i).isKnown()) {
            issues.push_back({AppNameIssue::UnknownParameter, Severity::Warning, -1, i,
                              Tr::tr("Parameter {%1} is \"%2\", which the app does not know; it is "
                                     "kept, and the preview shows its marker.")
                                  .arg(i)
                                  .arg(params.at(i).raw())});
        }
        if (!used.at(i)) {
            issues.push_back({AppNameIssue::UnusedParameter, Severity::Warning, -1, i,
                              Tr::tr("Parameter {%1} (%2) is not used in the name.")
                                  .arg(i)
                                  .arg(displayName(params.at(i)))});
        }
    }
    if (!producesText) {
        issues.push_back({AppNameIssue::EmptyResult, Severity::Error, -1, -1,
                          Tr::tr("The generated app name would be empty.")});
    }
    return issues;
}

QString AppNameFormat::preview(const QString &formatString, const Params &params,
                               const QDateTime &now)
{
    const AppNameContext sample{Tr::tr("Template app"), Tr::tr("user"), now};
    return format(formatString, params, sample);
}

} // namespace odag::rules
