// SPDX-License-Identifier: GPL-3.0-or-later
#include "IncidentFactsReader.h"

#include "ThirdPartyDetector.h"
#include "core/ParsedPost.h"
#include "ingest/DataKindExtractor.h"
#include "ingest/TimelineExtractor.h"

namespace jikenbo {

IncidentFacts IncidentFactsReader::read(const ParsedPost &post)
{
    IncidentFacts f;
    const NoticeTimeline t = TimelineExtractor::extract(post.body, post.announcedOn, post.caseYear);
    f.discoveredOn = t.discovered.date;
    f.discoveredEvidence = t.discovered.evidence;
    f.occurredOn = t.occurred.date;
    f.occurredEvidence = t.occurred.evidence;
    f.disclosureDays = t.disclosureDays();
    for (const FoundDataKind &k : DataKindExtractor::extract(post.body))
        f.dataKinds.append({k.key, k.evidence});
    const ThirdPartyFinding tp = ThirdPartyDetector::detect(post.title, post.body);
    f.viaContractor = tp.viaContractor;
    f.contractorEvidence = tp.viaContractor ? tp.evidence : QString();
    return f;
}

} // namespace jikenbo
