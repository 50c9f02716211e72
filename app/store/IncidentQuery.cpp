// SPDX-License-Identifier: GPL-3.0-or-later
#include "IncidentQuery.h"

#include "Database.h"
#include "IncidentStore.h"
#include "MatchSet.h"
#include "SqliteBind.h"

#include <QHash>
#include <QSqlError>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace jikenbo {

// Missing values sort last in both directions. Descending order gets that from SQLite (NULL
// and '' are smallest); ascending order puts a "missing" flag first. Each order has an index
// that SQLite can walk (see Schema), so the first rows of a sorted query come without a sort.
QString IncidentQuery::orderBy(SortColumn column, bool desc, bool ranked)
{
    const QString dir = desc ? u" DESC"_s : u" ASC"_s;
    auto nullable = [&](const QString &col, const QString &missing) -> QString {
        if (desc)
            return col + dir + u", i.id"_s + dir;
        return u"("_s + missing + u"), "_s + col + dir + u", i.id"_s + dir;
    };
    switch (column) {
    case SortColumn::Relevance:
        if (ranked) // bm25 is negative, lower is better; unmatched rows (OR) count as 0
            return u"COALESCE(r.rank_score, 0.0)"_s + (desc ? u" ASC"_s : u" DESC"_s) +
                   u", i.event_date"_s + dir + u", i.id"_s + dir;
        return nullable(u"i.event_date"_s, u"i.event_date IS NULL"_s);
    case SortColumn::Date:
        return nullable(u"i.event_date"_s, u"i.event_date IS NULL"_s);
    case SortColumn::CaseId:
        return u"i.case_year"_s + dir + u", i.case_seq"_s + dir + u", i.id"_s + dir;
    case SortColumn::Organization:
        return nullable(u"i.organization COLLATE jk_ja"_s, u"i.organization = ''"_s);
    case SortColumn::Title:
        return u"i.title COLLATE jk_ja"_s + dir + u", i.id"_s + dir;
    case SortColumn::Cause: // newest first within a cause (the index's order)
        return u"i.cause"_s + dir + u", i.event_date"_s + dir + u", i.id"_s + dir;
    case SortColumn::Sector:
        return u"i.sector"_s + dir + u", i.event_date"_s + dir + u", i.id"_s + dir;
    case SortColumn::Affected:
        return nullable(u"i.affected"_s, u"i.affected IS NULL"_s);
    case SortColumn::Labels:
        return u"(i.labels = '[]'), i.labels"_s + dir + u", i.id"_s + dir;
    }
    return u"i.id"_s + dir;
}

QString IncidentQuery::reversed(const QString &orderBy)
{
    QStringList terms;
    int depth = 0;
    qsizetype start = 0;
    for (qsizetype k = 0; k <= orderBy.size(); ++k) {
        const QChar c = k < orderBy.size() ? orderBy[k] : u',';
        if (c == u'(')
            ++depth;
        else if (c == u')')
            --depth;
        else if (c == u',' && depth == 0) {
            terms << orderBy.mid(start, k - start).trimmed();
            start = k + 1;
        }
    }
    for (QString &t : terms) {
        if (t.endsWith(u" ASC"_s))
            t = t.chopped(4) + u" DESC"_s;
        else if (t.endsWith(u" DESC"_s))
            t = t.chopped(5) + u" ASC"_s;
        else
            t += u" DESC"_s;
    }
    return terms.join(u", "_s);
}

QString IncidentQuery::fromSql(const SqlWhere &where)
{
    if (!where.ranked())
        return u"incidents AS i"_s;
    return u"incidents AS i "_s + where.join;
}

QVariantList IncidentQuery::listBinds(const SqlWhere &where)
{
    return where.joinBinds + where.binds;
}

QString IncidentQuery::idsSql(const SqlWhere &where)
{
    if (!where.ftsOnly.isEmpty())
        return u"SELECT rowid FROM incident_fts WHERE incident_fts MATCH ?"_s;
    return u"SELECT i.id FROM incidents AS i WHERE "_s + where.sql;
}

