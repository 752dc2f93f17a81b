#include "DemoLinks.h"

#include "DemoLinkIds.h"
#include "LinkBuilder.h"
#include "OdagArea.h"

#include "sandbox/DemoIds.h"
#include "sandbox/Logging.h"
#include "sandbox/SandboxDemoUsers.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/apps/SandboxApps.h"

namespace odag::sandbox {

namespace {

using P = AppNameParameter;

const QString kAll = QStringLiteral("User_*");

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

struct DemoLink
{
    const char *id = "";
    const char *name = "";
    const char *owner = "";
    const char *selectionApp = "";
    const char *templateApp = "";
    const char *rowEstExpr = "";
    LinkStatus status = LinkStatus::Active;
    bool dynamicView = false;
    int ageDays = 30;     // created this many days ago
    int modifiedDays = 2; // last changed this many days ago
    LinkProperties properties;
    std::optional<ValueCountRange> firstBindingRange; // laid over the first script binding
};

DemoLink demoLink(const char *id, const char *name, const char *owner, const char *selectionApp,
                  const char *templateApp, const char *rowEstExpr)
{
    DemoLink l;
    l.id = id;
    l.name = name;
    l.owner = owner;
    l.selectionApp = selectionApp;
    l.templateApp = templateApp;
    l.rowEstExpr = rowEstExpr;
    return l;
}

LinkPropRowEstRange range(const QString &context, qint64 high, std::optional<qint64> low = 0)
{
    return LinkPropRowEstRange{context, low, high, {}};
}

LinkPropGenAppName nameFormat(const QString &context, const char *format, QList<P> params)
{
    QList<OpenEnum<P>> list;
    for (P p : params)
        list.append(p);
    return LinkPropGenAppName{context, s(format), list, {}};
}

QList<DemoLink> demoLinks()
{
    using namespace demo;
    const QString jonas = QStringLiteral("User.name = 'Jonas Berg'");
    const QString carlos = QStringLiteral("User.name = 'Carlos Mendes'");
    const QString sales = QStringLiteral("User.group = Sales");
    const QString finance = QStringLiteral("User.group = Finance");
    const QString emea = QStringLiteral("User.group = EMEA");
    const QString developers = QStringLiteral("User.role = Developer");
    const QString analyzers = QStringLiteral("User.role = Analyzer");
    const QString admins = QStringLiteral("User.role = TenantAdmin");

    QList<DemoLink> links;
    {
        DemoLink l = demoLink(kLinkSalesDetails, "Sales by region – order details", kAuthorId,
                              kAppSalesSelection, kAppSalesTemplate, "Sum([Order Lines])");
        l.ageDays = 60;
        l.modifiedDays = 3;
        auto &p = l.properties;
        p.rowEstRange = {range(kAll, 500000), range(sales, 1000000), range(carlos, 2000000, 100)};
        p.genAppLimit = {{kAll, 3, {}}, {sales, 5, {}}};
        p.limitPolicy = {{kAll, LimitPolicy::Restrict, {}}};
        p.appRetentionTime = {{kAll, QStringLiteral("P7D"), {}}};
        p.menuLabel = {{kAll, s("Open order details"), {}}, {sales, s("My region's orders"), {}}};
        p.genAppName = {nameFormat(kAll, "{0} – {1}", {P::TemplateAppName, P::UserId})};
        p.targetSheet = {{kAll, QStringLiteral("sheet-orders-overview"), std::nullopt, {}}};
        p.appOpenMethod = {{kAll, AppOpenMethod::Tab, {}}};
        l.firstBindingRange = ValueCountRange{1, 20, {}};
        links.append(l);
    }
    {
        DemoLink l =
            demoLink(kLinkSalesPipeline, "Sales pipeline drill-down", kAuthorId, kAppSalesSelection,
                     kAppSalesTemplate, "Count(DISTINCT OpportunityID)");
        l.ageDays = 45;
        l.modifiedDays = 10;
        auto &p = l.properties;
        p.rowEstRange = {range(kAll, 250000), range(developers, 750000)};
        p.genAppLimit = {{kAll, 5, {}}, {developers, 10, {}}};
        p.limitPolicy = {{kAll, LimitPolicy::AutoDelete, {}}};
        p.overrideGenAppLimit = {{kAll, false, {}}, {admins, true, {}}};
        p.appRetentionTime = {{kAll, QStringLiteral("PT24H"), {}}};
        p.menuLabel = {{kAll, s("Pipeline detail"), {}}};
        p.genAppName = {
            nameFormat(kAll, "Pipeline {0}-{1}-{2}", {P::CurYear, P::CurMonth, P::CurDay})};
        p.appOpenMethod = {{kAll, AppOpenMethod::Window, {}}};
        links.append(l);
    }
    {
        DemoLink l = demoLink(kLinkSalesSnapshot, "Sales weekly snapshot", kAdminId,
                              kAppSalesSelection, kAppSalesTemplate, "Sum([Order Lines])");
        l.status = LinkStatus::Disabled;
        l.ageDays = 120;
        l.modifiedDays = 14;
        auto &p = l.properties;
        p.rowEstRange = {range(kAll, 100000)};
        p.genAppLimit = {{kAll, 1, {}}};
        p.appRetentionTime = {{kAll, QStringLiteral("P7D"), {}}};
        p.disable = {{kAll, false, {}}};
        links.append(l);
    }
    {
        DemoLink l = demoLink(kLinkSalesView, "Sales dynamic view", kAuthorId, kAppSalesSelection,
                              kAppSalesTemplate, "Sum([Order Lines])");
        l.dynamicView = true;
        l.ageDays = 20;
        l.modifiedDays = 20;
        l.properties.rowEstRange = {range(kAll, 50000)};
        l.properties.menuLabel = {{kAll, s("Live sales view"), {}}};
        links.append(l);
    }
    {
        DemoLink l = demoLink(kLinkFlightsCarrier, "Flights by carrier", kSecondAuthorId,
                              kAppFlightsSelection, kAppFlightsTemplate, "Sum(FlightCount)");
        l.ageDays = 90;
        l.modifiedDays = 1;
        auto &p = l.properties;
        p.rowEstRange = {range(kAll, 1000000), range(finance, 5000000)};
        p.genAppLimit = {{kAll, 2, {}}};
        p.limitPolicy = {{kAll, LimitPolicy::AutoDelete, {}}};
        p.appRetentionTime = {{kAll, QStringLiteral("unlimited"), {}},
                              {emea, QStringLiteral("P7D"), {}}};
        p.genAppName = {nameFormat(kAll, "Carriers {0}", {P::UserId})};
        p.targetSheet = {{kAll, QStringLiteral("sheet-carrier-kpis"), std::nullopt, {}}};
        l.firstBindingRange = ValueCountRange{1, 10, {}};
        links.append(l);
    }
    {
        DemoLink l = demoLink(kLinkFlightsDelays, "Flight delays – airport detail", kSecondAuthorId,
                              kAppFlightsSelection, kAppFlightsTemplate, "Sum(FlightCount)");
        l.ageDays = 70;
        l.modifiedDays = 5;
        auto &p = l.properties;
        p.rowEstRange = {range(kAll, 300000), range(jonas, 600000)};
        p.disable = {{kAll, false, {}}, {emea, true, {}}};
        p.menuLabel = {{kAll, s("Airport delays"), {}}, {finance, s("Delay costs by airport"), {}}};
        p.genAppLimit = {{kAll, 4, {}}};
        p.limitPolicy = {{kAll, LimitPolicy::Restrict, {}}};
        p.appRetentionTime = {{kAll, QStringLiteral("PT24H"), {}}};
        links.append(l);
    }
    {
        DemoLink l = demoLink(kLinkFlightsLegacy, "Flights (legacy 2019 link)", kAdminId,
                              kAppFlightsSelection, kAppFlightsTemplate, "Count(FlightID)");
        l.status = LinkStatus::Decommissioned;
        l.ageDays = 400;
        l.modifiedDays = 60;
        l.properties.rowEstRange = {range(kAll, 100000)};
        links.append(l);
    }
    {
        DemoLink l = demoLink(kLinkFlightsView, "Flights dynamic view", kSecondAuthorId,
                              kAppFlightsSelection, kAppFlightsTemplate, "Sum(FlightCount)");
        l.dynamicView = true;
        l.ageDays = 15;
        l.modifiedDays = 4;
        l.properties.rowEstRange = {range(kAll, 80000), range(finance, 160000)};
        links.append(l);
    }
    {
        DemoLink l = demoLink(kLinkClaimsInvestigation, "Claims investigation", kAdminId,
                              kAppClaimsSelection, kAppClaimsTemplate, "Count(DISTINCT ClaimID)");
        l.ageDays = 50;
        l.modifiedDays = 7;
        auto &p = l.properties;
        p.rowEstRange = {range(kAll, 100000), range(analyzers, 200000)};
        p.genAppLimit = {{kAll, 3, {}}, {analyzers, 6, {}}};
        p.limitPolicy = {{kAll, LimitPolicy::Restrict, {}},
                         {analyzers, LimitPolicy::AutoDelete, {}}};
        p.appRetentionTime = {{kAll, QStringLiteral("P30D"), {}}};
        p.menuLabel = {{kAll, s("Investigate claims"), {}}};
        p.genAppName = {nameFormat(kAll, "Claims {0} {1}", {P::UserId, P::CurYear})};
        p.targetSheet = {{kAll, QStringLiteral("sheet-claim-list"), std::nullopt, {}},
                         {analyzers, QStringLiteral("sheet-claim-triage"), std::nullopt, {}}};
        links.append(l);
    }
    {
        // Incomplete: no row estimate range for all users yet.
        DemoLink l =
            demoLink(kLinkClaimsPolicyHolder, "Claims by policy holder (draft)", kSecondAuthorId,
                     kAppClaimsSelection, kAppClaimsTemplate, "Count(DISTINCT PolicyID)");
        l.status = LinkStatus::Incomplete;
        l.ageDays = 3;
        l.modifiedDays = 1;
        l.properties.rowEstRange = {range(finance, 50000)};
        l.properties.menuLabel = {{kAll, s("Policy holder detail"), {}}};
        links.append(l);
    }
    {
        DemoLink l = demoLink(kLinkClaimsFraud, "Claims fraud review", kAuthorId,
                              kAppClaimsSelection, kAppClaimsTemplate, "Count(DISTINCT ClaimID)");
        l.ageDays = 25;
        l.modifiedDays = 2;
        auto &p = l.properties;
        p.rowEstRange = {range(kAll, 20000), range(carlos, 40000, 10)};
        p.disable = {{kAll, false, {}}, {carlos, false, {}}};
        p.genAppLimit = {{kAll, 2, {}}};
        p.limitPolicy = {{kAll, LimitPolicy::Restrict, {}}};
        p.appRetentionTime = {{kAll, QStringLiteral("P7D"), {}},
                              {carlos, QStringLiteral("P1D"), {}}};
        p.appOpenMethod = {{kAll, AppOpenMethod::Tab, {}}};
        links.append(l);
    }
    {
        DemoLink l = demoLink(kLinkClaimsArchive, "Claims monthly archive", kAdminId,
                              kAppClaimsSelection, kAppClaimsTemplate, "Count(ClaimID)");
        l.status = LinkStatus::Disabled;
        l.ageDays = 200;
        l.modifiedDays = 30;
        l.properties.rowEstRange = {range(kAll, 2000000)};
        l.properties.appRetentionTime = {{kAll, QStringLiteral("P90D"), {}}};
        l.properties.genAppLimit = {{kAll, 12, {}}};
        links.append(l);
    }
    {
        DemoLink l = demoLink(kLinkSalesForecast, "Sales forecast (new template)", kAuthorId,
                              kAppSalesSelection, kAppBrokenTemplate, "Sum([Order Lines])");
        l.ageDays = 5;
        l.modifiedDays = 5;
        l.properties.rowEstRange = {range(kAll, 400000)};
        l.properties.genAppLimit = {{kAll, 2, {}}};
        l.properties.appRetentionTime = {{kAll, QStringLiteral("PT24H"), {}}};
        links.append(l);
    }
    return links;
}

} // namespace

bool seedDemoLinks(SandboxServer &server)
{
    SandboxLinks links(server);
    const SandboxApps apps(server);
    const QDateTime now = server.clock().now();
    for (const DemoLink &d : demoLinks()) {
        const QString id = QString::fromLatin1(d.id);
        const QString selection = QString::fromLatin1(d.selectionApp);
        const QString templ = QString::fromLatin1(d.templateApp);
        if (links.get(id) || !apps.exists(selection) || !apps.exists(templ))
            continue;
        const SandboxUser *owner = server.users().findById(QString::fromLatin1(d.owner));
        if (!owner)
            continue;
        StoredLink link;
        link.selectionAppId = selection;
        LinkStateFull &l = link.link;
        l.id = id;
        l.name = s(d.name);
        l.owner = condensedUser(*owner);
        l.modifiedByUser = l.owner;
        QList<Binding> bindings = bindingsFromTemplate(server, templ);
        if (d.firstBindingRange && !bindings.isEmpty())
            bindings.first().range = d.firstBindingRange;
        l.bindings = bindings;
        l.properties = d.properties;
        l.rowEstExpr = s(d.rowEstExpr);
        l.createdDate = DateTime(now.addDays(-d.ageDays));
        l.modifiedDate = DateTime(now.addDays(-d.modifiedDays));
        l.dynamicView = d.dynamicView;
        l.templateApp = AppStateCondensed{templ, appName(server, templ), {}};
        l.includeScript = false;
        l.status = d.status;
        if (const auto problem = lintProblem(l))
            qCWarning(lcSandbox).noquote() << "demo link" << id << problem->detail;
        if (!links.put(link))
            return false;
    }
    return true;
}

} // namespace odag::sandbox
