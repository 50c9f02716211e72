// SPDX-License-Identifier: GPL-3.0-or-later
// Japanese-aware search end to end: folding, the tokenizer's edge cases, the query language over
// the real seed pages (expected case ids established by reading the pages), malformed and hostile
// queries, relevance order, Japanese collation, synonyms, snippets, the index rebuild when the
// tokenizer changes, and the table model giving what jikenbo-cli list gives.
#include "TestSupport.h"
#include "classify/Classifier.h"
#include "classify/RuleSet.h"
#include "classify/Taxonomy.h"
#include "ingest/SyntheticCorpus.h"
#include "jobs/Importer.h"
#include "models/IncidentTableModel.h"
#include "models/QueryWorker.h"
#include "search/JapaneseTokenizer.h"
#include "search/QueryParser.h"
#include "search/QuerySql.h"
#include "search/SearchNormalizer.h"
#include "search/SearchSnippet.h"
#include "store/Database.h"
#include "store/IncidentQuery.h"
#include "store/IncidentStore.h"
#include "store/SearchIndex.h"
#include "store/SqliteFunctions.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sqlite3.h>

#include <atomic>
#include <cstring>
#include <functional>
#include <optional>

using namespace Qt::StringLiterals;
using namespace jikenbo;

namespace {

QStringList ids(std::initializer_list<const char16_t *> l)
{
    QStringList out;
    for (const char16_t *s : l)
        out << QString::fromUtf16(s);
    out.sort();
    return out;
}

// Sorted case ids of what a query finds (duplicates kept: a follow-up reuses its case id).
QStringList caseIds(Database &db, const QString &text, const QuerySqlOptions &sql = {})
{
    const ParsedQuery pq = QueryParser::parse(text, Taxonomy::builtIn());
    if (!pq.ok())
        return {u"parse error: "_s + pq.error->message};
    ListOptions o;
    o.sql = sql;
    const auto rows = IncidentQuery::fetch(db, pq.query, o);
    if (!rows.ok())
        return {u"sql error: "_s + rows.error()};
    QStringList out;
    for (const IncidentRecord &r : rows.value())
        out << r.caseId;
    out.sort();
    return out;
}

// Keys in the order jikenbo-cli list --json prints them.
QStringList cliKeys(const QString &db, const QStringList &args, QString *err = nullptr)
{
    const test::CliResult r =
        test::runCli(QStringList{u"--db"_s, db, u"--json"_s, u"list"_s} + args);
    if (err)
        *err = r.errText();
    if (r.exitCode != 0)
        return {u"exit %1: "_s.arg(r.exitCode) + r.errText()};
    QStringList keys;
    for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array())
        keys << v.toObject().value(u"key"_s).toString();
    return keys;
}

QString metaValue(Database &db, const char *name)
{
    QSqlQuery q(db.sql());
    q.prepare(u"SELECT value FROM meta WHERE name = ?"_s);
    q.addBindValue(QString::fromLatin1(name));
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

bool setMeta(Database &db, const char *name, const QString &value)
{
    QSqlQuery q(db.sql());
    q.prepare(u"UPDATE meta SET value = ? WHERE name = ?"_s);
    q.addBindValue(value);
    q.addBindValue(QString::fromLatin1(name));
    return q.exec() && q.numRowsAffected() == 1;
}

// A bare incident row (for ordering tests that need exact organisations and titles).
bool insertIncident(Database &db, int id, const QString &organization, const QString &title,
                    const QString &date)
{
    const QString org = organization.isNull() ? QStringLiteral("") : organization;
    QSqlQuery q(db.sql());
    q.prepare(
        u"INSERT INTO incidents (id, key, case_id, case_year, case_seq, title, organization, "
        u"announced_on, cause, "
        "cause_origin, cause_auto, cause_auto_origin, sector, content_hash, first_seen, "
        "last_changed) "
        "VALUES (?, ?, ?, 2024, ?, ?, ?, ?, 'other', 'rule', 'other', 'rule', 'company', 'h', 'now', 'now')"_s);
    q.addBindValue(id);
    q.addBindValue(u"k%1"_s.arg(id));
    q.addBindValue(u"2024-%1"_s.arg(id, 3, 10, QChar(u'0')));
    q.addBindValue(id);
    q.addBindValue(title);
    q.addBindValue(org);
    q.addBindValue(date.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(date));
    if (!q.exec()) {
        qWarning("%s", qPrintable(q.lastError().text()));
        return false;
    }
    for (const QString &table : {u"incident_text"_s, u"incident_fts"_s}) {
        QSqlQuery t(db.sql());
        t.prepare(u"INSERT INTO "_s + table +
                  u" (rowid, title, organization, body) VALUES (?, ?, ?, '')"_s);
        t.addBindValue(id);
        t.addBindValue(title);
        t.addBindValue(org);
        if (!t.exec()) {
            qWarning("%s", qPrintable(t.lastError().text()));
            return false;
        }
    }
    return true;
}

// The table model's query worker on a thread of its own, stopped however the test ends.
class WorkerThread
{
public:
    explicit WorkerThread(const QString &db)
        : m_worker(new QueryWorker(db))
    {
        m_worker->moveToThread(&m_thread);
        QObject::connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
        m_thread.start();
        QMetaObject::invokeMethod(m_worker, &QueryWorker::open, Qt::QueuedConnection);
    }
    ~WorkerThread()
    {
        m_thread.quit();
        m_thread.wait();
    }
    QueryWorker *worker() const { return m_worker; }

private:
    QThread m_thread;
    QueryWorker *m_worker;
};

} // namespace

