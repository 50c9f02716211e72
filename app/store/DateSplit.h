// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QVariantList>

#include <functional>

struct sqlite3;

namespace jikenbo {

// One part of a scan of an index that starts with announced_on (the trend indexes), for two
// connections to share: a condition on i.announced_on (its values as `?`, bound in order).
struct DatePart
{
    QString condition;
    QVariantList binds;
};

// How many parts announcedOnParts is asked for by the scans shared by two connections.
inline constexpr int PartsPerScan = 16;

// The notices in parts: the undated first, then up to `count` ranges of announced_on of about
// the same size, between the dates of notices at 64 evenly spaced ids (a few lookups by rowid,
// not a scan). Empty when there are too few notices to split. Many parts rather than two: the
// matches of a query may crowd into a few years, and two halves by date would then leave one
// connection with nearly all of them.
QList<DatePart> announcedOnParts(sqlite3 *h, int count);

// Reads each of `parts` parts once, by whichever of the two connections is free first (`read`
// is called with the part's index, on this thread with `own`, on a thread of its own with
// `helper`). A part's read returns false to stop both (an error, or told to stop).
void readParts(sqlite3 *own, sqlite3 *helper, qsizetype parts,
               const std::function<bool(sqlite3 *, qsizetype)> &read);

} // namespace jikenbo
