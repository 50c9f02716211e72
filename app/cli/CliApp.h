// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliContext.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace jikenbo {

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
    int parseArgs(const QStringList &arguments, CliArgs &args);
    void printUsage(QTextStream &s) const;
    CliContext m_ctx;
};

} // namespace jikenbo
