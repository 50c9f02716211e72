// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliApp.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("jikenbo-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("jikenbo"));
    QCoreApplication::setApplicationVersion(QStringLiteral(JIKENBO_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    jikenbo::CliApp cli(out, err);
    const int code = cli.run(QCoreApplication::arguments().mid(1));
    out.flush();
    err.flush();
    return code;
}
