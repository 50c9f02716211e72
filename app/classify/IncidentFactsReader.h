// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/IncidentFacts.h"

namespace jikenbo {

struct ParsedPost;

// Reads the stored facts of issue 16 from a post (TimelineExtractor, DataKindExtractor,
// ThirdPartyDetector): the one place import, sync, reclassification and the backfill of older
// databases turn a notice into IncidentFacts.
class IncidentFactsReader
{
public:
    // Uses the post's title, body, announcement date and case year.
    static IncidentFacts read(const ParsedPost &post);
};

} // namespace jikenbo
