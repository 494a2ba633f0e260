<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Connectivity</name>
    <message>
        <source>The system reports no network connection.</source>
        <translation>Das System meldet keine Netzwerkverbindung.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n source(s) can be reached.</source>
        <translation>
            <numerusform>Die einzige Quelle ist nicht erreichbar.</numerusform>
            <numerusform>Keine der %n Quellen ist erreichbar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>radar::AddSourceDialog</name>
    <message>
        <source>Add a source</source>
        <translation>Quelle hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Hin&amp;zufügen</translation>
    </message>
    <message>
        <source>Add the source</source>
        <translation>Quelle hinzufügen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>https://status.example.com</source>
        <translation>https://status.example.com</translation>
    </message>
    <message>
        <source>Address of the status page or feed</source>
        <translation>Adresse der Statusseite oder des Feeds</translation>
    </message>
    <message>
        <source>A status page&apos;s address (Outage Radar finds its feed) or the feed&apos;s own address: https://…/api/v2/summary.json, an RSS or Atom feed, or a file:// path.</source>
        <translation>Die Adresse einer Statusseite (Outage Radar findet ihren Feed) oder die Adresse des Feeds selbst: https://…/api/v2/summary.json, ein RSS- oder Atom-Feed oder ein file://-Pfad.</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Look up the address</source>
        <translation>Adresse nachschlagen</translation>
    </message>
    <message>
        <source>Kind of feed</source>
        <translation>Feed-Typ</translation>
    </message>
    <message>
        <source>&amp;Private page: send a secret header</source>
        <translation>&amp;Private Seite: geheimen Header senden</translation>
    </message>
    <message>
        <source>Private page</source>
        <translation>Private Seite</translation>
    </message>
    <message>
        <source>For a status page that needs a token. The value is kept in your system&apos;s keychain, never in the settings or an exported configuration.</source>
        <translation>Für eine Statusseite, die ein Token verlangt. Der Wert wird im Schlüsselbund Ihres Systems gespeichert, nie in den Einstellungen oder in einer exportierten Konfiguration.</translation>
    </message>
    <message>
        <source>Header name</source>
        <translation>Header-Name</translation>
    </message>
    <message>
        <source>Secret value</source>
        <translation>Geheimer Wert</translation>
    </message>
    <message>
        <source>Bearer …</source>
        <translation>Bearer …</translation>
    </message>
    <message>
        <source>&amp;Header:</source>
        <translation>&amp;Header:</translation>
    </message>
    <message>
        <source>Secret &amp;value:</source>
        <translation>Geheimer &amp;Wert:</translation>
    </message>
    <message>
        <source>Looking up</source>
        <translation>Suche läuft</translation>
    </message>
    <message>
        <source>Lookup status</source>
        <translation>Suchstatus</translation>
    </message>
    <message>
        <source>Status page or feed &amp;URL:</source>
        <translation>&amp;URL der Statusseite oder des Feeds:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Gefunden</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Anbieter:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Feed:</source>
        <translation>Feed:</translation>
    </message>
    <message>
        <source>Open now:</source>
        <translation>Jetzt offen:</translation>
    </message>
    <message>
        <source>This feed names no components: everything it reports is shown.</source>
        <translation>Dieser Feed nennt keine Komponenten: Alles, was er meldet, wird angezeigt.</translation>
    </message>
    <message>
        <source>Co&amp;mponents to show:</source>
        <translation>Angezeigte &amp;Komponenten:</translation>
    </message>
    <message>
        <source>Components to show</source>
        <translation>Angezeigte Komponenten</translation>
    </message>
    <message>
        <source>Unticked components are not shown. With every one ticked, components the page adds later are shown too.</source>
        <translation>Nicht angekreuzte Komponenten werden nicht angezeigt. Sind alle angekreuzt, werden auch Komponenten angezeigt, die die Seite später hinzufügt.</translation>
    </message>
    <message>
        <source>Selec&amp;t all</source>
        <translation>Alle &amp;auswählen</translation>
    </message>
    <message>
        <source>Select n&amp;one</source>
        <translation>K&amp;eine auswählen</translation>
    </message>
    <message>
        <source>&amp;Regions to show:</source>
        <translation>Angezeigte &amp;Regionen:</translation>
    </message>
    <message>
        <source>Regions to show</source>
        <translation>Angezeigte Regionen</translation>
    </message>
    <message>
        <source>Unticked regions are not shown. With every one ticked, regions the feed adds later are shown too.</source>
        <translation>Nicht angekreuzte Regionen werden nicht angezeigt. Sind alle angekreuzt, werden auch Regionen angezeigt, die der Feed später hinzufügt.</translation>
    </message>
    <message>
        <source>Select all re&amp;gions</source>
        <translation>Alle Re&amp;gionen auswählen</translation>
    </message>
    <message>
        <source>Select no region&amp;s</source>
        <translation>Keine Reg&amp;ionen auswählen</translation>
    </message>
    <message>
        <source>Name of the source</source>
        <translation>Name der Quelle</translation>
    </message>
    <message>
        <source>Id of the source</source>
        <translation>ID der Quelle</translation>
    </message>
    <message>
        <source>A short, unique name for scripts and exported configurations: lower-case letters, digits and hyphens.</source>
        <translation>Ein kurzer, eindeutiger Name für Skripte und exportierte Konfigurationen: Kleinbuchstaben, Ziffern und Bindestriche.</translation>
    </message>
    <message>
        <source>Poll interval in seconds</source>
        <translation>Abfrageintervall in Sekunden</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How often the feed is asked. Most status pages update within a minute.</source>
        <translation>Wie oft der Feed abgefragt wird. Die meisten Statusseiten aktualisieren sich innerhalb einer Minute.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>I&amp;D:</translation>
    </message>
    <message>
        <source>Poll &amp;every:</source>
        <translation>Abfragen a&amp;lle:</translation>
    </message>
    <message>
        <source>Enter the address of a status page, such as https://www.githubstatus.com, or of its feed.</source>
        <translation>Geben Sie die Adresse einer Statusseite ein, etwa https://www.githubstatus.com, oder die ihres Feeds.</translation>
    </message>
    <message>
        <source>Leave the user name and password out of the address: they would be saved with the settings. For a private page, tick Private page and give its token there.</source>
        <translation>Lassen Sie Benutzername und Passwort aus der Adresse weg: Sie würden mit den Einstellungen gespeichert. Für eine private Seite kreuzen Sie „Private Seite“ an und geben dort das Token ein.</translation>
    </message>
    <message>
        <source>“%1” is not an address Outage Radar can read: enter an https:// (or http:// or file://) address.</source>
        <translation>„%1“ ist keine Adresse, die Outage Radar lesen kann: Geben Sie eine https://-Adresse (oder http:// oder file://) ein.</translation>
    </message>
    <message>
        <source>A header name is up to 64 letters, digits and marks such as - and _, with no spaces or colons: Authorization, X-Api-Key.</source>
        <translation>Ein Header-Name besteht aus bis zu 64 Buchstaben, Ziffern und Zeichen wie - und _, ohne Leerzeichen oder Doppelpunkte: Authorization, X-Api-Key.</translation>
    </message>
    <message>
        <source>Enter the secret value on one line, or untick Private page.</source>
        <translation>Geben Sie den geheimen Wert in einer Zeile ein, oder entfernen Sie das Häkchen bei „Private Seite“.</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>Suche nach %1…</translation>
    </message>
    <message>
        <source>(the feed gives no name)</source>
        <translation>(der Feed nennt keinen Namen)</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) or maintenance(s)</source>
        <translation>
            <numerusform>%n Vorfall oder Wartung</numerusform>
            <numerusform>%n Vorfälle oder Wartungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter an id: lower-case letters, digits and hyphens.</source>
        <translation>Geben Sie eine ID ein: Kleinbuchstaben, Ziffern und Bindestriche.</translation>
    </message>
    <message>
        <source>An id is lower-case letters and digits, with single hyphens between them.</source>
        <translation>Eine ID besteht aus Kleinbuchstaben und Ziffern, mit einzelnen Bindestrichen dazwischen.</translation>
    </message>
    <message>
        <source>Another source already has the id “%1”: choose another.</source>
        <translation>Eine andere Quelle hat bereits die ID „%1“: Wählen Sie eine andere.</translation>
    </message>
    <message>
        <source>Tick at least one component and one region to show.</source>
        <translation>Kreuzen Sie mindestens eine Komponente und eine Region zum Anzeigen an.</translation>
    </message>
    <message>
        <source>Found a feed: pick what to show, then add it.</source>
        <translation>Feed gefunden: Wählen Sie aus, was angezeigt werden soll, und fügen Sie ihn dann hinzu.</translation>
    </message>
    <message>
        <source>Adds the feed that was found, showing what is ticked</source>
        <translation>Fügt den gefundenen Feed hinzu und zeigt an, was angekreuzt ist</translation>
    </message>
    <message>
        <source>Closes without adding a source</source>
        <translation>Schließt, ohne eine Quelle hinzuzufügen</translation>
    </message>
    <message>
        <source>Finds the feed at this address and shows what it reports (Enter)</source>
        <translation>Sucht den Feed unter dieser Adresse und zeigt, was er meldet (Eingabe)</translation>
    </message>
    <message>
        <source>Automatic recognises the feed by its content; choose a kind if it does not</source>
        <translation>„Automatisch“ erkennt den Feed an seinem Inhalt; wählen Sie einen Typ, falls das nicht gelingt</translation>
    </message>
    <message>
        <source>The HTTP header the secret is sent in, such as Authorization</source>
        <translation>Der HTTP-Header, in dem der geheime Wert gesendet wird, etwa Authorization</translation>
    </message>
    <message>
        <source>The token sent in the header, kept in the system&apos;s keychain</source>
        <translation>Das im Header gesendete Token, gespeichert im Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>How the grid, the notifications and the settings name this source</source>
        <translation>Der Name dieser Quelle im Raster, in den Benachrichtigungen und in den Einstellungen</translation>
    </message>
</context>
<context>
    <name>radar::AppSettings</name>
    <message>
        <source>it is larger than any settings file Outage Radar writes</source>
        <translation>sie ist größer als jede Einstellungsdatei, die Outage Radar schreibt</translation>
    </message>
    <message>
        <source>it contains binary data</source>
        <translation>sie enthält Binärdaten</translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>sie ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>it is not a settings file</source>
        <translation>sie ist keine Einstellungsdatei</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged (%2) and could not be moved aside; Outage Radar uses default settings and does not save over it. Move or delete the file.</source>
        <translation>Die Einstellungsdatei %1 ist beschädigt (%2) und konnte nicht beiseitegelegt werden; Outage Radar verwendet Standardeinstellungen und überschreibt sie nicht. Verschieben oder löschen Sie die Datei.</translation>
    </message>
    <message>
        <source>The settings file was damaged (%1). It was moved to %2 and Outage Radar started with default settings.</source>
        <translation>Die Einstellungsdatei war beschädigt (%1). Sie wurde nach %2 verschoben, und Outage Radar wurde mit Standardeinstellungen gestartet.</translation>
    </message>
    <message>
        <source>The settings were written by a newer version of Outage Radar; settings this version does not know are kept unchanged.</source>
        <translation>Die Einstellungen wurden von einer neueren Version von Outage Radar geschrieben; Einstellungen, die diese Version nicht kennt, bleiben unverändert erhalten.</translation>
    </message>
    <message>
        <source>it has no id</source>
        <translation>sie hat keine ID</translation>
    </message>
    <message>
        <source>its URL is not valid</source>
        <translation>ihre URL ist ungültig</translation>
    </message>
    <message>
        <source>its kind is unknown</source>
        <translation>ihr Typ ist unbekannt</translation>
    </message>
    <message>
        <source>its id is used twice</source>
        <translation>ihre ID wird doppelt verwendet</translation>
    </message>
    <message>
        <source>source %1 in the settings is skipped: %2</source>
        <translation>Quelle %1 in den Einstellungen wird übersprungen: %2</translation>
    </message>
</context>
<context>
    <name>radar::Autostart</name>
    <message>
        <source>cannot write the registry value %1</source>
        <translation>Registry-Wert %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>cannot remove the registry value %1</source>
        <translation>Registry-Wert %1 kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot remove %1: %2</source>
        <translation>%1 kann nicht entfernt werden: %2</translation>
    </message>
</context>
<context>
    <name>radar::AwayDigest</name>
    <message numerus="yes">
        <source>%n incident(s) started</source>
        <translation>
            <numerusform>%n Vorfall begonnen</numerusform>
            <numerusform>%n Vorfälle begonnen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n got worse</source>
        <translation>
            <numerusform>%n verschlechtert</numerusform>
            <numerusform>%n verschlechtert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ended</source>
        <translation>
            <numerusform>%n beendet</numerusform>
            <numerusform>%n beendet</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing started, got worse or ended</source>
        <translation>nichts begonnen, verschlechtert oder beendet</translation>
    </message>
    <message>
        <source>&lt;b&gt;While you were away&lt;/b&gt; (since %1, %2): %3.</source>
        <translation>&lt;b&gt;Während Ihrer Abwesenheit&lt;/b&gt; (seit %1, %2): %3.</translation>
    </message>
    <message>
        <source>got worse</source>
        <translation>verschlechtert</translation>
    </message>
    <message>
        <source>started</source>
        <translation>begonnen</translation>
    </message>
    <message>
        <source>started and ended</source>
        <translation>begonnen und beendet</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>beendet</translation>
    </message>
    <message numerus="yes">
        <source>and %n more in the History tab</source>
        <translation>
            <numerusform>und %n weiterer auf der Registerkarte „Verlauf“</numerusform>
            <numerusform>und %n weitere auf der Registerkarte „Verlauf“</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>radar::ChoiceList</name>
    <message>
        <source>Ticks every entry of the list</source>
        <translation>Kreuzt alle Einträge der Liste an</translation>
    </message>
    <message>
        <source>Unticks every entry of the list</source>
        <translation>Entfernt die Häkchen bei allen Einträgen der Liste</translation>
    </message>
</context>
<context>
    <name>radar::CommandLine</name>
    <message>
        <source>--source &quot;%1&quot; is not an http://, https:// or file:// URL (for a file, give file:///absolute/path)</source>
        <translation>--source „%1“ ist keine http://-, https://- oder file://-URL (für eine Datei: file:///absoluter/pfad)</translation>
    </message>
    <message>
        <source>--source &quot;%1&quot; has no host name</source>
        <translation>--source „%1“ hat keinen Hostnamen</translation>
    </message>
    <message>
        <source>--source &quot;%1&quot; names no file</source>
        <translation>--source „%1“ nennt keine Datei</translation>
    </message>
    <message>
        <source>Shows which cloud and SaaS services are down, where, and since when.
