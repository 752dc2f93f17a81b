// The profile store: every field of every sign-in survives a round trip through the
// settings file, only the fields of the chosen sign-in are kept, pins are stored as hex,
// names are made unique, removing forgets the profile (and "last opened" when it was it).

#include "TestMain.h"
#include "gui/connection/ProfileStore.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>

using namespace odag::gui;

class TestProfileStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QSettings().clear(); }

    void roundTripsEachKind()
    {
        ProfileStore store;
        QSignalSpy changed(&store, &ProfileStore::changed);
        Profile cloud;
        cloud.name = QStringLiteral("Production");
        cloud.url = QUrl(QStringLiteral("https://acme.eu.qlikcloud.com"));
        cloud.pinnedCertificates = {QByteArray(32, '\x01')};
        const QString cloudId = store.save(cloud);
        QVERIFY(!cloudId.isEmpty());

        Profile qse;
        qse.name = QStringLiteral("On premises");
        qse.kind = Profile::Kind::SenseEnterprise;
        qse.url = QUrl(QStringLiteral("https://qlik.example.com/hdr"));
        qse.auth = Profile::Auth::HeaderUser;
        qse.headerName = "X-Custom-User";
        qse.userDirectory = QStringLiteral("CORP");
        qse.userId = QStringLiteral("admin");
        const QString qseId = store.save(qse);

        Profile cert;
        cert.name = QStringLiteral("Certificate");
        cert.kind = Profile::Kind::SenseEnterprise;
        cert.url = QUrl(QStringLiteral("https://qlik.example.com:4242"));
        cert.auth = Profile::Auth::ClientCertificate;
        cert.certificatePath = QStringLiteral("/tmp/client.pfx");
        const QString certId = store.save(cert);

        Profile windows;
        windows.name = QStringLiteral("Windows");
        windows.kind = Profile::Kind::SenseEnterprise;
        windows.url = QUrl(QStringLiteral("https://qlik.example.com"));
        windows.auth = Profile::Auth::Windows;
        windows.windowsUser = QStringLiteral("CORP\\jdoe");
        const QString windowsId = store.save(windows);
        QCOMPARE(changed.count(), 4);

        const QList<Profile> all = store.profiles();
        QCOMPARE(all.size(), 4);
        QCOMPARE(all.first().name, QStringLiteral("Certificate")); // sorted by name

        const Profile c = store.profile(cloudId).value();
        QCOMPARE(c.name, cloud.name);
        QCOMPARE(c.kind, Profile::Kind::Cloud);
        QCOMPARE(c.url, cloud.url);
        QCOMPARE(c.auth, Profile::Auth::ApiKey);
        QCOMPARE(c.pinnedCertificates, cloud.pinnedCertificates);
        const Profile q = store.profile(qseId).value();
        QCOMPARE(q.kind, Profile::Kind::SenseEnterprise);
        QCOMPARE(q.auth, Profile::Auth::HeaderUser);
        QCOMPARE(q.headerName, QByteArray("X-Custom-User"));
        QCOMPARE(q.userDirectory, QStringLiteral("CORP"));
        QCOMPARE(q.userId, QStringLiteral("admin"));
        QCOMPARE(store.profile(certId)->certificatePath, QStringLiteral("/tmp/client.pfx"));
        QCOMPARE(store.profile(windowsId)->windowsUser, QStringLiteral("CORP\\jdoe"));
        QVERIFY(!store.profile(QStringLiteral("nope")).has_value());
    }

    void changingTheSignInDropsTheOldFields()
    {
        ProfileStore store;
        Profile p;
        p.name = QStringLiteral("Switch");
        p.kind = Profile::Kind::SenseEnterprise;
        p.url = QUrl(QStringLiteral("https://qlik.example.com"));
        p.auth = Profile::Auth::HeaderUser;
        p.userId = QStringLiteral("someone");
        p.id = store.save(p);
        p.auth = Profile::Auth::Windows;
        p.windowsUser = QStringLiteral("CORP\\x");
        store.save(p);
        QSettings s;
        QVERIFY(!s.contains(QStringLiteral("connectionProfiles/%1/userId").arg(p.id)));
        QCOMPARE(store.profile(p.id)->userId, QString());
        QCOMPARE(store.profiles().size(), 1);
    }

    void uniqueNamesAndRemoval()
    {
        ProfileStore store;
        Profile p;
        p.name = QStringLiteral("Tenant");
        p.url = QUrl(QStringLiteral("https://t.eu.qlikcloud.com"));
        p.id = store.save(p);
        QCOMPARE(store.uniqueName(QStringLiteral("Other")), QStringLiteral("Other"));
        QCOMPARE(store.uniqueName(QStringLiteral("tenant")), QStringLiteral("tenant (2)"));
        QCOMPARE(store.uniqueName(QStringLiteral("Sandbox"), {QStringLiteral("Sandbox")}), QStringLiteral("Sandbox (2)"));

        store.setLastOpened(p.id);
        QCOMPARE(store.lastOpened(), p.id);
        store.remove(p.id);
        QVERIFY(store.profiles().isEmpty());
        QVERIFY(store.lastOpened().isEmpty());
    }

    void settingsFileHoldsNoSecretField()
    {
        ProfileStore store;
        Profile p;
        p.name = QStringLiteral("Keyed");
        p.url = QUrl(QStringLiteral("https://t.eu.qlikcloud.com"));
        store.save(p);
        QSettings s;
        s.sync();
        QFile f(s.fileName());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY(text.contains("Keyed"));
        for (const char *word : {"apiKey=", "password", "token"})
            QVERIFY2(!text.contains(word), word);
    }
};

ODAG_TEST_MAIN(TestProfileStore)
#include "tst_profile_store.moc"
