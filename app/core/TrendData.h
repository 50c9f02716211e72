// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace jikenbo {

enum class TrendBy { Cause, Sector };
enum class TrendPeriod { Month, Quarter, Year };

struct TrendOptions
{
    TrendBy by = TrendBy::Cause;
    TrendPeriod period = TrendPeriod::Month;
    // With `by` Cause: empty for the taxonomy's causes, or the id of a survey scheme
    // (schemes.json: "tsr", "jnsa", "veris") whose categories the causes are counted in.
    QString scheme;

    bool operator==(const TrendOptions &) const = default;
};

// One (period, category) bucket.
struct TrendCell
{
    qint64 count = 0;       // incidents
    qint64 affected = 0;    // sum of the people affected where the notice states it
    qint64 unknownSize = 0; // incidents whose notice states no number of people

    bool operator==(const TrendCell &) const = default;
};

// Counts of a query's matches per period (by event date: announced, else posted) and
// category. Periods run without gaps from the first to the last one with a match; categories
// are those with at least one dated match, in taxonomy order. Incidents without a date are
// counted apart.
struct TrendData
{
    TrendOptions options;
    qint64 total = 0;       // every match, dated or not
    qint64 noDate = 0;      // matches without a date
    QStringList periods;    // "2023-07", "2023-Q3" or "2023", ascending, contiguous
    QStringList keys;       // cause, sector or scheme category keys
    QList<TrendCell> cells; // periods.size() × keys.size(), period-major

    const TrendCell &cell(qsizetype period, qsizetype key) const
    {
        return cells.at(period * keys.size() + key);
    }
    TrendCell &cell(qsizetype period, qsizetype key) { return cells[period * keys.size() + key]; }
    bool isEmpty() const { return total == 0; }

    bool operator==(const TrendData &) const = default;
};

} // namespace jikenbo

Q_DECLARE_METATYPE(jikenbo::TrendData)
