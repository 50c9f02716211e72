// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

struct sqlite3;
struct fts5_api;

namespace jikenbo {

// The connection's FTS5 API (to register tokenizers and functions), or null without FTS5.
fts5_api *fts5ApiOf(sqlite3 *db);

} // namespace jikenbo
