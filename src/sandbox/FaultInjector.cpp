#include "FaultInjector.h"

#include "Logging.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace odag::sandbox {

FaultInjector::FaultInjector()
    : m_random(QRandomGenerator::securelySeeded())
{
    m_clock.start();
}

void FaultInjector::setRules(const QList<FaultRule> &rules)
{
    m_rules = rules;
    m_states.clear();
    for (const FaultRule &rule : rules)
        m_states.append(State{faultPathRegex(rule.path), 0, 0});
}

bool FaultInjector::roll(double probability)
{
    if (probability >= 1.0)
        return true;
    if (probability <= 0.0)
        return false;
    return m_random.generateDouble() < probability;
}

FaultInjector::Decision FaultInjector::decide(const QByteArray &method, const QString &path,
                                              ApiArea area)
{
    Decision d;
    if (area == ApiArea::Control || m_rules.isEmpty())
        return d;
    const qint64 now = m_clock.elapsed();

    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        const FaultRule &rule = m_rules.at(i);
        State &state = m_states[i];
        if (rule.method != "*" && rule.method != method)
            continue;
        if (!state.regex.match(path).hasMatch())
            continue;

        // A storm in progress answers every matching call, whatever the dice say.
        if (rule.kind == FaultRule::Kind::Storm429 && state.stormUntilMs > now) {
            const int left = std::max(1, int(std::ceil((state.stormUntilMs - now) / 1000.0)));
            d.action = Decision::Action::Respond;
            d.response =
                errorResponse(area, 429, statusTitle(429),
                              QCoreApplication::translate("odag::sandbox",
                                                          "Rate limit exceeded (injected storm)."))
                    .withHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(left));
            d.rule = int(i);
            return d;
        }
        if (rule.times >= 0 && state.fired >= rule.times)
            continue;
        if (!roll(rule.probability))
            continue;

        ++state.fired;
        d.rule = int(i);
        qCDebug(lcSandbox) << "fault" << rule.kindName() << "on" << method << path;
        switch (rule.kind) {
        case FaultRule::Kind::Status: {
            d.action = Decision::Action::Respond;
            d.response = errorResponse(
                area, rule.status, statusTitle(rule.status),
                QCoreApplication::translate("odag::sandbox",
                                            "The sandbox injected this error (fault rule %1).")
                    .arg(i + 1));
            if ((rule.status == 429 || rule.status == 503) && rule.retryAfter > 0) {
                d.response.withHeader(QByteArrayLiteral("Retry-After"),
                                      QByteArray::number(rule.retryAfter));
            }
            return d;
        }
        case FaultRule::Kind::Storm429: {
            const int seconds = std::max(1, rule.retryAfter);
            state.stormUntilMs = now + qint64(seconds) * 1000;
            d.action = Decision::Action::Respond;
            d.response =
                errorResponse(area, 429, statusTitle(429),
                              QCoreApplication::translate("odag::sandbox",
                                                          "Rate limit exceeded (injected storm)."))
                    .withHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(seconds));
            return d;
        }
        case FaultRule::Kind::Delay:
            d.action = Decision::Action::Mangle;
            d.mangle = SandboxResponder::Mangle::Delay;
            d.delayMs = rule.delayMs;
            return d;
        case FaultRule::Kind::Drop:
            d.action = Decision::Action::Mangle;
            d.mangle = SandboxResponder::Mangle::Drop;
            return d;
        case FaultRule::Kind::Truncate:
            d.action = Decision::Action::Mangle;
            d.mangle = SandboxResponder::Mangle::Truncate;
            return d;
        case FaultRule::Kind::Malformed:
            d.action = Decision::Action::Mangle;
            d.mangle = SandboxResponder::Mangle::Malformed;
            return d;
        }
    }
    return d;
}

QJsonObject FaultInjector::toJson() const
{
    const qint64 now = m_clock.elapsed();
    QJsonArray rules;
    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        const FaultRule &rule = m_rules.at(i);
        const State &state = m_states.at(i);
        QJsonObject o = rule.toJson();
        o.insert(QStringLiteral("fired"), state.fired);
        o.insert(QStringLiteral("active"), rule.times < 0 || state.fired < rule.times);
        if (rule.kind == FaultRule::Kind::Storm429) {
            const qint64 left = std::max<qint64>(0, state.stormUntilMs - now);
            o.insert(QStringLiteral("stormSecondsLeft"), int(std::ceil(left / 1000.0)));
        }
        rules.append(o);
    }
    return QJsonObject{{QStringLiteral("rules"), rules}};
}

} // namespace odag::sandbox
