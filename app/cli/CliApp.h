// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliContext.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace jikenbo {

struct CliCommand;

// jikenbo-cli: parses the global options and dispatches to the commands of Commands.h.
// Exit status 0 on success, 1 on a user error (a one-line message on stderr), 2 on an
// internal error.
class CliApp
{
    Q_DECLARE_TR_FUNCTIONS(CliApp)

public:
    CliApp(QTextStream &out, QTextStream &err);
    // Whether the command of `arguments` needs a QGuiApplication (print: fonts).
    static bool needsGui(const QStringList &arguments);
    int run(const QStringList &arguments);

private:
    static const CliCommand *findCommand(const QString &name);
    int parseArgs(const QStringList &arguments, CliArgs &args);
    void printUsage(QTextStream &s) const;
    // The general usage for an empty COMMAND, else that command's help (unknown: a user error).
    int printHelp(const QString &command);
    CliContext m_ctx;
};

} // namespace jikenbo
