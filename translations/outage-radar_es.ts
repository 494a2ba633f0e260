<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Connectivity</name>
    <message>
        <source>The system reports no network connection.</source>
        <translation>El sistema indica que no hay conexión de red.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n source(s) can be reached.</source>
        <translation>
            <numerusform>No se puede acceder a la única fuente.</numerusform>
            <numerusform>No se puede acceder a ninguna de las %n fuentes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>radar::AddSourceDialog</name>
    <message>
        <source>Add a source</source>
        <translation>Añadir una fuente</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Add the source</source>
        <translation>Añadir la fuente</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>https://status.example.com</source>
        <translation>https://status.example.com</translation>
    </message>
    <message>
        <source>Address of the status page or feed</source>
        <translation>Dirección de la página de estado o del feed</translation>
    </message>
    <message>
        <source>A status page&apos;s address (Outage Radar finds its feed) or the feed&apos;s own address: https://…/api/v2/summary.json, an RSS or Atom feed, or a file:// path.</source>
        <translation>La dirección de una página de estado (Outage Radar encuentra su feed) o la del propio feed: https://…/api/v2/summary.json, un feed RSS o Atom, o una ruta file://.</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Look up the address</source>
        <translation>Buscar la dirección</translation>
    </message>
    <message>
        <source>Kind of feed</source>
        <translation>Tipo de feed</translation>
    </message>
    <message>
        <source>&amp;Private page: send a secret header</source>
        <translation>Página &amp;privada: enviar una cabecera secreta</translation>
    </message>
    <message>
        <source>Private page</source>
        <translation>Página privada</translation>
    </message>
    <message>
        <source>For a status page that needs a token. The value is kept in your system&apos;s keychain, never in the settings or an exported configuration.</source>
        <translation>Para una página de estado que necesita un token. El valor se guarda en el llavero del sistema, nunca en la configuración ni en una configuración exportada.</translation>
    </message>
    <message>
        <source>Header name</source>
        <translation>Nombre de la cabecera</translation>
    </message>
    <message>
        <source>Secret value</source>
        <translation>Valor secreto</translation>
    </message>
    <message>
        <source>Bearer …</source>
        <translation>Bearer …</translation>
    </message>
    <message>
        <source>&amp;Header:</source>
        <translation>&amp;Cabecera:</translation>
    </message>
    <message>
        <source>Secret &amp;value:</source>
        <translation>&amp;Valor secreto:</translation>
    </message>
    <message>
        <source>Looking up</source>
        <translation>Buscando</translation>
    </message>
    <message>
        <source>Lookup status</source>
        <translation>Estado de la búsqueda</translation>
    </message>
    <message>
        <source>Status page or feed &amp;URL:</source>
        <translation>&amp;URL de la página de estado o del feed:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Lo que se encontró</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Proveedor:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Feed:</source>
        <translation>Feed:</translation>
    </message>
    <message>
        <source>Open now:</source>
        <translation>Abiertos ahora:</translation>
    </message>
    <message>
        <source>This feed names no components: everything it reports is shown.</source>
        <translation>Este feed no nombra componentes: se muestra todo lo que informa.</translation>
    </message>
    <message>
        <source>Co&amp;mponents to show:</source>
        <translation>Componentes que m&amp;ostrar:</translation>
    </message>
    <message>
        <source>Components to show</source>
        <translation>Componentes que mostrar</translation>
    </message>
    <message>
        <source>Unticked components are not shown. With every one ticked, components the page adds later are shown too.</source>
        <translation>Los componentes sin marcar no se muestran. Con todos marcados, también se muestran los componentes que la página añada más adelante.</translation>
    </message>
    <message>
        <source>Selec&amp;t all</source>
        <translation>&amp;Marcar todos</translation>
    </message>
    <message>
        <source>Select n&amp;one</source>
        <translation>&amp;Desmarcar todos</translation>
    </message>
    <message>
        <source>&amp;Regions to show:</source>
        <translation>&amp;Regiones que mostrar:</translation>
    </message>
    <message>
        <source>Regions to show</source>
        <translation>Regiones que mostrar</translation>
    </message>
    <message>
        <source>Unticked regions are not shown. With every one ticked, regions the feed adds later are shown too.</source>
        <translation>Las regiones sin marcar no se muestran. Con todas marcadas, también se muestran las regiones que el feed añada más adelante.</translation>
    </message>
    <message>
        <source>Select all re&amp;gions</source>
        <translation>Marcar todas las re&amp;giones</translation>
    </message>
    <message>
        <source>Select no region&amp;s</source>
        <translation>D&amp;esmarcar todas las regiones</translation>
    </message>
    <message>
        <source>Name of the source</source>
        <translation>Nombre de la fuente</translation>
    </message>
    <message>
        <source>Id of the source</source>
        <translation>Id de la fuente</translation>
    </message>
    <message>
        <source>A short, unique name for scripts and exported configurations: lower-case letters, digits and hyphens.</source>
        <translation>Un nombre corto y único para scripts y configuraciones exportadas: letras minúsculas, dígitos y guiones.</translation>
    </message>
    <message>
        <source>Poll interval in seconds</source>
        <translation>Intervalo de consulta en segundos</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How often the feed is asked. Most status pages update within a minute.</source>
        <translation>Con qué frecuencia se consulta el feed. La mayoría de las páginas de estado se actualizan en menos de un minuto.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Id:</translation>
    </message>
    <message>
        <source>Poll &amp;every:</source>
        <translation>Con&amp;sultar cada:</translation>
    </message>
    <message>
        <source>Enter the address of a status page, such as https://www.githubstatus.com, or of its feed.</source>
        <translation>Introduzca la dirección de una página de estado, como https://www.githubstatus.com, o la de su feed.</translation>
    </message>
    <message>
        <source>Leave the user name and password out of the address: they would be saved with the settings. For a private page, tick Private page and give its token there.</source>
        <translation>No incluya el nombre de usuario ni la contraseña en la dirección: se guardarían con la configuración. Para una página privada, marque Página privada e indique allí su token.</translation>
    </message>
    <message>
        <source>“%1” is not an address Outage Radar can read: enter an https:// (or http:// or file://) address.</source>
        <translation>“%1” no es una dirección que Outage Radar pueda leer: introduzca una dirección https:// (o http:// o file://).</translation>
    </message>
    <message>
        <source>A header name is up to 64 letters, digits and marks such as - and _, with no spaces or colons: Authorization, X-Api-Key.</source>
        <translation>Un nombre de cabecera tiene hasta 64 letras, dígitos y signos como - y _, sin espacios ni dos puntos: Authorization, X-Api-Key.</translation>
    </message>
    <message>
        <source>Enter the secret value on one line, or untick Private page.</source>
        <translation>Introduzca el valor secreto en una sola línea o desmarque Página privada.</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>Buscando %1…</translation>
    </message>
    <message>
        <source>(the feed gives no name)</source>
        <translation>(el feed no indica ningún nombre)</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) or maintenance(s)</source>
        <translation>
            <numerusform>%n incidente o mantenimiento</numerusform>
            <numerusform>%n incidentes o mantenimientos</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter an id: lower-case letters, digits and hyphens.</source>
        <translation>Introduzca un id: letras minúsculas, dígitos y guiones.</translation>
    </message>
    <message>
        <source>An id is lower-case letters and digits, with single hyphens between them.</source>
        <translation>Un id se compone de letras minúsculas y dígitos, con guiones simples entre ellos.</translation>
    </message>
    <message>
        <source>Another source already has the id “%1”: choose another.</source>
        <translation>Otra fuente ya tiene el id “%1”: elija otro.</translation>
    </message>
    <message>
        <source>Tick at least one component and one region to show.</source>
        <translation>Marque al menos un componente y una región que mostrar.</translation>
    </message>
    <message>
        <source>Found a feed: pick what to show, then add it.</source>
        <translation>Se encontró un feed: elija qué mostrar y luego añádalo.</translation>
    </message>
    <message>
        <source>Adds the feed that was found, showing what is ticked</source>
        <translation>Añade el feed encontrado y muestra lo que está marcado</translation>
    </message>
    <message>
        <source>Closes without adding a source</source>
        <translation>Cierra sin añadir ninguna fuente</translation>
    </message>
    <message>
        <source>Finds the feed at this address and shows what it reports (Enter)</source>
        <translation>Busca el feed en esta dirección y muestra lo que informa (Intro)</translation>
    </message>
    <message>
        <source>Automatic recognises the feed by its content; choose a kind if it does not</source>
        <translation>Automático reconoce el feed por su contenido; si no lo reconoce, elija un tipo</translation>
    </message>
    <message>
        <source>The HTTP header the secret is sent in, such as Authorization</source>
        <translation>La cabecera HTTP en la que se envía el secreto, como Authorization</translation>
    </message>
    <message>
        <source>The token sent in the header, kept in the system&apos;s keychain</source>
        <translation>El token que se envía en la cabecera, guardado en el llavero del sistema</translation>
    </message>
    <message>
        <source>How the grid, the notifications and the settings name this source</source>
        <translation>El nombre de esta fuente en la cuadrícula, las notificaciones y la configuración</translation>
    </message>
</context>
<context>
    <name>radar::AppSettings</name>
    <message>
        <source>it is larger than any settings file Outage Radar writes</source>
        <translation>es más grande que cualquier archivo de configuración que escriba Outage Radar</translation>
    </message>
    <message>
        <source>it contains binary data</source>
        <translation>contiene datos binarios</translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>no es texto UTF-8</translation>
    </message>
    <message>
        <source>it is not a settings file</source>
        <translation>no es un archivo de configuración</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged (%2) and could not be moved aside; Outage Radar uses default settings and does not save over it. Move or delete the file.</source>
        <translation>El archivo de configuración %1 está dañado (%2) y no se pudo apartar; Outage Radar usa la configuración predeterminada y no lo sobrescribe. Mueva o elimine el archivo.</translation>
    </message>
    <message>
        <source>The settings file was damaged (%1). It was moved to %2 and Outage Radar started with default settings.</source>
        <translation>El archivo de configuración estaba dañado (%1). Se movió a %2 y Outage Radar se inició con la configuración predeterminada.</translation>
    </message>
    <message>
        <source>The settings were written by a newer version of Outage Radar; settings this version does not know are kept unchanged.</source>
        <translation>La configuración la escribió una versión más reciente de Outage Radar; los ajustes que esta versión no conoce se conservan sin cambios.</translation>
    </message>
    <message>
        <source>it has no id</source>
        <translation>no tiene id</translation>
    </message>
    <message>
        <source>its URL is not valid</source>
        <translation>su URL no es válida</translation>
    </message>
    <message>
        <source>its kind is unknown</source>
        <translation>su tipo es desconocido</translation>
    </message>
    <message>
        <source>its id is used twice</source>
        <translation>su id se usa dos veces</translation>
    </message>
    <message>
        <source>source %1 in the settings is skipped: %2</source>
        <translation>se omite la fuente %1 de la configuración: %2</translation>
    </message>
</context>
<context>
    <name>radar::Autostart</name>
    <message>
        <source>cannot write the registry value %1</source>
        <translation>no se puede escribir el valor del registro %1</translation>
    </message>
    <message>
        <source>cannot remove the registry value %1</source>
        <translation>no se puede eliminar el valor del registro %1</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>cannot remove %1: %2</source>
        <translation>no se puede eliminar %1: %2</translation>
    </message>
</context>
<context>
    <name>radar::AwayDigest</name>
    <message numerus="yes">
        <source>%n incident(s) started</source>
        <translation>
            <numerusform>%n incidente empezó</numerusform>
            <numerusform>%n incidentes empezaron</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n got worse</source>
        <translation>
            <numerusform>%n empeoró</numerusform>
            <numerusform>%n empeoraron</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ended</source>
        <translation>
            <numerusform>%n terminó</numerusform>
            <numerusform>%n terminaron</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing started, got worse or ended</source>
        <translation>nada empezó, empeoró ni terminó</translation>
    </message>
    <message>
        <source>&lt;b&gt;While you were away&lt;/b&gt; (since %1, %2): %3.</source>
        <translation>&lt;b&gt;Mientras no estaba&lt;/b&gt; (desde %1, %2): %3.</translation>
    </message>
    <message>
        <source>got worse</source>
        <translation>empeoró</translation>
    </message>
    <message>
        <source>started</source>
        <translation>empezó</translation>
    </message>
    <message>
        <source>started and ended</source>
        <translation>empezó y terminó</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>terminó</translation>
    </message>
    <message numerus="yes">
        <source>and %n more in the History tab</source>
        <translation>
            <numerusform>y %n más en la pestaña Historial</numerusform>
            <numerusform>y %n más en la pestaña Historial</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>radar::ChoiceList</name>
    <message>
        <source>Ticks every entry of the list</source>
        <translation>Marca todas las entradas de la lista</translation>
    </message>
    <message>
        <source>Unticks every entry of the list</source>
        <translation>Desmarca todas las entradas de la lista</translation>
    </message>
</context>
<context>
    <name>radar::CommandLine</name>
    <message>
        <source>--source &quot;%1&quot; is not an http://, https:// or file:// URL (for a file, give file:///absolute/path)</source>
        <translation>--source &quot;%1&quot; no es una URL http://, https:// ni file:// (para un archivo, indique file:///ruta/absoluta)</translation>
    </message>
    <message>
        <source>--source &quot;%1&quot; has no host name</source>
        <translation>--source &quot;%1&quot; no tiene nombre de host</translation>
    </message>
    <message>
        <source>--source &quot;%1&quot; names no file</source>
        <translation>--source &quot;%1&quot; no nombra ningún archivo</translation>
    </message>
    <message>
        <source>Shows which cloud and SaaS services are down, where, and since when.
