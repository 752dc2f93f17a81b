#pragma once

// Reads a Qlik load script the way the sandbox's engine needs it: split into
// statements (comments dropped, quoted text, [bracketed] names and inline data kept
// whole), with the tables and fields each LOAD or SELECT produces, its data source and
// an estimate of its rows. From this the sandbox derives an app's data model, its
// lineage and the lines of its reload log, deterministically: the same script always
// gives the same model.

#include <QList>
#include <QString>
#include <QStringList>

namespace odag::sandbox {

struct ScriptStatement
{
    enum class Kind
    {
        Set,     // SET / LET
        Connect, // LIB CONNECT TO, ODBC/OLEDB CONNECT
        Load,    // LOAD ... FROM/INLINE/RESIDENT/AUTOGENERATE (or a preceding LOAD)
        Select,  // SQL SELECT
        Store,   // STORE ... INTO
        Drop,    // DROP TABLE(S) / FIELD(S)
        Section, // SECTION ACCESS / APPLICATION
        Control, // SUB, IF, FOR, NEXT, END ..., CALL, EXIT
        Other
    };

    int line = 0; // 1-based line where the statement starts
    QString text; // the statement without comments, trimmed
    Kind kind = Kind::Other;
    QString table;  // the table it loads, drops or stores
    QString source; // lineage discriminator: a path, INLINE, RESIDENT T, AUTOGENERATE, a connection
    QStringList fields;
    qint64 rows = 0; // estimated lines fetched
    bool mapping = false;
    bool preceding = false; // a LOAD that reads the following statement

    // The statement on one line, as the reload log shows it.
    QString oneLine(int maxChars = 240) const;
};

struct ScriptTable
{
    QString name;
    QStringList fields;
    qint64 rows = 0;
};

struct ScriptLineage
{
    QString discriminator;
    QString statement;
};

struct ScriptModel
{
    QList<ScriptStatement> statements;
    QList<ScriptTable> tables; // the data model after the script ran (mapping tables gone)
    QList<ScriptLineage> lineage;
    bool hasSectionAccess = false;
    int failLine = 0; // the line of a `// sandbox:fail` marker, 0 when none

    // Fields that occur in more than one table.
    QStringList keyFields() const;
};

ScriptModel parseScript(const QString &script);

// The script of a new app: the Main section Qlik writes into every new app.
QString defaultAppScript();

// A number from text that is the same on every run and machine (qHash is seeded).
quint32 stableHash(const QString &text);

} // namespace odag::sandbox
