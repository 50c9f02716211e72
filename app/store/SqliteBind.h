// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QVariantList>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace jikenbo {

// Binds values to ?1, ?2, ... as QSqlQuery would (integers, reals, text, NULL), for statements
// stepped through SQLite's own interface. False when SQLite refuses one.
bool bindValues(sqlite3_stmt *stmt, const QVariantList &binds);

// The integer in the first column of the first row of a statement without binds
// ("SELECT max(id) FROM incidents", "PRAGMA data_version"); nothing when it fails or has no row.
std::optional<qint64> queryInt(sqlite3 *db, const char *sql);

// The detail column of EXPLAIN QUERY PLAN for a statement ("SCAN i USING COVERING INDEX ...",
// "SEARCH i USING INDEX ..."), a line per step; empty when it does not prepare.
QStringList queryPlan(sqlite3 *db, const QByteArray &sql, const QVariantList &binds);

} // namespace jikenbo
