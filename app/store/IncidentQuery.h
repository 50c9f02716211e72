// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "IncidentRecord.h"
#include "core/Result.h"
#include "search/Query.h"
#include "search/QuerySql.h"

#include <QList>
#include <QSqlQuery>
#include <QString>

#include <functional>

namespace jikenbo {

class Database;

enum class SortColumn {
    Date,
    CaseId,
    Organization,
    Title,
    Cause,
    Sector,
    Affected,
    Labels,
    Relevance
};

struct ListOptions
{
    SortColumn sort = SortColumn::Date;
    bool descending = true;
    qint64 limit = -1;
    qint64 offset = 0;
    QuerySqlOptions sql;
};

// Runs a parsed query against the incidents: rows, counts and streaming, all in SQL.
class IncidentQuery
{
public:
    // ORDER BY for a sort column; missing values last in both directions; stable by id.
    static QString orderBy(SortColumn column, bool descending);
    static Result<QList<IncidentRecord>> fetch(Database &db, const Query &query,
                                               const ListOptions &options = {});
    static Result<qint64> count(Database &db, const Query &query, const QuerySqlOptions &sql = {});
    // Calls `row` for each match without keeping them; stops when it returns false.
    static Status forEach(Database &db, const Query &query, const ListOptions &options,
                          const std::function<bool(const IncidentRecord &)> &row);
    // The list query for `where`; bind where.bindings() in order.
    static QString selectSql(const SqlWhere &where, const ListOptions &options);
};

} // namespace jikenbo
