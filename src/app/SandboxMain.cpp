// odag-sandbox: runs the sandbox tenant until SIGINT or SIGTERM.

#include "sandbox/Logging.h"
#include "sandbox/SandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSocketNotifier>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

using odag::sandbox::SandboxOptions;
using odag::sandbox::SandboxServer;

namespace {

void printError(const QString &message)
{
    std::fputs(qPrintable(QStringLiteral("odag-sandbox: ") + message + QLatin1Char('\n')), stderr);
}

#ifdef Q_OS_UNIX
// The self-pipe trick: the signal handler only writes a byte, which the event loop
// reads and turns into an orderly quit (the database is then closed properly).
int g_signalFd[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalFd[0], &byte, 1);
}

bool installSignalHandlers(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFd) != 0)
        return false;
    auto *notifier = new QSocketNotifier(g_signalFd[1], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [notifier]() {
        notifier->setEnabled(false);
        char byte = 0;
        [[maybe_unused]] const auto got = ::read(g_signalFd[1], &byte, 1);
        qCInfo(lcSandbox) << "signal received; shutting down";
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return ::sigaction(SIGINT, &action, nullptr) == 0 &&
           ::sigaction(SIGTERM, &action, nullptr) == 0;
}
#endif

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("odag-sandbox"));
    QCoreApplication::setOrganizationName(QStringLiteral("ODAG Admin"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ODAG_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "odag-sandbox",
        "A local Qlik tenant for trying, teaching and testing ODAG Admin. It speaks the "
        "Qlik Cloud ODAG, /api/v1 and engine paths and the Qlik Sense Enterprise ODAG "
        "paths on a loopback port.\n"
        "Built-in users and their API keys are listed in the README."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(
        QStringLiteral("port"),
        QCoreApplication::translate("odag-sandbox", "Port to listen on (0: any free port)."),
        QCoreApplication::translate("odag-sandbox", "N"), QStringLiteral("0"));
    const QCommandLineOption dataOption(
        QStringLiteral("data"),
        QCoreApplication::translate(
            "odag-sandbox",
            "Directory for the tenant's database (sandbox.db). Without it the tenant lives in "
            "memory and is lost at exit."),
        QCoreApplication::translate("odag-sandbox", "DIR"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QCoreApplication::translate(
            "odag-sandbox",
            "Load the demo tenant: spaces, apps with load scripts, ODAG links with per-user and per-group settings, and generation requests in every state."));
    const QCommandLineOption usersOption(
        QStringLiteral("users"),
        QCoreApplication::translate(
            "odag-sandbox",
            "JSON file with the users: [{\"id\",\"name\",\"subject\",\"groups\",\"roles\","
            "\"apiKey\",\"admin\"}]. Without it the built-in demo users."),
        QCoreApplication::translate("odag-sandbox", "FILE"));
    const QCommandLineOption faultsOption(
        QStringLiteral("faults"),
        QCoreApplication::translate(
            "odag-sandbox",
            "Inject faults: rules KIND[=N]:PROBABILITY:PATH[:METHOD] separated by commas, "
            "KIND one of 500, 502, 503 (any 4xx/5xx), delay, drop, truncate, malformed, "
            "429storm; N is the delay in ms or the Retry-After seconds. Example: "
            "500:0.1:/api/v1/*,delay=2000:0.5:/api/analytics/*. @FILE reads JSON rules."),
        QCoreApplication::translate("odag-sandbox", "SPEC"));
    const QCommandLineOption seedOption(
        QStringLiteral("fault-seed"),
        QCoreApplication::translate("odag-sandbox",
                                    "Seed for the fault dice, for repeatable runs."),
        QCoreApplication::translate("odag-sandbox", "N"));
    const QCommandLineOption speedOption(
        QStringLiteral("speed"),
        QCoreApplication::translate("odag-sandbox",
                                    "Simulated time runs X times faster than real time."),
        QCoreApplication::translate("odag-sandbox", "X"), QStringLiteral("1"));
    const QCommandLineOption noRateLimitOption(
        QStringLiteral("no-rate-limit"),
        QCoreApplication::translate("odag-sandbox", "Do not enforce the per-tier rate limits."));
    const QCommandLineOption verboseOption(
        QStringLiteral("verbose"),
        QCoreApplication::translate("odag-sandbox", "Log every request and store change."));
    const QCommandLineOption maxLoadsOption(
        QStringLiteral("max-loads"),
        QCoreApplication::translate("odag-sandbox",
                                    "Number of app loads that may run at the same time."),
        QCoreApplication::translate("odag-sandbox", "K"), QStringLiteral("4"));
    const QCommandLineOption tlsCertOption(
        QStringLiteral("tls-cert"),
        QCoreApplication::translate("odag-sandbox",
                                    "Serve HTTPS with this PEM certificate (needs --tls-key)."),
        QCoreApplication::translate("odag-sandbox", "FILE"));
    const QCommandLineOption tlsKeyOption(
        QStringLiteral("tls-key"),
        QCoreApplication::translate("odag-sandbox",
                                    "The unencrypted PEM private key of --tls-cert."),
        QCoreApplication::translate("odag-sandbox", "FILE"));
    const QCommandLineOption tokenLifetimeOption(
        QStringLiteral("oauth-token-lifetime"),
        QCoreApplication::translate("odag-sandbox",
                                    "Seconds an OAuth2 access token stays valid (sandbox clock)."),
        QCoreApplication::translate("odag-sandbox", "S"), QStringLiteral("3600"));
    parser.addOptions({portOption, dataOption, demoOption, usersOption, faultsOption, seedOption,
                       speedOption, noRateLimitOption, maxLoadsOption, verboseOption, tlsCertOption,
                       tlsKeyOption, tokenLifetimeOption});
    parser.process(app);
    // Debug output is opt-in; QT_LOGGING_RULES still wins when it is set.
    if (!parser.isSet(verboseOption) && qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("odag.*.debug=false"));

    SandboxOptions options;
    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535) {
        printError(
            QCoreApplication::translate("odag-sandbox", "--port needs a number from 0 to 65535."));
        return 2;
    }
    options.port = quint16(port);
    options.dataDir = parser.value(dataOption);
    options.demo = parser.isSet(demoOption);
    options.usersFile = parser.value(usersOption);
    options.faults = parser.value(faultsOption);
    if (parser.isSet(seedOption)) {
        const quint64 seed = parser.value(seedOption).toULongLong(&ok);
        if (!ok) {
            printError(
                QCoreApplication::translate("odag-sandbox", "--fault-seed needs a whole number."));
            return 2;
        }
        options.faultSeed = seed;
    }
    options.speed = parser.value(speedOption).toDouble(&ok);
    if (!ok || options.speed <= 0) {
        printError(
            QCoreApplication::translate("odag-sandbox", "--speed needs a number greater than 0."));
        return 2;
    }
    options.rateLimit = !parser.isSet(noRateLimitOption);
    options.maxLoads = parser.value(maxLoadsOption).toInt(&ok);
    if (!ok || options.maxLoads < 1) {
        printError(QCoreApplication::translate("odag-sandbox",
                                               "--max-loads needs a whole number of at least 1."));
        return 2;
    }

    options.tlsCertificateFile = parser.value(tlsCertOption);
    options.tlsKeyFile = parser.value(tlsKeyOption);
    if (options.tlsCertificateFile.isEmpty() != options.tlsKeyFile.isEmpty()) {
        printError(QCoreApplication::translate("odag-sandbox",
                                               "--tls-cert and --tls-key go together."));
        return 2;
    }
    options.oauthTokenLifetimeSeconds = parser.value(tokenLifetimeOption).toLongLong(&ok);
    if (!ok || options.oauthTokenLifetimeSeconds < 1) {
        printError(QCoreApplication::translate(
            "odag-sandbox", "--oauth-token-lifetime needs a whole number of at least 1."));
        return 2;
    }

#ifdef Q_OS_UNIX
    if (!installSignalHandlers(app))
        printError(QCoreApplication::translate(
            "odag-sandbox", "cannot install the signal handlers; stop with SIGKILL."));
#endif

    SandboxServer server(options);
    if (!server.start()) {
        printError(server.errorString());
        return 1;
    }
    // A machine-readable line: scripts and tests wait for it to learn the port.
    const QByteArray line = "listening on " + server.baseUrl().toString().toUtf8() + '\n';
    std::fputs(line.constData(), stdout);
    std::fflush(stdout);
    if (options.usersFile.isEmpty()) {
        for (const auto &user : server.users().all()) {
            qCInfo(lcSandbox).noquote()
                << "user" << (user.admin ? user.name + QStringLiteral(" (admin)") : user.name)
                << "API key" << user.apiKey;
        }
    }

    const int code = app.exec();
    server.stop();
    return code;
}
