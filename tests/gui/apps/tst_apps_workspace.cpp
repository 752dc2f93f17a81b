// The Apps workspace against a real sandbox tenant over HTTP: create, rename, copy, move
// into a space and out, publish to a managed space and republish, change owner and
// delete, each through the real toolbar actions and forms and checked on the server;
// export a demo app to a .qvf and import it back with progress; cancel an export midway;
// and an explanation instead of the page on Qlik Sense Enterprise.

#include "AppsTestCalls.h"
#include "SandboxSession.h"
#include "TestMain.h"
#include "api/AppDataApi.h"
#include "api/AppsApi.h"
#include "gui/apps/AppFormDialog.h"
#include "gui/apps/AppTransferBar.h"
#include "gui/apps/AppsModel.h"
#include "gui/apps/AppsWorkspace.h"
#include "gui/widgets/Dialogs.h"
#include "sandbox/DemoIds.h"
#include "sandbox/FaultInjector.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace odag;

class TestAppsWorkspace : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<test::SandboxSession> m_sandbox;
    std::unique_ptr<gui::TenantSession> m_session;
    QTemporaryDir m_files;

    api::ApiResult<AppInfo> readApp(const QString &id)
    {
        return test::waitFor<AppInfo>([&](QObject *ctx, auto done) {
            api::AppsApi(m_session->transport()).getApp(id, ctx, done);
        });
    }

    static void trigger(gui::AppsWorkspace &ws, const char *action)
    {
        auto *a = ws.findChild<QAction *>(QString::fromLatin1(action));
        QVERIFY2(a, action);
        QTRY_VERIFY2_WITH_TIMEOUT(a->isEnabled(), action, 10000);
        a->trigger();
    }

    // The open form of that name, once shown.
    static gui::AppFormDialog *form(gui::AppsWorkspace &ws, const char *name)
    {
        gui::AppFormDialog *d = nullptr;
        (void)QTest::qWaitFor([&] {
            d = ws.findChild<gui::AppFormDialog *>(QString::fromLatin1(name));
            return d && d->isVisible();
        }, 5000);
        return d;
    }

    static void chooseSpace(gui::AppFormDialog *d, const char *spaceId)
    {
        auto *combo = d->findChild<QComboBox *>(QStringLiteral("appFormSpace"));
        QVERIFY(combo);
        const int i = combo->findData(QString::fromLatin1(spaceId));
        QVERIFY2(i >= 0, spaceId);
        combo->setCurrentIndex(i);
    }

    static void accept(gui::AppFormDialog *d)
    {
        auto *ok = d->findChild<QPushButton *>(QStringLiteral("appFormOk"));
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
    }

    static void setName(gui::AppFormDialog *d, const QString &name)
    {
        auto *edit = d->findChild<QLineEdit *>(QStringLiteral("appFormName"));
        edit->clear();
        QTest::keyClicks(edit, name);
    }

    // The ID of the listed app of that name, once listed.
    static QString listed(gui::AppsWorkspace &ws, const QString &name)
    {
        QString id;
        (void)QTest::qWaitFor([&] {
            for (int r = 0; r < ws.model()->rowCount(); ++r) {
                if (ws.model()->index(r, 0).data().toString() == name)
                    id = ws.model()->index(r, 0).data(gui::AppsModel::AppIdRole).toString();
            }
            return !id.isEmpty();
        }, 10000);
        return id;
    }

    static void select(gui::AppsWorkspace &ws, const QString &id)
    {
        QVERIFY(ws.selectApp(id));
        // The details (and the actions' privileges) come from GET /apps/{id}.
        QTRY_COMPARE_WITH_TIMEOUT(ws.findChild<QLabel *>(QStringLiteral("appDetailsId"))->text(), id, 10000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        gui::dialogs::setSuppressMessages(true);
        m_sandbox = std::make_unique<test::SandboxSession>();
        QVERIFY2(m_sandbox->ok(), qPrintable(m_sandbox->errorString()));
        m_session = m_sandbox->cloud();
    }

    void manageAnAppThroughItsLife()
    {
        gui::AppsWorkspace ws(m_session.get());
        QAbstractItemModelTester t1(ws.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(ws.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        ws.resize(1200, 800);
        ws.show();
        QTRY_VERIFY_WITH_TIMEOUT(ws.hasLoaded(), 10000);
        QVERIFY(ws.model()->rowCount() > 5);

        // Create.
        trigger(ws, "appsNew");
        auto *create = form(ws, "createAppDialog");
        QVERIFY(create);
        setName(create, QStringLiteral("Apps test original"));
        accept(create);
        const QString id = listed(ws, QStringLiteral("Apps test original"));
        QVERIFY(!id.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(ws.currentAppId(), id, 10000);
        auto created = readApp(id);
        ODAG_VERIFY_OK(created);
        QVERIFY(created->spaceId.isEmpty());

        // Rename in the Details tab.
        select(ws, id);
        auto *name = ws.findChild<QLineEdit *>(QStringLiteral("appDetailsName"));
        name->clear();
        QTest::keyClicks(name, QStringLiteral("Apps test renamed"));
        QTest::mouseClick(ws.findChild<QPushButton *>(QStringLiteral("appDetailsSave")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(ws.model()->index(ws.model()->rowOf(id), 0).data().toString(),
                                  QStringLiteral("Apps test renamed"), 10000);
        QCOMPARE(readApp(id)->name, QStringLiteral("Apps test renamed"));

        // Copy into a shared space.
        trigger(ws, "appsCopy");
        auto *copy = form(ws, "copyAppDialog");
        QVERIFY(copy);
        setName(copy, QStringLiteral("Apps test copy"));
        chooseSpace(copy, sandbox::demo::kSpaceSalesDev);
        accept(copy);
        const QString copyId = listed(ws, QStringLiteral("Apps test copy"));
        QVERIFY(!copyId.isEmpty());
        QCOMPARE(readApp(copyId)->spaceId, QString::fromLatin1(sandbox::demo::kSpaceSalesDev));

        // Move into a space and out again.
        select(ws, id);
        trigger(ws, "appsMove");
        auto *move = form(ws, "moveAppDialog");
        QVERIFY(move);
        chooseSpace(move, sandbox::demo::kSpaceFinance);
        accept(move);
        QTRY_COMPARE_WITH_TIMEOUT(ws.model()->index(ws.model()->rowOf(id), 0).data(gui::AppsModel::SpaceIdRole).toString(),
                                  QString::fromLatin1(sandbox::demo::kSpaceFinance), 10000);
        QCOMPARE(readApp(id)->spaceId, QString::fromLatin1(sandbox::demo::kSpaceFinance));
        select(ws, id);
        gui::dialogs::setNextAnswer(QMessageBox::Yes);
        trigger(ws, "appsRemoveFromSpace");
        QTRY_VERIFY_WITH_TIMEOUT(ws.model()->index(ws.model()->rowOf(id), 0).data(gui::AppsModel::SpaceIdRole).toString().isEmpty(), 10000);
        QVERIFY(readApp(id)->spaceId.isEmpty());

        // Publish to the managed space, then republish a changed script.
        select(ws, id);
        trigger(ws, "appsPublish");
        auto *publish = form(ws, "publishAppDialog");
        QVERIFY(publish);
        setName(publish, QStringLiteral("Apps test published"));
        chooseSpace(publish, sandbox::demo::kSpaceSalesProd);
        accept(publish);
        const QString publishedId = listed(ws, QStringLiteral("Apps test published"));
        QVERIFY(!publishedId.isEmpty());
        auto published = readApp(publishedId);
        ODAG_VERIFY_OK(published);
        QVERIFY(published->isPublished());
        QCOMPARE(published->spaceId, QString::fromLatin1(sandbox::demo::kSpaceSalesProd));
        QCOMPARE(published->originAppId, id);

        AppScriptSet changed;
        changed.script = QStringLiteral("LOAD 1 AS Republished AUTOGENERATE 1;");
        ODAG_VERIFY_OK((test::waitFor<std::optional<AppScript>>([&](QObject *ctx, auto done) {
            api::AppDataApi(m_session->transport()).setScript(id, changed, ctx, done);
        })));
        select(ws, id);
        trigger(ws, "appsRepublish");
        auto *republish = form(ws, "republishAppDialog");
        QVERIFY(republish);
        chooseSpace(republish, sandbox::demo::kSpaceSalesProd);
        accept(republish);
        QVERIFY(QTest::qWaitFor([&] {
            auto s = test::waitFor<AppScript>([&](QObject *ctx, auto done) {
                api::AppDataApi(m_session->transport()).getScript(publishedId, QStringLiteral("current"), ctx, done);
            });
            return s.ok() && s->script == changed.script;
        }, 10000));

        // Change owner.
        select(ws, id);
        trigger(ws, "appsChangeOwner");
        auto *owner = form(ws, "ownerAppDialog");
        QVERIFY(owner);
        QTest::keyClicks(owner->findChild<QLineEdit *>(QStringLiteral("appFormOwner")),
                         QString::fromLatin1(sandbox::demo::kAuthorId));
        accept(owner);
        QTRY_COMPARE_WITH_TIMEOUT(ws.model()->index(ws.model()->rowOf(id), 0).data(gui::AppsModel::OwnerIdRole).toString(),
                                  QString::fromLatin1(sandbox::demo::kAuthorId), 10000);
        QCOMPARE(readApp(id)->ownerId, QString::fromLatin1(sandbox::demo::kAuthorId));

        // Delete the copy.
        select(ws, copyId);
        gui::dialogs::setNextAnswer(QMessageBox::Yes);
        trigger(ws, "appsDelete");
        QTRY_COMPARE_WITH_TIMEOUT(ws.model()->rowOf(copyId), -1, 10000);
        auto gone = readApp(copyId);
        QVERIFY(!gone.ok());
        QCOMPARE(gone.error().httpStatus, 404);
    }

    void exportAndImportBack()
    {
        gui::AppsWorkspace ws(m_session.get());
        QAbstractItemModelTester t1(ws.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(ws.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        ws.resize(1200, 800);
        ws.show();
        QTRY_VERIFY_WITH_TIMEOUT(ws.hasLoaded(), 10000);
        auto *bar = ws.findChild<gui::AppTransferBar *>(QStringLiteral("appTransferBar"));
        QVERIFY(bar);
        QSignalSpy progress(bar, &gui::AppTransferBar::progressed);
        QSignalSpy exported(bar, &gui::AppTransferBar::exported);
        QSignalSpy imported(bar, &gui::AppTransferBar::imported);

        const QString source = QString::fromLatin1(sandbox::demo::kAppSalesTemplate);
        select(ws, source);
        const QString path = m_files.filePath(QStringLiteral("sales.qvf"));
        gui::dialogs::setNextFileName(path);
        trigger(ws, "appsExport");
        QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 1, 10000);
        QVERIFY(progress.size() > 0);
        QVERIFY(QFile(path).size() > 0);
        QVERIFY(bar->isHidden());

        progress.clear();
        gui::dialogs::setNextFileName(path);
        trigger(ws, "appsImport");
        auto *import = form(ws, "importAppDialog");
        QVERIFY(import);
        setName(import, QStringLiteral("Imported sales template"));
        chooseSpace(import, sandbox::demo::kSpaceSalesDev);
        accept(import);
        QTRY_COMPARE_WITH_TIMEOUT(imported.size(), 1, 10000);
        QVERIFY(progress.size() > 0);
        const QString newId = listed(ws, QStringLiteral("Imported sales template"));
        QVERIFY(!newId.isEmpty());
        QVERIFY(newId != source);
        auto app = readApp(newId);
        ODAG_VERIFY_OK(app);
        QCOMPARE(app->spaceId, QString::fromLatin1(sandbox::demo::kSpaceSalesDev));
        const auto script = [&](const QString &id) {
            return test::waitFor<AppScript>([&](QObject *ctx, auto done) {
                api::AppDataApi(m_session->transport()).getScript(id, QStringLiteral("current"), ctx, done);
            });
        };
        auto imported_script = script(newId);
        ODAG_VERIFY_OK(imported_script);
        QVERIFY(imported_script->script.value_or(QString()).contains(QStringLiteral("$(odso_Region)")));
        QCOMPARE(imported_script->script, script(source)->script);
    }

    void cancelAnExportMidway()
    {
        gui::AppsWorkspace ws(m_session.get());
        ws.resize(1200, 800);
        ws.show();
        QTRY_VERIFY_WITH_TIMEOUT(ws.hasLoaded(), 10000);
        auto *bar = ws.findChild<gui::AppTransferBar *>(QStringLiteral("appTransferBar"));
        QSignalSpy canceled(bar, &gui::AppTransferBar::canceled);
        QSignalSpy exported(bar, &gui::AppTransferBar::exported);

        // The download answers slowly: there is time to cancel it.
        auto rules = sandbox::FaultInjector::parseSpec(QStringLiteral("delay=5000:1:/api/v1/temp-contents/*"));
        QVERIFY(rules.ok());
        m_sandbox->server().faults().setRules(rules.value());

        select(ws, QString::fromLatin1(sandbox::demo::kAppFlightsTemplate));
        const QString path = m_files.filePath(QStringLiteral("cancelled.qvf"));
        gui::dialogs::setNextFileName(path);
        trigger(ws, "appsExport");
        auto *text = bar->findChild<QLabel *>(QStringLiteral("appTransferText"));
        QTRY_VERIFY_WITH_TIMEOUT(text->text().startsWith(QStringLiteral("Downloading")), 10000);
        QVERIFY(bar->isVisible());
        QVERIFY(QFile::exists(path));
        QTest::mouseClick(bar->findChild<QPushButton *>(QStringLiteral("appTransferCancel")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(canceled.size(), 1, 10000);
        QCOMPARE(exported.size(), 0);
        QVERIFY(!QFile::exists(path));
        QVERIFY(bar->isHidden());
        m_sandbox->server().faults().clear();
    }

    void senseEnterpriseExplains()
    {
        auto qse = m_sandbox->senseEnterprise();
        gui::AppsWorkspace ws(qse.get());
        ws.show();
        QTRY_VERIFY_WITH_TIMEOUT(ws.hasLoaded(), 10000);
        auto *text = ws.findChild<QLabel *>(QStringLiteral("appsUnsupported"));
        QVERIFY(text);
        QVERIFY(text->isVisible());
        QVERIFY(!ws.findChild<QAction *>(QStringLiteral("appsNew")));
    }
};

ODAG_TEST_MAIN(TestAppsWorkspace)
#include "tst_apps_workspace.moc"
