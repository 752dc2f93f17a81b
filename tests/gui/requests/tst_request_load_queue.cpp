// What keeps 100,000 requests light and the window responsive: RequestLoadQueue applies a
// big list across several event-loop turns in order (updates and removals queued behind a
// load land after it; parents before their children), RequestCompactor shares repeated
// strings and drops unknown fields without making a known request look changed, and the
// proxy's direct sort and text filter agree with the SortRole and SearchTextRole.

#include "TestMain.h"

#include "gui/requests/RequestCompactor.h"
#include "gui/requests/RequestLoadQueue.h"
#include "gui/requests/RequestsFilterProxy.h"
#include "gui/requests/RequestsModel.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>

using namespace odag;
using namespace odag::gui;

namespace {
RequestObject req(int i, RequestState state = RequestState::Succeeded, const QString &parent = {})
{
    RequestObject r;
    r.id = QStringLiteral("7a%1").arg(i, 22, 10, QLatin1Char('0'));
    r.state = state;
    r.kind = parent.isEmpty() ? RequestKind::Single : RequestKind::SingleSub;
    // Built, not literal: the compactor has to find equal strings in different buffers.
    r.link = QStringLiteral("6c%1").arg(i % 7, 22, 10, QLatin1Char('0'));
    r.owner.id = QStringLiteral("owner-%1").arg(i % 3);
    r.owner.name = QStringLiteral("User %1").arg(i % 3);
    const QDateTime created =
        QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).addSecs(qint64(i) * 37 % 86400);
    r.createdDate = DateTime(created);
    r.modifiedDate = DateTime(created.addSecs(20));
    r.templateApp = QStringLiteral("tmpl-%1").arg(i % 2);
    r.actualRowEst = (i * 7919) % 5000;
    RequestLoadInfo load;
    load.loadHost = QStringLiteral("engine-%1").arg(i % 3);
    load.startedAt = DateTime(created.addSecs(2));
    load.finishedAt = DateTime(created.addSecs(2 + i % 50));
    r.loadState = load;
    r.generatedAppName = QStringLiteral("Sales details %1").arg(i);
    r.generatedApp = AppStateCondensed{
        QStringLiteral("app-%1").arg(i), QStringLiteral("Sales details %1").arg(i), {}};
    if (state == RequestState::Failed)
        r.errorMessage = QStringLiteral("Field 'Region' not found");
    if (!parent.isEmpty())
        r.parentRequestId = parent;
    return r;
}

QList<RequestObject> many(int count, int from = 0)
{
    QList<RequestObject> out;
    out.reserve(count);
    for (int i = from; i < from + count; ++i)
        out << req(i, i % 5 == 0 ? RequestState::Failed : RequestState::Succeeded);
    return out;
}
} // namespace

