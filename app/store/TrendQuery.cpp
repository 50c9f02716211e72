// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrendQuery.h"

#include "Database.h"
#include "DateSplit.h"
#include "IncidentQuery.h"
#include "MatchSet.h"
#include "SqliteBind.h"
#include "TextIds.h"
#include "classify/SchemeMap.h"
#include "classify/Taxonomy.h"
#include "ingest/DataKindVocabulary.h"
#include "search/SchemeSql.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>
#include <thread>
#include <unordered_map>
#include <vector>

using namespace Qt::StringLiterals;

namespace jikenbo {

namespace {

QDate nextPeriodStart(const QDate &start, TrendPeriod period)
{
    switch (period) {
    case TrendPeriod::Month:
        return start.addMonths(1);
    case TrendPeriod::Quarter:
        return start.addMonths(3);
    case TrendPeriod::Year:
        return start.addYears(1);
    }
    return {};
}

const QString NoDataKind = u"none"_s;
const QString ViaContractor = u"contractor"_s;
const QString Direct = u"direct"_s;

// Categories in taxonomy (or scheme, or vocabulary) order; keys it does not know follow, sorted.
QStringList orderedKeys(const QSet<QString> &present, const TrendOptions &options)
{
    const QStringList order = TrendQuery::categoryOrder(options);
    QStringList keys;
    for (const QString &k : order) {
        if (present.contains(k))
            keys << k;
    }
    QStringList unknown;
    for (const QString &k : present) {
        if (!keys.contains(k))
            unknown << k;
    }
    std::sort(unknown.begin(), unknown.end());
    return keys + unknown;
}

// A bound on the number of periods, against a stray date centuries away.
constexpr qsizetype MaxPeriods = 100000;

// The categories a row's grouping value stands for: its kinds of data (comma-separated, "none"
// without any), else the value itself.
QStringList rowKeys(const TrendOptions &options, const QString &value)
{
    if (options.by != TrendBy::DataKind)
        return {value};
    QStringList keys = value.split(u',', Qt::SkipEmptyParts);
    if (keys.isEmpty())
        keys << NoDataKind;
    return keys;
}

double quantile(const QList<int> &sorted, double q)
{
    const double at = q * double(sorted.size() - 1);
    const auto lo = qsizetype(at);
    const qsizetype hi = std::min(lo + 1, sorted.size() - 1);
    return sorted[lo] + (at - double(lo)) * (sorted[hi] - sorted[lo]);
}

} // namespace

QStringList TrendQuery::categoryOrder(const TrendOptions &options)
{
    QStringList order;
    const auto schemes = SchemeMap::active();
    if (const Scheme *s = options.by == TrendBy::Cause && !options.scheme.isEmpty()
                              ? schemes->scheme(options.scheme)
                              : nullptr) {
        for (const SchemeCategory &c : s->categories)
            order << c.key;
    } else if (options.by == TrendBy::DataKind) {
        for (const DataKind &k : DataKindVocabulary::builtIn().kinds())
            order << k.key;
        order << NoDataKind;
    } else if (options.by == TrendBy::Contractor) {
        order << ViaContractor << Direct;
    } else {
        const Taxonomy &tax = Taxonomy::builtIn();
        for (const Category &c : options.by == TrendBy::Sector ? tax.sectors() : tax.causes())
            order << c.key;
    }
    return order;
}

QString TrendQuery::periodLabel(const QDate &date, TrendPeriod period)
{
    if (!date.isValid())
        return {};
    switch (period) {
    case TrendPeriod::Month:
        return u"%1-%2"_s.arg(date.year(), 4, 10, QChar(u'0'))
            .arg(date.month(), 2, 10, QChar(u'0'));
    case TrendPeriod::Quarter:
        return u"%1-Q%2"_s.arg(date.year(), 4, 10, QChar(u'0')).arg((date.month() + 2) / 3);
    case TrendPeriod::Year:
        return u"%1"_s.arg(date.year(), 4, 10, QChar(u'0'));
    }
    return {};
}

std::pair<QDate, QDate> TrendQuery::periodBounds(const QString &label, TrendPeriod period)
{
    bool ok = false;
    const int year = label.left(4).toInt(&ok);
    if (!ok || label.size() < 4)
        return {};
    QDate first;
    switch (period) {
    case TrendPeriod::Month: {
        bool mok = false;
        const int month = label.mid(5).toInt(&mok);
        if (label.size() != 7 || label.at(4) != u'-' || !mok)
            return {};
        first = QDate(year, month, 1);
        break;
    }
    case TrendPeriod::Quarter: {
        bool qok = false;
        const int q = label.mid(6).toInt(&qok);
        if (label.size() != 7 || !label.mid(4).startsWith(u"-Q"_s) || !qok || q < 1 || q > 4)
            return {};
        first = QDate(year, (q - 1) * 3 + 1, 1);
        break;
    }
    case TrendPeriod::Year:
        if (label.size() != 4)
            return {};
        first = QDate(year, 1, 1);
        break;
    }
    if (!first.isValid())
        return {};
    return {first, nextPeriodStart(first, period).addDays(-1)};
}

QString TrendQuery::dateTerm(const QString &label, TrendPeriod period)
{
    const auto [first, last] = periodBounds(label, period);
    if (!first.isValid())
        return {};
    return u"date:"_s + first.toString(Qt::ISODate) + u".."_s + last.toString(Qt::ISODate);
}

QString TrendQuery::categoryTerm(TrendBy by, const QString &key)
{
    switch (by) {
    case TrendBy::DataKind:
        return key == NoDataKind ? u"-has:data"_s : u"data:"_s + Query::quoteValue(key);
    case TrendBy::Contractor:
        return key == ViaContractor ? u"via:contractor"_s : u"-via:contractor"_s;
    case TrendBy::Cause:
    case TrendBy::Sector:
        break;
    }
    return byName(by) + u':' + Query::quoteValue(key);
}

QString TrendQuery::categoryTerm(const TrendOptions &options, const QString &key)
{
    if (options.by == TrendBy::Cause && !options.scheme.isEmpty())
        return u"scheme:"_s + options.scheme + u':' + Query::quoteValue(key);
    return categoryTerm(options.by, key);
}

QString TrendQuery::categoryName(const TrendOptions &options, const QString &key)
{
    if (options.by == TrendBy::Sector)
        return Taxonomy::builtIn().sectorName(key);
    if (options.by == TrendBy::DataKind)
        return key == NoDataKind ? tr("None named") : DataKindVocabulary::builtIn().name(key);
    if (options.by == TrendBy::Contractor)
        return key == ViaContractor ? tr("At or through a contractor") : tr("Directly");
    if (!options.scheme.isEmpty()) {
        const auto schemes = SchemeMap::active();
        if (const Scheme *s = schemes->scheme(options.scheme))
            return s->categoryName(key);
        return key;
    }
    return Taxonomy::builtIn().causeName(key);
}

QString TrendQuery::categoriesName(const TrendOptions &options)
{
    if (options.by == TrendBy::Sector)
        return tr("sector");
    if (options.by == TrendBy::DataKind)
        return tr("data leaked");
    if (options.by == TrendBy::Contractor)
        return tr("contractor");
    if (!options.scheme.isEmpty()) {
        const auto schemes = SchemeMap::active();
        if (const Scheme *s = schemes->scheme(options.scheme))
            return s->name();
        return options.scheme;
    }
    return tr("cause");
}

SqlWhere TrendQuery::categorySql(const TrendOptions &options)
{
    if (options.by == TrendBy::Cause && !options.scheme.isEmpty())
        return SchemeSql::categoryExpression(options.scheme);
    SqlWhere w;
    switch (options.by) {
    case TrendBy::Cause:
        w.sql = u"i.cause"_s;
        break;
    case TrendBy::Sector:
        w.sql = u"i.sector"_s;
        break;
    case TrendBy::DataKind:
        w.sql = u"COALESCE(i.data_kinds, '')"_s;
        break;
    case TrendBy::Contractor:
        // NULL (the facts not read yet) counts as direct, as via:contractor does.
        w.sql = u"CASE WHEN i.via_contractor = 1 THEN 'contractor' ELSE 'direct' END"_s;
        break;
    }
    return w;
}

QString TrendQuery::byName(TrendBy by)
{
    switch (by) {
    case TrendBy::Cause:
        break;
    case TrendBy::Sector:
        return u"sector"_s;
    case TrendBy::DataKind:
        return u"data"_s;
    case TrendBy::Contractor:
        return u"contractor"_s;
    }
    return u"cause"_s;
}

DaysSpread TrendQuery::spread(QList<int> &values)
{
    DaysSpread s;
    if (values.isEmpty())
        return s;
    std::sort(values.begin(), values.end());
    s.n = values.size();
    s.min = values.first();
    s.max = values.last();
    s.q1 = quantile(values, 0.25);
    s.median = quantile(values, 0.5);
    s.q3 = quantile(values, 0.75);
    return s;
}

QString TrendQuery::periodName(TrendPeriod period)
{
    switch (period) {
    case TrendPeriod::Month:
        return u"month"_s;
    case TrendPeriod::Quarter:
        return u"quarter"_s;
    case TrendPeriod::Year:
        return u"year"_s;
    }
    return {};
}

std::optional<TrendBy> TrendQuery::byFromName(const QString &name)
{
    for (TrendBy by : {TrendBy::Cause, TrendBy::Sector, TrendBy::DataKind, TrendBy::Contractor}) {
        if (name == byName(by))
            return by;
    }
    return std::nullopt;
}

std::optional<TrendPeriod> TrendQuery::periodFromName(const QString &name)
{
    for (TrendPeriod p : {TrendPeriod::Month, TrendPeriod::Quarter, TrendPeriod::Year}) {
        if (name == periodName(p))
            return p;
    }
    return std::nullopt;
}

Result<std::unique_ptr<Database>> TrendQuery::openHelper(const QString &path)
{
    Database::Options o;
    o.create = false;
    auto db = Database::open(path, o);
    if (db.ok())
        (void)db.value()->exec(u"PRAGMA cache_size=-4096"_s);
    return db;
}

Result<TrendData> TrendQuery::compute(Database &db, const Query &query, const TrendOptions &options,
                                      const QuerySqlOptions &sql, Database *helper,
                                      TrendCache *cache)
{
    return compute(db, QuerySql::where(query, sql), options, helper, cache);
}

namespace {

// The covering index a trend statement scans, or none when the condition or the category reads
// a column it does not hold. When the index holds every column, scanning it is never slow (a
// few ms per 100k incidents) and keeps the rows in date order, so the hint spares a sort; and
// SQLite cannot tell how many incidents a full-text match returns, so without it a broad match
// would fetch each table row by rowid. (The virtual columns event_date and year are computed
// from indexed columns, but SQLite 3.40 reads the row for them.) The days to disclosure are only
// in incidents_trend_cause, which holds the sector too.
//
// A survey scheme's categories are not an expression here: compute() works them out from the
// cause, sector and id the index holds (SchemeCategories), whatever columns the scheme's CASE
// in SQL would read.
QString coveringIndex(const SqlWhere &where, const TrendOptions &options, bool days)
{
    static const QRegularExpression column(u"\\bi\\.([a-z_]+)"_s);
    static const QSet<QString> bySector{u"id"_s,     u"announced_on"_s, u"posted_on"_s, u"cause"_s,
                                        u"sector"_s, u"affected"_s,     u"case_year"_s};
    static const QSet<QString> byCause =
        bySector + QSet<QString>{u"via_contractor"_s, u"data_kinds"_s, u"disclosure_days"_s};
    const bool sectorIndex = options.by == TrendBy::Sector && !days;
    const QSet<QString> &covered = sectorIndex ? bySector : byCause;
    const bool scheme = options.by == TrendBy::Cause && !options.scheme.isEmpty();
    const QString read =
        scheme ? where.sql : where.sql + u' ' + TrendQuery::categorySql(options).sql;
    for (auto it = column.globalMatch(read); it.hasNext();) {
        if (!covered.contains(it.next().captured(1)))
            return {};
    }
    return sectorIndex ? u"incidents_trend_sector"_s : u"incidents_trend_cause"_s;
}

QString trendFrom(const SqlWhere &where, const TrendOptions &options, bool days)
{
    const QString index = coveringIndex(where, options, days);
    return index.isEmpty() ? u"incidents AS i"_s : u"incidents AS i INDEXED BY "_s + index;
}

} // namespace

namespace {

// Whether SQLite groups the matches by day and category itself: when the covering index it reads
// orders the category right after the dates (cause in incidents_trend_cause, sector in
// incidents_trend_sector), its GROUP BY streams without a sort and costs less than stepping each
// row. Not with the days to disclosure, which are wanted one by one.
bool groupedInSql(const SqlWhere &where, const TrendOptions &options)
{
    if (options.disclosure || (options.by == TrendBy::Cause && !options.scheme.isEmpty()))
        return false;
    return (options.by == TrendBy::Cause || options.by == TrendBy::Sector) &&
           !coveringIndex(where, options, false).isEmpty();
}

// The matches in the order of the covering index incidents_trend_cause or _sector (Schema) when
// one serves: the date (event_date spelled out, which the index covers), the category, and then
// per day and category (groupedInSql) the number of incidents, the people affected and the
// incidents of unknown size; else one row per match with the people affected and, when asked,
// the days to disclosure, which compute() groups as they come: grouping by a category the index
// does not order (data kinds, the contractor flag) would need a sort. `part`, when given, is a
// further condition on the row (a range of the dates, for reading in parts).
QString trendStatement(const SqlWhere &where, const TrendOptions &options,
                       const SqlWhere &category, const QString &part)
{
    const QString from = u" FROM "_s + trendFrom(where, options, options.disclosure) +
                         u" WHERE "_s +
                         (part.isEmpty() ? where.sql : u"("_s + where.sql + u") AND "_s + part);
    // A scheme's categories (an empty expression): the cause, with the sector and the id after
    // the other columns, for SchemeCategories to map.
    const bool mapped = category.sql.isEmpty();
    const QString head = u"SELECT COALESCE(i.announced_on, i.posted_on), "_s +
                         (mapped ? u"i.cause"_s : category.sql) + u" AS k, "_s;
    if (groupedInSql(where, options))
        return head + u"count(*), sum(i.affected), count(*) - count(i.affected)"_s + from +
               u" GROUP BY i.announced_on, i.posted_on, k"_s;
    return head + u"i.affected"_s + (options.disclosure ? u", i.disclosure_days"_s : QString()) +
           (mapped ? u", i.sector, i.id"_s : QString()) + from;
}

} // namespace

QString TrendQuery::sql(const SqlWhere &where, const TrendOptions &options)
{
    SqlWhere category = categorySql(options);
    if (options.by == TrendBy::Cause && !options.scheme.isEmpty())
        category.sql.clear(); // (compute() maps the cause, sector and id to categories)
    return trendStatement(where, options, category, {});
}

SqlWhere TrendQuery::prepared(Database &db, const SqlWhere &where, const TrendOptions &options,
                              MatchSetScope &sets, QString *error)
{
    // Full text AND fields: the side that reads less drives (as in the table).
    SqlWhere w = IncidentQuery::plan(db, where);
    // The year (a virtual column) spelled out from the columns the covering indexes hold: SQLite
    // 3.40 reads the table row for a virtual column, and a year is a broad slice (a fifth of the
    // blog's notices), which one pass of the covering index answers faster than its own index
    // and a row read per match.
    static const QRegularExpression year(u"\\bi\\.year\\b"_s);
    w.sql.replace(year, u"COALESCE(CAST(substr(COALESCE(i.announced_on, i.posted_on), 1, 4) AS "
                        u"INTEGER), i.case_year)"_s);
    // A scan of the covering index, or of the index of the other conditions, tests each entry
    // against the full-text matches: as a bit each, read once, rather than SQLite's list of them.
    if (coveringIndex(w, options, false).isEmpty() && !w.restDriven)
        return w;
    auto substituted = sets.substitute(w);
    if (!substituted.ok()) {
        *error = substituted.error();
        return {};
    }
    return substituted.value();
}

namespace {

// The period of an ISO date ("2023-07-15", or longer) as a number that orders periods
// (year × 12 + month - 1, year × 4 + quarter - 1, or the year); -1 when the text does not
// start with a usable date (as for the query language's date: terms).
int periodOrdinal(const unsigned char *d, int n, TrendPeriod period)
{
    auto digit = [&](int i) {
        return i < n && d[i] >= '0' && d[i] <= '9' ? d[i] - '0' : -1;
    };
    if (n < 8 || d[4] != '-' || d[7] != '-')
        return -1;
    int year = 0;
    for (int i = 0; i < 4; ++i) {
        if (digit(i) < 0)
            return -1;
        year = year * 10 + digit(i);
    }
    const int m0 = digit(5), m1 = digit(6);
    const int month = m0 * 10 + m1;
    if (year == 0 || m0 < 0 || m1 < 0 || month < 1 || month > 12)
        return -1;
    switch (period) {
    case TrendPeriod::Month:
        return year * 12 + month - 1;
    case TrendPeriod::Quarter:
        return year * 4 + (month - 1) / 3;
    case TrendPeriod::Year:
        break;
    }
    return year;
}

QDate periodStart(int ordinal, TrendPeriod period)
{
    switch (period) {
    case TrendPeriod::Month:
        return QDate(ordinal / 12, ordinal % 12 + 1, 1);
    case TrendPeriod::Quarter:
        return QDate(ordinal / 4, (ordinal % 4) * 3 + 1, 1);
    case TrendPeriod::Year:
        break;
    }
    return QDate(ordinal, 1, 1);
}

// A scheme's categories worked out from each incident's cause, sector and id as the trend index
// gives them, with no row read and no CASE of every rule evaluated per incident in SQL. A rule
// that also tests words of the title holds the set of their full-text matches; one that tests
// labels holds the set of the incidents it picks: the labels its cause has are few different
// texts, listed from incidents_cause_labels and tested once each, and only the incidents with a
// text that passes are read. (Tested in SQL as written, a label sent SQLite to the row of every
// incident of that cause, a tenth of them; the CASE cost more than the rest of the pass.)
struct SchemeCategories
{
    struct Rule
    {
        QByteArray cause;
        QList<QByteArray> sectors; // any of them; none: any sector
        QList<std::shared_ptr<const MatchSet>> sets; // each must hold the incident
        QByteArray category;
    };
    // The rules of one cause, in the scheme's order: an incident's cause picks them once, and
    // only those few are tried (the rows come in runs of one cause: the index orders the cause
    // right after the dates).
    struct OfCause
    {
        QByteArray cause;
        QList<qsizetype> rules; // indexes into `rules`
    };
    QList<Rule> rules;
    QList<OfCause> byCause;
    QByteArray fallback;

