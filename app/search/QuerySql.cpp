// SPDX-License-Identifier: GPL-3.0-or-later
#include "QuerySql.h"

#include "JapaneseTokenizer.h"
#include "SchemeSql.h"
#include "SearchNormalizer.h"

#include <algorithm>

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

// The synonym group a free-text value belongs to, or null.
const SearchNormalizer::SynonymGroup *synonymGroupOf(const QString &value)
{
    const QString norm = SearchNormalizer::instance().normalize(value);
    for (const auto &group : SearchNormalizer::instance().synonyms()) {
        if (std::find(group.normalized.begin(), group.normalized.end(), norm) !=
            group.normalized.end())
            return &group;
    }
    return nullptr;
}

// The FTS5 expression for one free-text value: a quoted phrase, or its synonyms OR-ed.
QString matchExpression(const QString &value, const QuerySqlOptions &options)
{
    if (options.expandSynonyms) {
        if (const auto *group = synonymGroupOf(value)) {
            QStringList alts;
            for (const QString &w : group->words)
                alts << QuerySql::ftsPhrase(w);
            return alts.join(u" OR "_s);
        }
    }
    return QuerySql::ftsPhrase(value);
}

bool hasTokens(const QString &value)
{
    return !JapaneseTokenizer::queryTokens(value).isEmpty();
}

void collectTexts(const QueryNode &n, QStringList &out)
{
    if (n.kind == QueryNode::Text || n.kind == QueryNode::Phrase)
        out << n.value;
    for (const QueryNode &c : n.children)
        collectTexts(c, out);
}

// What a node of the query becomes: no condition, a full-text expression (FTS5 syntax, to be
// combined with its siblings inside one MATCH), the negation of one, or SQL.
struct Part
{
    enum Kind { True, Fts, NotFts, Sql };
    Kind kind = True;
    QString text;
    QVariantList binds;
};

QString parenthesized(const QStringList &parts, const QString &op)
{
    if (parts.size() == 1)
        return parts.front();
    QStringList p;
    for (const QString &s : parts)
        p << u'(' + s + u')';
    return p.join(op);
}

// Turns a part into SQL (a full-text part as one MATCH, bound).
Part asSql(const Part &p)
{
    switch (p.kind) {
    case Part::Fts:
        return {Part::Sql, QuerySql::ftsCondition(), {p.text}};
    case Part::NotFts:
        return {Part::Sql, u"NOT "_s + QuerySql::ftsCondition(), {p.text}};
    default:
        return p;
    }
}

// Free text, org: and their AND, OR and NOT go to FTS5 as one expression wherever the query's
// shape allows: FTS5 intersects and unites its posting lists far faster than SQL can combine
// lists of row ids. Fields stay SQL.
class Builder
{
public:
    explicit Builder(const QuerySqlOptions &o)
        : m_opt(o)
    {
    }

    // The query's top node; when it is full text AND other conditions, those two parts.
    const QueryNode *root = nullptr;
    QString rootFts;
    Part rootRest;

    Part build(const QueryNode &n)
    {
        switch (n.kind) {
        case QueryNode::All:
            return {};
        case QueryNode::And:
            return conjunction(n);
        case QueryNode::Or:
            return disjunction(n);
        case QueryNode::Not: {
            const Part inner = build(n.children.front());
            switch (inner.kind) {
            case Part::True:
                return inner; // "-*": nothing to exclude
            case Part::Fts:
                return {Part::NotFts, inner.text, {}};
            case Part::NotFts:
                return {Part::Fts, inner.text, {}};
            case Part::Sql:
                return {Part::Sql, u"NOT "_s + inner.text, inner.binds};
            }
            return {};
        }
        case QueryNode::Text:
        case QueryNode::Phrase:
            if (!hasTokens(n.value))
                return {}; // only punctuation: nothing to look for
            return {Part::Fts, matchExpression(n.value, m_opt), {}};
        case QueryNode::Field:
            if (n.field == u"org"_s) {
                if (!hasTokens(n.value))
                    return {};
                return {Part::Fts, u"organization : "_s + QuerySql::ftsPhrase(n.value), {}};
            }
            if (n.field == u"title"_s) {
                if (!hasTokens(n.value))
                    return {};
                return {Part::Fts, u"title : "_s + QuerySql::ftsPhrase(n.value), {}};
            }
            return fieldPart(n);
        }
        return {};
    }

private:
    Part conjunction(const QueryNode &n)
    {
        QStringList fts, notFts;
        QList<Part> sql;
        for (const QueryNode &c : n.children) {
            Part p = build(c);
            if (p.kind == Part::Fts)
                fts << p.text;
            else if (p.kind == Part::NotFts)
                notFts << p.text;
            else if (p.kind == Part::Sql)
                sql << p;
        }
        Part text; // what FTS5 can do of it: (a AND b) NOT (c OR d)
        if (!fts.isEmpty()) {
            text = {Part::Fts, parenthesized(fts, u" AND "_s), {}};
            if (!notFts.isEmpty())
                text.text =
                    u'(' + text.text + u") NOT ("_s + parenthesized(notFts, u" OR "_s) + u')';
        } else if (!notFts.isEmpty()) {
            text = {Part::NotFts, parenthesized(notFts, u" OR "_s), {}};
        }
        if (sql.isEmpty())
            return text;
        if (&n == root && text.kind == Part::Fts) {
            rootFts = text.text;
            rootRest = joined(sql, u" AND "_s);
        }
        if (text.kind != Part::True)
            sql.prepend(asSql(text));
        return joined(sql, u" AND "_s);
    }

