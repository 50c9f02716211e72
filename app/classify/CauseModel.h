// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>
#include <utility>

namespace jikenbo {

// What the learned model says about a notice's cause, and why.
struct CauseOpinion
{
    QString key; // empty when the model has nothing to say (untrained, no features)
    double probability = 0;
    QString runnerUp;
    double runnerUpProbability = 0;
    int examples = 0;                    // training examples of `key`
    QHash<QString, int> examplesByClass; // training examples of every class it knows
    QStringList features; // the character pairs that weighed most for `key` over `runnerUp`
    bool isValid() const { return !key.isEmpty(); }
};

// How the rules' call and the model's opinion make the automatic cause.
struct CombinedCause
{
    QString key;
    bool byModel = false;
};

// A second opinion on the cause, learned from the blog's own labels: multinomial naive Bayes
// over the character pairs (bigrams) of a notice's title and the start of its body, each pair
// counted once per notice. Trained on the incidents whose cause a source label gave; it decides
// only where the rules are unsure and it has enough examples of both its class and the rules'.
class CauseModel
{
public:
    static constexpr int MinExamplesPerClass = 10; // of a class before the model may decide on it
    static constexpr double MinProbability = 0.9;  // of its pick before it may overrule the rules
    static constexpr double UnsureBelow = 0.5;     // the rules' confidence under which it may
    static constexpr int BodyChars = 4000;         // of a body the features are taken from
    static constexpr int TopFeatures = 6;
    // How often the model's pick of a class must have been right, left-one-out over its own
    // training examples, before it may decide on that class.
    static constexpr double MinReliability = 0.9;
    static constexpr int MaxReliabilitySamples = 2000; // training examples checked, at most

    struct Example
    {
        QString key;
        QString title;
        QString body;
    };

    using Features = QSet<quint32>; // a pair of UTF-16 code units, high one first

    // The features of a notice: pairs of letters (kana, kanji, Latin) of the NFKC, case-folded
    // title and the first BodyChars of the body. Pairs with digits, spaces or punctuation carry
    // dates and layout, not what happened, and are left out.
    static Features featuresOf(QStringView title, QStringView body);

    static CauseModel train(const QList<Example> &examples);
    void add(const QString &key, const Features &features);
    // Predicts each of the examples (the ones added, given again) leaving it out, and keeps per
    // class how often a pick of it was right.
    void estimateReliability(const QList<std::pair<QString, Features>> &trained);
    // Right / picked of `key` (leave-one-out), 0 when never picked or not estimated.
    double reliability(const QString &key) const;

    bool isEmpty() const { return m_docs == 0; }
    // Whether it has learned enough to give opinions: MinExamplesPerClass examples in each of
    // two causes at least. A model that is not usable is neither stored nor shown.
    bool isUsable() const;
    int documents() const { return m_docs; }
    int examples(const QString &key) const;
    QStringList classes() const; // in descending order of examples
    // Whether the model may decide on `key`: enough examples of it.
    bool knows(const QString &key) const { return examples(key) >= MinExamplesPerClass; }

    CauseOpinion predict(const Features &features) const;
    // The opinion the model would give if the example (`key`, `features`) had not been trained
    // on: leave-one-out without retraining.
    CauseOpinion predictWithout(const Features &features, const QString &key) const;

    // The rules decide unless they are unsure (below UnsureBelow, or fell back for want of
    // evidence) and the model is sure (MinProbability) of a class it knows, also knows the
    // class the rules chose (so that it could have agreed with them), and picks a class the
    // rules found evidence for too (a score of their own), unless the rules found none at all.
    CombinedCause combine(const QString &rulesKey, double rulesConfidence, bool rulesFellBack,
                          const QHash<QString, double> &rulesScores,
                          const CauseOpinion &opinion) const;
    // The same from a stored explanation of the rules' call (CategoryCall::toJson).
    CombinedCause combine(const QJsonObject &rulesExplanation, const CauseOpinion &opinion) const;

    QByteArray serialize() const;
    static std::optional<CauseModel> deserialize(const QByteArray &data);

    // {"key", "probability", "runner_up", "runner_up_probability", "examples", "features",
    //  "trained_on", "decided"}: the opinion as the explanation of a cause shows it.
    QJsonObject opinionJson(const CauseOpinion &o, bool decided) const;

private:
    CauseOpinion predictImpl(const Features &features, const QString *without) const;

    struct ClassCounts
    {
        int docs = 0;
        qint64 total = 0;           // sum of `df`
        QHash<quint32, quint32> df; // documents of the class holding the feature
    };
    QHash<QString, ClassCounts> m_classes;
    QHash<QString, std::pair<int, int>> m_reliability; // key -> (right, picked)
    QSet<quint32> m_vocabulary;
    int m_docs = 0;
};

} // namespace jikenbo
