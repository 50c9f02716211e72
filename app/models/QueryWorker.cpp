// SPDX-License-Identifier: GPL-3.0-or-later
#include "QueryWorker.h"

#include "search/SearchSnippet.h"
#include "store/Database.h"
#include "store/IncidentQuery.h"
#include "store/IncidentStore.h"

#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

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

QueryWorker::~QueryWorker() = default;

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
    m_db = std::move(db).value();
    m_handle.store(m_db->handle());
    QSqlQuery q(m_db->sql());
    if (!q.exec(u"CREATE TEMP TABLE IF NOT EXISTS jk_hits (id INTEGER PRIMARY KEY)"_s)) {
        Q_EMIT opened(false, q.lastError().text());
        return;
    }
    Q_EMIT opened(true, QString());
}

// The matches of the newest query are kept in temp.jk_hits (one evaluation of the condition for
// the count, the first rows, the later chunks and the facets); the rows come by walking the
// order's index when many match, by sorting the matches when few do (IncidentQuery).
SqlWhere QueryWorker::matchesOf(quint64 generation, const SqlWhere &where) const
{
    if (m_hitsGeneration != generation || !m_hitsInTemp)
        return where;
    SqlWhere w = where;
    w.sql = u"i.id IN temp.jk_hits"_s;
    w.binds.clear();
    w.ftsOnly.clear();
    return w;
}

bool QueryWorker::fetch(const SqlWhere &where, SortColumn sort, bool descending, qint64 total, qint64 offset,
                        int limit, QList<IncidentRecord> &rows, QString *error)
{
    QSqlQuery q(m_db->sql());
    q.setForwardOnly(true);
    QString from = IncidentQuery::fromSql(where);
    const QString index = IncidentQuery::orderIndex(sort, descending);
    if (!index.isEmpty() && !where.ranked() && IncidentQuery::walkOrderIndex(total, m_rows, offset, limit))
        from = u"incidents AS i INDEXED BY "_s + index;
    const QString sql = u"SELECT "_s + IncidentStore::listColumns() + u" FROM "_s + from +
                        u" LEFT JOIN annotations AS a ON a.key = i.key WHERE "_s + where.sql + u" ORDER BY "_s +
                        IncidentQuery::orderBy(sort, descending, where.ranked()) +
                        u" LIMIT %1 OFFSET %2"_s.arg(limit).arg(offset);
    if (!prepareAndBind(q, sql, IncidentQuery::listBinds(where))) {
        *error = q.lastError().text();
        return false;
    }
    rows.reserve(limit);
    while (q.next())
        rows.append(IncidentStore::recordFromListQuery(q));
    return true;
}

