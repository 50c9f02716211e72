// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "IncidentFacts.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace jikenbo {

// An incident as stored: the row the CLI prints and the detail pane shows.
struct IncidentRecord
{
    qint64 id = 0;
    QString key;
    QString caseId;
    QString title;
    QString organization;
    QDate announcedOn;
    QDate postedOn;
    QString cause;
    QString causeOrigin; // label, rule, user
    QString causeAuto;
    QString causeAutoOrigin;
    QString causeLabel;
    double causeConfidence = 0;
    QJsonObject causeExplain;
    QString sector;
    QJsonObject sectorExplain;
    std::optional<qint64> affected;
    QString affectedEvidence;
    // The counts the notice states: [{"value", "kind", "evidence", "chosen"}], strongest first
    // (only filled by the detail queries: byKey, byCaseId).
    QJsonArray affectedCandidates;
    bool followUp = false;
    QString followUpOfKey;
    QString caption;
    QStringList labels;
    QString source;
    QString sourceUrl;
    int sourceLine = 0;
    QDate removedOn; // when a full sync found the post gone from the blog; invalid: on the blog
    QString body;    // only when asked for
    QStringList relatedCaseIds;
    // Dates, days to disclosure, data kinds, contractor (schema 7). The evidence texts are only
    // filled by the detail queries (byKey, byCaseId). factsRead: false until the backfill of an
    // older database has read them.
    IncidentFacts facts;
    bool factsRead = false;
    // Annotations
    QString note;
    bool starred = false;
    QStringList tags;
    QString causeOverride;
};

} // namespace jikenbo
