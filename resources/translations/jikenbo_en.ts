<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AtomFeedReader</name>
    <message>
        <source>invalid XML at line %1, column %2: %3</source>
        <translation>invalid XML at line %1, column %2: %3</translation>
    </message>
    <message>
        <source>line %1: a DOCTYPE declaration; an Atom feed has none, refused</source>
        <translation>line %1: a DOCTYPE declaration; an Atom feed has none, refused</translation>
    </message>
    <message>
        <source>line %1: a DOCTYPE declaring entities (%2); refused, entities are never expanded</source>
        <translation>line %1: a DOCTYPE declaring entities (%2); refused, entities are never expanded</translation>
    </message>
    <message>
        <source>the document holds no XML element</source>
        <translation>the document holds no XML element</translation>
    </message>
    <message>
        <source>not an Atom feed (the root element is &lt;%1&gt;)</source>
        <translation>not an Atom feed (the root element is &lt;%1&gt;)</translation>
    </message>
    <message>
        <source>more than %1 entries on one page</source>
        <translation>more than %1 entries on one page</translation>
    </message>
    <message>
        <source>entry at line %1 (%2) has only a summary, not the full text; not imported (read the blog&apos;s full feed, /feeds/posts/full)</source>
        <translation>entry at line %1 (%2) has only a summary, not the full text; not imported (read the blog&apos;s full feed, /feeds/posts/full)</translation>
    </message>
</context>
<context>
    <name>CaseTimeline</name>
    <message>
        <source>First notice</source>
        <translation>First notice</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>Investigation results</source>
        <translation>Investigation results</translation>
    </message>
    <message>
        <source>Final report</source>
        <translation>Final report</translation>
    </message>
    <message>
        <source>Affected</source>
        <translation>Affected</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Discovered</source>
        <translation>Discovered</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>Occurred</translation>
    </message>
    <message>
        <source>%1: %2 (new)</source>
        <translation>%1: %2 (new)</translation>
    </message>
    <message>
        <source>%1: %2 (no longer stated)</source>
        <translation>%1: %2 (no longer stated)</translation>
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
        <translation>the learned cause model was not updated: %1</translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>help [COMMAND]           this help, or the usage and options of COMMAND</source>
        <translation>help [COMMAND]           this help, or the usage and options of COMMAND</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options:</translation>
    </message>
    <message>
        <source>--db PATH      database (default: $JIKENBO_DB or the GUI&apos;s database)</source>
        <translation>--db PATH      database (default: $JIKENBO_DB or the GUI&apos;s database)</translation>
    </message>
    <message>
        <source>--json         print results as JSON</source>
        <translation>--json         print results as JSON</translation>
    </message>
    <message>
        <source>--rules FILE   classification rules to use instead of the built-in ones</source>
        <translation>--rules FILE   classification rules to use instead of the built-in ones</translation>
    </message>
    <message>
        <source>-h, --help     this help; COMMAND --help: that command&apos;s</source>
        <translation>-h, --help     this help; COMMAND --help: that command&apos;s</translation>
    </message>
    <message>
        <source>--version      print the version</source>
        <translation>--version      print the version</translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 user error (bad query, missing file), 2 internal error.</source>
        <translation>Exit status: 0 success, 1 user error (bad query, missing file), 2 internal error.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (see jikenbo-cli --help)</source>
        <translation>unknown command &apos;%1&apos; (see jikenbo-cli --help)</translation>
    </message>
    <message>
        <source>option --%1 takes no value</source>
        <translation>option --%1 takes no value</translation>
    </message>
    <message>
        <source>option --%1 needs a value</source>
        <translation>option --%1 needs a value</translation>
    </message>
    <message>
        <source>unknown option %1 (see jikenbo-cli --help)</source>
        <translation>unknown option %1 (see jikenbo-cli --help)</translation>
    </message>
    <message>
        <source>help takes at most one COMMAND</source>
        <translation>help takes at most one COMMAND</translation>
    </message>
    <message>
        <source>import FILE|DIR...       import blog pages (text, HTML) and feeds</source>
        <translation>import FILE|DIR...       import blog pages (text, HTML) and feeds</translation>
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
        <translation>Usage: jikenbo-cli [--db PATH] [--json] [--rules FILE] import FILE|DIR...

Imports pages of the blog (text in UTF-8, UTF-16, Shift_JIS or EUC-JP, saved
HTML pages, saved Atom feeds); a folder is read with its subfolders. Each file
is imported in one transaction: all of it or nothing. Posts already in the
database are updated in place; your notes, stars, tags and causes stay.

  --lock-timeout S   wait up to S seconds for another writer (default 60)
  --json             {&quot;files&quot;, &quot;added&quot;, &quot;updated&quot;, &quot;unchanged&quot;,
                     &quot;skipped_posts&quot;, &quot;errors&quot;}

Example: jikenbo-cli import ~/Downloads/archive-2024.txt</translation>
    </message>
    <message>
        <source>list [QUERY]             matching incidents, newest first (--limit N, --sort date|case|org|title|cause|sector|affected|relevance, --asc, --synonyms)</source>
        <translation>list [QUERY]             matching incidents, newest first (--limit N, --sort date|case|org|title|cause|sector|affected|relevance, --asc, --synonyms)</translation>
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
        <translation>Usage: jikenbo-cli [--db PATH] [--json] list [QUERY...] [OPTIONS]

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

Example: jikenbo-cli list 紛失 year:2023 --limit 3</translation>
    </message>
    <message>
        <source>show CASE_ID|KEY         one incident in full</source>
        <translation>show CASE_ID|KEY         one incident in full</translation>
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
        <translation>Usage: jikenbo-cli [--db PATH] [--json] show CASE_ID|KEY

Prints one incident in full: its fields, how its cause was decided (the rules
that fired, their weights and the runner-up), labels, your annotations and the
notice text. A case id that several incidents share (a follow-up report reuses
it) is refused with the keys to choose from.

  --json             the fields of list, plus body, related incidents and the
                     cause and sector explanations

Example: jikenbo-cli show 2024-012</translation>
    </message>
    <message>
        <source>reclassify               classify every incident again (after a rules change; --rules FILE); user overrides stay</source>
        <translation>reclassify               classify every incident again (after a rules change; --rules FILE); user overrides stay</translation>
    </message>
    <message>
        <source>Usage: jikenbo-cli [--db PATH] [--json] [--rules FILE] reclassify

Classifies every stored incident again with the built-in rules or those of
--rules FILE, in one transaction, and reports how many changed cause or
sector. Causes you set, notes, stars and tags are not touched.

Example: jikenbo-cli --rules my-rules.json reclassify</source>
        <translation>Usage: jikenbo-cli [--db PATH] [--json] [--rules FILE] reclassify

Classifies every stored incident again with the built-in rules or those of
--rules FILE, in one transaction, and reports how many changed cause or
sector. Causes you set, notes, stars and tags are not touched.

Example: jikenbo-cli --rules my-rules.json reclassify</translation>
    </message>
    <message>
        <source>eval GOLD.tsv FILE|DIR...  accuracy against a gold file (DESIGN §8), in a temporary database</source>
        <translation>eval GOLD.tsv FILE|DIR...  accuracy against a gold file (DESIGN §8), in a temporary database</translation>
    </message>
    <message>
        <source>Usage: jikenbo-cli [--json] [--rules FILE] eval GOLD.tsv FILE|DIR...

Imports the files into a temporary database (yours is not touched) and
compares them with a hand-recorded gold file (tab-separated: file line
case_id organization title announced_date cause cause_source sector affected
follow_up): accuracy per field, the cause confusion matrix and every mismatch.

  --json             the same report as one object

Example: jikenbo-cli eval gold/seeds_gold.tsv seeds/</source>
        <translation>Usage: jikenbo-cli [--json] [--rules FILE] eval GOLD.tsv FILE|DIR...

Imports the files into a temporary database (yours is not touched) and
compares them with a hand-recorded gold file (tab-separated: file line
case_id organization title announced_date cause cause_source sector affected
follow_up): accuracy per field, the cause confusion matrix and every mismatch.

  --json             the same report as one object

Example: jikenbo-cli eval gold/seeds_gold.tsv seeds/</translation>
    </message>
    <message>
        <source>generate --count N --output DIR   write N synthetic notices (tests, benchmarks)</source>
        <translation>generate --count N --output DIR   write N synthetic notices (tests, benchmarks)</translation>
    </message>
    <message>
        <source>Usage: jikenbo-cli generate --output DIR [OPTIONS]

Writes synthetic, fictional notices as text pages, for tests and benchmarks.

  -o, --output DIR   the folder to write to
  --count N          notices to write (default 10000)
  --per-file N       notices per page file (default 1000)
  --seed N           random seed (default 1): the same seed, the same pages

Example: jikenbo-cli generate --count 1000 --output /tmp/pages</source>
        <translation>Usage: jikenbo-cli generate --output DIR [OPTIONS]

Writes synthetic, fictional notices as text pages, for tests and benchmarks.

  -o, --output DIR   the folder to write to
  --count N          notices to write (default 10000)
  --per-file N       notices per page file (default 1000)
  --seed N           random seed (default 1): the same seed, the same pages

Example: jikenbo-cli generate --count 1000 --output /tmp/pages</translation>
    </message>
    <message>
        <source>remove-samples           delete the fictional sample notices a new database starts with</source>
        <translation>remove-samples           delete the fictional sample notices a new database starts with</translation>
    </message>
    <message>
        <source>Usage: jikenbo-cli [--db PATH] [--json] remove-samples

Deletes the fictional sample notices that the window adds to a new
database (those imported from its built-in sample corpus), in one
transaction. Notices imported from files or synced from the blog are not
touched, and your notes, stars, tags and causes stay, also on the samples.

  --json             {&quot;removed&quot;, &quot;annotations_kept&quot;}

Example: jikenbo-cli sync &amp;&amp; jikenbo-cli remove-samples</source>
        <translation>Usage: jikenbo-cli [--db PATH] [--json] remove-samples

Deletes the fictional sample notices that the window adds to a new
database (those imported from its built-in sample corpus), in one
transaction. Notices imported from files or synced from the blog are not
touched, and your notes, stars, tags and causes stay, also on the samples.

  --json             {&quot;removed&quot;, &quot;annotations_kept&quot;}

Example: jikenbo-cli sync &amp;&amp; jikenbo-cli remove-samples</translation>
    </message>
    <message>
        <source>sync [--url FEED_URL]     bring the database up to date from the blog&apos;s feed (--label LABEL, --timeout S, --page-size N, --max-pages N, --full)</source>
        <translation>sync [--url FEED_URL]     bring the database up to date from the blog&apos;s feed (--label LABEL, --timeout S, --page-size N, --max-pages N, --full)</translation>
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
        <translation>Usage: jikenbo-cli [--db PATH] [--json] sync [OPTIONS]

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

Example: jikenbo-cli sync --max-pages 4</translation>
    </message>
    <message>
        <source>print CASE_ID|KEY... --pdf FILE   a one-page summary of each incident as PDF (--full: the whole notice; --era)</source>
        <translation>print CASE_ID|KEY... --pdf FILE   a one-page summary of each incident as PDF (--full: the whole notice; --era)</translation>
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
        <translation>Usage: jikenbo-cli [--db PATH] [--json] print CASE_ID|KEY... --pdf FILE [--full] [--era]

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

