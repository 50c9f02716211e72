// SPDX-License-Identifier: GPL-3.0-or-later
#include "AtomFeedReader.h"

#include "HtmlToText.h"
#include "core/TextUtil.h"

#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace jikenbo {

namespace {

constexpr QStringView AtomNs = u"http://www.w3.org/2005/Atom";

bool isAtom(const QXmlStreamReader &xml, QStringView localName)
{
    return xml.name() == localName && xml.namespaceUri() == AtomNs;
}

bool isOpenSearch(const QXmlStreamReader &xml, QStringView localName)
{
    return xml.name() == localName &&
           xml.namespaceUri().contains(u"opensearch"_s, Qt::CaseInsensitive);
}

QDateTime parseTime(const QString &s)
{
    QDateTime t = QDateTime::fromString(s.trimmed(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(s.trimmed(), Qt::ISODate);
    return t;
}

int parseInt(const QString &s)
{
    bool ok = false;
    const int v = s.trimmed().toInt(&ok);
    return ok ? v : -1;
}

// A <category term="…"> as a label (NFKC: a full-width colon reads as ':'), once.
void readCategory(QXmlStreamReader &xml, QStringList &labels)
{
    const QString label = text::nfkc(xml.attributes().value(u"term"_s).toString()).trimmed();
    if (!label.isEmpty() && !labels.contains(label))
        labels << label;
    xml.skipCurrentElement();
}

// Reads an Atom text construct (title, content, summary) as HTML.
QString readTextConstructAsHtml(QXmlStreamReader &xml)
{
    const QString type = xml.attributes().value(u"type"_s).toString().toLower();
    if (type == u"xhtml"_s)
        return xml.readElementText(QXmlStreamReader::IncludeChildElements);
    const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
    if (type == u"html"_s || type == u"text/html"_s)
        return text;
    // Plain text: keep its lines.
    return text.toHtmlEscaped().replace(u'\n', u"<br>"_s);
}

} // namespace

bool AtomFeedReader::looksLikeFeed(QStringView text)
{
    const QStringView head = text.first(std::min<qsizetype>(text.size(), 4096));
    const qsizetype feed = head.indexOf(u"<feed"_s);
    if (feed < 0)
        return false;
    const qsizetype html = head.indexOf(u"<html"_s, 0, Qt::CaseInsensitive);
    return html < 0 || feed < html;
}

Result<AtomFeed> AtomFeedReader::read(const QByteArray &bytes)
{
    QXmlStreamReader xml(bytes);
    return parse(xml);
}

Result<AtomFeed> AtomFeedReader::read(const QString &text)
{
    QXmlStreamReader xml(text);
    return parse(xml);
}

Result<AtomFeed> AtomFeedReader::parse(QXmlStreamReader &xml)
{
    using R = Result<AtomFeed>;
    // Entity expansion is refused outright below; this bound is a second line.
    xml.setEntityExpansionLimit(1024);
    // Qt's message may quote the document (an encoding name, say), line breaks and all: the
    // error stays one line.
    auto xmlError = [&xml]() {
        return R::failure(tr("invalid XML at line %1, column %2: %3")
                              .arg(xml.lineNumber())
                              .arg(xml.columnNumber())
                              .arg(xml.errorString().simplified()));
    };

    // Up to the root element: a DOCTYPE is refused, whatever it declares.
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::DTD)
            return R::failure(
                xml.entityDeclarations().isEmpty()
                    ? tr("line %1: a DOCTYPE declaration; an Atom feed has none, refused")
                          .arg(xml.lineNumber())
                    : tr("line %1: a DOCTYPE declaring entities (%2); refused, entities are "
                         "never expanded")
                          .arg(xml.lineNumber())
                          .arg(xml.entityDeclarations().size()));
        if (token == QXmlStreamReader::StartElement)
            break;
    }
    if (xml.hasError())
        return xmlError();
    if (xml.tokenType() != QXmlStreamReader::StartElement)
        return R::failure(tr("the document holds no XML element"));
    if (!isAtom(xml, u"feed") && !isAtom(xml, u"entry"))
        return R::failure(
            tr("not an Atom feed (the root element is <%1>)").arg(xml.qualifiedName()));