Exit codes of --once: 2 partial or major outage, 3 a source failed, 1 degraded, 0 all well; 64 usage error, 65 invalid input data.</source>
        <translation>Muestra qué servicios de nube y SaaS están caídos, dónde y desde cuándo.
Códigos de salida de --once: 2 interrupción parcial o grave, 3 falló una fuente, 1 degradado, 0 todo bien; 64 error de uso, 65 datos de entrada no válidos.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Muestra esta ayuda y sale.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Muestra la versión y sale.</translation>
    </message>
    <message>
        <source>Poll every source once, print the result, exit.</source>
        <translation>Consulta cada fuente una vez, imprime el resultado y sale.</translation>
    </message>
    <message>
        <source>Output of --once: table (default) or json. Of --export-history: csv or json (default: from the file name, else csv).</source>
        <translation>Salida de --once: table (predeterminado) o json. De --export-history: csv o json (predeterminado: según el nombre del archivo; si no, csv).</translation>
    </message>
    <message>
        <source>Write the incident history (incidents and cell changes) to FILE and exit. CSV also writes FILE-transitions.csv beside it.</source>
        <translation>Escribe el historial de incidentes (incidentes y cambios de celda) en FILE y sale. Con CSV también escribe FILE-transitions.csv junto a él.</translation>
    </message>
    <message>
        <source>With --export-history: only what happened from DATE on (2026-11-01, or 2026-11-01T08:00:00Z).</source>
        <translation>Con --export-history: solo lo ocurrido desde DATE (2026-11-01, o 2026-11-01T08:00:00Z).</translation>
    </message>
    <message>
        <source>Write the configuration (sources, watch list, notification rules; never secrets) to FILE as JSON and exit.</source>
        <translation>Escribe la configuración (fuentes, lista de vigilancia, reglas de notificación; nunca secretos) en FILE como JSON y sale.</translation>
    </message>
    <message>
        <source>Check the configuration in FILE and, when every field is valid, make it the saved one; otherwise print every problem, change nothing and exit with 65.</source>
        <translation>Comprueba la configuración de FILE y, si todos los campos son válidos, la convierte en la guardada; si no, imprime cada problema, no cambia nada y sale con 65.</translation>
    </message>
    <message>
        <source>Start hidden in the tray.</source>
        <translation>Inicia oculto en la bandeja del sistema.</translation>
    </message>
    <message>
        <source>Keep settings and everything else the app writes in DIR.</source>
        <translation>Guarda la configuración y todo lo demás que escribe la aplicación en DIR.</translation>
    </message>
    <message>
        <source>Poll URL (http, https or file) instead of the configured sources; repeatable. Nothing about it is saved.</source>
        <translation>Consulta URL (http, https o file) en lugar de las fuentes configuradas; se puede repetir. No se guarda nada de ella.</translation>
    </message>
    <message>
        <source>Feed kind of the --source URLs: %1 (default: detect from the content).</source>
        <translation>Tipo de feed de las URL de --source: %1 (predeterminado: detectarlo por el contenido).</translation>
    </message>
    <message>
        <source>Poll interval of the --source URLs in seconds (at least 15).</source>
        <translation>Intervalo de consulta de las URL de --source en segundos (al menos 15).</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argumento inesperado &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--once, --export-history, --export-config and --import-config cannot be combined</source>
        <translation>--once, --export-history, --export-config y --import-config no se pueden combinar</translation>
    </message>
    <message>
        <source>--data-dir needs a directory</source>
        <translation>--data-dir necesita un directorio</translation>
    </message>
    <message>
        <source>--export-config needs a file name</source>
        <translation>--export-config necesita un nombre de archivo</translation>
    </message>
    <message>
        <source>--import-config needs a file name</source>
        <translation>--import-config necesita un nombre de archivo</translation>
    </message>
    <message>
        <source>only --data-dir applies to --export-config and --import-config</source>
        <translation>solo --data-dir se aplica a --export-config y --import-config</translation>
    </message>
    <message>
        <source>--export-history needs a file name</source>
        <translation>--export-history necesita un nombre de archivo</translation>
    </message>
    <message>
        <source>--source, --kind, --interval and --minimized do not apply to --export-history</source>
        <translation>--source, --kind, --interval y --minimized no se aplican a --export-history</translation>
    </message>
    <message>
        <source>--format of --export-history must be csv or json, not &quot;%1&quot;</source>
        <translation>--format de --export-history debe ser csv o json, no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--since must be a date like 2026-11-01 or an instant like 2026-11-01T08:00:00Z, not &quot;%1&quot;</source>
        <translation>--since debe ser una fecha como 2026-11-01 o un instante como 2026-11-01T08:00:00Z, no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--since applies to --export-history only</source>
        <translation>--since solo se aplica a --export-history</translation>
    </message>
    <message>
        <source>--format must be table or json, not &quot;%1&quot;</source>
        <translation>--format debe ser table o json, no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--format applies to --once and --export-history only</source>
        <translation>--format solo se aplica a --once y --export-history</translation>
    </message>
    <message>
        <source>--kind must be one of %1, not &quot;%2&quot;</source>
        <translation>--kind debe ser uno de %1, no &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--interval must be a number of seconds from %1 to %2, not &quot;%3&quot;</source>
        <translation>--interval debe ser un número de segundos de %1 a %2, no &quot;%3&quot;</translation>
    </message>
    <message>
        <source>--kind and --interval apply to --source URLs; give at least one --source</source>
        <translation>--kind y --interval se aplican a las URL de --source; indique al menos una --source</translation>
    </message>
    <message>
        <source>Try &apos;outage-radar --help&apos;.</source>
        <translation>Pruebe &apos;outage-radar --help&apos;.</translation>
    </message>
    <message>
        <source>--demo-speed and --demo-start apply to --demo only</source>
        <translation>--demo-speed y --demo-start solo se aplican a --demo</translation>
    </message>
    <message>
        <source>--demo plays its own sources: it cannot be combined with --source, --kind or --interval</source>
        <translation>--demo reproduce sus propias fuentes: no se puede combinar con --source, --kind ni --interval</translation>
    </message>
    <message>
        <source>--demo-speed must be a number from 0.1 to 100, not &quot;%1&quot;</source>
        <translation>--demo-speed debe ser un número de 0.1 a 100, no «%1»</translation>
    </message>
    <message>
        <source>--demo-start must be a number of seconds from 0 on, not &quot;%1&quot;</source>
        <translation>--demo-start debe ser un número de segundos desde 0, no «%1»</translation>
    </message>
    <message>
        <source>Play a scripted outage story (about three minutes, then it loops) from a server on this machine, with a data directory of its own. Needs no network.</source>
        <translation>Reproduce una historia de incidencias con guion (unos tres minutos, luego vuelve a empezar) desde un servidor en este equipo, con su propio directorio de datos. No necesita red.</translation>
    </message>
    <message>
        <source>With --demo: play the story N times as fast (0.1 to 100).</source>
        <translation>Con --demo: reproducir la historia N veces más rápido (0.1 a 100).</translation>
    </message>
    <message>
        <source>With --demo: begin the story at this second.</source>
        <translation>Con --demo: empezar la historia en este segundo.</translation>
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
        <translation>un booleano</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>una cadena</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>se esperaba %1, se encontró %2</translation>
    </message>
    <message>
        <source>secrets do not belong in a shared configuration: remove it, and enter the value in Settings, Sources, on each machine</source>
        <translation>los secretos no deben estar en una configuración compartida: elimine este campo e introduzca el valor en Configuración, Fuentes, en cada equipo</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>campo desconocido</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <source>%1 is out of range (%2 to %3)</source>
        <translation>%1 está fuera del rango (%2 a %3)</translation>
    </message>
    <message>
        <source>an array of strings</source>
        <translation>un array de cadenas</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an entry such as service:aws/ec2, region:aws/us-east-1 or cell:aws/ec2/us-east-1</source>
        <translation>&quot;%1&quot; no es una entrada como service:aws/ec2, region:aws/us-east-1 o cell:aws/ec2/us-east-1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>&quot;%1&quot; aparece dos veces</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an id: use up to 64 lower-case letters and digits, with single hyphens between them</source>
        <translation>&quot;%1&quot; no es un id: use hasta 64 letras minúsculas y dígitos, con guiones simples entre ellos</translation>
    </message>
    <message>
        <source>&quot;%1&quot; carries a user name or password: secrets do not belong in a shared configuration; remove them from the address, and enter the private page&apos;s secret in Settings, Sources, on each machine</source>
        <translation>&quot;%1&quot; contiene un nombre de usuario o una contraseña: los secretos no deben estar en una configuración compartida; quítelos de la dirección e introduzca el secreto de la página privada en Configuración, Fuentes, en cada equipo</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http, https or file URL</source>
        <translation>&quot;%1&quot; no es una URL http, https ni file</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;; expected one of: %2</source>
        <translation>tipo desconocido &quot;%1&quot;; se esperaba uno de: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an HTTP header name</source>
        <translation>&quot;%1&quot; no es un nombre de cabecera HTTP</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status; expected degraded, partial_outage, major_outage or maintenance</source>
        <translation>&quot;%1&quot; no es un estado; se esperaba degraded, partial_outage, major_outage o maintenance</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time such as 22:00</source>
        <translation>&quot;%1&quot; no es una hora como 22:00</translation>
    </message>
    <message>
        <source>an array of days</source>
        <translation>un array de días</translation>
    </message>
    <message>
        <source>expected a day from 1 (Monday) to 7 (Sunday)</source>
        <translation>se esperaba un día de 1 (lunes) a 7 (domingo)</translation>
    </message>
    <message>
        <source>the file is %1 KiB, larger than any configuration (at most %2 KiB)</source>
        <translation>el archivo ocupa %1 KiB, más que cualquier configuración (como máximo %2 KiB)</translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>no es JSON: %1 en el byte %2</translation>
    </message>
    <message>
        <source>expected a JSON object with &quot;format&quot;: &quot;%1&quot;</source>
        <translation>se esperaba un objeto JSON con &quot;format&quot;: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an Outage Radar configuration (expected &quot;%2&quot;)</source>
        <translation>&quot;%1&quot; no es una configuración de Outage Radar (se esperaba &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>schema %1 is newer than this version of Outage Radar reads (%2): update the app</source>
        <translation>el esquema %1 es más reciente del que lee esta versión de Outage Radar (%2): actualice la aplicación</translation>
    </message>
    <message>
        <source>an array of sources</source>
        <translation>un array de fuentes</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already the id of sources[%2]</source>
        <translation>&quot;%1&quot; ya es el id de sources[%2]</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s)</source>
        <translation>
            <numerusform>… y %n problema más</numerusform>
            <numerusform>… y %n problemas más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>radar::ConfigRunner</name>
    <message>
        <source>Outage Radar is running with this data directory: import from its Settings dialog (Import Configuration…), or quit it and try again; nothing was changed</source>
        <translation>Outage Radar se está ejecutando con este directorio de datos: importe desde su diálogo de Configuración (Importar configuración…), o ciérrelo e inténtelo de nuevo; no se cambió nada</translation>
    </message>
    <message>
        <source>%1: nothing was imported</source>
        <translation>%1: no se importó nada</translation>
    </message>
</context>
<context>
    <name>radar::ConfigTransfer</name>
    <message>
        <source>cannot write the configuration to standard output</source>
        <translation>no se puede escribir la configuración en la salida estándar</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n source(s) to %1</source>
        <translation>
            <numerusform>Se escribió %n fuente en %1</numerusform>
            <numerusform>Se escribieron %n fuentes en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n source(s).</source>
        <translation>
            <numerusform>Se importó %n fuente.</numerusform>
            <numerusform>Se importaron %n fuentes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The watch list now has %n entry(s).</source>
        <translation>
            <numerusform>La lista de vigilancia tiene ahora %n entrada.</numerusform>
            <numerusform>La lista de vigilancia tiene ahora %n entradas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The notification rules were replaced.</source>
        <translation>Se reemplazaron las reglas de notificación.</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) wait for a secret (%1): enter it in Settings, Sources.</source>
        <translation>
            <numerusform>%n fuente espera un secreto (%1): introdúzcalo en Configuración, Fuentes.</numerusform>
            <numerusform>%n fuentes esperan un secreto (%1): introdúzcalos en Configuración, Fuentes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>radar::DataDirectory</name>
    <message>
        <source>cannot create or write the data directory %1</source>
        <translation>no se puede crear ni escribir en el directorio de datos %1</translation>
    </message>
</context>
<context>
    <name>radar::DataSettingsPage</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <comment>history retention</comment>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Incident history</source>
        <translation>Historial de incidentes</translation>
    </message>
    <message>
        <source>Keep the history for this many days</source>
        <translation>Conservar el historial durante este número de días</translation>
    </message>
    <message>
        <source>From 1 day to 10 years (3650 days).</source>
        <translation>De 1 día a 10 años (3650 días).</translation>
    </message>
    <message>
        <source>&amp;Keep history for:</source>
        <translation>&amp;Conservar el historial:</translation>
    </message>
    <message>
        <source>&amp;Export history…</source>
        <translation>&amp;Exportar historial…</translation>
    </message>
    <message>
        <source>Save every incident, its updates and the status changes as a CSV file (for spreadsheets) or a JSON file (for scripts).</source>
        <translation>Guarda cada incidente, sus actualizaciones y los cambios de estado en un archivo CSV (para hojas de cálculo) o JSON (para scripts).</translation>
    </message>
    <message>
        <source>&amp;Clear history…</source>
        <translation>&amp;Borrar historial…</translation>
    </message>
    <message>
        <source>Delete the whole history. Asks first; cannot be undone.</source>
        <translation>Elimina todo el historial. Pide confirmación; no se puede deshacer.</translation>
    </message>
    <message>
        <source>Incidents, their updates and the status changes of every service are kept this long, for the history chart and exports; older ones are deleted. Your sources and settings are not part of the history.</source>
        <translation>Los incidentes, sus actualizaciones y los cambios de estado de cada servicio se conservan durante este tiempo para el gráfico del historial y las exportaciones; los más antiguos se eliminan. Las fuentes y la configuración no forman parte del historial.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Export History</source>
        <translation>Exportar historial</translation>
    </message>
    <message>
        <source>Clear History</source>
        <translation>Borrar historial</translation>
    </message>
    <message>
        <source>Delete every incident, update and status change Outage Radar has recorded? This cannot be undone.

