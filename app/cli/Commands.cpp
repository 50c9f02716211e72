// SPDX-License-Identifier: GPL-3.0-or-later
#include "Commands.h"

#include <QtGlobal>

namespace jikenbo {

const QList<CliCommand> &cliCommands()
{
    static const QList<CliCommand> commands{
        {"import", CliCommand::WriteDatabase, runImport,
         QT_TRANSLATE_NOOP("CliApp", "import FILE|DIR...       import blog pages (text, HTML) and feeds")},
        {"list", CliCommand::ReadDatabase, runList,
         QT_TRANSLATE_NOOP("CliApp", "list [QUERY]             matching incidents, newest first (--limit N, --sort date|case|org|title|cause|sector|affected|relevance, --asc, --synonyms)")},
        {"show", CliCommand::ReadDatabase, runShow,
         QT_TRANSLATE_NOOP("CliApp", "show CASE_ID|KEY         one incident in full")},
        {"sync", CliCommand::WriteDatabase, runSync,
         QT_TRANSLATE_NOOP("CliApp", "sync [--url FEED_URL]     bring the database up to date from the blog's feed (--timeout S, --page-size N, --max-pages N, --full)")},
        {"export", CliCommand::ReadDatabase, runExport,
         QT_TRANSLATE_NOOP("CliApp", "export [QUERY] --output FILE   matching incidents as CSV (--encoding utf-8|utf-8-bom|cp932, --columns a,b,c, --keys, --crlf|--lf, --replace-unmappable, --no-formula-guard)")},
        {"print", CliCommand::ReadDatabase, runPrint,
         QT_TRANSLATE_NOOP("CliApp", "print CASE_ID|KEY... --pdf FILE   incident summaries as PDF, each starting on a new page"),
         true},
        {"reclassify", CliCommand::WriteDatabase, runReclassify,
         QT_TRANSLATE_NOOP("CliApp", "reclassify               classify every incident again (after a rules change; --rules FILE); user overrides stay")},
        {"eval", CliCommand::NoDatabase, runEval,
         QT_TRANSLATE_NOOP("CliApp", "eval GOLD.tsv FILE|DIR...  accuracy against a gold file (DESIGN §8), in a temporary database")},
        {"generate", CliCommand::NoDatabase, runGenerate,
         QT_TRANSLATE_NOOP("CliApp", "generate --count N --output DIR   write N synthetic notices (tests, benchmarks)")},
    };
    return commands;
}

} // namespace jikenbo
