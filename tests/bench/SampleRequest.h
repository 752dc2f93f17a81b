#pragma once

// One request as a tenant sends it, for the benchmarks: every commonly filled
// RequestObjectV2 field, the same shape in every benchmark so their figures compare.

#include <QDateTime>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QString>

#include <iterator>

namespace odag::bench {

inline const char *const kSampleStates[] = {"succeeded", "failed", "loading", "queued", "canceled", "failedAck"};

inline QJsonObject requestJson(int i, QRandomGenerator &rng)
{
    const QDateTime created = QDateTime::currentDateTimeUtc().addSecs(-qint64(rng.bounded(30 * 24 * 3600)));
    const QString state = QString::fromLatin1(kSampleStates[rng.bounded(int(std::size(kSampleStates)))]);
    QJsonObject o{
        {QStringLiteral("id"), QStringLiteral("7a%1").arg(i, 22, 10, QLatin1Char('0'))},
        {QStringLiteral("kind"), QStringLiteral("single")},
        {QStringLiteral("link"), QStringLiteral("6c%1").arg(rng.bounded(40), 22, 10, QLatin1Char('0'))},
        {QStringLiteral("owner"),
         QJsonObject{{QStringLiteral("id"), QStringLiteral("65f1a2b3c4d5e6f708192a0%1").arg(rng.bounded(4))},
                     {QStringLiteral("name"), QStringLiteral("User %1").arg(rng.bounded(4))},
                     {QStringLiteral("subject"), QStringLiteral("auth0|user%1").arg(rng.bounded(4))},
                     {QStringLiteral("tenantid"), QStringLiteral("sandbox")}}},
        {QStringLiteral("state"), state},
        {QStringLiteral("createdDate"), created.toString(Qt::ISODateWithMs)},
        {QStringLiteral("modifiedDate"), created.addSecs(20).toString(Qt::ISODateWithMs)},
        {QStringLiteral("templateApp"), QStringLiteral("6b00000000000000000000b2")},
        {QStringLiteral("templateAppName"), QStringLiteral("Sales template")},
        {QStringLiteral("selectionApp"), QStringLiteral("6b00000000000000000000b1")},
        {QStringLiteral("selectionAppName"), QStringLiteral("Sales selection")},
        {QStringLiteral("actualRowEst"), rng.bounded(50000)},
        {QStringLiteral("curRowEstLowBound"), 0},
        {QStringLiteral("curRowEstHighBound"), 50000},
        {QStringLiteral("curRowEstExpr"), QStringLiteral("Sum(Rows)")},
        {QStringLiteral("retentionTime"), 0},
        {QStringLiteral("timeToLive"), 0},
        {QStringLiteral("sheetname"), QStringLiteral("Overview")},
        {QStringLiteral("bindingStateHash"), qint64(rng.generate())},
        {QStringLiteral("selectionStateHash"), qint64(rng.generate())},
        {QStringLiteral("generatedAppName"), QStringLiteral("Sales details %1").arg(i)},
        {QStringLiteral("generatedApp"),
         QJsonObject{{QStringLiteral("id"), QStringLiteral("6e%1").arg(i, 22, 10, QLatin1Char('0'))},
                     {QStringLiteral("name"), QStringLiteral("Sales details %1").arg(i)}}},
        {QStringLiteral("loadState"),
         QJsonObject{{QStringLiteral("status"), QStringLiteral("success")},
                     {QStringLiteral("loadHost"), QStringLiteral("engine-%1").arg(rng.bounded(3))},
                     {QStringLiteral("startedAt"), created.addSecs(2).toString(Qt::ISODateWithMs)},
                     {QStringLiteral("finishedAt"), created.addSecs(19).toString(Qt::ISODateWithMs)}}},
    };
    if (state == QLatin1String("failed"))
        o.insert(QStringLiteral("errorMessage"), QStringLiteral("Field 'Region' not found"));
    return o;
}

} // namespace odag::bench
