// SPDX-License-Identifier: GPL-3.0-or-later
#include "SchemeMap.h"

#include "Taxonomy.h"
#include "core/InputFile.h"
#include "core/TextUtil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace jikenbo {

namespace {

bool uiIsJapanese()
{
    return QLocale().language() == QLocale::Japanese;
}

QString folded(const QString &s)
{
    return text::nfkc(s).trimmed().toCaseFolded();
}

// Reads one schemes file, stopping at the first fault with the field's path ("schemes[1].rules[3]
// .cause") and what is wrong with it.
class Reader
{
public:
    explicit Reader(const Taxonomy &taxonomy)
        : m_tax(taxonomy)
    {
    }

    QString error;

    bool fail(const QString &path, const QString &problem)
    {
        error = path + u": "_s + problem;
        return false;
    }

    bool string(const QJsonObject &o, const QString &name, const QString &path, QString *out,
                bool required = true)
    {
        const QJsonValue v = o.value(name);
        if (v.isUndefined() && !required)
            return true;
        if (!v.isString() || text::isBlank(v.toString()))
            return fail(path + u'.' + name, SchemeMap::tr("expected a non-empty text"));
        *out = v.toString().trimmed();
        return true;
    }

    bool strings(const QJsonObject &o, const QString &name, const QString &path, QStringList *out)
    {
        const QJsonValue v = o.value(name);
        if (v.isUndefined())
            return true;
        if (!v.isArray() || v.toArray().isEmpty())
            return fail(path + u'.' + name, SchemeMap::tr("expected a list of texts"));
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!a[i].isString() || text::isBlank(a[i].toString()))
                return fail(u"%1.%2[%3]"_s.arg(path, name).arg(i),
                            SchemeMap::tr("expected a non-empty text"));
            out->append(a[i].toString().trimmed());
        }
        return true;
    }

    bool members(const QJsonObject &o, const QStringList &known, const QString &path)
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!known.contains(it.key()))
                return fail(
                    path + u'.' + it.key(),
                    SchemeMap::tr("unknown field; expected one of %1").arg(known.join(u", "_s)));
        }
        return true;
    }

    bool category(const QJsonValue &v, const QString &path, SchemeCategory *c)
    {
        if (!v.isObject())
            return fail(path, SchemeMap::tr("expected an object"));
        const QJsonObject o = v.toObject();
        if (!members(o, {u"key"_s, u"ja"_s, u"en"_s, u"color"_s, u"action"_s, u"variety"_s},
                     path) ||
            !string(o, u"key"_s, path, &c->key) || !string(o, u"ja"_s, path, &c->ja) ||
            !string(o, u"en"_s, path, &c->en) || !string(o, u"color"_s, path, &c->color, false) ||
            !string(o, u"action"_s, path, &c->action, false) ||
            !string(o, u"variety"_s, path, &c->variety, false))
            return false;
        static const QRegularExpression keyRe(u"^[A-Za-z0-9_.\\-]+$"_s);
        if (!keyRe.match(c->key).hasMatch())
            return fail(path + u".key"_s,
                        SchemeMap::tr("'%1' is not a key: use letters, digits, _ . and - only")
                            .arg(c->key));
        static const QRegularExpression colorRe(u"^#[0-9A-Fa-f]{6}$"_s);
        if (!c->color.isEmpty() && !colorRe.match(c->color).hasMatch())
            return fail(path + u".color"_s,
                        SchemeMap::tr("'%1' is not a colour like #2e86ab").arg(c->color));
        if (c->color.isEmpty())
            c->color = u"#8a8f94"_s;
        return true;
    }

    bool rule(const QJsonValue &v, const QString &path, const Scheme &s, SchemeRule *r)
    {
        if (!v.isObject())
            return fail(path, SchemeMap::tr("expected an object"));
        const QJsonObject o = v.toObject();
        if (!members(o, {u"cause"_s, u"sector"_s, u"label"_s, u"title"_s, u"category"_s}, path) ||
            !string(o, u"cause"_s, path, &r->cause) ||
            !string(o, u"category"_s, path, &r->category) ||
            !strings(o, u"sector"_s, path, &r->sectors) ||
            !strings(o, u"label"_s, path, &r->labels) ||
            !strings(o, u"title"_s, path, &r->titleWords))
            return false;
        if (!m_tax.isCause(r->cause))
            return fail(
                path + u".cause"_s,
                SchemeMap::tr("unknown cause '%1'; expected a key of the taxonomy").arg(r->cause));
        for (qsizetype i = 0; i < r->sectors.size(); ++i) {
            if (!m_tax.isSector(r->sectors[i]))
                return fail(u"%1.sector[%2]"_s.arg(path).arg(i),
                            SchemeMap::tr("unknown sector '%1'").arg(r->sectors[i]));
        }
        if (!s.category(r->category))
            return fail(path + u".category"_s,
                        SchemeMap::tr("'%1' is none of the scheme's categories").arg(r->category));
        return true;
    }

    bool scheme(const QJsonValue &v, const QString &path, Scheme *s)
    {
        if (!v.isObject())
            return fail(path, SchemeMap::tr("expected an object"));
        const QJsonObject o = v.toObject();
        if (!members(o,
                     {u"id"_s, u"ja"_s, u"en"_s, u"categories"_s, u"fallback"_s, u"rules"_s,
                      u"comment"_s},
                     path) ||
            !string(o, u"id"_s, path, &s->id) || !string(o, u"ja"_s, path, &s->ja) ||
            !string(o, u"en"_s, path, &s->en) || !string(o, u"fallback"_s, path, &s->fallback))
            return false;
        static const QRegularExpression idRe(u"^[a-z][a-z0-9_]*$"_s);
        if (!idRe.match(s->id).hasMatch())
            return fail(
                path + u".id"_s,
                SchemeMap::tr("'%1' is not an id: use small letters, digits and _").arg(s->id));
        const QJsonArray cats = o.value(u"categories"_s).toArray();
        if (cats.isEmpty())
            return fail(path + u".categories"_s, SchemeMap::tr("expected a list of categories"));
        QSet<QString> keys;
        for (qsizetype i = 0; i < cats.size(); ++i) {
            SchemeCategory c;
            const QString p = u"%1.categories[%2]"_s.arg(path).arg(i);
            if (!category(cats[i], p, &c))
                return false;
            if (keys.contains(c.key))
                return fail(p + u".key"_s, SchemeMap::tr("'%1' twice").arg(c.key));
            keys.insert(c.key);
            s->categories.append(c);
        }
        if (!s->category(s->fallback))
            return fail(path + u".fallback"_s,
                        SchemeMap::tr("'%1' is none of the scheme's categories").arg(s->fallback));
        const QJsonArray rules = o.value(u"rules"_s).toArray();
        if (rules.isEmpty())
            return fail(path + u".rules"_s, SchemeMap::tr("expected a list of rules"));
        QSet<QString> settled; // causes with a rule without conditions
        for (qsizetype i = 0; i < rules.size(); ++i) {
            SchemeRule r;
            const QString p = u"%1.rules[%2]"_s.arg(path).arg(i);
            if (!rule(rules[i], p, *s, &r))
                return false;
            if (settled.contains(r.cause))
                return fail(p, SchemeMap::tr("never used: an earlier rule for cause '%1' has no "
                                             "conditions")
                                   .arg(r.cause));
            if (r.isUnconditional())
                settled.insert(r.cause);
            s->rules.append(r);
        }
        for (const Category &c : m_tax.causes()) {
            if (!settled.contains(c.key))
                return fail(path + u".rules"_s,
                            SchemeMap::tr("no rule without conditions for cause '%1': every "
                                          "cause must have a category")
                                .arg(c.key));
        }
        return true;
    }

    bool stringMap(const QJsonObject &o, const QString &name, const QString &path,
                   QHash<QString, QString> *out)
    {
        const QJsonValue v = o.value(name);
        if (v.isUndefined())
            return true;
        if (!v.isObject())
            return fail(path + u'.' + name, SchemeMap::tr("expected an object"));
        const QJsonObject m = v.toObject();
        for (auto it = m.begin(); it != m.end(); ++it) {
            if (!it.value().isString() || text::isBlank(it.value().toString()))
                return fail(path + u'.' + name + u'.' + it.key(),
                            SchemeMap::tr("expected a non-empty text"));
            out->insert(it.key(), it.value().toString().trimmed());
        }
        return true;
    }

