// SpacesModel against a real sandbox over HTTP: reads the spaces page by page through
// fetchMore (a small page size over more spaces than fit one page), re-queries on the
// server for the type, name and owner filters, and changes rows in place for a created,
// edited or deleted space.

#include "SandboxSession.h"
#include "TestMain.h"
#include "api/SpacesApi.h"
#include "gui/spaces/SpacesModel.h"
#include "sandbox/DemoIds.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>

using namespace odag;

class TestSpacesModel : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<test::SandboxSession> m_sandbox;
    std::unique_ptr<gui::TenantSession> m_session;

    // Runs one typed call to the end and hands back its result.
    template <class T, class Start>
    std::optional<api::ApiResult<T>> call(Start start)
    {
        std::optional<api::ApiResult<T>> out;
        start([&out](const api::ApiResult<T> &r) { out = r; });
        // A call that never answers leaves the result empty; the caller fails on that.
        static_cast<void>(QTest::qWaitFor([&out] { return out.has_value(); }, 10000));
        return out;
    }

    Space createSpace(const QString &name, SpaceType type)
    {
        SpaceCreate c;
        c.name = name;
        c.type = type;
        auto r = call<Space>([&](api::Callback<Space> done) {
            api::SpacesApi(m_session->transport()).createSpace(c, this, done);
        });
        return r && r->ok() ? r->value() : Space{};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_sandbox = std::make_unique<test::SandboxSession>(test::SandboxSession::demoOptions(1.0));
        QVERIFY2(m_sandbox->ok(), qPrintable(m_sandbox->errorString()));
        m_session = m_sandbox->cloud();
        for (int i = 1; i <= 8; ++i)
            QVERIFY(createSpace(QStringLiteral("Paging %1").arg(i), SpaceType::Shared).id);
    }

    void pagesThroughFetchMore()
    {
        gui::SpacesModel model(m_session.get());
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(gui::SpacesModel::SortRole);
        proxy.sort(gui::SpacesModel::Name);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy pages(&model, &gui::SpacesModel::pageLoaded);
        model.setPageSize(5);
        model.reload();
        QTRY_VERIFY_WITH_TIMEOUT(pages.size() >= 1, 10000);
        QVERIFY(model.totalCount() >= 13); // 5 demo spaces + 8 made here
        const qint64 total = model.totalCount();
        // The view (here the model tester, like a scrolling view) asks for more pages
        // through the proxy; each answer appends one page.
        while (proxy.canFetchMore({}) || model.isLoading()) {
            if (!model.isLoading())
                proxy.fetchMore({});
            QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10000);
        }
        QCOMPARE(model.rowCount(), int(total));
        QCOMPARE(pages.size(), int((total + 4) / 5));
        // No space twice.
        QSet<QString> ids;
        for (int i = 0; i < model.rowCount(); ++i)
            ids.insert(model.data(model.index(i, 0), gui::SpacesModel::IdRole).toString());
        QCOMPARE(ids.size(), model.rowCount());
        // The sort role sorts the raw value: names case-insensitively.
        QCOMPARE(proxy.data(proxy.index(0, gui::SpacesModel::Name)).toString(), QStringLiteral("Data Lake"));
    }

    void filtersQueryTheServer()
    {
        gui::SpacesModel model(m_session.get());
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy pages(&model, &gui::SpacesModel::pageLoaded);

        gui::SpacesModel::Filter f;
        f.type = QStringLiteral("managed");
        model.setFilter(f);
        QTRY_COMPARE_WITH_TIMEOUT(pages.size(), 1, 10000);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.spaceAt(0)->id.value_or(QString()), QString::fromLatin1(sandbox::demo::kSpaceSalesProd));
        QCOMPARE(model.data(model.index(0, gui::SpacesModel::Type)).toString(), QStringLiteral("Managed"));

        f = {};
        f.name = QStringLiteral("paging");
        model.setPageSize(5);
        model.setFilter(f);
        QTRY_VERIFY_WITH_TIMEOUT(pages.size() >= 2, 10000);
        QCOMPARE(model.totalCount(), qint64(8));
        while (model.canFetchMore({}) || model.isLoading()) {
            if (!model.isLoading())
                model.fetchMore({});
            QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10000);
        }
        QCOMPARE(model.rowCount(), 8);
        QCOMPARE(pages.size(), 3); // the managed query, then two pages of five
        for (int i = 0; i < model.rowCount(); ++i)
            QVERIFY(model.spaceAt(i)->name.value_or(QString()).startsWith(QStringLiteral("Paging")));

        f = {};
        f.ownerId = QString::fromLatin1(sandbox::demo::kAuthorId);
        model.setPageSize(100);
        model.setFilter(f);
        QTRY_COMPARE_WITH_TIMEOUT(pages.size(), 4, 10000);
        QVERIFY(!model.canFetchMore({}));
        QVERIFY(model.rowCount() > 0);
        for (int i = 0; i < model.rowCount(); ++i)
            QCOMPARE(model.spaceAt(i)->ownerId.value_or(QString()), QString::fromLatin1(sandbox::demo::kAuthorId));

        // A filter the server refuses is reported, not swallowed.
        int failedStatus = 0;
        connect(&model, &gui::SpacesModel::loadFailed, this,
                [&failedStatus](const api::ApiError &e) { failedStatus = e.httpStatus; });
        f = {};
        f.type = QStringLiteral("galaxy");
        model.setFilter(f);
        QTRY_COMPARE_WITH_TIMEOUT(failedStatus, 400, 10000);
        QCOMPARE(model.rowCount(), 0);
    }

    void changesUpdateRowsInPlace()
    {
        gui::SpacesModel model(m_session.get());
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QTRY_VERIFY_WITH_TIMEOUT(model.hasLoadedOnce() && !model.isLoading(), 10000);
        const int before = model.rowCount();
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        Space made = createSpace(QStringLiteral("In place"), SpaceType::Data);
        QVERIFY(made.id);
        model.upsert(made);
        QCOMPARE(model.rowCount(), before + 1);
        made.description = QStringLiteral("now described");
        model.upsert(made);
        QCOMPARE(model.rowCount(), before + 1);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.data(model.index(model.rowOf(*made.id), gui::SpacesModel::Description)).toString(),
                 QStringLiteral("now described"));
        model.removeSpace(*made.id);
        QCOMPARE(model.rowCount(), before);
        QCOMPARE(resets.size(), 0);
    }
};

ODAG_TEST_MAIN(TestSpacesModel)
#include "tst_spaces_model.moc"
