// SPDX-License-Identifier: GPL-3.0-or-later
#include "IncidentHtml.h"

#include "classify/Taxonomy.h"
#include "core/Format.h"
#include "ingest/CountExtractor.h"
#include "search/JapaneseTokenizer.h"

#include <QJsonArray>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace jikenbo {

QUrl IncidentHtml::incidentUrl(const QString &key)
{
    QUrl u;
    u.setScheme(u"jikenbo"_s);
    u.setPath(u"incident/"_s + key);
    return u;
}

// The part of a notice a classification rule matched in, as the UI names it.
QString IncidentHtml::ruleFieldName(const QString &field)
{
    if (field == u"title"_s)
        return tr("title", "the field a rule matched in");
    if (field == u"caption"_s)
        return tr("caption", "the field a rule matched in");
    if (field == u"body"_s)
        return tr("body", "the field a rule matched in");
    if (field == u"organization"_s)
        return tr("organization", "the field a rule matched in");
    return field;
}

QString IncidentHtml::highlighted(const QString &text, const QStringList &terms)
{
    QList<JapaneseTokenizer::Span> spans;
    for (const QString &t : terms)
        spans += JapaneseTokenizer::findMatches(text, t);
    if (spans.isEmpty())
        return text.toHtmlEscaped();
    std::sort(spans.begin(), spans.end(), [](const auto &a, const auto &b) { return a.begin < b.begin; });
    QString out;
    qsizetype pos = 0;
    for (const auto &s : std::as_const(spans)) {
        if (s.begin < pos)
            continue; // overlaps the previous mark
        out += text.mid(pos, s.begin - pos).toHtmlEscaped();
        out += u"<span style=\"background-color:#ffe066; color:#000000;\">"_s +
               text.mid(s.begin, s.end - s.begin).toHtmlEscaped() + u"</span>"_s;
        pos = s.end;
    }
    out += text.mid(pos).toHtmlEscaped();
    return out;
}

QString IncidentHtml::caseTimelineHtml(const CaseTimeline &t, const QString &currentKey, bool showEra)
{
    QString h = u"<h4 style=\"margin-top:10px; margin-bottom:2px;\">"_s +
                tr("Case timeline (%n post(s))", nullptr, int(t.entries.size())).toHtmlEscaped() + u"</h4>"_s;
    h += u"<table cellspacing=\"2\" cellpadding=\"2\">"_s;
    for (const CaseTimeline::Entry &e : t.entries) {
        const bool current = e.post.key == currentKey;
        const QString when = e.date.isValid() ? (showEra ? format::dateWithEra(e.date) : format::date(e.date)) : u"—"_s;
        QString title = QString(u"【"_s + e.post.caseId + u"】 "_s + e.post.title).toHtmlEscaped();
        if (current)
            title = u"<b>"_s + title + u"</b> <span style=\"color:gray;\">("_s + tr("this notice").toHtmlEscaped() + u")</span>"_s;
        else
            title = u"<a href=\""_s + incidentUrl(e.post.key).toString() + u"\">"_s + title + u"</a>"_s;
        QStringList changes;
        for (const CaseTimeline::Change &c : e.changes)
            changes << CaseTimeline::describe(c).toHtmlEscaped();
        h += u"<tr><td style=\"white-space:nowrap; padding-right:8px;\">"_s + when.toHtmlEscaped() +
             u"</td><td style=\"white-space:nowrap; padding-right:8px;\">"_s + CaseTimeline::kindName(e.kind).toHtmlEscaped() +
             u"</td><td>"_s + title;
        if (!changes.isEmpty())
            h += u"<br><span style=\"color:#1d4ed8;\">"_s + changes.join(u"; "_s) + u"</span>"_s;
        h += u"</td></tr>"_s;
    }
    return h + u"</table>"_s;
}

