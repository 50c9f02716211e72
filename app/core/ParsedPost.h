// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace jikenbo {

struct AffectedCount
{
    qint64 value = 0;
    QString evidence; // the phrase(s) the number came from
};

// A count a notice states, with what it counts: kept with the incident (stored and shown)
// whether or not it was taken as the affected count, so a reader can judge an unsure call.
struct AffectedCandidate
{
    qint64 value = 0;
    // What is counted: people, records, addresses, cards (of the leaked data); recipients,
    // viewers, staff, messages, files, inquiries, cases, orders (never the affected).
    QString kind;
    QString evidence; // the words around the count, on its line
    double score = 0; // how strongly its surroundings speak of the leaked data
    bool chosen = false;
};

// One incident post as read from a page, before classification.
struct ParsedPost
{
    QString caseId; // "2024-012", or "2022" when the blog gave no sequence number
    int caseYear = 0;
    int caseSeq = -1; // -1 when absent
    QString organization;
    QString title;      // the marker text after 】, minus the trailing date
    QDate announcedOn;  // the marker's trailing date, if any
    QString caption;    // short organisation caption under the marker (label pages)
    QString body;       // the notice text, line structure kept
    QStringList labels; // e.g. "インシデント:内部犯行"
    bool followUp = false;
    QStringList relatedCaseIds; // 関連事件簿 lines and case ids named in the body
    std::optional<AffectedCount> affected;
    // Every count the notice states, strongest first, the chosen one marked.
    QList<AffectedCandidate> affectedCandidates;
    QDate postedOn;          // from a feed's <published>, when known
    QDateTime sourceUpdated; // from a feed's <updated>, when known
    QString sourceUrl;       // link to the post, when known
    QString sourcePostId;    // Blogger entry id, when known
    int line = 0;            // 1-based line of the marker in its page
};

} // namespace jikenbo
