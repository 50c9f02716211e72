// SPDX-License-Identifier: GPL-3.0-or-later
// The window on a large database, against the stock Qt approach (QSqlQueryModel +
// QSortFilterProxyModel) on the same database. Prints figures; asserts nothing.
//
//   bench_gui [DB] [--no-stock]  DB: a database to use (default: 100k synthetic notices, built once
//                           under /tmp/jikenbo-bench-100k.sqlite)
//   bench_gui --stock DB    (internal) the stock half, in a child process for its own RSS
#include "BenchSupport.h"
#include "IncidentTableView.h"
#include "MainWindow.h"
#include "classify/Classifier.h"
#include "classify/RuleSet.h"
#include "classify/Taxonomy.h"
#include "jobs/Importer.h"
#include "ingest/SyntheticCorpus.h"
#include "models/IncidentTableModel.h"
#include "store/Database.h"
#include "store/IncidentStore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QProcess>
#include <QSortFilterProxyModel>
#include <QSqlQuery>
#include <QSqlQueryModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QScrollBar>
#include <QTest>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace jikenbo;

namespace {

// Waits (processing events) until `done` holds; milliseconds taken.
template<typename F>
double waitFor(F done, int timeoutMs = 60000)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    return t.nsecsElapsed() / 1e6;
}


const QStringList queries{u"紛失"_s, u"cause:ransomware"_s, u"紛失 sector:medical"_s};
const char *const queryNames[] = {"free text (紛失)", "facet (cause:ransomware)", "both (紛失 sector:medical)"};

