// SPDX-License-Identifier: GPL-3.0-or-later
// The window on a large database, against the stock Qt approach (QSqlQueryModel +
// QSortFilterProxyModel) on the same database, each measurement of one taken right after the
// same measurement of the other (A B A B), so that a busy machine shows as noise in both
// columns. Prints figures; asserts nothing.
//
//   bench_gui [DB] [--count N] [--rounds R] [--no-stock] [--scroll-only]
//       DB: a database to use (default: N synthetic notices, N = 100000, built once under
//       /tmp/jikenbo-bench-<N/1000>k.sqlite); R: rounds of each measurement (default 10);
//       --scroll-only: no queries and no launches in new processes
//   bench_gui --stock DB    (internal) the stock half, in a child process for its own RSS,
//                           answering one command a line on its standard input
//   bench_gui --launch DB   (internal) the window launched in a new process: prints the time
//                           to its first rows painted, then quits
//   Launch is timed in this process first (the first launch after the database was written),
//   then in new processes, the window's and the stock model's in turn, R times each.
#include "BenchSupport.h"
#include "IncidentTableView.h"
#include "MainWindow.h"
#include "models/IncidentTableModel.h"
#include "models/QueryWorker.h"
#include "store/Database.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QProcess>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSqlQuery>
#include <QSqlQueryModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <memory>
#include <string>

using namespace Qt::StringLiterals;
using namespace jikenbo;
using bench::waitFor;

namespace {

const QStringList queries{u"紛失"_s, u"cause:ransomware"_s, u"紛失 sector:medical"_s};
const char *const queryNames[] = {"free text (紛失)", "facet (cause:ransomware)",
                                  "both (紛失 sector:medical)"};

// The stock approach: every row loaded into QSqlQueryModel, sorted and filtered in memory.
// Commands on stdin: "query I", "end", "bottom", "middle", "rss", "quit"; one answer a line.
int runStock(const QString &dbPath)
{
    QElapsedTimer t;
    t.start();
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"stock"_s);
    db.setDatabaseName(dbPath);
    db.open();
    auto *model = new QSqlQueryModel;
    model->setQuery(
        u"SELECT case_id, announced_on, organization, title, cause, sector, affected, labels FROM incidents"_s,
        db);
    while (model->canFetchMore())
        model->fetchMore(); // a sort/filter proxy needs every row
    auto *proxy = new QSortFilterProxyModel;
    proxy->setSourceModel(model);
    proxy->setFilterKeyColumn(-1);
    QTableView view;
    view.setModel(proxy);
    view.setSelectionBehavior(QAbstractItemView::SelectRows);
    view.setSortingEnabled(true);
    view.sortByColumn(1, Qt::DescendingOrder);
    view.resize(1366, 700);
    view.show();
    waitFor([&] { return view.isVisible(); });
    view.viewport()->repaint();
    std::printf("launch %.2f\n", t.nsecsElapsed() / 1e6);
    std::fflush(stdout);
    std::string line;
    while (std::getline(std::cin, line)) {
        const QString cmd = QString::fromStdString(line).trimmed();
        auto top = [&] {
            view.scrollToTop();
            view.setCurrentIndex(proxy->index(0, 0));
            view.viewport()->repaint();
        };
        QElapsedTimer qt;
        if (cmd.startsWith(u"query "_s)) {
            const int q = cmd.mid(6).toInt();
            qt.start();
            // Free text: the title column only (the stock model has no body to search).
            if (q == 1) {
                proxy->setFilterKeyColumn(4);
                proxy->setFilterFixedString(u"ransomware"_s);
            } else {
                proxy->setFilterKeyColumn(3);
                proxy->setFilterFixedString(u"紛失"_s);
            }
            view.viewport()->repaint();
            std::printf("%.2f\n", qt.nsecsElapsed() / 1e6);
            proxy->setFilterFixedString(QString());
        } else if (cmd == u"end"_s) {
            top();
            qt.start();
            QTest::keyClick(&view, Qt::Key_End,
                            Qt::ControlModifier); // End alone goes to the last column
            view.viewport()->repaint();
            std::printf("%.2f\n", qt.nsecsElapsed() / 1e6);
        } else if (cmd == u"bottom"_s || cmd == u"middle"_s) {
            top();
            QScrollBar *bar = view.verticalScrollBar();
            qt.start();
            bar->setValue(cmd == u"bottom"_s ? bar->maximum() : bar->maximum() / 2);
            view.viewport()->repaint();
            std::printf("%.2f\n", qt.nsecsElapsed() / 1e6);
        } else if (cmd == u"rss"_s) {
            std::printf("%.1f\n", bench::residentMb());
        } else {
            break;
        }
        std::fflush(stdout);
    }
    return 0;
}