void QueryWorker::runQuery(quint64 generation, const SqlWhere &where, SortColumn sort, bool descending,
                           int chunkSize, const QString &locateKey)
{
    if (!m_db || stale(generation))
        return;
    ReadScope scope(m_reading);
    QSqlQuery q(m_db->sql());
    m_hitsGeneration = 0;
    qint64 total = 0;
    if (!q.exec(u"SELECT coalesce(max(id), 0) FROM incidents"_s) || !q.next()) {
        if (!stale(generation))
            Q_EMIT failed(generation, q.lastError().text());
        return;
    }
    m_rows = q.value(0).toLongLong();
    q.finish();
    if (where.sql == u"1"_s) {
        m_hitsInTemp = false;
        if (!q.exec(u"SELECT count(*) FROM incidents"_s) || !q.next()) {
            if (!stale(generation))
                Q_EMIT failed(generation, q.lastError().text());
            return;
        }
        total = q.value(0).toLongLong();
    } else if (locateKey.isEmpty() && servedByOneIndex(where, sort, descending)) {
        // The count and the first rows straight from that index; the matches are kept for the
        // later chunks and the facets only once the first rows are out.
        m_hitsInTemp = false;
        if (!prepareAndBind(q, u"SELECT count(*) FROM incidents AS i WHERE "_s + where.sql, where.binds) ||
            !q.next()) {
            if (!stale(generation))
                Q_EMIT failed(generation, q.lastError().text());
            return;
        }
        total = q.value(0).toLongLong();
        q.finish();
        QList<IncidentRecord> rows;
        QString error;
        if (!fetch(where, sort, descending, 0, 0, chunkSize, rows, &error)) {
            if (!stale(generation))
                Q_EMIT failed(generation, error);
            return;
        }
        if (stale(generation))
            return;
        Q_EMIT queryReady(generation, total, rows, -1);
        qint64 kept = 0;
        if (stale(generation) || !keepMatches(where, &kept, &error))
            return; // the later chunks and facets then read the condition itself
        m_hitsInTemp = true;
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
        m_hitsInTemp = true;
    }
    q.finish();
    if (stale(generation))
        return;
    m_hitsGeneration = generation;
    m_hitsTotal = total;
    const SqlWhere matches = matchesOf(generation, where);
    qint64 located = -1;
    if (!locateKey.isEmpty() && total > 0) {
        located = locate(matches, sort, descending, locateKey);
        if (stale(generation))
            return;
    }
    // The first rows, and those around the incident to keep selected.
    QList<IncidentRecord> rows;
    QString error;
    if (!fetch(matches, sort, descending, total, 0, chunkSize, rows, &error)) {
        if (!stale(generation))
            Q_EMIT failed(generation, error);
        return;
    }
    if (stale(generation))
        return;
    Q_EMIT queryReady(generation, total, rows, located);
}

// The row of `key` in the result. Walking the order's index over the matches and counting up to
// the key reads small index entries only; numbering every match in order (the fallback, for
// orders without an index or with bound values) reads and sorts all matching rows.
bool QueryWorker::keepMatches(const SqlWhere &where, qint64 *total, QString *error)
{
    QSqlQuery q(m_db->sql());
    if (!q.exec(u"DELETE FROM temp.jk_hits"_s) ||
        !prepareAndBind(q, u"INSERT INTO temp.jk_hits (id) "_s + IncidentQuery::idsSql(where), where.binds)) {
        *error = q.lastError().text();
        return false;
    }
    *total = q.numRowsAffected();
    return true;
}

bool QueryWorker::servedByOneIndex(const SqlWhere &where, SortColumn sort, bool descending)
{
    if (!where.ftsOnly.isEmpty() || where.ranked())
        return false;
    QSqlQuery q(m_db->sql());
    q.setForwardOnly(true);
    if (!prepareAndBind(q,
                        u"EXPLAIN QUERY PLAN SELECT i.id FROM incidents AS i WHERE "_s + where.sql +
                            u" ORDER BY "_s + IncidentQuery::orderBy(sort, descending, false),
                        where.binds))
        return false;
    int steps = 0;
    while (q.next()) {
        const QString detail = q.value(3).toString();
        if (!detail.startsWith(u"SEARCH i USING INDEX "_s) &&
            !detail.startsWith(u"SEARCH i USING COVERING INDEX "_s))
            return false;
        ++steps;
    }
    return steps == 1;
}

