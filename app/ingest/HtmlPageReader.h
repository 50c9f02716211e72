// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PostParser.h"

#include <QStringView>

namespace jikenbo {

// Reads a page of the blog saved by a browser (front, archive, label or single-post page):
// finds the posts in Blogger's markup (post-outer, or post hentry; post-title entry-title;
// post-body entry-content; post-labels; abbr.published / time.published, or the date-header
// above the posts of a day), turns each body into text with HtmlToText and runs the same
// parser as for text pages. A label page's status message ("ラベル インシデント:… の投稿を
// 表示しています。") gives every post on it that label.
class HtmlPageReader
{
public:
    // Quick test on the start of a decoded file: an HTML document?
    static bool looksLikeHtml(QStringView text);
    static ParsedPage read(QStringView html);
};

} // namespace jikenbo
