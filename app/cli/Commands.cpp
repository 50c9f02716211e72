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
         QT_TRANSLATE_NOOP("CliApp", "list [QUERY]             matching incidents, newest first (--limit N, --sort COLUMN, --asc)")},
        {"show", CliCommand::ReadDatabase, runShow,
         QT_TRANSLATE_NOOP("CliApp", "show CASE_ID|KEY         one incident in full")},
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
