// SPDX-License-Identifier: GPL-3.0-or-later
// The trend aggregation (TrendQuery) behind the Trends view and `jikenbo-cli stats`.
#include "TestSupport.h"
#include "classify/Classifier.h"
#include "classify/RuleSet.h"
#include "classify/SchemeMap.h"
#include "classify/Taxonomy.h"
#include "core/ParsedPost.h"
#include "ingest/SyntheticCorpus.h"
#include "jobs/Importer.h"
#include "search/QueryParser.h"
#include "store/Database.h"
#include "store/DateSplit.h"
#include "store/FacetQuery.h"
#include "store/IncidentQuery.h"
#include "store/IncidentStore.h"
#include "store/MatchSet.h"
#include "store/TrendQuery.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;
using namespace jikenbo;

namespace {

Query parse(const QString &text)
{
    const ParsedQuery pq = QueryParser::parse(text, Taxonomy::builtIn());
    if (!pq.ok())
        qFatal("bad query in test: %s", qPrintable(text));
    return pq.query;
}

TrendData compute(Database &db, const QString &query, TrendPeriod period,
                  TrendBy by = TrendBy::Cause, bool disclosure = false)
{
    TrendOptions o;
    o.period = period;
    o.by = by;
    o.disclosure = disclosure;
    auto r = TrendQuery::compute(db, parse(query), o);
    if (!r.ok())
        qFatal("trend query failed: %s", qPrintable(r.error()));
    return r.value();
}

// The bucket of a period and key, or zeros when the result has no such bucket.
TrendCell bucket(const TrendData &d, const QString &period, const QString &key)
{
    const qsizetype p = d.periods.indexOf(period);
    const qsizetype k = d.keys.indexOf(key);
    return p < 0 || k < 0 ? TrendCell{} : d.cell(p, k);
}

// Quartiles by linear interpolation between the sorted values, written out apart from
// TrendQuery: the value at rank q·(n−1).
double quantileOf(QList<int> values, double q)
{
    std::sort(values.begin(), values.end());
    const double rank = q * double(values.size() - 1);
    const int below = int(std::floor(rank));
    const int above = int(std::ceil(rank));
    return values[below] + (rank - below) * (values[above] - values[below]);
}

constexpr TrendBy AllSplits[] = {TrendBy::Cause, TrendBy::Sector, TrendBy::DataKind,
                                 TrendBy::Contractor};

// A notice written here, stored as import would store it.
struct Notice
{
    QString date;   // announced (ISO), may be empty
    QString posted; // the feed's published date (ISO), may be empty
    QString cause = u"misconfiguration"_s;
    QString sector = u"company"_s;
    std::optional<qint64> affected;
};

bool store(Database &db, const QList<Notice> &notices)
{
    if (!db.begin().ok())
        return false;
    IncidentStore s(db);
    int seq = 0;
    for (const Notice &n : notices) {
        ++seq;
        ParsedPost p;
        p.caseYear = 2023;
        p.caseSeq = seq;
        p.caseId = u"2023-%1"_s.arg(seq, 3, 10, QChar(u'0'));
        p.organization = u"株式会社テスト%1"_s.arg(seq);
        p.title = p.organization + u" 設定不備による情報流出について"_s;
        p.body = u"設定に不備がありました。"_s;
        p.announcedOn = QDate::fromString(n.date, Qt::ISODate);
        p.postedOn = QDate::fromString(n.posted, Qt::ISODate);
        if (n.affected)
            p.affected = AffectedCount{*n.affected, u"%1名"_s.arg(*n.affected)};
        Classification c;
        c.cause = n.cause;
        c.causeOrigin = u"rule"_s;
        c.sector = n.sector;
        if (!s.upsert(p, c, u"test"_s, u"test"_s).ok()) {
            db.rollback();
            return false;
        }
    }
    return db.commit().ok();
}

} // namespace