    Part disjunction(const QueryNode &n)
    {
        QStringList fts;
        QList<Part> other;
        for (const QueryNode &c : n.children) {
            Part p = build(c);
            if (p.kind == Part::True)
                return p; // anything OR everything
            if (p.kind == Part::Fts)
                fts << p.text;
            else
                other << asSql(p);
        }
        Part text;
        if (!fts.isEmpty())
            text = {Part::Fts, parenthesized(fts, u" OR "_s), {}};
        if (other.isEmpty())
            return text;
        if (text.kind != Part::True)
            other.prepend(asSql(text));
        return joined(other, u" OR "_s);
    }

    static Part joined(const QList<Part> &parts, const QString &op)
    {
        if (parts.size() == 1)
            return parts.front();
        Part out{Part::Sql, {}, {}};
        QStringList texts;
        for (const Part &p : parts) {
            texts << p.text;
            out.binds += p.binds;
        }
        out.text = u'(' + texts.join(op) + u')';
        return out;
    }

    Part fieldPart(const QueryNode &n)
    {
        binds.clear();
        const QString sql = field(n);
        if (sql == u"1"_s)
            return {};
        return {Part::Sql, sql, binds};
    }

    QVariantList binds; // of the field being built

    QString bind(const QVariant &v)
    {
        binds << v;
        return u"?"_s;
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
        if (f == u"scheme"_s) {
            // The same expression the counts per category are grouped by (TrendQuery).
            const qsizetype colon = n.value.indexOf(u':');
            const SqlWhere expr = SchemeSql::categoryExpression(n.value.left(colon));
            binds += expr.binds;
            return u"("_s + expr.sql + u") = "_s + bind(n.value.mid(colon + 1));
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
        if (f == u"lag"_s)
            return range(u"i.disclosure_days"_s, n, true);
        if (f == u"date"_s || f == u"discovered"_s || f == u"occurred"_s) {
            const QString col = f == u"date"_s         ? u"i.event_date"_s
                                : f == u"discovered"_s ? u"i.discovered_on"_s
                                                       : u"i.occurred_on"_s;
            QStringList c;
            if (!n.low.isEmpty())
                c << col + u" >= "_s + bind(n.low);
            if (!n.high.isEmpty())
                c << col + u" <= "_s + bind(n.high);
            return u'(' + c.join(u" AND "_s) + u')';
        }
        if (f == u"data"_s)
            return u"i.id IN (SELECT dk.incident_id FROM incident_data_kind AS dk WHERE dk.kind = "_s +
                   bind(n.value) + u')';
        if (f == u"via"_s)
            return u"(i.via_contractor IS 1)"_s;
        if (f == u"label"_s)
            return u"EXISTS (SELECT 1 FROM json_each(i.labels) AS l WHERE instr(jk_norm(l.value), "_s +
                   bind(SearchNormalizer::instance().normalize(n.value)) + u") > 0)"_s;
        if (f == u"tag"_s)
            return u"EXISTS (SELECT 1 FROM annotations AS an, json_each(an.tags) AS t WHERE an.key = i.key AND jk_norm(t.value) = "_s +
                   bind(SearchNormalizer::instance().normalize(n.value)) + u')';
        if (f == u"is"_s) {
            if (n.value == u"starred"_s)
                return u"EXISTS (SELECT 1 FROM annotations AS an WHERE an.key = i.key AND an.starred = 1)"_s;
            if (n.value == u"removed"_s)
                return u"i.removed_on IS NOT NULL"_s;
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
            if (n.value == u"data"_s)
                return u"(COALESCE(i.data_kinds, '') <> '')"_s;
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
    t.remove(QChar(0)); // FTS5 reads a NUL as the end of the expression
    t.replace(u'"', u"\"\""_s);
    return u'"' + t + u'"';
}

SqlWhere QuerySql::where(const Query &query, const QuerySqlOptions &options)
{
    Builder b(options);
    b.root = &query.root;
    SqlWhere w;
    const Part root = b.build(query.root);
    if (root.kind == Part::Fts)
        w.ftsOnly = root.text;
    if (root.kind != Part::True) {
        const Part sql = asSql(root);
        w.sql = sql.text;
        w.binds = sql.binds;
    }
    if (!b.rootFts.isEmpty()) {
        w.ftsAnd = b.rootFts;
        w.restSql = b.rootRest.text;
        w.restBinds = b.rootRest.binds;
    }
    if (options.rank) {
        // Relevance: bm25 over the positive free text, any of it; title counts most (jk_rank:
        // bm25's order at less cost, see RelevanceRank). A LEFT JOIN, so rows that match
        // through another branch of an OR still come (last).
        QStringList alts;
        for (const QString &t : query.positiveTexts()) {
            if (hasTokens(t))
                alts << matchExpression(t, options);
        }
        if (!alts.isEmpty()) {
            w.rankSql =
                u"SELECT rowid AS rank_id, jk_rank(incident_fts, 10.0, 4.0, 1.0) AS rank_score "
                u"FROM incident_fts WHERE incident_fts MATCH ?"_s;
            w.join = u"LEFT JOIN ("_s + w.rankSql + u") AS r ON r.rank_id = i.id"_s;
            w.joinBinds << alts.join(u" OR "_s);
        }
    }
    return w;
}

QString QuerySql::ftsCondition()
{
    return u"i.id IN (SELECT rowid FROM incident_fts WHERE incident_fts MATCH ?)"_s;
}

SqlWhere QuerySql::restDriven(const SqlWhere &where)
{
    if (where.ftsAnd.isEmpty())
        return where;
    SqlWhere w = where;
    // `+` keeps the id from being looked up by the list: SQLite then finds the rows by the other
    // conditions' index and tests each against the list, built once.
    w.sql = u"(+"_s + QuerySql::ftsCondition() + u") AND ("_s + where.restSql + u')';
    w.binds = QVariantList{where.ftsAnd} + where.restBinds;
    w.ftsAnd.clear(); // planned
    w.restDriven = true;
    return w;
}

QList<SynonymUse> QuerySql::synonymsUsed(const Query &query, const QuerySqlOptions &options)
{
    QList<SynonymUse> out;
    if (!options.expandSynonyms)
        return out;
    QStringList texts;
    collectTexts(query.root, texts);
    for (const QString &t : texts) {
        const auto *group = synonymGroupOf(t);
        if (!group)
            continue;
        const QString norm = SearchNormalizer::instance().normalize(t);
        SynonymUse use{t.trimmed(), {}};
        for (qsizetype k = 0; k < group->words.size(); ++k) {
            if (group->normalized[size_t(k)] != norm)
                use.alternatives << group->words[k];
        }
        if (!use.alternatives.isEmpty() && !out.contains(use))
            out << use;
    }
    return out;
}

QString QuerySql::describeSynonyms(const QList<SynonymUse> &uses)
{
    QStringList parts;
    for (const SynonymUse &u : uses)
        parts << tr("%1 (for %2)").arg(u.alternatives.join(u", "_s), u.word);
    return parts.join(u"; "_s);
}

QStringList QuerySql::highlightTerms(const Query &query, const QuerySqlOptions &options)
{
    QStringList out = query.positiveTexts();
    if (!options.expandSynonyms)
        return out;
    for (const QString &t : query.positiveTexts()) {
        if (const auto *group = synonymGroupOf(t)) {
            for (const QString &w : group->words) {
                if (!out.contains(w))
                    out << w;
            }
        }
    }
    return out;
}

} // namespace jikenbo
