// SPDX-License-Identifier: GPL-3.0-or-later
#include "NoticeFacts.h"

#include "core/IncidentRecord.h"

namespace jikenbo {

NoticeFacts NoticeFacts::fromNotice(const IncidentRecord &r)
{
    NoticeFacts f;
    f.timeline = TimelineExtractor::extract(r.body, r.announcedOn, caseYear(r.caseId));
    f.dataKinds = DataKindExtractor::extract(r.body);
    f.thirdParty = ThirdPartyDetector::detect(r.title, r.body);
    return f;
}

int NoticeFacts::caseYear(const QString &caseId)
{
    const QStringView id = QStringView(caseId).left(4);
    if (id.size() < 4)
        return 0;
    bool ok = false;
    const int year = id.toInt(&ok);
    return ok && year >= 1990 && year <= 2999 ? year : 0;
}

} // namespace jikenbo
