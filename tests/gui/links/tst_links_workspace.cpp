// The Links workspace against a real sandbox tenant over HTTP: the table lists the demo
// links with their selection apps and pending counts, filters by typing and by combos,
// disables and activates a link from the toolbar and decommissions one after a
// confirmation (each checked on the server), reports per link on a batch, and on a Qlik
// Sense Enterprise session lists and deletes links without offering status changes.

#include "LinkTestSupport.h"
#include "SandboxSession.h"
#include "TestMain.h"
#include "api/OdagLinksApi.h"
#include "api/QseOdagApi.h"
#include "gui/links/LinkDetailsPanel.h"
#include "gui/links/LinksModel.h"
#include "gui/links/LinksWorkspace.h"
#include "gui/widgets/Dialogs.h"
#include "gui/widgets/ErrorBanner.h"
#include "sandbox/odag/DemoLinkIds.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>

using namespace odag;
using gui::LinksModel;
using gui::LinksWorkspace;

namespace {
QString id(const char *s)
{
    return QString::fromLatin1(s);
}

OpenEnum<LinkStatus> serverStatus(gui::TenantSession &session, const QString &linkId)
{
    auto r = test::await<LinkStateFull>([&](QObject *ctx, api::Callback<LinkStateFull> done) {
        api::OdagLinksApi(session.transport()).getLink(linkId, ctx, std::move(done));
    });
    if (!r || !r->ok())
        return {};
    return r->value().status;
}

QString statusShown(LinksWorkspace &w, const QString &linkId)
{
    const int row = w.model()->rowOf(linkId);
    return row < 0 ? QString() : w.model()->index(row, LinksModel::StatusColumn).data(LinksModel::StatusRole).toString();
}

void selectCombo(QComboBox *combo, const QString &text)
{
    const int at = combo->findText(text);
    QVERIFY2(at >= 0, qPrintable(text));
    combo->setCurrentIndex(at);
}
} // namespace

