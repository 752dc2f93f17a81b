#pragma once

// Stable IDs of the demo tenant's spaces and apps, shared by the parts that seed it
// (spaces and apps first, then ODAG links and requests that point at them) and by tests.

namespace odag::sandbox::demo {

// Spaces
inline constexpr char kSpaceSalesDev[] = "6a00000000000000000000a1";   // shared
inline constexpr char kSpaceSalesProd[] = "6a00000000000000000000a2";  // managed
inline constexpr char kSpaceFinance[] = "6a00000000000000000000a3";    // shared
inline constexpr char kSpaceOperations[] = "6a00000000000000000000a4"; // shared
inline constexpr char kSpaceDataLake[] = "6a00000000000000000000a5";   // data

// Selection / template app pairs (templates carry load scripts with bind variables)
inline constexpr char kAppSalesSelection[] = "6b00000000000000000000b1";
inline constexpr char kAppSalesTemplate[] = "6b00000000000000000000b2";
inline constexpr char kAppFlightsSelection[] = "6b00000000000000000000b3";
inline constexpr char kAppFlightsTemplate[] = "6b00000000000000000000b4";
inline constexpr char kAppClaimsSelection[] = "6b00000000000000000000b5";
inline constexpr char kAppClaimsTemplate[] = "6b00000000000000000000b6";
// A template whose loads always fail (its script has a `// sandbox:fail` line)
inline constexpr char kAppBrokenTemplate[] = "6b00000000000000000000b7";

// Ordinary apps of the demo tenant (no ODAG role)
inline constexpr char kAppSalesDashboardDev[] = "6b00000000000000000000c1"; // SalesDev
inline constexpr char kAppSalesDashboard[] =
    "6b00000000000000000000c2"; // SalesProd, published from c1
inline constexpr char kAppEmeaSalesDraft[] = "6b00000000000000000000c3"; // Jonas, personal
inline constexpr char kAppEmeaSales[] = "6b00000000000000000000c4"; // SalesProd, published from c3
inline constexpr char kAppBudgetActuals[] = "6b00000000000000000000c5";     // Finance
inline constexpr char kAppCashFlow[] = "6b00000000000000000000c6";          // Finance
inline constexpr char kAppWarehouseKpis[] = "6b00000000000000000000c7";     // Operations
inline constexpr char kAppFleetMaintenance[] = "6b00000000000000000000c8";  // Operations
inline constexpr char kAppCustomer360[] = "6b00000000000000000000c9";       // DataLake
inline constexpr char kAppWebTrafficQvd[] = "6b00000000000000000000ca";     // DataLake
inline constexpr char kAppPricingScratchpad[] = "6b00000000000000000000cb"; // Jonas, personal
inline constexpr char kAppExpenseReview[] = "6b00000000000000000000cc";     // Aiko, personal
inline constexpr char kAppUsageMonitor[] = "6b00000000000000000000cd";      // Maria, personal

} // namespace odag::sandbox::demo
