// SPDX-License-Identifier: GPL-3.0-or-later
#include "CauseModel.h"

#include "core/TextUtil.h"

#include <QDataStream>
#include <QIODevice>
#include <QJsonArray>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace jikenbo {

namespace {

constexpr double kAlpha = 1.0;         // Laplace smoothing
constexpr quint32 kMagic = 0x4a4b434d; // "JKCM"
constexpr quint16 kFormat = 1;

QString featureText(quint32 f)
{
    const QChar pair[2] = {QChar(char16_t(f >> 16)), QChar(char16_t(f & 0xffff))};
    return QString(pair, 2);
}

} // namespace

CauseModel::Features CauseModel::featuresOf(QStringView title, QStringView body)
{
    Features out;
    auto addPairs = [&out](const QString &t) {
        for (qsizetype i = 0; i + 1 < t.size(); ++i) {
            const QChar a = t[i], b = t[i + 1];
            if (a.isLetter() && b.isLetter())
                out.insert((quint32(a.unicode()) << 16) | b.unicode());
        }
    };
    addPairs(text::nfkc(title).toCaseFolded());
    addPairs(text::nfkc(body.first(std::min<qsizetype>(body.size(), BodyChars))).toCaseFolded());
    return out;
}

CauseModel CauseModel::train(const QList<Example> &examples)
{
    CauseModel m;
    QList<std::pair<QString, Features>> trained;
    for (const Example &e : examples) {
        if (e.key.isEmpty())
            continue;
        trained.append({e.key, featuresOf(e.title, e.body)});
        m.add(e.key, trained.last().second);
    }
    m.estimateReliability(trained);
    return m;
}

void CauseModel::estimateReliability(const QList<std::pair<QString, Features>> &trained)
{
    m_reliability.clear();
    // Evenly spread over the examples when there are more than can be checked quickly.
    const qsizetype step = std::max<qsizetype>(1, trained.size() / MaxReliabilitySamples);
    for (qsizetype i = 0; i < trained.size(); i += step) {
        const CauseOpinion o = predictWithout(trained[i].second, trained[i].first);
        if (!o.isValid())
            continue;
        auto &r = m_reliability[o.key];
        ++r.second;
        r.first += o.key == trained[i].first ? 1 : 0;
    }
}

double CauseModel::reliability(const QString &key) const
{
    const auto r = m_reliability.value(key);
    return r.second > 0 ? double(r.first) / r.second : 0.0;
}

void CauseModel::add(const QString &key, const Features &features)
{
    ClassCounts &c = m_classes[key];
    ++c.docs;
    ++m_docs;
    for (quint32 f : features) {
        ++c.df[f];
        m_vocabulary.insert(f);
    }
    c.total += features.size();
}

bool CauseModel::isUsable() const
{
    int known = 0;
    for (const ClassCounts &c : m_classes)
        known += c.docs >= MinExamplesPerClass ? 1 : 0;
    return known >= 2;
}

int CauseModel::examples(const QString &key) const
{
    const auto it = m_classes.constFind(key);
    return it == m_classes.cend() ? 0 : it->docs;
}

QStringList CauseModel::classes() const
{
    QStringList out = m_classes.keys();
    std::sort(out.begin(), out.end(), [this](const QString &a, const QString &b) {
        const int ea = examples(a), eb = examples(b);
        return ea != eb ? ea > eb : a < b;
    });
    return out;
}

CauseOpinion CauseModel::predict(const Features &features) const
{
    return predictImpl(features, nullptr);
}

CauseOpinion CauseModel::predictWithout(const Features &features, const QString &key) const
{
    return predictImpl(features, &key);
}