Exit codes of --once: 2 partial or major outage, 3 a source failed, 1 degraded, 0 all well; 64 usage error, 65 invalid input data.</source>
        <translation>Zeigt, welche Cloud- und SaaS-Dienste ausgefallen sind, wo und seit wann.
Exit-Codes von --once: 2 Teil- oder Großausfall, 3 eine Quelle ist fehlgeschlagen, 1 beeinträchtigt, 0 alles in Ordnung; 64 Aufruffehler, 65 ungültige Eingabedaten.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Die Version anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Poll every source once, print the result, exit.</source>
        <translation>Jede Quelle einmal abfragen, das Ergebnis ausgeben, beenden.</translation>
    </message>
    <message>
        <source>Output of --once: table (default) or json. Of --export-history: csv or json (default: from the file name, else csv).</source>
        <translation>Ausgabe von --once: table (Standard) oder json. Von --export-history: csv oder json (Standard: nach dem Dateinamen, sonst csv).</translation>
    </message>
    <message>
        <source>Write the incident history (incidents and cell changes) to FILE and exit. CSV also writes FILE-transitions.csv beside it.</source>
        <translation>Den Vorfallverlauf (Vorfälle und Zellenänderungen) in FILE schreiben und beenden. Bei CSV wird zusätzlich FILE-transitions.csv daneben geschrieben.</translation>
    </message>
    <message>
        <source>With --export-history: only what happened from DATE on (2026-11-01, or 2026-11-01T08:00:00Z).</source>
        <translation>Mit --export-history: nur, was ab DATE geschehen ist (2026-11-01 oder 2026-11-01T08:00:00Z).</translation>
    </message>
    <message>
        <source>Write the configuration (sources, watch list, notification rules; never secrets) to FILE as JSON and exit.</source>
        <translation>Die Konfiguration (Quellen, Beobachtungsliste, Benachrichtigungsregeln; nie geheime Werte) als JSON in FILE schreiben und beenden.</translation>
    </message>
    <message>
        <source>Check the configuration in FILE and, when every field is valid, make it the saved one; otherwise print every problem, change nothing and exit with 65.</source>
        <translation>Die Konfiguration in FILE prüfen und, wenn jedes Feld gültig ist, zur gespeicherten machen; andernfalls jedes Problem ausgeben, nichts ändern und mit 65 beenden.</translation>
    </message>
    <message>
        <source>Start hidden in the tray.</source>
        <translation>Versteckt im Infobereich starten.</translation>
    </message>
    <message>
        <source>Keep settings and everything else the app writes in DIR.</source>
        <translation>Einstellungen und alles andere, was die App schreibt, in DIR ablegen.</translation>
    </message>
    <message>
        <source>Poll URL (http, https or file) instead of the configured sources; repeatable. Nothing about it is saved.</source>
        <translation>URL (http, https oder file) statt der konfigurierten Quellen abfragen; wiederholbar. Davon wird nichts gespeichert.</translation>
    </message>
    <message>
        <source>Feed kind of the --source URLs: %1 (default: detect from the content).</source>
        <translation>Feed-Typ der --source-URLs: %1 (Standard: aus dem Inhalt erkennen).</translation>
    </message>
    <message>
        <source>Poll interval of the --source URLs in seconds (at least 15).</source>
        <translation>Abfrageintervall der --source-URLs in Sekunden (mindestens 15).</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>--once, --export-history, --export-config and --import-config cannot be combined</source>
        <translation>--once, --export-history, --export-config und --import-config können nicht kombiniert werden</translation>
    </message>
    <message>
        <source>--data-dir needs a directory</source>
        <translation>--data-dir benötigt ein Verzeichnis</translation>
    </message>
    <message>
        <source>--export-config needs a file name</source>
        <translation>--export-config benötigt einen Dateinamen</translation>
    </message>
    <message>
        <source>--import-config needs a file name</source>
        <translation>--import-config benötigt einen Dateinamen</translation>
    </message>
    <message>
        <source>only --data-dir applies to --export-config and --import-config</source>
        <translation>für --export-config und --import-config gilt nur --data-dir</translation>
    </message>
    <message>
        <source>--export-history needs a file name</source>
        <translation>--export-history benötigt einen Dateinamen</translation>
    </message>
    <message>
        <source>--source, --kind, --interval and --minimized do not apply to --export-history</source>
        <translation>--source, --kind, --interval und --minimized gelten nicht für --export-history</translation>
    </message>
    <message>
        <source>--format of --export-history must be csv or json, not &quot;%1&quot;</source>
        <translation>--format von --export-history muss csv oder json sein, nicht „%1“</translation>
    </message>
    <message>
        <source>--since must be a date like 2026-11-01 or an instant like 2026-11-01T08:00:00Z, not &quot;%1&quot;</source>
        <translation>--since muss ein Datum wie 2026-11-01 oder ein Zeitpunkt wie 2026-11-01T08:00:00Z sein, nicht „%1“</translation>
    </message>
    <message>
        <source>--since applies to --export-history only</source>
        <translation>--since gilt nur für --export-history</translation>
    </message>
    <message>
        <source>--format must be table or json, not &quot;%1&quot;</source>
        <translation>--format muss table oder json sein, nicht „%1“</translation>
    </message>
    <message>
        <source>--format applies to --once and --export-history only</source>
        <translation>--format gilt nur für --once und --export-history</translation>
    </message>
    <message>
        <source>--kind must be one of %1, not &quot;%2&quot;</source>
        <translation>--kind muss eines von %1 sein, nicht „%2“</translation>
    </message>
    <message>
        <source>--interval must be a number of seconds from %1 to %2, not &quot;%3&quot;</source>
        <translation>--interval muss eine Anzahl Sekunden von %1 bis %2 sein, nicht „%3“</translation>
    </message>
    <message>
        <source>--kind and --interval apply to --source URLs; give at least one --source</source>
        <translation>--kind und --interval gelten für --source-URLs; geben Sie mindestens ein --source an</translation>
    </message>
    <message>
        <source>Try &apos;outage-radar --help&apos;.</source>
        <translation>Versuchen Sie „outage-radar --help“.</translation>
    </message>
    <message>
        <source>--demo-speed and --demo-start apply to --demo only</source>
        <translation>--demo-speed und --demo-start gelten nur mit --demo</translation>
    </message>
    <message>
        <source>--demo plays its own sources: it cannot be combined with --source, --kind or --interval</source>
        <translation>--demo spielt eigene Quellen ab: es lässt sich nicht mit --source, --kind oder --interval kombinieren</translation>
    </message>
    <message>
        <source>--demo-speed must be a number from 0.1 to 100, not &quot;%1&quot;</source>
        <translation>--demo-speed muss eine Zahl von 0,1 bis 100 sein, nicht „%1“</translation>
    </message>
    <message>
        <source>--demo-start must be a number of seconds from 0 on, not &quot;%1&quot;</source>
        <translation>--demo-start muss eine Anzahl Sekunden ab 0 sein, nicht „%1“</translation>
    </message>
    <message>
        <source>Play a scripted outage story (about three minutes, then it loops) from a server on this machine, with a data directory of its own. Needs no network.</source>
        <translation>Spielt eine gescriptete Störungsgeschichte ab (etwa drei Minuten, dann von vorn), von einem Server auf diesem Rechner und mit einem eigenen Datenverzeichnis. Braucht kein Netzwerk.</translation>
    </message>
    <message>
        <source>With --demo: play the story N times as fast (0.1 to 100).</source>
        <translation>Mit --demo: die Geschichte N-mal so schnell abspielen (0.1 bis 100).</translation>
    </message>
    <message>
        <source>With --demo: begin the story at this second.</source>
        <translation>Mit --demo: die Geschichte bei dieser Sekunde beginnen.</translation>
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
        <translation>ein boolescher Wert</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>erwartet: %1, gefunden: %2</translation>
    </message>
    <message>
        <source>secrets do not belong in a shared configuration: remove it, and enter the value in Settings, Sources, on each machine</source>
        <translation>geheime Werte gehören nicht in eine geteilte Konfiguration: Feld entfernen und den Wert auf jedem Rechner unter Einstellungen, Quellen eingeben</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>unbekanntes Feld</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>%1 is out of range (%2 to %3)</source>
        <translation>%1 liegt außerhalb des Bereichs (%2 bis %3)</translation>
    </message>
    <message>
        <source>an array of strings</source>
        <translation>ein Array von Zeichenketten</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an entry such as service:aws/ec2, region:aws/us-east-1 or cell:aws/ec2/us-east-1</source>
        <translation>„%1“ ist kein Eintrag wie service:aws/ec2, region:aws/us-east-1 oder cell:aws/ec2/us-east-1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>„%1“ ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an id: use up to 64 lower-case letters and digits, with single hyphens between them</source>
        <translation>„%1“ ist keine ID: bis zu 64 Kleinbuchstaben und Ziffern verwenden, mit einzelnen Bindestrichen dazwischen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; carries a user name or password: secrets do not belong in a shared configuration; remove them from the address, and enter the private page&apos;s secret in Settings, Sources, on each machine</source>
        <translation>„%1“ enthält einen Benutzernamen oder ein Passwort: geheime Werte gehören nicht in eine geteilte Konfiguration; entfernen Sie sie aus der Adresse und geben Sie den geheimen Wert der privaten Seite auf jedem Rechner unter Einstellungen, Quellen ein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http, https or file URL</source>
        <translation>„%1“ ist keine http-, https- oder file-URL</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;; expected one of: %2</source>
        <translation>unbekannter Typ „%1“; erwartet wird einer von: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an HTTP header name</source>
        <translation>„%1“ ist kein HTTP-Header-Name</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status; expected degraded, partial_outage, major_outage or maintenance</source>
        <translation>„%1“ ist kein Status; erwartet wird degraded, partial_outage, major_outage oder maintenance</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time such as 22:00</source>
        <translation>„%1“ ist keine Uhrzeit wie 22:00</translation>
    </message>
    <message>
        <source>an array of days</source>
        <translation>ein Array von Tagen</translation>
    </message>
    <message>
        <source>expected a day from 1 (Monday) to 7 (Sunday)</source>
        <translation>erwartet wird ein Tag von 1 (Montag) bis 7 (Sonntag)</translation>
    </message>
    <message>
        <source>the file is %1 KiB, larger than any configuration (at most %2 KiB)</source>
        <translation>die Datei ist %1 KiB groß, größer als jede Konfiguration (höchstens %2 KiB)</translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>kein JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>expected a JSON object with &quot;format&quot;: &quot;%1&quot;</source>
        <translation>erwartet wird ein JSON-Objekt mit &quot;format&quot;: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an Outage Radar configuration (expected &quot;%2&quot;)</source>
        <translation>„%1“ ist keine Outage-Radar-Konfiguration (erwartet: „%2“)</translation>
    </message>
    <message>
        <source>schema %1 is newer than this version of Outage Radar reads (%2): update the app</source>
        <translation>Schema %1 ist neuer, als diese Version von Outage Radar lesen kann (%2): Aktualisieren Sie die App</translation>
    </message>
    <message>
        <source>an array of sources</source>
        <translation>ein Array von Quellen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already the id of sources[%2]</source>
        <translation>„%1“ ist bereits die ID von sources[%2]</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s)</source>
        <translation>
            <numerusform>… und %n weiteres Problem</numerusform>
            <numerusform>… und %n weitere Probleme</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>radar::ConfigRunner</name>
    <message>
        <source>Outage Radar is running with this data directory: import from its Settings dialog (Import Configuration…), or quit it and try again; nothing was changed</source>
        <translation>Outage Radar läuft mit diesem Datenverzeichnis: Importieren Sie über dessen Einstellungsdialog (Konfiguration importieren…) oder beenden Sie es und versuchen Sie es erneut; es wurde nichts geändert</translation>
    </message>
    <message>
        <source>%1: nothing was imported</source>
        <translation>%1: es wurde nichts importiert</translation>
    </message>
</context>
<context>
    <name>radar::ConfigTransfer</name>
    <message>
        <source>cannot write the configuration to standard output</source>
        <translation>die Konfiguration kann nicht auf die Standardausgabe geschrieben werden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n source(s) to %1</source>
        <translation>
            <numerusform>%n Quelle in %1 geschrieben</numerusform>
            <numerusform>%n Quellen in %1 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n source(s).</source>
        <translation>
            <numerusform>%n Quelle importiert.</numerusform>
            <numerusform>%n Quellen importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The watch list now has %n entry(s).</source>
        <translation>
            <numerusform>Die Beobachtungsliste hat jetzt %n Eintrag.</numerusform>
            <numerusform>Die Beobachtungsliste hat jetzt %n Einträge.</numerusform>
        </translation>
    </message>
    <message>
        <source>The notification rules were replaced.</source>
        <translation>Die Benachrichtigungsregeln wurden ersetzt.</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) wait for a secret (%1): enter it in Settings, Sources.</source>
        <translation>
            <numerusform>%n Quelle wartet auf einen geheimen Wert (%1): Geben Sie ihn unter Einstellungen, Quellen ein.</numerusform>
            <numerusform>%n Quellen warten auf einen geheimen Wert (%1): Geben Sie ihn unter Einstellungen, Quellen ein.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>radar::DataDirectory</name>
    <message>
        <source>cannot create or write the data directory %1</source>
        <translation>Datenverzeichnis %1 kann nicht angelegt oder beschrieben werden</translation>
    </message>
</context>
<context>
    <name>radar::DataSettingsPage</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <comment>history retention</comment>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Incident history</source>
        <translation>Vorfallverlauf</translation>
    </message>
    <message>
        <source>Keep the history for this many days</source>
        <translation>Verlauf so viele Tage aufbewahren</translation>
    </message>
    <message>
        <source>From 1 day to 10 years (3650 days).</source>
        <translation>Von 1 Tag bis 10 Jahre (3650 Tage).</translation>
    </message>
    <message>
        <source>&amp;Keep history for:</source>
        <translation>Verlauf &amp;aufbewahren:</translation>
    </message>
    <message>
        <source>&amp;Export history…</source>
        <translation>Verlauf &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save every incident, its updates and the status changes as a CSV file (for spreadsheets) or a JSON file (for scripts).</source>
        <translation>Jeden Vorfall, seine Updates und die Statusänderungen als CSV-Datei (für Tabellenkalkulationen) oder JSON-Datei (für Skripte) speichern.</translation>
    </message>
    <message>
        <source>&amp;Clear history…</source>
        <translation>Verlauf &amp;löschen…</translation>
    </message>
    <message>
        <source>Delete the whole history. Asks first; cannot be undone.</source>
        <translation>Den gesamten Verlauf löschen. Fragt vorher nach; kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Incidents, their updates and the status changes of every service are kept this long, for the history chart and exports; older ones are deleted. Your sources and settings are not part of the history.</source>
        <translation>Vorfälle, ihre Updates und die Statusänderungen jedes Dienstes werden so lange für das Verlaufsdiagramm und Exporte aufbewahrt; ältere werden gelöscht. Ihre Quellen und Einstellungen gehören nicht zum Verlauf.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Export History</source>
        <translation>Verlauf exportieren</translation>
    </message>
    <message>
        <source>Clear History</source>
        <translation>Verlauf löschen</translation>
    </message>
    <message>
        <source>Delete every incident, update and status change Outage Radar has recorded? This cannot be undone.