class TestLinksWorkspace : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<test::SandboxSession> m_sandbox;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        gui::dialogs::setSuppressMessages(true);
        m_sandbox = std::make_unique<test::SandboxSession>(test::SandboxSession::demoOptions());
        QVERIFY2(m_sandbox->ok(), qPrintable(m_sandbox->errorString()));
    }

    void listsTheDemoLinks()
    {
        auto session = m_sandbox->cloud();
        LinksWorkspace w(session.get());
        auto *table = w.findChild<QTableView *>(QStringLiteral("linksTable"));
        QVERIFY(table);
        QAbstractItemModelTester t1(w.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(w.model(), &QAbstractItemModel::modelReset);
        w.resize(1200, 700);
        w.show();
        QTRY_VERIFY_WITH_TIMEOUT(w.hasLoaded(), 10000);
        QCOMPARE(w.model()->rowCount(), int(std::size(sandbox::demo::kDemoLinks)));
        QCOMPARE(table->model()->rowCount(), w.model()->rowCount());

        const int row = w.model()->rowOf(id(sandbox::demo::kLinkSalesDetails));
        QVERIFY(row >= 0);
        QCOMPARE(w.model()->index(row, LinksModel::NameColumn).data().toString(),
                 QStringLiteral("Sales by region – order details"));
        QVERIFY(!w.model()->at(row).selectionAppName.isEmpty());
        QCOMPARE(w.model()->index(row, LinksModel::SelectionAppColumn).data().toString(), w.model()->at(row).selectionAppName);
        // Every link gets its pending count.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const auto &l : w.model()->links())
                    if (l.pendingRequests < 0)
                        return false;
                return true;
            }(),
            10000);
        QVERIFY(w.findChild<QLabel *>(QStringLiteral("linksCount"))->text().contains(QStringLiteral("13")));

        // The details panel shows the selected link, including what only a single GET has.
        w.selectLink(id(sandbox::demo::kLinkSalesDetails));
        QCOMPARE(w.findChild<QLabel *>(QStringLiteral("detailId"))->text(), id(sandbox::demo::kLinkSalesDetails));
        auto *accessible = w.findChild<QLabel *>(QStringLiteral("detailGenAppAccessible"));
        QTRY_VERIFY_WITH_TIMEOUT(accessible->text() == QStringLiteral("Yes") || accessible->text() == QStringLiteral("No"), 10000);
        auto *usages = w.findChild<QLabel *>(QStringLiteral("detailUsages"));
        QTRY_VERIFY_WITH_TIMEOUT(usages->text().contains(QStringLiteral("(this link)")), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(w.findChild<QLabel *>(QStringLiteral("detailCanCreate"))->text().startsWith(QStringLiteral("Yes")), 10000);
        QVERIFY(w.findChild<QWidget *>(QStringLiteral("detailBindings")) != nullptr);

        // Refresh updates in place.
        QTest::mouseClick(test::toolButton(&w, QStringLiteral("linksRefresh")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(test::toolButton(&w, QStringLiteral("linksRefresh"))->isEnabled(), 10000);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(w.model()->rowCount(), int(std::size(sandbox::demo::kDemoLinks)));

        // Enter on a row asks for the editor; New link is offered (the admin may create).
        QSignalSpy edit(&w, &LinksWorkspace::editLinkRequested);
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(edit.count(), 1);
        QCOMPARE(edit.first().first().value<gui::LinkRecord>().id(), id(sandbox::demo::kLinkSalesDetails));
        QTRY_VERIFY_WITH_TIMEOUT(test::toolButton(&w, QStringLiteral("linksNew"))->isEnabled(), 10000);
    }

    void filtersByTypingAndCombos()
    {
        auto session = m_sandbox->cloud();
        LinksWorkspace w(session.get());
        auto *table = w.findChild<QTableView *>(QStringLiteral("linksTable"));
        QAbstractItemModelTester t1(w.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        w.show();
        QTRY_VERIFY_WITH_TIMEOUT(w.hasLoaded(), 10000);
        const int all = w.model()->rowCount();

        auto *search = w.findChild<QLineEdit *>(QStringLiteral("linksSearch"));
        QTest::keyClicks(search, QStringLiteral("flights"));
        QStringList shown;
        for (int r = 0; r < table->model()->rowCount(); ++r)
            shown << table->model()->index(r, 0).data().toString();
        shown.sort();
        QCOMPARE(shown, (QStringList{QStringLiteral("Flights (legacy 2019 link)"), QStringLiteral("Flights by carrier"),
                                     QStringLiteral("Flights dynamic view")}));
        for (int r = 0; r < table->model()->rowCount(); ++r)
            QVERIFY(table->model()->index(r, 0).data(LinksModel::SearchTextRole).toString().contains(QStringLiteral("flights")));
        search->clear();
        QCOMPARE(table->model()->rowCount(), all);

        auto *status = w.findChild<QComboBox *>(QStringLiteral("linksStatusFilter"));
        selectCombo(status, QStringLiteral("Incomplete"));
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, 0).data(LinksModel::IdRole).toString(), id(sandbox::demo::kLinkClaimsPolicyHolder));
        status->setCurrentIndex(0);

        auto *type = w.findChild<QComboBox *>(QStringLiteral("linksTypeFilter"));
        selectCombo(type, QStringLiteral("Dynamic views only"));
        QCOMPARE(table->model()->rowCount(), 2);
        type->setCurrentIndex(0);

        auto *owner = w.findChild<QComboBox *>(QStringLiteral("linksOwnerFilter"));
        selectCombo(owner, QStringLiteral("Aiko Tanaka"));
        QVERIFY(table->model()->rowCount() > 0 && table->model()->rowCount() < all);
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            const int row = w.model()->rowOf(table->model()->index(r, 0).data(LinksModel::IdRole).toString());
            QCOMPARE(w.model()->at(row).link.owner.id, id(sandbox::demo::kSecondAuthorId));
        }
        owner->setCurrentIndex(0);

        auto *app = w.findChild<QComboBox *>(QStringLiteral("linksSelectionAppFilter"));
        QVERIFY(app->count() >= 4); // "any" and the three selection apps
        app->setCurrentIndex(1);
        const QString chosen = app->currentData().toString();
        QVERIFY(table->model()->rowCount() > 0 && table->model()->rowCount() < all);
        for (int r = 0; r < table->model()->rowCount(); ++r)
            QCOMPARE(table->model()->index(r, 0).data(LinksModel::SelectionAppIdRole).toString(), chosen);
    }

    void disableThenActivate()
    {
        auto session = m_sandbox->cloud();
        LinksWorkspace w(session.get());
        QAbstractItemModelTester t1(w.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        w.show();
        QTRY_VERIFY_WITH_TIMEOUT(w.hasLoaded(), 10000);
        const QString link = id(sandbox::demo::kLinkFlightsCarrier);
        w.selectLink(link);
        auto *disable = test::toolButton(&w, QStringLiteral("linksDisable"));
        auto *activate = test::toolButton(&w, QStringLiteral("linksActivate"));
        QVERIFY(disable->isEnabled());
        QVERIFY(!activate->isEnabled()); // already active
        QVERIFY(!activate->toolTip().isEmpty());

        QTest::mouseClick(disable, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(statusShown(w, link), QStringLiteral("disabled"), 10000);
        QCOMPARE(serverStatus(*session, link).value(), LinkStatus::Disabled);
        QTRY_VERIFY_WITH_TIMEOUT(activate->isEnabled(), 5000);
        QVERIFY(!disable->isEnabled());

        QTest::mouseClick(activate, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(statusShown(w, link), QStringLiteral("active"), 10000);
        QCOMPARE(serverStatus(*session, link).value(), LinkStatus::Active);
        QVERIFY(!w.findChild<gui::ErrorBanner *>()->isVisible());
    }

    void decommissionAsksFirst()
    {
        auto session = m_sandbox->cloud();
        LinksWorkspace w(session.get());
        QAbstractItemModelTester t1(w.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        w.show();
        QTRY_VERIFY_WITH_TIMEOUT(w.hasLoaded(), 10000);
        const QString link = id(sandbox::demo::kLinkClaimsArchive);
        w.selectLink(link);
        auto *decommission = test::toolButton(&w, QStringLiteral("linksDecommission"));
        QVERIFY(decommission->isEnabled());

        gui::dialogs::setNextAnswer(QMessageBox::No);
        QTest::mouseClick(decommission, Qt::LeftButton);
        QCOMPARE(serverStatus(*session, link).value(), LinkStatus::Disabled);

        gui::dialogs::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(decommission, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(statusShown(w, link), QStringLiteral("decommissioned"), 10000);
        QCOMPARE(serverStatus(*session, link).value(), LinkStatus::Decommissioned);
        // A decommissioned link cannot change status again; the tooltip says why.
        auto *activate = test::toolButton(&w, QStringLiteral("linksActivate"));
        QTRY_VERIFY_WITH_TIMEOUT(!activate->isEnabled() && !decommission->isEnabled(), 5000);
        QVERIFY(activate->toolTip().contains(QStringLiteral("decommissioned")));
    }

    void batchReportsPerLink()
    {
        auto session = m_sandbox->cloud();
        LinksWorkspace w(session.get());
        auto *table = w.findChild<QTableView *>(QStringLiteral("linksTable"));
        QAbstractItemModelTester t1(w.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        w.show();
        QTRY_VERIFY_WITH_TIMEOUT(w.hasLoaded(), 10000);
        const QString a = id(sandbox::demo::kLinkSalesPipeline);
        const QString b = id(sandbox::demo::kLinkClaimsFraud);
        w.selectLink(a);
        const QModelIndex second = table->model()->index(
            [&] {
                for (int r = 0; r < table->model()->rowCount(); ++r)
                    if (table->model()->index(r, 0).data(LinksModel::IdRole).toString() == b)
                        return r;
                return -1;
            }(),
            0);
        table->selectionModel()->select(second, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(w.selectedLinks().size(), 2);
        QCOMPARE(w.findChild<QLabel *>(QStringLiteral("linkDetailsPlaceholder"))->text(),
                 QStringLiteral("2 link(s) selected. The actions apply to each of them."));

        QTest::mouseClick(test::toolButton(&w, QStringLiteral("linksDisable")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(statusShown(w, b), QStringLiteral("disabled"), 10000);
        QCOMPARE(statusShown(w, a), QStringLiteral("disabled"));
        QCOMPARE(serverStatus(*session, a).value(), LinkStatus::Disabled);
        QCOMPARE(serverStatus(*session, b).value(), LinkStatus::Disabled);
        const QString report = gui::dialogs::lastMessage();
        QVERIFY2(report.contains(QStringLiteral("Sales pipeline drill-down: now disabled")), qPrintable(report));
        QVERIFY2(report.contains(QStringLiteral("Claims fraud review: now disabled")), qPrintable(report));
    }

    void refusedChangeShowsTheReason()
    {
        // The server refuses to activate an incomplete link: the banner says why, the
        // link stays as it was.
        auto session = m_sandbox->cloud();
        LinksWorkspace w(session.get());
        QAbstractItemModelTester t1(w.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        w.show();
        QTRY_VERIFY_WITH_TIMEOUT(w.hasLoaded(), 10000);
        const QString link = id(sandbox::demo::kLinkClaimsPolicyHolder);
        w.selectLink(link);
        auto *activate = test::toolButton(&w, QStringLiteral("linksActivate"));
        QVERIFY(activate->isEnabled());
        QTest::mouseClick(activate, Qt::LeftButton);
        auto *banner = w.findChild<gui::ErrorBanner *>(QStringLiteral("linksErrorBanner"));
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10000);
        QVERIFY2(banner->text().contains(QStringLiteral("incomplete")), qPrintable(banner->text()));
        QCOMPARE(statusShown(w, link), QStringLiteral("incomplete"));
        QCOMPARE(serverStatus(*session, link).value(), LinkStatus::Incomplete);
    }

    void analystIsToldWhatIsNotAllowed()
    {
        // An analyst may neither create links nor change other people's links: the
        // actions are off and their tooltips say why.
        auto session = m_sandbox->cloud(sandbox::demo::kAnalystKey);
        LinksWorkspace w(session.get());
        QAbstractItemModelTester t1(w.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        w.show();
        QTRY_VERIFY_WITH_TIMEOUT(w.hasLoaded(), 10000);
        auto *create = test::toolButton(&w, QStringLiteral("linksNew"));
        QTRY_VERIFY_WITH_TIMEOUT(!create->isEnabled(), 10000);
        QCOMPARE(create->toolTip(), QStringLiteral("You may not create links on this tenant."));
        w.selectLink(id(sandbox::demo::kLinkClaimsInvestigation));
        auto *disable = test::toolButton(&w, QStringLiteral("linksDisable"));
        QVERIFY(!disable->isEnabled());
        QVERIFY2(disable->toolTip().contains(QStringLiteral("You may not change")), qPrintable(disable->toolTip()));
        // Reading and exporting stay possible.
        QVERIFY(test::toolButton(&w, QStringLiteral("linksExport"))->isEnabled());
    }

    void senseEnterpriseListsAndDeletes()
    {
        auto session = m_sandbox->senseEnterprise();
        LinksWorkspace w(session.get());
        QAbstractItemModelTester t1(w.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        w.show();
        QTRY_VERIFY_WITH_TIMEOUT(w.hasLoaded(), 10000);
        QVERIFY(w.model()->rowCount() > 0);
        QVERIFY(!w.findChild<gui::ErrorBanner *>()->isVisible());
        // No status changes on Qlik Sense Enterprise: not offered, and the page says so.
        QVERIFY(!test::toolButton(&w, QStringLiteral("linksActivate"))->isVisible());
        QVERIFY(!test::toolButton(&w, QStringLiteral("linksDisable"))->isVisible());
        QVERIFY(!test::toolButton(&w, QStringLiteral("linksDecommission"))->isVisible());
        QVERIFY(!w.findChild<QComboBox *>(QStringLiteral("linksTypeFilter"))->isVisible());
        QVERIFY(w.findChild<QLabel *>(QStringLiteral("linksQseNote"))->isVisible());
        auto *del = test::toolButton(&w, QStringLiteral("linksDelete"));
        QVERIFY(del->isVisible());

        const QString link = id(sandbox::demo::kLinkSalesSnapshot);
        QVERIFY(w.model()->rowOf(link) >= 0);
        w.selectLink(link);
        QVERIFY(del->isEnabled());
        gui::dialogs::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(del, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(w.model()->rowOf(link), -1, 10000);
        auto gone = test::await<QseLink>([&](QObject *ctx, api::Callback<QseLink> done) {
            api::QseOdagApi(session->transport()).getLink(link, ctx, std::move(done));
        });
        QVERIFY(gone.has_value());
        QVERIFY(!gone->ok());
        QCOMPARE(gone->error().httpStatus, 404);
    }
};

ODAG_TEST_MAIN(TestLinksWorkspace)
#include "tst_links_workspace.moc"
