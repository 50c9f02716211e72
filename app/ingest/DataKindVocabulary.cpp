// SPDX-License-Identifier: GPL-3.0-or-later
#include "DataKindVocabulary.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

using namespace Qt::StringLiterals;

namespace jikenbo {

const DataKindVocabulary &DataKindVocabulary::builtIn()
{
    static const DataKindVocabulary v = [] {
        QFile f(u":/jikenbo/data/datakinds.json"_s);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("built-in data kinds missing from resources");
        auto r = fromJson(f.readAll(), f.fileName());
        if (!r.ok())
            qFatal("built-in data kinds broken: %s", qPrintable(r.error()));
        return std::move(r).value();
    }();
    return v;
}

Result<DataKindVocabulary> DataKindVocabulary::fromJson(const QByteArray &json,
                                                        const QString &sourceName)
{
    auto fail = [&](const QString &why) {
        return Result<DataKindVocabulary>::failure(u"%1: %2"_s.arg(sourceName, why));
    };
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError)
        return fail(QCoreApplication::translate("DataKindVocabulary", "not valid JSON (%1)")
                        .arg(err.errorString()));
    const QJsonArray kinds = doc.object().value(u"kinds"_s).toArray();
    if (kinds.isEmpty())
        return fail(QCoreApplication::translate("DataKindVocabulary", "no \"kinds\" array"));
    DataKindVocabulary out;
    QSet<QString> keys;
    for (const QJsonValue &v : kinds) {
        const QJsonObject o = v.toObject();
        DataKind k{o.value(u"key"_s).toString(),
                   o.value(u"ja"_s).toString(),
                   o.value(u"en"_s).toString(),
                   {}};
        if (k.key.isEmpty() || k.ja.isEmpty() || k.en.isEmpty())
            return fail(
                QCoreApplication::translate("DataKindVocabulary", "a kind lacks key, ja or en"));
        if (keys.contains(k.key))
            return fail(QCoreApplication::translate("DataKindVocabulary", "kind \"%1\" given twice")
                            .arg(k.key));
        keys.insert(k.key);
        const QJsonArray patterns = o.value(u"patterns"_s).toArray();
        if (patterns.isEmpty())
            return fail(
                QCoreApplication::translate("DataKindVocabulary", "kind \"%1\" has no patterns")
                    .arg(k.key));
        for (const QJsonValue &p : patterns) {
            QRegularExpression re(p.toString());
            if (p.toString().isEmpty() || !re.isValid())
                return fail(QCoreApplication::translate("DataKindVocabulary",
                                                        "kind \"%1\": bad pattern \"%2\" (%3)")
                                .arg(k.key, p.toString(), re.errorString()));
            re.optimize();
            k.patterns.append(re);
            k.prefilters.append(PatternPrefilter::forPattern(p.toString()));
        }
        out.m_kinds.append(k);
    }
    return out;
}

const DataKind *DataKindVocabulary::kind(const QString &key) const
{
    for (const DataKind &k : m_kinds) {
        if (k.key == key)
            return &k;
    }
    return nullptr;
}

QString DataKindVocabulary::name(const QString &key) const
{
    const DataKind *k = kind(key);
    if (!k)
        return key;
    return QLocale().language() == QLocale::Japanese ? k->ja : k->en;
}

} // namespace jikenbo
