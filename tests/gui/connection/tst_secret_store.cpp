// The secret stores: the memory store answers asynchronously and forgets on remove; the
// keychain store either keeps secrets in the OS keychain or, on a machine without one
// (as this test machine usually is), falls back to session memory once and says so,
// writing nothing to disk in either case.

#include "TestMain.h"
#include "gui/connection/KeychainSecretStore.h"
#include "gui/connection/MemorySecretStore.h"

#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QUuid>

using namespace odag::gui;

namespace {
struct ReadResult
{
    bool done = false;
    std::optional<QByteArray> value;
    QString error;
};

ReadResult readNow(SecretStore &store, const QString &key)
{
    auto result = std::make_shared<ReadResult>();
    QObject context;
    store.read(key, &context, [result](const std::optional<QByteArray> &v, const QString &e) {
        result->done = true;
        result->value = v;
        result->error = e;
    });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(result->done, 20000); }();
    return *result;
}

QString doneNow(const std::function<void(SecretStore::DoneCallback)> &op)
{
    auto done = std::make_shared<std::optional<QString>>();
    op([done](const QString &e) { *done = e; });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(done->has_value(), 20000); }();
    return done->value_or(QStringLiteral("no answer"));
}
} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void memoryStoreRoundTrip()
    {
        MemorySecretStore store;
        QVERIFY(store.isPersistent());
        QObject context;
        bool answered = false;
        store.write(QStringLiteral("p1/api-key"), "secret-1", &context, [&answered](const QString &e) {
            QVERIFY(e.isEmpty());
            answered = true;
        });
        QVERIFY(!answered); // asynchronous, like a keychain
        QTRY_VERIFY(answered);
        ReadResult r = readNow(store, QStringLiteral("p1/api-key"));
        QCOMPARE(r.value.value_or(QByteArray()), QByteArray("secret-1"));
        QVERIFY(r.error.isEmpty());
        QVERIFY(!readNow(store, QStringLiteral("p2/api-key")).value.has_value());
        QCOMPARE(doneNow([&](auto d) { store.remove(QStringLiteral("p1/api-key"), &context, d); }), QString());
        QVERIFY(!readNow(store, QStringLiteral("p1/api-key")).value.has_value());
    }

    void memoryStoreDropsAnswersForDeadContexts()
    {
        MemorySecretStore store;
        store.setValue(QStringLiteral("k"), "v");
        bool called = false;
        auto *context = new QObject;
        store.read(QStringLiteral("k"), context, [&called](const std::optional<QByteArray> &, const QString &) {
            called = true;
        });
        delete context;
        QTest::qWait(50); // nothing to wait for: a dropped answer never comes
        QVERIFY(!called);
    }

    void keychainStoreKeepsSecretsOrFallsBackToSession()
    {
        const QByteArray value = "kc-" + QUuid::createUuid().toByteArray(QUuid::Id128);
        const QString key = QStringLiteral("test-%1/api-key").arg(QUuid::createUuid().toString(QUuid::Id128));
        KeychainSecretStore store;
        QSignalSpy persistence(&store, &SecretStore::persistenceChanged);
        QObject context;
        QCOMPARE(doneNow([&](auto d) { store.write(key, value, &context, d); }), QString());
        ReadResult r = readNow(store, key);
        QCOMPARE(r.value.value_or(QByteArray()), value);
        if (!store.isPersistent()) {
            // No keychain here: said once, through the signal, and kept in memory only.
            QCOMPARE(persistence.count(), 1);
            QCOMPARE(persistence.first().first().toBool(), false);
            KeychainSecretStore other; // a new session knows nothing of it
            QVERIFY(!readNow(other, key).value.has_value());
        } else {
            QCOMPARE(persistence.count(), 0);
        }
        QCOMPARE(doneNow([&](auto d) { store.remove(key, &context, d); }), QString());
        QVERIFY(!readNow(store, key).value.has_value());
        QCOMPARE(persistence.count(), store.isPersistent() ? 0 : 1); // said once only

        // Never on disk: no file under the test-mode locations holds the value.
        for (auto location : {QStandardPaths::GenericConfigLocation, QStandardPaths::AppDataLocation,
                              QStandardPaths::GenericDataLocation, QStandardPaths::CacheLocation}) {
            QDirIterator it(QStandardPaths::writableLocation(location), QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                if (f.open(QIODevice::ReadOnly))
                    QVERIFY2(!f.readAll().contains(value), qPrintable(f.fileName()));
            }
        }
    }

    void probeSaysWhetherThereIsAKeychain()
    {
        KeychainSecretStore store;
        bool probed = false;
        QObject context;
        store.probe(&context, [&probed] { probed = true; });
        QTRY_VERIFY_WITH_TIMEOUT(probed, 20000);
        // On this machine either answer is right; what matters is that the probe answers
        // and a later read works with whatever the probe found.
        const QString key = QStringLiteral("probe-test/none");
        QVERIFY(!readNow(store, key).value.has_value());
    }
};

ODAG_TEST_MAIN(TestSecretStore)
#include "tst_secret_store.moc"
