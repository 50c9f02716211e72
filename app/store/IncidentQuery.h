// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/IncidentRecord.h"
#include "core/Result.h"
#include "search/Query.h"
#include "search/QuerySql.h"

#include <QList>
#include <QSqlQuery>
#include <QString>

#include <functional>

namespace jikenbo {

class Database;
class MatchSet;
class MatchSetScope;

enum class SortColumn {
    Date,
    CaseId,
    Organization,
    Title,
    Cause,
    Sector,
    Affected,
    Labels,
    Relevance // bm25 over the query's free text, most relevant first; by date without free text
};

struct ListOptions
{
    SortColumn sort = SortColumn::Date;
    bool descending = true;
    qint64 limit = -1;
    qint64 offset = 0;
    QuerySqlOptions sql;
};

// Runs a parsed query against the incidents: rows, counts and streaming, all in SQL.
class IncidentQuery
{
public:
    // ORDER BY for a sort column; missing values last in both directions; stable by id.
    // Organisation and title sort by Japanese collation (jk_ja). Relevance needs the rank join
    // of a where built with QuerySqlOptions::rank (`ranked`); without it, it is by date.
    static QString orderBy(SortColumn column, bool descending, bool ranked = false);
    // The exact reverse of an ORDER BY list from orderBy(): every term's direction flipped, so
    // the last rows of an order are the first of its reverse.
    static QString reversed(const QString &orderBy);
    // FROM clause and binds of a list query for `where` (with its rank join, if any).
    static QString fromSql(const SqlWhere &where);
    static QVariantList listBinds(const SqlWhere &where);
    // A statement yielding the ids `where` matches (one column), from the full-text index alone
    // when the condition is only full text; binds: where.binds.
    static QString idsSql(const SqlWhere &where);
    // The index that gives an order when walked (empty when none does).
    static QString orderIndex(SortColumn column, bool descending);
    // Whether walking the order's index, testing each row, reaches rows [offset, offset + limit)
    // of `matches` (out of `rows` in all) sooner than fetching every match and sorting: it
    // passes about (offset + limit) * rows / matches entries, the other way reads `matches` rows.
    static bool walkOrderIndex(qint64 matches, qint64 rows, qint64 offset, qint64 limit);
    // Which side of "full text AND other conditions" (a where with ftsAnd) drives the plan.
    // SQLite takes a full-text match for a few rows (FTS5 gives the planner no count) and reads
    // the row of every match to test the rest. When an index finds the other conditions, reading
    // that index and testing each entry against the matches (QuerySql::restDriven, the list
    // built once) costs far less per entry than a row does: it drives unless its entries number
    // over RestPerMatch times the matches. Decided on counts, each read only as far as the
    // decision needs (together less than the full-text side's plan would read). `restDrives`
    // tells which was chosen.
    static SqlWhere plan(Database &db, const SqlWhere &where, bool *restDrives = nullptr);
    // The condition as a statement runs it: planned, and when the other conditions drive, the
    // full-text matches read once into a set that `sets` keeps (each index entry then costs a
    // bit test, not a search of SQLite's list of the matches). Run the statement while `sets`
    // lives. On an error reading the matches, the planned condition as it is.
    static SqlWhere runnable(Database &db, const SqlWhere &where, MatchSetScope &sets);
    // Measured on 100k notices: about 20 µs a match read by row, 0.25 µs an index entry tested
    // against the list; 32 leaves a margin of more than two.
    static constexpr qint64 RestPerMatch = 32;
    // Whether a ranked condition is its ranking expression alone (free text only): the rows it
    // scores are then the matches.
    static bool rankIsCondition(const SqlWhere &where);
    struct Ranked
    {
        qint64 total = 0;             // the matches
        QList<IncidentRecord> rows; // the first `limit` in relevance order
    };
    // The first `limit` rows of a ranked condition (QuerySqlOptions::rank) in the order of
    // orderBy(Relevance): score, then date and id. One pass over the full-text index scores every
    // match and a bounded selection keeps the best, instead of a sort of every match joined to
    // its row. `matches`: the condition's matches when the ranking is not the whole condition
    // (rows it misses score 0); null when it is. `cancelled` is asked now and then during the
    // pass.
    static Result<Ranked> rankFirst(Database &db, const SqlWhere &where, bool descending,
                                    qint64 limit, const MatchSet *matches,
                                    const std::function<bool()> &cancelled = {});
    static Result<QList<IncidentRecord>> fetch(Database &db, const Query &query,
                                               const ListOptions &options = {});
    static Result<qint64> count(Database &db, const Query &query, const QuerySqlOptions &sql = {});
    // Calls `row` for each match without keeping them; stops when it returns false.
    static Status forEach(Database &db, const Query &query, const ListOptions &options,
                          const std::function<bool(const IncidentRecord &)> &row);
    // The list query for `where`; bind where.bindings() in order. With `walkIndex`, that index
    // (orderIndex) is walked for the order, each entry tested.
    static QString selectSql(const SqlWhere &where, const ListOptions &options,
                             const QString &walkIndex = {});
};

} // namespace jikenbo
