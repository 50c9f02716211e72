// SPDX-License-Identifier: GPL-3.0-or-later
#include "Commands.h"
#include "IncidentJson.h"
#include "classify/Taxonomy.h"
#include "ingest/CountExtractor.h"
#include "ingest/DataKindVocabulary.h"
#include "store/IncidentStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace jikenbo {

static QJsonValue isoOrNull(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonObject incidentListJson(const IncidentRecord &r)
{
    return QJsonObject{
        {u"key"_s, r.key},
        {u"case_id"_s, r.caseId},
        {u"title"_s, r.title},
        {u"organization"_s, r.organization},
        {u"announced_on"_s, r.announcedOn.isValid() ? QJsonValue(r.announcedOn.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null)},
        {u"cause"_s, r.cause},
        {u"cause_origin"_s, r.causeOrigin},
        {u"sector"_s, r.sector},
        {u"affected"_s, r.affected ? QJsonValue(double(*r.affected)) : QJsonValue(QJsonValue::Null)},
        {u"labels"_s, QJsonArray::fromStringList(r.labels)},
        {u"follow_up"_s, r.followUp},
        {u"follow_up_of"_s, jsonOrNull(r.followUpOfKey)},
        {u"source"_s, r.source},
        {u"removed"_s, r.removedOn.isValid()},
        {u"discovered_on"_s, isoOrNull(r.facts.discoveredOn)},
        {u"occurred_on"_s, isoOrNull(r.facts.occurredOn)},
        {u"disclosure_days"_s, r.facts.disclosureDays ? QJsonValue(*r.facts.disclosureDays)
                                                      : QJsonValue(QJsonValue::Null)},
        {u"data_kinds"_s, QJsonArray::fromStringList(r.facts.dataKindKeys())},
        {u"via_contractor"_s,
         r.factsRead ? QJsonValue(r.facts.viaContractor) : QJsonValue(QJsonValue::Null)},
    };
}

// "ransomware 8: ransomware 8 (body); runner-up unauthorized_access 12 (outranked …)"
static QString ruleSummary(const QJsonObject &explain)
{
    QStringList fired;
    for (const QJsonValue &v : explain.value(u"rules"_s).toArray()) {
        const QJsonObject h = v.toObject();
        fired << u"%1 %2 (%3)"_s.arg(h.value(u"rule"_s).toString())
                     .arg(h.value(u"weight"_s).toDouble())
                     .arg(h.value(u"field"_s).toString());
    }
    QString why = CliContext::tr("%1 %2: %3")
                      .arg(explain.value(u"key"_s).toString())
                      .arg(explain.value(u"score"_s).toDouble())
                      .arg(fired.isEmpty() ? CliContext::tr("no rule fired") : fired.join(u", "_s));
    if (explain.contains(u"runner_up"_s))
        why += CliContext::tr("; runner-up %1 %2")
                   .arg(explain.value(u"runner_up"_s).toString())
                   .arg(explain.value(u"runner_up_score"_s).toDouble());
    QStringList outranked;
    for (const QJsonValue &v : explain.value(u"outranks"_s).toArray())
        outranked << v.toString();
    if (!outranked.isEmpty())
        why += CliContext::tr(" (outranked by precedence: %1)").arg(outranked.join(u", "_s));
    return why;
}

// "misconfiguration p=0.97 (21 examples, right 79% of the time): 設定, 閲覧; decided the cause"
static QString modelSummary(const QJsonObject &m)
{
    QStringList features;
    for (const QJsonValue &v : m.value(u"features"_s).toArray())
        features << v.toString();
    QString s = CliContext::tr("%1 p=%2 (%3 examples, its pick right %4% of the time left-one-out, trained on %5)")
                    .arg(m.value(u"key"_s).toString())
                    .arg(m.value(u"probability"_s).toDouble(), 0, 'f', 2)
                    .arg(m.value(u"examples"_s).toInt())
                    .arg(qRound(m.value(u"reliability"_s).toDouble() * 100))
                    .arg(m.value(u"trained_on"_s).toInt());
    if (!features.isEmpty())
        s += u": "_s + features.join(u", "_s);
    if (m.value(u"decided"_s).toBool())
        s += CliContext::tr("; decided the cause (the rules were unsure)");
    return s;
}

int runShow(CliContext &ctx, const CliArgs &args)
{
    if (args.positional.size() != 1)
        return ctx.fail(CliUserError, CliContext::tr("show needs one CASE_ID or KEY"));
    const QString id = args.positional.first();
    IncidentStore store(ctx.db());
    QList<IncidentRecord> found;
    auto byKey = store.byKey(id, true);
    if (!byKey.ok())
        return ctx.fail(CliInternalError, byKey.error());
    if (byKey.value()) {
        found << *byKey.value();
    } else {
        auto byCase = store.byCaseId(id.startsWith(u'#') ? id.mid(1) : id, true);
        if (!byCase.ok())
            return ctx.fail(CliInternalError, byCase.error());
        found = byCase.value();
    }
    if (found.isEmpty())
        return ctx.fail(CliUserError, CliContext::tr("no incident with case id or key '%1'").arg(id));
    if (found.size() > 1) {
        // The first few by name (a case id is shared by a notice and its follow-ups); the rest
        // are a list away, so that the line stays a line.
        constexpr qsizetype Named = 5;
        QStringList keys;
        for (const IncidentRecord &r : found.first(std::min(Named, found.size())))
            keys << r.key + u" ("_s + r.title + u')';
        if (found.size() > Named)
            keys << CliContext::tr("%1 more: jikenbo-cli list case:%2")
                        .arg(found.size() - Named)
                        .arg(id);
        return ctx.fail(CliUserError, CliContext::tr("case id %1 matches %2 incidents; show one by its key: %3")
                                          .arg(id)
                                          .arg(found.size())
                                          .arg(keys.join(u"; "_s)));
    }
    const IncidentRecord &r = found.first();
    const Taxonomy &tax = Taxonomy::builtIn();
    if (ctx.json) {
        QJsonObject o = incidentListJson(r);
        o.insert(u"body"_s, r.body);
        o.insert(u"caption"_s, jsonOrNull(r.caption));
        o.insert(u"source_url"_s, jsonOrNull(r.sourceUrl));
        o.insert(u"removed_on"_s, r.removedOn.isValid() ? QJsonValue(r.removedOn.toString(Qt::ISODate))
                                                        : QJsonValue(QJsonValue::Null));
        o.insert(u"affected_evidence"_s, jsonOrNull(r.affectedEvidence));
        o.insert(u"affected_candidates"_s, r.affectedCandidates);
        o.insert(u"cause_confidence"_s, r.causeOrigin == u"rule"_s ? QJsonValue(r.causeConfidence) : QJsonValue(QJsonValue::Null));
        o.insert(u"cause_explanation"_s, r.causeExplain);
        o.insert(u"sector_explanation"_s, r.sectorExplain);
        o.insert(u"discovered_evidence"_s, jsonOrNull(r.facts.discoveredEvidence));
        o.insert(u"occurred_evidence"_s, jsonOrNull(r.facts.occurredEvidence));
        QJsonObject kindEvidence;
        for (const DataKindFact &k : r.facts.dataKinds)
            kindEvidence.insert(k.key, k.evidence);
        o.insert(u"data_kinds_evidence"_s, kindEvidence);
        o.insert(u"contractor_evidence"_s, jsonOrNull(r.facts.contractorEvidence));
        QJsonArray related;
        for (const QString &c : r.relatedCaseIds) {
            auto rel = store.byCaseId(c);
            QJsonArray keys;
            if (rel.ok()) {
                for (const IncidentRecord &x : rel.value())
                    keys.append(QJsonObject{{u"key"_s, x.key}, {u"title"_s, x.title}});
            }
            related.append(QJsonObject{{u"case_id"_s, c}, {u"incidents"_s, keys}});
        }
        o.insert(u"related"_s, related);
        o.insert(u"note"_s, r.note);
        o.insert(u"starred"_s, r.starred);
        o.insert(u"tags"_s, QJsonArray::fromStringList(r.tags));
        ctx.out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return CliOk;
    }
    auto line = [&ctx](const QString &label, const QString &value) {
        ctx.out << fitColumn(label, 14) << (value.isEmpty() ? u"-"_s : value) << '\n';
    };
    ctx.out << "【" << r.caseId << "】" << r.title << "\n\n";
    line(CliContext::tr("Key"), r.key);
    line(CliContext::tr("Organization"), r.organization);
    line(CliContext::tr("Announced"), r.announcedOn.toString(Qt::ISODate));
    QString cause = tax.causeName(r.cause) + u" ("_s + r.cause + u"), "_s + r.causeOrigin;
    if (r.causeOrigin == u"rule"_s)
        cause += CliContext::tr(", confidence %1").arg(r.causeConfidence, 0, 'f', 2);
    line(CliContext::tr("Cause"), cause);
    // Why the rules decided as they did (also shown when a label or the user decided).
    if (!r.causeExplain.isEmpty())
        line(CliContext::tr("Rules said"), ruleSummary(r.causeExplain));
    if (const QJsonObject m = r.causeExplain.value(u"model"_s).toObject(); !m.isEmpty())
        line(CliContext::tr("Model said"), modelSummary(m));
    line(CliContext::tr("Sector"), tax.sectorName(r.sector) + u" ("_s + r.sector + u')');
    if (r.affected) {
        line(CliContext::tr("Affected"), QLocale::c().toString(*r.affected) + u" ("_s + r.affectedEvidence + u')');
        if (const QString others = CountExtractor::describeCandidates(r.affectedCandidates, true); !others.isEmpty())
            line(CliContext::tr("Other counts"), others);
    } else if (!r.affectedCandidates.isEmpty()) {
        line(CliContext::tr("Affected"), CliContext::tr("unknown — candidates: %1").arg(CountExtractor::describeCandidates(r.affectedCandidates, false)));
    } else {
        line(CliContext::tr("Affected"), QString());
    }
    auto withEvidence = [](const QString &value, const QString &evidence) {
        return evidence.isEmpty() ? value : value + u" ("_s + evidence + u')';
    };
    line(CliContext::tr("Discovered"),
         withEvidence(r.facts.discoveredOn.toString(Qt::ISODate), r.facts.discoveredEvidence));
    line(CliContext::tr("Occurred"),
         withEvidence(r.facts.occurredOn.toString(Qt::ISODate), r.facts.occurredEvidence));
    line(CliContext::tr("Disclosure"),
         r.facts.disclosureDays
             ? CliContext::tr("%n day(s) after discovery", nullptr, *r.facts.disclosureDays)
             : QString());
    QStringList kinds;
    for (const DataKindFact &k : r.facts.dataKinds)
        kinds << withEvidence(DataKindVocabulary::builtIn().name(k.key) + u" ["_s + k.key + u']',
                              k.evidence);
    line(CliContext::tr("Data leaked"), kinds.join(u"; "_s));
    line(CliContext::tr("Contractor"),
         !r.factsRead            ? QString()
         : r.facts.viaContractor ? withEvidence(CliContext::tr("yes"), r.facts.contractorEvidence)
                                 : CliContext::tr("no"));
    line(CliContext::tr("Follow-up"),
         r.followUp
             ? (r.followUpOfKey.isEmpty() ? CliContext::tr("yes")
                                          : CliContext::tr("yes, of %1").arg(r.followUpOfKey))
             : CliContext::tr("no"));
    line(CliContext::tr("Labels"), r.labels.join(u", "_s));
    line(CliContext::tr("Related"), r.relatedCaseIds.join(u", "_s));
    line(CliContext::tr("Source"), r.sourceUrl.isEmpty() ? r.source : r.sourceUrl);
    if (r.removedOn.isValid())
        line(CliContext::tr("Removed"),
             CliContext::tr("no longer on the blog (found by the full sync of %1); kept here")
                 .arg(r.removedOn.toString(Qt::ISODate)));
    if (!r.note.isEmpty())
        line(CliContext::tr("Note"), r.note);
    ctx.out << '\n' << r.body << '\n';
    return CliOk;
}

} // namespace jikenbo
