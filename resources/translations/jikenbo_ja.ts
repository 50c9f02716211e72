<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AtomFeedReader</name>
    <message>
        <source>invalid XML at line %1, column %2: %3</source>
        <translation>XML が不正です（%1 行 %2 列）: %3</translation>
    </message>
    <message>
        <source>line %1: a DOCTYPE declaration; an Atom feed has none, refused</source>
        <translation>%1 行目: DOCTYPE 宣言があります。Atom フィードには DOCTYPE がないため、読み込みません</translation>
    </message>
    <message>
        <source>line %1: a DOCTYPE declaring entities (%2); refused, entities are never expanded</source>
        <translation>%1 行目: エンティティを宣言する DOCTYPE があります（%2）。エンティティは展開しないため、読み込みません</translation>
    </message>
    <message>
        <source>the document holds no XML element</source>
        <translation>XML の要素がありません</translation>
    </message>
    <message>
        <source>not an Atom feed (the root element is &lt;%1&gt;)</source>
        <translation>Atom フィードではありません（ルート要素が &lt;%1&gt; です）</translation>
    </message>
    <message>
        <source>more than %1 entries on one page</source>
        <translation>1 ページのエントリーが %1 件を超えています</translation>
    </message>
    <message>
        <source>entry at line %1 (%2) has only a summary, not the full text; not imported (read the blog&apos;s full feed, /feeds/posts/full)</source>
        <translation>%1 行目のエントリー（%2）は要約だけで本文がないため、取り込みません（ブログの全文フィード /feeds/posts/full を読んでください）</translation>
    </message>
</context>
<context>
    <name>CaseTimeline</name>
    <message>
        <source>First notice</source>
        <translation>第1報</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>続報</translation>
    </message>
    <message>
        <source>Investigation results</source>
        <translation>調査結果</translation>
    </message>
    <message>
        <source>Final report</source>
        <translation>最終報告</translation>
    </message>
    <message>
        <source>Affected</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>業種</translation>
    </message>
    <message>
        <source>Discovered</source>
        <translation>発覚日</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>発生日</translation>
    </message>
    <message>
        <source>%1: %2 (new)</source>
        <translation>%1: %2 (新規)</translation>
    </message>
    <message>
        <source>%1: %2 (no longer stated)</source>
        <translation>%1: %2 (記載なし)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
</context>
<context>
    <name>CauseModelUpdater</name>
    <message>
        <source>the learned cause model was not updated: %1</source>
        <translation>学習した原因モデルを更新できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>Commands:</source>
        <translation>コマンド:</translation>
    </message>
    <message>
        <source>help [COMMAND]           this help, or the usage and options of COMMAND</source>
        <translation>help [COMMAND]           このヘルプ、または COMMAND の使い方とオプション</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>オプション:</translation>
    </message>
    <message>
        <source>--db PATH      database (default: $JIKENBO_DB or the GUI&apos;s database)</source>
        <translation>--db PATH      データベース（既定: $JIKENBO_DB または GUI のデータベース）</translation>
    </message>
    <message>
        <source>--json         print results as JSON</source>
        <translation>--json         結果を JSON で出力する</translation>
    </message>
    <message>
        <source>--rules FILE   classification rules to use instead of the built-in ones</source>
        <translation>--rules FILE   組み込みの代わりに使う分類ルール</translation>
    </message>
    <message>
        <source>-h, --help     this help; COMMAND --help: that command&apos;s</source>
        <translation>-h, --help     このヘルプ。COMMAND --help でそのコマンドのヘルプ</translation>
    </message>
    <message>
        <source>--version      print the version</source>
        <translation>--version      バージョンを表示する</translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 user error (bad query, missing file), 2 internal error.</source>
        <translation>終了ステータス: 0 成功、1 利用者のエラー（クエリの誤り、ファイルがないなど）、2 内部エラー。</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (see jikenbo-cli --help)</source>
        <translation>不明なコマンド &apos;%1&apos; です（jikenbo-cli --help を参照）</translation>
    </message>
    <message>
        <source>option --%1 takes no value</source>
        <translation>オプション --%1 は値を取りません</translation>
    </message>
    <message>
        <source>option --%1 needs a value</source>
        <translation>オプション --%1 には値が必要です</translation>
    </message>
    <message>
        <source>unknown option %1 (see jikenbo-cli --help)</source>
        <translation>不明なオプション %1 です（jikenbo-cli --help を参照）</translation>
    </message>
    <message>
        <source>help takes at most one COMMAND</source>
        <translation>help に指定できる COMMAND は 1 つまでです</translation>
    </message>
    <message>
        <source>import FILE|DIR...       import blog pages (text, HTML) and feeds</source>
        <translation>import FILE|DIR...       ブログのページ（テキスト、HTML）とフィードを取り込む</translation>
    </message>
    <message>
        <source>Usage: jikenbo-cli [--db PATH] [--json] [--rules FILE] import FILE|DIR...

Imports pages of the blog (text in UTF-8, UTF-16, Shift_JIS or EUC-JP, saved
HTML pages, saved Atom feeds); a folder is read with its subfolders. Each file
is imported in one transaction: all of it or nothing. Posts already in the
database are updated in place; your notes, stars, tags and causes stay.

  --lock-timeout S   wait up to S seconds for another writer (default 60)
  --json             {&quot;files&quot;, &quot;added&quot;, &quot;updated&quot;, &quot;unchanged&quot;,
                     &quot;skipped_posts&quot;, &quot;errors&quot;}

Example: jikenbo-cli import ~/Downloads/archive-2024.txt</source>
        <translation>使い方: jikenbo-cli [--db PATH] [--json] [--rules FILE] import FILE|DIR...

ブログのページ（UTF-8、UTF-16、Shift_JIS、EUC-JP のテキスト、保存した HTML
ページ、保存した Atom フィード）を取り込みます。フォルダーはサブフォルダーも
含めて読み込みます。各ファイルは 1 つのトランザクションで取り込まれ、すべて
取り込まれるか、何も取り込まれないかのどちらかです。データベースにある投稿は
その場で更新され、メモ・スター・タグ・設定した原因はそのまま残ります。

  --lock-timeout S   ほかのプログラムの書き込みを最大 S 秒待つ（既定 60）
  --json             {&quot;files&quot;, &quot;added&quot;, &quot;updated&quot;, &quot;unchanged&quot;,
                     &quot;skipped_posts&quot;, &quot;errors&quot;}

例: jikenbo-cli import ~/Downloads/archive-2024.txt</translation>
    </message>
    <message>
        <source>list [QUERY]             matching incidents, newest first (--limit N, --sort date|case|org|title|cause|sector|affected|relevance, --asc, --synonyms)</source>
        <translation>list [QUERY]             一致する事件を新しい順に表示（--limit N, --sort date|case|org|title|cause|sector|affected|relevance, --asc, --synonyms）</translation>
    </message>
    <message>
        <source>Usage: jikenbo-cli [--db PATH] [--json] list [QUERY...] [OPTIONS]

Lists the incidents that match QUERY (every incident without one), newest
first. QUERY is the search box&apos;s query language; its words are joined, e.g.
紛失 year:2023, cause:ransomware, org:病院, affected:&gt;1000, -term, a OR b.

  --limit N          at most N incidents
  --sort COLUMN      date (default), case, org, title, cause, sector, affected,
                     relevance (bm25 over the query&apos;s words)
  --asc              ascending instead of descending
  --synonyms         also match synonyms (漏えい finds 流出)
  --json             an array of objects (key, case_id, title, organization,
                     announced_on, cause, cause_origin, sector, affected, ...)

Example: jikenbo-cli list 紛失 year:2023 --limit 3</source>
        <translation>使い方: jikenbo-cli [--db PATH] [--json] list [QUERY...] [OPTIONS]

QUERY に一致する事件（QUERY がなければすべての事件）を新しい順に表示します。
QUERY は検索ボックスと同じクエリ言語で、語はつなげて扱います。例:
紛失 year:2023, cause:ransomware, org:病院, affected:&gt;1000, -term, a OR b

  --limit N          最大 N 件
  --sort COLUMN      date（既定）, case, org, title, cause, sector, affected,
                     relevance（クエリの語による bm25）
  --asc              降順ではなく昇順
  --synonyms         同義語にも一致させる（漏えい で 流出 も見つかる）
  --json             オブジェクトの配列（key, case_id, title, organization,
                     announced_on, cause, cause_origin, sector, affected, ...）

例: jikenbo-cli list 紛失 year:2023 --limit 3</translation>
    </message>
    <message>
        <source>show CASE_ID|KEY         one incident in full</source>
        <translation>show CASE_ID|KEY         1 件の事件をすべて表示</translation>
    </message>
    <message>
        <source>Usage: jikenbo-cli [--db PATH] [--json] show CASE_ID|KEY

Prints one incident in full: its fields, how its cause was decided (the rules
that fired, their weights and the runner-up), labels, your annotations and the
notice text. A case id that several incidents share (a follow-up report reuses
it) is refused with the keys to choose from.

  --json             the fields of list, plus body, related incidents and the
                     cause and sector explanations

Example: jikenbo-cli show 2024-012</source>
        <translation>使い方: jikenbo-cli [--db PATH] [--json] show CASE_ID|KEY

1 件の事件をすべて表示します。各項目、原因の判定理由（一致したルールとその
重み、次点）、ラベル、メモなどの注記、本文です。複数の事件が共有する事件簿番号
（続報は同じ番号を使います）は受け付けず、選べるキーを示します。

  --json             list の項目に加えて本文、関連する事件、原因と業種の
                     判定理由

例: jikenbo-cli show 2024-012</translation>
    </message>
    <message>
        <source>reclassify               classify every incident again (after a rules change; --rules FILE); user overrides stay</source>
        <translation>reclassify               すべての事件を分類し直す（ルールの変更後に。--rules FILE）。利用者の設定は残る</translation>
    </message>
    <message>
        <source>Usage: jikenbo-cli [--db PATH] [--json] [--rules FILE] reclassify

Classifies every stored incident again with the built-in rules or those of
--rules FILE, in one transaction, and reports how many changed cause or
sector. Causes you set, notes, stars and tags are not touched.

Example: jikenbo-cli --rules my-rules.json reclassify</source>
        <translation>使い方: jikenbo-cli [--db PATH] [--json] [--rules FILE] reclassify

保存されているすべての事件を、組み込みのルールまたは --rules FILE のルールで
1 つのトランザクションの中で分類し直し、原因や業種が変わった件数を報告します。
利用者が設定した原因、メモ、スター、タグは変わりません。

例: jikenbo-cli --rules my-rules.json reclassify</translation>
    </message>
    <message>
        <source>eval GOLD.tsv FILE|DIR...  accuracy against a gold file (DESIGN §8), in a temporary database</source>
        <translation>eval GOLD.tsv FILE|DIR...  正解ファイルに対する正解率（DESIGN §8）を一時データベースで求める</translation>
    </message>
    <message>
        <source>Usage: jikenbo-cli [--json] [--rules FILE] eval GOLD.tsv FILE|DIR...

Imports the files into a temporary database (yours is not touched) and
compares them with a hand-recorded gold file (tab-separated: file line
case_id organization title announced_date cause cause_source sector affected
follow_up): accuracy per field, the cause confusion matrix and every mismatch.

  --json             the same report as one object

Example: jikenbo-cli eval gold/seeds_gold.tsv seeds/</source>
        <translation>使い方: jikenbo-cli [--json] [--rules FILE] eval GOLD.tsv FILE|DIR...

ファイルを一時データベースに取り込み（お使いのデータベースは変更しません）、
人手で記録した正解ファイル（タブ区切り: file line case_id organization title
announced_date cause cause_source sector affected follow_up）と比べて、項目ごと
の正解率、原因の混同行列、すべての不一致を示します。

  --json             同じ結果を 1 つのオブジェクトで出力する

例: jikenbo-cli eval gold/seeds_gold.tsv seeds/</translation>
    </message>
    <message>
        <source>generate --count N --output DIR   write N synthetic notices (tests, benchmarks)</source>
        <translation>generate --count N --output DIR   架空の告知を N 件書き出す（テスト、ベンチマーク用）</translation>
    </message>
    <message>
        <source>Usage: jikenbo-cli generate --output DIR [OPTIONS]

Writes synthetic, fictional notices as text pages, for tests and benchmarks.

  -o, --output DIR   the folder to write to
  --count N          notices to write (default 10000)
  --per-file N       notices per page file (default 1000)
  --seed N           random seed (default 1): the same seed, the same pages

Example: jikenbo-cli generate --count 1000 --output /tmp/pages</source>
        <translation>使い方: jikenbo-cli generate --output DIR [OPTIONS]

テストとベンチマーク用に、合成した架空の告知をテキストのページとして書き出し
ます。

  -o, --output DIR   書き出し先のフォルダー
  --count N          書き出す告知の数（既定 10000）
  --per-file N       1 ページファイルあたりの告知の数（既定 1000）
  --seed N           乱数のシード（既定 1）。シードが同じなら同じページになる

例: jikenbo-cli generate --count 1000 --output /tmp/pages</translation>
    </message>
    <message>
        <source>remove-samples           delete the fictional sample notices a new database starts with</source>
        <translation>remove-samples           新しいデータベースに入っている架空のサンプル告知を削除する</translation>
    </message>
    <message>
        <source>Usage: jikenbo-cli [--db PATH] [--json] remove-samples

Deletes the fictional sample notices that the window adds to a new
database (those imported from its built-in sample corpus), in one
transaction. Notices imported from files or synced from the blog are not
touched, and your notes, stars, tags and causes stay, also on the samples.

  --json             {&quot;removed&quot;, &quot;annotations_kept&quot;}

Example: jikenbo-cli sync &amp;&amp; jikenbo-cli remove-samples</source>
        <translation>使い方: jikenbo-cli [--db PATH] [--json] remove-samples

ウィンドウが新しいデータベースに入れる架空のサンプル告知（組み込みの
サンプルコーパスから取り込んだもの）を、1 つのトランザクションで削除します。
ファイルから取り込んだ告知やブログから同期した告知には触れません。メモ、
スター、タグ、指定した原因は、サンプルに付けたものも残ります。

  --json             {&quot;removed&quot;, &quot;annotations_kept&quot;}

例: jikenbo-cli sync &amp;&amp; jikenbo-cli remove-samples</translation>
    </message>
    <message>
        <source>sync [--url FEED_URL]     bring the database up to date from the blog&apos;s feed (--label LABEL, --timeout S, --page-size N, --max-pages N, --full)</source>
        <translation>sync [--url FEED_URL]     ブログのフィードからデータベースを最新にする（--label LABEL, --timeout S, --page-size N, --max-pages N, --full）</translation>
    </message>
    <message>
        <source>Usage: jikenbo-cli [--db PATH] [--json] sync [OPTIONS]

