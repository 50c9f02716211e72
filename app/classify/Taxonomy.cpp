// SPDX-License-Identifier: GPL-3.0-or-later
#include "Taxonomy.h"

#include "core/TextUtil.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace jikenbo {

namespace {

QString normLabel(const QString &s)
{
    QString n = text::nfkc(s).trimmed();
    n.remove(u' ');
    return n.toCaseFolded();
}

bool uiIsJapanese()
{
    return QLocale().language() == QLocale::Japanese;
}

QList<Category> readCategories(const QJsonArray &arr, QString *error, const QString &what)
{
    QList<Category> out;
    for (const QJsonValue &v : arr) {
        const QJsonObject o = v.toObject();
        Category c{o.value(u"key"_s).toString(), o.value(u"ja"_s).toString(),
                   o.value(u"en"_s).toString(), o.value(u"color"_s).toString()};
        if (c.key.isEmpty() || c.ja.isEmpty() || c.en.isEmpty()) {
            *error = QCoreApplication::translate("Taxonomy", "%1: an entry lacks key, ja or en")
                         .arg(what);
            return {};
        }
        out.append(c);
    }
    return out;
}

} // namespace

const Taxonomy &Taxonomy::builtIn()
{
    static const Taxonomy t = [] {
        QFile f(u":/jikenbo/data/taxonomy.json"_s);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("built-in taxonomy missing from resources");
        auto r = fromJson(f.readAll(), f.fileName());
        if (!r.ok())
            qFatal("built-in taxonomy broken: %s", qPrintable(r.error()));
        return std::move(r).value();
    }();
    return t;
}

Result<Taxonomy> Taxonomy::fromJson(const QByteArray &json, const QString &sourceName)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (doc.isNull())
        return Result<Taxonomy>::failure(
            QCoreApplication::translate("Taxonomy", "%1: invalid JSON at offset %2: %3")
                .arg(sourceName)
                .arg(pe.offset)
                .arg(pe.errorString()));
    const QJsonObject root = doc.object();
    Taxonomy t;
    QString error;
    t.m_causes = readCategories(root.value(u"causes"_s).toArray(), &error, u"causes"_s);
    if (error.isEmpty())
        t.m_sectors = readCategories(root.value(u"sectors"_s).toArray(), &error, u"sectors"_s);
    if (!error.isEmpty() || t.m_causes.isEmpty() || t.m_sectors.isEmpty())
        return Result<Taxonomy>::failure(
            sourceName + u": "_s +
            (error.isEmpty() ? QCoreApplication::translate("Taxonomy", "no causes or sectors")
                             : error));
    const QJsonObject aliases = root.value(u"label_aliases"_s).toObject();
    for (auto it = aliases.begin(); it != aliases.end(); ++it)
        t.m_labelAliases.insert(normLabel(it.key()), it.value().toString());
    for (const QJsonValue &v : root.value(u"non_cause_labels"_s).toArray())
        t.m_nonCauseLabels.insert(normLabel(v.toString()));
    return t;
}

bool Taxonomy::isCause(const QString &key) const
{
    return cause(key) != nullptr;
}

bool Taxonomy::isSector(const QString &key) const
{
    return sector(key) != nullptr;
}

const Category *Taxonomy::cause(const QString &key) const
{
    for (const Category &c : m_causes) {
        if (c.key == key)
            return &c;
    }
    return nullptr;
}

const Category *Taxonomy::sector(const QString &key) const
{
    for (const Category &c : m_sectors) {
        if (c.key == key)
            return &c;
    }
    return nullptr;
}

QString Taxonomy::causeForLabel(const QString &label) const
{
    return m_labelAliases.value(normLabel(label));
}

Taxonomy::LabelKind Taxonomy::labelKind(const QString &label) const
{
    const QString n = normLabel(label);
    if (m_labelAliases.contains(n))
        return LabelKind::Cause;
    if (m_nonCauseLabels.contains(n) || !n.startsWith(normLabel(u"インシデント:"_s)))
        return LabelKind::NotACause;
    return LabelKind::Unmapped;
}

static QString keyFor(const QList<Category> &cats, const QString &keyOrName)
{
    const QString n = text::nfkc(keyOrName).trimmed().toCaseFolded();
    for (const Category &c : cats) {
        if (c.key == n || text::nfkc(c.ja).toCaseFolded() == n || c.en.toCaseFolded() == n)
            return c.key;
    }
    return {};
}

QString Taxonomy::causeKeyFor(const QString &keyOrName) const
{
    QString k = keyFor(m_causes, keyOrName);
    if (k.isEmpty())
        k = causeForLabel(u"インシデント:"_s + keyOrName);
    return k;
}

QString Taxonomy::sectorKeyFor(const QString &keyOrName) const
{
    return keyFor(m_sectors, keyOrName);
}

QString Taxonomy::causeName(const QString &key) const
{
    const Category *c = cause(key);
    return c ? (uiIsJapanese() ? c->ja : c->en) : key;
}

QString Taxonomy::sectorName(const QString &key) const
{
    const Category *c = sector(key);
    return c ? (uiIsJapanese() ? c->ja : c->en) : key;
}

} // namespace jikenbo
