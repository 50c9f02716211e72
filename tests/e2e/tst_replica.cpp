// SPDX-License-Identifier: GPL-3.0-or-later
// The sync against a replica of the blog built from its real pages (../shared/seeds and
// ../shared/dev/pages, read at run time): the feed gives the same incidents as importing the
// pages, a re-sync adds nothing, an edited post updates in place, a removed post is marked
// after a full pass, and every fault of Blogger's feed ends in a clear error or a successful
// retry with nothing lost. Also Blogger's paging as it really is, label feeds, the blog's
// label list and `stats --labels`.
#include "BlogReplica.h"
#include "TestSupport.h"
#include "classify/Classifier.h"
#include "classify/RuleSet.h"
#include "classify/Taxonomy.h"
#include "jobs/Importer.h"
#include "store/Database.h"
#include "store/IncidentStore.h"
#include "sync/FeedSync.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace jikenbo;
using test::BlogReplica;
using test::FakePost;

namespace {

// What an incident is, as the comparison sees it.
struct Row
{
    QString caseId, title, organization, announced, cause, origin, sector, affected, labels, posted,
        removed, postId, note;
    QString fields() const
    {
        return QStringList{caseId, title, organization, announced, cause, sector, affected}.join(
            u" | "_s);
    }
};

QMap<QString, Row> rows(const QString &dbPath)
{
    QMap<QString, Row> out;
    auto db = test::openDb(dbPath);
    if (!db)
        return out;
    QSqlQuery q(db->sql());
    q.exec(u"SELECT i.key, i.case_id, i.title, i.organization, i.announced_on, i.cause, "
           "i.cause_origin, i.sector, i.affected, i.labels, i.posted_on, i.removed_on, "
           "i.source_post_id, a.note FROM incidents i LEFT JOIN annotations a ON a.key = i.key"_s);
    while (q.next()) {
        Row r;
        int i = 1;
        r.caseId = q.value(i++).toString();
        r.title = q.value(i++).toString();
        r.organization = q.value(i++).toString();
        r.announced = q.value(i++).toString();
        r.cause = q.value(i++).toString();
        r.origin = q.value(i++).toString();
        r.sector = q.value(i++).toString();
        r.affected = q.value(i++).toString();
        r.labels = q.value(i++).toString();
        r.posted = q.value(i++).toString();
        r.removed = q.value(i++).toString();
        r.postId = q.value(i++).toString();
        r.note = q.value(i++).toString();
        out.insert(q.value(0).toString(), r);
    }
    return out;
}

QString devPagesDir()
{
    return test::sharedDir() + u"/dev/pages"_s;
}

} // namespace

