// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvColumns.h"

#include "classify/Taxonomy.h"
#include "core/IncidentRecord.h"
#include "ingest/DataKindVocabulary.h"

using namespace Qt::StringLiterals;

namespace jikenbo {

const QList<CsvColumn> &CsvColumns::all()
{
    static const QList<CsvColumn> columns{
        CsvColumn::CaseId,       CsvColumn::AnnouncedOn,    CsvColumn::Organization,
        CsvColumn::Title,        CsvColumn::Cause,          CsvColumn::Sector,
        CsvColumn::Affected,     CsvColumn::Labels,         CsvColumn::Note,
        CsvColumn::Tags,         CsvColumn::Starred,        CsvColumn::Key,
        CsvColumn::CauseOrigin,  CsvColumn::SourceUrl,      CsvColumn::DiscoveredOn,
        CsvColumn::OccurredOn,   CsvColumn::DisclosureDays, CsvColumn::DataKinds,
        CsvColumn::ViaContractor};
    return columns;
}

QStringList CsvColumns::defaultKeys()
{
    return {u"case_id"_s, u"announced_on"_s, u"organization"_s, u"title"_s,
            u"cause"_s,   u"sector"_s,       u"affected"_s,     u"labels"_s};
}

QStringList CsvColumns::allKeys()
{
    QStringList keys;
    for (CsvColumn c : all())
        keys << key(c);
    return keys;
}

QString CsvColumns::key(CsvColumn column)
{
    switch (column) {
    case CsvColumn::CaseId:
        return u"case_id"_s;
    case CsvColumn::AnnouncedOn:
        return u"announced_on"_s;
    case CsvColumn::Organization:
        return u"organization"_s;
    case CsvColumn::Title:
        return u"title"_s;
    case CsvColumn::Cause:
        return u"cause"_s;
    case CsvColumn::Sector:
        return u"sector"_s;
    case CsvColumn::Affected:
        return u"affected"_s;
    case CsvColumn::Labels:
        return u"labels"_s;
    case CsvColumn::Note:
        return u"note"_s;
    case CsvColumn::Tags:
        return u"tags"_s;
    case CsvColumn::Starred:
        return u"starred"_s;
    case CsvColumn::Key:
        return u"key"_s;
    case CsvColumn::CauseOrigin:
        return u"cause_origin"_s;
    case CsvColumn::SourceUrl:
        return u"source_url"_s;
    case CsvColumn::DiscoveredOn:
        return u"discovered_on"_s;
    case CsvColumn::OccurredOn:
        return u"occurred_on"_s;
    case CsvColumn::DisclosureDays:
        return u"disclosure_days"_s;
    case CsvColumn::DataKinds:
        return u"data_kinds"_s;
    case CsvColumn::ViaContractor:
        return u"via_contractor"_s;
    }
    return {};
}

std::optional<CsvColumn> CsvColumns::fromKey(const QString &k)
{
    const QString n = k.trimmed().toLower();
    for (CsvColumn c : all()) {
        if (key(c) == n)
            return c;
    }
    return std::nullopt;
}

QString CsvColumns::name(CsvColumn column)
{
    switch (column) {
    case CsvColumn::CaseId:
        return tr("Case");
    case CsvColumn::AnnouncedOn:
        return tr("Announced");
    case CsvColumn::Organization:
        return tr("Organization");
    case CsvColumn::Title:
        return tr("Title");
    case CsvColumn::Cause:
        return tr("Cause");
    case CsvColumn::Sector:
        return tr("Sector");
    case CsvColumn::Affected:
        return tr("Affected");
    case CsvColumn::Labels:
        return tr("Labels");
    case CsvColumn::Note:
        return tr("Note");
    case CsvColumn::Tags:
        return tr("Tags");
    case CsvColumn::Starred:
        return tr("Starred");
    case CsvColumn::Key:
        return tr("Key");
    case CsvColumn::CauseOrigin:
        return tr("Cause origin");
    case CsvColumn::SourceUrl:
        return tr("Source URL");
    case CsvColumn::DiscoveredOn:
        return tr("Discovered");
    case CsvColumn::OccurredOn:
        return tr("Occurred");
    case CsvColumn::DisclosureDays:
        return tr("Days to disclosure");
    case CsvColumn::DataKinds:
        return tr("Data leaked");
    case CsvColumn::ViaContractor:
        return tr("Via contractor");
    }
    return {};
}

QString CsvColumns::originName(const QString &origin)
{
    if (origin == u"label"_s)
        return tr("source label");
    if (origin == u"rule"_s)
        return tr("rule");
    if (origin == u"user"_s)
        return tr("you");
    return origin;
}

QString CsvColumns::value(const IncidentRecord &r, CsvColumn column, bool keys,
                          const Taxonomy &taxonomy)
{
    switch (column) {
    case CsvColumn::CaseId:
        return r.caseId;
    case CsvColumn::AnnouncedOn:
        return r.announcedOn.isValid() ? r.announcedOn.toString(Qt::ISODate) : QString();
    case CsvColumn::Organization:
        return r.organization;
    case CsvColumn::Title:
        return r.title;
    case CsvColumn::Cause:
        return keys ? r.cause : taxonomy.causeName(r.cause);
    case CsvColumn::Sector:
        return keys ? r.sector : taxonomy.sectorName(r.sector);
    case CsvColumn::Affected:
        return r.affected ? QString::number(*r.affected) : QString();
    case CsvColumn::Labels:
        return r.labels.join(u"; "_s);
    case CsvColumn::Note:
        return r.note;
    case CsvColumn::Tags:
        return r.tags.join(u"; "_s);
    case CsvColumn::Starred:
        return r.starred ? u"1"_s : u"0"_s;
    case CsvColumn::Key:
        return r.key;
    case CsvColumn::CauseOrigin:
        return keys ? r.causeOrigin : originName(r.causeOrigin);
    case CsvColumn::SourceUrl:
        return r.sourceUrl;
    case CsvColumn::DiscoveredOn:
        return r.facts.discoveredOn.isValid() ? r.facts.discoveredOn.toString(Qt::ISODate)
                                              : QString();
    case CsvColumn::OccurredOn:
        return r.facts.occurredOn.isValid() ? r.facts.occurredOn.toString(Qt::ISODate) : QString();
    case CsvColumn::DisclosureDays:
        return r.facts.disclosureDays ? QString::number(*r.facts.disclosureDays) : QString();
    case CsvColumn::DataKinds: {
        QStringList kinds;
        for (const DataKindFact &k : r.facts.dataKinds)
            kinds << (keys ? k.key : DataKindVocabulary::builtIn().name(k.key));
        return kinds.join(u"; "_s);
    }
    case CsvColumn::ViaContractor:
        return !r.factsRead ? QString() : r.facts.viaContractor ? u"1"_s : u"0"_s;
    }
    return {};
}

} // namespace jikenbo
