// SPDX-License-Identifier: GPL-3.0-or-later
#include "FacetQuery.h"

#include "Database.h"
#include "DateSplit.h"
#include "MatchSet.h"
#include "SqliteBind.h"

#include <sqlite3.h>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace jikenbo {

namespace {

QByteArrayView columnText(sqlite3_stmt *stmt, int col)
{
    const auto *t = reinterpret_cast<const char *>(sqlite3_column_text(stmt, col));
    return QByteArrayView(t ? t : "", sqlite3_column_bytes(stmt, col));
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

// CAST(substr(text, 1, 4) AS INTEGER) as SQLite reads it: blanks, a sign, then digits, up to
// the first other character; 0 when there are no digits.
qint64 leadingYear(const char *t, int n)
{
    // The first four characters: any byte of a multi-byte character ends the number anyway.
    n = std::min(n, 4);
    int i = 0;
    while (i < n && isSpace(t[i]))
        ++i;
    bool negative = false;
    if (i < n && (t[i] == '-' || t[i] == '+'))
        negative = t[i++] == '-';
    qint64 v = 0;
    while (i < n && t[i] >= '0' && t[i] <= '9')
        v = v * 10 + (t[i++] - '0');
    return negative ? -v : v;
}

} // namespace

void TextCounts::add(QByteArrayView text, qint64 n)
{
    const int id = m_ids.id(text);
    if (id == m_counts.size())
        m_counts.append(0);
    m_counts[id] += n;
}

void TextCounts::merge(const TextCounts &other)
{
    other.forEach([this](const QByteArray &text, qint64 n) { add(text, n); });
}

void FacetTally::add(sqlite3_stmt *stmt, int first, qint64 year)
{
    causes.add(columnText(stmt, first));
    sectors.add(columnText(stmt, first + 1));
    ++years[year];
    contractor += sqlite3_column_int64(stmt, first + 2) == 1 ? 1 : 0;
    if (sqlite3_column_bytes(stmt, first + 3) > 0)
        kindSets.add(columnText(stmt, first + 3));
}

void FacetTally::merge(const FacetTally &other)
{
    causes.merge(other.causes);
    sectors.merge(other.sectors);
    for (auto it = other.years.cbegin(); it != other.years.cend(); ++it)
        years[it.key()] += it.value();
    kindSets.merge(other.kindSets);
    contractor += other.contractor;
}

FacetCounts FacetTally::counts() const
{
    FacetCounts out;
    auto byCount = [](const FacetValue &a, const FacetValue &b) {
        return a.count != b.count ? a.count > b.count : a.value < b.value;
    };
    causes.forEach([&out](const QByteArray &value, qint64 n) {
        out.causes.append({QString::fromUtf8(value), n});
    });
    sectors.forEach([&out](const QByteArray &value, qint64 n) {
        out.sectors.append({QString::fromUtf8(value), n});
    });
    std::sort(out.causes.begin(), out.causes.end(), byCount);
    std::sort(out.sectors.begin(), out.sectors.end(), byCount);
    // Years by count, then in number order (not as text).
    std::vector<std::pair<qint64, qint64>> yearCounts;
    for (auto it = years.cbegin(); it != years.cend(); ++it)
        yearCounts.emplace_back(it.key(), it.value());
    std::sort(yearCounts.begin(), yearCounts.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    for (const auto &[year, n] : yearCounts)
        out.years.append({QString::number(year), n});
    QHash<QString, qint64> kinds;
    kindSets.forEach([&kinds](const QByteArray &set, qint64 n) {
        for (const QString &k : QString::fromUtf8(set).split(u',', Qt::SkipEmptyParts))
            kinds[k] += n;
    });
    for (auto it = kinds.cbegin(); it != kinds.cend(); ++it)
        out.dataKinds.append({it.key(), it.value()});
    std::sort(out.dataKinds.begin(), out.dataKinds.end(), byCount);
    if (contractor > 0)
        out.contractor.append({u"contractor"_s, contractor});
    return out;
}

namespace {

// The matching entries of parts of the index tallied (by one connection); an error message, or
// `stopped` when `cancelled` said so.
struct Part
{
    FacetTally tally;
    QString error;
    bool stopped = false;

    // `token`: the set of matches as registered for jk_matches (0: every entry).
    bool read(sqlite3 *h, const DatePart &part, qint64 token,
              const std::function<bool()> &cancelled)
    {
        // The year as the schema's generated column computes it, from the dates the index
        // holds: the columns are read here and the year worked out once per date (the entries
        // come in date order). The matches are tested in the statement, before any column of
        // an entry that is not one is read.
        const QByteArray sql =
            "SELECT i.announced_on, i.posted_on, i.case_year, i.cause, i.sector, "
            "i.via_contractor, i.data_kinds FROM incidents AS i INDEXED BY incidents_trend_cause "
            "WHERE " +
            part.condition.toUtf8() + (token ? " AND jk_matches(i.id, ?)" : "");
        QVariantList binds = part.binds;
        if (token)
            binds << token;
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(h, sql.constData(), int(sql.size()), &stmt, nullptr) != SQLITE_OK ||
            !bindValues(stmt, binds)) {
            error = QString::fromUtf8(sqlite3_errmsg(h));
            sqlite3_finalize(stmt);
            return false;
        }
        QByteArray lastDate;
        bool haveDate = false;
        qint64 year = 0;
        int rc;
        for (qint64 n = 1; (rc = sqlite3_step(stmt)) == SQLITE_ROW; ++n) {
            if ((n & 4095) == 1 && cancelled && cancelled()) {
                stopped = true;
                break;
            }
            const int col = sqlite3_column_type(stmt, 0) != SQLITE_NULL ? 0 : 1;
            if (sqlite3_column_type(stmt, col) == SQLITE_NULL) {
                year = sqlite3_column_int64(stmt, 2); // NULL reads as 0, as before
                haveDate = false;
            } else {
                const auto *d = reinterpret_cast<const char *>(sqlite3_column_text(stmt, col));
                const QByteArrayView date(d, sqlite3_column_bytes(stmt, col));
                if (!haveDate || date != QByteArrayView(lastDate)) {
                    haveDate = true;
                    lastDate = date.toByteArray();
                    year = leadingYear(date.data(), int(date.size()));
                }
            }
            tally.add(stmt, 3, year);
        }
        if (!stopped && rc != SQLITE_DONE)
            error = QString::fromUtf8(sqlite3_errmsg(h));
        sqlite3_finalize(stmt);
        return !stopped && error.isEmpty();
    }
};

} // namespace

Result<FacetCounts> FacetQuery::count(Database &db, std::shared_ptr<const MatchSet> matches,
                                      Database *helper, const std::function<bool()> &cancelled)
{
    using R = Result<FacetCounts>;
    sqlite3 *h = db.handle();
    const auto version = helper ? queryInt(h, "PRAGMA data_version") : std::nullopt;
    MatchSetScope held(db);
    const qint64 token = matches ? held.hold(matches) : 0;
    // Parts of the index by date, each read by whichever connection is free.
    const QList<DatePart> parts = helper ? announcedOnParts(h, PartsPerScan) : QList<DatePart>();
    Part own;
    if (!parts.isEmpty()) {
        Part other;
        readParts(h, helper->handle(), parts.size(), [&](sqlite3 *c, qsizetype k) {
            return (c == h ? own : other).read(c, parts[k], token, cancelled);
        });
        if (own.error.isEmpty())
            own.error = other.error;
        own.stopped = own.stopped || other.stopped;
        own.tally.merge(other.tally);
    } else {
        own.read(h, {u"1"_s, {}}, token, cancelled);
    }
    if (own.stopped)
        return R::failure(QString());
    if (!own.error.isEmpty())
        return R::failure(own.error);
    if (helper && queryInt(h, "PRAGMA data_version") != version)
        return count(db, std::move(matches), nullptr, cancelled);
    return own.tally.counts();
}

} // namespace jikenbo
