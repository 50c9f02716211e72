// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringView>

namespace jikenbo {

struct NoticeTimeline;

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

// Dates a printed summary lists: key dates for the field table and the timeline. Occurred and
// discovered are TimelineExtractor's (so the print and the analysis fields cannot disagree);
// reported, restored and published are the dates nearest their words.
class NoticeDates
{
    Q_DECLARE_TR_FUNCTIONS(NoticeDates)

public:
    static constexpr int MaxTimelineEvents = 30;

    // The first date of each kind, in the order of Kind: occurred and discovered from
    // `timeline` (TimelineExtractor's reading of the same body), the others from the text.
    static QList<KeyDate> keyDates(QStringView body, const NoticeTimeline &timeline);
    // The same, reading the timeline of `body` first (`announced` and `caseYear` as
    // TimelineExtractor::extract takes them).
    static QList<KeyDate> keyDates(QStringView body, QDate announced = {}, int caseYear = 0);
    // Events in the order of the notice; empty when fewer than two.
    static QList<TimelineEvent> timeline(QStringView body);
    // "Occurred" / 発生日 … in the UI language.
    static QString kindName(KeyDate::Kind kind);
};

} // namespace jikenbo
