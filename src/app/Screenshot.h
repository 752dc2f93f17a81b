#pragma once

#include <QElapsedTimer>
#include <QString>

#include <functional>

namespace odag::gui {
class MainWindow;
}

namespace odag::app {

// --screenshot: once the shown workspace has loaded its data, renders the window to a
// PNG and quits (exit code 0, or 1 when the file cannot be written or loading hangs).
void takeScreenshotWhenLoaded(gui::MainWindow *window, const QString &path, int timeoutMs = 30000);

// Runs `fn` once, right after the first paint of any widget of `window`: work that can
// wait (opening the sandbox tenant) starts only when the user already sees the window.
void onFirstPaint(gui::MainWindow *window, std::function<void()> fn);

// With ODAG_STARTUP_PROBE=1 in the environment, prints "painted <ms>" on the first paint
// of the main window, then "workspace <ms>" on the first paint after the shown workspace
// has loaded its data (or "workspace failed"), and quits: the start-up benchmark reads
// both.
void installStartupProbe(gui::MainWindow *window, const QElapsedTimer &sinceStart);

} // namespace odag::app
