// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

struct sqlite3;

namespace jikenbo {

// Where two connections split a scan of an index that starts with announced_on (the trend
// indexes): a date about halfway through the notices in that order, counting those without one
// (which the index puts first) in the first half; empty when there are too few to split. From
// the dates of notices at 64 evenly spaced ids: a few lookups by rowid, not a scan.
QByteArray middleAnnouncedOn(sqlite3 *h);

} // namespace jikenbo
