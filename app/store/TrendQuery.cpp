// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrendQuery.h"

#include "Database.h"
#include "IncidentQuery.h"
#include "MatchSet.h"
#include "SqliteBind.h"
#include "classify/SchemeMap.h"
#include "classify/Taxonomy.h"
#include "ingest/DataKindVocabulary.h"
#include "search/SchemeSql.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <sqlite3.h>

#include <algorithm>
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

Result<TrendData> TrendQuery::compute(Database &db, const Query &query, const TrendOptions &options,
                                      const QuerySqlOptions &sql)
{
    return compute(db, QuerySql::where(query, sql), options);
}

namespace {

// The covering index a trend statement scans, or none when the condition or the category reads
// a column it does not hold. When the index holds every column, scanning it is never slow (a
// few ms per 100k incidents) and keeps the rows in date order, so the hint spares a sort; and
// SQLite cannot tell how many incidents a full-text match returns, so without it a broad match
// would fetch each table row by rowid. (The virtual columns event_date and year are computed
// from indexed columns, but SQLite 3.40 reads the row for them.) The days to disclosure are only
// in incidents_trend_cause, which holds the sector too.
QString coveringIndex(const SqlWhere &where, const TrendOptions &options, bool days)
{
    static const QRegularExpression column(u"\\bi\\.([a-z_]+)"_s);
    static const QSet<QString> bySector{u"id"_s,     u"announced_on"_s, u"posted_on"_s, u"cause"_s,
                                        u"sector"_s, u"affected"_s,     u"case_year"_s};
    static const QSet<QString> byCause =
        bySector + QSet<QString>{u"via_contractor"_s, u"data_kinds"_s, u"disclosure_days"_s};
    const bool sectorIndex = options.by == TrendBy::Sector && !days;
    const QSet<QString> &covered = sectorIndex ? bySector : byCause;
    for (auto it = column.globalMatch(where.sql + u' ' + TrendQuery::categorySql(options).sql);
         it.hasNext();) {
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

} // namespace

QString TrendQuery::sql(const SqlWhere &where, const TrendOptions &options)
{
    // The matches in the order of the covering index incidents_trend_cause or _sector (Schema)
    // when one serves: the date (event_date spelled out, which the index covers), the category,
    // the number of incidents, the people affected, the incidents of unknown size and, when
    // asked, the days to disclosure. Per day and category when SQLite groups them without a sort
    // (groupedInSql); else one row per match, which compute() groups as they come: grouping by a
    // category the index does not order (data kinds, the contractor flag) would need a sort.
    const QString from = u" FROM "_s + trendFrom(where, options, options.disclosure) +
                         u" WHERE "_s + where.sql;
    const QString head = u"SELECT COALESCE(i.announced_on, i.posted_on), "_s +
                         categorySql(options).sql + u" AS k, "_s;
    if (groupedInSql(where, options))
        return head + u"count(*), sum(i.affected), count(*) - count(i.affected)"_s + from +
               u" GROUP BY i.announced_on, i.posted_on, k"_s;
    return head + u"1, i.affected, i.affected IS NULL"_s +
           (options.disclosure ? u", i.disclosure_days"_s : QString()) + from;
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
    auto digit = [&](int i) { return i < n && d[i] >= '0' && d[i] <= '9' ? d[i] - '0' : -1; };
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

// The sums of one period and grouping value, while the rows are read.
struct Sums
{
    qint64 count = 0;
    qint64 affected = 0;
    qint64 unknownSize = 0;
    QList<int> days;
};

} // namespace

Result<TrendData> TrendQuery::compute(Database &db, const SqlWhere &asked,
                                      const TrendOptions &options)
{
    using R = Result<TrendData>;
    MatchSetScope sets(db);
    QString error;
    const SqlWhere where = prepared(db, asked, options, sets, &error);
    if (!error.isEmpty())
        return R::failure(error);
    const QByteArray sql = TrendQuery::sql(where, options).toUtf8();
    sqlite3 *h = db.handle();
    sqlite3_stmt *stmt = nullptr;
    // The category's binds come first: its expression is in the SELECT list.
    if (sqlite3_prepare_v2(h, sql.constData(), int(sql.size()), &stmt, nullptr) != SQLITE_OK ||
        !bindValues(stmt, categorySql(options).binds + where.binds)) {
        const QString e = QString::fromUtf8(sqlite3_errmsg(h));
        sqlite3_finalize(stmt);
        return R::failure(e);
    }

    // The grouping values (a category; with data kinds, a row's list of kinds) by number, and
    // the sums per period and value. Rows come in date order when the covering index is read,
    // so the period is worked out only when the date changes; a value is looked up by its
    // bytes, without a copy.
    QHash<QByteArray, int> valueIds;
    QList<QByteArray> values;
    std::unordered_map<int, std::vector<Sums>> byPeriod; // nodes: pointers stay valid
    TrendData data;
    data.options = options;
    QByteArray lastDate;
    bool haveDate = false;
    std::vector<Sums> *current = nullptr;
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        const qint64 n = sqlite3_column_int64(stmt, 2);
        data.total += n;
        const auto *d = sqlite3_column_text(stmt, 0);
        const int dn = sqlite3_column_bytes(stmt, 0);
        const QByteArrayView date(reinterpret_cast<const char *>(d), d ? dn : 0);
        if (!haveDate || date != QByteArrayView(lastDate) || (d == nullptr) != lastDate.isNull()) {
            haveDate = true;
            lastDate = d ? date.toByteArray() : QByteArray();
            const int ordinal = d ? periodOrdinal(d, dn, options.period) : -1;
            current = ordinal < 0 ? nullptr : &byPeriod[ordinal];
        }
        if (!current) {
            data.noDate += n;
            continue;
        }
        const auto *k = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 1));
        const QByteArray key = QByteArray::fromRawData(k ? k : "", sqlite3_column_bytes(stmt, 1));
        auto id = valueIds.constFind(key);
        if (id == valueIds.cend()) {
            values << QByteArray(key.constData(), key.size());
            id = valueIds.insert(values.last(), int(values.size() - 1));
        }
        if (size_t(*id) >= current->size())
            current->resize(values.size());
        Sums &s = (*current)[*id];
        s.count += n;
        s.affected += sqlite3_column_int64(stmt, 3); // NULL reads as 0
        s.unknownSize += sqlite3_column_int64(stmt, 4);
        if (options.disclosure && sqlite3_column_type(stmt, 5) != SQLITE_NULL)
            s.days << sqlite3_column_int(stmt, 5);
    }
    const QString stepError = rc == SQLITE_DONE ? QString() : QString::fromUtf8(sqlite3_errmsg(h));
    sqlite3_finalize(stmt);
    if (!stepError.isEmpty())
        return R::failure(stepError);
    if (byPeriod.empty())
        return data;

    // The categories each value stands for, and every period from the first to the last,
    // empty ones included.
    QSet<QString> present;
    QList<QStringList> keysOfValue;
    for (const QByteArray &v : std::as_const(values)) {
        keysOfValue << rowKeys(options, QString::fromUtf8(v));
        for (const QString &key : keysOfValue.last())
            present.insert(key);
    }
    data.keys = orderedKeys(present, options);
    QHash<QString, qsizetype> keyIndex;
    for (qsizetype k = 0; k < data.keys.size(); ++k)
        keyIndex.insert(data.keys[k], k);
    int first = byPeriod.begin()->first, last = first;
    for (const auto &[ordinal, sums] : byPeriod) {
        first = std::min(first, ordinal);
        last = std::max(last, ordinal);
    }
    if (last - first >= MaxPeriods)
        return R::failure(tr("the matching notices span more than %1 periods; narrow the query")
                              .arg(MaxPeriods));
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
    for (const auto &[ordinal, sums] : byPeriod) {
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
