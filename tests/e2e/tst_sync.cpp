// SPDX-License-Identifier: GPL-3.0-or-later
// Feed sync against a real HTTP server on 127.0.0.1 serving a fictional Blogger blog: paging,
// incremental syncs, the change log, every failure (each leaves the database as it was before
// the failing page), resume after an interruption, the worker thread and jikenbo-cli sync.
#include "FakeBlog.h"
#include "TestHttpServer.h"
#include "TestSupport.h"
#include "classify/Classifier.h"
#include "classify/RuleSet.h"
#include "classify/Taxonomy.h"
#include "ingest/AtomFeedReader.h"
#include "store/Database.h"
#include "store/IncidentStore.h"
#include "store/SyncLog.h"
#include "sync/FeedSync.h"
#include "classify/ActiveRules.h"
#include "jobs/JobRunner.h"
#include "jobs/SyncJob.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimeZone>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace jikenbo;
using test::FakeBlog;
using test::FakePost;
using test::HttpReply;
using test::HttpRequest;

namespace {

QDateTime jst(int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2025, month, day), QTime(hour, minute), QTimeZone(9 * 3600));
}

FakePost post(const QString &id, const QString &title, const QString &html,
              const QStringList &labels, const QDateTime &published, const QDateTime &updated)
{
    FakePost p;
    p.postId = id;
    p.title = title;
    p.html = html;
    p.labels = labels;
    p.published = published;
    p.updated = updated;
    return p;
}

// The blog before the first sync: six posts, one of them not an incident notice.
QList<FakePost> firstState()
{
    return {
        post(
            u"101"_s,
            u"【セキュリティ事件簿#2025-101】株式会社ミナトメディカルサービス 検査結果の誤送信について 2025/3/10"_s,
            u"<div>株式会社ミナトメディカルサービス</div><div><br></div><p>受診者様32名分の検査結果を記載した電子メールを、誤って別の受診者様へ送信しました。</p>"_s,
            {u"インシデント：誤送信"_s}, jst(3, 10, 9), jst(3, 10, 10)),
        post(u"102"_s, u"春の港町散歩と喫茶店めぐり"_s, u"海沿いの喫茶店を三軒まわりました。"_s,
             {u"日記"_s}, jst(3, 9, 20), jst(3, 9, 20, 10)),
        post(
            u"103"_s,
            u"【セキュリティ事件簿#2025-102】霧ヶ丘市立図書館 利用者情報を記録したUSBメモリの紛失について 2025年3月8日"_s,
            u"霧ヶ丘市立図書館において、利用者の氏名と電話番号を記録したUSBメモリを紛失しました。<br><br>現時点で不正利用は確認されておりません。"_s,
            {u"インシデント:紛失"_s}, jst(3, 8, 12), jst(3, 8, 12, 30)),
        post(
            u"104"_s,
            u"【セキュリティ事件簿#2025-099】株式会社アオバ通販 不正アクセスによる個人情報漏えいについて 2025/3/1"_s,
            u"<p>当社通販サイトのサーバーが第三者による不正アクセスを受け、お客様情報が漏えいした可能性があります。</p>"_s,
            {u"インシデント:不正アクセス"_s}, jst(3, 1, 15), jst(3, 1, 15)),
        post(
            u"105"_s,
            u"【セキュリティ事件簿#2025-099】株式会社アオバ通販 不正アクセスに関する調査結果のご報告 2025/3/5"_s,
            u"<p>第三者機関による調査の結果、お客様2,310名の情報が漏えいしたことを確認しました。</p>"_s,
            {u"インシデント:不正アクセス"_s}, jst(3, 5, 11), jst(3, 5, 11)),
        post(
            u"106"_s,
            u"【セキュリティ事件簿#2025-090】一般社団法人しらさぎ観光協会 会員様へのメール誤送信について 2025/2/20"_s,
            u"<p>会員様へのお知らせメールを、TOに全員のアドレスを入れて送信しました。</p>"_s, {},
            jst(2, 20, 9), jst(2, 20, 9)),
    };
}

// What the blog looks like later: one new post, one edited, one relabelled, one renamed.
QList<FakePost> secondState()
{
    QList<FakePost> posts = firstState();
    for (FakePost &p : posts) {
        if (p.postId == u"103"_s) {
            p.html += u"<p>対象は利用者1,204名です。</p>"_s;
            p.updated = jst(3, 11, 9);
        } else if (p.postId == u"104"_s) {
            p.labels << u"インシデント：ランサムウェア"_s;
            p.updated = jst(3, 11, 12);
        } else if (p.postId == u"106"_s) {
            p.title =
                u"【セキュリティ事件簿#2025-090】一般社団法人しらさぎ観光協会 会員様へのメールの誤送信について 2025/2/20"_s;
            p.updated = jst(3, 11, 15);
        }
    }
    posts << post(
        u"107"_s,
        u"【セキュリティ事件簿#2025-103】市立こもれび病院 患者情報を含むノートパソコンの盗難について 2025/3/12"_s,
        u"<p>職員の車内から、患者様85名分の情報を含むノートパソコンが盗まれました。</p>"_s,
        {u"インシデント:盗難"_s}, jst(3, 12, 8), jst(3, 12, 8));
    return posts;
}

