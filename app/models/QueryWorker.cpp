// SPDX-License-Identifier: GPL-3.0-or-later
#include "QueryWorker.h"

#include "search/SearchSnippet.h"
#include "store/Database.h"
#include "store/FacetQuery.h"
#include "store/IncidentQuery.h"
#include "store/IncidentStore.h"
#include "store/MatchSet.h"
#include "store/SqliteBind.h"
#include "store/TrendQuery.h"

#include <QHash>
#include <QMetaObject>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace jikenbo {

namespace {

bool prepareAndBind(QSqlQuery &q, const QString &sql, const QVariantList &binds)
{
    if (!q.prepare(sql))
        return false;
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds[i]);
    return q.exec();
}

// Marks the worker busy with a read, so that a newer query may interrupt it.
struct ReadScope
{
    explicit ReadScope(std::atomic<bool> &flag)
        : m_flag(flag)
    {
        m_flag.store(true);
    }
    ~ReadScope() { m_flag.store(false); }
    std::atomic<bool> &m_flag;
};

} // namespace

QueryWorker::QueryWorker(QString databasePath, QObject *parent)
    : QObject(parent)
    , m_path(std::move(databasePath))
{
}

// A pass over the matches for the facet counts, kept while it gives way to rows.
struct QueryWorker::FacetScan
{
    quint64 generation = 0;
    sqlite3_stmt *stmt = nullptr;
    FacetTally tally;
    ~FacetScan() { sqlite3_finalize(stmt); }
};

QueryWorker::~QueryWorker()
{
    stopFacetJob(); // before the connections it reads go
}

void QueryWorker::stopFacetJob()
{
    if (m_facetCancel)
        m_facetCancel->store(true);
    if (m_facetJob.joinable())
        m_facetJob.join();
    m_facetCancel.reset();
}

bool QueryWorker::openSideConnections()
{
    stopFacetJob();
    if (!m_facetDb) {
        auto db = TrendQuery::openHelper(m_path);
        auto helper = TrendQuery::openHelper(m_path);
        if (!db.ok() || !helper.ok())
            return false;
        m_facetDb = std::move(db).value();
        m_facetHelper = std::move(helper).value();
    }
    return true;
}

Database *QueryWorker::readHelper()
{
    return openSideConnections() ? m_facetHelper.get() : nullptr;
}

// Many matches: a pass over the whole covering index with a bit test per entry, on connections
// of its own and threads of its own (FacetQuery), so that this thread stays free for the rows
// the view asks for meanwhile. The matches as kept (a set); none when every incident matches.
// False when that cannot be done (the caller then counts on this connection).
bool QueryWorker::countFacetsApart(quint64 generation)
{
    if (!openSideConnections())
        return false;
    // Every incident (the list without a query, at launch and after each reload of it): the
    // counts of the last pass over them all, when nothing was written since.
    const bool all = !m_hitsKept;
    const auto version = queryInt(m_facetDb->handle(), "PRAGMA data_version");
    if (all && m_allFacets && version && *version == m_allFacetsVersion) {
        Q_EMIT facetsReady(generation, *m_allFacets);
        return true;
    }
    // The matches as kept (keepMatchSet).
    const std::shared_ptr<const MatchSet> matches = all ? nullptr : m_hitsSet;
    if (!all && !matches)
        return false;
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_facetCancel = cancel;
    m_facetJob = std::thread([this, generation, matches, cancel, all, version] {
        // Rows the view waits for come first: while chunks are queued or this worker reads
        // anything the pass waits (checked every few thousand incidents counted), so that both
        // cores are theirs.
        const auto cancelled = [this, generation, &cancel] {
            while ((m_chunksWaiting.load() > 0 || m_reading.load()) && !cancel->load() &&
                   !stale(generation))
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
            return cancel->load() || stale(generation);
        };
        auto counts = FacetQuery::count(*m_facetDb, matches, m_facetHelper.get(), cancelled);
        if (cancelled())
            return;
        // Answered from this worker's thread, as the other answers are.
        QMetaObject::invokeMethod(
            this,
            [this, generation, all, version, counts = std::move(counts)] {
                // (Counted after `version` was read: at worst a write came meanwhile, and the
                // next look at the version counts again.)
                if (all && counts.ok() && version) {
                    m_allFacets = counts.value();
                    m_allFacetsVersion = *version;
                }
                if (stale(generation))
                    return;
                if (counts.ok())
                    Q_EMIT facetsReady(generation, counts.value());
                else
                    Q_EMIT failed(generation, counts.error());
            },
            Qt::QueuedConnection);
    });
    return true;
}

void QueryWorker::setLatestGeneration(quint64 generation)
{
    m_latest.store(generation);
    if (m_reading.load()) {
        if (void *h = m_handle.load())
            sqlite3_interrupt(static_cast<sqlite3 *>(h));
    }
}

void QueryWorker::open()
{
    Database::Options o;
    o.create = false;
    o.updateSearchIndex = false; // the window rebuilds it as a task, with progress
    auto db = Database::open(m_path, o);
    if (!db.ok()) {
        Q_EMIT opened(false, db.error());
        return;
    }
    m_facetScan.reset();
    stopFacetJob();
    m_hitsHeld.reset();
    m_facetDb.reset();
    m_facetHelper.reset();
    m_allFacets.reset();
    m_db = std::move(db).value();
    m_handle.store(m_db->handle());
    QSqlQuery q(m_db->sql());
    if (!q.exec(u"CREATE TEMP TABLE IF NOT EXISTS jk_hits (id INTEGER PRIMARY KEY)"_s)) {
        Q_EMIT opened(false, q.lastError().text());
        return;
    }
    Q_EMIT opened(true, QString());
}

