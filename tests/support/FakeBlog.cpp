// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeBlog.h"

#include "ingest/HtmlToText.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace jikenbo::test {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString stamp(const QDateTime &t)
{
    return t.toString(Qt::ISODateWithMs);
}

} // namespace

QString FakeBlog::entryId(const QString &postId)
{
    return u"tag:blogger.com,1999:blog-"_s + QLatin1StringView(BlogId) + u".post-"_s + postId;
}

bool FakeBlog::summaries(Projection projection) const
{
    return projection == Projection::Summary || (summaryEverywhere && shortFeed) ||
           (shortFeed && projection == Projection::Default);
}

QString FakeBlog::entryXml(const FakePost &p, Projection projection, bool root) const
{
    const QString link = postHost + p.published.toString(u"/yyyy/MM/"_s) +
                         (p.slug.isEmpty() ? p.postId : p.slug) + u".html"_s;
    QString x;
    if (root)
        x += u"<?xml version='1.0' encoding='UTF-8'?><entry xmlns='http://www.w3.org/2005/Atom' "
             "xmlns:thr='http://purl.org/syndication/thread/1.0'>"_s;
    else
        x += u"<entry>"_s;
    x += u"<id>"_s + entryId(p.postId) + u"</id>"_s;
    x += u"<published>"_s + stamp(p.published) + u"</published>"_s;
    x += u"<updated>"_s + stamp(p.updated) + u"</updated>"_s;
    for (const QString &l : p.labels)
        x += u"<category scheme=\"http://www.blogger.com/atom/ns#\" term=\""_s + esc(l) + u"\"/>"_s;
    x += u"<title type='text'>"_s + esc(p.title) + u"</title>"_s;
    if (summaries(projection)) {
        QString text = HtmlToText::convert(p.html).simplified();
        if (text.size() > 100)
            text = text.left(100) + u"…"_s;
        x += u"<summary type='text'>"_s + esc(text) + u"</summary>"_s;
    } else {
        x += u"<content type='html'>"_s + esc(p.html) + u"</content>"_s;
    }
    x += u"<link rel='replies' type='application/atom+xml' href='"_s + postHost + u"/feeds/"_s +
         p.postId + u"/comments/default' title='コメントの投稿'/>"_s;
    x +=
        u"<link rel='edit' type='application/atom+xml' href='https://www.blogger.com/feeds/0/posts/default/"_s +
        p.postId + u"'/>"_s;
    x +=
        u"<link rel='self' type='application/atom+xml' href='https://www.blogger.com/feeds/0/posts/default/"_s +
        p.postId + u"'/>"_s;
    x += u"<link rel='alternate' type='text/html' href='"_s + esc(link) + u"' title='"_s +
         esc(p.title) + u"'/>"_s;
    x += u"<author><name>架空の管理人</name><email>noreply@blogger.com</email></author>"
         "<thr:total>0</thr:total></entry>"_s;
    return x;
}