CauseOpinion CauseModel::predictImpl(const Features &features, const QString *without) const
{
    CauseOpinion o;
    const int docs = m_docs - (without && m_classes.contains(*without) ? 1 : 0);
    if (docs <= 0 || features.isEmpty())
        return o;

    // Features the model has seen, other than in the example left out (whose own features
    // leave the vocabulary with it).
    QList<quint32> seen;
    seen.reserve(features.size());
    qsizetype onlyInLeftOut = 0;
    for (quint32 f : features) {
        if (!m_vocabulary.contains(f))
            continue;
        if (without) {
            quint32 elsewhere = 0;
            for (auto it = m_classes.cbegin(); it != m_classes.cend() && elsewhere == 0; ++it)
                elsewhere += it->df.value(f) - (it.key() == *without ? 1 : 0);
            if (elsewhere == 0) {
                ++onlyInLeftOut;
                continue;
            }
        }
        seen << f;
    }
    if (seen.isEmpty())
        return o;

    const double vocabulary = double(m_vocabulary.size() - onlyInLeftOut);
    struct Score
    {
        QString key;
        double logp;
        int docs;
        double denominator;
        bool out;
    };
    QList<Score> scores;
    for (auto it = m_classes.cbegin(); it != m_classes.cend(); ++it) {
        const bool out = without && it.key() == *without;
        const int classDocs = it->docs - (out ? 1 : 0);
        o.examplesByClass.insert(it.key(), classDocs);
        if (classDocs <= 0)
            continue;
        const double total = double(it->total) - (out ? double(features.size()) : 0.0);
        const double denominator = total + kAlpha * vocabulary;
        double logp = std::log(double(classDocs) / docs);
        for (quint32 f : std::as_const(seen)) {
            const double df = double(it->df.value(f)) - (out ? 1.0 : 0.0);
            logp += std::log((std::max(0.0, df) + kAlpha) / denominator);
        }
        scores.append({it.key(), logp, classDocs, denominator, out});
    }
    if (scores.isEmpty())
        return o;
    std::sort(scores.begin(), scores.end(), [](const Score &a, const Score &b) {
        return a.logp != b.logp ? a.logp > b.logp : a.key < b.key;
    });
    double norm = 0;
    for (const Score &s : std::as_const(scores))
        norm += std::exp(s.logp - scores.first().logp);
    o.key = scores.first().key;
    o.probability = 1.0 / norm;
    o.examples = scores.first().docs;
    if (scores.size() < 2)
        return o;
    const Score &best = scores[0];
    const Score &second = scores[1];
    o.runnerUp = second.key;
    o.runnerUpProbability = std::exp(second.logp - best.logp) / norm;

    // The pairs that weigh most for the pick over the runner-up.
    auto likelihood = [this, without](const Score &s, quint32 f) {
        const double df = double(m_classes.value(s.key).df.value(f)) - (s.out ? 1.0 : 0.0);
        return std::log((std::max(0.0, df) + kAlpha) / s.denominator);
    };
    QList<std::pair<double, quint32>> weights;
    weights.reserve(seen.size());
    for (quint32 f : std::as_const(seen))
        weights.append({likelihood(best, f) - likelihood(second, f), f});
    std::sort(weights.begin(), weights.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    for (qsizetype i = 0; i < weights.size() && o.features.size() < TopFeatures; ++i) {
        if (weights[i].first <= 0)
            break;
        o.features << featureText(weights[i].second);
    }
    return o;
}

CombinedCause CauseModel::combine(const QString &rulesKey, double rulesConfidence,
                                  bool rulesFellBack, const QHash<QString, double> &rulesScores,
                                  const CauseOpinion &opinion) const
{
    CombinedCause c{rulesKey, false};
    if (!opinion.isValid() || opinion.key == rulesKey)
        return c;
    const bool unsure = rulesFellBack || rulesConfidence < UnsureBelow;
    if (!unsure || opinion.probability < MinProbability)
        return c;
    if (opinion.examplesByClass.value(opinion.key) < MinExamplesPerClass ||
        opinion.examplesByClass.value(rulesKey) < MinExamplesPerClass ||
        reliability(opinion.key) < MinReliability)
        return c;
    bool anyEvidence = false;
    for (auto it = rulesScores.cbegin(); it != rulesScores.cend(); ++it)
        anyEvidence = anyEvidence || it.value() > 0;
    if (anyEvidence && rulesScores.value(opinion.key) <= 0)
        return c;
    return {opinion.key, true};
}

CombinedCause CauseModel::combine(const QJsonObject &rulesExplanation,
                                  const CauseOpinion &opinion) const
{
    QHash<QString, double> scores;
    const QJsonObject s = rulesExplanation.value(u"scores"_s).toObject();
    for (auto it = s.constBegin(); it != s.constEnd(); ++it)
        scores.insert(it.key(), it.value().toDouble());
    return combine(rulesExplanation.value(u"key"_s).toString(),
                   rulesExplanation.value(u"confidence"_s).toDouble(),
                   rulesExplanation.value(u"fallback"_s).toBool(), scores, opinion);
}

QByteArray CauseModel::serialize() const
{
    QByteArray raw;
    QDataStream out(&raw, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << kMagic << kFormat << qint32(m_docs) << qint32(m_classes.size());
    for (const QString &key : classes()) {
        const ClassCounts &c = m_classes[key];
        out << key << qint32(c.docs) << qint64(c.total) << qint32(c.df.size());
        for (auto it = c.df.cbegin(); it != c.df.cend(); ++it)
            out << it.key() << it.value();
    }
    out << qint32(m_reliability.size());
    for (auto it = m_reliability.cbegin(); it != m_reliability.cend(); ++it)
        out << it.key() << qint32(it->first) << qint32(it->second);
    return qCompress(raw);
}

std::optional<CauseModel> CauseModel::deserialize(const QByteArray &data)
{
    const QByteArray raw = qUncompress(data);
    if (raw.isEmpty())
        return std::nullopt;
    QDataStream in(raw);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    quint16 format = 0;
    qint32 docs = 0, classes = 0;
    in >> magic >> format >> docs >> classes;
    if (in.status() != QDataStream::Ok || magic != kMagic || format != kFormat || docs < 0 ||
        classes < 0 || classes > 1000)
        return std::nullopt;
    CauseModel m;
    m.m_docs = docs;
    for (qint32 i = 0; i < classes; ++i) {
        QString key;
        qint32 classDocs = 0, features = 0;
        qint64 total = 0;
        in >> key >> classDocs >> total >> features;
        if (in.status() != QDataStream::Ok || features < 0 || features > 50'000'000)
            return std::nullopt;
        ClassCounts &c = m.m_classes[key];
        c.docs = classDocs;
        c.total = total;
        c.df.reserve(features);
        for (qint32 k = 0; k < features; ++k) {
            quint32 f = 0, n = 0;
            in >> f >> n;
            c.df.insert(f, n);
            m.m_vocabulary.insert(f);
        }
        if (in.status() != QDataStream::Ok)
            return std::nullopt;
    }
    qint32 reliable = 0;
    in >> reliable;
    for (qint32 i = 0; i < reliable && in.status() == QDataStream::Ok; ++i) {
        QString key;
        qint32 right = 0, picked = 0;
        in >> key >> right >> picked;
        m.m_reliability.insert(key, {right, picked});
    }
    if (in.status() != QDataStream::Ok)
        return std::nullopt;
    return m;
}

QJsonObject CauseModel::opinionJson(const CauseOpinion &o, bool decided) const
{
    QJsonObject j{
        {u"key"_s, o.key},           {u"probability"_s, qRound(o.probability * 1000) / 1000.0},
        {u"examples"_s, o.examples}, {u"features"_s, QJsonArray::fromStringList(o.features)},
        {u"trained_on"_s, m_docs},   {u"reliability"_s, qRound(reliability(o.key) * 1000) / 1000.0},
        {u"decided"_s, decided}};
    if (!o.runnerUp.isEmpty()) {
        j.insert(u"runner_up"_s, o.runnerUp);
        j.insert(u"runner_up_probability"_s, qRound(o.runnerUpProbability * 1000) / 1000.0);
    }
    return j;
}

} // namespace jikenbo
