// SPDX-License-Identifier: GPL-3.0-or-later
// Search benchmark: synthetic notices with varied text (SyntheticCorpus::variedText) imported
// into a fresh database, then 20 representative queries through the path the table takes
// (QueryWorker: count and the first 256 rows newest first, then the facet counts), each run
// right after the best hand-written SQL for the same answer on the worker's own connection
// (A B A B, so that a busy machine shows in both columns), and the same text queries through an
// FTS5 table with SQLite's trigram tokenizer and through LIKE '%…%' scans.
// Prints figures; asserts nothing.
//
//   bench_search [--count N] [--runs R] [--keep DIR] [--no-engines] [--only TEXT]
//       default: 100000 notices, 21 runs per query; --no-engines skips trigram and LIKE;
//       --only runs just the measurements whose kind or name contains TEXT
#include "BenchSupport.h"
#include "classify/Classifier.h"
#include "classify/RuleSet.h"
#include "classify/Taxonomy.h"
#include "jobs/Importer.h"
#include "ingest/SyntheticCorpus.h"
#include "models/IncidentTableModel.h"
#include "models/QueryWorker.h"
#include "search/QueryParser.h"
#include "search/QuerySql.h"
#include "store/Database.h"
#include "store/IncidentQuery.h"
#include "store/IncidentStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <functional>
#include <optional>

using namespace Qt::StringLiterals;
using namespace jikenbo;

namespace {

struct Bench
{
    const char *kind;
    QString query;
};

// 1- and 2-character Japanese, a long phrase, Latin words, field-only, combined, negation, OR;
// full-width and variant spellings where folding matters.
const QList<Bench> &benches()
{
    static const QList<Bench> b{
        {"1 char", u"県"_s},
        {"1 char, rare", u"窃"_s},
        {"2 chars", u"紛失"_s},
        {"2 chars", u"県警"_s},
        {"2 chars", u"盗難"_s},
        {"full-width, mixed", u"ＵＳＢメモリ"_s},
        {"long phrase, in all", u"\"外部の専門機関へ調査を依頼しました\""_s},
        {"long phrase", u"\"クラウドストレージの公開設定に誤り\""_s},
        {"Latin word", u"vpn"_s},
        {"Latin word, rare", u"emotet"_s},
        {"field", u"cause:ransomware"_s},
        {"field", u"year:2023"_s},
        {"fields", u"affected:>10000 sector:medical"_s},
        {"field (FTS)", u"org:病院"_s},
        {"combined", u"紛失 org:病院 year:2024"_s},
        {"combined, variant", u"ランサムウエア affected:>=1000"_s},
        {"negation", u"不正アクセス -ランサムウェア"_s},
        {"negation, field", u"-紛失 cause:loss_theft"_s},
        {"OR", u"紛失 OR 盗難"_s},
        {"OR, 3 terms", u"サーバ OR vpn OR 委託先"_s},
    };
    return b;
}

enum class Engine { Trigram, Like };

// The same query for another engine: free text through the trigram table or LIKE scans,
// fields as Jikenbo does them. Null when a text term is beyond the engine.
struct EngineSql
{
    QString sql;
    QVariantList binds;
    QStringList cannot; // why the engine cannot answer the query as asked
};

void engineWhere(const QueryNode &n, Engine e, EngineSql &out, QString &sql)
{
    switch (n.kind) {
    case QueryNode::All:
        sql += u"1"_s;
        return;
    case QueryNode::And:
    case QueryNode::Or: {
        sql += u'(';
        for (size_t i = 0; i < n.children.size(); ++i) {
            if (i > 0)
                sql += n.kind == QueryNode::And ? u" AND "_s : u" OR "_s;
            engineWhere(n.children[i], e, out, sql);
        }
        sql += u')';
        return;
    }
    case QueryNode::Not:
        sql += u"NOT "_s;
        engineWhere(n.children.front(), e, out, sql);
        return;
    case QueryNode::Text:
    case QueryNode::Phrase:
        if (e == Engine::Trigram) {
            sql += u"i.id IN (SELECT rowid FROM tri WHERE tri MATCH ?)"_s;
            out.binds << QuerySql::ftsPhrase(n.value);
            if (n.value.size() < 3)
                out.cannot << u"'%1' is under 3 characters"_s.arg(n.value);
        } else {
            sql += u"i.id IN (SELECT t.id FROM incident_text AS t WHERE t.title LIKE ? OR "
                   u"t.organization LIKE ? "
                   "OR t.body LIKE ?)"_s;
            for (int k = 0; k < 3; ++k)
                out.binds << QString(u'%' + n.value + u'%');
        }
        return;
    case QueryNode::Field: {
        Query q;
        q.root = n;
        const SqlWhere w = QuerySql::where(q);
        const QString &s = w.sql;
        sql += s;
        out.binds += w.binds;
        return;
    }
    }
}

EngineSql forEngine(const Query &q, Engine e)
{
    EngineSql out;
    QString where;
    engineWhere(q.root, e, out, where);
    out.sql = where;
    return out;
}

// CPU time of this thread: what a query costs whatever else the machine is doing.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

struct Timing
{
    double p50 = 0, p95 = 0; // the whole table path: count, first rows, facets
    double cpu50 = 0, cpu95 = 0;
    double first50 = 0, first95 = 0; // count and first rows (what the table paints)
    double base50 = -1, base95 = -1; // the best hand-written SQL for the same answer
    double own50 = -1, own95 = -1;   // relevance: FTS5's count and ORDER BY bm25 LIMIT 256
    qint64 count = -1;
    QString error;
};

// The best hand-written SQL for the answer the table gets: the count, the first 256 rows in
// order, the three facet counts. Two ways: plain statements (SQLite's planner picks each plan;
// the count from the full-text index alone when the condition is only full text), or the
// matches materialised once into a temp table the other statements read. The faster counts.
struct HandWritten
{
    Database &db;
    QString error;

