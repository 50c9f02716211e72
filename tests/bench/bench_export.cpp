// SPDX-License-Identifier: GPL-3.0-or-later
// CSV export benchmark: time and peak memory of exporting N rows of a synthetic database, each
// export in a fresh child process so its peak RSS is its own. Flat memory from 10k to 100k rows
// shows the export streams. Target: 100k rows in at most 3 s.
//
// The baseline, in turn with each export (A B A B): the same columns read by one hand-written
// statement in the same order and written as they come, comma-joined with no quoting, escaping
// or conversion: what SQLite and the disk alone cost.
//
//   bench_export [--keep DIR] [--rounds R] [--count N] [N...]   default: 10000 100000, 3
//                                      rounds; the databases (DIR/bench-N.sqlite) are built once
//                                      and reused with --keep
//   BENCH_SORT_IN_MEMORY=1             sort in memory (SQLite's temp_store) to compare
#include "classify/Classifier.h"
#include "classify/RuleSet.h"
#include "classify/Taxonomy.h"
#include "jobs/Importer.h"
#include "BenchSupport.h"
#include "ingest/SyntheticCorpus.h"
#include "report/CsvColumns.h"
#include "report/CsvExporter.h"
#include "store/Database.h"
#include "store/IncidentStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;
using namespace jikenbo;

namespace {

// Peak resident set size of this process, in kB (VmHWM).
long peakRssKb()
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

// Child: open the database, export every row (rows 0: only open it), print
// "rows seconds peak-kB bytes".
int child(const QString &dbPath, qint64 rows, const QString &encoding, const QString &out)
{
    auto db = Database::open(dbPath, Database::Options{false, 5000});
    if (!db.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error()));
        return 2;
    }
    qint64 written = 0;
    double seconds = 0;
    const bool memorySort = qEnvironmentVariableIsSet("BENCH_SORT_IN_MEMORY");
    if (!memorySort && !CsvExporter::sortOnDisk(*db.value()).ok())
        return 2;
    if (rows > 0) {
        CsvExportOptions o =
            CsvExportOptions::preset(*CsvExportOptions::encodingFromName(encoding));
        o.replaceUnmappable = true;
        o.columns = CsvColumns::allKeys();
        CsvExporter exporter(*db.value(), Query(), o);
        QElapsedTimer t;
        t.start();
        const auto r = exporter.save(out);
        seconds = t.nsecsElapsed() / 1e9;
        if (!r.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(r.error()));
            return 2;
        }
        written = r->rows;
    }
    std::printf("%lld %.3f %ld %lld\n", static_cast<long long>(written), seconds, peakRssKb(),
                static_cast<long long>(QFileInfo(out).size()));
    return 0;
}

// Child: the baseline. The export's columns (CsvColumns::allKeys, the cause as overridden)
// in its order, each row's values written as SQLite returns them; "rows seconds peak-kB bytes".
int baselineChild(const QString &dbPath, const QString &out)
{
    auto db = Database::open(dbPath, Database::Options{false, 5000});
    if (!db.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error()));
        return 2;
    }
    if (!qEnvironmentVariableIsSet("BENCH_SORT_IN_MEMORY") &&
        !CsvExporter::sortOnDisk(*db.value()).ok())
        return 2;
    static const char *Sql =
        "SELECT i.case_id, i.announced_on, i.organization, i.title, "
        "coalesce(a.cause_override, i.cause), i.sector, i.affected, i.labels, a.note, a.tags, "
        "a.starred, i.key, i.cause_origin, i.source_url, i.discovered_on, i.occurred_on, "
        "i.disclosure_days, i.data_kinds, i.via_contractor "
        "FROM incidents AS i LEFT JOIN annotations AS a ON a.key = i.key "
        "ORDER BY i.event_date DESC, i.id DESC";
    QElapsedTimer t;
    t.start();
    sqlite3 *h = db.value()->handle();
    sqlite3_stmt *stmt = nullptr;
    std::unique_ptr<std::FILE, int (*)(std::FILE *)> file(
        std::fopen(QFile::encodeName(out).constData(), "wb"), &std::fclose);
    if (!file || sqlite3_prepare_v2(h, Sql, -1, &stmt, nullptr) != SQLITE_OK) {
        std::fprintf(stderr, "%s\n", file ? sqlite3_errmsg(h) : "cannot write the output");
        return 2;
    }
    std::setvbuf(file.get(), nullptr, _IOFBF, 1 << 20);
    const int columns = sqlite3_column_count(stmt);
    qint64 rows = 0;
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        for (int c = 0; c < columns; ++c) {
            if (c > 0)
                std::fputc(',', file.get());
            const unsigned char *v = sqlite3_column_text(stmt, c);
            std::fwrite(v, 1, size_t(sqlite3_column_bytes(stmt, c)), file.get());
        }
        std::fputc('\n', file.get());
        ++rows;
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE || std::fflush(file.get()) != 0) {
        std::fprintf(stderr, "%s\n", sqlite3_errmsg(h));
        return 2;
    }
    file.reset();
    const double seconds = t.nsecsElapsed() / 1e9;
    std::printf("%lld %.3f %ld %lld\n", static_cast<long long>(rows), seconds, peakRssKb(),
                static_cast<long long>(QFileInfo(out).size()));
    return 0;
}