Example: jikenbo-cli print 2024-012 --pdf 2024-012.pdf</translation>
    </message>
    <message>
        <source>Usage: jikenbo-cli [--db PATH] [--json] [--rules FILE] [--schemes FILE] COMMAND [ARGS]</source>
        <translation>Usage: jikenbo-cli [--db PATH] [--json] [--rules FILE] [--schemes FILE] COMMAND [ARGS]</translation>
    </message>
    <message>
        <source>--schemes FILE survey schemes (stats --scheme) instead of schemes.json</source>
        <translation>--schemes FILE survey schemes (stats --scheme) instead of schemes.json</translation>
    </message>
    <message>
        <source>export [QUERY] --output FILE   matching incidents as CSV (--encoding utf-8|utf-8-bom|cp932, --columns a,b,c, --keys, --crlf|--lf, --replace-unmappable, --no-formula-guard) or VERIS JSON Lines (--format jsonl)</source>
        <translation>export [QUERY] --output FILE   matching incidents as CSV (--encoding utf-8|utf-8-bom|cp932, --columns a,b,c, --keys, --crlf|--lf, --replace-unmappable, --no-formula-guard) or VERIS JSON Lines (--format jsonl)</translation>
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
        <translation>Usage: jikenbo-cli [--db PATH] [--json] export [QUERY...] --output FILE [OPTIONS]

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
          jikenbo-cli export year:2024 --format jsonl -o 2024.jsonl</translation>
    </message>
    <message>
        <source>stats [QUERY]            incidents per period and category (--by cause|sector|data|contractor, --scheme tsr|jnsa|veris, --period month|quarter|year, --days); --labels: every label and its cause</source>
        <translation>stats [QUERY]            incidents per period and category (--by cause|sector|data|contractor, --scheme tsr|jnsa|veris, --period month|quarter|year, --days); --labels: every label and its cause</translation>
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
        <translation>Usage: jikenbo-cli [--db PATH] [--json] stats [QUERY]
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
          jikenbo-cli stats --days --by sector --period year</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>warning: %1</source>
        <translation>warning: %1</translation>
    </message>
    <message>
        <source>rebuilding the search index for the new tokenizer (%1 incidents)…</source>
        <translation>rebuilding the search index for the new tokenizer (%1 incidents)…</translation>
    </message>
    <message>
        <source>search index: %1% (%2 of %3)</source>
        <translation>search index: %1% (%2 of %3)</translation>
    </message>
    <message>
        <source>search index rebuilt: %1 incidents in %2 s</source>
        <translation>search index rebuilt: %1 incidents in %2 s</translation>
    </message>
    <message>
        <source>Gold: %1, %2 row(s); %3 matched an imported incident</source>
        <translation>Gold: %1, %2 row(s); %3 matched an imported incident</translation>
    </message>
    <message>
        <source>field</source>
        <translation>field</translation>
    </message>
    <message>
        <source>right</source>
        <translation>right</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>rows</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>accuracy</translation>
    </message>
    <message>
        <source>Cause confusion matrix (rows: gold, columns: got)</source>
        <translation>Cause confusion matrix (rows: gold, columns: got)</translation>
    </message>
    <message>
        <source>Cause by the rules alone (every row, also where a label decided): %1/%2 = %3; confidence ≥ 0.5: %4/%5 = %6; below 0.5: %7/%8 = %9</source>
        <translation>Cause by the rules alone (every row, also where a label decided): %1/%2 = %3; confidence ≥ 0.5: %4/%5 = %6; below 0.5: %7/%8 = %9</translation>
    </message>
    <message>
        <source>No mismatches.</source>
        <translation>No mismatches.</translation>
    </message>
    <message>
        <source>Mismatches (%1):</source>
        <translation>Mismatches (%1):</translation>
    </message>
    <message>
        <source>expected &apos;%1&apos;, got &apos;%2&apos;</source>
        <translation>expected &apos;%1&apos;, got &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Where the rules alone disagree with the gold (%1):</source>
        <translation>Where the rules alone disagree with the gold (%1):</translation>
    </message>
    <message>
        <source>expected &apos;%1&apos;, rules say &apos;%2&apos;</source>
        <translation>expected &apos;%1&apos;, rules say &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Imported incidents the gold does not list (%1):</source>
        <translation>Imported incidents the gold does not list (%1):</translation>
    </message>
    <message>
        <source>eval needs a GOLD.tsv and at least one FILE or DIR</source>
        <translation>eval needs a GOLD.tsv and at least one FILE or DIR</translation>
    </message>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation>cannot create a temporary folder: %1</translation>
    </message>
    <message>
        <source>export needs --output FILE</source>
        <translation>export needs --output FILE</translation>
    </message>
    <message>
        <source>--encoding: unknown encoding &apos;%1&apos;; expected utf-8, utf-8-bom or cp932</source>
        <translation>--encoding: unknown encoding &apos;%1&apos;; expected utf-8, utf-8-bom or cp932</translation>
    </message>
    <message>
        <source>--crlf and --lf cannot both be given</source>
        <translation>--crlf and --lf cannot both be given</translation>
    </message>
    <message>
        <source>--columns needs at least one column</source>
        <translation>--columns needs at least one column</translation>
    </message>
    <message>
        <source>%1; nothing written. Add --replace-unmappable to write CP932 equivalents (〜 → ～) or &apos;?&apos;, or use --encoding utf-8-bom</source>
        <translation>%1; nothing written. Add --replace-unmappable to write CP932 equivalents (〜 → ～) or &apos;?&apos;, or use --encoding utf-8-bom</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1 (%2%3)</source>
        <translation>
            <numerusform>%n row written to %1 (%2%3)</numerusform>
            <numerusform>%n rows written to %1 (%2%3)</numerusform>
        </translation>
    </message>
    <message>
        <source>--count needs a positive number</source>
        <translation>--count needs a positive number</translation>
    </message>
    <message>
        <source>--per-file needs a positive number</source>
        <translation>--per-file needs a positive number</translation>
    </message>
    <message>
        <source>--seed needs a number</source>
        <translation>--seed needs a number</translation>
    </message>
    <message>
        <source>generate needs --output DIR</source>
        <translation>generate needs --output DIR</translation>
    </message>
    <message>
        <source>%1 notices, %2 bytes written to %3</source>
        <translation>%1 notices, %2 bytes written to %3</translation>
    </message>
    <message>
        <source>import needs at least one FILE or DIR</source>
        <translation>import needs at least one FILE or DIR</translation>
    </message>
    <message>
        <source>--lock-timeout needs a number of seconds</source>
        <translation>--lock-timeout needs a number of seconds</translation>
    </message>
    <message>
        <source>%1 file(s): %2 added, %3 updated, %4 unchanged, %5 post(s) skipped, %6 error(s)</source>
        <translation>%1 file(s): %2 added, %3 updated, %4 unchanged, %5 post(s) skipped, %6 error(s)</translation>
    </message>
    <message>
        <source>bad query at position %1: %2</source>
        <translation>bad query at position %1: %2</translation>
    </message>
    <message>
        <source>also searching synonyms: %1</source>
        <translation>also searching synonyms: %1</translation>
    </message>
    <message>
        <source>--limit needs a number ≥ 0</source>
        <translation>--limit needs a number ≥ 0</translation>
    </message>
    <message>
        <source>--sort: unknown column &apos;%1&apos;; expected date, case, org, title, cause, sector, affected or relevance</source>
        <translation>--sort: unknown column &apos;%1&apos;; expected date, case, org, title, cause, sector, affected or relevance</translation>
    </message>
    <message>
        <source>print needs a CASE_ID or KEY</source>
        <translation>print needs a CASE_ID or KEY</translation>
    </message>
    <message>
        <source>print needs --pdf FILE</source>
        <translation>print needs --pdf FILE</translation>
    </message>
    <message>
        <source>no incident with case id or key &apos;%1&apos;</source>
        <translation>no incident with case id or key &apos;%1&apos;</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) written to %1</source>
        <translation>
            <numerusform>%n page written to %1</numerusform>
            <numerusform>%n pages written to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>reclassify takes no arguments (rules: --rules FILE)</source>
        <translation>reclassify takes no arguments (rules: --rules FILE)</translation>
    </message>
    <message>
        <source>%1 incident(s) classified with %2: %3 changed (cause %4, sector %5); %6 user override(s) kept</source>
        <translation>%1 incident(s) classified with %2: %3 changed (cause %4, sector %5); %6 user override(s) kept</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>no rule fired</source>
        <translation>no rule fired</translation>
    </message>
    <message>
        <source>; runner-up %1 %2</source>
        <translation>; runner-up %1 %2</translation>
    </message>
    <message>
        <source> (outranked by precedence: %1)</source>
        <translation> (outranked by precedence: %1)</translation>
    </message>
    <message>
        <source>show needs one CASE_ID or KEY</source>
        <translation>show needs one CASE_ID or KEY</translation>
    </message>
    <message>
        <source>case id %1 matches %2 incidents; show one by its key: %3</source>
        <translation>case id %1 matches %2 incidents; show one by its key: %3</translation>
    </message>
    <message>
        <source>%1 more: jikenbo-cli list case:%2</source>
        <translation>%1 more: jikenbo-cli list case:%2</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>Announced</translation>
    </message>
    <message>
        <source>, confidence %1</source>
        <translation>, confidence %1</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Rules said</source>
        <translation>Rules said</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Affected</source>
        <translation>Affected</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>yes, of %1</source>
        <translation>yes, of %1</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Related</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>--period: unknown value &apos;%1&apos;; expected month, quarter or year</source>
        <translation>--period: unknown value &apos;%1&apos;; expected month, quarter or year</translation>
    </message>
    <message>
        <source>period</source>
        <translation>period</translation>
    </message>
    <message>
        <source>cause</source>
        <translation>cause</translation>
    </message>
    <message>
        <source>incidents</source>
        <translation>incidents</translation>
    </message>
    <message>
        <source>people</source>
        <translation>people</translation>
    </message>
    <message>
        <source>size unknown</source>
        <translation>size unknown</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>no date</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>sync takes no arguments (the feed is --url FEED_URL): %1</source>
        <translation>sync takes no arguments (the feed is --url FEED_URL): %1</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds (0 &lt; S &lt;= 3600): %1</source>
        <translation>--timeout needs a number of seconds (0 &lt; S &lt;= 3600): %1</translation>
    </message>
    <message>
        <source>--max-pages needs a positive number: %1</source>
        <translation>--max-pages needs a positive number: %1</translation>
    </message>
    <message>
        <source>%1: %2 page(s): %3 added, %4 updated, %5 unchanged, %6 post(s) skipped, %7 error(s)</source>
        <translation>%1: %2 page(s): %3 added, %4 updated, %5 unchanged, %6 post(s) skipped, %7 error(s)</translation>
    </message>
    <message>
        <source>resumed the sync that stopped before</source>
        <translation>resumed the sync that stopped before</translation>
    </message>
    <message numerus="yes">
        <source>stopped after %n page(s) (--max-pages); the next sync goes on from there</source>
        <translation>
            <numerusform>stopped after %n page (--max-pages); the next sync goes on from there</numerusform>
            <numerusform>stopped after %n pages (--max-pages); the next sync goes on from there</numerusform>
        </translation>
    </message>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>edited</translation>
    </message>
    <message>
        <source>relabelled</source>
        <translation>relabelled</translation>
    </message>
    <message>
        <source>remove-samples takes no arguments: %1</source>
        <translation>remove-samples takes no arguments: %1</translation>
    </message>
    <message>
        <source>%1 sample notice(s) removed; %2 annotation(s) on them kept</source>
        <translation>%1 sample notice(s) removed; %2 annotation(s) on them kept</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
    <message>
        <source>no longer on the blog (found by the full sync of %1); kept here</source>
        <translation>no longer on the blog (found by the full sync of %1); kept here</translation>
    </message>
    <message>
        <source>label</source>
        <translation>label</translation>
    </message>
    <message>
        <source>unmapped</source>
        <translation>unmapped</translation>
    </message>
    <message>
        <source>not a cause</source>
        <translation>not a cause</translation>
    </message>
    <message>
        <source>(on the blog, on no stored incident)</source>
        <translation>(on the blog, on no stored incident)</translation>
    </message>
    <message numerus="yes">
        <source>%n label(s), %1 unmapped</source>
        <translation>
            <numerusform>%n label, %1 unmapped</numerusform>
            <numerusform>%n labels, %1 unmapped</numerusform>
        </translation>
    </message>
    <message>
        <source>--label needs a label of the blog</source>
        <translation>--label needs a label of the blog</translation>
    </message>
    <message>
        <source>--page-size needs a number from 1 to %1: %2</source>
        <translation>--page-size needs a number from 1 to %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>full pass: read the whole feed; %n post(s) no longer on the blog marked removed (kept, with your notes)</source>
        <translation>
            <numerusform>full pass: read the whole feed; %n post no longer on the blog marked removed (kept, with your notes)</numerusform>
            <numerusform>full pass: read the whole feed; %n posts no longer on the blog marked removed (kept, with your notes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n post(s))</source>
        <translation>
            <numerusform>%1 (%n post)</numerusform>
            <numerusform>%1 (%n posts)</numerusform>
        </translation>
    </message>
    <message>
        <source>unmapped label(s), kept as labels but deciding no cause (add them to the taxonomy&apos;s aliases): %1</source>
        <translation>unmapped label(s), kept as labels but deciding no cause (add them to the taxonomy&apos;s aliases): %1</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>removed</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>restored</translation>
    </message>
    <message>
        <source>Affected counts: precision %1/%2 = %3 (right / stated), recall %4/%5 = %6 (right / gold)</source>
        <translation>Affected counts: precision %1/%2 = %3 (right / stated), recall %4/%5 = %6 (right / gold)</translation>
    </message>
    <message>
        <source>Learned cause model: not usable (it needs %1 label-sourced incidents in each of two causes; has: %2)</source>
        <translation>Learned cause model: not usable (it needs %1 label-sourced incidents in each of two causes; has: %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Learned cause model: trained on %1 label-sourced incident(s): %2</source>
        <translation>Learned cause model: trained on %1 label-sourced incident(s): %2</translation>
    </message>
    <message>
        <source>Cause, every row: rules only %1; model only %2; rules + model %3 (the model decided %4 row(s)); label-sourced rows leave-one-out</source>
        <translation>Cause, every row: rules only %1; model only %2; rules + model %3 (the model decided %4 row(s)); label-sourced rows leave-one-out</translation>
    </message>
    <message>
        <source>Leave-one-out over the %1 label-sourced row(s): rules only %2; model only %3; rules + model %4</source>
        <translation>Leave-one-out over the %1 label-sourced row(s): rules only %2; model only %3; rules + model %4</translation>
    </message>
    <message>
        <source>the model decided &apos;%1&apos; over the rules&apos; &apos;%2&apos;; gold &apos;%3&apos;</source>
        <translation>the model decided &apos;%1&apos; over the rules&apos; &apos;%2&apos;; gold &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1 p=%2 (%3 examples, its pick right %4% of the time left-one-out, trained on %5)</source>
        <translation>%1 p=%2 (%3 examples, its pick right %4% of the time left-one-out, trained on %5)</translation>
    </message>
    <message>
        <source>; decided the cause (the rules were unsure)</source>
        <translation>; decided the cause (the rules were unsure)</translation>
    </message>
    <message>
        <source>Model said</source>
        <translation>Model said</translation>
    </message>
    <message>
        <source>Other counts</source>
        <translation>Other counts</translation>
    </message>
    <message>
        <source>unknown — candidates: %1</source>
        <translation>unknown — candidates: %1</translation>
    </message>
    <message>
        <source>reading dates, data kinds and contractors of %1 stored incidents…</source>
        <translation>reading dates, data kinds and contractors of %1 stored incidents…</translation>
    </message>
    <message>
        <source>Discovered</source>
        <translation>Discovered</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>Occurred</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>Disclosure</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) after discovery</source>
        <translation>
            <numerusform>%n day after discovery</numerusform>
            <numerusform>%n days after discovery</numerusform>
        </translation>
    </message>
    <message>
        <source>Data leaked</source>
        <translation>Data leaked</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>Contractor</translation>
    </message>
    <message>
        <source>--%1 is for CSV; --format jsonl writes UTF-8 JSON Lines</source>
        <translation>--%1 is for CSV; --format jsonl writes UTF-8 JSON Lines</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) written to %1 (VERIS JSON Lines)</source>
        <translation>
            <numerusform>%n incident written to %1 (VERIS JSON Lines)</numerusform>
            <numerusform>%n incidents written to %1 (VERIS JSON Lines)</numerusform>
        </translation>
    </message>
    <message>
        <source>--format: unknown format &apos;%1&apos;; expected csv or jsonl</source>
        <translation>--format: unknown format &apos;%1&apos;; expected csv or jsonl</translation>
    </message>
    <message>
        <source>stats --labels takes no query, --by, --period or --scheme</source>
        <translation>stats --labels takes no query, --by, --period or --scheme</translation>
    </message>
    <message>
        <source>--scheme counts causes: it cannot go with --by %1</source>
        <translation>--scheme counts causes: it cannot go with --by %1</translation>
    </message>
    <message>
        <source>--scheme: unknown value &apos;%1&apos;; expected one of %2</source>
        <translation>--scheme: unknown value &apos;%1&apos;; expected one of %2</translation>
    </message>
    <message>
        <source>with days</source>
        <translation>with days</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>q1</source>
        <translation>q1</translation>
    </message>
    <message>
        <source>median</source>
        <translation>median</translation>
    </message>
    <message>
        <source>q3</source>
        <translation>q3</translation>
    </message>
    <message>
        <source>max</source>
        <translation>max</translation>
    </message>
    <message>
        <source>(all)</source>
        <translation>(all)</translation>
    </message>
    <message>
        <source>--by: unknown value &apos;%1&apos;; expected cause, sector, data or contractor</source>
        <translation>--by: unknown value &apos;%1&apos;; expected cause, sector, data or contractor</translation>
    </message>
