// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "classify/ThirdPartyDetector.h"
#include "ingest/DataKindExtractor.h"
#include "ingest/TimelineExtractor.h"

#include <QList>

namespace jikenbo {

struct IncidentRecord;

// The facts of issue 16 that are not stored yet, read from an incident's notice when a
// summary is printed: when it happened and was found (with days to disclosure), the kinds of
// data leaked, and whether it went through a contractor. Everything that prints them takes
// this struct, so stored values can replace the reading in one place (fromNotice).
struct NoticeFacts
{
    NoticeTimeline timeline;
    QList<FoundDataKind> dataKinds;
    ThirdPartyFinding thirdParty;

    // Reads the facts from the record's title and notice text (the body must be loaded).
    static NoticeFacts fromNotice(const IncidentRecord &r);
    // The year of a case id ("2024-012" → 2024; 0 when it has none).
    static int caseYear(const QString &caseId);
};

} // namespace jikenbo
