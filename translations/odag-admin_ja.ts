<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>CommandLine</name>
    <message>
        <source>Administration of Qlik On-Demand App Generation: links, requests, spaces, apps and reloads.</source>
        <translation>Qlik オンデマンド アプリ生成の管理: リンク、リクエスト、スペース、アプリ、リロード。</translation>
    </message>
    <message>
        <source>Open the connection profile &lt;name&gt;.</source>
        <translation>接続プロファイル &lt;名前&gt; を開きます。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Connect to the built-in sandbox tenant.</source>
        <translation>組み込みのサンドボックス テナントに接続します。</translation>
    </message>
    <message>
        <source>Render the main window once its data has loaded, save it as a PNG to &lt;path&gt; and exit.</source>
        <translation>データの読み込み後にメイン ウィンドウを描画し、PNG として &lt;パス&gt; に保存して終了します。</translation>
    </message>
    <message>
        <source>path</source>
        <translation>パス</translation>
    </message>
    <message>
        <source>Use the language &lt;code&gt; (en, de, fr, es, ja) instead of the system&apos;s.</source>
        <translation>システムの言語の代わりに言語 &lt;コード&gt; (en、de、fr、es、ja) を使用します。</translation>
    </message>
    <message>
        <source>code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Keep the sandbox tenant&apos;s state in &lt;dir&gt;.</source>
        <translation>サンドボックス テナントの状態を &lt;ディレクトリ&gt; に保存します。</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>ディレクトリ</translation>
    </message>
    <message>
        <source>Connect to the Qlik Cloud tenant at &lt;url&gt; (https://TENANT.REGION.qlikcloud.com) with the API key in the environment variable ODAG_API_KEY.</source>
        <translation>環境変数 ODAG_API_KEY の API キーを使用して、&lt;URL&gt; (https://TENANT.REGION.qlikcloud.com) の Qlik Cloud テナントに接続します。</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Try --help.</source>
        <translation>--help を参照してください。</translation>
    </message>
    <message>
        <source>Unexpected argument: %1. Try --help.</source>
        <translation>予期しない引数です: %1。--help を参照してください。</translation>
    </message>
    <message>
        <source>--tenant needs a URL such as https://tenant.eu.qlikcloud.com, not &quot;%1&quot;.</source>
        <translation>--tenant には https://tenant.eu.qlikcloud.com のような URL が必要です (「%1」は無効です)。</translation>
    </message>
    <message>
        <source>--tenant needs the API key in the environment variable ODAG_API_KEY.</source>
        <translation>--tenant には環境変数 ODAG_API_KEY の API キーが必要です。</translation>
    </message>
    <message>
        <source>Use either --tenant or --sandbox, not both.</source>
        <translation>--tenant と --sandbox のどちらか一方のみを指定してください。</translation>
    </message>
    <message>
        <source>--screenshot needs a file path.</source>
        <translation>--screenshot にはファイル パスが必要です。</translation>
    </message>
    <message>
        <source>Open the workspace &lt;name&gt; (for example: links).</source>
        <translation>ワークスペース &lt;名前&gt; を開きます (例: links)。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>フォルダー %1 を作成できません</translation>
    </message>
    <message>
        <source>Unknown view &quot;%1&quot;. Views: %2.</source>
        <translation>不明なビュー「%1」です。ビュー: %2。</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Could not start the sandbox tenant: %1</source>
        <translation>サンドボックス テナントを起動できませんでした: %1</translation>
    </message>
    <message>
        <source>The view did not finish loading; saving the screenshot as it is.</source>
        <translation>ビューの読み込みが完了しませんでした。現在の状態でスクリーンショットを保存します。</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 を書き込めませんでした。</translation>
    </message>
    <message>
        <source>Sandbox (Sense Enterprise)</source>
        <translation>サンドボックス (Sense Enterprise)</translation>
    </message>
    <message>
        <source>There is no connection profile named &quot;%1&quot;. Available profiles: %2.</source>
        <translation>「%1」という接続プロファイルはありません。使用できるプロファイル: %2。</translation>
    </message>
    <message>
        <source>No keychain: keys and passwords are kept until you quit</source>
        <translation>キーチェーンなし: キーとパスワードは終了するまで保持されます</translation>
    </message>
    <message>
        <source>This computer has no keychain: keys and passwords you enter are kept only until ODAG Admin quits.</source>
        <translation>このコンピューターにはキーチェーンがありません。入力したキーとパスワードは ODAG Admin を終了するまでのみ保持されます。</translation>
    </message>
    <message>
        <source>%1 Check the profile in File › Manage profiles… (Ctrl+Shift+M).</source>
        <translation>%1 [ファイル] › [プロファイルの管理…] (Ctrl+Shift+M) でプロファイルを確認してください。</translation>
    </message>
    <message>
        <source>You signed out of %1. Choose the profile again to sign in.</source>
        <translation>%1 からサインアウトしました。サインインするには、もう一度プロファイルを選択してください。</translation>
    </message>
    <message>
        <source>You signed out of %1 here, but the tenant did not confirm it: %2</source>
        <translation>ここでは %1 からサインアウトしましたが、テナントでの確認が取れませんでした: %2</translation>
    </message>
</context>
<context>
    <name>odag-sandbox</name>
    <message>
        <source>A local Qlik tenant for trying, teaching and testing ODAG Admin. It speaks the Qlik Cloud ODAG, /api/v1 and engine paths and the Qlik Sense Enterprise ODAG paths on a loopback port.
Built-in users and their API keys are listed in the README.</source>
        <translation>ODAG Admin の試用、トレーニング、テスト用のローカル Qlik テナントです。ループバック ポートで Qlik Cloud の ODAG、/api/v1、エンジンの各パスと、Qlik Sense Enterprise の ODAG パスに応答します。
組み込みユーザーとその API キーは README に記載されています。</translation>
    </message>
    <message>
        <source>Port to listen on (0: any free port).</source>
        <translation>待ち受けるポート (0: 任意の空きポート)。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Directory for the tenant&apos;s database (sandbox.db). Without it the tenant lives in memory and is lost at exit.</source>
        <translation>テナントのデータベース (sandbox.db) 用のディレクトリ。指定しない場合、テナントはメモリ上にのみ存在し、終了時に失われます。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>JSON file with the users: [{&quot;id&quot;,&quot;name&quot;,&quot;subject&quot;,&quot;groups&quot;,&quot;roles&quot;,&quot;apiKey&quot;,&quot;admin&quot;}]. Without it the built-in demo users.</source>
        <translation>ユーザーを記述した JSON ファイル: [{&quot;id&quot;,&quot;name&quot;,&quot;subject&quot;,&quot;groups&quot;,&quot;roles&quot;,&quot;apiKey&quot;,&quot;admin&quot;}]。指定しない場合は組み込みのデモ ユーザーを使用します。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Inject faults: rules KIND[=N]:PROBABILITY:PATH[:METHOD] separated by commas, KIND one of 500, 502, 503 (any 4xx/5xx), delay, drop, truncate, malformed, 429storm; N is the delay in ms or the Retry-After seconds. Example: 500:0.1:/api/v1/*,delay=2000:0.5:/api/analytics/*. @FILE reads JSON rules.</source>
        <translation>障害を注入します: ルール KIND[=N]:PROBABILITY:PATH[:METHOD] をカンマ区切りで指定します。KIND は 500、502、503 (任意の 4xx/5xx)、delay、drop、truncate、malformed、429storm のいずれかです。N は遅延 (ms) または Retry-After の秒数です。例: 500:0.1:/api/v1/*,delay=2000:0.5:/api/analytics/*。@FILE で JSON ルールを読み込みます。</translation>
    </message>
    <message>
        <source>SPEC</source>
        <translation>SPEC</translation>
    </message>
    <message>
        <source>Seed for the fault dice, for repeatable runs.</source>
        <translation>障害の乱数のシード (再現可能な実行用)。</translation>
    </message>
    <message>
        <source>Simulated time runs X times faster than real time.</source>
        <translation>シミュレーション時間を実時間の X 倍の速さで進めます。</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>Do not enforce the per-tier rate limits.</source>
        <translation>ティアごとのレート制限を適用しません。</translation>
    </message>
    <message>
        <source>Log every request and store change.</source>
        <translation>すべてのリクエストとストアの変更をログに記録します。</translation>
    </message>
    <message>
        <source>Number of app loads that may run at the same time.</source>
        <translation>同時に実行できるアプリ ロードの数。</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>--port needs a number from 0 to 65535.</source>
        <translation>--port には 0 ～ 65535 の数値が必要です。</translation>
    </message>
    <message>
        <source>--fault-seed needs a whole number.</source>
        <translation>--fault-seed には整数が必要です。</translation>
    </message>
    <message>
        <source>--speed needs a number greater than 0.</source>
        <translation>--speed には 0 より大きい数値が必要です。</translation>
    </message>
    <message>
        <source>--max-loads needs a whole number of at least 1.</source>
        <translation>--max-loads には 1 以上の整数が必要です。</translation>
    </message>
    <message>
        <source>cannot install the signal handlers; stop with SIGKILL.</source>
        <translation>シグナル ハンドラーをインストールできません。SIGKILL で停止してください。</translation>
    </message>
    <message>
        <source>Load the demo tenant: spaces, apps with load scripts, ODAG links with per-user and per-group settings, and generation requests in every state.</source>
        <translation>デモ テナントを読み込みます: スペース、ロード スクリプト付きのアプリ、ユーザー別およびグループ別の設定を持つ ODAG リンク、あらゆる状態の生成リクエスト。</translation>
    </message>
    <message>
        <source>Serve HTTPS with this PEM certificate (needs --tls-key).</source>
        <translation>この PEM 証明書で HTTPS を提供します (--tls-key が必要)。</translation>
    </message>
    <message>
        <source>The unencrypted PEM private key of --tls-cert.</source>
        <translation>--tls-cert の暗号化されていない PEM 秘密キー。</translation>
    </message>
    <message>
        <source>Seconds an OAuth2 access token stays valid (sandbox clock).</source>
        <translation>OAuth2 アクセス トークンの有効期間 (秒、サンドボックスの時計)。</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together.</source>
        <translation>--tls-cert と --tls-key は一緒に指定する必要があります。</translation>
    </message>
    <message>
        <source>--oauth-token-lifetime needs a whole number of at least 1.</source>
        <translation>--oauth-token-lifetime には 1 以上の整数が必要です。</translation>
    </message>
</context>
<context>
    <name>odag::App</name>
    <message>
        <source>the app name is empty</source>
        <translation>アプリ名が空です</translation>
    </message>
    <message>
        <source>the app name is longer than 256 characters</source>
        <translation>アプリ名が 256 文字を超えています</translation>
    </message>
</context>
<context>
    <name>odag::AppNameParameter</name>
    <message>
        <source>Template app name</source>
        <translation>テンプレート アプリ名</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>ユーザー ID</translation>
    </message>
    <message>
        <source>Current year</source>
        <translation>現在の年</translation>
    </message>
    <message>
        <source>Current month</source>
        <translation>現在の月</translation>
    </message>
    <message>
        <source>Current day</source>
        <translation>現在の日</translation>
    </message>
    <message>
        <source>Current hour</source>
        <translation>現在の時</translation>
    </message>
    <message>
        <source>Current minute</source>
        <translation>現在の分</translation>
    </message>
    <message>
        <source>Current second</source>
        <translation>現在の秒</translation>
    </message>
</context>
<context>
    <name>odag::AppOpenMethod</name>
    <message>
        <source>New tab</source>
        <translation>新しいタブ</translation>
    </message>
    <message>
        <source>New window</source>
        <translation>新しいウィンドウ</translation>
    </message>
</context>
<context>
    <name>odag::AppUsageType</name>
    <message>
        <source>Analytics</source>
        <translation>分析</translation>
    </message>
    <message>
        <source>Data preparation</source>
        <translation>データ準備</translation>
    </message>
    <message>
        <source>Data flow preparation</source>
        <translation>データ フロー準備</translation>
    </message>
    <message>
        <source>Single table preparation</source>
        <translation>単一テーブル準備</translation>
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
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>Bot</source>
        <translation>ボット</translation>
    </message>
</context>
<context>
    <name>odag::DataLoadStatus</name>
    <message>
        <source>Pending</source>
        <translation>保留中</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Success with warnings</source>
        <translation>成功 (警告あり)</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
</context>
<context>
    <name>odag::EngineHealth</name>
    <message>
        <source>Healthy</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Alive but too busy</source>
        <translation>稼働中 (高負荷)</translation>
    </message>
    <message>
        <source>Not healthy</source>
        <translation>異常</translation>
    </message>
</context>
<context>
    <name>odag::EngineSessionState</name>
    <message>
        <source>Active</source>
        <translation>アクティブ</translation>
    </message>
    <message>
        <source>Stalled</source>
        <translation>停止</translation>
    </message>
</context>
<context>
    <name>odag::LimitPolicy</name>
    <message>
        <source>Restrict</source>
        <translation>制限</translation>
    </message>
    <message>
        <source>Delete oldest automatically</source>
        <translation>最も古いものを自動削除</translation>
    </message>
</context>
<context>
    <name>odag::LinkStatus</name>
    <message>
        <source>Active</source>
        <translation>アクティブ</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>Decommissioned</source>
        <translation>廃止</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>不完全</translation>
    </message>
</context>
<context>
    <name>odag::LinkStatusSetting</name>
    <message>
        <source>Activate</source>
        <translation>有効化</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>無効化</translation>
    </message>
    <message>
        <source>Decommission</source>
        <translation>廃止</translation>
    </message>
</context>
<context>
    <name>odag::LinkType</name>
    <message>
        <source>Links</source>
        <translation>リンク</translation>
    </message>
    <message>
        <source>Dynamic views</source>
        <translation>ダイナミック ビュー</translation>
    </message>
    <message>
        <source>All</source>
        <translation>すべて</translation>
    </message>
</context>
<context>
    <name>odag::OdagAppType</name>
    <message>
        <source>Selection app</source>
        <translation>選択アプリ</translation>
    </message>
    <message>
        <source>Template app</source>
        <translation>テンプレート アプリ</translation>
    </message>
    <message>
        <source>Generated app</source>
        <translation>生成されたアプリ</translation>
    </message>
</context>
<context>
    <name>odag::QseRequestStatus</name>
    <message>
        <source>Queued</source>
        <translation>キュー待ち</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>ロード中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
</context>
<context>
    <name>odag::Reload</name>
    <message>
        <source>at most %1 variables are allowed, got %2</source>
        <translation>変数は最大 %1 個までですが、%2 個指定されています</translation>
    </message>
    <message>
        <source>the variable name is empty</source>
        <translation>変数名が空です</translation>
    </message>
    <message>
        <source>the variable name is longer than %1 characters</source>
        <translation>変数名が %1 文字を超えています</translation>
    </message>
    <message>
        <source>the variable value is longer than %1 characters</source>
        <translation>変数の値が %1 文字を超えています</translation>
    </message>
</context>
<context>
    <name>odag::ReloadStatus</name>
    <message>
        <source>Queued</source>
        <translation>キュー待ち</translation>
    </message>
    <message>
        <source>Reloading</source>
        <translation>リロード中</translation>
    </message>
    <message>
        <source>Canceling</source>
        <translation>キャンセル中</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>Exceeded limit</source>
        <translation>上限超過</translation>
    </message>
</context>
<context>
    <name>odag::ReloadType</name>
    <message>
        <source>Manual (hub)</source>
        <translation>手動 (ハブ)</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>スケジュール</translation>
    </message>
    <message>
        <source>Automation</source>
        <translation>オートメーション</translation>
    </message>
    <message>
        <source>Data refresh</source>
        <translation>データ更新</translation>
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
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Acknowledge cancellation</source>
        <translation>キャンセルを確認</translation>
    </message>
    <message>
        <source>Acknowledge failure</source>
        <translation>失敗を確認</translation>
    </message>
</context>
<context>
    <name>odag::RequestKind</name>
    <message>
        <source>Single</source>
        <translation>単一</translation>
    </message>
    <message>
        <source>Multiple</source>
        <translation>複数</translation>
    </message>
    <message>
        <source>Sub-request</source>
        <translation>サブリクエスト</translation>
    </message>
</context>
<context>
    <name>odag::RequestState</name>
    <message>
        <source>Validating</source>
        <translation>検証中</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>キュー待ち</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>ロード中</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Canceling</source>
        <translation>キャンセル中</translation>
    </message>
    <message>
        <source>Canceled (acknowledged)</source>
        <translation>キャンセル済み (確認済み)</translation>
    </message>
    <message>
        <source>Failed (acknowledged)</source>
        <translation>失敗 (確認済み)</translation>
    </message>
</context>
<context>
    <name>odag::SelectAppParamType</name>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>変数</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>プロパティ</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>除外</translation>
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
        <translation>選択済み</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>除外</translation>
    </message>
</context>
<context>
    <name>odag::Space</name>
    <message>
        <source>The space name is empty.</source>
        <translation>スペース名が空です。</translation>
    </message>
    <message>
        <source>The space name is longer than 256 characters.</source>
        <translation>スペース名が 256 文字を超えています。</translation>
    </message>
    <message>
        <source>The space name may not contain %1.</source>
        <translation>スペース名に %1 は使用できません。</translation>
    </message>
    <message>
        <source>at least one role is required</source>
        <translation>少なくとも 1 つのロールが必要です</translation>
    </message>
</context>
<context>
    <name>odag::SpaceRole</name>
    <message>
        <source>Can view</source>
        <translation>表示可能</translation>
    </message>
    <message>
        <source>Can contribute</source>
        <translation>投稿可能</translation>
    </message>
    <message>
        <source>Can consume data</source>
        <translation>データ使用可能</translation>
    </message>
    <message>
        <source>Can preview data</source>
        <translation>データ プレビュー可能</translation>
    </message>
    <message>
        <source>Can facilitate</source>
        <translation>ファシリテート可能</translation>
    </message>
    <message>
        <source>Can manage</source>
        <translation>管理可能</translation>
    </message>
    <message>
        <source>Can operate</source>
        <translation>運用可能</translation>
    </message>
    <message>
        <source>Can edit</source>
        <translation>編集可能</translation>
    </message>
    <message>
        <source>Can publish</source>
        <translation>公開可能</translation>
    </message>
    <message>
        <source>Has restricted view</source>
        <translation>制限付き表示</translation>
    </message>
    <message>
        <source>Can co-develop</source>
        <translation>共同開発可能</translation>
    </message>
</context>
<context>
    <name>odag::SpaceType</name>
    <message>
        <source>Shared</source>
        <translation>共有</translation>
    </message>
    <message>
        <source>Managed</source>
        <translation>管理</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>データ</translation>
    </message>
</context>
<context>
    <name>odag::api::ApiError</name>
    <message>
        <source>The connection to the server failed.</source>
        <translation>サーバーへの接続に失敗しました。</translation>
    </message>
    <message>
        <source>The connection to the server failed: %1</source>
        <translation>サーバーへの接続に失敗しました: %1</translation>
    </message>
    <message>
        <source>The secure connection to the server failed.</source>
        <translation>サーバーへのセキュリティで保護された接続に失敗しました。</translation>
    </message>
    <message>
        <source>The secure connection to the server failed: %1</source>
        <translation>サーバーへのセキュリティで保護された接続に失敗しました: %1</translation>
    </message>
    <message numerus="yes">
        <source>The server did not answer within %n second(s).</source>
        <translation>
            <numerusform>サーバーが %n 秒以内に応答しませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>サーバーが時間内に応答しませんでした。</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>リクエストはキャンセルされました。</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read.</source>
        <translation>サーバーの応答を読み取れませんでした。</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read: %1</source>
        <translation>サーバーの応答を読み取れませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>The server received too many requests and asks to wait %n second(s). Try again later.</source>
        <translation>
            <numerusform>サーバーが受け取ったリクエストが多すぎます。%n 秒待つよう求められています。しばらくしてからもう一度お試しください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The server still refuses requests as too many after several waits. Try again in a few minutes.</source>
        <translation>何度か待機しましたが、サーバーはリクエスト過多としてリクエストを拒否し続けています。数分後にもう一度お試しください。</translation>
    </message>
    <message>
        <source>The request failed.</source>
        <translation>リクエストが失敗しました。</translation>
    </message>
    <message>
        <source>Request: %1 %2</source>
        <translation>リクエスト: %1 %2</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP ステータス: %1</translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation>エラー コード: %1</translation>
    </message>
    <message>
        <source>Error title: %1</source>
        <translation>エラーのタイトル: %1</translation>
    </message>
    <message>
        <source>Trace ID: %1</source>
        <translation>トレース ID: %1</translation>
    </message>
    <message>
        <source>Attempts: %1</source>
        <translation>試行回数: %1</translation>
    </message>
    <message>
        <source>Technical: %1</source>
        <translation>技術情報: %1</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>サーバーからのメッセージ: %1</translation>
    </message>
    <message>
        <source>The server refused the request as invalid: %1</source>
        <translation>サーバーはリクエストを無効として拒否しました: %1</translation>
    </message>
    <message>
        <source>The server did not accept your sign-in or API key. Sign in again or check the key in the connection settings.</source>
        <translation>サーバーがサインインまたは API キーを受け付けませんでした。もう一度サインインするか、接続設定でキーを確認してください。</translation>
    </message>
    <message>
        <source>You do not have permission to do this on the server.</source>
        <translation>サーバーでこの操作を行う権限がありません。</translation>
    </message>
    <message>
        <source>The server could not find the item. It may have been deleted or moved.</source>
        <translation>サーバーで項目が見つかりませんでした。削除または移動された可能性があります。</translation>
    </message>
    <message>
        <source>The item was changed by someone else since you loaded it. Reload it and try again.</source>
        <translation>読み込んだ後に他のユーザーが項目を変更しました。再読み込みしてからもう一度お試しください。</translation>
    </message>
    <message numerus="yes">
        <source>The server received too many requests and asks to wait %n second(s).</source>
        <translation>
            <numerusform>サーバーが受け取ったリクエストが多すぎます。%n 秒待つよう求められています。</numerusform>
        </translation>
    </message>
    <message>
        <source>The server received too many requests. Wait a minute and try again.</source>
        <translation>サーバーが受け取ったリクエストが多すぎます。1 分待ってからもう一度お試しください。</translation>
    </message>
    <message>
        <source>The server had an error (%1). Try again later.</source>
        <translation>サーバーでエラーが発生しました (%1)。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message numerus="yes">
        <source>The server is unavailable (%1) and asks to wait %n second(s).</source>
        <translation>
            <numerusform>サーバーを利用できません (%1)。%n 秒待つよう求められています。</numerusform>
        </translation>
    </message>
    <message>
        <source>The server refused the request (%1).</source>
        <translation>サーバーがリクエストを拒否しました (%1)。</translation>
    </message>
</context>
<context>
    <name>odag::api::AppsApi</name>
    <message>
        <source>the export answer names no download location</source>
        <translation>エクスポートの応答にダウンロード先が示されていません</translation>
    </message>
</context>
<context>
    <name>odag::api::Authenticator</name>
    <message>
        <source>This sign-in method cannot be renewed.</source>
        <translation>このサインイン方法は更新できません。</translation>
    </message>
</context>
<context>
    <name>odag::api::CursorPager</name>
    <message>
        <source>links.next.href repeats a page already read (%1); the list was stopped after %2 pages</source>
        <translation>links.next.href が読み込み済みのページ (%1) を繰り返しています。%2 ページでリストの取得を停止しました</translation>
    </message>
</context>
<context>
    <name>odag::api::OAuth</name>
    <message>
        <source>The sign-in has no refresh token; sign in again.</source>
        <translation>このサインインにはリフレッシュ トークンがありません。もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>The sign-in could not be renewed: %1</source>
        <translation>サインインを更新できませんでした: %1</translation>
    </message>
    <message>
        <source>The tenant could not be told to end the sign-in: %1</source>
        <translation>テナントにサインインの終了を通知できませんでした: %1</translation>
    </message>
    <message>
        <source>The tenant did not end the sign-in (HTTP status %1).</source>
        <translation>テナントはサインインを終了しませんでした (HTTP ステータス %1)。</translation>
    </message>
    <message>
        <source>This sign-in has already ended. Return to ODAG Admin.</source>
        <translation>このサインインは既に終了しています。ODAG Admin に戻ってください。</translation>
    </message>
    <message>
        <source>This answer does not belong to the sign-in ODAG Admin started.</source>
        <translation>この応答は ODAG Admin が開始したサインインのものではありません。</translation>
    </message>
    <message>
        <source>The sign-in answer does not belong to this sign-in (state mismatch). Start the sign-in again.</source>
        <translation>サインインの応答がこのサインインのものではありません (state の不一致)。もう一度サインインを開始してください。</translation>
    </message>
    <message>
        <source>The sign-in was denied in the browser.</source>
        <translation>ブラウザーでサインインが拒否されました。</translation>
    </message>
    <message>
        <source>The tenant refused the sign-in: %1</source>
        <translation>テナントがサインインを拒否しました: %1</translation>
    </message>
    <message>
        <source>The tenant&apos;s answer carries no authorization code.</source>
        <translation>テナントの応答に認可コードが含まれていません。</translation>
    </message>
    <message>
        <source>ODAG Admin could not sign you in: %1</source>
        <translation>ODAG Admin でサインインできませんでした: %1</translation>
    </message>
    <message>
        <source>You are signed in to ODAG Admin. You can close this tab.</source>
        <translation>ODAG Admin にサインインしました。このタブは閉じてかまいません。</translation>
    </message>
    <message>
        <source>ODAG Admin cannot wait for the browser on port %1: %2</source>
        <translation>ODAG Admin はポート %1 でブラウザーを待機できません: %2</translation>
    </message>
    <message>
        <source>The sign-in was cancelled in ODAG Admin.</source>
        <translation>ODAG Admin でサインインがキャンセルされました。</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>サインインはキャンセルされました。</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>リクエストはキャンセルされました。</translation>
    </message>
    <message>
        <source>The tenant could not be reached: %1</source>
        <translation>テナントに接続できませんでした: %1</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP ステータス %1</translation>
    </message>
    <message>
        <source>The tenant&apos;s answer to the sign-in holds no usable access token.</source>
        <translation>サインインに対するテナントの応答に、使用可能なアクセス トークンが含まれていません。</translation>
    </message>
    <message>
        <source>ODAG Admin</source>
        <translation>ODAG Admin</translation>
    </message>
    <message>
        <source>This request is too large.</source>
        <translation>このリクエストは大きすぎます。</translation>
    </message>
    <message>
        <source>There is nothing here. Return to ODAG Admin.</source>
        <translation>ここには何もありません。ODAG Admin に戻ってください。</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>サインイン完了</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>サインイン失敗</translation>
    </message>
</context>
<context>
    <name>odag::api::Transport</name>
    <message>
        <source>The server address %1 is not a valid URL.</source>
        <translation>サーバーのアドレス %1 は有効な URL ではありません。</translation>
    </message>
    <message>
        <source>The server sent a link that is not a valid URL.</source>
        <translation>サーバーが有効な URL ではないリンクを送信しました。</translation>
    </message>
    <message>
        <source>The server sent a link to another server (%1 instead of %2); it was not followed.</source>
        <translation>サーバーが別のサーバーへのリンクを送信しました（%2 ではなく %1）。このリンクはたどっていません。</translation>
    </message>
    <message>
        <source>The request address is not a valid URL.</source>
        <translation>リクエストのアドレスが有効な URL ではありません。</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>The data could not be sent again: its source or target cannot go back to the start.</source>
        <translation>データを再送信できませんでした。送信元または送信先を先頭に戻せません。</translation>
    </message>
    <message>
        <source>The download could not be written: %1</source>
        <translation>ダウンロードを書き込めませんでした: %1</translation>
    </message>
    <message>
        <source>No answer within %1 ms.</source>
        <translation>%1 ミリ秒以内に応答がありませんでした。</translation>
    </message>
</context>
<context>
    <name>odag::gui::AppDataModelTab</name>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>テーブル</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Distinct values</source>
        <translation>個別値</translation>
    </message>
    <message>
        <source>Total values</source>
        <translation>値の総数</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>テーブル</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Key fields</source>
        <translation>キー項目</translation>
    </message>
    <message>
        <source>Tables of the data model</source>
        <translation>データ モデルのテーブル</translation>
    </message>
    <message>
        <source>Fields of the data model</source>
        <translation>データ モデルの項目</translation>
    </message>
    <message>
        <source>Reading the data model…</source>
        <translation>データ モデルを読み取っています…</translation>
    </message>
    <message>
        <source>Could not read the data model</source>
        <translation>データ モデルを読み取れませんでした</translation>
    </message>
    <message>
        <source>The app holds no data yet: reload it to build its data model.</source>
        <translation>アプリにはまだデータがありません。リロードしてデータ モデルを作成してください。</translation>
    </message>
    <message>
        <source>%1 and %2, size in memory %3</source>
        <translation>%1、%2、メモリ上のサイズ %3</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n 個のテーブル</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n 個の項目</numerusform>
        </translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>報告なし</translation>
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
        <translation>変更を保存</translation>
    </message>
    <message>
        <source>App name</source>
        <translation>アプリ名</translation>
    </message>
    <message>
        <source>App description</source>
        <translation>アプリの説明</translation>
    </message>
    <message>
        <source>Save the name and description (Ctrl+Return)</source>
        <translation>名前と説明を保存します (Ctrl+Return)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>説明(&amp;D):</translation>
    </message>
    <message>
        <source>Personal space</source>
        <translation>個人用スペース</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>yes, %1</source>
        <translation>はい、%1</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>section access</source>
        <translation>セクション アクセス</translation>
    </message>
    <message>
        <source>Direct Query</source>
        <translation>Direct Query</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>暗号化</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>報告なし</translation>
    </message>
    <message>
        <source>Could not save the app</source>
        <translation>アプリを保存できませんでした</translation>
    </message>
    <message>
        <source>App ID:</source>
        <translation>アプリ ID:</translation>
    </message>
    <message>
        <source>Space:</source>
        <translation>スペース:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>所有者:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>作成日時:</translation>
    </message>
    <message>
        <source>Modified:</source>
        <translation>変更日時:</translation>
    </message>
    <message>
        <source>Last reload:</source>
        <translation>最終リロード:</translation>
    </message>
    <message>
        <source>Published:</source>
        <translation>公開:</translation>
    </message>
    <message>
        <source>Published from:</source>
        <translation>公開元:</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>用途:</translation>
    </message>
    <message>
        <source>Properties:</source>
        <translation>プロパティ:</translation>
    </message>
    <message>
        <source>Your privileges:</source>
        <translation>あなたの権限:</translation>
    </message>
</context>
<context>
    <name>odag::gui::AppFormDialog</name>
    <message>
        <source>App name</source>
        <translation>アプリ名</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>説明(&amp;D):</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>スペース</translation>
    </message>
    <message>
        <source>Personal space</source>
        <translation>個人用スペース</translation>
    </message>
    <message>
        <source>&amp;Space:</source>
        <translation>スペース(&amp;S):</translation>
    </message>
    <message>
        <source>New owner&apos;s user ID</source>
        <translation>新しい所有者のユーザー ID</translation>
    </message>
    <message>
        <source>User ID, for example 65f1a2b3c4d5e6f708192a02</source>
        <translation>ユーザー ID (例: 65f1a2b3c4d5e6f708192a02)</translation>
    </message>
    <message>
        <source>New &amp;owner:</source>
        <translation>新しい所有者(&amp;O):</translation>
    </message>
</context>
<context>
    <name>odag::gui::AppLineageTab</name>
    <message>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>ステートメント</translation>
    </message>
    <message>
        <source>Data lineage</source>
        <translation>データ リネージ</translation>
    </message>
    <message>
        <source>Could not read the data lineage</source>
        <translation>データ リネージを読み取れませんでした</translation>
    </message>
</context>
<context>
    <name>odag::gui::AppOperations</name>
    <message>
        <source>Imported “%1”</source>
        <translation>「%1」をインポートしました</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>%1 にエクスポートしました</translation>
    </message>
    <message>
        <source>Transfer cancelled</source>
        <translation>転送がキャンセルされました</translation>
    </message>
    <message>
        <source>App file</source>
        <translation>アプリ ファイル</translation>
    </message>
    <message>
        <source>New app</source>
        <translation>新しいアプリ</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>Could not create the app</source>
        <translation>アプリを作成できませんでした</translation>
    </message>
    <message>
        <source>Created “%1”</source>
        <translation>「%1」を作成しました</translation>
    </message>
    <message>
        <source>Copy app</source>
        <translation>アプリのコピー</translation>
    </message>
    <message>
        <source>Copies “%1” with its script and data.</source>
        <translation>「%1」をスクリプトとデータごとコピーします。</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (コピー)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Could not copy the app</source>
        <translation>アプリをコピーできませんでした</translation>
    </message>
    <message>
        <source>Copied to “%1”</source>
        <translation>「%1」にコピーしました</translation>
    </message>
    <message>
        <source>Move app to a space</source>
        <translation>アプリをスペースに移動</translation>
    </message>
    <message>
        <source>Moves “%1” into another shared space. Its members will see it.</source>
        <translation>「%1」を別の共有スペースに移動します。そのスペースのメンバーに表示されるようになります。</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>移動</translation>
    </message>
    <message>
        <source>Could not move the app</source>
        <translation>アプリを移動できませんでした</translation>
    </message>
    <message>
        <source>Moved “%1”</source>
        <translation>「%1」を移動しました</translation>
    </message>
    <message>
        <source>Remove from space</source>
        <translation>スペースから削除</translation>
    </message>
    <message>
        <source>Move “%1” out of its space into the owner&apos;s personal space?</source>
        <translation>「%1」をスペースから所有者の個人用スペースに移動しますか?</translation>
    </message>
    <message>
        <source>Could not remove the app from its space</source>
        <translation>アプリをスペースから削除できませんでした</translation>
    </message>
    <message>
        <source>“%1” is now in the personal space</source>
        <translation>「%1」は個人用スペースに移動しました</translation>
    </message>
    <message>
        <source>Change owner</source>
        <translation>所有者の変更</translation>
    </message>
    <message>
        <source>“%1” is owned by %2. Give it to:</source>
        <translation>「%1」の所有者は %2 です。譲渡先:</translation>
    </message>
    <message>
        <source>Could not change the owner</source>
        <translation>所有者を変更できませんでした</translation>
    </message>
    <message>
        <source>Changed the owner of “%1”</source>
        <translation>「%1」の所有者を変更しました</translation>
    </message>
    <message>
        <source>Publish app</source>
        <translation>アプリの公開</translation>
    </message>
    <message>
        <source>Publishes a copy of “%1” to a managed space, where its members can use it.</source>
        <translation>「%1」のコピーを管理スペースに公開し、そのスペースのメンバーが使用できるようにします。</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>公開</translation>
    </message>
    <message>
        <source>Could not publish the app</source>
        <translation>アプリを公開できませんでした</translation>
    </message>
    <message>
        <source>Published “%1”</source>
        <translation>「%1」を公開しました</translation>
    </message>
    <message>
        <source>Republish app</source>
        <translation>アプリの再公開</translation>
    </message>
    <message>
        <source>Replaces the copy of “%1” published to a managed space with its current script and data.</source>
        <translation>管理スペースに公開されている「%1」のコピーを、現在のスクリプトとデータで置き換えます。</translation>
    </message>
    <message>
        <source>Republish</source>
        <translation>再公開</translation>
    </message>
    <message>
        <source>Could not republish the app</source>
        <translation>アプリを再公開できませんでした</translation>
    </message>
    <message>
        <source>Republished “%1”</source>
        <translation>「%1」を再公開しました</translation>
    </message>
    <message>
        <source>Delete app</source>
        <translation>アプリの削除</translation>
    </message>
    <message>
        <source>Delete “%1” with its data, script history and reload logs? This cannot be undone.</source>
        <translation>「%1」をデータ、スクリプト履歴、リロード ログとともに削除しますか? この操作は元に戻せません。</translation>
    </message>
    <message>
        <source>Could not delete the app</source>
        <translation>アプリを削除できませんでした</translation>
    </message>
    <message>
        <source>Deleted “%1”</source>
        <translation>「%1」を削除しました</translation>
    </message>
    <message>
        <source>Export app</source>
        <translation>アプリのエクスポート</translation>
    </message>
    <message>
        <source>Qlik Sense apps (*.qvf)</source>
        <translation>Qlik Sense アプリ (*.qvf)</translation>
    </message>
    <message>
        <source>Import app</source>
        <translation>アプリのインポート</translation>
    </message>
    <message>
        <source>Uploads %1 as a new app.</source>
        <translation>%1 を新しいアプリとしてアップロードします。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
</context>
<context>
    <name>odag::gui::AppReloadLogsTab</name>
    <message>
        <source>Finished</source>
        <translation>終了日時</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <source>Reload logs</source>
        <translation>リロード ログ</translation>
    </message>
    <message>
        <source>Reload log text</source>
        <translation>リロード ログのテキスト</translation>
    </message>
    <message>
        <source>Select a reload to read its log.</source>
        <translation>ログを表示するリロードを選択してください。</translation>
    </message>
    <message>
        <source>Could not read the reload logs</source>
        <translation>リロード ログを読み取れませんでした</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>The app has not been reloaded yet.</source>
        <translation>このアプリはまだリロードされていません。</translation>
    </message>
    <message>
        <source>Reading the log…</source>
        <translation>ログを読み取っています…</translation>
    </message>
    <message>
        <source>Could not read the reload log</source>
        <translation>リロード ログを読み取れませんでした</translation>
    </message>
</context>
<context>
    <name>odag::gui::AppScriptTab</name>
    <message>
        <source>Older versions</source>
        <translation>以前のバージョン</translation>
    </message>
    <message>
        <source>Set script</source>
        <translation>スクリプトを設定</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存日時</translation>
    </message>
    <message>
        <source>By</source>
        <translation>作成者</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Script versions</source>
        <translation>スクリプトのバージョン</translation>
    </message>
    <message>
        <source>Read the next page of older script versions</source>
        <translation>以前のスクリプト バージョンの次のページを読み取ります</translation>
    </message>
    <message>
        <source>Load script</source>
        <translation>ロード スクリプト</translation>
    </message>
    <message>
        <source>ODAG bind variables in the script</source>
        <translation>スクリプト内の ODAG バインド変数</translation>
    </message>
    <message>
        <source>Version message</source>
        <translation>バージョン メッセージ</translation>
    </message>
    <message>
        <source>What changed in this version</source>
        <translation>このバージョンでの変更内容</translation>
    </message>
    <message>
        <source>Save the script as a new version (Ctrl+S)</source>
        <translation>スクリプトを新しいバージョンとして保存します (Ctrl+S)</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>ODAG bindings found</source>
        <translation>見つかった ODAG バインディング</translation>
    </message>
    <message>
        <source>Version &amp;message:</source>
        <translation>バージョン メッセージ(&amp;M):</translation>
    </message>
    <message>
        <source>Could not read the script history</source>
        <translation>スクリプト履歴を読み取れませんでした</translation>
    </message>
    <message>
        <source>Could not read the script version</source>
        <translation>スクリプト バージョンを読み取れませんでした</translation>
    </message>
    <message>
        <source>%1 [%2-%3] — line %4</source>
        <translation>%1 [%2-%3] — 行 %4</translation>
    </message>
    <message>
        <source>%1 — line %2</source>
        <translation>%1 — 行 %2</translation>
    </message>
    <message>
        <source>Field %1, selection states %2</source>
        <translation>項目 %1、選択状態 %2</translation>
    </message>
    <message>
        <source>default</source>
        <translation>既定</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>行 %1: %2</translation>
    </message>
    <message>
        <source>No ODAG bind variables</source>
        <translation>ODAG バインド変数はありません</translation>
    </message>
    <message>
        <source>Could not save the script</source>
        <translation>スクリプトを保存できませんでした</translation>
    </message>
</context>
<context>
    <name>odag::gui::AppTransferBar</name>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Transfer progress</source>
        <translation>転送の進行状況</translation>
    </message>
    <message>
        <source>Stop the transfer (Esc)</source>
        <translation>転送を停止します (Esc)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Exporting “%1”…</source>
        <translation>「%1」をエクスポートしています…</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Could not export the app</source>
        <translation>アプリをエクスポートできませんでした</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>%1 をダウンロードしています…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 をインポートしています…</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>Could not import the app</source>
        <translation>アプリをインポートできませんでした</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>キャンセルしています…</translation>
    </message>
</context>
<context>
    <name>odag::gui::AppsModel</name>
    <message>
        <source>Personal</source>
        <translation>個人用</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>公開済み</translation>
    </message>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Succeeded %1</source>
        <translation>成功 %1</translation>
    </message>
    <message>
        <source>Failed %1</source>
        <translation>失敗 %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>スペース</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <source>Last reload</source>
        <translation>最終リロード</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新日時</translation>
    </message>
</context>
<context>
    <name>odag::gui::AppsWorkspace</name>
    <message>
        <source>&lt;h3&gt;Apps are managed in the Qlik Sense Enterprise hub&lt;/h3&gt;&lt;p&gt;This connection is to Qlik Sense Enterprise on Windows, which offers ODAG links and requests through its ODAG API but not the Qlik Cloud apps, items and spaces APIs this page uses.&lt;/p&gt;&lt;p&gt;Use the Qlik Management Console to copy, publish, export or import apps there.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;アプリは Qlik Sense Enterprise のハブで管理されます&lt;/h3&gt;&lt;p&gt;この接続先は Qlik Sense Enterprise on Windows です。ODAG API を通じて ODAG リンクとリクエストは利用できますが、このページが使用する Qlik Cloud のアプリ、アイテム、スペースの API は提供されていません。&lt;/p&gt;&lt;p&gt;アプリのコピー、公開、エクスポート、インポートは Qlik Management Console で行ってください。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Read the apps again (F5)</source>
        <translation>アプリを再度読み取ります (F5)</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>新規…</translation>
    </message>
    <message>
        <source>Create an app</source>
        <translation>アプリを作成します</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>インポート…</translation>
    </message>
    <message>
        <source>Upload a .qvf file as a new app</source>
        <translation>.qvf ファイルを新しいアプリとしてアップロードします</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <source>Download the app as a .qvf file</source>
        <translation>アプリを .qvf ファイルとしてダウンロードします</translation>
    </message>
    <message>
        <source>Copy…</source>
        <translation>コピー…</translation>
    </message>
    <message>
        <source>Copy the app</source>
        <translation>アプリをコピーします</translation>
    </message>
    <message>
        <source>Move to space…</source>
        <translation>スペースに移動…</translation>
    </message>
    <message>
        <source>Move the app into a shared space</source>
        <translation>アプリを共有スペースに移動します</translation>
    </message>
    <message>
        <source>Remove from space</source>
        <translation>スペースから削除</translation>
    </message>
    <message>
        <source>Move the app to its owner&apos;s personal space</source>
        <translation>アプリを所有者の個人用スペースに移動します</translation>
    </message>
    <message>
        <source>Change owner…</source>
        <translation>所有者の変更…</translation>
    </message>
    <message>
        <source>Give the app to another user</source>
        <translation>アプリを別のユーザーに譲渡します</translation>
    </message>
    <message>
        <source>Publish…</source>
        <translation>公開…</translation>
    </message>
    <message>
        <source>Publish the app to a managed space</source>
        <translation>アプリを管理スペースに公開します</translation>
    </message>
    <message>
        <source>Republish…</source>
        <translation>再公開…</translation>
    </message>
    <message>
        <source>Update the app&apos;s published copy</source>
        <translation>アプリの公開コピーを更新します</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Delete the app</source>
        <translation>アプリを削除します</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>名前で絞り込み</translation>
    </message>
    <message>
        <source>Filter apps by name</source>
        <translation>アプリを名前で絞り込み</translation>
    </message>
    <message>
        <source>Filter apps by space</source>
        <translation>アプリをスペースで絞り込み</translation>
    </message>
    <message>
        <source>All spaces</source>
        <translation>すべてのスペース</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>個人用</translation>
    </message>
    <message>
        <source>Owner&apos;s user ID</source>
        <translation>所有者のユーザー ID</translation>
    </message>
    <message>
        <source>Filter apps by owner</source>
        <translation>アプリを所有者で絞り込み</translation>
    </message>
    <message>
        <source>Apps</source>
        <translation>アプリ</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Data model</source>
        <translation>データ モデル</translation>
    </message>
    <message>
        <source>Lineage</source>
        <translation>リネージ</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>スクリプト</translation>
    </message>
    <message>
        <source>Reload logs</source>
        <translation>リロード ログ</translation>
    </message>
    <message>
        <source>Could not list the apps</source>
        <translation>アプリの一覧を取得できませんでした</translation>
    </message>
    <message>
        <source>Could not list the spaces</source>
        <translation>スペースの一覧を取得できませんでした</translation>
    </message>
    <message numerus="yes">
        <source>%n app(s) so far</source>
        <translation>
            <numerusform>これまでに %n 個のアプリ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n app(s)</source>
        <translation>
            <numerusform>%n 個のアプリ</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the app</source>
        <translation>アプリを読み取れませんでした</translation>
    </message>
</context>
<context>
    <name>odag::gui::AssignmentDialog</name>
    <message>
        <source>Add member to %1</source>
        <translation>%1 にメンバーを追加</translation>
    </message>
    <message>
        <source>Change roles in %1</source>
        <translation>%1 のロールを変更</translation>
    </message>
    <message>
        <source>Member type</source>
        <translation>メンバーの種類</translation>
    </message>
    <message>
        <source>User or group ID</source>
        <translation>ユーザーまたはグループ ID</translation>
    </message>
    <message>
        <source>The ID of the user or group</source>
        <translation>ユーザーまたはグループの ID</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>ロール</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Member &amp;type:</source>
        <translation>メンバーの種類(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;ID:</source>
        <translation>ID(&amp;I):</translation>
    </message>
    <message>
        <source>Enter the ID of the user or group.</source>
        <translation>ユーザーまたはグループの ID を入力してください。</translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>ロールを 1 つ以上選択してください。</translation>
    </message>
    <message>
        <source>Could not add the member</source>
        <translation>メンバーを追加できませんでした</translation>
    </message>
    <message>
        <source>Could not change the roles</source>
        <translation>ロールを変更できませんでした</translation>
    </message>
</context>
<context>
    <name>odag::gui::BindingsModel</name>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>quote %1, delimiter %2</source>
        <translation>引用符 %1、区切り文字 %2</translation>
    </message>
    <message>
        <source>Read-only: set by the template app&apos;s script</source>
        <translation>読み取り専用: テンプレート アプリのスクリプトで設定されています</translation>
    </message>
    <message>
        <source>Template variable</source>
        <translation>テンプレート変数</translation>
    </message>
    <message>
        <source>Parameter type</source>
        <translation>パラメーターの種類</translation>
    </message>
    <message>
        <source>Parameter name</source>
        <translation>パラメーター名</translation>
    </message>
    <message>
        <source>Selection states (read-only)</source>
        <translation>選択状態 (読み取り専用)</translation>
    </message>
    <message>
        <source>Min values</source>
        <translation>値の最小数</translation>
    </message>
    <message>
        <source>Max values</source>
        <translation>値の最大数</translation>
    </message>
    <message>
        <source>Numeric only (read-only)</source>
        <translation>数値のみ (読み取り専用)</translation>
    </message>
    <message>
        <source>Formatting (read-only)</source>
        <translation>書式 (読み取り専用)</translation>
    </message>
</context>
<context>
    <name>odag::gui::BindingsPage</name>
    <message>
        <source>&amp;Add binding</source>
        <translation>バインディングを追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove binding</source>
        <translation>バインディングを削除(&amp;R)</translation>
    </message>
    <message>
        <source>Bindings</source>
        <translation>バインディング</translation>
    </message>
    <message>
        <source>Read the template app&apos;s load script and list the bind variables it declares</source>
        <translation>テンプレート アプリのロード スクリプトを読み取り、宣言されているバインド変数を一覧表示します</translation>
    </message>
    <message>
        <source>Bindings found in the template script</source>
        <translation>テンプレート スクリプトで見つかったバインディング</translation>
    </message>
    <message>
        <source>Reading the template app&apos;s script…</source>
        <translation>テンプレート アプリのスクリプトを読み取っています…</translation>
    </message>
    <message>
        <source>Could not read the template app&apos;s script.</source>
        <translation>テンプレート アプリのスクリプトを読み取れませんでした。</translation>
    </message>
    <message>
        <source>%1 — field %2</source>
        <translation>%1 — 項目 %2</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>行 %1: %2</translation>
    </message>
    <message>
        <source>Bindings in the template script: %1. Missing from the link: %2.</source>
        <translation>テンプレート スクリプト内のバインディング: %1。リンクにないもの: %2。</translation>
    </message>
    <message>
        <source>The template script declares no bind variables.</source>
        <translation>テンプレート スクリプトでバインド変数は宣言されていません。</translation>
    </message>
    <message>
        <source>Bindings added; save the link to keep them.</source>
        <translation>バインディングを追加しました。保持するにはリンクを保存してください。</translation>
    </message>
    <message>
        <source>D&amp;etect from template script</source>
        <translation>テンプレート スクリプトから検出(&amp;E)</translation>
    </message>
    <message>
        <source>Add chec&amp;ked bindings</source>
        <translation>チェックしたバインディングを追加(&amp;K)</translation>
    </message>
</context>
<context>
    <name>odag::gui::BulkResultDialog</name>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n request(s)…</source>
        <translation>
            <numerusform>%1: %n 件のリクエスト…</numerusform>
        </translation>
    </message>
    <message>
        <source>Result per request</source>
        <translation>リクエストごとの結果</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>リクエスト</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Stop after the calls under way; requests not reached stay as they are</source>
        <translation>実行中の呼び出しの完了後に停止します。未処理のリクエストはそのまま残ります</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Not done (stopped)</source>
        <translation>未実行 (停止)</translation>
    </message>
    <message numerus="yes">
        <source>%1: stopped. %2 of %n request(s) answered.</source>
        <translation>
            <numerusform>%1: 停止しました。%n 件中 %2 件のリクエストが応答しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: done for %n request(s).</source>
        <translation>
            <numerusform>%1: %n 件のリクエストで完了しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 succeeded, %n failed.</source>
        <translation>
            <numerusform>%1: %2 件成功、%n 件失敗しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>odag::gui::BundleImportDialog</name>
    <message>
        <source>Import links</source>
        <translation>リンクのインポート</translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation>&lt; 戻る</translation>
    </message>
    <message>
        <source>Preview &gt;</source>
        <translation>プレビュー &gt;</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <source>See what each link would become, without changing the tenant</source>
        <translation>テナントを変更せずに、各リンクがどうなるかを確認します</translation>
    </message>
    <message>
        <source>Create the links on this tenant</source>
        <translation>このテナントにリンクを作成します</translation>
    </message>
    <message>
        <source>Stop; links already created stay</source>
        <translation>停止します。既に作成されたリンクは残ります</translation>
    </message>
    <message numerus="yes">
        <source>Bundle from %1, exported %2: %n link(s).</source>
        <translation>
            <numerusform>%1 のバンドル (エクスポート日時 %2): %n 個のリンク。</numerusform>
        </translation>
    </message>
    <message>
        <source>an unnamed tenant</source>
        <translation>名前のないテナント</translation>
    </message>
    <message>
        <source>at an unknown time</source>
        <translation>不明な日時</translation>
    </message>
    <message>
        <source>Links point at apps by ID, and IDs differ between tenants. Choose the app of this tenant that takes the place of each app of the bundle; apps with the same name are chosen for you.</source>
        <translation>リンクは ID でアプリを参照しますが、ID はテナントごとに異なります。バンドルの各アプリの代わりとなる、このテナントのアプリを選択してください。同じ名前のアプリは自動的に選択されます。</translation>
    </message>
    <message>
        <source>Qlik Sense Enterprise&apos;s ODAG API lists no apps: the apps offered are those the links of this tenant use, by ID.</source>
        <translation>Qlik Sense Enterprise の ODAG API はアプリを一覧表示しません。表示されるアプリは、このテナントのリンクが ID で使用しているアプリです。</translation>
    </message>
    <message>
        <source>Reading the apps of this tenant…</source>
        <translation>このテナントのアプリを読み取っています…</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>ロール</translation>
    </message>
    <message>
        <source>App in the bundle</source>
        <translation>バンドル内のアプリ</translation>
    </message>
    <message>
        <source>ID in the bundle</source>
        <translation>バンドル内の ID</translation>
    </message>
    <message>
        <source>App in this tenant</source>
        <translation>このテナントのアプリ</translation>
    </message>
    <message>
        <source>Selection app</source>
        <translation>選択アプリ</translation>
    </message>
    <message>
        <source>Template app</source>
        <translation>テンプレート アプリ</translation>
    </message>
    <message>
        <source>App of this tenant for %1</source>
        <translation>%1 に対応するこのテナントのアプリ</translation>
    </message>
    <message>
        <source>Dry run: nothing has been written yet. This is what Import would create.</source>
        <translation>ドライ ラン: まだ何も書き込まれていません。インポートで作成される内容は次のとおりです。</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>リンク</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>アクション</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>検出された問題</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>New link ID</source>
        <translation>新しいリンク ID</translation>
    </message>
    <message>
        <source>Could not read the apps of this tenant</source>
        <translation>このテナントのアプリを読み取れませんでした</translation>
    </message>
    <message>
        <source>Without the apps of this tenant the links cannot be mapped.</source>
        <translation>このテナントのアプリがないと、リンクを対応付けられません。</translation>
    </message>
    <message>
        <source>(none: skip its links)</source>
        <translation>(なし: このアプリのリンクをスキップ)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n app(s) matched by name. Check each choice.</source>
        <translation>
            <numerusform>%n 個のアプリのうち %1 個を名前で対応付けました。各選択を確認してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n link(s) would be created.</source>
        <translation>
            <numerusform>%n 個のリンクのうち %1 個が作成されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped: an app is not chosen</source>
        <translation>スキップ: アプリが選択されていません</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>作成しています…</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成済み</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>作成済み: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失敗: %1</translation>
    </message>
    <message>
        <source>Created (%1)</source>
        <translation>作成済み (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%1 created, %2 failed, of %n link(s).</source>
        <translation>
            <numerusform>%n 個のリンクのうち、%1 個を作成、%2 個が失敗しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>odag::gui::CancelOptionsDialog</name>
    <message>
        <source>&amp;Acknowledge the cancellation at once (autoAck)</source>
        <translation>キャンセルをすぐに確認する (autoAck)(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Delete the generated app as well (delGenApp)</source>
        <translation>生成アプリも削除する (delGenApp)(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Ignore requests that succeeded meanwhile (ignoreSucceeded)</source>
        <translation>その間に成功したリクエストを無視する (ignoreSucceeded)(&amp;I)</translation>
    </message>
    <message>
        <source>Cancel requests</source>
        <translation>リクエストのキャンセル</translation>
    </message>
    <message>
        <source>The request goes on to &quot;canceled (acknowledged)&quot; without a separate acknowledgement.</source>
        <translation>リクエストは、個別の確認なしで「キャンセル済み (確認済み)」になります。</translation>
    </message>
    <message>
        <source>Only with autoAck: the generated app is deleted with the request.</source>
        <translation>autoAck の場合のみ: 生成アプリはリクエストとともに削除されます。</translation>
    </message>
    <message>
        <source>A request that finished before the cancel arrived is not reported as an error.</source>
        <translation>キャンセルが届く前に完了したリクエストは、エラーとして報告されません。</translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n request(s)? Cancelling is effective only before the data load starts; a multiple request cancels its sub-requests that are not loading yet.</source>
        <translation>
            <numerusform>%n 件のリクエストをキャンセルしますか? キャンセルはデータ ロードの開始前にのみ有効です。複数リクエストの場合は、まだロード中でないサブリクエストがキャンセルされます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel &amp;requests</source>
        <translation>リクエストをキャンセル(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keep them</source>
        <translation>キャンセルしない(&amp;K)</translation>
    </message>
</context>
<context>
    <name>odag::gui::CertificateDialog</name>
    <message>
        <source>Untrusted certificate</source>
        <translation>信頼されていない証明書</translation>
    </message>
    <message>
        <source>The server presented a certificate that this computer does not trust.</source>
        <translation>サーバーが、このコンピューターで信頼されていない証明書を提示しました。</translation>
    </message>
    <message>
        <source>The server %1 presented a certificate that this computer does not trust.</source>
        <translation>サーバー %1 が、このコンピューターで信頼されていない証明書を提示しました。</translation>
    </message>
    <message>
        <source>The certificate could not be verified.</source>
        <translation>証明書を検証できませんでした。</translation>
    </message>
    <message>
        <source>Why it is not trusted:</source>
        <translation>信頼されていない理由:</translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation>証明書チェーン</translation>
    </message>
    <message>
        <source>The certificates the server sent, its own first</source>
        <translation>サーバーが送信した証明書 (サーバー自身の証明書が先頭)</translation>
    </message>
    <message>
        <source>%1 (the server&apos;s certificate)</source>
        <translation>%1 (サーバーの証明書)</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>証明書</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>発行先:</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>組織:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>発行者:</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>有効期間の開始:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>有効期間の終了:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256 フィンガープリント:</translation>
    </message>
    <message>
        <source>The server presented no certificate that could be examined, so there is nothing to trust. Ask the server&apos;s administrator.</source>
        <translation>サーバーは検査可能な証明書を提示しなかったため、信頼する対象がありません。サーバーの管理者に問い合わせてください。</translation>
    </message>
    <message>
        <source>Trust it only if you expect this server to use a self-signed or private certificate and the fingerprint matches the one its administrator gave you. The trust applies to the profile &quot;%1&quot; only, and to this exact certificate: ODAG Admin asks again if the server presents another one.</source>
        <translation>このサーバーが自己署名証明書またはプライベート証明書を使用することが想定されており、フィンガープリントが管理者から提供されたものと一致する場合にのみ信頼してください。信頼はプロファイル「%1」のみに、かつこの証明書そのものに適用されます。サーバーが別の証明書を提示した場合、ODAG Admin は再度確認します。</translation>
    </message>
    <message>
        <source>&amp;Trust for this profile</source>
        <translation>このプロファイルで信頼(&amp;T)</translation>
    </message>
    <message>
        <source>Accept this certificate for the profile &quot;%1&quot;</source>
        <translation>プロファイル「%1」でこの証明書を受け入れます</translation>
    </message>
    <message>
        <source>Do not connect to this server</source>
        <translation>このサーバーに接続しません</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(指定なし)</translation>
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
        <translation>クライアント証明書ファイルが選択されていません。</translation>
    </message>
    <message>
        <source>Could not open the certificate file %1: %2</source>
        <translation>証明書ファイル %1 を開けませんでした: %2</translation>
    </message>
    <message>
        <source>Could not read the PFX file %1: the password is wrong or the file is not a PKCS#12 certificate with its private key.</source>
        <translation>PFX ファイル %1 を読み取れませんでした: パスワードが正しくないか、ファイルが秘密キーを含む PKCS#12 証明書ではありません。</translation>
    </message>
    <message>
        <source>The file %1 holds no PEM certificate.</source>
        <translation>ファイル %1 には PEM 証明書が含まれていません。</translation>
    </message>
    <message>
        <source>Could not open the private key file %1: %2</source>
        <translation>秘密キー ファイル %1 を開けませんでした: %2</translation>
    </message>
    <message>
        <source>Could not read the private key %1: the password is wrong or the file is not a PEM private key.</source>
        <translation>秘密キー %1 を読み取れませんでした: パスワードが正しくないか、ファイルが PEM 秘密キーではありません。</translation>
    </message>
</context>
<context>
    <name>odag::gui::ConflictDialog</name>
    <message>
        <source>(absent)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>The link was changed on the server</source>
        <translation>サーバーでリンクが変更されました</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>自分の値</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>相手の値</translation>
    </message>
    <message>
        <source>Value to keep for %1</source>
        <translation>%1 で保持する値</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Base (first read)</source>
        <translation>ベース (最初の読み取り)</translation>
    </message>
    <message>
        <source>Theirs (server now)</source>
        <translation>相手の値 (現在のサーバー)</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保持</translation>
    </message>
    <message>
        <source>Someone changed this link after you opened it, so it was not saved. For each field that differs, choose which value to keep; the link is then saved on top of the server&apos;s version.</source>
        <translation>このリンクを開いた後に他のユーザーが変更したため、保存されませんでした。異なる項目ごとに保持する値を選択してください。その後、サーバーのバージョンに上書きしてリンクが保存されます。</translation>
    </message>
    <message>
        <source>&amp;Save with these choices</source>
        <translation>この選択内容で保存(&amp;S)</translation>
    </message>
</context>
<context>
    <name>odag::gui::ConnectionProbe</name>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation>テナント: %1</translation>
    </message>
    <message>
        <source>Signed in as: %1</source>
        <translation>サインイン ユーザー: %1</translation>
    </message>
    <message>
        <source>Signed in as: %1 &lt;%2&gt;</source>
        <translation>サインイン ユーザー: %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Roles: %1</source>
        <translation>ロール: %1</translation>
    </message>
    <message>
        <source>ODAG service version: %1</source>
        <translation>ODAG サービスのバージョン: %1</translation>
    </message>
    <message>
        <source>ODAG enabled: %1</source>
        <translation>ODAG 有効: %1</translation>
    </message>
    <message>
        <source>ODAG enabled: unknown</source>
        <translation>ODAG 有効: 不明</translation>
    </message>
    <message>
        <source>Dynamic views enabled: %1</source>
        <translation>ダイナミック ビュー有効: %1</translation>
    </message>
    <message>
        <source>Can create ODAG links: %1</source>
        <translation>ODAG リンクの作成: %1</translation>
    </message>
    <message>
        <source>Can change ODAG settings: %1</source>
        <translation>ODAG 設定の変更: %1</translation>
    </message>
</context>
<context>
    <name>odag::gui::ConnectionTestPanel</name>
    <message>
        <source>Cancel test</source>
        <translation>テストをキャンセル</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>接続テストの結果</translation>
    </message>
    <message>
        <source>Stop testing the connection</source>
        <translation>接続のテストを中止します</translation>
    </message>
    <message>
        <source>Test the connection to see who you are signed in as, whether ODAG is enabled and what you may do.</source>
        <translation>接続をテストして、サインインしているユーザー、ODAG が有効かどうか、実行できる操作を確認します。</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>%1 への接続をテストしています…</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>テストはキャンセルされました。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Connection works.&lt;/b&gt;</source>
        <translation>&lt;b&gt;接続に成功しました。&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b style=&quot;color:#b3261e&quot;&gt;Connection failed.&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b style=&quot;color:#b3261e&quot;&gt;接続に失敗しました。&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
</context>
<context>
    <name>odag::gui::EngineHealthPanel</name>
    <message>
        <source>not reported</source>
        <translation>報告なし</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 日 %2 時間</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>%1 (up %2)</source>
        <translation>%1 (稼働時間 %2)</translation>
    </message>
    <message>
        <source>Engine health</source>
        <translation>エンジンの正常性</translation>
    </message>
    <message>
        <source>Healthcheck figures</source>
        <translation>ヘルスチェックの数値</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>到達不能</translation>
    </message>
    <message>
        <source>Could not reach the engine</source>
        <translation>エンジンに到達できませんでした</translation>
    </message>
    <message>
        <source>Could not read the engine health</source>
        <translation>エンジンの正常性を読み取れませんでした</translation>
    </message>
    <message>
        <source>The engine is alive but saturated: it answers new work slowly</source>
        <translation>エンジンは稼働していますが飽和状態です。新しい処理への応答が遅くなっています</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 中 %1</translation>
    </message>
    <message>
        <source>committed %1 · allocated %2 · free %3</source>
        <translation>コミット済み %1 · 割り当て済み %2 · 空き %3</translation>
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
        <translation>はい — エンジンは新しい処理を拒否しています</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>%1 of %2 lookups (%3)</source>
        <translation>%2 回の参照中 %1 回 (%3)</translation>
    </message>
    <message>
        <source>%1 (no lookups yet)</source>
        <translation>%1 (まだ参照なし)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>ステータス:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>バージョン:</translation>
    </message>
    <message>
        <source>Running since:</source>
        <translation>稼働開始日時:</translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation>メモリ:</translation>
    </message>
    <message>
        <source>CPU:</source>
        <translation>CPU:</translation>
    </message>
    <message>
        <source>Sessions (active / total):</source>
        <translation>セッション (アクティブ / 合計):</translation>
    </message>
    <message>
        <source>Apps (active / loaded / in memory):</source>
        <translation>アプリ (アクティブ / ロード済み / メモリ内):</translation>
    </message>
    <message>
        <source>Users (active / total):</source>
        <translation>ユーザー (アクティブ / 合計):</translation>
    </message>
    <message>
        <source>Saturated:</source>
        <translation>飽和状態:</translation>
    </message>
    <message>
        <source>Engine calls:</source>
        <translation>エンジン呼び出し:</translation>
    </message>
    <message>
        <source>Selections:</source>
        <translation>選択:</translation>
    </message>
    <message>
        <source>Cache hits:</source>
        <translation>キャッシュ ヒット:</translation>
    </message>
    <message>
        <source>Cache entries (added / replaced):</source>
        <translation>キャッシュ エントリ (追加 / 置換):</translation>
    </message>
    <message>
        <source>Cache data added:</source>
        <translation>追加されたキャッシュ データ:</translation>
    </message>
</context>
<context>
    <name>odag::gui::EngineSessionModel</name>
    <message>
        <source>No app is open on this session</source>
        <translation>このセッションで開いているアプリはありません</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>報告なし</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>App</source>
        <translation>アプリ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Keep-alive</source>
        <translation>キープアライブ</translation>
    </message>
    <message>
        <source>Session ID</source>
        <translation>セッション ID</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>テナント</translation>
    </message>
</context>
<context>
    <name>odag::gui::EngineSessionsPanel</name>
    <message>
        <source>loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>Engine sessions</source>
        <translation>エンジン セッション</translation>
    </message>
    <message>
        <source>No websocket sessions are open on the engine.</source>
        <translation>エンジンで開いている WebSocket セッションはありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n websocket session(s) open on the engine.</source>
        <translation>
            <numerusform>エンジンで %n 個の WebSocket セッションが開いています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Sessions (%1)</source>
        <translation>セッション (%1)</translation>
    </message>
    <message>
        <source>The sessions are not known.</source>
        <translation>セッションは不明です。</translation>
    </message>
    <message>
        <source>Could not list the engine sessions</source>
        <translation>エンジン セッションの一覧を取得できませんでした</translation>
    </message>
</context>
<context>
    <name>odag::gui::ErrorBanner</name>
    <message>
        <source>Details…</source>
        <translation>詳細…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>エラーの詳細</translation>
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
        <translation>失敗</translation>
    </message>
    <message>
        <source>%1 (attempt %2)</source>
        <translation>%1 (試行 %2)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>メソッド</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
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
        <translation>サンドボックスを試す(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Add a profile…</source>
        <translation>プロファイルを追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Open the built-in sandbox tenant with demo data</source>
        <translation>デモ データ入りの組み込みサンドボックス テナントを開きます</translation>
    </message>
    <message>
        <source>Connect to a Qlik Cloud tenant or a Qlik Sense Enterprise site (Ctrl+Shift+M)</source>
        <translation>Qlik Cloud テナントまたは Qlik Sense Enterprise サイトに接続します (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>&lt;h1&gt;Welcome to ODAG Admin&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;ODAG Admin へようこそ&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>Administer On-Demand App Generation links and requests, spaces, apps and reloads of a Qlik tenant. Where would you like to start?</source>
        <translation>Qlik テナントのオンデマンド アプリ生成のリンクとリクエスト、スペース、アプリ、リロードを管理します。どこから始めますか?</translation>
    </message>
    <message>
        <source>A local tenant with demo links, requests, apps and users. Nothing you do there touches a real tenant.</source>
        <translation>デモ用のリンク、リクエスト、アプリ、ユーザーを含むローカル テナントです。ここでの操作が実際のテナントに影響することはありません。</translation>
    </message>
    <message>
        <source>Connect to your Qlik Cloud tenant (API key) or Qlik Sense Enterprise site (header, certificate or Windows sign-in).</source>
        <translation>Qlik Cloud テナント (API キー) または Qlik Sense Enterprise サイト (ヘッダー、証明書、Windows サインイン) に接続します。</translation>
    </message>
</context>
<context>
    <name>odag::gui::GeneralPage</name>
    <message>
        <source>Link name</source>
        <translation>リンク名</translation>
    </message>
    <message>
        <source>Pick an app by name, or type its ID</source>
        <translation>名前でアプリを選択するか、ID を入力してください</translation>
    </message>
    <message>
        <source>Selection app</source>
        <translation>選択アプリ</translation>
    </message>
    <message>
        <source>Template app</source>
        <translation>テンプレート アプリ</translation>
    </message>
    <message>
        <source>Sum(RowCount)</source>
        <translation>Sum(RowCount)</translation>
    </message>
    <message>
        <source>Row estimate expression</source>
        <translation>推定行数の数式</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Row estimate expression:</source>
        <translation>推定行数の数式(&amp;R):</translation>
    </message>
    <message>
        <source>Qlik Sense Enterprise properties</source>
        <translation>Qlik Sense Enterprise のプロパティ</translation>
    </message>
    <message>
        <source>Generated apps are accessible to other users</source>
        <translation>生成アプリに他のユーザーがアクセス可能</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>Stream ID (empty: not published)</source>
        <translation>ストリーム ID (空: 公開しない)</translation>
    </message>
    <message>
        <source>Keep generated apps for:</source>
        <translation>生成アプリの保持期間:</translation>
    </message>
    <message>
        <source>Generated apps per user:</source>
        <translation>ユーザーあたりの生成アプリ数:</translation>
    </message>
    <message>
        <source>Publish to stream:</source>
        <translation>公開先ストリーム:</translation>
    </message>
    <message>
        <source>Bindings</source>
        <translation>バインディング</translation>
    </message>
    <message>
        <source>Selection field</source>
        <translation>選択項目</translation>
    </message>
    <message>
        <source>Template field</source>
        <translation>テンプレート項目</translation>
    </message>
    <message>
        <source>Selection type</source>
        <translation>選択の種類</translation>
    </message>
    <message>
        <source>Add binding</source>
        <translation>バインディングを追加</translation>
    </message>
    <message>
        <source>Remove binding</source>
        <translation>バインディングを削除</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>ステータス:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>所有者:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>作成日時:</translation>
    </message>
    <message>
        <source>Modified:</source>
        <translation>変更日時:</translation>
    </message>
    <message>
        <source>New link (not saved yet)</source>
        <translation>新しいリンク (未保存)</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>S&amp;election app:</source>
        <translation>選択アプリ(&amp;E):</translation>
    </message>
    <message>
        <source>Te&amp;mplate app:</source>
        <translation>テンプレート アプリ(&amp;M):</translation>
    </message>
    <message>
        <source>D&amp;ynamic view (charts of the template app shown in the selection app)</source>
        <translation>ダイナミック ビュー (テンプレート アプリのチャートを選択アプリに表示)(&amp;Y)</translation>
    </message>
    <message>
        <source>Incl&amp;ude the template script in generated apps</source>
        <translation>生成アプリにテンプレート スクリプトを含める(&amp;U)</translation>
    </message>
</context>
<context>
    <name>odag::gui::JsonPage</name>
    <message>
        <source>&amp;Apply JSON</source>
        <translation>JSON を適用(&amp;A)</translation>
    </message>
    <message>
        <source>Link JSON</source>
        <translation>リンク JSON</translation>
    </message>
    <message>
        <source>Use this JSON in the other tabs (Ctrl+Return)</source>
        <translation>この JSON を他のタブで使用します (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Not JSON: %1</source>
        <translation>JSON ではありません: %1</translation>
    </message>
    <message>
        <source>Valid link JSON; Apply to use it.</source>
        <translation>有効なリンク JSON です。使用するには [適用] をクリックしてください。</translation>
    </message>
    <message>
        <source>Valid link JSON.</source>
        <translation>有効なリンク JSON です。</translation>
    </message>
    <message>
        <source>Not a valid link: %1</source>
        <translation>有効なリンクではありません: %1</translation>
    </message>
    <message>
        <source>R&amp;evert</source>
        <translation>元に戻す(&amp;E)</translation>
    </message>
</context>
<context>
    <name>odag::gui::KeychainSecretStore</name>
    <message>
        <source>The keychain refused to read a secret: %1</source>
        <translation>キーチェーンがシークレットの読み取りを拒否しました: %1</translation>
    </message>
    <message>
        <source>The keychain refused to store a secret: %1</source>
        <translation>キーチェーンがシークレットの保存を拒否しました: %1</translation>
    </message>
    <message>
        <source>The keychain refused to delete a secret: %1</source>
        <translation>キーチェーンがシークレットの削除を拒否しました: %1</translation>
    </message>
</context>
<context>
    <name>odag::gui::LinkBundle</name>
    <message>
        <source>The file is not valid JSON (%1).</source>
        <translation>ファイルが有効な JSON ではありません (%1)。</translation>
    </message>
    <message>
        <source>The file is not an ODAG Admin link bundle: it holds no JSON object.</source>
        <translation>ファイルは ODAG Admin のリンク バンドルではありません。JSON オブジェクトが含まれていません。</translation>
    </message>
    <message>
        <source>The file is not an ODAG Admin link bundle (its &quot;format&quot; is not &quot;%1&quot;).</source>
        <translation>ファイルは ODAG Admin のリンク バンドルではありません (「format」が「%1」ではありません)。</translation>
    </message>
    <message>
        <source>The bundle has no version number.</source>
        <translation>バンドルにバージョン番号がありません。</translation>
    </message>
    <message>
        <source>The bundle was written by a newer ODAG Admin (format version %1); this one reads version %2.</source>
        <translation>バンドルは新しいバージョンの ODAG Admin で作成されています (形式バージョン %1)。このバージョンで読み取れるのはバージョン %2 です。</translation>
    </message>
    <message>
        <source>The bundle does not say which kind of tenant it comes from (source.kind is &quot;%1&quot;).</source>
        <translation>バンドルの作成元テナントの種類が示されていません (source.kind が「%1」です)。</translation>
    </message>
    <message>
        <source>App %1 of the bundle has no ID or an unknown role.</source>
        <translation>バンドルのアプリ %1 に ID がないか、ロールが不明です。</translation>
    </message>
    <message>
        <source>The bundle contains no links.</source>
        <translation>バンドルにリンクが含まれていません。</translation>
    </message>
    <message>
        <source>Link %1 of the bundle is not a JSON object.</source>
        <translation>バンドルのリンク %1 が JSON オブジェクトではありません。</translation>
    </message>
    <message>
        <source>Link %1 of the bundle cannot be read: %2</source>
        <translation>バンドルのリンク %1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>Link %1 of the bundle (&quot;%2&quot;) does not name its selection and template apps.</source>
        <translation>バンドルのリンク %1 (「%2」) に選択アプリとテンプレート アプリが指定されていません。</translation>
    </message>
    <message>
        <source>No app of this tenant is chosen for the selection app &quot;%1&quot;.</source>
        <translation>選択アプリ「%1」に対応するこのテナントのアプリが選択されていません。</translation>
    </message>
    <message>
        <source>No app of this tenant is chosen for the template app &quot;%1&quot;.</source>
        <translation>テンプレート アプリ「%1」に対応するこのテナントのアプリが選択されていません。</translation>
    </message>
    <message>
        <source>The context-scoped properties are left out: Qlik Sense Enterprise links have none.</source>
        <translation>コンテキスト別プロパティは除外されます。Qlik Sense Enterprise のリンクにはコンテキスト別プロパティがありません。</translation>
    </message>
    <message>
        <source>Retention and publishing settings of Qlik Sense Enterprise are left out: set the context-scoped properties after the import.</source>
        <translation>Qlik Sense Enterprise の保持と公開の設定は除外されます。インポート後にコンテキスト別プロパティを設定してください。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The link is %1 in the source tenant; the new link starts active.</source>
        <translation>ソース テナントではリンクは %1 です。新しいリンクはアクティブな状態で開始されます。</translation>
    </message>
</context>
<context>
    <name>odag::gui::LinkDetailsPanel</name>
    <message>
        <source>Bindings</source>
        <translation>バインディング</translation>
    </message>
    <message>
        <source>Template variable</source>
        <translation>テンプレート変数</translation>
    </message>
    <message>
        <source>Parameter type</source>
        <translation>パラメーターの種類</translation>
    </message>
    <message>
        <source>Parameter name</source>
        <translation>パラメーター名</translation>
    </message>
    <message>
        <source>Selection states</source>
        <translation>選択状態</translation>
    </message>
    <message>
        <source>Values (min–max)</source>
        <translation>値 (最小～最大)</translation>
    </message>
    <message>
        <source>Numeric only</source>
        <translation>数値のみ</translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation>書式</translation>
    </message>
    <message>
        <source>Context-scoped properties</source>
        <translation>コンテキスト別プロパティ</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>プロパティ</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>コンテキスト</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Links of this selection app</source>
        <translation>この選択アプリのリンク</translation>
    </message>
    <message>
        <source>Select a link to see its details.</source>
        <translation>詳細を表示するリンクを選択してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) selected. The actions apply to each of them.</source>
        <translation>
            <numerusform>%n 個のリンクが選択されています。アクションはそれぞれのリンクに適用されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>could not be read: %1</source>
        <translation>読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>報告なし</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>見つかりません</translation>
    </message>
    <message numerus="yes">
        <source>apps kept %n minute(s)</source>
        <translation>
            <numerusform>アプリを %n 分間保持</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at most %n app(s) per user</source>
        <translation>
            <numerusform>ユーザーあたり最大 %n 個のアプリ</numerusform>
        </translation>
    </message>
    <message>
        <source>published to stream %1</source>
        <translation>ストリーム %1 に公開</translation>
    </message>
    <message>
        <source>no limits</source>
        <translation>制限なし</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1～%2</translation>
    </message>
    <message>
        <source>quote %1, delimiter %2</source>
        <translation>引用符 %1、区切り文字 %2</translation>
    </message>
    <message>
        <source>Qlik Sense Enterprise links have no context-scoped properties.</source>
        <translation>Qlik Sense Enterprise のリンクにはコンテキスト別プロパティがありません。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 to %2 rows</source>
        <translation>%1～%2 行</translation>
    </message>
    <message>
        <source>up to %1 rows</source>
        <translation>最大 %1 行</translation>
    </message>
    <message>
        <source>No selection app of this tenant uses this link.</source>
        <translation>このテナントの選択アプリでこのリンクを使用しているものはありません。</translation>
    </message>
    <message>
        <source>Could not read the links of the selection app: %1</source>
        <translation>選択アプリのリンクを読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>%1 — you cannot access this link</source>
        <translation>%1 — このリンクにはアクセスできません</translation>
    </message>
    <message>
        <source>%1 (this link)</source>
        <translation>%1 (このリンク)</translation>
    </message>
    <message>
        <source>The selection app references no links.</source>
        <translation>選択アプリはリンクを参照していません。</translation>
    </message>
    <message>
        <source>unknown: %1</source>
        <translation>不明: %1</translation>
    </message>
    <message>
        <source>Yes, for this selection and template app</source>
        <translation>はい (この選択アプリとテンプレート アプリの場合)</translation>
    </message>
    <message>
        <source>No, not for this selection and template app</source>
        <translation>いいえ (この選択アプリとテンプレート アプリの場合)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <source>Link ID:</source>
        <translation>リンク ID:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>ステータス:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>所有者:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>作成日時:</translation>
    </message>
    <message>
        <source>Modified:</source>
        <translation>変更日時:</translation>
    </message>
    <message>
        <source>Selection app:</source>
        <translation>選択アプリ:</translation>
    </message>
    <message>
        <source>Template app:</source>
        <translation>テンプレート アプリ:</translation>
    </message>
    <message>
        <source>Row estimate:</source>
        <translation>推定行数:</translation>
    </message>
    <message>
        <source>Dynamic view:</source>
        <translation>ダイナミック ビュー:</translation>
    </message>
    <message>
        <source>Include script:</source>
        <translation>スクリプトを含める:</translation>
    </message>
    <message>
        <source>Generated apps accessible:</source>
        <translation>生成アプリへのアクセス:</translation>
    </message>
    <message>
        <source>Your privileges:</source>
        <translation>あなたの権限:</translation>
    </message>
    <message>
        <source>You can create links:</source>
        <translation>リンクを作成できます:</translation>
    </message>
    <message>
        <source>Retention and publishing:</source>
        <translation>保持と公開:</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no row estimate expression</comment>
        <translation>なし</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no privileges</comment>
        <translation>なし</translation>
    </message>
</context>
<context>
    <name>odag::gui::LinkEditor</name>
    <message>
        <source>Could not list the apps for the pickers.</source>
        <translation>ピッカー用のアプリの一覧を取得できませんでした。</translation>
    </message>
    <message>
        <source>Problems found in the link</source>
        <translation>リンクで見つかった問題</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>全般(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Bindings</source>
        <translation>バインディング(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Properties</source>
        <translation>プロパティ(&amp;P)</translation>
    </message>
    <message>
        <source>Pre&amp;view as user</source>
        <translation>ユーザーとしてプレビュー(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Lint</source>
        <translation>Lint(&amp;L)</translation>
    </message>
    <message>
        <source>Raw &amp;JSON</source>
        <translation>未加工の JSON(&amp;J)</translation>
    </message>
    <message>
        <source>Qlik Sense Enterprise link: context-scoped properties, the preview as a user, status changes and dynamic views are Qlik Cloud features, so their tabs are not shown. Bindings, retention and publishing are on the General tab.</source>
        <translation>Qlik Sense Enterprise のリンク: コンテキスト別プロパティ、ユーザーとしてのプレビュー、ステータスの変更、ダイナミック ビューは Qlik Cloud の機能のため、これらのタブは表示されません。バインディング、保持、公開は [全般] タブにあります。</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Check and save the link (Ctrl+S)</source>
        <translation>リンクをチェックして保存します (Ctrl+S)</translation>
    </message>
    <message>
        <source>D&amp;isable</source>
        <translation>無効化(&amp;I)</translation>
    </message>
    <message>
        <source>De&amp;commission…</source>
        <translation>廃止(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>削除(&amp;D)…</translation>
    </message>
    <message>
        <source>Retire the link for good: a decommissioned link cannot change again</source>
        <translation>リンクを完全に廃止します。廃止されたリンクは再び変更できません</translation>
    </message>
    <message>
        <source>Delete the link from the server</source>
        <translation>サーバーからリンクを削除します</translation>
    </message>
    <message>
        <source>Could not read the link.</source>
        <translation>リンクを読み取れませんでした。</translation>
    </message>
    <message>
        <source>Restore unsaved changes?</source>
        <translation>未保存の変更を復元しますか?</translation>
    </message>
    <message>
        <source>Unsaved changes to this link were recovered after a crash or failed save (kept %1). Restore them? No discards them.</source>
        <translation>クラッシュまたは保存の失敗後に、このリンクの未保存の変更が回復されました (保存日時 %1)。復元しますか? [いいえ] を選択すると破棄されます。</translation>
    </message>
    <message>
        <source>Unsaved changes restored from the draft.</source>
        <translation>下書きから未保存の変更を復元しました。</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
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
        <translation>問題は見つかりませんでした。</translation>
    </message>
    <message>
        <source>&amp;Lint (%1/%2)</source>
        <translation>Lint (%1/%2)(&amp;L)</translation>
    </message>
    <message>
        <source>The link needs a name.</source>
        <translation>リンクには名前が必要です。</translation>
    </message>
    <message>
        <source>Not saved: fix the errors listed under Lint first.</source>
        <translation>保存されていません: 先に [Lint] に表示されたエラーを修正してください。</translation>
    </message>
    <message>
        <source>Save with warnings?</source>
        <translation>警告がありますが保存しますか?</translation>
    </message>
    <message numerus="yes">
        <source>Lint found %n warning(s) in this link (see the Lint tab). Save anyway?</source>
        <translation>
            <numerusform>Lint でこのリンクに %n 件の警告が見つかりました ([Lint] タブを参照)。保存しますか?</numerusform>
        </translation>
    </message>
    <message>
        <source>The link was not saved.</source>
        <translation>リンクは保存されませんでした。</translation>
    </message>
    <message>
        <source>Could not check whether you may create this link.</source>
        <translation>このリンクを作成できるかどうかを確認できませんでした。</translation>
    </message>
    <message>
        <source>Not created: the tenant does not let you create ODAG links for this selection app and template app. Your edits are kept.</source>
        <translation>作成されていません: このテナントでは、この選択アプリとテンプレート アプリの ODAG リンクを作成することが許可されていません。編集内容は保持されています。</translation>
    </message>
    <message>
        <source>The link was not created.</source>
        <translation>リンクは作成されませんでした。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <source>Saved. The server said: %1</source>
        <translation>保存しました。サーバーからのメッセージ: %1</translation>
    </message>
    <message>
        <source>The link changed on the server and could not be read again.</source>
        <translation>サーバーでリンクが変更されたため、再度読み取ることができませんでした。</translation>
    </message>
    <message>
        <source>The merged link is not valid: %1</source>
        <translation>マージしたリンクは有効ではありません: %1</translation>
    </message>
    <message>
        <source>Not saved: the link changed on the server. Your edits are kept; save again to compare them with the server&apos;s version.</source>
        <translation>保存されていません: サーバーでリンクが変更されました。編集内容は保持されています。もう一度保存すると、サーバーのバージョンと比較できます。</translation>
    </message>
    <message>
        <source>Decommission link?</source>
        <translation>リンクを廃止しますか?</translation>
    </message>
    <message>
        <source>Decommission “%1”? Users can no longer generate apps from it, and a decommissioned link cannot be activated again.</source>
        <translation>「%1」を廃止しますか? ユーザーはこのリンクからアプリを生成できなくなり、廃止されたリンクは再び有効化できません。</translation>
    </message>
    <message>
        <source>The status was not changed.</source>
        <translation>ステータスは変更されませんでした。</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>ステータス: %1</translation>
    </message>
    <message>
        <source>Delete link?</source>
        <translation>リンクを削除しますか?</translation>
    </message>
    <message>
        <source>Delete the link “%1” from the server? This cannot be undone.</source>
        <translation>リンク「%1」をサーバーから削除しますか? この操作は元に戻せません。</translation>
    </message>
    <message>
        <source>The link was not deleted.</source>
        <translation>リンクは削除されませんでした。</translation>
    </message>
    <message>
        <source>The link was deleted.</source>
        <translation>リンクを削除しました。</translation>
    </message>
    <message>
        <source>Ac&amp;tivate</source>
        <translation>有効化(&amp;T)</translation>
    </message>
</context>
<context>
    <name>odag::gui::LinkEditorDialog</name>
    <message>
        <source>New link</source>
        <translation>新しいリンク</translation>
    </message>
    <message>
        <source>Link: %1</source>
        <translation>リンク: %1</translation>
    </message>
    <message>
        <source>%1 (unsaved)</source>
        <translation>%1 (未保存)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>The link has unsaved changes. Save them before closing?</source>
        <translation>リンクに未保存の変更があります。閉じる前に保存しますか?</translation>
    </message>
</context>
<context>
    <name>odag::gui::LinkStatsModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>リンク</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>リクエスト</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Failure rate</source>
        <translation>失敗率</translation>
    </message>
    <message>
        <source>Median load</source>
        <translation>ロード時間の中央値</translation>
    </message>
    <message>
        <source>95th percentile</source>
        <translation>95 パーセンタイル</translation>
    </message>
    <message>
        <source>Last request</source>
        <translation>最終リクエスト</translation>
    </message>
</context>
<context>
    <name>odag::gui::LinksFilterBar</name>
    <message>
        <source>Filter by status</source>
        <translation>ステータスで絞り込み</translation>
    </message>
    <message>
        <source>Filter by owner</source>
        <translation>所有者で絞り込み</translation>
    </message>
    <message>
        <source>Filter by selection app</source>
        <translation>選択アプリで絞り込み</translation>
    </message>
    <message>
        <source>Filter by type</source>
        <translation>種類で絞り込み</translation>
    </message>
    <message>
        <source>Search name, ID, app or owner (Ctrl+F)</source>
        <translation>名前、ID、アプリ、所有者を検索 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search links</source>
        <translation>リンクを検索</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>すべてのステータス</translation>
    </message>
    <message>
        <source>Links and dynamic views</source>
        <translation>リンクとダイナミック ビュー</translation>
    </message>
    <message>
        <source>Links only</source>
        <translation>リンクのみ</translation>
    </message>
    <message>
        <source>Dynamic views only</source>
        <translation>ダイナミック ビューのみ</translation>
    </message>
    <message>
        <source>Qlik Sense Enterprise has no link status changes: delete a link to retire it.</source>
        <translation>Qlik Sense Enterprise にはリンク ステータスの変更はありません。リンクを廃止するには削除してください。</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>すべての所有者</translation>
    </message>
    <message>
        <source>Any selection app</source>
        <translation>すべての選択アプリ</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n 個のリンク</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n link(s)</source>
        <translation>
            <numerusform>%n 個中 %1 個のリンク</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>odag::gui::LinksModel</name>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Link ID: %1</source>
        <translation>リンク ID: %1</translation>
    </message>
    <message>
        <source>No selection app uses this link</source>
        <translation>このリンクを使用している選択アプリはありません</translation>
    </message>
    <message>
        <source>App ID: %1</source>
        <translation>アプリ ID: %1</translation>
    </message>
    <message>
        <source>User ID: %1</source>
        <translation>ユーザー ID: %1</translation>
    </message>
    <message>
        <source>Counting the requests not finished yet</source>
        <translation>未完了のリクエストを数えています</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Selection app</source>
        <translation>選択アプリ</translation>
    </message>
    <message>
        <source>Template app</source>
        <translation>テンプレート アプリ</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>変更日時</translation>
    </message>
    <message>
        <source>Dynamic view</source>
        <translation>ダイナミック ビュー</translation>
    </message>
    <message>
        <source>Pending requests</source>
        <translation>保留中のリクエスト</translation>
    </message>
</context>
<context>
    <name>odag::gui::LinksWorkspace</name>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>リンク</translation>
    </message>
    <message>
        <source>Stop after the current link (Esc)</source>
        <translation>現在のリンクの後で停止します (Esc)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>New link</source>
        <translation>新しいリンク</translation>
    </message>
    <message>
        <source>Create a link</source>
        <translation>リンクを作成します</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <source>Edit the selected link</source>
        <translation>選択したリンクを編集します</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>有効化</translation>
    </message>
    <message>
        <source>Let users generate apps from the selected links again</source>
        <translation>選択したリンクからアプリを再び生成できるようにします</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>無効化</translation>
    </message>
    <message>
        <source>Stop new requests on the selected links for now</source>
        <translation>選択したリンクでの新しいリクエストを一時的に停止します</translation>
    </message>
    <message>
        <source>Decommission…</source>
        <translation>廃止…</translation>
    </message>
    <message>
        <source>Retire the selected links for good</source>
        <translation>選択したリンクを完全に廃止します</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <source>Delete the selected links</source>
        <translation>選択したリンクを削除します</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <source>Save the selected links to a bundle file</source>
        <translation>選択したリンクをバンドル ファイルに保存します</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>インポート…</translation>
    </message>
    <message>
        <source>Create links from a bundle file, with the apps of this tenant</source>
        <translation>バンドル ファイルから、このテナントのアプリを使用してリンクを作成します</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Read the links from the tenant again</source>
        <translation>テナントからリンクを再度読み取ります</translation>
    </message>
    <message>
        <source>Could not read the links</source>
        <translation>リンクを読み取れませんでした</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) read</source>
        <translation>
            <numerusform>%n 個のリンクを読み取りました</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not count the pending requests</source>
        <translation>保留中のリクエストを数えられませんでした</translation>
    </message>
    <message>
        <source>Could not check whether you may create links: %1</source>
        <translation>リンクを作成できるかどうかを確認できませんでした: %1</translation>
    </message>
    <message>
        <source>You may not create links on this tenant.</source>
        <translation>このテナントでリンクを作成する権限がありません。</translation>
    </message>
    <message>
        <source>Select one or more links.</source>
        <translation>1 つ以上のリンクを選択してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is decommissioned: a decommissioned link cannot change status again.</source>
        <translation>「%1」は廃止されています。廃止されたリンクのステータスは変更できません。</translation>
    </message>
    <message>
        <source>You may not change &quot;%1&quot;: only its owner or an administrator can.</source>
        <translation>「%1」を変更する権限がありません。変更できるのは所有者または管理者のみです。</translation>
    </message>
    <message>
        <source>The link is already %1.</source>
        <translation>リンクは既に%1です。</translation>
    </message>
    <message>
        <source>The selected links are already %1.</source>
        <translation>選択したリンクは既に%1です。</translation>
    </message>
    <message>
        <source>Wait for the running action to finish.</source>
        <translation>実行中のアクションが終了するまでお待ちください。</translation>
    </message>
    <message>
        <source>Select one link to edit.</source>
        <translation>編集するリンクを 1 つ選択してください。</translation>
    </message>
    <message>
        <source>Select the links to export.</source>
        <translation>エクスポートするリンクを選択してください。</translation>
    </message>
    <message>
        <source>Decommission &quot;%1&quot;? Users can no longer generate apps from it, and a decommissioned link cannot be activated again.</source>
        <translation>「%1」を廃止しますか? ユーザーはこのリンクからアプリを生成できなくなり、廃止されたリンクは再び有効化できません。</translation>
    </message>
    <message numerus="yes">
        <source>Decommission %n link(s)? Users can no longer generate apps from them, and a decommissioned link cannot be activated again.</source>
        <translation>
            <numerusform>%n 個のリンクを廃止しますか? ユーザーはこれらのリンクからアプリを生成できなくなり、廃止されたリンクは再び有効化できません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Decommission links</source>
        <translation>リンクの廃止</translation>
    </message>
    <message>
        <source>Decommission</source>
        <translation>廃止</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;? This cannot be undone. Apps already generated from it and its requests stay.</source>
        <translation>「%1」を削除しますか? この操作は元に戻せません。このリンクから既に生成されたアプリとそのリクエストは残ります。</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n link(s)? This cannot be undone. Apps already generated from them and their requests stay.</source>
        <translation>
            <numerusform>%n 個のリンクを削除しますか? この操作は元に戻せません。これらのリンクから既に生成されたアプリとそのリクエストは残ります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete links</source>
        <translation>リンクの削除</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n link(s)…</source>
        <translation>
            <numerusform>%1: %n 個のリンク…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: failed — %2</source>
        <translation>%1: 失敗 — %2</translation>
    </message>
    <message>
        <source>%1: deleted</source>
        <translation>%1: 削除済み</translation>
    </message>
    <message>
        <source>%1: now %2</source>
        <translation>%1: 現在は%2</translation>
    </message>
    <message>
        <source>%1: not changed</source>
        <translation>%1: 変更なし</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n link(s) changed</source>
        <translation>
            <numerusform>%1: %n 個のリンクを変更しました</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not change &quot;%1&quot;</source>
        <translation>「%1」を変更できませんでした</translation>
    </message>
    <message numerus="yes">
        <source>%1 failed for %n link(s)</source>
        <translation>
            <numerusform>%n 個のリンクで%1に失敗しました</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — results per link:

%2</source>
        <translation>%1 — リンクごとの結果:

%2</translation>
    </message>
    <message>
        <source>odag-links-%1.json</source>
        <translation>odag-links-%1.json</translation>
    </message>
    <message>
        <source>Export links</source>
        <translation>リンクのエクスポート</translation>
    </message>
    <message>
        <source>Link bundles (*.json);;All files (*)</source>
        <translation>リンク バンドル (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) exported to %1</source>
        <translation>
            <numerusform>%n 個のリンクを %1 にエクスポートしました</numerusform>
        </translation>
    </message>
    <message>
        <source>Import links</source>
        <translation>リンクのインポート</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 を開けませんでした: %2</translation>
    </message>
    <message>
        <source>%1 cannot be imported.

%2</source>
        <translation>%1 はインポートできません。

%2</translation>
    </message>
</context>
<context>
    <name>odag::gui::LogPane</name>
    <message>
        <source>Filter by method, status or URL</source>
        <translation>メソッド、ステータス、URL で絞り込み</translation>
    </message>
    <message>
        <source>Log filter</source>
        <translation>ログ フィルター</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <source>HTTP exchanges</source>
        <translation>HTTP 通信</translation>
    </message>
</context>
<context>
    <name>odag::gui::MainWindow</name>
    <message>
        <source>Tenant</source>
        <translation>テナント</translation>
    </message>
    <message>
        <source>HTTP log</source>
        <translation>HTTP ログ</translation>
    </message>
    <message>
        <source>ODAG Admin</source>
        <translation>ODAG Admin</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>ワークスペース</translation>
    </message>
    <message>
        <source>ODAG Admin — %1</source>
        <translation>ODAG Admin — %1</translation>
    </message>
    <message>
        <source>Connected to %1 (%2)</source>
        <translation>%1 (%2) に接続済み</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Connecting to %1…&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;%1 に接続しています…&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>%1 に接続しています…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Could not connect to %1&lt;/h2&gt;&lt;p&gt;%2&lt;/p&gt;</source>
        <translation>&lt;h2&gt;%1 に接続できませんでした&lt;/h2&gt;&lt;p&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
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
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>HTTP &amp;log</source>
        <translation>HTTP ログ(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About ODAG Admin</source>
        <translation>ODAG Admin について(&amp;A)</translation>
    </message>
    <message>
        <source>About ODAG Admin</source>
        <translation>ODAG Admin について</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <source>Calls this minute: Tier 1 %1/%2 · Tier 2 %3/%4</source>
        <translation>この 1 分間の呼び出し数: Tier 1 %1/%2 · Tier 2 %3/%4</translation>
    </message>
    <message>
        <source>Connection profile</source>
        <translation>接続プロファイル</translation>
    </message>
    <message>
        <source>The tenant this window works on. Choose another profile to switch.</source>
        <translation>このウィンドウが操作するテナントです。切り替えるには別のプロファイルを選択してください。</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <source>Connected to %1 (%2) as %3</source>
        <translation>%1 (%2) に %3 として接続済み</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>リンク</translation>
    </message>
    <message>
        <source>Apps</source>
        <translation>アプリ</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>リクエスト</translation>
    </message>
    <message>
        <source>Spaces</source>
        <translation>スペース</translation>
    </message>
    <message>
        <source>Reloads</source>
        <translation>リロード</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>言語(&amp;G)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>システムの既定</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>ODAG Admin shows the new language after a restart. Restart now?</source>
        <translation>新しい言語は ODAG Admin の再起動後に表示されます。今すぐ再起動しますか?</translation>
    </message>
    <message>
        <source>ODAG Admin could not restart itself. Start it again to see the new language.</source>
        <translation>ODAG Admin を再起動できませんでした。新しい言語を表示するには、もう一度起動してください。</translation>
    </message>
    <message>
        <source>&amp;Manage profiles…</source>
        <translation>プロファイルの管理(&amp;M)…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>サインアウト(&amp;O)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ODAG Admin %1&lt;/h3&gt;&lt;p&gt;Administration of Qlik On-Demand App Generation links, requests, spaces, apps and reloads.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running with Qt %3.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License v3 or later.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%4&quot;&gt;%4&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ODAG Admin %1&lt;/h3&gt;&lt;p&gt;Qlik オンデマンド アプリ生成のリンク、リクエスト、スペース、アプリ、リロードの管理ツールです。&lt;/p&gt;&lt;p&gt;Qt %2 でビルド、Qt %3 で実行中。&lt;/p&gt;&lt;p&gt;GNU General Public License v3 以降の下でライセンスされています。&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%4&quot;&gt;%4&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>odag::gui::NameFormatEditor</name>
    <message>
        <source>{0} for {1}</source>
        <translation>{1} 用の {0}</translation>
    </message>
    <message>
        <source>templateAppName, userId, curYear…</source>
        <translation>templateAppName, userId, curYear…</translation>
    </message>
    <message>
        <source>Name format</source>
        <translation>名前の形式</translation>
    </message>
    <message>
        <source>Name parameters</source>
        <translation>名前のパラメーター</translation>
    </message>
    <message>
        <source>Comma-separated: templateAppName, userId, curYear, curMonth, curDay, curHr, curMin, curSec. {0} is the first.</source>
        <translation>カンマ区切り: templateAppName, userId, curYear, curMonth, curDay, curHr, curMin, curSec。{0} が最初のパラメーターです。</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>形式:</translation>
    </message>
    <message>
        <source>Parameters:</source>
        <translation>パラメーター:</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>プレビュー:</translation>
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
        <translation>%1 へのサインイン</translation>
    </message>
    <message>
        <source>Waiting for the browser</source>
        <translation>ブラウザーを待機中</translation>
    </message>
    <message>
        <source>If your browser did not open, copy this address into it:</source>
        <translation>ブラウザーが開かない場合は、このアドレスをブラウザーにコピーしてください:</translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation>サインイン アドレス</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the sign-in address to the clipboard</source>
        <translation>サインイン アドレスをクリップボードにコピーします</translation>
    </message>
    <message>
        <source>&amp;Open browser again</source>
        <translation>ブラウザーをもう一度開く(&amp;O)</translation>
    </message>
    <message>
        <source>Open the sign-in page in the system browser again</source>
        <translation>システム ブラウザーでサインイン ページをもう一度開きます</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>再試行(&amp;R)</translation>
    </message>
    <message>
        <source>Start the sign-in again</source>
        <translation>サインインをもう一度開始します</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Stop waiting for the browser</source>
        <translation>ブラウザーの待機を中止します</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Close without signing in</source>
        <translation>サインインせずに閉じます</translation>
    </message>
    <message>
        <source>The browser could not be opened. Copy the address below into your browser to sign in.</source>
        <translation>ブラウザーを開けませんでした。サインインするには、下のアドレスをブラウザーにコピーしてください。</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in your browser…</source>
        <translation>ブラウザーでのサインインを待っています…</translation>
    </message>
    <message>
        <source>The sign-in did not succeed: %1</source>
        <translation>サインインに成功しませんでした: %1</translation>
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
        <translation>名前</translation>
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
        <translation>選択アプリ</translation>
    </message>
    <message>
        <source>Template apps</source>
        <translation>テンプレート アプリ</translation>
    </message>
    <message>
        <source>Generated apps</source>
        <translation>生成アプリ</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%3 個中 %2 個)</translation>
    </message>
    <message>
        <source>Could not list the selection apps</source>
        <translation>選択アプリの一覧を取得できませんでした</translation>
    </message>
    <message>
        <source>Could not list the template apps</source>
        <translation>テンプレート アプリの一覧を取得できませんでした</translation>
    </message>
    <message>
        <source>Could not list the generated apps</source>
        <translation>生成アプリの一覧を取得できませんでした</translation>
    </message>
    <message>
        <source>Filter by name or ID</source>
        <translation>名前または ID で絞り込み</translation>
    </message>
    <message>
        <source>Filter ODAG apps</source>
        <translation>ODAG アプリを絞り込み</translation>
    </message>
    <message>
        <source>Shows only the apps whose name or ID contains this text</source>
        <translation>名前または ID にこのテキストを含むアプリのみを表示します</translation>
    </message>
    <message>
        <source>The apps users make selections in before they generate an app: the selection apps of the tenant&apos;s navigation links.</source>
        <translation>ユーザーがアプリを生成する前に選択を行うアプリです。テナントのナビゲーション リンクの選択アプリです。</translation>
    </message>
    <message>
        <source>The apps that are copied and loaded with the user&apos;s selections for each request.</source>
        <translation>リクエストごとにコピーされ、ユーザーの選択内容でロードされるアプリです。</translation>
    </message>
    <message>
        <source>The apps generated by requests that you can see.</source>
        <translation>表示できるリクエストによって生成されたアプリです。</translation>
    </message>
    <message>
        <source>Copy ID</source>
        <translation>ID をコピー</translation>
    </message>
    <message>
        <source>ODAG apps (%1)</source>
        <translation>ODAG アプリ (%1)</translation>
    </message>
    <message>
        <source>ODAG apps</source>
        <translation>ODAG アプリ</translation>
    </message>
</context>
<context>
    <name>odag::gui::OdagSettingsPanel</name>
    <message>
        <source>On-demand app generation</source>
        <translation>オンデマンド アプリ生成</translation>
    </message>
    <message>
        <source>Dynamic views</source>
        <translation>ダイナミック ビュー</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>On-demand app generation enabled</source>
        <translation>オンデマンド アプリ生成を有効にする</translation>
    </message>
    <message>
        <source>Dynamic views enabled</source>
        <translation>ダイナミック ビューを有効にする</translation>
    </message>
    <message>
        <source>Send the changed settings to the tenant (Ctrl+S)</source>
        <translation>変更した設定をテナントに送信します (Ctrl+S)</translation>
    </message>
    <message>
        <source>Go back to the settings the tenant has</source>
        <translation>テナントの現在の設定に戻します</translation>
    </message>
    <message>
        <source>Users can generate apps on demand from navigation links.</source>
        <translation>ユーザーはナビゲーション リンクからオンデマンドでアプリを生成できます。</translation>
    </message>
    <message>
        <source>Users can add dynamic views: charts of a template app fed by the selections made in another app.</source>
        <translation>ユーザーはダイナミック ビューを追加できます。ダイナミック ビューは、別のアプリで行った選択を反映するテンプレート アプリのチャートです。</translation>
    </message>
    <message>
        <source>Could not read the ODAG settings</source>
        <translation>ODAG 設定を読み取れませんでした</translation>
    </message>
    <message>
        <source>Could not find out whether you may change the ODAG settings</source>
        <translation>ODAG 設定を変更できるかどうかを確認できませんでした</translation>
    </message>
    <message>
        <source>Only tenant administrators can view or change the ODAG settings.</source>
        <translation>ODAG 設定を表示または変更できるのはテナント管理者のみです。</translation>
    </message>
    <message>
        <source>Could not find out whether you may change these settings.</source>
        <translation>これらの設定を変更できるかどうかを確認できませんでした。</translation>
    </message>
    <message>
        <source>The current settings could not be read, so they cannot be changed now.</source>
        <translation>現在の設定を読み取れなかったため、今は変更できません。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>You can change these settings.</source>
        <translation>これらの設定を変更できます。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>保存しています…</translation>
    </message>
    <message>
        <source>Saved at %1.</source>
        <translation>%1 に保存しました。</translation>
    </message>
    <message>
        <source>ODAG settings saved</source>
        <translation>ODAG 設定を保存しました</translation>
    </message>
    <message>
        <source>Could not save the ODAG settings</source>
        <translation>ODAG 設定を保存できませんでした</translation>
    </message>
    <message>
        <source>R&amp;evert</source>
        <translation>元に戻す(&amp;E)</translation>
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
        <translation>プロパティ</translation>
    </message>
    <message>
        <source>Value for this user</source>
        <translation>このユーザーの値</translation>
    </message>
    <message>
        <source>Supplied by</source>
        <translation>提供元</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>フラグ</translation>
    </message>
    <message>
        <source>Property values for the user</source>
        <translation>ユーザーのプロパティ値</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation>ユーザー名(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Roles (comma-separated):</source>
        <translation>ロール (カンマ区切り)(&amp;R):</translation>
    </message>
    <message>
        <source>The most specific matching context wins (one user, then a group or role, then User_*). Contexts the app cannot interpret never supply a value here; the real service might use them.</source>
        <translation>一致するコンテキストのうち、最も限定的なものが優先されます (単一ユーザー、次にグループまたはロール、次に User_*)。アプリが解釈できないコンテキストはここでは値を提供しませんが、実際のサービスでは使用される可能性があります。</translation>
    </message>
    <message>
        <source>no matching context (default)</source>
        <translation>一致するコンテキストなし (既定)</translation>
    </message>
    <message>
        <source>not set (default)</source>
        <translation>未設定 (既定)</translation>
    </message>
    <message>
        <source>Several equally specific contexts match with different values</source>
        <translation>同程度に限定的な複数のコンテキストが異なる値で一致しています</translation>
    </message>
    <message>
        <source>Several matching contexts give different values</source>
        <translation>一致する複数のコンテキストが異なる値を示しています</translation>
    </message>
    <message>
        <source>A context that may match would give another value</source>
        <translation>一致する可能性のあるコンテキストが別の値を示します</translation>
    </message>
    <message>
        <source>Not interpreted: %1</source>
        <translation>未解釈: %1</translation>
    </message>
    <message>
        <source>&amp;User ID:</source>
        <translation>ユーザー ID(&amp;U):</translation>
    </message>
    <message>
        <source>Gr&amp;oups (comma-separated):</source>
        <translation>グループ (カンマ区切り)(&amp;O):</translation>
    </message>
</context>
<context>
    <name>odag::gui::ProfileEditor</name>
    <message>
        <source>Profile name</source>
        <translation>プロファイル名</translation>
    </message>
    <message>
        <source>Tenant address</source>
        <translation>テナントのアドレス</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>接続をテスト(&amp;T)</translation>
    </message>
    <message>
        <source>New connection profile</source>
        <translation>新しい接続プロファイル</translation>
    </message>
    <message>
        <source>Edit profile %1</source>
        <translation>プロファイル %1 の編集</translation>
    </message>
    <message>
        <source>Kind of tenant</source>
        <translation>テナントの種類</translation>
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
        <translation>サインイン方法</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>種類(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>アドレス(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Sign in with:</source>
        <translation>サインイン方法(&amp;S):</translation>
    </message>
    <message>
        <source>Keys and passwords are kept in the system keychain, never in the settings file.</source>
        <translation>キーとパスワードはシステムのキーチェーンに保存され、設定ファイルには保存されません。</translation>
    </message>
    <message>
        <source>This computer has no keychain: keys and passwords are kept only until ODAG Admin quits.</source>
        <translation>このコンピューターにはキーチェーンがありません。キーとパスワードは ODAG Admin を終了するまでのみ保持されます。</translation>
    </message>
    <message>
        <source>Connect with what is typed here, without saving (Ctrl+T)</source>
        <translation>ここに入力した内容で、保存せずに接続します (Ctrl+T)</translation>
    </message>
    <message>
        <source>Sign-in details</source>
        <translation>サインインの詳細</translation>
    </message>
    <message>
        <source>Stored — leave empty to keep</source>
        <translation>保存済み — 変更しない場合は空のまま</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Choose the PEM private key file</source>
        <translation>PEM 秘密キー ファイルを選択</translation>
    </message>
    <message>
        <source>Choose the certificate file (PEM, PFX or P12)</source>
        <translation>証明書ファイルを選択 (PEM、PFX、P12)</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>秘密キー</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>クライアント証明書</translation>
    </message>
    <message>
        <source>PEM keys (*.pem *.key);;All files (*)</source>
        <translation>PEM キー (*.pem *.key);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.pfx *.p12);;All files (*)</source>
        <translation>証明書 (*.pem *.crt *.cer *.pfx *.p12);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <source>An API key made in the tenant&apos;s profile settings (Settings › API keys)</source>
        <translation>テナントのプロファイル設定 ([設定] › [API キー]) で作成した API キー</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API キー(&amp;K):</translation>
    </message>
    <message>
        <source>OAuth client ID</source>
        <translation>OAuth クライアント ID</translation>
    </message>
    <message>
        <source>Redirect port</source>
        <translation>リダイレクト ポート</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>任意の空きポート</translation>
    </message>
    <message>
        <source>OAuth &amp;client ID:</source>
        <translation>OAuth クライアント ID(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Redirect port:</source>
        <translation>リダイレクト ポート(&amp;R):</translation>
    </message>
    <message>
        <source>Header name</source>
        <translation>ヘッダー名</translation>
    </message>
    <message>
        <source>The header the virtual proxy reads the user from</source>
        <translation>仮想プロキシがユーザーを読み取るヘッダー</translation>
    </message>
    <message>
        <source>User directory</source>
        <translation>ユーザー ディレクトリ</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>ユーザー ID</translation>
    </message>
    <message>
        <source>&amp;Header:</source>
        <translation>ヘッダー(&amp;H):</translation>
    </message>
    <message>
        <source>User &amp;directory:</source>
        <translation>ユーザー ディレクトリ(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;User ID:</source>
        <translation>ユーザー ID(&amp;U):</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>証明書ファイル</translation>
    </message>
    <message>
        <source>Private key file</source>
        <translation>秘密キー ファイル</translation>
    </message>
    <message>
        <source>Empty for a PFX/P12 file</source>
        <translation>PFX/P12 ファイルの場合は空</translation>
    </message>
    <message>
        <source>Certificate password</source>
        <translation>証明書のパスワード</translation>
    </message>
    <message>
        <source>&amp;Certificate:</source>
        <translation>証明書(&amp;C):</translation>
    </message>
    <message>
        <source>Private &amp;key:</source>
        <translation>秘密キー(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>Windows user</source>
        <translation>Windows ユーザー</translation>
    </message>
    <message>
        <source>DOMAIN\user</source>
        <translation>DOMAIN\user</translation>
    </message>
    <message>
        <source>Windows password</source>
        <translation>Windows パスワード</translation>
    </message>
    <message>
        <source>&amp;Windows user:</source>
        <translation>Windows ユーザー(&amp;W):</translation>
    </message>
    <message>
        <source>OAuth sign-in in the browser</source>
        <translation>ブラウザーでの OAuth サインイン</translation>
    </message>
    <message>
        <source>Header authentication (virtual proxy)</source>
        <translation>ヘッダー認証 (仮想プロキシ)</translation>
    </message>
    <message>
        <source>Windows (NTLM)</source>
        <translation>Windows (NTLM)</translation>
    </message>
    <message>
        <source>The address of the Qlik Cloud tenant, as in the browser.</source>
        <translation>Qlik Cloud テナントのアドレス (ブラウザーに表示されるもの)。</translation>
    </message>
    <message>
        <source>The Qlik Sense server with its virtual proxy prefix, if any; without /api/odag/v1.</source>
        <translation>Qlik Sense サーバーのアドレス (仮想プロキシのプレフィックスがある場合はそれを含む)。/api/odag/v1 は含めません。</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>プロファイルに名前を付けてください。</translation>
    </message>
    <message>
        <source>Another profile is already called %1.</source>
        <translation>%1 という名前のプロファイルは既に存在します。</translation>
    </message>
    <message>
        <source>Enter the tenant&apos;s address.</source>
        <translation>テナントのアドレスを入力してください。</translation>
    </message>
    <message>
        <source>This is not a web address: expected https://host.</source>
        <translation>Web アドレスではありません: https://host の形式で入力してください。</translation>
    </message>
    <message>
        <source>Enter the API key.</source>
        <translation>API キーを入力してください。</translation>
    </message>
    <message>
        <source>Enter the OAuth client ID registered in the tenant.</source>
        <translation>テナントに登録されている OAuth クライアント ID を入力してください。</translation>
    </message>
    <message>
        <source>Enter the header name (usually X-Qlik-User).</source>
        <translation>ヘッダー名を入力してください (通常は X-Qlik-User)。</translation>
    </message>
    <message>
        <source>Enter the user ID.</source>
        <translation>ユーザー ID を入力してください。</translation>
    </message>
    <message>
        <source>Enter the user directory.</source>
        <translation>ユーザー ディレクトリを入力してください。</translation>
    </message>
    <message>
        <source>Choose the certificate file.</source>
        <translation>証明書ファイルを選択してください。</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>ファイル %1 はありません。</translation>
    </message>
    <message>
        <source>Enter the Windows user as DOMAIN\user.</source>
        <translation>Windows ユーザーを DOMAIN\user の形式で入力してください。</translation>
    </message>
    <message>
        <source>Enter the Windows password.</source>
        <translation>Windows パスワードを入力してください。</translation>
    </message>
    <message>
        <source>The profile was not saved: %1</source>
        <translation>プロファイルは保存されませんでした: %1</translation>
    </message>
</context>
<context>
    <name>odag::gui::ProfileManagerDialog</name>
    <message>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <source>OAuth sign-in</source>
        <translation>OAuth サインイン</translation>
    </message>
    <message>
        <source>Header authentication</source>
        <translation>ヘッダー認証</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>クライアント証明書</translation>
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
        <translation>追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Add a connection profile (Ctrl+N)</source>
        <translation>接続プロファイルを追加します (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit the selected profile</source>
        <translation>選択したプロファイルを編集します</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>複製(&amp;U)</translation>
    </message>
    <message>
        <source>Copy the selected profile with its settings and secrets</source>
        <translation>選択したプロファイルを設定とシークレットごとコピーします</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>削除(&amp;R)…</translation>
    </message>
    <message>
        <source>Remove the selected profile with its secrets (Del)</source>
        <translation>選択したプロファイルをシークレットごと削除します (Del)</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>接続をテスト(&amp;T)</translation>
    </message>
    <message>
        <source>Connect with the selected profile and show what it may do (Ctrl+T)</source>
        <translation>選択したプロファイルで接続し、実行できる操作を表示します (Ctrl+T)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <source>Open the selected profile in the window</source>
        <translation>選択したプロファイルをウィンドウで開きます</translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation>接続プロファイル</translation>
    </message>
    <message>
        <source>%1 (built in)</source>
        <translation>%1 (組み込み)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Built-in profiles cannot be copied: the sandbox&apos;s address changes every time ODAG Admin starts.</source>
        <translation>組み込みプロファイルはコピーできません: サンドボックスのアドレスは ODAG Admin を起動するたびに変わります。</translation>
    </message>
    <message>
        <source>No profile is selected.</source>
        <translation>プロファイルが選択されていません。</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1&lt;br&gt;%2&lt;br&gt;Sign in with: %3&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1&lt;br&gt;%2&lt;br&gt;サインイン方法: %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Built in: always there, not editable.&lt;/p&gt;</source>
        <translation>&lt;p&gt;組み込み: 常に存在し、編集できません。&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;%n trusted server certificate(s).&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;信頼済みのサーバー証明書: %n 個&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>新しいプロファイル</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (コピー)</translation>
    </message>
    <message>
        <source>Copied %1 with its settings and secrets as %2.</source>
        <translation>%1 を設定とシークレットごと %2 としてコピーしました。</translation>
    </message>
    <message>
        <source>The copy has no secrets: %1</source>
        <translation>コピーにはシークレットがありません: %1</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>プロファイルの削除</translation>
    </message>
    <message>
        <source>Remove the profile %1 with its stored key or password and its trusted certificates? This cannot be undone.</source>
        <translation>プロファイル %1 を、保存されているキーまたはパスワード、信頼済みの証明書とともに削除しますか? この操作は元に戻せません。</translation>
    </message>
    <message>
        <source>The profile %1 is removed, but a secret stayed in the keychain: %2</source>
        <translation>プロファイル %1 は削除されましたが、シークレットがキーチェーンに残っています: %2</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 を削除しました。</translation>
    </message>
</context>
<context>
    <name>odag::gui::PropertiesPage</name>
    <message>
        <source>&amp;Add context</source>
        <translation>コンテキストを追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上へ移動(&amp;U)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>下へ移動(&amp;W)</translation>
    </message>
    <message>
        <source>Context-scoped properties</source>
        <translation>コンテキスト別プロパティ</translation>
    </message>
    <message>
        <source>User_*, User.group = Sales, User.role = Analyzer…</source>
        <translation>User_*, User.group = Sales, User.role = Analyzer…</translation>
    </message>
    <message>
        <source>New context expression</source>
        <translation>新しいコンテキスト式</translation>
    </message>
    <message>
        <source>Add a row for the context typed beside it</source>
        <translation>横に入力したコンテキストの行を追加します</translation>
    </message>
    <message>
        <source>Remove the selected context and all its entries</source>
        <translation>選択したコンテキストとそのすべてのエントリを削除します</translation>
    </message>
    <message>
        <source>Remove the selected property&apos;s entry for this context (Delete)</source>
        <translation>このコンテキストに対する、選択したプロパティのエントリを削除します (Delete)</translation>
    </message>
    <message>
        <source>Each property is a list of {context, value} entries. One row per context; an empty cell means the property has no entry for that context. Double-click a cell to edit it.</source>
        <translation>各プロパティは {context, value} エントリのリストです。行はコンテキストごとに 1 つで、空のセルはそのコンテキストに対するプロパティのエントリがないことを意味します。セルをダブルクリックすると編集できます。</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>「%1」: %2</translation>
    </message>
    <message>
        <source>Generated app name for this context: %1</source>
        <translation>このコンテキストの生成アプリ名: %1</translation>
    </message>
    <message>
        <source>Clear c&amp;ell</source>
        <translation>セルをクリア(&amp;E)</translation>
    </message>
</context>
<context>
    <name>odag::gui::PropertyDelegate</name>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>Sheet ID</source>
        <translation>シート ID</translation>
    </message>
    <message>
        <source>Restrict</source>
        <translation>制限</translation>
    </message>
    <message>
        <source>Auto-delete oldest</source>
        <translation>最も古いものを自動削除</translation>
    </message>
    <message>
        <source>New tab</source>
        <translation>新しいタブ</translation>
    </message>
    <message>
        <source>New window</source>
        <translation>新しいウィンドウ</translation>
    </message>
</context>
<context>
    <name>odag::gui::PropertyMatrixModel</name>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
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
        <translation>最小値なし</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>コンテキスト</translation>
    </message>
    <message>
        <source>Which users an entry applies to: User_* (everyone) or User.group = …</source>
        <translation>エントリの適用対象ユーザー: User_* (全員) または User.group = …</translation>
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
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>ODAG service</source>
        <translation>ODAG サービス</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>バージョン:</translation>
    </message>
    <message>
        <source>API stability:</source>
        <translation>API の安定性:</translation>
    </message>
    <message>
        <source>Links:</source>
        <translation>リンク:</translation>
    </message>
    <message>
        <source>Requests:</source>
        <translation>リクエスト:</translation>
    </message>
    <message>
        <source>&lt;p&gt;This is a Qlik Sense Enterprise on Windows site. The ODAG settings, the lists of selection, template and generated apps and the engine health figures are Qlik Cloud APIs, so they are not shown here.&lt;/p&gt;&lt;p&gt;On Qlik Sense Enterprise, ODAG is switched on and tuned in the QMC (On-demand app service), and the engines are watched with the monitoring apps.&lt;/p&gt;</source>
        <translation>&lt;p&gt;これは Qlik Sense Enterprise on Windows のサイトです。ODAG 設定、選択アプリ・テンプレート アプリ・生成アプリの一覧、エンジンの正常性の数値は Qlik Cloud の API であるため、ここには表示されません。&lt;/p&gt;&lt;p&gt;Qlik Sense Enterprise では、ODAG の有効化と調整は QMC (On-demand app service) で行い、エンジンの監視はモニタリング アプリで行います。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>報告なし</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Could not read the ODAG service&apos;s version</source>
        <translation>ODAG サービスのバージョンを読み取れませんでした</translation>
    </message>
    <message>
        <source>Could not list the ODAG links</source>
        <translation>ODAG リンクの一覧を取得できませんでした</translation>
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
        <translation>ODAG リクエストの一覧を取得できませんでした</translation>
    </message>
</context>
<context>
    <name>odag::gui::RangeEditor</name>
    <message>
        <source>no minimum</source>
        <translation>最小値なし</translation>
    </message>
    <message>
        <source>maximum</source>
        <translation>最大値</translation>
    </message>
    <message>
        <source>Lowest row estimate</source>
        <translation>推定行数の下限</translation>
    </message>
    <message>
        <source>Highest row estimate</source>
        <translation>推定行数の上限</translation>
    </message>
    <message>
        <source>to</source>
        <translation>～</translation>
    </message>
</context>
<context>
    <name>odag::gui::ReloadLogDialog</name>
    <message>
        <source>&amp;Next</source>
        <translation>次へ(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>前へ(&amp;P)</translation>
    </message>
    <message>
        <source>Reload log — %1</source>
        <translation>リロード ログ — %1</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>ログを検索</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>検索…</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>次の一致 (F3)</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>前の一致 (Shift+F3)</translation>
    </message>
    <message>
        <source>Reload log</source>
        <translation>リロード ログ</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <source>Progress log of the reload</source>
        <translation>リロードの進行状況ログ</translation>
    </message>
    <message>
        <source>Progress log of the reload; reading the full script log…</source>
        <translation>リロードの進行状況ログ。完全なスクリプト ログを読み取っています…</translation>
    </message>
    <message>
        <source>Script log of the reload</source>
        <translation>リロードのスクリプト ログ</translation>
    </message>
    <message>
        <source>Progress log of the reload (the script log is empty)</source>
        <translation>リロードの進行状況ログ (スクリプト ログは空です)</translation>
    </message>
    <message>
        <source>Progress log of the reload. The script log could not be read: %1</source>
        <translation>リロードの進行状況ログ。スクリプト ログを読み取れませんでした: %1</translation>
    </message>
</context>
<context>
    <name>odag::gui::ReloadsModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>部分</translation>
    </message>
    <message>
        <source>full</source>
        <translation>完全</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>ロード</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始日時</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>終了日時</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Log or error</source>
        <translation>ログまたはエラー</translation>
    </message>
</context>
<context>
    <name>odag::gui::ReloadsWorkspace</name>
    <message>
        <source>&lt;h2&gt;No reloads here&lt;/h2&gt;&lt;p&gt;The reloads API is a Qlik Cloud feature; this profile is a Qlik Sense Enterprise server, where reloads run as tasks of the QMC.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;リロードはありません&lt;/h2&gt;&lt;p&gt;リロード API は Qlik Cloud の機能です。このプロファイルは Qlik Sense Enterprise サーバーであり、リロードは QMC のタスクとして実行されます。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>さらに読み込む</translation>
    </message>
    <message>
        <source>&amp;Reload app…</source>
        <translation>アプリをリロード(&amp;R)…</translation>
    </message>
    <message>
        <source>Start a reload of the app, with variables if you like (Ctrl+R)</source>
        <translation>アプリのリロードを開始します。必要に応じて変数を指定できます (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Cancel reload</source>
        <translation>リロードをキャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel the selected queued or running reload (Ctrl+Shift+X)</source>
        <translation>選択したキュー待ちまたは実行中のリロードをキャンセルします (Ctrl+Shift+X)</translation>
    </message>
    <message>
        <source>View &amp;log…</source>
        <translation>ログを表示(&amp;L)…</translation>
    </message>
    <message>
        <source>Show the log of the selected reload (Ctrl+Shift+G, or double-click)</source>
        <translation>選択したリロードのログを表示します (Ctrl+Shift+G またはダブルクリック)</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>更新(&amp;F)</translation>
    </message>
    <message>
        <source>Read the apps and reloads again (F5)</source>
        <translation>アプリとリロードを再度読み取ります (F5)</translation>
    </message>
    <message>
        <source>App</source>
        <translation>アプリ</translation>
    </message>
    <message>
        <source>The app whose reloads are shown; type to search</source>
        <translation>リロードを表示するアプリ。入力して検索できます</translation>
    </message>
    <message>
        <source>Loading apps…</source>
        <translation>アプリを読み込み中…</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>ステータス フィルター</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>すべてのステータス</translation>
    </message>
    <message>
        <source>Read the next page of reloads</source>
        <translation>リロードの次のページを読み取ります</translation>
    </message>
    <message>
        <source>App:</source>
        <translation>アプリ:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>ステータス:</translation>
    </message>
    <message>
        <source>Reloads</source>
        <translation>リロード</translation>
    </message>
    <message>
        <source>Could not read the reloads of the app</source>
        <translation>アプリのリロードを読み取れませんでした</translation>
    </message>
    <message>
        <source>Could not follow a running reload</source>
        <translation>実行中のリロードを追跡できませんでした</translation>
    </message>
    <message>
        <source>Reload %1 ended: %2</source>
        <translation>リロード %1 が終了しました: %2</translation>
    </message>
    <message>
        <source>Could not read the apps of the tenant</source>
        <translation>テナントのアプリを読み取れませんでした</translation>
    </message>
    <message>
        <source>No apps</source>
        <translation>アプリなし</translation>
    </message>
    <message>
        <source>Choose an app</source>
        <translation>アプリを選択してください</translation>
    </message>
    <message>
        <source>No apps in this tenant</source>
        <translation>このテナントにアプリはありません</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message numerus="yes">
        <source>Following %n running reload(s)…</source>
        <translation>
            <numerusform>実行中の %n 件のリロードを追跡しています…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reload(s)</source>
        <translation>
            <numerusform>%n 件のリロード</numerusform>
        </translation>
    </message>
    <message>
        <source>Reload %1 queued</source>
        <translation>リロード %1 をキューに追加しました</translation>
    </message>
    <message>
        <source>The reload %1 has already ended and cannot be cancelled</source>
        <translation>リロード %1 は既に終了しているため、キャンセルできません</translation>
    </message>
    <message>
        <source>Could not cancel the reload %1</source>
        <translation>リロード %1 をキャンセルできませんでした</translation>
    </message>
    <message>
        <source>The reload %1 was already being cancelled</source>
        <translation>リロード %1 は既にキャンセル中です</translation>
    </message>
    <message>
        <source>Cancelling the reload %1…</source>
        <translation>リロード %1 をキャンセルしています…</translation>
    </message>
</context>
<context>
    <name>odag::gui::RenameAppDialog</name>
    <message>
        <source>Rename generated app</source>
        <translation>生成アプリの名前を変更</translation>
    </message>
    <message>
        <source>New app name</source>
        <translation>新しいアプリ名</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>名前を変更(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;New name:</source>
        <translation>新しい名前(&amp;N):</translation>
    </message>
</context>
<context>
    <name>odag::gui::RequestActions</name>
    <message>
        <source>A multiple request has no app of its own: select its sub-requests to act on their apps.</source>
        <translation>複数リクエストには独自のアプリがありません。サブリクエストを選択して、そのアプリを操作してください。</translation>
    </message>
    <message>
        <source>This request has no generated app (it is %1).</source>
        <translation>このリクエストには生成アプリがありません (状態: %1)。</translation>
    </message>
    <message>
        <source>The request is still %1: its app can be used once the request has finished.</source>
        <translation>リクエストはまだ %1 です。リクエストの完了後にアプリを使用できます。</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation>リクエストをキャンセル</translation>
    </message>
    <message>
        <source>Pause request</source>
        <translation>リクエストを一時停止</translation>
    </message>
    <message>
        <source>Resume request</source>
        <translation>リクエストを再開</translation>
    </message>
    <message>
        <source>Acknowledge cancellation</source>
        <translation>キャンセルを確認</translation>
    </message>
    <message>
        <source>Acknowledge failure</source>
        <translation>失敗を確認</translation>
    </message>
    <message>
        <source>Reload generated app</source>
        <translation>生成アプリをリロード</translation>
    </message>
    <message>
        <source>Rename generated app</source>
        <translation>生成アプリの名前を変更</translation>
    </message>
    <message>
        <source>Delete generated app</source>
        <translation>生成アプリを削除</translation>
    </message>
    <message>
        <source>Open generated app in the browser</source>
        <translation>生成アプリをブラウザーで開く</translation>
    </message>
    <message>
        <source>The request is loading: cancel is effective only before the data load starts.</source>
        <translation>リクエストはロード中です。キャンセルはデータ ロードの開始前にのみ有効です。</translation>
    </message>
    <message>
        <source>Only a validating, queued or paused request can be cancelled; this one is %1.</source>
        <translation>キャンセルできるのは、検証中、キュー待ち、一時停止中のリクエストのみです。このリクエストは %1 です。</translation>
    </message>
    <message>
        <source>Pausing requests is not available on Qlik Sense Enterprise.</source>
        <translation>Qlik Sense Enterprise ではリクエストの一時停止は使用できません。</translation>
    </message>
    <message>
        <source>Only a queued request can be paused; this one is %1.</source>
        <translation>一時停止できるのはキュー待ちのリクエストのみです。このリクエストは %1 です。</translation>
    </message>
    <message>
        <source>Resuming requests is not available on Qlik Sense Enterprise.</source>
        <translation>Qlik Sense Enterprise ではリクエストの再開は使用できません。</translation>
    </message>
    <message>
        <source>Only a paused request can be resumed; this one is %1.</source>
        <translation>再開できるのは一時停止中のリクエストのみです。このリクエストは %1 です。</translation>
    </message>
    <message>
        <source>Acknowledging a cancellation is not available on Qlik Sense Enterprise.</source>
        <translation>Qlik Sense Enterprise ではキャンセルの確認は使用できません。</translation>
    </message>
    <message>
        <source>Only a canceled request can be acknowledged as canceled; this one is %1.</source>
        <translation>キャンセル済みとして確認できるのは、キャンセルされたリクエストのみです。このリクエストは %1 です。</translation>
    </message>
    <message>
        <source>Acknowledging a failure is not available on Qlik Sense Enterprise.</source>
        <translation>Qlik Sense Enterprise では失敗の確認は使用できません。</translation>
    </message>
    <message>
        <source>Only a failed request can be acknowledged as failed; this one is %1.</source>
        <translation>失敗として確認できるのは、失敗したリクエストのみです。このリクエストは %1 です。</translation>
    </message>
    <message>
        <source>Unknown action.</source>
        <translation>不明なアクションです。</translation>
    </message>
    <message>
        <source>No browser could open %1.</source>
        <translation>%1 を開けるブラウザーがありませんでした。</translation>
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
        <translation>テナントに接続されていません。</translation>
    </message>
    <message>
        <source>%1: select one or more requests first.</source>
        <translation>%1: 先にリクエストを 1 つ以上選択してください。</translation>
    </message>
    <message>
        <source>%1: wait until the running action has finished.</source>
        <translation>%1: 実行中のアクションが完了するまでお待ちください。</translation>
    </message>
    <message>
        <source>%1: select only one request to rename its app.</source>
        <translation>%1: アプリの名前を変更するには、リクエストを 1 つだけ選択してください。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: not possible for any of the %n selected requests. For example: %2</source>
        <translation>
            <numerusform>%1: 選択した %n 件のリクエストのいずれにも実行できません。例: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: applies to %2 of the %n selected requests.</source>
        <translation>
            <numerusform>%1: 選択した %n 件のリクエストのうち %2 件に適用されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete generated app</source>
        <translation>生成アプリを削除</translation>
    </message>
    <message numerus="yes">
        <source>Delete the generated app of %n request(s)? The app and its data are removed from the tenant; this cannot be undone.</source>
        <translation>
            <numerusform>%n 件のリクエストの生成アプリを削除しますか? アプリとそのデータはテナントから削除されます。この操作は元に戻せません。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failed for %2: %3</source>
        <translation>%2 で「%1」が失敗しました: %3</translation>
    </message>
</context>
<context>
    <name>odag::gui::RequestDetailsPanel</name>
    <message>
        <source>Request</source>
        <translation>リクエスト</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>リンク</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>変更日時</translation>
    </message>
    <message>
        <source>Generated app</source>
        <translation>生成アプリ</translation>
    </message>
    <message>
        <source>Template app</source>
        <translation>テンプレート アプリ</translation>
    </message>
    <message>
        <source>Selection app</source>
        <translation>選択アプリ</translation>
    </message>
    <message>
        <source>Sheet (requested / target)</source>
        <translation>シート (要求 / 対象)</translation>
    </message>
    <message>
        <source>Row estimate</source>
        <translation>推定行数</translation>
    </message>
    <message>
        <source>Row estimate expression</source>
        <translation>推定行数の数式</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>保持</translation>
    </message>
    <message>
        <source>Parent request</source>
        <translation>親リクエスト</translation>
    </message>
    <message>
        <source>Binding / selection state hash</source>
        <translation>バインディング / 選択状態のハッシュ</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Data load</source>
        <translation>データ ロード</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Load host</source>
        <translation>ロード ホスト</translation>
    </message>
    <message>
        <source>Started / finished</source>
        <translation>開始 / 終了</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>検証</translation>
    </message>
    <message>
        <source>Selections the request was made with</source>
        <translation>リクエスト作成時の選択</translation>
    </message>
    <message>
        <source>Selections of the request</source>
        <translation>リクエストの選択</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>値</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) selected</source>
        <translation>
            <numerusform>%n 件のリクエストを選択</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a request to see its details.</source>
        <translation>詳細を表示するリクエストを選択してください。</translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>リクエスト %1</translation>
    </message>
    <message>
        <source>kept until deleted</source>
        <translation>削除されるまで保持</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) left</source>
        <translation>
            <numerusform>残り %n 分</numerusform>
        </translation>
    </message>
    <message>
        <source>no purge</source>
        <translation>消去なし</translation>
    </message>
    <message numerus="yes">
        <source>lives %n minute(s)</source>
        <translation>
            <numerusform>有効期間 %n 分</numerusform>
        </translation>
    </message>
    <message>
        <source>purged after %1</source>
        <translation>%1 後に消去</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>報告なし</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No data load yet</source>
        <translation>データ ロードはまだありません</translation>
    </message>
    <message>
        <source>No validation messages.</source>
        <translation>検証メッセージはありません。</translation>
    </message>
    <message>
        <source>Qlik Sense Enterprise does not report a request&apos;s selections through its ODAG API.</source>
        <translation>Qlik Sense Enterprise は、ODAG API を通じてリクエストの選択を報告しません。</translation>
    </message>
    <message>
        <source>Reading the selections…</source>
        <translation>選択を読み取っています…</translation>
    </message>
    <message>
        <source>Could not read the selections: %1</source>
        <translation>選択を読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>no values</source>
        <translation>値なし</translation>
    </message>
    <message>
        <source>The request was made without selections.</source>
        <translation>リクエストは選択なしで作成されました。</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n 個の項目</numerusform>
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
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>%1 (%2–%3)</source>
        <translation>%1 (%2～%3)</translation>
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
        <translation>リクエストを更新できませんでした。</translation>
    </message>
    <message>
        <source>Could not refresh the requests of link %1.</source>
        <translation>リンク %1 のリクエストを更新できませんでした。</translation>
    </message>
    <message>
        <source>Could not read request %1.</source>
        <translation>リクエスト %1 を読み取れませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>The tenant asked to slow down (rate limit). Every request is kept; live updates retry in %n s.</source>
        <translation>
            <numerusform>テナントから速度を落とすよう要求されました (レート制限)。すべてのリクエストは保持されます。ライブ更新は %n 秒後に再試行されます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 Every request is kept; live updates retry in %n s.</source>
        <translation>
            <numerusform>%1 %2 すべてのリクエストは保持されます。ライブ更新は %n 秒後に再試行されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not list the links: %1</source>
        <translation>リンクの一覧を取得できませんでした: %1</translation>
    </message>
    <message>
        <source>Some links&apos; requests could not be read: %1</source>
        <translation>一部のリンクのリクエストを読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>Could not list the requests: %1</source>
        <translation>リクエストの一覧を取得できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>odag::gui::RequestOpsBinder</name>
    <message>
        <source>Submit request…</source>
        <translation>リクエストを送信…</translation>
    </message>
    <message>
        <source>Notify when done</source>
        <translation>完了時に通知</translation>
    </message>
    <message>
        <source>Submit a generation request for a link, to test it without the Sense client (%1)</source>
        <translation>リンクの生成リクエストを送信し、Sense クライアントを使わずにテストします (%1)</translation>
    </message>
    <message>
        <source>Show a desktop notification when the selected requests succeed or fail (%1)</source>
        <translation>選択したリクエストが成功または失敗したときにデスクトップ通知を表示します (%1)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
</context>
<context>
    <name>odag::gui::RequestsModel</name>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>リンク</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <source>Generated app</source>
        <translation>生成アプリ</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始日時</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>終了日時</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <source>Rows (bounds)</source>
        <translation>行数 (範囲)</translation>
    </message>
    <message>
        <source>Load host</source>
        <translation>ロード ホスト</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
</context>
<context>
    <name>odag::gui::RequestsWorkspace</name>
    <message>
        <source>Generation requests</source>
        <translation>生成リクエスト</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>モニター</translation>
    </message>
    <message>
        <source>Loading requests…</source>
        <translation>リクエストを読み込み中…</translation>
    </message>
    <message>
        <source>Pause live updates</source>
        <translation>ライブ更新を一時停止</translation>
    </message>
    <message>
        <source>Stop or restart the automatic refresh (Ctrl+Shift+P)</source>
        <translation>自動更新を停止または再開します (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Resume live updates</source>
        <translation>ライブ更新を再開</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>今すぐ更新</translation>
    </message>
    <message>
        <source>Ask the tenant for changes now (F5)</source>
        <translation>今すぐテナントに変更を問い合わせます (F5)</translation>
    </message>
    <message>
        <source>Refresh every</source>
        <translation>更新間隔</translation>
    </message>
    <message>
        <source>Refresh interval</source>
        <translation>更新間隔</translation>
    </message>
    <message>
        <source>How often to look for changes while requests are running; the monitor looks less often when nothing happens and when the rate limit is near</source>
        <translation>リクエストの実行中に変更を確認する頻度。何も起きていないときやレート制限に近いときは、モニターの確認頻度が下がります</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Search ID, owner, app, error… (Ctrl+F)</source>
        <translation>ID、所有者、アプリ、エラーを検索… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search requests</source>
        <translation>リクエストを検索</translation>
    </message>
    <message>
        <source>Filter by state</source>
        <translation>状態で絞り込み</translation>
    </message>
    <message>
        <source>Show only requests in the checked states</source>
        <translation>チェックした状態のリクエストのみを表示します</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation>種類で絞り込み</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>すべての種類</translation>
    </message>
    <message>
        <source>Filter by link</source>
        <translation>リンクで絞り込み</translation>
    </message>
    <message>
        <source>All links</source>
        <translation>すべてのリンク</translation>
    </message>
    <message>
        <source>Filter by owner</source>
        <translation>所有者で絞り込み</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>すべての所有者</translation>
    </message>
    <message>
        <source>Filter by creation time</source>
        <translation>作成日時で絞り込み</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>すべての期間</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>過去 1 時間</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>過去 1 日</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>過去 1 週間</translation>
    </message>
    <message>
        <source>Between…</source>
        <translation>期間指定…</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>作成日時 (開始)</translation>
    </message>
    <message>
        <source>Created until</source>
        <translation>作成日時 (終了)</translation>
    </message>
    <message numerus="yes">
        <source>%n state(s)</source>
        <translation>
            <numerusform>%n 個の状態</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>Paused while the window is hidden</source>
        <translation>ウィンドウが非表示のため一時停止中</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>ライブ</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n 件のリクエスト</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · last refresh %2 · %n call(s)/min · %3</source>
        <translation>
            <numerusform>%1 · 最終更新 %2 · %n 回/分 · %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · last refresh %2 · %n call(s)/min · Tier 1 budget %3 % · %4</source>
        <translation>
            <numerusform>%1 · 最終更新 %2 · %n 回/分 · Tier 1 使用率 %3 % · %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n top-level row(s) shown</source>
        <translation>
            <numerusform>%1 · %n 件の最上位行を表示</numerusform>
        </translation>
    </message>
    <message>
        <source>The requests could not be loaded.</source>
        <translation>リクエストを読み込めませんでした。</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>リクエスト</translation>
    </message>
    <message>
        <source>Loading requests… %1 of %2</source>
        <translation>リクエストを読み込んでいます… %1 / %2</translation>
    </message>
</context>
<context>
    <name>odag::gui::RetentionEditor</name>
    <message>
        <source>PT24H, P7D or unlimited</source>
        <translation>PT24H、P7D、または unlimited</translation>
    </message>
    <message>
        <source>Retention time</source>
        <translation>保持期間</translation>
    </message>
</context>
<context>
    <name>odag::gui::SessionFactory</name>
    <message>
        <source>No API key is stored for the profile %1. Edit the profile and enter the key.</source>
        <translation>プロファイル %1 の API キーが保存されていません。プロファイルを編集してキーを入力してください。</translation>
    </message>
    <message>
        <source>The profile %1 is signed out. Sign in to open it.</source>
        <translation>プロファイル %1 はサインアウトしています。開くにはサインインしてください。</translation>
    </message>
    <message>
        <source>No Windows password is stored for the profile %1. Edit the profile and enter it.</source>
        <translation>プロファイル %1 の Windows パスワードが保存されていません。プロファイルを編集してパスワードを入力してください。</translation>
    </message>
    <message>
        <source>The profile %1 has no valid address.</source>
        <translation>プロファイル %1 に有効なアドレスがありません。</translation>
    </message>
    <message>
        <source>The sign-in to %1 was cancelled.</source>
        <translation>%1 へのサインインはキャンセルされました。</translation>
    </message>
    <message>
        <source>The server refused the Windows sign-in of %1. Check the user name and password of the profile %2.</source>
        <translation>サーバーが %1 の Windows サインインを拒否しました。プロファイル %2 のユーザー名とパスワードを確認してください。</translation>
    </message>
    <message>
        <source>The tenant refused the credentials of the profile %1 (401 Unauthorized): %2</source>
        <translation>テナントがプロファイル %1 の資格情報を拒否しました (401 Unauthorized): %2</translation>
    </message>
</context>
<context>
    <name>odag::gui::SpaceAssignmentsModel</name>
    <message>
        <source>Member type</source>
        <translation>メンバーの種類</translation>
    </message>
    <message>
        <source>User or group ID</source>
        <translation>ユーザーまたはグループ ID</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>ロール</translation>
    </message>
</context>
<context>
    <name>odag::gui::SpaceDetailsPanel</name>
    <message>
        <source>&amp;Add member…</source>
        <translation>メンバーを追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Change &amp;roles…</source>
        <translation>ロールを変更(&amp;R)…</translation>
    </message>
    <message>
        <source>Re&amp;move member</source>
        <translation>メンバーを削除(&amp;M)</translation>
    </message>
    <message>
        <source>Members of the space</source>
        <translation>スペースのメンバー</translation>
    </message>
    <message>
        <source>Give a user or group roles in this space (Ctrl+Shift+A)</source>
        <translation>ユーザーまたはグループにこのスペースのロールを付与します (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Change the roles of the selected member</source>
        <translation>選択したメンバーのロールを変更します</translation>
    </message>
    <message>
        <source>Take the selected member out of this space</source>
        <translation>選択したメンバーをこのスペースから外します</translation>
    </message>
    <message>
        <source>&lt;b&gt;Members&lt;/b&gt;</source>
        <translation>&lt;b&gt;メンバー&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Could not read the members of the space</source>
        <translation>スペースのメンバーを読み取れませんでした</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No space selected&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;スペースが選択されていません&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Select a space to see its details and members.</source>
        <translation>詳細とメンバーを表示するスペースを選択してください。</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>(personal space)</source>
        <translation>(個人用スペース)</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>種類:</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>所有者:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>説明:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>作成日時:</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 (作成者: %2)</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>更新日時:</translation>
    </message>
    <message>
        <source>Your roles:</source>
        <translation>あなたのロール:</translation>
    </message>
    <message>
        <source>You may not manage the members of this space.</source>
        <translation>このスペースのメンバーを管理する権限がありません。</translation>
    </message>
    <message>
        <source>Added %1 to the space</source>
        <translation>%1 をスペースに追加しました</translation>
    </message>
    <message>
        <source>Changed the roles of %1</source>
        <translation>%1 のロールを変更しました</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>メンバーの削除</translation>
    </message>
    <message>
        <source>Take %1 out of the space &quot;%2&quot;? They lose the roles %3 there.</source>
        <translation>%1 をスペース「%2」から外しますか? そのスペースでのロール %3 が失われます。</translation>
    </message>
    <message>
        <source>Could not remove %1</source>
        <translation>%1 を削除できませんでした</translation>
    </message>
    <message>
        <source>Removed %1 from the space</source>
        <translation>%1 をスペースから削除しました</translation>
    </message>
</context>
<context>
    <name>odag::gui::SpaceDialog</name>
    <message>
        <source>New space</source>
        <translation>新しいスペース</translation>
    </message>
    <message>
        <source>Edit space</source>
        <translation>スペースの編集</translation>
    </message>
    <message>
        <source>Space name</source>
        <translation>スペース名</translation>
    </message>
    <message>
        <source>1-256 characters, none of &quot; * ? &lt; &gt; / | \ :</source>
        <translation>1～256 文字。&quot; * ? &lt; &gt; / | \ : は使用できません</translation>
    </message>
    <message>
        <source>Space type</source>
        <translation>スペースの種類</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>種類(&amp;T):</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>種類:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>説明(&amp;D):</translation>
    </message>
    <message>
        <source>%1
Roles: %2</source>
        <translation>%1
ロール: %2</translation>
    </message>
    <message>
        <source>The name cannot be used: %1</source>
        <translation>この名前は使用できません: %1</translation>
    </message>
    <message>
        <source>Could not create the space</source>
        <translation>スペースを作成できませんでした</translation>
    </message>
    <message>
        <source>Could not save the space</source>
        <translation>スペースを保存できませんでした</translation>
    </message>
</context>
<context>
    <name>odag::gui::SpaceRoleCatalog</name>
    <message>
        <source>Members develop apps together.</source>
        <translation>メンバーが共同でアプリを開発します。</translation>
    </message>
    <message>
        <source>Finished apps are published here for consumers; content is controlled.</source>
        <translation>完成したアプリを利用者向けにここで公開します。コンテンツは管理されます。</translation>
    </message>
    <message>
        <source>Holds data connections and data files that apps load from.</source>
        <translation>アプリのロード元となるデータ接続とデータ ファイルを格納します。</translation>
    </message>
    <message>
        <source>A space type this version does not know (%1).</source>
        <translation>このバージョンでは認識できないスペースの種類です (%1)。</translation>
    </message>
</context>
<context>
    <name>odag::gui::SpacesModel</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新日時</translation>
    </message>
</context>
<context>
    <name>odag::gui::SpacesWorkspace</name>
    <message>
        <source>&lt;h2&gt;No spaces here&lt;/h2&gt;&lt;p&gt;Spaces are a Qlik Cloud feature; this profile is a Qlik Sense Enterprise server, which organises apps in streams instead.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;スペースはありません&lt;/h2&gt;&lt;p&gt;スペースは Qlik Cloud の機能です。このプロファイルは Qlik Sense Enterprise サーバーであり、アプリはスペースの代わりにストリームで整理されます。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>さらに読み込む</translation>
    </message>
    <message>
        <source>&amp;New space…</source>
        <translation>新しいスペース(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a space (Ctrl+N)</source>
        <translation>スペースを作成します (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>Change the name or description of the selected space (Ctrl+E)</source>
        <translation>選択したスペースの名前または説明を変更します (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>削除(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the selected space (Del)</source>
        <translation>選択したスペースを削除します (Del)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>Read the spaces again (F5)</source>
        <translation>スペースを再度読み取ります (F5)</translation>
    </message>
    <message>
        <source>Space type filter</source>
        <translation>スペースの種類フィルター</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>すべての種類</translation>
    </message>
    <message>
        <source>Name filter</source>
        <translation>名前フィルター</translation>
    </message>
    <message>
        <source>Name contains…</source>
        <translation>名前に含まれる文字…</translation>
    </message>
    <message>
        <source>Owner filter</source>
        <translation>所有者フィルター</translation>
    </message>
    <message>
        <source>Owner ID</source>
        <translation>所有者 ID</translation>
    </message>
    <message>
        <source>Read the next page of spaces</source>
        <translation>スペースの次のページを読み取ります</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>種類:</translation>
    </message>
    <message>
        <source>Spaces</source>
        <translation>スペース</translation>
    </message>
    <message>
        <source>Could not read the spaces</source>
        <translation>スペースを読み取れませんでした</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n space(s)</source>
        <translation>
            <numerusform>%n 個中 %1 個のスペース</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n space(s)</source>
        <translation>
            <numerusform>%n 個のスペース</numerusform>
        </translation>
    </message>
    <message>
        <source>Created the space %1</source>
        <translation>スペース %1 を作成しました</translation>
    </message>
    <message>
        <source>Saved the space %1</source>
        <translation>スペース %1 を保存しました</translation>
    </message>
    <message>
        <source>Delete space</source>
        <translation>スペースの削除</translation>
    </message>
    <message>
        <source>Delete the space &quot;%1&quot; and its member assignments? This cannot be undone.</source>
        <translation>スペース「%1」とそのメンバーの割り当てを削除しますか? この操作は元に戻せません。</translation>
    </message>
    <message>
        <source>The space &quot;%1&quot; is not empty and was not deleted</source>
        <translation>スペース「%1」は空でないため、削除されませんでした</translation>
    </message>
    <message>
        <source>Could not delete the space &quot;%1&quot;</source>
        <translation>スペース「%1」を削除できませんでした</translation>
    </message>
    <message>
        <source>Deleted the space %1</source>
        <translation>スペース %1 を削除しました</translation>
    </message>
</context>
<context>
    <name>odag::gui::SubmitRequestDialog</name>
    <message>
        <source>&amp;Add field</source>
        <translation>項目を追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove field</source>
        <translation>項目を削除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Submit request</source>
        <translation>リクエストを送信(&amp;S)</translation>
    </message>
    <message>
        <source>Submit a generation request</source>
        <translation>生成リクエストの送信</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>リンク</translation>
    </message>
    <message>
        <source>The ODAG link to generate an app with</source>
        <translation>アプリの生成に使用する ODAG リンク</translation>
    </message>
    <message>
        <source>Selection app ID</source>
        <translation>選択アプリ ID</translation>
    </message>
    <message>
        <source>The selection app the request is made from (prefilled from the link)</source>
        <translation>リクエストの作成元となる選択アプリ (リンクから自動入力)</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>シート</translation>
    </message>
    <message>
        <source>optional: the selection app sheet</source>
        <translation>省略可: 選択アプリのシート</translation>
    </message>
    <message>
        <source>Row estimate</source>
        <translation>推定行数</translation>
    </message>
    <message>
        <source>optional: rows the generated app will hold</source>
        <translation>省略可: 生成アプリに含まれる行数</translation>
    </message>
    <message>
        <source>Checked against the link&apos;s row estimate range for you</source>
        <translation>リンクの推定行数の範囲に照らして自動的にチェックされます</translation>
    </message>
    <message>
        <source>Selection state</source>
        <translation>選択状態</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>値</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Selected (S)</source>
        <translation>選択済み (S)</translation>
    </message>
    <message>
        <source>Optional (O)</source>
        <translation>オプション (O)</translation>
    </message>
    <message>
        <source>Excluded (X)</source>
        <translation>除外 (X)</translation>
    </message>
    <message>
        <source>Add a field to the selection state</source>
        <translation>選択状態に項目を追加します</translation>
    </message>
    <message>
        <source>Remove the selected field rows</source>
        <translation>選択した項目の行を削除します</translation>
    </message>
    <message>
        <source>Send the request (%1)</source>
        <translation>リクエストを送信します (%1)</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>リンク(&amp;L):</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>シート(&amp;H):</translation>
    </message>
    <message>
        <source>Row &amp;estimate:</source>
        <translation>推定行数(&amp;E):</translation>
    </message>
    <message>
        <source>One row per field: values separated by commas or one per line; the state says whether they are selected (S), optional (O) or excluded (X). Rows of the same field are merged.</source>
        <translation>項目ごとに 1 行: 値はカンマ区切りまたは 1 行に 1 つずつ入力します。状態は、値が選択済み (S)、オプション (O)、除外 (X) のいずれであるかを示します。同じ項目の行は結合されます。</translation>
    </message>
    <message>
        <source>Loading links…</source>
        <translation>リンクを読み込み中…</translation>
    </message>
    <message>
        <source>Could not load the links.</source>
        <translation>リンクを読み込めませんでした。</translation>
    </message>
    <message>
        <source>No links</source>
        <translation>リンクなし</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Selection state of row %1</source>
        <translation>行 %1 の選択状態</translation>
    </message>
    <message>
        <source>Choose a link.</source>
        <translation>リンクを選択してください。</translation>
    </message>
    <message>
        <source>Enter the ID of the selection app.</source>
        <translation>選択アプリの ID を入力してください。</translation>
    </message>
    <message>
        <source>The row estimate must be a whole number of rows, 0 or more.</source>
        <translation>推定行数は 0 以上の整数で指定してください。</translation>
    </message>
    <message>
        <source>Row %1: enter the field name for the values %2.</source>
        <translation>行 %1: 値 %2 の項目名を入力してください。</translation>
    </message>
    <message>
        <source>Row %1: enter at least one value for %2.</source>
        <translation>行 %1: %2 の値を 1 つ以上入力してください。</translation>
    </message>
    <message>
        <source>Add at least one field with values: the request is made from a selection.</source>
        <translation>値を持つ項目を 1 つ以上追加してください。リクエストは選択から作成されます。</translation>
    </message>
    <message>
        <source>Please correct the following:</source>
        <translation>次の点を修正してください:</translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation>送信しています…</translation>
    </message>
    <message>
        <source>The request was not accepted.</source>
        <translation>リクエストは受け付けられませんでした。</translation>
    </message>
    <message>
        <source>Request %1 was created; it is %2.</source>
        <translation>リクエスト %1 が作成されました。状態は %2 です。</translation>
    </message>
    <message>
        <source>Messages from the service:</source>
        <translation>サービスからのメッセージ:</translation>
    </message>
    <message>
        <source>Selection a&amp;pp:</source>
        <translation>選択アプリ(&amp;P):</translation>
    </message>
</context>
<context>
    <name>odag::gui::TenantHealthPage</name>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message numerus="yes">
        <source>Refresh every %n s</source>
        <translation>
            <numerusform>%n 秒ごとに更新</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;%1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Qlik Cloud tenant · %1</source>
        <translation>Qlik Cloud テナント · %1</translation>
    </message>
    <message>
        <source>Qlik Sense Enterprise site · %1</source>
        <translation>Qlik Sense Enterprise サイト · %1</translation>
    </message>
    <message>
        <source>Reload the tenant&apos;s settings, apps and health (F5)</source>
        <translation>テナントの設定、アプリ、正常性を再度読み込みます (F5)</translation>
    </message>
    <message numerus="yes">
        <source>Reload this page by itself every %n seconds while it is shown</source>
        <translation>
            <numerusform>表示中は %n 秒ごとにこのページを自動的に再読み込みします</numerusform>
        </translation>
    </message>
    <message>
        <source>ODAG settings</source>
        <translation>ODAG 設定</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>ODAG apps</source>
        <translation>ODAG アプリ</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>セッション</translation>
    </message>
    <message>
        <source>Selection apps:</source>
        <translation>選択アプリ:</translation>
    </message>
    <message>
        <source>Template apps:</source>
        <translation>テンプレート アプリ:</translation>
    </message>
    <message>
        <source>Generated apps:</source>
        <translation>生成アプリ:</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>Show the lists</source>
        <translation>一覧を表示</translation>
    </message>
    <message>
        <source>Open the ODAG apps tab with the names and IDs</source>
        <translation>名前と ID を含む [ODAG アプリ] タブを開きます</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>更新日時 %1</translation>
    </message>
    <message>
        <source>Tenant health loaded with errors</source>
        <translation>テナントの正常性を読み込みました (エラーあり)</translation>
    </message>
    <message>
        <source>Tenant health loaded</source>
        <translation>テナントの正常性を読み込みました</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>テナント</translation>
    </message>
</context>
<context>
    <name>odag::gui::TimelinePage</name>
    <message>
        <source>Last hour</source>
        <translation>過去 1 時間</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>過去 1 日</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>過去 1 週間</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>The period the timeline and the statistics cover</source>
        <translation>タイムラインと統計の対象期間</translation>
    </message>
    <message>
        <source>All links</source>
        <translation>すべてのリンク</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>リンク</translation>
    </message>
    <message>
        <source>Show the requests of one link only</source>
        <translation>1 つのリンクのリクエストのみを表示します</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>拡大</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>全体表示</translation>
    </message>
    <message>
        <source>Show the whole period</source>
        <translation>期間全体を表示します</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期間(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>リンク(&amp;L):</translation>
    </message>
    <message>
        <source>Statistics per link</source>
        <translation>リンクごとの統計</translation>
    </message>
</context>
<context>
    <name>odag::gui::TimelineView</name>
    <message>
        <source>Request timeline</source>
        <translation>リクエストのタイムライン</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>キュー待ち</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>ロード中</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>リクエスト %1</translation>
    </message>
    <message>
        <source>Link: %1</source>
        <translation>リンク: %1</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>所有者: %1</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>状態: %1</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>作成日時: %1</translation>
    </message>
    <message>
        <source>Waited: %1</source>
        <translation>待機時間: %1</translation>
    </message>
    <message>
        <source>Load started: %1</source>
        <translation>ロード開始: %1</translation>
    </message>
    <message>
        <source>Ended: %1</source>
        <translation>終了: %1</translation>
    </message>
    <message>
        <source>Load duration: %1</source>
        <translation>ロード時間: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <source>No requests observed in this period.
Requests appear here as the monitor sees them.</source>
        <translation>この期間に確認されたリクエストはありません。
リクエストは、モニターで検出されるとここに表示されます。</translation>
    </message>
    <message>
        <source>Requests by link</source>
        <translation>リンク別のリクエスト</translation>
    </message>
</context>
<context>
    <name>odag::gui::TrayNotifier</name>
    <message>
        <source>ODAG Admin: watched requests</source>
        <translation>ODAG Admin: 監視中のリクエスト</translation>
    </message>
    <message>
        <source>Request succeeded</source>
        <translation>リクエスト成功</translation>
    </message>
    <message>
        <source>The app &quot;%1&quot; has been generated.</source>
        <translation>アプリ「%1」が生成されました。</translation>
    </message>
    <message>
        <source>Request failed</source>
        <translation>リクエスト失敗</translation>
    </message>
    <message>
        <source>The request for &quot;%1&quot; failed: %2</source>
        <translation>「%1」のリクエストが失敗しました: %2</translation>
    </message>
    <message>
        <source>The request for &quot;%1&quot; failed.</source>
        <translation>「%1」のリクエストが失敗しました。</translation>
    </message>
</context>
<context>
    <name>odag::gui::TriggerReloadDialog</name>
    <message>
        <source>&amp;Partial reload (keep the data already loaded; run only ADD/REPLACE loads)</source>
        <translation>部分リロード (ロード済みのデータを保持し、ADD/REPLACE ロードのみを実行)(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Add variable</source>
        <translation>変数を追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove variable</source>
        <translation>変数を削除(&amp;R)</translation>
    </message>
    <message>
        <source>Reload %1</source>
        <translation>%1 をリロード</translation>
    </message>
    <message>
        <source>Script variables</source>
        <translation>スクリプト変数</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>変数</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Add a script variable (at most %1)</source>
        <translation>スクリプト変数を追加します (最大 %1 個)</translation>
    </message>
    <message>
        <source>Remove the selected variable</source>
        <translation>選択した変数を削除します</translation>
    </message>
    <message>
        <source>Start reload</source>
        <translation>リロードを開始</translation>
    </message>
    <message>
        <source>Variables are set in the load script before it runs (names and values up to %1 characters, at most %2 variables).</source>
        <translation>変数は、ロード スクリプトの実行前に設定されます (名前と値は最大 %1 文字、変数は最大 %2 個)。</translation>
    </message>
    <message>
        <source>Row %1: the variable needs a name.</source>
        <translation>行 %1: 変数に名前が必要です。</translation>
    </message>
    <message>
        <source>Row %1: the name has %2 characters; at most %3 are allowed.</source>
        <translation>行 %1: 名前が %2 文字です。最大 %3 文字まで使用できます。</translation>
    </message>
    <message>
        <source>Row %1: the value has %2 characters; at most %3 are allowed.</source>
        <translation>行 %1: 値が %2 文字です。最大 %3 文字まで使用できます。</translation>
    </message>
    <message>
        <source>Row %1: the variable %2 is set twice.</source>
        <translation>行 %1: 変数 %2 が 2 回設定されています。</translation>
    </message>
    <message numerus="yes">
        <source>%n variable(s) given; at most %1 are allowed.</source>
        <translation>
            <numerusform>%n 個の変数が指定されています。最大 %1 個まで使用できます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not start the reload</source>
        <translation>リロードを開始できませんでした</translation>
    </message>
</context>
<context>
    <name>odag::json</name>
    <message>
        <source>expected %1</source>
        <translation>%1 が必要です</translation>
    </message>
    <message>
        <source>missing required field</source>
        <translation>必須フィールドがありません</translation>
    </message>
    <message>
        <source>integer out of range</source>
        <translation>整数が範囲外です</translation>
    </message>
    <message>
        <source>expected ISO 8601 date-time, got &quot;%1&quot;</source>
        <translation>ISO 8601 の日時が必要ですが、「%1」が指定されました</translation>
    </message>
    <message>
        <source>empty body where JSON was expected</source>
        <translation>JSON が必要ですが本文が空です</translation>
    </message>
    <message>
        <source>malformed JSON at byte %1: %2</source>
        <translation>バイト %1 の JSON の形式が正しくありません: %2</translation>
    </message>
</context>
<context>
    <name>odag::rules</name>
    <message numerus="yes">
        <source>%1 refers to a parameter that does not exist: the name has %n parameter(s), numbered from {0}.</source>
        <translation>
            <numerusform>%1 は存在しないパラメーターを参照しています。名前のパラメーターは %n 個で、番号は {0} から始まります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>サブジェクト</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>ロール</translation>
    </message>
    <message>
        <source>Not interpreted</source>
        <translation>未解釈</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>すべてのユーザー</translation>
    </message>
    <message>
        <source>Group or role</source>
        <translation>グループまたはロール</translation>
    </message>
    <message>
        <source>One user</source>
        <translation>単一ユーザー</translation>
    </message>
    <message>
        <source>The app cannot interpret this context (Qlik publishes no grammar beyond User_* and User.&lt;attribute&gt; = &lt;value&gt;). It is kept as written; the preview cannot tell whom it applies to.</source>
        <translation>アプリはこのコンテキストを解釈できません (Qlik が公開している文法は User_* と User.&lt;attribute&gt; = &lt;value&gt; のみです)。記述どおりに保持されますが、プレビューでは適用対象を判断できません。</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>%1 まで</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1～%2</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>Menu label</source>
        <translation>メニュー ラベル</translation>
    </message>
    <message>
        <source>Generated app name</source>
        <translation>生成アプリ名</translation>
    </message>
    <message>
        <source>Generated app limit</source>
        <translation>生成アプリの上限</translation>
    </message>
    <message>
        <source>Limit policy</source>
        <translation>上限ポリシー</translation>
    </message>
    <message>
        <source>Row estimate range</source>
        <translation>推定行数の範囲</translation>
    </message>
    <message>
        <source>Target sheet</source>
        <translation>対象シート</translation>
    </message>
    <message>
        <source>Open method</source>
        <translation>開く方法</translation>
    </message>
    <message>
        <source>Retention time</source>
        <translation>保持期間</translation>
    </message>
    <message>
        <source>Override app limit</source>
        <translation>アプリの上限を無視</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>The brace at position %1 is not part of a {N} marker and is kept as written (braces have no escape).</source>
        <translation>位置 %1 の波かっこは {N} マーカーの一部ではないため、そのまま保持されます (波かっこはエスケープできません)。</translation>
    </message>
    <message>
        <source>%1 refers to a parameter, but the name has none.</source>
        <translation>%1 はパラメーターを参照していますが、名前にパラメーターがありません。</translation>
    </message>
    <message>
        <source>Parameter {%1} is &quot;%2&quot;, which the app does not know; it is kept, and the preview shows its marker.</source>
        <translation>パラメーター {%1} は「%2」ですが、アプリはこれを認識できません。パラメーターは保持され、プレビューにはマーカーが表示されます。</translation>
    </message>
    <message>
        <source>Parameter {%1} (%2) is not used in the name.</source>
        <translation>パラメーター {%1} (%2) は名前で使用されていません。</translation>
    </message>
    <message>
        <source>The generated app name would be empty.</source>
        <translation>生成アプリ名が空になります。</translation>
    </message>
    <message>
        <source>Template app</source>
        <translation>テンプレート アプリ</translation>
    </message>
    <message>
        <source>user</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>The context is empty. Use User_* for all users.</source>
        <translation>コンテキストが空です。すべてのユーザーを対象にするには User_* を使用してください。</translation>
    </message>
    <message>
        <source>User. must be followed by an attribute: name, id, subject, group or role.</source>
        <translation>User. の後には属性 (name、id、subject、group、role) が必要です。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a user attribute; use name, id, subject, group or role.</source>
        <translation>「%1」はユーザー属性ではありません。name、id、subject、group、role のいずれかを使用してください。</translation>
    </message>
    <message>
        <source>User.%1 must be followed by = and a value.</source>
        <translation>User.%1 の後には = と値が必要です。</translation>
    </message>
    <message>
        <source>User.%1 = has no value.</source>
        <translation>User.%1 = に値がありません。</translation>
    </message>
    <message>
        <source>The value has no closing %1.</source>
        <translation>値に閉じる %1 がありません。</translation>
    </message>
    <message>
        <source>User.%1 is compared with an empty value.</source>
        <translation>User.%1 が空の値と比較されています。</translation>
    </message>
    <message>
        <source>Not interpreted: %1</source>
        <translation>未解釈: %1</translation>
    </message>
    <message>
        <source>User named %1</source>
        <translation>名前が %1 のユーザー</translation>
    </message>
    <message>
        <source>User with ID %1</source>
        <translation>ID が %1 のユーザー</translation>
    </message>
    <message>
        <source>User with subject %1</source>
        <translation>サブジェクトが %1 のユーザー</translation>
    </message>
    <message>
        <source>Members of group %1</source>
        <translation>グループ %1 のメンバー</translation>
    </message>
    <message>
        <source>Users with role %1</source>
        <translation>ロール %1 のユーザー</translation>
    </message>
    <message>
        <source>The retention time is empty: write an ISO 8601 duration such as PT24H, or unlimited.</source>
        <translation>保持期間が空です。PT24H などの ISO 8601 期間、または unlimited を入力してください。</translation>
    </message>
    <message>
        <source>A retention time cannot carry a sign.</source>
        <translation>保持期間に符号は付けられません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 duration: it must start with P (as in PT24H or P1D), or be unlimited.</source>
        <translation>「%1」は ISO 8601 の期間ではありません。P で始まる (PT24H、P1D など) か、unlimited である必要があります。</translation>
    </message>
    <message>
        <source>The duration has a second T.</source>
        <translation>期間に 2 つ目の T があります。</translation>
    </message>
    <message>
        <source>The duration has a T with no hours, minutes or seconds after it.</source>
        <translation>期間の T の後に時間、分、秒がありません。</translation>
    </message>
    <message>
        <source>Only the smallest unit of a duration may have a fraction.</source>
        <translation>小数部を持てるのは期間の最小単位だけです。</translation>
    </message>
    <message>
        <source>A number is expected at &quot;%1&quot;.</source>
        <translation>「%1」の位置に数値が必要です。</translation>
    </message>
    <message>
        <source>The duration is too long.</source>
        <translation>期間が長すぎます。</translation>
    </message>
    <message>
        <source>A duration may have at most three decimals.</source>
        <translation>期間の小数部は 3 桁までです。</translation>
    </message>
    <message>
        <source>A decimal separator must be followed by digits.</source>
        <translation>小数点の後には数字が必要です。</translation>
    </message>
    <message>
        <source>The number %1 has no unit (Y, M, W, D, H, M or S).</source>
        <translation>数値 %1 に単位 (Y、M、W、D、H、M、S) がありません。</translation>
    </message>
    <message>
        <source>Hours, minutes and seconds must come after T (as in PT%1%2).</source>
        <translation>時間、分、秒は T の後に指定する必要があります (PT%1%2 など)。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a duration unit here.</source>
        <translation>「%1」はここでは期間の単位ではありません。</translation>
    </message>
    <message>
        <source>The units of a duration must be written once each, largest first.</source>
        <translation>期間の各単位は 1 回ずつ、大きい単位から順に記述する必要があります。</translation>
    </message>
    <message>
        <source>The duration has no value (write for example PT24H).</source>
        <translation>期間に値がありません (例: PT24H)。</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>無制限</translation>
    </message>
    <message>
        <source>Zero</source>
        <translation>ゼロ</translation>
    </message>
    <message>
        <source>%1 y</source>
        <translation>%1 年</translation>
    </message>
    <message>
        <source>%1 mo</source>
        <translation>%1 か月</translation>
    </message>
    <message>
        <source>%1 wk</source>
        <translation>%1 週</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 日</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 時間</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>The link has no name.</source>
        <translation>リンクに名前がありません。</translation>
    </message>
    <message>
        <source>Context &quot;%1&quot;: %2</source>
        <translation>コンテキスト「%1」: %2</translation>
    </message>
    <message>
        <source>Context &quot;%1&quot; cannot be interpreted by the app (only User_* and User.&lt;attribute&gt; = &lt;value&gt; are documented); it is kept as written and the preview cannot evaluate it.</source>
        <translation>コンテキスト「%1」はアプリで解釈できません (文書化されているのは User_* と User.&lt;attribute&gt; = &lt;value&gt; のみです)。記述どおりに保持されますが、プレビューでは評価できません。</translation>
    </message>
    <message>
        <source>%1: context &quot;%2&quot; appears again at row %3 with the same value.</source>
        <translation>%1: コンテキスト「%2」が行 %3 に同じ値で再び出現しています。</translation>
    </message>
    <message>
        <source>%1: context &quot;%2&quot; appears at rows %3 and %4 with different values; which one the service uses is not documented.</source>
        <translation>%1: コンテキスト「%2」が行 %3 と行 %4 に異なる値で出現しています。サービスがどちらを使用するかは文書化されていません。</translation>
    </message>
    <message>
        <source>The row estimate range for &quot;%1&quot; has a negative bound.</source>
        <translation>「%1」の推定行数の範囲に負の境界値があります。</translation>
    </message>
    <message>
        <source>The row estimate range for &quot;%1&quot; goes from %2 down to %3: no estimate can fall in it.</source>
        <translation>「%1」の推定行数の範囲が %2 から %3 へと逆順になっているため、どの推定値も範囲内に入りません。</translation>
    </message>
    <message>
        <source>There is no row estimate range for all users (context User_*); the service requires one.</source>
        <translation>すべてのユーザー (コンテキスト User_*) に対する推定行数の範囲がありません。サービスではこの範囲が必須です。</translation>
    </message>
    <message>
        <source>Generated app name for &quot;%1&quot;: %2</source>
        <translation>「%1」の生成アプリ名: %2</translation>
    </message>
    <message>
        <source>The generated app limit for &quot;%1&quot; is %2; the minimum is 1.</source>
        <translation>「%1」の生成アプリの上限が %2 です。最小値は 1 です。</translation>
    </message>
    <message>
        <source>The link is a dynamic view: the service sets the generated app limit to 1, so %1 for &quot;%2&quot; has no effect.</source>
        <translation>リンクはダイナミック ビューです。サービスが生成アプリの上限を 1 に設定するため、「%2」の %1 は無効です。</translation>
    </message>
    <message>
        <source>The generated app limit for &quot;%1&quot; is ignored: overrideGenAppLimit is on for it.</source>
        <translation>「%1」の生成アプリの上限は無視されます。このコンテキストでは overrideGenAppLimit がオンになっています。</translation>
    </message>
    <message>
        <source>The limit policy &quot;%1&quot; for &quot;%2&quot; is not one the app knows (Restrict, AutoDelete); it is kept.</source>
        <translation>「%2」の上限ポリシー「%1」はアプリが認識できるもの (Restrict、AutoDelete) ではありません。そのまま保持されます。</translation>
    </message>
    <message>
        <source>The limit policy for &quot;%1&quot; has no effect: the link sets no generated app limit.</source>
        <translation>「%1」の上限ポリシーは無効です。リンクに生成アプリの上限が設定されていません。</translation>
    </message>
    <message>
        <source>The limit policy %1 for &quot;%2&quot; has no effect: overrideGenAppLimit is on for it, so the limit is ignored.</source>
        <translation>「%2」の上限ポリシー %1 は無効です。このコンテキストでは overrideGenAppLimit がオンのため、上限は無視されます。</translation>
    </message>
    <message>
        <source>The retention time for &quot;%1&quot; is not valid: %2</source>
        <translation>「%1」の保持期間が無効です: %2</translation>
    </message>
    <message>
        <source>The retention time &quot;%1&quot; for &quot;%2&quot; is usually written %3.</source>
        <translation>「%2」の保持期間「%1」は通常 %3 と記述します。</translation>
    </message>
    <message>
        <source>The retention time %1 for &quot;%2&quot; uses years or months, whose length varies; the app counts 365 and 30 days.</source>
        <translation>「%2」の保持期間 %1 には長さが一定でない年または月が使われています。アプリでは 1 年を 365 日、1 か月を 30 日として計算します。</translation>
    </message>
    <message>
        <source>The retention time for &quot;%1&quot; is zero; the service records 0 as &quot;never purged&quot;. Write unlimited if that is meant.</source>
        <translation>「%1」の保持期間がゼロです。サービスは 0 を「削除しない」として記録します。その意図であれば unlimited と入力してください。</translation>
    </message>
    <message>
        <source>The link is a dynamic view: the service keeps generated apps for 24 hours, so %1 for &quot;%2&quot; has no effect.</source>
        <translation>リンクはダイナミック ビューです。サービスは生成アプリを 24 時間保持するため、「%2」の %1 は無効です。</translation>
    </message>
    <message>
        <source>The open method &quot;%1&quot; for &quot;%2&quot; is not one the app knows (Tab, Window); it is kept.</source>
        <translation>「%2」の開く方法「%1」はアプリが認識できるもの (Tab、Window) ではありません。そのまま保持されます。</translation>
    </message>
    <message>
        <source>The target sheet for &quot;%1&quot; has no sheet ID.</source>
        <translation>「%1」の対象シートにシート ID がありません。</translation>
    </message>
    <message>
        <source>The menu label for &quot;%1&quot; is empty.</source>
        <translation>「%1」のメニュー ラベルが空です。</translation>
    </message>
    <message>
        <source>Binding %1 has no template app variable name.</source>
        <translation>バインディング %1 にテンプレート アプリの変数名がありません。</translation>
    </message>
    <message>
        <source>Binding %1 has a negative value count.</source>
        <translation>バインディング %1 の値の数が負です。</translation>
    </message>
    <message>
        <source>Binding %1 asks for at least %2 and at most %3 values, which no selection can meet.</source>
        <translation>バインディング %1 は %2 個以上 %3 個以下の値を要求していますが、この条件を満たす選択はありません。</translation>
    </message>
    <message>
        <source>Binding %1 appears twice with different ranges (%2 and %3).</source>
        <translation>バインディング %1 が異なる範囲 (%2 と %3) で 2 回出現しています。</translation>
    </message>
    <message>
        <source>Binding %1 is listed twice.</source>
        <translation>バインディング %1 が 2 回記載されています。</translation>
    </message>
    <message>
        <source>Bindings %1 and %2 read the same field %3 with different ranges (%4 and %5); the service requires one range per field.</source>
        <translation>バインディング %1 と %2 が同じ項目 %3 を異なる範囲 (%4 と %5) で読み取っています。サービスでは項目ごとに範囲は 1 つでなければなりません。</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>No (default)</source>
        <translation>いいえ (既定)</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>上限なし</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (既定)</translation>
    </message>
    <message>
        <source>The comment opened with /* on line %1 is never closed: the rest of the script is a comment.</source>
        <translation>行 %1 で /* により開始されたコメントが閉じられていません。スクリプトの残りはすべてコメントになります。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; after $(%2) is not a quantity constraint [M-N]; it is left in the script.</source>
        <translation>$(%2) の後の「%1」は数量制約 [M-N] ではありません。スクリプト内にそのまま残されます。</translation>
    </message>
    <message>
        <source>$(%1)[%2-%3] asks for at least %2 and at most %3 values, which no selection can meet.</source>
        <translation>$(%1)[%2-%3] は %2 個以上 %3 個以下の値を要求していますが、この条件を満たす選択はありません。</translation>
    </message>
    <message>
        <source>The { after $(%1) is not closed on the same line; it is not read as a format specification.</source>
        <translation>$(%1) の後の { が同じ行で閉じられていないため、書式指定としては読み取られません。</translation>
    </message>
    <message>
        <source>The format specification after $(%1) is not valid JSON: %2</source>
        <translation>$(%1) の後の書式指定が有効な JSON ではありません: %2</translation>
    </message>
    <message>
        <source>The format specification after $(%1) has the unknown key &quot;%2&quot; (known: quote, delimiter, noValue).</source>
        <translation>$(%1) の後の書式指定に不明なキー「%2」があります (有効なキー: quote、delimiter、noValue)。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the format specification after $(%2) must be a string.</source>
        <translation>$(%2) の後の書式指定にある「%1」は文字列である必要があります。</translation>
    </message>
    <message>
        <source>$(%1) has the range %2 on line %3 and %4 on line %5; a variable can have only one.</source>
        <translation>$(%1) の範囲が行 %3 では %2、行 %5 では %4 になっています。変数に指定できる範囲は 1 つだけです。</translation>
    </message>
    <message>
        <source>Field %1 has the range %2 in $(%3) on line %4 and %5 in $(%6) on line %7; every binding of a field must have the same range.</source>
        <translation>項目 %1 の範囲が行 %4 の $(%3) では %2、行 %7 の $(%6) では %5 になっています。項目のすべてのバインディングで範囲が同じである必要があります。</translation>
    </message>
</context>
<context>
    <name>odag::sandbox</name>
    <message>
        <source>Rate limit exceeded (injected storm).</source>
        <translation>レート制限を超えました (注入されたストーム)。</translation>
    </message>
    <message>
        <source>The sandbox injected this error (fault rule %1).</source>
        <translation>このエラーはサンドボックスが注入しました (障害ルール %1)。</translation>
    </message>
    <message>
        <source>The sandbox dropped this request&apos;s answer.</source>
        <translation>サンドボックスがこのリクエストの応答を破棄しました。</translation>
    </message>
    <message>
        <source>Bad Request</source>
        <translation>不正なリクエスト</translation>
    </message>
    <message>
        <source>Unauthorized</source>
        <translation>認証されていません</translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation>アクセス禁止</translation>
    </message>
    <message>
        <source>Not Found</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <source>Method Not Allowed</source>
        <translation>許可されていないメソッド</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>競合</translation>
    </message>
    <message>
        <source>Payload Too Large</source>
        <translation>ペイロードが大きすぎます</translation>
    </message>
    <message>
        <source>Too Many Requests</source>
        <translation>リクエストが多すぎます</translation>
    </message>
    <message>
        <source>Internal Server Error</source>
        <translation>サーバー内部エラー</translation>
    </message>
    <message>
        <source>Bad Gateway</source>
        <translation>不正なゲートウェイ</translation>
    </message>
    <message>
        <source>Service Unavailable</source>
        <translation>サービスを利用できません</translation>
    </message>
    <message>
        <source>HTTP error %1</source>
        <translation>HTTP エラー %1</translation>
    </message>
    <message>
        <source>id and apiKey must not be empty</source>
        <translation>id と apiKey は空にできません</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>duplicate user id %1</source>
        <translation>ユーザー ID %1 が重複しています</translation>
    </message>
    <message>
        <source>duplicate API key for user %1</source>
        <translation>ユーザー %1 の API キーが重複しています</translation>
    </message>
    <message>
        <source>ODAG Admin asks to act on this tenant as:</source>
        <translation>ODAG Admin が、次のユーザーとしてこのテナントを操作することを求めています:</translation>
    </message>
    <message>
        <source>%1 (administrator)</source>
        <translation>%1 (管理者)</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>許可</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>拒否</translation>
    </message>
    <message>
        <source>This is the local sandbox tenant: no password is needed.</source>
        <translation>これはローカルのサンドボックス テナントです。パスワードは不要です。</translation>
    </message>
    <message>
        <source>Sign in to the sandbox tenant</source>
        <translation>サンドボックス テナントへのサインイン</translation>
    </message>
    <message>
        <source>Sign-in cannot continue</source>
        <translation>サインインを続行できません</translation>
    </message>
    <message>
        <source>The app that sent you here is not registered on this tenant (unknown client_id).</source>
        <translation>ここに移動する元になったアプリは、このテナントに登録されていません (不明な client_id)。</translation>
    </message>
    <message>
        <source>The app asked to be answered at an address that is not registered for it. Only http://127.0.0.1:PORT/... and http://localhost:PORT/... are accepted.</source>
        <translation>アプリが、登録されていないアドレスへの応答を要求しました。使用できるのは http://127.0.0.1:PORT/... と http://localhost:PORT/... のみです。</translation>
    </message>
    <message>
        <source>Only response_type=code is supported.</source>
        <translation>response_type=code のみがサポートされています。</translation>
    </message>
    <message>
        <source>PKCE with code_challenge_method=S256 is required.</source>
        <translation>code_challenge_method=S256 による PKCE が必要です。</translation>
    </message>
    <message>
        <source>code_challenge is missing or too short.</source>
        <translation>code_challenge がないか、短すぎます。</translation>
    </message>
    <message>
        <source>The authorization code is not valid or was already used.</source>
        <translation>認可コードが無効か、既に使用されています。</translation>
    </message>
    <message>
        <source>The authorization code has expired.</source>
        <translation>認可コードの有効期限が切れています。</translation>
    </message>
    <message>
        <source>The authorization code was issued to another client.</source>
        <translation>認可コードは別のクライアントに発行されたものです。</translation>
    </message>
    <message>
        <source>redirect_uri differs from the one of the authorization request.</source>
        <translation>redirect_uri が認可リクエストのものと異なります。</translation>
    </message>
    <message>
        <source>The code_verifier does not match the code_challenge.</source>
        <translation>code_verifier が code_challenge と一致しません。</translation>
    </message>
    <message>
        <source>The refresh token is not valid, was revoked or was already used.</source>
        <translation>リフレッシュ トークンが無効か、取り消されたか、既に使用されています。</translation>
    </message>
    <message>
        <source>The refresh token was issued to another client.</source>
        <translation>リフレッシュ トークンは別のクライアントに発行されたものです。</translation>
    </message>
    <message>
        <source>The user no longer exists.</source>
        <translation>ユーザーは存在しなくなりました。</translation>
    </message>
    <message>
        <source>The user denied the request.</source>
        <translation>ユーザーがリクエストを拒否しました。</translation>
    </message>
    <message>
        <source>There is no user %1 on this tenant.</source>
        <translation>このテナントにユーザー %1 はいません。</translation>
    </message>
    <message>
        <source>Unknown client_id.</source>
        <translation>不明な client_id です。</translation>
    </message>
    <message>
        <source>grant_type must be authorization_code or refresh_token.</source>
        <translation>grant_type は authorization_code または refresh_token である必要があります。</translation>
    </message>
</context>
<context>
    <name>odag::sandbox::AppDataRoutes</name>
    <message>
        <source>script version</source>
        <translation>スクリプト バージョン</translation>
    </message>
    <message>
        <source>The current version of the script cannot be deleted.</source>
        <translation>スクリプトの現在のバージョンは削除できません。</translation>
    </message>
    <message>
        <source>reload log</source>
        <translation>リロード ログ</translation>
    </message>
</context>
<context>
    <name>odag::sandbox::AppMediaRoutes</name>
    <message>
        <source>media file</source>
        <translation>メディア ファイル</translation>
    </message>
    <message>
        <source>The media file %1 exists already; delete it first.</source>
        <translation>メディア ファイル %1 は既に存在します。先に削除してください。</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>ファイルが空です</translation>
    </message>
    <message>
        <source>media folder</source>
        <translation>メディア フォルダー</translation>
    </message>
    <message>
        <source>The app %1 has no thumbnail.</source>
        <translation>アプリ %1 にはサムネイルがありません。</translation>
    </message>
</context>
<context>
    <name>odag::sandbox::AppPackage</name>
    <message>
        <source>the file is not a Qlik Sense app (QVF)</source>
        <translation>ファイルは Qlik Sense アプリ (QVF) ではありません</translation>
    </message>
    <message>
        <source>the app file is truncated or has trailing bytes</source>
        <translation>アプリファイルが途中で切れているか、末尾に余分なバイトがあります</translation>
    </message>
    <message>
        <source>the app file is damaged (its checksum does not match)</source>
        <translation>アプリファイルが破損しています（チェックサムが一致しません）</translation>
    </message>
    <message>
        <source>the app file is damaged (its contents cannot be read)</source>
        <translation>アプリファイルが破損しています（内容を読み取れません）</translation>
    </message>
    <message>
        <source>the app file was written in a format this sandbox does not read</source>
        <translation>アプリファイルはこのサンドボックスが読み取れない形式で書かれています</translation>
    </message>
    <message>
        <source>the app file holds no app name</source>
        <translation>アプリファイルにアプリ名が含まれていません</translation>
    </message>
</context>
<context>
    <name>odag::sandbox::AppRoutes</name>
    <message>
        <source>You may not create apps.</source>
        <translation>アプリを作成する権限がありません。</translation>
    </message>
    <message>
        <source>no space with ID %1</source>
        <translation>ID %1 のスペースはありません</translation>
    </message>
    <message>
        <source>apps reach a managed space by publishing, not directly</source>
        <translation>アプリは直接ではなく、公開によって管理スペースに追加されます</translation>
    </message>
    <message>
        <source>You may not add apps to the space %1.</source>
        <translation>スペース %1 にアプリを追加する権限がありません。</translation>
    </message>
    <message>
        <source>the app name must have 1 to 256 characters</source>
        <translation>アプリ名は 1 ～ 256 文字である必要があります</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an app usage (%2)</source>
        <translation>「%1」はアプリの用途ではありません (%2)</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (コピー)</translation>
    </message>
    <message>
        <source>no user with ID %1</source>
        <translation>ID %1 のユーザーはいません</translation>
    </message>
    <message>
        <source>space</source>
        <translation>スペース</translation>
    </message>
    <message>
        <source>apps are published to managed spaces only</source>
        <translation>アプリは管理スペースにのみ公開されます</translation>
    </message>
    <message>
        <source>You may not publish to the space %1.</source>
        <translation>スペース %1 に公開する権限がありません。</translation>
    </message>
    <message>
        <source>use source or target</source>
        <translation>source または target を使用してください</translation>
    </message>
    <message>
        <source>required when the app is moved</source>
        <translation>アプリを移動する場合は必須です</translation>
    </message>
    <message>
        <source>The app is already published to this space as %1; republish it with PUT /api/v1/apps/%2/publish.</source>
        <translation>アプリはこのスペースに %1 として既に公開されています。PUT /api/v1/apps/%2/publish で再公開してください。</translation>
    </message>
    <message>
        <source>The app %1 has no published copy in the space %2.</source>
        <translation>アプリ %1 の公開コピーはスペース %2 にありません。</translation>
    </message>
    <message>
        <source>streams exist on client-managed servers only; give the published app&apos;s ID</source>
        <translation>ストリームはクライアント管理サーバーにのみ存在します。公開されたアプリの ID を指定してください</translation>
    </message>
    <message>
        <source>app</source>
        <translation>アプリ</translation>
    </message>
    <message>
        <source>the app %1 is not published</source>
        <translation>アプリ %1 は公開されていません</translation>
    </message>
    <message>
        <source>The app %1 was not published from the app %2.</source>
        <translation>アプリ %1 はアプリ %2 から公開されたものではありません。</translation>
    </message>
    <message>
        <source>You may not publish to the space of the app %1.</source>
        <translation>アプリ %1 のスペースに公開する権限がありません。</translation>
    </message>
    <message>
        <source>Republished from %1</source>
        <translation>%1 から再公開</translation>
    </message>
    <message>
        <source>The app %1 is not published.</source>
        <translation>アプリ %1 は公開されていません。</translation>
    </message>
</context>
<context>
    <name>odag::sandbox::AppTransferRoutes</name>
    <message>
        <source>You may export the app %1 only without its data (NoData).</source>
        <translation>アプリ %1 はデータなし (NoData) でのみエクスポートできます。</translation>
    </message>
    <message>
        <source>temporary file</source>
        <translation>一時ファイル</translation>
    </message>
    <message>
        <source>The temporary file %1 belongs to someone else.</source>
        <translation>一時ファイル %1 は他のユーザーのものです。</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>インポート済み</translation>
    </message>
    <message>
        <source>You may not import apps.</source>
        <translation>アプリをインポートする権限がありません。</translation>
    </message>
    <message>
        <source>use NEW or AUTOREPLACE</source>
        <translation>NEW または AUTOREPLACE を使用してください</translation>
    </message>
    <message>
        <source>no space with ID %1</source>
        <translation>ID %1 のスペースはありません</translation>
    </message>
    <message>
        <source>You may not add apps to the space %1.</source>
        <translation>スペース %1 にアプリを追加する権限がありません。</translation>
    </message>
    <message>
        <source>send the app file (application/octet-stream)</source>
        <translation>アプリ ファイル (application/octet-stream) を送信してください</translation>
    </message>
    <message>
        <source>the app name must have 1 to 256 characters</source>
        <translation>アプリ名は 1 ～ 256 文字である必要があります</translation>
    </message>
</context>
<context>
    <name>odag::sandbox::AppsCommon</name>
    <message>
        <source>No %1 with ID %2.</source>
        <translation>ID %2 の%1が見つかりません。</translation>
    </message>
    <message>
        <source>app</source>
        <translation>アプリ</translation>
    </message>
    <message>
        <source>You do not have the %1 privilege on the app %2.</source>
        <translation>アプリ %2 に対する %1 権限がありません。</translation>
    </message>
    <message>
        <source>The sandbox could not save the change: %1</source>
        <translation>サンドボックスで変更を保存できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>odag::sandbox::ControlRoutes</name>
    <message>
        <source>Only administrators can use the sandbox control paths.</source>
        <translation>サンドボックスの制御パスを使用できるのは管理者のみです。</translation>
    </message>
    <message>
        <source>Send the fault rules as JSON.</source>
        <translation>障害ルールを JSON で送信してください。</translation>
    </message>
</context>
<context>
    <name>odag::sandbox::DemoRequests</name>
    <message>
        <source>The template app could not be opened for binding; the request was not queued.</source>
        <translation>バインディングのためにテンプレート アプリを開けませんでした。リクエストはキューに追加されていません。</translation>
    </message>
    <message>
        <source>%1 of %2 sub-requests failed.</source>
        <translation>%2 件中 %1 件のサブリクエストが失敗しました。</translation>
    </message>
    <message>
        <source>The generated app was deleted to stay within the link&apos;s limit of generated apps.</source>
        <translation>リンクの生成アプリの上限を超えないように、生成アプリが削除されました。</translation>
    </message>
    <message>
        <source>Generated by the ODAG link &quot;%1&quot; (request %2).</source>
        <translation>ODAG リンク「%1」によって生成 (リクエスト %2)。</translation>
    </message>
    <message>
        <source>The data load of the generated app failed: General Script Error (the template script has a // sandbox:fail line). The app was kept for diagnosis.</source>
        <translation>生成アプリのデータ ロードに失敗しました: General Script Error (テンプレート スクリプトに // sandbox:fail 行があります)。診断のためにアプリは保持されています。</translation>
    </message>
    <message>
        <source>Row estimate exceeded: the data load returned %1 rows, more than the %2 the link allows.</source>
        <translation>推定行数を超えました。データ ロードで %1 行が返されましたが、リンクで許可されているのは %2 行です。</translation>
    </message>
    <message>
        <source>Connector timeout: the data connection &apos;Snowflake_Sales&apos; did not answer within 300 seconds (SQL##f - SqlState: S1T00, ErrorCode: 0).</source>
        <translation>コネクターのタイムアウト: データ接続 &apos;Snowflake_Sales&apos; が 300 秒以内に応答しませんでした (SQL##f - SqlState: S1T00, ErrorCode: 0)。</translation>
    </message>
    <message>
        <source>Script error at line 42: Field &apos;ORIGIN_STATE&apos; not found (General Script Error).</source>
        <translation>行 42 でスクリプト エラー: 項目 &apos;ORIGIN_STATE&apos; が見つかりません (General Script Error)。</translation>
    </message>
    <message>
        <source>Connector error: &apos;REST_Claims&apos; answered HTTP 503 Service Unavailable after 3 retries.</source>
        <translation>コネクター エラー: &apos;REST_Claims&apos; が 3 回の再試行後に HTTP 503 Service Unavailable を返しました。</translation>
    </message>
    <message>
        <source>The engine on %1 ran out of memory during the load (more than 8 GB).</source>
        <translation>%1 のエンジンでロード中にメモリが不足しました (8 GB 超)。</translation>
    </message>
    <message>
        <source>Script error at line 17: Unknown statement: LOAD DISTINC (Syntax error).</source>
        <translation>行 17 でスクリプト エラー: 不明なステートメント: LOAD DISTINC (Syntax error)。</translation>
    </message>
    <message>
        <source>Data connection &apos;ODBC_Claims&apos; not found, or the generating user may not use it.</source>
        <translation>データ接続 &apos;ODBC_Claims&apos; が見つからないか、生成するユーザーにその使用が許可されていません。</translation>
    </message>
</context>
<context>
    <name>odag::sandbox::FaultSpec</name>
    <message>
        <source>a fault rule needs a path</source>
        <translation>障害ルールにはパスが必要です</translation>
    </message>
    <message>
        <source>invalid path pattern %1: %2</source>
        <translation>パス パターン %1 が無効です: %2</translation>
    </message>
    <message>
        <source>probability must be between 0 and 1</source>
        <translation>probability は 0 ～ 1 の範囲である必要があります</translation>
    </message>
    <message>
        <source>unknown method %1</source>
        <translation>不明なメソッド %1</translation>
    </message>
    <message>
        <source>delayMs and retryAfter must not be negative</source>
        <translation>delayMs と retryAfter に負の値は指定できません</translation>
    </message>
    <message>
        <source>unknown fault kind &quot;%1&quot;</source>
        <translation>不明な障害の種類「%1」</translation>
    </message>
    <message>
        <source>path: expected string</source>
        <translation>path: 文字列が必要です</translation>
    </message>
    <message>
        <source>method: expected string</source>
        <translation>method: 文字列が必要です</translation>
    </message>
    <message>
        <source>probability: expected number</source>
        <translation>probability: 数値が必要です</translation>
    </message>
    <message>
        <source>delayMs: expected number</source>
        <translation>delayMs: 数値が必要です</translation>
    </message>
    <message>
        <source>retryAfter: expected number</source>
        <translation>retryAfter: 数値が必要です</translation>
    </message>
    <message>
        <source>times: expected number</source>
        <translation>times: 数値が必要です</translation>
    </message>
    <message>
        <source>rules: expected array</source>
        <translation>rules: 配列が必要です</translation>
    </message>
    <message>
        <source>seed: expected integer</source>
        <translation>seed: 整数が必要です</translation>
    </message>
    <message>
        <source>expected an array of fault rules</source>
        <translation>障害ルールの配列が必要です</translation>
    </message>
    <message>
        <source>expected object</source>
        <translation>オブジェクトが必要です</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>fault &quot;%1&quot;: expected KIND[=N]:PROBABILITY:PATH[:METHOD]</source>
        <translation>障害「%1」: KIND[=N]:PROBABILITY:PATH[:METHOD] の形式が必要です</translation>
    </message>
    <message>
        <source>fault &quot;%1&quot;: unknown kind &quot;%2&quot;</source>
        <translation>障害「%1」: 不明な種類「%2」</translation>
    </message>
    <message>
        <source>fault &quot;%1&quot;: &quot;%2&quot; is not a whole number</source>
        <translation>障害「%1」: 「%2」は整数ではありません</translation>
    </message>
    <message>
        <source>fault &quot;%1&quot;: the probability is not a number</source>
        <translation>障害「%1」: 確率が数値ではありません</translation>
    </message>
    <message>
        <source>fault &quot;%1&quot;: %2</source>
        <translation>障害「%1」: %2</translation>
    </message>
</context>
<context>
    <name>odag::sandbox::ItemRoutes</name>
    <message>
        <source>required when resourceId or resourceIds is given</source>
        <translation>resourceId または resourceIds を指定する場合は必須です</translation>
    </message>
    <message>
        <source>cannot sort by &quot;%1&quot;; use createdAt, updatedAt, recentlyUsed or name</source>
        <translation>「%1」で並べ替えることはできません。createdAt、updatedAt、recentlyUsed、name のいずれかを使用してください</translation>
    </message>
    <message>
        <source>item</source>
        <translation>アイテム</translation>
    </message>
</context>
<context>
    <name>odag::sandbox::LinkBuilder</name>
    <message>
        <source>The link cannot be saved: %1</source>
        <translation>リンクを保存できません: %1</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an app ID (24 hexadecimal digits).</source>
        <translation>%1: 「%2」はアプリ ID (16 進数 24 桁) ではありません。</translation>
    </message>
    <message>
        <source>%1: there is no app with the ID %2.</source>
        <translation>%1: ID %2 のアプリはありません。</translation>
    </message>
</context>
<context>
    <name>odag::sandbox::LinkRoutes</name>
    <message>
        <source>The link could not be saved: %1</source>
        <translation>リンクを保存できませんでした: %1</translation>
    </message>
    <message>
        <source>There is no link with the ID %1.</source>
        <translation>ID %1 のリンクはありません。</translation>
    </message>
    <message>
        <source>The selection app and the template app must be different apps.</source>
        <translation>選択アプリとテンプレート アプリには別々のアプリを指定する必要があります。</translation>
    </message>
    <message>
        <source>Dynamic views are switched off for this tenant (odag-settings: dynamicViewEnabled is false).</source>
        <translation>このテナントではダイナミック ビューがオフになっています (odag-settings: dynamicViewEnabled が false)。</translation>
    </message>
    <message>
        <source>You are not allowed to create ODAG links: that takes the role Developer, AnalyticsAdmin or TenantAdmin.</source>
        <translation>ODAG リンクを作成する権限がありません。Developer、AnalyticsAdmin、TenantAdmin のいずれかのロールが必要です。</translation>
    </message>
    <message>
        <source>statusSetting: &quot;%1&quot; is not a status change; use activate, disable or decommission.</source>
        <translation>statusSetting: 「%1」はステータスの変更ではありません。activate、disable、decommission のいずれかを使用してください。</translation>
    </message>
    <message>
        <source>The link is decommissioned; a decommissioned link cannot change status again.</source>
        <translation>リンクは廃止されています。廃止されたリンクのステータスは変更できません。</translation>
    </message>
    <message>
        <source>The link is incomplete and cannot be activated: it needs a template app, a row estimate expression and a row estimate range for all users (User_*).</source>
        <translation>リンクが不完全なため有効化できません。テンプレート アプリ、推定行数の数式、すべてのユーザー (User_*) に対する推定行数の範囲が必要です。</translation>
    </message>
    <message>
        <source>Only the owner of the link (%1) or an administrator can change it.</source>
        <translation>リンクを変更できるのは、リンクの所有者 (%1) または管理者のみです。</translation>
    </message>
    <message>
        <source>modifiedDate: &quot;%1&quot; is not a timestamp.</source>
        <translation>modifiedDate: 「%1」はタイムスタンプではありません。</translation>
    </message>
    <message>
        <source>The link was changed by %1 at %2, after the version you sent (%3). Read it again and apply your changes to the new version.</source>
        <translation>リンクは、送信されたバージョン (%3) の後に %1 によって %2 に変更されています。リンクを再度読み込み、新しいバージョンに変更を適用してください。</translation>
    </message>
    <message>
        <source>The link is decommissioned and can no longer be changed.</source>
        <translation>リンクは廃止されているため、変更できません。</translation>
    </message>
    <message>
        <source>Only an administrator can give a link to another owner.</source>
        <translation>リンクを別の所有者に譲渡できるのは管理者のみです。</translation>
    </message>
    <message>
        <source>ownerId: there is no user with the ID %1.</source>
        <translation>ownerId: ID %1 のユーザーはいません。</translation>
    </message>
    <message>
        <source>Query parameter selAppId: missing required parameter.</source>
        <translation>クエリ パラメーター selAppId: 必須パラメーターがありません。</translation>
    </message>
    <message>
        <source>linkList[%1]: &quot;%2&quot; is not a link ID (24 hexadecimal digits).</source>
        <translation>linkList[%1]: 「%2」はリンク ID (16 進数 24 桁) ではありません。</translation>
    </message>
    <message>
        <source>linkList[%1]: there is no link with the ID %2.</source>
        <translation>linkList[%1]: ID %2 のリンクはありません。</translation>
    </message>
</context>
<context>
    <name>odag::sandbox::OdagAppsRoutes</name>
    <message>
        <source>Query parameter appType: expected selection, template or generated, got &quot;%1&quot;.</source>
        <translation>クエリ パラメーター appType: selection、template、generated のいずれかが必要ですが、「%1」が指定されました。</translation>
    </message>
    <message>
        <source>Query parameter appType: missing required parameter.</source>
        <translation>クエリ パラメーター appType: 必須パラメーターがありません。</translation>
    </message>
</context>
<context>
    <name>odag::sandbox::OdagArea</name>
    <message>
        <source>ODAG is not enabled</source>
        <translation>ODAG が有効になっていません</translation>
    </message>
    <message>
        <source>On-demand app generation is switched off for this tenant (odag-settings: odagEnabled is false). A tenant administrator can switch it on.</source>
        <translation>このテナントではオンデマンド アプリ生成がオフになっています (odag-settings: odagEnabled が false)。テナント管理者がオンにできます。</translation>
    </message>
    <message>
        <source>Query parameter %1: expected true or false, got &quot;%2&quot;.</source>
        <translation>クエリ パラメーター %1: true または false が必要ですが、「%2」が指定されました。</translation>
    </message>
    <message>
        <source>Query parameter type: expected link, view or all, got &quot;%1&quot;.</source>
        <translation>クエリ パラメーター type: link、view、all のいずれかが必要ですが、「%1」が指定されました。</translation>
    </message>
</context>
<context>
    <name>odag::sandbox::OdagSettingsRoutes</name>
    <message>
        <source>Only tenant administrators can view or change ODAG settings.</source>
        <translation>ODAG 設定を表示または変更できるのはテナント管理者のみです。</translation>
    </message>
    <message>
        <source>The request body must be a JSON object.</source>
        <translation>リクエスト本文は JSON オブジェクトである必要があります。</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>設定を保存できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>odag::sandbox::QseLinkRoutes</name>
    <message>
        <source>%1 binding(s) read from the template app&apos;s load script.</source>
        <translation>テンプレート アプリのロード スクリプトから %1 個のバインディングを読み取りました。</translation>
    </message>
    <message>
        <source>The link is incomplete: it needs a template app, a row estimate expression and a row estimate range for all users.</source>
        <translation>リンクが不完全です。テンプレート アプリ、推定行数の数式、すべてのユーザーに対する推定行数の範囲が必要です。</translation>
    </message>
    <message>
        <source>The link could not be saved: %1</source>
        <translation>リンクを保存できませんでした: %1</translation>
    </message>
    <message>
        <source>There is no link with the ID %1.</source>
        <translation>ID %1 のリンクはありません。</translation>
    </message>
    <message>
        <source>You are not allowed to create ODAG links.</source>
        <translation>ODAG リンクを作成する権限がありません。</translation>
    </message>
    <message>
        <source>The selection app and the template app must be different apps.</source>
        <translation>選択アプリとテンプレート アプリには別々のアプリを指定する必要があります。</translation>
    </message>
    <message>
        <source>Only the owner of the link (%1) or an administrator can change it.</source>
        <translation>リンクを変更できるのは、リンクの所有者 (%1) または管理者のみです。</translation>
    </message>
    <message>
        <source>The link is decommissioned and can no longer be changed.</source>
        <translation>リンクは廃止されているため、変更できません。</translation>
    </message>
    <message>
        <source>Only the owner of the link (%1) or an administrator can delete it.</source>
        <translation>リンクを削除できるのは、リンクの所有者 (%1) または管理者のみです。</translation>
    </message>
</context>
<context>
    <name>odag::sandbox::QseRequestRoutes</name>
    <message>
        <source>Validating the selection state.</source>
        <translation>選択状態を検証しています。</translation>
    </message>
    <message>
        <source>Waiting for a free engine to load the data.</source>
        <translation>データをロードするための空きエンジンを待っています。</translation>
    </message>
    <message>
        <source>Paused (hold): resume the request to put it back in the queue.</source>
        <translation>一時停止中 (hold): リクエストを再開するとキューに戻ります。</translation>
    </message>
    <message>
        <source>Loading data on %1.</source>
        <translation>%1 でデータをロードしています。</translation>
    </message>
    <message>
        <source>The app was generated.</source>
        <translation>アプリが生成されました。</translation>
    </message>
    <message>
        <source>Being cancelled.</source>
        <translation>キャンセルしています。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルされました。</translation>
    </message>
    <message>
        <source>Cancelled (acknowledged).</source>
        <translation>キャンセルされました (確認済み)。</translation>
    </message>
    <message>
        <source>The request failed.</source>
        <translation>リクエストが失敗しました。</translation>
    </message>
    <message>
        <source>selectionState: expected an array of field states or an object of field values.</source>
        <translation>selectionState: 項目の状態の配列、または項目の値のオブジェクトが必要です。</translation>
    </message>
    <message>
        <source>selectionState.%1: expected a value or an array of values.</source>
        <translation>selectionState.%1: 値または値の配列が必要です。</translation>
    </message>
    <message>
        <source>There is no ODAG link with ID %1.</source>
        <translation>ID %1 の ODAG リンクはありません。</translation>
    </message>
    <message>
        <source>status: &quot;%1&quot; is not a status a request can be set to; use cancelled, hold, queued, canceledAck or failedAck.</source>
        <translation>status: 「%1」はリクエストに設定できるステータスではありません。cancelled、hold、queued、canceledAck、failedAck のいずれかを使用してください。</translation>
    </message>
</context>
<context>
    <name>odag::sandbox::ReloadRoutes</name>
    <message>
        <source>reload</source>
        <translation>リロード</translation>
    </message>
    <message>
        <source>cannot sort by &quot;%1&quot;; use creationTime, status, startTime or endTime</source>
        <translation>「%1」で並べ替えることはできません。creationTime、status、startTime、endTime のいずれかを使用してください</translation>
    </message>
    <message>
        <source>You may not cancel the reload %1.</source>
        <translation>リロード %1 をキャンセルする権限がありません。</translation>
    </message>
    <message>
        <source>The reload %1 has ended (%2) and cannot be canceled.</source>
        <translation>リロード %1 は終了している (%2) ため、キャンセルできません。</translation>
    </message>
</context>
<context>
    <name>odag::sandbox::RequestEngine</name>
    <message>
        <source>The link %1 no longer exists.</source>
        <translation>リンク %1 はもう存在しません。</translation>
    </message>
    <message>
        <source>The template app %1 no longer exists.</source>
        <translation>テンプレート アプリ %1 はもう存在しません。</translation>
    </message>
    <message>
        <source>Generated by the ODAG link &quot;%1&quot; (request %2).</source>
        <translation>ODAG リンク「%1」によって生成 (リクエスト %2)。</translation>
    </message>
    <message>
        <source>The generated app was deleted while its data was loading.</source>
        <translation>データのロード中に生成アプリが削除されました。</translation>
    </message>
    <message>
        <source>The data load of the generated app failed: General Script Error at line %1 (// sandbox:fail). The app was kept for diagnosis.</source>
        <translation>生成アプリのデータ ロードに失敗しました: 行 %1 で General Script Error (// sandbox:fail)。診断のためにアプリは保持されています。</translation>
    </message>
    <message>
        <source>%1 of %2 sub-requests failed.</source>
        <translation>%2 件中 %1 件のサブリクエストが失敗しました。</translation>
    </message>
    <message>
        <source>There is no ODAG request with ID %1.</source>
        <translation>ID %1 の ODAG リクエストはありません。</translation>
    </message>
    <message>
        <source>Request %1 belongs to another user.</source>
        <translation>リクエスト %1 は別のユーザーのものです。</translation>
    </message>
    <message>
        <source>Request %1 is loading: cancel is effective only before the data load starts.</source>
        <translation>リクエスト %1 はロード中です。キャンセルはデータ ロードの開始前にのみ有効です。</translation>
    </message>
    <message>
        <source>Request %1 is %2: only a validating, queued or paused request can be cancelled.</source>
        <translation>リクエスト %1 は %2 です。キャンセルできるのは、検証中、キュー待ち、一時停止中のリクエストのみです。</translation>
    </message>
    <message>
        <source>Request %1 is %2: only a queued request can be paused.</source>
        <translation>リクエスト %1 は %2 です。一時停止できるのはキュー待ちのリクエストのみです。</translation>
    </message>
    <message>
        <source>Request %1 is %2: only a paused (hold) request can be resumed.</source>
        <translation>リクエスト %1 は %2 です。再開できるのは一時停止中 (hold) のリクエストのみです。</translation>
    </message>
    <message>
        <source>Request %1 is %2: only a canceled request can be acknowledged with ackcancel.</source>
        <translation>リクエスト %1 は %2 です。ackcancel で確認できるのはキャンセルされたリクエストのみです。</translation>
    </message>
    <message>
        <source>Request %1 is %2: only a failed request can be acknowledged with ackfailure.</source>
        <translation>リクエスト %1 は %2 です。ackfailure で確認できるのは失敗したリクエストのみです。</translation>
    </message>
    <message>
        <source>Unknown action; use cancel, pause, resume, ackcancel or ackfailure.</source>
        <translation>不明なアクションです。cancel、pause、resume、ackcancel、ackfailure のいずれかを使用してください。</translation>
    </message>
    <message>
        <source>Only the owner of request %1 or an administrator can change it.</source>
        <translation>リクエスト %1 を変更できるのは、その所有者または管理者のみです。</translation>
    </message>
    <message>
        <source>Request %1 is a multiple request in state %2: none of its sub-requests (%3) can take the action %4.</source>
        <translation>リクエスト %1 は状態 %2 の複数リクエストです。そのサブリクエスト (%3) のいずれにもアクション %4 を実行できません。</translation>
    </message>
    <message>
        <source>Only the request owner or the link&apos;s owner can delete its app.</source>
        <translation>アプリを削除できるのは、リクエストの所有者またはリンクの所有者のみです。</translation>
    </message>
    <message>
        <source>Request %1 is %2: its app can be deleted once the request has finished (cancel it first).</source>
        <translation>リクエスト %1 は %2 です。アプリはリクエストの完了後に削除できます (先にキャンセルしてください)。</translation>
    </message>
    <message>
        <source>Only the request owner or the link&apos;s owner can rename its app.</source>
        <translation>アプリの名前を変更できるのは、リクエストの所有者またはリンクの所有者のみです。</translation>
    </message>
    <message>
        <source>appName: the new name of the generated app must not be empty.</source>
        <translation>appName: 生成アプリの新しい名前は空にできません。</translation>
    </message>
    <message>
        <source>Only the request owner or the link&apos;s owner can reload its app.</source>
        <translation>アプリをリロードできるのは、リクエストの所有者またはリンクの所有者のみです。</translation>
    </message>
    <message>
        <source>Request %1 is %2: its app can be reloaded once the request has finished.</source>
        <translation>リクエスト %1 は %2 です。アプリはリクエストの完了後にリロードできます。</translation>
    </message>
    <message>
        <source>The link %1 of this request no longer exists.</source>
        <translation>このリクエストのリンク %1 はもう存在しません。</translation>
    </message>
    <message>
        <source>The generated app moved to request %1 (reload with copyRequest).</source>
        <translation>生成アプリはリクエスト %1 に移動しました (copyRequest によるリロード)。</translation>
    </message>
    <message>
        <source>ODAG reload of request %1</source>
        <translation>リクエスト %1 の ODAG リロード</translation>
    </message>
    <message>
        <source>dynamic view</source>
        <translation>ダイナミック ビュー</translation>
    </message>
    <message>
        <source>context &quot;%1&quot;</source>
        <translation>コンテキスト「%1」</translation>
    </message>
    <message>
        <source>Generated app limit reached: you have %1 apps generated by the link &quot;%2&quot; and the limit for you is %3 (%4, policy Restrict). Delete one of them first.</source>
        <translation>生成アプリの上限に達しました。リンク「%2」で生成したアプリが %1 個あり、上限は %3 個です (%4、ポリシー Restrict)。先にいずれかを削除してください。</translation>
    </message>
    <message>
        <source>Generated app limit reached: this request needs %1 new apps and the limit for you is %2 (%3, policy AutoDelete); apps still being generated cannot be deleted to make room.</source>
        <translation>生成アプリの上限に達しました。このリクエストには新しいアプリが %1 個必要ですが、上限は %2 個です (%3、ポリシー AutoDelete)。生成中のアプリは、空きを作るために削除することはできません。</translation>
    </message>
    <message>
        <source>The generated app &quot;%1&quot; was deleted by the AutoDelete limit policy to make room for request %2.</source>
        <translation>リクエスト %2 のための空きを作るため、上限ポリシー AutoDelete により生成アプリ「%1」が削除されました。</translation>
    </message>
    <message>
        <source>There is no ODAG link with ID %1.</source>
        <translation>ID %1 の ODAG リンクはありません。</translation>
    </message>
    <message>
        <source>(partition %1)</source>
        <translation>(パーティション %1)</translation>
    </message>
    <message>
        <source>The request could not be stored: %1</source>
        <translation>リクエストを保存できませんでした: %1</translation>
    </message>
    <message>
        <source>Request %1 has no generated app.</source>
        <translation>リクエスト %1 には生成アプリがありません。</translation>
    </message>
</context>
<context>
    <name>odag::sandbox::RequestPipeline</name>
    <message>
        <source>Authentication required: send Authorization: Bearer &lt;API key&gt;.</source>
        <translation>認証が必要です。Authorization: Bearer &lt;API key&gt; を送信してください。</translation>
    </message>
    <message>
        <source>Only Bearer authorization is supported.</source>
        <translation>Bearer 認可のみがサポートされています。</translation>
    </message>
    <message>
        <source>The API key is not valid.</source>
        <translation>API キーが無効です。</translation>
    </message>
    <message>
        <source>The xrfkey query parameter is missing.</source>
        <translation>クエリ パラメーター xrfkey がありません。</translation>
    </message>
    <message>
        <source>The X-Qlik-Xrfkey header is missing.</source>
        <translation>X-Qlik-Xrfkey ヘッダーがありません。</translation>
    </message>
    <message>
        <source>The xrfkey must be 16 characters long.</source>
        <translation>xrfkey は 16 文字である必要があります。</translation>
    </message>
    <message>
        <source>The xrfkey query parameter and the X-Qlik-Xrfkey header differ.</source>
        <translation>クエリ パラメーター xrfkey と X-Qlik-Xrfkey ヘッダーが一致しません。</translation>
    </message>
    <message>
        <source>Unknown user %1\%2.</source>
        <translation>不明なユーザー %1\%2 です。</translation>
    </message>
    <message>
        <source>Authentication required: send X-Qlik-User or a Bearer API key.</source>
        <translation>認証が必要です。X-Qlik-User または Bearer API キーを送信してください。</translation>
    </message>
    <message>
        <source>No resource at %1 %2.</source>
        <translation>%1 %2 にリソースはありません。</translation>
    </message>
    <message>
        <source>%1 is not supported on %2; allowed: %3.</source>
        <translation>%2 では %1 はサポートされていません。使用可能: %3。</translation>
    </message>
    <message>
        <source>The request body has %1 bytes; at most %2 are accepted here.</source>
        <translation>リクエスト本文は %1 バイトです。ここで受け付けられるのは最大 %2 バイトです。</translation>
    </message>
    <message>
        <source>Rate limit of %1 calls per minute exceeded for this user; retry after %2 seconds.</source>
        <translation>このユーザーのレート制限 (1 分あたり %1 回の呼び出し) を超えました。%2 秒後に再試行してください。</translation>
    </message>
    <message>
        <source>The request body is not valid JSON: %1</source>
        <translation>リクエスト本文が有効な JSON ではありません: %1</translation>
    </message>
    <message>
        <source>The sandbox failed to handle the request.</source>
        <translation>サンドボックスでリクエストを処理できませんでした。</translation>
    </message>
    <message>
        <source>The access token has expired.</source>
        <translation>アクセス トークンの有効期限が切れています。</translation>
    </message>
</context>
<context>
    <name>odag::sandbox::RequestRoutes</name>
    <message>
        <source>%1 must be true or false, not &quot;%2&quot;.</source>
        <translation>%1 は true または false である必要があります (「%2」は無効です)。</translation>
    </message>
    <message>
        <source>There is no ODAG link with ID %1.</source>
        <translation>ID %1 の ODAG リンクはありません。</translation>
    </message>
    <message>
        <source>action must be one of cancel, pause, resume, ackcancel, ackfailure; got &quot;%1&quot;.</source>
        <translation>action は cancel、pause、resume、ackcancel、ackfailure のいずれかである必要がありますが、「%1」が指定されました。</translation>
    </message>
</context>
<context>
    <name>odag::sandbox::RequestValidation</name>
    <message>
        <source>exactly %1</source>
        <translation>ちょうど %1 個</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1～%2</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>%1 個以上</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>%1 個以下</translation>
    </message>
    <message>
        <source>any number of</source>
        <translation>任意の数</translation>
    </message>
    <message>
        <source>The link &quot;%1&quot; is %2; only an active link takes requests.</source>
        <translation>リンク「%1」は %2 です。リクエストを受け付けるのはアクティブなリンクのみです。</translation>
    </message>
    <message>
        <source>The link &quot;%1&quot; is disabled for you (the disable property of context &quot;%2&quot; is true).</source>
        <translation>リンク「%1」はあなたに対して無効になっています (コンテキスト「%2」の disable プロパティが true)。</translation>
    </message>
    <message>
        <source>The selection makes more than %1 partitions (one generated app each); select fewer values in the partition fields %2.</source>
        <translation>選択により %1 個を超えるパーティション (それぞれ 1 個の生成アプリ) ができます。パーティション項目 %2 で選択する値を減らしてください。</translation>
    </message>
    <message>
        <source>The binding %1 needs %2 values of %3, and the selection state has no values for %3.</source>
        <translation>バインディング %1 には %3 の値が %2 必要ですが、選択状態に %3 の値がありません。</translation>
    </message>
    <message>
        <source>The binding %1 needs %2 values of %3 in states %4; the selection has %5.</source>
        <translation>バインディング %1 には状態 %4 の %3 の値が %2 必要ですが、選択には %5 個あります。</translation>
    </message>
    <message>
        <source>No row estimate range of the link applies to you, so no request can be made.</source>
        <translation>リンクの推定行数の範囲があなたに適用されないため、リクエストを作成できません。</translation>
    </message>
    <message>
        <source>No row estimate (actualRowEst) was sent; the row estimate range was not checked.</source>
        <translation>推定行数 (actualRowEst) が送信されなかったため、推定行数の範囲はチェックされていません。</translation>
    </message>
    <message>
        <source>Row estimate too low: %1 rows, the link needs at least %2 for you (context &quot;%3&quot;).</source>
        <translation>推定行数が少なすぎます: %1 行。このリンクではあなたに対して %2 行以上が必要です (コンテキスト「%3」)。</translation>
    </message>
    <message>
        <source>Row estimate exceeded: %1 rows, the link allows at most %2 for you (context &quot;%3&quot;). Narrow the selection.</source>
        <translation>推定行数を超えました: %1 行。このリンクであなたに許可されているのは最大 %2 行です (コンテキスト「%3」)。選択を絞り込んでください。</translation>
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
        <translation>デモ データを作成できません: %1</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2</source>
        <translation>%1:%2 で待ち受けできません</translation>
    </message>
    <message>
        <source>--tls-cert: cannot read %1</source>
        <translation>--tls-cert: %1 を読み取れません</translation>
    </message>
    <message>
        <source>--tls-key: cannot read %1</source>
        <translation>--tls-key: %1 を読み取れません</translation>
    </message>
    <message>
        <source>--tls-cert: not a PEM certificate</source>
        <translation>--tls-cert: PEM 証明書ではありません</translation>
    </message>
    <message>
        <source>--tls-key: not an unencrypted PEM RSA or EC private key</source>
        <translation>--tls-key: 暗号化されていない PEM の RSA または EC 秘密キーではありません</translation>
    </message>
    <message>
        <source>this build of the sandbox has no TLS support</source>
        <translation>このビルドのサンドボックスは TLS をサポートしていません</translation>
    </message>
</context>
<context>
    <name>odag::sandbox::SandboxStore</name>
    <message>
        <source>the paging cursor is not valid for this list</source>
        <translation>ページング カーソルはこのリストに対して無効です</translation>
    </message>
    <message>
        <source>limit must be a whole number from 1 to %1</source>
        <translation>limit は 1 ～ %1 の整数である必要があります</translation>
    </message>
    <message>
        <source>next and prev cannot be used together</source>
        <translation>next と prev は同時に使用できません</translation>
    </message>
    <message>
        <source>cannot create the data directory %1</source>
        <translation>データ ディレクトリ %1 を作成できません</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <source>%1 has schema version %2, newer than this sandbox knows (%3)</source>
        <translation>%1 のスキーマ バージョン %2 は、このサンドボックスが認識するバージョン (%3) より新しいものです</translation>
    </message>
    <message>
        <source>migration %1 (%2) failed: %3</source>
        <translation>移行 %1 (%2) に失敗しました: %3</translation>
    </message>
    <message>
        <source>cannot sort by &quot;%1&quot;</source>
        <translation>「%1」で並べ替えることはできません</translation>
    </message>
    <message>
        <source>cannot filter by &quot;%1&quot;</source>
        <translation>「%1」で絞り込むことはできません</translation>
    </message>
</context>
<context>
    <name>odag::sandbox::ScimFilter</name>
    <message>
        <source>filter: the text starting at character %1 has no closing quote</source>
        <translation>filter: 文字 %1 から始まるテキストに閉じ引用符がありません</translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot;</source>
        <translation>予期しない「%1」</translation>
    </message>
    <message>
        <source>filter: %1 at character %2</source>
        <translation>filter: 文字 %2 で %1</translation>
    </message>
    <message>
        <source>a closing parenthesis is missing</source>
        <translation>閉じかっこがありません</translation>
    </message>
    <message>
        <source>an attribute name is expected</source>
        <translation>属性名が必要です</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be filtered on (use %2)</source>
        <translation>「%1」では絞り込めません (%2 を使用してください)</translation>
    </message>
    <message>
        <source>only the eq and ne operators are supported</source>
        <translation>サポートされている演算子は eq と ne のみです</translation>
    </message>
    <message>
        <source>a value is expected</source>
        <translation>値が必要です</translation>
    </message>
</context>
<context>
    <name>odag::sandbox::SpaceRoutes</name>
    <message>
        <source>space</source>
        <translation>スペース</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a space type (shared, managed, data)</source>
        <translation>「%1」はスペースの種類 (shared、managed、data) ではありません</translation>
    </message>
    <message>
        <source>cannot sort by &quot;%1&quot;; use name, createdAt, updatedAt or type</source>
        <translation>「%1」で並べ替えることはできません。name、createdAt、updatedAt、type のいずれかを使用してください</translation>
    </message>
    <message>
        <source>You may not create %1 spaces.</source>
        <translation>種類が %1 のスペースを作成する権限がありません。</translation>
    </message>
    <message>
        <source>A space named &quot;%1&quot; already exists.</source>
        <translation>「%1」という名前のスペースは既に存在します。</translation>
    </message>
    <message>
        <source>You may not change the space %1.</source>
        <translation>スペース %1 を変更する権限がありません。</translation>
    </message>
    <message>
        <source>Only the owner of the space or an administrator may give it to someone else.</source>
        <translation>スペースを他のユーザーに譲渡できるのは、スペースの所有者または管理者のみです。</translation>
    </message>
    <message>
        <source>no user with ID %1</source>
        <translation>ID %1 のユーザーはいません</translation>
    </message>
    <message>
        <source>at least one patch operation is required</source>
        <translation>少なくとも 1 つのパッチ操作が必要です</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not supported; use replace, add or remove</source>
        <translation>「%1」はサポートされていません。replace、add、remove のいずれかを使用してください</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be patched; use /name, /description or /ownerId</source>
        <translation>「%1」はパッチできません。/name、/description、/ownerId のいずれかを使用してください</translation>
    </message>
    <message>
        <source>%1 cannot be removed</source>
        <translation>%1 は削除できません</translation>
    </message>
    <message>
        <source>Only the owner of the space or an administrator may delete it.</source>
        <translation>スペースを削除できるのは、スペースの所有者または管理者のみです。</translation>
    </message>
    <message numerus="yes">
        <source>The space still holds %n app(s); move or delete them first.</source>
        <translation>
            <numerusform>スペースにはまだ %n 個のアプリがあります。先に移動または削除してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be assigned in a %2 space (allowed: %3)</source>
        <translation>「%1」は種類が %2 のスペースでは割り当てられません (使用可能: %3)</translation>
    </message>
    <message>
        <source>use user or group</source>
        <translation>user または group を使用してください</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an assignee type (user, group)</source>
        <translation>「%1」は割り当て先の種類 (user、group) ではありません</translation>
    </message>
    <message>
        <source>You may not manage the members of this space.</source>
        <translation>このスペースのメンバーを管理する権限がありません。</translation>
    </message>
    <message>
        <source>%1 %2 is already assigned to this space (assignment %3).</source>
        <translation>%1 %2 は既にこのスペースに割り当てられています (割り当て %3)。</translation>
    </message>
    <message>
        <source>assignment</source>
        <translation>割り当て</translation>
    </message>
    <message>
        <source>at least one role is required</source>
        <translation>少なくとも 1 つのロールが必要です</translation>
    </message>
</context>
</TS>