QString IncidentQuery::orderIndex(SortColumn column, bool desc)
{
    switch (column) {
    case SortColumn::Date:
        return desc ? u"incidents_event_date"_s : u"incidents_event_date_asc"_s;
    case SortColumn::CaseId:
        return u"incidents_case_order"_s;
    case SortColumn::Organization:
        return desc ? u"incidents_org_ja"_s : u"incidents_org_ja_asc"_s;
    case SortColumn::Title:
        return u"incidents_title_ja"_s;
    case SortColumn::Cause:
        return u"incidents_cause"_s;
    case SortColumn::Sector:
        return u"incidents_sector"_s;
    case SortColumn::Affected:
        return desc ? u"incidents_affected"_s : u"incidents_affected_asc"_s;
    case SortColumn::Labels:
    case SortColumn::Relevance:
        break;
    }
    return {};
}

bool IncidentQuery::walkOrderIndex(qint64 matches, qint64 rows, qint64 offset, qint64 limit)
{
    if (matches <= 0 || rows <= 0)
        return false;
    // An index entry is a few times cheaper to test than a row is to read: weigh by 4.
    return double(offset + limit) * double(rows) / double(matches) < 4.0 * double(matches);
}

QString IncidentQuery::selectSql(const SqlWhere &where, const ListOptions &options,
                                 const QString &walkIndex)
{
    const QString from = walkIndex.isEmpty() || where.ranked()
                             ? fromSql(where)
                             : u"incidents AS i INDEXED BY "_s + walkIndex;
    QString sql = u"SELECT "_s + IncidentStore::listColumns() + u" FROM "_s + from +
                  u" LEFT JOIN annotations AS a ON a.key = i.key WHERE "_s + where.sql +
                  u" ORDER BY "_s + orderBy(options.sort, options.descending, where.ranked());
    if (options.limit >= 0)
        sql += u" LIMIT %1 OFFSET %2"_s.arg(options.limit).arg(options.offset);
    return sql;
}

namespace {

// A condition of full text alone as a bit test against its matches, when there are so many that
// walking the order's index reaches rows [offset, offset + limit) sooner than reading every
// match's row to sort them (IncidentQuery::walkOrderIndex, as the window decides); nothing
// otherwise. With a limit, the matches are first counted only as far as that decision needs.
std::optional<SqlWhere> walkedCondition(Database &db, const SqlWhere &where,
                                        const ListOptions &options, MatchSetScope &sets)
{
    const std::optional<qint64> rows =
        queryInt(db.handle(), "SELECT coalesce(max(id), 0) FROM incidents");
    if (!rows || *rows <= 0)
        return std::nullopt;
    const qint64 offset = std::max<qint64>(0, options.offset);
    if (options.limit >= 0) {
        // walkOrderIndex holds once matches^2 > (offset + limit) * rows / 4.
        const auto enough =
            qint64(std::sqrt(double(offset + options.limit) * double(*rows) / 4.0)) + 1;
        sqlite3_stmt *stmt = nullptr;
        const QByteArray sql = "SELECT count(*) FROM (SELECT 1 FROM incident_fts WHERE "
                               "incident_fts MATCH ?1 LIMIT " +
                               QByteArray::number(enough) + ")";
        qint64 counted = -1;
        if (sqlite3_prepare_v2(db.handle(), sql.constData(), int(sql.size()), &stmt, nullptr) ==
                SQLITE_OK &&
            bindValues(stmt, {where.ftsOnly}) && sqlite3_step(stmt) == SQLITE_ROW)
            counted = sqlite3_column_int64(stmt, 0);
        sqlite3_finalize(stmt);
        if (counted < enough)
            return std::nullopt;
    }
    auto tested = sets.substitute(where);
    if (!tested.ok() || !MatchSetScope::isBitTest(tested.value()) || sets.sets().isEmpty())
        return std::nullopt;
    const qint64 matches = sets.sets().back()->size();
    const qint64 limit = options.limit >= 0 ? options.limit : matches;
    if (!IncidentQuery::walkOrderIndex(matches, *rows, offset, limit))
        return std::nullopt;
    return tested.value();
}

} // namespace