// The matches of the newest query are kept apart, in temp.jk_hits or as a set (one evaluation of
// the condition for the count, the first rows, the later chunks and the facets); the rows come by
// walking the order's index when many match, by sorting the matches when few do (IncidentQuery).
SqlWhere QueryWorker::matchesOf(quint64 generation, const SqlWhere &where) const
{
    if (m_hitsGeneration != generation || !m_hitsKept)
        return where;
    SqlWhere w = where;
    if (m_hitsInTable) {
        w.sql = u"i.id IN temp.jk_hits"_s;
        w.binds.clear();
    } else {
        const SqlWhere test = MatchSetScope::bitTest(m_hitsToken);
        w.sql = test.sql;
        w.binds = test.binds;
    }
    w.ftsOnly.clear();
    w.restDriven = false;
    return w;
}

bool QueryWorker::fetch(const SqlWhere &where, SortColumn sort, bool descending, qint64 total,
                        qint64 offset, int limit, QList<IncidentRecord> &rows, QString *error)
{
    QSqlQuery q(m_db->sql());
    q.setForwardOnly(true);
    // Rows nearer the end than the start come first in the reverse order: walk from the end.
    QString order = IncidentQuery::orderBy(sort, descending, where.ranked());
    const bool fromEnd = total > 0 && offset < total && total - offset - limit < offset;
    qint64 walked = offset;
    if (fromEnd) {
        limit = int(std::min<qint64>(limit, total - offset));
        walked = total - offset - limit;
        order = IncidentQuery::reversed(order);
    }
    QString from = IncidentQuery::fromSql(where);
    const QString index = IncidentQuery::orderIndex(sort, descending);
    // (Not when the other conditions' index drives: they are tested on the row, not the entry.)
    if (!index.isEmpty() && !where.ranked() && !where.restDriven &&
        IncidentQuery::walkOrderIndex(total, m_rows, walked, limit))
        from = u"incidents AS i INDEXED BY "_s + index;
    QString sql;
    if (walked > 0 && !where.ranked()) {
        // The rows passed over are found by their ids alone (from the index walked and the
        // condition), without reading each to join its annotations; the rows kept then are.
        sql = u"SELECT "_s + IncidentStore::listColumns() +
              u" FROM incidents AS i LEFT JOIN annotations AS a ON a.key = i.key WHERE i.id IN "
              u"(SELECT i.id FROM "_s +
              from + u" WHERE "_s + where.sql + u" ORDER BY "_s + order +
              u" LIMIT %1 OFFSET %2) ORDER BY "_s.arg(limit).arg(walked) + order;
    } else {
        sql = u"SELECT "_s + IncidentStore::listColumns() + u" FROM "_s + from +
              u" LEFT JOIN annotations AS a ON a.key = i.key WHERE "_s + where.sql +
              u" ORDER BY "_s + order + u" LIMIT %1 OFFSET %2"_s.arg(limit).arg(walked);
    }
    if (!prepareAndBind(q, sql, IncidentQuery::listBinds(where))) {
        *error = q.lastError().text();
        return false;
    }
    rows.reserve(limit);
    while (q.next())
        rows.append(IncidentStore::recordFromListQuery(q));
    if (fromEnd)
        std::reverse(rows.begin(), rows.end());
    return true;
}

void QueryWorker::runQuery(quint64 generation, const SqlWhere &asked, SortColumn sort,
                           bool descending, int chunkSize, const QString &locateKey)
{
    if (!m_db || stale(generation))
        return;
    ReadScope scope(m_reading);
    // Full text AND fields: the side that reads less finds the matches (kept in temp.jk_hits;
    // the later chunks and the facets read those).
    const SqlWhere where = IncidentQuery::plan(*m_db, asked);
    if (stale(generation))
        return;
    m_orderWalkable = !where.ranked() && !IncidentQuery::orderIndex(sort, descending).isEmpty();
    m_facetScan.reset(); // it may read the matches of the query before, kept in temp.jk_hits
    QSqlQuery q(m_db->sql());
    m_hitsGeneration = 0;
    m_orderGeneration = 0;
    m_order.clear();
    m_order.shrink_to_fit();
    qint64 total = 0;
    const auto lastId = queryInt(m_db->handle(), "SELECT coalesce(max(id), 0) FROM incidents");
    if (!lastId) {
        if (!stale(generation))
            Q_EMIT failed(generation, QString::fromUtf8(sqlite3_errmsg(m_db->handle())));
        return;
    }
    m_rows = *lastId;
    if (where.ranked() && locateKey.isEmpty() && !where.rankSql.isEmpty()) {
        QList<IncidentRecord> rows;
        QString error;
        if (!rankFirstRows(generation, where, descending, chunkSize, &total, rows, &error)) {
            if (!stale(generation))
                Q_EMIT failed(generation, error);
            return;
        }
        if (stale(generation))
            return;
        m_hitsGeneration = generation;
        m_hitsTotal = total;
        Q_EMIT queryReady(generation, total, rows, -1);
        // The matches kept for the later chunks and the facets, once the first rows are out.
        if (!m_hitsKept && !stale(generation)) {
            qint64 kept = 0;
            m_hitsKept = keepMatches(where, &kept, &error);
        }
        return;
    }
    if (where.sql == u"1"_s) {
        m_hitsKept = false;
        if (!q.exec(u"SELECT count(*) FROM incidents"_s) || !q.next()) {
            if (!stale(generation))
                Q_EMIT failed(generation, q.lastError().text());
            return;
        }
        total = q.value(0).toLongLong();
    } else if ((locateKey.isEmpty() || sort == SortColumn::Date) && !where.ftsOnly.isEmpty() &&
               !IncidentQuery::orderIndex(sort, descending).isEmpty()) {
        answerFromMatchSet(generation, where, sort, descending, chunkSize, locateKey);
        return;
    } else if (locateKey.isEmpty() && where.restDriven) {
        answerRestDriven(generation, where, sort, descending, chunkSize);
        return;
    } else if ((locateKey.isEmpty() || sort == SortColumn::Date) &&
               servedByOneIndex(where, sort, descending)) {
        // The count and the first rows straight from that index (and the row to keep, counted
        // on the date index); the matches are kept for the later chunks and the facets only
        // once the first rows are out.
        m_hitsKept = false;
        if (!prepareAndBind(q, u"SELECT count(*) FROM incidents AS i WHERE "_s + where.sql,
                            where.binds) ||
            !q.next()) {
            if (!stale(generation))
                Q_EMIT failed(generation, q.lastError().text());
            return;
        }
        total = q.value(0).toLongLong();
        q.finish();
        if (!answer(generation, where, sort, descending, chunkSize, total, locateKey))
            return;
        QString error;
        qint64 kept = 0;
        if (stale(generation) || !keepMatches(where, &kept, &error))
            return; // the later chunks and facets then read the condition itself
        m_hitsKept = true;
        m_hitsGeneration = generation;
        m_hitsTotal = kept;
        return;
    } else {
        QString error;
        if (!keepMatches(where, &total, &error)) {
            if (!stale(generation))
                Q_EMIT failed(generation, error);
            return;
        }
        m_hitsKept = true;
    }
    q.finish();
    if (stale(generation))
        return;
    answer(generation, where, sort, descending, chunkSize, total, locateKey);
}

