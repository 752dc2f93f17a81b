#include "StartupTrace.h"

#include <QtGlobal>

#include <cstdio>
#include <ctime>

namespace odag::app {

QElapsedTimer StartupTrace::s_since;
bool StartupTrace::s_enabled = false;

void StartupTrace::start()
{
    s_since.start();
    s_enabled = qEnvironmentVariableIntValue("ODAG_STARTUP_TRACE") == 1;
}

void StartupTrace::mark(const char *phase)
{
    if (!s_enabled)
        return;
    // Wall time, and the main thread's CPU time: on a busy machine the second shows
    // what start-up itself costs.
    timespec cpu{};
    ::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &cpu);
    std::fprintf(stderr, "startup %.2f ms (cpu %.2f ms) %s\n", double(s_since.nsecsElapsed()) / 1e6,
                 double(cpu.tv_sec) * 1e3 + double(cpu.tv_nsec) / 1e6, phase);
}

} // namespace odag::app