</context>
<context>
    <name>CountExtractor</name>
    <message numerus="yes">
        <source>%n people</source>
        <comment>an affected-count candidate</comment>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <comment>an affected-count candidate</comment>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n address(es)</source>
        <comment>an affected-count candidate: mail addresses</comment>
        <translation>
            <numerusform>%n address</numerusform>
            <numerusform>%n addresses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card record(s)</source>
        <comment>an affected-count candidate: credit cards</comment>
        <translation>
            <numerusform>%n card record</numerusform>
            <numerusform>%n card records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s)</source>
        <comment>an affected-count candidate: recipients of a mail</comment>
        <translation>
            <numerusform>%n recipient</numerusform>
            <numerusform>%n recipients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n viewer(s)</source>
        <comment>an affected-count candidate: people who viewed the data</comment>
        <translation>
            <numerusform>%n viewer</numerusform>
            <numerusform>%n viewers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n staff</source>
        <comment>an affected-count candidate: staff who acted or were disciplined</comment>
        <translation>
            <numerusform>%n staff</numerusform>
            <numerusform>%n staff</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) sent</source>
        <comment>an affected-count candidate</comment>
        <translation>
            <numerusform>%n message sent</numerusform>
            <numerusform>%n messages sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <comment>an affected-count candidate: files, pages or devices</comment>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inquiry(-ies)</source>
        <comment>an affected-count candidate</comment>
        <translation>
            <numerusform>%n inquiry</numerusform>
            <numerusform>%n inquiries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <comment>an affected-count candidate: cases or incidents</comment>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <comment>an affected-count candidate</comment>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n (other)</source>
        <comment>an affected-count candidate of another kind</comment>
        <translation>
            <numerusform>%n (other)</numerusform>
            <numerusform>%n (other)</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between affected-count candidates</comment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>CsvColumns</name>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>Announced</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Affected</source>
        <translation>Affected</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Starred</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Cause origin</source>
        <translation>Cause origin</translation>
    </message>
    <message>
        <source>Source URL</source>
        <translation>Source URL</translation>
    </message>
    <message>
        <source>source label</source>
        <translation>source label</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>rule</translation>
    </message>
    <message>
        <source>you</source>
        <translation>you</translation>
    </message>
    <message>
        <source>Discovered</source>
        <translation>Discovered</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>Occurred</translation>
    </message>
    <message>
        <source>Days to disclosure</source>
        <translation>Days to disclosure</translation>
    </message>
    <message>
        <source>Data leaked</source>
        <translation>Data leaked</translation>
    </message>
    <message>
        <source>Via contractor</source>
        <translation>Via contractor</translation>
    </message>
</context>
<context>
    <name>CsvExportJob</name>
    <message>
        <source>Checking for characters CP932 cannot hold…</source>
        <translation>Checking for characters CP932 cannot hold…</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Writing %1…</translation>
    </message>
</context>
<context>
    <name>CsvExporter</name>
    <message>
        <source>the output</source>
        <translation>the output</translation>
    </message>
    <message>
        <source>unknown column &apos;%1&apos;; the columns are %2</source>
        <translation>unknown column &apos;%1&apos;; the columns are %2</translation>
    </message>
    <message>
        <source>no columns to export</source>
        <translation>no columns to export</translation>
    </message>
    <message>
        <source>the CP932 converter is not available: %1</source>
        <translation>the CP932 converter is not available: %1</translation>
    </message>
    <message>
        <source>header</source>
        <translation>header</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>%1: a character cannot be written in CP932</source>
        <translation>%1: a character cannot be written in CP932</translation>
    </message>
</context>
<context>
    <name>DataKindVocabulary</name>
    <message>
        <source>not valid JSON (%1)</source>
        <translation>not valid JSON (%1)</translation>
    </message>
    <message>
        <source>no &quot;kinds&quot; array</source>
        <translation>no &quot;kinds&quot; array</translation>
    </message>
    <message>
        <source>a kind lacks key, ja or en</source>
        <translation>a kind lacks key, ja or en</translation>
    </message>
    <message>
        <source>kind &quot;%1&quot; given twice</source>
        <translation>kind &quot;%1&quot; given twice</translation>
    </message>
    <message>
        <source>kind &quot;%1&quot; has no patterns</source>
        <translation>kind &quot;%1&quot; has no patterns</translation>
    </message>
    <message>
        <source>kind &quot;%1&quot;: bad pattern &quot;%2&quot; (%3)</source>
        <translation>kind &quot;%1&quot;: bad pattern &quot;%2&quot; (%3)</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>no database path given</source>
        <translation>no database path given</translation>
    </message>
    <message>
        <source>%1: is a directory, not a database</source>
        <translation>%1: is a directory, not a database</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: cannot open: %2</translation>
    </message>
    <message>
        <source>%1: not an SQLite database</source>
        <translation>%1: not an SQLite database</translation>
    </message>
    <message>
        <source>%1: no such database</source>
        <translation>%1: no such database</translation>
    </message>
    <message>
        <source>%1: cannot create folder %2</source>
        <translation>%1: cannot create folder %2</translation>
    </message>
    <message>
        <source>%1: cannot open database: %2</source>
        <translation>%1: cannot open database: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the database is busy: another program has been writing to it for %2 s; try again when it has finished</source>
        <translation>%1: the database is busy: another program has been writing to it for %2 s; try again when it has finished</translation>
    </message>
    <message>
        <source>%1: cannot start a transaction: %2</source>
        <translation>%1: cannot start a transaction: %2</translation>
    </message>
    <message>
        <source>%1: the Qt SQLite driver gave no sqlite3 handle</source>
        <translation>%1: the Qt SQLite driver gave no sqlite3 handle</translation>
    </message>
    <message>
        <source>%1: cannot read the schema version: %2</source>
        <translation>%1: cannot read the schema version: %2</translation>
    </message>
    <message>
        <source>%1: the database has schema version %2, newer than this program&apos;s %3; open it with a newer Jikenbo</source>
        <translation>%1: the database has schema version %2, newer than this program&apos;s %3; open it with a newer Jikenbo</translation>
    </message>
    <message>
        <source>%1: an SQLite database, but not a Jikenbo database</source>
        <translation>%1: an SQLite database, but not a Jikenbo database</translation>
    </message>
    <message>
        <source>%1: cannot write the backup copy %2 before migrating: %3</source>
        <translation>%1: cannot write the backup copy %2 before migrating: %3</translation>
    </message>
    <message>
        <source>migration from schema version %1 failed: %2</source>
        <translation>migration from schema version %1 failed: %2</translation>
    </message>
</context>
<context>
    <name>FactsBackfillJob</name>
    <message>
        <source>Reading dates, data kinds and contractors: %1 of %2 incidents</source>
        <translation>Reading dates, data kinds and contractors: %1 of %2 incidents</translation>
    </message>
</context>
<context>
    <name>FeedSync</name>
    <message>
        <source>no feed URL given</source>
        <translation>no feed URL given</translation>
    </message>
    <message>
        <source>%1: not a valid URL</source>
        <translation>%1: not a valid URL</translation>
    </message>
    <message>
        <source>%1: only https and http feeds can be read</source>
        <translation>%1: only https and http feeds can be read</translation>
    </message>
    <message>
        <source>an HTML page (%1), not an Atom feed</source>
        <translation>an HTML page (%1), not an Atom feed</translation>
    </message>
    <message>
        <source>an HTML page (%1) titled “%2”, not an Atom feed</source>
        <translation>an HTML page (%1) titled “%2”, not an Atom feed</translation>
    </message>
    <message>
        <source>JSON (%1), not an Atom feed</source>
        <translation>JSON (%1), not an Atom feed</translation>
    </message>
    <message>
        <source>an empty response (%1), not an Atom feed</source>
        <translation>an empty response (%1), not an Atom feed</translation>
    </message>
    <message>
        <source>entry at line %1: %2</source>
        <translation>entry at line %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n stored post(s) of the blog were not in the feed; too many to check one by one, none is marked removed</source>
        <translation>
            <numerusform>%n stored post of the blog was not in the feed; too many to check one by one, none is marked removed</numerusform>
            <numerusform>%n stored posts of the blog were not in the feed; too many to check one by one, none is marked removed</numerusform>
        </translation>
    </message>
    <message>
        <source>could not check whether %1 is still on the blog: %2</source>
        <translation>could not check whether %1 is still on the blog: %2</translation>
    </message>
    <message>
        <source>Reading page %1 of the feed…</source>
        <translation>Reading page %1 of the feed…</translation>
    </message>
    <message>
        <source>the server sent %1; nothing imported</source>
        <translation>the server sent %1; nothing imported</translation>
    </message>
    <message>
        <source>malformed feed page, nothing imported from it: %1</source>
        <translation>malformed feed page, nothing imported from it: %1</translation>
    </message>
    <message>
        <source>The feed gives only summaries; reading the full feed, %1</source>
        <translation>The feed gives only summaries; reading the full feed, %1</translation>
    </message>
    <message numerus="yes">
        <source>the feed gives only summaries of the posts (%n of %1 entries have no content; the blog&apos;s feed is set to short), nothing imported from this page</source>
        <translation>
            <numerusform>the feed gives only summaries of the posts (%n of %1 entries has no content; the blog&apos;s feed is set to short), nothing imported from this page</numerusform>
            <numerusform>the feed gives only summaries of the posts (%n of %1 entries have no content; the blog&apos;s feed is set to short), nothing imported from this page</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1: %2 added, %3 updated, %4 unchanged</source>
        <translation>Page %1: %2 added, %3 updated, %4 unchanged</translation>
    </message>
    <message>
        <source>Looking for posts removed from the blog…</source>
        <translation>Looking for posts removed from the blog…</translation>
    </message>
    <message>
        <source>Sync finished</source>
        <translation>Sync finished</translation>
    </message>
    <message>
        <source>Sync stopped (%1)</source>
        <translation>Sync stopped (%1)</translation>
    </message>
</context>
<context>
    <name>FileNode</name>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>a file of the kernel (/proc, /sys)</source>
        <translation>a file of the kernel (/proc, /sys)</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>a file</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>a folder</translation>
    </message>
    <message>
        <source>a FIFO (a pipe)</source>
        <translation>a FIFO (a pipe)</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>a character device</translation>
    </message>
    <message>
        <source>a block device (a disk)</source>
        <translation>a block device (a disk)</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>a socket</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>not a regular file</translation>
    </message>
</context>
<context>
    <name>GoldEvaluation</name>
    <message>
        <source>%1: cannot read the gold file: %2</source>
        <translation>%1: cannot read the gold file: %2</translation>
    </message>
    <message>
        <source>%1: not a gold file: the header row needs the columns &quot;file&quot; and &quot;line&quot;</source>
        <translation>%1: not a gold file: the header row needs the columns &quot;file&quot; and &quot;line&quot;</translation>
    </message>
    <message>
        <source>%1: the gold file has none of the columns %2</source>
        <translation>%1: the gold file has none of the columns %2</translation>
    </message>
    <message>
        <source>%1:%2: a gold row needs a file name and a marker line number</source>
        <translation>%1:%2: a gold row needs a file name and a marker line number</translation>
    </message>
    <message>
        <source>&lt;no incident&gt;</source>
        <translation>&lt;no incident&gt;</translation>
    </message>
