// SPDX-License-Identifier: GPL-3.0-or-later
// The replica of the blog, by hand:
//
//   blog_replica PORT PAGES... [--latency MS] [--short] [--synthetic N]
//
// serves the posts of the text pages (files, or folders of *.txt: ../shared/seeds,
// ../shared/dev/pages) as Blogger serves its feed, on http://127.0.0.1:PORT/feeds/posts/default,
// until it is stopped (Ctrl+C). Then, for instance:
//
//   jikenbo-cli --db /tmp/replica.sqlite sync --url http://127.0.0.1:PORT/feeds/posts/default
#include "BlogReplica.h"
#include "ingest/PostParser.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace jikenbo;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Serves text pages of the blog as a Blogger feed on 127.0.0.1 (a replica for tests)."_s);
    parser.addHelpOption();
    parser.addPositionalArgument(u"PORT"_s, u"port on 127.0.0.1 (0: any free port)"_s);
    parser.addPositionalArgument(u"PAGES"_s, u"text pages of the blog, or folders of them"_s,
                                 u"PAGES..."_s);
    const QCommandLineOption latency(u"latency"_s, u"answer each request this much later"_s,
                                     u"MS"_s, u"0"_s);
    const QCommandLineOption shortFeed(u"short"_s,
                                       u"the feed gives summaries (/feeds/posts/full does not)"_s);
    const QCommandLineOption synthetic(u"synthetic"_s, u"also N synthetic notices"_s, u"N"_s,
                                       u"0"_s);
    parser.addOptions({latency, shortFeed, synthetic});
    parser.process(app);
    QTextStream err(stderr);
    QTextStream out(stdout);
    const QStringList args = parser.positionalArguments();
    bool ok = false;
    const int port = args.value(0).toInt(&ok);
    if (!ok || port < 0 || port > 65535 ||
        (args.size() < 2 && parser.value(synthetic).toInt() <= 0)) {
        err << "blog_replica: usage: blog_replica PORT PAGES... [--latency MS] [--short] "
               "[--synthetic N]"
            << Qt::endl;
        return 1;
    }
    QList<test::FakePost> posts;
    if (args.size() > 1) {
        const auto read = test::BlogReplica::postsFromPages(args.mid(1));
        if (!read.ok()) {
            err << "blog_replica: " << read.error() << Qt::endl;
            return 1;
        }
        posts = read.value();
    }
    posts += test::BlogReplica::syntheticPosts(parser.value(synthetic).toInt());
    test::BlogReplica replica;
    replica.setPosts(posts);
    replica.setLatency(parser.value(latency).toInt());
    replica.setShortFeed(parser.isSet(shortFeed));
    if (!replica.start(quint16(port))) {
        err << "blog_replica: cannot listen on 127.0.0.1:" << port << Qt::endl;
        return 1;
    }
    int notices = 0;
    for (const test::FakePost &p : std::as_const(posts)) {
        ParsedPost marker;
        notices += PostParser::parseMarker(p.title, marker);
    }
    out << "blog_replica: " << posts.size() << " posts (" << notices << " incident notices) at "
        << replica.feedUrl().toString() << Qt::endl
        << "  also " << replica.blogspotFeedUrl().toString() << " (301 to the above)" << Qt::endl;
    return app.exec();
}
