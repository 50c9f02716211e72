// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace jikenbo {

// One <entry> of a Blogger Atom feed, as read (content still HTML).
struct AtomEntry
{
    QString id; // tag:blogger.com,1999:blog-….post-…
    QString title;
    QString contentHtml;
    bool hasContent = false; // a <content> element (a blog set to "short" feeds sends none)
    QString summaryHtml;     // <summary>: never stored as the notice
    QStringList labels;      // <category term="…">
    QDateTime published;
    QDateTime updated;
    QString alternateUrl; // <link rel="alternate" type="text/html">
    int line = 0;         // line of <entry> in the document
};

// One page of a feed: its entries and the paging numbers Blogger sends.
struct AtomFeed
{
    QString id;
    QString title;
    QDateTime updated;
    int totalResults = -1;  // openSearch:totalResults, -1 when absent
    int startIndex = -1;    // openSearch:startIndex
    int itemsPerPage = -1;  // openSearch:itemsPerPage
    QString nextUrl;        // <link rel="next">
    QStringList categories; // the feed's own <category> list: every label of the blog
    QList<AtomEntry> entries;

    // Entries with a <summary> and no <content>: what a blog whose feed is set to "short" sends.
    int summaryOnlyEntries() const
    {
        int n = 0;
        for (const AtomEntry &e : entries)
            n += !e.hasContent && !e.summaryHtml.isEmpty();
        return n;
    }
};

} // namespace jikenbo
