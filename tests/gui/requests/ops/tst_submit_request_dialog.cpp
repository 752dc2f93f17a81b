// SubmitRequestDialog: typed into and clicked on, it creates a request the API then
// lists (Qlik Cloud and Qlik Sense Enterprise); bad input gives a clear message and keeps
// what was typed.

#include "OpsTestKit.h"
#include "TestMain.h"

#include "gui/requests/ops/SubmitRequestDialog.h"
#include "gui/widgets/ErrorBanner.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

#include <memory>

using namespace odag;
using namespace odag::gui;
using namespace opstest;

class TestSubmitRequestDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void submitsOnCloud();
    void localValidationKeepsInput();
    void serverRefusalKeepsInput();
    void submitsOnQse();

private:
    // Opens the dialog on a session, waits for the links, picks the pipeline link and
    // types a selection that suits its bindings.
    std::unique_ptr<SubmitRequestDialog> openFilled(TenantSession *session, const QString &rows);
    static void typeInCell(QTableWidget *table, int row, int column, const QString &text);

    std::unique_ptr<test::SandboxSession> m_sbx;
    std::unique_ptr<TenantSession> m_cloud;
    std::unique_ptr<TenantSession> m_qse;
    std::unique_ptr<Calls> m_calls;
};

void TestSubmitRequestDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_sbx = std::make_unique<test::SandboxSession>(options(2));
    QVERIFY2(m_sbx->ok(), qPrintable(m_sbx->errorString()));
    m_sbx->server().clock().setManual(true);
    m_cloud = m_sbx->cloud();
    m_qse = m_sbx->senseEnterprise();
    m_calls = std::make_unique<Calls>(*m_cloud);
}

void TestSubmitRequestDialog::typeInCell(QTableWidget *table, int row, int column,
                                         const QString &text)
{
    QTableWidgetItem *item = table->item(row, column);
    table->setCurrentItem(item);
    table->editItem(item);
    // The item view hands out the editor it opened for the cell.
    auto *editor =
        qobject_cast<QLineEdit *>(table->indexWidget(table->model()->index(row, column)));
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(item->text(), text); // the delegate commits from the event loop
}

std::unique_ptr<SubmitRequestDialog> TestSubmitRequestDialog::openFilled(TenantSession *session,
                                                                         const QString &rows)
{
    auto dialog = std::make_unique<SubmitRequestDialog>(session);
    dialog->show();
    if (!QTest::qWaitFor([&] { return dialog->linksLoaded(); }, 10000))
        return nullptr;
    auto *links = dialog->findChild<QComboBox *>(QStringLiteral("submitLinkCombo"));
    const int index = links->findData(linkId(sandbox::demo::kLinkSalesPipeline));
    if (index < 0)
        return nullptr;
    links->setCurrentIndex(index);

    auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("submitSelectionTable"));
    new QAbstractItemModelTester(
        table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, dialog.get());
    const auto link = m_calls->link(linkId(sandbox::demo::kLinkSalesPipeline));
    if (!link.ok())
        return nullptr;
    const SelectionState wanted = m_calls->selectionFor(link.value());
    // The dialog offers a row for each field the bindings read; fill those in.
    for (const FieldSelectionState &f : wanted) {
        QStringList values;
        for (const FieldValue &v : f.values)
            values << v.strValue;
        int row = -1;
        for (int r = 0; r < table->rowCount(); ++r) {
            if (table->item(r, SubmitRequestDialog::FieldColumn)->text() == f.selectionAppParamName)
                row = r;
        }
        if (row < 0) {
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("submitAddField")),
                              Qt::LeftButton);
            row = table->rowCount() - 1;
            typeInCell(table, row, SubmitRequestDialog::FieldColumn, f.selectionAppParamName);
        }
        typeInCell(table, row, SubmitRequestDialog::ValuesColumn,
                   values.join(QStringLiteral(", ")));
    }
    auto *estimate = dialog->findChild<QLineEdit *>(QStringLiteral("submitRowEstimate"));
    estimate->clear();
    QTest::keyClicks(estimate, rows);
    return dialog;
}

