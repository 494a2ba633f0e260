<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Connectivity</name>
    <message>
        <source>The system reports no network connection.</source>
        <translation>Le système ne signale aucune connexion réseau.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n source(s) can be reached.</source>
        <translation>
            <numerusform>Aucune source n&apos;est joignable.</numerusform>
            <numerusform>Aucune des %n sources n&apos;est joignable.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>radar::AddSourceDialog</name>
    <message>
        <source>Add a source</source>
        <translation>Ajouter une source</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Add the source</source>
        <translation>Ajouter la source</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>https://status.example.com</source>
        <translation>https://status.example.com</translation>
    </message>
    <message>
        <source>Address of the status page or feed</source>
        <translation>Adresse de la page d&apos;état ou du flux</translation>
    </message>
    <message>
        <source>A status page&apos;s address (Outage Radar finds its feed) or the feed&apos;s own address: https://…/api/v2/summary.json, an RSS or Atom feed, or a file:// path.</source>
        <translation>L&apos;adresse d&apos;une page d&apos;état (Outage Radar trouve son flux) ou l&apos;adresse du flux lui-même&#xa0;: https://…/api/v2/summary.json, un flux RSS ou Atom, ou un chemin file://.</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation>Re&amp;chercher</translation>
    </message>
    <message>
        <source>Look up the address</source>
        <translation>Rechercher l&apos;adresse</translation>
    </message>
    <message>
        <source>Kind of feed</source>
        <translation>Type de flux</translation>
    </message>
    <message>
        <source>&amp;Private page: send a secret header</source>
        <translation>Page &amp;privée&#xa0;: envoyer un en-tête secret</translation>
    </message>
    <message>
        <source>Private page</source>
        <translation>Page privée</translation>
    </message>
    <message>
        <source>For a status page that needs a token. The value is kept in your system&apos;s keychain, never in the settings or an exported configuration.</source>
        <translation>Pour une page d&apos;état qui exige un jeton. La valeur est conservée dans le trousseau de votre système, jamais dans les paramètres ni dans une configuration exportée.</translation>
    </message>
    <message>
        <source>Header name</source>
        <translation>Nom de l&apos;en-tête</translation>
    </message>
    <message>
        <source>Secret value</source>
        <translation>Valeur secrète</translation>
    </message>
    <message>
        <source>Bearer …</source>
        <translation>Bearer …</translation>
    </message>
    <message>
        <source>&amp;Header:</source>
        <translation>&amp;En-tête&#xa0;:</translation>
    </message>
    <message>
        <source>Secret &amp;value:</source>
        <translation>&amp;Valeur secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Looking up</source>
        <translation>Recherche en cours</translation>
    </message>
    <message>
        <source>Lookup status</source>
        <translation>État de la recherche</translation>
    </message>
    <message>
        <source>Status page or feed &amp;URL:</source>
        <translation>&amp;URL de la page d&apos;état ou du flux&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Résultat de la recherche</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Fournisseur&#xa0;:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <source>Feed:</source>
        <translation>Flux&#xa0;:</translation>
    </message>
    <message>
        <source>Open now:</source>
        <translation>En cours&#xa0;:</translation>
    </message>
    <message>
        <source>This feed names no components: everything it reports is shown.</source>
        <translation>Ce flux ne nomme aucun composant&#xa0;: tout ce qu&apos;il signale est affiché.</translation>
    </message>
    <message>
        <source>Co&amp;mponents to show:</source>
        <translation>Co&amp;mposants à afficher&#xa0;:</translation>
    </message>
    <message>
        <source>Components to show</source>
        <translation>Composants à afficher</translation>
    </message>
    <message>
        <source>Unticked components are not shown. With every one ticked, components the page adds later are shown too.</source>
        <translation>Les composants décochés ne sont pas affichés. Si tous sont cochés, les composants que la page ajoutera plus tard seront aussi affichés.</translation>
    </message>
    <message>
        <source>Selec&amp;t all</source>
        <translation>&amp;Tout cocher</translation>
    </message>
    <message>
        <source>Select n&amp;one</source>
        <translation>Tout &amp;décocher</translation>
    </message>
    <message>
        <source>&amp;Regions to show:</source>
        <translation>&amp;Régions à afficher&#xa0;:</translation>
    </message>
    <message>
        <source>Regions to show</source>
        <translation>Régions à afficher</translation>
    </message>
    <message>
        <source>Unticked regions are not shown. With every one ticked, regions the feed adds later are shown too.</source>
        <translation>Les régions décochées ne sont pas affichées. Si toutes sont cochées, les régions que le flux ajoutera plus tard seront aussi affichées.</translation>
    </message>
    <message>
        <source>Select all re&amp;gions</source>
        <translation>Cocher toutes les ré&amp;gions</translation>
    </message>
    <message>
        <source>Select no region&amp;s</source>
        <translation>Décocher toutes les région&amp;s</translation>
    </message>
    <message>
        <source>Name of the source</source>
        <translation>Nom de la source</translation>
    </message>
    <message>
        <source>Id of the source</source>
        <translation>Identifiant de la source</translation>
    </message>
    <message>
        <source>A short, unique name for scripts and exported configurations: lower-case letters, digits and hyphens.</source>
        <translation>Un nom court et unique pour les scripts et les configurations exportées&#xa0;: lettres minuscules, chiffres et tirets.</translation>
    </message>
    <message>
        <source>Poll interval in seconds</source>
        <translation>Intervalle d&apos;interrogation en secondes</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How often the feed is asked. Most status pages update within a minute.</source>
        <translation>Fréquence à laquelle le flux est interrogé. La plupart des pages d&apos;état se mettent à jour en moins d&apos;une minute.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>Poll &amp;every:</source>
        <translation>&amp;Fréquence d&apos;interrogation&#xa0;:</translation>
    </message>
    <message>
        <source>Enter the address of a status page, such as https://www.githubstatus.com, or of its feed.</source>
        <translation>Saisissez l&apos;adresse d&apos;une page d&apos;état, par exemple https://www.githubstatus.com, ou celle de son flux.</translation>
    </message>
    <message>
        <source>Leave the user name and password out of the address: they would be saved with the settings. For a private page, tick Private page and give its token there.</source>
        <translation>Ne mettez pas le nom d&apos;utilisateur et le mot de passe dans l&apos;adresse&#xa0;: ils seraient enregistrés avec les paramètres. Pour une page privée, cochez Page privée et indiquez-y son jeton.</translation>
    </message>
    <message>
        <source>“%1” is not an address Outage Radar can read: enter an https:// (or http:// or file://) address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse qu&apos;Outage Radar peut lire&#xa0;: saisissez une adresse https:// (ou http:// ou file://).</translation>
    </message>
    <message>
        <source>A header name is up to 64 letters, digits and marks such as - and _, with no spaces or colons: Authorization, X-Api-Key.</source>
        <translation>Un nom d&apos;en-tête compte jusqu&apos;à 64 lettres, chiffres et signes tels que - et _, sans espaces ni deux-points&#xa0;: Authorization, X-Api-Key.</translation>
    </message>
    <message>
        <source>Enter the secret value on one line, or untick Private page.</source>
        <translation>Saisissez la valeur secrète sur une seule ligne, ou décochez Page privée.</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>Recherche de %1…</translation>
    </message>
    <message>
        <source>(the feed gives no name)</source>
        <translation>(le flux n&apos;indique aucun nom)</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) or maintenance(s)</source>
        <translation>
            <numerusform>%n incident ou maintenance</numerusform>
            <numerusform>%n incidents ou maintenances</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter an id: lower-case letters, digits and hyphens.</source>
        <translation>Saisissez un identifiant&#xa0;: lettres minuscules, chiffres et tirets.</translation>
    </message>
    <message>
        <source>An id is lower-case letters and digits, with single hyphens between them.</source>
        <translation>Un identifiant se compose de lettres minuscules et de chiffres, séparés par des tirets simples.</translation>
    </message>
    <message>
        <source>Another source already has the id “%1”: choose another.</source>
        <translation>Une autre source a déjà l&apos;identifiant «&#xa0;%1&#xa0;»&#xa0;: choisissez-en un autre.</translation>
    </message>
    <message>
        <source>Tick at least one component and one region to show.</source>
        <translation>Cochez au moins un composant et une région à afficher.</translation>
    </message>
    <message>
        <source>Found a feed: pick what to show, then add it.</source>
        <translation>Flux trouvé&#xa0;: choisissez ce qu&apos;il faut afficher, puis ajoutez-le.</translation>
    </message>
    <message>
        <source>Adds the feed that was found, showing what is ticked</source>
        <translation>Ajoute le flux trouvé et affiche ce qui est coché</translation>
    </message>
    <message>
        <source>Closes without adding a source</source>
        <translation>Ferme sans ajouter de source</translation>
    </message>
    <message>
        <source>Finds the feed at this address and shows what it reports (Enter)</source>
        <translation>Trouve le flux à cette adresse et montre ce qu&apos;il signale (Entrée)</translation>
    </message>
    <message>
        <source>Automatic recognises the feed by its content; choose a kind if it does not</source>
        <translation>Automatique reconnaît le flux d&apos;après son contenu&#xa0;; choisissez un type s&apos;il n&apos;y parvient pas</translation>
    </message>
    <message>
        <source>The HTTP header the secret is sent in, such as Authorization</source>
        <translation>L&apos;en-tête HTTP dans lequel le secret est envoyé, par exemple Authorization</translation>
    </message>
    <message>
        <source>The token sent in the header, kept in the system&apos;s keychain</source>
        <translation>Le jeton envoyé dans l&apos;en-tête, conservé dans le trousseau du système</translation>
    </message>
    <message>
        <source>How the grid, the notifications and the settings name this source</source>
        <translation>Le nom de cette source dans la grille, les notifications et les paramètres</translation>
    </message>
</context>
<context>
    <name>radar::AppSettings</name>
    <message>
        <source>it is larger than any settings file Outage Radar writes</source>
        <translation>il est plus grand que tout fichier de paramètres écrit par Outage Radar</translation>
    </message>
    <message>
        <source>it contains binary data</source>
        <translation>il contient des données binaires</translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>ce n&apos;est pas du texte UTF-8</translation>
    </message>
    <message>
        <source>it is not a settings file</source>
        <translation>ce n&apos;est pas un fichier de paramètres</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged (%2) and could not be moved aside; Outage Radar uses default settings and does not save over it. Move or delete the file.</source>
        <translation>Le fichier de paramètres %1 est endommagé (%2) et n&apos;a pas pu être mis de côté&#xa0;; Outage Radar utilise les paramètres par défaut et ne l&apos;écrase pas. Déplacez ou supprimez le fichier.</translation>
    </message>
    <message>
        <source>The settings file was damaged (%1). It was moved to %2 and Outage Radar started with default settings.</source>
        <translation>Le fichier de paramètres était endommagé (%1). Il a été déplacé vers %2 et Outage Radar a démarré avec les paramètres par défaut.</translation>
    </message>
    <message>
        <source>The settings were written by a newer version of Outage Radar; settings this version does not know are kept unchanged.</source>
        <translation>Les paramètres ont été écrits par une version plus récente d&apos;Outage Radar&#xa0;; les paramètres que cette version ne connaît pas sont conservés tels quels.</translation>
    </message>
    <message>
        <source>it has no id</source>
        <translation>elle n&apos;a pas d&apos;identifiant</translation>
    </message>
    <message>
        <source>its URL is not valid</source>
        <translation>son URL n&apos;est pas valide</translation>
    </message>
    <message>
        <source>its kind is unknown</source>
        <translation>son type est inconnu</translation>
    </message>
    <message>
        <source>its id is used twice</source>
        <translation>son identifiant est utilisé deux fois</translation>
    </message>
    <message>
        <source>source %1 in the settings is skipped: %2</source>
        <translation>la source %1 des paramètres est ignorée&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>radar::Autostart</name>
    <message>
        <source>cannot write the registry value %1</source>
        <translation>impossible d&apos;écrire la valeur de registre %1</translation>
    </message>
    <message>
        <source>cannot remove the registry value %1</source>
        <translation>impossible de supprimer la valeur de registre %1</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot remove %1: %2</source>
        <translation>impossible de supprimer %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>radar::AwayDigest</name>
    <message numerus="yes">
        <source>%n incident(s) started</source>
        <translation>
            <numerusform>%n incident commencé</numerusform>
            <numerusform>%n incidents commencés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n got worse</source>
        <translation>
            <numerusform>%n aggravé</numerusform>
            <numerusform>%n aggravés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ended</source>
        <translation>
            <numerusform>%n terminé</numerusform>
            <numerusform>%n terminés</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing started, got worse or ended</source>
        <translation>aucun incident commencé, aggravé ou terminé</translation>
    </message>
    <message>
        <source>&lt;b&gt;While you were away&lt;/b&gt; (since %1, %2): %3.</source>
        <translation>&lt;b&gt;Pendant votre absence&lt;/b&gt; (depuis %1, %2)&#xa0;: %3.</translation>
    </message>
    <message>
        <source>got worse</source>
        <translation>aggravé</translation>
    </message>
    <message>
        <source>started</source>
        <translation>commencé</translation>
    </message>
    <message>
        <source>started and ended</source>
        <translation>commencé et terminé</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>terminé</translation>
    </message>
    <message numerus="yes">
        <source>and %n more in the History tab</source>
        <translation>
            <numerusform>et %n autre dans l&apos;onglet Historique</numerusform>
            <numerusform>et %n autres dans l&apos;onglet Historique</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>radar::ChoiceList</name>
    <message>
        <source>Ticks every entry of the list</source>
        <translation>Coche toutes les entrées de la liste</translation>
    </message>
    <message>
        <source>Unticks every entry of the list</source>
        <translation>Décoche toutes les entrées de la liste</translation>
    </message>
</context>
<context>
    <name>radar::CommandLine</name>
    <message>
        <source>--source &quot;%1&quot; is not an http://, https:// or file:// URL (for a file, give file:///absolute/path)</source>
        <translation>--source «&#xa0;%1&#xa0;» n&apos;est pas une URL http://, https:// ou file:// (pour un fichier, indiquez file:///chemin/absolu)</translation>
    </message>
    <message>
        <source>--source &quot;%1&quot; has no host name</source>
        <translation>--source «&#xa0;%1&#xa0;» n&apos;a pas de nom d&apos;hôte</translation>
    </message>
    <message>
        <source>--source &quot;%1&quot; names no file</source>
        <translation>--source «&#xa0;%1&#xa0;» ne désigne aucun fichier</translation>
    </message>
    <message>
        <source>Shows which cloud and SaaS services are down, where, and since when.
Exit codes of --once: 2 partial or major outage, 3 a source failed, 1 degraded, 0 all well; 64 usage error, 65 invalid input data.</source>
        <translation>Indique quels services cloud et SaaS sont en panne, où, et depuis quand.
