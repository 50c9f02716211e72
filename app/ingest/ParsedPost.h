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
    QDate postedOn;          // from a feed's <published>, when known
    QDateTime sourceUpdated; // from a feed's <updated>, when known
    QString sourceUrl;       // link to the post, when known
    QString sourcePostId;    // Blogger entry id, when known
    int line = 0;            // 1-based line of the marker in its page
};

} // namespace jikenbo