bool QueryWorker::answer(quint64 generation, const SqlWhere &where, SortColumn sort,
                         bool descending, int chunkSize, qint64 total, const QString &locateKey)
{
    m_hitsGeneration = generation;
    m_hitsTotal = total;
    qint64 located = -1;
    qint64 locatedId = -1;
    if (!locateKey.isEmpty() && total > 0) {
        located = locate(generation, where, sort, descending, locateKey, &locatedId);
        if (stale(generation))
            return false;
    }
    // The first rows, and those around the incident to keep selected.
    QList<IncidentRecord> rows;
    QString error;
    const bool ok = m_orderGeneration == generation
                        ? fetchFromOrder(0, chunkSize, rows, &error)
                        : fetch(matchesOf(generation, where), sort, descending, total, 0, chunkSize,
                                rows, &error);
    if (!ok) {
        if (!stale(generation))
            Q_EMIT failed(generation, error);
        return false;
    }
    if (stale(generation))
        return false;
    Q_EMIT queryReady(generation, total, rows, located);
    emitLocatedChunk(generation, where, sort, descending, chunkSize, total, located, locatedId);
    return !stale(generation);
}

void QueryWorker::emitLocatedChunk(quint64 generation, const SqlWhere &where, SortColumn sort,
                                   bool descending, int chunkSize, qint64 total, qint64 located,
                                   qint64 locatedId)
{
    QString error;
    const int locatedChunk = located >= 0 ? int(located / chunkSize) : 0;
    if (locatedChunk > 0 && !stale(generation)) {
        // From the order when it was built to find the row; in date order from the row itself,
        // outwards; else by position (counted).
        QList<IncidentRecord> around;
        const qint64 offset = qint64(locatedChunk) * chunkSize;
        const int limit = int(std::min<qint64>(chunkSize, total - offset));
        bool fetched = false;
        if (m_orderGeneration == generation) {
            fetched = fetchFromOrder(offset, chunkSize, around, &error);
        } else {
            const SqlWhere matches = matchesOf(generation, where);
            fetched = sort == SortColumn::Date &&
                      fetchAroundInDateOrder(matches, descending, locatedId, located, offset,
                                             limit, around, &error);
            if (!fetched) {
                around.clear();
                fetched = fetch(matches, sort, descending, total, offset, chunkSize, around,
                                &error);
            }
        }
        if (fetched && !stale(generation))
            Q_EMIT chunkReady(generation, locatedChunk, around);
    }
}

bool QueryWorker::rankFirstRows(quint64 generation, const SqlWhere &where, bool descending,
                                int limit, qint64 *total, QList<IncidentRecord> &rows,
                                QString *error)
{
    // When the ranking expression is the whole condition (free text only), its rows are the
    // matches; otherwise the matches are kept apart and rows the ranking misses score 0.
    if (!IncidentQuery::rankIsCondition(where)) {
        qint64 kept = 0;
        if (!keepMatches(where, &kept, error))
            return false;
        m_hitsKept = true;
    } else {
        m_hitsKept = false;
    }
    auto ranked = IncidentQuery::rankFirst(*m_db, where, descending, limit,
                                           m_hitsKept ? m_hitsSet.get() : nullptr,
                                           [&] { return stale(generation); });
    if (!ranked.ok()) {
        *error = ranked.error();
        return false;
    }
    *total = ranked.value().total;
    rows = std::move(ranked.value().rows);
    return true;
}

// The row of `key` in the result. Walking the order's index over the matches and counting up to
// the key reads small index entries only; numbering every match in order (the fallback, for
// orders without an index or with bound values) reads and sorts all matching rows.
bool QueryWorker::keepMatches(const SqlWhere &where, qint64 *total, QString *error)
{
    // The other conditions driving (IncidentQuery::plan): each entry of their index is tested
    // against the full-text matches held as a set.
    MatchSetScope sets(*m_db);
    SqlWhere w = where;
    if (where.restDriven) {
        if (auto s = sets.substitute(where); s.ok())
            w = s.value();
    }
    // Read into a set first and written in id order: straight from an index such as the
    // cause's, the ids come in its order, and a temp table filled in that order costs three
    // times as much (46 ms against 15 for a hundred thousand).
    auto set = MatchSet::fromIds(*m_db, IncidentQuery::idsSql(w).toUtf8(), w.binds);
    if (!set.ok()) {
        *error = set.error();
        return false;
    }
    if (!keepMatchSet(set.value(), error))
        return false;
    *total = set.value()->size();
    return true;
}

