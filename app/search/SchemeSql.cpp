// SPDX-License-Identifier: GPL-3.0-or-later
#include "SchemeSql.h"

#include "classify/SchemeMap.h"

using namespace Qt::StringLiterals;

namespace jikenbo {

namespace {

QueryNode field(const QString &name, const QString &value)
{
    QueryNode n;
    n.kind = QueryNode::Field;
    n.field = name;
    n.value = value;
    return n;
}

// Any of the values of one condition.
QueryNode anyOf(const QString &name, const QStringList &values)
{
    QueryNode n;
    n.kind = QueryNode::Or;
    for (const QString &v : values)
        n.children.push_back(field(name, v));
    return n;
}

} // namespace

SqlWhere SchemeSql::ruleCondition(const SchemeRule &r)
{
    Query q;
    q.root.kind = QueryNode::And;
    q.root.children.push_back(field(u"cause"_s, r.cause));
    if (!r.sectors.isEmpty())
        q.root.children.push_back(anyOf(u"sector"_s, r.sectors));
    if (!r.labels.isEmpty())
        q.root.children.push_back(anyOf(u"label"_s, r.labels));
    if (!r.titleWords.isEmpty())
        q.root.children.push_back(anyOf(u"title"_s, r.titleWords));
    return QuerySql::where(q);
}

SqlWhere SchemeSql::categoryExpression(const Scheme &scheme)
{
    SqlWhere out;
    QString sql = u"CASE"_s;
    for (const SchemeRule &r : scheme.rules) {
        const SqlWhere cond = ruleCondition(r);
        sql += u" WHEN "_s + cond.sql + u" THEN ?"_s;
        out.binds += cond.binds;
        out.binds << r.category;
    }
    sql += u" ELSE ? END"_s;
    out.binds << scheme.fallback;
    out.sql = sql;
    return out;
}

SqlWhere SchemeSql::categoryExpression(const QString &schemeId)
{
    const auto map = SchemeMap::active();
    if (const Scheme *s = map->scheme(schemeId))
        return categoryExpression(*s);
    SqlWhere none;
    none.sql = u"NULL"_s;
    return none;
}

} // namespace jikenbo
