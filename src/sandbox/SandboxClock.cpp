#include "SandboxClock.h"

#include <algorithm>
#include <cmath>

namespace odag::sandbox {

SandboxClock::SandboxClock(double speed, QObject *parent)
    : QObject(parent)
    , m_speed(speed > 0 ? speed : 1.0)
    , m_anchorMs(QDateTime::currentMSecsSinceEpoch())
{
    m_sinceAnchor.start();
    m_wake.setSingleShot(true);
    m_wake.setTimerType(Qt::PreciseTimer);
    connect(&m_wake, &QTimer::timeout, this, [this]() { fireDue(nowMs()); });
}

void SandboxClock::reanchor()
{
    m_anchorMs = nowMs();
    m_sinceAnchor.restart();
}

void SandboxClock::setSpeed(double speed)
{
    if (speed <= 0)
        return;
    reanchor();
    m_speed = speed;
    schedule();
}

qint64 SandboxClock::nowMs() const
{
    if (m_manual)
        return m_manualMs;
    const double realMs = double(m_sinceAnchor.nsecsElapsed()) / 1e6;
    return m_anchorMs + qint64(std::floor(realMs * m_speed));
}

QDateTime SandboxClock::now() const
{
    return QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC);
}

qint64 SandboxClock::toRealMs(qint64 simulatedMs) const
{
    if (simulatedMs <= 0)
        return 0;
    return qint64(std::ceil(double(simulatedMs) / m_speed));
}

int SandboxClock::after(qint64 simulatedMs, QObject *context, std::function<void()> fn)
{
    const int id = m_nextId++;
    const qint64 due = nowMs() + std::max<qint64>(0, simulatedMs);
    m_timers.emplace(due, Timer{id, context, context != nullptr, std::move(fn)});
    schedule();
    return id;
}

void SandboxClock::cancel(int id)
{
    for (auto it = m_timers.begin(); it != m_timers.end(); ++it) {
        if (it->second.id == id) {
            m_timers.erase(it);
            break;
        }
    }
    schedule();
}

void SandboxClock::setManual(bool manual)
{
    if (manual == m_manual)
        return;
    if (manual) {
        m_manualMs = nowMs();
        m_manual = true;
    } else {
        m_anchorMs = m_manualMs;
        m_sinceAnchor.restart();
        m_manual = false;
    }
    schedule();
}

void SandboxClock::advance(qint64 simulatedMs)
{
    if (simulatedMs < 0)
        return;
    const qint64 target = nowMs() + simulatedMs;
    if (m_manual) {
        // Each timer runs with the clock showing its own due time.
        while (!m_timers.empty() && m_timers.begin()->first <= target) {
            m_manualMs = std::max(m_manualMs, m_timers.begin()->first);
            fireDue(m_manualMs);
        }
        m_manualMs = target;
    } else {
        m_anchorMs += simulatedMs;
        fireDue(nowMs());
    }
    schedule();
}

void SandboxClock::fireDue(qint64 upTo)
{
    while (!m_timers.empty() && m_timers.begin()->first <= upTo) {
        Timer timer = std::move(m_timers.begin()->second);
        m_timers.erase(m_timers.begin());
        if (timer.hasContext && !timer.context)
            continue;
        if (timer.fn)
            timer.fn();
    }
    schedule();
}

void SandboxClock::schedule()
{
    if (m_manual || m_timers.empty()) {
        m_wake.stop();
        return;
    }
    const qint64 wait = m_timers.begin()->first - nowMs();
    m_wake.start(int(std::clamp<qint64>(toRealMs(wait), 0, 24 * 3600 * 1000)));
}

} // namespace odag::sandbox
