// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Query.h"

#include <QString>
#include <QVariantList>

namespace jikenbo {

struct SqlWhere
{
    QString sql = QStringLiteral("1");
    QVariantList binds;
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
