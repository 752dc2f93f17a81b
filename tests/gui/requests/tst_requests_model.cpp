// RequestsModel and RequestsFilterProxy: batches of inserts, updates and removals, the
// multiple/singlesub tree (also when a child arrives first), no reset once filled, the
// raw sort role, every filter, and a view that keeps its selection and scroll position.

#include "TestMain.h"

#include "gui/requests/RequestsFilterProxy.h"
#include "gui/requests/RequestsModel.h"

#include <QAbstractItemModelTester>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTreeView>

using namespace odag;
using namespace odag::gui;

namespace {
RequestObject req(const QString &id, RequestState state, qint64 minutesAgo = 10,
                  RequestKind kind = RequestKind::Single, const QString &parent = {},
                  const QString &link = QStringLiteral("L1"), const QString &owner = QStringLiteral("u1"))
{
    RequestObject r;
    r.id = id;
    r.state = state;
    r.kind = kind;
    r.link = link;
    r.owner.id = owner;
    r.owner.name = owner == QLatin1String("u1") ? QStringLiteral("Jonas Berg") : QStringLiteral("Aiko Tanaka");
    const QDateTime created = QDateTime::currentDateTimeUtc().addSecs(-minutesAgo * 60);
    r.createdDate = DateTime(created);
    r.modifiedDate = r.createdDate;
    r.templateApp = QStringLiteral("tmpl");
    if (!parent.isEmpty())
        r.parentRequestId = parent;
    return r;
}

QStringList idsOf(const QAbstractItemModel *m, const QModelIndex &parent = {})
{
    QStringList out;
    for (int r = 0; r < m->rowCount(parent); ++r)
        out << m->index(r, 0, parent).data(RequestsModel::RequestIdRole).toString();
    return out;
}
} // namespace

class TestRequestsModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void parsesTimes()
    {
        const QString iso = QStringLiteral("2024-03-05T14:07:09.123Z");
        QCOMPARE(RequestsModel::parseTimeMs(iso), QDateTime::fromString(iso, Qt::ISODateWithMs).toMSecsSinceEpoch());
        const QString offset = QStringLiteral("2024-03-05T14:07:09+02:00");
        QCOMPARE(RequestsModel::parseTimeMs(offset),
                 QDateTime::fromString(offset, Qt::ISODate).toMSecsSinceEpoch());
        QCOMPARE(RequestsModel::parseTimeMs(QString()), RequestsModel::kNoTime);
        QCOMPARE(RequestsModel::parseTimeMs(QStringLiteral("yesterday")), RequestsModel::kNoTime);
    }

    void insertUpdateRemoveInBatches()
    {
        RequestsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        QList<RequestObject> batch;
        for (int i = 0; i < 10; ++i)
            batch << req(QStringLiteral("r%1").arg(i), RequestState::Queued);
        model.applyUpdate(batch);
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(inserted.count(), 1); // one batch, one insert
        QCOMPARE(model.indexOf(QStringLiteral("r7")).row(), 7);

        // Same content again: nothing changes.
        model.applyUpdate(batch);
        QCOMPARE(changed.count(), 0);

        RequestObject r3 = batch[3];
        r3.state = RequestState::Loading;
        RequestObject r4 = batch[4];
        r4.state = RequestState::Failed;
        r4.errorMessage = QStringLiteral("Script error");
        RequestObject r9 = batch[9];
        r9.state = RequestState::Succeeded;
        model.applyUpdate({r3, r4, r9});
        QCOMPARE(changed.count(), 2); // rows 3-4 coalesced, row 9 alone
        QCOMPARE(model.indexOf(QStringLiteral("r4")).data(RequestsModel::StateRole).toInt(), int(RequestState::Failed));
        QCOMPARE(model.indexOf(QStringLiteral("r4")).siblingAtColumn(RequestsModel::ErrorColumn).data().toString(),
                 QStringLiteral("Script error"));
        QCOMPARE(model.requestAt(model.indexOf(QStringLiteral("r9")))->state.value(), RequestState::Succeeded);

        // Most rows changed: one dataChanged for the whole range.
        changed.clear();
        QList<RequestObject> most;
        for (int i = 0; i < 8; ++i) {
            RequestObject r = batch[i];
            r.state = RequestState::CanceledAck;
            most << r;
        }
        model.applyUpdate(most);
        QCOMPARE(changed.count(), 1);

        model.applyUpdate({}, {QStringLiteral("r2"), QStringLiteral("r3"), QStringLiteral("r8"), QStringLiteral("nope")});
        QCOMPARE(model.rowCount(), 7);
        QCOMPARE(removed.count(), 2); // rows 2-3 and row 8
        QCOMPARE(idsOf(&model), QStringList({QStringLiteral("r0"), QStringLiteral("r1"), QStringLiteral("r4"),
                                             QStringLiteral("r5"), QStringLiteral("r6"), QStringLiteral("r7"),
                                             QStringLiteral("r9")}));
        QCOMPARE(model.indexOf(QStringLiteral("r9")).row(), 6);
        QVERIFY(!model.indexOf(QStringLiteral("r2")).isValid());
        QCOMPARE(model.requestCount(), 7);
        QCOMPARE(reset.count(), 0);
    }

    void multipleIsParentOfSubRequests()
    {
        RequestsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString m = QStringLiteral("multi");
        model.applyUpdate({req(m, RequestState::Loading, 5, RequestKind::Multiple),
                           req(QStringLiteral("s1"), RequestState::Loading, 5, RequestKind::SingleSub, m),
                           req(QStringLiteral("s2"), RequestState::Queued, 5, RequestKind::SingleSub, m),
                           req(QStringLiteral("solo"), RequestState::Succeeded)});
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex parent = model.indexOf(m);
        QCOMPARE(model.rowCount(parent), 2);
        QCOMPARE(model.indexOf(QStringLiteral("s2")).parent(), parent);
        QCOMPARE(idsOf(&model, parent), QStringList({QStringLiteral("s1"), QStringLiteral("s2")}));

        // A third child later: inserted under its parent.
        model.applyUpdate({req(QStringLiteral("s3"), RequestState::Queued, 5, RequestKind::SingleSub, m)});
        QCOMPARE(model.rowCount(parent), 3);
        // Removing the parent takes its children.
        model.applyUpdate({}, {m});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.requestCount(), 1);
        QVERIFY(!model.indexOf(QStringLiteral("s1")).isValid());
    }

    void childBeforeParentMovesUnderIt()
    {
        RequestsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        RequestsFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);

        const QString p = QStringLiteral("parent");
        model.applyUpdate({req(QStringLiteral("a"), RequestState::Succeeded),
                           req(QStringLiteral("c1"), RequestState::Queued, 5, RequestKind::SingleSub, p),
                           req(QStringLiteral("b"), RequestState::Succeeded),
                           req(QStringLiteral("c2"), RequestState::Queued, 5, RequestKind::SingleSub, p)});
        QCOMPARE(model.rowCount(), 4); // the children wait at the top level
        QVERIFY(!model.indexOf(QStringLiteral("c1")).parent().isValid());

        model.applyUpdate({req(p, RequestState::Queued, 5, RequestKind::Multiple)});
        QCOMPARE(moved.count(), 2);
        QCOMPARE(idsOf(&model), QStringList({QStringLiteral("a"), QStringLiteral("b"), p}));
        const QModelIndex parent = model.indexOf(p);
        QCOMPARE(idsOf(&model, parent), QStringList({QStringLiteral("c1"), QStringLiteral("c2")}));
        QCOMPARE(model.indexOf(QStringLiteral("c2")).parent(), parent);
        QCOMPARE(model.indexOf(QStringLiteral("b")).row(), 1);

        // A child updated after the move is found where it now is.
        RequestObject c1 = req(QStringLiteral("c1"), RequestState::Loading, 5, RequestKind::SingleSub, p);
        model.applyUpdate({c1});
        QCOMPARE(model.indexOf(QStringLiteral("c1")).data(RequestsModel::StateRole).toInt(), int(RequestState::Loading));
        QCOMPARE(reset.count(), 0);
    }

    void sortRoleUsesRawValues()
    {
        RequestsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        RequestsFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

        RequestObject a = req(QStringLiteral("a"), RequestState::Succeeded, 30);
        a.actualRowEst = 900;
        RequestObject b = req(QStringLiteral("b"), RequestState::Loading, 5);
        b.actualRowEst = 12400;
        RequestObject c = req(QStringLiteral("c"), RequestState::Failed, 120);
        c.actualRowEst = 80;
        model.applyUpdate({a, b, c});

        proxy.sort(RequestsModel::CreatedColumn, Qt::AscendingOrder);
        QCOMPARE(idsOf(&proxy), QStringList({QStringLiteral("c"), QStringLiteral("a"), QStringLiteral("b")}));
        // Numbers sort as numbers ("12,400" would sort before "80" as text).
        proxy.sort(RequestsModel::RowEstimateColumn, Qt::AscendingOrder);
        QCOMPARE(idsOf(&proxy), QStringList({QStringLiteral("c"), QStringLiteral("a"), QStringLiteral("b")}));
        // Running before waiting before finished.
        proxy.sort(RequestsModel::StateColumn, Qt::AscendingOrder);
        QCOMPARE(idsOf(&proxy).first(), QStringLiteral("b"));
        QCOMPARE(model.indexOf(QStringLiteral("b")).siblingAtColumn(RequestsModel::RowEstimateColumn)
                     .data(RequestsModel::SortRole).toLongLong(),
                 12400);

        // Dynamic sort: a change moves the row.
        proxy.sort(RequestsModel::RowEstimateColumn, Qt::AscendingOrder);
        c.actualRowEst = 50000;
        model.applyUpdate({c});
        QCOMPARE(idsOf(&proxy).last(), QStringLiteral("c"));
    }

    void everyFilter()
    {
        RequestsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        RequestsFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLinkNames({{QStringLiteral("L1"), QStringLiteral("Sales details")},
                            {QStringLiteral("L2"), QStringLiteral("Flight delays")}});

        RequestObject failed = req(QStringLiteral("f"), RequestState::Failed, 20, RequestKind::Single, {},
                                   QStringLiteral("L2"), QStringLiteral("u2"));
        failed.errorMessage = QStringLiteral("Field Carrier not found");
        const QString m = QStringLiteral("m");
        model.applyUpdate({req(QStringLiteral("old"), RequestState::Succeeded, 60 * 24 * 3), failed,
                           req(m, RequestState::Loading, 30, RequestKind::Multiple),
                           req(QStringLiteral("m1"), RequestState::Loading, 30, RequestKind::SingleSub, m),
                           req(QStringLiteral("m2"), RequestState::Queued, 30, RequestKind::SingleSub, m)});
        QCOMPARE(proxy.rowCount(), 3);

        proxy.setStates({int(RequestState::Failed)});
        QCOMPARE(idsOf(&proxy), QStringList{QStringLiteral("f")});
        // A matching child keeps its parent, which shows only the matching children.
        proxy.setStates({int(RequestState::Queued)});
        QCOMPARE(idsOf(&proxy), QStringList{m});
        QCOMPARE(idsOf(&proxy, proxy.index(0, 0)), QStringList{QStringLiteral("m2")});
        proxy.setStates({});

        proxy.setKind(int(RequestKind::SingleSub));
        QCOMPARE(idsOf(&proxy), QStringList{m});
        proxy.setKind(int(RequestKind::Single));
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setKind(-1);

        proxy.setLinkId(QStringLiteral("L2"));
        QCOMPARE(idsOf(&proxy), QStringList{QStringLiteral("f")});
        proxy.setLinkId({});
        proxy.setOwnerId(QStringLiteral("u2"));
        QCOMPARE(idsOf(&proxy), QStringList{QStringLiteral("f")});
        proxy.setOwnerId({});

        proxy.setText(QStringLiteral("carrier"));
        QCOMPARE(idsOf(&proxy), QStringList{QStringLiteral("f")});
        proxy.setText(QStringLiteral("SALES DET")); // the link's name, any case
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setText(QStringLiteral("m2"));
        QCOMPARE(idsOf(&proxy), QStringList{m});
        proxy.setText({});

        proxy.setPeriod(RequestsFilterProxy::Period::LastHour);
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setPeriod(RequestsFilterProxy::Period::LastWeek);
        QCOMPARE(proxy.rowCount(), 3);
        proxy.setPeriod(RequestsFilterProxy::Period::Custom, QDateTime::currentDateTime().addDays(-4),
                        QDateTime::currentDateTime().addDays(-2));
        QCOMPARE(idsOf(&proxy), QStringList{QStringLiteral("old")});
        proxy.setPeriod(RequestsFilterProxy::Period::Any);
        QCOMPARE(proxy.rowCount(), 3);

        // A live change moves a row in or out of the filtered view.
        proxy.setStates({int(RequestState::Succeeded)});
        QCOMPARE(proxy.rowCount(), 1);
        RequestObject done = failed;
        done.state = RequestState::Succeeded;
        model.applyUpdate({done});
        QCOMPARE(proxy.rowCount(), 2);
    }

    void viewKeepsSelectionAndScroll()
    {
        RequestsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        RequestsFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy proxyReset(&proxy, &QAbstractItemModel::modelReset);

        QList<RequestObject> batch;
        for (int i = 0; i < 500; ++i)
            batch << req(QStringLiteral("r%1").arg(i, 3, 10, QLatin1Char('0')), RequestState::Queued, 1000 - i);
        model.applyUpdate(batch);

        QTreeView view;
        view.setModel(&proxy);
        view.setUniformRowHeights(true);
        view.setSortingEnabled(true);
        view.sortByColumn(RequestsModel::CreatedColumn, Qt::AscendingOrder);
        view.setSelectionMode(QAbstractItemView::ExtendedSelection);
        view.resize(800, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.scrollTo(proxy.index(250, 0), QAbstractItemView::PositionAtTop);
        const int scroll = view.verticalScrollBar()->value();
        QVERIFY(scroll > 0);
        const QString topId = view.indexAt(QPoint(1, 1)).data(RequestsModel::RequestIdRole).toString();
        view.selectionModel()->select(proxy.index(260, 0),
                                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        view.selectionModel()->setCurrentIndex(proxy.index(260, 0), QItemSelectionModel::NoUpdate);
        const QString selectedId = proxy.index(260, 0).data(RequestsModel::RequestIdRole).toString();

        // A poll: 100 state changes (one of them the selected row), 20 new requests.
        QList<RequestObject> poll;
        for (int i = 200; i < 300; ++i) {
            RequestObject r = batch[i];
            r.state = RequestState::Loading;
            poll << r;
        }
        for (int i = 0; i < 20; ++i)
            poll << req(QStringLiteral("new%1").arg(i), RequestState::Validating, 0);
        model.applyUpdate(poll, {QStringLiteral("r499")});
        QCoreApplication::processEvents();

        QCOMPARE(view.verticalScrollBar()->value(), scroll);
        QCOMPARE(view.indexAt(QPoint(1, 1)).data(RequestsModel::RequestIdRole).toString(), topId);
        const QModelIndexList selected = view.selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().data(RequestsModel::RequestIdRole).toString(), selectedId);
        QCOMPARE(selected.first().data(RequestsModel::StateRole).toInt(), int(RequestState::Loading));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(proxyReset.count(), 0);
    }
};

ODAG_TEST_MAIN(TestRequestsModel)
#include "tst_requests_model.moc"
