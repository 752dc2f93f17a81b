// The links table model and its filter proxy, on hand-made link records: every column,
// the raw sort role, each filter, and refreshes that change, add and remove links in
// place without ever resetting the model.

#include "TestMain.h"
#include "gui/links/LinksFilterProxy.h"
#include "gui/links/LinksModel.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QSignalSpy>
#include <QStandardPaths>

using namespace odag;
using gui::LinksFilterProxy;
using gui::LinksModel;
using gui::LinkRecord;

namespace {
LinkRecord record(const QString &id, const QString &name, LinkStatus status, const QString &owner,
                  const QString &selectionApp, bool view, const QString &modified)
{
    LinkRecord r;
    r.link.id = id;
    r.link.name = name;
    r.link.status = status;
    r.link.owner.id = owner + QStringLiteral("-id");
    r.link.owner.name = owner;
    r.link.templateApp = AppStateCondensed{QStringLiteral("tmpl-") + selectionApp, QStringLiteral("Template ") + selectionApp, {}};
    r.link.dynamicView = view;
    r.link.createdDate = DateTime::fromRaw(QStringLiteral("2026-01-01T00:00:00.000Z"));
    r.link.modifiedDate = DateTime::fromRaw(modified);
    r.selectionAppId = QStringLiteral("sel-") + selectionApp;
    r.selectionAppName = QStringLiteral("Selection ") + selectionApp;
    return r;
}

QList<LinkRecord> demo()
{
    return {record(QStringLiteral("a1"), QStringLiteral("Sales details"), LinkStatus::Active, QStringLiteral("Jonas"),
                   QStringLiteral("Sales"), false, QStringLiteral("2026-03-01T10:00:00.000Z")),
            record(QStringLiteral("b2"), QStringLiteral("Sales view"), LinkStatus::Disabled, QStringLiteral("Jonas"),
                   QStringLiteral("Sales"), true, QStringLiteral("2026-01-15T10:00:00.000Z")),
            record(QStringLiteral("c3"), QStringLiteral("Flights legacy"), LinkStatus::Decommissioned,
                   QStringLiteral("Maria"), QStringLiteral("Flights"), false, QStringLiteral("2025-12-01T10:00:00.000Z")),
            record(QStringLiteral("d4"), QStringLiteral("Claims draft"), LinkStatus::Incomplete, QStringLiteral("Aiko"),
                   QStringLiteral("Claims"), false, QStringLiteral("2026-02-01T10:00:00.000Z"))};
}

QStringList names(const QAbstractItemModel &m)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out << m.index(r, LinksModel::NameColumn).data().toString();
    return out;
}
} // namespace

class TestLinksModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void columnsAndRoles()
    {
        LinksModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLinks(demo());
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(LinksModel::ColumnCount));
        for (int c = 0; c < LinksModel::ColumnCount; ++c)
            QVERIFY(!model.headerData(c, Qt::Horizontal).toString().isEmpty());

        const int row = model.rowOf(QStringLiteral("b2"));
        auto at = [&](int column, int role = Qt::DisplayRole) { return model.index(row, column).data(role); };
        QCOMPARE(at(LinksModel::NameColumn).toString(), QStringLiteral("Sales view"));
        QCOMPARE(at(LinksModel::StatusColumn).toString(), QStringLiteral("Disabled"));
        QVERIFY(!at(LinksModel::StatusColumn, Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(at(LinksModel::StatusColumn, LinksModel::SortRole).toString(), QStringLiteral("disabled"));
        QCOMPARE(at(LinksModel::SelectionAppColumn).toString(), QStringLiteral("Selection Sales"));
        QVERIFY(at(LinksModel::SelectionAppColumn, Qt::ToolTipRole).toString().contains(QStringLiteral("sel-Sales")));
        QCOMPARE(at(LinksModel::TemplateAppColumn).toString(), QStringLiteral("Template Sales"));
        QVERIFY(at(LinksModel::TemplateAppColumn, Qt::ToolTipRole).toString().contains(QStringLiteral("tmpl-Sales")));
        QCOMPARE(at(LinksModel::OwnerColumn).toString(), QStringLiteral("Jonas"));
        // Modified: local time for people, the raw ISO string for sorting.
        const QDateTime local = QDateTime::fromString(QStringLiteral("2026-01-15T10:00:00.000Z"), Qt::ISODateWithMs).toLocalTime();
        QCOMPARE(at(LinksModel::ModifiedColumn).toString(), QLocale().toString(local, QLocale::ShortFormat));
        QCOMPARE(at(LinksModel::ModifiedColumn, LinksModel::SortRole).toString(), QStringLiteral("2026-01-15T10:00:00.000Z"));
        QCOMPARE(at(LinksModel::DynamicViewColumn).toString(), QStringLiteral("Yes"));
        QCOMPARE(at(LinksModel::DynamicViewColumn, LinksModel::SortRole).toBool(), true);
        // Pending: "…" until counted, then the count (an integer to sort on).
        QCOMPARE(at(LinksModel::PendingColumn).toString(), QStringLiteral("…"));
        model.setPendingCounts({{QStringLiteral("b2"), 3}});
        QCOMPARE(at(LinksModel::PendingColumn).toString(), QStringLiteral("3"));
        QCOMPARE(at(LinksModel::PendingColumn, LinksModel::SortRole).toInt(), 3);
        QCOMPARE(at(0, LinksModel::IdRole).toString(), QStringLiteral("b2"));
        QVERIFY(at(0, LinksModel::SearchTextRole).toString().contains(QStringLiteral("sel-sales")));
    }

    void sortsOnRawValues()
    {
        LinksModel model;
        LinksFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester t1(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLinks(demo());
        model.setPendingCounts({{QStringLiteral("a1"), 10}, {QStringLiteral("b2"), 2}, {QStringLiteral("c3"), 0},
                                {QStringLiteral("d4"), 1}});

        proxy.sort(LinksModel::NameColumn, Qt::AscendingOrder);
        QCOMPARE(names(proxy), (QStringList{QStringLiteral("Claims draft"), QStringLiteral("Flights legacy"),
                                            QStringLiteral("Sales details"), QStringLiteral("Sales view")}));
        proxy.sort(LinksModel::ModifiedColumn, Qt::AscendingOrder);
        QCOMPARE(names(proxy).first(), QStringLiteral("Flights legacy"));
        QCOMPARE(names(proxy).last(), QStringLiteral("Sales details"));
        // 10 > 2 as numbers (as text "10" < "2").
        proxy.sort(LinksModel::PendingColumn, Qt::DescendingOrder);
        QCOMPARE(names(proxy).first(), QStringLiteral("Sales details"));
        QCOMPARE(names(proxy).at(1), QStringLiteral("Sales view"));
        proxy.sort(LinksModel::StatusColumn, Qt::AscendingOrder);
        QCOMPARE(names(proxy).first(), QStringLiteral("Sales details")); // active
        for (int c = 0; c < LinksModel::ColumnCount; ++c) {
            proxy.sort(c, Qt::DescendingOrder);
            QCOMPARE(proxy.rowCount(), 4);
        }
    }

    void filters()
    {
        LinksModel model;
        LinksFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester t1(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLinks(demo());
        proxy.sort(LinksModel::NameColumn);

        proxy.setText(QStringLiteral("sales"));
        QCOMPARE(names(proxy), (QStringList{QStringLiteral("Sales details"), QStringLiteral("Sales view")}));
        proxy.setText(QStringLiteral("SALES VIEW"));
        QCOMPARE(names(proxy), QStringList{QStringLiteral("Sales view")});
        proxy.setText(QStringLiteral("c3")); // an ID
        QCOMPARE(names(proxy), QStringList{QStringLiteral("Flights legacy")});
        proxy.setText(QStringLiteral("aiko")); // the owner
        QCOMPARE(names(proxy), QStringList{QStringLiteral("Claims draft")});
        proxy.setText(QStringLiteral("template flights")); // an app name
        QCOMPARE(names(proxy), QStringList{QStringLiteral("Flights legacy")});
        proxy.setText({});
        QCOMPARE(proxy.rowCount(), 4);

        proxy.setStatus(QStringLiteral("incomplete"));
        QCOMPARE(names(proxy), QStringList{QStringLiteral("Claims draft")});
        proxy.setStatus({});

        proxy.setOwnerId(QStringLiteral("Jonas-id"));
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setOwnerId({});

        proxy.setSelectionAppId(QStringLiteral("sel-Flights"));
        QCOMPARE(names(proxy), QStringList{QStringLiteral("Flights legacy")});
        proxy.setSelectionAppId({});

        proxy.setTypeFilter(LinksFilterProxy::TypeFilter::DynamicViews);
        QCOMPARE(names(proxy), QStringList{QStringLiteral("Sales view")});
        proxy.setTypeFilter(LinksFilterProxy::TypeFilter::Links);
        QCOMPARE(proxy.rowCount(), 3);
        proxy.setTypeFilter(LinksFilterProxy::TypeFilter::All);

        // Filters combine.
        proxy.setOwnerId(QStringLiteral("Jonas-id"));
        proxy.setStatus(QStringLiteral("active"));
        QCOMPARE(names(proxy), QStringList{QStringLiteral("Sales details")});
    }

    void refreshUpdatesInPlace()
    {
        LinksModel model;
        LinksFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester t1(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy proxyResets(&proxy, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        model.setLinks(demo());
        model.setPendingCounts({{QStringLiteral("a1"), 4}});
        QCOMPARE(inserted.count(), 1); // one batch
        const QPersistentModelIndex sales(model.index(model.rowOf(QStringLiteral("a1")), 0));
        inserted.clear();
        changed.clear();

        // Second load: a1 renamed (its count kept while recounting), c3 gone, e5 new.
        QList<LinkRecord> next = demo();
        next[0].link.name = QStringLiteral("Sales details (renamed)");
        next.removeAt(2);
        next.push_back(record(QStringLiteral("e5"), QStringLiteral("New link"), LinkStatus::Active, QStringLiteral("Maria"),
                              QStringLiteral("Claims"), false, QStringLiteral("2026-04-01T10:00:00.000Z")));
        model.setLinks(next);

        QCOMPARE(resets.count(), 0);
        QCOMPARE(proxyResets.count(), 0);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(inserted.count(), 1);
        QVERIFY(changed.count() >= 1);
        QCOMPARE(model.rowCount(), 4);
        QVERIFY(sales.isValid());
        QCOMPARE(sales.data().toString(), QStringLiteral("Sales details (renamed)"));
        QCOMPARE(model.index(sales.row(), LinksModel::PendingColumn).data().toString(), QStringLiteral("4"));
        QCOMPARE(model.rowOf(QStringLiteral("c3")), -1);
        QVERIFY(model.rowOf(QStringLiteral("e5")) >= 0);
        for (int r = 0; r < model.rowCount(); ++r)
            QCOMPARE(model.rowOf(model.at(r).id()), r);

        // Single-link updates and removals.
        LinkRecord disabled = model.at(sales.row());
        disabled.link.status = LinkStatus::Disabled;
        disabled.selectionAppName.clear(); // a single-link answer does not name the app
        disabled.pendingRequests = -1;
        model.upsert(disabled);
        QCOMPARE(model.index(sales.row(), LinksModel::StatusColumn).data().toString(), QStringLiteral("Disabled"));
        QCOMPARE(model.index(sales.row(), LinksModel::SelectionAppColumn).data().toString(),
                 QStringLiteral("Selection Sales"));
        model.remove(QStringLiteral("e5"));
        QCOMPARE(model.rowCount(), 3);
        model.setLinks({});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(resets.count(), 0);
    }
};

ODAG_TEST_MAIN(TestLinksModel)
#include "tst_links_model.moc"
