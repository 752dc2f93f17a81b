// The HTTP log model: rows appended in order, capped as a ring, cleared; checked by
// QAbstractItemModelTester throughout.

#include "TestMain.h"
#include "gui/log/ExchangeLogModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>

using namespace odag;

class TestExchangeLogModel : public QObject
{
    Q_OBJECT
private:
    static api::Exchange exchange(int status, const QString &url)
    {
        api::Exchange e;
        e.method = "GET";
        e.url = url;
        e.status = status;
        e.elapsedMs = 12;
        e.bytesReceived = 2048;
        return e;
    }

private Q_SLOTS:
    void appendsAndCaps()
    {
        gui::ExchangeLogModel model(3);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

        for (int i = 0; i < 5; ++i)
            model.append(exchange(200 + i, QStringLiteral("http://t/%1").arg(i)));
        QCOMPARE(model.rowCount(), 3);
        // The oldest two went; the newest is last.
        QCOMPARE(model.index(0, gui::ExchangeLogModel::UrlColumn).data().toString(), QStringLiteral("http://t/2"));
        QCOMPARE(model.index(2, gui::ExchangeLogModel::StatusColumn).data().toString(), QStringLiteral("204"));
        QCOMPARE(model.index(2, gui::ExchangeLogModel::StatusColumn).data(gui::ExchangeLogModel::RawValueRole).toInt(), 204);
    }

    void failedExchangeIsMarked()
    {
        gui::ExchangeLogModel model(10);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        api::Exchange e = exchange(0, QStringLiteral("http://t/x"));
        e.error = QStringLiteral("Connection refused");
        e.attempt = 2;
        model.append(e);
        const QString status = model.index(0, gui::ExchangeLogModel::StatusColumn).data().toString();
        QVERIFY2(status.contains(QLatin1StringView("failed")), qPrintable(status));
        QVERIFY(status.contains(QLatin1Char('2')));
        QVERIFY(model.index(0, gui::ExchangeLogModel::UrlColumn).data(Qt::ToolTipRole).toString().contains(
            QLatin1StringView("Connection refused")));
        QVERIFY(model.index(0, gui::ExchangeLogModel::StatusColumn).data(Qt::ForegroundRole).isValid());
    }

    void clearRemovesRows()
    {
        gui::ExchangeLogModel model(10);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.append(exchange(200, QStringLiteral("http://t/a")));
        model.append(exchange(404, QStringLiteral("http://t/b")));
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(removed.count(), 1);
        model.clear(); // nothing to remove: no signal
        QCOMPARE(removed.count(), 1);
    }
};

ODAG_TEST_MAIN(TestExchangeLogModel)
#include "tst_exchange_log_model.moc"
