// SPDX-License-Identifier: GPL-3.0-or-later
// Trends benchmark: the aggregation (TrendQuery, as the view's worker and `stats` run it) for
// several queries, and redrawing the chart (build it, lay it out, paint it), on a database of N
// synthetic notices. Prints figures, asserts nothing. Targets: each <= 100 ms at 100k notices.
//
//   bench_trends [--keep DIR] [--count N] [N]   default N: 100000; DIR/bench-N.sqlite is built
//                                   once and reused with --keep (the same file bench_export uses)
#include "TrendChartBuilder.h"
#include "classify/Classifier.h"
#include "classify/RuleSet.h"
#include "classify/Taxonomy.h"
#include "jobs/Importer.h"
#include "BenchSupport.h"
#include "ingest/SyntheticCorpus.h"
#include "search/QueryParser.h"
#include "store/Database.h"
#include "store/IncidentQuery.h"
#include "store/IncidentStore.h"
#include "store/TrendQuery.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>

using namespace Qt::StringLiterals;
using namespace jikenbo;

namespace {

constexpr int Runs = 7;


struct Timing
{
    double first = 0;  // ms, the first run (cold statement, warm file cache)
    double median = 0; // ms, of the runs after it
    double worst = 0;
    double cpu =
        0; // ms of this thread's CPU time, median: the figure a busy machine disturbs least
};

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

Timing summarize(QList<double> ms, QList<double> cpu)
{
    Timing r;
    r.first = ms.takeFirst();
    cpu.removeFirst();
    std::sort(ms.begin(), ms.end());
    std::sort(cpu.begin(), cpu.end());
    r.median = ms[ms.size() / 2];
    r.worst = ms.last();
    r.cpu = cpu[cpu.size() / 2];
    return r;
}

// Runs `run` and, when given, `baseline` in turn (A B A B), so that a busy moment of the
// machine falls on both.
std::pair<Timing, Timing> measure(const std::function<void()> &run,
                                  const std::function<void()> &baseline = {})
{
    QList<double> ms[2], cpu[2];
    for (int i = 0; i < Runs; ++i) {
        for (int side = 0; side < (baseline ? 2 : 1); ++side) {
            const double c0 = threadCpuMs();
            QElapsedTimer t;
            t.start();
            (side == 0 ? run : baseline)();
            ms[side] << t.nsecsElapsed() / 1e6;
            cpu[side] << threadCpuMs() - c0;
        }
    }
    return {summarize(ms[0], cpu[0]), baseline ? summarize(ms[1], cpu[1]) : Timing{}};
}

// The period of COALESCE(d1, d2) in SQL, NULL without a usable date.
QString periodSql(TrendPeriod period)
{
    const QString d = u"COALESCE(d1, d2)"_s;
    QString expr = u"substr("_s + d + u", 1, 7)"_s;
    if (period == TrendPeriod::Quarter)
        expr = u"substr("_s + d + u", 1, 4) || '-Q' || ((CAST(substr("_s + d +
               u", 6, 2) AS INTEGER) + 2) / 3)"_s;
    else if (period == TrendPeriod::Year)
        expr = u"substr("_s + d + u", 1, 4)"_s;
    return u"CASE WHEN "_s + d + u" GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-*' THEN "_s + expr +
           u" END"_s;
}

// SQLite alone: the answer as SQLite's own GROUP BY gives it, with the condition as written (free
// text as SQLite's list of ids, no plan): the rows grouped by day and category (in the order of
// an index on the dates, when SQLite takes one), the days grouped by period; with the days, the
// statement reading them row by row as well. What the aggregation costs without this program.
void sqliteAlone(Database &db, const SqlWhere &where, const TrendOptions &options)
{
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    auto run = [&](const QString &sql) {
        if (!q.prepare(sql))
            return;
        const QVariantList binds = TrendQuery::categorySql(options).binds + where.binds;
        for (int i = 0; i < binds.size(); ++i)
            q.bindValue(i, binds[i]);
        if (q.exec()) {
            while (q.next()) {
            }
        }
    };
    run(u"SELECT "_s + periodSql(options.period) +
        u" AS p, k, sum(n), sum(a), sum(u) FROM (SELECT i.announced_on AS d1, i.posted_on AS d2, "_s +
        TrendQuery::categorySql(options).sql +
        u" AS k, count(*) AS n, sum(i.affected) AS a, count(*) - count(i.affected) AS u "
        u"FROM incidents AS i WHERE "_s +
        where.sql + u" GROUP BY i.announced_on, i.posted_on, k) GROUP BY p, k"_s);
    if (options.disclosure)
        run(u"SELECT COALESCE(i.announced_on, i.posted_on), "_s +
            TrendQuery::categorySql(options).sql +
            u", i.disclosure_days FROM incidents AS i WHERE i.disclosure_days IS NOT NULL AND ("_s +
            where.sql + u')');
}

// The targets: 100 ms up to 100k notices, 200 ms for the aggregation at a million (the
// chart's redraw depends on the periods shown, not on the notices: 100 ms at any size).
double g_target = 100;

const char *verdict(double ms, double target = 100)
{
    return ms <= target ? "ok" : "OVER";
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments().mid(1);
    QTemporaryDir tmp;
    QString dir = tmp.path();
    qint64 n = 100000;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == u"--keep"_s && i + 1 < args.size())
            dir = args[++i];
        else if (args[i] == u"--count"_s && i + 1 < args.size())
            n = args[++i].toLongLong();
        else
            n = args[i].toLongLong();
    }
    const QString path = dir + u"/bench-%1.sqlite"_s.arg(n);
    if (!bench::ensureSyntheticDatabase(path, n))
        return 2;
    auto opened = Database::open(path, Database::Options{false, 5000});
    if (!opened.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error()));
        return 2;
    }
    Database &db = *opened.value();
    g_target = n > 100000 ? 200 : 100;
    // The second connection the Trends view's worker keeps, for reading a long scan in two parts.
    auto helper = TrendQuery::openHelper(path);
    if (!helper.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(helper.error()));
        return 2;
    }

    std::printf("bench_trends: %lld notices; %d runs each, figures in ms: wall time first / median "
                "/ worst of "
                "the rest, and the median CPU time of this thread; target: median <= %.0f ms (the "
                "chart: 100 ms)\n\n",
                static_cast<long long>(n), Runs, g_target);
    std::printf("%s\n\n", qPrintable(bench::machineLine()));
    std::printf(
        "aggregation (TrendQuery::compute as the Trends view runs it: the matches stepped in "
        "index order, grouped by period and category as they come, a whole index read in "
        "two parts by two connections; a scheme's rule sets read on the first run of a query "
        "and kept, as the view's worker keeps them while nothing is written), each run in turn "
        "with SQLite alone: its GROUP "
        "BY of the same answer with the condition as written (free text as SQLite's list "
        "of ids, no plan), and the days read row by row\n");
    const QStringList queries{QString(),         u"cause:ransomware"_s,
                              u"不正アクセス"_s, u"不正アクセス year:2023"_s,
                              u"メール"_s,       u"sector:medical affected:>1000"_s};
    for (const QString &text : queries) {
        const ParsedQuery pq = QueryParser::parse(text, Taxonomy::builtIn());
        if (!pq.ok())
            return 2;
        if (qEnvironmentVariableIsSet("BENCH_PLAN")) {
            const SqlWhere w = QuerySql::where(pq.query);
            QSqlQuery q(db.sql());
            TrendOptions o;
            q.prepare(u"EXPLAIN QUERY PLAN "_s + TrendQuery::sql(w, o));
            for (int i = 0; i < w.binds.size(); ++i)
                q.bindValue(i, w.binds[i]);
            q.exec();
            while (q.next())
                std::printf("    plan: %s\n", qPrintable(q.value(3).toString()));
        }
        // For comparison: what counting the matches alone costs (the table does this too).
        const Timing c = measure([&] { (void)IncidentQuery::count(db, pq.query); }).first;
        std::printf("  %-44s count(*) alone   %7.1f / %7.1f / %7.1f   cpu %6.1f\n",
                    qPrintable(text.isEmpty() ? u"(all)"_s : text), c.first, c.median, c.worst,
                    c.cpu);
        struct Split
        {
            TrendBy by;
            TrendPeriod period;
            bool days;
            QString scheme; // a survey's categories (by cause)
        };
        const QList<Split> splits{{TrendBy::Cause, TrendPeriod::Month, false, {}},
                                  {TrendBy::Cause, TrendPeriod::Quarter, false, {}},
                                  {TrendBy::Cause, TrendPeriod::Year, false, {}},
                                  {TrendBy::Sector, TrendPeriod::Month, false, {}},
                                  {TrendBy::DataKind, TrendPeriod::Month, false, {}},
                                  {TrendBy::Contractor, TrendPeriod::Month, false, {}},
                                  {TrendBy::Cause, TrendPeriod::Year, true, {}},
                                  {TrendBy::Cause, TrendPeriod::Month, false, u"tsr"_s},
                                  {TrendBy::Cause, TrendPeriod::Year, false, u"veris"_s}};
        // Kept between runs as the view's worker keeps it while the user types: the first run
        // of each query reads a scheme's rule sets, the rest use them again.
        TrendCache cache;
        for (const Split &split : splits) {
            {
                const TrendBy by = split.by;
                const TrendPeriod period = split.period;
                TrendOptions options;
                options.by = by;
                options.period = period;
                options.disclosure = split.days;
                options.scheme = split.scheme;
                qint64 total = 0;
                const SqlWhere asWritten = QuerySql::where(pq.query);
                const auto [t, base] = measure(
                    [&] {
                        auto r =
                            TrendQuery::compute(db, pq.query, options, {}, helper->get(), &cache);
                        total = r.ok() ? r->total : -1;
                    },
                    [&] { sqliteAlone(db, asWritten, options); });
                const QString label = (text.isEmpty() ? u"(all)"_s : text) + u"  "_s +
                                      TrendQuery::byName(by) + u'/' +
                                      TrendQuery::periodName(period) +
                                      (split.days ? u" +days"_s : QString()) +
                                      (split.scheme.isEmpty() ? QString() : u' ' + split.scheme);
                std::printf("  %-44s %7lld matches  %7.1f / %7.1f / %7.1f   cpu %6.1f  %-4s | "
                            "SQLite alone %7.1f / %7.1f  ratio %.2f\n",
                            qPrintable(label), static_cast<long long>(total), t.first, t.median,
                            t.worst, t.cpu, verdict(t.median, g_target), base.median, base.worst,
                            base.median > 0 ? t.median / base.median : -1.0);
                std::fflush(stdout);
            }
        }
    }

    std::printf("\nchart redraw (build the chart, set it in a 1100 × 620 view, paint it)\n");
    QChartView view;
    view.setRenderHint(QPainter::Antialiasing);
    view.resize(1100, 620);
    QChart *previous = nullptr;
    struct Case
    {
        const char *name;
        TrendPeriod period;
        TrendChartStyle style;
    };
    TrendChartStyle counts, shares, people, patterns;
    shares.shares = true;
    people.metric = TrendModel::Metric::People;
    patterns.patterns = true;
    const QList<Case> cases{{"all, month, counts", TrendPeriod::Month, counts},
                            {"all, month, shares", TrendPeriod::Month, shares},
                            {"all, month, people", TrendPeriod::Month, people},
                            {"all, month, patterns", TrendPeriod::Month, patterns},
                            {"all, quarter, counts", TrendPeriod::Quarter, counts},
                            {"all, year, counts", TrendPeriod::Year, counts}};
    for (const Case &c : cases) {
        auto r = TrendQuery::compute(db, Query(), {TrendBy::Cause, c.period});
        if (!r.ok())
            return 2;
        const TrendData data = r.value();
        const Timing t = measure([&] {
            QChart *chart = TrendChartBuilder::mainChart(data, c.style);
            view.setChart(chart);
            delete previous;
            previous = chart;
            TrendChartBuilder::fitPeriodLabels(chart, data);
            const QPixmap shot = view.grab();
            if (shot.isNull())
                std::fprintf(stderr, "empty paint\n");
        }).first;
        std::printf("  %-44s %4lld bars       %7.1f / %7.1f / %7.1f   cpu %6.1f  %s\n", c.name,
                    static_cast<long long>(data.periods.size() * data.keys.size()), t.first,
                    t.median, t.worst, t.cpu, verdict(t.median));
        std::fflush(stdout);
    }
    return 0;
}