private:
    const Taxonomy &m_tax;
};

struct ActiveState
{
    QMutex mutex;
    std::shared_ptr<const SchemeMap> map;
    QString warning;
};

ActiveState &activeState()
{
    static ActiveState state;
    return state;
}

} // namespace

const SchemeCategory *Scheme::category(const QString &key) const
{
    for (const SchemeCategory &c : categories) {
        if (c.key == key)
            return &c;
    }
    return nullptr;
}

QString Scheme::categoryKeyFor(const QString &keyOrName) const
{
    const QString n = folded(keyOrName);
    for (const SchemeCategory &c : categories) {
        if (c.key.toCaseFolded() == n || folded(c.ja) == n || folded(c.en) == n)
            return c.key;
    }
    return {};
}

QString Scheme::name() const
{
    return uiIsJapanese() ? ja : en;
}

QString Scheme::categoryName(const QString &key) const
{
    const SchemeCategory *c = category(key);
    return c ? (uiIsJapanese() ? c->ja : c->en) : key;
}

const SchemeMap &SchemeMap::builtIn()
{
    static const SchemeMap m = [] {
        QFile f(u":/jikenbo/data/schemes.json"_s);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("built-in schemes missing from resources");
        auto r = fromJson(f.readAll(), u"schemes.json (built-in)"_s, Taxonomy::builtIn());
        if (!r.ok())
            qFatal("built-in schemes broken: %s", qPrintable(r.error()));
        return std::move(r).value();
    }();
    return m;
}