class TestTrends : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_seeds;
    int m_dbCount = 0;

    std::unique_ptr<Database> freshDb(const QList<Notice> &notices)
    {
        auto db = test::openDb(m_dir.filePath(u"synthetic-%1.sqlite"_s.arg(++m_dbCount)));
        if (db && !store(*db, notices))
            return nullptr;
        return db;
    }

    // 4,500 synthetic notices of varied text (made once), some without any date and some with
    // only the date of the post: enough for the full-text matches and the covering index to be
    // read in two parts.
    std::unique_ptr<Database> variedDb()
    {
        const QString path = m_dir.filePath(u"varied.sqlite"_s);
        if (QFile::exists(path))
            return test::openDb(path);
        SyntheticCorpus::Options corpus;
        corpus.notices = 4500;
        corpus.perFile = 1500;
        corpus.variedText = true;
        if (!SyntheticCorpus::write(m_dir.filePath(u"varied"_s), corpus).ok())
            return nullptr;
        auto db = test::openDb(path);
        if (!db)
            return nullptr;
        const Classifier classifier(Taxonomy::builtIn(), RuleSet::builtIn());
        Importer importer(*db, classifier);
        if (importer.importPaths({m_dir.filePath(u"varied"_s)}).added != 4500)
            return nullptr;
        QSqlQuery u(db->sql());
        if (!u.exec(u"UPDATE incidents SET announced_on = NULL WHERE id % 17 = 0"_s) ||
            !u.exec(u"UPDATE incidents SET posted_on = NULL WHERE id % 51 = 0"_s))
            return nullptr;
        return db;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // Month by cause over the label-sourced notices of the seeds, against what the gold file says
    // of the same notices: counts, people affected, notices of unknown size, and the undated.
    void seedLabelRowsMatchGold()
    {
        JIKENBO_REQUIRE_SHARED();
        m_seeds = test::openDb(m_dir.filePath(u"seeds.sqlite"_s));
        QVERIFY(m_seeds);
        const Classifier classifier(Taxonomy::builtIn(), RuleSet::builtIn());
        Importer importer(*m_seeds, classifier);
        QCOMPARE(importer.importPaths({test::seedsDir()}).added, 74);

        QHash<QString, TrendCell> expected; // "2023-07|misconfiguration"
        qint64 rows = 0, undated = 0;
        for (const auto &row : test::readTsv(test::goldFile(u"seeds_gold.tsv"_s))) {
            if (row.value(u"cause_source"_s) != u"label"_s)
                continue;
            ++rows;
            const QString date = row.value(u"announced_date"_s);
            if (date.isEmpty()) {
                ++undated;
                continue;
            }
            TrendCell &c = expected[date.left(7) + u'|' + row.value(u"cause"_s)];
            ++c.count;
            const QString affected = row.value(u"affected"_s);
            // The gold counts 122 files of personal data for this notice, with no count of
            // people or records; a count of files is never taken as the affected (issue 14), so
            // the notice is one of unknown size.
            const bool countOfFiles = row.value(u"file"_s) == u"004_8eea4ca2e536ef24.txt"_s &&
                                      row.value(u"line"_s) == u"319"_s;
            if (affected.isEmpty() || countOfFiles)
                ++c.unknownSize;
            else
                c.affected += affected.toLongLong();
        }
        QCOMPARE(rows, 40);

        const TrendData d = compute(*m_seeds, u"origin:label"_s, TrendPeriod::Month);
        QCOMPARE(d.total, rows);
        QCOMPARE(d.noDate, undated);
        qint64 nonEmpty = 0;
        for (qsizetype p = 0; p < d.periods.size(); ++p) {
            for (qsizetype k = 0; k < d.keys.size(); ++k) {
                const QString id = d.periods[p] + u'|' + d.keys[k];
                const TrendCell want = expected.value(id);
                QVERIFY2(
                    d.cell(p, k) == want,
                    qPrintable(u"%1: %2 incidents, %3 people, %4 unknown; gold %5, %6, %7"_s.arg(id)
                                   .arg(d.cell(p, k).count)
                                   .arg(d.cell(p, k).affected)
                                   .arg(d.cell(p, k).unknownSize)
                                   .arg(want.count)
                                   .arg(want.affected)
                                   .arg(want.unknownSize)));
                nonEmpty += d.cell(p, k).count > 0;
            }
        }
        QCOMPARE(nonEmpty, expected.size()); // no gold bucket is missing from the result
        // The label pages are 内部犯行 (2024-02..04) and 設定ミス (2023-06..10).
        QCOMPARE(d.keys, (QStringList{u"misconfiguration"_s, u"insider"_s}));
        QCOMPARE(d.periods.first(), u"2023-06"_s);
        QCOMPARE(d.periods.last(), u"2024-04"_s);
        QCOMPARE(d.periods.size(), 11); // no gaps
        QCOMPARE(bucket(d, u"2023-11"_s, u"misconfiguration"_s).count, 0);
    }

    // Every bucket's query terms (the drill-down) find exactly the incidents it counts.
    void drillTermsFindTheBucket()
    {
        if (!m_seeds)
            QSKIP("needs the seeds database of seedLabelRowsMatchGold");
        for (TrendPeriod period : {TrendPeriod::Month, TrendPeriod::Quarter, TrendPeriod::Year}) {
            for (TrendBy by : AllSplits) {
                const TrendData d = compute(*m_seeds, QString(), period, by);
                QCOMPARE(d.total, 74);
                qint64 sum = 0;
                for (qsizetype p = 0; p < d.periods.size(); ++p) {
                    const QString date = TrendQuery::dateTerm(d.periods[p], period);
                    qint64 cells = 0;
                    for (qsizetype k = 0; k < d.keys.size(); ++k) {
                        const QString q = TrendQuery::categoryTerm(by, d.keys[k]) + u' ' + date;
                        QCOMPARE(IncidentQuery::count(*m_seeds, parse(q)).value(),
                                 d.cell(p, k).count);
                        cells += d.cell(p, k).count;
                    }
                    // The period's incidents, each once; with data kinds an incident that
                    // leaked two kinds is in two cells.
                    QCOMPARE(IncidentQuery::count(*m_seeds, parse(date)).value(),
                             d.periodTotals[p].count);
                    if (by == TrendBy::DataKind)
                        QVERIFY(cells >= d.periodTotals[p].count);
                    else
                        QCOMPARE(cells, d.periodTotals[p].count);
                    sum += d.periodTotals[p].count;
                }
                QCOMPARE(sum + d.noDate, d.total);
                QCOMPARE(IncidentQuery::count(*m_seeds, parse(u"-has:date"_s)).value(), d.noDate);
            }
        }
    }

    // Free text in the query: the scan of the covering index tests each entry against the
    // matches read once into a set (MatchSet); every bucket holds exactly the incidents that
    // SQLite's own statement finds for the bucket's terms and the query, and the days to
    // disclosure are those of the incidents.
    void fullTextBucketsAreTheirIncidents_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("word") << u"不正アクセス"_s;
        QTest::newRow("OR") << u"個人情報 OR メール"_s;
        QTest::newRow("negated word") << u"-不正アクセス"_s;
        QTest::newRow("word and not word") << u"個人情報 -メール"_s;
        QTest::newRow("word and field") << u"個人情報 cause:unauthorized_access"_s;
        QTest::newRow("word and year (not in the index)") << u"個人情報 year:2023"_s;
        QTest::newRow("organisation") << u"org:株式会社"_s;
        QTest::newRow("found nowhere") << u"zzzqqq"_s;
    }

    void fullTextBucketsAreTheirIncidents()
    {
        QFETCH(QString, query);
        if (!m_seeds)
            QSKIP("needs the seeds database of seedLabelRowsMatchGold");
        ListOptions all;
        for (TrendBy by : AllSplits) {
            const TrendData d = compute(*m_seeds, query, TrendPeriod::Year, by, true);
            QCOMPARE(d.total, IncidentQuery::count(*m_seeds, parse(query)).value());
            qint64 withDays = 0;
            for (qsizetype p = 0; p < d.periods.size(); ++p) {
                const QString date = TrendQuery::dateTerm(d.periods[p], TrendPeriod::Year);
                for (qsizetype k = 0; k < d.keys.size(); ++k) {
                    const QString q = TrendQuery::categoryTerm(by, d.keys[k]) + u' ' + date +
                                      u" ("_s + query + u')';
                    const auto rows = IncidentQuery::fetch(*m_seeds, parse(q), all);
                    QVERIFY(rows.ok());
                    QCOMPARE(d.cell(p, k).count, qint64(rows->size()));
                    QList<int> days;
                    for (const IncidentRecord &r : rows.value()) {
                        if (r.facts.disclosureDays)
                            days << *r.facts.disclosureDays;
                    }
                    QCOMPARE(d.cell(p, k).days.n, days.size());
                    if (!days.isEmpty()) {
                        QCOMPARE(d.cell(p, k).days.max,
                                 *std::max_element(days.cbegin(), days.cend()));
                        QVERIFY(qFuzzyCompare(1 + d.cell(p, k).days.median,
                                              1 + quantileOf(days, 0.5)));
                    }
                }
                withDays += d.periodTotals[p].days.n;
            }
            QCOMPARE(withDays, d.withDays);
        }
        // The set path is the one taken when the covering index is scanned.
        const SqlWhere w = QuerySql::where(parse(query));
        if (w.sql.contains(QuerySql::ftsCondition()) && !query.contains(u"year:"_s)) {
            MatchSetScope sets(*m_seeds);
            const auto substituted = sets.substitute(w);
            QVERIFY2(substituted.ok(), qPrintable(substituted.error()));
            QVERIFY(substituted->sql.contains(u"jk_matches(i.id, ?)"_s));
            QVERIFY(!substituted->sql.contains(u"incident_fts"_s));
        }
    }

    // A set lives as long as its scope: a statement bound to it afterwards fails, it never
    // reads another set.
    void matchSetsEndWithTheirScope()
    {
        if (!m_seeds)
            QSKIP("needs the seeds database of seedLabelRowsMatchGold");
        const SqlWhere w = QuerySql::where(parse(u"不正アクセス OR -メール"_s));
        SqlWhere substituted;
        qint64 inScope = -1;
        const qint64 expected = IncidentQuery::count(*m_seeds, parse(u"不正アクセス OR -メール"_s)).value();
        auto countOf = [&](const SqlWhere &c) -> qint64 {
            QSqlQuery q(m_seeds->sql());
            if (!q.prepare(u"SELECT count(*) FROM incidents AS i WHERE "_s + c.sql))
                return -2;
            for (int i = 0; i < c.binds.size(); ++i)
                q.bindValue(i, c.binds[i]);
            return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
        };
        {
            MatchSetScope sets(*m_seeds);
            auto r = sets.substitute(w);
            QVERIFY(r.ok());
            substituted = r.value();
            inScope = countOf(substituted);
        }
        QVERIFY(expected > 0);
        QCOMPARE(inScope, expected);
        QCOMPARE(countOf(substituted), -1);
    }

    // The seeds leak several kinds at once, and some go through a contractor: the splits see it.
    void dataKindAndContractorSplits()
    {
        if (!m_seeds)
            QSKIP("needs the seeds database of seedLabelRowsMatchGold");
        const TrendData kinds = compute(*m_seeds, QString(), TrendPeriod::Year, TrendBy::DataKind);
        QVERIFY(kinds.keys.contains(u"name"_s));
        QVERIFY(kinds.keys.contains(u"none"_s));
        // In the vocabulary's order, "none" last.
        QCOMPARE(kinds.keys.first(), u"name"_s);
        QCOMPARE(kinds.keys.last(), u"none"_s);
        qint64 inCells = 0, incidents = 0;
        for (const TrendCell &c : kinds.cells)
            inCells += c.count;
        for (const TrendCell &c : kinds.periodTotals)
            incidents += c.count;
        QCOMPARE(incidents, kinds.total - kinds.noDate);
        QVERIFY2(inCells > incidents, qPrintable(u"%1 %2"_s.arg(inCells).arg(incidents)));
        QCOMPARE(TrendQuery::categoryName(kinds.options, u"none"_s), u"None named"_s);

        const TrendData via =
            compute(*m_seeds, QString(), TrendPeriod::Year, TrendBy::Contractor);
        QCOMPARE(via.keys, (QStringList{u"contractor"_s, u"direct"_s}));
        qint64 contractor = 0;
        for (qsizetype p = 0; p < via.periods.size(); ++p)
            contractor += via.cell(p, 0).count;
        QCOMPARE(contractor, IncidentQuery::count(*m_seeds, parse(u"via:contractor has:date"_s))
                                 .value());
        QVERIFY(contractor > 0);
    }

    // The days to disclosure of each bucket are those of the incidents its query finds with
    // lag:>=0, for every split; each period's are those of all its incidents, each once.
    void daysSpreadIsTheBucketsIncidents()
    {
        if (!m_seeds)
            QSKIP("needs the seeds database of seedLabelRowsMatchGold");
        ListOptions all;
        auto daysOf = [&](const QString &query) {
            QList<int> days;
            const auto rows = IncidentQuery::fetch(*m_seeds, parse(query), all);
            for (const IncidentRecord &r : rows.value()) {
                if (r.facts.disclosureDays)
                    days << *r.facts.disclosureDays;
            }
            return days;
        };
        const qint64 withDays = IncidentQuery::count(*m_seeds, parse(u"lag:>=0 has:date"_s)).value();
        QVERIFY2(withDays >= 20, qPrintable(QString::number(withDays)));
        auto same = [](const DaysSpread &s, const QList<int> &days) {
            if (s.n != days.size())
                return false;
            if (days.isEmpty())
                return s == DaysSpread{};
            return s.min == *std::min_element(days.cbegin(), days.cend()) &&
                   s.max == *std::max_element(days.cbegin(), days.cend()) &&
                   qFuzzyCompare(1 + s.q1, 1 + quantileOf(days, 0.25)) &&
                   qFuzzyCompare(1 + s.median, 1 + quantileOf(days, 0.5)) &&
                   qFuzzyCompare(1 + s.q3, 1 + quantileOf(days, 0.75));
        };
        for (TrendBy by : AllSplits) {
            const TrendData d = compute(*m_seeds, QString(), TrendPeriod::Year, by, true);
            QCOMPARE(d.withDays, withDays);
            qint64 n = 0;
            for (qsizetype p = 0; p < d.periods.size(); ++p) {
                const QString date = TrendQuery::dateTerm(d.periods[p], TrendPeriod::Year);
                QVERIFY(same(d.periodTotals[p].days, daysOf(date + u" lag:>=0"_s)));
                n += d.periodTotals[p].days.n;
                for (qsizetype k = 0; k < d.keys.size(); ++k) {
                    const QString q =
                        TrendQuery::categoryTerm(by, d.keys[k]) + u' ' + date + u" lag:>=0"_s;
                    QVERIFY2(same(d.cell(p, k).days, daysOf(q)), qPrintable(q));
                }
            }
            QCOMPARE(n, withDays);
            // Without the option nothing is read.
            const TrendData plain = compute(*m_seeds, QString(), TrendPeriod::Year, by);
            QCOMPARE(plain.withDays, 0);
            for (const TrendCell &c : plain.cells)
                QCOMPARE(c.days.n, 0);
        }
    }

    void spreadQuantiles()
    {
        QList<int> four{4, 1, 3, 2};
        const DaysSpread s = TrendQuery::spread(four);
        QCOMPARE(s.n, 4);
        QCOMPARE(s.min, 1.0);
        QCOMPARE(s.q1, 1.75);
        QCOMPARE(s.median, 2.5);
        QCOMPARE(s.q3, 3.25);
        QCOMPARE(s.max, 4.0);
        QList<int> one{9};
        QCOMPARE(TrendQuery::spread(one), (DaysSpread{1, 9, 9, 9, 9, 9}));
        QList<int> none;
        QCOMPARE(TrendQuery::spread(none), DaysSpread{});
        QList<int> odd{30, 0, 7, 14, 200};
        const DaysSpread o = TrendQuery::spread(odd);
        QCOMPARE(o.median, 14.0);
        QCOMPARE(o.q1, 7.0);
        QCOMPARE(o.q3, 30.0);
    }

    void quartersAndYearsSumTheMonths()
    {
        if (!m_seeds)
            QSKIP("needs the seeds database of seedLabelRowsMatchGold");
        const TrendData months = compute(*m_seeds, QString(), TrendPeriod::Month);
        const TrendData quarters = compute(*m_seeds, QString(), TrendPeriod::Quarter);
        const TrendData years = compute(*m_seeds, QString(), TrendPeriod::Year);
        QCOMPARE(quarters.keys, months.keys);
        QCOMPARE(years.keys, months.keys);
        for (qsizetype k = 0; k < months.keys.size(); ++k) {
            QHash<QString, TrendCell> byQuarter, byYear;
            for (qsizetype p = 0; p < months.periods.size(); ++p) {
                const QDate first =
                    TrendQuery::periodBounds(months.periods[p], TrendPeriod::Month).first;
                const TrendCell &m = months.cell(p, k);
                for (TrendCell *c :
                     {&byQuarter[TrendQuery::periodLabel(first, TrendPeriod::Quarter)],
                      &byYear[TrendQuery::periodLabel(first, TrendPeriod::Year)]}) {
                    c->count += m.count;
                    c->affected += m.affected;
                    c->unknownSize += m.unknownSize;
                }
            }
            for (qsizetype p = 0; p < quarters.periods.size(); ++p)
                QCOMPARE(quarters.cell(p, k), byQuarter.value(quarters.periods[p]));
            for (qsizetype p = 0; p < years.periods.size(); ++p)
                QCOMPARE(years.cell(p, k), byYear.value(years.periods[p]));
        }
        QCOMPARE(quarters.noDate, months.noDate);
        QCOMPARE(years.noDate, months.noDate);
    }

    void bucketsAtBoundaries()
    {
        const QList<Notice> notices{
            {u"2023-01-01"_s, {}},
            {u"2023-03-31"_s, {}},
            {u"2023-04-01"_s, {}},
            {u"2023-06-30"_s, {}},
            {u"2023-07-01"_s, {}},
            {u"2023-12-31"_s, {}},
            {u"2024-01-01"_s, {}},
            {u"2024-02-29"_s, {}},
            // No announced date: the feed's published date counts.
            {QString(), u"2023-09-30"_s},
            // Announced wins over published.
            {u"2023-10-01"_s, u"2023-09-15"_s},
        };
        auto db = freshDb(notices);
        QVERIFY(db);

        const TrendData m = compute(*db, QString(), TrendPeriod::Month);
        QCOMPARE(m.total, 10);
        QCOMPARE(m.noDate, 0);
        QCOMPARE(m.periods.size(), 14); // 2023-01 .. 2024-02
        QCOMPARE(m.periods.first(), u"2023-01"_s);
        QCOMPARE(m.periods.last(), u"2024-02"_s);
        const QHash<QString, qint64> months{{u"2023-01"_s, 1}, {u"2023-02"_s, 0}, {u"2023-03"_s, 1},
                                            {u"2023-04"_s, 1}, {u"2023-06"_s, 1}, {u"2023-07"_s, 1},
                                            {u"2023-09"_s, 1}, {u"2023-10"_s, 1}, {u"2023-12"_s, 1},
                                            {u"2024-01"_s, 1}, {u"2024-02"_s, 1}};
        for (auto it = months.begin(); it != months.end(); ++it)
            QVERIFY2(bucket(m, it.key(), u"misconfiguration"_s).count == it.value(),
                     qPrintable(it.key()));

        const TrendData q = compute(*db, QString(), TrendPeriod::Quarter);
        QCOMPARE(q.periods, (QStringList{u"2023-Q1"_s, u"2023-Q2"_s, u"2023-Q3"_s, u"2023-Q4"_s,
                                         u"2024-Q1"_s}));
        const QList<qint64> perQuarter{2, 2, 2, 2, 2};
        for (qsizetype p = 0; p < q.periods.size(); ++p)
            QVERIFY2(q.cell(p, 0).count == perQuarter[p], qPrintable(q.periods[p]));

        const TrendData y = compute(*db, QString(), TrendPeriod::Year);
        QCOMPARE(y.periods, (QStringList{u"2023"_s, u"2024"_s}));
        QCOMPARE(y.cell(0, 0).count, 8);
        QCOMPARE(y.cell(1, 0).count, 2);
    }

    void emptyPeriodsAreZero()
    {
        auto db = freshDb(
            {{u"2020-01-15"_s, {}}, {u"2020-05-20"_s, {}, u"ransomware"_s}, {u"2023-02-01"_s, {}}});
        QVERIFY(db);
        const TrendData m = compute(*db, QString(), TrendPeriod::Month);
        QCOMPARE(m.periods.size(), 3 * 12 + 2); // 2020-01 .. 2023-02
        QCOMPARE(m.keys, (QStringList{u"ransomware"_s, u"misconfiguration"_s})); // taxonomy order
        QCOMPARE(m.cells.size(), m.periods.size() * 2);
        qint64 zeros = 0;
        for (const TrendCell &c : m.cells)
            zeros += c.count == 0;
        QCOMPARE(zeros, m.cells.size() - 3);
        QCOMPARE(bucket(m, u"2020-03"_s, u"ransomware"_s), TrendCell{});

        const TrendData y = compute(*db, QString(), TrendPeriod::Year);
        QCOMPARE(y.periods, (QStringList{u"2020"_s, u"2021"_s, u"2022"_s, u"2023"_s}));
        QCOMPARE(bucket(y, u"2021"_s, u"misconfiguration"_s).count, 0);
        QCOMPARE(bucket(y, u"2022"_s, u"ransomware"_s).count, 0);

        // The JSON has a row for every period and category, zeros included.
        const QJsonObject json = TrendQuery::toJson(y);
        QCOMPARE(json.value(u"rows"_s).toArray().size(), 4 * 2);
    }

    void undatedAreCountedApart()
    {
        auto db = freshDb({{QString(), {}}, {QString(), {}, u"insider"_s}, {u"2023-05-05"_s, {}}});
        QVERIFY(db);
        const TrendData d = compute(*db, QString(), TrendPeriod::Month);
        QCOMPARE(d.total, 3);
        QCOMPARE(d.noDate, 2);
        QCOMPARE(d.periods, QStringList{u"2023-05"_s});
        QCOMPARE(d.keys, QStringList{u"misconfiguration"_s}); // insider occurs only undated
        QCOMPARE(d.cell(0, 0).count, 1);

        auto none = freshDb({{QString(), {}}, {QString(), {}}});
        QVERIFY(none);
        const TrendData u = compute(*none, QString(), TrendPeriod::Year);
        QCOMPARE(u.total, 2);
        QCOMPARE(u.noDate, 2);
        QVERIFY(u.periods.isEmpty());
        QVERIFY(u.cells.isEmpty());
        const QJsonObject json = TrendQuery::toJson(u);
        QCOMPARE(json.value(u"no_date"_s).toInteger(), 2);
        QVERIFY(json.value(u"rows"_s).toArray().isEmpty());
    }

    void peopleAndUnknownSizes()
    {
        auto db = freshDb({{u"2023-05-01"_s, {}, u"malware"_s, u"medical"_s, 100},
                           {u"2023-05-02"_s, {}, u"malware"_s, u"medical"_s, 2500},
                           {u"2023-05-03"_s, {}, u"malware"_s, u"education"_s, std::nullopt},
                           {u"2023-05-04"_s, {}, u"malware"_s, u"medical"_s, 0}});
        QVERIFY(db);
        const TrendData c = compute(*db, QString(), TrendPeriod::Month);
        QCOMPARE(c.cell(0, 0), (TrendCell{4, 2600, 1}));
        const TrendData s = compute(*db, QString(), TrendPeriod::Month, TrendBy::Sector);
        QCOMPARE(s.keys, (QStringList{u"medical"_s, u"education"_s}));
        QCOMPARE(s.cell(0, 0), (TrendCell{3, 2600, 0}));
        QCOMPARE(s.cell(0, 1), (TrendCell{1, 0, 1}));
    }

    void followsTheQuery()
    {
        auto db = freshDb({{u"2023-05-01"_s, {}, u"malware"_s},
                           {u"2023-06-01"_s, {}, u"insider"_s},
                           {u"2023-06-02"_s, {}, u"insider"_s, u"police"_s}});
        QVERIFY(db);
        for (const QString &q :
             {u"cause:insider"_s, u"sector:police"_s, u"設定不備"_s, u"-cause:insider"_s,
              u"設定不備 year:2023"_s, u"date:2023-06-01..2023-06-01"_s, u"org:テスト3"_s}) {
            const TrendData d = compute(*db, q, TrendPeriod::Month);
            QCOMPARE(d.total, IncidentQuery::count(*db, parse(q)).value());
        }
        const TrendData d = compute(*db, u"cause:insider"_s, TrendPeriod::Month);
        QCOMPARE(d.periods, QStringList{u"2023-06"_s});
        QCOMPARE(d.keys, QStringList{u"insider"_s});
        QCOMPARE(d.cell(0, 0).count, 2);
    }

    // Every incident (the broadest query) is counted from the covering index in its order: one
    // pass, no sort of the rows, whatever the categories (they are grouped as the rows come).
    // Narrower queries may use other indexes, as SQLite sees fit.
    void usesTheCoveringIndex()
    {
        auto db = freshDb({{u"2023-05-01"_s, {}}});
        QVERIFY(db);
        for (TrendBy by : AllSplits) {
            for (const QString &text : {QString(), u"-cause:other"_s}) {
                for (bool days : {false, true}) {
                    const SqlWhere w = QuerySql::where(parse(text));
                    QSqlQuery q(db->sql());
                    TrendOptions o;
                    o.by = by;
                    o.period = TrendPeriod::Quarter;
                    o.disclosure = days;
                    QVERIFY(q.prepare(u"EXPLAIN QUERY PLAN "_s + TrendQuery::sql(w, o)));
                    const QVariantList binds = TrendQuery::categorySql(o).binds + w.binds;
                    for (int i = 0; i < binds.size(); ++i)
                        q.bindValue(i, binds[i]);
                    QVERIFY(q.exec());
                    QStringList plan;
                    while (q.next())
                        plan << q.value(3).toString();
                    // The days to disclosure are only in the index by cause.
                    const QString index = by == TrendBy::Sector && !days
                                              ? u"incidents_trend_sector"_s
                                              : u"incidents_trend_cause"_s;
                    QVERIFY2(plan.join(u'\n').contains(u"COVERING INDEX "_s + index),
                             qPrintable(plan.join(u'\n')));
                    QVERIFY2(plan.filter(u"TEMP B-TREE"_s).isEmpty(), qPrintable(plan.join(u'\n')));
                }
            }
        }
    }

    // The sums grouped as the rows come are SQLite's own GROUP BY of the same matches, for every
    // split and period, on notices with varied text, dates, sizes and days to disclosure; and the
    // spread of the days is that of the days SQLite lists per period and category.
    // Every split (and each survey scheme's categories) of each query in each period, computed
    // by this connection alone and in parts with `helper`, against SQLite's own listing of the
    // incidents and their category; `compared` counts the comparisons.
    void compareWithSqlite(Database &db, Database &helper, const QStringList &texts,
                           int *compared)
    {
        struct Split
        {
            TrendBy by;
            QString scheme;
        };
        QList<Split> splits;
        for (TrendBy by : AllSplits)
            splits.append({by, {}});
        for (const QString &id : SchemeMap::builtIn().ids())
            splits.append({TrendBy::Cause, id});

        const QString date = u"COALESCE(i.announced_on, i.posted_on)"_s;
        auto periodSql = [&](TrendPeriod period) -> QString {
            switch (period) {
            case TrendPeriod::Month:
                return u"substr("_s + date + u", 1, 7)"_s;
            case TrendPeriod::Quarter:
                return u"substr("_s + date + u", 1, 4) || '-Q' || ((CAST(substr("_s + date +
                       u", 6, 2) AS INTEGER) + 2) / 3)"_s;
            case TrendPeriod::Year:
                break;
            }
            return u"substr("_s + date + u", 1, 4)"_s;
        };
        *compared = 0;
        // Kept from query to query, as the view's worker keeps it.
        TrendCache cache;
        for (const QString &text : texts) {
            const SqlWhere w = QuerySql::where(parse(text));
            for (const Split &split : splits) {
                const TrendBy by = split.by;
                for (TrendPeriod period :
                     {TrendPeriod::Month, TrendPeriod::Quarter, TrendPeriod::Year}) {
                    TrendOptions o;
                    o.by = by;
                    o.scheme = split.scheme;
                    o.period = period;
                    o.disclosure = true;
                    const auto got = TrendQuery::compute(db, w, o);
                    QVERIFY2(got.ok(), qPrintable(got.error()));
                    const TrendData &d = got.value();
                    // Read in two parts, the second by the helper connection on a thread of
                    // its own, when the whole covering index is scanned: the same result.
                    const auto inParts = TrendQuery::compute(db, w, o, &helper);
                    QVERIFY2(inParts.ok(), qPrintable(inParts.error()));
                    QCOMPARE(inParts.value(), d);
                    const auto kept = TrendQuery::compute(db, w, o, &helper, &cache);
                    QVERIFY2(kept.ok(), qPrintable(kept.error()));
                    QCOMPARE(kept.value(), d);
                    const SqlWhere category = TrendQuery::categorySql(o);
                    QSqlQuery q(db.sql());
                    QVERIFY(q.prepare(u"SELECT "_s + periodSql(period) + u", "_s + category.sql +
                                      u", i.affected, i.disclosure_days FROM incidents AS i "
                                      u"WHERE ("_s +
                                      w.sql + u") AND "_s + date + u" IS NOT NULL"_s));
                    const QVariantList binds = category.binds + w.binds;
                    for (int i = 0; i < binds.size(); ++i)
                        q.bindValue(i, binds[i]);
                    QVERIFY(q.exec());
                    QHash<QString, TrendCell> cells; // "period|key"
                    QHash<QString, QList<int>> days;
                    qint64 dated = 0;
                    while (q.next()) {
                        ++dated;
                        QStringList keys = q.value(1).toString().split(u',', Qt::SkipEmptyParts);
                        if (by != TrendBy::DataKind)
                            keys = {q.value(1).toString()};
                        else if (keys.isEmpty())
                            keys = {u"none"_s};
                        for (const QString &key : keys) {
                            TrendCell &c = cells[q.value(0).toString() + u'|' + key];
                            ++c.count;
                            c.affected += q.value(2).toLongLong();
                            c.unknownSize += q.value(2).isNull() ? 1 : 0;
                            if (!q.value(3).isNull())
                                days[q.value(0).toString() + u'|' + key] << q.value(3).toInt();
                        }
                    }
                    QCOMPARE(d.total, IncidentQuery::count(db, parse(text)).value());
                    QCOMPARE(d.total - d.noDate, dated);
                    QVERIFY(dated > 0);
                    qint64 nonEmpty = 0;
                    for (qsizetype p = 0; p < d.periods.size(); ++p) {
                        for (qsizetype k = 0; k < d.keys.size(); ++k) {
                            const QString at = d.periods[p] + u'|' + d.keys[k];
                            TrendCell want = cells.value(at);
                            want.days = TrendQuery::spread(days[at]);
                            QCOMPARE(d.cell(p, k), want);
                            nonEmpty += d.cell(p, k).count > 0 ? 1 : 0;
                        }
                    }
                    QCOMPARE(nonEmpty, qint64(cells.size()));
                    ++*compared;
                }
            }
        }
    }

    void groupsAsSqliteDoes()
    {
        auto db = variedDb();
        QVERIFY(db);
        auto helper = test::openDb(m_dir.filePath(u"varied.sqlite"_s));
        QVERIFY(helper);
        const QStringList texts{QString(),
                                u"cause:ransomware"_s,
                                u"不正アクセス"_s,
                                u"メール -sector:medical"_s,
                                u"affected:>1000"_s,
                                u"-year:2023"_s,
                                u"year:2000..2030 不正アクセス"_s};
        int compared = 0;
        compareWithSqlite(*db, *helper, texts, &compared);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(compared,
                 int(texts.size() *
                     (qsizetype(std::size(AllSplits)) + SchemeMap::builtIn().ids().size()) * 3));
    }

    // The same on the real notices of the seeds, whose labels and titles a scheme's categories
    // test (盗難 in a label or a title, 廃棄, 改ざん ...).
    void groupsAsSqliteDoesOnTheSeeds()
    {
        if (!m_seeds)
            QSKIP("no seeds");
        auto helper = test::openDb(m_dir.filePath(u"seeds.sqlite"_s));
        QVERIFY(helper);
        const QStringList texts{QString(), u"cause:loss_theft"_s, u"漏えい"_s, u"year:2023"_s};
        int compared = 0;
        compareWithSqlite(*m_seeds, *helper, texts, &compared);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(compared,
                 int(texts.size() *
                     (qsizetype(std::size(AllSplits)) + SchemeMap::builtIn().ids().size()) * 3));
    }

    // A scheme's rule sets kept between aggregations are read again once anything is written,
    // by another connection or by the same one, and when other schemes come into force: each
    // time the kept answer is the one computed afresh, and it has changed.
    void keptSchemeSetsFollowWritesAndSchemes()
    {
        {
            auto varied = variedDb(); // (made once, shared with the other tests: copied)
            QVERIFY(varied);
        }
        const QString path = m_dir.filePath(u"kept.sqlite"_s);
        QFile::remove(path);
        QVERIFY(QFile::copy(m_dir.filePath(u"varied.sqlite"_s), path));
        auto db = test::openDb(path);
        auto other = test::openDb(path);
        QVERIFY(db && other);
        TrendOptions o;
        o.by = TrendBy::Cause;
        o.scheme = u"tsr"_s;
        o.period = TrendPeriod::Year;
        const SqlWhere all = QuerySql::where(parse(QString()));
        TrendCache cache;
        auto theft = [&](const TrendData &d) {
            qint64 n = 0;
            const qsizetype k = d.keys.indexOf(u"theft"_s);
            for (qsizetype p = 0; k >= 0 && p < d.periods.size(); ++p)
                n += d.cell(p, k).count;
            return n;
        };
        // Kept and fresh agree, and the kept answer differs from `before`.
        auto keptIsFresh = [&](const TrendData &before) -> std::optional<TrendData> {
            const auto kept = TrendQuery::compute(*db, all, o, nullptr, &cache);
            const auto fresh = TrendQuery::compute(*db, all, o);
            if (!kept.ok() || !fresh.ok() || !(kept.value() == fresh.value()) ||
                theft(kept.value()) == theft(before))
                return std::nullopt;
            return kept.value();
        };
        const auto first = TrendQuery::compute(*db, all, o, nullptr, &cache);
        QVERIFY2(first.ok(), qPrintable(first.error()));
        // A label that makes a loss a theft (tsr: 盗難 in a label of loss_theft), written by
        // another connection, then by this one.
        const QString makeTheft = u"UPDATE incidents SET labels = '[\"盗難\"]' WHERE id IN (SELECT "
                                  u"id FROM incidents WHERE cause = 'loss_theft' AND labels NOT "
                                  u"LIKE '%盗難%' ORDER BY id LIMIT 20)"_s;
        QVERIFY(other->exec(makeTheft).ok());
        const auto afterOther = keptIsFresh(first.value());
        QVERIFY(afterOther);
        QVERIFY(db->exec(makeTheft).ok());
        const auto afterOwn = keptIsFresh(*afterOther);
        QVERIFY(afterOwn);
        // Other schemes in force: 盗難 in a label of loss_theft makes a loss, not a theft.
        QFile builtIn(u":/jikenbo/data/schemes.json"_s);
        QVERIFY(builtIn.open(QIODevice::ReadOnly));
        QByteArray json = builtIn.readAll();
        const QByteArray rule = R"("label": ["盗難"], "category": "theft")";
        const qsizetype at = json.indexOf(rule); // (TSR's, the first)
        QVERIFY(at > 0);
        json.replace(at, rule.size(), R"("label": ["盗難"], "category": "loss")");
        const QString file = m_dir.filePath(u"schemes.json"_s);
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(json);
        out.close();
        const auto restore = qScopeGuard([] { SchemeMap::reset(); });
        const Status used = SchemeMap::useFile(file);
        QVERIFY2(used.ok(), qPrintable(used.error()));
        QVERIFY(keptIsFresh(*afterOwn));
    }

    // A facet's values counted by comparing them in turn while they are few, through a hash
    // once there are more: the same counts either way, merged from two passes as from one.
    void textCountsFewAndMany()
    {
        QMap<QByteArray, qint64> want;
        TextCounts one, first, second;
        // 40 values, seen 1 to 40 times in an order that mixes them; some are prefixes of
        // others and some share a length.
        for (int round = 0; round < 40; ++round) {
            for (int v = round; v < 40; ++v) {
                const QByteArray text = "v" + QByteArray(v % 5, 'x') + QByteArray::number(v);
                ++want[text];
                one.add(text);
                ((v + round) % 2 ? first : second).add(text);
            }
        }
        auto asMap = [](const TextCounts &c) {
            QMap<QByteArray, qint64> m;
            c.forEach(
                [&m](const QByteArray &text, qint64 n) { m.insert(text, m.value(text) + n); });
            return m;
        };
        QCOMPARE(want.size(), 40);
        QCOMPARE(asMap(one), want);
        first.merge(second);
        QCOMPARE(asMap(first), want);
        // Each value once in the list (the merge added to those already there).
        qsizetype entries = 0;
        first.forEach([&entries](const QByteArray &, qint64) { ++entries; });
        QCOMPARE(entries, qsizetype(40));
        TextCounts few;
        few.add("a", 2);
        few.add("ab");
        few.add("a");
        QCOMPARE(asMap(few), (QMap<QByteArray, qint64>{{"a", 3}, {"ab", 1}}));
    }

    // The facet pass over the covering index (the table's sidebar when many match): the counts
    // SQLite's own grouping gives for the same matches, read whole or in parts by date by two
    // connections, and a pass told to stop stops.
    void facetsAsSqliteDoes()
    {
        auto db = variedDb();
        QVERIFY(db);
        auto helper = test::openDb(m_dir.filePath(u"varied.sqlite"_s));
        QVERIFY(helper);
        QVERIFY(announcedOnParts(db->handle(), PartsPerScan).size() > 2); // the parts are taken
        auto flat = [](const QList<FacetValue> &values) {
            QStringList out;
            for (const FacetValue &f : values)
                out << f.value + u'=' + QString::number(f.count);
            return out.join(u' ');
        };
        auto grouped = [&](const QString &expr, const QString &from) {
            QSqlQuery q(db->sql());
            // The sidebar's order: most first, then by value.
            const bool number = expr.contains(u"CAST"_s);
            if (!q.exec(u"SELECT "_s + expr + u" AS v, count(*) AS n "_s + from +
                        u" GROUP BY v ORDER BY n DESC, v"_s))
                return QString();
            QStringList out;
            while (q.next())
                out << (number ? QString::number(q.value(0).toLongLong()) : q.value(0).toString()) +
                           u'=' + q.value(1).toString();
            return out.join(u' ');
        };
        int compared = 0;
        for (const QString &text : {QString(), u"cause:ransomware"_s, u"不正アクセス"_s,
                                    u"メール -sector:medical"_s, u"-year:2023"_s}) {
            const SqlWhere w = QuerySql::where(parse(text));
            QSqlQuery q(db->sql());
            QVERIFY(q.exec(u"DROP TABLE IF EXISTS temp.hits"_s));
            QVERIFY(q.exec(u"CREATE TEMP TABLE hits (id INTEGER PRIMARY KEY)"_s));
            QVERIFY(q.prepare(u"INSERT INTO temp.hits SELECT i.id FROM incidents AS i WHERE "_s +
                              w.sql));
            for (int i = 0; i < w.binds.size(); ++i)
                q.bindValue(i, w.binds[i]);
            QVERIFY(q.exec());
            std::shared_ptr<const MatchSet> set;
            if (!text.isEmpty()) {
                auto read = MatchSet::fromIds(*db, "SELECT id FROM temp.hits");
                QVERIFY2(read.ok(), qPrintable(read.error()));
                set = read.value();
                QVERIFY(set->size() > 0 && set->size() < 4500);
            }
            const QString from = u"FROM incidents AS i WHERE i.id IN temp.hits"_s;
            const QString year = u"COALESCE(CAST(substr(COALESCE(i.announced_on, i.posted_on), "
                                 u"1, 4) AS INTEGER), i.case_year)"_s;
            for (Database *second : {static_cast<Database *>(nullptr), helper.get()}) {
                const auto got = FacetQuery::count(*db, set, second);
                QVERIFY2(got.ok(), qPrintable(got.error()));
                const FacetCounts &c = got.value();
                QCOMPARE(flat(c.causes), grouped(u"i.cause"_s, from));
                QCOMPARE(flat(c.sectors), grouped(u"i.sector"_s, from));
                QCOMPARE(flat(c.years), grouped(year, from));
                QCOMPARE(flat(c.dataKinds),
                         grouped(u"k.kind"_s, u"FROM incident_data_kind AS k WHERE "
                                              u"k.incident_id IN temp.hits"_s));
                QCOMPARE(flat(c.contractor),
                         grouped(u"'contractor'"_s, from + u" AND i.via_contractor = 1"_s));
                ++compared;
            }
        }
        QCOMPARE(compared, 10);
        // Told to stop: no counts, no message.
        const auto stopped = FacetQuery::count(*db, nullptr, helper.get(), [] { return true; });
        QVERIFY(!stopped.ok());
        QVERIFY(stopped.error().isEmpty());
    }

    void periodHelpers()
    {
        QCOMPARE(TrendQuery::periodLabel(QDate(2023, 7, 31), TrendPeriod::Month), u"2023-07"_s);
        QCOMPARE(TrendQuery::periodLabel(QDate(2023, 7, 1), TrendPeriod::Quarter), u"2023-Q3"_s);
        QCOMPARE(TrendQuery::periodLabel(QDate(2023, 9, 30), TrendPeriod::Quarter), u"2023-Q3"_s);
        QCOMPARE(TrendQuery::periodLabel(QDate(2023, 10, 1), TrendPeriod::Quarter), u"2023-Q4"_s);
        QCOMPARE(TrendQuery::periodLabel(QDate(2023, 12, 31), TrendPeriod::Year), u"2023"_s);
        QCOMPARE(TrendQuery::dateTerm(u"2024-02"_s, TrendPeriod::Month),
                 u"date:2024-02-01..2024-02-29"_s);
        QCOMPARE(TrendQuery::dateTerm(u"2023-Q4"_s, TrendPeriod::Quarter),
                 u"date:2023-10-01..2023-12-31"_s);
        QCOMPARE(TrendQuery::dateTerm(u"2023"_s, TrendPeriod::Year),
                 u"date:2023-01-01..2023-12-31"_s);
        for (const auto &[label, period] :
             {std::pair{u"2023-13"_s, TrendPeriod::Month},
              std::pair{u"2023-Q5"_s, TrendPeriod::Quarter}, std::pair{u"23"_s, TrendPeriod::Year},
              std::pair{u"2023"_s, TrendPeriod::Month}, std::pair{u"abcd"_s, TrendPeriod::Year}})
            QVERIFY2(TrendQuery::dateTerm(label, period).isEmpty(), qPrintable(label));
        QCOMPARE(TrendQuery::categoryTerm(TrendBy::Sector, u"local_government"_s),
                 u"sector:local_government"_s);
        QCOMPARE(TrendQuery::byFromName(u"sector"_s), std::optional(TrendBy::Sector));
        QCOMPARE(TrendQuery::byFromName(u"data"_s), std::optional(TrendBy::DataKind));
        QCOMPARE(TrendQuery::byFromName(u"contractor"_s), std::optional(TrendBy::Contractor));
        QCOMPARE(TrendQuery::categoryTerm(TrendBy::DataKind, u"card"_s), u"data:card"_s);
        QCOMPARE(TrendQuery::categoryTerm(TrendBy::DataKind, u"none"_s), u"-has:data"_s);
        QCOMPARE(TrendQuery::categoryTerm(TrendBy::Contractor, u"contractor"_s),
                 u"via:contractor"_s);
        QCOMPARE(TrendQuery::categoryTerm(TrendBy::Contractor, u"direct"_s), u"-via:contractor"_s);
        QCOMPARE(TrendQuery::periodFromName(u"quarter"_s), std::optional(TrendPeriod::Quarter));
        QVERIFY(!TrendQuery::periodFromName(u"week"_s));
        QVERIFY(!TrendQuery::byFromName(u"org"_s));
    }

    // `jikenbo-cli stats`: DESIGN §5's JSON, the same numbers as the function, errors on one line.
    void cliStats()
    {
        if (!m_seeds)
            QSKIP("needs the seeds database of seedLabelRowsMatchGold");
        const QString path = m_seeds->path();
        const test::CliResult r =
            test::runCli({u"--db"_s, path, u"--json"_s, u"stats"_s, u"cause:misconfiguration"_s,
                          u"--period"_s, u"quarter"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(json.keys(),
                 (QStringList{u"by"_s, u"no_date"_s, u"period"_s, u"rows"_s, u"total"_s}));
        QCOMPARE(json.value(u"by"_s).toString(), u"cause"_s);
        QCOMPARE(json.value(u"period"_s).toString(), u"quarter"_s);
        const TrendData d = compute(*m_seeds, u"cause:misconfiguration"_s, TrendPeriod::Quarter);
        QCOMPARE(json, TrendQuery::toJson(d));
        QCOMPARE(json.value(u"total"_s).toInteger(), d.total);
        for (const QJsonValue &row : json.value(u"rows"_s).toArray())
            QCOMPARE(row.toObject().keys(),
                     (QStringList{u"affected"_s, u"count"_s, u"key"_s, u"period"_s}));
        QCOMPARE(json.value(u"rows"_s).toArray().first().toObject().value(u"period"_s).toString(),
                 u"2023-Q2"_s);

        const test::CliResult table =
            test::runCli({u"--db"_s, path, u"stats"_s, u"--by"_s, u"sector"_s});
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.outText().contains(u"2023-07"_s));
        QVERIFY(table.outText().contains(u"Local government"_s));
        QVERIFY(table.outText().contains(u"no date"_s));

        // --days: the spread per period and category, and in JSON.
        const test::CliResult days = test::runCli(
            {u"--db"_s, path, u"stats"_s, u"--days"_s, u"--period"_s, u"year"_s});
        QCOMPARE(days.exitCode, 0);
        QVERIFY2(days.outText().contains(u"median"_s) && days.outText().contains(u"(all)"_s),
                 qPrintable(days.outText()));
        const test::CliResult daysJson =
            test::runCli({u"--db"_s, path, u"--json"_s, u"stats"_s, u"--days"_s, u"--by"_s,
                          u"sector"_s, u"--period"_s, u"year"_s});
        QCOMPARE(daysJson.exitCode, 0);
        const QJsonObject dj = QJsonDocument::fromJson(daysJson.out).object();
        const TrendData dd = compute(*m_seeds, QString(), TrendPeriod::Year, TrendBy::Sector, true);
        QCOMPARE(dj, TrendQuery::toJson(dd));
        QCOMPARE(dj.value(u"with_days"_s).toInteger(), dd.withDays);
        qint64 rowsWithDays = 0;
        for (const QJsonValue &row : dj.value(u"rows"_s).toArray()) {
            const QJsonObject spread = row.toObject().value(u"days"_s).toObject();
            if (spread.isEmpty())
                continue;
            ++rowsWithDays;
            QCOMPARE(spread.keys(), (QStringList{u"max"_s, u"median"_s, u"min"_s, u"n"_s, u"q1"_s,
                                                 u"q3"_s}));
        }
        QVERIFY(rowsWithDays > 0);
        const test::CliResult byData =
            test::runCli({u"--db"_s, path, u"stats"_s, u"--by"_s, u"data"_s});
        QCOMPARE(byData.exitCode, 0);
        QVERIFY(byData.outText().contains(u"E-mail address"_s));

        for (const QStringList &bad : {QStringList{u"stats"_s, u"--by"_s, u"org"_s},
                                       QStringList{u"stats"_s, u"--labels"_s, u"--days"_s},
                                       QStringList{u"stats"_s, u"--period"_s, u"week"_s},
                                       QStringList{u"stats"_s, u"cause:aliens"_s}}) {
            const test::CliResult e = test::runCli(QStringList{u"--db"_s, path} + bad);
            QCOMPARE(e.exitCode, 1);
            QVERIFY(e.out.isEmpty());
            QCOMPARE(e.errText().count(u'\n'), 1);
        }
    }
};

QTEST_GUILESS_MAIN(TestTrends)
#include "tst_trends.moc"
