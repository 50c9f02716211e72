// SPDX-License-Identifier: GPL-3.0-or-later
#include "HtmlPageReader.h"

#include "DateExtractor.h"
#include "HtmlDocument.h"
#include "HtmlToText.h"
#include "core/TextUtil.h"

#include <QDateTime>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace jikenbo {

namespace {

const QRegularExpression &labelStatusRe()
{
    static const QRegularExpression re(
        u"ラベル[\\s\\x{3000}]+(.+?)[\\s\\x{3000}]*の投稿を表示しています"_s);
    return re;
}

bool isPostContainer(const xmlNode *n)
{
    return HtmlDocument::hasClass(n, u"post-outer") ||
           (HtmlDocument::hasClass(n, u"post") && HtmlDocument::hasClass(n, u"hentry"));
}

QString firstLine(const QString &s)
{
    const QStringView t = text::trimmed(s);
    const qsizetype nl = t.indexOf(u'\n');
    return (nl < 0 ? t : t.first(nl)).toString();
}

QString metaItemprop(const xmlNode *post, const char *itemprop)
{
    const xmlNode *m = HtmlDocument::findFirst(post, [itemprop](const xmlNode *n) {
        return HtmlDocument::attribute(n, "itemprop") == QLatin1StringView(itemprop);
    });
    if (!m)
        return {};
    const QString content = HtmlDocument::attribute(m, "content");
    return content.isEmpty() ? HtmlDocument::rawText(m).trimmed() : content.trimmed();
}

QString digitsOnly(const QString &s)
{
    static const QRegularExpression re(u"^\\d{4,25}$"_s);
    return re.match(s).hasMatch() ? s : QString();
}

struct PageWalk
{
    ParsedPage page;
    QDate dayHeader; // the date-header above the current day's posts

    void walk(const xmlNode *n, int depth)
    {
        if (depth > 200)
            return;
        for (const xmlNode *c = n ? n->children : nullptr; c; c = c->next) {
            if (c->type != XML_ELEMENT_NODE)
                continue;
            if (HtmlDocument::isElement(c, "script") || HtmlDocument::isElement(c, "style"))
                continue;
            if (HtmlDocument::hasClass(c, u"date-header")) {
                const auto dates = DateExtractor::findAll(text::nfkc(HtmlDocument::rawText(c)));
                if (!dates.isEmpty())
                    dayHeader = dates.first().date;
                continue;
            }
            if (HtmlDocument::hasClass(c, u"status-msg-body") ||
                HtmlDocument::hasClass(c, u"status-msg-wrap")) {
                const auto m = labelStatusRe().match(HtmlDocument::rawText(c));
                if (m.hasMatch()) {
                    const QString label = text::nfkc(m.capturedView(1)).trimmed();
                    if (!label.isEmpty() && !page.pageLabels.contains(label))
                        page.pageLabels << label;
                }
                continue;
            }
            if (isPostContainer(c)) {
                readPost(c);
                continue;
            }
            walk(c, depth + 1);
        }
    }

