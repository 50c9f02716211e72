// SPDX-License-Identifier: GPL-3.0-or-later
// CSV export benchmark: time and peak memory of exporting N rows of a synthetic database, each
// export in a fresh child process so its peak RSS is its own. Flat memory from 10k to 100k rows
// shows the export streams. Target: 100k rows in at most 3 s.
//
//   bench_export [--keep DIR] [--count N] [N...]   default: 10000 100000; the databases
//                                      (DIR/bench-N.sqlite) are built once and reused with --keep
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

#include <cstdio>

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

struct Figures
{
    qint64 rows = -1;
    double seconds = 0;
    long peakKb = 0;
    qint64 bytes = 0;
};

Figures runChild(const QString &dbPath, qint64 rows, const QString &encoding, const QString &out)
{
    QProcess p;
    p.start(QCoreApplication::applicationFilePath(),
            {u"--child"_s, dbPath, QString::number(rows), encoding, out});
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

    QTemporaryDir tmp;
    QString dir = tmp.path();
    QList<qint64> sizes;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == u"--keep"_s && i + 1 < args.size())
            dir = args[++i];
        else if (args[i] != u"--count"_s)
            sizes << args[i].toLongLong();
    }
    if (sizes.isEmpty())
        sizes = {10000, 100000};
    for (qint64 n : sizes) {
        if (!bench::ensureSyntheticDatabase(dir + u"/bench-%1.sqlite"_s.arg(n), n))
            return 2;
    }

    std::printf("bench_export: every row of a database of N notices, all %lld columns, newest "
                "first; target 100k rows <= 3 s, peak memory flat\n%s\n",
                static_cast<long long>(CsvColumns::all().size()),
                qPrintable(bench::machineLine()));
    for (const QString &encoding : {u"utf-8-bom"_s, u"cp932"_s}) {
        for (qint64 n : sizes) {
            const QString db = dir + u"/bench-%1.sqlite"_s.arg(n);
            const Figures idle = runChild(db, 0, encoding, tmp.filePath(u"none.csv"_s));
            const Figures f = runChild(db, n, encoding, tmp.filePath(u"out.csv"_s));
            std::printf("  %-9s %7lld rows: %6.2f s = %8.0f rows/s, %6.1f MB written, "
                        "peak RSS %6.1f MB (%+.1f MB over opening the database)\n",
                        qPrintable(encoding), static_cast<long long>(f.rows), f.seconds,
                        f.rows / f.seconds, f.bytes / 1e6, f.peakKb / 1024.0,
                        (f.peakKb - idle.peakKb) / 1024.0);
            std::fflush(stdout);
        }
    }
    return 0;
}
