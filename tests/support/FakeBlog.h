// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestHttpServer.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace jikenbo::test {

// One post of a fictional Blogger blog.
struct FakePost
{
    QString postId; // digits
    QString title;
    QString html;
    QStringList labels;
    QDateTime published;
    QDateTime updated;
};

// A fictional Blogger blog that serves its posts as Blogger does at /feeds/posts/default:
// ordered by updated time (newest first) with orderby=updated, filtered by updated-min
// (inclusive), paged by start-index (1-based) and max-results, with openSearch:totalResults.
// The XML has the shape of Blogger's feeds (namespaces, ids, links, categories, thr:total).
class FakeBlog
{
public:
    static constexpr auto BlogId = "7301234567890123456";

    QList<FakePost> posts;

    QByteArray feedPage(const QUrlQuery &query, const QString &selfBase) const;
    HttpReply serve(const HttpRequest &request, const QString &selfBase) const;
    static QString entryId(const QString &postId);
};

} // namespace jikenbo::test
