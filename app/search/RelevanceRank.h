// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

struct sqlite3;

namespace jikenbo {

// The FTS5 auxiliary function jk_rank(incident_fts, w0, w1, ...): Okapi BM25 as FTS5's own
// bm25() computes it (k1 = 1.2, b = 0.75, per-column weights, negative: lower is more
// relevant), in the same order for every query, at a lower cost:
//  - a query of one phrase (a word, or a run of Japanese text) needs no IDF: it multiplies
//    every row's score by the same positive number, so the order and the ties are bm25's and
//    the pass over the index that bm25() makes to count the phrase's documents is skipped;
//  - each row's length comes from one read of the document sizes per query (the rows arrive
//    in rowid order), not from a lookup per row.
class RelevanceRank
{
public:
    static constexpr const char *Name = "jk_rank";
    static Status registerWith(sqlite3 *db);
};

} // namespace jikenbo
