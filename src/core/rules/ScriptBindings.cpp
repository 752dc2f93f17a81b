#include "ScriptBindings.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

#include <limits>

namespace odag::rules {

namespace {

// Gives this file's messages one translation context that lupdate records as the
// run-time lookup uses it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(odag::rules)
};

// Bounds that keep one malformed construct from making the scan quadratic.
constexpr qsizetype kMaxVariableName = 1024;
constexpr qsizetype kMaxFormatSpec = 512;
constexpr qsizetype kMaxRange = 64;

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool isLineEnd(QChar c)
{
    return c == QLatin1Char('\n') || c == QLatin1Char('\r');
}

QString rangeText(const ScriptBinding &b)
{
    if (!b.hasRange())
        return Tr::tr("none");
    return QStringLiteral("[%1-%2]").arg(b.lowerBound.value_or(0)).arg(b.upperBound.value_or(0));
}

class Scanner
{
public:
    explicit Scanner(const QString &script)
        : m_s(script)
    {}

    ScriptScan run();

private:
    enum State
    {
        Code,
        Quoted,
        LineComment,
        BlockComment,
        Rem
    };

    QChar at(qsizetype i) const { return i < m_s.size() ? m_s.at(i) : QChar(); }
    bool startsRem(qsizetype i) const;
    // A binding at m_s[i] == '$'; returns the index after it, or -1.
    qsizetype tryBinding(qsizetype i);
    qsizetype readRange(qsizetype i, ScriptBinding &b);
    qsizetype readFormatSpec(qsizetype i, ScriptBinding &b);
    void issue(ScriptIssue::Kind kind, Severity severity, const QString &var,
               const QString &message)
    {
        m_result.issues.push_back({kind, severity, m_line, var, message});
    }
    void checkRanges();

