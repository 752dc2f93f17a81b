#pragma once

// Stable IDs of the demo tenant's ODAG links (DemoLinks.h), for the parts that seed data
// pointing at them (demo requests) and for tests.

namespace odag::sandbox::demo {

// Sales pair (kAppSalesSelection -> kAppSalesTemplate)
inline constexpr char kLinkSalesDetails[] = "6c00000000000000000000c1";  // active, per-user ranges
inline constexpr char kLinkSalesPipeline[] = "6c00000000000000000000c2"; // active, AutoDelete
inline constexpr char kLinkSalesSnapshot[] = "6c00000000000000000000c3"; // disabled
inline constexpr char kLinkSalesView[] = "6c00000000000000000000c4";     // dynamic view
// Flights pair (kAppFlightsSelection -> kAppFlightsTemplate)
inline constexpr char kLinkFlightsCarrier[] = "6c00000000000000000000c5"; // active, unlimited
inline constexpr char kLinkFlightsDelays[] = "6c00000000000000000000c6";  // disabled for EMEA
inline constexpr char kLinkFlightsLegacy[] = "6c00000000000000000000c7";  // decommissioned
inline constexpr char kLinkFlightsView[] = "6c00000000000000000000c8";    // dynamic view
// Claims pair (kAppClaimsSelection -> kAppClaimsTemplate)
inline constexpr char kLinkClaimsInvestigation[] = "6c00000000000000000000c9"; // active, role
inline constexpr char kLinkClaimsPolicyHolder[] = "6c00000000000000000000ca";  // incomplete
inline constexpr char kLinkClaimsFraud[] = "6c00000000000000000000cb";         // active
inline constexpr char kLinkClaimsArchive[] = "6c00000000000000000000cc";       // disabled
// Sales selection -> kAppBrokenTemplate: active, but every load fails
inline constexpr char kLinkSalesForecast[] = "6c00000000000000000000cd";

// Every demo link, in seeding order.
inline constexpr const char *kDemoLinks[] = {
    kLinkSalesDetails,        kLinkSalesPipeline,      kLinkSalesSnapshot, kLinkSalesView,
    kLinkFlightsCarrier,      kLinkFlightsDelays,      kLinkFlightsLegacy, kLinkFlightsView,
    kLinkClaimsInvestigation, kLinkClaimsPolicyHolder, kLinkClaimsFraud,   kLinkClaimsArchive,
    kLinkSalesForecast};

} // namespace odag::sandbox::demo
