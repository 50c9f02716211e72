// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>

namespace jikenbo {
class Database;
}

namespace jikenbo::test {

// ../shared (seeds and gold), from the CMake cache variable JIKENBO_SHARED_DIR.
QString sharedDir();
// Empty when ../shared is present; otherwise why it is not. Tests QSKIP with this message,
// or fail when JIKENBO_REQUIRE_SHARED=1 (CI).
QString sharedMissingReason();
QString seedsDir();
QString goldFile(const QString &name);
bool requireShared();

QString sourceDir();
QString cliPath();

struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QString errText() const { return QString::fromUtf8(err); }
    QString outText() const { return QString::fromUtf8(out); }
};
CliResult runCli(const QStringList &args, int timeoutMs = 120000);

// A fresh database in `dir`, opened (and created) with the current schema.
std::unique_ptr<Database> openDb(const QString &path);

// Imports the seed pages into the database at `path` (created when missing) with the built-in
// classification; the number of incidents added, or -1 when the database cannot be opened.
int importSeeds(const QString &path);

bool writeFile(const QString &path, const QByteArray &data);
QByteArray readFile(const QString &path); // empty when unreadable

// Reads a TSV file with a header row into maps column -> value.
QList<QHash<QString, QString>> readTsv(const QString &path);

// A stable text dump of a database's imported and user data (for "unchanged" checks).
QString dumpDatabase(const QString &path);

} // namespace jikenbo::test

// Skips (or fails in CI) a test that needs ../shared.
#define JIKENBO_REQUIRE_SHARED()                                                                   \
    do {                                                                                           \
        const QString why = jikenbo::test::sharedMissingReason();                                  \
        if (!why.isEmpty()) {                                                                      \
            if (jikenbo::test::requireShared())                                                    \
                QFAIL(qPrintable(why));                                                            \
            QSKIP(qPrintable(why));                                                                \
        }                                                                                          \
    } while (false)
