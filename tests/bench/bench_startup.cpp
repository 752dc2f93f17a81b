// Start-up to a painted main window, odag-admin beside a bare Qt Widgets window, in the
// same run on the same machine. Each process is started N times; the figure is the
// ratio of the medians of wall time from process start to the "painted" line.

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

static double medianOf(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : v[v.size() / 2];
}

// Wall milliseconds from starting `exe` to its "painted" line; -1 on failure.
static double timeToPaint(const QString &exe, const QStringList &args, const QProcessEnvironment &env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    QElapsedTimer t;
    t.start();
    p.start(exe, args);
    if (!p.waitForStarted(10000))
        return -1;
    QByteArray out;
    while (!out.contains("painted") && p.waitForReadyRead(30000))
        out += p.readAllStandardOutput();
    const double ms = double(t.nsecsElapsed()) / 1e6;
    if (!out.contains("painted")) {
        std::fprintf(stderr, "%s did not paint: %s\n", qPrintable(exe), p.readAllStandardError().constData());
        p.kill();
        p.waitForFinished();
        return -1;
    }
    p.waitForFinished(10000);
    return ms;
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = qEnvironmentVariableIntValue("ODAG_BENCH_RUNS") > 0 ? qEnvironmentVariableIntValue("ODAG_BENCH_RUNS") : 9;
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("ODAG_STARTUP_PROBE"), QStringLiteral("1"));
    // A fresh settings and data location, as on a first start.
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path() + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.path() + QStringLiteral("/data"));

    const QString admin = QStringLiteral(ODAG_ADMIN_EXE);
    const QString bare = QStringLiteral(BARE_WINDOW_EXE);
    // Warm the disk cache for both before measuring.
    timeToPaint(bare, {}, env);
    timeToPaint(admin, {QStringLiteral("--sandbox")}, env);

    std::vector<double> adminMs, bareMs;
    for (int i = 0; i < runs; ++i) {
        // Interleaved so that machine noise hits both alike.
        const double b = timeToPaint(bare, {}, env);
        const double a = timeToPaint(admin, {QStringLiteral("--sandbox")}, env);
        if (a < 0 || b < 0)
            return 1;
        bareMs.push_back(b);
        adminMs.push_back(a);
    }
    const double a = medianOf(adminMs), b = medianOf(bareMs);
    std::printf("BENCH startup_bare_window_ms %.1f ms\n", b);
    std::printf("BENCH startup_odag_admin_ms %.1f ms\n", a);
    std::printf("BENCH startup_ratio %.2f x\n", b > 0 ? a / b : 0.0);
    std::printf("(target: ratio <= 1.5; %d interleaved runs each, medians)\n", runs);
    return 0;
}
