// The odag-sandbox executable: its command line, the line that announces the port,
// durability of acknowledged writes across kill -9, and a clean exit on SIGTERM/SIGINT.

#include "SandboxTestClient.h"
#include "TestMain.h"

#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#ifdef Q_OS_UNIX
#include <csignal>
#endif

namespace {

const QString kSettings = QStringLiteral("/api/analytics/odag-settings");

} // namespace

class TestSandboxProcess : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    // Starts odag-sandbox and waits for its "listening on" line; returns the base URL.
    QUrl start(QProcess &process, const QStringList &extraArgs = {})
    {
        process.setProgram(QStringLiteral(ODAG_SANDBOX_EXE));
        process.setArguments(QStringList{QStringLiteral("--port"), QStringLiteral("0"),
                                         QStringLiteral("--data"), m_dir.path()} +
                             extraArgs);
        process.setProcessChannelMode(QProcess::SeparateChannels);
        process.start();
        if (!process.waitForStarted(5000))
            return {};
        static const QRegularExpression line(
            QStringLiteral("^listening on (http://127\\.0\\.0\\.1:(\\d+))\\n$"));
        QByteArray out;
        while (!out.contains('\n') && process.waitForReadyRead(10000))
            out += process.readAllStandardOutput();
        const auto m = line.match(QString::fromUtf8(out));
        if (!m.hasMatch()) {
            qWarning() << "unexpected output" << out << process.readAllStandardError();
            return {};
        }
        const int port = m.captured(2).toInt();
        if (port <= 0 || port > 65535)
            return {};
        return QUrl(m.captured(1));
    }

    static void finish(QProcess &process)
    {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(5000);
        }
    }

private Q_SLOTS:
    void announcesItsPort()
    {
        QProcess process;
        const QUrl base = start(process);
        QVERIFY(base.isValid());
        TestClient client(base);
        QCOMPARE(client.get(QStringLiteral("/engine/health")).status, 200);
        finish(process);
    }

    void acknowledgedWriteSurvivesKill9()
    {
        QProcess process;
        const QUrl base = start(process, {QStringLiteral("--demo")});
        QVERIFY(base.isValid());
        TestClient client(base);
        client.setApiKey(adminKey());

        // Kill on the acknowledgement itself: nothing after the 200 may be needed.
        QNetworkReply *reply = client.manager().sendCustomRequest(
            [&] {
                QNetworkRequest r = client.request(kSettings);
                r.setHeader(QNetworkRequest::ContentTypeHeader,
                            QByteArrayLiteral("application/json"));
                return r;
            }(),
            "PUT", "{\"odagEnabled\":false,\"dynamicViewEnabled\":false}");
        int status = 0;
        connect(reply, &QNetworkReply::metaDataChanged, this, [&]() {
            status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status == 200)
                process.kill(); // SIGKILL
        });
        QTRY_VERIFY_WITH_TIMEOUT(status != 0, 10000);
        QCOMPARE(status, 200);
        QVERIFY(process.state() == QProcess::NotRunning || process.waitForFinished(5000));
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);
        reply->deleteLater();
        // The write sits in the write-ahead log: nothing folded it into the database.
        QVERIFY(QFileInfo(m_dir.filePath(QStringLiteral("sandbox.db-wal"))).size() > 0);

        QProcess again;
        const QUrl base2 = start(again);
        QVERIFY(base2.isValid());
        TestClient client2(base2);
        client2.setApiKey(adminKey());
        const TestReply r = client2.get(kSettings);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object(), QJsonObject({{QStringLiteral("odagEnabled"), false},
                                          {QStringLiteral("dynamicViewEnabled"), false}}));
        finish(again);
    }

#ifdef Q_OS_UNIX
    void exitsCleanlyOnSignals_data()
    {
        QTest::addColumn<int>("signal");
        QTest::newRow("SIGTERM") << int(SIGTERM);
        QTest::newRow("SIGINT") << int(SIGINT);
    }

    void exitsCleanlyOnSignals()
    {
        QFETCH(int, signal);
        QProcess process;
        const QUrl base = start(process);
        QVERIFY(base.isValid());
        TestClient client(base);
        client.setApiKey(adminKey());
        QCOMPARE(client.put(kSettings, "{\"odagEnabled\":true}").status, 200);
        QVERIFY(::kill(pid_t(process.processId()), signal) == 0);
        QVERIFY(process.waitForFinished(5000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        // A clean stop folds the log into the database.
        QCOMPARE(QFileInfo(m_dir.filePath(QStringLiteral("sandbox.db-wal"))).size(), qint64(0));
    }
#endif

    void helpAndVersion()
    {
        QProcess help;
        help.start(QStringLiteral(ODAG_SANDBOX_EXE), {QStringLiteral("--help")});
        QVERIFY(help.waitForFinished(5000));
        QCOMPARE(help.exitCode(), 0);
        const QString text = QString::fromUtf8(help.readAllStandardOutput());
        for (const char *option : {"--port", "--data", "--demo", "--users", "--faults", "--speed",
                                   "--no-rate-limit", "--max-loads", "--fault-seed"})
            QVERIFY2(text.contains(QLatin1StringView(option)), option);

        QProcess version;
        version.start(QStringLiteral(ODAG_SANDBOX_EXE), {QStringLiteral("--version")});
        QVERIFY(version.waitForFinished(5000));
        QCOMPARE(version.exitCode(), 0);
        QVERIFY(version.readAllStandardOutput().contains(ODAG_VERSION));
    }

    void refusesBadArguments_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("speed") << QStringList{QStringLiteral("--speed"), QStringLiteral("0")} << 2;
        QTest::newRow("port") << QStringList{QStringLiteral("--port"), QStringLiteral("70000")}
                              << 2;
        QTest::newRow("max-loads")
            << QStringList{QStringLiteral("--max-loads"), QStringLiteral("x")} << 2;
        QTest::newRow("faults") << QStringList{QStringLiteral("--faults"),
                                               QStringLiteral("boom:1:/x")}
                                << 1;
        QTest::newRow("users") << QStringList{QStringLiteral("--users"),
                                              QStringLiteral("/nonexistent/users.json")}
                               << 1;
    }

    void refusesBadArguments()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QProcess process;
        process.start(QStringLiteral(ODAG_SANDBOX_EXE),
                      QStringList{QStringLiteral("--data"), m_dir.filePath(QStringLiteral("bad"))} +
                          args);
        QVERIFY(process.waitForFinished(5000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), exitCode);
        QVERIFY(process.readAllStandardOutput().isEmpty()); // never "listening on"
        QVERIFY(process.readAllStandardError().contains("odag-sandbox: "));
    }
};

ODAG_TEST_MAIN(TestSandboxProcess)
#include "tst_sandbox_process.moc"
