// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QVariantList>

#include <functional>

struct sqlite3;

namespace jikenbo {

// Parts of a scan of an index that starts with announced_on (the trend indexes), for two
// connections to share. From the dates of notices at 64 evenly spaced ids: a few lookups by
// rowid, not a scan.
//
// One part of such a scan: a condition on i.announced_on (its values as `?`, bound in order).
struct DatePart
{
    QString condition;
    QVariantList binds;
};

// How many parts announcedOnParts is asked for by the scans shared by two connections.
inline constexpr int PartsPerScan = 16;

// The notices in parts by the same samples: the undated first, then up to `count` ranges of
// announced_on of about the same size between sampled dates. Empty when there are too few
// notices to split. Many parts rather than two: the matches of a query may crowd into a few
// years, and two halves by date would then leave one connection with nearly all of them.
QList<DatePart> announcedOnParts(sqlite3 *h, int count);

// Reads every part once, each by whichever of the two connections is free first (`read` is
// called on this thread with `own`, on a thread of its own with `helper`). A part's read
// returns false to stop both (an error, or told to stop).
void readParts(sqlite3 *own, sqlite3 *helper, const QList<DatePart> &parts,
               const std::function<bool(sqlite3 *, const DatePart &)> &read);

} // namespace jikenbo
