#include "ScriptModel.h"

#include "ScriptText.h"

#include <QCryptographicHash>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace odag::sandbox {

namespace {

using namespace scripttext;

bool isControlLine(const QString &line)
{
    static const QRegularExpression re(
        QStringLiteral(
            "^(FOR\\b.*|NEXT\\b.*|(ELSE)?IF\\b.*\\bTHEN\\s*$|ELSE\\s*$|END\\s*"
            "(IF|SUB|SWITCH)\\b.*|SUB\\s+\\w.*|DO(\\s+(WHILE|UNTIL)\\b.*)?\\s*$|LOOP\\b.*|"
            "SWITCH\\b.*|CASE\\b.*|DEFAULT\\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(line.trimmed()).hasMatch();
}

const QRegularExpression &labelRe()
{
    static const QRegularExpression re(
        QStringLiteral("^\\s*(\\[[^\\]]+\\]|\"[^\"]+\"|[A-Za-z_][\\w.]*)\\s*:(?!/)\\s*"));
    return re;
}

const QRegularExpression &prefixRe()
{
    static const QRegularExpression re(
        QStringLiteral("^\\s*(NoConcatenate|Concatenate(\\s*\\([^)]*\\))?|((Left|Right|Inner|"
                       "Outer)\\s+)?(Join|Keep)(\\s*\\([^)]*\\))?|Mapping|Generic|Buffer(\\s*\\("
                       "[^)]*\\))?|Add|Replace|Only|Merge|First\\s+\\d+|Sample\\s+[\\d.]+|"
                       "CrossTable\\s*\\([^)]*\\)|Hierarchy\\w*\\s*\\([^)]*\\)|IntervalMatch\\s*"
                       "\\([^)]*\\))\\s+"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

qint64 estimateRows(const QString &seed, qint64 low, qint64 high)
{
    return low + qint64(stableHash(seed) % quint32(high - low));
}

class Parser
{
public:
    ScriptModel model;

    void statement(const Chunk &chunk);
    void finish();

private:
    struct Pending
    {
        QString label;
        QStringList prefixes;
        QStringList fields;
    };

    void load(ScriptStatement &st, QString body, const QString &label, const QStringList &prefixes);
    void select(ScriptStatement &st, const QString &body, const QString &label,
                const QStringList &prefixes);
    void addTable(ScriptStatement &st, QString label, QStringList prefixes);
    ScriptTable *table(const QString &name);

    QString m_connection;
    QList<Pending> m_preceding;
    QHash<QString, QStringList> m_mappings;
};

ScriptTable *Parser::table(const QString &name)
{
    for (ScriptTable &t : model.tables) {
        if (t.name.compare(name, Qt::CaseInsensitive) == 0)
            return &t;
    }
    return nullptr;
}

void Parser::statement(const Chunk &chunk)
{
    QStringList lines = chunk.text.split(QLatin1Char('\n'));
    int line = chunk.line;
    // Control lines (FOR, IF ... THEN, END IF, SUB ...) need no semicolon: they are
    // statements of their own in front of the next one.
    while (!lines.isEmpty()) {
        const QString first = lines.first().trimmed();
        if (first.isEmpty()) {
            lines.removeFirst();
            continue;
        }
        if (!isControlLine(first) || lines.size() == 1)
            break;
        ScriptStatement control;
        control.line = line;
        control.kind = ScriptStatement::Kind::Control;
        control.text = first;
        model.statements.append(control);
        lines.removeFirst();
        ++line;
        while (!lines.isEmpty() && lines.first().trimmed().isEmpty()) {
            lines.removeFirst();
            ++line;
        }
    }
    const QString text = lines.join(QLatin1Char('\n')).trimmed();
    if (text.isEmpty() || text.startsWith(QLatin1StringView("REM "), Qt::CaseInsensitive))
        return;
    ScriptStatement st;
    st.line = line;
    st.text = text;

    QString body = text;
    QString label;
    const auto lm = labelRe().match(body);
    if (lm.hasMatch()) {
        label = unquote(lm.captured(1));
        body = body.mid(lm.capturedLength());
    }
    QStringList prefixes;
    for (auto pm = prefixRe().match(body); pm.hasMatch(); pm = prefixRe().match(body)) {
        prefixes.append(pm.captured(1).simplified());
        body = body.mid(pm.capturedLength());
    }
    const QString head = body.section(QRegularExpression(QStringLiteral("\\s+")), 0, 0).toUpper();
    const QString head2 =
        body.section(QRegularExpression(QStringLiteral("\\s+")), 0, 1).toUpper().simplified();

    if (head == QLatin1StringView("LOAD")) {
        load(st, body, label, prefixes);
    } else if (head == QLatin1StringView("SELECT") || head2 == QLatin1StringView("SQL SELECT")) {
        select(st, body, label, prefixes);
    } else if (head == QLatin1StringView("SET") || head == QLatin1StringView("LET")) {
        st.kind = ScriptStatement::Kind::Set;
    } else if (head2 == QLatin1StringView("LIB CONNECT") || head == QLatin1StringView("CONNECT") ||
               head2 == QLatin1StringView("ODBC CONNECT") ||
               head2 == QLatin1StringView("OLEDB CONNECT")) {
        st.kind = ScriptStatement::Kind::Connect;
        QString found;
        const qsizetype to = findKeyword(body, {QStringLiteral("TO")}, &found);
        m_connection = to >= 0 ? tokenAt(body, to + 2) : body.section(QLatin1Char(' '), -1);
        st.source = m_connection;
    } else if (head == QLatin1StringView("DISCONNECT")) {
        m_connection.clear();
    } else if (head == QLatin1StringView("STORE")) {
        st.kind = ScriptStatement::Kind::Store;
        QString found;
        const qsizetype into = findKeyword(body, {QStringLiteral("INTO")}, &found);
        st.table = unquote(body.mid(5, into < 0 ? -1 : into - 5).trimmed());
        st.source = into >= 0 ? tokenAt(body, into + 4) : QString();
        if (!st.source.isEmpty())
            model.lineage.append({st.source, st.oneLine(100000)});
    } else if (head == QLatin1StringView("DROP")) {
        st.kind = ScriptStatement::Kind::Drop;
        const QString what = head2.section(QLatin1Char(' '), 1, 1);
        const QStringList names = splitTopLevel(
            body.section(QRegularExpression(QStringLiteral("\\s+")), 2), QLatin1Char(','));
        if (what.startsWith(QLatin1StringView("TABLE"))) {
            for (const QString &n : names) {
                const QString name = unquote(n);
                st.table = name;
                model.tables.erase(std::remove_if(model.tables.begin(), model.tables.end(),
                                                  [&name](const ScriptTable &t) {
                                                      return t.name.compare(
                                                                 name, Qt::CaseInsensitive) == 0;
                                                  }),
                                   model.tables.end());
            }
        } else if (what.startsWith(QLatin1StringView("FIELD"))) {
            for (ScriptTable &t : model.tables) {
                for (const QString &n : names)
                    t.fields.removeAll(unquote(n));
            }
        }
    } else if (head == QLatin1StringView("SECTION")) {
        st.kind = ScriptStatement::Kind::Section;
        if (head2.endsWith(QLatin1StringView("ACCESS")))
            model.hasSectionAccess = true;
    } else if (head == QLatin1StringView("CALL") || head == QLatin1StringView("EXIT") ||
               isControlLine(text)) {
        st.kind = ScriptStatement::Kind::Control;
    }
    model.statements.append(st);
}

void Parser::load(ScriptStatement &st, QString body, const QString &label,
                  const QStringList &prefixes)
{
    st.kind = ScriptStatement::Kind::Load;
    body = body.mid(4).trimmed();
    bool distinct = false;
    if (body.startsWith(QLatin1StringView("DISTINCT "), Qt::CaseInsensitive)) {
        distinct = true;
        body = body.mid(9);
    }
    static const QStringList ends{QStringLiteral("FROM"),       QStringLiteral("INLINE"),
                                  QStringLiteral("RESIDENT"),   QStringLiteral("AUTOGENERATE"),
                                  QStringLiteral("FROM_FIELD"), QStringLiteral("EXTENSION"),
                                  QStringLiteral("WHERE"),      QStringLiteral("WHILE"),
                                  QStringLiteral("GROUP"),      QStringLiteral("ORDER")};
    QString keyword;
    const qsizetype end = findKeyword(body, ends, &keyword);
    const QString list = end < 0 ? body : body.left(end);
    for (const QString &item : splitTopLevel(list, QLatin1Char(','))) {
        if (!item.isEmpty())
            st.fields.append(fieldName(item, false));
    }
    const QString rest = end < 0 ? QString() : body.mid(end);
    const QString upper = keyword.toUpper();
    if (upper == QLatin1StringView("FROM")) {
        st.source = tokenAt(rest, 4);
        // Master data and plans are small next to transactions.
        static const QRegularExpression small(
            QStringLiteral("(target|budget|calendar|airport|customer|product|vehicle|page|user|"
                           "account|rate|key|note|country|region)"),
            QRegularExpression::CaseInsensitiveOption);
        st.rows = small.match(baseName(st.source)).hasMatch()
                      ? estimateRows(st.source, 40, 6000)
                      : estimateRows(st.source, 2000, 250000);
    } else if (upper == QLatin1StringView("INLINE")) {
        st.source = QStringLiteral("INLINE");
        const QString data = tokenAt(rest, 6);
        QStringList rows;
        for (const QString &l : data.split(QLatin1Char('\n'))) {
            if (!l.trimmed().isEmpty())
                rows.append(l.trimmed());
        }
        if (!rows.isEmpty()) {
            const QChar sep =
                rows.first().contains(QLatin1Char(',')) ? QLatin1Char(',') : QLatin1Char('\t');
            QStringList header;
            for (const QString &h : splitTopLevel(rows.first(), sep))
                header.append(unquote(h));
            if (st.fields.isEmpty() || st.fields == QStringList{QStringLiteral("*")})
                st.fields = header;
            st.rows = rows.size() - 1;
        }
    } else if (upper == QLatin1StringView("RESIDENT")) {
        const QString from = unquote(tokenAt(rest, 8));
        st.source = QStringLiteral("RESIDENT ") + from;
        const ScriptTable *t = table(from);
        st.rows = t ? t->rows : 0;
        if (t && st.fields.contains(QStringLiteral("*"))) {
            st.fields.removeAll(QStringLiteral("*"));
            st.fields = t->fields + st.fields;
        }
    } else if (upper == QLatin1StringView("AUTOGENERATE")) {
        st.source = QStringLiteral("AUTOGENERATE");
        bool ok = false;
        const qint64 n = tokenAt(rest, 12).toLongLong(&ok);
        st.rows = ok ? n : 1000;
    } else if (upper == QLatin1StringView("FROM_FIELD") ||
               upper == QLatin1StringView("EXTENSION")) {
        st.source = upper;
        st.rows = estimateRows(rest, 100, 5000);
    }
    if (!st.source.isEmpty()) {
        QString found;
        if (findKeyword(rest, {QStringLiteral("WHERE"), QStringLiteral("WHILE")}, &found) >= 0)
            st.rows = rest.contains(QLatin1StringView("$(od"), Qt::CaseInsensitive)
                          ? st.rows * 8 / 100
                          : st.rows * 35 / 100;
        if (findKeyword(rest, {QStringLiteral("GROUP")}, &found) >= 0)
            st.rows = st.rows / 40;
        if (distinct)
            st.rows = st.rows * 6 / 10;
        st.rows = std::max<qint64>(st.rows, 1);
    }
    if (st.source.isEmpty()) {
        // A preceding LOAD: it reads what the next statement loads.
        st.preceding = true;
        m_preceding.append({label, prefixes, st.fields});
        return;
    }
    model.lineage.append({st.source, st.oneLine(100000)});
    addTable(st, label, prefixes);
}

void Parser::select(ScriptStatement &st, const QString &body, const QString &label,
                    const QStringList &prefixes)
{
    st.kind = ScriptStatement::Kind::Select;
    QString found;
    const qsizetype sel = findKeyword(body, {QStringLiteral("SELECT")}, &found);
    const QString after = body.mid(sel + 6);
    const qsizetype from = findKeyword(after, {QStringLiteral("FROM")}, &found);
    const QString list = from < 0 ? after : after.left(from);
    for (const QString &item : splitTopLevel(list, QLatin1Char(','))) {
        if (!item.isEmpty())
            st.fields.append(fieldName(item, true));
    }
    const QString sqlTable = from < 0 ? QString() : unquote(tokenAt(after, from + 4));
    st.source = m_connection.isEmpty() ? QStringLiteral("ODBC") : m_connection;
    st.rows = estimateRows(sqlTable, 5000, 500000);
    if (findKeyword(after, {QStringLiteral("WHERE")}, &found) >= 0)
        st.rows = after.contains(QLatin1StringView("$(od"), Qt::CaseInsensitive)
                      ? st.rows * 8 / 100
                      : st.rows * 35 / 100;
    if (findKeyword(after, {QStringLiteral("GROUP")}, &found) >= 0)
        st.rows = std::max<qint64>(1, st.rows / 40);
    model.lineage.append({st.source, st.oneLine(100000)});
    st.table = unquote(sqlTable.section(QLatin1Char('.'), -1));
    addTable(st, label, prefixes);
}

void Parser::addTable(ScriptStatement &st, QString label, QStringList prefixes)
{
    QStringList fields = st.fields;
    if (!m_preceding.isEmpty()) {
        const Pending top = m_preceding.first();
        m_preceding.clear();
        if (!top.label.isEmpty())
            label = top.label;
        prefixes = top.prefixes + prefixes;
        if (!top.fields.contains(QStringLiteral("*")))
            fields = top.fields;
        else
            for (const QString &f : top.fields)
                if (f != QLatin1StringView("*") && !fields.contains(f))
                    fields.append(f);
        st.fields = fields;
    }
    fields.removeAll(QStringLiteral("*"));
    fields.removeDuplicates();

    QString name = label;
    if (name.isEmpty()) {
        if (st.kind == ScriptStatement::Kind::Select)
            name = st.table;
        else if (st.source.startsWith(QLatin1StringView("RESIDENT ")))
            name = st.source.mid(9) + QStringLiteral("-1");
        else if (st.source == QLatin1StringView("INLINE") ||
                 st.source == QLatin1StringView("AUTOGENERATE"))
            name = st.source;
        else
            name = baseName(st.source);
    }
    st.table = name;
    bool noConcatenate = false;
    QString target;
    enum class Merge
    {
        None,
        Concatenate,
        Join,
        Keep
    } merge = Merge::None;
    for (const QString &p : prefixes) {
        const QString u = p.toUpper();
        const QString inParens = p.section(QLatin1Char('('), 1).section(QLatin1Char(')'), 0, 0);
        if (u == QLatin1StringView("MAPPING"))
            st.mapping = true;
        else if (u == QLatin1StringView("NOCONCATENATE"))
            noConcatenate = true;
        else if (u.startsWith(QLatin1StringView("CONCATENATE")))
            merge = Merge::Concatenate, target = unquote(inParens);
        else if (u.contains(QLatin1StringView("JOIN")))
            merge = Merge::Join, target = unquote(inParens);
        else if (u.contains(QLatin1StringView("KEEP")))
            merge = Merge::Keep;
    }
    if (st.mapping) {
        m_mappings.insert(name, fields);
        return;
    }
    ScriptTable *into = nullptr;
    if (merge == Merge::Concatenate || merge == Merge::Join) {
        into = target.isEmpty() ? (model.tables.isEmpty() ? nullptr : &model.tables.last())
                                : table(target);
    } else if (!noConcatenate && merge == Merge::None) {
        // Qlik appends a load to an earlier table with exactly the same fields.
        for (ScriptTable &t : model.tables) {
            QStringList a = t.fields;
            QStringList b = fields;
            a.sort();
            b.sort();
            if (a == b) {
                into = &t;
                merge = Merge::Concatenate;
                break;
            }
        }
    }
    if (into) {
        st.table = into->name;
        if (merge == Merge::Join) {
            for (const QString &f : fields)
                if (!into->fields.contains(f))
                    into->fields.append(f);
            into->rows = std::max(into->rows, st.rows);
        } else {
            for (const QString &f : fields)
                if (!into->fields.contains(f))
                    into->fields.append(f);
            into->rows += st.rows;
        }
        return;
    }
    // A second table of the same name gets a suffix, as Qlik names it.
    QString unique = name;
    for (int n = 1; table(unique); ++n)
        unique = name + QStringLiteral("-%1").arg(n);
    st.table = unique;
    model.tables.append({unique, fields, st.rows});
}

void Parser::finish()
{
    model.tables.erase(std::remove_if(model.tables.begin(), model.tables.end(),
                                      [](const ScriptTable &t) { return t.fields.isEmpty(); }),
                       model.tables.end());
}

} // namespace

QString ScriptStatement::oneLine(int maxChars) const
{
    QString s = text.simplified();
    if (s.size() > maxChars)
        s = s.left(maxChars - 3) + QStringLiteral("...");
    return s;
}

QStringList ScriptModel::keyFields() const
{
    QHash<QString, int> count;
    for (const ScriptTable &t : tables)
        for (const QString &f : t.fields)
            ++count[f];
    QStringList keys;
    for (const ScriptTable &t : tables)
        for (const QString &f : t.fields)
            if (count.value(f) > 1 && !keys.contains(f))
                keys.append(f);
    return keys;
}

quint32 stableHash(const QString &text)
{
    const QByteArray h = QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Md5);
    return (quint32(quint8(h.at(0))) << 24) | (quint32(quint8(h.at(1))) << 16) |
           (quint32(quint8(h.at(2))) << 8) | quint32(quint8(h.at(3)));
}

ScriptModel parseScript(const QString &script)
{
    Parser parser;
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString l = lines.at(i).trimmed();
        if (l.startsWith(QLatin1StringView("//")) &&
            l.mid(2).trimmed().startsWith(QLatin1StringView("sandbox:fail"), Qt::CaseInsensitive)) {
            parser.model.failLine = int(i) + 1;
            break;
        }
    }
    for (const Chunk &c : splitStatements(script))
        parser.statement(c);
    parser.finish();
    return parser.model;
}

QString defaultAppScript()
{
    return QStringLiteral(
        "///$tab Main\n"
        "SET ThousandSep=',';\n"
        "SET DecimalSep='.';\n"
        "SET MoneyThousandSep=',';\n"
        "SET MoneyDecimalSep='.';\n"
        "SET MoneyFormat='$#,##0.00;-$#,##0.00';\n"
        "SET TimeFormat='h:mm:ss TT';\n"
        "SET DateFormat='M/D/YYYY';\n"
        "SET TimestampFormat='M/D/YYYY h:mm:ss[.fff] TT';\n"
        "SET FirstWeekDay=6;\n"
        "SET BrokenWeeks=1;\n"
        "SET ReferenceDay=0;\n"
        "SET FirstMonthOfYear=1;\n"
        "SET CollationLocale='en-US';\n"
        "SET CreateSearchIndexOnReload=1;\n"
        "SET MonthNames='Jan;Feb;Mar;Apr;May;Jun;Jul;Aug;Sep;Oct;Nov;Dec';\n"
        "SET LongMonthNames='January;February;March;April;May;June;July;August;September;"
        "October;November;December';\n"
        "SET DayNames='Mon;Tue;Wed;Thu;Fri;Sat;Sun';\n"
        "SET LongDayNames='Monday;Tuesday;Wednesday;Thursday;Friday;Saturday;Sunday';\n"
        "SET NumericalAbbreviation='3:k;6:M;9:G;12:T;15:P;18:E;21:Z;24:Y;-3:m;-6:μ;-9:n;-12:p;"
        "-15:f;-18:a;-21:z;-24:y';\n");
}

} // namespace odag::sandbox
