// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Query.h"

#include <QString>
#include <QVariantList>

namespace jikenbo {

struct SqlWhere
{
    // A condition over `incidents AS i` alone: usable anywhere.
    QString sql = QStringLiteral("1");
    QVariantList binds;

    // The same query driven from the full-text index: the query's positive free-text terms
    // as one FTS5 expression, joined to the incidents, and the other conditions. Much faster
    // than `i.id IN (SELECT rowid …)` when the text matches many incidents. Empty when the
    // query has no such terms at its top level.
    QString ftsMatch;
    QString restSql = QStringLiteral("1");
    QVariantList restBinds;

    // "incidents AS i" or "incident_fts AS f JOIN incidents AS i ON i.id = f.rowid". Pass the
    // rest of the statement's SQL (select list, ORDER BY) when it reads only `i.` columns of the
    // narrow lookup index, so the join can use that index; without it the wide rows are read.
    QString from(const QString &alsoUses = QStringLiteral("i.title")) const;
    // The condition that goes with from(), and its values in order.
    QString condition() const;
    QVariantList bindings() const;
    // "SELECT count(*) …" for the query; bind bindings().
    QString countSql() const;
};

struct QuerySqlOptions
{
    bool expandSynonyms = false; // opt-in: 漏えい also finds 流出 (variants.json "synonyms")
};

// Turns a parsed query into an SQL condition over `incidents AS i`, with every value bound.
// Free text goes to the FTS5 index as a quoted phrase: FTS5 operators typed by the user are
// only ever text.
class QuerySql
{
public:
    static SqlWhere where(const Query &query, const QuerySqlOptions &options = {});
    static QString ftsPhrase(const QString &text);
};

} // namespace jikenbo