QString IncidentHtml::build(const IncidentRecord &r, const QList<RelatedLink> &related, const Options &o)
{
    const Taxonomy &tax = Taxonomy::builtIn();
    auto row = [](const QString &label, const QString &valueHtml) -> QString {
        return u"<tr><td style=\"padding-right:12px; white-space:nowrap;\"><b>"_s + label.toHtmlEscaped() +
               u"</b></td><td>"_s + valueHtml + u"</td></tr>"_s;
    };
    auto dateText = [&o](const QDate &d) -> QString {
        return o.showEra ? format::dateWithEra(d) : format::date(d);
    };
    const QString none = u"<span style=\"color:gray;\">—</span>"_s;

    QString h;
    h += u"<h3 style=\"margin-bottom:2px;\">"_s + QString(u"【"_s + r.caseId + u"】 "_s).toHtmlEscaped() +
         highlighted(r.title, o.highlight) + u"</h3>"_s;
    h += u"<table cellspacing=\"2\">"_s;
    h += row(tr("Organization"), r.organization.isEmpty() ? none : highlighted(r.organization, o.highlight));
    h += row(tr("Announced"), r.announcedOn.isValid() ? dateText(r.announcedOn).toHtmlEscaped() : none);
    if (r.postedOn.isValid())
        h += row(tr("Posted"), dateText(r.postedOn).toHtmlEscaped());

    const QJsonObject model = r.causeExplain.value(u"model"_s).toObject();
    const bool modelDecided = model.value(u"decided"_s).toBool();
    QString origin;
    if (r.causeOrigin == u"label"_s)
        origin = tr("from the source label %1").arg(r.causeLabel);
    else if (r.causeOrigin == u"user"_s)
        origin = tr("set by you (imported: %1)").arg(tax.causeName(r.causeAuto));
    else if (modelDecided)
        origin = tr("by the learned model where the rules were unsure, probability %1").arg(r.causeConfidence, 0, 'f', 2);
    else
        origin = tr("by the rules, confidence %1").arg(r.causeConfidence, 0, 'f', 2);
    QString cause = u"<b>"_s + tax.causeName(r.cause).toHtmlEscaped() + u"</b> ("_s + origin.toHtmlEscaped() + u')';
    if (r.causeOrigin == u"rule"_s && r.causeConfidence < 0.5)
        cause += u" <span style=\"color:#b45309;\">"_s + tr("low confidence: check it").toHtmlEscaped() + u"</span>"_s;
    h += row(tr("Cause"), cause);
    // Why the rules decided so: the rules that fired and the runner-up.
    if (r.causeOrigin != u"label"_s && !r.causeExplain.isEmpty()) {
        QStringList fired;
        for (const QJsonValue &v : r.causeExplain.value(u"rules"_s).toArray()) {
            const QJsonObject o2 = v.toObject();
            fired << tr("%1 (%2, +%3)", "a rule that fired: its id (the field it matched, weight)")
                         .arg(o2.value(u"rule"_s).toString(), ruleFieldName(o2.value(u"field"_s).toString()))
                         .arg(o2.value(u"weight"_s).toDouble());
        }
        QString why = fired.isEmpty() ? tr("no rule fired") : fired.join(u", "_s);
        if (modelDecided)
            why = tr("the rules said %1: %2").arg(tax.causeName(r.causeExplain.value(u"key"_s).toString()), why);
        const QString runner = r.causeExplain.value(u"runner_up"_s).toString();
        if (!runner.isEmpty())
            why += u"; "_s + tr("runner-up: %1 (%2)").arg(tax.causeName(runner))
                                 .arg(r.causeExplain.value(u"runner_up_score"_s).toDouble());
        h += row(tr("Why"), u"<span style=\"color:gray;\">"_s + why.toHtmlEscaped() + u"</span>"_s);
    }
    // The learned model's second opinion, with the character pairs that weighed most.
    if (r.causeOrigin != u"label"_s && !model.isEmpty()) {
        QStringList features;
        for (const QJsonValue &v : model.value(u"features"_s).toArray())
            features << v.toString();
        QString opinion = tr("%1, probability %2 (learned from %3 labelled notices; right %4% of the time when it picks this cause)")
                              .arg(tax.causeName(model.value(u"key"_s).toString()))
                              .arg(model.value(u"probability"_s).toDouble(), 0, 'f', 2)
                              .arg(model.value(u"trained_on"_s).toInt())
                              .arg(qRound(model.value(u"reliability"_s).toDouble() * 100));
        if (!features.isEmpty())
            opinion += u"; "_s + tr("top features: %1").arg(u"「"_s + features.join(u"」「"_s) + u"」"_s);
        opinion += u"; "_s + (modelDecided ? tr("it decided the cause") : tr("the rules decided"));
        h += row(tr("Second opinion"), u"<span style=\"color:gray;\">"_s + opinion.toHtmlEscaped() + u"</span>"_s);
    }
    h += row(tr("Sector"), tax.sectorName(r.sector).toHtmlEscaped());
    // The affected count, or why there is none: every count the notice states, with what it counts.
    QString affected;
    if (r.affected) {
        affected = QString(format::number(*r.affected) + (r.affectedEvidence.isEmpty() ? QString() : QString(u"  ("_s + r.affectedEvidence + u')'))).toHtmlEscaped();
        if (const QString others = CountExtractor::describeCandidates(r.affectedCandidates, true); !others.isEmpty())
            affected += u"<br><span style=\"color:gray;\">"_s + tr("other counts: %1").arg(others).toHtmlEscaped() + u"</span>"_s;
    } else if (!r.affectedCandidates.isEmpty()) {
        affected = u"<span style=\"color:#b45309;\">"_s +
                   tr("unknown — candidates: %1").arg(CountExtractor::describeCandidates(r.affectedCandidates, false)).toHtmlEscaped() +
                   u"</span>"_s;
    } else {
        affected = none;
    }
    h += row(tr("Affected"), affected);
    h += row(tr("Labels"), r.labels.isEmpty() ? none : r.labels.join(u", "_s).toHtmlEscaped());
    if (!r.tags.isEmpty())
        h += row(tr("Tags"), r.tags.join(u", "_s).toHtmlEscaped());
    const QUrl src(r.sourceUrl);
    if (src.isValid() && (src.scheme() == u"http"_s || src.scheme() == u"https"_s))
        h += row(tr("Source"), u"<a href=\""_s + src.toString(QUrl::FullyEncoded).toHtmlEscaped() + u"\">"_s +
                                   r.sourceUrl.toHtmlEscaped() + u"</a>"_s);
    else
        h += row(tr("Source"), QString(r.source + (r.sourceLine > 0 ? u":%1"_s.arg(r.sourceLine) : QString())).toHtmlEscaped());
    if (r.removedOn.isValid())
        h += row(tr("Removed"), u"<span style=\"color:#b91c1c;\">"_s +
                                    tr("no longer on the blog (noticed by the full sync of %1)")
                                        .arg(dateText(r.removedOn))
                                        .toHtmlEscaped() +
                                    u"</span>"_s);

    if (!related.isEmpty()) {
        QStringList items;
        for (const RelatedLink &l : related) {
            QString label = l.kind == u"follows"_s ? tr("follow-up of") : l.kind == u"followed-by"_s ? tr("followed by") : tr("mentions");
            QString target = QString(u"【"_s + l.caseId + u"】 "_s + l.title).toHtmlEscaped();
            if (!l.key.isEmpty())
                target = u"<a href=\""_s + incidentUrl(l.key).toString() + u"\">"_s + target + u"</a>"_s;
            else
                target += u" <span style=\"color:gray;\">("_s + tr("not in the database").toHtmlEscaped() + u")</span>"_s;
            items << label.toHtmlEscaped() + u": "_s + target;
        }
        h += row(tr("Related"), items.join(u"<br>"_s));
    }
    h += u"</table>"_s;
    if (o.caseTimeline.entries.size() > 1)
        h += caseTimelineHtml(o.caseTimeline, r.key, o.showEra);
    h += u"<hr>"_s;
    if (!r.note.isEmpty())
        h += u"<p style=\"background-color:#e8f0fe; color:#000000; padding:4px;\"><b>"_s + tr("Your note").toHtmlEscaped() +
             u":</b> "_s + r.note.toHtmlEscaped().replace(u"\n"_s, u"<br>"_s) + u"</p>"_s;
    h += u"<div style=\"white-space: pre-wrap;\">"_s + highlighted(r.body, o.highlight) + u"</div>"_s;
    return h;
}

} // namespace jikenbo