bool copyFile(const QString &from, const QString &to)
{
    QFile::remove(to);
    return QFile::copy(from, to);
}

} // namespace

class TestSync : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    test::TestHttpServer m_server;
    FakeBlog m_blog;
    QString m_afterFirstSync; // a database as the first sync left it

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QUrl feedUrl() const { return m_server.url(u"/feeds/posts/default"_s); }

    void serveBlog(const QList<FakePost> &posts)
    {
        m_blog.posts = posts;
        const FakeBlog blog = m_blog;
        const QString base = feedUrl().toString();
        m_server.setHandler([blog, base](const HttpRequest &r) { return blog.serve(r, base); });
        m_server.clearRequests();
    }

    static SyncOptions fastOptions(const QUrl &url)
    {
        SyncOptions o;
        o.feedUrl = url;
        o.pageSize = 3;
        // Generous for a loaded machine; tests of timeouts shorten them.
        o.http.connectTimeoutMs = 3000;
        o.http.readTimeoutMs = 3000;
        o.http.backoffMs = 10;
        return o;
    }

    SyncSummary sync(const QString &dbPath, const SyncOptions &options,
                     const FeedSync::ProgressFn &progress = {},
                     const std::atomic_bool *cancel = nullptr)
    {
        auto db = test::openDb(dbPath);
        if (!db)
            return {};
        const Classifier c(Taxonomy::builtIn(), RuleSet::builtIn());
        FeedSync job(*db, c, options);
        return job.run(progress, cancel);
    }

    SyncSummary sync(const QString &dbPath) { return sync(dbPath, fastOptions(feedUrl())); }

    static int count(const QString &dbPath, const QString &sql)
    {
        auto db = test::openDb(dbPath);
        QSqlQuery q(db->sql());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toInt();
    }

    static QStringList changes(const SyncSummary &s)
    {
        QStringList out;
        for (const SyncChange &c : s.changes)
            out << c.change + u' ' + c.key.section(u'-', 0, 1);
        out.sort();
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_server.start());
    }

    void firstAndIncrementalSyncs()
    {
        const QString db = path(u"sync.sqlite"_s);
        serveBlog(firstState());
        SyncSummary s = sync(db);
        QVERIFY2(s.import.errors.isEmpty(), qPrintable(s.import.errors.value(0).message));
        QCOMPARE(s.status, u"ok"_s);
        QCOMPARE(s.pages, 2);
        QCOMPARE(s.import.added, 5);
        QCOMPARE(s.import.skippedPosts, 1);
        QCOMPARE(s.changes.size(), 5);
        QVERIFY(!s.resumed);

        // Blogger's paging: ordered by updated time, start-index and max-results.
        const auto requests = m_server.requests();
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests[0].query.queryItemValue(u"orderby"_s), u"updated"_s);
        QVERIFY(!requests[0].query.hasQueryItem(u"updated-min"_s));
        QCOMPARE(requests[0].query.queryItemValue(u"start-index"_s), u"1"_s);
        QCOMPARE(requests[0].query.queryItemValue(u"max-results"_s), u"3"_s);
        QCOMPARE(requests[1].query.queryItemValue(u"start-index"_s), u"4"_s);

        {
            auto handle = test::openDb(db);
            IncidentStore store(*handle);
            // A label with a full-width colon decides the cause.
            const auto mis = store.byCaseId(u"2025-101"_s, true);
            QCOMPARE(mis->size(), 1);
            const IncidentRecord &r = mis->first();
            QCOMPARE(r.cause, u"mis_operation"_s);
            QCOMPARE(r.causeOrigin, u"label"_s);
            QCOMPARE(r.labels, QStringList{u"インシデント:誤送信"_s});
            QCOMPARE(r.postedOn, QDate(2025, 3, 10));
            QCOMPARE(r.announcedOn, QDate(2025, 3, 10));
            QCOMPARE(r.sourceUrl, u"https://fictional-notes.example/2025/03/101.html"_s);
            QVERIFY(r.body.startsWith(u"株式会社ミナトメディカルサービス\n\n受診者様32名分"_s));
            // The follow-up is linked to the notice it follows.
            const auto aoba = store.byCaseId(u"2025-099"_s);
            QCOMPARE(aoba->size(), 2);
            QVERIFY(!aoba->at(0).followUp);
            QVERIFY(aoba->at(1).followUp);
            QCOMPARE(aoba->at(1).followUpOfKey, aoba->at(0).key);
            QCOMPARE(aoba->at(1).affected.value_or(0), 2310);
            // A note on the post that will be renamed.
            const auto shira = store.byCaseId(u"2025-090"_s);
            QVERIFY(store.setNote(shira->first().key, u"会員向け説明会を確認"_s).ok());
            QSqlQuery q(handle->sql());
            QVERIFY(q.exec(
                u"SELECT source_updated, source_post_id FROM incidents WHERE case_id = '2025-101'"_s));
            QVERIFY(q.next());
            QCOMPARE(QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs),
                     jst(3, 10, 10));
            QCOMPARE(q.value(1).toString(), FakeBlog::entryId(u"101"_s));
        }
        QVERIFY(copyFile(db, path(u"after-first.sqlite"_s)));
        m_afterFirstSync = path(u"after-first.sqlite"_s);

        // Second sync: only what is new or changed since the newest post of the first, with
        // five minutes of overlap.
        serveBlog(secondState());
        s = sync(db);
        QVERIFY2(s.import.errors.isEmpty(), qPrintable(s.import.errors.value(0).message));
        QCOMPARE(s.status, u"ok"_s);
        QVERIFY(!s.fullPass);
        QCOMPARE(m_server.requests().first().query.queryItemValue(u"updated-min"_s),
                 u"2025-03-10T00:55:00.000Z"_s);
        QCOMPARE(m_server.requests().first().query.queryItemValue(u"redirect"_s), u"false"_s);
        QCOMPARE(s.import.added, 1);
        QCOMPARE(s.import.updated, 3);
        QCOMPARE(s.import.unchanged,
                 1); // the newest post of the first sync (updated-min is inclusive)
        QCOMPARE(s.import.skippedPosts, 0);
        QCOMPARE(s.pages, 2);
        QCOMPARE(changes(s), (QStringList{u"edited 2025-090"_s, u"edited 2025-102"_s,
                                          u"new 2025-103"_s, u"relabelled 2025-099"_s}));
        QCOMPARE(count(db, u"SELECT count(*) FROM incidents"_s), 6);
        {
            auto handle = test::openDb(db);
            IncidentStore store(*handle);
            const auto shira = store.byCaseId(u"2025-090"_s);
            QCOMPARE(shira->size(), 1); // renamed in place, not duplicated
            QVERIFY(shira->first().title.contains(u"メールの誤送信"_s));
            QCOMPARE(shira->first().note, u"会員向け説明会を確認"_s);
            const auto aoba = store.byCaseId(u"2025-099"_s);
            QVERIFY(aoba->first().labels.contains(u"インシデント:ランサムウェア"_s));
            const auto lib = store.byCaseId(u"2025-102"_s);
            QCOMPARE(lib->first().affected.value_or(0), 1204);
            // The change log of the run.
            SyncLog log(*handle);
            const auto runs = log.runs();
            QCOMPARE(runs->size(), 2);
            QCOMPARE(runs->first().status, u"ok"_s);
            QCOMPARE(runs->first().added, 1);
            QCOMPARE(runs->first().updated, 3);
            QCOMPARE(runs->first().pages, 2);
            QCOMPARE(log.changes(runs->first().id)->size(), 4);
            QCOMPARE(log.changes(s.runId)->size(), 4);
        }

        // Third: nothing newer.
        m_server.clearRequests();
        s = sync(db);
        QCOMPARE(s.status, u"ok"_s);
        QCOMPARE(s.import.added, 0);
        QCOMPARE(s.import.updated, 0);
        QCOMPARE(s.import.unchanged, 1);
        QVERIFY(s.changes.isEmpty());
        QCOMPARE(s.pages, 1);
        QCOMPARE(m_server.requests().first().query.queryItemValue(u"updated-min"_s),
                 u"2025-03-11T22:55:00.000Z"_s);
    }

    // A server that ignores updated-min: the sync stops at the first older entry.
    void serverIgnoringUpdatedMin()
    {
        QVERIFY(!m_afterFirstSync.isEmpty());
        const QString db = path(u"ignore.sqlite"_s);
        QVERIFY(copyFile(m_afterFirstSync, db));
        FakeBlog blog;
        blog.posts = secondState();
        const QString base = feedUrl().toString();
        m_server.setHandler([blog, base](const HttpRequest &r) {
            QUrlQuery q = r.query;
            q.removeAllQueryItems(u"updated-min"_s);
            return HttpReply::ok(blog.feedPage(q, base));
        });
        m_server.clearRequests();
        const SyncSummary s = sync(db);
        QCOMPARE(s.status, u"ok"_s);
        QCOMPARE(s.import.added, 1);
        QCOMPARE(s.import.updated, 3);
        QCOMPARE(m_server.requests().size(), 2); // page 2 holds older posts: stop there
    }

    // The blog's addresses: its feed by default, a label's feed percent-encoded, the full
    // projection, one post's feed.
    void feedUrls()
    {
        QCOMPARE(FeedSync::defaultFeedUrl().toString(),
                 u"https://blog.b-son.net/feeds/posts/default"_s);
        const QUrl blog = FeedSync::defaultFeedUrl();
        QCOMPARE(FeedSync::labelFeedUrl(blog, u"インシデント：誤操作"_s).toEncoded(),
                 QByteArray("https://blog.b-son.net/feeds/posts/default/-/"
                            "%E3%82%A4%E3%83%B3%E3%82%B7%E3%83%87%E3%83%B3%E3%83%88%EF%BC%9A"
                            "%E8%AA%A4%E6%93%8D%E4%BD%9C"));
        QCOMPARE(FeedSync::labelFeedUrl(blog, u"Q&A #1/2?"_s).toEncoded(),
                 QByteArray("https://blog.b-son.net/feeds/posts/default/-/Q%26A%20%231%2F2%3F"));
        // A label of a label feed replaces it.
        QCOMPARE(FeedSync::labelFeedUrl(FeedSync::labelFeedUrl(blog, u"a"_s), u"b"_s).toEncoded(),
                 QByteArray("https://blog.b-son.net/feeds/posts/default/-/b"));
        QCOMPARE(FeedSync::fullProjectionUrl(blog).toString(),
                 u"https://blog.b-son.net/feeds/posts/full"_s);
        QVERIFY(FeedSync::fullProjectionUrl(FeedSync::fullProjectionUrl(blog)).isEmpty());
        QCOMPARE(FeedSync::entryUrl(blog, u"tag:blogger.com,1999:blog-12.post-345"_s).toString(),
                 u"https://blog.b-son.net/feeds/posts/default/345"_s);
        QVERIFY(FeedSync::isWholeBlogFeed(blog));
        QVERIFY(!FeedSync::isWholeBlogFeed(FeedSync::labelFeedUrl(blog, u"a"_s)));
        const QUrl page = FeedSync::pageUrl(blog, u"2025-03-10T00:55:00.000Z"_s, 151, 150);
        const QUrlQuery q(page);
        QCOMPARE(q.queryItemValue(u"orderby"_s), u"updated"_s);
        QCOMPARE(q.queryItemValue(u"start-index"_s), u"151"_s);
        QCOMPARE(q.queryItemValue(u"max-results"_s), u"150"_s);
        QCOMPARE(q.queryItemValue(u"redirect"_s), u"false"_s);
    }

    // openSearch:totalResults is only a hint: a feed that claims more than it has stops at the
    // page without a `next` link; one that claims fewer goes on while `next` links come.
    void totalResultsIsOnlyAHint()
    {
        FakeBlog blog;
        blog.posts = firstState();
        const QString base = feedUrl().toString();
        for (const int claimed : {1000, 2}) {
            const QString db = path(u"hint-%1.sqlite"_s.arg(claimed));
            m_server.setHandler([blog, base, claimed](const HttpRequest &r) {
                HttpReply reply = blog.serve(r, base);
                reply.body = QString::fromUtf8(reply.body)
                                 .replace(QRegularExpression(u"<openSearch:totalResults>\\d+"_s),
                                          u"<openSearch:totalResults>%1"_s.arg(claimed))
                                 .toUtf8();
                return reply;
            });
            m_server.clearRequests();
            const SyncSummary s = sync(db);
            QVERIFY2(s.import.errors.isEmpty(), qPrintable(s.import.errors.value(0).message));
            QCOMPARE(s.status, u"ok"_s);
            QCOMPARE(s.import.added, 5);
            QCOMPARE(m_server.requests().size(), 2); // 3 + 3 entries, the second page has no next
        }
    }

    // One post's feed (the root is the <entry>) reads as a feed of that entry.
    void singleEntryDocument()
    {
        FakeBlog blog;
        blog.posts = firstState();
        HttpRequest r;
        r.path = u"/feeds/posts/default/103"_s;
        const HttpReply reply = blog.serve(r, feedUrl().toString());
        QCOMPARE(reply.status, 200);
        const auto feed = AtomFeedReader::read(reply.body);
        QVERIFY2(feed.ok(), qPrintable(feed.error()));
        QCOMPARE(feed->entries.size(), 1);
        QCOMPARE(feed->entries.first().id, FakeBlog::entryId(u"103"_s));
        QVERIFY(feed->entries.first().hasContent);
        r.path = u"/feeds/posts/default/999"_s;
        QCOMPARE(blog.serve(r, feedUrl().toString()).status, 404);
    }

    // Every failure: a one-line error naming the page URL, nothing written from that page.
    void failures_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("says");
        QTest::addColumn<int>(
            "requests"); // -1: not checked (Qt may resend a GET whose connection broke)
        QTest::newRow("500") << u"500"_s
                             << u"HTTP 500 Internal Server Error (gave up after 4 attempt(s))"_s
                             << 4;
        QTest::newRow("404") << u"404"_s << u"HTTP 404 Not Found"_s << 1;
        QTest::newRow("timeout") << u"silent"_s << u"no response within 0.30 s (gave up after 4"_s
                                 << 4;
        QTest::newRow("stalled body") << u"stall"_s << u"the response stalled"_s << 4;
        QTest::newRow("connection refused") << u"refused"_s << u"connection refused"_s << 0;
        QTest::newRow("closed without a response")
            << u"close"_s << u"closed the connection"_s << -1; // Qt resends an idempotent GET once
        QTest::newRow("truncated body")
            << u"truncated"_s << u"bytes arrived (gave up after 4 attempt(s))"_s
            << -1; // retried (a dropped connection); Qt may resend a broken GET itself
        QTest::newRow("invalid XML")
            << u"invalid"_s
            << u"malformed feed page, nothing imported from it: invalid XML at line"_s << 1;
        QTest::newRow("entity-expansion bomb")
            << u"bomb"_s << u"a DOCTYPE declaring entities"_s << 1;
        QTest::newRow("oversized response") << u"big"_s << u"larger than the limit"_s << -1;
        QTest::newRow("oversized without a length")
            << u"bignolength"_s << u"larger than the limit"_s << -1;
        QTest::newRow("redirect loop") << u"loop"_s << u"redirect loop"_s << 4;
        QTest::newRow("too many redirects")
            << u"chain"_s << u"too many redirects (more than 5)"_s << 6;
        QTest::newRow("redirect to another scheme") << u"ftp"_s << u"refused a redirect"_s << 1;
        QTest::newRow("Retry-After too long")
            << u"429long"_s << u"asks to retry after 86400 s"_s << 1;
        QTest::newRow("not a feed") << u"html"_s << u"not an Atom feed"_s << 1;
    }

    void failures()
    {
        QFETCH(QString, name);
        QFETCH(QString, says);
        QFETCH(int, requests);
        QVERIFY(!m_afterFirstSync.isEmpty());
        const QString db = path(u"fail-"_s + name + u".sqlite"_s);
        QVERIFY(copyFile(m_afterFirstSync, db));
        const QString before = test::dumpDatabase(db);

        FakeBlog blog;
        blog.posts = secondState();
        const QString base = feedUrl().toString();
        const QByteArray good =
            blog.feedPage(QUrlQuery(u"orderby=updated&start-index=1&max-results=3"_s), base);
        m_server.setHandler([name, good](const HttpRequest &r) -> HttpReply {
            HttpReply reply = HttpReply::ok(good);
            if (name == u"500"_s)
                return HttpReply::error(500, "Internal Server Error");
            if (name == u"404"_s)
                return HttpReply::error(404, "Not Found");
            if (name == u"silent"_s)
                reply.mode = HttpReply::Silent;
            else if (name == u"stall"_s)
                reply.mode = HttpReply::StallBody;
            else if (name == u"close"_s)
                reply.mode = HttpReply::CloseAtOnce;
            else if (name == u"truncated"_s)
                reply.mode = HttpReply::Truncated;
            else if (name == u"invalid"_s)
                reply.body = good.left(good.size() - 200) + "<entry><title>x</feed>";
            else if (name == u"bomb"_s) {
                QByteArray dtd = "<!DOCTYPE feed [<!ENTITY l0 'ha'>";
                for (int i = 1; i < 10; ++i)
                    dtd += "<!ENTITY l" + QByteArray::number(i) + " '" +
                           QByteArray("&l" + QByteArray::number(i - 1) + ";").repeated(10) + "'>";
                dtd += "]>";
                QByteArray b = good;
                b.insert(b.indexOf("<feed"), dtd);
                b.replace("<title type='text'>架空セキュリティ備忘録</title>",
                          "<title>&l9;</title>");
                reply.body = b;
            } else if (name == u"big"_s || name == u"bignolength"_s) {
                reply.body = good + QByteArray(200 * 1024, ' ');
                if (name == u"bignolength"_s)
                    reply.mode = HttpReply::NoLength;
            } else if (name == u"loop"_s) {
                if (r.path == u"/a"_s)
                    return HttpReply::redirect("/b");
                if (r.path == u"/b"_s)
                    return HttpReply::redirect("/feeds/posts/default?x=1", 301);
                return HttpReply::redirect("/a", 307);
            } else if (name == u"chain"_s) {
                const int n = r.path.mid(2).toInt();
                return HttpReply::redirect("/r" + QByteArray::number(n + 1));
            } else if (name == u"ftp"_s) {
                return HttpReply::redirect("ftp://127.0.0.1/feed.xml");
            } else if (name == u"429long"_s) {
                HttpReply e = HttpReply::error(429, "Too Many Requests");
                e.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("86400")));
                return e;
            } else if (name == u"html"_s) {
                reply = HttpReply::ok("<html><body>Blog not found</body></html>", "text/html");
            }
            return reply;
        });
        m_server.clearRequests();

        SyncOptions o = fastOptions(name == u"refused"_s
                                        ? QUrl(u"http://127.0.0.1:%1/feeds/posts/default"_s.arg(
                                              test::TestHttpServer::closedPort()))
                                        : feedUrl());
        o.http.maxBytes = 64 * 1024;
        if (name == u"silent"_s || name == u"stall"_s)
            o.http.connectTimeoutMs = o.http.readTimeoutMs = 300;
        QElapsedTimer t;
        t.start();
        const SyncSummary s = sync(db, o);
        QVERIFY(t.elapsed() < 15000);
        QCOMPARE(s.status, u"failed"_s);
        QCOMPARE(s.import.errors.size(), 1);
        const ImportError e = s.import.errors.first();
        QVERIFY2(e.file.startsWith(o.feedUrl.toString() + u"?orderby=updated"_s),
                 qPrintable(e.file));
        QVERIFY2(e.message.contains(says), qPrintable(e.message));
        QVERIFY(!e.message.contains(u'\n'));
        QCOMPARE(s.pages, 0);
        QCOMPARE(s.import.added + s.import.updated, 0);
        if (requests >= 0)
            QCOMPARE(m_server.requests().size(), qsizetype(requests));
        QCOMPARE(test::dumpDatabase(db), before);
        // The run is logged as failed, with its error.
        auto handle = test::openDb(db);
        SyncLog log(*handle);
        const auto runs = log.runs();
        QCOMPARE(runs->first().status, u"failed"_s);
        QVERIFY(runs->first().error.contains(says));
    }

    void retriesRecover()
    {
        const QString db = path(u"retry.sqlite"_s);
        QVERIFY(copyFile(m_afterFirstSync, db));
        FakeBlog blog;
        blog.posts = secondState();
        const QString base = feedUrl().toString();
        auto hits = std::make_shared<std::atomic_int>(0);
        m_server.setHandler([blog, base, hits](const HttpRequest &r) -> HttpReply {
            const int n = hits->fetch_add(1);
            if (n == 0)
                return HttpReply::error(503, "Service Unavailable");
            if (n == 1) {
                HttpReply e = HttpReply::error(429, "Too Many Requests");
                e.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("1")));
                return e;
            }
            if (n == 2) {
                HttpReply silent;
                silent.mode = HttpReply::Silent;
                return silent;
            }
            return blog.serve(r, base);
        });
        m_server.clearRequests();
        QStringList notices;
        QElapsedTimer t;
        t.start();
        SyncOptions o = fastOptions(feedUrl());
        o.http.connectTimeoutMs = 500;
        const SyncSummary s = sync(db, o, [&notices](const SyncProgress &p) {
            if (p.retrying)
                notices << p.message;
        });
        QVERIFY2(s.import.errors.isEmpty(), qPrintable(s.import.errors.value(0).message));
        QCOMPARE(s.status, u"ok"_s);
        QCOMPARE(s.import.added, 1);
        QVERIFY(t.elapsed() >= 1000); // Retry-After: 1
        QCOMPARE(notices.size(), 3);
        QVERIFY(notices[0].contains(u"HTTP 503"_s));
        QVERIFY(notices[1].contains(u"retrying in 1 s"_s));
        QVERIFY(notices[2].contains(u"no response within"_s));
    }

    void redirectToTheFeed()
    {
        const QString db = path(u"redirect.sqlite"_s);
        FakeBlog blog;
        blog.posts = firstState();
        const QString base = feedUrl().toString();
        m_server.setHandler([blog, base](const HttpRequest &r) -> HttpReply {
            if (r.path == u"/old/feed"_s)
                return HttpReply::redirect(
                    "/feeds/posts/default?" + r.query.toString(QUrl::FullyEncoded).toLatin1(), 301);
            return blog.serve(r, base);
        });
        const SyncSummary s = sync(db, fastOptions(m_server.url(u"/old/feed"_s)));
        QVERIFY2(s.import.errors.isEmpty(), qPrintable(s.import.errors.value(0).message));
        QCOMPARE(s.import.added, 5);
    }

    // An entry with no text (a post cut short, an image-only post) imports with an empty body
    // and a warning naming it; it never takes the other entries of its page down.
    void entriesWithoutText()
    {
        const QString db = path(u"empty-entries.sqlite"_s);
        QList<FakePost> posts = firstState();
        posts << post(
            u"201"_s,
            u"【セキュリティ事件簿#2025-110】霧ヶ丘町 公式サイトの一時停止について 2025/3/13"_s,
            QString(), {u"インシデント:その他"_s}, jst(3, 13, 9), jst(3, 13, 9));
        posts << post(u"202"_s,
                      u"【セキュリティ事件簿#2025-111】株式会社ナギサ工房 お知らせ 2025/3/13"_s,
                      u"<div class=\"separator\"><a href=\"https://img.example/a.png\"><img "
                      "src=\"https://img.example/a.png\" width=\"400\"></a></div>"_s,
                      {}, jst(3, 13, 10), jst(3, 13, 10));
        serveBlog(posts);
        SyncOptions o = fastOptions(feedUrl());
        o.pageSize = 10; // everything on one page
        const SyncSummary s = sync(db, o);
        QVERIFY2(s.import.errors.isEmpty(), qPrintable(s.import.errors.value(0).message));
        QCOMPARE(s.status, u"ok"_s);
        QCOMPARE(s.import.added, 7);
        QCOMPARE(s.import.warnings.size(), 2);
        QVERIFY2(s.import.warnings[0].contains(u"2025-110"_s) ||
                     s.import.warnings[1].contains(u"2025-110"_s),
                 qPrintable(s.import.warnings.join(u" | "_s)));
        QVERIFY2(s.import.warnings.join(u' ').contains(u"2025-111"_s),
                 qPrintable(s.import.warnings.join(u" | "_s)));
        auto handle = test::openDb(db);
        IncidentStore store(*handle);
        const auto empty = store.byCaseId(u"2025-110"_s, true);
        QCOMPARE(empty->size(), 1);
        QCOMPARE(empty->first().body, QString());
        QCOMPARE(empty->first().cause, u"other"_s);
        QCOMPARE(store.byCaseId(u"2025-111"_s, true)->size(), 1);
    }

    // A sync that fails on its second page keeps the first; the next one resumes there.
    void resumeAfterInterruption()
    {
        const QString db = path(u"resume.sqlite"_s);
        FakeBlog blog;
        blog.posts = firstState();
        const QString base = feedUrl().toString();
        auto broken = std::make_shared<std::atomic_bool>(true);
        m_server.setHandler([blog, base, broken](const HttpRequest &r) -> HttpReply {
            if (broken->load() && r.query.queryItemValue(u"start-index"_s) == u"4"_s) {
                HttpReply t = HttpReply::ok(blog.feedPage(r.query, base));
                t.mode = HttpReply::Truncated;
                return t;
            }
            return blog.serve(r, base);
        });
        m_server.clearRequests();
        SyncSummary s = sync(db);
        QCOMPARE(s.status, u"failed"_s);
        QCOMPARE(s.pages, 1);
        QCOMPARE(s.import.added, 2); // page 1: two notices and the walk in the port town
        QVERIFY(s.import.errors.first().file.contains(u"start-index=4"_s));
        QCOMPARE(count(db, u"SELECT count(*) FROM incidents"_s), 2);
        const QString afterPage1 = test::dumpDatabase(db);

        // Interrupted again, this time by Cancel during the page.
        std::atomic_bool cancel = false;
        QTimer::singleShot(150, [&cancel] { cancel = true; });
        m_server.setHandler([](const HttpRequest &) {
            HttpReply r;
            r.mode = HttpReply::Silent;
            return r;
        });
        SyncOptions slow = fastOptions(feedUrl());
        slow.http.connectTimeoutMs = 10000;
        QElapsedTimer t;
        t.start();
        s = sync(db, slow, {}, &cancel);
        QVERIFY(t.elapsed() < 3000);
        QCOMPARE(s.status, u"cancelled"_s);
        QVERIFY(s.import.errors.isEmpty());
        QCOMPARE(test::dumpDatabase(db), afterPage1);

        // Now the server works: the sync resumes at the second page.
        broken->store(false);
        m_server.setHandler([blog, base](const HttpRequest &r) { return blog.serve(r, base); });
        m_server.clearRequests();
        s = sync(db);
        QVERIFY2(s.import.errors.isEmpty(), qPrintable(s.import.errors.value(0).message));
        QVERIFY(s.resumed);
        QCOMPARE(s.status, u"ok"_s);
        QCOMPARE(m_server.requests().first().query.queryItemValue(u"start-index"_s), u"4"_s);
        QCOMPARE(s.import.added, 3);
        QCOMPARE(count(db, u"SELECT count(*) FROM incidents"_s), 5);

        // And the next one is incremental from the newest post of the whole sync (less the
        // five minutes of overlap).
        m_server.clearRequests();
        s = sync(db);
        QVERIFY(!s.resumed);
        QCOMPARE(m_server.requests().first().query.queryItemValue(u"updated-min"_s),
                 u"2025-03-10T00:55:00.000Z"_s);
    }

    void pageLimit()
    {
        const QString db = path(u"limit.sqlite"_s);
        serveBlog(firstState());
        SyncOptions o = fastOptions(feedUrl());
        o.maxPages = 1;
        SyncSummary s = sync(db, o);
        QCOMPARE(s.status, u"partial"_s);
        QCOMPARE(s.pages, 1);
        s = sync(db, o);
        QVERIFY(s.resumed);
        QCOMPARE(s.status, u"ok"_s); // the second page was the last
        QCOMPARE(count(db, u"SELECT count(*) FROM incidents"_s), 5);
    }

    // The GUI's way: the job on the runner's thread with its own connection, progress by queued
    // signals.
    void workerThread()
    {
        const QString db = path(u"worker.sqlite"_s);
        test::openDb(db); // created by this thread, used by the job's
        serveBlog(firstState());
        const ActiveRules rules;
        JobRunner runner;
        auto job = std::make_shared<SyncJob>(rules.classifier(), fastOptions(feedUrl()));
        QSignalSpy progress(&runner, &JobRunner::progress);
        QSignalSpy finished(&runner, &JobRunner::finished);
        QVERIFY(runner.start(u"Syncing"_s, job, db));
        QVERIFY(runner.isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QVERIFY(!runner.isRunning());
        const SyncSummary &summary = job->result();
        QCOMPARE(summary.status, u"ok"_s);
        QCOMPARE(summary.import.added, 5);
        QVERIFY(progress.size() >= 4);
        const auto last = progress.last().first().value<JobProgress>();
        QCOMPARE(last.total, 2); // pages, by the feed's totals
        QCOMPARE(last.done, 2);
        QVERIFY(!last.text.isEmpty());
    }

    // A database that cannot be opened ends the job at once, with the reason in its summary.
    void workerThreadWithoutDatabase()
    {
        const ActiveRules rules;
        JobRunner runner;
        auto job = std::make_shared<SyncJob>(rules.classifier(), fastOptions(feedUrl()));
        QSignalSpy finished(&runner, &JobRunner::finished);
        bool done = false;
        QFile plain(path(u"plain-file"_s));
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.close();
        const QString missing = path(u"plain-file/db.sqlite"_s); // a file is no folder
        QVERIFY(runner.start(u"Syncing"_s, job, missing, [&done] { done = true; }));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QVERIFY(done);
        QCOMPARE(job->result().status, u"failed"_s);
        QCOMPARE(job->result().import.errors.size(), 1);
        QCOMPARE(job->result().import.errors.first().file, missing);
    }

    void cli()
    {
        const QString db = path(u"cli.sqlite"_s);
        serveBlog(firstState());
        const QStringList common{
            u"--db"_s,        db,     u"sync"_s,      u"--url"_s, feedUrl().toString(),
            u"--page-size"_s, u"3"_s, u"--timeout"_s, u"2"_s};
        auto r = test::runCli(common);
        QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
        qInfo("jikenbo-cli sync:\n%s", r.out.constData());
        QVERIFY(r.outText().startsWith(
            feedUrl().toString() +
            u": 2 page(s): 5 added, 0 updated, 0 unchanged, 1 post(s) skipped, 0 error(s)"_s));
        QVERIFY(r.outText().contains(u"new"_s));

        serveBlog(secondState());
        r = test::runCli(QStringList{u"--json"_s} + common);
        QCOMPARE(r.exitCode, 0);
        qInfo("jikenbo-cli --json sync:\n%s", r.out.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        for (const char *k : {"files", "added", "updated", "unchanged", "skipped_posts", "errors",
                              "pages", "changes", "status"})
            QVERIFY2(o.contains(QLatin1StringView(k)), k);
        QCOMPARE(o.value(u"pages"_s).toInt(), 2);
        QCOMPARE(o.value(u"added"_s).toInt(), 1);
        QCOMPARE(o.value(u"updated"_s).toInt(), 3);
        QCOMPARE(o.value(u"changes"_s).toArray().size(), 4);

        // Failures: one line on stderr naming the URL, exit status 1, the database unchanged.
        const QString before = test::dumpDatabase(db);
        const QString refused =
            u"http://127.0.0.1:%1/feeds/posts/default"_s.arg(test::TestHttpServer::closedPort());
        r = test::runCli({u"--db"_s, db, u"sync"_s, u"--url"_s, refused, u"--timeout"_s, u"1"_s});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.errText().trimmed().count(u'\n'), 0);
        QVERIFY2(r.errText().contains(refused) && r.errText().contains(u"connection refused"_s),
                 qPrintable(r.errText()));
        QCOMPARE(test::dumpDatabase(db), before);
        m_server.setHandler([](const HttpRequest &) {
            return HttpReply::ok("<?xml version='1.0'?><!DOCTYPE feed [<!ENTITY a 'x'>]><feed/>");
        });
        r = test::runCli(common);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.errText().contains(u"DOCTYPE"_s), qPrintable(r.errText()));
        QCOMPARE(test::dumpDatabase(db), before);
        for (const QString &bad : {u"ftp://127.0.0.1/feed"_s, u"http://"_s}) {
            r = test::runCli({u"--db"_s, db, u"sync"_s, u"--url"_s, bad});
            QCOMPARE(r.exitCode, 1);
            QVERIFY(!r.errText().isEmpty());
        }
        r = test::runCli({u"--db"_s, db, u"sync"_s, u"--url"_s, feedUrl().toString(),
                          u"--timeout"_s, u"soon"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.errText().contains(u"--timeout"_s));

        // Saved HTML pages import like text pages.
        const QString html = test::sourceDir() + u"/tests/data/html/"_s;
        r = test::runCli({u"--db"_s, path(u"html.sqlite"_s), u"import"_s, html + u"front.html"_s,
                          html + u"label-sjis.html"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
        QVERIFY2(r.outText().contains(
                     u"2 file(s): 4 added, 0 updated, 0 unchanged, 1 post(s) skipped"_s),
                 qPrintable(r.outText()));
    }
};

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