    const QString &m_s;
    ScriptScan m_result;
    int m_line = 1;
    qsizetype m_lineStart = 0;
};

bool Scanner::startsRem(qsizetype i) const
{
    if (i + 3 > m_s.size())
        return false;
    if (QStringView(m_s).mid(i, 3).compare(QLatin1StringView("rem"), Qt::CaseInsensitive) != 0)
        return false;
    const QChar next = at(i + 3);
    return next.isNull() || next.isSpace() || next == QLatin1Char(';');
}

ScriptScan Scanner::run()
{
    State state = Code;
    QChar closeQuote;
    bool statementStart = true;
    int blockCommentLine = 0;
    qsizetype i = 0;
    const qsizetype n = m_s.size();
    while (i < n) {
        const QChar c = m_s.at(i);
        if (c == QLatin1Char('\n')) {
            ++m_line;
            m_lineStart = i + 1;
            if (state == LineComment || state == Quoted)
                state = Code;
            if (state == Code)
                statementStart = true;
            ++i;
            continue;
        }
        switch (state) {
        case LineComment:
            ++i;
            continue;
        case BlockComment:
            if (c == QLatin1Char('*') && at(i + 1) == QLatin1Char('/')) {
                state = Code;
                i += 2;
            } else {
                ++i;
            }
            continue;
        case Rem:
            if (c == QLatin1Char(';')) {
                state = Code;
                statementStart = true;
            }
            ++i;
            continue;
        case Code:
        case Quoted:
            break;
        }

        // Dollar expansion happens inside quotes too.
        if (c == QLatin1Char('$') && at(i + 1) == QLatin1Char('(')) {
            const qsizetype end = tryBinding(i);
            statementStart = false;
            i = end > i ? end : i + 1;
            continue;
        }
        if (state == Quoted) {
            if (c == closeQuote)
                state = Code;
            ++i;
            continue;
        }
        if (c == QLatin1Char('/') && at(i + 1) == QLatin1Char('/') &&
            !(i > 0 && m_s.at(i - 1) == QLatin1Char(':'))) {
            state = LineComment;
            i += 2;
            continue;
        }
        if (c == QLatin1Char('/') && at(i + 1) == QLatin1Char('*')) {
            state = BlockComment;
            blockCommentLine = m_line;
            i += 2;
            continue;
        }
        if (c.isSpace()) {
            ++i;
            continue;
        }
        if (c == QLatin1Char(';')) {
            statementStart = true;
            ++i;
            continue;
        }
        if (statementStart && startsRem(i)) {
            state = Rem;
            i += 3;
            continue;
        }
        statementStart = false;
        if (c == QLatin1Char('\'') || c == QLatin1Char('"') || c == QLatin1Char('`')) {
            state = Quoted;
            closeQuote = c;
        } else if (c == QLatin1Char('[')) {
            state = Quoted;
            closeQuote = QLatin1Char(']');
        }
        ++i;
    }
    if (state == BlockComment) {
        m_result.issues.push_back(
            {ScriptIssue::UnclosedBlockComment,
             Severity::Warning,
             blockCommentLine,
             {},
             Tr::tr("The comment opened with /* on line %1 is never closed: the rest of the "
                    "script is a comment.")
                 .arg(blockCommentLine)});
    }
    checkRanges();
    return std::move(m_result);
}

qsizetype Scanner::tryBinding(qsizetype i)
{
    const qsizetype start = i + 2;
    qsizetype j = start;
    const qsizetype limit = qMin(m_s.size(), start + kMaxVariableName);
    while (j < limit) {
        const QChar c = m_s.at(j);
        if (c == QLatin1Char(')'))
            break;
        // A nested expansion, a function call or a line end: not a plain variable.
        if (c == QLatin1Char('$') || c == QLatin1Char('(') || isLineEnd(c))
            return -1;
        ++j;
    }
    if (j >= limit)
        return -1;
    auto parsed = ScriptBindings::parseVariableName(m_s.mid(start, j - start));
    if (!parsed)
        return -1;
    ScriptBinding b = std::move(*parsed);
    b.line = m_line;
    b.column = int(i - m_lineStart + 1);
    qsizetype end = j + 1;
    bool rangeRead = false;
    bool specRead = false;
    for (int k = 0; k < 2; ++k) {
        if (!rangeRead && at(end) == QLatin1Char('[')) {
            rangeRead = true;
            end = readRange(end, b);
        } else if (!specRead && at(end) == QLatin1Char('{')) {
            specRead = true;
            end = readFormatSpec(end, b);
        }
    }
    m_result.occurrences.push_back(std::move(b));
    return end;
}

// [M-N] with optional blanks; on anything else the text is left to the script.
qsizetype Scanner::readRange(qsizetype i, ScriptBinding &b)
{
    qsizetype j = i + 1;
    const auto skip = [&] {
        while (j < m_s.size() && (m_s.at(j) == QLatin1Char(' ') || m_s.at(j) == QLatin1Char('\t')))
            ++j;
    };
    const auto number = [&](std::optional<int> &out) {
        const qsizetype from = j;
        qint64 v = 0;
        while (j < m_s.size() && isDigit(m_s.at(j)) && j - from < 10) {
            v = v * 10 + m_s.at(j).digitValue();
            ++j;
        }
        if (j == from || (j < m_s.size() && isDigit(m_s.at(j))) ||
            v > std::numeric_limits<int>::max())
            return false;
        out = int(v);
        return true;
    };
    std::optional<int> lower;
    std::optional<int> upper;
    skip();
    bool ok = number(lower);
    if (ok) {
        skip();
        ok = at(j) == QLatin1Char('-');
        ++j;
    }
    if (ok) {
        skip();
        ok = number(upper);
    }
    if (ok) {
        skip();
        ok = at(j) == QLatin1Char(']');
    }
    if (!ok) {
        const qsizetype close = QStringView(m_s).mid(i, kMaxRange).indexOf(QLatin1Char(']'));
        const qsizetype shown = close >= 0 ? close + 1 : 12;
        issue(ScriptIssue::MalformedRange, Severity::Warning, b.templateAppVarName,
              Tr::tr("\"%1\" after $(%2) is not a quantity constraint [M-N]; it is left in the "
                     "script.")
                  .arg(QStringView(m_s).mid(i, shown).toString(), b.templateAppVarName));
        return i;
    }
    b.lowerBound = lower;
    b.upperBound = upper;
    if (*lower > *upper) {
        issue(ScriptIssue::RangeOrder, Severity::Error, b.templateAppVarName,
              Tr::tr("$(%1)[%2-%3] asks for at least %2 and at most %3 values, which no selection "
                     "can meet.")
                  .arg(b.templateAppVarName, QString::number(*lower), QString::number(*upper)));
    }
    return j + 1;
}

// A JSON object right after the variable; unreadable text is left to the script.
qsizetype Scanner::readFormatSpec(qsizetype i, ScriptBinding &b)
{
    int depth = 0;
    bool inString = false;
    qsizetype j = i;
    const qsizetype limit = qMin(m_s.size(), i + kMaxFormatSpec);
    for (; j < limit; ++j) {
        const QChar c = m_s.at(j);
        // A specification is one line of plain JSON; a nested expansion ends the search,
        // which keeps the scan linear on text full of braces.
        if (isLineEnd(c) || (c == QLatin1Char('$') && at(j + 1) == QLatin1Char('(')))
            break;
        if (inString) {
            if (c == QLatin1Char('\\'))
                ++j;
            else if (c == QLatin1Char('"'))
                inString = false;
            continue;
        }
        if (c == QLatin1Char('"'))
            inString = true;
        else if (c == QLatin1Char('{'))
            ++depth;
        else if (c == QLatin1Char('}') && --depth == 0)
            break;
    }
    if (j >= limit || depth != 0) {
        issue(ScriptIssue::BadFormatSpec, Severity::Warning, b.templateAppVarName,
              Tr::tr("The { after $(%1) is not closed on the same line; it is not read as a format "
                     "specification.")
                  .arg(b.templateAppVarName));
        return i;
    }
    const QString text = m_s.mid(i, j - i + 1);
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        issue(ScriptIssue::BadFormatSpec, Severity::Warning, b.templateAppVarName,
              Tr::tr("The format specification after $(%1) is not valid JSON: %2")
                  .arg(b.templateAppVarName, text));
        return j + 1;
    }
    const QJsonObject spec = doc.object();
    for (auto it = spec.begin(); it != spec.end(); ++it) {
        const QString key = it.key();
        const QJsonValue v = it.value();
        std::optional<QString> *target = nullptr;
        if (key == QLatin1StringView("quote"))
            target = &b.quote;
        else if (key == QLatin1StringView("delimiter"))
            target = &b.delimiter;
        else if (key == QLatin1StringView("noValue"))
            target = &b.noValue;
        if (!target) {
            issue(ScriptIssue::BadFormatSpec, Severity::Warning, b.templateAppVarName,
                  Tr::tr("The format specification after $(%1) has the unknown key \"%2\" (known: "
                         "quote, delimiter, noValue).")
                      .arg(b.templateAppVarName, key));
            continue;
        }
        if (v.isString())
            *target = v.toString();
        else if (v.isDouble() && key == QLatin1StringView("noValue"))
            *target = QString::number(v.toDouble(), 'g', QLocale::FloatingPointShortest);
        else
            issue(ScriptIssue::BadFormatSpec, Severity::Warning, b.templateAppVarName,
                  Tr::tr("\"%1\" in the format specification after $(%2) must be a string.")
                      .arg(key, b.templateAppVarName));
    }
    return j + 1;
}

