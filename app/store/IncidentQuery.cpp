// SPDX-License-Identifier: GPL-3.0-or-later
#include "IncidentQuery.h"

#include "Database.h"
#include "IncidentStore.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace jikenbo {

QString IncidentQuery::orderBy(SortColumn column, bool desc)
{
    const QString dir = desc ? u" DESC"_s : u" ASC"_s;
    auto withNullsLast = [&](const QString &col) -> QString {
        return u"("_s + col + u" IS NULL), "_s + col + dir;
    };
    QString o;
    switch (column) {
    case SortColumn::Date:
        o = withNullsLast(u"i.event_date"_s) + u", i.case_year"_s + dir + u", i.case_seq"_s + dir;
        break;
    case SortColumn::CaseId:
        o = u"i.case_year"_s + dir + u", (i.case_seq IS NULL), i.case_seq"_s + dir;
        break;
    case SortColumn::Organization:
        o = u"(i.organization = ''), i.organization"_s + dir;
        break;
    case SortColumn::Title:
        o = u"i.title"_s + dir;
        break;
    case SortColumn::Cause:
        o = u"i.cause"_s + dir;
        break;
    case SortColumn::Sector:
        o = u"i.sector"_s + dir;
        break;
    case SortColumn::Affected:
        o = withNullsLast(u"i.affected"_s);
        break;
    case SortColumn::Labels:
        o = u"(i.labels = '[]'), i.labels"_s + dir;
        break;
    case SortColumn::Relevance:
        o = withNullsLast(u"i.event_date"_s);
        break;
    }
    return o + u", i.id"_s + dir;
}

QString IncidentQuery::selectSql(const SqlWhere &where, const ListOptions &options)
{
    QString sql = u"SELECT "_s + IncidentStore::listColumns() +
                  u" FROM incidents AS i LEFT JOIN annotations AS a ON a.key = i.key WHERE "_s +
                  where.sql + u" ORDER BY "_s + orderBy(options.sort, options.descending);
    if (options.limit >= 0)
        sql += u" LIMIT %1 OFFSET %2"_s.arg(options.limit).arg(options.offset);
    return sql;
}

Status IncidentQuery::forEach(Database &db, const Query &query, const ListOptions &options,
                              const std::function<bool(const IncidentRecord &)> &row)
{
    const SqlWhere w = QuerySql::where(query, options.sql);
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    if (!q.prepare(selectSql(w, options)))
        return Status::failure(q.lastError().text());
    for (int i = 0; i < w.binds.size(); ++i)
        q.bindValue(i, w.binds[i]);
    if (!q.exec())
        return Status::failure(q.lastError().text());
    while (q.next()) {
        if (!row(IncidentStore::recordFromListQuery(q)))
            break;
    }
    return {};
}

Result<QList<IncidentRecord>> IncidentQuery::fetch(Database &db, const Query &query,
                                                   const ListOptions &options)
{
    QList<IncidentRecord> out;
    const Status s = forEach(db, query, options, [&out](const IncidentRecord &r) {
        out << r;
        return true;
    });
    if (!s.ok())
        return Result<QList<IncidentRecord>>::failure(s.error());
    return out;
}

Result<qint64> IncidentQuery::count(Database &db, const Query &query, const QuerySqlOptions &sql)
{
    const SqlWhere w = QuerySql::where(query, sql);
    QSqlQuery q(db.sql());
    if (!q.prepare(u"SELECT count(*) FROM incidents AS i WHERE "_s + w.sql))
        return Result<qint64>::failure(q.lastError().text());
    for (int i = 0; i < w.binds.size(); ++i)
        q.bindValue(i, w.binds[i]);
    if (!q.exec() || !q.next())
        return Result<qint64>::failure(q.lastError().text());
    return q.value(0).toLongLong();
}

} // namespace jikenbo
