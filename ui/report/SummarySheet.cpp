// SPDX-License-Identifier: GPL-3.0-or-later
#include "SummarySheet.h"

#include "SummaryDocumentBuilder.h"
#include "store/IncidentStore.h"

#include <algorithm>

namespace jikenbo {

SummarySheet SummarySheet::of(const IncidentRecord &incident, QList<IncidentRecord> casePosts)
{
    SummarySheet s;
    s.incident = incident;
    s.facts = NoticeFacts::fromNotice(incident);
    casePosts.removeIf([&](const IncidentRecord &p) { return p.key == incident.key; });
    std::stable_sort(casePosts.begin(), casePosts.end(),
                     [](const IncidentRecord &a, const IncidentRecord &b) {
                         const QDate da = a.announcedOn.isValid() ? a.announcedOn : a.postedOn;
                         const QDate db = b.announcedOn.isValid() ? b.announcedOn : b.postedOn;
                         if (da != db)
                             return !db.isValid() || (da.isValid() && da < db);
                         return a.id < b.id;
                     });
    s.casePosts = std::move(casePosts);
    return s;
}

Result<QList<SummarySheet>> SummarySheet::forIncidents(Database &db,
                                                       const QList<IncidentRecord> &incidents)
{
    using R = Result<QList<SummarySheet>>;
    IncidentStore store(db);
    QList<SummarySheet> out;
    for (const IncidentRecord &r : incidents) {
        QList<IncidentRecord> posts;
        // A case id without its number (#2022) names a year, not a case.
        if (r.caseId.contains(u'-')) {
            auto sameCase = store.byCaseId(r.caseId, false);
            if (!sameCase.ok())
                return R::failure(sameCase.error());
            posts = std::move(sameCase.value());
        }
        out << of(r, std::move(posts));
    }
    return out;
}

Result<QList<SummarySheet>> SummarySheet::load(Database &db, const QStringList &keys)
{
    const auto incidents = SummaryDocumentBuilder::load(db, keys);
    if (!incidents.ok())
        return Result<QList<SummarySheet>>::failure(incidents.error());
    return forIncidents(db, incidents.value());
}

} // namespace jikenbo
