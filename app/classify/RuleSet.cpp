// SPDX-License-Identifier: GPL-3.0-or-later
#include "RuleSet.h"

#include "Taxonomy.h"
#include "core/InputFile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace jikenbo {

namespace {

// Case-folds a pattern's literal text but not its escapes (\p{Han}, \d, \S stay as written).
QString foldPattern(const QString &pattern)
{
    QString out;
    out.reserve(pattern.size());
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern[i];
        if (c == u'\\' && i + 1 < pattern.size()) {
            out += c;
            out += pattern[++i];
            // \p{...} / \P{...}: keep the property name as written.
            if ((pattern[i] == u'p' || pattern[i] == u'P') && i + 1 < pattern.size() &&
                pattern[i + 1] == u'{') {
                const qsizetype close = pattern.indexOf(u'}', i + 1);
                if (close > 0) {
                    out += pattern.mid(i + 1, close - i);
                    i = close;
                }
            }
            continue;
        }
        out += QString(c).toCaseFolded();
    }
    return out;
}

bool isWeight(const QJsonValue &v)
{
    return v.isUndefined() || (v.isDouble() && v.toDouble() >= 0);
}

bool readRules(const QJsonValue &groupsValue, bool causes, const Taxonomy &taxonomy,
               const QString &sourceName, QList<Rule> &out, QString *error)
{
    const QString groupName = causes ? u"causes"_s : u"sectors"_s;
    if (!groupsValue.isObject()) {
        *error = RuleSet::tr("%1: \"%2\" must be an object of rule lists keyed by category")
                     .arg(sourceName, groupName);
        return false;
    }
    static const QStringList known{u"id"_s,   u"pattern"_s,      u"title"_s,  u"caption"_s,
                                   u"body"_s, u"organization"_s, u"comment"_s};
    const QJsonObject groups = groupsValue.toObject();
    QSet<QString> ids;
    for (auto it = groups.begin(); it != groups.end(); ++it) {
        const QString key = it.key();
        if (causes ? !taxonomy.isCause(key) : !taxonomy.isSector(key)) {
            *error = RuleSet::tr("%1: %2.%3 is not a key of the taxonomy")
                         .arg(sourceName, groupName, key);
            return false;
        }
        if (!it.value().isArray()) {
            *error =
                RuleSet::tr("%1: %2.%3 must be a list of rules").arg(sourceName, groupName, key);
            return false;
        }
        const QJsonArray arr = it.value().toArray();
        for (qsizetype i = 0; i < arr.size(); ++i) {
            const QJsonObject o = arr.at(i).toObject();
            Rule r;
            r.id = o.value(u"id"_s).toString();
            r.category = key;
            const QString where = u"%1.%2[%3]"_s.arg(groupName, key).arg(i) +
                                  (r.id.isEmpty() ? QString() : u" (\""_s + r.id + u"\")"_s);
            if (!arr.at(i).isObject()) {
                *error = RuleSet::tr("%1: %2 is not a rule object").arg(sourceName, where);
                return false;
            }
            const QString pat = o.value(u"pattern"_s).toString();
            if (r.id.isEmpty() || pat.isEmpty()) {
                *error = RuleSet::tr("%1: %2 needs an id and a pattern").arg(sourceName, where);
                return false;
            }
            if (ids.contains(r.id)) {
                *error = RuleSet::tr("%1: %2: the id is used twice").arg(sourceName, where);
                return false;
            }
            ids.insert(r.id);
            for (auto f = o.begin(); f != o.end(); ++f) {
                if (!known.contains(f.key())) {
                    *error =
                        RuleSet::tr("%1: %2: unknown field \"%3\" (expected id, pattern, title, "
                                    "caption, body, organization, comment)")
                            .arg(sourceName, where, f.key());
                    return false;
                }
            }
            for (const QString &w : {u"title"_s, u"caption"_s, u"body"_s, u"organization"_s}) {
                if (!isWeight(o.value(w))) {
                    *error = RuleSet::tr("%1: %2: the weight \"%3\" must be a number ≥ 0")
                                 .arg(sourceName, where, w);
                    return false;
                }
            }
            // Text is NFKC and case-folded before matching; patterns are folded the same way
            // (case-insensitive matching of non-ASCII text is several times slower).
            const QString folded = foldPattern(pat);
            r.pattern = QRegularExpression(folded, QRegularExpression::UseUnicodePropertiesOption);
            if (!r.pattern.isValid()) {
                *error = RuleSet::tr("%1: %2: invalid pattern at offset %3: %4")
                             .arg(sourceName, where)
                             .arg(r.pattern.patternErrorOffset())
                             .arg(r.pattern.errorString());
                return false;
            }
            if (r.pattern.match(QString()).hasMatch()) {
                *error =
                    RuleSet::tr("%1: %2: the pattern matches empty text").arg(sourceName, where);
                return false;
            }
            r.pattern.optimize();
            r.prefilter = PatternPrefilter::forPattern(folded);
            r.title = o.value(u"title"_s).toDouble();
            r.caption = o.value(u"caption"_s).toDouble(r.title);
            r.body = o.value(u"body"_s).toDouble();
            r.organization = o.value(u"organization"_s).toDouble();
            if (r.title == 0 && r.body == 0 && r.organization == 0 && r.caption == 0) {
                *error =
                    RuleSet::tr(
                        "%1: %2 has no weight for any field (title, caption, body, organization)")
                        .arg(sourceName, where);
                return false;
            }
            out.append(std::move(r));
        }
    }
    return true;
}

