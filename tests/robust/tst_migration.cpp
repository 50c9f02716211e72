// SPDX-License-Identifier: GPL-3.0-or-later
// Schema migration from the oldest version, kept as SQL in tests/data.
#include "TestSupport.h"
#include "jobs/FactsBackfillJob.h"
#include "jobs/JobRunner.h"
#include "store/Database.h"
#include "store/IncidentStore.h"
#include "store/Schema.h"
#include "store/SqliteFunctions.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace Qt::StringLiterals;
using namespace jikenbo;

namespace {

// Runs a file of SQL on a raw connection (with Jikenbo's tokenizer for the FTS5 table).
bool runSqlFile(const QString &dbPath, const QString &sqlPath, const QStringList &extra, QString *error)
{
    QFile f(sqlPath);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return false;
    }
    sqlite3 *h = nullptr;
    if (sqlite3_open(dbPath.toUtf8().constData(), &h) != SQLITE_OK) {
        *error = u"open failed"_s;
        return false;
    }
    bool ok = registerSqliteFunctions(h).ok();
    char *msg = nullptr;
    const QByteArray sql = f.readAll() + u"\n"_s.toUtf8() + extra.join(u";\n"_s).toUtf8() + ";";
    if (ok && sqlite3_exec(h, sql.constData(), nullptr, nullptr, &msg) != SQLITE_OK) {
        *error = QString::fromUtf8(msg);
        sqlite3_free(msg);
        ok = false;
    }
    sqlite3_close(h);
    return ok;
}

int userVersion(const QString &path)
{
    sqlite3 *h = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &h, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt *s = nullptr;
    int v = -1;
    if (sqlite3_prepare_v2(h, "PRAGMA user_version", -1, &s, nullptr) == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW)
        v = sqlite3_column_int(s, 0);
    sqlite3_finalize(s);
    sqlite3_close(h);
    return v;
}

} // namespace