Result<SchemeMap> SchemeMap::fromJson(const QByteArray &json, const QString &sourceName,
                                      const Taxonomy &taxonomy)
{
    using R = Result<SchemeMap>;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (doc.isNull() || !doc.isObject())
        return R::failure(tr("%1: not a schemes file: invalid JSON at offset %2: %3")
                              .arg(sourceName)
                              .arg(pe.offset)
                              .arg(pe.errorString()));
    const QJsonObject root = doc.object();
    Reader reader(taxonomy);
    SchemeMap map;
    map.m_sourceName = sourceName;
    auto failed = [&] {
        return R::failure(sourceName + u": "_s + reader.error);
    };
    if (!reader.members(root, {u"version"_s, u"comment"_s, u"schemes"_s, u"veris"_s}, u"$"_s))
        return failed();
    const QJsonArray schemes = root.value(u"schemes"_s).toArray();
    if (schemes.isEmpty())
        return R::failure(sourceName + u": schemes: "_s + tr("expected a list of schemes"));
    for (qsizetype i = 0; i < schemes.size(); ++i) {
        Scheme s;
        const QString path = u"schemes[%1]"_s.arg(i);
        if (!reader.scheme(schemes[i], path, &s))
            return failed();
        if (map.scheme(s.id))
            return R::failure(sourceName + u": "_s + path + u".id: "_s +
                              tr("'%1' twice").arg(s.id));
        map.m_schemes.append(s);
    }
    const QJsonObject veris = root.value(u"veris"_s).toObject();
    if (!reader.members(veris, {u"comment"_s, u"data_varieties"_s, u"industries"_s}, u"veris"_s) ||
        !reader.stringMap(veris, u"data_varieties"_s, u"veris"_s, &map.m_dataVarieties) ||
        !reader.stringMap(veris, u"industries"_s, u"veris"_s, &map.m_industries))
        return failed();
    return map;
}

Result<SchemeMap> SchemeMap::fromFile(const QString &path, const Taxonomy &taxonomy)
{
    const auto bytes = InputFile::read(path, 4 * 1024 * 1024);
    if (!bytes.ok())
        return Result<SchemeMap>::failure(
            tr("%1: cannot read schemes file: %2").arg(path, bytes.error()));
    return fromJson(bytes.value(), path, taxonomy);
}

QString SchemeMap::userFilePath()
{
    QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (base.isEmpty())
        base = QDir::homePath() + u"/.local/share"_s;
    return base + u"/jikenbo/schemes.json"_s;
}

std::shared_ptr<const SchemeMap> SchemeMap::active()
{
    ActiveState &state = activeState();
    QMutexLocker lock(&state.mutex);
    if (state.map)
        return state.map;
    const QString user = userFilePath();
    if (QFileInfo::exists(user)) {
        auto loaded = fromFile(user, Taxonomy::builtIn());
        if (loaded.ok()) {
            state.map = std::make_shared<const SchemeMap>(std::move(loaded).value());
            return state.map;
        }
        state.warning = tr("%1; using the built-in schemes").arg(loaded.error());
        state.warning.replace(u'\n', u' ');
    }
    state.map = std::shared_ptr<const SchemeMap>(std::shared_ptr<const SchemeMap>(), &builtIn());
    return state.map;
}

QString SchemeMap::activeWarning()
{
    active();
    ActiveState &state = activeState();
    QMutexLocker lock(&state.mutex);
    return state.warning;
}

Status SchemeMap::useFile(const QString &path)
{
    auto loaded = fromFile(path, Taxonomy::builtIn());
    if (!loaded.ok()) {
        QString message = loaded.error();
        message.replace(u'\n', u' ');
        return Status::failure(message);
    }
    ActiveState &state = activeState();
    QMutexLocker lock(&state.mutex);
    state.map = std::make_shared<const SchemeMap>(std::move(loaded).value());
    state.warning.clear();
    return {};
}

void SchemeMap::reset()
{
    ActiveState &state = activeState();
    QMutexLocker lock(&state.mutex);
    state.map.reset();
    state.warning.clear();
}

const Scheme *SchemeMap::scheme(const QString &id) const
{
    for (const Scheme &s : m_schemes) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

QStringList SchemeMap::ids() const
{
    QStringList out;
    for (const Scheme &s : m_schemes)
        out << s.id;
    return out;
}

QString SchemeMap::verisDataVariety(const QString &dataKind) const
{
    return m_dataVarieties.value(dataKind, u"Unknown"_s);
}

QString SchemeMap::verisIndustry(const QString &sector) const
{
    return m_industries.value(sector, u"000"_s);
}

} // namespace jikenbo