Your sources and settings are kept, and recording starts afresh.</source>
        <translation>Jeden Vorfall, jedes Update und jede Statusänderung löschen, die Outage Radar aufgezeichnet hat? Dies kann nicht rückgängig gemacht werden.

Ihre Quellen und Einstellungen bleiben erhalten, und die Aufzeichnung beginnt von vorn.</translation>
    </message>
</context>
<context>
    <name>radar::DesktopApp</name>
    <message>
        <source>Outage Radar is still running</source>
        <translation>Outage Radar läuft weiter</translation>
    </message>
    <message>
        <source>It keeps watching from the tray. Use the tray menu to open it again or to quit.</source>
        <translation>Es beobachtet weiter aus dem Infobereich. Über das Menü im Infobereich können Sie es wieder öffnen oder beenden.</translation>
    </message>
    <message>
        <source>No system tray was found, so Outage Radar runs as a normal window: closing it quits, and notifications show only in the Notifications tab.</source>
        <translation>Es wurde kein Infobereich gefunden, daher läuft Outage Radar als normales Fenster: Schließen beendet es, und Benachrichtigungen erscheinen nur auf der Registerkarte „Benachrichtigungen“.</translation>
    </message>
    <message>
        <source>The history cannot be kept: %1. This session keeps it in memory only.</source>
        <translation>Der Verlauf kann nicht gespeichert werden: %1. Diese Sitzung hält ihn nur im Speicher.</translation>
    </message>
    <message>
        <source>That incident is no longer in the history.</source>
        <translation>Dieser Vorfall ist nicht mehr im Verlauf.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export läuft…</translation>
    </message>
    <message>
        <source>Export Configuration</source>
        <translation>Konfiguration exportieren</translation>
    </message>
    <message>
        <source>Secrets are not in the file.</source>
        <translation>Geheime Werte sind nicht in der Datei enthalten.</translation>
    </message>
    <message>
        <source>Import Configuration</source>
        <translation>Konfiguration importieren</translation>
    </message>
    <message numerus="yes">
        <source>%1 was not imported: %n problem(s) found. Nothing was changed.</source>
        <translation>
            <numerusform>%1 wurde nicht importiert: %n Problem gefunden. Es wurde nichts geändert.</numerusform>
            <numerusform>%1 wurde nicht importiert: %n Probleme gefunden. Es wurde nichts geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Notifications paused until %1</source>
        <translation>Benachrichtigungen pausiert bis %1</translation>
    </message>
    <message>
        <source>Notifications resumed</source>
        <translation>Benachrichtigungen fortgesetzt</translation>
    </message>
    <message numerus="yes">
        <source>Notifications about %n cell(s) snoozed until %1</source>
        <translation>
            <numerusform>Benachrichtigungen zu %n Zelle zurückgestellt bis %1</numerusform>
            <numerusform>Benachrichtigungen zu %n Zellen zurückgestellt bis %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Notifications about %n cell(s) snoozed until resolved</source>
        <translation>
            <numerusform>Benachrichtigungen zu %n Zelle zurückgestellt bis zur Behebung</numerusform>
            <numerusform>Benachrichtigungen zu %n Zellen zurückgestellt bis zur Behebung</numerusform>
        </translation>
    </message>
    <message>
        <source>Notifications about this incident snoozed until %1</source>
        <translation>Benachrichtigungen zu diesem Vorfall zurückgestellt bis %1</translation>
    </message>
    <message>
        <source>Notifications about this incident snoozed until it is resolved</source>
        <translation>Benachrichtigungen zu diesem Vorfall zurückgestellt, bis er behoben ist</translation>
    </message>
    <message>
        <source>Registered in %1</source>
        <translation>Eingetragen in %1</translation>
    </message>
    <message>
        <source>When on, registered in %1</source>
        <translation>Wenn aktiviert, eingetragen in %1</translation>
    </message>
    <message>
        <source>needs its secret (%1 header): enter it in Settings, Sources</source>
        <translation>geheimer Wert fehlt (Header %1): unter Einstellungen, Quellen eingeben</translation>
    </message>
    <message>
        <source>Exporting the history to %1…</source>
        <translation>Verlauf wird nach %1 exportiert…</translation>
    </message>
    <message>
        <source>Clearing the history…</source>
        <translation>Verlauf wird gelöscht…</translation>
    </message>
    <message>
        <source>Could not change the start at login: %1</source>
        <translation>Der Start bei der Anmeldung konnte nicht geändert werden: %1</translation>
    </message>
    <message>
        <source>The proxy password could not be saved in the keychain (%1); it is used until Outage Radar quits.</source>
        <translation>Das Proxy-Passwort konnte nicht im Schlüsselbund gespeichert werden (%1); es wird verwendet, bis Outage Radar beendet wird.</translation>
    </message>
    <message>
        <source>The proxy password could not be removed from the keychain (%1).</source>
        <translation>Das Proxy-Passwort konnte nicht aus dem Schlüsselbund entfernt werden (%1).</translation>
    </message>
    <message>
        <source>The proxy password could not be read from the keychain (%1).</source>
        <translation>Das Proxy-Passwort konnte nicht aus dem Schlüsselbund gelesen werden (%1).</translation>
    </message>
    <message numerus="yes">
        <source>The secret(s) of %1 could not be saved in the keychain (%2); it is used until Outage Radar quits.</source>
        <translation>
            <numerusform>Der geheime Wert von %1 konnte nicht im Schlüsselbund gespeichert werden (%2); er wird verwendet, bis Outage Radar beendet wird.</numerusform>
            <numerusform>Die geheimen Werte von %1 konnten nicht im Schlüsselbund gespeichert werden (%2); sie werden verwendet, bis Outage Radar beendet wird.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The secret(s) of %1 could not be removed from the keychain (%2).</source>
        <translation>
            <numerusform>Der geheime Wert von %1 konnte nicht aus dem Schlüsselbund entfernt werden (%2).</numerusform>
            <numerusform>Die geheimen Werte von %1 konnten nicht aus dem Schlüsselbund entfernt werden (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The secret(s) of %1 could not be read from the keychain (%2).</source>
        <translation>
            <numerusform>Der geheime Wert von %1 konnte nicht aus dem Schlüsselbund gelesen werden (%2).</numerusform>
            <numerusform>Die geheimen Werte von %1 konnten nicht aus dem Schlüsselbund gelesen werden (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>DEMO</source>
        <extracomment>Marks the window title, the tray&apos;s tooltip and every notification of the demo (--demo)</extracomment>
        <translation>DEMO</translation>
    </message>
</context>
<context>
    <name>radar::Duration</name>
    <message>
        <source>under a minute</source>
        <translation>unter 1 min</translation>
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
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
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
        <translation>Automatisch</translation>
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
        <translation>RSS- oder Atom-Verlauf</translation>
    </message>
</context>
<context>
    <name>radar::GeneralSettingsPage</name>
    <message>
        <source>&amp;Start Outage Radar when I log in</source>
        <translation>Outage Radar bei der &amp;Anmeldung starten</translation>
    </message>
    <message>
        <source>Registers Outage Radar with your desktop session, so that it starts out of sight, in the tray, whenever you log in.</source>
        <translation>Trägt Outage Radar in Ihre Desktop-Sitzung ein, sodass es bei jeder Anmeldung ohne Fenster im Infobereich startet.</translation>
    </message>
    <message>
        <source>Start &amp;minimized</source>
        <translation>&amp;Minimiert starten</translation>
    </message>
    <message>
        <source>Opens no window at start: Outage Radar keeps watching from the tray (or minimized, where there is no tray).</source>
        <translation>Öffnet beim Start kein Fenster: Outage Radar beobachtet weiter aus dem Infobereich (oder minimiert, wo es keinen Infobereich gibt).</translation>
    </message>
    <message>
        <source>Closing the window &amp;keeps Outage Radar running in the tray</source>
        <translation>Schließen des Fensters &amp;lässt Outage Radar im Infobereich weiterlaufen</translation>
    </message>
    <message>
        <source>When on, closing the window hides it and notifications keep coming; quit from the tray menu or with Ctrl+Q. When off, closing quits.</source>
        <translation>Wenn aktiviert, blendet das Schließen das Fenster aus, und Benachrichtigungen kommen weiter; beenden Sie es über das Menü im Infobereich oder mit Strg+Q. Wenn deaktiviert, beendet das Schließen die App.</translation>
    </message>
    <message>
        <source>Minimi&amp;zing the window hides it in the tray</source>
        <translation>Minimieren des Fensters &amp;verschiebt es in den Infobereich</translation>
    </message>
    <message>
        <source>When on, a minimized window leaves the task bar; the tray icon brings it back.</source>
        <translation>Wenn aktiviert, verschwindet ein minimiertes Fenster aus der Taskleiste; das Symbol im Infobereich holt es zurück.</translation>
    </message>
    <message>
        <source>No system tray was found on this desktop, so the window cannot be hidden there: closing it quits, and minimizing keeps it in the task bar.</source>
        <translation>Auf diesem Desktop wurde kein Infobereich gefunden, daher kann das Fenster dort nicht ausgeblendet werden: Schließen beendet die App, und Minimieren lässt das Fenster in der Taskleiste.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language of Outage Radar&apos;s windows, menus and notifications.</source>
        <translation>Die Sprache der Fenster, Menüs und Benachrichtigungen von Outage Radar.</translation>
    </message>
    <message>
        <source>Takes effect when Outage Radar starts again.</source>
        <translation>Wird beim nächsten Start von Outage Radar wirksam.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>System follows your desktop&apos;s colours; Light, Dark and High contrast use Outage Radar&apos;s own, whatever the desktop. High contrast is white and yellow on black.</source>
        <translation>„System“ folgt den Farben Ihres Desktops; „Hell“, „Dunkel“ und „Hoher Kontrast“ verwenden unabhängig vom Desktop die eigenen Farben von Outage Radar. „Hoher Kontrast“ ist Weiß und Gelb auf Schwarz.</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
</context>
<context>
    <name>radar::GridFilterBar</name>
    <message>
        <source>Search services, regions, providers, incidents (Ctrl+F)</source>
        <translation>Dienste, Regionen, Anbieter, Vorfälle suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search the grid</source>
        <translation>Raster durchsuchen</translation>
    </message>
    <message>
        <source>Shows the rows whose service, provider or incidents match, or the regions whose name matches; Escape clears it</source>
        <translation>Zeigt die Zeilen, deren Dienst, Anbieter oder Vorfälle passen, oder die Regionen, deren Name passt; Escape leert die Suche</translation>
    </message>
    <message>
        <source>&amp;Problems only</source>
        <translation>Nur &amp;Probleme</translation>
    </message>
    <message>
        <source>Show only cells that are degraded or worse, or not up to date (Alt+P)</source>
        <translation>Nur Zellen anzeigen, die beeinträchtigt oder schlechter oder nicht aktuell sind (Alt+P)</translation>
    </message>
    <message>
        <source>Wa&amp;tched only</source>
        <translation>Nur beobach&amp;tete</translation>
    </message>
    <message>
        <source>Show only what you starred: services, regions or cells (Ctrl+D stars a cell)</source>
        <translation>Nur anzeigen, was Sie mit einem Stern markiert haben: Dienste, Regionen oder Zellen (Strg+D markiert eine Zelle)</translation>
    </message>
    <message>
        <source>P&amp;roviders</source>
        <translation>An&amp;bieter</translation>
    </message>
    <message>
        <source>Choose which providers the grid shows</source>
        <translation>Auswählen, welche Anbieter das Raster anzeigt</translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation>&amp;Spalten:</translation>
    </message>
    <message>
        <source>Provider regions</source>
        <translation>Anbieterregionen</translation>
    </message>
    <message>
        <source>Geography</source>
        <translation>Geografie</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>One column per provider region, or one per place (AWS us-east-1, Google Cloud us-east4 and Azure East US are all in Virginia)</source>
        <translation>Eine Spalte pro Anbieterregion oder eine pro Ort (AWS us-east-1, Google Cloud us-east4 und Azure East US liegen alle in Virginia)</translation>
    </message>
    <message numerus="yes">
        <source>P&amp;roviders (%n hidden)</source>
        <translation>
            <numerusform>An&amp;bieter (%n ausgeblendet)</numerusform>
            <numerusform>An&amp;bieter (%n ausgeblendet)</numerusform>
        </translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Alle anzeigen</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n row(s)</source>
        <translation>
            <numerusform>%1 von %n Zeile</numerusform>
            <numerusform>%1 von %n Zeilen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>radar::GridFilterModel</name>
    <message>
        <source>%1 (collapsed: click or press + to show its services)</source>
        <translation>%1 (eingeklappt: klicken oder + drücken, um die Dienste anzuzeigen)</translation>
    </message>
    <message>
        <source>%1 (click or press − to hide its services)</source>
        <translation>%1 (klicken oder − drücken, um die Dienste auszublenden)</translation>
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
        <translation>%1: %2</translation>
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
        <translation>Unbekannt (veraltet)</translation>
    </message>
    <message>
        <source>Unknown (unreachable)</source>
        <translation>Unbekannt (nicht erreichbar)</translation>
    </message>
    <message>
        <source>Unknown (failing)</source>
        <translation>Unbekannt (Fehler)</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 seit %2</translation>
    </message>
    <message>
        <source>Status unknown: %1</source>
        <translation>Status unbekannt: %1</translation>
    </message>
    <message>
        <source>Last known: %1 (data from %2)</source>
        <translation>Zuletzt bekannt: %1 (Daten von %2)</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more incident(s)</source>
        <translation>
            <numerusform>und %n weiterer Vorfall</numerusform>
            <numerusform>und %n weitere Vorfälle</numerusform>
        </translation>
    </message>
    <message>
        <source>Data from %1, %2 old</source>
        <translation>Daten von %1, %2 alt</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>provider, then service</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2: not offered there</source>
        <translation>%1 %2: dort nicht angeboten</translation>
    </message>
    <message>
        <source>%1 %2: %3, last known %4</source>
        <translation>%1 %2: %3, zuletzt bekannt %4</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>%1 %2: %3 since %4</source>
        <translation>%1 %2: %3 seit %4</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n open incident(s)</source>
        <translation>
            <numerusform>%1, %n offener Vorfall</numerusform>
            <numerusform>%1, %n offene Vorfälle</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, watched</source>
        <translation>%1, beobachtet</translation>
    </message>
</context>
<context>
    <name>radar::HealthGridView</name>
    <message>
        <source>Health grid</source>
        <translation>Statusraster</translation>
    </message>
    <message>
        <source>Services grouped by provider, by region; each cell tells the service&apos;s status there. Enter opens the cell&apos;s incident, + and − fold a provider, Ctrl+D watches the cell.</source>
        <translation>Dienste, gruppiert nach Anbieter, nach Region; jede Zelle zeigt den Status des Dienstes dort. Eingabe öffnet den Vorfall der Zelle, + und − klappen einen Anbieter ein und aus, Strg+D beobachtet die Zelle.</translation>
    </message>
    <message>
        <source>Nothing is reported here.</source>
        <translation>Hier wird nichts gemeldet.</translation>
    </message>
    <message>
        <source>%1: no open incident.</source>
        <translation>%1: kein offener Vorfall.</translation>
    </message>
    <message>
        <source>This cell is watched through its service or its region: change that in the cell&apos;s menu (Menu key).</source>
        <translation>Diese Zelle wird über ihren Dienst oder ihre Region beobachtet: Ändern Sie das im Menü der Zelle (Menütaste).</translation>
    </message>
    <message>
        <source>No data yet: the sources are being asked.</source>
        <translation>Noch keine Daten: Die Quellen werden abgefragt.</translation>
    </message>
    <message>
        <source>Nothing is watched yet. Turn off &quot;Watched only&quot;, pick a cell and press Ctrl+D, or use the cell&apos;s context menu to watch a service or a region.</source>
        <translation>Noch wird nichts beobachtet. Schalten Sie „Nur beobachtete“ aus, wählen Sie eine Zelle und drücken Sie Strg+D, oder beobachten Sie über das Kontextmenü der Zelle einen Dienst oder eine Region.</translation>
    </message>
    <message>
        <source>No problems: every service shown is operational and up to date.</source>
        <translation>Keine Probleme: Jeder angezeigte Dienst ist betriebsbereit und aktuell.</translation>
    </message>
    <message>
        <source>Nothing matches the filters. Clear the search (Escape) or turn off the filters above.</source>
        <translation>Nichts passt zu den Filtern. Leeren Sie die Suche (Escape) oder schalten Sie die Filter oben aus.</translation>
    </message>
    <message>
        <source>&amp;Open incident</source>
        <translation>&amp;Vorfall öffnen</translation>
    </message>
    <message>
        <source>Watch %1 in %2</source>
        <translation>%1 in %2 beobachten</translation>
    </message>
    <message>
        <source>Watch %1 everywhere</source>
        <translation>%1 überall beobachten</translation>
    </message>
    <message>
        <source>Watch all of %1 in %2</source>
        <translation>Alles von %1 in %2 beobachten</translation>
    </message>
    <message>
        <source>Show %1&apos;s services</source>
        <translation>Dienste von %1 anzeigen</translation>
    </message>
    <message>
        <source>Fold %1&apos;s services</source>
        <translation>Dienste von %1 einklappen</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>&amp;Benachrichtigungen</translation>
    </message>
    <message>
        <source>&amp;Snooze this cell</source>
        <translation>Diese Zelle &amp;zurückstellen</translation>
    </message>
    <message>
        <source>Mute %1 everywhere</source>
        <translation>%1 überall stummschalten</translation>
    </message>
    <message>
        <source>Mute all of %1 in %2</source>
        <translation>Alles von %1 in %2 stummschalten</translation>
    </message>
    <message>
        <source>Mute all of %1</source>
        <translation>Alles von %1 stummschalten</translation>
    </message>
</context>
<context>
    <name>radar::HistoryChartView</name>
    <message>
        <source>No incidents match the filter in the last 24 hours</source>
        <translation>Keine Vorfälle passen in den letzten 24 Stunden zum Filter</translation>
    </message>
    <message>
        <source>No incidents recorded in the last 24 hours</source>
        <translation>Keine Vorfälle in den letzten 24 Stunden aufgezeichnet</translation>
    </message>
    <message>
        <source>No incidents match the filter in the last 7 days</source>
        <translation>Keine Vorfälle passen in den letzten 7 Tagen zum Filter</translation>
    </message>
    <message>
        <source>No incidents recorded in the last 7 days</source>
        <translation>Keine Vorfälle in den letzten 7 Tagen aufgezeichnet</translation>
    </message>
    <message>
        <source>No incidents match the filter in the last 30 days</source>
        <translation>Keine Vorfälle passen in den letzten 30 Tagen zum Filter</translation>
    </message>
    <message>
        <source>No incidents recorded in the last 30 days</source>
        <translation>Keine Vorfälle in den letzten 30 Tagen aufgezeichnet</translation>
    </message>
    <message>
        <source>No incidents match the filter in the last 90 days</source>
        <translation>Keine Vorfälle passen in den letzten 90 Tagen zum Filter</translation>
    </message>
    <message>
        <source>No incidents recorded in the last 90 days</source>
        <translation>Keine Vorfälle in den letzten 90 Tagen aufgezeichnet</translation>
    </message>
    <message>
        <source>No incidents match the filter in the last year</source>
        <translation>Keine Vorfälle passen im letzten Jahr zum Filter</translation>
    </message>
    <message>
        <source>No incidents recorded in the last year</source>
        <translation>Keine Vorfälle im letzten Jahr aufgezeichnet</translation>
    </message>
    <message>
        <source>Incidents per hour in the last 24 hours, stacked by severity. Left and Right choose an hour, Enter lists its incidents.</source>
        <translation>Vorfälle pro Stunde in den letzten 24 Stunden, gestapelt nach Schweregrad. Links und Rechts wählen eine Stunde, Eingabe listet ihre Vorfälle auf.</translation>
    </message>
    <message>
        <source>Incidents per day in the last 7 days, stacked by severity. Left and Right choose a day, Enter lists its incidents.</source>
        <translation>Vorfälle pro Tag in den letzten 7 Tagen, gestapelt nach Schweregrad. Links und Rechts wählen einen Tag, Eingabe listet seine Vorfälle auf.</translation>
    </message>
    <message>
        <source>Incidents per day in the last 30 days, stacked by severity. Left and Right choose a day, Enter lists its incidents.</source>
        <translation>Vorfälle pro Tag in den letzten 30 Tagen, gestapelt nach Schweregrad. Links und Rechts wählen einen Tag, Eingabe listet seine Vorfälle auf.</translation>
    </message>
    <message>
        <source>Incidents per day in the last 90 days, stacked by severity. Left and Right choose a day, Enter lists its incidents.</source>
        <translation>Vorfälle pro Tag in den letzten 90 Tagen, gestapelt nach Schweregrad. Links und Rechts wählen einen Tag, Eingabe listet seine Vorfälle auf.</translation>
    </message>
    <message>
        <source>Incidents per week in the last year, stacked by severity. Left and Right choose a week, Enter lists its incidents.</source>
        <translation>Vorfälle pro Woche im letzten Jahr, gestapelt nach Schweregrad. Links und Rechts wählen eine Woche, Eingabe listet ihre Vorfälle auf.</translation>
    </message>
    <message>
        <source>Incident history chart</source>
        <translation>Diagramm des Vorfallverlaufs</translation>
    </message>
    <message>
        <source>%1 Chosen: %2</source>
        <comment>the chart&apos;s description, then the chosen bar&apos;s</comment>
        <translation>%1 Ausgewählt: %2</translation>
    </message>
    <message>
        <source>Loading history…</source>
        <translation>Verlauf wird geladen…</translation>
    </message>
</context>
<context>
    <name>radar::HistoryDatabase</name>
    <message>
        <source>cannot save the history to %1: %2</source>
        <translation>Verlauf kann nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>cannot read the history from %1: %2</source>
        <translation>Verlauf kann nicht aus %1 gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot remove old history from %1: %2</source>
        <translation>alter Verlauf kann nicht aus %1 entfernt werden: %2</translation>
    </message>
    <message>
        <source>cannot clear the history in %1: %2</source>
        <translation>Verlauf in %1 kann nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>cannot check the history %1: %2</source>
        <translation>Verlauf %1 kann nicht geprüft werden: %2</translation>
    </message>
    <message>
        <source>no history file is open</source>
        <translation>es ist keine Verlaufsdatei geöffnet</translation>
    </message>
    <message>
        <source>the history %1 is not open</source>
        <translation>der Verlauf %1 ist nicht geöffnet</translation>
    </message>
    <message>
        <source>cannot open the history %1: %2 is not a folder</source>
        <translation>Verlauf %1 kann nicht geöffnet werden: %2 ist kein Ordner</translation>
    </message>
    <message>
        <source>cannot open the history %1: the folder %2 does not exist</source>
        <translation>Verlauf %1 kann nicht geöffnet werden: Der Ordner %2 existiert nicht</translation>
    </message>
    <message>
        <source>the history %1 is damaged (%2) and cannot be moved aside: %3</source>
        <translation>der Verlauf %1 ist beschädigt (%2) und kann nicht beiseitegelegt werden: %3</translation>
    </message>
    <message>
        <source>%1 was written by a newer Outage Radar (history version %2; this one reads up to %3) and is left as it is; the history stays in memory this session</source>
        <translation>%1 wurde von einem neueren Outage Radar geschrieben (Verlaufsversion %2; diese Version liest bis %3) und bleibt unverändert; der Verlauf bleibt in dieser Sitzung im Speicher</translation>
    </message>
    <message>
        <source>cannot open the history %1: %2</source>
        <translation>Verlauf %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is from an older Outage Radar (history version %2); start the app once to bring it up to date</source>
        <translation>%1 stammt von einem älteren Outage Radar (Verlaufsversion %2); starten Sie die App einmal, um ihn zu aktualisieren</translation>
    </message>
    <message>
        <source>%1 was written by a newer Outage Radar (history version %2; this one reads up to %3)</source>
        <translation>%1 wurde von einem neueren Outage Radar geschrieben (Verlaufsversion %2; diese Version liest bis %3)</translation>
    </message>
    <message>
        <source>the history %1 is damaged (%2); the app moves it aside and starts a new one when it next starts</source>
        <translation>der Verlauf %1 ist beschädigt (%2); die App legt ihn beim nächsten Start beiseite und beginnt einen neuen</translation>
    </message>
    <message>
        <source>cannot read the history %1: %2</source>
        <translation>Verlauf %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the history %1 is damaged: %2</source>
        <translation>der Verlauf %1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>the file is damaged (%1)</source>
        <translation>die Datei ist beschädigt (%1)</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>the disk is full, or the file may not grow any further (%1)</source>
        <translation>der Datenträger ist voll, oder die Datei darf nicht weiter wachsen (%1)</translation>
    </message>
    <message>
        <source>another program keeps the file locked</source>
        <translation>ein anderes Programm hält die Datei gesperrt</translation>
    </message>
    <message>
        <source>the file or its folder is read-only</source>
        <translation>die Datei oder ihr Ordner ist schreibgeschützt</translation>
    </message>
    <message>
        <source>the file cannot be opened or created (%1)</source>
        <translation>die Datei kann nicht geöffnet oder angelegt werden (%1)</translation>
    </message>
</context>
<context>
    <name>radar::HistoryExport</name>
    <message>
        <source>there is no history in %1 yet (the app records it while it runs); the export is empty</source>
        <translation>in %1 gibt es noch keinen Verlauf (die App zeichnet ihn auf, während sie läuft); der Export ist leer</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n incident(s) and their cell changes to %1.</source>
        <translation>
            <numerusform>%n Vorfall und seine Zellenänderungen nach %1 exportiert.</numerusform>
            <numerusform>%n Vorfälle und ihre Zellenänderungen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>radar::HistoryFiguresPanel</name>
    <message>
        <source>In the last 24 hours</source>
        <translation>In den letzten 24 Stunden</translation>
    </message>
    <message>
        <source>In the last 7 days</source>
        <translation>In den letzten 7 Tagen</translation>
    </message>
    <message>
        <source>In the last 30 days</source>
        <translation>In den letzten 30 Tagen</translation>
    </message>
    <message>
        <source>In the last 90 days</source>
        <translation>In den letzten 90 Tagen</translation>
    </message>
    <message>
        <source>In the last year</source>
        <translation>Im letzten Jahr</translation>
    </message>
    <message>
        <source>All incidents</source>
        <translation>Alle Vorfälle</translation>
    </message>
    <message>
        <source>How long at least one incident was open in this period, including incidents that began before it; overlaps count once</source>
        <translation>Wie lange in diesem Zeitraum mindestens ein Vorfall offen war, einschließlich Vorfällen, die vorher begonnen haben; Überschneidungen zählen einmal</translation>
    </message>
    <message>
        <source>Time with an incident open</source>
        <translation>Zeit mit offenem Vorfall</translation>
    </message>
    <message>
        <source>Mean time to resolve</source>
        <translation>Mittlere Zeit bis zur Behebung</translation>
    </message>
    <message>
        <source>Longest incident</source>
        <translation>Längster Vorfall</translation>
    </message>
    <message>
        <source>Most affected services</source>
        <translation>Am stärksten betroffene Dienste</translation>
    </message>
    <message>
        <source>Most affected regions</source>
        <translation>Am stärksten betroffene Regionen</translation>
    </message>
    <message>
        <source>Loading history…</source>
        <translation>Verlauf wird geladen…</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>No incident has ended</source>
        <translation>Kein Vorfall ist beendet</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n resolved)</source>
        <translation>
            <numerusform>%1 (%n behoben)</numerusform>
            <numerusform>%1 (%n behoben)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
%2, %3 so far</source>
        <comment>title, then provider and duration</comment>
        <translation>%1
%2, bisher %3</translation>
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
        <translation>Keine an eine Region gebunden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>service or region: incidents</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <comment>service or region (provider): incidents</comment>
        <translation>%1 (%2): %3</translation>
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
        <translation>24 Stunden</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 Tage</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 Tage</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 Tage</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 Jahr</translation>
    </message>
    <message>
        <source>In&amp;cidents per hour, by severity</source>
        <translation>Vorfälle &amp;pro Stunde, nach Schweregrad</translation>
    </message>
    <message>
        <source>In&amp;cidents per day, by severity</source>
        <translation>Vorfälle &amp;pro Tag, nach Schweregrad</translation>
    </message>
    <message>
        <source>In&amp;cidents per week, by severity</source>
        <translation>Vorfälle &amp;pro Woche, nach Schweregrad</translation>
    </message>
    <message>
        <source>How far back the chart and the figures go</source>
        <translation>Wie weit Diagramm und Kennzahlen zurückreichen</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Only incidents that affected this service</source>
        <translation>Nur Vorfälle, die diesen Dienst betrafen</translation>
    </message>
    <message>
        <source>Only incidents that affected this region</source>
        <translation>Nur Vorfälle, die diese Region betrafen</translation>
    </message>
    <message>
        <source>&amp;Watched only</source>
        <translation>Nur &amp;beobachtete</translation>
    </message>
    <message>
        <source>Only incidents that touched a service, region or cell you starred</source>
        <translation>Nur Vorfälle, die einen mit Stern markierten Dienst, eine Region oder Zelle betrafen</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save the whole history as CSV or JSON</source>
        <translation>Den gesamten Verlauf als CSV oder JSON speichern</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>Anbie&amp;ter:</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>D&amp;ienst:</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>Re&amp;gion:</translation>
    </message>
    <message>
        <source>Incidents of the chosen bar</source>
        <translation>Vorfälle des ausgewählten Balkens</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Vorfall</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>Alle Anbieter</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>service or region (provider)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Alle Dienste</translation>
    </message>
    <message>
        <source>%1 (every provider)</source>
        <comment>a service</comment>
        <translation>%1 (alle Anbieter)</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Alle Regionen</translation>
    </message>
    <message>
        <source>%1 (every provider)</source>
        <comment>a region</comment>
        <translation>%1 (alle Anbieter)</translation>
    </message>
    <message>
        <source>Point at a bar, or choose one with the arrow keys, to see its counts; click it or press Enter to list its incidents.</source>
        <translation>Zeigen Sie auf einen Balken oder wählen Sie einen mit den Pfeiltasten, um seine Zahlen zu sehen; klicken Sie darauf oder drücken Sie Eingabe, um seine Vorfälle aufzulisten.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>two instants</comment>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>&amp;Incidents of %1: %2</source>
        <comment>a bar&apos;s period, its number of incidents</comment>
        <translation>V&amp;orfälle für %1: %2</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>bisher %1</translation>
    </message>
    <message>
        <source>&amp;Incidents: choose a bar in the chart to list them</source>
        <translation>V&amp;orfälle: Wählen Sie einen Balken im Diagramm, um sie aufzulisten</translation>
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
        <translation>Vorfallverlauf exportieren</translation>
    </message>
    <message>
        <source>Only incidents of this provider</source>
        <translation>Nur Vorfälle dieses Anbieters</translation>
    </message>
    <message>
        <source>The incidents that started in the bar chosen in the chart; the current one&apos;s details are shown beside the list</source>
        <translation>Die Vorfälle, die im ausgewählten Balken des Diagramms begonnen haben; die Details des aktuellen Vorfalls stehen neben der Liste</translation>
    </message>
    <message>
        <source>%1: %2, %3, started %4, lasted %5</source>
        <comment>severity: title, provider, start, duration</comment>
        <translation>%1: %2, %3, begonnen %4, Dauer %5</translation>
    </message>
</context>
<context>
    <name>radar::HistoryWorker</name>
    <message>
        <source>The history cannot be opened: %1. This session keeps it in memory only.</source>
        <translation>Der Verlauf kann nicht geöffnet werden: %1. Diese Sitzung hält ihn nur im Speicher.</translation>
    </message>
    <message>
        <source>The history file was damaged and has been moved aside to %1; a new history has been started.</source>
        <translation>Die Verlaufsdatei war beschädigt und wurde nach %1 beiseitegelegt; ein neuer Verlauf wurde begonnen.</translation>
    </message>
    <message>
        <source>The history could not be read: %1.</source>
        <translation>Der Verlauf konnte nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>%1. Outage Radar keeps the history in memory meanwhile and saves it as soon as it can; free some space or check the file.</source>
        <translation>%1. Outage Radar hält den Verlauf so lange im Speicher und speichert ihn, sobald es kann; geben Sie Speicherplatz frei oder prüfen Sie die Datei.</translation>
    </message>
    <message numerus="yes">
        <source>%n of the oldest unsaved batch(es) had to be let go.</source>
        <translation>
            <numerusform>Der älteste ungespeicherte Stapel musste verworfen werden.</numerusform>
            <numerusform>%n der ältesten ungespeicherten Stapel mussten verworfen werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Old history could not be removed: %1.</source>
        <translation>Alter Verlauf konnte nicht entfernt werden: %1.</translation>
    </message>
    <message>
        <source>The history could not be cleared: %1.</source>
        <translation>Der Verlauf konnte nicht gelöscht werden: %1.</translation>
    </message>
    <message>
        <source>The history was cleared.</source>
        <translation>Der Verlauf wurde gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n incident(s) to %1.</source>
        <translation>
            <numerusform>%n Vorfall nach %1 exportiert.</numerusform>
            <numerusform>%n Vorfälle nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>radar::IncidentDetails</name>
    <message>
        <source>State: %1 → %2</source>
        <translation>Zustand: %1 → %2</translation>
    </message>
    <message>
        <source>Regions added: %1</source>
        <translation>Regionen hinzugekommen: %1</translation>
    </message>
    <message>
        <source>Regions no longer affected: %1</source>
        <translation>Nicht mehr betroffene Regionen: %1</translation>
    </message>
    <message>
        <source>Services added: %1</source>
        <translation>Dienste hinzugekommen: %1</translation>
    </message>
    <message>
        <source>Services no longer affected: %1</source>
        <translation>Nicht mehr betroffene Dienste: %1</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>Schweregrad:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <source>Ended (no longer listed)</source>
        <translation>Beendet (nicht mehr gelistet)</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Nicht bekannt</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Begonnen:</translation>
    </message>
    <message>
        <source>Ended:</source>
        <translation>Beendet:</translation>
    </message>
    <message>
        <source>Still ongoing</source>
        <translation>Dauert noch an</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Dauer:</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <comment>duration of an open incident</comment>
        <translation>bisher %1</translation>
    </message>
    <message>
        <source>The provider stopped listing this incident before marking it resolved, so it is shown as ended.</source>
        <translation>Der Anbieter hat diesen Vorfall nicht mehr gelistet, bevor er ihn als behoben markiert hat; daher wird er als beendet angezeigt.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a region: its name (its id)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Affected:</source>
        <translation>Betroffen:</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <comment>the first services affected in a region, then how many others</comment>
        <translation>
            <numerusform>%1 und %n weiterer</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a region: the services affected there</comment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more region(s)</source>
        <comment>affected regions</comment>
        <translation>
            <numerusform>und %n weitere Region</numerusform>
            <numerusform>und %n weitere Regionen</numerusform>
        </translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Updates</translation>
    </message>
    <message>
        <source>The provider has posted no updates.</source>
        <translation>Der Anbieter hat keine Updates veröffentlicht.</translation>
    </message>
    <message>
        <source>Undated</source>
        <translation>Ohne Datum</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>an update: time · state</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Untitled incident</source>
        <translation>Vorfall ohne Titel</translation>
    </message>
    <message>
        <source>Open the provider&apos;s page for this incident</source>
        <translation>Seite des Anbieters zu diesem Vorfall öffnen</translation>
    </message>
</context>
<context>
    <name>radar::IncidentDetailsView</name>
    <message>
        <source>Incident details</source>
        <translation>Vorfalldetails</translation>
    </message>
    <message>
        <source>The selected incident&apos;s severity, times and affected services, and the provider&apos;s updates, newest first</source>
        <translation>Schweregrad, Zeiten und betroffene Dienste des ausgewählten Vorfalls sowie die Updates des Anbieters, neueste zuerst</translation>
    </message>
    <message>
        <source>Select an incident to see its details and the provider&apos;s updates.</source>
        <translation>Wählen Sie einen Vorfall aus, um seine Details und die Updates des Anbieters zu sehen.</translation>
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
        <translation>Woche vom %1 bis %2</translation>
    </message>
    <message>
        <source>No incidents</source>
        <translation>Keine Vorfälle</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n Vorfall</numerusform>
            <numerusform>%n Vorfälle</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>severity: number of incidents</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <comment>bar, severity: number of incidents</comment>
        <translation>%1, %2: %3</translation>
    </message>
</context>
<context>
    <name>radar::IncidentListModel</name>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Vorfall</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Ended (no longer listed)</source>
        <translation>Beendet (nicht mehr gelistet)</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 seit %2</translation>
    </message>
    <message>
        <source>%1, started %2, lasted %3</source>
        <translation>%1, begonnen %2, Dauer %3</translation>
    </message>
    <message>
        <source>%1: %2, %3, %4, since %5</source>
        <translation>%1: %2, %3, %4, seit %5</translation>
    </message>
    <message>
        <source>%1: %2, %3, %4, started %5, lasted %6</source>
        <translation>%1: %2, %3, %4, begonnen %5, Dauer %6</translation>
    </message>
</context>
<context>
    <name>radar::IncidentPanel</name>
    <message>
        <source>Incidents</source>
        <translation>Vorfälle</translation>
    </message>
    <message>
        <source>Open incidents, worst first, then the ones that ended recently</source>
        <translation>Offene Vorfälle, schlimmste zuerst, dann die kürzlich beendeten</translation>
    </message>
    <message>
        <source>No incidents reported</source>
        <translation>Keine Vorfälle gemeldet</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>open incidents, ended incidents</comment>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n open incident(s)</source>
        <translation>
            <numerusform>%n offener Vorfall</numerusform>
            <numerusform>%n offene Vorfälle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ended recently</source>
        <translation>
            <numerusform>%n kürzlich beendet</numerusform>
            <numerusform>%n kürzlich beendet</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Snooze notifications about this incident</source>
        <translation>Benachrichtigungen zu diesem Vorfall &amp;zurückstellen</translation>
    </message>
</context>
<context>
    <name>radar::IncidentState</name>
    <message>
        <source>Investigating</source>
        <translation>Wird untersucht</translation>
    </message>
    <message>
        <source>Identified</source>
        <translation>Ursache erkannt</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Wird beobachtet</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
</context>
<context>
    <name>radar::KeychainSecretStore</name>
    <message>
        <source>No keychain is available, so saved tokens and passwords cannot be used: start a Secret Service (GNOME Keyring or KWallet).</source>
        <translation>Es ist kein Schlüsselbund verfügbar, daher können gespeicherte Tokens und Passwörter nicht verwendet werden: Starten Sie einen Secret Service (GNOME Keyring oder KWallet).</translation>
    </message>
    <message>
        <source>No keychain is available: start a Secret Service (GNOME Keyring or KWallet) to keep tokens; nothing was saved.</source>
        <translation>Es ist kein Schlüsselbund verfügbar: Starten Sie einen Secret Service (GNOME Keyring oder KWallet), um Tokens zu speichern; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>No keychain is available, so the token could not be removed: start a Secret Service (GNOME Keyring or KWallet) and try again.</source>
        <translation>Es ist kein Schlüsselbund verfügbar, daher konnte das Token nicht entfernt werden: Starten Sie einen Secret Service (GNOME Keyring oder KWallet) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain stayed locked, so saved tokens and passwords cannot be used: unlock it when it asks.</source>
        <translation>Der Schlüsselbund blieb gesperrt, daher können gespeicherte Tokens und Passwörter nicht verwendet werden: Entsperren Sie ihn, wenn er danach fragt.</translation>
    </message>
    <message>
        <source>The keychain stayed locked, so nothing was saved: unlock it when it asks, then save again.</source>
        <translation>Der Schlüsselbund blieb gesperrt, daher wurde nichts gespeichert: Entsperren Sie ihn, wenn er danach fragt, und speichern Sie dann erneut.</translation>
    </message>
    <message>
        <source>The keychain stayed locked, so the token was not removed: unlock it when it asks, then try again.</source>
        <translation>Der Schlüsselbund blieb gesperrt, daher wurde das Token nicht entfernt: Entsperren Sie ihn, wenn er danach fragt, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The keychain could not read a saved token or password (%1): check that it is unlocked and try again.</source>
        <translation>Der Schlüsselbund konnte ein gespeichertes Token oder Passwort nicht lesen (%1): Prüfen Sie, ob er entsperrt ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain could not save the token (%1); nothing was saved: check that it is unlocked and try again.</source>
        <translation>Der Schlüsselbund konnte das Token nicht speichern (%1); es wurde nichts gespeichert: Prüfen Sie, ob er entsperrt ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain could not remove the token (%1): check that it is unlocked and try again.</source>
        <translation>Der Schlüsselbund konnte das Token nicht entfernen (%1): Prüfen Sie, ob er entsperrt ist, und versuchen Sie es erneut.</translation>
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
        <translation>A&amp;ktuell</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>N&amp;otifications</source>
        <translation>Be&amp;nachrichtigungen</translation>
    </message>
    <message>
        <source>Try &amp;again</source>
        <translation>E&amp;rneut versuchen</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>While you were away</source>
        <translation>Während Ihrer Abwesenheit</translation>
    </message>
    <message>
        <source>D&amp;ismiss</source>
        <translation>Sc&amp;hließen</translation>
    </message>
    <message>
        <source>History problem</source>
        <translation>Problem mit dem Verlauf</translation>
    </message>
    <message>
        <source>Dis&amp;miss</source>
        <translation>Sch&amp;ließen</translation>
    </message>
    <message>
        <source>No system tray</source>
        <translation>Kein Infobereich</translation>
    </message>
    <message>
        <source>Dismi&amp;ss</source>
        <translation>Schli&amp;eßen</translation>
    </message>
    <message>
        <source>Settings problem</source>
        <translation>Problem mit den Einstellungen</translation>
    </message>
    <message>
        <source>Overall status</source>
        <translation>Gesamtstatus</translation>
    </message>
    <message>
        <source>Refresh progress</source>
        <translation>Aktualisierungsfortschritt</translation>
    </message>
    <message>
        <source>That incident is no longer listed.</source>
        <translation>Dieser Vorfall wird nicht mehr gelistet.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Overall: %1</source>
        <translation>Gesamt: %1</translation>
    </message>
    <message>
        <source>No sources to poll</source>
        <translation>Keine Quellen zum Abfragen</translation>
    </message>
    <message>
        <source>Offline: the last known data is not up to date</source>
        <translation>Offline: Die zuletzt bekannten Daten sind nicht aktuell</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) of %1 not up to date: see Sources</source>
        <translation>
            <numerusform>%n von %1 Quellen nicht aktuell: siehe Quellen</numerusform>
            <numerusform>%n von %1 Quellen nicht aktuell: siehe Quellen</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;You appear to be offline.&lt;/b&gt; %1 The last known data stays visible, marked as not up to date, and no alerts are raised while the connection is gone.</source>
        <translation>&lt;b&gt;Sie scheinen offline zu sein.&lt;/b&gt; %1 Die zuletzt bekannten Daten bleiben sichtbar, als nicht aktuell markiert, und solange die Verbindung fehlt, wird kein Alarm ausgelöst.</translation>
    </message>
    <message>
        <source>Next try at %1.</source>
        <translation>Nächster Versuch um %1.</translation>
    </message>
    <message>
        <source>Refreshing %1 of %2</source>
        <translation>Aktualisiert: %1 von %2</translation>
    </message>
    <message>
        <source>Outage Radar — %1</source>
        <translation>Outage Radar — %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>&amp;Jetzt aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
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
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Go to the &amp;grid</source>
        <translation>Zum &amp;Raster</translation>
    </message>
    <message>
        <source>Go to the &amp;incidents</source>
        <translation>Zu den &amp;Vorfällen</translation>
    </message>
    <message>
        <source>Go to the &amp;history</source>
        <translation>Zum Ver&amp;lauf</translation>
    </message>
    <message>
        <source>Go to the &amp;notifications</source>
        <translation>Zu den &amp;Benachrichtigungen</translation>
    </message>
    <message>
        <source>Columns by provider &amp;region</source>
        <translation>Spalten nach &amp;Anbieterregion</translation>
    </message>
    <message>
        <source>Columns by &amp;place</source>
        <translation>Spalten nach &amp;Ort</translation>
    </message>
    <message>
        <source>&amp;Unfold all providers</source>
        <translation>Alle Anbieter a&amp;usklappen</translation>
    </message>
    <message>
        <source>&amp;Watch the current cell</source>
        <translation>Aktuelle Zelle beobach&amp;ten</translation>
    </message>
    <message>
        <source>The grid of services and regions, and the incidents open now</source>
        <translation>Das Raster der Dienste und Regionen und die jetzt offenen Vorfälle</translation>
    </message>
    <message>
        <source>The incidents of the past, as a chart and lists</source>
        <translation>Die vergangenen Vorfälle als Diagramm und Listen</translation>
    </message>
    <message>
        <source>Every notification sent or held back, and why</source>
        <translation>Jede gesendete oder unterdrückte Benachrichtigung und der Grund dafür</translation>
    </message>
    <message>
        <source>Shows the tabs that do not fit</source>
        <translation>Zeigt die Registerkarten, für die kein Platz ist</translation>
    </message>
    <message>
        <source>Each polled source: whether its data is up to date, what went wrong, and when it is asked next</source>
        <translation>Jede abgefragte Quelle: ob ihre Daten aktuell sind, was schiefgegangen ist und wann sie als Nächstes abgefragt wird</translation>
    </message>
    <message>
        <source>Asks every source again now</source>
        <translation>Fragt jetzt alle Quellen erneut ab</translation>
    </message>
    <message>
        <source>Tab reaches each incident&apos;s link; Enter opens it in the history.</source>
        <translation>Mit Tab erreichen Sie den Link jedes Vorfalls; Eingabe öffnet ihn im Verlauf.</translation>
    </message>
    <message>
        <source>Hides this message</source>
        <translation>Blendet diese Meldung aus</translation>
    </message>
    <message>
        <source>%1 Tab reaches each incident&apos;s link; Enter opens it in the history.</source>
        <comment>the digest in words</comment>
        <translation>%1 Mit Tab erreichen Sie den Link jedes Vorfalls; Eingabe öffnet ihn im Verlauf.</translation>
    </message>
    <message>
        <source>Ne&amp;xt tab</source>
        <translation>&amp;Nächste Registerkarte</translation>
    </message>
    <message>
        <source>Pre&amp;vious tab</source>
        <translation>Vor&amp;herige Registerkarte</translation>
    </message>
    <message>
        <source>F&amp;old all providers</source>
        <translation>Alle Anbieter &amp;einklappen</translation>
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
        <translation>Proxy-Einstellungen des &amp;Systems verwenden</translation>
    </message>
    <message>
        <source>Fetches go through the proxy your desktop or environment names, if any.</source>
        <translation>Abrufe laufen über den Proxy, den Ihr Desktop oder Ihre Umgebung angibt, falls vorhanden.</translation>
    </message>
    <message>
        <source>&amp;No proxy</source>
        <translation>&amp;Kein Proxy</translation>
    </message>
    <message>
        <source>Fetches go straight to the status pages, whatever the system says.</source>
        <translation>Abrufe gehen direkt an die Statusseiten, egal was das System angibt.</translation>
    </message>
    <message>
        <source>&amp;Manual proxy:</source>
        <translation>&amp;Manueller Proxy:</translation>
    </message>
    <message>
        <source>Fetches go through the HTTP proxy named below.</source>
        <translation>Abrufe laufen über den unten angegebenen HTTP-Proxy.</translation>
    </message>
    <message>
        <source>Proxy host name</source>
        <translation>Hostname des Proxys</translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Port des Proxys</translation>
    </message>
    <message>
        <source>Proxy user name</source>
        <translation>Benutzername für den Proxy</translation>
    </message>
    <message>
        <source>Leave empty if the proxy asks for none</source>
        <translation>Leer lassen, wenn der Proxy keinen verlangt</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Passwort für den Proxy</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>The password is kept in your system&apos;s keychain, never in Outage Radar&apos;s settings file or in exported configurations.</source>
        <translation>Das Passwort wird im Schlüsselbund Ihres Systems gespeichert, nie in der Einstellungsdatei von Outage Radar oder in exportierten Konfigurationen.</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Grenzen</translation>
    </message>
    <message>
        <source>Fetch timeout in seconds</source>
        <translation>Zeitlimit für Abrufe in Sekunden</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>A fetch that has not finished after this long fails, and is tried again at the next poll.</source>
        <translation>Ein Abruf, der nach dieser Zeit nicht fertig ist, schlägt fehl und wird bei der nächsten Abfrage erneut versucht.</translation>
    </message>
    <message>
        <source>Largest feed accepted, in mebibytes</source>
        <translation>Größter zulässiger Feed in Mebibyte</translation>
    </message>
    <message>
        <source> MiB</source>
        <comment>mebibytes</comment>
        <translation> MiB</translation>
    </message>
    <message>
        <source>A feed larger than this (after decompression) is refused instead of read, so that a broken server cannot fill the memory.</source>
        <translation>Ein größerer Feed (nach dem Entpacken) wird abgelehnt statt gelesen, damit ein defekter Server nicht den Speicher füllen kann.</translation>
    </message>
    <message>
        <source>&amp;Give up on a fetch after:</source>
        <translation>Abruf &amp;abbrechen nach:</translation>
    </message>
    <message>
        <source>Largest feed &amp;accepted:</source>
        <translation>&amp;Größter zulässiger Feed:</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s host name or pick another option.</source>
        <translation>Geben Sie den Hostnamen des Proxys ein oder wählen Sie eine andere Option.</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s host name alone, such as proxy.example.com: no spaces, no http:// and no path. Its port goes in the Port field.</source>
        <translation>Geben Sie nur den Hostnamen des Proxys ein, etwa proxy.example.com: keine Leerzeichen, kein http:// und kein Pfad. Der Port gehört in das Feld „Port“.</translation>
    </message>
    <message>
        <source>The proxy&apos;s host name alone, without http:// or a port</source>
        <translation>Nur der Hostname des Proxys, ohne http:// und ohne Port</translation>
    </message>
    <message>
        <source>The port the proxy listens on, often 3128 or 8080</source>
        <translation>Der Port, auf dem der Proxy lauscht, oft 3128 oder 8080</translation>
    </message>
    <message>
        <source>The user name the proxy asks for; leave it empty if it asks for none</source>
        <translation>Der Benutzername, den der Proxy verlangt; leer lassen, wenn er keinen verlangt</translation>
    </message>
    <message>
        <source>The proxy&apos;s password, kept in the system&apos;s keychain</source>
        <translation>Das Passwort für den Proxy, gespeichert im Schlüsselbund des Systems</translation>
    </message>