    AtomFeed feed;
    if (isAtom(xml, u"entry")) {
        // Blogger's feed of one post: the root is the entry.
        AtomEntry e;
        e.line = int(xml.lineNumber());
        readEntry(xml, e);
        if (!xml.hasError())
            feed.entries.append(std::move(e));
        while (!xml.hasError() && !xml.atEnd())
            xml.readNext();
        if (xml.hasError())
            return xmlError();
        return feed;
    }
    while (xml.readNextStartElement()) {
        if (isAtom(xml, u"entry")) {
            if (feed.entries.size() >= MaxEntries)
                return R::failure(tr("more than %1 entries on one page").arg(MaxEntries));
            AtomEntry e;
            e.line = int(xml.lineNumber());
            readEntry(xml, e);
            if (xml.hasError())
                break;
            feed.entries.append(std::move(e));
        } else if (isAtom(xml, u"id")) {
            feed.id = xml.readElementText().trimmed();
        } else if (isAtom(xml, u"title")) {
            feed.title = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        } else if (isAtom(xml, u"updated")) {
            feed.updated = parseTime(xml.readElementText());
        } else if (isAtom(xml, u"category")) {
            readCategory(xml, feed.categories);
        } else if (isAtom(xml, u"link")) {
            const auto a = xml.attributes();
            if (a.value(u"rel"_s) == u"next"_s)
                feed.nextUrl = a.value(u"href"_s).toString();
            xml.skipCurrentElement();
        } else if (isOpenSearch(xml, u"totalResults")) {
            feed.totalResults = parseInt(xml.readElementText());
        } else if (isOpenSearch(xml, u"startIndex")) {
            feed.startIndex = parseInt(xml.readElementText());
        } else if (isOpenSearch(xml, u"itemsPerPage")) {
            feed.itemsPerPage = parseInt(xml.readElementText());
        } else {
            xml.skipCurrentElement();
        }
    }
    // Whatever follows the root must be well-formed too (and nothing but comments).
    while (!xml.hasError() && !xml.atEnd())
        xml.readNext();
    if (xml.hasError())
        return xmlError();
    return feed;
}

void AtomFeedReader::readEntry(QXmlStreamReader &xml, AtomEntry &e)
{
    while (xml.readNextStartElement()) {
        if (isAtom(xml, u"id")) {
            e.id = xml.readElementText().trimmed();
        } else if (isAtom(xml, u"title")) {
            const bool html = xml.attributes().value(u"type"_s).toString().toLower() == u"html"_s;
            const QString t = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            e.title = html ? HtmlToText::convert(t) : t;
        } else if (isAtom(xml, u"content")) {
            e.contentHtml = readTextConstructAsHtml(xml);
            e.hasContent = true;
        } else if (isAtom(xml, u"summary")) {
            e.summaryHtml = readTextConstructAsHtml(xml);
        } else if (isAtom(xml, u"category")) {
            readCategory(xml, e.labels);
        } else if (isAtom(xml, u"published")) {
            e.published = parseTime(xml.readElementText());
        } else if (isAtom(xml, u"updated")) {
            e.updated = parseTime(xml.readElementText());
        } else if (isAtom(xml, u"link")) {
            const auto a = xml.attributes();
            if (a.value(u"rel"_s) == u"alternate"_s && e.alternateUrl.isEmpty())
                e.alternateUrl = a.value(u"href"_s).toString();
            xml.skipCurrentElement();
        } else {
            xml.skipCurrentElement();
        }
    }
}

bool AtomFeedReader::toPost(const AtomEntry &entry, ParsedPost &post)
{
    const QStringView title = text::trimmed(entry.title);
    const qsizetype nl = title.indexOf(u'\n');
    if (!PostParser::parseMarker(nl < 0 ? title : title.first(nl), post))
        return false;
    post.line = entry.line;
    post.labels = entry.labels;
    post.body = HtmlToText::convert(entry.contentHtml);
    PostParser::fillFromBody(post, post.body);
    if (entry.published.isValid())
        post.postedOn = entry.published.date();
    post.sourceUpdated = entry.updated;
    post.sourceUrl = entry.alternateUrl;
    post.sourcePostId = entry.id;
    return true;
}

ParsedPage AtomFeedReader::toPage(const AtomFeed &feed)
{
    ParsedPage page;
    for (const AtomEntry &e : feed.entries) {
        ParsedPost post;
        if (!e.hasContent && !e.summaryHtml.isEmpty()) {
            ++page.skippedPosts;
            page.warnings << tr("entry at line %1 (%2) has only a summary, not the full text; "
                                "not imported (read the blog's full feed, /feeds/posts/full)")
                                 .arg(e.line)
                                 .arg(text::trimmed(e.title).left(80).toString());
            continue;
        }
        if (toPost(e, post)) {
            if (PostParser::hasNoText(post))
                page.warnings << PostParser::noTextWarning(post);
            page.incidents.append(std::move(post));
        } else
            ++page.skippedPosts;
    }
    return page;
}

} // namespace jikenbo
