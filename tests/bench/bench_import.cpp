// SPDX-License-Identifier: GPL-3.0-or-later
// Import benchmark: synthetic notices into a fresh database, against a baseline that inserts
// the same rows with a bare prepared-statement loop (SQLite C API) into the same schema.
//
//   bench_import [--count N] [--rounds R] [--keep FILE] [N...]   default: 10000 100000, one
//                                   round; --rounds R: R rounds of A B (import, baseline), medians
//                                   printed with each round; --keep FILE keeps
//                                   the database imported (of the last size) for the other
//                                   benchmarks (bench_gui FILE, bench_trends --keep DIR …)
//
// For each size: the text size, the import and the baseline (timed one after the other in the
// same run), and what the database holds: the file, and per table and index (dbstat) the bytes
// of the incidents, the text, the full-text index and the other indexes against the text size.
#include "classify/Classifier.h"
#include "classify/RuleSet.h"
#include "classify/Taxonomy.h"
#include "jobs/Importer.h"
#include "ingest/SourceReader.h"
#include "ingest/SyntheticCorpus.h"
#include "store/Database.h"
#include "store/IncidentStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QThread>

#include <sqlite3.h>

#include "BenchSupport.h"

#include <QMap>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace jikenbo;

namespace {

struct Row
{
    QByteArray key, caseId, title, org, announced, cause, sector, body, labels, explain;
    int year = 0, seq = 0;
    qint64 affected = -1;
};

qint64 dirBytes(const QString &dir)
{
    qint64 n = 0;
    QDirIterator it(dir, QDir::Files);
    while (it.hasNext())
        n += QFileInfo(it.next()).size();
    return n;
}

// The baseline: the same rows, already parsed and classified, written with the SQLite C API,
// in the import's transactions and settings, into the schema Jikenbo creates.
double baseline(const QString &dbPath, const QList<QList<Row>> &files)
{
    {
        auto db = Database::open(dbPath); // creates the schema, registers the tokenizer
        if (!db.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(db.error()));
            return 0;
        }
        sqlite3 *h = db.value()->handle();
        sqlite3_stmt *ins = nullptr, *txt = nullptr, *fts = nullptr;
        sqlite3_prepare_v2(
            h,
            "INSERT INTO incidents (key, case_id, case_year, case_seq, title, organization, "
            "announced_on, "
            "cause, cause_origin, cause_auto, cause_auto_origin, cause_explain, sector, affected, "
            "labels, "
            "source, content_hash, first_seen, last_changed) "
            "VALUES (?,?,?,?,?,?,?,?,'rule',?,'rule',?,?,?,?,'bench','h','now','now')",
            -1, &ins, nullptr);
        sqlite3_prepare_v2(
            h, "INSERT INTO incident_text (id, title, organization, body) VALUES (?,?,?,?)", -1,
            &txt, nullptr);
        sqlite3_prepare_v2(
            h, "INSERT INTO incident_fts (rowid, title, organization, body) VALUES (?,?,?,?)", -1,
            &fts, nullptr);
        // The same settings and transactions as the import: several files per transaction,
        // committed every Importer::BatchRows rows or Importer::BatchMs.
        const Database::BulkWrite bulk(*db.value());
        QElapsedTimer t, batch;
        t.start();
        bool open = false;
        qsizetype batchRows = 0;
        for (const QList<Row> &rows : files) {
            if (!open) {
                sqlite3_exec(h, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
                open = true;
                batchRows = 0;
                batch.start();
            }
            for (const Row &r : rows) {
                auto text = [](sqlite3_stmt *s, int i, const QByteArray &b) {
                    sqlite3_bind_text(s, i, b.constData(), int(b.size()), SQLITE_STATIC);
                };
                text(ins, 1, r.key);
                text(ins, 2, r.caseId);
                sqlite3_bind_int(ins, 3, r.year);
                sqlite3_bind_int(ins, 4, r.seq);
                text(ins, 5, r.title);
                text(ins, 6, r.org);
                text(ins, 7, r.announced);
                text(ins, 8, r.cause);
                text(ins, 9, r.cause);
                text(ins, 10, r.explain);
                text(ins, 11, r.sector);
                sqlite3_bind_int64(ins, 12, r.affected);
                text(ins, 13, r.labels);
                sqlite3_step(ins);
                sqlite3_reset(ins);
                const sqlite3_int64 id = sqlite3_last_insert_rowid(h);
                for (sqlite3_stmt *s : {txt, fts}) {
                    sqlite3_bind_int64(s, 1, id);
                    text(s, 2, r.title);
                    text(s, 3, r.org);
                    text(s, 4, r.body);
                    sqlite3_step(s);
                    sqlite3_reset(s);
                }
            }
            batchRows += rows.size();
            if (batchRows >= Importer::BatchRows || batch.elapsed() >= Importer::BatchMs) {
                sqlite3_exec(h, "COMMIT", nullptr, nullptr, nullptr);
                open = false;
            }
        }
        if (open)
            sqlite3_exec(h, "COMMIT", nullptr, nullptr, nullptr);
        const double secs = t.nsecsElapsed() / 1e9;
        sqlite3_finalize(ins);
        sqlite3_finalize(txt);
        sqlite3_finalize(fts);
        return secs;
    }
}

// The bytes of each table and index of the database (dbstat), grouped: the incidents table,
// its indexes, the stored text, the full-text index (its shadow tables), the rest.
void printSizes(const QString &dbPath, double textMb)
{
    auto db = Database::open(dbPath);
    if (!db.ok())
        return;
    sqlite3 *h = db.value()->handle();
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(h,
                           "SELECT s.name, m.type, m.tbl_name, sum(s.pgsize) FROM dbstat AS s "
                           "LEFT JOIN sqlite_schema AS m ON m.name = s.name GROUP BY s.name",
                           -1, &st, nullptr) != SQLITE_OK) {
        std::printf("    sizes: dbstat is not available (%s)\n", sqlite3_errmsg(h));
        return;
    }
    QMap<QString, double> groups;
    double total = 0;
    while (sqlite3_step(st) == SQLITE_ROW) {
        const QString name = QString::fromUtf8(
            reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
        const QString type = QString::fromUtf8(
            reinterpret_cast<const char *>(sqlite3_column_text(st, 1)));
        const QString table = QString::fromUtf8(
            reinterpret_cast<const char *>(sqlite3_column_text(st, 2)));
        const double mb = double(sqlite3_column_int64(st, 3)) / 1e6;
        total += mb;
        QString group;
        if (name.startsWith(u"incident_fts"_s))
            group = u"full-text index (incident_fts*)"_s;
        else if (name == u"incident_text"_s)
            group = u"stored text (incident_text)"_s;
        else if (name == u"incidents"_s)
            group = u"incidents table"_s;
        else if (type == u"index"_s && table == u"incidents"_s)
            group = u"indexes of incidents"_s;
        else
            group = u"other tables and indexes"_s;
        groups[group] += mb;
    }
    sqlite3_finalize(st);
    std::printf("    database %.1f MB = %.2f × the text (%.1f MB):", total, total / textMb, textMb);
    for (auto it = groups.cbegin(); it != groups.cend(); ++it)
        std::printf(" %s %.1f MB (%.2f×);", qPrintable(it.key()), it.value(),
                    it.value() / textMb);
    std::printf("\n");
}

void run(int n, const QString &keepAs, int rounds)
{
    QTemporaryDir tmp;
    const QString corpus = tmp.filePath(u"corpus"_s);
    SyntheticCorpus::Options o;
    o.notices = n;
    o.perFile = 1000;
    auto written = SyntheticCorpus::write(corpus, o);
    if (!written.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(written.error()));
        return;
    }
    const double mb = dirBytes(corpus) / 1e6;