Your sources and settings are kept, and recording starts afresh.</source>
        <translation>¿Eliminar todos los incidentes, actualizaciones y cambios de estado que Outage Radar ha registrado? No se puede deshacer.

Las fuentes y la configuración se conservan, y el registro vuelve a empezar desde cero.</translation>
    </message>
</context>
<context>
    <name>radar::DesktopApp</name>
    <message>
        <source>Outage Radar is still running</source>
        <translation>Outage Radar sigue en ejecución</translation>
    </message>
    <message>
        <source>It keeps watching from the tray. Use the tray menu to open it again or to quit.</source>
        <translation>Sigue vigilando desde la bandeja del sistema. Use el menú de la bandeja para volver a abrirlo o para salir.</translation>
    </message>
    <message>
        <source>No system tray was found, so Outage Radar runs as a normal window: closing it quits, and notifications show only in the Notifications tab.</source>
        <translation>No se encontró ninguna bandeja del sistema, así que Outage Radar se ejecuta como una ventana normal: al cerrarla, se sale, y las notificaciones solo se muestran en la pestaña Notificaciones.</translation>
    </message>
    <message>
        <source>The history cannot be kept: %1. This session keeps it in memory only.</source>
        <translation>No se puede conservar el historial: %1. En esta sesión solo se mantiene en memoria.</translation>
    </message>
    <message>
        <source>That incident is no longer in the history.</source>
        <translation>Ese incidente ya no está en el historial.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Export Configuration</source>
        <translation>Exportar configuración</translation>
    </message>
    <message>
        <source>Secrets are not in the file.</source>
        <translation>Los secretos no están en el archivo.</translation>
    </message>
    <message>
        <source>Import Configuration</source>
        <translation>Importar configuración</translation>
    </message>
    <message numerus="yes">
        <source>%1 was not imported: %n problem(s) found. Nothing was changed.</source>
        <translation>
            <numerusform>No se importó %1: se encontró %n problema. No se cambió nada.</numerusform>
            <numerusform>No se importó %1: se encontraron %n problemas. No se cambió nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Notifications paused until %1</source>
        <translation>Notificaciones en pausa hasta %1</translation>
    </message>
    <message>
        <source>Notifications resumed</source>
        <translation>Notificaciones reanudadas</translation>
    </message>
    <message numerus="yes">
        <source>Notifications about %n cell(s) snoozed until %1</source>
        <translation>
            <numerusform>Notificaciones de %n celda pospuestas hasta %1</numerusform>
            <numerusform>Notificaciones de %n celdas pospuestas hasta %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Notifications about %n cell(s) snoozed until resolved</source>
        <translation>
            <numerusform>Notificaciones de %n celda pospuestas hasta que se resuelva</numerusform>
            <numerusform>Notificaciones de %n celdas pospuestas hasta que se resuelvan</numerusform>
        </translation>
    </message>
    <message>
        <source>Notifications about this incident snoozed until %1</source>
        <translation>Notificaciones de este incidente pospuestas hasta %1</translation>
    </message>
    <message>
        <source>Notifications about this incident snoozed until it is resolved</source>
        <translation>Notificaciones de este incidente pospuestas hasta que se resuelva</translation>
    </message>
    <message>
        <source>Registered in %1</source>
        <translation>Registrado en %1</translation>
    </message>
    <message>
        <source>When on, registered in %1</source>
        <translation>Si se activa, se registra en %1</translation>
    </message>
    <message>
        <source>needs its secret (%1 header): enter it in Settings, Sources</source>
        <translation>necesita su secreto (cabecera %1): introdúzcalo en Configuración, Fuentes</translation>
    </message>
    <message>
        <source>Exporting the history to %1…</source>
        <translation>Exportando el historial a %1…</translation>
    </message>
    <message>
        <source>Clearing the history…</source>
        <translation>Borrando el historial…</translation>
    </message>
    <message>
        <source>Could not change the start at login: %1</source>
        <translation>No se pudo cambiar el inicio al iniciar sesión: %1</translation>
    </message>
    <message>
        <source>The proxy password could not be saved in the keychain (%1); it is used until Outage Radar quits.</source>
        <translation>No se pudo guardar la contraseña del proxy en el llavero (%1); se usará hasta que Outage Radar se cierre.</translation>
    </message>
    <message>
        <source>The proxy password could not be removed from the keychain (%1).</source>
        <translation>No se pudo eliminar la contraseña del proxy del llavero (%1).</translation>
    </message>
    <message>
        <source>The proxy password could not be read from the keychain (%1).</source>
        <translation>No se pudo leer la contraseña del proxy del llavero (%1).</translation>
    </message>
    <message numerus="yes">
        <source>The secret(s) of %1 could not be saved in the keychain (%2); it is used until Outage Radar quits.</source>
        <translation>
            <numerusform>No se pudo guardar el secreto de %1 en el llavero (%2); se usará hasta que Outage Radar se cierre.</numerusform>
            <numerusform>No se pudieron guardar los secretos de %1 en el llavero (%2); se usarán hasta que Outage Radar se cierre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The secret(s) of %1 could not be removed from the keychain (%2).</source>
        <translation>
            <numerusform>No se pudo eliminar el secreto de %1 del llavero (%2).</numerusform>
            <numerusform>No se pudieron eliminar los secretos de %1 del llavero (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The secret(s) of %1 could not be read from the keychain (%2).</source>
        <translation>
            <numerusform>No se pudo leer el secreto de %1 del llavero (%2).</numerusform>
            <numerusform>No se pudieron leer los secretos de %1 del llavero (%2).</numerusform>
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
        <translation>menos de un minuto</translation>
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
        <translation>Automático</translation>
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
        <translation>Historial RSS o Atom</translation>
    </message>
</context>
<context>
    <name>radar::GeneralSettingsPage</name>
    <message>
        <source>&amp;Start Outage Radar when I log in</source>
        <translation>Iniciar Outage Radar al i&amp;niciar sesión</translation>
    </message>
    <message>
        <source>Registers Outage Radar with your desktop session, so that it starts out of sight, in the tray, whenever you log in.</source>
        <translation>Registra Outage Radar en la sesión de escritorio para que se inicie discretamente, en la bandeja del sistema, cada vez que inicie sesión.</translation>
    </message>
    <message>
        <source>Start &amp;minimized</source>
        <translation>Iniciar &amp;minimizado</translation>
    </message>
    <message>
        <source>Opens no window at start: Outage Radar keeps watching from the tray (or minimized, where there is no tray).</source>
        <translation>No abre ninguna ventana al iniciar: Outage Radar sigue vigilando desde la bandeja del sistema (o minimizado, donde no hay bandeja).</translation>
    </message>
    <message>
        <source>Closing the window &amp;keeps Outage Radar running in the tray</source>
        <translation>Al &amp;cerrar la ventana, Outage Radar sigue ejecutándose en la bandeja</translation>
    </message>
    <message>
        <source>When on, closing the window hides it and notifications keep coming; quit from the tray menu or with Ctrl+Q. When off, closing quits.</source>
        <translation>Si se activa, al cerrar la ventana se oculta y siguen llegando notificaciones; para salir, use el menú de la bandeja o Ctrl+Q. Si se desactiva, cerrar la ventana cierra la aplicación.</translation>
    </message>
    <message>
        <source>Minimi&amp;zing the window hides it in the tray</source>
        <translation>Al minimi&amp;zar la ventana, se oculta en la bandeja</translation>
    </message>
    <message>
        <source>When on, a minimized window leaves the task bar; the tray icon brings it back.</source>
        <translation>Si se activa, una ventana minimizada desaparece de la barra de tareas; el icono de la bandeja la vuelve a mostrar.</translation>
    </message>
    <message>
        <source>No system tray was found on this desktop, so the window cannot be hidden there: closing it quits, and minimizing keeps it in the task bar.</source>
        <translation>No se encontró ninguna bandeja del sistema en este escritorio, así que la ventana no se puede ocultar allí: al cerrarla se sale, y al minimizarla permanece en la barra de tareas.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language of Outage Radar&apos;s windows, menus and notifications.</source>
        <translation>El idioma de las ventanas, los menús y las notificaciones de Outage Radar.</translation>
    </message>
    <message>
        <source>Takes effect when Outage Radar starts again.</source>
        <translation>Se aplica cuando Outage Radar se vuelva a iniciar.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Idi&amp;oma:</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>System follows your desktop&apos;s colours; Light, Dark and High contrast use Outage Radar&apos;s own, whatever the desktop. High contrast is white and yellow on black.</source>
        <translation>Sistema sigue los colores del escritorio; Claro, Oscuro y Alto contraste usan los colores propios de Outage Radar, sea cual sea el escritorio. Alto contraste es blanco y amarillo sobre negro.</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
</context>
<context>
    <name>radar::GridFilterBar</name>
    <message>
        <source>Search services, regions, providers, incidents (Ctrl+F)</source>
        <translation>Buscar servicios, regiones, proveedores, incidentes (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the grid</source>
        <translation>Buscar en la cuadrícula</translation>
    </message>
    <message>
        <source>Shows the rows whose service, provider or incidents match, or the regions whose name matches; Escape clears it</source>
        <translation>Muestra las filas cuyo servicio, proveedor o incidentes coinciden, o las regiones cuyo nombre coincide; Escape la borra</translation>
    </message>
    <message>
        <source>&amp;Problems only</source>
        <translation>Solo &amp;problemas</translation>
    </message>
    <message>
        <source>Show only cells that are degraded or worse, or not up to date (Alt+P)</source>
        <translation>Mostrar solo las celdas degradadas o peor, o no actualizadas (Alt+P)</translation>
    </message>
    <message>
        <source>Wa&amp;tched only</source>
        <translation>Solo vi&amp;gilados</translation>
    </message>
    <message>
        <source>Show only what you starred: services, regions or cells (Ctrl+D stars a cell)</source>
        <translation>Mostrar solo lo marcado con estrella: servicios, regiones o celdas (Ctrl+D marca una celda)</translation>
    </message>
    <message>
        <source>P&amp;roviders</source>
        <translation>P&amp;roveedores</translation>
    </message>
    <message>
        <source>Choose which providers the grid shows</source>
        <translation>Elegir qué proveedores muestra la cuadrícula</translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation>Col&amp;umnas:</translation>
    </message>
    <message>
        <source>Provider regions</source>
        <translation>Regiones del proveedor</translation>
    </message>
    <message>
        <source>Geography</source>
        <translation>Geografía</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>One column per provider region, or one per place (AWS us-east-1, Google Cloud us-east4 and Azure East US are all in Virginia)</source>
        <translation>Una columna por región del proveedor o una por lugar (AWS us-east-1, Google Cloud us-east4 y Azure East US están todas en Virginia)</translation>
    </message>
    <message numerus="yes">
        <source>P&amp;roviders (%n hidden)</source>
        <translation>
            <numerusform>P&amp;roveedores (%n oculto)</numerusform>
            <numerusform>P&amp;roveedores (%n ocultos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Mostrar todos</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n row(s)</source>
        <translation>
            <numerusform>%1 de %n fila</numerusform>
            <numerusform>%1 de %n filas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>radar::GridFilterModel</name>
    <message>
        <source>%1 (collapsed: click or press + to show its services)</source>
        <translation>%1 (contraído: haga clic o pulse + para mostrar sus servicios)</translation>
    </message>
    <message>
        <source>%1 (click or press − to hide its services)</source>
        <translation>%1 (haga clic o pulse − para ocultar sus servicios)</translation>
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
        <translation>Desconocido (desactualizado)</translation>
    </message>
    <message>
        <source>Unknown (unreachable)</source>
        <translation>Desconocido (inaccesible)</translation>
    </message>
    <message>
        <source>Unknown (failing)</source>
        <translation>Desconocido (con errores)</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 desde %2</translation>
    </message>
    <message>
        <source>Status unknown: %1</source>
        <translation>Estado desconocido: %1</translation>
    </message>
    <message>
        <source>Last known: %1 (data from %2)</source>
        <translation>Último estado conocido: %1 (datos de %2)</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more incident(s)</source>
        <translation>
            <numerusform>y %n incidente más</numerusform>
            <numerusform>y %n incidentes más</numerusform>
        </translation>
    </message>
    <message>
        <source>Data from %1, %2 old</source>
        <translation>Datos de %1, con una antigüedad de %2</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>provider, then service</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2: not offered there</source>
        <translation>%1 en %2: no disponible allí</translation>
    </message>
    <message>
        <source>%1 %2: %3, last known %4</source>
        <translation>%1 en %2: %3, último estado conocido: %4</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 en %2: %3</translation>
    </message>
    <message>
        <source>%1 %2: %3 since %4</source>
        <translation>%1 en %2: %3 desde %4</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n open incident(s)</source>
        <translation>
            <numerusform>%1, %n incidente abierto</numerusform>
            <numerusform>%1, %n incidentes abiertos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, watched</source>
        <translation>%1, vigilado</translation>
    </message>
</context>
<context>
    <name>radar::HealthGridView</name>
    <message>
        <source>Health grid</source>
        <translation>Cuadrícula de estado</translation>
    </message>
    <message>
        <source>Services grouped by provider, by region; each cell tells the service&apos;s status there. Enter opens the cell&apos;s incident, + and − fold a provider, Ctrl+D watches the cell.</source>
        <translation>Servicios agrupados por proveedor, por región; cada celda indica el estado del servicio allí. Intro abre el incidente de la celda, + y − contraen o expanden un proveedor, Ctrl+D vigila la celda.</translation>
    </message>
    <message>
        <source>Nothing is reported here.</source>
        <translation>Aquí no se informa de nada.</translation>
    </message>
    <message>
        <source>%1: no open incident.</source>
        <translation>%1: ningún incidente abierto.</translation>
    </message>
    <message>
        <source>This cell is watched through its service or its region: change that in the cell&apos;s menu (Menu key).</source>
        <translation>Esta celda se vigila a través de su servicio o de su región: cámbielo en el menú de la celda (tecla Menú).</translation>
    </message>
    <message>
        <source>No data yet: the sources are being asked.</source>
        <translation>Aún no hay datos: se está consultando a las fuentes.</translation>
    </message>
    <message>
        <source>Nothing is watched yet. Turn off &quot;Watched only&quot;, pick a cell and press Ctrl+D, or use the cell&apos;s context menu to watch a service or a region.</source>
        <translation>Todavía no se vigila nada. Desactive «Solo vigilados», elija una celda y pulse Ctrl+D, o use el menú contextual de la celda para vigilar un servicio o una región.</translation>
    </message>
    <message>
        <source>No problems: every service shown is operational and up to date.</source>
        <translation>Sin problemas: todos los servicios mostrados están operativos y actualizados.</translation>
    </message>
    <message>
        <source>Nothing matches the filters. Clear the search (Escape) or turn off the filters above.</source>
        <translation>Nada coincide con los filtros. Borre la búsqueda (Escape) o desactive los filtros de arriba.</translation>
    </message>
    <message>
        <source>&amp;Open incident</source>
        <translation>&amp;Abrir incidente</translation>
    </message>
    <message>
        <source>Watch %1 in %2</source>
        <translation>Vigilar %1 en %2</translation>
    </message>
    <message>
        <source>Watch %1 everywhere</source>
        <translation>Vigilar %1 en todas partes</translation>
    </message>
    <message>
        <source>Watch all of %1 in %2</source>
        <translation>Vigilar todo %1 en %2</translation>
    </message>
    <message>
        <source>Show %1&apos;s services</source>
        <translation>Mostrar los servicios de %1</translation>
    </message>
    <message>
        <source>Fold %1&apos;s services</source>
        <translation>Contraer los servicios de %1</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>&amp;Notificaciones</translation>
    </message>
    <message>
        <source>&amp;Snooze this cell</source>
        <translation>&amp;Posponer esta celda</translation>
    </message>
    <message>
        <source>Mute %1 everywhere</source>
        <translation>Silenciar %1 en todas partes</translation>
    </message>
    <message>
        <source>Mute all of %1 in %2</source>
        <translation>Silenciar todo %1 en %2</translation>
    </message>
    <message>
        <source>Mute all of %1</source>
        <translation>Silenciar todo %1</translation>
    </message>
</context>
<context>
    <name>radar::HistoryChartView</name>
    <message>
        <source>No incidents match the filter in the last 24 hours</source>
        <translation>Ningún incidente coincide con el filtro en las últimas 24 horas</translation>
    </message>
    <message>
        <source>No incidents recorded in the last 24 hours</source>
        <translation>No se registraron incidentes en las últimas 24 horas</translation>
    </message>
    <message>
        <source>No incidents match the filter in the last 7 days</source>
        <translation>Ningún incidente coincide con el filtro en los últimos 7 días</translation>
    </message>
    <message>
        <source>No incidents recorded in the last 7 days</source>
        <translation>No se registraron incidentes en los últimos 7 días</translation>
    </message>
    <message>
        <source>No incidents match the filter in the last 30 days</source>
        <translation>Ningún incidente coincide con el filtro en los últimos 30 días</translation>
    </message>
    <message>
        <source>No incidents recorded in the last 30 days</source>
        <translation>No se registraron incidentes en los últimos 30 días</translation>
    </message>
    <message>
        <source>No incidents match the filter in the last 90 days</source>
        <translation>Ningún incidente coincide con el filtro en los últimos 90 días</translation>
    </message>
    <message>
        <source>No incidents recorded in the last 90 days</source>
        <translation>No se registraron incidentes en los últimos 90 días</translation>
    </message>
    <message>
        <source>No incidents match the filter in the last year</source>
        <translation>Ningún incidente coincide con el filtro en el último año</translation>
    </message>
    <message>
        <source>No incidents recorded in the last year</source>
        <translation>No se registraron incidentes en el último año</translation>
    </message>
    <message>
        <source>Incidents per hour in the last 24 hours, stacked by severity. Left and Right choose an hour, Enter lists its incidents.</source>
        <translation>Incidentes por hora en las últimas 24 horas, apilados por gravedad. Izquierda y Derecha eligen una hora, Intro lista sus incidentes.</translation>
    </message>
    <message>
        <source>Incidents per day in the last 7 days, stacked by severity. Left and Right choose a day, Enter lists its incidents.</source>
        <translation>Incidentes por día en los últimos 7 días, apilados por gravedad. Izquierda y Derecha eligen un día, Intro lista sus incidentes.</translation>
    </message>
    <message>
        <source>Incidents per day in the last 30 days, stacked by severity. Left and Right choose a day, Enter lists its incidents.</source>
        <translation>Incidentes por día en los últimos 30 días, apilados por gravedad. Izquierda y Derecha eligen un día, Intro lista sus incidentes.</translation>
    </message>
    <message>
        <source>Incidents per day in the last 90 days, stacked by severity. Left and Right choose a day, Enter lists its incidents.</source>
        <translation>Incidentes por día en los últimos 90 días, apilados por gravedad. Izquierda y Derecha eligen un día, Intro lista sus incidentes.</translation>
    </message>
    <message>
        <source>Incidents per week in the last year, stacked by severity. Left and Right choose a week, Enter lists its incidents.</source>
        <translation>Incidentes por semana en el último año, apilados por gravedad. Izquierda y Derecha eligen una semana, Intro lista sus incidentes.</translation>
    </message>
    <message>
        <source>Incident history chart</source>
        <translation>Gráfico del historial de incidentes</translation>
    </message>
    <message>
        <source>%1 Chosen: %2</source>
        <comment>the chart&apos;s description, then the chosen bar&apos;s</comment>
        <translation>%1 Barra elegida: %2</translation>
    </message>
    <message>
        <source>Loading history…</source>
        <translation>Cargando el historial…</translation>
    </message>
</context>
<context>
    <name>radar::HistoryDatabase</name>
    <message>
        <source>cannot save the history to %1: %2</source>
        <translation>no se puede guardar el historial en %1: %2</translation>
    </message>
    <message>
        <source>cannot read the history from %1: %2</source>
        <translation>no se puede leer el historial de %1: %2</translation>
    </message>
    <message>
        <source>cannot remove old history from %1: %2</source>
        <translation>no se puede eliminar el historial antiguo de %1: %2</translation>
    </message>
    <message>
        <source>cannot clear the history in %1: %2</source>
        <translation>no se puede borrar el historial de %1: %2</translation>
    </message>
    <message>
        <source>cannot check the history %1: %2</source>
        <translation>no se puede comprobar el historial %1: %2</translation>
    </message>
    <message>
        <source>no history file is open</source>
        <translation>no hay ningún archivo de historial abierto</translation>
    </message>
    <message>
        <source>the history %1 is not open</source>
        <translation>el historial %1 no está abierto</translation>
    </message>
    <message>
        <source>cannot open the history %1: %2 is not a folder</source>
        <translation>no se puede abrir el historial %1: %2 no es una carpeta</translation>
    </message>
    <message>
        <source>cannot open the history %1: the folder %2 does not exist</source>
        <translation>no se puede abrir el historial %1: la carpeta %2 no existe</translation>
    </message>
    <message>
        <source>the history %1 is damaged (%2) and cannot be moved aside: %3</source>
        <translation>el historial %1 está dañado (%2) y no se puede apartar: %3</translation>
    </message>
    <message>
        <source>%1 was written by a newer Outage Radar (history version %2; this one reads up to %3) and is left as it is; the history stays in memory this session</source>
        <translation>%1 lo escribió una versión más reciente de Outage Radar (versión de historial %2; esta lee hasta la %3) y se deja como está; en esta sesión el historial se mantiene en memoria</translation>
    </message>
    <message>
        <source>cannot open the history %1: %2</source>
        <translation>no se puede abrir el historial %1: %2</translation>
    </message>
    <message>
        <source>%1 is from an older Outage Radar (history version %2); start the app once to bring it up to date</source>
        <translation>%1 es de una versión anterior de Outage Radar (versión de historial %2); inicie la aplicación una vez para actualizarlo</translation>
    </message>
    <message>
        <source>%1 was written by a newer Outage Radar (history version %2; this one reads up to %3)</source>
        <translation>%1 lo escribió una versión más reciente de Outage Radar (versión de historial %2; esta lee hasta la %3)</translation>
    </message>
    <message>
        <source>the history %1 is damaged (%2); the app moves it aside and starts a new one when it next starts</source>
        <translation>el historial %1 está dañado (%2); la aplicación lo apartará y empezará uno nuevo la próxima vez que se inicie</translation>
    </message>
    <message>
        <source>cannot read the history %1: %2</source>
        <translation>no se puede leer el historial %1: %2</translation>
    </message>
    <message>
        <source>the history %1 is damaged: %2</source>
        <translation>el historial %1 está dañado: %2</translation>
    </message>
    <message>
        <source>the file is damaged (%1)</source>
        <translation>el archivo está dañado (%1)</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>the disk is full, or the file may not grow any further (%1)</source>
        <translation>el disco está lleno o el archivo no puede crecer más (%1)</translation>
    </message>
    <message>
        <source>another program keeps the file locked</source>
        <translation>otro programa mantiene bloqueado el archivo</translation>
    </message>
    <message>
        <source>the file or its folder is read-only</source>
        <translation>el archivo o su carpeta son de solo lectura</translation>
    </message>
    <message>
        <source>the file cannot be opened or created (%1)</source>
        <translation>no se puede abrir ni crear el archivo (%1)</translation>
    </message>
</context>
<context>
    <name>radar::HistoryExport</name>
    <message>
        <source>there is no history in %1 yet (the app records it while it runs); the export is empty</source>
        <translation>todavía no hay historial en %1 (la aplicación lo registra mientras se ejecuta); la exportación está vacía</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n incident(s) and their cell changes to %1.</source>
        <translation>
            <numerusform>Se exportó %n incidente y sus cambios de celda a %1.</numerusform>
            <numerusform>Se exportaron %n incidentes y sus cambios de celda a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>radar::HistoryFiguresPanel</name>
    <message>
        <source>In the last 24 hours</source>
        <translation>En las últimas 24 horas</translation>
    </message>
    <message>
        <source>In the last 7 days</source>
        <translation>En los últimos 7 días</translation>
    </message>
    <message>
        <source>In the last 30 days</source>
        <translation>En los últimos 30 días</translation>
    </message>
    <message>
        <source>In the last 90 days</source>
        <translation>En los últimos 90 días</translation>
    </message>
    <message>
        <source>In the last year</source>
        <translation>En el último año</translation>
    </message>
    <message>
        <source>All incidents</source>
        <translation>Todos los incidentes</translation>
    </message>
    <message>
        <source>How long at least one incident was open in this period, including incidents that began before it; overlaps count once</source>
        <translation>Cuánto tiempo hubo al menos un incidente abierto en este periodo, incluidos los que empezaron antes; los solapamientos cuentan una sola vez</translation>
    </message>
    <message>
        <source>Time with an incident open</source>
        <translation>Tiempo con un incidente abierto</translation>
    </message>
    <message>
        <source>Mean time to resolve</source>
        <translation>Tiempo medio de resolución</translation>
    </message>
    <message>
        <source>Longest incident</source>
        <translation>Incidente más largo</translation>
    </message>
    <message>
        <source>Most affected services</source>
        <translation>Servicios más afectados</translation>
    </message>
    <message>
        <source>Most affected regions</source>
        <translation>Regiones más afectadas</translation>
    </message>
    <message>
        <source>Loading history…</source>
        <translation>Cargando el historial…</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>No incident has ended</source>
        <translation>Ningún incidente ha terminado</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n resolved)</source>
        <translation>
            <numerusform>%1 (%n resuelto)</numerusform>
            <numerusform>%1 (%n resueltos)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
%2, %3 so far</source>
        <comment>title, then provider and duration</comment>
        <translation>%1
%2, %3 hasta ahora</translation>
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
        <translation>Ningún incidente vinculado a una región</translation>
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
        <translation>24 horas</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 días</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 días</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 días</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 año</translation>
    </message>
    <message>
        <source>In&amp;cidents per hour, by severity</source>
        <translation>In&amp;cidentes por hora, por gravedad</translation>
    </message>
    <message>
        <source>In&amp;cidents per day, by severity</source>
        <translation>In&amp;cidentes por día, por gravedad</translation>
    </message>
    <message>
        <source>In&amp;cidents per week, by severity</source>
        <translation>In&amp;cidentes por semana, por gravedad</translation>
    </message>
    <message>
        <source>How far back the chart and the figures go</source>
        <translation>Hasta cuándo se remontan el gráfico y las cifras</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Only incidents that affected this service</source>
        <translation>Solo los incidentes que afectaron a este servicio</translation>
    </message>
    <message>
        <source>Only incidents that affected this region</source>
        <translation>Solo los incidentes que afectaron a esta región</translation>
    </message>
    <message>
        <source>&amp;Watched only</source>
        <translation>Solo vigi&amp;lados</translation>
    </message>
    <message>
        <source>Only incidents that touched a service, region or cell you starred</source>
        <translation>Solo los incidentes que afectaron a un servicio, una región o una celda marcados con estrella</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Save the whole history as CSV or JSON</source>
        <translation>Guardar todo el historial como CSV o JSON</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Rango:</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Proveedor:</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Servicio:</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>Re&amp;gión:</translation>
    </message>
    <message>
        <source>Incidents of the chosen bar</source>
        <translation>Incidentes de la barra elegida</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>Todos los proveedores</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>service or region (provider)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Todos los servicios</translation>
    </message>
    <message>
        <source>%1 (every provider)</source>
        <comment>a service</comment>
        <translation>%1 (todos los proveedores)</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Todas las regiones</translation>
    </message>
    <message>
        <source>%1 (every provider)</source>
        <comment>a region</comment>
        <translation>%1 (todos los proveedores)</translation>
    </message>
    <message>
        <source>Point at a bar, or choose one with the arrow keys, to see its counts; click it or press Enter to list its incidents.</source>
        <translation>Señale una barra, o elija una con las teclas de flecha, para ver sus recuentos; haga clic en ella o pulse Intro para listar sus incidentes.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>two instants</comment>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>&amp;Incidents of %1: %2</source>
        <comment>a bar&apos;s period, its number of incidents</comment>
        <translation>&amp;Incidentes de %1: %2</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>%1 hasta ahora</translation>
    </message>
    <message>
        <source>&amp;Incidents: choose a bar in the chart to list them</source>
        <translation>&amp;Incidentes: elija una barra del gráfico para listarlos</translation>
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
        <translation>Exportar el historial de incidentes</translation>
    </message>
    <message>
        <source>Only incidents of this provider</source>
        <translation>Solo los incidentes de este proveedor</translation>
    </message>
    <message>
        <source>The incidents that started in the bar chosen in the chart; the current one&apos;s details are shown beside the list</source>
        <translation>Los incidentes que empezaron en la barra elegida del gráfico; los detalles del incidente actual se muestran junto a la lista</translation>
    </message>
    <message>
        <source>%1: %2, %3, started %4, lasted %5</source>
        <comment>severity: title, provider, start, duration</comment>
        <translation>%1: %2, %3, inicio: %4, duración: %5</translation>
    </message>
</context>
<context>
    <name>radar::HistoryWorker</name>
    <message>
        <source>The history cannot be opened: %1. This session keeps it in memory only.</source>
        <translation>No se puede abrir el historial: %1. En esta sesión solo se mantiene en memoria.</translation>
    </message>
    <message>
        <source>The history file was damaged and has been moved aside to %1; a new history has been started.</source>
        <translation>El archivo de historial estaba dañado y se ha apartado a %1; se ha empezado un historial nuevo.</translation>
    </message>
    <message>
        <source>The history could not be read: %1.</source>
        <translation>No se pudo leer el historial: %1.</translation>
    </message>
    <message>
        <source>%1. Outage Radar keeps the history in memory meanwhile and saves it as soon as it can; free some space or check the file.</source>
        <translation>%1. Outage Radar mantiene mientras tanto el historial en memoria y lo guarda en cuanto puede; libere espacio o compruebe el archivo.</translation>
    </message>
    <message numerus="yes">
        <source>%n of the oldest unsaved batch(es) had to be let go.</source>
        <translation>
            <numerusform>Hubo que descartar %n lote sin guardar, el más antiguo.</numerusform>
            <numerusform>Hubo que descartar %n de los lotes sin guardar más antiguos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Old history could not be removed: %1.</source>
        <translation>No se pudo eliminar el historial antiguo: %1.</translation>
    </message>
    <message>
        <source>The history could not be cleared: %1.</source>
        <translation>No se pudo borrar el historial: %1.</translation>
    </message>
    <message>
        <source>The history was cleared.</source>
        <translation>Se borró el historial.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n incident(s) to %1.</source>
        <translation>
            <numerusform>Se exportó %n incidente a %1.</numerusform>
            <numerusform>Se exportaron %n incidentes a %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>radar::IncidentDetails</name>
    <message>
        <source>State: %1 → %2</source>
        <translation>Estado: %1 → %2</translation>
    </message>
    <message>
        <source>Regions added: %1</source>
        <translation>Regiones añadidas: %1</translation>
    </message>
    <message>
        <source>Regions no longer affected: %1</source>
        <translation>Regiones ya no afectadas: %1</translation>
    </message>
    <message>
        <source>Services added: %1</source>
        <translation>Servicios añadidos: %1</translation>
    </message>
    <message>
        <source>Services no longer affected: %1</source>
        <translation>Servicios ya no afectados: %1</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>Gravedad:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Ended (no longer listed)</source>
        <translation>Terminado (ya no listado)</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Inicio:</translation>
    </message>
    <message>
        <source>Ended:</source>
        <translation>Fin:</translation>
    </message>
    <message>
        <source>Still ongoing</source>
        <translation>Aún en curso</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Duración:</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <comment>duration of an open incident</comment>
        <translation>%1 hasta ahora</translation>
    </message>
    <message>
        <source>The provider stopped listing this incident before marking it resolved, so it is shown as ended.</source>
        <translation>El proveedor dejó de listar este incidente antes de marcarlo como resuelto, así que se muestra como terminado.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a region: its name (its id)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Affected:</source>
        <translation>Afectados:</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <comment>the first services affected in a region, then how many others</comment>
        <translation>
            <numerusform>%1 y %n más</numerusform>
            <numerusform>%1 y %n más</numerusform>
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
            <numerusform>y %n región más</numerusform>
            <numerusform>y %n regiones más</numerusform>
        </translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Actualizaciones</translation>
    </message>
    <message>
        <source>The provider has posted no updates.</source>
        <translation>El proveedor no ha publicado actualizaciones.</translation>
    </message>
    <message>
        <source>Undated</source>
        <translation>Sin fecha</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>an update: time · state</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Untitled incident</source>
        <translation>Incidente sin título</translation>
    </message>
    <message>
        <source>Open the provider&apos;s page for this incident</source>
        <translation>Abrir la página del proveedor sobre este incidente</translation>
    </message>
</context>
<context>
    <name>radar::IncidentDetailsView</name>
    <message>
        <source>Incident details</source>
        <translation>Detalles del incidente</translation>
    </message>
    <message>
        <source>The selected incident&apos;s severity, times and affected services, and the provider&apos;s updates, newest first</source>
        <translation>Gravedad, horas y servicios afectados del incidente seleccionado, y las actualizaciones del proveedor, de la más reciente a la más antigua</translation>
    </message>
    <message>
        <source>Select an incident to see its details and the provider&apos;s updates.</source>
        <translation>Seleccione un incidente para ver sus detalles y las actualizaciones del proveedor.</translation>
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
        <translation>Semana del %1 al %2</translation>
    </message>
    <message>
        <source>No incidents</source>
        <translation>Sin incidentes</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n incidente</numerusform>
            <numerusform>%n incidentes</numerusform>
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
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Ended (no longer listed)</source>
        <translation>Terminado (ya no listado)</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 desde %2</translation>
    </message>
    <message>
        <source>%1, started %2, lasted %3</source>
        <translation>%1, inicio: %2, duración: %3</translation>
    </message>
    <message>
        <source>%1: %2, %3, %4, since %5</source>
        <translation>%1: %2, %3, %4, desde %5</translation>
    </message>
    <message>
        <source>%1: %2, %3, %4, started %5, lasted %6</source>
        <translation>%1: %2, %3, %4, inicio: %5, duración: %6</translation>
    </message>
</context>
<context>
    <name>radar::IncidentPanel</name>
    <message>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <source>Open incidents, worst first, then the ones that ended recently</source>
        <translation>Incidentes abiertos, primero los más graves, y después los que terminaron recientemente</translation>
    </message>
    <message>
        <source>No incidents reported</source>
        <translation>No se ha informado de incidentes</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>open incidents, ended incidents</comment>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n open incident(s)</source>
        <translation>
            <numerusform>%n incidente abierto</numerusform>
            <numerusform>%n incidentes abiertos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ended recently</source>
        <translation>
            <numerusform>%n terminado recientemente</numerusform>
            <numerusform>%n terminados recientemente</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Snooze notifications about this incident</source>
        <translation>&amp;Posponer las notificaciones de este incidente</translation>
    </message>
</context>
<context>
    <name>radar::IncidentState</name>
    <message>
        <source>Investigating</source>
        <translation>En investigación</translation>
    </message>
    <message>
        <source>Identified</source>
        <translation>Identificado</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>En observación</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Programado</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
</context>
<context>
    <name>radar::KeychainSecretStore</name>
    <message>
        <source>No keychain is available, so saved tokens and passwords cannot be used: start a Secret Service (GNOME Keyring or KWallet).</source>
        <translation>No hay ningún llavero disponible, así que no se pueden usar los tokens ni las contraseñas guardados: inicie un servicio Secret Service (GNOME Keyring o KWallet).</translation>
    </message>
    <message>
        <source>No keychain is available: start a Secret Service (GNOME Keyring or KWallet) to keep tokens; nothing was saved.</source>
        <translation>No hay ningún llavero disponible: inicie un servicio Secret Service (GNOME Keyring o KWallet) para guardar tokens; no se guardó nada.</translation>
    </message>
    <message>
        <source>No keychain is available, so the token could not be removed: start a Secret Service (GNOME Keyring or KWallet) and try again.</source>
        <translation>No hay ningún llavero disponible, así que no se pudo eliminar el token: inicie un servicio Secret Service (GNOME Keyring o KWallet) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The keychain stayed locked, so saved tokens and passwords cannot be used: unlock it when it asks.</source>
        <translation>El llavero siguió bloqueado, así que no se pueden usar los tokens ni las contraseñas guardados: desbloquéelo cuando lo pida.</translation>
    </message>
    <message>
        <source>The keychain stayed locked, so nothing was saved: unlock it when it asks, then save again.</source>
        <translation>El llavero siguió bloqueado, así que no se guardó nada: desbloquéelo cuando lo pida y vuelva a guardar.</translation>
    </message>
    <message>
        <source>The keychain stayed locked, so the token was not removed: unlock it when it asks, then try again.</source>
        <translation>El llavero siguió bloqueado, así que no se eliminó el token: desbloquéelo cuando lo pida e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The keychain could not read a saved token or password (%1): check that it is unlocked and try again.</source>
        <translation>El llavero no pudo leer un token o una contraseña guardados (%1): compruebe que esté desbloqueado e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The keychain could not save the token (%1); nothing was saved: check that it is unlocked and try again.</source>
        <translation>El llavero no pudo guardar el token (%1); no se guardó nada: compruebe que esté desbloqueado e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The keychain could not remove the token (%1): check that it is unlocked and try again.</source>
        <translation>El llavero no pudo eliminar el token (%1): compruebe que esté desbloqueado e inténtelo de nuevo.</translation>
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
        <translation>Ah&amp;ora</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>N&amp;otifications</source>
        <translation>&amp;Notificaciones</translation>
    </message>
    <message>
        <source>Try &amp;again</source>
        <translation>Reinten&amp;tar</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>While you were away</source>
        <translation>Mientras no estaba</translation>
    </message>
    <message>
        <source>D&amp;ismiss</source>
        <translation>D&amp;escartar</translation>
    </message>
    <message>
        <source>History problem</source>
        <translation>Problema del historial</translation>
    </message>
    <message>
        <source>Dis&amp;miss</source>
        <translation>De&amp;scartar</translation>
    </message>
    <message>
        <source>No system tray</source>
        <translation>Sin bandeja del sistema</translation>
    </message>
    <message>
        <source>Dismi&amp;ss</source>
        <translation>Des&amp;cartar</translation>
    </message>
    <message>
        <source>Settings problem</source>
        <translation>Problema de configuración</translation>
    </message>
    <message>
        <source>Overall status</source>
        <translation>Estado general</translation>
    </message>
    <message>
        <source>Refresh progress</source>
        <translation>Progreso de la actualización</translation>
    </message>
    <message>
        <source>That incident is no longer listed.</source>
        <translation>Ese incidente ya no aparece en la lista.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Overall: %1</source>
        <translation>Estado general: %1</translation>
    </message>
    <message>
        <source>No sources to poll</source>
        <translation>No hay fuentes que consultar</translation>
    </message>
    <message>
        <source>Offline: the last known data is not up to date</source>
        <translation>Sin conexión: los últimos datos conocidos no están actualizados</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) of %1 not up to date: see Sources</source>
        <translation>
            <numerusform>%n de %1 fuentes no está al día: vea Fuentes</numerusform>
            <numerusform>%n de %1 fuentes no están al día: vea Fuentes</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;You appear to be offline.&lt;/b&gt; %1 The last known data stays visible, marked as not up to date, and no alerts are raised while the connection is gone.</source>
        <translation>&lt;b&gt;Parece que no hay conexión.&lt;/b&gt; %1 Los últimos datos conocidos siguen visibles, marcados como no actualizados, y no se emiten alertas mientras no haya conexión.</translation>
    </message>
    <message>
        <source>Next try at %1.</source>
        <translation>Próximo intento: %1.</translation>
    </message>
    <message>
        <source>Refreshing %1 of %2</source>
        <translation>Actualizando %1 de %2</translation>
    </message>
    <message>
        <source>Outage Radar — %1</source>
        <translation>Outage Radar — %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>&amp;Actualizar ahora</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
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
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>Go to the &amp;grid</source>
        <translation>Ir a la &amp;cuadrícula</translation>
    </message>
    <message>
        <source>Go to the &amp;incidents</source>
        <translation>Ir a los &amp;incidentes</translation>
    </message>
    <message>
        <source>Go to the &amp;history</source>
        <translation>Ir al &amp;historial</translation>
    </message>
    <message>
        <source>Go to the &amp;notifications</source>
        <translation>Ir a las &amp;notificaciones</translation>
    </message>
    <message>
        <source>Columns by provider &amp;region</source>
        <translation>Columnas por &amp;región del proveedor</translation>
    </message>
    <message>
        <source>Columns by &amp;place</source>
        <translation>Columnas por &amp;lugar</translation>
    </message>
    <message>
        <source>&amp;Unfold all providers</source>
        <translation>&amp;Expandir todos los proveedores</translation>
    </message>
    <message>
        <source>&amp;Watch the current cell</source>
        <translation>&amp;Vigilar la celda actual</translation>
    </message>
    <message>
        <source>The grid of services and regions, and the incidents open now</source>
        <translation>La cuadrícula de servicios y regiones, y los incidentes abiertos ahora</translation>
    </message>
    <message>
        <source>The incidents of the past, as a chart and lists</source>
        <translation>Los incidentes pasados, en un gráfico y en listas</translation>
    </message>
    <message>
        <source>Every notification sent or held back, and why</source>
        <translation>Todas las notificaciones enviadas o retenidas, y por qué</translation>
    </message>
    <message>
        <source>Shows the tabs that do not fit</source>
        <translation>Muestra las pestañas que no caben</translation>
    </message>
    <message>
        <source>Each polled source: whether its data is up to date, what went wrong, and when it is asked next</source>
        <translation>Cada fuente consultada: si sus datos están actualizados, qué falló y cuándo se vuelve a consultar</translation>
    </message>
    <message>
        <source>Asks every source again now</source>
        <translation>Vuelve a consultar ahora todas las fuentes</translation>
    </message>
    <message>
        <source>Tab reaches each incident&apos;s link; Enter opens it in the history.</source>
        <translation>Tab lleva al enlace de cada incidente; Intro lo abre en el historial.</translation>
    </message>
    <message>
        <source>Hides this message</source>
        <translation>Oculta este mensaje</translation>
    </message>
    <message>
        <source>%1 Tab reaches each incident&apos;s link; Enter opens it in the history.</source>
        <comment>the digest in words</comment>
        <translation>%1 Tab lleva al enlace de cada incidente; Intro lo abre en el historial.</translation>
    </message>
    <message>
        <source>Ne&amp;xt tab</source>
        <translation>Pestaña &amp;siguiente</translation>
    </message>
    <message>
        <source>Pre&amp;vious tab</source>
        <translation>Pestaña an&amp;terior</translation>
    </message>
    <message>
        <source>F&amp;old all providers</source>
        <translation>C&amp;ontraer todos los proveedores</translation>
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
        <translation>Usar la configuración de proxy del &amp;sistema</translation>
    </message>
    <message>
        <source>Fetches go through the proxy your desktop or environment names, if any.</source>
        <translation>Las descargas pasan por el proxy que indique el escritorio o el entorno, si lo hay.</translation>
    </message>
    <message>
        <source>&amp;No proxy</source>
        <translation>Si&amp;n proxy</translation>
    </message>
    <message>
        <source>Fetches go straight to the status pages, whatever the system says.</source>
        <translation>Las descargas van directamente a las páginas de estado, diga lo que diga el sistema.</translation>
    </message>
    <message>
        <source>&amp;Manual proxy:</source>
        <translation>Proxy &amp;manual:</translation>
    </message>
    <message>
        <source>Fetches go through the HTTP proxy named below.</source>
        <translation>Las descargas pasan por el proxy HTTP indicado abajo.</translation>
    </message>
    <message>
        <source>Proxy host name</source>
        <translation>Nombre de host del proxy</translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Puerto del proxy</translation>
    </message>
    <message>
        <source>Proxy user name</source>
        <translation>Nombre de usuario del proxy</translation>
    </message>
    <message>
        <source>Leave empty if the proxy asks for none</source>
        <translation>Dejar vacío si el proxy no lo pide</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Contraseña del proxy</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>The password is kept in your system&apos;s keychain, never in Outage Radar&apos;s settings file or in exported configurations.</source>
        <translation>La contraseña se guarda en el llavero del sistema, nunca en el archivo de configuración de Outage Radar ni en las configuraciones exportadas.</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Límites</translation>
    </message>
    <message>
        <source>Fetch timeout in seconds</source>
        <translation>Tiempo de espera de descarga en segundos</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>A fetch that has not finished after this long fails, and is tried again at the next poll.</source>
        <translation>Una descarga que no ha terminado tras este tiempo falla, y se vuelve a intentar en la siguiente consulta.</translation>
    </message>
    <message>
        <source>Largest feed accepted, in mebibytes</source>
        <translation>Feed más grande aceptado, en mebibytes</translation>
    </message>
    <message>
        <source> MiB</source>
        <comment>mebibytes</comment>
        <translation> MiB</translation>
    </message>
    <message>
        <source>A feed larger than this (after decompression) is refused instead of read, so that a broken server cannot fill the memory.</source>
        <translation>Un feed más grande que esto (tras descomprimirlo) se rechaza en lugar de leerse, para que un servidor defectuoso no pueda llenar la memoria.</translation>
    </message>
    <message>
        <source>&amp;Give up on a fetch after:</source>
        <translation>Cancelar una descarga &amp;tras:</translation>
    </message>
    <message>
        <source>Largest feed &amp;accepted:</source>
        <translation>Feed más grande &amp;aceptado:</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s host name or pick another option.</source>
        <translation>Introduzca el nombre de host del proxy o elija otra opción.</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s host name alone, such as proxy.example.com: no spaces, no http:// and no path. Its port goes in the Port field.</source>
        <translation>Introduzca solo el nombre de host del proxy, como proxy.example.com: sin espacios, sin http:// y sin ruta. El puerto va en el campo Puerto.</translation>
    </message>
    <message>
        <source>The proxy&apos;s host name alone, without http:// or a port</source>
        <translation>Solo el nombre de host del proxy, sin http:// ni puerto</translation>
    </message>
    <message>
        <source>The port the proxy listens on, often 3128 or 8080</source>
        <translation>El puerto en el que escucha el proxy, a menudo 3128 u 8080</translation>
    </message>
    <message>
        <source>The user name the proxy asks for; leave it empty if it asks for none</source>
        <translation>El nombre de usuario que pide el proxy; déjelo vacío si no pide ninguno</translation>
    </message>
    <message>
        <source>The proxy&apos;s password, kept in the system&apos;s keychain</source>
        <translation>La contraseña del proxy, guardada en el llavero del sistema</translation>
    </message>
</context>
<context>
    <name>radar::NotificationLogModel</name>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Held back</source>
        <translation>Retenida</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Notificación</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
</context>
<context>
    <name>radar::NotificationLogView</name>
    <message>
        <source>Every notification Outage Radar sent, and each one it held back, with the rule that decided.</source>
        <translation>Cada notificación que Outage Radar envió, y cada una que retuvo, con la regla que lo decidió.</translation>
    </message>
    <message>
        <source>Show notifications</source>
        <translation>Mostrar notificaciones</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviadas</translation>
    </message>
    <message>
        <source>Held back</source>
        <translation>Retenidas</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Notification log</source>
        <translation>Registro de notificaciones</translation>
    </message>
    <message>
        <source>Notifications sent and held back, newest first. Enter opens the incidents of an entry.</source>
        <translation>Notificaciones enviadas y retenidas, de la más reciente a la más antigua. Intro abre los incidentes de una entrada.</translation>
    </message>
    <message>
        <source>No notifications yet.

When a service you watch has a problem, or another one has a serious outage, the notification is listed here. So is each one that was held back, with the reason.</source>
        <translation>Aún no hay notificaciones.

Cuando un servicio que vigila tiene un problema, u otro sufre una interrupción grave, la notificación aparece aquí. También cada una que se retuvo, con el motivo.</translation>
    </message>
    <message>
        <source>No notification was sent yet: every one so far was held back.</source>
        <translation>Aún no se ha enviado ninguna notificación: todas hasta ahora se retuvieron.</translation>
    </message>
    <message>
        <source>No notification was held back: every one so far was sent.</source>
        <translation>No se ha retenido ninguna notificación: todas hasta ahora se enviaron.</translation>
    </message>
    <message>
        <source>Lists every notification, only those sent, or only those held back</source>
        <translation>Muestra todas las notificaciones, solo las enviadas o solo las retenidas</translation>
    </message>
</context>
<context>
    <name>radar::NotificationSettingsPage</name>
    <message>
        <source>Major outages only</source>
        <translation>Solo interrupciones graves</translation>
    </message>
    <message>
        <source>%1 or worse</source>
        <comment>a status</comment>
        <translation>%1 o peor</translation>
    </message>
    <message>
        <source>Send a &amp;test notification</source>
        <translation>Enviar una notificación de pr&amp;ueba</translation>
    </message>
    <message>
        <source>Shows a notification now, the way a real one would appear, to check that your desktop lets them through.</source>
        <translation>Muestra ahora una notificación, tal como aparecería una real, para comprobar que el escritorio las deja pasar.</translation>
    </message>
    <message>
        <source>When to notify</source>
        <translation>Cuándo notificar</translation>
    </message>
    <message>
        <source>Minimum status for watched services</source>
        <translation>Estado mínimo para los servicios vigilados</translation>
    </message>
    <message>
        <source>Services, regions and cells you starred in the grid notify from this status on.</source>
        <translation>Los servicios, regiones y celdas marcados con estrella en la cuadrícula notifican a partir de este estado.</translation>
    </message>
    <message>
        <source>Minimum status for other services</source>
        <translation>Estado mínimo para los demás servicios</translation>
    </message>
    <message>
        <source>Everything you did not star notifies from this status on.</source>
        <translation>Todo lo que no marcó con estrella notifica a partir de este estado.</translation>
    </message>
    <message>
        <source>Tell me when a problem is &amp;resolved</source>
        <translation>Avisar cuando un problema se &amp;resuelva</translation>
    </message>
    <message>
        <source>One more notification when everything a notification was about is back below its minimum.</source>
        <translation>Una notificación más cuando todo aquello sobre lo que trataba una notificación vuelve a estar por debajo de su mínimo.</translation>
    </message>
    <message>
        <source>Reminder for major outages still open, in hours</source>
        <translation>Recordatorio de interrupciones graves aún abiertas, en horas</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source> h</source>
        <comment>hours</comment>
        <translation> h</translation>
    </message>
    <message>
        <source>A reminder of a major outage that is still open this many hours later. Off: no reminders.</source>
        <translation>Un recordatorio de una interrupción grave que sigue abierta este número de horas después. Desactivado: sin recordatorios.</translation>
    </message>
    <message>
        <source>&amp;Watched services from:</source>
        <translation>Servicios &amp;vigilados desde:</translation>
    </message>
    <message>
        <source>Other ser&amp;vices from:</source>
        <translation>&amp;Otros servicios desde:</translation>
    </message>
    <message>
        <source>Re&amp;mind me of major outages still open after:</source>
        <translation>Re&amp;cordar interrupciones graves aún abiertas tras:</translation>
    </message>
    <message>
        <source>Never notify about</source>
        <translation>No notificar nunca sobre</translation>
    </message>
    <message>
        <source>Muted providers</source>
        <translation>Proveedores silenciados</translation>
    </message>
    <message>
        <source>Checked providers never notify; Space checks or unchecks</source>
        <translation>Los proveedores marcados nunca notifican; Espacio marca o desmarca</translation>
    </message>
    <message>
        <source>Nothing from a checked provider is notified; it is still shown in the grid.</source>
        <translation>No se notifica nada de un proveedor marcado; se sigue mostrando en la cuadrícula.</translation>
    </message>
    <message>
        <source>Muted services and regions</source>
        <translation>Servicios y regiones silenciados</translation>
    </message>
    <message>
        <source>R&amp;emove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Notify about the selected services and regions again</source>
        <translation>Volver a notificar sobre los servicios y regiones seleccionados</translation>
    </message>
    <message>
        <source>&amp;Providers:</source>
        <translation>&amp;Proveedores:</translation>
    </message>
    <message>
        <source>Services, re&amp;gions and cells:</source>
        <translation>Servicios, re&amp;giones y celdas:</translation>
    </message>
    <message>
        <source>To mute more, right-click a cell of the grid (or press the Menu key there).</source>
        <translation>Para silenciar más, haga clic con el botón derecho en una celda de la cuadrícula (o pulse allí la tecla Menú).</translation>
    </message>
    <message>
        <source>&amp;Quiet hours</source>
        <translation>&amp;Horas de silencio</translation>
    </message>
    <message>
        <source>No notifications in this period, except a major outage of something you watch. What happened is told when the period ends.</source>
        <translation>Sin notificaciones en este periodo, salvo una interrupción grave de algo que vigila. Lo ocurrido se resume cuando termina el periodo.</translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation>Inicio de las horas de silencio</translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation>Fin de las horas de silencio</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>u&amp;ntil</source>
        <translation>has&amp;ta</translation>
    </message>
    <message>
        <source>Starting on:</source>
        <translation>Días de inicio:</translation>
    </message>
    <message>
        <source>Quiet hours starting on %1</source>
        <translation>Horas de silencio que empiezan el %1</translation>
    </message>
    <message>
        <source>A quiet period belongs to the day it starts: 22:00 on Friday until 07:00 on Saturday is Friday&apos;s.</source>
        <translation>Un periodo de silencio pertenece al día en que empieza: de las 22:00 del viernes a las 07:00 del sábado es del viernes.</translation>
    </message>
    <message>
        <source>Nothing is muted</source>
        <translation>No hay nada silenciado</translation>
    </message>
    <message>
        <source>%1 in %2: every service</source>
        <comment>provider, region</comment>
        <translation>%1 en %2: todos los servicios</translation>
    </message>
    <message>
        <source>%1 as a whole: every region</source>
        <comment>provider</comment>
        <translation>%1 en conjunto: todas las regiones</translation>
    </message>
    <message>
        <source>%1 as a whole in %2</source>
        <comment>provider, region</comment>
        <translation>%1 en conjunto en %2</translation>
    </message>
    <message>
        <source>%1 %2: every region</source>
        <comment>provider, service</comment>
        <translation>%1 %2: todas las regiones</translation>
    </message>
    <message>
        <source>%1 %2 in %3</source>
        <comment>provider, service, region</comment>
        <translation>%1 %2 en %3</translation>
    </message>
    <message>
        <source>Services, regions and cells that never notify; Delete notifies about the selected ones again</source>
        <translation>Servicios, regiones y celdas que nunca notifican; Supr vuelve a activar las notificaciones de los seleccionados</translation>
    </message>
    <message>
        <source>When the quiet period starts, on each day checked below</source>
        <translation>Cuándo empieza el periodo de silencio, cada uno de los días marcados abajo</translation>
    </message>
    <message>
        <source>When the quiet period ends; before the start, it ends the next day</source>
        <translation>Cuándo termina el periodo de silencio; si es anterior al inicio, termina al día siguiente</translation>
    </message>
    <message>
        <source>Checked: a quiet period starts on %1</source>
        <translation>Si está marcada, un periodo de silencio empieza el %1</translation>
    </message>
</context>
<context>
    <name>radar::NotificationText</name>
    <message>
        <source>%1 %2</source>
        <comment>provider, then region</comment>
        <translation>%1 en %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <comment>the first service names, then how many more</comment>
        <translation>
            <numerusform>%1 y %n más</numerusform>
            <numerusform>%1 y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>place, then status</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: better, now %2</source>
        <translation>%1: mejora, ahora %2</translation>
    </message>
    <message>
        <source>%1: worse, now %2</source>
        <translation>%1: empeora, ahora %2</translation>
    </message>
    <message>
        <source>%1: resolved</source>
        <translation>%1: resuelto</translation>
    </message>
    <message>
        <source>Reminder: %1 still %2</source>
        <translation>Recordatorio: %1 sigue con %2</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) open</source>
        <translation>
            <numerusform>%n problema abierto</numerusform>
            <numerusform>%n problemas abiertos</numerusform>
        </translation>
    </message>
    <message>
        <source>Outage Radar test notification</source>
        <translation>Notificación de prueba de Outage Radar</translation>
    </message>
    <message>
        <source>%1