</context>
<context>
    <name>HttpFetcher</name>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>no response within %1 s</source>
        <translation>no response within %1 s</translation>
    </message>
    <message>
        <source>the response stalled (no data for %1 s)</source>
        <translation>the response stalled (no data for %1 s)</translation>
    </message>
    <message>
        <source>the response is larger than the limit of %1</source>
        <translation>the response is larger than the limit of %1</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>connection refused</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>host not found</translation>
    </message>
    <message>
        <source>the server closed the connection without a response</source>
        <translation>the server closed the connection without a response</translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation>TLS handshake failed: %1</translation>
    </message>
    <message>
        <source>%1 without a Location header</source>
        <translation>%1 without a Location header</translation>
    </message>
    <message>
        <source>truncated response: %1 of %2 bytes arrived</source>
        <translation>truncated response: %1 of %2 bytes arrived</translation>
    </message>
    <message>
        <source>truncated response: the server closed the connection</source>
        <translation>truncated response: the server closed the connection</translation>
    </message>
    <message>
        <source>the response broke off: %1</source>
        <translation>the response broke off: %1</translation>
    </message>
    <message>
        <source>unsupported URL scheme &apos;%1&apos; (only https and http)</source>
        <translation>unsupported URL scheme &apos;%1&apos; (only https and http)</translation>
    </message>
    <message>
        <source>%1 (after a redirect to %2)</source>
        <translation>%1 (after a redirect to %2)</translation>
    </message>
    <message>
        <source>refused a redirect from %1 to %2 (only to the same scheme or from http to https)</source>
        <translation>refused a redirect from %1 to %2 (only to the same scheme or from http to https)</translation>
    </message>
    <message>
        <source>redirect loop: %1 leads back to %2</source>
        <translation>redirect loop: %1 leads back to %2</translation>
    </message>
    <message>
        <source>too many redirects (more than %1)</source>
        <translation>too many redirects (more than %1)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (gave up after %n attempt(s))</source>
        <translation>
            <numerusform>%1 (gave up after %n attempt)</numerusform>
            <numerusform>%1 (gave up after %n attempts)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, and the server asks to retry after %2 s, longer than the limit of %3 s</source>
        <translation>%1, and the server asks to retry after %2 s, longer than the limit of %3 s</translation>
    </message>
    <message>
        <source>%1; retrying in %2 s (retry %3 of %4)</source>
        <translation>%1; retrying in %2 s (retry %3 of %4)</translation>
    </message>
    <message>
        <source>%1: the feed is not public (a private blog, or it needs a login)</source>
        <translation>%1: the feed is not public (a private blog, or it needs a login)</translation>
    </message>
    <message>
        <source>%1: there is no feed at this address</source>
        <translation>%1: there is no feed at this address</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <source>Importing %1 of %2: %3</source>
        <translation>Importing %1 of %2: %3</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>the folder holds no files</source>
        <translation>the folder holds no files</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>no such file or folder</translation>
    </message>
    <message>
        <source>post at line %1: %2</source>
        <translation>post at line %1: %2</translation>
    </message>
    <message>
        <source>is a folder of the kernel (/proc, /sys), not pages of the blog: nothing read</source>
        <translation>is a folder of the kernel (/proc, /sys), not pages of the blog: nothing read</translation>
    </message>
    <message>
        <source>skipped: %1, not a regular file</source>
        <translation>skipped: %1, not a regular file</translation>
    </message>
    <message>
        <source>not saved: the error in %1 undid the files written with it; import again</source>
        <translation>not saved: the error in %1 undid the files written with it; import again</translation>
    </message>
</context>
<context>
    <name>IncidentHtml</name>
    <message>
        <source>Organization</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>Announced</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Posted</translation>
    </message>
    <message>
        <source>from the source label %1</source>
        <translation>from the source label %1</translation>
    </message>
    <message>
        <source>set by you (imported: %1)</source>
        <translation>set by you (imported: %1)</translation>
    </message>
    <message>
        <source>by the rules, confidence %1</source>
        <translation>by the rules, confidence %1</translation>
    </message>
    <message>
        <source>low confidence: check it</source>
        <translation>low confidence: check it</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>no rule fired</source>
        <translation>no rule fired</translation>
    </message>
    <message>
        <source>runner-up: %1 (%2)</source>
        <translation>runner-up: %1 (%2)</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Affected</source>
        <translation>Affected</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>follow-up of</source>
        <translation>follow-up of</translation>
    </message>
    <message>
        <source>followed by</source>
        <translation>followed by</translation>
    </message>
    <message>
        <source>mentions</source>
        <translation>mentions</translation>
    </message>
    <message>
        <source>not in the database</source>
        <translation>not in the database</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Related</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>Your note</translation>
    </message>
    <message>
        <source>title</source>
        <comment>the field a rule matched in</comment>
        <translation>title</translation>
    </message>
    <message>
        <source>caption</source>
        <comment>the field a rule matched in</comment>
        <translation>caption</translation>
    </message>
    <message>
        <source>body</source>
        <comment>the field a rule matched in</comment>
        <translation>body</translation>
    </message>
    <message>
        <source>organization</source>
        <comment>the field a rule matched in</comment>
        <translation>organization</translation>
    </message>
    <message>
        <source>%1 (%2, +%3)</source>
        <comment>a rule that fired: its id (the field it matched, weight)</comment>
        <translation>%1 (%2, +%3)</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
    <message>
        <source>no longer on the blog (noticed by the full sync of %1)</source>
        <translation>no longer on the blog (noticed by the full sync of %1)</translation>
    </message>
    <message>
        <source>by the learned model where the rules were unsure, probability %1</source>
        <translation>by the learned model where the rules were unsure, probability %1</translation>
    </message>
    <message>
        <source>the rules said %1: %2</source>
        <translation>the rules said %1: %2</translation>
    </message>
    <message>
        <source>%1, probability %2 (learned from %3 labelled notices; right %4% of the time when it picks this cause)</source>
        <translation>%1, probability %2 (learned from %3 labelled notices; right %4% of the time when it picks this cause)</translation>
    </message>
    <message>
        <source>top features: %1</source>
        <translation>top features: %1</translation>
    </message>
    <message>
        <source>it decided the cause</source>
        <translation>it decided the cause</translation>
    </message>
    <message>
        <source>the rules decided</source>
        <translation>the rules decided</translation>
    </message>
    <message>
        <source>Second opinion</source>
        <translation>Second opinion</translation>
    </message>
    <message>
        <source>other counts: %1</source>
        <translation>other counts: %1</translation>
    </message>
    <message>
        <source>unknown — candidates: %1</source>
        <translation>unknown — candidates: %1</translation>
    </message>
    <message numerus="yes">
        <source>Case timeline (%n post(s))</source>
        <translation>
            <numerusform>Case timeline (%n post)</numerusform>
            <numerusform>Case timeline (%n posts)</numerusform>
        </translation>
    </message>
    <message>
        <source>this notice</source>
        <translation>this notice</translation>
    </message>
    <message>
        <source>Discovered</source>
        <translation>Discovered</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>Occurred</translation>
    </message>
    <message>
        <source>Days to disclosure</source>
        <translation>Days to disclosure</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) from discovery to announcement</source>
        <translation>
            <numerusform>%n day from discovery to announcement</numerusform>
            <numerusform>%n days from discovery to announcement</numerusform>
        </translation>
    </message>
    <message>
        <source>Data leaked</source>
        <translation>Data leaked</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>Contractor</translation>
    </message>
    <message>
        <source>At or through a contractor</source>
        <translation>At or through a contractor</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>IncidentStore</name>
    <message>
        <source>cannot prepare statements: %1</source>
        <translation>cannot prepare statements: %1</translation>
    </message>
</context>
<context>
    <name>IndexRebuildJob</name>
    <message>
        <source>Rebuilding the search index: %1 of %2 incidents</source>
        <translation>Rebuilding the search index: %1 of %2 incidents</translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>no such file</source>
        <translation>no such file</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>cannot read: %1</translation>
    </message>
    <message>
        <source>is a directory</source>
        <translation>is a directory</translation>
    </message>
    <message>
        <source>is %1, not a page of the blog: nothing read</source>
        <translation>is %1, not a page of the blog: nothing read</translation>
    </message>
    <message>
        <source>is %1, not a regular file: nothing read</source>
        <translation>is %1, not a regular file: nothing read</translation>
    </message>
    <message>
        <source>too large (%1 MB; the limit is %2 MB)</source>
        <translation>too large (%1 MB; the limit is %2 MB)</translation>
    </message>
    <message>
        <source>is not a regular file (reading it would wait for data): nothing read</source>
        <translation>is not a regular file (reading it would wait for data): nothing read</translation>
    </message>
</context>
<context>
    <name>JapaneseTokenizer</name>
    <message>
        <source>SQLite has no FTS5</source>
        <translation>SQLite has no FTS5</translation>
    </message>
    <message>
        <source>cannot register the FTS5 tokenizer: %1</source>
        <translation>cannot register the FTS5 tokenizer: %1</translation>
    </message>
</context>
<context>
    <name>NoticeDates</name>
    <message>
        <source>Occurred</source>
        <translation>Occurred</translation>
    </message>
    <message>
        <source>Discovered</source>
        <translation>Discovered</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Reported</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restored</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>the output takes no more data</source>
        <translation>the output takes no more data</translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>standard output</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>it is the database&apos;s file %1; writing there would destroy it</source>
        <translation>it is the database&apos;s file %1; writing there would destroy it</translation>
    </message>
    <message>
        <source>no output file given</source>
        <translation>no output file given</translation>
    </message>
    <message>
        <source>it is a resource built into the program</source>
        <translation>it is a resource built into the program</translation>
    </message>
    <message>
        <source>it names a folder, not a file</source>
        <translation>it names a folder, not a file</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 is not a folder</translation>
    </message>
    <message>
        <source>descriptor %1 is not open</source>
        <translation>descriptor %1 is not open</translation>
    </message>
    <message>
        <source>descriptor %1 is not open for writing</source>
        <translation>descriptor %1 is not open for writing</translation>
    </message>
    <message>
        <source>it is %1; Jikenbo does not write over disks</source>
        <translation>it is %1; Jikenbo does not write over disks</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>it is a folder</translation>
    </message>
    <message>
        <source>it is %1, not a file Jikenbo can write</source>
        <translation>it is %1, not a file Jikenbo can write</translation>
    </message>
    <message>
        <source>no program is reading from this FIFO</source>
        <translation>no program is reading from this FIFO</translation>
    </message>
    <message>
        <source>it changed while being opened</source>
        <translation>it changed while being opened</translation>
    </message>
    <message>
        <source>it is %1</source>
        <translation>it is %1</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>the folder %1 does not exist</translation>
    </message>
    <message>
        <source>cannot save %1: it was not opened</source>
        <translation>cannot save %1: it was not opened</translation>
    </message>
    <message>
        <source>cannot save %1: %2</source>
        <translation>cannot save %1: %2</translation>
    </message>
    <message>
        <source>it is a terminal; redirect this binary output to a file or a program</source>
        <translation>it is a terminal; redirect this binary output to a file or a program</translation>
    </message>
</context>
<context>
    <name>PostParser</name>
    <message>
        <source>line %1: unreadable marker, post skipped</source>
        <translation>line %1: unreadable marker, post skipped</translation>
    </message>
    <message>
        <source>【セキュリティ事件簿#%1】%2 (line %3) has no text (the post is empty, cut short or only images); imported with an empty body</source>
        <translation>【セキュリティ事件簿#%1】%2 (line %3) has no text (the post is empty, cut short or only images); imported with an empty body</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Displays help on commandline options.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Displays help including Qt specific options.</translation>
    </message>
