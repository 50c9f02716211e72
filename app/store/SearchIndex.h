// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <functional>

namespace jikenbo {

class Database;

// Keeps the full-text index in step with the program. The index holds tokens of one tokenizer
// (JapaneseTokenizer::Version) and one normalisation (the version of variants.json); the
// `meta` table records both. A database indexed with other versions is re-indexed: every
// incident's text again, in one transaction, with progress. Indexes sorted by the Japanese
// collation are rebuilt when ICU's collation version changed.
class SearchIndex
{
    Q_DECLARE_TR_FUNCTIONS(SearchIndex)

public:
    // Called after each chunk of the rebuild: incidents done, incidents in all.
    using Progress = std::function<void(qint64 done, qint64 total)>;
    static constexpr int ChunkRows = 500;

    // What the index of this program holds, e.g. "tokenizer 2, variants 1".
    static QString currentVersion();
    // What the database's index holds (empty for an index of unknown version).
    static Result<QString> storedVersion(Database &db);
    static Result<bool> needsRebuild(Database &db);

    // Re-indexes every incident and records the current version. Takes the write lock; when
    // another connection brought the index up to date meanwhile, does nothing. A set `cancel`
    // rolls everything back (the old index stays, and so does the need to rebuild).
    static Status rebuild(Database &db, const Progress &progress = {},
                          const std::atomic_bool *cancel = nullptr);
    // At open: rebuilds when the versions differ. Quick when nothing changed (one read of meta).
    static Status ensureCurrent(Database &db, const Progress &progress = {});
    // At every open: REINDEXes the sort indexes in Japanese order when ICU's collation changed
    // (a second or so at 100k incidents, once).
    static Status ensureCollation(Database &db);
    // Records the current versions; call inside the transaction that created the schema.
    static Status recordVersions(Database &db);

    // Keys in `meta`.
    static constexpr const char *TokenizerKey = "search.tokenizer_version";
    static constexpr const char *VariantsKey = "search.variants_version";
    static constexpr const char *CollationKey = "search.collation_version";
};

} // namespace jikenbo
