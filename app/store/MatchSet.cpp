// SPDX-License-Identifier: GPL-3.0-or-later
#include "MatchSet.h"

#include "Database.h"
#include "SqliteBind.h"

#include <QHash>
#include <QMutex>

#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <thread>

using namespace Qt::StringLiterals;

namespace jikenbo {

namespace {

// The sets a statement may test, by token. Tokens are never reused, so a statement cannot
// reach a set it was not bound to; an unknown token is an error, not a guess.
struct Registry
{
    QMutex mutex;
    QHash<qint64, std::shared_ptr<const MatchSet>> sets;
    std::atomic<qint64> next{1};
};

Registry &registry()
{
    static Registry r;
    return r;
}

void releaseHeld(void *p)
{
    delete static_cast<std::shared_ptr<const MatchSet> *>(p);
}

// jk_matches(id, token). The token is a constant of the statement: the set is looked up once
// and kept with it (auxiliary data), not once per row.
void jkMatches(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    if (argc != 2)
        return;
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(ctx);
        return;
    }
    const qint64 id = sqlite3_value_int64(argv[0]);
    if (const auto *held =
            static_cast<const std::shared_ptr<const MatchSet> *>(sqlite3_get_auxdata(ctx, 1))) {
        sqlite3_result_int(ctx, (*held)->contains(id) ? 1 : 0);
        return;
    }
    std::shared_ptr<const MatchSet> set;
    {
        Registry &r = registry();
        QMutexLocker lock(&r.mutex);
        set = r.sets.value(sqlite3_value_int64(argv[1]));
    }
    if (!set) {
        sqlite3_result_error(ctx, "jk_matches: no such set of matches", -1);
        return;
    }
    sqlite3_result_int(ctx, set->contains(id) ? 1 : 0);
    // SQLite may drop it at any time (then the next row looks the set up again).
    sqlite3_set_auxdata(ctx, 1, new std::shared_ptr<const MatchSet>(std::move(set)), releaseHeld);
}

} // namespace

namespace {

// A full-text condition as substitute() writes it, bound to a set's token.
const QString BitTest = u"jk_matches(i.id, ?)"_s;

// Steps a statement whose first column is an incident id, setting each id's bit in `bits`; an
// error message, or empty. The statement is finalized.
QString addIds(sqlite3 *h, sqlite3_stmt *stmt, std::vector<std::uint64_t> &bits, qint64 &size)
{
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        const qint64 id = sqlite3_column_int64(stmt, 0);
        if (id < 0)
            continue; // no incident has one; a bit set holds none
        const size_t word = size_t(id >> 6);
        if (word >= bits.size())
            bits.resize(std::max(word + 1, bits.size() * 2), 0);
        bits[word] |= std::uint64_t(1) << (id & 63);
        ++size;
    }
    const QString e = rc == SQLITE_DONE ? QString() : QString::fromUtf8(sqlite3_errmsg(h));
    sqlite3_finalize(stmt);
    return e;
}

// The ids a full-text expression matches, from `from` (inclusive) up to `to` (exclusive; 0: no
// bound), as bits into `bits`; an error message, or empty.
QString readMatches(sqlite3 *h, const QByteArray &expr, qint64 from, qint64 to,
                    std::vector<std::uint64_t> &bits, qint64 &size)
{
    const char *sql = to > 0 ? "SELECT rowid FROM incident_fts WHERE incident_fts MATCH ?1 "
                               "AND rowid >= ?2 AND rowid < ?3"
                             : "SELECT rowid FROM incident_fts WHERE incident_fts MATCH ?1 "
                               "AND rowid >= ?2";
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(h, sql, -1, &stmt, nullptr) != SQLITE_OK ||
        sqlite3_bind_text(stmt, 1, expr.constData(), int(expr.size()), SQLITE_TRANSIENT) !=
            SQLITE_OK ||
        sqlite3_bind_int64(stmt, 2, from) != SQLITE_OK ||
        (to > 0 && sqlite3_bind_int64(stmt, 3, to) != SQLITE_OK)) {
        const QString e = QString::fromUtf8(sqlite3_errmsg(h));
        sqlite3_finalize(stmt);
        return e;
    }
    return addIds(h, stmt, bits, size);
}

} // namespace