    const OfCause *ofCause(QByteArrayView cause) const
    {
        for (const OfCause &c : byCause) {
            if (QByteArrayView(c.cause) == cause)
                return &c;
        }
        return nullptr;
    }

    // The category of an incident of a cause (ofCause, or none when no rule names it).
    QByteArrayView category(const OfCause *cause, QByteArrayView sector, qint64 id) const
    {
        if (!cause)
            return fallback;
        for (const qsizetype k : cause->rules) {
            const Rule &r = rules[k];
            if (!r.sectors.isEmpty() &&
                std::none_of(r.sectors.cbegin(), r.sectors.cend(),
                             [&](const QByteArray &s) { return QByteArrayView(s) == sector; }))
                continue;
            if (std::all_of(r.sets.cbegin(), r.sets.cend(),
                            [id](const auto &set) { return set->contains(id); }))
                return r.category;
        }
        return fallback;
    }

    static Result<SchemeCategories> read(Database &db, const Scheme &scheme, MatchSetScope &sets)
    {
        using R = Result<SchemeCategories>;
        SchemeCategories out;
        out.fallback = scheme.fallback.toUtf8();
        for (const SchemeRule &r : scheme.rules) {
            Rule rule;
            rule.cause = r.cause.toUtf8();
            for (const QString &sector : r.sectors)
                rule.sectors << sector.toUtf8();
            rule.category = r.category.toUtf8();
            if (!r.labels.isEmpty()) {
                SchemeRule labelsOnly;
                labelsOnly.cause = r.cause;
                labelsOnly.labels = r.labels;
                const SqlWhere test = SchemeSql::ruleCondition(labelsOnly);
                // (The texts as `i`, so that the condition's i.cause and i.labels read them.)
                QSqlQuery q(db.sql());
                q.setForwardOnly(true);
                if (!q.prepare(u"SELECT i.labels FROM (SELECT DISTINCT cause, labels FROM "
                               u"incidents INDEXED BY incidents_cause_labels WHERE cause = ?) "
                               u"AS i WHERE "_s +
                               test.sql))
                    return R::failure(q.lastError().text());
                q.addBindValue(r.cause);
                for (const QVariant &v : test.binds)
                    q.addBindValue(v);
                if (!q.exec())
                    return R::failure(q.lastError().text());
                QJsonArray passing;
                while (q.next())
                    passing.append(q.value(0).toString());
                q.finish();
                const SqlWhere whole = SchemeSql::ruleCondition(r);
                auto set = MatchSet::fromIds(
                    db,
                    (u"SELECT i.id FROM incidents AS i INDEXED BY incidents_cause_labels WHERE "
                     u"i.cause = ? AND i.labels IN (SELECT value FROM json_each(?)) AND "_s +
                     whole.sql)
                        .toUtf8(),
                    QVariantList{r.cause, QString::fromUtf8(QJsonDocument(passing).toJson(
                                              QJsonDocument::Compact))} +
                        whole.binds);
                if (!set.ok())
                    return R::failure(set.error());
                rule.sets << set.value();
            } else if (!r.titleWords.isEmpty()) {
                SchemeRule wordsOnly;
                wordsOnly.cause = r.cause;
                wordsOnly.titleWords = r.titleWords;
                const qsizetype before = sets.sets().size();
                auto tested = sets.substitute(SchemeSql::ruleCondition(wordsOnly));
                if (!tested.ok())
                    return R::failure(tested.error());
                for (qsizetype k = before; k < sets.sets().size(); ++k)
                    rule.sets << sets.sets()[k];
            }
            out.rules << rule;
        }
        for (qsizetype k = 0; k < out.rules.size(); ++k) {
            const QByteArray &cause = out.rules[k].cause;
            auto it = std::find_if(out.byCause.begin(), out.byCause.end(),
                                   [&](const OfCause &c) { return c.cause == cause; });
            if (it == out.byCause.end())
                it = out.byCause.insert(out.byCause.end(), OfCause{cause, {}});
            it->rules << k;
        }
        return out;
    }
};

// The sums of one period and grouping value, while the rows are read.
struct Sums
{
    qint64 count = 0;
    qint64 affected = 0;
    qint64 unknownSize = 0;
    QList<int> days;
};

// The matches of one statement (or of several, merged) grouped by period and grouping value: a
// category, or with data kinds a row's list of kinds.
struct Groups
{
    TextIds values;                                      // the categories' values, numbered as seen
    std::unordered_map<int, std::vector<Sums>> byPeriod; // nodes: references stay valid
    qint64 total = 0;
    qint64 noDate = 0;
    QString error;

