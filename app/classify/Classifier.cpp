// SPDX-License-Identifier: GPL-3.0-or-later
#include "Classifier.h"

#include "IncidentFactsReader.h"
#include "RuleSet.h"
#include "Taxonomy.h"
#include "core/ParsedPost.h"
#include "core/TextChars.h"
#include "core/TextUtil.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QVarLengthArray>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace jikenbo {

namespace {

struct Fields
{
    QString title, caption, body, organization;
    TextChars titleChars, captionChars, bodyChars, organizationChars;
    void index()
    {
        titleChars.assign(title);
        captionChars.assign(caption);
        bodyChars.assign(body);
        organizationChars.assign(organization);
    }
};

// The rest of the clause after a mention denies it: "…の被害は確認されておりません",
// "…はありません". A clause ends at 。, 、 or a line break.
bool deniedAfter(const QString &text, qsizetype end)
{
    static const QRegularExpression denial(
        u"(?:確認|検知|検出|発見|判明|認め)(?:され|でき|られ)?(?:て(?:いま|おりま)せん|ませんでした"
        "|ておらず|ず(?:に)?|ていない|なかった)|見つかって(?:いま|おりま)せん|は(?:ありません|"
        "ございません"
        "|なかった|ない)|ではな"_s);
    qsizetype stop = end;
    const qsizetype limit = std::min<qsizetype>(text.size(), end + 40);
    while (stop < limit) {
        const QChar c = text[stop];
        if (c == u'。' || c == u'、' || c == u'\n' || c == u',' || c == u'.')
            break;
        ++stop;
    }
    if (stop == end)
        return false;
    return denial.match(QStringView(text).sliced(end, stop - end)).hasMatch();
}

// True when the rule's pattern matches the text at least once in a way the clause does not
// deny. With a prefilter, the pattern is tried anchored only where one of its first characters
// occurs (found with a vectorised search) instead of at every position of the text.
bool matchesAffirmed(const Rule &r, const QString &text, bool checkDenial)
{
    if (!r.prefilter.filters()) {
        if (!checkDenial)
            return r.pattern.match(text).hasMatch();
        for (auto it = r.pattern.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            if (!deniedAfter(text, m.capturedEnd(0)))
                return true;
        }
        return false;
    }
    QVarLengthArray<qsizetype, 32> starts;
    for (char16_t c : r.prefilter.firstChars()) {
        for (qsizetype p = text.indexOf(QChar(c)); p >= 0; p = text.indexOf(QChar(c), p + 1))
            starts.append(p);
    }
    std::sort(starts.begin(), starts.end());
    for (qsizetype p : starts) {
        const auto m = r.pattern.match(text, p, QRegularExpression::NormalMatch,
                                       QRegularExpression::AnchorAtOffsetMatchOption);
        if (m.hasMatch() && (!checkDenial || !deniedAfter(text, m.capturedEnd(0))))
            return true;
    }
    return false;
}

CategoryCall decide(const QList<Rule> &rules, const QList<Outrank> &outranks, const Fields &f,
                    bool withCaption, const QStringList &order, double minScore,
                    const QString &fallback)
{
    QHash<QString, double> score;
    QHash<QString, QList<RuleHit>> hits;
    for (const Rule &r : rules) {
        auto apply = [&](double w, const QString &text, const TextChars &chars,
                         const char16_t *field, bool denial) {
            if (w == 0 || text.isEmpty() || !r.prefilter.mayMatch(chars))
                return;
            if (matchesAffirmed(r, text, denial)) {
                score[r.category] += w;
                hits[r.category].append({r.id, r.category, QString::fromUtf16(field), w});
            }
        };
        apply(r.title, f.title, f.titleChars, u"title", false);
        if (withCaption)
            apply(r.caption, f.caption, f.captionChars, u"caption", false);
        apply(r.body, f.body, f.bodyChars, u"body", true);
        apply(r.organization, f.organization, f.organizationChars, u"organization", false);
    }

    // Precedence: a category with enough evidence of its own outranks the ones it names.
    QHash<QString, QString> dominatedBy;
    for (const Outrank &o : outranks) {
        if (score.value(o.category) <= 0 || score.value(o.category) < o.minScore ||
            dominatedBy.contains(o.category))
            continue;
        if (!o.whenRules.isEmpty()) {
            const QList<RuleHit> &own = hits[o.category];
            const bool fired = std::any_of(own.cbegin(), own.cend(), [&o](const RuleHit &h) {
                return o.whenRules.contains(h.ruleId);
            });
            if (!fired)
                continue;
        }
        for (const QString &k : o.over) {
            if (score.value(k) > 0 && !dominatedBy.contains(k))
                dominatedBy.insert(k, o.category);
        }
    }

    CategoryCall call;
    call.scores = score;
    // Highest score among the categories nobody outranks wins; ties go to the taxonomy's order.
    for (const QString &k : order) {
        const double s = score.value(k);
        if (s > call.score && !dominatedBy.contains(k)) {
            call.key = k;
            call.score = s;
        }
    }
    // The runner-up: the best other category, outranked or not.
    double competitor = 0; // the best other category that was not outranked
    for (const QString &k : order) {
        const double s = score.value(k);
        if (k == call.key || s <= 0)
            continue;
        if (s > call.runnerUpScore) {
            call.runnerUp = k;
            call.runnerUpScore = s;
        }
        if (!dominatedBy.contains(k))
            competitor = std::max(competitor, s);
    }
    if (!call.runnerUp.isEmpty())
        call.runnerUpHits = hits.value(call.runnerUp);

    if (call.key.isEmpty() || call.score < minScore) {
        CategoryCall fb;
        fb.key = fallback;
        fb.fallback = true;
        fb.scores = score;
        const QString best = call.key.isEmpty() ? call.runnerUp : call.key;
        if (!best.isEmpty() && best != fallback) {
            fb.runnerUp = best;
            fb.runnerUpScore = score.value(best);
            fb.runnerUpHits = hits.value(best);
        }
        fb.confidence = 0;
        return fb;
    }
    call.hits = hits.value(call.key);
    for (auto it = dominatedBy.cbegin(); it != dominatedBy.cend(); ++it) {
        if (it.value() == call.key)
            call.outranked << it.key();
    }
    std::sort(call.outranked.begin(), call.outranked.end());

    // Strength of the evidence times the lead over the best competitor. A call that won by
    // precedence over more evidence elsewhere is a contested one.
    const double strength = std::min(1.0, call.score / 10.0);
    const double margin = (call.score - competitor) / call.score;
    double confidence = strength * (0.4 + 0.6 * margin);
    if (call.runnerUpScore > call.score)
        confidence *= 0.8;
    call.confidence = std::clamp(confidence, 0.0, 1.0);
    return call;
}

QString prepare(QStringView s)
{
    return text::nfkc(s).toCaseFolded();
}

QJsonArray hitsJson(const QList<RuleHit> &hits)
{
    QJsonArray a;
    for (const RuleHit &h : hits)
        a.append(
            QJsonObject{{u"rule"_s, h.ruleId}, {u"field"_s, h.field}, {u"weight"_s, h.weight}});
    return a;
}

} // namespace

