<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CommandLine</name>
    <message>
        <source>Administration of Qlik On-Demand App Generation: links, requests, spaces, apps and reloads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the connection profile &lt;name&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the built-in sandbox tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the main window once its data has loaded, save it as a PNG to &lt;path&gt; and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the language &lt;code&gt; (en, de, fr, es, ja) instead of the system&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the sandbox tenant&apos;s state in &lt;dir&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the Qlik Cloud tenant at &lt;url&gt; (https://TENANT.REGION.qlikcloud.com) with the API key in the environment variable ODAG_API_KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1. Try --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tenant needs a URL such as https://tenant.eu.qlikcloud.com, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tenant needs the API key in the environment variable ODAG_API_KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use either --tenant or --sandbox, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--screenshot needs a file path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the workspace &lt;name&gt; (for example: links).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start the sandbox tenant: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox (Sense Enterprise)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The view did not finish loading; saving the screenshot as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown view &quot;%1&quot;. Views: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no connection profile named &quot;%1&quot;. Available profiles: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag-sandbox</name>
    <message>
        <source>A local Qlik tenant for trying, teaching and testing ODAG Admin. It speaks the Qlik Cloud ODAG, /api/v1 and engine paths and the Qlik Sense Enterprise ODAG paths on a loopback port.
Built-in users and their API keys are listed in the README.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port to listen on (0: any free port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory for the tenant&apos;s database (sandbox.db). Without it the tenant lives in memory and is lost at exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the demo tenant: spaces, apps with load scripts, ODAG links with per-user and per-group settings, and generation requests in every state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON file with the users: [{&quot;id&quot;,&quot;name&quot;,&quot;subject&quot;,&quot;groups&quot;,&quot;roles&quot;,&quot;apiKey&quot;,&quot;admin&quot;}]. Without it the built-in demo users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inject faults: rules KIND[=N]:PROBABILITY:PATH[:METHOD] separated by commas, KIND one of 500, 502, 503 (any 4xx/5xx), delay, drop, truncate, malformed, 429storm; N is the delay in ms or the Retry-After seconds. Example: 500:0.1:/api/v1/*,delay=2000:0.5:/api/analytics/*. @FILE reads JSON rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPEC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed for the fault dice, for repeatable runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated time runs X times faster than real time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not enforce the per-tier rate limits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log every request and store change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of app loads that may run at the same time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port needs a number from 0 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--fault-seed needs a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--speed needs a number greater than 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-loads needs a whole number of at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot install the signal handlers; stop with SIGKILL.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::App</name>
    <message>
        <source>the app name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the app name is longer than 256 characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::AppNameParameter</name>
    <message>
        <source>Template app name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current second</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::AppOpenMethod</name>
    <message>
        <source>New tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::AppUsageType</name>
    <message>
        <source>Analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data flow preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single table preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct Query</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::AssigneeType</name>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::DataLoadStatus</name>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success with warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::EngineHealth</name>
    <message>
        <source>Healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alive but too busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not healthy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::EngineSessionState</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stalled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::LimitPolicy</name>
    <message>
        <source>Restrict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete oldest automatically</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::LinkStatus</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decommissioned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::LinkStatusSetting</name>
    <message>
        <source>Activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decommission</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::LinkType</name>
    <message>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dynamic views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::OdagAppType</name>
    <message>
        <source>Selection app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated app</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::QseRequestStatus</name>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::Reload</name>
    <message>
        <source>at most %1 variables are allowed, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the variable name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the variable name is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the variable value is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::ReloadStatus</name>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exceeded limit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::ReloadType</name>
    <message>
        <source>Manual (hub)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choreographer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::RequestAction</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge cancellation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge failure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::RequestKind</name>
    <message>
        <source>Single</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multiple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::RequestState</name>
    <message>
        <source>Validating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled (acknowledged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed (acknowledged)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::SelectAppParamType</name>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BDI</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::SelectStatus</name>
    <message>
        <source>Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::Space</name>
    <message>
        <source>The space name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The space name is longer than 256 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The space name may not contain %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least one role is required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::SpaceRole</name>
    <message>
        <source>Can view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can contribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can consume data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can preview data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can facilitate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can manage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can operate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has restricted view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can co-develop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::SpaceType</name>
    <message>
        <source>Shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::api::ApiError</name>
    <message numerus="yes">
        <source>The server received too many requests and asks to wait %n second(s).</source>
        <translation>
            <numerusform>The server received too many requests and asks to wait %n second.</numerusform>
            <numerusform>The server received too many requests and asks to wait %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server is unavailable (%1) and asks to wait %n second(s).</source>
        <translation>
            <numerusform>The server is unavailable (%1) and asks to wait %n second.</numerusform>
            <numerusform>The server is unavailable (%1) and asks to wait %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server did not answer within %n second(s).</source>
        <translation>
            <numerusform>The server did not answer within %n second.</numerusform>
            <numerusform>The server did not answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server received too many requests and asks to wait %n second(s). Try again later.</source>
        <translation>
            <numerusform>The server received too many requests and asks to wait %n second. Try again later.</numerusform>
            <numerusform>The server received too many requests and asks to wait %n seconds. Try again later.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request as invalid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept your sign-in or API key. Sign in again or check the key in the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not have permission to do this on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not find the item. It may have been deleted or moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item was changed by someone else since you loaded it. Reload it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server received too many requests. Wait a minute and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server had an error (%1). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the server failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the server failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to the server failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to the server failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server still refuses requests as too many after several waits. Try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error title: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::api::AppsApi</name>
    <message>
        <source>the export answer names no download location</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::api::Authenticator</name>
    <message>
        <source>This sign-in method cannot be renewed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::api::CursorPager</name>
    <message>
        <source>links.next.href repeats a page already read (%1); the list was stopped after %2 pages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::api::Transport</name>
    <message>
        <source>The server address %1 is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a link that is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a link to another server (%1 instead of %2); it was not followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request address is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data could not be sent again: its source or target cannot go back to the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer within %1 ms.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::gui::AppDataModelTab</name>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n table</numerusform>
            <numerusform>%n tables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n field</numerusform>
            <numerusform>%n fields</numerusform>
        </translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distinct values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables of the data model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields of the data model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the data model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the data model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app holds no data yet: reload it to build its data model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2, size in memory %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::gui::AppDetailsTab</name>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the name and description (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your privileges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct Query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the app</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::gui::AppFormDialog</name>
    <message>
        <source>App name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Space:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New owner&apos;s user ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User ID, for example 65f1a2b3c4d5e6f708192a02</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;owner:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::gui::AppLineageTab</name>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data lineage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the data lineage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::gui::AppOperations</name>
    <message>
        <source>Imported “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies “%1” with its script and data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not copy the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move app to a space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves “%1” into another shared space. Its members will see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not move the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move “%1” out of its space into the owner&apos;s personal space?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove the app from its space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is now in the personal space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is owned by %2. Give it to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change the owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the owner of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishes a copy of “%1” to a managed space, where its members can use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not publish the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Republish app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces the copy of “%1” published to a managed space with its current script and data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Republish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not republish the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Republished “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1” with its data, script history and reload logs? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qlik Sense apps (*.qvf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploads %1 as a new app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::gui::AppReloadLogsTab</name>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload log text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a reload to read its log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the reload logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app has not been reloaded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the reload log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::gui::AppScriptTab</name>
    <message>
        <source>Older versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the next page of older script versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ODAG bind variables in the script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed in this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the script as a new version (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ODAG bindings found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version &amp;message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the script history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the script version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 [%2-%3] — line %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field %1, selection states %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ODAG bind variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the script</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::gui::AppTransferBar</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the transfer (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not import the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::gui::AppsModel</name>
    <message>
        <source>Personal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::gui::AppsWorkspace</name>
    <message numerus="yes">
        <source>%n app(s) so far</source>
        <translation>
            <numerusform>%n app so far</numerusform>
            <numerusform>%n apps so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n app(s)</source>
        <translation>
            <numerusform>%n app</numerusform>
            <numerusform>%n apps</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h3&gt;Apps are managed in the Qlik Sense Enterprise hub&lt;/h3&gt;&lt;p&gt;This connection is to Qlik Sense Enterprise on Windows, which offers ODAG links and requests through its ODAG API but not the Qlik Cloud apps, items and spaces APIs this page uses.&lt;/p&gt;&lt;p&gt;Use the Qlik Management Console to copy, publish, export or import apps there.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the apps again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload a .qvf file as a new app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download the app as a .qvf file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to space…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the app into a shared space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the app to its owner&apos;s personal space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change owner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the app to another user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the app to a managed space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Republish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the app&apos;s published copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter apps by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter apps by space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner&apos;s user ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter apps by owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lineage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the app</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::gui::AssignmentDialog</name>
    <message>
        <source>Add member to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change roles in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User or group ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID of the user or group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the ID of the user or group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change the roles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::gui::BindingsModel</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quote %1, delimiter %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: set by the template app&apos;s script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection states (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numeric only (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formatting (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::gui::BindingsPage</name>
    <message>
        <source>&amp;Add binding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove binding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Detect from template script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;checked bindings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bindings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the template app&apos;s load script and list the bind variables it declares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bindings found in the template script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the template app&apos;s script…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the template app&apos;s script.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — field %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bindings in the template script: %1. Missing from the link: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template script declares no bind variables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bindings added; save the link to keep them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::gui::BulkResultDialog</name>
    <message numerus="yes">
        <source>%1: %n request(s)…</source>
        <translation>
            <numerusform>%1: %n request…</numerusform>
            <numerusform>%1: %n requests…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: stopped. %2 of %n request(s) answered.</source>
        <translation>
            <numerusform>%1: stopped. %2 of %n request answered.</numerusform>
            <numerusform>%1: stopped. %2 of %n requests answered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: done for %n request(s).</source>
        <translation>
            <numerusform>%1: done for %n request.</numerusform>
            <numerusform>%1: done for %n requests.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 succeeded, %n failed.</source>
        <translation>
            <numerusform>%1: %2 succeeded, %n failed.</numerusform>
            <numerusform>%1: %2 succeeded, %n failed.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result per request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after the calls under way; requests not reached stay as they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done (stopped)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::gui::BundleImportDialog</name>
    <message numerus="yes">
        <source>Bundle from %1, exported %2: %n link(s).</source>
        <translation>
            <numerusform>Bundle from %1, exported %2: %n link.</numerusform>
            <numerusform>Bundle from %1, exported %2: %n links.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n app(s) matched by name. Check each choice.</source>
        <translation>
            <numerusform>%1 of %n app matched by name. Check each choice.</numerusform>
            <numerusform>%1 of %n apps matched by name. Check each choice.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n link(s) would be created.</source>
        <translation>
            <numerusform>%1 of %n link would be created.</numerusform>
            <numerusform>%1 of %n links would be created.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 created, %2 failed, of %n link(s).</source>
        <translation>
            <numerusform>%1 created, %2 failed, of %n link.</numerusform>
            <numerusform>%1 created, %2 failed, of %n links.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See what each link would become, without changing the tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the links on this tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop; links already created stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unnamed tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at an unknown time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links point at apps by ID, and IDs differ between tenants. Choose the app of this tenant that takes the place of each app of the bundle; apps with the same name are chosen for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qlik Sense Enterprise&apos;s ODAG API lists no apps: the apps offered are those the links of this tenant use, by ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the apps of this tenant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App in the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID in the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App in this tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App of this tenant for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing has been written yet. This is what Import would create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New link ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the apps of this tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without the apps of this tenant the links cannot be mapped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none: skip its links)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: an app is not chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::gui::CancelOptionsDialog</name>
    <message numerus="yes">
        <source>Cancel %n request(s)? Cancelling is effective only before the data load starts; a multiple request cancels its sub-requests that are not loading yet.</source>
        <translation>
            <numerusform>Cancel %n request? Cancelling is effective only before the data load starts; a multiple request cancels its sub-requests that are not loading yet.</numerusform>
            <numerusform>Cancel %n requests? Cancelling is effective only before the data load starts; a multiple request cancels its sub-requests that are not loading yet.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Acknowledge the cancellation at once (autoAck)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete the generated app as well (delGenApp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ignore requests that succeeded meanwhile (ignoreSucceeded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request goes on to &quot;canceled (acknowledged)&quot; without a separate acknowledgement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only with autoAck: the generated app is deleted with the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request that finished before the cancel arrived is not reported as an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel &amp;requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::gui::ConflictDialog</name>
    <message>
        <source>(absent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link was changed on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value to keep for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base (first read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs (server now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone changed this link after you opened it, so it was not saved. For each field that differs, choose which value to keep; the link is then saved on top of the server&apos;s version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save with these choices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::gui::EngineHealthPanel</name>
    <message>
        <source>not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (up %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions (active / total)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apps (active / loaded / in memory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users (active / total)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Healthcheck figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache hits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache entries (added / replaced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache data added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the engine health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine is alive but saturated: it answers new work slowly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>committed %1 · allocated %2 · free %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 / %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes — the engine refuses new work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 lookups (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no lookups yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::gui::EngineSessionModel</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>No app is open on this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep-alive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::gui::EngineSessionsPanel</name>
    <message numerus="yes">
        <source>%n websocket session(s) open on the engine.</source>
        <translation>
            <numerusform>%n websocket session open on the engine.</numerusform>
            <numerusform>%n websocket sessions open on the engine.</numerusform>
        </translation>
    </message>
    <message>
        <source>loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No websocket sessions are open on the engine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sessions are not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the engine sessions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::gui::ErrorBanner</name>
    <message>
        <source>Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::gui::ExchangeLogModel</name>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (attempt %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::gui::GeneralPage</name>
    <message>
        <source>Link name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick an app by name, or type its ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum(RowCount)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row estimate expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Selection app:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Template app:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Row estimate expression:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dynamic view (charts of the template app shown in the selection app)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Include the template script in generated apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qlik Sense Enterprise properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated apps are accessible to other users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream ID (empty: not published)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep generated apps for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated apps per user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish to stream:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bindings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add binding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove binding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New link (not saved yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::gui::JsonPage</name>
    <message>
        <source>&amp;Apply JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this JSON in the other tabs (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid link JSON; Apply to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid link JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid link: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::gui::LinkBundle</name>
    <message>
        <source>The file is not valid JSON (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not an ODAG Admin link bundle: it holds no JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not an ODAG Admin link bundle (its &quot;format&quot; is not &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle has no version number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle was written by a newer ODAG Admin (format version %1); this one reads version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle does not say which kind of tenant it comes from (source.kind is &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App %1 of the bundle has no ID or an unknown role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle contains no links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link %1 of the bundle is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link %1 of the bundle cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link %1 of the bundle (&quot;%2&quot;) does not name its selection and template apps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No app of this tenant is chosen for the selection app &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No app of this tenant is chosen for the template app &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The context-scoped properties are left out: Qlik Sense Enterprise links have none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention and publishing settings of Qlik Sense Enterprise are left out: set the context-scoped properties after the import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link is %1 in the source tenant; the new link starts active.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::gui::LinkDetailsPanel</name>
    <message numerus="yes">
        <source>%n link(s) selected. The actions apply to each of them.</source>
        <translation>
            <numerusform>%n link selected. The actions apply to each of them.</numerusform>
            <numerusform>%n links selected. The actions apply to each of them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>apps kept %n minute(s)</source>
        <translation>
            <numerusform>apps kept %n minute</numerusform>
            <numerusform>apps kept %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at most %n app(s) per user</source>
        <translation>
            <numerusform>at most %n app per user</numerusform>
            <numerusform>at most %n apps per user</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dynamic view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated apps accessible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your privileges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can create links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention and publishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bindings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values (min–max)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numeric only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context-scoped properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links of this selection app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a link to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published to stream %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quote %1, delimiter %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qlik Sense Enterprise links have no context-scoped properties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to %1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No selection app of this tenant uses this link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the links of the selection app: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — you cannot access this link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (this link)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selection app references no links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, for this selection and template app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, not for this selection and template app</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::gui::LinkEditor</name>
    <message numerus="yes">
        <source>Lint found %n warning(s) in this link (see the Lint tab). Save anyway?</source>
        <translation>
            <numerusform>Lint found %n warning in this link (see the Lint tab). Save anyway?</numerusform>
            <numerusform>Lint found %n warnings in this link (see the Lint tab). Save anyway?</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not list the apps for the pickers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found in the link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bindings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view as user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw &amp;JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qlik Sense Enterprise link: context-scoped properties, the preview as a user, status changes and dynamic views are Qlik Cloud features, so their tabs are not shown. Bindings, retention and publishing are on the General tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check and save the link (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;isable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;commission…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire the link for good: a decommissioned link cannot change again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the link from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore unsaved changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes to this link were recovered after a crash or failed save (kept %1). Restore them? No discards them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes restored from the draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lint (%1/%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: fix the errors listed under Lint first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save with warnings?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check whether you may create this link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not created: the tenant does not let you create ODAG links for this selection app and template app. Your edits are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link was not created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The server said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link changed on the server and could not be read again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merged link is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the link changed on the server. Your edits are kept; save again to compare them with the server&apos;s version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decommission link?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decommission “%1”? Users can no longer generate apps from it, and a decommissioned link cannot be activated again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete link?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the link “%1” from the server? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link was not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::gui::LinkEditorDialog</name>
    <message>
        <source>New link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (unsaved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link has unsaved changes. Save them before closing?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::gui::LinkStatsModel</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::gui::LinksFilterBar</name>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n link</numerusform>
            <numerusform>%n links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n link(s)</source>
        <translation>
            <numerusform>%1 of %n link</numerusform>
            <numerusform>%1 of %n links</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by selection app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, ID, app or owner (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links and dynamic views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dynamic views only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qlik Sense Enterprise has no link status changes: delete a link to retire it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any selection app</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::gui::LinksModel</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No selection app uses this link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the requests not finished yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dynamic view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending requests</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::gui::LinksWorkspace</name>
    <message numerus="yes">
        <source>%n link(s) read</source>
        <translation>
            <numerusform>%n link read</numerusform>
            <numerusform>%n links read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Decommission %n link(s)? Users can no longer generate apps from them, and a decommissioned link cannot be activated again.</source>
        <translation>
            <numerusform>Decommission %n link? Users can no longer generate apps from them, and a decommissioned link cannot be activated again.</numerusform>
            <numerusform>Decommission %n links? Users can no longer generate apps from them, and a decommissioned link cannot be activated again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n link(s)? This cannot be undone. Apps already generated from them and their requests stay.</source>
        <translation>
            <numerusform>Delete %n link? This cannot be undone. Apps already generated from them and their requests stay.</numerusform>
            <numerusform>Delete %n links? This cannot be undone. Apps already generated from them and their requests stay.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n link(s)…</source>
        <translation>
            <numerusform>%1: %n link…</numerusform>
            <numerusform>%1: %n links…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n link(s) changed</source>
        <translation>
            <numerusform>%1: %n link changed</numerusform>
            <numerusform>%1: %n links changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 failed for %n link(s)</source>
        <translation>
            <numerusform>%1 failed for %n link</numerusform>
            <numerusform>%1 failed for %n links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) exported to %1</source>
        <translation>
            <numerusform>%n link exported to %1</numerusform>
            <numerusform>%n links exported to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after the current link (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let users generate apps from the selected links again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop new requests on the selected links for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decommission…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire the selected links for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the selected links to a bundle file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create links from a bundle file, with the apps of this tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the links from the tenant again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not count the pending requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check whether you may create links: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not create links on this tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one or more links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is decommissioned: a decommissioned link cannot change status again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not change &quot;%1&quot;: only its owner or an administrator can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link is already %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected links are already %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the running action to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one link to edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the links to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decommission &quot;%1&quot;? Users can no longer generate apps from it, and a decommissioned link cannot be activated again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decommission links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decommission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;? This cannot be undone. Apps already generated from it and its requests stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: failed — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: now %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — results per link:

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>odag-links-%1.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link bundles (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be imported.

%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::gui::LogPane</name>
    <message>
        <source>Filter by method, status or URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP exchanges</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::gui::MainWindow</name>
    <message>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ODAG Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant this window works on. Choose another profile to switch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ODAG Admin — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1 (%2) as %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Connecting to %1…&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Could not connect to %1&lt;/h2&gt;&lt;p&gt;%2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP &amp;log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About ODAG Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ODAG Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;ODAG Admin %1&lt;/h3&gt;&lt;p&gt;Administration of Qlik On-Demand App Generation links, requests, spaces, apps and reloads.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License v3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls this minute: Tier 1 %1/%2 · Tier 2 %3/%4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::gui::NameFormatEditor</name>
    <message>
        <source>{0} for {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>templateAppName, userId, curYear…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated: templateAppName, userId, curYear, curMonth, curDay, curHr, curMin, curSec. {0} is the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::gui::OdagAppListModel</name>
    <message>
        <source>%1
ID: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::gui::OdagAppsPanel</name>
    <message>
        <source>Selection apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the selection apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the template apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the generated apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name or ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter ODAG apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only the apps whose name or ID contains this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The apps users make selections in before they generate an app: the selection apps of the tenant&apos;s navigation links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The apps that are copied and loaded with the user&apos;s selections for each request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The apps generated by requests that you can see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ODAG apps (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ODAG apps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::gui::OdagSettingsPanel</name>
    <message>
        <source>On-demand app generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dynamic views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-demand app generation enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dynamic views enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the changed settings to the tenant (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the settings the tenant has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users can generate apps on demand from navigation links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users can add dynamic views: charts of a template app fed by the selections made in another app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the ODAG settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not find out whether you may change the ODAG settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only tenant administrators can view or change the ODAG settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not find out whether you may change these settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current settings could not be read, so they cannot be changed now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can change these settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ODAG settings saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the ODAG settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::gui::PreviewPage</name>
    <message>
        <source>Sales, EMEA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyzer, Developer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value for this user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplied by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property values for the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Groups (comma-separated):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Roles (comma-separated):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most specific matching context wins (one user, then a group or role, then User_*). Contexts the app cannot interpret never supply a value here; the real service might use them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no matching context (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several equally specific contexts match with different values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several matching contexts give different values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A context that may match would give another value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not interpreted: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::gui::PropertiesPage</name>
    <message>
        <source>&amp;Add context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context-scoped properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User_*, User.group = Sales, User.role = Analyzer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New context expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a row for the context typed beside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected context and all its entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected property&apos;s entry for this context (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each property is a list of {context, value} entries. One row per context; an empty cell means the property has no entry for that context. Double-click a cell to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated app name for this context: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::gui::PropertyDelegate</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restrict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-delete oldest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::gui::PropertyMatrixModel</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which users an entry applies to: User_* (everyone) or User.group = …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::gui::QseAboutPanel</name>
    <message>
        <source>loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ODAG service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API stability:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;This is a Qlik Sense Enterprise on Windows site. The ODAG settings, the lists of selection, template and generated apps and the engine health figures are Qlik Cloud APIs, so they are not shown here.&lt;/p&gt;&lt;p&gt;On Qlik Sense Enterprise, ODAG is switched on and tuned in the QMC (On-demand app service), and the engines are watched with the monitoring apps.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the ODAG service&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the ODAG links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the ODAG requests</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::gui::RangeEditor</name>
    <message>
        <source>no minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest row estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest row estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::gui::ReloadLogDialog</name>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload log — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress log of the reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress log of the reload; reading the full script log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script log of the reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress log of the reload (the script log is empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress log of the reload. The script log could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::gui::ReloadsModel</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log or error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::gui::ReloadsWorkspace</name>
    <message numerus="yes">
        <source>Following %n running reload(s)…</source>
        <translation>
            <numerusform>Following %n running reload…</numerusform>
            <numerusform>Following %n running reloads…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reload(s)</source>
        <translation>
            <numerusform>%n reload</numerusform>
            <numerusform>%n reloads</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h2&gt;No reloads here&lt;/h2&gt;&lt;p&gt;The reloads API is a Qlik Cloud feature; this profile is a Qlik Sense Enterprise server, where reloads run as tasks of the QMC.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload app…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a reload of the app, with variables if you like (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the selected queued or running reload (Ctrl+Shift+X)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View &amp;log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the log of the selected reload (Ctrl+Shift+G, or double-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the apps and reloads again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app whose reloads are shown; type to search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading apps…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the next page of reloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the reloads of the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not follow a running reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload %1 ended: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the apps of the tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No apps in this tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload %1 queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reload %1 has already ended and cannot be cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not cancel the reload %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reload %1 was already being cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling the reload %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::gui::RenameAppDialog</name>
    <message>
        <source>Rename generated app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New app name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::gui::RequestActions</name>
    <message>
        <source>A multiple request has no app of its own: select its sub-requests to act on their apps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request has no generated app (it is %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is still %1: its app can be used once the request has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge cancellation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload generated app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename generated app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete generated app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open generated app in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is loading: cancel is effective only before the data load starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a validating, queued or paused request can be cancelled; this one is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pausing requests is not available on Qlik Sense Enterprise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a queued request can be paused; this one is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuming requests is not available on Qlik Sense Enterprise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a paused request can be resumed; this one is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledging a cancellation is not available on Qlik Sense Enterprise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a canceled request can be acknowledged as canceled; this one is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledging a failure is not available on Qlik Sense Enterprise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a failed request can be acknowledged as failed; this one is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No browser could open %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::gui::RequestActionsController</name>
    <message numerus="yes">
        <source>%1: not possible for any of the %n selected requests. For example: %2</source>
        <translation>
            <numerusform>%1: not possible for any of the %n selected requests. For example: %2</numerusform>
            <numerusform>%1: not possible for any of the %n selected requests. For example: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: applies to %2 of the %n selected requests.</source>
        <translation>
            <numerusform>%1: applies to %2 of the %n selected requests.</numerusform>
            <numerusform>%1: applies to %2 of the %n selected requests.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the generated app of %n request(s)? The app and its data are removed from the tenant; this cannot be undone.</source>
        <translation>
            <numerusform>Delete the generated app of %n request? The app and its data are removed from the tenant; this cannot be undone.</numerusform>
            <numerusform>Delete the generated app of %n requests? The app and its data are removed from the tenant; this cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to a tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: select one or more requests first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: wait until the running action has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: select only one request to rename its app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete generated app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed for %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::gui::RequestDetailsPanel</name>
    <message numerus="yes">
        <source>%n request(s) selected</source>
        <translation>
            <numerusform>%n request selected</numerusform>
            <numerusform>%n requests selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) left</source>
        <translation>
            <numerusform>%n minute left</numerusform>
            <numerusform>%n minutes left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>lives %n minute(s)</source>
        <translation>
            <numerusform>lives %n minute</numerusform>
            <numerusform>lives %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n field</numerusform>
            <numerusform>%n fields</numerusform>
        </translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet (requested / target)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row estimate expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binding / selection state hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started / finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selections the request was made with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selections of the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a request to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept until deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no purge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purged after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data load yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No validation messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qlik Sense Enterprise does not report a request&apos;s selections through its ODAG API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the selections…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the selections: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was made without selections.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::gui::RequestFormat</name>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2–%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (≤ %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::gui::RequestMonitor</name>
    <message numerus="yes">
        <source>The tenant asked to slow down (rate limit). Every request is kept; live updates retry in %n s.</source>
        <translation>
            <numerusform>The tenant asked to slow down (rate limit). Every request is kept; live updates retry in %n s.</numerusform>
            <numerusform>The tenant asked to slow down (rate limit). Every request is kept; live updates retry in %n s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 Every request is kept; live updates retry in %n s.</source>
        <translation>
            <numerusform>%1 %2 Every request is kept; live updates retry in %n s.</numerusform>
            <numerusform>%1 %2 Every request is kept; live updates retry in %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not refresh the requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not refresh the requests of link %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read request %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the links: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some links&apos; requests could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the requests: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::gui::RequestOpsBinder</name>
    <message>
        <source>Submit request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify when done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit a generation request for a link, to test it without the Sense client (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a desktop notification when the selected requests succeed or fail (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::gui::RequestsModel</name>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows (bounds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::gui::RequestsWorkspace</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n state(s)</source>
        <translation>
            <numerusform>%n state</numerusform>
            <numerusform>%n states</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · last refresh %2 · %n call(s)/min · %3</source>
        <translation>
            <numerusform>%1 · last refresh %2 · %n call/min · %3</numerusform>
            <numerusform>%1 · last refresh %2 · %n calls/min · %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · last refresh %2 · %n call(s)/min · Tier 1 budget %3 % · %4</source>
        <translation>
            <numerusform>%1 · last refresh %2 · %n call/min · Tier 1 budget %3 % · %4</numerusform>
            <numerusform>%1 · last refresh %2 · %n calls/min · Tier 1 budget %3 % · %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n top-level row(s) shown</source>
        <translation>
            <numerusform>%1 · %n top-level row shown</numerusform>
            <numerusform>%1 · %n top-level rows shown</numerusform>
        </translation>
    </message>
    <message>
        <source>Generation requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading requests…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause live updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop or restart the automatic refresh (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume live updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the tenant for changes now (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often to look for changes while requests are running; the monitor looks less often when nothing happens and when the rate limit is near</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search ID, owner, app, error… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only requests in the checked states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by creation time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused while the window is hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requests could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::gui::RetentionEditor</name>
    <message>
        <source>PT24H, P7D or unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::gui::SpaceAssignmentsModel</name>
    <message>
        <source>Member type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User or group ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::gui::SpaceDetailsPanel</name>
    <message>
        <source>&amp;Add member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;roles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members of the space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a user or group roles in this space (Ctrl+Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the roles of the selected member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the selected member out of this space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Members&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the members of the space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;No space selected&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a space to see its details and members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(personal space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your roles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not manage the members of this space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 to the space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the roles of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take %1 out of the space &quot;%2&quot;? They lose the roles %3 there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1 from the space</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::gui::SpaceDialog</name>
    <message>
        <source>New space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1-256 characters, none of &quot; * ? &lt; &gt; / | \ :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Roles: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the space</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::gui::SpaceRoleCatalog</name>
    <message>
        <source>Members develop apps together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished apps are published here for consumers; content is controlled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds data connections and data files that apps load from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A space type this version does not know (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::gui::SpacesModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::gui::SpacesWorkspace</name>
    <message numerus="yes">
        <source>%1 of %n space(s)</source>
        <translation>
            <numerusform>%1 of %n space</numerusform>
            <numerusform>%1 of %n spaces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n space(s)</source>
        <translation>
            <numerusform>%n space</numerusform>
            <numerusform>%n spaces</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h2&gt;No spaces here&lt;/h2&gt;&lt;p&gt;Spaces are a Qlik Cloud feature; this profile is a Qlik Sense Enterprise server, which organises apps in streams instead.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New space…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a space (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the name or description of the selected space (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected space (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the spaces again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space type filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name contains…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the next page of spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the space %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the space %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the space &quot;%1&quot; and its member assignments? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The space &quot;%1&quot; is not empty and was not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the space &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the space %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::gui::SubmitRequestDialog</name>
    <message>
        <source>&amp;Add field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Submit request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit a generation request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ODAG link to generate an app with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection app ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selection app the request is made from (prefilled from the link)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: the selection app sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: rows the generated app will hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked against the link&apos;s row estimate range for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected (S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional (O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded (X)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a field to the selection state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected field rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the request (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection &amp;app:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row &amp;estimate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per field: values separated by commas or one per line; the state says whether they are selected (S), optional (O) or excluded (X). Rows of the same field are merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading links…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection state of row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the ID of the selection app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row estimate must be a whole number of rows, 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: enter the field name for the values %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: enter at least one value for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one field with values: the request is made from a selection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please correct the following:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 was created; it is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages from the service:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::gui::TenantHealthPage</name>
    <message numerus="yes">
        <source>Refresh every %n s</source>
        <translation>
            <numerusform>Refresh every %n s</numerusform>
            <numerusform>Refresh every %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reload this page by itself every %n seconds while it is shown</source>
        <translation>
            <numerusform>Reload this page by itself every %n seconds while it is shown</numerusform>
            <numerusform>Reload this page by itself every %n seconds while it is shown</numerusform>
        </translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qlik Cloud tenant · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qlik Sense Enterprise site · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the tenant&apos;s settings, apps and health (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ODAG settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ODAG apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection apps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template apps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated apps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the ODAG apps tab with the names and IDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant health loaded with errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant health loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::gui::TimelinePage</name>
    <message>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period the timeline and the statistics cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the requests of one link only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics per link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::gui::TimelineView</name>
    <message>
        <source>Request timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waited: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load duration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No requests observed in this period.
Requests appear here as the monitor sees them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests by link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::gui::TrayNotifier</name>
    <message>
        <source>ODAG Admin: watched requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app &quot;%1&quot; has been generated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request for &quot;%1&quot; failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request for &quot;%1&quot; failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::gui::TriggerReloadDialog</name>
    <message numerus="yes">
        <source>%n variable(s) given; at most %1 are allowed.</source>
        <translation>
            <numerusform>%n variable given; at most %1 are allowed.</numerusform>
            <numerusform>%n variables given; at most %1 are allowed.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Partial reload (keep the data already loaded; run only ADD/REPLACE loads)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a script variable (at most %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variables are set in the load script before it runs (names and values up to %1 characters, at most %2 variables).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: the variable needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: the name has %2 characters; at most %3 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: the value has %2 characters; at most %3 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: the variable %2 is set twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start the reload</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::json</name>
    <message>
        <source>expected %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing required field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integer out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected ISO 8601 date-time, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty body where JSON was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed JSON at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::rules</name>
    <message numerus="yes">
        <source>%1 refers to a parameter that does not exist: the name has %n parameter(s), numbered from {0}.</source>
        <translation>
            <numerusform>%1 refers to a parameter that does not exist: the name has %n parameter, numbered from {0}.</numerusform>
            <numerusform>%1 refers to a parameter that does not exist: the name has %n parameters, numbered from {0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The brace at position %1 is not part of a {N} marker and is kept as written (braces have no escape).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refers to a parameter, but the name has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter {%1} is &quot;%2&quot;, which the app does not know; it is kept, and the preview shows its marker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter {%1} (%2) is not used in the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The generated app name would be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The context is empty. Use User_* for all users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User. must be followed by an attribute: name, id, subject, group or role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a user attribute; use name, id, subject, group or role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User.%1 must be followed by = and a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User.%1 = has no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value has no closing %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User.%1 is compared with an empty value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not interpreted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User named %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User with ID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User with subject %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members of group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users with role %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not interpreted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group or role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app cannot interpret this context (Qlik publishes no grammar beyond User_* and User.&lt;attribute&gt; = &lt;value&gt;). It is kept as written; the preview cannot tell whom it applies to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retention time is empty: write an ISO 8601 duration such as PT24H, or unlimited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A retention time cannot carry a sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 duration: it must start with P (as in PT24H or P1D), or be unlimited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duration has a second T.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duration has a T with no hours, minutes or seconds after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the smallest unit of a duration may have a fraction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number is expected at &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duration is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A duration may have at most three decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decimal separator must be followed by digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number %1 has no unit (Y, M, W, D, H, M or S).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours, minutes and seconds must come after T (as in PT%1%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a duration unit here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The units of a duration must be written once each, largest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duration has no value (write for example PT24H).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 wk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context &quot;%1&quot; cannot be interpreted by the app (only User_* and User.&lt;attribute&gt; = &lt;value&gt; are documented); it is kept as written and the preview cannot evaluate it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: context &quot;%2&quot; appears again at row %3 with the same value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: context &quot;%2&quot; appears at rows %3 and %4 with different values; which one the service uses is not documented.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row estimate range for &quot;%1&quot; has a negative bound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row estimate range for &quot;%1&quot; goes from %2 down to %3: no estimate can fall in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no row estimate range for all users (context User_*); the service requires one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated app name for &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The generated app limit for &quot;%1&quot; is %2; the minimum is 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link is a dynamic view: the service sets the generated app limit to 1, so %1 for &quot;%2&quot; has no effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The generated app limit for &quot;%1&quot; is ignored: overrideGenAppLimit is on for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The limit policy &quot;%1&quot; for &quot;%2&quot; is not one the app knows (Restrict, AutoDelete); it is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The limit policy for &quot;%1&quot; has no effect: the link sets no generated app limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The limit policy %1 for &quot;%2&quot; has no effect: overrideGenAppLimit is on for it, so the limit is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retention time for &quot;%1&quot; is not valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retention time &quot;%1&quot; for &quot;%2&quot; is usually written %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retention time %1 for &quot;%2&quot; uses years or months, whose length varies; the app counts 365 and 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retention time for &quot;%1&quot; is zero; the service records 0 as &quot;never purged&quot;. Write unlimited if that is meant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link is a dynamic view: the service keeps generated apps for 24 hours, so %1 for &quot;%2&quot; has no effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The open method &quot;%1&quot; for &quot;%2&quot; is not one the app knows (Tab, Window); it is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target sheet for &quot;%1&quot; has no sheet ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The menu label for &quot;%1&quot; is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binding %1 has no template app variable name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binding %1 has a negative value count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binding %1 asks for at least %2 and at most %3 values, which no selection can meet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binding %1 appears twice with different ranges (%2 and %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binding %1 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bindings %1 and %2 read the same field %3 with different ranges (%4 and %5); the service requires one range per field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated app name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated app limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row estimate range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override app limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment opened with /* on line %1 is never closed: the rest of the script is a comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; after $(%2) is not a quantity constraint [M-N]; it is left in the script.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$(%1)[%2-%3] asks for at least %2 and at most %3 values, which no selection can meet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The { after $(%1) is not closed on the same line; it is not read as a format specification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The format specification after $(%1) is not valid JSON: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The format specification after $(%1) has the unknown key &quot;%2&quot; (known: quote, delimiter, noValue).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the format specification after $(%2) must be a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$(%1) has the range %2 on line %3 and %4 on line %5; a variable can have only one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field %1 has the range %2 in $(%3) on line %4 and %5 in $(%6) on line %7; every binding of a field must have the same range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::sandbox</name>
    <message>
        <source>Rate limit exceeded (injected storm).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox injected this error (fault rule %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox dropped this request&apos;s answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unauthorized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method Not Allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload Too Large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too Many Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal Server Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service Unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP error %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id and apiKey must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate user id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate API key for user %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::sandbox::AppDataRoutes</name>
    <message>
        <source>script version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current version of the script cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reload log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::sandbox::AppMediaRoutes</name>
    <message>
        <source>media file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media file %1 exists already; delete it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>media folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app %1 has no thumbnail.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::sandbox::AppPackage</name>
    <message>
        <source>the file is not a Qlik Sense app (QVF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the app file is truncated or has trailing bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the app file is damaged (its checksum does not match)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the app file is damaged (its contents cannot be read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the app file was written in a format this sandbox does not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the app file holds no app name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::sandbox::AppRoutes</name>
    <message>
        <source>You may not create apps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no space with ID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apps reach a managed space by publishing, not directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not add apps to the space %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the app name must have 1 to 256 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an app usage (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no user with ID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apps are published to managed spaces only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not publish to the space %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use source or target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required when the app is moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app is already published to this space as %1; republish it with PUT /api/v1/apps/%2/publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app %1 has no published copy in the space %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>streams exist on client-managed servers only; give the published app&apos;s ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the app %1 is not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app %1 was not published from the app %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not publish to the space of the app %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Republished from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app %1 is not published.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::sandbox::AppTransferRoutes</name>
    <message>
        <source>You may export the app %1 only without its data (NoData).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>temporary file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The temporary file %1 belongs to someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not import apps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use NEW or AUTOREPLACE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no space with ID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not add apps to the space %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send the app file (application/octet-stream)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the app name must have 1 to 256 characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::sandbox::AppsCommon</name>
    <message>
        <source>No %1 with ID %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not have the %1 privilege on the app %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox could not save the change: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::sandbox::ControlRoutes</name>
    <message>
        <source>Only administrators can use the sandbox control paths.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the fault rules as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::sandbox::DemoRequests</name>
    <message>
        <source>The data load of the generated app failed: General Script Error (the template script has a // sandbox:fail line). The app was kept for diagnosis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row estimate exceeded: the data load returned %1 rows, more than the %2 the link allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connector timeout: the data connection &apos;Snowflake_Sales&apos; did not answer within 300 seconds (SQL##f - SqlState: S1T00, ErrorCode: 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script error at line 42: Field &apos;ORIGIN_STATE&apos; not found (General Script Error).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connector error: &apos;REST_Claims&apos; answered HTTP 503 Service Unavailable after 3 retries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine on %1 ran out of memory during the load (more than 8 GB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script error at line 17: Unknown statement: LOAD DISTINC (Syntax error).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data connection &apos;ODBC_Claims&apos; not found, or the generating user may not use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template app could not be opened for binding; the request was not queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 sub-requests failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The generated app was deleted to stay within the link&apos;s limit of generated apps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated by the ODAG link &quot;%1&quot; (request %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::sandbox::FaultSpec</name>
    <message>
        <source>a fault rule needs a path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid path pattern %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probability must be between 0 and 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown method %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delayMs and retryAfter must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown fault kind &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path: expected string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>method: expected string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probability: expected number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delayMs: expected number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retryAfter: expected number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>times: expected number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rules: expected array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed: expected integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array of fault rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fault &quot;%1&quot;: expected KIND[=N]:PROBABILITY:PATH[:METHOD]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fault &quot;%1&quot;: unknown kind &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fault &quot;%1&quot;: &quot;%2&quot; is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fault &quot;%1&quot;: the probability is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fault &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::sandbox::ItemRoutes</name>
    <message>
        <source>required when resourceId or resourceIds is given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot sort by &quot;%1&quot;; use createdAt, updatedAt, recentlyUsed or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::sandbox::LinkBuilder</name>
    <message>
        <source>The link cannot be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an app ID (24 hexadecimal digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no app with the ID %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::sandbox::LinkRoutes</name>
    <message>
        <source>The link could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no link with the ID %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selection app and the template app must be different apps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dynamic views are switched off for this tenant (odag-settings: dynamicViewEnabled is false).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not allowed to create ODAG links: that takes the role Developer, AnalyticsAdmin or TenantAdmin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statusSetting: &quot;%1&quot; is not a status change; use activate, disable or decommission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link is decommissioned; a decommissioned link cannot change status again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link is incomplete and cannot be activated: it needs a template app, a row estimate expression and a row estimate range for all users (User_*).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the owner of the link (%1) or an administrator can change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>modifiedDate: &quot;%1&quot; is not a timestamp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link was changed by %1 at %2, after the version you sent (%3). Read it again and apply your changes to the new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link is decommissioned and can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator can give a link to another owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ownerId: there is no user with the ID %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query parameter selAppId: missing required parameter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linkList[%1]: &quot;%2&quot; is not a link ID (24 hexadecimal digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linkList[%1]: there is no link with the ID %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::sandbox::OdagAppsRoutes</name>
    <message>
        <source>Query parameter appType: expected selection, template or generated, got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query parameter appType: missing required parameter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::sandbox::OdagArea</name>
    <message>
        <source>ODAG is not enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-demand app generation is switched off for this tenant (odag-settings: odagEnabled is false). A tenant administrator can switch it on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query parameter %1: expected true or false, got &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query parameter type: expected link, view or all, got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::sandbox::OdagSettingsRoutes</name>
    <message>
        <source>Only tenant administrators can view or change ODAG settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request body must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::sandbox::QseLinkRoutes</name>
    <message>
        <source>%1 binding(s) read from the template app&apos;s load script.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link is incomplete: it needs a template app, a row estimate expression and a row estimate range for all users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no link with the ID %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not allowed to create ODAG links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selection app and the template app must be different apps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the owner of the link (%1) or an administrator can change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link is decommissioned and can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the owner of the link (%1) or an administrator can delete it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::sandbox::QseRequestRoutes</name>
    <message>
        <source>Validating the selection state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a free engine to load the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused (hold): resume the request to put it back in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading data on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app was generated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled (acknowledged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>selectionState: expected an array of field states or an object of field values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>selectionState.%1: expected a value or an array of values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no ODAG link with ID %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status: &quot;%1&quot; is not a status a request can be set to; use cancelled, hold, queued, canceledAck or failedAck.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::sandbox::ReloadRoutes</name>
    <message>
        <source>reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot sort by &quot;%1&quot;; use creationTime, status, startTime or endTime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not cancel the reload %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reload %1 has ended (%2) and cannot be canceled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::sandbox::RequestEngine</name>
    <message>
        <source>The link %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template app %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated by the ODAG link &quot;%1&quot; (request %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The generated app was deleted while its data was loading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data load of the generated app failed: General Script Error at line %1 (// sandbox:fail). The app was kept for diagnosis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 sub-requests failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 has no generated app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no ODAG request with ID %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 belongs to another user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 is loading: cancel is effective only before the data load starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 is %2: only a validating, queued or paused request can be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 is %2: only a queued request can be paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 is %2: only a paused (hold) request can be resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 is %2: only a canceled request can be acknowledged with ackcancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 is %2: only a failed request can be acknowledged with ackfailure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown action; use cancel, pause, resume, ackcancel or ackfailure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the owner of request %1 or an administrator can change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 is a multiple request in state %2: none of its sub-requests (%3) can take the action %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the request owner or the link&apos;s owner can delete its app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 is %2: its app can be deleted once the request has finished (cancel it first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the request owner or the link&apos;s owner can rename its app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appName: the new name of the generated app must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the request owner or the link&apos;s owner can reload its app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 is %2: its app can be reloaded once the request has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link %1 of this request no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The generated app moved to request %1 (reload with copyRequest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ODAG reload of request %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dynamic view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>context &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated app limit reached: you have %1 apps generated by the link &quot;%2&quot; and the limit for you is %3 (%4, policy Restrict). Delete one of them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated app limit reached: this request needs %1 new apps and the limit for you is %2 (%3, policy AutoDelete); apps still being generated cannot be deleted to make room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The generated app &quot;%1&quot; was deleted by the AutoDelete limit policy to make room for request %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no ODAG link with ID %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(partition %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::sandbox::RequestPipeline</name>
    <message>
        <source>Authentication required: send Authorization: Bearer &lt;API key&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only Bearer authorization is supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The xrfkey query parameter is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The X-Qlik-Xrfkey header is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The xrfkey must be 16 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The xrfkey query parameter and the X-Qlik-Xrfkey header differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown user %1\%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication required: send X-Qlik-User or a Bearer API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No resource at %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not supported on %2; allowed: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request body has %1 bytes; at most %2 are accepted here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limit of %1 calls per minute exceeded for this user; retry after %2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request body is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox failed to handle the request.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::sandbox::RequestRoutes</name>
    <message>
        <source>%1 must be true or false, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no ODAG link with ID %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action must be one of cancel, pause, resume, ackcancel, ackfailure; got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::sandbox::RequestValidation</name>
    <message>
        <source>exactly %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any number of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link &quot;%1&quot; is %2; only an active link takes requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link &quot;%1&quot; is disabled for you (the disable property of context &quot;%2&quot; is true).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selection makes more than %1 partitions (one generated app each); select fewer values in the partition fields %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The binding %1 needs %2 values of %3, and the selection state has no values for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The binding %1 needs %2 values of %3 in states %4; the selection has %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No row estimate range of the link applies to you, so no request can be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No row estimate (actualRowEst) was sent; the row estimate range was not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row estimate too low: %1 rows, the link needs at least %2 for you (context &quot;%3&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row estimate exceeded: %1 rows, the link allows at most %2 for you (context &quot;%3&quot;). Narrow the selection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::sandbox::SandboxServer</name>
    <message>
        <source>--faults: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot seed the demo data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot listen on %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::sandbox::SandboxStore</name>
    <message>
        <source>limit must be a whole number from 1 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next and prev cannot be used together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the data directory %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has schema version %2, newer than this sandbox knows (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migration %1 (%2) failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot sort by &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot filter by &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the paging cursor is not valid for this list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::sandbox::ScimFilter</name>
    <message>
        <source>filter: the text starting at character %1 has no closing quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filter: %1 at character %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a closing parenthesis is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an attribute name is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be filtered on (use %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the eq and ne operators are supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value is expected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>odag::sandbox::SpaceRoutes</name>
    <message numerus="yes">
        <source>The space still holds %n app(s); move or delete them first.</source>
        <translation>
            <numerusform>The space still holds %n app; move or delete them first.</numerusform>
            <numerusform>The space still holds %n apps; move or delete them first.</numerusform>
        </translation>
    </message>
    <message>
        <source>space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a space type (shared, managed, data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot sort by &quot;%1&quot;; use name, createdAt, updatedAt or type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not create %1 spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A space named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not change the space %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the owner of the space or an administrator may give it to someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no user with ID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least one patch operation is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not supported; use replace, add or remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be patched; use /name, /description or /ownerId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the owner of the space or an administrator may delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be assigned in a %2 space (allowed: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use user or group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an assignee type (user, group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not manage the members of this space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is already assigned to this space (assignment %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least one role is required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
