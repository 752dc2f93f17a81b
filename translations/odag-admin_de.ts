<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CommandLine</name>
    <message>
        <source>Administration of Qlik On-Demand App Generation: links, requests, spaces, apps and reloads.</source>
        <translation>Verwaltung der Qlik On-Demand-App-Generierung: Links, Anforderungen, Bereiche, Apps und Neuladevorgänge.</translation>
    </message>
    <message>
        <source>Open the connection profile &lt;name&gt;.</source>
        <translation>Das Verbindungsprofil &lt;Name&gt; öffnen.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Connect to the built-in sandbox tenant.</source>
        <translation>Mit dem integrierten Sandbox-Mandanten verbinden.</translation>
    </message>
    <message>
        <source>Render the main window once its data has loaded, save it as a PNG to &lt;path&gt; and exit.</source>
        <translation>Das Hauptfenster nach dem Laden seiner Daten darstellen, als PNG unter &lt;Pfad&gt; speichern und beenden.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Use the language &lt;code&gt; (en, de, fr, es, ja) instead of the system&apos;s.</source>
        <translation>Die Sprache &lt;Code&gt; (en, de, fr, es, ja) statt der Systemsprache verwenden.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Keep the sandbox tenant&apos;s state in &lt;dir&gt;.</source>
        <translation>Den Zustand des Sandbox-Mandanten in &lt;Verz&gt; speichern.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>Verz</translation>
    </message>
    <message>
        <source>Connect to the Qlik Cloud tenant at &lt;url&gt; (https://TENANT.REGION.qlikcloud.com) with the API key in the environment variable ODAG_API_KEY.</source>
        <translation>Mit dem Qlik Cloud-Mandanten unter &lt;URL&gt; (https://TENANT.REGION.qlikcloud.com) verbinden, mit dem API-Schlüssel aus der Umgebungsvariablen ODAG_API_KEY.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Try --help.</source>
        <translation>Siehe --help.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1. Try --help.</source>
        <translation>Unerwartetes Argument: %1. Siehe --help.</translation>
    </message>
    <message>
        <source>--tenant needs a URL such as https://tenant.eu.qlikcloud.com, not &quot;%1&quot;.</source>
        <translation>--tenant benötigt eine URL wie https://tenant.eu.qlikcloud.com, nicht „%1“.</translation>
    </message>
    <message>
        <source>--tenant needs the API key in the environment variable ODAG_API_KEY.</source>
        <translation>--tenant benötigt den API-Schlüssel in der Umgebungsvariablen ODAG_API_KEY.</translation>
    </message>
    <message>
        <source>Use either --tenant or --sandbox, not both.</source>
        <translation>Verwenden Sie entweder --tenant oder --sandbox, nicht beides.</translation>
    </message>
    <message>
        <source>--screenshot needs a file path.</source>
        <translation>--screenshot benötigt einen Dateipfad.</translation>
    </message>
    <message>
        <source>Open the workspace &lt;name&gt; (for example: links).</source>
        <translation>Den Arbeitsbereich &lt;Name&gt; öffnen (zum Beispiel: links).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Unknown view &quot;%1&quot;. Views: %2.</source>
        <translation>Unbekannte Ansicht „%1“. Ansichten: %2.</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Could not start the sandbox tenant: %1</source>
        <translation>Der Sandbox-Mandant konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>The view did not finish loading; saving the screenshot as it is.</source>
        <translation>Die Ansicht wurde nicht vollständig geladen; der Screenshot wird im aktuellen Zustand gespeichert.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Sandbox (Sense Enterprise)</source>
        <translation>Sandbox (Sense Enterprise)</translation>
    </message>
    <message>
        <source>There is no connection profile named &quot;%1&quot;. Available profiles: %2.</source>
        <translation>Es gibt kein Verbindungsprofil namens „%1“. Verfügbare Profile: %2.</translation>
    </message>
    <message>
        <source>No keychain: keys and passwords are kept until you quit</source>
        <translation>Kein Schlüsselbund: Schlüssel und Kennwörter bleiben nur bis zum Beenden erhalten</translation>
    </message>
    <message>
        <source>This computer has no keychain: keys and passwords you enter are kept only until ODAG Admin quits.</source>
        <translation>Dieser Computer hat keinen Schlüsselbund: Eingegebene Schlüssel und Kennwörter bleiben nur erhalten, bis ODAG Admin beendet wird.</translation>
    </message>
    <message>
        <source>%1 Check the profile in File › Manage profiles… (Ctrl+Shift+M).</source>
        <translation>%1 Prüfen Sie das Profil unter Datei › Profile verwalten… (Strg+Umschalt+M).</translation>
    </message>
    <message>
        <source>You signed out of %1. Choose the profile again to sign in.</source>
        <translation>Sie haben sich von %1 abgemeldet. Wählen Sie das Profil erneut aus, um sich anzumelden.</translation>
    </message>
    <message>
        <source>You signed out of %1 here, but the tenant did not confirm it: %2</source>
        <translation>Sie haben sich hier von %1 abgemeldet, aber der Mandant hat dies nicht bestätigt: %2</translation>
    </message>
</context>
<context>
    <name>odag-sandbox</name>
    <message>
        <source>A local Qlik tenant for trying, teaching and testing ODAG Admin. It speaks the Qlik Cloud ODAG, /api/v1 and engine paths and the Qlik Sense Enterprise ODAG paths on a loopback port.
Built-in users and their API keys are listed in the README.</source>
        <translation>Ein lokaler Qlik-Mandant zum Ausprobieren, Schulen und Testen von ODAG Admin. Er bedient die Qlik Cloud-Pfade für ODAG, /api/v1 und die Engine sowie die ODAG-Pfade von Qlik Sense Enterprise auf einem Loopback-Port.
Die integrierten Benutzer und ihre API-Schlüssel sind in der README aufgeführt.</translation>
    </message>
    <message>
        <source>Port to listen on (0: any free port).</source>
        <translation>Port, auf dem gelauscht wird (0: beliebiger freier Port).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Directory for the tenant&apos;s database (sandbox.db). Without it the tenant lives in memory and is lost at exit.</source>
        <translation>Verzeichnis für die Datenbank des Mandanten (sandbox.db). Ohne diese Angabe liegt der Mandant im Arbeitsspeicher und geht beim Beenden verloren.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>VERZ</translation>
    </message>
    <message>
        <source>JSON file with the users: [{&quot;id&quot;,&quot;name&quot;,&quot;subject&quot;,&quot;groups&quot;,&quot;roles&quot;,&quot;apiKey&quot;,&quot;admin&quot;}]. Without it the built-in demo users.</source>
        <translation>JSON-Datei mit den Benutzern: [{&quot;id&quot;,&quot;name&quot;,&quot;subject&quot;,&quot;groups&quot;,&quot;roles&quot;,&quot;apiKey&quot;,&quot;admin&quot;}]. Ohne diese Angabe die integrierten Demobenutzer.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Inject faults: rules KIND[=N]:PROBABILITY:PATH[:METHOD] separated by commas, KIND one of 500, 502, 503 (any 4xx/5xx), delay, drop, truncate, malformed, 429storm; N is the delay in ms or the Retry-After seconds. Example: 500:0.1:/api/v1/*,delay=2000:0.5:/api/analytics/*. @FILE reads JSON rules.</source>
        <translation>Fehler einschleusen: Regeln KIND[=N]:PROBABILITY:PATH[:METHOD], durch Kommas getrennt; KIND ist 500, 502, 503 (beliebiger 4xx/5xx), delay, drop, truncate, malformed oder 429storm; N ist die Verzögerung in ms bzw. die Retry-After-Sekunden. Beispiel: 500:0.1:/api/v1/*,delay=2000:0.5:/api/analytics/*. @FILE liest JSON-Regeln.</translation>
    </message>
    <message>
        <source>SPEC</source>
        <translation>REGELN</translation>
    </message>
    <message>
        <source>Seed for the fault dice, for repeatable runs.</source>
        <translation>Startwert für den Fehler-Zufallsgenerator, für reproduzierbare Läufe.</translation>
    </message>
    <message>
        <source>Simulated time runs X times faster than real time.</source>
        <translation>Die simulierte Zeit läuft X-mal schneller als die Echtzeit.</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>Do not enforce the per-tier rate limits.</source>
        <translation>Die Ratenbegrenzungen je Tier nicht durchsetzen.</translation>
    </message>
    <message>
        <source>Log every request and store change.</source>
        <translation>Jede Anfrage und jede Änderung am Speicher protokollieren.</translation>
    </message>
    <message>
        <source>Number of app loads that may run at the same time.</source>
        <translation>Anzahl der App-Ladevorgänge, die gleichzeitig laufen dürfen.</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>--port needs a number from 0 to 65535.</source>
        <translation>--port benötigt eine Zahl von 0 bis 65535.</translation>
    </message>
    <message>
        <source>--fault-seed needs a whole number.</source>
        <translation>--fault-seed benötigt eine ganze Zahl.</translation>
    </message>
    <message>
        <source>--speed needs a number greater than 0.</source>
        <translation>--speed benötigt eine Zahl größer als 0.</translation>
    </message>
    <message>
        <source>--max-loads needs a whole number of at least 1.</source>
        <translation>--max-loads benötigt eine ganze Zahl von mindestens 1.</translation>
    </message>
    <message>
        <source>cannot install the signal handlers; stop with SIGKILL.</source>
        <translation>die Signal-Handler können nicht installiert werden; mit SIGKILL beenden.</translation>
    </message>
    <message>
        <source>Load the demo tenant: spaces, apps with load scripts, ODAG links with per-user and per-group settings, and generation requests in every state.</source>
        <translation>Den Demo-Mandanten laden: Bereiche, Apps mit Ladeskripts, ODAG-Links mit Einstellungen pro Benutzer und pro Gruppe sowie Generierungsanforderungen in jedem Status.</translation>
    </message>
    <message>
        <source>Serve HTTPS with this PEM certificate (needs --tls-key).</source>
        <translation>HTTPS mit diesem PEM-Zertifikat bereitstellen (erfordert --tls-key).</translation>
    </message>
    <message>
        <source>The unencrypted PEM private key of --tls-cert.</source>
        <translation>Der unverschlüsselte private PEM-Schlüssel zu --tls-cert.</translation>
    </message>
    <message>
        <source>Seconds an OAuth2 access token stays valid (sandbox clock).</source>
        <translation>Sekunden, die ein OAuth2-Zugriffstoken gültig bleibt (Sandbox-Uhr).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together.</source>
        <translation>--tls-cert und --tls-key müssen zusammen angegeben werden.</translation>
    </message>
    <message>
        <source>--oauth-token-lifetime needs a whole number of at least 1.</source>
        <translation>--oauth-token-lifetime benötigt eine ganze Zahl von mindestens 1.</translation>
    </message>
</context>
<context>
    <name>odag::App</name>
    <message>
        <source>the app name is empty</source>
        <translation>der App-Name ist leer</translation>
    </message>
    <message>
        <source>the app name is longer than 256 characters</source>
        <translation>der App-Name ist länger als 256 Zeichen</translation>
    </message>
</context>
<context>
    <name>odag::AppNameParameter</name>
    <message>
        <source>Template app name</source>
        <translation>Name der Vorlagen-App</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>Current year</source>
        <translation>Aktuelles Jahr</translation>
    </message>
    <message>
        <source>Current month</source>
        <translation>Aktueller Monat</translation>
    </message>
    <message>
        <source>Current day</source>
        <translation>Aktueller Tag</translation>
    </message>
    <message>
        <source>Current hour</source>
        <translation>Aktuelle Stunde</translation>
    </message>
    <message>
        <source>Current minute</source>
        <translation>Aktuelle Minute</translation>
    </message>
    <message>
        <source>Current second</source>
        <translation>Aktuelle Sekunde</translation>
    </message>
</context>
<context>
    <name>odag::AppOpenMethod</name>
    <message>
        <source>New tab</source>
        <translation>Neuer Tab</translation>
    </message>
    <message>
        <source>New window</source>
        <translation>Neues Fenster</translation>
    </message>
</context>
<context>
    <name>odag::AppUsageType</name>
    <message>
        <source>Analytics</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Data preparation</source>
        <translation>Datenvorbereitung</translation>
    </message>
    <message>
        <source>Data flow preparation</source>
        <translation>Datenfluss-Vorbereitung</translation>
    </message>
    <message>
        <source>Single table preparation</source>
        <translation>Einzeltabellen-Vorbereitung</translation>
    </message>
    <message>
        <source>Direct Query</source>
        <translation>Direct Query</translation>
    </message>
</context>
<context>
    <name>odag::AssigneeType</name>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Bot</source>
        <translation>Bot</translation>
    </message>
</context>
<context>
    <name>odag::DataLoadStatus</name>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Success with warnings</source>
        <translation>Erfolgreich mit Warnungen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>odag::EngineHealth</name>
    <message>
        <source>Healthy</source>
        <translation>Fehlerfrei</translation>
    </message>
    <message>
        <source>Alive but too busy</source>
        <translation>Aktiv, aber ausgelastet</translation>
    </message>
    <message>
        <source>Not healthy</source>
        <translation>Gestört</translation>
    </message>
</context>
<context>
    <name>odag::EngineSessionState</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Stalled</source>
        <translation>Blockiert</translation>
    </message>
</context>
<context>
    <name>odag::LimitPolicy</name>
    <message>
        <source>Restrict</source>
        <translation>Einschränken</translation>
    </message>
    <message>
        <source>Delete oldest automatically</source>
        <translation>Älteste automatisch löschen</translation>
    </message>
</context>
<context>
    <name>odag::LinkStatus</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Decommissioned</source>
        <translation>Außer Betrieb</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Unvollständig</translation>
    </message>
</context>
<context>
    <name>odag::LinkStatusSetting</name>
    <message>
        <source>Activate</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Decommission</source>
        <translation>Außer Betrieb nehmen</translation>
    </message>
</context>
<context>
    <name>odag::LinkType</name>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Dynamic views</source>
        <translation>Dynamische Ansichten</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
</context>
<context>
    <name>odag::OdagAppType</name>
    <message>
        <source>Selection app</source>
        <translation>Auswahl-App</translation>
    </message>
    <message>
        <source>Template app</source>
        <translation>Vorlagen-App</translation>
    </message>
    <message>
        <source>Generated app</source>
        <translation>Generierte App</translation>
    </message>
</context>
<context>
    <name>odag::QseRequestStatus</name>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>odag::Reload</name>
    <message>
        <source>at most %1 variables are allowed, got %2</source>
        <translation>höchstens %1 Variablen sind erlaubt, angegeben wurden %2</translation>
    </message>
    <message>
        <source>the variable name is empty</source>
        <translation>der Variablenname ist leer</translation>
    </message>
    <message>
        <source>the variable name is longer than %1 characters</source>
        <translation>der Variablenname ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>the variable value is longer than %1 characters</source>
        <translation>der Variablenwert ist länger als %1 Zeichen</translation>
    </message>
</context>
<context>
    <name>odag::ReloadStatus</name>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>Reloading</source>
        <translation>Wird neu geladen</translation>
    </message>
    <message>
        <source>Canceling</source>
        <translation>Wird abgebrochen</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Exceeded limit</source>
        <translation>Limit überschritten</translation>
    </message>
</context>
<context>
    <name>odag::ReloadType</name>
    <message>
        <source>Manual (hub)</source>
        <translation>Manuell (Hub)</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Automation</source>
        <translation>Automatisierung</translation>
    </message>
    <message>
        <source>Data refresh</source>
        <translation>Datenaktualisierung</translation>
    </message>
    <message>
        <source>Choreographer</source>
        <translation>Choreographer</translation>
    </message>
</context>
<context>
    <name>odag::RequestAction</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Acknowledge cancellation</source>
        <translation>Abbruch bestätigen</translation>
    </message>
    <message>
        <source>Acknowledge failure</source>
        <translation>Fehler bestätigen</translation>
    </message>
</context>
<context>
    <name>odag::RequestKind</name>
    <message>
        <source>Single</source>
        <translation>Einzeln</translation>
    </message>
    <message>
        <source>Multiple</source>
        <translation>Mehrfach</translation>
    </message>
    <message>
        <source>Sub-request</source>
        <translation>Teilanforderung</translation>
    </message>
</context>
<context>
    <name>odag::RequestState</name>
    <message>
        <source>Validating</source>
        <translation>Wird validiert</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Canceling</source>
        <translation>Wird abgebrochen</translation>
    </message>
    <message>
        <source>Canceled (acknowledged)</source>
        <translation>Abgebrochen (bestätigt)</translation>
    </message>
    <message>
        <source>Failed (acknowledged)</source>
        <translation>Fehlgeschlagen (bestätigt)</translation>
    </message>
</context>
<context>
    <name>odag::SelectAppParamType</name>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>Ausschließen</translation>
    </message>
    <message>
        <source>BDI</source>
        <translation>BDI</translation>
    </message>
</context>
<context>
    <name>odag::SelectStatus</name>
    <message>
        <source>Selected</source>
        <translation>Ausgewählt</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Ausgeschlossen</translation>
    </message>
</context>
<context>
    <name>odag::Space</name>
    <message>
        <source>The space name is empty.</source>
        <translation>Der Bereichsname ist leer.</translation>
    </message>
    <message>
        <source>The space name is longer than 256 characters.</source>
        <translation>Der Bereichsname ist länger als 256 Zeichen.</translation>
    </message>
    <message>
        <source>The space name may not contain %1.</source>
        <translation>Der Bereichsname darf %1 nicht enthalten.</translation>
    </message>
    <message>
        <source>at least one role is required</source>
        <translation>mindestens eine Rolle ist erforderlich</translation>
    </message>
</context>
<context>
    <name>odag::SpaceRole</name>
    <message>
        <source>Can view</source>
        <translation>Kann anzeigen</translation>
    </message>
    <message>
        <source>Can contribute</source>
        <translation>Kann beitragen</translation>
    </message>
    <message>
        <source>Can consume data</source>
        <translation>Kann Daten nutzen</translation>
    </message>
    <message>
        <source>Can preview data</source>
        <translation>Kann Datenvorschau anzeigen</translation>
    </message>
    <message>
        <source>Can facilitate</source>
        <translation>Kann moderieren</translation>
    </message>
    <message>
        <source>Can manage</source>
        <translation>Kann verwalten</translation>
    </message>
    <message>
        <source>Can operate</source>
        <translation>Kann betreiben</translation>
    </message>
    <message>
        <source>Can edit</source>
        <translation>Kann bearbeiten</translation>
    </message>
    <message>
        <source>Can publish</source>
        <translation>Kann veröffentlichen</translation>
    </message>
    <message>
        <source>Has restricted view</source>
        <translation>Eingeschränkte Ansicht</translation>
    </message>
    <message>
        <source>Can co-develop</source>
        <translation>Kann mitentwickeln</translation>
    </message>
</context>
<context>
    <name>odag::SpaceType</name>
    <message>
        <source>Shared</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Managed</source>
        <translation>Verwaltet</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
</context>
<context>
    <name>odag::api::ApiError</name>
    <message>
        <source>The connection to the server failed.</source>
        <translation>Die Verbindung zum Server ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The connection to the server failed: %1</source>
        <translation>Die Verbindung zum Server ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The secure connection to the server failed.</source>
        <translation>Die sichere Verbindung zum Server ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The secure connection to the server failed: %1</source>
        <translation>Die sichere Verbindung zum Server ist fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>The server did not answer within %n second(s).</source>
        <translation>
            <numerusform>Der Server hat nicht innerhalb von %n s geantwortet.</numerusform>
            <numerusform>Der Server hat nicht innerhalb von %n s geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read.</source>
        <translation>Die Antwort des Servers konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read: %1</source>
        <translation>Die Antwort des Servers konnte nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>The server received too many requests and asks to wait %n second(s). Try again later.</source>
        <translation>
            <numerusform>Der Server hat zu viele Anfragen erhalten und bittet um eine Wartezeit von %n s. Versuchen Sie es später erneut.</numerusform>
            <numerusform>Der Server hat zu viele Anfragen erhalten und bittet um eine Wartezeit von %n s. Versuchen Sie es später erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server still refuses requests as too many after several waits. Try again in a few minutes.</source>
        <translation>Der Server lehnt Anfragen auch nach mehreren Wartezeiten noch wegen Überlastung ab. Versuchen Sie es in einigen Minuten erneut.</translation>
    </message>
    <message>
        <source>The request failed.</source>
        <translation>Die Anfrage ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Request: %1 %2</source>
        <translation>Anfrage: %1 %2</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP-Status: %1</translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation>Fehlercode: %1</translation>
    </message>
    <message>
        <source>Error title: %1</source>
        <translation>Fehlertitel: %1</translation>
    </message>
    <message>
        <source>Trace ID: %1</source>
        <translation>Trace-ID: %1</translation>
    </message>
    <message>
        <source>Attempts: %1</source>
        <translation>Versuche: %1</translation>
    </message>
    <message>
        <source>Technical: %1</source>
        <translation>Technische Details: %1</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>Der Server meldete: %1</translation>
    </message>
    <message>
        <source>The server refused the request as invalid: %1</source>
        <translation>Der Server hat die Anfrage als ungültig abgelehnt: %1</translation>
    </message>
    <message>
        <source>The server did not accept your sign-in or API key. Sign in again or check the key in the connection settings.</source>
        <translation>Der Server hat Ihre Anmeldung oder Ihren API-Schlüssel nicht akzeptiert. Melden Sie sich erneut an oder prüfen Sie den Schlüssel in den Verbindungseinstellungen.</translation>
    </message>
    <message>
        <source>You do not have permission to do this on the server.</source>
        <translation>Sie haben keine Berechtigung, diese Aktion auf dem Server auszuführen.</translation>
    </message>
    <message>
        <source>The server could not find the item. It may have been deleted or moved.</source>
        <translation>Der Server konnte das Element nicht finden. Möglicherweise wurde es gelöscht oder verschoben.</translation>
    </message>
    <message>
        <source>The item was changed by someone else since you loaded it. Reload it and try again.</source>
        <translation>Das Element wurde seit dem Laden von jemand anderem geändert. Laden Sie es neu und versuchen Sie es erneut.</translation>
    </message>
    <message numerus="yes">
        <source>The server received too many requests and asks to wait %n second(s).</source>
        <translation>
            <numerusform>Der Server hat zu viele Anfragen erhalten und bittet um eine Wartezeit von %n s.</numerusform>
            <numerusform>Der Server hat zu viele Anfragen erhalten und bittet um eine Wartezeit von %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server received too many requests. Wait a minute and try again.</source>
        <translation>Der Server hat zu viele Anfragen erhalten. Warten Sie eine Minute und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server had an error (%1). Try again later.</source>
        <translation>Auf dem Server ist ein Fehler aufgetreten (%1). Versuchen Sie es später erneut.</translation>
    </message>
    <message numerus="yes">
        <source>The server is unavailable (%1) and asks to wait %n second(s).</source>
        <translation>
            <numerusform>Der Server ist nicht verfügbar (%1) und bittet um eine Wartezeit von %n s.</numerusform>
            <numerusform>Der Server ist nicht verfügbar (%1) und bittet um eine Wartezeit von %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server refused the request (%1).</source>
        <translation>Der Server hat die Anfrage abgelehnt (%1).</translation>
    </message>
</context>
<context>
    <name>odag::api::AppsApi</name>
    <message>
        <source>the export answer names no download location</source>
        <translation>die Export-Antwort nennt keinen Download-Speicherort</translation>
    </message>
</context>
<context>
    <name>odag::api::Authenticator</name>
    <message>
        <source>This sign-in method cannot be renewed.</source>
        <translation>Diese Anmeldemethode kann nicht erneuert werden.</translation>
    </message>
</context>
<context>
    <name>odag::api::CursorPager</name>
    <message>
        <source>links.next.href repeats a page already read (%1); the list was stopped after %2 pages</source>
        <translation>links.next.href wiederholt eine bereits gelesene Seite (%1); die Liste wurde nach %2 Seiten beendet</translation>
    </message>
</context>
<context>
    <name>odag::api::OAuth</name>
    <message>
        <source>The sign-in has no refresh token; sign in again.</source>
        <translation>Die Anmeldung hat kein Aktualisierungstoken; melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The sign-in could not be renewed: %1</source>
        <translation>Die Anmeldung konnte nicht erneuert werden: %1</translation>
    </message>
    <message>
        <source>The tenant could not be told to end the sign-in: %1</source>
        <translation>Der Mandant konnte nicht aufgefordert werden, die Anmeldung zu beenden: %1</translation>
    </message>
    <message>
        <source>The tenant did not end the sign-in (HTTP status %1).</source>
        <translation>Der Mandant hat die Anmeldung nicht beendet (HTTP-Status %1).</translation>
    </message>
    <message>
        <source>This sign-in has already ended. Return to ODAG Admin.</source>
        <translation>Diese Anmeldung ist bereits beendet. Kehren Sie zu ODAG Admin zurück.</translation>
    </message>
    <message>
        <source>This answer does not belong to the sign-in ODAG Admin started.</source>
        <translation>Diese Antwort gehört nicht zu der Anmeldung, die ODAG Admin gestartet hat.</translation>
    </message>
    <message>
        <source>The sign-in answer does not belong to this sign-in (state mismatch). Start the sign-in again.</source>
        <translation>Die Anmeldeantwort gehört nicht zu dieser Anmeldung (state stimmt nicht überein). Starten Sie die Anmeldung erneut.</translation>
    </message>
    <message>
        <source>The sign-in was denied in the browser.</source>
        <translation>Die Anmeldung wurde im Browser abgelehnt.</translation>
    </message>
    <message>
        <source>The tenant refused the sign-in: %1</source>
        <translation>Der Mandant hat die Anmeldung abgelehnt: %1</translation>
    </message>
    <message>
        <source>The tenant&apos;s answer carries no authorization code.</source>
        <translation>Die Antwort des Mandanten enthält keinen Autorisierungscode.</translation>
    </message>
    <message>
        <source>ODAG Admin could not sign you in: %1</source>
        <translation>ODAG Admin konnte Sie nicht anmelden: %1</translation>
    </message>
    <message>
        <source>You are signed in to ODAG Admin. You can close this tab.</source>
        <translation>Sie sind bei ODAG Admin angemeldet. Sie können diesen Tab schließen.</translation>
    </message>
    <message>
        <source>ODAG Admin cannot wait for the browser on port %1: %2</source>
        <translation>ODAG Admin kann auf Port %1 nicht auf den Browser warten: %2</translation>
    </message>
    <message>
        <source>The sign-in was cancelled in ODAG Admin.</source>
        <translation>Die Anmeldung wurde in ODAG Admin abgebrochen.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The tenant could not be reached: %1</source>
        <translation>Der Mandant ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP-Status %1</translation>
    </message>
    <message>
        <source>The tenant&apos;s answer to the sign-in holds no usable access token.</source>
        <translation>Die Antwort des Mandanten auf die Anmeldung enthält kein verwendbares Zugriffstoken.</translation>
    </message>
    <message>
        <source>ODAG Admin</source>
        <translation>ODAG Admin</translation>
    </message>
    <message>
        <source>This request is too large.</source>
        <translation>Diese Anfrage ist zu groß.</translation>
    </message>
    <message>
        <source>There is nothing here. Return to ODAG Admin.</source>
        <translation>Hier gibt es nichts. Kehren Sie zu ODAG Admin zurück.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>odag::api::Transport</name>
    <message>
        <source>The server address %1 is not a valid URL.</source>
        <translation>Die Serveradresse %1 ist keine gültige URL.</translation>
    </message>
    <message>
        <source>The server sent a link that is not a valid URL.</source>
        <translation>Der Server hat einen Link gesendet, der keine gültige URL ist.</translation>
    </message>
    <message>
        <source>The server sent a link to another server (%1 instead of %2); it was not followed.</source>
        <translation>Der Server hat einen Link zu einem anderen Server gesendet (%1 statt %2); ihm wurde nicht gefolgt.</translation>
    </message>
    <message>
        <source>The request address is not a valid URL.</source>
        <translation>Die Anfrageadresse ist keine gültige URL.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>The data could not be sent again: its source or target cannot go back to the start.</source>
        <translation>Die Daten konnten nicht erneut gesendet werden: Quelle oder Ziel kann nicht an den Anfang zurückkehren.</translation>
    </message>
    <message>
        <source>The download could not be written: %1</source>
        <translation>Der Download konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>No answer within %1 ms.</source>
        <translation>Keine Antwort innerhalb von %1 ms.</translation>
    </message>
</context>
<context>
    <name>odag::gui::AppDataModelTab</name>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Distinct values</source>
        <translation>Eindeutige Werte</translation>
    </message>
    <message>
        <source>Total values</source>
        <translation>Werte gesamt</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <source>Key fields</source>
        <translation>Schlüsselfelder</translation>
    </message>
    <message>
        <source>Tables of the data model</source>
        <translation>Tabellen des Datenmodells</translation>
    </message>
    <message>
        <source>Fields of the data model</source>
        <translation>Felder des Datenmodells</translation>
    </message>
    <message>
        <source>Reading the data model…</source>
        <translation>Datenmodell wird gelesen…</translation>
    </message>
    <message>
        <source>Could not read the data model</source>
        <translation>Das Datenmodell konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>The app holds no data yet: reload it to build its data model.</source>
        <translation>Die App enthält noch keine Daten: Laden Sie sie neu, um ihr Datenmodell aufzubauen.</translation>
    </message>
    <message>
        <source>%1 and %2, size in memory %3</source>
        <translation>%1 und %2, Größe im Arbeitsspeicher %3</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n Tabelle</numerusform>
            <numerusform>%n Tabellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n Feld</numerusform>
            <numerusform>%n Felder</numerusform>
        </translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>nicht angegeben</translation>
    </message>
</context>
<context>
    <name>odag::gui::AppDetailsTab</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>App name</source>
        <translation>App-Name</translation>
    </message>
    <message>
        <source>App description</source>
        <translation>App-Beschreibung</translation>
    </message>
    <message>
        <source>Save the name and description (Ctrl+Return)</source>
        <translation>Name und Beschreibung speichern (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Personal space</source>
        <translation>Persönlicher Bereich</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>yes, %1</source>
        <translation>ja, %1</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>section access</source>
        <translation>Section Access</translation>
    </message>
    <message>
        <source>Direct Query</source>
        <translation>Direct Query</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>verschlüsselt</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>Could not save the app</source>
        <translation>Die App konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>App ID:</source>
        <translation>App-ID:</translation>
    </message>
    <message>
        <source>Space:</source>
        <translation>Bereich:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Eigentümer:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>Modified:</source>
        <translation>Geändert:</translation>
    </message>
    <message>
        <source>Last reload:</source>
        <translation>Letztes Neuladen:</translation>
    </message>
    <message>
        <source>Published:</source>
        <translation>Veröffentlicht:</translation>
    </message>
    <message>
        <source>Published from:</source>
        <translation>Veröffentlicht aus:</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Nutzung:</translation>
    </message>
    <message>
        <source>Properties:</source>
        <translation>Eigenschaften:</translation>
    </message>
    <message>
        <source>Your privileges:</source>
        <translation>Ihre Berechtigungen:</translation>
    </message>
</context>
<context>
    <name>odag::gui::AppFormDialog</name>
    <message>
        <source>App name</source>
        <translation>App-Name</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Personal space</source>
        <translation>Persönlicher Bereich</translation>
    </message>
    <message>
        <source>&amp;Space:</source>
        <translation>Be&amp;reich:</translation>
    </message>
    <message>
        <source>New owner&apos;s user ID</source>
        <translation>Benutzer-ID des neuen Eigentümers</translation>
    </message>
    <message>
        <source>User ID, for example 65f1a2b3c4d5e6f708192a02</source>
        <translation>Benutzer-ID, zum Beispiel 65f1a2b3c4d5e6f708192a02</translation>
    </message>
    <message>
        <source>New &amp;owner:</source>
        <translation>Neuer &amp;Eigentümer:</translation>
    </message>
</context>
<context>
    <name>odag::gui::AppLineageTab</name>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Anweisung</translation>
    </message>
    <message>
        <source>Data lineage</source>
        <translation>Datenherkunft</translation>
    </message>
    <message>
        <source>Could not read the data lineage</source>
        <translation>Die Datenherkunft konnte nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>odag::gui::AppOperations</name>
    <message>
        <source>Imported “%1”</source>
        <translation>„%1“ importiert</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <source>Transfer cancelled</source>
        <translation>Übertragung abgebrochen</translation>
    </message>
    <message>
        <source>App file</source>
        <translation>App-Datei</translation>
    </message>
    <message>
        <source>New app</source>
        <translation>Neue App</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Could not create the app</source>
        <translation>Die App konnte nicht erstellt werden</translation>
    </message>
    <message>
        <source>Created “%1”</source>
        <translation>„%1“ erstellt</translation>
    </message>
    <message>
        <source>Copy app</source>
        <translation>App kopieren</translation>
    </message>
    <message>
        <source>Copies “%1” with its script and data.</source>
        <translation>Kopiert „%1“ mit Skript und Daten.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Could not copy the app</source>
        <translation>Die App konnte nicht kopiert werden</translation>
    </message>
    <message>
        <source>Copied to “%1”</source>
        <translation>Kopiert nach „%1“</translation>
    </message>
    <message>
        <source>Move app to a space</source>
        <translation>App in einen Bereich verschieben</translation>
    </message>
    <message>
        <source>Moves “%1” into another shared space. Its members will see it.</source>
        <translation>Verschiebt „%1“ in einen anderen freigegebenen Bereich. Dessen Mitglieder sehen die App dann.</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>Could not move the app</source>
        <translation>Die App konnte nicht verschoben werden</translation>
    </message>
    <message>
        <source>Moved “%1”</source>
        <translation>„%1“ verschoben</translation>
    </message>
    <message>
        <source>Remove from space</source>
        <translation>Aus Bereich entfernen</translation>
    </message>
    <message>
        <source>Move “%1” out of its space into the owner&apos;s personal space?</source>
        <translation>„%1“ aus seinem Bereich in den persönlichen Bereich des Eigentümers verschieben?</translation>
    </message>
    <message>
        <source>Could not remove the app from its space</source>
        <translation>Die App konnte nicht aus ihrem Bereich entfernt werden</translation>
    </message>
    <message>
        <source>“%1” is now in the personal space</source>
        <translation>„%1“ befindet sich jetzt im persönlichen Bereich</translation>
    </message>
    <message>
        <source>Change owner</source>
        <translation>Eigentümer ändern</translation>
    </message>
    <message>
        <source>“%1” is owned by %2. Give it to:</source>
        <translation>Eigentümer von „%1“ ist %2. Übertragen an:</translation>
    </message>
    <message>
        <source>Could not change the owner</source>
        <translation>Der Eigentümer konnte nicht geändert werden</translation>
    </message>
    <message>
        <source>Changed the owner of “%1”</source>
        <translation>Eigentümer von „%1“ geändert</translation>
    </message>
    <message>
        <source>Publish app</source>
        <translation>App veröffentlichen</translation>
    </message>
    <message>
        <source>Publishes a copy of “%1” to a managed space, where its members can use it.</source>
        <translation>Veröffentlicht eine Kopie von „%1“ in einem verwalteten Bereich, in dem dessen Mitglieder sie nutzen können.</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>Could not publish the app</source>
        <translation>Die App konnte nicht veröffentlicht werden</translation>
    </message>
    <message>
        <source>Published “%1”</source>
        <translation>„%1“ veröffentlicht</translation>
    </message>
    <message>
        <source>Republish app</source>
        <translation>App erneut veröffentlichen</translation>
    </message>
    <message>
        <source>Replaces the copy of “%1” published to a managed space with its current script and data.</source>
        <translation>Ersetzt die in einem verwalteten Bereich veröffentlichte Kopie von „%1“ durch das aktuelle Skript und die aktuellen Daten.</translation>
    </message>
    <message>
        <source>Republish</source>
        <translation>Erneut veröffentlichen</translation>
    </message>
    <message>
        <source>Could not republish the app</source>
        <translation>Die App konnte nicht erneut veröffentlicht werden</translation>
    </message>
    <message>
        <source>Republished “%1”</source>
        <translation>„%1“ erneut veröffentlicht</translation>
    </message>
    <message>
        <source>Delete app</source>
        <translation>App löschen</translation>
    </message>
    <message>
        <source>Delete “%1” with its data, script history and reload logs? This cannot be undone.</source>
        <translation>„%1“ mit Daten, Skriptverlauf und Neuladeprotokollen löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Could not delete the app</source>
        <translation>Die App konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Deleted “%1”</source>
        <translation>„%1“ gelöscht</translation>
    </message>
    <message>
        <source>Export app</source>
        <translation>App exportieren</translation>
    </message>
    <message>
        <source>Qlik Sense apps (*.qvf)</source>
        <translation>Qlik Sense-Apps (*.qvf)</translation>
    </message>
    <message>
        <source>Import app</source>
        <translation>App importieren</translation>
    </message>
    <message>
        <source>Uploads %1 as a new app.</source>
        <translation>Lädt %1 als neue App hoch.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
</context>
<context>
    <name>odag::gui::AppReloadLogsTab</name>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Reload logs</source>
        <translation>Neuladeprotokolle</translation>
    </message>
    <message>
        <source>Reload log text</source>
        <translation>Text des Neuladeprotokolls</translation>
    </message>
    <message>
        <source>Select a reload to read its log.</source>
        <translation>Wählen Sie einen Neuladevorgang aus, um sein Protokoll zu lesen.</translation>
    </message>
    <message>
        <source>Could not read the reload logs</source>
        <translation>Die Neuladeprotokolle konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>The app has not been reloaded yet.</source>
        <translation>Die App wurde noch nicht neu geladen.</translation>
    </message>
    <message>
        <source>Reading the log…</source>
        <translation>Protokoll wird gelesen…</translation>
    </message>
    <message>
        <source>Could not read the reload log</source>
        <translation>Das Neuladeprotokoll konnte nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>odag::gui::AppScriptTab</name>
    <message>
        <source>Older versions</source>
        <translation>Ältere Versionen</translation>
    </message>
    <message>
        <source>Set script</source>
        <translation>Skript festlegen</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Script versions</source>
        <translation>Skriptversionen</translation>
    </message>
    <message>
        <source>Read the next page of older script versions</source>
        <translation>Nächste Seite älterer Skriptversionen lesen</translation>
    </message>
    <message>
        <source>Load script</source>
        <translation>Ladeskript</translation>
    </message>
    <message>
        <source>ODAG bind variables in the script</source>
        <translation>ODAG-Bindungsvariablen im Skript</translation>
    </message>
    <message>
        <source>Version message</source>
        <translation>Versionsnachricht</translation>
    </message>
    <message>
        <source>What changed in this version</source>
        <translation>Was sich in dieser Version geändert hat</translation>
    </message>
    <message>
        <source>Save the script as a new version (Ctrl+S)</source>
        <translation>Skript als neue Version speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>ODAG bindings found</source>
        <translation>Gefundene ODAG-Bindungen</translation>
    </message>
    <message>
        <source>Version &amp;message:</source>
        <translation>Versions&amp;nachricht:</translation>
    </message>
    <message>
        <source>Could not read the script history</source>
        <translation>Der Skriptverlauf konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not read the script version</source>
        <translation>Die Skriptversion konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 [%2-%3] — line %4</source>
        <translation>%1 [%2-%3] — Zeile %4</translation>
    </message>
    <message>
        <source>%1 — line %2</source>
        <translation>%1 — Zeile %2</translation>
    </message>
    <message>
        <source>Field %1, selection states %2</source>
        <translation>Feld %1, Auswahlstatus %2</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>No ODAG bind variables</source>
        <translation>Keine ODAG-Bindungsvariablen</translation>
    </message>
    <message>
        <source>Could not save the script</source>
        <translation>Das Skript konnte nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>odag::gui::AppTransferBar</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Transfer progress</source>
        <translation>Übertragungsfortschritt</translation>
    </message>
    <message>
        <source>Stop the transfer (Esc)</source>
        <translation>Übertragung stoppen (Esc)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Exporting “%1”…</source>
        <translation>„%1“ wird exportiert…</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not export the app</source>
        <translation>Die App konnte nicht exportiert werden</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>%1 wird heruntergeladen…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Could not import the app</source>
        <translation>Die App konnte nicht importiert werden</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>odag::gui::AppsModel</name>
    <message>
        <source>Personal</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Succeeded %1</source>
        <translation>Erfolgreich %1</translation>
    </message>
    <message>
        <source>Failed %1</source>
        <translation>Fehlgeschlagen %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Last reload</source>
        <translation>Letztes Neuladen</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
</context>
<context>
    <name>odag::gui::AppsWorkspace</name>
    <message>
        <source>&lt;h3&gt;Apps are managed in the Qlik Sense Enterprise hub&lt;/h3&gt;&lt;p&gt;This connection is to Qlik Sense Enterprise on Windows, which offers ODAG links and requests through its ODAG API but not the Qlik Cloud apps, items and spaces APIs this page uses.&lt;/p&gt;&lt;p&gt;Use the Qlik Management Console to copy, publish, export or import apps there.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Apps werden im Qlik Sense Enterprise-Hub verwaltet&lt;/h3&gt;&lt;p&gt;Diese Verbindung besteht zu Qlik Sense Enterprise on Windows. Dort stehen ODAG-Links und -Anforderungen über die ODAG-API zur Verfügung, nicht aber die von dieser Seite verwendeten Qlik Cloud-APIs für Apps, Elemente und Bereiche.&lt;/p&gt;&lt;p&gt;Verwenden Sie dort die Qlik Management Console, um Apps zu kopieren, zu veröffentlichen, zu exportieren oder zu importieren.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Read the apps again (F5)</source>
        <translation>Apps erneut lesen (F5)</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Neu…</translation>
    </message>
    <message>
        <source>Create an app</source>
        <translation>App erstellen</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Upload a .qvf file as a new app</source>
        <translation>Eine .qvf-Datei als neue App hochladen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Download the app as a .qvf file</source>
        <translation>App als .qvf-Datei herunterladen</translation>
    </message>
    <message>
        <source>Copy…</source>
        <translation>Kopieren…</translation>
    </message>
    <message>
        <source>Copy the app</source>
        <translation>App kopieren</translation>
    </message>
    <message>
        <source>Move to space…</source>
        <translation>In Bereich verschieben…</translation>
    </message>
    <message>
        <source>Move the app into a shared space</source>
        <translation>App in einen freigegebenen Bereich verschieben</translation>
    </message>
    <message>
        <source>Remove from space</source>
        <translation>Aus Bereich entfernen</translation>
    </message>
    <message>
        <source>Move the app to its owner&apos;s personal space</source>
        <translation>App in den persönlichen Bereich ihres Eigentümers verschieben</translation>
    </message>
    <message>
        <source>Change owner…</source>
        <translation>Eigentümer ändern…</translation>
    </message>
    <message>
        <source>Give the app to another user</source>
        <translation>App einem anderen Benutzer übertragen</translation>
    </message>
    <message>
        <source>Publish…</source>
        <translation>Veröffentlichen…</translation>
    </message>
    <message>
        <source>Publish the app to a managed space</source>
        <translation>App in einem verwalteten Bereich veröffentlichen</translation>
    </message>
    <message>
        <source>Republish…</source>
        <translation>Erneut veröffentlichen…</translation>
    </message>
    <message>
        <source>Update the app&apos;s published copy</source>
        <translation>Veröffentlichte Kopie der App aktualisieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the app</source>
        <translation>App löschen</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>Nach Name filtern</translation>
    </message>
    <message>
        <source>Filter apps by name</source>
        <translation>Apps nach Name filtern</translation>
    </message>
    <message>
        <source>Filter apps by space</source>
        <translation>Apps nach Bereich filtern</translation>
    </message>
    <message>
        <source>All spaces</source>
        <translation>Alle Bereiche</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <source>Owner&apos;s user ID</source>
        <translation>Benutzer-ID des Eigentümers</translation>
    </message>
    <message>
        <source>Filter apps by owner</source>
        <translation>Apps nach Eigentümer filtern</translation>
    </message>
    <message>
        <source>Apps</source>
        <translation>Apps</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Data model</source>
        <translation>Datenmodell</translation>
    </message>
    <message>
        <source>Lineage</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Skript</translation>
    </message>
    <message>
        <source>Reload logs</source>
        <translation>Neuladeprotokolle</translation>
    </message>
    <message>
        <source>Could not list the apps</source>
        <translation>Die Apps konnten nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>Could not list the spaces</source>
        <translation>Die Bereiche konnten nicht aufgelistet werden</translation>
    </message>
    <message numerus="yes">
        <source>%n app(s) so far</source>
        <translation>
            <numerusform>Bisher %n App</numerusform>
            <numerusform>Bisher %n Apps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n app(s)</source>
        <translation>
            <numerusform>%n App</numerusform>
            <numerusform>%n Apps</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the app</source>
        <translation>Die App konnte nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>odag::gui::AssignmentDialog</name>
    <message>
        <source>Add member to %1</source>
        <translation>Mitglied zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Change roles in %1</source>
        <translation>Rollen in %1 ändern</translation>
    </message>
    <message>
        <source>Member type</source>
        <translation>Mitgliedstyp</translation>
    </message>
    <message>
        <source>User or group ID</source>
        <translation>Benutzer- oder Gruppen-ID</translation>
    </message>
    <message>
        <source>The ID of the user or group</source>
        <translation>Die ID des Benutzers oder der Gruppe</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Member &amp;type:</source>
        <translation>Mitglieds&amp;typ:</translation>
    </message>
    <message>
        <source>&amp;ID:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>Enter the ID of the user or group.</source>
        <translation>Geben Sie die ID des Benutzers oder der Gruppe ein.</translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>Wählen Sie mindestens eine Rolle aus.</translation>
    </message>
    <message>
        <source>Could not add the member</source>
        <translation>Das Mitglied konnte nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>Could not change the roles</source>
        <translation>Die Rollen konnten nicht geändert werden</translation>
    </message>
</context>
<context>
    <name>odag::gui::BindingsModel</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>quote %1, delimiter %2</source>
        <translation>Anführungszeichen %1, Trennzeichen %2</translation>
    </message>
    <message>
        <source>Read-only: set by the template app&apos;s script</source>
        <translation>Schreibgeschützt: durch das Skript der Vorlagen-App festgelegt</translation>
    </message>
    <message>
        <source>Template variable</source>
        <translation>Vorlagenvariable</translation>
    </message>
    <message>
        <source>Parameter type</source>
        <translation>Parametertyp</translation>
    </message>
    <message>
        <source>Parameter name</source>
        <translation>Parametername</translation>
    </message>
    <message>
        <source>Selection states (read-only)</source>
        <translation>Auswahlstatus (schreibgeschützt)</translation>
    </message>
    <message>
        <source>Min values</source>
        <translation>Min. Werte</translation>
    </message>
    <message>
        <source>Max values</source>
        <translation>Max. Werte</translation>
    </message>
    <message>
        <source>Numeric only (read-only)</source>
        <translation>Nur numerisch (schreibgeschützt)</translation>
    </message>
    <message>
        <source>Formatting (read-only)</source>
        <translation>Formatierung (schreibgeschützt)</translation>
    </message>
</context>
<context>
    <name>odag::gui::BindingsPage</name>
    <message>
        <source>&amp;Add binding</source>
        <translation>Bindung &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove binding</source>
        <translation>Bindung ent&amp;fernen</translation>
    </message>
    <message>
        <source>Bindings</source>
        <translation>Bindungen</translation>
    </message>
    <message>
        <source>Read the template app&apos;s load script and list the bind variables it declares</source>
        <translation>Ladeskript der Vorlagen-App lesen und die darin deklarierten Bindungsvariablen auflisten</translation>
    </message>
    <message>
        <source>Bindings found in the template script</source>
        <translation>Im Vorlagenskript gefundene Bindungen</translation>
    </message>
    <message>
        <source>Reading the template app&apos;s script…</source>
        <translation>Skript der Vorlagen-App wird gelesen…</translation>
    </message>
    <message>
        <source>Could not read the template app&apos;s script.</source>
        <translation>Das Skript der Vorlagen-App konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 — field %2</source>
        <translation>%1 — Feld %2</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Bindings in the template script: %1. Missing from the link: %2.</source>
        <translation>Bindungen im Vorlagenskript: %1. Im Link fehlend: %2.</translation>
    </message>
    <message>
        <source>The template script declares no bind variables.</source>
        <translation>Das Vorlagenskript deklariert keine Bindungsvariablen.</translation>
    </message>
    <message>
        <source>Bindings added; save the link to keep them.</source>
        <translation>Bindungen hinzugefügt; speichern Sie den Link, um sie beizubehalten.</translation>
    </message>
    <message>
        <source>D&amp;etect from template script</source>
        <translation>Aus Vorlagenskript er&amp;kennen</translation>
    </message>
    <message>
        <source>Add chec&amp;ked bindings</source>
        <translation>Ma&amp;rkierte Bindungen hinzufügen</translation>
    </message>
</context>
<context>
    <name>odag::gui::BulkResultDialog</name>
    <message>
        <source>&amp;Stop</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n request(s)…</source>
        <translation>
            <numerusform>%1: %n Anforderung…</numerusform>
            <numerusform>%1: %n Anforderungen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Result per request</source>
        <translation>Ergebnis pro Anforderung</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Stop after the calls under way; requests not reached stay as they are</source>
        <translation>Nach den laufenden Aufrufen stoppen; nicht erreichte Anforderungen bleiben unverändert</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Not done (stopped)</source>
        <translation>Nicht ausgeführt (gestoppt)</translation>
    </message>
    <message numerus="yes">
        <source>%1: stopped. %2 of %n request(s) answered.</source>
        <translation>
            <numerusform>%1: gestoppt. %2 von %n Anforderung beantwortet.</numerusform>
            <numerusform>%1: gestoppt. %2 von %n Anforderungen beantwortet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: done for %n request(s).</source>
        <translation>
            <numerusform>%1: für %n Anforderung ausgeführt.</numerusform>
            <numerusform>%1: für %n Anforderungen ausgeführt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 succeeded, %n failed.</source>
        <translation>
            <numerusform>%1: %2 erfolgreich, %n fehlgeschlagen.</numerusform>
            <numerusform>%1: %2 erfolgreich, %n fehlgeschlagen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>odag::gui::BundleImportDialog</name>
    <message>
        <source>Import links</source>
        <translation>Links importieren</translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation>&lt; Zurück</translation>
    </message>
    <message>
        <source>Preview &gt;</source>
        <translation>Vorschau &gt;</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>See what each link would become, without changing the tenant</source>
        <translation>Anzeigen, was aus jedem Link würde, ohne den Mandanten zu ändern</translation>
    </message>
    <message>
        <source>Create the links on this tenant</source>
        <translation>Links auf diesem Mandanten erstellen</translation>
    </message>
    <message>
        <source>Stop; links already created stay</source>
        <translation>Stoppen; bereits erstellte Links bleiben erhalten</translation>
    </message>
    <message numerus="yes">
        <source>Bundle from %1, exported %2: %n link(s).</source>
        <translation>
            <numerusform>Paket von %1, exportiert %2: %n Link.</numerusform>
            <numerusform>Paket von %1, exportiert %2: %n Links.</numerusform>
        </translation>
    </message>
    <message>
        <source>an unnamed tenant</source>
        <translation>einem unbenannten Mandanten</translation>
    </message>
    <message>
        <source>at an unknown time</source>
        <translation>zu einem unbekannten Zeitpunkt</translation>
    </message>
    <message>
        <source>Links point at apps by ID, and IDs differ between tenants. Choose the app of this tenant that takes the place of each app of the bundle; apps with the same name are chosen for you.</source>
        <translation>Links verweisen über IDs auf Apps, und IDs unterscheiden sich zwischen Mandanten. Wählen Sie die App dieses Mandanten, die jeweils an die Stelle einer App des Pakets tritt; Apps mit gleichem Namen werden automatisch gewählt.</translation>
    </message>
    <message>
        <source>Qlik Sense Enterprise&apos;s ODAG API lists no apps: the apps offered are those the links of this tenant use, by ID.</source>
        <translation>Die ODAG-API von Qlik Sense Enterprise listet keine Apps auf: Angeboten werden die Apps, die die Links dieses Mandanten über ihre ID verwenden.</translation>
    </message>
    <message>
        <source>Reading the apps of this tenant…</source>
        <translation>Apps dieses Mandanten werden gelesen…</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>App in the bundle</source>
        <translation>App im Paket</translation>
    </message>
    <message>
        <source>ID in the bundle</source>
        <translation>ID im Paket</translation>
    </message>
    <message>
        <source>App in this tenant</source>
        <translation>App in diesem Mandanten</translation>
    </message>
    <message>
        <source>Selection app</source>
        <translation>Auswahl-App</translation>
    </message>
    <message>
        <source>Template app</source>
        <translation>Vorlagen-App</translation>
    </message>
    <message>
        <source>App of this tenant for %1</source>
        <translation>App dieses Mandanten für %1</translation>
    </message>
    <message>
        <source>Dry run: nothing has been written yet. This is what Import would create.</source>
        <translation>Probelauf: Es wurde noch nichts geschrieben. Folgendes würde beim Import erstellt.</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Gefundene Probleme</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>New link ID</source>
        <translation>Neue Link-ID</translation>
    </message>
    <message>
        <source>Could not read the apps of this tenant</source>
        <translation>Die Apps dieses Mandanten konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Without the apps of this tenant the links cannot be mapped.</source>
        <translation>Ohne die Apps dieses Mandanten können die Links nicht zugeordnet werden.</translation>
    </message>
    <message>
        <source>(none: skip its links)</source>
        <translation>(keine: zugehörige Links überspringen)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n app(s) matched by name. Check each choice.</source>
        <translation>
            <numerusform>%1 von %n App nach Name zugeordnet. Prüfen Sie jede Auswahl.</numerusform>
            <numerusform>%1 von %n Apps nach Name zugeordnet. Prüfen Sie jede Auswahl.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n link(s) would be created.</source>
        <translation>
            <numerusform>%1 von %n Link würde erstellt.</numerusform>
            <numerusform>%1 von %n Links würden erstellt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped: an app is not chosen</source>
        <translation>Übersprungen: Eine App ist nicht ausgewählt</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Wird erstellt…</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Erstellt: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Created (%1)</source>
        <translation>Erstellt (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%1 created, %2 failed, of %n link(s).</source>
        <translation>
            <numerusform>%1 erstellt, %2 fehlgeschlagen, von %n Link.</numerusform>
            <numerusform>%1 erstellt, %2 fehlgeschlagen, von %n Links.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>odag::gui::CancelOptionsDialog</name>
    <message>
        <source>&amp;Acknowledge the cancellation at once (autoAck)</source>
        <translation>Abbruch &amp;sofort bestätigen (autoAck)</translation>
    </message>
    <message>
        <source>&amp;Delete the generated app as well (delGenApp)</source>
        <translation>Generierte App ebenfalls &amp;löschen (delGenApp)</translation>
    </message>
    <message>
        <source>&amp;Ignore requests that succeeded meanwhile (ignoreSucceeded)</source>
        <translation>Inzwischen erfolgreiche Anforderungen &amp;ignorieren (ignoreSucceeded)</translation>
    </message>
    <message>
        <source>Cancel requests</source>
        <translation>Anforderungen abbrechen</translation>
    </message>
    <message>
        <source>The request goes on to &quot;canceled (acknowledged)&quot; without a separate acknowledgement.</source>
        <translation>Die Anforderung wechselt ohne separate Bestätigung zu „Abgebrochen (bestätigt)“.</translation>
    </message>
    <message>
        <source>Only with autoAck: the generated app is deleted with the request.</source>
        <translation>Nur mit autoAck: Die generierte App wird mit der Anforderung gelöscht.</translation>
    </message>
    <message>
        <source>A request that finished before the cancel arrived is not reported as an error.</source>
        <translation>Eine Anforderung, die vor dem Eintreffen des Abbruchs abgeschlossen wurde, wird nicht als Fehler gemeldet.</translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n request(s)? Cancelling is effective only before the data load starts; a multiple request cancels its sub-requests that are not loading yet.</source>
        <translation>
            <numerusform>%n Anforderung abbrechen? Ein Abbruch wirkt nur vor Beginn des Datenladevorgangs; eine Mehrfachanforderung bricht ihre Teilanforderungen ab, die noch nicht geladen werden.</numerusform>
            <numerusform>%n Anforderungen abbrechen? Ein Abbruch wirkt nur vor Beginn des Datenladevorgangs; eine Mehrfachanforderung bricht ihre Teilanforderungen ab, die noch nicht geladen werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel &amp;requests</source>
        <translation>&amp;Anforderungen abbrechen</translation>
    </message>
    <message>
        <source>&amp;Keep them</source>
        <translation>&amp;Beibehalten</translation>
    </message>
</context>
<context>
    <name>odag::gui::CertificateDialog</name>
    <message>
        <source>Untrusted certificate</source>
        <translation>Nicht vertrauenswürdiges Zertifikat</translation>
    </message>
    <message>
        <source>The server presented a certificate that this computer does not trust.</source>
        <translation>Der Server hat ein Zertifikat vorgelegt, dem dieser Computer nicht vertraut.</translation>
    </message>
    <message>
        <source>The server %1 presented a certificate that this computer does not trust.</source>
        <translation>Der Server %1 hat ein Zertifikat vorgelegt, dem dieser Computer nicht vertraut.</translation>
    </message>
    <message>
        <source>The certificate could not be verified.</source>
        <translation>Das Zertifikat konnte nicht überprüft werden.</translation>
    </message>
    <message>
        <source>Why it is not trusted:</source>
        <translation>Grund für fehlendes Vertrauen:</translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation>Zertifikatkette</translation>
    </message>
    <message>
        <source>The certificates the server sent, its own first</source>
        <translation>Die vom Server gesendeten Zertifikate, sein eigenes zuerst</translation>
    </message>
    <message>
        <source>%1 (the server&apos;s certificate)</source>
        <translation>%1 (Zertifikat des Servers)</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Ausgestellt für:</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Ausgestellt von:</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>Gültig ab:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Gültig bis:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256-Fingerabdruck:</translation>
    </message>
    <message>
        <source>The server presented no certificate that could be examined, so there is nothing to trust. Ask the server&apos;s administrator.</source>
        <translation>Der Server hat kein prüfbares Zertifikat vorgelegt, daher gibt es nichts, dem vertraut werden kann. Wenden Sie sich an den Administrator des Servers.</translation>
    </message>
    <message>
        <source>Trust it only if you expect this server to use a self-signed or private certificate and the fingerprint matches the one its administrator gave you. The trust applies to the profile &quot;%1&quot; only, and to this exact certificate: ODAG Admin asks again if the server presents another one.</source>
        <translation>Vertrauen Sie ihm nur, wenn Sie erwarten, dass dieser Server ein selbstsigniertes oder privates Zertifikat verwendet, und der Fingerabdruck mit dem übereinstimmt, den Ihnen sein Administrator genannt hat. Das Vertrauen gilt nur für das Profil „%1“ und nur für genau dieses Zertifikat: ODAG Admin fragt erneut, wenn der Server ein anderes vorlegt.</translation>
    </message>
    <message>
        <source>&amp;Trust for this profile</source>
        <translation>Für dieses Profil &amp;vertrauen</translation>
    </message>
    <message>
        <source>Accept this certificate for the profile &quot;%1&quot;</source>
        <translation>Dieses Zertifikat für das Profil „%1“ akzeptieren</translation>
    </message>
    <message>
        <source>Do not connect to this server</source>
        <translation>Keine Verbindung zu diesem Server herstellen</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(nicht angegeben)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>odag::gui::ClientCertificate</name>
    <message>
        <source>No client certificate file is chosen.</source>
        <translation>Es ist keine Clientzertifikatdatei ausgewählt.</translation>
    </message>
    <message>
        <source>Could not open the certificate file %1: %2</source>
        <translation>Die Zertifikatdatei %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Could not read the PFX file %1: the password is wrong or the file is not a PKCS#12 certificate with its private key.</source>
        <translation>Die PFX-Datei %1 konnte nicht gelesen werden: Das Kennwort ist falsch, oder die Datei ist kein PKCS#12-Zertifikat mit privatem Schlüssel.</translation>
    </message>
    <message>
        <source>The file %1 holds no PEM certificate.</source>
        <translation>Die Datei %1 enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>Could not open the private key file %1: %2</source>
        <translation>Die Datei mit dem privaten Schlüssel %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Could not read the private key %1: the password is wrong or the file is not a PEM private key.</source>
        <translation>Der private Schlüssel %1 konnte nicht gelesen werden: Das Kennwort ist falsch, oder die Datei ist kein privater PEM-Schlüssel.</translation>
    </message>
</context>
<context>
    <name>odag::gui::ConflictDialog</name>
    <message>
        <source>(absent)</source>
        <translation>(nicht vorhanden)</translation>
    </message>
    <message>
        <source>The link was changed on the server</source>
        <translation>Der Link wurde auf dem Server geändert</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Meine</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Fremde</translation>
    </message>
    <message>
        <source>Value to keep for %1</source>
        <translation>Beizubehaltender Wert für %1</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Base (first read)</source>
        <translation>Basis (erstes Lesen)</translation>
    </message>
    <message>
        <source>Theirs (server now)</source>
        <translation>Fremde (Server aktuell)</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Beibehalten</translation>
    </message>
    <message>
        <source>Someone changed this link after you opened it, so it was not saved. For each field that differs, choose which value to keep; the link is then saved on top of the server&apos;s version.</source>
        <translation>Jemand hat diesen Link geändert, nachdem Sie ihn geöffnet haben; daher wurde er nicht gespeichert. Wählen Sie für jedes abweichende Feld den Wert, der beibehalten werden soll; der Link wird dann über die Version auf dem Server gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Save with these choices</source>
        <translation>Mit dieser Auswahl &amp;speichern</translation>
    </message>
</context>
<context>
    <name>odag::gui::ConnectionProbe</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation>Mandant: %1</translation>
    </message>
    <message>
        <source>Signed in as: %1</source>
        <translation>Angemeldet als: %1</translation>
    </message>
    <message>
        <source>Signed in as: %1 &lt;%2&gt;</source>
        <translation>Angemeldet als: %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Roles: %1</source>
        <translation>Rollen: %1</translation>
    </message>
    <message>
        <source>ODAG service version: %1</source>
        <translation>Version des ODAG-Dienstes: %1</translation>
    </message>
    <message>
        <source>ODAG enabled: %1</source>
        <translation>ODAG aktiviert: %1</translation>
    </message>
    <message>
        <source>ODAG enabled: unknown</source>
        <translation>ODAG aktiviert: unbekannt</translation>
    </message>
    <message>
        <source>Dynamic views enabled: %1</source>
        <translation>Dynamische Ansichten aktiviert: %1</translation>
    </message>
    <message>
        <source>Can create ODAG links: %1</source>
        <translation>Darf ODAG-Links erstellen: %1</translation>
    </message>
    <message>
        <source>Can change ODAG settings: %1</source>
        <translation>Darf ODAG-Einstellungen ändern: %1</translation>
    </message>
</context>
<context>
    <name>odag::gui::ConnectionTestPanel</name>
    <message>
        <source>Cancel test</source>
        <translation>Test abbrechen</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <source>Stop testing the connection</source>
        <translation>Verbindungstest beenden</translation>
    </message>
    <message>
        <source>Test the connection to see who you are signed in as, whether ODAG is enabled and what you may do.</source>
        <translation>Testen Sie die Verbindung, um zu sehen, als wer Sie angemeldet sind, ob ODAG aktiviert ist und was Sie tun dürfen.</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>Verbindung zu %1 wird getestet…</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>Der Test wurde abgebrochen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Connection works.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Verbindung funktioniert.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b style=&quot;color:#b3261e&quot;&gt;Connection failed.&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b style=&quot;color:#b3261e&quot;&gt;Verbindung fehlgeschlagen.&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
</context>
<context>
    <name>odag::gui::EngineHealthPanel</name>
    <message>
        <source>not reported</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 (up %2)</source>
        <translation>%1 (aktiv seit %2)</translation>
    </message>
    <message>
        <source>Engine health</source>
        <translation>Engine-Zustand</translation>
    </message>
    <message>
        <source>Healthcheck figures</source>
        <translation>Healthcheck-Kennzahlen</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>wird geladen…</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <source>Could not reach the engine</source>
        <translation>Die Engine konnte nicht erreicht werden</translation>
    </message>
    <message>
        <source>Could not read the engine health</source>
        <translation>Der Engine-Zustand konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>The engine is alive but saturated: it answers new work slowly</source>
        <translation>Die Engine ist aktiv, aber ausgelastet: Sie beantwortet neue Aufgaben nur langsam</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>committed %1 · allocated %2 · free %3</source>
        <translation>zugesichert %1 · zugewiesen %2 · frei %3</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 / %2 / %3</source>
        <translation>%1 / %2 / %3</translation>
    </message>
    <message>
        <source>yes — the engine refuses new work</source>
        <translation>ja — die Engine lehnt neue Aufgaben ab</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>%1 of %2 lookups (%3)</source>
        <translation>%1 von %2 Abfragen (%3)</translation>
    </message>
    <message>
        <source>%1 (no lookups yet)</source>
        <translation>%1 (noch keine Abfragen)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Running since:</source>
        <translation>Läuft seit:</translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation>Arbeitsspeicher:</translation>
    </message>
    <message>
        <source>CPU:</source>
        <translation>CPU:</translation>
    </message>
    <message>
        <source>Sessions (active / total):</source>
        <translation>Sitzungen (aktiv / gesamt):</translation>
    </message>
    <message>
        <source>Apps (active / loaded / in memory):</source>
        <translation>Apps (aktiv / geladen / im Speicher):</translation>
    </message>
    <message>
        <source>Users (active / total):</source>
        <translation>Benutzer (aktiv / gesamt):</translation>
    </message>
    <message>
        <source>Saturated:</source>
        <translation>Ausgelastet:</translation>
    </message>
    <message>
        <source>Engine calls:</source>
        <translation>Engine-Aufrufe:</translation>
    </message>
    <message>
        <source>Selections:</source>
        <translation>Auswahlen:</translation>
    </message>
    <message>
        <source>Cache hits:</source>
        <translation>Cache-Treffer:</translation>
    </message>
    <message>
        <source>Cache entries (added / replaced):</source>
        <translation>Cache-Einträge (hinzugefügt / ersetzt):</translation>
    </message>
    <message>
        <source>Cache data added:</source>
        <translation>Hinzugefügte Cache-Daten:</translation>
    </message>
</context>
<context>
    <name>odag::gui::EngineSessionModel</name>
    <message>
        <source>No app is open on this session</source>
        <translation>In dieser Sitzung ist keine App geöffnet</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>nicht angegeben</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Keep-alive</source>
        <translation>Keep-alive</translation>
    </message>
    <message>
        <source>Session ID</source>
        <translation>Sitzungs-ID</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
</context>
<context>
    <name>odag::gui::EngineSessionsPanel</name>
    <message>
        <source>loading…</source>
        <translation>wird geladen…</translation>
    </message>
    <message>
        <source>Engine sessions</source>
        <translation>Engine-Sitzungen</translation>
    </message>
    <message>
        <source>No websocket sessions are open on the engine.</source>
        <translation>Auf der Engine sind keine WebSocket-Sitzungen geöffnet.</translation>
    </message>
    <message numerus="yes">
        <source>%n websocket session(s) open on the engine.</source>
        <translation>
            <numerusform>%n WebSocket-Sitzung auf der Engine geöffnet.</numerusform>
            <numerusform>%n WebSocket-Sitzungen auf der Engine geöffnet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sessions (%1)</source>
        <translation>Sitzungen (%1)</translation>
    </message>
    <message>
        <source>The sessions are not known.</source>
        <translation>Die Sitzungen sind nicht bekannt.</translation>
    </message>
    <message>
        <source>Could not list the engine sessions</source>
        <translation>Die Engine-Sitzungen konnten nicht aufgelistet werden</translation>
    </message>
</context>
<context>
    <name>odag::gui::ErrorBanner</name>
    <message>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Fehlerdetails</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>odag::gui::ExchangeLogModel</name>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 (attempt %2)</source>
        <translation>%1 (Versuch %2)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
</context>
<context>
    <name>odag::gui::FirstRunPage</name>
    <message>
        <source>Try the &amp;sandbox</source>
        <translation>&amp;Sandbox ausprobieren</translation>
    </message>
    <message>
        <source>&amp;Add a profile…</source>
        <translation>Profil &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Open the built-in sandbox tenant with demo data</source>
        <translation>Den integrierten Sandbox-Mandanten mit Demodaten öffnen</translation>
    </message>
    <message>
        <source>Connect to a Qlik Cloud tenant or a Qlik Sense Enterprise site (Ctrl+Shift+M)</source>
        <translation>Mit einem Qlik Cloud-Mandanten oder einer Qlik Sense Enterprise-Site verbinden (Strg+Umschalt+M)</translation>
    </message>
    <message>
        <source>&lt;h1&gt;Welcome to ODAG Admin&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Willkommen bei ODAG Admin&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>Administer On-Demand App Generation links and requests, spaces, apps and reloads of a Qlik tenant. Where would you like to start?</source>
        <translation>Verwalten Sie Links und Anforderungen der On-Demand-App-Generierung sowie Bereiche, Apps und Neuladevorgänge eines Qlik-Mandanten. Womit möchten Sie beginnen?</translation>
    </message>
    <message>
        <source>A local tenant with demo links, requests, apps and users. Nothing you do there touches a real tenant.</source>
        <translation>Ein lokaler Mandant mit Demo-Links, -Anforderungen, -Apps und -Benutzern. Nichts, was Sie dort tun, wirkt sich auf einen echten Mandanten aus.</translation>
    </message>
    <message>
        <source>Connect to your Qlik Cloud tenant (API key) or Qlik Sense Enterprise site (header, certificate or Windows sign-in).</source>
        <translation>Verbinden Sie sich mit Ihrem Qlik Cloud-Mandanten (API-Schlüssel) oder Ihrer Qlik Sense Enterprise-Site (Header, Zertifikat oder Windows-Anmeldung).</translation>
    </message>
</context>
<context>
    <name>odag::gui::GeneralPage</name>
    <message>
        <source>Link name</source>
        <translation>Linkname</translation>
    </message>
    <message>
        <source>Pick an app by name, or type its ID</source>
        <translation>App nach Name auswählen oder ihre ID eingeben</translation>
    </message>
    <message>
        <source>Selection app</source>
        <translation>Auswahl-App</translation>
    </message>
    <message>
        <source>Template app</source>
        <translation>Vorlagen-App</translation>
    </message>
    <message>
        <source>Sum(RowCount)</source>
        <translation>Sum(RowCount)</translation>
    </message>
    <message>
        <source>Row estimate expression</source>
        <translation>Ausdruck für Zeilenschätzung</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Row estimate expression:</source>
        <translation>Ausdruck für &amp;Zeilenschätzung:</translation>
    </message>
    <message>
        <source>Qlik Sense Enterprise properties</source>
        <translation>Qlik Sense Enterprise-Eigenschaften</translation>
    </message>
    <message>
        <source>Generated apps are accessible to other users</source>
        <translation>Generierte Apps sind für andere Benutzer zugänglich</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>Stream ID (empty: not published)</source>
        <translation>Stream-ID (leer: nicht veröffentlicht)</translation>
    </message>
    <message>
        <source>Keep generated apps for:</source>
        <translation>Generierte Apps aufbewahren für:</translation>
    </message>
    <message>
        <source>Generated apps per user:</source>
        <translation>Generierte Apps pro Benutzer:</translation>
    </message>
    <message>
        <source>Publish to stream:</source>
        <translation>In Stream veröffentlichen:</translation>
    </message>
    <message>
        <source>Bindings</source>
        <translation>Bindungen</translation>
    </message>
    <message>
        <source>Selection field</source>
        <translation>Auswahlfeld</translation>
    </message>
    <message>
        <source>Template field</source>
        <translation>Vorlagenfeld</translation>
    </message>
    <message>
        <source>Selection type</source>
        <translation>Auswahltyp</translation>
    </message>
    <message>
        <source>Add binding</source>
        <translation>Bindung hinzufügen</translation>
    </message>
    <message>
        <source>Remove binding</source>
        <translation>Bindung entfernen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Eigentümer:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>Modified:</source>
        <translation>Geändert:</translation>
    </message>
    <message>
        <source>New link (not saved yet)</source>
        <translation>Neuer Link (noch nicht gespeichert)</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>S&amp;election app:</source>
        <translation>Aus&amp;wahl-App:</translation>
    </message>
    <message>
        <source>Te&amp;mplate app:</source>
        <translation>V&amp;orlagen-App:</translation>
    </message>
    <message>
        <source>D&amp;ynamic view (charts of the template app shown in the selection app)</source>
        <translation>&amp;Dynamische Ansicht (Diagramme der Vorlagen-App in der Auswahl-App angezeigt)</translation>
    </message>
    <message>
        <source>Incl&amp;ude the template script in generated apps</source>
        <translation>Vorlagenskript in &amp;generierte Apps einschließen</translation>
    </message>
</context>
<context>
    <name>odag::gui::JsonPage</name>
    <message>
        <source>&amp;Apply JSON</source>
        <translation>JSON an&amp;wenden</translation>
    </message>
    <message>
        <source>Link JSON</source>
        <translation>Link-JSON</translation>
    </message>
    <message>
        <source>Use this JSON in the other tabs (Ctrl+Return)</source>
        <translation>Dieses JSON in den anderen Registerkarten verwenden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Not JSON: %1</source>
        <translation>Kein JSON: %1</translation>
    </message>
    <message>
        <source>Valid link JSON; Apply to use it.</source>
        <translation>Gültiges Link-JSON; wenden Sie es an, um es zu verwenden.</translation>
    </message>
    <message>
        <source>Valid link JSON.</source>
        <translation>Gültiges Link-JSON.</translation>
    </message>
    <message>
        <source>Not a valid link: %1</source>
        <translation>Kein gültiger Link: %1</translation>
    </message>
    <message>
        <source>R&amp;evert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
</context>
<context>
    <name>odag::gui::KeychainSecretStore</name>
    <message>
        <source>The keychain refused to read a secret: %1</source>
        <translation>Der Schlüsselbund hat das Lesen eines Geheimnisses verweigert: %1</translation>
    </message>
    <message>
        <source>The keychain refused to store a secret: %1</source>
        <translation>Der Schlüsselbund hat das Speichern eines Geheimnisses verweigert: %1</translation>
    </message>
    <message>
        <source>The keychain refused to delete a secret: %1</source>
        <translation>Der Schlüsselbund hat das Löschen eines Geheimnisses verweigert: %1</translation>
    </message>
</context>
<context>
    <name>odag::gui::LinkBundle</name>
    <message>
        <source>The file is not valid JSON (%1).</source>
        <translation>Die Datei ist kein gültiges JSON (%1).</translation>
    </message>
    <message>
        <source>The file is not an ODAG Admin link bundle: it holds no JSON object.</source>
        <translation>Die Datei ist kein ODAG Admin-Linkpaket: Sie enthält kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The file is not an ODAG Admin link bundle (its &quot;format&quot; is not &quot;%1&quot;).</source>
        <translation>Die Datei ist kein ODAG Admin-Linkpaket (ihr „format“ ist nicht „%1“).</translation>
    </message>
    <message>
        <source>The bundle has no version number.</source>
        <translation>Das Paket hat keine Versionsnummer.</translation>
    </message>
    <message>
        <source>The bundle was written by a newer ODAG Admin (format version %1); this one reads version %2.</source>
        <translation>Das Paket wurde von einer neueren Version von ODAG Admin geschrieben (Formatversion %1); diese Version liest Version %2.</translation>
    </message>
    <message>
        <source>The bundle does not say which kind of tenant it comes from (source.kind is &quot;%1&quot;).</source>
        <translation>Das Paket gibt nicht an, von welcher Art Mandant es stammt (source.kind ist „%1“).</translation>
    </message>
    <message>
        <source>App %1 of the bundle has no ID or an unknown role.</source>
        <translation>App %1 des Pakets hat keine ID oder eine unbekannte Rolle.</translation>
    </message>
    <message>
        <source>The bundle contains no links.</source>
        <translation>Das Paket enthält keine Links.</translation>
    </message>
    <message>
        <source>Link %1 of the bundle is not a JSON object.</source>
        <translation>Link %1 des Pakets ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>Link %1 of the bundle cannot be read: %2</source>
        <translation>Link %1 des Pakets kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Link %1 of the bundle (&quot;%2&quot;) does not name its selection and template apps.</source>
        <translation>Link %1 des Pakets („%2“) nennt seine Auswahl- und Vorlagen-App nicht.</translation>
    </message>
    <message>
        <source>No app of this tenant is chosen for the selection app &quot;%1&quot;.</source>
        <translation>Für die Auswahl-App „%1“ ist keine App dieses Mandanten ausgewählt.</translation>
    </message>
    <message>
        <source>No app of this tenant is chosen for the template app &quot;%1&quot;.</source>
        <translation>Für die Vorlagen-App „%1“ ist keine App dieses Mandanten ausgewählt.</translation>
    </message>
    <message>
        <source>The context-scoped properties are left out: Qlik Sense Enterprise links have none.</source>
        <translation>Die kontextbezogenen Eigenschaften werden ausgelassen: Qlik Sense Enterprise-Links haben keine.</translation>
    </message>
    <message>
        <source>Retention and publishing settings of Qlik Sense Enterprise are left out: set the context-scoped properties after the import.</source>
        <translation>Aufbewahrungs- und Veröffentlichungseinstellungen von Qlik Sense Enterprise werden ausgelassen: Legen Sie die kontextbezogenen Eigenschaften nach dem Import fest.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The link is %1 in the source tenant; the new link starts active.</source>
        <translation>Der Link ist im Quellmandanten %1; der neue Link startet aktiv.</translation>
    </message>
</context>
<context>
    <name>odag::gui::LinkDetailsPanel</name>
    <message>
        <source>Bindings</source>
        <translation>Bindungen</translation>
    </message>
    <message>
        <source>Template variable</source>
        <translation>Vorlagenvariable</translation>
    </message>
    <message>
        <source>Parameter type</source>
        <translation>Parametertyp</translation>
    </message>
    <message>
        <source>Parameter name</source>
        <translation>Parametername</translation>
    </message>
    <message>
        <source>Selection states</source>
        <translation>Auswahlstatus</translation>
    </message>
    <message>
        <source>Values (min–max)</source>
        <translation>Werte (min.–max.)</translation>
    </message>
    <message>
        <source>Numeric only</source>
        <translation>Nur numerisch</translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation>Formatierung</translation>
    </message>
    <message>
        <source>Context-scoped properties</source>
        <translation>Kontextbezogene Eigenschaften</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Links of this selection app</source>
        <translation>Links dieser Auswahl-App</translation>
    </message>
    <message>
        <source>Select a link to see its details.</source>
        <translation>Wählen Sie einen Link aus, um seine Details anzuzeigen.</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) selected. The actions apply to each of them.</source>
        <translation>
            <numerusform>%n Link ausgewählt. Die Aktionen gelten für jeden einzelnen.</numerusform>
            <numerusform>%n Links ausgewählt. Die Aktionen gelten für jeden einzelnen.</numerusform>
        </translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>wird geladen…</translation>
    </message>
    <message>
        <source>could not be read: %1</source>
        <translation>konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>keine gefunden</translation>
    </message>
    <message numerus="yes">
        <source>apps kept %n minute(s)</source>
        <translation>
            <numerusform>Apps werden %n Minute aufbewahrt</numerusform>
            <numerusform>Apps werden %n Minuten aufbewahrt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at most %n app(s) per user</source>
        <translation>
            <numerusform>höchstens %n App pro Benutzer</numerusform>
            <numerusform>höchstens %n Apps pro Benutzer</numerusform>
        </translation>
    </message>
    <message>
        <source>published to stream %1</source>
        <translation>in Stream %1 veröffentlicht</translation>
    </message>
    <message>
        <source>no limits</source>
        <translation>keine Limits</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>quote %1, delimiter %2</source>
        <translation>Anführungszeichen %1, Trennzeichen %2</translation>
    </message>
    <message>
        <source>Qlik Sense Enterprise links have no context-scoped properties.</source>
        <translation>Qlik Sense Enterprise-Links haben keine kontextbezogenen Eigenschaften.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 to %2 rows</source>
        <translation>%1 bis %2 Zeilen</translation>
    </message>
    <message>
        <source>up to %1 rows</source>
        <translation>bis zu %1 Zeilen</translation>
    </message>
    <message>
        <source>No selection app of this tenant uses this link.</source>
        <translation>Keine Auswahl-App dieses Mandanten verwendet diesen Link.</translation>
    </message>
    <message>
        <source>Could not read the links of the selection app: %1</source>
        <translation>Die Links der Auswahl-App konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>%1 — you cannot access this link</source>
        <translation>%1 — Sie haben keinen Zugriff auf diesen Link</translation>
    </message>
    <message>
        <source>%1 (this link)</source>
        <translation>%1 (dieser Link)</translation>
    </message>
    <message>
        <source>The selection app references no links.</source>
        <translation>Die Auswahl-App verweist auf keine Links.</translation>
    </message>
    <message>
        <source>unknown: %1</source>
        <translation>unbekannt: %1</translation>
    </message>
    <message>
        <source>Yes, for this selection and template app</source>
        <translation>Ja, für diese Auswahl- und Vorlagen-App</translation>
    </message>
    <message>
        <source>No, not for this selection and template app</source>
        <translation>Nein, nicht für diese Auswahl- und Vorlagen-App</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Link ID:</source>
        <translation>Link-ID:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Eigentümer:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>Modified:</source>
        <translation>Geändert:</translation>
    </message>
    <message>
        <source>Selection app:</source>
        <translation>Auswahl-App:</translation>
    </message>
    <message>
        <source>Template app:</source>
        <translation>Vorlagen-App:</translation>
    </message>
    <message>
        <source>Row estimate:</source>
        <translation>Zeilenschätzung:</translation>
    </message>
    <message>
        <source>Dynamic view:</source>
        <translation>Dynamische Ansicht:</translation>
    </message>
    <message>
        <source>Include script:</source>
        <translation>Skript einschließen:</translation>
    </message>
    <message>
        <source>Generated apps accessible:</source>
        <translation>Generierte Apps zugänglich:</translation>
    </message>
    <message>
        <source>Your privileges:</source>
        <translation>Ihre Berechtigungen:</translation>
    </message>
    <message>
        <source>You can create links:</source>
        <translation>Sie können Links erstellen:</translation>
    </message>
    <message>
        <source>Retention and publishing:</source>
        <translation>Aufbewahrung und Veröffentlichung:</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no row estimate expression</comment>
        <translation>keiner</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no privileges</comment>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>odag::gui::LinkEditor</name>
    <message>
        <source>Could not list the apps for the pickers.</source>
        <translation>Die Apps für die Auswahllisten konnten nicht aufgelistet werden.</translation>
    </message>
    <message>
        <source>Problems found in the link</source>
        <translation>Im Link gefundene Probleme</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>&amp;Bindings</source>
        <translation>&amp;Bindungen</translation>
    </message>
    <message>
        <source>&amp;Properties</source>
        <translation>&amp;Eigenschaften</translation>
    </message>
    <message>
        <source>Pre&amp;view as user</source>
        <translation>&amp;Vorschau als Benutzer</translation>
    </message>
    <message>
        <source>&amp;Lint</source>
        <translation>&amp;Prüfung</translation>
    </message>
    <message>
        <source>Raw &amp;JSON</source>
        <translation>Roh-&amp;JSON</translation>
    </message>
    <message>
        <source>Qlik Sense Enterprise link: context-scoped properties, the preview as a user, status changes and dynamic views are Qlik Cloud features, so their tabs are not shown. Bindings, retention and publishing are on the General tab.</source>
        <translation>Qlik Sense Enterprise-Link: Kontextbezogene Eigenschaften, die Vorschau als Benutzer, Statusänderungen und dynamische Ansichten sind Qlik Cloud-Funktionen, daher werden ihre Registerkarten nicht angezeigt. Bindungen, Aufbewahrung und Veröffentlichung befinden sich auf der Registerkarte „Allgemein“.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Check and save the link (Ctrl+S)</source>
        <translation>Link prüfen und speichern (Strg+S)</translation>
    </message>
    <message>
        <source>D&amp;isable</source>
        <translation>Deakt&amp;ivieren</translation>
    </message>
    <message>
        <source>De&amp;commission…</source>
        <translation>Außer Betrieb neh&amp;men…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Retire the link for good: a decommissioned link cannot change again</source>
        <translation>Link endgültig stilllegen: Ein außer Betrieb genommener Link kann nicht mehr geändert werden</translation>
    </message>
    <message>
        <source>Delete the link from the server</source>
        <translation>Link vom Server löschen</translation>
    </message>
    <message>
        <source>Could not read the link.</source>
        <translation>Der Link konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Restore unsaved changes?</source>
        <translation>Nicht gespeicherte Änderungen wiederherstellen?</translation>
    </message>
    <message>
        <source>Unsaved changes to this link were recovered after a crash or failed save (kept %1). Restore them? No discards them.</source>
        <translation>Nicht gespeicherte Änderungen an diesem Link wurden nach einem Absturz oder fehlgeschlagenen Speichern wiederhergestellt (gesichert %1). Wiederherstellen? „Nein“ verwirft sie.</translation>
    </message>
    <message>
        <source>Unsaved changes restored from the draft.</source>
        <translation>Nicht gespeicherte Änderungen aus dem Entwurf wiederhergestellt.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message>
        <source>&amp;Lint (%1/%2)</source>
        <translation>&amp;Prüfung (%1/%2)</translation>
    </message>
    <message>
        <source>The link needs a name.</source>
        <translation>Der Link benötigt einen Namen.</translation>
    </message>
    <message>
        <source>Not saved: fix the errors listed under Lint first.</source>
        <translation>Nicht gespeichert: Beheben Sie zuerst die unter „Prüfung“ aufgeführten Fehler.</translation>
    </message>
    <message>
        <source>Save with warnings?</source>
        <translation>Mit Warnungen speichern?</translation>
    </message>
    <message numerus="yes">
        <source>Lint found %n warning(s) in this link (see the Lint tab). Save anyway?</source>
        <translation>
            <numerusform>Die Prüfung hat %n Warnung in diesem Link gefunden (siehe Registerkarte „Prüfung“). Trotzdem speichern?</numerusform>
            <numerusform>Die Prüfung hat %n Warnungen in diesem Link gefunden (siehe Registerkarte „Prüfung“). Trotzdem speichern?</numerusform>
        </translation>
    </message>
    <message>
        <source>The link was not saved.</source>
        <translation>Der Link wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Could not check whether you may create this link.</source>
        <translation>Es konnte nicht geprüft werden, ob Sie diesen Link erstellen dürfen.</translation>
    </message>
    <message>
        <source>Not created: the tenant does not let you create ODAG links for this selection app and template app. Your edits are kept.</source>
        <translation>Nicht erstellt: Der Mandant erlaubt Ihnen nicht, ODAG-Links für diese Auswahl-App und Vorlagen-App zu erstellen. Ihre Änderungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>The link was not created.</source>
        <translation>Der Link wurde nicht erstellt.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Saved. The server said: %1</source>
        <translation>Gespeichert. Der Server meldete: %1</translation>
    </message>
    <message>
        <source>The link changed on the server and could not be read again.</source>
        <translation>Der Link wurde auf dem Server geändert und konnte nicht erneut gelesen werden.</translation>
    </message>
    <message>
        <source>The merged link is not valid: %1</source>
        <translation>Der zusammengeführte Link ist ungültig: %1</translation>
    </message>
    <message>
        <source>Not saved: the link changed on the server. Your edits are kept; save again to compare them with the server&apos;s version.</source>
        <translation>Nicht gespeichert: Der Link wurde auf dem Server geändert. Ihre Änderungen bleiben erhalten; speichern Sie erneut, um sie mit der Version auf dem Server zu vergleichen.</translation>
    </message>
    <message>
        <source>Decommission link?</source>
        <translation>Link außer Betrieb nehmen?</translation>
    </message>
    <message>
        <source>Decommission “%1”? Users can no longer generate apps from it, and a decommissioned link cannot be activated again.</source>
        <translation>„%1“ außer Betrieb nehmen? Benutzer können daraus keine Apps mehr generieren, und ein außer Betrieb genommener Link kann nicht wieder aktiviert werden.</translation>
    </message>
    <message>
        <source>The status was not changed.</source>
        <translation>Der Status wurde nicht geändert.</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Delete link?</source>
        <translation>Link löschen?</translation>
    </message>
    <message>
        <source>Delete the link “%1” from the server? This cannot be undone.</source>
        <translation>Den Link „%1“ vom Server löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>The link was not deleted.</source>
        <translation>Der Link wurde nicht gelöscht.</translation>
    </message>
    <message>
        <source>The link was deleted.</source>
        <translation>Der Link wurde gelöscht.</translation>
    </message>
    <message>
        <source>Ac&amp;tivate</source>
        <translation>Ak&amp;tivieren</translation>
    </message>
</context>
<context>
    <name>odag::gui::LinkEditorDialog</name>
    <message>
        <source>New link</source>
        <translation>Neuer Link</translation>
    </message>
    <message>
        <source>Link: %1</source>
        <translation>Link: %1</translation>
    </message>
    <message>
        <source>%1 (unsaved)</source>
        <translation>%1 (nicht gespeichert)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The link has unsaved changes. Save them before closing?</source>
        <translation>Der Link enthält nicht gespeicherte Änderungen. Vor dem Schließen speichern?</translation>
    </message>
</context>
<context>
    <name>odag::gui::LinkStatsModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anforderungen</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Fehlschläge</translation>
    </message>
    <message>
        <source>Failure rate</source>
        <translation>Fehlerquote</translation>
    </message>
    <message>
        <source>Median load</source>
        <translation>Ladedauer (Median)</translation>
    </message>
    <message>
        <source>95th percentile</source>
        <translation>95. Perzentil</translation>
    </message>
    <message>
        <source>Last request</source>
        <translation>Letzte Anforderung</translation>
    </message>
</context>
<context>
    <name>odag::gui::LinksFilterBar</name>
    <message>
        <source>Filter by status</source>
        <translation>Nach Status filtern</translation>
    </message>
    <message>
        <source>Filter by owner</source>
        <translation>Nach Eigentümer filtern</translation>
    </message>
    <message>
        <source>Filter by selection app</source>
        <translation>Nach Auswahl-App filtern</translation>
    </message>
    <message>
        <source>Filter by type</source>
        <translation>Nach Typ filtern</translation>
    </message>
    <message>
        <source>Search name, ID, app or owner (Ctrl+F)</source>
        <translation>Name, ID, App oder Eigentümer suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search links</source>
        <translation>Links durchsuchen</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Links and dynamic views</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>Links only</source>
        <translation>Nur Links</translation>
    </message>
    <message>
        <source>Dynamic views only</source>
        <translation>Nur dynamische Ansichten</translation>
    </message>
    <message>
        <source>Qlik Sense Enterprise has no link status changes: delete a link to retire it.</source>
        <translation>Qlik Sense Enterprise kennt keine Statusänderungen für Links: Löschen Sie einen Link, um ihn stillzulegen.</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Alle Eigentümer</translation>
    </message>
    <message>
        <source>Any selection app</source>
        <translation>Alle Auswahl-Apps</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n Link</numerusform>
            <numerusform>%n Links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n link(s)</source>
        <translation>
            <numerusform>%1 von %n Link</numerusform>
            <numerusform>%1 von %n Links</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>odag::gui::LinksModel</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Link ID: %1</source>
        <translation>Link-ID: %1</translation>
    </message>
    <message>
        <source>No selection app uses this link</source>
        <translation>Keine Auswahl-App verwendet diesen Link</translation>
    </message>
    <message>
        <source>App ID: %1</source>
        <translation>App-ID: %1</translation>
    </message>
    <message>
        <source>User ID: %1</source>
        <translation>Benutzer-ID: %1</translation>
    </message>
    <message>
        <source>Counting the requests not finished yet</source>
        <translation>Noch nicht abgeschlossene Anforderungen werden gezählt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Selection app</source>
        <translation>Auswahl-App</translation>
    </message>
    <message>
        <source>Template app</source>
        <translation>Vorlagen-App</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Dynamic view</source>
        <translation>Dynamische Ansicht</translation>
    </message>
    <message>
        <source>Pending requests</source>
        <translation>Offene Anforderungen</translation>
    </message>
</context>
<context>
    <name>odag::gui::LinksWorkspace</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Stop after the current link (Esc)</source>
        <translation>Nach dem aktuellen Link stoppen (Esc)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>New link</source>
        <translation>Neuer Link</translation>
    </message>
    <message>
        <source>Create a link</source>
        <translation>Link erstellen</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Edit the selected link</source>
        <translation>Ausgewählten Link bearbeiten</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <source>Let users generate apps from the selected links again</source>
        <translation>Benutzern wieder erlauben, Apps aus den ausgewählten Links zu generieren</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Stop new requests on the selected links for now</source>
        <translation>Neue Anforderungen für die ausgewählten Links vorerst stoppen</translation>
    </message>
    <message>
        <source>Decommission…</source>
        <translation>Außer Betrieb nehmen…</translation>
    </message>
    <message>
        <source>Retire the selected links for good</source>
        <translation>Ausgewählte Links endgültig stilllegen</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Delete the selected links</source>
        <translation>Ausgewählte Links löschen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save the selected links to a bundle file</source>
        <translation>Ausgewählte Links in einer Paketdatei speichern</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Create links from a bundle file, with the apps of this tenant</source>
        <translation>Links aus einer Paketdatei mit den Apps dieses Mandanten erstellen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Read the links from the tenant again</source>
        <translation>Links erneut vom Mandanten lesen</translation>
    </message>
    <message>
        <source>Could not read the links</source>
        <translation>Die Links konnten nicht gelesen werden</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) read</source>
        <translation>
            <numerusform>%n Link gelesen</numerusform>
            <numerusform>%n Links gelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not count the pending requests</source>
        <translation>Die offenen Anforderungen konnten nicht gezählt werden</translation>
    </message>
    <message>
        <source>Could not check whether you may create links: %1</source>
        <translation>Es konnte nicht geprüft werden, ob Sie Links erstellen dürfen: %1</translation>
    </message>
    <message>
        <source>You may not create links on this tenant.</source>
        <translation>Sie dürfen auf diesem Mandanten keine Links erstellen.</translation>
    </message>
    <message>
        <source>Select one or more links.</source>
        <translation>Wählen Sie einen oder mehrere Links aus.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is decommissioned: a decommissioned link cannot change status again.</source>
        <translation>„%1“ ist außer Betrieb: Der Status eines außer Betrieb genommenen Links kann nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>You may not change &quot;%1&quot;: only its owner or an administrator can.</source>
        <translation>Sie dürfen „%1“ nicht ändern: Nur der Eigentümer oder ein Administrator kann dies.</translation>
    </message>
    <message>
        <source>The link is already %1.</source>
        <translation>Der Link ist bereits %1.</translation>
    </message>
    <message>
        <source>The selected links are already %1.</source>
        <translation>Die ausgewählten Links sind bereits %1.</translation>
    </message>
    <message>
        <source>Wait for the running action to finish.</source>
        <translation>Warten Sie, bis die laufende Aktion abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Select one link to edit.</source>
        <translation>Wählen Sie einen Link zum Bearbeiten aus.</translation>
    </message>
    <message>
        <source>Select the links to export.</source>
        <translation>Wählen Sie die zu exportierenden Links aus.</translation>
    </message>
    <message>
        <source>Decommission &quot;%1&quot;? Users can no longer generate apps from it, and a decommissioned link cannot be activated again.</source>
        <translation>„%1“ außer Betrieb nehmen? Benutzer können daraus keine Apps mehr generieren, und ein außer Betrieb genommener Link kann nicht wieder aktiviert werden.</translation>
    </message>
    <message numerus="yes">
        <source>Decommission %n link(s)? Users can no longer generate apps from them, and a decommissioned link cannot be activated again.</source>
        <translation>
            <numerusform>%n Link außer Betrieb nehmen? Benutzer können daraus keine Apps mehr generieren, und ein außer Betrieb genommener Link kann nicht wieder aktiviert werden.</numerusform>
            <numerusform>%n Links außer Betrieb nehmen? Benutzer können daraus keine Apps mehr generieren, und ein außer Betrieb genommener Link kann nicht wieder aktiviert werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Decommission links</source>
        <translation>Links außer Betrieb nehmen</translation>
    </message>
    <message>
        <source>Decommission</source>
        <translation>Außer Betrieb nehmen</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;? This cannot be undone. Apps already generated from it and its requests stay.</source>
        <translation>„%1“ löschen? Dies kann nicht rückgängig gemacht werden. Bereits daraus generierte Apps und seine Anforderungen bleiben erhalten.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n link(s)? This cannot be undone. Apps already generated from them and their requests stay.</source>
        <translation>
            <numerusform>%n Link löschen? Dies kann nicht rückgängig gemacht werden. Bereits daraus generierte Apps und die zugehörigen Anforderungen bleiben erhalten.</numerusform>
            <numerusform>%n Links löschen? Dies kann nicht rückgängig gemacht werden. Bereits daraus generierte Apps und die zugehörigen Anforderungen bleiben erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete links</source>
        <translation>Links löschen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n link(s)…</source>
        <translation>
            <numerusform>%1: %n Link…</numerusform>
            <numerusform>%1: %n Links…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: failed — %2</source>
        <translation>%1: fehlgeschlagen — %2</translation>
    </message>
    <message>
        <source>%1: deleted</source>
        <translation>%1: gelöscht</translation>
    </message>
    <message>
        <source>%1: now %2</source>
        <translation>%1: jetzt %2</translation>
    </message>
    <message>
        <source>%1: not changed</source>
        <translation>%1: nicht geändert</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n link(s) changed</source>
        <translation>
            <numerusform>%1: %n Link geändert</numerusform>
            <numerusform>%1: %n Links geändert</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not change &quot;%1&quot;</source>
        <translation>„%1“ konnte nicht geändert werden</translation>
    </message>
    <message numerus="yes">
        <source>%1 failed for %n link(s)</source>
        <translation>
            <numerusform>%1 für %n Link fehlgeschlagen</numerusform>
            <numerusform>%1 für %n Links fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — results per link:

%2</source>
        <translation>%1 — Ergebnisse pro Link:

%2</translation>
    </message>
    <message>
        <source>odag-links-%1.json</source>
        <translation>odag-links-%1.json</translation>
    </message>
    <message>
        <source>Export links</source>
        <translation>Links exportieren</translation>
    </message>
    <message>
        <source>Link bundles (*.json);;All files (*)</source>
        <translation>Linkpakete (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) exported to %1</source>
        <translation>
            <numerusform>%n Link nach %1 exportiert</numerusform>
            <numerusform>%n Links nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Import links</source>
        <translation>Links importieren</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 cannot be imported.

%2</source>
        <translation>%1 kann nicht importiert werden.

%2</translation>
    </message>
</context>
<context>
    <name>odag::gui::LogPane</name>
    <message>
        <source>Filter by method, status or URL</source>
        <translation>Nach Methode, Status oder URL filtern</translation>
    </message>
    <message>
        <source>Log filter</source>
        <translation>Protokollfilter</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>HTTP exchanges</source>
        <translation>HTTP-Kommunikation</translation>
    </message>
</context>
<context>
    <name>odag::gui::MainWindow</name>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>HTTP log</source>
        <translation>HTTP-Protokoll</translation>
    </message>
    <message>
        <source>ODAG Admin</source>
        <translation>ODAG Admin</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Arbeitsbereiche</translation>
    </message>
    <message>
        <source>ODAG Admin — %1</source>
        <translation>ODAG Admin — %1</translation>
    </message>
    <message>
        <source>Connected to %1 (%2)</source>
        <translation>Verbunden mit %1 (%2)</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Connecting to %1…&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Verbindung mit %1 wird hergestellt…&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Could not connect to %1&lt;/h2&gt;&lt;p&gt;%2&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Verbindung mit %1 nicht möglich&lt;/h2&gt;&lt;p&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>HTTP &amp;log</source>
        <translation>HTTP-&amp;Protokoll</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About ODAG Admin</source>
        <translation>&amp;Über ODAG Admin</translation>
    </message>
    <message>
        <source>About ODAG Admin</source>
        <translation>Über ODAG Admin</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Calls this minute: Tier 1 %1/%2 · Tier 2 %3/%4</source>
        <translation>Aufrufe in dieser Minute: Tier 1 %1/%2 · Tier 2 %3/%4</translation>
    </message>
    <message>
        <source>Connection profile</source>
        <translation>Verbindungsprofil</translation>
    </message>
    <message>
        <source>The tenant this window works on. Choose another profile to switch.</source>
        <translation>Der Mandant, mit dem dieses Fenster arbeitet. Wählen Sie ein anderes Profil, um zu wechseln.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Connected to %1 (%2) as %3</source>
        <translation>Verbunden mit %1 (%2) als %3</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Apps</source>
        <translation>Apps</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anforderungen</translation>
    </message>
    <message>
        <source>Spaces</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Reloads</source>
        <translation>Neuladevorgänge</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>ODAG Admin shows the new language after a restart. Restart now?</source>
        <translation>ODAG Admin zeigt die neue Sprache nach einem Neustart. Jetzt neu starten?</translation>
    </message>
    <message>
        <source>ODAG Admin could not restart itself. Start it again to see the new language.</source>
        <translation>ODAG Admin konnte sich nicht neu starten. Starten Sie es erneut, um die neue Sprache zu sehen.</translation>
    </message>
    <message>
        <source>&amp;Manage profiles…</source>
        <translation>Profile &amp;verwalten…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ODAG Admin %1&lt;/h3&gt;&lt;p&gt;Administration of Qlik On-Demand App Generation links, requests, spaces, apps and reloads.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running with Qt %3.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License v3 or later.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%4&quot;&gt;%4&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ODAG Admin %1&lt;/h3&gt;&lt;p&gt;Verwaltung von Links, Anforderungen, Bereichen, Apps und Neuladevorgängen der Qlik On-Demand-App-Generierung.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2, ausgeführt mit Qt %3.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU General Public License v3 oder höher.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%4&quot;&gt;%4&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>odag::gui::NameFormatEditor</name>
    <message>
        <source>{0} for {1}</source>
        <translation>{0} für {1}</translation>
    </message>
    <message>
        <source>templateAppName, userId, curYear…</source>
        <translation>templateAppName, userId, curYear…</translation>
    </message>
    <message>
        <source>Name format</source>
        <translation>Namensformat</translation>
    </message>
    <message>
        <source>Name parameters</source>
        <translation>Namensparameter</translation>
    </message>
    <message>
        <source>Comma-separated: templateAppName, userId, curYear, curMonth, curDay, curHr, curMin, curSec. {0} is the first.</source>
        <translation>Durch Kommas getrennt: templateAppName, userId, curYear, curMonth, curDay, curHr, curMin, curSec. {0} ist der erste.</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Parameters:</source>
        <translation>Parameter:</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Vorschau:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>odag::gui::OAuthSignInDialog</name>
    <message>
        <source>Sign in to %1</source>
        <translation>Bei %1 anmelden</translation>
    </message>
    <message>
        <source>Waiting for the browser</source>
        <translation>Warten auf den Browser</translation>
    </message>
    <message>
        <source>If your browser did not open, copy this address into it:</source>
        <translation>Falls sich Ihr Browser nicht geöffnet hat, kopieren Sie diese Adresse hinein:</translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation>Anmeldeadresse</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the sign-in address to the clipboard</source>
        <translation>Anmeldeadresse in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>&amp;Open browser again</source>
        <translation>Browser erneut ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the sign-in page in the system browser again</source>
        <translation>Anmeldeseite erneut im Systembrowser öffnen</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Start the sign-in again</source>
        <translation>Anmeldung erneut starten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop waiting for the browser</source>
        <translation>Nicht mehr auf den Browser warten</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close without signing in</source>
        <translation>Ohne Anmeldung schließen</translation>
    </message>
    <message>
        <source>The browser could not be opened. Copy the address below into your browser to sign in.</source>
        <translation>Der Browser konnte nicht geöffnet werden. Kopieren Sie die folgende Adresse in Ihren Browser, um sich anzumelden.</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in your browser…</source>
        <translation>Warten auf Ihre Anmeldung im Browser…</translation>
    </message>
    <message>
        <source>The sign-in did not succeed: %1</source>
        <translation>Die Anmeldung war nicht erfolgreich: %1</translation>
    </message>
</context>
<context>
    <name>odag::gui::OdagAppListModel</name>
    <message>
        <source>%1
ID: %2</source>
        <translation>%1
ID: %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>odag::gui::OdagAppsPanel</name>
    <message>
        <source>Selection apps</source>
        <translation>Auswahl-Apps</translation>
    </message>
    <message>
        <source>Template apps</source>
        <translation>Vorlagen-Apps</translation>
    </message>
    <message>
        <source>Generated apps</source>
        <translation>Generierte Apps</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 von %3)</translation>
    </message>
    <message>
        <source>Could not list the selection apps</source>
        <translation>Die Auswahl-Apps konnten nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>Could not list the template apps</source>
        <translation>Die Vorlagen-Apps konnten nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>Could not list the generated apps</source>
        <translation>Die generierten Apps konnten nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>Filter by name or ID</source>
        <translation>Nach Name oder ID filtern</translation>
    </message>
    <message>
        <source>Filter ODAG apps</source>
        <translation>ODAG-Apps filtern</translation>
    </message>
    <message>
        <source>Shows only the apps whose name or ID contains this text</source>
        <translation>Zeigt nur die Apps, deren Name oder ID diesen Text enthält</translation>
    </message>
    <message>
        <source>The apps users make selections in before they generate an app: the selection apps of the tenant&apos;s navigation links.</source>
        <translation>Die Apps, in denen Benutzer Auswahlen treffen, bevor sie eine App generieren: die Auswahl-Apps der Navigationslinks des Mandanten.</translation>
    </message>
    <message>
        <source>The apps that are copied and loaded with the user&apos;s selections for each request.</source>
        <translation>Die Apps, die für jede Anforderung kopiert und mit den Auswahlen des Benutzers geladen werden.</translation>
    </message>
    <message>
        <source>The apps generated by requests that you can see.</source>
        <translation>Die von Anforderungen generierten Apps, die Sie sehen können.</translation>
    </message>
    <message>
        <source>Copy ID</source>
        <translation>ID kopieren</translation>
    </message>
    <message>
        <source>ODAG apps (%1)</source>
        <translation>ODAG-Apps (%1)</translation>
    </message>
    <message>
        <source>ODAG apps</source>
        <translation>ODAG-Apps</translation>
    </message>
</context>
<context>
    <name>odag::gui::OdagSettingsPanel</name>
    <message>
        <source>On-demand app generation</source>
        <translation>On-Demand-App-Generierung</translation>
    </message>
    <message>
        <source>Dynamic views</source>
        <translation>Dynamische Ansichten</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>On-demand app generation enabled</source>
        <translation>On-Demand-App-Generierung aktiviert</translation>
    </message>
    <message>
        <source>Dynamic views enabled</source>
        <translation>Dynamische Ansichten aktiviert</translation>
    </message>
    <message>
        <source>Send the changed settings to the tenant (Ctrl+S)</source>
        <translation>Geänderte Einstellungen an den Mandanten senden (Strg+S)</translation>
    </message>
    <message>
        <source>Go back to the settings the tenant has</source>
        <translation>Zu den Einstellungen des Mandanten zurückkehren</translation>
    </message>
    <message>
        <source>Users can generate apps on demand from navigation links.</source>
        <translation>Benutzer können über Navigationslinks bei Bedarf Apps generieren.</translation>
    </message>
    <message>
        <source>Users can add dynamic views: charts of a template app fed by the selections made in another app.</source>
        <translation>Benutzer können dynamische Ansichten hinzufügen: Diagramme einer Vorlagen-App, die von den Auswahlen in einer anderen App gespeist werden.</translation>
    </message>
    <message>
        <source>Could not read the ODAG settings</source>
        <translation>Die ODAG-Einstellungen konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not find out whether you may change the ODAG settings</source>
        <translation>Es konnte nicht ermittelt werden, ob Sie die ODAG-Einstellungen ändern dürfen</translation>
    </message>
    <message>
        <source>Only tenant administrators can view or change the ODAG settings.</source>
        <translation>Nur Mandantenadministratoren können die ODAG-Einstellungen anzeigen oder ändern.</translation>
    </message>
    <message>
        <source>Could not find out whether you may change these settings.</source>
        <translation>Es konnte nicht ermittelt werden, ob Sie diese Einstellungen ändern dürfen.</translation>
    </message>
    <message>
        <source>The current settings could not be read, so they cannot be changed now.</source>
        <translation>Die aktuellen Einstellungen konnten nicht gelesen werden und können daher jetzt nicht geändert werden.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>You can change these settings.</source>
        <translation>Sie können diese Einstellungen ändern.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Saved at %1.</source>
        <translation>Gespeichert um %1.</translation>
    </message>
    <message>
        <source>ODAG settings saved</source>
        <translation>ODAG-Einstellungen gespeichert</translation>
    </message>
    <message>
        <source>Could not save the ODAG settings</source>
        <translation>Die ODAG-Einstellungen konnten nicht gespeichert werden</translation>
    </message>
    <message>
        <source>R&amp;evert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
</context>
<context>
    <name>odag::gui::PreviewPage</name>
    <message>
        <source>Sales, EMEA</source>
        <translation>Sales, EMEA</translation>
    </message>
    <message>
        <source>Analyzer, Developer</source>
        <translation>Analyzer, Developer</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <source>Value for this user</source>
        <translation>Wert für diesen Benutzer</translation>
    </message>
    <message>
        <source>Supplied by</source>
        <translation>Geliefert von</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Property values for the user</source>
        <translation>Eigenschaftswerte für den Benutzer</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation>Benutzer&amp;name:</translation>
    </message>
    <message>
        <source>&amp;Roles (comma-separated):</source>
        <translation>&amp;Rollen (durch Kommas getrennt):</translation>
    </message>
    <message>
        <source>The most specific matching context wins (one user, then a group or role, then User_*). Contexts the app cannot interpret never supply a value here; the real service might use them.</source>
        <translation>Der spezifischste passende Kontext gewinnt (ein Benutzer, dann eine Gruppe oder Rolle, dann User_*). Kontexte, die die App nicht interpretieren kann, liefern hier nie einen Wert; der echte Dienst könnte sie verwenden.</translation>
    </message>
    <message>
        <source>no matching context (default)</source>
        <translation>kein passender Kontext (Standard)</translation>
    </message>
    <message>
        <source>not set (default)</source>
        <translation>nicht festgelegt (Standard)</translation>
    </message>
    <message>
        <source>Several equally specific contexts match with different values</source>
        <translation>Mehrere gleich spezifische Kontexte passen mit unterschiedlichen Werten</translation>
    </message>
    <message>
        <source>Several matching contexts give different values</source>
        <translation>Mehrere passende Kontexte liefern unterschiedliche Werte</translation>
    </message>
    <message>
        <source>A context that may match would give another value</source>
        <translation>Ein möglicherweise passender Kontext würde einen anderen Wert liefern</translation>
    </message>
    <message>
        <source>Not interpreted: %1</source>
        <translation>Nicht interpretiert: %1</translation>
    </message>
    <message>
        <source>&amp;User ID:</source>
        <translation>Ben&amp;utzer-ID:</translation>
    </message>
    <message>
        <source>Gr&amp;oups (comma-separated):</source>
        <translation>&amp;Gruppen (durch Kommas getrennt):</translation>
    </message>
</context>
<context>
    <name>odag::gui::ProfileEditor</name>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>Tenant address</source>
        <translation>Mandantenadresse</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>New connection profile</source>
        <translation>Neues Verbindungsprofil</translation>
    </message>
    <message>
        <source>Edit profile %1</source>
        <translation>Profil %1 bearbeiten</translation>
    </message>
    <message>
        <source>Kind of tenant</source>
        <translation>Art des Mandanten</translation>
    </message>
    <message>
        <source>Qlik Cloud</source>
        <translation>Qlik Cloud</translation>
    </message>
    <message>
        <source>Qlik Sense Enterprise on Windows</source>
        <translation>Qlik Sense Enterprise on Windows</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>Anmeldemethode</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>A&amp;rt:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Sign in with:</source>
        <translation>Anmelden &amp;mit:</translation>
    </message>
    <message>
        <source>Keys and passwords are kept in the system keychain, never in the settings file.</source>
        <translation>Schlüssel und Kennwörter werden im Schlüsselbund des Systems gespeichert, niemals in der Einstellungsdatei.</translation>
    </message>
    <message>
        <source>This computer has no keychain: keys and passwords are kept only until ODAG Admin quits.</source>
        <translation>Dieser Computer hat keinen Schlüsselbund: Schlüssel und Kennwörter bleiben nur erhalten, bis ODAG Admin beendet wird.</translation>
    </message>
    <message>
        <source>Connect with what is typed here, without saving (Ctrl+T)</source>
        <translation>Mit den hier eingegebenen Angaben verbinden, ohne zu speichern (Strg+T)</translation>
    </message>
    <message>
        <source>Sign-in details</source>
        <translation>Anmeldedaten</translation>
    </message>
    <message>
        <source>Stored — leave empty to keep</source>
        <translation>Gespeichert – leer lassen, um beizubehalten</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the PEM private key file</source>
        <translation>Datei mit privatem PEM-Schlüssel auswählen</translation>
    </message>
    <message>
        <source>Choose the certificate file (PEM, PFX or P12)</source>
        <translation>Zertifikatdatei auswählen (PEM, PFX oder P12)</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Privater Schlüssel</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>Clientzertifikat</translation>
    </message>
    <message>
        <source>PEM keys (*.pem *.key);;All files (*)</source>
        <translation>PEM-Schlüssel (*.pem *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.pfx *.p12);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer *.pfx *.p12);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>An API key made in the tenant&apos;s profile settings (Settings › API keys)</source>
        <translation>Ein in den Profileinstellungen des Mandanten erstellter API-Schlüssel (Einstellungen › API-Schlüssel)</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>OAuth client ID</source>
        <translation>OAuth-Client-ID</translation>
    </message>
    <message>
        <source>Redirect port</source>
        <translation>Umleitungsport</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>beliebiger freier Port</translation>
    </message>
    <message>
        <source>OAuth &amp;client ID:</source>
        <translation>OAuth-&amp;Client-ID:</translation>
    </message>
    <message>
        <source>&amp;Redirect port:</source>
        <translation>&amp;Umleitungsport:</translation>
    </message>
    <message>
        <source>Header name</source>
        <translation>Header-Name</translation>
    </message>
    <message>
        <source>The header the virtual proxy reads the user from</source>
        <translation>Der Header, aus dem der virtuelle Proxy den Benutzer liest</translation>
    </message>
    <message>
        <source>User directory</source>
        <translation>Benutzerverzeichnis</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>&amp;Header:</source>
        <translation>&amp;Header:</translation>
    </message>
    <message>
        <source>User &amp;directory:</source>
        <translation>Benutzer&amp;verzeichnis:</translation>
    </message>
    <message>
        <source>&amp;User ID:</source>
        <translation>Ben&amp;utzer-ID:</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>Zertifikatdatei</translation>
    </message>
    <message>
        <source>Private key file</source>
        <translation>Datei mit privatem Schlüssel</translation>
    </message>
    <message>
        <source>Empty for a PFX/P12 file</source>
        <translation>Leer bei einer PFX/P12-Datei</translation>
    </message>
    <message>
        <source>Certificate password</source>
        <translation>Zertifikatkennwort</translation>
    </message>
    <message>
        <source>&amp;Certificate:</source>
        <translation>&amp;Zertifikat:</translation>
    </message>
    <message>
        <source>Private &amp;key:</source>
        <translation>Privater &amp;Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Kennwort:</translation>
    </message>
    <message>
        <source>Windows user</source>
        <translation>Windows-Benutzer</translation>
    </message>
    <message>
        <source>DOMAIN\user</source>
        <translation>DOMÄNE\Benutzer</translation>
    </message>
    <message>
        <source>Windows password</source>
        <translation>Windows-Kennwort</translation>
    </message>
    <message>
        <source>&amp;Windows user:</source>
        <translation>&amp;Windows-Benutzer:</translation>
    </message>
    <message>
        <source>OAuth sign-in in the browser</source>
        <translation>OAuth-Anmeldung im Browser</translation>
    </message>
    <message>
        <source>Header authentication (virtual proxy)</source>
        <translation>Header-Authentifizierung (virtueller Proxy)</translation>
    </message>
    <message>
        <source>Windows (NTLM)</source>
        <translation>Windows (NTLM)</translation>
    </message>
    <message>
        <source>The address of the Qlik Cloud tenant, as in the browser.</source>
        <translation>Die Adresse des Qlik Cloud-Mandanten, wie im Browser.</translation>
    </message>
    <message>
        <source>The Qlik Sense server with its virtual proxy prefix, if any; without /api/odag/v1.</source>
        <translation>Der Qlik Sense-Server mit dem Präfix seines virtuellen Proxys, falls vorhanden; ohne /api/odag/v1.</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Geben Sie dem Profil einen Namen.</translation>
    </message>
    <message>
        <source>Another profile is already called %1.</source>
        <translation>Ein anderes Profil heißt bereits %1.</translation>
    </message>
    <message>
        <source>Enter the tenant&apos;s address.</source>
        <translation>Geben Sie die Adresse des Mandanten ein.</translation>
    </message>
    <message>
        <source>This is not a web address: expected https://host.</source>
        <translation>Dies ist keine Webadresse: erwartet wird https://host.</translation>
    </message>
    <message>
        <source>Enter the API key.</source>
        <translation>Geben Sie den API-Schlüssel ein.</translation>
    </message>
    <message>
        <source>Enter the OAuth client ID registered in the tenant.</source>
        <translation>Geben Sie die im Mandanten registrierte OAuth-Client-ID ein.</translation>
    </message>
    <message>
        <source>Enter the header name (usually X-Qlik-User).</source>
        <translation>Geben Sie den Header-Namen ein (meist X-Qlik-User).</translation>
    </message>
    <message>
        <source>Enter the user ID.</source>
        <translation>Geben Sie die Benutzer-ID ein.</translation>
    </message>
    <message>
        <source>Enter the user directory.</source>
        <translation>Geben Sie das Benutzerverzeichnis ein.</translation>
    </message>
    <message>
        <source>Choose the certificate file.</source>
        <translation>Wählen Sie die Zertifikatdatei aus.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Die Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Enter the Windows user as DOMAIN\user.</source>
        <translation>Geben Sie den Windows-Benutzer als DOMÄNE\Benutzer ein.</translation>
    </message>
    <message>
        <source>Enter the Windows password.</source>
        <translation>Geben Sie das Windows-Kennwort ein.</translation>
    </message>
    <message>
        <source>The profile was not saved: %1</source>
        <translation>Das Profil wurde nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>odag::gui::ProfileManagerDialog</name>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>OAuth sign-in</source>
        <translation>OAuth-Anmeldung</translation>
    </message>
    <message>
        <source>Header authentication</source>
        <translation>Header-Authentifizierung</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>Clientzertifikat</translation>
    </message>
    <message>
        <source>Windows (NTLM)</source>
        <translation>Windows (NTLM)</translation>
    </message>
    <message>
        <source>Qlik Cloud</source>
        <translation>Qlik Cloud</translation>
    </message>
    <message>
        <source>Qlik Sense Enterprise</source>
        <translation>Qlik Sense Enterprise</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>Add a connection profile (Ctrl+N)</source>
        <translation>Verbindungsprofil hinzufügen (Strg+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected profile</source>
        <translation>Ausgewähltes Profil bearbeiten</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>Copy the selected profile with its settings and secrets</source>
        <translation>Ausgewähltes Profil mit seinen Einstellungen und Geheimnissen kopieren</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Remove the selected profile with its secrets (Del)</source>
        <translation>Ausgewähltes Profil mit seinen Geheimnissen entfernen (Entf)</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Connect with the selected profile and show what it may do (Ctrl+T)</source>
        <translation>Mit dem ausgewählten Profil verbinden und anzeigen, was es darf (Strg+T)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the selected profile in the window</source>
        <translation>Ausgewähltes Profil im Fenster öffnen</translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation>Verbindungsprofile</translation>
    </message>
    <message>
        <source>%1 (built in)</source>
        <translation>%1 (integriert)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Built-in profiles cannot be copied: the sandbox&apos;s address changes every time ODAG Admin starts.</source>
        <translation>Integrierte Profile können nicht kopiert werden: Die Adresse der Sandbox ändert sich bei jedem Start von ODAG Admin.</translation>
    </message>
    <message>
        <source>No profile is selected.</source>
        <translation>Kein Profil ausgewählt.</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1&lt;br&gt;%2&lt;br&gt;Sign in with: %3&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1&lt;br&gt;%2&lt;br&gt;Anmelden mit: %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Built in: always there, not editable.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Integriert: immer vorhanden, nicht bearbeitbar.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;%n trusted server certificate(s).&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%n vertrauenswürdiges Serverzertifikat.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%n vertrauenswürdige Serverzertifikate.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Copied %1 with its settings and secrets as %2.</source>
        <translation>%1 wurde mit seinen Einstellungen und Geheimnissen als %2 kopiert.</translation>
    </message>
    <message>
        <source>The copy has no secrets: %1</source>
        <translation>Die Kopie hat keine Geheimnisse: %1</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Profil entfernen</translation>
    </message>
    <message>
        <source>Remove the profile %1 with its stored key or password and its trusted certificates? This cannot be undone.</source>
        <translation>Das Profil %1 mit seinem gespeicherten Schlüssel oder Kennwort und seinen vertrauenswürdigen Zertifikaten entfernen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>The profile %1 is removed, but a secret stayed in the keychain: %2</source>
        <translation>Das Profil %1 wurde entfernt, aber ein Geheimnis ist im Schlüsselbund verblieben: %2</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 wurde entfernt.</translation>
    </message>
</context>
<context>
    <name>odag::gui::PropertiesPage</name>
    <message>
        <source>&amp;Add context</source>
        <translation>Kontext &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Context-scoped properties</source>
        <translation>Kontextbezogene Eigenschaften</translation>
    </message>
    <message>
        <source>User_*, User.group = Sales, User.role = Analyzer…</source>
        <translation>User_*, User.group = Sales, User.role = Analyzer…</translation>
    </message>
    <message>
        <source>New context expression</source>
        <translation>Neuer Kontextausdruck</translation>
    </message>
    <message>
        <source>Add a row for the context typed beside it</source>
        <translation>Eine Zeile für den daneben eingegebenen Kontext hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected context and all its entries</source>
        <translation>Ausgewählten Kontext mit allen seinen Einträgen entfernen</translation>
    </message>
    <message>
        <source>Remove the selected property&apos;s entry for this context (Delete)</source>
        <translation>Eintrag der ausgewählten Eigenschaft für diesen Kontext entfernen (Entf)</translation>
    </message>
    <message>
        <source>Each property is a list of {context, value} entries. One row per context; an empty cell means the property has no entry for that context. Double-click a cell to edit it.</source>
        <translation>Jede Eigenschaft ist eine Liste von {context, value}-Einträgen. Eine Zeile pro Kontext; eine leere Zelle bedeutet, dass die Eigenschaft für diesen Kontext keinen Eintrag hat. Doppelklicken Sie auf eine Zelle, um sie zu bearbeiten.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>Generated app name for this context: %1</source>
        <translation>Name der generierten App für diesen Kontext: %1</translation>
    </message>
    <message>
        <source>Clear c&amp;ell</source>
        <translation>Zelle lee&amp;ren</translation>
    </message>
</context>
<context>
    <name>odag::gui::PropertyDelegate</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Sheet ID</source>
        <translation>Blatt-ID</translation>
    </message>
    <message>
        <source>Restrict</source>
        <translation>Einschränken</translation>
    </message>
    <message>
        <source>Auto-delete oldest</source>
        <translation>Älteste automatisch löschen</translation>
    </message>
    <message>
        <source>New tab</source>
        <translation>Neuer Tab</translation>
    </message>
    <message>
        <source>New window</source>
        <translation>Neues Fenster</translation>
    </message>
</context>
<context>
    <name>odag::gui::PropertyMatrixModel</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>no minimum</source>
        <translation>kein Minimum</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>Which users an entry applies to: User_* (everyone) or User.group = …</source>
        <translation>Für welche Benutzer ein Eintrag gilt: User_* (alle) oder User.group = …</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>property name (its name in the API)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>odag::gui::QseAboutPanel</name>
    <message>
        <source>loading…</source>
        <translation>wird geladen…</translation>
    </message>
    <message>
        <source>ODAG service</source>
        <translation>ODAG-Dienst</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>API stability:</source>
        <translation>API-Stabilität:</translation>
    </message>
    <message>
        <source>Links:</source>
        <translation>Links:</translation>
    </message>
    <message>
        <source>Requests:</source>
        <translation>Anforderungen:</translation>
    </message>
    <message>
        <source>&lt;p&gt;This is a Qlik Sense Enterprise on Windows site. The ODAG settings, the lists of selection, template and generated apps and the engine health figures are Qlik Cloud APIs, so they are not shown here.&lt;/p&gt;&lt;p&gt;On Qlik Sense Enterprise, ODAG is switched on and tuned in the QMC (On-demand app service), and the engines are watched with the monitoring apps.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Dies ist eine Qlik Sense Enterprise on Windows-Site. Die ODAG-Einstellungen, die Listen der Auswahl-, Vorlagen- und generierten Apps sowie die Kennzahlen zum Engine-Zustand sind Qlik Cloud-APIs und werden daher hier nicht angezeigt.&lt;/p&gt;&lt;p&gt;In Qlik Sense Enterprise wird ODAG in der QMC (On-Demand-App-Dienst) aktiviert und eingestellt, und die Engines werden mit den Überwachungs-Apps überwacht.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Could not read the ODAG service&apos;s version</source>
        <translation>Die Version des ODAG-Dienstes konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not list the ODAG links</source>
        <translation>Die ODAG-Links konnten nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>Could not list the ODAG requests</source>
        <translation>Die ODAG-Anforderungen konnten nicht aufgelistet werden</translation>
    </message>
</context>
<context>
    <name>odag::gui::RangeEditor</name>
    <message>
        <source>no minimum</source>
        <translation>kein Minimum</translation>
    </message>
    <message>
        <source>maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>Lowest row estimate</source>
        <translation>Niedrigste Zeilenschätzung</translation>
    </message>
    <message>
        <source>Highest row estimate</source>
        <translation>Höchste Zeilenschätzung</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
</context>
<context>
    <name>odag::gui::ReloadLogDialog</name>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Reload log — %1</source>
        <translation>Neuladeprotokoll — %1</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>Protokoll durchsuchen</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Suchen…</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Nächster Treffer (F3)</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Vorheriger Treffer (Umschalt+F3)</translation>
    </message>
    <message>
        <source>Reload log</source>
        <translation>Neuladeprotokoll</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Progress log of the reload</source>
        <translation>Fortschrittsprotokoll des Neuladevorgangs</translation>
    </message>
    <message>
        <source>Progress log of the reload; reading the full script log…</source>
        <translation>Fortschrittsprotokoll des Neuladevorgangs; das vollständige Skriptprotokoll wird gelesen…</translation>
    </message>
    <message>
        <source>Script log of the reload</source>
        <translation>Skriptprotokoll des Neuladevorgangs</translation>
    </message>
    <message>
        <source>Progress log of the reload (the script log is empty)</source>
        <translation>Fortschrittsprotokoll des Neuladevorgangs (das Skriptprotokoll ist leer)</translation>
    </message>
    <message>
        <source>Progress log of the reload. The script log could not be read: %1</source>
        <translation>Fortschrittsprotokoll des Neuladevorgangs. Das Skriptprotokoll konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>odag::gui::ReloadsModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>teilweise</translation>
    </message>
    <message>
        <source>full</source>
        <translation>vollständig</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Laden</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Log or error</source>
        <translation>Protokoll oder Fehler</translation>
    </message>
</context>
<context>
    <name>odag::gui::ReloadsWorkspace</name>
    <message>
        <source>&lt;h2&gt;No reloads here&lt;/h2&gt;&lt;p&gt;The reloads API is a Qlik Cloud feature; this profile is a Qlik Sense Enterprise server, where reloads run as tasks of the QMC.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Keine Neuladevorgänge verfügbar&lt;/h2&gt;&lt;p&gt;Die Reloads-API ist eine Funktion von Qlik Cloud; dieses Profil ist ein Qlik Sense Enterprise-Server, auf dem Neuladevorgänge als Aufgaben der QMC ausgeführt werden.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>Mehr laden</translation>
    </message>
    <message>
        <source>&amp;Reload app…</source>
        <translation>App &amp;neu laden…</translation>
    </message>
    <message>
        <source>Start a reload of the app, with variables if you like (Ctrl+R)</source>
        <translation>Neuladen der App starten, auf Wunsch mit Variablen (Strg+R)</translation>
    </message>
    <message>
        <source>&amp;Cancel reload</source>
        <translation>Neuladen &amp;abbrechen</translation>
    </message>
    <message>
        <source>Cancel the selected queued or running reload (Ctrl+Shift+X)</source>
        <translation>Ausgewählten wartenden oder laufenden Neuladevorgang abbrechen (Strg+Umschalt+X)</translation>
    </message>
    <message>
        <source>View &amp;log…</source>
        <translation>&amp;Protokoll anzeigen…</translation>
    </message>
    <message>
        <source>Show the log of the selected reload (Ctrl+Shift+G, or double-click)</source>
        <translation>Protokoll des ausgewählten Neuladevorgangs anzeigen (Strg+Umschalt+G oder Doppelklick)</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Read the apps and reloads again (F5)</source>
        <translation>Apps und Neuladevorgänge erneut lesen (F5)</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>The app whose reloads are shown; type to search</source>
        <translation>Die App, deren Neuladevorgänge angezeigt werden; zum Suchen tippen</translation>
    </message>
    <message>
        <source>Loading apps…</source>
        <translation>Apps werden geladen…</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Read the next page of reloads</source>
        <translation>Nächste Seite der Neuladevorgänge lesen</translation>
    </message>
    <message>
        <source>App:</source>
        <translation>App:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Reloads</source>
        <translation>Neuladevorgänge</translation>
    </message>
    <message>
        <source>Could not read the reloads of the app</source>
        <translation>Die Neuladevorgänge der App konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not follow a running reload</source>
        <translation>Ein laufender Neuladevorgang konnte nicht verfolgt werden</translation>
    </message>
    <message>
        <source>Reload %1 ended: %2</source>
        <translation>Neuladevorgang %1 beendet: %2</translation>
    </message>
    <message>
        <source>Could not read the apps of the tenant</source>
        <translation>Die Apps des Mandanten konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>No apps</source>
        <translation>Keine Apps</translation>
    </message>
    <message>
        <source>Choose an app</source>
        <translation>App auswählen</translation>
    </message>
    <message>
        <source>No apps in this tenant</source>
        <translation>Keine Apps in diesem Mandanten</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message numerus="yes">
        <source>Following %n running reload(s)…</source>
        <translation>
            <numerusform>%n laufender Neuladevorgang wird verfolgt…</numerusform>
            <numerusform>%n laufende Neuladevorgänge werden verfolgt…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reload(s)</source>
        <translation>
            <numerusform>%n Neuladevorgang</numerusform>
            <numerusform>%n Neuladevorgänge</numerusform>
        </translation>
    </message>
    <message>
        <source>Reload %1 queued</source>
        <translation>Neuladevorgang %1 in Warteschlange gestellt</translation>
    </message>
    <message>
        <source>The reload %1 has already ended and cannot be cancelled</source>
        <translation>Der Neuladevorgang %1 ist bereits beendet und kann nicht abgebrochen werden</translation>
    </message>
    <message>
        <source>Could not cancel the reload %1</source>
        <translation>Der Neuladevorgang %1 konnte nicht abgebrochen werden</translation>
    </message>
    <message>
        <source>The reload %1 was already being cancelled</source>
        <translation>Der Neuladevorgang %1 wird bereits abgebrochen</translation>
    </message>
    <message>
        <source>Cancelling the reload %1…</source>
        <translation>Neuladevorgang %1 wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>odag::gui::RenameAppDialog</name>
    <message>
        <source>Rename generated app</source>
        <translation>Generierte App umbenennen</translation>
    </message>
    <message>
        <source>New app name</source>
        <translation>Neuer App-Name</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>&amp;New name:</source>
        <translation>&amp;Neuer Name:</translation>
    </message>
</context>
<context>
    <name>odag::gui::RequestActions</name>
    <message>
        <source>A multiple request has no app of its own: select its sub-requests to act on their apps.</source>
        <translation>Eine Mehrfachanforderung hat keine eigene App: Wählen Sie ihre Teilanforderungen aus, um Aktionen für deren Apps auszuführen.</translation>
    </message>
    <message>
        <source>This request has no generated app (it is %1).</source>
        <translation>Diese Anforderung hat keine generierte App (Status: %1).</translation>
    </message>
    <message>
        <source>The request is still %1: its app can be used once the request has finished.</source>
        <translation>Die Anforderung hat noch den Status %1: Ihre App ist verwendbar, sobald die Anforderung abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation>Anforderung abbrechen</translation>
    </message>
    <message>
        <source>Pause request</source>
        <translation>Anforderung anhalten</translation>
    </message>
    <message>
        <source>Resume request</source>
        <translation>Anforderung fortsetzen</translation>
    </message>
    <message>
        <source>Acknowledge cancellation</source>
        <translation>Abbruch bestätigen</translation>
    </message>
    <message>
        <source>Acknowledge failure</source>
        <translation>Fehler bestätigen</translation>
    </message>
    <message>
        <source>Reload generated app</source>
        <translation>Generierte App neu laden</translation>
    </message>
    <message>
        <source>Rename generated app</source>
        <translation>Generierte App umbenennen</translation>
    </message>
    <message>
        <source>Delete generated app</source>
        <translation>Generierte App löschen</translation>
    </message>
    <message>
        <source>Open generated app in the browser</source>
        <translation>Generierte App im Browser öffnen</translation>
    </message>
    <message>
        <source>The request is loading: cancel is effective only before the data load starts.</source>
        <translation>Die Anforderung wird geladen: Ein Abbruch wirkt nur vor Beginn des Datenladevorgangs.</translation>
    </message>
    <message>
        <source>Only a validating, queued or paused request can be cancelled; this one is %1.</source>
        <translation>Nur eine Anforderung, die validiert wird, in der Warteschlange steht oder angehalten ist, kann abgebrochen werden; diese hat den Status %1.</translation>
    </message>
    <message>
        <source>Pausing requests is not available on Qlik Sense Enterprise.</source>
        <translation>Das Anhalten von Anforderungen ist unter Qlik Sense Enterprise nicht verfügbar.</translation>
    </message>
    <message>
        <source>Only a queued request can be paused; this one is %1.</source>
        <translation>Nur eine Anforderung in der Warteschlange kann angehalten werden; diese hat den Status %1.</translation>
    </message>
    <message>
        <source>Resuming requests is not available on Qlik Sense Enterprise.</source>
        <translation>Das Fortsetzen von Anforderungen ist unter Qlik Sense Enterprise nicht verfügbar.</translation>
    </message>
    <message>
        <source>Only a paused request can be resumed; this one is %1.</source>
        <translation>Nur eine angehaltene Anforderung kann fortgesetzt werden; diese hat den Status %1.</translation>
    </message>
    <message>
        <source>Acknowledging a cancellation is not available on Qlik Sense Enterprise.</source>
        <translation>Das Bestätigen eines Abbruchs ist unter Qlik Sense Enterprise nicht verfügbar.</translation>
    </message>
    <message>
        <source>Only a canceled request can be acknowledged as canceled; this one is %1.</source>
        <translation>Nur eine abgebrochene Anforderung kann als abgebrochen bestätigt werden; diese hat den Status %1.</translation>
    </message>
    <message>
        <source>Acknowledging a failure is not available on Qlik Sense Enterprise.</source>
        <translation>Das Bestätigen eines Fehlers ist unter Qlik Sense Enterprise nicht verfügbar.</translation>
    </message>
    <message>
        <source>Only a failed request can be acknowledged as failed; this one is %1.</source>
        <translation>Nur eine fehlgeschlagene Anforderung kann als fehlgeschlagen bestätigt werden; diese hat den Status %1.</translation>
    </message>
    <message>
        <source>Unknown action.</source>
        <translation>Unbekannte Aktion.</translation>
    </message>
    <message>
        <source>No browser could open %1.</source>
        <translation>Kein Browser konnte %1 öffnen.</translation>
    </message>
</context>
<context>
    <name>odag::gui::RequestActionsController</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not connected to a tenant.</source>
        <translation>Nicht mit einem Mandanten verbunden.</translation>
    </message>
    <message>
        <source>%1: select one or more requests first.</source>
        <translation>%1: Wählen Sie zuerst eine oder mehrere Anforderungen aus.</translation>
    </message>
    <message>
        <source>%1: wait until the running action has finished.</source>
        <translation>%1: Warten Sie, bis die laufende Aktion abgeschlossen ist.</translation>
    </message>
    <message>
        <source>%1: select only one request to rename its app.</source>
        <translation>%1: Wählen Sie nur eine Anforderung aus, um ihre App umzubenennen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: not possible for any of the %n selected requests. For example: %2</source>
        <translation>
            <numerusform>%1: für die %n ausgewählte Anforderung nicht möglich. Zum Beispiel: %2</numerusform>
            <numerusform>%1: für keine der %n ausgewählten Anforderungen möglich. Zum Beispiel: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: applies to %2 of the %n selected requests.</source>
        <translation>
            <numerusform>%1: gilt für %2 von %n ausgewählten Anforderungen.</numerusform>
            <numerusform>%1: gilt für %2 von %n ausgewählten Anforderungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete generated app</source>
        <translation>Generierte App löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete the generated app of %n request(s)? The app and its data are removed from the tenant; this cannot be undone.</source>
        <translation>
            <numerusform>Generierte App von %n Anforderung löschen? Die App und ihre Daten werden aus dem Mandanten entfernt; dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>Generierte Apps von %n Anforderungen löschen? Die Apps und ihre Daten werden aus dem Mandanten entfernt; dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failed for %2: %3</source>
        <translation>%1 für %2 fehlgeschlagen: %3</translation>
    </message>
</context>
<context>
    <name>odag::gui::RequestDetailsPanel</name>
    <message>
        <source>Request</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Generated app</source>
        <translation>Generierte App</translation>
    </message>
    <message>
        <source>Template app</source>
        <translation>Vorlagen-App</translation>
    </message>
    <message>
        <source>Selection app</source>
        <translation>Auswahl-App</translation>
    </message>
    <message>
        <source>Sheet (requested / target)</source>
        <translation>Arbeitsblatt (angefordert / Ziel)</translation>
    </message>
    <message>
        <source>Row estimate</source>
        <translation>Zeilenschätzung</translation>
    </message>
    <message>
        <source>Row estimate expression</source>
        <translation>Ausdruck für Zeilenschätzung</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Aufbewahrung</translation>
    </message>
    <message>
        <source>Parent request</source>
        <translation>Übergeordnete Anforderung</translation>
    </message>
    <message>
        <source>Binding / selection state hash</source>
        <translation>Hash von Bindung / Auswahlstatus</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Data load</source>
        <translation>Datenladevorgang</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Load host</source>
        <translation>Lade-Host</translation>
    </message>
    <message>
        <source>Started / finished</source>
        <translation>Gestartet / beendet</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>Selections the request was made with</source>
        <translation>Auswahlen, mit denen die Anforderung gestellt wurde</translation>
    </message>
    <message>
        <source>Selections of the request</source>
        <translation>Auswahlen der Anforderung</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) selected</source>
        <translation>
            <numerusform>%n Anforderung ausgewählt</numerusform>
            <numerusform>%n Anforderungen ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a request to see its details.</source>
        <translation>Wählen Sie eine Anforderung aus, um ihre Details anzuzeigen.</translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>Anforderung %1</translation>
    </message>
    <message>
        <source>kept until deleted</source>
        <translation>bis zum Löschen aufbewahrt</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) left</source>
        <translation>
            <numerusform>noch %n Minute</numerusform>
            <numerusform>noch %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>no purge</source>
        <translation>keine Bereinigung</translation>
    </message>
    <message numerus="yes">
        <source>lives %n minute(s)</source>
        <translation>
            <numerusform>Lebensdauer %n Minute</numerusform>
            <numerusform>Lebensdauer %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>purged after %1</source>
        <translation>bereinigt nach %1</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No data load yet</source>
        <translation>Noch kein Datenladevorgang</translation>
    </message>
    <message>
        <source>No validation messages.</source>
        <translation>Keine Validierungsmeldungen.</translation>
    </message>
    <message>
        <source>Qlik Sense Enterprise does not report a request&apos;s selections through its ODAG API.</source>
        <translation>Qlik Sense Enterprise gibt die Auswahlen einer Anforderung nicht über seine ODAG-API aus.</translation>
    </message>
    <message>
        <source>Reading the selections…</source>
        <translation>Auswahlen werden gelesen…</translation>
    </message>
    <message>
        <source>Could not read the selections: %1</source>
        <translation>Die Auswahlen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>no values</source>
        <translation>keine Werte</translation>
    </message>
    <message>
        <source>The request was made without selections.</source>
        <translation>Die Anforderung wurde ohne Auswahlen gestellt.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n Feld</numerusform>
            <numerusform>%n Felder</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>odag::gui::RequestFormat</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 (%2–%3)</source>
        <translation>%1 (%2–%3)</translation>
    </message>
    <message>
        <source>%1 (≤ %2)</source>
        <translation>%1 (≤ %2)</translation>
    </message>
</context>
<context>
    <name>odag::gui::RequestMonitor</name>
    <message>
        <source>Could not refresh the requests.</source>
        <translation>Die Anforderungen konnten nicht aktualisiert werden.</translation>
    </message>
    <message>
        <source>Could not refresh the requests of link %1.</source>
        <translation>Die Anforderungen von Link %1 konnten nicht aktualisiert werden.</translation>
    </message>
    <message>
        <source>Could not read request %1.</source>
        <translation>Anforderung %1 konnte nicht gelesen werden.</translation>
    </message>
    <message numerus="yes">
        <source>The tenant asked to slow down (rate limit). Every request is kept; live updates retry in %n s.</source>
        <translation>
            <numerusform>Der Mandant hat um Drosselung gebeten (Ratenlimit). Alle Anforderungen bleiben erhalten; Live-Aktualisierungen werden in %n s erneut versucht.</numerusform>
            <numerusform>Der Mandant hat um Drosselung gebeten (Ratenlimit). Alle Anforderungen bleiben erhalten; Live-Aktualisierungen werden in %n s erneut versucht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 Every request is kept; live updates retry in %n s.</source>
        <translation>
            <numerusform>%1 %2 Alle Anforderungen bleiben erhalten; Live-Aktualisierungen werden in %n s erneut versucht.</numerusform>
            <numerusform>%1 %2 Alle Anforderungen bleiben erhalten; Live-Aktualisierungen werden in %n s erneut versucht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not list the links: %1</source>
        <translation>Die Links konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>Some links&apos; requests could not be read: %1</source>
        <translation>Die Anforderungen einiger Links konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Could not list the requests: %1</source>
        <translation>Die Anforderungen konnten nicht aufgelistet werden: %1</translation>
    </message>
</context>
<context>
    <name>odag::gui::RequestOpsBinder</name>
    <message>
        <source>Submit request…</source>
        <translation>Anforderung senden…</translation>
    </message>
    <message>
        <source>Notify when done</source>
        <translation>Bei Abschluss benachrichtigen</translation>
    </message>
    <message>
        <source>Submit a generation request for a link, to test it without the Sense client (%1)</source>
        <translation>Generierungsanforderung für einen Link senden, um ihn ohne Sense-Client zu testen (%1)</translation>
    </message>
    <message>
        <source>Show a desktop notification when the selected requests succeed or fail (%1)</source>
        <translation>Desktopbenachrichtigung anzeigen, wenn die ausgewählten Anforderungen erfolgreich sind oder fehlschlagen (%1)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitachse</translation>
    </message>
</context>
<context>
    <name>odag::gui::RequestsModel</name>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Generated app</source>
        <translation>Generierte App</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Rows (bounds)</source>
        <translation>Zeilen (Grenzen)</translation>
    </message>
    <message>
        <source>Load host</source>
        <translation>Lade-Host</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>odag::gui::RequestsWorkspace</name>
    <message>
        <source>Generation requests</source>
        <translation>Generierungsanforderungen</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Überwachung</translation>
    </message>
    <message>
        <source>Loading requests…</source>
        <translation>Anforderungen werden geladen…</translation>
    </message>
    <message>
        <source>Pause live updates</source>
        <translation>Live-Aktualisierungen anhalten</translation>
    </message>
    <message>
        <source>Stop or restart the automatic refresh (Ctrl+Shift+P)</source>
        <translation>Automatische Aktualisierung anhalten oder neu starten (Strg+Umschalt+P)</translation>
    </message>
    <message>
        <source>Resume live updates</source>
        <translation>Live-Aktualisierungen fortsetzen</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Jetzt aktualisieren</translation>
    </message>
    <message>
        <source>Ask the tenant for changes now (F5)</source>
        <translation>Mandanten jetzt nach Änderungen abfragen (F5)</translation>
    </message>
    <message>
        <source>Refresh every</source>
        <translation>Aktualisieren alle</translation>
    </message>
    <message>
        <source>Refresh interval</source>
        <translation>Aktualisierungsintervall</translation>
    </message>
    <message>
        <source>How often to look for changes while requests are running; the monitor looks less often when nothing happens and when the rate limit is near</source>
        <translation>Wie oft bei laufenden Anforderungen nach Änderungen gesucht wird; die Überwachung sucht seltener, wenn nichts passiert und wenn das Ratenlimit nahe ist</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Search ID, owner, app, error… (Ctrl+F)</source>
        <translation>ID, Eigentümer, App, Fehler suchen… (Strg+F)</translation>
    </message>
    <message>
        <source>Search requests</source>
        <translation>Anforderungen durchsuchen</translation>
    </message>
    <message>
        <source>Filter by state</source>
        <translation>Nach Status filtern</translation>
    </message>
    <message>
        <source>Show only requests in the checked states</source>
        <translation>Nur Anforderungen mit den markierten Status anzeigen</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation>Nach Art filtern</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Filter by link</source>
        <translation>Nach Link filtern</translation>
    </message>
    <message>
        <source>All links</source>
        <translation>Alle Links</translation>
    </message>
    <message>
        <source>Filter by owner</source>
        <translation>Nach Eigentümer filtern</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Alle Eigentümer</translation>
    </message>
    <message>
        <source>Filter by creation time</source>
        <translation>Nach Erstellungszeit filtern</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Letzte Woche</translation>
    </message>
    <message>
        <source>Between…</source>
        <translation>Zwischen…</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>Erstellt ab</translation>
    </message>
    <message>
        <source>Created until</source>
        <translation>Erstellt bis</translation>
    </message>
    <message numerus="yes">
        <source>%n state(s)</source>
        <translation>
            <numerusform>%n Status</numerusform>
            <numerusform>%n Status</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Paused while the window is hidden</source>
        <translation>Angehalten, solange das Fenster ausgeblendet ist</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n Anforderung</numerusform>
            <numerusform>%n Anforderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · last refresh %2 · %n call(s)/min · %3</source>
        <translation>
            <numerusform>%1 · letzte Aktualisierung %2 · %n Aufruf/min · %3</numerusform>
            <numerusform>%1 · letzte Aktualisierung %2 · %n Aufrufe/min · %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · last refresh %2 · %n call(s)/min · Tier 1 budget %3 % · %4</source>
        <translation>
            <numerusform>%1 · letzte Aktualisierung %2 · %n Aufruf/min · Budget Tier 1 %3 % · %4</numerusform>
            <numerusform>%1 · letzte Aktualisierung %2 · %n Aufrufe/min · Budget Tier 1 %3 % · %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n top-level row(s) shown</source>
        <translation>
            <numerusform>%1 · %n Zeile der obersten Ebene angezeigt</numerusform>
            <numerusform>%1 · %n Zeilen der obersten Ebene angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>The requests could not be loaded.</source>
        <translation>Die Anforderungen konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anforderungen</translation>
    </message>
    <message>
        <source>Loading requests… %1 of %2</source>
        <translation>Anforderungen werden geladen… %1 von %2</translation>
    </message>
</context>
<context>
    <name>odag::gui::RetentionEditor</name>
    <message>
        <source>PT24H, P7D or unlimited</source>
        <translation>PT24H, P7D oder unlimited</translation>
    </message>
    <message>
        <source>Retention time</source>
        <translation>Aufbewahrungsdauer</translation>
    </message>
</context>
<context>
    <name>odag::gui::SessionFactory</name>
    <message>
        <source>No API key is stored for the profile %1. Edit the profile and enter the key.</source>
        <translation>Für das Profil %1 ist kein API-Schlüssel gespeichert. Bearbeiten Sie das Profil, und geben Sie den Schlüssel ein.</translation>
    </message>
    <message>
        <source>The profile %1 is signed out. Sign in to open it.</source>
        <translation>Das Profil %1 ist abgemeldet. Melden Sie sich an, um es zu öffnen.</translation>
    </message>
    <message>
        <source>No Windows password is stored for the profile %1. Edit the profile and enter it.</source>
        <translation>Für das Profil %1 ist kein Windows-Kennwort gespeichert. Bearbeiten Sie das Profil, und geben Sie es ein.</translation>
    </message>
    <message>
        <source>The profile %1 has no valid address.</source>
        <translation>Das Profil %1 hat keine gültige Adresse.</translation>
    </message>
    <message>
        <source>The sign-in to %1 was cancelled.</source>
        <translation>Die Anmeldung bei %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The server refused the Windows sign-in of %1. Check the user name and password of the profile %2.</source>
        <translation>Der Server hat die Windows-Anmeldung von %1 abgelehnt. Prüfen Sie Benutzername und Kennwort des Profils %2.</translation>
    </message>
    <message>
        <source>The tenant refused the credentials of the profile %1 (401 Unauthorized): %2</source>
        <translation>Der Mandant hat die Anmeldeinformationen des Profils %1 abgelehnt (401 Unauthorized): %2</translation>
    </message>
</context>
<context>
    <name>odag::gui::SpaceAssignmentsModel</name>
    <message>
        <source>Member type</source>
        <translation>Mitgliedstyp</translation>
    </message>
    <message>
        <source>User or group ID</source>
        <translation>Benutzer- oder Gruppen-ID</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
</context>
<context>
    <name>odag::gui::SpaceDetailsPanel</name>
    <message>
        <source>&amp;Add member…</source>
        <translation>Mitglied hin&amp;zufügen…</translation>
    </message>
    <message>
        <source>Change &amp;roles…</source>
        <translation>&amp;Rollen ändern…</translation>
    </message>
    <message>
        <source>Re&amp;move member</source>
        <translation>Mitglied &amp;entfernen</translation>
    </message>
    <message>
        <source>Members of the space</source>
        <translation>Mitglieder des Bereichs</translation>
    </message>
    <message>
        <source>Give a user or group roles in this space (Ctrl+Shift+A)</source>
        <translation>Einem Benutzer oder einer Gruppe Rollen in diesem Bereich zuweisen (Strg+Umschalt+A)</translation>
    </message>
    <message>
        <source>Change the roles of the selected member</source>
        <translation>Rollen des ausgewählten Mitglieds ändern</translation>
    </message>
    <message>
        <source>Take the selected member out of this space</source>
        <translation>Ausgewähltes Mitglied aus diesem Bereich entfernen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Members&lt;/b&gt;</source>
        <translation>&lt;b&gt;Mitglieder&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Could not read the members of the space</source>
        <translation>Die Mitglieder des Bereichs konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No space selected&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Kein Bereich ausgewählt&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Select a space to see its details and members.</source>
        <translation>Wählen Sie einen Bereich aus, um seine Details und Mitglieder anzuzeigen.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>(personal space)</source>
        <translation>(persönlicher Bereich)</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Eigentümer:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Aktualisiert:</translation>
    </message>
    <message>
        <source>Your roles:</source>
        <translation>Ihre Rollen:</translation>
    </message>
    <message>
        <source>You may not manage the members of this space.</source>
        <translation>Sie dürfen die Mitglieder dieses Bereichs nicht verwalten.</translation>
    </message>
    <message>
        <source>Added %1 to the space</source>
        <translation>%1 zum Bereich hinzugefügt</translation>
    </message>
    <message>
        <source>Changed the roles of %1</source>
        <translation>Rollen von %1 geändert</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Mitglied entfernen</translation>
    </message>
    <message>
        <source>Take %1 out of the space &quot;%2&quot;? They lose the roles %3 there.</source>
        <translation>%1 aus dem Bereich „%2“ entfernen? Dadurch gehen dort die Rollen %3 verloren.</translation>
    </message>
    <message>
        <source>Could not remove %1</source>
        <translation>%1 konnte nicht entfernt werden</translation>
    </message>
    <message>
        <source>Removed %1 from the space</source>
        <translation>%1 aus dem Bereich entfernt</translation>
    </message>
</context>
<context>
    <name>odag::gui::SpaceDialog</name>
    <message>
        <source>New space</source>
        <translation>Neuer Bereich</translation>
    </message>
    <message>
        <source>Edit space</source>
        <translation>Bereich bearbeiten</translation>
    </message>
    <message>
        <source>Space name</source>
        <translation>Bereichsname</translation>
    </message>
    <message>
        <source>1-256 characters, none of &quot; * ? &lt; &gt; / | \ :</source>
        <translation>1-256 Zeichen, keines von &quot; * ? &lt; &gt; / | \ :</translation>
    </message>
    <message>
        <source>Space type</source>
        <translation>Bereichstyp</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>%1
Roles: %2</source>
        <translation>%1
Rollen: %2</translation>
    </message>
    <message>
        <source>The name cannot be used: %1</source>
        <translation>Der Name kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>Could not create the space</source>
        <translation>Der Bereich konnte nicht erstellt werden</translation>
    </message>
    <message>
        <source>Could not save the space</source>
        <translation>Der Bereich konnte nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>odag::gui::SpaceRoleCatalog</name>
    <message>
        <source>Members develop apps together.</source>
        <translation>Mitglieder entwickeln gemeinsam Apps.</translation>
    </message>
    <message>
        <source>Finished apps are published here for consumers; content is controlled.</source>
        <translation>Fertige Apps werden hier für Nutzer veröffentlicht; der Inhalt wird kontrolliert.</translation>
    </message>
    <message>
        <source>Holds data connections and data files that apps load from.</source>
        <translation>Enthält Datenverbindungen und Datendateien, aus denen Apps laden.</translation>
    </message>
    <message>
        <source>A space type this version does not know (%1).</source>
        <translation>Ein dieser Version unbekannter Bereichstyp (%1).</translation>
    </message>
</context>
<context>
    <name>odag::gui::SpacesModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
</context>
<context>
    <name>odag::gui::SpacesWorkspace</name>
    <message>
        <source>&lt;h2&gt;No spaces here&lt;/h2&gt;&lt;p&gt;Spaces are a Qlik Cloud feature; this profile is a Qlik Sense Enterprise server, which organises apps in streams instead.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Keine Bereiche verfügbar&lt;/h2&gt;&lt;p&gt;Bereiche sind eine Funktion von Qlik Cloud; dieses Profil ist ein Qlik Sense Enterprise-Server, der Apps stattdessen in Streams organisiert.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>Mehr laden</translation>
    </message>
    <message>
        <source>&amp;New space…</source>
        <translation>&amp;Neuer Bereich…</translation>
    </message>
    <message>
        <source>Create a space (Ctrl+N)</source>
        <translation>Bereich erstellen (Strg+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Change the name or description of the selected space (Ctrl+E)</source>
        <translation>Name oder Beschreibung des ausgewählten Bereichs ändern (Strg+E)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete the selected space (Del)</source>
        <translation>Ausgewählten Bereich löschen (Entf)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Read the spaces again (F5)</source>
        <translation>Bereiche erneut lesen (F5)</translation>
    </message>
    <message>
        <source>Space type filter</source>
        <translation>Filter für Bereichstyp</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>Name filter</source>
        <translation>Namensfilter</translation>
    </message>
    <message>
        <source>Name contains…</source>
        <translation>Name enthält…</translation>
    </message>
    <message>
        <source>Owner filter</source>
        <translation>Eigentümerfilter</translation>
    </message>
    <message>
        <source>Owner ID</source>
        <translation>Eigentümer-ID</translation>
    </message>
    <message>
        <source>Read the next page of spaces</source>
        <translation>Nächste Seite der Bereiche lesen</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Spaces</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Could not read the spaces</source>
        <translation>Die Bereiche konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n space(s)</source>
        <translation>
            <numerusform>%1 von %n Bereich</numerusform>
            <numerusform>%1 von %n Bereichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n space(s)</source>
        <translation>
            <numerusform>%n Bereich</numerusform>
            <numerusform>%n Bereiche</numerusform>
        </translation>
    </message>
    <message>
        <source>Created the space %1</source>
        <translation>Bereich %1 erstellt</translation>
    </message>
    <message>
        <source>Saved the space %1</source>
        <translation>Bereich %1 gespeichert</translation>
    </message>
    <message>
        <source>Delete space</source>
        <translation>Bereich löschen</translation>
    </message>
    <message>
        <source>Delete the space &quot;%1&quot; and its member assignments? This cannot be undone.</source>
        <translation>Bereich „%1“ und seine Mitgliederzuweisungen löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>The space &quot;%1&quot; is not empty and was not deleted</source>
        <translation>Der Bereich „%1“ ist nicht leer und wurde nicht gelöscht</translation>
    </message>
    <message>
        <source>Could not delete the space &quot;%1&quot;</source>
        <translation>Der Bereich „%1“ konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Deleted the space %1</source>
        <translation>Bereich %1 gelöscht</translation>
    </message>
</context>
<context>
    <name>odag::gui::SubmitRequestDialog</name>
    <message>
        <source>&amp;Add field</source>
        <translation>Feld &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove field</source>
        <translation>Feld &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Submit request</source>
        <translation>Anforderung &amp;senden</translation>
    </message>
    <message>
        <source>Submit a generation request</source>
        <translation>Generierungsanforderung senden</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>The ODAG link to generate an app with</source>
        <translation>Der ODAG-Link, mit dem eine App generiert wird</translation>
    </message>
    <message>
        <source>Selection app ID</source>
        <translation>ID der Auswahl-App</translation>
    </message>
    <message>
        <source>The selection app the request is made from (prefilled from the link)</source>
        <translation>Die Auswahl-App, aus der die Anforderung gestellt wird (aus dem Link vorausgefüllt)</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Arbeitsblatt</translation>
    </message>
    <message>
        <source>optional: the selection app sheet</source>
        <translation>optional: das Arbeitsblatt der Auswahl-App</translation>
    </message>
    <message>
        <source>Row estimate</source>
        <translation>Zeilenschätzung</translation>
    </message>
    <message>
        <source>optional: rows the generated app will hold</source>
        <translation>optional: Zeilen, die die generierte App enthalten wird</translation>
    </message>
    <message>
        <source>Checked against the link&apos;s row estimate range for you</source>
        <translation>Wird mit dem für Sie geltenden Bereich der Zeilenschätzung des Links abgeglichen</translation>
    </message>
    <message>
        <source>Selection state</source>
        <translation>Auswahlstatus</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Selected (S)</source>
        <translation>Ausgewählt (S)</translation>
    </message>
    <message>
        <source>Optional (O)</source>
        <translation>Optional (O)</translation>
    </message>
    <message>
        <source>Excluded (X)</source>
        <translation>Ausgeschlossen (X)</translation>
    </message>
    <message>
        <source>Add a field to the selection state</source>
        <translation>Feld zum Auswahlstatus hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected field rows</source>
        <translation>Ausgewählte Feldzeilen entfernen</translation>
    </message>
    <message>
        <source>Send the request (%1)</source>
        <translation>Anforderung senden (%1)</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>&amp;Link:</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>Arbeits&amp;blatt:</translation>
    </message>
    <message>
        <source>Row &amp;estimate:</source>
        <translation>&amp;Zeilenschätzung:</translation>
    </message>
    <message>
        <source>One row per field: values separated by commas or one per line; the state says whether they are selected (S), optional (O) or excluded (X). Rows of the same field are merged.</source>
        <translation>Eine Zeile pro Feld: Werte durch Kommas getrennt oder einer pro Zeile; der Status gibt an, ob sie ausgewählt (S), optional (O) oder ausgeschlossen (X) sind. Zeilen desselben Felds werden zusammengeführt.</translation>
    </message>
    <message>
        <source>Loading links…</source>
        <translation>Links werden geladen…</translation>
    </message>
    <message>
        <source>Could not load the links.</source>
        <translation>Die Links konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>No links</source>
        <translation>Keine Links</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Selection state of row %1</source>
        <translation>Auswahlstatus von Zeile %1</translation>
    </message>
    <message>
        <source>Choose a link.</source>
        <translation>Wählen Sie einen Link aus.</translation>
    </message>
    <message>
        <source>Enter the ID of the selection app.</source>
        <translation>Geben Sie die ID der Auswahl-App ein.</translation>
    </message>
    <message>
        <source>The row estimate must be a whole number of rows, 0 or more.</source>
        <translation>Die Zeilenschätzung muss eine ganze Zahl von mindestens 0 sein.</translation>
    </message>
    <message>
        <source>Row %1: enter the field name for the values %2.</source>
        <translation>Zeile %1: Geben Sie den Feldnamen für die Werte %2 ein.</translation>
    </message>
    <message>
        <source>Row %1: enter at least one value for %2.</source>
        <translation>Zeile %1: Geben Sie mindestens einen Wert für %2 ein.</translation>
    </message>
    <message>
        <source>Add at least one field with values: the request is made from a selection.</source>
        <translation>Fügen Sie mindestens ein Feld mit Werten hinzu: Die Anforderung wird aus einer Auswahl erstellt.</translation>
    </message>
    <message>
        <source>Please correct the following:</source>
        <translation>Bitte korrigieren Sie Folgendes:</translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>The request was not accepted.</source>
        <translation>Die Anforderung wurde nicht angenommen.</translation>
    </message>
    <message>
        <source>Request %1 was created; it is %2.</source>
        <translation>Anforderung %1 wurde erstellt; Status: %2.</translation>
    </message>
    <message>
        <source>Messages from the service:</source>
        <translation>Meldungen des Dienstes:</translation>
    </message>
    <message>
        <source>Selection a&amp;pp:</source>
        <translation>&amp;Auswahl-App:</translation>
    </message>
</context>
<context>
    <name>odag::gui::TenantHealthPage</name>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message numerus="yes">
        <source>Refresh every %n s</source>
        <translation>
            <numerusform>Alle %n s aktualisieren</numerusform>
            <numerusform>Alle %n s aktualisieren</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;%1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Qlik Cloud tenant · %1</source>
        <translation>Qlik Cloud-Mandant · %1</translation>
    </message>
    <message>
        <source>Qlik Sense Enterprise site · %1</source>
        <translation>Qlik Sense Enterprise-Site · %1</translation>
    </message>
    <message>
        <source>Reload the tenant&apos;s settings, apps and health (F5)</source>
        <translation>Einstellungen, Apps und Zustand des Mandanten neu laden (F5)</translation>
    </message>
    <message numerus="yes">
        <source>Reload this page by itself every %n seconds while it is shown</source>
        <translation>
            <numerusform>Diese Seite automatisch nach jeweils %n Sekunde neu laden, solange sie angezeigt wird</numerusform>
            <numerusform>Diese Seite automatisch nach jeweils %n Sekunden neu laden, solange sie angezeigt wird</numerusform>
        </translation>
    </message>
    <message>
        <source>ODAG settings</source>
        <translation>ODAG-Einstellungen</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>ODAG apps</source>
        <translation>ODAG-Apps</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Selection apps:</source>
        <translation>Auswahl-Apps:</translation>
    </message>
    <message>
        <source>Template apps:</source>
        <translation>Vorlagen-Apps:</translation>
    </message>
    <message>
        <source>Generated apps:</source>
        <translation>Generierte Apps:</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>wird geladen…</translation>
    </message>
    <message>
        <source>Show the lists</source>
        <translation>Listen anzeigen</translation>
    </message>
    <message>
        <source>Open the ODAG apps tab with the names and IDs</source>
        <translation>Registerkarte „ODAG-Apps“ mit Namen und IDs öffnen</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Aktualisiert %1</translation>
    </message>
    <message>
        <source>Tenant health loaded with errors</source>
        <translation>Mandantenzustand mit Fehlern geladen</translation>
    </message>
    <message>
        <source>Tenant health loaded</source>
        <translation>Mandantenzustand geladen</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
</context>
<context>
    <name>odag::gui::TimelinePage</name>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Letzte Woche</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>The period the timeline and the statistics cover</source>
        <translation>Der Zeitraum, den Zeitachse und Statistik abdecken</translation>
    </message>
    <message>
        <source>All links</source>
        <translation>Alle Links</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Show the requests of one link only</source>
        <translation>Nur die Anforderungen eines Links anzeigen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Show the whole period</source>
        <translation>Gesamten Zeitraum anzeigen</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>&amp;Link:</translation>
    </message>
    <message>
        <source>Statistics per link</source>
        <translation>Statistik pro Link</translation>
    </message>
</context>
<context>
    <name>odag::gui::TimelineView</name>
    <message>
        <source>Request timeline</source>
        <translation>Zeitachse der Anforderungen</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>Anforderung %1</translation>
    </message>
    <message>
        <source>Link: %1</source>
        <translation>Link: %1</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Eigentümer: %1</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Erstellt: %1</translation>
    </message>
    <message>
        <source>Waited: %1</source>
        <translation>Wartezeit: %1</translation>
    </message>
    <message>
        <source>Load started: %1</source>
        <translation>Laden gestartet: %1</translation>
    </message>
    <message>
        <source>Ended: %1</source>
        <translation>Beendet: %1</translation>
    </message>
    <message>
        <source>Load duration: %1</source>
        <translation>Ladedauer: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>No requests observed in this period.
Requests appear here as the monitor sees them.</source>
        <translation>In diesem Zeitraum wurden keine Anforderungen beobachtet.
Anforderungen erscheinen hier, sobald die Überwachung sie erfasst.</translation>
    </message>
    <message>
        <source>Requests by link</source>
        <translation>Anforderungen nach Link</translation>
    </message>
</context>
<context>
    <name>odag::gui::TrayNotifier</name>
    <message>
        <source>ODAG Admin: watched requests</source>
        <translation>ODAG Admin: beobachtete Anforderungen</translation>
    </message>
    <message>
        <source>Request succeeded</source>
        <translation>Anforderung erfolgreich</translation>
    </message>
    <message>
        <source>The app &quot;%1&quot; has been generated.</source>
        <translation>Die App „%1“ wurde generiert.</translation>
    </message>
    <message>
        <source>Request failed</source>
        <translation>Anforderung fehlgeschlagen</translation>
    </message>
    <message>
        <source>The request for &quot;%1&quot; failed: %2</source>
        <translation>Die Anforderung für „%1“ ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The request for &quot;%1&quot; failed.</source>
        <translation>Die Anforderung für „%1“ ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>odag::gui::TriggerReloadDialog</name>
    <message>
        <source>&amp;Partial reload (keep the data already loaded; run only ADD/REPLACE loads)</source>
        <translation>&amp;Teilweises Neuladen (bereits geladene Daten behalten; nur ADD/REPLACE-Ladevorgänge ausführen)</translation>
    </message>
    <message>
        <source>&amp;Add variable</source>
        <translation>Variable &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove variable</source>
        <translation>Variable &amp;entfernen</translation>
    </message>
    <message>
        <source>Reload %1</source>
        <translation>%1 neu laden</translation>
    </message>
    <message>
        <source>Script variables</source>
        <translation>Skriptvariablen</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Add a script variable (at most %1)</source>
        <translation>Skriptvariable hinzufügen (höchstens %1)</translation>
    </message>
    <message>
        <source>Remove the selected variable</source>
        <translation>Ausgewählte Variable entfernen</translation>
    </message>
    <message>
        <source>Start reload</source>
        <translation>Neuladen starten</translation>
    </message>
    <message>
        <source>Variables are set in the load script before it runs (names and values up to %1 characters, at most %2 variables).</source>
        <translation>Variablen werden im Ladeskript gesetzt, bevor es ausgeführt wird (Namen und Werte bis zu %1 Zeichen, höchstens %2 Variablen).</translation>
    </message>
    <message>
        <source>Row %1: the variable needs a name.</source>
        <translation>Zeile %1: Die Variable benötigt einen Namen.</translation>
    </message>
    <message>
        <source>Row %1: the name has %2 characters; at most %3 are allowed.</source>
        <translation>Zeile %1: Der Name hat %2 Zeichen; höchstens %3 sind zulässig.</translation>
    </message>
    <message>
        <source>Row %1: the value has %2 characters; at most %3 are allowed.</source>
        <translation>Zeile %1: Der Wert hat %2 Zeichen; höchstens %3 sind zulässig.</translation>
    </message>
    <message>
        <source>Row %1: the variable %2 is set twice.</source>
        <translation>Zeile %1: Die Variable %2 ist doppelt gesetzt.</translation>
    </message>
    <message numerus="yes">
        <source>%n variable(s) given; at most %1 are allowed.</source>
        <translation>
            <numerusform>%n Variable angegeben; höchstens %1 sind zulässig.</numerusform>
            <numerusform>%n Variablen angegeben; höchstens %1 sind zulässig.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not start the reload</source>
        <translation>Das Neuladen konnte nicht gestartet werden</translation>
    </message>
</context>
<context>
    <name>odag::json</name>
    <message>
        <source>expected %1</source>
        <translation>%1 erwartet</translation>
    </message>
    <message>
        <source>missing required field</source>
        <translation>Pflichtfeld fehlt</translation>
    </message>
    <message>
        <source>integer out of range</source>
        <translation>Ganzzahl außerhalb des zulässigen Bereichs</translation>
    </message>
    <message>
        <source>expected ISO 8601 date-time, got &quot;%1&quot;</source>
        <translation>ISO-8601-Datum/Uhrzeit erwartet, erhalten: „%1“</translation>
    </message>
    <message>
        <source>empty body where JSON was expected</source>
        <translation>leerer Body, obwohl JSON erwartet wurde</translation>
    </message>
    <message>
        <source>malformed JSON at byte %1: %2</source>
        <translation>fehlerhaftes JSON bei Byte %1: %2</translation>
    </message>
</context>
<context>
    <name>odag::rules</name>
    <message numerus="yes">
        <source>%1 refers to a parameter that does not exist: the name has %n parameter(s), numbered from {0}.</source>
        <translation>
            <numerusform>%1 verweist auf einen nicht vorhandenen Parameter: Der Name hat %n Parameter, nummeriert ab {0}.</numerusform>
            <numerusform>%1 verweist auf einen nicht vorhandenen Parameter: Der Name hat %n Parameter, nummeriert ab {0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subjekt</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Not interpreted</source>
        <translation>Nicht interpretiert</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Alle Benutzer</translation>
    </message>
    <message>
        <source>Group or role</source>
        <translation>Gruppe oder Rolle</translation>
    </message>
    <message>
        <source>One user</source>
        <translation>Ein Benutzer</translation>
    </message>
    <message>
        <source>The app cannot interpret this context (Qlik publishes no grammar beyond User_* and User.&lt;attribute&gt; = &lt;value&gt;). It is kept as written; the preview cannot tell whom it applies to.</source>
        <translation>Die App kann diesen Kontext nicht interpretieren (Qlik veröffentlicht keine Grammatik über User_* und User.&lt;attribute&gt; = &lt;value&gt; hinaus). Er wird unverändert beibehalten; die Vorschau kann nicht bestimmen, für wen er gilt.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Menu label</source>
        <translation>Menübeschriftung</translation>
    </message>
    <message>
        <source>Generated app name</source>
        <translation>Name der generierten App</translation>
    </message>
    <message>
        <source>Generated app limit</source>
        <translation>Limit für generierte Apps</translation>
    </message>
    <message>
        <source>Limit policy</source>
        <translation>Limitrichtlinie</translation>
    </message>
    <message>
        <source>Row estimate range</source>
        <translation>Bereich der Zeilenschätzung</translation>
    </message>
    <message>
        <source>Target sheet</source>
        <translation>Zielarbeitsblatt</translation>
    </message>
    <message>
        <source>Open method</source>
        <translation>Öffnungsmethode</translation>
    </message>
    <message>
        <source>Retention time</source>
        <translation>Aufbewahrungsdauer</translation>
    </message>
    <message>
        <source>Override app limit</source>
        <translation>App-Limit außer Kraft setzen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>The brace at position %1 is not part of a {N} marker and is kept as written (braces have no escape).</source>
        <translation>Die Klammer an Position %1 gehört zu keiner {N}-Markierung und wird unverändert übernommen (Klammern lassen sich nicht maskieren).</translation>
    </message>
    <message>
        <source>%1 refers to a parameter, but the name has none.</source>
        <translation>%1 verweist auf einen Parameter, aber der Name hat keine Parameter.</translation>
    </message>
    <message>
        <source>Parameter {%1} is &quot;%2&quot;, which the app does not know; it is kept, and the preview shows its marker.</source>
        <translation>Parameter {%1} ist „%2“, den die App nicht kennt; er wird beibehalten, und die Vorschau zeigt seine Markierung an.</translation>
    </message>
    <message>
        <source>Parameter {%1} (%2) is not used in the name.</source>
        <translation>Parameter {%1} (%2) wird im Namen nicht verwendet.</translation>
    </message>
    <message>
        <source>The generated app name would be empty.</source>
        <translation>Der Name der generierten App wäre leer.</translation>
    </message>
    <message>
        <source>Template app</source>
        <translation>Vorlagen-App</translation>
    </message>
    <message>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>The context is empty. Use User_* for all users.</source>
        <translation>Der Kontext ist leer. Verwenden Sie User_* für alle Benutzer.</translation>
    </message>
    <message>
        <source>User. must be followed by an attribute: name, id, subject, group or role.</source>
        <translation>Auf User. muss ein Attribut folgen: name, id, subject, group oder role.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a user attribute; use name, id, subject, group or role.</source>
        <translation>„%1“ ist kein Benutzerattribut; verwenden Sie name, id, subject, group oder role.</translation>
    </message>
    <message>
        <source>User.%1 must be followed by = and a value.</source>
        <translation>Auf User.%1 müssen = und ein Wert folgen.</translation>
    </message>
    <message>
        <source>User.%1 = has no value.</source>
        <translation>User.%1 = hat keinen Wert.</translation>
    </message>
    <message>
        <source>The value has no closing %1.</source>
        <translation>Dem Wert fehlt das schließende %1.</translation>
    </message>
    <message>
        <source>User.%1 is compared with an empty value.</source>
        <translation>User.%1 wird mit einem leeren Wert verglichen.</translation>
    </message>
    <message>
        <source>Not interpreted: %1</source>
        <translation>Nicht interpretiert: %1</translation>
    </message>
    <message>
        <source>User named %1</source>
        <translation>Benutzer mit dem Namen %1</translation>
    </message>
    <message>
        <source>User with ID %1</source>
        <translation>Benutzer mit der ID %1</translation>
    </message>
    <message>
        <source>User with subject %1</source>
        <translation>Benutzer mit dem Subjekt %1</translation>
    </message>
    <message>
        <source>Members of group %1</source>
        <translation>Mitglieder der Gruppe %1</translation>
    </message>
    <message>
        <source>Users with role %1</source>
        <translation>Benutzer mit der Rolle %1</translation>
    </message>
    <message>
        <source>The retention time is empty: write an ISO 8601 duration such as PT24H, or unlimited.</source>
        <translation>Die Aufbewahrungsdauer ist leer: Geben Sie eine ISO-8601-Dauer wie PT24H oder unlimited ein.</translation>
    </message>
    <message>
        <source>A retention time cannot carry a sign.</source>
        <translation>Eine Aufbewahrungsdauer darf kein Vorzeichen haben.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 duration: it must start with P (as in PT24H or P1D), or be unlimited.</source>
        <translation>„%1“ ist keine ISO-8601-Dauer: Sie muss mit P beginnen (wie PT24H oder P1D) oder unlimited lauten.</translation>
    </message>
    <message>
        <source>The duration has a second T.</source>
        <translation>Die Dauer enthält ein zweites T.</translation>
    </message>
    <message>
        <source>The duration has a T with no hours, minutes or seconds after it.</source>
        <translation>Die Dauer enthält ein T ohne nachfolgende Stunden, Minuten oder Sekunden.</translation>
    </message>
    <message>
        <source>Only the smallest unit of a duration may have a fraction.</source>
        <translation>Nur die kleinste Einheit einer Dauer darf einen Bruchteil haben.</translation>
    </message>
    <message>
        <source>A number is expected at &quot;%1&quot;.</source>
        <translation>Bei „%1“ wird eine Zahl erwartet.</translation>
    </message>
    <message>
        <source>The duration is too long.</source>
        <translation>Die Dauer ist zu lang.</translation>
    </message>
    <message>
        <source>A duration may have at most three decimals.</source>
        <translation>Eine Dauer darf höchstens drei Nachkommastellen haben.</translation>
    </message>
    <message>
        <source>A decimal separator must be followed by digits.</source>
        <translation>Auf ein Dezimaltrennzeichen müssen Ziffern folgen.</translation>
    </message>
    <message>
        <source>The number %1 has no unit (Y, M, W, D, H, M or S).</source>
        <translation>Die Zahl %1 hat keine Einheit (Y, M, W, D, H, M oder S).</translation>
    </message>
    <message>
        <source>Hours, minutes and seconds must come after T (as in PT%1%2).</source>
        <translation>Stunden, Minuten und Sekunden müssen nach T stehen (wie in PT%1%2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a duration unit here.</source>
        <translation>„%1“ ist hier keine Einheit für eine Dauer.</translation>
    </message>
    <message>
        <source>The units of a duration must be written once each, largest first.</source>
        <translation>Jede Einheit einer Dauer darf nur einmal vorkommen, die größte zuerst.</translation>
    </message>
    <message>
        <source>The duration has no value (write for example PT24H).</source>
        <translation>Die Dauer hat keinen Wert (geben Sie zum Beispiel PT24H ein).</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <source>Zero</source>
        <translation>Null</translation>
    </message>
    <message>
        <source>%1 y</source>
        <translation>%1 J.</translation>
    </message>
    <message>
        <source>%1 mo</source>
        <translation>%1 Mon.</translation>
    </message>
    <message>
        <source>%1 wk</source>
        <translation>%1 Wo.</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 T.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>The link has no name.</source>
        <translation>Der Link hat keinen Namen.</translation>
    </message>
    <message>
        <source>Context &quot;%1&quot;: %2</source>
        <translation>Kontext „%1“: %2</translation>
    </message>
    <message>
        <source>Context &quot;%1&quot; cannot be interpreted by the app (only User_* and User.&lt;attribute&gt; = &lt;value&gt; are documented); it is kept as written and the preview cannot evaluate it.</source>
        <translation>Kontext „%1“ kann von der App nicht interpretiert werden (dokumentiert sind nur User_* und User.&lt;attribute&gt; = &lt;value&gt;); er wird unverändert beibehalten, und die Vorschau kann ihn nicht auswerten.</translation>
    </message>
    <message>
        <source>%1: context &quot;%2&quot; appears again at row %3 with the same value.</source>
        <translation>%1: Kontext „%2“ kommt in Zeile %3 erneut mit demselben Wert vor.</translation>
    </message>
    <message>
        <source>%1: context &quot;%2&quot; appears at rows %3 and %4 with different values; which one the service uses is not documented.</source>
        <translation>%1: Kontext „%2“ kommt in den Zeilen %3 und %4 mit unterschiedlichen Werten vor; welchen der Dienst verwendet, ist nicht dokumentiert.</translation>
    </message>
    <message>
        <source>The row estimate range for &quot;%1&quot; has a negative bound.</source>
        <translation>Der Bereich der Zeilenschätzung für „%1“ hat eine negative Grenze.</translation>
    </message>
    <message>
        <source>The row estimate range for &quot;%1&quot; goes from %2 down to %3: no estimate can fall in it.</source>
        <translation>Der Bereich der Zeilenschätzung für „%1“ reicht von %2 abwärts bis %3: Keine Schätzung kann hineinfallen.</translation>
    </message>
    <message>
        <source>There is no row estimate range for all users (context User_*); the service requires one.</source>
        <translation>Es gibt keinen Bereich der Zeilenschätzung für alle Benutzer (Kontext User_*); der Dienst erfordert einen.</translation>
    </message>
    <message>
        <source>Generated app name for &quot;%1&quot;: %2</source>
        <translation>Name der generierten App für „%1“: %2</translation>
    </message>
    <message>
        <source>The generated app limit for &quot;%1&quot; is %2; the minimum is 1.</source>
        <translation>Das Limit für generierte Apps für „%1“ ist %2; das Minimum ist 1.</translation>
    </message>
    <message>
        <source>The link is a dynamic view: the service sets the generated app limit to 1, so %1 for &quot;%2&quot; has no effect.</source>
        <translation>Der Link ist eine dynamische Ansicht: Der Dienst setzt das Limit für generierte Apps auf 1, daher hat %1 für „%2“ keine Wirkung.</translation>
    </message>
    <message>
        <source>The generated app limit for &quot;%1&quot; is ignored: overrideGenAppLimit is on for it.</source>
        <translation>Das Limit für generierte Apps für „%1“ wird ignoriert: overrideGenAppLimit ist dafür aktiviert.</translation>
    </message>
    <message>
        <source>The limit policy &quot;%1&quot; for &quot;%2&quot; is not one the app knows (Restrict, AutoDelete); it is kept.</source>
        <translation>Die Limitrichtlinie „%1“ für „%2“ ist der App nicht bekannt (Restrict, AutoDelete); sie wird beibehalten.</translation>
    </message>
    <message>
        <source>The limit policy for &quot;%1&quot; has no effect: the link sets no generated app limit.</source>
        <translation>Die Limitrichtlinie für „%1“ hat keine Wirkung: Der Link legt kein Limit für generierte Apps fest.</translation>
    </message>
    <message>
        <source>The limit policy %1 for &quot;%2&quot; has no effect: overrideGenAppLimit is on for it, so the limit is ignored.</source>
        <translation>Die Limitrichtlinie %1 für „%2“ hat keine Wirkung: overrideGenAppLimit ist dafür aktiviert, daher wird das Limit ignoriert.</translation>
    </message>
    <message>
        <source>The retention time for &quot;%1&quot; is not valid: %2</source>
        <translation>Die Aufbewahrungsdauer für „%1“ ist ungültig: %2</translation>
    </message>
    <message>
        <source>The retention time &quot;%1&quot; for &quot;%2&quot; is usually written %3.</source>
        <translation>Die Aufbewahrungsdauer „%1“ für „%2“ wird üblicherweise %3 geschrieben.</translation>
    </message>
    <message>
        <source>The retention time %1 for &quot;%2&quot; uses years or months, whose length varies; the app counts 365 and 30 days.</source>
        <translation>Die Aufbewahrungsdauer %1 für „%2“ verwendet Jahre oder Monate, deren Länge variiert; die App rechnet mit 365 bzw. 30 Tagen.</translation>
    </message>
    <message>
        <source>The retention time for &quot;%1&quot; is zero; the service records 0 as &quot;never purged&quot;. Write unlimited if that is meant.</source>
        <translation>Die Aufbewahrungsdauer für „%1“ ist null; der Dienst speichert 0 als „nie bereinigt“. Geben Sie unlimited ein, wenn das gemeint ist.</translation>
    </message>
    <message>
        <source>The link is a dynamic view: the service keeps generated apps for 24 hours, so %1 for &quot;%2&quot; has no effect.</source>
        <translation>Der Link ist eine dynamische Ansicht: Der Dienst bewahrt generierte Apps 24 Stunden lang auf, daher hat %1 für „%2“ keine Wirkung.</translation>
    </message>
    <message>
        <source>The open method &quot;%1&quot; for &quot;%2&quot; is not one the app knows (Tab, Window); it is kept.</source>
        <translation>Die Öffnungsmethode „%1“ für „%2“ ist der App nicht bekannt (Tab, Window); sie wird beibehalten.</translation>
    </message>
    <message>
        <source>The target sheet for &quot;%1&quot; has no sheet ID.</source>
        <translation>Das Zielarbeitsblatt für „%1“ hat keine Arbeitsblatt-ID.</translation>
    </message>
    <message>
        <source>The menu label for &quot;%1&quot; is empty.</source>
        <translation>Die Menübeschriftung für „%1“ ist leer.</translation>
    </message>
    <message>
        <source>Binding %1 has no template app variable name.</source>
        <translation>Bindung %1 hat keinen Variablennamen der Vorlagen-App.</translation>
    </message>
    <message>
        <source>Binding %1 has a negative value count.</source>
        <translation>Bindung %1 hat eine negative Werteanzahl.</translation>
    </message>
    <message>
        <source>Binding %1 asks for at least %2 and at most %3 values, which no selection can meet.</source>
        <translation>Bindung %1 verlangt mindestens %2 und höchstens %3 Werte, was keine Auswahl erfüllen kann.</translation>
    </message>
    <message>
        <source>Binding %1 appears twice with different ranges (%2 and %3).</source>
        <translation>Bindung %1 kommt zweimal mit unterschiedlichen Bereichen vor (%2 und %3).</translation>
    </message>
    <message>
        <source>Binding %1 is listed twice.</source>
        <translation>Bindung %1 ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>Bindings %1 and %2 read the same field %3 with different ranges (%4 and %5); the service requires one range per field.</source>
        <translation>Die Bindungen %1 und %2 lesen dasselbe Feld %3 mit unterschiedlichen Bereichen (%4 und %5); der Dienst verlangt einen Bereich pro Feld.</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>No (default)</source>
        <translation>Nein (Standard)</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Kein Limit</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <source>The comment opened with /* on line %1 is never closed: the rest of the script is a comment.</source>
        <translation>Der in Zeile %1 mit /* begonnene Kommentar wird nie geschlossen: Der restliche Skriptteil ist Kommentar.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; after $(%2) is not a quantity constraint [M-N]; it is left in the script.</source>
        <translation>„%1“ nach $(%2) ist keine Mengenbeschränkung [M-N]; es bleibt im Skript stehen.</translation>
    </message>
    <message>
        <source>$(%1)[%2-%3] asks for at least %2 and at most %3 values, which no selection can meet.</source>
        <translation>$(%1)[%2-%3] verlangt mindestens %2 und höchstens %3 Werte, was keine Auswahl erfüllen kann.</translation>
    </message>
    <message>
        <source>The { after $(%1) is not closed on the same line; it is not read as a format specification.</source>
        <translation>Die { nach $(%1) wird nicht in derselben Zeile geschlossen; sie wird nicht als Formatangabe gelesen.</translation>
    </message>
    <message>
        <source>The format specification after $(%1) is not valid JSON: %2</source>
        <translation>Die Formatangabe nach $(%1) ist kein gültiges JSON: %2</translation>
    </message>
    <message>
        <source>The format specification after $(%1) has the unknown key &quot;%2&quot; (known: quote, delimiter, noValue).</source>
        <translation>Die Formatangabe nach $(%1) enthält den unbekannten Schlüssel „%2“ (bekannt: quote, delimiter, noValue).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the format specification after $(%2) must be a string.</source>
        <translation>„%1“ in der Formatangabe nach $(%2) muss eine Zeichenfolge sein.</translation>
    </message>
    <message>
        <source>$(%1) has the range %2 on line %3 and %4 on line %5; a variable can have only one.</source>
        <translation>$(%1) hat in Zeile %3 den Bereich %2 und in Zeile %5 den Bereich %4; eine Variable kann nur einen haben.</translation>
    </message>
    <message>
        <source>Field %1 has the range %2 in $(%3) on line %4 and %5 in $(%6) on line %7; every binding of a field must have the same range.</source>
        <translation>Feld %1 hat in $(%3) in Zeile %4 den Bereich %2 und in $(%6) in Zeile %7 den Bereich %5; alle Bindungen eines Feldes müssen denselben Bereich haben.</translation>
    </message>
</context>
<context>
    <name>odag::sandbox</name>
    <message>
        <source>Rate limit exceeded (injected storm).</source>
        <translation>Ratenlimit überschritten (eingeschleuster Sturm).</translation>
    </message>
    <message>
        <source>The sandbox injected this error (fault rule %1).</source>
        <translation>Die Sandbox hat diesen Fehler eingeschleust (Fehlerregel %1).</translation>
    </message>
    <message>
        <source>The sandbox dropped this request&apos;s answer.</source>
        <translation>Die Sandbox hat die Antwort auf diese Anfrage verworfen.</translation>
    </message>
    <message>
        <source>Bad Request</source>
        <translation>Ungültige Anfrage</translation>
    </message>
    <message>
        <source>Unauthorized</source>
        <translation>Nicht autorisiert</translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation>Verboten</translation>
    </message>
    <message>
        <source>Not Found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Method Not Allowed</source>
        <translation>Methode nicht zulässig</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Payload Too Large</source>
        <translation>Nutzdaten zu groß</translation>
    </message>
    <message>
        <source>Too Many Requests</source>
        <translation>Zu viele Anfragen</translation>
    </message>
    <message>
        <source>Internal Server Error</source>
        <translation>Interner Serverfehler</translation>
    </message>
    <message>
        <source>Bad Gateway</source>
        <translation>Ungültiges Gateway</translation>
    </message>
    <message>
        <source>Service Unavailable</source>
        <translation>Dienst nicht verfügbar</translation>
    </message>
    <message>
        <source>HTTP error %1</source>
        <translation>HTTP-Fehler %1</translation>
    </message>
    <message>
        <source>id and apiKey must not be empty</source>
        <translation>id und apiKey dürfen nicht leer sein</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>duplicate user id %1</source>
        <translation>doppelte Benutzer-ID %1</translation>
    </message>
    <message>
        <source>duplicate API key for user %1</source>
        <translation>doppelter API-Schlüssel für Benutzer %1</translation>
    </message>
    <message>
        <source>ODAG Admin asks to act on this tenant as:</source>
        <translation>ODAG Admin möchte auf diesem Mandanten handeln als:</translation>
    </message>
    <message>
        <source>%1 (administrator)</source>
        <translation>%1 (Administrator)</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Zulassen</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>This is the local sandbox tenant: no password is needed.</source>
        <translation>Dies ist der lokale Sandbox-Mandant: Es wird kein Kennwort benötigt.</translation>
    </message>
    <message>
        <source>Sign in to the sandbox tenant</source>
        <translation>Beim Sandbox-Mandanten anmelden</translation>
    </message>
    <message>
        <source>Sign-in cannot continue</source>
        <translation>Anmeldung kann nicht fortgesetzt werden</translation>
    </message>
    <message>
        <source>The app that sent you here is not registered on this tenant (unknown client_id).</source>
        <translation>Die App, die Sie hierher geleitet hat, ist auf diesem Mandanten nicht registriert (unbekannte client_id).</translation>
    </message>
    <message>
        <source>The app asked to be answered at an address that is not registered for it. Only http://127.0.0.1:PORT/... and http://localhost:PORT/... are accepted.</source>
        <translation>Die App hat eine Antwort an eine Adresse angefordert, die für sie nicht registriert ist. Nur http://127.0.0.1:PORT/... und http://localhost:PORT/... werden akzeptiert.</translation>
    </message>
    <message>
        <source>Only response_type=code is supported.</source>
        <translation>Nur response_type=code wird unterstützt.</translation>
    </message>
    <message>
        <source>PKCE with code_challenge_method=S256 is required.</source>
        <translation>PKCE mit code_challenge_method=S256 ist erforderlich.</translation>
    </message>
    <message>
        <source>code_challenge is missing or too short.</source>
        <translation>code_challenge fehlt oder ist zu kurz.</translation>
    </message>
    <message>
        <source>The authorization code is not valid or was already used.</source>
        <translation>Der Autorisierungscode ist ungültig oder wurde bereits verwendet.</translation>
    </message>
    <message>
        <source>The authorization code has expired.</source>
        <translation>Der Autorisierungscode ist abgelaufen.</translation>
    </message>
    <message>
        <source>The authorization code was issued to another client.</source>
        <translation>Der Autorisierungscode wurde für einen anderen Client ausgestellt.</translation>
    </message>
    <message>
        <source>redirect_uri differs from the one of the authorization request.</source>
        <translation>redirect_uri weicht von der in der Autorisierungsanforderung ab.</translation>
    </message>
    <message>
        <source>The code_verifier does not match the code_challenge.</source>
        <translation>code_verifier passt nicht zu code_challenge.</translation>
    </message>
    <message>
        <source>The refresh token is not valid, was revoked or was already used.</source>
        <translation>Das Aktualisierungstoken ist ungültig, wurde widerrufen oder bereits verwendet.</translation>
    </message>
    <message>
        <source>The refresh token was issued to another client.</source>
        <translation>Das Aktualisierungstoken wurde für einen anderen Client ausgestellt.</translation>
    </message>
    <message>
        <source>The user no longer exists.</source>
        <translation>Der Benutzer existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The user denied the request.</source>
        <translation>Der Benutzer hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>There is no user %1 on this tenant.</source>
        <translation>Auf diesem Mandanten gibt es keinen Benutzer %1.</translation>
    </message>
    <message>
        <source>Unknown client_id.</source>
        <translation>Unbekannte client_id.</translation>
    </message>
    <message>
        <source>grant_type must be authorization_code or refresh_token.</source>
        <translation>grant_type muss authorization_code oder refresh_token sein.</translation>
    </message>
</context>
<context>
    <name>odag::sandbox::AppDataRoutes</name>
    <message>
        <source>script version</source>
        <translation>Skriptversion</translation>
    </message>
    <message>
        <source>The current version of the script cannot be deleted.</source>
        <translation>Die aktuelle Version des Skripts kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>reload log</source>
        <translation>Neuladeprotokoll</translation>
    </message>
</context>
<context>
    <name>odag::sandbox::AppMediaRoutes</name>
    <message>
        <source>media file</source>
        <translation>Mediendatei</translation>
    </message>
    <message>
        <source>The media file %1 exists already; delete it first.</source>
        <translation>Die Mediendatei %1 ist bereits vorhanden; löschen Sie sie zuerst.</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>media folder</source>
        <translation>Medienordner</translation>
    </message>
    <message>
        <source>The app %1 has no thumbnail.</source>
        <translation>Die App %1 hat keine Miniaturansicht.</translation>
    </message>
</context>
<context>
    <name>odag::sandbox::AppPackage</name>
    <message>
        <source>the file is not a Qlik Sense app (QVF)</source>
        <translation>die Datei ist keine Qlik Sense-App (QVF)</translation>
    </message>
    <message>
        <source>the app file is truncated or has trailing bytes</source>
        <translation>die App-Datei ist abgeschnitten oder hat überzählige Bytes am Ende</translation>
    </message>
    <message>
        <source>the app file is damaged (its checksum does not match)</source>
        <translation>die App-Datei ist beschädigt (ihre Prüfsumme stimmt nicht)</translation>
    </message>
    <message>
        <source>the app file is damaged (its contents cannot be read)</source>
        <translation>die App-Datei ist beschädigt (ihr Inhalt kann nicht gelesen werden)</translation>
    </message>
    <message>
        <source>the app file was written in a format this sandbox does not read</source>
        <translation>die App-Datei wurde in einem Format geschrieben, das diese Sandbox nicht liest</translation>
    </message>
    <message>
        <source>the app file holds no app name</source>
        <translation>die App-Datei enthält keinen App-Namen</translation>
    </message>
</context>
<context>
    <name>odag::sandbox::AppRoutes</name>
    <message>
        <source>You may not create apps.</source>
        <translation>Sie dürfen keine Apps erstellen.</translation>
    </message>
    <message>
        <source>no space with ID %1</source>
        <translation>kein Bereich mit der ID %1</translation>
    </message>
    <message>
        <source>apps reach a managed space by publishing, not directly</source>
        <translation>Apps gelangen durch Veröffentlichen in einen verwalteten Bereich, nicht direkt</translation>
    </message>
    <message>
        <source>You may not add apps to the space %1.</source>
        <translation>Sie dürfen dem Bereich %1 keine Apps hinzufügen.</translation>
    </message>
    <message>
        <source>the app name must have 1 to 256 characters</source>
        <translation>der App-Name muss 1 bis 256 Zeichen lang sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an app usage (%2)</source>
        <translation>„%1“ ist keine App-Verwendung (%2)</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>no user with ID %1</source>
        <translation>kein Benutzer mit der ID %1</translation>
    </message>
    <message>
        <source>space</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>apps are published to managed spaces only</source>
        <translation>Apps werden nur in verwaltete Bereiche veröffentlicht</translation>
    </message>
    <message>
        <source>You may not publish to the space %1.</source>
        <translation>Sie dürfen nicht im Bereich %1 veröffentlichen.</translation>
    </message>
    <message>
        <source>use source or target</source>
        <translation>verwenden Sie source oder target</translation>
    </message>
    <message>
        <source>required when the app is moved</source>
        <translation>erforderlich, wenn die App verschoben wird</translation>
    </message>
    <message>
        <source>The app is already published to this space as %1; republish it with PUT /api/v1/apps/%2/publish.</source>
        <translation>Die App ist in diesem Bereich bereits als %1 veröffentlicht; veröffentlichen Sie sie erneut mit PUT /api/v1/apps/%2/publish.</translation>
    </message>
    <message>
        <source>The app %1 has no published copy in the space %2.</source>
        <translation>Die App %1 hat keine veröffentlichte Kopie im Bereich %2.</translation>
    </message>
    <message>
        <source>streams exist on client-managed servers only; give the published app&apos;s ID</source>
        <translation>Streams gibt es nur auf kundenverwalteten Servern; geben Sie die ID der veröffentlichten App an</translation>
    </message>
    <message>
        <source>app</source>
        <translation>App</translation>
    </message>
    <message>
        <source>the app %1 is not published</source>
        <translation>die App %1 ist nicht veröffentlicht</translation>
    </message>
    <message>
        <source>The app %1 was not published from the app %2.</source>
        <translation>Die App %1 wurde nicht aus der App %2 veröffentlicht.</translation>
    </message>
    <message>
        <source>You may not publish to the space of the app %1.</source>
        <translation>Sie dürfen nicht im Bereich der App %1 veröffentlichen.</translation>
    </message>
    <message>
        <source>Republished from %1</source>
        <translation>Erneut veröffentlicht aus %1</translation>
    </message>
    <message>
        <source>The app %1 is not published.</source>
        <translation>Die App %1 ist nicht veröffentlicht.</translation>
    </message>
</context>
<context>
    <name>odag::sandbox::AppTransferRoutes</name>
    <message>
        <source>You may export the app %1 only without its data (NoData).</source>
        <translation>Sie dürfen die App %1 nur ohne ihre Daten exportieren (NoData).</translation>
    </message>
    <message>
        <source>temporary file</source>
        <translation>Temporäre Datei</translation>
    </message>
    <message>
        <source>The temporary file %1 belongs to someone else.</source>
        <translation>Die temporäre Datei %1 gehört einem anderen Benutzer.</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>You may not import apps.</source>
        <translation>Sie dürfen keine Apps importieren.</translation>
    </message>
    <message>
        <source>use NEW or AUTOREPLACE</source>
        <translation>verwenden Sie NEW oder AUTOREPLACE</translation>
    </message>
    <message>
        <source>no space with ID %1</source>
        <translation>kein Bereich mit der ID %1</translation>
    </message>
    <message>
        <source>You may not add apps to the space %1.</source>
        <translation>Sie dürfen dem Bereich %1 keine Apps hinzufügen.</translation>
    </message>
    <message>
        <source>send the app file (application/octet-stream)</source>
        <translation>senden Sie die App-Datei (application/octet-stream)</translation>
    </message>
    <message>
        <source>the app name must have 1 to 256 characters</source>
        <translation>der App-Name muss 1 bis 256 Zeichen lang sein</translation>
    </message>
</context>
<context>
    <name>odag::sandbox::AppsCommon</name>
    <message>
        <source>No %1 with ID %2.</source>
        <translation>%1 mit der ID %2 nicht gefunden.</translation>
    </message>
    <message>
        <source>app</source>
        <translation>App</translation>
    </message>
    <message>
        <source>You do not have the %1 privilege on the app %2.</source>
        <translation>Sie haben nicht die Berechtigung %1 für die App %2.</translation>
    </message>
    <message>
        <source>The sandbox could not save the change: %1</source>
        <translation>Die Sandbox konnte die Änderung nicht speichern: %1</translation>
    </message>
</context>
<context>
    <name>odag::sandbox::ControlRoutes</name>
    <message>
        <source>Only administrators can use the sandbox control paths.</source>
        <translation>Nur Administratoren können die Steuerpfade der Sandbox verwenden.</translation>
    </message>
    <message>
        <source>Send the fault rules as JSON.</source>
        <translation>Senden Sie die Fehlerregeln als JSON.</translation>
    </message>
</context>
<context>
    <name>odag::sandbox::DemoRequests</name>
    <message>
        <source>The template app could not be opened for binding; the request was not queued.</source>
        <translation>Die Vorlagen-App konnte nicht zum Binden geöffnet werden; die Anforderung wurde nicht in die Warteschlange gestellt.</translation>
    </message>
    <message>
        <source>%1 of %2 sub-requests failed.</source>
        <translation>%1 von %2 Teilanforderungen sind fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The generated app was deleted to stay within the link&apos;s limit of generated apps.</source>
        <translation>Die generierte App wurde gelöscht, um das Limit des Links für generierte Apps einzuhalten.</translation>
    </message>
    <message>
        <source>Generated by the ODAG link &quot;%1&quot; (request %2).</source>
        <translation>Generiert vom ODAG-Link „%1“ (Anforderung %2).</translation>
    </message>
    <message>
        <source>The data load of the generated app failed: General Script Error (the template script has a // sandbox:fail line). The app was kept for diagnosis.</source>
        <translation>Der Datenladevorgang der generierten App ist fehlgeschlagen: General Script Error (das Vorlagenskript enthält eine Zeile // sandbox:fail). Die App wurde zur Diagnose beibehalten.</translation>
    </message>
    <message>
        <source>Row estimate exceeded: the data load returned %1 rows, more than the %2 the link allows.</source>
        <translation>Zeilenschätzung überschritten: Der Datenladevorgang lieferte %1 Zeilen, mehr als die %2, die der Link zulässt.</translation>
    </message>
    <message>
        <source>Connector timeout: the data connection &apos;Snowflake_Sales&apos; did not answer within 300 seconds (SQL##f - SqlState: S1T00, ErrorCode: 0).</source>
        <translation>Zeitüberschreitung des Konnektors: Die Datenverbindung &apos;Snowflake_Sales&apos; hat nicht innerhalb von 300 Sekunden geantwortet (SQL##f - SqlState: S1T00, ErrorCode: 0).</translation>
    </message>
    <message>
        <source>Script error at line 42: Field &apos;ORIGIN_STATE&apos; not found (General Script Error).</source>
        <translation>Skriptfehler in Zeile 42: Feld &apos;ORIGIN_STATE&apos; nicht gefunden (General Script Error).</translation>
    </message>
    <message>
        <source>Connector error: &apos;REST_Claims&apos; answered HTTP 503 Service Unavailable after 3 retries.</source>
        <translation>Konnektorfehler: &apos;REST_Claims&apos; hat nach 3 Wiederholungen mit HTTP 503 Service Unavailable geantwortet.</translation>
    </message>
    <message>
        <source>The engine on %1 ran out of memory during the load (more than 8 GB).</source>
        <translation>Der Engine auf %1 ist während des Ladevorgangs der Arbeitsspeicher ausgegangen (mehr als 8 GB).</translation>
    </message>
    <message>
        <source>Script error at line 17: Unknown statement: LOAD DISTINC (Syntax error).</source>
        <translation>Skriptfehler in Zeile 17: Unbekannte Anweisung: LOAD DISTINC (Syntax error).</translation>
    </message>
    <message>
        <source>Data connection &apos;ODBC_Claims&apos; not found, or the generating user may not use it.</source>
        <translation>Datenverbindung &apos;ODBC_Claims&apos; nicht gefunden, oder der generierende Benutzer darf sie nicht verwenden.</translation>
    </message>
</context>
<context>
    <name>odag::sandbox::FaultSpec</name>
    <message>
        <source>a fault rule needs a path</source>
        <translation>eine Fehlerregel benötigt einen Pfad</translation>
    </message>
    <message>
        <source>invalid path pattern %1: %2</source>
        <translation>ungültiges Pfadmuster %1: %2</translation>
    </message>
    <message>
        <source>probability must be between 0 and 1</source>
        <translation>probability muss zwischen 0 und 1 liegen</translation>
    </message>
    <message>
        <source>unknown method %1</source>
        <translation>unbekannte Methode %1</translation>
    </message>
    <message>
        <source>delayMs and retryAfter must not be negative</source>
        <translation>delayMs und retryAfter dürfen nicht negativ sein</translation>
    </message>
    <message>
        <source>unknown fault kind &quot;%1&quot;</source>
        <translation>unbekannte Fehlerart „%1“</translation>
    </message>
    <message>
        <source>path: expected string</source>
        <translation>path: Zeichenfolge erwartet</translation>
    </message>
    <message>
        <source>method: expected string</source>
        <translation>method: Zeichenfolge erwartet</translation>
    </message>
    <message>
        <source>probability: expected number</source>
        <translation>probability: Zahl erwartet</translation>
    </message>
    <message>
        <source>delayMs: expected number</source>
        <translation>delayMs: Zahl erwartet</translation>
    </message>
    <message>
        <source>retryAfter: expected number</source>
        <translation>retryAfter: Zahl erwartet</translation>
    </message>
    <message>
        <source>times: expected number</source>
        <translation>times: Zahl erwartet</translation>
    </message>
    <message>
        <source>rules: expected array</source>
        <translation>rules: Array erwartet</translation>
    </message>
    <message>
        <source>seed: expected integer</source>
        <translation>seed: Ganzzahl erwartet</translation>
    </message>
    <message>
        <source>expected an array of fault rules</source>
        <translation>Array von Fehlerregeln erwartet</translation>
    </message>
    <message>
        <source>expected object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>fault &quot;%1&quot;: expected KIND[=N]:PROBABILITY:PATH[:METHOD]</source>
        <translation>Fehler „%1“: KIND[=N]:PROBABILITY:PATH[:METHOD] erwartet</translation>
    </message>
    <message>
        <source>fault &quot;%1&quot;: unknown kind &quot;%2&quot;</source>
        <translation>Fehler „%1“: unbekannte Art „%2“</translation>
    </message>
    <message>
        <source>fault &quot;%1&quot;: &quot;%2&quot; is not a whole number</source>
        <translation>Fehler „%1“: „%2“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>fault &quot;%1&quot;: the probability is not a number</source>
        <translation>Fehler „%1“: Die Wahrscheinlichkeit ist keine Zahl</translation>
    </message>
    <message>
        <source>fault &quot;%1&quot;: %2</source>
        <translation>Fehler „%1“: %2</translation>
    </message>
</context>
<context>
    <name>odag::sandbox::ItemRoutes</name>
    <message>
        <source>required when resourceId or resourceIds is given</source>
        <translation>erforderlich, wenn resourceId oder resourceIds angegeben ist</translation>
    </message>
    <message>
        <source>cannot sort by &quot;%1&quot;; use createdAt, updatedAt, recentlyUsed or name</source>
        <translation>Sortieren nach „%1“ nicht möglich; verwenden Sie createdAt, updatedAt, recentlyUsed oder name</translation>
    </message>
    <message>
        <source>item</source>
        <translation>Element</translation>
    </message>
</context>
<context>
    <name>odag::sandbox::LinkBuilder</name>
    <message>
        <source>The link cannot be saved: %1</source>
        <translation>Der Link kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an app ID (24 hexadecimal digits).</source>
        <translation>%1: „%2“ ist keine App-ID (24 Hexadezimalziffern).</translation>
    </message>
    <message>
        <source>%1: there is no app with the ID %2.</source>
        <translation>%1: Es gibt keine App mit der ID %2.</translation>
    </message>
</context>
<context>
    <name>odag::sandbox::LinkRoutes</name>
    <message>
        <source>The link could not be saved: %1</source>
        <translation>Der Link konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>There is no link with the ID %1.</source>
        <translation>Es gibt keinen Link mit der ID %1.</translation>
    </message>
    <message>
        <source>The selection app and the template app must be different apps.</source>
        <translation>Auswahl-App und Vorlagen-App müssen verschiedene Apps sein.</translation>
    </message>
    <message>
        <source>Dynamic views are switched off for this tenant (odag-settings: dynamicViewEnabled is false).</source>
        <translation>Dynamische Ansichten sind für diesen Mandanten deaktiviert (odag-settings: dynamicViewEnabled ist false).</translation>
    </message>
    <message>
        <source>You are not allowed to create ODAG links: that takes the role Developer, AnalyticsAdmin or TenantAdmin.</source>
        <translation>Sie dürfen keine ODAG-Links erstellen: Dazu ist die Rolle Developer, AnalyticsAdmin oder TenantAdmin erforderlich.</translation>
    </message>
    <message>
        <source>statusSetting: &quot;%1&quot; is not a status change; use activate, disable or decommission.</source>
        <translation>statusSetting: „%1“ ist keine Statusänderung; verwenden Sie activate, disable oder decommission.</translation>
    </message>
    <message>
        <source>The link is decommissioned; a decommissioned link cannot change status again.</source>
        <translation>Der Link ist außer Betrieb; ein außer Betrieb genommener Link kann seinen Status nicht mehr ändern.</translation>
    </message>
    <message>
        <source>The link is incomplete and cannot be activated: it needs a template app, a row estimate expression and a row estimate range for all users (User_*).</source>
        <translation>Der Link ist unvollständig und kann nicht aktiviert werden: Er benötigt eine Vorlagen-App, einen Ausdruck für die Zeilenschätzung und einen Bereich der Zeilenschätzung für alle Benutzer (User_*).</translation>
    </message>
    <message>
        <source>Only the owner of the link (%1) or an administrator can change it.</source>
        <translation>Nur der Eigentümer des Links (%1) oder ein Administrator kann ihn ändern.</translation>
    </message>
    <message>
        <source>modifiedDate: &quot;%1&quot; is not a timestamp.</source>
        <translation>modifiedDate: „%1“ ist kein Zeitstempel.</translation>
    </message>
    <message>
        <source>The link was changed by %1 at %2, after the version you sent (%3). Read it again and apply your changes to the new version.</source>
        <translation>Der Link wurde von %1 um %2 geändert, nach der von Ihnen gesendeten Version (%3). Lesen Sie ihn erneut und übertragen Sie Ihre Änderungen auf die neue Version.</translation>
    </message>
    <message>
        <source>The link is decommissioned and can no longer be changed.</source>
        <translation>Der Link ist außer Betrieb und kann nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>Only an administrator can give a link to another owner.</source>
        <translation>Nur ein Administrator kann einen Link einem anderen Eigentümer übertragen.</translation>
    </message>
    <message>
        <source>ownerId: there is no user with the ID %1.</source>
        <translation>ownerId: Es gibt keinen Benutzer mit der ID %1.</translation>
    </message>
    <message>
        <source>Query parameter selAppId: missing required parameter.</source>
        <translation>Abfrageparameter selAppId: Erforderlicher Parameter fehlt.</translation>
    </message>
    <message>
        <source>linkList[%1]: &quot;%2&quot; is not a link ID (24 hexadecimal digits).</source>
        <translation>linkList[%1]: „%2“ ist keine Link-ID (24 Hexadezimalziffern).</translation>
    </message>
    <message>
        <source>linkList[%1]: there is no link with the ID %2.</source>
        <translation>linkList[%1]: Es gibt keinen Link mit der ID %2.</translation>
    </message>
</context>
<context>
    <name>odag::sandbox::OdagAppsRoutes</name>
    <message>
        <source>Query parameter appType: expected selection, template or generated, got &quot;%1&quot;.</source>
        <translation>Abfrageparameter appType: selection, template oder generated erwartet, erhalten: „%1“.</translation>
    </message>
    <message>
        <source>Query parameter appType: missing required parameter.</source>
        <translation>Abfrageparameter appType: Erforderlicher Parameter fehlt.</translation>
    </message>
</context>
<context>
    <name>odag::sandbox::OdagArea</name>
    <message>
        <source>ODAG is not enabled</source>
        <translation>ODAG ist nicht aktiviert</translation>
    </message>
    <message>
        <source>On-demand app generation is switched off for this tenant (odag-settings: odagEnabled is false). A tenant administrator can switch it on.</source>
        <translation>Die On-Demand-App-Generierung ist für diesen Mandanten deaktiviert (odag-settings: odagEnabled ist false). Ein Mandantenadministrator kann sie aktivieren.</translation>
    </message>
    <message>
        <source>Query parameter %1: expected true or false, got &quot;%2&quot;.</source>
        <translation>Abfrageparameter %1: true oder false erwartet, erhalten: „%2“.</translation>
    </message>
    <message>
        <source>Query parameter type: expected link, view or all, got &quot;%1&quot;.</source>
        <translation>Abfrageparameter type: link, view oder all erwartet, erhalten: „%1“.</translation>
    </message>
</context>
<context>
    <name>odag::sandbox::OdagSettingsRoutes</name>
    <message>
        <source>Only tenant administrators can view or change ODAG settings.</source>
        <translation>Nur Mandantenadministratoren können ODAG-Einstellungen anzeigen oder ändern.</translation>
    </message>
    <message>
        <source>The request body must be a JSON object.</source>
        <translation>Der Anfragetext muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>odag::sandbox::QseLinkRoutes</name>
    <message>
        <source>%1 binding(s) read from the template app&apos;s load script.</source>
        <translation>Aus dem Ladeskript der Vorlagen-App gelesene Bindungen: %1.</translation>
    </message>
    <message>
        <source>The link is incomplete: it needs a template app, a row estimate expression and a row estimate range for all users.</source>
        <translation>Der Link ist unvollständig: Er benötigt eine Vorlagen-App, einen Ausdruck für die Zeilenschätzung und einen Bereich der Zeilenschätzung für alle Benutzer.</translation>
    </message>
    <message>
        <source>The link could not be saved: %1</source>
        <translation>Der Link konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>There is no link with the ID %1.</source>
        <translation>Es gibt keinen Link mit der ID %1.</translation>
    </message>
    <message>
        <source>You are not allowed to create ODAG links.</source>
        <translation>Sie dürfen keine ODAG-Links erstellen.</translation>
    </message>
    <message>
        <source>The selection app and the template app must be different apps.</source>
        <translation>Auswahl-App und Vorlagen-App müssen verschiedene Apps sein.</translation>
    </message>
    <message>
        <source>Only the owner of the link (%1) or an administrator can change it.</source>
        <translation>Nur der Eigentümer des Links (%1) oder ein Administrator kann ihn ändern.</translation>
    </message>
    <message>
        <source>The link is decommissioned and can no longer be changed.</source>
        <translation>Der Link ist außer Betrieb und kann nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>Only the owner of the link (%1) or an administrator can delete it.</source>
        <translation>Nur der Eigentümer des Links (%1) oder ein Administrator kann ihn löschen.</translation>
    </message>
</context>
<context>
    <name>odag::sandbox::QseRequestRoutes</name>
    <message>
        <source>Validating the selection state.</source>
        <translation>Der Auswahlstatus wird validiert.</translation>
    </message>
    <message>
        <source>Waiting for a free engine to load the data.</source>
        <translation>Warten auf eine freie Engine zum Laden der Daten.</translation>
    </message>
    <message>
        <source>Paused (hold): resume the request to put it back in the queue.</source>
        <translation>Angehalten (hold): Setzen Sie die Anforderung fort, um sie wieder in die Warteschlange zu stellen.</translation>
    </message>
    <message>
        <source>Loading data on %1.</source>
        <translation>Daten werden auf %1 geladen.</translation>
    </message>
    <message>
        <source>The app was generated.</source>
        <translation>Die App wurde generiert.</translation>
    </message>
    <message>
        <source>Being cancelled.</source>
        <translation>Wird abgebrochen.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Cancelled (acknowledged).</source>
        <translation>Abgebrochen (bestätigt).</translation>
    </message>
    <message>
        <source>The request failed.</source>
        <translation>Die Anfrage ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>selectionState: expected an array of field states or an object of field values.</source>
        <translation>selectionState: Array von Feldstatus oder Objekt mit Feldwerten erwartet.</translation>
    </message>
    <message>
        <source>selectionState.%1: expected a value or an array of values.</source>
        <translation>selectionState.%1: Wert oder Array von Werten erwartet.</translation>
    </message>
    <message>
        <source>There is no ODAG link with ID %1.</source>
        <translation>Es gibt keinen ODAG-Link mit der ID %1.</translation>
    </message>
    <message>
        <source>status: &quot;%1&quot; is not a status a request can be set to; use cancelled, hold, queued, canceledAck or failedAck.</source>
        <translation>status: „%1“ ist kein Status, auf den eine Anforderung gesetzt werden kann; verwenden Sie cancelled, hold, queued, canceledAck oder failedAck.</translation>
    </message>
</context>
<context>
    <name>odag::sandbox::ReloadRoutes</name>
    <message>
        <source>reload</source>
        <translation>Neuladevorgang</translation>
    </message>
    <message>
        <source>cannot sort by &quot;%1&quot;; use creationTime, status, startTime or endTime</source>
        <translation>Sortieren nach „%1“ nicht möglich; verwenden Sie creationTime, status, startTime oder endTime</translation>
    </message>
    <message>
        <source>You may not cancel the reload %1.</source>
        <translation>Sie dürfen den Neuladevorgang %1 nicht abbrechen.</translation>
    </message>
    <message>
        <source>The reload %1 has ended (%2) and cannot be canceled.</source>
        <translation>Der Neuladevorgang %1 ist beendet (%2) und kann nicht abgebrochen werden.</translation>
    </message>
</context>
<context>
    <name>odag::sandbox::RequestEngine</name>
    <message>
        <source>The link %1 no longer exists.</source>
        <translation>Der Link %1 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The template app %1 no longer exists.</source>
        <translation>Die Vorlagen-App %1 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Generated by the ODAG link &quot;%1&quot; (request %2).</source>
        <translation>Generiert vom ODAG-Link „%1“ (Anforderung %2).</translation>
    </message>
    <message>
        <source>The generated app was deleted while its data was loading.</source>
        <translation>Die generierte App wurde gelöscht, während ihre Daten geladen wurden.</translation>
    </message>
    <message>
        <source>The data load of the generated app failed: General Script Error at line %1 (// sandbox:fail). The app was kept for diagnosis.</source>
        <translation>Der Datenladevorgang der generierten App ist fehlgeschlagen: General Script Error in Zeile %1 (// sandbox:fail). Die App wurde zur Diagnose beibehalten.</translation>
    </message>
    <message>
        <source>%1 of %2 sub-requests failed.</source>
        <translation>%1 von %2 Teilanforderungen sind fehlgeschlagen.</translation>
    </message>
    <message>
        <source>There is no ODAG request with ID %1.</source>
        <translation>Es gibt keine ODAG-Anforderung mit der ID %1.</translation>
    </message>
    <message>
        <source>Request %1 belongs to another user.</source>
        <translation>Anforderung %1 gehört einem anderen Benutzer.</translation>
    </message>
    <message>
        <source>Request %1 is loading: cancel is effective only before the data load starts.</source>
        <translation>Anforderung %1 wird geladen: Ein Abbruch ist nur vor Beginn des Datenladevorgangs wirksam.</translation>
    </message>
    <message>
        <source>Request %1 is %2: only a validating, queued or paused request can be cancelled.</source>
        <translation>Anforderung %1 ist %2: Nur eine Anforderung, die validiert wird, in der Warteschlange steht oder angehalten ist, kann abgebrochen werden.</translation>
    </message>
    <message>
        <source>Request %1 is %2: only a queued request can be paused.</source>
        <translation>Anforderung %1 ist %2: Nur eine Anforderung in der Warteschlange kann angehalten werden.</translation>
    </message>
    <message>
        <source>Request %1 is %2: only a paused (hold) request can be resumed.</source>
        <translation>Anforderung %1 ist %2: Nur eine angehaltene Anforderung (hold) kann fortgesetzt werden.</translation>
    </message>
    <message>
        <source>Request %1 is %2: only a canceled request can be acknowledged with ackcancel.</source>
        <translation>Anforderung %1 ist %2: Nur eine abgebrochene Anforderung kann mit ackcancel bestätigt werden.</translation>
    </message>
    <message>
        <source>Request %1 is %2: only a failed request can be acknowledged with ackfailure.</source>
        <translation>Anforderung %1 ist %2: Nur eine fehlgeschlagene Anforderung kann mit ackfailure bestätigt werden.</translation>
    </message>
    <message>
        <source>Unknown action; use cancel, pause, resume, ackcancel or ackfailure.</source>
        <translation>Unbekannte Aktion; verwenden Sie cancel, pause, resume, ackcancel oder ackfailure.</translation>
    </message>
    <message>
        <source>Only the owner of request %1 or an administrator can change it.</source>
        <translation>Nur der Eigentümer der Anforderung %1 oder ein Administrator kann sie ändern.</translation>
    </message>
    <message>
        <source>Request %1 is a multiple request in state %2: none of its sub-requests (%3) can take the action %4.</source>
        <translation>Anforderung %1 ist eine Mehrfachanforderung im Status %2: Keine ihrer Teilanforderungen (%3) kann die Aktion %4 ausführen.</translation>
    </message>
    <message>
        <source>Only the request owner or the link&apos;s owner can delete its app.</source>
        <translation>Nur der Eigentümer der Anforderung oder des Links kann ihre App löschen.</translation>
    </message>
    <message>
        <source>Request %1 is %2: its app can be deleted once the request has finished (cancel it first).</source>
        <translation>Anforderung %1 ist %2: Ihre App kann gelöscht werden, sobald die Anforderung abgeschlossen ist (brechen Sie sie zuerst ab).</translation>
    </message>
    <message>
        <source>Only the request owner or the link&apos;s owner can rename its app.</source>
        <translation>Nur der Eigentümer der Anforderung oder des Links kann ihre App umbenennen.</translation>
    </message>
    <message>
        <source>appName: the new name of the generated app must not be empty.</source>
        <translation>appName: Der neue Name der generierten App darf nicht leer sein.</translation>
    </message>
    <message>
        <source>Only the request owner or the link&apos;s owner can reload its app.</source>
        <translation>Nur der Eigentümer der Anforderung oder des Links kann ihre App neu laden.</translation>
    </message>
    <message>
        <source>Request %1 is %2: its app can be reloaded once the request has finished.</source>
        <translation>Anforderung %1 ist %2: Ihre App kann neu geladen werden, sobald die Anforderung abgeschlossen ist.</translation>
    </message>
    <message>
        <source>The link %1 of this request no longer exists.</source>
        <translation>Der Link %1 dieser Anforderung existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The generated app moved to request %1 (reload with copyRequest).</source>
        <translation>Die generierte App wurde in Anforderung %1 verschoben (Neuladen mit copyRequest).</translation>
    </message>
    <message>
        <source>ODAG reload of request %1</source>
        <translation>ODAG-Neuladen der Anforderung %1</translation>
    </message>
    <message>
        <source>dynamic view</source>
        <translation>dynamische Ansicht</translation>
    </message>
    <message>
        <source>context &quot;%1&quot;</source>
        <translation>Kontext „%1“</translation>
    </message>
    <message>
        <source>Generated app limit reached: you have %1 apps generated by the link &quot;%2&quot; and the limit for you is %3 (%4, policy Restrict). Delete one of them first.</source>
        <translation>Limit für generierte Apps erreicht: Sie haben %1 vom Link „%2“ generierte Apps, und Ihr Limit beträgt %3 (%4, Richtlinie Restrict). Löschen Sie zuerst eine davon.</translation>
    </message>
    <message>
        <source>Generated app limit reached: this request needs %1 new apps and the limit for you is %2 (%3, policy AutoDelete); apps still being generated cannot be deleted to make room.</source>
        <translation>Limit für generierte Apps erreicht: Diese Anforderung benötigt %1 neue Apps, und Ihr Limit beträgt %2 (%3, Richtlinie AutoDelete); Apps, die noch generiert werden, können nicht gelöscht werden, um Platz zu schaffen.</translation>
    </message>
    <message>
        <source>The generated app &quot;%1&quot; was deleted by the AutoDelete limit policy to make room for request %2.</source>
        <translation>Die generierte App „%1“ wurde durch die Limitrichtlinie AutoDelete gelöscht, um Platz für Anforderung %2 zu schaffen.</translation>
    </message>
    <message>
        <source>There is no ODAG link with ID %1.</source>
        <translation>Es gibt keinen ODAG-Link mit der ID %1.</translation>
    </message>
    <message>
        <source>(partition %1)</source>
        <translation>(Partition %1)</translation>
    </message>
    <message>
        <source>The request could not be stored: %1</source>
        <translation>Die Anforderung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Request %1 has no generated app.</source>
        <translation>Anforderung %1 hat keine generierte App.</translation>
    </message>
</context>
<context>
    <name>odag::sandbox::RequestPipeline</name>
    <message>
        <source>Authentication required: send Authorization: Bearer &lt;API key&gt;.</source>
        <translation>Authentifizierung erforderlich: Senden Sie Authorization: Bearer &lt;API key&gt;.</translation>
    </message>
    <message>
        <source>Only Bearer authorization is supported.</source>
        <translation>Nur die Bearer-Autorisierung wird unterstützt.</translation>
    </message>
    <message>
        <source>The API key is not valid.</source>
        <translation>Der API-Schlüssel ist ungültig.</translation>
    </message>
    <message>
        <source>The xrfkey query parameter is missing.</source>
        <translation>Der Abfrageparameter xrfkey fehlt.</translation>
    </message>
    <message>
        <source>The X-Qlik-Xrfkey header is missing.</source>
        <translation>Der Header X-Qlik-Xrfkey fehlt.</translation>
    </message>
    <message>
        <source>The xrfkey must be 16 characters long.</source>
        <translation>Der xrfkey muss 16 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The xrfkey query parameter and the X-Qlik-Xrfkey header differ.</source>
        <translation>Der Abfrageparameter xrfkey und der Header X-Qlik-Xrfkey stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Unknown user %1\%2.</source>
        <translation>Unbekannter Benutzer %1\%2.</translation>
    </message>
    <message>
        <source>Authentication required: send X-Qlik-User or a Bearer API key.</source>
        <translation>Authentifizierung erforderlich: Senden Sie X-Qlik-User oder einen Bearer-API-Schlüssel.</translation>
    </message>
    <message>
        <source>No resource at %1 %2.</source>
        <translation>Keine Ressource unter %1 %2.</translation>
    </message>
    <message>
        <source>%1 is not supported on %2; allowed: %3.</source>
        <translation>%1 wird für %2 nicht unterstützt; zulässig: %3.</translation>
    </message>
    <message>
        <source>The request body has %1 bytes; at most %2 are accepted here.</source>
        <translation>Der Anfragetext hat %1 Byte; hier werden höchstens %2 akzeptiert.</translation>
    </message>
    <message>
        <source>Rate limit of %1 calls per minute exceeded for this user; retry after %2 seconds.</source>
        <translation>Ratenlimit von %1 Aufrufen pro Minute für diesen Benutzer überschritten; erneut versuchen nach %2 Sekunden.</translation>
    </message>
    <message>
        <source>The request body is not valid JSON: %1</source>
        <translation>Der Anfragetext ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>The sandbox failed to handle the request.</source>
        <translation>Die Sandbox konnte die Anfrage nicht verarbeiten.</translation>
    </message>
    <message>
        <source>The access token has expired.</source>
        <translation>Das Zugriffstoken ist abgelaufen.</translation>
    </message>
</context>
<context>
    <name>odag::sandbox::RequestRoutes</name>
    <message>
        <source>%1 must be true or false, not &quot;%2&quot;.</source>
        <translation>%1 muss true oder false sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>There is no ODAG link with ID %1.</source>
        <translation>Es gibt keinen ODAG-Link mit der ID %1.</translation>
    </message>
    <message>
        <source>action must be one of cancel, pause, resume, ackcancel, ackfailure; got &quot;%1&quot;.</source>
        <translation>action muss cancel, pause, resume, ackcancel oder ackfailure sein; erhalten: „%1“.</translation>
    </message>
</context>
<context>
    <name>odag::sandbox::RequestValidation</name>
    <message>
        <source>exactly %1</source>
        <translation>genau %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>mindestens %1</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>höchstens %1</translation>
    </message>
    <message>
        <source>any number of</source>
        <translation>beliebig viele</translation>
    </message>
    <message>
        <source>The link &quot;%1&quot; is %2; only an active link takes requests.</source>
        <translation>Der Link „%1“ ist %2; nur ein aktiver Link nimmt Anforderungen an.</translation>
    </message>
    <message>
        <source>The link &quot;%1&quot; is disabled for you (the disable property of context &quot;%2&quot; is true).</source>
        <translation>Der Link „%1“ ist für Sie deaktiviert (die Eigenschaft disable des Kontexts „%2“ ist true).</translation>
    </message>
    <message>
        <source>The selection makes more than %1 partitions (one generated app each); select fewer values in the partition fields %2.</source>
        <translation>Die Auswahl ergibt mehr als %1 Partitionen (je eine generierte App); wählen Sie weniger Werte in den Partitionsfeldern %2 aus.</translation>
    </message>
    <message>
        <source>The binding %1 needs %2 values of %3, and the selection state has no values for %3.</source>
        <translation>Die Bindung %1 benötigt %2 Werte von %3, aber der Auswahlstatus enthält keine Werte für %3.</translation>
    </message>
    <message>
        <source>The binding %1 needs %2 values of %3 in states %4; the selection has %5.</source>
        <translation>Die Bindung %1 benötigt %2 Werte von %3 in den Status %4; die Auswahl enthält %5.</translation>
    </message>
    <message>
        <source>No row estimate range of the link applies to you, so no request can be made.</source>
        <translation>Kein Bereich der Zeilenschätzung des Links gilt für Sie, daher kann keine Anforderung gestellt werden.</translation>
    </message>
    <message>
        <source>No row estimate (actualRowEst) was sent; the row estimate range was not checked.</source>
        <translation>Es wurde keine Zeilenschätzung (actualRowEst) gesendet; der Bereich der Zeilenschätzung wurde nicht geprüft.</translation>
    </message>
    <message>
        <source>Row estimate too low: %1 rows, the link needs at least %2 for you (context &quot;%3&quot;).</source>
        <translation>Zeilenschätzung zu niedrig: %1 Zeilen, der Link verlangt für Sie mindestens %2 (Kontext „%3“).</translation>
    </message>
    <message>
        <source>Row estimate exceeded: %1 rows, the link allows at most %2 for you (context &quot;%3&quot;). Narrow the selection.</source>
        <translation>Zeilenschätzung überschritten: %1 Zeilen, der Link erlaubt für Sie höchstens %2 (Kontext „%3“). Schränken Sie die Auswahl ein.</translation>
    </message>
</context>
<context>
    <name>odag::sandbox::SandboxServer</name>
    <message>
        <source>--faults: %1</source>
        <translation>--faults: %1</translation>
    </message>
    <message>
        <source>cannot seed the demo data: %1</source>
        <translation>die Demodaten können nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2</source>
        <translation>auf %1:%2 kann nicht gelauscht werden</translation>
    </message>
    <message>
        <source>--tls-cert: cannot read %1</source>
        <translation>--tls-cert: %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>--tls-key: cannot read %1</source>
        <translation>--tls-key: %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>--tls-cert: not a PEM certificate</source>
        <translation>--tls-cert: kein PEM-Zertifikat</translation>
    </message>
    <message>
        <source>--tls-key: not an unencrypted PEM RSA or EC private key</source>
        <translation>--tls-key: kein unverschlüsselter privater PEM-RSA- oder -EC-Schlüssel</translation>
    </message>
    <message>
        <source>this build of the sandbox has no TLS support</source>
        <translation>dieser Build der Sandbox hat keine TLS-Unterstützung</translation>
    </message>
</context>
<context>
    <name>odag::sandbox::SandboxStore</name>
    <message>
        <source>the paging cursor is not valid for this list</source>
        <translation>der Seitencursor ist für diese Liste ungültig</translation>
    </message>
    <message>
        <source>limit must be a whole number from 1 to %1</source>
        <translation>limit muss eine ganze Zahl von 1 bis %1 sein</translation>
    </message>
    <message>
        <source>next and prev cannot be used together</source>
        <translation>next und prev können nicht zusammen verwendet werden</translation>
    </message>
    <message>
        <source>cannot create the data directory %1</source>
        <translation>das Datenverzeichnis %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 has schema version %2, newer than this sandbox knows (%3)</source>
        <translation>%1 hat die Schemaversion %2, die neuer ist als die dieser Sandbox bekannte (%3)</translation>
    </message>
    <message>
        <source>migration %1 (%2) failed: %3</source>
        <translation>Migration %1 (%2) fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>cannot sort by &quot;%1&quot;</source>
        <translation>Sortieren nach „%1“ nicht möglich</translation>
    </message>
    <message>
        <source>cannot filter by &quot;%1&quot;</source>
        <translation>Filtern nach „%1“ nicht möglich</translation>
    </message>
</context>
<context>
    <name>odag::sandbox::ScimFilter</name>
    <message>
        <source>filter: the text starting at character %1 has no closing quote</source>
        <translation>filter: Der Text ab Zeichen %1 hat kein schließendes Anführungszeichen</translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot;</source>
        <translation>unerwartetes „%1“</translation>
    </message>
    <message>
        <source>filter: %1 at character %2</source>
        <translation>filter: %1 bei Zeichen %2</translation>
    </message>
    <message>
        <source>a closing parenthesis is missing</source>
        <translation>eine schließende Klammer fehlt</translation>
    </message>
    <message>
        <source>an attribute name is expected</source>
        <translation>ein Attributname wird erwartet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be filtered on (use %2)</source>
        <translation>nach „%1“ kann nicht gefiltert werden (verwenden Sie %2)</translation>
    </message>
    <message>
        <source>only the eq and ne operators are supported</source>
        <translation>nur die Operatoren eq und ne werden unterstützt</translation>
    </message>
    <message>
        <source>a value is expected</source>
        <translation>ein Wert wird erwartet</translation>
    </message>
</context>
<context>
    <name>odag::sandbox::SpaceRoutes</name>
    <message>
        <source>space</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a space type (shared, managed, data)</source>
        <translation>„%1“ ist kein Bereichstyp (shared, managed, data)</translation>
    </message>
    <message>
        <source>cannot sort by &quot;%1&quot;; use name, createdAt, updatedAt or type</source>
        <translation>Sortieren nach „%1“ nicht möglich; verwenden Sie name, createdAt, updatedAt oder type</translation>
    </message>
    <message>
        <source>You may not create %1 spaces.</source>
        <translation>Sie dürfen keine Bereiche vom Typ %1 erstellen.</translation>
    </message>
    <message>
        <source>A space named &quot;%1&quot; already exists.</source>
        <translation>Ein Bereich namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>You may not change the space %1.</source>
        <translation>Sie dürfen den Bereich %1 nicht ändern.</translation>
    </message>
    <message>
        <source>Only the owner of the space or an administrator may give it to someone else.</source>
        <translation>Nur der Eigentümer des Bereichs oder ein Administrator darf ihn einer anderen Person übertragen.</translation>
    </message>
    <message>
        <source>no user with ID %1</source>
        <translation>kein Benutzer mit der ID %1</translation>
    </message>
    <message>
        <source>at least one patch operation is required</source>
        <translation>mindestens ein Patch-Vorgang ist erforderlich</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not supported; use replace, add or remove</source>
        <translation>„%1“ wird nicht unterstützt; verwenden Sie replace, add oder remove</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be patched; use /name, /description or /ownerId</source>
        <translation>„%1“ kann nicht gepatcht werden; verwenden Sie /name, /description oder /ownerId</translation>
    </message>
    <message>
        <source>%1 cannot be removed</source>
        <translation>%1 kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>Only the owner of the space or an administrator may delete it.</source>
        <translation>Nur der Eigentümer des Bereichs oder ein Administrator darf ihn löschen.</translation>
    </message>
    <message numerus="yes">
        <source>The space still holds %n app(s); move or delete them first.</source>
        <translation>
            <numerusform>Der Bereich enthält noch %n App; verschieben oder löschen Sie sie zuerst.</numerusform>
            <numerusform>Der Bereich enthält noch %n Apps; verschieben oder löschen Sie sie zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be assigned in a %2 space (allowed: %3)</source>
        <translation>„%1“ kann in einem Bereich vom Typ %2 nicht zugewiesen werden (zulässig: %3)</translation>
    </message>
    <message>
        <source>use user or group</source>
        <translation>verwenden Sie user oder group</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an assignee type (user, group)</source>
        <translation>„%1“ ist kein Zuweisungsempfängertyp (user, group)</translation>
    </message>
    <message>
        <source>You may not manage the members of this space.</source>
        <translation>Sie dürfen die Mitglieder dieses Bereichs nicht verwalten.</translation>
    </message>
    <message>
        <source>%1 %2 is already assigned to this space (assignment %3).</source>
        <translation>%1 %2 ist diesem Bereich bereits zugewiesen (Zuweisung %3).</translation>
    </message>
    <message>
        <source>assignment</source>
        <translation>Zuweisung</translation>
    </message>
    <message>
        <source>at least one role is required</source>
        <translation>mindestens eine Rolle ist erforderlich</translation>
    </message>
</context>
</TS>