class TestRequestLoadQueue : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void appliesABigListAcrossTurns()
    {
        const int kRows =
            qEnvironmentVariableIntValue("ROWS") ? qEnvironmentVariableIntValue("ROWS") : 800;
        RequestsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        RequestsFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        RequestLoadQueue queue(&model);
        queue.setTurnBudget(1);
        QSignalSpy progress(&queue, &RequestLoadQueue::progress);
        QSignalSpy drained(&queue, &RequestLoadQueue::drained);
        // The event loop turns in between: count them with a 0 ms timer.
        int turns = 0;
        QTimer beat;
        beat.setInterval(0);
        connect(&beat, &QTimer::timeout, this, [&turns] { ++turns; });
        beat.start();

        queue.enqueue(many(kRows));
        QVERIFY(queue.isBusy());
        QCOMPARE(model.requestCount(), 0); // nothing at once
        QTRY_COMPARE_WITH_TIMEOUT(drained.count(), 1, 20000);
        QVERIFY(!queue.isBusy());
        QCOMPARE(model.requestCount(), kRows);
        QCOMPARE(proxy.rowCount(), kRows);
        QVERIFY2(progress.count() > 1, qPrintable(QString::number(progress.count())));
        QVERIFY(turns > 1);
        // Progress only grows, and ends complete.
        int last = 0;
        for (const QList<QVariant> &p : std::as_const(progress)) {
            QVERIFY(p.at(0).toInt() >= last);
            QCOMPARE(p.at(1).toInt(), kRows);
            last = p.at(0).toInt();
        }
        QCOMPARE(last, kRows);
        QCOMPARE(reset.count(), 0);
    }

    void laterListsLandAfterEarlierOnes()
    {
        RequestsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        RequestLoadQueue queue(&model);
        queue.setTurnBudget(1);
        QSignalSpy drained(&queue, &RequestLoadQueue::drained);
        queue.enqueue(many(1000));
        // A newer answer for two requests, and a removal, queued behind the load.
        QList<RequestObject> newer{req(10, RequestState::Loading),
                                   req(999, RequestState::Canceled)};
        queue.enqueue(newer, {req(20).id});
        // A parent after its children in the same list: it still ends up their parent.
        const RequestObject parent = req(9000, RequestState::Loading);
        queue.enqueue({req(9001, RequestState::Queued, parent.id),
                       req(9002, RequestState::Queued, parent.id), parent});
        QTRY_COMPARE_WITH_TIMEOUT(drained.count(), 1, 20000);
        QCOMPARE(model.requestCount(), 1000 - 1 + 3);
        QCOMPARE(model.request(req(10).id)->state.value(), RequestState::Loading);
        QCOMPARE(model.request(req(999).id)->state.value(), RequestState::Canceled);
        QVERIFY(!model.request(req(20).id));
        const QModelIndex p = model.indexOf(parent.id);
        QVERIFY(p.isValid());
        QCOMPARE(model.rowCount(p), 2);
        QCOMPARE(model.parent(model.indexOf(req(9001).id)), p);
    }

    void flushAppliesEverythingNow()
    {
        RequestsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        RequestLoadQueue queue(&model);
        QSignalSpy drained(&queue, &RequestLoadQueue::drained);
        queue.enqueue(many(3000));
        queue.enqueue({req(1, RequestState::Hold)});
        queue.flush();
        QCOMPARE(drained.count(), 1);
        QCOMPARE(model.requestCount(), 3000);
        QCOMPARE(model.request(req(1).id)->state.value(), RequestState::Hold);
    }

    void compactRowsShareStringsAndKeepValues()
    {
        RequestsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<RequestObject> list = many(50);
        list[0].extra.insert(QStringLiteral("futureField"), 42);
        model.applyUpdate(list);
        // Values as sent (only the unknown field is gone).
        RequestObject expected = list[0];
        RequestCompactor::dropUnknownFields(expected);
        QCOMPARE(*model.request(list[0].id), expected);
        QCOMPARE(*model.request(list[1].id), list[1]);
        // Repeated strings are one string in memory.
        const RequestObject *a = model.request(req(0).id);
        const RequestObject *b = model.request(req(7).id);
        QCOMPARE(a->link, b->link);
        QCOMPARE(a->link.constData(), b->link.constData());
        QCOMPARE(a->owner.name.constData(), model.request(req(3).id)->owner.name.constData());
        QCOMPARE(model.request(req(1).id)->state.raw().constData(),
                 model.request(req(2).id)->state.raw().constData());
        QCOMPARE(a->generatedApp->name.constData(), a->generatedAppName->constData());

        // The same request again, unknown field and all: not a change.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.applyUpdate({list[0], list[1]});
        QCOMPARE(changed.count(), 0);
        RequestObject moved = list[1];
        moved.state = RequestState::Failed;
        model.applyUpdate({moved});
        QCOMPARE(changed.count(), 1);
    }

    void directSortAndFilterAgreeWithTheRoles()
    {
        RequestsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<RequestObject> list = many(60);
        list[3].loadState.reset();
        list[4].actualRowEst.reset();
        list[5].validation = QStringList{QStringLiteral("Row estimate above the limit")};
        model.applyUpdate(list);
        model.setLinkNames({{req(2).link, QStringLiteral("Flights by Carrier")}});
        RequestsFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

        // Every column: the direct keys are the SortRole values, and the proxy orders by
        // them (text without regard to case).
        for (int c = 0; c < RequestsModel::ColumnCount; ++c) {
            for (int i = 0; i < 60; ++i) {
                const QModelIndex a = model.index(i, c);
                const QVariant role = a.data(RequestsModel::SortRole);
                const RequestsModel::Row *row = model.rowAt(a);
                if (RequestsModel::sortsAsText(c))
                    QCOMPARE(model.sortText(*row, c), role.toString());
                else
                    QCOMPARE(model.sortNumber(*row, c), role.toLongLong());
            }
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                proxy.sort(c, order);
                for (int r = 1; r < proxy.rowCount(); ++r) {
                    const QVariant prev = proxy.index(r - 1, c).data(RequestsModel::SortRole);
                    const QVariant next = proxy.index(r, c).data(RequestsModel::SortRole);
                    const int cmp = prev.typeId() == QMetaType::QString
                                        ? prev.toString().compare(next.toString(), Qt::CaseInsensitive)
                                        : (prev.toLongLong() < next.toLongLong() ? -1 : prev.toLongLong() > next.toLongLong());
                    QVERIFY2(order == Qt::AscendingOrder ? cmp <= 0 : cmp >= 0,
                             qPrintable(QStringLiteral("column %1 row %2").arg(c).arg(r)));
                }
            }
        }

        // Text: ID, owner, generated app, problem and link name, in any case.
        const QStringList texts{QStringLiteral("sales details 1"),
                                QStringLiteral("USER 2"),
                                QStringLiteral("region"),
                                QStringLiteral("flights by"),
                                QStringLiteral("above the"),
                                QStringLiteral("owner-1"),
                                req(42).id.right(6),
                                QStringLiteral("nothing like it")};
        for (const QString &t : texts) {
            proxy.setText(t);
            int expected = 0;
            for (int r = 0; r < model.rowCount(); ++r)
                expected += model.index(r, 0)
                                .data(RequestsModel::SearchTextRole)
                                .toString()
                                .contains(t.toLower());
            QCOMPARE(proxy.rowCount(), expected);
        }
        proxy.setText(QStringLiteral("flights by"));
        QVERIFY(proxy.rowCount() > 0);
        proxy.setText({});
        QCOMPARE(proxy.rowCount(), 60);
        QCOMPARE(model.owners().size(), 3);
        QCOMPARE(model.owners().value(QStringLiteral("owner-2")), QStringLiteral("User 2"));
    }
};

ODAG_TEST_MAIN(TestRequestLoadQueue)
#include "tst_request_load_queue.moc"
