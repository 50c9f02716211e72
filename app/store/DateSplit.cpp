// SPDX-License-Identifier: GPL-3.0-or-later
#include "DateSplit.h"

#include "SqliteBind.h"

#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <thread>

using namespace Qt::StringLiterals;

namespace jikenbo {

namespace {

constexpr int Samples = 64;

// The dates of notices at evenly spaced ids, sorted; nothing when there are too few notices to
// sample.
QList<QByteArray> sampledDates(sqlite3 *h)
{
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
    for (int i = 0; i < Samples; ++i) {
        sqlite3_bind_int64(at, 1, lo + (hi - lo) * i / (Samples - 1));
        if (sqlite3_step(at) == SQLITE_ROW && sqlite3_column_type(at, 0) != SQLITE_NULL)
            dates << QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(at, 0)),
                                sqlite3_column_bytes(at, 0));
        sqlite3_reset(at);
    }
    sqlite3_finalize(at);
    std::sort(dates.begin(), dates.end());
    return dates;
}

} // namespace

QList<DatePart> announcedOnParts(sqlite3 *h, int count)
{
    const QList<QByteArray> dates = sampledDates(h);
    if (count < 2 || dates.size() < Samples / 4)
        return {};
    // Bounds at every (dates / count)-th sample, each date once.
    QList<QByteArray> bounds;
    for (int k = 1; k < count; ++k) {
        const QByteArray &d = dates[dates.size() * k / count];
        if (bounds.isEmpty() || bounds.last() != d)
            bounds << d;
    }
    QList<DatePart> parts;
    parts.append({u"i.announced_on IS NULL"_s, {}});
    for (qsizetype k = 0; k <= bounds.size(); ++k) {
        DatePart p;
        QStringList on;
        if (k > 0) {
            on << u"i.announced_on >= ?"_s;
            p.binds << QString::fromUtf8(bounds[k - 1]);
        }
        if (k < bounds.size()) {
            on << u"i.announced_on < ?"_s;
            p.binds << QString::fromUtf8(bounds[k]);
        }
        p.condition = on.join(u" AND "_s);
        parts.append(p);
    }
    return parts;
}

void readParts(sqlite3 *own, sqlite3 *helper, qsizetype parts,
               const std::function<bool(sqlite3 *, qsizetype)> &read)
{
    std::atomic<qsizetype> next{0};
    std::atomic<bool> stop{false};
    auto take = [&](sqlite3 *h) {
        for (qsizetype k; !stop.load() && (k = next++) < parts;) {
            if (!read(h, k))
                stop.store(true);
        }
    };
    std::thread other([&] { take(helper); });
    take(own);
    other.join();
}

} // namespace jikenbo