Brings the database up to date from the blog&apos;s Atom feed
(https://blog.b-son.net/feeds/posts/default), reading only what changed since
the last complete sync. Each feed page is committed on its own: a sync that
fails or is cancelled resumes where it stopped. Every 7 days (and with --full)
the whole feed is read, and posts no longer on the blog are marked removed
(is:removed); they are kept, with your notes.

  --url FEED_URL     the feed to read (https:// when no scheme is given)
  --label LABEL      only the posts with this label (the feed&apos;s label feed)
  --timeout S        network timeout in seconds (default 15 to connect, 30
                     to read)
  --page-size N      entries per feed page, 1 to 150 (default 150)
  --max-pages N      stop after N pages; the next sync continues
  --full             read the whole feed again and find removed posts
  --json             the keys of import, plus pages, status, resumed,
                     full_pass, removed, changes, unmapped_labels, warnings

Example: jikenbo-cli sync --max-pages 4</source>
        <translation>使い方: jikenbo-cli [--db PATH] [--json] sync [OPTIONS]

ブログの Atom フィード（https://blog.b-son.net/feeds/posts/default）から
データベースを最新の状態にします。読み込むのは前回の同期が完了してから変わった
分だけです。フィードの各ページは個別にコミットされるため、失敗または中断した
同期は止まったところから再開します。7 日ごと（と --full の指定時）にフィード
全体を読み、ブログからなくなった投稿を「削除済み」（is:removed）にします。
その投稿はメモなどとともに残ります。

  --url FEED_URL     読み込むフィード（スキームがなければ https://）
  --label LABEL      このラベルの投稿だけを読む（フィードのラベル別フィード）
  --timeout S        ネットワークのタイムアウト秒数（既定は接続 15、読み込み
                     30）
  --page-size N      フィード 1 ページのエントリー数、1～150（既定 150）
  --max-pages N      N ページで止める。次回の同期で続きから読む
  --full             フィード全体を読み直し、削除された投稿を見つける
  --json             import のキーに加えて pages, status, resumed,
                     full_pass, removed, changes, unmapped_labels, warnings

例: jikenbo-cli sync --max-pages 4</translation>
    </message>
    <message>
        <source>print CASE_ID|KEY... --pdf FILE   a one-page summary of each incident as PDF (--full: the whole notice; --era)</source>
        <translation>print CASE_ID|KEY... --pdf FILE   各事件の 1 ページの概要を PDF に書き出す（--full: 本文全体。--era）</translation>
    </message>
    <message>
        <source>Usage: jikenbo-cli [--db PATH] [--json] print CASE_ID|KEY... --pdf FILE [--full] [--era]

Writes a one-page summary of each incident to one PDF file (A4): the case id,
organisation and title; the key facts (dates and days to disclosure, cause and
why, sector, affected with its evidence, kinds of data, contractor); a short
timeline; the other posts of the case; as many opening paragraphs of the notice
as fit; the source. A case id prints the notice and its follow-ups, a page
each. Needs no display. The font is Noto Sans CJK JP (fonts-noto-cjk).

  --pdf FILE         the PDF file to write; - for standard output (not a
                     terminal)
  --full             the whole notice instead, each incident starting on a new
                     page, over as many pages as it takes
  --era              the Japanese era beside each date: 2024-01-09 (令和6年1月9日)

Example: jikenbo-cli print 2024-012 --pdf 2024-012.pdf</source>
        <translation>使い方: jikenbo-cli [--db PATH] [--json] print CASE_ID|KEY... --pdf FILE [--full] [--era]

各事件の 1 ページの概要を 1 つの PDF ファイル（A4）に書き出します: 事件簿番号、
組織、件名。主な事実（日付と公表までの日数、原因とその根拠、業種、件数とその
根拠、漏えいした情報の種類、委託先）。短い経緯。この事件簿の他の投稿。収まる
だけの本文冒頭。出典。事件簿番号を指定すると、その事件と続報を 1 ページずつ
印刷します。ディスプレイは不要です。フォントは Noto Sans CJK JP
（fonts-noto-cjk）を使います。

  --pdf FILE         書き出す PDF ファイル。- で標準出力（端末は不可）
  --full             代わりに本文全体を、事件ごとに改ページして必要なページ数で
                     印刷する
  --era              各日付の横に和暦を付ける: 2024-01-09 (令和6年1月9日)

例: jikenbo-cli print 2024-012 --pdf 2024-012.pdf</translation>
    </message>
    <message>
        <source>Usage: jikenbo-cli [--db PATH] [--json] [--rules FILE] [--schemes FILE] COMMAND [ARGS]</source>
        <translation>使い方: jikenbo-cli [--db PATH] [--json] [--rules FILE] [--schemes FILE] COMMAND [ARGS]</translation>
    </message>
    <message>
        <source>--schemes FILE survey schemes (stats --scheme) instead of schemes.json</source>
        <translation>--schemes FILE schemes.json の代わりに使う調査の分類対応（stats --scheme）</translation>
    </message>
    <message>
        <source>export [QUERY] --output FILE   matching incidents as CSV (--encoding utf-8|utf-8-bom|cp932, --columns a,b,c, --keys, --crlf|--lf, --replace-unmappable, --no-formula-guard) or VERIS JSON Lines (--format jsonl)</source>
        <translation>export [QUERY] --output FILE   一致する事件を CSV（--encoding utf-8|utf-8-bom|cp932, --columns a,b,c, --keys, --crlf|--lf, --replace-unmappable, --no-formula-guard）または VERIS JSON Lines（--format jsonl）で書き出す</translation>
    </message>
    <message>
        <source>Usage: jikenbo-cli [--db PATH] [--json] export [QUERY...] --output FILE [OPTIONS]

Writes the incidents that match QUERY as CSV (RFC 4180), newest first, through
a temporary file: a failed export never leaves a partial file. A FIFO or a
device (a pipe, /dev/null) is written in place, never replaced.

  -o, --output FILE  the CSV file to write; - for standard output
  --format F         csv (default) or jsonl: one VERIS-shaped JSON object
                     per line (action and variety from the veris scheme
                     of schemes.json, victim industry, data_total, data
                     varieties, timeline, reference URL; Jikenbo&apos;s own
                     fields under &quot;plus&quot;); the CSV options do not apply
  --encoding E       utf-8 (default), utf-8-bom (Excel) or cp932 (older
                     Japanese Excel)
  --crlf, --lf       line endings (CRLF for the Excel presets)
  --columns a,b,c    case_id announced_on organization title cause sector
                     affected labels note tags starred key cause_origin
                     source_url discovered_on occurred_on
                     disclosure_days data_kinds via_contractor
  --keys             taxonomy keys instead of names in the UI language
  --replace-unmappable  cp932: write equivalents or &apos;?&apos; for characters
                     it cannot hold (otherwise nothing is written)
  --no-formula-guard keep cells that start with = + - @ as they are
  --limit N, --sort COLUMN, --asc, --synonyms   as for list

Examples: jikenbo-cli export year:2024 --encoding utf-8-bom -o 2024.csv
          jikenbo-cli export year:2024 --format jsonl -o 2024.jsonl</source>
        <translation>使い方: jikenbo-cli [--db PATH] [--json] export [QUERY...] --output FILE [OPTIONS]

QUERY に一致する事件を新しい順に CSV（RFC 4180）で書き出します。一時ファイルを
経由するため、失敗しても書きかけのファイルは残りません。FIFO やデバイス（パイプ、
/dev/null）にはそのまま書き込み、置き換えることはありません。

  -o, --output FILE  書き出す CSV ファイル。- で標準出力
  --format F         csv（既定）または jsonl: 1 行に 1 件、VERIS の形の JSON
                     （schemes.json の veris 分類によるアクションと種類、被害
                     組織の業種、data_total、データの種類、タイムライン、参照
                     URL。Jikenbo 独自の項目は &quot;plus&quot; の下）。CSV 用の
                     オプションは使えない
  --encoding E       utf-8（既定）, utf-8-bom（Excel）, cp932（古い日本語版
                     Excel）
  --crlf, --lf       改行コード（Excel 向けのプリセットは CRLF）
  --columns a,b,c    case_id announced_on organization title cause sector
                     affected labels note tags starred key cause_origin
                     source_url discovered_on occurred_on
                     disclosure_days data_kinds via_contractor
  --keys             原因・業種を表示言語の名前ではなく分類キーで書く
  --replace-unmappable  cp932: 書けない文字を相当する文字か &apos;?&apos; に置き換える
                     （指定しなければ何も書き出さない）
  --no-formula-guard = + - @ で始まるセルをそのまま書く
  --limit N, --sort COLUMN, --asc, --synonyms   list と同じ

例: jikenbo-cli export year:2024 --encoding utf-8-bom -o 2024.csv
    jikenbo-cli export year:2024 --format jsonl -o 2024.jsonl</translation>
    </message>
    <message>
        <source>stats [QUERY]            incidents per period and category (--by cause|sector|data|contractor, --scheme tsr|jnsa|veris, --period month|quarter|year, --days); --labels: every label and its cause</source>
        <translation>stats [QUERY]            期間・分類ごとの事件数（--by cause|sector|data|contractor, --scheme tsr|jnsa|veris, --period month|quarter|year, --days）。--labels: すべてのラベルとその原因</translation>
    </message>
    <message>
        <source>Usage: jikenbo-cli [--db PATH] [--json] stats [QUERY]
                   [--by cause|sector|data|contractor] [--scheme tsr|jnsa|veris]
                   [--period month|quarter|year] [--days]
       jikenbo-cli [--db PATH] [--json] stats --labels

Counts the incidents QUERY matches per period (by announcement date, falling
back to the post&apos;s date) and per cause or sector, with the people affected;
empty periods are listed as zero and undated incidents are counted apart. The
numbers are the Trends view&apos;s.

  --by B             split by cause (default), sector, data (the kinds of
                     data leaked: an incident counts once in each, &quot;none&quot;
                     when the notice names none) or contractor (at or
                     through a contractor, or directly)
  --scheme S         count the causes in the categories of a survey:
                     tsr (東京商工リサーチ), jnsa (JNSA) or veris (VERIS
                     actions); the mapping is schemes.json (a copy in the
                     data folder, or --schemes FILE, replaces it). The
                     query term scheme:tsr:KEY lists a category&apos;s incidents
  --period P         month (default), quarter or year
  --days             the days from discovery to announcement instead: per
                     period and category the incidents stating both dates
                     and their shortest, first quartile, median, third
                     quartile and longest (the Trends view&apos;s boxes); the
                     query term lag:&gt;=0 lists them. --json adds &quot;days&quot;
                     to each row and &quot;with_days&quot;
  --json             {&quot;by&quot;, &quot;period&quot;, &quot;total&quot;, &quot;no_date&quot;, &quot;rows&quot;: [...]}
                     (and &quot;scheme&quot; with --scheme)
  --labels           every label seen (on incidents, and in the label list of
                     the feeds synced) with its number of incidents and the
                     cause it maps to, &quot;unmapped&quot; (an インシデント: label the
                     taxonomy does not know) or &quot;not a cause&quot;; --json:
                     {&quot;labels&quot;: [{&quot;label&quot;, &quot;incidents&quot;, &quot;cause&quot;,
                     &quot;mapping&quot;, &quot;on_blog&quot;}]}

Examples: jikenbo-cli stats cause:ransomware --period year
          jikenbo-cli stats year:2024 --scheme tsr --period year
          jikenbo-cli stats --days --by sector --period year</source>
        <translation>使い方: jikenbo-cli [--db PATH] [--json] stats [QUERY]
                   [--by cause|sector|data|contractor] [--scheme tsr|jnsa|veris]
                   [--period month|quarter|year] [--days]
       jikenbo-cli [--db PATH] [--json] stats --labels

QUERY に一致する事件を期間（発表日、なければ投稿日による）と原因または業種
ごとに数え、被害人数も示します。事件のない期間は 0 として表示し、日付のない
事件は別に数えます。数値は「傾向」タブと同じです。

  --by B             原因（既定）、業種、data（漏えいした情報の種類: 1 件の
                     事件は種類ごとに 1 回ずつ数え、種類の記載がなければ
                     &quot;none&quot;）、contractor（委託先・取引先で発生したか否か）で
                     分ける
  --scheme S         原因を調査の分類で数える: tsr（東京商工リサーチ）,
                     jnsa（JNSA）, veris（VERIS のアクション）。対応表は
                     schemes.json（データフォルダーのコピーか --schemes FILE
                     で置き換えられる）。検索語 scheme:tsr:KEY でその分類の
                     事件を一覧できる
  --period P         month（既定）, quarter, year
  --days             代わりに判明から公表までの日数を示す: 期間・分類ごとに、
                     両方の日付を記した事件の数と、最短・第1四分位・中央値・
                     第3四分位・最長（「傾向」タブの箱ひげ図）。検索語
                     lag:&gt;=0 でその事件を一覧できる。--json では各行に
                     &quot;days&quot; と、全体に &quot;with_days&quot; が加わる
  --json             {&quot;by&quot;, &quot;period&quot;, &quot;total&quot;, &quot;no_date&quot;, &quot;rows&quot;: [...]}
                     （--scheme のときは &quot;scheme&quot; も）
  --labels           見つかったすべてのラベル（事件に付いたものと、同期した
                     フィードのラベル一覧にあるもの）を、事件の数と、対応する
                     原因、&quot;unmapped&quot;（分類が知らない インシデント: ラベル）
                     または &quot;not a cause&quot;（原因ではない）とともに示す。--json:
                     {&quot;labels&quot;: [{&quot;label&quot;, &quot;incidents&quot;, &quot;cause&quot;,
                     &quot;mapping&quot;, &quot;on_blog&quot;}]}

例: jikenbo-cli stats cause:ransomware --period year
    jikenbo-cli stats year:2024 --scheme tsr --period year
    jikenbo-cli stats --days --by sector --period year</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>rebuilding the search index for the new tokenizer (%1 incidents)…</source>
        <translation>新しいトークナイザー用に検索インデックスを作り直しています（%1 件）…</translation>
    </message>
    <message>
        <source>search index: %1% (%2 of %3)</source>
        <translation>検索インデックス: %1%（%3 件中 %2 件）</translation>
    </message>
    <message>
        <source>search index rebuilt: %1 incidents in %2 s</source>
        <translation>検索インデックスを作り直しました: %1 件、%2 秒</translation>
    </message>
    <message>
        <source>Gold: %1, %2 row(s); %3 matched an imported incident</source>
        <translation>正解: %1、%2 行。うち %3 行が取り込んだ事件と対応</translation>
    </message>
    <message>
        <source>field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>right</source>
        <translation>正解数</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>正解率</translation>
    </message>
    <message>
        <source>Cause confusion matrix (rows: gold, columns: got)</source>
        <translation>原因の混同行列（行: 正解、列: 判定）</translation>
    </message>
    <message>
        <source>Cause by the rules alone (every row, also where a label decided): %1/%2 = %3; confidence ≥ 0.5: %4/%5 = %6; below 0.5: %7/%8 = %9</source>
        <translation>ルールのみによる原因（ラベルで決まった行も含む全行）: %1/%2 = %3、確信度 0.5 以上: %4/%5 = %6、0.5 未満: %7/%8 = %9</translation>
    </message>
    <message>
        <source>No mismatches.</source>
        <translation>不一致はありません。</translation>
    </message>
    <message>
        <source>Mismatches (%1):</source>
        <translation>不一致（%1）:</translation>
    </message>
    <message>
        <source>expected &apos;%1&apos;, got &apos;%2&apos;</source>
        <translation>期待値 &apos;%1&apos;、結果 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Where the rules alone disagree with the gold (%1):</source>
        <translation>ルールのみの判定が正解と異なるもの（%1）:</translation>
    </message>
    <message>
        <source>expected &apos;%1&apos;, rules say &apos;%2&apos;</source>
        <translation>期待値 &apos;%1&apos;、ルールの判定 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Imported incidents the gold does not list (%1):</source>
        <translation>正解ファイルにない取り込まれた事件（%1）:</translation>
    </message>
    <message>
        <source>eval needs a GOLD.tsv and at least one FILE or DIR</source>
        <translation>eval には GOLD.tsv と 1 つ以上の FILE または DIR が必要です</translation>
    </message>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation>一時フォルダーを作成できません: %1</translation>
    </message>
    <message>
        <source>export needs --output FILE</source>
        <translation>export には --output FILE が必要です</translation>
    </message>
    <message>
        <source>--encoding: unknown encoding &apos;%1&apos;; expected utf-8, utf-8-bom or cp932</source>
        <translation>--encoding: 不明なエンコーディング &apos;%1&apos; です。utf-8、utf-8-bom、cp932 のいずれかを指定してください</translation>
    </message>
    <message>
        <source>--crlf and --lf cannot both be given</source>
        <translation>--crlf と --lf は同時に指定できません</translation>
    </message>
    <message>
        <source>--columns needs at least one column</source>
        <translation>--columns には 1 つ以上の列が必要です</translation>
    </message>
    <message>
        <source>%1; nothing written. Add --replace-unmappable to write CP932 equivalents (〜 → ～) or &apos;?&apos;, or use --encoding utf-8-bom</source>
        <translation>%1。何も書き出していません。--replace-unmappable を付けると CP932 の相当文字（〜 → ～）か &apos;?&apos; で書き出します。または --encoding utf-8-bom を使ってください</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1 (%2%3)</source>
        <translation>
            <numerusform>%n 行を %1 に書き出しました（%2%3）</numerusform>
        </translation>
    </message>
    <message>
        <source>--count needs a positive number</source>
        <translation>--count には正の数を指定してください</translation>
    </message>
    <message>
        <source>--per-file needs a positive number</source>
        <translation>--per-file には正の数を指定してください</translation>
    </message>
    <message>
        <source>--seed needs a number</source>
        <translation>--seed には数を指定してください</translation>
    </message>
    <message>
        <source>generate needs --output DIR</source>
        <translation>generate には --output DIR が必要です</translation>
    </message>
    <message>
        <source>%1 notices, %2 bytes written to %3</source>
        <translation>告知 %1 件、%2 バイトを %3 に書き出しました</translation>
    </message>
    <message>
        <source>import needs at least one FILE or DIR</source>
        <translation>import には 1 つ以上の FILE または DIR が必要です</translation>
    </message>
    <message>
        <source>--lock-timeout needs a number of seconds</source>
        <translation>--lock-timeout には秒数を指定してください</translation>
    </message>
    <message>
        <source>%1 file(s): %2 added, %3 updated, %4 unchanged, %5 post(s) skipped, %6 error(s)</source>
        <translation>%1 ファイル: 追加 %2、更新 %3、変更なし %4、スキップした投稿 %5、エラー %6</translation>
    </message>
    <message>
        <source>bad query at position %1: %2</source>
        <translation>クエリの %1 文字目に誤りがあります: %2</translation>
    </message>
    <message>
        <source>also searching synonyms: %1</source>
        <translation>同義語も検索しています: %1</translation>
    </message>
    <message>
        <source>--limit needs a number ≥ 0</source>
        <translation>--limit には 0 以上の数を指定してください</translation>
    </message>
    <message>
        <source>--sort: unknown column &apos;%1&apos;; expected date, case, org, title, cause, sector, affected or relevance</source>
        <translation>--sort: 不明な列 &apos;%1&apos; です。date、case、org、title、cause、sector、affected、relevance のいずれかを指定してください</translation>
    </message>
    <message>
        <source>print needs a CASE_ID or KEY</source>
        <translation>print には CASE_ID または KEY が必要です</translation>
    </message>
    <message>
        <source>print needs --pdf FILE</source>
        <translation>print には --pdf FILE が必要です</translation>
    </message>
    <message>
        <source>no incident with case id or key &apos;%1&apos;</source>
        <translation>事件簿番号またはキーが &apos;%1&apos; の事件はありません</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) written to %1</source>
        <translation>
            <numerusform>%n ページを %1 に書き出しました</numerusform>
        </translation>
    </message>
    <message>
        <source>reclassify takes no arguments (rules: --rules FILE)</source>
        <translation>reclassify は引数を取りません（ルールは --rules FILE）</translation>
    </message>
    <message>
        <source>%1 incident(s) classified with %2: %3 changed (cause %4, sector %5); %6 user override(s) kept</source>
        <translation>%1 件を %2 で分類しました: 変更 %3 件（原因 %4、業種 %5）、利用者の設定 %6 件はそのまま</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>no rule fired</source>
        <translation>一致したルールなし</translation>
    </message>
    <message>
        <source>; runner-up %1 %2</source>
        <translation>; 次点 %1 %2</translation>
    </message>
    <message>
        <source> (outranked by precedence: %1)</source>
        <translation>（優先順位により上書き: %1）</translation>
    </message>
    <message>
        <source>show needs one CASE_ID or KEY</source>
        <translation>show には CASE_ID または KEY を 1 つ指定してください</translation>
    </message>
    <message>
        <source>case id %1 matches %2 incidents; show one by its key: %3</source>
        <translation>事件簿番号 %1 に一致する事件が %2 件あります。キーで指定してください: %3</translation>
    </message>
    <message>
        <source>%1 more: jikenbo-cli list case:%2</source>
        <translation>ほか %1 件: jikenbo-cli list case:%2</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>発表日</translation>
    </message>
    <message>
        <source>, confidence %1</source>
        <translation>, 確信度 %1</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Rules said</source>
        <translation>ルールの判定</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>業種</translation>
    </message>
    <message>
        <source>Affected</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>続報</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>yes, of %1</source>
        <translation>%1 の続報</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>関連</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>--period: unknown value &apos;%1&apos;; expected month, quarter or year</source>
        <translation>--period: 不明な値 &apos;%1&apos; です。month、quarter、year のいずれかを指定してください</translation>
    </message>
    <message>
        <source>period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>incidents</source>
        <translation>事件数</translation>
    </message>
    <message>
        <source>people</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>size unknown</source>
        <translation>規模不明</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>日付なし</translation>
    </message>
    <message>
        <source>total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>sync takes no arguments (the feed is --url FEED_URL): %1</source>
        <translation>sync は引数を取りません（フィードは --url FEED_URL）: %1</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds (0 &lt; S &lt;= 3600): %1</source>
        <translation>--timeout には秒数を指定してください（0 &lt; S &lt;= 3600）: %1</translation>
    </message>
    <message>
        <source>--max-pages needs a positive number: %1</source>
        <translation>--max-pages には正の数を指定してください: %1</translation>
    </message>
    <message>
        <source>%1: %2 page(s): %3 added, %4 updated, %5 unchanged, %6 post(s) skipped, %7 error(s)</source>
        <translation>%1: %2 ページ: 追加 %3、更新 %4、変更なし %5、スキップした投稿 %6、エラー %7</translation>
    </message>
    <message>
        <source>resumed the sync that stopped before</source>
        <translation>前回止まった同期を再開しました</translation>
    </message>
    <message numerus="yes">
        <source>stopped after %n page(s) (--max-pages); the next sync goes on from there</source>
        <translation>
            <numerusform>%n ページで停止しました（--max-pages）。次回の同期はその続きから始まります</numerusform>
        </translation>
    </message>
    <message>
        <source>new</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>修正</translation>
    </message>
    <message>
        <source>relabelled</source>
        <translation>ラベル変更</translation>
    </message>
    <message>
        <source>remove-samples takes no arguments: %1</source>
        <translation>remove-samples は引数を取りません: %1</translation>
    </message>
    <message>
        <source>%1 sample notice(s) removed; %2 annotation(s) on them kept</source>
        <translation>サンプル告知を %1 件削除しました。それらへの注記 %2 件は残しました</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>削除済み</translation>
    </message>
    <message>
        <source>no longer on the blog (found by the full sync of %1); kept here</source>
        <translation>ブログにはもうありません（%1 の全件同期で判明）。ここには残しています</translation>
    </message>
    <message>
        <source>label</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>unmapped</source>
        <translation>未対応</translation>
    </message>
    <message>
        <source>not a cause</source>
        <translation>原因ではない</translation>
    </message>
    <message>
        <source>(on the blog, on no stored incident)</source>
        <translation>（ブログにはあるが、保存された事件には付いていない）</translation>
    </message>
    <message numerus="yes">
        <source>%n label(s), %1 unmapped</source>
        <translation>
            <numerusform>ラベル %n 件、うち未対応 %1 件</numerusform>
        </translation>
    </message>
    <message>
        <source>--label needs a label of the blog</source>
        <translation>--label にはブログのラベルを指定してください</translation>
    </message>
    <message>
        <source>--page-size needs a number from 1 to %1: %2</source>
        <translation>--page-size には 1～%1 の数を指定してください: %2</translation>
    </message>
    <message numerus="yes">
        <source>full pass: read the whole feed; %n post(s) no longer on the blog marked removed (kept, with your notes)</source>
        <translation>
            <numerusform>全件同期: フィード全体を読みました。ブログからなくなった投稿 %n 件を削除済みにしました（メモなどとともに残しています）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n post(s))</source>
        <translation>
            <numerusform>%1（%n 件）</numerusform>
        </translation>
    </message>
    <message>
        <source>unmapped label(s), kept as labels but deciding no cause (add them to the taxonomy&apos;s aliases): %1</source>
        <translation>未対応のラベル（ラベルとして残しますが原因は決めません。分類の別名に追加してください）: %1</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>復活</translation>
    </message>
    <message>
        <source>Affected counts: precision %1/%2 = %3 (right / stated), recall %4/%5 = %6 (right / gold)</source>
        <translation>件数: 適合率 %1/%2 = %3（正解 / 記録した件数）、再現率 %4/%5 = %6（正解 / 正解データにある件数）</translation>
    </message>
    <message>
        <source>Learned cause model: not usable (it needs %1 label-sourced incidents in each of two causes; has: %2)</source>
        <translation>学習した原因モデル: 使えません（2 つ以上の原因でそれぞれ %1 件のラベル由来の事件が必要です。現在: %2）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Learned cause model: trained on %1 label-sourced incident(s): %2</source>
        <translation>学習した原因モデル: ラベルで原因が決まった %1 件の事件で学習: %2</translation>
    </message>
    <message>
        <source>Cause, every row: rules only %1; model only %2; rules + model %3 (the model decided %4 row(s)); label-sourced rows leave-one-out</source>
        <translation>原因、全行: ルールのみ %1、モデルのみ %2、ルール + モデル %3（モデルが決めた行 %4）。ラベル由来の行は一つ抜き交差検証</translation>
    </message>
    <message>
        <source>Leave-one-out over the %1 label-sourced row(s): rules only %2; model only %3; rules + model %4</source>
        <translation>ラベル由来の %1 行での一つ抜き交差検証: ルールのみ %2、モデルのみ %3、ルール + モデル %4</translation>
    </message>
    <message>
        <source>the model decided &apos;%1&apos; over the rules&apos; &apos;%2&apos;; gold &apos;%3&apos;</source>
        <translation>モデルがルールの &apos;%2&apos; に代えて &apos;%1&apos; と判定。正解 &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1 p=%2 (%3 examples, its pick right %4% of the time left-one-out, trained on %5)</source>
        <translation>%1 p=%2（学習例 %3 件、一つ抜きでの的中率 %4%、学習件数 %5）</translation>
    </message>
    <message>
        <source>; decided the cause (the rules were unsure)</source>
        <translation>。ルールの確信度が低いためモデルが原因を判定</translation>
    </message>
    <message>
        <source>Model said</source>
        <translation>モデルの判定</translation>
    </message>
    <message>
        <source>Other counts</source>
        <translation>ほかの件数</translation>
    </message>
    <message>
        <source>unknown — candidates: %1</source>
        <translation>不明 — 候補: %1</translation>
    </message>
    <message>
        <source>reading dates, data kinds and contractors of %1 stored incidents…</source>
        <translation>保存済みの %1 件の事案から判明日・漏えい情報の種類・委託先を読み取っています…</translation>
    </message>
    <message>
        <source>Discovered</source>
        <translation>判明日</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>発生日</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>公表まで</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) after discovery</source>
        <translation>
            <numerusform>判明から %n 日後</numerusform>
        </translation>
    </message>
    <message>
        <source>Data leaked</source>
        <translation>漏えいした情報</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>委託先</translation>
    </message>
    <message>
        <source>--%1 is for CSV; --format jsonl writes UTF-8 JSON Lines</source>
        <translation>--%1 は CSV 用です。--format jsonl は UTF-8 の JSON Lines を書きます</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) written to %1 (VERIS JSON Lines)</source>
        <translation>
            <numerusform>%n 件を %1 に書き出しました（VERIS JSON Lines）</numerusform>
        </translation>
    </message>
    <message>
        <source>--format: unknown format &apos;%1&apos;; expected csv or jsonl</source>
        <translation>--format: 不明な形式 &apos;%1&apos; です。csv または jsonl を指定してください</translation>
    </message>
    <message>
        <source>stats --labels takes no query, --by, --period or --scheme</source>
        <translation>stats --labels にはクエリ、--by、--period、--scheme を指定できません</translation>
    </message>
    <message>
        <source>--scheme counts causes: it cannot go with --by %1</source>
        <translation>--scheme は原因を数えます: --by %1 とは併用できません</translation>
    </message>
    <message>
        <source>--scheme: unknown value &apos;%1&apos;; expected one of %2</source>
        <translation>--scheme: 不明な値 &apos;%1&apos; です。%2 のいずれかを指定してください</translation>
    </message>
    <message>
        <source>with days</source>
        <translation>日数あり</translation>
    </message>
    <message>
        <source>min</source>
        <translation>最短</translation>
    </message>
    <message>
        <source>q1</source>
        <translation>第1四分位</translation>
    </message>
    <message>
        <source>median</source>
        <translation>中央値</translation>
    </message>
    <message>
        <source>q3</source>
        <translation>第3四分位</translation>
    </message>
    <message>
        <source>max</source>
        <translation>最長</translation>
    </message>
    <message>
        <source>(all)</source>
        <translation>（全体）</translation>
    </message>
    <message>
        <source>--by: unknown value &apos;%1&apos;; expected cause, sector, data or contractor</source>
        <translation>--by: 不明な値 &apos;%1&apos; です。cause、sector、data または contractor を指定してください</translation>
    </message>
