#include "DemoScripts.h"

#include "sandbox/DemoIds.h"

#include <QHash>

namespace odag::sandbox::demo {

namespace {

QString salesDashboard()
{
    return mainTab() + QStringLiteral(R"QVS(///$tab Data
// Executive sales dashboard: revenue, margin and pipeline by month.
SET vQvd = 'lib://DataFiles/Sales';

Calendar:
LOAD
    Date,
    Year(Date)                 AS Year,
    Month(Date)                AS Month,
    'Q' & Ceil(Month(Date)/3)  AS Quarter,
    Week(Date)                 AS Week
FROM [$(vQvd)/Calendar.qvd] (qvd);

Sales:
LOAD
    OrderDate                  AS Date,
    Region,
    Country,
    ProductLine,
    Channel,
    NetRevenue,
    GrossMargin,
    OrderID
FROM [$(vQvd)/SalesFacts.qvd] (qvd)
WHERE Year(OrderDate) >= Year(Today()) - 2;

Pipeline:
LOAD
    OpportunityID,
    Region,
    Stage,
    ExpectedCloseDate,
    Amount
FROM [$(vQvd)/Pipeline.qvd] (qvd)
WHERE Stage <> 'Closed Lost';
)QVS");
}

QString emeaSales()
{
    return mainTab("DD/MM/YYYY") + QStringLiteral(R"QVS(///$tab EMEA
// Regional cut of the sales dashboard for the EMEA sales managers.
SET vQvd = 'lib://DataFiles/Sales';

CountryManagers:
LOAD * INLINE [
Country, CountryManager
Germany, Lena Vogt
France, Julien Moreau
Spain, Lucia Ortega
Sweden, Erik Lind
Austria, Paul Huber
];

Sales:
LOAD
    OrderDate,
    Country,
    ProductLine,
    Channel,
    NetRevenue,
    GrossMargin,
    OrderID
FROM [$(vQvd)/SalesFacts.qvd] (qvd)
WHERE Region = 'EMEA' OR Region = 'DACH' OR Region = 'Nordics';

Targets:
LOAD
    Country,
    Year,
    RevenueTarget
FROM [$(vQvd)/Targets_FY.qvd] (qvd)
WHERE Region = 'EMEA';
)QVS");
}

QString budgetActuals()
{
    return mainTab("DD.MM.YYYY") + QStringLiteral(R"QVS(///$tab GL
// Budget against actuals per cost centre and account, monthly.
LIB CONNECT TO 'SAP_S4_Finance';

AccountGroups:
MAPPING LOAD
    AccountNo,
    AccountGroup
FROM [lib://DataFiles/Finance/ChartOfAccounts.xlsx]
(ooxml, embedded labels, table is Accounts);

Actuals:
LOAD
    CostCentre,
    AccountNo,
    ApplyMap('AccountGroups', AccountNo, 'Unmapped') AS AccountGroup,
    Period,
    Amount AS Actual;
SQL SELECT RCNTR AS "CostCentre", RACCT AS "AccountNo", POPER AS "Period",
       SUM(HSL) AS "Amount"
FROM ACDOCA
WHERE GJAHR = '2025'
GROUP BY RCNTR, RACCT, POPER;

Budget:
LOAD
    CostCentre,
    AccountNo,
    Period,
    Budget
FROM [lib://DataFiles/Finance/Budget_2025.xlsx]
(ooxml, embedded labels, table is Budget);
)QVS");
}

QString cashFlow()
{
    return mainTab("DD.MM.YYYY") + QStringLiteral(R"QVS(///$tab Cash
// Thirteen-week rolling cash flow forecast.
SET vWeeks = 13;
LET vToday = Today();

OpenItems:
LOAD
    DocumentNo,
    Counterparty,
    DueDate,
    Currency,
    AmountLC,
    If(AmountLC < 0, 'Payable', 'Receivable') AS Direction
FROM [lib://DataFiles/Finance/OpenItems.qvd] (qvd)
WHERE DueDate <= $(vToday) + 7 * $(vWeeks);

FxRates:
LOAD
    Currency,
    RateDate,
    RateToEUR
FROM [lib://DataFiles/Finance/FxRates.qvd] (qvd);

Weeks:
LOAD
    RowNo()                          AS WeekNo,
    WeekStart($(vToday) + 7 * (RowNo() - 1)) AS WeekStart
AUTOGENERATE 13;

STORE OpenItems INTO [lib://DataFiles/Finance/Snapshots/OpenItems_Latest.qvd] (qvd);
)QVS");
}

QString warehouseKpis()
{
    return mainTab() + QStringLiteral(R"QVS(///$tab WMS
// Pick rates, dock-to-stock times and inventory accuracy per warehouse.
LIB CONNECT TO 'SQLServer_WMS';

Warehouses:
LOAD * INLINE [
Warehouse, WarehouseName, Country
HAM, Hamburg DC, Germany
LYS, Lyon DC, France
MAD, Madrid DC, Spain
GOT, Gothenburg DC, Sweden
];

Picks:
LOAD
    Warehouse,
    PickDate,
    OperatorID,
    Lines,
    PickMinutes;
SQL SELECT wh_code AS Warehouse, CAST(pick_ts AS date) AS PickDate,
       operator_id AS OperatorID, COUNT(*) AS Lines,
       SUM(DATEDIFF(minute, start_ts, end_ts)) AS PickMinutes
FROM dbo.pick_lines
WHERE pick_ts >= DATEADD(day, -90, GETDATE())
GROUP BY wh_code, CAST(pick_ts AS date), operator_id;

Inventory:
LOAD
    Warehouse,
    SKU,
    CountedQty,
    SystemQty,
    If(CountedQty = SystemQty, 1, 0) AS Accurate
FROM [lib://DataFiles/Operations/CycleCounts.qvd] (qvd);
)QVS");
}

QString fleetMaintenance()
{
    return mainTab() + QStringLiteral(R"QVS(///$tab Fleet
// Maintenance events and downtime of the delivery fleet.
SET vFleetPath = 'lib://DataFiles/Operations/Fleet';

Vehicles:
LOAD
    VehicleID,
    Plate,
    Model,
    Depot,
    CommissionedDate
FROM [$(vFleetPath)/Vehicles.csv]
(txt, utf8, embedded labels, delimiter is ';', msq);

WorkOrders:
LOAD
    WorkOrderNo,
    VehicleID,
    OpenedDate,
    ClosedDate,
    Interval(ClosedDate - OpenedDate, 'hh:mm') AS Downtime,
    Category,
    PartsCost,
    LabourHours
FROM [$(vFleetPath)/WorkOrders_*.qvd] (qvd);

Concatenate (WorkOrders)
LOAD
    WorkOrderNo,
    VehicleID,
    OpenedDate,
    Category
FROM [$(vFleetPath)/OpenWorkOrders.qvd] (qvd);
)QVS");
}

QString customer360()
{
    return mainTab() + QStringLiteral(R"QVS(///$tab Prep
// Data preparation: one clean customer table for the data lake.
LIB CONNECT TO 'Snowflake_Sales';

RawCustomers:
LOAD
    CustomerID,
    Upper(Trim(CustomerName)) AS CustomerName,
    Lower(Email)              AS Email,
    Country,
    Segment,
    CreatedDate;
SQL SELECT customer_id AS "CustomerID", customer_name AS "CustomerName",
       email AS "Email", country_name AS "Country", segment AS "Segment",
       created_at AS "CreatedDate"
FROM CRM.PUBLIC.CUSTOMERS;

Customers:
NoConcatenate
LOAD DISTINCT
    CustomerID,
    CustomerName,
    Email,
    Country,
    Segment
RESIDENT RawCustomers
WHERE Len(Email) > 0;

DROP TABLE RawCustomers;

STORE Customers INTO [lib://DataLake/Curated/Customers.qvd] (qvd);
)QVS");
}

QString webTraffic()
{
    return mainTab() + QStringLiteral(R"QVS(///$tab Extract
// QVD generator: daily web sessions for the curated layer.
SET vRaw = 'lib://DataLake/Raw/WebAnalytics';
LET vYesterday = Date(Today() - 1, 'YYYYMMDD');

Sessions:
LOAD
    SessionID,
    VisitorID,
    Timestamp#(StartTime, 'YYYY-MM-DD hh:mm:ss') AS StartTime,
    LandingPage,
    Source,
    Medium,
    Pageviews,
    Bounced
FROM [$(vRaw)/sessions_$(vYesterday).json] (json);

Pages:
LOAD
    PagePath,
    PageTitle,
    Section
FROM [$(vRaw)/pages.csv]
(txt, utf8, embedded labels, delimiter is ',', msq);

STORE Sessions INTO [lib://DataLake/Curated/WebSessions_$(vYesterday).qvd] (qvd);
STORE Pages INTO [lib://DataLake/Curated/WebPages.qvd] (qvd);
)QVS");
}

QString pricingScratchpad()
{
    return mainTab() + QStringLiteral(R"QVS(///$tab Ideas
// Scratchpad: price elasticity what-if, not shared with anyone yet.
SET vElasticity = -1.4;

PriceSteps:
LOAD
    RowNo() * 0.01 AS PriceChange
AUTOGENERATE 20;

Products:
LOAD
    ProductID,
    ProductLine,
    ListPrice,
    UnitsLastYear
FROM [lib://DataFiles/Sales/Products.qvd] (qvd);

WhatIf:
LOAD
    ProductID,
    ListPrice,
    UnitsLastYear,
    UnitsLastYear * (1 + $(vElasticity) * 0.05) AS UnitsAtPlus5
RESIDENT Products;
)QVS");
}

QString expenseReview()
{
    return mainTab("DD.MM.YYYY") + QStringLiteral(R"QVS(///$tab Expenses
// Quarterly review of travel and expense claims over policy limits.
SET vLimit = 250;

Expenses:
LOAD
    ClaimNo,
    EmployeeID,
    Department,
    ExpenseDate,
    Category,
    AmountEUR,
    If(AmountEUR > $(vLimit), 'Over limit', 'Within limit') AS PolicyCheck
FROM [lib://DataFiles/Finance/Expenses_2025.xlsx]
(ooxml, embedded labels, table is Claims);

Departments:
LOAD * INLINE [
Department, CostCentre, Approver
Sales, CC4100, Jonas Berg
Finance, CC2100, Aiko Tanaka
Operations, CC3100, Maria Keller
IT, CC1100, Maria Keller
];
)QVS");
}

QString usageMonitor()
{
    return mainTab() + QStringLiteral(R"QVS(///$tab Usage
// Tenant usage: who opens which app how often, and how reloads go.
SET vAudit = 'lib://DataFiles/Admin/Audit';

AppOpens:
LOAD
    EventTime,
    UserID,
    AppID,
    SessionSeconds
FROM [$(vAudit)/app_open_events.qvd] (qvd)
WHERE EventTime >= Today() - 30;

Reloads:
LOAD
    ReloadID,
    AppID,
    Status,
    DurationSeconds,
    EndTime
FROM [$(vAudit)/reload_events.qvd] (qvd);

Users:
LOAD
    UserID,
    UserName,
    Role
FROM [$(vAudit)/users.csv]
(txt, utf8, embedded labels, delimiter is ',', msq);
)QVS");
}

} // namespace

QString otherDemoScript(const QString &appId)
{
    using Maker = QString (*)();
    static const QHash<QString, Maker> scripts{
        {QString::fromLatin1(kAppSalesDashboardDev), &salesDashboard},
        {QString::fromLatin1(kAppSalesDashboard), &salesDashboard},
        {QString::fromLatin1(kAppEmeaSalesDraft), &emeaSales},
        {QString::fromLatin1(kAppEmeaSales), &emeaSales},
        {QString::fromLatin1(kAppBudgetActuals), &budgetActuals},
        {QString::fromLatin1(kAppCashFlow), &cashFlow},
        {QString::fromLatin1(kAppWarehouseKpis), &warehouseKpis},
        {QString::fromLatin1(kAppFleetMaintenance), &fleetMaintenance},
        {QString::fromLatin1(kAppCustomer360), &customer360},
        {QString::fromLatin1(kAppWebTrafficQvd), &webTraffic},
        {QString::fromLatin1(kAppPricingScratchpad), &pricingScratchpad},
        {QString::fromLatin1(kAppExpenseReview), &expenseReview},
        {QString::fromLatin1(kAppUsageMonitor), &usageMonitor}};
    const Maker make = scripts.value(appId);
    return make ? make() : QString();
}

} // namespace odag::sandbox::demo
