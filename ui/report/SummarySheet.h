// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "report/NoticeFacts.h"
#include "core/IncidentRecord.h"

#include <QList>
#include <QStringList>

namespace jikenbo {

class Database;

// What the one-page summary of an incident shows: the incident with its notice text, the
// facts read from it, and the case's other posts in the database (the first notice, 続報,
// 調査結果 …), oldest first.
struct SummarySheet
{
    IncidentRecord incident;
    NoticeFacts facts;
    QList<IncidentRecord> casePosts;

    // A sheet of a record that has its body; the case's posts as given.
    static SummarySheet of(const IncidentRecord &incident, QList<IncidentRecord> casePosts = {});
    // Sheets of records loaded with their body, with their case's other posts from `db`.
    static Result<QList<SummarySheet>> forIncidents(Database &db,
                                                    const QList<IncidentRecord> &incidents);
    // Sheets of the incidents with these keys, in the order given.
    static Result<QList<SummarySheet>> load(Database &db, const QStringList &keys);
};

} // namespace jikenbo
