#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace odag::gui {

// Colours a Qlik load script: ODAG bind variables of both syntaxes (`$(odag_FIELD)`,
// `$(odso_FIELD)[1-10]`, with their format specs), as core/rules/ScriptBindings reads
// them, plus comments, strings and statement keywords, so an author sees at a glance
// which variables the ODAG service will fill in.
class ScriptHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit ScriptHighlighter(QTextDocument *document);

    // The formats, public so tests can compare what a range was given.
    const QTextCharFormat &bindingFormat() const { return m_binding; }
    const QTextCharFormat &commentFormat() const { return m_comment; }
    const QTextCharFormat &stringFormat() const { return m_string; }
    const QTextCharFormat &keywordFormat() const { return m_keyword; }

protected:
    void highlightBlock(const QString &text) override;

private:
    enum BlockState
    {
        Normal = 0,
        InBlockComment = 1
    };
    // Length of the `[M-N]` and `{...}` suffixes after a bind variable ending at `from`.
    static int suffixLength(const QString &text, int from);
    void highlightCode(const QString &text, int from, int to);

    QTextCharFormat m_binding;
    QTextCharFormat m_comment;
    QTextCharFormat m_string;
    QTextCharFormat m_keyword;
    QRegularExpression m_variable;
    QRegularExpression m_keywords;
};

} // namespace odag::gui