class TestSearch : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_seedsDb;
    std::unique_ptr<Database> m_db;
    bool m_haveSeeds = false;

    // A copy of the seeds database to change.
    QString seedsCopy(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QSqlQuery q(m_db->sql());
        q.prepare(u"VACUUM INTO ?"_s);
        q.addBindValue(path);
        return q.exec() ? path : QString();
    }

    // 3,000 synthetic notices with varied text, imported once.
    QString largerDb()
    {
        const QString path = m_dir.filePath(u"larger.sqlite"_s);
        if (QFileInfo::exists(path))
            return path;
        SyntheticCorpus::Options o;
        o.notices = 3000;
        o.perFile = 1000;
        o.variedText = true;
        if (!SyntheticCorpus::write(m_dir.filePath(u"larger"_s), o).ok())
            return {};
        auto db = test::openDb(path);
        if (!db)
            return {};
        const Classifier classifier(Taxonomy::builtIn(), RuleSet::builtIn());
        Importer importer(*db, classifier);
        if (importer.importPaths({m_dir.filePath(u"larger"_s)}).added != 3000)
            return {};
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (!test::sharedMissingReason().isEmpty())
            return; // the seed tests skip (or fail in CI) one by one
        m_seedsDb = m_dir.filePath(u"seeds.sqlite"_s);
        m_db = test::openDb(m_seedsDb);
        QVERIFY(m_db);
        const Classifier classifier(Taxonomy::builtIn(), RuleSet::builtIn());
        Importer importer(*m_db, classifier);
        QCOMPARE(importer.importPaths({test::seedsDir()}).added, 74);
        m_haveSeeds = true;
    }

    // ---- folding -----------------------------------------------------------------------------

    void folding_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::newRow("full-width Latin") << u"ＵＳＢメモリ"_s << u"USBメモリ"_s;
        QTest::newRow("case") << u"USB"_s << u"usb"_s;
        QTest::newRow("full-width lower") << u"ｕｓｂ"_s << u"USB"_s;
        QTest::newRow("full-width digits") << u"１，０９２件"_s << u"1,092件"_s;
        QTest::newRow("ideographic space") << u"個人情報　漏えい"_s << u"個人情報 漏えい"_s;
        QTest::newRow("half-width katakana") << u"ｻｰﾊﾞｰ"_s << u"サーバー"_s;
        QTest::newRow("katakana/hiragana") << u"ウイルス"_s << u"ういるす"_s;
        QTest::newRow("final long vowel") << u"サーバー"_s << u"サーバ"_s;
        QTest::newRow("final long vowel 2") << u"ユーザー"_s << u"ユーザ"_s;
        QTest::newRow("long vowel before particle") << u"サーバーへ"_s << u"サーバへ"_s;
        QTest::newRow("variant ランサムウエア") << u"ランサムウエア"_s << u"ランサムウェア"_s;
        QTest::newRow("variant 漏洩") << u"漏洩"_s << u"漏えい"_s;
        QTest::newRow("variant Eメール") << u"Ｅメール"_s << u"メール"_s;
        QTest::newRow("variant in context")
            << u"個人情報の漏洩について"_s << u"個人情報の漏えいについて"_s;
        QTest::newRow("Greek case") << u"ΑΒΓ"_s << u"αβγ"_s;
        QTest::newRow("circled digit (NFKC)") << u"①"_s << u"1"_s;
    }

    void folding()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        const SearchNormalizer &n = SearchNormalizer::instance();
        QCOMPARE(n.normalize(a), n.normalize(b));
        QCOMPARE(JapaneseTokenizer::queryTokens(a), JapaneseTokenizer::queryTokens(b));
    }

    void foldingKeepsWhatDiffers()
    {
        const SearchNormalizer &n = SearchNormalizer::instance();
        QCOMPARE(n.normalize(u"ＡＢＣ１２３"_s), u"abc123"_s);
        QCOMPARE(n.normalize(u"サーバー"_s), u"さーば"_s); // the inner ー stays
        QCOMPARE(n.normalize(u"ー"_s), u"ー"_s);           // no katakana before it
        QVERIFY(n.normalize(u"紛失"_s) != n.normalize(u"盗難"_s));
        QVERIFY(n.normalize(u"サーバ"_s) != n.normalize(u"サーブ"_s));
        QVERIFY(n.normalize(u"USB"_s) != n.normalize(u"UBS"_s));
    }

    // ---- the tokenizer -------------------------------------------------------------------------

    void tokenizerQueries_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("tokens");
        QTest::newRow("empty") << QString() << QStringList{};
        QTest::newRow("spaces and punctuation") << u"　、。!? ()"_s << QStringList{};
        QTest::newRow("emoji only") << u"🔥🔒"_s << QStringList{};
        QTest::newRow("one kanji") << u"県"_s << QStringList{u"県"_s};
        QTest::newRow("two kanji") << u"紛失"_s << QStringList{u"紛失"_s};
        QTest::newRow("three kanji") << u"不正ア"_s << QStringList{u"不正"_s, u"正あ"_s};
        QTest::newRow("Latin and kana")
            << u"USBメモリ"_s << QStringList{u"usb"_s, u"めも"_s, u"もり"_s};
        QTest::newRow("digits inside") << u"令和5年"_s << QStringList{u"令和"_s, u"5"_s, u"年"_s};
        QTest::newRow("space inside a run")
            << u"個人情報 漏えい"_s
            << QStringList{u"個人"_s, u"人情"_s, u"情報"_s, u"報漏"_s, u"漏え"_s, u"えい"_s};
        QTest::newRow("emoji inside a run")
            << u"漏えい🔥流出"_s << QStringList{u"漏え"_s, u"えい"_s, u"い流"_s, u"流出"_s};
        QTest::newRow("mixed scripts")
            << u"Windows10のＰＣと한국어"_s
            << QStringList{u"windows10"_s, u"の"_s, u"pc"_s, u"と한"_s, u"한국"_s, u"국어"_s};
        QTest::newRow("Latin words, a variant")
            << u"Emotet e-mail VPN"_s // e-mail = メール
            << QStringList{u"emotet"_s, u"めー"_s, u"ーる"_s, u"vpn"_s};
    }

    void tokenizerQueries()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, tokens);
        QCOMPARE(JapaneseTokenizer::queryTokens(text), tokens);
    }

    // Documents of every awkward shape go into an FTS5 table with the tokenizer and are found.
    void tokenizerDocuments()
    {
        auto db = test::openDb(m_dir.filePath(u"tokens.sqlite"_s));
        QVERIFY(db);
        QSqlQuery q(db->sql());
        QVERIFY2(q.exec(u"CREATE VIRTUAL TABLE temp.t USING fts5(x, tokenize='jikenbo')"_s),
                 qPrintable(q.lastError().text()));
        const QString longRun =
            QString(50000, QChar(u'漢')) + u"紛失"_s + QString(50000, QChar(u'字'));
        const QString longWord = QString(5000, QChar(u'a'));
        const QStringList docs{QString(),
                               u"🔥🔥🔥"_s,
                               u"漏えい🔥流出"_s,
                               longRun,
                               longWord + u" 末尾"_s,
                               u"Ｗｉｎｄｏｗｓ１０のＰＣで한국어"_s,
                               u"令和 5 年 12 月 4 日"_s,
                               u"受付票の保存媒体(USB メモリ)の紛失"_s};
        for (const QString &d : docs) {
            q.prepare(u"INSERT INTO temp.t (x) VALUES (?)"_s);
            q.addBindValue(d);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        // Invalid UTF-8 straight from SQL: replaced, never a crash.
        QVERIFY2(
            q.exec(u"INSERT INTO temp.t (x) VALUES (CAST(X'E6FF80E7B49BE5A4B1C0AF' AS TEXT))"_s),
            qPrintable(q.lastError().text()));
        auto hits = [&](const QString &text) {
            QSqlQuery m(db->sql());
            m.prepare(u"SELECT rowid FROM temp.t WHERE t MATCH ? ORDER BY rowid"_s);
            m.addBindValue(QuerySql::ftsPhrase(text));
            QList<int> rows;
            if (!m.exec())
                return QList<int>{-1};
            while (m.next())
                rows << m.value(0).toInt();
            return rows;
        };
        QCOMPARE(hits(u"い流"_s), QList<int>{3}); // across the emoji
        QCOMPARE(hits(u"漏えい流出"_s), QList<int>{3});
        QCOMPARE(hits(u"漢紛失字"_s), QList<int>{4}); // the middle of a 100k run
        QCOMPARE(hits(u"漢"_s), QList<int>{4});
        QCOMPARE(hits(longWord), QList<int>{5}); // words cut at 64 characters alike
        QCOMPARE(hits(u"末尾"_s), QList<int>{5});
        QCOMPARE(hits(u"windows10"_s), QList<int>{6});
        QCOMPARE(hits(u"한국"_s), QList<int>{6});
        QCOMPARE(hits(u"令和5年12月"_s), QList<int>{7});
        QCOMPARE(hits(u"USBメモリの紛失"_s), QList<int>{8}); // across the parenthesis
        // 9: the invalid bytes around 紛失 decode as U+FFFD.
        QCOMPARE(hits(u"紛失"_s), (QList<int>{4, 8, 9}));
        // Offsets for highlighting point into the original text, through folding.
        const QString doc = u"保存媒体(ＵＳＢ メモリー)の紛失"_s;
        const auto spans = JapaneseTokenizer::findMatches(doc, u"usbメモリ"_s);
        QCOMPARE(spans.size(), 1);
        QCOMPARE(doc.mid(spans[0].begin, spans[0].end - spans[0].begin), u"ＵＳＢ メモリー"_s);
    }

    // Tokens worked out ahead (an import's other thread) index exactly as the tokenizer would;
    // a feed holding other texts changes nothing.
    void pretokenizedDocumentsIndexAlike()
    {
        auto db = test::openDb(m_dir.filePath(u"pretokens.sqlite"_s));
        QVERIFY(db);
        QSqlQuery q(db->sql());
        for (const QString &t : {u"a"_s, u"b"_s}) {
            QVERIFY2(q.exec(u"CREATE VIRTUAL TABLE temp."_s + t +
                            u" USING fts5(x, y, tokenize='jikenbo')"_s),
                     qPrintable(q.lastError().text()));
        }
        const QStringList docs{QString(),
                               u"漏えい🔥流出"_s,
                               QString(3000, QChar(u'漢')) + u"紛失 USB"_s,
                               u"Ｗｉｎｄｏｗｓ１０のＰＣで한국어"_s,
                               u"受付票の保存媒体(USB メモリー)の紛失、令和 5 年 12 月 4 日"_s};
        const JapaneseTokenizer::Pretokenized other(u"関係のない文書"_s.toUtf8());
        for (qsizetype i = 0; i < docs.size(); ++i) {
            const QString &x = docs[i];
            const QString y = docs[docs.size() - 1 - i];
            for (const QString &t : {u"a"_s, u"b"_s}) {
                const JapaneseTokenizer::Pretokenized px(x.toUtf8()), py(y.toUtf8());
                // b: x and y come from the feed, except every other row where only an
                // unrelated text is fed and both are tokenized as usual.
                std::optional<JapaneseTokenizer::TokenFeed> feed;
                if (t == u"b"_s) {
                    if (i % 2 == 0)
                        feed.emplace(std::initializer_list<const JapaneseTokenizer::Pretokenized *>{
                            &other, &py, &px});
                    else
                        feed.emplace(std::initializer_list<const JapaneseTokenizer::Pretokenized *>{
                            &other});
                }
                q.prepare(u"INSERT INTO temp."_s + t + u" (x, y) VALUES (?, ?)"_s);
                q.addBindValue(x);
                q.addBindValue(y);
                QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            }
        }
        auto blocks = [&](const QString &t) {
            QSqlQuery b(db->sql());
            QList<QByteArray> out;
            if (!b.exec(u"SELECT block FROM temp."_s + t + u"_data ORDER BY id"_s))
                return out;
            while (b.next())
                out << b.value(0).toByteArray();
            return out;
        };
        const QList<QByteArray> a = blocks(u"a"_s);
        QVERIFY(a.size() > 1);
        QCOMPARE(blocks(u"b"_s), a);
        QSqlQuery m(db->sql());
        QVERIFY(m.exec(u"SELECT rowid FROM temp.b WHERE b MATCH 'x:\"紛失\"' ORDER BY rowid"_s));
        QList<int> rows;
        while (m.next())
            rows << m.value(0).toInt();
        QCOMPARE(rows, (QList<int>{3, 5}));
    }

    // Free text and org: and their AND, OR and NOT become one FTS5 expression where they can.
    void fullTextGoesToFts5AsOneExpression_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("ftsOnly");
        QTest::addColumn<QString>("sql");
        QTest::addColumn<int>("binds");
        const QString match =
            u"i.id IN (SELECT rowid FROM incident_fts WHERE incident_fts MATCH ?)"_s;
        QTest::newRow("word") << u"紛失"_s << u"\"紛失\""_s << match << 1;
        QTest::newRow("AND") << u"紛失 usb"_s << u"(\"紛失\") AND (\"usb\")"_s << match << 1;
        QTest::newRow("OR") << u"紛失 OR 盗難"_s << u"(\"紛失\") OR (\"盗難\")"_s << match << 1;
        QTest::newRow("NOT") << u"紛失 -usb -vpn"_s << u"(\"紛失\") NOT ((\"usb\") OR (\"vpn\"))"_s
                             << match << 1;
        QTest::newRow("org") << u"org:病院 紛失"_s << u"(organization : \"病院\") AND (\"紛失\")"_s
                             << match << 1;
        QTest::newRow("nested") << u"(紛失 OR 盗難) usb"_s
                                << u"((\"紛失\") OR (\"盗難\")) AND (\"usb\")"_s << match << 1;
        QTest::newRow("only negated, with a field")
            << u"-紛失 cause:loss_theft"_s << QString()
            << u"(NOT "_s + match + u" AND i.cause = ?)"_s << 2;
        QTest::newRow("text OR field") << u"紛失 OR cause:ransomware"_s << QString()
                                       << u"("_s + match + u" OR i.cause = ?)"_s << 2;
        // Punctuation is set aside by the parser (alone, it is "nothing searchable"): it no
        // longer turns an OR into "everything".
        QTest::newRow("punctuation OR word") << u"* OR 紛失"_s << u"\"紛失\""_s << match << 1;
        QTest::newRow("punctuation and word") << u"* 紛失"_s << u"\"紛失\""_s << match << 1;
    }

    void fullTextGoesToFts5AsOneExpression()
    {
        QFETCH(QString, query);
        QFETCH(QString, ftsOnly);
        QFETCH(QString, sql);
        QFETCH(int, binds);
        const ParsedQuery pq = QueryParser::parse(query, Taxonomy::builtIn());
        QVERIFY(pq.ok());
        const SqlWhere w = QuerySql::where(pq.query);
        QCOMPARE(w.ftsOnly, ftsOnly);
        QCOMPARE(w.sql, sql);
        QCOMPARE(int(w.binds.size()), binds);
        if (!ftsOnly.isEmpty())
            QCOMPARE(w.binds.value(0).toString(), ftsOnly);
    }

    // ---- the query language over the seed pages -----------------------------------------------

    // Expected case ids established by reading the seed pages (../shared/seeds), not by running
    // the program: each incident post runs from its marker line to the next post.
    void seedQueries_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("紛失") << u"紛失"_s
                              << ids({u"2023-040", u"2023-042", u"2023-044", u"2023-045",
                                      u"2023-046", u"2023-047", u"2023-052", u"2023-053",
                                      u"2024-012", u"2024-025"});
        // USBメモリ, USB メモリ, USBメモリー, (USB メモリ)
        const QStringList usb = ids({u"2023-040", u"2023-042", u"2023-044", u"2023-046",
                                     u"2023-047", u"2023-053", u"2024-012", u"2024-025"});
        QTest::newRow("USBメモリ") << u"USBメモリ"_s << usb;
        QTest::newRow("usb") << u"usb"_s << usb;
        QTest::newRow("ＵＳＢ (full width)") << u"ＵＳＢ"_s << usb;
        // サーバ and サーバー (also inside ウォーターサーバー, 2023-036)
        QTest::newRow("サーバ") << u"サーバ"_s
                                << ids({u"2022", u"2023-036", u"2023-039", u"2023-055", u"2023-175",
                                        u"2023-275", u"2023-312", u"2023-410", u"2024-010",
                                        u"2024-024", u"2024-026", u"2024-097", u"2024-110"});
        // 2023-038 writes ランサムウエア only, 2023-054 ランサムウェア only.
        const QStringList ransom = ids({u"2023-038", u"2023-054"});
        QTest::newRow("ランサムウェア") << u"ランサムウェア"_s << ransom;
        QTest::newRow("ランサムウエア") << u"ランサムウエア"_s << ransom;
        QTest::newRow("県警") << u"県警"_s << ids({u"2024-110", u"2024-140"});
        QTest::newRow("cause:misconfiguration year:2023")
            << u"cause:misconfiguration year:2023"_s
            << ids({u"2023-175", u"2023-243", u"2023-243", u"2023-259", u"2023-269",
                    u"2023-275", u"2023-279", u"2023-283", u"2023-294", u"2023-307",
                    u"2023-312", u"2023-316", u"2023-326", u"2023-362", u"2023-364",
                    u"2023-367", u"2023-380", u"2023-386", u"2023-390", u"2023-410"});
        // Hospitals whose notice is not a loss or theft (2022: 金沢西病院's recovery report).
        QTest::newRow("org:病院 -cause:loss_theft")
            << u"org:病院 -cause:loss_theft"_s
            << ids({u"2022", u"2023-041", u"2023-283", u"2023-386", u"2024-057", u"2024-149"});
        // 2024-025 states its patients and its staff apart, about as strongly: no count is taken.
        QTest::newRow("affected:>=1000")
            << u"affected:>=1000"_s
            << ids({u"2022", u"2023-036", u"2023-044", u"2023-051", u"2023-055", u"2023-107",
                    u"2023-175", u"2023-243", u"2023-243", u"2023-269", u"2023-275", u"2023-283",
                    u"2023-380", u"2023-386", u"2024-012", u"2024-033", u"2024-059", u"2024-119"});
        // Only notices with an announcement date from 2024 on; undated ones are not in a range.
        QTest::newRow("date:2024-01-01..")
            << u"date:2024-01-01.."_s
            << ids({u"2024-057", u"2024-059", u"2024-073", u"2024-080", u"2024-093", u"2024-097",
                    u"2024-099", u"2024-100", u"2024-109", u"2024-111", u"2024-119", u"2024-125",
                    u"2024-129", u"2024-132", u"2024-146", u"2024-149"});
        // A phrase: in this order, across "(USB メモリ)の" and "USBメモリーの".
        QTest::newRow("phrase USBメモリの紛失")
            << u"\"USBメモリの紛失\""_s
            << ids({u"2023-040", u"2023-042", u"2023-044", u"2023-046", u"2024-012", u"2024-025"});
        const QStringList leak =
            ids({u"2023-041", u"2023-049", u"2023-055", u"2023-243", u"2023-243", u"2023-259",
                 u"2023-275", u"2023-283", u"2023-307", u"2023-410", u"2024-011", u"2024-030",
                 u"2024-033", u"2024-097", u"2024-119", u"2024-146", u"2024-149"});
        QTest::newRow("phrase with a space") << u"\"個人情報 漏えい\""_s << leak;
        QTest::newRow("phrase as one word") << u"個人情報漏洩"_s << leak;
        // The same words apart from each other find more.
        QTest::newRow("words 紛失 USBメモリ") << u"紛失 USBメモリ"_s << usb;
        QTest::newRow("phrase 個人情報の漏えい (漏洩 too)")
            << u"\"個人情報の漏えい\""_s
            << ids({u"2023-036", u"2023-044", u"2023-047", u"2023-051", u"2023-294", u"2023-386",
                    u"2023-390", u"2024-029", u"2024-057", u"2024-097", u"2024-146"});
        // 令和 5 年 and 令和5年: a run, a number, a run.
        QTest::newRow("令和5年") << u"令和5年"_s
                                 << ids({u"2023-041", u"2023-042", u"2023-045", u"2023-047",
                                         u"2023-048", u"2023-050", u"2023-051", u"2023-052",
                                         u"2023-107", u"2023-175", u"2023-279", u"2023-307",
                                         u"2023-316", u"2023-364", u"2024-012", u"2024-025",
                                         u"2024-029", u"2024-030", u"2024-057", u"2024-080",
                                         u"2024-109"});
        QTest::newRow("OR") << u"県警 OR ランサムウェア"_s
                            << ids({u"2023-038", u"2023-054", u"2024-110", u"2024-140"});
        QTest::newRow("negated text") << u"usb -紛失"_s << QStringList{};
        QTest::newRow("case id") << u"case:2023-243"_s << ids({u"2023-243", u"2023-243"});
        QTest::newRow("one kanji, organisation")
            << u"org:県警"_s << ids({u"2024-110", u"2024-140"});
    }

    void seedQueries()
    {
        JIKENBO_REQUIRE_SHARED();
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        QCOMPARE(caseIds(*m_db, query), expected);
    }

    // ---- malformed and hostile queries ----------------------------------------------------------

    void malformedQueries_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("says");
        QTest::newRow("stray quote") << u"紛失 \""_s << u"closing \""_s;
        QTest::newRow("NEAR(") << u"NEAR("_s << u"expected a search term"_s;
        QTest::newRow("stray )") << u"紛失 )"_s << u"no '(' to close"_s;
        QTest::newRow("unknown field") << u"body:紛失"_s << u"unknown field"_s;
        QTest::newRow("trailing OR") << u"紛失 OR"_s << u"OR needs a term after"_s;
        QTest::newRow("bad range") << u"affected:>=lots"_s << u"not a valid value"_s;
        QTest::newRow("bad date") << u"date:2024-02-30"_s << u"not a date"_s;
        QTest::newRow("field without value") << u"org:"_s << u"needs a value"_s;
    }

    // A malformed query gets one line saying where and what, from the GUI's parser and from the
    // CLI (exit status 1), never an SQL error.
    void malformedQueries()
    {
        JIKENBO_REQUIRE_SHARED();
        QFETCH(QString, query);
        QFETCH(QString, says);
        const ParsedQuery pq = QueryParser::parse(query, Taxonomy::builtIn());
        QVERIFY(!pq.ok());
        QVERIFY2(pq.error->message.contains(says), qPrintable(pq.error->message));
        const test::CliResult r = test::runCli({u"--db"_s, m_seedsDb, u"list"_s, query});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.errText().contains(u"bad query at position"_s), qPrintable(r.errText()));
        QVERIFY(r.errText().contains(says));
        QVERIFY(!r.errText().contains(u"SQL"_s, Qt::CaseInsensitive));
        QCOMPARE(r.errText().count(u'\n'), 1);
    }

    void hostileQueries_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("matches"); // -1: a parse error is fine too
        QTest::newRow("DROP TABLE") << u"'); DROP TABLE incidents; --"_s << 0;
        QTest::newRow("quoted DROP") << u"\"'); DROP TABLE incidents; --\""_s << 0;
        QTest::newRow("org DROP") << u"org:\"x'); DELETE FROM annotations; --\""_s << 0;
        // Punctuation only: "nothing searchable in the query" (it matched every notice).
        QTest::newRow("star") << u"*"_s << -1;
        QTest::newRow("caret") << u"^"_s << -1;
        QTest::newRow("colon") << u":"_s << -1;
        QTest::newRow("prefix star") << u"紛失*"_s << 10; // FTS5 syntax is text
        QTest::newRow("caret word") << u"^紛失"_s << 10;
        QTest::newRow("NEAR group") << u"NEAR(紛失 USB)"_s << 0; // the word "near" and the rest
        QTest::newRow("column filter") << u"title:紛失"_s << -1;
        QTest::newRow("fts column syntax") << u"{title}:紛失"_s << 0; // the phrase "title 紛失"
        QTest::newRow("AND NOT words") << u"紛失 AND NOT USB"_s << 0;
        QTest::newRow("doubled quotes") << u"\"紛\"\"失\""_s << 10;
        QTest::newRow("lone minus") << u"- 紛失"_s << 10;
        QTest::newRow("negated punctuation") << u"紛失 -*"_s << 10; // nothing to exclude
        // The punctuation is set aside; what is left is the phrase "1 1".
        QTest::newRow("percent") << u"%' OR 1=1 --"_s << -1;
        QTest::newRow("NUL") << QString(u"紛失"_s + QChar(0)) << 10;
        QTest::newRow("NUL phrase") << QString(u"\"紛"_s + QChar(0) + u"失\""_s) << 10;
    }

    // Hostile text never errors out of SQLite and never changes data.
    void hostileQueries()
    {
        JIKENBO_REQUIRE_SHARED();
        QFETCH(QString, query);
        QFETCH(int, matches);
        const QString before = test::dumpDatabase(m_seedsDb);
        const ParsedQuery pq = QueryParser::parse(query, Taxonomy::builtIn());
        if (pq.ok()) {
            for (bool synonyms : {false, true}) {
                for (SortColumn sort :
                     {SortColumn::Date, SortColumn::Relevance, SortColumn::Title}) {
                    ListOptions o;
                    o.sort = sort;
                    o.sql.expandSynonyms = synonyms;
                    const auto rows = IncidentQuery::fetch(*m_db, pq.query, o);
                    QVERIFY2(rows.ok(), qPrintable(rows.error()));
                    if (matches >= 0)
                        QCOMPARE(rows->size(), matches);
                    const auto n = IncidentQuery::count(*m_db, pq.query, o.sql);
                    QVERIFY2(n.ok(), qPrintable(n.error()));
                    QCOMPARE(n.value(), qint64(rows->size()));
                }
            }
        } else {
            QVERIFY(matches < 0 || !pq.ok());
            QVERIFY(!pq.error->message.isEmpty());
        }
        const test::CliResult r = test::runCli({u"--db"_s, m_seedsDb, u"list"_s, query});
        QVERIFY2(r.exitCode == 0 || r.exitCode == 1, qPrintable(r.errText()));
        QVERIFY(!r.errText().contains(u"sqlite"_s, Qt::CaseInsensitive));
        QVERIFY(!r.errText().contains(u"fts5"_s, Qt::CaseInsensitive));
        QCOMPARE(test::dumpDatabase(m_seedsDb), before);
        QSqlQuery q(m_db->sql());
        QVERIFY(q.exec(u"SELECT count(*) FROM incidents"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 74);
    }

    // ---- relevance -----------------------------------------------------------------------------

    void relevanceOrder()
    {
        JIKENBO_REQUIRE_SHARED();
        auto fetch = [&](const QString &text, SortColumn sort) {
            ListOptions o;
            o.sort = sort;
            return IncidentQuery::fetch(*m_db, QueryParser::parse(text, Taxonomy::builtIn()).query,
                                        o)
                .value();
        };
        // The same incidents as by date, with a title that says 紛失 first.
        const auto byDate = fetch(u"紛失"_s, SortColumn::Date);
        const auto byRank = fetch(u"紛失"_s, SortColumn::Relevance);
        QCOMPARE(byRank.size(), byDate.size());
        QSet<QString> a, b;
        for (const auto &r : byDate)
            a << r.key;
        for (const auto &r : byRank)
            b << r.key;
        QCOMPARE(a, b);
        QVERIFY2(byRank.front().title.contains(u"紛失"_s), qPrintable(byRank.front().title));
        // Rows found through another branch of an OR still come, after the scored ones.
        const auto mixed = fetch(u"県警 OR cause:ransomware"_s, SortColumn::Relevance);
        QCOMPARE(mixed.size(), fetch(u"県警 OR cause:ransomware"_s, SortColumn::Date).size());
        QVERIFY(mixed.front().organization.contains(u"県警"_s));
        // Without free text, relevance is the date order.
        const auto noText = fetch(u"year:2023"_s, SortColumn::Relevance);
        const auto noTextDate = fetch(u"year:2023"_s, SortColumn::Date);
        QCOMPARE(noText.size(), noTextDate.size());
        for (qsizetype i = 0; i < noText.size(); ++i)
            QCOMPARE(noText[i].key, noTextDate[i].key);
        // jikenbo-cli list --sort relevance: the same order.
        QStringList keys;
        for (const auto &r : byRank)
            keys << r.key;
        QCOMPARE(cliKeys(m_seedsDb, {u"--sort"_s, u"relevance"_s, u"紛失"_s}), keys);
    }

    // jk_rank against FTS5's own bm25 with the same weights, on the seeds, rows arriving in both
    // rowid orders: the same order for every query; the same scores when there are several
    // phrases, and scores in one fixed ratio to bm25's for a single phrase (no IDF needed).
    void rankFunctionOrdersAsBm25_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("onePhrase");
        QTest::newRow("word") << u"紛失"_s << true;
        QTest::newRow("Japanese run") << u"個人情報"_s << true;
        QTest::newRow("one character") << u"県"_s << true;
        QTest::newRow("latin") << u"usb"_s << true;
        QTest::newRow("two words") << u"不正 アクセス"_s << false;
        QTest::newRow("or") << u"漏えい OR 紛失 OR ランサムウェア"_s << false;
    }
    void rankFunctionOrdersAsBm25()
    {
        JIKENBO_REQUIRE_SHARED();
        QFETCH(QString, query);
        QFETCH(bool, onePhrase);
        QuerySqlOptions so;
        so.rank = true;
        const SqlWhere w = QuerySql::where(QueryParser::parse(query, Taxonomy::builtIn()).query, so);
        QCOMPARE(w.joinBinds.size(), 1);
        const QString match = w.joinBinds.front().toString();
        for (const char *rowOrder : {"ASC", "DESC"}) {
            auto scores = [&](const QString &function) {
                QSqlQuery q(m_db->sql());
                q.prepare(u"SELECT rowid, %1(incident_fts, 10.0, 4.0, 1.0) FROM incident_fts "
                          u"WHERE incident_fts MATCH ? ORDER BY rowid %2"_s.arg(
                              function, QString::fromLatin1(rowOrder)));
                q.addBindValue(match);
                QList<std::pair<qint64, double>> out;
                if (!q.exec())
                    qWarning() << q.lastError().text();
                while (q.next())
                    out.append({q.value(0).toLongLong(), q.value(1).toDouble()});
                return out;
            };
            const auto bm25 = scores(u"bm25"_s);
            const auto ours = scores(u"jk_rank"_s);
            QVERIFY2(bm25.size() >= 2, qPrintable(query));
            QCOMPARE(ours.size(), bm25.size());
            const double ratio = bm25.front().second / ours.front().second;
            for (qsizetype k = 0; k < bm25.size(); ++k) {
                QCOMPARE(ours[k].first, bm25[k].first);
                QVERIFY(ours[k].second < 0);
                const double expected = onePhrase ? bm25[k].second / ratio : bm25[k].second;
                QVERIFY2(std::abs(ours[k].second - expected) <= 1e-9 * std::abs(expected),
                         qPrintable(u"%1 row %2: %3 against %4"_s.arg(query)
                                        .arg(ours[k].first)
                                        .arg(ours[k].second)
                                        .arg(expected)));
            }
            // The order: by score, equal scores together.
            auto order = [](QList<std::pair<qint64, double>> v) {
                std::stable_sort(v.begin(), v.end(),
                                 [](const auto &a, const auto &b) { return a.second < b.second; });
                QList<qint64> ids;
                for (const auto &p : v)
                    ids << p.first;
                return ids;
            };
            QCOMPARE(order(ours), order(bm25));
        }
    }

    // ---- Japanese collation --------------------------------------------------------------------

    void collation()
    {
        auto db = test::openDb(m_dir.filePath(u"collation.sqlite"_s));
        QVERIFY(db);
        QVERIFY(db->begin().ok());
        // Binary order would put katakana after every hiragana and 第10報 before 第2報.
        const QList<std::pair<QString, QString>> rows{{u"かざみ商事"_s, u"第10報 お知らせ"_s},
                                                      {u"アオバ精工"_s, u"第2報 お知らせ"_s},
                                                      {u"いろは書房"_s, u"ABC お知らせ"_s},
                                                      {u"青葉総合病院"_s, u"あいさつ"_s},
                                                      {QString(), u"カード情報"_s},
                                                      {u"ＡＢＣ株式会社"_s, u"お詫び"_s},
                                                      {u"いろは書房"_s, u"がっこう"_s}};
        for (qsizetype i = 0; i < rows.size(); ++i)
            QVERIFY(
                insertIncident(*db, int(i + 1), rows[i].first, rows[i].second, u"2024-01-01"_s));
        QVERIFY(db->commit().ok());
        auto order = [&](SortColumn c, bool desc, bool orgs) {
            ListOptions o;
            o.sort = c;
            o.descending = desc;
            QStringList out;
            for (const auto &r : IncidentQuery::fetch(*db, Query{}, o).value())
                out << (orgs ? (r.organization.isEmpty() ? u"-"_s : r.organization) + u'#' +
                                   QString::number(r.id)
                             : r.title);
            return out;
        };
        QCOMPARE(
            order(SortColumn::Organization, false, true),
            (QStringList{u"ＡＢＣ株式会社#6"_s, u"アオバ精工#2"_s, u"いろは書房#3"_s,
                         u"いろは書房#7"_s, u"かざみ商事#1"_s, u"青葉総合病院#4"_s, u"-#5"_s}));
        // Descending: the reverse, equal names by id descending, the missing name still last.
        QCOMPARE(
            order(SortColumn::Organization, true, true),
            (QStringList{u"青葉総合病院#4"_s, u"かざみ商事#1"_s, u"いろは書房#7"_s,
                         u"いろは書房#3"_s, u"アオバ精工#2"_s, u"ＡＢＣ株式会社#6"_s, u"-#5"_s}));
        QCOMPARE(order(SortColumn::Title, false, false),
                 (QStringList{u"ABC お知らせ"_s, u"あいさつ"_s, u"お詫び"_s, u"カード情報"_s,
                              u"がっこう"_s, u"第2報 お知らせ"_s, u"第10報 お知らせ"_s}));
        // The first rows come from an index walk, not a sort of every row.
        for (bool desc : {false, true}) {
            for (SortColumn c : {SortColumn::Organization, SortColumn::Title}) {
                QSqlQuery q(db->sql());
                QVERIFY(q.exec(u"EXPLAIN QUERY PLAN SELECT i.id FROM incidents AS i ORDER BY "_s +
                               IncidentQuery::orderBy(c, desc) + u" LIMIT 256"_s));
                QString plan;
                while (q.next())
                    plan += q.value(3).toString() + u'\n';
                QVERIFY2(!plan.contains(u"TEMP B-TREE"_s), qPrintable(plan));
                QVERIFY2(plan.contains(u"_ja"_s), qPrintable(plan));
            }
        }
    }

    // A database migrated from the oldest schema has the indexes of a new one, and its index is
    // brought to the current tokenizer.
    void migratedSchemaMatchesNew()
    {
        auto indexes = [](Database &db) {
            QSqlQuery q(db.sql());
            q.exec(
                u"SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL ORDER BY name"_s);
            QStringList out;
            while (q.next())
                out << q.value(0).toString() + u": "_s + q.value(1).toString().simplified();
            return out;
        };
        const QString oldPath = m_dir.filePath(u"old-v1.sqlite"_s);
        {
            QFile f(test::sourceDir() + u"/tests/data/schema-v1.sql"_s);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray sql =
                f.readAll() +
                "INSERT INTO incidents (id, key, case_id, case_year, title, organization, cause, "
                "cause_origin, cause_auto, cause_auto_origin, sector, content_hash, first_seen, "
                "last_changed) VALUES (1, 'k1', '2023-001', 2023, 'サーバーの紛失', '青葉市', "
                "'other', "
                "'rule', 'other', 'rule', 'other', 'h', 'now', 'now');"
                "INSERT INTO incident_text VALUES (1, 'サーバーの紛失', '青葉市', '令和5年に紛失');"
                "INSERT INTO incident_fts (rowid, title, organization, body) VALUES "
                "(1, 'サーバーの紛失', '青葉市', '令和5年に紛失');";
            sqlite3 *h = nullptr;
            QCOMPARE(sqlite3_open(oldPath.toUtf8().constData(), &h), SQLITE_OK);
            QVERIFY(registerSqliteFunctions(h).ok());
            char *msg = nullptr;
            const int rc = sqlite3_exec(h, sql.constData(), nullptr, nullptr, &msg);
            const QString error = QString::fromUtf8(msg);
            sqlite3_free(msg);
            sqlite3_close(h);
            QVERIFY2(rc == SQLITE_OK, qPrintable(error));
        }
        auto fresh = test::openDb(m_dir.filePath(u"fresh.sqlite"_s));
        QVERIFY(fresh);
        auto migrated = Database::open(oldPath);
        QVERIFY2(migrated.ok(), qPrintable(migrated.error()));
        QCOMPARE(indexes(*migrated.value()), indexes(*fresh));
        QCOMPARE(SearchIndex::storedVersion(*migrated.value()).value(),
                 SearchIndex::currentVersion());
        // Indexed again by the current tokenizer: 令和5年 (a run, a number, a run) is found.
        QCOMPARE(caseIds(*migrated.value(), u"令和5年"_s), QStringList{u"2023-001"_s});
        QCOMPARE(caseIds(*migrated.value(), u"サーバ"_s), QStringList{u"2023-001"_s});
    }

    // ---- synonyms ------------------------------------------------------------------------------

    void synonyms()
    {
        JIKENBO_REQUIRE_SHARED();
        const Query q = QueryParser::parse(u"漏えい -紛失 USB"_s, Taxonomy::builtIn()).query;
        QuerySqlOptions on;
        on.expandSynonyms = true;
        QVERIFY(QuerySql::synonymsUsed(q, {}).isEmpty());
        const QList<SynonymUse> used = QuerySql::synonymsUsed(q, on);
        QCOMPARE(used.size(), 2);
        QCOMPARE(used[0].word, u"漏えい"_s);
        QCOMPARE(used[0].alternatives, (QStringList{u"流出"_s, u"漏れ"_s}));
        QCOMPARE(used[1].word, u"紛失"_s);
        QCOMPARE(QuerySql::describeSynonyms(used.mid(0, 1)), u"流出, 漏れ (for 漏えい)"_s);
        // A variant spelling of a word of a group is that word (漏洩 = 漏えい).
        QCOMPARE(
            QuerySql::synonymsUsed(QueryParser::parse(u"漏洩"_s, Taxonomy::builtIn()).query, on)
                .value(0)
                .alternatives,
            (QStringList{u"流出"_s, u"漏れ"_s}));
        QCOMPARE(QuerySql::highlightTerms(q, on),
                 (QStringList{u"漏えい"_s, u"USB"_s, u"流出"_s, u"漏れ"_s}));

        // 漏えい finds 43 notices; with its synonyms 流出 (28) and 漏れ (1), 59.
        QCOMPARE(caseIds(*m_db, u"漏えい"_s).size(), 43);
        QCOMPARE(caseIds(*m_db, u"流出"_s).size(), 28);
        QCOMPARE(caseIds(*m_db, u"漏れ"_s), ids({u"2023-362"}));
        QCOMPARE(caseIds(*m_db, u"漏えい"_s, on).size(), 59);
        // 紛失 ~ 遺失: no notice says 遺失 without 紛失, so the same ten.
        QCOMPARE(caseIds(*m_db, u"紛失"_s, on).size(), 10);

        // The CLI says what it also searched, on stderr, unless asked for JSON.
        test::CliResult r =
            test::runCli({u"--db"_s, m_seedsDb, u"list"_s, u"--synonyms"_s, u"漏えい"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.errText().contains(u"also searching synonyms: 流出, 漏れ (for 漏えい)"_s),
                 qPrintable(r.errText()));
        QCOMPARE(r.outText().count(u'\n'), 59);
        r = test::runCli({u"--db"_s, m_seedsDb, u"list"_s, u"漏えい"_s});
        QVERIFY(!r.errText().contains(u"also searching"_s));
        QCOMPARE(r.outText().count(u'\n'), 43);
        r = test::runCli(
            {u"--db"_s, m_seedsDb, u"--json"_s, u"list"_s, u"--synonyms"_s, u"漏えい"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.errText().isEmpty());
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 59);
    }

    // ---- snippets ------------------------------------------------------------------------------

    void snippets()
    {
        // Written for this test: a fictional notice.
        const QString body =
            u"お知らせ\n\n先月末、青葉市の窓口で受付票を保存したＵＳＢメモリーの紛失が分かりまし"
            u"た。"
            "市では庁舎内を捜索するとともに、警察に遺失物届を提出しました。"_s;
        const SearchSnippet s = SearchSnippet::around(body, {u"usbメモリ"_s, u"紛失"_s}, 10);
        QVERIFY(!s.isEmpty());
        QVERIFY2(s.text.startsWith(u'…'), qPrintable(s.text));
        QVERIFY(s.text.endsWith(u'…'));
        QVERIFY(!s.text.contains(u'\n'));
        QVERIFY(s.marks.size() >= 2);
        QCOMPARE(s.text.mid(s.marks[0].begin, s.marks[0].end - s.marks[0].begin),
                 u"ＵＳＢメモリー"_s);
        QCOMPARE(s.text.mid(s.marks[1].begin, s.marks[1].end - s.marks[1].begin), u"紛失"_s);
        QVERIFY2(s.toHtml().contains(u"<b>ＵＳＢメモリー</b>の<b>紛失</b>"_s),
                 qPrintable(s.toHtml()));
        // Whitespace runs become one space; the start of the text needs no ellipsis.
        const SearchSnippet head = SearchSnippet::around(u"紛失\n\n\nした<USB>"_s, {u"紛失"_s});
        QCOMPARE(head.text, u"紛失 した<USB>"_s);
        QCOMPARE(head.toHtml(), u"<b>紛失</b> した&lt;USB&gt;"_s);
        QVERIFY(SearchSnippet::around(body, {u"盗難"_s}).isEmpty());
        QVERIFY(SearchSnippet::around(QString(), {u"紛失"_s}).isEmpty());
        QVERIFY(SearchSnippet::around(body, {}).isEmpty());
    }

    // ---- the index rebuild ---------------------------------------------------------------------

    void rebuildWhenTheTokenizerChanges()
    {
        JIKENBO_REQUIRE_SHARED();
        const QString path = seedsCopy(u"rebuild.sqlite"_s);
        QVERIFY(!path.isEmpty());
        {
            auto db = test::openDb(path);
            QVERIFY(db);
            QCOMPARE(metaValue(*db, SearchIndex::TokenizerKey),
                     QString::number(JapaneseTokenizer::Version));
            QCOMPARE(SearchIndex::storedVersion(*db).value(), SearchIndex::currentVersion());
            QVERIFY(!SearchIndex::needsRebuild(*db).value());
            // An index written by an older tokenizer (here: emptied, to see it come back).
            QVERIFY(setMeta(*db, SearchIndex::TokenizerKey, u"1"_s));
            QSqlQuery q(db->sql());
            QVERIFY(q.exec(u"INSERT INTO incident_fts (incident_fts) VALUES ('delete-all')"_s));
            QCOMPARE(caseIds(*db, u"紛失"_s), QStringList{});
            QVERIFY(SearchIndex::needsRebuild(*db).value());

            // Cancelled: nothing changes, the need stays.
            std::atomic_bool cancel{true};
            const Status s = SearchIndex::rebuild(*db, {}, &cancel);
            QVERIFY(!s.ok());
            QVERIFY(s.error().contains(u"cancelled"_s));
            QCOMPARE(metaValue(*db, SearchIndex::TokenizerKey), u"1"_s);
            QCOMPARE(caseIds(*db, u"紛失"_s), QStringList{});
        }
        // Opening rebuilds it, with progress up to every incident.
        QList<std::pair<qint64, qint64>> steps;
        Database::Options o;
        o.searchIndexProgress = [&steps](qint64 done, qint64 total) {
            steps.append({done, total});
        };
        auto opened = Database::open(path, o);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        Database &db = *opened.value();
        QVERIFY(steps.size() >= 2);
        QCOMPARE(steps.front(), (std::pair<qint64, qint64>{0, 74}));
        QCOMPARE(steps.back(), (std::pair<qint64, qint64>{74, 74}));
        QCOMPARE(metaValue(db, SearchIndex::TokenizerKey),
                 QString::number(JapaneseTokenizer::Version));
        QVERIFY(!SearchIndex::needsRebuild(db).value());
        QCOMPARE(caseIds(db, u"紛失"_s), caseIds(*m_db, u"紛失"_s));
        QCOMPARE(caseIds(db, u"\"個人情報 漏えい\""_s).size(), 17);
        QSqlQuery q(db.sql());
        QVERIFY(q.exec(
            u"INSERT INTO incident_fts (incident_fts, rank) VALUES ('integrity-check', 1)"_s));
        // Nothing to do the next time.
        steps.clear();
        opened = Database::open(path, o);
        QVERIFY(opened.ok());
        QVERIFY(steps.isEmpty());
    }

    void rebuildFromTheCli()
    {
        JIKENBO_REQUIRE_SHARED();
        const QString path = seedsCopy(u"rebuild-cli.sqlite"_s);
        {
            auto db = test::openDb(path);
            QVERIFY(setMeta(*db, SearchIndex::VariantsKey, u"0"_s)); // another variants table
        }
        const test::CliResult r = test::runCli({u"--db"_s, path, u"list"_s, u"県警"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.errText().contains(u"rebuilding the search index"_s), qPrintable(r.errText()));
        QVERIFY(r.errText().contains(u"search index rebuilt: 74 incidents"_s));
        QCOMPARE(r.outText().count(u'\n'), 2);
        const test::CliResult again = test::runCli({u"--db"_s, path, u"list"_s, u"県警"_s});
        QVERIFY(again.errText().isEmpty());
    }

    // A changed ICU collation: the collated sort indexes are sorted again, also when the
    // database is opened the way the window opens it (the token index left to a task).
    void reindexWhenTheCollationChanges()
    {
        JIKENBO_REQUIRE_SHARED();
        const QString path = seedsCopy(u"collation-version.sqlite"_s);
        auto integrity = [&path](bool otherOrder) {
            sqlite3 *h = nullptr;
            sqlite3_open(path.toUtf8().constData(), &h);
            QString result;
            if (registerSqliteFunctions(h).ok()) {
                if (otherOrder) {
                    // "Another ICU": the indexes sorted by another order.
                    auto reversed = [](void *, int n1, const void *s1, int n2, const void *s2) {
                        const int r = std::memcmp(s1, s2, size_t(std::min(n1, n2)));
                        return -(r != 0 ? r : n1 - n2);
                    };
                    sqlite3_create_collation_v2(h, "jk_ja", SQLITE_UTF8, nullptr, reversed,
                                                nullptr);
                    sqlite3_exec(h,
                                 "REINDEX jk_ja; UPDATE meta SET value = 'icu-ja 1.0' WHERE name = "
                                 "'search.collation_version'",
                                 nullptr, nullptr, nullptr);
                }
                sqlite3_stmt *st = nullptr;
                sqlite3_prepare_v2(h, "PRAGMA integrity_check", -1, &st, nullptr);
                while (sqlite3_step(st) == SQLITE_ROW)
                    result += QString::fromUtf8(
                        reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
                sqlite3_finalize(st);
            }
            sqlite3_close(h);
            return result;
        };
        QCOMPARE(integrity(true), u"ok"_s);   // consistent in its own order
        QVERIFY(integrity(false) != u"ok"_s); // out of order for ICU's
        {
            Database::Options o;
            o.updateSearchIndex = false;
            auto db = Database::open(path, o);
            QVERIFY2(db.ok(), qPrintable(db.error()));
            QCOMPARE(metaValue(*db.value(), SearchIndex::CollationKey), japaneseCollationVersion());
        }
        QCOMPARE(integrity(false), u"ok"_s);
    }

    // ---- the table model and the CLI -----------------------------------------------------------

    // The GUI's table model (through its query worker) and jikenbo-cli list --json, on the same
    // database, give the same incidents in the same order.
    void tableModelMatchesCli_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("sort");
        QTest::addColumn<bool>("descending");
        QTest::addColumn<bool>("synonyms");
        const QStringList queries{u""_s,
                                  u"紛失"_s,
                                  u"USBメモリ"_s,
                                  u"usb"_s,
                                  u"サーバ"_s,
                                  u"ランサムウェア"_s,
                                  u"県警"_s,
                                  u"cause:misconfiguration year:2023"_s,
                                  u"org:病院 -cause:loss_theft"_s,
                                  u"affected:>=1000"_s,
                                  u"date:2024-01-01.."_s,
                                  u"\"USBメモリの紛失\""_s,
                                  u"漏えい OR 紛失"_s,
                                  u"org:\"'); DROP TABLE incidents; --\""_s,
                                  u"lag:>30"_s,
                                  u"lag:<=7"_s,
                                  u"lag:10..30"_s,
                                  u"discovered:2024-01-01..2024-03-31"_s,
                                  u"discovered:2023"_s,
                                  u"discovered:2023-12"_s,
                                  u"occurred:2023"_s,
                                  u"occurred:..2023-06"_s,
                                  u"data:card"_s,
                                  u"data:name -data:address"_s,
                                  u"via:contractor"_s,
                                  u"-via:contractor"_s};
        for (const QString &q : queries)
            QTest::newRow(qPrintable(u"date: "_s + q))
                << q << int(SortColumn::Date) << true << false;
        QTest::newRow("relevance")
            << u"漏えい OR 紛失"_s << int(SortColumn::Relevance) << true << false;
        QTest::newRow("org asc") << u""_s << int(SortColumn::Organization) << false << false;
        QTest::newRow("org desc") << u"year:2024"_s << int(SortColumn::Organization) << true
                                  << false;
        QTest::newRow("title asc") << u""_s << int(SortColumn::Title) << false << false;
        QTest::newRow("affected asc") << u""_s << int(SortColumn::Affected) << false << false;
        QTest::newRow("synonyms") << u"漏えい"_s << int(SortColumn::Date) << true << true;
        QTest::newRow("synonyms relevance")
            << u"紛失"_s << int(SortColumn::Relevance) << true << true;
    }

    void tableModelMatchesCli()
    {
        JIKENBO_REQUIRE_SHARED();
        QFETCH(QString, query);
        QFETCH(int, sort);
        QFETCH(bool, descending);
        QFETCH(bool, synonyms);

        QStringList modelKeys;
        {
            const WorkerThread thread(m_seedsDb);
            IncidentTableModel model(thread.worker());
            model.setSynonymExpansion(synonyms);
            model.setSortOrder(SortColumn(sort), descending);
            const ParsedQuery pq = QueryParser::parse(query, Taxonomy::builtIn());
            QVERIFY(pq.ok());
            model.setQuery(pq.query);
            QTRY_VERIFY(!model.isLoading());
            QVERIFY(model.rowCount() <= IncidentTableModel::ChunkSize);
            for (int r = 0; r < model.rowCount(); ++r)
                modelKeys << model.keyAt(r);
        }

        static const QHash<int, QString> names{{int(SortColumn::Date), u"date"_s},
                                               {int(SortColumn::Relevance), u"relevance"_s},
                                               {int(SortColumn::Organization), u"org"_s},
                                               {int(SortColumn::Title), u"title"_s},
                                               {int(SortColumn::Affected), u"affected"_s}};
        QStringList args{u"--sort"_s, names.value(sort)};
        if (!descending)
            args << u"--asc"_s;
        if (synonyms)
            args << u"--synonyms"_s;
        args << u"--"_s << query;
        QCOMPARE(modelKeys, cliKeys(m_seedsDb, args));
    }

    // Every row kept selected is found at its row of the CLI's list, in date order both ways,
    // with undated notices among the rest (counted from whichever side of the row is shorter).
    void keptRowIsFoundFromEitherSide()
    {
        JIKENBO_REQUIRE_SHARED();
        const QString path = seedsCopy(u"undated.sqlite"_s);
        QVERIFY(!path.isEmpty());
        {
            auto db = test::openDb(path);
            QVERIFY(db);
            QSqlQuery q(db->sql());
            QVERIFY(q.exec(u"UPDATE incidents SET announced_on = NULL, posted_on = NULL WHERE id % 5 = 0"_s));
            QVERIFY(q.numRowsAffected() > 2);
        }
        // Every incident; full text in most of them, and in few (counted, or put in order
        // whole); a field; full text and a negation (the matches kept apart).
        for (const QString &query : {QString(), u"情報"_s, u"委託"_s, u"year:>=2000"_s,
                                     u"情報 -不正アクセス"_s}) {
            for (bool descending : {true, false}) {
                QStringList args{u"--sort"_s, u"date"_s};
                if (!descending)
                    args << u"--asc"_s;
                const QStringList cli = cliKeys(path, args + QStringList{u"--"_s, query});
                QVERIFY(cli.size() > 10);
                const WorkerThread thread(path);
                IncidentTableModel model(thread.worker());
                model.setSortOrder(SortColumn::Date, descending);
                for (int r = 0; r < cli.size(); ++r) {
                    QSignalSpy ready(&model, &IncidentTableModel::resultReady);
                    model.setQuery(QueryParser::parse(query, Taxonomy::builtIn()).query, cli[r]);
                    QVERIFY(!ready.isEmpty() || ready.wait(10000));
                    QCOMPARE(ready.front().at(1).toLongLong(), qint64(r));
                }
                // The rows around it come with the result, read outwards from it: with chunks
                // of 8 rows, every chunk of the list is the CLI's, whichever row is kept (dated
                // or not, either side of the undated boundary).
                QueryWorker *w = thread.worker();
                const SqlWhere where =
                    QuerySql::where(QueryParser::parse(query, Taxonomy::builtIn()).query, {});
                constexpr int chunkSize = 8;
                quint64 generation = 1'000'000'000; // past the model's
                for (int r = chunkSize; r < cli.size(); ++r) {
                    QSignalSpy chunk(w, &QueryWorker::chunkReady);
                    const quint64 gen = ++generation;
                    w->setLatestGeneration(gen);
                    QMetaObject::invokeMethod(w, [w, gen, where, descending, key = cli[r]] {
                        w->runQuery(gen, where, SortColumn::Date, descending, chunkSize, key);
                    });
                    QVERIFY(!chunk.isEmpty() || chunk.wait(10000));
                    QCOMPARE(chunk.count(), 1);
                    QCOMPARE(chunk.front().at(1).toInt(), r / chunkSize);
                    QStringList keys;
                    for (const IncidentRecord &rec :
                         chunk.front().at(2).value<QList<IncidentRecord>>())
                        keys << rec.key;
                    const int first = r - r % chunkSize;
                    QCOMPARE(keys, cli.mid(first, std::min<int>(chunkSize, cli.size() - first)));
                }
            }
        }
    }

    // The terms of the stored facts select what the stored fields say, as `list --json` prints
    // them, and each finds something in the seeds.
    void factTermsSelectTheStoredFields()
    {
        JIKENBO_REQUIRE_SHARED();
        const test::CliResult all = test::runCli({u"--db"_s, m_seedsDb, u"--json"_s, u"list"_s});
        QCOMPARE(all.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(all.out).array();
        QCOMPARE(rows.size(), 74);
        using Pred = std::function<bool(const QJsonObject &)>;
        auto inRange = [](const QJsonValue &v, const QString &lo, const QString &hi) {
            return v.isString() && v.toString() >= lo && v.toString() <= hi;
        };
        auto lag = [](const QJsonObject &o) {
            return o.value(u"disclosure_days"_s).isDouble() ? o.value(u"disclosure_days"_s).toInt()
                                                            : -1;
        };
        auto kinds = [](const QJsonObject &o) {
            QStringList k;
            for (const QJsonValue &v : o.value(u"data_kinds"_s).toArray())
                k << v.toString();
            return k;
        };
        const QList<std::pair<QString, Pred>> terms{
            {u"lag:>30"_s,
             [&](const QJsonObject &o) {
                 return lag(o) > 30;
             }},
            {u"lag:<=7"_s,
             [&](const QJsonObject &o) {
                 return lag(o) >= 0 && lag(o) <= 7;
             }},
            {u"lag:10..30"_s,
             [&](const QJsonObject &o) {
                 return lag(o) >= 10 && lag(o) <= 30;
             }},
            {u"discovered:2023-10-01..2024-03-31"_s,
             [&](const QJsonObject &o) {
                 return inRange(o.value(u"discovered_on"_s), u"2023-10-01"_s, u"2024-03-31"_s);
             }},
            {u"discovered:2023"_s,
             [&](const QJsonObject &o) {
                 return inRange(o.value(u"discovered_on"_s), u"2023-01-01"_s, u"2023-12-31"_s);
             }},
            {u"occurred:2023-06.."_s,
             [&](const QJsonObject &o) {
                 return inRange(o.value(u"occurred_on"_s), u"2023-06-01"_s, u"9999"_s);
             }},
            {u"data:name"_s,
             [&](const QJsonObject &o) {
                 return kinds(o).contains(u"name"_s);
             }},
            {u"data:email -data:name"_s,
             [&](const QJsonObject &o) {
                 return kinds(o).contains(u"email"_s) && !kinds(o).contains(u"name"_s);
             }},
            {u"via:contractor"_s,
             [](const QJsonObject &o) {
                 return o.value(u"via_contractor"_s).toBool();
             }},
            {u"-via:contractor"_s,
             [](const QJsonObject &o) {
                 return !o.value(u"via_contractor"_s).toBool();
             }},
        };
        for (const auto &[term, pred] : terms) {
            QStringList expected;
            for (const QJsonValue &v : rows) {
                const QJsonObject o = v.toObject();
                QVERIFY(o.value(u"via_contractor"_s).isBool()); // read at import
                if (pred(o))
                    expected << o.value(u"key"_s).toString();
            }
            QVERIFY2(!expected.isEmpty(), qPrintable(term));
            QCOMPARE(cliKeys(m_seedsDb, {u"--"_s, term}), expected);
        }
        // An unknown kind: one line naming the term and the valid keys.
        const test::CliResult bad = test::runCli({u"--db"_s, m_seedsDb, u"list"_s, u"data:cc"_s});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.errText().contains(u"data:"_s) && bad.errText().contains(u"my_number"_s),
                 qPrintable(bad.errText()));
        QCOMPARE(bad.errText().trimmed().count(u'\n'), 0);
    }

    // On a larger database the table walks an index for queries with many matches and sorts
    // the matches of the others; either way it gives what the CLI gives, in every chunk.
    void tableModelMatchesCliOnALargerDatabase_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("sort");
        QTest::addColumn<bool>("descending");
        for (const QString &q :
             {u""_s, u"県"_s, u"紛失"_s, u"emotet"_s, u"紛失 OR 盗難"_s, u"cause:ransomware"_s,
              u"year:2023"_s, u"不正アクセス -ランサムウェア"_s, u"affected:>=1000 org:病院"_s,
              u"\"クラウドストレージの公開設定に誤り\""_s, u"-紛失 cause:loss_theft"_s,
              // Full text AND fields, driven by either side (planChoosesTheSideThatReadsLess).
              u"紛失 sector:medical"_s, u"個人情報 year:2023 -sector:medical"_s,
              u"emotet year:>=2000"_s, u"個人情報 data:email"_s,
              // Only full text, many matches: the first rows from the date index walked with a
              // bit test per entry (QueryWorker::answerFromMatchSet).
              u"サーバ OR vpn OR 委託先"_s,
              // The date index finds one field, a covering index both: the matches first.
              u"affected:>1000 sector:medical"_s})
            QTest::newRow(qPrintable(q)) << q << int(SortColumn::Date) << true;
        QTest::newRow("org asc") << u"紛失 OR vpn"_s << int(SortColumn::Organization) << false;
        QTest::newRow("title desc") << u"year:2024"_s << int(SortColumn::Title) << true;
        QTest::newRow("affected asc") << u"個人情報"_s << int(SortColumn::Affected) << false;
        QTest::newRow("case") << u"サーバ"_s << int(SortColumn::CaseId) << true;
        QTest::newRow("date asc") << u"県"_s << int(SortColumn::Date) << false;
        QTest::newRow("relevance") << u"紛失 OR 盗難"_s << int(SortColumn::Relevance) << true;
        // Relevance from one scoring pass and a bounded selection: a term in nearly every notice
        // (many equal scores, decided by date), least relevant first, and conditions the ranking
        // is not the whole of (a negation, a field, AND between words).
        QTest::newRow("relevance, common term")
            << u"個人情報"_s << int(SortColumn::Relevance) << true;
        QTest::newRow("relevance asc") << u"紛失"_s << int(SortColumn::Relevance) << false;
        QTest::newRow("relevance, negation")
            << u"不正アクセス -ランサムウェア"_s << int(SortColumn::Relevance) << true;
        QTest::newRow("relevance, field")
            << u"紛失 year:2023"_s << int(SortColumn::Relevance) << true;
        QTest::newRow("relevance, AND")
            << u"個人情報 サーバ"_s << int(SortColumn::Relevance) << true;
        QTest::newRow("relevance, field driving")
            << u"紛失 OR 盗難 sector:medical"_s << int(SortColumn::Relevance) << true;
        QTest::newRow("affected asc, field driving")
            << u"個人情報 sector:medical"_s << int(SortColumn::Affected) << false;
    }

    // Full text AND fields: the side that finds the matches is chosen on counts (the other
    // conditions drive when an index finds them and they are not many more than the text's
    // matches), and both sides select the same incidents.
    void planChoosesTheSideThatReadsLess_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("restDrives");
        QTest::newRow("common word, one sector") << u"紛失 sector:medical"_s << true;
        QTest::newRow("word in every notice, a year") << u"個人情報 year:2023"_s << true;
        QTest::newRow("a data kind") << u"個人情報 data:email"_s << true;
        QTest::newRow("common word, every year") << u"emotet year:>=2000"_s << true;
        // (%title% is one notice's title: a phrase found in a handful of notices.)
        QTest::newRow("rare phrase, every year") << u"title:%title% year:>=2000"_s << false;
        QTest::newRow("no index for the field") << u"紛失 is:starred"_s << false;
        QTest::newRow("a word found nowhere") << u"zzzqqq sector:medical"_s << false;
    }

    void planChoosesTheSideThatReadsLess()
    {
        QFETCH(QString, query);
        QFETCH(bool, restDrives);
        const QString path = largerDb();
        QVERIFY(!path.isEmpty());
        auto db = test::openDb(path);
        QVERIFY(db);
        if (query.contains(u"%title%"_s)) {
            QSqlQuery t(db->sql());
            QVERIFY(t.exec(u"SELECT title FROM incidents ORDER BY id LIMIT 1"_s) && t.next());
            query.replace(u"%title%"_s, Query::quoteValue(t.value(0).toString()));
        }
        const ParsedQuery pq = QueryParser::parse(query, Taxonomy::builtIn());
        QVERIFY(pq.ok());
        const SqlWhere where = QuerySql::where(pq.query);
        QVERIFY(!where.ftsAnd.isEmpty());
        bool chosen = !restDrives;
        const SqlWhere planned = IncidentQuery::plan(*db, where, &chosen);
        QCOMPARE(chosen, restDrives);
        auto ids = [&](const SqlWhere &w) {
            QList<qint64> out;
            QSqlQuery q(db->sql());
            if (!q.prepare(u"SELECT i.id FROM incidents AS i WHERE "_s + w.sql + u" ORDER BY i.id"_s))
                return QList<qint64>{-1};
            for (int k = 0; k < w.binds.size(); ++k)
                q.bindValue(k, w.binds[k]);
            if (!q.exec())
                return QList<qint64>{-1};
            while (q.next())
                out << q.value(0).toLongLong();
            return out;
        };
        const QList<qint64> byText = ids(where);
        QCOMPARE(ids(QuerySql::restDriven(where)), byText);
        QCOMPARE(ids(planned), byText);
        // The CLI's count (planned the same way, IncidentQuery::count) agrees.
        QCOMPARE(cliKeys(path, {u"--"_s, query}).size(), byText.size());
        if (restDrives)
            QVERIFY(!byText.isEmpty());
    }

    // A list of full text alone with many matches (the CLI's list and export) walks the order's
    // index with a bit test per entry instead of reading and sorting every match: the same rows
    // as every notice listed in that order and kept when the index matches them, for a slice
    // at the start, one further on, and all of them.
    void listOfManyMatchesWalksTheOrder_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("sort");
        QTest::addColumn<bool>("descending");
        for (const QString &q : {u"個人情報"_s, u"サーバ OR vpn OR 委託先"_s, u"個人情報 -県"_s}) {
            for (SortColumn c : {SortColumn::Date, SortColumn::Organization, SortColumn::Title,
                                 SortColumn::CaseId, SortColumn::Cause, SortColumn::Sector,
                                 SortColumn::Affected}) {
                for (bool descending : {true, false}) {
                    QTest::addRow("%s, column %d%s", qPrintable(q), int(c),
                                  descending ? " desc" : "")
                        << q << int(c) << descending;
                }
            }
        }
    }

    void listOfManyMatchesWalksTheOrder()
    {
        QFETCH(QString, query);
        QFETCH(int, sort);
        QFETCH(bool, descending);
        const QString path = largerDb();
        QVERIFY(!path.isEmpty());
        auto db = test::openDb(path);
        QVERIFY(db);
        const Query parsed = QueryParser::parse(query, Taxonomy::builtIn()).query;
        const SqlWhere where = QuerySql::where(parsed);
        QVERIFY(!where.ftsOnly.isEmpty());
        QSet<QString> matching;
        QSqlQuery m(db->sql());
        QVERIFY(m.prepare(u"SELECT i.key FROM incidents AS i WHERE "_s + where.sql));
        for (int k = 0; k < where.binds.size(); ++k)
            m.bindValue(k, where.binds[k]);
        QVERIFY(m.exec());
        while (m.next())
            matching.insert(m.value(0).toString());
        QVERIFY2(matching.size() > 3000 / 4, qPrintable(QString::number(matching.size())));

        ListOptions all;
        all.sort = SortColumn(sort);
        all.descending = descending;
        const auto every = IncidentQuery::fetch(*db, Query(), all);
        QVERIFY(every.ok());
        QStringList expected;
        for (const IncidentRecord &r : every.value()) {
            if (matching.contains(r.key))
                expected << r.key;
        }
        QCOMPARE(expected.size(), matching.size());
        for (const auto &[offset, limit] :
             QList<std::pair<qint64, qint64>>{{0, 50}, {700, 50}, {0, -1}}) {
            ListOptions o = all;
            o.offset = offset;
            o.limit = limit;
            const auto got = IncidentQuery::fetch(*db, parsed, o);
            QVERIFY2(got.ok(), qPrintable(got.error()));
            QStringList keys;
            for (const IncidentRecord &r : got.value())
                keys << r.key;
            QCOMPARE(keys, expected.mid(offset, limit));
        }
    }

    // Relevance with a limit (the CLI's list --limit, IncidentQuery::rankFirst: one scoring pass
    // and a selection of the best) is a slice of the whole list in relevance order (an ORDER BY
    // over every match), ties by date and id included.
    void limitedRelevanceListIsASliceOfTheWhole_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("descending");
        for (const QString &q : {u"個人情報"_s, u"紛失 OR 盗難"_s, u"紛失 year:2023"_s,
                                 u"個人情報 サーバ"_s, u"不正アクセス -ランサムウェア"_s}) {
            QTest::addRow("%s", qPrintable(q)) << q << true;
            QTest::addRow("%s, asc", qPrintable(q)) << q << false;
        }
    }

    void limitedRelevanceListIsASliceOfTheWhole()
    {
        QFETCH(QString, query);
        QFETCH(bool, descending);
        const QString path = largerDb();
        QVERIFY(!path.isEmpty());
        auto db = test::openDb(path);
        QVERIFY(db);
        const Query parsed = QueryParser::parse(query, Taxonomy::builtIn()).query;
        ListOptions all;
        all.sort = SortColumn::Relevance;
        all.descending = descending;
        auto keysOf = [&](const ListOptions &o) {
            QStringList keys;
            const auto got = IncidentQuery::fetch(*db, parsed, o);
            if (!got.ok())
                return QStringList{u"error: "_s + got.error()};
            for (const IncidentRecord &r : got.value())
                keys << r.key;
            return keys;
        };
        const QStringList whole = keysOf(all);
        QVERIFY(whole.size() > 60);
        for (const auto &[offset, limit] :
             QList<std::pair<qint64, qint64>>{{0, 50}, {40, 20}, {0, 1}, {0, 0}}) {
            ListOptions o = all;
            o.offset = offset;
            o.limit = limit;
            QCOMPARE(keysOf(o), whole.mid(offset, limit));
        }
    }

    void tableModelMatchesCliOnALargerDatabase()
    {
        QFETCH(QString, query);
        QFETCH(int, sort);
        QFETCH(bool, descending);
        const QString path = largerDb();
        QVERIFY(!path.isEmpty());
        static const QHash<int, QString> names{
            {int(SortColumn::Date), u"date"_s},        {int(SortColumn::Relevance), u"relevance"_s},
            {int(SortColumn::Organization), u"org"_s}, {int(SortColumn::Title), u"title"_s},
            {int(SortColumn::CaseId), u"case"_s},      {int(SortColumn::Affected), u"affected"_s}};
        QStringList args{u"--sort"_s, names.value(sort)};
        if (!descending)
            args << u"--asc"_s;
        args << u"--"_s << query;
        const QStringList cli = cliKeys(path, args);
        QVERIFY(!cli.value(0).startsWith(u"exit"_s));

        const WorkerThread thread(path);
        IncidentTableModel model(thread.worker());
        qRegisterMetaType<FacetCounts>();
        QSignalSpy facetSpy(thread.worker(), &QueryWorker::facetsReady);
        model.setSortOrder(SortColumn(sort), descending);
        model.setQuery(QueryParser::parse(query, Taxonomy::builtIn()).query);
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), int(cli.size()));
        // The facet counts (one pass over the matches, by index or by row) are those of the
        // CLI's list: causes and sectors as it prints them, years of the incidents it lists.
        {
            QTRY_VERIFY(!facetSpy.isEmpty());
            const FacetCounts counts = facetSpy.last().at(1).value<FacetCounts>();
            const test::CliResult r =
                test::runCli(QStringList{u"--db"_s, path, u"--json"_s, u"list"_s} + args);
            QCOMPARE(r.exitCode, 0);
            auto db = test::openDb(path);
            QVERIFY(db);
            QHash<QString, qint64> yearOfKey;
            QSqlQuery yq(db->sql());
            QVERIFY(yq.exec(u"SELECT key, year FROM incidents"_s));
            while (yq.next())
                yearOfKey.insert(yq.value(0).toString(), yq.value(1).toLongLong());
            QMap<QString, qint64> causes, sectors, years;
            for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array()) {
                const QJsonObject o = v.toObject();
                ++causes[o.value(u"cause"_s).toString()];
                ++sectors[o.value(u"sector"_s).toString()];
                ++years[QString::number(yearOfKey.value(o.value(u"key"_s).toString()))];
            }
            auto asMap = [](const QList<FacetValue> &values) {
                QMap<QString, qint64> m;
                for (const FacetValue &f : values)
                    m.insert(f.value, f.count);
                return m;
            };
            QCOMPARE(asMap(counts.causes), causes);
            QCOMPARE(asMap(counts.sectors), sectors);
            QCOMPARE(asMap(counts.years), years);
            for (const QList<FacetValue> *list : {&counts.causes, &counts.sectors, &counts.years}) {
                for (qsizetype k = 1; k < list->size(); ++k)
                    QVERIFY(list->at(k - 1).count >= list->at(k).count); // most first
            }
        }
        // The first chunk, and others further down, fetched when the view asks for them: the
        // last by walking back from the end, the middle and then the second by position in the
        // result's order (built once), each whole.
        const QList<int> rows{
            0, 1, 2, int(cli.size()) - 1, int(cli.size()) / 2, IncidentTableModel::ChunkSize};
        for (int r : rows) {
            if (r < 0 || r >= cli.size())
                continue;
            model.index(r, 0).data();
            QTRY_VERIFY(model.recordAt(r) != nullptr);
            const int first = r - r % IncidentTableModel::ChunkSize;
            for (int k = first;
                 k < std::min<int>(first + IncidentTableModel::ChunkSize, int(cli.size())); ++k)
                QCOMPARE(model.keyAt(k), cli[k]);
        }
        for (int r = 0; r < std::min<int>(IncidentTableModel::ChunkSize, int(cli.size())); ++r)
            QCOMPARE(model.keyAt(r), cli[r]);
        // The incident to keep selected is found again, wherever it is.
        if (cli.isEmpty())
            return;
        // (In date order its row is counted from the date index; in others, found in the
        // result's order.)
        for (int r : {int(cli.size()) - 1, int(cli.size()) / 3, 2 * int(cli.size()) / 3}) {
            QSignalSpy ready(&model, &IncidentTableModel::resultReady);
            model.setQuery(QueryParser::parse(query, Taxonomy::builtIn()).query, cli[r]);
            QTRY_COMPARE(ready.count(), 1);
            QCOMPARE(ready.front().at(1).toLongLong(), qint64(r));
            // Its rows come with the result, without the view asking: the whole chunk.
            QTRY_VERIFY(model.recordAt(r) != nullptr);
            const int first = r - r % IncidentTableModel::ChunkSize;
            for (int k = first;
                 k < std::min<int>(first + IncidentTableModel::ChunkSize, int(cli.size())); ++k)
                QCOMPARE(model.keyAt(k), cli[k]);
        }
    }

    // The counts of every incident are kept while nothing is written, and counted again after
    // a write: a cause chosen by hand moves one incident from its cause to the other.
    void facetsOfEverythingFollowWrites()
    {
        const QString path = m_dir.filePath(u"facets-writes.sqlite"_s);
        {
            auto source = test::openDb(largerDb());
            QVERIFY(source);
            QSqlQuery v(source->sql());
            QVERIFY(v.exec(u"VACUUM INTO '%1'"_s.arg(path)));
        }
        qRegisterMetaType<FacetCounts>();
        const WorkerThread thread(path);
        QueryWorker *w = thread.worker();
        IncidentTableModel model(w);
        QSignalSpy facets(w, &QueryWorker::facetsReady);
        QSignalSpy saved(w, &QueryWorker::annotationSaved);
        model.setQuery(QueryParser::parse(QString(), Taxonomy::builtIn()).query);
        QTRY_VERIFY(!model.isLoading());
        QTRY_COMPARE(facets.count(), 1);
        auto causes = [&] {
            QMap<QString, qint64> m;
            for (const FacetValue &f : facets.last().at(1).value<FacetCounts>().causes)
                m.insert(f.value, f.count);
            return m;
        };
        const QMap<QString, qint64> before = causes();
        QVERIFY(before.size() > 1);
        model.reload();
        QTRY_COMPARE(facets.count(), 2);
        QCOMPARE(causes(), before);

        const QString key = model.keyAt(0);
        const IncidentRecord *row = model.recordAt(0);
        QVERIFY(row);
        const QString from = row->cause;
        QString to;
        for (const Category &c : Taxonomy::builtIn().causes()) {
            if (c.key != from && before.contains(c.key)) {
                to = c.key;
                break;
            }
        }
        QVERIFY(!to.isEmpty());
        QMetaObject::invokeMethod(w, [w, key, to] { w->setCauseOverride(key, to); });
        QTRY_COMPARE(saved.count(), 1);
        model.reload();
        QTRY_COMPARE(facets.count(), 3);
        QMap<QString, qint64> after = before;
        after[from] -= 1;
        after[to] += 1;
        if (after.value(from) == 0)
            after.remove(from);
        QCOMPARE(causes(), after);
    }

    // The facet pass gives way to rows the view asks for and goes on after them: the counts are
    // those of a pass left alone, and every chunk asked for meanwhile arrives whole.
    void facetsGiveWayToRows()
    {
        const QString path = largerDb();
        QVERIFY(!path.isEmpty());
        qRegisterMetaType<FacetCounts>();
        auto counted = [&](bool scroll, QList<QStringList> *chunkKeys, FacetCounts *out) {
            const WorkerThread thread(path);
            IncidentTableModel model(thread.worker());
            QSignalSpy facetSpy(thread.worker(), &QueryWorker::facetsReady);
            model.setQuery(QueryParser::parse(QString(), Taxonomy::builtIn()).query);
            QTRY_VERIFY(!model.isLoading());
            const int n = model.rowCount();
            if (scroll) {
                // Every chunk, from the end up, while the facets are being counted.
                for (int r = n - 1; r >= 0; r -= IncidentTableModel::ChunkSize)
                    model.index(r, 0).data();
            }
            QTRY_VERIFY_WITH_TIMEOUT(!facetSpy.isEmpty(), 20000);
            if (scroll) {
                QTRY_VERIFY(!model.fetchingRows());
                for (int c = 0; c * IncidentTableModel::ChunkSize < n; ++c) {
                    QStringList keys;
                    for (int r = c * IncidentTableModel::ChunkSize;
                         r < std::min(n, (c + 1) * IncidentTableModel::ChunkSize); ++r)
                        keys << model.keyAt(r);
                    chunkKeys->append(keys);
                }
            }
            *out = facetSpy.last().at(1).value<FacetCounts>();
        };
        QList<QStringList> chunks;
        FacetCounts alone, scrolled, paused;
        counted(false, nullptr, &alone);
        counted(true, &chunks, &scrolled);
        // The same on the worker directly, so that the pass surely pauses: a chunk queued
        // behind the facets' start makes it stop after its first 512 matches, the chunk comes,
        // then the rest of the pass.
        {
            const WorkerThread thread(path);
            QueryWorker *w = thread.worker();
            QSignalSpy ready(w, &QueryWorker::queryReady);
            QSignalSpy chunk(w, &QueryWorker::chunkReady);
            QSignalSpy facets(w, &QueryWorker::facetsReady);
            const SqlWhere where =
                QuerySql::where(QueryParser::parse(QString(), Taxonomy::builtIn()).query, {});
            w->setLatestGeneration(1);
            QMetaObject::invokeMethod(w, [w, where] {
                w->runQuery(1, where, SortColumn::Date, true, IncidentTableModel::ChunkSize, {});
            });
            QTRY_COMPARE(ready.count(), 1);
            w->chunkRequested();
            QMetaObject::invokeMethod(w, [w, where] { w->countFacets(1, where); });
            QMetaObject::invokeMethod(w, [w, where] {
                w->fetchChunk(1, where, SortColumn::Date, true, 5, IncidentTableModel::ChunkSize);
            });
            QTRY_COMPARE(facets.count(), 1);
            QCOMPARE(chunk.count(), 1); // the rows came before the counts
            QCOMPARE(chunk.front().at(2).value<QList<IncidentRecord>>().size(),
                     IncidentTableModel::ChunkSize);
            paused = facets.front().at(1).value<FacetCounts>();
        }
        QVERIFY(!chunks.isEmpty());
        for (const QStringList &keys : std::as_const(chunks))
            QVERIFY(!keys.contains(QString()));
        auto flat = [](const QList<FacetValue> &values) {
            QStringList out;
            for (const FacetValue &f : values)
                out << f.value + u'=' + QString::number(f.count);
            return out;
        };
        QVERIFY(!alone.causes.isEmpty());
        QCOMPARE(flat(scrolled.causes), flat(alone.causes));
        QCOMPARE(flat(scrolled.sectors), flat(alone.sectors));
        QCOMPARE(flat(scrolled.years), flat(alone.years));
        QCOMPARE(flat(scrolled.dataKinds), flat(alone.dataKinds));
        QCOMPARE(flat(scrolled.contractor), flat(alone.contractor));
        QCOMPARE(flat(paused.causes), flat(alone.causes));
        QCOMPARE(flat(paused.sectors), flat(alone.sectors));
        QCOMPARE(flat(paused.years), flat(alone.years));
        QCOMPARE(flat(paused.dataKinds), flat(alone.dataKinds));
        QCOMPARE(flat(paused.contractor), flat(alone.contractor));
    }

    // The title tooltip: the notice around the first match, found with the search's folding.
    void tableModelSnippets()
    {
        JIKENBO_REQUIRE_SHARED();
        {
            const WorkerThread thread(m_seedsDb);
            IncidentTableModel model(thread.worker());
            model.setQuery(QueryParser::parse(u"ｕｓｂ 紛失"_s, Taxonomy::builtIn()).query);
            QTRY_VERIFY(!model.isLoading() && model.rowCount() == 8);
            const QModelIndex title = model.index(0, IncidentTableModel::Title);
            QCOMPARE(title.data(Qt::ToolTipRole).toString(),
                     title.data(Qt::DisplayRole).toString());
            QTRY_VERIFY(title.data(Qt::ToolTipRole).toString().contains(u"</b>"_s));
            const QString tip = title.data(Qt::ToolTipRole).toString();
            QVERIFY2(tip.contains(u"<b>紛失</b>"_s) || tip.contains(u"<b>USB"_s), qPrintable(tip));
            QVERIFY(tip.startsWith(u"<qt>"_s));
            // Without free text, the tooltip is the title.
            model.setQuery(QueryParser::parse(u"year:2023"_s, Taxonomy::builtIn()).query);
            QTRY_VERIFY(!model.isLoading());
            const QModelIndex plain = model.index(0, IncidentTableModel::Title);
            QCOMPARE(plain.data(Qt::ToolTipRole).toString(),
                     plain.data(Qt::DisplayRole).toString());
        }
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
