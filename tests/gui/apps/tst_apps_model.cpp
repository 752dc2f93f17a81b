// AppsModel against a real sandbox tenant: pages through /api/v1/items with a small page
// size (fetchMore), filters on the server by name, space and owner, and takes edits in
// place without a reset.

#include "AppsTestCalls.h"
#include "SandboxSession.h"
#include "TestMain.h"
#include "api/ItemsApi.h"
#include "gui/apps/AppsModel.h"
#include "sandbox/DemoIds.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>

using namespace odag;

class TestAppsModel : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<test::SandboxSession> m_sandbox;
    std::unique_ptr<gui::TenantSession> m_session;

    // Reads every page the model offers.
    static void fetchAll(gui::AppsModel &model)
    {
        while (true) {
            QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10000);
            if (!model.canFetchMore({}))
                return;
            model.fetchMore({});
        }
    }

    QList<Item> allApps()
    {
        auto r = test::waitFor<QList<Item>>([this](QObject *ctx, auto done) {
            api::ItemsApi(m_session->transport()).listAllItems({}, ctx, {}, done);
        });
        return r.ok() ? r.value() : QList<Item>{};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_sandbox = std::make_unique<test::SandboxSession>();
        QVERIFY2(m_sandbox->ok(), qPrintable(m_sandbox->errorString()));
        m_session = m_sandbox->cloud();
    }

    void pagesThroughEveryApp()
    {
        gui::AppsModel model(m_session->transport());
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(gui::AppsModel::SortRole);
        QAbstractItemModelTester t1(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy pages(&model, &gui::AppsModel::pageLoaded);
        // The demo tenant generates and deletes ODAG apps meanwhile: compare with the
        // apps listed both before and after the model read them.
        QSet<QString> before;
        for (const Item &item : allApps())
            before.insert(item.appId());
        QVERIFY(before.size() > 20);
        // (The testers fetch more themselves, as a view would.)
        model.setPageSize(10);
        model.load({});
        QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() >= 10, 10000);
        fetchAll(model);
        QSet<QString> after;
        for (const Item &item : allApps())
            after.insert(item.appId());
        for (const QString &id : before & after)
            QVERIFY2(model.rowOf(id) >= 0, qPrintable(id));
        for (int r = 0; r < model.rowCount(); ++r) {
            const QString id = model.index(r, 0).data(gui::AppsModel::AppIdRole).toString();
            QVERIFY2(before.contains(id) || after.contains(id), qPrintable(id));
        }
        QVERIFY(pages.size() >= int((before.size() + 9) / 10) - 1);
        for (const QList<QVariant> &page : std::as_const(pages))
            QVERIFY(page.at(0).toInt() <= 10);

        // Sorting by the raw value of "Updated" orders ISO timestamps.
        proxy.sort(gui::AppsModel::UpdatedColumn, Qt::DescendingOrder);
        for (int r = 1; r < proxy.rowCount(); ++r) {
            QVERIFY(proxy.index(r - 1, gui::AppsModel::UpdatedColumn).data(gui::AppsModel::SortRole).toString() >=
                    proxy.index(r, gui::AppsModel::UpdatedColumn).data(gui::AppsModel::SortRole).toString());
        }
    }

    void filtersOnTheServer()
    {
        gui::AppsModel model(m_session->transport());
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester t1(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(5);

        gui::AppsModel::Filter byName;
        byName.name = QStringLiteral("sales");
        model.load(byName);
        fetchAll(model);
        QVERIFY(model.rowCount() >= 3);
        for (int r = 0; r < model.rowCount(); ++r)
            QVERIFY(model.index(r, 0).data().toString().contains(QStringLiteral("sales"), Qt::CaseInsensitive));

        gui::AppsModel::Filter bySpace;
        bySpace.spaceId = QString::fromLatin1(sandbox::demo::kSpaceFinance);
        model.load(bySpace);
        fetchAll(model);
        QVERIFY(model.rowCount() >= 2);
        QVERIFY(model.rowOf(QString::fromLatin1(sandbox::demo::kAppBudgetActuals)) >= 0);
        for (int r = 0; r < model.rowCount(); ++r)
            QCOMPARE(model.index(r, 0).data(gui::AppsModel::SpaceIdRole).toString(), bySpace.spaceId);

        gui::AppsModel::Filter byOwner;
        byOwner.ownerId = QString::fromLatin1(sandbox::demo::kAuthorId);
        model.load(byOwner);
        fetchAll(model);
        QVERIFY(model.rowCount() >= 2);
        QVERIFY(model.rowOf(QString::fromLatin1(sandbox::demo::kAppPricingScratchpad)) >= 0);
        for (int r = 0; r < model.rowCount(); ++r)
            QCOMPARE(model.index(r, 0).data(gui::AppsModel::OwnerIdRole).toString(), byOwner.ownerId);
    }

    void updatesInPlace()
    {
        gui::AppsModel model(m_session->transport());
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester t1(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.load({});
        fetchAll(model);
        const int rows = model.rowCount();
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setSpaceNames({{QString::fromLatin1(sandbox::demo::kSpaceFinance), QStringLiteral("Finance team")}});
        const QString budget = QString::fromLatin1(sandbox::demo::kAppBudgetActuals);
        QCOMPARE(model.index(model.rowOf(budget), gui::AppsModel::SpaceColumn).data().toString(),
                 QStringLiteral("Finance team"));

        // An edit comes back as the app's new attributes.
        AppInfo app;
        app.id = budget;
        app.name = QStringLiteral("Budget renamed");
        app.ownerId = model.index(model.rowOf(budget), 0).data(gui::AppsModel::OwnerIdRole).toString();
        app.spaceId = QString::fromLatin1(sandbox::demo::kSpaceFinance);
        changed.clear();
        model.applyApp(app);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.rowCount(), rows);
        QCOMPARE(model.index(model.rowOf(budget), gui::AppsModel::NameColumn).data().toString(), app.name);

        AppInfo added;
        added.id = QStringLiteral("new-app-id");
        added.name = QStringLiteral("Fresh app");
        model.addApp(added);
        QCOMPARE(model.rowCount(), rows + 1);
        QCOMPARE(model.index(model.rowOf(added.id), gui::AppsModel::SpaceColumn).data().toString(),
                 QStringLiteral("Personal"));
        model.removeApp(added.id);
        QCOMPARE(model.rowCount(), rows);
        QCOMPARE(resets.size(), 0);
    }
};

ODAG_TEST_MAIN(TestAppsModel)
#include "tst_apps_model.moc"