int runStock(const QString &dbPath)
{
    // The stock approach: every row loaded into QSqlQueryModel, sorted and filtered in memory.
    QElapsedTimer t;
    t.start();
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"stock"_s);
    db.setDatabaseName(dbPath);
    db.open();
    auto *model = new QSqlQueryModel;
    model->setQuery(u"SELECT case_id, announced_on, organization, title, cause, sector, affected, labels FROM incidents"_s, db);
    while (model->canFetchMore())
        model->fetchMore(); // a sort/filter proxy needs every row
    auto *proxy = new QSortFilterProxyModel;
    proxy->setSourceModel(model);
    proxy->setFilterKeyColumn(-1);
    QTableView view;
    view.setModel(proxy);
    view.setSortingEnabled(true);
    view.sortByColumn(1, Qt::DescendingOrder);
    view.resize(1366, 700);
    view.show();
    waitFor([&] { return view.isVisible(); });
    view.viewport()->repaint();
    const double launch = t.nsecsElapsed() / 1e6;
    QList<QList<double>> times(queries.size());
    for (int round = 0; round < 10; ++round) {
        for (int q = 0; q < queries.size(); ++q) {
            QElapsedTimer qt;
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
            times[q] << qt.nsecsElapsed() / 1e6;
            proxy->setFilterFixedString(QString());
        }
    }
    QElapsedTimer st;
    st.start();
    view.scrollToBottom();
    view.viewport()->repaint();
    const double scroll = st.nsecsElapsed() / 1e6;
    std::printf("STOCK %.1f %.1f %.1f %.1f %.1f %.1f %.1f %.1f %d\n", launch, bench::percentile(times[0], 0.5),
                bench::percentile(times[0], 0.95), bench::percentile(times[1], 0.5), bench::percentile(times[1], 0.95),
                bench::percentile(times[2], 0.5), bench::percentile(times[2], 0.95), scroll, int(bench::residentMb()));
    std::printf("STOCKSCROLL %.1f\n", scroll);
    return 0;
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
    const bool noStock = args.removeAll(u"--no-stock"_s) > 0;
    const QString dbPath = args.value(0, u"/tmp/jikenbo-bench-100k.sqlite"_s);
    if (!bench::ensureSyntheticDatabase(dbPath, 100000))
        return 1;

    // Jikenbo: launch to first rows painted.
    QElapsedTimer t;
    t.start();
    auto db = Database::open(dbPath);
    MainWindow::Options o;
    o.restoreSettings = false;
    MainWindow w(std::move(db).value(), o);
    w.resize(1366, 768);
    w.show();
    waitFor([&] { return w.model()->matchCount() > 0 && w.model()->recordAt(0); });
    w.table()->viewport()->repaint();
    const double launch = t.nsecsElapsed() / 1e6;
    const qint64 total = w.model()->matchCount();
    waitFor([&] { return false; }, 1500); // the facets and the Trends tab's first aggregation
    const double launchRss = bench::residentMb();
    const double launchAnon = bench::anonResidentMb();
    const double launchFile = bench::fileResidentMb();

    // Query to first rows painted, each query alternating with the full list.
    QList<QList<double>> times(queries.size());
    QList<qint64> matches(queries.size());
    for (int round = 0; round < 20; ++round) {
        for (int q = 0; q < queries.size(); ++q) {
            QElapsedTimer qt;
            qt.start();
            w.setQueryText(queries[q]);
            waitFor([&] { return !w.model()->isLoading(); });
            w.table()->viewport()->repaint();
            times[q] << qt.nsecsElapsed() / 1e6;
            matches[q] = w.model()->matchCount();
            w.setQueryText(QString());
            waitFor([&] { return !w.model()->isLoading(); });
        }
    }
    // Scroll to the end: the last rows painted with their data.
    QElapsedTimer st;
    st.start();
    w.table()->scrollToBottom();
    const int last = w.model()->rowCount() - 1;
    waitFor([&] {
        w.table()->viewport()->repaint();
        return w.model()->recordAt(last) != nullptr;
    });
    const double scroll = st.nsecsElapsed() / 1e6;
    // Browse: page through a few thousand rows.
    for (int i = 0; i < 40; ++i) {
        w.table()->verticalScrollBar()->setValue(w.table()->verticalScrollBar()->maximum() * i / 40);
        waitFor([&] { return true; });
        w.table()->viewport()->repaint();
    }
    const double rss = bench::residentMb();
    const double anon = bench::anonResidentMb();
    const double file = bench::fileResidentMb();

    // The stock approach, in a child process.
    QList<QByteArray> stock;
    if (!noStock) {
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(), {u"--stock"_s, dbPath});
        child.waitForFinished(600000);
        stock = child.readAllStandardOutput().split('\n').first().split(' ');
    }

    std::printf("bench_gui on %lld incidents (%s)\n", qlonglong(total), qPrintable(dbPath));
    std::printf("%-34s %10s %10s   %s\n", "", "jikenbo", "stock Qt", "target");
    std::printf("%-34s %8.0f ms %8s ms   <= 300 ms\n", "launch to first rows painted", launch, stock.value(1).constData());
    for (int q = 0; q < queries.size(); ++q) {
        std::printf("%-34s %5.1f/%5.1f %5s/%5s   p95 <= 50 ms, >= 10x faster  (%lld matches)\n",
                    qPrintable(QString::fromUtf8(queryNames[q]) + u" p50/p95 ms"_s), bench::percentile(times[q], 0.5),
                    bench::percentile(times[q], 0.95), stock.value(2 + 2 * q).constData(), stock.value(3 + 2 * q).constData(),
                    qlonglong(matches[q]));
    }
    std::printf("%-34s %8.0f ms %8s ms\n", "scroll to the end", scroll, stock.value(8).constData());
    std::printf("%-34s %8.0f MB %8s MB   <= 200 MB\n", "RSS after browsing", rss, stock.value(9).constData());
    std::printf("  of which heap %.0f MB, mapped files %.0f MB (after launch: %.0f MB = %.0f + %.0f)\n",
                anon, file, launchRss, launchAnon, launchFile);
    std::printf("(stock: every row loaded into QSqlQueryModel; free text filters titles only, it has no bodies)\n");
    return 0;
}
