#include "DemoApps.h"

#include "AppsCommon.h"
#include "DemoScripts.h"
#include "DemoThumbnail.h"
#include "ReloadLog.h"
#include "ReloadRunner.h"
#include "SandboxApps.h"

#include "sandbox/DemoIds.h"
#include "sandbox/SandboxDemoUsers.h"
#include "sandbox/SandboxServer.h"

#include <QTimer>

namespace odag::sandbox {

namespace {

using namespace demo;

struct DemoSpace
{
    const char *id;
    const char *name;
    const char *type;
    const char *description;
    const char *owner;
    int ageDays;
};

struct DemoAssignment
{
    const char *space;
    const char *type;
    const char *assignee;
    QStringList roles;
};

struct DemoApp
{
    const char *id;
    const char *name;
    const char *description;
    const char *space; // nullptr: the owner's personal space
    const char *owner;
    int ageDays;
    int modifiedDays;
    const char *origin = nullptr; // published from this app
    bool thumbnail = false;
    const char *usage = "ANALYTICS";
};

struct DemoReload
{
    const char *app;
    int daysAgo;
    int hour;
    const char *status; // SUCCEEDED, FAILED, CANCELED
    const char *user;
    const char *type = "hub";
    const char *failure = nullptr; // the error of a FAILED reload of a sound script
};

QList<DemoSpace> demoSpaces()
{
    return {
        {kSpaceSalesDev, "Sales Analytics – Development", "shared",
         "Work in progress of the sales BI team: ODAG selection and template apps, dashboards "
         "before they are published. Not for end users.",
         kAuthorId, 240},
        {kSpaceSalesProd, "Sales Analytics", "managed",
         "Published sales dashboards for account managers and sales leadership.", kAdminId, 230},
        {kSpaceFinance, "Finance", "shared",
         "Controlling and treasury: budget, cash flow and claims analysis.", kSecondAuthorId, 200},
        {kSpaceOperations, "Operations", "shared",
         "Warehouses, fleet and flight operations analytics.", kAdminId, 180},
        {kSpaceDataLake, "Data Lake", "data",
         "Curated QVD layer and data preparation apps feeding the analytics spaces.", kAdminId,
         300},
    };
}

QList<DemoAssignment> demoAssignments()
{
    const auto roles = [](std::initializer_list<const char *> names) {
        QStringList out;
        for (const char *n : names)
            out.append(QString::fromLatin1(n));
        return out;
    };
    return {
        {kSpaceSalesDev, "user", kSecondAuthorId, roles({"codeveloper"})},
        {kSpaceSalesDev, "user", kAnalystId, roles({"consumer"})},
        {kSpaceSalesDev, "group", "Developers", roles({"producer"})},
        {kSpaceSalesProd, "user", kAuthorId, roles({"publisher", "consumer"})},
        {kSpaceSalesProd, "user", kAnalystId, roles({"contributor"})},
        {kSpaceSalesProd, "group", "Sales", roles({"consumer"})},
        {kSpaceFinance, "user", kAuthorId, roles({"consumer"})},
        {kSpaceFinance, "group", "Finance", roles({"consumer", "dataconsumer"})},
        {kSpaceOperations, "user", kSecondAuthorId, roles({"producer"})},
        {kSpaceOperations, "user", kAuthorId, roles({"codeveloper"})},
        {kSpaceOperations, "group", "EMEA", roles({"consumer"})},
        {kSpaceDataLake, "user", kAuthorId, roles({"producer"})},
        {kSpaceDataLake, "user", kSecondAuthorId, roles({"operator"})},
        {kSpaceDataLake, "group", "Developers", roles({"consumer", "dataconsumer"})},
    };
}

QList<DemoApp> demoApps()
{
    return {
        {kAppSalesSelection, "Sales Overview (ODAG selection)",
         "Aggregated sales by region, country, quarter and product line. Select a slice and "
         "generate an order-level app from the ODAG navigation bar.",
         kSpaceSalesDev, kAuthorId, 150, 6, nullptr, true},
        {kAppSalesTemplate, "Sales Order Details (ODAG template)",
         "Template of the on-demand order detail apps: order headers, lines and customers of "
         "the selected regions, years, quarters and product lines.",
         kSpaceSalesDev, kAuthorId, 150, 4},
        {kAppFlightsSelection, "Flight Delays Overview (ODAG selection)",
         "Monthly flights and delays per carrier and route since 2022.", kSpaceOperations,
         kSecondAuthorId, 120, 9, nullptr, true},
        {kAppFlightsTemplate, "Flight Delays Detail (ODAG template)",
         "Flight-level detail and delay causes for the chosen carriers and airports.",
         kSpaceOperations, kSecondAuthorId, 120, 9},
        {kAppClaimsSelection, "Insurance Claims Overview (ODAG selection)",
         "Claims, paid and reserved amounts per line of business, state and month.", kSpaceFinance,
         kSecondAuthorId, 95, 12, nullptr, true},
        {kAppClaimsTemplate, "Claims Detail (ODAG template)",
         "Claim-level detail with adjuster notes for the selected lines and states.", kSpaceFinance,
         kSecondAuthorId, 95, 12},
        {kAppBrokenTemplate, "Sales Forecast (ODAG template, new)",
         "Rewrite of the forecast template for the new forecast model. Does not load yet.",
         kSpaceSalesDev, kAuthorId, 8, 1},
        {kAppSalesDashboardDev, "Sales Dashboard", "Executive sales dashboard (development copy).",
         kSpaceSalesDev, kAuthorId, 210, 14, nullptr, true},
        {kAppSalesDashboard, "Sales Dashboard", "Revenue, margin and pipeline by month.",
         kSpaceSalesProd, kAuthorId, 200, 14, kAppSalesDashboardDev, true},
        {kAppEmeaSalesDraft, "Regional Sales – EMEA", "EMEA cut of the sales dashboard (draft).",
         nullptr, kAuthorId, 70, 20},
        {kAppEmeaSales, "Regional Sales – EMEA", "Sales, targets and country managers in EMEA.",
         kSpaceSalesProd, kAuthorId, 65, 20, kAppEmeaSalesDraft, true},
        {kAppBudgetActuals, "Budget vs. Actuals 2025",
         "Monthly budget against actuals per cost centre and account group.", kSpaceFinance,
         kSecondAuthorId, 160, 3},
        {kAppCashFlow, "Cash Flow Forecast", "Thirteen-week rolling cash forecast.", kSpaceFinance,
         kSecondAuthorId, 90, 2},
        {kAppWarehouseKpis, "Warehouse KPIs",
         "Pick rates, dock-to-stock and inventory accuracy per distribution centre.",
         kSpaceOperations, kAdminId, 140, 5, nullptr, true},
        {kAppFleetMaintenance, "Fleet Maintenance", "Work orders and downtime of the fleet.",
         kSpaceOperations, kSecondAuthorId, 100, 7},
        {kAppCustomer360, "Customer 360 – Data Prep",
         "Cleans and deduplicates CRM customers into the curated layer.", kSpaceDataLake, kAuthorId,
         260, 30, nullptr, false, "DATA_PREPARATION"},
        {kAppWebTrafficQvd, "Web Traffic QVD Generator",
         "Extracts yesterday's web sessions into daily QVDs.", kSpaceDataLake, kAdminId, 280, 40,
         nullptr, false, "DATA_PREPARATION"},
        {kAppPricingScratchpad, "Scratchpad – Pricing Ideas", "", nullptr, kAuthorId, 5, 1},
        {kAppExpenseReview, "Expense Review", "Quarterly T&E review over policy limits.", nullptr,
         kSecondAuthorId, 40, 10},
        {kAppUsageMonitor, "Tenant Usage Monitor", "App opens and reloads across the tenant.",
         nullptr, kAdminId, 320, 6},
    };
}

QList<DemoReload> demoReloads()
{
    return {
        {kAppSalesSelection, 6, 6, "SUCCEEDED", kAuthorId, "chronos"},
        {kAppSalesSelection, 3, 6, "SUCCEEDED", kAuthorId, "chronos"},
        {kAppSalesSelection, 1, 6, "SUCCEEDED", kAuthorId, "chronos"},
        {kAppSalesTemplate, 4, 10, "SUCCEEDED", kAuthorId},
        {kAppFlightsSelection, 5, 5, "SUCCEEDED", kSecondAuthorId, "chronos"},
        {kAppFlightsSelection, 2, 5, "SUCCEEDED", kSecondAuthorId, "chronos"},
        {kAppFlightsTemplate, 9, 14, "SUCCEEDED", kSecondAuthorId},
        {kAppClaimsSelection, 2, 4, "SUCCEEDED", kSecondAuthorId, "chronos"},
        {kAppClaimsTemplate, 12, 16, "SUCCEEDED", kSecondAuthorId},
        {kAppBrokenTemplate, 1, 15, "FAILED", kAuthorId},
        {kAppSalesDashboardDev, 14, 9, "SUCCEEDED", kAuthorId},
        {kAppSalesDashboard, 2, 7, "SUCCEEDED", kAuthorId, "chronos"},
        {kAppSalesDashboard, 1, 7, "SUCCEEDED", kAuthorId, "chronos"},
        {kAppEmeaSalesDraft, 20, 11, "SUCCEEDED", kAuthorId},
        {kAppEmeaSales, 1, 7, "SUCCEEDED", kAuthorId, "chronos"},
        {kAppBudgetActuals, 3, 8, "SUCCEEDED", kSecondAuthorId},
        {kAppCashFlow, 2, 7, "SUCCEEDED", kSecondAuthorId, "chronos"},
        {kAppWarehouseKpis, 1, 5, "SUCCEEDED", kAdminId, "chronos"},
        {kAppFleetMaintenance, 4, 6, "FAILED", kSecondAuthorId, "chronos",
         "Cannot open file: 'lib://DataFiles/Operations/Fleet/OpenWorkOrders.qvd' (Connector "
         "error: the file is locked by another process)"},
        {kAppFleetMaintenance, 3, 6, "SUCCEEDED", kSecondAuthorId, "chronos"},
        {kAppCustomer360, 2, 3, "SUCCEEDED", kAuthorId, "automations"},
        {kAppWebTrafficQvd, 2, 2, "CANCELED", kAdminId, "hub"},
        {kAppWebTrafficQvd, 1, 2, "SUCCEEDED", kAdminId, "chronos"},
        {kAppExpenseReview, 10, 13, "SUCCEEDED", kSecondAuthorId},
        {kAppUsageMonitor, 1, 1, "SUCCEEDED", kAdminId, "chronos"},
    };
}

QString demoId(const char *prefix, int n)
{
    return QString::fromLatin1(prefix) +
           QString::number(n, 16).rightJustified(22, QLatin1Char('0'));
}

QString text(const char *s)
{
    return QString::fromUtf8(s);
}

class DemoSeeder
{
public:
    explicit DemoSeeder(SandboxServer &server)
        : m_server(server)
        , m_store(server.store())
        , m_apps(server)
        , m_now(server.clock().now())
    {}