    bool run(const QString &sql, const QVariantList &binds)
    {
        QSqlQuery q(db.sql());
        q.setForwardOnly(true);
        if (!q.prepare(sql)) {
            error = q.lastError().text();
            return false;
        }
        for (int i = 0; i < binds.size(); ++i)
            q.bindValue(i, binds[i]);
        if (!q.exec()) {
            error = q.lastError().text();
            return false;
        }
        while (q.next()) {
            for (int c = 0; c < q.record().count(); ++c)
                q.value(c);
        }
        return true;
    }

    // The answer through statements over `where` (or over the temp table when `materialise`).
    double time(const SqlWhere &where, SortColumn sort, bool desc, bool materialise, bool facets)
    {
        QElapsedTimer t;
        t.start();
        SqlWhere w = where;
        if (materialise) {
            run(u"DROP TABLE IF EXISTS temp.bench_hits"_s, {});
            if (!run(u"CREATE TEMP TABLE bench_hits (id INTEGER PRIMARY KEY)"_s, {}) ||
                !run(u"INSERT INTO temp.bench_hits "_s + IncidentQuery::idsSql(where), where.binds))
                return -1;
            w.sql = u"i.id IN temp.bench_hits"_s;
            w.binds.clear();
            w.ftsOnly.clear();
        }
        const QString count =
            w.ftsOnly.isEmpty() ? u"SELECT count(*) FROM incidents AS i WHERE "_s + w.sql
                                : u"SELECT count(*) FROM incident_fts WHERE incident_fts MATCH ?"_s;
        if (!run(count, w.ftsOnly.isEmpty() ? w.binds : QVariantList{w.ftsOnly}))
            return -1;
        ListOptions lo;
        lo.sort = sort;
        lo.descending = desc;
        lo.limit = IncidentTableModel::ChunkSize;
        if (!run(IncidentQuery::selectSql(w, lo), IncidentQuery::listBinds(w)))
            return -1;
        if (facets) {
            for (const char16_t *col : {u"i.cause", u"i.sector", u"i.year"}) {
                if (!run(u"SELECT "_s + QString::fromUtf16(col) +
                             u", count(*) FROM incidents AS i WHERE "_s + w.sql +
                             u" GROUP BY 1 ORDER BY 2 DESC, 1"_s,
                         w.binds))
                    return -1;
            }
        }
        return t.nsecsElapsed() / 1e6;
    }
};

// The table's path through its query worker (called directly): count and first rows, then the
// facets; each run right after the hand-written SQL's.
struct Runner
{
    QueryWorker &worker;
    quint64 generation = 0;
    qint64 total = -1;
    QString failure;
    bool facetsDone = false;
    // When the count and the first rows went out (the table paints them then, on its own
    // thread, while the worker goes on keeping the matches for the later chunks).
    const QElapsedTimer *clock = nullptr;
    double readyMs = -1;

