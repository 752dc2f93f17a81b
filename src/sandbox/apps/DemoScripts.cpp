#include "DemoScripts.h"

#include "sandbox/DemoIds.h"

namespace odag::sandbox::demo {

QString demoScript(const QString &appId)
{
    const QString odag = odagDemoScript(appId);
    return odag.isEmpty() ? otherDemoScript(appId) : odag;
}

QString mainTab(const char *dateFormat, const char *moneyFormat)
{
    return QStringLiteral("///$tab Main\n"
                          "SET ThousandSep=',';\n"
                          "SET DecimalSep='.';\n"
                          "SET MoneyThousandSep=',';\n"
                          "SET MoneyDecimalSep='.';\n"
                          "SET MoneyFormat='%2';\n"
                          "SET TimeFormat='hh:mm:ss';\n"
                          "SET DateFormat='%1';\n"
                          "SET TimestampFormat='%1 hh:mm:ss[.fff]';\n"
                          "SET FirstWeekDay=0;\n"
                          "SET BrokenWeeks=0;\n"
                          "SET ReferenceDay=4;\n"
                          "SET FirstMonthOfYear=1;\n"
                          "SET CollationLocale='en-GB';\n"
                          "SET CreateSearchIndexOnReload=1;\n"
                          "SET MonthNames='Jan;Feb;Mar;Apr;May;Jun;Jul;Aug;Sep;Oct;Nov;Dec';\n"
                          "SET LongMonthNames='January;February;March;April;May;June;July;"
                          "August;September;October;November;December';\n"
                          "SET DayNames='Mon;Tue;Wed;Thu;Fri;Sat;Sun';\n"
                          "SET LongDayNames='Monday;Tuesday;Wednesday;Thursday;Friday;Saturday;"
                          "Sunday';\n"
                          "SET NumericalAbbreviation='3:k;6:M;9:G;12:T;15:P;18:E;21:Z;24:Y;-3:m;"
                          "-6:μ;-9:n;-12:p;-15:f;-18:a;-21:z;-24:y';\n\n")
        .arg(QString::fromLatin1(dateFormat), QString::fromUtf8(moneyFormat));
}

namespace {

QString salesSelection()
{
    return mainTab() + QStringLiteral(R"QVS(///$tab Connections
// Aggregated sales for the ODAG selection app: one row per region, country,
// quarter and product line. Order-level detail lives in the template app.
LIB CONNECT TO 'Snowflake_Sales';

SET vDataPath = 'lib://DataFiles/Sales';
LET vLoadStart = Now();

///$tab Dimensions
RegionMap:
MAPPING LOAD * INLINE [
CountryCode, Region
DE, DACH
AT, DACH
CH, DACH
SE, Nordics
NO, Nordics
FR, EMEA
ES, EMEA
JP, APAC
BR, Americas
CA, Americas
];

///$tab Facts
SalesSummary:
LOAD
    ApplyMap('RegionMap', CountryCode, 'Other') AS Region,
    Country,
    Year,
    Quarter,
    ProductLine,
    Channel,
    OrderLineCount                             AS [Order Lines],
    OpportunityID,
    NetRevenue,
    GrossMargin;
SQL SELECT
    c.COUNTRY_CODE                  AS "CountryCode",
    c.COUNTRY_NAME                  AS "Country",
    d.FISCAL_YEAR                   AS "Year",
    d.FISCAL_QUARTER                AS "Quarter",
    p.PRODUCT_LINE                  AS "ProductLine",
    s.CHANNEL                       AS "Channel",
    s.OPPORTUNITY_ID                AS "OpportunityID",
    COUNT(*)                        AS "OrderLineCount",
    SUM(s.NET_AMOUNT)               AS "NetRevenue",
    SUM(s.NET_AMOUNT - s.COGS)      AS "GrossMargin"
FROM SALES.PUBLIC.ORDER_LINES s
JOIN SALES.PUBLIC.DIM_COUNTRY c ON c.COUNTRY_KEY = s.COUNTRY_KEY
JOIN SALES.PUBLIC.DIM_DATE d ON d.DATE_KEY = s.ORDER_DATE_KEY
JOIN SALES.PUBLIC.DIM_PRODUCT p ON p.PRODUCT_KEY = s.PRODUCT_KEY
WHERE d.FISCAL_YEAR >= 2022
GROUP BY 1, 2, 3, 4, 5, 6, 7;

Targets:
LOAD
    Region,
    Year,
    Quarter,
    RevenueTarget
FROM [$(vDataPath)/Targets_FY.qvd] (qvd);

TRACE Sales summary loaded in $(=Interval(Now() - vLoadStart, 'mm:ss'));
)QVS");
}

QString salesTemplate()
{
    return mainTab() + QStringLiteral(R"QVS(///$tab ODAG bindings
// On-demand template: ODAG replaces the variables below with the values
// selected in "Sales Overview (ODAG selection)" when it generates an app.
//   odso_Region      selected or optional regions, quoted and comma separated
//   od_Year          one to three selected years
//   odagn_Quarter    numeric quarters, -1 when none is selected
//   odags_ProductLine selected product lines only
SET vRegions = $(odso_Region);
LET vGeneratedAt = Timestamp(Now());

///$tab Orders
LIB CONNECT TO 'Snowflake_Sales';

OrderHeaders:
LOAD
    OrderID,
    CustomerID,
    Region,
    Country,
    OrderDate,
    Year(OrderDate)              AS Year,
    Ceil(Month(OrderDate) / 3)   AS Quarter,
    Channel,
    SalesRep;
SQL SELECT
    o.ORDER_ID      AS "OrderID",
    o.CUSTOMER_ID   AS "CustomerID",
    o.REGION        AS "Region",
    o.COUNTRY_NAME  AS "Country",
    o.ORDER_DATE    AS "OrderDate",
    o.CHANNEL       AS "Channel",
    o.SALES_REP     AS "SalesRep"
FROM SALES.PUBLIC.ORDER_HEADERS o
WHERE o.REGION IN ($(odso_Region))
  AND o.FISCAL_YEAR IN ($(od_Year)[1-3])
  AND o.FISCAL_QUARTER IN ($(odagn_Quarter){"noValue":"-1"});

OrderLines:
LOAD
    OrderID,
    LineNo,
    ProductID,
    ProductLine,
    Quantity,
    UnitPrice,
    Discount,
    Quantity * UnitPrice * (1 - Discount) AS LineAmount,
    1                                     AS [Order Lines]
FROM [lib://DataFiles/Sales/OrderLines.qvd] (qvd)
WHERE Exists(OrderID)
  AND MATCH(ProductLine, $(odags_ProductLine));

Customers:
LOAD
    CustomerID,
    CustomerName,
    Segment,
    City
FROM [lib://DataFiles/Sales/Customers.qvd] (qvd)
WHERE Exists(CustomerID);

TRACE Generated for $(vRegions) at $(vGeneratedAt);
)QVS");
}

QString flightsSelection()
{
    return mainTab("DD.MM.YYYY") + QStringLiteral(R"QVS(///$tab Flights
// Monthly flight counts per carrier and route: small enough for everyone,
// detailed enough to pick what to drill into with ODAG.
SET vFlightsPath = 'lib://DataFiles/Aviation';

Carriers:
LOAD * INLINE [
Carrier, CarrierName, Alliance
AA, American Airlines, oneworld
DL, Delta Air Lines, SkyTeam
UA, United Airlines, Star Alliance
LH, Lufthansa, Star Alliance
BA, British Airways, oneworld
AF, Air France, SkyTeam
];

FlightSummary:
LOAD
    Carrier,
    Origin,
    Dest,
    Year,
    Month,
    Sum(Flights)       AS FlightCount,
    Sum(DelayedFlights) AS DelayedCount,
    Avg(ArrDelayMin)    AS AvgArrivalDelay
FROM [$(vFlightsPath)/OnTimePerformance_*.qvd] (qvd)
WHERE Year >= 2022
GROUP BY Carrier, Origin, Dest, Year, Month;

Airports:
LOAD
    IATA       AS Origin,
    AirportName AS OriginAirport,
    City       AS OriginCity,
    Country    AS OriginCountry
FROM [$(vFlightsPath)/Airports.csv]
(txt, utf8, embedded labels, delimiter is ',', msq);

FlightKeys:
LOAD
    Carrier & '|' & Origin & '|' & Year AS FlightID,
    Carrier,
    Origin,
    Year
RESIDENT FlightSummary;
)QVS");
}

QString flightsTemplate()
{
    return mainTab("DD.MM.YYYY") + QStringLiteral(R"QVS(///$tab Bindings
// ODAG template: one app per carrier and airport selection.
SET vCarrierList = $(odso_Carrier);
SET vOriginList = $(ods_Origin){"quote": "'", "delimiter": ","};

///$tab Detail
SET vFlightsPath = 'lib://DataFiles/Aviation';

Flights:
LOAD
    FlightDate,
    Year,
    Month,
    Carrier,
    FlightNo,
    Carrier & '|' & Origin & '|' & Year AS FlightID,
    Origin,
    Dest,
    DepDelayMin,
    ArrDelayMin,
    If(ArrDelayMin > 15, 1, 0)          AS IsDelayed,
    Cancelled,
    Distance,
    1                                   AS FlightCount
FROM [$(vFlightsPath)/OnTimePerformance_*.qvd] (qvd)
WHERE MATCH(Carrier, $(odso_Carrier))
  AND MATCH(Origin, $(ods_Origin)[1-5])
  AND Year = $(odagn_Year){"noValue":"2024"};

DelayCauses:
CrossTable(Cause, Minutes, 2)
LOAD
    FlightDate,
    FlightNo,
    CarrierDelay,
    WeatherDelay,
    NasDelay,
    SecurityDelay,
    LateAircraftDelay
FROM [$(vFlightsPath)/DelayCauses.qvd] (qvd)
WHERE Exists(FlightNo);

Destinations:
LOAD
    IATA        AS Dest,
    AirportName AS DestAirport,
    State       AS DestState
FROM [$(vFlightsPath)/Airports.csv]
(txt, utf8, embedded labels, delimiter is ',', msq)
WHERE MATCH(IATA, $(odag_Dest));
)QVS");
}

QString claimsSelection()
{
    return mainTab("MM/DD/YYYY", "$#,##0.00;-$#,##0.00") + QStringLiteral(R"QVS(///$tab Claims
// Claims per line of business, state and month from the claims warehouse.
LIB CONNECT TO 'PostgreSQL_Claims';

ClaimSummary:
LOAD
    LineOfBusiness,
    ClaimType,
    State,
    Year,
    Month,
    ClaimCount,
    PaidAmount,
    ReserveAmount;
SQL SELECT
    line_of_business                   AS "LineOfBusiness",
    claim_type                         AS "ClaimType",
    loss_state                         AS "State",
    EXTRACT(YEAR FROM reported_date)   AS "Year",
    EXTRACT(MONTH FROM reported_date)  AS "Month",
    COUNT(*)                           AS "ClaimCount",
    SUM(paid_amount)                   AS "PaidAmount",
    SUM(reserve_amount)                AS "ReserveAmount"
FROM claims.claim_fact
WHERE reported_date >= DATE '2021-01-01'
GROUP BY 1, 2, 3, 4, 5;

Policies:
LOAD
    PolicyID,
    LineOfBusiness,
    State,
    PolicyStatus;
SQL SELECT policy_id AS "PolicyID",
       line_of_business AS "LineOfBusiness",
       policy_state AS "State",
       status AS "PolicyStatus"
FROM claims.policy_dim
WHERE status IN ('ACTIVE', 'LAPSED');

ClaimKeys:
LOAD
    ClaimID,
    PolicyID
FROM [lib://DataFiles/Claims/ClaimKeys.qvd] (qvd);

DISCONNECT;
)QVS");
}

QString claimsTemplate()
{
    return mainTab("MM/DD/YYYY", "$#,##0.00;-$#,##0.00") + QStringLiteral(R"QVS(///$tab ODAG
// Claims detail for the lines of business and states chosen in the selection
// app. Old and new binding syntax side by side: both are still supported.
SET vLob   = $(odso_LineOfBusiness);
SET vTypes = $(odag_ClaimType);
SET vYears = $(odagn_Year){"noValue":"-1"};

///$tab Claims
LIB CONNECT TO 'PostgreSQL_Claims';

Claims:
LOAD
    ClaimID,
    PolicyID,
    LineOfBusiness,
    ClaimType,
    State,
    ReportedDate,
    Year(ReportedDate)  AS Year,
    ClaimStatus,
    PaidAmount,
    ReserveAmount,
    PaidAmount + ReserveAmount AS IncurredAmount;
SQL SELECT
    claim_id          AS "ClaimID",
    policy_id         AS "PolicyID",
    line_of_business  AS "LineOfBusiness",
    claim_type        AS "ClaimType",
    loss_state        AS "State",
    reported_date     AS "ReportedDate",
    claim_status      AS "ClaimStatus",
    paid_amount       AS "PaidAmount",
    reserve_amount    AS "ReserveAmount"
FROM claims.claim_fact
WHERE line_of_business IN ($(odso_LineOfBusiness))
  AND loss_state IN ($(odso_State){"quote": "'", "delimiter": ","})
  AND claim_type IN ($(odag_ClaimType))
  AND EXTRACT(YEAR FROM reported_date) IN ($(odagn_Year){"noValue":"-1"});

ClaimNotes:
LOAD
    ClaimID,
    NoteDate,
    Adjuster,
    NoteText
FROM [lib://DataFiles/Claims/ClaimNotes.qvd] (qvd)
WHERE Exists(ClaimID);
)QVS");
}

QString brokenTemplate()
{
    return mainTab() + QStringLiteral(R"QVS(///$tab ODAG bindings
// Sales forecast template, rewritten for the new forecast model.
// Work in progress: the forecast QVDs are not published to the shared
// folder yet, so every generation of this template still fails.
SET vRegions = $(odso_Region);
SET vYears = $(od_Year)[1-2];

///$tab Actuals
Actuals:
LOAD
    Region,
    Country,
    Year,
    Quarter,
    ProductLine,
    NetRevenue
FROM [lib://DataFiles/Sales/SalesSummary.qvd] (qvd)
WHERE MATCH(Region, $(odso_Region))
  AND MATCH(Year, $(od_Year)[1-2]);

///$tab Forecast
// sandbox:fail
// The next load reads a QVD that exists only in the data science space.
Forecast:
LOAD
    ForecastRegion     AS Region,
    ForecastYear       AS Year,
    ForecastQuarter    AS Quarter,
    ProductLine,
    ForecastRevenue,
    ForecastLow,
    ForecastHigh
FROM [lib://DataScience/Forecasts/SalesForecast_v2.qvd] (qvd)
WHERE MATCH(ForecastRegion, $(odso_Region));

Scenarios:
LOAD * INLINE [
Scenario, Factor
Base, 1.00
Optimistic, 1.08
Pessimistic, 0.93
];
)QVS");
}

} // namespace

QString odagDemoScript(const QString &appId)
{
    if (appId == QLatin1StringView(kAppSalesSelection))
        return salesSelection();
    if (appId == QLatin1StringView(kAppSalesTemplate))
        return salesTemplate();
    if (appId == QLatin1StringView(kAppFlightsSelection))
        return flightsSelection();
    if (appId == QLatin1StringView(kAppFlightsTemplate))
        return flightsTemplate();
    if (appId == QLatin1StringView(kAppClaimsSelection))
        return claimsSelection();
    if (appId == QLatin1StringView(kAppClaimsTemplate))
        return claimsTemplate();
    if (appId == QLatin1StringView(kAppBrokenTemplate))
        return brokenTemplate();
    return {};
}

} // namespace odag::sandbox::demo