Status IncidentQuery::forEach(Database &db, const Query &query, const ListOptions &options,
                              const std::function<bool(const IncidentRecord &)> &row)
{
    QuerySqlOptions sqlOptions = options.sql;
    sqlOptions.rank = options.sort == SortColumn::Relevance;
    // Free text AND fields: the side that reads less drives, as in the window.
    MatchSetScope sets(db);
    SqlWhere w = runnable(db, QuerySql::where(query, sqlOptions), sets);
    QString sql = selectSql(w, options);
    // Full text alone with many matches: SQLite would read the row of every match and sort
    // them all (a million rows for a word in every notice, for the first 50); the order's index
    // walked, an entry a bit test, gives the rows in order (and streams an export).
    if (const QString index = orderIndex(options.sort, options.descending);
        !index.isEmpty() && !w.ftsOnly.isEmpty() && !w.ranked()) {
        if (const auto walked = walkedCondition(db, w, options, sets)) {
            w = *walked;
            sql = selectSql(w, options, index);
        }
    }
    // Relevance with a limit: one scoring pass and a selection of the best (as the window
    // ranks) rather than an ORDER BY that joins every match to its row and sorts them all.
    if (w.ranked() && !w.rankSql.isEmpty() && options.limit >= 0) {
        std::shared_ptr<const MatchSet> matches;
        if (!rankIsCondition(w)) {
            auto set = MatchSet::fromIds(db, idsSql(w).toUtf8(), w.binds);
            if (!set.ok())
                return Status::failure(set.error());
            matches = set.value();
        }
        const qint64 offset = std::max<qint64>(0, options.offset);
        auto ranked = rankFirst(db, w, options.descending, offset + options.limit, matches.get());
        if (!ranked.ok())
            return Status::failure(ranked.error());
        for (qsizetype n = qsizetype(offset); n < ranked.value().rows.size(); ++n) {
            if (!row(ranked.value().rows.at(n)))
                break;
        }
        return {};
    }
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return Status::failure(q.lastError().text());
    const QVariantList binds = listBinds(w);
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds[i]);
    if (!q.exec())
        return Status::failure(q.lastError().text());
    while (q.next()) {
        if (!row(IncidentStore::recordFromListQuery(q)))
            break;
    }
    return {};
}

SqlWhere IncidentQuery::plan(Database &db, const SqlWhere &where, bool *restDrives)
{
    if (restDrives)
        *restDrives = false;
    if (where.ftsAnd.isEmpty())
        return where;
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    auto bindAll = [&q](const QVariantList &binds) {
        for (int k = 0; k < binds.size(); ++k)
            q.bindValue(k, binds[k]);
    };
    // Without an index for them, the other conditions would be tested on every row: the
    // matches' rows are fewer.
    if (!q.prepare(u"EXPLAIN QUERY PLAN SELECT 1 FROM incidents AS i WHERE "_s + where.restSql))
        return where;
    bindAll(where.restBinds);
    if (!q.exec())
        return where;
    while (q.next()) {
        if (q.value(3).toString().startsWith(u"SCAN i"_s))
            return where;
    }
    q.finish();
    auto cappedCount = [&](const QString &sql, const QVariantList &binds, qint64 cap) -> qint64 {
        if (!q.prepare(u"SELECT count(*) FROM ("_s + sql + u" LIMIT %1)"_s.arg(cap)))
            return -1;
        bindAll(binds);
        if (!q.exec() || !q.next())
            return -1;
        const qint64 n = q.value(0).toLongLong();
        q.finish();
        return n;
    };
    // Matches beyond rows / RestPerMatch decide alone: the other conditions cannot find more
    // rows than there are.
    const std::optional<qint64> last =
        queryInt(db.handle(), "SELECT coalesce(max(id), 0) FROM incidents");
    if (!last)
        return where;
    const qint64 rows = *last;
    const qint64 enough = rows / RestPerMatch + 1;
    const qint64 matches =
        cappedCount(u"SELECT 1 FROM incident_fts WHERE incident_fts MATCH ?"_s,
                    {where.ftsAnd}, enough);
    if (matches <= 0)
        return where;
    if (matches < enough) {
        const qint64 cap = RestPerMatch * matches + 1;
        const qint64 rest = cappedCount(
            u"SELECT 1 FROM incidents AS i WHERE "_s + where.restSql, where.restBinds, cap);
        if (rest < 0 || rest >= cap)
            return where;
    }
    if (restDrives)
        *restDrives = true;
    return QuerySql::restDriven(where);
}

