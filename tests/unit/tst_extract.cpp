// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "core/TextUtil.h"
#include "ingest/CountExtractor.h"
#include "ingest/DateExtractor.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace jikenbo;

class TestExtract : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("western") << u"2023年2月9日に公表"_s << QStringList{u"2023-02-09"_s};
        QTest::newRow("spaces") << u"2023 年7月 24 日"_s << QStringList{u"2023-07-24"_s};
        QTest::newRow("full-width")
            << u"２０２２ 年 １０ 月 １９ 日"_s << QStringList{u"2022-10-19"_s};
        QTest::newRow("slash") << u"2024/4/15 と 2023/09/08"_s
                               << QStringList{u"2024-04-15"_s, u"2023-09-08"_s};
        QTest::newRow("iso") << u"2024-01-09"_s << QStringList{u"2024-01-09"_s};
        QTest::newRow("reiwa") << u"令和5年9月7日"_s << QStringList{u"2023-09-07"_s};
        QTest::newRow("reiwa spaced") << u"令和 5 年 12 月 4 日"_s << QStringList{u"2023-12-04"_s};
        QTest::newRow("reiwa gannen") << u"令和元年5月1日"_s << QStringList{u"2019-05-01"_s};
        QTest::newRow("heisei") << u"平成30年7月23日"_s << QStringList{u"2018-07-23"_s};
        QTest::newRow("heisei last day") << u"平成31年4月30日"_s << QStringList{u"2019-04-30"_s};
        QTest::newRow("heisei 31 after end") << u"平成31年5月1日"_s << QStringList{};
        QTest::newRow("heisei 32 is no date") << u"平成32年1月1日"_s << QStringList{};
        QTest::newRow("reiwa before start") << u"令和元年4月30日"_s << QStringList{};
        QTest::newRow("showa") << u"昭和64年1月7日"_s << QStringList{u"1989-01-07"_s};
        QTest::newRow("abbreviated era") << u"R5.9.7"_s << QStringList{u"2023-09-07"_s};
        QTest::newRow("invalid day") << u"2023年2月30日"_s << QStringList{};
        QTest::newRow("month-day takes the year before")
            << u"令和5年9月7日にコピーし、12 月 28 日に紛失に気付いた"_s
            << QStringList{u"2023-09-07"_s, u"2023-12-28"_s};
        QTest::newRow("month-day alone has no year") << u"12月28日"_s << QStringList{};
        QTest::newRow("updated suffix") << u"2023年7月21日更新"_s << QStringList{u"2023-07-21"_s};
    }

    void dates()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QStringList got;
        for (const FoundDate &d : DateExtractor::findAll(text))
            got << d.date.toString(Qt::ISODate);
        QCOMPARE(got, expected);
    }

    void trailingDate_data()
    {
        QTest::addColumn<QString>("rest");
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("title");
        QTest::newRow("kanji") << u"株式会社A 漏えいについて 2023年2月9日"_s << u"2023-02-09"_s
                               << u"株式会社A 漏えいについて"_s;
        QTest::newRow("slash") << u"B市 誤送信について 2024/4/15"_s << u"2024-04-15"_s
                               << u"B市 誤送信について"_s;
        QTest::newRow("zero padded") << u"C 報告 2023/09/08"_s << u"2023-09-08"_s << u"C 報告"_s;
        QTest::newRow("spaced") << u"D お詫び 2023 年7月 24 日"_s << u"2023-07-24"_s
                                << u"D お詫び"_s;
        QTest::newRow("updated") << u"E 閲覧可能について 2023年7月21日更新"_s << u"2023-07-21"_s
                                 << u"E 閲覧可能について"_s;
        QTest::newRow("double space")
            << u"F について  2023年1月24日"_s << u"2023-01-24"_s << u"F について"_s;
        QTest::newRow("missing") << u"G 個人情報の紛失について"_s << QString()
                                 << u"G 個人情報の紛失について"_s;
        QTest::newRow("full-width")
            << u"H お知らせ ２０２４年１月９日"_s << u"2024-01-09"_s << u"H お知らせ"_s;
        QTest::newRow("glued to title is not trailing")
            << u"I について2023年2月9日"_s << QString() << u"I について2023年2月9日"_s;
        QTest::newRow("invalid") << u"J について 2023年13月1日"_s << QString()
                                 << u"J について 2023年13月1日"_s;
    }

    void trailingDate()
    {
        QFETCH(QString, rest);
        QFETCH(QString, date);
        QFETCH(QString, title);
        qsizetype start = -1;
        const QDate d = DateExtractor::trailingDate(rest, &start);
        QCOMPARE(d.isValid() ? d.toString(Qt::ISODate) : QString(), date);
        QCOMPARE(text::trimmed(d.isValid() ? QStringView(rest).first(start) : QStringView(rest))
                     .toString(),
                 title);
    }

    void counts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<qint64>>("values");
        QTest::newRow("records") << u"1,092 件分"_s << QList<qint64>{1092};
        QTest::newRow("people") << u"1,011 名"_s << QList<qint64>{1011};
        QTest::newRow("man") << u"約2.2万件"_s << QList<qint64>{22000};
        QTest::newRow("max") << u"最大145名"_s << QList<qint64>{145};
        QTest::newRow("full-width") << text::nfkc(u"１，０９２名"_s) << QList<qint64>{1092};
        QTest::newRow("hito") << u"48人分"_s << QList<qint64>{48};
        QTest::newRow("sen") << u"3千件"_s << QList<qint64>{3000};
        QTest::newRow("two") << u"生徒532名と職員4名"_s << QList<qint64>{532, 4};
    }

    void counts()
    {
        QFETCH(QString, text);
        QFETCH(QList<qint64>, values);
        QList<qint64> got;
        for (const CountMention &m : CountExtractor::findAll(text))
            got << m.value;
        QCOMPARE(got, values);
    }

    void mentionFlags()
    {
        const auto m = CountExtractor::findAll(u"約2.2万件、最大145名、計350名"_s);
        QCOMPARE(m.size(), 3);
        QVERIFY(m[0].approximate);
        QVERIFY(m[1].upperBound);
        QVERIFY(m[2].total);
    }

    void principal_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("body");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("people over records")
            << u"ミナト病院 個人情報の紛失について"_s
            << u"USBメモリには診療データ(1,092 件分)、患者1,011 名の情報が保存されていました。"_s
            << qint64(1011);
        QTest::newRow("staff count is not the affected")
            << u"北浜市 誤送信について"_s
            << u"職員1名が、市民245名分のメールアドレスを含むメールを誤って送信しました。"_s
            << qint64(245);
        QTest::newRow("title count") << u"青葉町 中学教員が生徒64名の個人情報入りUSBメモリを紛失"_s
                                     << u"教員が紛失しました。"_s << qint64(64);
        QTest::newRow("inquiries are not the affected")
            << u"株式会社ソラノ通信 不正アクセスについて"_s
            << u"お客様情報約3,400件が流出した可能性があります。これまでに12件のお問い合わせがありました。"_s
            << qint64(3400);
        QTest::newRow("separately listed groups are summed")
            << u"株式会社ミツバ 会員情報の漏えいについて"_s
            << u"漏えいした個人情報は次のとおりです。\n・会員の氏名、住所 120名分\n"
               "・退会者の氏名 35名分\n"_s
            << qint64(155);
        QTest::newRow("a stated total wins over its parts")
            << u"株式会社ミツバ 個人情報の漏えいについて"_s
            << u"対象件数 90件\n(1) 見積書の送付先 40件\n(2) 請求書の送付先 50件\n"_s << qint64(90);
        QTest::newRow("groups joined in one sentence")
            << u"こがね町 書類の紛失について"_s
            << u"紛失した書類には、町民8名の氏名及び事業者12名の連絡先が記載されていました。"_s
            << qint64(20);
        QTest::newRow("facets of one group are not summed")
            << u"株式会社ミツバ 顧客情報の流出について"_s
            << u"流出した情報\n・氏名 300件\n・住所 300件\n"_s << qint64(300);
        QTest::newRow("viewers and files are not the affected")
            << u"あおい市 アクセス権限の設定不備について"_s
            << u"(1) 閲覧可能だったファイル数 45件\n(2) ファイルを閲覧した利用者数 6人\n"_s
            << qint64(-1);
        QTest::newRow("recipients of a mis-sent mail are not the affected")
            << u"株式会社ミツバ メールの誤送信について"_s
            << u"お知らせを140名の会員様へ送信した際、別の会員のメールアドレス52件を記載した"
               "ファイルを誤って添付しました。"_s
            << qint64(52);
        QTest::newRow("count in brackets after the data")
            << u"株式会社ミツバ 不正アクセスについて"_s
            << u"お客様のクレジットカード情報(1,840件)が漏洩した可能性があります。"_s
            << qint64(1840);
        QTest::newRow("bare count in brackets after the data")
            << u"株式会社ミツバ 不正アクセスについて"_s
            << u"1. 漏洩した可能性のある情報\n会員登録時に入力された氏名、住所、電話番号(2,615件)\n"_s
            << qint64(2615);
        QTest::newRow("data noun and worth, spaced")
            << u"ミナト病院 USBメモリの紛失について"_s
            << u"紛失したUSBメモリには患者氏名及び生年月日 27 名分が保存されていました。"_s
            << qint64(27);
        QTest::newRow("viewers after the count")
            << u"あおい市 校内ネットワークの設定不備について"_s
            << u"生徒の成績一覧 84名分が閲覧できる状態となっており、計9名の生徒が閲覧していました。"_s
            << qint64(84);
        QTest::newRow("staff disciplined are not the affected")
            << u"こがね町 職員の処分について"_s
            << u"町民の情報を業務外で閲覧したとして、職員3名を懲戒処分としました。"_s << qint64(-1);
        QTest::newRow("phishing mails sent are not the affected")
            << u"株式会社ソラノ通信 メールアカウントへの不正アクセスについて"_s
            << u"第三者が当社のアカウントからフィッシングメール約2,000件を送信しました。"
               "アカウントに保存されていた取引先の連絡先 85件が閲覧された可能性があります。"_s
            << qint64(85);
        QTest::newRow("a breakdown in brackets makes a total")
            << u"さくら県 申込フォームの設定不備について"_s
            << u"申込画面において、42名(申込者21名、同行者21名)の個人情報が閲覧可能な状態でした。"_s
            << qint64(42);
        QTest::newRow("a part introduced by うち is not the total")
            << u"北浜市 FAXの誤送信について"_s
            << u"誤送信した52名分の申請書のうち、50名分は廃棄を確認しました。"_s << qint64(52);
        QTest::newRow("facets of one group give the largest")
            << u"株式会社ミツバ 不正アクセスについて"_s
            << u"流出した可能性のある情報\n・氏名 3,100件\n・クレジットカード情報 1,200件\n"_s
            << qint64(3100);
        QTest::newRow("two different counts, neither plainly the one")
            << u"株式会社ミツバ 顧客情報の流出について"_s
            << u"会員情報3,100件が流出した可能性があります。\n"
               "また、取引先情報2,900件が流出した可能性があります。"_s
            << qint64(-1);
        QTest::newRow("secondary harm is not the principal count")
            << u"株式会社ミツバ 元社員による顧客情報の持ち出しについて"_s
            << u"2. 漏えいした情報\nお客様 640名(契約者)\n\n3. 二次被害について\n"
               "元社員の転職先から、計12名のお客様に勧誘の電話がありました。\n"_s
            << qint64(640);
        QTest::newRow("digits spaced out")
            << u"さくら県 名簿の流出について"_s << u"流出した名簿\n(2 4 0 人の氏名、住所)\n"_s
            << qint64(240);
        QTest::newRow("people over records, group after the count")
            << u"ミナト病院 個人情報の紛失について"_s
            << u"USBメモリには1,480件分、1,320名の患者様の診療情報が保存されていました。"_s
            << qint64(1320);
        QTest::newRow("orders are not people")
            << u"株式会社ミツバ 不正ログインについて"_s
            << u"(1)不正ログインされた会員数:14件\n(2)不正な注文件数:31件\n"_s << qint64(14);
        QTest::newRow("one per child is not a count")
            << u"あおい市 端末の紛失について"_s
            << u"児童に1人1台配布している端末を紛失しました。端末には児童25名の氏名が保存されていました。"_s
            << qint64(25);
        QTest::newRow("circled list items")
            << u"株式会社ミツバ 個人情報の漏えいについて"_s
            << u"漏えいした個人情報\n① 利用者の個人情報 2,100 件\n項目は氏名、メールアドレス\n"
               "② 管理者の個人情報 75 件\n"_s
            << qint64(2175);
        QTest::newRow("nothing stated")
            << u"東雲市 ホームページ改ざんについて"_s << u"改ざんを確認しました。"_s << qint64(-1);
    }

    // Every count is kept with what it counts, whether or not one was chosen.
    void candidates()
    {
        const AffectedAnalysis a = CountExtractor::analyze(
            text::nfkc(u"北浜市 メールの誤送信について"_s),
            CountExtractor::normalize(
                u"案内メールを140名の会員様へ送信した際、宛先を誤り、名簿(メールアドレス52件)を"
                "添付しました。また、閲覧した職員数 3名\n"_s));
        QVERIFY(a.chosen);
        QCOMPARE(a.chosen->value, qint64(52));
        QStringList got;
        for (const AffectedCandidate &c : a.candidates)
            got << QString::number(c.value) + u' ' + c.kind + (c.chosen ? u"*"_s : QString());
        QCOMPARE(got, (QStringList{u"52 addresses*"_s, u"140 recipients"_s, u"3 viewers"_s}));
        for (const AffectedCandidate &c : a.candidates)
            QVERIFY2(c.evidence.contains(QString::number(c.value)), qPrintable(c.evidence));

        const AffectedAnalysis unsure = CountExtractor::analyze(
            text::nfkc(u"株式会社ミツバ 顧客情報の流出について"_s),
            CountExtractor::normalize(u"会員情報3,100件が流出した可能性があります。\n"
                                      "また、取引先情報2,900件が流出した可能性があります。"_s));
        QVERIFY(!unsure.chosen);
        QCOMPARE(unsure.candidates.size(), 2);
        QVERIFY(!unsure.candidates[0].chosen && !unsure.candidates[1].chosen);
    }

    void principal()
    {
        QFETCH(QString, title);
        QFETCH(QString, body);
        QFETCH(qint64, expected);
        const auto a =
            CountExtractor::principal(text::nfkc(title), CountExtractor::normalize(body));
        QCOMPARE(a ? a->value : qint64(-1), expected);
        if (a)
            QVERIFY(!a->evidence.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestExtract)
#include "tst_extract.moc"
