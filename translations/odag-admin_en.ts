<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
</context>
<context>
    <name>odag::gui::ProfileManagerDialog</name>
    <message numerus="yes">
        <source>&lt;p&gt;%n trusted server certificate(s).&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%n trusted server certificate.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%n trusted server certificates.&lt;/p&gt;</numerusform>
        </translation>
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
</context>
</TS>
