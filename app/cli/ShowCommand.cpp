// SPDX-License-Identifier: GPL-3.0-or-later
#include "Commands.h"

#include "IncidentJson.h"
#include "classify/Taxonomy.h"
#include "store/IncidentStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace jikenbo {

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
        QStringList keys;
        for (const IncidentRecord &r : found)
            keys << r.key + u" ("_s + r.title + u')';
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
        o.insert(u"affected_evidence"_s, jsonOrNull(r.affectedEvidence));
        o.insert(u"cause_confidence"_s, r.causeOrigin == u"rule"_s ? QJsonValue(r.causeConfidence) : QJsonValue(QJsonValue::Null));
        o.insert(u"cause_explanation"_s, r.causeExplain);
        o.insert(u"sector_explanation"_s, r.sectorExplain);
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
    line(CliContext::tr("Sector"), tax.sectorName(r.sector) + u" ("_s + r.sector + u')');
    line(CliContext::tr("Affected"), r.affected ? QLocale::c().toString(*r.affected) + u" ("_s + r.affectedEvidence + u')' : QString());
    line(CliContext::tr("Follow-up"), r.followUp ? (r.followUpOfKey.isEmpty() ? CliContext::tr("yes") : CliContext::tr("yes, of %1").arg(r.followUpOfKey)) : CliContext::tr("no"));
    line(CliContext::tr("Labels"), r.labels.join(u", "_s));
    line(CliContext::tr("Related"), r.relatedCaseIds.join(u", "_s));
    line(CliContext::tr("Source"), r.sourceUrl.isEmpty() ? r.source : r.sourceUrl);
    if (!r.note.isEmpty())
        line(CliContext::tr("Note"), r.note);
    ctx.out << '\n' << r.body << '\n';
    return CliOk;
}

} // namespace jikenbo
