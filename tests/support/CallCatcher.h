#pragma once

// CallCatcher: collects what a Transport call (or a typed call) delivers to its
// callback, and counts the deliveries, so a test can wait for the result and assert it
// came exactly once.

#include <QTest>

#include <optional>

template <class R>
struct CallCatcher
{
    int count = 0;
    std::optional<R> result;

    auto callback()
    {
        return [this](const R &r) {
            ++count;
            result = r;
        };
    }
    // Spins the event loop until the first delivery or `ms` ran out.
    bool wait(int ms = 5000)
    {
        return QTest::qWaitFor([this] { return count > 0; }, ms);
    }
    const R &get() const { return *result; }
};
