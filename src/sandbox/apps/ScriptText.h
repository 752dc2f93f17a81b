#pragma once

// The lexical side of reading a Qlik load script, shared by ScriptModel: statements
// split at semicolons outside quotes, [brackets] and comments; lists split at top-level
// commas; keywords found outside nested text.

#include <QList>
#include <QString>
#include <QStringList>

namespace odag::sandbox::scripttext {

struct Chunk
{
    int line = 0; // 1-based line of the first visible character
    QString text; // comments removed (their newlines kept)
};

QList<Chunk> splitStatements(const QString &script);
// Splits at `sep` outside parentheses, braces, brackets and quotes; items trimmed.
QStringList splitTopLevel(const QString &s, QChar sep);
// Position of the first of `words` at depth 0 outside quotes, on word boundaries; -1
// when none. `found` receives the word.
qsizetype findKeyword(const QString &s, const QStringList &words, QString *found,
                      qsizetype from = 0);
// A name without its [brackets] or quotes.
QString unquote(QString name);
// The field a LOAD or SELECT item produces: its alias, else the name (for SQL the last
// dotted part).
QString fieldName(const QString &item, bool sql);
// The [bracketed], quoted or bare token after position `at`.
QString tokenAt(const QString &s, qsizetype at);
// A file name without its folders and extension.
QString baseName(const QString &path);

} // namespace odag::sandbox::scripttext
