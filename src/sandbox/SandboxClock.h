#pragma once

// The sandbox's sense of time. With --speed X simulated time runs X times faster than
// real time, so a generation that "takes" ten minutes finishes in a minute at X = 10.
// Timers are set in simulated time. Tests can stop time (manual mode) and advance it
// by hand, so behaviour over simulated hours is checked in milliseconds.

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <map>

namespace odag::sandbox {

class SandboxClock : public QObject
{
    Q_OBJECT
public:
    explicit SandboxClock(double speed = 1.0, QObject *parent = nullptr);

    double speed() const { return m_speed; }
    // Changes the speed from now on; pending timers keep their simulated due time.
    void setSpeed(double speed);

    QDateTime now() const; // simulated, UTC
    qint64 nowMs() const;  // simulated milliseconds since the epoch

    // Runs fn once `simulatedMs` of simulated time from now, unless context (when given)
    // is destroyed first or cancel() is called. Returns an ID for cancel().
    int after(qint64 simulatedMs, QObject *context, std::function<void()> fn);
    void cancel(int id);
    int pendingTimers() const { return int(m_timers.size()); }

    // Manual mode: time stands still and only advance() moves it.
    void setManual(bool manual);
    bool isManual() const { return m_manual; }
    // Moves time forward, running the timers that fall due in order, each at its own time.
    void advance(qint64 simulatedMs);

    // Real milliseconds that `simulatedMs` take at the current speed (at least 0).
    qint64 toRealMs(qint64 simulatedMs) const;

private:
    struct Timer
    {
        int id;
        QPointer<QObject> context;
        bool hasContext;
        std::function<void()> fn;
    };

    void reanchor();
    void schedule();
    void fireDue(qint64 upTo);

    double m_speed;
    bool m_manual = false;
    qint64 m_anchorMs;           // simulated time at the anchor
    QElapsedTimer m_sinceAnchor; // real time since the anchor
    qint64 m_manualMs = 0;       // simulated time while manual
    int m_nextId = 1;
    std::multimap<qint64, Timer> m_timers; // due time -> timer
    QTimer m_wake;
};

} // namespace odag::sandbox
