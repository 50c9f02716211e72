// SPDX-License-Identifier: GPL-3.0-or-later
// HTML to text, saved pages of the blog, and Atom feed pages (including unsafe XML).
#include "TestSupport.h"
#include "classify/Classifier.h"
#include "classify/RuleSet.h"
#include "classify/Taxonomy.h"
#include "ingest/AtomFeedReader.h"
#include "ingest/HtmlPageReader.h"
#include "ingest/HtmlToText.h"
#include "jobs/Importer.h"
#include "ingest/SourceReader.h"
#include "store/Database.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace jikenbo;

namespace {

QString dataFile(const QString &name)
{
    return test::sourceDir() + u"/tests/data/"_s + name;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

const ParsedPost *byCase(const QList<ParsedPost> &posts, const QString &caseId)
{
    for (const ParsedPost &p : posts) {
        if (p.caseId == caseId)
            return &p;
    }
    return nullptr;
}

} // namespace

class TestHtml : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void htmlToText_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("text");
        QTest::newRow("paragraphs") << u"<p>一行目</p><p>二行目</p>"_s << u"一行目\n\n二行目"_s;
        QTest::newRow("br") << u"一行目<br>二行目<br/><br />四行目"_s
                            << u"一行目\n二行目\n\n四行目"_s;
        QTest::newRow("divs with an empty line")
            << u"<div>一</div><div><br></div><div>二</div>"_s << u"一\n\n二"_s;
        QTest::newRow("list items")
            << u"前<ul><li>甲</li><li>乙</li></ul>後"_s << u"前\n\n・甲\n・乙\n\n後"_s;
        QTest::newRow("numbered list")
            << u"<ol><li>氏名</li><li>住所</li><li>電話番号</li></ol>"_s
            << u"1. 氏名\n2. 住所\n3. 電話番号"_s;
        QTest::newRow("scripts and styles")
            << u"<style>p{color:red}</style>本文<script>alert('【セキュリティ事件簿#1-1】')</"
               u"script>"
               "<noscript>無効</noscript>です"_s
            << u"本文です"_s;
        QTest::newRow("white space collapses") << u"  one   two\n\tthree  "_s << u"one two three"_s;
        QTest::newRow("a line break between Japanese characters is no space")
            << u"<p>送信した電子メールを、\n    誤って別の方へ</p>"_s
            << u"送信した電子メールを、誤って別の方へ"_s;
        QTest::newRow("entities") << u"A&amp;B &lt;C&gt; &#x3042;&nbsp;x"_s
                                  << u"A&B <C> あ\u00a0x"_s;
        QTest::newRow("pre keeps lines") << u"<pre>a  b\nc</pre>"_s << u"a  b\nc"_s;
        QTest::newRow("table cells")
            << u"<table><tr><th>件数</th><td>12名</td></tr></table>"_s << u"件数\t12名"_s;
        QTest::newRow("images and remote references are not fetched")
            << u"<img src='http://127.0.0.1:1/x.png'><iframe src='http://127.0.0.1:1/'></iframe>画像"_s
            << u"画像"_s;
        QTest::newRow("unclosed tags") << u"<p>一<p>二<div>三"_s << u"一\n\n二\n\n三"_s;
        QTest::newRow("empty") << QString() << QString();
    }

    void htmlToText()
    {
        QFETCH(QString, html);
        QFETCH(QString, text);
        QCOMPARE(HtmlToText::convert(html), text);
    }

    void deepNestingDoesNotCrash()
    {
        QString html;
        for (int i = 0; i < 20000; ++i)
            html += u"<div>"_s;
        html += u"底"_s;
        const QString t = HtmlToText::convert(html);
        QVERIFY(t.size() <= 1);
    }

    // libxml2's HTML parser knows only HTML's own entities: a DTD's are never expanded.
    void htmlEntityBombIsInert()
    {
        QString dtd = u"<!DOCTYPE html [<!ENTITY a0 'ha'>"_s;
        for (int i = 1; i < 10; ++i)
            dtd += u"<!ENTITY a%1 '%2'>"_s.arg(i).arg(u"&a%1;"_s.arg(i - 1).repeated(10));
        dtd += u"]><html><body><p>&a9;</p><p>本文</p></body></html>"_s;
        QElapsedTimer t;
        t.start();
        const QString text = HtmlToText::convert(dtd);
        QVERIFY(t.elapsed() < 2000);
        QVERIFY2(text.size() < 5000 && !text.contains(u"hahaha"_s), qPrintable(text.left(200)));
        QVERIFY(text.contains(u"本文"_s));
    }

    void frontPage()
    {
        const auto r = SourceReader::readFile(dataFile(u"html/front.html"_s));
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QCOMPARE(r->format, ReadSource::Html);
        const ParsedPage &page = r->page;
        QCOMPARE(page.incidents.size(), 2);
        QCOMPARE(page.skippedPosts, 1); // the walk in the port town
        QVERIFY(page.pageLabels.isEmpty());

        const ParsedPost *a = byCase(page.incidents, u"2025-101"_s);
        QVERIFY(a);
        QCOMPARE(a->organization, u"株式会社ミナトメディカルサービス"_s);
        QCOMPARE(a->title, u"株式会社ミナトメディカルサービス 検査結果の誤送信について"_s);
        QCOMPARE(a->announcedOn, QDate(2025, 3, 10));
        QCOMPARE(a->postedOn, QDate(2025, 3, 10));
        QCOMPARE(a->labels, QStringList{u"インシデント:誤送信"_s}); // full-width colon normalised
        QCOMPARE(a->sourceUrl, u"https://fictional-notes.example/2025/03/2025-101.html"_s);
        QCOMPARE(a->sourcePostId,
                 u"tag:blogger.com,1999:blog-7301234567890123456.post-5100000000000000001"_s);
        QCOMPARE(a->relatedCaseIds, QStringList{u"2024-350"_s});
        QVERIFY(a->body.contains(u"検査結果を記載した電子メールを、誤って"_s));
        QVERIFY(a->body.contains(u"・2025年3月3日、担当者が宛先を取り違えて送信\n・2025年3月4日"_s));
        QVERIFY(a->body.contains(u"申し上げます。\n今後は"_s));
        QVERIFY(!a->body.contains(u"evil"_s));
        QVERIFY(!a->body.contains(u"1999-999"_s)); // the script in <head>
        QVERIFY(!a->body.contains(u"投稿者"_s));   // the footer is not the body

        const ParsedPost *b = byCase(page.incidents, u"2025-102"_s);
        QVERIFY(b);
        QCOMPARE(b->postedOn, QDate(2025, 3, 8)); // from the date header
        QCOMPARE(b->labels, (QStringList{u"インシデント:紛失"_s, u"自治体"_s}));
        QVERIFY(b->affected.has_value());
        QCOMPARE(b->affected->value, 1204);
        QVERIFY(b->sourcePostId.isEmpty()); // no ids in its markup
    }

    void labelPageInShiftJis()
    {
        const auto r = SourceReader::readFile(dataFile(u"html/label-sjis.html"_s));
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QCOMPARE(r->format, ReadSource::Html);
        QCOMPARE(r->encoding, u"Shift_JIS"_s);
        const ParsedPage &page = r->page;
        QCOMPARE(page.pageLabels, QStringList{u"インシデント:設定ミス"_s});
        QCOMPARE(page.incidents.size(), 2);
        const ParsedPost *a = byCase(page.incidents, u"2025-060"_s);
        QVERIFY(a);
        QCOMPARE(a->organization, u"学校法人あさぎり学園"_s);
        QCOMPARE(a->postedOn, QDate(2025, 2, 14));
        QVERIFY(!a->announcedOn.isValid());
        QCOMPARE(a->affected->value, 480);
        QVERIFY(a->body.contains(u"1. 公開設定を直ちに解除しました\n2. アクセスログを確認しています"_s));
        const ParsedPost *b = byCase(page.incidents, u"2025-021"_s);
        QVERIFY(b);
        QCOMPARE(b->labels, QStringList{u"インシデント:設定ミス"_s});
        QCOMPARE(b->postedOn, QDate(2025, 1, 21));
        QCOMPARE(b->announcedOn, QDate(2025, 1, 20));

        // The label decides the cause, as on text label pages.
        const Classifier c(Taxonomy::builtIn(), RuleSet::builtIn());
        const Classification call = c.classify(*b);
        QCOMPARE(call.cause, u"misconfiguration"_s);
        QCOMPARE(call.causeOrigin, u"label"_s);
    }

    void htmlWithoutPosts()
    {
        const auto r = SourceReader::readText(
            u"<!DOCTYPE html><html><body><p>港町の喫茶店めぐり</p></body></html>"_s);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(u"no incident posts"_s), qPrintable(r.error()));
    }

    void feedPage()
    {
        const auto feed = AtomFeedReader::read(readAll(dataFile(u"feed/blogger-page.xml"_s)));
        QVERIFY2(feed.ok(), qPrintable(feed.error()));
        QCOMPARE(feed->totalResults, 5);
        QCOMPARE(feed->startIndex, 1);
        QCOMPARE(feed->itemsPerPage, 3);
        QVERIFY(feed->nextUrl.contains(u"start-index=4"_s));
        QCOMPARE(feed->entries.size(), 3);
        const AtomEntry &e = feed->entries.first();
        QCOMPARE(e.id, u"tag:blogger.com,1999:blog-7301234567890123456.post-5100000000000000001"_s);
        QCOMPARE(e.labels, QStringList{u"インシデント:誤送信"_s});
        QCOMPARE(e.updated, QDateTime(QDate(2025, 3, 10), QTime(1, 0), Qt::UTC));
        QCOMPARE(e.alternateUrl, u"https://fictional-notes.example/2025/03/2025-101.html"_s);

        const ParsedPage page = AtomFeedReader::toPage(feed.value());
        QCOMPARE(page.incidents.size(), 2);
        QCOMPARE(page.skippedPosts, 1);
        const ParsedPost &p = page.incidents.first();
        QCOMPARE(p.caseId, u"2025-101"_s);
        QCOMPARE(p.postedOn, QDate(2025, 3, 10));
        QCOMPARE(p.sourcePostId, e.id);
        QVERIFY(p.body.startsWith(u"株式会社ミナトメディカルサービス\n\nこのたび"_s));
        QVERIFY(p.body.contains(u"電子メールを、誤って"_s));
        QVERIFY(!p.body.contains(u"alert"_s));
        const Classifier c(Taxonomy::builtIn(), RuleSet::builtIn());
        QCOMPARE(c.classify(p).cause, u"mis_operation"_s);
        QCOMPARE(c.classify(p).causeOrigin, u"label"_s);

        // The same file through the importer's reader.
        const auto r = SourceReader::readFile(dataFile(u"feed/blogger-page.xml"_s));
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QCOMPARE(r->format, ReadSource::AtomFeed);
        QCOMPARE(r->page.incidents.size(), 2);
    }

    void unsafeOrBrokenFeeds_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QString>("says");
        const QByteArray entry =
            "<entry><id>tag:x.post-1</id><title>【セキュリティ事件簿#2025-001】株式会社テスト "
            "不正アクセスについて</title><content type='html'>本文</content></entry>";
        QTest::newRow("billion laughs")
            << QByteArray("<?xml version='1.0'?><!DOCTYPE feed [<!ENTITY a 'aaaaaaaaaa'>"
                          "<!ENTITY b '&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;'>"
                          "<!ENTITY c '&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;'>"
                          "<!ENTITY d '&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;'>"
                          "<!ENTITY e '&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;'>"
                          "<!ENTITY f '&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;'>"
                          "<!ENTITY g '&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;'>"
                          "<!ENTITY h '&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;'>]>"
                          "<feed xmlns='http://www.w3.org/2005/Atom'><title>&h;</title>") +
                   entry + "</feed>"
            << u"DOCTYPE declaring entities"_s;
        QTest::newRow("external entity")
            << QByteArray("<?xml version='1.0'?><!DOCTYPE feed [<!ENTITY x SYSTEM "
                          "'file:///etc/passwd'>]><feed xmlns='http://www.w3.org/2005/Atom'>"
                          "<title>&x;</title></feed>")
            << u"DOCTYPE declaring entities"_s;
        QTest::newRow("external DTD")
            << QByteArray("<?xml version='1.0'?><!DOCTYPE feed SYSTEM 'http://127.0.0.1:1/x.dtd'>"
                          "<feed xmlns='http://www.w3.org/2005/Atom'/>")
            << u"DOCTYPE"_s;
        QTest::newRow("undeclared entity")
            << QByteArray("<feed xmlns='http://www.w3.org/2005/Atom'><title>&nbsp;</title></feed>")
            << u"invalid XML"_s;
        QTest::newRow("unclosed element")
            << QByteArray("<feed xmlns='http://www.w3.org/2005/Atom'>") + entry +
                   "<entry><title>x</entry></feed>"
            << u"invalid XML at line 1"_s;
        QTest::newRow("truncated")
            << QByteArray(QByteArray("<feed xmlns='http://www.w3.org/2005/Atom'>") + entry + entry)
                   .left(300)
            << u"invalid XML"_s;
        QTest::newRow("empty") << QByteArray() << u"invalid XML"_s;
        QTest::newRow("RSS") << QByteArray("<rss version='2.0'><channel/></rss>")
                             << u"not an Atom feed"_s;
        QTest::newRow("HTML error page")
            << QByteArray("<html><body><h1>Service Unavailable</h1></body></html>")
            << u"not an Atom feed"_s;
        // Qt's message quotes the encoding name; the error stays one line all the same.
        QTest::newRow("encoding name with a line break")
            << QByteArray("<?xml version='1.0' encoding='utf\n8'?>"
                          "<feed xmlns='http://www.w3.org/2005/Atom'/>")
            << u"invalid encoding name"_s;
        QTest::newRow("garbage after the feed")
            << QByteArray("<feed xmlns='http://www.w3.org/2005/Atom'>") + entry + "</feed><x/>"
            << u"invalid XML"_s;
    }

    void unsafeOrBrokenFeeds()
    {
        QFETCH(QByteArray, xml);
        QFETCH(QString, says);
        QElapsedTimer t;
        t.start();
        const auto r = AtomFeedReader::read(xml);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(says), qPrintable(r.error()));
        QVERIFY(!r.error().contains(u'\n'));
        QVERIFY(t.elapsed() < 2000);
    }

    // `jikenbo-cli import` of saved pages and feed files goes through the importer.
    void importerReadsHtmlAndFeeds()
    {
        QTemporaryDir dir;
        auto db = test::openDb(dir.filePath(u"h.sqlite"_s));
        QVERIFY(db);
        const Classifier c(Taxonomy::builtIn(), RuleSet::builtIn());
        Importer importer(*db, c);
        ImportSummary s = importer.importPaths(
            {dataFile(u"html/front.html"_s), dataFile(u"html/label-sjis.html"_s)});
        QVERIFY(s.errors.isEmpty());
        QCOMPARE(s.added, 4);
        QCOMPARE(s.skippedPosts, 1);
        // The feed holds two of the same posts: the same incidents, found by post id or key.
        s = importer.importPaths({dataFile(u"feed/blogger-page.xml"_s)});
        QVERIFY(s.errors.isEmpty());
        QCOMPARE(s.added, 0);
        QCOMPARE(s.updated + s.unchanged, 2);
        // And again: nothing changes.
        s = importer.importPaths({dataFile(u"feed/blogger-page.xml"_s)});
        QCOMPARE(s.unchanged, 2);
    }
};

QTEST_GUILESS_MAIN(TestHtml)
#include "tst_html.moc"
