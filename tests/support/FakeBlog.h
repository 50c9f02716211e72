// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestHttpServer.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace jikenbo::test {

// One post of a Blogger blog.
struct FakePost
{
    QString postId; // digits
    QString title;
    QString html;
    QStringList labels;
    QDateTime published;
    QDateTime updated;
    QString slug; // the last part of the post's address; empty: the post id
};

// A Blogger blog's feeds, served the way Blogger serves them:
//
// - /feeds/posts/default, /feeds/posts/full and /feeds/posts/summary (the projections), and the
//   label feed /feeds/posts/default/-/LABEL (the label percent-encoded in the request);
// - /feeds/posts/default/POSTID: the feed of one post (root <entry>), 404 when it is gone;
// - newest published first, or newest updated first with orderby=updated, which also makes
//   updated-min (inclusive) and updated-max (exclusive) count;
// - start-index (1-based) and max-results (25 when absent, never more than 150);
// - openSearch totals, a `next` link while entries remain, the blog's label list as the
//   feed's own <category> elements;
// - a blog whose feed is set to "short" sends <summary> instead of <content> in the default
//   projection (in every projection with `summaryEverywhere`).
// The XML has the shape of Blogger's (namespaces, ids, links, categories, thr:total).
class FakeBlog
{
public:
    static constexpr auto BlogId = "7301234567890123456";
    static constexpr int MaxResultsCap = 150;
    static constexpr int DefaultMaxResults = 25;

    QList<FakePost> posts;
    bool shortFeed = false;         // the owner set the feed to "short"
    bool summaryEverywhere = false; // ... and the full projection too
    QString blogTitle = QStringLiteral("架空セキュリティ備忘録");
    QString postHost = QStringLiteral("https://fictional-notes.example"); // posts' addresses

    // A page of the feed at /feeds/posts/default, with links based on `selfBase` (that URL).
    QByteArray feedPage(const QUrlQuery &query, const QString &selfBase) const;
    // Any of the paths above; `selfBase` is the URL of /feeds/posts/default.
    HttpReply serve(const HttpRequest &request, const QString &selfBase) const;
    static QString entryId(const QString &postId);

private:
    enum class Projection { Default, Full, Summary };
    QByteArray feed(const QUrlQuery &query, const QString &selfUrl, const QString &label,
                    Projection projection) const;
    QString entryXml(const FakePost &p, Projection projection, bool root) const;
    bool summaries(Projection projection) const;
};

} // namespace jikenbo::test
