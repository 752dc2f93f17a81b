#pragma once

// The two texts a reload writes, in the words of a Qlik Cloud engine: the progress log
// of the reload record (`log`: "Orders << OrderLines.qvd", "Lines fetched: 12,345",
// "Finished successfully") and the detailed script log of GET /apps/{id}/reloads/logs/
// {reloadId} (timestamped, each statement echoed with its line number).

#include "ScriptModel.h"

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

namespace odag::sandbox {

class ReloadLog
{
public:
    // Appends to `progress` and `script` for one step at simulated time `at`.
    static void started(QString &progress, QString &script, const QDateTime &at,
                        const QString &reloadId, bool partial,
                        const QList<QPair<QString, QString>> &variables);
    static void statement(QString &progress, QString &script, const QDateTime &at,
                          const ScriptStatement &st);
    static void failed(QString &progress, QString &script, const QDateTime &at,
                       const ScriptStatement *where, const QString &message);
    static void succeeded(QString &progress, QString &script, const QDateTime &at);
    static void canceled(QString &progress, QString &script, const QDateTime &at);
    static void interrupted(QString &progress, QString &script, const QDateTime &at);

    // 12,345
    static QString count(qint64 n);
    // ISO 8601 duration: PT4.512S, PT1M5.200S
    static QString duration(qint64 ms);
};

} // namespace odag::sandbox