Result<std::shared_ptr<const MatchSet>> MatchSet::read(Database &db, const QString &ftsExpression,
                                                       Database *helper)
{
    using R = Result<std::shared_ptr<const MatchSet>>;
    sqlite3 *h = db.handle();
    const QByteArray expr = ftsExpression.toUtf8();
    auto set = std::make_shared<MatchSet>();
    // With a helper connection and enough notices, the upper half of the ids (from a multiple of
    // 64, so that the two halves fill different words) is read by it on a thread of its own.
    constexpr qint64 SplitFrom = 4096;
    // Both connections must read the same notices: when anything was written meanwhile, the
    // set is read again by this connection alone.
    const auto version = helper ? queryInt(h, "PRAGMA data_version") : std::nullopt;
    const qint64 last = helper ? queryInt(h, "SELECT max(id) FROM incidents").value_or(0) : 0;
    const qint64 middle = last >= SplitFrom ? (last / 2) & ~qint64(63) : 0;
    std::vector<std::uint64_t> upper;
    qint64 upperSize = 0;
    QString upperError;
    std::thread reader;
    if (middle > 0)
        reader = std::thread(
            [&] { upperError = readMatches(helper->handle(), expr, middle, 0, upper, upperSize); });
    QString error = readMatches(h, expr, 0, middle, set->m_bits, set->m_size);
    if (middle > 0) {
        reader.join();
        if (error.isEmpty())
            error = upperError;
        if (upper.size() > set->m_bits.size())
            set->m_bits.resize(upper.size(), 0);
        for (size_t w = size_t(middle >> 6); w < upper.size(); ++w)
            set->m_bits[w] |= upper[w];
        set->m_size += upperSize;
    }
    if (!error.isEmpty())
        return R::failure(error);
    if (middle > 0 && queryInt(h, "PRAGMA data_version") != version)
        return read(db, ftsExpression);
    return std::shared_ptr<const MatchSet>(std::move(set));
}

Result<std::shared_ptr<const MatchSet>> MatchSet::fromIds(Database &db, const QByteArray &sql,
                                                          const QVariantList &binds)
{
    using R = Result<std::shared_ptr<const MatchSet>>;
    sqlite3 *h = db.handle();
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(h, sql.constData(), int(sql.size()), &stmt, nullptr) != SQLITE_OK ||
        !bindValues(stmt, binds)) {
        const QString e = QString::fromUtf8(sqlite3_errmsg(h));
        sqlite3_finalize(stmt);
        return R::failure(e);
    }
    auto set = std::make_shared<MatchSet>();
    const QString error = addIds(h, stmt, set->m_bits, set->m_size);
    if (!error.isEmpty())
        return R::failure(error);
    return std::shared_ptr<const MatchSet>(std::move(set));
}

MatchSetScope::MatchSetScope(Database &db, Database *helper)
    : m_db(db)
    , m_helper(helper)
{
}

MatchSetScope::~MatchSetScope()
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    for (qint64 t : std::as_const(m_tokens))
        r.sets.remove(t);
}

Result<SqlWhere> MatchSetScope::substitute(const SqlWhere &where)
{
    const QString condition = QuerySql::ftsCondition();
    if (!where.sql.contains(condition))
        return where;
    // Binds are positional (`?`, none inside literals: every value is bound), so the bind of
    // each full-text condition is the one at its `?`.
    SqlWhere w = where;
    w.sql.clear();
    w.ftsOnly.clear();
    w.ftsAnd.clear();
    int bind = 0;
    qsizetype from = 0;
    for (;;) {
        const qsizetype at = where.sql.indexOf(condition, from);
        const QStringView before = QStringView(where.sql).mid(from, at < 0 ? -1 : at - from);
        bind += int(before.count(u'?'));
        w.sql += before;
        if (at < 0)
            break;
        if (bind >= w.binds.size())
            return Result<SqlWhere>::failure(u"jk_matches: the condition's binds do not match"_s);
        auto set = MatchSet::read(m_db, w.binds[bind].toString(), m_helper);
        if (!set.ok())
            return Result<SqlWhere>::failure(set.error());
        w.sql += BitTest;
        w.binds[bind] = hold(set.value());
        ++bind;
        from = at + condition.size();
    }
    return w;
}

bool MatchSetScope::isBitTest(const SqlWhere &where)
{
    return where.sql == BitTest;
}

SqlWhere MatchSetScope::bitTest(qint64 token)
{
    SqlWhere w;
    w.sql = BitTest;
    w.binds = {token};
    return w;
}

qint64 MatchSetScope::hold(std::shared_ptr<const MatchSet> set)
{
    Registry &r = registry();
    const qint64 token = r.next.fetch_add(1);
    {
        QMutexLocker lock(&r.mutex);
        r.sets.insert(token, set);
    }
    m_tokens << token;
    m_sets << std::move(set);
    return token;
}

int registerMatchSetFunction(sqlite3 *db)
{
    return sqlite3_create_function_v2(db, "jk_matches", 2, SQLITE_UTF8, nullptr, jkMatches,
                                      nullptr, nullptr, nullptr);
}

} // namespace jikenbo
