// The health workspace's table models follow a new server answer with removes, inserts
// and dataChanged only (never a reset), under QAbstractItemModelTester, and sort on raw
// values through a proxy.

#include "TestMain.h"
#include "gui/health/EngineSessionModel.h"
#include "gui/health/OdagAppListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>

using namespace odag;
using Tester = QAbstractItemModelTester;

namespace {
AppStateCondensed app(const char *id, const char *name)
{
    return AppStateCondensed{QString::fromLatin1(id), QString::fromLatin1(name), {}};
}

QStringList ids(const gui::OdagAppListModel &model)
{
    QStringList out;
    for (const AppStateCondensed &a : model.rows())
        out << a.id;
    return out;
}
} // namespace

class TestHealthModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void appListFollowsTheServerWithoutReset()
    {
        gui::OdagAppListModel model;
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(gui::OdagAppListModel::SortRole);
        proxy.sort(gui::OdagAppListModel::NameColumn);
        Tester t1(&model, Tester::FailureReportingMode::QtTest);
        Tester t2(&proxy, Tester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removes(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);

        model.setRows(
            {app("a", "Sales"), app("b", "claims"), app("c", "Flights"), app("d", "Budget")});
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(inserts.count(), 1); // one batch
        // Sorted case-insensitively by name through the raw sort role.
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("Budget"));
        QCOMPARE(proxy.index(1, 0).data().toString(), QStringLiteral("claims"));

        // b and c go (one contiguous range), a is renamed, e is new.
        model.setRows({app("a", "Sales 2026"), app("d", "Budget"), app("e", "Audit")});
        QCOMPARE(ids(model),
                 (QStringList{QStringLiteral("a"), QStringLiteral("d"), QStringLiteral("e")}));
        QCOMPARE(removes.count(), 1);
        QCOMPARE(changes.count(), 1);
        QCOMPARE(inserts.count(), 2);
        QCOMPARE(model.index(0, gui::OdagAppListModel::NameColumn).data().toString(),
                 QStringLiteral("Sales 2026"));
        QCOMPARE(model.index(0, gui::OdagAppListModel::IdColumn).data().toString(),
                 QStringLiteral("a"));

        // The same answer again changes nothing.
        model.setRows({app("a", "Sales 2026"), app("d", "Budget"), app("e", "Audit")});
        QCOMPARE(removes.count(), 1);
        QCOMPARE(changes.count(), 1);
        QCOMPARE(inserts.count(), 2);

        // Rows apart from each other go in separate ranges.
        model.setRows({app("d", "Budget")});
        QCOMPARE(ids(model), QStringList{QStringLiteral("d")});
        QCOMPARE(removes.count(), 3);
        model.setRows({});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(model.headerData(gui::OdagAppListModel::NameColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Name"));
    }

    void sessionsSortOnRawValues()
    {
        gui::EngineSessionModel model;
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(gui::EngineSessionModel::SortRole);
        Tester t1(&model, Tester::FailureReportingMode::QtTest);
        Tester t2(&proxy, Tester::FailureReportingMode::QtTest);

        auto session = [](const char *id, const char *user, qint64 ttl) {
            EngineSession s;
            s.sessionid = QString::fromLatin1(id);
            s.userid = QString::fromLatin1(user);
            s.appid = QString();
            s.ttl = ttl;
            s.state = OpenEnum<EngineSessionState>(EngineSessionState::Active);
            return s;
        };
        model.setRows({session("s1", "u1", 100), session("s2", "u2", 9), session("s3", "u3", 30)});
        proxy.sort(gui::EngineSessionModel::TtlColumn);
        // 9 < 30 < 100 as numbers, not as text.
        QCOMPARE(proxy.index(0, gui::EngineSessionModel::UserColumn).data().toString(),
                 QStringLiteral("u2"));
        QCOMPARE(proxy.index(2, gui::EngineSessionModel::UserColumn).data().toString(),
                 QStringLiteral("u1"));
        QCOMPARE(model.index(0, gui::EngineSessionModel::AppColumn).data().toString(),
                 QStringLiteral("—"));
        QCOMPARE(model.index(0, gui::EngineSessionModel::StateColumn).data().toString(),
                 QStringLiteral("Active"));

        EngineSession stalled = session("s2", "u2", 9);
        stalled.state = OpenEnum<EngineSessionState>(EngineSessionState::Stalled);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        model.setRows({session("s1", "u1", 100), stalled, session("s3", "u3", 30)});
        QCOMPARE(changes.count(), 1);
        QCOMPARE(model.index(1, gui::EngineSessionModel::StateColumn).data().toString(),
                 QStringLiteral("Stalled"));
    }
};

ODAG_TEST_MAIN(TestHealthModels)
#include "tst_health_models.moc"
