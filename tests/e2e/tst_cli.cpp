// SPDX-License-Identifier: GPL-3.0-or-later
// jikenbo-cli end to end: a real process, a real database file, real files on disk.
#include "TestSupport.h"
#include "store/Database.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace jikenbo;

namespace {

using test::readFile;
using test::writeFile;

const QByteArray goodPage =
    "【セキュリティ事件簿#2025-501】株式会社ハヤセ物流 配送伝票の誤送付について 2025/1/20\n\n\n"
    "お客様87名分の配送伝票を別のお客様に誤って送付しました。\n\n"
    "関連事件簿:【セキュリティ事件簿#2024-777】株式会社ハヤセ物流 以前の誤送付について\n\n"
    "【セキュリティ事件簿#2025-502】霧島台大学 メールアカウントへの不正ログインについて "
    "2025年1月22日\n\n\n"
    "学生のメールアカウントに第三者が不正ログインし、迷惑メールが送信されました。\n";

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    void expectOneLineError(const test::CliResult &r, const QString &mustName)
    {
        QCOMPARE(r.exitCode, 1);
        const QString err = r.errText().trimmed();
        QVERIFY2(!err.isEmpty(), "no message on stderr");
        QVERIFY2(err.contains(mustName), qPrintable(err));
        QVERIFY2(!err.contains(u"Segmentation"_s) && !err.contains(u"terminate called"_s),
                 qPrintable(err));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = path(u"cli.sqlite"_s);
        QVERIFY(writeFile(path(u"good.txt"_s), goodPage));
        const auto r = test::runCli({u"--db"_s, m_db, u"import"_s, path(u"good.txt"_s)});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.outText().contains(u"2 added"_s));
    }

    void versionAndHelp()
    {
        auto r = test::runCli({u"--version"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.outText().startsWith(u"jikenbo-cli "_s));
        r = test::runCli({u"--help"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.outText().contains(u"import"_s));
        r = test::runCli({u"frobnicate"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.errText().contains(u"unknown command"_s));
    }

    void helpCommand()
    {
        // `help COMMAND` and `COMMAND --help` print that command's usage and options.
        auto r = test::runCli({u"help"_s, u"export"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.outText().contains(u"export [QUERY...] --output FILE"_s));
        QVERIFY(r.outText().contains(u"--replace-unmappable"_s));
        r = test::runCli({u"list"_s, u"--help"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.outText().contains(u"--sort COLUMN"_s));
        QVERIFY(!r.outText().contains(u"Commands:"_s));
        for (const char *command : {"import", "list", "show", "sync", "export", "print",
                                    "reclassify", "eval", "generate"}) {
            r = test::runCli({u"help"_s, QLatin1StringView(command)});
            QCOMPARE(r.exitCode, 0);
            QVERIFY2(r.outText().startsWith(u"Usage: jikenbo-cli "_s), command);
        }
        r = test::runCli({u"help"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.outText().contains(u"Commands:"_s));
        r = test::runCli({u"help"_s, u"frobnicate"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.errText().contains(u"unknown command"_s));
        QVERIFY(r.outText().isEmpty());
    }

    void importJson()
    {
        const auto r =
            test::runCli({u"--db"_s, m_db, u"--json"_s, u"import"_s, path(u"good.txt"_s)});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        for (const char *k : {"files", "added", "updated", "unchanged", "skipped_posts", "errors"})
            QVERIFY2(o.contains(QLatin1StringView(k)), k);
        QCOMPARE(o.value(u"files"_s).toInt(), 1);
        QCOMPARE(o.value(u"added"_s).toInt(), 0);
        QCOMPARE(o.value(u"unchanged"_s).toInt(), 2);
        QVERIFY(o.value(u"errors"_s).toArray().isEmpty());
    }

    void listJson()
    {
        const auto r = test::runCli({u"--db"_s, m_db, u"list"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray a = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(a.size(), 2);
        const QJsonObject first = a.first().toObject();
        for (const char *k :
             {"key", "case_id", "title", "organization", "announced_on", "cause", "cause_origin",
              "sector", "affected", "labels", "follow_up", "follow_up_of", "source"})
            QVERIFY2(first.contains(QLatin1StringView(k)), k);
        // Newest first.
        QCOMPARE(first.value(u"case_id"_s).toString(), u"2025-502"_s);
        QCOMPARE(first.value(u"announced_on"_s).toString(), u"2025-01-22"_s);
        QCOMPARE(first.value(u"cause"_s).toString(), u"unauthorized_access"_s);
        QCOMPARE(first.value(u"sector"_s).toString(), u"education"_s);
        const QJsonObject second = a.at(1).toObject();
        QCOMPARE(second.value(u"affected"_s).toInt(), 87);
        QCOMPARE(second.value(u"cause"_s).toString(), u"mis_operation"_s);
        QCOMPARE(second.value(u"follow_up"_s).toBool(), false);
        QVERIFY(second.value(u"follow_up_of"_s).isNull());
    }

    void listQueries()
    {
        auto r = test::runCli({u"--db"_s, m_db, u"--json"_s, u"list"_s, u"誤送付"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 1);
        r = test::runCli({u"--db"_s, m_db, u"--json"_s, u"list"_s, u"case:2025-502"_s});
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 1);
        r = test::runCli({u"--db"_s, m_db, u"--json"_s, u"list"_s, u"--limit"_s, u"1"_s});
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 1);
        // Words are joined into one query.
        r = test::runCli(
            {u"--db"_s, m_db, u"--json"_s, u"list"_s, u"不正ログイン"_s, u"year:2025"_s});
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 1);
    }

    void badQuery()
    {
        const auto r = test::runCli({u"--db"_s, m_db, u"list"_s, u"cause:aliens"_s});
        expectOneLineError(r, u"unknown cause"_s);
        QVERIFY(r.errText().contains(u"position 7"_s));
        // An injection attempt is a malformed query: a clean message, nothing executed.
        const QString before = test::dumpDatabase(m_db);
        const auto inj = test::runCli(
            {u"--db"_s, m_db, u"--json"_s, u"list"_s, u"'); DROP TABLE incidents; --"_s});
        expectOneLineError(inj, u"')'"_s);
        const auto quoted = test::runCli({u"--db"_s, m_db, u"--json"_s, u"list"_s,
                                          u"\"'); DROP TABLE incidents; --\" OR NEAR ^ *"_s});
        QCOMPARE(quoted.exitCode, 0);
        QCOMPARE(test::dumpDatabase(m_db), before);
    }

    void showJson()
    {
        auto r = test::runCli({u"--db"_s, m_db, u"--json"_s, u"show"_s, u"2025-501"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QVERIFY(o.value(u"body"_s).toString().contains(u"誤って送付"_s));
        const QJsonArray related = o.value(u"related"_s).toArray();
        QCOMPARE(related.size(), 1);
        QCOMPARE(related.first().toObject().value(u"case_id"_s).toString(), u"2024-777"_s);
        // By key too, and a human rendering.
        r = test::runCli({u"--db"_s, m_db, u"show"_s, o.value(u"key"_s).toString()});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.outText().contains(u"株式会社ハヤセ物流"_s));
        r = test::runCli({u"--db"_s, m_db, u"show"_s, u"1999-001"_s});
        expectOneLineError(r, u"1999-001"_s);
    }

    // A case id several notices share (a notice and its follow-ups, or the blog numbering two
    // alike): show names them by key, a few at most, and tells how to list the rest; one line.
    void showOfASharedCaseId()
    {
        QByteArray page;
        const QList<QByteArray> towns{"白浜町", "青葉町", "霧島台市", "星見市",
                                      "潮見町", "若葉町", "松風市", "夕凪町"};
        for (const QByteArray &town : towns) {
            page += "【セキュリティ事件簿#2025-601】" + town +
                    " 住民票の写しの誤交付について 2025/2/3\n\n\n" + town +
                    "の窓口で、別の住民の住民票の写しを誤って交付しました。\n\n";
        }
        page += "【セキュリティ事件簿#2025-602】白浜町 窓口での誤交付について 2025/2/4\n\n\n"
                "別の住民の書類を誤って交付しました。\n\n"
                "【セキュリティ事件簿#2025-602】白浜町 窓口での誤交付について(第2報) "
                "2025/2/9\n\n\n調査の結果をお知らせします。\n";
        QVERIFY(writeFile(path(u"shared.txt"_s), page));
        const QString db = path(u"shared.sqlite"_s);
        auto r = test::runCli({u"--db"_s, db, u"import"_s, path(u"shared.txt"_s)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));

        r = test::runCli({u"--db"_s, db, u"show"_s, u"2025-601"_s});
        expectOneLineError(r, u"2025-601"_s);
        const QString err = r.errText().trimmed();
        QCOMPARE(err.count(u'\n'), 0);
        QVERIFY2(err.contains(u"matches 8 incidents"_s), qPrintable(err));
        QCOMPARE(err.count(u"2025-601-"_s), 5); // five keys named
        QVERIFY2(err.endsWith(u"3 more: jikenbo-cli list case:2025-601"_s), qPrintable(err));

        // Two: both named, nothing more to list.
        r = test::runCli({u"--db"_s, db, u"show"_s, u"2025-602"_s});
        expectOneLineError(r, u"matches 2 incidents"_s);
        QCOMPARE(r.errText().count(u"2025-602-"_s), 2);
        QVERIFY(!r.errText().contains(u"more:"_s));
        // What it points to lists them all.
        const auto listed = test::runCli({u"--db"_s, db, u"--json"_s, u"list"_s, u"case:2025-601"_s});
        QCOMPARE(listed.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(listed.out).array().size(), 8);
    }

    // Each bad input: a one-line error naming the file, exit status 1, the database unchanged.
    void badInputs_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("says");
        QTest::newRow("empty file") << u"empty.txt"_s << QByteArray() << u"empty"_s;
        QByteArray binary;
        for (int i = 0; i < 8192; ++i)
            binary.append(char((i * 2654435761u) >> 13));
        QTest::newRow("binary file") << u"photo.jpg"_s << binary << u"not a text file"_s;
        QTest::newRow("50 MB without a newline")
            << u"oneline.txt"_s << QByteArray(50 * 1024 * 1024, 'a') << u"longer than"_s;
        QTest::newRow("page without incidents")
            << u"travel.txt"_s
            << QByteArray("港町の喫茶店めぐりの記録を書いてみる\n\n\n今日は晴れでした。\n")
            << u"no incident posts"_s;
    }

    void badInputs()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, content);
        QFETCH(QString, says);
        const QString p = path(file);
        QVERIFY(writeFile(p, content));
        const QString before = test::dumpDatabase(m_db);
        const auto r = test::runCli({u"--db"_s, m_db, u"import"_s, p});
        expectOneLineError(r, p);
        QVERIFY2(r.errText().contains(says), qPrintable(r.errText()));
        QCOMPARE(r.errText().trimmed().count(u'\n'), 0);
        QCOMPARE(test::dumpDatabase(m_db), before);
        QFile::remove(p);
    }

    void folderWithAnUnreadableFile()
    {
        const QString dir = path(u"folder"_s);
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(writeFile(
            dir + u"/a.txt"_s,
            QByteArray(goodPage).replace("2025-501", "2025-601").replace("2025-502", "2025-602")));
        const QString bad = dir + u"/b.txt"_s;
        if (geteuid() == 0) {
            // root reads any mode: make it a link to nowhere instead.
            QVERIFY(QFile::link(dir + u"/missing-target.txt"_s, bad));
        } else {
            QVERIFY(writeFile(bad, goodPage));
            QVERIFY(QFile::setPermissions(bad, QFileDevice::Permissions()));
        }
        const auto r = test::runCli({u"--db"_s, m_db, u"--json"_s, u"import"_s, dir});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(u"added"_s).toInt(), 2);
        QCOMPARE(o.value(u"errors"_s).toArray().size(), 1);
        QCOMPARE(o.value(u"errors"_s).toArray().first().toObject().value(u"file"_s).toString(),
                 bad);
        QVERIFY(r.errText().contains(bad));
    }

    void dbThatIsNotSqlite()
    {
        const QString notDb = path(u"notes.txt"_s);
        QVERIFY(writeFile(notDb, "meeting notes, not a database\n"));
        const auto r = test::runCli({u"--db"_s, notDb, u"import"_s, path(u"good.txt"_s)});
        expectOneLineError(r, notDb);
        QVERIFY(r.errText().contains(u"not an SQLite database"_s));
        QCOMPARE(readFile(notDb), QByteArray("meeting notes, not a database\n"));
    }

    void dbWithNewerSchema()
    {
        const QString newer = path(u"newer.sqlite"_s);
        {
            auto db = test::openDb(newer);
            QVERIFY(db);
            QSqlQuery q(db->sql());
            QVERIFY(q.exec(u"PRAGMA user_version = %1"_s.arg(Database::SchemaVersion + 5)));
            QVERIFY(q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
        }
        const QByteArray bytes = readFile(newer);
        const auto r = test::runCli({u"--db"_s, newer, u"import"_s, path(u"good.txt"_s)});
        expectOneLineError(r, newer);
        QVERIFY(r.errText().contains(u"newer"_s));
        QCOMPARE(readFile(newer), bytes);
    }

    void missingDbForList()
    {
        const auto r = test::runCli({u"--db"_s, path(u"nowhere.sqlite"_s), u"list"_s});
        expectOneLineError(r, u"nowhere.sqlite"_s);
        QVERIFY(!QFile::exists(path(u"nowhere.sqlite"_s)));
    }

    void missingFile()
    {
        const auto r = test::runCli({u"--db"_s, m_db, u"import"_s, path(u"does-not-exist.txt"_s)});
        expectOneLineError(r, u"does-not-exist.txt"_s);
    }

    // A page whose last marker line has no body (a post cut short) imports that post with an
    // empty body and a warning naming it; the other posts of the page are not lost with it.
    void lastMarkerWithoutBody()
    {
        const QString page = path(u"cut-short.txt"_s);
        QVERIFY(writeFile(page, goodPage + "\n【セキュリティ事件簿#2025-503】白浜町 "
                                           "住民票の写しの誤交付について 2025/1/23\n\n"));
        const QString db = path(u"cut-short.sqlite"_s);
        auto r = test::runCli({u"--db"_s, db, u"--json"_s, u"import"_s, page});
        QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(u"added"_s).toInt(), 3);
        QVERIFY(o.value(u"errors"_s).toArray().isEmpty());
        QVERIFY2(r.errText().contains(u"cut-short.txt"_s) && r.errText().contains(u"2025-503"_s) &&
                     r.errText().contains(u"no text"_s),
                 qPrintable(r.errText()));
        r = test::runCli({u"--db"_s, db, u"--json"_s, u"show"_s, u"2025-503"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject shown = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(shown.value(u"body"_s).toString(), QString());
        QVERIFY(shown.value(u"title"_s).toString().contains(u"誤交付"_s));
    }

    void generateAndImport()
    {
        const QString dir = path(u"synthetic"_s);
        auto r = test::runCli(
            {u"generate"_s, u"--count"_s, u"300"_s, u"--per-file"_s, u"100"_s, u"--output"_s, dir});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QDir(dir).entryList(QDir::Files).size(), 3);
        const QString db = path(u"synthetic.sqlite"_s);
        r = test::runCli({u"--db"_s, db, u"--json"_s, u"import"_s, dir});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(u"added"_s).toInt(), 300);
        QCOMPARE(o.value(u"skipped_posts"_s).toInt(), 300 / 25);
    }

    // Reclassify with a user's rules file, then with the built-ins again; the cause origin and
    // the explanation are shown.
    void reclassifyWithRules()
    {
        const QString db = path(u"reclassify.sqlite"_s);
        auto r = test::runCli({u"--db"_s, db, u"import"_s, path(u"good.txt"_s)});
        QCOMPARE(r.exitCode, 0);
        const QString rules = path(u"my-rules.json"_s);
        QVERIFY(writeFile(rules, "{ \"causes\": { \"insider\": [ { \"id\": \"mine\", "
                                 "\"pattern\": \"誤送付|不正ログイン\", \"title\": 9 } ] }, "
                                 "\"sectors\": {} }"));
        r = test::runCli({u"--db"_s, db, u"--json"_s, u"--rules"_s, rules, u"reclassify"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
        QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(u"incidents"_s).toInt(), 2);
        QCOMPARE(o.value(u"cause_changed"_s).toInt(), 2);
        QCOMPARE(o.value(u"sector_changed"_s).toInt(), 2); // no sector rules: all "other"

        r = test::runCli({u"--db"_s, db, u"--json"_s, u"show"_s, u"2025-501"_s});
        QCOMPARE(r.exitCode, 0);
        o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(u"cause"_s).toString(), u"insider"_s);
        QCOMPARE(o.value(u"cause_origin"_s).toString(), u"rule"_s);
        const QJsonObject why = o.value(u"cause_explanation"_s).toObject();
        QCOMPARE(why.value(u"rules"_s).toArray().first().toObject().value(u"rule"_s).toString(),
                 u"mine"_s);
        QVERIFY(o.value(u"cause_confidence"_s).isDouble());

        r = test::runCli({u"--db"_s, db, u"reclassify"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.outText().contains(u"2 changed"_s), qPrintable(r.outText()));
        r = test::runCli({u"--db"_s, db, u"--json"_s, u"list"_s, u"origin:rule"_s});
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 2);

        r = test::runCli({u"--db"_s, db, u"reclassify"_s, u"extra"_s});
        QCOMPARE(r.exitCode, 1);
    }

    void brokenRulesFileChangesNothing()
    {
        const QString db = path(u"broken-rules.sqlite"_s);
        auto r = test::runCli({u"--db"_s, db, u"import"_s, path(u"good.txt"_s)});
        QCOMPARE(r.exitCode, 0);
        const QString before = test::dumpDatabase(db);
        const QString rules = path(u"broken-rules.json"_s);
        QVERIFY(writeFile(rules, "{ \"causes\": { \"insider\": [ { \"id\": \"half-done\", "
                                 "\"pattern\": \"誤送付(\", \"title\": 9 } ] }, "
                                 "\"sectors\": {} }"));
        r = test::runCli({u"--db"_s, db, u"--rules"_s, rules, u"reclassify"_s});
        expectOneLineError(r, u"half-done"_s);
        QVERIFY(r.errText().contains(u"broken-rules.json"_s));
        r = test::runCli({u"--db"_s, db, u"--rules"_s, rules, u"import"_s, path(u"good.txt"_s)});
        expectOneLineError(r, u"half-done"_s);
        QCOMPARE(test::dumpDatabase(db), before);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
