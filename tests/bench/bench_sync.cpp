// SPDX-License-Identifier: GPL-3.0-or-later
// Sync benchmark: a full sync of a replica of the blog holding N synthetic notices, with added
// latency on every request, against a bare loop that only downloads the same pages in the same
// run (interleaved: sync, download, sync, download). Then an incremental sync that finds 20
// new posts, with its number of requests.
//
//   bench_sync [--count N] [--latency MS] [--rounds R]     defaults: 3000, 50, 2
#include "BenchSupport.h"
#include "BlogReplica.h"
#include "classify/Classifier.h"
#include "classify/RuleSet.h"
#include "classify/Taxonomy.h"
#include "store/Database.h"
#include "sync/HttpFetcher.h"
#include "sync/FeedSync.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace jikenbo;

namespace {

struct Run
{
    double seconds = 0;
    int requests = 0;
    int added = 0;
    QString status;
    QString error;
};

Run syncOnce(test::BlogReplica &replica, const QString &dbPath, bool full)
{
    Run r;
    auto db = Database::open(dbPath);
    if (!db.ok()) {
        r.error = db.error();
        return r;
    }
    const Classifier classifier(Taxonomy::builtIn(), RuleSet::builtIn());
    SyncOptions o;
    o.feedUrl = replica.feedUrl();
    o.full = full;
    replica.clearRequests();
    QElapsedTimer t;
    t.start();
    FeedSync job(*db.value(), classifier, o);
    const SyncSummary s = job.run();
    r.seconds = t.nsecsElapsed() / 1e9;
    r.requests = int(replica.requests().size());
    r.added = s.import.added;
    r.status = s.status;
    if (!s.import.errors.isEmpty())
        r.error = s.import.errors.first().message;
    return r;
}

// The same pages, only downloaded (with the sync's own HTTP client, so that both pay the same
// for the network).
Run downloadOnly(test::BlogReplica &replica, const QList<QUrl> &urls)
{
    Run r;
    HttpFetcher fetcher{HttpOptions{}};
    replica.clearRequests();
    QElapsedTimer t;
    t.start();
    qint64 bytes = 0;
    for (const QUrl &u : urls) {
        const auto got = fetcher.get(u);
        if (!got.ok()) {
            r.error = got.error();
            break;
        }
        bytes += got->body.size();
    }
    r.seconds = t.nsecsElapsed() / 1e9;
    r.requests = int(replica.requests().size());
    r.status = u"%1 MB"_s.arg(bytes / 1e6, 0, 'f', 1);
    return r;
}

int intOption(const QStringList &args, const QString &name, int fallback)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args[i + 1].toInt() : fallback;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int count = intOption(args, u"--count"_s, 3000);
    const int latency = intOption(args, u"--latency"_s, 50);
    const int rounds = std::max(1, intOption(args, u"--rounds"_s, 2));
    if (count <= 0 || latency < 0) {
        std::fprintf(stderr, "usage: bench_sync [--count N] [--latency MS] [--rounds R]\n");
        return 1;
    }

    std::printf("bench_sync: %d posts, %d ms added per request, %d rounds; %s\n", count, latency,
                rounds, qPrintable(bench::machineLine()));
    std::fflush(stdout);

    test::BlogReplica replica;
    replica.setPosts(test::BlogReplica::syntheticPosts(count));
    replica.setLatency(latency);
    if (!replica.start()) {
        std::fprintf(stderr, "bench_sync: cannot start the replica\n");
        return 2;
    }
    QTemporaryDir tmp;

    // A first sync, only to learn the pages it asks for.
    QList<QUrl> pages;
    {
        const Run warm = syncOnce(replica, tmp.filePath(u"warm.sqlite"_s), true);
        if (!warm.error.isEmpty()) {
            std::fprintf(stderr, "bench_sync: %s\n", qPrintable(warm.error));
            return 2;
        }
        for (const auto &r : replica.requests())
            pages << replica.url(QString::fromLatin1(r.target));
    }

    QList<double> syncs, downloads;
    std::printf("%-6s %-22s %10s %9s %8s\n", "round", "what", "seconds", "requests", "added");
    for (int i = 0; i < rounds; ++i) {
        const Run a = syncOnce(replica, tmp.filePath(u"full-%1.sqlite"_s.arg(i)), true);
        if (!a.error.isEmpty() || a.status != u"ok"_s) {
            std::fprintf(stderr, "bench_sync: sync %s: %s\n", qPrintable(a.status),
                         qPrintable(a.error));
            return 2;
        }
        std::printf("%-6d %-22s %10.2f %9d %8d\n", i + 1, "full sync", a.seconds, a.requests,
                    a.added);
        const Run b = downloadOnly(replica, pages);
        if (!b.error.isEmpty()) {
            std::fprintf(stderr, "bench_sync: download: %s\n", qPrintable(b.error));
            return 2;
        }
        std::printf("%-6d %-22s %10.2f %9d %8s\n", i + 1, "bare download (base)", b.seconds,
                    b.requests, qPrintable(b.status));
        std::fflush(stdout);
        syncs << a.seconds;
        downloads << b.seconds;
    }
    std::sort(syncs.begin(), syncs.end());
    std::sort(downloads.begin(), downloads.end());
    const double sync = syncs[syncs.size() / 2], bare = downloads[downloads.size() / 2];
    std::printf("full sync of %d posts: median %.2f s (target < 60 s: %s); bare download "
                "median %.2f s; ratio %.2fx (target <= 1.5x: %s)\n",
                count, sync, sync < 60 ? "met" : "NOT met", bare, sync / bare,
                sync / bare <= 1.5 ? "met" : "NOT met");

    // Incremental: 20 new posts since the last sync.
    const QString db = tmp.filePath(u"full-0.sqlite"_s);
    for (const test::FakePost &p : test::BlogReplica::syntheticPosts(20, count))
        replica.addPost(p);
    const Run inc = syncOnce(replica, db, false);
    std::printf("incremental sync finding 20 new posts: %d added, %d request(s) (target <= 3: "
                "%s), %.2f s\n",
                inc.added, inc.requests, inc.requests <= 3 ? "met" : "NOT met", inc.seconds);
    std::printf("after: %s\n", qPrintable(bench::machineLine()));
    return 0;
}
