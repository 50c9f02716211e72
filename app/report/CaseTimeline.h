// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/IncidentRecord.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace jikenbo {

class Database;

// Every post of an incident's case in date order — the first notice, 続報, 調査結果 … — with what
// each one changed against the post before it: the affected count, the cause, the sector, the
// discovered and occurred dates (read from each notice like the printed summary does).
//
// A case is the posts that share the incident's case id (a year alone, "2022", is no case) and
// the chain of follow-ups the store linked (follow_up_of), in both directions.
struct CaseTimeline
{
    Q_DECLARE_TR_FUNCTIONS(CaseTimeline)

public:
    enum class Kind { FirstNotice, Update, Investigation, Final };

    struct Change
    {
        QString field; // "affected", "cause", "sector", "discovered", "occurred"
        QString before; // in the UI language; empty when the earlier post did not say
        QString after;
    };

    struct Entry
    {
        IncidentRecord post; // without its body
        QDate date;          // announced, else posted
        Kind kind = Kind::Update;
        QList<Change> changes; // against the entry before it; none for the first
    };

    QList<Entry> entries; // oldest first

    // The case of `incident` (its body need not be loaded); a case of one post has one entry.
    static Result<CaseTimeline> of(Database &db, const IncidentRecord &incident);
    // The same from posts already loaded with their bodies, in any order.
    static CaseTimeline fromPosts(QList<IncidentRecord> posts);

    // "第2報", "続報", "調査結果" …: what a post's title says it is; the earliest is the first notice.
    static Kind kindOfTitle(const QString &title);
    static QString kindName(Kind k);
    static QString fieldName(const QString &field);
    // "件数: 1,200 → 3,400" in the UI language.
    static QString describe(const Change &c);
};

} // namespace jikenbo
