// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace jikenbo {

// A parsed query of the language of DESIGN §6: a plain value, turned into SQL in one place
// (QuerySql) with bound parameters only.
struct QueryNode
{
    enum Kind { All, And, Or, Not, Text, Phrase, Field };
    enum Op { Eq, Lt, Le, Gt, Ge, Range };

    Kind kind = All;
    QString field; // for Field: cause, sector, org, case, year, date, affected, label, origin,
                   // tag, is, has, confidence, lag, discovered, occurred, data, via
    QString value; // text, phrase, or the field's value (resolved: cause/sector keys)
    Op op = Eq;
    QString low; // for Range (either may be empty: open end)
    QString high;
    qsizetype position = 0; // in the query text, for messages
    std::vector<QueryNode> children;

    bool operator==(const QueryNode &) const = default;
};

struct Query
{
    QueryNode root;
    QString text;
    bool isEmpty() const { return root.kind == QueryNode::All; }
    // Free-text words and phrases that are not negated: for highlighting and snippets.
    QStringList positiveTexts() const;
    // Query text with a term added (facets, drill-down): "a b" + "cause:x" -> "a b cause:x".
    static QString withTerm(const QString &queryText, const QString &term);
    // Quotes a value if it needs it: org:"A B".
    static QString quoteValue(const QString &value);
};

struct QueryError
{
    QString message;        // one line, says what was expected
    qsizetype position = 0; // 0-based character position in the query text
    qsizetype length = 1;
};

} // namespace jikenbo