</context>
<context>
    <name>CountExtractor</name>
    <message numerus="yes">
        <source>%n people</source>
        <comment>an affected-count candidate</comment>
        <translation>
            <numerusform>%n 名</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <comment>an affected-count candidate</comment>
        <translation>
            <numerusform>%n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n address(es)</source>
        <comment>an affected-count candidate: mail addresses</comment>
        <translation>
            <numerusform>メールアドレス %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card record(s)</source>
        <comment>an affected-count candidate: credit cards</comment>
        <translation>
            <numerusform>カード情報 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s)</source>
        <comment>an affected-count candidate: recipients of a mail</comment>
        <translation>
            <numerusform>送信先 %n 名</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n viewer(s)</source>
        <comment>an affected-count candidate: people who viewed the data</comment>
        <translation>
            <numerusform>閲覧者 %n 名</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n staff</source>
        <comment>an affected-count candidate: staff who acted or were disciplined</comment>
        <translation>
            <numerusform>職員等 %n 名</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) sent</source>
        <comment>an affected-count candidate</comment>
        <translation>
            <numerusform>送信メール %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <comment>an affected-count candidate: files, pages or devices</comment>
        <translation>
            <numerusform>ファイル等 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inquiry(-ies)</source>
        <comment>an affected-count candidate</comment>
        <translation>
            <numerusform>問い合わせ %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <comment>an affected-count candidate: cases or incidents</comment>
        <translation>
            <numerusform>事案 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <comment>an affected-count candidate</comment>
        <translation>
            <numerusform>注文 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n (other)</source>
        <comment>an affected-count candidate of another kind</comment>
        <translation>
            <numerusform>その他%n</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between affected-count candidates</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>CsvColumns</name>
    <message>
        <source>Case</source>
        <translation>事件簿番号</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>発表日</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>業種</translation>
    </message>
    <message>
        <source>Affected</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>スター</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Cause origin</source>
        <translation>原因の根拠</translation>
    </message>
    <message>
        <source>Source URL</source>
        <translation>出典 URL</translation>
    </message>
    <message>
        <source>source label</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>ルール</translation>
    </message>
    <message>
        <source>you</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Discovered</source>
        <translation>判明日</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>発生日</translation>
    </message>
    <message>
        <source>Days to disclosure</source>
        <translation>公表までの日数</translation>
    </message>
    <message>
        <source>Data leaked</source>
        <translation>漏えいした情報</translation>
    </message>
    <message>
        <source>Via contractor</source>
        <translation>委託先経由</translation>
    </message>
</context>
<context>
    <name>CsvExportJob</name>
    <message>
        <source>Checking for characters CP932 cannot hold…</source>
        <translation>CP932 で書けない文字を確認しています…</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 を書き出しています…</translation>
    </message>
</context>
<context>
    <name>CsvExporter</name>
    <message>
        <source>the output</source>
        <translation>出力先</translation>
    </message>
    <message>
        <source>unknown column &apos;%1&apos;; the columns are %2</source>
        <translation>不明な列 &apos;%1&apos;。使える列: %2</translation>
    </message>
    <message>
        <source>no columns to export</source>
        <translation>書き出す列がありません</translation>
    </message>
    <message>
        <source>the CP932 converter is not available: %1</source>
        <translation>CP932 の変換器を使えません: %1</translation>
    </message>
    <message>
        <source>header</source>
        <translation>見出し行</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>%1: a character cannot be written in CP932</source>
        <translation>%1: CP932 で書けない文字があります</translation>
    </message>