    std::vector<Sums> &period(int ordinal) { return byPeriod[ordinal]; }

    Sums &at(std::vector<Sums> &period, QByteArrayView value)
    {
        return at(period, values.id(value));
    }

    Sums &at(std::vector<Sums> &period, int id)
    {
        if (size_t(id) >= period.size())
            period.resize(size_t(values.texts().size()));
        return period[size_t(id)];
    }

    // Steps a statement of trendStatement and adds its rows. Rows come in date order when the
    // covering index is read, so the period is worked out only when the date changes; a value
    // is looked up by its bytes, without a copy.
    void read(sqlite3 *h, const QByteArray &sql, const QVariantList &binds,
              const TrendOptions &options, bool grouped, const SchemeCategories *categories)
    {
        const int sectorColumn = options.disclosure ? 4 : 3; // then the id (trendStatement)
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(h, sql.constData(), int(sql.size()), &stmt, nullptr) != SQLITE_OK ||
            !bindValues(stmt, binds)) {
            error = QString::fromUtf8(sqlite3_errmsg(h));
            sqlite3_finalize(stmt);
            return;
        }
        QByteArray lastDate;
        bool haveDate = false;
        std::vector<Sums> *current = nullptr;
        // With a scheme: the rules of the cause of the row before, and the number of the
        // category last found (a category is text the rules hold, so its address names it).
        const SchemeCategories::OfCause *ofCause = nullptr;
        const char *lastCategory = nullptr;
        int lastCategoryId = -1;
        int rc;
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            const qint64 n = grouped ? sqlite3_column_int64(stmt, 2) : 1;
            total += n;
            const auto *d = sqlite3_column_text(stmt, 0);
            const int dn = sqlite3_column_bytes(stmt, 0);
            const QByteArrayView date(reinterpret_cast<const char *>(d), d ? dn : 0);
            if (!haveDate || date != QByteArrayView(lastDate) ||
                (d == nullptr) != lastDate.isNull()) {
                haveDate = true;
                lastDate = d ? date.toByteArray() : QByteArray();
                const int ordinal = d ? periodOrdinal(d, dn, options.period) : -1;
                current = ordinal < 0 ? nullptr : &period(ordinal);
            }
            if (!current) {
                noDate += n;
                continue;
            }
            const auto *k = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 1));
            const QByteArrayView key(k ? k : "", sqlite3_column_bytes(stmt, 1));
            int valueId;
            if (categories) {
                // (Every cause has a rule: none only for a cause the scheme does not know.)
                if (!ofCause || key != QByteArrayView(ofCause->cause))
                    ofCause = categories->ofCause(key);
                const auto *sector =
                    reinterpret_cast<const char *>(sqlite3_column_text(stmt, sectorColumn));
                const QByteArrayView category = categories->category(
                    ofCause,
                    QByteArrayView(sector ? sector : "", sqlite3_column_bytes(stmt, sectorColumn)),
                    sqlite3_column_int64(stmt, sectorColumn + 1));
                if (category.data() != lastCategory) {
                    lastCategory = category.data();
                    lastCategoryId = values.id(category);
                }
                valueId = lastCategoryId;
            } else {
                valueId = values.id(key);
            }
            Sums &s = at(*current, valueId);
            s.count += n;
            if (grouped) {
                s.affected += sqlite3_column_int64(stmt, 3); // NULL (all unknown) reads as 0
                s.unknownSize += sqlite3_column_int64(stmt, 4);
                continue;
            }
            if (sqlite3_column_type(stmt, 2) == SQLITE_NULL)
                ++s.unknownSize;
            else
                s.affected += sqlite3_column_int64(stmt, 2);
            if (options.disclosure && sqlite3_column_type(stmt, 3) != SQLITE_NULL)
                s.days << sqlite3_column_int(stmt, 3);
        }
        if (rc != SQLITE_DONE)
            error = QString::fromUtf8(sqlite3_errmsg(h));
        sqlite3_finalize(stmt);
    }

    void merge(Groups &&other)
    {
        total += other.total;
        noDate += other.noDate;
        for (auto &[ordinal, sums] : other.byPeriod) {
            std::vector<Sums> &to = period(ordinal);
            for (size_t v = 0; v < sums.size(); ++v) {
                if (sums[v].count == 0)
                    continue;
                Sums &s = at(to, QByteArrayView(other.values.texts()[qsizetype(v)]));
                s.count += sums[v].count;
                s.affected += sums[v].affected;
                s.unknownSize += sums[v].unknownSize;
                s.days << sums[v].days;
            }
        }
    }
};

