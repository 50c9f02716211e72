// SPDX-License-Identifier: GPL-3.0-or-later
// The fictional sample corpus a new database starts with: which notices are samples, removing
// them (imported notices and every annotation stay), `jikenbo-cli remove-samples`, and the sync
// log as the window reads it (SyncHistory).
#include "TestSupport.h"
#include "classify/Classifier.h"
#include "classify/RuleSet.h"
#include "classify/Taxonomy.h"
#include "jobs/Importer.h"
#include "search/QueryParser.h"
#include "store/Database.h"
#include "store/IncidentQuery.h"
#include "store/IncidentStore.h"
#include "store/SampleNotices.h"
#include "store/SyncHistory.h"
#include "store/SyncLog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace jikenbo;

namespace {

// A notice of the user's own, imported from a file (fictional).
const QByteArray userPage =
    "【セキュリティ事件簿#2025-812】株式会社ハナミズキ物流 配送伝票の誤送付について 2025/4/2\n\n\n"
    "配送伝票の控え12名分を、誤って別のお取引先様へ送付しました。\n";

int scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.sql());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

qint64 matches(Database &db, const QString &query)
{
    const auto parsed = QueryParser::parse(query, Taxonomy::builtIn());
    const auto n = IncidentQuery::count(db, parsed.query);
    return n.ok() ? n.value() : -1;
}

} // namespace