bool QueryWorker::keepMatchSet(std::shared_ptr<const MatchSet> set, QString *error)
{
    m_hitsSet.reset();
    m_hitsHeld.reset();
    m_hitsInTable = false;
    sqlite3 *h = m_db->handle();
    // Many matches, in an order with an index: the set itself is the condition of the later
    // chunks (a bit per entry of the order's index walked), and the facets read it; writing
    // it into the table would cost some 0.15 us a match (75 ms for half a million).
    if (m_orderWalkable && manyMatches(set->size())) {
        sqlite3_exec(h, "DELETE FROM temp.jk_hits", nullptr, nullptr, nullptr); // (its pages)
        m_hitsHeld = std::make_unique<MatchSetScope>(*m_db);
        m_hitsToken = m_hitsHeld->hold(set);
        m_hitsSet = std::move(set);
        return true;
    }
    auto fail = [&](sqlite3_stmt *stmt) {
        *error = QString::fromUtf8(sqlite3_errmsg(h));
        sqlite3_finalize(stmt);
        sqlite3_exec(h, "ROLLBACK TO jk_keep; RELEASE jk_keep", nullptr, nullptr, nullptr);
        return false;
    };
    if (sqlite3_exec(h, "SAVEPOINT jk_keep; DELETE FROM temp.jk_hits", nullptr, nullptr,
                     nullptr) != SQLITE_OK)
        return fail(nullptr);
    // Many rows per statement: a step each costs more than the row it inserts.
    constexpr int PerStatement = 256;
    QByteArray sql = "INSERT INTO temp.jk_hits (id) VALUES (?)";
    for (int k = 1; k < PerStatement; ++k)
        sql += ",(?)";
    sqlite3_stmt *many = nullptr;
    sqlite3_stmt *one = nullptr;
    if (sqlite3_prepare_v2(h, sql.constData(), int(sql.size()), &many, nullptr) != SQLITE_OK)
        return fail(many);
    if (sqlite3_prepare_v2(h, "INSERT INTO temp.jk_hits (id) VALUES (?)", -1, &one, nullptr) !=
        SQLITE_OK) {
        sqlite3_finalize(many);
        return fail(one);
    }
    bool ok = true;
    int bound = 0;
    qint64 pending[PerStatement];
    set->forEachId([&](qint64 id) {
        if (!ok)
            return;
        pending[bound++] = id;
        if (bound < PerStatement)
            return;
        for (int k = 0; k < PerStatement; ++k)
            sqlite3_bind_int64(many, k + 1, pending[k]);
        ok = sqlite3_step(many) == SQLITE_DONE;
        sqlite3_reset(many);
        bound = 0;
    });
    for (int k = 0; ok && k < bound; ++k) {
        sqlite3_bind_int64(one, 1, pending[k]);
        ok = sqlite3_step(one) == SQLITE_DONE;
        sqlite3_reset(one);
    }
    sqlite3_finalize(many);
    if (!ok)
        return fail(one);
    sqlite3_finalize(one);
    if (sqlite3_exec(h, "RELEASE jk_keep", nullptr, nullptr, nullptr) != SQLITE_OK)
        return fail(nullptr);
    m_hitsInTable = true;
    m_hitsSet = std::move(set);
    return true;
}

bool QueryWorker::answerFromMatchSet(quint64 generation, const SqlWhere &where, SortColumn sort,
                                     bool descending, int chunkSize, const QString &locateKey)
{
    MatchSetScope sets(*m_db, readHelper());
    const auto tested = sets.substitute(where);
    if (!tested.ok() || sets.sets().size() != 1) {
        if (!stale(generation))
            Q_EMIT failed(generation, tested.ok() ? u"no full-text condition"_s : tested.error());
        return false;
    }
    const std::shared_ptr<const MatchSet> set = sets.sets().front();
    const qint64 total = set->size();
    if (stale(generation))
        return false;
    // Many matches: walking the order's index, each entry a bit test, reaches the first rows
    // sooner than keeping the matches first and reading them (IncidentQuery::walkOrderIndex).
    const bool walk = IncidentQuery::walkOrderIndex(total, m_rows, 0, chunkSize);
    m_hitsKept = false;
    if (walk && !answer(generation, tested.value(), sort, descending, chunkSize, total, locateKey))
        return false;
    QString error;
    if (stale(generation))
        return false;
    if (!keepMatchSet(set, &error)) {
        if (!walk && !stale(generation))
            Q_EMIT failed(generation, error);
        return false; // (with the first rows out, the later chunks read the condition itself)
    }
    m_hitsKept = true;
    m_hitsGeneration = generation;
    m_hitsTotal = total;
    return walk || answer(generation, where, sort, descending, chunkSize, total, locateKey);
}

