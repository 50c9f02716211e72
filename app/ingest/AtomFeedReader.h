// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AtomFeed.h"
#include "PostParser.h"
#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QXmlStreamReader;

namespace jikenbo {

// Reads one page of a Blogger Atom feed with QXmlStreamReader. A document with a DOCTYPE is
// refused (Atom has none; a DTD is how entity-expansion bombs and external entities come in),
// and so is anything that is not well-formed: a malformed page yields an error, never part of
// its entries. A document whose root is one <entry> (Blogger's feed of a single post) reads as
// a feed of that entry.
class AtomFeedReader
{
    Q_DECLARE_TR_FUNCTIONS(AtomFeedReader)

public:
    static constexpr int MaxEntries = 10000;

    static Result<AtomFeed> read(const QByteArray &xml);
    static Result<AtomFeed> read(const QString &xml);
    // Quick test on the start of a decoded file: an Atom <feed> document?
    static bool looksLikeFeed(QStringView text);

    // Incident posts of the entries: the title is the marker line, the HTML content becomes
    // the body text, labels, dates, link and entry id come along. Other entries are counted
    // as skipped, and so are entries that carry only a summary (with a warning): a summary is
    // never stored as the notice.
    static ParsedPage toPage(const AtomFeed &feed);
    static bool toPost(const AtomEntry &entry, ParsedPost &post);

private:
    static Result<AtomFeed> parse(QXmlStreamReader &xml);
    static void readEntry(QXmlStreamReader &xml, AtomEntry &e);
};

} // namespace jikenbo