class TestSamples : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    // A database seeded as the first start does, plus one notice imported from a file.
    QString seeded(qint64 *samples, QString *userKey)
    {
        const QString path = m_dir.filePath(u"db%1.sqlite"_s.arg(++m_n));
        auto db = test::openDb(path);
        const Classifier classifier(Taxonomy::builtIn(), RuleSet::builtIn());
        Importer importer(*db, classifier);
        const ImportSummary s = importer.importPaths({SampleNotices::resourceDir()});
        *samples = s.added;
        const QString page = m_dir.filePath(u"user%1.txt"_s.arg(m_n));
        test::writeFile(page, userPage);
        importer.importPaths({page});
        *userKey = IncidentStore(*db).byCaseId(u"2025-812"_s).value().value(0).key;
        return path;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void samplesAreWhatTheFirstStartImports()
    {
        qint64 samples = 0;
        QString userKey;
        auto db = test::openDb(seeded(&samples, &userKey));
        QVERIFY(samples >= 50); // the corpus of resources/sample
        QVERIFY(!userKey.isEmpty());
        SampleNotices notices(*db);
        QCOMPARE(notices.count().value(), samples);
        // Counted by the partial index, not by reading every row (the window counts at launch).
        QSqlQuery plan(db->sql());
        QVERIFY(plan.exec(u"EXPLAIN QUERY PLAN SELECT count(*) FROM incidents i WHERE "_s +
                          SampleNotices::condition(u"i.source"_s)));
        QString steps;
        while (plan.next())
            steps += plan.value(3).toString() + u'\n';
        QVERIFY2(steps.contains(u"incidents_samples"_s), qPrintable(steps));
        QCOMPARE(scalar(*db, u"SELECT count(*) FROM incidents"_s), int(samples) + 1);
        QVERIFY(SampleNotices::isSampleSource(u":/jikenbo/sample/archive-2024.txt"_s));
        QVERIFY(!SampleNotices::isSampleSource(u"/usr/share/jikenbo/sample/archive-2024.txt"_s));
        QVERIFY(!SampleNotices::isSampleSource(u"https://blog.example/feeds/posts/default"_s));
    }

    void removalKeepsImportedNoticesAndEveryAnnotation()
    {
        qint64 samples = 0;
        QString userKey;
        auto db = test::openDb(seeded(&samples, &userKey));
        IncidentStore store(*db);
        // Annotations on two samples (one of them a follow-up's original) and on the user's notice.
        const QString sampleKey = store.byCaseId(u"2024-311"_s).value().value(0).key;
        const QString otherSample = store.byCaseId(u"2024-296"_s).value().value(0).key;
        QVERIFY(!sampleKey.isEmpty() && !otherSample.isEmpty());
        QVERIFY(store.setNote(sampleKey, u"調べる"_s).ok());
        QVERIFY(store.setStarred(otherSample, true).ok());
        QVERIFY(store.setCauseOverride(otherSample, u"insider"_s).ok());
        QVERIFY(store.setNote(userKey, u"自分の取り込み"_s).ok());
        QCOMPARE(scalar(*db, u"SELECT count(*) FROM annotations"_s), 3);
        QVERIFY(matches(*db, u"ユメノ電機"_s) >= 1);
        QCOMPARE(matches(*db, u"ハナミズキ物流"_s), 1);

        const auto r = SampleNotices(*db).remove();
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QCOMPARE(r->removed, samples);
        QCOMPARE(r->annotationsKept, 2);

        QCOMPARE(scalar(*db, u"SELECT count(*) FROM incidents"_s), 1);
        QCOMPARE(scalar(*db, u"SELECT count(*) FROM incident_text"_s), 1);
        QCOMPARE(scalar(*db, u"SELECT count(*) FROM incident_refs r LEFT JOIN incidents i "
                             "ON i.id = r.incident_id WHERE i.id IS NULL"_s),
                 0);
        QCOMPARE(scalar(*db, u"SELECT count(*) FROM annotations"_s), 3);
        QVERIFY(store.byKey(userKey).value().has_value());
        QVERIFY(!store.byKey(sampleKey).value().has_value());
        // The full-text index lost exactly the samples' rows.
        QSqlQuery q(db->sql());
        QVERIFY2(
            q.exec(
                u"INSERT INTO incident_fts (incident_fts, rank) VALUES ('integrity-check', 1)"_s),
            qPrintable(q.lastError().text()));
        QCOMPARE(matches(*db, u"ユメノ電機"_s), 0);
        QCOMPARE(matches(*db, u"ハナミズキ物流"_s), 1);
        QCOMPARE(SampleNotices(*db).count().value(), 0);
        // Nothing left to remove: a second removal changes nothing.
        const auto again = SampleNotices(*db).remove();
        QVERIFY(again.ok());
        QCOMPARE(again->removed, 0);

        // The same sample imported again finds its annotations where they were.
        const Classifier classifier(Taxonomy::builtIn(), RuleSet::builtIn());
        Importer(*db, classifier).importPaths({SampleNotices::resourceDir()});
        QCOMPARE(store.byKey(sampleKey).value()->note, u"調べる"_s);
        const auto overridden = store.byKey(otherSample).value();
        QVERIFY(overridden->starred);
        QCOMPARE(overridden->cause, u"insider"_s);
    }

    void cliRemovesSamples()
    {
        qint64 samples = 0;
        QString userKey;
        const QString path = seeded(&samples, &userKey);
        {
            auto db = test::openDb(path);
            const QString sampleKey =
                IncidentStore(*db).byCaseId(u"2024-283"_s).value().value(0).key;
            QVERIFY(IncidentStore(*db).setNote(sampleKey, u"memo"_s).ok());
        }
        test::CliResult r = test::runCli({u"--db"_s, path, u"--json"_s, u"remove-samples"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(u"removed"_s).toInteger(), samples);
        QCOMPARE(o.value(u"annotations_kept"_s).toInteger(), 1);
        r = test::runCli({u"--db"_s, path, u"remove-samples"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.outText().startsWith(u"0 sample notice(s) removed"_s), r.out.constData());
        r = test::runCli({u"--db"_s, path, u"--json"_s, u"list"_s});
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 1);
        // Documented in help; an argument is a user error.
        r = test::runCli({u"--help"_s});
        QVERIFY(r.outText().contains(u"remove-samples"_s));
        r = test::runCli({u"help"_s, u"remove-samples"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.outText().contains(u"annotations_kept"_s));
        r = test::runCli({u"--db"_s, path, u"remove-samples"_s, u"all"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.errText().contains(u"remove-samples takes no arguments"_s));
    }

    void syncHistoryTellsTheLastRunAndTheLastSuccess()
    {
        auto db = test::openDb(m_dir.filePath(u"history.sqlite"_s));
        auto h = SyncHistory::read(*db);
        QVERIFY(h.ok());
        QVERIFY(!h->lastRun && !h->everSucceeded() && !h->lastRunFailed());

        SyncLog log(*db);
        const QString url = u"https://blog.example/feeds/posts/default"_s;
        auto run = [&](const QString &status, int added, const QString &error) {
            SyncRun r;
            r.id = log.startRun(url).value();
            r.url = url;
            r.status = status;
            r.added = added;
            r.error = error;
            QVERIFY(log.updateRun(r).ok());
        };
        run(u"failed"_s, 0, url + u"?orderby=updated&max-results=50: host not found"_s);
        h = SyncHistory::read(*db);
        QVERIFY(h->lastRunFailed() && !h->everSucceeded());
        QCOMPARE(SyncHistory::errorMessage(*h->lastRun), u"host not found"_s);

        run(u"ok"_s, 12, {});
        run(u"cancelled"_s, 0, {});
        h = SyncHistory::read(*db);
        QVERIFY(h->everSucceeded() && !h->lastRunFailed());
        QCOMPARE(h->lastSuccess->added, 12);
        QCOMPARE(h->lastRun->status, u"cancelled"_s);
        QVERIFY(h->lastSuccess->finishedAt.isValid());

        run(u"failed"_s, 0, url + u": connection refused"_s);
        log.startRun(url).value(); // a sync in progress tells nothing yet
        h = SyncHistory::read(*db);
        QVERIFY(h->lastRunFailed());
        QCOMPARE(SyncHistory::errorMessage(*h->lastRun), u"connection refused"_s);
        QCOMPARE(h->lastSuccess->added, 12);
    }
};

QTEST_GUILESS_MAIN(TestSamples)
#include "tst_samples.moc"