</context>
<context>
    <name>DataKindVocabulary</name>
    <message>
        <source>not valid JSON (%1)</source>
        <translation>JSON として読めません (%1)</translation>
    </message>
    <message>
        <source>no &quot;kinds&quot; array</source>
        <translation>&quot;kinds&quot; 配列がありません</translation>
    </message>
    <message>
        <source>a kind lacks key, ja or en</source>
        <translation>key、ja または en のない種類があります</translation>
    </message>
    <message>
        <source>kind &quot;%1&quot; given twice</source>
        <translation>種類 &quot;%1&quot; が2回指定されています</translation>
    </message>
    <message>
        <source>kind &quot;%1&quot; has no patterns</source>
        <translation>種類 &quot;%1&quot; にパターンがありません</translation>
    </message>
    <message>
        <source>kind &quot;%1&quot;: bad pattern &quot;%2&quot; (%3)</source>
        <translation>種類 &quot;%1&quot;: パターン &quot;%2&quot; が正しくありません (%3)</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>no database path given</source>
        <translation>データベースのパスが指定されていません</translation>
    </message>
    <message>
        <source>%1: is a directory, not a database</source>
        <translation>%1: フォルダーです。データベースではありません</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: 開けません: %2</translation>
    </message>
    <message>
        <source>%1: not an SQLite database</source>
        <translation>%1: SQLite のデータベースではありません</translation>
    </message>
    <message>
        <source>%1: no such database</source>
        <translation>%1: そのようなデータベースはありません</translation>
    </message>
    <message>
        <source>%1: cannot create folder %2</source>
        <translation>%1: フォルダー %2 を作成できません</translation>
    </message>
    <message>
        <source>%1: cannot open database: %2</source>
        <translation>%1: データベースを開けません: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the database is busy: another program has been writing to it for %2 s; try again when it has finished</source>
        <translation>%1: データベースが使用中です。ほかのプログラムが %2 秒間書き込みを続けています。終わってからもう一度お試しください</translation>
    </message>
    <message>
        <source>%1: cannot start a transaction: %2</source>
        <translation>%1: トランザクションを開始できません: %2</translation>
    </message>
    <message>
        <source>%1: the Qt SQLite driver gave no sqlite3 handle</source>
        <translation>%1: Qt の SQLite ドライバーから sqlite3 ハンドルを取得できません</translation>
    </message>
    <message>
        <source>%1: cannot read the schema version: %2</source>
        <translation>%1: スキーマのバージョンを読み取れません: %2</translation>
    </message>
    <message>
        <source>%1: the database has schema version %2, newer than this program&apos;s %3; open it with a newer Jikenbo</source>
        <translation>%1: データベースのスキーマのバージョン %2 は、このプログラムの %3 より新しいです。新しい Jikenbo で開いてください</translation>
    </message>
    <message>
        <source>%1: an SQLite database, but not a Jikenbo database</source>
        <translation>%1: SQLite のデータベースですが、Jikenbo のデータベースではありません</translation>
    </message>
    <message>
        <source>%1: cannot write the backup copy %2 before migrating: %3</source>
        <translation>%1: 移行前のバックアップ %2 を書き込めません: %3</translation>
    </message>
    <message>
        <source>migration from schema version %1 failed: %2</source>
        <translation>スキーマのバージョン %1 からの移行に失敗しました: %2</translation>
    </message>
</context>
<context>
    <name>FactsBackfillJob</name>
    <message>
        <source>Reading dates, data kinds and contractors: %1 of %2 incidents</source>
        <translation>判明日・漏えい情報の種類・委託先を読み取り中: %2 件中 %1 件</translation>
    </message>
</context>
<context>
    <name>FeedSync</name>
    <message>
        <source>no feed URL given</source>
        <translation>フィードの URL が指定されていません</translation>
    </message>
    <message>
        <source>%1: not a valid URL</source>
        <translation>%1: 正しい URL ではありません</translation>
    </message>
    <message>
        <source>%1: only https and http feeds can be read</source>
        <translation>%1: 読み込めるのは https と http のフィードだけです</translation>
    </message>
    <message>
        <source>an HTML page (%1), not an Atom feed</source>
        <translation>Atom フィードではなく HTML のページ（%1）</translation>
    </message>
    <message>
        <source>an HTML page (%1) titled “%2”, not an Atom feed</source>
        <translation>Atom フィードではなく「%2」という HTML のページ（%1）</translation>
    </message>
    <message>
        <source>JSON (%1), not an Atom feed</source>
        <translation>Atom フィードではなく JSON（%1）</translation>
    </message>
    <message>
        <source>an empty response (%1), not an Atom feed</source>
        <translation>Atom フィードではなく空の応答（%1）</translation>
    </message>
    <message>
        <source>entry at line %1: %2</source>
        <translation>%1 行目のエントリー: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n stored post(s) of the blog were not in the feed; too many to check one by one, none is marked removed</source>
        <translation>
            <numerusform>保存しているブログの投稿 %n 件がフィードにありませんでした。1 件ずつ確かめるには多すぎるため、どれも削除済みにしていません</numerusform>
        </translation>
    </message>
    <message>
        <source>could not check whether %1 is still on the blog: %2</source>
        <translation>%1 がまだブログにあるか確かめられませんでした: %2</translation>
    </message>
    <message>
        <source>Reading page %1 of the feed…</source>
        <translation>フィードの %1 ページ目を読み込んでいます…</translation>
    </message>
    <message>
        <source>the server sent %1; nothing imported</source>
        <translation>サーバーが送ってきたのは %1 です。何も取り込んでいません</translation>
    </message>
    <message>
        <source>malformed feed page, nothing imported from it: %1</source>
        <translation>フィードのページが不正なため、このページからは何も取り込んでいません: %1</translation>
    </message>
    <message>
        <source>The feed gives only summaries; reading the full feed, %1</source>
        <translation>フィードが要約だけなので、全文のフィード %1 を読みます</translation>
    </message>
    <message numerus="yes">
        <source>the feed gives only summaries of the posts (%n of %1 entries have no content; the blog&apos;s feed is set to short), nothing imported from this page</source>
        <translation>
            <numerusform>フィードには投稿の要約しかありません（%1 件中 %n 件のエントリーに本文がありません。ブログのフィードが「短縮」に設定されています）。このページからは何も取り込んでいません</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1: %2 added, %3 updated, %4 unchanged</source>
        <translation>%1 ページ目: 追加 %2、更新 %3、変更なし %4</translation>
    </message>
    <message>
        <source>Looking for posts removed from the blog…</source>
        <translation>ブログから削除された投稿を探しています…</translation>
    </message>
    <message>
        <source>Sync finished</source>
        <translation>同期が完了しました</translation>
    </message>
    <message>
        <source>Sync stopped (%1)</source>
        <translation>同期を中止しました（%1）</translation>
    </message>
</context>
<context>
    <name>FileNode</name>
    <message>
        <source>missing</source>
        <translation>存在しません</translation>
    </message>
    <message>
        <source>a file of the kernel (/proc, /sys)</source>
        <translation>カーネルのファイル（/proc、/sys）</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>a FIFO (a pipe)</source>
        <translation>FIFO（パイプ）</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>キャラクターデバイス</translation>
    </message>
    <message>
        <source>a block device (a disk)</source>
        <translation>ブロックデバイス（ディスク）</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ソケット</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>特殊なファイル</translation>
    </message>
</context>
<context>
    <name>GoldEvaluation</name>
    <message>
        <source>%1: cannot read the gold file: %2</source>
        <translation>%1: 正解ファイルを読み込めません: %2</translation>
    </message>
    <message>
        <source>%1: not a gold file: the header row needs the columns &quot;file&quot; and &quot;line&quot;</source>
        <translation>%1: 正解ファイルではありません。見出し行に &quot;file&quot; と &quot;line&quot; の列が必要です</translation>
    </message>
    <message>
        <source>%1: the gold file has none of the columns %2</source>
        <translation>%1: 正解ファイルに %2 のどの列もありません</translation>
    </message>
    <message>
        <source>%1:%2: a gold row needs a file name and a marker line number</source>
        <translation>%1:%2: 正解の行にはファイル名とマーカー行の行番号が必要です</translation>
    </message>
    <message>
        <source>&lt;no incident&gt;</source>
        <translation>&lt;事件なし&gt;</translation>
    </message>
</context>
<context>
    <name>HttpFetcher</name>
    <message>
        <source>cancelled</source>
        <translation>キャンセルしました</translation>
    </message>
    <message>
        <source>no response within %1 s</source>
        <translation>%1 秒以内に応答がありません</translation>
    </message>
    <message>
        <source>the response stalled (no data for %1 s)</source>
        <translation>応答が止まりました（%1 秒間データなし）</translation>
    </message>
    <message>
        <source>the response is larger than the limit of %1</source>
        <translation>応答が上限の %1 を超えています</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>接続を拒否されました</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>ホストが見つかりません</translation>
    </message>
    <message>
        <source>the server closed the connection without a response</source>
        <translation>サーバーが応答せずに接続を閉じました</translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation>TLS ハンドシェイクに失敗しました: %1</translation>
    </message>
    <message>
        <source>%1 without a Location header</source>
        <translation>%1（Location ヘッダーがありません）</translation>
    </message>
    <message>
        <source>truncated response: %1 of %2 bytes arrived</source>
        <translation>応答が途中で切れています: %2 バイト中 %1 バイトを受信</translation>
    </message>
    <message>
        <source>truncated response: the server closed the connection</source>
        <translation>応答が途中で切れています: サーバーが接続を閉じました</translation>
    </message>
    <message>
        <source>the response broke off: %1</source>
        <translation>応答が途中で切れました: %1</translation>
    </message>
    <message>
        <source>unsupported URL scheme &apos;%1&apos; (only https and http)</source>
        <translation>対応していない URL スキーム &apos;%1&apos; です（https と http のみ）</translation>
    </message>
    <message>
        <source>%1 (after a redirect to %2)</source>
        <translation>%1（%2 へのリダイレクト後）</translation>
    </message>
    <message>
        <source>refused a redirect from %1 to %2 (only to the same scheme or from http to https)</source>
        <translation>%1 から %2 へのリダイレクトを拒否しました（同じスキームへ、または http から https へのみ可能です）</translation>
    </message>
    <message>
        <source>redirect loop: %1 leads back to %2</source>
        <translation>リダイレクトがループしています: %1 から %2 に戻ります</translation>
    </message>
    <message>
        <source>too many redirects (more than %1)</source>
        <translation>リダイレクトが多すぎます（%1 回を超えました）</translation>
    </message>
    <message numerus="yes">
        <source>%1 (gave up after %n attempt(s))</source>
        <translation>
            <numerusform>%1（%n 回試してあきらめました）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, and the server asks to retry after %2 s, longer than the limit of %3 s</source>
        <translation>%1。サーバーは %2 秒後の再試行を求めていますが、上限の %3 秒を超えています</translation>
    </message>
    <message>
        <source>%1; retrying in %2 s (retry %3 of %4)</source>
        <translation>%1。%2 秒後に再試行します（%4 回中 %3 回目）</translation>
    </message>
    <message>
        <source>%1: the feed is not public (a private blog, or it needs a login)</source>
        <translation>%1: フィードが公開されていません（非公開のブログか、ログインが必要です）</translation>
    </message>
    <message>
        <source>%1: there is no feed at this address</source>
        <translation>%1: このアドレスにフィードはありません</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <source>Importing %1 of %2: %3</source>
        <translation>取り込んでいます（%1/%2）: %3</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>the folder holds no files</source>
        <translation>フォルダーにファイルがありません</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>そのようなファイルまたはフォルダーはありません</translation>
    </message>
    <message>
        <source>post at line %1: %2</source>
        <translation>%1 行目の投稿: %2</translation>
    </message>
    <message>
        <source>is a folder of the kernel (/proc, /sys), not pages of the blog: nothing read</source>
        <translation>カーネルのフォルダー（/proc、/sys）で、ブログのページではありません。何も読み込んでいません</translation>
    </message>
    <message>
        <source>skipped: %1, not a regular file</source>
        <translation>スキップしました: %1 で、通常のファイルではありません</translation>
    </message>
    <message>
        <source>not saved: the error in %1 undid the files written with it; import again</source>
        <translation>保存されていません: %1 のエラーで、一緒に書き込んだファイルも取り消されました。もう一度インポートしてください</translation>
    </message>
</context>
<context>
    <name>IncidentHtml</name>
    <message>
        <source>Organization</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>発表日</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>投稿日</translation>
    </message>
    <message>
        <source>from the source label %1</source>
        <translation>ラベル「%1」による</translation>
    </message>
    <message>
        <source>set by you (imported: %1)</source>
        <translation>ユーザーが設定（取り込み時: %1）</translation>
    </message>
    <message>
        <source>by the rules, confidence %1</source>
        <translation>ルールによる判定、確信度 %1</translation>
    </message>
    <message>
        <source>low confidence: check it</source>
        <translation>確信度が低いため確認してください</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>no rule fired</source>
        <translation>一致したルールなし</translation>
    </message>
    <message>
        <source>runner-up: %1 (%2)</source>
        <translation>次点: %1（%2）</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>判定理由</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>業種</translation>
    </message>
    <message>
        <source>Affected</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>follow-up of</source>
        <translation>元の告知</translation>
    </message>
    <message>
        <source>followed by</source>
        <translation>続報</translation>
    </message>
    <message>
        <source>mentions</source>
        <translation>参照</translation>
    </message>
    <message>
        <source>not in the database</source>
        <translation>データベースにありません</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>関連</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>title</source>
        <comment>the field a rule matched in</comment>
        <translation>件名</translation>
    </message>
    <message>
        <source>caption</source>
        <comment>the field a rule matched in</comment>
        <translation>キャプション</translation>
    </message>
    <message>
        <source>body</source>
        <comment>the field a rule matched in</comment>
        <translation>本文</translation>
    </message>
    <message>
        <source>organization</source>
        <comment>the field a rule matched in</comment>
        <translation>組織</translation>
    </message>
    <message>
        <source>%1 (%2, +%3)</source>
        <comment>a rule that fired: its id (the field it matched, weight)</comment>
        <translation>%1（%2、+%3）</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>削除済み</translation>
    </message>
    <message>
        <source>no longer on the blog (noticed by the full sync of %1)</source>
        <translation>ブログから削除（%1 の全件同期で判明）</translation>
    </message>
    <message>
        <source>by the learned model where the rules were unsure, probability %1</source>
        <translation>ルールの確信度が低いため学習モデルが判定、確率 %1</translation>
    </message>
    <message>
        <source>the rules said %1: %2</source>
        <translation>ルールの判定は %1: %2</translation>
    </message>
    <message>
        <source>%1, probability %2 (learned from %3 labelled notices; right %4% of the time when it picks this cause)</source>
        <translation>%1、確率 %2（ラベル付きの告知 %3 件から学習。この原因を選んだときの的中率 %4%）</translation>
    </message>
    <message>
        <source>top features: %1</source>
        <translation>主な特徴: %1</translation>
    </message>
    <message>
        <source>it decided the cause</source>
        <translation>モデルが原因を判定</translation>
    </message>
    <message>
        <source>the rules decided</source>
        <translation>原因はルールが判定</translation>
    </message>
    <message>
        <source>Second opinion</source>
        <translation>第二の意見</translation>
    </message>
    <message>
        <source>other counts: %1</source>
        <translation>ほかの件数: %1</translation>
    </message>
    <message>
        <source>unknown — candidates: %1</source>
        <translation>不明 — 候補: %1</translation>
    </message>
    <message numerus="yes">
        <source>Case timeline (%n post(s))</source>
        <translation>
            <numerusform>事案の経過 (%n 件の投稿)</numerusform>
        </translation>
    </message>
    <message>
        <source>this notice</source>
        <translation>この通知</translation>
    </message>
    <message>
        <source>Discovered</source>
        <translation>判明日</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>発生日</translation>
    </message>
    <message>
        <source>Days to disclosure</source>
        <translation>公表までの日数</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) from discovery to announcement</source>
        <translation>
            <numerusform>判明から公表まで %n 日</numerusform>
        </translation>
    </message>
    <message>
        <source>Data leaked</source>
        <translation>漏えいした情報</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>委託先</translation>
    </message>
    <message>
        <source>At or through a contractor</source>
        <translation>委託先・取引先で発生</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
</context>
<context>
    <name>IncidentStore</name>
    <message>
        <source>cannot prepare statements: %1</source>
        <translation>ステートメントを準備できません: %1</translation>
    </message>
</context>
<context>
    <name>IndexRebuildJob</name>
    <message>
        <source>Rebuilding the search index: %1 of %2 incidents</source>
        <translation>検索インデックスを作り直しています: %2 件中 %1 件</translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>no such file</source>
        <translation>ファイルがありません</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>読み込めません: %1</translation>
    </message>
    <message>
        <source>is a directory</source>
        <translation>フォルダーです</translation>
    </message>
    <message>
        <source>is %1, not a page of the blog: nothing read</source>
        <translation>%1 で、ブログのページではありません。何も読み込んでいません</translation>
    </message>
    <message>
        <source>is %1, not a regular file: nothing read</source>
        <translation>%1 で、通常のファイルではありません。何も読み込んでいません</translation>
    </message>
    <message>
        <source>too large (%1 MB; the limit is %2 MB)</source>
        <translation>大きすぎます（%1 MB。上限は %2 MB）</translation>
    </message>
    <message>
        <source>is not a regular file (reading it would wait for data): nothing read</source>
        <translation>通常のファイルではありません（読むとデータを待ち続けます）。何も読み込んでいません</translation>
    </message>