SqlWhere IncidentQuery::runnable(Database &db, const SqlWhere &where, MatchSetScope &sets)
{
    const SqlWhere planned = plan(db, where);
    if (!planned.restDriven)
        return planned;
    auto substituted = sets.substitute(planned);
    return substituted.ok() ? substituted.value() : planned;
}

bool IncidentQuery::rankIsCondition(const SqlWhere &where)
{
    return !where.ftsOnly.isEmpty() && where.joinBinds.size() == 1 &&
           where.joinBinds.front().toString() == where.ftsOnly;
}

Result<IncidentQuery::Ranked> IncidentQuery::rankFirst(Database &db, const SqlWhere &where,
                                                        bool descending, qint64 limit,
                                                        const MatchSet *matches,
                                                        const std::function<bool()> &cancelled)
{
    using R = Result<Ranked>;
    sqlite3 *h = db.handle();
    auto fail = [&](sqlite3_stmt *stmt) {
        const QString e = QString::fromUtf8(sqlite3_errmsg(h));
        sqlite3_finalize(stmt);
        return R::failure(e);
    };
    struct Scored
    {
        double score;
        qint64 id;
    };
    std::vector<Scored> scored;
    {
        const QByteArray sql = where.rankSql.toUtf8();
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(h, sql.constData(), int(sql.size()), &stmt, nullptr) != SQLITE_OK ||
            !bindValues(stmt, where.joinBinds))
            return fail(stmt);
        int rc;
        for (qint64 n = 1; (rc = sqlite3_step(stmt)) == SQLITE_ROW; ++n) {
            scored.push_back({sqlite3_column_double(stmt, 1), sqlite3_column_int64(stmt, 0)});
            if (n % 8192 == 0 && cancelled && cancelled()) {
                sqlite3_finalize(stmt);
                return R::failure(u"cancelled"_s);
            }
        }
        if (rc != SQLITE_DONE)
            return fail(stmt);
        sqlite3_finalize(stmt);
    }
    if (matches) {
        QHash<qint64, double> scoreOf;
        scoreOf.reserve(qsizetype(scored.size()));
        for (const Scored &s : scored)
            scoreOf.insert(s.id, s.score);
        scored.clear();
        matches->forEachId([&](qint64 id) { scored.push_back({scoreOf.value(id, 0.0), id}); });
    }
    Ranked out;
    out.total = qint64(scored.size());
    if (scored.empty() || limit <= 0)
        return out;

    // bm25 is lower for a better match: most relevant first is ascending score.
    auto better = [descending](double a, double b) {
        return descending ? a < b : a > b;
    };
    const size_t k = std::min(scored.size(), size_t(limit));
    std::nth_element(scored.begin(), scored.begin() + qsizetype(k - 1), scored.end(),
                     [&](const Scored &a, const Scored &b) { return better(a.score, b.score); });
    const double threshold = scored[k - 1].score;
    std::vector<Scored> chosen, tied;
    for (const Scored &s : scored) {
        if (better(s.score, threshold))
            chosen.push_back(s);
        else if (s.score == threshold)
            tied.push_back(s);
    }
    const QString dir = descending ? u" DESC"_s : u" ASC"_s;
    const QString tieOrder = u"i.event_date"_s + dir + u", i.id"_s + dir;
    const size_t need = k - chosen.size();
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    auto run = [&q](const QString &sql, const QString &bind) {
        if (!q.prepare(sql))
            return false;
        q.addBindValue(bind);
        return q.exec();
    };
    if (tied.size() > need) {
        // Equal scores go by date then id, as in the list's ORDER BY: SQLite picks those.
        QByteArray ids = "[";
        for (size_t n = 0; n < tied.size(); ++n) {
            if (n > 0)
                ids += ',';
            ids += QByteArray::number(tied[n].id);
        }
        ids += ']';
        if (!run(u"SELECT i.id FROM incidents AS i WHERE i.id IN (SELECT value FROM json_each(?)) "
                 u"ORDER BY "_s +
                     tieOrder + u" LIMIT %1"_s.arg(need),
                 QString::fromLatin1(ids)))
            return R::failure(q.lastError().text());
        while (q.next())
            chosen.push_back({threshold, q.value(0).toLongLong()});
    } else {
        chosen.insert(chosen.end(), tied.begin(), tied.end());
    }
    // The chosen rows in order: by score (equal scores share a rank), then date and id.
    std::sort(chosen.begin(), chosen.end(),
              [&](const Scored &a, const Scored &b) { return better(a.score, b.score); });
    QByteArray pairs = "[";
    int rank = 0;
    for (size_t n = 0; n < chosen.size(); ++n) {
        if (n > 0) {
            pairs += ',';
            if (chosen[n].score != chosen[n - 1].score)
                ++rank;
        }
        pairs += '[' + QByteArray::number(chosen[n].id) + ',' + QByteArray::number(rank) + ']';
    }
    pairs += ']';
    if (!run(u"SELECT "_s + IncidentStore::listColumns() +
                 u" FROM json_each(?) AS j JOIN incidents AS i ON i.id = "
                 u"json_extract(j.value, '$[0]')"
                 u" LEFT JOIN annotations AS a ON a.key = i.key"
                 u" ORDER BY json_extract(j.value, '$[1]'), "_s +
                 tieOrder,
             QString::fromLatin1(pairs)))
        return R::failure(q.lastError().text());
    out.rows.reserve(qsizetype(chosen.size()));
    while (q.next())
        out.rows.append(IncidentStore::recordFromListQuery(q));
    return out;
}