</context>
<context>
    <name>radar::NotificationLogModel</name>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Held back</source>
        <translation>Unterdrückt</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Benachrichtigung</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
</context>
<context>
    <name>radar::NotificationLogView</name>
    <message>
        <source>Every notification Outage Radar sent, and each one it held back, with the rule that decided.</source>
        <translation>Jede Benachrichtigung, die Outage Radar gesendet hat, und jede unterdrückte, mit der Regel, die entschieden hat.</translation>
    </message>
    <message>
        <source>Show notifications</source>
        <translation>Benachrichtigungen anzeigen</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Held back</source>
        <translation>Unterdrückt</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <source>Notification log</source>
        <translation>Benachrichtigungsprotokoll</translation>
    </message>
    <message>
        <source>Notifications sent and held back, newest first. Enter opens the incidents of an entry.</source>
        <translation>Gesendete und unterdrückte Benachrichtigungen, neueste zuerst. Eingabe öffnet die Vorfälle eines Eintrags.</translation>
    </message>
    <message>
        <source>No notifications yet.

When a service you watch has a problem, or another one has a serious outage, the notification is listed here. So is each one that was held back, with the reason.</source>
        <translation>Noch keine Benachrichtigungen.

Wenn ein Dienst, den Sie beobachten, ein Problem hat oder ein anderer einen schweren Ausfall, wird die Benachrichtigung hier aufgeführt. Ebenso jede unterdrückte, mit dem Grund.</translation>
    </message>
    <message>
        <source>No notification was sent yet: every one so far was held back.</source>
        <translation>Es wurde noch keine Benachrichtigung gesendet: Alle bisher wurden unterdrückt.</translation>
    </message>
    <message>
        <source>No notification was held back: every one so far was sent.</source>
        <translation>Keine Benachrichtigung wurde unterdrückt: Alle bisher wurden gesendet.</translation>
    </message>
    <message>
        <source>Lists every notification, only those sent, or only those held back</source>
        <translation>Listet alle Benachrichtigungen auf, nur die gesendeten oder nur die unterdrückten</translation>
    </message>
