// SPDX-License-Identifier: GPL-3.0-or-later
#include "Classifier.h"

#include "RuleSet.h"
#include "Taxonomy.h"
#include "core/TextUtil.h"
#include "ingest/ParsedPost.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace jikenbo {

namespace {

struct Fields
{
    QString title, caption, body, organization;
};

CategoryCall decide(const QList<Rule> &rules, const Fields &f, const QList<QString> &order,
                    double minScore, const QString &fallback)
{
    QHash<QString, double> score;
    QHash<QString, QList<RuleHit>> hits;
    for (const Rule &r : rules) {
        auto apply = [&](double w, const QString &text, const char16_t *field) {
            if (w == 0 || text.isEmpty())
                return;
            if (r.pattern.match(text).hasMatch()) {
                score[r.category] += w;
                hits[r.category].append({r.id, r.category, QString::fromUtf16(field), w});
            }
        };
        apply(r.title, f.title, u"title");
        apply(r.caption, f.caption, u"caption");
        apply(r.body, f.body, u"body");
        apply(r.organization, f.organization, u"organization");
    }
    CategoryCall call;
    // Highest score wins; ties go to the taxonomy's order (stable, documented).
    for (const QString &k : order) {
        const double s = score.value(k);
        if (s > call.score) {
            if (!call.key.isEmpty() && call.score > call.runnerUpScore) {
                call.runnerUp = call.key;
                call.runnerUpScore = call.score;
            }
            call.key = k;
            call.score = s;
        } else if (s > call.runnerUpScore && s > 0) {
            call.runnerUp = k;
            call.runnerUpScore = s;
        }
    }
    if (call.key.isEmpty() || call.score < minScore) {
        CategoryCall fb;
        fb.key = fallback;
        fb.fallback = true;
        fb.runnerUp = call.key;
        fb.runnerUpScore = call.score;
        fb.confidence = 0;
        return fb;
    }
    call.hits = hits.value(call.key);
    // Margin over the runner-up, damped when the evidence itself is thin.
    const double margin = (call.score - call.runnerUpScore) / call.score;
    const double strength = std::min(1.0, call.score / 8.0);
    call.confidence = std::clamp(margin * strength, 0.0, 1.0);
    return call;
}

QString prepare(const QString &s)
{
    return text::nfkc(s).toCaseFolded();
}

} // namespace

QJsonObject CategoryCall::toJson() const
{
    QJsonArray rules;
    for (const RuleHit &h : hits)
        rules.append(
            QJsonObject{{u"rule"_s, h.ruleId}, {u"field"_s, h.field}, {u"weight"_s, h.weight}});
    QJsonObject o{{u"key"_s, key},
                  {u"score"_s, score},
                  {u"confidence"_s, qRound(confidence * 1000) / 1000.0},
                  {u"rules"_s, rules}};
    if (!runnerUp.isEmpty()) {
        o.insert(u"runner_up"_s, runnerUp);
        o.insert(u"runner_up_score"_s, runnerUpScore);
    }
    if (fallback)
        o.insert(u"fallback"_s, true);
    return o;
}

Classifier::Classifier(const Taxonomy &taxonomy, const RuleSet &rules)
    : m_taxonomy(taxonomy)
    , m_rules(rules)
{
}

Classification Classifier::classify(const ParsedPost &post) const
{
    Fields f;
    f.title = prepare(post.title);
    f.caption = prepare(post.caption);
    // Bounded work on huge posts: the first 64 KiB of a notice decide.
    f.body = prepare(post.body.left(65536));
    f.organization = prepare(post.organization);

    QList<QString> causeOrder, sectorOrder;
    for (const Category &c : m_taxonomy.causes())
        causeOrder << c.key;
    for (const Category &c : m_taxonomy.sectors())
        sectorOrder << c.key;

    Classification out;
    out.causeCall =
        decide(m_rules.causeRules(), f, causeOrder, m_rules.minScore(), m_rules.fallbackCause());
    for (const QString &label : post.labels) {
        const QString key = m_taxonomy.causeForLabel(label);
        if (!key.isEmpty()) {
            out.cause = key;
            out.causeOrigin = u"label"_s;
            out.causeLabel = label;
            break;
        }
    }
    if (out.cause.isEmpty()) {
        out.cause = out.causeCall.key;
        out.causeOrigin = u"rule"_s;
    }
    Fields sf = f;
    sf.caption.clear();
    out.sectorCall = decide(m_rules.sectorRules(), sf, sectorOrder, m_rules.minScore(),
                            m_rules.fallbackSector());
    out.sector = out.sectorCall.key;
    return out;
}

} // namespace jikenbo
