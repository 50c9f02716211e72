// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Query.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace jikenbo {

struct SqlWhere
{
    QString sql = QStringLiteral("1");
    QVariantList binds;
    // The FTS5 expression when the whole condition is one full-text match (sql is then
    // "i.id IN (SELECT rowid FROM incident_fts WHERE incident_fts MATCH ?)"): counts and row
    // ids can come from the index alone.
    QString ftsOnly;
    // With QuerySqlOptions::rank and free text in the query: a join after `incidents AS i` that
    // scores each row (r.rank_score, lower is more relevant), and its binds, which come before
    // `binds` in the statement. Empty otherwise.
    QString join;
    QVariantList joinBinds;
    // The statement inside that join: each row the ranking expression matches (rank_id) with its
    // score (rank_score); binds: joinBinds.
    QString rankSql;
    // When the condition is a full-text match AND other conditions (at its top level): that
    // match (an FTS5 expression, the first bind of `binds`) and the other conditions (SQL over
    // `incidents AS i` and their binds), so either side can drive the plan
    // (QuerySql::restDriven, IncidentQuery::plan).
    QString ftsAnd;
    QString restSql;
    QVariantList restBinds;
    // Set by QuerySql::restDriven: the other conditions' index drives, each entry tested against
    // the full-text matches (which may then be held as a set: MatchSetScope).
    bool restDriven = false;
    bool ranked() const { return !join.isEmpty(); }
};

struct QuerySqlOptions
{
    bool expandSynonyms = false; // opt-in: 漏えい also finds 流出 (variants.json "synonyms")
    bool rank = false;           // fill SqlWhere::join for ordering by relevance (bm25)
};

// A word of the query that synonym expansion widened, and what it also searches for.
struct SynonymUse
{
    QString word;
    QStringList alternatives;
    bool operator==(const SynonymUse &) const = default;
};

// Turns a parsed query into an SQL condition over `incidents AS i`, with every value bound.
// Free text goes to the FTS5 index as quoted phrases (FTS5 operators typed by the user are only
// ever text); the query's AND, OR and NOT between free-text terms and org: become FTS5's own,
// in one MATCH where the query's shape allows.
class QuerySql
{
    Q_DECLARE_TR_FUNCTIONS(QuerySql)

public:
    static SqlWhere where(const Query &query, const QuerySqlOptions &options = {});
    // The same condition (a where with ftsAnd) with its other conditions driving the plan: the
    // full-text match becomes a list of ids tested for each row those conditions' index finds,
    // instead of the rows found one by one from the list. Unchanged without ftsAnd.
    static SqlWhere restDriven(const SqlWhere &where);
    static QString ftsPhrase(const QString &text);
    // How a full-text match is written in a condition (one bind: the FTS5 expression).
    static QString ftsCondition();

    // The words synonym expansion adds to the query (none when expansion is off), so that the
    // user can see what else is searched.
    static QList<SynonymUse> synonymsUsed(const Query &query, const QuerySqlOptions &options);
    // One line for the user: "流出, 漏れ (for 漏えい)"; empty when nothing was added.
    static QString describeSynonyms(const QList<SynonymUse> &uses);
    // The free-text words to highlight and to build snippets from: the query's positive words
    // and phrases, and their synonyms when expansion is on.
    static QStringList highlightTerms(const Query &query, const QuerySqlOptions &options);
};

} // namespace jikenbo