QByteArray FakeBlog::feed(const QUrlQuery &query, const QString &selfUrl, const QString &label,
                          Projection projection) const
{
    QList<FakePost> sorted = posts;
    if (!label.isEmpty())
        sorted.removeIf([&label](const FakePost &p) { return !p.labels.contains(label); });
    const bool byUpdated = query.queryItemValue(u"orderby"_s) == u"updated"_s;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [byUpdated](const FakePost &a, const FakePost &b) {
                         return byUpdated ? a.updated > b.updated : a.published > b.published;
                     });
    const QDateTime min = QDateTime::fromString(
        query.queryItemValue(u"updated-min"_s, QUrl::FullyDecoded), Qt::ISODateWithMs);
    const QDateTime max = QDateTime::fromString(
        query.queryItemValue(u"updated-max"_s, QUrl::FullyDecoded), Qt::ISODateWithMs);
    if (byUpdated && min.isValid())
        sorted.removeIf([&min](const FakePost &p) { return p.updated < min; });
    if (byUpdated && max.isValid())
        sorted.removeIf([&max](const FakePost &p) { return p.updated >= max; });
    const int start = std::max(1, query.queryItemValue(u"start-index"_s).toInt());
    int maxResults = DefaultMaxResults;
    if (query.hasQueryItem(u"max-results"_s))
        maxResults = std::clamp(query.queryItemValue(u"max-results"_s).toInt(), 0, MaxResultsCap);
    const QList<FakePost> page = sorted.mid(start - 1, maxResults);

    // The blog's whole label set, as Blogger lists it in every feed's header.
    QStringList categories;
    for (const FakePost &p : posts) {
        for (const QString &l : p.labels) {
            if (!categories.contains(l))
                categories << l;
        }
    }
    categories.sort();

    QString x;
    x += u"<?xml version='1.0' encoding='UTF-8'?>"
         "<?xml-stylesheet href=\"http://www.blogger.com/styles/atom.css\" type=\"text/css\"?>"
         "<feed xmlns='http://www.w3.org/2005/Atom' "
         "xmlns:openSearch='http://a9.com/-/spec/opensearchrss/1.0/' "
         "xmlns:blogger='http://schemas.google.com/blogger/2008' "
         "xmlns:georss='http://www.georss.org/georss' "
         "xmlns:gd=\"http://schemas.google.com/g/2005\" "
         "xmlns:thr='http://purl.org/syndication/thread/1.0'>"_s;
    x += u"<id>tag:blogger.com,1999:blog-"_s + QLatin1StringView(BlogId) + u"</id>"_s;
    x += u"<updated>2025-03-12T10:00:00.000+09:00</updated>"_s;
    for (const QString &c : std::as_const(categories))
        x += u"<category term=\""_s + esc(c) + u"\"/>"_s;
    x += u"<title type='text'>"_s + esc(blogTitle) + u"</title><subtitle type='html'></subtitle>"_s;
    x += u"<link rel='http://schemas.google.com/g/2005#feed' type='application/atom+xml' href='"_s +
         esc(selfUrl) + u"'/>"_s;
    QUrlQuery selfQuery = query;
    x += u"<link rel='self' type='application/atom+xml' href='"_s + esc(selfUrl) + u'?' +
         esc(selfQuery.toString(QUrl::FullyEncoded)) + u"'/>"_s;
    x += u"<link rel='alternate' type='text/html' href='"_s + esc(postHost) + u"/'/>"_s;
    if (maxResults > 0 && start - 1 + page.size() < sorted.size()) {
        QUrlQuery next = query;
        next.removeAllQueryItems(u"start-index"_s);
        next.removeAllQueryItems(u"max-results"_s);
        next.addQueryItem(u"start-index"_s, QString::number(start + page.size()));
        next.addQueryItem(u"max-results"_s, QString::number(maxResults));
        x += u"<link rel='next' type='application/atom+xml' href='"_s + esc(selfUrl) + u'?' +
             esc(next.toString(QUrl::FullyEncoded)) + u"'/>"_s;
    }
    x += u"<author><name>架空の管理人</name><uri>http://www.blogger.com/profile/0</uri>"
         "<email>noreply@blogger.com</email><gd:image "
         "rel='http://schemas.google.com/g/2005#thumbnail' "
         "width='16' height='16' src='https://img1.blogblog.com/img/b16-rounded.gif'/></author>"
         "<generator version='7.00' uri='http://www.blogger.com'>Blogger</generator>"_s;
    x += u"<openSearch:totalResults>%1</openSearch:totalResults>"
         "<openSearch:startIndex>%2</openSearch:startIndex>"
         "<openSearch:itemsPerPage>%3</openSearch:itemsPerPage>"_s.arg(sorted.size())
             .arg(start)
             .arg(maxResults);
    for (const FakePost &p : page)
        x += entryXml(p, projection, false);
    x += u"</feed>"_s;
    return x.toUtf8();
}

QByteArray FakeBlog::feedPage(const QUrlQuery &query, const QString &selfBase) const
{
    return feed(query, selfBase, QString(), Projection::Default);
}

HttpReply FakeBlog::serve(const HttpRequest &request, const QString &selfBase) const
{
    // /feeds/posts/<projection>[/-/<label> | /<post id>]
    static const QRegularExpression re(
        u"^/feeds/posts/(default|full|summary)(?:/-/(.+)|/(\\d+))?/?$"_s);
    const auto m = re.match(request.path);
    if (!m.hasMatch())
        return HttpReply::error(404, "Not Found");
    const QString p = m.captured(1);
    const Projection projection = p == u"full"_s      ? Projection::Full
                                  : p == u"summary"_s ? Projection::Summary
                                                      : Projection::Default;
    const QUrl base(selfBase);
    const QString self = base.resolved(QUrl(request.path)).toString();
    if (!m.captured(3).isEmpty()) {
        for (const FakePost &post : posts) {
            if (post.postId == m.captured(3))
                return HttpReply::ok(entryXml(post, projection, true).toUtf8());
        }
        return HttpReply::error(404, "Not Found");
    }
    return HttpReply::ok(feed(request.query, self, m.captured(2), projection));
}

} // namespace jikenbo::test