</context>
<context>
    <name>radar::NotificationSettingsPage</name>
    <message>
        <source>Major outages only</source>
        <translation>Nur Großausfälle</translation>
    </message>
    <message>
        <source>%1 or worse</source>
        <comment>a status</comment>
        <translation>%1 oder schlechter</translation>
    </message>
    <message>
        <source>Send a &amp;test notification</source>
        <translation>&amp;Test-Benachrichtigung senden</translation>
    </message>
    <message>
        <source>Shows a notification now, the way a real one would appear, to check that your desktop lets them through.</source>
        <translation>Zeigt jetzt eine Benachrichtigung so an, wie eine echte erscheinen würde, um zu prüfen, ob Ihr Desktop sie durchlässt.</translation>
    </message>
    <message>
        <source>When to notify</source>
        <translation>Wann benachrichtigen</translation>
    </message>
    <message>
        <source>Minimum status for watched services</source>
        <translation>Mindeststatus für beobachtete Dienste</translation>
    </message>
    <message>
        <source>Services, regions and cells you starred in the grid notify from this status on.</source>
        <translation>Dienste, Regionen und Zellen, die Sie im Raster mit einem Stern markiert haben, benachrichtigen ab diesem Status.</translation>
    </message>
    <message>
        <source>Minimum status for other services</source>
        <translation>Mindeststatus für andere Dienste</translation>
    </message>
    <message>
        <source>Everything you did not star notifies from this status on.</source>
        <translation>Alles, was Sie nicht markiert haben, benachrichtigt ab diesem Status.</translation>
    </message>
    <message>
        <source>Tell me when a problem is &amp;resolved</source>
        <translation>Benachrichtigen, wenn ein Problem &amp;behoben ist</translation>
    </message>
    <message>
        <source>One more notification when everything a notification was about is back below its minimum.</source>
        <translation>Eine weitere Benachrichtigung, wenn alles, worum es in einer Benachrichtigung ging, wieder unter seinem Mindeststatus liegt.</translation>
    </message>
    <message>
        <source>Reminder for major outages still open, in hours</source>
        <translation>Erinnerung an noch offene Großausfälle, in Stunden</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source> h</source>
        <comment>hours</comment>
        <translation> h</translation>
    </message>
    <message>
        <source>A reminder of a major outage that is still open this many hours later. Off: no reminders.</source>
        <translation>Eine Erinnerung an einen Großausfall, der nach so vielen Stunden noch offen ist. Aus: keine Erinnerungen.</translation>
    </message>
    <message>
        <source>&amp;Watched services from:</source>
        <translation>Beobachtete &amp;Dienste ab:</translation>
    </message>
    <message>
        <source>Other ser&amp;vices from:</source>
        <translation>&amp;Andere Dienste ab:</translation>
    </message>
    <message>
        <source>Re&amp;mind me of major outages still open after:</source>
        <translation>An noch offene Großausfälle &amp;erinnern nach:</translation>
    </message>
    <message>
        <source>Never notify about</source>
        <translation>Nie benachrichtigen über</translation>
    </message>
    <message>
        <source>Muted providers</source>
        <translation>Stummgeschaltete Anbieter</translation>
    </message>
    <message>
        <source>Checked providers never notify; Space checks or unchecks</source>
        <translation>Angekreuzte Anbieter benachrichtigen nie; Leertaste kreuzt an oder ab</translation>
    </message>
    <message>
        <source>Nothing from a checked provider is notified; it is still shown in the grid.</source>
        <translation>Von einem angekreuzten Anbieter wird nichts gemeldet; er wird weiterhin im Raster angezeigt.</translation>
    </message>
    <message>
        <source>Muted services and regions</source>
        <translation>Stummgeschaltete Dienste und Regionen</translation>
    </message>
    <message>
        <source>R&amp;emove</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Notify about the selected services and regions again</source>
        <translation>Wieder über die ausgewählten Dienste und Regionen benachrichtigen</translation>
    </message>
    <message>
        <source>&amp;Providers:</source>
        <translation>A&amp;nbieter:</translation>
    </message>
    <message>
        <source>Services, re&amp;gions and cells:</source>
        <translation>Dienste, Re&amp;gionen und Zellen:</translation>
    </message>
    <message>
        <source>To mute more, right-click a cell of the grid (or press the Menu key there).</source>
        <translation>Um mehr stummzuschalten, klicken Sie mit der rechten Maustaste auf eine Zelle im Raster (oder drücken Sie dort die Menütaste).</translation>
    </message>
    <message>
        <source>&amp;Quiet hours</source>
        <translation>&amp;Ruhezeiten</translation>
    </message>
    <message>
        <source>No notifications in this period, except a major outage of something you watch. What happened is told when the period ends.</source>
        <translation>In diesem Zeitraum keine Benachrichtigungen, außer bei einem Großausfall von etwas, das Sie beobachten. Was geschehen ist, wird am Ende des Zeitraums gemeldet.</translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation>Beginn der Ruhezeit</translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation>Ende der Ruhezeit</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>u&amp;ntil</source>
        <translation>b&amp;is</translation>
    </message>
    <message>
        <source>Starting on:</source>
        <translation>Beginnend am:</translation>
    </message>
    <message>
        <source>Quiet hours starting on %1</source>
        <translation>Ruhezeiten beginnend am %1</translation>
    </message>
    <message>
        <source>A quiet period belongs to the day it starts: 22:00 on Friday until 07:00 on Saturday is Friday&apos;s.</source>
        <translation>Eine Ruhezeit gehört zu dem Tag, an dem sie beginnt: 22:00 am Freitag bis 07:00 am Samstag zählt zum Freitag.</translation>
    </message>
    <message>
        <source>Nothing is muted</source>
        <translation>Nichts ist stummgeschaltet</translation>
    </message>
    <message>
        <source>%1 in %2: every service</source>
        <comment>provider, region</comment>
        <translation>%1 in %2: alle Dienste</translation>
    </message>
    <message>
        <source>%1 as a whole: every region</source>
        <comment>provider</comment>
        <translation>%1 insgesamt: alle Regionen</translation>
    </message>
    <message>
        <source>%1 as a whole in %2</source>
        <comment>provider, region</comment>
        <translation>%1 insgesamt in %2</translation>
    </message>
    <message>
        <source>%1 %2: every region</source>
        <comment>provider, service</comment>
        <translation>%1 %2: alle Regionen</translation>
    </message>
    <message>
        <source>%1 %2 in %3</source>
        <comment>provider, service, region</comment>
        <translation>%1 %2 in %3</translation>
    </message>
    <message>
        <source>Services, regions and cells that never notify; Delete notifies about the selected ones again</source>
        <translation>Dienste, Regionen und Zellen, die nie benachrichtigen; Entf benachrichtigt wieder über die ausgewählten</translation>
    </message>
    <message>
        <source>When the quiet period starts, on each day checked below</source>
        <translation>Wann die Ruhezeit beginnt, an jedem unten angekreuzten Tag</translation>
    </message>
    <message>
        <source>When the quiet period ends; before the start, it ends the next day</source>
        <translation>Wann die Ruhezeit endet; liegt das Ende vor dem Beginn, endet sie am nächsten Tag</translation>
    </message>
    <message>
        <source>Checked: a quiet period starts on %1</source>
        <translation>Angekreuzt: Eine Ruhezeit beginnt am %1</translation>
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
            <numerusform>%1 und %n weiterer</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>place, then status</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: better, now %2</source>
        <translation>%1: besser, jetzt %2</translation>
    </message>
    <message>
        <source>%1: worse, now %2</source>
        <translation>%1: schlechter, jetzt %2</translation>
    </message>
    <message>
        <source>%1: resolved</source>
        <translation>%1: behoben</translation>
    </message>
    <message>
        <source>Reminder: %1 still %2</source>
        <translation>Erinnerung: %1 weiterhin %2</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) open</source>
        <translation>
            <numerusform>%n offenes Problem</numerusform>
            <numerusform>%n offene Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>Outage Radar test notification</source>
        <translation>Test-Benachrichtigung von Outage Radar</translation>
    </message>
    <message>
        <source>%1
