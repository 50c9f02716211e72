// SPDX-License-Identifier: GPL-3.0-or-later
// Page splitting and post parsing on pages written here about fictional organisations.
#include "TestSupport.h"
#include "ingest/OrganizationExtractor.h"
#include "ingest/PageSplitter.h"
#include "ingest/PostParser.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace jikenbo;

namespace {

const QString nbsp = QString(QChar(0x00A0));

QString page()
{
    return u"前の記事の最後の段落です。ご迷惑をおかけしました。\n"
           "\n"
           "【セキュリティ事件簿#2024-301】株式会社ミナトデータ "
           "当社サーバーへの不正アクセスについて 2024年3月5日\n"
           "\n"
           "\n"
           "当社サーバーが不正アクセスを受けました。\n"
           "\n"
           "1.経緯\n"
           "\n"
           "\n"
           "令和６年２月２９日、異常な通信を検知しました。\n"
           "\n"
           "2.対象\n"
           "\n"
           "お客様 1,250名\n"
           "\n"
           "\n"
           "関連事件簿:【セキュリティ事件簿#2023-118】株式会社ミナトデータ 以前の件について\n"
           "\n"
           "週末の港町散歩と喫茶店めぐりの記録\n"
           "\n"
           ""_s +
           nbsp +
           u"\n"
           "\n"
           "今回は旅行記です。\n"
           "\n"
           "【セキュリティ事件簿#2024-302】青葉市職員、USBメモリを紛失\n"
           "\n"
           "\n"
           "青葉市は、職員が市民32名の情報を保存したUSBメモリを紛失したと発表した。\n"
           "\n"
           "【セキュリティ事件簿#2024-301】株式会社ミナトデータ "
           "当社サーバーへの不正アクセスについて(続報) 2024/3/20\n"
           "\n"
           "\n"
           "続報です。調査の結果を報告します。\n"_s;
}

} // namespace

class TestParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splitsPosts()
    {
        const QString text = page();
        const SplitPage p = PageSplitter::split(text);
        QList<PostSegment::Kind> kinds;
        for (const PostSegment &s : p.posts)
            kinds << s.kind;
        // A leading fragment (the page starts mid-post), incident, other, incident, incident.
        QCOMPARE(kinds, (QList<PostSegment::Kind>{PostSegment::Fragment, PostSegment::Incident,
                                                  PostSegment::Other, PostSegment::Incident,
                                                  PostSegment::Incident}));
    }

    void parsesIncidents()
    {
        const ParsedPage p = PostParser::parsePage(page());
        QCOMPARE(p.incidents.size(), 3);
        QCOMPARE(p.skippedPosts, 2); // the fragment and the travel log

        const ParsedPost &a = p.incidents[0];
        QCOMPARE(a.caseId, u"2024-301"_s);
        QCOMPARE(a.caseYear, 2024);
        QCOMPARE(a.caseSeq, 301);
        QCOMPARE(a.organization, u"株式会社ミナトデータ"_s);
        QCOMPARE(a.title, u"株式会社ミナトデータ 当社サーバーへの不正アクセスについて"_s);
        QCOMPARE(a.announcedOn, QDate(2024, 3, 5));
        QVERIFY(!a.followUp);
        QCOMPARE(a.relatedCaseIds, QStringList{u"2023-118"_s});
        QVERIFY(a.body.startsWith(u"当社サーバーが不正アクセスを受けました。"_s));
        QVERIFY(a.body.contains(u"1.経緯"_s));  // numbered headings do not start posts
        QVERIFY(!a.body.contains(u"喫茶店"_s)); // the travel log is not part of the notice
        QVERIFY(a.affected.has_value());
        QCOMPARE(a.affected->value, 1250);
        QCOMPARE(a.line, 3);

        const ParsedPost &b = p.incidents[1];
        QCOMPARE(b.caseId, u"2024-302"_s);
        QCOMPARE(b.organization, u"青葉市"_s);
        QVERIFY(!b.announcedOn.isValid());
        QVERIFY(b.affected.has_value());
        QCOMPARE(b.affected->value, 32);

        const ParsedPost &c = p.incidents[2];
        QCOMPARE(c.caseId, u"2024-301"_s);
        QVERIFY(c.followUp);
        QCOMPARE(c.announcedOn, QDate(2024, 3, 20));
    }

    void labelPage()
    {
        const QString text =
            u"ラベル インシデント:誤操作 の投稿を表示しています。 すべての投稿を表示\n"
            "ラベル インシデント:誤操作 の投稿を表示しています。 すべての投稿を表示\n"
            "\n"
            "【セキュリティ事件簿#2025-014】白樺町 メールの誤送信について 2025/2/3\n"
            "\n"
            "白樺町\n"
            "\n"
            "町からのお知らせメールを送信する際、宛先をBCCに入れるべきところTOに入れて送信しました。\n"_s;
        const ParsedPage p = PostParser::parsePage(text);
        QCOMPARE(p.pageLabels, QStringList{u"インシデント:誤操作"_s});
        QCOMPARE(p.incidents.size(), 1);
        QCOMPARE(p.incidents[0].labels, QStringList{u"インシデント:誤操作"_s});
        QCOMPARE(p.incidents[0].caption, u"白樺町"_s);
        QVERIFY(p.incidents[0].body.startsWith(u"町からのお知らせ"_s));
    }

    void caseIdShapes_data()
    {
        QTest::addColumn<QString>("marker");
        QTest::addColumn<QString>("caseId");
        QTest::addColumn<int>("seq");
        QTest::newRow("usual") << u"【セキュリティ事件簿#2023-055】A大学 不正アクセスについて"_s
                               << u"2023-055"_s << 55;
        QTest::newRow("year only")
            << u"【セキュリティ事件簿#2022】B病院 システム復旧しました。 2023年2月2日"_s
            << u"2022"_s << -1;
        QTest::newRow("full-width hash and digits")
            << u"【セキュリティ事件簿＃２０２４－０１２】C社 お知らせ"_s << u"2024-012"_s << 12;
    }

    void caseIdShapes()
    {
        QFETCH(QString, marker);
        QFETCH(QString, caseId);
        QFETCH(int, seq);
        ParsedPost p;
        QVERIFY(PostParser::parseMarker(marker, p));
        QCOMPARE(p.caseId, caseId);
        QCOMPARE(p.caseSeq, seq);
    }

    void followUpTitles_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<bool>("followUp");
        QTest::newRow("続報") << u"A社 個人情報漏えいについて(続報)"_s << true;
        QTest::newRow("第2報") << u"B市 不正アクセスについて(第2報)"_s << true;
        QTest::newRow("第１報 is the first") << u"B市 不正アクセスについて(第１報)"_s << false;
        QTest::newRow("追加のご報告") << u"C社 漏洩に関する追加のご報告について"_s << true;
        QTest::newRow("調査結果") << u"D社 不正アクセスに関する調査結果のお知らせ"_s << true;
        QTest::newRow("復旧") << u"E病院 システム復旧しました。"_s << true;
        QTest::newRow("first notice") << u"F社 個人情報の漏えいに関するお詫び"_s << false;
        QTest::newRow("discipline is not a follow-up") << u"G市職員の懲戒処分について"_s << false;
    }

    void followUpTitles()
    {
        QFETCH(QString, title);
        QFETCH(bool, followUp);
        QCOMPARE(PostParser::isFollowUpTitle(title), followUp);
    }

    void followUpBodies_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<bool>("followUp");
        QTest::newRow("first report published")
            << u"2025年3月2日に当社ウェブサイトにて第一報をご報告したとおり、調査を進めてまいりました。"_s
            << true;
        QTest::newRow("dated earlier notice")
            << u"2025年4月1日付「お客様情報の流出について」にて公表いたしました件につき、"
               "その後の調査結果をご報告します。"_s
            << true;
        QTest::newRow("previous notice")
            << u"前回のお知らせ以降に判明した事実をご報告します。"_s << true;
        QTest::newRow("a first report received is not a notice published")
            << u"委託先から本件について第一報を受けました。"_s << false;
        QTest::newRow("another body's publication")
            << u"委託先の株式会社カザミ商事が公表いたしました別紙のとおりお知らせいたします。"_s
            << false;
        QTest::newRow("a first notice")
            << u"このたび、当社サーバへの不正アクセスが判明しました。"_s << false;
    }

    void followUpBodies()
    {
        QFETCH(QString, body);
        QFETCH(bool, followUp);
        QCOMPARE(PostParser::bodyRefersToEarlierNotice(body), followUp);
    }

    void organizations_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("caption");
        QTest::addColumn<QString>("firstLine");
        QTest::addColumn<QString>("org");
        QTest::newRow("first word")
            << u"ソラノ通信 不正アクセスについて"_s << QString() << QString() << u"ソラノ通信"_s;
        QTest::newRow("legal form alone")
            << u"一般社団法人 星見文化協会 当会サーバへの不正アクセス"_s << QString() << QString()
            << u"一般社団法人 星見文化協会"_s;
        QTest::newRow("police") << u"山吹県警の巡査が捜査資料を持ち出し"_s << QString() << QString()
                                << u"山吹県警"_s;
        QTest::newRow("city staff")
            << u"北浜市職員、公用スマホを紛失"_s << QString() << QString() << u"北浜市"_s;
        QTest::newRow("city network") << u"月見野市教育ネットワークにおける漏洩について"_s
                                      << QString() << QString() << u"月見野市"_s;
        QTest::newRow("company comma")
            << u"カザミ商事、誤って顧客情報を公開"_s << QString() << QString() << u"カザミ商事"_s;
        QTest::newRow("service in quotes")
            << u"「ツバキ電機公式オンラインストア」への不正アクセス"_s << QString() << QString()
            << u"ツバキ電機"_s;
        QTest::newRow("gang claim, body names victim")
            << u"XYZ ランサムウェアギャングは、ホシノ食品をハッキングしたと主張"_s << QString()
            << u"株式会社ホシノ食品は、東雲府に本社を置く食品メーカーである。"_s
            << u"株式会社ホシノ食品"_s;
        QTest::newRow("caption for a sentence title")
            << u"潮見署の警部補が書類送検される"_s << u"潮見署"_s << QString() << u"潮見署"_s;
        QTest::newRow("hospital runs on into the title")
            << u"市立あさぎ病院における個人情報の紛失について"_s << QString() << QString()
            << u"市立あさぎ病院"_s;
        QTest::newRow("association runs on into the title")
            << u"一般社団法人星見文化協会が管理する会員情報の漏えいについて"_s << QString()
            << QString() << u"一般社団法人星見文化協会"_s;
        QTest::newRow("centre runs on into the title, words after a space")
            << u"みどり地域医療センターにおける 患者情報の誤送信について"_s << QString()
            << QString() << u"みどり地域医療センター"_s;
        QTest::newRow("company after the title")
            << u"顧客情報の流出に関するお詫び 株式会社ツバキ電機"_s << QString() << QString()
            << u"株式会社ツバキ電機"_s;
        QTest::newRow("news headline, organisation after a dash")
            << u"委託先がメール誤送信、受講生のアドレス流出 - 山吹県"_s << QString() << QString()
            << u"山吹県"_s;
        QTest::newRow("Latin name with a space after the legal form")
            << u"株式会社Starlight Systems 採用応募者の個人情報について"_s << QString() << QString()
            << u"株式会社Starlight Systems"_s;
        QTest::newRow("a pronoun is no name") << u"当社の顧客情報の流出について"_s << QString()
                                              << QString() << u"当社の顧客情報の流出について"_s;
    }

    void organizations()
    {
        QFETCH(QString, title);
        QFETCH(QString, caption);
        QFETCH(QString, firstLine);
        QFETCH(QString, org);
        QCOMPARE(OrganizationExtractor::extract(title, caption, firstLine), org);
    }

    void crlfAndCr()
    {
        QString text = page();
        const ParsedPage lf = PostParser::parsePage(text);
        const ParsedPage crlf = PostParser::parsePage(QString(text).replace(u"\n"_s, u"\r\n"_s));
        const ParsedPage cr = PostParser::parsePage(QString(text).replace(u"\n"_s, u"\r"_s));
        QCOMPARE(crlf.incidents.size(), lf.incidents.size());
        QCOMPARE(cr.incidents.size(), lf.incidents.size());
        QCOMPARE(crlf.incidents[0].body, lf.incidents[0].body);
    }

    void nonIncidentOnlyPage()
    {
        const ParsedPage p = PostParser::parsePage(
            u"小型キーボードを一か月使ってみた感想\n\n\n打鍵感が良いです。\n"_s);
        QVERIFY(p.incidents.isEmpty());
        QCOMPARE(p.skippedPosts, 1);
    }
};

QTEST_GUILESS_MAIN(TestParser)
#include "tst_parser.moc"
