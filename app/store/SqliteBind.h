// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QVariantList>

struct sqlite3_stmt;

namespace jikenbo {

// Binds values to ?1, ?2, ... as QSqlQuery would (integers, reals, text, NULL), for statements
// stepped through SQLite's own interface. False when SQLite refuses one.
bool bindValues(sqlite3_stmt *stmt, const QVariantList &binds);

} // namespace jikenbo
