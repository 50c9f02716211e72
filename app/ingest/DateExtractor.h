// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QStringView>

namespace jikenbo {

struct FoundDate
{
    QDate date;
    qsizetype position = 0; // in the text searched
    qsizetype length = 0;
    // Repeated: 同日 and the like, set by a reader that resolves them (never by findAll).
    enum Kind { Western, Era, MonthDay, Repeated } kind = Western;
};

// Finds dates in Japanese text: 2023年2月9日, 2023/09/08, 2024-01-09, 令和5年9月7日 (元年 too,
// and 令和5(2023)年5月18日), 平成30年7月23日, R5.9.7, and month-day dates (12月28日) whose
// year is taken from the nearest date before them: a month-day that falls well before the one
// before it in the year (12月28日 … 1月9日) is in the next year. Full-width digits and spaces
// inside dates are accepted. Era dates are checked against the era's first and last day
// (平成32年 is not a date).
class DateExtractor
{
public:
    static QList<FoundDate> findAll(QStringView text);
    // As above; `context` (the notice's announcement date, when known) gives the year of
    // month-day dates that no date before them does (本年/今年: its year, 昨年: the year
    // before), never placing them after it, and stops a year rollover past it.
    static QList<FoundDate> findAll(QStringView text, QDate context);

    // The announcement date at the end of a marker line, e.g. "… 2023年7月21日更新".
    // Returns the date and where it starts in `text`, or an invalid date.
    static QDate trailingDate(QStringView text, qsizetype *start = nullptr);

    // Gregorian date for an era date; invalid when the date is outside the era.
    static QDate fromEra(QStringView era, int year, int month, int day);
};

} // namespace jikenbo
