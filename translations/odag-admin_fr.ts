<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>CommandLine</name>
    <message>
        <source>Administration of Qlik On-Demand App Generation: links, requests, spaces, apps and reloads.</source>
        <translation>Administration de la génération d&apos;applications à la demande de Qlik&#xa0;: liens, demandes, espaces, applications et rechargements.</translation>
    </message>
    <message>
        <source>Open the connection profile &lt;name&gt;.</source>
        <translation>Ouvrir le profil de connexion &lt;nom&gt;.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Connect to the built-in sandbox tenant.</source>
        <translation>Se connecter au locataire sandbox intégré.</translation>
    </message>
    <message>
        <source>Render the main window once its data has loaded, save it as a PNG to &lt;path&gt; and exit.</source>
        <translation>Afficher la fenêtre principale une fois ses données chargées, l&apos;enregistrer au format PNG dans &lt;chemin&gt; et quitter.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <source>Use the language &lt;code&gt; (en, de, fr, es, ja) instead of the system&apos;s.</source>
        <translation>Utiliser la langue &lt;code&gt; (en, de, fr, es, ja) au lieu de celle du système.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Keep the sandbox tenant&apos;s state in &lt;dir&gt;.</source>
        <translation>Conserver l&apos;état du locataire sandbox dans &lt;rép&gt;.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>rép</translation>
    </message>
    <message>
        <source>Connect to the Qlik Cloud tenant at &lt;url&gt; (https://TENANT.REGION.qlikcloud.com) with the API key in the environment variable ODAG_API_KEY.</source>
        <translation>Se connecter au locataire Qlik Cloud à l&apos;adresse &lt;url&gt; (https://TENANT.REGION.qlikcloud.com) avec la clé d&apos;API de la variable d&apos;environnement ODAG_API_KEY.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Try --help.</source>
        <translation>Essayez --help.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1. Try --help.</source>
        <translation>Argument inattendu&#xa0;: %1. Essayez --help.</translation>
    </message>
    <message>
        <source>--tenant needs a URL such as https://tenant.eu.qlikcloud.com, not &quot;%1&quot;.</source>
        <translation>--tenant attend une URL telle que https://tenant.eu.qlikcloud.com, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--tenant needs the API key in the environment variable ODAG_API_KEY.</source>
        <translation>--tenant attend la clé d&apos;API dans la variable d&apos;environnement ODAG_API_KEY.</translation>
    </message>
    <message>
        <source>Use either --tenant or --sandbox, not both.</source>
        <translation>Utilisez soit --tenant, soit --sandbox, mais pas les deux.</translation>
    </message>
    <message>
        <source>--screenshot needs a file path.</source>
        <translation>--screenshot attend un chemin de fichier.</translation>
    </message>
    <message>
        <source>Open the workspace &lt;name&gt; (for example: links).</source>
        <translation>Ouvrir l&apos;espace de travail &lt;nom&gt; (par exemple&#xa0;: links).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>Unknown view &quot;%1&quot;. Views: %2.</source>
        <translation>Vue «&#xa0;%1&#xa0;» inconnue. Vues&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Could not start the sandbox tenant: %1</source>
        <translation>Impossible de démarrer le locataire sandbox&#xa0;: %1</translation>
    </message>
    <message>
        <source>The view did not finish loading; saving the screenshot as it is.</source>
        <translation>Le chargement de la vue n&apos;est pas terminé&#xa0;; la capture d&apos;écran est enregistrée en l&apos;état.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>Sandbox (Sense Enterprise)</source>
        <translation>Sandbox (Sense Enterprise)</translation>
    </message>
    <message>
        <source>There is no connection profile named &quot;%1&quot;. Available profiles: %2.</source>
        <translation>Aucun profil de connexion ne s’appelle « %1 ». Profils disponibles : %2.</translation>
    </message>
    <message>
        <source>No keychain: keys and passwords are kept until you quit</source>
        <translation>Pas de trousseau&#xa0;: les clés et mots de passe sont conservés jusqu&apos;à ce que vous quittiez</translation>
    </message>
    <message>
        <source>This computer has no keychain: keys and passwords you enter are kept only until ODAG Admin quits.</source>
        <translation>Cet ordinateur n&apos;a pas de trousseau&#xa0;: les clés et mots de passe que vous saisissez ne sont conservés que jusqu&apos;à la fermeture d&apos;ODAG Admin.</translation>
    </message>
    <message>
        <source>%1 Check the profile in File › Manage profiles… (Ctrl+Shift+M).</source>
        <translation>%1 Vérifiez le profil dans Fichier › Gérer les profils… (Ctrl+Maj+M).</translation>
    </message>
    <message>
        <source>You signed out of %1. Choose the profile again to sign in.</source>
        <translation>Vous vous êtes déconnecté de %1. Choisissez à nouveau le profil pour vous connecter.</translation>
    </message>
    <message>
        <source>You signed out of %1 here, but the tenant did not confirm it: %2</source>
        <translation>Vous vous êtes déconnecté de %1 ici, mais le locataire ne l&apos;a pas confirmé&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>odag-sandbox</name>
    <message>
        <source>A local Qlik tenant for trying, teaching and testing ODAG Admin. It speaks the Qlik Cloud ODAG, /api/v1 and engine paths and the Qlik Sense Enterprise ODAG paths on a loopback port.
Built-in users and their API keys are listed in the README.</source>
        <translation>Un locataire Qlik local pour essayer, enseigner et tester ODAG Admin. Il sert les chemins Qlik Cloud ODAG, /api/v1 et moteur ainsi que les chemins ODAG de Qlik Sense Enterprise sur un port de bouclage.
Les utilisateurs intégrés et leurs clés d&apos;API sont listés dans le fichier README.</translation>
    </message>
    <message>
        <source>Port to listen on (0: any free port).</source>
        <translation>Port d&apos;écoute (0&#xa0;: n&apos;importe quel port libre).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Directory for the tenant&apos;s database (sandbox.db). Without it the tenant lives in memory and is lost at exit.</source>
        <translation>Répertoire de la base de données du locataire (sandbox.db). Sans lui, le locataire réside en mémoire et est perdu à la fermeture.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>RÉP</translation>
    </message>
    <message>
        <source>JSON file with the users: [{&quot;id&quot;,&quot;name&quot;,&quot;subject&quot;,&quot;groups&quot;,&quot;roles&quot;,&quot;apiKey&quot;,&quot;admin&quot;}]. Without it the built-in demo users.</source>
        <translation>Fichier JSON des utilisateurs&#xa0;: [{&quot;id&quot;,&quot;name&quot;,&quot;subject&quot;,&quot;groups&quot;,&quot;roles&quot;,&quot;apiKey&quot;,&quot;admin&quot;}]. Sans lui, les utilisateurs de démonstration intégrés.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Inject faults: rules KIND[=N]:PROBABILITY:PATH[:METHOD] separated by commas, KIND one of 500, 502, 503 (any 4xx/5xx), delay, drop, truncate, malformed, 429storm; N is the delay in ms or the Retry-After seconds. Example: 500:0.1:/api/v1/*,delay=2000:0.5:/api/analytics/*. @FILE reads JSON rules.</source>
        <translation>Injecter des pannes&#xa0;: règles KIND[=N]:PROBABILITY:PATH[:METHOD] séparées par des virgules, KIND étant 500, 502, 503 (tout 4xx/5xx), delay, drop, truncate, malformed ou 429storm&#xa0;; N est le délai en ms ou le nombre de secondes de Retry-After. Exemple&#xa0;: 500:0.1:/api/v1/*,delay=2000:0.5:/api/analytics/*. @FILE lit des règles JSON.</translation>
    </message>
    <message>
        <source>SPEC</source>
        <translation>SPÉC</translation>
    </message>
    <message>
        <source>Seed for the fault dice, for repeatable runs.</source>
        <translation>Graine du tirage aléatoire des pannes, pour des exécutions reproductibles.</translation>
    </message>
    <message>
        <source>Simulated time runs X times faster than real time.</source>
        <translation>Le temps simulé s&apos;écoule X fois plus vite que le temps réel.</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>Do not enforce the per-tier rate limits.</source>
        <translation>Ne pas appliquer les limites de débit par tier.</translation>
    </message>
    <message>
        <source>Log every request and store change.</source>
        <translation>Journaliser chaque requête et chaque modification du stockage.</translation>
    </message>
    <message>
        <source>Number of app loads that may run at the same time.</source>
        <translation>Nombre de chargements d&apos;applications pouvant s&apos;exécuter simultanément.</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>--port needs a number from 0 to 65535.</source>
        <translation>--port attend un nombre compris entre 0 et 65535.</translation>
    </message>
    <message>
        <source>--fault-seed needs a whole number.</source>
        <translation>--fault-seed attend un nombre entier.</translation>
    </message>
    <message>
        <source>--speed needs a number greater than 0.</source>
        <translation>--speed attend un nombre supérieur à 0.</translation>
    </message>
    <message>
        <source>--max-loads needs a whole number of at least 1.</source>
        <translation>--max-loads attend un nombre entier supérieur ou égal à 1.</translation>
    </message>
    <message>
        <source>cannot install the signal handlers; stop with SIGKILL.</source>
        <translation>impossible d&apos;installer les gestionnaires de signaux&#xa0;; arrêtez avec SIGKILL.</translation>
    </message>
    <message>
        <source>Load the demo tenant: spaces, apps with load scripts, ODAG links with per-user and per-group settings, and generation requests in every state.</source>
        <translation>Charger le locataire de démonstration&#xa0;: espaces, applications avec scripts de chargement, liens ODAG avec paramètres par utilisateur et par groupe, et demandes de génération dans tous les états.</translation>
    </message>
    <message>
        <source>Serve HTTPS with this PEM certificate (needs --tls-key).</source>
        <translation>Servir en HTTPS avec ce certificat PEM (nécessite --tls-key).</translation>
    </message>
    <message>
        <source>The unencrypted PEM private key of --tls-cert.</source>
        <translation>La clé privée PEM non chiffrée de --tls-cert.</translation>
    </message>
    <message>
        <source>Seconds an OAuth2 access token stays valid (sandbox clock).</source>
        <translation>Durée de validité en secondes d&apos;un jeton d&apos;accès OAuth2 (horloge de la sandbox).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together.</source>
        <translation>--tls-cert et --tls-key vont ensemble.</translation>
    </message>
    <message>
        <source>--oauth-token-lifetime needs a whole number of at least 1.</source>
        <translation>--oauth-token-lifetime attend un nombre entier d&apos;au moins 1.</translation>
    </message>
</context>
<context>
    <name>odag::App</name>
    <message>
        <source>the app name is empty</source>
        <translation>le nom de l&apos;application est vide</translation>
    </message>
    <message>
        <source>the app name is longer than 256 characters</source>
        <translation>le nom de l&apos;application dépasse 256 caractères</translation>
    </message>
</context>
<context>
    <name>odag::AppNameParameter</name>
    <message>
        <source>Template app name</source>
        <translation>Nom de l&apos;application modèle</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>ID utilisateur</translation>
    </message>
    <message>
        <source>Current year</source>
        <translation>Année en cours</translation>
    </message>
    <message>
        <source>Current month</source>
        <translation>Mois en cours</translation>
    </message>
    <message>
        <source>Current day</source>
        <translation>Jour en cours</translation>
    </message>
    <message>
        <source>Current hour</source>
        <translation>Heure en cours</translation>
    </message>
    <message>
        <source>Current minute</source>
        <translation>Minute en cours</translation>
    </message>
    <message>
        <source>Current second</source>
        <translation>Seconde en cours</translation>
    </message>
</context>
<context>
    <name>odag::AppOpenMethod</name>
    <message>
        <source>New tab</source>
        <translation>Nouvel onglet</translation>
    </message>
    <message>
        <source>New window</source>
        <translation>Nouvelle fenêtre</translation>
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
        <translation>Préparation des données</translation>
    </message>
    <message>
        <source>Data flow preparation</source>
        <translation>Préparation de flux de données</translation>
    </message>
    <message>
        <source>Single table preparation</source>
        <translation>Préparation de table unique</translation>
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
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
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
        <translation>En attente</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Success with warnings</source>
        <translation>Réussi avec avertissements</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
</context>
<context>
    <name>odag::EngineHealth</name>
    <message>
        <source>Healthy</source>
        <translation>Opérationnel</translation>
    </message>
    <message>
        <source>Alive but too busy</source>
        <translation>Actif mais surchargé</translation>
    </message>
    <message>
        <source>Not healthy</source>
        <translation>Défaillant</translation>
    </message>
</context>
<context>
    <name>odag::EngineSessionState</name>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Stalled</source>
        <translation>Bloquée</translation>
    </message>
</context>
<context>
    <name>odag::LimitPolicy</name>
    <message>
        <source>Restrict</source>
        <translation>Restreindre</translation>
    </message>
    <message>
        <source>Delete oldest automatically</source>
        <translation>Supprimer automatiquement la plus ancienne</translation>
    </message>
</context>
<context>
    <name>odag::LinkStatus</name>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Decommissioned</source>
        <translation>Mis hors service</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Incomplet</translation>
    </message>
</context>
<context>
    <name>odag::LinkStatusSetting</name>
    <message>
        <source>Activate</source>
        <translation>Activer</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Decommission</source>
        <translation>Mettre hors service</translation>
    </message>
</context>
<context>
    <name>odag::LinkType</name>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>Dynamic views</source>
        <translation>Vues dynamiques</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
</context>
<context>
    <name>odag::OdagAppType</name>
    <message>
        <source>Selection app</source>
        <translation>Application de sélection</translation>
    </message>
    <message>
        <source>Template app</source>
        <translation>Application modèle</translation>
    </message>
    <message>
        <source>Generated app</source>
        <translation>Application générée</translation>
    </message>
</context>
<context>
    <name>odag::QseRequestStatus</name>
    <message>
        <source>Queued</source>
        <translation>En file d&apos;attente</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
</context>
<context>
    <name>odag::Reload</name>
    <message>
        <source>at most %1 variables are allowed, got %2</source>
        <translation>%1 variables au maximum sont autorisées, %2 reçues</translation>
    </message>
    <message>
        <source>the variable name is empty</source>
        <translation>le nom de la variable est vide</translation>
    </message>
    <message>
        <source>the variable name is longer than %1 characters</source>
        <translation>le nom de la variable dépasse %1 caractères</translation>
    </message>
    <message>
        <source>the variable value is longer than %1 characters</source>
        <translation>la valeur de la variable dépasse %1 caractères</translation>
    </message>
</context>
<context>
    <name>odag::ReloadStatus</name>
    <message>
        <source>Queued</source>
        <translation>En file d&apos;attente</translation>
    </message>
    <message>
        <source>Reloading</source>
        <translation>Rechargement</translation>
    </message>
    <message>
        <source>Canceling</source>
        <translation>Annulation</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Exceeded limit</source>
        <translation>Limite dépassée</translation>
    </message>
</context>
<context>
    <name>odag::ReloadType</name>
    <message>
        <source>Manual (hub)</source>
        <translation>Manuel (hub)</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Planifié</translation>
    </message>
    <message>
        <source>Automation</source>
        <translation>Automatisation</translation>
    </message>
    <message>
        <source>Data refresh</source>
        <translation>Actualisation des données</translation>
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
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Acknowledge cancellation</source>
        <translation>Acquitter l&apos;annulation</translation>
    </message>
    <message>
        <source>Acknowledge failure</source>
        <translation>Acquitter l&apos;échec</translation>
    </message>
</context>
<context>
    <name>odag::RequestKind</name>
    <message>
        <source>Single</source>
        <translation>Simple</translation>
    </message>
    <message>
        <source>Multiple</source>
        <translation>Multiple</translation>
    </message>
    <message>
        <source>Sub-request</source>
        <translation>Sous-demande</translation>
    </message>
</context>
<context>
    <name>odag::RequestState</name>
    <message>
        <source>Validating</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En file d&apos;attente</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Non valide</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Suspendue</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussie</translation>
    </message>
    <message>
        <source>Canceling</source>
        <translation>Annulation</translation>
    </message>
    <message>
        <source>Canceled (acknowledged)</source>
        <translation>Annulée (acquittée)</translation>
    </message>
    <message>
        <source>Failed (acknowledged)</source>
        <translation>Échec (acquitté)</translation>
    </message>
</context>
<context>
    <name>odag::SelectAppParamType</name>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Propriété</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>Exclure</translation>
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
        <translation>Sélectionné</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Exclu</translation>
    </message>
</context>
<context>
    <name>odag::Space</name>
    <message>
        <source>The space name is empty.</source>
        <translation>Le nom de l&apos;espace est vide.</translation>
    </message>
    <message>
        <source>The space name is longer than 256 characters.</source>
        <translation>Le nom de l&apos;espace dépasse 256 caractères.</translation>
    </message>
    <message>
        <source>The space name may not contain %1.</source>
        <translation>Le nom de l&apos;espace ne doit pas contenir %1.</translation>
    </message>
    <message>
        <source>at least one role is required</source>
        <translation>au moins un rôle est requis</translation>
    </message>
</context>
<context>
    <name>odag::SpaceRole</name>
    <message>
        <source>Can view</source>
        <translation>Peut afficher</translation>
    </message>
    <message>
        <source>Can contribute</source>
        <translation>Peut contribuer</translation>
    </message>
    <message>
        <source>Can consume data</source>
        <translation>Peut consommer des données</translation>
    </message>
    <message>
        <source>Can preview data</source>
        <translation>Peut prévisualiser les données</translation>
    </message>
    <message>
        <source>Can facilitate</source>
        <translation>Peut animer</translation>
    </message>
    <message>
        <source>Can manage</source>
        <translation>Peut gérer</translation>
    </message>
    <message>
        <source>Can operate</source>
        <translation>Peut exploiter</translation>
    </message>
    <message>
        <source>Can edit</source>
        <translation>Peut modifier</translation>
    </message>
    <message>
        <source>Can publish</source>
        <translation>Peut publier</translation>
    </message>
    <message>
        <source>Has restricted view</source>
        <translation>Affichage restreint</translation>
    </message>
    <message>
        <source>Can co-develop</source>
        <translation>Peut co-développer</translation>
    </message>
</context>
<context>
    <name>odag::SpaceType</name>
    <message>
        <source>Shared</source>
        <translation>Partagé</translation>
    </message>
    <message>
        <source>Managed</source>
        <translation>Géré</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
</context>
<context>
    <name>odag::api::ApiError</name>
    <message>
        <source>The connection to the server failed.</source>
        <translation>La connexion au serveur a échoué.</translation>
    </message>
    <message>
        <source>The connection to the server failed: %1</source>
        <translation>La connexion au serveur a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>The secure connection to the server failed.</source>
        <translation>La connexion sécurisée au serveur a échoué.</translation>
    </message>
    <message>
        <source>The secure connection to the server failed: %1</source>
        <translation>La connexion sécurisée au serveur a échoué&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>The server did not answer within %n second(s).</source>
        <translation>
            <numerusform>Le serveur n&apos;a pas répondu dans un délai de %n s.</numerusform>
            <numerusform>Le serveur n&apos;a pas répondu dans un délai de %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Le serveur n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read.</source>
        <translation>La réponse du serveur n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read: %1</source>
        <translation>La réponse du serveur n&apos;a pas pu être lue&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>The server received too many requests and asks to wait %n second(s). Try again later.</source>
        <translation>
            <numerusform>Le serveur a reçu trop de requêtes et demande d&apos;attendre %n s. Réessayez plus tard.</numerusform>
            <numerusform>Le serveur a reçu trop de requêtes et demande d&apos;attendre %n s. Réessayez plus tard.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server still refuses requests as too many after several waits. Try again in a few minutes.</source>
        <translation>Le serveur refuse toujours les requêtes pour excès de volume après plusieurs attentes. Réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <source>The request failed.</source>
        <translation>La requête a échoué.</translation>
    </message>
    <message>
        <source>Request: %1 %2</source>
        <translation>Requête&#xa0;: %1&#xa0;%2</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>Statut HTTP&#xa0;: %1</translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation>Code d&apos;erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Error title: %1</source>
        <translation>Titre de l&apos;erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Trace ID: %1</source>
        <translation>ID de trace&#xa0;: %1</translation>
    </message>
    <message>
        <source>Attempts: %1</source>
        <translation>Tentatives&#xa0;: %1</translation>
    </message>
    <message>
        <source>Technical: %1</source>
        <translation>Détails techniques&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>Le serveur a indiqué&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server refused the request as invalid: %1</source>
        <translation>Le serveur a rejeté la requête comme non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server did not accept your sign-in or API key. Sign in again or check the key in the connection settings.</source>
        <translation>Le serveur n&apos;a pas accepté votre connexion ou votre clé d&apos;API. Reconnectez-vous ou vérifiez la clé dans les paramètres de connexion.</translation>
    </message>
    <message>
        <source>You do not have permission to do this on the server.</source>
        <translation>Vous n&apos;êtes pas autorisé à effectuer cette action sur le serveur.</translation>
    </message>
    <message>
        <source>The server could not find the item. It may have been deleted or moved.</source>
        <translation>Le serveur n&apos;a pas trouvé l&apos;élément. Il a peut-être été supprimé ou déplacé.</translation>
    </message>
    <message>
        <source>The item was changed by someone else since you loaded it. Reload it and try again.</source>
        <translation>L&apos;élément a été modifié par quelqu&apos;un d&apos;autre depuis son chargement. Rechargez-le et réessayez.</translation>
    </message>
    <message numerus="yes">
        <source>The server received too many requests and asks to wait %n second(s).</source>
        <translation>
            <numerusform>Le serveur a reçu trop de requêtes et demande d&apos;attendre %n s.</numerusform>
            <numerusform>Le serveur a reçu trop de requêtes et demande d&apos;attendre %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server received too many requests. Wait a minute and try again.</source>
        <translation>Le serveur a reçu trop de requêtes. Patientez une minute et réessayez.</translation>
    </message>
    <message>
        <source>The server had an error (%1). Try again later.</source>
        <translation>Le serveur a rencontré une erreur (%1). Réessayez plus tard.</translation>
    </message>
    <message numerus="yes">
        <source>The server is unavailable (%1) and asks to wait %n second(s).</source>
        <translation>
            <numerusform>Le serveur est indisponible (%1) et demande d&apos;attendre %n s.</numerusform>
            <numerusform>Le serveur est indisponible (%1) et demande d&apos;attendre %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server refused the request (%1).</source>
        <translation>Le serveur a rejeté la requête (%1).</translation>
    </message>
</context>
<context>
    <name>odag::api::AppsApi</name>
    <message>
        <source>the export answer names no download location</source>
        <translation>la réponse de l&apos;export n&apos;indique aucun emplacement de téléchargement</translation>
    </message>
</context>
<context>
    <name>odag::api::Authenticator</name>
    <message>
        <source>This sign-in method cannot be renewed.</source>
        <translation>Cette méthode de connexion ne peut pas être renouvelée.</translation>
    </message>
</context>
<context>
    <name>odag::api::CursorPager</name>
    <message>
        <source>links.next.href repeats a page already read (%1); the list was stopped after %2 pages</source>
        <translation>links.next.href répète une page déjà lue (%1)&#xa0;; la liste a été arrêtée après %2 pages</translation>
    </message>
</context>
<context>
    <name>odag::api::OAuth</name>
    <message>
        <source>The sign-in has no refresh token; sign in again.</source>
        <translation>La connexion n&apos;a pas de jeton d&apos;actualisation&#xa0;; reconnectez-vous.</translation>
    </message>
    <message>
        <source>The sign-in could not be renewed: %1</source>
        <translation>La connexion n&apos;a pas pu être renouvelée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The tenant could not be told to end the sign-in: %1</source>
        <translation>Impossible de demander au locataire de mettre fin à la connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>The tenant did not end the sign-in (HTTP status %1).</source>
        <translation>Le locataire n&apos;a pas mis fin à la connexion (statut HTTP %1).</translation>
    </message>
    <message>
        <source>This sign-in has already ended. Return to ODAG Admin.</source>
        <translation>Cette connexion est déjà terminée. Retournez dans ODAG Admin.</translation>
    </message>
    <message>
        <source>This answer does not belong to the sign-in ODAG Admin started.</source>
        <translation>Cette réponse n&apos;appartient pas à la connexion lancée par ODAG Admin.</translation>
    </message>
    <message>
        <source>The sign-in answer does not belong to this sign-in (state mismatch). Start the sign-in again.</source>
        <translation>La réponse de connexion n&apos;appartient pas à cette connexion (state non concordant). Relancez la connexion.</translation>
    </message>
    <message>
        <source>The sign-in was denied in the browser.</source>
        <translation>La connexion a été refusée dans le navigateur.</translation>
    </message>
    <message>
        <source>The tenant refused the sign-in: %1</source>
        <translation>Le locataire a refusé la connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>The tenant&apos;s answer carries no authorization code.</source>
        <translation>La réponse du locataire ne contient aucun code d&apos;autorisation.</translation>
    </message>
    <message>
        <source>ODAG Admin could not sign you in: %1</source>
        <translation>ODAG Admin n&apos;a pas pu vous connecter&#xa0;: %1</translation>
    </message>
    <message>
        <source>You are signed in to ODAG Admin. You can close this tab.</source>
        <translation>Vous êtes connecté à ODAG Admin. Vous pouvez fermer cet onglet.</translation>
    </message>
    <message>
        <source>ODAG Admin cannot wait for the browser on port %1: %2</source>
        <translation>ODAG Admin ne peut pas attendre le navigateur sur le port %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The sign-in was cancelled in ODAG Admin.</source>
        <translation>La connexion a été annulée dans ODAG Admin.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>La connexion a été annulée.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La demande a été annulée.</translation>
    </message>
    <message>
        <source>The tenant could not be reached: %1</source>
        <translation>Le locataire est injoignable&#xa0;: %1</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>Statut HTTP %1</translation>
    </message>
    <message>
        <source>The tenant&apos;s answer to the sign-in holds no usable access token.</source>
        <translation>La réponse du locataire à la connexion ne contient aucun jeton d&apos;accès utilisable.</translation>
    </message>
    <message>
        <source>ODAG Admin</source>
        <translation>ODAG Admin</translation>
    </message>
    <message>
        <source>This request is too large.</source>
        <translation>Cette demande est trop volumineuse.</translation>
    </message>
    <message>
        <source>There is nothing here. Return to ODAG Admin.</source>
        <translation>Il n&apos;y a rien ici. Retournez dans ODAG Admin.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Échec de la connexion</translation>
    </message>
</context>
<context>
    <name>odag::api::Transport</name>
    <message>
        <source>The server address %1 is not a valid URL.</source>
        <translation>L’adresse du serveur %1 n’est pas une URL valide.</translation>
    </message>
    <message>
        <source>The server sent a link that is not a valid URL.</source>
        <translation>Le serveur a envoyé un lien qui n’est pas une URL valide.</translation>
    </message>
    <message>
        <source>The server sent a link to another server (%1 instead of %2); it was not followed.</source>
        <translation>Le serveur a envoyé un lien vers un autre serveur (%1 au lieu de %2)&#xa0;; il n’a pas été suivi.</translation>
    </message>
    <message>
        <source>The request address is not a valid URL.</source>
        <translation>L’adresse de la requête n’est pas une URL valide.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>The data could not be sent again: its source or target cannot go back to the start.</source>
        <translation>Les données n’ont pas pu être renvoyées&#xa0;: leur source ou leur cible ne peut pas revenir au début.</translation>
    </message>
    <message>
        <source>The download could not be written: %1</source>
        <translation>Le téléchargement n’a pas pu être écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>No answer within %1 ms.</source>
        <translation>Aucune réponse dans les %1 ms.</translation>
    </message>
</context>
<context>
    <name>odag::gui::AppDataModelTab</name>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tables</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Balises</translation>
    </message>
    <message>
        <source>Distinct values</source>
        <translation>Valeurs distinctes</translation>
    </message>
    <message>
        <source>Total values</source>
        <translation>Valeurs totales</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <source>Key fields</source>
        <translation>Champs clés</translation>
    </message>
    <message>
        <source>Tables of the data model</source>
        <translation>Tables du modèle de données</translation>
    </message>
    <message>
        <source>Fields of the data model</source>
        <translation>Champs du modèle de données</translation>
    </message>
    <message>
        <source>Reading the data model…</source>
        <translation>Lecture du modèle de données…</translation>
    </message>
    <message>
        <source>Could not read the data model</source>
        <translation>Impossible de lire le modèle de données</translation>
    </message>
    <message>
        <source>The app holds no data yet: reload it to build its data model.</source>
        <translation>L&apos;application ne contient encore aucune donnée&#xa0;: rechargez-la pour créer son modèle de données.</translation>
    </message>
    <message>
        <source>%1 and %2, size in memory %3</source>
        <translation>%1 et %2, taille en mémoire %3</translation>
    </message>
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
            <numerusform>%n champ</numerusform>
            <numerusform>%n champs</numerusform>
        </translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>non communiqué</translation>
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
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <source>App name</source>
        <translation>Nom de l&apos;application</translation>
    </message>
    <message>
        <source>App description</source>
        <translation>Description de l&apos;application</translation>
    </message>
    <message>
        <source>Save the name and description (Ctrl+Return)</source>
        <translation>Enregistrer le nom et la description (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>Personal space</source>
        <translation>Espace personnel</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>yes, %1</source>
        <translation>oui, %1</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
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
        <translation>chiffrée</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>non communiqué</translation>
    </message>
    <message>
        <source>Could not save the app</source>
        <translation>Impossible d&apos;enregistrer l&apos;application</translation>
    </message>
    <message>
        <source>App ID:</source>
        <translation>ID de l&apos;application&#xa0;:</translation>
    </message>
    <message>
        <source>Space:</source>
        <translation>Espace&#xa0;:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Propriétaire&#xa0;:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Création&#xa0;:</translation>
    </message>
    <message>
        <source>Modified:</source>
        <translation>Modification&#xa0;:</translation>
    </message>
    <message>
        <source>Last reload:</source>
        <translation>Dernier rechargement&#xa0;:</translation>
    </message>
    <message>
        <source>Published:</source>
        <translation>Publiée&#xa0;:</translation>
    </message>
    <message>
        <source>Published from:</source>
        <translation>Publiée à partir de&#xa0;:</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Usage&#xa0;:</translation>
    </message>
    <message>
        <source>Properties:</source>
        <translation>Propriétés&#xa0;:</translation>
    </message>
    <message>
        <source>Your privileges:</source>
        <translation>Vos privilèges&#xa0;:</translation>
    </message>
</context>
<context>
    <name>odag::gui::AppFormDialog</name>
    <message>
        <source>App name</source>
        <translation>Nom de l&apos;application</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <source>Personal space</source>
        <translation>Espace personnel</translation>
    </message>
    <message>
        <source>&amp;Space:</source>
        <translation>&amp;Espace&#xa0;:</translation>
    </message>
    <message>
        <source>New owner&apos;s user ID</source>
        <translation>ID utilisateur du nouveau propriétaire</translation>
    </message>
    <message>
        <source>User ID, for example 65f1a2b3c4d5e6f708192a02</source>
        <translation>ID utilisateur, par exemple 65f1a2b3c4d5e6f708192a02</translation>
    </message>
    <message>
        <source>New &amp;owner:</source>
        <translation>Nouveau &amp;propriétaire&#xa0;:</translation>
    </message>
</context>
<context>
    <name>odag::gui::AppLineageTab</name>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Instruction</translation>
    </message>
    <message>
        <source>Data lineage</source>
        <translation>Traçabilité des données</translation>
    </message>
    <message>
        <source>Could not read the data lineage</source>
        <translation>Impossible de lire la traçabilité des données</translation>
    </message>
</context>
<context>
    <name>odag::gui::AppOperations</name>
    <message>
        <source>Imported “%1”</source>
        <translation>«&#xa0;%1&#xa0;» importée</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportée vers %1</translation>
    </message>
    <message>
        <source>Transfer cancelled</source>
        <translation>Transfert annulé</translation>
    </message>
    <message>
        <source>App file</source>
        <translation>Fichier d&apos;application</translation>
    </message>
    <message>
        <source>New app</source>
        <translation>Nouvelle application</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Could not create the app</source>
        <translation>Impossible de créer l&apos;application</translation>
    </message>
    <message>
        <source>Created “%1”</source>
        <translation>«&#xa0;%1&#xa0;» créée</translation>
    </message>
    <message>
        <source>Copy app</source>
        <translation>Copier l&apos;application</translation>
    </message>
    <message>
        <source>Copies “%1” with its script and data.</source>
        <translation>Copie «&#xa0;%1&#xa0;» avec son script et ses données.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Could not copy the app</source>
        <translation>Impossible de copier l&apos;application</translation>
    </message>
    <message>
        <source>Copied to “%1”</source>
        <translation>Copiée vers «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Move app to a space</source>
        <translation>Déplacer l&apos;application vers un espace</translation>
    </message>
    <message>
        <source>Moves “%1” into another shared space. Its members will see it.</source>
        <translation>Déplace «&#xa0;%1&#xa0;» vers un autre espace partagé. Ses membres pourront la voir.</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Déplacer</translation>
    </message>
    <message>
        <source>Could not move the app</source>
        <translation>Impossible de déplacer l&apos;application</translation>
    </message>
    <message>
        <source>Moved “%1”</source>
        <translation>«&#xa0;%1&#xa0;» déplacée</translation>
    </message>
    <message>
        <source>Remove from space</source>
        <translation>Retirer de l&apos;espace</translation>
    </message>
    <message>
        <source>Move “%1” out of its space into the owner&apos;s personal space?</source>
        <translation>Retirer «&#xa0;%1&#xa0;» de son espace et la placer dans l&apos;espace personnel du propriétaire&#xa0;?</translation>
    </message>
    <message>
        <source>Could not remove the app from its space</source>
        <translation>Impossible de retirer l&apos;application de son espace</translation>
    </message>
    <message>
        <source>“%1” is now in the personal space</source>
        <translation>«&#xa0;%1&#xa0;» se trouve désormais dans l&apos;espace personnel</translation>
    </message>
    <message>
        <source>Change owner</source>
        <translation>Changer de propriétaire</translation>
    </message>
    <message>
        <source>“%1” is owned by %2. Give it to:</source>
        <translation>«&#xa0;%1&#xa0;» appartient à %2. L&apos;attribuer à&#xa0;:</translation>
    </message>
    <message>
        <source>Could not change the owner</source>
        <translation>Impossible de changer le propriétaire</translation>
    </message>
    <message>
        <source>Changed the owner of “%1”</source>
        <translation>Propriétaire de «&#xa0;%1&#xa0;» modifié</translation>
    </message>
    <message>
        <source>Publish app</source>
        <translation>Publier l&apos;application</translation>
    </message>
    <message>
        <source>Publishes a copy of “%1” to a managed space, where its members can use it.</source>
        <translation>Publie une copie de «&#xa0;%1&#xa0;» dans un espace géré, où ses membres peuvent l&apos;utiliser.</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <source>Could not publish the app</source>
        <translation>Impossible de publier l&apos;application</translation>
    </message>
    <message>
        <source>Published “%1”</source>
        <translation>«&#xa0;%1&#xa0;» publiée</translation>
    </message>
    <message>
        <source>Republish app</source>
        <translation>Republier l&apos;application</translation>
    </message>
    <message>
        <source>Replaces the copy of “%1” published to a managed space with its current script and data.</source>
        <translation>Remplace la copie de «&#xa0;%1&#xa0;» publiée dans un espace géré par son script et ses données actuels.</translation>
    </message>
    <message>
        <source>Republish</source>
        <translation>Republier</translation>
    </message>
    <message>
        <source>Could not republish the app</source>
        <translation>Impossible de republier l&apos;application</translation>
    </message>
    <message>
        <source>Republished “%1”</source>
        <translation>«&#xa0;%1&#xa0;» republiée</translation>
    </message>
    <message>
        <source>Delete app</source>
        <translation>Supprimer l&apos;application</translation>
    </message>
    <message>
        <source>Delete “%1” with its data, script history and reload logs? This cannot be undone.</source>
        <translation>Supprimer «&#xa0;%1&#xa0;» avec ses données, son historique de script et ses journaux de rechargement&#xa0;? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Could not delete the app</source>
        <translation>Impossible de supprimer l&apos;application</translation>
    </message>
    <message>
        <source>Deleted “%1”</source>
        <translation>«&#xa0;%1&#xa0;» supprimée</translation>
    </message>
    <message>
        <source>Export app</source>
        <translation>Exporter l&apos;application</translation>
    </message>
    <message>
        <source>Qlik Sense apps (*.qvf)</source>
        <translation>Applications Qlik Sense (*.qvf)</translation>
    </message>
    <message>
        <source>Import app</source>
        <translation>Importer une application</translation>
    </message>
    <message>
        <source>Uploads %1 as a new app.</source>
        <translation>Importe %1 comme nouvelle application.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
</context>
<context>
    <name>odag::gui::AppReloadLogsTab</name>
    <message>
        <source>Finished</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Reload logs</source>
        <translation>Journaux de rechargement</translation>
    </message>
    <message>
        <source>Reload log text</source>
        <translation>Texte du journal de rechargement</translation>
    </message>
    <message>
        <source>Select a reload to read its log.</source>
        <translation>Sélectionnez un rechargement pour lire son journal.</translation>
    </message>
    <message>
        <source>Could not read the reload logs</source>
        <translation>Impossible de lire les journaux de rechargement</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>The app has not been reloaded yet.</source>
        <translation>L&apos;application n&apos;a pas encore été rechargée.</translation>
    </message>
    <message>
        <source>Reading the log…</source>
        <translation>Lecture du journal…</translation>
    </message>
    <message>
        <source>Could not read the reload log</source>
        <translation>Impossible de lire le journal de rechargement</translation>
    </message>
</context>
<context>
    <name>odag::gui::AppScriptTab</name>
    <message>
        <source>Older versions</source>
        <translation>Versions antérieures</translation>
    </message>
    <message>
        <source>Set script</source>
        <translation>Définir le script</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistrée</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Script versions</source>
        <translation>Versions du script</translation>
    </message>
    <message>
        <source>Read the next page of older script versions</source>
        <translation>Lire la page suivante des versions antérieures du script</translation>
    </message>
    <message>
        <source>Load script</source>
        <translation>Script de chargement</translation>
    </message>
    <message>
        <source>ODAG bind variables in the script</source>
        <translation>Variables de liaison ODAG du script</translation>
    </message>
    <message>
        <source>Version message</source>
        <translation>Message de version</translation>
    </message>
    <message>
        <source>What changed in this version</source>
        <translation>Modifications apportées dans cette version</translation>
    </message>
    <message>
        <source>Save the script as a new version (Ctrl+S)</source>
        <translation>Enregistrer le script comme nouvelle version (Ctrl+S)</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>ODAG bindings found</source>
        <translation>Liaisons ODAG trouvées</translation>
    </message>
    <message>
        <source>Version &amp;message:</source>
        <translation>&amp;Message de version&#xa0;:</translation>
    </message>
    <message>
        <source>Could not read the script history</source>
        <translation>Impossible de lire l&apos;historique du script</translation>
    </message>
    <message>
        <source>Could not read the script version</source>
        <translation>Impossible de lire la version du script</translation>
    </message>
    <message>
        <source>%1 [%2-%3] — line %4</source>
        <translation>%1 [%2-%3] — ligne %4</translation>
    </message>
    <message>
        <source>%1 — line %2</source>
        <translation>%1 — ligne %2</translation>
    </message>
    <message>
        <source>Field %1, selection states %2</source>
        <translation>Champ %1, états de sélection %2</translation>
    </message>
    <message>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No ODAG bind variables</source>
        <translation>Aucune variable de liaison ODAG</translation>
    </message>
    <message>
        <source>Could not save the script</source>
        <translation>Impossible d&apos;enregistrer le script</translation>
    </message>
</context>
<context>
    <name>odag::gui::AppTransferBar</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Transfer progress</source>
        <translation>Progression du transfert</translation>
    </message>
    <message>
        <source>Stop the transfer (Esc)</source>
        <translation>Arrêter le transfert (Échap)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Exporting “%1”…</source>
        <translation>Exportation de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not export the app</source>
        <translation>Impossible d&apos;exporter l&apos;application</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>Téléchargement de %1…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importation de %1…</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not import the app</source>
        <translation>Impossible d&apos;importer l&apos;application</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>odag::gui::AppsModel</name>
    <message>
        <source>Personal</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publiée</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Succeeded %1</source>
        <translation>Réussi&#xa0;: %1</translation>
    </message>
    <message>
        <source>Failed %1</source>
        <translation>Échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Last reload</source>
        <translation>Dernier rechargement</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mise à jour</translation>
    </message>
</context>
<context>
    <name>odag::gui::AppsWorkspace</name>
    <message>
        <source>&lt;h3&gt;Apps are managed in the Qlik Sense Enterprise hub&lt;/h3&gt;&lt;p&gt;This connection is to Qlik Sense Enterprise on Windows, which offers ODAG links and requests through its ODAG API but not the Qlik Cloud apps, items and spaces APIs this page uses.&lt;/p&gt;&lt;p&gt;Use the Qlik Management Console to copy, publish, export or import apps there.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Les applications sont gérées dans le hub Qlik Sense Enterprise&lt;/h3&gt;&lt;p&gt;Cette connexion concerne Qlik Sense Enterprise on Windows, qui propose des liens et des demandes ODAG via son API ODAG, mais pas les API Qlik Cloud d&apos;applications, d&apos;éléments et d&apos;espaces qu&apos;utilise cette page.&lt;/p&gt;&lt;p&gt;Utilisez la Qlik Management Console pour y copier, publier, exporter ou importer des applications.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Read the apps again (F5)</source>
        <translation>Relire les applications (F5)</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nouvelle…</translation>
    </message>
    <message>
        <source>Create an app</source>
        <translation>Créer une application</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Upload a .qvf file as a new app</source>
        <translation>Importer un fichier .qvf comme nouvelle application</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Download the app as a .qvf file</source>
        <translation>Télécharger l&apos;application sous forme de fichier .qvf</translation>
    </message>
    <message>
        <source>Copy…</source>
        <translation>Copier…</translation>
    </message>
    <message>
        <source>Copy the app</source>
        <translation>Copier l&apos;application</translation>
    </message>
    <message>
        <source>Move to space…</source>
        <translation>Déplacer vers un espace…</translation>
    </message>
    <message>
        <source>Move the app into a shared space</source>
        <translation>Déplacer l&apos;application vers un espace partagé</translation>
    </message>
    <message>
        <source>Remove from space</source>
        <translation>Retirer de l&apos;espace</translation>
    </message>
    <message>
        <source>Move the app to its owner&apos;s personal space</source>
        <translation>Déplacer l&apos;application vers l&apos;espace personnel de son propriétaire</translation>
    </message>
    <message>
        <source>Change owner…</source>
        <translation>Changer de propriétaire…</translation>
    </message>
    <message>
        <source>Give the app to another user</source>
        <translation>Attribuer l&apos;application à un autre utilisateur</translation>
    </message>
    <message>
        <source>Publish…</source>
        <translation>Publier…</translation>
    </message>
    <message>
        <source>Publish the app to a managed space</source>
        <translation>Publier l&apos;application dans un espace géré</translation>
    </message>
    <message>
        <source>Republish…</source>
        <translation>Republier…</translation>
    </message>
    <message>
        <source>Update the app&apos;s published copy</source>
        <translation>Mettre à jour la copie publiée de l&apos;application</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the app</source>
        <translation>Supprimer l&apos;application</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>Filtrer par nom</translation>
    </message>
    <message>
        <source>Filter apps by name</source>
        <translation>Filtrer les applications par nom</translation>
    </message>
    <message>
        <source>Filter apps by space</source>
        <translation>Filtrer les applications par espace</translation>
    </message>
    <message>
        <source>All spaces</source>
        <translation>Tous les espaces</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>Owner&apos;s user ID</source>
        <translation>ID utilisateur du propriétaire</translation>
    </message>
    <message>
        <source>Filter apps by owner</source>
        <translation>Filtrer les applications par propriétaire</translation>
    </message>
    <message>
        <source>Apps</source>
        <translation>Applications</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Data model</source>
        <translation>Modèle de données</translation>
    </message>
    <message>
        <source>Lineage</source>
        <translation>Traçabilité</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Script</translation>
    </message>
    <message>
        <source>Reload logs</source>
        <translation>Journaux de rechargement</translation>
    </message>
    <message>
        <source>Could not list the apps</source>
        <translation>Impossible de répertorier les applications</translation>
    </message>
    <message>
        <source>Could not list the spaces</source>
        <translation>Impossible de répertorier les espaces</translation>
    </message>
    <message numerus="yes">
        <source>%n app(s) so far</source>
        <translation>
            <numerusform>%n application pour l&apos;instant</numerusform>
            <numerusform>%n applications pour l&apos;instant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n app(s)</source>
        <translation>
            <numerusform>%n application</numerusform>
            <numerusform>%n applications</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the app</source>
        <translation>Impossible de lire l&apos;application</translation>
    </message>
</context>
<context>
    <name>odag::gui::AssignmentDialog</name>
    <message>
        <source>Add member to %1</source>
        <translation>Ajouter un membre à %1</translation>
    </message>
    <message>
        <source>Change roles in %1</source>
        <translation>Modifier les rôles dans %1</translation>
    </message>
    <message>
        <source>Member type</source>
        <translation>Type de membre</translation>
    </message>
    <message>
        <source>User or group ID</source>
        <translation>ID d&apos;utilisateur ou de groupe</translation>
    </message>
    <message>
        <source>The ID of the user or group</source>
        <translation>L&apos;ID de l&apos;utilisateur ou du groupe</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Member &amp;type:</source>
        <translation>&amp;Type de membre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;ID:</source>
        <translation>&amp;ID&#xa0;:</translation>
    </message>
    <message>
        <source>Enter the ID of the user or group.</source>
        <translation>Saisissez l&apos;ID de l&apos;utilisateur ou du groupe.</translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>Choisissez au moins un rôle.</translation>
    </message>
    <message>
        <source>Could not add the member</source>
        <translation>Impossible d&apos;ajouter le membre</translation>
    </message>
    <message>
        <source>Could not change the roles</source>
        <translation>Impossible de modifier les rôles</translation>
    </message>
</context>
<context>
    <name>odag::gui::BindingsModel</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>quote %1, delimiter %2</source>
        <translation>guillemet %1, délimiteur %2</translation>
    </message>
    <message>
        <source>Read-only: set by the template app&apos;s script</source>
        <translation>Lecture seule&#xa0;: défini par le script de l&apos;application modèle</translation>
    </message>
    <message>
        <source>Template variable</source>
        <translation>Variable du modèle</translation>
    </message>
    <message>
        <source>Parameter type</source>
        <translation>Type de paramètre</translation>
    </message>
    <message>
        <source>Parameter name</source>
        <translation>Nom du paramètre</translation>
    </message>
    <message>
        <source>Selection states (read-only)</source>
        <translation>États de sélection (lecture seule)</translation>
    </message>
    <message>
        <source>Min values</source>
        <translation>Valeurs min.</translation>
    </message>
    <message>
        <source>Max values</source>
        <translation>Valeurs max.</translation>
    </message>
    <message>
        <source>Numeric only (read-only)</source>
        <translation>Numérique uniquement (lecture seule)</translation>
    </message>
    <message>
        <source>Formatting (read-only)</source>
        <translation>Mise en forme (lecture seule)</translation>
    </message>
</context>
<context>
    <name>odag::gui::BindingsPage</name>
    <message>
        <source>&amp;Add binding</source>
        <translation>Aj&amp;outer une liaison</translation>
    </message>
    <message>
        <source>&amp;Remove binding</source>
        <translation>Supp&amp;rimer la liaison</translation>
    </message>
    <message>
        <source>Bindings</source>
        <translation>Liaisons</translation>
    </message>
    <message>
        <source>Read the template app&apos;s load script and list the bind variables it declares</source>
        <translation>Lire le script de chargement de l&apos;application modèle et répertorier les variables de liaison qu&apos;il déclare</translation>
    </message>
    <message>
        <source>Bindings found in the template script</source>
        <translation>Liaisons trouvées dans le script modèle</translation>
    </message>
    <message>
        <source>Reading the template app&apos;s script…</source>
        <translation>Lecture du script de l&apos;application modèle…</translation>
    </message>
    <message>
        <source>Could not read the template app&apos;s script.</source>
        <translation>Impossible de lire le script de l&apos;application modèle.</translation>
    </message>
    <message>
        <source>%1 — field %2</source>
        <translation>%1 — champ %2</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Bindings in the template script: %1. Missing from the link: %2.</source>
        <translation>Liaisons dans le script modèle&#xa0;: %1. Absentes du lien&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The template script declares no bind variables.</source>
        <translation>Le script modèle ne déclare aucune variable de liaison.</translation>
    </message>
    <message>
        <source>Bindings added; save the link to keep them.</source>
        <translation>Liaisons ajoutées&#xa0;; enregistrez le lien pour les conserver.</translation>
    </message>
    <message>
        <source>D&amp;etect from template script</source>
        <translation>Détecter à partir du scr&amp;ipt modèle</translation>
    </message>
    <message>
        <source>Add chec&amp;ked bindings</source>
        <translation>Ajouter les liaisons coc&amp;hées</translation>
    </message>
</context>
<context>
    <name>odag::gui::BulkResultDialog</name>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n request(s)…</source>
        <translation>
            <numerusform>%1&#xa0;: %n demande…</numerusform>
            <numerusform>%1&#xa0;: %n demandes…</numerusform>
        </translation>
    </message>
    <message>
        <source>Result per request</source>
        <translation>Résultat par demande</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Stop after the calls under way; requests not reached stay as they are</source>
        <translation>Arrêter après les appels en cours&#xa0;; les demandes non traitées restent inchangées</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Not done (stopped)</source>
        <translation>Non effectué (arrêté)</translation>
    </message>
    <message numerus="yes">
        <source>%1: stopped. %2 of %n request(s) answered.</source>
        <translation>
            <numerusform>%1&#xa0;: arrêté. Demandes ayant reçu une réponse&#xa0;: %2 sur %n.</numerusform>
            <numerusform>%1&#xa0;: arrêté. Demandes ayant reçu une réponse&#xa0;: %2 sur %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: done for %n request(s).</source>
        <translation>
            <numerusform>%1&#xa0;: terminé pour %n demande.</numerusform>
            <numerusform>%1&#xa0;: terminé pour %n demandes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 succeeded, %n failed.</source>
        <translation>
            <numerusform>%1&#xa0;: succès pour %2, échec pour %n.</numerusform>
            <numerusform>%1&#xa0;: succès pour %2, échec pour %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>odag::gui::BundleImportDialog</name>
    <message>
        <source>Import links</source>
        <translation>Importer des liens</translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation>&lt; Précédent</translation>
    </message>
    <message>
        <source>Preview &gt;</source>
        <translation>Aperçu &gt;</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>See what each link would become, without changing the tenant</source>
        <translation>Voir ce que deviendrait chaque lien, sans modifier le locataire</translation>
    </message>
    <message>
        <source>Create the links on this tenant</source>
        <translation>Créer les liens sur ce locataire</translation>
    </message>
    <message>
        <source>Stop; links already created stay</source>
        <translation>Arrêter&#xa0;; les liens déjà créés sont conservés</translation>
    </message>
    <message numerus="yes">
        <source>Bundle from %1, exported %2: %n link(s).</source>
        <translation>
            <numerusform>Lot provenant de %1, exporté %2&#xa0;: %n lien.</numerusform>
            <numerusform>Lot provenant de %1, exporté %2&#xa0;: %n liens.</numerusform>
        </translation>
    </message>
    <message>
        <source>an unnamed tenant</source>
        <translation>un locataire sans nom</translation>
    </message>
    <message>
        <source>at an unknown time</source>
        <translation>à une date inconnue</translation>
    </message>
    <message>
        <source>Links point at apps by ID, and IDs differ between tenants. Choose the app of this tenant that takes the place of each app of the bundle; apps with the same name are chosen for you.</source>
        <translation>Les liens désignent les applications par leur ID, et les ID diffèrent d&apos;un locataire à l&apos;autre. Choisissez l&apos;application de ce locataire qui remplace chaque application du lot&#xa0;; les applications de même nom sont choisies pour vous.</translation>
    </message>
    <message>
        <source>Qlik Sense Enterprise&apos;s ODAG API lists no apps: the apps offered are those the links of this tenant use, by ID.</source>
        <translation>L&apos;API ODAG de Qlik Sense Enterprise ne répertorie aucune application&#xa0;: les applications proposées sont celles qu&apos;utilisent les liens de ce locataire, par ID.</translation>
    </message>
    <message>
        <source>Reading the apps of this tenant…</source>
        <translation>Lecture des applications de ce locataire…</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>App in the bundle</source>
        <translation>Application du lot</translation>
    </message>
    <message>
        <source>ID in the bundle</source>
        <translation>ID dans le lot</translation>
    </message>
    <message>
        <source>App in this tenant</source>
        <translation>Application de ce locataire</translation>
    </message>
    <message>
        <source>Selection app</source>
        <translation>Application de sélection</translation>
    </message>
    <message>
        <source>Template app</source>
        <translation>Application modèle</translation>
    </message>
    <message>
        <source>App of this tenant for %1</source>
        <translation>Application de ce locataire pour %1</translation>
    </message>
    <message>
        <source>Dry run: nothing has been written yet. This is what Import would create.</source>
        <translation>Simulation&#xa0;: rien n&apos;a encore été écrit. Voici ce que l&apos;importation créerait.</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Problèmes détectés</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>New link ID</source>
        <translation>Nouvel ID de lien</translation>
    </message>
    <message>
        <source>Could not read the apps of this tenant</source>
        <translation>Impossible de lire les applications de ce locataire</translation>
    </message>
    <message>
        <source>Without the apps of this tenant the links cannot be mapped.</source>
        <translation>Sans les applications de ce locataire, les liens ne peuvent pas être mis en correspondance.</translation>
    </message>
    <message>
        <source>(none: skip its links)</source>
        <translation>(aucune&#xa0;: ignorer ses liens)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n app(s) matched by name. Check each choice.</source>
        <translation>
            <numerusform>%1 sur %n application associée par nom. Vérifiez chaque choix.</numerusform>
            <numerusform>%1 sur %n applications associées par nom. Vérifiez chaque choix.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquante</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n link(s) would be created.</source>
        <translation>
            <numerusform>Liens qui seraient créés&#xa0;: %1 sur %n.</numerusform>
            <numerusform>Liens qui seraient créés&#xa0;: %1 sur %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped: an app is not chosen</source>
        <translation>Ignoré&#xa0;: aucune application choisie</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Création…</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Créé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>Created (%1)</source>
        <translation>Créé (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%1 created, %2 failed, of %n link(s).</source>
        <translation>
            <numerusform>Sur %n lien&#xa0;: %1 créé, %2 en échec.</numerusform>
            <numerusform>Sur %n liens&#xa0;: %1 créés, %2 en échec.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>odag::gui::CancelOptionsDialog</name>
    <message>
        <source>&amp;Acknowledge the cancellation at once (autoAck)</source>
        <translation>&amp;Acquitter immédiatement l&apos;annulation (autoAck)</translation>
    </message>
    <message>
        <source>&amp;Delete the generated app as well (delGenApp)</source>
        <translation>&amp;Supprimer également l&apos;application générée (delGenApp)</translation>
    </message>
    <message>
        <source>&amp;Ignore requests that succeeded meanwhile (ignoreSucceeded)</source>
        <translation>&amp;Ignorer les demandes réussies entre-temps (ignoreSucceeded)</translation>
    </message>
    <message>
        <source>Cancel requests</source>
        <translation>Annuler les demandes</translation>
    </message>
    <message>
        <source>The request goes on to &quot;canceled (acknowledged)&quot; without a separate acknowledgement.</source>
        <translation>La demande passe à l&apos;état «&#xa0;Annulée (acquittée)&#xa0;» sans acquittement distinct.</translation>
    </message>
    <message>
        <source>Only with autoAck: the generated app is deleted with the request.</source>
        <translation>Uniquement avec autoAck&#xa0;: l&apos;application générée est supprimée avec la demande.</translation>
    </message>
    <message>
        <source>A request that finished before the cancel arrived is not reported as an error.</source>
        <translation>Une demande terminée avant l&apos;arrivée de l&apos;annulation n&apos;est pas signalée comme une erreur.</translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n request(s)? Cancelling is effective only before the data load starts; a multiple request cancels its sub-requests that are not loading yet.</source>
        <translation>
            <numerusform>Annuler %n demande&#xa0;? L&apos;annulation n&apos;est effective qu&apos;avant le début du chargement des données&#xa0;; une demande multiple annule celles de ses sous-demandes dont le chargement n&apos;a pas encore commencé.</numerusform>
            <numerusform>Annuler %n demandes&#xa0;? L&apos;annulation n&apos;est effective qu&apos;avant le début du chargement des données&#xa0;; une demande multiple annule celles de ses sous-demandes dont le chargement n&apos;a pas encore commencé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel &amp;requests</source>
        <translation>Annuler les &amp;demandes</translation>
    </message>
    <message>
        <source>&amp;Keep them</source>
        <translation>&amp;Les conserver</translation>
    </message>
</context>
<context>
    <name>odag::gui::CertificateDialog</name>
    <message>
        <source>Untrusted certificate</source>
        <translation>Certificat non approuvé</translation>
    </message>
    <message>
        <source>The server presented a certificate that this computer does not trust.</source>
        <translation>Le serveur a présenté un certificat que cet ordinateur n&apos;approuve pas.</translation>
    </message>
    <message>
        <source>The server %1 presented a certificate that this computer does not trust.</source>
        <translation>Le serveur %1 a présenté un certificat que cet ordinateur n&apos;approuve pas.</translation>
    </message>
    <message>
        <source>The certificate could not be verified.</source>
        <translation>Le certificat n&apos;a pas pu être vérifié.</translation>
    </message>
    <message>
        <source>Why it is not trusted:</source>
        <translation>Raison pour laquelle il n&apos;est pas approuvé&#xa0;:</translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation>Chaîne de certificats</translation>
    </message>
    <message>
        <source>The certificates the server sent, its own first</source>
        <translation>Les certificats envoyés par le serveur, le sien en premier</translation>
    </message>
    <message>
        <source>%1 (the server&apos;s certificate)</source>
        <translation>%1 (le certificat du serveur)</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Délivré à&#xa0;:</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>Organisation&#xa0;:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Délivré par&#xa0;:</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>Valide du&#xa0;:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Valide jusqu&apos;au&#xa0;:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>Empreinte SHA-256&#xa0;:</translation>
    </message>
    <message>
        <source>The server presented no certificate that could be examined, so there is nothing to trust. Ask the server&apos;s administrator.</source>
        <translation>Le serveur n&apos;a présenté aucun certificat pouvant être examiné&#xa0;: il n&apos;y a donc rien à approuver. Adressez-vous à l&apos;administrateur du serveur.</translation>
    </message>
    <message>
        <source>Trust it only if you expect this server to use a self-signed or private certificate and the fingerprint matches the one its administrator gave you. The trust applies to the profile &quot;%1&quot; only, and to this exact certificate: ODAG Admin asks again if the server presents another one.</source>
        <translation>Ne l&apos;approuvez que si vous vous attendez à ce que ce serveur utilise un certificat auto-signé ou privé et que l&apos;empreinte correspond à celle fournie par son administrateur. L&apos;approbation s&apos;applique uniquement au profil «&#xa0;%1&#xa0;» et à ce certificat précis&#xa0;: ODAG Admin vous redemandera si le serveur en présente un autre.</translation>
    </message>
    <message>
        <source>&amp;Trust for this profile</source>
        <translation>&amp;Approuver pour ce profil</translation>
    </message>
    <message>
        <source>Accept this certificate for the profile &quot;%1&quot;</source>
        <translation>Accepter ce certificat pour le profil «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Do not connect to this server</source>
        <translation>Ne pas se connecter à ce serveur</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(non indiqué)</translation>
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
        <translation>Aucun fichier de certificat client n&apos;est choisi.</translation>
    </message>
    <message>
        <source>Could not open the certificate file %1: %2</source>
        <translation>Impossible d&apos;ouvrir le fichier de certificat %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not read the PFX file %1: the password is wrong or the file is not a PKCS#12 certificate with its private key.</source>
        <translation>Impossible de lire le fichier PFX %1&#xa0;: le mot de passe est incorrect ou le fichier n&apos;est pas un certificat PKCS#12 avec sa clé privée.</translation>
    </message>
    <message>
        <source>The file %1 holds no PEM certificate.</source>
        <translation>Le fichier %1 ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <source>Could not open the private key file %1: %2</source>
        <translation>Impossible d&apos;ouvrir le fichier de clé privée %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not read the private key %1: the password is wrong or the file is not a PEM private key.</source>
        <translation>Impossible de lire la clé privée %1&#xa0;: le mot de passe est incorrect ou le fichier n&apos;est pas une clé privée PEM.</translation>
    </message>
</context>
<context>
    <name>odag::gui::ConflictDialog</name>
    <message>
        <source>(absent)</source>
        <translation>(absent)</translation>
    </message>
    <message>
        <source>The link was changed on the server</source>
        <translation>Le lien a été modifié sur le serveur</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Ma version</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Leur version</translation>
    </message>
    <message>
        <source>Value to keep for %1</source>
        <translation>Valeur à conserver pour %1</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Base (first read)</source>
        <translation>Base (première lecture)</translation>
    </message>
    <message>
        <source>Theirs (server now)</source>
        <translation>Leur version (serveur actuel)</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conserver</translation>
    </message>
    <message>
        <source>Someone changed this link after you opened it, so it was not saved. For each field that differs, choose which value to keep; the link is then saved on top of the server&apos;s version.</source>
        <translation>Quelqu&apos;un a modifié ce lien après que vous l&apos;avez ouvert&#xa0;; il n&apos;a donc pas été enregistré. Pour chaque champ différent, choisissez la valeur à conserver&#xa0;; le lien est ensuite enregistré par-dessus la version du serveur.</translation>
    </message>
    <message>
        <source>&amp;Save with these choices</source>
        <translation>&amp;Enregistrer avec ces choix</translation>
    </message>
</context>
<context>
    <name>odag::gui::ConnectionProbe</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation>Locataire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Signed in as: %1</source>
        <translation>Connecté en tant que&#xa0;: %1</translation>
    </message>
    <message>
        <source>Signed in as: %1 &lt;%2&gt;</source>
        <translation>Connecté en tant que&#xa0;: %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Roles: %1</source>
        <translation>Rôles&#xa0;: %1</translation>
    </message>
    <message>
        <source>ODAG service version: %1</source>
        <translation>Version du service ODAG&#xa0;: %1</translation>
    </message>
    <message>
        <source>ODAG enabled: %1</source>
        <translation>ODAG activé&#xa0;: %1</translation>
    </message>
    <message>
        <source>ODAG enabled: unknown</source>
        <translation>ODAG activé&#xa0;: inconnu</translation>
    </message>
    <message>
        <source>Dynamic views enabled: %1</source>
        <translation>Vues dynamiques activées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Can create ODAG links: %1</source>
        <translation>Peut créer des liens ODAG&#xa0;: %1</translation>
    </message>
    <message>
        <source>Can change ODAG settings: %1</source>
        <translation>Peut modifier les paramètres ODAG&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>odag::gui::ConnectionTestPanel</name>
    <message>
        <source>Cancel test</source>
        <translation>Annuler le test</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Résultat du test de connexion</translation>
    </message>
    <message>
        <source>Stop testing the connection</source>
        <translation>Arrêter le test de la connexion</translation>
    </message>
    <message>
        <source>Test the connection to see who you are signed in as, whether ODAG is enabled and what you may do.</source>
        <translation>Testez la connexion pour savoir en tant que qui vous êtes connecté, si ODAG est activé et ce que vous êtes autorisé à faire.</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>Test de la connexion à %1…</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>Le test a été annulé.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Connection works.&lt;/b&gt;</source>
        <translation>&lt;b&gt;La connexion fonctionne.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b style=&quot;color:#b3261e&quot;&gt;Connection failed.&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b style=&quot;color:#b3261e&quot;&gt;Échec de la connexion.&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
</context>
<context>
    <name>odag::gui::EngineHealthPanel</name>
    <message>
        <source>not reported</source>
        <translation>non communiqué</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 j %2 h</translation>
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
        <translation>%1 (actif depuis %2)</translation>
    </message>
    <message>
        <source>Engine health</source>
        <translation>État du moteur</translation>
    </message>
    <message>
        <source>Healthcheck figures</source>
        <translation>Indicateurs du contrôle d&apos;intégrité</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>chargement…</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>inaccessible</translation>
    </message>
    <message>
        <source>Could not reach the engine</source>
        <translation>Impossible de joindre le moteur</translation>
    </message>
    <message>
        <source>Could not read the engine health</source>
        <translation>Impossible de lire l&apos;état du moteur</translation>
    </message>
    <message>
        <source>The engine is alive but saturated: it answers new work slowly</source>
        <translation>Le moteur est actif mais saturé&#xa0;: il traite lentement les nouvelles tâches</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>committed %1 · allocated %2 · free %3</source>
        <translation>engagée %1 · allouée %2 · libre %3</translation>
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
        <translation>oui — le moteur refuse toute nouvelle tâche</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>%1 of %2 lookups (%3)</source>
        <translation>%1 recherches sur %2 (%3)</translation>
    </message>
    <message>
        <source>%1 (no lookups yet)</source>
        <translation>%1 (aucune recherche pour l&apos;instant)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version&#xa0;:</translation>
    </message>
    <message>
        <source>Running since:</source>
        <translation>En service depuis&#xa0;:</translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation>Mémoire&#xa0;:</translation>
    </message>
    <message>
        <source>CPU:</source>
        <translation>CPU&#xa0;:</translation>
    </message>
    <message>
        <source>Sessions (active / total):</source>
        <translation>Sessions (actives / total)&#xa0;:</translation>
    </message>
    <message>
        <source>Apps (active / loaded / in memory):</source>
        <translation>Applications (actives / chargées / en mémoire)&#xa0;:</translation>
    </message>
    <message>
        <source>Users (active / total):</source>
        <translation>Utilisateurs (actifs / total)&#xa0;:</translation>
    </message>
    <message>
        <source>Saturated:</source>
        <translation>Saturé&#xa0;:</translation>
    </message>
    <message>
        <source>Engine calls:</source>
        <translation>Appels au moteur&#xa0;:</translation>
    </message>
    <message>
        <source>Selections:</source>
        <translation>Sélections&#xa0;:</translation>
    </message>
    <message>
        <source>Cache hits:</source>
        <translation>Succès du cache&#xa0;:</translation>
    </message>
    <message>
        <source>Cache entries (added / replaced):</source>
        <translation>Entrées du cache (ajoutées / remplacées)&#xa0;:</translation>
    </message>
    <message>
        <source>Cache data added:</source>
        <translation>Données ajoutées au cache&#xa0;:</translation>
    </message>
</context>
<context>
    <name>odag::gui::EngineSessionModel</name>
    <message>
        <source>No app is open on this session</source>
        <translation>Aucune application n&apos;est ouverte dans cette session</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>non communiqué</translation>
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
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Keep-alive</source>
        <translation>Keep-alive</translation>
    </message>
    <message>
        <source>Session ID</source>
        <translation>ID de session</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
</context>
<context>
    <name>odag::gui::EngineSessionsPanel</name>
    <message>
        <source>loading…</source>
        <translation>chargement…</translation>
    </message>
    <message>
        <source>Engine sessions</source>
        <translation>Sessions du moteur</translation>
    </message>
    <message>
        <source>No websocket sessions are open on the engine.</source>
        <translation>Aucune session WebSocket n&apos;est ouverte sur le moteur.</translation>
    </message>
    <message numerus="yes">
        <source>%n websocket session(s) open on the engine.</source>
        <translation>
            <numerusform>%n session WebSocket ouverte sur le moteur.</numerusform>
            <numerusform>%n sessions WebSocket ouvertes sur le moteur.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sessions (%1)</source>
        <translation>Sessions (%1)</translation>
    </message>
    <message>
        <source>The sessions are not known.</source>
        <translation>Les sessions ne sont pas connues.</translation>
    </message>
    <message>
        <source>Could not list the engine sessions</source>
        <translation>Impossible de répertorier les sessions du moteur</translation>
    </message>
</context>
<context>
    <name>odag::gui::ErrorBanner</name>
    <message>
        <source>Details…</source>
        <translation>Détails…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Détails de l&apos;erreur</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>odag::gui::ExchangeLogModel</name>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>%1 (attempt %2)</source>
        <translation>%1 (tentative %2)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
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
        <translation>Essayer la &amp;sandbox</translation>
    </message>
    <message>
        <source>&amp;Add a profile…</source>
        <translation>&amp;Ajouter un profil…</translation>
    </message>
    <message>
        <source>Open the built-in sandbox tenant with demo data</source>
        <translation>Ouvrir le locataire sandbox intégré avec des données de démonstration</translation>
    </message>
    <message>
        <source>Connect to a Qlik Cloud tenant or a Qlik Sense Enterprise site (Ctrl+Shift+M)</source>
        <translation>Se connecter à un locataire Qlik Cloud ou à un site Qlik Sense Enterprise (Ctrl+Maj+M)</translation>
    </message>
    <message>
        <source>&lt;h1&gt;Welcome to ODAG Admin&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Bienvenue dans ODAG Admin&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>Administer On-Demand App Generation links and requests, spaces, apps and reloads of a Qlik tenant. Where would you like to start?</source>
        <translation>Administrez les liens et demandes de génération d&apos;applications à la demande, les espaces, les applications et les rechargements d&apos;un locataire Qlik. Par où souhaitez-vous commencer&#xa0;?</translation>
    </message>
    <message>
        <source>A local tenant with demo links, requests, apps and users. Nothing you do there touches a real tenant.</source>
        <translation>Un locataire local avec des liens, demandes, applications et utilisateurs de démonstration. Rien de ce que vous y faites n&apos;affecte un vrai locataire.</translation>
    </message>
    <message>
        <source>Connect to your Qlik Cloud tenant (API key) or Qlik Sense Enterprise site (header, certificate or Windows sign-in).</source>
        <translation>Connectez-vous à votre locataire Qlik Cloud (clé d&apos;API) ou à votre site Qlik Sense Enterprise (en-tête, certificat ou connexion Windows).</translation>
    </message>
</context>
<context>
    <name>odag::gui::GeneralPage</name>
    <message>
        <source>Link name</source>
        <translation>Nom du lien</translation>
    </message>
    <message>
        <source>Pick an app by name, or type its ID</source>
        <translation>Choisissez une application par son nom ou saisissez son ID</translation>
    </message>
    <message>
        <source>Selection app</source>
        <translation>Application de sélection</translation>
    </message>
    <message>
        <source>Template app</source>
        <translation>Application modèle</translation>
    </message>
    <message>
        <source>Sum(RowCount)</source>
        <translation>Sum(RowCount)</translation>
    </message>
    <message>
        <source>Row estimate expression</source>
        <translation>Expression d&apos;estimation des lignes</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Row estimate expression:</source>
        <translation>E&amp;xpression d&apos;estimation des lignes&#xa0;:</translation>
    </message>
    <message>
        <source>Qlik Sense Enterprise properties</source>
        <translation>Propriétés Qlik Sense Enterprise</translation>
    </message>
    <message>
        <source>Generated apps are accessible to other users</source>
        <translation>Les applications générées sont accessibles aux autres utilisateurs</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>Stream ID (empty: not published)</source>
        <translation>ID du flux (vide&#xa0;: non publiée)</translation>
    </message>
    <message>
        <source>Keep generated apps for:</source>
        <translation>Conserver les applications générées pendant&#xa0;:</translation>
    </message>
    <message>
        <source>Generated apps per user:</source>
        <translation>Applications générées par utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Publish to stream:</source>
        <translation>Publier dans le flux&#xa0;:</translation>
    </message>
    <message>
        <source>Bindings</source>
        <translation>Liaisons</translation>
    </message>
    <message>
        <source>Selection field</source>
        <translation>Champ de sélection</translation>
    </message>
    <message>
        <source>Template field</source>
        <translation>Champ du modèle</translation>
    </message>
    <message>
        <source>Selection type</source>
        <translation>Type de sélection</translation>
    </message>
    <message>
        <source>Add binding</source>
        <translation>Ajouter une liaison</translation>
    </message>
    <message>
        <source>Remove binding</source>
        <translation>Supprimer la liaison</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Propriétaire&#xa0;:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Création&#xa0;:</translation>
    </message>
    <message>
        <source>Modified:</source>
        <translation>Modification&#xa0;:</translation>
    </message>
    <message>
        <source>New link (not saved yet)</source>
        <translation>Nouveau lien (pas encore enregistré)</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>S&amp;election app:</source>
        <translation>Appl&amp;ication de sélection&#xa0;:</translation>
    </message>
    <message>
        <source>Te&amp;mplate app:</source>
        <translation>Application m&amp;odèle&#xa0;:</translation>
    </message>
    <message>
        <source>D&amp;ynamic view (charts of the template app shown in the selection app)</source>
        <translation>&amp;Vue dynamique (graphiques de l&apos;application modèle affichés dans l&apos;application de sélection)</translation>
    </message>
    <message>
        <source>Incl&amp;ude the template script in generated apps</source>
        <translation>Incl&amp;ure le script modèle dans les applications générées</translation>
    </message>
</context>
<context>
    <name>odag::gui::JsonPage</name>
    <message>
        <source>&amp;Apply JSON</source>
        <translation>Appli&amp;quer le JSON</translation>
    </message>
    <message>
        <source>Link JSON</source>
        <translation>JSON du lien</translation>
    </message>
    <message>
        <source>Use this JSON in the other tabs (Ctrl+Return)</source>
        <translation>Utiliser ce JSON dans les autres onglets (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Not JSON: %1</source>
        <translation>JSON non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>Valid link JSON; Apply to use it.</source>
        <translation>JSON de lien valide&#xa0;; appliquez-le pour l&apos;utiliser.</translation>
    </message>
    <message>
        <source>Valid link JSON.</source>
        <translation>JSON de lien valide.</translation>
    </message>
    <message>
        <source>Not a valid link: %1</source>
        <translation>Lien non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>R&amp;evert</source>
        <translation>&amp;Rétablir</translation>
    </message>
</context>
<context>
    <name>odag::gui::KeychainSecretStore</name>
    <message>
        <source>The keychain refused to read a secret: %1</source>
        <translation>Le trousseau a refusé de lire un secret&#xa0;: %1</translation>
    </message>
    <message>
        <source>The keychain refused to store a secret: %1</source>
        <translation>Le trousseau a refusé d&apos;enregistrer un secret&#xa0;: %1</translation>
    </message>
    <message>
        <source>The keychain refused to delete a secret: %1</source>
        <translation>Le trousseau a refusé de supprimer un secret&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>odag::gui::LinkBundle</name>
    <message>
        <source>The file is not valid JSON (%1).</source>
        <translation>Le fichier n&apos;est pas un JSON valide (%1).</translation>
    </message>
    <message>
        <source>The file is not an ODAG Admin link bundle: it holds no JSON object.</source>
        <translation>Le fichier n&apos;est pas un lot de liens ODAG Admin&#xa0;: il ne contient aucun objet JSON.</translation>
    </message>
    <message>
        <source>The file is not an ODAG Admin link bundle (its &quot;format&quot; is not &quot;%1&quot;).</source>
        <translation>Le fichier n&apos;est pas un lot de liens ODAG Admin (son champ «&#xa0;format&#xa0;» ne vaut pas «&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <source>The bundle has no version number.</source>
        <translation>Le lot n&apos;a pas de numéro de version.</translation>
    </message>
    <message>
        <source>The bundle was written by a newer ODAG Admin (format version %1); this one reads version %2.</source>
        <translation>Le lot a été écrit par une version plus récente d&apos;ODAG Admin (version de format %1)&#xa0;; celle-ci lit la version %2.</translation>
    </message>
    <message>
        <source>The bundle does not say which kind of tenant it comes from (source.kind is &quot;%1&quot;).</source>
        <translation>Le lot n&apos;indique pas de quel type de locataire il provient (source.kind vaut «&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <source>App %1 of the bundle has no ID or an unknown role.</source>
        <translation>L&apos;application %1 du lot n&apos;a pas d&apos;ID ou a un rôle inconnu.</translation>
    </message>
    <message>
        <source>The bundle contains no links.</source>
        <translation>Le lot ne contient aucun lien.</translation>
    </message>
    <message>
        <source>Link %1 of the bundle is not a JSON object.</source>
        <translation>Le lien %1 du lot n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <source>Link %1 of the bundle cannot be read: %2</source>
        <translation>Le lien %1 du lot ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>Link %1 of the bundle (&quot;%2&quot;) does not name its selection and template apps.</source>
        <translation>Le lien %1 du lot («&#xa0;%2&#xa0;») n&apos;indique pas ses applications de sélection et modèle.</translation>
    </message>
    <message>
        <source>No app of this tenant is chosen for the selection app &quot;%1&quot;.</source>
        <translation>Aucune application de ce locataire n&apos;est choisie pour l&apos;application de sélection «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>No app of this tenant is chosen for the template app &quot;%1&quot;.</source>
        <translation>Aucune application de ce locataire n&apos;est choisie pour l&apos;application modèle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The context-scoped properties are left out: Qlik Sense Enterprise links have none.</source>
        <translation>Les propriétés par contexte sont omises&#xa0;: les liens Qlik Sense Enterprise n&apos;en ont pas.</translation>
    </message>
    <message>
        <source>Retention and publishing settings of Qlik Sense Enterprise are left out: set the context-scoped properties after the import.</source>
        <translation>Les paramètres de conservation et de publication de Qlik Sense Enterprise sont omis&#xa0;: définissez les propriétés par contexte après l&apos;importation.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The link is %1 in the source tenant; the new link starts active.</source>
        <translation>Le lien est à l&apos;état %1 dans le locataire source&#xa0;; le nouveau lien démarre à l&apos;état actif.</translation>
    </message>
</context>
<context>
    <name>odag::gui::LinkDetailsPanel</name>
    <message>
        <source>Bindings</source>
        <translation>Liaisons</translation>
    </message>
    <message>
        <source>Template variable</source>
        <translation>Variable du modèle</translation>
    </message>
    <message>
        <source>Parameter type</source>
        <translation>Type de paramètre</translation>
    </message>
    <message>
        <source>Parameter name</source>
        <translation>Nom du paramètre</translation>
    </message>
    <message>
        <source>Selection states</source>
        <translation>États de sélection</translation>
    </message>
    <message>
        <source>Values (min–max)</source>
        <translation>Valeurs (min–max)</translation>
    </message>
    <message>
        <source>Numeric only</source>
        <translation>Numérique uniquement</translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation>Mise en forme</translation>
    </message>
    <message>
        <source>Context-scoped properties</source>
        <translation>Propriétés par contexte</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Propriété</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Links of this selection app</source>
        <translation>Liens de cette application de sélection</translation>
    </message>
    <message>
        <source>Select a link to see its details.</source>
        <translation>Sélectionnez un lien pour afficher ses détails.</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) selected. The actions apply to each of them.</source>
        <translation>
            <numerusform>%n lien sélectionné. Les actions s&apos;appliquent à celui-ci.</numerusform>
            <numerusform>%n liens sélectionnés. Les actions s&apos;appliquent à chacun d&apos;eux.</numerusform>
        </translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>chargement…</translation>
    </message>
    <message>
        <source>could not be read: %1</source>
        <translation>lecture impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>non communiqué</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>aucun résultat</translation>
    </message>
    <message numerus="yes">
        <source>apps kept %n minute(s)</source>
        <translation>
            <numerusform>applications conservées %n minute</numerusform>
            <numerusform>applications conservées %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at most %n app(s) per user</source>
        <translation>
            <numerusform>au plus %n application par utilisateur</numerusform>
            <numerusform>au plus %n applications par utilisateur</numerusform>
        </translation>
    </message>
    <message>
        <source>published to stream %1</source>
        <translation>publiées dans le flux %1</translation>
    </message>
    <message>
        <source>no limits</source>
        <translation>aucune limite</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>quote %1, delimiter %2</source>
        <translation>guillemet %1, délimiteur %2</translation>
    </message>
    <message>
        <source>Qlik Sense Enterprise links have no context-scoped properties.</source>
        <translation>Les liens Qlik Sense Enterprise n&apos;ont pas de propriétés par contexte.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 to %2 rows</source>
        <translation>%1 à %2 lignes</translation>
    </message>
    <message>
        <source>up to %1 rows</source>
        <translation>jusqu&apos;à %1 lignes</translation>
    </message>
    <message>
        <source>No selection app of this tenant uses this link.</source>
        <translation>Aucune application de sélection de ce locataire n&apos;utilise ce lien.</translation>
    </message>
    <message>
        <source>Could not read the links of the selection app: %1</source>
        <translation>Impossible de lire les liens de l&apos;application de sélection&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>%1 — you cannot access this link</source>
        <translation>%1 — vous n&apos;avez pas accès à ce lien</translation>
    </message>
    <message>
        <source>%1 (this link)</source>
        <translation>%1 (ce lien)</translation>
    </message>
    <message>
        <source>The selection app references no links.</source>
        <translation>L&apos;application de sélection ne référence aucun lien.</translation>
    </message>
    <message>
        <source>unknown: %1</source>
        <translation>inconnu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Yes, for this selection and template app</source>
        <translation>Oui, pour ces applications de sélection et modèle</translation>
    </message>
    <message>
        <source>No, not for this selection and template app</source>
        <translation>Non, pas pour ces applications de sélection et modèle</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Link ID:</source>
        <translation>ID du lien&#xa0;:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Propriétaire&#xa0;:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Création&#xa0;:</translation>
    </message>
    <message>
        <source>Modified:</source>
        <translation>Modification&#xa0;:</translation>
    </message>
    <message>
        <source>Selection app:</source>
        <translation>Application de sélection&#xa0;:</translation>
    </message>
    <message>
        <source>Template app:</source>
        <translation>Application modèle&#xa0;:</translation>
    </message>
    <message>
        <source>Row estimate:</source>
        <translation>Estimation des lignes&#xa0;:</translation>
    </message>
    <message>
        <source>Dynamic view:</source>
        <translation>Vue dynamique&#xa0;:</translation>
    </message>
    <message>
        <source>Include script:</source>
        <translation>Inclure le script&#xa0;:</translation>
    </message>
    <message>
        <source>Generated apps accessible:</source>
        <translation>Applications générées accessibles&#xa0;:</translation>
    </message>
    <message>
        <source>Your privileges:</source>
        <translation>Vos privilèges&#xa0;:</translation>
    </message>
    <message>
        <source>You can create links:</source>
        <translation>Vous pouvez créer des liens&#xa0;:</translation>
    </message>
    <message>
        <source>Retention and publishing:</source>
        <translation>Conservation et publication&#xa0;:</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no row estimate expression</comment>
        <translation>aucune</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no privileges</comment>
        <translation>aucun</translation>
    </message>
</context>
<context>
    <name>odag::gui::LinkEditor</name>
    <message>
        <source>Could not list the apps for the pickers.</source>
        <translation>Impossible de répertorier les applications pour les sélecteurs.</translation>
    </message>
    <message>
        <source>Problems found in the link</source>
        <translation>Problèmes détectés dans le lien</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <source>&amp;Bindings</source>
        <translation>&amp;Liaisons</translation>
    </message>
    <message>
        <source>&amp;Properties</source>
        <translation>&amp;Propriétés</translation>
    </message>
    <message>
        <source>Pre&amp;view as user</source>
        <translation>&amp;Aperçu en tant qu&apos;utilisateur</translation>
    </message>
    <message>
        <source>&amp;Lint</source>
        <translation>&amp;Contrôle</translation>
    </message>
    <message>
        <source>Raw &amp;JSON</source>
        <translation>&amp;JSON brut</translation>
    </message>
    <message>
        <source>Qlik Sense Enterprise link: context-scoped properties, the preview as a user, status changes and dynamic views are Qlik Cloud features, so their tabs are not shown. Bindings, retention and publishing are on the General tab.</source>
        <translation>Lien Qlik Sense Enterprise&#xa0;: les propriétés par contexte, l&apos;aperçu en tant qu&apos;utilisateur, les changements de statut et les vues dynamiques sont des fonctionnalités Qlik Cloud&#xa0;; leurs onglets ne sont donc pas affichés. Les liaisons, la conservation et la publication se trouvent dans l&apos;onglet Général.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Check and save the link (Ctrl+S)</source>
        <translation>Vérifier et enregistrer le lien (Ctrl+S)</translation>
    </message>
    <message>
        <source>D&amp;isable</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>De&amp;commission…</source>
        <translation>&amp;Mettre hors service…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Retire the link for good: a decommissioned link cannot change again</source>
        <translation>Retirer définitivement le lien&#xa0;: un lien mis hors service ne peut plus changer</translation>
    </message>
    <message>
        <source>Delete the link from the server</source>
        <translation>Supprimer le lien du serveur</translation>
    </message>
    <message>
        <source>Could not read the link.</source>
        <translation>Impossible de lire le lien.</translation>
    </message>
    <message>
        <source>Restore unsaved changes?</source>
        <translation>Restaurer les modifications non enregistrées&#xa0;?</translation>
    </message>
    <message>
        <source>Unsaved changes to this link were recovered after a crash or failed save (kept %1). Restore them? No discards them.</source>
        <translation>Des modifications non enregistrées de ce lien ont été récupérées après un plantage ou un échec d&apos;enregistrement (conservées&#xa0;: %1). Les restaurer&#xa0;? Non les abandonne.</translation>
    </message>
    <message>
        <source>Unsaved changes restored from the draft.</source>
        <translation>Modifications non enregistrées restaurées à partir du brouillon.</translation>
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
        <translation>Aucun problème détecté.</translation>
    </message>
    <message>
        <source>&amp;Lint (%1/%2)</source>
        <translation>&amp;Contrôle (%1/%2)</translation>
    </message>
    <message>
        <source>The link needs a name.</source>
        <translation>Le lien doit avoir un nom.</translation>
    </message>
    <message>
        <source>Not saved: fix the errors listed under Lint first.</source>
        <translation>Non enregistré&#xa0;: corrigez d&apos;abord les erreurs répertoriées dans l&apos;onglet Contrôle.</translation>
    </message>
    <message>
        <source>Save with warnings?</source>
        <translation>Enregistrer malgré les avertissements&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>Lint found %n warning(s) in this link (see the Lint tab). Save anyway?</source>
        <translation>
            <numerusform>Le contrôle a détecté %n avertissement dans ce lien (voir l&apos;onglet Contrôle). Enregistrer quand même&#xa0;?</numerusform>
            <numerusform>Le contrôle a détecté %n avertissements dans ce lien (voir l&apos;onglet Contrôle). Enregistrer quand même&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>The link was not saved.</source>
        <translation>Le lien n&apos;a pas été enregistré.</translation>
    </message>
    <message>
        <source>Could not check whether you may create this link.</source>
        <translation>Impossible de vérifier si vous êtes autorisé à créer ce lien.</translation>
    </message>
    <message>
        <source>Not created: the tenant does not let you create ODAG links for this selection app and template app. Your edits are kept.</source>
        <translation>Non créé&#xa0;: le locataire ne vous autorise pas à créer des liens ODAG pour ces applications de sélection et modèle. Vos modifications sont conservées.</translation>
    </message>
    <message>
        <source>The link was not created.</source>
        <translation>Le lien n&apos;a pas été créé.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Saved. The server said: %1</source>
        <translation>Enregistré. Le serveur a indiqué&#xa0;: %1</translation>
    </message>
    <message>
        <source>The link changed on the server and could not be read again.</source>
        <translation>Le lien a été modifié sur le serveur et n&apos;a pas pu être relu.</translation>
    </message>
    <message>
        <source>The merged link is not valid: %1</source>
        <translation>Le lien fusionné n&apos;est pas valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not saved: the link changed on the server. Your edits are kept; save again to compare them with the server&apos;s version.</source>
        <translation>Non enregistré&#xa0;: le lien a été modifié sur le serveur. Vos modifications sont conservées&#xa0;; enregistrez de nouveau pour les comparer à la version du serveur.</translation>
    </message>
    <message>
        <source>Decommission link?</source>
        <translation>Mettre le lien hors service&#xa0;?</translation>
    </message>
    <message>
        <source>Decommission “%1”? Users can no longer generate apps from it, and a decommissioned link cannot be activated again.</source>
        <translation>Mettre «&#xa0;%1&#xa0;» hors service&#xa0;? Les utilisateurs ne pourront plus générer d&apos;applications à partir de ce lien, et un lien mis hors service ne peut plus être réactivé.</translation>
    </message>
    <message>
        <source>The status was not changed.</source>
        <translation>Le statut n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut&#xa0;: %1</translation>
    </message>
    <message>
        <source>Delete link?</source>
        <translation>Supprimer le lien&#xa0;?</translation>
    </message>
    <message>
        <source>Delete the link “%1” from the server? This cannot be undone.</source>
        <translation>Supprimer le lien «&#xa0;%1&#xa0;» du serveur&#xa0;? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>The link was not deleted.</source>
        <translation>Le lien n&apos;a pas été supprimé.</translation>
    </message>
    <message>
        <source>The link was deleted.</source>
        <translation>Le lien a été supprimé.</translation>
    </message>
    <message>
        <source>Ac&amp;tivate</source>
        <translation>Ac&amp;tiver</translation>
    </message>
</context>
<context>
    <name>odag::gui::LinkEditorDialog</name>
    <message>
        <source>New link</source>
        <translation>Nouveau lien</translation>
    </message>
    <message>
        <source>Link: %1</source>
        <translation>Lien&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (unsaved)</source>
        <translation>%1 (non enregistré)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The link has unsaved changes. Save them before closing?</source>
        <translation>Le lien comporte des modifications non enregistrées. Les enregistrer avant de fermer&#xa0;?</translation>
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
        <translation>Lien</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Échecs</translation>
    </message>
    <message>
        <source>Failure rate</source>
        <translation>Taux d&apos;échec</translation>
    </message>
    <message>
        <source>Median load</source>
        <translation>Chargement médian</translation>
    </message>
    <message>
        <source>95th percentile</source>
        <translation>95e centile</translation>
    </message>
    <message>
        <source>Last request</source>
        <translation>Dernière demande</translation>
    </message>
</context>
<context>
    <name>odag::gui::LinksFilterBar</name>
    <message>
        <source>Filter by status</source>
        <translation>Filtrer par statut</translation>
    </message>
    <message>
        <source>Filter by owner</source>
        <translation>Filtrer par propriétaire</translation>
    </message>
    <message>
        <source>Filter by selection app</source>
        <translation>Filtrer par application de sélection</translation>
    </message>
    <message>
        <source>Filter by type</source>
        <translation>Filtrer par type</translation>
    </message>
    <message>
        <source>Search name, ID, app or owner (Ctrl+F)</source>
        <translation>Rechercher un nom, un ID, une application ou un propriétaire (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search links</source>
        <translation>Rechercher des liens</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Links and dynamic views</source>
        <translation>Liens et vues dynamiques</translation>
    </message>
    <message>
        <source>Links only</source>
        <translation>Liens uniquement</translation>
    </message>
    <message>
        <source>Dynamic views only</source>
        <translation>Vues dynamiques uniquement</translation>
    </message>
    <message>
        <source>Qlik Sense Enterprise has no link status changes: delete a link to retire it.</source>
        <translation>Qlik Sense Enterprise ne permet pas de changer le statut des liens&#xa0;: supprimez un lien pour le retirer.</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Tous les propriétaires</translation>
    </message>
    <message>
        <source>Any selection app</source>
        <translation>Toutes les applications de sélection</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n lien</numerusform>
            <numerusform>%n liens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n link(s)</source>
        <translation>
            <numerusform>%1 sur %n lien</numerusform>
            <numerusform>%1 sur %n liens</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>odag::gui::LinksModel</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Link ID: %1</source>
        <translation>ID du lien&#xa0;: %1</translation>
    </message>
    <message>
        <source>No selection app uses this link</source>
        <translation>Aucune application de sélection n&apos;utilise ce lien</translation>
    </message>
    <message>
        <source>App ID: %1</source>
        <translation>ID de l&apos;application&#xa0;: %1</translation>
    </message>
    <message>
        <source>User ID: %1</source>
        <translation>ID utilisateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Counting the requests not finished yet</source>
        <translation>Comptage des demandes non encore terminées</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Selection app</source>
        <translation>Application de sélection</translation>
    </message>
    <message>
        <source>Template app</source>
        <translation>Application modèle</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Dynamic view</source>
        <translation>Vue dynamique</translation>
    </message>
    <message>
        <source>Pending requests</source>
        <translation>Demandes en attente</translation>
    </message>
</context>
<context>
    <name>odag::gui::LinksWorkspace</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>Stop after the current link (Esc)</source>
        <translation>Arrêter après le lien en cours (Échap)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>New link</source>
        <translation>Nouveau lien</translation>
    </message>
    <message>
        <source>Create a link</source>
        <translation>Créer un lien</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Edit the selected link</source>
        <translation>Modifier le lien sélectionné</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Activer</translation>
    </message>
    <message>
        <source>Let users generate apps from the selected links again</source>
        <translation>Permettre de nouveau aux utilisateurs de générer des applications à partir des liens sélectionnés</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Stop new requests on the selected links for now</source>
        <translation>Suspendre temporairement les nouvelles demandes sur les liens sélectionnés</translation>
    </message>
    <message>
        <source>Decommission…</source>
        <translation>Mettre hors service…</translation>
    </message>
    <message>
        <source>Retire the selected links for good</source>
        <translation>Retirer définitivement les liens sélectionnés</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Delete the selected links</source>
        <translation>Supprimer les liens sélectionnés</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Save the selected links to a bundle file</source>
        <translation>Enregistrer les liens sélectionnés dans un fichier de lot</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Create links from a bundle file, with the apps of this tenant</source>
        <translation>Créer des liens à partir d&apos;un fichier de lot, avec les applications de ce locataire</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Read the links from the tenant again</source>
        <translation>Relire les liens du locataire</translation>
    </message>
    <message>
        <source>Could not read the links</source>
        <translation>Impossible de lire les liens</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) read</source>
        <translation>
            <numerusform>%n lien lu</numerusform>
            <numerusform>%n liens lus</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not count the pending requests</source>
        <translation>Impossible de compter les demandes en attente</translation>
    </message>
    <message>
        <source>Could not check whether you may create links: %1</source>
        <translation>Impossible de vérifier si vous êtes autorisé à créer des liens&#xa0;: %1</translation>
    </message>
    <message>
        <source>You may not create links on this tenant.</source>
        <translation>Vous n&apos;êtes pas autorisé à créer des liens sur ce locataire.</translation>
    </message>
    <message>
        <source>Select one or more links.</source>
        <translation>Sélectionnez un ou plusieurs liens.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is decommissioned: a decommissioned link cannot change status again.</source>
        <translation>«&#xa0;%1&#xa0;» est hors service&#xa0;: un lien mis hors service ne peut plus changer de statut.</translation>
    </message>
    <message>
        <source>You may not change &quot;%1&quot;: only its owner or an administrator can.</source>
        <translation>Vous n&apos;êtes pas autorisé à modifier «&#xa0;%1&#xa0;»&#xa0;: seul son propriétaire ou un administrateur le peut.</translation>
    </message>
    <message>
        <source>The link is already %1.</source>
        <translation>Le lien est déjà à l&apos;état %1.</translation>
    </message>
    <message>
        <source>The selected links are already %1.</source>
        <translation>Les liens sélectionnés sont déjà à l&apos;état %1.</translation>
    </message>
    <message>
        <source>Wait for the running action to finish.</source>
        <translation>Attendez la fin de l&apos;action en cours.</translation>
    </message>
    <message>
        <source>Select one link to edit.</source>
        <translation>Sélectionnez un seul lien à modifier.</translation>
    </message>
    <message>
        <source>Select the links to export.</source>
        <translation>Sélectionnez les liens à exporter.</translation>
    </message>
    <message>
        <source>Decommission &quot;%1&quot;? Users can no longer generate apps from it, and a decommissioned link cannot be activated again.</source>
        <translation>Mettre «&#xa0;%1&#xa0;» hors service&#xa0;? Les utilisateurs ne pourront plus générer d&apos;applications à partir de ce lien, et un lien mis hors service ne peut plus être réactivé.</translation>
    </message>
    <message numerus="yes">
        <source>Decommission %n link(s)? Users can no longer generate apps from them, and a decommissioned link cannot be activated again.</source>
        <translation>
            <numerusform>Mettre %n lien hors service&#xa0;? Les utilisateurs ne pourront plus générer d&apos;applications à partir de ce lien, et un lien mis hors service ne peut plus être réactivé.</numerusform>
            <numerusform>Mettre %n liens hors service&#xa0;? Les utilisateurs ne pourront plus générer d&apos;applications à partir de ces liens, et un lien mis hors service ne peut plus être réactivé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Decommission links</source>
        <translation>Mettre des liens hors service</translation>
    </message>
    <message>
        <source>Decommission</source>
        <translation>Mettre hors service</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;? This cannot be undone. Apps already generated from it and its requests stay.</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»&#xa0;? Cette action est irréversible. Les applications déjà générées à partir de ce lien et ses demandes sont conservées.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n link(s)? This cannot be undone. Apps already generated from them and their requests stay.</source>
        <translation>
            <numerusform>Supprimer %n lien&#xa0;? Cette action est irréversible. Les applications déjà générées à partir de ce lien et ses demandes sont conservées.</numerusform>
            <numerusform>Supprimer %n liens&#xa0;? Cette action est irréversible. Les applications déjà générées à partir de ces liens et leurs demandes sont conservées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete links</source>
        <translation>Supprimer des liens</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n link(s)…</source>
        <translation>
            <numerusform>%1&#xa0;: %n lien…</numerusform>
            <numerusform>%1&#xa0;: %n liens…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: failed — %2</source>
        <translation>%1&#xa0;: échec — %2</translation>
    </message>
    <message>
        <source>%1: deleted</source>
        <translation>%1&#xa0;: supprimé</translation>
    </message>
    <message>
        <source>%1: now %2</source>
        <translation>%1&#xa0;: désormais %2</translation>
    </message>
    <message>
        <source>%1: not changed</source>
        <translation>%1&#xa0;: non modifié</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n link(s) changed</source>
        <translation>
            <numerusform>%1&#xa0;: %n lien modifié</numerusform>
            <numerusform>%1&#xa0;: %n liens modifiés</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not change &quot;%1&quot;</source>
        <translation>Impossible de modifier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>%1 failed for %n link(s)</source>
        <translation>
            <numerusform>%1&#xa0;: échec pour %n lien</numerusform>
            <numerusform>%1&#xa0;: échec pour %n liens</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — results per link:

%2</source>
        <translation>%1 — résultats par lien&#xa0;:

%2</translation>
    </message>
    <message>
        <source>odag-links-%1.json</source>
        <translation>odag-links-%1.json</translation>
    </message>
    <message>
        <source>Export links</source>
        <translation>Exporter des liens</translation>
    </message>
    <message>
        <source>Link bundles (*.json);;All files (*)</source>
        <translation>Lots de liens (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) exported to %1</source>
        <translation>
            <numerusform>%n lien exporté vers %1</numerusform>
            <numerusform>%n liens exportés vers %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Import links</source>
        <translation>Importer des liens</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 cannot be imported.

%2</source>
        <translation>Impossible d&apos;importer %1.

%2</translation>
    </message>
</context>
<context>
    <name>odag::gui::LogPane</name>
    <message>
        <source>Filter by method, status or URL</source>
        <translation>Filtrer par méthode, statut ou URL</translation>
    </message>
    <message>
        <source>Log filter</source>
        <translation>Filtre du journal</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>HTTP exchanges</source>
        <translation>Échanges HTTP</translation>
    </message>
</context>
<context>
    <name>odag::gui::MainWindow</name>
    <message>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <source>HTTP log</source>
        <translation>Journal HTTP</translation>
    </message>
    <message>
        <source>ODAG Admin</source>
        <translation>ODAG Admin</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Espaces de travail</translation>
    </message>
    <message>
        <source>ODAG Admin — %1</source>
        <translation>ODAG Admin — %1</translation>
    </message>
    <message>
        <source>Connected to %1 (%2)</source>
        <translation>Connecté à %1 (%2)</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Connecting to %1…&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Connexion à %1…&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Could not connect to %1&lt;/h2&gt;&lt;p&gt;%2&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Impossible de se connecter à %1&lt;/h2&gt;&lt;p&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>HTTP &amp;log</source>
        <translation>&amp;Journal HTTP</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;About ODAG Admin</source>
        <translation>À &amp;propos d&apos;ODAG Admin</translation>
    </message>
    <message>
        <source>About ODAG Admin</source>
        <translation>À propos d&apos;ODAG Admin</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Calls this minute: Tier 1 %1/%2 · Tier 2 %3/%4</source>
        <translation>Appels dans la minute&#xa0;: Tier 1 %1/%2 · Tier 2 %3/%4</translation>
    </message>
    <message>
        <source>Connection profile</source>
        <translation>Profil de connexion</translation>
    </message>
    <message>
        <source>The tenant this window works on. Choose another profile to switch.</source>
        <translation>Le tenant sur lequel travaille cette fenêtre. Choisissez un autre profil pour changer.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Connected to %1 (%2) as %3</source>
        <translation>Connecté à %1 (%2) en tant que %3</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>Apps</source>
        <translation>Applications</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>Spaces</source>
        <translation>Espaces</translation>
    </message>
    <message>
        <source>Reloads</source>
        <translation>Rechargements</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>ODAG Admin shows the new language after a restart. Restart now?</source>
        <translation>ODAG Admin affiche la nouvelle langue après un redémarrage. Redémarrer maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>ODAG Admin could not restart itself. Start it again to see the new language.</source>
        <translation>ODAG Admin n&apos;a pas pu redémarrer. Relancez-le pour voir la nouvelle langue.</translation>
    </message>
    <message>
        <source>&amp;Manage profiles…</source>
        <translation>&amp;Gérer les profils…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ODAG Admin %1&lt;/h3&gt;&lt;p&gt;Administration of Qlik On-Demand App Generation links, requests, spaces, apps and reloads.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running with Qt %3.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License v3 or later.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%4&quot;&gt;%4&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ODAG Admin %1&lt;/h3&gt;&lt;p&gt;Administration des liens, demandes, espaces, applications et rechargements de la génération d&apos;applications à la demande de Qlik.&lt;/p&gt;&lt;p&gt;Compilé avec Qt %2, exécuté avec Qt %3.&lt;/p&gt;&lt;p&gt;Sous licence GNU General Public License v3 ou ultérieure.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%4&quot;&gt;%4&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>odag::gui::NameFormatEditor</name>
    <message>
        <source>{0} for {1}</source>
        <translation>{0} pour {1}</translation>
    </message>
    <message>
        <source>templateAppName, userId, curYear…</source>
        <translation>templateAppName, userId, curYear…</translation>
    </message>
    <message>
        <source>Name format</source>
        <translation>Format du nom</translation>
    </message>
    <message>
        <source>Name parameters</source>
        <translation>Paramètres du nom</translation>
    </message>
    <message>
        <source>Comma-separated: templateAppName, userId, curYear, curMonth, curDay, curHr, curMin, curSec. {0} is the first.</source>
        <translation>Séparés par des virgules&#xa0;: templateAppName, userId, curYear, curMonth, curDay, curHr, curMin, curSec. {0} désigne le premier.</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <source>Parameters:</source>
        <translation>Paramètres&#xa0;:</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Aperçu&#xa0;:</translation>
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
        <translation>Se connecter à %1</translation>
    </message>
    <message>
        <source>Waiting for the browser</source>
        <translation>En attente du navigateur</translation>
    </message>
    <message>
        <source>If your browser did not open, copy this address into it:</source>
        <translation>Si votre navigateur ne s&apos;est pas ouvert, copiez-y cette adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation>Adresse de connexion</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the sign-in address to the clipboard</source>
        <translation>Copier l&apos;adresse de connexion dans le presse-papiers</translation>
    </message>
    <message>
        <source>&amp;Open browser again</source>
        <translation>Rouvrir le &amp;navigateur</translation>
    </message>
    <message>
        <source>Open the sign-in page in the system browser again</source>
        <translation>Rouvrir la page de connexion dans le navigateur du système</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Start the sign-in again</source>
        <translation>Relancer la connexion</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop waiting for the browser</source>
        <translation>Ne plus attendre le navigateur</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close without signing in</source>
        <translation>Fermer sans se connecter</translation>
    </message>
    <message>
        <source>The browser could not be opened. Copy the address below into your browser to sign in.</source>
        <translation>Le navigateur n&apos;a pas pu être ouvert. Copiez l&apos;adresse ci-dessous dans votre navigateur pour vous connecter.</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in your browser…</source>
        <translation>En attente de votre connexion dans le navigateur…</translation>
    </message>
    <message>
        <source>The sign-in did not succeed: %1</source>
        <translation>La connexion a échoué&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>odag::gui::OdagAppListModel</name>
    <message>
        <source>%1
ID: %2</source>
        <translation>%1
ID&#xa0;: %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
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
        <translation>Applications de sélection</translation>
    </message>
    <message>
        <source>Template apps</source>
        <translation>Applications modèles</translation>
    </message>
    <message>
        <source>Generated apps</source>
        <translation>Applications générées</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 sur %3)</translation>
    </message>
    <message>
        <source>Could not list the selection apps</source>
        <translation>Impossible de répertorier les applications de sélection</translation>
    </message>
    <message>
        <source>Could not list the template apps</source>
        <translation>Impossible de répertorier les applications modèles</translation>
    </message>
    <message>
        <source>Could not list the generated apps</source>
        <translation>Impossible de répertorier les applications générées</translation>
    </message>
    <message>
        <source>Filter by name or ID</source>
        <translation>Filtrer par nom ou ID</translation>
    </message>
    <message>
        <source>Filter ODAG apps</source>
        <translation>Filtrer les applications ODAG</translation>
    </message>
    <message>
        <source>Shows only the apps whose name or ID contains this text</source>
        <translation>Affiche uniquement les applications dont le nom ou l&apos;ID contient ce texte</translation>
    </message>
    <message>
        <source>The apps users make selections in before they generate an app: the selection apps of the tenant&apos;s navigation links.</source>
        <translation>Les applications dans lesquelles les utilisateurs effectuent des sélections avant de générer une application&#xa0;: les applications de sélection des liens de navigation du locataire.</translation>
    </message>
    <message>
        <source>The apps that are copied and loaded with the user&apos;s selections for each request.</source>
        <translation>Les applications copiées et chargées avec les sélections de l&apos;utilisateur pour chaque demande.</translation>
    </message>
    <message>
        <source>The apps generated by requests that you can see.</source>
        <translation>Les applications générées par les demandes que vous pouvez voir.</translation>
    </message>
    <message>
        <source>Copy ID</source>
        <translation>Copier l&apos;ID</translation>
    </message>
    <message>
        <source>ODAG apps (%1)</source>
        <translation>Applications ODAG (%1)</translation>
    </message>
    <message>
        <source>ODAG apps</source>
        <translation>Applications ODAG</translation>
    </message>
</context>
<context>
    <name>odag::gui::OdagSettingsPanel</name>
    <message>
        <source>On-demand app generation</source>
        <translation>Génération d&apos;applications à la demande</translation>
    </message>
    <message>
        <source>Dynamic views</source>
        <translation>Vues dynamiques</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>On-demand app generation enabled</source>
        <translation>Génération d&apos;applications à la demande activée</translation>
    </message>
    <message>
        <source>Dynamic views enabled</source>
        <translation>Vues dynamiques activées</translation>
    </message>
    <message>
        <source>Send the changed settings to the tenant (Ctrl+S)</source>
        <translation>Envoyer les paramètres modifiés au locataire (Ctrl+S)</translation>
    </message>
    <message>
        <source>Go back to the settings the tenant has</source>
        <translation>Revenir aux paramètres actuels du locataire</translation>
    </message>
    <message>
        <source>Users can generate apps on demand from navigation links.</source>
        <translation>Les utilisateurs peuvent générer des applications à la demande à partir de liens de navigation.</translation>
    </message>
    <message>
        <source>Users can add dynamic views: charts of a template app fed by the selections made in another app.</source>
        <translation>Les utilisateurs peuvent ajouter des vues dynamiques&#xa0;: des graphiques d&apos;une application modèle alimentés par les sélections effectuées dans une autre application.</translation>
    </message>
    <message>
        <source>Could not read the ODAG settings</source>
        <translation>Impossible de lire les paramètres ODAG</translation>
    </message>
    <message>
        <source>Could not find out whether you may change the ODAG settings</source>
        <translation>Impossible de déterminer si vous êtes autorisé à modifier les paramètres ODAG</translation>
    </message>
    <message>
        <source>Only tenant administrators can view or change the ODAG settings.</source>
        <translation>Seuls les administrateurs du locataire peuvent afficher ou modifier les paramètres ODAG.</translation>
    </message>
    <message>
        <source>Could not find out whether you may change these settings.</source>
        <translation>Impossible de déterminer si vous êtes autorisé à modifier ces paramètres.</translation>
    </message>
    <message>
        <source>The current settings could not be read, so they cannot be changed now.</source>
        <translation>Les paramètres actuels n&apos;ont pas pu être lus&#xa0;; ils ne peuvent donc pas être modifiés pour le moment.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>You can change these settings.</source>
        <translation>Vous pouvez modifier ces paramètres.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Saved at %1.</source>
        <translation>Enregistré à %1.</translation>
    </message>
    <message>
        <source>ODAG settings saved</source>
        <translation>Paramètres ODAG enregistrés</translation>
    </message>
    <message>
        <source>Could not save the ODAG settings</source>
        <translation>Impossible d&apos;enregistrer les paramètres ODAG</translation>
    </message>
    <message>
        <source>R&amp;evert</source>
        <translation>&amp;Rétablir</translation>
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
        <translation>Propriété</translation>
    </message>
    <message>
        <source>Value for this user</source>
        <translation>Valeur pour cet utilisateur</translation>
    </message>
    <message>
        <source>Supplied by</source>
        <translation>Fournie par</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Property values for the user</source>
        <translation>Valeurs des propriétés pour l&apos;utilisateur</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation>&amp;Nom d&apos;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Roles (comma-separated):</source>
        <translation>&amp;Rôles (séparés par des virgules)&#xa0;:</translation>
    </message>
    <message>
        <source>The most specific matching context wins (one user, then a group or role, then User_*). Contexts the app cannot interpret never supply a value here; the real service might use them.</source>
        <translation>Le contexte correspondant le plus spécifique l&apos;emporte (un utilisateur, puis un groupe ou un rôle, puis User_*). Les contextes que l&apos;application ne peut pas interpréter ne fournissent jamais de valeur ici&#xa0;; le service réel pourrait les utiliser.</translation>
    </message>
    <message>
        <source>no matching context (default)</source>
        <translation>aucun contexte correspondant (par défaut)</translation>
    </message>
    <message>
        <source>not set (default)</source>
        <translation>non défini (par défaut)</translation>
    </message>
    <message>
        <source>Several equally specific contexts match with different values</source>
        <translation>Plusieurs contextes de même spécificité correspondent avec des valeurs différentes</translation>
    </message>
    <message>
        <source>Several matching contexts give different values</source>
        <translation>Plusieurs contextes correspondants donnent des valeurs différentes</translation>
    </message>
    <message>
        <source>A context that may match would give another value</source>
        <translation>Un contexte susceptible de correspondre donnerait une autre valeur</translation>
    </message>
    <message>
        <source>Not interpreted: %1</source>
        <translation>Non interprété&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;User ID:</source>
        <translation>&amp;ID utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Gr&amp;oups (comma-separated):</source>
        <translation>Gro&amp;upes (séparés par des virgules)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>odag::gui::ProfileEditor</name>
    <message>
        <source>Profile name</source>
        <translation>Nom du profil</translation>
    </message>
    <message>
        <source>Tenant address</source>
        <translation>Adresse du locataire</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>New connection profile</source>
        <translation>Nouveau profil de connexion</translation>
    </message>
    <message>
        <source>Edit profile %1</source>
        <translation>Modifier le profil %1</translation>
    </message>
    <message>
        <source>Kind of tenant</source>
        <translation>Type de locataire</translation>
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
        <translation>Méthode de connexion</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Sign in with:</source>
        <translation>&amp;Se connecter avec&#xa0;:</translation>
    </message>
    <message>
        <source>Keys and passwords are kept in the system keychain, never in the settings file.</source>
        <translation>Les clés et mots de passe sont conservés dans le trousseau du système, jamais dans le fichier de paramètres.</translation>
    </message>
    <message>
        <source>This computer has no keychain: keys and passwords are kept only until ODAG Admin quits.</source>
        <translation>Cet ordinateur n&apos;a pas de trousseau&#xa0;: les clés et mots de passe ne sont conservés que jusqu&apos;à la fermeture d&apos;ODAG Admin.</translation>
    </message>
    <message>
        <source>Connect with what is typed here, without saving (Ctrl+T)</source>
        <translation>Se connecter avec les valeurs saisies ici, sans enregistrer (Ctrl+T)</translation>
    </message>
    <message>
        <source>Sign-in details</source>
        <translation>Informations de connexion</translation>
    </message>
    <message>
        <source>Stored — leave empty to keep</source>
        <translation>Enregistré — laisser vide pour conserver</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Choose the PEM private key file</source>
        <translation>Choisir le fichier de clé privée PEM</translation>
    </message>
    <message>
        <source>Choose the certificate file (PEM, PFX or P12)</source>
        <translation>Choisir le fichier de certificat (PEM, PFX ou P12)</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Clé privée</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>Certificat client</translation>
    </message>
    <message>
        <source>PEM keys (*.pem *.key);;All files (*)</source>
        <translation>Clés PEM (*.pem *.key);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.pfx *.p12);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer *.pfx *.p12);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d&apos;API</translation>
    </message>
    <message>
        <source>An API key made in the tenant&apos;s profile settings (Settings › API keys)</source>
        <translation>Une clé d&apos;API créée dans les paramètres de profil du locataire (Paramètres › Clés d&apos;API)</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clé d&apos;API&#xa0;:</translation>
    </message>
    <message>
        <source>OAuth client ID</source>
        <translation>ID client OAuth</translation>
    </message>
    <message>
        <source>Redirect port</source>
        <translation>Port de redirection</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>n&apos;importe quel port libre</translation>
    </message>
    <message>
        <source>OAuth &amp;client ID:</source>
        <translation>ID &amp;client OAuth&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Redirect port:</source>
        <translation>Port de &amp;redirection&#xa0;:</translation>
    </message>
    <message>
        <source>Header name</source>
        <translation>Nom de l&apos;en-tête</translation>
    </message>
    <message>
        <source>The header the virtual proxy reads the user from</source>
        <translation>L&apos;en-tête dans lequel le proxy virtuel lit l&apos;utilisateur</translation>
    </message>
    <message>
        <source>User directory</source>
        <translation>Répertoire d&apos;utilisateurs</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>ID utilisateur</translation>
    </message>
    <message>
        <source>&amp;Header:</source>
        <translation>&amp;En-tête&#xa0;:</translation>
    </message>
    <message>
        <source>User &amp;directory:</source>
        <translation>&amp;Répertoire d&apos;utilisateurs&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User ID:</source>
        <translation>&amp;ID utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>Fichier de certificat</translation>
    </message>
    <message>
        <source>Private key file</source>
        <translation>Fichier de clé privée</translation>
    </message>
    <message>
        <source>Empty for a PFX/P12 file</source>
        <translation>Vide pour un fichier PFX/P12</translation>
    </message>
    <message>
        <source>Certificate password</source>
        <translation>Mot de passe du certificat</translation>
    </message>
    <message>
        <source>&amp;Certificate:</source>
        <translation>&amp;Certificat&#xa0;:</translation>
    </message>
    <message>
        <source>Private &amp;key:</source>
        <translation>Clé &amp;privée&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>Windows user</source>
        <translation>Utilisateur Windows</translation>
    </message>
    <message>
        <source>DOMAIN\user</source>
        <translation>DOMAINE\utilisateur</translation>
    </message>
    <message>
        <source>Windows password</source>
        <translation>Mot de passe Windows</translation>
    </message>
    <message>
        <source>&amp;Windows user:</source>
        <translation>&amp;Utilisateur Windows&#xa0;:</translation>
    </message>
    <message>
        <source>OAuth sign-in in the browser</source>
        <translation>Connexion OAuth dans le navigateur</translation>
    </message>
    <message>
        <source>Header authentication (virtual proxy)</source>
        <translation>Authentification par en-tête (proxy virtuel)</translation>
    </message>
    <message>
        <source>Windows (NTLM)</source>
        <translation>Windows (NTLM)</translation>
    </message>
    <message>
        <source>The address of the Qlik Cloud tenant, as in the browser.</source>
        <translation>L&apos;adresse du locataire Qlik Cloud, telle qu&apos;affichée dans le navigateur.</translation>
    </message>
    <message>
        <source>The Qlik Sense server with its virtual proxy prefix, if any; without /api/odag/v1.</source>
        <translation>Le serveur Qlik Sense avec le préfixe de son proxy virtuel, le cas échéant&#xa0;; sans /api/odag/v1.</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Donnez un nom au profil.</translation>
    </message>
    <message>
        <source>Another profile is already called %1.</source>
        <translation>Un autre profil s&apos;appelle déjà %1.</translation>
    </message>
    <message>
        <source>Enter the tenant&apos;s address.</source>
        <translation>Saisissez l&apos;adresse du locataire.</translation>
    </message>
    <message>
        <source>This is not a web address: expected https://host.</source>
        <translation>Ceci n&apos;est pas une adresse web&#xa0;: format attendu https://hôte.</translation>
    </message>
    <message>
        <source>Enter the API key.</source>
        <translation>Saisissez la clé d&apos;API.</translation>
    </message>
    <message>
        <source>Enter the OAuth client ID registered in the tenant.</source>
        <translation>Saisissez l&apos;ID client OAuth enregistré dans le locataire.</translation>
    </message>
    <message>
        <source>Enter the header name (usually X-Qlik-User).</source>
        <translation>Saisissez le nom de l&apos;en-tête (généralement X-Qlik-User).</translation>
    </message>
    <message>
        <source>Enter the user ID.</source>
        <translation>Saisissez l&apos;ID utilisateur.</translation>
    </message>
    <message>
        <source>Enter the user directory.</source>
        <translation>Saisissez le répertoire d&apos;utilisateurs.</translation>
    </message>
    <message>
        <source>Choose the certificate file.</source>
        <translation>Choisissez le fichier de certificat.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Le fichier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Enter the Windows user as DOMAIN\user.</source>
        <translation>Saisissez l&apos;utilisateur Windows sous la forme DOMAINE\utilisateur.</translation>
    </message>
    <message>
        <source>Enter the Windows password.</source>
        <translation>Saisissez le mot de passe Windows.</translation>
    </message>
    <message>
        <source>The profile was not saved: %1</source>
        <translation>Le profil n&apos;a pas été enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>odag::gui::ProfileManagerDialog</name>
    <message>
        <source>API key</source>
        <translation>Clé d&apos;API</translation>
    </message>
    <message>
        <source>OAuth sign-in</source>
        <translation>Connexion OAuth</translation>
    </message>
    <message>
        <source>Header authentication</source>
        <translation>Authentification par en-tête</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>Certificat client</translation>
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
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>Add a connection profile (Ctrl+N)</source>
        <translation>Ajouter un profil de connexion (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit the selected profile</source>
        <translation>Modifier le profil sélectionné</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>Copy the selected profile with its settings and secrets</source>
        <translation>Copier le profil sélectionné avec ses paramètres et ses secrets</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Remove the selected profile with its secrets (Del)</source>
        <translation>Supprimer le profil sélectionné avec ses secrets (Suppr)</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Connect with the selected profile and show what it may do (Ctrl+T)</source>
        <translation>Se connecter avec le profil sélectionné et afficher ce qu&apos;il permet de faire (Ctrl+T)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Open the selected profile in the window</source>
        <translation>Ouvrir le profil sélectionné dans la fenêtre</translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation>Profils de connexion</translation>
    </message>
    <message>
        <source>%1 (built in)</source>
        <translation>%1 (intégré)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Built-in profiles cannot be copied: the sandbox&apos;s address changes every time ODAG Admin starts.</source>
        <translation>Les profils intégrés ne peuvent pas être copiés&#xa0;: l&apos;adresse de la sandbox change à chaque démarrage d&apos;ODAG Admin.</translation>
    </message>
    <message>
        <source>No profile is selected.</source>
        <translation>Aucun profil n&apos;est sélectionné.</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1&lt;br&gt;%2&lt;br&gt;Sign in with: %3&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1&lt;br&gt;%2&lt;br&gt;Connexion avec&#xa0;: %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Built in: always there, not editable.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Intégré&#xa0;: toujours présent, non modifiable.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;%n trusted server certificate(s).&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%n certificat de serveur approuvé.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%n certificats de serveur approuvés.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Nouveau profil</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>Copied %1 with its settings and secrets as %2.</source>
        <translation>%1 copié avec ses paramètres et ses secrets sous le nom %2.</translation>
    </message>
    <message>
        <source>The copy has no secrets: %1</source>
        <translation>La copie n&apos;a pas de secrets&#xa0;: %1</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <source>Remove the profile %1 with its stored key or password and its trusted certificates? This cannot be undone.</source>
        <translation>Supprimer le profil %1 avec sa clé ou son mot de passe enregistré et ses certificats approuvés&#xa0;? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>The profile %1 is removed, but a secret stayed in the keychain: %2</source>
        <translation>Le profil %1 est supprimé, mais un secret est resté dans le trousseau&#xa0;: %2</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 supprimé.</translation>
    </message>
</context>
<context>
    <name>odag::gui::PropertiesPage</name>
    <message>
        <source>&amp;Add context</source>
        <translation>Aj&amp;outer un contexte</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Supp&amp;rimer</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Vers le &amp;haut</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Vers le &amp;bas</translation>
    </message>
    <message>
        <source>Context-scoped properties</source>
        <translation>Propriétés par contexte</translation>
    </message>
    <message>
        <source>User_*, User.group = Sales, User.role = Analyzer…</source>
        <translation>User_*, User.group = Sales, User.role = Analyzer…</translation>
    </message>
    <message>
        <source>New context expression</source>
        <translation>Nouvelle expression de contexte</translation>
    </message>
    <message>
        <source>Add a row for the context typed beside it</source>
        <translation>Ajouter une ligne pour le contexte saisi à côté</translation>
    </message>
    <message>
        <source>Remove the selected context and all its entries</source>
        <translation>Supprimer le contexte sélectionné et toutes ses entrées</translation>
    </message>
    <message>
        <source>Remove the selected property&apos;s entry for this context (Delete)</source>
        <translation>Supprimer l&apos;entrée de la propriété sélectionnée pour ce contexte (Suppr)</translation>
    </message>
    <message>
        <source>Each property is a list of {context, value} entries. One row per context; an empty cell means the property has no entry for that context. Double-click a cell to edit it.</source>
        <translation>Chaque propriété est une liste d&apos;entrées {context, value}. Une ligne par contexte&#xa0;; une cellule vide signifie que la propriété n&apos;a pas d&apos;entrée pour ce contexte. Double-cliquez sur une cellule pour la modifier.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Generated app name for this context: %1</source>
        <translation>Nom de l&apos;application générée pour ce contexte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Clear c&amp;ell</source>
        <translation>E&amp;ffacer la cellule</translation>
    </message>
</context>
<context>
    <name>odag::gui::PropertyDelegate</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Sheet ID</source>
        <translation>ID de la feuille</translation>
    </message>
    <message>
        <source>Restrict</source>
        <translation>Restreindre</translation>
    </message>
    <message>
        <source>Auto-delete oldest</source>
        <translation>Supprimer automatiquement la plus ancienne</translation>
    </message>
    <message>
        <source>New tab</source>
        <translation>Nouvel onglet</translation>
    </message>
    <message>
        <source>New window</source>
        <translation>Nouvelle fenêtre</translation>
    </message>
</context>
<context>
    <name>odag::gui::PropertyMatrixModel</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
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
        <translation>aucun minimum</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>Which users an entry applies to: User_* (everyone) or User.group = …</source>
        <translation>Utilisateurs auxquels une entrée s&apos;applique&#xa0;: User_* (tous) ou User.group = …</translation>
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
        <translation>chargement…</translation>
    </message>
    <message>
        <source>ODAG service</source>
        <translation>Service ODAG</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version&#xa0;:</translation>
    </message>
    <message>
        <source>API stability:</source>
        <translation>Stabilité de l&apos;API&#xa0;:</translation>
    </message>
    <message>
        <source>Links:</source>
        <translation>Liens&#xa0;:</translation>
    </message>
    <message>
        <source>Requests:</source>
        <translation>Demandes&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;p&gt;This is a Qlik Sense Enterprise on Windows site. The ODAG settings, the lists of selection, template and generated apps and the engine health figures are Qlik Cloud APIs, so they are not shown here.&lt;/p&gt;&lt;p&gt;On Qlik Sense Enterprise, ODAG is switched on and tuned in the QMC (On-demand app service), and the engines are watched with the monitoring apps.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ce site est un site Qlik Sense Enterprise on Windows. Les paramètres ODAG, les listes d&apos;applications de sélection, modèles et générées ainsi que les indicateurs d&apos;état du moteur relèvent des API Qlik Cloud&#xa0;; ils ne sont donc pas affichés ici.&lt;/p&gt;&lt;p&gt;Sur Qlik Sense Enterprise, ODAG est activé et réglé dans la QMC (service d&apos;applications à la demande), et les moteurs sont surveillés à l&apos;aide des applications de surveillance.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>non communiqué</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Could not read the ODAG service&apos;s version</source>
        <translation>Impossible de lire la version du service ODAG</translation>
    </message>
    <message>
        <source>Could not list the ODAG links</source>
        <translation>Impossible de répertorier les liens ODAG</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
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
        <translation>Impossible de répertorier les demandes ODAG</translation>
    </message>
</context>
<context>
    <name>odag::gui::RangeEditor</name>
    <message>
        <source>no minimum</source>
        <translation>aucun minimum</translation>
    </message>
    <message>
        <source>maximum</source>
        <translation>maximum</translation>
    </message>
    <message>
        <source>Lowest row estimate</source>
        <translation>Estimation minimale des lignes</translation>
    </message>
    <message>
        <source>Highest row estimate</source>
        <translation>Estimation maximale des lignes</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
</context>
<context>
    <name>odag::gui::ReloadLogDialog</name>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>Reload log — %1</source>
        <translation>Journal de rechargement — %1</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>Rechercher dans le journal</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Rechercher…</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Occurrence suivante (F3)</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Occurrence précédente (Maj+F3)</translation>
    </message>
    <message>
        <source>Reload log</source>
        <translation>Journal de rechargement</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>Progress log of the reload</source>
        <translation>Journal de progression du rechargement</translation>
    </message>
    <message>
        <source>Progress log of the reload; reading the full script log…</source>
        <translation>Journal de progression du rechargement&#xa0;; lecture du journal de script complet…</translation>
    </message>
    <message>
        <source>Script log of the reload</source>
        <translation>Journal de script du rechargement</translation>
    </message>
    <message>
        <source>Progress log of the reload (the script log is empty)</source>
        <translation>Journal de progression du rechargement (le journal de script est vide)</translation>
    </message>
    <message>
        <source>Progress log of the reload. The script log could not be read: %1</source>
        <translation>Journal de progression du rechargement. Le journal de script n&apos;a pas pu être lu&#xa0;: %1</translation>
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
        <translation>partiel</translation>
    </message>
    <message>
        <source>full</source>
        <translation>complet</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Log or error</source>
        <translation>Journal ou erreur</translation>
    </message>
</context>
<context>
    <name>odag::gui::ReloadsWorkspace</name>
    <message>
        <source>&lt;h2&gt;No reloads here&lt;/h2&gt;&lt;p&gt;The reloads API is a Qlik Cloud feature; this profile is a Qlik Sense Enterprise server, where reloads run as tasks of the QMC.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Aucun rechargement ici&lt;/h2&gt;&lt;p&gt;L&apos;API de rechargement est une fonctionnalité Qlik Cloud&#xa0;; ce profil correspond à un serveur Qlik Sense Enterprise, où les rechargements s&apos;exécutent sous forme de tâches de la QMC.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>Charger plus</translation>
    </message>
    <message>
        <source>&amp;Reload app…</source>
        <translation>&amp;Recharger l&apos;application…</translation>
    </message>
    <message>
        <source>Start a reload of the app, with variables if you like (Ctrl+R)</source>
        <translation>Lancer un rechargement de l&apos;application, avec des variables si vous le souhaitez (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Cancel reload</source>
        <translation>&amp;Annuler le rechargement</translation>
    </message>
    <message>
        <source>Cancel the selected queued or running reload (Ctrl+Shift+X)</source>
        <translation>Annuler le rechargement sélectionné, en file d&apos;attente ou en cours (Ctrl+Maj+X)</translation>
    </message>
    <message>
        <source>View &amp;log…</source>
        <translation>Afficher le &amp;journal…</translation>
    </message>
    <message>
        <source>Show the log of the selected reload (Ctrl+Shift+G, or double-click)</source>
        <translation>Afficher le journal du rechargement sélectionné (Ctrl+Maj+G ou double-clic)</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>Read the apps and reloads again (F5)</source>
        <translation>Relire les applications et les rechargements (F5)</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>The app whose reloads are shown; type to search</source>
        <translation>Application dont les rechargements sont affichés&#xa0;; saisissez du texte pour rechercher</translation>
    </message>
    <message>
        <source>Loading apps…</source>
        <translation>Chargement des applications…</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre de statut</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Read the next page of reloads</source>
        <translation>Lire la page suivante des rechargements</translation>
    </message>
    <message>
        <source>App:</source>
        <translation>Application&#xa0;:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Reloads</source>
        <translation>Rechargements</translation>
    </message>
    <message>
        <source>Could not read the reloads of the app</source>
        <translation>Impossible de lire les rechargements de l&apos;application</translation>
    </message>
    <message>
        <source>Could not follow a running reload</source>
        <translation>Impossible de suivre un rechargement en cours</translation>
    </message>
    <message>
        <source>Reload %1 ended: %2</source>
        <translation>Rechargement %1 terminé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not read the apps of the tenant</source>
        <translation>Impossible de lire les applications du locataire</translation>
    </message>
    <message>
        <source>No apps</source>
        <translation>Aucune application</translation>
    </message>
    <message>
        <source>Choose an app</source>
        <translation>Choisissez une application</translation>
    </message>
    <message>
        <source>No apps in this tenant</source>
        <translation>Aucune application dans ce locataire</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message numerus="yes">
        <source>Following %n running reload(s)…</source>
        <translation>
            <numerusform>Suivi de %n rechargement en cours…</numerusform>
            <numerusform>Suivi de %n rechargements en cours…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reload(s)</source>
        <translation>
            <numerusform>%n rechargement</numerusform>
            <numerusform>%n rechargements</numerusform>
        </translation>
    </message>
    <message>
        <source>Reload %1 queued</source>
        <translation>Rechargement %1 mis en file d&apos;attente</translation>
    </message>
    <message>
        <source>The reload %1 has already ended and cannot be cancelled</source>
        <translation>Le rechargement %1 est déjà terminé et ne peut pas être annulé</translation>
    </message>
    <message>
        <source>Could not cancel the reload %1</source>
        <translation>Impossible d&apos;annuler le rechargement %1</translation>
    </message>
    <message>
        <source>The reload %1 was already being cancelled</source>
        <translation>Le rechargement %1 était déjà en cours d&apos;annulation</translation>
    </message>
    <message>
        <source>Cancelling the reload %1…</source>
        <translation>Annulation du rechargement %1…</translation>
    </message>
</context>
<context>
    <name>odag::gui::RenameAppDialog</name>
    <message>
        <source>Rename generated app</source>
        <translation>Renommer l&apos;application générée</translation>
    </message>
    <message>
        <source>New app name</source>
        <translation>Nouveau nom de l&apos;application</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renommer</translation>
    </message>
    <message>
        <source>&amp;New name:</source>
        <translation>&amp;Nouveau nom&#xa0;:</translation>
    </message>
</context>
<context>
    <name>odag::gui::RequestActions</name>
    <message>
        <source>A multiple request has no app of its own: select its sub-requests to act on their apps.</source>
        <translation>Une demande multiple n&apos;a pas d&apos;application propre&#xa0;: sélectionnez ses sous-demandes pour agir sur leurs applications.</translation>
    </message>
    <message>
        <source>This request has no generated app (it is %1).</source>
        <translation>Cette demande n&apos;a pas d&apos;application générée (elle est à l&apos;état %1).</translation>
    </message>
    <message>
        <source>The request is still %1: its app can be used once the request has finished.</source>
        <translation>La demande est encore à l&apos;état %1&#xa0;: son application pourra être utilisée une fois la demande terminée.</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation>Annuler la demande</translation>
    </message>
    <message>
        <source>Pause request</source>
        <translation>Suspendre la demande</translation>
    </message>
    <message>
        <source>Resume request</source>
        <translation>Reprendre la demande</translation>
    </message>
    <message>
        <source>Acknowledge cancellation</source>
        <translation>Acquitter l&apos;annulation</translation>
    </message>
    <message>
        <source>Acknowledge failure</source>
        <translation>Acquitter l&apos;échec</translation>
    </message>
    <message>
        <source>Reload generated app</source>
        <translation>Recharger l&apos;application générée</translation>
    </message>
    <message>
        <source>Rename generated app</source>
        <translation>Renommer l&apos;application générée</translation>
    </message>
    <message>
        <source>Delete generated app</source>
        <translation>Supprimer l&apos;application générée</translation>
    </message>
    <message>
        <source>Open generated app in the browser</source>
        <translation>Ouvrir l&apos;application générée dans le navigateur</translation>
    </message>
    <message>
        <source>The request is loading: cancel is effective only before the data load starts.</source>
        <translation>La demande est en cours de chargement&#xa0;: l&apos;annulation n&apos;est effective qu&apos;avant le début du chargement des données.</translation>
    </message>
    <message>
        <source>Only a validating, queued or paused request can be cancelled; this one is %1.</source>
        <translation>Seule une demande en validation, en file d&apos;attente ou suspendue peut être annulée&#xa0;; celle-ci est à l&apos;état %1.</translation>
    </message>
    <message>
        <source>Pausing requests is not available on Qlik Sense Enterprise.</source>
        <translation>La suspension des demandes n&apos;est pas disponible sur Qlik Sense Enterprise.</translation>
    </message>
    <message>
        <source>Only a queued request can be paused; this one is %1.</source>
        <translation>Seule une demande en file d&apos;attente peut être suspendue&#xa0;; celle-ci est à l&apos;état %1.</translation>
    </message>
    <message>
        <source>Resuming requests is not available on Qlik Sense Enterprise.</source>
        <translation>La reprise des demandes n&apos;est pas disponible sur Qlik Sense Enterprise.</translation>
    </message>
    <message>
        <source>Only a paused request can be resumed; this one is %1.</source>
        <translation>Seule une demande suspendue peut être reprise&#xa0;; celle-ci est à l&apos;état %1.</translation>
    </message>
    <message>
        <source>Acknowledging a cancellation is not available on Qlik Sense Enterprise.</source>
        <translation>L&apos;acquittement d&apos;une annulation n&apos;est pas disponible sur Qlik Sense Enterprise.</translation>
    </message>
    <message>
        <source>Only a canceled request can be acknowledged as canceled; this one is %1.</source>
        <translation>Seule une demande annulée peut être acquittée comme annulée&#xa0;; celle-ci est à l&apos;état %1.</translation>
    </message>
    <message>
        <source>Acknowledging a failure is not available on Qlik Sense Enterprise.</source>
        <translation>L&apos;acquittement d&apos;un échec n&apos;est pas disponible sur Qlik Sense Enterprise.</translation>
    </message>
    <message>
        <source>Only a failed request can be acknowledged as failed; this one is %1.</source>
        <translation>Seule une demande en échec peut être acquittée comme en échec&#xa0;; celle-ci est à l&apos;état %1.</translation>
    </message>
    <message>
        <source>Unknown action.</source>
        <translation>Action inconnue.</translation>
    </message>
    <message>
        <source>No browser could open %1.</source>
        <translation>Aucun navigateur n&apos;a pu ouvrir %1.</translation>
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
        <translation>Non connecté à un locataire.</translation>
    </message>
    <message>
        <source>%1: select one or more requests first.</source>
        <translation>%1&#xa0;: sélectionnez d&apos;abord une ou plusieurs demandes.</translation>
    </message>
    <message>
        <source>%1: wait until the running action has finished.</source>
        <translation>%1&#xa0;: attendez la fin de l&apos;action en cours.</translation>
    </message>
    <message>
        <source>%1: select only one request to rename its app.</source>
        <translation>%1&#xa0;: sélectionnez une seule demande pour renommer son application.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: not possible for any of the %n selected requests. For example: %2</source>
        <translation>
            <numerusform>%1&#xa0;: impossible pour %n demande sélectionnée. Par exemple&#xa0;: %2</numerusform>
            <numerusform>%1&#xa0;: impossible pour chacune des %n demandes sélectionnées. Par exemple&#xa0;: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: applies to %2 of the %n selected requests.</source>
        <translation>
            <numerusform>%1&#xa0;: s&apos;applique à %2 sur %n demande sélectionnée.</numerusform>
            <numerusform>%1&#xa0;: s&apos;applique à %2 des %n demandes sélectionnées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete generated app</source>
        <translation>Supprimer l&apos;application générée</translation>
    </message>
    <message numerus="yes">
        <source>Delete the generated app of %n request(s)? The app and its data are removed from the tenant; this cannot be undone.</source>
        <translation>
            <numerusform>Supprimer l&apos;application générée de %n demande&#xa0;? L&apos;application et ses données sont supprimées du locataire&#xa0;; cette action est irréversible.</numerusform>
            <numerusform>Supprimer les applications générées de %n demandes&#xa0;? Les applications et leurs données sont supprimées du locataire&#xa0;; cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failed for %2: %3</source>
        <translation>%1&#xa0;: échec pour %2 — %3</translation>
    </message>
</context>
<context>
    <name>odag::gui::RequestDetailsPanel</name>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Generated app</source>
        <translation>Application générée</translation>
    </message>
    <message>
        <source>Template app</source>
        <translation>Application modèle</translation>
    </message>
    <message>
        <source>Selection app</source>
        <translation>Application de sélection</translation>
    </message>
    <message>
        <source>Sheet (requested / target)</source>
        <translation>Feuille (demandée / cible)</translation>
    </message>
    <message>
        <source>Row estimate</source>
        <translation>Estimation des lignes</translation>
    </message>
    <message>
        <source>Row estimate expression</source>
        <translation>Expression d&apos;estimation des lignes</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Conservation</translation>
    </message>
    <message>
        <source>Parent request</source>
        <translation>Demande parente</translation>
    </message>
    <message>
        <source>Binding / selection state hash</source>
        <translation>Hachage de liaison / d&apos;état de sélection</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Data load</source>
        <translation>Chargement des données</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Load host</source>
        <translation>Hôte de chargement</translation>
    </message>
    <message>
        <source>Started / finished</source>
        <translation>Début / fin</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>Selections the request was made with</source>
        <translation>Sélections avec lesquelles la demande a été effectuée</translation>
    </message>
    <message>
        <source>Selections of the request</source>
        <translation>Sélections de la demande</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) selected</source>
        <translation>
            <numerusform>%n demande sélectionnée</numerusform>
            <numerusform>%n demandes sélectionnées</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a request to see its details.</source>
        <translation>Sélectionnez une demande pour afficher ses détails.</translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>Demande %1</translation>
    </message>
    <message>
        <source>kept until deleted</source>
        <translation>conservée jusqu&apos;à sa suppression</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) left</source>
        <translation>
            <numerusform>%n minute restante</numerusform>
            <numerusform>%n minutes restantes</numerusform>
        </translation>
    </message>
    <message>
        <source>no purge</source>
        <translation>aucune purge</translation>
    </message>
    <message numerus="yes">
        <source>lives %n minute(s)</source>
        <translation>
            <numerusform>durée de vie de %n minute</numerusform>
            <numerusform>durée de vie de %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>purged after %1</source>
        <translation>purgée après %1</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>non communiqué</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No data load yet</source>
        <translation>Aucun chargement de données pour l&apos;instant</translation>
    </message>
    <message>
        <source>No validation messages.</source>
        <translation>Aucun message de validation.</translation>
    </message>
    <message>
        <source>Qlik Sense Enterprise does not report a request&apos;s selections through its ODAG API.</source>
        <translation>Qlik Sense Enterprise ne communique pas les sélections d&apos;une demande via son API ODAG.</translation>
    </message>
    <message>
        <source>Reading the selections…</source>
        <translation>Lecture des sélections…</translation>
    </message>
    <message>
        <source>Could not read the selections: %1</source>
        <translation>Impossible de lire les sélections&#xa0;: %1</translation>
    </message>
    <message>
        <source>no values</source>
        <translation>aucune valeur</translation>
    </message>
    <message>
        <source>The request was made without selections.</source>
        <translation>La demande a été effectuée sans sélections.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n champ</numerusform>
            <numerusform>%n champs</numerusform>
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
        <translation>Impossible d&apos;actualiser les demandes.</translation>
    </message>
    <message>
        <source>Could not refresh the requests of link %1.</source>
        <translation>Impossible d&apos;actualiser les demandes du lien %1.</translation>
    </message>
    <message>
        <source>Could not read request %1.</source>
        <translation>Impossible de lire la demande %1.</translation>
    </message>
    <message numerus="yes">
        <source>The tenant asked to slow down (rate limit). Every request is kept; live updates retry in %n s.</source>
        <translation>
            <numerusform>Le locataire a demandé de ralentir (limite de débit). Toutes les demandes sont conservées&#xa0;; les mises à jour en direct reprendront dans %n s.</numerusform>
            <numerusform>Le locataire a demandé de ralentir (limite de débit). Toutes les demandes sont conservées&#xa0;; les mises à jour en direct reprendront dans %n s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 Every request is kept; live updates retry in %n s.</source>
        <translation>
            <numerusform>%1 %2 Toutes les demandes sont conservées&#xa0;; les mises à jour en direct reprendront dans %n s.</numerusform>
            <numerusform>%1 %2 Toutes les demandes sont conservées&#xa0;; les mises à jour en direct reprendront dans %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not list the links: %1</source>
        <translation>Impossible de répertorier les liens&#xa0;: %1</translation>
    </message>
    <message>
        <source>Some links&apos; requests could not be read: %1</source>
        <translation>Les demandes de certains liens n&apos;ont pas pu être lues&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not list the requests: %1</source>
        <translation>Impossible de répertorier les demandes&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>odag::gui::RequestOpsBinder</name>
    <message>
        <source>Submit request…</source>
        <translation>Soumettre une demande…</translation>
    </message>
    <message>
        <source>Notify when done</source>
        <translation>Notifier à la fin</translation>
    </message>
    <message>
        <source>Submit a generation request for a link, to test it without the Sense client (%1)</source>
        <translation>Soumettre une demande de génération pour un lien, afin de le tester sans le client Sense (%1)</translation>
    </message>
    <message>
        <source>Show a desktop notification when the selected requests succeed or fail (%1)</source>
        <translation>Afficher une notification sur le bureau lorsque les demandes sélectionnées réussissent ou échouent (%1)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
</context>
<context>
    <name>odag::gui::RequestsModel</name>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Generated app</source>
        <translation>Application générée</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Rows (bounds)</source>
        <translation>Lignes (limites)</translation>
    </message>
    <message>
        <source>Load host</source>
        <translation>Hôte de chargement</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>odag::gui::RequestsWorkspace</name>
    <message>
        <source>Generation requests</source>
        <translation>Demandes de génération</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Surveillance</translation>
    </message>
    <message>
        <source>Loading requests…</source>
        <translation>Chargement des demandes…</translation>
    </message>
    <message>
        <source>Pause live updates</source>
        <translation>Suspendre les mises à jour en direct</translation>
    </message>
    <message>
        <source>Stop or restart the automatic refresh (Ctrl+Shift+P)</source>
        <translation>Arrêter ou relancer l&apos;actualisation automatique (Ctrl+Maj+P)</translation>
    </message>
    <message>
        <source>Resume live updates</source>
        <translation>Reprendre les mises à jour en direct</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Actualiser maintenant</translation>
    </message>
    <message>
        <source>Ask the tenant for changes now (F5)</source>
        <translation>Demander immédiatement les modifications au locataire (F5)</translation>
    </message>
    <message>
        <source>Refresh every</source>
        <translation>Actualiser toutes les</translation>
    </message>
    <message>
        <source>Refresh interval</source>
        <translation>Intervalle d&apos;actualisation</translation>
    </message>
    <message>
        <source>How often to look for changes while requests are running; the monitor looks less often when nothing happens and when the rate limit is near</source>
        <translation>Fréquence de recherche des modifications pendant l&apos;exécution des demandes&#xa0;; la surveillance vérifie moins souvent lorsque rien ne se passe et à l&apos;approche de la limite de débit</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>Search ID, owner, app, error… (Ctrl+F)</source>
        <translation>Rechercher un ID, un propriétaire, une application, une erreur… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search requests</source>
        <translation>Rechercher des demandes</translation>
    </message>
    <message>
        <source>Filter by state</source>
        <translation>Filtrer par état</translation>
    </message>
    <message>
        <source>Show only requests in the checked states</source>
        <translation>Afficher uniquement les demandes dans les états cochés</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation>Filtrer par type</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Filter by link</source>
        <translation>Filtrer par lien</translation>
    </message>
    <message>
        <source>All links</source>
        <translation>Tous les liens</translation>
    </message>
    <message>
        <source>Filter by owner</source>
        <translation>Filtrer par propriétaire</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Tous les propriétaires</translation>
    </message>
    <message>
        <source>Filter by creation time</source>
        <translation>Filtrer par date de création</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Toutes les dates</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Dernière heure</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Dernière semaine</translation>
    </message>
    <message>
        <source>Between…</source>
        <translation>Entre…</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>Création à partir du</translation>
    </message>
    <message>
        <source>Created until</source>
        <translation>Création jusqu&apos;au</translation>
    </message>
    <message numerus="yes">
        <source>%n state(s)</source>
        <translation>
            <numerusform>%n état</numerusform>
            <numerusform>%n états</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <source>Paused while the window is hidden</source>
        <translation>Suspendu tant que la fenêtre est masquée</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En direct</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n demande</numerusform>
            <numerusform>%n demandes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · last refresh %2 · %n call(s)/min · %3</source>
        <translation>
            <numerusform>%1 · dernière actualisation %2 · %n appel/min · %3</numerusform>
            <numerusform>%1 · dernière actualisation %2 · %n appels/min · %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · last refresh %2 · %n call(s)/min · Tier 1 budget %3 % · %4</source>
        <translation>
            <numerusform>%1 · dernière actualisation %2 · %n appel/min · budget Tier 1 %3&#xa0;% · %4</numerusform>
            <numerusform>%1 · dernière actualisation %2 · %n appels/min · budget Tier 1 %3&#xa0;% · %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n top-level row(s) shown</source>
        <translation>
            <numerusform>%1 · %n ligne de premier niveau affichée</numerusform>
            <numerusform>%1 · %n lignes de premier niveau affichées</numerusform>
        </translation>
    </message>
    <message>
        <source>The requests could not be loaded.</source>
        <translation>Les demandes n&apos;ont pas pu être chargées.</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>Loading requests… %1 of %2</source>
        <translation>Chargement des demandes… %1 sur %2</translation>
    </message>
</context>
<context>
    <name>odag::gui::RetentionEditor</name>
    <message>
        <source>PT24H, P7D or unlimited</source>
        <translation>PT24H, P7D ou unlimited</translation>
    </message>
    <message>
        <source>Retention time</source>
        <translation>Durée de conservation</translation>
    </message>
</context>
<context>
    <name>odag::gui::SessionFactory</name>
    <message>
        <source>No API key is stored for the profile %1. Edit the profile and enter the key.</source>
        <translation>Aucune clé d&apos;API n&apos;est enregistrée pour le profil %1. Modifiez le profil et saisissez la clé.</translation>
    </message>
    <message>
        <source>The profile %1 is signed out. Sign in to open it.</source>
        <translation>Le profil %1 est déconnecté. Connectez-vous pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>No Windows password is stored for the profile %1. Edit the profile and enter it.</source>
        <translation>Aucun mot de passe Windows n&apos;est enregistré pour le profil %1. Modifiez le profil et saisissez-le.</translation>
    </message>
    <message>
        <source>The profile %1 has no valid address.</source>
        <translation>Le profil %1 n&apos;a pas d&apos;adresse valide.</translation>
    </message>
    <message>
        <source>The sign-in to %1 was cancelled.</source>
        <translation>La connexion à %1 a été annulée.</translation>
    </message>
    <message>
        <source>The server refused the Windows sign-in of %1. Check the user name and password of the profile %2.</source>
        <translation>Le serveur a refusé la connexion Windows de %1. Vérifiez le nom d&apos;utilisateur et le mot de passe du profil %2.</translation>
    </message>
    <message>
        <source>The tenant refused the credentials of the profile %1 (401 Unauthorized): %2</source>
        <translation>Le locataire a refusé les identifiants du profil %1 (401 Unauthorized)&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>odag::gui::SpaceAssignmentsModel</name>
    <message>
        <source>Member type</source>
        <translation>Type de membre</translation>
    </message>
    <message>
        <source>User or group ID</source>
        <translation>ID d&apos;utilisateur ou de groupe</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
</context>
<context>
    <name>odag::gui::SpaceDetailsPanel</name>
    <message>
        <source>&amp;Add member…</source>
        <translation>Ajouter un &amp;membre…</translation>
    </message>
    <message>
        <source>Change &amp;roles…</source>
        <translation>Modifier les &amp;rôles…</translation>
    </message>
    <message>
        <source>Re&amp;move member</source>
        <translation>Re&amp;tirer le membre</translation>
    </message>
    <message>
        <source>Members of the space</source>
        <translation>Membres de l&apos;espace</translation>
    </message>
    <message>
        <source>Give a user or group roles in this space (Ctrl+Shift+A)</source>
        <translation>Attribuer des rôles dans cet espace à un utilisateur ou à un groupe (Ctrl+Maj+A)</translation>
    </message>
    <message>
        <source>Change the roles of the selected member</source>
        <translation>Modifier les rôles du membre sélectionné</translation>
    </message>
    <message>
        <source>Take the selected member out of this space</source>
        <translation>Retirer le membre sélectionné de cet espace</translation>
    </message>
    <message>
        <source>&lt;b&gt;Members&lt;/b&gt;</source>
        <translation>&lt;b&gt;Membres&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Could not read the members of the space</source>
        <translation>Impossible de lire les membres de l&apos;espace</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No space selected&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Aucun espace sélectionné&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Select a space to see its details and members.</source>
        <translation>Sélectionnez un espace pour afficher ses détails et ses membres.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>(personal space)</source>
        <translation>(espace personnel)</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID&#xa0;:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Propriétaire&#xa0;:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description&#xa0;:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Création&#xa0;:</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Mise à jour&#xa0;:</translation>
    </message>
    <message>
        <source>Your roles:</source>
        <translation>Vos rôles&#xa0;:</translation>
    </message>
    <message>
        <source>You may not manage the members of this space.</source>
        <translation>Vous n&apos;êtes pas autorisé à gérer les membres de cet espace.</translation>
    </message>
    <message>
        <source>Added %1 to the space</source>
        <translation>%1 ajouté à l&apos;espace</translation>
    </message>
    <message>
        <source>Changed the roles of %1</source>
        <translation>Rôles de %1 modifiés</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Retirer le membre</translation>
    </message>
    <message>
        <source>Take %1 out of the space &quot;%2&quot;? They lose the roles %3 there.</source>
        <translation>Retirer %1 de l&apos;espace «&#xa0;%2&#xa0;»&#xa0;? Ce membre perdra ses rôles %3 dans cet espace.</translation>
    </message>
    <message>
        <source>Could not remove %1</source>
        <translation>Impossible de retirer %1</translation>
    </message>
    <message>
        <source>Removed %1 from the space</source>
        <translation>%1 retiré de l&apos;espace</translation>
    </message>
</context>
<context>
    <name>odag::gui::SpaceDialog</name>
    <message>
        <source>New space</source>
        <translation>Nouvel espace</translation>
    </message>
    <message>
        <source>Edit space</source>
        <translation>Modifier l&apos;espace</translation>
    </message>
    <message>
        <source>Space name</source>
        <translation>Nom de l&apos;espace</translation>
    </message>
    <message>
        <source>1-256 characters, none of &quot; * ? &lt; &gt; / | \ :</source>
        <translation>1 à 256 caractères, sans &quot; * ? &lt; &gt; / | \ :</translation>
    </message>
    <message>
        <source>Space type</source>
        <translation>Type d&apos;espace</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>%1
Roles: %2</source>
        <translation>%1
Rôles&#xa0;: %2</translation>
    </message>
    <message>
        <source>The name cannot be used: %1</source>
        <translation>Ce nom ne peut pas être utilisé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not create the space</source>
        <translation>Impossible de créer l&apos;espace</translation>
    </message>
    <message>
        <source>Could not save the space</source>
        <translation>Impossible d&apos;enregistrer l&apos;espace</translation>
    </message>
</context>
<context>
    <name>odag::gui::SpaceRoleCatalog</name>
    <message>
        <source>Members develop apps together.</source>
        <translation>Les membres développent des applications ensemble.</translation>
    </message>
    <message>
        <source>Finished apps are published here for consumers; content is controlled.</source>
        <translation>Les applications finalisées y sont publiées pour les consommateurs&#xa0;; le contenu est contrôlé.</translation>
    </message>
    <message>
        <source>Holds data connections and data files that apps load from.</source>
        <translation>Contient les connexions de données et les fichiers de données à partir desquels les applications chargent leurs données.</translation>
    </message>
    <message>
        <source>A space type this version does not know (%1).</source>
        <translation>Type d&apos;espace inconnu de cette version (%1).</translation>
    </message>
</context>
<context>
    <name>odag::gui::SpacesModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mise à jour</translation>
    </message>
</context>
<context>
    <name>odag::gui::SpacesWorkspace</name>
    <message>
        <source>&lt;h2&gt;No spaces here&lt;/h2&gt;&lt;p&gt;Spaces are a Qlik Cloud feature; this profile is a Qlik Sense Enterprise server, which organises apps in streams instead.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Aucun espace ici&lt;/h2&gt;&lt;p&gt;Les espaces sont une fonctionnalité Qlik Cloud&#xa0;; ce profil correspond à un serveur Qlik Sense Enterprise, qui organise plutôt les applications en flux.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>Charger plus</translation>
    </message>
    <message>
        <source>&amp;New space…</source>
        <translation>&amp;Nouvel espace…</translation>
    </message>
    <message>
        <source>Create a space (Ctrl+N)</source>
        <translation>Créer un espace (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Change the name or description of the selected space (Ctrl+E)</source>
        <translation>Modifier le nom ou la description de l&apos;espace sélectionné (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Delete the selected space (Del)</source>
        <translation>Supprimer l&apos;espace sélectionné (Suppr)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Read the spaces again (F5)</source>
        <translation>Relire les espaces (F5)</translation>
    </message>
    <message>
        <source>Space type filter</source>
        <translation>Filtre de type d&apos;espace</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Name filter</source>
        <translation>Filtre de nom</translation>
    </message>
    <message>
        <source>Name contains…</source>
        <translation>Le nom contient…</translation>
    </message>
    <message>
        <source>Owner filter</source>
        <translation>Filtre de propriétaire</translation>
    </message>
    <message>
        <source>Owner ID</source>
        <translation>ID du propriétaire</translation>
    </message>
    <message>
        <source>Read the next page of spaces</source>
        <translation>Lire la page suivante des espaces</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <source>Spaces</source>
        <translation>Espaces</translation>
    </message>
    <message>
        <source>Could not read the spaces</source>
        <translation>Impossible de lire les espaces</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n space(s)</source>
        <translation>
            <numerusform>%1 sur %n espace</numerusform>
            <numerusform>%1 sur %n espaces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n space(s)</source>
        <translation>
            <numerusform>%n espace</numerusform>
            <numerusform>%n espaces</numerusform>
        </translation>
    </message>
    <message>
        <source>Created the space %1</source>
        <translation>Espace %1 créé</translation>
    </message>
    <message>
        <source>Saved the space %1</source>
        <translation>Espace %1 enregistré</translation>
    </message>
    <message>
        <source>Delete space</source>
        <translation>Supprimer l&apos;espace</translation>
    </message>
    <message>
        <source>Delete the space &quot;%1&quot; and its member assignments? This cannot be undone.</source>
        <translation>Supprimer l&apos;espace «&#xa0;%1&#xa0;» et ses attributions de membres&#xa0;? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>The space &quot;%1&quot; is not empty and was not deleted</source>
        <translation>L&apos;espace «&#xa0;%1&#xa0;» n&apos;est pas vide et n&apos;a pas été supprimé</translation>
    </message>
    <message>
        <source>Could not delete the space &quot;%1&quot;</source>
        <translation>Impossible de supprimer l&apos;espace «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Deleted the space %1</source>
        <translation>Espace %1 supprimé</translation>
    </message>
</context>
<context>
    <name>odag::gui::SubmitRequestDialog</name>
    <message>
        <source>&amp;Add field</source>
        <translation>A&amp;jouter un champ</translation>
    </message>
    <message>
        <source>&amp;Remove field</source>
        <translation>&amp;Retirer le champ</translation>
    </message>
    <message>
        <source>&amp;Submit request</source>
        <translation>&amp;Soumettre la demande</translation>
    </message>
    <message>
        <source>Submit a generation request</source>
        <translation>Soumettre une demande de génération</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>The ODAG link to generate an app with</source>
        <translation>Lien ODAG avec lequel générer une application</translation>
    </message>
    <message>
        <source>Selection app ID</source>
        <translation>ID de l&apos;application de sélection</translation>
    </message>
    <message>
        <source>The selection app the request is made from (prefilled from the link)</source>
        <translation>Application de sélection à partir de laquelle la demande est effectuée (préremplie à partir du lien)</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <source>optional: the selection app sheet</source>
        <translation>facultatif&#xa0;: feuille de l&apos;application de sélection</translation>
    </message>
    <message>
        <source>Row estimate</source>
        <translation>Estimation des lignes</translation>
    </message>
    <message>
        <source>optional: rows the generated app will hold</source>
        <translation>facultatif&#xa0;: nombre de lignes que contiendra l&apos;application générée</translation>
    </message>
    <message>
        <source>Checked against the link&apos;s row estimate range for you</source>
        <translation>Vérifiée automatiquement par rapport à la plage d&apos;estimation des lignes du lien</translation>
    </message>
    <message>
        <source>Selection state</source>
        <translation>État de sélection</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Selected (S)</source>
        <translation>Sélectionné (S)</translation>
    </message>
    <message>
        <source>Optional (O)</source>
        <translation>Facultatif (O)</translation>
    </message>
    <message>
        <source>Excluded (X)</source>
        <translation>Exclu (X)</translation>
    </message>
    <message>
        <source>Add a field to the selection state</source>
        <translation>Ajouter un champ à l&apos;état de sélection</translation>
    </message>
    <message>
        <source>Remove the selected field rows</source>
        <translation>Retirer les lignes de champ sélectionnées</translation>
    </message>
    <message>
        <source>Send the request (%1)</source>
        <translation>Envoyer la demande (%1)</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>&amp;Lien&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>&amp;Feuille&#xa0;:</translation>
    </message>
    <message>
        <source>Row &amp;estimate:</source>
        <translation>&amp;Estimation des lignes&#xa0;:</translation>
    </message>
    <message>
        <source>One row per field: values separated by commas or one per line; the state says whether they are selected (S), optional (O) or excluded (X). Rows of the same field are merged.</source>
        <translation>Une ligne par champ&#xa0;: valeurs séparées par des virgules ou une par ligne&#xa0;; l&apos;état indique si elles sont sélectionnées (S), facultatives (O) ou exclues (X). Les lignes d&apos;un même champ sont fusionnées.</translation>
    </message>
    <message>
        <source>Loading links…</source>
        <translation>Chargement des liens…</translation>
    </message>
    <message>
        <source>Could not load the links.</source>
        <translation>Impossible de charger les liens.</translation>
    </message>
    <message>
        <source>No links</source>
        <translation>Aucun lien</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Selection state of row %1</source>
        <translation>État de sélection de la ligne %1</translation>
    </message>
    <message>
        <source>Choose a link.</source>
        <translation>Choisissez un lien.</translation>
    </message>
    <message>
        <source>Enter the ID of the selection app.</source>
        <translation>Saisissez l&apos;ID de l&apos;application de sélection.</translation>
    </message>
    <message>
        <source>The row estimate must be a whole number of rows, 0 or more.</source>
        <translation>L&apos;estimation des lignes doit être un nombre entier de lignes, supérieur ou égal à 0.</translation>
    </message>
    <message>
        <source>Row %1: enter the field name for the values %2.</source>
        <translation>Ligne %1&#xa0;: saisissez le nom du champ pour les valeurs %2.</translation>
    </message>
    <message>
        <source>Row %1: enter at least one value for %2.</source>
        <translation>Ligne %1&#xa0;: saisissez au moins une valeur pour %2.</translation>
    </message>
    <message>
        <source>Add at least one field with values: the request is made from a selection.</source>
        <translation>Ajoutez au moins un champ avec des valeurs&#xa0;: la demande est effectuée à partir d&apos;une sélection.</translation>
    </message>
    <message>
        <source>Please correct the following:</source>
        <translation>Veuillez corriger les points suivants&#xa0;:</translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation>Soumission…</translation>
    </message>
    <message>
        <source>The request was not accepted.</source>
        <translation>La demande n&apos;a pas été acceptée.</translation>
    </message>
    <message>
        <source>Request %1 was created; it is %2.</source>
        <translation>La demande %1 a été créée&#xa0;; elle est à l&apos;état %2.</translation>
    </message>
    <message>
        <source>Messages from the service:</source>
        <translation>Messages du service&#xa0;:</translation>
    </message>
    <message>
        <source>Selection a&amp;pp:</source>
        <translation>&amp;Application de sélection&#xa0;:</translation>
    </message>
</context>
<context>
    <name>odag::gui::TenantHealthPage</name>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message numerus="yes">
        <source>Refresh every %n s</source>
        <translation>
            <numerusform>Actualiser toutes les %n s</numerusform>
            <numerusform>Actualiser toutes les %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;%1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Qlik Cloud tenant · %1</source>
        <translation>Locataire Qlik Cloud · %1</translation>
    </message>
    <message>
        <source>Qlik Sense Enterprise site · %1</source>
        <translation>Site Qlik Sense Enterprise · %1</translation>
    </message>
    <message>
        <source>Reload the tenant&apos;s settings, apps and health (F5)</source>
        <translation>Recharger les paramètres, les applications et l&apos;état du locataire (F5)</translation>
    </message>
    <message numerus="yes">
        <source>Reload this page by itself every %n seconds while it is shown</source>
        <translation>
            <numerusform>Recharger automatiquement cette page toutes les %n seconde tant qu&apos;elle est affichée</numerusform>
            <numerusform>Recharger automatiquement cette page toutes les %n secondes tant qu&apos;elle est affichée</numerusform>
        </translation>
    </message>
    <message>
        <source>ODAG settings</source>
        <translation>Paramètres ODAG</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>ODAG apps</source>
        <translation>Applications ODAG</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Selection apps:</source>
        <translation>Applications de sélection&#xa0;:</translation>
    </message>
    <message>
        <source>Template apps:</source>
        <translation>Applications modèles&#xa0;:</translation>
    </message>
    <message>
        <source>Generated apps:</source>
        <translation>Applications générées&#xa0;:</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>chargement…</translation>
    </message>
    <message>
        <source>Show the lists</source>
        <translation>Afficher les listes</translation>
    </message>
    <message>
        <source>Open the ODAG apps tab with the names and IDs</source>
        <translation>Ouvrir l&apos;onglet Applications ODAG avec les noms et les ID</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Mis à jour à %1</translation>
    </message>
    <message>
        <source>Tenant health loaded with errors</source>
        <translation>État du locataire chargé avec des erreurs</translation>
    </message>
    <message>
        <source>Tenant health loaded</source>
        <translation>État du locataire chargé</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
</context>
<context>
    <name>odag::gui::TimelinePage</name>
    <message>
        <source>Last hour</source>
        <translation>Dernière heure</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Dernière semaine</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>The period the timeline and the statistics cover</source>
        <translation>Période couverte par la chronologie et les statistiques</translation>
    </message>
    <message>
        <source>All links</source>
        <translation>Tous les liens</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Show the requests of one link only</source>
        <translation>Afficher uniquement les demandes d&apos;un seul lien</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Show the whole period</source>
        <translation>Afficher toute la période</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>&amp;Lien&#xa0;:</translation>
    </message>
    <message>
        <source>Statistics per link</source>
        <translation>Statistiques par lien</translation>
    </message>
</context>
<context>
    <name>odag::gui::TimelineView</name>
    <message>
        <source>Request timeline</source>
        <translation>Chronologie des demandes</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En file d&apos;attente</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussie</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>Demande %1</translation>
    </message>
    <message>
        <source>Link: %1</source>
        <translation>Lien&#xa0;: %1</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Propriétaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>État&#xa0;: %1</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Création&#xa0;: %1</translation>
    </message>
    <message>
        <source>Waited: %1</source>
        <translation>Attente&#xa0;: %1</translation>
    </message>
    <message>
        <source>Load started: %1</source>
        <translation>Début du chargement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Ended: %1</source>
        <translation>Fin&#xa0;: %1</translation>
    </message>
    <message>
        <source>Load duration: %1</source>
        <translation>Durée du chargement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>No requests observed in this period.
Requests appear here as the monitor sees them.</source>
        <translation>Aucune demande observée sur cette période.
Les demandes apparaissent ici au fur et à mesure que la surveillance les détecte.</translation>
    </message>
    <message>
        <source>Requests by link</source>
        <translation>Demandes par lien</translation>
    </message>
</context>
<context>
    <name>odag::gui::TrayNotifier</name>
    <message>
        <source>ODAG Admin: watched requests</source>
        <translation>ODAG Admin&#xa0;: demandes suivies</translation>
    </message>
    <message>
        <source>Request succeeded</source>
        <translation>Demande réussie</translation>
    </message>
    <message>
        <source>The app &quot;%1&quot; has been generated.</source>
        <translation>L&apos;application «&#xa0;%1&#xa0;» a été générée.</translation>
    </message>
    <message>
        <source>Request failed</source>
        <translation>Échec de la demande</translation>
    </message>
    <message>
        <source>The request for &quot;%1&quot; failed: %2</source>
        <translation>La demande pour «&#xa0;%1&#xa0;» a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>The request for &quot;%1&quot; failed.</source>
        <translation>La demande pour «&#xa0;%1&#xa0;» a échoué.</translation>
    </message>
</context>
<context>
    <name>odag::gui::TriggerReloadDialog</name>
    <message>
        <source>&amp;Partial reload (keep the data already loaded; run only ADD/REPLACE loads)</source>
        <translation>Rechargement &amp;partiel (conserver les données déjà chargées&#xa0;; exécuter uniquement les chargements ADD/REPLACE)</translation>
    </message>
    <message>
        <source>&amp;Add variable</source>
        <translation>&amp;Ajouter une variable</translation>
    </message>
    <message>
        <source>&amp;Remove variable</source>
        <translation>&amp;Supprimer la variable</translation>
    </message>
    <message>
        <source>Reload %1</source>
        <translation>Recharger %1</translation>
    </message>
    <message>
        <source>Script variables</source>
        <translation>Variables de script</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Add a script variable (at most %1)</source>
        <translation>Ajouter une variable de script (%1 au maximum)</translation>
    </message>
    <message>
        <source>Remove the selected variable</source>
        <translation>Supprimer la variable sélectionnée</translation>
    </message>
    <message>
        <source>Start reload</source>
        <translation>Lancer le rechargement</translation>
    </message>
    <message>
        <source>Variables are set in the load script before it runs (names and values up to %1 characters, at most %2 variables).</source>
        <translation>Les variables sont définies dans le script de chargement avant son exécution (noms et valeurs de %1 caractères au maximum, %2 variables au maximum).</translation>
    </message>
    <message>
        <source>Row %1: the variable needs a name.</source>
        <translation>Ligne %1&#xa0;: la variable doit avoir un nom.</translation>
    </message>
    <message>
        <source>Row %1: the name has %2 characters; at most %3 are allowed.</source>
        <translation>Ligne %1&#xa0;: le nom comporte %2 caractères&#xa0;; %3 au maximum sont autorisés.</translation>
    </message>
    <message>
        <source>Row %1: the value has %2 characters; at most %3 are allowed.</source>
        <translation>Ligne %1&#xa0;: la valeur comporte %2 caractères&#xa0;; %3 au maximum sont autorisés.</translation>
    </message>
    <message>
        <source>Row %1: the variable %2 is set twice.</source>
        <translation>Ligne %1&#xa0;: la variable %2 est définie deux fois.</translation>
    </message>
    <message numerus="yes">
        <source>%n variable(s) given; at most %1 are allowed.</source>
        <translation>
            <numerusform>%n variable indiquée&#xa0;; %1 au maximum sont autorisées.</numerusform>
            <numerusform>%n variables indiquées&#xa0;; %1 au maximum sont autorisées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not start the reload</source>
        <translation>Impossible de lancer le rechargement</translation>
    </message>
</context>
<context>
    <name>odag::json</name>
    <message>
        <source>expected %1</source>
        <translation>%1 attendu</translation>
    </message>
    <message>
        <source>missing required field</source>
        <translation>champ obligatoire manquant</translation>
    </message>
    <message>
        <source>integer out of range</source>
        <translation>entier hors limites</translation>
    </message>
    <message>
        <source>expected ISO 8601 date-time, got &quot;%1&quot;</source>
        <translation>date-heure ISO 8601 attendue, «&#xa0;%1&#xa0;» reçu</translation>
    </message>
    <message>
        <source>empty body where JSON was expected</source>
        <translation>corps vide alors que du JSON était attendu</translation>
    </message>
    <message>
        <source>malformed JSON at byte %1: %2</source>
        <translation>JSON mal formé à l&apos;octet %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>odag::rules</name>
    <message numerus="yes">
        <source>%1 refers to a parameter that does not exist: the name has %n parameter(s), numbered from {0}.</source>
        <translation>
            <numerusform>%1 fait référence à un paramètre inexistant&#xa0;: le nom a %n paramètre, numéroté à partir de {0}.</numerusform>
            <numerusform>%1 fait référence à un paramètre inexistant&#xa0;: le nom a %n paramètres, numérotés à partir de {0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Not interpreted</source>
        <translation>Non interprété</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Tous les utilisateurs</translation>
    </message>
    <message>
        <source>Group or role</source>
        <translation>Groupe ou rôle</translation>
    </message>
    <message>
        <source>One user</source>
        <translation>Un utilisateur</translation>
    </message>
    <message>
        <source>The app cannot interpret this context (Qlik publishes no grammar beyond User_* and User.&lt;attribute&gt; = &lt;value&gt;). It is kept as written; the preview cannot tell whom it applies to.</source>
        <translation>L&apos;application ne peut pas interpréter ce contexte (Qlik ne publie aucune grammaire au-delà de User_* et User.&lt;attribute&gt; = &lt;value&gt;). Il est conservé tel quel&#xa0;; l&apos;aperçu ne peut pas déterminer à qui il s&apos;applique.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Menu label</source>
        <translation>Libellé du menu</translation>
    </message>
    <message>
        <source>Generated app name</source>
        <translation>Nom de l&apos;application générée</translation>
    </message>
    <message>
        <source>Generated app limit</source>
        <translation>Limite d&apos;applications générées</translation>
    </message>
    <message>
        <source>Limit policy</source>
        <translation>Stratégie de limite</translation>
    </message>
    <message>
        <source>Row estimate range</source>
        <translation>Plage d&apos;estimation des lignes</translation>
    </message>
    <message>
        <source>Target sheet</source>
        <translation>Feuille cible</translation>
    </message>
    <message>
        <source>Open method</source>
        <translation>Méthode d&apos;ouverture</translation>
    </message>
    <message>
        <source>Retention time</source>
        <translation>Durée de conservation</translation>
    </message>
    <message>
        <source>Override app limit</source>
        <translation>Ignorer la limite d&apos;applications</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>The brace at position %1 is not part of a {N} marker and is kept as written (braces have no escape).</source>
        <translation>L&apos;accolade à la position %1 ne fait pas partie d&apos;un marqueur {N} et est conservée telle quelle (les accolades ne peuvent pas être échappées).</translation>
    </message>
    <message>
        <source>%1 refers to a parameter, but the name has none.</source>
        <translation>%1 fait référence à un paramètre, mais le nom n&apos;en a aucun.</translation>
    </message>
    <message>
        <source>Parameter {%1} is &quot;%2&quot;, which the app does not know; it is kept, and the preview shows its marker.</source>
        <translation>Le paramètre {%1} est «&#xa0;%2&#xa0;», inconnu de l&apos;application&#xa0;; il est conservé et l&apos;aperçu affiche son marqueur.</translation>
    </message>
    <message>
        <source>Parameter {%1} (%2) is not used in the name.</source>
        <translation>Le paramètre {%1} (%2) n&apos;est pas utilisé dans le nom.</translation>
    </message>
    <message>
        <source>The generated app name would be empty.</source>
        <translation>Le nom de l&apos;application générée serait vide.</translation>
    </message>
    <message>
        <source>Template app</source>
        <translation>Application modèle</translation>
    </message>
    <message>
        <source>user</source>
        <translation>utilisateur</translation>
    </message>
    <message>
        <source>The context is empty. Use User_* for all users.</source>
        <translation>Le contexte est vide. Utilisez User_* pour tous les utilisateurs.</translation>
    </message>
    <message>
        <source>User. must be followed by an attribute: name, id, subject, group or role.</source>
        <translation>User. doit être suivi d&apos;un attribut&#xa0;: name, id, subject, group ou role.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a user attribute; use name, id, subject, group or role.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un attribut utilisateur&#xa0;; utilisez name, id, subject, group ou role.</translation>
    </message>
    <message>
        <source>User.%1 must be followed by = and a value.</source>
        <translation>User.%1 doit être suivi de = et d&apos;une valeur.</translation>
    </message>
    <message>
        <source>User.%1 = has no value.</source>
        <translation>User.%1 = n&apos;a pas de valeur.</translation>
    </message>
    <message>
        <source>The value has no closing %1.</source>
        <translation>Il manque le %1 fermant de la valeur.</translation>
    </message>
    <message>
        <source>User.%1 is compared with an empty value.</source>
        <translation>User.%1 est comparé à une valeur vide.</translation>
    </message>
    <message>
        <source>Not interpreted: %1</source>
        <translation>Non interprété&#xa0;: %1</translation>
    </message>
    <message>
        <source>User named %1</source>
        <translation>Utilisateur nommé %1</translation>
    </message>
    <message>
        <source>User with ID %1</source>
        <translation>Utilisateur avec l&apos;ID %1</translation>
    </message>
    <message>
        <source>User with subject %1</source>
        <translation>Utilisateur avec le sujet %1</translation>
    </message>
    <message>
        <source>Members of group %1</source>
        <translation>Membres du groupe %1</translation>
    </message>
    <message>
        <source>Users with role %1</source>
        <translation>Utilisateurs ayant le rôle %1</translation>
    </message>
    <message>
        <source>The retention time is empty: write an ISO 8601 duration such as PT24H, or unlimited.</source>
        <translation>La durée de conservation est vide&#xa0;: saisissez une durée ISO 8601 telle que PT24H, ou unlimited.</translation>
    </message>
    <message>
        <source>A retention time cannot carry a sign.</source>
        <translation>Une durée de conservation ne peut pas avoir de signe.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 duration: it must start with P (as in PT24H or P1D), or be unlimited.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une durée ISO 8601&#xa0;: elle doit commencer par P (comme PT24H ou P1D) ou valoir unlimited.</translation>
    </message>
    <message>
        <source>The duration has a second T.</source>
        <translation>La durée contient un second T.</translation>
    </message>
    <message>
        <source>The duration has a T with no hours, minutes or seconds after it.</source>
        <translation>La durée contient un T qui n&apos;est suivi d&apos;aucune heure, minute ou seconde.</translation>
    </message>
    <message>
        <source>Only the smallest unit of a duration may have a fraction.</source>
        <translation>Seule la plus petite unité d&apos;une durée peut avoir une partie décimale.</translation>
    </message>
    <message>
        <source>A number is expected at &quot;%1&quot;.</source>
        <translation>Un nombre est attendu à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The duration is too long.</source>
        <translation>La durée est trop longue.</translation>
    </message>
    <message>
        <source>A duration may have at most three decimals.</source>
        <translation>Une durée peut avoir au plus trois décimales.</translation>
    </message>
    <message>
        <source>A decimal separator must be followed by digits.</source>
        <translation>Un séparateur décimal doit être suivi de chiffres.</translation>
    </message>
    <message>
        <source>The number %1 has no unit (Y, M, W, D, H, M or S).</source>
        <translation>Le nombre %1 n&apos;a pas d&apos;unité (Y, M, W, D, H, M ou S).</translation>
    </message>
    <message>
        <source>Hours, minutes and seconds must come after T (as in PT%1%2).</source>
        <translation>Les heures, minutes et secondes doivent suivre le T (comme dans PT%1%2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a duration unit here.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une unité de durée à cet endroit.</translation>
    </message>
    <message>
        <source>The units of a duration must be written once each, largest first.</source>
        <translation>Chaque unité d&apos;une durée ne doit figurer qu&apos;une fois, de la plus grande à la plus petite.</translation>
    </message>
    <message>
        <source>The duration has no value (write for example PT24H).</source>
        <translation>La durée n&apos;a pas de valeur (saisissez par exemple PT24H).</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Illimitée</translation>
    </message>
    <message>
        <source>Zero</source>
        <translation>Zéro</translation>
    </message>
    <message>
        <source>%1 y</source>
        <translation>%1 a</translation>
    </message>
    <message>
        <source>%1 mo</source>
        <translation>%1 mois</translation>
    </message>
    <message>
        <source>%1 wk</source>
        <translation>%1 sem.</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 j</translation>
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
        <translation>Le lien n&apos;a pas de nom.</translation>
    </message>
    <message>
        <source>Context &quot;%1&quot;: %2</source>
        <translation>Contexte «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Context &quot;%1&quot; cannot be interpreted by the app (only User_* and User.&lt;attribute&gt; = &lt;value&gt; are documented); it is kept as written and the preview cannot evaluate it.</source>
        <translation>Le contexte «&#xa0;%1&#xa0;» ne peut pas être interprété par l&apos;application (seuls User_* et User.&lt;attribute&gt; = &lt;value&gt; sont documentés)&#xa0;; il est conservé tel quel et l&apos;aperçu ne peut pas l&apos;évaluer.</translation>
    </message>
    <message>
        <source>%1: context &quot;%2&quot; appears again at row %3 with the same value.</source>
        <translation>%1&#xa0;: le contexte «&#xa0;%2&#xa0;» apparaît de nouveau à la ligne %3 avec la même valeur.</translation>
    </message>
    <message>
        <source>%1: context &quot;%2&quot; appears at rows %3 and %4 with different values; which one the service uses is not documented.</source>
        <translation>%1&#xa0;: le contexte «&#xa0;%2&#xa0;» apparaît aux lignes %3 et %4 avec des valeurs différentes&#xa0;; la valeur utilisée par le service n&apos;est pas documentée.</translation>
    </message>
    <message>
        <source>The row estimate range for &quot;%1&quot; has a negative bound.</source>
        <translation>La plage d&apos;estimation des lignes pour «&#xa0;%1&#xa0;» a une borne négative.</translation>
    </message>
    <message>
        <source>The row estimate range for &quot;%1&quot; goes from %2 down to %3: no estimate can fall in it.</source>
        <translation>La plage d&apos;estimation des lignes pour «&#xa0;%1&#xa0;» va de %2 à %3 en décroissant&#xa0;: aucune estimation ne peut s&apos;y trouver.</translation>
    </message>
    <message>
        <source>There is no row estimate range for all users (context User_*); the service requires one.</source>
        <translation>Il n&apos;existe aucune plage d&apos;estimation des lignes pour tous les utilisateurs (contexte User_*)&#xa0;; le service en exige une.</translation>
    </message>
    <message>
        <source>Generated app name for &quot;%1&quot;: %2</source>
        <translation>Nom de l&apos;application générée pour «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>The generated app limit for &quot;%1&quot; is %2; the minimum is 1.</source>
        <translation>La limite d&apos;applications générées pour «&#xa0;%1&#xa0;» est de %2&#xa0;; le minimum est 1.</translation>
    </message>
    <message>
        <source>The link is a dynamic view: the service sets the generated app limit to 1, so %1 for &quot;%2&quot; has no effect.</source>
        <translation>Le lien est une vue dynamique&#xa0;: le service fixe la limite d&apos;applications générées à 1, donc %1 pour «&#xa0;%2&#xa0;» est sans effet.</translation>
    </message>
    <message>
        <source>The generated app limit for &quot;%1&quot; is ignored: overrideGenAppLimit is on for it.</source>
        <translation>La limite d&apos;applications générées pour «&#xa0;%1&#xa0;» est ignorée&#xa0;: overrideGenAppLimit est activé pour ce contexte.</translation>
    </message>
    <message>
        <source>The limit policy &quot;%1&quot; for &quot;%2&quot; is not one the app knows (Restrict, AutoDelete); it is kept.</source>
        <translation>La stratégie de limite «&#xa0;%1&#xa0;» pour «&#xa0;%2&#xa0;» est inconnue de l&apos;application (Restrict, AutoDelete)&#xa0;; elle est conservée.</translation>
    </message>
    <message>
        <source>The limit policy for &quot;%1&quot; has no effect: the link sets no generated app limit.</source>
        <translation>La stratégie de limite pour «&#xa0;%1&#xa0;» est sans effet&#xa0;: le lien ne définit aucune limite d&apos;applications générées.</translation>
    </message>
    <message>
        <source>The limit policy %1 for &quot;%2&quot; has no effect: overrideGenAppLimit is on for it, so the limit is ignored.</source>
        <translation>La stratégie de limite %1 pour «&#xa0;%2&#xa0;» est sans effet&#xa0;: overrideGenAppLimit est activé pour ce contexte, la limite est donc ignorée.</translation>
    </message>
    <message>
        <source>The retention time for &quot;%1&quot; is not valid: %2</source>
        <translation>La durée de conservation pour «&#xa0;%1&#xa0;» n&apos;est pas valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>The retention time &quot;%1&quot; for &quot;%2&quot; is usually written %3.</source>
        <translation>La durée de conservation «&#xa0;%1&#xa0;» pour «&#xa0;%2&#xa0;» s&apos;écrit généralement %3.</translation>
    </message>
    <message>
        <source>The retention time %1 for &quot;%2&quot; uses years or months, whose length varies; the app counts 365 and 30 days.</source>
        <translation>La durée de conservation %1 pour «&#xa0;%2&#xa0;» utilise des années ou des mois, dont la durée varie&#xa0;; l&apos;application compte 365 et 30 jours.</translation>
    </message>
    <message>
        <source>The retention time for &quot;%1&quot; is zero; the service records 0 as &quot;never purged&quot;. Write unlimited if that is meant.</source>
        <translation>La durée de conservation pour «&#xa0;%1&#xa0;» est nulle&#xa0;; le service enregistre 0 comme «&#xa0;jamais purgé&#xa0;». Saisissez unlimited si c&apos;est ce que vous voulez.</translation>
    </message>
    <message>
        <source>The link is a dynamic view: the service keeps generated apps for 24 hours, so %1 for &quot;%2&quot; has no effect.</source>
        <translation>Le lien est une vue dynamique&#xa0;: le service conserve les applications générées pendant 24 heures, donc %1 pour «&#xa0;%2&#xa0;» est sans effet.</translation>
    </message>
    <message>
        <source>The open method &quot;%1&quot; for &quot;%2&quot; is not one the app knows (Tab, Window); it is kept.</source>
        <translation>La méthode d&apos;ouverture «&#xa0;%1&#xa0;» pour «&#xa0;%2&#xa0;» est inconnue de l&apos;application (Tab, Window)&#xa0;; elle est conservée.</translation>
    </message>
    <message>
        <source>The target sheet for &quot;%1&quot; has no sheet ID.</source>
        <translation>La feuille cible pour «&#xa0;%1&#xa0;» n&apos;a pas d&apos;ID de feuille.</translation>
    </message>
    <message>
        <source>The menu label for &quot;%1&quot; is empty.</source>
        <translation>Le libellé du menu pour «&#xa0;%1&#xa0;» est vide.</translation>
    </message>
    <message>
        <source>Binding %1 has no template app variable name.</source>
        <translation>La liaison %1 n&apos;a pas de nom de variable de l&apos;application modèle.</translation>
    </message>
    <message>
        <source>Binding %1 has a negative value count.</source>
        <translation>La liaison %1 a un nombre de valeurs négatif.</translation>
    </message>
    <message>
        <source>Binding %1 asks for at least %2 and at most %3 values, which no selection can meet.</source>
        <translation>La liaison %1 demande au moins %2 et au plus %3 valeurs, ce qu&apos;aucune sélection ne peut satisfaire.</translation>
    </message>
    <message>
        <source>Binding %1 appears twice with different ranges (%2 and %3).</source>
        <translation>La liaison %1 apparaît deux fois avec des plages différentes (%2 et %3).</translation>
    </message>
    <message>
        <source>Binding %1 is listed twice.</source>
        <translation>La liaison %1 figure deux fois.</translation>
    </message>
    <message>
        <source>Bindings %1 and %2 read the same field %3 with different ranges (%4 and %5); the service requires one range per field.</source>
        <translation>Les liaisons %1 et %2 lisent le même champ %3 avec des plages différentes (%4 et %5)&#xa0;; le service exige une seule plage par champ.</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>No (default)</source>
        <translation>Non (par défaut)</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Aucune limite</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (par défaut)</translation>
    </message>
    <message>
        <source>The comment opened with /* on line %1 is never closed: the rest of the script is a comment.</source>
        <translation>Le commentaire ouvert par /* à la ligne %1 n&apos;est jamais fermé&#xa0;: le reste du script est un commentaire.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; after $(%2) is not a quantity constraint [M-N]; it is left in the script.</source>
        <translation>«&#xa0;%1&#xa0;» après $(%2) n&apos;est pas une contrainte de quantité [M-N]&#xa0;; il est laissé dans le script.</translation>
    </message>
    <message>
        <source>$(%1)[%2-%3] asks for at least %2 and at most %3 values, which no selection can meet.</source>
        <translation>$(%1)[%2-%3] demande au moins %2 et au plus %3 valeurs, ce qu&apos;aucune sélection ne peut satisfaire.</translation>
    </message>
    <message>
        <source>The { after $(%1) is not closed on the same line; it is not read as a format specification.</source>
        <translation>L&apos;accolade { après $(%1) n&apos;est pas fermée sur la même ligne&#xa0;; elle n&apos;est pas lue comme une spécification de format.</translation>
    </message>
    <message>
        <source>The format specification after $(%1) is not valid JSON: %2</source>
        <translation>La spécification de format après $(%1) n&apos;est pas un JSON valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>The format specification after $(%1) has the unknown key &quot;%2&quot; (known: quote, delimiter, noValue).</source>
        <translation>La spécification de format après $(%1) contient la clé inconnue «&#xa0;%2&#xa0;» (clés connues&#xa0;: quote, delimiter, noValue).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the format specification after $(%2) must be a string.</source>
        <translation>«&#xa0;%1&#xa0;» dans la spécification de format après $(%2) doit être une chaîne.</translation>
    </message>
    <message>
        <source>$(%1) has the range %2 on line %3 and %4 on line %5; a variable can have only one.</source>
        <translation>$(%1) a la plage %2 à la ligne %3 et %4 à la ligne %5&#xa0;; une variable ne peut en avoir qu&apos;une.</translation>
    </message>
    <message>
        <source>Field %1 has the range %2 in $(%3) on line %4 and %5 in $(%6) on line %7; every binding of a field must have the same range.</source>
        <translation>Le champ %1 a la plage %2 dans $(%3) à la ligne %4 et %5 dans $(%6) à la ligne %7&#xa0;; toutes les liaisons d&apos;un champ doivent avoir la même plage.</translation>
    </message>
</context>
<context>
    <name>odag::sandbox</name>
    <message>
        <source>Rate limit exceeded (injected storm).</source>
        <translation>Limite de débit dépassée (tempête injectée).</translation>
    </message>
    <message>
        <source>The sandbox injected this error (fault rule %1).</source>
        <translation>La sandbox a injecté cette erreur (règle de panne %1).</translation>
    </message>
    <message>
        <source>The sandbox dropped this request&apos;s answer.</source>
        <translation>La sandbox a abandonné la réponse à cette requête.</translation>
    </message>
    <message>
        <source>Bad Request</source>
        <translation>Requête incorrecte</translation>
    </message>
    <message>
        <source>Unauthorized</source>
        <translation>Non autorisé</translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation>Interdit</translation>
    </message>
    <message>
        <source>Not Found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>Method Not Allowed</source>
        <translation>Méthode non autorisée</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>Payload Too Large</source>
        <translation>Charge utile trop volumineuse</translation>
    </message>
    <message>
        <source>Too Many Requests</source>
        <translation>Trop de requêtes</translation>
    </message>
    <message>
        <source>Internal Server Error</source>
        <translation>Erreur interne du serveur</translation>
    </message>
    <message>
        <source>Bad Gateway</source>
        <translation>Passerelle incorrecte</translation>
    </message>
    <message>
        <source>Service Unavailable</source>
        <translation>Service indisponible</translation>
    </message>
    <message>
        <source>HTTP error %1</source>
        <translation>Erreur HTTP %1</translation>
    </message>
    <message>
        <source>id and apiKey must not be empty</source>
        <translation>id et apiKey ne doivent pas être vides</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>duplicate user id %1</source>
        <translation>ID utilisateur %1 en double</translation>
    </message>
    <message>
        <source>duplicate API key for user %1</source>
        <translation>clé d&apos;API en double pour l&apos;utilisateur %1</translation>
    </message>
    <message>
        <source>ODAG Admin asks to act on this tenant as:</source>
        <translation>ODAG Admin demande à agir sur ce locataire en tant que&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (administrator)</source>
        <translation>%1 (administrateur)</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Autoriser</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>This is the local sandbox tenant: no password is needed.</source>
        <translation>Ceci est le locataire sandbox local&#xa0;: aucun mot de passe n&apos;est nécessaire.</translation>
    </message>
    <message>
        <source>Sign in to the sandbox tenant</source>
        <translation>Se connecter au locataire sandbox</translation>
    </message>
    <message>
        <source>Sign-in cannot continue</source>
        <translation>La connexion ne peut pas continuer</translation>
    </message>
    <message>
        <source>The app that sent you here is not registered on this tenant (unknown client_id).</source>
        <translation>L&apos;application qui vous a envoyé ici n&apos;est pas enregistrée sur ce locataire (client_id inconnu).</translation>
    </message>
    <message>
        <source>The app asked to be answered at an address that is not registered for it. Only http://127.0.0.1:PORT/... and http://localhost:PORT/... are accepted.</source>
        <translation>L&apos;application a demandé une réponse à une adresse qui n&apos;est pas enregistrée pour elle. Seules http://127.0.0.1:PORT/... et http://localhost:PORT/... sont acceptées.</translation>
    </message>
    <message>
        <source>Only response_type=code is supported.</source>
        <translation>Seul response_type=code est pris en charge.</translation>
    </message>
    <message>
        <source>PKCE with code_challenge_method=S256 is required.</source>
        <translation>PKCE avec code_challenge_method=S256 est obligatoire.</translation>
    </message>
    <message>
        <source>code_challenge is missing or too short.</source>
        <translation>code_challenge est manquant ou trop court.</translation>
    </message>
    <message>
        <source>The authorization code is not valid or was already used.</source>
        <translation>Le code d&apos;autorisation n&apos;est pas valide ou a déjà été utilisé.</translation>
    </message>
    <message>
        <source>The authorization code has expired.</source>
        <translation>Le code d&apos;autorisation a expiré.</translation>
    </message>
    <message>
        <source>The authorization code was issued to another client.</source>
        <translation>Le code d&apos;autorisation a été délivré à un autre client.</translation>
    </message>
    <message>
        <source>redirect_uri differs from the one of the authorization request.</source>
        <translation>redirect_uri diffère de celle de la demande d&apos;autorisation.</translation>
    </message>
    <message>
        <source>The code_verifier does not match the code_challenge.</source>
        <translation>Le code_verifier ne correspond pas au code_challenge.</translation>
    </message>
    <message>
        <source>The refresh token is not valid, was revoked or was already used.</source>
        <translation>Le jeton d&apos;actualisation n&apos;est pas valide, a été révoqué ou a déjà été utilisé.</translation>
    </message>
    <message>
        <source>The refresh token was issued to another client.</source>
        <translation>Le jeton d&apos;actualisation a été délivré à un autre client.</translation>
    </message>
    <message>
        <source>The user no longer exists.</source>
        <translation>L&apos;utilisateur n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The user denied the request.</source>
        <translation>L&apos;utilisateur a refusé la demande.</translation>
    </message>
    <message>
        <source>There is no user %1 on this tenant.</source>
        <translation>Il n&apos;y a pas d&apos;utilisateur %1 sur ce locataire.</translation>
    </message>
    <message>
        <source>Unknown client_id.</source>
        <translation>client_id inconnu.</translation>
    </message>
    <message>
        <source>grant_type must be authorization_code or refresh_token.</source>
        <translation>grant_type doit valoir authorization_code ou refresh_token.</translation>
    </message>
</context>
<context>
    <name>odag::sandbox::AppDataRoutes</name>
    <message>
        <source>script version</source>
        <translation>Version de script</translation>
    </message>
    <message>
        <source>The current version of the script cannot be deleted.</source>
        <translation>La version actuelle du script ne peut pas être supprimée.</translation>
    </message>
    <message>
        <source>reload log</source>
        <translation>Journal de rechargement</translation>
    </message>
</context>
<context>
    <name>odag::sandbox::AppMediaRoutes</name>
    <message>
        <source>media file</source>
        <translation>Fichier multimédia</translation>
    </message>
    <message>
        <source>The media file %1 exists already; delete it first.</source>
        <translation>Le fichier multimédia %1 existe déjà&#xa0;; supprimez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>media folder</source>
        <translation>Dossier multimédia</translation>
    </message>
    <message>
        <source>The app %1 has no thumbnail.</source>
        <translation>L&apos;application %1 n&apos;a pas de miniature.</translation>
    </message>
</context>
<context>
    <name>odag::sandbox::AppPackage</name>
    <message>
        <source>the file is not a Qlik Sense app (QVF)</source>
        <translation>le fichier n’est pas une application Qlik Sense (QVF)</translation>
    </message>
    <message>
        <source>the app file is truncated or has trailing bytes</source>
        <translation>le fichier d’application est tronqué ou contient des octets en trop à la fin</translation>
    </message>
    <message>
        <source>the app file is damaged (its checksum does not match)</source>
        <translation>le fichier d’application est endommagé (sa somme de contrôle ne correspond pas)</translation>
    </message>
    <message>
        <source>the app file is damaged (its contents cannot be read)</source>
        <translation>le fichier d’application est endommagé (son contenu ne peut pas être lu)</translation>
    </message>
    <message>
        <source>the app file was written in a format this sandbox does not read</source>
        <translation>le fichier d’application a été écrit dans un format que le locataire sandbox ne lit pas</translation>
    </message>
    <message>
        <source>the app file holds no app name</source>
        <translation>le fichier d’application ne contient aucun nom d’application</translation>
    </message>
</context>
<context>
    <name>odag::sandbox::AppRoutes</name>
    <message>
        <source>You may not create apps.</source>
        <translation>Vous n&apos;êtes pas autorisé à créer des applications.</translation>
    </message>
    <message>
        <source>no space with ID %1</source>
        <translation>aucun espace avec l&apos;ID %1</translation>
    </message>
    <message>
        <source>apps reach a managed space by publishing, not directly</source>
        <translation>les applications arrivent dans un espace géré par publication, pas directement</translation>
    </message>
    <message>
        <source>You may not add apps to the space %1.</source>
        <translation>Vous n&apos;êtes pas autorisé à ajouter des applications à l&apos;espace %1.</translation>
    </message>
    <message>
        <source>the app name must have 1 to 256 characters</source>
        <translation>le nom de l&apos;application doit comporter de 1 à 256 caractères</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an app usage (%2)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un usage d&apos;application (%2)</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>no user with ID %1</source>
        <translation>aucun utilisateur avec l&apos;ID %1</translation>
    </message>
    <message>
        <source>space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <source>apps are published to managed spaces only</source>
        <translation>les applications ne sont publiées que dans des espaces gérés</translation>
    </message>
    <message>
        <source>You may not publish to the space %1.</source>
        <translation>Vous n&apos;êtes pas autorisé à publier dans l&apos;espace %1.</translation>
    </message>
    <message>
        <source>use source or target</source>
        <translation>utilisez source ou target</translation>
    </message>
    <message>
        <source>required when the app is moved</source>
        <translation>obligatoire lorsque l&apos;application est déplacée</translation>
    </message>
    <message>
        <source>The app is already published to this space as %1; republish it with PUT /api/v1/apps/%2/publish.</source>
        <translation>L&apos;application est déjà publiée dans cet espace sous l&apos;ID %1&#xa0;; republiez-la avec PUT /api/v1/apps/%2/publish.</translation>
    </message>
    <message>
        <source>The app %1 has no published copy in the space %2.</source>
        <translation>L&apos;application %1 n&apos;a pas de copie publiée dans l&apos;espace %2.</translation>
    </message>
    <message>
        <source>streams exist on client-managed servers only; give the published app&apos;s ID</source>
        <translation>les flux n&apos;existent que sur les serveurs gérés par le client&#xa0;; indiquez l&apos;ID de l&apos;application publiée</translation>
    </message>
    <message>
        <source>app</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>the app %1 is not published</source>
        <translation>l&apos;application %1 n&apos;est pas publiée</translation>
    </message>
    <message>
        <source>The app %1 was not published from the app %2.</source>
        <translation>L&apos;application %1 n&apos;a pas été publiée à partir de l&apos;application %2.</translation>
    </message>
    <message>
        <source>You may not publish to the space of the app %1.</source>
        <translation>Vous n&apos;êtes pas autorisé à publier dans l&apos;espace de l&apos;application %1.</translation>
    </message>
    <message>
        <source>Republished from %1</source>
        <translation>Republiée à partir de %1</translation>
    </message>
    <message>
        <source>The app %1 is not published.</source>
        <translation>L&apos;application %1 n&apos;est pas publiée.</translation>
    </message>
</context>
<context>
    <name>odag::sandbox::AppTransferRoutes</name>
    <message>
        <source>You may export the app %1 only without its data (NoData).</source>
        <translation>Vous ne pouvez exporter l&apos;application %1 que sans ses données (NoData).</translation>
    </message>
    <message>
        <source>temporary file</source>
        <translation>Fichier temporaire</translation>
    </message>
    <message>
        <source>The temporary file %1 belongs to someone else.</source>
        <translation>Le fichier temporaire %1 appartient à quelqu&apos;un d&apos;autre.</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <source>You may not import apps.</source>
        <translation>Vous n&apos;êtes pas autorisé à importer des applications.</translation>
    </message>
    <message>
        <source>use NEW or AUTOREPLACE</source>
        <translation>utilisez NEW ou AUTOREPLACE</translation>
    </message>
    <message>
        <source>no space with ID %1</source>
        <translation>aucun espace avec l&apos;ID %1</translation>
    </message>
    <message>
        <source>You may not add apps to the space %1.</source>
        <translation>Vous n&apos;êtes pas autorisé à ajouter des applications à l&apos;espace %1.</translation>
    </message>
    <message>
        <source>send the app file (application/octet-stream)</source>
        <translation>envoyez le fichier de l&apos;application (application/octet-stream)</translation>
    </message>
    <message>
        <source>the app name must have 1 to 256 characters</source>
        <translation>le nom de l&apos;application doit comporter de 1 à 256 caractères</translation>
    </message>
</context>
<context>
    <name>odag::sandbox::AppsCommon</name>
    <message>
        <source>No %1 with ID %2.</source>
        <translation>%1 introuvable avec l&apos;ID %2.</translation>
    </message>
    <message>
        <source>app</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>You do not have the %1 privilege on the app %2.</source>
        <translation>Vous n&apos;avez pas le privilège %1 sur l&apos;application %2.</translation>
    </message>
    <message>
        <source>The sandbox could not save the change: %1</source>
        <translation>La sandbox n&apos;a pas pu enregistrer la modification&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>odag::sandbox::ControlRoutes</name>
    <message>
        <source>Only administrators can use the sandbox control paths.</source>
        <translation>Seuls les administrateurs peuvent utiliser les chemins de contrôle de la sandbox.</translation>
    </message>
    <message>
        <source>Send the fault rules as JSON.</source>
        <translation>Envoyez les règles de panne au format JSON.</translation>
    </message>
</context>
<context>
    <name>odag::sandbox::DemoRequests</name>
    <message>
        <source>The template app could not be opened for binding; the request was not queued.</source>
        <translation>L&apos;application modèle n&apos;a pas pu être ouverte pour la liaison&#xa0;; la demande n&apos;a pas été mise en file d&apos;attente.</translation>
    </message>
    <message>
        <source>%1 of %2 sub-requests failed.</source>
        <translation>%1 sous-demandes sur %2 ont échoué.</translation>
    </message>
    <message>
        <source>The generated app was deleted to stay within the link&apos;s limit of generated apps.</source>
        <translation>L&apos;application générée a été supprimée pour respecter la limite d&apos;applications générées du lien.</translation>
    </message>
    <message>
        <source>Generated by the ODAG link &quot;%1&quot; (request %2).</source>
        <translation>Générée par le lien ODAG «&#xa0;%1&#xa0;» (demande %2).</translation>
    </message>
    <message>
        <source>The data load of the generated app failed: General Script Error (the template script has a // sandbox:fail line). The app was kept for diagnosis.</source>
        <translation>Le chargement des données de l&apos;application générée a échoué&#xa0;: General Script Error (le script modèle contient une ligne // sandbox:fail). L&apos;application a été conservée pour diagnostic.</translation>
    </message>
    <message>
        <source>Row estimate exceeded: the data load returned %1 rows, more than the %2 the link allows.</source>
        <translation>Estimation des lignes dépassée&#xa0;: le chargement des données a renvoyé %1 lignes, plus que les %2 autorisées par le lien.</translation>
    </message>
    <message>
        <source>Connector timeout: the data connection &apos;Snowflake_Sales&apos; did not answer within 300 seconds (SQL##f - SqlState: S1T00, ErrorCode: 0).</source>
        <translation>Délai du connecteur dépassé&#xa0;: la connexion de données &apos;Snowflake_Sales&apos; n&apos;a pas répondu dans les 300 secondes (SQL##f - SqlState: S1T00, ErrorCode: 0).</translation>
    </message>
    <message>
        <source>Script error at line 42: Field &apos;ORIGIN_STATE&apos; not found (General Script Error).</source>
        <translation>Erreur de script à la ligne 42&#xa0;: champ &apos;ORIGIN_STATE&apos; introuvable (General Script Error).</translation>
    </message>
    <message>
        <source>Connector error: &apos;REST_Claims&apos; answered HTTP 503 Service Unavailable after 3 retries.</source>
        <translation>Erreur du connecteur&#xa0;: &apos;REST_Claims&apos; a répondu HTTP 503 Service Unavailable après 3 tentatives.</translation>
    </message>
    <message>
        <source>The engine on %1 ran out of memory during the load (more than 8 GB).</source>
        <translation>Le moteur sur %1 a manqué de mémoire pendant le chargement (plus de 8 Go).</translation>
    </message>
    <message>
        <source>Script error at line 17: Unknown statement: LOAD DISTINC (Syntax error).</source>
        <translation>Erreur de script à la ligne 17&#xa0;: instruction inconnue&#xa0;: LOAD DISTINC (Syntax error).</translation>
    </message>
    <message>
        <source>Data connection &apos;ODBC_Claims&apos; not found, or the generating user may not use it.</source>
        <translation>Connexion de données &apos;ODBC_Claims&apos; introuvable, ou l&apos;utilisateur qui génère l&apos;application n&apos;est pas autorisé à l&apos;utiliser.</translation>
    </message>
</context>
<context>
    <name>odag::sandbox::FaultSpec</name>
    <message>
        <source>a fault rule needs a path</source>
        <translation>une règle de panne nécessite un chemin</translation>
    </message>
    <message>
        <source>invalid path pattern %1: %2</source>
        <translation>modèle de chemin %1 non valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>probability must be between 0 and 1</source>
        <translation>probability doit être compris entre 0 et 1</translation>
    </message>
    <message>
        <source>unknown method %1</source>
        <translation>méthode %1 inconnue</translation>
    </message>
    <message>
        <source>delayMs and retryAfter must not be negative</source>
        <translation>delayMs et retryAfter ne doivent pas être négatifs</translation>
    </message>
    <message>
        <source>unknown fault kind &quot;%1&quot;</source>
        <translation>type de panne «&#xa0;%1&#xa0;» inconnu</translation>
    </message>
    <message>
        <source>path: expected string</source>
        <translation>path&#xa0;: chaîne attendue</translation>
    </message>
    <message>
        <source>method: expected string</source>
        <translation>method&#xa0;: chaîne attendue</translation>
    </message>
    <message>
        <source>probability: expected number</source>
        <translation>probability&#xa0;: nombre attendu</translation>
    </message>
    <message>
        <source>delayMs: expected number</source>
        <translation>delayMs&#xa0;: nombre attendu</translation>
    </message>
    <message>
        <source>retryAfter: expected number</source>
        <translation>retryAfter&#xa0;: nombre attendu</translation>
    </message>
    <message>
        <source>times: expected number</source>
        <translation>times&#xa0;: nombre attendu</translation>
    </message>
    <message>
        <source>rules: expected array</source>
        <translation>rules&#xa0;: tableau attendu</translation>
    </message>
    <message>
        <source>seed: expected integer</source>
        <translation>seed&#xa0;: entier attendu</translation>
    </message>
    <message>
        <source>expected an array of fault rules</source>
        <translation>tableau de règles de panne attendu</translation>
    </message>
    <message>
        <source>expected object</source>
        <translation>objet attendu</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>fault &quot;%1&quot;: expected KIND[=N]:PROBABILITY:PATH[:METHOD]</source>
        <translation>panne «&#xa0;%1&#xa0;»&#xa0;: KIND[=N]:PROBABILITY:PATH[:METHOD] attendu</translation>
    </message>
    <message>
        <source>fault &quot;%1&quot;: unknown kind &quot;%2&quot;</source>
        <translation>panne «&#xa0;%1&#xa0;»&#xa0;: type «&#xa0;%2&#xa0;» inconnu</translation>
    </message>
    <message>
        <source>fault &quot;%1&quot;: &quot;%2&quot; is not a whole number</source>
        <translation>panne «&#xa0;%1&#xa0;»&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <source>fault &quot;%1&quot;: the probability is not a number</source>
        <translation>panne «&#xa0;%1&#xa0;»&#xa0;: la probabilité n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>fault &quot;%1&quot;: %2</source>
        <translation>panne «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>odag::sandbox::ItemRoutes</name>
    <message>
        <source>required when resourceId or resourceIds is given</source>
        <translation>obligatoire lorsque resourceId ou resourceIds est indiqué</translation>
    </message>
    <message>
        <source>cannot sort by &quot;%1&quot;; use createdAt, updatedAt, recentlyUsed or name</source>
        <translation>impossible de trier par «&#xa0;%1&#xa0;»&#xa0;; utilisez createdAt, updatedAt, recentlyUsed ou name</translation>
    </message>
    <message>
        <source>item</source>
        <translation>Élément</translation>
    </message>
</context>
<context>
    <name>odag::sandbox::LinkBuilder</name>
    <message>
        <source>The link cannot be saved: %1</source>
        <translation>Le lien ne peut pas être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an app ID (24 hexadecimal digits).</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un ID d&apos;application (24 chiffres hexadécimaux).</translation>
    </message>
    <message>
        <source>%1: there is no app with the ID %2.</source>
        <translation>%1&#xa0;: aucune application n&apos;a l&apos;ID %2.</translation>
    </message>
</context>
<context>
    <name>odag::sandbox::LinkRoutes</name>
    <message>
        <source>The link could not be saved: %1</source>
        <translation>Le lien n&apos;a pas pu être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>There is no link with the ID %1.</source>
        <translation>Aucun lien n&apos;a l&apos;ID %1.</translation>
    </message>
    <message>
        <source>The selection app and the template app must be different apps.</source>
        <translation>L&apos;application de sélection et l&apos;application modèle doivent être différentes.</translation>
    </message>
    <message>
        <source>Dynamic views are switched off for this tenant (odag-settings: dynamicViewEnabled is false).</source>
        <translation>Les vues dynamiques sont désactivées pour ce locataire (odag-settings&#xa0;: dynamicViewEnabled vaut false).</translation>
    </message>
    <message>
        <source>You are not allowed to create ODAG links: that takes the role Developer, AnalyticsAdmin or TenantAdmin.</source>
        <translation>Vous n&apos;êtes pas autorisé à créer des liens ODAG&#xa0;: il faut le rôle Developer, AnalyticsAdmin ou TenantAdmin.</translation>
    </message>
    <message>
        <source>statusSetting: &quot;%1&quot; is not a status change; use activate, disable or decommission.</source>
        <translation>statusSetting&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un changement de statut&#xa0;; utilisez activate, disable ou decommission.</translation>
    </message>
    <message>
        <source>The link is decommissioned; a decommissioned link cannot change status again.</source>
        <translation>Le lien est hors service&#xa0;; un lien mis hors service ne peut plus changer de statut.</translation>
    </message>
    <message>
        <source>The link is incomplete and cannot be activated: it needs a template app, a row estimate expression and a row estimate range for all users (User_*).</source>
        <translation>Le lien est incomplet et ne peut pas être activé&#xa0;: il lui faut une application modèle, une expression d&apos;estimation des lignes et une plage d&apos;estimation des lignes pour tous les utilisateurs (User_*).</translation>
    </message>
    <message>
        <source>Only the owner of the link (%1) or an administrator can change it.</source>
        <translation>Seul le propriétaire du lien (%1) ou un administrateur peut le modifier.</translation>
    </message>
    <message>
        <source>modifiedDate: &quot;%1&quot; is not a timestamp.</source>
        <translation>modifiedDate&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un horodatage.</translation>
    </message>
    <message>
        <source>The link was changed by %1 at %2, after the version you sent (%3). Read it again and apply your changes to the new version.</source>
        <translation>Le lien a été modifié par %1 à %2, après la version que vous avez envoyée (%3). Relisez-le et appliquez vos modifications à la nouvelle version.</translation>
    </message>
    <message>
        <source>The link is decommissioned and can no longer be changed.</source>
        <translation>Le lien est hors service et ne peut plus être modifié.</translation>
    </message>
    <message>
        <source>Only an administrator can give a link to another owner.</source>
        <translation>Seul un administrateur peut attribuer un lien à un autre propriétaire.</translation>
    </message>
    <message>
        <source>ownerId: there is no user with the ID %1.</source>
        <translation>ownerId&#xa0;: aucun utilisateur n&apos;a l&apos;ID %1.</translation>
    </message>
    <message>
        <source>Query parameter selAppId: missing required parameter.</source>
        <translation>Paramètre de requête selAppId&#xa0;: paramètre obligatoire manquant.</translation>
    </message>
    <message>
        <source>linkList[%1]: &quot;%2&quot; is not a link ID (24 hexadecimal digits).</source>
        <translation>linkList[%1]&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un ID de lien (24 chiffres hexadécimaux).</translation>
    </message>
    <message>
        <source>linkList[%1]: there is no link with the ID %2.</source>
        <translation>linkList[%1]&#xa0;: aucun lien n&apos;a l&apos;ID %2.</translation>
    </message>
</context>
<context>
    <name>odag::sandbox::OdagAppsRoutes</name>
    <message>
        <source>Query parameter appType: expected selection, template or generated, got &quot;%1&quot;.</source>
        <translation>Paramètre de requête appType&#xa0;: selection, template ou generated attendu, «&#xa0;%1&#xa0;» reçu.</translation>
    </message>
    <message>
        <source>Query parameter appType: missing required parameter.</source>
        <translation>Paramètre de requête appType&#xa0;: paramètre obligatoire manquant.</translation>
    </message>
</context>
<context>
    <name>odag::sandbox::OdagArea</name>
    <message>
        <source>ODAG is not enabled</source>
        <translation>ODAG n&apos;est pas activé</translation>
    </message>
    <message>
        <source>On-demand app generation is switched off for this tenant (odag-settings: odagEnabled is false). A tenant administrator can switch it on.</source>
        <translation>La génération d&apos;applications à la demande est désactivée pour ce locataire (odag-settings&#xa0;: odagEnabled vaut false). Un administrateur du locataire peut l&apos;activer.</translation>
    </message>
    <message>
        <source>Query parameter %1: expected true or false, got &quot;%2&quot;.</source>
        <translation>Paramètre de requête %1&#xa0;: true ou false attendu, «&#xa0;%2&#xa0;» reçu.</translation>
    </message>
    <message>
        <source>Query parameter type: expected link, view or all, got &quot;%1&quot;.</source>
        <translation>Paramètre de requête type&#xa0;: link, view ou all attendu, «&#xa0;%1&#xa0;» reçu.</translation>
    </message>
</context>
<context>
    <name>odag::sandbox::OdagSettingsRoutes</name>
    <message>
        <source>Only tenant administrators can view or change ODAG settings.</source>
        <translation>Seuls les administrateurs du locataire peuvent afficher ou modifier les paramètres ODAG.</translation>
    </message>
    <message>
        <source>The request body must be a JSON object.</source>
        <translation>Le corps de la requête doit être un objet JSON.</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>Les paramètres n&apos;ont pas pu être enregistrés&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>odag::sandbox::QseLinkRoutes</name>
    <message>
        <source>%1 binding(s) read from the template app&apos;s load script.</source>
        <translation>Liaisons lues dans le script de chargement de l&apos;application modèle&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The link is incomplete: it needs a template app, a row estimate expression and a row estimate range for all users.</source>
        <translation>Le lien est incomplet&#xa0;: il lui faut une application modèle, une expression d&apos;estimation des lignes et une plage d&apos;estimation des lignes pour tous les utilisateurs.</translation>
    </message>
    <message>
        <source>The link could not be saved: %1</source>
        <translation>Le lien n&apos;a pas pu être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>There is no link with the ID %1.</source>
        <translation>Aucun lien n&apos;a l&apos;ID %1.</translation>
    </message>
    <message>
        <source>You are not allowed to create ODAG links.</source>
        <translation>Vous n&apos;êtes pas autorisé à créer des liens ODAG.</translation>
    </message>
    <message>
        <source>The selection app and the template app must be different apps.</source>
        <translation>L&apos;application de sélection et l&apos;application modèle doivent être différentes.</translation>
    </message>
    <message>
        <source>Only the owner of the link (%1) or an administrator can change it.</source>
        <translation>Seul le propriétaire du lien (%1) ou un administrateur peut le modifier.</translation>
    </message>
    <message>
        <source>The link is decommissioned and can no longer be changed.</source>
        <translation>Le lien est hors service et ne peut plus être modifié.</translation>
    </message>
    <message>
        <source>Only the owner of the link (%1) or an administrator can delete it.</source>
        <translation>Seul le propriétaire du lien (%1) ou un administrateur peut le supprimer.</translation>
    </message>
</context>
<context>
    <name>odag::sandbox::QseRequestRoutes</name>
    <message>
        <source>Validating the selection state.</source>
        <translation>Validation de l&apos;état de sélection.</translation>
    </message>
    <message>
        <source>Waiting for a free engine to load the data.</source>
        <translation>En attente d&apos;un moteur libre pour charger les données.</translation>
    </message>
    <message>
        <source>Paused (hold): resume the request to put it back in the queue.</source>
        <translation>Suspendue (hold)&#xa0;: reprenez la demande pour la remettre dans la file d&apos;attente.</translation>
    </message>
    <message>
        <source>Loading data on %1.</source>
        <translation>Chargement des données sur %1.</translation>
    </message>
    <message>
        <source>The app was generated.</source>
        <translation>L&apos;application a été générée.</translation>
    </message>
    <message>
        <source>Being cancelled.</source>
        <translation>Annulation en cours.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulée.</translation>
    </message>
    <message>
        <source>Cancelled (acknowledged).</source>
        <translation>Annulée (acquittée).</translation>
    </message>
    <message>
        <source>The request failed.</source>
        <translation>La requête a échoué.</translation>
    </message>
    <message>
        <source>selectionState: expected an array of field states or an object of field values.</source>
        <translation>selectionState&#xa0;: tableau d&apos;états de champ ou objet de valeurs de champ attendu.</translation>
    </message>
    <message>
        <source>selectionState.%1: expected a value or an array of values.</source>
        <translation>selectionState.%1&#xa0;: valeur ou tableau de valeurs attendu.</translation>
    </message>
    <message>
        <source>There is no ODAG link with ID %1.</source>
        <translation>Aucun lien ODAG n&apos;a l&apos;ID %1.</translation>
    </message>
    <message>
        <source>status: &quot;%1&quot; is not a status a request can be set to; use cancelled, hold, queued, canceledAck or failedAck.</source>
        <translation>status&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un statut applicable à une demande&#xa0;; utilisez cancelled, hold, queued, canceledAck ou failedAck.</translation>
    </message>
</context>
<context>
    <name>odag::sandbox::ReloadRoutes</name>
    <message>
        <source>reload</source>
        <translation>Rechargement</translation>
    </message>
    <message>
        <source>cannot sort by &quot;%1&quot;; use creationTime, status, startTime or endTime</source>
        <translation>impossible de trier par «&#xa0;%1&#xa0;»&#xa0;; utilisez creationTime, status, startTime ou endTime</translation>
    </message>
    <message>
        <source>You may not cancel the reload %1.</source>
        <translation>Vous n&apos;êtes pas autorisé à annuler le rechargement %1.</translation>
    </message>
    <message>
        <source>The reload %1 has ended (%2) and cannot be canceled.</source>
        <translation>Le rechargement %1 est terminé (%2) et ne peut pas être annulé.</translation>
    </message>
</context>
<context>
    <name>odag::sandbox::RequestEngine</name>
    <message>
        <source>The link %1 no longer exists.</source>
        <translation>Le lien %1 n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The template app %1 no longer exists.</source>
        <translation>L&apos;application modèle %1 n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Generated by the ODAG link &quot;%1&quot; (request %2).</source>
        <translation>Générée par le lien ODAG «&#xa0;%1&#xa0;» (demande %2).</translation>
    </message>
    <message>
        <source>The generated app was deleted while its data was loading.</source>
        <translation>L&apos;application générée a été supprimée pendant le chargement de ses données.</translation>
    </message>
    <message>
        <source>The data load of the generated app failed: General Script Error at line %1 (// sandbox:fail). The app was kept for diagnosis.</source>
        <translation>Le chargement des données de l&apos;application générée a échoué&#xa0;: General Script Error à la ligne %1 (// sandbox:fail). L&apos;application a été conservée pour diagnostic.</translation>
    </message>
    <message>
        <source>%1 of %2 sub-requests failed.</source>
        <translation>%1 sous-demandes sur %2 ont échoué.</translation>
    </message>
    <message>
        <source>There is no ODAG request with ID %1.</source>
        <translation>Aucune demande ODAG n&apos;a l&apos;ID %1.</translation>
    </message>
    <message>
        <source>Request %1 belongs to another user.</source>
        <translation>La demande %1 appartient à un autre utilisateur.</translation>
    </message>
    <message>
        <source>Request %1 is loading: cancel is effective only before the data load starts.</source>
        <translation>La demande %1 est en cours de chargement&#xa0;: l&apos;annulation n&apos;est effective qu&apos;avant le début du chargement des données.</translation>
    </message>
    <message>
        <source>Request %1 is %2: only a validating, queued or paused request can be cancelled.</source>
        <translation>La demande %1 est à l&apos;état %2&#xa0;: seule une demande en validation, en file d&apos;attente ou suspendue peut être annulée.</translation>
    </message>
    <message>
        <source>Request %1 is %2: only a queued request can be paused.</source>
        <translation>La demande %1 est à l&apos;état %2&#xa0;: seule une demande en file d&apos;attente peut être suspendue.</translation>
    </message>
    <message>
        <source>Request %1 is %2: only a paused (hold) request can be resumed.</source>
        <translation>La demande %1 est à l&apos;état %2&#xa0;: seule une demande suspendue (hold) peut être reprise.</translation>
    </message>
    <message>
        <source>Request %1 is %2: only a canceled request can be acknowledged with ackcancel.</source>
        <translation>La demande %1 est à l&apos;état %2&#xa0;: seule une demande annulée peut être acquittée avec ackcancel.</translation>
    </message>
    <message>
        <source>Request %1 is %2: only a failed request can be acknowledged with ackfailure.</source>
        <translation>La demande %1 est à l&apos;état %2&#xa0;: seule une demande en échec peut être acquittée avec ackfailure.</translation>
    </message>
    <message>
        <source>Unknown action; use cancel, pause, resume, ackcancel or ackfailure.</source>
        <translation>Action inconnue&#xa0;; utilisez cancel, pause, resume, ackcancel ou ackfailure.</translation>
    </message>
    <message>
        <source>Only the owner of request %1 or an administrator can change it.</source>
        <translation>Seul le propriétaire de la demande %1 ou un administrateur peut la modifier.</translation>
    </message>
    <message>
        <source>Request %1 is a multiple request in state %2: none of its sub-requests (%3) can take the action %4.</source>
        <translation>La demande %1 est une demande multiple à l&apos;état %2&#xa0;: aucune de ses sous-demandes (%3) ne peut recevoir l&apos;action %4.</translation>
    </message>
    <message>
        <source>Only the request owner or the link&apos;s owner can delete its app.</source>
        <translation>Seul le propriétaire de la demande ou celui du lien peut supprimer son application.</translation>
    </message>
    <message>
        <source>Request %1 is %2: its app can be deleted once the request has finished (cancel it first).</source>
        <translation>La demande %1 est à l&apos;état %2&#xa0;: son application pourra être supprimée une fois la demande terminée (annulez-la d&apos;abord).</translation>
    </message>
    <message>
        <source>Only the request owner or the link&apos;s owner can rename its app.</source>
        <translation>Seul le propriétaire de la demande ou celui du lien peut renommer son application.</translation>
    </message>
    <message>
        <source>appName: the new name of the generated app must not be empty.</source>
        <translation>appName&#xa0;: le nouveau nom de l&apos;application générée ne doit pas être vide.</translation>
    </message>
    <message>
        <source>Only the request owner or the link&apos;s owner can reload its app.</source>
        <translation>Seul le propriétaire de la demande ou celui du lien peut recharger son application.</translation>
    </message>
    <message>
        <source>Request %1 is %2: its app can be reloaded once the request has finished.</source>
        <translation>La demande %1 est à l&apos;état %2&#xa0;: son application pourra être rechargée une fois la demande terminée.</translation>
    </message>
    <message>
        <source>The link %1 of this request no longer exists.</source>
        <translation>Le lien %1 de cette demande n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The generated app moved to request %1 (reload with copyRequest).</source>
        <translation>L&apos;application générée a été déplacée vers la demande %1 (rechargement avec copyRequest).</translation>
    </message>
    <message>
        <source>ODAG reload of request %1</source>
        <translation>Rechargement ODAG de la demande %1</translation>
    </message>
    <message>
        <source>dynamic view</source>
        <translation>vue dynamique</translation>
    </message>
    <message>
        <source>context &quot;%1&quot;</source>
        <translation>contexte «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Generated app limit reached: you have %1 apps generated by the link &quot;%2&quot; and the limit for you is %3 (%4, policy Restrict). Delete one of them first.</source>
        <translation>Limite d&apos;applications générées atteinte&#xa0;: vous avez %1 applications générées par le lien «&#xa0;%2&#xa0;» et votre limite est de %3 (%4, stratégie Restrict). Supprimez-en d&apos;abord une.</translation>
    </message>
    <message>
        <source>Generated app limit reached: this request needs %1 new apps and the limit for you is %2 (%3, policy AutoDelete); apps still being generated cannot be deleted to make room.</source>
        <translation>Limite d&apos;applications générées atteinte&#xa0;: cette demande nécessite %1 nouvelles applications et votre limite est de %2 (%3, stratégie AutoDelete)&#xa0;; les applications en cours de génération ne peuvent pas être supprimées pour libérer de la place.</translation>
    </message>
    <message>
        <source>The generated app &quot;%1&quot; was deleted by the AutoDelete limit policy to make room for request %2.</source>
        <translation>L&apos;application générée «&#xa0;%1&#xa0;» a été supprimée par la stratégie de limite AutoDelete pour libérer de la place pour la demande %2.</translation>
    </message>
    <message>
        <source>There is no ODAG link with ID %1.</source>
        <translation>Aucun lien ODAG n&apos;a l&apos;ID %1.</translation>
    </message>
    <message>
        <source>(partition %1)</source>
        <translation>(partition %1)</translation>
    </message>
    <message>
        <source>The request could not be stored: %1</source>
        <translation>La demande n&apos;a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Request %1 has no generated app.</source>
        <translation>La demande %1 n&apos;a pas d&apos;application générée.</translation>
    </message>
</context>
<context>
    <name>odag::sandbox::RequestPipeline</name>
    <message>
        <source>Authentication required: send Authorization: Bearer &lt;API key&gt;.</source>
        <translation>Authentification requise&#xa0;: envoyez Authorization: Bearer &lt;API key&gt;.</translation>
    </message>
    <message>
        <source>Only Bearer authorization is supported.</source>
        <translation>Seule l&apos;autorisation Bearer est prise en charge.</translation>
    </message>
    <message>
        <source>The API key is not valid.</source>
        <translation>La clé d&apos;API n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The xrfkey query parameter is missing.</source>
        <translation>Le paramètre de requête xrfkey est manquant.</translation>
    </message>
    <message>
        <source>The X-Qlik-Xrfkey header is missing.</source>
        <translation>L&apos;en-tête X-Qlik-Xrfkey est manquant.</translation>
    </message>
    <message>
        <source>The xrfkey must be 16 characters long.</source>
        <translation>Le xrfkey doit comporter 16 caractères.</translation>
    </message>
    <message>
        <source>The xrfkey query parameter and the X-Qlik-Xrfkey header differ.</source>
        <translation>Le paramètre de requête xrfkey et l&apos;en-tête X-Qlik-Xrfkey diffèrent.</translation>
    </message>
    <message>
        <source>Unknown user %1\%2.</source>
        <translation>Utilisateur %1\%2 inconnu.</translation>
    </message>
    <message>
        <source>Authentication required: send X-Qlik-User or a Bearer API key.</source>
        <translation>Authentification requise&#xa0;: envoyez X-Qlik-User ou une clé d&apos;API Bearer.</translation>
    </message>
    <message>
        <source>No resource at %1 %2.</source>
        <translation>Aucune ressource à %1&#xa0;%2.</translation>
    </message>
    <message>
        <source>%1 is not supported on %2; allowed: %3.</source>
        <translation>%1 n&apos;est pas pris en charge sur %2&#xa0;; méthodes autorisées&#xa0;: %3.</translation>
    </message>
    <message>
        <source>The request body has %1 bytes; at most %2 are accepted here.</source>
        <translation>Le corps de la requête fait %1 octets&#xa0;; %2 au maximum sont acceptés ici.</translation>
    </message>
    <message>
        <source>Rate limit of %1 calls per minute exceeded for this user; retry after %2 seconds.</source>
        <translation>Limite de débit de %1 appels par minute dépassée pour cet utilisateur&#xa0;; réessayez dans %2 secondes.</translation>
    </message>
    <message>
        <source>The request body is not valid JSON: %1</source>
        <translation>Le corps de la requête n&apos;est pas un JSON valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>The sandbox failed to handle the request.</source>
        <translation>La sandbox n&apos;a pas pu traiter la requête.</translation>
    </message>
    <message>
        <source>The access token has expired.</source>
        <translation>Le jeton d&apos;accès a expiré.</translation>
    </message>
</context>
<context>
    <name>odag::sandbox::RequestRoutes</name>
    <message>
        <source>%1 must be true or false, not &quot;%2&quot;.</source>
        <translation>%1 doit valoir true ou false, et non «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>There is no ODAG link with ID %1.</source>
        <translation>Aucun lien ODAG n&apos;a l&apos;ID %1.</translation>
    </message>
    <message>
        <source>action must be one of cancel, pause, resume, ackcancel, ackfailure; got &quot;%1&quot;.</source>
        <translation>action doit valoir cancel, pause, resume, ackcancel ou ackfailure&#xa0;; «&#xa0;%1&#xa0;» reçu.</translation>
    </message>
</context>
<context>
    <name>odag::sandbox::RequestValidation</name>
    <message>
        <source>exactly %1</source>
        <translation>exactement %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>au moins %1</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>au plus %1</translation>
    </message>
    <message>
        <source>any number of</source>
        <translation>un nombre quelconque de</translation>
    </message>
    <message>
        <source>The link &quot;%1&quot; is %2; only an active link takes requests.</source>
        <translation>Le lien «&#xa0;%1&#xa0;» est à l&apos;état %2&#xa0;; seul un lien actif accepte des demandes.</translation>
    </message>
    <message>
        <source>The link &quot;%1&quot; is disabled for you (the disable property of context &quot;%2&quot; is true).</source>
        <translation>Le lien «&#xa0;%1&#xa0;» est désactivé pour vous (la propriété disable du contexte «&#xa0;%2&#xa0;» vaut true).</translation>
    </message>
    <message>
        <source>The selection makes more than %1 partitions (one generated app each); select fewer values in the partition fields %2.</source>
        <translation>La sélection produit plus de %1 partitions (une application générée chacune)&#xa0;; sélectionnez moins de valeurs dans les champs de partition %2.</translation>
    </message>
    <message>
        <source>The binding %1 needs %2 values of %3, and the selection state has no values for %3.</source>
        <translation>La liaison %1 requiert %2 valeurs de %3, et l&apos;état de sélection ne contient aucune valeur pour %3.</translation>
    </message>
    <message>
        <source>The binding %1 needs %2 values of %3 in states %4; the selection has %5.</source>
        <translation>La liaison %1 requiert %2 valeurs de %3 dans les états %4&#xa0;; la sélection en contient %5.</translation>
    </message>
    <message>
        <source>No row estimate range of the link applies to you, so no request can be made.</source>
        <translation>Aucune plage d&apos;estimation des lignes du lien ne s&apos;applique à vous&#xa0;; aucune demande ne peut donc être faite.</translation>
    </message>
    <message>
        <source>No row estimate (actualRowEst) was sent; the row estimate range was not checked.</source>
        <translation>Aucune estimation des lignes (actualRowEst) n&apos;a été envoyée&#xa0;; la plage d&apos;estimation n&apos;a pas été vérifiée.</translation>
    </message>
    <message>
        <source>Row estimate too low: %1 rows, the link needs at least %2 for you (context &quot;%3&quot;).</source>
        <translation>Estimation des lignes trop faible&#xa0;: %1 lignes, le lien en exige au moins %2 pour vous (contexte «&#xa0;%3&#xa0;»).</translation>
    </message>
    <message>
        <source>Row estimate exceeded: %1 rows, the link allows at most %2 for you (context &quot;%3&quot;). Narrow the selection.</source>
        <translation>Estimation des lignes dépassée&#xa0;: %1 lignes, le lien en autorise au plus %2 pour vous (contexte «&#xa0;%3&#xa0;»). Affinez la sélection.</translation>
    </message>
</context>
<context>
    <name>odag::sandbox::SandboxServer</name>
    <message>
        <source>--faults: %1</source>
        <translation>--faults&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot seed the demo data: %1</source>
        <translation>impossible de créer les données de démonstration&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2</source>
        <translation>impossible d&apos;écouter sur %1:%2</translation>
    </message>
    <message>
        <source>--tls-cert: cannot read %1</source>
        <translation>--tls-cert&#xa0;: impossible de lire %1</translation>
    </message>
    <message>
        <source>--tls-key: cannot read %1</source>
        <translation>--tls-key&#xa0;: impossible de lire %1</translation>
    </message>
    <message>
        <source>--tls-cert: not a PEM certificate</source>
        <translation>--tls-cert&#xa0;: pas un certificat PEM</translation>
    </message>
    <message>
        <source>--tls-key: not an unencrypted PEM RSA or EC private key</source>
        <translation>--tls-key&#xa0;: pas une clé privée PEM RSA ou EC non chiffrée</translation>
    </message>
    <message>
        <source>this build of the sandbox has no TLS support</source>
        <translation>cette version de la sandbox ne prend pas en charge TLS</translation>
    </message>
</context>
<context>
    <name>odag::sandbox::SandboxStore</name>
    <message>
        <source>the paging cursor is not valid for this list</source>
        <translation>le curseur de pagination n&apos;est pas valide pour cette liste</translation>
    </message>
    <message>
        <source>limit must be a whole number from 1 to %1</source>
        <translation>limit doit être un nombre entier compris entre 1 et %1</translation>
    </message>
    <message>
        <source>next and prev cannot be used together</source>
        <translation>next et prev ne peuvent pas être utilisés ensemble</translation>
    </message>
    <message>
        <source>cannot create the data directory %1</source>
        <translation>impossible de créer le répertoire de données %1</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 has schema version %2, newer than this sandbox knows (%3)</source>
        <translation>%1 a la version de schéma %2, plus récente que celle connue de cette sandbox (%3)</translation>
    </message>
    <message>
        <source>migration %1 (%2) failed: %3</source>
        <translation>échec de la migration %1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>cannot sort by &quot;%1&quot;</source>
        <translation>impossible de trier par «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>cannot filter by &quot;%1&quot;</source>
        <translation>impossible de filtrer par «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>odag::sandbox::ScimFilter</name>
    <message>
        <source>filter: the text starting at character %1 has no closing quote</source>
        <translation>filter&#xa0;: le texte commençant au caractère %1 n&apos;a pas de guillemet fermant</translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot;</source>
        <translation>«&#xa0;%1&#xa0;» inattendu</translation>
    </message>
    <message>
        <source>filter: %1 at character %2</source>
        <translation>filter&#xa0;: %1 au caractère %2</translation>
    </message>
    <message>
        <source>a closing parenthesis is missing</source>
        <translation>il manque une parenthèse fermante</translation>
    </message>
    <message>
        <source>an attribute name is expected</source>
        <translation>un nom d&apos;attribut est attendu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be filtered on (use %2)</source>
        <translation>impossible de filtrer sur «&#xa0;%1&#xa0;» (utilisez %2)</translation>
    </message>
    <message>
        <source>only the eq and ne operators are supported</source>
        <translation>seuls les opérateurs eq et ne sont pris en charge</translation>
    </message>
    <message>
        <source>a value is expected</source>
        <translation>une valeur est attendue</translation>
    </message>
</context>
<context>
    <name>odag::sandbox::SpaceRoutes</name>
    <message>
        <source>space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a space type (shared, managed, data)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un type d&apos;espace (shared, managed, data)</translation>
    </message>
    <message>
        <source>cannot sort by &quot;%1&quot;; use name, createdAt, updatedAt or type</source>
        <translation>impossible de trier par «&#xa0;%1&#xa0;»&#xa0;; utilisez name, createdAt, updatedAt ou type</translation>
    </message>
    <message>
        <source>You may not create %1 spaces.</source>
        <translation>Vous n&apos;êtes pas autorisé à créer des espaces de type %1.</translation>
    </message>
    <message>
        <source>A space named &quot;%1&quot; already exists.</source>
        <translation>Un espace nommé «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>You may not change the space %1.</source>
        <translation>Vous n&apos;êtes pas autorisé à modifier l&apos;espace %1.</translation>
    </message>
    <message>
        <source>Only the owner of the space or an administrator may give it to someone else.</source>
        <translation>Seul le propriétaire de l&apos;espace ou un administrateur peut le céder à quelqu&apos;un d&apos;autre.</translation>
    </message>
    <message>
        <source>no user with ID %1</source>
        <translation>aucun utilisateur avec l&apos;ID %1</translation>
    </message>
    <message>
        <source>at least one patch operation is required</source>
        <translation>au moins une opération de patch est requise</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not supported; use replace, add or remove</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas pris en charge&#xa0;; utilisez replace, add ou remove</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be patched; use /name, /description or /ownerId</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être modifié par patch&#xa0;; utilisez /name, /description ou /ownerId</translation>
    </message>
    <message>
        <source>%1 cannot be removed</source>
        <translation>%1 ne peut pas être supprimé</translation>
    </message>
    <message>
        <source>Only the owner of the space or an administrator may delete it.</source>
        <translation>Seul le propriétaire de l&apos;espace ou un administrateur peut le supprimer.</translation>
    </message>
    <message numerus="yes">
        <source>The space still holds %n app(s); move or delete them first.</source>
        <translation>
            <numerusform>L&apos;espace contient encore %n application&#xa0;; déplacez-la ou supprimez-la d&apos;abord.</numerusform>
            <numerusform>L&apos;espace contient encore %n applications&#xa0;; déplacez-les ou supprimez-les d&apos;abord.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be assigned in a %2 space (allowed: %3)</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être attribué dans un espace de type %2 (autorisés&#xa0;: %3)</translation>
    </message>
    <message>
        <source>use user or group</source>
        <translation>utilisez user ou group</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an assignee type (user, group)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un type de destinataire d&apos;attribution (user, group)</translation>
    </message>
    <message>
        <source>You may not manage the members of this space.</source>
        <translation>Vous n&apos;êtes pas autorisé à gérer les membres de cet espace.</translation>
    </message>
    <message>
        <source>%1 %2 is already assigned to this space (assignment %3).</source>
        <translation>%1&#xa0;%2 est déjà attribué à cet espace (attribution %3).</translation>
    </message>
    <message>
        <source>assignment</source>
        <translation>Attribution</translation>
    </message>
    <message>
        <source>at least one role is required</source>
        <translation>au moins un rôle est requis</translation>
    </message>
</context>
</TS>
