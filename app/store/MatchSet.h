// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "search/QuerySql.h"

#include <QList>
#include <QVariantList>

#include <cstdint>
#include <memory>
#include <vector>

struct sqlite3;

namespace jikenbo {

class Database;

// The incidents a full-text expression matches, read once from the index into a bitset over
// their ids. A statement that scans an index and tests every entry against a full-text
// condition pays, with SQLite's own `i.id IN (SELECT rowid ...)`, for a b-tree of the matches
// built for the statement and a search of it per entry; against the bitset it pays one bit test
// (jk_matches, registered on every connection).
class MatchSet
{
public:
    // With `helper`, a second connection to the same file (not in use meanwhile), it reads the
    // upper half of the ids on a thread of its own.
    static Result<std::shared_ptr<const MatchSet>> read(Database &db, const QString &ftsExpression,
                                                        Database *helper = nullptr);
    // The ids a statement returns in its first column ("SELECT id FROM temp.jk_hits").
    static Result<std::shared_ptr<const MatchSet>> fromIds(Database &db, const QByteArray &sql,
                                                           const QVariantList &binds = {});
    bool contains(qint64 id) const
    {
        return id >= 0 && quint64(id) < quint64(m_bits.size()) * 64 &&
               (m_bits[size_t(id >> 6)] >> (id & 63) & 1u);
    }
    qint64 size() const { return m_size; }
    // Each id, ascending.
    template<typename F>
    void forEachId(F &&f) const
    {
        for (size_t w = 0; w < m_bits.size(); ++w) {
            for (std::uint64_t bits = m_bits[w]; bits != 0; bits &= bits - 1)
                f(qint64(w * 64 + size_t(__builtin_ctzll(bits))));
        }
    }

private:
    std::vector<std::uint64_t> m_bits;
    qint64 m_size = 0;
};

// Rewrites a condition so that each of its full-text conditions is tested against a MatchSet:
// `i.id IN (SELECT rowid FROM incident_fts WHERE incident_fts MATCH ?)` becomes
// `jk_matches(i.id, ?)`, bound to a token for the set read from that expression. The sets stay
// registered while the scope lives: run the statement inside it.
class MatchSetScope
{
public:
    // `helper`: see MatchSet::read.
    explicit MatchSetScope(Database &db, Database *helper = nullptr);
    ~MatchSetScope();
    MatchSetScope(const MatchSetScope &) = delete;
    MatchSetScope &operator=(const MatchSetScope &) = delete;

    // The condition with its full-text parts as bit tests (ftsOnly and ftsAnd cleared: the
    // index alone no longer answers it). Unchanged when it has none.
    Result<SqlWhere> substitute(const SqlWhere &where);
    // Whether a condition is one set's bit test alone (what substitute() makes of a condition
    // that is only full text): testing an entry against it costs one bit.
    static bool isBitTest(const SqlWhere &where);
    // That condition for a set registered as `token` (hold).
    static SqlWhere bitTest(qint64 token);
    // Registers a set read otherwise: the token to bind for `jk_matches(i.id, ?)`.
    qint64 hold(std::shared_ptr<const MatchSet> set);
    // The sets read so far, in the order of their conditions in the text.
    const QList<std::shared_ptr<const MatchSet>> &sets() const { return m_sets; }

private:
    Database &m_db;
    Database *m_helper = nullptr;
    QList<qint64> m_tokens;
    QList<std::shared_ptr<const MatchSet>> m_sets;
};

// Registers jk_matches(id, token) on a connection: 1 when the registered set `token` holds id.
int registerMatchSetFunction(sqlite3 *db);

} // namespace jikenbo