bool QueryWorker::answerRestDriven(quint64 generation, const SqlWhere &where, SortColumn sort,
                                   bool descending, int chunkSize)
{
    MatchSetScope sets(*m_db, readHelper());
    const auto tested = sets.substitute(where);
    QSqlQuery q(m_db->sql());
    if (!tested.ok() ||
        !prepareAndBind(q, u"SELECT count(*) FROM incidents AS i WHERE "_s + tested.value().sql,
                        tested.value().binds) ||
        !q.next()) {
        if (!stale(generation))
            Q_EMIT failed(generation, tested.ok() ? q.lastError().text() : tested.error());
        return false;
    }
    const qint64 total = q.value(0).toLongLong();
    q.finish();
    m_hitsKept = false;
    // Sorted by date, the first rows come from walking the fields' index in date order (as
    // incidents_sector holds it), a few thousand entries rather than a sort of every match.
    if (stale(generation) ||
        !answer(generation, tested.value(), sort, descending, chunkSize, total, {}))
        return false;
    QString error;
    qint64 kept = 0;
    if (stale(generation) || !keepMatches(tested.value(), &kept, &error))
        return false; // the later chunks and the facets then read the condition itself
    m_hitsKept = true;
    m_hitsGeneration = generation;
    m_hitsTotal = kept;
    return true;
}

bool QueryWorker::servedByOneIndex(const SqlWhere &where, SortColumn sort, bool descending)
{
    if (!where.ftsOnly.isEmpty() || where.ranked())
        return false;
    sqlite3 *h = m_db->handle();
    const QStringList plan =
        queryPlan(h,
                  (u"SELECT i.id FROM incidents AS i WHERE "_s + where.sql + u" ORDER BY "_s +
                   IncidentQuery::orderBy(sort, descending, false))
                      .toUtf8(),
                  where.binds);
    const auto searchesAnIndex = [](const QString &step) {
        return step.startsWith(u"SEARCH i USING INDEX "_s) ||
               step.startsWith(u"SEARCH i USING COVERING INDEX "_s);
    };
    if (plan.size() != 1 || !searchesAnIndex(plan.front()))
        return false;
    // The order's index finds only some of the conditions (fewer values bound in its search than
    // in the condition): walking it reads the row of each entry to test the others. When one
    // covering index finds them all, keeping the matches from it first reads index entries only,
    // and the first rows then come from the matches.
    if (plan.front().count(u'?') >= where.binds.size())
        return true;
    const QStringList keep = queryPlan(
        h, (u"SELECT i.id FROM incidents AS i WHERE "_s + where.sql).toUtf8(), where.binds);
    if (keep.isEmpty())
        return true;
    return !(keep.size() == 1 && keep.front().startsWith(u"SEARCH i USING COVERING INDEX "_s));
}

qint64 QueryWorker::locate(quint64 generation, const SqlWhere &where, SortColumn sort,
                           bool descending, const QString &key, qint64 *idOut)
{
    QSqlQuery q(m_db->sql());
    q.prepare(u"SELECT id FROM incidents WHERE key = ?"_s);
    q.addBindValue(key);
    if (!q.exec() || !q.next())
        return -1;
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    if (idOut)
        *idOut = id;
    const SqlWhere matches = matchesOf(generation, where);
    // Counting walks the date index from the row outwards, each entry tested against the
    // matches: cheap when they are kept apart, every incident, or at least one in four (a walk
    // then reads at most four entries per match it counts). Few matches not kept apart are
    // cheaper put in order whole.
    // (A set of full-text matches read into bits, MatchSetScope, is tested as cheaply.)
    const bool kept =
        (m_hitsGeneration == generation && m_hitsKept) || MatchSetScope::isBitTest(matches);
    const bool dense = m_hitsGeneration == generation && 4 * m_hitsTotal >= m_rows;
    if (sort == SortColumn::Date && !matches.ranked() &&
        (kept || matches.sql == u"1"_s || dense)) {
        // Is it a match at all? Then its row is the number of matches before it.
        if (matches.sql != u"1"_s) {
            if (!prepareAndBind(q, u"SELECT 1 FROM incidents AS i WHERE i.id = ? AND ("_s +
                                       matches.sql + u')',
                                QVariantList{id} + matches.binds) ||
                !q.next())
                return -1;
            q.finish();
        }
        const qint64 total = m_hitsGeneration == generation ? m_hitsTotal : -1;
        if (const qint64 row = countBefore(matches, sort, descending, id, total); row >= 0)
            return row;
    }
    QString error;
    if (!ensureOrder(generation, where, sort, descending, &error))
        return -1;
    const auto it = std::find(m_order.begin(), m_order.end(), id);
    return it == m_order.end() ? -1 : qint64(it - m_order.begin());
}

namespace {

// The matches as a test of each entry a walk over the date index reads. Left alone, SQLite reads
// "event_date IS NULL AND i.id IN <matches>" the other way round: every match, each looked up in
// the index (a hundred thousand seeks for the undated rows of a common word, 45 ms against 5).
QString testedPerEntry(const SqlWhere &matches)
{
    if (matches.sql.startsWith(u"i.id IN "_s) && (!matches.ftsOnly.isEmpty() ||
                                                  matches.sql == u"i.id IN temp.jk_hits"_s))
        return u'+' + matches.sql;
    return matches.sql;
}

} // namespace

