// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PageSplitter.h"
#include "core/ParsedPost.h"

#include <QList>
#include <QStringList>
#include <QStringView>

namespace jikenbo {

struct ParsedPage
{
    QList<ParsedPost> incidents;
    int skippedPosts = 0; // posts that are not incident notices (and a leading fragment)
    QStringList pageLabels;
    QStringList warnings;
};

// Turns a page's text into incident posts: finds the posts (PageSplitter), reads each
// marker (case id, organisation, title, trailing date), the caption, the body, the
// follow-up flag, cross-references and the affected count.
class PostParser
{
public:
    static ParsedPage parsePage(QStringView text);
    static ParsedPost parseIncident(const SplitPage &page, const PostSegment &segment,
                                    bool *ok = nullptr);
    static bool isFollowUpTitle(QStringView title);
    // Whether the opening of a body says the notice follows an earlier one it published
    // ("第一報でお知らせしたとおり", "4月1日付「…」にて公表いたしました件について").
    static bool bodyRefersToEarlierNotice(QStringView body);
    // Builds a post from a title line and body text that arrive separately (feeds, HTML).
    static bool parseMarker(QStringView markerLine, ParsedPost &post);
    static void fillFromBody(ParsedPost &post, QStringView bodyText);
    // The warning for a post with no text (cut short, or only images): it is imported with an
    // empty body, and the user is told which one it is.
    static bool hasNoText(const ParsedPost &post);
    static QString noTextWarning(const ParsedPost &post);
};

} // namespace jikenbo