All services are back to normal.</source>
        <translation>%1
Todos los servicios han vuelto a la normalidad.</translation>
    </message>
    <message>
        <source>%1
No longer an outage; now %2.</source>
        <translation>%1
Ya no es una interrupción; ahora: %2.</translation>
    </message>
    <message>
        <source>%1 (worst: %2)</source>
        <translation>%1 (peor estado: %2)</translation>
    </message>
    <message>
        <source>If you can read this, notifications work.</source>
        <translation>Si puede leer esto, las notificaciones funcionan.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>status, then services</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Sent: a watched service reached %1</source>
        <translation>Enviada: un servicio vigilado alcanzó el estado «%1»</translation>
    </message>
    <message>
        <source>Sent: a service reached %1</source>
        <translation>Enviada: un servicio alcanzó el estado «%1»</translation>
    </message>
    <message>
        <source>Sent despite quiet hours: major outage of a watched service</source>
        <translation>Enviada pese a las horas de silencio: interrupción grave de un servicio vigilado</translation>
    </message>
    <message>
        <source>Sent: an outage already notified got worse</source>
        <translation>Enviada: empeoró una interrupción ya notificada</translation>
    </message>
    <message>
        <source>Sent: the outage is over</source>
        <translation>Enviada: la interrupción ha terminado</translation>
    </message>
    <message>
        <source>Sent: reminder of a major outage still open</source>
        <translation>Enviada: recordatorio de una interrupción grave aún abierta</translation>
    </message>
    <message>
        <source>Sent: already open when Outage Radar first got data</source>
        <translation>Enviada: ya estaba abierto cuando Outage Radar obtuvo los primeros datos</translation>
    </message>
    <message>
        <source>Sent: you asked for a test notification</source>
        <translation>Enviada: pidió una notificación de prueba</translation>
    </message>
    <message>
        <source>Held back: below your notification minimum</source>
        <translation>Retenida: por debajo de su mínimo de notificación</translation>
    </message>
    <message>
        <source>Held back: provider muted</source>
        <translation>Retenida: proveedor silenciado</translation>
    </message>
    <message>
        <source>Held back: service or region muted</source>
        <translation>Retenida: servicio o región silenciados</translation>
    </message>
    <message>
        <source>Held back: quiet hours until %1</source>
        <translation>Retenida: horas de silencio hasta %1</translation>
    </message>
    <message>
        <source>Held back: quiet hours</source>
        <translation>Retenida: horas de silencio</translation>
    </message>
    <message>
        <source>Held back: snoozed until %1</source>
        <translation>Retenida: pospuesta hasta %1</translation>
    </message>
    <message>
        <source>Held back: snoozed until resolved</source>
        <translation>Retenida: pospuesta hasta que se resuelva</translation>
    </message>
    <message>
        <source>Held back: incident snoozed until %1</source>
        <translation>Retenida: incidente pospuesto hasta %1</translation>
    </message>
    <message>
        <source>Held back: incident snoozed until resolved</source>
        <translation>Retenida: incidente pospuesto hasta que se resuelva</translation>
    </message>
    <message>
        <source>Held back: notifications paused until %1</source>
        <translation>Retenida: notificaciones en pausa hasta %1</translation>
    </message>
    <message>
        <source>Held back: notifications paused</source>
        <translation>Retenida: notificaciones en pausa</translation>
    </message>
    <message>
        <source>Held back: starting up or reconnecting until %1</source>
        <translation>Retenida: iniciando o reconectando hasta %1</translation>
    </message>
    <message>
        <source>Held back: starting up or reconnecting</source>
        <translation>Retenida: iniciando o reconectando</translation>
    </message>
    <message>
        <source>Held back: part of an outage already notified</source>
        <translation>Retenida: forma parte de una interrupción ya notificada</translation>
    </message>
    <message>
        <source>Held back: flapping; waiting until it settles</source>
        <translation>Retenida: estado inestable; esperando a que se estabilice</translation>
    </message>
    <message>
        <source>Held back: better, but still a problem</source>
        <translation>Retenida: ha mejorado, pero sigue siendo un problema</translation>
    </message>
    <message>
        <source>Held back: notices of resolved outages are off</source>
        <translation>Retenida: los avisos de interrupciones resueltas están desactivados</translation>
    </message>
    <message>
        <source>Held back: its start was never notified</source>
        <translation>Retenida: nunca se notificó su inicio</translation>
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
            <numerusform>Durante &amp;%n hora</numerusform>
            <numerusform>Durante &amp;%n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>Until tomorrow &amp;morning</source>
        <translation>Hasta mañana por la &amp;mañana</translation>
    </message>
    <message>
        <source>Until &amp;resolved</source>
        <translation>Hasta que se &amp;resuelva</translation>
    </message>