Result<QList<IncidentRecord>> IncidentQuery::fetch(Database &db, const Query &query,
                                                   const ListOptions &options)
{
    QList<IncidentRecord> out;
    const Status s = forEach(db, query, options, [&out](const IncidentRecord &r) {
        out << r;
        return true;
    });
    if (!s.ok())
        return Result<QList<IncidentRecord>>::failure(s.error());
    return out;
}

Result<qint64> IncidentQuery::count(Database &db, const Query &query, const QuerySqlOptions &sql)
{
    MatchSetScope sets(db);
    const SqlWhere w = runnable(db, QuerySql::where(query, sql), sets);
    QSqlQuery q(db.sql());
    // Only full text: every row of the index is an incident (IncidentStore and SearchIndex
    // keep them in step), so the index counts alone.
    const QString countSql =
        w.ftsOnly.isEmpty() ? u"SELECT count(*) FROM incidents AS i WHERE "_s + w.sql
                            : u"SELECT count(*) FROM incident_fts WHERE incident_fts MATCH ?"_s;
    if (!q.prepare(countSql))
        return Result<qint64>::failure(q.lastError().text());
    for (int i = 0; i < w.binds.size(); ++i)
        q.bindValue(i, w.binds[i]);
    if (!q.exec() || !q.next())
        return Result<qint64>::failure(q.lastError().text());
    return q.value(0).toLongLong();
}

} // namespace jikenbo
