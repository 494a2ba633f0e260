<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>Connectivity</name>
    <message>
        <source>The system reports no network connection.</source>
        <translation>システムがネットワーク接続なしと報告しています。</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n source(s) can be reached.</source>
        <translation>
            <numerusform>%n 個のソースのいずれにも接続できません。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>radar::AddSourceDialog</name>
    <message>
        <source>Add a source</source>
        <translation>ソースの追加</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>Add the source</source>
        <translation>ソースを追加します</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>https://status.example.com</source>
        <translation>https://status.example.com</translation>
    </message>
    <message>
        <source>Address of the status page or feed</source>
        <translation>ステータスページまたはフィードのアドレス</translation>
    </message>
    <message>
        <source>A status page&apos;s address (Outage Radar finds its feed) or the feed&apos;s own address: https://…/api/v2/summary.json, an RSS or Atom feed, or a file:// path.</source>
        <translation>ステータスページのアドレス（Outage Radar がフィードを探します）か、フィード自体のアドレス（https://…/api/v2/summary.json、RSS または Atom フィード、file:// パス）です。</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation>調べる(&amp;L)</translation>
    </message>
    <message>
        <source>Look up the address</source>
        <translation>アドレスを調べます</translation>
    </message>
    <message>
        <source>Kind of feed</source>
        <translation>フィードの種類</translation>
    </message>
    <message>
        <source>&amp;Private page: send a secret header</source>
        <translation>非公開ページ: シークレットヘッダーを送信(&amp;P)</translation>
    </message>
    <message>
        <source>Private page</source>
        <translation>非公開ページ</translation>
    </message>
    <message>
        <source>For a status page that needs a token. The value is kept in your system&apos;s keychain, never in the settings or an exported configuration.</source>
        <translation>トークンが必要なステータスページ用です。値はシステムのキーチェーンに保存され、設定やエクスポートした構成には含まれません。</translation>
    </message>
    <message>
        <source>Header name</source>
        <translation>ヘッダー名</translation>
    </message>
    <message>
        <source>Secret value</source>
        <translation>シークレットの値</translation>
    </message>
    <message>
        <source>Bearer …</source>
        <translation>Bearer …</translation>
    </message>
    <message>
        <source>&amp;Header:</source>
        <translation>ヘッダー(&amp;H):</translation>
    </message>
    <message>
        <source>Secret &amp;value:</source>
        <translation>シークレットの値(&amp;V):</translation>
    </message>
    <message>
        <source>Looking up</source>
        <translation>調べています</translation>
    </message>
    <message>
        <source>Lookup status</source>
        <translation>調査の状態</translation>
    </message>
    <message>
        <source>Status page or feed &amp;URL:</source>
        <translation>ステータスページまたはフィードの URL(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>種類(&amp;K):</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>検出結果</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>プロバイダー:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>種類:</translation>
    </message>
    <message>
        <source>Feed:</source>
        <translation>フィード:</translation>
    </message>
    <message>
        <source>Open now:</source>
        <translation>現在進行中:</translation>
    </message>
    <message>
        <source>This feed names no components: everything it reports is shown.</source>
        <translation>このフィードにはコンポーネントの一覧がありません。報告される内容はすべて表示されます。</translation>
    </message>
    <message>
        <source>Co&amp;mponents to show:</source>
        <translation>表示するコンポーネント(&amp;M):</translation>
    </message>
    <message>
        <source>Components to show</source>
        <translation>表示するコンポーネント</translation>
    </message>
    <message>
        <source>Unticked components are not shown. With every one ticked, components the page adds later are shown too.</source>
        <translation>チェックを外したコンポーネントは表示されません。すべてチェックすると、後からページに追加されたコンポーネントも表示されます。</translation>
    </message>
    <message>
        <source>Selec&amp;t all</source>
        <translation>すべて選択(&amp;T)</translation>
    </message>
    <message>
        <source>Select n&amp;one</source>
        <translation>選択を解除(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Regions to show:</source>
        <translation>表示するリージョン(&amp;R):</translation>
    </message>
    <message>
        <source>Regions to show</source>
        <translation>表示するリージョン</translation>
    </message>
    <message>
        <source>Unticked regions are not shown. With every one ticked, regions the feed adds later are shown too.</source>
        <translation>チェックを外したリージョンは表示されません。すべてチェックすると、後からフィードに追加されたリージョンも表示されます。</translation>
    </message>
    <message>
        <source>Select all re&amp;gions</source>
        <translation>すべてのリージョンを選択(&amp;G)</translation>
    </message>
    <message>
        <source>Select no region&amp;s</source>
        <translation>リージョンの選択を解除(&amp;S)</translation>
    </message>
    <message>
        <source>Name of the source</source>
        <translation>ソースの名前</translation>
    </message>
    <message>
        <source>Id of the source</source>
        <translation>ソースの ID</translation>
    </message>
    <message>
        <source>A short, unique name for scripts and exported configurations: lower-case letters, digits and hyphens.</source>
        <translation>スクリプトやエクスポートした構成で使う、短く一意な名前です。英小文字、数字、ハイフンを使えます。</translation>
    </message>
    <message>
        <source>Poll interval in seconds</source>
        <translation>ポーリング間隔（秒）</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>How often the feed is asked. Most status pages update within a minute.</source>
        <translation>フィードに問い合わせる頻度です。ほとんどのステータスページは 1 分以内に更新されます。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>ID(&amp;I):</translation>
    </message>
    <message>
        <source>Poll &amp;every:</source>
        <translation>ポーリング間隔(&amp;E):</translation>
    </message>
    <message>
        <source>Enter the address of a status page, such as https://www.githubstatus.com, or of its feed.</source>
        <translation>ステータスページ（https://www.githubstatus.com など）またはそのフィードのアドレスを入力してください。</translation>
    </message>
    <message>
        <source>Leave the user name and password out of the address: they would be saved with the settings. For a private page, tick Private page and give its token there.</source>
        <translation>アドレスにユーザー名とパスワードを含めないでください。設定と一緒に保存されてしまいます。非公開ページの場合は「非公開ページ」にチェックを入れ、そこでトークンを指定してください。</translation>
    </message>
    <message>
        <source>“%1” is not an address Outage Radar can read: enter an https:// (or http:// or file://) address.</source>
        <translation>「%1」は Outage Radar が読み込めるアドレスではありません。https://（または http://、file://）のアドレスを入力してください。</translation>
    </message>
    <message>
        <source>A header name is up to 64 letters, digits and marks such as - and _, with no spaces or colons: Authorization, X-Api-Key.</source>
        <translation>ヘッダー名は 64 文字以内の英字、数字、- や _ などの記号で、空白やコロンは使えません（例: Authorization、X-Api-Key）。</translation>
    </message>
    <message>
        <source>Enter the secret value on one line, or untick Private page.</source>
        <translation>シークレットの値を 1 行で入力するか、「非公開ページ」のチェックを外してください。</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>%1 を調べています…</translation>
    </message>
    <message>
        <source>(the feed gives no name)</source>
        <translation>（フィードに名前がありません）</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) or maintenance(s)</source>
        <translation>
            <numerusform>インシデントまたはメンテナンス %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter an id: lower-case letters, digits and hyphens.</source>
        <translation>ID を入力してください。英小文字、数字、ハイフンを使えます。</translation>
    </message>
    <message>
        <source>An id is lower-case letters and digits, with single hyphens between them.</source>
        <translation>ID は英小文字と数字で構成し、間にハイフンを 1 つずつ挟めます。</translation>
    </message>
    <message>
        <source>Another source already has the id “%1”: choose another.</source>
        <translation>ID「%1」は別のソースで使われています。別の ID を選んでください。</translation>
    </message>
    <message>
        <source>Tick at least one component and one region to show.</source>
        <translation>表示するコンポーネントとリージョンをそれぞれ 1 つ以上チェックしてください。</translation>
    </message>
    <message>
        <source>Found a feed: pick what to show, then add it.</source>
        <translation>フィードが見つかりました。表示する対象を選んでから追加してください。</translation>
    </message>
    <message>
        <source>Adds the feed that was found, showing what is ticked</source>
        <translation>見つかったフィードを追加し、チェックした項目を表示します</translation>
    </message>
    <message>
        <source>Closes without adding a source</source>
        <translation>ソースを追加せずに閉じます</translation>
    </message>
    <message>
        <source>Finds the feed at this address and shows what it reports (Enter)</source>
        <translation>このアドレスのフィードを探し、報告内容を表示します (Enter)</translation>
    </message>
    <message>
        <source>Automatic recognises the feed by its content; choose a kind if it does not</source>
        <translation>「自動」は内容からフィードを判別します。判別できない場合は種類を選んでください</translation>
    </message>
    <message>
        <source>The HTTP header the secret is sent in, such as Authorization</source>
        <translation>シークレットを送る HTTP ヘッダー（例: Authorization）</translation>
    </message>
    <message>
        <source>The token sent in the header, kept in the system&apos;s keychain</source>
        <translation>ヘッダーで送るトークン。システムのキーチェーンに保存されます</translation>
    </message>
    <message>
        <source>How the grid, the notifications and the settings name this source</source>
        <translation>グリッド、通知、設定に表示されるこのソースの名前</translation>
    </message>
</context>
<context>
    <name>radar::AppSettings</name>
    <message>
        <source>it is larger than any settings file Outage Radar writes</source>
        <translation>Outage Radar が書き込むどの設定ファイルよりも大きいサイズです</translation>
    </message>
    <message>
        <source>it contains binary data</source>
        <translation>バイナリデータが含まれています</translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>UTF-8 テキストではありません</translation>
    </message>
    <message>
        <source>it is not a settings file</source>
        <translation>設定ファイルではありません</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged (%2) and could not be moved aside; Outage Radar uses default settings and does not save over it. Move or delete the file.</source>
        <translation>設定ファイル %1 が破損しており（%2）、退避できませんでした。Outage Radar は既定の設定を使い、このファイルを上書きしません。ファイルを移動または削除してください。</translation>
    </message>
    <message>
        <source>The settings file was damaged (%1). It was moved to %2 and Outage Radar started with default settings.</source>
        <translation>設定ファイルが破損していました（%1）。ファイルは %2 に移動され、Outage Radar は既定の設定で起動しました。</translation>
    </message>
    <message>
        <source>The settings were written by a newer version of Outage Radar; settings this version does not know are kept unchanged.</source>
        <translation>設定は新しいバージョンの Outage Radar で書き込まれました。このバージョンが認識しない設定は変更せずに保持されます。</translation>
    </message>
    <message>
        <source>it has no id</source>
        <translation>ID がありません</translation>
    </message>
    <message>
        <source>its URL is not valid</source>
        <translation>URL が無効です</translation>
    </message>
    <message>
        <source>its kind is unknown</source>
        <translation>種類が不明です</translation>
    </message>
    <message>
        <source>its id is used twice</source>
        <translation>ID が重複しています</translation>
    </message>
    <message>
        <source>source %1 in the settings is skipped: %2</source>
        <translation>設定内のソース %1 をスキップしました: %2</translation>
    </message>
</context>
<context>
    <name>radar::Autostart</name>
    <message>
        <source>cannot write the registry value %1</source>
        <translation>レジストリ値 %1 を書き込めません</translation>
    </message>
    <message>
        <source>cannot remove the registry value %1</source>
        <translation>レジストリ値 %1 を削除できません</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>フォルダー %1 を作成できません</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 を書き込めません: %2</translation>
    </message>
    <message>
        <source>cannot remove %1: %2</source>
        <translation>%1 を削除できません: %2</translation>
    </message>
</context>
<context>
    <name>radar::AwayDigest</name>
    <message numerus="yes">
        <source>%n incident(s) started</source>
        <translation>
            <numerusform>インシデント開始 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n got worse</source>
        <translation>
            <numerusform>悪化 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ended</source>
        <translation>
            <numerusform>終了 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing started, got worse or ended</source>
        <translation>開始、悪化、終了したものはありません</translation>
    </message>
    <message>
        <source>&lt;b&gt;While you were away&lt;/b&gt; (since %1, %2): %3.</source>
        <translation>&lt;b&gt;不在中の出来事&lt;/b&gt;（%1 以降、%2）: %3。</translation>
    </message>
    <message>
        <source>got worse</source>
        <translation>悪化</translation>
    </message>
    <message>
        <source>started</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>started and ended</source>
        <translation>開始後に終了</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>終了</translation>
    </message>
    <message numerus="yes">
        <source>and %n more in the History tab</source>
        <translation>
            <numerusform>ほか %n 件は「履歴」タブにあります</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>radar::ChoiceList</name>
    <message>
        <source>Ticks every entry of the list</source>
        <translation>一覧のすべての項目にチェックを入れます</translation>
    </message>
    <message>
        <source>Unticks every entry of the list</source>
        <translation>一覧のすべての項目のチェックを外します</translation>
    </message>
</context>
<context>
    <name>radar::CommandLine</name>
    <message>
        <source>--source &quot;%1&quot; is not an http://, https:// or file:// URL (for a file, give file:///absolute/path)</source>
        <translation>--source &quot;%1&quot; は http://、https://、file:// のいずれの URL でもありません（ファイルの場合は file:///absolute/path の形式で指定してください）</translation>
    </message>
    <message>
        <source>--source &quot;%1&quot; has no host name</source>
        <translation>--source &quot;%1&quot; にホスト名がありません</translation>
    </message>
    <message>
        <source>--source &quot;%1&quot; names no file</source>
        <translation>--source &quot;%1&quot; にファイル名がありません</translation>
    </message>
    <message>
        <source>Shows which cloud and SaaS services are down, where, and since when.
Exit codes of --once: 2 partial or major outage, 3 a source failed, 1 degraded, 0 all well; 64 usage error, 65 invalid input data.</source>
        <translation>どのクラウドサービスや SaaS がどこで、いつから停止しているかを表示します。
--once の終了コード: 2 一部障害または大規模障害、3 ソースの取得に失敗、1 性能低下、0 すべて正常、64 使い方の誤り、65 入力データが無効。</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>このヘルプを表示して終了します。</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>バージョンを表示して終了します。</translation>
    </message>
    <message>
        <source>Poll every source once, print the result, exit.</source>
        <translation>すべてのソースを 1 回ポーリングし、結果を出力して終了します。</translation>
    </message>
    <message>
        <source>Output of --once: table (default) or json. Of --export-history: csv or json (default: from the file name, else csv).</source>
        <translation>--once の出力形式: table（既定）または json。--export-history の出力形式: csv または json（既定: ファイル名から判断し、判断できなければ csv）。</translation>
    </message>
    <message>
        <source>Write the incident history (incidents and cell changes) to FILE and exit. CSV also writes FILE-transitions.csv beside it.</source>
        <translation>インシデント履歴（インシデントとセルの変化）を FILE に書き出して終了します。CSV の場合は同じ場所に FILE-transitions.csv も書き出します。</translation>
    </message>
    <message>
        <source>With --export-history: only what happened from DATE on (2026-11-01, or 2026-11-01T08:00:00Z).</source>
        <translation>--export-history と併用: DATE 以降の出来事のみ（2026-11-01 または 2026-11-01T08:00:00Z）。</translation>
    </message>
    <message>
        <source>Write the configuration (sources, watch list, notification rules; never secrets) to FILE as JSON and exit.</source>
        <translation>構成（ソース、ウォッチリスト、通知ルール。シークレットは含みません）を JSON として FILE に書き出して終了します。</translation>
    </message>
    <message>
        <source>Check the configuration in FILE and, when every field is valid, make it the saved one; otherwise print every problem, change nothing and exit with 65.</source>
        <translation>FILE 内の構成を検査し、すべてのフィールドが有効であれば保存済みの構成にします。そうでなければ問題をすべて出力し、何も変更せずにコード 65 で終了します。</translation>
    </message>
    <message>
        <source>Start hidden in the tray.</source>
        <translation>トレイに隠れた状態で起動します。</translation>
    </message>
    <message>
        <source>Keep settings and everything else the app writes in DIR.</source>
        <translation>設定など、アプリが書き込むものをすべて DIR に保存します。</translation>
    </message>
    <message>
        <source>Poll URL (http, https or file) instead of the configured sources; repeatable. Nothing about it is saved.</source>
        <translation>設定済みのソースの代わりに URL（http、https、file）をポーリングします。複数回指定できます。この指定は保存されません。</translation>
    </message>
    <message>
        <source>Feed kind of the --source URLs: %1 (default: detect from the content).</source>
        <translation>--source URL のフィードの種類: %1（既定: 内容から検出）。</translation>
    </message>
    <message>
        <source>Poll interval of the --source URLs in seconds (at least 15).</source>
        <translation>--source URL のポーリング間隔（秒、15 以上）。</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>予期しない引数 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--once, --export-history, --export-config and --import-config cannot be combined</source>
        <translation>--once、--export-history、--export-config、--import-config は同時に指定できません</translation>
    </message>
    <message>
        <source>--data-dir needs a directory</source>
        <translation>--data-dir にはディレクトリが必要です</translation>
    </message>
    <message>
        <source>--export-config needs a file name</source>
        <translation>--export-config にはファイル名が必要です</translation>
    </message>
    <message>
        <source>--import-config needs a file name</source>
        <translation>--import-config にはファイル名が必要です</translation>
    </message>
    <message>
        <source>only --data-dir applies to --export-config and --import-config</source>
        <translation>--export-config と --import-config に使えるのは --data-dir のみです</translation>
    </message>
    <message>
        <source>--export-history needs a file name</source>
        <translation>--export-history にはファイル名が必要です</translation>
    </message>
    <message>
        <source>--source, --kind, --interval and --minimized do not apply to --export-history</source>
        <translation>--source、--kind、--interval、--minimized は --export-history には使えません</translation>
    </message>
    <message>
        <source>--format of --export-history must be csv or json, not &quot;%1&quot;</source>
        <translation>--export-history の --format は csv または json でなければなりません（&quot;%1&quot; は不可）</translation>
    </message>
    <message>
        <source>--since must be a date like 2026-11-01 or an instant like 2026-11-01T08:00:00Z, not &quot;%1&quot;</source>
        <translation>--since には 2026-11-01 のような日付か 2026-11-01T08:00:00Z のような日時を指定してください（&quot;%1&quot; は不可）</translation>
    </message>
    <message>
        <source>--since applies to --export-history only</source>
        <translation>--since は --export-history にのみ使えます</translation>
    </message>
    <message>
        <source>--format must be table or json, not &quot;%1&quot;</source>
        <translation>--format は table または json でなければなりません（&quot;%1&quot; は不可）</translation>
    </message>
    <message>
        <source>--format applies to --once and --export-history only</source>
        <translation>--format は --once と --export-history にのみ使えます</translation>
    </message>
    <message>
        <source>--kind must be one of %1, not &quot;%2&quot;</source>
        <translation>--kind は %1 のいずれかでなければなりません（&quot;%2&quot; は不可）</translation>
    </message>
    <message>
        <source>--interval must be a number of seconds from %1 to %2, not &quot;%3&quot;</source>
        <translation>--interval は %1～%2 の秒数でなければなりません（&quot;%3&quot; は不可）</translation>
    </message>
    <message>
        <source>--kind and --interval apply to --source URLs; give at least one --source</source>
        <translation>--kind と --interval は --source の URL に適用されます。--source を 1 つ以上指定してください</translation>
    </message>
    <message>
        <source>Try &apos;outage-radar --help&apos;.</source>
        <translation>&apos;outage-radar --help&apos; を実行してください。</translation>
    </message>
    <message>
        <source>--demo-speed and --demo-start apply to --demo only</source>
        <translation>--demo-speed と --demo-start は --demo と一緒にのみ使えます</translation>
    </message>
    <message>
        <source>--demo plays its own sources: it cannot be combined with --source, --kind or --interval</source>
        <translation>--demo は独自のソースを再生するため、--source、--kind、--interval とは併用できません</translation>
    </message>
    <message>
        <source>--demo-speed must be a number from 0.1 to 100, not &quot;%1&quot;</source>
        <translation>--demo-speed には 0.1 から 100 までの数値を指定してください（「%1」ではなく）</translation>
    </message>
    <message>
        <source>--demo-start must be a number of seconds from 0 on, not &quot;%1&quot;</source>
        <translation>--demo-start には 0 以上の秒数を指定してください（「%1」ではなく）</translation>
    </message>
    <message>
        <source>Play a scripted outage story (about three minutes, then it loops) from a server on this machine, with a data directory of its own. Needs no network.</source>
        <translation>台本どおりの障害ストーリー（約 3 分、その後くり返し）をこのマシン上のサーバーから再生します。データディレクトリは専用のものを使います。ネットワークは不要です。</translation>
    </message>
    <message>
        <source>With --demo: play the story N times as fast (0.1 to 100).</source>
        <translation>--demo と一緒に: ストーリーを N 倍の速さで再生します（0.1〜100）。</translation>
    </message>
    <message>
        <source>With --demo: begin the story at this second.</source>
        <translation>--demo と一緒に: ストーリーをこの秒から始めます。</translation>
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
        <translation>真偽値</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>文字列</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>配列</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>値なし</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>%1 が必要です（実際は %2）</translation>
    </message>
    <message>
        <source>secrets do not belong in a shared configuration: remove it, and enter the value in Settings, Sources, on each machine</source>
        <translation>シークレットを共有構成に含めてはいけません。この項目を削除し、各マシンの「設定」の「ソース」で値を入力してください</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>不明なフィールドです</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ありません</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true または false</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>%1 is out of range (%2 to %3)</source>
        <translation>%1 は範囲外です（%2～%3）</translation>
    </message>
    <message>
        <source>an array of strings</source>
        <translation>文字列の配列</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an entry such as service:aws/ec2, region:aws/us-east-1 or cell:aws/ec2/us-east-1</source>
        <translation>&quot;%1&quot; は service:aws/ec2、region:aws/us-east-1、cell:aws/ec2/us-east-1 のような項目ではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>&quot;%1&quot; が重複しています</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an id: use up to 64 lower-case letters and digits, with single hyphens between them</source>
        <translation>&quot;%1&quot; は ID ではありません。64 文字以内の英小文字と数字を使い、間にハイフンを 1 つずつ挟めます</translation>
    </message>
    <message>
        <source>&quot;%1&quot; carries a user name or password: secrets do not belong in a shared configuration; remove them from the address, and enter the private page&apos;s secret in Settings, Sources, on each machine</source>
        <translation>&quot;%1&quot; にユーザー名またはパスワードが含まれています。シークレットを共有構成に含めてはいけません。アドレスから削除し、非公開ページのシークレットは各マシンの「設定」の「ソース」で入力してください</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http, https or file URL</source>
        <translation>&quot;%1&quot; は http、https、file のいずれの URL でもありません</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;; expected one of: %2</source>
        <translation>不明な種類 &quot;%1&quot;。次のいずれかを指定してください: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an HTTP header name</source>
        <translation>&quot;%1&quot; は HTTP ヘッダー名ではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status; expected degraded, partial_outage, major_outage or maintenance</source>
        <translation>&quot;%1&quot; はステータスではありません。degraded、partial_outage、major_outage、maintenance のいずれかを指定してください</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time such as 22:00</source>
        <translation>&quot;%1&quot; は 22:00 のような時刻ではありません</translation>
    </message>
    <message>
        <source>an array of days</source>
        <translation>曜日の配列</translation>
    </message>
    <message>
        <source>expected a day from 1 (Monday) to 7 (Sunday)</source>
        <translation>1（月曜日）～7（日曜日）の曜日を指定してください</translation>
    </message>
    <message>
        <source>the file is %1 KiB, larger than any configuration (at most %2 KiB)</source>
        <translation>ファイルが %1 KiB あり、構成として大きすぎます（最大 %2 KiB）</translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>JSON ではありません: %1（バイト位置 %2）</translation>
    </message>
    <message>
        <source>expected a JSON object with &quot;format&quot;: &quot;%1&quot;</source>
        <translation>&quot;format&quot;: &quot;%1&quot; を含む JSON オブジェクトが必要です</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an Outage Radar configuration (expected &quot;%2&quot;)</source>
        <translation>&quot;%1&quot; は Outage Radar の構成ではありません（&quot;%2&quot; が必要です）</translation>
    </message>
    <message>
        <source>schema %1 is newer than this version of Outage Radar reads (%2): update the app</source>
        <translation>スキーマ %1 は、このバージョンの Outage Radar が読めるもの（%2）より新しいです。アプリを更新してください</translation>
    </message>
    <message>
        <source>an array of sources</source>
        <translation>ソースの配列</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already the id of sources[%2]</source>
        <translation>&quot;%1&quot; は sources[%2] の ID として既に使われています</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s)</source>
        <translation>
            <numerusform>… ほかに %n 件の問題</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>radar::ConfigRunner</name>
    <message>
        <source>Outage Radar is running with this data directory: import from its Settings dialog (Import Configuration…), or quit it and try again; nothing was changed</source>
        <translation>このデータディレクトリを使う Outage Radar が実行中です。その「設定」ダイアログからインポートする（「構成をインポート…」）か、終了してからやり直してください。何も変更されていません</translation>
    </message>
    <message>
        <source>%1: nothing was imported</source>
        <translation>%1: 何もインポートされていません</translation>
    </message>
