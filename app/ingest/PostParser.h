// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PageSplitter.h"
#include "ParsedPost.h"

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
    // Builds a post from a title line and body text that arrive separately (feeds, HTML).
    static bool parseMarker(QStringView markerLine, ParsedPost &post);
    static void fillFromBody(ParsedPost &post, QStringView bodyText);
};

} // namespace jikenbo