bool readOutranks(const QJsonValue &value, bool causes, const Taxonomy &taxonomy,
                  const QString &sourceName, QList<Outrank> &out, QString *error)
{
    const QString name = causes ? u"cause_outranks"_s : u"sector_outranks"_s;
    if (value.isUndefined())
        return true;
    if (!value.isArray()) {
        *error = RuleSet::tr("%1: \"%2\" must be a list").arg(sourceName, name);
        return false;
    }
    const QJsonArray arr = value.toArray();
    auto isKey = [&](const QString &k) {
        return causes ? taxonomy.isCause(k) : taxonomy.isSector(k);
    };
    for (qsizetype i = 0; i < arr.size(); ++i) {
        const QJsonObject o = arr.at(i).toObject();
        const QString where = u"%1[%2]"_s.arg(name).arg(i);
        Outrank r;
        r.category = o.value(u"category"_s).toString();
        r.minScore = o.value(u"min_score"_s).toDouble(-1);
        for (const QJsonValue &v : o.value(u"over"_s).toArray())
            r.over << v.toString();
        for (const QJsonValue &v : o.value(u"when_rules"_s).toArray())
            r.whenRules << v.toString();
        if (r.minScore < 0 && !r.whenRules.isEmpty())
            r.minScore = 0;
        if (!isKey(r.category)) {
            *error =
                RuleSet::tr("%1: %2: \"category\" must be a taxonomy key").arg(sourceName, where);
            return false;
        }
        if (r.minScore <= 0 && r.whenRules.isEmpty()) {
            *error =
                RuleSet::tr("%1: %2: \"min_score\" must be a number > 0").arg(sourceName, where);
            return false;
        }
        if (r.over.isEmpty()) {
            *error = RuleSet::tr("%1: %2: \"over\" must list the keys it wins over")
                         .arg(sourceName, where);
            return false;
        }
        for (const QString &k : std::as_const(r.over)) {
            if (!isKey(k) || k == r.category) {
                *error = RuleSet::tr("%1: %2: \"%3\" in \"over\" is not another taxonomy key")
                             .arg(sourceName, where, k);
                return false;
            }
        }
        out.append(r);
    }
    return true;
}

} // namespace

