// A canary API key (random, registered with the sandbox as the administrator's key) goes
// the whole way a user's key goes: typed into the profile editor, tested, saved, opened,
// four workspaces loaded, errors provoked. Afterwards no settings or data file of the
// app, no line of the HTTP log and no logged message contains it.

#include "SandboxSession.h"
#include "TestMain.h"
#include "api/OdagLinksApi.h"
#include "gui/MainWindow.h"
#include "gui/Workspace.h"
#include "gui/connection/KeychainSecretStore.h"
#include "gui/connection/ProfileEditor.h"
#include "gui/connection/ProfileManagerDialog.h"
#include "gui/connection/ProfileStore.h"
#include "gui/connection/SessionFactory.h"
#include "gui/log/ExchangeLogModel.h"
#include "sandbox/SandboxUsers.h"

#include <QAbstractItemModelTester>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMutex>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QStandardPaths>
#include <QTcpServer>

using namespace odag;
using namespace odag::gui;

namespace {
QMutex g_mutex;
QStringList g_messages;
QtMessageHandler g_previous = nullptr;

void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_mutex);
        g_messages << QStringLiteral("%1: %2").arg(QString::fromLatin1(context.category ? context.category : ""), message);
    }
    if (type != QtDebugMsg && type != QtInfoMsg && g_previous)
        g_previous(type, context, message);
}

QByteArray canaryKey()
{
    QByteArray hex;
    for (int i = 0; i < 4; ++i)
        hex += QByteArray::number(QRandomGenerator::global()->generate(), 16).rightJustified(8, '0');
    return "canary-" + hex;
}
} // namespace

class TestSecretCanary : public QObject
{
    Q_OBJECT
private:
    QByteArray m_canary = canaryKey();
    std::unique_ptr<test::SandboxSession> m_sandbox;

    std::unique_ptr<TenantSession> openProfile(SessionFactory &factory, const Profile &profile, QString *error)
    {
        std::unique_ptr<TenantSession> out;
        bool done = false;
        QObject context;
        factory.open(profile, &context, [&](std::unique_ptr<TenantSession> s, const QString &e) {
            out = std::move(s);
            *error = e;
            done = true;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 10000); }();
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        // Every category on, debug included: what a user sends with a bug report.
        QLoggingCategory::setFilterRules(QStringLiteral("odag.*=true"));
        g_previous = qInstallMessageHandler(capture);
        sandbox::SandboxOptions options = test::SandboxSession::demoOptions();
        options.users = sandbox::SandboxUsers::demoUsers();
        for (sandbox::SandboxUser &u : options.users) {
            if (u.apiKey == QLatin1StringView(sandbox::demo::kAdminKey))
                u.apiKey = QString::fromLatin1(m_canary);
        }
        m_sandbox = std::make_unique<test::SandboxSession>(options);
        QVERIFY2(m_sandbox->ok(), qPrintable(m_sandbox->errorString()));
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(g_previous);
        QLoggingCategory::setFilterRules(QString());
    }

