// RequestsFilterProxy against a plain reading of the model: hundreds of random updates
// (new requests, children before and after their parent, changes that move rows or let
// them in and out of the filter, removals of rows and parents) mixed with random sorts
// and filters. After each step the proxy's two levels must equal the model's rows
// filtered and sorted from scratch through the roles, a persistent index must still
// name its request, and no reset may happen.

#include "TestMain.h"

#include "gui/requests/RequestsFilterProxy.h"
#include "gui/requests/RequestsModel.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTreeView>

#include <algorithm>
#include <functional>

using namespace odag;
using namespace odag::gui;

namespace {
constexpr RequestState kStates[] = {RequestState::Queued, RequestState::Loading, RequestState::Succeeded,
                                    RequestState::Failed, RequestState::Canceled};
const QString kOwners[] = {QStringLiteral("Aiko Tanaka"), QStringLiteral("jonas Berg"), QStringLiteral("Jonas berg"),
                           QStringLiteral("Émile Roux")};

// The proxy's rules, read through the roles: what the view must show.
struct Expectation
{
    QSet<int> states;
    int kind = -1;
    QString text;
    int column = -1;
    Qt::SortOrder order = Qt::AscendingOrder;

    bool matches(const QModelIndex &i) const
    {
        if (!states.isEmpty() && !states.contains(i.data(RequestsModel::StateRole).toInt()))
            return false;
        if (kind >= 0 && i.data(RequestsModel::KindRole).toInt() != kind)
            return false;
        return text.isEmpty() || i.data(RequestsModel::SearchTextRole).toString().contains(text);
    }

    bool active() const { return !states.isEmpty() || kind >= 0 || !text.isEmpty(); }

    QStringList rows(const QAbstractItemModel *m, const QModelIndex &parent, bool top) const
    {
        QList<QModelIndex> kept;
        for (int r = 0; r < m->rowCount(parent); ++r) {
            const QModelIndex i = m->index(r, 0, parent);
            bool ok = !active() || matches(i);
            for (int c = 0; top && !ok && c < m->rowCount(i); ++c)
                ok = matches(m->index(c, 0, i));
            if (ok)
                kept << i;
        }
        const int col = column;
        const bool ascending = order == Qt::AscendingOrder;
        std::stable_sort(kept.begin(), kept.end(), [&](const QModelIndex &a, const QModelIndex &b) {
            if (col < 0)
                return false;
            const QVariant va = a.siblingAtColumn(col).data(RequestsModel::SortRole);
            const QVariant vb = b.siblingAtColumn(col).data(RequestsModel::SortRole);
            int c = 0;
            if (va.typeId() == QMetaType::QString) {
                c = va.toString().compare(vb.toString(), Qt::CaseInsensitive);
                if (c == 0)
                    c = va.toString().compare(vb.toString(), Qt::CaseSensitive);
            } else {
                c = va.toLongLong() < vb.toLongLong() ? -1 : (va.toLongLong() > vb.toLongLong() ? 1 : 0);
            }
            return ascending ? c < 0 : c > 0;
        });
        QStringList ids;
        for (const QModelIndex &i : kept)
            ids << i.data(RequestsModel::RequestIdRole).toString();
        return ids;
    }
};

QStringList idsOf(const QAbstractItemModel *m, const QModelIndex &parent = {})
{
    QStringList out;
    for (int r = 0; r < m->rowCount(parent); ++r)
        out << m->index(r, 0, parent).data(RequestsModel::RequestIdRole).toString();
    return out;
}
} // namespace

