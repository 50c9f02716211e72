// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

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

struct CategoryCall
{
    QString key;
    double score = 0;
    double confidence = 0; // 0..1
    QString runnerUp;
    double runnerUpScore = 0;
    QList<RuleHit> hits;   // rules that fired for the winner
    bool fallback = false; // nothing scored enough: the rules' fallback key
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
};

// Cause and sector of a post: a known source label decides the cause; otherwise the
// weighted rules do, and say which rules fired and what came second.
class Classifier
{
public:
    Classifier(const Taxonomy &taxonomy, const RuleSet &rules);
    Classification classify(const ParsedPost &post) const;
    const RuleSet &rules() const { return m_rules; }
    const Taxonomy &taxonomy() const { return m_taxonomy; }

private:
    const Taxonomy &m_taxonomy;
    const RuleSet &m_rules;
};

} // namespace jikenbo
