// SPDX-License-Identifier: GPL-3.0-or-later
// The Atom feed reader and the saved-HTML page reader (libxml2) on arbitrary bytes.
#include "ingest/AtomFeedReader.h"
#include "ingest/HtmlPageReader.h"
#include "ingest/HtmlToText.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto feed = jikenbo::AtomFeedReader::read(bytes);
    if (feed.ok()) {
        const jikenbo::ParsedPage page = jikenbo::AtomFeedReader::toPage(feed.value());
        for (const jikenbo::ParsedPost &p : page.incidents) {
            if (p.caseId.isEmpty() || p.title.isEmpty())
                __builtin_trap();
        }
    } else if (feed.error().isEmpty() || feed.error().contains(u'\n')) {
        __builtin_trap();
    }
    const QString text = QString::fromUtf8(bytes);
    const jikenbo::ParsedPage html = jikenbo::HtmlPageReader::read(text);
    for (const jikenbo::ParsedPost &p : html.incidents) {
        if (p.caseId.isEmpty())
            __builtin_trap();
    }
    (void)jikenbo::HtmlToText::convert(text);
    return 0;
}
