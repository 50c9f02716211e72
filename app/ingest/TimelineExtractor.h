// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

#include <optional>

namespace jikenbo {

// A date the notice states for one moment of the incident, with the words that say so.
struct TimelineDate
{
    QDate date;
    QString cue; // the word that ties the date to the moment, e.g. 判明, 連絡を受け, 発生日
    QString evidence; // the sentence (or label line) the date is stated in, NFKC, shortened

    bool isValid() const { return date.isValid(); }
};

// When an incident happened, when the organisation learned of it and when it said so.
struct NoticeTimeline
{
    TimelineDate occurred;   // the attack, the loss, the mis-sending, or the start of an exposure
    TimelineDate discovered; // the first day the organisation (its staff included) knew of it
    QDate announced;         // the notice's own date, as given to extract()

    // Days from discovery to announcement; none when either is unknown or they contradict.
    std::optional<int> disclosureDays() const;
};

// Reads the timeline of an incident from its notice.
//
// Notices tie a date to what happened by the predicate of the clause the date opens
// ("令和5年10月20日、…閲覧可能の状態であったことが判明しました", "5月5日深夜に…暗号化され"),
// by a label ("発生日:令和5年5月23日", "2.判明日時" above the date), or by a period ("閲覧可能
// 期間 2023年11月29日~2024年1月12日"). A clause runs from its date to the end of the sentence
// or to the next date that opens a clause of its own; the last cue in it decides what the date
// is: a discovery (判明, 発覚, 気付, 検知, 確認, a report or a warning received …) or an occurrence
// (発生, 不正アクセス, 攻撃, 感染, 暗号化, 紛失, 誤送信, 掲載, 流出 …). Negated cues
// ("確認されておりません") do not count. The earliest discovery and the earliest occurrence
// win; neither may be after the announcement, and an occurrence not after the discovery.
//
// Dates are found by DateExtractor in the NFKC text: era dates validated against the era,
// full-width digits, and month-day dates whose year comes from the dates before them or, when
// none, from the announcement (`context`).
class TimelineExtractor
{
public:
    // `announced` is the notice's date (may be invalid). `caseYear` (the year of the case id)
    // gives month-day dates a year when the notice has no date at all; 0 when unknown.
    static NoticeTimeline extract(QStringView body, QDate announced, int caseYear = 0);
};

} // namespace jikenbo
