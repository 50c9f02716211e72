// SPDX-License-Identifier: GPL-3.0-or-later
#include "BlogReplica.h"

#include "core/TextUtil.h"
#include "ingest/PageSplitter.h"
#include "ingest/PostParser.h"
#include "ingest/SyntheticCorpus.h"
#include "ingest/TextDecoder.h"
#include "sync/FeedSync.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutexLocker>
#include <QTimeZone>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace jikenbo::test {

namespace {

const QTimeZone Jst(9 * 3600);

// A Blogger post id (19 digits) from the title: the same page text gives the same ids.
QString postIdFor(const QString &title)
{
    const QByteArray h = QCryptographicHash::hash(title.toUtf8(), QCryptographicHash::Sha1);
    const quint64 v = qFromBigEndian<quint64>(h.constData());
    return QString::number(1000000000000000000ull + v % 8000000000000000000ull);
}

// The blog writes its labels with a full-width colon (インシデント：設定ミス).
QString blogLabel(const QString &label)
{
    QString l = label;
    if (l.startsWith(u"インシデント:"_s))
        l[6] = u'：';
    return l;
}

bool isListLine(QStringView line)
{
    return line.startsWith(u'・');
}

} // namespace

QString BlogReplica::bodyHtml(const QStringList &lines)
{
    qsizetype from = 0, to = lines.size();
    while (from < to && text::isBlank(lines[from]))
        ++from;
    while (to > from && text::isBlank(lines[to - 1]))
        --to;
    QString html;
    QStringList paragraph;
    auto flush = [&] {
        if (paragraph.isEmpty())
            return;
        // Runs of ・ lines become a list, the other lines a paragraph with line breaks.
        QStringList plain;
        auto flushPlain = [&] {
            if (!plain.isEmpty())
                html += u"<p>"_s + plain.join(u"<br />"_s) + u"</p>"_s;
            plain.clear();
        };
        bool inList = false;
        for (const QString &l : std::as_const(paragraph)) {
            if (isListLine(l)) {
                flushPlain();
                if (!inList)
                    html += u"<ul>"_s;
                inList = true;
                html += u"<li>"_s + l.mid(1).trimmed().toHtmlEscaped() + u"</li>"_s;
                continue;
            }
            if (inList)
                html += u"</ul>"_s;
            inList = false;
            plain << l.trimmed().toHtmlEscaped();
        }
        if (inList)
            html += u"</ul>"_s;
        flushPlain();
        paragraph.clear();
    };
    for (qsizetype i = from; i < to; ++i) {
        if (text::isBlank(lines[i]))
            flush();
        else
            paragraph << lines[i];
    }
    flush();
    return html;
}

QList<FakePost> BlogReplica::postsFromText(const QString &pageText, const QString &pageName,
                                           int first)
{
    Q_UNUSED(pageName);
    const SplitPage page = PageSplitter::split(pageText);
    QStringList labels;
    for (const QString &l : page.pageLabels)
        labels << blogLabel(l);
    QList<FakePost> out;
    int n = first;
    for (const PostSegment &seg : page.posts) {
        if (seg.kind == PostSegment::Fragment)
            continue; // the end of a post that began on an earlier page
        FakePost p;
        p.title = text::trimmed(page.lines[seg.firstLine]).toString();
        QStringList body;
        for (qsizetype i = seg.firstLine + 1; i < seg.endLine; ++i)
            body << page.lines[i].toString();
        p.html = bodyHtml(body);
        p.labels = labels;
        p.postId = postIdFor(p.title);
        // Published the morning after the notice's date when the marker has one, else an
        // hour apart going back from the start of 2025; updated ten minutes later.
        ParsedPost marker;
        if (seg.kind == PostSegment::Incident && PostParser::parseMarker(p.title, marker) &&
            marker.announcedOn.isValid())
            p.published = QDateTime(marker.announcedOn.addDays(1), QTime(7, n % 60), Jst);
        else
            p.published = QDateTime(QDate(2025, 1, 1), QTime(7, 0), Jst).addSecs(-3600ll * n);
        p.updated = p.published.addSecs(600);
        out << p;
        ++n;
    }
    return out;
}

