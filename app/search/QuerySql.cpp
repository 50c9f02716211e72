// SPDX-License-Identifier: GPL-3.0-or-later
#include "QuerySql.h"

#include "JapaneseTokenizer.h"
#include "SearchNormalizer.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace jikenbo {

namespace {

const char16_t *opSql(QueryNode::Op op)
{
    switch (op) {
    case QueryNode::Lt:
        return u"<";
    case QueryNode::Le:
        return u"<=";
    case QueryNode::Gt:
        return u">";
    case QueryNode::Ge:
        return u">=";
    default:
        return u"=";
    }
}

class Builder
{
public:
    explicit Builder(const QuerySqlOptions &o)
        : m_opt(o)
    {
    }

    QString build(const QueryNode &n)
    {
        switch (n.kind) {
        case QueryNode::All:
            return u"1"_s;
        case QueryNode::And:
        case QueryNode::Or: {
            QStringList parts;
            for (const QueryNode &c : n.children)
                parts << build(c);
            return u'(' + parts.join(n.kind == QueryNode::And ? u" AND "_s : u" OR "_s) + u')';
        }
        case QueryNode::Not:
            return u"NOT "_s + build(n.children.front());
        case QueryNode::Text:
        case QueryNode::Phrase:
            return text(n.value);
        case QueryNode::Field:
            return field(n);
        }
        return u"1"_s;
    }

    QVariantList binds;

    // The FTS5 expression of a positive text or org: term, or empty when it has no tokens.
    QString ftsExpression(const QueryNode &n) const
    {
        if (n.kind == QueryNode::Field && n.field == u"org"_s) {
            if (JapaneseTokenizer::queryTokens(n.value).isEmpty())
                return {};
            return u"organization : "_s + QuerySql::ftsPhrase(n.value);
        }
        if (n.kind != QueryNode::Text && n.kind != QueryNode::Phrase)
            return {};
        if (JapaneseTokenizer::queryTokens(n.value).isEmpty())
            return {};
        return u'(' + textMatch(n.value) + u')';
    }

    QString textMatch(const QString &value) const
    {
        QString match = QuerySql::ftsPhrase(value);
        if (m_opt.expandSynonyms) {
            const QString norm = SearchNormalizer::instance().normalize(value);
            for (const auto &group : SearchNormalizer::instance().synonyms()) {
                if (std::find(group.begin(), group.end(), norm) == group.end())
                    continue;
                QStringList alts;
                for (const QString &w : group)
                    alts << QuerySql::ftsPhrase(w);
                match = alts.join(u" OR "_s);
                break;
            }
        }
        return match;
    }

private:
    QString bind(const QVariant &v)
    {
        binds << v;
        return u"?"_s;
    }

    QString text(const QString &value)
    {
        if (JapaneseTokenizer::queryTokens(value).isEmpty())
            return u"1"_s; // only punctuation: nothing to look for
        QString match = QuerySql::ftsPhrase(value);
        if (m_opt.expandSynonyms) {
            const QString norm = SearchNormalizer::instance().normalize(value);
            for (const auto &group : SearchNormalizer::instance().synonyms()) {
                if (std::find(group.begin(), group.end(), norm) == group.end())
                    continue;
                QStringList alts;
                for (const QString &w : group)
                    alts << QuerySql::ftsPhrase(w);
                match = alts.join(u" OR "_s);
                break;
            }
        }
        return u"i.id IN (SELECT rowid FROM incident_fts WHERE incident_fts MATCH "_s +
               bind(match) + u')';
    }

    QString range(const QString &col, const QueryNode &n, bool integer)
    {
        auto val = [integer](const QString &s) -> QVariant {
            return integer ? QVariant(s.toLongLong()) : QVariant(s.toDouble());
        };
        if (n.op == QueryNode::Range) {
            QStringList c;
            if (!n.low.isEmpty())
                c << col + u" >= "_s + bind(val(n.low));
            if (!n.high.isEmpty())
                c << col + u" <= "_s + bind(val(n.high));
            return u'(' + c.join(u" AND "_s) + u')';
        }
        return u'(' + col + u' ' + QString::fromUtf16(opSql(n.op)) + u' ' + bind(val(n.value)) +
               u')';
    }