    bool run();

private:
    QDateTime daysAgo(int days, int hour = -1) const
    {
        QDateTime t = m_now.addDays(-days);
        if (hour >= 0) {
            t.setTime(QTime(hour, 12, 7));
            if (t > m_now)
                t = t.addDays(-1);
        }
        return t;
    }
    bool spaces();
    bool apps();
    bool reloads();
    // A finished reload written in one go, its logs as the runner would have written them.
    QJsonObject reloadDocument(const QString &id, const DemoReload &r, QDateTime *end) const;

    SandboxServer &m_server;
    SandboxStore &m_store;
    SandboxApps m_apps;
    QDateTime m_now;
};

bool DemoSeeder::spaces()
{
    const QString spaces = apps::collection(apps::kSpaces);
    for (const DemoSpace &s : demoSpaces()) {
        const QString id = QString::fromLatin1(s.id);
        if (m_store.contains(spaces, id))
            continue;
        const QString created = apps::iso(daysAgo(s.ageDays, 9));
        const QJsonObject doc{{QStringLiteral("id"), id},
                              {QStringLiteral("name"), text(s.name)},
                              {QStringLiteral("type"), QString::fromLatin1(s.type)},
                              {QStringLiteral("description"), text(s.description)},
                              {QStringLiteral("ownerId"), QString::fromLatin1(s.owner)},
                              {QStringLiteral("tenantId"), QString::fromLatin1(kTenantId)},
                              {QStringLiteral("createdAt"), created},
                              {QStringLiteral("createdBy"), QString::fromLatin1(s.owner)},
                              {QStringLiteral("updatedAt"), apps::iso(daysAgo(s.ageDays / 3, 11))}};
        if (!m_store.put(spaces, id, doc, QString::fromLatin1(s.owner)))
            return false;
    }
    const QString assignments = apps::collection(apps::kAssignments);
    int n = 0;
    for (const DemoAssignment &a : demoAssignments()) {
        const QString id = demoId("6c", ++n);
        if (m_store.contains(assignments, id))
            continue;
        const QString when = apps::iso(daysAgo(100 - n * 3, 10));
        const QJsonObject doc{{QStringLiteral("id"), id},
                              {QStringLiteral("type"), QString::fromLatin1(a.type)},
                              {QStringLiteral("assigneeId"), QString::fromLatin1(a.assignee)},
                              {QStringLiteral("roles"), QJsonArray::fromStringList(a.roles)},
                              {QStringLiteral("spaceId"), QString::fromLatin1(a.space)},
                              {QStringLiteral("tenantId"), QString::fromLatin1(kTenantId)},
                              {QStringLiteral("createdAt"), when},
                              {QStringLiteral("createdBy"), QString::fromLatin1(kAdminId)},
                              {QStringLiteral("updatedAt"), when},
                              {QStringLiteral("updatedBy"), QString::fromLatin1(kAdminId)}};
        if (!m_store.put(assignments, id, doc, QString::fromLatin1(kAdminId)))
            return false;
    }
    return true;
}

bool DemoSeeder::apps()
{
    const QString appsCollection = apps::collection(apps::kApps);
    const QString scripts = apps::collection(apps::kAppScripts);
    for (const DemoApp &a : demoApps()) {
        const QString id = QString::fromLatin1(a.id);
        if (m_apps.exists(id))
            continue;
        SandboxApps::NewApp app;
        app.id = id;
        app.name = text(a.name);
        app.description = text(a.description);
        app.spaceId = a.space ? QString::fromLatin1(a.space) : QString();
        app.ownerId = QString::fromLatin1(a.owner);
        app.usage = QString::fromLatin1(a.usage);
        app.originAppId = a.origin ? QString::fromLatin1(a.origin) : QString();
        const auto created = m_apps.create(app); // no script: the history is written below
        if (!created)
            return false;
        QJsonObject doc = *created;
        const QDateTime createdAt = daysAgo(a.ageDays, 10);
        const QDateTime modifiedAt = daysAgo(a.modifiedDays, 16);
        doc.insert(QStringLiteral("createdDate"), apps::iso(createdAt));
        doc.insert(QStringLiteral("modifiedDate"), apps::iso(modifiedAt));
        if (a.origin) {
            doc.insert(QStringLiteral("published"), true);
            doc.insert(QStringLiteral("publishTime"), apps::iso(daysAgo(a.modifiedDays, 17)));
        }
        if (a.thumbnail) {
            const QString path = QStringLiteral("thumbnail.png");
            if (!m_apps.addMedia(id, path, QByteArrayLiteral("image/png"),
                                 thumbnailPng(id + app.name), app.ownerId))
                return false;
            doc.insert(QStringLiteral("thumbnail"),
                       QStringLiteral("/api/v1/apps/%1/media/files/%2").arg(id, path));
        }
        if (!m_store.put(appsCollection, id, doc, app.ownerId))
            return false;
        // Two versions: the script of a new app, then the real one.
        const QList<std::pair<QString, QString>> versions{
            {defaultAppScript(), QString()},
            {demoScript(id), QStringLiteral("Load script of %1").arg(app.name)}};
        QDateTime when = createdAt;
        for (const auto &[script, message] : versions) {
            const QString versionId = SandboxApps::newId();
            QJsonObject v{{QStringLiteral("id"), versionId},
                          {QStringLiteral("appId"), id},
                          {QStringLiteral("script"), script},
                          {QStringLiteral("createdDate"), apps::iso(when)},
                          {QStringLiteral("modifiedDate"), apps::iso(when)},
                          {QStringLiteral("createdBy"), app.ownerId}};
            if (!message.isEmpty())
                v.insert(QStringLiteral("versionMessage"), message);
            if (!m_store.put(scripts, versionId, v, app.ownerId))
                return false;
            when = std::min(modifiedAt, createdAt.addDays(1));
        }
    }
    return true;
}

QJsonObject DemoSeeder::reloadDocument(const QString &id, const DemoReload &r, QDateTime *end) const
{
    const QString appId = QString::fromLatin1(r.app);
    ReloadRunner::Plan plan = ReloadRunner::plan(m_apps.currentScript(appId), {});
    if (r.failure) {
        plan.failMessage = text(r.failure);
        plan.failAt = int(plan.model.statements.size());
        for (qsizetype i = 0; i < plan.model.statements.size(); ++i) {
            if (plan.model.statements.at(i).source ==
                plan.failMessage.section(QLatin1Char('\''), 1, 1))
                plan.failAt = int(i);
        }
    }
    const QString status = QString::fromLatin1(r.status);
    const QDateTime created = daysAgo(r.daysAgo, r.hour);
    QDateTime t = created.addMSecs(ReloadRunner::kPickupMs + 40);
    const QDateTime start = t;
    QString progress;
    QString script;
    ReloadLog::started(progress, script, t, id, false, {});
    t = t.addMSecs(ReloadRunner::kOpenMs);
    const QList<ScriptStatement> &statements = plan.model.statements;
    // A canceled reload stops halfway.
    const qsizetype stopAt =
        status == QLatin1StringView("CANCELED") ? statements.size() / 2 : statements.size();
    bool failed = false;
    for (qsizetype i = 0; i < stopAt; ++i) {
        if (i == plan.failAt) {
            ScriptStatement echo;
            echo.line = statements.at(i).line;
            echo.text = statements.at(i).text;
            ReloadLog::statement(progress, script, t, echo);
            ReloadLog::failed(progress, script, t, &statements.at(i), plan.failMessage);
            failed = true;
            break;
        }
        ReloadLog::statement(progress, script, t, statements.at(i));
        t = t.addMSecs(ReloadRunner::statementMs(statements.at(i)));
    }
    if (!failed && plan.failAt == statements.size() && status == QLatin1StringView("FAILED")) {
        ReloadLog::failed(progress, script, t, nullptr, plan.failMessage);
        failed = true;
    }
    if (status == QLatin1StringView("CANCELED")) {
        t = t.addMSecs(ReloadRunner::kCancelMs);
        ReloadLog::canceled(progress, script, t);
    } else if (!failed) {
        t = t.addMSecs(ReloadRunner::kSaveMs);
        ReloadLog::succeeded(progress, script, t);
    }
    QJsonObject doc{
        {QStringLiteral("id"), id},
        {QStringLiteral("appId"), appId},
        {QStringLiteral("tenantId"), QString::fromLatin1(kTenantId)},
        {QStringLiteral("userId"), QString::fromLatin1(r.user)},
        {QStringLiteral("type"), QString::fromLatin1(r.type)},
        {QStringLiteral("status"), failed ? QStringLiteral("FAILED") : status},
        {QStringLiteral("partial"), false},
        {QStringLiteral("log"), progress},
        {QStringLiteral("creationTime"), apps::iso(created)},
        {QStringLiteral("startTime"), apps::iso(start)},
        {QStringLiteral("endTime"), apps::iso(t)},
        {QStringLiteral("duration"), ReloadLog::duration(start.msecsTo(t))},
        {QStringLiteral("weight"), 1},
        {QStringLiteral("sandbox"), QJsonObject{{QStringLiteral("scriptLog"), script},
                                                {QStringLiteral("variables"), QJsonArray()}}}};
    if (failed) {
        doc.insert(QStringLiteral("errorCode"), QStringLiteral("SCRIPT_ERROR"));
        doc.insert(QStringLiteral("errorMessage"), plan.failMessage);
    } else if (status == QLatin1StringView("SUCCEEDED")) {
        doc.insert(QStringLiteral("engineTime"), apps::iso(t));
    }
    *end = t;
    return doc;
}

bool DemoSeeder::reloads()
{
    const QString reloads = apps::collection(apps::kReloads);
    QHash<QString, QDateTime> lastSuccess;
    int n = 0;
    for (const DemoReload &r : demoReloads()) {
        const QString id = demoId("6e", ++n);
        if (m_store.contains(reloads, id) || !m_apps.exists(QString::fromLatin1(r.app)))
            continue;
        QDateTime end;
        const QJsonObject doc = reloadDocument(id, r, &end);
        if (!m_store.put(reloads, id, doc, QString::fromLatin1(r.user)))
            return false;
        if (doc.value(QStringLiteral("status")).toString() == QLatin1StringView("SUCCEEDED"))
            lastSuccess.insert(QString::fromLatin1(r.app), end);
    }
    for (auto it = lastSuccess.cbegin(); it != lastSuccess.cend(); ++it) {
        if (!m_apps.recordReload(it.key(), it.value(), true))
            return false;
    }
    return true;
}

bool DemoSeeder::run()
{
    return SandboxApps::atomically(m_store, [this]() { return spaces() && apps() && reloads(); });
}

} // namespace

bool seedDemoApps(SandboxServer &server)
{
    if (!DemoSeeder(server).run())
        return false;
    // Reloads a previous run left queued start once the server serves.
    ReloadRunner &runner = ReloadRunner::of(server);
    QTimer::singleShot(0, &runner, [&runner]() { runner.ensureStarted(); });
    return true;
}

} // namespace odag::sandbox
