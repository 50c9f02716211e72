// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Query.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace jikenbo {

class Taxonomy;

struct ParsedQuery
{
    Query query;
    std::optional<QueryError> error;
    bool ok() const { return !error.has_value(); }
};

// The one parser of the query language (DESIGN §6) for the GUI search box and the CLI.
//
//   query   := clause+                 (all clauses must match)
//   clause  := unary ("OR" unary)*     (OR binds tighter than the implicit AND)
//   unary   := "-" unary | "(" query ")" | term
//   term    := field ":" value | "quoted phrase" | word
//
// Full-width punctuation (（）＂：－) is read like its ASCII form. Limits keep work bounded:
// 10,000 characters, 100 terms, nesting 16 deep.
class QueryParser
{
    Q_DECLARE_TR_FUNCTIONS(QueryParser)

public:
    static constexpr qsizetype MaxLength = 10000;
    static constexpr int MaxTerms = 100;
    static constexpr int MaxDepth = 16;

    static ParsedQuery parse(const QString &text, const Taxonomy &taxonomy);
    static QStringList fieldNames();
};

} // namespace jikenbo
