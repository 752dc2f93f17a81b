#include "ScimFilter.h"

#include <QCoreApplication>
#include <QJsonValue>

namespace odag::sandbox {

namespace {

struct Token
{
    enum class Kind
    {
        Word,
        String,
        Open,
        Close,
        End
    } kind = Kind::End;
    QString text;
    int at = 0;
};

class ScimParser
{
    Q_DECLARE_TR_FUNCTIONS(odag::sandbox::ScimFilter)
public:
    ScimParser(const QString &text, const QStringList &attributes)
        : m_text(text)
        , m_attributes(attributes)
    {
        tokenize();
    }

    Result<ScimPredicate, QString> parse()
    {
        if (m_unterminated >= 0)
            return tr("filter: the text starting at character %1 has no closing quote")
                .arg(m_unterminated + 1);
        auto p = orExpr();
        if (!m_error.isEmpty())
            return m_error;
        if (peek().kind != Token::Kind::End)
            return fail(tr("unexpected \"%1\"").arg(peek().text));
        return p;
    }

private:
    QString fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = tr("filter: %1 at character %2").arg(message).arg(peek().at + 1);
        return m_error;
    }

    void tokenize()
    {
        int i = 0;
        while (i < m_text.size()) {
            const QChar c = m_text.at(i);
            if (c.isSpace()) {
                ++i;
            } else if (c == QLatin1Char('(') || c == QLatin1Char(')')) {
                m_tokens.append({c == QLatin1Char('(') ? Token::Kind::Open : Token::Kind::Close,
                                 QString(c), i});
                ++i;
            } else if (c == QLatin1Char('"')) {
                QString value;
                int j = i + 1;
                bool closed = false;
                while (j < m_text.size()) {
                    if (m_text.at(j) == QLatin1Char('\\') && j + 1 < m_text.size()) {
                        value.append(m_text.at(j + 1));
                        j += 2;
                        continue;
                    }
                    if (m_text.at(j) == QLatin1Char('"')) {
                        closed = true;
                        break;
                    }
                    value.append(m_text.at(j++));
                }
                if (!closed) {
                    m_unterminated = i;
                    return;
                }
                m_tokens.append({Token::Kind::String, value, i});
                i = j + 1;
            } else {
                int j = i;
                while (j < m_text.size() && !m_text.at(j).isSpace() &&
                       m_text.at(j) != QLatin1Char('(') && m_text.at(j) != QLatin1Char(')') &&
                       m_text.at(j) != QLatin1Char('"'))
                    ++j;
                m_tokens.append({Token::Kind::Word, m_text.mid(i, j - i), i});
                i = j;
            }
        }
    }

    const Token &peek() const
    {
        static const Token end;
        return m_pos < m_tokens.size() ? m_tokens.at(m_pos) : end;
    }
    bool isWord(const char *w) const
    {
        return peek().kind == Token::Kind::Word &&
               peek().text.compare(QLatin1StringView(w), Qt::CaseInsensitive) == 0;
    }

    ScimPredicate orExpr()
    {
        ScimPredicate left = andExpr();
        while (m_error.isEmpty() && isWord("or")) {
            ++m_pos;
            ScimPredicate right = andExpr();
            left = [left, right](const QJsonObject &o) { return left(o) || right(o); };
        }
        return left;
    }

    ScimPredicate andExpr()
    {
        ScimPredicate left = unary();
        while (m_error.isEmpty() && isWord("and")) {
            ++m_pos;
            ScimPredicate right = unary();
            left = [left, right](const QJsonObject &o) { return left(o) && right(o); };
        }
        return left;
    }

    ScimPredicate unary()
    {
        const auto none = [](const QJsonObject &) { return false; };
        if (isWord("not")) {
            ++m_pos;
            ScimPredicate inner = unary();
            return [inner](const QJsonObject &o) { return !inner(o); };
        }
        if (peek().kind == Token::Kind::Open) {
            ++m_pos;
            ScimPredicate inner = orExpr();
            if (peek().kind != Token::Kind::Close) {
                fail(tr("a closing parenthesis is missing"));
                return none;
            }
            ++m_pos;
            return inner;
        }
        if (peek().kind != Token::Kind::Word) {
            fail(tr("an attribute name is expected"));
            return none;
        }
        QString attribute;
        for (const QString &a : m_attributes) {
            if (a.compare(peek().text, Qt::CaseInsensitive) == 0)
                attribute = a;
        }
        if (attribute.isEmpty()) {
            fail(tr("\"%1\" cannot be filtered on (use %2)")
                     .arg(peek().text, m_attributes.join(QStringLiteral(", "))));
            return none;
        }
        ++m_pos;
        const bool eq = isWord("eq");
        if (!eq && !isWord("ne")) {
            fail(tr("only the eq and ne operators are supported"));
            return none;
        }
        ++m_pos;
        if (peek().kind != Token::Kind::String && peek().kind != Token::Kind::Word) {
            fail(tr("a value is expected"));
            return none;
        }
        const QString value = peek().text;
        ++m_pos;
        return [attribute, value, eq](const QJsonObject &o) {
            const QJsonValue v = o.value(attribute);
            const QString text =
                v.isBool()     ? (v.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                : v.isDouble() ? QString::number(v.toDouble())
                               : v.toString();
            const bool same = text.compare(value, Qt::CaseInsensitive) == 0;
            return eq ? same : !same;
        };
    }

    QString m_text;
    QStringList m_attributes;
    QList<Token> m_tokens;
    qsizetype m_pos = 0;
    int m_unterminated = -1;
    QString m_error;
};

} // namespace

Result<ScimPredicate, QString> parseScimFilter(const QString &expression,
                                               const QStringList &attributes)
{
    if (expression.trimmed().isEmpty())
        return ScimPredicate([](const QJsonObject &) { return true; });
    return ScimParser(expression, attributes).parse();
}

} // namespace odag::sandbox