All services are back to normal.</source>
        <translation>%1
Alle Dienste laufen wieder normal.</translation>
    </message>
    <message>
        <source>%1
No longer an outage; now %2.</source>
        <translation>%1
Kein Ausfall mehr; jetzt %2.</translation>
    </message>
    <message>
        <source>%1 (worst: %2)</source>
        <translation>%1 (schlimmster: %2)</translation>
    </message>
    <message>
        <source>If you can read this, notifications work.</source>
        <translation>Wenn Sie dies lesen können, funktionieren Benachrichtigungen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>status, then services</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Sent: a watched service reached %1</source>
        <translation>Gesendet: Ein beobachteter Dienst hat %1 erreicht</translation>
    </message>
    <message>
        <source>Sent: a service reached %1</source>
        <translation>Gesendet: Ein Dienst hat %1 erreicht</translation>
    </message>
    <message>
        <source>Sent despite quiet hours: major outage of a watched service</source>
        <translation>Trotz Ruhezeit gesendet: Großausfall eines beobachteten Dienstes</translation>
    </message>
    <message>
        <source>Sent: an outage already notified got worse</source>
        <translation>Gesendet: Ein bereits gemeldeter Ausfall hat sich verschlechtert</translation>
    </message>
    <message>
        <source>Sent: the outage is over</source>
        <translation>Gesendet: Der Ausfall ist vorbei</translation>
    </message>
    <message>
        <source>Sent: reminder of a major outage still open</source>
        <translation>Gesendet: Erinnerung an einen noch offenen Großausfall</translation>
    </message>
    <message>
        <source>Sent: already open when Outage Radar first got data</source>
        <translation>Gesendet: Bereits offen, als Outage Radar die ersten Daten erhielt</translation>
    </message>
    <message>
        <source>Sent: you asked for a test notification</source>
        <translation>Gesendet: Sie haben eine Test-Benachrichtigung angefordert</translation>
    </message>
    <message>
        <source>Held back: below your notification minimum</source>
        <translation>Unterdrückt: unter Ihrem Mindeststatus für Benachrichtigungen</translation>
    </message>
    <message>
        <source>Held back: provider muted</source>
        <translation>Unterdrückt: Anbieter stummgeschaltet</translation>
    </message>
    <message>
        <source>Held back: service or region muted</source>
        <translation>Unterdrückt: Dienst oder Region stummgeschaltet</translation>
    </message>
    <message>
        <source>Held back: quiet hours until %1</source>
        <translation>Unterdrückt: Ruhezeit bis %1</translation>
    </message>
    <message>
        <source>Held back: quiet hours</source>
        <translation>Unterdrückt: Ruhezeit</translation>
    </message>
    <message>
        <source>Held back: snoozed until %1</source>
        <translation>Unterdrückt: zurückgestellt bis %1</translation>
    </message>
    <message>
        <source>Held back: snoozed until resolved</source>
        <translation>Unterdrückt: zurückgestellt bis zur Behebung</translation>
    </message>
    <message>
        <source>Held back: incident snoozed until %1</source>
        <translation>Unterdrückt: Vorfall zurückgestellt bis %1</translation>
    </message>
    <message>
        <source>Held back: incident snoozed until resolved</source>
        <translation>Unterdrückt: Vorfall zurückgestellt bis zur Behebung</translation>
    </message>
    <message>
        <source>Held back: notifications paused until %1</source>
        <translation>Unterdrückt: Benachrichtigungen pausiert bis %1</translation>
    </message>
    <message>
        <source>Held back: notifications paused</source>
        <translation>Unterdrückt: Benachrichtigungen pausiert</translation>
    </message>
    <message>
        <source>Held back: starting up or reconnecting until %1</source>
        <translation>Unterdrückt: Start oder Neuverbindung bis %1</translation>
    </message>
    <message>
        <source>Held back: starting up or reconnecting</source>
        <translation>Unterdrückt: Start oder Neuverbindung</translation>
    </message>
    <message>
        <source>Held back: part of an outage already notified</source>
        <translation>Unterdrückt: Teil eines bereits gemeldeten Ausfalls</translation>
    </message>
    <message>
        <source>Held back: flapping; waiting until it settles</source>
        <translation>Unterdrückt: Status schwankt; warten, bis er sich stabilisiert</translation>
    </message>
    <message>
        <source>Held back: better, but still a problem</source>
        <translation>Unterdrückt: besser, aber weiterhin ein Problem</translation>
    </message>
    <message>
        <source>Held back: notices of resolved outages are off</source>
        <translation>Unterdrückt: Meldungen über behobene Ausfälle sind ausgeschaltet</translation>
    </message>
    <message>
        <source>Held back: its start was never notified</source>
        <translation>Unterdrückt: sein Beginn wurde nie gemeldet</translation>
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
            <numerusform>Für &amp;%n Stunde</numerusform>
            <numerusform>Für &amp;%n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Until tomorrow &amp;morning</source>
        <translation>Bis morgen frü&amp;h</translation>
    </message>
    <message>
        <source>Until &amp;resolved</source>
        <translation>Bis &amp;behoben</translation>
    </message>
