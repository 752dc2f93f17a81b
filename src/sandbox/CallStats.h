#pragma once

// What the sandbox was asked, for tests and for watching a client's polling cost:
// calls per route pattern and per tier, the answers' statuses, 429s from the rate
// limiter and injected faults. The sandbox's own /sandbox paths are not counted.

#include "Tier.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QString>

namespace odag::sandbox {

class RateLimiter;

class CallStats
{
public:
    // A request that matched a route (pattern) or none (pattern empty).
    void recordCall(const QByteArray &method, const QString &pattern, Tier tier);
    // A call the rate limiter let through (or would have, with the limits off): it used
    // the tier's budget.
    void recordCounted(Tier tier);
    void recordRateLimited(const QByteArray &method, const QString &pattern, Tier tier);
    void recordFault(const QByteArray &method, const QString &pattern);
    // The status answered (0: the answer was dropped).
    void recordStatus(const QByteArray &method, const QString &pattern, int status);

    void reset(const QDateTime &since);

    qint64 totalCalls() const { return m_total; }
    qint64 calls(const QByteArray &method, const QString &pattern) const;
    qint64 countedInTier(Tier tier) const;

    // {since, calls, rateLimited, faults, tiers:{tier1:{calls,rateLimited,budget},...},
    //  paths:[{method,pattern,tier,calls,rateLimited,faults,statuses:{"200":n}}]}
    QJsonObject toJson(const RateLimiter &limiter) const;

private:
    struct PathStats
    {
        QByteArray method;
        QString pattern;
        Tier tier = Tier::Tier1;
        qint64 calls = 0;
        qint64 rateLimited = 0;
        qint64 faults = 0;
        QMap<int, qint64> statuses;
    };
    struct TierStats
    {
        qint64 counted = 0;
        qint64 rateLimited = 0;
    };

    PathStats &entry(const QByteArray &method, const QString &pattern);

    QDateTime m_since = QDateTime::currentDateTimeUtc();
    qint64 m_total = 0;
    qint64 m_rateLimited = 0;
    qint64 m_faults = 0;
    QMap<QString, PathStats> m_paths; // "METHOD pattern" -> stats
    QHash<int, TierStats> m_tiers;
};

} // namespace odag::sandbox