// Whether SQLite reads the whole of a covering index for the statement: the work that two
// connections can share by ranges of its first column, announced_on. A search (a range, or a
// skip-scan by the category) is left alone.
bool scansCoveringIndex(sqlite3 *h, const QByteArray &sql, const QVariantList &binds)
{
    const QStringList plan = queryPlan(h, sql, binds);
    return std::any_of(plan.cbegin(), plan.cend(), [](const QString &step) {
        return step.startsWith(u"SCAN i USING COVERING INDEX"_s);
    });
}

} // namespace

// A scheme's categories as last read on a connection, and what they were read for.
struct TrendCache::Kept
{
    std::shared_ptr<const SchemeMap> schemes; // in force then
    QString scheme;
    // Writes the connection saw: PRAGMA data_version moves with those of other connections,
    // sqlite3_total_changes64 with its own.
    std::optional<qint64> version;
    sqlite3_int64 changes = -1;
    SchemeCategories categories;
};

TrendCache::TrendCache() = default;
TrendCache::~TrendCache() = default;

Result<TrendData> TrendQuery::compute(Database &db, const SqlWhere &asked,
                                      const TrendOptions &options, Database *helper,
                                      TrendCache *cache)
{
    using R = Result<TrendData>;
    sqlite3 *h = db.handle();
    // With the helper, the full-text matches and a long scan are read in two parts, one by each
    // connection. Both must see the same notices: when anything was written meanwhile, the
    // aggregation is read again by this connection alone.
    // (Also what a scheme's kept rule sets were read for.)
    const auto version = helper || cache ? queryInt(h, "PRAGMA data_version") : std::nullopt;
    MatchSetScope sets(db, helper);
    QString error;
    const SqlWhere where = prepared(db, asked, options, sets, &error);
    if (!error.isEmpty())
        return R::failure(error);
    SqlWhere category = categorySql(options);
    std::optional<SchemeCategories> mapped;
    const SchemeCategories *categories = nullptr;
    if (options.by == TrendBy::Cause && !options.scheme.isEmpty()) {
        const auto schemes = SchemeMap::active();
        if (const Scheme *scheme = schemes->scheme(options.scheme)) {
            const sqlite3_int64 changes = sqlite3_total_changes64(h);
            TrendCache::Kept *kept = cache ? cache->m_kept.get() : nullptr;
            if (kept && version && kept->version == version && kept->changes == changes &&
                kept->schemes == schemes && kept->scheme == options.scheme) {
                categories = &kept->categories;
            } else {
                auto read = SchemeCategories::read(db, *scheme, sets);
                if (!read.ok())
                    return R::failure(read.error());
                if (cache && version) {
                    cache->m_kept.reset(new TrendCache::Kept{schemes, options.scheme, version,
                                                             changes, std::move(read).value()});
                    categories = &cache->m_kept->categories;
                } else {
                    mapped = std::move(read).value();
                    categories = &*mapped;
                }
            }
            category = SqlWhere();
            category.sql.clear(); // the statement reads the cause, sector and id instead
        }
    }
    // The category's binds come first: its expression is in the SELECT list.
    const QVariantList binds = category.binds + where.binds;
    const bool grouped = groupedInSql(where, options);
    const QByteArray whole = trendStatement(where, options, category, {}).toUtf8();

    // A scan of a whole covering index is shared with the helper connection, on a thread of its
    // own: the index is read in parts by date, each by whichever connection is free.
    Groups groups;
    const QList<DatePart> parts = helper && scansCoveringIndex(h, whole, binds)
                                      ? announcedOnParts(h, PartsPerScan)
                                      : QList<DatePart>();
    if (!parts.isEmpty()) {
        // The statements are made here: the helper's thread only steps them.
        QList<QByteArray> statements;
        for (const DatePart &part : parts)
            statements << trendStatement(where, options, category, part.condition).toUtf8();
        Groups second;
        readParts(h, helper->handle(), parts.size(), [&](sqlite3 *c, qsizetype k) {
            Groups &to = c == h ? groups : second;
            to.read(c, statements[k], binds + parts[k].binds, options, grouped, categories);
            return to.error.isEmpty();
        });
        if (groups.error.isEmpty())
            groups.error = second.error;
        if (!groups.error.isEmpty())
            return R::failure(groups.error);
        groups.merge(std::move(second));
    } else {
        groups.read(h, whole, binds, options, grouped, categories);
    }
    if (!groups.error.isEmpty())
        return R::failure(groups.error);
    if (helper && queryInt(h, "PRAGMA data_version") != version)
        return compute(db, asked, options);

    TrendData data;
    data.options = options;
    data.total = groups.total;
    data.noDate = groups.noDate;
    if (groups.byPeriod.empty())
        return data;

    // The categories each value stands for, and every period from the first to the last,
    // empty ones included.
    QSet<QString> present;
    QList<QStringList> keysOfValue;
    for (const QByteArray &v : groups.values.texts()) {
        keysOfValue << rowKeys(options, QString::fromUtf8(v));
        for (const QString &key : keysOfValue.last())
            present.insert(key);
    }
    data.keys = orderedKeys(present, options);
    QHash<QString, qsizetype> keyIndex;
    for (qsizetype k = 0; k < data.keys.size(); ++k)
        keyIndex.insert(data.keys[k], k);
    int first = groups.byPeriod.begin()->first, last = first;
    for (const auto &[ordinal, sums] : groups.byPeriod) {
        first = std::min(first, ordinal);
        last = std::max(last, ordinal);
    }
    if (last - first >= MaxPeriods)
        return R::failure(
            tr("the matching notices span more than %1 periods; narrow the query").arg(MaxPeriods));
    for (int p = first; p <= last; ++p)
        data.periods << periodLabel(periodStart(p, options.period), options.period);
    data.cells.resize(data.periods.size() * data.keys.size());
    data.periodTotals.resize(data.periods.size());
    QList<QList<int>> cellDays(options.disclosure ? data.cells.size() : 0);
    QList<QList<int>> periodDays(options.disclosure ? data.periods.size() : 0);
    auto add = [](TrendCell &to, const Sums &s) {
        to.count += s.count;
        to.affected += s.affected;
        to.unknownSize += s.unknownSize;
    };
    for (const auto &[ordinal, sums] : groups.byPeriod) {
        const qsizetype p = ordinal - first;
        for (size_t v = 0; v < sums.size(); ++v) {
            const Sums &s = sums[v];
            if (s.count == 0)
                continue;
            add(data.periodTotals[p], s);
            for (const QString &key : keysOfValue[qsizetype(v)]) {
                const qsizetype c = p * data.keys.size() + keyIndex.value(key);
                add(data.cells[c], s);
                if (options.disclosure)
                    cellDays[c] << s.days;
            }
            if (options.disclosure) {
                periodDays[p] << s.days;
                data.withDays += s.days.size();
            }
        }
    }
    if (options.disclosure) {
        for (qsizetype c = 0; c < cellDays.size(); ++c)
            data.cells[c].days = spread(cellDays[c]);
        for (qsizetype p = 0; p < periodDays.size(); ++p)
            data.periodTotals[p].days = spread(periodDays[p]);
    }
    return data;
}