qint64 QueryWorker::countBefore(const SqlWhere &matches, SortColumn sort, bool descending,
                                qint64 id, qint64 total)
{
    if (sort != SortColumn::Date || matches.ranked())
        return -1;
    QSqlQuery q(m_db->sql());
    q.prepare(u"SELECT event_date FROM incidents WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return -2;
    const QVariant date = q.value(0);
    q.finish();
    // The order is event_date (missing last), then id, both descending or both ascending
    // (IncidentQuery::orderBy). Each side of a row is a range of the date index: before a
    // dated one, the rows of a later (earlier) date and those of its date with a higher (lower)
    // id; after it, the mirror, and every undated row; before an undated one, every dated row
    // and the undated of a higher (lower) id; after it, the undated of a lower (higher) id.
    const QString later = descending ? u">"_s : u"<"_s;
    const QString earlier = descending ? u"<"_s : u">"_s;
    auto count = [&](const QString &range, const QVariantList &binds, qint64 cap) -> qint64 {
        QString sql = u"SELECT 1 FROM incidents AS i INDEXED BY incidents_event_date WHERE "_s +
                      range + u" AND ("_s + testedPerEntry(matches) + u')';
        if (cap >= 0)
            sql += u" LIMIT %1"_s.arg(cap);
        if (!prepareAndBind(q, u"SELECT count(*) FROM ("_s + sql + u')', binds + matches.binds) ||
            !q.next())
            return -2;
        const qint64 n = q.value(0).toLongLong();
        q.finish();
        return n;
    };
    // The side after the row first, read no further than half the matches: a row near the end
    // (the last one kept selected) is found from there.
    if (total > 0) {
        const qint64 cap = total / 2 + 1;
        qint64 after = 0;
        if (date.isNull()) {
            after = count(u"i.event_date IS NULL AND i.id "_s + earlier + u" ?"_s, {id}, cap);
        } else {
            after = count(u"i.event_date "_s + earlier + u"= ? AND (i.event_date "_s + earlier +
                              u" ? OR i.id "_s + earlier + u" ?)"_s,
                          {date, date, id}, cap);
            if (after >= 0 && after < cap) {
                const qint64 undated = count(u"i.event_date IS NULL"_s, {}, cap - after);
                after = undated < 0 ? undated : after + undated;
            }
        }
        if (after < 0)
            return -2;
        if (after < cap)
            return total - 1 - after;
    }
    if (date.isNull())
        return count(u"(i.event_date IS NOT NULL OR i.id "_s + later + u" ?)"_s, {id}, -1);
    return count(u"i.event_date "_s + later + u"= ? AND (i.event_date "_s + later +
                     u" ? OR i.id "_s + later + u" ?)"_s,
                 {date, date, id}, -1);
}

bool QueryWorker::ensureOrder(quint64 generation, const SqlWhere &where, SortColumn sort,
                              bool descending, QString *error)
{
    if (m_orderGeneration == generation)
        return true;
    m_order.clear();
    m_order.shrink_to_fit();
    m_orderGeneration = 0;
    const SqlWhere matches = matchesOf(generation, where);
    const qint64 total = m_hitsGeneration == generation ? m_hitsTotal : -1;
    QString from = IncidentQuery::fromSql(matches);
    const QString index = IncidentQuery::orderIndex(sort, descending);
    if (!index.isEmpty() && !matches.ranked() && total > 0 &&
        IncidentQuery::walkOrderIndex(total, m_rows, 0, total))
        from = u"incidents AS i INDEXED BY "_s + index;
    const QByteArray sql =
        QString(u"SELECT i.id FROM "_s + from + u" WHERE "_s + matches.sql + u" ORDER BY "_s +
                IncidentQuery::orderBy(sort, descending, matches.ranked()))
            .toUtf8();
    sqlite3 *h = m_db->handle();
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(h, sql.constData(), int(sql.size()), &stmt, nullptr) != SQLITE_OK ||
        !bindValues(stmt, IncidentQuery::listBinds(matches))) {
        *error = QString::fromUtf8(sqlite3_errmsg(h));
        sqlite3_finalize(stmt);
        return false;
    }
    if (total > 0)
        m_order.reserve(size_t(total));
    int rc = SQLITE_ROW;
    for (qint64 n = 1; (rc = sqlite3_step(stmt)) == SQLITE_ROW; ++n) {
        m_order.push_back(sqlite3_column_int64(stmt, 0));
        if (n % 8192 == 0 && stale(generation))
            break;
    }
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        *error = QString::fromUtf8(sqlite3_errmsg(h));
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE) {
        m_order.clear();
        return false;
    }
    m_orderGeneration = generation;
    return true;
}

bool QueryWorker::useOrder(quint64 generation, qint64 total, qint64 offset, int limit) const
{
    if (m_orderGeneration == generation)
        return true;
    if (offset <= 0)
        return false;
    if (total < 0)
        return offset >= 4 * qint64(limit);
    // Walking to `offset` (or back from the end) reads every match passed with its joins; the
    // order reads each match's index entry once, about eight times cheaper, and serves every
    // later window too.
    const qint64 walked = std::min(offset, std::max<qint64>(0, total - offset - limit));
    return 8.0 * double(walked) > double(total);
}

bool QueryWorker::fetchFromOrder(qint64 offset, int limit, QList<IncidentRecord> &rows,
                                 QString *error)
{
    const qint64 end = std::min<qint64>(offset + limit, qint64(m_order.size()));
    if (offset >= end)
        return true;
    return fetchByIds(m_order.data() + offset, size_t(end - offset), rows, error);
}

bool QueryWorker::fetchByIds(const qint64 *ids, size_t count, QList<IncidentRecord> &rows,
                             QString *error)
{
    if (count == 0)
        return true;
    QByteArray list = "[";
    for (size_t k = 0; k < count; ++k) {
        if (k > 0)
            list += ',';
        list += QByteArray::number(ids[k]);
    }
    list += ']';
    QSqlQuery q(m_db->sql());
    q.setForwardOnly(true);
    if (!prepareAndBind(q,
                        u"SELECT "_s + IncidentStore::listColumns() +
                            u" FROM incidents AS i LEFT JOIN annotations AS a ON a.key = i.key"
                            u" WHERE i.id IN (SELECT value FROM json_each(?))"_s,
                        {QString::fromLatin1(list)})) {
        *error = q.lastError().text();
        return false;
    }
    QHash<qint64, IncidentRecord> byId;
    byId.reserve(qsizetype(count));
    while (q.next()) {
        IncidentRecord r = IncidentStore::recordFromListQuery(q);
        byId.insert(r.id, std::move(r));
    }
    rows.reserve(rows.size() + qsizetype(count));
    for (size_t k = 0; k < count; ++k) {
        auto it = byId.find(ids[k]);
        if (it != byId.end())
            rows.append(std::move(*it));
    }
    return true;
}

