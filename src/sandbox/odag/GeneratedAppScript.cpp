#include "GeneratedAppScript.h"

#include "RequestValidation.h"

#include "core/rules/AppNameFormat.h"
#include "core/rules/ScriptBindings.h"

#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

namespace odag::sandbox::generatedapp {

namespace {

const Binding *bindingFor(const QList<Binding> &bindings, const QString &varName)
{
    for (const Binding &b : bindings) {
        if (b.templateAppVarName == varName)
            return &b;
    }
    return nullptr;
}

// Where the occurrence that starts at `start` (the `$`) ends: after `)`, an optional
// [M-N] and an optional one-line JSON object, in either order, as the scanner reads them.
qsizetype occurrenceEnd(const QString &script, qsizetype start)
{
    qsizetype end = script.indexOf(QLatin1Char(')'), start);
    if (end < 0)
        return start;
    ++end;
    static const QRegularExpression range(
        QStringLiteral("\\G\\[[ \\t]*\\d+[ \\t]*-[ \\t]*\\d+[ \\t]*\\]"));
    bool rangeRead = false;
    bool specRead = false;
    for (int k = 0; k < 2 && end < script.size(); ++k) {
        const QChar c = script.at(end);
        if (!rangeRead && c == QLatin1Char('[')) {
            rangeRead = true;
            const auto m = range.match(script, end);
            if (m.hasMatch())
                end = m.capturedEnd();
        } else if (!specRead && c == QLatin1Char('{')) {
            specRead = true;
            const qsizetype lineEnd = [&] {
                qsizetype e = end;
                while (e < script.size() && script.at(e) != QLatin1Char('\n') &&
                       script.at(e) != QLatin1Char('\r'))
                    ++e;
                return e;
            }();
            int depth = 0;
            bool inString = false;
            for (qsizetype j = end; j < lineEnd; ++j) {
                const QChar d = script.at(j);
                if (inString) {
                    if (d == QLatin1Char('\\'))
                        ++j;
                    else if (d == QLatin1Char('"'))
                        inString = false;
                    continue;
                }
                if (d == QLatin1Char('"'))
                    inString = true;
                else if (d == QLatin1Char('{'))
                    ++depth;
                else if (d == QLatin1Char('}') && --depth == 0) {
                    const QByteArray spec = script.mid(end, j - end + 1).toUtf8();
                    if (QJsonDocument::fromJson(spec).isObject())
                        end = j + 1;
                    break;
                }
            }
        }
    }
    return end;
}

bool isNumber(const QString &text)
{
    bool ok = false;
    text.trimmed().toDouble(&ok);
    return ok;
}

QString formatValues(const rules::ScriptBinding &occurrence, const Binding *binding,
                     const SelectionState &state)
{
    const QString param = binding ? requestrules::paramNameOf(*binding) : occurrence.fieldName;
    QString states = binding ? requestrules::statesOf(*binding) : occurrence.selectionStates;
    if (states.isEmpty())
        states = QStringLiteral("S");
    const bool numeric =
        occurrence.numericOnly || (binding && binding->numericOnly.value_or(false));
    const std::optional<BindFormatting> linkFormat = binding ? binding->formatting : std::nullopt;
    const QString quote =
        occurrence.quote.value_or(linkFormat ? linkFormat->effectiveQuote() : QStringLiteral("'"));
    const QString delimiter = occurrence.delimiter.value_or(
        linkFormat ? linkFormat->effectiveDelimiter() : QStringLiteral(","));

    QStringList values;
    for (const FieldSelectionState &f : state) {
        if (f.selectionAppParamName != param)
            continue;
        for (const FieldValue &v : f.values) {
            if (!states.contains(v.selStatus.raw()))
                continue;
            if (numeric) {
                const QString n = v.numValue.value_or(v.strValue).trimmed();
                if (isNumber(n))
                    values << n;
                continue;
            }
            QString text = v.strValue;
            if (!quote.isEmpty())
                text.replace(quote, quote + quote);
            values << quote + text + quote;
        }
    }
    if (occurrence.countOnly)
        return QString::number(values.size());
    if (values.isEmpty())
        return occurrence.noValue.value_or(QString());
    return values.join(delimiter);
}

} // namespace

QString appName(const rules::ResolvedProperties &resolved, const QString &templateAppName,
                const QString &userId, const QDateTime &now, const QString &partitionLabel)
{
    const rules::AppNameContext context{templateAppName, userId, now};
    QString name;
    if (resolved.genAppName.value && !resolved.genAppName.value->formatString.isEmpty()) {
        name = rules::AppNameFormat::format(resolved.genAppName.value->formatString,
                                            resolved.genAppName.value->params, context);
    }
    if (name.trimmed().isEmpty()) {
        name = rules::AppNameFormat::format(
            QStringLiteral("{0} - {1}"),
            {OpenEnum<AppNameParameter>(AppNameParameter::TemplateAppName),
             OpenEnum<AppNameParameter>(AppNameParameter::UserId)},
            context);
    }
    if (!partitionLabel.isEmpty())
        name += QStringLiteral(" (") + partitionLabel + QLatin1Char(')');
    return name;
}

QString bindScript(const QString &templateScript, const QList<Binding> &bindings,
                   const SelectionState &bindState)
{
    const rules::ScriptScan scan = rules::ScriptBindings::scan(templateScript);
    if (scan.occurrences.isEmpty())
        return templateScript;

    QList<qsizetype> lineStarts{0};
    for (qsizetype i = 0; i < templateScript.size(); ++i) {
        if (templateScript.at(i) == QLatin1Char('\n'))
            lineStarts.append(i + 1);
    }
    struct Edit
    {
        qsizetype from;
        qsizetype to;
        QString text;
    };
    QList<Edit> edits;
    for (const rules::ScriptBinding &o : scan.occurrences) {
        if (o.line < 1 || o.line > lineStarts.size())
            continue;
        const qsizetype start = lineStarts.at(o.line - 1) + o.column - 1;
        if (start < 0 || start + 1 >= templateScript.size() ||
            templateScript.at(start) != QLatin1Char('$'))
            continue;
        const qsizetype end = occurrenceEnd(templateScript, start);
        if (end <= start)
            continue;
        edits.append(Edit{start, end,
                          formatValues(o, bindingFor(bindings, o.templateAppVarName), bindState)});
    }
    // From the end, so earlier offsets stay valid.
    std::sort(edits.begin(), edits.end(),
              [](const Edit &a, const Edit &b) { return a.from > b.from; });
    QString out = templateScript;
    for (const Edit &e : std::as_const(edits))
        out.replace(e.from, e.to - e.from, e.text);
    return out;
}

} // namespace odag::sandbox::generatedapp
