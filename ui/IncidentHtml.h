// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/IncidentRecord.h"
#include "report/CaseTimeline.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace jikenbo {

struct RelatedLink
{
    QString key;     // empty when the case is not in the database
    QString caseId;
    QString title;
    QString kind;    // "follows", "followed-by", "mentions"
};

// The detail pane's document for one incident: every piece of notice text is escaped, the
// query's words are highlighted (with the same folding as the search), internal links use the
// jikenbo: scheme and the source link only http/https.
class IncidentHtml
{
    Q_DECLARE_TR_FUNCTIONS(IncidentHtml)

public:
    struct Options
    {
        QStringList highlight; // the query's free-text words
        bool showEra = false;
        CaseTimeline caseTimeline; // the posts of the incident's case; shown when more than one
    };
    static QString build(const IncidentRecord &r, const QList<RelatedLink> &related, const Options &o);
    // Escapes `text` and marks the spans where any of `terms` match.
    static QString highlighted(const QString &text, const QStringList &terms);
    // "title", "caption", "body", "organization" (a rule's field) in the UI language.
    static QString ruleFieldName(const QString &field);
    static QUrl incidentUrl(const QString &key);
    // The case's posts in date order with what each changed; this incident's row is marked.
    static QString caseTimelineHtml(const CaseTimeline &t, const QString &currentKey, bool showEra);
};

} // namespace jikenbo
