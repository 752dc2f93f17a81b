#include "CallStats.h"

#include "RateLimiter.h"

#include <QJsonArray>

namespace odag::sandbox {

namespace {

QString keyOf(const QByteArray &method, const QString &pattern)
{
    return QString::fromLatin1(method) + QLatin1Char(' ') + pattern;
}

// Requests that matched no route are counted together.
QString labelOf(const QString &pattern)
{
    return pattern.isEmpty() ? QStringLiteral("(unmatched)") : pattern;
}

} // namespace

CallStats::PathStats &CallStats::entry(const QByteArray &method, const QString &pattern)
{
    const QString label = labelOf(pattern);
    PathStats &s = m_paths[keyOf(method, label)];
    if (s.method.isEmpty()) {
        s.method = method;
        s.pattern = label;
    }
    return s;
}

void CallStats::recordCall(const QByteArray &method, const QString &pattern, Tier tier)
{
    PathStats &s = entry(method, pattern);
    s.tier = tier;
    ++s.calls;
    ++m_total;
}

void CallStats::recordCounted(Tier tier)
{
    ++m_tiers[int(tier)].counted;
}

void CallStats::recordRateLimited(const QByteArray &method, const QString &pattern, Tier tier)
{
    ++entry(method, pattern).rateLimited;
    ++m_tiers[int(tier)].rateLimited;
    ++m_rateLimited;
}

void CallStats::recordFault(const QByteArray &method, const QString &pattern)
{
    ++entry(method, pattern).faults;
    ++m_faults;
}

void CallStats::recordStatus(const QByteArray &method, const QString &pattern, int status)
{
    ++entry(method, pattern).statuses[status];
}

void CallStats::reset(const QDateTime &since)
{
    m_since = since;
    m_total = 0;
    m_rateLimited = 0;
    m_faults = 0;
    m_paths.clear();
    m_tiers.clear();
}

qint64 CallStats::calls(const QByteArray &method, const QString &pattern) const
{
    return m_paths.value(keyOf(method, labelOf(pattern))).calls;
}

qint64 CallStats::countedInTier(Tier tier) const
{
    return m_tiers.value(int(tier)).counted;
}

QJsonObject CallStats::toJson(const RateLimiter &limiter) const
{
    QJsonObject tiers;
    for (Tier t : kAllTiers) {
        const TierStats s = m_tiers.value(int(t));
        tiers.insert(tierName(t), QJsonObject{{QStringLiteral("calls"), s.counted},
                                              {QStringLiteral("rateLimited"), s.rateLimited},
                                              {QStringLiteral("budget"), limiter.budget(t)}});
    }
    QJsonArray paths;
    for (const PathStats &s : m_paths) {
        QJsonObject statuses;
        for (auto it = s.statuses.cbegin(); it != s.statuses.cend(); ++it)
            statuses.insert(QString::number(it.key()), it.value());
        paths.append(QJsonObject{{QStringLiteral("method"), QString::fromLatin1(s.method)},
                                 {QStringLiteral("pattern"), s.pattern},
                                 {QStringLiteral("tier"), tierName(s.tier)},
                                 {QStringLiteral("calls"), s.calls},
                                 {QStringLiteral("rateLimited"), s.rateLimited},
                                 {QStringLiteral("faults"), s.faults},
                                 {QStringLiteral("statuses"), statuses}});
    }
    return QJsonObject{{QStringLiteral("since"), m_since.toString(Qt::ISODateWithMs)},
                       {QStringLiteral("calls"), m_total},
                       {QStringLiteral("rateLimited"), m_rateLimited},
                       {QStringLiteral("faults"), m_faults},
                       {QStringLiteral("rateLimitEnabled"), limiter.isEnabled()},
                       {QStringLiteral("windowMs"), limiter.windowMs()},
                       {QStringLiteral("tiers"), tiers},
                       {QStringLiteral("paths"), paths}};
}

} // namespace odag::sandbox
