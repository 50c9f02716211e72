// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/IncidentFacts.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace jikenbo {

class RuleSet;
class Taxonomy;
struct ParsedPost;

struct RuleHit
{
    QString ruleId;
    QString category;
    QString field; // title, caption, body, organization
    double weight = 0;
};

// What the rules say about one field of the taxonomy (cause or sector), and why.
struct CategoryCall
{
    QString key;
    double score = 0;
    // 0..1: how far to trust the call. Strong evidence (a score of 10 or more, as a cause
    // stated in the title gives) and a clear lead over the runner-up give 1; thin evidence or a
    // close second give less; below 0.5 the call deserves a look.
    double confidence = 0;
    QString runnerUp; // the best-scoring other category
    double runnerUpScore = 0;
    QList<RuleHit> hits;           // rules that fired for the winner
    QList<RuleHit> runnerUpHits;   // rules that fired for the runner-up
    QHash<QString, double> scores; // every category that scored
    QStringList outranked;         // categories the winner beat by precedence, not by score
    bool fallback = false;         // nothing scored enough: the rules' fallback key
    QJsonObject toJson() const;
};

struct Classification
{
    QString cause;
    QString causeOrigin;    // "label" or "rule"
    QString causeLabel;     // the source label that decided, for origin "label"
    CategoryCall causeCall; // always computed, also when a label decides
    QString sector;
    CategoryCall sectorCall;
    IncidentFacts facts; // dates, data kinds, contractor (IncidentFactsReader)
};

// Cause and sector of a post: a known source label decides the cause; otherwise the
// weighted rules do, and say which rules fired and what came second.
//
// Rules match NFKC, case-folded text. A rule adds its weight once per field it matches
// (title, caption, body, organization). In the body, a mention that the rest of its clause
// denies ("マルウェア感染等の被害は確認されませんでした") does not count. The category with the
// highest score wins, unless another category with enough evidence outranks it (RuleSet's
// outranks); below the rules' minimum score the fallback key is used.
class Classifier
{
public:
    Classifier(const Taxonomy &taxonomy, const RuleSet &rules);
    Classification classify(const ParsedPost &post) const;
    const RuleSet &rules() const { return m_rules; }
    const Taxonomy &taxonomy() const { return m_taxonomy; }

    // Lets the first label the taxonomy knows decide the cause (origin "label"). Returns
    // whether one did; labels it does not know are left alone.
    static bool applyLabels(Classification &c, const QStringList &labels, const Taxonomy &taxonomy);

private:
    const Taxonomy &m_taxonomy;
    const RuleSet &m_rules;
    QStringList m_causeOrder;
    QStringList m_sectorOrder;
};

} // namespace jikenbo