</context>
<context>
    <name>radar::SettingsDialog</name>
    <message>
        <source>Outage Radar Settings</source>
        <translation>Einstellungen von Outage Radar</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Einstellungsseiten</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>E&amp;xport Configuration…</source>
        <translation>Konfiguration e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save the sources, watch list and notification rules as a file a team can share. Secrets are never included.</source>
        <translation>Quellen, Beobachtungsliste und Benachrichtigungsregeln als Datei speichern, die ein Team teilen kann. Geheime Werte sind nie enthalten.</translation>
    </message>
    <message>
        <source>&amp;Import Configuration…</source>
        <translation>Konfiguration &amp;importieren…</translation>
    </message>
    <message>
        <source>Replace the sources, watch list and notification rules with those in a file. The file is checked first; nothing changes if any of it is wrong.</source>
        <translation>Quellen, Beobachtungsliste und Benachrichtigungsregeln durch die aus einer Datei ersetzen. Die Datei wird zuerst geprüft; ist etwas daran falsch, ändert sich nichts.</translation>
    </message>
    <message>
        <source>Export Configuration</source>
        <translation>Konfiguration exportieren</translation>
    </message>
    <message>
        <source>Outage Radar configuration (*.json)</source>
        <translation>Outage-Radar-Konfiguration (*.json)</translation>
    </message>
    <message>
        <source>Import Configuration</source>
        <translation>Konfiguration importieren</translation>
    </message>
    <message>
        <source>Changes not applied yet are replaced by the imported configuration. Import anyway?</source>
        <translation>Noch nicht übernommene Änderungen werden durch die importierte Konfiguration ersetzt. Trotzdem importieren?</translation>
    </message>
    <message>
        <source>Outage Radar configuration (*.json);;All files (*)</source>
        <translation>Outage-Radar-Konfiguration (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The up and down arrow keys show another page of settings</source>
        <translation>Die Pfeiltasten nach oben und unten zeigen eine andere Einstellungsseite</translation>
    </message>
    <message>
        <source>Applies the changes and closes the settings (Enter)</source>
        <translation>Übernimmt die Änderungen und schließt die Einstellungen (Eingabe)</translation>
    </message>
    <message>
        <source>Applies the changes and keeps the settings open</source>
        <translation>Übernimmt die Änderungen und lässt die Einstellungen geöffnet</translation>
    </message>
    <message>
        <source>Closes the settings and forgets the changes not applied (Escape)</source>
        <translation>Schließt die Einstellungen und verwirft nicht übernommene Änderungen (Escape)</translation>
    </message>
</context>
<context>
    <name>radar::SingleInstance</name>
    <message>
        <source>cannot create %1, so a second launch will start a second window</source>
        <translation>%1 kann nicht angelegt werden, daher öffnet ein zweiter Start ein zweites Fenster</translation>
    </message>
    <message>
        <source>another instance is running (pid %1) but does not answer; bring its window up from the tray, or end that process and try again</source>
        <translation>eine andere Instanz läuft (PID %1), antwortet aber nicht; holen Sie ihr Fenster über den Infobereich hervor oder beenden Sie diesen Prozess und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>cannot listen on %1 (%2), so a second launch will not bring this window to the front</source>
        <translation>auf %1 kann nicht gelauscht werden (%2), daher holt ein zweiter Start dieses Fenster nicht in den Vordergrund</translation>
    </message>
    <message>
        <source>the request of the second launch is malformed</source>
        <translation>die Anfrage des zweiten Starts ist fehlerhaft</translation>
    </message>
</context>
<context>
    <name>radar::SourceEditDialog</name>
    <message>
        <source>Edit Source</source>
        <translation>Quelle bearbeiten</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Feed address</source>
        <translation>Feed-Adresse</translation>
    </message>
    <message>
        <source>Feed kind</source>
        <translation>Feed-Typ</translation>
    </message>
    <message>
        <source>Automatic reads the feed and picks the matching reader.</source>
        <translation>„Automatisch“ liest den Feed und wählt den passenden Leser.</translation>
    </message>
    <message>
        <source>Poll interval in seconds</source>
        <translation>Abfrageintervall in Sekunden</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Services to show</source>
        <translation>Angezeigte Dienste</translation>
    </message>
    <message>
        <source>Empty shows everything</source>
        <translation>Leer zeigt alles</translation>
    </message>
    <message>
        <source>Service ids separated by commas, as the feed names them: ec2, s3</source>
        <translation>Dienst-IDs, durch Kommas getrennt, wie der Feed sie nennt: ec2, s3</translation>
    </message>
    <message>
        <source>Regions to show</source>
        <translation>Angezeigte Regionen</translation>
    </message>
    <message>
        <source>Region ids separated by commas: us-east-1, europe-north1, global</source>
        <translation>Regions-IDs, durch Kommas getrennt: us-east-1, europe-north1, global</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Interval:</source>
        <translation>&amp;Intervall:</translation>
    </message>
    <message>
        <source>&amp;Services:</source>
        <translation>&amp;Dienste:</translation>
    </message>
    <message>
        <source>&amp;Regions:</source>
        <translation>&amp;Regionen:</translation>
    </message>
    <message>
        <source>Private status page</source>
        <translation>Private Statusseite</translation>
    </message>
    <message>
        <source>Header name</source>
        <translation>Header-Name</translation>
    </message>
    <message>
        <source>Secret value</source>
        <translation>Geheimer Wert</translation>
    </message>
    <message>
        <source>&amp;Header:</source>
        <translation>&amp;Header:</translation>
    </message>
    <message>
        <source>Secret &amp;value:</source>
        <translation>Geheimer &amp;Wert:</translation>
    </message>
    <message>
        <source>The value is kept in your system&apos;s keychain, never in the settings file or an exported configuration.</source>
        <translation>Der Wert wird im Schlüsselbund Ihres Systems gespeichert, nie in der Einstellungsdatei oder in einer exportierten Konfiguration.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>A provider of the catalog keeps its address; add a source by URL to watch another feed.</source>
        <translation>Ein Anbieter aus dem Katalog behält seine Adresse; fügen Sie eine Quelle per URL hinzu, um einen anderen Feed zu beobachten.</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Give the source a name.</source>
        <translation>Geben Sie der Quelle einen Namen.</translation>
    </message>
    <message>
        <source>Enter the address of the feed.</source>
        <translation>Geben Sie die Adresse des Feeds ein.</translation>
    </message>
    <message>
        <source>The address must start with http://, https:// or file://.</source>
        <translation>Die Adresse muss mit http://, https:// oder file:// beginnen.</translation>
    </message>
    <message>
        <source>The address has no server name: write it as https://status.example.com/...</source>
        <translation>Die Adresse hat keinen Servernamen: Schreiben Sie sie als https://status.example.com/...</translation>
    </message>
    <message>
        <source>Leave the user name and password out of the address: they would be saved with the settings and exported. For a private page, give its header and secret value below.</source>
        <translation>Lassen Sie Benutzername und Passwort aus der Adresse weg: Sie würden mit den Einstellungen gespeichert und exportiert. Für eine private Seite geben Sie unten ihren Header und geheimen Wert an.</translation>
    </message>
    <message>
        <source>A header name is up to 64 letters, digits and marks such as - and _, with no spaces or colons: Authorization, X-Api-Key.</source>
        <translation>Ein Header-Name besteht aus bis zu 64 Buchstaben, Ziffern und Zeichen wie - und _, ohne Leerzeichen oder Doppelpunkte: Authorization, X-Api-Key.</translation>
    </message>
    <message>
        <source>Name the header the secret value is sent in, such as Authorization.</source>
        <translation>Nennen Sie den Header, in dem der geheime Wert gesendet wird, etwa Authorization.</translation>
    </message>
    <message>
        <source>How the grid, the notifications and the settings name this source</source>
        <translation>Der Name dieser Quelle im Raster, in den Benachrichtigungen und in den Einstellungen</translation>
    </message>
    <message>
        <source>How often the feed is asked. Most status pages update within a minute.</source>
        <translation>Wie oft der Feed abgefragt wird. Die meisten Statusseiten aktualisieren sich innerhalb einer Minute.</translation>
    </message>
    <message>
        <source>The HTTP header the secret is sent in, such as Authorization</source>
        <translation>Der HTTP-Header, in dem der geheime Wert gesendet wird, etwa Authorization</translation>
    </message>
    <message>
        <source>The token sent in the header, kept in the system&apos;s keychain</source>
        <translation>Das im Header gesendete Token, gespeichert im Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>Keeps the changes to this source; the settings apply them</source>
        <translation>Behält die Änderungen an dieser Quelle; übernommen werden sie mit den Einstellungen</translation>
    </message>
    <message>
        <source>Closes without changing the source</source>
        <translation>Schließt, ohne die Quelle zu ändern</translation>
    </message>
    <message>
        <source>The feed&apos;s address, starting with https://, http:// or file://</source>
        <translation>Die Adresse des Feeds, beginnend mit https://, http:// oder file://</translation>
    </message>
</context>
<context>
    <name>radar::SourceHealth</name>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>radar::SourceListModel</name>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Last good data</source>
        <translation>Letzte gültige Daten</translation>
    </message>
    <message>
        <source>Next check</source>
        <translation>Nächste Prüfung</translation>
    </message>
</context>
<context>
    <name>radar::SourceProbe</name>
    <message>
        <source>“%1” is not an address Outage Radar can read: use an http://, https:// or file:// address.</source>
        <translation>„%1“ ist keine Adresse, die Outage Radar lesen kann: Verwenden Sie eine http://-, https://- oder file://-Adresse.</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>%1 wird abgefragt…</translation>
    </message>
    <message>
        <source>Reading what %1 sent…</source>
        <translation>Antwort von %1 wird gelesen…</translation>
    </message>
    <message>
        <source>a web page, not a status feed</source>
        <translation>eine Webseite, kein Status-Feed</translation>
    </message>
    <message>
        <source>an empty list, which does not tell which provider it is from: pick the kind</source>
        <translation>eine leere Liste, die nicht verrät, von welchem Anbieter sie stammt: Wählen Sie den Typ</translation>
    </message>
    <message>
        <source>not a feed of the kind chosen (%1): it looks like %2 instead</source>
        <translation>kein Feed des gewählten Typs (%1): Er sieht stattdessen nach %2 aus</translation>
    </message>
    <message>
        <source>not a feed of the kind chosen (%1): %2</source>
        <translation>kein Feed des gewählten Typs (%1): %2</translation>
    </message>
    <message>
        <source>No %1 feed found at %2. Tried:
%3
Check the address, or choose Automatic so that Outage Radar detects the kind of feed.</source>
        <translation>Kein Feed vom Typ %1 unter %2 gefunden. Versucht:
%3
Prüfen Sie die Adresse, oder wählen Sie „Automatisch“, damit Outage Radar den Feed-Typ erkennt.</translation>
    </message>
    <message>
        <source>No status feed found at %1. Tried:
%2
Paste the feed&apos;s own address (such as https://status.example.com/api/v2/summary.json, or an RSS or Atom feed), or pick its kind.</source>
        <translation>Kein Status-Feed unter %1 gefunden. Versucht:
%2
Fügen Sie die Adresse des Feeds selbst ein (etwa https://status.example.com/api/v2/summary.json oder einen RSS- oder Atom-Feed), oder wählen Sie seinen Typ.</translation>
    </message>
</context>
<context>
    <name>radar::SourceSettingsModel</name>
    <message>
        <source>Automatic (%1)</source>
        <translation>Automatisch (%1)</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Noch nicht geprüft</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
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
        <translation>Quellen suchen</translation>
    </message>
    <message>
        <source>Matches the name, id, address and kind of each source (Ctrl+F).</source>
        <translation>Durchsucht Name, ID, Adresse und Typ jeder Quelle (Strg+F).</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>&amp;Add by URL…</source>
        <translation>Per URL &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Add a source by URL</source>
        <translation>Quelle per URL hinzufügen</translation>
    </message>
    <message>
        <source>Paste the address of a status page: its kind is detected and you pick what to show.</source>
        <translation>Fügen Sie die Adresse einer Statusseite ein: Ihr Typ wird erkannt, und Sie wählen aus, was angezeigt wird.</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the source</source>
        <translation>Quelle bearbeiten</translation>
    </message>
    <message>
        <source>Name, address, interval, what to show and credentials (Enter).</source>
        <translation>Name, Adresse, Intervall, Anzeige und Zugangsdaten (Eingabe).</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the source</source>
        <translation>Quelle entfernen</translation>
    </message>
    <message>
        <source>Remove Source</source>
        <translation>Quelle entfernen</translation>
    </message>
    <message>
        <source>Remove %1 from the sources?</source>
        <translation>%1 aus den Quellen entfernen?</translation>
    </message>
    <message>
        <source>Outage Radar stops watching %1. To watch it again, add it by its URL.</source>
        <translation>Outage Radar beobachtet %1 nicht mehr. Um sie wieder zu beobachten, fügen Sie sie über ihre URL hinzu.</translation>
    </message>
    <message>
        <source>S&amp;witch off</source>
        <translation>&amp;Ausschalten</translation>
    </message>
    <message>
        <source>Stops watching this provider and forgets your changes to it (Delete).</source>
        <translation>Beendet die Beobachtung dieses Anbieters und verwirft Ihre Änderungen daran (Entf).</translation>
    </message>
    <message>
        <source>Removes this source (Delete).</source>
        <translation>Entfernt diese Quelle (Entf).</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n source(s) on</source>
        <translation>
            <numerusform>%1 von %n Quelle aktiv</numerusform>
            <numerusform>%1 von %n Quellen aktiv</numerusform>
        </translation>
    </message>
    <message>
        <source>Every configured source. Space switches the current one on or off, Enter edits it, Delete removes it.</source>
        <translation>Alle konfigurierten Quellen. Die Leertaste schaltet die aktuelle ein oder aus, Eingabe bearbeitet sie, Entf entfernt sie.</translation>
    </message>
</context>
<context>
    <name>radar::Status</name>
    <message>
        <source>Operational</source>
        <translation>Betriebsbereit</translation>
    </message>
    <message>
        <source>Informational</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Wartung</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Beeinträchtigt</translation>
    </message>
    <message>
        <source>Partial outage</source>
        <translation>Teilausfall</translation>
    </message>
    <message>
        <source>Major outage</source>
        <translation>Großausfall</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>operational</source>
        <comment>inside a sentence</comment>
        <translation>betriebsbereit</translation>
    </message>
    <message>
        <source>informational</source>
        <comment>inside a sentence</comment>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>maintenance</source>
        <comment>inside a sentence</comment>
        <translation>Wartung</translation>
    </message>
    <message>
        <source>degraded</source>
        <comment>inside a sentence</comment>
        <translation>beeinträchtigt</translation>
    </message>
    <message>
        <source>partial outage</source>
        <comment>inside a sentence</comment>
        <translation>Teilausfall</translation>
    </message>
    <message>
        <source>major outage</source>
        <comment>inside a sentence</comment>
        <translation>Großausfall</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>inside a sentence</comment>
        <translation>unbekannt</translation>
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
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;Open dashboard</source>
        <translation>&amp;Dashboard öffnen</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>&amp;Jetzt aktualisieren</translation>
    </message>
    <message>
        <source>P&amp;ause notifications</source>
        <translation>Benachrichtigungen p&amp;ausieren</translation>
    </message>
    <message>
        <source>&amp;Resume notifications</source>
        <translation>Benachrichtigungen &amp;fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit Outage Radar</source>
        <translation>Outage Radar &amp;beenden</translation>
    </message>
    <message>
        <source>Outage Radar: offline</source>
        <translation>Outage Radar: offline</translation>
    </message>
    <message>
        <source>Outage Radar: data not up to date</source>
        <translation>Outage Radar: Daten nicht aktuell</translation>
    </message>
    <message>
        <source>Outage Radar: %1</source>
        <translation>Outage Radar: %1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more problem(s)</source>
        <translation>
            <numerusform>und %n weiteres Problem</numerusform>
            <numerusform>und %n weitere Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the first data</source>
        <translation>Warten auf die ersten Daten</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) of %1 not up to date</source>
        <translation>
            <numerusform>%n von %1 Quellen nicht aktuell</numerusform>
            <numerusform>%n von %1 Quellen nicht aktuell</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated just now, %n source(s) of %1 not up to date</source>
        <translation>
            <numerusform>Gerade aktualisiert, %n von %1 Quellen nicht aktuell</numerusform>
            <numerusform>Gerade aktualisiert, %n von %1 Quellen nicht aktuell</numerusform>
        </translation>
    </message>
    <message>
        <source>Updated just now</source>
        <translation>Gerade aktualisiert</translation>
    </message>
    <message numerus="yes">
        <source>Updated %1 ago, %n source(s) of %2 not up to date</source>
        <translation>
            <numerusform>Vor %1 aktualisiert, %n von %2 Quellen nicht aktuell</numerusform>
            <numerusform>Vor %1 aktualisiert, %n von %2 Quellen nicht aktuell</numerusform>
        </translation>
    </message>
    <message>
        <source>Updated %1 ago</source>
        <translation>Vor %1 aktualisiert</translation>
    </message>
    <message>
        <source>Notifications paused until %1</source>
        <translation>Benachrichtigungen pausiert bis %1</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Problems (%n)</source>
        <translation>
            <numerusform>&amp;Probleme (%n)</numerusform>
            <numerusform>&amp;Probleme (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation>&amp;Probleme</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Keine Probleme</translation>
    </message>
    <message numerus="yes">
        <source>and %n more…</source>
        <translation>
            <numerusform>und %n weiteres…</numerusform>
            <numerusform>und %n weitere…</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused until %1</source>
        <translation>Pausiert bis %1</translation>
    </message>
</context>
<context>
    <name>radar::WelcomeDialog</name>
    <message>
        <source>Space checks or unchecks the current entry</source>
        <translation>Leertaste kreuzt den aktuellen Eintrag an oder ab</translation>
    </message>
    <message>
        <source>Welcome to Outage Radar</source>
        <translation>Willkommen bei Outage Radar</translation>
    </message>
    <message>
        <source>Outage Radar watches the status pages of the cloud and online services you depend on and tells you at a glance what is down, where, and since when. Pick yours below; you can change them at any time in Settings.</source>
        <translation>Outage Radar beobachtet die Statusseiten der Cloud- und Online-Dienste, auf die Sie angewiesen sind, und zeigt auf einen Blick, was ausgefallen ist, wo und seit wann. Wählen Sie unten Ihre aus; Sie können sie jederzeit in den Einstellungen ändern.</translation>
    </message>
    <message>
        <source>Start &amp;monitoring</source>
        <translation>Überwachung &amp;starten</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>Ü&amp;berspringen</translation>
    </message>
    <message>
        <source>Monitor the usual services for now; Settings changes them later.</source>
        <translation>Vorerst die üblichen Dienste überwachen; in den Einstellungen lässt sich das später ändern.</translation>
    </message>
    <message>
        <source>Search services</source>
        <translation>Dienste suchen</translation>
    </message>
    <message>
        <source>Services to monitor</source>
        <translation>Zu überwachende Dienste</translation>
    </message>
    <message>
        <source>&amp;Services you depend on:</source>
        <translation>&amp;Dienste, auf die Sie angewiesen sind:</translation>
    </message>
    <message>
        <source>Search regions</source>
        <translation>Regionen suchen</translation>
    </message>
    <message>
        <source>Search regions: Frankfurt, us-east-1, …</source>
        <translation>Regionen suchen: Frankfurt, us-east-1, …</translation>
    </message>
    <message>
        <source>Cloud regions you use</source>
        <translation>Genutzte Cloud-Regionen</translation>
    </message>
    <message>
        <source>Cloud &amp;regions you use (starred and watched):</source>
        <translation>Genutzte Cloud-&amp;Regionen (markiert und beobachtet):</translation>
    </message>
    <message>
        <source>%1: services not tied to a region</source>
        <comment>a cloud</comment>
        <translation>%1: Dienste ohne Regionsbezug</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <comment>a cloud: a region&apos;s name (its id)</comment>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Check at least one service, or skip to keep the usual ones.</source>
        <translation>Markieren Sie mindestens einen Dienst, oder überspringen Sie, um die üblichen zu behalten.</translation>
    </message>
    <message>
        <source>Watches the checked services and stars the checked regions.</source>
        <translation>Beobachtet die angekreuzten Dienste und markiert die angekreuzten Regionen mit einem Stern.</translation>
    </message>
</context>
</TS>