</context>
<context>
    <name>QueryParser</name>
    <message>
        <source>the query is too long (%1 characters; the limit is %2)</source>
        <translation>the query is too long (%1 characters; the limit is %2)</translation>
    </message>
    <message>
        <source>unclosed quote: add a closing &quot; to end the phrase</source>
        <translation>unclosed quote: add a closing &quot; to end the phrase</translation>
    </message>
    <message>
        <source>unclosed quote: add a closing &quot; to end the value</source>
        <translation>unclosed quote: add a closing &quot; to end the value</translation>
    </message>
    <message>
        <source>unexpected &apos;)&apos;: there is no &apos;(&apos; to close</source>
        <translation>unexpected &apos;)&apos;: there is no &apos;(&apos; to close</translation>
    </message>
    <message>
        <source>unexpected text</source>
        <translation>unexpected text</translation>
    </message>
    <message>
        <source>OR needs a term before it</source>
        <translation>OR needs a term before it</translation>
    </message>
    <message>
        <source>expected a search term</source>
        <translation>expected a search term</translation>
    </message>
    <message>
        <source>OR needs a term after it</source>
        <translation>OR needs a term after it</translation>
    </message>
    <message>
        <source>the query nests too deeply (the limit is %1 levels)</source>
        <translation>the query nests too deeply (the limit is %1 levels)</translation>
    </message>
    <message>
        <source>empty parentheses: expected a search term inside</source>
        <translation>empty parentheses: expected a search term inside</translation>
    </message>
    <message>
        <source>missing &apos;)&apos; to close the &apos;(&apos; at position %1</source>
        <translation>missing &apos;)&apos; to close the &apos;(&apos; at position %1</translation>
    </message>
    <message>
        <source>too many terms (the limit is %1)</source>
        <translation>too many terms (the limit is %1)</translation>
    </message>
    <message>
        <source>empty phrase: put words between the quotes</source>
        <translation>empty phrase: put words between the quotes</translation>
    </message>
    <message>
        <source>unknown field &apos;%1:&apos;; expected one of %2</source>
        <translation>unknown field &apos;%1:&apos;; expected one of %2</translation>
    </message>
    <message>
        <source>&apos;%1:&apos; needs a value, e.g. %2</source>
        <translation>&apos;%1:&apos; needs a value, e.g. %2</translation>
    </message>
    <message>
        <source>unknown cause &apos;%1&apos;; expected one of %2</source>
        <translation>unknown cause &apos;%1&apos;; expected one of %2</translation>
    </message>
    <message>
        <source>unknown sector &apos;%1&apos;; expected one of %2</source>
        <translation>unknown sector &apos;%1&apos;; expected one of %2</translation>
    </message>
    <message>
        <source>unknown origin &apos;%1&apos;; expected label, rule or user</source>
        <translation>unknown origin &apos;%1&apos;; expected label, rule or user</translation>
    </message>
    <message>
        <source>unknown value &apos;%1&apos; for has:; expected one of %2</source>
        <translation>unknown value &apos;%1&apos; for has:; expected one of %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a case id; expected e.g. case:2024-012 or case:2024</source>
        <translation>&apos;%1&apos; is not a case id; expected e.g. case:2024-012 or case:2024</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid value for %2:; expected e.g. %3</source>
        <translation>&apos;%1&apos; is not a valid value for %2:; expected e.g. %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date or date range; expected e.g. %2 (ISO dates, either end may be open)</source>
        <translation>&apos;%1&apos; is not a date or date range; expected e.g. %2 (ISO dates, either end may be open)</translation>
    </message>
    <message>
        <source>the date range ends before it starts</source>
        <translation>the date range ends before it starts</translation>
    </message>
    <message>
        <source>nothing searchable in the query</source>
        <translation>nothing searchable in the query</translation>
    </message>
    <message>
        <source>unknown value &apos;%1&apos; for is:; expected starred, followup or removed</source>
        <translation>unknown value &apos;%1&apos; for is:; expected starred, followup or removed</translation>
    </message>
    <message>
        <source>unknown data kind &apos;%1&apos; in data:; expected one of %2</source>
        <translation>unknown data kind &apos;%1&apos; in data:; expected one of %2</translation>
    </message>
    <message>
        <source>unknown value &apos;%1&apos; in via:; expected contractor</source>
        <translation>unknown value &apos;%1&apos; in via:; expected contractor</translation>
    </message>
    <message>
        <source>unknown scheme &apos;%1&apos;; expected one of %2, e.g. %3</source>
        <translation>unknown scheme &apos;%1&apos;; expected one of %2, e.g. %3</translation>
    </message>
    <message>
        <source>unknown category &apos;%1&apos; of scheme %2; expected one of %3</source>
        <translation>unknown category &apos;%1&apos; of scheme %2; expected one of %3</translation>
    </message>
</context>
<context>
    <name>QuerySql</name>
    <message>
        <source>%1 (for %2)</source>
        <translation>%1 (for %2)</translation>
    </message>
</context>
<context>
    <name>Reclassifier</name>
    <message>
        <source>reclassifying failed: %1</source>
        <translation>reclassifying failed: %1</translation>
    </message>
    <message>
        <source>reclassifying done, but the learned cause model failed: %1</source>
        <translation>reclassifying done, but the learned cause model failed: %1</translation>
    </message>
</context>
<context>
    <name>RelevanceRank</name>
    <message>
        <source>SQLite has no FTS5</source>
        <translation>SQLite has no FTS5</translation>
    </message>
    <message>
        <source>cannot register the FTS5 function %1: %2</source>
        <translation>cannot register the FTS5 function %1: %2</translation>
    </message>
</context>
<context>
    <name>RuleSet</name>
    <message>
        <source>%1: &quot;%2&quot; must be an object of rule lists keyed by category</source>
        <translation>%1: &quot;%2&quot; must be an object of rule lists keyed by category</translation>
    </message>
    <message>
        <source>%1: %2.%3 is not a key of the taxonomy</source>
        <translation>%1: %2.%3 is not a key of the taxonomy</translation>
    </message>
    <message>
        <source>%1: %2.%3 must be a list of rules</source>
        <translation>%1: %2.%3 must be a list of rules</translation>
    </message>
    <message>
        <source>%1: %2 is not a rule object</source>
        <translation>%1: %2 is not a rule object</translation>
    </message>
    <message>
        <source>%1: %2 needs an id and a pattern</source>
        <translation>%1: %2 needs an id and a pattern</translation>
    </message>
    <message>
        <source>%1: %2: the id is used twice</source>
        <translation>%1: %2: the id is used twice</translation>
    </message>
    <message>
        <source>%1: %2: unknown field &quot;%3&quot; (expected id, pattern, title, caption, body, organization, comment)</source>
        <translation>%1: %2: unknown field &quot;%3&quot; (expected id, pattern, title, caption, body, organization, comment)</translation>
    </message>
    <message>
        <source>%1: %2: the weight &quot;%3&quot; must be a number ≥ 0</source>
        <translation>%1: %2: the weight &quot;%3&quot; must be a number ≥ 0</translation>
    </message>
    <message>
        <source>%1: %2: invalid pattern at offset %3: %4</source>
        <translation>%1: %2: invalid pattern at offset %3: %4</translation>
    </message>
    <message>
        <source>%1: %2: the pattern matches empty text</source>
        <translation>%1: %2: the pattern matches empty text</translation>
    </message>
    <message>
        <source>%1: %2 has no weight for any field (title, caption, body, organization)</source>
        <translation>%1: %2 has no weight for any field (title, caption, body, organization)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a list</source>
        <translation>%1: &quot;%2&quot; must be a list</translation>
    </message>
    <message>
        <source>%1: %2: &quot;category&quot; must be a taxonomy key</source>
        <translation>%1: %2: &quot;category&quot; must be a taxonomy key</translation>
    </message>
    <message>
        <source>%1: %2: &quot;min_score&quot; must be a number &gt; 0</source>
        <translation>%1: %2: &quot;min_score&quot; must be a number &gt; 0</translation>
    </message>
    <message>
        <source>%1: %2: &quot;over&quot; must list the keys it wins over</source>
        <translation>%1: %2: &quot;over&quot; must list the keys it wins over</translation>
    </message>
    <message>
        <source>%1: %2: &quot;%3&quot; in &quot;over&quot; is not another taxonomy key</source>
        <translation>%1: %2: &quot;%3&quot; in &quot;over&quot; is not another taxonomy key</translation>
    </message>
    <message>
        <source>%1: cannot read rules file: %2</source>
        <translation>%1: cannot read rules file: %2</translation>
    </message>
    <message>
        <source>%1: not a rules file: invalid JSON at offset %2: %3</source>
        <translation>%1: not a rules file: invalid JSON at offset %2: %3</translation>
    </message>
    <message>
        <source>%1: fallback_cause or fallback_sector is not a taxonomy key</source>
        <translation>%1: fallback_cause or fallback_sector is not a taxonomy key</translation>
    </message>
    <message>
        <source>%1: a rules file needs &quot;causes&quot; and &quot;sectors&quot; objects</source>
        <translation>%1: a rules file needs &quot;causes&quot; and &quot;sectors&quot; objects</translation>
    </message>
    <message>
        <source>%1: &quot;min_score&quot; must be a number</source>
        <translation>%1: &quot;min_score&quot; must be a number</translation>
    </message>
    <message>
        <source>%1: %2: &quot;when_rules&quot; names &quot;%3&quot;, not a rule of &quot;%4&quot;</source>
        <translation>%1: %2: &quot;when_rules&quot; names &quot;%3&quot;, not a rule of &quot;%4&quot;</translation>
    </message>
</context>
<context>
    <name>SampleNotices</name>
    <message>
        <source>cannot count the sample notices: %1</source>
        <translation>cannot count the sample notices: %1</translation>
    </message>
    <message>
        <source>cannot remove the sample notices: %1</source>
        <translation>cannot remove the sample notices: %1</translation>
    </message>
</context>
<context>
    <name>SchemeMap</name>
    <message>
        <source>expected a non-empty text</source>
        <translation>expected a non-empty text</translation>
    </message>
    <message>
        <source>expected a list of texts</source>
        <translation>expected a list of texts</translation>
    </message>
    <message>
        <source>unknown field; expected one of %1</source>
        <translation>unknown field; expected one of %1</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>expected an object</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a key: use letters, digits, _ . and - only</source>
        <translation>&apos;%1&apos; is not a key: use letters, digits, _ . and - only</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a colour like #2e86ab</source>
        <translation>&apos;%1&apos; is not a colour like #2e86ab</translation>
    </message>
    <message>
        <source>unknown cause &apos;%1&apos;; expected a key of the taxonomy</source>
        <translation>unknown cause &apos;%1&apos;; expected a key of the taxonomy</translation>
    </message>
    <message>
        <source>unknown sector &apos;%1&apos;</source>
        <translation>unknown sector &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is none of the scheme&apos;s categories</source>
        <translation>&apos;%1&apos; is none of the scheme&apos;s categories</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an id: use small letters, digits and _</source>
        <translation>&apos;%1&apos; is not an id: use small letters, digits and _</translation>
    </message>
    <message>
        <source>expected a list of categories</source>
        <translation>expected a list of categories</translation>
    </message>
    <message>
        <source>&apos;%1&apos; twice</source>
        <translation>&apos;%1&apos; twice</translation>
    </message>
    <message>
        <source>expected a list of rules</source>
        <translation>expected a list of rules</translation>
    </message>
    <message>
        <source>never used: an earlier rule for cause &apos;%1&apos; has no conditions</source>
        <translation>never used: an earlier rule for cause &apos;%1&apos; has no conditions</translation>
    </message>
    <message>
        <source>no rule without conditions for cause &apos;%1&apos;: every cause must have a category</source>
        <translation>no rule without conditions for cause &apos;%1&apos;: every cause must have a category</translation>
    </message>
    <message>
        <source>%1: not a schemes file: invalid JSON at offset %2: %3</source>
        <translation>%1: not a schemes file: invalid JSON at offset %2: %3</translation>
    </message>
    <message>
        <source>expected a list of schemes</source>
        <translation>expected a list of schemes</translation>
    </message>
    <message>
        <source>%1: cannot read schemes file: %2</source>
        <translation>%1: cannot read schemes file: %2</translation>
    </message>
    <message>
        <source>%1; using the built-in schemes</source>
        <translation>%1; using the built-in schemes</translation>
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message>
        <source>%1: cannot rebuild the search index: %2</source>
        <translation>%1: cannot rebuild the search index: %2</translation>
    </message>
    <message>
        <source>cannot rebuild the search index: %1</source>
        <translation>cannot rebuild the search index: %1</translation>
    </message>
    <message>
        <source>the search index rebuild was cancelled</source>
        <translation>the search index rebuild was cancelled</translation>
    </message>
</context>
<context>
    <name>SourceReader</name>
    <message>
        <source>a line is longer than %1 characters: not a page of the blog</source>
        <translation>a line is longer than %1 characters: not a page of the blog</translation>
    </message>
    <message>
        <source>the file holds no text</source>
        <translation>the file holds no text</translation>
    </message>
    <message>
        <source>line %1 is longer than %2 characters: not a page of the blog</source>
        <translation>line %1 is longer than %2 characters: not a page of the blog</translation>
    </message>
    <message>
        <source>not a readable Atom feed: %1</source>
        <translation>not a readable Atom feed: %1</translation>
    </message>
    <message numerus="yes">
        <source>no incident posts found (%n other post(s) skipped)</source>
        <translation>
            <numerusform>no incident posts found (%n other post skipped)</numerusform>
            <numerusform>no incident posts found (%n other posts skipped)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryDocumentBuilder</name>
    <message>
        <source>Printed %1</source>
        <translation>Printed %1</translation>
    </message>
    <message>
        <source>Page %1 / %2</source>
        <translation>Page %1 / %2</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>Announced</translation>
    </message>
    <message>
        <source>%1 (%2: “%3”)</source>
        <translation>%1 (%2: “%3”)</translation>
    </message>
    <message>
        <source>from the source label</source>
        <translation>from the source label</translation>
    </message>
    <message>
        <source>set by you</source>
        <translation>set by you</translation>
    </message>
    <message>
        <source>by rule, confidence %1</source>
        <translation>by rule, confidence %1</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Affected</source>
        <translation>Affected</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>yes, of %1</source>
        <translation>yes, of %1</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <source>Org.</source>
        <translation>Org.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>Your note</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Notice</translation>
    </message>
    <message>
        <source>(The notice text is not in the database.)</source>
        <translation>(The notice text is not in the database.)</translation>
    </message>
    <message>
        <source>no incident with key &apos;%1&apos;</source>
        <translation>no incident with key &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>SummaryPrinting</name>
    <message>
        <source>Print #%1 %2</source>
        <translation>Print #%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>Print %n incident summaries</source>
        <translation>
            <numerusform>Print %n incident summary</numerusform>
            <numerusform>Print %n incident summaries</numerusform>
        </translation>
    </message>
    <message>
        <source>select the incidents to print first</source>
        <translation>select the incidents to print first</translation>
    </message>
    <message>
        <source>select the incidents to export first</source>
        <translation>select the incidents to export first</translation>
    </message>
    <message>
        <source>Summary: one page per incident. Full notice: the whole text.</source>
        <translation>Summary: one page per incident. Full notice: the whole text.</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>Layout:</translation>
    </message>
</context>
<context>
    <name>SummaryRenderer</name>
    <message>
        <source>printing needs a QGuiApplication (fonts)</source>
        <translation>printing needs a QGuiApplication (fonts)</translation>
    </message>
    <message>
        <source>the page has no printable area</source>
        <translation>the page has no printable area</translation>
    </message>
    <message>
        <source>the page is too small for the summary of %1</source>
        <translation>the page is too small for the summary of %1</translation>
    </message>
    <message>
        <source>nothing to print</source>
        <translation>nothing to print</translation>
    </message>
    <message>
        <source>cannot start printing</source>
        <translation>cannot start printing</translation>
    </message>
    <message>
        <source>cannot start a new page</source>
        <translation>cannot start a new page</translation>
    </message>
    <message>
        <source>printing failed</source>
        <translation>printing failed</translation>
    </message>
    <message numerus="yes">
        <source>%n incident summaries</source>
        <translation>
            <numerusform>%n incident summary</numerusform>
            <numerusform>%n incident summaries</numerusform>
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
        <translation>unknown</translation>
    </message>
    <message>
        <source>the notice does not say</source>
        <translation>the notice does not say</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1: “%2”</translation>
    </message>
    <message>
        <source>Days to disclosure</source>
        <translation>Days to disclosure</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>from discovery (%1) to announcement (%2)</source>
        <translation>from discovery (%1) to announcement (%2)</translation>
    </message>
    <message>
        <source>needs the dates of discovery and announcement</source>
        <translation>needs the dates of discovery and announcement</translation>
    </message>
    <message>
        <source>from the source label %1</source>
        <translation>from the source label %1</translation>
    </message>
    <message>
        <source>set by you; imported as %1</source>
        <translation>set by you; imported as %1</translation>
    </message>
    <message>
        <source>by the learned model, probability %1</source>
        <translation>by the learned model, probability %1</translation>
    </message>
    <message>
        <source>by the rules, confidence %1</source>
        <translation>by the rules, confidence %1</translation>
    </message>
    <message>
        <source>rules that matched: %1 (they say %2)</source>
        <translation>rules that matched: %1 (they say %2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>other counts: %1</source>
        <translation>other counts: %1</translation>
    </message>
    <message>
        <source>unknown — candidates: %1</source>
        <translation>unknown — candidates: %1</translation>
    </message>
    <message>
        <source>the notice states no count</source>
        <translation>the notice states no count</translation>
    </message>
    <message>
        <source>Data leaked</source>
        <translation>Data leaked</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>not stated</translation>
    </message>
    <message>
        <source>Contractor / third party</source>
        <translation>Contractor / third party</translation>
    </message>
    <message>
        <source>yes (%1)</source>
        <translation>yes (%1)</translation>
    </message>
    <message>
        <source>none named in the notice</source>
        <translation>none named in the notice</translation>
    </message>
    <message>
        <source>Key facts</source>
        <translation>Key facts</translation>
    </message>
    <message numerus="yes">
        <source>%n more dated event(s) in the notice</source>
        <translation>
            <numerusform>%n more dated event in the notice</numerusform>
            <numerusform>%n more dated events in the notice</numerusform>
        </translation>
    </message>
    <message>
        <source>Other posts of case #%1</source>
        <translation>Other posts of case #%1</translation>
    </message>
    <message>
        <source>None in the database.</source>
        <translation>None in the database.</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) in the database.</source>
        <translation>
            <numerusform>%n post in the database.</numerusform>
            <numerusform>%n posts in the database.</numerusform>
        </translation>
    </message>
    <message>
        <source>(follow-up)</source>
        <translation>(follow-up)</translation>
    </message>
    <message>
        <source>(first notice)</source>
        <translation>(first notice)</translation>
    </message>
    <message numerus="yes">
        <source>%n more post(s)</source>
        <translation>
            <numerusform>%n more post</numerusform>
            <numerusform>%n more posts</numerusform>
        </translation>
    </message>
    <message>
        <source>Notice (opening)</source>
        <translation>Notice (opening)</translation>
    </message>
    <message numerus="yes">
        <source>… %n more paragraph(s): the Full notice layout prints the whole text.</source>
        <translation>
            <numerusform>… %n more paragraph: the Full notice layout prints the whole text.</numerusform>
            <numerusform>… %n more paragraphs: the Full notice layout prints the whole text.</numerusform>
        </translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <source>printing needs a QGuiApplication (fonts)</source>
        <translation>printing needs a QGuiApplication (fonts)</translation>
    </message>
    <message>
        <source>the page has no printable area</source>
        <translation>the page has no printable area</translation>
    </message>
    <message>
        <source>the page is too small for the summary of #%1</source>
        <translation>the page is too small for the summary of #%1</translation>
    </message>
    <message>
        <source>nothing to print</source>
        <translation>nothing to print</translation>
    </message>
    <message>
        <source>the summaries take %1 pages instead of %2</source>
        <translation>the summaries take %1 pages instead of %2</translation>
    </message>
</context>
<context>
    <name>SummarySheetRenderer</name>
    <message numerus="yes">
        <source>%n incident summaries</source>
        <translation>
            <numerusform>%n incident summary</numerusform>
            <numerusform>%n incident summaries</numerusform>
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
        <translation>cannot read the sync log: %1</translation>
    </message>
</context>
<context>
    <name>SyntheticCorpus</name>
    <message>
        <source>%1: cannot create folder</source>
        <translation>%1: cannot create folder</translation>
    </message>
</context>
<context>
    <name>Taxonomy</name>
    <message>
        <source>%1: invalid JSON at offset %2: %3</source>
        <translation>%1: invalid JSON at offset %2: %3</translation>
    </message>
    <message>
        <source>%1: an entry lacks key, ja or en</source>
        <translation>%1: an entry lacks key, ja or en</translation>
    </message>
    <message>
        <source>no causes or sectors</source>
        <translation>no causes or sectors</translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <source>not UTF-16</source>
        <translation>not UTF-16</translation>
    </message>
    <message>
        <source>no converter for %1</source>
        <translation>no converter for %1</translation>
    </message>
    <message>
        <source>cannot decode as %1 (ICU error %2)</source>
        <translation>cannot decode as %1 (ICU error %2)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>not a text file (%1 control characters)</source>
        <translation>not a text file (%1 control characters)</translation>
    </message>
    <message>
        <source>not a text file (it contains NUL bytes)</source>
        <translation>not a text file (it contains NUL bytes)</translation>
    </message>
    <message>
        <source>%1 invalid UTF-8 byte sequence(s) replaced with U+FFFD</source>
        <translation>%1 invalid UTF-8 byte sequence(s) replaced with U+FFFD</translation>
    </message>
    <message>
        <source>%1 byte sequence(s) not valid in %2 replaced with U+FFFD</source>
        <translation>%1 byte sequence(s) not valid in %2 replaced with U+FFFD</translation>
    </message>
    <message>
        <source>not text in a supported encoding (UTF-8, UTF-16, Shift_JIS, EUC-JP)</source>
        <translation>not text in a supported encoding (UTF-8, UTF-16, Shift_JIS, EUC-JP)</translation>
    </message>
</context>
<context>
    <name>TrendChartBuilder</name>
    <message>
        <source>Share of people affected</source>
        <translation>Share of people affected</translation>
    </message>
    <message>
        <source>Share of incidents</source>
        <translation>Share of incidents</translation>
    </message>
    <message>
        <source>People affected</source>
        <translation>People affected</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>%1 Q%2</source>
        <comment>a quarter on the time axis: year, quarter number</comment>
        <translation>%1 Q%2</translation>
    </message>
    <message>
        <source>Days from discovery to announcement</source>
        <translation>Days from discovery to announcement</translation>
    </message>
    <message>
        <source>Share of the period&apos;s people affected</source>
        <translation>Share of the period&apos;s people affected</translation>
    </message>
    <message>
        <source>Share of the period&apos;s incidents</source>
        <translation>Share of the period&apos;s incidents</translation>
    </message>
</context>
<context>
    <name>TrendChartExport</name>
    <message>
        <source>%1 incidents</source>
        <translation>%1 incidents</translation>
    </message>
    <message>
        <source>no date: %1 incidents, not in the chart</source>
        <translation>no date: %1 incidents, not in the chart</translation>
    </message>
    <message>
        <source>every incident has a date</source>
        <translation>every incident has a date</translation>
    </message>
    <message>
        <source>Jikenbo</source>
        <translation>Jikenbo</translation>
    </message>
    <message>
        <source>Exported by Jikenbo</source>
        <translation>Exported by Jikenbo</translation>
    </message>
    <message>
        <source>%1: cannot write the SVG drawing</source>
        <translation>%1: cannot write the SVG drawing</translation>
    </message>
    <message>
        <source>%1: cannot write the PNG image</source>
        <translation>%1: cannot write the PNG image</translation>
    </message>
    <message>
        <source>%1 with both dates (discovered, announced) in the boxes</source>
        <translation>%1 with both dates (discovered, announced) in the boxes</translation>
    </message>
    <message>
        <source>an incident is in each kind of data it leaked</source>
        <translation>an incident is in each kind of data it leaked</translation>
    </message>
</context>
<context>
    <name>TrendQuery</name>
    <message>
        <source>the matching notices span more than %1 periods; narrow the query</source>
        <translation>the matching notices span more than %1 periods; narrow the query</translation>
    </message>
    <message>
        <source>sector</source>
        <translation>sector</translation>
    </message>
    <message>
        <source>cause</source>
        <translation>cause</translation>
    </message>
    <message>
        <source>None named</source>
        <translation>None named</translation>
    </message>
    <message>
        <source>At or through a contractor</source>
        <translation>At or through a contractor</translation>
    </message>
    <message>
        <source>Directly</source>
        <translation>Directly</translation>
    </message>
    <message>
        <source>data leaked</source>
        <translation>data leaked</translation>
    </message>
    <message>
        <source>contractor</source>
        <translation>contractor</translation>
    </message>
</context>
<context>
    <name>UnmappableReport</name>
    <message>
        <source>%1 ×%2 (first in %3, %4)</source>
        <translation>%1 ×%2 (first in %3, %4)</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) (%1 different) cannot be written in CP932: %2%3</source>
        <translation>
            <numerusform>%n character (%1 different) cannot be written in CP932: %2%3</numerusform>
            <numerusform>%n characters (%1 different) cannot be written in CP932: %2%3</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2 ×%3</source>
        <translation>%1 → %2 ×%3</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) CP932 cannot hold were replaced: %1%2</source>
        <translation>
            <numerusform>%n character CP932 cannot hold was replaced: %1%2</numerusform>
            <numerusform>%n characters CP932 cannot hold were replaced: %1%2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerisExportJob</name>
    <message>
        <source>Writing %1…</source>
        <translation>Writing %1…</translation>
    </message>