</context>
<context>
    <name>JapaneseTokenizer</name>
    <message>
        <source>SQLite has no FTS5</source>
        <translation>SQLite に FTS5 がありません</translation>
    </message>
    <message>
        <source>cannot register the FTS5 tokenizer: %1</source>
        <translation>FTS5 のトークナイザーを登録できません: %1</translation>
    </message>
</context>
<context>
    <name>NoticeDates</name>
    <message>
        <source>Occurred</source>
        <translation>発生日</translation>
    </message>
    <message>
        <source>Discovered</source>
        <translation>発覚日</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>報告日</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>復旧日</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>公表日</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>the output takes no more data</source>
        <translation>出力先がこれ以上データを受け付けません</translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>標準出力</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>it is the database&apos;s file %1; writing there would destroy it</source>
        <translation>データベースのファイル %1 です。書き込むとデータベースが壊れます</translation>
    </message>
    <message>
        <source>no output file given</source>
        <translation>出力ファイルが指定されていません</translation>
    </message>
    <message>
        <source>it is a resource built into the program</source>
        <translation>プログラムに組み込まれたリソースです</translation>
    </message>
    <message>
        <source>it names a folder, not a file</source>
        <translation>ファイルではなくフォルダーを指しています</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 はフォルダーではありません</translation>
    </message>
    <message>
        <source>descriptor %1 is not open</source>
        <translation>ファイル記述子 %1 は開かれていません</translation>
    </message>
    <message>
        <source>descriptor %1 is not open for writing</source>
        <translation>ファイル記述子 %1 は書き込み用に開かれていません</translation>
    </message>
    <message>
        <source>it is %1; Jikenbo does not write over disks</source>
        <translation>%1 です。Jikenbo はディスクに書き込みません</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>フォルダーです</translation>
    </message>
    <message>
        <source>it is %1, not a file Jikenbo can write</source>
        <translation>%1 で、Jikenbo が書き込めるファイルではありません</translation>
    </message>
    <message>
        <source>no program is reading from this FIFO</source>
        <translation>この FIFO を読み込んでいるプログラムがありません</translation>
    </message>
    <message>
        <source>it changed while being opened</source>
        <translation>開いている間に別のものに置き換わりました</translation>
    </message>
    <message>
        <source>it is %1</source>
        <translation>%1 です</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>フォルダー %1 は存在しません</translation>
    </message>
    <message>
        <source>cannot save %1: it was not opened</source>
        <translation>%1 を保存できません: 開かれていません</translation>
    </message>
    <message>
        <source>cannot save %1: %2</source>
        <translation>%1 を保存できません: %2</translation>
    </message>
    <message>
        <source>it is a terminal; redirect this binary output to a file or a program</source>
        <translation>端末です。このバイナリ出力はファイルかプログラムにリダイレクトしてください</translation>
    </message>
</context>
<context>
    <name>PostParser</name>
    <message>
        <source>line %1: unreadable marker, post skipped</source>
        <translation>%1 行目: マーカー行を読み取れないため、投稿をスキップしました</translation>
    </message>
    <message>
        <source>【セキュリティ事件簿#%1】%2 (line %3) has no text (the post is empty, cut short or only images); imported with an empty body</source>
        <translation>【セキュリティ事件簿#%1】%2（%3 行目）には本文がありません（空の投稿、途中で切れた投稿、または画像だけの投稿）。本文を空のまま取り込みました</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>コマンドラインオプションのヘルプを表示する。</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Qt 固有のオプションを含むヘルプを表示する。</translation>
    </message>
</context>
<context>
    <name>QueryParser</name>
    <message>
        <source>the query is too long (%1 characters; the limit is %2)</source>
        <translation>クエリが長すぎます（%1 文字。上限は %2 文字）</translation>
    </message>
    <message>
        <source>unclosed quote: add a closing &quot; to end the phrase</source>
        <translation>引用符が閉じていません: フレーズの終わりに &quot; を付けてください</translation>
    </message>
    <message>
        <source>unclosed quote: add a closing &quot; to end the value</source>
        <translation>引用符が閉じていません: 値の終わりに &quot; を付けてください</translation>
    </message>
    <message>
        <source>unexpected &apos;)&apos;: there is no &apos;(&apos; to close</source>
        <translation>&apos;)&apos; が余分です: 対応する &apos;(&apos; がありません</translation>
    </message>
    <message>
        <source>unexpected text</source>
        <translation>予期しない文字列です</translation>
    </message>
    <message>
        <source>OR needs a term before it</source>
        <translation>OR の前に検索語が必要です</translation>
    </message>
    <message>
        <source>expected a search term</source>
        <translation>検索語が必要です</translation>
    </message>
    <message>
        <source>OR needs a term after it</source>
        <translation>OR の後に検索語が必要です</translation>
    </message>
    <message>
        <source>the query nests too deeply (the limit is %1 levels)</source>
        <translation>クエリの入れ子が深すぎます（上限は %1 段）</translation>
    </message>
    <message>
        <source>empty parentheses: expected a search term inside</source>
        <translation>かっこの中が空です: 検索語を入れてください</translation>
    </message>
    <message>
        <source>missing &apos;)&apos; to close the &apos;(&apos; at position %1</source>
        <translation>%1 文字目の &apos;(&apos; を閉じる &apos;)&apos; がありません</translation>
    </message>
    <message>
        <source>too many terms (the limit is %1)</source>
        <translation>検索語が多すぎます（上限は %1 個）</translation>
    </message>
    <message>
        <source>empty phrase: put words between the quotes</source>
        <translation>フレーズが空です: 引用符の間に語を入れてください</translation>
    </message>
    <message>
        <source>unknown field &apos;%1:&apos;; expected one of %2</source>
        <translation>不明なフィールド &apos;%1:&apos; です。次のいずれかを指定してください: %2</translation>
    </message>
    <message>
        <source>&apos;%1:&apos; needs a value, e.g. %2</source>
        <translation>&apos;%1:&apos; には値が必要です（例: %2）</translation>
    </message>
    <message>
        <source>unknown cause &apos;%1&apos;; expected one of %2</source>
        <translation>不明な原因 &apos;%1&apos; です。次のいずれかを指定してください: %2</translation>
    </message>
    <message>
        <source>unknown sector &apos;%1&apos;; expected one of %2</source>
        <translation>不明な業種 &apos;%1&apos; です。次のいずれかを指定してください: %2</translation>
    </message>
    <message>
        <source>unknown origin &apos;%1&apos;; expected label, rule or user</source>
        <translation>不明な根拠 &apos;%1&apos; です。label、rule、user のいずれかを指定してください</translation>
    </message>
    <message>
        <source>unknown value &apos;%1&apos; for has:; expected one of %2</source>
        <translation>has: に不明な値 &apos;%1&apos; です。次のいずれかを指定してください: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a case id; expected e.g. case:2024-012 or case:2024</source>
        <translation>&apos;%1&apos; は事件簿番号ではありません（例: case:2024-012、case:2024）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid value for %2:; expected e.g. %3</source>
        <translation>&apos;%1&apos; は %2: の値として正しくありません（例: %3）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date or date range; expected e.g. %2 (ISO dates, either end may be open)</source>
        <translation>&apos;%1&apos; は日付でも日付の範囲でもありません（例: %2。ISO 形式の日付で、片方の端は省略可）</translation>
    </message>
    <message>
        <source>the date range ends before it starts</source>
        <translation>日付の範囲の終わりが始まりより前です</translation>
    </message>
    <message>
        <source>nothing searchable in the query</source>
        <translation>クエリに検索できる語がありません</translation>
    </message>
    <message>
        <source>unknown value &apos;%1&apos; for is:; expected starred, followup or removed</source>
        <translation>is: の値 &apos;%1&apos; は不明です。starred、followup、removed のいずれかを指定してください</translation>
    </message>
    <message>
        <source>unknown data kind &apos;%1&apos; in data:; expected one of %2</source>
        <translation>data: の種類 &apos;%1&apos; は不明です。次のいずれかを指定してください: %2</translation>
    </message>
    <message>
        <source>unknown value &apos;%1&apos; in via:; expected contractor</source>
        <translation>via: の値 &apos;%1&apos; は不明です。contractor を指定してください</translation>
    </message>
    <message>
        <source>unknown scheme &apos;%1&apos;; expected one of %2, e.g. %3</source>
        <translation>不明な分類体系 &apos;%1&apos; です。%2 のいずれかを指定してください（例: %3）</translation>
    </message>
    <message>
        <source>unknown category &apos;%1&apos; of scheme %2; expected one of %3</source>
        <translation>分類体系 %2 に分類 &apos;%1&apos; はありません。%3 のいずれかを指定してください</translation>
    </message>
</context>
<context>
    <name>QuerySql</name>
    <message>
        <source>%1 (for %2)</source>
        <translation>%1（%2 の同義語）</translation>
    </message>
</context>
<context>
    <name>Reclassifier</name>
    <message>
        <source>reclassifying failed: %1</source>
        <translation>分類し直せませんでした: %1</translation>
    </message>
    <message>
        <source>reclassifying done, but the learned cause model failed: %1</source>
        <translation>分類し直しましたが、学習した原因モデルを更新できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>RelevanceRank</name>
    <message>
        <source>SQLite has no FTS5</source>
        <translation>SQLite に FTS5 がありません</translation>
    </message>
    <message>
        <source>cannot register the FTS5 function %1: %2</source>
        <translation>FTS5 の関数 %1 を登録できません: %2</translation>
    </message>
</context>
<context>
    <name>RuleSet</name>
    <message>
        <source>%1: &quot;%2&quot; must be an object of rule lists keyed by category</source>
        <translation>%1: &quot;%2&quot; は分類ごとのルール一覧を持つオブジェクトでなければなりません</translation>
    </message>
    <message>
        <source>%1: %2.%3 is not a key of the taxonomy</source>
        <translation>%1: %2.%3 は分類のキーではありません</translation>
    </message>
    <message>
        <source>%1: %2.%3 must be a list of rules</source>
        <translation>%1: %2.%3 はルールの一覧でなければなりません</translation>
    </message>
    <message>
        <source>%1: %2 is not a rule object</source>
        <translation>%1: %2 はルールのオブジェクトではありません</translation>
    </message>
    <message>
        <source>%1: %2 needs an id and a pattern</source>
        <translation>%1: %2 には id と pattern が必要です</translation>
    </message>
    <message>
        <source>%1: %2: the id is used twice</source>
        <translation>%1: %2: id が重複しています</translation>
    </message>
    <message>
        <source>%1: %2: unknown field &quot;%3&quot; (expected id, pattern, title, caption, body, organization, comment)</source>
        <translation>%1: %2: 不明なフィールド &quot;%3&quot; です（使えるのは id、pattern、title、caption、body、organization、comment）</translation>
    </message>
    <message>
        <source>%1: %2: the weight &quot;%3&quot; must be a number ≥ 0</source>
        <translation>%1: %2: 重み &quot;%3&quot; は 0 以上の数でなければなりません</translation>
    </message>
    <message>
        <source>%1: %2: invalid pattern at offset %3: %4</source>
        <translation>%1: %2: パターンの %3 文字目が不正です: %4</translation>
    </message>
    <message>
        <source>%1: %2: the pattern matches empty text</source>
        <translation>%1: %2: パターンが空の文字列に一致します</translation>
    </message>
    <message>
        <source>%1: %2 has no weight for any field (title, caption, body, organization)</source>
        <translation>%1: %2 にはどのフィールド（title、caption、body、organization）の重みもありません</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a list</source>
        <translation>%1: &quot;%2&quot; は一覧でなければなりません</translation>
    </message>
    <message>
        <source>%1: %2: &quot;category&quot; must be a taxonomy key</source>
        <translation>%1: %2: &quot;category&quot; は分類のキーでなければなりません</translation>
    </message>
    <message>
        <source>%1: %2: &quot;min_score&quot; must be a number &gt; 0</source>
        <translation>%1: %2: &quot;min_score&quot; は 0 より大きい数でなければなりません</translation>
    </message>
    <message>
        <source>%1: %2: &quot;over&quot; must list the keys it wins over</source>
        <translation>%1: %2: &quot;over&quot; には優先するキーを並べてください</translation>
    </message>
    <message>
        <source>%1: %2: &quot;%3&quot; in &quot;over&quot; is not another taxonomy key</source>
        <translation>%1: %2: &quot;over&quot; の &quot;%3&quot; はほかの分類のキーではありません</translation>
    </message>
    <message>
        <source>%1: cannot read rules file: %2</source>
        <translation>%1: ルールファイルを読み込めません: %2</translation>
    </message>
    <message>
        <source>%1: not a rules file: invalid JSON at offset %2: %3</source>
        <translation>%1: ルールファイルではありません。オフセット %2 の JSON が不正です: %3</translation>
    </message>
    <message>
        <source>%1: fallback_cause or fallback_sector is not a taxonomy key</source>
        <translation>%1: fallback_cause または fallback_sector が分類のキーではありません</translation>
    </message>
    <message>
        <source>%1: a rules file needs &quot;causes&quot; and &quot;sectors&quot; objects</source>
        <translation>%1: ルールファイルには &quot;causes&quot; と &quot;sectors&quot; のオブジェクトが必要です</translation>
    </message>
    <message>
        <source>%1: &quot;min_score&quot; must be a number</source>
        <translation>%1: &quot;min_score&quot; は数でなければなりません</translation>
    </message>
    <message>
        <source>%1: %2: &quot;when_rules&quot; names &quot;%3&quot;, not a rule of &quot;%4&quot;</source>
        <translation>%1: %2: &quot;when_rules&quot; の &quot;%3&quot; は &quot;%4&quot; のルールではありません</translation>
    </message>
</context>
<context>
    <name>SampleNotices</name>
    <message>
        <source>cannot count the sample notices: %1</source>
        <translation>サンプル告知を数えられません: %1</translation>
    </message>
    <message>
        <source>cannot remove the sample notices: %1</source>
        <translation>サンプル告知を削除できません: %1</translation>
    </message>
</context>
<context>
    <name>SchemeMap</name>
    <message>
        <source>expected a non-empty text</source>
        <translation>空でない文字列が必要です</translation>
    </message>
    <message>
        <source>expected a list of texts</source>
        <translation>文字列のリストが必要です</translation>
    </message>
    <message>
        <source>unknown field; expected one of %1</source>
        <translation>不明な項目です。%1 のいずれかを使ってください</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>オブジェクトが必要です</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a key: use letters, digits, _ . and - only</source>
        <translation>&apos;%1&apos; はキーとして使えません。英字、数字、_ . - だけを使ってください</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a colour like #2e86ab</source>
        <translation>&apos;%1&apos; は #2e86ab のような色ではありません</translation>
    </message>
    <message>
        <source>unknown cause &apos;%1&apos;; expected a key of the taxonomy</source>
        <translation>不明な原因 &apos;%1&apos; です。分類のキーを指定してください</translation>
    </message>
    <message>
        <source>unknown sector &apos;%1&apos;</source>
        <translation>不明な業種 &apos;%1&apos; です</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is none of the scheme&apos;s categories</source>
        <translation>&apos;%1&apos; はこの分類体系の分類にありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an id: use small letters, digits and _</source>
        <translation>&apos;%1&apos; は ID として使えません。小文字の英字、数字、_ だけを使ってください</translation>
    </message>
    <message>
        <source>expected a list of categories</source>
        <translation>分類のリストが必要です</translation>
    </message>
    <message>
        <source>&apos;%1&apos; twice</source>
        <translation>&apos;%1&apos; が重複しています</translation>
    </message>
    <message>
        <source>expected a list of rules</source>
        <translation>ルールのリストが必要です</translation>
    </message>
    <message>
        <source>never used: an earlier rule for cause &apos;%1&apos; has no conditions</source>
        <translation>使われないルールです: 原因 &apos;%1&apos; の前のルールに条件がありません</translation>
    </message>
    <message>
        <source>no rule without conditions for cause &apos;%1&apos;: every cause must have a category</source>
        <translation>原因 &apos;%1&apos; に条件なしのルールがありません: どの原因にも分類が必要です</translation>
    </message>
    <message>
        <source>%1: not a schemes file: invalid JSON at offset %2: %3</source>
        <translation>%1: 分類対応のファイルではありません: 位置 %2 の JSON が不正です: %3</translation>
    </message>
    <message>
        <source>expected a list of schemes</source>
        <translation>分類体系のリストが必要です</translation>
    </message>
    <message>
        <source>%1: cannot read schemes file: %2</source>
        <translation>%1: 分類対応のファイルを読めません: %2</translation>
    </message>
    <message>
        <source>%1; using the built-in schemes</source>
        <translation>%1。組み込みの分類対応を使います</translation>
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message>
        <source>%1: cannot rebuild the search index: %2</source>
        <translation>%1: 検索インデックスを作り直せません: %2</translation>
    </message>
    <message>
        <source>cannot rebuild the search index: %1</source>
        <translation>検索インデックスを作り直せません: %1</translation>
    </message>
    <message>
        <source>the search index rebuild was cancelled</source>
        <translation>検索インデックスの作り直しをキャンセルしました</translation>
    </message>
</context>
<context>
    <name>SourceReader</name>
    <message>
        <source>a line is longer than %1 characters: not a page of the blog</source>
        <translation>%1 文字を超える行があります。ブログのページではありません</translation>
    </message>
    <message>
        <source>the file holds no text</source>
        <translation>ファイルに文字がありません</translation>
    </message>
    <message>
        <source>line %1 is longer than %2 characters: not a page of the blog</source>
        <translation>%1 行目が %2 文字を超えています。ブログのページではありません</translation>
    </message>
    <message>
        <source>not a readable Atom feed: %1</source>
        <translation>読み込める Atom フィードではありません: %1</translation>
    </message>
    <message numerus="yes">
        <source>no incident posts found (%n other post(s) skipped)</source>
        <translation>
            <numerusform>事件の投稿が見つかりません（ほかの投稿 %n 件をスキップしました）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryDocumentBuilder</name>
    <message>
        <source>Printed %1</source>
        <translation>印刷日 %1</translation>
    </message>
    <message>
        <source>Page %1 / %2</source>
        <translation>%1 / %2 ページ</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>発表日</translation>
    </message>
    <message>
        <source>%1 (%2: “%3”)</source>
        <translation>%1（%2：「%3」）</translation>
    </message>
    <message>
        <source>from the source label</source>
        <translation>ラベルによる</translation>
    </message>
    <message>
        <source>set by you</source>
        <translation>ユーザーが設定</translation>
    </message>
    <message>
        <source>by rule, confidence %1</source>
        <translation>ルールによる判定、確信度 %1</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>業種</translation>
    </message>
    <message>
        <source>Affected</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>続報</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>yes, of %1</source>
        <translation>%1 の続報</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>事件簿番号</translation>
    </message>
    <message>
        <source>Org.</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>経緯</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>出来事</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>本文</translation>
    </message>
    <message>
        <source>(The notice text is not in the database.)</source>
        <translation>（本文はデータベースにありません）</translation>
    </message>
    <message>
        <source>no incident with key &apos;%1&apos;</source>
        <translation>キー &apos;%1&apos; の事件はありません</translation>
    </message>
</context>
<context>
    <name>SummaryPrinting</name>
    <message>
        <source>Print #%1 %2</source>
        <translation>印刷 #%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>Print %n incident summaries</source>
        <translation>
            <numerusform>事件の概要 %n 件を印刷</numerusform>
        </translation>
    </message>
    <message>
        <source>select the incidents to print first</source>
        <translation>先に印刷する事件を選んでください</translation>
    </message>
    <message>
        <source>select the incidents to export first</source>
        <translation>先に書き出す事件を選んでください</translation>
    </message>
    <message>
        <source>Summary: one page per incident. Full notice: the whole text.</source>
        <translation>概要: 事件ごとに 1 ページ。本文全体: 本文をすべて印刷。</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>レイアウト:</translation>
    </message>
</context>
<context>
    <name>SummaryRenderer</name>
    <message>
        <source>printing needs a QGuiApplication (fonts)</source>
        <translation>印刷には QGuiApplication（フォント）が必要です</translation>
    </message>
    <message>
        <source>the page has no printable area</source>
        <translation>用紙に印刷できる領域がありません</translation>
    </message>
    <message>
        <source>the page is too small for the summary of %1</source>
        <translation>用紙が小さすぎて %1 の概要を印刷できません</translation>
    </message>
    <message>
        <source>nothing to print</source>
        <translation>印刷するものがありません</translation>
    </message>
    <message>
        <source>cannot start printing</source>
        <translation>印刷を開始できません</translation>
    </message>
    <message>
        <source>cannot start a new page</source>
        <translation>新しいページを始められません</translation>
    </message>
    <message>
        <source>printing failed</source>
        <translation>印刷に失敗しました</translation>
    </message>
    <message numerus="yes">
        <source>%n incident summaries</source>
        <translation>
            <numerusform>事件の概要 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>SummarySheetBuilder</name>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>the notice does not say</source>
        <translation>お知らせに記載なし</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1:「%2」</translation>
    </message>
    <message>
        <source>Days to disclosure</source>
        <translation>公表までの日数</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n日</numerusform>
        </translation>
    </message>
    <message>
        <source>from discovery (%1) to announcement (%2)</source>
        <translation>発覚（%1）から公表（%2）まで</translation>
    </message>
    <message>
        <source>needs the dates of discovery and announcement</source>
        <translation>発覚日と公表日の両方が必要</translation>
    </message>
    <message>
        <source>from the source label %1</source>
        <translation>ラベル「%1」による</translation>
    </message>
    <message>
        <source>set by you; imported as %1</source>
        <translation>ユーザーが設定（取り込み時: %1）</translation>
    </message>
    <message>
        <source>by the learned model, probability %1</source>
        <translation>学習モデルによる判定、確率 %1</translation>
    </message>
    <message>
        <source>by the rules, confidence %1</source>
        <translation>ルールによる判定、確信度 %1</translation>
    </message>
    <message>
        <source>rules that matched: %1 (they say %2)</source>
        <translation>一致したルール: %1（判定: %2）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>other counts: %1</source>
        <translation>ほかの件数: %1</translation>
    </message>
    <message>
        <source>unknown — candidates: %1</source>
        <translation>不明 — 候補: %1</translation>
    </message>
    <message>
        <source>the notice states no count</source>
        <translation>お知らせに件数の記載なし</translation>
    </message>
    <message>
        <source>Data leaked</source>
        <translation>漏えいした情報</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>記載なし</translation>
    </message>
    <message>
        <source>Contractor / third party</source>
        <translation>委託先・第三者</translation>
    </message>
    <message>
        <source>yes (%1)</source>
        <translation>あり（%1）</translation>
    </message>
    <message>
        <source>none named in the notice</source>
        <translation>お知らせに記載なし</translation>
    </message>
    <message>
        <source>Key facts</source>
        <translation>主な事実</translation>
    </message>
    <message numerus="yes">
        <source>%n more dated event(s) in the notice</source>
        <translation>
            <numerusform>ほかに日付のある出来事 %n 件（本文参照）</numerusform>
        </translation>
    </message>
    <message>
        <source>Other posts of case #%1</source>
        <translation>この事件簿の他の投稿（#%1）</translation>
    </message>
    <message>
        <source>None in the database.</source>
        <translation>データベースにはありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) in the database.</source>
        <translation>
            <numerusform>データベースに %n 件あります。</numerusform>
        </translation>
    </message>
    <message>
        <source>(follow-up)</source>
        <translation>（続報）</translation>
    </message>
    <message>
        <source>(first notice)</source>
        <translation>（第一報）</translation>
    </message>
    <message numerus="yes">
        <source>%n more post(s)</source>
        <translation>
            <numerusform>ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Notice (opening)</source>
        <translation>本文（冒頭）</translation>
    </message>
    <message numerus="yes">
        <source>… %n more paragraph(s): the Full notice layout prints the whole text.</source>
        <translation>
            <numerusform>… 以下 %n 段落省略。「本文全体」レイアウトで全文を印刷できます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>出典: %1</translation>
    </message>
    <message>
        <source>printing needs a QGuiApplication (fonts)</source>
        <translation>印刷には QGuiApplication が必要です（フォント）</translation>
    </message>
    <message>
        <source>the page has no printable area</source>
        <translation>ページに印刷できる領域がありません</translation>
    </message>
    <message>
        <source>the page is too small for the summary of #%1</source>
        <translation>#%1 の概要を印刷するにはページが小さすぎます</translation>
    </message>
    <message>
        <source>nothing to print</source>
        <translation>印刷するものがありません</translation>
    </message>
    <message>
        <source>the summaries take %1 pages instead of %2</source>
        <translation>概要が %2 ページではなく %1 ページになります</translation>
    </message>