    void readPost(const xmlNode *post)
    {
        const xmlNode *titleNode = HtmlDocument::findFirst(post, [](const xmlNode *n) {
            return HtmlDocument::hasClass(n, u"post-title") ||
                   HtmlDocument::hasClass(n, u"entry-title");
        });
        ParsedPost p;
        p.line = int(xmlGetLineNo(titleNode ? titleNode : post));
        if (!titleNode || !PostParser::parseMarker(firstLine(HtmlToText::fromNode(titleNode)), p)) {
            ++page.skippedPosts;
            return;
        }
        const xmlNode *body = HtmlDocument::findFirst(post, [](const xmlNode *n) {
            return HtmlDocument::hasClass(n, u"post-body") ||
                   HtmlDocument::hasClass(n, u"entry-content");
        });
        p.body = body ? HtmlToText::fromNode(body) : QString();

        // Labels: the post's own label links, then the label page's.
        auto addLabel = [&p](const QString &raw) {
            const QString label = text::nfkc(raw).trimmed();
            if (!label.isEmpty() && !p.labels.contains(label))
                p.labels << label;
        };
        const xmlNode *labels = HtmlDocument::findFirst(
            post, [](const xmlNode *n) { return HtmlDocument::hasClass(n, u"post-labels"); });
        auto isLink = [](const xmlNode *n) {
            return HtmlDocument::isElement(n, "a");
        };
        auto isTagLink = [](const xmlNode *n) {
            return HtmlDocument::isElement(n, "a") &&
                   HtmlDocument::attribute(n, "rel").split(u' ').contains(u"tag"_s);
        };
        if (labels)
            HtmlDocument::forEach(labels, isLink,
                                  [&](const xmlNode *a) { addLabel(HtmlDocument::rawText(a)); });
        else
            HtmlDocument::forEach(post, isTagLink,
                                  [&](const xmlNode *a) { addLabel(HtmlDocument::rawText(a)); });
        for (const QString &l : std::as_const(page.pageLabels))
            addLabel(l);

        // When it was posted: the timestamp's machine-readable time, else the day's header.
        const xmlNode *published = HtmlDocument::findFirst(post, [](const xmlNode *n) {
            return HtmlDocument::hasClass(n, u"published") ||
                   HtmlDocument::attribute(n, "itemprop") == u"datePublished"_s;
        });
        if (published) {
            for (const char *attr : {"datetime", "title", "content"}) {
                const QDateTime t = QDateTime::fromString(
                    HtmlDocument::attribute(published, attr).trimmed(), Qt::ISODateWithMs);
                if (t.isValid()) {
                    p.postedOn = t.date();
                    break;
                }
            }
        }
        if (!p.postedOn.isValid())
            p.postedOn = dayHeader;

        // Link to the post.
        const xmlNode *titleLink = HtmlDocument::findFirst(titleNode, isLink);
        p.sourceUrl = HtmlDocument::attribute(titleLink, "href");
        if (p.sourceUrl.isEmpty()) {
            const xmlNode *stamp = HtmlDocument::findFirst(post, [](const xmlNode *n) {
                return HtmlDocument::hasClass(n, u"timestamp-link");
            });
            p.sourceUrl = HtmlDocument::attribute(stamp, "href");
        }
        if (p.sourceUrl.isEmpty())
            p.sourceUrl = metaItemprop(post, "url");

        // Blogger's ids make the same post id as the feed's entry id.
        QString postId = digitsOnly(metaItemprop(post, "postId"));
        if (postId.isEmpty() && body) {
            const QString id = HtmlDocument::attribute(body, "id");
            if (id.startsWith(u"post-body-"_s))
                postId = digitsOnly(id.mid(10));
        }
        const QString blogId = digitsOnly(metaItemprop(post, "blogId"));
        if (!postId.isEmpty() && !blogId.isEmpty())
            p.sourcePostId = u"tag:blogger.com,1999:blog-"_s + blogId + u".post-"_s + postId;

        PostParser::fillFromBody(p, p.body);
        page.incidents.append(std::move(p));
    }
};

} // namespace

bool HtmlPageReader::looksLikeHtml(QStringView text)
{
    const QStringView head = text::trimmed(text.first(std::min<qsizetype>(text.size(), 4096)));
    if (head.startsWith(u"<!doctype html"_s, Qt::CaseInsensitive) ||
        head.startsWith(u"<html"_s, Qt::CaseInsensitive))
        return true;
    if (!head.startsWith(u'<'))
        return false;
    const qsizetype html = head.indexOf(u"<html"_s, 0, Qt::CaseInsensitive);
    const qsizetype feed = head.indexOf(u"<feed"_s);
    return html >= 0 && (feed < 0 || html < feed);
}

ParsedPage HtmlPageReader::read(QStringView html)
{
    const HtmlDocument doc(html);
    PageWalk w;
    if (!doc.isValid())
        return w.page;
    const xmlNode *root = doc.root();
    if (root && isPostContainer(root))
        w.readPost(root);
    else
        w.walk(root, 0);
    // A label page names its label before its posts, but be sure every post carries it.
    for (ParsedPost &p : w.page.incidents) {
        for (const QString &l : std::as_const(w.page.pageLabels)) {
            if (!p.labels.contains(l))
                p.labels << l;
        }
    }
    return w.page;
}

} // namespace jikenbo