</context>
<context>
    <name>VerisExporter</name>
    <message>
        <source>the output</source>
        <translation>the output</translation>
    </message>
    <message>
        <source>%1 has no scheme &apos;veris&apos; to take the actions from</source>
        <translation>%1 has no scheme &apos;veris&apos; to take the actions from</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>jikenbo::DetailPane</name>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>Back (Alt+Left)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation>Forward (Alt+Right)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Forward</translation>
    </message>
    <message>
        <source>Star this incident</source>
        <translation>Star this incident</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Star</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Notice</translation>
    </message>
    <message>
        <source>Cause override</source>
        <translation>Cause override</translation>
    </message>
    <message>
        <source>tags, separated by commas</source>
        <translation>tags, separated by commas</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Your note about this incident</source>
        <translation>Your note about this incident</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Save note</translation>
    </message>
    <message>
        <source>Cause:</source>
        <translation>Cause:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Select an incident to read its notice.</source>
        <translation>Select an incident to read its notice.</translation>
    </message>
    <message>
        <source>This incident is no longer in the database.</source>
        <translation>This incident is no longer in the database.</translation>
    </message>
    <message>
        <source>As imported: %1</source>
        <translation>As imported: %1</translation>
    </message>
</context>
<context>
    <name>jikenbo::ExportDialog</name>
    <message>
        <source>Export as CSV</source>
        <translation>Export as CSV</translation>
    </message>
    <message>
        <source>Excel: UTF-8 with BOM</source>
        <translation>Excel: UTF-8 with BOM</translation>
    </message>
    <message>
        <source>Excel, older Japanese versions: Shift_JIS (CP932)</source>
        <translation>Excel, older Japanese versions: Shift_JIS (CP932)</translation>
    </message>
    <message>
        <source>UTF-8 without BOM (other programs, scripts)</source>
        <translation>UTF-8 without BOM (other programs, scripts)</translation>
    </message>
    <message>
        <source>Windows line endings (CRLF)</source>
        <translation>Windows line endings (CRLF)</translation>
    </message>
    <message>
        <source>Replace characters Shift_JIS cannot hold (〜 → ～, others → ?)</source>
        <translation>Replace characters Shift_JIS cannot hold (〜 → ～, others → ?)</translation>
    </message>
    <message>
        <source>Without this, the export stops and lists the characters before writing anything.</source>
        <translation>Without this, the export stops and lists the characters before writing anything.</translation>
    </message>
    <message>
        <source>Column names in the program&apos;s language</source>
        <translation>Column names in the program&apos;s language</translation>
    </message>
    <message>
        <source>Stable keys, also for cause and sector (for scripts)</source>
        <translation>Stable keys, also for cause and sector (for scripts)</translation>
    </message>
    <message>
        <source>Protect against formula injection</source>
        <translation>Protect against formula injection</translation>
    </message>
    <message>
        <source>Spreadsheets run a cell that starts with =, +, -, @, a tab or a line break as a formula, so text from a notice or a note could run commands or send data elsewhere when the file is opened. This puts an apostrophe (&apos;) before such cells so they stay text. Turn it off only for programs that are not spreadsheets.</source>
        <translation>Spreadsheets run a cell that starts with =, +, -, @, a tab or a line break as a formula, so text from a notice or a note could run commands or send data elsewhere when the file is opened. This puts an apostrophe (&apos;) before such cells so they stay text. Turn it off only for programs that are not spreadsheets.</translation>
    </message>
    <message>
        <source>Move the column up</source>
        <translation>Move the column up</translation>
    </message>
    <message>
        <source>Move the column down</source>
        <translation>Move the column down</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Header:</source>
        <translation>&amp;Header:</translation>
    </message>
    <message>
        <source>Columns (checked ones are written, in this order)</source>
        <translation>Columns (checked ones are written, in this order)</translation>
    </message>
    <message>
        <source>%1 incident(s) match the current search; all of them are exported.</source>
        <translation>%1 incident(s) match the current search; all of them are exported.</translation>
    </message>