</context>
<context>
    <name>SummarySheetRenderer</name>
    <message numerus="yes">
        <source>%n incident summaries</source>
        <translation>
            <numerusform>事件の概要 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>SyncHistory</name>
    <message>
        <source>cannot read the sync log: %1</source>
        <translation>同期の記録を読めません: %1</translation>
    </message>
</context>
<context>
    <name>SyntheticCorpus</name>
    <message>
        <source>%1: cannot create folder</source>
        <translation>%1: フォルダーを作成できません</translation>
    </message>
</context>
<context>
    <name>Taxonomy</name>
    <message>
        <source>%1: invalid JSON at offset %2: %3</source>
        <translation>%1: オフセット %2 の JSON が不正です: %3</translation>
    </message>
    <message>
        <source>%1: an entry lacks key, ja or en</source>
        <translation>%1: key、ja、en のいずれかがない項目があります</translation>
    </message>
    <message>
        <source>no causes or sectors</source>
        <translation>原因も業種もありません</translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <source>not UTF-16</source>
        <translation>UTF-16 ではありません</translation>
    </message>
    <message>
        <source>no converter for %1</source>
        <translation>%1 の変換器がありません</translation>
    </message>
    <message>
        <source>cannot decode as %1 (ICU error %2)</source>
        <translation>%1 として解読できません（ICU エラー %2）</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>ファイルが空です</translation>
    </message>
    <message>
        <source>not a text file (%1 control characters)</source>
        <translation>テキストファイルではありません（制御文字 %1 個）</translation>
    </message>
    <message>
        <source>not a text file (it contains NUL bytes)</source>
        <translation>テキストファイルではありません（NUL バイトを含みます）</translation>
    </message>
    <message>
        <source>%1 invalid UTF-8 byte sequence(s) replaced with U+FFFD</source>
        <translation>UTF-8 として不正なバイト列 %1 個を U+FFFD に置き換えました</translation>
    </message>
    <message>
        <source>%1 byte sequence(s) not valid in %2 replaced with U+FFFD</source>
        <translation>%2 として不正なバイト列 %1 個を U+FFFD に置き換えました</translation>
    </message>
    <message>
        <source>not text in a supported encoding (UTF-8, UTF-16, Shift_JIS, EUC-JP)</source>
        <translation>対応するエンコーディング（UTF-8、UTF-16、Shift_JIS、EUC-JP）のテキストではありません</translation>
    </message>
</context>
<context>
    <name>TrendChartBuilder</name>
    <message>
        <source>Share of people affected</source>
        <translation>被害人数の割合</translation>
    </message>
    <message>
        <source>Share of incidents</source>
        <translation>事件数の割合</translation>
    </message>
    <message>
        <source>People affected</source>
        <translation>被害人数</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>事件数</translation>
    </message>
    <message>
        <source>%1 Q%2</source>
        <comment>a quarter on the time axis: year, quarter number</comment>
        <translation>%1年Q%2</translation>
    </message>
    <message>
        <source>Days from discovery to announcement</source>
        <translation>判明から公表までの日数</translation>
    </message>
    <message>
        <source>Share of the period&apos;s people affected</source>
        <translation>期間の被害人数に占める割合</translation>
    </message>
    <message>
        <source>Share of the period&apos;s incidents</source>
        <translation>期間の事件数に占める割合</translation>
    </message>
</context>
<context>
    <name>TrendChartExport</name>
    <message>
        <source>%1 incidents</source>
        <translation>%1 件</translation>
    </message>
    <message>
        <source>no date: %1 incidents, not in the chart</source>
        <translation>日付なし: %1 件（グラフには含まれません）</translation>
    </message>
    <message>
        <source>every incident has a date</source>
        <translation>すべての事件に日付があります</translation>
    </message>
    <message>
        <source>Jikenbo</source>
        <translation>Jikenbo</translation>
    </message>
    <message>
        <source>Exported by Jikenbo</source>
        <translation>Jikenbo で書き出し</translation>
    </message>
    <message>
        <source>%1: cannot write the SVG drawing</source>
        <translation>%1: SVG 図形を書き込めません</translation>
    </message>
    <message>
        <source>%1: cannot write the PNG image</source>
        <translation>%1: PNG 画像を書き込めません</translation>
    </message>
    <message>
        <source>%1 with both dates (discovered, announced) in the boxes</source>
        <translation>両方の日付（判明日・公表日）がある %1 件を箱ひげ図に表示</translation>
    </message>
    <message>
        <source>an incident is in each kind of data it leaked</source>
        <translation>1 件の事件を漏えいした情報の種類ごとに数えています</translation>
    </message>
</context>
<context>
    <name>TrendQuery</name>
    <message>
        <source>the matching notices span more than %1 periods; narrow the query</source>
        <translation>一致する告知が %1 期間を超える範囲にわたっています。検索を絞り込んでください</translation>
    </message>
    <message>
        <source>sector</source>
        <translation>業種</translation>
    </message>
    <message>
        <source>cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>None named</source>
        <translation>記載なし</translation>
    </message>
    <message>
        <source>At or through a contractor</source>
        <translation>委託先・取引先で発生</translation>
    </message>
    <message>
        <source>Directly</source>
        <translation>自組織で発生</translation>
    </message>
    <message>
        <source>data leaked</source>
        <translation>漏えいした情報</translation>
    </message>
    <message>
        <source>contractor</source>
        <translation>委託先</translation>
    </message>
</context>
<context>
    <name>UnmappableReport</name>
    <message>
        <source>%1 ×%2 (first in %3, %4)</source>
        <translation>%1 ×%2（最初は %3 の %4）</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform>、ほか %n 種</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) (%1 different) cannot be written in CP932: %2%3</source>
        <translation>
            <numerusform>CP932 で書けない文字が %n 個（%1 種）あります: %2%3</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2 ×%3</source>
        <translation>%1 → %2 ×%3</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) CP932 cannot hold were replaced: %1%2</source>
        <translation>
            <numerusform>CP932 で書けない文字 %n 個を置き換えました: %1%2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerisExportJob</name>
    <message>
        <source>Writing %1…</source>
        <translation>%1 に書き出しています…</translation>
    </message>
</context>
<context>
    <name>VerisExporter</name>
    <message>
        <source>the output</source>
        <translation>出力先</translation>
    </message>
    <message>
        <source>%1 has no scheme &apos;veris&apos; to take the actions from</source>
        <translation>%1 にはアクションを取り出す分類体系 &apos;veris&apos; がありません</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>jikenbo::DetailPane</name>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>戻る (Alt+←)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation>進む (Alt+→)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>進む</translation>
    </message>
    <message>
        <source>Star this incident</source>
        <translation>この事件にスターを付ける</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>スター</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>本文</translation>
    </message>
    <message>
        <source>Cause override</source>
        <translation>原因の変更</translation>
    </message>
    <message>
        <source>tags, separated by commas</source>
        <translation>タグ（カンマ区切り）</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Your note about this incident</source>
        <translation>この事件についてのメモ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>メモを保存</translation>
    </message>
    <message>
        <source>Cause:</source>
        <translation>原因:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>タグ:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>メモ:</translation>
    </message>
    <message>
        <source>Select an incident to read its notice.</source>
        <translation>事件を選ぶと本文を表示します。</translation>
    </message>
    <message>
        <source>This incident is no longer in the database.</source>
        <translation>この事件はもうデータベースにありません。</translation>
    </message>
    <message>
        <source>As imported: %1</source>
        <translation>取り込み時: %1</translation>
    </message>
