// SPDX-License-Identifier: GPL-3.0-or-later
#include "SourceReader.h"

#include "AtomFeedReader.h"
#include "HtmlPageReader.h"
#include "TextDecoder.h"
#include "core/InputFile.h"
#include "core/TextUtil.h"

#include <cstring>

using namespace Qt::StringLiterals;

namespace jikenbo {

Result<ReadSource> SourceReader::readFile(const QString &path)
{
    // Never opens what is not a regular file: a FIFO or /proc/kmsg would be read forever.
    auto bytes = InputFile::read(path, MaxFileBytes);
    if (!bytes.ok())
        return Result<ReadSource>::failure(bytes.error());
    return readBytes(bytes.value());
}

Result<ReadSource> SourceReader::readBytes(const QByteArray &bytes)
{
    using R = Result<ReadSource>;
    // A line far longer than any page has is refused before decoding (bounded memory): four
    // bytes per character is the most any supported encoding takes.
    {
        const char *p = bytes.constData();
        const char *end = p + bytes.size();
        const qsizetype limit = qsizetype(MaxLineChars) * 4;
        const char *lineStart = p;
        while (lineStart < end) {
            const qsizetype left = end - lineStart;
            const void *nl = memchr(lineStart, '\n', size_t(std::min(left, limit + 1)));
            if (!nl) {
                if (left > limit && !memchr(lineStart, '\r', size_t(limit + 1)))
                    return R::failure(
                        tr("a line is longer than %1 characters: not a page of the blog")
                            .arg(MaxLineChars));
                break;
            }
            lineStart = static_cast<const char *>(nl) + 1;
        }
    }
    auto decoded = TextDecoder::decode(bytes);
    if (!decoded.ok())
        return R::failure(decoded.error());
    auto r = readText(decoded->text);
    if (r.ok()) {
        r->encoding = decoded->encoding;
        r->warnings = decoded->warnings + r->warnings;
    }
    return r;
}

Result<ReadSource> SourceReader::readText(const QString &text)
{
    using R = Result<ReadSource>;
    if (text::isBlank(text))
        return R::failure(tr("the file holds no text"));
    if (AtomFeedReader::looksLikeFeed(text))
        return readFeed(text);
    if (HtmlPageReader::looksLikeHtml(text))
        return readHtml(text);
    // A page of the blog has lines; a megabyte without one is not a page.
    qsizetype lineStart = 0;
    int lineNo = 1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i == text.size() || text[i] == u'\n' || text[i] == u'\r') {
            if (i - lineStart > MaxLineChars)
                return R::failure(tr("line %1 is longer than %2 characters: not a page of the blog")
                                      .arg(lineNo)
                                      .arg(MaxLineChars));
            lineStart = i + 1;
            ++lineNo;
        }
    }
    ReadSource out;
    out.format = ReadSource::Text;
    out.page = PostParser::parsePage(text);
    return finish(std::move(out));
}

Result<ReadSource> SourceReader::readHtml(const QString &text)
{
    ReadSource out;
    out.format = ReadSource::Html;
    out.page = HtmlPageReader::read(text);
    return finish(std::move(out));
}

Result<ReadSource> SourceReader::readFeed(const QString &text)
{
    auto feed = AtomFeedReader::read(text);
    if (!feed.ok())
        return Result<ReadSource>::failure(tr("not a readable Atom feed: %1").arg(feed.error()));
    ReadSource out;
    out.format = ReadSource::AtomFeed;
    out.page = AtomFeedReader::toPage(feed.value());
    return finish(std::move(out));
}

Result<ReadSource> SourceReader::finish(ReadSource out)
{
    out.warnings = out.page.warnings;
    if (out.page.incidents.isEmpty())
        return Result<ReadSource>::failure(tr("no incident posts found (%n other post(s) skipped)",
                                              nullptr, out.page.skippedPosts));
    return out;
}

} // namespace jikenbo
