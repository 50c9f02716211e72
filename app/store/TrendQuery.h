// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/TrendData.h"
#include "search/Query.h"
#include "search/QuerySql.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QJsonObject>

#include <memory>
#include <optional>
#include <utility>

namespace jikenbo {

class Database;
class MatchSetScope;

// What TrendQuery::compute() may keep on a connection from one call to the next (the Trends
// view's worker keeps one while the user types): the sets a survey scheme's rules read (title
// words, labels), which depend on the notices and the scheme but not on the query. They are read
// again once anything was written, on that connection or another, or other schemes are in force.
class TrendCache
{
public:
    TrendCache();
    ~TrendCache();
    TrendCache(const TrendCache &) = delete;
    TrendCache &operator=(const TrendCache &) = delete;

private:
    friend class TrendQuery;
    struct Kept;
    std::unique_ptr<Kept> m_kept;
};

// The one aggregation behind the Trends view and `jikenbo-cli stats`: counts, people affected
// and incidents of unknown size per period and category, grouped in SQL for any query.
class TrendQuery
{
    Q_DECLARE_TR_FUNCTIONS(TrendQuery)

public:
    // `helper`, when given, is a second connection to the same file that reads part of a long
    // scan on a thread of its own while compute() runs (it must not be in use meanwhile).
    // `cache`, when given, keeps what the next call on the same connection can use again.
    static Result<TrendData> compute(Database &db, const SqlWhere &where,
                                     const TrendOptions &options, Database *helper = nullptr,
                                     TrendCache *cache = nullptr);
    static Result<TrendData> compute(Database &db, const Query &query, const TrendOptions &options,
                                     const QuerySqlOptions &sql = {}, Database *helper = nullptr,
                                     TrendCache *cache = nullptr);
    // A second connection to the database at `path` for compute()'s `helper`, with a small page
    // cache: it only ever reads part of a long scan, which no cache holds for the next one.
    static Result<std::unique_ptr<Database>> openHelper(const QString &path);

    // The statement compute() runs (for looking at its plan).
    static QString sql(const SqlWhere &where, const TrendOptions &options);

    // "2023-07", "2023-Q3" or "2023" for a date.
    static QString periodLabel(const QDate &date, TrendPeriod period);
    // First and last day of a period label; invalid dates when the label is malformed.
    static std::pair<QDate, QDate> periodBounds(const QString &label, TrendPeriod period);
    // The query term selecting a period: "date:2023-07-01..2023-07-31".
    static QString dateTerm(const QString &label, TrendPeriod period);
    // The query term selecting a category: "cause:ransomware", "sector:medical", "data:card",
    // "-has:data", "via:contractor", "-via:contractor".
    static QString categoryTerm(TrendBy by, const QString &key);
    // The same for the categories of the options, a scheme's too: "scheme:tsr:loss".
    static QString categoryTerm(const TrendOptions &options, const QString &key);
    // A category's name in the UI language: a cause, a sector or a scheme's category.
    static QString categoryName(const TrendOptions &options, const QString &key);
    // Every category the options can have, in the order charts and tables show them: the
    // taxonomy's, the scheme's or the vocabulary's.
    static QStringList categoryOrder(const TrendOptions &options);
    // What the categories are, for headings: "cause", "sector", or the scheme's name.
    static QString categoriesName(const TrendOptions &options);
    // The expression rows are grouped by (i.cause, i.sector or a scheme's CASE), with its binds.
    static SqlWhere categorySql(const TrendOptions &options);

    // The spread of some values (sorted here): quartiles by linear interpolation, extremes.
    static DaysSpread spread(QList<int> &values);

    static QString byName(TrendBy by);             // "cause", "sector", "data", "contractor"
    static QString periodName(TrendPeriod period); // "month", "quarter", "year"
    static std::optional<TrendBy> byFromName(const QString &name);
    static std::optional<TrendPeriod> periodFromName(const QString &name);

    // DESIGN §5: {"by", "period", "total", "no_date", "rows": [{"period", "key", "count",
    // "affected"}]}; a row for every period and category of the result, zeros included. With a
    // scheme, "scheme" is its id and the keys are its categories. With the days to disclosure,
    // a row with any has "days": {"n", "min", "q1", "median", "q3", "max"}, and "with_days"
    // counts the dated matches that have them.
    static QJsonObject toJson(const TrendData &data);

private:
    // The condition as the statements run it: planned (IncidentQuery::plan) and, when a covering
    // index is scanned, with its full-text parts read into sets kept by `sets`.
    static SqlWhere prepared(Database &db, const SqlWhere &where, const TrendOptions &options,
                             MatchSetScope &sets, QString *error);
};

} // namespace jikenbo