// Launch to first rows painted: the database opened, the window shown, the first rows painted.
std::unique_ptr<MainWindow> launchWindow(const QString &dbPath, double *ms)
{
    QElapsedTimer t;
    t.start();
    auto db = Database::open(dbPath);
    if (!db.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error()));
        return nullptr;
    }
    MainWindow::Options o;
    o.restoreSettings = false;
    auto w = std::make_unique<MainWindow>(std::move(db).value(), o);
    w->resize(1366, 768);
    w->show();
    waitFor([&] { return w->model()->matchCount() > 0 && w->model()->recordAt(0); });
    w->table()->viewport()->repaint();
    *ms = t.nsecsElapsed() / 1e6;
    return w;
}

// A new process's launch, the window's (--launch) or the stock model's (--stock, told to quit
// once it has painted); -1 when it failed.
double launchInNewProcess(const QString &mode, const QString &dbPath)
{
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), {mode, dbPath});
    if (!child.waitForStarted())
        return -1;
    while (!child.canReadLine()) {
        if (!child.waitForReadyRead(600000))
            return -1;
    }
    const double ms = child.readLine().trimmed().split(' ').last().toDouble();
    child.write("quit\n");
    child.closeWriteChannel();
    child.waitForFinished(60000);
    return ms;
}

// The stock half in its child process.
class Stock
{
public:
    bool start(const QString &dbPath)
    {
        m_child.start(QCoreApplication::applicationFilePath(), {u"--stock"_s, dbPath});
        if (!m_child.waitForStarted())
            return false;
        m_launch = answer();
        return m_launch >= 0;
    }
    double ask(const QByteArray &command)
    {
        if (m_child.state() != QProcess::Running)
            return -1;
        m_child.write(command + '\n');
        return answer();
    }
    double launch() const { return m_launch; }
    ~Stock()
    {
        if (m_child.state() == QProcess::Running) {
            m_child.write("quit\n");
            m_child.waitForFinished(10000);
        }
    }

private:
    double answer()
    {
        while (!m_child.canReadLine()) {
            if (!m_child.waitForReadyRead(600000))
                return -1;
        }
        const QList<QByteArray> parts = m_child.readLine().trimmed().split(' ');
        return parts.last().toDouble();
    }
    QProcess m_child;
    double m_launch = -1;
};

struct Pair
{
    QList<double> ours, stock;
};