Result<QList<FakePost>> BlogReplica::postsFromPages(const QStringList &pageFiles)
{
    using R = Result<QList<FakePost>>;
    QStringList files;
    for (const QString &f : pageFiles) {
        const QFileInfo fi(f);
        if (fi.isDir()) {
            for (const QString &name : QDir(f).entryList({u"*.txt"_s}, QDir::Files, QDir::Name))
                files << QDir(f).filePath(name);
        } else {
            files << f;
        }
    }
    QList<FakePost> out;
    QHash<QString, qsizetype> byTitle;
    for (const QString &f : std::as_const(files)) {
        QFile file(f);
        if (!file.open(QIODevice::ReadOnly))
            return R::failure(u"%1: %2"_s.arg(f, file.errorString()));
        const auto decoded = TextDecoder::decode(file.readAll());
        if (!decoded.ok())
            return R::failure(u"%1: %2"_s.arg(f, decoded.error()));
        for (FakePost &p : postsFromText(decoded->text, f, int(out.size()))) {
            // A post shown on two pages is one post of the blog: its labels from both, the
            // longer body.
            if (const auto it = byTitle.constFind(p.title); it != byTitle.cend()) {
                FakePost &had = out[*it];
                for (const QString &l : std::as_const(p.labels)) {
                    if (!had.labels.contains(l))
                        had.labels << l;
                }
                if (p.html.size() > had.html.size())
                    had.html = p.html;
                continue;
            }
            byTitle.insert(p.title, out.size());
            out << std::move(p);
        }
    }
    if (out.isEmpty())
        return R::failure(u"no posts in %1"_s.arg(pageFiles.join(u", "_s)));
    return out;
}

QList<FakePost> BlogReplica::syntheticPosts(int count, int first)
{
    SyntheticCorpus::Options o;
    o.notices = first + count;
    o.otherPostEvery = 0;
    QList<FakePost> out;
    constexpr int PerPage = 100;
    for (int i = first; i < first + count; i += PerPage) {
        QList<FakePost> posts = postsFromText(
            SyntheticCorpus::page(o, i, std::min(PerPage, first + count - i)), QString(), i);
        for (FakePost &p : posts) {
            // Synthetic notices share dates: number them apart, newest first.
            const int n = int(out.size()) + first;
            p.published = QDateTime(QDate(2025, 6, 1), QTime(7, 0), Jst).addSecs(-600ll * n);
            p.updated = p.published.addSecs(60);
            out << std::move(p);
        }
    }
    return out;
}

BlogReplica::BlogReplica()
{
    m_server.setHandler([this](const HttpRequest &r) { return answer(r); });
}

BlogReplica::~BlogReplica()
{
    m_server.setHandler({});
}

bool BlogReplica::start(quint16 port)
{
    if (!m_server.start(port))
        return false;
    QMutexLocker lock(&m_mutex);
    m_blog.postHost = m_server.url(QString()).toString();
    return true;
}

QUrl BlogReplica::feedUrl() const
{
    return m_server.url(u"/feeds/posts/default"_s);
}

QUrl BlogReplica::blogspotFeedUrl() const
{
    return m_server.url(u"/blogspot/feeds/posts/default"_s);
}

QUrl BlogReplica::labelFeedUrl(const QString &label) const
{
    return FeedSync::labelFeedUrl(feedUrl(), label);
}

void BlogReplica::setPosts(const QList<FakePost> &posts)
{
    QMutexLocker lock(&m_mutex);
    m_blog.posts = posts;
}

QList<FakePost> BlogReplica::posts() const
{
    QMutexLocker lock(&m_mutex);
    return m_blog.posts;
}

QDateTime BlogReplica::newest() const
{
    QDateTime t = QDateTime(QDate(2000, 1, 1), QTime(0, 0), Jst);
    for (const FakePost &p : m_blog.posts)
        t = std::max({t, p.updated, p.published});
    return t;
}

bool BlogReplica::editPost(const QString &postId, const std::function<void(FakePost &)> &edit)
{
    QMutexLocker lock(&m_mutex);
    const QDateTime when = newest().addSecs(60);
    for (FakePost &p : m_blog.posts) {
        if (p.postId == postId) {
            edit(p);
            p.updated = when;
            return true;
        }
    }
    return false;
}

bool BlogReplica::deletePost(const QString &postId)
{
    QMutexLocker lock(&m_mutex);
    return m_blog.posts.removeIf([&postId](const FakePost &p) { return p.postId == postId; }) > 0;
}

