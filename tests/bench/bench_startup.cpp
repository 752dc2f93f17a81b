// Start-up to a painted main window, odag-admin beside a bare Qt Widgets window, in the
// same run on the same machine. Each process is started N times; the figure is the
// ratio of the medians of wall time from process start to the "painted" line.
//
// odag-admin starts as a returning user does: `--sandbox` opens the built-in Sandbox
// profile (its tenant's data already on disk after the warm-up start), with fresh
// settings otherwise. "painted" is the first frame of the real main window: menus, the
// profile switcher, the workspace list, the log pane and the status bar, the workspace
// area saying "Connecting to Sandbox…" while the embedded tenant starts (as it says for
// any tenant until the connection is open). A second figure, with no target, is the time
// to the first frame of the first workspace showing its data from the tenant.

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

// Wall milliseconds from starting `exe` to each of its `lines` (the first word of a line
// on its standard output), in order, as far as it printed them; empty when it did not
// print the first.
static std::vector<double> timeTo(const QString &exe, const QStringList &args, const QProcessEnvironment &env,
                                  const QList<QByteArray> &lines)
{
    QProcess p;
    p.setProcessEnvironment(env);
    QElapsedTimer t;
    t.start();
    p.start(exe, args);
    if (!p.waitForStarted(10000))
        return {};
    std::vector<double> at;
    QByteArray out;
    while (at.size() < size_t(lines.size())) {
        if (!p.canReadLine() && !p.waitForReadyRead(30000))
            break;
        while (p.canReadLine() && at.size() < size_t(lines.size())) {
            const QByteArray line = p.readLine();
            out += line;
            if (line.startsWith(QByteArray(lines.at(qsizetype(at.size())) + ' ')))
                at.push_back(double(t.nsecsElapsed()) / 1e6);
        }
    }
    if (at.empty()) {
        std::fprintf(stderr, "%s did not print \"%s\": %s%s\n", qPrintable(exe), lines.at(qsizetype(at.size())).constData(),
                     out.constData(), p.readAllStandardError().constData());
        p.kill();
        p.waitForFinished();
        return {};
    }
    p.waitForFinished(10000);
    return at;
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
    // A fresh settings and data location for this run.
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path() + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.path() + QStringLiteral("/data"));

    // ODAG_BENCH_ADMIN_EXE measures another build of odag-admin (an older one, to
    // compare) against the same yardstick in the same run.
    const QString admin = env.value(QStringLiteral("ODAG_BENCH_ADMIN_EXE"), QStringLiteral(ODAG_ADMIN_EXE));
    const QString bare = QStringLiteral(BARE_WINDOW_EXE);
    const QStringList adminArgs{QStringLiteral("--sandbox")};
    const QList<QByteArray> adminLines{QByteArrayLiteral("painted"), QByteArrayLiteral("workspace")};
    // Warm the disk cache for both before measuring; the first start also writes the
    // sandbox tenant's demo data, which later starts open.
    timeTo(bare, {}, env, {QByteArrayLiteral("painted")});
    timeTo(admin, adminArgs, env, adminLines);

    std::vector<double> adminMs, bareMs, textMs, workspaceMs;
    for (int i = 0; i < runs; ++i) {
        // Interleaved so that machine noise hits all alike.
        const std::vector<double> b = timeTo(bare, {}, env, {QByteArrayLiteral("painted")});
        const std::vector<double> a = timeTo(admin, adminArgs, env, adminLines);
        const std::vector<double> t = timeTo(bare, {QStringLiteral("--text")}, env, {QByteArrayLiteral("painted")});
        if (a.empty() || b.empty() || t.empty())
            return 1;
        bareMs.push_back(b.front());
        textMs.push_back(t.front());
        adminMs.push_back(a.front());
        if (a.size() > 1)
            workspaceMs.push_back(a.at(1));
    }
    const double a = medianOf(adminMs), b = medianOf(bareMs);
    std::printf("BENCH startup_bare_window_ms %.1f ms\n", b);
    std::printf("BENCH startup_odag_admin_ms %.1f ms\n", a);
    std::printf("BENCH startup_ratio %.2f x\n", b > 0 ? a / b : 0.0);
    // For comparison, no target: the bare window with one line of text, which pays for
    // reading the font configuration as every window with text does.
    const double t = medianOf(textMs);
    std::printf("BENCH startup_bare_window_text_ms %.1f ms\n", t);
    std::printf("BENCH startup_ratio_to_text_window %.2f x\n", t > 0 ? a / t : 0.0);
    if (workspaceMs.size() == adminMs.size())
        std::printf("BENCH startup_first_workspace_loaded_ms %.1f ms\n", medianOf(workspaceMs));
    else
        std::printf("(%s did not say when its first workspace showed its data)\n", qPrintable(admin));
    std::printf("(target: ratio <= 1.5; %d interleaved runs each, medians; the first workspace has no target)\n", runs);
    return 0;
}