class TestRequestsProxy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void randomUpdatesSortsAndFiltersAgreeWithTheModel_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed : {1u, 7u, 42u, 2026u})
            QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
    }

    void randomUpdatesSortsAndFiltersAgreeWithTheModel()
    {
        QFETCH(quint32, seed);
        const int kSteps = qEnvironmentVariableIntValue("STEPS") > 0 ? qEnvironmentVariableIntValue("STEPS") : 150;
        QRandomGenerator rng(seed);
        RequestsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        RequestsFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&proxy, &QAbstractItemModel::modelReset);
        QTreeView view; // a real client of the layout changes
        view.setModel(&proxy);
        view.setUniformRowHeights(true);
        view.resize(600, 300);
        view.show();

        Expectation expect;
        QMap<QString, RequestObject> held; // ordered: the same seed makes the same steps
        QStringList multiples;
        int next = 0;
        const QDateTime base = QDateTime::currentDateTimeUtc();
        auto fresh = [&](RequestKind kind, const QString &parent) {
            RequestObject r;
            r.id = QStringLiteral("r%1").arg(next++, 4, 10, QLatin1Char('0'));
            r.kind = kind;
            r.state = kStates[rng.bounded(5)];
            r.link = QStringLiteral("L%1").arg(rng.bounded(3));
            r.owner.id = QStringLiteral("u%1").arg(rng.bounded(4));
            r.owner.name = kOwners[rng.bounded(4)];
            r.createdDate = DateTime(base.addSecs(-qint64(rng.bounded(50)) * 60)); // ties on purpose
            r.modifiedDate = r.createdDate;
            r.actualRowEst = rng.bounded(5) == 0 ? std::optional<qint64>() : std::optional<qint64>(rng.bounded(1000));
            r.templateApp = QStringLiteral("tmpl");
            if (!parent.isEmpty())
                r.parentRequestId = parent;
            return r;
        };

        QPersistentModelIndex watched;
        QString watchedId;
        for (int step = 0; step < kSteps; ++step) {
            const int what = int(rng.bounded(100));
            if (what < 8) {
                // Sort by another column or order, or not at all.
                expect.column = int(rng.bounded(RequestsModel::ColumnCount + 1)) - 1;
                expect.order = rng.bounded(2) ? Qt::AscendingOrder : Qt::DescendingOrder;
                proxy.sort(expect.column, expect.order);
            } else if (what < 16) {
                switch (rng.bounded(4)) {
                case 0:
                    expect.states = rng.bounded(2) ? QSet<int>{} : QSet<int>{int(kStates[rng.bounded(5)]), int(kStates[rng.bounded(5)])};
                    proxy.setStates(expect.states);
                    break;
                case 1:
                    expect.kind = rng.bounded(2) ? -1 : int(RequestKind::SingleSub);
                    proxy.setKind(expect.kind);
                    break;
                case 2:
                    expect.text = rng.bounded(2) ? QString() : QStringLiteral("jonas");
                    proxy.setText(expect.text);
                    break;
                default:
                    model.setLinkNames({{QStringLiteral("L%1").arg(rng.bounded(3)), QStringLiteral("Link %1").arg(step)}});
                    break;
                }
            } else {
                QList<RequestObject> upserts;
                QStringList removed;
                const int n = 1 + int(rng.bounded(rng.bounded(4) == 0 ? 60 : 6));
                for (int k = 0; k < n; ++k) {
                    const int kind = int(rng.bounded(100));
                    if (kind < 35 || held.isEmpty()) {
                        const bool multiple = rng.bounded(4) == 0;
                        RequestObject r = fresh(multiple ? RequestKind::Multiple : RequestKind::Single, {});
                        if (multiple)
                            multiples << r.id;
                        upserts << r;
                    } else if (kind < 55) {
                        // A child of a known multiple, or of one that has not arrived yet.
                        QString parent = !multiples.isEmpty() && rng.bounded(4) != 0
                            ? multiples.at(int(rng.bounded(multiples.size())))
                            : QStringLiteral("r%1").arg(next + 1 + int(rng.bounded(3)), 4, 10, QLatin1Char('0'));
                        upserts << fresh(RequestKind::SingleSub, parent);
                    } else if (kind < 90) {
                        const QStringList ids = held.keys();
                        RequestObject r = held.value(ids.at(int(rng.bounded(ids.size()))));
                        r.state = kStates[rng.bounded(5)];
                        if (rng.bounded(2))
                            r.createdDate = DateTime(base.addSecs(-qint64(rng.bounded(50)) * 60));
                        if (rng.bounded(3) == 0)
                            r.owner.name = kOwners[rng.bounded(4)];
                        r.actualRowEst = rng.bounded(1000);
                        upserts << r;
                    } else {
                        const QStringList ids = held.keys();
                        removed << ids.at(int(rng.bounded(ids.size())));
                    }
                }
                for (const QString &id : removed)
                    upserts.erase(std::remove_if(upserts.begin(), upserts.end(),
                                                 [&id](const RequestObject &r) { return r.id == id; }),
                                  upserts.end());
                model.applyUpdate(upserts, removed);
                for (const RequestObject &r : upserts)
                    held.insert(r.id, r);
                // Children (and theirs) go with their parent, unless re-sent in this update.
                const QSet<QString> removedSet(removed.cbegin(), removed.cend());
                const std::function<bool(const QString &, int)> removedWithAncestor = [&](const QString &id, int depth) {
                    if (removedSet.contains(id))
                        return true;
                    const QString parent = held.value(id).parentRequestId.value_or(QString());
                    return depth < 8 && !parent.isEmpty() && held.contains(parent) && removedWithAncestor(parent, depth + 1);
                };
                QStringList gone;
                for (auto it = held.cbegin(); it != held.cend(); ++it) {
                    if (!model.indexOf(it.key()).isValid() && removedWithAncestor(it.key(), 0))
                        gone << it.key();
                }
                for (const QString &id : std::as_const(gone)) {
                    held.remove(id);
                    multiples.removeAll(id);
                }
            }
            QCOMPARE(model.requestCount(), int(held.size()));

            // Both levels equal the model filtered and sorted from scratch.
            const QStringList top = idsOf(&proxy);
            QCOMPARE(top, expect.rows(&model, {}, true));
            for (int r = 0; r < proxy.rowCount(); ++r) {
                const QModelIndex p = proxy.index(r, 0);
                const QModelIndex source = model.indexOf(top.at(r));
                QCOMPARE(proxy.mapToSource(p), source);
                QCOMPARE(proxy.mapFromSource(source), p);
                QCOMPARE(idsOf(&proxy, p), expect.rows(&model, source, false));
            }
            // A persistent index keeps naming its request while the request is shown.
            if (watched.isValid()) {
                QCOMPARE(watched.data(RequestsModel::RequestIdRole).toString(), watchedId);
            } else if (proxy.rowCount() > 0) {
                watched = proxy.index(int(rng.bounded(proxy.rowCount())), 0);
                watchedId = watched.data(RequestsModel::RequestIdRole).toString();
            }
        }
        QCOMPARE(resets.count(), 0);
    }

    void selectionAndCurrentFollowTheirRows()
    {
        RequestsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        RequestsFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<RequestObject> batch;
        const QDateTime base = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < 200; ++i) {
            RequestObject r;
            r.id = QStringLiteral("r%1").arg(i, 3, 10, QLatin1Char('0'));
            r.state = RequestState::Queued;
            r.kind = RequestKind::Single;
            r.createdDate = DateTime(base.addSecs(-i * 60));
            r.templateApp = QStringLiteral("tmpl");
            batch << r;
        }
        model.applyUpdate(batch);
        QTreeView view;
        view.setModel(&proxy);
        view.setSortingEnabled(true);
        view.sortByColumn(RequestsModel::CreatedColumn, Qt::AscendingOrder);
        view.setSelectionMode(QAbstractItemView::ExtendedSelection);
        view.show();
        QCOMPARE(idsOf(&proxy).first(), QStringLiteral("r199"));
        view.selectionModel()->setCurrentIndex(proxy.mapFromSource(model.indexOf(QStringLiteral("r150"))),
                                               QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        // r150 becomes the newest: it moves to the end, still current and selected.
        RequestObject moved = batch[150];
        moved.createdDate = DateTime(base.addSecs(60));
        model.applyUpdate({moved});
        QCOMPARE(idsOf(&proxy).last(), QStringLiteral("r150"));
        QCOMPARE(view.currentIndex().data(RequestsModel::RequestIdRole).toString(), QStringLiteral("r150"));
        QCOMPARE(view.selectionModel()->selectedRows().size(), 1);
        QCOMPARE(view.selectionModel()->selectedRows().first().row(), proxy.rowCount() - 1);
        // Filtered out, then back: the row leaves the selection and returns unselected.
        proxy.setStates({int(RequestState::Loading)});
        QCOMPARE(proxy.rowCount(), 0);
        QVERIFY(view.selectionModel()->selectedRows().isEmpty());
        proxy.setStates({});
        QCOMPARE(proxy.rowCount(), 200);
        // Removing rows around it keeps the view's rows exact.
        model.applyUpdate({}, {QStringLiteral("r000"), QStringLiteral("r199"), QStringLiteral("r150")});
        QCOMPARE(proxy.rowCount(), 197);
        QCOMPARE(idsOf(&proxy).first(), QStringLiteral("r198"));
    }
};

ODAG_TEST_MAIN(TestRequestsProxy)
#include "tst_requests_proxy.moc"
