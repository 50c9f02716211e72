// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FakeBlog.h"
#include "TestHttpServer.h"
#include "core/Result.h"

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>

namespace jikenbo::test {

// A replica of the blog (blog.b-son.net, a Blogger blog) on 127.0.0.1, for tests, benchmarks
// and by hand (the blog_replica program).
//
// Its posts are built from text pages of the blog (../shared/seeds, ../shared/dev/pages) with
// the project's own page splitter, at run time: every post on a page becomes an entry (incident
// notices and the other posts alike; a page that starts mid-post loses that fragment), the
// marker or title line is the entry's title, the body becomes HTML paragraphs (lines starting
// with ・ a list), published and updated are deterministic, and a label page's label is the
// entry's <category>, written with a full-width colon as the blog writes it. Nothing of the
// pages is stored anywhere.
//
// It serves what FakeBlog serves (Blogger's paging, ordering, updated-min, projections, label
// feeds, one post's feed) and, like the blog, a redirect from a blogspot.com-style address
// (the path prefix /blogspot) to itself. Faults can be switched on at any time (thread-safe):
// 5xx/429 with Retry-After, a connection dropped mid-body, 401/404, an HTML page, latency, a
// feed set to "short", and FeedBurner (requests without redirect=false are sent away).
class BlogReplica
{
public:
    // The posts of text pages, in page and line order. `pageFiles`: files, or folders whose
    // *.txt files are read in name order. Fails naming a file that cannot be read.
    static Result<QList<FakePost>> postsFromPages(const QStringList &pageFiles);
    // The posts of one page's text (`first` numbers the first post for dates and ids).
    static QList<FakePost> postsFromText(const QString &text, const QString &pageName,
                                         int first = 0);
    // A post's body lines as Blogger-style HTML.
    static QString bodyHtml(const QStringList &lines);
    // `count` posts of synthetic notices (SyntheticCorpus), for benchmarks; `first` numbers them.
    static QList<FakePost> syntheticPosts(int count, int first = 0);

    BlogReplica();
    ~BlogReplica();
    BlogReplica(const BlogReplica &) = delete;
    BlogReplica &operator=(const BlogReplica &) = delete;

    bool start(quint16 port = 0);
    quint16 port() const { return m_server.port(); }
    QUrl feedUrl() const;                          // /feeds/posts/default
    QUrl blogspotFeedUrl() const;                  // answered by a 301 to feedUrl()
    QUrl labelFeedUrl(const QString &label) const; // percent-encoded
    QUrl url(const QString &pathAndQuery) const { return m_server.url(pathAndQuery); }

    void setPosts(const QList<FakePost> &posts);
    QList<FakePost> posts() const;
    // Edits a post as its author would: `edit` changes it, and its updated time becomes the
    // newest of the blog plus a minute. False when there is no such post.
    bool editPost(const QString &postId, const std::function<void(FakePost &)> &edit);
    bool deletePost(const QString &postId);
    void addPost(FakePost post); // published and updated: the newest of the blog plus a minute

    // Faults. `failNext`: the next `count` requests get `status` (503, 429, 500, 401, 404…)
    // with Retry-After `retryAfter` when given.
    void failNext(int count, int status, const QByteArray &retryAfter = {});
    void dropNext(int count); // the next `count` answers break off after half the body
    void htmlNext(int count); // the next `count` answers are the blog's HTML page
    void setShortFeed(bool shortFeed, bool everywhere = false);
    void setFeedBurner(bool on);
    void setLatency(int ms);
    // Per request, a page size the server uses instead of what was asked for (Blogger lowers
    // it at times); 0: as asked, up to 150.
    void setServerPageSize(int size);

    QList<HttpRequest> requests() const { return m_server.requests(); }
    void clearRequests() { m_server.clearRequests(); }

private:
    HttpReply answer(const HttpRequest &request);
    QDateTime newest() const;

    TestHttpServer m_server;
    mutable QMutex m_mutex;
    FakeBlog m_blog;
    int m_failCount = 0;
    int m_failStatus = 503;
    QByteArray m_retryAfter;
    int m_dropCount = 0;
    int m_htmlCount = 0;
    bool m_feedBurner = false;
    int m_latencyMs = 0;
    int m_serverPageSize = 0;
};

} // namespace jikenbo::test
