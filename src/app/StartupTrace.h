#pragma once

#include <QElapsedTimer>

namespace odag::app {

// With ODAG_STARTUP_TRACE=1 in the environment, prints "startup <ms> (cpu <ms>) <phase>" lines on
// stderr at the phases of start-up, from the start of main(): where start-up time goes,
// measured in the build that ships instead of guessed.
class StartupTrace
{
public:
    static void start();
    static void mark(const char *phase);

private:
    static QElapsedTimer s_since;
    static bool s_enabled;
};

} // namespace odag::app
