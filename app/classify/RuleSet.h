// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/PatternPrefilter.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace jikenbo {

class Taxonomy;

// Where a rule looks. Weights are per field; a rule adds each field's weight once.
struct Rule
{
    QString id;
    QString category; // cause or sector key
    QRegularExpression pattern;
    PatternPrefilter prefilter; // skips texts the pattern cannot match
    double title = 0;
    double caption = 0;
    double body = 0;
    double organization = 0;
};

// A category that wins over others whenever its own evidence is strong enough, whatever their
// scores: the specific cause a notice names beats the generic one ("ransomware" over
// "unauthorized_access", which nearly every notice of an attack also says).
struct Outrank
{
    QString category;
    double minScore = 0;
    QStringList over;
    // When not empty: the precedence holds only when one of these rules of the category fired
    // (structure, not weight: "a setting named as the cause outranks an operator's mistake").
    QStringList whenRules;
};

// Weighted classification rules read from JSON (resources/data/rules.json, or a user's file
// given in Settings or with --rules). Loading checks every key against the taxonomy and every
// pattern's syntax, so a broken file is refused as a whole with a message naming the rule.
class RuleSet
{
    Q_DECLARE_TR_FUNCTIONS(RuleSet)

public:
    static const RuleSet &builtIn();
    static Result<RuleSet> fromJson(const QByteArray &json, const QString &sourceName,
                                    const Taxonomy &taxonomy);
    static Result<RuleSet> fromFile(const QString &path, const Taxonomy &taxonomy);

    const QList<Rule> &causeRules() const { return m_causeRules; }
    const QList<Rule> &sectorRules() const { return m_sectorRules; }
    const QList<Outrank> &causeOutranks() const { return m_causeOutranks; }
    const QList<Outrank> &sectorOutranks() const { return m_sectorOutranks; }
    double minScore() const { return m_minScore; }
    QString fallbackCause() const { return m_fallbackCause; }
    QString fallbackSector() const { return m_fallbackSector; }
    QString sourceName() const { return m_sourceName; }
    // A fingerprint of the rules: stored with each classification to detect rule changes.
    QString fingerprint() const { return m_fingerprint; }

private:
    QList<Rule> m_causeRules;
    QList<Rule> m_sectorRules;
    QList<Outrank> m_causeOutranks;
    QList<Outrank> m_sectorOutranks;
    double m_minScore = 2.0;
    QString m_fallbackCause = QStringLiteral("other");
    QString m_fallbackSector = QStringLiteral("other");
    QString m_sourceName;
    QString m_fingerprint;
};

} // namespace jikenbo
