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
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace jikenbo {

namespace {

// The period of the date COALESCE(d1, d2) (ISO text), NULL when there is no usable date.
QString periodSql(TrendPeriod period)
{
    const QString d = u"COALESCE(d1, d2)"_s;
    QString expr;
    switch (period) {
    case TrendPeriod::Month:
        expr = u"substr("_s + d + u", 1, 7)"_s;
        break;
    case TrendPeriod::Quarter:
        expr = u"substr("_s + d + u", 1, 4) || '-Q' || ((CAST(substr("_s + d +
               u", 6, 2) AS INTEGER) + 2) / 3)"_s;
        break;
    case TrendPeriod::Year:
        expr = u"substr("_s + d + u", 1, 4)"_s;
        break;
    }
    return u"CASE WHEN "_s + d + u" GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-*' THEN "_s + expr +
           u" END"_s;
}

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

QString TrendQuery::sql(const SqlWhere &where, const TrendOptions &options)
{
    const QString category = categorySql(options).sql;
    // Two steps. The rows are grouped by their dates and category in the order of the covering
    // index incidents_trend_cause or _sector (Schema), so that for broad queries SQLite reads
    // the index once and needs no sort; the per-day groups are then grouped by period, with
    // the date expressions evaluated once per day rather than once per row. The date is
    // event_date spelled out (COALESCE(announced_on, posted_on)), which the index covers.
    return u"SELECT "_s + periodSql(options.period) +
           u" AS p, k, sum(n), sum(a), sum(u) FROM (SELECT i.announced_on AS d1, i.posted_on AS d2, "_s +
           category +
           u" AS k, count(*) AS n, sum(i.affected) AS a, count(*) - count(i.affected) AS u "
           u"FROM "_s +
           trendFrom(where, options, false) + u" WHERE "_s + where.sql +
           u" GROUP BY i.announced_on, i.posted_on, k) GROUP BY p, k"_s;
}

SqlWhere TrendQuery::prepared(Database &db, const SqlWhere &where, const TrendOptions &options,
                              MatchSetScope &sets, QString *error)
{
    // Full text AND fields: the side that reads less drives (as in the table).
    SqlWhere w = IncidentQuery::plan(db, where);
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

Result<TrendData> TrendQuery::compute(Database &db, const SqlWhere &asked,
                                      const TrendOptions &options)
{
    using R = Result<TrendData>;
    MatchSetScope sets(db);
    QString error;
    const SqlWhere where = prepared(db, asked, options, sets, &error);
    if (!error.isEmpty())
        return R::failure(error);
    const QString sql = TrendQuery::sql(where, options);
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return R::failure(q.lastError().text());
    // The category's binds come first: its expression is in the SELECT list.
    const QVariantList binds = categorySql(options).binds + where.binds;
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds[i]);
    if (!q.exec())
        return R::failure(q.lastError().text());

    struct Group
    {
        QString period;
        QString key; // the grouping value: with data kinds, the row's list of kinds
        TrendCell cell;
    };
    QList<Group> groups;
    TrendData data;
    data.options = options;
    QSet<QString> keys;
    QString firstPeriod, lastPeriod;
    while (q.next()) {
        const QVariant p = q.value(0);
        const TrendCell c{q.value(2).toLongLong(), q.value(3).toLongLong(),
                          q.value(4).toLongLong(), {}};
        data.total += c.count;
        const QString period = p.isNull() ? QString() : p.toString();
        if (period.isEmpty() || !periodBounds(period, options.period).first.isValid()) {
            data.noDate += c.count;
            continue;
        }
        const QString value = q.value(1).toString();
        for (const QString &key : rowKeys(options, value))
            keys.insert(key);
        if (firstPeriod.isEmpty() || period < firstPeriod)
            firstPeriod = period;
        if (lastPeriod.isEmpty() || period > lastPeriod)
            lastPeriod = period;
        groups.append({period, value, c});
    }
    if (q.lastError().isValid())
        return R::failure(q.lastError().text());
    if (groups.isEmpty())
        return data;

    // Every period from the first to the last, empty ones included.
    QHash<QString, qsizetype> periodIndex;
    const QDate last = periodBounds(lastPeriod, options.period).first;
    for (QDate d = periodBounds(firstPeriod, options.period).first; d.isValid() && d <= last;
         d = nextPeriodStart(d, options.period)) {
        if (data.periods.size() >= MaxPeriods)
            return R::failure(tr("the matching notices span more than %1 periods; narrow the query")
                                  .arg(MaxPeriods));
        periodIndex.insert(periodLabel(d, options.period), data.periods.size());
        data.periods << periodLabel(d, options.period);
    }
    data.keys = orderedKeys(keys, options);
    QHash<QString, qsizetype> keyIndex;
    for (qsizetype k = 0; k < data.keys.size(); ++k)
        keyIndex.insert(data.keys[k], k);
    data.cells.resize(data.periods.size() * data.keys.size());
    data.periodTotals.resize(data.periods.size());
    auto add = [](TrendCell &to, const TrendCell &c) {
        to.count += c.count;
        to.affected += c.affected;
        to.unknownSize += c.unknownSize;
    };
    for (const Group &g : groups) {
        const qsizetype p = periodIndex.value(g.period);
        add(data.periodTotals[p], g.cell);
        for (const QString &key : rowKeys(options, g.key))
            add(data.cell(p, keyIndex.value(key)), g.cell);
    }
    if (options.disclosure) {
        const Status s = addDays(db, where, options, periodIndex, keyIndex, data);
        if (!s.ok())
            return R::failure(s.error());
    }
    return data;
}

Status TrendQuery::addDays(Database &db, const SqlWhere &where, const TrendOptions &options,
                           const QHash<QString, qsizetype> &periodIndex,
                           const QHash<QString, qsizetype> &keyIndex, TrendData &data)
{
    // Only the matches with days to disclosure, read from the covering index (or, when the
    // condition reads other columns, found by it) and stepped through SQLite's own interface:
    // one row per incident.
    const QByteArray sql =
        (u"SELECT COALESCE(i.announced_on, i.posted_on), "_s + categorySql(options).sql +
         u", i.disclosure_days FROM "_s + trendFrom(where, options, true) +
         u" WHERE i.disclosure_days IS NOT NULL AND ("_s + where.sql + u')')
            .toUtf8();
    sqlite3 *h = db.handle();
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(h, sql.constData(), int(sql.size()), &stmt, nullptr) != SQLITE_OK ||
        !bindValues(stmt, categorySql(options).binds + where.binds)) {
        const QString e = QString::fromUtf8(sqlite3_errmsg(h));
        sqlite3_finalize(stmt);
        return Status::failure(e);
    }
    QList<QList<int>> perCell(data.cells.size());
    QList<QList<int>> perPeriod(data.periods.size());
    // Rows come in date order: the period is worked out when the date changes; the cells of a
    // category value once per value.
    QByteArray lastDate;
    qsizetype period = -1;
    QHash<QByteArray, QList<qsizetype>> keysOf;
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        const auto *d = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0));
        const int dn = sqlite3_column_bytes(stmt, 0);
        if (!d || QByteArrayView(d, dn) != QByteArrayView(lastDate) || lastDate.isNull()) {
            lastDate = d ? QByteArray(d, dn) : QByteArray("");
            const QDate date = QDate::fromString(QString::fromUtf8(lastDate.left(10)), Qt::ISODate);
            const auto p = periodIndex.find(periodLabel(date, options.period));
            period = p == periodIndex.cend() ? -1 : *p;
        }
        if (period < 0)
            continue; // undated
        const int days = sqlite3_column_int(stmt, 2);
        perPeriod[period] << days;
        ++data.withDays;
        const auto *k = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 1));
        const QByteArray key = QByteArray::fromRawData(k ? k : "", sqlite3_column_bytes(stmt, 1));
        auto cells = keysOf.constFind(key);
        if (cells == keysOf.cend()) {
            QList<qsizetype> found;
            for (const QString &name : rowKeys(options, QString::fromUtf8(key))) {
                if (const auto at = keyIndex.find(name); at != keyIndex.cend())
                    found << *at;
            }
            cells = keysOf.insert(QByteArray(key.constData(), key.size()), found);
        }
        for (qsizetype c : *cells)
            perCell[period * data.keys.size() + c] << days;
    }
    const QString stepError = rc == SQLITE_DONE ? QString() : QString::fromUtf8(sqlite3_errmsg(h));
    sqlite3_finalize(stmt);
    if (!stepError.isEmpty())
        return Status::failure(stepError);
    for (qsizetype i = 0; i < perCell.size(); ++i)
        data.cells[i].days = spread(perCell[i]);
    for (qsizetype p = 0; p < perPeriod.size(); ++p)
        data.periodTotals[p].days = spread(perPeriod[p]);
    return {};
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