</context>
<context>
    <name>jikenbo::ExportDialog</name>
    <message>
        <source>Export as CSV</source>
        <translation>CSV に書き出す</translation>
    </message>
    <message>
        <source>Excel: UTF-8 with BOM</source>
        <translation>Excel: UTF-8（BOM 付き）</translation>
    </message>
    <message>
        <source>Excel, older Japanese versions: Shift_JIS (CP932)</source>
        <translation>Excel（古い日本語版）: Shift_JIS（CP932）</translation>
    </message>
    <message>
        <source>UTF-8 without BOM (other programs, scripts)</source>
        <translation>UTF-8（BOM なし、その他のソフト・スクリプト向け）</translation>
    </message>
    <message>
        <source>Windows line endings (CRLF)</source>
        <translation>Windows の改行（CRLF）</translation>
    </message>
    <message>
        <source>Replace characters Shift_JIS cannot hold (〜 → ～, others → ?)</source>
        <translation>Shift_JIS で書けない文字を置き換える（〜 → ～、その他 → ?）</translation>
    </message>
    <message>
        <source>Without this, the export stops and lists the characters before writing anything.</source>
        <translation>オフの場合は何も書き出さずに、該当する文字を一覧で示します。</translation>
    </message>
    <message>
        <source>Column names in the program&apos;s language</source>
        <translation>列名（表示言語）</translation>
    </message>
    <message>
        <source>Stable keys, also for cause and sector (for scripts)</source>
        <translation>固定キー（原因・業種もキーで、スクリプト向け）</translation>
    </message>
    <message>
        <source>Protect against formula injection</source>
        <translation>数式の埋め込みを防ぐ</translation>
    </message>
    <message>
        <source>Spreadsheets run a cell that starts with =, +, -, @, a tab or a line break as a formula, so text from a notice or a note could run commands or send data elsewhere when the file is opened. This puts an apostrophe (&apos;) before such cells so they stay text. Turn it off only for programs that are not spreadsheets.</source>
        <translation>表計算ソフトは =、+、-、@、タブ、改行で始まるセルを数式として実行します。本文やメモの文字列によって、ファイルを開いたときにコマンドが実行されたり、データが外部に送られたりするおそれがあります。このようなセルの先頭にアポストロフィ（&apos;）を付けて文字列のままにします。表計算ソフト以外で使う場合にだけオフにしてください。</translation>
    </message>
    <message>
        <source>Move the column up</source>
        <translation>列を上へ</translation>
    </message>
    <message>
        <source>Move the column down</source>
        <translation>列を下へ</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>書き出す…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>形式(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Header:</source>
        <translation>見出し行(&amp;H):</translation>
    </message>
    <message>
        <source>Columns (checked ones are written, in this order)</source>
        <translation>列（チェックした列をこの順で書き出します）</translation>
    </message>
    <message>
        <source>%1 incident(s) match the current search; all of them are exported.</source>
        <translation>現在の検索に一致する %1 件をすべて書き出します。</translation>
    </message>
</context>
<context>
    <name>jikenbo::FacetPanel</name>
    <message>
        <source>Facets</source>
        <translation>絞り込み</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>業種</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Show only %1 (adds %2 to the search)</source>
        <translation>%1 だけを表示（検索に %2 を追加）</translation>
    </message>
    <message>
        <source>Data leaked</source>
        <translation>漏えいした情報</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>委託先</translation>
    </message>
    <message>
        <source>At or through a contractor</source>
        <translation>委託先・取引先で発生</translation>
    </message>
</context>
<context>
    <name>jikenbo::IncidentBrowser</name>
    <message>
        <source>Query failed: %1</source>
        <translation>検索に失敗しました: %1</translation>
    </message>
    <message>
        <source>Jikenbo</source>
        <translation>Jikenbo</translation>
    </message>
    <message>
        <source>Note saved</source>
        <translation>メモを保存しました</translation>
    </message>
    <message>
        <source>%1 of %2 incidents</source>
        <translation>%2 件中 %1 件</translation>
    </message>
    <message>
        <source>(searching…)</source>
        <translation>（検索中…）</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No incidents yet&lt;/h3&gt;&lt;p&gt;Import pages of the blog with &lt;b&gt;File → Import Files…&lt;/b&gt; (Ctrl+O), drop files or folders on this window, or bring the database up to date with &lt;b&gt;File → Sync from the Blog&lt;/b&gt; (F6).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;事件はまだありません&lt;/h3&gt;&lt;p&gt;&lt;b&gt;ファイル → ファイルを取り込む…&lt;/b&gt;（Ctrl+O）でブログのページを取り込むか、ファイルやフォルダーをこのウィンドウにドロップするか、&lt;b&gt;ファイル → ブログから同期&lt;/b&gt;（F6）でデータベースを最新にしてください。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No incidents match&lt;/h3&gt;&lt;p&gt;Nothing matches &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Remove a term, or press Esc in the search box to see all %2 incidents.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;一致する事件はありません&lt;/h3&gt;&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; に一致するものはありません。&lt;/p&gt;&lt;p&gt;検索語を減らすか、検索ボックスで Esc キーを押すと全 %2 件を表示します。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>jikenbo::IncidentRowMenu</name>
    <message>
        <source>Copy Case ID</source>
        <translation>事件簿番号をコピー</translation>
    </message>
    <message>
        <source>Copy Title</source>
        <translation>件名をコピー</translation>
    </message>
    <message>
        <source>Copy Organization</source>
        <translation>組織をコピー</translation>
    </message>
    <message>
        <source>Copy Source URL</source>
        <translation>出典の URL をコピー</translation>
    </message>
    <message>
        <source>Open Source in Browser</source>
        <translation>出典をブラウザーで開く</translation>
    </message>
    <message>
        <source>Remove Star</source>
        <translation>スターを外す</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>スターを付ける</translation>
    </message>
</context>
<context>
    <name>jikenbo::IncidentTableModel</name>
    <message>
        <source>Case</source>
        <translation>事件簿番号</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>発表日</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>業種</translation>
    </message>
    <message>
        <source>Affected</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>from the source label %1</source>
        <translation>ラベル「%1」による</translation>
    </message>
    <message>
        <source>set by you</source>
        <translation>ユーザーが設定</translation>
    </message>
    <message>
        <source>by the rules, confidence %1</source>
        <translation>ルールによる判定、確信度 %1</translation>
    </message>
</context>
<context>
    <name>jikenbo::IncidentTableView</name>
    <message>
        <source>Incidents</source>
        <translation>事件一覧</translation>
    </message>
    <message>
        <source>Reset column widths</source>
        <translation>列の幅を元に戻す</translation>
    </message>
</context>
<context>
    <name>jikenbo::JobStatusView</name>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>キャンセルしています…</translation>
    </message>
</context>
<context>
    <name>jikenbo::MainActions</name>
    <message>
        <source>&amp;Import Files…</source>
        <translation>ファイルを取り込む(&amp;I)…</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>フォルダーを取り込む(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Sync from the Blog</source>
        <translation>ブログから同期(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV に書き出す(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>PDF に書き出す(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <source>Notice on the &amp;Right</source>
        <translation>本文を右に表示(&amp;R)</translation>
    </message>
    <message>
        <source>Notice &amp;Below</source>
        <translation>本文を下に表示(&amp;B)</translation>
    </message>
    <message>
        <source>Show Japanese &amp;Era Dates</source>
        <translation>和暦の日付を表示(&amp;E)</translation>
    </message>
    <message>
        <source>Search &amp;Synonyms Too</source>
        <translation>同義語も検索(&amp;S)</translation>
    </message>
    <message>
        <source>Also find wider synonyms, e.g. 漏えい finds 流出</source>
        <translation>より広い同義語も検索します（例: 漏えい で 流出 も見つかる）</translation>
    </message>
    <message>
        <source>Order by &amp;Relevance</source>
        <translation>関連度順に並べる(&amp;R)</translation>
    </message>
    <message>
        <source>Best matches of the search words first (click a column header to sort by it again)</source>
        <translation>検索語によく一致するものから表示します（列の見出しをクリックすると、その列で並べ直します）</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Classify All Again</source>
        <translation>すべて分類し直す(&amp;C)</translation>
    </message>
    <message>
        <source>Run the classification rules over every incident again; your overrides stay</source>
        <translation>すべての事件に分類ルールをもう一度適用します。自分で設定した原因はそのまま残ります</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>検索(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>戻る(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>進む(&amp;F)</translation>
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
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Search Syntax</source>
        <translation>検索の書き方(&amp;S)</translation>
    </message>
    <message>
        <source>Search Syntax</source>
        <translation>検索の書き方</translation>
    </message>
    <message>
        <source>&amp;About Jikenbo</source>
        <translation>Jikenbo について(&amp;A)</translation>
    </message>
    <message>
        <source>About Jikenbo</source>
        <translation>Jikenbo について</translation>
    </message>
    <message>
        <source>Jikenbo %1 — a browser for Japanese security-incident notices.
Licensed under the GNU GPL, version 3 or later.</source>
        <translation>Jikenbo %1 — 日本のセキュリティ事件の公表文を閲覧するソフトウェアです。
ライセンス: GNU GPL バージョン 3 以降。</translation>
    </message>
    <message>
        <source>Export VERIS JSON &amp;Lines…</source>
        <translation>VERIS JSON Lines で書き出す(&amp;L)…</translation>
    </message>
    <message>
        <source>Write the incidents the search matches as VERIS-shaped JSON Lines, for VCDB-style tools</source>
        <translation>検索に一致する事件を VERIS の形の JSON Lines で書き出します（VCDB 向けツール用）</translation>
    </message>
    <message>
        <source>Words must all match (紛失 USBメモリ); &quot;quoted phrase&quot;; -word excludes; a OR b.
Fields: cause:ransomware or cause:設定ミス, sector:medical, org:病院, case:2024-012, year:2023, date:2023-01-01..2023-06-30 (either end open), affected:&gt;1000 or 100..500, label:設定ミス, origin:label|rule|user, confidence:&lt;0.5, tag:…, is:starred, has:note, has:date, has:affected, has:data.
Found and happened: discovered:2024-01-01..2024-03-31, occurred:2024-03; days from discovery to announcement: lag:&gt;30, lag:&lt;=7, lag:10..30; data leaked: data:card (name, address, phone, email, birth_date, card, bank_account, my_number, health, credentials, student_records, employee_records, other); via:contractor.
Width, case and katakana/hiragana are ignored.</source>
        <translation>語はすべて一致する必要があります（紛失 USBメモリ）。&quot;引用符で囲んだフレーズ&quot;、-語 で除外、a OR b。
フィールド: cause:ransomware または cause:設定ミス、sector:medical、org:病院、case:2024-012、year:2023、date:2023-01-01..2023-06-30（片方の端は省略可）、affected:&gt;1000 または 100..500、label:設定ミス、origin:label|rule|user、confidence:&lt;0.5、tag:…、is:starred、has:note、has:date、has:affected、has:data。
判明日と発生日: discovered:2024-01-01..2024-03-31、occurred:2024-03。判明から公表までの日数: lag:&gt;30、lag:&lt;=7、lag:10..30。漏えいした情報: data:card（name、address、phone、email、birth_date、card、bank_account、my_number、health、credentials、student_records、employee_records、other）。委託先経由: via:contractor。
全角・半角、大文字・小文字、カタカナ・ひらがなの違いは区別しません。</translation>
    </message>
</context>
<context>
    <name>jikenbo::MainWindow</name>
    <message>
        <source>Jikenbo — %1</source>
        <translation>Jikenbo — %1</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>事件一覧</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>傾向</translation>
    </message>
    <message>
        <source>Jikenbo</source>
        <translation>Jikenbo</translation>
    </message>
    <message>
        <source>Cancel the running task</source>
        <translation>実行中の処理をキャンセルします</translation>
    </message>
    <message>
        <source>A task is still running. Cancel it and quit?</source>
        <translation>処理を実行中です。キャンセルして終了しますか?</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>The classification rules changed. Classify every incident again now? Your overrides stay.</source>
        <translation>分類ルールが変わりました。すべての事件を今すぐ分類し直しますか? 自分で設定した原因はそのまま残ります。</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>表示の切り替え</translation>
    </message>
    <message>
        <source>%1 sample notices removed; %2 of your annotations on them kept.</source>
        <translation>サンプル告知を %1 件削除しました。それらに付けた注記 %2 件は残しています。</translation>
    </message>
    <message>
        <source>Remove Sample Notices</source>
        <translation>サンプル告知を削除</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>エクスポートをキャンセルします</translation>
    </message>
</context>
<context>
    <name>jikenbo::PrintLayoutDialog</name>
    <message>
        <source>Export PDF</source>
        <translation>PDF に書き出す</translation>
    </message>
    <message>
        <source>One page per incident: the key facts with their evidence, a short timeline, the other posts of the case and the opening of the notice.</source>
        <translation>事件ごとに 1 ページ: 主な事実とその根拠、短い経緯、この事件簿の他の投稿、本文の冒頭。</translation>
    </message>
    <message>
        <source>The whole notice with its fields and timeline, over as many pages as it takes.</source>
        <translation>項目と経緯を含む本文全体を、必要なページ数で印刷します。</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>書き出す…</translation>
    </message>
    <message>
        <source>Layout of the PDF:</source>
        <translation>PDF のレイアウト:</translation>
    </message>
    <message>
        <source>Full notice</source>
        <translation>本文全体</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
</context>
<context>
    <name>jikenbo::SampleCorpusBar</name>
    <message>
        <source>About the sample notices</source>
        <translation>サンプル告知について</translation>
    </message>
    <message>
        <source>Download the Blog&apos;s Notices</source>
        <translation>ブログの告知をダウンロード</translation>
    </message>
    <message>
        <source>Remove Sample Notices</source>
        <translation>サンプル告知を削除</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>このメッセージを隠す</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>再試行</translation>
    </message>
</context>
<context>
    <name>jikenbo::SampleCorpusController</name>
    <message>
        <source>Remove &amp;Sample Notices</source>
        <translation>サンプル告知を削除(&amp;S)</translation>
    </message>
    <message>
        <source>Delete the fictional sample notices; imported notices and your notes stay</source>
        <translation>架空のサンプル告知を削除します。取り込んだ告知とメモは残ります</translation>
    </message>
    <message>
        <source>The blog&apos;s notices are here: %1 new and %2 updated came in with the last sync. The %3 fictional sample notices are still in the list.</source>
        <translation>ブログの告知が届きました。前回の同期で新規 %1 件、更新 %2 件。架空のサンプル告知 %3 件はまだ一覧に残っています。</translation>
    </message>
    <message>
        <source>Downloading the notices of %1… Progress and Cancel are in the status bar; you can keep working meanwhile.</source>
        <translation>%1 の告知をダウンロードしています… 進み具合とキャンセルはステータスバーにあります。その間も作業を続けられます。</translation>
    </message>
    <message>
        <source>Could not download the notices of %1: %2. The %3 sample notices stay usable; try again when you are online.</source>
        <translation>%1 の告知をダウンロードできませんでした: %2。サンプル告知 %3 件はそのまま使えます。オンラインのときにもう一度お試しください。</translation>
    </message>
    <message>
        <source>The last download was cancelled; the next one continues it.</source>
        <translation>前回のダウンロードはキャンセルされました。次のダウンロードはその続きから始まります。</translation>
    </message>
    <message>
        <source>the sync was interrupted</source>
        <translation>同期が中断されました</translation>
    </message>
    <message>
        <source>Last synced %1: %2 new, %3 updated</source>
        <translation>最終同期 %1: 新規 %2 件、更新 %3 件</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>まだ同期していません</translation>
    </message>
    <message>
        <source>Sync failed: %1. The notices are as of %2.</source>
        <translation>同期に失敗しました: %1。告知は %2 時点のものです。</translation>
    </message>
    <message>
        <source>Sync failed: %1. The notices here stay usable.</source>
        <translation>同期に失敗しました: %1。手元の告知はそのまま使えます。</translation>
    </message>
    <message>
        <source>These %1 notices are fictional samples, written to show how Jikenbo works. Download the notices of %2 to work with real ones.</source>
        <translation>この %1 件の告知は、Jikenbo の使い方を示すために書いた架空のサンプルです。実際の告知を扱うには %2 の告知をダウンロードしてください。</translation>
    </message>
</context>
<context>
    <name>jikenbo::SearchBar</name>
    <message>
        <source>Search (Ctrl+F): 紛失 USBメモリ, cause:ransomware, org:病院, year:2023, affected:&gt;1000 …</source>
        <translation>検索 (Ctrl+F): 紛失 USBメモリ, cause:ransomware, org:病院, year:2023, affected:&gt;1000 …</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Words and field terms such as cause:, sector:, org:, case:, year:, date:, affected:, label:</source>
        <translation>語と、cause:、sector:、org:、case:、year:、date:、affected:、label: などのフィールド指定</translation>
    </message>
    <message>
        <source>Position %1: %2</source>
        <translation>%1 文字目: %2</translation>
    </message>
    <message>
        <source>Also searching: %1</source>
        <translation>ほかに検索している語: %1</translation>
    </message>
</context>
<context>
    <name>jikenbo::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>システムに合わせる</translation>
    </message>
    <message>
        <source>The language changes when Jikenbo starts next.</source>
        <translation>言語の変更は Jikenbo の次回起動時に反映されます。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>Show the Japanese era beside dates (令和6年1月9日)</source>
        <translation>日付の横に和暦を表示する（令和6年1月9日）</translation>
    </message>
    <message>
        <source>Feed address</source>
        <translation>フィードのアドレス</translation>
    </message>
    <message>
        <source>&amp;Feed to sync from:</source>
        <translation>同期するフィード(&amp;F):</translation>
    </message>
    <message>
        <source>Built-in rules</source>
        <translation>組み込みのルール</translation>
    </message>
    <message>
        <source>Classification rules file</source>
        <translation>分類ルールのファイル</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Use Built-in</source>
        <translation>組み込みを使う</translation>
    </message>
    <message>
        <source>Classification &amp;rules:</source>
        <translation>分類ルール(&amp;R):</translation>
    </message>
    <message>
        <source>Classification Rules</source>
        <translation>分類ルール</translation>
    </message>
    <message>
        <source>Rules (*.json);;All files (*)</source>
        <translation>ルール (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>The feed address must be an http or https URL.</source>
        <translation>フィードのアドレスは http または https の URL でなければなりません。</translation>
    </message>
    <message>
        <source>Reset to the Blog&apos;s Feed</source>
        <translation>ブログのフィードに戻す</translation>
    </message>
    <message>
        <source>Sync when Jikenbo starts (in the background)</source>
        <translation>Jikenbo の起動時に同期する（バックグラウンドで）</translation>
    </message>
</context>
<context>
    <name>jikenbo::TrendControlsBar</name>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>四半期</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Split by</source>
        <translation>内訳</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>業種</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>集計対象</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>事件数</translation>
    </message>
    <message>
        <source>People affected</source>
        <translation>被害人数</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>縦軸</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>実数</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>割合 (100%)</translation>
    </message>
    <message>
        <source>Each period&apos;s bar as 100%, split into shares</source>
        <translation>各期間の棒を 100% として内訳の割合で表示します</translation>
    </message>
    <message>
        <source>Patterns</source>
        <translation>模様</translation>
    </message>
    <message>
        <source>Fill each category with a pattern as well as its colour</source>
        <translation>分類ごとに色に加えて模様でも塗り分けます</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>Show the numbers as a table</source>
        <translation>数値を表で表示します</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Return to the query before the last click on a bar (Alt+Left)</source>
        <translation>グラフの棒をクリックする前の検索に戻ります (Alt+←)</translation>
    </message>
    <message>
        <source>Show Incidents</source>
        <translation>事件を表示</translation>
    </message>
    <message>
        <source>Show the incidents of the chart in the table</source>
        <translation>グラフの事件を一覧に表示します</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>書き出し</translation>
    </message>
    <message>
        <source>Save or copy the chart</source>
        <translation>グラフを保存またはコピーします</translation>
    </message>
    <message>
        <source>Save as PNG or SVG…</source>
        <translation>PNG または SVG で保存…</translation>
    </message>
    <message>
        <source>Copy to Clipboard</source>
        <translation>クリップボードにコピー</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期間(&amp;P):</translation>
    </message>
    <message>
        <source>Split &amp;by:</source>
        <translation>内訳(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>集計対象(&amp;M):</translation>
    </message>
    <message>
        <source>S&amp;cale:</source>
        <translation>縦軸(&amp;C):</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>分類体系</translation>
    </message>
    <message>
        <source>Count the causes in the categories of a survey (schemes.json); a click on a bar lists the incidents behind it</source>
        <translation>原因を調査の分類で数えます（schemes.json）。棒をクリックするとその事件を一覧します</translation>
    </message>
    <message>
        <source>Jikenbo</source>
        <translation>Jikenbo</translation>
    </message>
    <message>
        <source>Jikenbo&apos;s own causes (the taxonomy)</source>
        <translation>Jikenbo 自身の原因（分類）</translation>
    </message>
    <message>
        <source>Data leaked</source>
        <translation>漏えいした情報</translation>
    </message>
    <message>
        <source>The kinds of personal data the notice says leaked; an incident counts once for each</source>
        <translation>お知らせが漏えいしたとする個人情報の種類。1 件の事件は種類ごとに 1 回ずつ数えます</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>委託先</translation>
    </message>
    <message>
        <source>Whether it happened at or through a contractor, supplier or service provider</source>
        <translation>委託先・取引先・サービス提供事業者で、またはそれらを経由して発生したか</translation>
    </message>
    <message>
        <source>Days to disclosure</source>
        <translation>公表までの日数</translation>
    </message>
    <message>
        <source>Days from discovering the incident to announcing it: median, quartiles and range per period (a box plot)</source>
        <translation>事件の判明から公表までの日数: 期間ごとの中央値、四分位、範囲（箱ひげ図）</translation>
    </message>
</context>
<context>
    <name>jikenbo::TrendExportDialog</name>
    <message>
        <source>Export Chart</source>
        <translation>グラフを書き出す</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG 画像</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>SVG 図形</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>カスタム</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>形式(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>サイズ(&amp;S):</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>書き出す…</translation>
    </message>
</context>
<context>
    <name>jikenbo::TrendModel</name>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Size unknown</source>
        <translation>規模不明</translation>
    </message>
    <message>
        <source>%1 (%2–%3) · %4</source>
        <comment>days to disclosure: median (quartiles) · incidents</comment>
        <translation>%1（%2–%3）· %4 件</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全体</translation>
    </message>
</context>
<context>
    <name>jikenbo::TrendView</name>
    <message>
        <source>Counting failed: %1</source>
        <translation>集計に失敗しました: %1</translation>
    </message>
    <message>
        <source>Trend chart</source>
        <translation>傾向グラフ</translation>
    </message>
    <message>
        <source>Double-click or press Enter on a number to narrow the search to it</source>
        <translation>数値をダブルクリックするか Enter キーを押すと、その条件で検索を絞り込みます</translation>
    </message>
    <message>
        <source>Shares: %1</source>
        <translation>割合: %1</translation>
    </message>
    <message>
        <source>%1 — all incidents</source>
        <translation>%1 — すべての事件</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>集計しています…</translation>
    </message>
    <message>
        <source>%1 incidents</source>
        <translation>%1 件</translation>
    </message>
    <message>
        <source>no date: %1 incidents, not in the chart (&lt;a href=&quot;undated&quot;&gt;search for them&lt;/a&gt;)</source>
        <translation>日付なし: %1 件（グラフには含まれません。&lt;a href=&quot;undated&quot;&gt;これらを検索&lt;/a&gt;）</translation>
    </message>
    <message>
        <source>every incident has a date</source>
        <translation>すべての事件に日付があります</translation>
    </message>
    <message>
        <source>%1 dated incidents of unknown size, counted in the grey band below</source>
        <translation>日付があり規模が不明な事件 %1 件（下の灰色の帯に表示）</translation>
    </message>
    <message>
        <source>hidden: %1 (click the legend to show)</source>
        <translation>非表示: %1（凡例をクリックすると表示）</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No incidents match&lt;/h3&gt;&lt;p&gt;The chart shows what the search matches.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;一致する事件はありません&lt;/h3&gt;&lt;p&gt;グラフには検索に一致する事件を表示します。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No dates&lt;/h3&gt;&lt;p&gt;None of the %1 matching incidents has a date. &lt;a href=&quot;undated&quot;&gt;Search for them&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;日付がありません&lt;/h3&gt;&lt;p&gt;一致する %1 件のどれにも日付がありません。&lt;a href=&quot;undated&quot;&gt;これらを検索&lt;/a&gt;。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>People affected: %1 (%2 of %3)
Incidents: %4, of unknown size: %5</source>
        <translation>被害人数: %1（%3 の %2）
事件数: %4、うち規模不明: %5</translation>
    </message>
    <message>
        <source>Incidents: %1 (%2 of %3)</source>
        <translation>事件数: %1（%3 の %2）</translation>
    </message>
    <message>
        <source>Click to narrow the search to these</source>
        <translation>クリックするとこれらに検索を絞り込みます</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>グラフを書き出す</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 図形 (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>事件数</translation>
    </message>
    <message>
        <source>People affected</source>
        <translation>被害人数</translation>
    </message>
    <message>
        <source>Days from discovery to announcement</source>
        <translation>判明から公表までの日数</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>月別</translation>
    </message>
    <message>
        <source>per quarter</source>
        <translation>四半期別</translation>
    </message>
    <message>
        <source>per year</source>
        <translation>年別</translation>
    </message>
    <message>
        <source>category of %1</source>
        <translation>%1の分類</translation>
    </message>
    <message>
        <source>%1 %2, by %3</source>
        <comment>measure, period, categories: Incidents per month, by cause</comment>
        <translation>%2の%1（%3別）</translation>
    </message>
    <message>
        <source>%1 (median, quartiles, shortest and longest)</source>
        <translation>%1（中央値・四分位・最短・最長）</translation>
    </message>
    <message>
        <source>%1 dated incidents state when the incident was discovered and when it was announced: only they are in the boxes</source>
        <translation>判明日と公表日の両方を記した日付のある事件は %1 件で、箱ひげ図にはそれだけが入ります</translation>
    </message>
    <message>
        <source>an incident is counted once for each kind of data it leaked</source>
        <translation>1 件の事件は漏えいした情報の種類ごとに 1 回ずつ数えています</translation>
    </message>
    <message>
        <source>No incident states both dates</source>
        <translation>両方の日付を記した事件はありません</translation>
    </message>
    <message>
        <source>Days from discovery to announcement: median %1, quartiles %2–%3, shortest %4, longest %5
Incidents with both dates: %6 (of %7 in this category and period)</source>
        <translation>判明から公表までの日数: 中央値 %1、四分位 %2–%3、最短 %4、最長 %5
両方の日付がある事件: %6 件（この分類・期間の %7 件中）</translation>
    </message>
    <message>
        <source>Click to list these incidents</source>
        <translation>クリックでこれらの事件を一覧</translation>
    </message>
</context>
<context>
    <name>jikenbo::UnknownSizeStrip</name>
    <message>
        <source>Incidents of unknown size (not in the people counts)</source>
        <translation>規模が不明な事件（人数には含まれません）</translation>
    </message>
    <message>
        <source>None: every dated incident states how many people it affected.</source>
        <translation>なし: 日付のある事件はすべて被害人数が分かっています。</translation>
    </message>
    <message>
        <source>%1
Incidents of unknown size: %2
Click to search for them</source>
        <translation>%1
規模が不明な事件: %2
クリックするとこれらを検索します</translation>
    </message>
</context>
<context>
    <name>jikenbo::WindowTasks</name>
    <message>
        <source>Using the built-in rules: %1</source>
        <translation>組み込みのルールを使います: %1</translation>
    </message>
    <message>
        <source>Import Pages</source>
        <translation>ページを取り込む</translation>
    </message>
    <message>
        <source>Blog pages (*.txt *.html *.htm *.xml *.atom);;All files (*)</source>
        <translation>ブログのページ (*.txt *.html *.htm *.xml *.atom);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Import a Folder of Pages</source>
        <translation>ページのフォルダーを取り込む</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>取り込んでいます…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>取り込み</translation>
    </message>
    <message>
        <source>Adding the sample incidents…</source>
        <translation>サンプルの事件を追加しています…</translation>
    </message>
    <message>
        <source>%1 file(s): %2 added, %3 updated, %4 unchanged, %5 other post(s) skipped, %6 error(s).</source>
        <translation>%1 ファイル: 追加 %2 件、更新 %3 件、変更なし %4 件、スキップしたほかの投稿 %5 件、エラー %6 件。</translation>
    </message>
    <message>
        <source>Cancelled. Files finished before that are imported.</source>
        <translation>キャンセルしました。それまでに終わったファイルは取り込まれています。</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>同期しています…</translation>
    </message>
    <message>
        <source>%1 page(s): %2 added, %3 updated, %4 unchanged, %5 other post(s) skipped, %6 error(s).</source>
        <translation>%1 ページ: 追加 %2 件、更新 %3 件、変更なし %4 件、スキップしたほかの投稿 %5 件、エラー %6 件。</translation>
    </message>
    <message>
        <source>Cancelled. Pages finished before that are imported; the next sync goes on from there.</source>
        <translation>キャンセルしました。それまでに終わったページは取り込み済みです。次の同期はその続きから行います。</translation>
    </message>
    <message>
        <source>Resumed the sync that stopped before.</source>
        <translation>前回中断した同期を再開しました。</translation>
    </message>
    <message numerus="yes">
        <source>Full pass: %n post(s) no longer on the blog marked removed (kept, with your notes).</source>
        <translation>
            <numerusform>全件確認: ブログから消えた %n 件の投稿を削除済みとしました（メモとともに保持）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n post(s))</source>
        <translation>
            <numerusform>%1（%n 件）</numerusform>
        </translation>
    </message>
    <message>
        <source>Unmapped label(s), kept as labels but deciding no cause: %1</source>
        <translation>対応付けのないラベル（ラベルとして保持しますが原因の判定には使いません）: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n unmapped label(s).</source>
        <translation>
            <numerusform>対応付けのないラベルが %n 個あります。</numerusform>
        </translation>
    </message>
    <message>
        <source>new</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>修正</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>復活</translation>
    </message>
    <message>
        <source>relabelled</source>
        <translation>ラベル変更</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同期</translation>
    </message>
    <message>
        <source>Classifying…</source>
        <translation>分類しています…</translation>
    </message>
    <message>
        <source>Cancelled; nothing changed.</source>
        <translation>キャンセルしました。何も変わっていません。</translation>
    </message>
    <message>
        <source>%1 incidents classified again: %2 changed cause, %3 changed sector; %4 of your overrides kept.</source>
        <translation>%1 件を分類し直しました: 原因が変わったもの %2 件、業種が変わったもの %3 件。自分で設定した %4 件はそのままです。</translation>
    </message>
    <message>
        <source>Classify All Again</source>
        <translation>すべて分類し直す</translation>
    </message>
    <message>
        <source>Rebuilding the search index…</source>
        <translation>検索インデックスを作り直しています…</translation>
    </message>
    <message>
        <source>Search index</source>
        <translation>検索インデックス</translation>
    </message>
    <message>
        <source>The search index is up to date.</source>
        <translation>検索インデックスは最新です。</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV に書き出す</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>書き出しています…</translation>
    </message>
    <message>
        <source>%1 incidents written to %2.</source>
        <translation>%1 件を %2 に書き出しました。</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>書き出しをキャンセルしました。ファイルは書き込んでいません。</translation>
    </message>
    <message>
        <source>Replace these characters and export?</source>
        <translation>これらの文字を置き換えて書き出しますか?</translation>
    </message>
    <message>
        <source>Select the incidents to print first.</source>
        <translation>先に印刷する事件を選んでください。</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>印刷</translation>
    </message>
    <message>
        <source>Select the incidents to export first.</source>
        <translation>先に書き出す事件を選んでください。</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF に書き出す</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message>
        <source>%1 page(s) written to %2</source>
        <translation>%1 ページを %2 に書き出しました</translation>
    </message>
    <message>
        <source>Reading dates, data kinds and contractors…</source>
        <translation>判明日・漏えい情報の種類・委託先を読み取り中…</translation>
    </message>
    <message>
        <source>Incident facts</source>
        <translation>事案の事実</translation>
    </message>
    <message numerus="yes">
        <source>Dates, data kinds and contractors read for %n incident(s).</source>
        <translation>
            <numerusform>%n 件の事案の判明日・漏えい情報の種類・委託先を読み取りました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export VERIS JSON Lines</source>
        <translation>VERIS JSON Lines で書き出す</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.jsonl);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Browse, search and count Japanese security-incident notices offline.</source>
        <translation>日本のセキュリティ事件の公表文を、オフラインで閲覧・検索・集計します。</translation>
    </message>
    <message>
        <source>Environment:
  JIKENBO_DB  the database to open instead of the default one

Database: %1</source>
        <translation>環境変数:
  JIKENBO_DB  既定の代わりに開くデータベース

データベース: %1</translation>
    </message>
    <message>
        <source>Jikenbo</source>
        <translation>Jikenbo</translation>
    </message>
</context>
</TS>
