// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

struct sqlite3;

namespace jikenbo {

// SQL functions and FTS5 tokenizers Jikenbo needs on each connection.
Status registerSqliteFunctions(sqlite3 *db);

} // namespace jikenbo