qint64 QueryWorker::locate(const SqlWhere &matches, SortColumn sort, bool descending, const QString &key)
{
    QSqlQuery q(m_db->sql());
    q.prepare(u"SELECT id FROM incidents WHERE key = ?"_s);
    q.addBindValue(key);
    if (!q.exec() || !q.next())
        return -1;
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    const QString index = IncidentQuery::orderIndex(sort, descending);
    if (!index.isEmpty() && !matches.ranked() && matches.binds.isEmpty()) {
        const QByteArray sql = QString(u"SELECT i.id FROM incidents AS i INDEXED BY "_s + index + u" WHERE "_s +
                                       matches.sql + u" ORDER BY "_s + IncidentQuery::orderBy(sort, descending))
                                   .toUtf8();
        sqlite3 *h = m_db->handle();
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(h, sql.constData(), int(sql.size()), &stmt, nullptr) == SQLITE_OK) {
            qint64 row = 0, found = -1;
            while (sqlite3_step(stmt) == SQLITE_ROW) {
                if (sqlite3_column_int64(stmt, 0) == id) {
                    found = row;
                    break;
                }
                ++row;
            }
            sqlite3_finalize(stmt);
            return found;
        }
        sqlite3_finalize(stmt);
    }
    QVariantList binds = IncidentQuery::listBinds(matches);
    binds << id;
    const QString sql = u"SELECT rn FROM (SELECT i.id AS k, row_number() OVER (ORDER BY "_s +
                        IncidentQuery::orderBy(sort, descending, matches.ranked()) + u") - 1 AS rn FROM "_s +
                        IncidentQuery::fromSql(matches) + u" WHERE "_s + matches.sql + u") WHERE k = ?"_s;
    if (prepareAndBind(q, sql, binds) && q.next())
        return q.value(0).toLongLong();
    return -1;
}

void QueryWorker::fetchChunk(quint64 generation, const SqlWhere &where, SortColumn sort, bool descending,
                             int chunk, int chunkSize)
{
    if (!m_db || stale(generation))
        return;
    ReadScope scope(m_reading);
    QList<IncidentRecord> rows;
    QString error;
    const qint64 total = m_hitsGeneration == generation ? m_hitsTotal : -1;
    if (!fetch(matchesOf(generation, where), sort, descending, total, qint64(chunk) * chunkSize, chunkSize, rows,
               &error)) {
        if (!stale(generation))
            Q_EMIT failed(generation, error);
        return;
    }
    if (!stale(generation))
        Q_EMIT chunkReady(generation, chunk, rows);
}

void QueryWorker::countFacets(quint64 generation, const SqlWhere &where)
{
    if (!m_db || stale(generation))
        return;
    ReadScope scope(m_reading);
    const SqlWhere matches = matchesOf(generation, where);
    FacetCounts counts;
    const struct
    {
        const char16_t *expr;
        const char16_t *index;
        QList<FacetValue> *out;
    } facets[] = {{u"i.cause", u"incidents_cause", &counts.causes},
                  {u"i.sector", u"incidents_sector", &counts.sectors},
                  {u"i.year", u"incidents_year", &counts.years}};
    // Many matches: read the column's index whole (testing each entry against the matches)
    // rather than every matching row.
    const bool scanIndex = m_hitsGeneration == generation && m_hitsInTemp && m_rows < 4 * m_hitsTotal;
    for (const auto &f : facets) {
        if (stale(generation))
            return;
        QSqlQuery q(m_db->sql());
        q.setForwardOnly(true);
        const QString expr = QString::fromUtf16(f.expr);
        const QString from =
            scanIndex ? u"incidents AS i INDEXED BY "_s + QString::fromUtf16(f.index) : u"incidents AS i"_s;
        if (!prepareAndBind(q, u"SELECT "_s + expr + u", count(*) FROM "_s + from + u" WHERE "_s + matches.sql +
                                   u" GROUP BY 1 ORDER BY 2 DESC, 1"_s,
                            matches.binds)) {
            if (!stale(generation))
                Q_EMIT failed(generation, q.lastError().text());
            return;
        }
        while (q.next())
            f.out->append({q.value(0).toString(), q.value(1).toLongLong()});
    }
    if (!stale(generation))
        Q_EMIT facetsReady(generation, counts);
}

void QueryWorker::fetchSnippet(quint64 generation, const QString &key, const QStringList &terms)
{
    if (!m_db || stale(generation))
        return;
    QSqlQuery q(m_db->sql());
    q.prepare(u"SELECT t.body FROM incidents AS i JOIN incident_text AS t ON t.id = i.id WHERE i.key = ?"_s);
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
