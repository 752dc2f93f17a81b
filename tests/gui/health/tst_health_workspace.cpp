// The Tenant health workspace against a real sandbox tenant over HTTP: the values shown
// are the API's, an admin changes a setting and the tenant has it, a non-admin sees why
// the settings are read-only, the ODAG app lists and the sessions table match the API,
// one failing call leaves the other sections alone, and a Qlik Sense Enterprise session
// shows the ODAG service's version.

#include "SandboxSession.h"
#include "TestMain.h"
#include "api/EngineApi.h"
#include "api/OdagTenantApi.h"
#include "api/QseOdagApi.h"
#include "gui/health/EngineSessionModel.h"
#include "gui/health/EngineSessionsPanel.h"
#include "gui/health/OdagAppListModel.h"
#include "gui/health/OdagAppsPanel.h"
#include "gui/health/TenantHealthPage.h"
#include "gui/widgets/ErrorBanner.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>

#include <memory>
#include <optional>

using namespace odag;
using Tester = QAbstractItemModelTester;

namespace {
// Runs one typed call to its end and gives its result.
template <class T, class Call> std::optional<api::ApiResult<T>> await(Call call)
{
    std::optional<api::ApiResult<T>> result;
    QObject context;
    call(&context, [&result](const api::ApiResult<T> &r) { result = r; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 10000))
        qWarning("the call did not answer in time");
    return result;
}

QSet<QString> idsOf(const QList<AppStateCondensed> &apps)
{
    QSet<QString> ids;
    for (const AppStateCondensed &a : apps)
        ids.insert(a.id);
    return ids;
}

QSet<QString> idsOf(const gui::OdagAppListModel *model)
{
    QSet<QString> ids;
    for (const AppStateCondensed &a : model->rows())
        ids.insert(a.id);
    return ids;
}

gui::ErrorBanner *bannerOf(QWidget *section)
{
    return section->findChild<gui::ErrorBanner *>();
}
} // namespace

