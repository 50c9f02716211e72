// SPDX-License-Identifier: GPL-3.0-or-later
#include "Commands.h"

#include <QtGlobal>

namespace jikenbo {

const QList<CliCommand> &cliCommands()
{
    static const QList<CliCommand> commands{
        {"import", CliCommand::WriteDatabase, runImport,
         QT_TRANSLATE_NOOP("CliApp", "import FILE|DIR...       import blog pages (text, HTML) and feeds"),
         QT_TRANSLATE_NOOP("CliApp",
                           "Usage: jikenbo-cli [--db PATH] [--json] [--rules FILE] import FILE|DIR...\n"
                           "\n"
                           "Imports pages of the blog (text in UTF-8, UTF-16, Shift_JIS or EUC-JP, saved\n"
                           "HTML pages, saved Atom feeds); a folder is read with its subfolders. Each file\n"
                           "is imported in one transaction: all of it or nothing. Posts already in the\n"
                           "database are updated in place; your notes, stars, tags and causes stay.\n"
                           "\n"
                           "  --lock-timeout S   wait up to S seconds for another writer (default 60)\n"
                           "  --json             {\"files\", \"added\", \"updated\", \"unchanged\",\n"
                           "                     \"skipped_posts\", \"errors\"}\n"
                           "\n"
                           "Example: jikenbo-cli import ~/Downloads/archive-2024.txt")},
        {"list", CliCommand::ReadDatabase, runList,
         QT_TRANSLATE_NOOP("CliApp", "list [QUERY]             matching incidents, newest first (--limit N, --sort date|case|org|title|cause|sector|affected|relevance, --asc, --synonyms)"),
         QT_TRANSLATE_NOOP("CliApp",
                           "Usage: jikenbo-cli [--db PATH] [--json] list [QUERY...] [OPTIONS]\n"
                           "\n"
                           "Lists the incidents that match QUERY (every incident without one), newest\n"
                           "first. QUERY is the search box's query language; its words are joined, e.g.\n"
                           "紛失 year:2023, cause:ransomware, org:病院, affected:>1000, -term, a OR b.\n"
                           "\n"
                           "  --limit N          at most N incidents\n"
                           "  --sort COLUMN      date (default), case, org, title, cause, sector, affected,\n"
                           "                     relevance (bm25 over the query's words)\n"
                           "  --asc              ascending instead of descending\n"
                           "  --synonyms         also match synonyms (漏えい finds 流出)\n"
                           "  --json             an array of objects (key, case_id, title, organization,\n"
                           "                     announced_on, cause, cause_origin, sector, affected, ...)\n"
                           "\n"
                           "Example: jikenbo-cli list 紛失 year:2023 --limit 3")},
        {"show", CliCommand::ReadDatabase, runShow,
         QT_TRANSLATE_NOOP("CliApp", "show CASE_ID|KEY         one incident in full"),
         QT_TRANSLATE_NOOP("CliApp",
                           "Usage: jikenbo-cli [--db PATH] [--json] show CASE_ID|KEY\n"
                           "\n"
                           "Prints one incident in full: its fields, how its cause was decided (the rules\n"
                           "that fired, their weights and the runner-up), labels, your annotations and the\n"
                           "notice text. A case id that several incidents share (a follow-up report reuses\n"
                           "it) is refused with the keys to choose from.\n"
                           "\n"
                           "  --json             the fields of list, plus body, related incidents and the\n"
                           "                     cause and sector explanations\n"
                           "\n"
                           "Example: jikenbo-cli show 2024-012")},
        {"stats", CliCommand::ReadDatabase, runStats,
         QT_TRANSLATE_NOOP("CliApp", "stats [QUERY]            incidents per period and category (--by cause|sector|data|contractor, --scheme tsr|jnsa|veris, --period month|quarter|year, --days); --labels: every label and its cause"),
         QT_TRANSLATE_NOOP("CliApp",
                           "Usage: jikenbo-cli [--db PATH] [--json] stats [QUERY]\n"
                           "                   [--by cause|sector|data|contractor] [--scheme tsr|jnsa|veris]\n"
                           "                   [--period month|quarter|year] [--days]\n"
                           "       jikenbo-cli [--db PATH] [--json] stats --labels\n"
                           "\n"
                           "Counts the incidents QUERY matches per period (by announcement date, falling\n"
                           "back to the post's date) and per cause or sector, with the people affected;\n"
                           "empty periods are listed as zero and undated incidents are counted apart. The\n"
                           "numbers are the Trends view's.\n"
                           "\n"
                           "  --by B             split by cause (default), sector, data (the kinds of\n"
                           "                     data leaked: an incident counts once in each, \"none\"\n"
                           "                     when the notice names none) or contractor (at or\n"
                           "                     through a contractor, or directly)\n"
                           "  --scheme S         count the causes in the categories of a survey:\n"
                           "                     tsr (東京商工リサーチ), jnsa (JNSA) or veris (VERIS\n"
                           "                     actions); the mapping is schemes.json (a copy in the\n"
                           "                     data folder, or --schemes FILE, replaces it). The\n"
                           "                     query term scheme:tsr:KEY lists a category's incidents\n"
                           "  --period P         month (default), quarter or year\n"
                           "  --days             the days from discovery to announcement instead: per\n"
                           "                     period and category the incidents stating both dates\n"
                           "                     and their shortest, first quartile, median, third\n"
                           "                     quartile and longest (the Trends view's boxes); the\n"
                           "                     query term lag:>=0 lists them. --json adds \"days\"\n"
                           "                     to each row and \"with_days\"\n"
                           "  --json             {\"by\", \"period\", \"total\", \"no_date\", \"rows\": [...]}\n"
                           "                     (and \"scheme\" with --scheme)\n"
                           "  --labels           every label seen (on incidents, and in the label list of\n"
                           "                     the feeds synced) with its number of incidents and the\n"
                           "                     cause it maps to, \"unmapped\" (an インシデント: label the\n"
                           "                     taxonomy does not know) or \"not a cause\"; --json:\n"
                           "                     {\"labels\": [{\"label\", \"incidents\", \"cause\",\n"
                           "                     \"mapping\", \"on_blog\"}]}\n"
                           "\n"
                           "Examples: jikenbo-cli stats cause:ransomware --period year\n"
                           "          jikenbo-cli stats year:2024 --scheme tsr --period year\n"
                           "          jikenbo-cli stats --days --by sector --period year")},
        {"sync", CliCommand::WriteDatabase, runSync,
         QT_TRANSLATE_NOOP("CliApp", "sync [--url FEED_URL]     bring the database up to date from the blog's feed (--label LABEL, --timeout S, --page-size N, --max-pages N, --full)"),
         QT_TRANSLATE_NOOP("CliApp",
                           "Usage: jikenbo-cli [--db PATH] [--json] sync [OPTIONS]\n"
                           "\n"
                           "Brings the database up to date from the blog's Atom feed\n"
                           "(https://blog.b-son.net/feeds/posts/default), reading only what changed since\n"
                           "the last complete sync. Each feed page is committed on its own: a sync that\n"
                           "fails or is cancelled resumes where it stopped. Every 7 days (and with --full)\n"
                           "the whole feed is read, and posts no longer on the blog are marked removed\n"
                           "(is:removed); they are kept, with your notes.\n"
                           "\n"
                           "  --url FEED_URL     the feed to read (https:// when no scheme is given)\n"
                           "  --label LABEL      only the posts with this label (the feed's label feed)\n"
                           "  --timeout S        network timeout in seconds (default 15 to connect, 30\n"
                           "                     to read)\n"
                           "  --page-size N      entries per feed page, 1 to 150 (default 150)\n"
                           "  --max-pages N      stop after N pages; the next sync continues\n"
                           "  --full             read the whole feed again and find removed posts\n"
                           "  --json             the keys of import, plus pages, status, resumed,\n"
                           "                     full_pass, removed, changes, unmapped_labels, warnings\n"
                           "\n"
                           "Example: jikenbo-cli sync --max-pages 4")},
        {"export", CliCommand::ReadDatabase, runExport,
         QT_TRANSLATE_NOOP("CliApp", "export [QUERY] --output FILE   matching incidents as CSV (--encoding utf-8|utf-8-bom|cp932, --columns a,b,c, --keys, --crlf|--lf, --replace-unmappable, --no-formula-guard) or VERIS JSON Lines (--format jsonl)"),
         QT_TRANSLATE_NOOP("CliApp",
                           "Usage: jikenbo-cli [--db PATH] [--json] export [QUERY...] --output FILE [OPTIONS]\n"
                           "\n"
                           "Writes the incidents that match QUERY as CSV (RFC 4180), newest first, through\n"
                           "a temporary file: a failed export never leaves a partial file. A FIFO or a\n"
                           "device (a pipe, /dev/null) is written in place, never replaced.\n"
                           "\n"
                           "  -o, --output FILE  the CSV file to write; - for standard output\n"
                           "  --format F         csv (default) or jsonl: one VERIS-shaped JSON object\n"
                           "                     per line (action and variety from the veris scheme\n"
                           "                     of schemes.json, victim industry, data_total, data\n"
                           "                     varieties, timeline, reference URL; Jikenbo's own\n"
                           "                     fields under \"plus\"); the CSV options do not apply\n"
                           "  --encoding E       utf-8 (default), utf-8-bom (Excel) or cp932 (older\n"
                           "                     Japanese Excel)\n"
                           "  --crlf, --lf       line endings (CRLF for the Excel presets)\n"
                           "  --columns a,b,c    case_id announced_on organization title cause sector\n"
                           "                     affected labels note tags starred key cause_origin\n"
                           "                     source_url discovered_on occurred_on\n"
                           "                     disclosure_days data_kinds via_contractor\n"
                           "  --keys             taxonomy keys instead of names in the UI language\n"
                           "  --replace-unmappable  cp932: write equivalents or '?' for characters\n"
                           "                     it cannot hold (otherwise nothing is written)\n"
                           "  --no-formula-guard keep cells that start with = + - @ as they are\n"
                           "  --limit N, --sort COLUMN, --asc, --synonyms   as for list\n"
                           "\n"
                           "Examples: jikenbo-cli export year:2024 --encoding utf-8-bom -o 2024.csv\n"
                           "          jikenbo-cli export year:2024 --format jsonl -o 2024.jsonl")},
        {"print", CliCommand::ReadDatabase, runPrint,
         QT_TRANSLATE_NOOP("CliApp", "print CASE_ID|KEY... --pdf FILE   a one-page summary of each incident as PDF (--full: the whole notice; --era)"),
         QT_TRANSLATE_NOOP("CliApp",
                           "Usage: jikenbo-cli [--db PATH] [--json] print CASE_ID|KEY... --pdf FILE [--full] [--era]\n"
                           "\n"
                           "Writes a one-page summary of each incident to one PDF file (A4): the case id,\n"
                           "organisation and title; the key facts (dates and days to disclosure, cause and\n"
                           "why, sector, affected with its evidence, kinds of data, contractor); a short\n"
                           "timeline; the other posts of the case; as many opening paragraphs of the notice\n"
                           "as fit; the source. A case id prints the notice and its follow-ups, a page\n"
                           "each. Needs no display. The font is Noto Sans CJK JP (fonts-noto-cjk).\n"
                           "\n"
                           "  --pdf FILE         the PDF file to write; - for standard output (not a\n"
                           "                     terminal)\n"
                           "  --full             the whole notice instead, each incident starting on a new\n"
                           "                     page, over as many pages as it takes\n"
                           "  --era              the Japanese era beside each date: 2024-01-09 (令和6年1月9日)\n"
                           "\n"
                           "Example: jikenbo-cli print 2024-012 --pdf 2024-012.pdf"),
         true},
        {"reclassify", CliCommand::WriteDatabase, runReclassify,
         QT_TRANSLATE_NOOP("CliApp", "reclassify               classify every incident again (after a rules change; --rules FILE); user overrides stay"),
         QT_TRANSLATE_NOOP("CliApp",
                           "Usage: jikenbo-cli [--db PATH] [--json] [--rules FILE] reclassify\n"
                           "\n"
                           "Classifies every stored incident again with the built-in rules or those of\n"
                           "--rules FILE, in one transaction, and reports how many changed cause or\n"
                           "sector. Causes you set, notes, stars and tags are not touched.\n"
                           "\n"
                           "Example: jikenbo-cli --rules my-rules.json reclassify")},
        {"remove-samples", CliCommand::WriteDatabase, runRemoveSamples,
         QT_TRANSLATE_NOOP("CliApp", "remove-samples           delete the fictional sample notices a new database starts with"),
         QT_TRANSLATE_NOOP("CliApp",
                           "Usage: jikenbo-cli [--db PATH] [--json] remove-samples\n"
                           "\n"
                           "Deletes the fictional sample notices that the window adds to a new\n"
                           "database (those imported from its built-in sample corpus), in one\n"
                           "transaction. Notices imported from files or synced from the blog are not\n"
                           "touched, and your notes, stars, tags and causes stay, also on the samples.\n"
                           "\n"
                           "  --json             {\"removed\", \"annotations_kept\"}\n"
                           "\n"
                           "Example: jikenbo-cli sync && jikenbo-cli remove-samples")},
        {"eval", CliCommand::NoDatabase, runEval,
         QT_TRANSLATE_NOOP("CliApp", "eval GOLD.tsv FILE|DIR...  accuracy against a gold file (DESIGN §8), in a temporary database"),
         QT_TRANSLATE_NOOP("CliApp",
                           "Usage: jikenbo-cli [--json] [--rules FILE] eval GOLD.tsv FILE|DIR...\n"
                           "\n"
                           "Imports the files into a temporary database (yours is not touched) and\n"
                           "compares them with a hand-recorded gold file (tab-separated: file line\n"
                           "case_id organization title announced_date cause cause_source sector affected\n"
                           "follow_up): accuracy per field, the cause confusion matrix and every mismatch.\n"
                           "\n"
                           "  --json             the same report as one object\n"
                           "\n"
                           "Example: jikenbo-cli eval gold/seeds_gold.tsv seeds/")},
        {"generate", CliCommand::NoDatabase, runGenerate,
         QT_TRANSLATE_NOOP("CliApp", "generate --count N --output DIR   write N synthetic notices (tests, benchmarks)"),
         QT_TRANSLATE_NOOP("CliApp",
                           "Usage: jikenbo-cli generate --output DIR [OPTIONS]\n"
                           "\n"
                           "Writes synthetic, fictional notices as text pages, for tests and benchmarks.\n"
                           "\n"
                           "  -o, --output DIR   the folder to write to\n"
                           "  --count N          notices to write (default 10000)\n"
                           "  --per-file N       notices per page file (default 1000)\n"
                           "  --seed N           random seed (default 1): the same seed, the same pages\n"
                           "\n"
                           "Example: jikenbo-cli generate --count 1000 --output /tmp/pages")},
    };
    return commands;
}

} // namespace jikenbo