// Seed 002: all bindings of a field must have the same range.
void Scanner::checkRanges()
{
    QHash<QString, qsizetype> firstWithRange; // field -> occurrence index
    for (qsizetype k = 0; k < m_result.occurrences.size(); ++k) {
        const ScriptBinding &b = m_result.occurrences.at(k);
        if (!b.hasRange())
            continue;
        const auto it = firstWithRange.constFind(b.fieldName);
        if (it == firstWithRange.cend()) {
            firstWithRange.insert(b.fieldName, k);
            continue;
        }
        const ScriptBinding &first = m_result.occurrences.at(*it);
        if (first.lowerBound == b.lowerBound && first.upperBound == b.upperBound)
            continue;
        const QString message =
            first.templateAppVarName == b.templateAppVarName
                ? Tr::tr("$(%1) has the range %2 on line %3 and %4 on line %5; a variable can have "
                         "only one.")
                      .arg(b.templateAppVarName, rangeText(first), QString::number(first.line),
                           rangeText(b), QString::number(b.line))
                : Tr::tr(
                      "Field %1 has the range %2 in $(%3) on line %4 and %5 in $(%6) on line %7; "
                      "every binding of a field must have the same range.")
                      .arg(b.fieldName, rangeText(first), first.templateAppVarName,
                           QString::number(first.line), rangeText(b), b.templateAppVarName,
                           QString::number(b.line));
        m_result.issues.push_back({ScriptIssue::ConflictingRange, Severity::Error, b.line,
                                   b.templateAppVarName, message});
    }
}

} // namespace

