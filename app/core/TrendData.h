// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace jikenbo {

// What the categories are: causes (or a survey scheme's categories), sectors, the kinds of data
// leaked (an incident counts once in each kind it leaked, "none" when the notice names none), or
// whether it happened at or through a contractor ("contractor", "direct").
enum class TrendBy { Cause, Sector, DataKind, Contractor };
enum class TrendPeriod { Month, Quarter, Year };

struct TrendOptions
{
    TrendBy by = TrendBy::Cause;
    TrendPeriod period = TrendPeriod::Month;
    // With `by` Cause: empty for the taxonomy's causes, or the id of a survey scheme
    // (schemes.json: "tsr", "jnsa", "veris") whose categories the causes are counted in.
    QString scheme;
    // Also the spread of the days from discovery to announcement per bucket (TrendCell::days).
    bool disclosure = false;

    bool operator==(const TrendOptions &) const = default;
};

// The days from discovery to announcement of the incidents of a bucket that state both dates:
// how many, and the quartiles (linear interpolation between the sorted values) with the extremes.
struct DaysSpread
{
    qint64 n = 0;
    double min = 0, q1 = 0, median = 0, q3 = 0, max = 0;

    bool operator==(const DaysSpread &) const = default;
};

// One (period, category) bucket.
struct TrendCell
{
    qint64 count = 0;       // incidents
    qint64 affected = 0;    // sum of the people affected where the notice states it
    qint64 unknownSize = 0; // incidents whose notice states no number of people
    DaysSpread days;        // with TrendOptions::disclosure

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
    // Each period's incidents, every category together, each counted once (with data kinds an
    // incident is in as many cells as it leaked kinds).
    QList<TrendCell> periodTotals;
    qint64 withDays = 0; // dated matches with days to disclosure (with TrendOptions::disclosure)

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
