<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>CommandLine</name>
    <message>
        <source>Administration of Qlik On-Demand App Generation: links, requests, spaces, apps and reloads.</source>
        <translation>Administración de la generación de apps bajo demanda de Qlik: enlaces, solicitudes, espacios, apps y recargas.</translation>
    </message>
    <message>
        <source>Open the connection profile &lt;name&gt;.</source>
        <translation>Abrir el perfil de conexión &lt;nombre&gt;.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Connect to the built-in sandbox tenant.</source>
        <translation>Conectarse al inquilino sandbox integrado.</translation>
    </message>
    <message>
        <source>Render the main window once its data has loaded, save it as a PNG to &lt;path&gt; and exit.</source>
        <translation>Representar la ventana principal cuando se hayan cargado sus datos, guardarla como PNG en &lt;ruta&gt; y salir.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>ruta</translation>
    </message>
    <message>
        <source>Use the language &lt;code&gt; (en, de, fr, es, ja) instead of the system&apos;s.</source>
        <translation>Usar el idioma &lt;código&gt; (en, de, fr, es, ja) en lugar del idioma del sistema.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>Keep the sandbox tenant&apos;s state in &lt;dir&gt;.</source>
        <translation>Guardar el estado del inquilino sandbox en &lt;dir&gt;.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Connect to the Qlik Cloud tenant at &lt;url&gt; (https://TENANT.REGION.qlikcloud.com) with the API key in the environment variable ODAG_API_KEY.</source>
        <translation>Conectarse al inquilino de Qlik Cloud en &lt;url&gt; (https://TENANT.REGION.qlikcloud.com) con la clave de API de la variable de entorno ODAG_API_KEY.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Try --help.</source>
        <translation>Pruebe --help.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1. Try --help.</source>
        <translation>Argumento inesperado: %1. Pruebe --help.</translation>
    </message>
    <message>
        <source>--tenant needs a URL such as https://tenant.eu.qlikcloud.com, not &quot;%1&quot;.</source>
        <translation>--tenant necesita una URL como https://tenant.eu.qlikcloud.com, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--tenant needs the API key in the environment variable ODAG_API_KEY.</source>
        <translation>--tenant necesita la clave de API en la variable de entorno ODAG_API_KEY.</translation>
    </message>
    <message>
        <source>Use either --tenant or --sandbox, not both.</source>
        <translation>Use --tenant o --sandbox, pero no ambos.</translation>
    </message>
    <message>
        <source>--screenshot needs a file path.</source>
        <translation>--screenshot necesita una ruta de archivo.</translation>
    </message>
    <message>
        <source>Open the workspace &lt;name&gt; (for example: links).</source>
        <translation>Abrir el área de trabajo &lt;nombre&gt; (por ejemplo: links).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>Unknown view &quot;%1&quot;. Views: %2.</source>
        <translation>Vista desconocida: &quot;%1&quot;. Vistas: %2.</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Could not start the sandbox tenant: %1</source>
        <translation>No se pudo iniciar el inquilino sandbox: %1</translation>
    </message>
    <message>
        <source>The view did not finish loading; saving the screenshot as it is.</source>
        <translation>La vista no terminó de cargarse; la captura de pantalla se guarda tal como está.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>No se pudo escribir %1.</translation>
    </message>
    <message>
        <source>Sandbox (Sense Enterprise)</source>
        <translation>Sandbox (Sense Enterprise)</translation>
    </message>
    <message>
        <source>There is no connection profile named &quot;%1&quot;. Available profiles: %2.</source>
        <translation>No hay ningún perfil de conexión llamado «%1». Perfiles disponibles: %2.</translation>
    </message>
    <message>
        <source>No keychain: keys and passwords are kept until you quit</source>
        <translation>Sin llavero: las claves y contraseñas se conservan hasta que salga</translation>
    </message>
    <message>
        <source>This computer has no keychain: keys and passwords you enter are kept only until ODAG Admin quits.</source>
        <translation>Este equipo no tiene llavero: las claves y contraseñas que introduzca solo se conservan hasta que se cierre ODAG Admin.</translation>
    </message>
    <message>
        <source>%1 Check the profile in File › Manage profiles… (Ctrl+Shift+M).</source>
        <translation>%1 Compruebe el perfil en Archivo › Administrar perfiles… (Ctrl+Shift+M).</translation>
    </message>
    <message>
        <source>You signed out of %1. Choose the profile again to sign in.</source>
        <translation>Ha cerrado la sesión de %1. Vuelva a elegir el perfil para iniciar sesión.</translation>
    </message>
    <message>
        <source>You signed out of %1 here, but the tenant did not confirm it: %2</source>
        <translation>Ha cerrado la sesión de %1 aquí, pero el inquilino no lo confirmó: %2</translation>
    </message>
</context>
<context>
    <name>odag-sandbox</name>
    <message>
        <source>A local Qlik tenant for trying, teaching and testing ODAG Admin. It speaks the Qlik Cloud ODAG, /api/v1 and engine paths and the Qlik Sense Enterprise ODAG paths on a loopback port.
Built-in users and their API keys are listed in the README.</source>
        <translation>Un inquilino de Qlik local para probar, enseñar y evaluar ODAG Admin. Atiende las rutas de Qlik Cloud para ODAG, /api/v1 y el motor, así como las rutas ODAG de Qlik Sense Enterprise, en un puerto de bucle invertido (loopback).
Los usuarios integrados y sus claves de API se indican en el archivo README.</translation>
    </message>
    <message>
        <source>Port to listen on (0: any free port).</source>
        <translation>Puerto de escucha (0: cualquier puerto libre).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Directory for the tenant&apos;s database (sandbox.db). Without it the tenant lives in memory and is lost at exit.</source>
        <translation>Directorio de la base de datos del inquilino (sandbox.db). Sin él, el inquilino reside en memoria y se pierde al salir.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>JSON file with the users: [{&quot;id&quot;,&quot;name&quot;,&quot;subject&quot;,&quot;groups&quot;,&quot;roles&quot;,&quot;apiKey&quot;,&quot;admin&quot;}]. Without it the built-in demo users.</source>
        <translation>Archivo JSON con los usuarios: [{&quot;id&quot;,&quot;name&quot;,&quot;subject&quot;,&quot;groups&quot;,&quot;roles&quot;,&quot;apiKey&quot;,&quot;admin&quot;}]. Sin él, los usuarios de demostración integrados.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>Inject faults: rules KIND[=N]:PROBABILITY:PATH[:METHOD] separated by commas, KIND one of 500, 502, 503 (any 4xx/5xx), delay, drop, truncate, malformed, 429storm; N is the delay in ms or the Retry-After seconds. Example: 500:0.1:/api/v1/*,delay=2000:0.5:/api/analytics/*. @FILE reads JSON rules.</source>
        <translation>Inyectar fallos: reglas KIND[=N]:PROBABILITY:PATH[:METHOD] separadas por comas; KIND es 500, 502, 503 (cualquier 4xx/5xx), delay, drop, truncate, malformed o 429storm; N es el retardo en ms o los segundos de Retry-After. Ejemplo: 500:0.1:/api/v1/*,delay=2000:0.5:/api/analytics/*. @FILE lee reglas JSON.</translation>
    </message>
    <message>
        <source>SPEC</source>
        <translation>ESPEC</translation>
    </message>
    <message>
        <source>Seed for the fault dice, for repeatable runs.</source>
        <translation>Semilla del generador aleatorio de fallos, para ejecuciones reproducibles.</translation>
    </message>
    <message>
        <source>Simulated time runs X times faster than real time.</source>
        <translation>El tiempo simulado avanza X veces más rápido que el tiempo real.</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>Do not enforce the per-tier rate limits.</source>
        <translation>No aplicar los límites de frecuencia por nivel (tier).</translation>
    </message>
    <message>
        <source>Log every request and store change.</source>
        <translation>Registrar cada solicitud y cada cambio en el almacén.</translation>
    </message>
    <message>
        <source>Number of app loads that may run at the same time.</source>
        <translation>Número de cargas de apps que pueden ejecutarse a la vez.</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>--port needs a number from 0 to 65535.</source>
        <translation>--port necesita un número entre 0 y 65535.</translation>
    </message>
    <message>
        <source>--fault-seed needs a whole number.</source>
        <translation>--fault-seed necesita un número entero.</translation>
    </message>
    <message>
        <source>--speed needs a number greater than 0.</source>
        <translation>--speed necesita un número mayor que 0.</translation>
    </message>
    <message>
        <source>--max-loads needs a whole number of at least 1.</source>
        <translation>--max-loads necesita un número entero de al menos 1.</translation>
    </message>
    <message>
        <source>cannot install the signal handlers; stop with SIGKILL.</source>
        <translation>no se pueden instalar los manejadores de señales; detenga el proceso con SIGKILL.</translation>
    </message>
    <message>
        <source>Load the demo tenant: spaces, apps with load scripts, ODAG links with per-user and per-group settings, and generation requests in every state.</source>
        <translation>Cargar el inquilino de demostración: espacios, apps con scripts de carga, enlaces ODAG con configuración por usuario y por grupo, y solicitudes de generación en todos los estados.</translation>
    </message>
    <message>
        <source>Serve HTTPS with this PEM certificate (needs --tls-key).</source>
        <translation>Servir HTTPS con este certificado PEM (requiere --tls-key).</translation>
    </message>
    <message>
        <source>The unencrypted PEM private key of --tls-cert.</source>
        <translation>La clave privada PEM sin cifrar de --tls-cert.</translation>
    </message>
    <message>
        <source>Seconds an OAuth2 access token stays valid (sandbox clock).</source>
        <translation>Segundos que un token de acceso OAuth2 sigue siendo válido (reloj del sandbox).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together.</source>
        <translation>--tls-cert y --tls-key deben usarse juntos.</translation>
    </message>
    <message>
        <source>--oauth-token-lifetime needs a whole number of at least 1.</source>
        <translation>--oauth-token-lifetime requiere un número entero mayor o igual que 1.</translation>
    </message>
</context>
<context>
    <name>odag::App</name>
    <message>
        <source>the app name is empty</source>
        <translation>el nombre de la app está vacío</translation>
    </message>
    <message>
        <source>the app name is longer than 256 characters</source>
        <translation>el nombre de la app tiene más de 256 caracteres</translation>
    </message>
</context>
<context>
    <name>odag::AppNameParameter</name>
    <message>
        <source>Template app name</source>
        <translation>Nombre de la app de plantilla</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>ID de usuario</translation>
    </message>
    <message>
        <source>Current year</source>
        <translation>Año actual</translation>
    </message>
    <message>
        <source>Current month</source>
        <translation>Mes actual</translation>
    </message>
    <message>
        <source>Current day</source>
        <translation>Día actual</translation>
    </message>
    <message>
        <source>Current hour</source>
        <translation>Hora actual</translation>
    </message>
    <message>
        <source>Current minute</source>
        <translation>Minuto actual</translation>
    </message>
    <message>
        <source>Current second</source>
        <translation>Segundo actual</translation>
    </message>
</context>
<context>
    <name>odag::AppOpenMethod</name>
    <message>
        <source>New tab</source>
        <translation>Nueva pestaña</translation>
    </message>
    <message>
        <source>New window</source>
        <translation>Nueva ventana</translation>
    </message>
</context>
<context>
    <name>odag::AppUsageType</name>
    <message>
        <source>Analytics</source>
        <translation>Análisis</translation>
    </message>
    <message>
        <source>Data preparation</source>
        <translation>Preparación de datos</translation>
    </message>
    <message>
        <source>Data flow preparation</source>
        <translation>Preparación de flujos de datos</translation>
    </message>
    <message>
        <source>Single table preparation</source>
        <translation>Preparación de tabla única</translation>
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
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
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
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Success with warnings</source>
        <translation>Correcto con advertencias</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>odag::EngineHealth</name>
    <message>
        <source>Healthy</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Alive but too busy</source>
        <translation>Activo pero saturado</translation>
    </message>
    <message>
        <source>Not healthy</source>
        <translation>Con problemas</translation>
    </message>
</context>
<context>
    <name>odag::EngineSessionState</name>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Stalled</source>
        <translation>Bloqueada</translation>
    </message>
</context>
<context>
    <name>odag::LimitPolicy</name>
    <message>
        <source>Restrict</source>
        <translation>Restringir</translation>
    </message>
    <message>
        <source>Delete oldest automatically</source>
        <translation>Eliminar la más antigua automáticamente</translation>
    </message>
</context>
<context>
    <name>odag::LinkStatus</name>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deshabilitado</translation>
    </message>
    <message>
        <source>Decommissioned</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Incompleto</translation>
    </message>
</context>
<context>
    <name>odag::LinkStatusSetting</name>
    <message>
        <source>Activate</source>
        <translation>Activar</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Deshabilitar</translation>
    </message>
    <message>
        <source>Decommission</source>
        <translation>Retirar</translation>
    </message>
</context>
<context>
    <name>odag::LinkType</name>
    <message>
        <source>Links</source>
        <translation>Enlaces</translation>
    </message>
    <message>
        <source>Dynamic views</source>
        <translation>Vistas dinámicas</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
</context>
<context>
    <name>odag::OdagAppType</name>
    <message>
        <source>Selection app</source>
        <translation>App de selección</translation>
    </message>
    <message>
        <source>Template app</source>
        <translation>App de plantilla</translation>
    </message>
    <message>
        <source>Generated app</source>
        <translation>App generada</translation>
    </message>
</context>
<context>
    <name>odag::QseRequestStatus</name>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Cargando</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
</context>
<context>
    <name>odag::Reload</name>
    <message>
        <source>at most %1 variables are allowed, got %2</source>
        <translation>se permiten como máximo %1 variables; se recibieron %2</translation>
    </message>
    <message>
        <source>the variable name is empty</source>
        <translation>el nombre de la variable está vacío</translation>
    </message>
    <message>
        <source>the variable name is longer than %1 characters</source>
        <translation>el nombre de la variable tiene más de %1 caracteres</translation>
    </message>
    <message>
        <source>the variable value is longer than %1 characters</source>
        <translation>el valor de la variable tiene más de %1 caracteres</translation>
    </message>
</context>
<context>
    <name>odag::ReloadStatus</name>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Reloading</source>
        <translation>Recargando</translation>
    </message>
    <message>
        <source>Canceling</source>
        <translation>Cancelando</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Correcta</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Exceeded limit</source>
        <translation>Límite superado</translation>
    </message>
</context>
<context>
    <name>odag::ReloadType</name>
    <message>
        <source>Manual (hub)</source>
        <translation>Manual (centro)</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Programada</translation>
    </message>
    <message>
        <source>Automation</source>
        <translation>Automatización</translation>
    </message>
    <message>
        <source>Data refresh</source>
        <translation>Actualización de datos</translation>
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
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Acknowledge cancellation</source>
        <translation>Confirmar la cancelación</translation>
    </message>
    <message>
        <source>Acknowledge failure</source>
        <translation>Confirmar el error</translation>
    </message>
</context>
<context>
    <name>odag::RequestKind</name>
    <message>
        <source>Single</source>
        <translation>Individual</translation>
    </message>
    <message>
        <source>Multiple</source>
        <translation>Múltiple</translation>
    </message>
    <message>
        <source>Sub-request</source>
        <translation>Subsolicitud</translation>
    </message>
</context>
<context>
    <name>odag::RequestState</name>
    <message>
        <source>Validating</source>
        <translation>Validando</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>No válida</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Cargando</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Correcta</translation>
    </message>
    <message>
        <source>Canceling</source>
        <translation>Cancelando</translation>
    </message>
    <message>
        <source>Canceled (acknowledged)</source>
        <translation>Cancelada (confirmada)</translation>
    </message>
    <message>
        <source>Failed (acknowledged)</source>
        <translation>Fallida (confirmada)</translation>
    </message>
</context>
<context>
    <name>odag::SelectAppParamType</name>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Propiedad</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>Excluir</translation>
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
        <translation>Seleccionado</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Excluido</translation>
    </message>
</context>
<context>
    <name>odag::Space</name>
    <message>
        <source>The space name is empty.</source>
        <translation>El nombre del espacio está vacío.</translation>
    </message>
    <message>
        <source>The space name is longer than 256 characters.</source>
        <translation>El nombre del espacio tiene más de 256 caracteres.</translation>
    </message>
    <message>
        <source>The space name may not contain %1.</source>
        <translation>El nombre del espacio no puede contener %1.</translation>
    </message>
    <message>
        <source>at least one role is required</source>
        <translation>se requiere al menos un rol</translation>
    </message>
</context>
<context>
    <name>odag::SpaceRole</name>
    <message>
        <source>Can view</source>
        <translation>Puede ver</translation>
    </message>
    <message>
        <source>Can contribute</source>
        <translation>Puede contribuir</translation>
    </message>
    <message>
        <source>Can consume data</source>
        <translation>Puede consumir datos</translation>
    </message>
    <message>
        <source>Can preview data</source>
        <translation>Puede previsualizar datos</translation>
    </message>
    <message>
        <source>Can facilitate</source>
        <translation>Puede facilitar</translation>
    </message>
    <message>
        <source>Can manage</source>
        <translation>Puede gestionar</translation>
    </message>
    <message>
        <source>Can operate</source>
        <translation>Puede operar</translation>
    </message>
    <message>
        <source>Can edit</source>
        <translation>Puede editar</translation>
    </message>
    <message>
        <source>Can publish</source>
        <translation>Puede publicar</translation>
    </message>
    <message>
        <source>Has restricted view</source>
        <translation>Vista restringida</translation>
    </message>
    <message>
        <source>Can co-develop</source>
        <translation>Puede codesarrollar</translation>
    </message>
</context>
<context>
    <name>odag::SpaceType</name>
    <message>
        <source>Shared</source>
        <translation>Compartido</translation>
    </message>
    <message>
        <source>Managed</source>
        <translation>Gestionado</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
</context>
<context>
    <name>odag::api::ApiError</name>
    <message>
        <source>The connection to the server failed.</source>
        <translation>Error en la conexión con el servidor.</translation>
    </message>
    <message>
        <source>The connection to the server failed: %1</source>
        <translation>Error en la conexión con el servidor: %1</translation>
    </message>
    <message>
        <source>The secure connection to the server failed.</source>
        <translation>Error en la conexión segura con el servidor.</translation>
    </message>
    <message>
        <source>The secure connection to the server failed: %1</source>
        <translation>Error en la conexión segura con el servidor: %1</translation>
    </message>
    <message numerus="yes">
        <source>The server did not answer within %n second(s).</source>
        <translation>
            <numerusform>El servidor no respondió en %n s.</numerusform>
            <numerusform>El servidor no respondió en %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>El servidor no respondió a tiempo.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Se canceló la solicitud.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read.</source>
        <translation>No se pudo leer la respuesta del servidor.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read: %1</source>
        <translation>No se pudo leer la respuesta del servidor: %1</translation>
    </message>
    <message numerus="yes">
        <source>The server received too many requests and asks to wait %n second(s). Try again later.</source>
        <translation>
            <numerusform>El servidor recibió demasiadas solicitudes y pide esperar %n s. Inténtelo de nuevo más tarde.</numerusform>
            <numerusform>El servidor recibió demasiadas solicitudes y pide esperar %n s. Inténtelo de nuevo más tarde.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server still refuses requests as too many after several waits. Try again in a few minutes.</source>
        <translation>El servidor sigue rechazando las solicitudes por exceso después de varias esperas. Inténtelo de nuevo en unos minutos.</translation>
    </message>
    <message>
        <source>The request failed.</source>
        <translation>Error en la solicitud.</translation>
    </message>
    <message>
        <source>Request: %1 %2</source>
        <translation>Solicitud: %1 %2</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>Estado HTTP: %1</translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation>Código de error: %1</translation>
    </message>
    <message>
        <source>Error title: %1</source>
        <translation>Título del error: %1</translation>
    </message>
    <message>
        <source>Trace ID: %1</source>
        <translation>ID de seguimiento: %1</translation>
    </message>
    <message>
        <source>Attempts: %1</source>
        <translation>Intentos: %1</translation>
    </message>
    <message>
        <source>Technical: %1</source>
        <translation>Detalles técnicos: %1</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>El servidor indicó: %1</translation>
    </message>
    <message>
        <source>The server refused the request as invalid: %1</source>
        <translation>El servidor rechazó la solicitud por no ser válida: %1</translation>
    </message>
    <message>
        <source>The server did not accept your sign-in or API key. Sign in again or check the key in the connection settings.</source>
        <translation>El servidor no aceptó su inicio de sesión ni su clave de API. Vuelva a iniciar sesión o compruebe la clave en la configuración de la conexión.</translation>
    </message>
    <message>
        <source>You do not have permission to do this on the server.</source>
        <translation>No tiene permiso para realizar esta acción en el servidor.</translation>
    </message>
    <message>
        <source>The server could not find the item. It may have been deleted or moved.</source>
        <translation>El servidor no encontró el elemento. Es posible que se haya eliminado o movido.</translation>
    </message>
    <message>
        <source>The item was changed by someone else since you loaded it. Reload it and try again.</source>
        <translation>Otra persona modificó el elemento después de que usted lo cargara. Vuelva a cargarlo e inténtelo de nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>The server received too many requests and asks to wait %n second(s).</source>
        <translation>
            <numerusform>El servidor recibió demasiadas solicitudes y pide esperar %n s.</numerusform>
            <numerusform>El servidor recibió demasiadas solicitudes y pide esperar %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server received too many requests. Wait a minute and try again.</source>
        <translation>El servidor recibió demasiadas solicitudes. Espere un minuto e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The server had an error (%1). Try again later.</source>
        <translation>Se produjo un error en el servidor (%1). Inténtelo de nuevo más tarde.</translation>
    </message>
    <message numerus="yes">
        <source>The server is unavailable (%1) and asks to wait %n second(s).</source>
        <translation>
            <numerusform>El servidor no está disponible (%1) y pide esperar %n s.</numerusform>
            <numerusform>El servidor no está disponible (%1) y pide esperar %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server refused the request (%1).</source>
        <translation>El servidor rechazó la solicitud (%1).</translation>
    </message>
</context>
<context>
    <name>odag::api::AppsApi</name>
    <message>
        <source>the export answer names no download location</source>
        <translation>la respuesta de la exportación no indica ninguna ubicación de descarga</translation>
    </message>
</context>
<context>
    <name>odag::api::Authenticator</name>
    <message>
        <source>This sign-in method cannot be renewed.</source>
        <translation>Este método de inicio de sesión no se puede renovar.</translation>
    </message>
</context>
<context>
    <name>odag::api::CursorPager</name>
    <message>
        <source>links.next.href repeats a page already read (%1); the list was stopped after %2 pages</source>
        <translation>links.next.href repite una página ya leída (%1); la lista se detuvo después de %2 páginas</translation>
    </message>
</context>
<context>
    <name>odag::api::OAuth</name>
    <message>
        <source>The sign-in has no refresh token; sign in again.</source>
        <translation>El inicio de sesión no tiene token de actualización; vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>The sign-in could not be renewed: %1</source>
        <translation>No se pudo renovar el inicio de sesión: %1</translation>
    </message>
    <message>
        <source>The tenant could not be told to end the sign-in: %1</source>
        <translation>No se pudo indicar al inquilino que finalice el inicio de sesión: %1</translation>
    </message>
    <message>
        <source>The tenant did not end the sign-in (HTTP status %1).</source>
        <translation>El inquilino no finalizó el inicio de sesión (estado HTTP %1).</translation>
    </message>
    <message>
        <source>This sign-in has already ended. Return to ODAG Admin.</source>
        <translation>Este inicio de sesión ya ha finalizado. Vuelva a ODAG Admin.</translation>
    </message>
    <message>
        <source>This answer does not belong to the sign-in ODAG Admin started.</source>
        <translation>Esta respuesta no corresponde al inicio de sesión que inició ODAG Admin.</translation>
    </message>
    <message>
        <source>The sign-in answer does not belong to this sign-in (state mismatch). Start the sign-in again.</source>
        <translation>La respuesta no corresponde a este inicio de sesión (el parámetro state no coincide). Vuelva a iniciar el inicio de sesión.</translation>
    </message>
    <message>
        <source>The sign-in was denied in the browser.</source>
        <translation>El inicio de sesión se denegó en el navegador.</translation>
    </message>
    <message>
        <source>The tenant refused the sign-in: %1</source>
        <translation>El inquilino rechazó el inicio de sesión: %1</translation>
    </message>
    <message>
        <source>The tenant&apos;s answer carries no authorization code.</source>
        <translation>La respuesta del inquilino no contiene ningún código de autorización.</translation>
    </message>
    <message>
        <source>ODAG Admin could not sign you in: %1</source>
        <translation>ODAG Admin no pudo iniciar su sesión: %1</translation>
    </message>
    <message>
        <source>You are signed in to ODAG Admin. You can close this tab.</source>
        <translation>Ha iniciado sesión en ODAG Admin. Puede cerrar esta pestaña.</translation>
    </message>
    <message>
        <source>ODAG Admin cannot wait for the browser on port %1: %2</source>
        <translation>ODAG Admin no puede esperar al navegador en el puerto %1: %2</translation>
    </message>
    <message>
        <source>The sign-in was cancelled in ODAG Admin.</source>
        <translation>Se canceló el inicio de sesión en ODAG Admin.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Se canceló el inicio de sesión.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Se canceló la solicitud.</translation>
    </message>
    <message>
        <source>The tenant could not be reached: %1</source>
        <translation>No se pudo conectar con el inquilino: %1</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>Estado HTTP %1</translation>
    </message>
    <message>
        <source>The tenant&apos;s answer to the sign-in holds no usable access token.</source>
        <translation>La respuesta del inquilino al inicio de sesión no contiene ningún token de acceso utilizable.</translation>
    </message>
    <message>
        <source>ODAG Admin</source>
        <translation>ODAG Admin</translation>
    </message>
    <message>
        <source>This request is too large.</source>
        <translation>Esta solicitud es demasiado grande.</translation>
    </message>
    <message>
        <source>There is nothing here. Return to ODAG Admin.</source>
        <translation>Aquí no hay nada. Vuelva a ODAG Admin.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Sesión iniciada</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Error al iniciar sesión</translation>
    </message>
</context>
<context>
    <name>odag::api::Transport</name>
    <message>
        <source>The server address %1 is not a valid URL.</source>
        <translation>La dirección del servidor %1 no es una URL válida.</translation>
    </message>
    <message>
        <source>The server sent a link that is not a valid URL.</source>
        <translation>El servidor envió un enlace que no es una URL válida.</translation>
    </message>
    <message>
        <source>The server sent a link to another server (%1 instead of %2); it was not followed.</source>
        <translation>El servidor envió un enlace a otro servidor (%1 en lugar de %2); no se ha seguido.</translation>
    </message>
    <message>
        <source>The request address is not a valid URL.</source>
        <translation>La dirección de la solicitud no es una URL válida.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>The data could not be sent again: its source or target cannot go back to the start.</source>
        <translation>No se pudieron volver a enviar los datos: su origen o destino no puede volver al principio.</translation>
    </message>
    <message>
        <source>The download could not be written: %1</source>
        <translation>No se pudo escribir la descarga: %1</translation>
    </message>
    <message>
        <source>No answer within %1 ms.</source>
        <translation>Sin respuesta en %1 ms.</translation>
    </message>
</context>
<context>
    <name>odag::gui::AppDataModelTab</name>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tablas</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Distinct values</source>
        <translation>Valores distintos</translation>
    </message>
    <message>
        <source>Total values</source>
        <translation>Valores totales</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Campos</translation>
    </message>
    <message>
        <source>Key fields</source>
        <translation>Campos clave</translation>
    </message>
    <message>
        <source>Tables of the data model</source>
        <translation>Tablas del modelo de datos</translation>
    </message>
    <message>
        <source>Fields of the data model</source>
        <translation>Campos del modelo de datos</translation>
    </message>
    <message>
        <source>Reading the data model…</source>
        <translation>Leyendo el modelo de datos…</translation>
    </message>
    <message>
        <source>Could not read the data model</source>
        <translation>No se pudo leer el modelo de datos</translation>
    </message>
    <message>
        <source>The app holds no data yet: reload it to build its data model.</source>
        <translation>La app aún no contiene datos: recárguela para crear su modelo de datos.</translation>
    </message>
    <message>
        <source>%1 and %2, size in memory %3</source>
        <translation>%1 y %2; tamaño en memoria: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n tabla</numerusform>
            <numerusform>%n tablas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n campo</numerusform>
            <numerusform>%n campos</numerusform>
        </translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>no indicado</translation>
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
        <translation>Guardar cambios</translation>
    </message>
    <message>
        <source>App name</source>
        <translation>Nombre de la app</translation>
    </message>
    <message>
        <source>App description</source>
        <translation>Descripción de la app</translation>
    </message>
    <message>
        <source>Save the name and description (Ctrl+Return)</source>
        <translation>Guardar el nombre y la descripción (Ctrl+Return)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>Personal space</source>
        <translation>Espacio personal</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>yes, %1</source>
        <translation>sí, %1</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>section access</source>
        <translation>section access</translation>
    </message>
    <message>
        <source>Direct Query</source>
        <translation>Direct Query</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>cifrada</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>no indicado</translation>
    </message>
    <message>
        <source>Could not save the app</source>
        <translation>No se pudo guardar la app</translation>
    </message>
    <message>
        <source>App ID:</source>
        <translation>ID de la app:</translation>
    </message>
    <message>
        <source>Space:</source>
        <translation>Espacio:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Propietario:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Creada:</translation>
    </message>
    <message>
        <source>Modified:</source>
        <translation>Modificada:</translation>
    </message>
    <message>
        <source>Last reload:</source>
        <translation>Última recarga:</translation>
    </message>
    <message>
        <source>Published:</source>
        <translation>Publicada:</translation>
    </message>
    <message>
        <source>Published from:</source>
        <translation>Publicada desde:</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Uso:</translation>
    </message>
    <message>
        <source>Properties:</source>
        <translation>Propiedades:</translation>
    </message>
    <message>
        <source>Your privileges:</source>
        <translation>Sus privilegios:</translation>
    </message>
</context>
<context>
    <name>odag::gui::AppFormDialog</name>
    <message>
        <source>App name</source>
        <translation>Nombre de la app</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <source>Personal space</source>
        <translation>Espacio personal</translation>
    </message>
    <message>
        <source>&amp;Space:</source>
        <translation>&amp;Espacio:</translation>
    </message>
    <message>
        <source>New owner&apos;s user ID</source>
        <translation>ID de usuario del nuevo propietario</translation>
    </message>
    <message>
        <source>User ID, for example 65f1a2b3c4d5e6f708192a02</source>
        <translation>ID de usuario, por ejemplo, 65f1a2b3c4d5e6f708192a02</translation>
    </message>
    <message>
        <source>New &amp;owner:</source>
        <translation>Nuevo &amp;propietario:</translation>
    </message>
</context>
<context>
    <name>odag::gui::AppLineageTab</name>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Instrucción</translation>
    </message>
    <message>
        <source>Data lineage</source>
        <translation>Linaje de datos</translation>
    </message>
    <message>
        <source>Could not read the data lineage</source>
        <translation>No se pudo leer el linaje de datos</translation>
    </message>
</context>
<context>
    <name>odag::gui::AppOperations</name>
    <message>
        <source>Imported “%1”</source>
        <translation>Se importó “%1”</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportada a %1</translation>
    </message>
    <message>
        <source>Transfer cancelled</source>
        <translation>Transferencia cancelada</translation>
    </message>
    <message>
        <source>App file</source>
        <translation>Archivo de la app</translation>
    </message>
    <message>
        <source>New app</source>
        <translation>Nueva app</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Could not create the app</source>
        <translation>No se pudo crear la app</translation>
    </message>
    <message>
        <source>Created “%1”</source>
        <translation>Se creó “%1”</translation>
    </message>
    <message>
        <source>Copy app</source>
        <translation>Copiar app</translation>
    </message>
    <message>
        <source>Copies “%1” with its script and data.</source>
        <translation>Copia “%1” con su script y sus datos.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Could not copy the app</source>
        <translation>No se pudo copiar la app</translation>
    </message>
    <message>
        <source>Copied to “%1”</source>
        <translation>Se copió en “%1”</translation>
    </message>
    <message>
        <source>Move app to a space</source>
        <translation>Mover la app a un espacio</translation>
    </message>
    <message>
        <source>Moves “%1” into another shared space. Its members will see it.</source>
        <translation>Mueve “%1” a otro espacio compartido. Sus miembros podrán verla.</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Mover</translation>
    </message>
    <message>
        <source>Could not move the app</source>
        <translation>No se pudo mover la app</translation>
    </message>
    <message>
        <source>Moved “%1”</source>
        <translation>Se movió “%1”</translation>
    </message>
    <message>
        <source>Remove from space</source>
        <translation>Quitar del espacio</translation>
    </message>
    <message>
        <source>Move “%1” out of its space into the owner&apos;s personal space?</source>
        <translation>¿Sacar “%1” de su espacio y moverla al espacio personal del propietario?</translation>
    </message>
    <message>
        <source>Could not remove the app from its space</source>
        <translation>No se pudo quitar la app de su espacio</translation>
    </message>
    <message>
        <source>“%1” is now in the personal space</source>
        <translation>“%1” está ahora en el espacio personal</translation>
    </message>
    <message>
        <source>Change owner</source>
        <translation>Cambiar propietario</translation>
    </message>
    <message>
        <source>“%1” is owned by %2. Give it to:</source>
        <translation>El propietario de “%1” es %2. Asignarla a:</translation>
    </message>
    <message>
        <source>Could not change the owner</source>
        <translation>No se pudo cambiar el propietario</translation>
    </message>
    <message>
        <source>Changed the owner of “%1”</source>
        <translation>Se cambió el propietario de “%1”</translation>
    </message>
    <message>
        <source>Publish app</source>
        <translation>Publicar app</translation>
    </message>
    <message>
        <source>Publishes a copy of “%1” to a managed space, where its members can use it.</source>
        <translation>Publica una copia de “%1” en un espacio gestionado, donde sus miembros pueden usarla.</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publicar</translation>
    </message>
    <message>
        <source>Could not publish the app</source>
        <translation>No se pudo publicar la app</translation>
    </message>
    <message>
        <source>Published “%1”</source>
        <translation>Se publicó “%1”</translation>
    </message>
    <message>
        <source>Republish app</source>
        <translation>Volver a publicar app</translation>
    </message>
    <message>
        <source>Replaces the copy of “%1” published to a managed space with its current script and data.</source>
        <translation>Reemplaza la copia de “%1” publicada en un espacio gestionado por su script y sus datos actuales.</translation>
    </message>
    <message>
        <source>Republish</source>
        <translation>Volver a publicar</translation>
    </message>
    <message>
        <source>Could not republish the app</source>
        <translation>No se pudo volver a publicar la app</translation>
    </message>
    <message>
        <source>Republished “%1”</source>
        <translation>Se volvió a publicar “%1”</translation>
    </message>
    <message>
        <source>Delete app</source>
        <translation>Eliminar app</translation>
    </message>
    <message>
        <source>Delete “%1” with its data, script history and reload logs? This cannot be undone.</source>
        <translation>¿Eliminar “%1” con sus datos, su historial de scripts y sus registros de recarga? Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>Could not delete the app</source>
        <translation>No se pudo eliminar la app</translation>
    </message>
    <message>
        <source>Deleted “%1”</source>
        <translation>Se eliminó “%1”</translation>
    </message>
    <message>
        <source>Export app</source>
        <translation>Exportar app</translation>
    </message>
    <message>
        <source>Qlik Sense apps (*.qvf)</source>
        <translation>Apps de Qlik Sense (*.qvf)</translation>
    </message>
    <message>
        <source>Import app</source>
        <translation>Importar app</translation>
    </message>
    <message>
        <source>Uploads %1 as a new app.</source>
        <translation>Carga %1 como una app nueva.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
</context>
<context>
    <name>odag::gui::AppReloadLogsTab</name>
    <message>
        <source>Finished</source>
        <translation>Finalizada</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Reload logs</source>
        <translation>Registros de recarga</translation>
    </message>
    <message>
        <source>Reload log text</source>
        <translation>Texto del registro de recarga</translation>
    </message>
    <message>
        <source>Select a reload to read its log.</source>
        <translation>Seleccione una recarga para leer su registro.</translation>
    </message>
    <message>
        <source>Could not read the reload logs</source>
        <translation>No se pudieron leer los registros de recarga</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Correcta</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>The app has not been reloaded yet.</source>
        <translation>La app aún no se ha recargado.</translation>
    </message>
    <message>
        <source>Reading the log…</source>
        <translation>Leyendo el registro…</translation>
    </message>
    <message>
        <source>Could not read the reload log</source>
        <translation>No se pudo leer el registro de recarga</translation>
    </message>
</context>
<context>
    <name>odag::gui::AppScriptTab</name>
    <message>
        <source>Older versions</source>
        <translation>Versiones anteriores</translation>
    </message>
    <message>
        <source>Set script</source>
        <translation>Definir script</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardada</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Script versions</source>
        <translation>Versiones del script</translation>
    </message>
    <message>
        <source>Read the next page of older script versions</source>
        <translation>Leer la página siguiente de versiones anteriores del script</translation>
    </message>
    <message>
        <source>Load script</source>
        <translation>Script de carga</translation>
    </message>
    <message>
        <source>ODAG bind variables in the script</source>
        <translation>Variables de vinculación ODAG del script</translation>
    </message>
    <message>
        <source>Version message</source>
        <translation>Mensaje de la versión</translation>
    </message>
    <message>
        <source>What changed in this version</source>
        <translation>Qué cambió en esta versión</translation>
    </message>
    <message>
        <source>Save the script as a new version (Ctrl+S)</source>
        <translation>Guardar el script como una versión nueva (Ctrl+S)</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versiones</translation>
    </message>
    <message>
        <source>ODAG bindings found</source>
        <translation>Vinculaciones ODAG encontradas</translation>
    </message>
    <message>
        <source>Version &amp;message:</source>
        <translation>&amp;Mensaje de la versión:</translation>
    </message>
    <message>
        <source>Could not read the script history</source>
        <translation>No se pudo leer el historial del script</translation>
    </message>
    <message>
        <source>Could not read the script version</source>
        <translation>No se pudo leer la versión del script</translation>
    </message>
    <message>
        <source>%1 [%2-%3] — line %4</source>
        <translation>%1 [%2-%3] — línea %4</translation>
    </message>
    <message>
        <source>%1 — line %2</source>
        <translation>%1 — línea %2</translation>
    </message>
    <message>
        <source>Field %1, selection states %2</source>
        <translation>Campo %1, estados de selección %2</translation>
    </message>
    <message>
        <source>default</source>
        <translation>predeterminado</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <source>No ODAG bind variables</source>
        <translation>No hay variables de vinculación ODAG</translation>
    </message>
    <message>
        <source>Could not save the script</source>
        <translation>No se pudo guardar el script</translation>
    </message>
</context>
<context>
    <name>odag::gui::AppTransferBar</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Transfer progress</source>
        <translation>Progreso de la transferencia</translation>
    </message>
    <message>
        <source>Stop the transfer (Esc)</source>
        <translation>Detener la transferencia (Esc)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Exporting “%1”…</source>
        <translation>Exportando “%1”…</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Could not export the app</source>
        <translation>No se pudo exportar la app</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>Descargando %1…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Could not import the app</source>
        <translation>No se pudo importar la app</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>odag::gui::AppsModel</name>
    <message>
        <source>Personal</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicada</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Succeeded %1</source>
        <translation>Correcta %1</translation>
    </message>
    <message>
        <source>Failed %1</source>
        <translation>Fallida %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <source>Last reload</source>
        <translation>Última recarga</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizada</translation>
    </message>
</context>
<context>
    <name>odag::gui::AppsWorkspace</name>
    <message>
        <source>&lt;h3&gt;Apps are managed in the Qlik Sense Enterprise hub&lt;/h3&gt;&lt;p&gt;This connection is to Qlik Sense Enterprise on Windows, which offers ODAG links and requests through its ODAG API but not the Qlik Cloud apps, items and spaces APIs this page uses.&lt;/p&gt;&lt;p&gt;Use the Qlik Management Console to copy, publish, export or import apps there.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Las apps se gestionan en el centro de Qlik Sense Enterprise&lt;/h3&gt;&lt;p&gt;Esta conexión es con Qlik Sense Enterprise on Windows, que ofrece enlaces y solicitudes ODAG mediante su API de ODAG, pero no las API de apps, elementos y espacios de Qlik Cloud que usa esta página.&lt;/p&gt;&lt;p&gt;Use la Qlik Management Console para copiar, publicar, exportar o importar apps allí.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Read the apps again (F5)</source>
        <translation>Volver a leer las apps (F5)</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nueva…</translation>
    </message>
    <message>
        <source>Create an app</source>
        <translation>Crear una app</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Upload a .qvf file as a new app</source>
        <translation>Cargar un archivo .qvf como una app nueva</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Download the app as a .qvf file</source>
        <translation>Descargar la app como archivo .qvf</translation>
    </message>
    <message>
        <source>Copy…</source>
        <translation>Copiar…</translation>
    </message>
    <message>
        <source>Copy the app</source>
        <translation>Copiar la app</translation>
    </message>
    <message>
        <source>Move to space…</source>
        <translation>Mover a un espacio…</translation>
    </message>
    <message>
        <source>Move the app into a shared space</source>
        <translation>Mover la app a un espacio compartido</translation>
    </message>
    <message>
        <source>Remove from space</source>
        <translation>Quitar del espacio</translation>
    </message>
    <message>
        <source>Move the app to its owner&apos;s personal space</source>
        <translation>Mover la app al espacio personal de su propietario</translation>
    </message>
    <message>
        <source>Change owner…</source>
        <translation>Cambiar propietario…</translation>
    </message>
    <message>
        <source>Give the app to another user</source>
        <translation>Asignar la app a otro usuario</translation>
    </message>
    <message>
        <source>Publish…</source>
        <translation>Publicar…</translation>
    </message>
    <message>
        <source>Publish the app to a managed space</source>
        <translation>Publicar la app en un espacio gestionado</translation>
    </message>
    <message>
        <source>Republish…</source>
        <translation>Volver a publicar…</translation>
    </message>
    <message>
        <source>Update the app&apos;s published copy</source>
        <translation>Actualizar la copia publicada de la app</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the app</source>
        <translation>Eliminar la app</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>Filtrar por nombre</translation>
    </message>
    <message>
        <source>Filter apps by name</source>
        <translation>Filtrar apps por nombre</translation>
    </message>
    <message>
        <source>Filter apps by space</source>
        <translation>Filtrar apps por espacio</translation>
    </message>
    <message>
        <source>All spaces</source>
        <translation>Todos los espacios</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Owner&apos;s user ID</source>
        <translation>ID de usuario del propietario</translation>
    </message>
    <message>
        <source>Filter apps by owner</source>
        <translation>Filtrar apps por propietario</translation>
    </message>
    <message>
        <source>Apps</source>
        <translation>Apps</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Data model</source>
        <translation>Modelo de datos</translation>
    </message>
    <message>
        <source>Lineage</source>
        <translation>Linaje</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Script</translation>
    </message>
    <message>
        <source>Reload logs</source>
        <translation>Registros de recarga</translation>
    </message>
    <message>
        <source>Could not list the apps</source>
        <translation>No se pudieron enumerar las apps</translation>
    </message>
    <message>
        <source>Could not list the spaces</source>
        <translation>No se pudieron enumerar los espacios</translation>
    </message>
    <message numerus="yes">
        <source>%n app(s) so far</source>
        <translation>
            <numerusform>%n app hasta ahora</numerusform>
            <numerusform>%n apps hasta ahora</numerusform>
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
        <source>Could not read the app</source>
        <translation>No se pudo leer la app</translation>
    </message>
</context>
<context>
    <name>odag::gui::AssignmentDialog</name>
    <message>
        <source>Add member to %1</source>
        <translation>Añadir miembro a %1</translation>
    </message>
    <message>
        <source>Change roles in %1</source>
        <translation>Cambiar roles en %1</translation>
    </message>
    <message>
        <source>Member type</source>
        <translation>Tipo de miembro</translation>
    </message>
    <message>
        <source>User or group ID</source>
        <translation>ID de usuario o grupo</translation>
    </message>
    <message>
        <source>The ID of the user or group</source>
        <translation>El ID del usuario o grupo</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Member &amp;type:</source>
        <translation>&amp;Tipo de miembro:</translation>
    </message>
    <message>
        <source>&amp;ID:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>Enter the ID of the user or group.</source>
        <translation>Introduzca el ID del usuario o grupo.</translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>Elija al menos un rol.</translation>
    </message>
    <message>
        <source>Could not add the member</source>
        <translation>No se pudo añadir al miembro</translation>
    </message>
    <message>
        <source>Could not change the roles</source>
        <translation>No se pudieron cambiar los roles</translation>
    </message>
</context>
<context>
    <name>odag::gui::BindingsModel</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>quote %1, delimiter %2</source>
        <translation>comillas %1, delimitador %2</translation>
    </message>
    <message>
        <source>Read-only: set by the template app&apos;s script</source>
        <translation>Solo lectura: lo define el script de la app de plantilla</translation>
    </message>
    <message>
        <source>Template variable</source>
        <translation>Variable de plantilla</translation>
    </message>
    <message>
        <source>Parameter type</source>
        <translation>Tipo de parámetro</translation>
    </message>
    <message>
        <source>Parameter name</source>
        <translation>Nombre del parámetro</translation>
    </message>
    <message>
        <source>Selection states (read-only)</source>
        <translation>Estados de selección (solo lectura)</translation>
    </message>
    <message>
        <source>Min values</source>
        <translation>Valores mín.</translation>
    </message>
    <message>
        <source>Max values</source>
        <translation>Valores máx.</translation>
    </message>
    <message>
        <source>Numeric only (read-only)</source>
        <translation>Solo numérico (solo lectura)</translation>
    </message>
    <message>
        <source>Formatting (read-only)</source>
        <translation>Formato (solo lectura)</translation>
    </message>
</context>
<context>
    <name>odag::gui::BindingsPage</name>
    <message>
        <source>&amp;Add binding</source>
        <translation>Añadir vin&amp;culación</translation>
    </message>
    <message>
        <source>&amp;Remove binding</source>
        <translation>&amp;Quitar vinculación</translation>
    </message>
    <message>
        <source>Bindings</source>
        <translation>Vinculaciones</translation>
    </message>
    <message>
        <source>Read the template app&apos;s load script and list the bind variables it declares</source>
        <translation>Leer el script de carga de la app de plantilla y enumerar las variables de vinculación que declara</translation>
    </message>
    <message>
        <source>Bindings found in the template script</source>
        <translation>Vinculaciones encontradas en el script de plantilla</translation>
    </message>
    <message>
        <source>Reading the template app&apos;s script…</source>
        <translation>Leyendo el script de la app de plantilla…</translation>
    </message>
    <message>
        <source>Could not read the template app&apos;s script.</source>
        <translation>No se pudo leer el script de la app de plantilla.</translation>
    </message>
    <message>
        <source>%1 — field %2</source>
        <translation>%1 — campo %2</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <source>Bindings in the template script: %1. Missing from the link: %2.</source>
        <translation>Vinculaciones en el script de plantilla: %1. Ausentes en el enlace: %2.</translation>
    </message>
    <message>
        <source>The template script declares no bind variables.</source>
        <translation>El script de plantilla no declara ninguna variable de vinculación.</translation>
    </message>
    <message>
        <source>Bindings added; save the link to keep them.</source>
        <translation>Vinculaciones añadidas; guarde el enlace para conservarlas.</translation>
    </message>
    <message>
        <source>D&amp;etect from template script</source>
        <translation>Detectar en el sc&amp;ript de plantilla</translation>
    </message>
    <message>
        <source>Add chec&amp;ked bindings</source>
        <translation>Añadir las vinculaciones &amp;marcadas</translation>
    </message>
</context>
<context>
    <name>odag::gui::BulkResultDialog</name>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n request(s)…</source>
        <translation>
            <numerusform>%1: %n solicitud…</numerusform>
            <numerusform>%1: %n solicitudes…</numerusform>
        </translation>
    </message>
    <message>
        <source>Result per request</source>
        <translation>Resultado por solicitud</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Stop after the calls under way; requests not reached stay as they are</source>
        <translation>Detener tras las llamadas en curso; las solicitudes no alcanzadas quedan como están</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Not done (stopped)</source>
        <translation>No realizado (detenido)</translation>
    </message>
    <message numerus="yes">
        <source>%1: stopped. %2 of %n request(s) answered.</source>
        <translation>
            <numerusform>%1: detenido. Con respuesta: %2 de %n solicitud.</numerusform>
            <numerusform>%1: detenido. Con respuesta: %2 de %n solicitudes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: done for %n request(s).</source>
        <translation>
            <numerusform>%1: completado para %n solicitud.</numerusform>
            <numerusform>%1: completado para %n solicitudes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 succeeded, %n failed.</source>
        <translation>
            <numerusform>%1: correctas %2, con error %n.</numerusform>
            <numerusform>%1: correctas %2, con error %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>odag::gui::BundleImportDialog</name>
    <message>
        <source>Import links</source>
        <translation>Importar enlaces</translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation>&lt; Atrás</translation>
    </message>
    <message>
        <source>Preview &gt;</source>
        <translation>Vista previa &gt;</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>See what each link would become, without changing the tenant</source>
        <translation>Ver en qué se convertiría cada enlace, sin modificar el inquilino</translation>
    </message>
    <message>
        <source>Create the links on this tenant</source>
        <translation>Crear los enlaces en este inquilino</translation>
    </message>
    <message>
        <source>Stop; links already created stay</source>
        <translation>Detener; los enlaces ya creados se conservan</translation>
    </message>
    <message numerus="yes">
        <source>Bundle from %1, exported %2: %n link(s).</source>
        <translation>
            <numerusform>Paquete de %1, exportado %2: %n enlace.</numerusform>
            <numerusform>Paquete de %1, exportado %2: %n enlaces.</numerusform>
        </translation>
    </message>
    <message>
        <source>an unnamed tenant</source>
        <translation>un inquilino sin nombre</translation>
    </message>
    <message>
        <source>at an unknown time</source>
        <translation>en un momento desconocido</translation>
    </message>
    <message>
        <source>Links point at apps by ID, and IDs differ between tenants. Choose the app of this tenant that takes the place of each app of the bundle; apps with the same name are chosen for you.</source>
        <translation>Los enlaces hacen referencia a las apps por su ID, y los ID son distintos en cada inquilino. Elija la app de este inquilino que sustituye a cada app del paquete; las apps con el mismo nombre se eligen automáticamente.</translation>
    </message>
    <message>
        <source>Qlik Sense Enterprise&apos;s ODAG API lists no apps: the apps offered are those the links of this tenant use, by ID.</source>
        <translation>La API de ODAG de Qlik Sense Enterprise no enumera apps: las apps ofrecidas son las que usan los enlaces de este inquilino, por ID.</translation>
    </message>
    <message>
        <source>Reading the apps of this tenant…</source>
        <translation>Leyendo las apps de este inquilino…</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>App in the bundle</source>
        <translation>App del paquete</translation>
    </message>
    <message>
        <source>ID in the bundle</source>
        <translation>ID en el paquete</translation>
    </message>
    <message>
        <source>App in this tenant</source>
        <translation>App de este inquilino</translation>
    </message>
    <message>
        <source>Selection app</source>
        <translation>App de selección</translation>
    </message>
    <message>
        <source>Template app</source>
        <translation>App de plantilla</translation>
    </message>
    <message>
        <source>App of this tenant for %1</source>
        <translation>App de este inquilino para %1</translation>
    </message>
    <message>
        <source>Dry run: nothing has been written yet. This is what Import would create.</source>
        <translation>Simulación: todavía no se ha escrito nada. Esto es lo que crearía Importar.</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Problemas encontrados</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>New link ID</source>
        <translation>ID del nuevo enlace</translation>
    </message>
    <message>
        <source>Could not read the apps of this tenant</source>
        <translation>No se pudieron leer las apps de este inquilino</translation>
    </message>
    <message>
        <source>Without the apps of this tenant the links cannot be mapped.</source>
        <translation>Sin las apps de este inquilino no se pueden asignar los enlaces.</translation>
    </message>
    <message>
        <source>(none: skip its links)</source>
        <translation>(ninguna: omitir sus enlaces)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n app(s) matched by name. Check each choice.</source>
        <translation>
            <numerusform>Asignadas por nombre: %1 de %n app. Compruebe cada elección.</numerusform>
            <numerusform>Asignadas por nombre: %1 de %n apps. Compruebe cada elección.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n link(s) would be created.</source>
        <translation>
            <numerusform>Se crearían %1 de %n enlace.</numerusform>
            <numerusform>Se crearían %1 de %n enlaces.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped: an app is not chosen</source>
        <translation>Omitido: no se ha elegido una app</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Creando…</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Creado: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Created (%1)</source>
        <translation>Creado (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%1 created, %2 failed, of %n link(s).</source>
        <translation>
            <numerusform>De %n enlace: creados %1, con error %2.</numerusform>
            <numerusform>De %n enlaces: creados %1, con error %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>odag::gui::CancelOptionsDialog</name>
    <message>
        <source>&amp;Acknowledge the cancellation at once (autoAck)</source>
        <translation>&amp;Confirmar la cancelación de inmediato (autoAck)</translation>
    </message>
    <message>
        <source>&amp;Delete the generated app as well (delGenApp)</source>
        <translation>&amp;Eliminar también la app generada (delGenApp)</translation>
    </message>
    <message>
        <source>&amp;Ignore requests that succeeded meanwhile (ignoreSucceeded)</source>
        <translation>&amp;Ignorar las solicitudes finalizadas correctamente entretanto (ignoreSucceeded)</translation>
    </message>
    <message>
        <source>Cancel requests</source>
        <translation>Cancelar solicitudes</translation>
    </message>
    <message>
        <source>The request goes on to &quot;canceled (acknowledged)&quot; without a separate acknowledgement.</source>
        <translation>La solicitud pasa a &quot;cancelada (confirmada)&quot; sin una confirmación aparte.</translation>
    </message>
    <message>
        <source>Only with autoAck: the generated app is deleted with the request.</source>
        <translation>Solo con autoAck: la app generada se elimina junto con la solicitud.</translation>
    </message>
    <message>
        <source>A request that finished before the cancel arrived is not reported as an error.</source>
        <translation>Una solicitud que finalizó antes de que llegara la cancelación no se notifica como error.</translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n request(s)? Cancelling is effective only before the data load starts; a multiple request cancels its sub-requests that are not loading yet.</source>
        <translation>
            <numerusform>¿Cancelar %n solicitud? La cancelación solo surte efecto antes de que empiece la carga de datos; una solicitud múltiple cancela sus subsolicitudes que aún no se están cargando.</numerusform>
            <numerusform>¿Cancelar %n solicitudes? La cancelación solo surte efecto antes de que empiece la carga de datos; una solicitud múltiple cancela sus subsolicitudes que aún no se están cargando.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel &amp;requests</source>
        <translation>Cancelar &amp;solicitudes</translation>
    </message>
    <message>
        <source>&amp;Keep them</source>
        <translation>Conser&amp;varlas</translation>
    </message>
</context>
<context>
    <name>odag::gui::CertificateDialog</name>
    <message>
        <source>Untrusted certificate</source>
        <translation>Certificado no de confianza</translation>
    </message>
    <message>
        <source>The server presented a certificate that this computer does not trust.</source>
        <translation>El servidor presentó un certificado en el que este equipo no confía.</translation>
    </message>
    <message>
        <source>The server %1 presented a certificate that this computer does not trust.</source>
        <translation>El servidor %1 presentó un certificado en el que este equipo no confía.</translation>
    </message>
    <message>
        <source>The certificate could not be verified.</source>
        <translation>No se pudo verificar el certificado.</translation>
    </message>
    <message>
        <source>Why it is not trusted:</source>
        <translation>Por qué no es de confianza:</translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation>Cadena de certificados</translation>
    </message>
    <message>
        <source>The certificates the server sent, its own first</source>
        <translation>Los certificados que envió el servidor, primero el suyo propio</translation>
    </message>
    <message>
        <source>%1 (the server&apos;s certificate)</source>
        <translation>%1 (certificado del servidor)</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Emitido para:</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>Organización:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Emitido por:</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>Válido desde:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Válido hasta:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>Huella digital SHA-256:</translation>
    </message>
    <message>
        <source>The server presented no certificate that could be examined, so there is nothing to trust. Ask the server&apos;s administrator.</source>
        <translation>El servidor no presentó ningún certificado que se pudiera examinar, por lo que no hay nada en lo que confiar. Consulte al administrador del servidor.</translation>
    </message>
    <message>
        <source>Trust it only if you expect this server to use a self-signed or private certificate and the fingerprint matches the one its administrator gave you. The trust applies to the profile &quot;%1&quot; only, and to this exact certificate: ODAG Admin asks again if the server presents another one.</source>
        <translation>Confíe en él solo si espera que este servidor use un certificado autofirmado o privado y la huella digital coincide con la que le dio su administrador. La confianza se aplica únicamente al perfil «%1» y a este certificado concreto: ODAG Admin volverá a preguntar si el servidor presenta otro.</translation>
    </message>
    <message>
        <source>&amp;Trust for this profile</source>
        <translation>&amp;Confiar para este perfil</translation>
    </message>
    <message>
        <source>Accept this certificate for the profile &quot;%1&quot;</source>
        <translation>Aceptar este certificado para el perfil «%1»</translation>
    </message>
    <message>
        <source>Do not connect to this server</source>
        <translation>No conectarse a este servidor</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(no indicado)</translation>
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
        <translation>No se ha elegido ningún archivo de certificado de cliente.</translation>
    </message>
    <message>
        <source>Could not open the certificate file %1: %2</source>
        <translation>No se pudo abrir el archivo de certificado %1: %2</translation>
    </message>
    <message>
        <source>Could not read the PFX file %1: the password is wrong or the file is not a PKCS#12 certificate with its private key.</source>
        <translation>No se pudo leer el archivo PFX %1: la contraseña es incorrecta o el archivo no es un certificado PKCS#12 con su clave privada.</translation>
    </message>
    <message>
        <source>The file %1 holds no PEM certificate.</source>
        <translation>El archivo %1 no contiene ningún certificado PEM.</translation>
    </message>
    <message>
        <source>Could not open the private key file %1: %2</source>
        <translation>No se pudo abrir el archivo de clave privada %1: %2</translation>
    </message>
    <message>
        <source>Could not read the private key %1: the password is wrong or the file is not a PEM private key.</source>
        <translation>No se pudo leer la clave privada %1: la contraseña es incorrecta o el archivo no es una clave privada PEM.</translation>
    </message>
</context>
<context>
    <name>odag::gui::ConflictDialog</name>
    <message>
        <source>(absent)</source>
        <translation>(ausente)</translation>
    </message>
    <message>
        <source>The link was changed on the server</source>
        <translation>El enlace se modificó en el servidor</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mío</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Del servidor</translation>
    </message>
    <message>
        <source>Value to keep for %1</source>
        <translation>Valor que se conservará para %1</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Base (first read)</source>
        <translation>Base (primera lectura)</translation>
    </message>
    <message>
        <source>Theirs (server now)</source>
        <translation>Del servidor (actual)</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>Someone changed this link after you opened it, so it was not saved. For each field that differs, choose which value to keep; the link is then saved on top of the server&apos;s version.</source>
        <translation>Otra persona modificó este enlace después de que usted lo abriera, por lo que no se guardó. Para cada campo que difiera, elija qué valor conservar; a continuación, el enlace se guarda sobre la versión del servidor.</translation>
    </message>
    <message>
        <source>&amp;Save with these choices</source>
        <translation>&amp;Guardar con estas opciones</translation>
    </message>
</context>
<context>
    <name>odag::gui::ConnectionProbe</name>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation>Inquilino: %1</translation>
    </message>
    <message>
        <source>Signed in as: %1</source>
        <translation>Sesión iniciada como: %1</translation>
    </message>
    <message>
        <source>Signed in as: %1 &lt;%2&gt;</source>
        <translation>Sesión iniciada como: %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Roles: %1</source>
        <translation>Roles: %1</translation>
    </message>
    <message>
        <source>ODAG service version: %1</source>
        <translation>Versión del servicio ODAG: %1</translation>
    </message>
    <message>
        <source>ODAG enabled: %1</source>
        <translation>ODAG activado: %1</translation>
    </message>
    <message>
        <source>ODAG enabled: unknown</source>
        <translation>ODAG activado: desconocido</translation>
    </message>
    <message>
        <source>Dynamic views enabled: %1</source>
        <translation>Vistas dinámicas activadas: %1</translation>
    </message>
    <message>
        <source>Can create ODAG links: %1</source>
        <translation>Puede crear enlaces ODAG: %1</translation>
    </message>
    <message>
        <source>Can change ODAG settings: %1</source>
        <translation>Puede cambiar la configuración de ODAG: %1</translation>
    </message>
</context>
<context>
    <name>odag::gui::ConnectionTestPanel</name>
    <message>
        <source>Cancel test</source>
        <translation>Cancelar prueba</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Resultado de la prueba de conexión</translation>
    </message>
    <message>
        <source>Stop testing the connection</source>
        <translation>Detener la prueba de la conexión</translation>
    </message>
    <message>
        <source>Test the connection to see who you are signed in as, whether ODAG is enabled and what you may do.</source>
        <translation>Pruebe la conexión para ver con qué usuario ha iniciado sesión, si ODAG está activado y qué puede hacer.</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>Probando la conexión con %1…</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>Se canceló la prueba.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Connection works.&lt;/b&gt;</source>
        <translation>&lt;b&gt;La conexión funciona.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b style=&quot;color:#b3261e&quot;&gt;Connection failed.&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b style=&quot;color:#b3261e&quot;&gt;Error de conexión.&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
</context>
<context>
    <name>odag::gui::EngineHealthPanel</name>
    <message>
        <source>not reported</source>
        <translation>no indicado</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
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
        <translation>%1 (activo desde hace %2)</translation>
    </message>
    <message>
        <source>Engine health</source>
        <translation>Estado del motor</translation>
    </message>
    <message>
        <source>Healthcheck figures</source>
        <translation>Cifras de la comprobación de estado</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>cargando…</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>inaccesible</translation>
    </message>
    <message>
        <source>Could not reach the engine</source>
        <translation>No se pudo acceder al motor</translation>
    </message>
    <message>
        <source>Could not read the engine health</source>
        <translation>No se pudo leer el estado del motor</translation>
    </message>
    <message>
        <source>The engine is alive but saturated: it answers new work slowly</source>
        <translation>El motor está activo pero saturado: responde con lentitud a nuevas tareas</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>committed %1 · allocated %2 · free %3</source>
        <translation>comprometida %1 · asignada %2 · libre %3</translation>
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
        <translation>sí: el motor rechaza nuevas tareas</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>%1 of %2 lookups (%3)</source>
        <translation>%1 de %2 búsquedas (%3)</translation>
    </message>
    <message>
        <source>%1 (no lookups yet)</source>
        <translation>%1 (aún sin búsquedas)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versión:</translation>
    </message>
    <message>
        <source>Running since:</source>
        <translation>En ejecución desde:</translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation>Memoria:</translation>
    </message>
    <message>
        <source>CPU:</source>
        <translation>CPU:</translation>
    </message>
    <message>
        <source>Sessions (active / total):</source>
        <translation>Sesiones (activas / total):</translation>
    </message>
    <message>
        <source>Apps (active / loaded / in memory):</source>
        <translation>Apps (activas / cargadas / en memoria):</translation>
    </message>
    <message>
        <source>Users (active / total):</source>
        <translation>Usuarios (activos / total):</translation>
    </message>
    <message>
        <source>Saturated:</source>
        <translation>Saturado:</translation>
    </message>
    <message>
        <source>Engine calls:</source>
        <translation>Llamadas al motor:</translation>
    </message>
    <message>
        <source>Selections:</source>
        <translation>Selecciones:</translation>
    </message>
    <message>
        <source>Cache hits:</source>
        <translation>Aciertos de caché:</translation>
    </message>
    <message>
        <source>Cache entries (added / replaced):</source>
        <translation>Entradas de caché (añadidas / reemplazadas):</translation>
    </message>
    <message>
        <source>Cache data added:</source>
        <translation>Datos añadidos a la caché:</translation>
    </message>
</context>
<context>
    <name>odag::gui::EngineSessionModel</name>
    <message>
        <source>No app is open on this session</source>
        <translation>No hay ninguna app abierta en esta sesión</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>no indicado</translation>
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
        <translation>Usuario</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Keep-alive</source>
        <translation>Keep-alive</translation>
    </message>
    <message>
        <source>Session ID</source>
        <translation>ID de sesión</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Inquilino</translation>
    </message>
</context>
<context>
    <name>odag::gui::EngineSessionsPanel</name>
    <message>
        <source>loading…</source>
        <translation>cargando…</translation>
    </message>
    <message>
        <source>Engine sessions</source>
        <translation>Sesiones del motor</translation>
    </message>
    <message>
        <source>No websocket sessions are open on the engine.</source>
        <translation>No hay sesiones websocket abiertas en el motor.</translation>
    </message>
    <message numerus="yes">
        <source>%n websocket session(s) open on the engine.</source>
        <translation>
            <numerusform>%n sesión websocket abierta en el motor.</numerusform>
            <numerusform>%n sesiones websocket abiertas en el motor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sessions (%1)</source>
        <translation>Sesiones (%1)</translation>
    </message>
    <message>
        <source>The sessions are not known.</source>
        <translation>No se conocen las sesiones.</translation>
    </message>
    <message>
        <source>Could not list the engine sessions</source>
        <translation>No se pudieron enumerar las sesiones del motor</translation>
    </message>
</context>
<context>
    <name>odag::gui::ErrorBanner</name>
    <message>
        <source>Details…</source>
        <translation>Detalles…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Detalles del error</translation>
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
        <translation>error</translation>
    </message>
    <message>
        <source>%1 (attempt %2)</source>
        <translation>%1 (intento %2)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
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
        <translation>Probar el &amp;sandbox</translation>
    </message>
    <message>
        <source>&amp;Add a profile…</source>
        <translation>&amp;Añadir un perfil…</translation>
    </message>
    <message>
        <source>Open the built-in sandbox tenant with demo data</source>
        <translation>Abrir el inquilino sandbox integrado con datos de demostración</translation>
    </message>
    <message>
        <source>Connect to a Qlik Cloud tenant or a Qlik Sense Enterprise site (Ctrl+Shift+M)</source>
        <translation>Conectarse a un inquilino de Qlik Cloud o a un sitio de Qlik Sense Enterprise (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>&lt;h1&gt;Welcome to ODAG Admin&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Bienvenido a ODAG Admin&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>Administer On-Demand App Generation links and requests, spaces, apps and reloads of a Qlik tenant. Where would you like to start?</source>
        <translation>Administre enlaces y solicitudes de generación de apps bajo demanda, espacios, apps y recargas de un inquilino de Qlik. ¿Por dónde desea empezar?</translation>
    </message>
    <message>
        <source>A local tenant with demo links, requests, apps and users. Nothing you do there touches a real tenant.</source>
        <translation>Un inquilino local con enlaces, solicitudes, apps y usuarios de demostración. Nada de lo que haga ahí afecta a un inquilino real.</translation>
    </message>
    <message>
        <source>Connect to your Qlik Cloud tenant (API key) or Qlik Sense Enterprise site (header, certificate or Windows sign-in).</source>
        <translation>Conéctese a su inquilino de Qlik Cloud (clave de API) o a su sitio de Qlik Sense Enterprise (encabezado, certificado o inicio de sesión de Windows).</translation>
    </message>
</context>
<context>
    <name>odag::gui::GeneralPage</name>
    <message>
        <source>Link name</source>
        <translation>Nombre del enlace</translation>
    </message>
    <message>
        <source>Pick an app by name, or type its ID</source>
        <translation>Elija una app por su nombre o escriba su ID</translation>
    </message>
    <message>
        <source>Selection app</source>
        <translation>App de selección</translation>
    </message>
    <message>
        <source>Template app</source>
        <translation>App de plantilla</translation>
    </message>
    <message>
        <source>Sum(RowCount)</source>
        <translation>Sum(RowCount)</translation>
    </message>
    <message>
        <source>Row estimate expression</source>
        <translation>Expresión de estimación de filas</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>No&amp;mbre:</translation>
    </message>
    <message>
        <source>&amp;Row estimate expression:</source>
        <translation>Expresión de estimación de &amp;filas:</translation>
    </message>
    <message>
        <source>Qlik Sense Enterprise properties</source>
        <translation>Propiedades de Qlik Sense Enterprise</translation>
    </message>
    <message>
        <source>Generated apps are accessible to other users</source>
        <translation>Las apps generadas son accesibles para otros usuarios</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <source>Stream ID (empty: not published)</source>
        <translation>ID del flujo (vacío: no publicada)</translation>
    </message>
    <message>
        <source>Keep generated apps for:</source>
        <translation>Conservar las apps generadas durante:</translation>
    </message>
    <message>
        <source>Generated apps per user:</source>
        <translation>Apps generadas por usuario:</translation>
    </message>
    <message>
        <source>Publish to stream:</source>
        <translation>Publicar en el flujo:</translation>
    </message>
    <message>
        <source>Bindings</source>
        <translation>Vinculaciones</translation>
    </message>
    <message>
        <source>Selection field</source>
        <translation>Campo de selección</translation>
    </message>
    <message>
        <source>Template field</source>
        <translation>Campo de plantilla</translation>
    </message>
    <message>
        <source>Selection type</source>
        <translation>Tipo de selección</translation>
    </message>
    <message>
        <source>Add binding</source>
        <translation>Añadir vinculación</translation>
    </message>
    <message>
        <source>Remove binding</source>
        <translation>Quitar vinculación</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Propietario:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Creado:</translation>
    </message>
    <message>
        <source>Modified:</source>
        <translation>Modificado:</translation>
    </message>
    <message>
        <source>New link (not saved yet)</source>
        <translation>Nuevo enlace (aún sin guardar)</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <source>S&amp;election app:</source>
        <translation>App de &amp;selección:</translation>
    </message>
    <message>
        <source>Te&amp;mplate app:</source>
        <translation>App de p&amp;lantilla:</translation>
    </message>
    <message>
        <source>D&amp;ynamic view (charts of the template app shown in the selection app)</source>
        <translation>Vista dinámi&amp;ca (gráficos de la app de plantilla mostrados en la app de selección)</translation>
    </message>
    <message>
        <source>Incl&amp;ude the template script in generated apps</source>
        <translation>Incluir el sc&amp;ript de plantilla en las apps generadas</translation>
    </message>
</context>
<context>
    <name>odag::gui::JsonPage</name>
    <message>
        <source>&amp;Apply JSON</source>
        <translation>Apli&amp;car JSON</translation>
    </message>
    <message>
        <source>Link JSON</source>
        <translation>JSON del enlace</translation>
    </message>
    <message>
        <source>Use this JSON in the other tabs (Ctrl+Return)</source>
        <translation>Usar este JSON en las demás pestañas (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Not JSON: %1</source>
        <translation>No es JSON: %1</translation>
    </message>
    <message>
        <source>Valid link JSON; Apply to use it.</source>
        <translation>JSON de enlace válido; pulse Aplicar para usarlo.</translation>
    </message>
    <message>
        <source>Valid link JSON.</source>
        <translation>JSON de enlace válido.</translation>
    </message>
    <message>
        <source>Not a valid link: %1</source>
        <translation>No es un enlace válido: %1</translation>
    </message>
    <message>
        <source>R&amp;evert</source>
        <translation>&amp;Revertir</translation>
    </message>
</context>
<context>
    <name>odag::gui::KeychainSecretStore</name>
    <message>
        <source>The keychain refused to read a secret: %1</source>
        <translation>El llavero se negó a leer un secreto: %1</translation>
    </message>
    <message>
        <source>The keychain refused to store a secret: %1</source>
        <translation>El llavero se negó a guardar un secreto: %1</translation>
    </message>
    <message>
        <source>The keychain refused to delete a secret: %1</source>
        <translation>El llavero se negó a eliminar un secreto: %1</translation>
    </message>
</context>
<context>
    <name>odag::gui::LinkBundle</name>
    <message>
        <source>The file is not valid JSON (%1).</source>
        <translation>El archivo no es JSON válido (%1).</translation>
    </message>
    <message>
        <source>The file is not an ODAG Admin link bundle: it holds no JSON object.</source>
        <translation>El archivo no es un paquete de enlaces de ODAG Admin: no contiene ningún objeto JSON.</translation>
    </message>
    <message>
        <source>The file is not an ODAG Admin link bundle (its &quot;format&quot; is not &quot;%1&quot;).</source>
        <translation>El archivo no es un paquete de enlaces de ODAG Admin (su &quot;format&quot; no es &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The bundle has no version number.</source>
        <translation>El paquete no tiene número de versión.</translation>
    </message>
    <message>
        <source>The bundle was written by a newer ODAG Admin (format version %1); this one reads version %2.</source>
        <translation>El paquete se escribió con una versión más reciente de ODAG Admin (versión de formato %1); esta versión lee la versión %2.</translation>
    </message>
    <message>
        <source>The bundle does not say which kind of tenant it comes from (source.kind is &quot;%1&quot;).</source>
        <translation>El paquete no indica de qué tipo de inquilino procede (source.kind es &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>App %1 of the bundle has no ID or an unknown role.</source>
        <translation>La app %1 del paquete no tiene ID o tiene un rol desconocido.</translation>
    </message>
    <message>
        <source>The bundle contains no links.</source>
        <translation>El paquete no contiene ningún enlace.</translation>
    </message>
    <message>
        <source>Link %1 of the bundle is not a JSON object.</source>
        <translation>El enlace %1 del paquete no es un objeto JSON.</translation>
    </message>
    <message>
        <source>Link %1 of the bundle cannot be read: %2</source>
        <translation>No se puede leer el enlace %1 del paquete: %2</translation>
    </message>
    <message>
        <source>Link %1 of the bundle (&quot;%2&quot;) does not name its selection and template apps.</source>
        <translation>El enlace %1 del paquete (&quot;%2&quot;) no indica sus apps de selección y de plantilla.</translation>
    </message>
    <message>
        <source>No app of this tenant is chosen for the selection app &quot;%1&quot;.</source>
        <translation>No se ha elegido ninguna app de este inquilino para la app de selección &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No app of this tenant is chosen for the template app &quot;%1&quot;.</source>
        <translation>No se ha elegido ninguna app de este inquilino para la app de plantilla &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The context-scoped properties are left out: Qlik Sense Enterprise links have none.</source>
        <translation>Se omiten las propiedades por contexto: los enlaces de Qlik Sense Enterprise no tienen ninguna.</translation>
    </message>
    <message>
        <source>Retention and publishing settings of Qlik Sense Enterprise are left out: set the context-scoped properties after the import.</source>
        <translation>Se omite la configuración de retención y de publicación de Qlik Sense Enterprise: defina las propiedades por contexto después de la importación.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The link is %1 in the source tenant; the new link starts active.</source>
        <translation>El enlace está en estado %1 en el inquilino de origen; el nuevo enlace empieza activo.</translation>
    </message>
</context>
<context>
    <name>odag::gui::LinkDetailsPanel</name>
    <message>
        <source>Bindings</source>
        <translation>Vinculaciones</translation>
    </message>
    <message>
        <source>Template variable</source>
        <translation>Variable de plantilla</translation>
    </message>
    <message>
        <source>Parameter type</source>
        <translation>Tipo de parámetro</translation>
    </message>
    <message>
        <source>Parameter name</source>
        <translation>Nombre del parámetro</translation>
    </message>
    <message>
        <source>Selection states</source>
        <translation>Estados de selección</translation>
    </message>
    <message>
        <source>Values (min–max)</source>
        <translation>Valores (mín.–máx.)</translation>
    </message>
    <message>
        <source>Numeric only</source>
        <translation>Solo numérico</translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Context-scoped properties</source>
        <translation>Propiedades por contexto</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Propiedad</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Links of this selection app</source>
        <translation>Enlaces de esta app de selección</translation>
    </message>
    <message>
        <source>Select a link to see its details.</source>
        <translation>Seleccione un enlace para ver sus detalles.</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) selected. The actions apply to each of them.</source>
        <translation>
            <numerusform>%n enlace seleccionado. Las acciones se aplican a cada uno de ellos.</numerusform>
            <numerusform>%n enlaces seleccionados. Las acciones se aplican a cada uno de ellos.</numerusform>
        </translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>cargando…</translation>
    </message>
    <message>
        <source>could not be read: %1</source>
        <translation>no se pudo leer: %1</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>no indicado</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>no se encontró ninguno</translation>
    </message>
    <message numerus="yes">
        <source>apps kept %n minute(s)</source>
        <translation>
            <numerusform>apps conservadas %n minuto</numerusform>
            <numerusform>apps conservadas %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at most %n app(s) per user</source>
        <translation>
            <numerusform>como máximo %n app por usuario</numerusform>
            <numerusform>como máximo %n apps por usuario</numerusform>
        </translation>
    </message>
    <message>
        <source>published to stream %1</source>
        <translation>publicadas en el flujo %1</translation>
    </message>
    <message>
        <source>no limits</source>
        <translation>sin límites</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>quote %1, delimiter %2</source>
        <translation>comillas %1, delimitador %2</translation>
    </message>
    <message>
        <source>Qlik Sense Enterprise links have no context-scoped properties.</source>
        <translation>Los enlaces de Qlik Sense Enterprise no tienen propiedades por contexto.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 to %2 rows</source>
        <translation>de %1 a %2 filas</translation>
    </message>
    <message>
        <source>up to %1 rows</source>
        <translation>hasta %1 filas</translation>
    </message>
    <message>
        <source>No selection app of this tenant uses this link.</source>
        <translation>Ninguna app de selección de este inquilino usa este enlace.</translation>
    </message>
    <message>
        <source>Could not read the links of the selection app: %1</source>
        <translation>No se pudieron leer los enlaces de la app de selección: %1</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>%1 — you cannot access this link</source>
        <translation>%1 — no tiene acceso a este enlace</translation>
    </message>
    <message>
        <source>%1 (this link)</source>
        <translation>%1 (este enlace)</translation>
    </message>
    <message>
        <source>The selection app references no links.</source>
        <translation>La app de selección no hace referencia a ningún enlace.</translation>
    </message>
    <message>
        <source>unknown: %1</source>
        <translation>desconocido: %1</translation>
    </message>
    <message>
        <source>Yes, for this selection and template app</source>
        <translation>Sí, para esta app de selección y de plantilla</translation>
    </message>
    <message>
        <source>No, not for this selection and template app</source>
        <translation>No, no para esta app de selección y de plantilla</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Link ID:</source>
        <translation>ID del enlace:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Propietario:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Creado:</translation>
    </message>
    <message>
        <source>Modified:</source>
        <translation>Modificado:</translation>
    </message>
    <message>
        <source>Selection app:</source>
        <translation>App de selección:</translation>
    </message>
    <message>
        <source>Template app:</source>
        <translation>App de plantilla:</translation>
    </message>
    <message>
        <source>Row estimate:</source>
        <translation>Estimación de filas:</translation>
    </message>
    <message>
        <source>Dynamic view:</source>
        <translation>Vista dinámica:</translation>
    </message>
    <message>
        <source>Include script:</source>
        <translation>Incluir script:</translation>
    </message>
    <message>
        <source>Generated apps accessible:</source>
        <translation>Apps generadas accesibles:</translation>
    </message>
    <message>
        <source>Your privileges:</source>
        <translation>Sus privilegios:</translation>
    </message>
    <message>
        <source>You can create links:</source>
        <translation>Puede crear enlaces:</translation>
    </message>
    <message>
        <source>Retention and publishing:</source>
        <translation>Retención y publicación:</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no row estimate expression</comment>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no privileges</comment>
        <translation>ninguno</translation>
    </message>
</context>
<context>
    <name>odag::gui::LinkEditor</name>
    <message>
        <source>Could not list the apps for the pickers.</source>
        <translation>No se pudieron enumerar las apps para los selectores.</translation>
    </message>
    <message>
        <source>Problems found in the link</source>
        <translation>Problemas encontrados en el enlace</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>Ge&amp;neral</translation>
    </message>
    <message>
        <source>&amp;Bindings</source>
        <translation>&amp;Vinculaciones</translation>
    </message>
    <message>
        <source>&amp;Properties</source>
        <translation>&amp;Propiedades</translation>
    </message>
    <message>
        <source>Pre&amp;view as user</source>
        <translation>Vista previa como &amp;usuario</translation>
    </message>
    <message>
        <source>&amp;Lint</source>
        <translation>Rev&amp;isión</translation>
    </message>
    <message>
        <source>Raw &amp;JSON</source>
        <translation>&amp;JSON sin procesar</translation>
    </message>
    <message>
        <source>Qlik Sense Enterprise link: context-scoped properties, the preview as a user, status changes and dynamic views are Qlik Cloud features, so their tabs are not shown. Bindings, retention and publishing are on the General tab.</source>
        <translation>Enlace de Qlik Sense Enterprise: las propiedades por contexto, la vista previa como usuario, los cambios de estado y las vistas dinámicas son funciones de Qlik Cloud, por lo que sus pestañas no se muestran. Las vinculaciones, la retención y la publicación están en la pestaña General.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Check and save the link (Ctrl+S)</source>
        <translation>Comprobar y guardar el enlace (Ctrl+S)</translation>
    </message>
    <message>
        <source>D&amp;isable</source>
        <translation>&amp;Deshabilitar</translation>
    </message>
    <message>
        <source>De&amp;commission…</source>
        <translation>Re&amp;tirar…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Retire the link for good: a decommissioned link cannot change again</source>
        <translation>Retirar el enlace definitivamente: un enlace retirado ya no puede volver a cambiar</translation>
    </message>
    <message>
        <source>Delete the link from the server</source>
        <translation>Eliminar el enlace del servidor</translation>
    </message>
    <message>
        <source>Could not read the link.</source>
        <translation>No se pudo leer el enlace.</translation>
    </message>
    <message>
        <source>Restore unsaved changes?</source>
        <translation>¿Restaurar los cambios sin guardar?</translation>
    </message>
    <message>
        <source>Unsaved changes to this link were recovered after a crash or failed save (kept %1). Restore them? No discards them.</source>
        <translation>Se recuperaron cambios sin guardar de este enlace tras un bloqueo o un error al guardar (conservados %1). ¿Desea restaurarlos? Si elige No, se descartan.</translation>
    </message>
    <message>
        <source>Unsaved changes restored from the draft.</source>
        <translation>Se restauraron los cambios sin guardar desde el borrador.</translation>
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
        <translation>No se encontraron problemas.</translation>
    </message>
    <message>
        <source>&amp;Lint (%1/%2)</source>
        <translation>Rev&amp;isión (%1/%2)</translation>
    </message>
    <message>
        <source>The link needs a name.</source>
        <translation>El enlace necesita un nombre.</translation>
    </message>
    <message>
        <source>Not saved: fix the errors listed under Lint first.</source>
        <translation>No guardado: corrija primero los errores indicados en Revisión.</translation>
    </message>
    <message>
        <source>Save with warnings?</source>
        <translation>¿Guardar con advertencias?</translation>
    </message>
    <message numerus="yes">
        <source>Lint found %n warning(s) in this link (see the Lint tab). Save anyway?</source>
        <translation>
            <numerusform>La revisión encontró %n advertencia en este enlace (consulte la pestaña Revisión). ¿Desea guardarlo de todos modos?</numerusform>
            <numerusform>La revisión encontró %n advertencias en este enlace (consulte la pestaña Revisión). ¿Desea guardarlo de todos modos?</numerusform>
        </translation>
    </message>
    <message>
        <source>The link was not saved.</source>
        <translation>El enlace no se guardó.</translation>
    </message>
    <message>
        <source>Could not check whether you may create this link.</source>
        <translation>No se pudo comprobar si tiene permiso para crear este enlace.</translation>
    </message>
    <message>
        <source>Not created: the tenant does not let you create ODAG links for this selection app and template app. Your edits are kept.</source>
        <translation>No creado: el inquilino no le permite crear enlaces ODAG para esta app de selección y esta app de plantilla. Sus cambios se conservan.</translation>
    </message>
    <message>
        <source>The link was not created.</source>
        <translation>El enlace no se creó.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Saved. The server said: %1</source>
        <translation>Guardado. El servidor indicó: %1</translation>
    </message>
    <message>
        <source>The link changed on the server and could not be read again.</source>
        <translation>El enlace cambió en el servidor y no se pudo volver a leer.</translation>
    </message>
    <message>
        <source>The merged link is not valid: %1</source>
        <translation>El enlace combinado no es válido: %1</translation>
    </message>
    <message>
        <source>Not saved: the link changed on the server. Your edits are kept; save again to compare them with the server&apos;s version.</source>
        <translation>No guardado: el enlace cambió en el servidor. Sus cambios se conservan; vuelva a guardar para compararlos con la versión del servidor.</translation>
    </message>
    <message>
        <source>Decommission link?</source>
        <translation>¿Retirar el enlace?</translation>
    </message>
    <message>
        <source>Decommission “%1”? Users can no longer generate apps from it, and a decommissioned link cannot be activated again.</source>
        <translation>¿Retirar “%1”? Los usuarios ya no podrán generar apps a partir de él, y un enlace retirado no se puede volver a activar.</translation>
    </message>
    <message>
        <source>The status was not changed.</source>
        <translation>El estado no se modificó.</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>Delete link?</source>
        <translation>¿Eliminar el enlace?</translation>
    </message>
    <message>
        <source>Delete the link “%1” from the server? This cannot be undone.</source>
        <translation>¿Eliminar el enlace “%1” del servidor? Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>The link was not deleted.</source>
        <translation>El enlace no se eliminó.</translation>
    </message>
    <message>
        <source>The link was deleted.</source>
        <translation>Se eliminó el enlace.</translation>
    </message>
    <message>
        <source>Ac&amp;tivate</source>
        <translation>&amp;Activar</translation>
    </message>
</context>
<context>
    <name>odag::gui::LinkEditorDialog</name>
    <message>
        <source>New link</source>
        <translation>Nuevo enlace</translation>
    </message>
    <message>
        <source>Link: %1</source>
        <translation>Enlace: %1</translation>
    </message>
    <message>
        <source>%1 (unsaved)</source>
        <translation>%1 (sin guardar)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>The link has unsaved changes. Save them before closing?</source>
        <translation>El enlace tiene cambios sin guardar. ¿Desea guardarlos antes de cerrar?</translation>
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
        <translation>Enlace</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Errores</translation>
    </message>
    <message>
        <source>Failure rate</source>
        <translation>Tasa de errores</translation>
    </message>
    <message>
        <source>Median load</source>
        <translation>Mediana de carga</translation>
    </message>
    <message>
        <source>95th percentile</source>
        <translation>Percentil 95</translation>
    </message>
    <message>
        <source>Last request</source>
        <translation>Última solicitud</translation>
    </message>
</context>
<context>
    <name>odag::gui::LinksFilterBar</name>
    <message>
        <source>Filter by status</source>
        <translation>Filtrar por estado</translation>
    </message>
    <message>
        <source>Filter by owner</source>
        <translation>Filtrar por propietario</translation>
    </message>
    <message>
        <source>Filter by selection app</source>
        <translation>Filtrar por app de selección</translation>
    </message>
    <message>
        <source>Filter by type</source>
        <translation>Filtrar por tipo</translation>
    </message>
    <message>
        <source>Search name, ID, app or owner (Ctrl+F)</source>
        <translation>Buscar nombre, ID, app o propietario (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search links</source>
        <translation>Buscar enlaces</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Links and dynamic views</source>
        <translation>Enlaces y vistas dinámicas</translation>
    </message>
    <message>
        <source>Links only</source>
        <translation>Solo enlaces</translation>
    </message>
    <message>
        <source>Dynamic views only</source>
        <translation>Solo vistas dinámicas</translation>
    </message>
    <message>
        <source>Qlik Sense Enterprise has no link status changes: delete a link to retire it.</source>
        <translation>Qlik Sense Enterprise no admite cambios de estado de los enlaces: elimine un enlace para retirarlo.</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Cualquier propietario</translation>
    </message>
    <message>
        <source>Any selection app</source>
        <translation>Cualquier app de selección</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n enlace</numerusform>
            <numerusform>%n enlaces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n link(s)</source>
        <translation>
            <numerusform>%1 de %n enlace</numerusform>
            <numerusform>%1 de %n enlaces</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>odag::gui::LinksModel</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Link ID: %1</source>
        <translation>ID del enlace: %1</translation>
    </message>
    <message>
        <source>No selection app uses this link</source>
        <translation>Ninguna app de selección usa este enlace</translation>
    </message>
    <message>
        <source>App ID: %1</source>
        <translation>ID de la app: %1</translation>
    </message>
    <message>
        <source>User ID: %1</source>
        <translation>ID de usuario: %1</translation>
    </message>
    <message>
        <source>Counting the requests not finished yet</source>
        <translation>Contando las solicitudes aún no finalizadas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Selection app</source>
        <translation>App de selección</translation>
    </message>
    <message>
        <source>Template app</source>
        <translation>App de plantilla</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <source>Dynamic view</source>
        <translation>Vista dinámica</translation>
    </message>
    <message>
        <source>Pending requests</source>
        <translation>Solicitudes pendientes</translation>
    </message>
</context>
<context>
    <name>odag::gui::LinksWorkspace</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Enlaces</translation>
    </message>
    <message>
        <source>Stop after the current link (Esc)</source>
        <translation>Detener después del enlace actual (Esc)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>New link</source>
        <translation>Nuevo enlace</translation>
    </message>
    <message>
        <source>Create a link</source>
        <translation>Crear un enlace</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Edit the selected link</source>
        <translation>Editar el enlace seleccionado</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Activar</translation>
    </message>
    <message>
        <source>Let users generate apps from the selected links again</source>
        <translation>Permitir de nuevo a los usuarios generar apps a partir de los enlaces seleccionados</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Deshabilitar</translation>
    </message>
    <message>
        <source>Stop new requests on the selected links for now</source>
        <translation>Detener por ahora las nuevas solicitudes en los enlaces seleccionados</translation>
    </message>
    <message>
        <source>Decommission…</source>
        <translation>Retirar…</translation>
    </message>
    <message>
        <source>Retire the selected links for good</source>
        <translation>Retirar definitivamente los enlaces seleccionados</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Delete the selected links</source>
        <translation>Eliminar los enlaces seleccionados</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Save the selected links to a bundle file</source>
        <translation>Guardar los enlaces seleccionados en un archivo de paquete</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Create links from a bundle file, with the apps of this tenant</source>
        <translation>Crear enlaces a partir de un archivo de paquete, con las apps de este inquilino</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Read the links from the tenant again</source>
        <translation>Volver a leer los enlaces del inquilino</translation>
    </message>
    <message>
        <source>Could not read the links</source>
        <translation>No se pudieron leer los enlaces</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) read</source>
        <translation>
            <numerusform>%n enlace leído</numerusform>
            <numerusform>%n enlaces leídos</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not count the pending requests</source>
        <translation>No se pudieron contar las solicitudes pendientes</translation>
    </message>
    <message>
        <source>Could not check whether you may create links: %1</source>
        <translation>No se pudo comprobar si tiene permiso para crear enlaces: %1</translation>
    </message>
    <message>
        <source>You may not create links on this tenant.</source>
        <translation>No tiene permiso para crear enlaces en este inquilino.</translation>
    </message>
    <message>
        <source>Select one or more links.</source>
        <translation>Seleccione uno o varios enlaces.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is decommissioned: a decommissioned link cannot change status again.</source>
        <translation>&quot;%1&quot; está retirado: un enlace retirado no puede volver a cambiar de estado.</translation>
    </message>
    <message>
        <source>You may not change &quot;%1&quot;: only its owner or an administrator can.</source>
        <translation>No tiene permiso para modificar &quot;%1&quot;: solo su propietario o un administrador pueden hacerlo.</translation>
    </message>
    <message>
        <source>The link is already %1.</source>
        <translation>El enlace ya está en estado %1.</translation>
    </message>
    <message>
        <source>The selected links are already %1.</source>
        <translation>Los enlaces seleccionados ya están en estado %1.</translation>
    </message>
    <message>
        <source>Wait for the running action to finish.</source>
        <translation>Espere a que finalice la acción en curso.</translation>
    </message>
    <message>
        <source>Select one link to edit.</source>
        <translation>Seleccione un enlace para editarlo.</translation>
    </message>
    <message>
        <source>Select the links to export.</source>
        <translation>Seleccione los enlaces que desea exportar.</translation>
    </message>
    <message>
        <source>Decommission &quot;%1&quot;? Users can no longer generate apps from it, and a decommissioned link cannot be activated again.</source>
        <translation>¿Retirar &quot;%1&quot;? Los usuarios ya no podrán generar apps a partir de él, y un enlace retirado no se puede volver a activar.</translation>
    </message>
    <message numerus="yes">
        <source>Decommission %n link(s)? Users can no longer generate apps from them, and a decommissioned link cannot be activated again.</source>
        <translation>
            <numerusform>¿Retirar %n enlace? Los usuarios ya no podrán generar apps a partir de él, y un enlace retirado no se puede volver a activar.</numerusform>
            <numerusform>¿Retirar %n enlaces? Los usuarios ya no podrán generar apps a partir de ellos, y un enlace retirado no se puede volver a activar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Decommission links</source>
        <translation>Retirar enlaces</translation>
    </message>
    <message>
        <source>Decommission</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;? This cannot be undone. Apps already generated from it and its requests stay.</source>
        <translation>¿Eliminar &quot;%1&quot;? Esta acción no se puede deshacer. Las apps ya generadas a partir de él y sus solicitudes se conservan.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n link(s)? This cannot be undone. Apps already generated from them and their requests stay.</source>
        <translation>
            <numerusform>¿Eliminar %n enlace? Esta acción no se puede deshacer. Las apps ya generadas a partir de él y sus solicitudes se conservan.</numerusform>
            <numerusform>¿Eliminar %n enlaces? Esta acción no se puede deshacer. Las apps ya generadas a partir de ellos y sus solicitudes se conservan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete links</source>
        <translation>Eliminar enlaces</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n link(s)…</source>
        <translation>
            <numerusform>%1: %n enlace…</numerusform>
            <numerusform>%1: %n enlaces…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: failed — %2</source>
        <translation>%1: error — %2</translation>
    </message>
    <message>
        <source>%1: deleted</source>
        <translation>%1: eliminado</translation>
    </message>
    <message>
        <source>%1: now %2</source>
        <translation>%1: ahora %2</translation>
    </message>
    <message>
        <source>%1: not changed</source>
        <translation>%1: sin cambios</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n link(s) changed</source>
        <translation>
            <numerusform>%1: %n enlace modificado</numerusform>
            <numerusform>%1: %n enlaces modificados</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not change &quot;%1&quot;</source>
        <translation>No se pudo modificar &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>%1 failed for %n link(s)</source>
        <translation>
            <numerusform>%1 falló en %n enlace</numerusform>
            <numerusform>%1 falló en %n enlaces</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — results per link:

%2</source>
        <translation>%1 — resultados por enlace:

%2</translation>
    </message>
    <message>
        <source>odag-links-%1.json</source>
        <translation>odag-links-%1.json</translation>
    </message>
    <message>
        <source>Export links</source>
        <translation>Exportar enlaces</translation>
    </message>
    <message>
        <source>Link bundles (*.json);;All files (*)</source>
        <translation>Paquetes de enlaces (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) exported to %1</source>
        <translation>
            <numerusform>%n enlace exportado a %1</numerusform>
            <numerusform>%n enlaces exportados a %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Import links</source>
        <translation>Importar enlaces</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>No se pudo abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be imported.

%2</source>
        <translation>No se puede importar %1.

%2</translation>
    </message>
</context>
<context>
    <name>odag::gui::LogPane</name>
    <message>
        <source>Filter by method, status or URL</source>
        <translation>Filtrar por método, estado o URL</translation>
    </message>
    <message>
        <source>Log filter</source>
        <translation>Filtro del registro</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>HTTP exchanges</source>
        <translation>Intercambios HTTP</translation>
    </message>
</context>
<context>
    <name>odag::gui::MainWindow</name>
    <message>
        <source>Tenant</source>
        <translation>Inquilino</translation>
    </message>
    <message>
        <source>HTTP log</source>
        <translation>Registro HTTP</translation>
    </message>
    <message>
        <source>ODAG Admin</source>
        <translation>ODAG Admin</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Áreas de trabajo</translation>
    </message>
    <message>
        <source>ODAG Admin — %1</source>
        <translation>ODAG Admin — %1</translation>
    </message>
    <message>
        <source>Connected to %1 (%2)</source>
        <translation>Conectado a %1 (%2)</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Connecting to %1…&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Conectando con %1…&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Could not connect to %1&lt;/h2&gt;&lt;p&gt;%2&lt;/p&gt;</source>
        <translation>&lt;h2&gt;No se pudo conectar con %1&lt;/h2&gt;&lt;p&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>HTTP &amp;log</source>
        <translation>&amp;Registro HTTP</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About ODAG Admin</source>
        <translation>&amp;Acerca de ODAG Admin</translation>
    </message>
    <message>
        <source>About ODAG Admin</source>
        <translation>Acerca de ODAG Admin</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Calls this minute: Tier 1 %1/%2 · Tier 2 %3/%4</source>
        <translation>Llamadas en este minuto: Tier 1 %1/%2 · Tier 2 %3/%4</translation>
    </message>
    <message>
        <source>Connection profile</source>
        <translation>Perfil de conexión</translation>
    </message>
    <message>
        <source>The tenant this window works on. Choose another profile to switch.</source>
        <translation>El tenant con el que trabaja esta ventana. Elija otro perfil para cambiar.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Connected to %1 (%2) as %3</source>
        <translation>Conectado a %1 (%2) como %3</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Enlaces</translation>
    </message>
    <message>
        <source>Apps</source>
        <translation>Apps</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>Spaces</source>
        <translation>Espacios</translation>
    </message>
    <message>
        <source>Reloads</source>
        <translation>Recargas</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>ODAG Admin shows the new language after a restart. Restart now?</source>
        <translation>ODAG Admin muestra el nuevo idioma tras reiniciarse. ¿Reiniciar ahora?</translation>
    </message>
    <message>
        <source>ODAG Admin could not restart itself. Start it again to see the new language.</source>
        <translation>ODAG Admin no ha podido reiniciarse. Vuelva a iniciarlo para ver el nuevo idioma.</translation>
    </message>
    <message>
        <source>&amp;Manage profiles…</source>
        <translation>Ad&amp;ministrar perfiles…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>C&amp;errar sesión</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ODAG Admin %1&lt;/h3&gt;&lt;p&gt;Administration of Qlik On-Demand App Generation links, requests, spaces, apps and reloads.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running with Qt %3.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License v3 or later.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%4&quot;&gt;%4&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ODAG Admin %1&lt;/h3&gt;&lt;p&gt;Administración de enlaces, solicitudes, espacios, apps y recargas de la generación de apps bajo demanda de Qlik.&lt;/p&gt;&lt;p&gt;Compilado con Qt %2, ejecutándose con Qt %3.&lt;/p&gt;&lt;p&gt;Con licencia GNU General Public License v3 o posterior.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%4&quot;&gt;%4&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>odag::gui::NameFormatEditor</name>
    <message>
        <source>{0} for {1}</source>
        <translation>{0} para {1}</translation>
    </message>
    <message>
        <source>templateAppName, userId, curYear…</source>
        <translation>templateAppName, userId, curYear…</translation>
    </message>
    <message>
        <source>Name format</source>
        <translation>Formato del nombre</translation>
    </message>
    <message>
        <source>Name parameters</source>
        <translation>Parámetros del nombre</translation>
    </message>
    <message>
        <source>Comma-separated: templateAppName, userId, curYear, curMonth, curDay, curHr, curMin, curSec. {0} is the first.</source>
        <translation>Separados por comas: templateAppName, userId, curYear, curMonth, curDay, curHr, curMin, curSec. {0} es el primero.</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>Parameters:</source>
        <translation>Parámetros:</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Vista previa:</translation>
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
        <translation>Iniciar sesión en %1</translation>
    </message>
    <message>
        <source>Waiting for the browser</source>
        <translation>Esperando al navegador</translation>
    </message>
    <message>
        <source>If your browser did not open, copy this address into it:</source>
        <translation>Si el navegador no se abrió, copie esta dirección en él:</translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation>Dirección de inicio de sesión</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the sign-in address to the clipboard</source>
        <translation>Copiar la dirección de inicio de sesión en el portapapeles</translation>
    </message>
    <message>
        <source>&amp;Open browser again</source>
        <translation>&amp;Abrir el navegador de nuevo</translation>
    </message>
    <message>
        <source>Open the sign-in page in the system browser again</source>
        <translation>Volver a abrir la página de inicio de sesión en el navegador del sistema</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Start the sign-in again</source>
        <translation>Volver a iniciar el inicio de sesión</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop waiting for the browser</source>
        <translation>Dejar de esperar al navegador</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close without signing in</source>
        <translation>Cerrar sin iniciar sesión</translation>
    </message>
    <message>
        <source>The browser could not be opened. Copy the address below into your browser to sign in.</source>
        <translation>No se pudo abrir el navegador. Copie la dirección siguiente en su navegador para iniciar sesión.</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in your browser…</source>
        <translation>Esperando a que inicie sesión en el navegador…</translation>
    </message>
    <message>
        <source>The sign-in did not succeed: %1</source>
        <translation>No se pudo iniciar sesión: %1</translation>
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
        <translation>Nombre</translation>
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
        <translation>Apps de selección</translation>
    </message>
    <message>
        <source>Template apps</source>
        <translation>Apps de plantilla</translation>
    </message>
    <message>
        <source>Generated apps</source>
        <translation>Apps generadas</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 de %3)</translation>
    </message>
    <message>
        <source>Could not list the selection apps</source>
        <translation>No se pudieron enumerar las apps de selección</translation>
    </message>
    <message>
        <source>Could not list the template apps</source>
        <translation>No se pudieron enumerar las apps de plantilla</translation>
    </message>
    <message>
        <source>Could not list the generated apps</source>
        <translation>No se pudieron enumerar las apps generadas</translation>
    </message>
    <message>
        <source>Filter by name or ID</source>
        <translation>Filtrar por nombre o ID</translation>
    </message>
    <message>
        <source>Filter ODAG apps</source>
        <translation>Filtrar apps ODAG</translation>
    </message>
    <message>
        <source>Shows only the apps whose name or ID contains this text</source>
        <translation>Muestra solo las apps cuyo nombre o ID contiene este texto</translation>
    </message>
    <message>
        <source>The apps users make selections in before they generate an app: the selection apps of the tenant&apos;s navigation links.</source>
        <translation>Las apps en las que los usuarios hacen selecciones antes de generar una app: las apps de selección de los enlaces de navegación del inquilino.</translation>
    </message>
    <message>
        <source>The apps that are copied and loaded with the user&apos;s selections for each request.</source>
        <translation>Las apps que se copian y se cargan con las selecciones del usuario en cada solicitud.</translation>
    </message>
    <message>
        <source>The apps generated by requests that you can see.</source>
        <translation>Las apps generadas por las solicitudes que usted puede ver.</translation>
    </message>
    <message>
        <source>Copy ID</source>
        <translation>Copiar ID</translation>
    </message>
    <message>
        <source>ODAG apps (%1)</source>
        <translation>Apps ODAG (%1)</translation>
    </message>
    <message>
        <source>ODAG apps</source>
        <translation>Apps ODAG</translation>
    </message>
</context>
<context>
    <name>odag::gui::OdagSettingsPanel</name>
    <message>
        <source>On-demand app generation</source>
        <translation>Generación de apps bajo demanda</translation>
    </message>
    <message>
        <source>Dynamic views</source>
        <translation>Vistas dinámicas</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>On-demand app generation enabled</source>
        <translation>Generación de apps bajo demanda habilitada</translation>
    </message>
    <message>
        <source>Dynamic views enabled</source>
        <translation>Vistas dinámicas habilitadas</translation>
    </message>
    <message>
        <source>Send the changed settings to the tenant (Ctrl+S)</source>
        <translation>Enviar la configuración modificada al inquilino (Ctrl+S)</translation>
    </message>
    <message>
        <source>Go back to the settings the tenant has</source>
        <translation>Volver a la configuración actual del inquilino</translation>
    </message>
    <message>
        <source>Users can generate apps on demand from navigation links.</source>
        <translation>Los usuarios pueden generar apps bajo demanda a partir de enlaces de navegación.</translation>
    </message>
    <message>
        <source>Users can add dynamic views: charts of a template app fed by the selections made in another app.</source>
        <translation>Los usuarios pueden añadir vistas dinámicas: gráficos de una app de plantilla alimentados por las selecciones realizadas en otra app.</translation>
    </message>
    <message>
        <source>Could not read the ODAG settings</source>
        <translation>No se pudo leer la configuración de ODAG</translation>
    </message>
    <message>
        <source>Could not find out whether you may change the ODAG settings</source>
        <translation>No se pudo determinar si tiene permiso para modificar la configuración de ODAG</translation>
    </message>
    <message>
        <source>Only tenant administrators can view or change the ODAG settings.</source>
        <translation>Solo los administradores del inquilino pueden ver o modificar la configuración de ODAG.</translation>
    </message>
    <message>
        <source>Could not find out whether you may change these settings.</source>
        <translation>No se pudo determinar si tiene permiso para modificar esta configuración.</translation>
    </message>
    <message>
        <source>The current settings could not be read, so they cannot be changed now.</source>
        <translation>No se pudo leer la configuración actual, por lo que no se puede modificar ahora.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>You can change these settings.</source>
        <translation>Puede modificar esta configuración.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Saved at %1.</source>
        <translation>Guardada a las %1.</translation>
    </message>
    <message>
        <source>ODAG settings saved</source>
        <translation>Configuración de ODAG guardada</translation>
    </message>
    <message>
        <source>Could not save the ODAG settings</source>
        <translation>No se pudo guardar la configuración de ODAG</translation>
    </message>
    <message>
        <source>R&amp;evert</source>
        <translation>&amp;Revertir</translation>
    </message>
</context>
<context>
    <name>odag::gui::PreviewPage</name>
    <message>
        <source>Sales, EMEA</source>
        <translation>Ventas, EMEA</translation>
    </message>
    <message>
        <source>Analyzer, Developer</source>
        <translation>Analyzer, Developer</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Propiedad</translation>
    </message>
    <message>
        <source>Value for this user</source>
        <translation>Valor para este usuario</translation>
    </message>
    <message>
        <source>Supplied by</source>
        <translation>Proporcionado por</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <source>Property values for the user</source>
        <translation>Valores de las propiedades para el usuario</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation>No&amp;mbre de usuario:</translation>
    </message>
    <message>
        <source>&amp;Roles (comma-separated):</source>
        <translation>Ro&amp;les (separados por comas):</translation>
    </message>
    <message>
        <source>The most specific matching context wins (one user, then a group or role, then User_*). Contexts the app cannot interpret never supply a value here; the real service might use them.</source>
        <translation>Prevalece el contexto coincidente más específico (un usuario, después un grupo o rol y, por último, User_*). Los contextos que la app no puede interpretar nunca proporcionan un valor aquí; el servicio real podría usarlos.</translation>
    </message>
    <message>
        <source>no matching context (default)</source>
        <translation>ningún contexto coincidente (predeterminado)</translation>
    </message>
    <message>
        <source>not set (default)</source>
        <translation>sin definir (predeterminado)</translation>
    </message>
    <message>
        <source>Several equally specific contexts match with different values</source>
        <translation>Coinciden varios contextos igual de específicos con valores distintos</translation>
    </message>
    <message>
        <source>Several matching contexts give different values</source>
        <translation>Varios contextos coincidentes dan valores distintos</translation>
    </message>
    <message>
        <source>A context that may match would give another value</source>
        <translation>Un contexto que podría coincidir daría otro valor</translation>
    </message>
    <message>
        <source>Not interpreted: %1</source>
        <translation>No interpretado: %1</translation>
    </message>
    <message>
        <source>&amp;User ID:</source>
        <translation>ID de usua&amp;rio:</translation>
    </message>
    <message>
        <source>Gr&amp;oups (comma-separated):</source>
        <translation>Grup&amp;os (separados por comas):</translation>
    </message>
</context>
<context>
    <name>odag::gui::ProfileEditor</name>
    <message>
        <source>Profile name</source>
        <translation>Nombre del perfil</translation>
    </message>
    <message>
        <source>Tenant address</source>
        <translation>Dirección del inquilino</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <source>New connection profile</source>
        <translation>Nuevo perfil de conexión</translation>
    </message>
    <message>
        <source>Edit profile %1</source>
        <translation>Editar el perfil %1</translation>
    </message>
    <message>
        <source>Kind of tenant</source>
        <translation>Tipo de inquilino</translation>
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
        <translation>Método de inicio de sesión</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>&amp;Sign in with:</source>
        <translation>&amp;Iniciar sesión con:</translation>
    </message>
    <message>
        <source>Keys and passwords are kept in the system keychain, never in the settings file.</source>
        <translation>Las claves y contraseñas se guardan en el llavero del sistema, nunca en el archivo de configuración.</translation>
    </message>
    <message>
        <source>This computer has no keychain: keys and passwords are kept only until ODAG Admin quits.</source>
        <translation>Este equipo no tiene llavero: las claves y contraseñas solo se conservan hasta que se cierre ODAG Admin.</translation>
    </message>
    <message>
        <source>Connect with what is typed here, without saving (Ctrl+T)</source>
        <translation>Conectarse con lo que se ha escrito aquí, sin guardar (Ctrl+T)</translation>
    </message>
    <message>
        <source>Sign-in details</source>
        <translation>Datos de inicio de sesión</translation>
    </message>
    <message>
        <source>Stored — leave empty to keep</source>
        <translation>Guardado: deje vacío para conservarlo</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Choose the PEM private key file</source>
        <translation>Elegir el archivo de clave privada PEM</translation>
    </message>
    <message>
        <source>Choose the certificate file (PEM, PFX or P12)</source>
        <translation>Elegir el archivo de certificado (PEM, PFX o P12)</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Clave privada</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>Certificado de cliente</translation>
    </message>
    <message>
        <source>PEM keys (*.pem *.key);;All files (*)</source>
        <translation>Claves PEM (*.pem *.key);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.pfx *.p12);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer *.pfx *.p12);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>An API key made in the tenant&apos;s profile settings (Settings › API keys)</source>
        <translation>Una clave de API creada en la configuración del perfil del inquilino (Configuración › Claves de API)</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clave de API:</translation>
    </message>
    <message>
        <source>OAuth client ID</source>
        <translation>ID de cliente OAuth</translation>
    </message>
    <message>
        <source>Redirect port</source>
        <translation>Puerto de redirección</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>cualquier puerto libre</translation>
    </message>
    <message>
        <source>OAuth &amp;client ID:</source>
        <translation>ID de &amp;cliente OAuth:</translation>
    </message>
    <message>
        <source>&amp;Redirect port:</source>
        <translation>Puerto de &amp;redirección:</translation>
    </message>
    <message>
        <source>Header name</source>
        <translation>Nombre del encabezado</translation>
    </message>
    <message>
        <source>The header the virtual proxy reads the user from</source>
        <translation>El encabezado del que el proxy virtual lee el usuario</translation>
    </message>
    <message>
        <source>User directory</source>
        <translation>Directorio de usuarios</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>ID de usuario</translation>
    </message>
    <message>
        <source>&amp;Header:</source>
        <translation>&amp;Encabezado:</translation>
    </message>
    <message>
        <source>User &amp;directory:</source>
        <translation>Directorio de u&amp;suarios:</translation>
    </message>
    <message>
        <source>&amp;User ID:</source>
        <translation>ID de &amp;usuario:</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>Archivo de certificado</translation>
    </message>
    <message>
        <source>Private key file</source>
        <translation>Archivo de clave privada</translation>
    </message>
    <message>
        <source>Empty for a PFX/P12 file</source>
        <translation>Vacío para un archivo PFX/P12</translation>
    </message>
    <message>
        <source>Certificate password</source>
        <translation>Contraseña del certificado</translation>
    </message>
    <message>
        <source>&amp;Certificate:</source>
        <translation>&amp;Certificado:</translation>
    </message>
    <message>
        <source>Private &amp;key:</source>
        <translation>Clave pri&amp;vada:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>C&amp;ontraseña:</translation>
    </message>
    <message>
        <source>Windows user</source>
        <translation>Usuario de Windows</translation>
    </message>
    <message>
        <source>DOMAIN\user</source>
        <translation>DOMINIO\usuario</translation>
    </message>
    <message>
        <source>Windows password</source>
        <translation>Contraseña de Windows</translation>
    </message>
    <message>
        <source>&amp;Windows user:</source>
        <translation>&amp;Usuario de Windows:</translation>
    </message>
    <message>
        <source>OAuth sign-in in the browser</source>
        <translation>Inicio de sesión OAuth en el navegador</translation>
    </message>
    <message>
        <source>Header authentication (virtual proxy)</source>
        <translation>Autenticación por encabezado (proxy virtual)</translation>
    </message>
    <message>
        <source>Windows (NTLM)</source>
        <translation>Windows (NTLM)</translation>
    </message>
    <message>
        <source>The address of the Qlik Cloud tenant, as in the browser.</source>
        <translation>La dirección del inquilino de Qlik Cloud, tal como aparece en el navegador.</translation>
    </message>
    <message>
        <source>The Qlik Sense server with its virtual proxy prefix, if any; without /api/odag/v1.</source>
        <translation>El servidor de Qlik Sense con el prefijo de su proxy virtual, si lo hay; sin /api/odag/v1.</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Asigne un nombre al perfil.</translation>
    </message>
    <message>
        <source>Another profile is already called %1.</source>
        <translation>Ya existe otro perfil llamado %1.</translation>
    </message>
    <message>
        <source>Enter the tenant&apos;s address.</source>
        <translation>Introduzca la dirección del inquilino.</translation>
    </message>
    <message>
        <source>This is not a web address: expected https://host.</source>
        <translation>No es una dirección web: se esperaba https://host.</translation>
    </message>
    <message>
        <source>Enter the API key.</source>
        <translation>Introduzca la clave de API.</translation>
    </message>
    <message>
        <source>Enter the OAuth client ID registered in the tenant.</source>
        <translation>Introduzca el ID de cliente OAuth registrado en el inquilino.</translation>
    </message>
    <message>
        <source>Enter the header name (usually X-Qlik-User).</source>
        <translation>Introduzca el nombre del encabezado (normalmente X-Qlik-User).</translation>
    </message>
    <message>
        <source>Enter the user ID.</source>
        <translation>Introduzca el ID de usuario.</translation>
    </message>
    <message>
        <source>Enter the user directory.</source>
        <translation>Introduzca el directorio de usuarios.</translation>
    </message>
    <message>
        <source>Choose the certificate file.</source>
        <translation>Elija el archivo de certificado.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>No existe el archivo %1.</translation>
    </message>
    <message>
        <source>Enter the Windows user as DOMAIN\user.</source>
        <translation>Introduzca el usuario de Windows como DOMINIO\usuario.</translation>
    </message>
    <message>
        <source>Enter the Windows password.</source>
        <translation>Introduzca la contraseña de Windows.</translation>
    </message>
    <message>
        <source>The profile was not saved: %1</source>
        <translation>No se guardó el perfil: %1</translation>
    </message>
</context>
<context>
    <name>odag::gui::ProfileManagerDialog</name>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>OAuth sign-in</source>
        <translation>Inicio de sesión OAuth</translation>
    </message>
    <message>
        <source>Header authentication</source>
        <translation>Autenticación por encabezado</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>Certificado de cliente</translation>
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
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>Add a connection profile (Ctrl+N)</source>
        <translation>Añadir un perfil de conexión (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Edit the selected profile</source>
        <translation>Editar el perfil seleccionado</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>Copy the selected profile with its settings and secrets</source>
        <translation>Copiar el perfil seleccionado con su configuración y sus secretos</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <source>Remove the selected profile with its secrets (Del)</source>
        <translation>Quitar el perfil seleccionado con sus secretos (Supr)</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <source>Connect with the selected profile and show what it may do (Ctrl+T)</source>
        <translation>Conectarse con el perfil seleccionado y mostrar lo que puede hacer (Ctrl+T)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>A&amp;brir</translation>
    </message>
    <message>
        <source>Open the selected profile in the window</source>
        <translation>Abrir el perfil seleccionado en la ventana</translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation>Perfiles de conexión</translation>
    </message>
    <message>
        <source>%1 (built in)</source>
        <translation>%1 (integrado)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Built-in profiles cannot be copied: the sandbox&apos;s address changes every time ODAG Admin starts.</source>
        <translation>Los perfiles integrados no se pueden copiar: la dirección del sandbox cambia cada vez que se inicia ODAG Admin.</translation>
    </message>
    <message>
        <source>No profile is selected.</source>
        <translation>No hay ningún perfil seleccionado.</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1&lt;br&gt;%2&lt;br&gt;Sign in with: %3&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1&lt;br&gt;%2&lt;br&gt;Iniciar sesión con: %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Built in: always there, not editable.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Integrado: siempre disponible, no editable.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;%n trusted server certificate(s).&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%n certificado de servidor de confianza.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%n certificados de servidor de confianza.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Nuevo perfil</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>Copied %1 with its settings and secrets as %2.</source>
        <translation>Se copió %1 con su configuración y sus secretos como %2.</translation>
    </message>
    <message>
        <source>The copy has no secrets: %1</source>
        <translation>La copia no tiene secretos: %1</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Quitar perfil</translation>
    </message>
    <message>
        <source>Remove the profile %1 with its stored key or password and its trusted certificates? This cannot be undone.</source>
        <translation>¿Quitar el perfil %1 con su clave o contraseña guardada y sus certificados de confianza? Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>The profile %1 is removed, but a secret stayed in the keychain: %2</source>
        <translation>Se quitó el perfil %1, pero quedó un secreto en el llavero: %2</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>Se quitó %1.</translation>
    </message>
</context>
<context>
    <name>odag::gui::PropertiesPage</name>
    <message>
        <source>&amp;Add context</source>
        <translation>Añadir &amp;contexto</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Context-scoped properties</source>
        <translation>Propiedades por contexto</translation>
    </message>
    <message>
        <source>User_*, User.group = Sales, User.role = Analyzer…</source>
        <translation>User_*, User.group = Sales, User.role = Analyzer…</translation>
    </message>
    <message>
        <source>New context expression</source>
        <translation>Nueva expresión de contexto</translation>
    </message>
    <message>
        <source>Add a row for the context typed beside it</source>
        <translation>Añadir una fila para el contexto escrito al lado</translation>
    </message>
    <message>
        <source>Remove the selected context and all its entries</source>
        <translation>Quitar el contexto seleccionado y todas sus entradas</translation>
    </message>
    <message>
        <source>Remove the selected property&apos;s entry for this context (Delete)</source>
        <translation>Quitar la entrada de la propiedad seleccionada para este contexto (Supr)</translation>
    </message>
    <message>
        <source>Each property is a list of {context, value} entries. One row per context; an empty cell means the property has no entry for that context. Double-click a cell to edit it.</source>
        <translation>Cada propiedad es una lista de entradas {context, value}. Una fila por contexto; una celda vacía significa que la propiedad no tiene ninguna entrada para ese contexto. Haga doble clic en una celda para editarla.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”: %2</translation>
    </message>
    <message>
        <source>Generated app name for this context: %1</source>
        <translation>Nombre de la app generada para este contexto: %1</translation>
    </message>
    <message>
        <source>Clear c&amp;ell</source>
        <translation>Vaciar ce&amp;lda</translation>
    </message>
</context>
<context>
    <name>odag::gui::PropertyDelegate</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Sheet ID</source>
        <translation>ID de hoja</translation>
    </message>
    <message>
        <source>Restrict</source>
        <translation>Restringir</translation>
    </message>
    <message>
        <source>Auto-delete oldest</source>
        <translation>Eliminar la más antigua automáticamente</translation>
    </message>
    <message>
        <source>New tab</source>
        <translation>Nueva pestaña</translation>
    </message>
    <message>
        <source>New window</source>
        <translation>Nueva ventana</translation>
    </message>
</context>
<context>
    <name>odag::gui::PropertyMatrixModel</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
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
        <translation>sin mínimo</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <source>Which users an entry applies to: User_* (everyone) or User.group = …</source>
        <translation>A qué usuarios se aplica una entrada: User_* (todos) o User.group = …</translation>
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
        <translation>cargando…</translation>
    </message>
    <message>
        <source>ODAG service</source>
        <translation>Servicio ODAG</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versión:</translation>
    </message>
    <message>
        <source>API stability:</source>
        <translation>Estabilidad de la API:</translation>
    </message>
    <message>
        <source>Links:</source>
        <translation>Enlaces:</translation>
    </message>
    <message>
        <source>Requests:</source>
        <translation>Solicitudes:</translation>
    </message>
    <message>
        <source>&lt;p&gt;This is a Qlik Sense Enterprise on Windows site. The ODAG settings, the lists of selection, template and generated apps and the engine health figures are Qlik Cloud APIs, so they are not shown here.&lt;/p&gt;&lt;p&gt;On Qlik Sense Enterprise, ODAG is switched on and tuned in the QMC (On-demand app service), and the engines are watched with the monitoring apps.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Este es un sitio de Qlik Sense Enterprise on Windows. La configuración de ODAG, las listas de apps de selección, de plantilla y generadas, y las cifras del estado del motor son API de Qlik Cloud, por lo que no se muestran aquí.&lt;/p&gt;&lt;p&gt;En Qlik Sense Enterprise, ODAG se activa y se ajusta en la QMC (servicio de apps bajo demanda), y los motores se supervisan con las apps de supervisión.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>no indicado</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Could not read the ODAG service&apos;s version</source>
        <translation>No se pudo leer la versión del servicio ODAG</translation>
    </message>
    <message>
        <source>Could not list the ODAG links</source>
        <translation>No se pudieron enumerar los enlaces ODAG</translation>
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
        <translation>No se pudieron enumerar las solicitudes ODAG</translation>
    </message>
</context>
<context>
    <name>odag::gui::RangeEditor</name>
    <message>
        <source>no minimum</source>
        <translation>sin mínimo</translation>
    </message>
    <message>
        <source>maximum</source>
        <translation>máximo</translation>
    </message>
    <message>
        <source>Lowest row estimate</source>
        <translation>Estimación de filas más baja</translation>
    </message>
    <message>
        <source>Highest row estimate</source>
        <translation>Estimación de filas más alta</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
</context>
<context>
    <name>odag::gui::ReloadLogDialog</name>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Anterior</translation>
    </message>
    <message>
        <source>Reload log — %1</source>
        <translation>Registro de recarga — %1</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>Buscar en el registro</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Buscar…</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Coincidencia siguiente (F3)</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Coincidencia anterior (Shift+F3)</translation>
    </message>
    <message>
        <source>Reload log</source>
        <translation>Registro de recarga</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No se encontró</translation>
    </message>
    <message>
        <source>Progress log of the reload</source>
        <translation>Registro de progreso de la recarga</translation>
    </message>
    <message>
        <source>Progress log of the reload; reading the full script log…</source>
        <translation>Registro de progreso de la recarga; leyendo el registro completo del script…</translation>
    </message>
    <message>
        <source>Script log of the reload</source>
        <translation>Registro del script de la recarga</translation>
    </message>
    <message>
        <source>Progress log of the reload (the script log is empty)</source>
        <translation>Registro de progreso de la recarga (el registro del script está vacío)</translation>
    </message>
    <message>
        <source>Progress log of the reload. The script log could not be read: %1</source>
        <translation>Registro de progreso de la recarga. No se pudo leer el registro del script: %1</translation>
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
        <translation>parcial</translation>
    </message>
    <message>
        <source>full</source>
        <translation>completa</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Carga</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniciada</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Finalizada</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Log or error</source>
        <translation>Registro o error</translation>
    </message>
</context>
<context>
    <name>odag::gui::ReloadsWorkspace</name>
    <message>
        <source>&lt;h2&gt;No reloads here&lt;/h2&gt;&lt;p&gt;The reloads API is a Qlik Cloud feature; this profile is a Qlik Sense Enterprise server, where reloads run as tasks of the QMC.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;No hay recargas aquí&lt;/h2&gt;&lt;p&gt;La API de recargas es una función de Qlik Cloud; este perfil es un servidor de Qlik Sense Enterprise, donde las recargas se ejecutan como tareas de la QMC.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>Cargar más</translation>
    </message>
    <message>
        <source>&amp;Reload app…</source>
        <translation>&amp;Recargar app…</translation>
    </message>
    <message>
        <source>Start a reload of the app, with variables if you like (Ctrl+R)</source>
        <translation>Iniciar una recarga de la app, con variables si lo desea (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Cancel reload</source>
        <translation>&amp;Cancelar recarga</translation>
    </message>
    <message>
        <source>Cancel the selected queued or running reload (Ctrl+Shift+X)</source>
        <translation>Cancelar la recarga seleccionada en cola o en ejecución (Ctrl+Shift+X)</translation>
    </message>
    <message>
        <source>View &amp;log…</source>
        <translation>Ver re&amp;gistro…</translation>
    </message>
    <message>
        <source>Show the log of the selected reload (Ctrl+Shift+G, or double-click)</source>
        <translation>Mostrar el registro de la recarga seleccionada (Ctrl+Shift+G o doble clic)</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <source>Read the apps and reloads again (F5)</source>
        <translation>Volver a leer las apps y las recargas (F5)</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>The app whose reloads are shown; type to search</source>
        <translation>La app cuyas recargas se muestran; escriba para buscar</translation>
    </message>
    <message>
        <source>Loading apps…</source>
        <translation>Cargando apps…</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Read the next page of reloads</source>
        <translation>Leer la siguiente página de recargas</translation>
    </message>
    <message>
        <source>App:</source>
        <translation>App:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Reloads</source>
        <translation>Recargas</translation>
    </message>
    <message>
        <source>Could not read the reloads of the app</source>
        <translation>No se pudieron leer las recargas de la app</translation>
    </message>
    <message>
        <source>Could not follow a running reload</source>
        <translation>No se pudo seguir una recarga en ejecución</translation>
    </message>
    <message>
        <source>Reload %1 ended: %2</source>
        <translation>Recarga %1 finalizada: %2</translation>
    </message>
    <message>
        <source>Could not read the apps of the tenant</source>
        <translation>No se pudieron leer las apps del inquilino</translation>
    </message>
    <message>
        <source>No apps</source>
        <translation>No hay apps</translation>
    </message>
    <message>
        <source>Choose an app</source>
        <translation>Elija una app</translation>
    </message>
    <message>
        <source>No apps in this tenant</source>
        <translation>No hay apps en este inquilino</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message numerus="yes">
        <source>Following %n running reload(s)…</source>
        <translation>
            <numerusform>Siguiendo %n recarga en ejecución…</numerusform>
            <numerusform>Siguiendo %n recargas en ejecución…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reload(s)</source>
        <translation>
            <numerusform>%n recarga</numerusform>
            <numerusform>%n recargas</numerusform>
        </translation>
    </message>
    <message>
        <source>Reload %1 queued</source>
        <translation>Recarga %1 en cola</translation>
    </message>
    <message>
        <source>The reload %1 has already ended and cannot be cancelled</source>
        <translation>La recarga %1 ya ha finalizado y no se puede cancelar</translation>
    </message>
    <message>
        <source>Could not cancel the reload %1</source>
        <translation>No se pudo cancelar la recarga %1</translation>
    </message>
    <message>
        <source>The reload %1 was already being cancelled</source>
        <translation>La recarga %1 ya se estaba cancelando</translation>
    </message>
    <message>
        <source>Cancelling the reload %1…</source>
        <translation>Cancelando la recarga %1…</translation>
    </message>
</context>
<context>
    <name>odag::gui::RenameAppDialog</name>
    <message>
        <source>Rename generated app</source>
        <translation>Cambiar el nombre de la app generada</translation>
    </message>
    <message>
        <source>New app name</source>
        <translation>Nuevo nombre de la app</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Ca&amp;mbiar nombre</translation>
    </message>
    <message>
        <source>&amp;New name:</source>
        <translation>&amp;Nuevo nombre:</translation>
    </message>
</context>
<context>
    <name>odag::gui::RequestActions</name>
    <message>
        <source>A multiple request has no app of its own: select its sub-requests to act on their apps.</source>
        <translation>Una solicitud múltiple no tiene app propia: seleccione sus subsolicitudes para actuar sobre sus apps.</translation>
    </message>
    <message>
        <source>This request has no generated app (it is %1).</source>
        <translation>Esta solicitud no tiene app generada (está en estado %1).</translation>
    </message>
    <message>
        <source>The request is still %1: its app can be used once the request has finished.</source>
        <translation>La solicitud sigue en estado %1: su app se podrá usar cuando la solicitud haya finalizado.</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation>Cancelar solicitud</translation>
    </message>
    <message>
        <source>Pause request</source>
        <translation>Pausar solicitud</translation>
    </message>
    <message>
        <source>Resume request</source>
        <translation>Reanudar solicitud</translation>
    </message>
    <message>
        <source>Acknowledge cancellation</source>
        <translation>Confirmar la cancelación</translation>
    </message>
    <message>
        <source>Acknowledge failure</source>
        <translation>Confirmar el error</translation>
    </message>
    <message>
        <source>Reload generated app</source>
        <translation>Recargar app generada</translation>
    </message>
    <message>
        <source>Rename generated app</source>
        <translation>Cambiar nombre de app generada</translation>
    </message>
    <message>
        <source>Delete generated app</source>
        <translation>Eliminar app generada</translation>
    </message>
    <message>
        <source>Open generated app in the browser</source>
        <translation>Abrir app generada en el navegador</translation>
    </message>
    <message>
        <source>The request is loading: cancel is effective only before the data load starts.</source>
        <translation>La solicitud se está cargando: la cancelación solo surte efecto antes de que empiece la carga de datos.</translation>
    </message>
    <message>
        <source>Only a validating, queued or paused request can be cancelled; this one is %1.</source>
        <translation>Solo se puede cancelar una solicitud que se esté validando, esté en cola o en pausa; esta está en estado %1.</translation>
    </message>
    <message>
        <source>Pausing requests is not available on Qlik Sense Enterprise.</source>
        <translation>La pausa de solicitudes no está disponible en Qlik Sense Enterprise.</translation>
    </message>
    <message>
        <source>Only a queued request can be paused; this one is %1.</source>
        <translation>Solo se puede pausar una solicitud en cola; esta está en estado %1.</translation>
    </message>
    <message>
        <source>Resuming requests is not available on Qlik Sense Enterprise.</source>
        <translation>La reanudación de solicitudes no está disponible en Qlik Sense Enterprise.</translation>
    </message>
    <message>
        <source>Only a paused request can be resumed; this one is %1.</source>
        <translation>Solo se puede reanudar una solicitud en pausa; esta está en estado %1.</translation>
    </message>
    <message>
        <source>Acknowledging a cancellation is not available on Qlik Sense Enterprise.</source>
        <translation>La confirmación de cancelaciones no está disponible en Qlik Sense Enterprise.</translation>
    </message>
    <message>
        <source>Only a canceled request can be acknowledged as canceled; this one is %1.</source>
        <translation>Solo se puede confirmar como cancelada una solicitud cancelada; esta está en estado %1.</translation>
    </message>
    <message>
        <source>Acknowledging a failure is not available on Qlik Sense Enterprise.</source>
        <translation>La confirmación de errores no está disponible en Qlik Sense Enterprise.</translation>
    </message>
    <message>
        <source>Only a failed request can be acknowledged as failed; this one is %1.</source>
        <translation>Solo se puede confirmar como fallida una solicitud fallida; esta está en estado %1.</translation>
    </message>
    <message>
        <source>Unknown action.</source>
        <translation>Acción desconocida.</translation>
    </message>
    <message>
        <source>No browser could open %1.</source>
        <translation>Ningún navegador pudo abrir %1.</translation>
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
        <translation>Sin conexión con un inquilino.</translation>
    </message>
    <message>
        <source>%1: select one or more requests first.</source>
        <translation>%1: seleccione primero una o varias solicitudes.</translation>
    </message>
    <message>
        <source>%1: wait until the running action has finished.</source>
        <translation>%1: espere a que finalice la acción en curso.</translation>
    </message>
    <message>
        <source>%1: select only one request to rename its app.</source>
        <translation>%1: seleccione solo una solicitud para cambiar el nombre de su app.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: not possible for any of the %n selected requests. For example: %2</source>
        <translation>
            <numerusform>%1: no es posible para ninguna de las solicitudes seleccionadas (%n). Por ejemplo: %2</numerusform>
            <numerusform>%1: no es posible para ninguna de las solicitudes seleccionadas (%n). Por ejemplo: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: applies to %2 of the %n selected requests.</source>
        <translation>
            <numerusform>%1: se aplica a %2 de %n solicitud seleccionada.</numerusform>
            <numerusform>%1: se aplica a %2 de las %n solicitudes seleccionadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete generated app</source>
        <translation>Eliminar app generada</translation>
    </message>
    <message numerus="yes">
        <source>Delete the generated app of %n request(s)? The app and its data are removed from the tenant; this cannot be undone.</source>
        <translation>
            <numerusform>¿Eliminar la app generada de %n solicitud? La app y sus datos se eliminan del inquilino; esta acción no se puede deshacer.</numerusform>
            <numerusform>¿Eliminar las apps generadas de %n solicitudes? Las apps y sus datos se eliminan del inquilino; esta acción no se puede deshacer.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failed for %2: %3</source>
        <translation>%1 falló en %2: %3</translation>
    </message>
</context>
<context>
    <name>odag::gui::RequestDetailsPanel</name>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modificada</translation>
    </message>
    <message>
        <source>Generated app</source>
        <translation>App generada</translation>
    </message>
    <message>
        <source>Template app</source>
        <translation>App de plantilla</translation>
    </message>
    <message>
        <source>Selection app</source>
        <translation>App de selección</translation>
    </message>
    <message>
        <source>Sheet (requested / target)</source>
        <translation>Hoja (solicitada / destino)</translation>
    </message>
    <message>
        <source>Row estimate</source>
        <translation>Estimación de filas</translation>
    </message>
    <message>
        <source>Row estimate expression</source>
        <translation>Expresión de estimación de filas</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Retención</translation>
    </message>
    <message>
        <source>Parent request</source>
        <translation>Solicitud principal</translation>
    </message>
    <message>
        <source>Binding / selection state hash</source>
        <translation>Hash de vinculación / estado de selección</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Data load</source>
        <translation>Carga de datos</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Load host</source>
        <translation>Host de carga</translation>
    </message>
    <message>
        <source>Started / finished</source>
        <translation>Iniciada / finalizada</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validación</translation>
    </message>
    <message>
        <source>Selections the request was made with</source>
        <translation>Selecciones con las que se realizó la solicitud</translation>
    </message>
    <message>
        <source>Selections of the request</source>
        <translation>Selecciones de la solicitud</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valores</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) selected</source>
        <translation>
            <numerusform>%n solicitud seleccionada</numerusform>
            <numerusform>%n solicitudes seleccionadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a request to see its details.</source>
        <translation>Seleccione una solicitud para ver sus detalles.</translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>Solicitud %1</translation>
    </message>
    <message>
        <source>kept until deleted</source>
        <translation>se conserva hasta que se elimine</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) left</source>
        <translation>
            <numerusform>queda %n minuto</numerusform>
            <numerusform>quedan %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>no purge</source>
        <translation>sin purga</translation>
    </message>
    <message numerus="yes">
        <source>lives %n minute(s)</source>
        <translation>
            <numerusform>vida útil de %n minuto</numerusform>
            <numerusform>vida útil de %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>purged after %1</source>
        <translation>se purga tras %1</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>no indicado</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No data load yet</source>
        <translation>Aún no hay carga de datos</translation>
    </message>
    <message>
        <source>No validation messages.</source>
        <translation>No hay mensajes de validación.</translation>
    </message>
    <message>
        <source>Qlik Sense Enterprise does not report a request&apos;s selections through its ODAG API.</source>
        <translation>Qlik Sense Enterprise no indica las selecciones de una solicitud a través de su API de ODAG.</translation>
    </message>
    <message>
        <source>Reading the selections…</source>
        <translation>Leyendo las selecciones…</translation>
    </message>
    <message>
        <source>Could not read the selections: %1</source>
        <translation>No se pudieron leer las selecciones: %1</translation>
    </message>
    <message>
        <source>no values</source>
        <translation>sin valores</translation>
    </message>
    <message>
        <source>The request was made without selections.</source>
        <translation>La solicitud se realizó sin selecciones.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n campo</numerusform>
            <numerusform>%n campos</numerusform>
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
        <translation>No se pudieron actualizar las solicitudes.</translation>
    </message>
    <message>
        <source>Could not refresh the requests of link %1.</source>
        <translation>No se pudieron actualizar las solicitudes del enlace %1.</translation>
    </message>
    <message>
        <source>Could not read request %1.</source>
        <translation>No se pudo leer la solicitud %1.</translation>
    </message>
    <message numerus="yes">
        <source>The tenant asked to slow down (rate limit). Every request is kept; live updates retry in %n s.</source>
        <translation>
            <numerusform>El inquilino pidió reducir el ritmo (límite de frecuencia). Se conservan todas las solicitudes; las actualizaciones en directo se reintentan en %n s.</numerusform>
            <numerusform>El inquilino pidió reducir el ritmo (límite de frecuencia). Se conservan todas las solicitudes; las actualizaciones en directo se reintentan en %n s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 Every request is kept; live updates retry in %n s.</source>
        <translation>
            <numerusform>%1 %2 Se conservan todas las solicitudes; las actualizaciones en directo se reintentan en %n s.</numerusform>
            <numerusform>%1 %2 Se conservan todas las solicitudes; las actualizaciones en directo se reintentan en %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not list the links: %1</source>
        <translation>No se pudieron enumerar los enlaces: %1</translation>
    </message>
    <message>
        <source>Some links&apos; requests could not be read: %1</source>
        <translation>No se pudieron leer las solicitudes de algunos enlaces: %1</translation>
    </message>
    <message>
        <source>Could not list the requests: %1</source>
        <translation>No se pudieron enumerar las solicitudes: %1</translation>
    </message>
</context>
<context>
    <name>odag::gui::RequestOpsBinder</name>
    <message>
        <source>Submit request…</source>
        <translation>Enviar solicitud…</translation>
    </message>
    <message>
        <source>Notify when done</source>
        <translation>Notificar al terminar</translation>
    </message>
    <message>
        <source>Submit a generation request for a link, to test it without the Sense client (%1)</source>
        <translation>Enviar una solicitud de generación para un enlace, para probarlo sin el cliente de Sense (%1)</translation>
    </message>
    <message>
        <source>Show a desktop notification when the selected requests succeed or fail (%1)</source>
        <translation>Mostrar una notificación de escritorio cuando las solicitudes seleccionadas finalicen correctamente o con error (%1)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
</context>
<context>
    <name>odag::gui::RequestsModel</name>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <source>Generated app</source>
        <translation>App generada</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniciada</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finalizada</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Rows (bounds)</source>
        <translation>Filas (límites)</translation>
    </message>
    <message>
        <source>Load host</source>
        <translation>Host de carga</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>odag::gui::RequestsWorkspace</name>
    <message>
        <source>Generation requests</source>
        <translation>Solicitudes de generación</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Monitor</translation>
    </message>
    <message>
        <source>Loading requests…</source>
        <translation>Cargando solicitudes…</translation>
    </message>
    <message>
        <source>Pause live updates</source>
        <translation>Pausar actualizaciones en directo</translation>
    </message>
    <message>
        <source>Stop or restart the automatic refresh (Ctrl+Shift+P)</source>
        <translation>Detener o reanudar la actualización automática (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Resume live updates</source>
        <translation>Reanudar actualizaciones en directo</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Actualizar ahora</translation>
    </message>
    <message>
        <source>Ask the tenant for changes now (F5)</source>
        <translation>Pedir ahora los cambios al inquilino (F5)</translation>
    </message>
    <message>
        <source>Refresh every</source>
        <translation>Actualizar cada</translation>
    </message>
    <message>
        <source>Refresh interval</source>
        <translation>Intervalo de actualización</translation>
    </message>
    <message>
        <source>How often to look for changes while requests are running; the monitor looks less often when nothing happens and when the rate limit is near</source>
        <translation>Con qué frecuencia se buscan cambios mientras hay solicitudes en ejecución; el monitor consulta con menos frecuencia cuando no ocurre nada y cuando se acerca el límite de frecuencia</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>Search ID, owner, app, error… (Ctrl+F)</source>
        <translation>Buscar ID, propietario, app, error… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search requests</source>
        <translation>Buscar solicitudes</translation>
    </message>
    <message>
        <source>Filter by state</source>
        <translation>Filtrar por estado</translation>
    </message>
    <message>
        <source>Show only requests in the checked states</source>
        <translation>Mostrar solo las solicitudes en los estados marcados</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation>Filtrar por tipo</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Filter by link</source>
        <translation>Filtrar por enlace</translation>
    </message>
    <message>
        <source>All links</source>
        <translation>Todos los enlaces</translation>
    </message>
    <message>
        <source>Filter by owner</source>
        <translation>Filtrar por propietario</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Todos los propietarios</translation>
    </message>
    <message>
        <source>Filter by creation time</source>
        <translation>Filtrar por fecha de creación</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Cualquier momento</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Última hora</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Última semana</translation>
    </message>
    <message>
        <source>Between…</source>
        <translation>Entre…</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>Creadas desde</translation>
    </message>
    <message>
        <source>Created until</source>
        <translation>Creadas hasta</translation>
    </message>
    <message numerus="yes">
        <source>%n state(s)</source>
        <translation>
            <numerusform>%n estado</numerusform>
            <numerusform>%n estados</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Paused while the window is hidden</source>
        <translation>En pausa mientras la ventana está oculta</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En directo</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n solicitud</numerusform>
            <numerusform>%n solicitudes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · last refresh %2 · %n call(s)/min · %3</source>
        <translation>
            <numerusform>%1 · última actualización %2 · %n llamada/min · %3</numerusform>
            <numerusform>%1 · última actualización %2 · %n llamadas/min · %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · last refresh %2 · %n call(s)/min · Tier 1 budget %3 % · %4</source>
        <translation>
            <numerusform>%1 · última actualización %2 · %n llamada/min · presupuesto de Tier 1: %3 % · %4</numerusform>
            <numerusform>%1 · última actualización %2 · %n llamadas/min · presupuesto de Tier 1: %3 % · %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n top-level row(s) shown</source>
        <translation>
            <numerusform>%1 · %n fila de nivel superior mostrada</numerusform>
            <numerusform>%1 · %n filas de nivel superior mostradas</numerusform>
        </translation>
    </message>
    <message>
        <source>The requests could not be loaded.</source>
        <translation>No se pudieron cargar las solicitudes.</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>Loading requests… %1 of %2</source>
        <translation>Cargando solicitudes… %1 de %2</translation>
    </message>
</context>
<context>
    <name>odag::gui::RetentionEditor</name>
    <message>
        <source>PT24H, P7D or unlimited</source>
        <translation>PT24H, P7D o unlimited</translation>
    </message>
    <message>
        <source>Retention time</source>
        <translation>Tiempo de retención</translation>
    </message>
</context>
<context>
    <name>odag::gui::SessionFactory</name>
    <message>
        <source>No API key is stored for the profile %1. Edit the profile and enter the key.</source>
        <translation>No hay ninguna clave de API guardada para el perfil %1. Edite el perfil e introduzca la clave.</translation>
    </message>
    <message>
        <source>The profile %1 is signed out. Sign in to open it.</source>
        <translation>La sesión del perfil %1 está cerrada. Inicie sesión para abrirlo.</translation>
    </message>
    <message>
        <source>No Windows password is stored for the profile %1. Edit the profile and enter it.</source>
        <translation>No hay ninguna contraseña de Windows guardada para el perfil %1. Edite el perfil e introdúzcala.</translation>
    </message>
    <message>
        <source>The profile %1 has no valid address.</source>
        <translation>El perfil %1 no tiene una dirección válida.</translation>
    </message>
    <message>
        <source>The sign-in to %1 was cancelled.</source>
        <translation>Se canceló el inicio de sesión en %1.</translation>
    </message>
    <message>
        <source>The server refused the Windows sign-in of %1. Check the user name and password of the profile %2.</source>
        <translation>El servidor rechazó el inicio de sesión de Windows de %1. Compruebe el nombre de usuario y la contraseña del perfil %2.</translation>
    </message>
    <message>
        <source>The tenant refused the credentials of the profile %1 (401 Unauthorized): %2</source>
        <translation>El inquilino rechazó las credenciales del perfil %1 (401 Unauthorized): %2</translation>
    </message>
</context>
<context>
    <name>odag::gui::SpaceAssignmentsModel</name>
    <message>
        <source>Member type</source>
        <translation>Tipo de miembro</translation>
    </message>
    <message>
        <source>User or group ID</source>
        <translation>ID de usuario o grupo</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
</context>
<context>
    <name>odag::gui::SpaceDetailsPanel</name>
    <message>
        <source>&amp;Add member…</source>
        <translation>Añadir &amp;miembro…</translation>
    </message>
    <message>
        <source>Change &amp;roles…</source>
        <translation>Cambiar &amp;roles…</translation>
    </message>
    <message>
        <source>Re&amp;move member</source>
        <translation>&amp;Quitar miembro</translation>
    </message>
    <message>
        <source>Members of the space</source>
        <translation>Miembros del espacio</translation>
    </message>
    <message>
        <source>Give a user or group roles in this space (Ctrl+Shift+A)</source>
        <translation>Asignar roles en este espacio a un usuario o grupo (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Change the roles of the selected member</source>
        <translation>Cambiar los roles del miembro seleccionado</translation>
    </message>
    <message>
        <source>Take the selected member out of this space</source>
        <translation>Quitar el miembro seleccionado de este espacio</translation>
    </message>
    <message>
        <source>&lt;b&gt;Members&lt;/b&gt;</source>
        <translation>&lt;b&gt;Miembros&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Could not read the members of the space</source>
        <translation>No se pudieron leer los miembros del espacio</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No space selected&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Ningún espacio seleccionado&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Select a space to see its details and members.</source>
        <translation>Seleccione un espacio para ver sus detalles y miembros.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>(personal space)</source>
        <translation>(espacio personal)</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Propietario:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Descripción:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Creado:</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Actualizado:</translation>
    </message>
    <message>
        <source>Your roles:</source>
        <translation>Sus roles:</translation>
    </message>
    <message>
        <source>You may not manage the members of this space.</source>
        <translation>No tiene permiso para gestionar los miembros de este espacio.</translation>
    </message>
    <message>
        <source>Added %1 to the space</source>
        <translation>Se añadió %1 al espacio</translation>
    </message>
    <message>
        <source>Changed the roles of %1</source>
        <translation>Se cambiaron los roles de %1</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Quitar miembro</translation>
    </message>
    <message>
        <source>Take %1 out of the space &quot;%2&quot;? They lose the roles %3 there.</source>
        <translation>¿Quitar a %1 del espacio &quot;%2&quot;? Perderá allí los roles %3.</translation>
    </message>
    <message>
        <source>Could not remove %1</source>
        <translation>No se pudo quitar a %1</translation>
    </message>
    <message>
        <source>Removed %1 from the space</source>
        <translation>Se quitó a %1 del espacio</translation>
    </message>
</context>
<context>
    <name>odag::gui::SpaceDialog</name>
    <message>
        <source>New space</source>
        <translation>Nuevo espacio</translation>
    </message>
    <message>
        <source>Edit space</source>
        <translation>Editar espacio</translation>
    </message>
    <message>
        <source>Space name</source>
        <translation>Nombre del espacio</translation>
    </message>
    <message>
        <source>1-256 characters, none of &quot; * ? &lt; &gt; / | \ :</source>
        <translation>1-256 caracteres, ninguno de estos: &quot; * ? &lt; &gt; / | \ :</translation>
    </message>
    <message>
        <source>Space type</source>
        <translation>Tipo de espacio</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>%1
Roles: %2</source>
        <translation>%1
Roles: %2</translation>
    </message>
    <message>
        <source>The name cannot be used: %1</source>
        <translation>No se puede usar el nombre: %1</translation>
    </message>
    <message>
        <source>Could not create the space</source>
        <translation>No se pudo crear el espacio</translation>
    </message>
    <message>
        <source>Could not save the space</source>
        <translation>No se pudo guardar el espacio</translation>
    </message>
</context>
<context>
    <name>odag::gui::SpaceRoleCatalog</name>
    <message>
        <source>Members develop apps together.</source>
        <translation>Los miembros desarrollan apps conjuntamente.</translation>
    </message>
    <message>
        <source>Finished apps are published here for consumers; content is controlled.</source>
        <translation>Las apps terminadas se publican aquí para los consumidores; el contenido está controlado.</translation>
    </message>
    <message>
        <source>Holds data connections and data files that apps load from.</source>
        <translation>Contiene conexiones de datos y archivos de datos desde los que cargan las apps.</translation>
    </message>
    <message>
        <source>A space type this version does not know (%1).</source>
        <translation>Un tipo de espacio que esta versión no conoce (%1).</translation>
    </message>
</context>
<context>
    <name>odag::gui::SpacesModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
</context>
<context>
    <name>odag::gui::SpacesWorkspace</name>
    <message>
        <source>&lt;h2&gt;No spaces here&lt;/h2&gt;&lt;p&gt;Spaces are a Qlik Cloud feature; this profile is a Qlik Sense Enterprise server, which organises apps in streams instead.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;No hay espacios aquí&lt;/h2&gt;&lt;p&gt;Los espacios son una función de Qlik Cloud; este perfil es un servidor de Qlik Sense Enterprise, que organiza las apps en flujos.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>Cargar más</translation>
    </message>
    <message>
        <source>&amp;New space…</source>
        <translation>&amp;Nuevo espacio…</translation>
    </message>
    <message>
        <source>Create a space (Ctrl+N)</source>
        <translation>Crear un espacio (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Change the name or description of the selected space (Ctrl+E)</source>
        <translation>Cambiar el nombre o la descripción del espacio seleccionado (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>Delete the selected space (Del)</source>
        <translation>Eliminar el espacio seleccionado (Supr)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Read the spaces again (F5)</source>
        <translation>Volver a leer los espacios (F5)</translation>
    </message>
    <message>
        <source>Space type filter</source>
        <translation>Filtro de tipo de espacio</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Name filter</source>
        <translation>Filtro de nombre</translation>
    </message>
    <message>
        <source>Name contains…</source>
        <translation>El nombre contiene…</translation>
    </message>
    <message>
        <source>Owner filter</source>
        <translation>Filtro de propietario</translation>
    </message>
    <message>
        <source>Owner ID</source>
        <translation>ID del propietario</translation>
    </message>
    <message>
        <source>Read the next page of spaces</source>
        <translation>Leer la siguiente página de espacios</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Spaces</source>
        <translation>Espacios</translation>
    </message>
    <message>
        <source>Could not read the spaces</source>
        <translation>No se pudieron leer los espacios</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n space(s)</source>
        <translation>
            <numerusform>%1 de %n espacio</numerusform>
            <numerusform>%1 de %n espacios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n space(s)</source>
        <translation>
            <numerusform>%n espacio</numerusform>
            <numerusform>%n espacios</numerusform>
        </translation>
    </message>
    <message>
        <source>Created the space %1</source>
        <translation>Se creó el espacio %1</translation>
    </message>
    <message>
        <source>Saved the space %1</source>
        <translation>Se guardó el espacio %1</translation>
    </message>
    <message>
        <source>Delete space</source>
        <translation>Eliminar espacio</translation>
    </message>
    <message>
        <source>Delete the space &quot;%1&quot; and its member assignments? This cannot be undone.</source>
        <translation>¿Eliminar el espacio &quot;%1&quot; y sus asignaciones de miembros? Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>The space &quot;%1&quot; is not empty and was not deleted</source>
        <translation>El espacio &quot;%1&quot; no está vacío y no se eliminó</translation>
    </message>
    <message>
        <source>Could not delete the space &quot;%1&quot;</source>
        <translation>No se pudo eliminar el espacio &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Deleted the space %1</source>
        <translation>Se eliminó el espacio %1</translation>
    </message>
</context>
<context>
    <name>odag::gui::SubmitRequestDialog</name>
    <message>
        <source>&amp;Add field</source>
        <translation>&amp;Añadir campo</translation>
    </message>
    <message>
        <source>&amp;Remove field</source>
        <translation>&amp;Quitar campo</translation>
    </message>
    <message>
        <source>&amp;Submit request</source>
        <translation>En&amp;viar solicitud</translation>
    </message>
    <message>
        <source>Submit a generation request</source>
        <translation>Enviar una solicitud de generación</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>The ODAG link to generate an app with</source>
        <translation>El enlace ODAG con el que se genera una app</translation>
    </message>
    <message>
        <source>Selection app ID</source>
        <translation>ID de la app de selección</translation>
    </message>
    <message>
        <source>The selection app the request is made from (prefilled from the link)</source>
        <translation>La app de selección desde la que se realiza la solicitud (rellenada previamente a partir del enlace)</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <source>optional: the selection app sheet</source>
        <translation>opcional: la hoja de la app de selección</translation>
    </message>
    <message>
        <source>Row estimate</source>
        <translation>Estimación de filas</translation>
    </message>
    <message>
        <source>optional: rows the generated app will hold</source>
        <translation>opcional: filas que contendrá la app generada</translation>
    </message>
    <message>
        <source>Checked against the link&apos;s row estimate range for you</source>
        <translation>Se comprueba automáticamente con el rango de estimación de filas del enlace</translation>
    </message>
    <message>
        <source>Selection state</source>
        <translation>Estado de selección</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valores</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Selected (S)</source>
        <translation>Seleccionado (S)</translation>
    </message>
    <message>
        <source>Optional (O)</source>
        <translation>Opcional (O)</translation>
    </message>
    <message>
        <source>Excluded (X)</source>
        <translation>Excluido (X)</translation>
    </message>
    <message>
        <source>Add a field to the selection state</source>
        <translation>Añadir un campo al estado de selección</translation>
    </message>
    <message>
        <source>Remove the selected field rows</source>
        <translation>Quitar las filas de campo seleccionadas</translation>
    </message>
    <message>
        <source>Send the request (%1)</source>
        <translation>Enviar la solicitud (%1)</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>&amp;Enlace:</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>&amp;Hoja:</translation>
    </message>
    <message>
        <source>Row &amp;estimate:</source>
        <translation>Es&amp;timación de filas:</translation>
    </message>
    <message>
        <source>One row per field: values separated by commas or one per line; the state says whether they are selected (S), optional (O) or excluded (X). Rows of the same field are merged.</source>
        <translation>Una fila por campo: valores separados por comas o uno por línea; el estado indica si están seleccionados (S), son opcionales (O) o están excluidos (X). Las filas del mismo campo se combinan.</translation>
    </message>
    <message>
        <source>Loading links…</source>
        <translation>Cargando enlaces…</translation>
    </message>
    <message>
        <source>Could not load the links.</source>
        <translation>No se pudieron cargar los enlaces.</translation>
    </message>
    <message>
        <source>No links</source>
        <translation>No hay enlaces</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Selection state of row %1</source>
        <translation>Estado de selección de la fila %1</translation>
    </message>
    <message>
        <source>Choose a link.</source>
        <translation>Elija un enlace.</translation>
    </message>
    <message>
        <source>Enter the ID of the selection app.</source>
        <translation>Introduzca el ID de la app de selección.</translation>
    </message>
    <message>
        <source>The row estimate must be a whole number of rows, 0 or more.</source>
        <translation>La estimación de filas debe ser un número entero de filas, 0 o mayor.</translation>
    </message>
    <message>
        <source>Row %1: enter the field name for the values %2.</source>
        <translation>Fila %1: introduzca el nombre del campo para los valores %2.</translation>
    </message>
    <message>
        <source>Row %1: enter at least one value for %2.</source>
        <translation>Fila %1: introduzca al menos un valor para %2.</translation>
    </message>
    <message>
        <source>Add at least one field with values: the request is made from a selection.</source>
        <translation>Añada al menos un campo con valores: la solicitud se realiza a partir de una selección.</translation>
    </message>
    <message>
        <source>Please correct the following:</source>
        <translation>Corrija lo siguiente:</translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>The request was not accepted.</source>
        <translation>No se aceptó la solicitud.</translation>
    </message>
    <message>
        <source>Request %1 was created; it is %2.</source>
        <translation>Se creó la solicitud %1; está en estado %2.</translation>
    </message>
    <message>
        <source>Messages from the service:</source>
        <translation>Mensajes del servicio:</translation>
    </message>
    <message>
        <source>Selection a&amp;pp:</source>
        <translation>App de &amp;selección:</translation>
    </message>
</context>
<context>
    <name>odag::gui::TenantHealthPage</name>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message numerus="yes">
        <source>Refresh every %n s</source>
        <translation>
            <numerusform>Actualizar cada %n s</numerusform>
            <numerusform>Actualizar cada %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;%1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Qlik Cloud tenant · %1</source>
        <translation>Inquilino de Qlik Cloud · %1</translation>
    </message>
    <message>
        <source>Qlik Sense Enterprise site · %1</source>
        <translation>Sitio de Qlik Sense Enterprise · %1</translation>
    </message>
    <message>
        <source>Reload the tenant&apos;s settings, apps and health (F5)</source>
        <translation>Volver a cargar la configuración, las apps y el estado del inquilino (F5)</translation>
    </message>
    <message numerus="yes">
        <source>Reload this page by itself every %n seconds while it is shown</source>
        <translation>
            <numerusform>Volver a cargar esta página automáticamente cada %n segundo mientras se muestra</numerusform>
            <numerusform>Volver a cargar esta página automáticamente cada %n segundos mientras se muestra</numerusform>
        </translation>
    </message>
    <message>
        <source>ODAG settings</source>
        <translation>Configuración de ODAG</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Información general</translation>
    </message>
    <message>
        <source>ODAG apps</source>
        <translation>Apps ODAG</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Selection apps:</source>
        <translation>Apps de selección:</translation>
    </message>
    <message>
        <source>Template apps:</source>
        <translation>Apps de plantilla:</translation>
    </message>
    <message>
        <source>Generated apps:</source>
        <translation>Apps generadas:</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>cargando…</translation>
    </message>
    <message>
        <source>Show the lists</source>
        <translation>Mostrar las listas</translation>
    </message>
    <message>
        <source>Open the ODAG apps tab with the names and IDs</source>
        <translation>Abrir la pestaña Apps ODAG con los nombres y los ID</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Actualizado: %1</translation>
    </message>
    <message>
        <source>Tenant health loaded with errors</source>
        <translation>Estado del inquilino cargado con errores</translation>
    </message>
    <message>
        <source>Tenant health loaded</source>
        <translation>Estado del inquilino cargado</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Inquilino</translation>
    </message>
</context>
<context>
    <name>odag::gui::TimelinePage</name>
    <message>
        <source>Last hour</source>
        <translation>Última hora</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Última semana</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>The period the timeline and the statistics cover</source>
        <translation>El periodo que abarcan la cronología y las estadísticas</translation>
    </message>
    <message>
        <source>All links</source>
        <translation>Todos los enlaces</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>Show the requests of one link only</source>
        <translation>Mostrar solo las solicitudes de un enlace</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Show the whole period</source>
        <translation>Mostrar todo el periodo</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>&amp;Enlace:</translation>
    </message>
    <message>
        <source>Statistics per link</source>
        <translation>Estadísticas por enlace</translation>
    </message>
</context>
<context>
    <name>odag::gui::TimelineView</name>
    <message>
        <source>Request timeline</source>
        <translation>Cronología de solicitudes</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Cargando</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Correcta</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>Solicitud %1</translation>
    </message>
    <message>
        <source>Link: %1</source>
        <translation>Enlace: %1</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Propietario: %1</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Creada: %1</translation>
    </message>
    <message>
        <source>Waited: %1</source>
        <translation>Espera: %1</translation>
    </message>
    <message>
        <source>Load started: %1</source>
        <translation>Inicio de la carga: %1</translation>
    </message>
    <message>
        <source>Ended: %1</source>
        <translation>Finalizada: %1</translation>
    </message>
    <message>
        <source>Load duration: %1</source>
        <translation>Duración de la carga: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>No requests observed in this period.
Requests appear here as the monitor sees them.</source>
        <translation>No se observaron solicitudes en este periodo.
Las solicitudes aparecen aquí a medida que el monitor las detecta.</translation>
    </message>
    <message>
        <source>Requests by link</source>
        <translation>Solicitudes por enlace</translation>
    </message>
</context>
<context>
    <name>odag::gui::TrayNotifier</name>
    <message>
        <source>ODAG Admin: watched requests</source>
        <translation>ODAG Admin: solicitudes vigiladas</translation>
    </message>
    <message>
        <source>Request succeeded</source>
        <translation>Solicitud correcta</translation>
    </message>
    <message>
        <source>The app &quot;%1&quot; has been generated.</source>
        <translation>Se generó la app &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Request failed</source>
        <translation>Error en la solicitud</translation>
    </message>
    <message>
        <source>The request for &quot;%1&quot; failed: %2</source>
        <translation>Error en la solicitud de &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The request for &quot;%1&quot; failed.</source>
        <translation>Error en la solicitud de &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>odag::gui::TriggerReloadDialog</name>
    <message>
        <source>&amp;Partial reload (keep the data already loaded; run only ADD/REPLACE loads)</source>
        <translation>Recarga &amp;parcial (conservar los datos ya cargados; ejecutar solo cargas ADD/REPLACE)</translation>
    </message>
    <message>
        <source>&amp;Add variable</source>
        <translation>&amp;Añadir variable</translation>
    </message>
    <message>
        <source>&amp;Remove variable</source>
        <translation>&amp;Quitar variable</translation>
    </message>
    <message>
        <source>Reload %1</source>
        <translation>Recargar %1</translation>
    </message>
    <message>
        <source>Script variables</source>
        <translation>Variables del script</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Add a script variable (at most %1)</source>
        <translation>Añadir una variable de script (%1 como máximo)</translation>
    </message>
    <message>
        <source>Remove the selected variable</source>
        <translation>Quitar la variable seleccionada</translation>
    </message>
    <message>
        <source>Start reload</source>
        <translation>Iniciar recarga</translation>
    </message>
    <message>
        <source>Variables are set in the load script before it runs (names and values up to %1 characters, at most %2 variables).</source>
        <translation>Las variables se definen en el script de carga antes de que se ejecute (nombres y valores de hasta %1 caracteres, %2 variables como máximo).</translation>
    </message>
    <message>
        <source>Row %1: the variable needs a name.</source>
        <translation>Fila %1: la variable necesita un nombre.</translation>
    </message>
    <message>
        <source>Row %1: the name has %2 characters; at most %3 are allowed.</source>
        <translation>Fila %1: el nombre tiene %2 caracteres; se permiten %3 como máximo.</translation>
    </message>
    <message>
        <source>Row %1: the value has %2 characters; at most %3 are allowed.</source>
        <translation>Fila %1: el valor tiene %2 caracteres; se permiten %3 como máximo.</translation>
    </message>
    <message>
        <source>Row %1: the variable %2 is set twice.</source>
        <translation>Fila %1: la variable %2 se define dos veces.</translation>
    </message>
    <message numerus="yes">
        <source>%n variable(s) given; at most %1 are allowed.</source>
        <translation>
            <numerusform>Se indicó %n variable; se permiten %1 como máximo.</numerusform>
            <numerusform>Se indicaron %n variables; se permiten %1 como máximo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not start the reload</source>
        <translation>No se pudo iniciar la recarga</translation>
    </message>
</context>
<context>
    <name>odag::json</name>
    <message>
        <source>expected %1</source>
        <translation>se esperaba %1</translation>
    </message>
    <message>
        <source>missing required field</source>
        <translation>falta un campo obligatorio</translation>
    </message>
    <message>
        <source>integer out of range</source>
        <translation>entero fuera de rango</translation>
    </message>
    <message>
        <source>expected ISO 8601 date-time, got &quot;%1&quot;</source>
        <translation>se esperaba una fecha y hora ISO 8601; se recibió &quot;%1&quot;</translation>
    </message>
    <message>
        <source>empty body where JSON was expected</source>
        <translation>cuerpo vacío donde se esperaba JSON</translation>
    </message>
    <message>
        <source>malformed JSON at byte %1: %2</source>
        <translation>JSON mal formado en el byte %1: %2</translation>
    </message>
</context>
<context>
    <name>odag::rules</name>
    <message numerus="yes">
        <source>%1 refers to a parameter that does not exist: the name has %n parameter(s), numbered from {0}.</source>
        <translation>
            <numerusform>%1 hace referencia a un parámetro que no existe: el nombre tiene %n parámetro, numerado a partir de {0}.</numerusform>
            <numerusform>%1 hace referencia a un parámetro que no existe: el nombre tiene %n parámetros, numerados a partir de {0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujeto</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Not interpreted</source>
        <translation>No interpretado</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Todos los usuarios</translation>
    </message>
    <message>
        <source>Group or role</source>
        <translation>Grupo o rol</translation>
    </message>
    <message>
        <source>One user</source>
        <translation>Un usuario</translation>
    </message>
    <message>
        <source>The app cannot interpret this context (Qlik publishes no grammar beyond User_* and User.&lt;attribute&gt; = &lt;value&gt;). It is kept as written; the preview cannot tell whom it applies to.</source>
        <translation>La app no puede interpretar este contexto (Qlik no publica ninguna gramática aparte de User_* y User.&lt;attribute&gt; = &lt;value&gt;). Se conserva tal como está escrito; la vista previa no puede determinar a quién se aplica.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>hasta %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>de %1 a %2</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deshabilitado</translation>
    </message>
    <message>
        <source>Menu label</source>
        <translation>Etiqueta del menú</translation>
    </message>
    <message>
        <source>Generated app name</source>
        <translation>Nombre de la app generada</translation>
    </message>
    <message>
        <source>Generated app limit</source>
        <translation>Límite de apps generadas</translation>
    </message>
    <message>
        <source>Limit policy</source>
        <translation>Política de límite</translation>
    </message>
    <message>
        <source>Row estimate range</source>
        <translation>Rango de estimación de filas</translation>
    </message>
    <message>
        <source>Target sheet</source>
        <translation>Hoja de destino</translation>
    </message>
    <message>
        <source>Open method</source>
        <translation>Método de apertura</translation>
    </message>
    <message>
        <source>Retention time</source>
        <translation>Tiempo de retención</translation>
    </message>
    <message>
        <source>Override app limit</source>
        <translation>Anular el límite de apps</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>The brace at position %1 is not part of a {N} marker and is kept as written (braces have no escape).</source>
        <translation>La llave de la posición %1 no forma parte de un marcador {N} y se conserva tal como está (las llaves no se pueden escapar).</translation>
    </message>
    <message>
        <source>%1 refers to a parameter, but the name has none.</source>
        <translation>%1 hace referencia a un parámetro, pero el nombre no tiene ninguno.</translation>
    </message>
    <message>
        <source>Parameter {%1} is &quot;%2&quot;, which the app does not know; it is kept, and the preview shows its marker.</source>
        <translation>El parámetro {%1} es &quot;%2&quot;, que la app no conoce; se conserva y la vista previa muestra su marcador.</translation>
    </message>
    <message>
        <source>Parameter {%1} (%2) is not used in the name.</source>
        <translation>El parámetro {%1} (%2) no se usa en el nombre.</translation>
    </message>
    <message>
        <source>The generated app name would be empty.</source>
        <translation>El nombre de la app generada estaría vacío.</translation>
    </message>
    <message>
        <source>Template app</source>
        <translation>App de plantilla</translation>
    </message>
    <message>
        <source>user</source>
        <translation>usuario</translation>
    </message>
    <message>
        <source>The context is empty. Use User_* for all users.</source>
        <translation>El contexto está vacío. Use User_* para todos los usuarios.</translation>
    </message>
    <message>
        <source>User. must be followed by an attribute: name, id, subject, group or role.</source>
        <translation>User. debe ir seguido de un atributo: name, id, subject, group o role.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a user attribute; use name, id, subject, group or role.</source>
        <translation>&quot;%1&quot; no es un atributo de usuario; use name, id, subject, group o role.</translation>
    </message>
    <message>
        <source>User.%1 must be followed by = and a value.</source>
        <translation>User.%1 debe ir seguido de = y un valor.</translation>
    </message>
    <message>
        <source>User.%1 = has no value.</source>
        <translation>User.%1 = no tiene ningún valor.</translation>
    </message>
    <message>
        <source>The value has no closing %1.</source>
        <translation>Falta el %1 de cierre del valor.</translation>
    </message>
    <message>
        <source>User.%1 is compared with an empty value.</source>
        <translation>User.%1 se compara con un valor vacío.</translation>
    </message>
    <message>
        <source>Not interpreted: %1</source>
        <translation>No interpretado: %1</translation>
    </message>
    <message>
        <source>User named %1</source>
        <translation>Usuario con el nombre %1</translation>
    </message>
    <message>
        <source>User with ID %1</source>
        <translation>Usuario con el ID %1</translation>
    </message>
    <message>
        <source>User with subject %1</source>
        <translation>Usuario con el sujeto %1</translation>
    </message>
    <message>
        <source>Members of group %1</source>
        <translation>Miembros del grupo %1</translation>
    </message>
    <message>
        <source>Users with role %1</source>
        <translation>Usuarios con el rol %1</translation>
    </message>
    <message>
        <source>The retention time is empty: write an ISO 8601 duration such as PT24H, or unlimited.</source>
        <translation>El tiempo de retención está vacío: escriba una duración ISO 8601 como PT24H, o unlimited.</translation>
    </message>
    <message>
        <source>A retention time cannot carry a sign.</source>
        <translation>Un tiempo de retención no puede llevar signo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 duration: it must start with P (as in PT24H or P1D), or be unlimited.</source>
        <translation>&quot;%1&quot; no es una duración ISO 8601: debe empezar por P (como PT24H o P1D) o ser unlimited.</translation>
    </message>
    <message>
        <source>The duration has a second T.</source>
        <translation>La duración tiene una segunda T.</translation>
    </message>
    <message>
        <source>The duration has a T with no hours, minutes or seconds after it.</source>
        <translation>La duración tiene una T sin horas, minutos ni segundos a continuación.</translation>
    </message>
    <message>
        <source>Only the smallest unit of a duration may have a fraction.</source>
        <translation>Solo la unidad más pequeña de una duración puede tener decimales.</translation>
    </message>
    <message>
        <source>A number is expected at &quot;%1&quot;.</source>
        <translation>Se esperaba un número en &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The duration is too long.</source>
        <translation>La duración es demasiado larga.</translation>
    </message>
    <message>
        <source>A duration may have at most three decimals.</source>
        <translation>Una duración puede tener como máximo tres decimales.</translation>
    </message>
    <message>
        <source>A decimal separator must be followed by digits.</source>
        <translation>Un separador decimal debe ir seguido de dígitos.</translation>
    </message>
    <message>
        <source>The number %1 has no unit (Y, M, W, D, H, M or S).</source>
        <translation>El número %1 no tiene unidad (Y, M, W, D, H, M o S).</translation>
    </message>
    <message>
        <source>Hours, minutes and seconds must come after T (as in PT%1%2).</source>
        <translation>Las horas, los minutos y los segundos deben ir después de la T (como en PT%1%2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a duration unit here.</source>
        <translation>&quot;%1&quot; no es una unidad de duración aquí.</translation>
    </message>
    <message>
        <source>The units of a duration must be written once each, largest first.</source>
        <translation>Cada unidad de una duración debe escribirse una sola vez, de mayor a menor.</translation>
    </message>
    <message>
        <source>The duration has no value (write for example PT24H).</source>
        <translation>La duración no tiene ningún valor (escriba, por ejemplo, PT24H).</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Ilimitado</translation>
    </message>
    <message>
        <source>Zero</source>
        <translation>Cero</translation>
    </message>
    <message>
        <source>%1 y</source>
        <translation>%1 a</translation>
    </message>
    <message>
        <source>%1 mo</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>%1 wk</source>
        <translation>%1 sem.</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>The link has no name.</source>
        <translation>El enlace no tiene nombre.</translation>
    </message>
    <message>
        <source>Context &quot;%1&quot;: %2</source>
        <translation>Contexto &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Context &quot;%1&quot; cannot be interpreted by the app (only User_* and User.&lt;attribute&gt; = &lt;value&gt; are documented); it is kept as written and the preview cannot evaluate it.</source>
        <translation>La app no puede interpretar el contexto &quot;%1&quot; (solo están documentados User_* y User.&lt;attribute&gt; = &lt;value&gt;); se conserva tal como está escrito y la vista previa no puede evaluarlo.</translation>
    </message>
    <message>
        <source>%1: context &quot;%2&quot; appears again at row %3 with the same value.</source>
        <translation>%1: el contexto &quot;%2&quot; vuelve a aparecer en la fila %3 con el mismo valor.</translation>
    </message>
    <message>
        <source>%1: context &quot;%2&quot; appears at rows %3 and %4 with different values; which one the service uses is not documented.</source>
        <translation>%1: el contexto &quot;%2&quot; aparece en las filas %3 y %4 con valores distintos; no está documentado cuál usa el servicio.</translation>
    </message>
    <message>
        <source>The row estimate range for &quot;%1&quot; has a negative bound.</source>
        <translation>El rango de estimación de filas de &quot;%1&quot; tiene un límite negativo.</translation>
    </message>
    <message>
        <source>The row estimate range for &quot;%1&quot; goes from %2 down to %3: no estimate can fall in it.</source>
        <translation>El rango de estimación de filas de &quot;%1&quot; va de %2 a %3 en sentido descendente: ninguna estimación puede quedar dentro.</translation>
    </message>
    <message>
        <source>There is no row estimate range for all users (context User_*); the service requires one.</source>
        <translation>No hay ningún rango de estimación de filas para todos los usuarios (contexto User_*); el servicio requiere uno.</translation>
    </message>
    <message>
        <source>Generated app name for &quot;%1&quot;: %2</source>
        <translation>Nombre de la app generada para &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The generated app limit for &quot;%1&quot; is %2; the minimum is 1.</source>
        <translation>El límite de apps generadas para &quot;%1&quot; es %2; el mínimo es 1.</translation>
    </message>
    <message>
        <source>The link is a dynamic view: the service sets the generated app limit to 1, so %1 for &quot;%2&quot; has no effect.</source>
        <translation>El enlace es una vista dinámica: el servicio fija el límite de apps generadas en 1, por lo que %1 para &quot;%2&quot; no tiene efecto.</translation>
    </message>
    <message>
        <source>The generated app limit for &quot;%1&quot; is ignored: overrideGenAppLimit is on for it.</source>
        <translation>Se ignora el límite de apps generadas para &quot;%1&quot;: overrideGenAppLimit está activado para este contexto.</translation>
    </message>
    <message>
        <source>The limit policy &quot;%1&quot; for &quot;%2&quot; is not one the app knows (Restrict, AutoDelete); it is kept.</source>
        <translation>La app no conoce la política de límite &quot;%1&quot; para &quot;%2&quot; (Restrict, AutoDelete); se conserva.</translation>
    </message>
    <message>
        <source>The limit policy for &quot;%1&quot; has no effect: the link sets no generated app limit.</source>
        <translation>La política de límite para &quot;%1&quot; no tiene efecto: el enlace no establece ningún límite de apps generadas.</translation>
    </message>
    <message>
        <source>The limit policy %1 for &quot;%2&quot; has no effect: overrideGenAppLimit is on for it, so the limit is ignored.</source>
        <translation>La política de límite %1 para &quot;%2&quot; no tiene efecto: overrideGenAppLimit está activado para este contexto, por lo que se ignora el límite.</translation>
    </message>
    <message>
        <source>The retention time for &quot;%1&quot; is not valid: %2</source>
        <translation>El tiempo de retención para &quot;%1&quot; no es válido: %2</translation>
    </message>
    <message>
        <source>The retention time &quot;%1&quot; for &quot;%2&quot; is usually written %3.</source>
        <translation>El tiempo de retención &quot;%1&quot; para &quot;%2&quot; se suele escribir %3.</translation>
    </message>
    <message>
        <source>The retention time %1 for &quot;%2&quot; uses years or months, whose length varies; the app counts 365 and 30 days.</source>
        <translation>El tiempo de retención %1 para &quot;%2&quot; usa años o meses, cuya duración varía; la app cuenta 365 y 30 días.</translation>
    </message>
    <message>
        <source>The retention time for &quot;%1&quot; is zero; the service records 0 as &quot;never purged&quot;. Write unlimited if that is meant.</source>
        <translation>El tiempo de retención para &quot;%1&quot; es cero; el servicio registra 0 como &quot;nunca se purga&quot;. Escriba unlimited si es lo que pretende.</translation>
    </message>
    <message>
        <source>The link is a dynamic view: the service keeps generated apps for 24 hours, so %1 for &quot;%2&quot; has no effect.</source>
        <translation>El enlace es una vista dinámica: el servicio conserva las apps generadas durante 24 horas, por lo que %1 para &quot;%2&quot; no tiene efecto.</translation>
    </message>
    <message>
        <source>The open method &quot;%1&quot; for &quot;%2&quot; is not one the app knows (Tab, Window); it is kept.</source>
        <translation>La app no conoce el método de apertura &quot;%1&quot; para &quot;%2&quot; (Tab, Window); se conserva.</translation>
    </message>
    <message>
        <source>The target sheet for &quot;%1&quot; has no sheet ID.</source>
        <translation>La hoja de destino para &quot;%1&quot; no tiene ID de hoja.</translation>
    </message>
    <message>
        <source>The menu label for &quot;%1&quot; is empty.</source>
        <translation>La etiqueta del menú para &quot;%1&quot; está vacía.</translation>
    </message>
    <message>
        <source>Binding %1 has no template app variable name.</source>
        <translation>La vinculación %1 no tiene nombre de variable de la app de plantilla.</translation>
    </message>
    <message>
        <source>Binding %1 has a negative value count.</source>
        <translation>La vinculación %1 tiene un número de valores negativo.</translation>
    </message>
    <message>
        <source>Binding %1 asks for at least %2 and at most %3 values, which no selection can meet.</source>
        <translation>La vinculación %1 pide al menos %2 y como máximo %3 valores, algo que ninguna selección puede cumplir.</translation>
    </message>
    <message>
        <source>Binding %1 appears twice with different ranges (%2 and %3).</source>
        <translation>La vinculación %1 aparece dos veces con rangos distintos (%2 y %3).</translation>
    </message>
    <message>
        <source>Binding %1 is listed twice.</source>
        <translation>La vinculación %1 aparece dos veces en la lista.</translation>
    </message>
    <message>
        <source>Bindings %1 and %2 read the same field %3 with different ranges (%4 and %5); the service requires one range per field.</source>
        <translation>Las vinculaciones %1 y %2 leen el mismo campo %3 con rangos distintos (%4 y %5); el servicio requiere un solo rango por campo.</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
    <message>
        <source>No (default)</source>
        <translation>No (predeterminado)</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (predeterminado)</translation>
    </message>
    <message>
        <source>The comment opened with /* on line %1 is never closed: the rest of the script is a comment.</source>
        <translation>El comentario abierto con /* en la línea %1 no se cierra nunca: el resto del script es un comentario.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; after $(%2) is not a quantity constraint [M-N]; it is left in the script.</source>
        <translation>&quot;%1&quot; después de $(%2) no es una restricción de cantidad [M-N]; se deja en el script.</translation>
    </message>
    <message>
        <source>$(%1)[%2-%3] asks for at least %2 and at most %3 values, which no selection can meet.</source>
        <translation>$(%1)[%2-%3] pide al menos %2 y como máximo %3 valores, algo que ninguna selección puede cumplir.</translation>
    </message>
    <message>
        <source>The { after $(%1) is not closed on the same line; it is not read as a format specification.</source>
        <translation>La { después de $(%1) no se cierra en la misma línea; no se interpreta como especificación de formato.</translation>
    </message>
    <message>
        <source>The format specification after $(%1) is not valid JSON: %2</source>
        <translation>La especificación de formato después de $(%1) no es JSON válido: %2</translation>
    </message>
    <message>
        <source>The format specification after $(%1) has the unknown key &quot;%2&quot; (known: quote, delimiter, noValue).</source>
        <translation>La especificación de formato después de $(%1) tiene la clave desconocida &quot;%2&quot; (conocidas: quote, delimiter, noValue).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the format specification after $(%2) must be a string.</source>
        <translation>&quot;%1&quot; en la especificación de formato después de $(%2) debe ser una cadena.</translation>
    </message>
    <message>
        <source>$(%1) has the range %2 on line %3 and %4 on line %5; a variable can have only one.</source>
        <translation>$(%1) tiene el rango %2 en la línea %3 y %4 en la línea %5; una variable solo puede tener uno.</translation>
    </message>
    <message>
        <source>Field %1 has the range %2 in $(%3) on line %4 and %5 in $(%6) on line %7; every binding of a field must have the same range.</source>
        <translation>El campo %1 tiene el rango %2 en $(%3) en la línea %4 y %5 en $(%6) en la línea %7; todas las vinculaciones de un campo deben tener el mismo rango.</translation>
    </message>
</context>
<context>
    <name>odag::sandbox</name>
    <message>
        <source>Rate limit exceeded (injected storm).</source>
        <translation>Límite de frecuencia superado (tormenta inyectada).</translation>
    </message>
    <message>
        <source>The sandbox injected this error (fault rule %1).</source>
        <translation>El sandbox inyectó este error (regla de fallo %1).</translation>
    </message>
    <message>
        <source>The sandbox dropped this request&apos;s answer.</source>
        <translation>El sandbox descartó la respuesta a esta solicitud.</translation>
    </message>
    <message>
        <source>Bad Request</source>
        <translation>Solicitud incorrecta</translation>
    </message>
    <message>
        <source>Unauthorized</source>
        <translation>No autorizado</translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation>Prohibido</translation>
    </message>
    <message>
        <source>Not Found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <source>Method Not Allowed</source>
        <translation>Método no permitido</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflicto</translation>
    </message>
    <message>
        <source>Payload Too Large</source>
        <translation>Carga útil demasiado grande</translation>
    </message>
    <message>
        <source>Too Many Requests</source>
        <translation>Demasiadas solicitudes</translation>
    </message>
    <message>
        <source>Internal Server Error</source>
        <translation>Error interno del servidor</translation>
    </message>
    <message>
        <source>Bad Gateway</source>
        <translation>Puerta de enlace incorrecta</translation>
    </message>
    <message>
        <source>Service Unavailable</source>
        <translation>Servicio no disponible</translation>
    </message>
    <message>
        <source>HTTP error %1</source>
        <translation>Error HTTP %1</translation>
    </message>
    <message>
        <source>id and apiKey must not be empty</source>
        <translation>id y apiKey no pueden estar vacíos</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>duplicate user id %1</source>
        <translation>ID de usuario duplicado: %1</translation>
    </message>
    <message>
        <source>duplicate API key for user %1</source>
        <translation>clave de API duplicada para el usuario %1</translation>
    </message>
    <message>
        <source>ODAG Admin asks to act on this tenant as:</source>
        <translation>ODAG Admin solicita actuar en este inquilino como:</translation>
    </message>
    <message>
        <source>%1 (administrator)</source>
        <translation>%1 (administrador)</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Permitir</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Denegar</translation>
    </message>
    <message>
        <source>This is the local sandbox tenant: no password is needed.</source>
        <translation>Este es el inquilino sandbox local: no se necesita contraseña.</translation>
    </message>
    <message>
        <source>Sign in to the sandbox tenant</source>
        <translation>Iniciar sesión en el inquilino sandbox</translation>
    </message>
    <message>
        <source>Sign-in cannot continue</source>
        <translation>No se puede continuar con el inicio de sesión</translation>
    </message>
    <message>
        <source>The app that sent you here is not registered on this tenant (unknown client_id).</source>
        <translation>La app que le ha enviado aquí no está registrada en este inquilino (client_id desconocido).</translation>
    </message>
    <message>
        <source>The app asked to be answered at an address that is not registered for it. Only http://127.0.0.1:PORT/... and http://localhost:PORT/... are accepted.</source>
        <translation>La app pidió recibir la respuesta en una dirección que no está registrada para ella. Solo se aceptan http://127.0.0.1:PORT/... y http://localhost:PORT/...</translation>
    </message>
    <message>
        <source>Only response_type=code is supported.</source>
        <translation>Solo se admite response_type=code.</translation>
    </message>
    <message>
        <source>PKCE with code_challenge_method=S256 is required.</source>
        <translation>Se requiere PKCE con code_challenge_method=S256.</translation>
    </message>
    <message>
        <source>code_challenge is missing or too short.</source>
        <translation>Falta code_challenge o es demasiado corto.</translation>
    </message>
    <message>
        <source>The authorization code is not valid or was already used.</source>
        <translation>El código de autorización no es válido o ya se ha utilizado.</translation>
    </message>
    <message>
        <source>The authorization code has expired.</source>
        <translation>El código de autorización ha caducado.</translation>
    </message>
    <message>
        <source>The authorization code was issued to another client.</source>
        <translation>El código de autorización se emitió para otro cliente.</translation>
    </message>
    <message>
        <source>redirect_uri differs from the one of the authorization request.</source>
        <translation>redirect_uri no coincide con el de la solicitud de autorización.</translation>
    </message>
    <message>
        <source>The code_verifier does not match the code_challenge.</source>
        <translation>El code_verifier no coincide con el code_challenge.</translation>
    </message>
    <message>
        <source>The refresh token is not valid, was revoked or was already used.</source>
        <translation>El token de actualización no es válido, se revocó o ya se ha utilizado.</translation>
    </message>
    <message>
        <source>The refresh token was issued to another client.</source>
        <translation>El token de actualización se emitió para otro cliente.</translation>
    </message>
    <message>
        <source>The user no longer exists.</source>
        <translation>El usuario ya no existe.</translation>
    </message>
    <message>
        <source>The user denied the request.</source>
        <translation>El usuario denegó la solicitud.</translation>
    </message>
    <message>
        <source>There is no user %1 on this tenant.</source>
        <translation>No existe el usuario %1 en este inquilino.</translation>
    </message>
    <message>
        <source>Unknown client_id.</source>
        <translation>client_id desconocido.</translation>
    </message>
    <message>
        <source>grant_type must be authorization_code or refresh_token.</source>
        <translation>grant_type debe ser authorization_code o refresh_token.</translation>
    </message>
</context>
<context>
    <name>odag::sandbox::AppDataRoutes</name>
    <message>
        <source>script version</source>
        <translation>ninguna versión de script</translation>
    </message>
    <message>
        <source>The current version of the script cannot be deleted.</source>
        <translation>No se puede eliminar la versión actual del script.</translation>
    </message>
    <message>
        <source>reload log</source>
        <translation>ningún registro de recarga</translation>
    </message>
</context>
<context>
    <name>odag::sandbox::AppMediaRoutes</name>
    <message>
        <source>media file</source>
        <translation>ningún archivo multimedia</translation>
    </message>
    <message>
        <source>The media file %1 exists already; delete it first.</source>
        <translation>El archivo multimedia %1 ya existe; elimínelo primero.</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>media folder</source>
        <translation>ninguna carpeta multimedia</translation>
    </message>
    <message>
        <source>The app %1 has no thumbnail.</source>
        <translation>La app %1 no tiene miniatura.</translation>
    </message>
</context>
<context>
    <name>odag::sandbox::AppPackage</name>
    <message>
        <source>the file is not a Qlik Sense app (QVF)</source>
        <translation>el archivo no es una aplicación de Qlik Sense (QVF)</translation>
    </message>
    <message>
        <source>the app file is truncated or has trailing bytes</source>
        <translation>el archivo de la aplicación está truncado o tiene bytes sobrantes al final</translation>
    </message>
    <message>
        <source>the app file is damaged (its checksum does not match)</source>
        <translation>el archivo de la aplicación está dañado (su suma de comprobación no coincide)</translation>
    </message>
    <message>
        <source>the app file is damaged (its contents cannot be read)</source>
        <translation>el archivo de la aplicación está dañado (no se puede leer su contenido)</translation>
    </message>
    <message>
        <source>the app file was written in a format this sandbox does not read</source>
        <translation>el archivo de la aplicación se escribió en un formato que el inquilino sandbox no lee</translation>
    </message>
    <message>
        <source>the app file holds no app name</source>
        <translation>el archivo de la aplicación no contiene ningún nombre de aplicación</translation>
    </message>
</context>
<context>
    <name>odag::sandbox::AppRoutes</name>
    <message>
        <source>You may not create apps.</source>
        <translation>No tiene permiso para crear apps.</translation>
    </message>
    <message>
        <source>no space with ID %1</source>
        <translation>no existe ningún espacio con el ID %1</translation>
    </message>
    <message>
        <source>apps reach a managed space by publishing, not directly</source>
        <translation>las apps llegan a un espacio gestionado mediante publicación, no directamente</translation>
    </message>
    <message>
        <source>You may not add apps to the space %1.</source>
        <translation>No tiene permiso para añadir apps al espacio %1.</translation>
    </message>
    <message>
        <source>the app name must have 1 to 256 characters</source>
        <translation>el nombre de la app debe tener entre 1 y 256 caracteres</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an app usage (%2)</source>
        <translation>&quot;%1&quot; no es un uso de app (%2)</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>no user with ID %1</source>
        <translation>no existe ningún usuario con el ID %1</translation>
    </message>
    <message>
        <source>space</source>
        <translation>ningún espacio</translation>
    </message>
    <message>
        <source>apps are published to managed spaces only</source>
        <translation>las apps solo se publican en espacios gestionados</translation>
    </message>
    <message>
        <source>You may not publish to the space %1.</source>
        <translation>No tiene permiso para publicar en el espacio %1.</translation>
    </message>
    <message>
        <source>use source or target</source>
        <translation>use source o target</translation>
    </message>
    <message>
        <source>required when the app is moved</source>
        <translation>obligatorio cuando se mueve la app</translation>
    </message>
    <message>
        <source>The app is already published to this space as %1; republish it with PUT /api/v1/apps/%2/publish.</source>
        <translation>La app ya está publicada en este espacio como %1; vuelva a publicarla con PUT /api/v1/apps/%2/publish.</translation>
    </message>
    <message>
        <source>The app %1 has no published copy in the space %2.</source>
        <translation>La app %1 no tiene ninguna copia publicada en el espacio %2.</translation>
    </message>
    <message>
        <source>streams exist on client-managed servers only; give the published app&apos;s ID</source>
        <translation>los flujos solo existen en servidores gestionados por el cliente; indique el ID de la app publicada</translation>
    </message>
    <message>
        <source>app</source>
        <translation>ninguna app</translation>
    </message>
    <message>
        <source>the app %1 is not published</source>
        <translation>la app %1 no está publicada</translation>
    </message>
    <message>
        <source>The app %1 was not published from the app %2.</source>
        <translation>La app %1 no se publicó a partir de la app %2.</translation>
    </message>
    <message>
        <source>You may not publish to the space of the app %1.</source>
        <translation>No tiene permiso para publicar en el espacio de la app %1.</translation>
    </message>
    <message>
        <source>Republished from %1</source>
        <translation>Publicada de nuevo desde %1</translation>
    </message>
    <message>
        <source>The app %1 is not published.</source>
        <translation>La app %1 no está publicada.</translation>
    </message>
</context>
<context>
    <name>odag::sandbox::AppTransferRoutes</name>
    <message>
        <source>You may export the app %1 only without its data (NoData).</source>
        <translation>Solo puede exportar la app %1 sin sus datos (NoData).</translation>
    </message>
    <message>
        <source>temporary file</source>
        <translation>ningún archivo temporal</translation>
    </message>
    <message>
        <source>The temporary file %1 belongs to someone else.</source>
        <translation>El archivo temporal %1 pertenece a otra persona.</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>You may not import apps.</source>
        <translation>No tiene permiso para importar apps.</translation>
    </message>
    <message>
        <source>use NEW or AUTOREPLACE</source>
        <translation>use NEW o AUTOREPLACE</translation>
    </message>
    <message>
        <source>no space with ID %1</source>
        <translation>no existe ningún espacio con el ID %1</translation>
    </message>
    <message>
        <source>You may not add apps to the space %1.</source>
        <translation>No tiene permiso para añadir apps al espacio %1.</translation>
    </message>
    <message>
        <source>send the app file (application/octet-stream)</source>
        <translation>envíe el archivo de la app (application/octet-stream)</translation>
    </message>
    <message>
        <source>the app name must have 1 to 256 characters</source>
        <translation>el nombre de la app debe tener entre 1 y 256 caracteres</translation>
    </message>
</context>
<context>
    <name>odag::sandbox::AppsCommon</name>
    <message>
        <source>No %1 with ID %2.</source>
        <translation>No existe %1 con el ID %2.</translation>
    </message>
    <message>
        <source>app</source>
        <translation>ninguna app</translation>
    </message>
    <message>
        <source>You do not have the %1 privilege on the app %2.</source>
        <translation>No tiene el privilegio %1 en la app %2.</translation>
    </message>
    <message>
        <source>The sandbox could not save the change: %1</source>
        <translation>El sandbox no pudo guardar el cambio: %1</translation>
    </message>
</context>
<context>
    <name>odag::sandbox::ControlRoutes</name>
    <message>
        <source>Only administrators can use the sandbox control paths.</source>
        <translation>Solo los administradores pueden usar las rutas de control del sandbox.</translation>
    </message>
    <message>
        <source>Send the fault rules as JSON.</source>
        <translation>Envíe las reglas de fallo como JSON.</translation>
    </message>
</context>
<context>
    <name>odag::sandbox::DemoRequests</name>
    <message>
        <source>The template app could not be opened for binding; the request was not queued.</source>
        <translation>No se pudo abrir la app de plantilla para la vinculación; la solicitud no se puso en cola.</translation>
    </message>
    <message>
        <source>%1 of %2 sub-requests failed.</source>
        <translation>Fallaron %1 de %2 subsolicitudes.</translation>
    </message>
    <message>
        <source>The generated app was deleted to stay within the link&apos;s limit of generated apps.</source>
        <translation>Se eliminó la app generada para no superar el límite de apps generadas del enlace.</translation>
    </message>
    <message>
        <source>Generated by the ODAG link &quot;%1&quot; (request %2).</source>
        <translation>Generada por el enlace ODAG &quot;%1&quot; (solicitud %2).</translation>
    </message>
    <message>
        <source>The data load of the generated app failed: General Script Error (the template script has a // sandbox:fail line). The app was kept for diagnosis.</source>
        <translation>Error en la carga de datos de la app generada: General Script Error (el script de plantilla tiene una línea // sandbox:fail). La app se conservó para su diagnóstico.</translation>
    </message>
    <message>
        <source>Row estimate exceeded: the data load returned %1 rows, more than the %2 the link allows.</source>
        <translation>Estimación de filas superada: la carga de datos devolvió %1 filas, más de las %2 que permite el enlace.</translation>
    </message>
    <message>
        <source>Connector timeout: the data connection &apos;Snowflake_Sales&apos; did not answer within 300 seconds (SQL##f - SqlState: S1T00, ErrorCode: 0).</source>
        <translation>Tiempo de espera del conector agotado: la conexión de datos &apos;Snowflake_Sales&apos; no respondió en 300 segundos (SQL##f - SqlState: S1T00, ErrorCode: 0).</translation>
    </message>
    <message>
        <source>Script error at line 42: Field &apos;ORIGIN_STATE&apos; not found (General Script Error).</source>
        <translation>Error de script en la línea 42: no se encontró el campo &apos;ORIGIN_STATE&apos; (General Script Error).</translation>
    </message>
    <message>
        <source>Connector error: &apos;REST_Claims&apos; answered HTTP 503 Service Unavailable after 3 retries.</source>
        <translation>Error del conector: &apos;REST_Claims&apos; respondió HTTP 503 Service Unavailable después de 3 reintentos.</translation>
    </message>
    <message>
        <source>The engine on %1 ran out of memory during the load (more than 8 GB).</source>
        <translation>El motor de %1 se quedó sin memoria durante la carga (más de 8 GB).</translation>
    </message>
    <message>
        <source>Script error at line 17: Unknown statement: LOAD DISTINC (Syntax error).</source>
        <translation>Error de script en la línea 17: instrucción desconocida: LOAD DISTINC (Syntax error).</translation>
    </message>
    <message>
        <source>Data connection &apos;ODBC_Claims&apos; not found, or the generating user may not use it.</source>
        <translation>No se encontró la conexión de datos &apos;ODBC_Claims&apos; o el usuario que genera la app no puede usarla.</translation>
    </message>
</context>
<context>
    <name>odag::sandbox::FaultSpec</name>
    <message>
        <source>a fault rule needs a path</source>
        <translation>una regla de fallo necesita una ruta</translation>
    </message>
    <message>
        <source>invalid path pattern %1: %2</source>
        <translation>patrón de ruta no válido %1: %2</translation>
    </message>
    <message>
        <source>probability must be between 0 and 1</source>
        <translation>probability debe estar entre 0 y 1</translation>
    </message>
    <message>
        <source>unknown method %1</source>
        <translation>método desconocido: %1</translation>
    </message>
    <message>
        <source>delayMs and retryAfter must not be negative</source>
        <translation>delayMs y retryAfter no pueden ser negativos</translation>
    </message>
    <message>
        <source>unknown fault kind &quot;%1&quot;</source>
        <translation>tipo de fallo desconocido: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>path: expected string</source>
        <translation>path: se esperaba una cadena</translation>
    </message>
    <message>
        <source>method: expected string</source>
        <translation>method: se esperaba una cadena</translation>
    </message>
    <message>
        <source>probability: expected number</source>
        <translation>probability: se esperaba un número</translation>
    </message>
    <message>
        <source>delayMs: expected number</source>
        <translation>delayMs: se esperaba un número</translation>
    </message>
    <message>
        <source>retryAfter: expected number</source>
        <translation>retryAfter: se esperaba un número</translation>
    </message>
    <message>
        <source>times: expected number</source>
        <translation>times: se esperaba un número</translation>
    </message>
    <message>
        <source>rules: expected array</source>
        <translation>rules: se esperaba una matriz</translation>
    </message>
    <message>
        <source>seed: expected integer</source>
        <translation>seed: se esperaba un entero</translation>
    </message>
    <message>
        <source>expected an array of fault rules</source>
        <translation>se esperaba una matriz de reglas de fallo</translation>
    </message>
    <message>
        <source>expected object</source>
        <translation>se esperaba un objeto</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>fault &quot;%1&quot;: expected KIND[=N]:PROBABILITY:PATH[:METHOD]</source>
        <translation>fallo &quot;%1&quot;: se esperaba KIND[=N]:PROBABILITY:PATH[:METHOD]</translation>
    </message>
    <message>
        <source>fault &quot;%1&quot;: unknown kind &quot;%2&quot;</source>
        <translation>fallo &quot;%1&quot;: tipo desconocido &quot;%2&quot;</translation>
    </message>
    <message>
        <source>fault &quot;%1&quot;: &quot;%2&quot; is not a whole number</source>
        <translation>fallo &quot;%1&quot;: &quot;%2&quot; no es un número entero</translation>
    </message>
    <message>
        <source>fault &quot;%1&quot;: the probability is not a number</source>
        <translation>fallo &quot;%1&quot;: la probabilidad no es un número</translation>
    </message>
    <message>
        <source>fault &quot;%1&quot;: %2</source>
        <translation>fallo &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>odag::sandbox::ItemRoutes</name>
    <message>
        <source>required when resourceId or resourceIds is given</source>
        <translation>obligatorio cuando se indica resourceId o resourceIds</translation>
    </message>
    <message>
        <source>cannot sort by &quot;%1&quot;; use createdAt, updatedAt, recentlyUsed or name</source>
        <translation>no se puede ordenar por &quot;%1&quot;; use createdAt, updatedAt, recentlyUsed o name</translation>
    </message>
    <message>
        <source>item</source>
        <translation>ningún elemento</translation>
    </message>
</context>
<context>
    <name>odag::sandbox::LinkBuilder</name>
    <message>
        <source>The link cannot be saved: %1</source>
        <translation>No se puede guardar el enlace: %1</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an app ID (24 hexadecimal digits).</source>
        <translation>%1: &quot;%2&quot; no es un ID de app (24 dígitos hexadecimales).</translation>
    </message>
    <message>
        <source>%1: there is no app with the ID %2.</source>
        <translation>%1: no existe ninguna app con el ID %2.</translation>
    </message>
</context>
<context>
    <name>odag::sandbox::LinkRoutes</name>
    <message>
        <source>The link could not be saved: %1</source>
        <translation>No se pudo guardar el enlace: %1</translation>
    </message>
    <message>
        <source>There is no link with the ID %1.</source>
        <translation>No existe ningún enlace con el ID %1.</translation>
    </message>
    <message>
        <source>The selection app and the template app must be different apps.</source>
        <translation>La app de selección y la app de plantilla deben ser apps distintas.</translation>
    </message>
    <message>
        <source>Dynamic views are switched off for this tenant (odag-settings: dynamicViewEnabled is false).</source>
        <translation>Las vistas dinámicas están desactivadas para este inquilino (odag-settings: dynamicViewEnabled es false).</translation>
    </message>
    <message>
        <source>You are not allowed to create ODAG links: that takes the role Developer, AnalyticsAdmin or TenantAdmin.</source>
        <translation>No tiene permiso para crear enlaces ODAG: se necesita el rol Developer, AnalyticsAdmin o TenantAdmin.</translation>
    </message>
    <message>
        <source>statusSetting: &quot;%1&quot; is not a status change; use activate, disable or decommission.</source>
        <translation>statusSetting: &quot;%1&quot; no es un cambio de estado; use activate, disable o decommission.</translation>
    </message>
    <message>
        <source>The link is decommissioned; a decommissioned link cannot change status again.</source>
        <translation>El enlace está retirado; un enlace retirado no puede volver a cambiar de estado.</translation>
    </message>
    <message>
        <source>The link is incomplete and cannot be activated: it needs a template app, a row estimate expression and a row estimate range for all users (User_*).</source>
        <translation>El enlace está incompleto y no se puede activar: necesita una app de plantilla, una expresión de estimación de filas y un rango de estimación de filas para todos los usuarios (User_*).</translation>
    </message>
    <message>
        <source>Only the owner of the link (%1) or an administrator can change it.</source>
        <translation>Solo el propietario del enlace (%1) o un administrador pueden modificarlo.</translation>
    </message>
    <message>
        <source>modifiedDate: &quot;%1&quot; is not a timestamp.</source>
        <translation>modifiedDate: &quot;%1&quot; no es una marca de tiempo.</translation>
    </message>
    <message>
        <source>The link was changed by %1 at %2, after the version you sent (%3). Read it again and apply your changes to the new version.</source>
        <translation>%1 modificó el enlace el %2, después de la versión que usted envió (%3). Vuelva a leerlo y aplique sus cambios a la nueva versión.</translation>
    </message>
    <message>
        <source>The link is decommissioned and can no longer be changed.</source>
        <translation>El enlace está retirado y ya no se puede modificar.</translation>
    </message>
    <message>
        <source>Only an administrator can give a link to another owner.</source>
        <translation>Solo un administrador puede asignar un enlace a otro propietario.</translation>
    </message>
    <message>
        <source>ownerId: there is no user with the ID %1.</source>
        <translation>ownerId: no existe ningún usuario con el ID %1.</translation>
    </message>
    <message>
        <source>Query parameter selAppId: missing required parameter.</source>
        <translation>Parámetro de consulta selAppId: falta un parámetro obligatorio.</translation>
    </message>
    <message>
        <source>linkList[%1]: &quot;%2&quot; is not a link ID (24 hexadecimal digits).</source>
        <translation>linkList[%1]: &quot;%2&quot; no es un ID de enlace (24 dígitos hexadecimales).</translation>
    </message>
    <message>
        <source>linkList[%1]: there is no link with the ID %2.</source>
        <translation>linkList[%1]: no existe ningún enlace con el ID %2.</translation>
    </message>
</context>
<context>
    <name>odag::sandbox::OdagAppsRoutes</name>
    <message>
        <source>Query parameter appType: expected selection, template or generated, got &quot;%1&quot;.</source>
        <translation>Parámetro de consulta appType: se esperaba selection, template o generated; se recibió &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Query parameter appType: missing required parameter.</source>
        <translation>Parámetro de consulta appType: falta un parámetro obligatorio.</translation>
    </message>
</context>
<context>
    <name>odag::sandbox::OdagArea</name>
    <message>
        <source>ODAG is not enabled</source>
        <translation>ODAG no está habilitado</translation>
    </message>
    <message>
        <source>On-demand app generation is switched off for this tenant (odag-settings: odagEnabled is false). A tenant administrator can switch it on.</source>
        <translation>La generación de apps bajo demanda está desactivada para este inquilino (odag-settings: odagEnabled es false). Un administrador del inquilino puede activarla.</translation>
    </message>
    <message>
        <source>Query parameter %1: expected true or false, got &quot;%2&quot;.</source>
        <translation>Parámetro de consulta %1: se esperaba true o false; se recibió &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Query parameter type: expected link, view or all, got &quot;%1&quot;.</source>
        <translation>Parámetro de consulta type: se esperaba link, view o all; se recibió &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>odag::sandbox::OdagSettingsRoutes</name>
    <message>
        <source>Only tenant administrators can view or change ODAG settings.</source>
        <translation>Solo los administradores del inquilino pueden ver o cambiar la configuración de ODAG.</translation>
    </message>
    <message>
        <source>The request body must be a JSON object.</source>
        <translation>El cuerpo de la solicitud debe ser un objeto JSON.</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>No se pudo guardar la configuración: %1</translation>
    </message>
</context>
<context>
    <name>odag::sandbox::QseLinkRoutes</name>
    <message>
        <source>%1 binding(s) read from the template app&apos;s load script.</source>
        <translation>Vinculaciones leídas del script de carga de la app de plantilla: %1.</translation>
    </message>
    <message>
        <source>The link is incomplete: it needs a template app, a row estimate expression and a row estimate range for all users.</source>
        <translation>El enlace está incompleto: necesita una app de plantilla, una expresión de estimación de filas y un rango de estimación de filas para todos los usuarios.</translation>
    </message>
    <message>
        <source>The link could not be saved: %1</source>
        <translation>No se pudo guardar el enlace: %1</translation>
    </message>
    <message>
        <source>There is no link with the ID %1.</source>
        <translation>No existe ningún enlace con el ID %1.</translation>
    </message>
    <message>
        <source>You are not allowed to create ODAG links.</source>
        <translation>No tiene permiso para crear enlaces ODAG.</translation>
    </message>
    <message>
        <source>The selection app and the template app must be different apps.</source>
        <translation>La app de selección y la app de plantilla deben ser apps distintas.</translation>
    </message>
    <message>
        <source>Only the owner of the link (%1) or an administrator can change it.</source>
        <translation>Solo el propietario del enlace (%1) o un administrador pueden modificarlo.</translation>
    </message>
    <message>
        <source>The link is decommissioned and can no longer be changed.</source>
        <translation>El enlace está retirado y ya no se puede modificar.</translation>
    </message>
    <message>
        <source>Only the owner of the link (%1) or an administrator can delete it.</source>
        <translation>Solo el propietario del enlace (%1) o un administrador pueden eliminarlo.</translation>
    </message>
</context>
<context>
    <name>odag::sandbox::QseRequestRoutes</name>
    <message>
        <source>Validating the selection state.</source>
        <translation>Validando el estado de selección.</translation>
    </message>
    <message>
        <source>Waiting for a free engine to load the data.</source>
        <translation>Esperando a que haya un motor libre para cargar los datos.</translation>
    </message>
    <message>
        <source>Paused (hold): resume the request to put it back in the queue.</source>
        <translation>En pausa (hold): reanude la solicitud para volver a ponerla en la cola.</translation>
    </message>
    <message>
        <source>Loading data on %1.</source>
        <translation>Cargando datos en %1.</translation>
    </message>
    <message>
        <source>The app was generated.</source>
        <translation>Se generó la app.</translation>
    </message>
    <message>
        <source>Being cancelled.</source>
        <translation>Cancelando.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelada.</translation>
    </message>
    <message>
        <source>Cancelled (acknowledged).</source>
        <translation>Cancelada (confirmada).</translation>
    </message>
    <message>
        <source>The request failed.</source>
        <translation>Error en la solicitud.</translation>
    </message>
    <message>
        <source>selectionState: expected an array of field states or an object of field values.</source>
        <translation>selectionState: se esperaba una matriz de estados de campo o un objeto de valores de campo.</translation>
    </message>
    <message>
        <source>selectionState.%1: expected a value or an array of values.</source>
        <translation>selectionState.%1: se esperaba un valor o una matriz de valores.</translation>
    </message>
    <message>
        <source>There is no ODAG link with ID %1.</source>
        <translation>No existe ningún enlace ODAG con el ID %1.</translation>
    </message>
    <message>
        <source>status: &quot;%1&quot; is not a status a request can be set to; use cancelled, hold, queued, canceledAck or failedAck.</source>
        <translation>status: &quot;%1&quot; no es un estado que se pueda asignar a una solicitud; use cancelled, hold, queued, canceledAck o failedAck.</translation>
    </message>
</context>
<context>
    <name>odag::sandbox::ReloadRoutes</name>
    <message>
        <source>reload</source>
        <translation>ninguna recarga</translation>
    </message>
    <message>
        <source>cannot sort by &quot;%1&quot;; use creationTime, status, startTime or endTime</source>
        <translation>no se puede ordenar por &quot;%1&quot;; use creationTime, status, startTime o endTime</translation>
    </message>
    <message>
        <source>You may not cancel the reload %1.</source>
        <translation>No tiene permiso para cancelar la recarga %1.</translation>
    </message>
    <message>
        <source>The reload %1 has ended (%2) and cannot be canceled.</source>
        <translation>La recarga %1 ha finalizado (%2) y no se puede cancelar.</translation>
    </message>
</context>
<context>
    <name>odag::sandbox::RequestEngine</name>
    <message>
        <source>The link %1 no longer exists.</source>
        <translation>El enlace %1 ya no existe.</translation>
    </message>
    <message>
        <source>The template app %1 no longer exists.</source>
        <translation>La app de plantilla %1 ya no existe.</translation>
    </message>
    <message>
        <source>Generated by the ODAG link &quot;%1&quot; (request %2).</source>
        <translation>Generada por el enlace ODAG &quot;%1&quot; (solicitud %2).</translation>
    </message>
    <message>
        <source>The generated app was deleted while its data was loading.</source>
        <translation>Se eliminó la app generada mientras se cargaban sus datos.</translation>
    </message>
    <message>
        <source>The data load of the generated app failed: General Script Error at line %1 (// sandbox:fail). The app was kept for diagnosis.</source>
        <translation>Error en la carga de datos de la app generada: General Script Error en la línea %1 (// sandbox:fail). La app se conservó para su diagnóstico.</translation>
    </message>
    <message>
        <source>%1 of %2 sub-requests failed.</source>
        <translation>Fallaron %1 de %2 subsolicitudes.</translation>
    </message>
    <message>
        <source>There is no ODAG request with ID %1.</source>
        <translation>No existe ninguna solicitud ODAG con el ID %1.</translation>
    </message>
    <message>
        <source>Request %1 belongs to another user.</source>
        <translation>La solicitud %1 pertenece a otro usuario.</translation>
    </message>
    <message>
        <source>Request %1 is loading: cancel is effective only before the data load starts.</source>
        <translation>La solicitud %1 se está cargando: la cancelación solo tiene efecto antes de que empiece la carga de datos.</translation>
    </message>
    <message>
        <source>Request %1 is %2: only a validating, queued or paused request can be cancelled.</source>
        <translation>La solicitud %1 está en estado %2: solo se puede cancelar una solicitud que se esté validando, esté en cola o en pausa.</translation>
    </message>
    <message>
        <source>Request %1 is %2: only a queued request can be paused.</source>
        <translation>La solicitud %1 está en estado %2: solo se puede pausar una solicitud en cola.</translation>
    </message>
    <message>
        <source>Request %1 is %2: only a paused (hold) request can be resumed.</source>
        <translation>La solicitud %1 está en estado %2: solo se puede reanudar una solicitud en pausa (hold).</translation>
    </message>
    <message>
        <source>Request %1 is %2: only a canceled request can be acknowledged with ackcancel.</source>
        <translation>La solicitud %1 está en estado %2: solo se puede confirmar con ackcancel una solicitud cancelada.</translation>
    </message>
    <message>
        <source>Request %1 is %2: only a failed request can be acknowledged with ackfailure.</source>
        <translation>La solicitud %1 está en estado %2: solo se puede confirmar con ackfailure una solicitud fallida.</translation>
    </message>
    <message>
        <source>Unknown action; use cancel, pause, resume, ackcancel or ackfailure.</source>
        <translation>Acción desconocida; use cancel, pause, resume, ackcancel o ackfailure.</translation>
    </message>
    <message>
        <source>Only the owner of request %1 or an administrator can change it.</source>
        <translation>Solo el propietario de la solicitud %1 o un administrador pueden modificarla.</translation>
    </message>
    <message>
        <source>Request %1 is a multiple request in state %2: none of its sub-requests (%3) can take the action %4.</source>
        <translation>La solicitud %1 es una solicitud múltiple en estado %2: ninguna de sus subsolicitudes (%3) admite la acción %4.</translation>
    </message>
    <message>
        <source>Only the request owner or the link&apos;s owner can delete its app.</source>
        <translation>Solo el propietario de la solicitud o el del enlace pueden eliminar su app.</translation>
    </message>
    <message>
        <source>Request %1 is %2: its app can be deleted once the request has finished (cancel it first).</source>
        <translation>La solicitud %1 está en estado %2: su app se puede eliminar cuando la solicitud haya finalizado (cancélela primero).</translation>
    </message>
    <message>
        <source>Only the request owner or the link&apos;s owner can rename its app.</source>
        <translation>Solo el propietario de la solicitud o el del enlace pueden cambiar el nombre de su app.</translation>
    </message>
    <message>
        <source>appName: the new name of the generated app must not be empty.</source>
        <translation>appName: el nuevo nombre de la app generada no puede estar vacío.</translation>
    </message>
    <message>
        <source>Only the request owner or the link&apos;s owner can reload its app.</source>
        <translation>Solo el propietario de la solicitud o el del enlace pueden recargar su app.</translation>
    </message>
    <message>
        <source>Request %1 is %2: its app can be reloaded once the request has finished.</source>
        <translation>La solicitud %1 está en estado %2: su app se puede recargar cuando la solicitud haya finalizado.</translation>
    </message>
    <message>
        <source>The link %1 of this request no longer exists.</source>
        <translation>El enlace %1 de esta solicitud ya no existe.</translation>
    </message>
    <message>
        <source>The generated app moved to request %1 (reload with copyRequest).</source>
        <translation>La app generada se trasladó a la solicitud %1 (recarga con copyRequest).</translation>
    </message>
    <message>
        <source>ODAG reload of request %1</source>
        <translation>Recarga ODAG de la solicitud %1</translation>
    </message>
    <message>
        <source>dynamic view</source>
        <translation>vista dinámica</translation>
    </message>
    <message>
        <source>context &quot;%1&quot;</source>
        <translation>contexto &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Generated app limit reached: you have %1 apps generated by the link &quot;%2&quot; and the limit for you is %3 (%4, policy Restrict). Delete one of them first.</source>
        <translation>Se alcanzó el límite de apps generadas: tiene %1 apps generadas por el enlace &quot;%2&quot; y su límite es %3 (%4, política Restrict). Elimine primero una de ellas.</translation>
    </message>
    <message>
        <source>Generated app limit reached: this request needs %1 new apps and the limit for you is %2 (%3, policy AutoDelete); apps still being generated cannot be deleted to make room.</source>
        <translation>Se alcanzó el límite de apps generadas: esta solicitud necesita %1 apps nuevas y su límite es %2 (%3, política AutoDelete); las apps que aún se están generando no se pueden eliminar para dejar sitio.</translation>
    </message>
    <message>
        <source>The generated app &quot;%1&quot; was deleted by the AutoDelete limit policy to make room for request %2.</source>
        <translation>La política de límite AutoDelete eliminó la app generada &quot;%1&quot; para dejar sitio a la solicitud %2.</translation>
    </message>
    <message>
        <source>There is no ODAG link with ID %1.</source>
        <translation>No existe ningún enlace ODAG con el ID %1.</translation>
    </message>
    <message>
        <source>(partition %1)</source>
        <translation>(partición %1)</translation>
    </message>
    <message>
        <source>The request could not be stored: %1</source>
        <translation>No se pudo almacenar la solicitud: %1</translation>
    </message>
    <message>
        <source>Request %1 has no generated app.</source>
        <translation>La solicitud %1 no tiene ninguna app generada.</translation>
    </message>
</context>
<context>
    <name>odag::sandbox::RequestPipeline</name>
    <message>
        <source>Authentication required: send Authorization: Bearer &lt;API key&gt;.</source>
        <translation>Se requiere autenticación: envíe Authorization: Bearer &lt;API key&gt;.</translation>
    </message>
    <message>
        <source>Only Bearer authorization is supported.</source>
        <translation>Solo se admite la autorización Bearer.</translation>
    </message>
    <message>
        <source>The API key is not valid.</source>
        <translation>La clave de API no es válida.</translation>
    </message>
    <message>
        <source>The xrfkey query parameter is missing.</source>
        <translation>Falta el parámetro de consulta xrfkey.</translation>
    </message>
    <message>
        <source>The X-Qlik-Xrfkey header is missing.</source>
        <translation>Falta el encabezado X-Qlik-Xrfkey.</translation>
    </message>
    <message>
        <source>The xrfkey must be 16 characters long.</source>
        <translation>El xrfkey debe tener 16 caracteres.</translation>
    </message>
    <message>
        <source>The xrfkey query parameter and the X-Qlik-Xrfkey header differ.</source>
        <translation>El parámetro de consulta xrfkey y el encabezado X-Qlik-Xrfkey no coinciden.</translation>
    </message>
    <message>
        <source>Unknown user %1\%2.</source>
        <translation>Usuario desconocido: %1\%2.</translation>
    </message>
    <message>
        <source>Authentication required: send X-Qlik-User or a Bearer API key.</source>
        <translation>Se requiere autenticación: envíe X-Qlik-User o una clave de API Bearer.</translation>
    </message>
    <message>
        <source>No resource at %1 %2.</source>
        <translation>No hay ningún recurso en %1 %2.</translation>
    </message>
    <message>
        <source>%1 is not supported on %2; allowed: %3.</source>
        <translation>%1 no se admite en %2; permitidos: %3.</translation>
    </message>
    <message>
        <source>The request body has %1 bytes; at most %2 are accepted here.</source>
        <translation>El cuerpo de la solicitud tiene %1 bytes; aquí se aceptan como máximo %2.</translation>
    </message>
    <message>
        <source>Rate limit of %1 calls per minute exceeded for this user; retry after %2 seconds.</source>
        <translation>Se superó el límite de frecuencia de %1 llamadas por minuto para este usuario; vuelva a intentarlo dentro de %2 segundos.</translation>
    </message>
    <message>
        <source>The request body is not valid JSON: %1</source>
        <translation>El cuerpo de la solicitud no es JSON válido: %1</translation>
    </message>
    <message>
        <source>The sandbox failed to handle the request.</source>
        <translation>El sandbox no pudo procesar la solicitud.</translation>
    </message>
    <message>
        <source>The access token has expired.</source>
        <translation>El token de acceso ha caducado.</translation>
    </message>
</context>
<context>
    <name>odag::sandbox::RequestRoutes</name>
    <message>
        <source>%1 must be true or false, not &quot;%2&quot;.</source>
        <translation>%1 debe ser true o false, no &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>There is no ODAG link with ID %1.</source>
        <translation>No existe ningún enlace ODAG con el ID %1.</translation>
    </message>
    <message>
        <source>action must be one of cancel, pause, resume, ackcancel, ackfailure; got &quot;%1&quot;.</source>
        <translation>action debe ser cancel, pause, resume, ackcancel o ackfailure; se recibió &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>odag::sandbox::RequestValidation</name>
    <message>
        <source>exactly %1</source>
        <translation>exactamente %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>de %1 a %2</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>al menos %1</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>como máximo %1</translation>
    </message>
    <message>
        <source>any number of</source>
        <translation>cualquier número de</translation>
    </message>
    <message>
        <source>The link &quot;%1&quot; is %2; only an active link takes requests.</source>
        <translation>El enlace &quot;%1&quot; está en estado %2; solo un enlace activo acepta solicitudes.</translation>
    </message>
    <message>
        <source>The link &quot;%1&quot; is disabled for you (the disable property of context &quot;%2&quot; is true).</source>
        <translation>El enlace &quot;%1&quot; está deshabilitado para usted (la propiedad disable del contexto &quot;%2&quot; es true).</translation>
    </message>
    <message>
        <source>The selection makes more than %1 partitions (one generated app each); select fewer values in the partition fields %2.</source>
        <translation>La selección genera más de %1 particiones (una app generada por cada una); seleccione menos valores en los campos de partición %2.</translation>
    </message>
    <message>
        <source>The binding %1 needs %2 values of %3, and the selection state has no values for %3.</source>
        <translation>La vinculación %1 necesita %2 valores de %3 y el estado de selección no tiene valores para %3.</translation>
    </message>
    <message>
        <source>The binding %1 needs %2 values of %3 in states %4; the selection has %5.</source>
        <translation>La vinculación %1 necesita %2 valores de %3 en los estados %4; la selección tiene %5.</translation>
    </message>
    <message>
        <source>No row estimate range of the link applies to you, so no request can be made.</source>
        <translation>Ningún rango de estimación de filas del enlace se aplica a usted, por lo que no se puede hacer ninguna solicitud.</translation>
    </message>
    <message>
        <source>No row estimate (actualRowEst) was sent; the row estimate range was not checked.</source>
        <translation>No se envió ninguna estimación de filas (actualRowEst); no se comprobó el rango de estimación de filas.</translation>
    </message>
    <message>
        <source>Row estimate too low: %1 rows, the link needs at least %2 for you (context &quot;%3&quot;).</source>
        <translation>Estimación de filas demasiado baja: %1 filas; el enlace necesita al menos %2 para usted (contexto &quot;%3&quot;).</translation>
    </message>
    <message>
        <source>Row estimate exceeded: %1 rows, the link allows at most %2 for you (context &quot;%3&quot;). Narrow the selection.</source>
        <translation>Estimación de filas superada: %1 filas; el enlace permite como máximo %2 para usted (contexto &quot;%3&quot;). Restrinja la selección.</translation>
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
        <translation>no se pueden crear los datos de demostración: %1</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2</source>
        <translation>no se puede escuchar en %1:%2</translation>
    </message>
    <message>
        <source>--tls-cert: cannot read %1</source>
        <translation>--tls-cert: no se puede leer %1</translation>
    </message>
    <message>
        <source>--tls-key: cannot read %1</source>
        <translation>--tls-key: no se puede leer %1</translation>
    </message>
    <message>
        <source>--tls-cert: not a PEM certificate</source>
        <translation>--tls-cert: no es un certificado PEM</translation>
    </message>
    <message>
        <source>--tls-key: not an unencrypted PEM RSA or EC private key</source>
        <translation>--tls-key: no es una clave privada PEM RSA o EC sin cifrar</translation>
    </message>
    <message>
        <source>this build of the sandbox has no TLS support</source>
        <translation>esta compilación del sandbox no admite TLS</translation>
    </message>
</context>
<context>
    <name>odag::sandbox::SandboxStore</name>
    <message>
        <source>the paging cursor is not valid for this list</source>
        <translation>el cursor de paginación no es válido para esta lista</translation>
    </message>
    <message>
        <source>limit must be a whole number from 1 to %1</source>
        <translation>limit debe ser un número entero entre 1 y %1</translation>
    </message>
    <message>
        <source>next and prev cannot be used together</source>
        <translation>next y prev no se pueden usar a la vez</translation>
    </message>
    <message>
        <source>cannot create the data directory %1</source>
        <translation>no se puede crear el directorio de datos %1</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>no se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 has schema version %2, newer than this sandbox knows (%3)</source>
        <translation>%1 tiene la versión de esquema %2, más reciente que la que conoce este sandbox (%3)</translation>
    </message>
    <message>
        <source>migration %1 (%2) failed: %3</source>
        <translation>error en la migración %1 (%2): %3</translation>
    </message>
    <message>
        <source>cannot sort by &quot;%1&quot;</source>
        <translation>no se puede ordenar por &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot filter by &quot;%1&quot;</source>
        <translation>no se puede filtrar por &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>odag::sandbox::ScimFilter</name>
    <message>
        <source>filter: the text starting at character %1 has no closing quote</source>
        <translation>filter: el texto que empieza en el carácter %1 no tiene comillas de cierre</translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot;</source>
        <translation>&quot;%1&quot; inesperado</translation>
    </message>
    <message>
        <source>filter: %1 at character %2</source>
        <translation>filter: %1 en el carácter %2</translation>
    </message>
    <message>
        <source>a closing parenthesis is missing</source>
        <translation>falta un paréntesis de cierre</translation>
    </message>
    <message>
        <source>an attribute name is expected</source>
        <translation>se esperaba un nombre de atributo</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be filtered on (use %2)</source>
        <translation>no se puede filtrar por &quot;%1&quot; (use %2)</translation>
    </message>
    <message>
        <source>only the eq and ne operators are supported</source>
        <translation>solo se admiten los operadores eq y ne</translation>
    </message>
    <message>
        <source>a value is expected</source>
        <translation>se esperaba un valor</translation>
    </message>
</context>
<context>
    <name>odag::sandbox::SpaceRoutes</name>
    <message>
        <source>space</source>
        <translation>ningún espacio</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a space type (shared, managed, data)</source>
        <translation>&quot;%1&quot; no es un tipo de espacio (shared, managed, data)</translation>
    </message>
    <message>
        <source>cannot sort by &quot;%1&quot;; use name, createdAt, updatedAt or type</source>
        <translation>no se puede ordenar por &quot;%1&quot;; use name, createdAt, updatedAt o type</translation>
    </message>
    <message>
        <source>You may not create %1 spaces.</source>
        <translation>No tiene permiso para crear espacios de tipo %1.</translation>
    </message>
    <message>
        <source>A space named &quot;%1&quot; already exists.</source>
        <translation>Ya existe un espacio llamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>You may not change the space %1.</source>
        <translation>No tiene permiso para modificar el espacio %1.</translation>
    </message>
    <message>
        <source>Only the owner of the space or an administrator may give it to someone else.</source>
        <translation>Solo el propietario del espacio o un administrador pueden cederlo a otra persona.</translation>
    </message>
    <message>
        <source>no user with ID %1</source>
        <translation>no existe ningún usuario con el ID %1</translation>
    </message>
    <message>
        <source>at least one patch operation is required</source>
        <translation>se requiere al menos una operación de patch</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not supported; use replace, add or remove</source>
        <translation>&quot;%1&quot; no se admite; use replace, add o remove</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be patched; use /name, /description or /ownerId</source>
        <translation>&quot;%1&quot; no se puede modificar con patch; use /name, /description o /ownerId</translation>
    </message>
    <message>
        <source>%1 cannot be removed</source>
        <translation>%1 no se puede quitar</translation>
    </message>
    <message>
        <source>Only the owner of the space or an administrator may delete it.</source>
        <translation>Solo el propietario del espacio o un administrador pueden eliminarlo.</translation>
    </message>
    <message numerus="yes">
        <source>The space still holds %n app(s); move or delete them first.</source>
        <translation>
            <numerusform>El espacio todavía contiene %n app; muévala o elimínela primero.</numerusform>
            <numerusform>El espacio todavía contiene %n apps; muévalas o elimínelas primero.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be assigned in a %2 space (allowed: %3)</source>
        <translation>&quot;%1&quot; no se puede asignar en un espacio de tipo %2 (permitidos: %3)</translation>
    </message>
    <message>
        <source>use user or group</source>
        <translation>use user o group</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an assignee type (user, group)</source>
        <translation>&quot;%1&quot; no es un tipo de destinatario de asignación (user, group)</translation>
    </message>
    <message>
        <source>You may not manage the members of this space.</source>
        <translation>No tiene permiso para gestionar los miembros de este espacio.</translation>
    </message>
    <message>
        <source>%1 %2 is already assigned to this space (assignment %3).</source>
        <translation>%1 %2 ya está asignado a este espacio (asignación %3).</translation>
    </message>
    <message>
        <source>assignment</source>
        <translation>ninguna asignación</translation>
    </message>
    <message>
        <source>at least one role is required</source>
        <translation>se requiere al menos un rol</translation>
    </message>
</context>
</TS>
