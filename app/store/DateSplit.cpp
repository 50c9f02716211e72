// SPDX-License-Identifier: GPL-3.0-or-later
#include "DateSplit.h"

#include "SqliteBind.h"

#include <QList>

#include <sqlite3.h>

#include <algorithm>

namespace jikenbo {

QByteArray middleAnnouncedOn(sqlite3 *h)
{
    constexpr int Samples = 64;
    // (Two statements: SQLite reads min() or max() from an end of the rowids only one at a
    // time; together in one they make it scan an index.)
    const qint64 lo = queryInt(h, "SELECT min(id) FROM incidents").value_or(0);
    const qint64 hi = queryInt(h, "SELECT max(id) FROM incidents").value_or(0);
    if (hi - lo < 4 * Samples)
        return {};
    sqlite3_stmt *at = nullptr;
    if (sqlite3_prepare_v2(h, "SELECT announced_on FROM incidents WHERE id = ?", -1, &at,
                           nullptr) != SQLITE_OK) {
        sqlite3_finalize(at);
        return {};
    }
    QList<QByteArray> dates;
    int found = 0;
    for (int i = 0; i < Samples; ++i) {
        sqlite3_bind_int64(at, 1, lo + (hi - lo) * i / (Samples - 1));
        if (sqlite3_step(at) == SQLITE_ROW) {
            ++found;
            if (sqlite3_column_type(at, 0) != SQLITE_NULL)
                dates << QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(at, 0)),
                                    sqlite3_column_bytes(at, 0));
        }
        sqlite3_reset(at);
    }
    sqlite3_finalize(at);
    std::sort(dates.begin(), dates.end());
    // The first half takes the undated and the earliest dated, up to half of those found.
    const qsizetype undated = found - dates.size();
    const qsizetype split = std::max<qsizetype>(found / 2 - undated, dates.size() / 4);
    if (dates.size() < Samples / 4 || split >= dates.size())
        return {};
    return dates[split];
}

} // namespace jikenbo