bool QueryWorker::fetchAroundInDateOrder(const SqlWhere &matches, bool descending, qint64 id,
                                         qint64 row, qint64 first, int limit,
                                         QList<IncidentRecord> &rows, QString *error)
{
    if (matches.ranked() || row < first || row >= first + limit)
        return false;
    QSqlQuery q(m_db->sql());
    q.setForwardOnly(true);
    q.prepare(u"SELECT event_date FROM incidents WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return false;
    const QVariant date = q.value(0);
    q.finish();
    // The order (IncidentQuery::orderBy): the dated rows by event_date then id, both descending
    // or both ascending, then the undated by id the same way. The ranges are those of
    // countBefore, each read from the row outwards.
    const QString later = descending ? u">"_s : u"<"_s;
    const QString earlier = descending ? u"<"_s : u">"_s;
    const QString dir = descending ? u" DESC"_s : u" ASC"_s;
    const QString rev = descending ? u" ASC"_s : u" DESC"_s;
    const QString dated = u"i.event_date"_s + dir + u", i.id"_s + dir;
    const QString datedBack = u"i.event_date"_s + rev + u", i.id"_s + rev;
    auto walk = [&](const QString &range, const QVariantList &binds, const QString &order,
                    qint64 wanted, std::vector<qint64> &out) {
        if (wanted <= 0)
            return true;
        const QString sql = u"SELECT i.id FROM incidents AS i INDEXED BY incidents_event_date "
                            u"WHERE "_s +
                            range + u" AND ("_s + testedPerEntry(matches) + u") ORDER BY "_s + order +
                            u" LIMIT %1"_s.arg(wanted);
        if (!prepareAndBind(q, sql, binds + matches.binds)) {
            *error = q.lastError().text();
            return false;
        }
        while (q.next())
            out.push_back(q.value(0).toLongLong());
        q.finish();
        return true;
    };
    const qint64 before = row - first;
    const qint64 after = first + limit - row - 1;
    std::vector<qint64> back, ahead; // nearest first, each
    bool ok = true;
    if (!date.isNull()) {
        ok = walk(u"i.event_date "_s + later + u"= ? AND (i.event_date "_s + later + u" ? OR i.id "_s +
                      later + u" ?)"_s,
                  {date, date, id}, datedBack, before, back) &&
             walk(u"i.event_date "_s + earlier + u"= ? AND (i.event_date "_s + earlier +
                      u" ? OR i.id "_s + earlier + u" ?)"_s,
                  {date, date, id}, dated, after, ahead) &&
             walk(u"i.event_date IS NULL"_s, {}, u"i.id"_s + dir, after - qint64(ahead.size()),
                  ahead);
    } else {
        ok = walk(u"i.event_date IS NULL AND i.id "_s + earlier + u" ?"_s, {id}, u"i.id"_s + dir,
                  after, ahead) &&
             walk(u"i.event_date IS NULL AND i.id "_s + later + u" ?"_s, {id}, u"i.id"_s + rev,
                  before, back) &&
             walk(u"i.event_date IS NOT NULL"_s, {}, datedBack, before - qint64(back.size()),
                  back);
    }
    if (!ok || qint64(back.size()) != before || qint64(ahead.size()) != after)
        return false; // the database changed under the count, or a statement failed
    std::vector<qint64> ids(back.rbegin(), back.rend());
    ids.push_back(id);
    ids.insert(ids.end(), ahead.begin(), ahead.end());
    QList<IncidentRecord> found;
    if (!fetchByIds(ids.data(), ids.size(), found, error) || found.size() != qsizetype(ids.size()))
        return false;
    rows.append(std::move(found));
    return true;
}

void QueryWorker::fetchChunk(quint64 generation, const SqlWhere &where, SortColumn sort,
                             bool descending, int chunk, int chunkSize)
{
    // One queued request less (never below zero: callers may call fetchChunk directly).
    for (int n = m_chunksWaiting.load();
         n > 0 && !m_chunksWaiting.compare_exchange_weak(n, n - 1);) {
    }
    if (!m_db || stale(generation))
        return;
    ReadScope scope(m_reading);
    QList<IncidentRecord> rows;
    QString error;
    const qint64 total = m_hitsGeneration == generation ? m_hitsTotal : -1;
    const qint64 offset = qint64(chunk) * chunkSize;
    const bool ok = useOrder(generation, total, offset, chunkSize)
                        ? ensureOrder(generation, where, sort, descending, &error) &&
                              fetchFromOrder(offset, chunkSize, rows, &error)
                        : fetch(matchesOf(generation, where), sort, descending, total, offset,
                                chunkSize, rows, &error);
    if (stale(generation))
        return;
    if (!ok) {
        if (!stale(generation))
            Q_EMIT failed(generation, error);
        return;
    }
    if (!stale(generation))
        Q_EMIT chunkReady(generation, chunk, rows);
}

void QueryWorker::locateRow(quint64 generation, const SqlWhere &where, SortColumn sort,
                            bool descending, const QString &key)
{
    if (!m_db || stale(generation))
        return;
    ReadScope scope(m_reading);
    const qint64 row = locate(generation, where, sort, descending, key);
    if (!stale(generation))
        Q_EMIT locatedRow(generation, key, row);
}

void QueryWorker::countFacets(quint64 generation, const SqlWhere &where)
{
    m_facetScan.reset();
    stopFacetJob();
    countFacetsFrom(generation, where);
}

void QueryWorker::countFacetsFrom(quint64 generation, const SqlWhere &where)
{
    if (m_facetScan && m_facetScan->generation != generation)
        m_facetScan.reset();
    if (!m_db || stale(generation)) {
        m_facetScan.reset();
        return;
    }
    // Rows the view waits for come first: with chunks queued, the pass pauses (at its next 512
    // matches) and goes on after them.
    auto later = [this, generation, where] {
        QMetaObject::invokeMethod(
            this, [this, generation, where] { countFacetsFrom(generation, where); },
            Qt::QueuedConnection);
    };
    ReadScope scope(m_reading);
    sqlite3 *h = m_db->handle();
    if (!m_facetScan) {
        const SqlWhere matches = matchesOf(generation, where);
        // The facets in one pass over the matches. The year is the generated column's own
        // expression (Schema) over plain columns: SQLite reads any generated column from the
        // row, so with it no index could serve. When the matches are kept apart (or are every
        // incident) and many, the trend index holds every column needed and is read whole,
        // each entry tested against the matches; when few, each match's row is read.
        const bool kept = m_hitsGeneration == generation && (m_hitsKept || where.sql == u"1"_s);
        // An incident's row (with its explanations and evidence) is some thirty times the size
        // of its entry in the trend index: reading the index whole is cheaper from about one
        // match in thirty-two on.
        const bool scanIndex = kept && manyMatches(m_hitsTotal);
        if (scanIndex && countFacetsApart(generation))
            return;
        const QByteArray sql =
            QString(u"SELECT i.cause, i.sector, i.via_contractor, i.data_kinds, "
                    u"COALESCE(CAST(substr(COALESCE(i.announced_on, i.posted_on), 1, 4) AS "
                    u"INTEGER), i.case_year) FROM incidents AS i"_s +
                    (scanIndex ? u" INDEXED BY incidents_trend_cause"_s : QString()) +
                    u" WHERE "_s + matches.sql)
                .toUtf8();
        auto scan = std::make_unique<FacetScan>();
        scan->generation = generation;
        if (sqlite3_prepare_v2(h, sql.constData(), int(sql.size()), &scan->stmt, nullptr) !=
                SQLITE_OK ||
            !bindValues(scan->stmt, matches.binds)) {
            const QString error = QString::fromUtf8(sqlite3_errmsg(h));
            if (!stale(generation))
                Q_EMIT failed(generation, error);
            return;
        }
        m_facetScan = std::move(scan);
    }
    FacetScan &f = *m_facetScan;
    sqlite3_stmt *stmt = f.stmt;
    int rc = SQLITE_ERROR;
    for (qint64 n = 1; (rc = sqlite3_step(stmt)) == SQLITE_ROW; ++n) {
        f.tally.add(stmt, 0, sqlite3_column_int64(stmt, 4)); // a NULL year reads as 0
        if (n % 512 == 0) {
            if (stale(generation)) {
                m_facetScan.reset();
                return;
            }
            if (m_chunksWaiting.load() > 0) {
                later(); // paused: the statement stays on its row
                return;
            }
        }
    }
    if (rc != SQLITE_DONE) {
        const QString error = QString::fromUtf8(sqlite3_errmsg(h));
        m_facetScan.reset();
        if (!stale(generation))
            Q_EMIT failed(generation, error);
        return;
    }
    const std::unique_ptr<FacetScan> done = std::move(m_facetScan);
    if (!stale(generation))
        Q_EMIT facetsReady(generation, done->tally.counts());
}

void QueryWorker::fetchSnippet(quint64 generation, const QString &key, const QStringList &terms)
{
    if (!m_db || stale(generation))
        return;
    QSqlQuery q(m_db->sql());
    q.prepare(
        u"SELECT t.body FROM incidents AS i JOIN incident_text AS t ON t.id = i.id WHERE i.key = ?"_s);
    q.addBindValue(key);
    QString html;
    if (q.exec() && q.next())
        html = SearchSnippet::around(q.value(0).toString(), terms).toHtml();
    if (!stale(generation))
        Q_EMIT snippetReady(generation, key, html);
}

void QueryWorker::countAll()
{
    if (!m_db)
        return;
    QSqlQuery q(m_db->sql());
    if (q.exec(u"SELECT count(*) FROM incidents"_s) && q.next())
        Q_EMIT allCounted(q.value(0).toLongLong());
}

void QueryWorker::setCauseOverride(const QString &key, const QString &cause)
{
    if (!m_db)
        return;
    IncidentStore store(*m_db);
    const Status s = store.setCauseOverride(key, cause);
    if (!s.ok())
        Q_EMIT failed(0, s.error());
    else
        Q_EMIT annotationSaved(key);
}

void QueryWorker::setNote(const QString &key, const QString &note)
{
    if (!m_db)
        return;
    IncidentStore store(*m_db);
    const Status s = store.setNote(key, note);
    if (!s.ok())
        Q_EMIT failed(0, s.error());
    else
        Q_EMIT annotationSaved(key);
}

void QueryWorker::setStarred(const QString &key, bool starred)
{
    if (!m_db)
        return;
    IncidentStore store(*m_db);
    const Status s = store.setStarred(key, starred);
    if (!s.ok())
        Q_EMIT failed(0, s.error());
    else
        Q_EMIT annotationSaved(key);
}

void QueryWorker::setTags(const QString &key, const QStringList &tags)
{
    if (!m_db)
        return;
    IncidentStore store(*m_db);
    const Status s = store.setTags(key, tags);
    if (!s.ok())
        Q_EMIT failed(0, s.error());
    else
        Q_EMIT annotationSaved(key);
}

} // namespace jikenbo