void TestSubmitRequestDialog::submitsOnCloud()
{
    auto dialog = openFilled(m_cloud.get(), QStringLiteral("5000"));
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("submitSelectionApp"))->text(),
             QString::fromLatin1(sandbox::demo::kAppSalesSelection));
    QSignalSpy submitted(dialog.get(), &SubmitRequestDialog::submitted);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("submitButton")),
                      Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(submitted.count(), 1, 10000);
    const auto request = submitted.first().first().value<RequestObject>();
    QVERIFY(!request.id.isEmpty());
    if (const QString dir = qEnvironmentVariable("ODAG_OPS_GRAB_DIR"); !dir.isEmpty())
        dialog->grab().save(dir + QStringLiteral("/submit-dialog.png"));
    QVERIFY2(dialog->resultText().contains(request.id), qPrintable(dialog->resultText()));

    const auto listed = m_calls->list(linkId(sandbox::demo::kLinkSalesPipeline));
    ODAG_VERIFY_OK(listed);
    QVERIFY(std::any_of(listed.value().begin(), listed.value().end(),
                        [&](const RequestObject &r) { return r.id == request.id; }));
    const RequestObject stored = m_calls->get(request.id).value();
    QCOMPARE(stored.actualRowEst.value_or(0), 5000);
}

void TestSubmitRequestDialog::localValidationKeepsInput()
{
    auto dialog = openFilled(m_cloud.get(), QStringLiteral("12 rows"));
    QVERIFY(dialog);
    auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("submitSelectionTable"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("submitAddField")),
                      Qt::LeftButton);
    typeInCell(table, table->rowCount() - 1, SubmitRequestDialog::FieldColumn,
               QStringLiteral("Quarter"));
    const int rows = table->rowCount();

    QSignalSpy submitted(dialog.get(), &SubmitRequestDialog::submitted);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("submitButton")),
                      Qt::LeftButton);
    auto *validation = dialog->findChild<QLabel *>(QStringLiteral("submitValidation"));
    QVERIFY(validation->isVisible());
    QVERIFY2(validation->text().contains(QStringLiteral("row estimate")),
             qPrintable(validation->text()));
    QVERIFY2(validation->text().contains(QStringLiteral("Quarter")),
             qPrintable(validation->text()));
    QCOMPARE(submitted.count(), 0);
    QCOMPARE(table->rowCount(), rows);
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("submitRowEstimate"))->text(),
             QStringLiteral("12 rows"));
}

void TestSubmitRequestDialog::serverRefusalKeepsInput()
{
    // Far beyond the link's row estimate range: the service refuses and says why.
    auto dialog = openFilled(m_cloud.get(), QStringLiteral("90000000"));
    QVERIFY(dialog);
    auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("submitSelectionTable"));
    const QString firstValues = table->item(0, SubmitRequestDialog::ValuesColumn)->text();
    QSignalSpy submitted(dialog.get(), &SubmitRequestDialog::submitted);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("submitButton")),
                      Qt::LeftButton);
    auto *banner = dialog->findChild<ErrorBanner *>(QStringLiteral("submitErrorBanner"));
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10000);
    QVERIFY2(banner->text().contains(QStringLiteral("Row estimate")), qPrintable(banner->text()));
    QCOMPARE(submitted.count(), 0);
    QCOMPARE(table->item(0, SubmitRequestDialog::ValuesColumn)->text(), firstValues);
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("submitRowEstimate"))->text(),
             QStringLiteral("90000000"));
    QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("submitButton"))->isEnabled());
}

void TestSubmitRequestDialog::submitsOnQse()
{
    auto dialog = openFilled(m_qse.get(), QStringLiteral("5000"));
    QVERIFY(dialog);
    QSignalSpy submitted(dialog.get(), &SubmitRequestDialog::submitted);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("submitButton")),
                      Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(submitted.count(), 1, 10000);
    const auto request = submitted.first().first().value<RequestObject>();
    const auto listed = run<QList<QseRequest>>([&](auto done) {
        return api::QseOdagApi(m_qse->transport())
            .listLinkRequests(linkId(sandbox::demo::kLinkSalesPipeline), m_qse.get(),
                              std::move(done));
    });
    ODAG_VERIFY_OK(listed);
    QVERIFY(std::any_of(listed.value().begin(), listed.value().end(), [&](const QseRequest &r) {
        return r.id.value_or(QString()) == request.id;
    }));
}

ODAG_TEST_MAIN(TestSubmitRequestDialog)
#include "tst_submit_request_dialog.moc"