</context>
<context>
    <name>jikenbo::FacetPanel</name>
    <message>
        <source>Facets</source>
        <translation>Facets</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Show only %1 (adds %2 to the search)</source>
        <translation>Show only %1 (adds %2 to the search)</translation>
    </message>
    <message>
        <source>Data leaked</source>
        <translation>Data leaked</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>Contractor</translation>
    </message>
    <message>
        <source>At or through a contractor</source>
        <translation>At or through a contractor</translation>
    </message>
</context>
<context>
    <name>jikenbo::IncidentBrowser</name>
    <message>
        <source>Query failed: %1</source>
        <translation>Query failed: %1</translation>
    </message>
    <message>
        <source>Jikenbo</source>
        <translation>Jikenbo</translation>
    </message>
    <message>
        <source>Note saved</source>
        <translation>Note saved</translation>
    </message>
    <message>
        <source>%1 of %2 incidents</source>
        <translation>%1 of %2 incidents</translation>
    </message>
    <message>
        <source>(searching…)</source>
        <translation>(searching…)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No incidents yet&lt;/h3&gt;&lt;p&gt;Import pages of the blog with &lt;b&gt;File → Import Files…&lt;/b&gt; (Ctrl+O), drop files or folders on this window, or bring the database up to date with &lt;b&gt;File → Sync from the Blog&lt;/b&gt; (F6).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;No incidents yet&lt;/h3&gt;&lt;p&gt;Import pages of the blog with &lt;b&gt;File → Import Files…&lt;/b&gt; (Ctrl+O), drop files or folders on this window, or bring the database up to date with &lt;b&gt;File → Sync from the Blog&lt;/b&gt; (F6).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No incidents match&lt;/h3&gt;&lt;p&gt;Nothing matches &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Remove a term, or press Esc in the search box to see all %2 incidents.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;No incidents match&lt;/h3&gt;&lt;p&gt;Nothing matches &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Remove a term, or press Esc in the search box to see all %2 incidents.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>jikenbo::IncidentRowMenu</name>
    <message>
        <source>Copy Case ID</source>
        <translation>Copy Case ID</translation>
    </message>
    <message>
        <source>Copy Title</source>
        <translation>Copy Title</translation>
    </message>
    <message>
        <source>Copy Organization</source>
        <translation>Copy Organization</translation>
    </message>
    <message>
        <source>Copy Source URL</source>
        <translation>Copy Source URL</translation>
    </message>
    <message>
        <source>Open Source in Browser</source>
        <translation>Open Source in Browser</translation>
    </message>
    <message>
        <source>Remove Star</source>
        <translation>Remove Star</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Star</translation>
    </message>
</context>
<context>
    <name>jikenbo::IncidentTableModel</name>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>Announced</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Affected</source>
        <translation>Affected</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>from the source label %1</source>
        <translation>from the source label %1</translation>
    </message>
    <message>
        <source>set by you</source>
        <translation>set by you</translation>
    </message>
    <message>
        <source>by the rules, confidence %1</source>
        <translation>by the rules, confidence %1</translation>
    </message>
</context>
<context>
    <name>jikenbo::IncidentTableView</name>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Reset column widths</source>
        <translation>Reset column widths</translation>
    </message>
</context>
<context>
    <name>jikenbo::JobStatusView</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>jikenbo::MainActions</name>
    <message>
        <source>&amp;Import Files…</source>
        <translation>&amp;Import Files…</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>Import &amp;Folder…</translation>
    </message>
    <message>
        <source>&amp;Sync from the Blog</source>
        <translation>&amp;Sync from the Blog</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Export CSV…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Export P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>Notice on the &amp;Right</source>
        <translation>Notice on the &amp;Right</translation>
    </message>
    <message>
        <source>Notice &amp;Below</source>
        <translation>Notice &amp;Below</translation>
    </message>
    <message>
        <source>Show Japanese &amp;Era Dates</source>
        <translation>Show Japanese &amp;Era Dates</translation>
    </message>
    <message>
        <source>Search &amp;Synonyms Too</source>
        <translation>Search &amp;Synonyms Too</translation>
    </message>
    <message>
        <source>Also find wider synonyms, e.g. 漏えい finds 流出</source>
        <translation>Also find wider synonyms, e.g. 漏えい finds 流出</translation>
    </message>
    <message>
        <source>Order by &amp;Relevance</source>
        <translation>Order by &amp;Relevance</translation>
    </message>
    <message>
        <source>Best matches of the search words first (click a column header to sort by it again)</source>
        <translation>Best matches of the search words first (click a column header to sort by it again)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Classify All Again</source>
        <translation>&amp;Classify All Again</translation>
    </message>
    <message>
        <source>Run the classification rules over every incident again; your overrides stay</source>
        <translation>Run the classification rules over every incident again; your overrides stay</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Forward</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Search Syntax</source>
        <translation>&amp;Search Syntax</translation>
    </message>
    <message>
        <source>Search Syntax</source>
        <translation>Search Syntax</translation>
    </message>
    <message>
        <source>&amp;About Jikenbo</source>
        <translation>&amp;About Jikenbo</translation>
    </message>
    <message>
        <source>About Jikenbo</source>
        <translation>About Jikenbo</translation>
    </message>
    <message>
        <source>Jikenbo %1 — a browser for Japanese security-incident notices.
Licensed under the GNU GPL, version 3 or later.</source>
        <translation>Jikenbo %1 — a browser for Japanese security-incident notices.
Licensed under the GNU GPL, version 3 or later.</translation>
    </message>
    <message>
        <source>Export VERIS JSON &amp;Lines…</source>
        <translation>Export VERIS JSON &amp;Lines…</translation>
    </message>
    <message>
        <source>Write the incidents the search matches as VERIS-shaped JSON Lines, for VCDB-style tools</source>
        <translation>Write the incidents the search matches as VERIS-shaped JSON Lines, for VCDB-style tools</translation>
    </message>
    <message>
        <source>Words must all match (紛失 USBメモリ); &quot;quoted phrase&quot;; -word excludes; a OR b.
Fields: cause:ransomware or cause:設定ミス, sector:medical, org:病院, case:2024-012, year:2023, date:2023-01-01..2023-06-30 (either end open), affected:&gt;1000 or 100..500, label:設定ミス, origin:label|rule|user, confidence:&lt;0.5, tag:…, is:starred, has:note, has:date, has:affected, has:data.
Found and happened: discovered:2024-01-01..2024-03-31, occurred:2024-03; days from discovery to announcement: lag:&gt;30, lag:&lt;=7, lag:10..30; data leaked: data:card (name, address, phone, email, birth_date, card, bank_account, my_number, health, credentials, student_records, employee_records, other); via:contractor.
Width, case and katakana/hiragana are ignored.</source>
        <translation>Words must all match (紛失 USBメモリ); &quot;quoted phrase&quot;; -word excludes; a OR b.
Fields: cause:ransomware or cause:設定ミス, sector:medical, org:病院, case:2024-012, year:2023, date:2023-01-01..2023-06-30 (either end open), affected:&gt;1000 or 100..500, label:設定ミス, origin:label|rule|user, confidence:&lt;0.5, tag:…, is:starred, has:note, has:date, has:affected, has:data.
Found and happened: discovered:2024-01-01..2024-03-31, occurred:2024-03; days from discovery to announcement: lag:&gt;30, lag:&lt;=7, lag:10..30; data leaked: data:card (name, address, phone, email, birth_date, card, bank_account, my_number, health, credentials, student_records, employee_records, other); via:contractor.
Width, case and katakana/hiragana are ignored.</translation>
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
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Trends</translation>
    </message>
    <message>
        <source>Jikenbo</source>
        <translation>Jikenbo</translation>
    </message>
    <message>
        <source>Cancel the running task</source>
        <translation>Cancel the running task</translation>
    </message>
    <message>
        <source>A task is still running. Cancel it and quit?</source>
        <translation>A task is still running. Cancel it and quit?</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>The classification rules changed. Classify every incident again now? Your overrides stay.</source>
        <translation>The classification rules changed. Classify every incident again now? Your overrides stay.</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Views</translation>
    </message>
    <message>
        <source>%1 sample notices removed; %2 of your annotations on them kept.</source>
        <translation>%1 sample notices removed; %2 of your annotations on them kept.</translation>
    </message>
    <message>
        <source>Remove Sample Notices</source>
        <translation>Remove Sample Notices</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>Cancel the export</translation>
    </message>
</context>
<context>
    <name>jikenbo::PrintLayoutDialog</name>
    <message>
        <source>Export PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>One page per incident: the key facts with their evidence, a short timeline, the other posts of the case and the opening of the notice.</source>
        <translation>One page per incident: the key facts with their evidence, a short timeline, the other posts of the case and the opening of the notice.</translation>
    </message>
    <message>
        <source>The whole notice with its fields and timeline, over as many pages as it takes.</source>
        <translation>The whole notice with its fields and timeline, over as many pages as it takes.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Layout of the PDF:</source>
        <translation>Layout of the PDF:</translation>
    </message>
    <message>
        <source>Full notice</source>
        <translation>Full notice</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
</context>
<context>
    <name>jikenbo::SampleCorpusBar</name>
    <message>
        <source>About the sample notices</source>
        <translation>About the sample notices</translation>
    </message>
    <message>
        <source>Download the Blog&apos;s Notices</source>
        <translation>Download the Blog&apos;s Notices</translation>
    </message>
    <message>
        <source>Remove Sample Notices</source>
        <translation>Remove Sample Notices</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Hide this message</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Try Again</translation>
    </message>
</context>
<context>
    <name>jikenbo::SampleCorpusController</name>
    <message>
        <source>Remove &amp;Sample Notices</source>
        <translation>Remove &amp;Sample Notices</translation>
    </message>
    <message>
        <source>Delete the fictional sample notices; imported notices and your notes stay</source>
        <translation>Delete the fictional sample notices; imported notices and your notes stay</translation>
    </message>
    <message>
        <source>The blog&apos;s notices are here: %1 new and %2 updated came in with the last sync. The %3 fictional sample notices are still in the list.</source>
        <translation>The blog&apos;s notices are here: %1 new and %2 updated came in with the last sync. The %3 fictional sample notices are still in the list.</translation>
    </message>
    <message>
        <source>Downloading the notices of %1… Progress and Cancel are in the status bar; you can keep working meanwhile.</source>
        <translation>Downloading the notices of %1… Progress and Cancel are in the status bar; you can keep working meanwhile.</translation>
    </message>
    <message>
        <source>Could not download the notices of %1: %2. The %3 sample notices stay usable; try again when you are online.</source>
        <translation>Could not download the notices of %1: %2. The %3 sample notices stay usable; try again when you are online.</translation>
    </message>
    <message>
        <source>The last download was cancelled; the next one continues it.</source>
        <translation>The last download was cancelled; the next one continues it.</translation>
    </message>
    <message>
        <source>the sync was interrupted</source>
        <translation>the sync was interrupted</translation>
    </message>
    <message>
        <source>Last synced %1: %2 new, %3 updated</source>
        <translation>Last synced %1: %2 new, %3 updated</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Not synced yet</translation>
    </message>
    <message>
        <source>Sync failed: %1. The notices are as of %2.</source>
        <translation>Sync failed: %1. The notices are as of %2.</translation>
    </message>
    <message>
        <source>Sync failed: %1. The notices here stay usable.</source>
        <translation>Sync failed: %1. The notices here stay usable.</translation>
    </message>
    <message>
        <source>These %1 notices are fictional samples, written to show how Jikenbo works. Download the notices of %2 to work with real ones.</source>
        <translation>These %1 notices are fictional samples, written to show how Jikenbo works. Download the notices of %2 to work with real ones.</translation>
    </message>
</context>
<context>
    <name>jikenbo::SearchBar</name>
    <message>
        <source>Search (Ctrl+F): 紛失 USBメモリ, cause:ransomware, org:病院, year:2023, affected:&gt;1000 …</source>
        <translation>Search (Ctrl+F): 紛失 USBメモリ, cause:ransomware, org:病院, year:2023, affected:&gt;1000 …</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Words and field terms such as cause:, sector:, org:, case:, year:, date:, affected:, label:</source>
        <translation>Words and field terms such as cause:, sector:, org:, case:, year:, date:, affected:, label:</translation>
    </message>
    <message>
        <source>Position %1: %2</source>
        <translation>Position %1: %2</translation>
    </message>
    <message>
        <source>Also searching: %1</source>
        <translation>Also searching: %1</translation>
    </message>