    QString field(const QueryNode &n)
    {
        const QString &f = n.field;
        if (f == u"cause"_s)
            return u"i.cause = "_s + bind(n.value);
        if (f == u"sector"_s)
            return u"i.sector = "_s + bind(n.value);
        if (f == u"origin"_s)
            return u"i.cause_origin = "_s + bind(n.value);
        if (f == u"org"_s) {
            if (JapaneseTokenizer::queryTokens(n.value).isEmpty())
                return u"1"_s;
            return u"i.id IN (SELECT rowid FROM incident_fts WHERE incident_fts MATCH "_s +
                   bind(QString(u"organization : "_s + QuerySql::ftsPhrase(n.value))) + u')';
        }
        if (f == u"case"_s) {
            if (n.low.isEmpty())
                return u"i.case_year = "_s + bind(n.value.toInt());
            // One bind per statement: operands of + are not sequenced.
            const QString year = bind(n.low.toInt());
            const QString seq = bind(n.high.toInt());
            return u"(i.case_year = "_s + year + u" AND i.case_seq = "_s + seq + u')';
        }
        if (f == u"year"_s)
            return range(u"i.year"_s, n, true);
        if (f == u"affected"_s)
            return range(u"i.affected"_s, n, true);
        if (f == u"confidence"_s)
            return range(u"i.cause_confidence"_s, n, false);
        if (f == u"date"_s) {
            QStringList c;
            if (!n.low.isEmpty())
                c << u"i.event_date >= "_s + bind(n.low);
            if (!n.high.isEmpty())
                c << u"i.event_date <= "_s + bind(n.high);
            return u'(' + c.join(u" AND "_s) + u')';
        }
        if (f == u"label"_s)
            return u"EXISTS (SELECT 1 FROM json_each(i.labels) AS l WHERE instr(jk_norm(l.value), "_s +
                   bind(SearchNormalizer::instance().normalize(n.value)) + u") > 0)"_s;
        if (f == u"tag"_s)
            return u"EXISTS (SELECT 1 FROM annotations AS an, json_each(an.tags) AS t WHERE an.key = i.key AND jk_norm(t.value) = "_s +
                   bind(SearchNormalizer::instance().normalize(n.value)) + u')';
        if (f == u"is"_s) {
            if (n.value == u"starred"_s)
                return u"EXISTS (SELECT 1 FROM annotations AS an WHERE an.key = i.key AND an.starred = 1)"_s;
            return u"i.follow_up = 1"_s;
        }
        if (f == u"has"_s) {
            if (n.value == u"note"_s)
                return u"EXISTS (SELECT 1 FROM annotations AS an WHERE an.key = i.key AND an.note <> '')"_s;
            if (n.value == u"tags"_s)
                return u"EXISTS (SELECT 1 FROM annotations AS an WHERE an.key = i.key AND an.tags <> '[]')"_s;
            if (n.value == u"override"_s)
                return u"i.cause_origin = 'user'"_s;
            if (n.value == u"affected"_s)
                return u"i.affected IS NOT NULL"_s;
            return u"i.event_date IS NOT NULL"_s;
        }
        return u"1"_s;
    }

    const QuerySqlOptions &m_opt;
};

} // namespace

QString QuerySql::ftsPhrase(const QString &text)
{
    QString t = text;
    t.replace(u'"', u"\"\""_s);
    return u'"' + t + u'"';
}

SqlWhere QuerySql::where(const Query &query, const QuerySqlOptions &options)
{
    SqlWhere w;
    {
        Builder b(options);
        w.sql = b.build(query.root);
        w.binds = b.binds;
    }
    // The form driven from the index: the top level's positive text terms go to FTS5 as one
    // expression (AND), the rest stays SQL.
    const QueryNode &root = query.root;
    std::vector<const QueryNode *> parts;
    if (root.kind == QueryNode::And) {
        for (const QueryNode &c : root.children)
            parts.push_back(&c);
    } else {
        parts.push_back(&root);
    }
    Builder rest(options);
    QStringList fts, others;
    for (const QueryNode *n : parts) {
        const QString e = rest.ftsExpression(*n);
        if (!e.isEmpty())
            fts << e;
        else
            others << rest.build(*n);
    }
    if (!fts.isEmpty()) {
        w.ftsMatch = fts.join(u" AND "_s);
        w.restSql = others.isEmpty() ? u"1"_s : u'(' + others.join(u" AND "_s) + u')';
        w.restBinds = rest.binds;
    } else {
        w.restSql = w.sql;
        w.restBinds = w.binds;
    }
    return w;
}

QString SqlWhere::countSql() const
{
    // Every indexed row has its incident: a text-only query counts in the index alone.
    if (!ftsMatch.isEmpty() && restSql == u"1"_s)
        return u"SELECT count(*) FROM incident_fts AS f WHERE f.incident_fts MATCH ?"_s;
    return u"SELECT count(*) FROM "_s + from(QString()) + u" WHERE "_s + condition();
}

QString SqlWhere::from(const QString &alsoUses) const
{
    if (ftsMatch.isEmpty())
        return u"incidents AS i"_s;
    // Matches are looked up by id. When everything else the statement reads is in the narrow
    // incidents_lookup index, reading it instead of the wide rows is several times faster,
    // but SQLite prefers the primary key unless told.
    static const QRegularExpression column(u"\\bi\\.([a-z_]+)"_s);
    static const QStringList covered{u"id"_s, u"event_date"_s, u"cause"_s, u"sector"_s, u"year"_s, u"affected"_s};
    bool narrow = true;
    for (const QString &text : {restSql, alsoUses}) {
        for (auto it = column.globalMatch(text); it.hasNext() && narrow;)
            narrow = covered.contains(it.next().captured(1));
    }
    return narrow ? u"incident_fts AS f JOIN incidents AS i INDEXED BY incidents_lookup ON i.id = f.rowid"_s
                  : u"incident_fts AS f JOIN incidents AS i ON i.id = f.rowid"_s;
}

QString SqlWhere::condition() const
{
    return ftsMatch.isEmpty() ? restSql : u"f.incident_fts MATCH ? AND "_s + restSql;
}

QVariantList SqlWhere::bindings() const
{
    if (ftsMatch.isEmpty())
        return restBinds;
    QVariantList b{ftsMatch};
    b += restBinds;
    return b;
}

} // namespace jikenbo
