// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "QuerySql.h"

namespace jikenbo {

struct Scheme;

// A survey scheme (SchemeMap) as SQL: one CASE expression over `incidents AS i` that gives each
// incident its category key. The counts per category (TrendQuery) are grouped by it and the
// query term scheme:ID:KEY compares it, so that a bar and the incidents behind it agree. A
// rule's conditions are compiled as the query terms they stand for (cause:, sector:, label:,
// title:).
struct SchemeRule;

class SchemeSql
{
public:
    static SqlWhere categoryExpression(const Scheme &scheme);
    // One rule's condition (its cause, and any sectors, labels and words of the title).
    static SqlWhere ruleCondition(const SchemeRule &rule);
    // The scheme of that id in force (SchemeMap::active()); "NULL" when there is none.
    static SqlWhere categoryExpression(const QString &schemeId);
};

} // namespace jikenbo