std::optional<ScriptBinding> ScriptBindings::parseVariableName(const QString &rawName)
{
    const QString name = rawName.trimmed();
    ScriptBinding b;
    b.templateAppVarName = name;
    qsizetype i = 0;
    const auto take = [&](QLatin1StringView s) {
        if (QStringView(name).mid(i).startsWith(s)) {
            i += s.size();
            return true;
        }
        return false;
    };
    if (take(QLatin1StringView("odag"))) {
        b.syntax = BindingSyntax::Odag;
        if (take(QLatin1StringView("s")))
            b.selectionStates = QStringLiteral("S");
        else if (take(QLatin1StringView("o")))
            b.selectionStates = QStringLiteral("O");
        else
            b.selectionStates = QStringLiteral("SO");
        b.numericOnly = take(QLatin1StringView("n"));
        b.countOnly = take(QLatin1StringView("cnt"));
        if (!take(QLatin1StringView("_")))
            return std::nullopt;
    } else if (take(QLatin1StringView("od"))) {
        b.syntax = BindingSyntax::Legacy;
        if (take(QLatin1StringView("b_"))) {
            // odb_: listed by Qlik, meaning not published.
        } else {
            if (take(QLatin1StringView("s")))
                b.selectionStates += QLatin1Char('S');
            if (take(QLatin1StringView("o")))
                b.selectionStates += QLatin1Char('O');
            if (take(QLatin1StringView("x")))
                b.selectionStates += QLatin1Char('X');
            if (!take(QLatin1StringView("_")))
                return std::nullopt;
            if (b.selectionStates.isEmpty())
                b.selectionStates = QStringLiteral("S");
        }
    } else {
        return std::nullopt;
    }
    b.prefix = name.left(i);
    b.fieldName = name.mid(i);
    if (b.fieldName.trimmed().isEmpty())
        return std::nullopt;
    if (b.syntax == BindingSyntax::Legacy && b.fieldName.size() > 2 &&
        b.fieldName.endsWith(QLatin1StringView("_n"))) {
        b.numericOnly = true;
        b.fieldName.chop(2);
    }
    return b;
}

ScriptScan ScriptBindings::scan(const QString &script)
{
    return Scanner(script).run();
}

bool ScriptBindings::hasFailMarker(const QString &script)
{
    for (const QStringView line : QStringView(script).split(QLatin1Char('\n'))) {
        const QStringView t = line.trimmed();
        if (t.startsWith(QLatin1StringView("//")) &&
            t.mid(2).trimmed() == QLatin1StringView("sandbox:fail"))
            return true;
    }
    return false;
}

QList<Binding> ScriptScan::toBindings() const
{
    QHash<QString, std::pair<std::optional<int>, std::optional<int>>> rangeOfField;
    for (const ScriptBinding &b : occurrences) {
        if (b.hasRange() && !rangeOfField.contains(b.fieldName))
            rangeOfField.insert(b.fieldName, {b.lowerBound, b.upperBound});
    }
    QList<Binding> out;
    QHash<QString, qsizetype> indexOfVar;
    for (const ScriptBinding &b : occurrences) {
        const auto known = indexOfVar.constFind(b.templateAppVarName);
        if (known != indexOfVar.cend()) {
            Binding &existing = out[*known];
            if (!existing.formatting && (b.quote || b.delimiter))
                existing.formatting = BindFormatting{b.delimiter, b.quote, {}};
            continue;
        }
        Binding binding;
        binding.templateAppVarName = b.templateAppVarName;
        binding.selectAppParamType = SelectAppParamType::Field;
        binding.selectAppParamName = b.fieldName;
        if (!b.selectionStates.isEmpty())
            binding.selectionStates = b.selectionStates;
        binding.numericOnly = b.numericOnly;
        const auto range = rangeOfField.constFind(b.fieldName);
        if (range != rangeOfField.cend())
            binding.range = ValueCountRange{range->first, range->second, {}};
        if (b.quote || b.delimiter)
            binding.formatting = BindFormatting{b.delimiter, b.quote, {}};
        indexOfVar.insert(b.templateAppVarName, out.size());
        out.push_back(std::move(binding));
    }
    return out;
}

QStringList ScriptScan::fields() const
{
    QStringList out;
    QSet<QString> seen;
    for (const ScriptBinding &b : occurrences) {
        if (!seen.contains(b.fieldName)) {
            seen.insert(b.fieldName);
            out.push_back(b.fieldName);
        }
    }
    return out;
}

} // namespace odag::rules
