// The profile manager against a real sandbox over HTTP: a Qlik Cloud API-key profile is
// added by typing in the editor, tested (user, roles, ODAG enabled, rights) and saved with
// its key in the secret store only; edited, duplicated with its secrets, removed with
// them after asking. A Qlik Sense Enterprise header profile tests too; a wrong key gives
// a clear 401 message; bad input is refused at the field.

#include "SandboxSession.h"
#include "TestMain.h"
#include "gui/connection/MemorySecretStore.h"
#include "gui/connection/ProfileEditor.h"
#include "gui/connection/ProfileManagerDialog.h"
#include "gui/connection/ProfileStore.h"
#include "gui/connection/SessionFactory.h"
#include "gui/widgets/Dialogs.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>

using namespace odag;
using namespace odag::gui;

class TestProfileManager : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<test::SandboxSession> m_sandbox;

    struct Fixture
    {
        MemorySecretStore secrets;
        ProfileStore store;
        SessionFactory factory{&secrets, &store};
        ProfileManagerDialog dialog{&store, &secrets, &factory};
        QAbstractItemModelTester tester{dialog.findChild<QListWidget *>(QStringLiteral("profileList"))->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest};
    };

    template <class T> static T *child(QObject *parent, const char *name)
    {
        T *w = parent->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qWarning("no child %s", name);
        return w;
    }

    static void type(QObject *parent, const char *name, const QString &text)
    {
        auto *e = child<QLineEdit>(parent, name);
        QVERIFY(e);
        e->clear();
        QTest::keyClicks(e, text);
    }

    ProfileEditor *clickAdd(ProfileManagerDialog &dialog)
    {
        QTest::mouseClick(child<QPushButton>(&dialog, "addProfileButton"), Qt::LeftButton);
        return dialog.findChild<ProfileEditor *>();
    }

    static QString testResult(QWidget *parent)
    {
        return child<QLabel>(parent, "connectionTestResult")->text();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        dialogs::setSuppressMessages(true);
        m_sandbox = std::make_unique<test::SandboxSession>();
        QVERIFY2(m_sandbox->ok(), qPrintable(m_sandbox->errorString()));
    }

    void init() { QSettings().clear(); }

    void addTestAndSaveCloudProfile()
    {
        Fixture f;
        f.dialog.show();
        ProfileEditor *editor = clickAdd(f.dialog);
        QVERIFY(editor);
        QVERIFY(editor->isVisible());
        type(editor, "profileName", QStringLiteral("Sales tenant"));
        type(editor, "profileUrl", m_sandbox->baseUrl().toString());
        type(editor, "profileApiKey", QString::fromLatin1(sandbox::demo::kAdminKey));
        QCOMPARE(child<QLineEdit>(editor, "profileApiKey")->echoMode(), QLineEdit::Password);

        QTest::mouseClick(child<QPushButton>(editor, "testConnectionButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(testResult(editor).contains(QStringLiteral("Connection works")), 10000);
        const QString result = testResult(editor);
        QVERIFY2(result.contains(QStringLiteral("Maria Keller")), qPrintable(result));
        QVERIFY2(result.contains(QStringLiteral("TenantAdmin")), qPrintable(result));
        QVERIFY2(result.contains(QStringLiteral("ODAG enabled: yes")), qPrintable(result));
        QVERIFY2(result.contains(QStringLiteral("Can change ODAG settings: yes")), qPrintable(result));
        QVERIFY2(result.contains(QStringLiteral("Can create ODAG links: yes")), qPrintable(result));
        QVERIFY2(result.contains(m_sandbox->baseUrl().host()), qPrintable(result));
        QVERIFY(f.store.profiles().isEmpty()); // testing saves nothing

        QTest::mouseClick(child<QPushButton>(editor, "saveProfileButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(f.store.profiles().size(), 1, 10000);
        const Profile saved = f.store.profiles().first();
        QCOMPARE(saved.name, QStringLiteral("Sales tenant"));
        QCOMPARE(saved.url, m_sandbox->baseUrl());
        QCOMPARE(f.secrets.value(saved.secretKey(Profile::Secret::ApiKey)).value_or(QByteArray()),
                 QByteArray(sandbox::demo::kAdminKey));
        auto *list = child<QListWidget>(&f.dialog, "profileList");
        QTRY_COMPARE(list->count(), 1);
        QCOMPARE(f.dialog.selectedId(), saved.id);

        QSettings().sync();
        QFile settings(QSettings().fileName());
        QVERIFY(settings.open(QIODevice::ReadOnly));
        QVERIFY(!settings.readAll().contains(sandbox::demo::kAdminKey));

        // The saved profile tests from the manager with its stored key.
        QTest::mouseClick(child<QPushButton>(&f.dialog, "testProfileButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(testResult(&f.dialog).contains(QStringLiteral("Maria Keller")), 10000);
    }

    void editDuplicateAndRemove()
    {
        Fixture f;
        Profile p;
        p.name = QStringLiteral("Original");
        p.url = m_sandbox->baseUrl();
        p.id = f.store.save(p);
        f.secrets.setValue(p.secretKey(Profile::Secret::ApiKey), sandbox::demo::kAnalystKey);
        f.dialog.show();
        f.dialog.select(p.id);

        // Edit: rename; the key field stays empty and the stored key is kept.
        QTest::mouseClick(child<QPushButton>(&f.dialog, "editProfileButton"), Qt::LeftButton);
        ProfileEditor *editor = f.dialog.findChild<ProfileEditor *>();
        QVERIFY(editor);
        QCOMPARE(child<QLineEdit>(editor, "profileApiKey")->text(), QString());
        type(editor, "profileName", QStringLiteral("Renamed"));
        QTest::mouseClick(child<QPushButton>(editor, "saveProfileButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(f.store.profile(p.id)->name, QStringLiteral("Renamed"), 10000);
        QCOMPARE(f.secrets.value(p.secretKey(Profile::Secret::ApiKey)).value_or(QByteArray()),
                 QByteArray(sandbox::demo::kAnalystKey));

        // Duplicate: a second profile with its own copy of the key.
        QTRY_VERIFY(!f.dialog.findChild<ProfileEditor *>());
        f.dialog.select(p.id);
        QTest::mouseClick(child<QPushButton>(&f.dialog, "duplicateProfileButton"), Qt::LeftButton);
        QCOMPARE(f.store.profiles().size(), 2);
        Profile copy;
        for (const Profile &other : f.store.profiles()) {
            if (other.id != p.id)
                copy = other;
        }
        QCOMPARE(copy.name, QStringLiteral("Renamed (copy)"));
        QCOMPARE(copy.url, p.url);
        QTRY_COMPARE(f.secrets.value(copy.secretKey(Profile::Secret::ApiKey)).value_or(QByteArray()),
                     QByteArray(sandbox::demo::kAnalystKey));

        // The analyst's rights, from the copy.
        QCOMPARE(f.dialog.selectedId(), copy.id);
        QTest::mouseClick(child<QPushButton>(&f.dialog, "testProfileButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(testResult(&f.dialog).contains(QStringLiteral("Connection works")), 10000);
        QVERIFY2(testResult(&f.dialog).contains(QStringLiteral("Can change ODAG settings: no")),
                 qPrintable(testResult(&f.dialog)));

        // Remove (answering "No" first keeps it), with its secret.
        dialogs::setNextAnswer(QMessageBox::No);
        QTest::mouseClick(child<QPushButton>(&f.dialog, "removeProfileButton"), Qt::LeftButton);
        QCOMPARE(f.store.profiles().size(), 2);
        dialogs::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(child<QPushButton>(&f.dialog, "removeProfileButton"), Qt::LeftButton);
        QCOMPARE(f.store.profiles().size(), 1);
        QVERIFY(!f.store.profile(copy.id));
        QTRY_VERIFY(!f.secrets.value(copy.secretKey(Profile::Secret::ApiKey)).has_value());
        QVERIFY(f.secrets.value(p.secretKey(Profile::Secret::ApiKey)).has_value());
    }

    void builtInProfilesAreReadOnly()
    {
        Fixture f;
        Profile sandboxProfile;
        sandboxProfile.id = QStringLiteral("sandbox");
        sandboxProfile.name = QStringLiteral("Sandbox");
        sandboxProfile.url = m_sandbox->baseUrl();
        sandboxProfile.builtIn = true;
        f.factory.setBuiltInSecret(sandboxProfile.id, Profile::Secret::ApiKey, sandbox::demo::kAdminKey);
        f.dialog.setBuiltIns({sandboxProfile});
        f.dialog.show();
        f.dialog.select(sandboxProfile.id);
        QVERIFY(!child<QPushButton>(&f.dialog, "editProfileButton")->isEnabled());
        QVERIFY(!child<QPushButton>(&f.dialog, "removeProfileButton")->isEnabled());
        QVERIFY(!child<QPushButton>(&f.dialog, "duplicateProfileButton")->isEnabled());
        QVERIFY(child<QPushButton>(&f.dialog, "testProfileButton")->isEnabled());
        QTest::mouseClick(child<QPushButton>(&f.dialog, "testProfileButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(testResult(&f.dialog).contains(QStringLiteral("Maria Keller")), 10000);

        // Open hands the id to the app.
        QSignalSpy open(&f.dialog, &ProfileManagerDialog::openRequested);
        QTest::mouseClick(child<QPushButton>(&f.dialog, "openProfileButton"), Qt::LeftButton);
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.first().first().toString(), sandboxProfile.id);

        // A new profile may not take a built-in name.
        f.dialog.show();
        ProfileEditor *editor = clickAdd(f.dialog);
        type(editor, "profileName", QStringLiteral("sandbox"));
        QTest::mouseClick(child<QPushButton>(editor, "saveProfileButton"), Qt::LeftButton);
        QVERIFY(child<QLabel>(editor, "profileNameError")->isVisible());
        editor->close();
    }

    void senseEnterpriseHeaderProfileTests()
    {
        Fixture f;
        f.dialog.show();
        ProfileEditor *editor = clickAdd(f.dialog);
        type(editor, "profileName", QStringLiteral("QSE"));
        child<QComboBox>(editor, "profileKind")->setCurrentIndex(1);
        QCOMPARE(child<QComboBox>(editor, "profileAuth")->currentData().toInt(), int(Profile::Auth::HeaderUser));
        QVERIFY(child<QLineEdit>(editor, "profileUserId")->isVisible());
        QVERIFY(!child<QLineEdit>(editor, "profileApiKey")->isVisible());
        type(editor, "profileUrl", m_sandbox->baseUrl().toString() + QStringLiteral("/api/odag/v1"));
        type(editor, "profileUserDirectory", QString::fromLatin1(sandbox::demo::kUserDirectory));
        type(editor, "profileUserId", QString::fromLatin1(sandbox::demo::kAdminLogin));
        QTest::mouseClick(child<QPushButton>(editor, "testConnectionButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(testResult(editor).contains(QStringLiteral("Connection works")), 10000);
        QVERIFY2(testResult(editor).contains(QStringLiteral("SANDBOX\\mkeller")), qPrintable(testResult(editor)));
        QVERIFY2(testResult(editor).contains(QStringLiteral("ODAG enabled: yes")), qPrintable(testResult(editor)));
        // The service URL pasted whole is cut back to the server.
        QCOMPARE(editor->profile().url, m_sandbox->baseUrl());

        // An unknown user is refused with the server's reason.
        type(editor, "profileUserId", QStringLiteral("nobody"));
        QTest::mouseClick(child<QPushButton>(editor, "testConnectionButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(testResult(editor).contains(QStringLiteral("Connection failed")), 10000);
        QVERIFY2(testResult(editor).contains(QStringLiteral("401")), qPrintable(testResult(editor)));
        editor->close();
    }

    void wrongKeyAndBadInputSaySo()
    {
        Fixture f;
        f.dialog.show();
        ProfileEditor *editor = clickAdd(f.dialog);
        // Nothing typed: errors at the fields, nothing saved.
        type(editor, "profileName", QString());
        QTest::mouseClick(child<QPushButton>(editor, "saveProfileButton"), Qt::LeftButton);
        QVERIFY(child<QLabel>(editor, "profileNameError")->isVisible());
        QVERIFY(child<QLabel>(editor, "profileUrlError")->isVisible());
        QVERIFY(child<QLabel>(editor, "profileApiKeyError")->isVisible());
        QVERIFY(f.store.profiles().isEmpty());

        type(editor, "profileName", QStringLiteral("Wrong"));
        type(editor, "profileUrl", QStringLiteral("ftp://"));
        QTest::mouseClick(child<QPushButton>(editor, "saveProfileButton"), Qt::LeftButton);
        QVERIFY(!child<QLabel>(editor, "profileNameError")->isVisible());
        QVERIFY(child<QLabel>(editor, "profileUrlError")->isVisible());

        type(editor, "profileUrl", m_sandbox->baseUrl().toString());
        type(editor, "profileApiKey", QStringLiteral("not-a-key"));
        QTest::mouseClick(child<QPushButton>(editor, "testConnectionButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(testResult(editor).contains(QStringLiteral("Connection failed")), 10000);
        const QString result = testResult(editor);
        QVERIFY2(result.contains(QStringLiteral("401")) && result.contains(QStringLiteral("Wrong")), qPrintable(result));
        QVERIFY2(!result.contains(QStringLiteral("not-a-key")), qPrintable(result));
        // The typed input is kept after the failure.
        QCOMPARE(child<QLineEdit>(editor, "profileApiKey")->text(), QStringLiteral("not-a-key"));
        editor->close();
    }
};

ODAG_TEST_MAIN(TestProfileManager)
#include "tst_profile_manager.moc"