</context>
<context>
    <name>radar::ConfigTransfer</name>
    <message>
        <source>cannot write the configuration to standard output</source>
        <translation>構成を標準出力に書き込めません</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 を書き込めません: %2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n source(s) to %1</source>
        <translation>
            <numerusform>%n 個のソースを %1 に書き出しました</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n source(s).</source>
        <translation>
            <numerusform>%n 個のソースをインポートしました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The watch list now has %n entry(s).</source>
        <translation>
            <numerusform>ウォッチリストの項目は %n 件になりました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The notification rules were replaced.</source>
        <translation>通知ルールを置き換えました。</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) wait for a secret (%1): enter it in Settings, Sources.</source>
        <translation>
            <numerusform>%n 個のソースがシークレットを待っています（%1）。「設定」の「ソース」で入力してください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>radar::DataDirectory</name>
    <message>
        <source>cannot create or write the data directory %1</source>
        <translation>データディレクトリ %1 を作成できないか、書き込めません</translation>
    </message>
</context>
<context>
    <name>radar::DataSettingsPage</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <comment>history retention</comment>
        <translation>
            <numerusform>%n 日</numerusform>
        </translation>
    </message>
    <message>
        <source>Incident history</source>
        <translation>インシデント履歴</translation>
    </message>
    <message>
        <source>Keep the history for this many days</source>
        <translation>履歴を保持する日数</translation>
    </message>
    <message>
        <source>From 1 day to 10 years (3650 days).</source>
        <translation>1 日から 10 年（3650 日）まで。</translation>
    </message>
    <message>
        <source>&amp;Keep history for:</source>
        <translation>履歴の保持期間(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Export history…</source>
        <translation>履歴をエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Save every incident, its updates and the status changes as a CSV file (for spreadsheets) or a JSON file (for scripts).</source>
        <translation>すべてのインシデント、その更新情報、ステータスの変化を CSV ファイル（表計算用）または JSON ファイル（スクリプト用）に保存します。</translation>
    </message>
    <message>
        <source>&amp;Clear history…</source>
        <translation>履歴を消去(&amp;C)…</translation>
    </message>
    <message>
        <source>Delete the whole history. Asks first; cannot be undone.</source>
        <translation>履歴をすべて削除します。実行前に確認します。元に戻せません。</translation>
    </message>
    <message>
        <source>Incidents, their updates and the status changes of every service are kept this long, for the history chart and exports; older ones are deleted. Your sources and settings are not part of the history.</source>
        <translation>インシデント、その更新情報、各サービスのステータスの変化を、履歴グラフとエクスポートのためにこの期間保持します。これより古いものは削除されます。ソースと設定は履歴に含まれません。</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON ファイル (*.json)</translation>
    </message>
    <message>
        <source>Export History</source>
        <translation>履歴のエクスポート</translation>
    </message>
    <message>
        <source>Clear History</source>
        <translation>履歴の消去</translation>
    </message>
    <message>
        <source>Delete every incident, update and status change Outage Radar has recorded? This cannot be undone.

Your sources and settings are kept, and recording starts afresh.</source>
        <translation>Outage Radar が記録したインシデント、更新情報、ステータスの変化をすべて削除しますか？ この操作は元に戻せません。

ソースと設定は保持され、記録は最初からやり直しになります。</translation>
    </message>
</context>
<context>
    <name>radar::DesktopApp</name>
    <message>
        <source>Outage Radar is still running</source>
        <translation>Outage Radar は実行中です</translation>
    </message>
    <message>
        <source>It keeps watching from the tray. Use the tray menu to open it again or to quit.</source>
        <translation>トレイから監視を続けます。再び開くか終了するには、トレイメニューを使ってください。</translation>
    </message>
    <message>
        <source>No system tray was found, so Outage Radar runs as a normal window: closing it quits, and notifications show only in the Notifications tab.</source>
        <translation>システムトレイが見つからないため、Outage Radar は通常のウィンドウとして動作します。閉じると終了し、通知は「通知」タブにのみ表示されます。</translation>
    </message>
    <message>
        <source>The history cannot be kept: %1. This session keeps it in memory only.</source>
        <translation>履歴を保存できません: %1。このセッションではメモリ上にのみ保持します。</translation>
    </message>
    <message>
        <source>That incident is no longer in the history.</source>
        <translation>そのインシデントはもう履歴にありません。</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>エクスポート中…</translation>
    </message>
    <message>
        <source>Export Configuration</source>
        <translation>構成のエクスポート</translation>
    </message>
    <message>
        <source>Secrets are not in the file.</source>
        <translation>シークレットはファイルに含まれていません。</translation>
    </message>
    <message>
        <source>Import Configuration</source>
        <translation>構成のインポート</translation>
    </message>
    <message numerus="yes">
        <source>%1 was not imported: %n problem(s) found. Nothing was changed.</source>
        <translation>
            <numerusform>%1 はインポートされませんでした: %n 件の問題が見つかりました。何も変更されていません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Notifications paused until %1</source>
        <translation>%1 まで通知を一時停止中</translation>
    </message>
    <message>
        <source>Notifications resumed</source>
        <translation>通知を再開しました</translation>
    </message>
    <message numerus="yes">
        <source>Notifications about %n cell(s) snoozed until %1</source>
        <translation>
            <numerusform>%n 個のセルに関する通知を %1 までスヌーズしました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Notifications about %n cell(s) snoozed until resolved</source>
        <translation>
            <numerusform>%n 個のセルに関する通知を解決までスヌーズしました</numerusform>
        </translation>
    </message>
    <message>
        <source>Notifications about this incident snoozed until %1</source>
        <translation>このインシデントに関する通知を %1 までスヌーズしました</translation>
    </message>
    <message>
        <source>Notifications about this incident snoozed until it is resolved</source>
        <translation>このインシデントに関する通知を解決までスヌーズしました</translation>
    </message>
    <message>
        <source>Registered in %1</source>
        <translation>%1 に登録済み</translation>
    </message>
    <message>
        <source>When on, registered in %1</source>
        <translation>オンにすると %1 に登録されます</translation>
    </message>
    <message>
        <source>needs its secret (%1 header): enter it in Settings, Sources</source>
        <translation>シークレット（%1 ヘッダー）が必要です。「設定」の「ソース」で入力してください</translation>
    </message>
    <message>
        <source>Exporting the history to %1…</source>
        <translation>履歴を %1 にエクスポート中…</translation>
    </message>
    <message>
        <source>Clearing the history…</source>
        <translation>履歴を消去中…</translation>
    </message>
    <message>
        <source>Could not change the start at login: %1</source>
        <translation>ログイン時の起動設定を変更できませんでした: %1</translation>
    </message>
    <message>
        <source>The proxy password could not be saved in the keychain (%1); it is used until Outage Radar quits.</source>
        <translation>プロキシのパスワードをキーチェーンに保存できませんでした（%1）。Outage Radar を終了するまでは、このパスワードを使います。</translation>
    </message>
    <message>
        <source>The proxy password could not be removed from the keychain (%1).</source>
        <translation>プロキシのパスワードをキーチェーンから削除できませんでした（%1）。</translation>
    </message>
    <message>
        <source>The proxy password could not be read from the keychain (%1).</source>
        <translation>プロキシのパスワードをキーチェーンから読み込めませんでした（%1）。</translation>
    </message>
    <message numerus="yes">
        <source>The secret(s) of %1 could not be saved in the keychain (%2); it is used until Outage Radar quits.</source>
        <translation>
            <numerusform>%1 のシークレットをキーチェーンに保存できませんでした（%2）。Outage Radar を終了するまでは、このシークレットを使います。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The secret(s) of %1 could not be removed from the keychain (%2).</source>
        <translation>
            <numerusform>%1 のシークレットをキーチェーンから削除できませんでした（%2）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The secret(s) of %1 could not be read from the keychain (%2).</source>
        <translation>
            <numerusform>%1 のシークレットをキーチェーンから読み込めませんでした（%2）。</numerusform>
        </translation>
    </message>
    <message>
        <source>DEMO</source>
        <extracomment>Marks the window title, the tray&apos;s tooltip and every notification of the demo (--demo)</extracomment>
        <translation>デモ</translation>
    </message>
</context>
<context>
    <name>radar::Duration</name>
    <message>
        <source>under a minute</source>
        <translation>1分未満</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n時間</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>hours, then minutes</comment>
        <translation>%1%2</translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n日</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>days, then hours</comment>
        <translation>%1%2</translation>
    </message>
</context>
<context>
    <name>radar::FeedKind</name>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
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
        <translation>RSS/Atom 履歴</translation>
    </message>
</context>
<context>
    <name>radar::GeneralSettingsPage</name>
    <message>
        <source>&amp;Start Outage Radar when I log in</source>
        <translation>ログイン時に Outage Radar を起動する(&amp;S)</translation>
    </message>
    <message>
        <source>Registers Outage Radar with your desktop session, so that it starts out of sight, in the tray, whenever you log in.</source>
        <translation>Outage Radar をデスクトップセッションに登録し、ログインするたびにウィンドウを開かずトレイで起動させます。</translation>
    </message>
    <message>
        <source>Start &amp;minimized</source>
        <translation>最小化して起動する(&amp;M)</translation>
    </message>
    <message>
        <source>Opens no window at start: Outage Radar keeps watching from the tray (or minimized, where there is no tray).</source>
        <translation>起動時にウィンドウを開きません。Outage Radar はトレイから（トレイがない環境では最小化した状態で）監視を続けます。</translation>
    </message>
    <message>
        <source>Closing the window &amp;keeps Outage Radar running in the tray</source>
        <translation>ウィンドウを閉じても Outage Radar をトレイで実行し続ける(&amp;K)</translation>
    </message>
    <message>
        <source>When on, closing the window hides it and notifications keep coming; quit from the tray menu or with Ctrl+Q. When off, closing quits.</source>
        <translation>オンにすると、ウィンドウを閉じても非表示になるだけで通知は届き続けます。終了するにはトレイメニューか Ctrl+Q を使います。オフにすると、閉じた時点で終了します。</translation>
    </message>
    <message>
        <source>Minimi&amp;zing the window hides it in the tray</source>
        <translation>最小化したウィンドウをトレイに隠す(&amp;Z)</translation>
    </message>
    <message>
        <source>When on, a minimized window leaves the task bar; the tray icon brings it back.</source>
        <translation>オンにすると、最小化したウィンドウはタスクバーから消えます。トレイアイコンから再表示できます。</translation>
    </message>
    <message>
        <source>No system tray was found on this desktop, so the window cannot be hidden there: closing it quits, and minimizing keeps it in the task bar.</source>
        <translation>このデスクトップにはシステムトレイが見つからないため、ウィンドウをトレイに隠せません。閉じると終了し、最小化するとタスクバーに残ります。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>The language of Outage Radar&apos;s windows, menus and notifications.</source>
        <translation>Outage Radar のウィンドウ、メニュー、通知の言語です。</translation>
    </message>
    <message>
        <source>Takes effect when Outage Radar starts again.</source>
        <translation>Outage Radar の次回起動時に反映されます。</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>テーマ(&amp;H):</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>システムの既定</translation>
    </message>
    <message>
        <source>System follows your desktop&apos;s colours; Light, Dark and High contrast use Outage Radar&apos;s own, whatever the desktop. High contrast is white and yellow on black.</source>
        <translation>「システム」はデスクトップの配色に従います。「ライト」「ダーク」「ハイコントラスト」は、デスクトップに関係なく Outage Radar 独自の配色を使います。「ハイコントラスト」は黒地に白と黄色です。</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>ハイコントラスト</translation>
    </message>
</context>
<context>
    <name>radar::GridFilterBar</name>
    <message>
        <source>Search services, regions, providers, incidents (Ctrl+F)</source>
        <translation>サービス、リージョン、プロバイダー、インシデントを検索 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the grid</source>
        <translation>グリッドを検索</translation>
    </message>
    <message>
        <source>Shows the rows whose service, provider or incidents match, or the regions whose name matches; Escape clears it</source>
        <translation>サービス、プロバイダー、インシデントが一致する行、または名前が一致するリージョンを表示します。Esc キーで消去します</translation>
    </message>
    <message>
        <source>&amp;Problems only</source>
        <translation>問題のみ(&amp;P)</translation>
    </message>
    <message>
        <source>Show only cells that are degraded or worse, or not up to date (Alt+P)</source>
        <translation>性能低下以上のセル、または最新でないセルのみを表示します (Alt+P)</translation>
    </message>
    <message>
        <source>Wa&amp;tched only</source>
        <translation>ウォッチのみ(&amp;T)</translation>
    </message>
    <message>
        <source>Show only what you starred: services, regions or cells (Ctrl+D stars a cell)</source>
        <translation>スターを付けたもの（サービス、リージョン、セル）のみを表示します（Ctrl+D でセルにスターを付けます）</translation>
    </message>
    <message>
        <source>P&amp;roviders</source>
        <translation>プロバイダー(&amp;R)</translation>
    </message>
    <message>
        <source>Choose which providers the grid shows</source>
        <translation>グリッドに表示するプロバイダーを選びます</translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation>列(&amp;C):</translation>
    </message>
    <message>
        <source>Provider regions</source>
        <translation>プロバイダーのリージョン</translation>
    </message>
    <message>
        <source>Geography</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>One column per provider region, or one per place (AWS us-east-1, Google Cloud us-east4 and Azure East US are all in Virginia)</source>
        <translation>プロバイダーのリージョンごとに 1 列、または場所ごとに 1 列（AWS us-east-1、Google Cloud us-east4、Azure East US はいずれもバージニア）</translation>
    </message>
    <message numerus="yes">
        <source>P&amp;roviders (%n hidden)</source>
        <translation>
            <numerusform>プロバイダー（%n 件非表示）(&amp;R)</numerusform>
        </translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>すべて表示</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n row(s)</source>
        <translation>
            <numerusform>%n 行中 %1 行</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>radar::GridFilterModel</name>
    <message>
        <source>%1 (collapsed: click or press + to show its services)</source>
        <translation>%1（折りたたみ中: クリックするか + キーでサービスを表示）</translation>
    </message>
    <message>
        <source>%1 (click or press − to hide its services)</source>
        <translation>%1（クリックするか − キーでサービスを非表示）</translation>
    </message>
</context>
<context>
    <name>radar::HealthGridModel</name>
    <message>
        <source>Global</source>
        <translation>グローバル</translation>
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
        <translation>、</translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <comment>group, then service</comment>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>service, then provider</comment>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>Unknown (stale)</source>
        <translation>不明（データが古い）</translation>
    </message>
    <message>
        <source>Unknown (unreachable)</source>
        <translation>不明（接続不可）</translation>
    </message>
    <message>
        <source>Unknown (failing)</source>
        <translation>不明（取得失敗）</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1（%2 以降）</translation>
    </message>
    <message>
        <source>Status unknown: %1</source>
        <translation>ステータス不明: %1</translation>
    </message>
    <message>
        <source>Last known: %1 (data from %2)</source>
        <translation>最後の既知の状態: %1（%2 時点のデータ）</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%2 の %1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>ほか %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more incident(s)</source>
        <translation>
            <numerusform>ほか %n 件のインシデント</numerusform>
        </translation>
    </message>
    <message>
        <source>Data from %1, %2 old</source>
        <translation>%1 時点のデータ（%2 経過）</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>ソース: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>provider, then service</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2: not offered there</source>
        <translation>%1 %2: 提供されていません</translation>
    </message>
    <message>
        <source>%1 %2: %3, last known %4</source>
        <translation>%1 %2: %3、最後の既知の状態は %4</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>%1 %2: %3 since %4</source>
        <translation>%1 %2: %3（%4 以降）</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n open incident(s)</source>
        <translation>
            <numerusform>%1、進行中のインシデント %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, watched</source>
        <translation>%1、ウォッチ中</translation>
    </message>
</context>
<context>
    <name>radar::HealthGridView</name>
    <message>
        <source>Health grid</source>
        <translation>ヘルスグリッド</translation>
    </message>
    <message>
        <source>Services grouped by provider, by region; each cell tells the service&apos;s status there. Enter opens the cell&apos;s incident, + and − fold a provider, Ctrl+D watches the cell.</source>
        <translation>プロバイダー別、リージョン別にまとめたサービスです。各セルはその場所でのサービスのステータスを示します。Enter でセルのインシデントを開き、+ と − でプロバイダーを折りたたみ、Ctrl+D でセルをウォッチします。</translation>
    </message>
    <message>
        <source>Nothing is reported here.</source>
        <translation>ここには何も報告されていません。</translation>
    </message>
    <message>
        <source>%1: no open incident.</source>
        <translation>%1: 進行中のインシデントはありません。</translation>
    </message>
    <message>
        <source>This cell is watched through its service or its region: change that in the cell&apos;s menu (Menu key).</source>
        <translation>このセルは、そのサービスまたはリージョンを通じてウォッチされています。変更はセルのメニュー（メニューキー）で行ってください。</translation>
    </message>
    <message>
        <source>No data yet: the sources are being asked.</source>
        <translation>まだデータがありません。ソースに問い合わせています。</translation>
    </message>
    <message>
        <source>Nothing is watched yet. Turn off &quot;Watched only&quot;, pick a cell and press Ctrl+D, or use the cell&apos;s context menu to watch a service or a region.</source>
        <translation>まだ何もウォッチしていません。「ウォッチのみ」をオフにしてセルを選び Ctrl+D を押すか、セルのコンテキストメニューでサービスやリージョンをウォッチしてください。</translation>
    </message>
    <message>
        <source>No problems: every service shown is operational and up to date.</source>
        <translation>問題はありません。表示中のサービスはすべて正常で、最新の状態です。</translation>
    </message>
    <message>
        <source>Nothing matches the filters. Clear the search (Escape) or turn off the filters above.</source>
        <translation>フィルターに一致するものがありません。検索を消去する（Esc）か、上のフィルターをオフにしてください。</translation>
    </message>
    <message>
        <source>&amp;Open incident</source>
        <translation>インシデントを開く(&amp;O)</translation>
    </message>
    <message>
        <source>Watch %1 in %2</source>
        <translation>%2 の %1 をウォッチ</translation>
    </message>
    <message>
        <source>Watch %1 everywhere</source>
        <translation>%1 をすべてのリージョンでウォッチ</translation>
    </message>
    <message>
        <source>Watch all of %1 in %2</source>
        <translation>%2 の %1 全体をウォッチ</translation>
    </message>
    <message>
        <source>Show %1&apos;s services</source>
        <translation>%1 のサービスを表示</translation>
    </message>
    <message>
        <source>Fold %1&apos;s services</source>
        <translation>%1 のサービスを折りたたむ</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>通知(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Snooze this cell</source>
        <translation>このセルをスヌーズ(&amp;S)</translation>
    </message>
    <message>
        <source>Mute %1 everywhere</source>
        <translation>%1 をすべてのリージョンでミュート</translation>
    </message>
    <message>
        <source>Mute all of %1 in %2</source>
        <translation>%2 の %1 全体をミュート</translation>
    </message>
    <message>
        <source>Mute all of %1</source>
        <translation>%1 全体をミュート</translation>
    </message>
</context>
<context>
    <name>radar::HistoryChartView</name>
    <message>
        <source>No incidents match the filter in the last 24 hours</source>
        <translation>過去 24 時間にフィルターに一致するインシデントはありません</translation>
    </message>
    <message>
        <source>No incidents recorded in the last 24 hours</source>
        <translation>過去 24 時間に記録されたインシデントはありません</translation>
    </message>
    <message>
        <source>No incidents match the filter in the last 7 days</source>
        <translation>過去 7 日間にフィルターに一致するインシデントはありません</translation>
    </message>
    <message>
        <source>No incidents recorded in the last 7 days</source>
        <translation>過去 7 日間に記録されたインシデントはありません</translation>
    </message>
    <message>
        <source>No incidents match the filter in the last 30 days</source>
        <translation>過去 30 日間にフィルターに一致するインシデントはありません</translation>
    </message>
    <message>
        <source>No incidents recorded in the last 30 days</source>
        <translation>過去 30 日間に記録されたインシデントはありません</translation>
    </message>
    <message>
        <source>No incidents match the filter in the last 90 days</source>
        <translation>過去 90 日間にフィルターに一致するインシデントはありません</translation>
    </message>
    <message>
        <source>No incidents recorded in the last 90 days</source>
        <translation>過去 90 日間に記録されたインシデントはありません</translation>
    </message>
    <message>
        <source>No incidents match the filter in the last year</source>
        <translation>過去 1 年間にフィルターに一致するインシデントはありません</translation>
    </message>
    <message>
        <source>No incidents recorded in the last year</source>
        <translation>過去 1 年間に記録されたインシデントはありません</translation>
    </message>
    <message>
        <source>Incidents per hour in the last 24 hours, stacked by severity. Left and Right choose an hour, Enter lists its incidents.</source>
        <translation>過去 24 時間の 1 時間ごとのインシデント数（重大度別の積み上げ）。左右キーで時間を選び、Enter でそのインシデントを一覧表示します。</translation>
    </message>
    <message>
        <source>Incidents per day in the last 7 days, stacked by severity. Left and Right choose a day, Enter lists its incidents.</source>
        <translation>過去 7 日間の 1 日ごとのインシデント数（重大度別の積み上げ）。左右キーで日を選び、Enter でそのインシデントを一覧表示します。</translation>
    </message>
    <message>
        <source>Incidents per day in the last 30 days, stacked by severity. Left and Right choose a day, Enter lists its incidents.</source>
        <translation>過去 30 日間の 1 日ごとのインシデント数（重大度別の積み上げ）。左右キーで日を選び、Enter でそのインシデントを一覧表示します。</translation>
    </message>
    <message>
        <source>Incidents per day in the last 90 days, stacked by severity. Left and Right choose a day, Enter lists its incidents.</source>
        <translation>過去 90 日間の 1 日ごとのインシデント数（重大度別の積み上げ）。左右キーで日を選び、Enter でそのインシデントを一覧表示します。</translation>
    </message>
    <message>
        <source>Incidents per week in the last year, stacked by severity. Left and Right choose a week, Enter lists its incidents.</source>
        <translation>過去 1 年間の 1 週間ごとのインシデント数（重大度別の積み上げ）。左右キーで週を選び、Enter でそのインシデントを一覧表示します。</translation>
    </message>
    <message>
        <source>Incident history chart</source>
        <translation>インシデント履歴グラフ</translation>
    </message>
    <message>
        <source>%1 Chosen: %2</source>
        <comment>the chart&apos;s description, then the chosen bar&apos;s</comment>
        <translation>%1 選択中: %2</translation>
    </message>
    <message>
        <source>Loading history…</source>
        <translation>履歴を読み込み中…</translation>
    </message>
</context>
<context>
    <name>radar::HistoryDatabase</name>
    <message>
        <source>cannot save the history to %1: %2</source>
        <translation>履歴を %1 に保存できません: %2</translation>
    </message>
    <message>
        <source>cannot read the history from %1: %2</source>
        <translation>履歴を %1 から読み込めません: %2</translation>
    </message>
    <message>
        <source>cannot remove old history from %1: %2</source>
        <translation>古い履歴を %1 から削除できません: %2</translation>
    </message>
    <message>
        <source>cannot clear the history in %1: %2</source>
        <translation>%1 の履歴を消去できません: %2</translation>
    </message>
    <message>
        <source>cannot check the history %1: %2</source>
        <translation>履歴 %1 を検査できません: %2</translation>
    </message>
    <message>
        <source>no history file is open</source>
        <translation>履歴ファイルが開かれていません</translation>
    </message>
    <message>
        <source>the history %1 is not open</source>
        <translation>履歴 %1 が開かれていません</translation>
    </message>
    <message>
        <source>cannot open the history %1: %2 is not a folder</source>
        <translation>履歴 %1 を開けません: %2 はフォルダーではありません</translation>
    </message>
    <message>
        <source>cannot open the history %1: the folder %2 does not exist</source>
        <translation>履歴 %1 を開けません: フォルダー %2 が存在しません</translation>
    </message>
    <message>
        <source>the history %1 is damaged (%2) and cannot be moved aside: %3</source>
        <translation>履歴 %1 が破損しており（%2）、退避できません: %3</translation>
    </message>
    <message>
        <source>%1 was written by a newer Outage Radar (history version %2; this one reads up to %3) and is left as it is; the history stays in memory this session</source>
        <translation>%1 は新しい Outage Radar で書き込まれたため（履歴バージョン %2。このバージョンが読めるのは %3 まで）、そのままにしています。このセッションでは履歴をメモリ上に保持します</translation>
    </message>
    <message>
        <source>cannot open the history %1: %2</source>
        <translation>履歴 %1 を開けません: %2</translation>
    </message>
    <message>
        <source>%1 is from an older Outage Radar (history version %2); start the app once to bring it up to date</source>
        <translation>%1 は古い Outage Radar のものです（履歴バージョン %2）。アプリを一度起動して最新の形式に更新してください</translation>
    </message>
    <message>
        <source>%1 was written by a newer Outage Radar (history version %2; this one reads up to %3)</source>
        <translation>%1 は新しい Outage Radar で書き込まれています（履歴バージョン %2。このバージョンが読めるのは %3 まで）</translation>
    </message>
    <message>
        <source>the history %1 is damaged (%2); the app moves it aside and starts a new one when it next starts</source>
        <translation>履歴 %1 が破損しています（%2）。次回の起動時にアプリがこれを退避し、新しい履歴を作成します</translation>
    </message>
    <message>
        <source>cannot read the history %1: %2</source>
        <translation>履歴 %1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>the history %1 is damaged: %2</source>
        <translation>履歴 %1 が破損しています: %2</translation>
    </message>
    <message>
        <source>the file is damaged (%1)</source>
        <translation>ファイルが破損しています（%1）</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>ディスクがいっぱいです</translation>
    </message>
    <message>
        <source>the disk is full, or the file may not grow any further (%1)</source>
        <translation>ディスクがいっぱいか、ファイルをこれ以上大きくできません（%1）</translation>
    </message>
    <message>
        <source>another program keeps the file locked</source>
        <translation>別のプログラムがファイルをロックしています</translation>
    </message>
    <message>
        <source>the file or its folder is read-only</source>
        <translation>ファイルまたはそのフォルダーが読み取り専用です</translation>
    </message>
    <message>
        <source>the file cannot be opened or created (%1)</source>
        <translation>ファイルを開くことも作成することもできません（%1）</translation>
    </message>
</context>
<context>
    <name>radar::HistoryExport</name>
    <message>
        <source>there is no history in %1 yet (the app records it while it runs); the export is empty</source>
        <translation>%1 にはまだ履歴がありません（履歴はアプリの実行中に記録されます）。エクスポートは空です</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n incident(s) and their cell changes to %1.</source>
        <translation>
            <numerusform>%n 件のインシデントとそのセルの変化を %1 にエクスポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 を書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>radar::HistoryFiguresPanel</name>
    <message>
        <source>In the last 24 hours</source>
        <translation>過去 24 時間</translation>
    </message>
    <message>
        <source>In the last 7 days</source>
        <translation>過去 7 日間</translation>
    </message>
    <message>
        <source>In the last 30 days</source>
        <translation>過去 30 日間</translation>
    </message>
    <message>
        <source>In the last 90 days</source>
        <translation>過去 90 日間</translation>
    </message>
    <message>
        <source>In the last year</source>
        <translation>過去 1 年間</translation>
    </message>
    <message>
        <source>All incidents</source>
        <translation>すべてのインシデント</translation>
    </message>
    <message>
        <source>How long at least one incident was open in this period, including incidents that began before it; overlaps count once</source>
        <translation>この期間にインシデントが 1 件以上進行中だった時間の合計です。期間の開始前に始まったインシデントも含み、重なった時間は 1 回だけ数えます</translation>
    </message>
    <message>
        <source>Time with an incident open</source>
        <translation>インシデント進行中の時間</translation>
    </message>
    <message>
        <source>Mean time to resolve</source>
        <translation>平均解決時間</translation>
    </message>
    <message>
        <source>Longest incident</source>
        <translation>最長のインシデント</translation>
    </message>
    <message>
        <source>Most affected services</source>
        <translation>影響の多かったサービス</translation>
    </message>
    <message>
        <source>Most affected regions</source>
        <translation>影響の多かったリージョン</translation>
    </message>
    <message>
        <source>Loading history…</source>
        <translation>履歴を読み込み中…</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>No incident has ended</source>
        <translation>終了したインシデントはありません</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n resolved)</source>
        <translation>
            <numerusform>%1（解決済み %n 件）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
%2, %3 so far</source>
        <comment>title, then provider and duration</comment>
        <translation>%1
%2、現在まで %3</translation>
    </message>
    <message>
        <source>%1
%2, %3</source>
        <comment>title, then provider and duration</comment>
        <translation>%1
%2、%3</translation>
    </message>
    <message>
        <source>None tied to a region</source>
        <translation>リージョンに関連するものはありません</translation>
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
        <translation>グローバル</translation>
    </message>
</context>
<context>
    <name>radar::HistoryView</name>
    <message>
        <source>24 hours</source>
        <translation>24 時間</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 日間</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 日間</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 日間</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 年間</translation>
    </message>
    <message>
        <source>In&amp;cidents per hour, by severity</source>
        <translation>重大度別の 1 時間ごとのインシデント数(&amp;C)</translation>
    </message>
    <message>
        <source>In&amp;cidents per day, by severity</source>
        <translation>重大度別の 1 日ごとのインシデント数(&amp;C)</translation>
    </message>
    <message>
        <source>In&amp;cidents per week, by severity</source>
        <translation>重大度別の 1 週間ごとのインシデント数(&amp;C)</translation>
    </message>
    <message>
        <source>How far back the chart and the figures go</source>
        <translation>グラフと数値の対象期間</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <source>Only incidents that affected this service</source>
        <translation>このサービスに影響したインシデントのみ</translation>
    </message>
    <message>
        <source>Only incidents that affected this region</source>
        <translation>このリージョンに影響したインシデントのみ</translation>
    </message>
    <message>
        <source>&amp;Watched only</source>
        <translation>ウォッチのみ(&amp;W)</translation>
    </message>
    <message>
        <source>Only incidents that touched a service, region or cell you starred</source>
        <translation>スターを付けたサービス、リージョン、セルに関係したインシデントのみ</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>エクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the whole history as CSV or JSON</source>
        <translation>履歴全体を CSV または JSON で保存します</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>期間(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>プロバイダー(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>サービス(&amp;S):</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>リージョン(&amp;G):</translation>
    </message>
    <message>
        <source>Incidents of the chosen bar</source>
        <translation>選択した棒のインシデント</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>インシデント</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>すべてのプロバイダー</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>service or region (provider)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>すべてのサービス</translation>
    </message>
    <message>
        <source>%1 (every provider)</source>
        <comment>a service</comment>
        <translation>%1（全プロバイダー）</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>すべてのリージョン</translation>
    </message>
    <message>
        <source>%1 (every provider)</source>
        <comment>a region</comment>
        <translation>%1（全プロバイダー）</translation>
    </message>
    <message>
        <source>Point at a bar, or choose one with the arrow keys, to see its counts; click it or press Enter to list its incidents.</source>
        <translation>棒にポインターを合わせるか矢印キーで選ぶと件数を表示します。クリックするか Enter を押すと、そのインシデントを一覧表示します。</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>two instants</comment>
        <translation>%1～%2</translation>
    </message>
    <message>
        <source>&amp;Incidents of %1: %2</source>
        <comment>a bar&apos;s period, its number of incidents</comment>
        <translation>%1 のインシデント(&amp;I): %2</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>現在まで %1</translation>
    </message>
    <message>
        <source>&amp;Incidents: choose a bar in the chart to list them</source>
        <translation>インシデント(&amp;I): グラフの棒を選ぶと一覧表示します</translation>
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
        <translation>インシデント履歴のエクスポート</translation>
    </message>
    <message>
        <source>Only incidents of this provider</source>
        <translation>このプロバイダーのインシデントのみ</translation>
    </message>
    <message>
        <source>The incidents that started in the bar chosen in the chart; the current one&apos;s details are shown beside the list</source>
        <translation>グラフで選択した棒の期間に開始したインシデント。現在の項目の詳細は一覧の横に表示されます</translation>
    </message>
    <message>
        <source>%1: %2, %3, started %4, lasted %5</source>
        <comment>severity: title, provider, start, duration</comment>
        <translation>%1: %2、%3、開始 %4、継続時間 %5</translation>
    </message>
</context>
<context>
    <name>radar::HistoryWorker</name>
    <message>
        <source>The history cannot be opened: %1. This session keeps it in memory only.</source>
        <translation>履歴を開けません: %1。このセッションではメモリ上にのみ保持します。</translation>
    </message>
    <message>
        <source>The history file was damaged and has been moved aside to %1; a new history has been started.</source>
        <translation>履歴ファイルが破損していたため %1 に退避し、新しい履歴を開始しました。</translation>
    </message>
    <message>
        <source>The history could not be read: %1.</source>
        <translation>履歴を読み込めませんでした: %1。</translation>
    </message>
    <message>
        <source>%1. Outage Radar keeps the history in memory meanwhile and saves it as soon as it can; free some space or check the file.</source>
        <translation>%1。その間 Outage Radar は履歴をメモリ上に保持し、可能になり次第保存します。空き容量を確保するか、ファイルを確認してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n of the oldest unsaved batch(es) had to be let go.</source>
        <translation>
            <numerusform>未保存の古いバッチ %n 件を破棄せざるを得ませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>Old history could not be removed: %1.</source>
        <translation>古い履歴を削除できませんでした: %1。</translation>
    </message>
    <message>
        <source>The history could not be cleared: %1.</source>
        <translation>履歴を消去できませんでした: %1。</translation>
    </message>
    <message>
        <source>The history was cleared.</source>
        <translation>履歴を消去しました。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n incident(s) to %1.</source>
        <translation>
            <numerusform>%n 件のインシデントを %1 にエクスポートしました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>radar::IncidentDetails</name>
    <message>
        <source>State: %1 → %2</source>
        <translation>状態: %1 → %2</translation>
    </message>
    <message>
        <source>Regions added: %1</source>
        <translation>追加されたリージョン: %1</translation>
    </message>
    <message>
        <source>Regions no longer affected: %1</source>
        <translation>影響がなくなったリージョン: %1</translation>
    </message>
    <message>
        <source>Services added: %1</source>
        <translation>追加されたサービス: %1</translation>
    </message>
    <message>
        <source>Services no longer affected: %1</source>
        <translation>影響がなくなったサービス: %1</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>重大度:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状態:</translation>
    </message>
    <message>
        <source>Ended (no longer listed)</source>
        <translation>終了（一覧から消去）</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>開始:</translation>
    </message>
    <message>
        <source>Ended:</source>
        <translation>終了:</translation>
    </message>
    <message>
        <source>Still ongoing</source>
        <translation>継続中</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>期間:</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <comment>duration of an open incident</comment>
        <translation>現在まで %1</translation>
    </message>
    <message>
        <source>The provider stopped listing this incident before marking it resolved, so it is shown as ended.</source>
        <translation>プロバイダーが解決済みにする前にこのインシデントを一覧から外したため、終了として表示しています。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a region: its name (its id)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Affected:</source>
        <translation>影響範囲:</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <comment>the first services affected in a region, then how many others</comment>
        <translation>
            <numerusform>%1 ほか %n 件</numerusform>
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
            <numerusform>ほか %n 個のリージョン</numerusform>
        </translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>更新情報</translation>
    </message>
    <message>
        <source>The provider has posted no updates.</source>
        <translation>プロバイダーは更新情報を投稿していません。</translation>
    </message>
    <message>
        <source>Undated</source>
        <translation>日時不明</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>an update: time · state</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Untitled incident</source>
        <translation>無題のインシデント</translation>
    </message>
    <message>
        <source>Open the provider&apos;s page for this incident</source>
        <translation>このインシデントのプロバイダーのページを開きます</translation>
    </message>
</context>
<context>
    <name>radar::IncidentDetailsView</name>
    <message>
        <source>Incident details</source>
        <translation>インシデントの詳細</translation>
    </message>
    <message>
        <source>The selected incident&apos;s severity, times and affected services, and the provider&apos;s updates, newest first</source>
        <translation>選択したインシデントの重大度、日時、影響を受けたサービス、およびプロバイダーの更新情報（新しい順）</translation>
    </message>
    <message>
        <source>Select an incident to see its details and the provider&apos;s updates.</source>
        <translation>インシデントを選択すると、その詳細とプロバイダーの更新情報が表示されます。</translation>
    </message>
</context>
<context>
    <name>radar::IncidentHistoryModel</name>
    <message>
        <source>%1, %2–%3</source>
        <comment>a day, the hour&apos;s start and end</comment>
        <translation>%1 %2–%3</translation>
    </message>
    <message>
        <source>Week of %1 to %2</source>
        <comment>the first and last day of a week</comment>
        <translation>%1～%2 の週</translation>
    </message>
    <message>
        <source>No incidents</source>
        <translation>インシデントなし</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n 件のインシデント</numerusform>
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
        <translation>%1、%2: %3</translation>
    </message>
</context>
<context>
    <name>radar::IncidentListModel</name>
    <message>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>インシデント</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Ended (no longer listed)</source>
        <translation>終了（一覧から消去）</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1（%2 以降）</translation>
    </message>
    <message>
        <source>%1, started %2, lasted %3</source>
        <translation>%1、開始 %2、継続時間 %3</translation>
    </message>
    <message>
        <source>%1: %2, %3, %4, since %5</source>
        <translation>%1: %2、%3、%4、%5 以降</translation>
    </message>
    <message>
        <source>%1: %2, %3, %4, started %5, lasted %6</source>
        <translation>%1: %2、%3、%4、開始 %5、継続時間 %6</translation>
    </message>
</context>
<context>
    <name>radar::IncidentPanel</name>
    <message>
        <source>Incidents</source>
        <translation>インシデント</translation>
    </message>
    <message>
        <source>Open incidents, worst first, then the ones that ended recently</source>
        <translation>進行中のインシデント（深刻な順）と、最近終了したインシデント</translation>
    </message>
    <message>
        <source>No incidents reported</source>
        <translation>報告されたインシデントはありません</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>open incidents, ended incidents</comment>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n open incident(s)</source>
        <translation>
            <numerusform>進行中のインシデント %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ended recently</source>
        <translation>
            <numerusform>最近終了 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Snooze notifications about this incident</source>
        <translation>このインシデントに関する通知をスヌーズ(&amp;S)</translation>
    </message>
</context>
<context>
    <name>radar::IncidentState</name>
    <message>
        <source>Investigating</source>
        <translation>調査中</translation>
    </message>
    <message>
        <source>Identified</source>
        <translation>原因特定</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>監視中</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>解決済み</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>予定</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>実施中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完了</translation>
    </message>
</context>
<context>
    <name>radar::KeychainSecretStore</name>
    <message>
        <source>No keychain is available, so saved tokens and passwords cannot be used: start a Secret Service (GNOME Keyring or KWallet).</source>
        <translation>キーチェーンを利用できないため、保存したトークンやパスワードを使えません。Secret Service（GNOME Keyring または KWallet）を起動してください。</translation>
    </message>
    <message>
        <source>No keychain is available: start a Secret Service (GNOME Keyring or KWallet) to keep tokens; nothing was saved.</source>
        <translation>キーチェーンを利用できません。トークンを保存するには Secret Service（GNOME Keyring または KWallet）を起動してください。何も保存されていません。</translation>
    </message>
    <message>
        <source>No keychain is available, so the token could not be removed: start a Secret Service (GNOME Keyring or KWallet) and try again.</source>
        <translation>キーチェーンを利用できないため、トークンを削除できませんでした。Secret Service（GNOME Keyring または KWallet）を起動してから、もう一度試してください。</translation>
    </message>
    <message>
        <source>The keychain stayed locked, so saved tokens and passwords cannot be used: unlock it when it asks.</source>
        <translation>キーチェーンがロックされたままのため、保存したトークンやパスワードを使えません。求められたらロックを解除してください。</translation>
    </message>
    <message>
        <source>The keychain stayed locked, so nothing was saved: unlock it when it asks, then save again.</source>
        <translation>キーチェーンがロックされたままのため、何も保存されませんでした。求められたらロックを解除してから、もう一度保存してください。</translation>
    </message>
    <message>
        <source>The keychain stayed locked, so the token was not removed: unlock it when it asks, then try again.</source>
        <translation>キーチェーンがロックされたままのため、トークンは削除されませんでした。求められたらロックを解除してから、もう一度試してください。</translation>
    </message>
    <message>
        <source>The keychain could not read a saved token or password (%1): check that it is unlocked and try again.</source>
        <translation>キーチェーンが保存済みのトークンまたはパスワードを読み込めませんでした（%1）。ロックが解除されていることを確認して、もう一度試してください。</translation>
    </message>
    <message>
        <source>The keychain could not save the token (%1); nothing was saved: check that it is unlocked and try again.</source>
        <translation>キーチェーンがトークンを保存できませんでした（%1）。何も保存されていません。ロックが解除されていることを確認して、もう一度試してください。</translation>
    </message>
    <message>
        <source>The keychain could not remove the token (%1): check that it is unlocked and try again.</source>
        <translation>キーチェーンがトークンを削除できませんでした（%1）。ロックが解除されていることを確認して、もう一度試してください。</translation>
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
        <translation>現在(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>履歴(&amp;H)</translation>
    </message>
    <message>
        <source>N&amp;otifications</source>
        <translation>通知(&amp;O)</translation>
    </message>
    <message>
        <source>Try &amp;again</source>
        <translation>再試行(&amp;A)</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>オフライン</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>閉じる(&amp;D)</translation>
    </message>
    <message>
        <source>While you were away</source>
        <translation>不在中の出来事</translation>
    </message>
    <message>
        <source>D&amp;ismiss</source>
        <translation>閉じる(&amp;I)</translation>
    </message>
    <message>
        <source>History problem</source>
        <translation>履歴の問題</translation>
    </message>
    <message>
        <source>Dis&amp;miss</source>
        <translation>閉じる(&amp;M)</translation>
    </message>
    <message>
        <source>No system tray</source>
        <translation>システムトレイなし</translation>
    </message>
    <message>
        <source>Dismi&amp;ss</source>
        <translation>閉じる(&amp;S)</translation>
    </message>
    <message>
        <source>Settings problem</source>
        <translation>設定の問題</translation>
    </message>
    <message>
        <source>Overall status</source>
        <translation>全体のステータス</translation>
    </message>
    <message>
        <source>Refresh progress</source>
        <translation>更新の進行状況</translation>
    </message>
    <message>
        <source>That incident is no longer listed.</source>
        <translation>そのインシデントはもう一覧にありません。</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>ソース</translation>
    </message>
    <message>
        <source>Overall: %1</source>
        <translation>全体: %1</translation>
    </message>
    <message>
        <source>No sources to poll</source>
        <translation>ポーリングするソースがありません</translation>
    </message>
    <message>
        <source>Offline: the last known data is not up to date</source>
        <translation>オフライン: 最後に取得したデータは最新ではありません</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) of %1 not up to date: see Sources</source>
        <translation>
            <numerusform>%1 個中 %n 個のソースが最新ではありません。「ソース」を確認してください</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;You appear to be offline.&lt;/b&gt; %1 The last known data stays visible, marked as not up to date, and no alerts are raised while the connection is gone.</source>
        <translation>&lt;b&gt;オフラインのようです。&lt;/b&gt;%1 最後に取得したデータは「最新ではない」と示したうえで表示し続け、接続が切れている間はアラートを出しません。</translation>
    </message>
    <message>
        <source>Next try at %1.</source>
        <translation>次回の再試行は %1 です。</translation>
    </message>
    <message>
        <source>Refreshing %1 of %2</source>
        <translation>更新中: %2 個中 %1 個目</translation>
    </message>
    <message>
        <source>Outage Radar — %1</source>
        <translation>Outage Radar — %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>今すぐ更新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>検索(&amp;F)…</translation>
    </message>
    <message>
        <source>Go to the &amp;grid</source>
        <translation>グリッドへ移動(&amp;G)</translation>
    </message>
    <message>
        <source>Go to the &amp;incidents</source>
        <translation>インシデントへ移動(&amp;I)</translation>
    </message>
    <message>
        <source>Go to the &amp;history</source>
        <translation>履歴へ移動(&amp;H)</translation>
    </message>
    <message>
        <source>Go to the &amp;notifications</source>
        <translation>通知へ移動(&amp;N)</translation>
    </message>
    <message>
        <source>Columns by provider &amp;region</source>
        <translation>列をプロバイダーのリージョン別に表示(&amp;R)</translation>
    </message>
    <message>
        <source>Columns by &amp;place</source>
        <translation>列を場所別に表示(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Unfold all providers</source>
        <translation>すべてのプロバイダーを展開(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Watch the current cell</source>
        <translation>現在のセルをウォッチ(&amp;W)</translation>
    </message>
    <message>
        <source>The grid of services and regions, and the incidents open now</source>
        <translation>サービスとリージョンのグリッド、および現在進行中のインシデント</translation>
    </message>
    <message>
        <source>The incidents of the past, as a chart and lists</source>
        <translation>過去のインシデント（グラフと一覧）</translation>
    </message>
    <message>
        <source>Every notification sent or held back, and why</source>
        <translation>送信または抑止したすべての通知とその理由</translation>
    </message>
    <message>
        <source>Shows the tabs that do not fit</source>
        <translation>収まりきらないタブを表示します</translation>
    </message>
    <message>
        <source>Each polled source: whether its data is up to date, what went wrong, and when it is asked next</source>
        <translation>ポーリングする各ソース: データが最新かどうか、発生した問題、次回の問い合わせ時刻</translation>
    </message>
    <message>
        <source>Asks every source again now</source>
        <translation>すべてのソースに今すぐ再度問い合わせます</translation>
    </message>
    <message>
        <source>Tab reaches each incident&apos;s link; Enter opens it in the history.</source>
        <translation>Tab キーで各インシデントのリンクに移動し、Enter でそのインシデントを履歴で開きます。</translation>
    </message>
    <message>
        <source>Hides this message</source>
        <translation>このメッセージを非表示にします</translation>
    </message>
    <message>
        <source>%1 Tab reaches each incident&apos;s link; Enter opens it in the history.</source>
        <comment>the digest in words</comment>
        <translation>%1 Tab キーで各インシデントのリンクに移動し、Enter でそのインシデントを履歴で開きます。</translation>
    </message>
    <message>
        <source>Ne&amp;xt tab</source>
        <translation>次のタブ(&amp;X)</translation>
    </message>
    <message>
        <source>Pre&amp;vious tab</source>
        <translation>前のタブ(&amp;V)</translation>
    </message>
    <message>
        <source>F&amp;old all providers</source>
        <translation>すべてのプロバイダーを折りたたむ(&amp;O)</translation>
    </message>
</context>
<context>
    <name>radar::NetworkSettingsPage</name>
    <message>
        <source>Proxy</source>
        <translation>プロキシ</translation>
    </message>
    <message>
        <source>Use the &amp;system&apos;s proxy settings</source>
        <translation>システムのプロキシ設定を使う(&amp;S)</translation>
    </message>
    <message>
        <source>Fetches go through the proxy your desktop or environment names, if any.</source>
        <translation>デスクトップまたは環境変数で指定されたプロキシがあれば、それを経由して取得します。</translation>
    </message>
    <message>
        <source>&amp;No proxy</source>
        <translation>プロキシを使わない(&amp;N)</translation>
    </message>
    <message>
        <source>Fetches go straight to the status pages, whatever the system says.</source>
        <translation>システムの設定に関係なく、ステータスページから直接取得します。</translation>
    </message>
    <message>
        <source>&amp;Manual proxy:</source>
        <translation>手動でプロキシを設定(&amp;M):</translation>
    </message>
    <message>
        <source>Fetches go through the HTTP proxy named below.</source>
        <translation>下で指定した HTTP プロキシを経由して取得します。</translation>
    </message>
    <message>
        <source>Proxy host name</source>
        <translation>プロキシのホスト名</translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>プロキシのポート</translation>
    </message>
    <message>
        <source>Proxy user name</source>
        <translation>プロキシのユーザー名</translation>
    </message>
    <message>
        <source>Leave empty if the proxy asks for none</source>
        <translation>プロキシが認証を求めない場合は空欄のままにします</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>プロキシのパスワード</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>ポート(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>ホスト(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>ユーザー名(&amp;U):</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>パスワード(&amp;W):</translation>
    </message>
    <message>
        <source>The password is kept in your system&apos;s keychain, never in Outage Radar&apos;s settings file or in exported configurations.</source>
        <translation>パスワードはシステムのキーチェーンに保存され、Outage Radar の設定ファイルやエクスポートした構成には含まれません。</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>制限</translation>
    </message>
    <message>
        <source>Fetch timeout in seconds</source>
        <translation>取得のタイムアウト（秒）</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation> 秒</translation>
    </message>
    <message>
        <source>A fetch that has not finished after this long fails, and is tried again at the next poll.</source>
        <translation>この時間を過ぎても完了しない取得は失敗とし、次回のポーリングで再試行します。</translation>
    </message>
    <message>
        <source>Largest feed accepted, in mebibytes</source>
        <translation>受け付けるフィードの最大サイズ（MiB）</translation>
    </message>
    <message>
        <source> MiB</source>
        <comment>mebibytes</comment>
        <translation> MiB</translation>
    </message>
    <message>
        <source>A feed larger than this (after decompression) is refused instead of read, so that a broken server cannot fill the memory.</source>
        <translation>このサイズを超えるフィードは（展開後のサイズで判定）読み込まずに拒否します。壊れたサーバーによってメモリが埋め尽くされるのを防ぐためです。</translation>
    </message>
    <message>
        <source>&amp;Give up on a fetch after:</source>
        <translation>取得を打ち切るまでの時間(&amp;G):</translation>
    </message>
    <message>
        <source>Largest feed &amp;accepted:</source>
        <translation>受け付けるフィードの最大サイズ(&amp;A):</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s host name or pick another option.</source>
        <translation>プロキシのホスト名を入力するか、別のオプションを選んでください。</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s host name alone, such as proxy.example.com: no spaces, no http:// and no path. Its port goes in the Port field.</source>
        <translation>proxy.example.com のように、プロキシのホスト名だけを入力してください。空白、http://、パスは含めません。ポートは「ポート」欄に入力します。</translation>
    </message>
    <message>
        <source>The proxy&apos;s host name alone, without http:// or a port</source>
        <translation>プロキシのホスト名のみ（http:// やポートは含めません）</translation>
    </message>
    <message>
        <source>The port the proxy listens on, often 3128 or 8080</source>
        <translation>プロキシが待ち受けるポート（多くは 3128 または 8080）</translation>
    </message>
    <message>
        <source>The user name the proxy asks for; leave it empty if it asks for none</source>
        <translation>プロキシが求めるユーザー名。認証を求めない場合は空欄のままにします</translation>
    </message>
    <message>
        <source>The proxy&apos;s password, kept in the system&apos;s keychain</source>
        <translation>プロキシのパスワード。システムのキーチェーンに保存されます</translation>
    </message>
</context>
<context>
    <name>radar::NotificationLogModel</name>
    <message>
        <source>Sent</source>
        <translation>送信済み</translation>
    </message>
    <message>
        <source>Held back</source>
        <translation>抑止</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>ルール</translation>
    </message>
</context>
<context>
    <name>radar::NotificationLogView</name>
    <message>
        <source>Every notification Outage Radar sent, and each one it held back, with the rule that decided.</source>
        <translation>Outage Radar が送信したすべての通知と、抑止した各通知、およびその判断を下したルールです。</translation>
    </message>
    <message>
        <source>Show notifications</source>
        <translation>通知を表示</translation>
    </message>
    <message>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>送信済み</translation>
    </message>
    <message>
        <source>Held back</source>
        <translation>抑止</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>表示(&amp;W):</translation>
    </message>
    <message>
        <source>Notification log</source>
        <translation>通知ログ</translation>
    </message>
    <message>
        <source>Notifications sent and held back, newest first. Enter opens the incidents of an entry.</source>
        <translation>送信済みおよび抑止した通知（新しい順）。Enter で項目のインシデントを開きます。</translation>
    </message>
    <message>
        <source>No notifications yet.

When a service you watch has a problem, or another one has a serious outage, the notification is listed here. So is each one that was held back, with the reason.</source>
        <translation>まだ通知はありません。

ウォッチしているサービスに問題が発生した場合や、それ以外のサービスで深刻な障害が発生した場合に、その通知がここに表示されます。抑止した通知も、その理由とともに表示されます。</translation>
    </message>
    <message>
        <source>No notification was sent yet: every one so far was held back.</source>
        <translation>送信された通知はまだありません。これまでの通知はすべて抑止されました。</translation>
    </message>
    <message>
        <source>No notification was held back: every one so far was sent.</source>
        <translation>抑止された通知はありません。これまでの通知はすべて送信されました。</translation>
    </message>
    <message>
        <source>Lists every notification, only those sent, or only those held back</source>
        <translation>すべての通知、送信済みの通知のみ、または抑止した通知のみを一覧表示します</translation>
    </message>
</context>
<context>
    <name>radar::NotificationSettingsPage</name>
    <message>
        <source>Major outages only</source>
        <translation>大規模障害のみ</translation>
    </message>
    <message>
        <source>%1 or worse</source>
        <comment>a status</comment>
        <translation>%1 以上</translation>
    </message>
    <message>
        <source>Send a &amp;test notification</source>
        <translation>テスト通知を送信(&amp;T)</translation>
    </message>
    <message>
        <source>Shows a notification now, the way a real one would appear, to check that your desktop lets them through.</source>
        <translation>本物の通知と同じ表示方法で今すぐ通知を表示し、デスクトップが通知を許可しているか確認します。</translation>
    </message>
    <message>
        <source>When to notify</source>
        <translation>通知する条件</translation>
    </message>
    <message>
        <source>Minimum status for watched services</source>
        <translation>ウォッチ中のサービスの最低ステータス</translation>
    </message>
    <message>
        <source>Services, regions and cells you starred in the grid notify from this status on.</source>
        <translation>グリッドでスターを付けたサービス、リージョン、セルは、このステータス以上で通知します。</translation>
    </message>
    <message>
        <source>Minimum status for other services</source>
        <translation>その他のサービスの最低ステータス</translation>
    </message>
    <message>
        <source>Everything you did not star notifies from this status on.</source>
        <translation>スターを付けていないものはすべて、このステータス以上で通知します。</translation>
    </message>
    <message>
        <source>Tell me when a problem is &amp;resolved</source>
        <translation>問題が解決したら通知する(&amp;R)</translation>
    </message>
    <message>
        <source>One more notification when everything a notification was about is back below its minimum.</source>
        <translation>通知の対象がすべて最低ステータスを下回ったときに、もう一度通知します。</translation>
    </message>
    <message>
        <source>Reminder for major outages still open, in hours</source>
        <translation>継続中の大規模障害のリマインダー（時間）</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source> h</source>
        <comment>hours</comment>
        <translation> 時間</translation>
    </message>
    <message>
        <source>A reminder of a major outage that is still open this many hours later. Off: no reminders.</source>
        <translation>大規模障害がこの時間を過ぎても継続している場合にリマインダーを送ります。オフ: リマインダーなし。</translation>
    </message>
    <message>
        <source>&amp;Watched services from:</source>
        <translation>ウォッチ中のサービス(&amp;W):</translation>
    </message>
    <message>
        <source>Other ser&amp;vices from:</source>
        <translation>その他のサービス(&amp;V):</translation>
    </message>
    <message>
        <source>Re&amp;mind me of major outages still open after:</source>
        <translation>継続中の大規模障害をリマインドするまでの時間(&amp;M):</translation>
    </message>
    <message>
        <source>Never notify about</source>
        <translation>通知しない対象</translation>
    </message>
    <message>
        <source>Muted providers</source>
        <translation>ミュート中のプロバイダー</translation>
    </message>
    <message>
        <source>Checked providers never notify; Space checks or unchecks</source>
        <translation>チェックしたプロバイダーは通知しません。Space キーでチェックを切り替えます</translation>
    </message>
    <message>
        <source>Nothing from a checked provider is notified; it is still shown in the grid.</source>
        <translation>チェックしたプロバイダーについては一切通知しません。グリッドには引き続き表示されます。</translation>
    </message>
    <message>
        <source>Muted services and regions</source>
        <translation>ミュート中のサービスとリージョン</translation>
    </message>
    <message>
        <source>R&amp;emove</source>
        <translation>削除(&amp;E)</translation>
    </message>
    <message>
        <source>Notify about the selected services and regions again</source>
        <translation>選択したサービスとリージョンの通知を再開します</translation>
    </message>
    <message>
        <source>&amp;Providers:</source>
        <translation>プロバイダー(&amp;P):</translation>
    </message>
    <message>
        <source>Services, re&amp;gions and cells:</source>
        <translation>サービス、リージョン、セル(&amp;G):</translation>
    </message>
    <message>
        <source>To mute more, right-click a cell of the grid (or press the Menu key there).</source>
        <translation>ほかにもミュートするには、グリッドのセルを右クリック（またはメニューキーを押す）してください。</translation>
    </message>
    <message>
        <source>&amp;Quiet hours</source>
        <translation>サイレント時間帯(&amp;Q)</translation>
    </message>
    <message>
        <source>No notifications in this period, except a major outage of something you watch. What happened is told when the period ends.</source>
        <translation>この時間帯は、ウォッチ中の対象の大規模障害を除き、通知しません。時間帯が終わったときに、その間の出来事をお知らせします。</translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation>サイレント時間帯の開始</translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation>サイレント時間帯の終了</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>開始(&amp;F)</translation>
    </message>
    <message>
        <source>u&amp;ntil</source>
        <translation>終了(&amp;N)</translation>
    </message>
    <message>
        <source>Starting on:</source>
        <translation>開始する曜日:</translation>
    </message>
    <message>
        <source>Quiet hours starting on %1</source>
        <translation>%1 に開始するサイレント時間帯</translation>
    </message>
    <message>
        <source>A quiet period belongs to the day it starts: 22:00 on Friday until 07:00 on Saturday is Friday&apos;s.</source>
        <translation>サイレント時間帯は開始した日に属します。金曜日の 22:00 から土曜日の 07:00 までは金曜日の分です。</translation>
    </message>
    <message>
        <source>Nothing is muted</source>
        <translation>ミュート中のものはありません</translation>
    </message>
    <message>
        <source>%1 in %2: every service</source>
        <comment>provider, region</comment>
        <translation>%2 の %1: すべてのサービス</translation>
    </message>
    <message>
        <source>%1 as a whole: every region</source>
        <comment>provider</comment>
        <translation>%1 全体: すべてのリージョン</translation>
    </message>
    <message>
        <source>%1 as a whole in %2</source>
        <comment>provider, region</comment>
        <translation>%2 の %1 全体</translation>
    </message>
    <message>
        <source>%1 %2: every region</source>
        <comment>provider, service</comment>
        <translation>%1 %2: すべてのリージョン</translation>
    </message>
    <message>
        <source>%1 %2 in %3</source>
        <comment>provider, service, region</comment>
        <translation>%3 の %1 %2</translation>
    </message>
    <message>
        <source>Services, regions and cells that never notify; Delete notifies about the selected ones again</source>
        <translation>通知しないサービス、リージョン、セル。Delete キーで選択した項目の通知を再開します</translation>
    </message>
    <message>
        <source>When the quiet period starts, on each day checked below</source>
        <translation>下でチェックした各曜日にサイレント時間帯が始まる時刻</translation>
    </message>
    <message>
        <source>When the quiet period ends; before the start, it ends the next day</source>
        <translation>サイレント時間帯が終わる時刻。開始時刻より前なら翌日に終わります</translation>
    </message>
    <message>
        <source>Checked: a quiet period starts on %1</source>
        <translation>チェックすると、%1 にサイレント時間帯が始まります</translation>
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
            <numerusform>%1 ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>place, then status</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: better, now %2</source>
        <translation>%1: 改善、現在は%2</translation>
    </message>
    <message>
        <source>%1: worse, now %2</source>
        <translation>%1: 悪化、現在は%2</translation>
    </message>
    <message>
        <source>%1: resolved</source>
        <translation>%1: 解決済み</translation>
    </message>
    <message>
        <source>Reminder: %1 still %2</source>
        <translation>リマインダー: %1 は引き続き%2</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) open</source>
        <translation>
            <numerusform>進行中の問題 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Outage Radar test notification</source>
        <translation>Outage Radar のテスト通知</translation>
    </message>
    <message>
        <source>%1
All services are back to normal.</source>
        <translation>%1
すべてのサービスが正常に戻りました。</translation>
    </message>
    <message>
        <source>%1
No longer an outage; now %2.</source>
        <translation>%1
障害は解消し、現在は%2です。</translation>
    </message>
    <message>
        <source>%1 (worst: %2)</source>
        <translation>%1（最も深刻: %2）</translation>
    </message>
    <message>
        <source>If you can read this, notifications work.</source>
        <translation>これが読めれば、通知は機能しています。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>status, then services</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Sent: a watched service reached %1</source>
        <translation>送信: ウォッチ中のサービスが「%1」に達しました</translation>
    </message>
    <message>
        <source>Sent: a service reached %1</source>
        <translation>送信: サービスが「%1」に達しました</translation>
    </message>
    <message>
        <source>Sent despite quiet hours: major outage of a watched service</source>
        <translation>サイレント時間帯ですが送信: ウォッチ中のサービスの大規模障害</translation>
    </message>
    <message>
        <source>Sent: an outage already notified got worse</source>
        <translation>送信: 通知済みの障害が悪化しました</translation>
    </message>
    <message>
        <source>Sent: the outage is over</source>
        <translation>送信: 障害が終了しました</translation>
    </message>
    <message>
        <source>Sent: reminder of a major outage still open</source>
        <translation>送信: 継続中の大規模障害のリマインダー</translation>
    </message>
    <message>
        <source>Sent: already open when Outage Radar first got data</source>
        <translation>送信: Outage Radar が最初にデータを取得した時点で既に進行中</translation>
    </message>
    <message>
        <source>Sent: you asked for a test notification</source>
        <translation>送信: テスト通知が要求されました</translation>
    </message>
    <message>
        <source>Held back: below your notification minimum</source>
        <translation>抑止: 通知の最低ステータス未満</translation>
    </message>
    <message>
        <source>Held back: provider muted</source>
        <translation>抑止: プロバイダーをミュート中</translation>
    </message>
    <message>
        <source>Held back: service or region muted</source>
        <translation>抑止: サービスまたはリージョンをミュート中</translation>
    </message>
    <message>
        <source>Held back: quiet hours until %1</source>
        <translation>抑止: %1 までサイレント時間帯</translation>
    </message>
    <message>
        <source>Held back: quiet hours</source>
        <translation>抑止: サイレント時間帯</translation>
    </message>
    <message>
        <source>Held back: snoozed until %1</source>
        <translation>抑止: %1 までスヌーズ中</translation>
    </message>
    <message>
        <source>Held back: snoozed until resolved</source>
        <translation>抑止: 解決までスヌーズ中</translation>
    </message>
    <message>
        <source>Held back: incident snoozed until %1</source>
        <translation>抑止: インシデントを %1 までスヌーズ中</translation>
    </message>
    <message>
        <source>Held back: incident snoozed until resolved</source>
        <translation>抑止: インシデントを解決までスヌーズ中</translation>
    </message>
    <message>
        <source>Held back: notifications paused until %1</source>
        <translation>抑止: %1 まで通知を一時停止中</translation>
    </message>
    <message>
        <source>Held back: notifications paused</source>
        <translation>抑止: 通知を一時停止中</translation>
    </message>
    <message>
        <source>Held back: starting up or reconnecting until %1</source>
        <translation>抑止: %1 まで起動中または再接続中</translation>
    </message>
    <message>
        <source>Held back: starting up or reconnecting</source>
        <translation>抑止: 起動中または再接続中</translation>
    </message>
    <message>
        <source>Held back: part of an outage already notified</source>
        <translation>抑止: 通知済みの障害の一部</translation>
    </message>
    <message>
        <source>Held back: flapping; waiting until it settles</source>
        <translation>抑止: 状態が不安定なため、落ち着くまで待機中</translation>
    </message>
    <message>
        <source>Held back: better, but still a problem</source>
        <translation>抑止: 改善したが、まだ問題あり</translation>
    </message>
    <message>
        <source>Held back: notices of resolved outages are off</source>
        <translation>抑止: 障害解決の通知はオフ</translation>
    </message>
    <message>
        <source>Held back: its start was never notified</source>
        <translation>抑止: 開始が通知されていない</translation>
    </message>
</context>
<context>
    <name>radar::PollInterval</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n分</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>radar::QuietLengthMenu</name>
    <message numerus="yes">
        <source>For &amp;%n hour(s)</source>
        <translation>
            <numerusform>&amp;%n時間</numerusform>
        </translation>
    </message>
    <message>
        <source>Until tomorrow &amp;morning</source>
        <translation>明日の朝まで(&amp;M)</translation>
    </message>
    <message>
        <source>Until &amp;resolved</source>
        <translation>解決するまで(&amp;R)</translation>
    </message>
</context>
<context>
    <name>radar::SettingsDialog</name>
    <message>
        <source>Outage Radar Settings</source>
        <translation>Outage Radar の設定</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>設定ページ</translation>
    </message>
    <message>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>ソース</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>データ</translation>
    </message>
    <message>
        <source>E&amp;xport Configuration…</source>
        <translation>構成をエクスポート(&amp;X)…</translation>
    </message>
    <message>
        <source>Save the sources, watch list and notification rules as a file a team can share. Secrets are never included.</source>
        <translation>ソース、ウォッチリスト、通知ルールを、チームで共有できるファイルに保存します。シークレットは含まれません。</translation>
    </message>
    <message>
        <source>&amp;Import Configuration…</source>
        <translation>構成をインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>Replace the sources, watch list and notification rules with those in a file. The file is checked first; nothing changes if any of it is wrong.</source>
        <translation>ソース、ウォッチリスト、通知ルールをファイルの内容で置き換えます。ファイルは事前に検査され、不備が 1 つでもあれば何も変更されません。</translation>
    </message>
    <message>
        <source>Export Configuration</source>
        <translation>構成のエクスポート</translation>
    </message>
    <message>
        <source>Outage Radar configuration (*.json)</source>
        <translation>Outage Radar 構成 (*.json)</translation>
    </message>
    <message>
        <source>Import Configuration</source>
        <translation>構成のインポート</translation>
    </message>
    <message>
        <source>Changes not applied yet are replaced by the imported configuration. Import anyway?</source>
        <translation>まだ適用していない変更は、インポートした構成で置き換えられます。インポートしますか？</translation>
    </message>
    <message>
        <source>Outage Radar configuration (*.json);;All files (*)</source>
        <translation>Outage Radar 構成 (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>The up and down arrow keys show another page of settings</source>
        <translation>上下の矢印キーで別の設定ページを表示します</translation>
    </message>
    <message>
        <source>Applies the changes and closes the settings (Enter)</source>
        <translation>変更を適用して設定を閉じます (Enter)</translation>
    </message>
    <message>
        <source>Applies the changes and keeps the settings open</source>
        <translation>変更を適用し、設定を開いたままにします</translation>
    </message>
    <message>
        <source>Closes the settings and forgets the changes not applied (Escape)</source>
        <translation>設定を閉じ、適用していない変更を破棄します (Esc)</translation>
    </message>
</context>
<context>
    <name>radar::SingleInstance</name>
    <message>
        <source>cannot create %1, so a second launch will start a second window</source>
        <translation>%1 を作成できないため、2 回目の起動で 2 つ目のウィンドウが開きます</translation>
    </message>
    <message>
        <source>another instance is running (pid %1) but does not answer; bring its window up from the tray, or end that process and try again</source>
        <translation>別のインスタンスが実行中ですが（PID %1）、応答しません。トレイからそのウィンドウを表示するか、そのプロセスを終了してからやり直してください</translation>
    </message>
    <message>
        <source>cannot listen on %1 (%2), so a second launch will not bring this window to the front</source>
        <translation>%1 で待ち受けできないため（%2）、2 回目の起動でこのウィンドウが前面に表示されません</translation>
    </message>
    <message>
        <source>the request of the second launch is malformed</source>
        <translation>2 回目の起動からの要求が不正です</translation>
    </message>
</context>
<context>
    <name>radar::SourceEditDialog</name>
    <message>
        <source>Edit Source</source>
        <translation>ソースの編集</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Feed address</source>
        <translation>フィードのアドレス</translation>
    </message>
    <message>
        <source>Feed kind</source>
        <translation>フィードの種類</translation>
    </message>
    <message>
        <source>Automatic reads the feed and picks the matching reader.</source>
        <translation>「自動」はフィードを読み込み、対応する読み取り方式を選びます。</translation>
    </message>
    <message>
        <source>Poll interval in seconds</source>
        <translation>ポーリング間隔（秒）</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Services to show</source>
        <translation>表示するサービス</translation>
    </message>
    <message>
        <source>Empty shows everything</source>
        <translation>空欄ならすべて表示</translation>
    </message>
    <message>
        <source>Service ids separated by commas, as the feed names them: ec2, s3</source>
        <translation>フィードでの名前どおりのサービス ID をカンマ区切りで指定します（例: ec2, s3）</translation>
    </message>
    <message>
        <source>Regions to show</source>
        <translation>表示するリージョン</translation>
    </message>
    <message>
        <source>Region ids separated by commas: us-east-1, europe-north1, global</source>
        <translation>リージョン ID をカンマ区切りで指定します（例: us-east-1, europe-north1, global）</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>アドレス(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>種類(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Interval:</source>
        <translation>間隔(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Services:</source>
        <translation>サービス(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Regions:</source>
        <translation>リージョン(&amp;R):</translation>
    </message>
    <message>
        <source>Private status page</source>
        <translation>非公開のステータスページ</translation>
    </message>
    <message>
        <source>Header name</source>
        <translation>ヘッダー名</translation>
    </message>
    <message>
        <source>Secret value</source>
        <translation>シークレットの値</translation>
    </message>
    <message>
        <source>&amp;Header:</source>
        <translation>ヘッダー(&amp;H):</translation>
    </message>
    <message>
        <source>Secret &amp;value:</source>
        <translation>シークレットの値(&amp;V):</translation>
    </message>
    <message>
        <source>The value is kept in your system&apos;s keychain, never in the settings file or an exported configuration.</source>
        <translation>値はシステムのキーチェーンに保存され、設定ファイルやエクスポートした構成には含まれません。</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>A provider of the catalog keeps its address; add a source by URL to watch another feed.</source>
        <translation>カタログのプロバイダーはアドレスを変更できません。別のフィードを監視するには、URL でソースを追加してください。</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 の編集</translation>
    </message>
    <message>
        <source>Give the source a name.</source>
        <translation>ソースに名前を付けてください。</translation>
    </message>
    <message>
        <source>Enter the address of the feed.</source>
        <translation>フィードのアドレスを入力してください。</translation>
    </message>
    <message>
        <source>The address must start with http://, https:// or file://.</source>
        <translation>アドレスは http://、https://、file:// のいずれかで始まる必要があります。</translation>
    </message>
    <message>
        <source>The address has no server name: write it as https://status.example.com/...</source>
        <translation>アドレスにサーバー名がありません。https://status.example.com/... の形式で入力してください。</translation>
    </message>
    <message>
        <source>Leave the user name and password out of the address: they would be saved with the settings and exported. For a private page, give its header and secret value below.</source>
        <translation>アドレスにユーザー名とパスワードを含めないでください。設定と一緒に保存され、エクスポートもされてしまいます。非公開ページの場合は、下でヘッダーとシークレットの値を指定してください。</translation>
    </message>
    <message>
        <source>A header name is up to 64 letters, digits and marks such as - and _, with no spaces or colons: Authorization, X-Api-Key.</source>
        <translation>ヘッダー名は 64 文字以内の英字、数字、- や _ などの記号で、空白やコロンは使えません（例: Authorization、X-Api-Key）。</translation>
    </message>
    <message>
        <source>Name the header the secret value is sent in, such as Authorization.</source>
        <translation>シークレットの値を送るヘッダーの名前を指定してください（例: Authorization）。</translation>
    </message>
    <message>
        <source>How the grid, the notifications and the settings name this source</source>
        <translation>グリッド、通知、設定に表示されるこのソースの名前</translation>
    </message>
    <message>
        <source>How often the feed is asked. Most status pages update within a minute.</source>
        <translation>フィードに問い合わせる頻度です。ほとんどのステータスページは 1 分以内に更新されます。</translation>
    </message>
    <message>
        <source>The HTTP header the secret is sent in, such as Authorization</source>
        <translation>シークレットを送る HTTP ヘッダー（例: Authorization）</translation>
    </message>
    <message>
        <source>The token sent in the header, kept in the system&apos;s keychain</source>
        <translation>ヘッダーで送るトークン。システムのキーチェーンに保存されます</translation>
    </message>
    <message>
        <source>Keeps the changes to this source; the settings apply them</source>
        <translation>このソースへの変更を保持します。変更は設定の適用時に反映されます</translation>
    </message>
    <message>
        <source>Closes without changing the source</source>
        <translation>ソースを変更せずに閉じます</translation>
    </message>
    <message>
        <source>The feed&apos;s address, starting with https://, http:// or file://</source>
        <translation>フィードのアドレス（https://、http://、file:// のいずれかで始まります）</translation>
    </message>
</context>
<context>
    <name>radar::SourceHealth</name>
    <message>
        <source>Checking…</source>
        <translation>確認中…</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>最新</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>データが古い</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>取得失敗</translation>
    </message>
</context>
<context>
    <name>radar::SourceListModel</name>
    <message>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Last good data</source>
        <translation>最後の正常なデータ</translation>
    </message>
    <message>
        <source>Next check</source>
        <translation>次回の確認</translation>
    </message>
</context>
<context>
    <name>radar::SourceProbe</name>
    <message>
        <source>“%1” is not an address Outage Radar can read: use an http://, https:// or file:// address.</source>
        <translation>「%1」は Outage Radar が読み込めるアドレスではありません。http://、https://、file:// のいずれかのアドレスを使ってください。</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>%1 に問い合わせ中…</translation>
    </message>
    <message>
        <source>Reading what %1 sent…</source>
        <translation>%1 から受信した内容を読み込み中…</translation>
    </message>
    <message>
        <source>a web page, not a status feed</source>
        <translation>ステータスフィードではなく Web ページです</translation>
    </message>
    <message>
        <source>an empty list, which does not tell which provider it is from: pick the kind</source>
        <translation>空の一覧で、どのプロバイダーのものか判断できません。種類を選んでください</translation>
    </message>
    <message>
        <source>not a feed of the kind chosen (%1): it looks like %2 instead</source>
        <translation>選択した種類（%1）のフィードではありません。%2 のようです</translation>
    </message>
    <message>
        <source>not a feed of the kind chosen (%1): %2</source>
        <translation>選択した種類（%1）のフィードではありません: %2</translation>
    </message>
    <message>
        <source>No %1 feed found at %2. Tried:
%3
Check the address, or choose Automatic so that Outage Radar detects the kind of feed.</source>
        <translation>%2 に %1 フィードが見つかりません。試したアドレス:
%3
アドレスを確認するか、「自動」を選んで Outage Radar にフィードの種類を検出させてください。</translation>
    </message>
    <message>
        <source>No status feed found at %1. Tried:
%2
Paste the feed&apos;s own address (such as https://status.example.com/api/v2/summary.json, or an RSS or Atom feed), or pick its kind.</source>
        <translation>%1 にステータスフィードが見つかりません。試したアドレス:
%2
フィード自体のアドレス（https://status.example.com/api/v2/summary.json など、または RSS や Atom フィード）を貼り付けるか、種類を選んでください。</translation>
    </message>
</context>
<context>
    <name>radar::SourceSettingsModel</name>
    <message>
        <source>Automatic (%1)</source>
        <translation>自動 (%1)</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>間隔</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>最後のエラー</translation>
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
        <translation>ソースを検索</translation>
    </message>
    <message>
        <source>Matches the name, id, address and kind of each source (Ctrl+F).</source>
        <translation>各ソースの名前、ID、アドレス、種類を対象に検索します (Ctrl+F)。</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>ソース</translation>
    </message>
    <message>
        <source>&amp;Add by URL…</source>
        <translation>URL で追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Add a source by URL</source>
        <translation>URL でソースを追加</translation>
    </message>
    <message>
        <source>Paste the address of a status page: its kind is detected and you pick what to show.</source>
        <translation>ステータスページのアドレスを貼り付けると種類が検出され、表示する対象を選べます。</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit the source</source>
        <translation>ソースを編集</translation>
    </message>
    <message>
        <source>Name, address, interval, what to show and credentials (Enter).</source>
        <translation>名前、アドレス、間隔、表示する対象、認証情報 (Enter)。</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the source</source>
        <translation>ソースを削除</translation>
    </message>
    <message>
        <source>Remove Source</source>
        <translation>ソースの削除</translation>
    </message>
    <message>
        <source>Remove %1 from the sources?</source>
        <translation>%1 をソースから削除しますか？</translation>
    </message>
    <message>
        <source>Outage Radar stops watching %1. To watch it again, add it by its URL.</source>
        <translation>Outage Radar は %1 の監視を停止します。再び監視するには、URL で追加してください。</translation>
    </message>
    <message>
        <source>S&amp;witch off</source>
        <translation>オフにする(&amp;W)</translation>
    </message>
    <message>
        <source>Stops watching this provider and forgets your changes to it (Delete).</source>
        <translation>このプロバイダーの監視を停止し、変更内容を破棄します (Delete)。</translation>
    </message>
    <message>
        <source>Removes this source (Delete).</source>
        <translation>このソースを削除します (Delete)。</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n source(s) on</source>
        <translation>
            <numerusform>%n 個中 %1 個のソースが有効</numerusform>
        </translation>
    </message>
    <message>
        <source>Every configured source. Space switches the current one on or off, Enter edits it, Delete removes it.</source>
        <translation>設定済みのすべてのソースです。Space キーで現在のソースのオン/オフを切り替え、Enter で編集し、Delete で削除します。</translation>
    </message>
</context>
<context>
    <name>radar::Status</name>
    <message>
        <source>Operational</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Informational</source>
        <translation>お知らせ</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>メンテナンス</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>性能低下</translation>
    </message>
    <message>
        <source>Partial outage</source>
        <translation>一部障害</translation>
    </message>
    <message>
        <source>Major outage</source>
        <translation>大規模障害</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>operational</source>
        <comment>inside a sentence</comment>
        <translation>正常</translation>
    </message>
    <message>
        <source>informational</source>
        <comment>inside a sentence</comment>
        <translation>お知らせ</translation>
    </message>
    <message>
        <source>maintenance</source>
        <comment>inside a sentence</comment>
        <translation>メンテナンス</translation>
    </message>
    <message>
        <source>degraded</source>
        <comment>inside a sentence</comment>
        <translation>性能低下</translation>
    </message>
    <message>
        <source>partial outage</source>
        <comment>inside a sentence</comment>
        <translation>一部障害</translation>
    </message>
    <message>
        <source>major outage</source>
        <comment>inside a sentence</comment>
        <translation>大規模障害</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>inside a sentence</comment>
        <translation>不明</translation>
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
        <translation>ダッシュボードを開く(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>今すぐ更新(&amp;R)</translation>
    </message>
    <message>
        <source>P&amp;ause notifications</source>
        <translation>通知を一時停止(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Resume notifications</source>
        <translation>通知を再開(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit Outage Radar</source>
        <translation>Outage Radar を終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Outage Radar: offline</source>
        <translation>Outage Radar: オフライン</translation>
    </message>
    <message>
        <source>Outage Radar: data not up to date</source>
        <translation>Outage Radar: データが最新ではありません</translation>
    </message>
    <message>
        <source>Outage Radar: %1</source>
        <translation>Outage Radar: %1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more problem(s)</source>
        <translation>
            <numerusform>ほか %n 件の問題</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the first data</source>
        <translation>最初のデータを待っています</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) of %1 not up to date</source>
        <translation>
            <numerusform>%1 個中 %n 個のソースが最新ではありません</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated just now, %n source(s) of %1 not up to date</source>
        <translation>
            <numerusform>たった今更新、%1 個中 %n 個のソースが最新ではありません</numerusform>
        </translation>
    </message>
    <message>
        <source>Updated just now</source>
        <translation>たった今更新</translation>
    </message>
    <message numerus="yes">
        <source>Updated %1 ago, %n source(s) of %2 not up to date</source>
        <translation>
            <numerusform>%1前に更新、%2 個中 %n 個のソースが最新ではありません</numerusform>
        </translation>
    </message>
    <message>
        <source>Updated %1 ago</source>
        <translation>%1前に更新</translation>
    </message>
    <message>
        <source>Notifications paused until %1</source>
        <translation>%1 まで通知を一時停止中</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Problems (%n)</source>
        <translation>
            <numerusform>問題 (%n)(&amp;P)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation>問題(&amp;P)</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>問題なし</translation>
    </message>
    <message numerus="yes">
        <source>and %n more…</source>
        <translation>
            <numerusform>ほか %n 件…</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused until %1</source>
        <translation>%1 まで一時停止中</translation>
    </message>
</context>
<context>
    <name>radar::WelcomeDialog</name>
    <message>
        <source>Space checks or unchecks the current entry</source>
        <translation>Space キーで現在の項目のチェックを切り替えます</translation>
    </message>
    <message>
        <source>Welcome to Outage Radar</source>
        <translation>Outage Radar へようこそ</translation>
    </message>
    <message>
        <source>Outage Radar watches the status pages of the cloud and online services you depend on and tells you at a glance what is down, where, and since when. Pick yours below; you can change them at any time in Settings.</source>
        <translation>Outage Radar は、利用しているクラウドサービスやオンラインサービスのステータスページを監視し、どこで何が、いつから停止しているかをひと目で示します。以下から選んでください。選択内容は「設定」でいつでも変更できます。</translation>
    </message>
    <message>
        <source>Start &amp;monitoring</source>
        <translation>監視を開始(&amp;M)</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>スキップ(&amp;K)</translation>
    </message>
    <message>
        <source>Monitor the usual services for now; Settings changes them later.</source>
        <translation>ひとまず一般的なサービスを監視します。後から「設定」で変更できます。</translation>
    </message>
    <message>
        <source>Search services</source>
        <translation>サービスを検索</translation>
    </message>
    <message>
        <source>Services to monitor</source>
        <translation>監視するサービス</translation>
    </message>
    <message>
        <source>&amp;Services you depend on:</source>
        <translation>利用しているサービス(&amp;S):</translation>
    </message>
    <message>
        <source>Search regions</source>
        <translation>リージョンを検索</translation>
    </message>
    <message>
        <source>Search regions: Frankfurt, us-east-1, …</source>
        <translation>リージョンを検索: Frankfurt、us-east-1、…</translation>
    </message>
    <message>
        <source>Cloud regions you use</source>
        <translation>利用しているクラウドリージョン</translation>
    </message>
    <message>
        <source>Cloud &amp;regions you use (starred and watched):</source>
        <translation>利用しているクラウドリージョン（スター付き、ウォッチ対象）(&amp;R):</translation>
    </message>
    <message>
        <source>%1: services not tied to a region</source>
        <comment>a cloud</comment>
        <translation>%1: リージョンに関連しないサービス</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <comment>a cloud: a region&apos;s name (its id)</comment>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Check at least one service, or skip to keep the usual ones.</source>
        <translation>サービスを 1 つ以上チェックするか、スキップして一般的なサービスを使ってください。</translation>
    </message>
    <message>
        <source>Watches the checked services and stars the checked regions.</source>
        <translation>チェックしたサービスを監視し、チェックしたリージョンにスターを付けます。</translation>
    </message>
</context>
</TS>
