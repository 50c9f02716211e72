// SPDX-License-Identifier: GPL-3.0-or-later
#include "QueryWorker.h"

#include "store/Database.h"
#include "store/IncidentStore.h"

#include <QSqlError>
#include <QElapsedTimer>
#include <QHash>
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
    auto db = Database::open(m_path, o);
    if (!db.ok()) {
        Q_EMIT opened(false, db.error());
        return;
    }
    m_db = std::move(db).value();
    m_handle.store(m_db->handle());
    Q_EMIT opened(true, QString());
}

// Two steps: the ids of the window in order (an index walk for the common orders), then those
// rows in full. Sorting narrow ids is far cheaper than sorting whole rows.
bool QueryWorker::fetch(const SqlWhere &where, const QString &orderBy, qint64 offset, int limit,
                        QList<IncidentRecord> &rows, QString *error)
{
    QSqlQuery ids(m_db->sql());
    ids.setForwardOnly(true);
    if (!prepareAndBind(ids, u"SELECT i.id FROM "_s + where.from(orderBy) + u" WHERE "_s + where.condition() + u" ORDER BY "_s +
                                  orderBy + u" LIMIT %1 OFFSET %2"_s.arg(limit).arg(offset),
                        where.bindings())) {
        *error = ids.lastError().text();
        return false;
    }
    QList<qint64> order;
    order.reserve(limit);
    while (ids.next())
        order << ids.value(0).toLongLong();
    ids.finish();
    if (order.isEmpty())
        return true;
    QString list;
    list.reserve(order.size() * 8);
    for (qint64 id : std::as_const(order)) {
        if (!list.isEmpty())
            list += u',';
        list += QString::number(id); // integers from the database, not user text
    }
    QSqlQuery q(m_db->sql());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT "_s + IncidentStore::listColumns() +
                u" FROM incidents AS i LEFT JOIN annotations AS a ON a.key = i.key WHERE i.id IN ("_s + list + u')')) {
        *error = q.lastError().text();
        return false;
    }
    QHash<qint64, IncidentRecord> byId;
    byId.reserve(order.size());
    while (q.next()) {
        IncidentRecord r = IncidentStore::recordFromListQuery(q);
        byId.insert(r.id, std::move(r));
    }
    rows.reserve(order.size());
    for (qint64 id : std::as_const(order)) {
        auto it = byId.find(id);
        if (it != byId.end())
            rows.append(std::move(*it));
    }
    return true;
}

void QueryWorker::runQuery(quint64 generation, const SqlWhere &where, const QString &orderBy,
                           int chunkSize, const QString &locateKey)
{
    if (!m_db || stale(generation))
        return;
    ReadScope scope(m_reading);
    // JIKENBO_TRACE_QUERIES=1 prints how long each step takes (for performance work).
    static const bool trace = qEnvironmentVariableIntValue("JIKENBO_TRACE_QUERIES") > 0;
    QElapsedTimer timer;
    timer.start();
    auto step = [&](const char *what) {
        if (trace)
            qInfo("query %llu: %s %.1f ms", static_cast<unsigned long long>(generation), what, timer.nsecsElapsed() / 1e6);
        timer.restart();
    };
    QSqlQuery q(m_db->sql());
    if (!prepareAndBind(q, where.countSql(), where.bindings()) ||
        !q.next()) {
        if (!stale(generation))
            Q_EMIT failed(generation, q.lastError().text());
        return;
    }
    const qint64 total = q.value(0).toLongLong();
    q.finish();
    step("count");
    if (stale(generation))
        return;
    QList<IncidentRecord> rows;
    QString error;
    if (!fetch(where, orderBy, 0, chunkSize, rows, &error)) {
        if (!stale(generation))
            Q_EMIT failed(generation, error);
        return;
    }
    step("first rows");
    if (stale(generation))
        return;
    // The incident to keep selected: among the first rows, or found after they are shown.
    qint64 located = -1;
    for (qsizetype i = 0; i < rows.size() && !locateKey.isEmpty(); ++i) {
        if (rows[i].key == locateKey) {
            located = i;
            break;
        }
    }
    Q_EMIT queryReady(generation, total, rows, located);
    if (located >= 0 || locateKey.isEmpty() || total <= rows.size())
        return;
    QVariantList binds = where.bindings();
    binds << locateKey;
    const QString sql = u"SELECT rn FROM (SELECT i.key AS k, row_number() OVER (ORDER BY "_s + orderBy +
                        u") - 1 AS rn FROM "_s + where.from() + u" WHERE "_s + where.condition() + u") WHERE k = ?"_s;
    if (prepareAndBind(q, sql, binds) && q.next() && !stale(generation))
        Q_EMIT locatedRow(generation, locateKey, q.value(0).toLongLong());
}

void QueryWorker::fetchChunk(quint64 generation, const SqlWhere &where, const QString &orderBy,
                             int chunk, int chunkSize)
{
    if (!m_db || stale(generation))
        return;
    ReadScope scope(m_reading);
    QList<IncidentRecord> rows;
    QString error;
    if (!fetch(where, orderBy, qint64(chunk) * chunkSize, chunkSize, rows, &error)) {
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
    FacetCounts counts;
    const struct
    {
        const char16_t *expr;
        QList<FacetValue> *out;
    } facets[] = {{u"i.cause", &counts.causes}, {u"i.sector", &counts.sectors}, {u"i.year", &counts.years}};
    for (const auto &f : facets) {
        if (stale(generation))
            return;
        QSqlQuery q(m_db->sql());
        q.setForwardOnly(true);
        const QString expr = QString::fromUtf16(f.expr);
        if (!prepareAndBind(q, u"SELECT "_s + expr + u", count(*) FROM "_s + where.from(expr) + u" WHERE "_s +
                                   where.condition() + u" GROUP BY 1 ORDER BY 2 DESC, 1"_s,
                            where.bindings())) {
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
