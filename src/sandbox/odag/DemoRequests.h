#pragma once

// The generation requests of the demo tenant: about 230 requests on the demo links over
// the past four weeks, by all four demo users, in every state and kind: single requests
// and `multiple` ones with their `singlesub` children; succeeded (some with their apps
// purged by retention or removed by the limit), failed with realistic errors, failedAck,
// canceled, canceledAck, invalid; and a few in flight right now (validating, queued,
// loading, hold, canceling) that the engine takes on when the server starts, so they
// proceed on the clock. Generated apps exist for every request that holds one.
//
// The demo designates partition fields the way the sandbox reads them
// (RequestValidation.h): the first field binding of the first active demo link is
// written into its selection app's custom.odagPartitionFields, unless the app has some.
//
// Everything is written in one transaction, and only when the store holds no requests.
// The data are the same on every seeding (a fixed random seed) apart from their times,
// which are relative to the sandbox clock.

namespace odag::sandbox {

class SandboxServer;

// Returns false when the store refused a write (nothing is then written).
bool seedDemoRequests(SandboxServer &server);

} // namespace odag::sandbox