QJsonObject TrendQuery::toJson(const TrendData &data)
{
    QJsonArray rows;
    for (qsizetype p = 0; p < data.periods.size(); ++p) {
        for (qsizetype k = 0; k < data.keys.size(); ++k) {
            const TrendCell &c = data.cell(p, k);
            QJsonObject row{{u"period"_s, data.periods[p]},
                            {u"key"_s, data.keys[k]},
                            {u"count"_s, c.count},
                            {u"affected"_s, c.affected}};
            if (c.days.n > 0)
                row.insert(u"days"_s, QJsonObject{{u"n"_s, c.days.n},
                                                  {u"min"_s, c.days.min},
                                                  {u"q1"_s, c.days.q1},
                                                  {u"median"_s, c.days.median},
                                                  {u"q3"_s, c.days.q3},
                                                  {u"max"_s, c.days.max}});
            rows.append(row);
        }
    }
    QJsonObject out{{u"by"_s, byName(data.options.by)},
                    {u"period"_s, periodName(data.options.period)},
                    {u"total"_s, data.total},
                    {u"no_date"_s, data.noDate},
                    {u"rows"_s, rows}};
    if (data.options.by == TrendBy::Cause && !data.options.scheme.isEmpty())
        out.insert(u"scheme"_s, data.options.scheme);
    if (data.options.disclosure)
        out.insert(u"with_days"_s, data.withDays);
    return out;
}

} // namespace jikenbo
