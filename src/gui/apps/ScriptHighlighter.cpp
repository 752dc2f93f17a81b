#include "ScriptHighlighter.h"

#include "core/rules/ScriptBindings.h"

#include <QColor>

namespace odag::gui {

namespace {
// The statements and clauses a load script is read by; enough to give its shape.
constexpr const char *kKeywords =
    "\\b(?:LOAD|SELECT|FROM|WHERE|RESIDENT|INLINE|SET|LET|LIB|CONNECT|DISCONNECT|STORE|INTO|"
    "DROP|TABLE|TABLES|FIELD|FIELDS|JOIN|LEFT|RIGHT|INNER|OUTER|KEEP|CONCATENATE|NOCONCATENATE|"
    "MAPPING|APPLYMAP|QUALIFY|UNQUALIFY|GROUP|ORDER|BY|AS|AND|OR|NOT|IN|IF|THEN|ELSE|ELSEIF|"
    "END|FOR|EACH|NEXT|TO|DO|LOOP|WHILE|SUB|CALL|EXIT|SCRIPT|TRACE|SECTION|ACCESS|APPLICATION|"
    "DISTINCT|WHEN|SWITCH|CASE|DEFAULT|DIRECTORY|EXISTS|MATCH|WILDMATCH|ODBC|OLEDB|SQL)\\b";
} // namespace

ScriptHighlighter::ScriptHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
    , m_variable(QStringLiteral("\\$\\(([^()\\r\\n]{1,1024})\\)"))
    , m_keywords(QString::fromLatin1(kKeywords), QRegularExpression::CaseInsensitiveOption)
{
    // Colours readable on light and dark palettes alike.
    m_binding.setForeground(QColor(0xd8, 0x1b, 0x60));
    m_binding.setBackground(QColor(0xd8, 0x1b, 0x60, 0x30));
    m_binding.setFontWeight(QFont::Bold);
    m_comment.setForeground(QColor(0x80, 0x80, 0x80));
    m_comment.setFontItalic(true);
    m_string.setForeground(QColor(0x2e, 0x9d, 0x57));
    m_keyword.setForeground(QColor(0x3a, 0x7b, 0xd5));
    m_keyword.setFontWeight(QFont::Bold);
}

int ScriptHighlighter::suffixLength(const QString &text, int from)
{
    int end = from;
    bool range = false;
    bool spec = false;
    for (int k = 0; k < 2; ++k) {
        if (!range && end < text.size() && text.at(end) == QLatin1Char('[')) {
            // [M-N]: digits, blanks and one dash only.
            int j = end + 1;
            while (j < text.size() && j - end < 64 &&
                   (text.at(j).isDigit() || text.at(j) == QLatin1Char('-') ||
                    text.at(j) == QLatin1Char(' ')))
                ++j;
            if (j < text.size() && text.at(j) == QLatin1Char(']')) {
                end = j + 1;
                range = true;
                continue;
            }
        }
        if (!spec && end < text.size() && text.at(end) == QLatin1Char('{')) {
            const int close = int(text.indexOf(QLatin1Char('}'), end));
            if (close > end && close - end <= 512) {
                end = close + 1;
                spec = true;
                continue;
            }
        }
        break;
    }
    return end - from;
}

void ScriptHighlighter::highlightCode(const QString &text, int from, int to)
{
    const QString part = text.mid(from, to - from);
    auto words = m_keywords.globalMatch(part);
    while (words.hasNext()) {
        const auto m = words.next();
        setFormat(from + int(m.capturedStart()), int(m.capturedLength()), m_keyword);
    }
}

void ScriptHighlighter::highlightBlock(const QString &text)
{
    int i = 0;
    const int n = int(text.size());
    int state = previousBlockState() == InBlockComment ? InBlockComment : Normal;
    int codeStart = 0;
    // The first word of a line, or the first after ';', may be REM.
    bool statementStart = true;
    while (i < n) {
        if (state == InBlockComment) {
            const int close = int(text.indexOf(QStringLiteral("*/"), i));
            const int end = close < 0 ? n : close + 2;
            setFormat(i, end - i, m_comment);
            i = end;
            codeStart = i;
            if (close >= 0)
                state = Normal;
            continue;
        }
        const QChar c = text.at(i);
        if (c == QLatin1Char('/') && i + 1 < n && text.at(i + 1) == QLatin1Char('*')) {
            highlightCode(text, codeStart, i);
            setFormat(i, 2, m_comment);
            i += 2;
            state = InBlockComment;
            continue;
        }
        if (c == QLatin1Char('/') && i + 1 < n && text.at(i + 1) == QLatin1Char('/') &&
            (i == 0 || text.at(i - 1) != QLatin1Char(':'))) {
            highlightCode(text, codeStart, i);
            setFormat(i, n - i, m_comment);
            codeStart = i = n;
            break;
        }
        if (statementStart && !c.isSpace()) {
            statementStart = false;
            if (text.mid(i, 3).compare(QLatin1StringView("REM"), Qt::CaseInsensitive) == 0 &&
                (i + 3 >= n || !text.at(i + 3).isLetterOrNumber())) {
                highlightCode(text, codeStart, i);
                const int semicolon = int(text.indexOf(QLatin1Char(';'), i));
                const int end = semicolon < 0 ? n : semicolon + 1;
                setFormat(i, end - i, m_comment);
                codeStart = i = end;
                statementStart = true;
                continue;
            }
        }
        if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            highlightCode(text, codeStart, i);
            const int close = int(text.indexOf(c, i + 1));
            const int end = close < 0 ? n : close + 1;
            setFormat(i, end - i, m_string);
            codeStart = i = end;
            continue;
        }
        if (c == QLatin1Char(';'))
            statementStart = true;
        ++i;
    }
    if (state != InBlockComment)
        highlightCode(text, codeStart, n);
    setCurrentBlockState(state);

    // Bind variables last: they stand out inside strings too, where the service expands
    // them all the same; never inside comments, where the service ignores them.
    auto vars = m_variable.globalMatch(text);
    while (vars.hasNext()) {
        const auto m = vars.next();
        const int start = int(m.capturedStart());
        if (format(start) == m_comment)
            continue;
        if (!rules::ScriptBindings::parseVariableName(m.captured(1)))
            continue;
        const int end = int(m.capturedEnd());
        setFormat(start, end - start + suffixLength(text, end), m_binding);
    }
}

} // namespace odag::gui
