// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "classify/Classifier.h"
#include "classify/RuleSet.h"
#include "classify/Taxonomy.h"
#include "jobs/Importer.h"
#include "ingest/PostParser.h"
#include "ingest/SyntheticCorpus.h"
#include "search/QueryParser.h"
#include "store/Database.h"
#include "store/IncidentQuery.h"
#include "store/IncidentStore.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace jikenbo;

namespace {

QString pageText(const QString &extraTitleSuffix = {})
{
    return u"【セキュリティ事件簿#2024-401】株式会社カザミ商事 メールの誤送信について "
           u"2024/5/1\n\n\n"
           "お客様245名のメールアドレスが表示される形で、宛先をBCCではなくTOにして送信しました。\n"
           "\n"
           "【セキュリティ事件簿#2024-402】北浜市 個人情報を含むUSBメモリの紛失について"_s +
           extraTitleSuffix +
           u" 2024/5/2\n\n\n"
           "職員が市民120名の情報を保存したUSBメモリを紛失しました。\n\n"
           "【セキュリティ事件簿#2024-403】青葉総合病院 ランサムウェア被害について 2024/5/3\n\n\n"
           "電子カルテのサーバーがランサムウェアに感染し、暗号化されました。\n"_s;
}

using test::writeFile;

} // namespace

class TestStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    const Classifier m_classifier{Taxonomy::builtIn(), RuleSet::builtIn()};

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void createsSchemaWithVersion()
    {
        const QString path = m_dir.filePath(u"new.sqlite"_s);
        auto db = test::openDb(path);
        QVERIFY(db);
        QSqlQuery q(db->sql());
        QVERIFY(q.exec(u"PRAGMA user_version"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), Database::SchemaVersion);
        QVERIFY(q.exec(u"PRAGMA application_id"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), Database::ApplicationId);
        QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"wal"_s);
    }

    // importPaths writes several files in one transaction, each in a savepoint: a file that fails
    // while written (here a trigger refuses its fourth notice) leaves nothing of itself and
    // nothing lost of the others; when SQLite undoes the whole transaction (RAISE(ROLLBACK)), the
    // files written with it are reported as not saved, the files after it still import, and a
    // second import brings everything.
    void batchedImportUndoesOnlyTheFailingFile()
    {
        const QString dir = m_dir.filePath(u"batch"_s);
        SyntheticCorpus::Options o;
        o.notices = 50;
        o.perFile = 10;
        o.otherPostEvery = 0;
        QVERIFY(SyntheticCorpus::write(dir, o).ok());
        for (const char *raise : {"ABORT", "ROLLBACK"}) {
            const QString path = m_dir.filePath(u"batch-%1.sqlite"_s.arg(QLatin1String(raise)));
            auto db = test::openDb(path);
            QVERIFY(db);
            QSqlQuery q(db->sql());
            QVERIFY2(q.exec(uR"(CREATE TEMP TRIGGER refuse BEFORE INSERT ON incidents
                                WHEN NEW.source LIKE '%page-00003.txt' AND
                                     (SELECT count(*) FROM incidents WHERE source = NEW.source) >= 3
                                BEGIN SELECT RAISE(%1, 'refused by the test'); END)"_s
                                  .arg(QLatin1String(raise))),
                     qPrintable(q.lastError().text()));
            Importer importer(*db, m_classifier);
            const ImportSummary s = importer.importPaths({dir});
            QCOMPARE(s.files, 5);
            auto count = [&](const QString &where) {
                QSqlQuery c(db->sql());
                return c.exec(u"SELECT count(*) FROM incidents WHERE "_s + where) && c.next()
                           ? c.value(0).toInt()
                           : -1;
            };
            QCOMPARE(count(u"source LIKE '%page-00003.txt'"_s), 0);
            if (qstrcmp(raise, "ABORT") == 0) {
                QCOMPARE(s.added, 40);
                QCOMPARE(s.errors.size(), 1);
                QVERIFY(s.errors[0].file.endsWith(u"page-00003.txt"_s));
                QVERIFY2(s.errors[0].message.contains(u"refused by the test"_s),
                         qPrintable(s.errors[0].message));
                QCOMPARE(count(u"1"_s), 40);
            } else {
                // Files 1 and 2 were in the transaction SQLite undid.
                QCOMPARE(s.added, 20);
                QCOMPARE(s.errors.size(), 3);
                QStringList failed;
                for (const ImportError &e : s.errors)
                    failed << QFileInfo(e.file).fileName();
                failed.sort();
                QCOMPARE(failed, QStringList({u"page-00001.txt"_s, u"page-00002.txt"_s,
                                              u"page-00003.txt"_s}));
                QCOMPARE(count(u"1"_s), 20);
                QCOMPARE(count(u"source LIKE '%page-00004.txt' OR source LIKE '%page-00005.txt'"_s),
                         20);
            }
            QVERIFY(q.exec(u"DROP TRIGGER temp.refuse"_s));
            const ImportSummary again = importer.importPaths({dir});
            QVERIFY2(again.errors.isEmpty(), qPrintable(again.errors.value(0).message));
            QCOMPARE(count(u"1"_s), 50);
            QVERIFY(q.exec(u"PRAGMA integrity_check"_s) && q.next());
            QCOMPARE(q.value(0).toString(), u"ok"_s);
        }
    }

    void importIsIdempotentAndKeepsAnnotations()
    {
        const QString path = m_dir.filePath(u"idem.sqlite"_s);
        const QString page = m_dir.filePath(u"page.txt"_s);
        QVERIFY(writeFile(page, pageText().toUtf8()));
        auto db = test::openDb(path);
        QVERIFY(db);
        Importer importer(*db, m_classifier);
        ImportSummary s = importer.importPaths({page});
        QCOMPARE(s.added, 3);
        QVERIFY(s.errors.isEmpty());

        IncidentStore store(*db);
        auto rows = store.byCaseId(u"2024-402"_s);
        QVERIFY(rows.ok() && rows->size() == 1);
        const QString key = rows->first().key;
        QCOMPARE(rows->first().cause, u"loss_theft"_s);
        QVERIFY(store.setCauseOverride(key, u"insider"_s).ok());
        QVERIFY(store.setNote(key, u"会議で確認"_s).ok());
        QVERIFY(store.setStarred(key, true).ok());
        QVERIFY(store.setTags(key, {u"要確認"_s}).ok());

        s = importer.importPaths({page});
        QCOMPARE(s.added, 0);
        QCOMPARE(s.updated, 0);
        QCOMPARE(s.unchanged, 3);

        // A changed page updates in place; the user's data stays.
        QVERIFY(writeFile(page, pageText().replace(u"120名"_s, u"121名"_s).toUtf8()));
        s = importer.importPaths({page});
        QCOMPARE(s.added, 0);
        QCOMPARE(s.updated, 1);
        QCOMPARE(s.unchanged, 2);
        auto after = store.byKey(key);
        QVERIFY(after.ok() && after->has_value());
        const IncidentRecord &r = *after.value();
        QCOMPARE(r.affected.value_or(0), 121);
        QCOMPARE(r.cause, u"insider"_s);
        QCOMPARE(r.causeOrigin, u"user"_s);
        QCOMPARE(r.causeAuto, u"loss_theft"_s);
        QCOMPARE(r.note, u"会議で確認"_s);
        QVERIFY(r.starred);
        QCOMPARE(r.tags, QStringList{u"要確認"_s});
        QCOMPARE(store.count().value(), 3);

        // Clearing the override gives the imported cause back.
        QVERIFY(store.setCauseOverride(key, QString()).ok());
        QCOMPARE((*store.byKey(key).value()).cause, u"loss_theft"_s);
    }

    // A file links only the follow-ups its own notices can change, whichever file came first:
    // a follow-up imported before the notice it follows, a follow-up with no case number that
    // follows the same organisation, a link that moves to a later original, and links that
    // stay when unrelated files come after.
    void linksFollowUpsAcrossFiles()
    {
        const QString path = m_dir.filePath(u"links.sqlite"_s);
        auto db = test::openDb(path);
        QVERIFY(db);
        Importer importer(*db, m_classifier);
        IncidentStore store(*db);
        auto importText = [&](const QString &name, const QString &text) {
            const QString file = m_dir.filePath(name);
            QVERIFY(writeFile(file, text.toUtf8()));
            const ImportSummary s = importer.importPaths({file});
            QVERIFY2(s.errors.isEmpty(), qPrintable(s.errors.value(0).message));
        };
        // The record of case 2024-501 whose title ends with the given words.
        auto record = [&](const QString &titleEnd) {
            const auto rows = store.byCaseId(u"2024-501"_s);
            for (const IncidentRecord &r : rows.value()) {
                if (r.title.endsWith(titleEnd))
                    return r;
            }
            return IncidentRecord{};
        };
        auto linkOf = [&](const QString &titleEnd) { return record(titleEnd).followUpOfKey; };

        // The follow-up first: nothing to link it to yet.
        importText(u"links1.txt"_s,
                   u"【セキュリティ事件簿#2024-501】株式会社ミナト精機 不正アクセスについて（第2報） "
                   u"2024/6/20\n\n\n調査の結果、顧客300名の情報が閲覧された可能性があります。\n"_s);
        QVERIFY(record(u"（第2報）"_s).followUp);
        QCOMPARE(linkOf(u"（第2報）"_s), QString());

        // The notice it follows, in a later file.
        importText(u"links2.txt"_s,
                   u"【セキュリティ事件簿#2024-501】株式会社ミナト精機 不正アクセスについて "
                   u"2024/6/1\n\n\nサーバーへの不正アクセスを確認しました。\n"_s);
        const QString first = record(u"アクセスについて"_s).key;
        QVERIFY(!first.isEmpty());
        QCOMPARE(linkOf(u"（第2報）"_s), first);

        // Unrelated files keep the link.
        importText(u"links3.txt"_s, pageText());
        QCOMPARE(linkOf(u"（第2報）"_s), first);

        // A later original of the same case, still before the follow-up, takes the link over.
        importText(u"links4.txt"_s,
                   u"【セキュリティ事件簿#2024-501】株式会社ミナト精機 不正アクセスに関するお知らせ "
                   u"2024/6/10\n\n\n外部からの不正アクセスを受けたことが判明しました。\n"_s);
        const QString second = record(u"に関するお知らせ"_s).key;
        QVERIFY(second != first);
        QCOMPARE(linkOf(u"（第2報）"_s), second);
    }

    void failedSourceLeavesDatabaseAsItWas()
    {
        const QString path = m_dir.filePath(u"atomic.sqlite"_s);
        const QString page = m_dir.filePath(u"atomic.txt"_s);
        QVERIFY(writeFile(page, pageText().toUtf8()));
        auto db = test::openDb(path);
        QVERIFY(db);
        Importer importer(*db, m_classifier);
        QCOMPARE(importer.importPaths({page}).added, 3);
        const QString before = test::dumpDatabase(path);

        // The same page with a changed first post and a new second post; the write of the
        // new post fails, after the first one was already updated.
        QVERIFY(writeFile(page, pageText(u"(第2報)"_s).replace(u"245名"_s, u"246名"_s).toUtf8()));
        QSqlQuery q(db->sql());
        QVERIFY(q.exec(
            u"CREATE TEMP TRIGGER boom BEFORE INSERT ON incidents WHEN new.case_id = '2024-402' "
            "BEGIN SELECT RAISE(ABORT, 'simulated failure'); END"_s));
        const ImportSummary s = importer.importPaths({page});
        QCOMPARE(s.errors.size(), 1);
        QVERIFY(s.errors.first().message.contains(u"simulated failure"_s));
        QCOMPARE(s.added + s.updated, 0);
        QVERIFY(q.exec(u"DROP TRIGGER boom"_s));
        db.reset();
        QCOMPARE(test::dumpDatabase(path), before);
    }

    void refusesNewerSchemaWithoutTouchingIt()
    {
        const QString path = m_dir.filePath(u"newer.sqlite"_s);
        {
            auto db = test::openDb(path);
            QVERIFY(db);
            QSqlQuery q(db->sql());
            QVERIFY(q.exec(u"PRAGMA user_version = %1"_s.arg(Database::SchemaVersion + 1)));
            QVERIFY(q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        f.close();
        auto again = Database::open(path);
        QVERIFY(!again.ok());
        QVERIFY2(again.error().contains(u"newer"_s), qPrintable(again.error()));
        QVERIFY(again.error().contains(path));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), bytes);
    }

    void refusesFilesThatAreNotOurs()
    {
        const QString text = m_dir.filePath(u"notes.txt"_s);
        QVERIFY(writeFile(text, "just some notes\n"));
        auto r = Database::open(text);
        QVERIFY(!r.ok());
        QVERIFY(r.error().contains(u"not an SQLite database"_s));
        QFile f(text);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("just some notes\n"));

        // An SQLite database of another program.
        const QString other = m_dir.filePath(u"other.sqlite"_s);
        {
            QSqlDatabase sdb = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other"_s);
            sdb.setDatabaseName(other);
            QVERIFY(sdb.open());
            QSqlQuery q(sdb);
            QVERIFY(q.exec(u"CREATE TABLE t (x)"_s));
            sdb.close();
        }
        QSqlDatabase::removeDatabase(u"other"_s);
        r = Database::open(other);
        QVERIFY(!r.ok());
        QVERIFY(r.error().contains(u"not a Jikenbo database"_s));
    }

    void queriesRunInSql()
    {
        const QString path = m_dir.filePath(u"query.sqlite"_s);
        const QString page = m_dir.filePath(u"query.txt"_s);
        QVERIFY(writeFile(page, pageText().toUtf8()));
        auto db = test::openDb(path);
        QVERIFY(db);
        Importer importer(*db, m_classifier);
        QCOMPARE(importer.importPaths({page}).added, 3);
        auto run = [&](const QString &text) {
            const ParsedQuery pq = QueryParser::parse(text, Taxonomy::builtIn());
            if (!pq.ok())
                return QStringList{u"error: "_s + pq.error->message};
            QStringList ids;
            for (const IncidentRecord &r : IncidentQuery::fetch(*db, pq.query).value())
                ids << r.caseId;
            ids.sort();
            return ids;
        };
        QCOMPARE(run(u"紛失"_s), QStringList{u"2024-402"_s});
        QCOMPARE(run(u"case:2024-401"_s), QStringList{u"2024-401"_s});
        QCOMPARE(run(u"case:2024"_s).size(), 3);
        QCOMPARE(run(u"cause:ransomware"_s), QStringList{u"2024-403"_s});
        QCOMPARE(run(u"-紛失"_s), (QStringList{u"2024-401"_s, u"2024-403"_s}));
        QCOMPARE(run(u"紛失 OR 誤送信"_s), (QStringList{u"2024-401"_s, u"2024-402"_s}));
        QCOMPARE(run(u"affected:>200"_s), QStringList{u"2024-401"_s});
        QCOMPARE(run(u"date:2024-05-02.."_s), (QStringList{u"2024-402"_s, u"2024-403"_s}));
        QCOMPARE(run(u"ｂｃｃ"_s), QStringList{u"2024-401"_s});
        QCOMPARE(
            IncidentQuery::count(*db, QueryParser::parse(u"year:2024"_s, Taxonomy::builtIn()).query)
                .value(),
            3);
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