    Timing time(const SqlWhere &where, int runs, SortColumn sort = SortColumn::Date,
                bool desc = true, const QString &keepKey = {}, bool withBaseline = false,
                bool facets = true)
    {
        Timing t;
        QList<double> ms, cpu, first, base, fts5Own;
        HandWritten hand{*worker.connection(), {}};
        for (int r = 0; r <= runs; ++r) {
            failure.clear();
            facetsDone = false;
            if (withBaseline && keepKey.isEmpty()) {
                // B: the best of the two hand-written ways (each run once, interleaved with A).
                const double plain = hand.time(where, sort, desc, false, facets);
                const double kept = hand.time(where, sort, desc, true, facets);
                if (r > 0 && plain >= 0 && kept >= 0)
                    base << std::min(plain, kept);
                if (sort == SortColumn::Relevance && !where.ftsOnly.isEmpty() &&
                    where.joinBinds.size() == 1) {
                    // SQLite's own relevance answer: the count and the first rows by bm25.
                    QElapsedTimer own;
                    own.start();
                    const QString match = where.joinBinds.front().toString();
                    if (hand.run(u"SELECT count(*) FROM incident_fts WHERE incident_fts MATCH ?"_s,
                                 {where.ftsOnly}) &&
                        hand.run(u"SELECT rowid FROM incident_fts WHERE incident_fts MATCH ? "
                                 u"ORDER BY bm25(incident_fts, 10.0, 4.0, 1.0) LIMIT %1"_s.arg(
                                     IncidentTableModel::ChunkSize),
                                 {match}) &&
                        r > 0)
                        fts5Own << own.nsecsElapsed() / 1e6;
                }
            } else if (withBaseline) {
                // B: the same query without a row to keep, right before A keeps one.
                worker.setLatestGeneration(++generation);
                QElapsedTimer plain;
                plain.start();
                worker.runQuery(generation, where, sort, desc, IncidentTableModel::ChunkSize, {});
                if (r > 0)
                    base << plain.nsecsElapsed() / 1e6;
            }
            worker.setLatestGeneration(++generation);
            QElapsedTimer timer;
            timer.start();
            const double c0 = threadCpuMs();
            clock = &timer;
            readyMs = -1;
            worker.runQuery(generation, where, sort, desc, IncidentTableModel::ChunkSize, keepKey);
            clock = nullptr;
            // With a row to keep, its chunk comes last: the whole call.
            const double rowsMs =
                keepKey.isEmpty() && readyMs >= 0 ? readyMs : timer.nsecsElapsed() / 1e6;
            if (facets) {
                worker.countFacets(generation, where);
                // Many matches are counted on threads of the worker's own, answered through
                // its event queue.
                bench::waitFor([this] { return facetsDone || !failure.isEmpty(); }, 600000);
            }
            if (r > 0) { // the first run warms the cache
                first << rowsMs;
                ms << timer.nsecsElapsed() / 1e6;
                cpu << threadCpuMs() - c0;
            }
            if (!failure.isEmpty()) {
                t.error = failure;
                return t;
            }
            if (facets && !facetsDone) {
                t.error = u"no facets"_s;
                return t;
            }
        }
        t.count = total;
        t.p50 = bench::percentile(ms, 0.5);
        t.p95 = bench::percentile(ms, 0.95);
        t.cpu50 = bench::percentile(cpu, 0.5);
        t.cpu95 = bench::percentile(cpu, 0.95);
        t.first50 = bench::percentile(first, 0.5);
        t.first95 = bench::percentile(first, 0.95);
        if (!base.isEmpty()) {
            t.base50 = bench::percentile(base, 0.5);
            t.base95 = bench::percentile(base, 0.95);
        }
        if (!fts5Own.isEmpty()) {
            t.own50 = bench::percentile(fts5Own, 0.5);
            t.own95 = bench::percentile(fts5Own, 0.95);
        }
        if (!hand.error.isEmpty())
            t.error = u"hand-written: "_s + hand.error;
        return t;
    }
};

qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.sql());
    if (!q.exec(sql) || !q.next()) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(sql), qPrintable(q.lastError().text()));
        return -1;
    }
    return q.value(0).toLongLong();
}