</context>
<context>
    <name>radar::SettingsDialog</name>
    <message>
        <source>Outage Radar Settings</source>
        <translation>Configuración de Outage Radar</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Páginas de configuración</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>E&amp;xport Configuration…</source>
        <translation>E&amp;xportar configuración…</translation>
    </message>
    <message>
        <source>Save the sources, watch list and notification rules as a file a team can share. Secrets are never included.</source>
        <translation>Guardar las fuentes, la lista de vigilancia y las reglas de notificación en un archivo que un equipo puede compartir. Los secretos nunca se incluyen.</translation>
    </message>
    <message>
        <source>&amp;Import Configuration…</source>
        <translation>&amp;Importar configuración…</translation>
    </message>
    <message>
        <source>Replace the sources, watch list and notification rules with those in a file. The file is checked first; nothing changes if any of it is wrong.</source>
        <translation>Reemplazar las fuentes, la lista de vigilancia y las reglas de notificación por las de un archivo. Primero se comprueba el archivo; no cambia nada si alguna parte es incorrecta.</translation>
    </message>
    <message>
        <source>Export Configuration</source>
        <translation>Exportar configuración</translation>
    </message>
    <message>
        <source>Outage Radar configuration (*.json)</source>
        <translation>Configuración de Outage Radar (*.json)</translation>
    </message>
    <message>
        <source>Import Configuration</source>
        <translation>Importar configuración</translation>
    </message>
    <message>
        <source>Changes not applied yet are replaced by the imported configuration. Import anyway?</source>
        <translation>Los cambios aún no aplicados se reemplazan por la configuración importada. ¿Importar de todos modos?</translation>
    </message>
    <message>
        <source>Outage Radar configuration (*.json);;All files (*)</source>
        <translation>Configuración de Outage Radar (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The up and down arrow keys show another page of settings</source>
        <translation>Las teclas de flecha arriba y abajo muestran otra página de configuración</translation>
    </message>
    <message>
        <source>Applies the changes and closes the settings (Enter)</source>
        <translation>Aplica los cambios y cierra la configuración (Intro)</translation>
    </message>
    <message>
        <source>Applies the changes and keeps the settings open</source>
        <translation>Aplica los cambios y mantiene abierta la configuración</translation>
    </message>
    <message>
        <source>Closes the settings and forgets the changes not applied (Escape)</source>
        <translation>Cierra la configuración y descarta los cambios no aplicados (Escape)</translation>
    </message>
</context>
<context>
    <name>radar::SingleInstance</name>
    <message>
        <source>cannot create %1, so a second launch will start a second window</source>
        <translation>no se puede crear %1, así que un segundo inicio abrirá una segunda ventana</translation>
    </message>
    <message>
        <source>another instance is running (pid %1) but does not answer; bring its window up from the tray, or end that process and try again</source>
        <translation>se está ejecutando otra instancia (pid %1) pero no responde; muestre su ventana desde la bandeja del sistema, o termine ese proceso e inténtelo de nuevo</translation>
    </message>
    <message>
        <source>cannot listen on %1 (%2), so a second launch will not bring this window to the front</source>
        <translation>no se puede escuchar en %1 (%2), así que un segundo inicio no traerá esta ventana al frente</translation>
    </message>
    <message>
        <source>the request of the second launch is malformed</source>
        <translation>la solicitud del segundo inicio está mal formada</translation>
    </message>
</context>
<context>
    <name>radar::SourceEditDialog</name>
    <message>
        <source>Edit Source</source>
        <translation>Editar fuente</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Feed address</source>
        <translation>Dirección del feed</translation>
    </message>
    <message>
        <source>Feed kind</source>
        <translation>Tipo de feed</translation>
    </message>
    <message>
        <source>Automatic reads the feed and picks the matching reader.</source>
        <translation>Automático lee el feed y elige el lector adecuado.</translation>
    </message>
    <message>
        <source>Poll interval in seconds</source>
        <translation>Intervalo de consulta en segundos</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Services to show</source>
        <translation>Servicios que mostrar</translation>
    </message>
    <message>
        <source>Empty shows everything</source>
        <translation>Vacío muestra todo</translation>
    </message>
    <message>
        <source>Service ids separated by commas, as the feed names them: ec2, s3</source>
        <translation>Ids de servicio separados por comas, tal como los nombra el feed: ec2, s3</translation>
    </message>
    <message>
        <source>Regions to show</source>
        <translation>Regiones que mostrar</translation>
    </message>
    <message>
        <source>Region ids separated by commas: us-east-1, europe-north1, global</source>
        <translation>Ids de región separados por comas: us-east-1, europe-north1, global</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Interval:</source>
        <translation>&amp;Intervalo:</translation>
    </message>
    <message>
        <source>&amp;Services:</source>
        <translation>&amp;Servicios:</translation>
    </message>
    <message>
        <source>&amp;Regions:</source>
        <translation>&amp;Regiones:</translation>
    </message>
    <message>
        <source>Private status page</source>
        <translation>Página de estado privada</translation>
    </message>
    <message>
        <source>Header name</source>
        <translation>Nombre de la cabecera</translation>
    </message>
    <message>
        <source>Secret value</source>
        <translation>Valor secreto</translation>
    </message>
    <message>
        <source>&amp;Header:</source>
        <translation>&amp;Cabecera:</translation>
    </message>
    <message>
        <source>Secret &amp;value:</source>
        <translation>&amp;Valor secreto:</translation>
    </message>
    <message>
        <source>The value is kept in your system&apos;s keychain, never in the settings file or an exported configuration.</source>
        <translation>El valor se guarda en el llavero del sistema, nunca en el archivo de configuración ni en una configuración exportada.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>A provider of the catalog keeps its address; add a source by URL to watch another feed.</source>
        <translation>Un proveedor del catálogo conserva su dirección; para vigilar otro feed, añada una fuente por URL.</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>Give the source a name.</source>
        <translation>Asigne un nombre a la fuente.</translation>
    </message>
    <message>
        <source>Enter the address of the feed.</source>
        <translation>Introduzca la dirección del feed.</translation>
    </message>
    <message>
        <source>The address must start with http://, https:// or file://.</source>
        <translation>La dirección debe empezar por http://, https:// o file://.</translation>
    </message>
    <message>
        <source>The address has no server name: write it as https://status.example.com/...</source>
        <translation>La dirección no tiene nombre de servidor: escríbala como https://status.example.com/...</translation>
    </message>
    <message>
        <source>Leave the user name and password out of the address: they would be saved with the settings and exported. For a private page, give its header and secret value below.</source>
        <translation>No incluya el nombre de usuario ni la contraseña en la dirección: se guardarían con la configuración y se exportarían. Para una página privada, indique abajo su cabecera y su valor secreto.</translation>
    </message>
    <message>
        <source>A header name is up to 64 letters, digits and marks such as - and _, with no spaces or colons: Authorization, X-Api-Key.</source>
        <translation>Un nombre de cabecera tiene hasta 64 letras, dígitos y signos como - y _, sin espacios ni dos puntos: Authorization, X-Api-Key.</translation>
    </message>
    <message>
        <source>Name the header the secret value is sent in, such as Authorization.</source>
        <translation>Indique el nombre de la cabecera en la que se envía el valor secreto, como Authorization.</translation>
    </message>
    <message>
        <source>How the grid, the notifications and the settings name this source</source>
        <translation>El nombre de esta fuente en la cuadrícula, las notificaciones y la configuración</translation>
    </message>
    <message>
        <source>How often the feed is asked. Most status pages update within a minute.</source>
        <translation>Con qué frecuencia se consulta el feed. La mayoría de las páginas de estado se actualizan en menos de un minuto.</translation>
    </message>
    <message>
        <source>The HTTP header the secret is sent in, such as Authorization</source>
        <translation>La cabecera HTTP en la que se envía el secreto, como Authorization</translation>
    </message>
    <message>
        <source>The token sent in the header, kept in the system&apos;s keychain</source>
        <translation>El token que se envía en la cabecera, guardado en el llavero del sistema</translation>
    </message>
    <message>
        <source>Keeps the changes to this source; the settings apply them</source>
        <translation>Conserva los cambios de esta fuente; la configuración los aplica</translation>
    </message>
    <message>
        <source>Closes without changing the source</source>
        <translation>Cierra sin cambiar la fuente</translation>
    </message>
    <message>
        <source>The feed&apos;s address, starting with https://, http:// or file://</source>
        <translation>La dirección del feed, que empieza por https://, http:// o file://</translation>
    </message>
</context>
<context>
    <name>radar::SourceHealth</name>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Desactualizado</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>Con errores</translation>
    </message>
</context>
<context>
    <name>radar::SourceListModel</name>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Last good data</source>
        <translation>Últimos datos válidos</translation>
    </message>
    <message>
        <source>Next check</source>
        <translation>Próxima consulta</translation>
    </message>
</context>
<context>
    <name>radar::SourceProbe</name>
    <message>
        <source>“%1” is not an address Outage Radar can read: use an http://, https:// or file:// address.</source>
        <translation>“%1” no es una dirección que Outage Radar pueda leer: use una dirección http://, https:// o file://.</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>Consultando %1…</translation>
    </message>
    <message>
        <source>Reading what %1 sent…</source>
        <translation>Leyendo lo que envió %1…</translation>
    </message>
    <message>
        <source>a web page, not a status feed</source>
        <translation>una página web, no un feed de estado</translation>
    </message>
    <message>
        <source>an empty list, which does not tell which provider it is from: pick the kind</source>
        <translation>una lista vacía, que no indica de qué proveedor es: elija el tipo</translation>
    </message>
    <message>
        <source>not a feed of the kind chosen (%1): it looks like %2 instead</source>
        <translation>no es un feed del tipo elegido (%1): parece ser %2</translation>
    </message>
    <message>
        <source>not a feed of the kind chosen (%1): %2</source>
        <translation>no es un feed del tipo elegido (%1): %2</translation>
    </message>
    <message>
        <source>No %1 feed found at %2. Tried:
%3
Check the address, or choose Automatic so that Outage Radar detects the kind of feed.</source>
        <translation>No se encontró ningún feed %1 en %2. Se probó:
%3
Compruebe la dirección o elija Automático para que Outage Radar detecte el tipo de feed.</translation>
    </message>
    <message>
        <source>No status feed found at %1. Tried:
%2
Paste the feed&apos;s own address (such as https://status.example.com/api/v2/summary.json, or an RSS or Atom feed), or pick its kind.</source>
        <translation>No se encontró ningún feed de estado en %1. Se probó:
%2
Pegue la dirección del propio feed (como https://status.example.com/api/v2/summary.json, o un feed RSS o Atom) o elija su tipo.</translation>
    </message>
</context>
<context>
    <name>radar::SourceSettingsModel</name>
    <message>
        <source>Automatic (%1)</source>
        <translation>Automático (%1)</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Aún sin comprobar</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervalo</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Último error</translation>
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
        <translation>Buscar fuentes</translation>
    </message>
    <message>
        <source>Matches the name, id, address and kind of each source (Ctrl+F).</source>
        <translation>Busca en el nombre, el id, la dirección y el tipo de cada fuente (Ctrl+F).</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>&amp;Add by URL…</source>
        <translation>Añadir por &amp;URL…</translation>
    </message>
    <message>
        <source>Add a source by URL</source>
        <translation>Añadir una fuente por URL</translation>
    </message>
    <message>
        <source>Paste the address of a status page: its kind is detected and you pick what to show.</source>
        <translation>Pegue la dirección de una página de estado: se detecta su tipo y usted elige qué mostrar.</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Edit the source</source>
        <translation>Editar la fuente</translation>
    </message>
    <message>
        <source>Name, address, interval, what to show and credentials (Enter).</source>
        <translation>Nombre, dirección, intervalo, qué mostrar y credenciales (Intro).</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove the source</source>
        <translation>Quitar la fuente</translation>
    </message>
    <message>
        <source>Remove Source</source>
        <translation>Quitar fuente</translation>
    </message>
    <message>
        <source>Remove %1 from the sources?</source>
        <translation>¿Quitar %1 de las fuentes?</translation>
    </message>
    <message>
        <source>Outage Radar stops watching %1. To watch it again, add it by its URL.</source>
        <translation>Outage Radar deja de vigilar %1. Para volver a vigilarlo, añádalo por su URL.</translation>
    </message>
    <message>
        <source>S&amp;witch off</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <source>Stops watching this provider and forgets your changes to it (Delete).</source>
        <translation>Deja de vigilar este proveedor y olvida los cambios que hizo en él (Supr).</translation>
    </message>
    <message>
        <source>Removes this source (Delete).</source>
        <translation>Quita esta fuente (Supr).</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n source(s) on</source>
        <translation>
            <numerusform>%1 de %n fuente activa</numerusform>
            <numerusform>%1 de %n fuentes activas</numerusform>
        </translation>
    </message>
    <message>
        <source>Every configured source. Space switches the current one on or off, Enter edits it, Delete removes it.</source>
        <translation>Todas las fuentes configuradas. Espacio activa o desactiva la actual, Intro la edita y Supr la quita.</translation>
    </message>
</context>
<context>
    <name>radar::Status</name>
    <message>
        <source>Operational</source>
        <translation>Operativo</translation>
    </message>
    <message>
        <source>Informational</source>
        <translation>Informativo</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Mantenimiento</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Degradado</translation>
    </message>
    <message>
        <source>Partial outage</source>
        <translation>Interrupción parcial</translation>
    </message>
    <message>
        <source>Major outage</source>
        <translation>Interrupción grave</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>operational</source>
        <comment>inside a sentence</comment>
        <translation>operativo</translation>
    </message>
    <message>
        <source>informational</source>
        <comment>inside a sentence</comment>
        <translation>informativo</translation>
    </message>
    <message>
        <source>maintenance</source>
        <comment>inside a sentence</comment>
        <translation>mantenimiento</translation>
    </message>
    <message>
        <source>degraded</source>
        <comment>inside a sentence</comment>
        <translation>degradado</translation>
    </message>
    <message>
        <source>partial outage</source>
        <comment>inside a sentence</comment>
        <translation>interrupción parcial</translation>
    </message>
    <message>
        <source>major outage</source>
        <comment>inside a sentence</comment>
        <translation>interrupción grave</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>inside a sentence</comment>
        <translation>desconocido</translation>
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
        <translation>&amp;Abrir panel</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>Ac&amp;tualizar ahora</translation>
    </message>
    <message>
        <source>P&amp;ause notifications</source>
        <translation>Pa&amp;usar notificaciones</translation>
    </message>
    <message>
        <source>&amp;Resume notifications</source>
        <translation>&amp;Reanudar notificaciones</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;Quit Outage Radar</source>
        <translation>&amp;Salir de Outage Radar</translation>
    </message>
    <message>
        <source>Outage Radar: offline</source>
        <translation>Outage Radar: sin conexión</translation>
    </message>
    <message>
        <source>Outage Radar: data not up to date</source>
        <translation>Outage Radar: datos no actualizados</translation>
    </message>
    <message>
        <source>Outage Radar: %1</source>
        <translation>Outage Radar: %1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more problem(s)</source>
        <translation>
            <numerusform>y %n problema más</numerusform>
            <numerusform>y %n problemas más</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the first data</source>
        <translation>Esperando los primeros datos</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) of %1 not up to date</source>
        <translation>
            <numerusform>%n de %1 fuentes no está al día</numerusform>
            <numerusform>%n de %1 fuentes no están al día</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated just now, %n source(s) of %1 not up to date</source>
        <translation>
            <numerusform>Actualizado ahora mismo; %n de %1 fuentes no está al día</numerusform>
            <numerusform>Actualizado ahora mismo; %n de %1 fuentes no están al día</numerusform>
        </translation>
    </message>
    <message>
        <source>Updated just now</source>
        <translation>Actualizado ahora mismo</translation>
    </message>
    <message numerus="yes">
        <source>Updated %1 ago, %n source(s) of %2 not up to date</source>
        <translation>
            <numerusform>Actualizado hace %1; %n de %2 fuentes no está al día</numerusform>
            <numerusform>Actualizado hace %1; %n de %2 fuentes no están al día</numerusform>
        </translation>
    </message>
    <message>
        <source>Updated %1 ago</source>
        <translation>Actualizado hace %1</translation>
    </message>
    <message>
        <source>Notifications paused until %1</source>
        <translation>Notificaciones en pausa hasta %1</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Problems (%n)</source>
        <translation>
            <numerusform>&amp;Problemas (%n)</numerusform>
            <numerusform>&amp;Problemas (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation>&amp;Problemas</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Sin problemas</translation>
    </message>
    <message numerus="yes">
        <source>and %n more…</source>
        <translation>
            <numerusform>y %n más…</numerusform>
            <numerusform>y %n más…</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused until %1</source>
        <translation>En pausa hasta %1</translation>
    </message>
</context>
<context>
    <name>radar::WelcomeDialog</name>
    <message>
        <source>Space checks or unchecks the current entry</source>
        <translation>Espacio marca o desmarca la entrada actual</translation>
    </message>
    <message>
        <source>Welcome to Outage Radar</source>
        <translation>Bienvenido a Outage Radar</translation>
    </message>
    <message>
        <source>Outage Radar watches the status pages of the cloud and online services you depend on and tells you at a glance what is down, where, and since when. Pick yours below; you can change them at any time in Settings.</source>
        <translation>Outage Radar vigila las páginas de estado de los servicios en la nube y en línea de los que depende y le indica de un vistazo qué está caído, dónde y desde cuándo. Elija los suyos a continuación; puede cambiarlos en cualquier momento en Configuración.</translation>
    </message>
    <message>
        <source>Start &amp;monitoring</source>
        <translation>&amp;Comenzar la supervisión</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>&amp;Omitir</translation>
    </message>
    <message>
        <source>Monitor the usual services for now; Settings changes them later.</source>
        <translation>Supervisar por ahora los servicios habituales; se pueden cambiar más tarde en Configuración.</translation>
    </message>
    <message>
        <source>Search services</source>
        <translation>Buscar servicios</translation>
    </message>
    <message>
        <source>Services to monitor</source>
        <translation>Servicios que supervisar</translation>
    </message>
    <message>
        <source>&amp;Services you depend on:</source>
        <translation>&amp;Servicios de los que depende:</translation>
    </message>
    <message>
        <source>Search regions</source>
        <translation>Buscar regiones</translation>
    </message>
    <message>
        <source>Search regions: Frankfurt, us-east-1, …</source>
        <translation>Buscar regiones: Frankfurt, us-east-1, …</translation>
    </message>
    <message>
        <source>Cloud regions you use</source>
        <translation>Regiones de nube que usa</translation>
    </message>
    <message>
        <source>Cloud &amp;regions you use (starred and watched):</source>
        <translation>&amp;Regiones de nube que usa (marcadas con estrella y vigiladas):</translation>
    </message>
    <message>
        <source>%1: services not tied to a region</source>
        <comment>a cloud</comment>
        <translation>%1: servicios no vinculados a una región</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <comment>a cloud: a region&apos;s name (its id)</comment>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Check at least one service, or skip to keep the usual ones.</source>
        <translation>Marque al menos un servicio u omita este paso para conservar los habituales.</translation>
    </message>
    <message>
        <source>Watches the checked services and stars the checked regions.</source>
        <translation>Vigila los servicios marcados y añade una estrella a las regiones marcadas.</translation>
    </message>
</context>
</TS>
