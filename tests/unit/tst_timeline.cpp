// SPDX-License-Identifier: GPL-3.0-or-later
// The analysis extractors of issue 16 on notices written here about fictional organisations:
// dates in context (era dates, implicit years, year boundaries, invalid era dates), the
// discovered and occurred dates, kinds of leaked data with their negations, and the
// contractor flag against the prevention boilerplate.
#include "classify/ThirdPartyDetector.h"
#include "ingest/DataKindExtractor.h"
#include "ingest/DateExtractor.h"
#include "ingest/TimelineExtractor.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace jikenbo;

namespace {

QList<QDate> datesOf(const QString &text, QDate context = {})
{
    QList<QDate> out;
    for (const FoundDate &d : DateExtractor::findAll(text, context))
        out.append(d.date);
    return out;
}

QSet<QString> kindsOf(const QString &body)
{
    QSet<QString> out;
    for (const FoundDataKind &k : DataKindExtractor::extract(body))
        out.insert(k.key);
    return out;
}

} // namespace

class TestTimeline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eraDatesAreValidated()
    {
        QCOMPARE(datesOf(u"令和元年5月1日"_s), QList<QDate>{QDate(2019, 5, 1)});
        QCOMPARE(datesOf(u"平成31年4月30日"_s), QList<QDate>{QDate(2019, 4, 30)});
        // Before the era began, after it ended, or not a day at all.
        QVERIFY(datesOf(u"令和元年4月30日"_s).isEmpty());
        QVERIFY(datesOf(u"平成31年5月1日"_s).isEmpty());
        QVERIFY(datesOf(u"平成32年1月10日"_s).isEmpty());
        QVERIFY(datesOf(u"令和5年2月30日"_s).isEmpty());
        QVERIFY(datesOf(u"平成元年1月7日"_s).isEmpty());
        QCOMPARE(datesOf(u"平成元年1月8日"_s), QList<QDate>{QDate(1989, 1, 8)});
        QCOMPARE(datesOf(u"令和５年１２月２日（土）"_s), QList<QDate>{QDate(2023, 12, 2)});
        QCOMPARE(datesOf(u"令和 6 年 1 月 9 日"_s), QList<QDate>{QDate(2024, 1, 9)});
        // The Western year in parentheses after the era year.
        QCOMPARE(datesOf(u"令和5(2023)年5月18日から"_s), QList<QDate>{QDate(2023, 5, 18)});
        QCOMPARE(datesOf(u"令和3年(2021 年)4月2日"_s), QList<QDate>{QDate(2021, 4, 2)});
    }

    void monthDaysTakeTheYearBeforeThem()
    {
        // 12月28日 after 令和5年9月7日 is in 2023; 1月9日 after 12月28日 rolls into 2024.
        QCOMPARE(datesOf(u"令和5年9月7日に複製し、12月28日に紛失に気付き、1月9日に報告した。"_s),
                 (QList<QDate>{QDate(2023, 9, 7), QDate(2023, 12, 28), QDate(2024, 1, 9)}));
        // Unless that would put it after the announcement.
        QCOMPARE(datesOf(u"2023年12月5日に判明し、11月30日に発生していた。"_s, QDate(2023, 12, 10)),
                 (QList<QDate>{QDate(2023, 12, 5), QDate(2023, 11, 30)}));
        // A small step back in the same year is no rollover.
        QCOMPARE(datesOf(u"2023年7月26日に判明。調査の結果、5月18日から続いていた。"_s),
                 (QList<QDate>{QDate(2023, 7, 26), QDate(2023, 5, 18)}));
    }

    void monthDaysWithoutADateTakeTheContext()
    {
        const QDate announced(2024, 1, 10);
        // No date before it: the announcement's year, or the year before when it would follow.
        QCOMPARE(datesOf(u"5月5日に発生"_s, QDate(2023, 5, 9)), QList<QDate>{QDate(2023, 5, 5)});
        QCOMPARE(datesOf(u"12月28日に発覚"_s, announced), QList<QDate>{QDate(2023, 12, 28)});
        QCOMPARE(datesOf(u"本年1月6日に確認"_s, announced), QList<QDate>{QDate(2024, 1, 6)});
        QCOMPARE(datesOf(u"昨年10月11日までに"_s, announced), QList<QDate>{QDate(2023, 10, 11)});
        QCOMPARE(datesOf(u"本年 1 月 6 日"_s, announced), QList<QDate>{QDate(2024, 1, 6)});
        // Without a context there is no year to give.
        QVERIFY(datesOf(u"5月5日に発生"_s).isEmpty());
        // Not a month-day: a full date's tail.
        QCOMPARE(datesOf(u"2023年5月5日"_s, announced), QList<QDate>{QDate(2023, 5, 5)});
    }

    void discoveredAndOccurredFromClauses()
    {
        const QString body =
            u"このたび、弊社サーバーが不正アクセスを受けたことが判明しました。\n"
            u"1.経緯\n"
            u"令和5年12月3日(日)未明、第三者がサーバーに侵入し、ファイルが暗号化されました。\n"
            u"12月4日(月)午前9時頃、従業員がファイルを開けないことに気付き、調査を開始しました。\n"
            u"12月8日、外部の専門会社による調査で情報流出の可能性があることを確認しました。\n"
            u"なお、現時点で不正利用は確認されておりません。\n"_s;
        const NoticeTimeline t = TimelineExtractor::extract(body, QDate(2024, 1, 15));
        QCOMPARE(t.occurred.date, QDate(2023, 12, 3));
        QCOMPARE(t.discovered.date, QDate(2023, 12, 4));
        QCOMPARE(t.discovered.cue, u"気付"_s);
        QVERIFY(t.discovered.evidence.contains(u"気付き"_s));
        QCOMPARE(t.disclosureDays(), std::optional<int>(42));
    }

    void implicitYearAcrossTheNewYear()
    {
        // Told in January about a December discovery: the year before the announcement.
        const QString body = u"12月27日、取引先からのご指摘により誤送信が発覚しました。\n"
                             u"同月25日にメールを送信した際、宛先を誤っていたものです。"_s;
        const NoticeTimeline t = TimelineExtractor::extract(body, QDate(2024, 1, 12));
        QCOMPARE(t.discovered.date, QDate(2023, 12, 27));
        QCOMPARE(t.disclosureDays(), std::optional<int>(16));
        // No announcement date: the case year tells the year.
        const NoticeTimeline c = TimelineExtractor::extract(body, QDate(), 2023);
        QCOMPARE(c.discovered.date, QDate(2023, 12, 27));
        QVERIFY(!c.disclosureDays());
    }

    void labelsAndPeriods()
    {
        const QString body = u"1. 発生日:令和5年5月23日(火)\n"
                             u"2. 判明日時\n\n"
                             u"令和5年5月24日(水)午前10時\n"
                             u"閲覧可能期間 2023年5月1日(月)~2023年5月24日(水)\n"_s;
        const NoticeTimeline t = TimelineExtractor::extract(body, QDate(2023, 6, 1));
        QCOMPARE(t.discovered.date, QDate(2023, 5, 24));
        QCOMPARE(t.occurred.date, QDate(2023, 5, 1));
        QCOMPARE(t.occurred.cue, u"閲覧可能期間"_s);
    }

    void negatedAndLaterCuesDoNotCount()
    {
        // A period ending in 判明 is when it went on, not when it was found; a date after the
        // announcement is none of the notice's past; invalid era dates are no dates.
        const QString body = u"2024年1月26日(金)17時00分頃から1月28日(日)"
                             u"11時21分までの間に改ざんされていた事が判明しました。\n"
                             u"平成32年1月10日に確認しました。\n"
                             u"2024年2月10日に調査結果を確認する予定です。\n"
                             u"現時点で情報の流出は確認されておりません。"_s;
        const NoticeTimeline t = TimelineExtractor::extract(body, QDate(2024, 1, 31));
        QVERIFY(!t.discovered.isValid());
        QCOMPARE(t.occurred.date, QDate(2024, 1, 26));
        QVERIFY(!t.disclosureDays());
    }

    void kindsInTheLeakedDataSection()
    {
        const QString body =
            u"当社の会員サイトにおいて、お客様情報が閲覧できる状態になっていたことが判明しました。"
            u"\n"
            u"2.閲覧可能であった個人情報\n"
            u"氏名、生年月日、メールアドレス、ご注文商品\n"
            u"なお、住所、電話番号、クレジットカード情報は含まれておりません。\n"
            u"3.お客様へのお願い\n"
            u"身に覚えのないクレジットカードのご請求やパスワードの変更通知にご注意ください。\n"
            u"4.再発防止策\n"
            u"委託先の管理を徹底し、口座情報の取扱いを見直します。\n"_s;
        QCOMPARE(kindsOf(body),
                 (QSet<QString>{u"name"_s, u"birth_date"_s, u"email"_s, u"other"_s}));
        const auto found = DataKindExtractor::extract(body);
        QCOMPARE(found.first().key, u"name"_s);
        QVERIFY(found.first().evidence.contains(u"氏名"_s));
    }

    void kindsAnnouncedAsAList()
    {
        const QString body = u"外部から取得できる状態にあった情報は以下の通りです。\n"
                             u"<職員に関する情報>\n"
                             u"氏名、メールアドレス、役職名、ログインID\n\n"
                             u"再発防止策\n"
                             u"マイナンバーを扱う業務を点検します。\n"_s;
        QCOMPARE(kindsOf(body),
                 (QSet<QString>{u"name"_s, u"email"_s, u"credentials"_s, u"employee_records"_s}));
        // The sentence that says what leaked, and card data stated as never held.
        QCOMPARE(kindsOf(u"お客様のクレジットカード情報(120件)が漏洩した可能性があります。"_s),
                 QSet<QString>{u"card"_s});
        QVERIFY(
            kindsOf(
                u"当サイトではクレジットカード情報を保持しておりませんので、クレジットカード情報の漏洩はございません。"_s)
                .isEmpty());
        QVERIFY(kindsOf(QString()).isEmpty());
    }

    void contractorWhereItHappened()
    {
        const QString body =
            u"当町が業務を委託している印刷会社において、ランサムウェアによる被害が発生しました。\n"_s;
        const ThirdPartyFinding f = ThirdPartyDetector::detect(u"架空町 通知書の情報流出"_s, body);
        QVERIFY(f.viaContractor);
        QVERIFY(!f.cue.isEmpty());
        QVERIFY(f.evidence.contains(u"ランサムウェア"_s));
        QVERIFY(ThirdPartyDetector::detect(u"架空町 委託先のランサムウェア被害について"_s, {})
                    .viaContractor);
        // A provider named as the party breached.
        QVERIFY(
            ThirdPartyDetector::detect(
                {},
                u"決済画面を提供する株式会社サンプルペイより、同社のシステムが不正アクセスを受けた旨の連絡がありました。"_s)
                .viaContractor);
    }

    void contractorBoilerplateDoesNotCount()
    {
        const QString body =
            u"当社の従業員が宛先を誤ってメールを送信しました。\n"
            u"今後は委託先の管理を徹底するとともに、再発防止に努めてまいります。\n"
            u"4.再発防止策\n"
            u"業務委託先を含めた研修を実施します。\n"
            u"申込にはオンラインフォームのサービスを利用していましたが、当社の設定誤りによるものです。\n"_s;
        const ThirdPartyFinding f =
            ThirdPartyDetector::detect(u"架空商事 メール誤送信について"_s, body);
        QVERIFY2(!f.viaContractor, qPrintable(f.evidence));
        QVERIFY(f.evidence.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTimeline)
#include "tst_timeline.moc"
