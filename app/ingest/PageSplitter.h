// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace jikenbo {

// A page split into posts. Lines are views into the page text the splitter was given.
struct PostSegment
{
    enum Kind { Incident, Other, Fragment };
    Kind kind = Other;
    qsizetype firstLine = 0; // index of the marker / title line (0-based)
    qsizetype endLine = 0;   // one past the last line
};

struct SplitPage
{
    QList<QStringView> lines;
    QStringList pageLabels; // from "ラベル インシデント:… の投稿を表示しています。"
    QList<PostSegment> posts; // in page order
};

// Finds where posts start on a page copied as text from the blog.
//
// An incident post starts with a 【セキュリティ事件簿#…】 marker at the start of a line. Other
// posts start with an unmarked title line, which the blog's layout sets apart: a blank line
// before it, at least two blank lines (or blank, no-break space, blank) after it. Body
// headings share that layout, so a candidate is rejected when it reads like part of a notice:
// it is numbered or bulleted (1. (1) ① ■ ・ 第1), ends like a sentence (。 or a colon), is
// shorter than ten characters, starts with a date, is a "field: value" line, directly follows
// a numbered heading, or would leave the post before it empty.
class PageSplitter
{
public:
    static SplitPage split(QStringView page);
    static bool isMarkerLine(QStringView line);
};

} // namespace jikenbo
