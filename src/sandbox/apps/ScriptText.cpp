#include "ScriptText.h"

namespace odag::sandbox::scripttext {

// Splits at `;` outside quotes, brackets and comments; comments are dropped (their
// newlines kept, so line numbers stay right).
QList<Chunk> splitStatements(const QString &s)
{
    enum class State
    {
        Normal,
        Single,
        Double,
        Bracket,
        Backtick,
        Line,
        Block
    };
    QList<Chunk> out;
    State state = State::Normal;
    QString buf;
    int line = 1;
    int start = 0; // line of the chunk's first visible character
    const auto flush = [&]() {
        if (!buf.trimmed().isEmpty())
            out.append({start, buf});
        buf.clear();
        start = 0;
    };
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        const QChar next = i + 1 < s.size() ? s.at(i + 1) : QChar();
        if (c == QLatin1Char('\n'))
            ++line;
        switch (state) {
        case State::Line:
            if (c == QLatin1Char('\n')) {
                state = State::Normal;
                buf.append(c);
            }
            continue;
        case State::Block:
            if (c == QLatin1Char('\n'))
                buf.append(c);
            if (c == QLatin1Char('*') && next == QLatin1Char('/')) {
                state = State::Normal;
                ++i;
            }
            continue;
        case State::Single:
            if (c == QLatin1Char('\''))
                state = State::Normal;
            break;
        case State::Double:
            if (c == QLatin1Char('"'))
                state = State::Normal;
            break;
        case State::Bracket:
            if (c == QLatin1Char(']'))
                state = State::Normal;
            break;
        case State::Backtick:
            if (c == QLatin1Char('`'))
                state = State::Normal;
            break;
        case State::Normal:
            // `lib://` and `http://` are paths, not comments.
            if (c == QLatin1Char('/') && next == QLatin1Char('/') &&
                !(i > 0 && s.at(i - 1) == QLatin1Char(':'))) {
                state = State::Line;
                ++i;
                continue;
            }
            if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
                state = State::Block;
                ++i;
                continue;
            }
            if (c == QLatin1Char(';')) {
                flush();
                continue;
            }
            if (c == QLatin1Char('\''))
                state = State::Single;
            else if (c == QLatin1Char('"'))
                state = State::Double;
            else if (c == QLatin1Char('['))
                state = State::Bracket;
            else if (c == QLatin1Char('`'))
                state = State::Backtick;
            break;
        }
        if (start == 0 && !c.isSpace())
            start = line;
        buf.append(c);
    }
    flush();
    return out;
}

// Splits at `sep` outside parentheses, braces, brackets and quotes.
QStringList splitTopLevel(const QString &s, QChar sep)
{
    QStringList out;
    int depth = 0;
    QChar quote;
    QString cur;
    for (const QChar c : s) {
        if (!quote.isNull()) {
            cur.append(c);
            if (c == quote)
                quote = QChar();
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"') || c == QLatin1Char('`')) {
            quote = c;
        } else if (c == QLatin1Char('[')) {
            quote = QLatin1Char(']');
        } else if (c == QLatin1Char('(') || c == QLatin1Char('{')) {
            ++depth;
        } else if (c == QLatin1Char(')') || c == QLatin1Char('}')) {
            --depth;
        } else if (c == sep && depth == 0) {
            out.append(cur.trimmed());
            cur.clear();
            continue;
        }
        cur.append(c);
    }
    if (!cur.trimmed().isEmpty())
        out.append(cur.trimmed());
    return out;
}

// Position of the first of `words` at depth 0 outside quotes, on word boundaries.
qsizetype findKeyword(const QString &s, const QStringList &words, QString *found, qsizetype from)
{
    int depth = 0;
    QChar quote;
    for (qsizetype i = from; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"') || c == QLatin1Char('`')) {
            quote = c;
            continue;
        }
        if (c == QLatin1Char('[')) {
            quote = QLatin1Char(']');
            continue;
        }
        if (c == QLatin1Char('(') || c == QLatin1Char('{')) {
            ++depth;
            continue;
        }
        if (c == QLatin1Char(')') || c == QLatin1Char('}')) {
            --depth;
            continue;
        }
        if (depth != 0 ||
            (i > 0 && (s.at(i - 1).isLetterOrNumber() || s.at(i - 1) == QLatin1Char('_') ||
                       s.at(i - 1) == QLatin1Char('$'))))
            continue;
        for (const QString &w : words) {
            if (s.mid(i, w.size()).compare(w, Qt::CaseInsensitive) != 0)
                continue;
            const qsizetype end = i + w.size();
            if (end < s.size() && (s.at(end).isLetterOrNumber() || s.at(end) == QLatin1Char('_')))
                continue;
            if (found)
                *found = w;
            return i;
        }
    }
    return -1;
}

QString unquote(QString name)
{
    name = name.trimmed();
    if (name.size() >= 2 &&
        ((name.startsWith(QLatin1Char('[')) && name.endsWith(QLatin1Char(']'))) ||
         (name.startsWith(QLatin1Char('"')) && name.endsWith(QLatin1Char('"'))) ||
         (name.startsWith(QLatin1Char('\'')) && name.endsWith(QLatin1Char('\''))) ||
         (name.startsWith(QLatin1Char('`')) && name.endsWith(QLatin1Char('`')))))
        return name.mid(1, name.size() - 2);
    return name;
}

// The field a LOAD or SELECT item produces: its alias, else the (last part of the) name.
QString fieldName(const QString &item, bool sql)
{
    const QStringList parts = splitTopLevel(item, QLatin1Char(' '));
    for (qsizetype i = parts.size() - 2; i >= 0; --i) {
        if (parts.at(i).compare(QLatin1StringView("as"), Qt::CaseInsensitive) == 0)
            return unquote(parts.mid(i + 1).join(QLatin1Char(' ')));
    }
    QString name = unquote(item);
    if (sql && !name.contains(QLatin1Char('(')))
        name = unquote(name.section(QLatin1Char('.'), -1));
    return name;
}

// The next token after position `at`: a [bracketed], quoted or bare path.
QString tokenAt(const QString &s, qsizetype at)
{
    while (at < s.size() && s.at(at).isSpace())
        ++at;
    if (at >= s.size())
        return {};
    const QChar c = s.at(at);
    QChar close;
    if (c == QLatin1Char('['))
        close = QLatin1Char(']');
    else if (c == QLatin1Char('\'') || c == QLatin1Char('"') || c == QLatin1Char('`'))
        close = c;
    if (!close.isNull()) {
        const qsizetype end = s.indexOf(close, at + 1);
        return s.mid(at + 1, end < 0 ? -1 : end - at - 1);
    }
    qsizetype end = at;
    while (end < s.size() && !s.at(end).isSpace() && s.at(end) != QLatin1Char('(') &&
           s.at(end) != QLatin1Char(','))
        ++end;
    return s.mid(at, end - at);
}

QString baseName(const QString &path)
{
    QString name = path.section(QLatin1Char('/'), -1).section(QLatin1Char('\\'), -1);
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    return dot > 0 ? name.left(dot) : name;
}

} // namespace odag::sandbox::scripttext
