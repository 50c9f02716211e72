// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

struct _xmlNode;

namespace jikenbo {

// Turns HTML (a feed entry's content, a post body of a saved page) into text with the line
// structure a reader sees: paragraphs, headings and lists become lines set apart by a blank
// line, list items start with their bullet (・) or number ("1. "), <br> and block elements end
// a line, table cells are separated by a tab, and runs of
// white space collapse as a browser collapses them (not in <pre>). Scripts, styles and other
// non-text elements are dropped. Parsing uses libxml2's HTML parser with network access off;
// nothing is ever fetched.
class HtmlToText
{
public:
    static QString convert(QStringView html);
    // The text of one element of a document parsed with libxml2 (HtmlPageReader).
    static QString fromNode(const _xmlNode *node);
    // Once per process, before libxml2 is used from several threads.
    static void initLibrary();
};

} // namespace jikenbo
