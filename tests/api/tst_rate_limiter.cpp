// The client-side rate budget, on a fake clock: no waiting, no network.

#include "TestMain.h"
#include "api/RateLimiter.h"

using odag::api::RateLimiter;
using odag::api::Tier;

class TestRateLimiter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultBudgetsAreAFractionOfTheTierLimits()
    {
        RateLimiter limiter;
        QCOMPARE(limiter.budget(Tier::Tier1), 900);
        QCOMPARE(limiter.budget(Tier::Tier2), 90);
        QCOMPARE(limiter.budget(Tier::Special), 45);
        QCOMPARE(limiter.budget(Tier::Unmetered), 0);
        RateLimiter half(0.5);
        QCOMPARE(half.budget(Tier::Tier2), 50);
    }

    void waitsUntilTheOldestCallLeavesTheWindow()
    {
        RateLimiter limiter;
        limiter.setBudget(Tier::Tier2, 3);
        QCOMPARE(limiter.delayFor(Tier::Tier2, 0), 0);
        limiter.record(Tier::Tier2, 1000);
        limiter.record(Tier::Tier2, 2000);
        QCOMPARE(limiter.delayFor(Tier::Tier2, 2500), 0);
        limiter.record(Tier::Tier2, 3000);
        QCOMPARE(limiter.used(Tier::Tier2, 3000), 3);
        // Budget reached: the call at 1000 leaves the window at 61000.
        QCOMPARE(limiter.delayFor(Tier::Tier2, 3000), 58000);
        QCOMPARE(limiter.delayFor(Tier::Tier2, 60999), 1);
        QCOMPARE(limiter.delayFor(Tier::Tier2, 61000), 0);
        QCOMPARE(limiter.used(Tier::Tier2, 61000), 2);
        limiter.record(Tier::Tier2, 61000);
        // Next one waits for the call made at 2000.
        QCOMPARE(limiter.delayFor(Tier::Tier2, 61000), 1000);
    }

    void tiersAreCountedApart()
    {
        RateLimiter limiter;
        limiter.setBudget(Tier::Tier2, 1);
        limiter.record(Tier::Tier2, 0);
        QVERIFY(limiter.delayFor(Tier::Tier2, 10) > 0);
        QCOMPARE(limiter.delayFor(Tier::Tier1, 10), 0);
        QCOMPARE(limiter.delayFor(Tier::Special, 10), 0);
        QCOMPARE(limiter.used(Tier::Tier1, 10), 0);
    }

    void holdUntilDelaysEveryCallOfTheTier()
    {
        RateLimiter limiter;
        limiter.holdUntil(Tier::Tier1, 5000);
        QCOMPARE(limiter.delayFor(Tier::Tier1, 1000), 4000);
        QCOMPARE(limiter.delayFor(Tier::Tier1, 5000), 0);
        QCOMPARE(limiter.delayFor(Tier::Tier2, 1000), 0);
        // A shorter hold does not shorten a longer one.
        limiter.holdUntil(Tier::Tier1, 9000);
        limiter.holdUntil(Tier::Tier1, 2000);
        QCOMPARE(limiter.heldUntil(Tier::Tier1), 9000);
        QCOMPARE(limiter.delayFor(Tier::Tier1, 1000), 8000);
    }

    void holdAndBudgetTakeTheLongerWait()
    {
        RateLimiter limiter;
        limiter.setBudget(Tier::Special, 1);
        limiter.record(Tier::Special, 0);
        limiter.holdUntil(Tier::Special, 1000);
        QCOMPARE(limiter.delayFor(Tier::Special, 500), 59500);
        limiter.holdUntil(Tier::Special, 70000);
        QCOMPARE(limiter.delayFor(Tier::Special, 500), 69500);
    }

    void unmeteredNeverWaits()
    {
        RateLimiter limiter;
        for (int i = 0; i < 5000; ++i)
            limiter.record(Tier::Unmetered, i);
        limiter.holdUntil(Tier::Unmetered, 100000);
        QCOMPARE(limiter.delayFor(Tier::Unmetered, 5000), 0);
        QCOMPARE(limiter.used(Tier::Unmetered, 5000), 0);
    }

    void injectedClockDrivesTheShortForms()
    {
        RateLimiter limiter;
        qint64 now = 100000;
        limiter.setClock([&now] { return now; });
        limiter.setBudget(Tier::Tier2, 2);
        limiter.record(Tier::Tier2);
        now += 10;
        limiter.record(Tier::Tier2);
        QCOMPARE(limiter.delayFor(Tier::Tier2), 59990);
        now += 59990;
        QCOMPARE(limiter.delayFor(Tier::Tier2), 0);
    }

    void recordsOutOfOrderStaySorted()
    {
        RateLimiter limiter;
        limiter.setBudget(Tier::Tier2, 2);
        limiter.record(Tier::Tier2, 5000);
        limiter.record(Tier::Tier2, 1000);
        // The one at 1000 is the oldest, whatever the recording order.
        QCOMPARE(limiter.delayFor(Tier::Tier2, 6000), 55000);
    }
};

ODAG_TEST_MAIN(TestRateLimiter)
#include "tst_rate_limiter.moc"