class TestMigration : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void fromVersion1()
    {
        QVERIFY(m_dir.isValid());
        const QString db = m_dir.filePath(u"v1.sqlite"_s);
        QString error;
        const QStringList rows{
            u"INSERT INTO incidents (id, key, case_id, case_year, case_seq, title, organization, "
            u"announced_on, cause, cause_origin, cause_auto, cause_auto_origin, sector, affected, "
            u"labels, source, content_hash, first_seen, last_changed) "
            "VALUES (1, '2023-118-aaaa', '2023-118', 2023, 118, '株式会社ミナトデータ 不正アクセスについて', '株式会社ミナトデータ', '2023-04-01', 'unauthorized_access', 'rule', 'unauthorized_access', 'rule', 'company', 1250, '[]', 'old.txt', 'h1', '2023-04-02T00:00:00Z', '2023-04-02T00:00:00Z')"_s,
            u"INSERT INTO incident_text (id, title, organization, body) VALUES (1, '株式会社ミナトデータ 不正アクセスについて', '株式会社ミナトデータ', 'サーバーへの不正アクセスを確認しました。')"_s,
            u"INSERT INTO incident_fts (rowid, title, organization, body) VALUES (1, '株式会社ミナトデータ 不正アクセスについて', '株式会社ミナトデータ', 'サーバーへの不正アクセスを確認しました。')"_s,
            u"INSERT INTO annotations (key, cause_override, note, starred, tags, updated_at) VALUES ('2023-118-aaaa', 'insider', '要確認', 1, '[\"会議\"]', '2023-05-01T00:00:00Z')"_s,
        };
        QVERIFY2(runSqlFile(db, test::sourceDir() + u"/tests/data/schema-v1.sql"_s, rows, &error), qPrintable(error));
        QCOMPARE(userVersion(db), 1);

        auto opened = Database::open(db);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        auto &d = *opened.value();
        QCOMPARE(userVersion(db), Database::SchemaVersion);

        // The data came through; the new parts exist.
        IncidentStore store(d);
        auto r = store.byKey(u"2023-118-aaaa"_s, true);
        QVERIFY(r.ok() && r->has_value());
        const IncidentRecord &rec = *r.value();
        QCOMPARE(rec.note, u"要確認"_s);
        QVERIFY(rec.starred);
        QCOMPARE(rec.tags, QStringList{u"会議"_s});
        QCOMPARE(rec.causeOverride, u"insider"_s);
        QCOMPARE(rec.affected.value_or(0), 1250);
        QCOMPARE(rec.body, u"サーバーへの不正アクセスを確認しました。"_s);
        QSqlQuery q(d.sql());
        QVERIFY(q.exec(u"SELECT count(*) FROM sync_runs"_s) && q.next());
        QVERIFY(q.exec(u"SELECT source_updated FROM incidents"_s) && q.next());
        QVERIFY(q.exec(u"SELECT count(*) FROM sqlite_schema WHERE name IN ('incidents_trend_cause', 'incidents_trend_sector')"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        // Version 8: the trend index as a new database has it.
        QVERIFY(q.exec(u"SELECT sql FROM sqlite_schema WHERE name = 'incidents_trend_cause'"_s) && q.next());
        QVERIFY2(q.value(0).toString().endsWith(u"data_kinds, disclosure_days)"_s), qPrintable(q.value(0).toString()));
        // Version 9: the sample notices' partial index.
        QVERIFY(q.exec(u"SELECT count(*) FROM sqlite_schema WHERE name = 'incidents_samples'"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        // Version 4: posts removed from the blog are marked, and what a full pass has seen.
        QVERIFY(q.exec(u"SELECT removed_on FROM incidents"_s) && q.next());
        QVERIFY(q.value(0).isNull());
        QVERIFY(!rec.removedOn.isValid());
        QVERIFY(q.exec(u"SELECT count(*) FROM sync_seen"_s) && q.next());
        QVERIFY(q.exec(u"SELECT rowid FROM incident_fts WHERE incident_fts MATCH '\"不正アクセス\"'"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);

        // The backup copy is the database as it was.
        QVERIFY(QFileInfo::exists(d.backupPath()));
        QCOMPARE(userVersion(d.backupPath()), 1);
    }

    // 6 -> 7: the dates, data kinds and contractor flag are read from the stored notices by
    // the backfill job (the window runs it as a task, the CLI at open); annotations survive.
    void fromVersion6()
    {
        const QString db = m_dir.filePath(u"v6.sqlite"_s);
        QStringList sql;
        for (int v = 1; v < 6; ++v)
            sql += Schema::migrationFrom(v);
        const QString body =
            u"令和5年10月2日、当社が業務を委託している株式会社ハマベシステムのサーバーが不正アクセ"
            u"スを受けたことが判明しました。"
            "漏えいした可能性のある情報は、お客様の氏名、住所、クレジットカード番号です。"_s;
        sql << u"PRAGMA user_version = 6"_s
            << u"INSERT INTO incidents (id, key, case_id, case_year, case_seq, title, "
               u"organization, announced_on, cause, cause_origin, cause_auto, cause_auto_origin, "
               u"sector, affected, labels, source, content_hash, first_seen, last_changed) "
               "VALUES (1, '2023-301-bbbb', '2023-301', 2023, 301, '株式会社ミドリ商会 委託先への不正アクセスについて', '株式会社ミドリ商会', '2023-10-30', 'insider', 'user', 'unauthorized_access', 'rule', 'company', 12, '[]', 'old.txt', 'h1', '2023-11-01T00:00:00Z', '2023-11-01T00:00:00Z')"_s
            << u"INSERT INTO incident_text (id, title, organization, body) VALUES (1, '株式会社ミドリ商会 委託先への不正アクセスについて', '株式会社ミドリ商会', '%1')"_s
                   .arg(body)
            << u"INSERT INTO incident_fts (rowid, title, organization, body) VALUES (1, '株式会社ミドリ商会 委託先への不正アクセスについて', '株式会社ミドリ商会', '%1')"_s
                   .arg(body)
            << u"INSERT INTO annotations (key, cause_override, note, starred, tags, updated_at) VALUES ('2023-301-bbbb', 'insider', '委託先に確認', 1, '[\"会議\"]', '2023-11-02T00:00:00Z')"_s;
        QString error;
        QVERIFY2(runSqlFile(db, test::sourceDir() + u"/tests/data/schema-v1.sql"_s, sql, &error),
                 qPrintable(error));
        QCOMPARE(userVersion(db), 6);

        {
            Database::Options o;
            o.create = false;
            auto opened = Database::open(db, o);
            QVERIFY2(opened.ok(), qPrintable(opened.error()));
            Database &d = *opened.value();
            QCOMPARE(userVersion(db), Database::SchemaVersion);
            QCOMPARE(userVersion(d.backupPath()), 6);
            QCOMPARE(IncidentStore::factsPending(d).value(), 1);
            IncidentStore store(d);
            const auto before = store.byKey(u"2023-301-bbbb"_s);
            QVERIFY(before.ok() && before->has_value());
            QVERIFY(!before.value()->factsRead);

            FactsBackfillJob job;
            JobRunner::run(job, d);
            QVERIFY2(job.result().ok(), qPrintable(job.result().error()));
            QCOMPARE(job.filled(), 1);
            QCOMPARE(IncidentStore::factsPending(d).value(), 0);

            const auto r = store.byKey(u"2023-301-bbbb"_s, true);
            QVERIFY(r.ok() && r->has_value());
            const IncidentRecord &rec = *r.value();
            QVERIFY(rec.factsRead);
            QCOMPARE(rec.facts.discoveredOn, QDate(2023, 10, 2));
            QVERIFY2(rec.facts.discoveredEvidence.contains(u"判明"_s),
                     qPrintable(rec.facts.discoveredEvidence));
            QCOMPARE(rec.facts.disclosureDays.value_or(-1), 28);
            QCOMPARE(rec.facts.dataKindKeys(), (QStringList{u"name"_s, u"address"_s, u"card"_s}));
            for (const DataKindFact &k : rec.facts.dataKinds)
                QVERIFY2(!k.evidence.isEmpty(), qPrintable(k.key));
            QVERIFY(rec.facts.viaContractor);
            QVERIFY(!rec.facts.contractorEvidence.isEmpty());
            // What the user typed came through.
            QCOMPARE(rec.note, u"委託先に確認"_s);
            QVERIFY(rec.starred);
            QCOMPARE(rec.tags, QStringList{u"会議"_s});
            QCOMPARE(rec.causeOverride, u"insider"_s);
            QCOMPARE(rec.cause, u"insider"_s);
            QSqlQuery q(d.sql());
            QVERIFY(q.exec(
                u"SELECT kind FROM incident_data_kind WHERE incident_id = 1 ORDER BY kind"_s));
            QStringList kinds;
            while (q.next())
                kinds << q.value(0).toString();
            QCOMPARE(kinds, (QStringList{u"address"_s, u"card"_s, u"name"_s}));
        }
        // The CLI finds nothing left to read and lists the facts.
        const test::CliResult r = test::runCli({u"--db"_s, db, u"--json"_s, u"list"_s,
                                                u"via:contractor"_s, u"data:card"_s, u"lag:>7"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!r.errText().contains(u"reading"_s));
        const QJsonArray a = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(a.size(), 1);
        QCOMPARE(a[0].toObject().value(u"discovered_on"_s).toString(), u"2023-10-02"_s);
        QCOMPARE(a[0].toObject().value(u"disclosure_days"_s).toInt(), 28);
    }

    // A migrated database opened by the CLI first: the facts are read at open.
    void fromVersion6ByTheCli()
    {
        const QString db = m_dir.filePath(u"v6cli.sqlite"_s);
        QStringList sql;
        for (int v = 1; v < 6; ++v)
            sql += Schema::migrationFrom(v);
        sql << u"PRAGMA user_version = 6"_s
            << u"INSERT INTO incidents (id, key, case_id, case_year, case_seq, title, "
               u"organization, announced_on, cause, cause_origin, cause_auto, cause_auto_origin, "
               u"sector, labels, source, content_hash, first_seen, last_changed) "
               "VALUES (1, '2024-010-cccc', '2024-010', 2024, 10, '学校法人ヒバリ学園 書類の紛失について', '学校法人ヒバリ学園', '2024-02-20', 'loss_theft', 'rule', 'loss_theft', 'rule', 'education', '[]', 'old.txt', 'h1', '2024-02-21T00:00:00Z', '2024-02-21T00:00:00Z')"_s
            << u"INSERT INTO incident_text (id, title, organization, body) VALUES (1, '学校法人ヒバリ学園 書類の紛失について', '学校法人ヒバリ学園', '2月13日、生徒の成績を記載した書類を紛失したことが判明しました。')"_s;
        QString error;
        QVERIFY2(runSqlFile(db, test::sourceDir() + u"/tests/data/schema-v1.sql"_s, sql, &error),
                 qPrintable(error));
        const test::CliResult r = test::runCli({u"--db"_s, db, u"--json"_s, u"list"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.errText().contains(u"1"_s), qPrintable(r.errText()));
        const QJsonObject o = QJsonDocument::fromJson(r.out).array().at(0).toObject();
        QCOMPARE(o.value(u"discovered_on"_s).toString(), u"2024-02-13"_s);
        QCOMPARE(o.value(u"disclosure_days"_s).toInt(), 7);
        QCOMPARE(o.value(u"via_contractor"_s).toBool(true), false);
        QVERIFY(o.value(u"data_kinds"_s).toArray().contains(u"student_records"_s));
    }

    void newerVersionIsRefusedUntouched()
    {
        const QString db = m_dir.filePath(u"future.sqlite"_s);
        QString error;
        QVERIFY2(runSqlFile(db, test::sourceDir() + u"/tests/data/schema-v1.sql"_s,
                            {u"PRAGMA user_version = 99"_s}, &error), qPrintable(error));
        QFile f(db);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        f.close();
        auto opened = Database::open(db);
        QVERIFY(!opened.ok());
        QVERIFY(opened.error().contains(u"newer"_s));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), bytes);
        QVERIFY(!QFileInfo::exists(db + u".v99.bak"_s));
    }
};

QTEST_GUILESS_MAIN(TestMigration)
#include "tst_migration.moc"