class TestReplica : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    BlogReplica m_replica;
    QList<FakePost> m_seedPosts;
    QString m_cleanSeeds; // a database after a clean sync of the seeds replica

    QString path(const QString &name) const { return m_dir.filePath(name); }

    static SyncOptions options(const QUrl &url, int pageSize = 20)
    {
        SyncOptions o;
        o.feedUrl = url;
        o.pageSize = pageSize;
        o.http.connectTimeoutMs = 5000;
        o.http.readTimeoutMs = 5000;
        o.http.backoffMs = 10;
        return o;
    }

    SyncSummary sync(const QString &dbPath, const SyncOptions &o, QStringList *notices = nullptr)
    {
        auto db = test::openDb(dbPath);
        if (!db)
            return {};
        const Classifier c(Taxonomy::builtIn(), RuleSet::builtIn());
        FeedSync job(*db, c, o);
        return job.run([notices](const SyncProgress &p) {
            if (notices && p.retrying)
                *notices << p.message;
        });
    }

    SyncSummary sync(const QString &dbPath) { return sync(dbPath, options(m_replica.feedUrl())); }

    static int count(const QString &dbPath, const QString &sql)
    {
        auto db = test::openDb(dbPath);
        QSqlQuery q(db->sql());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toInt();
    }

    // The first incident post of the replica (its marker parses).
    static FakePost firstNotice(const QList<FakePost> &posts, int skip = 0)
    {
        for (const FakePost &p : posts) {
            if (p.title.startsWith(u"【セキュリティ事件簿#20"_s) && p.labels.isEmpty() &&
                skip-- == 0)
                return p;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_replica.start());
        if (test::sharedMissingReason().isEmpty()) {
            const auto posts = BlogReplica::postsFromPages({test::seedsDir()});
            QVERIFY2(posts.ok(), qPrintable(posts.error()));
            m_seedPosts = posts.value();
        }
    }

    // Syncing the replica gives the incidents that importing the same pages gives.
    void sameAsTextImport_data()
    {
        QTest::addColumn<QString>("pages");
        QTest::newRow("seeds") << u"seeds"_s;
        QTest::newRow("dev") << u"dev"_s;
    }

    void sameAsTextImport()
    {
        JIKENBO_REQUIRE_SHARED();
        QFETCH(QString, pages);
        const QString dir = pages == u"seeds"_s ? test::seedsDir() : devPagesDir();
        const auto posts = BlogReplica::postsFromPages({dir});
        QVERIFY2(posts.ok(), qPrintable(posts.error()));
        m_replica.setPosts(posts.value());

        const QString textDb = path(pages + u"-text.sqlite"_s);
        {
            auto db = test::openDb(textDb);
            const Classifier c(Taxonomy::builtIn(), RuleSet::builtIn());
            Importer importer(*db, c);
            const ImportSummary s = importer.importPaths({dir});
            QVERIFY2(s.errors.isEmpty(), qPrintable(s.errors.value(0).message));
        }
        const QString feedDb = path(pages + u"-feed.sqlite"_s);
        m_replica.clearRequests();
        SyncSummary s = sync(feedDb);
        QVERIFY2(s.import.errors.isEmpty(), qPrintable(s.import.errors.value(0).message));
        QCOMPARE(s.status, u"ok"_s);
        QVERIFY(s.fullPass);
        const int expectedPages = std::max(1, int(posts->size() + 19) / 20);
        QCOMPARE(s.pages, expectedPages);
        QCOMPARE(m_replica.requests().size(), qsizetype(expectedPages));
        qInfo("%s: %d posts on the replica, %d incidents, %d other posts skipped, %d pages",
              qPrintable(pages), int(posts->size()), s.import.added, s.import.skippedPosts,
              s.pages);

        const QMap<QString, Row> text = rows(textDb), feed = rows(feedDb);
        QVERIFY(!text.isEmpty());
        QCOMPARE(feed.size(), text.size());
        QCOMPARE(s.import.added, int(text.size()));
        QHash<QString, FakePost> byTitle;
        for (const FakePost &p : posts.value())
            byTitle.insert(p.title, p);
        const Taxonomy &tax = Taxonomy::builtIn();
        int fromLabel = 0;
        QStringList differ;
        for (auto it = text.cbegin(); it != text.cend(); ++it) {
            QVERIFY2(feed.contains(it.key()), qPrintable(it.key() + u' ' + it->title));
            const Row &f = feed.value(it.key());
            if (f.fields() != it->fields() || f.labels != it->labels)
                differ << u"feed: "_s + f.fields() + u' ' + f.labels + u"\ntext: "_s +
                              it->fields() + u' ' + it->labels;
        }
        QVERIFY2(differ.isEmpty(), qPrintable(differ.join(u"\n"_s)));
        for (auto it = text.cbegin(); it != text.cend(); ++it) {
            const Row &f = feed.value(it.key());
            // The post's date is the entry's <published>; the entry id is kept.
            QVERIFY(!f.posted.isEmpty());
            QVERIFY(f.postId.startsWith(u"tag:blogger.com,1999:blog-"_s));
            // Wherever the feed has a label that names a cause, the label decided it.
            bool labelled = false;
            for (const FakePost &p : posts.value()) {
                if (f.postId.endsWith(u".post-"_s + p.postId)) {
                    for (const QString &l : p.labels)
                        labelled = labelled || !tax.causeForLabel(l).isEmpty();
                }
            }
            if (labelled) {
                QCOMPARE(f.origin, u"label"_s);
                ++fromLabel;
            } else {
                QCOMPARE(f.origin, it->origin);
            }
        }
        if (pages == u"seeds"_s)
            QCOMPARE(fromLabel, 40); // the two label pages (内部犯行, 設定ミス)

        // A re-sync adds nothing and changes nothing.
        m_replica.clearRequests();
        s = sync(feedDb);
        QCOMPARE(s.status, u"ok"_s);
        QVERIFY(!s.fullPass);
        QCOMPARE(s.import.added, 0);
        QCOMPARE(s.import.updated, 0);
        QVERIFY(s.changes.isEmpty());
        QCOMPARE(m_replica.requests().size(), 1);
        QCOMPARE(rows(feedDb).size(), text.size());
        if (pages == u"seeds"_s)
            m_cleanSeeds = feedDb;
    }

    // An edited post (title, slug, body) updates in place and keeps what the user typed.
    void editedPostUpdatesInPlace()
    {
        JIKENBO_REQUIRE_SHARED();
        QVERIFY(!m_cleanSeeds.isEmpty());
        const QString db = path(u"edit.sqlite"_s);
        QVERIFY(QFile::copy(m_cleanSeeds, db));
        m_replica.setPosts(m_seedPosts);
        const FakePost target = firstNotice(m_seedPosts);
        QVERIFY(!target.postId.isEmpty());
        const QString entryId = test::FakeBlog::entryId(target.postId);
        QString oldKey;
        qint64 rowId = 0;
        {
            auto handle = test::openDb(db);
            QSqlQuery q(handle->sql());
            q.prepare(u"SELECT key, id FROM incidents WHERE source_post_id = ?"_s);
            q.addBindValue(entryId);
            QVERIFY(q.exec() && q.next());
            oldKey = q.value(0).toString();
            rowId = q.value(1).toLongLong();
            IncidentStore store(*handle);
            QVERIFY(store.setNote(oldKey, u"取引先に確認済み"_s).ok());
            QVERIFY(store.setStarred(oldKey, true).ok());
            QVERIFY(store.setTags(oldKey, {u"要確認"_s}).ok());
        }
        const int before = count(db, u"SELECT count(*) FROM incidents"_s);
        QVERIFY(m_replica.editPost(target.postId, [](FakePost &p) {
            p.title += u"（訂正）"_s;
            p.slug = u"renamed-slug"_s;
            p.html += u"<p>追記：対象は利用者1,234名でした。</p>"_s;
        }));
        const SyncSummary s = sync(db);
        QVERIFY2(s.import.errors.isEmpty(), qPrintable(s.import.errors.value(0).message));
        QCOMPARE(s.import.added, 0);
        QCOMPARE(s.import.updated, 1);
        QCOMPARE(s.changes.size(), 1);
        QCOMPARE(s.changes.first().change, u"edited"_s);
        QCOMPARE(count(db, u"SELECT count(*) FROM incidents"_s), before);
        auto handle = test::openDb(db);
        QSqlQuery q(handle->sql());
        q.prepare(
            u"SELECT i.id, i.key, i.title, i.source_url, a.note, a.starred, a.tags FROM "
            "incidents i LEFT JOIN annotations a ON a.key = i.key WHERE source_post_id = ?"_s);
        q.addBindValue(entryId);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toLongLong(), rowId); // the same row, updated in place
        QVERIFY(q.value(1).toString() != oldKey); // a new title is a new key...
        QVERIFY(q.value(2).toString().endsWith(u"（訂正）"_s));
        QVERIFY(q.value(3).toString().endsWith(u"/renamed-slug.html"_s));
        QCOMPARE(q.value(4).toString(), u"取引先に確認済み"_s); // ...and the notes moved with it
        QCOMPARE(q.value(5).toInt(), 1);
        QVERIFY(q.value(6).toString().contains(u"要確認"_s));
    }

    // A post deleted on the blog: an incremental sync cannot know; a full pass marks it removed
    // (kept, annotations and all); back on the blog, it is restored.
    void deletedPostMarkedRemoved()
    {
        JIKENBO_REQUIRE_SHARED();
        QVERIFY(!m_cleanSeeds.isEmpty());
        const QString db = path(u"removed.sqlite"_s);
        QVERIFY(QFile::copy(m_cleanSeeds, db));
        m_replica.setPosts(m_seedPosts);
        const FakePost gone = firstNotice(m_seedPosts, 1);
        const QString entryId = test::FakeBlog::entryId(gone.postId);
        QString key;
        {
            auto handle = test::openDb(db);
            QSqlQuery q(handle->sql());
            q.prepare(u"SELECT key FROM incidents WHERE source_post_id = ?"_s);
            q.addBindValue(entryId);
            QVERIFY(q.exec() && q.next());
            key = q.value(0).toString();
            IncidentStore store(*handle);
            QVERIFY(store.setNote(key, u"削除前に控えを取得"_s).ok());
        }
        const int before = count(db, u"SELECT count(*) FROM incidents"_s);
        QVERIFY(m_replica.deletePost(gone.postId));

        SyncSummary s = sync(db);
        QCOMPARE(s.status, u"ok"_s);
        QVERIFY(!s.fullPass);
        QCOMPARE(s.removed, 0);
        QCOMPARE(count(db, u"SELECT count(*) FROM incidents WHERE removed_on IS NOT NULL"_s), 0);

        // The full pass, as a user runs it.
        const QStringList cli{u"--db"_s,  db, u"sync"_s, u"--url"_s, m_replica.feedUrl().toString(),
                              u"--full"_s};
        m_replica.clearRequests();
        auto r = test::runCli(cli);
        QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
        qInfo("jikenbo-cli sync --full after a post was deleted:\n%s", r.out.constData());
        QVERIFY2(r.outText().contains(u"1 post(s) no longer on the blog marked removed"_s),
                 qPrintable(r.outText()));
        QVERIFY(r.outText().contains(u"removed"_s));
        // The post was asked for on its own before it was marked.
        bool asked = false;
        for (const auto &req : m_replica.requests())
            asked = asked || req.path.endsWith(u"/feeds/posts/default/"_s + gone.postId);
        QVERIFY(asked);
        QCOMPARE(count(db, u"SELECT count(*) FROM incidents"_s), before);
        QCOMPARE(rows(db).value(key).note, u"削除前に控えを取得"_s);
        QCOMPARE(rows(db).value(key).removed, QDate::currentDate().toString(Qt::ISODate));

        r = test::runCli({u"--db"_s, db, u"--json"_s, u"list"_s, u"is:removed"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray listed = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().toObject().value(u"key"_s).toString(), key);
        QCOMPARE(listed.first().toObject().value(u"removed"_s).toBool(), true);
        r = test::runCli({u"--db"_s, db, u"--json"_s, u"list"_s, u"-is:removed"_s});
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), before - 1);
        QCOMPARE(QJsonDocument::fromJson(r.out).array().first().toObject().value(u"removed"_s),
                 QJsonValue(false));
        r = test::runCli({u"--db"_s, db, u"show"_s, key});
        QVERIFY2(r.outText().contains(u"no longer on the blog"_s), qPrintable(r.outText()));

        // Another full pass marks nothing more.
        s = sync(db, [&] {
            SyncOptions o = options(m_replica.feedUrl());
            o.full = true;
            return o;
        }());
        QCOMPARE(s.status, u"ok"_s);
        QCOMPARE(s.removed, 0);

        // Back on the blog (the author republished it): restored.
        m_replica.addPost(gone);
        s = sync(db);
        QCOMPARE(s.status, u"ok"_s);
        QStringList changes;
        for (const SyncChange &c : s.changes)
            changes << c.change;
        QVERIFY2(changes.contains(u"restored"_s), qPrintable(changes.join(u' ')));
        QCOMPARE(rows(db).value(key).removed, QString());
        QCOMPARE(rows(db).value(key).note, u"削除前に控えを取得"_s);
    }

    // Each fault: a successful retry or a clear error; nothing lost either way (a later sync
    // gives what a clean one gives).
    void faults_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("error"); // empty: the sync succeeds
        QTest::addColumn<QString>("notice");
        QTest::newRow("503 with Retry-After seconds")
            << u"503"_s << QString() << u"HTTP 503 Service Unavailable; retrying in 1 s"_s;
        QTest::newRow("503 with Retry-After as an HTTP date")
            << u"503-date"_s << QString() << u"HTTP 503 Service Unavailable; retrying in"_s;
        QTest::newRow("429 with Retry-After")
            << u"429"_s << QString() << u"HTTP 429 Too Many Requests; retrying in 1 s"_s;
        QTest::newRow("500 three times") << u"500x3"_s << QString() << u"HTTP 500"_s;
        QTest::newRow("500 for good")
            << u"500"_s << u"HTTP 500 Error (gave up after 4 attempt(s))"_s << QString();
        QTest::newRow("connection dropped mid-body")
            << u"drop"_s << QString() << u"truncated response"_s;
        QTest::newRow("connection dropped every time")
            << u"drop-always"_s << u"truncated response"_s << QString();
        QTest::newRow("401") << u"401"_s << u"HTTP 401 Unauthorized: the feed is not public"_s
                             << QString();
        QTest::newRow("404") << u"404"_s
                             << u"HTTP 404 Not Found: there is no feed at this address"_s
                             << QString();
        QTest::newRow("HTML instead of Atom")
            << u"html"_s
            << u"the server sent an HTML page (text/html; charset=UTF-8) titled "
               "\u201c架空セキュリティ備忘録\u201d, not an Atom feed"_s
            << QString();
        QTest::newRow("summary-only feed") << u"short"_s << QString() << QString();
        QTest::newRow("summaries everywhere")
            << u"short-everywhere"_s << u"the feed gives only summaries of the posts"_s
            << QString();
        QTest::newRow("FeedBurner redirect") << u"feedburner"_s << QString() << QString();
        QTest::newRow("blogspot.com address") << u"blogspot"_s << QString() << QString();
        QTest::newRow("server sends fewer than asked") << u"pagesize"_s << QString() << QString();
    }

    void faults()
    {
        JIKENBO_REQUIRE_SHARED();
        QVERIFY(!m_cleanSeeds.isEmpty());
        QFETCH(QString, fault);
        QFETCH(QString, error);
        QFETCH(QString, notice);
        m_replica.setPosts(m_seedPosts);
        const QString db = path(u"fault-"_s + fault + u".sqlite"_s);
        QUrl url = m_replica.feedUrl();
        if (fault == u"503"_s)
            m_replica.failNext(1, 503, "1");
        else if (fault == u"503-date"_s)
            m_replica.failNext(1, 503,
                               QLocale::c()
                                   .toString(QDateTime::currentDateTimeUtc().addSecs(2),
                                             u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s)
                                   .toLatin1());
        else if (fault == u"429"_s)
            m_replica.failNext(1, 429, "1");
        else if (fault == u"500x3"_s)
            m_replica.failNext(3, 500);
        else if (fault == u"500"_s)
            m_replica.failNext(1000, 500);
        else if (fault == u"drop"_s)
            m_replica.dropNext(1);
        else if (fault == u"drop-always"_s)
            m_replica.dropNext(1000);
        else if (fault == u"401"_s || fault == u"404"_s)
            m_replica.failNext(1000, fault.toInt());
        else if (fault == u"html"_s)
            m_replica.htmlNext(1000);
        else if (fault == u"short"_s)
            m_replica.setShortFeed(true);
        else if (fault == u"short-everywhere"_s)
            m_replica.setShortFeed(true, true);
        else if (fault == u"feedburner"_s)
            m_replica.setFeedBurner(true);
        else if (fault == u"blogspot"_s)
            url = m_replica.blogspotFeedUrl();
        else if (fault == u"pagesize"_s)
            m_replica.setServerPageSize(7);
        auto reset = qScopeGuard([this] {
            m_replica.failNext(0, 503);
            m_replica.dropNext(0);
            m_replica.htmlNext(0);
            m_replica.setShortFeed(false);
            m_replica.setFeedBurner(false);
            m_replica.setServerPageSize(0);
        });
        m_replica.clearRequests();
        QStringList notices;
        QElapsedTimer t;
        t.start();
        SyncSummary s = sync(db, options(url), &notices);
        const auto requests = m_replica.requests();
        const QMap<QString, Row> clean = rows(m_cleanSeeds);
        if (error.isEmpty()) {
            QVERIFY2(s.import.errors.isEmpty(), qPrintable(s.import.errors.value(0).message));
            QCOMPARE(s.status, u"ok"_s);
            if (!notice.isEmpty()) {
                QVERIFY2(!notices.isEmpty() && notices.first().contains(notice),
                         qPrintable(notices.join(u" | "_s)));
            }
            if (fault.startsWith(u"503"_s) || fault == u"429"_s)
                QVERIFY(t.elapsed() >= 900); // Retry-After was honoured
        } else {
            QCOMPARE(s.status, u"failed"_s);
            QCOMPARE(s.import.errors.size(), 1);
            QVERIFY2(s.import.errors.first().message.contains(error),
                     qPrintable(s.import.errors.first().message));
            QVERIFY(!s.import.errors.first().message.contains(u'\n'));
            QCOMPARE(count(db, u"SELECT count(*) FROM incidents"_s), 0);
            if (fault == u"401"_s || fault == u"404"_s || fault == u"html"_s)
                QCOMPARE(requests.size(), 1); // permanent: not asked again
            // Once the blog behaves, nothing is missing.
            reset.dismiss();
            m_replica.failNext(0, 503);
            m_replica.dropNext(0);
            m_replica.htmlNext(0);
            m_replica.setShortFeed(false);
            s = sync(db, options(url));
            QCOMPARE(s.status, u"ok"_s);
        }
        const QMap<QString, Row> got = rows(db);
        QCOMPARE(got.size(), clean.size());
        for (auto it = clean.cbegin(); it != clean.cend(); ++it) {
            QVERIFY2(got.contains(it.key()), qPrintable(it->title));
            QCOMPARE(got.value(it.key()).fields(), it->fields());
        }
        {
            // Summaries were never stored as notices: every body is the full one.
            auto a = test::openDb(db);
            auto b = test::openDb(m_cleanSeeds);
            QSqlQuery qa(a->sql()), qb(b->sql());
            QVERIFY(qa.exec(u"SELECT i.key, t.body FROM incidents i JOIN incident_text t ON "
                            "t.id = i.id ORDER BY i.key"_s));
            QVERIFY(qb.exec(u"SELECT i.key, t.body FROM incidents i JOIN incident_text t ON "
                            "t.id = i.id ORDER BY i.key"_s));
            while (qb.next()) {
                QVERIFY(qa.next());
                QCOMPARE(qa.value(0).toString(), qb.value(0).toString());
                QCOMPARE(qa.value(1).toString(), qb.value(1).toString());
            }
        }
        if (fault == u"short"_s) {
            QVERIFY(requests.first().path.endsWith(u"/feeds/posts/default"_s));
            QVERIFY(requests.last().path.endsWith(u"/feeds/posts/full"_s));
        }
        if (fault == u"blogspot"_s) {
            int viaBlogspot = 0;
            for (const auto &r : requests)
                viaBlogspot += r.path.startsWith(u"/blogspot/"_s);
            QCOMPARE(viaBlogspot, 1); // the next pages go straight to the new address
            QCOMPARE(requests.size(), qsizetype(s.pages + 1));
        }
        if (fault == u"feedburner"_s) {
            for (const auto &r : requests)
                QVERIFY(!r.path.startsWith(u"/feedburner"_s));
        }
        if (fault == u"pagesize"_s) {
            // start-index moves by what came (7), never by what was asked (20).
            QCOMPARE(requests.size(), qsizetype((m_seedPosts.size() + 6) / 7));
            for (qsizetype i = 0; i < requests.size(); ++i) {
                QCOMPARE(requests[i].query.queryItemValue(u"max-results"_s), u"20"_s);
                QCOMPARE(requests[i].query.queryItemValue(u"start-index"_s),
                         QString::number(1 + 7 * i));
            }
        }
    }

    // Whatever page size is asked for, at most 150 go in max-results; the next incremental
    // sync of a few new posts takes one request.
    void pageSizeCapAndIncremental()
    {
        JIKENBO_REQUIRE_SHARED();
        m_replica.setPosts(m_seedPosts);
        const QString db = path(u"cap.sqlite"_s);
        m_replica.clearRequests();
        SyncSummary s = sync(db, options(m_replica.feedUrl(), 500));
        QCOMPARE(s.status, u"ok"_s);
        QCOMPARE(m_replica.requests().first().query.queryItemValue(u"max-results"_s), u"150"_s);
        for (int i = 0; i < 3; ++i) {
            FakePost p;
            p.postId = u"90000000000000000%1"_s.arg(i);
            p.title = u"【セキュリティ事件簿#2025-9%1】架空市 個人情報を含む書類の紛失について "
                      "2025/5/1"_s.arg(i, 2, 10, QChar(u'0'));
            p.html = u"<p>市民12名分の書類を紛失しました。</p>"_s;
            m_replica.addPost(p);
        }
        m_replica.clearRequests();
        s = sync(db, options(m_replica.feedUrl(), 150));
        QCOMPARE(s.status, u"ok"_s);
        QCOMPARE(s.import.added, 3);
        QCOMPARE(m_replica.requests().size(), 1);
    }

    // A label's feed: the label percent-encoded in the path, only its posts, and a full pass
    // of it never marks the blog's other posts removed.
    void labelFeed()
    {
        JIKENBO_REQUIRE_SHARED();
        m_replica.setPosts(m_seedPosts);
        const QString db = path(u"label.sqlite"_s);
        QVERIFY(QFile::copy(m_cleanSeeds, db));
        const QString label = u"インシデント：設定ミス"_s;
        const QUrl url = m_replica.labelFeedUrl(label);
        QVERIFY2(url.toEncoded().contains(
                     "/-/%E3%82%A4%E3%83%B3%E3%82%B7%E3%83%87%E3%83%B3%E3%83%88%EF%BC%9A"),
                 url.toEncoded().constData());
        m_replica.clearRequests();
        SyncOptions o = options(url);
        o.full = true;
        const SyncSummary s = sync(db, o);
        QVERIFY2(s.import.errors.isEmpty(), qPrintable(s.import.errors.value(0).message));
        QCOMPARE(s.import.unchanged, 20);
        QCOMPARE(s.import.added, 0);
        QCOMPARE(s.removed, 0);
        QVERIFY(m_replica.requests().first().target.contains("%EF%BC%9A"));
        QCOMPARE(count(db, u"SELECT count(*) FROM incidents WHERE removed_on IS NOT NULL"_s), 0);

        // The CLI's way: sync --label.
        const auto r = test::runCli({u"--db"_s, db, u"sync"_s, u"--url"_s,
                                     m_replica.feedUrl().toString(), u"--label"_s, label});
        QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
        QVERIFY2(r.outText().contains(u"/-/"_s), qPrintable(r.outText()));
    }

    // The sync summary from the replica of seeds and dev pages, the labels it records, and
    // an インシデント: label the taxonomy does not know.
    void labelsAndSummary()
    {
        JIKENBO_REQUIRE_SHARED();
        const auto posts = BlogReplica::postsFromPages({test::seedsDir(), devPagesDir()});
        QVERIFY2(posts.ok(), qPrintable(posts.error()));
        m_replica.setPosts(posts.value());
        FakePost odd;
        odd.postId = u"8100000000000000001"_s;
        odd.title =
            u"【セキュリティ事件簿#2025-950】架空町 委託先による書類の誤廃棄について 2025/4/2"_s;
        odd.html = u"<p>委託先が保存期間中の書類を誤って廃棄しました。</p>"_s;
        odd.labels = {u"インシデント：架空の分類"_s};
        m_replica.addPost(odd);
        const QString db = path(u"labels.sqlite"_s);
        auto r =
            test::runCli({u"--db"_s, db, u"sync"_s, u"--url"_s, m_replica.feedUrl().toString()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
        qInfo("jikenbo-cli sync (seeds and dev pages):\n%s", r.out.constData());
        QVERIFY(r.outText().contains(u"インシデント:架空の分類 (1 post(s))"_s));
        QVERIFY(!r.outText().contains(u"インシデント:2次被害 ("_s));

        r = test::runCli({u"--db"_s, db, u"stats"_s, u"--labels"_s});
        QCOMPARE(r.exitCode, 0);
        qInfo("jikenbo-cli stats --labels:\n%s", r.out.constData());
        r = test::runCli({u"--db"_s, db, u"--json"_s, u"stats"_s, u"--labels"_s});
        QCOMPARE(r.exitCode, 0);
        QHash<QString, QJsonObject> byLabel;
        for (const QJsonValue &v :
             QJsonDocument::fromJson(r.out).object().value(u"labels"_s).toArray())
            byLabel.insert(v.toObject().value(u"label"_s).toString(), v.toObject());
        const QJsonObject mis = byLabel.value(u"インシデント:設定ミス"_s);
        QCOMPARE(mis.value(u"cause"_s).toString(), u"misconfiguration"_s);
        QCOMPARE(mis.value(u"mapping"_s).toString(), u"cause"_s);
        QVERIFY(mis.value(u"incidents"_s).toInt() >= 20);
        QCOMPARE(mis.value(u"on_blog"_s).toBool(), true);
        QCOMPARE(byLabel.value(u"インシデント:内部犯行"_s).value(u"cause"_s).toString(),
                 u"insider"_s);
        QCOMPARE(byLabel.value(u"インシデント:2次被害"_s).value(u"mapping"_s).toString(),
                 u"not_a_cause"_s);
        QCOMPARE(byLabel.value(u"インシデント:2次被害"_s).value(u"cause"_s), QJsonValue());
        QCOMPARE(byLabel.value(u"最終報告"_s).value(u"mapping"_s).toString(), u"not_a_cause"_s);
        QCOMPARE(byLabel.value(u"インシデント:架空の分類"_s).value(u"mapping"_s).toString(),
                 u"unmapped"_s);
        QCOMPARE(byLabel.value(u"インシデント:架空の分類"_s).value(u"incidents"_s).toInt(), 1);
        // An unmapped label decides nothing: the rules did.
        r = test::runCli({u"--db"_s, db, u"--json"_s, u"list"_s, u"case:2025-950"_s});
        const QJsonObject o = QJsonDocument::fromJson(r.out).array().first().toObject();
        QCOMPARE(o.value(u"cause_origin"_s).toString(), u"rule"_s);
        QCOMPARE(o.value(u"labels"_s).toArray().first().toString(), u"インシデント:架空の分類"_s);
    }
};

QTEST_GUILESS_MAIN(TestReplica)
#include "tst_replica.moc"