void BlogReplica::addPost(FakePost post)
{
    QMutexLocker lock(&m_mutex);
    post.published = post.updated = newest().addSecs(60);
    m_blog.posts.prepend(std::move(post));
}

void BlogReplica::failNext(int count, int status, const QByteArray &retryAfter)
{
    QMutexLocker lock(&m_mutex);
    m_failCount = count;
    m_failStatus = status;
    m_retryAfter = retryAfter;
}

void BlogReplica::dropNext(int count)
{
    QMutexLocker lock(&m_mutex);
    m_dropCount = count;
}

void BlogReplica::htmlNext(int count)
{
    QMutexLocker lock(&m_mutex);
    m_htmlCount = count;
}

void BlogReplica::setShortFeed(bool shortFeed, bool everywhere)
{
    QMutexLocker lock(&m_mutex);
    m_blog.shortFeed = shortFeed;
    m_blog.summaryEverywhere = everywhere;
}

void BlogReplica::setFeedBurner(bool on)
{
    QMutexLocker lock(&m_mutex);
    m_feedBurner = on;
}

void BlogReplica::setLatency(int ms)
{
    QMutexLocker lock(&m_mutex);
    m_latencyMs = ms;
}

void BlogReplica::setServerPageSize(int size)
{
    QMutexLocker lock(&m_mutex);
    m_serverPageSize = size;
}

HttpReply BlogReplica::answer(const HttpRequest &request)
{
    QMutexLocker lock(&m_mutex);
    const QString origin = m_server.url(QString()).toString();
    HttpReply reply = [&]() -> HttpReply {
        // The blog's old blogspot.com address: moved for good to its own domain.
        if (request.path.startsWith(u"/blogspot/"_s)) {
            QByteArray to = origin.toUtf8() + request.target.mid(qsizetype(strlen("/blogspot")));
            return HttpReply::redirect(to, 301);
        }
        if (m_feedBurner && request.path.startsWith(u"/feeds/"_s) &&
            request.query.queryItemValue(u"redirect"_s) != u"false"_s)
            return HttpReply::redirect(origin.toUtf8() + "/feedburner/fictional-notes", 302);
        if (request.path.startsWith(u"/feedburner/"_s))
            return HttpReply::ok("<!DOCTYPE html><html><head><title>FeedBurner</title></head>"
                                 "<body>This feed is served elsewhere.</body></html>",
                                 "text/html; charset=UTF-8");
        if (m_failCount > 0) {
            --m_failCount;
            const QByteArray reason = m_failStatus == 503   ? "Service Unavailable"
                                      : m_failStatus == 429 ? "Too Many Requests"
                                      : m_failStatus == 401 ? "Unauthorized"
                                      : m_failStatus == 404 ? "Not Found"
                                                            : "Error";
            HttpReply e = HttpReply::error(m_failStatus, reason);
            if (!m_retryAfter.isEmpty())
                e.headers.append(qMakePair(QByteArray("Retry-After"), m_retryAfter));
            return e;
        }
        if (m_htmlCount > 0) {
            --m_htmlCount;
            return HttpReply::ok("<!DOCTYPE html>\n<html lang='ja'><head><meta charset='UTF-8'>"
                                 "<title>" +
                                     m_blog.blogTitle.toUtf8() +
                                     "</title></head><body><div class='post-outer'>"
                                     "</div></body></html>",
                                 "text/html; charset=UTF-8");
        }
        HttpRequest r = request;
        if (m_serverPageSize > 0) {
            const int asked = r.query.hasQueryItem(u"max-results"_s)
                                  ? r.query.queryItemValue(u"max-results"_s).toInt()
                                  : FakeBlog::DefaultMaxResults;
            r.query.removeAllQueryItems(u"max-results"_s);
            r.query.addQueryItem(u"max-results"_s,
                                 QString::number(std::min(asked, m_serverPageSize)));
        }
        HttpReply ok = m_blog.serve(r, origin + u"/feeds/posts/default"_s);
        if (ok.status == 200 && m_dropCount > 0) {
            --m_dropCount;
            ok.mode = HttpReply::DropMidBody;
        }
        return ok;
    }();
    reply.delayMs = m_latencyMs;
    return reply;
}

} // namespace jikenbo::test