qint64 tableBytes(Database &db, const QString &namePattern)
{
    return scalar(db, u"SELECT coalesce(sum(pgsize), 0) FROM dbstat WHERE name LIKE '"_s +
                          namePattern + u"'"_s);
}

void printEngine(const char *name, const Timing &t, qint64 expected, const QStringList &cannot)
{
    QString note;
    if (!t.error.isEmpty())
        note = u"error: "_s + t.error;
    else if (t.count != expected)
        note = u"CANNOT: finds %1 of %2"_s.arg(t.count).arg(expected);
    if (!cannot.isEmpty() && t.count != expected)
        note += u" ("_s + cannot.join(u"; "_s) + u')';
    std::printf(" | %-7s %7.1f %8.1f %7lld %s", name, t.p50, t.p95, static_cast<long long>(t.count),
                qPrintable(note.isEmpty() ? u"ok"_s : note));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int n = 100000;
    int runs = 21;
    bool engines = true;
    QString keep;
    QString only;
    const QStringList args = app.arguments().mid(1);
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == u"--runs"_s && i + 1 < args.size())
            runs = args[++i].toInt();
        else if (args[i] == u"--keep"_s && i + 1 < args.size())
            keep = args[++i];
        else if (args[i] == u"--count"_s && i + 1 < args.size())
            n = args[++i].toInt();
        else if (args[i] == u"--no-engines"_s)
            engines = false;
        else if (args[i] == u"--only"_s && i + 1 < args.size())
            only = args[++i];
        else if (bool number = false; args[i].toInt(&number) > 0 && number)
            n = args[i].toInt();
        else {
            std::fprintf(stderr,
                         "bench_search: unknown argument %s\nusage: bench_search [--count N] "
                         "[--runs R] [--keep DIR] [--no-engines] [--only TEXT]\n",
                         qPrintable(args[i]));
            return 2;
        }
    }
    const auto chosen = [&only](const char *name) {
        return only.isEmpty() || QString::fromUtf8(name).contains(only);
    };
    std::printf(
        "bench_search: %d notices, %s, %d timed runs per query (LIKE: %d); targets: every query "
        "p95 <= 30 ms, the table path <= 1.5x the best hand-written SQL, index <= 3x the text\n",
        n, qPrintable(bench::machineLine()), runs, std::max(3, runs / 4));

    QTemporaryDir tmp;
    const QString dir = keep.isEmpty() ? tmp.path() : keep;
    // Named by its size, so that a kept database of another size is not taken for this one.
    const QString dbPath = dir + u"/search-%1.sqlite"_s.arg(n);
    if (!QFileInfo::exists(dbPath)) {
        SyntheticCorpus::Options o;
        o.notices = n;
        o.perFile = 1000;
        o.variedText = true;
        const QString corpus = dir + u"/corpus"_s;
        if (auto w = SyntheticCorpus::write(corpus, o); !w.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(w.error()));
            return 1;
        }
        auto db = Database::open(dbPath);
        if (!db.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(db.error()));
            return 1;
        }
        const Classifier classifier(Taxonomy::builtIn(), RuleSet::builtIn());
        Importer importer(*db.value(), classifier);
        QElapsedTimer t;
        t.start();
        const ImportSummary s = importer.importPaths({corpus});
        std::printf("import: %d notices in %.1f s\n", s.added, t.nsecsElapsed() / 1e9);
        QDir(corpus).removeRecursively();
    }
    auto opened = Database::open(dbPath);
    if (!opened.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error()));
        return 1;
    }
    Database &db = *opened.value();

    // Sizes: the index (FTS5 shadow tables) against the text it indexes.
    const qint64 text =
        scalar(db, u"SELECT sum(length(CAST(title AS BLOB)) + length(CAST(organization AS BLOB)) + "
                   "length(CAST(body AS BLOB))) FROM incident_text"_s);
    const qint64 index = tableBytes(db, u"incident\\_fts\\_%' ESCAPE '\\"_s);
    const qint64 segments = scalar(db, u"SELECT count(*) FROM incident_fts_idx"_s);
    std::printf(
        "text %.1f MB (title, organization, body, UTF-8); jikenbo index %.1f MB = %.2fx the text "
        "(%lld idx rows)\n",
        text / 1e6, index / 1e6, double(index) / double(text), static_cast<long long>(segments));

    // The trigram table beside it, for comparison.
    if (scalar(db, u"SELECT count(*) FROM sqlite_schema WHERE name = 'tri'"_s) == 0) {
        QElapsedTimer t;
        t.start();
        QSqlQuery q(db.sql());
        if (!q.exec(u"CREATE VIRTUAL TABLE tri USING fts5(title, organization, body, "
                    u"content='incident_text', "
                    "content_rowid='id', tokenize='trigram')"_s) ||
            !q.exec(u"INSERT INTO tri (tri) VALUES ('rebuild')"_s)) {
            std::fprintf(stderr, "trigram: %s\n", qPrintable(q.lastError().text()));
            return 1;
        }
        std::printf("trigram index built in %.1f s\n", t.nsecsElapsed() / 1e9);
    }
    const qint64 triBytes = tableBytes(db, u"tri\\_%' ESCAPE '\\"_s);
    std::printf("trigram index %.1f MB = %.2fx the text\n\n", triBytes / 1e6,
                double(triBytes) / double(text));

    // The table's path: the query worker, called here directly on this thread.
    QueryWorker worker(dbPath);
    worker.open();
    Runner run{worker};
    QObject::connect(
        &worker, &QueryWorker::queryReady, &worker,
        [&run](quint64, qint64 t, const QList<IncidentRecord> &, qint64) {
            run.total = t;
            if (run.clock && run.readyMs < 0)
                run.readyMs = run.clock->nsecsElapsed() / 1e6;
        });
    QObject::connect(&worker, &QueryWorker::failed, &worker,
                     [&run](quint64, const QString &m) { run.failure = m; });
    QObject::connect(&worker, &QueryWorker::facetsReady, &worker,
                     [&run](quint64, const FacetCounts &) { run.facetsDone = true; });

    std::printf("%-22s %-40s | %13s | %13s %13s %6s %-4s | %7s | %s\n", "kind", "query",
                "first rows", "table path", "hand SQL", "ratio", "", "count",
                engines ? "trigram, LIKE (first rows)" : "");
    int missed = 0, slower = 0;
    auto pair = [](double a, double b) -> QString {
        return QString::number(a, 'f', 1) + u"/"_s + QString::number(b, 'f', 1);
    };
    for (const Bench &b : benches()) {
        if (!chosen(b.kind))
            continue;
        const ParsedQuery pq = QueryParser::parse(b.query, Taxonomy::builtIn());
        if (!pq.ok()) {
            std::printf("%s: %s\n", qPrintable(b.query), qPrintable(pq.error->message));
            continue;
        }
        const Timing ours =
            run.time(QuerySql::where(pq.query), runs, SortColumn::Date, true, {}, true);
        const qint64 total = ours.count;
        const double ratio = ours.base50 > 0 ? ours.p50 / ours.base50 : -1;
        missed += ours.first95 > 30;
        slower += ratio > 1.5;
        // Query text is mostly wide characters: pad by display columns.
        QString shown = b.query;
        int width = 0;
        for (QChar c : shown)
            width += c.unicode() >= 0x1100 ? 2 : 1;
        shown += QString(std::max(0, 40 - width), u' ');
        std::printf("%-22s %s | %13s | %13s %13s %6.2f %-4s | %7lld", b.kind, qPrintable(shown),
                    qPrintable(pair(ours.first50, ours.first95)),
                    qPrintable(pair(ours.p50, ours.p95)),
                    qPrintable(pair(ours.base50, ours.base95)), ratio, ratio > 1.5 ? "MISS" : "ok",
                    static_cast<long long>(total));
        if (!ours.error.isEmpty())
            std::printf(" error: %s", qPrintable(ours.error));
        if (!engines) {
            std::printf("\n");
            continue;
        }
        bool hasText = false;
        std::function<void(const QueryNode &)> walk = [&](const QueryNode &node) {
            hasText = hasText || node.kind == QueryNode::Text || node.kind == QueryNode::Phrase;
            for (const QueryNode &c : node.children)
                walk(c);
        };
        walk(pq.query.root);
        if (hasText) {
            const EngineSql tri = forEngine(pq.query, Engine::Trigram);
            printEngine("trigram",
                        run.time(SqlWhere{tri.sql, tri.binds, {}, {}, {}, {}}, runs,
                                 SortColumn::Date, true, {}, false, false),
                        total, tri.cannot);
            const EngineSql like = forEngine(pq.query, Engine::Like);
            printEngine("LIKE",
                        run.time(SqlWhere{like.sql, like.binds, {}, {}, {}, {}},
                                 std::max(3, runs / 4), SortColumn::Date, true, {}, false, false),
                        total, {u"no width, kana or variant folding"_s});
        } else {
            std::printf(" | (fields only: the same SQL for every engine)");
        }
        std::printf("\n");
        std::fflush(stdout);
    }

    // Other orders of the table, for the record.
    std::printf("\nother orders (count + first 256 rows):\n");
    // The incident the table keeps selected while the query changes: the oldest one, the last row.
    QString oldest;
    {
        QSqlQuery q(db.sql());
        if (q.exec(u"SELECT i.key FROM incidents AS i ORDER BY "_s +
                   IncidentQuery::orderBy(SortColumn::Date, false) + u" LIMIT 1"_s) &&
            q.next())
            oldest = q.value(0).toString();
    }
    const struct
    {
        const char *name;
        QString query;
        SortColumn sort;
        bool desc;
        QString keep;
    } orders[] = {{"relevance", u"紛失"_s, SortColumn::Relevance, true, {}},
                  {"relevance", u"個人情報"_s, SortColumn::Relevance, true, {}},
                  {"organization (jk_ja)", QString(), SortColumn::Organization, false, {}},
                  {"organization (jk_ja)", u"紛失"_s, SortColumn::Organization, true, {}},
                  {"title (jk_ja)", QString(), SortColumn::Title, false, {}},
                  {"date, keep last row", u"個人情報"_s, SortColumn::Date, true, oldest},
                  {"date, keep last row", u"紛失"_s, SortColumn::Date, true, oldest}};
    for (const auto &o : orders) {
        if (!chosen(o.name))
            continue;
        const Query q = QueryParser::parse(o.query, Taxonomy::builtIn()).query;
        QuerySqlOptions so;
        so.rank = o.sort == SortColumn::Relevance;
        const SqlWhere w = QuerySql::where(q, so);
        // Keeping a row selected: beside it, the same query without (what locating the row
        // adds), the two interleaved.
        const Timing t = run.time(w, runs, o.sort, o.desc, o.keep, true, false);
        std::printf(
            "  %-22s %-12s first rows p50 %7.1f p95 %7.1f ms (cpu p50 %6.1f)  count %lld  %s %s\n",
            o.name, qPrintable(o.query.isEmpty() ? u"(all)"_s : o.query), t.first50, t.first95,
            t.cpu50, static_cast<long long>(t.count),
            o.keep.isEmpty() ? qPrintable(u"| hand SQL p50 %1 p95 %2"_s.arg(t.base50, 0, 'f', 1)
                                              .arg(t.base95, 0, 'f', 1) +
                                          (t.own50 < 0 ? QString()
                                                       : u" | FTS5 ORDER BY bm25 p50 %1 p95 %2"_s
                                                             .arg(t.own50, 0, 'f', 1)
                                                             .arg(t.own95, 0, 'f', 1)))
                             : qPrintable(u"| without the row to keep p50 %1 p95 %2"_s
                                              .arg(t.base50, 0, 'f', 1)
                                              .arg(t.base95, 0, 'f', 1)),
            qPrintable(t.error));
    }
    std::printf("\n%d of %d queries miss first rows p95 <= 30 ms; %d of them take over 1.5x the "
                "hand-written SQL "
                "(p50); index %.2fx the text (target <= 3x)\nafter: %s\n",
                missed, int(benches().size()), slower, double(index) / double(text),
                qPrintable(bench::machineLine()));
    return 0;
}