class TestHealthWorkspace : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<test::SandboxSession> m_sandbox;

    // Opens the page with every model and proxy under a tester for the page's lifetime.
    std::unique_ptr<gui::TenantHealthPage> open(gui::TenantSession *session,
                                                std::vector<std::unique_ptr<Tester>> &testers)
    {
        auto page = std::make_unique<gui::TenantHealthPage>(session);
        if (auto *apps = page->findChild<gui::OdagAppsPanel *>()) {
            for (OdagAppType t :
                 {OdagAppType::Selection, OdagAppType::Template, OdagAppType::Generated}) {
                testers.push_back(
                    std::make_unique<Tester>(apps->model(t), Tester::FailureReportingMode::QtTest));
                testers.push_back(
                    std::make_unique<Tester>(apps->proxy(t), Tester::FailureReportingMode::QtTest));
            }
        }
        if (auto *sessions = page->findChild<gui::EngineSessionsPanel *>()) {
            testers.push_back(
                std::make_unique<Tester>(sessions->model(), Tester::FailureReportingMode::QtTest));
            testers.push_back(
                std::make_unique<Tester>(sessions->proxy(), Tester::FailureReportingMode::QtTest));
        }
        page->resize(1100, 700);
        page->show();
        return page;
    }

    template <class W> W *child(QWidget *page, const char *name)
    {
        auto *w = page->findChild<W *>(QString::fromLatin1(name));
        if (!w)
            qWarning("no child %s", name);
        return w;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_sandbox = std::make_unique<test::SandboxSession>();
        QVERIFY2(m_sandbox->ok(), qPrintable(m_sandbox->errorString()));
    }

    void cleanup() { m_sandbox->server().faults().clear(); }

    void showsWhatTheApiSays()
    {
        auto session = m_sandbox->cloud();
        std::vector<std::unique_ptr<Tester>> testers;
        auto page = open(session.get(), testers);
        QTRY_VERIFY_WITH_TIMEOUT(page->hasLoaded(), 10000);

        api::EngineApi engine(session->transport());
        const auto check =
            await<HealthcheckStatus>([&](QObject *c, auto done) { engine.healthcheck(c, done); });
        QVERIFY(check && check->ok());
        QCOMPARE(child<QLabel>(page.get(), "engineVersion")->text(),
                 check->value().version.value());
        QVERIFY(child<QLabel>(page.get(), "engineStatus")
                    ->text()
                    .contains(QLatin1StringView("Healthy")));
        QVERIFY(child<QLabel>(page.get(), "engineUsers")
                    ->text()
                    .endsWith(QLocale().toString(check->value().users->total.value())));
        auto *cpu = child<QProgressBar>(page.get(), "engineCpuBar");
        QVERIFY(cpu->isEnabled());
        QVERIFY(cpu->format().endsWith(QLatin1StringView(" %")));
        QVERIFY(child<QProgressBar>(page.get(), "engineMemoryBar")->isEnabled());

        api::OdagTenantApi tenant(session->transport());
        const auto settings =
            await<OdagSettings>([&](QObject *c, auto done) { tenant.getSettings(c, done); });
        QVERIFY(settings && settings->ok());
        QCOMPARE(child<QCheckBox>(page.get(), "odagEnabled")->isChecked(),
                 settings->value().odagEnabled.value());
        QCOMPARE(child<QCheckBox>(page.get(), "dynamicViewEnabled")->isChecked(),
                 settings->value().dynamicViewEnabled.value());
        QVERIFY(child<QCheckBox>(page.get(), "odagEnabled")->isEnabled());
        QCOMPARE(child<QLabel>(page.get(), "canUpdateSettings")->text(),
                 QStringLiteral("You can change these settings."));
        QVERIFY(!child<QPushButton>(page.get(), "odagSettingsSave")
                     ->isEnabled()); // nothing changed yet
        for (auto *banner : page->findChildren<gui::ErrorBanner *>())
            QVERIFY2(!banner->isVisible(), qPrintable(banner->text()));
        QVERIFY(!child<QLabel>(page.get(), "healthUpdated")->text().isEmpty());
    }

    void adminChangesDynamicViews()
    {
        auto session = m_sandbox->cloud();
        std::vector<std::unique_ptr<Tester>> testers;
        auto page = open(session.get(), testers);
        QTRY_VERIFY_WITH_TIMEOUT(page->hasLoaded(), 10000);
        auto *dynamic = child<QCheckBox>(page.get(), "dynamicViewEnabled");
        auto *save = child<QPushButton>(page.get(), "odagSettingsSave");
        QTRY_VERIFY(dynamic->isEnabled());
        const bool before = dynamic->isChecked();

        QTest::mouseClick(dynamic, Qt::LeftButton, {}, QPoint(8, dynamic->height() / 2));
        QCOMPARE(dynamic->isChecked(), !before);
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(page.get(), "odagSettingsResult")
                                     ->text()
                                     .startsWith(QLatin1StringView("Saved")),
                                 10000);
        QVERIFY(!save->isEnabled());

        api::OdagTenantApi tenant(session->transport());
        auto settings =
            await<OdagSettings>([&](QObject *c, auto done) { tenant.getSettings(c, done); });
        QVERIFY(settings && settings->ok());
        QCOMPARE(settings->value().dynamicViewEnabled.value(), !before);
        QCOMPARE(settings->value().odagEnabled.value(), true); // untouched

        // A refresh shows the tenant's value; then the change is put back.
        page->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(page.get(), "healthRefresh")->isEnabled(),
                                 10000);
        QCOMPARE(dynamic->isChecked(), !before);
        dynamic->click();
        save->click();
        QTRY_VERIFY_WITH_TIMEOUT(!save->isEnabled() && dynamic->isEnabled(), 10000);
        settings = await<OdagSettings>([&](QObject *c, auto done) { tenant.getSettings(c, done); });
        QCOMPARE(settings->value().dynamicViewEnabled.value(), before);
    }

    void failedSaveKeepsTheEdit()
    {
        auto session = m_sandbox->cloud();
        std::vector<std::unique_ptr<Tester>> testers;
        auto page = open(session.get(), testers);
        QTRY_VERIFY_WITH_TIMEOUT(page->hasLoaded(), 10000);
        auto *odag = child<QCheckBox>(page.get(), "odagEnabled");
        auto *save = child<QPushButton>(page.get(), "odagSettingsSave");
        QVERIFY(odag->isChecked());
        m_sandbox->server().faults().setRules(*sandbox::FaultInjector::parseSpec(
            QStringLiteral("500:1:/api/analytics/odag-settings:PUT")));
        odag->click();
        save->click();
        auto *banner = bannerOf(child<QWidget>(page.get(), "odagSettingsPanel"));
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 15000);
        QVERIFY2(banner->text().contains(QLatin1StringView("Could not save the ODAG settings")),
                 qPrintable(banner->text()));
        QVERIFY(!odag->isChecked()); // the edit stays
        QVERIFY(save->isEnabled());  // and can be sent again

        // A refresh meanwhile does not overwrite the unsaved edit.
        m_sandbox->server().faults().clear();
        page->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(page.get(), "healthRefresh")->isEnabled(),
                                 10000);
        QVERIFY(!odag->isChecked());
        api::OdagTenantApi tenant(session->transport());
        const auto settings =
            await<OdagSettings>([&](QObject *c, auto done) { tenant.getSettings(c, done); });
        QCOMPARE(settings->value().odagEnabled.value(), true);

        child<QPushButton>(page.get(), "odagSettingsRevert")->click();
        QVERIFY(odag->isChecked());
        QVERIFY(!save->isEnabled());
    }

    void nonAdminSettingsAreReadOnly()
    {
        auto session = m_sandbox->cloud(sandbox::demo::kAuthorKey);
        std::vector<std::unique_ptr<Tester>> testers;
        auto page = open(session.get(), testers);
        QTRY_VERIFY_WITH_TIMEOUT(page->hasLoaded(), 10000);
        const QString reason =
            QStringLiteral("Only tenant administrators can view or change the ODAG settings.");
        for (const char *name : {"odagEnabled", "dynamicViewEnabled"}) {
            auto *box = child<QCheckBox>(page.get(), name);
            QVERIFY(!box->isEnabled());
            QCOMPARE(box->toolTip(), reason);
            QCOMPARE(box->checkState(), Qt::PartiallyChecked); // not known to this user
        }
        QCOMPARE(child<QLabel>(page.get(), "canUpdateSettings")->text(), reason);
        QVERIFY(!child<QPushButton>(page.get(), "odagSettingsSave")->isEnabled());
        // A 403 here is information, not an error.
        QVERIFY(!bannerOf(child<QWidget>(page.get(), "odagSettingsPanel"))->isVisible());
        QVERIFY(child<QLabel>(page.get(), "engineStatus")
                    ->text()
                    .contains(QLatin1StringView("Healthy")));
    }

    void odagAppListsMatchTheApi()
    {
        auto session = m_sandbox->cloud();
        std::vector<std::unique_ptr<Tester>> testers;
        auto page = open(session.get(), testers);
        QVERIFY(page->showSubView(gui::TenantHealthPage::appsSubView()));
        QTRY_VERIFY_WITH_TIMEOUT(page->hasLoaded(), 10000);
        auto *panel = page->findChild<gui::OdagAppsPanel *>();
        QVERIFY(panel->isVisible());
        auto *tabs = child<QTabWidget>(page.get(), "odagAppTabs");

        api::OdagTenantApi tenant(session->transport());
        int i = 0;
        int total = 0;
        for (OdagAppType t :
             {OdagAppType::Selection, OdagAppType::Template, OdagAppType::Generated}) {
            const auto apps =
                await<OdagApps>([&](QObject *c, auto done) { tenant.listOdagApps(t, c, done); });
            QVERIFY(apps && apps->ok());
            const QList<AppStateCondensed> list = apps->value().apps();
            QVERIFY2(!list.isEmpty(), "the demo tenant has apps of every kind");
            QCOMPARE(idsOf(panel->model(t)), idsOf(list));
            QVERIFY2(tabs->tabText(i).endsWith(QStringLiteral("(%1)").arg(list.size())),
                     qPrintable(tabs->tabText(i)));
            total += int(list.size());
            // The overview's counts are the same.
            const char *countNames[] = {"selectionAppCount", "templateAppCount",
                                        "generatedAppCount"};
            QCOMPARE(child<QLabel>(page.get(), countNames[i])->text(),
                     QLocale().toString(list.size()));
            ++i;
        }
        QVERIFY(child<QTabWidget>(page.get(), "healthTabs")
                    ->tabText(1)
                    .contains(QString::number(total)));

        // The filter narrows every list by name or ID.
        const AppStateCondensed first = panel->model(OdagAppType::Template)->at(0);
        QTest::keyClicks(child<QLineEdit>(page.get(), "odagAppsFilter"), first.id);
        QCOMPARE(panel->proxy(OdagAppType::Template)->rowCount(), 1);
        QCOMPARE(panel->proxy(OdagAppType::Template)
                     ->index(0, gui::OdagAppListModel::IdColumn)
                     .data()
                     .toString(),
                 first.id);
        QVERIFY(tabs->tabText(1).contains(QStringLiteral("1 of")));
        child<QLineEdit>(page.get(), "odagAppsFilter")->clear();
        QCOMPARE(panel->proxy(OdagAppType::Template)->rowCount(),
                 panel->model(OdagAppType::Template)->rowCount());

        // A refresh keeps the rows (no reset) and the same content.
        const int rows = panel->model(OdagAppType::Selection)->rowCount();
        QSignalSpy resets(panel->model(OdagAppType::Selection), &QAbstractItemModel::modelReset);
        page->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(page.get(), "healthRefresh")->isEnabled(),
                                 10000);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(panel->model(OdagAppType::Selection)->rowCount(), rows);
    }

    void sessionsTableIsFilled()
    {
        auto session = m_sandbox->cloud();
        std::vector<std::unique_ptr<Tester>> testers;
        auto page = open(session.get(), testers);
        QVERIFY(page->showSubView(gui::TenantHealthPage::sessionsSubView()));
        QTRY_VERIFY_WITH_TIMEOUT(page->hasLoaded(), 10000);
        auto *panel = page->findChild<gui::EngineSessionsPanel *>();
        QVERIFY(panel->isVisible());

        api::EngineApi engine(session->transport());
        const auto sessions =
            await<EngineSessionList>([&](QObject *c, auto done) { engine.sessions(c, done); });
        QVERIFY(sessions && sessions->ok());
        QVERIFY(!sessions->value().isEmpty());
        QCOMPARE(panel->model()->rowCount(), int(sessions->value().size()));
        QSet<QString> users;
        for (const EngineSession &s : sessions->value())
            users.insert(s.userid.value_or(QString()));
        for (int row = 0; row < panel->model()->rowCount(); ++row)
            QVERIFY(users.contains(
                panel->model()->index(row, gui::EngineSessionModel::UserColumn).data().toString()));
        auto *view = child<QTableView>(page.get(), "engineSessionsView");
        QCOMPARE(view->model()->rowCount(), panel->model()->rowCount());
        QVERIFY(child<QTabWidget>(page.get(), "healthTabs")
                    ->tabText(2)
                    .contains(QString::number(sessions->value().size())));
    }

    void oneFailingCallLeavesTheOthers()
    {
        m_sandbox->server().faults().setRules(
            *sandbox::FaultInjector::parseSpec(QStringLiteral("500:1:/engine/sessions")));
        auto session = m_sandbox->cloud();
        std::vector<std::unique_ptr<Tester>> testers;
        auto page = open(session.get(), testers);
        QTRY_VERIFY_WITH_TIMEOUT(page->hasLoaded(), 30000);
        auto *sessionsBanner = bannerOf(page->findChild<gui::EngineSessionsPanel *>());
        QVERIFY(!sessionsBanner->isHidden());
        QVERIFY2(sessionsBanner->text().contains(
                     QLatin1StringView("Could not list the engine sessions")),
                 qPrintable(sessionsBanner->text()));
        QVERIFY(bannerOf(child<QWidget>(page.get(), "engineHealthPanel"))->isHidden());
        QVERIFY(child<QLabel>(page.get(), "engineStatus")
                    ->text()
                    .contains(QLatin1StringView("Healthy")));
        QVERIFY(child<QCheckBox>(page.get(), "odagEnabled")->isChecked());
        QVERIFY(page->findChild<gui::OdagAppsPanel *>()->model(OdagAppType::Selection)->rowCount() >
                0);
    }

    void autoRefreshAsksAgain()
    {
        auto session = m_sandbox->cloud();
        std::vector<std::unique_ptr<Tester>> testers;
        auto page = open(session.get(), testers);
        QTRY_VERIFY_WITH_TIMEOUT(page->hasLoaded(), 10000);
        auto *autoRefresh = child<QCheckBox>(page.get(), "healthAutoRefresh");
        QVERIFY(!autoRefresh->isChecked()); // off by default
        page->setAutoRefreshInterval(100);
        QSignalSpy calls(&session->transport(), &api::Transport::exchanged);
        QTest::qWait(300);
        QCOMPARE(calls.count(), 0);
        autoRefresh->click();
        QTRY_VERIFY_WITH_TIMEOUT(calls.count() >= 16, 10000); // two rounds of eight calls
        autoRefresh->click();
    }

    void senseEnterpriseShowsTheServiceVersion()
    {
        auto session = m_sandbox->senseEnterprise();
        std::vector<std::unique_ptr<Tester>> testers;
        auto page = open(session.get(), testers);
        QTRY_VERIFY_WITH_TIMEOUT(page->hasLoaded(), 10000);
        api::QseOdagApi qse(session->transport());
        const auto about = await<QseAbout>([&](QObject *c, auto done) { qse.about(c, done); });
        QVERIFY(about && about->ok());
        QCOMPARE(child<QLabel>(page.get(), "qseVersion")->text(), about->value().version.value());
        const auto links =
            await<QList<QseLink>>([&](QObject *c, auto done) { qse.listLinks(c, done); });
        QVERIFY(links && links->ok());
        QCOMPARE(child<QLabel>(page.get(), "qseLinkCount")->text(),
                 QLocale().toString(links->value().size()));
        const auto requests =
            await<QList<QseRequest>>([&](QObject *c, auto done) { qse.listRequests(c, done); });
        QVERIFY(requests && requests->ok());
        QVERIFY(child<QLabel>(page.get(), "qseRequestCount")
                    ->text()
                    .startsWith(QLocale().toString(requests->value().size())));
        QVERIFY(child<QLabel>(page.get(), "qseExplanation")
                    ->text()
                    .contains(QLatin1StringView("Qlik Cloud")));
        // No Qlik Cloud controls that could only fail here.
        QVERIFY(!page->findChild<QCheckBox *>(QStringLiteral("odagEnabled")));
        QVERIFY(!page->findChild<QTabWidget *>(QStringLiteral("healthTabs")));
        QVERIFY(!child<QCheckBox>(page.get(), "healthAutoRefresh")->isVisible());
        QVERIFY(!page->showSubView(gui::TenantHealthPage::sessionsSubView()));
    }
};

ODAG_TEST_MAIN(TestHealthWorkspace)
#include "tst_health_workspace.moc"
