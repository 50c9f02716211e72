// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QString>

struct sqlite3;

namespace jikenbo {

// SQL functions, collations and FTS5 tokenizers Jikenbo needs on each connection:
//   jk_norm(text)    the search normalisation (labels, tags)
//   jk_matches(id, token)  whether a set of full-text matches holds id (MatchSet)
//   COLLATE jk_ja    Japanese order by ICU (kana in gojūon order, kanji after kana, numbers by
//                    value: 第2報 before 第10報), for sorting organisations and titles
//   tokenize=jikenbo the FTS5 tokenizer (JapaneseTokenizer)
Status registerSqliteFunctions(sqlite3 *db);

// The version of the ICU collation behind jk_ja: indexes sorted with another one are rebuilt
// (REINDEX jk_ja) when a database is opened (SearchIndex).
QString japaneseCollationVersion();

} // namespace jikenbo
