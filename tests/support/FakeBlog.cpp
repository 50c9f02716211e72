// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeBlog.h"

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

QByteArray FakeBlog::feedPage(const QUrlQuery &query, const QString &selfBase) const
{
    QList<FakePost> sorted = posts;
    const bool byUpdated = query.queryItemValue(u"orderby"_s) == u"updated"_s;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [byUpdated](const FakePost &a, const FakePost &b) {
                         return byUpdated ? a.updated > b.updated : a.published > b.published;
                     });
    const QDateTime min = QDateTime::fromString(
        query.queryItemValue(u"updated-min"_s, QUrl::FullyDecoded), Qt::ISODateWithMs);
    if (byUpdated && min.isValid())
        sorted.removeIf([&min](const FakePost &p) { return p.updated < min; });
    const int start = std::max(1, query.queryItemValue(u"start-index"_s).toInt());
    int max = query.queryItemValue(u"max-results"_s).toInt();
    if (max <= 0)
        max = 25;
    const QList<FakePost> page = sorted.mid(start - 1, max);

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
    x += u"<category term=\"インシデント:誤送信\"/><category term=\"日記\"/>"_s;
    x += u"<title type='text'>架空セキュリティ備忘録</title><subtitle type='html'></subtitle>"_s;
    x += u"<link rel='http://schemas.google.com/g/2005#feed' type='application/atom+xml' href='"_s +
         esc(selfBase) + u"'/>"_s;
    x += u"<link rel='self' type='application/atom+xml' href='"_s + esc(selfBase) + u"'/>"_s;
    if (start - 1 + page.size() < sorted.size())
        x += u"<link rel='next' type='application/atom+xml' href='"_s + esc(selfBase) +
             u"?start-index="_s + QString::number(start + page.size()) + u"&amp;max-results="_s +
             QString::number(max) + u"'/>"_s;
    x += u"<author><name>架空の管理人</name><uri>http://www.blogger.com/profile/0</uri>"
         "<email>noreply@blogger.com</email><gd:image "
         "rel='http://schemas.google.com/g/2005#thumbnail' "
         "width='16' height='16' src='https://img1.blogblog.com/img/b16-rounded.gif'/></author>"
         "<generator version='7.00' uri='http://www.blogger.com'>Blogger</generator>"_s;
    x += u"<openSearch:totalResults>%1</openSearch:totalResults>"
         "<openSearch:startIndex>%2</openSearch:startIndex>"
         "<openSearch:itemsPerPage>%3</openSearch:itemsPerPage>"_s.arg(sorted.size())
             .arg(start)
             .arg(max);
    for (const FakePost &p : page) {
        const QString link = u"https://fictional-notes.example/2025/03/"_s + p.postId + u".html"_s;
        x += u"<entry><id>"_s + entryId(p.postId) + u"</id>"_s;
        x += u"<published>"_s + stamp(p.published) + u"</published>"_s;
        x += u"<updated>"_s + stamp(p.updated) + u"</updated>"_s;
        for (const QString &l : p.labels)
            x += u"<category scheme=\"http://www.blogger.com/atom/ns#\" term=\""_s + esc(l) +
                 u"\"/>"_s;
        x += u"<title type='text'>"_s + esc(p.title) + u"</title>"_s;
        x += u"<content type='html'>"_s + esc(p.html) + u"</content>"_s;
        x +=
            u"<link rel='replies' type='application/atom+xml' href='https://fictional-notes.example/feeds/"_s +
            p.postId + u"/comments/default' title='コメントの投稿'/>"_s;
        x +=
            u"<link rel='edit' type='application/atom+xml' href='https://www.blogger.com/feeds/0/posts/default/"_s +
            p.postId + u"'/>"_s;
        x +=
            u"<link rel='self' type='application/atom+xml' href='https://www.blogger.com/feeds/0/posts/default/"_s +
            p.postId + u"'/>"_s;
        x += u"<link rel='alternate' type='text/html' href='"_s + link + u"' title='"_s +
             esc(p.title) + u"'/>"_s;
        x += u"<author><name>架空の管理人</name><email>noreply@blogger.com</email></author>"
             "<thr:total>0</thr:total></entry>"_s;
    }
    x += u"</feed>"_s;
    return x.toUtf8();
}

HttpReply FakeBlog::serve(const HttpRequest &request, const QString &selfBase) const
{
    if (request.path != u"/feeds/posts/default"_s)
        return HttpReply::error(404, "Not Found");
    return HttpReply::ok(feedPage(request.query, selfBase));
}

} // namespace jikenbo::test
