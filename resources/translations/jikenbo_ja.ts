<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- SPDX-License-Identifier: GPL-3.0-or-later -->
<TS version="2.1" language="ja_JP">
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
  </context>
  <context>
    <name>CsvExporter</name>
    <message>
      <source>the output</source>
      <translation>出力先</translation>
    </message>
    <message>
      <source>unknown column '%1'; the columns are %2</source>
      <translation>不明な列 '%1'。使える列: %2</translation>
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
    <message>
      <source>no output file given</source>
      <translation>出力ファイルが指定されていません</translation>
    </message>
    <message>
      <source>cannot write %1: it is a folder</source>
      <translation>%1 に書き込めません: フォルダーです</translation>
    </message>
    <message>
      <source>cannot save %1: %2</source>
      <translation>%1 を保存できません: %2</translation>
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
      <source>no incident with key '%1'</source>
      <translation>キー '%1' の事件はありません</translation>
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
    <message>
      <source>no output file given</source>
      <translation>出力ファイルが指定されていません</translation>
    </message>
    <message>
      <source>cannot write %1: %2</source>
      <translation>%1 に書き込めません: %2</translation>
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
    <message>
      <source>cannot save %1: %2</source>
      <translation>%1 を保存できません: %2</translation>
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
    <name>jikenbo::CsvExportJob</name>
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
      <source>Column names in the program's language</source>
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
      <source>Spreadsheets run a cell that starts with =, +, -, @, a tab or a line break as a formula, so text from a notice or a note could run commands or send data elsewhere when the file is opened. This puts an apostrophe (') before such cells so they stay text. Turn it off only for programs that are not spreadsheets.</source>
      <translation>表計算ソフトは =、+、-、@、タブ、改行で始まるセルを数式として実行します。本文やメモの文字列によって、ファイルを開いたときにコマンドが実行されたり、データが外部に送られたりするおそれがあります。このようなセルの先頭にアポストロフィ（'）を付けて文字列のままにします。表計算ソフト以外で使う場合にだけオフにしてください。</translation>
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
</TS>