Codes de sortie de --once&#xa0;: 2 panne partielle ou majeure, 3 échec d&apos;une source, 1 dégradé, 0 tout va bien&#xa0;; 64 erreur d&apos;utilisation, 65 données d&apos;entrée non valides.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Afficher cette aide et quitter.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Afficher la version et quitter.</translation>
    </message>
    <message>
        <source>Poll every source once, print the result, exit.</source>
        <translation>Interroger chaque source une fois, afficher le résultat et quitter.</translation>
    </message>
    <message>
        <source>Output of --once: table (default) or json. Of --export-history: csv or json (default: from the file name, else csv).</source>
        <translation>Sortie de --once&#xa0;: table (par défaut) ou json. De --export-history&#xa0;: csv ou json (par défaut&#xa0;: d&apos;après le nom du fichier, sinon csv).</translation>
    </message>
    <message>
        <source>Write the incident history (incidents and cell changes) to FILE and exit. CSV also writes FILE-transitions.csv beside it.</source>
        <translation>Écrire l&apos;historique des incidents (incidents et changements des cellules) dans FILE et quitter. En CSV, écrit aussi FILE-transitions.csv à côté.</translation>
    </message>
    <message>
        <source>With --export-history: only what happened from DATE on (2026-11-01, or 2026-11-01T08:00:00Z).</source>
        <translation>Avec --export-history&#xa0;: seulement ce qui s&apos;est passé à partir de DATE (2026-11-01, ou 2026-11-01T08:00:00Z).</translation>
    </message>
    <message>
        <source>Write the configuration (sources, watch list, notification rules; never secrets) to FILE as JSON and exit.</source>
        <translation>Écrire la configuration (sources, liste de suivi, règles de notification&#xa0;; jamais les secrets) dans FILE au format JSON et quitter.</translation>
    </message>
    <message>
        <source>Check the configuration in FILE and, when every field is valid, make it the saved one; otherwise print every problem, change nothing and exit with 65.</source>
        <translation>Vérifier la configuration de FILE et, si chaque champ est valide, en faire la configuration enregistrée&#xa0;; sinon afficher chaque problème, ne rien modifier et quitter avec le code 65.</translation>
    </message>
    <message>
        <source>Start hidden in the tray.</source>
        <translation>Démarrer masqué dans la zone de notification.</translation>
    </message>
    <message>
        <source>Keep settings and everything else the app writes in DIR.</source>
        <translation>Conserver les paramètres et tout ce que l&apos;application écrit dans DIR.</translation>
    </message>
    <message>
        <source>Poll URL (http, https or file) instead of the configured sources; repeatable. Nothing about it is saved.</source>
        <translation>Interroger URL (http, https ou file) au lieu des sources configurées&#xa0;; option répétable. Rien n&apos;en est enregistré.</translation>
    </message>
    <message>
        <source>Feed kind of the --source URLs: %1 (default: detect from the content).</source>
        <translation>Type de flux des URL de --source&#xa0;: %1 (par défaut&#xa0;: détecté d&apos;après le contenu).</translation>
    </message>
    <message>
        <source>Poll interval of the --source URLs in seconds (at least 15).</source>
        <translation>Intervalle d&apos;interrogation des URL de --source, en secondes (au moins 15).</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--once, --export-history, --export-config and --import-config cannot be combined</source>
        <translation>--once, --export-history, --export-config et --import-config ne peuvent pas être combinées</translation>
    </message>
    <message>
        <source>--data-dir needs a directory</source>
        <translation>--data-dir exige un répertoire</translation>
    </message>
    <message>
        <source>--export-config needs a file name</source>
        <translation>--export-config exige un nom de fichier</translation>
    </message>
    <message>
        <source>--import-config needs a file name</source>
        <translation>--import-config exige un nom de fichier</translation>
    </message>
    <message>
        <source>only --data-dir applies to --export-config and --import-config</source>
        <translation>seule --data-dir s&apos;applique à --export-config et --import-config</translation>
    </message>
    <message>
        <source>--export-history needs a file name</source>
        <translation>--export-history exige un nom de fichier</translation>
    </message>
    <message>
        <source>--source, --kind, --interval and --minimized do not apply to --export-history</source>
        <translation>--source, --kind, --interval et --minimized ne s&apos;appliquent pas à --export-history</translation>
    </message>
    <message>
        <source>--format of --export-history must be csv or json, not &quot;%1&quot;</source>
        <translation>--format de --export-history doit être csv ou json, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--since must be a date like 2026-11-01 or an instant like 2026-11-01T08:00:00Z, not &quot;%1&quot;</source>
        <translation>--since doit être une date comme 2026-11-01 ou un instant comme 2026-11-01T08:00:00Z, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--since applies to --export-history only</source>
        <translation>--since ne s&apos;applique qu&apos;à --export-history</translation>
    </message>
    <message>
        <source>--format must be table or json, not &quot;%1&quot;</source>
        <translation>--format doit être table ou json, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--format applies to --once and --export-history only</source>
        <translation>--format ne s&apos;applique qu&apos;à --once et --export-history</translation>
    </message>
    <message>
        <source>--kind must be one of %1, not &quot;%2&quot;</source>
        <translation>--kind doit être l&apos;un de %1, et non «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>--interval must be a number of seconds from %1 to %2, not &quot;%3&quot;</source>
        <translation>--interval doit être un nombre de secondes de %1 à %2, et non «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>--kind and --interval apply to --source URLs; give at least one --source</source>
        <translation>--kind et --interval s&apos;appliquent aux URL de --source&#xa0;; indiquez au moins une --source</translation>
    </message>
    <message>
        <source>Try &apos;outage-radar --help&apos;.</source>
        <translation>Essayez «&#xa0;outage-radar --help&#xa0;».</translation>
    </message>
    <message>
        <source>--demo-speed and --demo-start apply to --demo only</source>
        <translation>--demo-speed et --demo-start ne s’appliquent qu’à --demo</translation>
    </message>
    <message>
        <source>--demo plays its own sources: it cannot be combined with --source, --kind or --interval</source>
        <translation>--demo joue ses propres sources : impossible de le combiner avec --source, --kind ou --interval</translation>
    </message>
    <message>
        <source>--demo-speed must be a number from 0.1 to 100, not &quot;%1&quot;</source>
        <translation>--demo-speed doit être un nombre de 0.1 à 100, et non « %1 »</translation>
    </message>
    <message>
        <source>--demo-start must be a number of seconds from 0 on, not &quot;%1&quot;</source>
        <translation>--demo-start doit être un nombre de secondes à partir de 0, et non « %1 »</translation>
    </message>
    <message>
        <source>Play a scripted outage story (about three minutes, then it loops) from a server on this machine, with a data directory of its own. Needs no network.</source>
        <translation>Joue un scénario de panne (environ trois minutes, puis il recommence) depuis un serveur sur cette machine, avec son propre dossier de données. Aucun réseau nécessaire.</translation>
    </message>
    <message>
        <source>With --demo: play the story N times as fast (0.1 to 100).</source>
        <translation>Avec --demo : jouer le scénario N fois plus vite (0.1 à 100).</translation>
    </message>
    <message>
        <source>With --demo: begin the story at this second.</source>
        <translation>Avec --demo : commencer le scénario à cette seconde.</translation>
    </message>
</context>
<context>
    <name>radar::ConfigFile</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>un booléen</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>attendu&#xa0;: %1, trouvé&#xa0;: %2</translation>
    </message>
    <message>
        <source>secrets do not belong in a shared configuration: remove it, and enter the value in Settings, Sources, on each machine</source>
        <translation>les secrets n&apos;ont pas leur place dans une configuration partagée&#xa0;: supprimez ce champ et saisissez la valeur dans Paramètres, Sources, sur chaque machine</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>champ inconnu</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <source>%1 is out of range (%2 to %3)</source>
        <translation>%1 est hors limites (%2 à %3)</translation>
    </message>
    <message>
        <source>an array of strings</source>
        <translation>un tableau de chaînes</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an entry such as service:aws/ec2, region:aws/us-east-1 or cell:aws/ec2/us-east-1</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une entrée telle que service:aws/ec2, region:aws/us-east-1 ou cell:aws/ec2/us-east-1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>«&#xa0;%1&#xa0;» figure deux fois</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an id: use up to 64 lower-case letters and digits, with single hyphens between them</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un identifiant&#xa0;: utilisez jusqu&apos;à 64 lettres minuscules et chiffres, séparés par des tirets simples</translation>
    </message>
    <message>
        <source>&quot;%1&quot; carries a user name or password: secrets do not belong in a shared configuration; remove them from the address, and enter the private page&apos;s secret in Settings, Sources, on each machine</source>
        <translation>«&#xa0;%1&#xa0;» contient un nom d&apos;utilisateur ou un mot de passe&#xa0;: les secrets n&apos;ont pas leur place dans une configuration partagée&#xa0;; retirez-les de l&apos;adresse et saisissez le secret de la page privée dans Paramètres, Sources, sur chaque machine</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http, https or file URL</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une URL http, https ou file</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;; expected one of: %2</source>
        <translation>type inconnu «&#xa0;%1&#xa0;»&#xa0;; attendu&#xa0;: l&apos;un de %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an HTTP header name</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom d&apos;en-tête HTTP</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status; expected degraded, partial_outage, major_outage or maintenance</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un statut&#xa0;; attendu&#xa0;: degraded, partial_outage, major_outage ou maintenance</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time such as 22:00</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une heure telle que 22:00</translation>
    </message>
    <message>
        <source>an array of days</source>
        <translation>un tableau de jours</translation>
    </message>
    <message>
        <source>expected a day from 1 (Monday) to 7 (Sunday)</source>
        <translation>attendu&#xa0;: un jour de 1 (lundi) à 7 (dimanche)</translation>
    </message>
    <message>
        <source>the file is %1 KiB, larger than any configuration (at most %2 KiB)</source>
        <translation>le fichier fait %1 Kio, plus que toute configuration (%2 Kio au maximum)</translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>pas du JSON&#xa0;: %1 à l&apos;octet %2</translation>
    </message>
    <message>
        <source>expected a JSON object with &quot;format&quot;: &quot;%1&quot;</source>
        <translation>objet JSON attendu avec &quot;format&quot;: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an Outage Radar configuration (expected &quot;%2&quot;)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une configuration Outage Radar (attendu&#xa0;: &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>schema %1 is newer than this version of Outage Radar reads (%2): update the app</source>
        <translation>le schéma %1 est plus récent que ce que cette version d&apos;Outage Radar sait lire (%2)&#xa0;: mettez l&apos;application à jour</translation>
    </message>
    <message>
        <source>an array of sources</source>
        <translation>un tableau de sources</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already the id of sources[%2]</source>
        <translation>«&#xa0;%1&#xa0;» est déjà l&apos;identifiant de sources[%2]</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s)</source>
        <translation>
            <numerusform>… et %n autre problème</numerusform>
            <numerusform>… et %n autres problèmes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>radar::ConfigRunner</name>
    <message>
        <source>Outage Radar is running with this data directory: import from its Settings dialog (Import Configuration…), or quit it and try again; nothing was changed</source>
        <translation>Outage Radar est en cours d&apos;exécution avec ce répertoire de données&#xa0;: importez depuis sa fenêtre Paramètres (Importer la configuration…), ou quittez-le et réessayez&#xa0;; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>%1: nothing was imported</source>
        <translation>%1&#xa0;: rien n&apos;a été importé</translation>
    </message>
</context>
<context>
    <name>radar::ConfigTransfer</name>
    <message>
        <source>cannot write the configuration to standard output</source>
        <translation>impossible d&apos;écrire la configuration sur la sortie standard</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n source(s) to %1</source>
        <translation>
            <numerusform>%n source écrite dans %1</numerusform>
            <numerusform>%n sources écrites dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n source(s).</source>
        <translation>
            <numerusform>%n source importée.</numerusform>
            <numerusform>%n sources importées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The watch list now has %n entry(s).</source>
        <translation>
            <numerusform>La liste de suivi compte maintenant %n entrée.</numerusform>
            <numerusform>La liste de suivi compte maintenant %n entrées.</numerusform>
        </translation>
    </message>
    <message>
        <source>The notification rules were replaced.</source>
        <translation>Les règles de notification ont été remplacées.</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) wait for a secret (%1): enter it in Settings, Sources.</source>
        <translation>
            <numerusform>%n source attend un secret (%1)&#xa0;: saisissez-le dans Paramètres, Sources.</numerusform>
            <numerusform>%n sources attendent un secret (%1)&#xa0;: saisissez-le dans Paramètres, Sources.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>radar::DataDirectory</name>
    <message>
        <source>cannot create or write the data directory %1</source>
        <translation>impossible de créer le répertoire de données %1 ou d&apos;y écrire</translation>
    </message>
</context>
<context>
    <name>radar::DataSettingsPage</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <comment>history retention</comment>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Incident history</source>
        <translation>Historique des incidents</translation>
    </message>
    <message>
        <source>Keep the history for this many days</source>
        <translation>Durée de conservation de l&apos;historique, en jours</translation>
    </message>
    <message>
        <source>From 1 day to 10 years (3650 days).</source>
        <translation>De 1 jour à 10 ans (3650 jours).</translation>
    </message>
    <message>
        <source>&amp;Keep history for:</source>
        <translation>&amp;Conserver l&apos;historique&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Export history…</source>
        <translation>Exporter l&apos;&amp;historique…</translation>
    </message>
    <message>
        <source>Save every incident, its updates and the status changes as a CSV file (for spreadsheets) or a JSON file (for scripts).</source>
        <translation>Enregistrer chaque incident, ses mises à jour et les changements de statut dans un fichier CSV (pour les tableurs) ou JSON (pour les scripts).</translation>
    </message>
    <message>
        <source>&amp;Clear history…</source>
        <translation>&amp;Effacer l&apos;historique…</translation>
    </message>
    <message>
        <source>Delete the whole history. Asks first; cannot be undone.</source>
        <translation>Supprimer tout l&apos;historique. Demande confirmation&#xa0;; irréversible.</translation>
    </message>
    <message>
        <source>Incidents, their updates and the status changes of every service are kept this long, for the history chart and exports; older ones are deleted. Your sources and settings are not part of the history.</source>
        <translation>Les incidents, leurs mises à jour et les changements de statut de chaque service sont conservés pendant cette durée, pour le graphique de l&apos;historique et les exports&#xa0;; les plus anciens sont supprimés. Vos sources et vos paramètres ne font pas partie de l&apos;historique.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Export History</source>
        <translation>Exporter l&apos;historique</translation>
    </message>
    <message>
        <source>Clear History</source>
        <translation>Effacer l&apos;historique</translation>
    </message>
    <message>
        <source>Delete every incident, update and status change Outage Radar has recorded? This cannot be undone.

Your sources and settings are kept, and recording starts afresh.</source>
        <translation>Supprimer tous les incidents, mises à jour et changements de statut enregistrés par Outage Radar&#xa0;? Cette action est irréversible.

Vos sources et vos paramètres sont conservés, et l&apos;enregistrement repart de zéro.</translation>
    </message>
</context>
<context>
    <name>radar::DesktopApp</name>
    <message>
        <source>Outage Radar is still running</source>
        <translation>Outage Radar est toujours actif</translation>
    </message>
    <message>
        <source>It keeps watching from the tray. Use the tray menu to open it again or to quit.</source>
        <translation>Il continue la surveillance depuis la zone de notification. Utilisez le menu de la zone de notification pour le rouvrir ou le quitter.</translation>
    </message>
    <message>
        <source>No system tray was found, so Outage Radar runs as a normal window: closing it quits, and notifications show only in the Notifications tab.</source>
        <translation>Aucune zone de notification n&apos;a été trouvée&#xa0;: Outage Radar fonctionne donc comme une fenêtre normale. La fermer quitte l&apos;application, et les notifications ne s&apos;affichent que dans l&apos;onglet Notifications.</translation>
    </message>
    <message>
        <source>The history cannot be kept: %1. This session keeps it in memory only.</source>
        <translation>L&apos;historique ne peut pas être conservé&#xa0;: %1. Cette session le garde en mémoire uniquement.</translation>
    </message>
    <message>
        <source>That incident is no longer in the history.</source>
        <translation>Cet incident ne figure plus dans l&apos;historique.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <source>Export Configuration</source>
        <translation>Exporter la configuration</translation>
    </message>
    <message>
        <source>Secrets are not in the file.</source>
        <translation>Les secrets ne figurent pas dans le fichier.</translation>
    </message>
    <message>
        <source>Import Configuration</source>
        <translation>Importer la configuration</translation>
    </message>
    <message numerus="yes">
        <source>%1 was not imported: %n problem(s) found. Nothing was changed.</source>
        <translation>
            <numerusform>%1 n&apos;a pas été importé&#xa0;: %n problème trouvé. Rien n&apos;a été modifié.</numerusform>
            <numerusform>%1 n&apos;a pas été importé&#xa0;: %n problèmes trouvés. Rien n&apos;a été modifié.</numerusform>
        </translation>
    </message>
    <message>
        <source>Notifications paused until %1</source>
        <translation>Notifications en pause jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>Notifications resumed</source>
        <translation>Notifications réactivées</translation>
    </message>
    <message numerus="yes">
        <source>Notifications about %n cell(s) snoozed until %1</source>
        <translation>
            <numerusform>Notifications sur %n cellule suspendues jusqu&apos;à %1</numerusform>
            <numerusform>Notifications sur %n cellules suspendues jusqu&apos;à %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Notifications about %n cell(s) snoozed until resolved</source>
        <translation>
            <numerusform>Notifications sur %n cellule suspendues jusqu&apos;à résolution</numerusform>
            <numerusform>Notifications sur %n cellules suspendues jusqu&apos;à résolution</numerusform>
        </translation>
    </message>
    <message>
        <source>Notifications about this incident snoozed until %1</source>
        <translation>Notifications sur cet incident suspendues jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>Notifications about this incident snoozed until it is resolved</source>
        <translation>Notifications sur cet incident suspendues jusqu&apos;à sa résolution</translation>
    </message>
    <message>
        <source>Registered in %1</source>
        <translation>Inscrit dans %1</translation>
    </message>
    <message>
        <source>When on, registered in %1</source>
        <translation>Si activé, inscrit dans %1</translation>
    </message>
    <message>
        <source>needs its secret (%1 header): enter it in Settings, Sources</source>
        <translation>secret manquant (en-tête %1)&#xa0;: saisissez-le dans Paramètres, Sources</translation>
    </message>
    <message>
        <source>Exporting the history to %1…</source>
        <translation>Exportation de l&apos;historique vers %1…</translation>
    </message>
    <message>
        <source>Clearing the history…</source>
        <translation>Effacement de l&apos;historique…</translation>
    </message>
    <message>
        <source>Could not change the start at login: %1</source>
        <translation>Impossible de modifier le démarrage à l&apos;ouverture de session&#xa0;: %1</translation>
    </message>
    <message>
        <source>The proxy password could not be saved in the keychain (%1); it is used until Outage Radar quits.</source>
        <translation>Le mot de passe du proxy n&apos;a pas pu être enregistré dans le trousseau (%1)&#xa0;; il est utilisé jusqu&apos;à la fermeture d&apos;Outage Radar.</translation>
    </message>
    <message>
        <source>The proxy password could not be removed from the keychain (%1).</source>
        <translation>Le mot de passe du proxy n&apos;a pas pu être supprimé du trousseau (%1).</translation>
    </message>
    <message>
        <source>The proxy password could not be read from the keychain (%1).</source>
        <translation>Le mot de passe du proxy n&apos;a pas pu être lu dans le trousseau (%1).</translation>
    </message>
    <message numerus="yes">
        <source>The secret(s) of %1 could not be saved in the keychain (%2); it is used until Outage Radar quits.</source>
        <translation>
            <numerusform>Le secret de %1 n&apos;a pas pu être enregistré dans le trousseau (%2)&#xa0;; il est utilisé jusqu&apos;à la fermeture d&apos;Outage Radar.</numerusform>
            <numerusform>Les secrets de %1 n&apos;ont pas pu être enregistrés dans le trousseau (%2)&#xa0;; ils sont utilisés jusqu&apos;à la fermeture d&apos;Outage Radar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The secret(s) of %1 could not be removed from the keychain (%2).</source>
        <translation>
            <numerusform>Le secret de %1 n&apos;a pas pu être supprimé du trousseau (%2).</numerusform>
            <numerusform>Les secrets de %1 n&apos;ont pas pu être supprimés du trousseau (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The secret(s) of %1 could not be read from the keychain (%2).</source>
        <translation>
            <numerusform>Le secret de %1 n&apos;a pas pu être lu dans le trousseau (%2).</numerusform>
            <numerusform>Les secrets de %1 n&apos;ont pas pu être lus dans le trousseau (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>DEMO</source>
        <extracomment>Marks the window title, the tray&apos;s tooltip and every notification of the demo (--demo)</extracomment>
        <translation>DÉMO</translation>
    </message>
</context>
<context>
    <name>radar::Duration</name>
    <message>
        <source>under a minute</source>
        <translation>moins d&apos;une minute</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>hours, then minutes</comment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n j</numerusform>
            <numerusform>%n j</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>days, then hours</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>radar::FeedKind</name>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Statuspage</source>
        <translation>Statuspage</translation>
    </message>
    <message>
        <source>AWS Health</source>
        <translation>AWS Health</translation>
    </message>
    <message>
        <source>Google Cloud</source>
        <translation>Google Cloud</translation>
    </message>
    <message>
        <source>Instatus</source>
        <translation>Instatus</translation>
    </message>
    <message>
        <source>Slack</source>
        <translation>Slack</translation>
    </message>
    <message>
        <source>Status.io</source>
        <translation>Status.io</translation>
    </message>
    <message>
        <source>FireHydrant</source>
        <translation>FireHydrant</translation>
    </message>
    <message>
        <source>AWS RSS</source>
        <translation>AWS RSS</translation>
    </message>
    <message>
        <source>Azure RSS</source>
        <translation>Azure RSS</translation>
    </message>
    <message>
        <source>RSS or Atom history</source>
        <translation>Historique RSS ou Atom</translation>
    </message>
</context>
<context>
    <name>radar::GeneralSettingsPage</name>
    <message>
        <source>&amp;Start Outage Radar when I log in</source>
        <translation>&amp;Démarrer Outage Radar à l&apos;ouverture de session</translation>
    </message>
    <message>
        <source>Registers Outage Radar with your desktop session, so that it starts out of sight, in the tray, whenever you log in.</source>
        <translation>Inscrit Outage Radar dans votre session de bureau, pour qu&apos;il démarre discrètement, dans la zone de notification, à chaque ouverture de session.</translation>
    </message>
    <message>
        <source>Start &amp;minimized</source>
        <translation>Démarrer &amp;réduit</translation>
    </message>
    <message>
        <source>Opens no window at start: Outage Radar keeps watching from the tray (or minimized, where there is no tray).</source>
        <translation>N&apos;ouvre aucune fenêtre au démarrage&#xa0;: Outage Radar surveille depuis la zone de notification (ou réduit, s&apos;il n&apos;y a pas de zone de notification).</translation>
    </message>
    <message>
        <source>Closing the window &amp;keeps Outage Radar running in the tray</source>
        <translation>Fermer la fenêtre laisse Outage Radar &amp;actif dans la zone de notification</translation>
    </message>
    <message>
        <source>When on, closing the window hides it and notifications keep coming; quit from the tray menu or with Ctrl+Q. When off, closing quits.</source>
        <translation>Si activé, fermer la fenêtre la masque et les notifications continuent&#xa0;; quittez depuis le menu de la zone de notification ou avec Ctrl+Q. Si désactivé, fermer la fenêtre quitte l&apos;application.</translation>
    </message>
    <message>
        <source>Minimi&amp;zing the window hides it in the tray</source>
        <translation>Réduire la fenêtre la &amp;masque dans la zone de notification</translation>
    </message>
    <message>
        <source>When on, a minimized window leaves the task bar; the tray icon brings it back.</source>
        <translation>Si activé, une fenêtre réduite quitte la barre des tâches&#xa0;; l&apos;icône de la zone de notification la fait revenir.</translation>
    </message>
    <message>
        <source>No system tray was found on this desktop, so the window cannot be hidden there: closing it quits, and minimizing keeps it in the task bar.</source>
        <translation>Aucune zone de notification n&apos;a été trouvée sur ce bureau, la fenêtre ne peut donc pas y être masquée&#xa0;: la fermer quitte l&apos;application, et la réduire la laisse dans la barre des tâches.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The language of Outage Radar&apos;s windows, menus and notifications.</source>
        <translation>La langue des fenêtres, menus et notifications d&apos;Outage Radar.</translation>
    </message>
    <message>
        <source>Takes effect when Outage Radar starts again.</source>
        <translation>Prend effet au prochain démarrage d&apos;Outage Radar.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>System follows your desktop&apos;s colours; Light, Dark and High contrast use Outage Radar&apos;s own, whatever the desktop. High contrast is white and yellow on black.</source>
        <translation>Système suit les couleurs de votre bureau&#xa0;; Clair, Sombre et Contraste élevé utilisent celles d&apos;Outage Radar, quel que soit le bureau. Contraste élevé affiche du blanc et du jaune sur fond noir.</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
</context>
<context>
    <name>radar::GridFilterBar</name>
    <message>
        <source>Search services, regions, providers, incidents (Ctrl+F)</source>
        <translation>Rechercher services, régions, fournisseurs, incidents (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the grid</source>
        <translation>Rechercher dans la grille</translation>
    </message>
    <message>
        <source>Shows the rows whose service, provider or incidents match, or the regions whose name matches; Escape clears it</source>
        <translation>Affiche les lignes dont le service, le fournisseur ou les incidents correspondent, ou les régions dont le nom correspond&#xa0;; Échap l&apos;efface</translation>
    </message>
    <message>
        <source>&amp;Problems only</source>
        <translation>&amp;Problèmes uniquement</translation>
    </message>
    <message>
        <source>Show only cells that are degraded or worse, or not up to date (Alt+P)</source>
        <translation>N&apos;afficher que les cellules dégradées ou pire, ou pas à jour (Alt+P)</translation>
    </message>
    <message>
        <source>Wa&amp;tched only</source>
        <translation>&amp;Suivis uniquement</translation>
    </message>
    <message>
        <source>Show only what you starred: services, regions or cells (Ctrl+D stars a cell)</source>
        <translation>N&apos;afficher que ce que vous avez marqué d&apos;une étoile&#xa0;: services, régions ou cellules (Ctrl+D marque une cellule)</translation>
    </message>
    <message>
        <source>P&amp;roviders</source>
        <translation>Fou&amp;rnisseurs</translation>
    </message>
    <message>
        <source>Choose which providers the grid shows</source>
        <translation>Choisir les fournisseurs affichés dans la grille</translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation>&amp;Colonnes&#xa0;:</translation>
    </message>
    <message>
        <source>Provider regions</source>
        <translation>Régions des fournisseurs</translation>
    </message>
    <message>
        <source>Geography</source>
        <translation>Géographie</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>One column per provider region, or one per place (AWS us-east-1, Google Cloud us-east4 and Azure East US are all in Virginia)</source>
        <translation>Une colonne par région de fournisseur, ou une par lieu (AWS us-east-1, Google Cloud us-east4 et Azure East US sont tous en Virginie)</translation>
    </message>
    <message numerus="yes">
        <source>P&amp;roviders (%n hidden)</source>
        <translation>
            <numerusform>Fou&amp;rnisseurs (%n masqué)</numerusform>
            <numerusform>Fou&amp;rnisseurs (%n masqués)</numerusform>
        </translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Tout afficher</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n row(s)</source>
        <translation>
            <numerusform>%1 sur %n ligne</numerusform>
            <numerusform>%1 sur %n lignes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>radar::GridFilterModel</name>
    <message>
        <source>%1 (collapsed: click or press + to show its services)</source>
        <translation>%1 (replié&#xa0;: cliquez ou appuyez sur + pour afficher ses services)</translation>
    </message>
    <message>
        <source>%1 (click or press − to hide its services)</source>
        <translation>%1 (cliquez ou appuyez sur − pour masquer ses services)</translation>
    </message>
</context>
<context>
    <name>radar::HealthGridModel</name>
    <message>
        <source>Global</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between regions</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <comment>group, then service</comment>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>service, then provider</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Unknown (stale)</source>
        <translation>Inconnu (périmé)</translation>
    </message>
    <message>
        <source>Unknown (unreachable)</source>
        <translation>Inconnu (injoignable)</translation>
    </message>
    <message>
        <source>Unknown (failing)</source>
        <translation>Inconnu (en échec)</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 depuis %2</translation>
    </message>
    <message>
        <source>Status unknown: %1</source>
        <translation>Statut inconnu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Last known: %1 (data from %2)</source>
        <translation>Dernier statut connu&#xa0;: %1 (données de %2)</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 dans %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more incident(s)</source>
        <translation>
            <numerusform>et %n autre incident</numerusform>
            <numerusform>et %n autres incidents</numerusform>
        </translation>
    </message>
    <message>
        <source>Data from %1, %2 old</source>
        <translation>Données de %1, il y a %2</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>provider, then service</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2: not offered there</source>
        <translation>%1 %2&#xa0;: non proposé ici</translation>
    </message>
    <message>
        <source>%1 %2: %3, last known %4</source>
        <translation>%1 %2&#xa0;: %3, dernier statut connu %4</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 %2: %3 since %4</source>
        <translation>%1 %2&#xa0;: %3 depuis %4</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n open incident(s)</source>
        <translation>
            <numerusform>%1, %n incident ouvert</numerusform>
            <numerusform>%1, %n incidents ouverts</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, watched</source>
        <translation>%1, suivi</translation>
    </message>
</context>
<context>
    <name>radar::HealthGridView</name>
    <message>
        <source>Health grid</source>
        <translation>Grille d&apos;état</translation>
    </message>
    <message>
        <source>Services grouped by provider, by region; each cell tells the service&apos;s status there. Enter opens the cell&apos;s incident, + and − fold a provider, Ctrl+D watches the cell.</source>
        <translation>Services regroupés par fournisseur, par région&#xa0;; chaque cellule indique le statut du service à cet endroit. Entrée ouvre l&apos;incident de la cellule, + et − replient un fournisseur, Ctrl+D suit la cellule.</translation>
    </message>
    <message>
        <source>Nothing is reported here.</source>
        <translation>Rien n&apos;est signalé ici.</translation>
    </message>
    <message>
        <source>%1: no open incident.</source>
        <translation>%1&#xa0;: aucun incident ouvert.</translation>
    </message>
    <message>
        <source>This cell is watched through its service or its region: change that in the cell&apos;s menu (Menu key).</source>
        <translation>Cette cellule est suivie par son service ou sa région&#xa0;: modifiez cela dans le menu de la cellule (touche Menu).</translation>
    </message>
    <message>
        <source>No data yet: the sources are being asked.</source>
        <translation>Pas encore de données&#xa0;: les sources sont en cours d&apos;interrogation.</translation>
    </message>
    <message>
        <source>Nothing is watched yet. Turn off &quot;Watched only&quot;, pick a cell and press Ctrl+D, or use the cell&apos;s context menu to watch a service or a region.</source>
        <translation>Rien n&apos;est encore suivi. Désactivez «&#xa0;Suivis uniquement&#xa0;», choisissez une cellule et appuyez sur Ctrl+D, ou utilisez le menu contextuel d&apos;une cellule pour suivre un service ou une région.</translation>
    </message>
    <message>
        <source>No problems: every service shown is operational and up to date.</source>
        <translation>Aucun problème&#xa0;: tous les services affichés sont opérationnels et à jour.</translation>
    </message>
    <message>
        <source>Nothing matches the filters. Clear the search (Escape) or turn off the filters above.</source>
        <translation>Rien ne correspond aux filtres. Effacez la recherche (Échap) ou désactivez les filtres ci-dessus.</translation>
    </message>
    <message>
        <source>&amp;Open incident</source>
        <translation>&amp;Ouvrir l&apos;incident</translation>
    </message>
    <message>
        <source>Watch %1 in %2</source>
        <translation>Suivre %1 dans %2</translation>
    </message>
    <message>
        <source>Watch %1 everywhere</source>
        <translation>Suivre %1 partout</translation>
    </message>
    <message>
        <source>Watch all of %1 in %2</source>
        <translation>Suivre tout %1 dans %2</translation>
    </message>
    <message>
        <source>Show %1&apos;s services</source>
        <translation>Afficher les services de %1</translation>
    </message>
    <message>
        <source>Fold %1&apos;s services</source>
        <translation>Replier les services de %1</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>&amp;Notifications</translation>
    </message>
    <message>
        <source>&amp;Snooze this cell</source>
        <translation>&amp;Suspendre cette cellule</translation>
    </message>
    <message>
        <source>Mute %1 everywhere</source>
        <translation>Mettre %1 en sourdine partout</translation>
    </message>
    <message>
        <source>Mute all of %1 in %2</source>
        <translation>Mettre tout %1 en sourdine dans %2</translation>
    </message>
    <message>
        <source>Mute all of %1</source>
        <translation>Mettre tout %1 en sourdine</translation>
    </message>
</context>
<context>
    <name>radar::HistoryChartView</name>
    <message>
        <source>No incidents match the filter in the last 24 hours</source>
        <translation>Aucun incident ne correspond au filtre sur les dernières 24 heures</translation>
    </message>
    <message>
        <source>No incidents recorded in the last 24 hours</source>
        <translation>Aucun incident enregistré sur les dernières 24 heures</translation>
    </message>
    <message>
        <source>No incidents match the filter in the last 7 days</source>
        <translation>Aucun incident ne correspond au filtre sur les 7 derniers jours</translation>
    </message>
    <message>
        <source>No incidents recorded in the last 7 days</source>
        <translation>Aucun incident enregistré sur les 7 derniers jours</translation>
    </message>
    <message>
        <source>No incidents match the filter in the last 30 days</source>
        <translation>Aucun incident ne correspond au filtre sur les 30 derniers jours</translation>
    </message>
    <message>
        <source>No incidents recorded in the last 30 days</source>
        <translation>Aucun incident enregistré sur les 30 derniers jours</translation>
    </message>
    <message>
        <source>No incidents match the filter in the last 90 days</source>
        <translation>Aucun incident ne correspond au filtre sur les 90 derniers jours</translation>
    </message>
    <message>
        <source>No incidents recorded in the last 90 days</source>
        <translation>Aucun incident enregistré sur les 90 derniers jours</translation>
    </message>
    <message>
        <source>No incidents match the filter in the last year</source>
        <translation>Aucun incident ne correspond au filtre sur la dernière année</translation>
    </message>
    <message>
        <source>No incidents recorded in the last year</source>
        <translation>Aucun incident enregistré sur la dernière année</translation>
    </message>
    <message>
        <source>Incidents per hour in the last 24 hours, stacked by severity. Left and Right choose an hour, Enter lists its incidents.</source>
        <translation>Incidents par heure sur les dernières 24 heures, empilés par gravité. Les flèches Gauche et Droite choisissent une heure, Entrée liste ses incidents.</translation>
    </message>
    <message>
        <source>Incidents per day in the last 7 days, stacked by severity. Left and Right choose a day, Enter lists its incidents.</source>
        <translation>Incidents par jour sur les 7 derniers jours, empilés par gravité. Les flèches Gauche et Droite choisissent un jour, Entrée liste ses incidents.</translation>
    </message>
    <message>
        <source>Incidents per day in the last 30 days, stacked by severity. Left and Right choose a day, Enter lists its incidents.</source>
        <translation>Incidents par jour sur les 30 derniers jours, empilés par gravité. Les flèches Gauche et Droite choisissent un jour, Entrée liste ses incidents.</translation>
    </message>
    <message>
        <source>Incidents per day in the last 90 days, stacked by severity. Left and Right choose a day, Enter lists its incidents.</source>
        <translation>Incidents par jour sur les 90 derniers jours, empilés par gravité. Les flèches Gauche et Droite choisissent un jour, Entrée liste ses incidents.</translation>
    </message>
    <message>
        <source>Incidents per week in the last year, stacked by severity. Left and Right choose a week, Enter lists its incidents.</source>
        <translation>Incidents par semaine sur la dernière année, empilés par gravité. Les flèches Gauche et Droite choisissent une semaine, Entrée liste ses incidents.</translation>
    </message>
    <message>
        <source>Incident history chart</source>
        <translation>Graphique de l&apos;historique des incidents</translation>
    </message>
    <message>
        <source>%1 Chosen: %2</source>
        <comment>the chart&apos;s description, then the chosen bar&apos;s</comment>
        <translation>%1 Sélection&#xa0;: %2</translation>
    </message>
    <message>
        <source>Loading history…</source>
        <translation>Chargement de l&apos;historique…</translation>
    </message>
</context>
<context>
    <name>radar::HistoryDatabase</name>
    <message>
        <source>cannot save the history to %1: %2</source>
        <translation>impossible d&apos;enregistrer l&apos;historique dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot read the history from %1: %2</source>
        <translation>impossible de lire l&apos;historique depuis %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot remove old history from %1: %2</source>
        <translation>impossible de supprimer l&apos;ancien historique de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot clear the history in %1: %2</source>
        <translation>impossible d&apos;effacer l&apos;historique dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot check the history %1: %2</source>
        <translation>impossible de vérifier l&apos;historique %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>no history file is open</source>
        <translation>aucun fichier d&apos;historique n&apos;est ouvert</translation>
    </message>
    <message>
        <source>the history %1 is not open</source>
        <translation>l&apos;historique %1 n&apos;est pas ouvert</translation>
    </message>
    <message>
        <source>cannot open the history %1: %2 is not a folder</source>
        <translation>impossible d&apos;ouvrir l&apos;historique %1&#xa0;: %2 n&apos;est pas un dossier</translation>
    </message>
    <message>
        <source>cannot open the history %1: the folder %2 does not exist</source>
        <translation>impossible d&apos;ouvrir l&apos;historique %1&#xa0;: le dossier %2 n&apos;existe pas</translation>
    </message>
    <message>
        <source>the history %1 is damaged (%2) and cannot be moved aside: %3</source>
        <translation>l&apos;historique %1 est endommagé (%2) et ne peut pas être mis de côté&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 was written by a newer Outage Radar (history version %2; this one reads up to %3) and is left as it is; the history stays in memory this session</source>
        <translation>%1 a été écrit par une version plus récente d&apos;Outage Radar (version d&apos;historique %2&#xa0;; celle-ci lit jusqu&apos;à la %3) et reste tel quel&#xa0;; l&apos;historique est gardé en mémoire pendant cette session</translation>
    </message>
    <message>
        <source>cannot open the history %1: %2</source>
        <translation>impossible d&apos;ouvrir l&apos;historique %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is from an older Outage Radar (history version %2); start the app once to bring it up to date</source>
        <translation>%1 provient d&apos;une version plus ancienne d&apos;Outage Radar (version d&apos;historique %2)&#xa0;; démarrez l&apos;application une fois pour le mettre à jour</translation>
    </message>
    <message>
        <source>%1 was written by a newer Outage Radar (history version %2; this one reads up to %3)</source>
        <translation>%1 a été écrit par une version plus récente d&apos;Outage Radar (version d&apos;historique %2&#xa0;; celle-ci lit jusqu&apos;à la %3)</translation>
    </message>
    <message>
        <source>the history %1 is damaged (%2); the app moves it aside and starts a new one when it next starts</source>
        <translation>l&apos;historique %1 est endommagé (%2)&#xa0;; l&apos;application le mettra de côté et en commencera un nouveau au prochain démarrage</translation>
    </message>
    <message>
        <source>cannot read the history %1: %2</source>
        <translation>impossible de lire l&apos;historique %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the history %1 is damaged: %2</source>
        <translation>l&apos;historique %1 est endommagé&#xa0;: %2</translation>
    </message>
    <message>
        <source>the file is damaged (%1)</source>
        <translation>le fichier est endommagé (%1)</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>the disk is full, or the file may not grow any further (%1)</source>
        <translation>le disque est plein, ou le fichier ne peut plus grossir (%1)</translation>
    </message>
    <message>
        <source>another program keeps the file locked</source>
        <translation>un autre programme verrouille le fichier</translation>
    </message>
    <message>
        <source>the file or its folder is read-only</source>
        <translation>le fichier ou son dossier est en lecture seule</translation>
    </message>
    <message>
        <source>the file cannot be opened or created (%1)</source>
        <translation>le fichier ne peut être ni ouvert ni créé (%1)</translation>
    </message>
</context>
<context>
    <name>radar::HistoryExport</name>
    <message>
        <source>there is no history in %1 yet (the app records it while it runs); the export is empty</source>
        <translation>il n&apos;y a pas encore d&apos;historique dans %1 (l&apos;application l&apos;enregistre pendant qu&apos;elle tourne)&#xa0;; l&apos;export est vide</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n incident(s) and their cell changes to %1.</source>
        <translation>
            <numerusform>%n incident et ses changements de cellules exportés vers %1.</numerusform>
            <numerusform>%n incidents et leurs changements de cellules exportés vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>radar::HistoryFiguresPanel</name>
    <message>
        <source>In the last 24 hours</source>
        <translation>Sur les dernières 24 heures</translation>
    </message>
    <message>
        <source>In the last 7 days</source>
        <translation>Sur les 7 derniers jours</translation>
    </message>
    <message>
        <source>In the last 30 days</source>
        <translation>Sur les 30 derniers jours</translation>
    </message>
    <message>
        <source>In the last 90 days</source>
        <translation>Sur les 90 derniers jours</translation>
    </message>
    <message>
        <source>In the last year</source>
        <translation>Sur la dernière année</translation>
    </message>
    <message>
        <source>All incidents</source>
        <translation>Tous les incidents</translation>
    </message>
    <message>
        <source>How long at least one incident was open in this period, including incidents that began before it; overlaps count once</source>
        <translation>Durée pendant laquelle au moins un incident était ouvert sur cette période, y compris les incidents commencés avant elle&#xa0;; les chevauchements ne comptent qu&apos;une fois</translation>
    </message>
    <message>
        <source>Time with an incident open</source>
        <translation>Temps avec un incident ouvert</translation>
    </message>
    <message>
        <source>Mean time to resolve</source>
        <translation>Délai moyen de résolution</translation>
    </message>
    <message>
        <source>Longest incident</source>
        <translation>Incident le plus long</translation>
    </message>
    <message>
        <source>Most affected services</source>
        <translation>Services les plus touchés</translation>
    </message>
    <message>
        <source>Most affected regions</source>
        <translation>Régions les plus touchées</translation>
    </message>
    <message>
        <source>Loading history…</source>
        <translation>Chargement de l&apos;historique…</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>No incident has ended</source>
        <translation>Aucun incident terminé</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n resolved)</source>
        <translation>
            <numerusform>%1 (%n résolu)</numerusform>
            <numerusform>%1 (%n résolus)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
%2, %3 so far</source>
        <comment>title, then provider and duration</comment>
        <translation>%1
%2, %3 pour l&apos;instant</translation>
    </message>
    <message>
        <source>%1
%2, %3</source>
        <comment>title, then provider and duration</comment>
        <translation>%1
%2, %3</translation>
    </message>
    <message>
        <source>None tied to a region</source>
        <translation>Aucun incident lié à une région</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>service or region: incidents</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <comment>service or region (provider): incidents</comment>
        <translation>%1 (%2)&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>radar::HistoryNames</name>
    <message>
        <source>Global</source>
        <translation>Global</translation>
    </message>
</context>
<context>
    <name>radar::HistoryView</name>
    <message>
        <source>24 hours</source>
        <translation>24 heures</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 jours</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 jours</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 jours</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 an</translation>
    </message>
    <message>
        <source>In&amp;cidents per hour, by severity</source>
        <translation>In&amp;cidents par heure, par gravité</translation>
    </message>
    <message>
        <source>In&amp;cidents per day, by severity</source>
        <translation>In&amp;cidents par jour, par gravité</translation>
    </message>
    <message>
        <source>In&amp;cidents per week, by severity</source>
        <translation>In&amp;cidents par semaine, par gravité</translation>
    </message>
    <message>
        <source>How far back the chart and the figures go</source>
        <translation>Jusqu&apos;où remontent le graphique et les chiffres</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Only incidents that affected this service</source>
        <translation>Seulement les incidents qui ont touché ce service</translation>
    </message>
    <message>
        <source>Only incidents that affected this region</source>
        <translation>Seulement les incidents qui ont touché cette région</translation>
    </message>
    <message>
        <source>&amp;Watched only</source>
        <translation>Suivis &amp;uniquement</translation>
    </message>
    <message>
        <source>Only incidents that touched a service, region or cell you starred</source>
        <translation>Seulement les incidents qui ont touché un service, une région ou une cellule marqués d&apos;une étoile</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Save the whole history as CSV or JSON</source>
        <translation>Enregistrer tout l&apos;historique en CSV ou JSON</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Période&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>Fou&amp;rnisseur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Service&#xa0;:</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>Ré&amp;gion&#xa0;:</translation>
    </message>
    <message>
        <source>Incidents of the chosen bar</source>
        <translation>Incidents de la barre choisie</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>Tous les fournisseurs</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>service or region (provider)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Tous les services</translation>
    </message>
    <message>
        <source>%1 (every provider)</source>
        <comment>a service</comment>
        <translation>%1 (tous les fournisseurs)</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Toutes les régions</translation>
    </message>
    <message>
        <source>%1 (every provider)</source>
        <comment>a region</comment>
        <translation>%1 (tous les fournisseurs)</translation>
    </message>
    <message>
        <source>Point at a bar, or choose one with the arrow keys, to see its counts; click it or press Enter to list its incidents.</source>
        <translation>Pointez une barre, ou choisissez-en une avec les flèches, pour voir ses chiffres&#xa0;; cliquez dessus ou appuyez sur Entrée pour lister ses incidents.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>two instants</comment>
        <translation>de %1 à %2</translation>
    </message>
    <message>
        <source>&amp;Incidents of %1: %2</source>
        <comment>a bar&apos;s period, its number of incidents</comment>
        <translation>&amp;Incidents (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>%1 pour l&apos;instant</translation>
    </message>
    <message>
        <source>&amp;Incidents: choose a bar in the chart to list them</source>
        <translation>&amp;Incidents&#xa0;: choisissez une barre du graphique pour les lister</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export the incident history</source>
        <translation>Exporter l&apos;historique des incidents</translation>
    </message>
    <message>
        <source>Only incidents of this provider</source>
        <translation>Seulement les incidents de ce fournisseur</translation>
    </message>
    <message>
        <source>The incidents that started in the bar chosen in the chart; the current one&apos;s details are shown beside the list</source>
        <translation>Les incidents commencés dans la barre choisie du graphique&#xa0;; les détails de l&apos;incident actuel sont affichés à côté de la liste</translation>
    </message>
    <message>
        <source>%1: %2, %3, started %4, lasted %5</source>
        <comment>severity: title, provider, start, duration</comment>
        <translation>%1&#xa0;: %2, %3, début %4, durée %5</translation>
    </message>
</context>
<context>
    <name>radar::HistoryWorker</name>
    <message>
        <source>The history cannot be opened: %1. This session keeps it in memory only.</source>
        <translation>L&apos;historique ne peut pas être ouvert&#xa0;: %1. Cette session le garde en mémoire uniquement.</translation>
    </message>
    <message>
        <source>The history file was damaged and has been moved aside to %1; a new history has been started.</source>
        <translation>Le fichier d&apos;historique était endommagé et a été mis de côté dans %1&#xa0;; un nouvel historique a été commencé.</translation>
    </message>
    <message>
        <source>The history could not be read: %1.</source>
        <translation>L&apos;historique n&apos;a pas pu être lu&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1. Outage Radar keeps the history in memory meanwhile and saves it as soon as it can; free some space or check the file.</source>
        <translation>%1. Outage Radar garde l&apos;historique en mémoire en attendant et l&apos;enregistre dès que possible&#xa0;; libérez de l&apos;espace ou vérifiez le fichier.</translation>
    </message>
    <message numerus="yes">
        <source>%n of the oldest unsaved batch(es) had to be let go.</source>
        <translation>
            <numerusform>Le plus ancien lot non enregistré a dû être abandonné.</numerusform>
            <numerusform>Les %n lots non enregistrés les plus anciens ont dû être abandonnés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Old history could not be removed: %1.</source>
        <translation>L&apos;ancien historique n&apos;a pas pu être supprimé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The history could not be cleared: %1.</source>
        <translation>L&apos;historique n&apos;a pas pu être effacé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The history was cleared.</source>
        <translation>L&apos;historique a été effacé.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n incident(s) to %1.</source>
        <translation>
            <numerusform>%n incident exporté vers %1.</numerusform>
            <numerusform>%n incidents exportés vers %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>radar::IncidentDetails</name>
    <message>
        <source>State: %1 → %2</source>
        <translation>État&#xa0;: %1 → %2</translation>
    </message>
    <message>
        <source>Regions added: %1</source>
        <translation>Régions ajoutées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Regions no longer affected: %1</source>
        <translation>Régions qui ne sont plus touchées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Services added: %1</source>
        <translation>Services ajoutés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Services no longer affected: %1</source>
        <translation>Services qui ne sont plus touchés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>Gravité&#xa0;:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <source>Ended (no longer listed)</source>
        <translation>Terminé (retiré du flux)</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Début&#xa0;:</translation>
    </message>
    <message>
        <source>Ended:</source>
        <translation>Fin&#xa0;:</translation>
    </message>
    <message>
        <source>Still ongoing</source>
        <translation>Toujours en cours</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Durée&#xa0;:</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <comment>duration of an open incident</comment>
        <translation>%1 pour l&apos;instant</translation>
    </message>
    <message>
        <source>The provider stopped listing this incident before marking it resolved, so it is shown as ended.</source>
        <translation>Le fournisseur a cessé de lister cet incident avant de le marquer résolu&#xa0;; il est donc affiché comme terminé.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a region: its name (its id)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Affected:</source>
        <translation>Services touchés&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <comment>the first services affected in a region, then how many others</comment>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a region: the services affected there</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more region(s)</source>
        <comment>affected regions</comment>
        <translation>
            <numerusform>et %n autre région</numerusform>
            <numerusform>et %n autres régions</numerusform>
        </translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Mises à jour</translation>
    </message>
    <message>
        <source>The provider has posted no updates.</source>
        <translation>Le fournisseur n&apos;a publié aucune mise à jour.</translation>
    </message>
    <message>
        <source>Undated</source>
        <translation>Sans date</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>an update: time · state</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Untitled incident</source>
        <translation>Incident sans titre</translation>
    </message>
    <message>
        <source>Open the provider&apos;s page for this incident</source>
        <translation>Ouvrir la page du fournisseur pour cet incident</translation>
    </message>
</context>
<context>
    <name>radar::IncidentDetailsView</name>
    <message>
        <source>Incident details</source>
        <translation>Détails de l&apos;incident</translation>
    </message>
    <message>
        <source>The selected incident&apos;s severity, times and affected services, and the provider&apos;s updates, newest first</source>
        <translation>Gravité, horaires et services touchés de l&apos;incident sélectionné, et mises à jour du fournisseur, les plus récentes d&apos;abord</translation>
    </message>
    <message>
        <source>Select an incident to see its details and the provider&apos;s updates.</source>
        <translation>Sélectionnez un incident pour voir ses détails et les mises à jour du fournisseur.</translation>
    </message>
</context>
<context>
    <name>radar::IncidentHistoryModel</name>
    <message>
        <source>%1, %2–%3</source>
        <comment>a day, the hour&apos;s start and end</comment>
        <translation>%1, %2–%3</translation>
    </message>
    <message>
        <source>Week of %1 to %2</source>
        <comment>the first and last day of a week</comment>
        <translation>Semaine du %1 au %2</translation>
    </message>
    <message>
        <source>No incidents</source>
        <translation>Aucun incident</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n incident</numerusform>
            <numerusform>%n incidents</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>severity: number of incidents</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <comment>bar, severity: number of incidents</comment>
        <translation>%1, %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>radar::IncidentListModel</name>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Ended (no longer listed)</source>
        <translation>Terminé (retiré du flux)</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 depuis %2</translation>
    </message>
    <message>
        <source>%1, started %2, lasted %3</source>
        <translation>%1, début %2, durée %3</translation>
    </message>
    <message>
        <source>%1: %2, %3, %4, since %5</source>
        <translation>%1&#xa0;: %2, %3, %4, depuis %5</translation>
    </message>
    <message>
        <source>%1: %2, %3, %4, started %5, lasted %6</source>
        <translation>%1&#xa0;: %2, %3, %4, début %5, durée %6</translation>
    </message>
</context>
<context>
    <name>radar::IncidentPanel</name>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Open incidents, worst first, then the ones that ended recently</source>
        <translation>Incidents ouverts, les plus graves d&apos;abord, puis ceux terminés récemment</translation>
    </message>
    <message>
        <source>No incidents reported</source>
        <translation>Aucun incident signalé</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>open incidents, ended incidents</comment>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n open incident(s)</source>
        <translation>
            <numerusform>%n incident ouvert</numerusform>
            <numerusform>%n incidents ouverts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ended recently</source>
        <translation>
            <numerusform>%n terminé récemment</numerusform>
            <numerusform>%n terminés récemment</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Snooze notifications about this incident</source>
        <translation>&amp;Suspendre les notifications sur cet incident</translation>
    </message>
</context>
<context>
    <name>radar::IncidentState</name>
    <message>
        <source>Investigating</source>
        <translation>Enquête en cours</translation>
    </message>
    <message>
        <source>Identified</source>
        <translation>Identifié</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Surveillance</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Planifié</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>radar::KeychainSecretStore</name>
    <message>
        <source>No keychain is available, so saved tokens and passwords cannot be used: start a Secret Service (GNOME Keyring or KWallet).</source>
        <translation>Aucun trousseau n&apos;est disponible, les jetons et mots de passe enregistrés ne peuvent donc pas être utilisés&#xa0;: démarrez un service Secret Service (GNOME Keyring ou KWallet).</translation>
    </message>
    <message>
        <source>No keychain is available: start a Secret Service (GNOME Keyring or KWallet) to keep tokens; nothing was saved.</source>
        <translation>Aucun trousseau n&apos;est disponible&#xa0;: démarrez un service Secret Service (GNOME Keyring ou KWallet) pour conserver les jetons&#xa0;; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>No keychain is available, so the token could not be removed: start a Secret Service (GNOME Keyring or KWallet) and try again.</source>
        <translation>Aucun trousseau n&apos;est disponible, le jeton n&apos;a donc pas pu être supprimé&#xa0;: démarrez un service Secret Service (GNOME Keyring ou KWallet) et réessayez.</translation>
    </message>
    <message>
        <source>The keychain stayed locked, so saved tokens and passwords cannot be used: unlock it when it asks.</source>
        <translation>Le trousseau est resté verrouillé, les jetons et mots de passe enregistrés ne peuvent donc pas être utilisés&#xa0;: déverrouillez-le quand il le demande.</translation>
    </message>
    <message>
        <source>The keychain stayed locked, so nothing was saved: unlock it when it asks, then save again.</source>
        <translation>Le trousseau est resté verrouillé, rien n&apos;a donc été enregistré&#xa0;: déverrouillez-le quand il le demande, puis enregistrez à nouveau.</translation>
    </message>
    <message>
        <source>The keychain stayed locked, so the token was not removed: unlock it when it asks, then try again.</source>
        <translation>Le trousseau est resté verrouillé, le jeton n&apos;a donc pas été supprimé&#xa0;: déverrouillez-le quand il le demande, puis réessayez.</translation>
    </message>
    <message>
        <source>The keychain could not read a saved token or password (%1): check that it is unlocked and try again.</source>
        <translation>Le trousseau n&apos;a pas pu lire un jeton ou un mot de passe enregistré (%1)&#xa0;: vérifiez qu&apos;il est déverrouillé et réessayez.</translation>
    </message>
    <message>
        <source>The keychain could not save the token (%1); nothing was saved: check that it is unlocked and try again.</source>
        <translation>Le trousseau n&apos;a pas pu enregistrer le jeton (%1)&#xa0;; rien n&apos;a été enregistré&#xa0;: vérifiez qu&apos;il est déverrouillé et réessayez.</translation>
    </message>
    <message>
        <source>The keychain could not remove the token (%1): check that it is unlocked and try again.</source>
        <translation>Le trousseau n&apos;a pas pu supprimer le jeton (%1)&#xa0;: vérifiez qu&apos;il est déverrouillé et réessayez.</translation>
    </message>
</context>
<context>
    <name>radar::MainWindow</name>
    <message>
        <source>Outage Radar</source>
        <translation>Outage Radar</translation>
    </message>
    <message>
        <source>&amp;Now</source>
        <translation>É&amp;tat actuel</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>N&amp;otifications</source>
        <translation>N&amp;otifications</translation>
    </message>
    <message>
        <source>Try &amp;again</source>
        <translation>Réessa&amp;yer</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Masquer</translation>
    </message>
    <message>
        <source>While you were away</source>
        <translation>Pendant votre absence</translation>
    </message>
    <message>
        <source>D&amp;ismiss</source>
        <translation>Mas&amp;quer</translation>
    </message>
    <message>
        <source>History problem</source>
        <translation>Problème d&apos;historique</translation>
    </message>
    <message>
        <source>Dis&amp;miss</source>
        <translation>Masq&amp;uer</translation>
    </message>
    <message>
        <source>No system tray</source>
        <translation>Pas de zone de notification</translation>
    </message>
    <message>
        <source>Dismi&amp;ss</source>
        <translation>Masqu&amp;er</translation>
    </message>
    <message>
        <source>Settings problem</source>
        <translation>Problème de paramètres</translation>
    </message>
    <message>
        <source>Overall status</source>
        <translation>Statut global</translation>
    </message>
    <message>
        <source>Refresh progress</source>
        <translation>Progression de l&apos;actualisation</translation>
    </message>
    <message>
        <source>That incident is no longer listed.</source>
        <translation>Cet incident n&apos;est plus listé.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Overall: %1</source>
        <translation>Statut global&#xa0;: %1</translation>
    </message>
    <message>
        <source>No sources to poll</source>
        <translation>Aucune source à interroger</translation>
    </message>
    <message>
        <source>Offline: the last known data is not up to date</source>
        <translation>Hors ligne&#xa0;: les dernières données connues ne sont pas à jour</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) of %1 not up to date: see Sources</source>
        <translation>
            <numerusform>%n source sur %1 pas à jour&#xa0;: voir Sources</numerusform>
            <numerusform>%n sources sur %1 pas à jour&#xa0;: voir Sources</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;You appear to be offline.&lt;/b&gt; %1 The last known data stays visible, marked as not up to date, and no alerts are raised while the connection is gone.</source>
        <translation>&lt;b&gt;Vous semblez être hors ligne.&lt;/b&gt; %1 Les dernières données connues restent visibles, marquées comme pas à jour, et aucune alerte n&apos;est émise tant que la connexion est coupée.</translation>
    </message>
    <message>
        <source>Next try at %1.</source>
        <translation>Prochain essai&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Refreshing %1 of %2</source>
        <translation>Actualisation&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>Outage Radar — %1</source>
        <translation>Outage Radar — %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>&amp;Actualiser maintenant</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
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
        <source>&amp;Find…</source>
        <translation>Re&amp;chercher…</translation>
    </message>
    <message>
        <source>Go to the &amp;grid</source>
        <translation>Aller à la &amp;grille</translation>
    </message>
    <message>
        <source>Go to the &amp;incidents</source>
        <translation>Aller aux &amp;incidents</translation>
    </message>
    <message>
        <source>Go to the &amp;history</source>
        <translation>Aller à l&apos;&amp;historique</translation>
    </message>
    <message>
        <source>Go to the &amp;notifications</source>
        <translation>Aller aux &amp;notifications</translation>
    </message>
    <message>
        <source>Columns by provider &amp;region</source>
        <translation>Colonnes par région de &amp;fournisseur</translation>
    </message>
    <message>
        <source>Columns by &amp;place</source>
        <translation>Colonnes par &amp;lieu</translation>
    </message>
    <message>
        <source>&amp;Unfold all providers</source>
        <translation>&amp;Déplier tous les fournisseurs</translation>
    </message>
    <message>
        <source>&amp;Watch the current cell</source>
        <translation>&amp;Suivre la cellule actuelle</translation>
    </message>
    <message>
        <source>The grid of services and regions, and the incidents open now</source>
        <translation>La grille des services et des régions, et les incidents ouverts en ce moment</translation>
    </message>
    <message>
        <source>The incidents of the past, as a chart and lists</source>
        <translation>Les incidents passés, sous forme de graphique et de listes</translation>
    </message>
    <message>
        <source>Every notification sent or held back, and why</source>
        <translation>Chaque notification envoyée ou retenue, et pourquoi</translation>
    </message>
    <message>
        <source>Shows the tabs that do not fit</source>
        <translation>Affiche les onglets masqués faute de place</translation>
    </message>
    <message>
        <source>Each polled source: whether its data is up to date, what went wrong, and when it is asked next</source>
        <translation>Chaque source interrogée&#xa0;: si ses données sont à jour, ce qui a échoué et quand elle sera interrogée la prochaine fois</translation>
    </message>
    <message>
        <source>Asks every source again now</source>
        <translation>Interroge à nouveau toutes les sources maintenant</translation>
    </message>
    <message>
        <source>Tab reaches each incident&apos;s link; Enter opens it in the history.</source>
        <translation>La touche Tab mène au lien de chaque incident&#xa0;; Entrée l&apos;ouvre dans l&apos;historique.</translation>
    </message>
    <message>
        <source>Hides this message</source>
        <translation>Masque ce message</translation>
    </message>
    <message>
        <source>%1 Tab reaches each incident&apos;s link; Enter opens it in the history.</source>
        <comment>the digest in words</comment>
        <translation>%1 La touche Tab mène au lien de chaque incident&#xa0;; Entrée l&apos;ouvre dans l&apos;historique.</translation>
    </message>
    <message>
        <source>Ne&amp;xt tab</source>
        <translation>Onglet s&amp;uivant</translation>
    </message>
    <message>
        <source>Pre&amp;vious tab</source>
        <translation>Onglet &amp;précédent</translation>
    </message>
    <message>
        <source>F&amp;old all providers</source>
        <translation>&amp;Replier tous les fournisseurs</translation>
    </message>
</context>
<context>
    <name>radar::NetworkSettingsPage</name>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Use the &amp;system&apos;s proxy settings</source>
        <translation>Utiliser les paramètres proxy du &amp;système</translation>
    </message>
    <message>
        <source>Fetches go through the proxy your desktop or environment names, if any.</source>
        <translation>Les requêtes passent par le proxy indiqué par votre bureau ou votre environnement, s&apos;il y en a un.</translation>
    </message>
    <message>
        <source>&amp;No proxy</source>
        <translation>Aucu&amp;n proxy</translation>
    </message>
    <message>
        <source>Fetches go straight to the status pages, whatever the system says.</source>
        <translation>Les requêtes vont directement aux pages d&apos;état, quoi qu&apos;indique le système.</translation>
    </message>
    <message>
        <source>&amp;Manual proxy:</source>
        <translation>Proxy &amp;manuel&#xa0;:</translation>
    </message>
    <message>
        <source>Fetches go through the HTTP proxy named below.</source>
        <translation>Les requêtes passent par le proxy HTTP indiqué ci-dessous.</translation>
    </message>
    <message>
        <source>Proxy host name</source>
        <translation>Nom d&apos;hôte du proxy</translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Port du proxy</translation>
    </message>
    <message>
        <source>Proxy user name</source>
        <translation>Nom d&apos;utilisateur du proxy</translation>
    </message>
    <message>
        <source>Leave empty if the proxy asks for none</source>
        <translation>Laisser vide si le proxy n&apos;en demande pas</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Mot de passe du proxy</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>M&amp;ot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>The password is kept in your system&apos;s keychain, never in Outage Radar&apos;s settings file or in exported configurations.</source>
        <translation>Le mot de passe est conservé dans le trousseau de votre système, jamais dans le fichier de paramètres d&apos;Outage Radar ni dans les configurations exportées.</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Limites</translation>
    </message>
    <message>
        <source>Fetch timeout in seconds</source>
        <translation>Délai d&apos;expiration d&apos;une requête, en secondes</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>A fetch that has not finished after this long fails, and is tried again at the next poll.</source>
        <translation>Une requête qui n&apos;est pas terminée après ce délai échoue, et est retentée à l&apos;interrogation suivante.</translation>
    </message>
    <message>
        <source>Largest feed accepted, in mebibytes</source>
        <translation>Taille maximale d&apos;un flux, en mébioctets</translation>
    </message>
    <message>
        <source> MiB</source>
        <comment>mebibytes</comment>
        <translation> Mio</translation>
    </message>
    <message>
        <source>A feed larger than this (after decompression) is refused instead of read, so that a broken server cannot fill the memory.</source>
        <translation>Un flux plus gros que cela (après décompression) est refusé au lieu d&apos;être lu, afin qu&apos;un serveur défaillant ne puisse pas remplir la mémoire.</translation>
    </message>
    <message>
        <source>&amp;Give up on a fetch after:</source>
        <translation>&amp;Abandonner une requête après&#xa0;:</translation>
    </message>
    <message>
        <source>Largest feed &amp;accepted:</source>
        <translation>Taille maximale d&apos;un f&amp;lux&#xa0;:</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s host name or pick another option.</source>
        <translation>Saisissez le nom d&apos;hôte du proxy ou choisissez une autre option.</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s host name alone, such as proxy.example.com: no spaces, no http:// and no path. Its port goes in the Port field.</source>
        <translation>Saisissez uniquement le nom d&apos;hôte du proxy, par exemple proxy.example.com&#xa0;: sans espaces, sans http:// et sans chemin. Son port va dans le champ Port.</translation>
    </message>
    <message>
        <source>The proxy&apos;s host name alone, without http:// or a port</source>
        <translation>Le nom d&apos;hôte du proxy seul, sans http:// ni port</translation>
    </message>
    <message>
        <source>The port the proxy listens on, often 3128 or 8080</source>
        <translation>Le port sur lequel le proxy écoute, souvent 3128 ou 8080</translation>
    </message>
    <message>
        <source>The user name the proxy asks for; leave it empty if it asks for none</source>
        <translation>Le nom d&apos;utilisateur demandé par le proxy&#xa0;; laissez-le vide si le proxy n&apos;en demande pas</translation>
    </message>
    <message>
        <source>The proxy&apos;s password, kept in the system&apos;s keychain</source>
        <translation>Le mot de passe du proxy, conservé dans le trousseau du système</translation>
    </message>
</context>
<context>
    <name>radar::NotificationLogModel</name>
    <message>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Held back</source>
        <translation>Retenue</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Notification</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
</context>
<context>
    <name>radar::NotificationLogView</name>
    <message>
        <source>Every notification Outage Radar sent, and each one it held back, with the rule that decided.</source>
        <translation>Chaque notification envoyée par Outage Radar, et chaque notification retenue, avec la règle qui en a décidé.</translation>
    </message>
    <message>
        <source>Show notifications</source>
        <translation>Afficher les notifications</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyées</translation>
    </message>
    <message>
        <source>Held back</source>
        <translation>Retenues</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Affi&amp;cher&#xa0;:</translation>
    </message>
    <message>
        <source>Notification log</source>
        <translation>Journal des notifications</translation>
    </message>
    <message>
        <source>Notifications sent and held back, newest first. Enter opens the incidents of an entry.</source>
        <translation>Notifications envoyées et retenues, les plus récentes d&apos;abord. Entrée ouvre les incidents d&apos;une entrée.</translation>
    </message>
    <message>
        <source>No notifications yet.

When a service you watch has a problem, or another one has a serious outage, the notification is listed here. So is each one that was held back, with the reason.</source>
        <translation>Aucune notification pour l&apos;instant.

Quand un service que vous suivez a un problème, ou qu&apos;un autre subit une panne grave, la notification est listée ici. De même pour chaque notification retenue, avec la raison.</translation>
    </message>
    <message>
        <source>No notification was sent yet: every one so far was held back.</source>
        <translation>Aucune notification n&apos;a encore été envoyée&#xa0;: toutes ont été retenues jusqu&apos;ici.</translation>
    </message>
    <message>
        <source>No notification was held back: every one so far was sent.</source>
        <translation>Aucune notification n&apos;a été retenue&#xa0;: toutes ont été envoyées jusqu&apos;ici.</translation>
    </message>
    <message>
        <source>Lists every notification, only those sent, or only those held back</source>
        <translation>Liste toutes les notifications, seulement celles envoyées ou seulement celles retenues</translation>
    </message>
</context>
<context>
    <name>radar::NotificationSettingsPage</name>
    <message>
        <source>Major outages only</source>
        <translation>Pannes majeures uniquement</translation>
    </message>
    <message>
        <source>%1 or worse</source>
        <comment>a status</comment>
        <translation>%1 ou pire</translation>
    </message>
    <message>
        <source>Send a &amp;test notification</source>
        <translation>Envoyer une notification de &amp;test</translation>
    </message>
    <message>
        <source>Shows a notification now, the way a real one would appear, to check that your desktop lets them through.</source>
        <translation>Affiche une notification maintenant, telle qu&apos;une vraie apparaîtrait, pour vérifier que votre bureau les laisse passer.</translation>
    </message>
    <message>
        <source>When to notify</source>
        <translation>Quand notifier</translation>
    </message>
    <message>
        <source>Minimum status for watched services</source>
        <translation>Statut minimal pour les services suivis</translation>
    </message>
    <message>
        <source>Services, regions and cells you starred in the grid notify from this status on.</source>
        <translation>Les services, régions et cellules marqués d&apos;une étoile dans la grille notifient à partir de ce statut.</translation>
    </message>
    <message>
        <source>Minimum status for other services</source>
        <translation>Statut minimal pour les autres services</translation>
    </message>
    <message>
        <source>Everything you did not star notifies from this status on.</source>
        <translation>Tout ce que vous n&apos;avez pas marqué d&apos;une étoile notifie à partir de ce statut.</translation>
    </message>
    <message>
        <source>Tell me when a problem is &amp;resolved</source>
        <translation>M&apos;avertir quand un problème est &amp;résolu</translation>
    </message>
    <message>
        <source>One more notification when everything a notification was about is back below its minimum.</source>
        <translation>Une notification de plus quand tout ce qui a fait l&apos;objet d&apos;une notification est repassé sous son minimum.</translation>
    </message>
    <message>
        <source>Reminder for major outages still open, in hours</source>
        <translation>Rappel des pannes majeures toujours ouvertes, en heures</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source> h</source>
        <comment>hours</comment>
        <translation> h</translation>
    </message>
    <message>
        <source>A reminder of a major outage that is still open this many hours later. Off: no reminders.</source>
        <translation>Un rappel d&apos;une panne majeure toujours ouverte ce nombre d&apos;heures plus tard. Désactivé&#xa0;: aucun rappel.</translation>
    </message>
    <message>
        <source>&amp;Watched services from:</source>
        <translation>Services &amp;suivis à partir de&#xa0;:</translation>
    </message>
    <message>
        <source>Other ser&amp;vices from:</source>
        <translation>&amp;Autres services à partir de&#xa0;:</translation>
    </message>
    <message>
        <source>Re&amp;mind me of major outages still open after:</source>
        <translation>&amp;Me rappeler les pannes majeures toujours ouvertes après&#xa0;:</translation>
    </message>
    <message>
        <source>Never notify about</source>
        <translation>Ne jamais notifier pour</translation>
    </message>
    <message>
        <source>Muted providers</source>
        <translation>Fournisseurs en sourdine</translation>
    </message>
    <message>
        <source>Checked providers never notify; Space checks or unchecks</source>
        <translation>Les fournisseurs cochés ne notifient jamais&#xa0;; Espace coche ou décoche</translation>
    </message>
    <message>
        <source>Nothing from a checked provider is notified; it is still shown in the grid.</source>
        <translation>Rien n&apos;est notifié pour un fournisseur coché&#xa0;; il reste affiché dans la grille.</translation>
    </message>
    <message>
        <source>Muted services and regions</source>
        <translation>Services et régions en sourdine</translation>
    </message>
    <message>
        <source>R&amp;emove</source>
        <translation>R&amp;etirer</translation>
    </message>
    <message>
        <source>Notify about the selected services and regions again</source>
        <translation>Notifier à nouveau pour les services et régions sélectionnés</translation>
    </message>
    <message>
        <source>&amp;Providers:</source>
        <translation>&amp;Fournisseurs&#xa0;:</translation>
    </message>
    <message>
        <source>Services, re&amp;gions and cells:</source>
        <translation>Services, ré&amp;gions et cellules&#xa0;:</translation>
    </message>
    <message>
        <source>To mute more, right-click a cell of the grid (or press the Menu key there).</source>
        <translation>Pour en mettre d&apos;autres en sourdine, faites un clic droit sur une cellule de la grille (ou appuyez sur la touche Menu).</translation>
    </message>
    <message>
        <source>&amp;Quiet hours</source>
        <translation>&amp;Heures de silence</translation>
    </message>
    <message>
        <source>No notifications in this period, except a major outage of something you watch. What happened is told when the period ends.</source>
        <translation>Aucune notification pendant cette période, sauf pour une panne majeure d&apos;un élément que vous suivez. Ce qui s&apos;est passé est signalé à la fin de la période.</translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation>Début des heures de silence</translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation>Fin des heures de silence</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;De</translation>
    </message>
    <message>
        <source>u&amp;ntil</source>
        <translation>jus&amp;qu&apos;à</translation>
    </message>
    <message>
        <source>Starting on:</source>
        <translation>Jours de début&#xa0;:</translation>
    </message>
    <message>
        <source>Quiet hours starting on %1</source>
        <translation>Heures de silence commençant le %1</translation>
    </message>
    <message>
        <source>A quiet period belongs to the day it starts: 22:00 on Friday until 07:00 on Saturday is Friday&apos;s.</source>
        <translation>Une période de silence appartient au jour où elle commence&#xa0;: de 22:00 le vendredi à 07:00 le samedi, c&apos;est celle du vendredi.</translation>
    </message>
    <message>
        <source>Nothing is muted</source>
        <translation>Rien n&apos;est en sourdine</translation>
    </message>
    <message>
        <source>%1 in %2: every service</source>
        <comment>provider, region</comment>
        <translation>%1 dans %2&#xa0;: tous les services</translation>
    </message>
    <message>
        <source>%1 as a whole: every region</source>
        <comment>provider</comment>
        <translation>Tout %1&#xa0;: toutes les régions</translation>
    </message>
    <message>
        <source>%1 as a whole in %2</source>
        <comment>provider, region</comment>
        <translation>Tout %1 dans %2</translation>
    </message>
    <message>
        <source>%1 %2: every region</source>
        <comment>provider, service</comment>
        <translation>%1 %2&#xa0;: toutes les régions</translation>
    </message>
    <message>
        <source>%1 %2 in %3</source>
        <comment>provider, service, region</comment>
        <translation>%1 %2 dans %3</translation>
    </message>
    <message>
        <source>Services, regions and cells that never notify; Delete notifies about the selected ones again</source>
        <translation>Services, régions et cellules qui ne notifient jamais&#xa0;; Suppr notifie à nouveau pour les éléments sélectionnés</translation>
    </message>
    <message>
        <source>When the quiet period starts, on each day checked below</source>
        <translation>Début de la période de silence, chaque jour coché ci-dessous</translation>
    </message>
    <message>
        <source>When the quiet period ends; before the start, it ends the next day</source>
        <translation>Fin de la période de silence&#xa0;; si elle précède le début, la période se termine le lendemain</translation>
    </message>
    <message>
        <source>Checked: a quiet period starts on %1</source>
        <translation>Coché&#xa0;: une période de silence commence le %1</translation>
    </message>
</context>
<context>
    <name>radar::NotificationText</name>
    <message>
        <source>%1 %2</source>
        <comment>provider, then region</comment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <comment>the first service names, then how many more</comment>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>place, then status</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: better, now %2</source>
        <translation>%1&#xa0;: amélioration, désormais %2</translation>
    </message>
    <message>
        <source>%1: worse, now %2</source>
        <translation>%1&#xa0;: aggravation, désormais %2</translation>
    </message>
    <message>
        <source>%1: resolved</source>
        <translation>%1&#xa0;: résolu</translation>
    </message>
    <message>
        <source>Reminder: %1 still %2</source>
        <translation>Rappel&#xa0;: %1 toujours en état «&#xa0;%2&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) open</source>
        <translation>
            <numerusform>%n problème en cours</numerusform>
            <numerusform>%n problèmes en cours</numerusform>
        </translation>
    </message>
    <message>
        <source>Outage Radar test notification</source>
        <translation>Notification de test d&apos;Outage Radar</translation>
    </message>
    <message>
        <source>%1
All services are back to normal.</source>
        <translation>%1
Tous les services sont revenus à la normale.</translation>
    </message>
    <message>
        <source>%1
No longer an outage; now %2.</source>
        <translation>%1
Plus de panne&#xa0;; état actuel&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 (worst: %2)</source>
        <translation>%1 (le pire&#xa0;: %2)</translation>
    </message>
    <message>
        <source>If you can read this, notifications work.</source>
        <translation>Si vous lisez ceci, les notifications fonctionnent.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>status, then services</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Sent: a watched service reached %1</source>
        <translation>Envoyée&#xa0;: un service suivi a atteint l&apos;état «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Sent: a service reached %1</source>
        <translation>Envoyée&#xa0;: un service a atteint l&apos;état «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Sent despite quiet hours: major outage of a watched service</source>
        <translation>Envoyée malgré les heures de silence&#xa0;: panne majeure d&apos;un service suivi</translation>
    </message>
    <message>
        <source>Sent: an outage already notified got worse</source>
        <translation>Envoyée&#xa0;: une panne déjà notifiée s&apos;est aggravée</translation>
    </message>
    <message>
        <source>Sent: the outage is over</source>
        <translation>Envoyée&#xa0;: la panne est terminée</translation>
    </message>
    <message>
        <source>Sent: reminder of a major outage still open</source>
        <translation>Envoyée&#xa0;: rappel d&apos;une panne majeure toujours en cours</translation>
    </message>
    <message>
        <source>Sent: already open when Outage Radar first got data</source>
        <translation>Envoyée&#xa0;: déjà en cours quand Outage Radar a reçu ses premières données</translation>
    </message>
    <message>
        <source>Sent: you asked for a test notification</source>
        <translation>Envoyée&#xa0;: vous avez demandé une notification de test</translation>
    </message>
    <message>
        <source>Held back: below your notification minimum</source>
        <translation>Retenue&#xa0;: sous votre seuil de notification</translation>
    </message>
    <message>
        <source>Held back: provider muted</source>
        <translation>Retenue&#xa0;: fournisseur en sourdine</translation>
    </message>
    <message>
        <source>Held back: service or region muted</source>
        <translation>Retenue&#xa0;: service ou région en sourdine</translation>
    </message>
    <message>
        <source>Held back: quiet hours until %1</source>
        <translation>Retenue&#xa0;: heures de silence jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>Held back: quiet hours</source>
        <translation>Retenue&#xa0;: heures de silence</translation>
    </message>
    <message>
        <source>Held back: snoozed until %1</source>
        <translation>Retenue&#xa0;: suspendue jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>Held back: snoozed until resolved</source>
        <translation>Retenue&#xa0;: suspendue jusqu&apos;à résolution</translation>
    </message>
    <message>
        <source>Held back: incident snoozed until %1</source>
        <translation>Retenue&#xa0;: incident suspendu jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>Held back: incident snoozed until resolved</source>
        <translation>Retenue&#xa0;: incident suspendu jusqu&apos;à sa résolution</translation>
    </message>
    <message>
        <source>Held back: notifications paused until %1</source>
        <translation>Retenue&#xa0;: notifications en pause jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>Held back: notifications paused</source>
        <translation>Retenue&#xa0;: notifications en pause</translation>
    </message>
    <message>
        <source>Held back: starting up or reconnecting until %1</source>
        <translation>Retenue&#xa0;: démarrage ou reconnexion jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>Held back: starting up or reconnecting</source>
        <translation>Retenue&#xa0;: démarrage ou reconnexion</translation>
    </message>
    <message>
        <source>Held back: part of an outage already notified</source>
        <translation>Retenue&#xa0;: fait partie d&apos;une panne déjà notifiée</translation>
    </message>
    <message>
        <source>Held back: flapping; waiting until it settles</source>
        <translation>Retenue&#xa0;: statut instable&#xa0;; attente de stabilisation</translation>
    </message>
    <message>
        <source>Held back: better, but still a problem</source>
        <translation>Retenue&#xa0;: amélioration, mais toujours un problème</translation>
    </message>
    <message>
        <source>Held back: notices of resolved outages are off</source>
        <translation>Retenue&#xa0;: les avis de pannes résolues sont désactivés</translation>
    </message>
    <message>
        <source>Held back: its start was never notified</source>
        <translation>Retenue&#xa0;: son début n&apos;a jamais été notifié</translation>
    </message>
</context>
<context>
    <name>radar::PollInterval</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>radar::QuietLengthMenu</name>
    <message numerus="yes">
        <source>For &amp;%n hour(s)</source>
        <translation>
            <numerusform>Pendant &amp;%n heure</numerusform>
            <numerusform>Pendant &amp;%n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>Until tomorrow &amp;morning</source>
        <translation>Jusqu&apos;à demain &amp;matin</translation>
    </message>
    <message>
        <source>Until &amp;resolved</source>
        <translation>Jusqu&apos;à &amp;résolution</translation>
    </message>
</context>
<context>
    <name>radar::SettingsDialog</name>
    <message>
        <source>Outage Radar Settings</source>
        <translation>Paramètres d&apos;Outage Radar</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Pages des paramètres</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>E&amp;xport Configuration…</source>
        <translation>E&amp;xporter la configuration…</translation>
    </message>
    <message>
        <source>Save the sources, watch list and notification rules as a file a team can share. Secrets are never included.</source>
        <translation>Enregistrer les sources, la liste de suivi et les règles de notification dans un fichier partageable en équipe. Les secrets n&apos;y figurent jamais.</translation>
    </message>
    <message>
        <source>&amp;Import Configuration…</source>
        <translation>&amp;Importer la configuration…</translation>
    </message>
    <message>
        <source>Replace the sources, watch list and notification rules with those in a file. The file is checked first; nothing changes if any of it is wrong.</source>
        <translation>Remplacer les sources, la liste de suivi et les règles de notification par celles d&apos;un fichier. Le fichier est d&apos;abord vérifié&#xa0;; rien ne change si une partie est incorrecte.</translation>
    </message>
    <message>
        <source>Export Configuration</source>
        <translation>Exporter la configuration</translation>
    </message>
    <message>
        <source>Outage Radar configuration (*.json)</source>
        <translation>Configuration Outage Radar (*.json)</translation>
    </message>
    <message>
        <source>Import Configuration</source>
        <translation>Importer la configuration</translation>
    </message>
    <message>
        <source>Changes not applied yet are replaced by the imported configuration. Import anyway?</source>
        <translation>Les modifications pas encore appliquées seront remplacées par la configuration importée. Importer quand même&#xa0;?</translation>
    </message>
    <message>
        <source>Outage Radar configuration (*.json);;All files (*)</source>
        <translation>Configuration Outage Radar (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The up and down arrow keys show another page of settings</source>
        <translation>Les flèches haut et bas affichent une autre page de paramètres</translation>
    </message>
    <message>
        <source>Applies the changes and closes the settings (Enter)</source>
        <translation>Applique les modifications et ferme les paramètres (Entrée)</translation>
    </message>
    <message>
        <source>Applies the changes and keeps the settings open</source>
        <translation>Applique les modifications et laisse les paramètres ouverts</translation>
    </message>
    <message>
        <source>Closes the settings and forgets the changes not applied (Escape)</source>
        <translation>Ferme les paramètres et abandonne les modifications non appliquées (Échap)</translation>
    </message>
</context>
<context>
    <name>radar::SingleInstance</name>
    <message>
        <source>cannot create %1, so a second launch will start a second window</source>
        <translation>impossible de créer %1&#xa0;: un second lancement ouvrira donc une seconde fenêtre</translation>
    </message>
    <message>
        <source>another instance is running (pid %1) but does not answer; bring its window up from the tray, or end that process and try again</source>
        <translation>une autre instance est en cours d&apos;exécution (pid %1) mais ne répond pas&#xa0;; affichez sa fenêtre depuis la zone de notification, ou arrêtez ce processus et réessayez</translation>
    </message>
    <message>
        <source>cannot listen on %1 (%2), so a second launch will not bring this window to the front</source>
        <translation>impossible d&apos;écouter sur %1 (%2)&#xa0;: un second lancement ne ramènera donc pas cette fenêtre au premier plan</translation>
    </message>
    <message>
        <source>the request of the second launch is malformed</source>
        <translation>la requête du second lancement est mal formée</translation>
    </message>
</context>
<context>
    <name>radar::SourceEditDialog</name>
    <message>
        <source>Edit Source</source>
        <translation>Modifier la source</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Feed address</source>
        <translation>Adresse du flux</translation>
    </message>
    <message>
        <source>Feed kind</source>
        <translation>Type de flux</translation>
    </message>
    <message>
        <source>Automatic reads the feed and picks the matching reader.</source>
        <translation>Automatique lit le flux et choisit le lecteur correspondant.</translation>
    </message>
    <message>
        <source>Poll interval in seconds</source>
        <translation>Intervalle d&apos;interrogation en secondes</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Services to show</source>
        <translation>Services à afficher</translation>
    </message>
    <message>
        <source>Empty shows everything</source>
        <translation>Vide&#xa0;: tout afficher</translation>
    </message>
    <message>
        <source>Service ids separated by commas, as the feed names them: ec2, s3</source>
        <translation>Identifiants de services séparés par des virgules, tels que le flux les nomme&#xa0;: ec2, s3</translation>
    </message>
    <message>
        <source>Regions to show</source>
        <translation>Régions à afficher</translation>
    </message>
    <message>
        <source>Region ids separated by commas: us-east-1, europe-north1, global</source>
        <translation>Identifiants de régions séparés par des virgules&#xa0;: us-east-1, europe-north1, global</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Interval:</source>
        <translation>&amp;Intervalle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Services:</source>
        <translation>&amp;Services&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Regions:</source>
        <translation>&amp;Régions&#xa0;:</translation>
    </message>
    <message>
        <source>Private status page</source>
        <translation>Page d&apos;état privée</translation>
    </message>
    <message>
        <source>Header name</source>
        <translation>Nom de l&apos;en-tête</translation>
    </message>
    <message>
        <source>Secret value</source>
        <translation>Valeur secrète</translation>
    </message>
    <message>
        <source>&amp;Header:</source>
        <translation>&amp;En-tête&#xa0;:</translation>
    </message>
    <message>
        <source>Secret &amp;value:</source>
        <translation>&amp;Valeur secrète&#xa0;:</translation>
    </message>
    <message>
        <source>The value is kept in your system&apos;s keychain, never in the settings file or an exported configuration.</source>
        <translation>La valeur est conservée dans le trousseau de votre système, jamais dans le fichier de paramètres ni dans une configuration exportée.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>A provider of the catalog keeps its address; add a source by URL to watch another feed.</source>
        <translation>Un fournisseur du catalogue garde son adresse&#xa0;; ajoutez une source par URL pour suivre un autre flux.</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Give the source a name.</source>
        <translation>Donnez un nom à la source.</translation>
    </message>
    <message>
        <source>Enter the address of the feed.</source>
        <translation>Saisissez l&apos;adresse du flux.</translation>
    </message>
    <message>
        <source>The address must start with http://, https:// or file://.</source>
        <translation>L&apos;adresse doit commencer par http://, https:// ou file://.</translation>
    </message>
    <message>
        <source>The address has no server name: write it as https://status.example.com/...</source>
        <translation>L&apos;adresse n&apos;a pas de nom de serveur&#xa0;: écrivez-la sous la forme https://status.example.com/...</translation>
    </message>
    <message>
        <source>Leave the user name and password out of the address: they would be saved with the settings and exported. For a private page, give its header and secret value below.</source>
        <translation>Ne mettez pas le nom d&apos;utilisateur et le mot de passe dans l&apos;adresse&#xa0;: ils seraient enregistrés avec les paramètres et exportés. Pour une page privée, indiquez son en-tête et sa valeur secrète ci-dessous.</translation>
    </message>
    <message>
        <source>A header name is up to 64 letters, digits and marks such as - and _, with no spaces or colons: Authorization, X-Api-Key.</source>
        <translation>Un nom d&apos;en-tête compte jusqu&apos;à 64 lettres, chiffres et signes tels que - et _, sans espaces ni deux-points&#xa0;: Authorization, X-Api-Key.</translation>
    </message>
    <message>
        <source>Name the header the secret value is sent in, such as Authorization.</source>
        <translation>Indiquez l&apos;en-tête dans lequel la valeur secrète est envoyée, par exemple Authorization.</translation>
    </message>
    <message>
        <source>How the grid, the notifications and the settings name this source</source>
        <translation>Le nom de cette source dans la grille, les notifications et les paramètres</translation>
    </message>
    <message>
        <source>How often the feed is asked. Most status pages update within a minute.</source>
        <translation>Fréquence à laquelle le flux est interrogé. La plupart des pages d&apos;état se mettent à jour en moins d&apos;une minute.</translation>
    </message>
    <message>
        <source>The HTTP header the secret is sent in, such as Authorization</source>
        <translation>L&apos;en-tête HTTP dans lequel le secret est envoyé, par exemple Authorization</translation>
    </message>
    <message>
        <source>The token sent in the header, kept in the system&apos;s keychain</source>
        <translation>Le jeton envoyé dans l&apos;en-tête, conservé dans le trousseau du système</translation>
    </message>
    <message>
        <source>Keeps the changes to this source; the settings apply them</source>
        <translation>Conserve les modifications de cette source&#xa0;; elles prennent effet quand les paramètres sont appliqués</translation>
    </message>
    <message>
        <source>Closes without changing the source</source>
        <translation>Ferme sans modifier la source</translation>
    </message>
    <message>
        <source>The feed&apos;s address, starting with https://, http:// or file://</source>
        <translation>L&apos;adresse du flux, commençant par https://, http:// ou file://</translation>
    </message>
</context>
<context>
    <name>radar::SourceHealth</name>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>À jour</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Périmé</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>En échec</translation>
    </message>
</context>
<context>
    <name>radar::SourceListModel</name>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Last good data</source>
        <translation>Dernières données valides</translation>
    </message>
    <message>
        <source>Next check</source>
        <translation>Prochaine vérification</translation>
    </message>
</context>
<context>
    <name>radar::SourceProbe</name>
    <message>
        <source>“%1” is not an address Outage Radar can read: use an http://, https:// or file:// address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse qu&apos;Outage Radar peut lire&#xa0;: utilisez une adresse http://, https:// ou file://.</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>Interrogation de %1…</translation>
    </message>
    <message>
        <source>Reading what %1 sent…</source>
        <translation>Lecture de la réponse de %1…</translation>
    </message>
    <message>
        <source>a web page, not a status feed</source>
        <translation>une page web, pas un flux d&apos;état</translation>
    </message>
    <message>
        <source>an empty list, which does not tell which provider it is from: pick the kind</source>
        <translation>une liste vide, qui ne dit pas de quel fournisseur elle provient&#xa0;: choisissez le type</translation>
    </message>
    <message>
        <source>not a feed of the kind chosen (%1): it looks like %2 instead</source>
        <translation>pas un flux du type choisi (%1)&#xa0;: cela ressemble plutôt à %2</translation>
    </message>
    <message>
        <source>not a feed of the kind chosen (%1): %2</source>
        <translation>pas un flux du type choisi (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>No %1 feed found at %2. Tried:
%3
Check the address, or choose Automatic so that Outage Radar detects the kind of feed.</source>
        <translation>Aucun flux %1 trouvé à %2. Essayé&#xa0;:
%3
Vérifiez l&apos;adresse, ou choisissez Automatique pour qu&apos;Outage Radar détecte le type de flux.</translation>
    </message>
    <message>
        <source>No status feed found at %1. Tried:
%2
Paste the feed&apos;s own address (such as https://status.example.com/api/v2/summary.json, or an RSS or Atom feed), or pick its kind.</source>
        <translation>Aucun flux d&apos;état trouvé à %1. Essayé&#xa0;:
%2
Collez l&apos;adresse du flux lui-même (par exemple https://status.example.com/api/v2/summary.json, ou un flux RSS ou Atom), ou choisissez son type.</translation>
    </message>
</context>
<context>
    <name>radar::SourceSettingsModel</name>
    <message>
        <source>Automatic (%1)</source>
        <translation>Automatique (%1)</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Pas encore vérifié</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervalle</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
</context>
<context>
    <name>radar::SourcesSettingsPage</name>
    <message>
        <source>Search sources</source>
        <translation>Rechercher des sources</translation>
    </message>
    <message>
        <source>Matches the name, id, address and kind of each source (Ctrl+F).</source>
        <translation>Correspond au nom, à l&apos;identifiant, à l&apos;adresse et au type de chaque source (Ctrl+F).</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>&amp;Add by URL…</source>
        <translation>&amp;Ajouter par URL…</translation>
    </message>
    <message>
        <source>Add a source by URL</source>
        <translation>Ajouter une source par URL</translation>
    </message>
    <message>
        <source>Paste the address of a status page: its kind is detected and you pick what to show.</source>
        <translation>Collez l&apos;adresse d&apos;une page d&apos;état&#xa0;: son type est détecté et vous choisissez ce qu&apos;il faut afficher.</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit the source</source>
        <translation>Modifier la source</translation>
    </message>
    <message>
        <source>Name, address, interval, what to show and credentials (Enter).</source>
        <translation>Nom, adresse, intervalle, éléments affichés et identifiants de connexion (Entrée).</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Remove the source</source>
        <translation>Retirer la source</translation>
    </message>
    <message>
        <source>Remove Source</source>
        <translation>Retirer la source</translation>
    </message>
    <message>
        <source>Remove %1 from the sources?</source>
        <translation>Retirer %1 des sources&#xa0;?</translation>
    </message>
    <message>
        <source>Outage Radar stops watching %1. To watch it again, add it by its URL.</source>
        <translation>Outage Radar cesse de surveiller %1. Pour le surveiller à nouveau, ajoutez-le par son URL.</translation>
    </message>
    <message>
        <source>S&amp;witch off</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>Stops watching this provider and forgets your changes to it (Delete).</source>
        <translation>Cesse de surveiller ce fournisseur et oublie vos modifications le concernant (Suppr).</translation>
    </message>
    <message>
        <source>Removes this source (Delete).</source>
        <translation>Retire cette source (Suppr).</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n source(s) on</source>
        <translation>
            <numerusform>Sources activées&#xa0;: %1 sur %n</numerusform>
            <numerusform>Sources activées&#xa0;: %1 sur %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Every configured source. Space switches the current one on or off, Enter edits it, Delete removes it.</source>
        <translation>Toutes les sources configurées. Espace active ou désactive la source actuelle, Entrée la modifie, Suppr la retire.</translation>
    </message>
</context>
<context>
    <name>radar::Status</name>
    <message>
        <source>Operational</source>
        <translation>Opérationnel</translation>
    </message>
    <message>
        <source>Informational</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Dégradé</translation>
    </message>
    <message>
        <source>Partial outage</source>
        <translation>Panne partielle</translation>
    </message>
    <message>
        <source>Major outage</source>
        <translation>Panne majeure</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>operational</source>
        <comment>inside a sentence</comment>
        <translation>opérationnel</translation>
    </message>
    <message>
        <source>informational</source>
        <comment>inside a sentence</comment>
        <translation>information</translation>
    </message>
    <message>
        <source>maintenance</source>
        <comment>inside a sentence</comment>
        <translation>maintenance</translation>
    </message>
    <message>
        <source>degraded</source>
        <comment>inside a sentence</comment>
        <translation>dégradé</translation>
    </message>
    <message>
        <source>partial outage</source>
        <comment>inside a sentence</comment>
        <translation>panne partielle</translation>
    </message>
    <message>
        <source>major outage</source>
        <comment>inside a sentence</comment>
        <translation>panne majeure</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>inside a sentence</comment>
        <translation>inconnu</translation>
    </message>
</context>
<context>
    <name>radar::TrayController</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>The label (the demo&apos;s &quot;DEMO&quot;) before the tray&apos;s tooltip and every notification&apos;s title</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>&amp;Open dashboard</source>
        <translation>&amp;Ouvrir le tableau de bord</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>&amp;Actualiser maintenant</translation>
    </message>
    <message>
        <source>P&amp;ause notifications</source>
        <translation>&amp;Mettre en pause les notifications</translation>
    </message>
    <message>
        <source>&amp;Resume notifications</source>
        <translation>&amp;Reprendre les notifications</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Pa&amp;ramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit Outage Radar</source>
        <translation>&amp;Quitter Outage Radar</translation>
    </message>
    <message>
        <source>Outage Radar: offline</source>
        <translation>Outage Radar&#xa0;: hors ligne</translation>
    </message>
    <message>
        <source>Outage Radar: data not up to date</source>
        <translation>Outage Radar&#xa0;: données pas à jour</translation>
    </message>
    <message>
        <source>Outage Radar: %1</source>
        <translation>Outage Radar&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more problem(s)</source>
        <translation>
            <numerusform>et %n autre problème</numerusform>
            <numerusform>et %n autres problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the first data</source>
        <translation>En attente des premières données</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) of %1 not up to date</source>
        <translation>
            <numerusform>%n source sur %1 pas à jour</numerusform>
            <numerusform>%n sources sur %1 pas à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated just now, %n source(s) of %1 not up to date</source>
        <translation>
            <numerusform>Mis à jour à l&apos;instant, %n source sur %1 pas à jour</numerusform>
            <numerusform>Mis à jour à l&apos;instant, %n sources sur %1 pas à jour</numerusform>
        </translation>
    </message>
    <message>
        <source>Updated just now</source>
        <translation>Mis à jour à l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>Updated %1 ago, %n source(s) of %2 not up to date</source>
        <translation>
            <numerusform>Mis à jour il y a %1, %n source sur %2 pas à jour</numerusform>
            <numerusform>Mis à jour il y a %1, %n sources sur %2 pas à jour</numerusform>
        </translation>
    </message>
    <message>
        <source>Updated %1 ago</source>
        <translation>Mis à jour il y a %1</translation>
    </message>
    <message>
        <source>Notifications paused until %1</source>
        <translation>Notifications en pause jusqu&apos;à %1</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Problems (%n)</source>
        <translation>
            <numerusform>&amp;Problèmes (%n)</numerusform>
            <numerusform>&amp;Problèmes (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation>&amp;Problèmes</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Aucun problème</translation>
    </message>
    <message numerus="yes">
        <source>and %n more…</source>
        <translation>
            <numerusform>et %n autre…</numerusform>
            <numerusform>et %n autres…</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused until %1</source>
        <translation>En pause jusqu&apos;à %1</translation>
    </message>
</context>
<context>
    <name>radar::WelcomeDialog</name>
    <message>
        <source>Space checks or unchecks the current entry</source>
        <translation>Espace coche ou décoche l&apos;entrée actuelle</translation>
    </message>
    <message>
        <source>Welcome to Outage Radar</source>
        <translation>Bienvenue dans Outage Radar</translation>
    </message>
    <message>
        <source>Outage Radar watches the status pages of the cloud and online services you depend on and tells you at a glance what is down, where, and since when. Pick yours below; you can change them at any time in Settings.</source>
        <translation>Outage Radar surveille les pages d&apos;état des services cloud et en ligne dont vous dépendez, et vous montre d&apos;un coup d&apos;œil ce qui est en panne, où, et depuis quand. Choisissez les vôtres ci-dessous&#xa0;; vous pourrez les modifier à tout moment dans les Paramètres.</translation>
    </message>
    <message>
        <source>Start &amp;monitoring</source>
        <translation>&amp;Commencer la surveillance</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>&amp;Passer</translation>
    </message>
    <message>
        <source>Monitor the usual services for now; Settings changes them later.</source>
        <translation>Surveiller les services habituels pour l&apos;instant&#xa0;; les Paramètres permettent de les modifier plus tard.</translation>
    </message>
    <message>
        <source>Search services</source>
        <translation>Rechercher des services</translation>
    </message>
    <message>
        <source>Services to monitor</source>
        <translation>Services à surveiller</translation>
    </message>
    <message>
        <source>&amp;Services you depend on:</source>
        <translation>&amp;Services dont vous dépendez&#xa0;:</translation>
    </message>
    <message>
        <source>Search regions</source>
        <translation>Rechercher des régions</translation>
    </message>
    <message>
        <source>Search regions: Frankfurt, us-east-1, …</source>
        <translation>Rechercher des régions&#xa0;: Frankfurt, us-east-1, …</translation>
    </message>
    <message>
        <source>Cloud regions you use</source>
        <translation>Régions cloud que vous utilisez</translation>
    </message>
    <message>
        <source>Cloud &amp;regions you use (starred and watched):</source>
        <translation>&amp;Régions cloud que vous utilisez (marquées d&apos;une étoile et suivies)&#xa0;:</translation>
    </message>
    <message>
        <source>%1: services not tied to a region</source>
        <comment>a cloud</comment>
        <translation>%1&#xa0;: services non liés à une région</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <comment>a cloud: a region&apos;s name (its id)</comment>
        <translation>%1&#xa0;: %2 (%3)</translation>
    </message>
    <message>
        <source>Check at least one service, or skip to keep the usual ones.</source>
        <translation>Cochez au moins un service, ou passez pour conserver les services habituels.</translation>
    </message>
    <message>
        <source>Watches the checked services and stars the checked regions.</source>
        <translation>Surveille les services cochés et marque d&apos;une étoile les régions cochées.</translation>
    </message>
</context>
</TS>