    void canaryIsNowhere()
    {
        KeychainSecretStore secrets;
        ProfileStore store;
        SessionFactory factory(&secrets, &store);
        ProfileManagerDialog dialog(&store, &secrets, &factory);
        dialog.show();

        // Typed into the editor, tested, saved.
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("addProfileButton")), Qt::LeftButton);
        auto *editor = dialog.findChild<ProfileEditor *>();
        QVERIFY(editor);
        auto *name = editor->findChild<QLineEdit *>(QStringLiteral("profileName"));
        name->clear();
        QTest::keyClicks(name, QStringLiteral("Canary tenant"));
        QTest::keyClicks(editor->findChild<QLineEdit *>(QStringLiteral("profileUrl")), m_sandbox->baseUrl().toString());
        QTest::keyClicks(editor->findChild<QLineEdit *>(QStringLiteral("profileApiKey")), QString::fromLatin1(m_canary));
        QTest::mouseClick(editor->findChild<QPushButton *>(QStringLiteral("testConnectionButton")), Qt::LeftButton);
        auto *result = editor->findChild<QLabel *>(QStringLiteral("connectionTestResult"));
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QStringLiteral("Maria Keller")), 10000);
        QTest::mouseClick(editor->findChild<QPushButton *>(QStringLiteral("saveProfileButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(store.profiles().size(), 1, 10000);
        const Profile profile = store.profiles().first();

        // Opened from the store with the key from the secret store; workspaces loaded.
        QString error;
        std::unique_ptr<TenantSession> session = openProfile(factory, profile, &error);
        QVERIFY2(session, qPrintable(error));
        MainWindow window;
        QAbstractItemModelTester tester(window.logModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.show();
        window.setSession(session.get());
        for (const char *view : {"links", "requests", "apps", "health"}) {
            QVERIFY(window.showView(QString::fromLatin1(view)));
            QTRY_VERIFY_WITH_TIMEOUT(window.currentWorkspace() && window.currentWorkspace()->hasLoaded(), 15000);
        }

        // Errors: a link that does not exist, a wrong key, a tenant that is not there.
        bool answered = false;
        api::OdagLinksApi(session->transport())
            .getLink(QStringLiteral("0123456789abcdef01234567"), &window, [&answered](const api::ApiResult<LinkStateFull> &r) {
                QVERIFY(!r.ok());
                answered = true;
            });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 10000);
        Profile wrong = profile;
        wrong.id = QStringLiteral("canary-wrong");
        SessionFactory::Options options;
        options.overrides.insert(Profile::Secret::ApiKey, m_canary + "-wrong");
        bool failed = false;
        QObject context;
        factory.open(wrong, &context, [&](std::unique_ptr<TenantSession> s, const QString &e) {
            QVERIFY(!s);
            QVERIFY(e.contains(QStringLiteral("401")));
            qWarning().noquote() << "open failed:" << e; // as the app would report it
            failed = true;
        }, options);
        QTRY_VERIFY_WITH_TIMEOUT(failed, 10000);
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        Profile absent = profile;
        absent.url.setPort(closed.serverPort());
        closed.close();
        QString absentError;
        QVERIFY(!openProfile(factory, absent, &absentError));
        QVERIFY(!absentError.isEmpty());

        // The key did go through: the store has it and the log is full of calls.
        bool read = false;
        secrets.read(profile.secretKey(Profile::Secret::ApiKey), &context,
                     [&](const std::optional<QByteArray> &v, const QString &) {
                         QCOMPARE(v.value_or(QByteArray()), m_canary);
                         read = true;
                     });
        QTRY_VERIFY(read);
        ExchangeLogModel *log = window.logModel();
        QVERIFY(log->rowCount() > 10);

        // Nowhere: the log pane's model (every cell, every role the view asks for)...
        for (int row = 0; row < log->rowCount(); ++row) {
            for (int column = 0; column < log->columnCount(); ++column) {
                for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(ExchangeLogModel::RawValueRole)}) {
                    const QString text = log->data(log->index(row, column), role).toString();
                    QVERIFY2(!text.contains(QString::fromLatin1(m_canary)), qPrintable(text));
                }
            }
        }
        // ...the messages logged...
        {
            QMutexLocker lock(&g_mutex);
            QVERIFY(g_messages.size() > 10);
            for (const QString &m : std::as_const(g_messages))
                QVERIFY2(!m.contains(QString::fromLatin1(m_canary)), qPrintable(m));
        }
        // ...and every file the app writes: settings, data, cache.
        window.close(); // saves the layout, as quitting does
        QSettings().sync();
        int files = 0;
        for (auto location : {QStandardPaths::AppConfigLocation, QStandardPaths::GenericConfigLocation,
                              QStandardPaths::AppDataLocation, QStandardPaths::AppLocalDataLocation,
                              QStandardPaths::CacheLocation, QStandardPaths::GenericCacheLocation,
                              QStandardPaths::GenericDataLocation}) {
            QDirIterator it(QStandardPaths::writableLocation(location), QDir::Files | QDir::Hidden,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                if (!f.open(QIODevice::ReadOnly))
                    continue;
                ++files;
                QVERIFY2(!f.readAll().contains(m_canary), qPrintable(f.fileName()));
            }
        }
        QVERIFY(files > 0); // the settings file at least

        // Leave no canary in a real keychain either.
        bool removed = false;
        secrets.remove(profile.secretKey(Profile::Secret::ApiKey), &context, [&removed](const QString &) { removed = true; });
        QTRY_VERIFY(removed);
    }
};

ODAG_TEST_MAIN(TestSecretCanary)
#include "tst_secret_canary.moc"