struct Figures
{
    qint64 rows = -1;
    double seconds = 0;
    long peakKb = 0;
    qint64 bytes = 0;
};

Figures runChild(const QStringList &arguments)
{
    QProcess p;
    p.start(QCoreApplication::applicationFilePath(), arguments);
    Figures f;
    if (!p.waitForFinished(600000) || p.exitCode() != 0) {
        std::fprintf(stderr, "child failed: %s\n", p.readAllStandardError().constData());
        return f;
    }
    const QList<QByteArray> v = p.readAllStandardOutput().trimmed().split(' ');
    if (v.size() == 4) {
        f.rows = v[0].toLongLong();
        f.seconds = v[1].toDouble();
        f.peakKb = v[2].toLong();
        f.bytes = v[3].toLongLong();
    }
    return f;
}


} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments().mid(1);
    if (args.size() == 5 && args[0] == u"--child"_s)
        return child(args[1], args[2].toLongLong(), args[3], args[4]);
    if (args.size() == 3 && args[0] == u"--baseline-child"_s)
        return baselineChild(args[1], args[2]);

    QTemporaryDir tmp;
    QString dir = tmp.path();
    QList<qint64> sizes;
    int rounds = 3;
    for (qsizetype i = 0; i < args.size(); ++i) {
        bool number = false;
        if (args[i] == u"--keep"_s && i + 1 < args.size()) {
            dir = args[++i];
        } else if (args[i] == u"--rounds"_s && i + 1 < args.size()) {
            rounds = args[++i].toInt(&number);
            if (!number || rounds < 1) {
                std::fprintf(stderr, "bench_export: --rounds needs a positive number\n");
                return 1;
            }
        } else if (args[i] != u"--count"_s) {
            const qint64 n = args[i].toLongLong(&number);
            if (!number || n <= 0) {
                std::fprintf(stderr, "bench_export: unknown argument %s\n"
                                     "usage: bench_export [--keep DIR] [--rounds R] [--count N] "
                                     "[N...]\n",
                             qPrintable(args[i]));
                return 1;
            }
            sizes << n;
        }
    }
    if (sizes.isEmpty())
        sizes = {10000, 100000};
    for (qint64 n : sizes) {
        if (!bench::ensureSyntheticDatabase(dir + u"/bench-%1.sqlite"_s.arg(n), n))
            return 2;
    }

    std::printf("bench_export: every row of a database of N notices, all %lld columns, newest "
                "first; target 100k rows <= 3 s, peak memory flat; median of %d rounds, each in "
                "turn with the baseline (the same columns by one statement, written raw)\n%s\n",
                static_cast<long long>(CsvColumns::all().size()), rounds,
                qPrintable(bench::machineLine()));
    auto median = [](QList<double> v) { return bench::percentile(std::move(v), 0.5); };
    for (const QString &encoding : {u"utf-8-bom"_s, u"cp932"_s}) {
        for (qint64 n : sizes) {
            const QString db = dir + u"/bench-%1.sqlite"_s.arg(n);
            const QString out = tmp.filePath(u"out.csv"_s);
            const Figures idle =
                runChild({u"--child"_s, db, u"0"_s, encoding, tmp.filePath(u"none.csv"_s)});
            QList<double> exportSeconds, baseSeconds;
            Figures f, base;
            long peakKb = 0;
            for (int r = 0; r < rounds; ++r) {
                f = runChild({u"--child"_s, db, QString::number(n), encoding, out});
                base = runChild({u"--baseline-child"_s, db, out});
                if (f.rows != n || base.rows != n) {
                    std::fprintf(stderr, "bench_export: %lld and %lld rows of %lld\n",
                                 static_cast<long long>(f.rows),
                                 static_cast<long long>(base.rows), static_cast<long long>(n));
                    return 2;
                }
                exportSeconds << f.seconds;
                baseSeconds << base.seconds;
                peakKb = std::max(peakKb, f.peakKb);
            }
            const double e = median(exportSeconds);
            const double b = median(baseSeconds);
            std::printf("  %-9s %7lld rows: %6.2f s = %8.0f rows/s, %6.1f MB written, peak RSS "
                        "%6.1f MB (%+.1f MB over opening the database) | baseline %6.2f s, "
                        "%6.1f MB, peak RSS %6.1f MB | export/baseline %.2fx\n",
                        qPrintable(encoding), static_cast<long long>(n), e, n / e,
                        f.bytes / 1e6, peakKb / 1024.0, (peakKb - idle.peakKb) / 1024.0, b,
                        base.bytes / 1e6, base.peakKb / 1024.0, e / b);
            std::fflush(stdout);
        }
    }
    std::printf("after: %s\n", qPrintable(bench::machineLine()));
    return 0;
}