QJsonObject CategoryCall::toJson() const
{
    QJsonObject o{{u"key"_s, key},
                  {u"score"_s, score},
                  {u"confidence"_s, qRound(confidence * 1000) / 1000.0},
                  {u"rules"_s, hitsJson(hits)}};
    if (!runnerUp.isEmpty()) {
        o.insert(u"runner_up"_s, runnerUp);
        o.insert(u"runner_up_score"_s, runnerUpScore);
        o.insert(u"runner_up_rules"_s, hitsJson(runnerUpHits));
    }
    if (!scores.isEmpty()) {
        QJsonObject s;
        for (auto it = scores.cbegin(); it != scores.cend(); ++it)
            s.insert(it.key(), it.value());
        o.insert(u"scores"_s, s);
    }
    if (!outranked.isEmpty())
        o.insert(u"outranks"_s, QJsonArray::fromStringList(outranked));
    if (fallback)
        o.insert(u"fallback"_s, true);
    return o;
}

Classifier::Classifier(const Taxonomy &taxonomy, const RuleSet &rules)
    : m_taxonomy(taxonomy)
    , m_rules(rules)
{
    for (const Category &c : m_taxonomy.causes())
        m_causeOrder << c.key;
    for (const Category &c : m_taxonomy.sectors())
        m_sectorOrder << c.key;
}

bool Classifier::applyLabels(Classification &c, const QStringList &labels, const Taxonomy &taxonomy)
{
    for (const QString &label : labels) {
        const QString key = taxonomy.causeForLabel(label);
        if (!key.isEmpty()) {
            c.cause = key;
            c.causeOrigin = u"label"_s;
            c.causeLabel = label;
            return true;
        }
    }
    return false;
}

Classification Classifier::classify(const ParsedPost &post) const
{
    // Four bitmaps of 8 KiB: on the heap, the import classifies on a worker thread.
    auto f = std::make_unique<Fields>();
    f->title = prepare(post.title);
    f->caption = prepare(post.caption);
    // Bounded work on huge posts: the first 64 KiB of a notice decide.
    f->body = prepare(QStringView(post.body).left(65536));
    f->organization = prepare(post.organization);
    f->index();

    Classification out;
    out.causeCall = decide(m_rules.causeRules(), m_rules.causeOutranks(), *f, true, m_causeOrder,
                           m_rules.minScore(), m_rules.fallbackCause());
    if (!applyLabels(out, post.labels, m_taxonomy)) {
        out.cause = out.causeCall.key;
        out.causeOrigin = u"rule"_s;
    }
    // The sector is the organisation's: its name first, the notice's wording as context.
    out.sectorCall = decide(m_rules.sectorRules(), m_rules.sectorOutranks(), *f, false,
                            m_sectorOrder, m_rules.minScore(), m_rules.fallbackSector());
    out.sector = out.sectorCall.key;
    out.facts = IncidentFactsReader::read(post);
    return out;
}

} // namespace jikenbo
