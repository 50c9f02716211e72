// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringView>

namespace jikenbo {

// A date of the notice that a word near it explains: 発生 (occurred), 発覚 (discovered) …
struct KeyDate
{
    enum Kind { Occurred, Discovered, Reported, Restored, Published };
    Kind kind = Occurred;
    QDate date;
    QString word;    // the word found next to the date, e.g. 判明
    QString context; // the sentence it is in, shortened
};

// A dated event of the notice's 経緯: a line or sentence that starts with a date.
struct TimelineEvent
{
    QDate date;
    QString dateText; // as written in the notice
    QString text;     // what happened, shortened
};

// Dates a printed summary lists: key dates for the field table and the timeline, both read
// from the notice text with DateExtractor.
class NoticeDates
{
    Q_DECLARE_TR_FUNCTIONS(NoticeDates)

public:
    static constexpr int MaxTimelineEvents = 30;

    // The first date of each kind, in the order of Kind.
    static QList<KeyDate> keyDates(QStringView body);
    // Events in the order of the notice; empty when fewer than two.
    static QList<TimelineEvent> timeline(QStringView body);
    // "Occurred" / 発生日 … in the UI language.
    static QString kindName(KeyDate::Kind kind);
};

} // namespace jikenbo