QString ms(const QList<double> &v, bool withP95 = true)
{
    if (v.isEmpty() || *std::min_element(v.begin(), v.end()) < 0)
        return u"-"_s;
    if (!withP95)
        return QString::number(bench::percentile(v, 0.5), 'f', 1);
    return QString::number(bench::percentile(v, 0.5), 'f', 1) + u"/"_s +
           QString::number(bench::percentile(v, 0.95), 'f', 1);
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QStringList args = app.arguments().mid(1);
    if (args.size() == 2 && args[0] == u"--stock"_s)
        return runStock(args[1]);
    if (args.size() == 2 && args[0] == u"--launch"_s) {
        double ms = -1;
        const auto window = launchWindow(args[1], &ms);
        std::printf("launch %.2f\n", ms);
        std::fflush(stdout);
        return window ? 0 : 1;
    }
    const bool noStock = args.removeAll(u"--no-stock"_s) > 0;
    // --scroll-only: launch, then the scrolling figures and the memory; no queries, no launches
    // in new processes (for profiling the scrolling).
    const bool scrollOnly = args.removeAll(u"--scroll-only"_s) > 0;
    int count = 100000;
    int rounds = 10;
    QString dbPath;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == u"--count"_s && i + 1 < args.size())
            count = args[++i].toInt();
        else if (args[i] == u"--rounds"_s && i + 1 < args.size())
            rounds = std::max(1, args[++i].toInt());
        else if (args[i].startsWith(u'-')) {
            std::fprintf(stderr, "usage: bench_gui [DB] [--count N] [--rounds R] [--no-stock] [--scroll-only]\n");
            return args[i] == u"--help"_s || args[i] == u"-h"_s ? 0 : 2;
        } else
            dbPath = args[i];
    }
    if (dbPath.isEmpty())
        dbPath = u"/tmp/jikenbo-bench-%1k.sqlite"_s.arg(count / 1000);
    if (!bench::ensureSyntheticDatabase(dbPath, count))
        return 1;
    const QString loadBefore = bench::machineLine();

    // Jikenbo: launch to first rows painted (then the stock model's, one after the other).
    double launch = -1;
    const std::unique_ptr<MainWindow> window = launchWindow(dbPath, &launch);
    if (!window)
        return 1;
    MainWindow &w = *window;
    const qint64 total = w.model()->matchCount();
    waitFor([&] { return false; }, 1500); // the facets and the Trends tab's first aggregation
    const double launchRss = bench::residentMb();
    const double launchAnon = bench::anonResidentMb();
    const double launchFile = bench::fileResidentMb();
    Stock stock;
    const bool haveStock = !noStock && stock.start(dbPath);

    // Query to first rows painted, each query alternating with the full list, and the stock
    // model's filter right after each.
    QList<Pair> times(queries.size());
    QList<QList<double>> facetTimes(queries.size());
    QList<qint64> matches(queries.size());
    quint64 facetsFor = 0; // the generation whose facets the panel was last given
    QObject::connect(w.worker(), &QueryWorker::facetsReady, &w,
                     [&facetsFor](quint64 gen, const FacetCounts &) { facetsFor = gen; });
    for (int round = 0; round < (scrollOnly ? 0 : 2 * rounds); ++round) {
        for (int q = 0; q < queries.size(); ++q) {
            QElapsedTimer qt;
            qt.start();
            w.setQueryText(queries[q]);
            waitFor([&] { return !w.model()->isLoading(); });
            w.table()->viewport()->repaint();
            times[q].ours << qt.nsecsElapsed() / 1e6;
            matches[q] = w.model()->matchCount();
            // The facet counts come after the first rows, from the same worker.
            waitFor([&] { return facetsFor == w.model()->latestGeneration(); });
            facetTimes[q] << qt.nsecsElapsed() / 1e6;
            w.setQueryText(QString());
            waitFor([&] { return !w.model()->isLoading(); });
            if (haveStock)
                times[q].stock << stock.ask("query " + QByteArray::number(q));
        }
    }

    // Scrolling the whole list: a fresh result each time (no rows of an earlier scroll kept),
    // the view at the top, then the End key, the scroll bar dragged to the bottom, or to the
    // middle; timed until the rows in view are painted with their data.
    IncidentTableView *table = w.table();
    auto rowsInView = [&] {
        const int first = table->rowAt(0);
        int last = table->rowAt(table->viewport()->height() - 1);
        if (last < 0)
            last = w.model()->rowCount() - 1;
        return first >= 0 && w.model()->recordAt(first) && w.model()->recordAt(last);
    };
    // The view goes to the top before the reload: left where the last scroll put it (the
    // middle), it would ask the new result for the rows there, and that request would still be
    // running when the next scroll is timed.
    auto fresh = [&] {
        table->scrollToTop();
        w.model()->reload();
        waitFor([&] { return !w.model()->isLoading(); });
        table->scrollToTop();
        table->setCurrentIndex(w.model()->index(0, IncidentTableModel::Title));
        table->setFocus();
        table->viewport()->repaint();
    };
    const struct
    {
        const char *name;
        QByteArray command;
    } scrolls[] = {{"End key to the last row", "end"},
                   {"scroll bar to the bottom", "bottom"},
                   {"scroll bar to the middle", "middle"}};
    QList<Pair> scrollTimes(std::size(scrolls));
    for (int round = 0; round < rounds; ++round) {
        for (size_t s = 0; s < std::size(scrolls); ++s) {
            fresh();
            QElapsedTimer st;
            st.start();
            if (scrolls[s].command == "end") {
                QTest::keyClick(table, Qt::Key_End);
            } else {
                QScrollBar *bar = table->verticalScrollBar();
                bar->setValue(scrolls[s].command == "bottom" ? bar->maximum() : bar->maximum() / 2);
            }
            waitFor([&] {
                table->viewport()->repaint();
                return rowsInView();
            });
            scrollTimes[s].ours << st.nsecsElapsed() / 1e6;
            if (scrolls[s].command == "end" &&
                table->currentIndex().row() != w.model()->rowCount() - 1)
                std::fprintf(stderr, "End did not reach the last row (row %d)\n",
                             table->currentIndex().row());
            if (haveStock)
                scrollTimes[s].stock << stock.ask(scrolls[s].command);
        }
    }
    // Browse: page through a few thousand rows.
    for (int i = 0; i < 40; ++i) {
        table->verticalScrollBar()->setValue(table->verticalScrollBar()->maximum() * i / 40);
        waitFor([&] { return true; });
        table->viewport()->repaint();
    }
    const double rss = bench::residentMb();
    const double anon = bench::anonResidentMb();
    const double file = bench::fileResidentMb();
    const double stockRss = haveStock ? stock.ask("rss") : -1;

    // Launch again in new processes, the window's and the stock model's in turn.
    // (After the window's own facet counts for the last list are in: they are counted on two
    // threads, which would share the cores with the new process.)
    waitFor([&] { return facetsFor == w.model()->latestGeneration(); });
    Pair launches;
    for (int round = 0; round < (scrollOnly ? 0 : rounds); ++round) {
        launches.ours << launchInNewProcess(u"--launch"_s, dbPath);
        if (haveStock)
            launches.stock << launchInNewProcess(u"--stock"_s, dbPath);
    }

    std::printf("bench_gui on %lld incidents (%s), %d rounds, each figure p50/p95 ms\n",
                qlonglong(total), qPrintable(dbPath), rounds);
    std::printf("before: %s\nafter:  %s\n", qPrintable(loadBefore),
                qPrintable(bench::machineLine()));
    std::printf("%-36s %13s %13s   %s\n", "", "jikenbo", "stock Qt", "target");
    std::printf("%-36s %13.0f %13s   <= 300 ms\n", "launch to first rows painted", launch,
                haveStock ? qPrintable(QString::number(stock.launch(), 'f', 0)) : "-");
    std::printf("%-36s %13s %13s   <= 300 ms  (%d new processes each, in turn)\n",
                "  again, in a new process", qPrintable(ms(launches.ours)),
                haveStock ? qPrintable(ms(launches.stock)) : "-", rounds);
    for (int q = 0; q < queries.size(); ++q) {
        std::printf("%-36s %13s %13s   p95 <= 50 ms, >= 10x faster  (%lld matches)\n",
                    qPrintable(QString::fromUtf8(queryNames[q])), qPrintable(ms(times[q].ours)),
                    qPrintable(ms(times[q].stock)), qlonglong(matches[q]));
        std::printf("%-36s %13s %13s   1M: <= 200 ms\n", "  and its facet counts",
                    qPrintable(ms(facetTimes[q])), "-");
    }
    for (size_t s = 0; s < std::size(scrolls); ++s) {
        std::printf("%-36s %13s %13s   %s\n", scrolls[s].name, qPrintable(ms(scrollTimes[s].ours)),
                    qPrintable(ms(scrollTimes[s].stock)), s < 2 ? "p95 <= 50 ms" : "");
    }
    std::printf("%-36s %10.0f MB %10s MB   <= 200 MB\n", "RSS after browsing", rss,
                stockRss < 0 ? "-" : qPrintable(QString::number(stockRss, 'f', 0)));
    std::printf(
        "  of which heap %.0f MB, mapped files %.0f MB (after launch: %.0f MB = %.0f + %.0f)\n",
        anon, file, launchRss, launchAnon, launchFile);
    std::printf("(stock: every row loaded into QSqlQueryModel; free text filters titles only, it "
                "has no bodies)\n");
    return 0;
}
