// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliContext.h"

#include <QList>

namespace jikenbo {

// One entry per command of jikenbo-cli. Each command lives in its own file.
struct CliCommand
{
    enum DbUse { NoDatabase, ReadDatabase, WriteDatabase };
    const char *name;
    DbUse db;
    int (*run)(CliContext &, const CliArgs &);
    const char *synopsis;  // one line for --help
    const char *help;      // `help COMMAND` and `COMMAND --help`: usage, options, an example
    bool needsGui = false; // runs under a QGuiApplication (fonts for printing)
};

const QList<CliCommand> &cliCommands();

int runImport(CliContext &ctx, const CliArgs &args);
int runList(CliContext &ctx, const CliArgs &args);
int runShow(CliContext &ctx, const CliArgs &args);
int runGenerate(CliContext &ctx, const CliArgs &args);
int runSync(CliContext &ctx, const CliArgs &args);
int runExport(CliContext &ctx, const CliArgs &args);
int runPrint(CliContext &ctx, const CliArgs &args);
int runEval(CliContext &ctx, const CliArgs &args);
int runReclassify(CliContext &ctx, const CliArgs &args);
int runRemoveSamples(CliContext &ctx, const CliArgs &args);
int runStats(CliContext &ctx, const CliArgs &args);

} // namespace jikenbo
