#include "ReloadLog.h"

#include <QLocale>

namespace odag::sandbox {

namespace {

QString stamp(const QDateTime &at)
{
    return at.toUTC().toString(QStringLiteral("yyyyMMdd'T'hhmmss.zzz")) + QStringLiteral("+0000 ");
}

void line(QString &script, const QDateTime &at, const QString &text)
{
    script += stamp(at) + text + QLatin1Char('\n');
}

// Detail lines are indented under the statement they belong to, as the engine does.
void detail(QString &script, const QDateTime &at, const QString &text)
{
    line(script, at, QStringLiteral("      ") + text);
}

} // namespace

QString ReloadLog::count(qint64 n)
{
    return QLocale(QLocale::English, QLocale::UnitedStates).toString(n);
}

QString ReloadLog::duration(qint64 ms)
{
    ms = std::max<qint64>(ms, 0);
    const qint64 minutes = ms / 60000;
    const qint64 rest = ms % 60000;
    QString out = QStringLiteral("PT");
    if (minutes >= 60)
        out += QString::number(minutes / 60) + QLatin1Char('H');
    if (minutes % 60 > 0)
        out += QString::number(minutes % 60) + QLatin1Char('M');
    out += QString::number(rest / 1000) + QLatin1Char('.') +
           QString::number(rest % 1000).rightJustified(3, QLatin1Char('0')) + QLatin1Char('S');
    return out;
}

void ReloadLog::started(QString &progress, QString &script, const QDateTime &at,
                        const QString &reloadId, bool partial,
                        const QList<QPair<QString, QString>> &variables)
{
    progress += QStringLiteral("ReloadID: ") + reloadId + QLatin1Char('\n');
    progress += partial ? QStringLiteral("Started partial reload\n")
                        : QStringLiteral("Started loading data\n");
    progress += QStringLiteral("(A detailed script progress log can be downloaded when the reload "
                               "has finished.)\n\n");
    line(script, at, QStringLiteral("Execution started."));
    line(script, at, QStringLiteral("Qlik Sense Server Version 14.212.6"));
    line(script, at, QStringLiteral("CPU Target                    x64"));
    line(script, at, QStringLiteral("Operating System              Linux"));
    line(script, at, QStringLiteral("Reload ID                     ") + reloadId);
    line(script, at,
         QStringLiteral("Reload type                   ") +
             (partial ? QStringLiteral("Partial") : QStringLiteral("Full")));
    for (const auto &[name, value] : variables)
        line(script, at,
             QStringLiteral("Reload variable               %1 = '%2'").arg(name, value));
}

void ReloadLog::statement(QString &progress, QString &script, const QDateTime &at,
                          const ScriptStatement &st)
{
    line(script, at,
         QString::number(st.line).rightJustified(4, QLatin1Char('0')) + QStringLiteral("  ") +
             st.oneLine());
    switch (st.kind) {
    case ScriptStatement::Kind::Load:
    case ScriptStatement::Kind::Select: {
        if (st.preceding)
            break;
        detail(script, at,
               QStringLiteral("%1 fields found: %2,")
                   .arg(st.fields.size())
                   .arg(st.fields.join(QStringLiteral(", "))));
        detail(script, at, count(st.rows) + QStringLiteral(" Lines fetched"));
        QString source = st.source;
        if (source.contains(QLatin1Char('/')))
            source = source.section(QLatin1Char('/'), -1);
        progress += (st.mapping ? QStringLiteral("Mapping table ") : QString()) + st.table +
                    QStringLiteral(" << ") + source + QLatin1Char('\n');
        progress += QStringLiteral("Lines fetched: ") + count(st.rows) + QLatin1Char('\n');
        break;
    }
    case ScriptStatement::Kind::Connect:
        detail(script, at, QStringLiteral("Connected."));
        progress += QStringLiteral("Connecting to ") + st.source + QLatin1Char('\n') +
                    QStringLiteral("Connected\n");
        break;
    case ScriptStatement::Kind::Store:
        progress += st.table + QStringLiteral(" >> ") + st.source.section(QLatin1Char('/'), -1) +
                    QLatin1Char('\n');
        break;
    default:
        break;
    }
}

void ReloadLog::failed(QString &progress, QString &script, const QDateTime &at,
                       const ScriptStatement *where, const QString &message)
{
    detail(script, at, QStringLiteral("Error: ") + message);
    detail(script, at, QStringLiteral("Execution Failed"));
    detail(script, at, QStringLiteral("Execution finished."));
    progress += QStringLiteral("\nThe following error occurred:\n") + message + QLatin1Char('\n');
    if (where)
        progress +=
            QStringLiteral("\nThe error occurred here:\n") + where->oneLine() + QLatin1Char('\n');
    progress += QStringLiteral(
        "\nData has not been loaded. Please correct the error and try loading again.\n");
}

void ReloadLog::succeeded(QString &progress, QString &script, const QDateTime &at)
{
    detail(script, at, QStringLiteral("Creating search index"));
    detail(script, at, QStringLiteral("Search index creation completed successfully"));
    detail(script, at, QStringLiteral("App saved"));
    detail(script, at, QStringLiteral("---"));
    detail(script, at, QStringLiteral("Execution finished."));
    progress += QStringLiteral("\nCreating search index\nSearch index creation completed "
                               "successfully\n\nApp saved\n\nFinished successfully\n"
                               "0 forced error(s)\n0 synthetic key(s)\n");
}

void ReloadLog::canceled(QString &progress, QString &script, const QDateTime &at)
{
    detail(script, at, QStringLiteral("Execution aborted by user."));
    detail(script, at, QStringLiteral("Execution finished."));
    progress += QStringLiteral("\nThe reload was canceled. Data has not been loaded.\n");
}

void ReloadLog::interrupted(QString &progress, QString &script, const QDateTime &at)
{
    detail(script, at, QStringLiteral("Execution aborted: the engine was restarted."));
    detail(script, at, QStringLiteral("Execution finished."));
    progress += QStringLiteral("\nThe reload was interrupted because the engine restarted. Data "
                               "has not been loaded.\n");
}

} // namespace odag::sandbox