    // The same rows for the baseline, prepared outside the timing.
    QList<QList<Row>> files;
    {
        const Classifier classifier(Taxonomy::builtIn(), RuleSet::builtIn());
        QDirIterator it(corpus, QDir::Files);
        QStringList paths;
        while (it.hasNext())
            paths << it.next();
        paths.sort();
        for (const QString &p : paths) {
            auto read = SourceReader::readFile(p);
            QList<Row> rows;
            for (const ParsedPost &post : read->page.incidents) {
                const Classification c = classifier.classify(post);
                Row r;
                r.key = IncidentStore::stableKey(post.caseId, post.title).toUtf8();
                r.caseId = post.caseId.toUtf8();
                r.year = post.caseYear;
                r.seq = post.caseSeq;
                r.title = post.title.toUtf8();
                r.org = post.organization.toUtf8();
                r.announced = post.announcedOn.toString(Qt::ISODate).toUtf8();
                r.cause = c.cause.toUtf8();
                r.sector = c.sector.toUtf8();
                r.body = post.body.toUtf8();
                r.labels = "[]";
                r.explain = "{}";
                r.affected = post.affected ? post.affected->value : -1;
                rows << r;
            }
            files << rows;
        }
    }

    // Rounds of A B (Jikenbo, then the baseline), each into a fresh database: a machine that
    // gets busier shows up in both columns.
    QList<double> oursTimes, baseTimes, ratios;
    int added = 0;
    for (int round = 0; round < rounds; ++round) {
        for (const QString &f : {u"jikenbo.sqlite"_s, u"baseline.sqlite"_s}) {
            for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
                QFile::remove(tmp.filePath(f + suffix));
        }
        // Jikenbo's import, end to end: read, decode, split, parse, classify, upsert, index.
        double ours = 0;
        {
            auto db = Database::open(tmp.filePath(u"jikenbo.sqlite"_s));
            const Classifier classifier(Taxonomy::builtIn(), RuleSet::builtIn());
            Importer importer(*db.value(), classifier);
            QElapsedTimer t;
            t.start();
            const ImportSummary s = importer.importPaths({corpus});
            ours = t.nsecsElapsed() / 1e9;
            added = s.added;
        }
        const double base = baseline(tmp.filePath(u"baseline.sqlite"_s), files);
        oursTimes << ours;
        baseTimes << base;
        ratios << base / ours;
        if (rounds > 1)
            std::printf("    round %d: jikenbo %6.2f s, baseline %6.2f s, %3.0f%%\n", round + 1,
                        ours, base, 100.0 * base / ours);
    }
    auto median = [](QList<double> v) {
        std::sort(v.begin(), v.end());
        return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
    };
    const double ours = median(oursTimes), base = median(baseTimes);