</context>
<context>
    <name>jikenbo::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>As the system</translation>
    </message>
    <message>
        <source>The language changes when Jikenbo starts next.</source>
        <translation>The language changes when Jikenbo starts next.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Show the Japanese era beside dates (令和6年1月9日)</source>
        <translation>Show the Japanese era beside dates (令和6年1月9日)</translation>
    </message>
    <message>
        <source>Feed address</source>
        <translation>Feed address</translation>
    </message>
    <message>
        <source>&amp;Feed to sync from:</source>
        <translation>&amp;Feed to sync from:</translation>
    </message>
    <message>
        <source>Built-in rules</source>
        <translation>Built-in rules</translation>
    </message>
    <message>
        <source>Classification rules file</source>
        <translation>Classification rules file</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Use Built-in</source>
        <translation>Use Built-in</translation>
    </message>
    <message>
        <source>Classification &amp;rules:</source>
        <translation>Classification &amp;rules:</translation>
    </message>
    <message>
        <source>Classification Rules</source>
        <translation>Classification Rules</translation>
    </message>
    <message>
        <source>Rules (*.json);;All files (*)</source>
        <translation>Rules (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>The feed address must be an http or https URL.</source>
        <translation>The feed address must be an http or https URL.</translation>
    </message>
    <message>
        <source>Reset to the Blog&apos;s Feed</source>
        <translation>Reset to the Blog&apos;s Feed</translation>
    </message>
    <message>
        <source>Sync when Jikenbo starts (in the background)</source>
        <translation>Sync when Jikenbo starts (in the background)</translation>
    </message>
</context>
<context>
    <name>jikenbo::TrendControlsBar</name>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Split by</source>
        <translation>Split by</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>People affected</source>
        <translation>People affected</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Scale</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Counts</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Percent</translation>
    </message>
    <message>
        <source>Each period&apos;s bar as 100%, split into shares</source>
        <translation>Each period&apos;s bar as 100%, split into shares</translation>
    </message>
    <message>
        <source>Patterns</source>
        <translation>Patterns</translation>
    </message>
    <message>
        <source>Fill each category with a pattern as well as its colour</source>
        <translation>Fill each category with a pattern as well as its colour</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Show the numbers as a table</source>
        <translation>Show the numbers as a table</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Return to the query before the last click on a bar (Alt+Left)</source>
        <translation>Return to the query before the last click on a bar (Alt+Left)</translation>
    </message>
    <message>
        <source>Show Incidents</source>
        <translation>Show Incidents</translation>
    </message>
    <message>
        <source>Show the incidents of the chart in the table</source>
        <translation>Show the incidents of the chart in the table</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Save or copy the chart</source>
        <translation>Save or copy the chart</translation>
    </message>
    <message>
        <source>Save as PNG or SVG…</source>
        <translation>Save as PNG or SVG…</translation>
    </message>
    <message>
        <source>Copy to Clipboard</source>
        <translation>Copy to Clipboard</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>Split &amp;by:</source>
        <translation>Split &amp;by:</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>&amp;Measure:</translation>
    </message>
    <message>
        <source>S&amp;cale:</source>
        <translation>S&amp;cale:</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Scheme</translation>
    </message>
    <message>
        <source>Count the causes in the categories of a survey (schemes.json); a click on a bar lists the incidents behind it</source>
        <translation>Count the causes in the categories of a survey (schemes.json); a click on a bar lists the incidents behind it</translation>
    </message>
    <message>
        <source>Jikenbo</source>
        <translation>Jikenbo</translation>
    </message>
    <message>
        <source>Jikenbo&apos;s own causes (the taxonomy)</source>
        <translation>Jikenbo&apos;s own causes (the taxonomy)</translation>
    </message>
    <message>
        <source>Data leaked</source>
        <translation>Data leaked</translation>
    </message>
    <message>
        <source>The kinds of personal data the notice says leaked; an incident counts once for each</source>
        <translation>The kinds of personal data the notice says leaked; an incident counts once for each</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>Contractor</translation>
    </message>
    <message>
        <source>Whether it happened at or through a contractor, supplier or service provider</source>
        <translation>Whether it happened at or through a contractor, supplier or service provider</translation>
    </message>
    <message>
        <source>Days to disclosure</source>
        <translation>Days to disclosure</translation>
    </message>
    <message>
        <source>Days from discovering the incident to announcing it: median, quartiles and range per period (a box plot)</source>
        <translation>Days from discovering the incident to announcing it: median, quartiles and range per period (a box plot)</translation>
    </message>
</context>
<context>
    <name>jikenbo::TrendExportDialog</name>
    <message>
        <source>Export Chart</source>
        <translation>Export Chart</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG image</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>SVG drawing</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Custom</translation>
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
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Size:</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
</context>
<context>
    <name>jikenbo::TrendModel</name>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Size unknown</source>
        <translation>Size unknown</translation>
    </message>
    <message>
        <source>%1 (%2–%3) · %4</source>
        <comment>days to disclosure: median (quartiles) · incidents</comment>
        <translation>%1 (%2–%3) · %4</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
</context>
<context>
    <name>jikenbo::TrendView</name>
    <message>
        <source>Counting failed: %1</source>
        <translation>Counting failed: %1</translation>
    </message>
    <message>
        <source>Trend chart</source>
        <translation>Trend chart</translation>
    </message>
    <message>
        <source>Double-click or press Enter on a number to narrow the search to it</source>
        <translation>Double-click or press Enter on a number to narrow the search to it</translation>
    </message>
    <message>
        <source>Shares: %1</source>
        <translation>Shares: %1</translation>
    </message>
    <message>
        <source>%1 — all incidents</source>
        <translation>%1 — all incidents</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>%1 incidents</source>
        <translation>%1 incidents</translation>
    </message>
    <message>
        <source>no date: %1 incidents, not in the chart (&lt;a href=&quot;undated&quot;&gt;search for them&lt;/a&gt;)</source>
        <translation>no date: %1 incidents, not in the chart (&lt;a href=&quot;undated&quot;&gt;search for them&lt;/a&gt;)</translation>
    </message>
    <message>
        <source>every incident has a date</source>
        <translation>every incident has a date</translation>
    </message>
    <message>
        <source>%1 dated incidents of unknown size, counted in the grey band below</source>
        <translation>%1 dated incidents of unknown size, counted in the grey band below</translation>
    </message>
    <message>
        <source>hidden: %1 (click the legend to show)</source>
        <translation>hidden: %1 (click the legend to show)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No incidents match&lt;/h3&gt;&lt;p&gt;The chart shows what the search matches.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;No incidents match&lt;/h3&gt;&lt;p&gt;The chart shows what the search matches.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No dates&lt;/h3&gt;&lt;p&gt;None of the %1 matching incidents has a date. &lt;a href=&quot;undated&quot;&gt;Search for them&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;No dates&lt;/h3&gt;&lt;p&gt;None of the %1 matching incidents has a date. &lt;a href=&quot;undated&quot;&gt;Search for them&lt;/a&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>People affected: %1 (%2 of %3)
Incidents: %4, of unknown size: %5</source>
        <translation>People affected: %1 (%2 of %3)
Incidents: %4, of unknown size: %5</translation>
    </message>
    <message>
        <source>Incidents: %1 (%2 of %3)</source>
        <translation>Incidents: %1 (%2 of %3)</translation>
    </message>
    <message>
        <source>Click to narrow the search to these</source>
        <translation>Click to narrow the search to these</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Export Chart</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG drawings (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>People affected</source>
        <translation>People affected</translation>
    </message>
    <message>
        <source>Days from discovery to announcement</source>
        <translation>Days from discovery to announcement</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>per month</translation>
    </message>
    <message>
        <source>per quarter</source>
        <translation>per quarter</translation>
    </message>
    <message>
        <source>per year</source>
        <translation>per year</translation>
    </message>
    <message>
        <source>category of %1</source>
        <translation>category of %1</translation>
    </message>
    <message>
        <source>%1 %2, by %3</source>
        <comment>measure, period, categories: Incidents per month, by cause</comment>
        <translation>%1 %2, by %3</translation>
    </message>
    <message>
        <source>%1 (median, quartiles, shortest and longest)</source>
        <translation>%1 (median, quartiles, shortest and longest)</translation>
    </message>
    <message>
        <source>%1 dated incidents state when the incident was discovered and when it was announced: only they are in the boxes</source>
        <translation>%1 dated incidents state when the incident was discovered and when it was announced: only they are in the boxes</translation>
    </message>
    <message>
        <source>an incident is counted once for each kind of data it leaked</source>
        <translation>an incident is counted once for each kind of data it leaked</translation>
    </message>
    <message>
        <source>No incident states both dates</source>
        <translation>No incident states both dates</translation>
    </message>
    <message>
        <source>Days from discovery to announcement: median %1, quartiles %2–%3, shortest %4, longest %5
Incidents with both dates: %6 (of %7 in this category and period)</source>
        <translation>Days from discovery to announcement: median %1, quartiles %2–%3, shortest %4, longest %5
Incidents with both dates: %6 (of %7 in this category and period)</translation>
    </message>
    <message>
        <source>Click to list these incidents</source>
        <translation>Click to list these incidents</translation>
    </message>
</context>
<context>
    <name>jikenbo::UnknownSizeStrip</name>
    <message>
        <source>Incidents of unknown size (not in the people counts)</source>
        <translation>Incidents of unknown size (not in the people counts)</translation>
    </message>
    <message>
        <source>None: every dated incident states how many people it affected.</source>
        <translation>None: every dated incident states how many people it affected.</translation>
    </message>
    <message>
        <source>%1
Incidents of unknown size: %2
Click to search for them</source>
        <translation>%1
Incidents of unknown size: %2
Click to search for them</translation>
    </message>
</context>
<context>
    <name>jikenbo::WindowTasks</name>
    <message>
        <source>Using the built-in rules: %1</source>
        <translation>Using the built-in rules: %1</translation>
    </message>
    <message>
        <source>Import Pages</source>
        <translation>Import Pages</translation>
    </message>
    <message>
        <source>Blog pages (*.txt *.html *.htm *.xml *.atom);;All files (*)</source>
        <translation>Blog pages (*.txt *.html *.htm *.xml *.atom);;All files (*)</translation>
    </message>
    <message>
        <source>Import a Folder of Pages</source>
        <translation>Import a Folder of Pages</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Adding the sample incidents…</source>
        <translation>Adding the sample incidents…</translation>
    </message>
    <message>
        <source>%1 file(s): %2 added, %3 updated, %4 unchanged, %5 other post(s) skipped, %6 error(s).</source>
        <translation>%1 file(s): %2 added, %3 updated, %4 unchanged, %5 other post(s) skipped, %6 error(s).</translation>
    </message>
    <message>
        <source>Cancelled. Files finished before that are imported.</source>
        <translation>Cancelled. Files finished before that are imported.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>%1 page(s): %2 added, %3 updated, %4 unchanged, %5 other post(s) skipped, %6 error(s).</source>
        <translation>%1 page(s): %2 added, %3 updated, %4 unchanged, %5 other post(s) skipped, %6 error(s).</translation>
    </message>
    <message>
        <source>Cancelled. Pages finished before that are imported; the next sync goes on from there.</source>
        <translation>Cancelled. Pages finished before that are imported; the next sync goes on from there.</translation>
    </message>
    <message>
        <source>Resumed the sync that stopped before.</source>
        <translation>Resumed the sync that stopped before.</translation>
    </message>
    <message numerus="yes">
        <source>Full pass: %n post(s) no longer on the blog marked removed (kept, with your notes).</source>
        <translation>
            <numerusform>Full pass: %n post no longer on the blog marked removed (kept, with your notes).</numerusform>
            <numerusform>Full pass: %n posts no longer on the blog marked removed (kept, with your notes).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n post(s))</source>
        <translation>
            <numerusform>%1 (%n post)</numerusform>
            <numerusform>%1 (%n posts)</numerusform>
        </translation>
    </message>
    <message>
        <source>Unmapped label(s), kept as labels but deciding no cause: %1</source>
        <translation>Unmapped label(s), kept as labels but deciding no cause: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n unmapped label(s).</source>
        <translation>
            <numerusform>%n unmapped label.</numerusform>
            <numerusform>%n unmapped labels.</numerusform>
        </translation>
    </message>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>edited</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>removed</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>restored</translation>
    </message>
    <message>
        <source>relabelled</source>
        <translation>relabelled</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Classifying…</source>
        <translation>Classifying…</translation>
    </message>
    <message>
        <source>Cancelled; nothing changed.</source>
        <translation>Cancelled; nothing changed.</translation>
    </message>
    <message>
        <source>%1 incidents classified again: %2 changed cause, %3 changed sector; %4 of your overrides kept.</source>
        <translation>%1 incidents classified again: %2 changed cause, %3 changed sector; %4 of your overrides kept.</translation>
    </message>
    <message>
        <source>Classify All Again</source>
        <translation>Classify All Again</translation>
    </message>
    <message>
        <source>Rebuilding the search index…</source>
        <translation>Rebuilding the search index…</translation>
    </message>
    <message>
        <source>Search index</source>
        <translation>Search index</translation>
    </message>
    <message>
        <source>The search index is up to date.</source>
        <translation>The search index is up to date.</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>%1 incidents written to %2.</source>
        <translation>%1 incidents written to %2.</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export cancelled; no file was written.</translation>
    </message>
    <message>
        <source>Replace these characters and export?</source>
        <translation>Replace these characters and export?</translation>
    </message>
    <message>
        <source>Select the incidents to print first.</source>
        <translation>Select the incidents to print first.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Select the incidents to export first.</source>
        <translation>Select the incidents to export first.</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>%1 page(s) written to %2</source>
        <translation>%1 page(s) written to %2</translation>
    </message>
    <message>
        <source>Reading dates, data kinds and contractors…</source>
        <translation>Reading dates, data kinds and contractors…</translation>
    </message>
    <message>
        <source>Incident facts</source>
        <translation>Incident facts</translation>
    </message>
    <message numerus="yes">
        <source>Dates, data kinds and contractors read for %n incident(s).</source>
        <translation>
            <numerusform>Dates, data kinds and contractors read for %n incident.</numerusform>
            <numerusform>Dates, data kinds and contractors read for %n incidents.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export VERIS JSON Lines</source>
        <translation>Export VERIS JSON Lines</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.jsonl);;All files (*)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Browse, search and count Japanese security-incident notices offline.</source>
        <translation>Browse, search and count Japanese security-incident notices offline.</translation>
    </message>
    <message>
        <source>Environment:
  JIKENBO_DB  the database to open instead of the default one

Database: %1</source>
        <translation>Environment:
  JIKENBO_DB  the database to open instead of the default one

Database: %1</translation>
    </message>
    <message>
        <source>Jikenbo</source>
        <translation>Jikenbo</translation>
    </message>
</context>
</TS>