const RuleSet &RuleSet::builtIn()
{
    static const RuleSet rules = [] {
        QFile f(u":/jikenbo/data/rules.json"_s);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("built-in rules missing from resources");
        auto r = fromJson(f.readAll(), u"rules.json (built-in)"_s, Taxonomy::builtIn());
        if (!r.ok())
            qFatal("built-in rules broken: %s", qPrintable(r.error()));
        return std::move(r).value();
    }();
    return rules;
}

Result<RuleSet> RuleSet::fromFile(const QString &path, const Taxonomy &taxonomy)
{
    // Never opens a FIFO or a device: reading one would wait forever.
    const auto bytes = InputFile::read(path, 16 * 1024 * 1024);
    if (!bytes.ok())
        return Result<RuleSet>::failure(
            tr("%1: cannot read rules file: %2").arg(path, bytes.error()));
    return fromJson(bytes.value(), path, taxonomy);
}

Result<RuleSet> RuleSet::fromJson(const QByteArray &json, const QString &sourceName,
                                  const Taxonomy &taxonomy)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (doc.isNull() || !doc.isObject())
        return Result<RuleSet>::failure(tr("%1: not a rules file: invalid JSON at offset %2: %3")
                                            .arg(sourceName)
                                            .arg(pe.offset)
                                            .arg(pe.errorString()));
    const QJsonObject root = doc.object();
    RuleSet rs;
    rs.m_sourceName = sourceName;
    rs.m_minScore = root.value(u"min_score"_s).toDouble(2.0);
    rs.m_fallbackCause = root.value(u"fallback_cause"_s).toString(u"other"_s);
    rs.m_fallbackSector = root.value(u"fallback_sector"_s).toString(u"other"_s);
    if (!taxonomy.isCause(rs.m_fallbackCause) || !taxonomy.isSector(rs.m_fallbackSector))
        return Result<RuleSet>::failure(
            tr("%1: fallback_cause or fallback_sector is not a taxonomy key").arg(sourceName));
    if (!root.contains(u"causes"_s) || !root.contains(u"sectors"_s))
        return Result<RuleSet>::failure(
            tr("%1: a rules file needs \"causes\" and \"sectors\" objects").arg(sourceName));
    if (!root.value(u"min_score"_s).isUndefined() && !root.value(u"min_score"_s).isDouble())
        return Result<RuleSet>::failure(tr("%1: \"min_score\" must be a number").arg(sourceName));
    QString error;
    if (!readRules(root.value(u"causes"_s), true, taxonomy, sourceName, rs.m_causeRules, &error) ||
        !readRules(root.value(u"sectors"_s), false, taxonomy, sourceName, rs.m_sectorRules,
                   &error) ||
        !readOutranks(root.value(u"cause_outranks"_s), true, taxonomy, sourceName,
                      rs.m_causeOutranks, &error) ||
        !readOutranks(root.value(u"sector_outranks"_s), false, taxonomy, sourceName,
                      rs.m_sectorOutranks, &error))
        return Result<RuleSet>::failure(error);
    // A precedence that waits for named rules names rules of its own category.
    for (const auto &[outranks, rules, name] :
         {std::tuple{&rs.m_causeOutranks, &rs.m_causeRules, u"cause_outranks"_s},
          std::tuple{&rs.m_sectorOutranks, &rs.m_sectorRules, u"sector_outranks"_s}}) {
        for (const Outrank &o : *outranks) {
            for (const QString &id : o.whenRules) {
                const bool known = std::any_of(rules->cbegin(), rules->cend(), [&](const Rule &r) {
                    return r.id == id && r.category == o.category;
                });
                if (!known)
                    return Result<RuleSet>::failure(
                        tr("%1: %2: \"when_rules\" names \"%3\", not a rule of \"%4\"")
                            .arg(sourceName, name, id, o.category));
            }
        }
    }
    rs.m_fingerprint = QString::fromLatin1(
        QCryptographicHash::hash(json, QCryptographicHash::Sha1).toHex().left(12));
    return rs;
}

} // namespace jikenbo