    std::printf("%7d notices (%.1f MB): jikenbo import %6.2f s = %7.0f notices/s, %5.2f MB/s | "
                "baseline insert loop %6.2f s = %7.0f notices/s | jikenbo/baseline = %3.0f%%%s%s\n",
                n, mb, ours, added / ours, mb / ours, base, n / base, 100.0 * median(ratios),
                rounds > 1 ? " (medians of the rounds)" : "",
                added == n ? "" : "  (added count differs!)");
    printSizes(tmp.filePath(u"jikenbo.sqlite"_s), mb);
    if (!keepAs.isEmpty()) {
        QFile::remove(keepAs);
        if (QFile::rename(tmp.filePath(u"jikenbo.sqlite"_s), keepAs) ||
            QFile::copy(tmp.filePath(u"jikenbo.sqlite"_s), keepAs))
            std::printf("    kept as %s\n", qPrintable(keepAs));
    }
    std::printf("    load average after: %s\n", qPrintable(bench::machineLine()));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QList<int> sizes;
    QString keepAs;
    int rounds = 1;
    for (int i = 1; i < argc; ++i) {
        if (QByteArray(argv[i]) == "--count")
            continue;
        if (QByteArray(argv[i]) == "--rounds" && i + 1 < argc) {
            rounds = std::max(1, QString::fromLocal8Bit(argv[++i]).toInt());
            continue;
        }
        if (QByteArray(argv[i]) == "--keep" && i + 1 < argc) {
            keepAs = QString::fromLocal8Bit(argv[++i]);
            continue;
        }
        sizes << QString::fromLocal8Bit(argv[i]).toInt();
    }
    if (sizes.isEmpty())
        sizes = {10000, 100000};
    std::printf("bench_import: %s; targets: 100k notices < 60 s, 1M < 10 min, >= 60%% of the "
                "baseline rate\n",
                qPrintable(bench::machineLine()));
    for (int n : sizes)
        run(n, keepAs, rounds);
    return 0;
}
