// SPDX-License-Identifier: GPL-3.0-or-later
// Key dates (発生, 発覚 …) and the 経緯 timeline read from notice text for printed summaries.
#include "report/NoticeDates.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace jikenbo;

class TestNoticeDates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keyDatesTakeTheNearestWord()
    {
        const QString body =
            u"令和6年5月30日、窓口で受け付けた申請書類の紛失が発覚しました。\n"
            u"発生日時：2024年5月28日（推定）\n"
            u"2024年6月1日に警察へ届け出ました。\n"
            u"システムは2024年6月3日に復旧し、同日2024年6月3日に本件を公表しました。\n"_s;
        const QList<KeyDate> k = NoticeDates::keyDates(body);
        QCOMPARE(k.size(), 5);
        QCOMPARE(k[0].kind, KeyDate::Occurred);
        QCOMPARE(k[0].date, QDate(2024, 5, 28));
        // Occurred and discovered are TimelineExtractor's: its cue is the label itself.
        QCOMPARE(k[0].word, u"発生日"_s);
        QCOMPARE(k[1].kind, KeyDate::Discovered);
        QCOMPARE(k[1].date, QDate(2024, 5, 30));
        QCOMPARE(k[1].word, u"発覚"_s);
        QVERIFY(k[1].context.startsWith(u"令和6年5月30日"_s));
        QCOMPARE(k[2].kind, KeyDate::Reported);
        QCOMPARE(k[2].date, QDate(2024, 6, 1));
        QCOMPARE(k[3].kind, KeyDate::Restored);
        QCOMPARE(k[4].kind, KeyDate::Published);
    }

    void aWordInTheNextSentenceDoesNotCount()
    {
        const QString body = u"2024年5月1日に作業を行いました。後日、誤りが判明しました。"_s;
        QVERIFY(NoticeDates::keyDates(body).isEmpty());
    }

    void timelineFromLinesAndSentences()
    {
        const QString body =
            u"1.経緯\n"
            u"・2024年5月20日(月) 担当者が見積書を送信\n"
            u"・5月22日：取引先からの連絡により誤送信が判明\n"
            u"(3) 2024/5/23 削除を依頼\n"
            u"本件は2024年5月25日に公表予定です。\n"
            u"令和6年5月26日、再発防止策を決定しました。5月27日に全社へ周知しました。\n"_s;
        const QList<TimelineEvent> t = NoticeDates::timeline(body);
        QCOMPARE(t.size(), 5);
        QCOMPARE(t[0].date, QDate(2024, 5, 20));
        QCOMPARE(t[0].text, u"担当者が見積書を送信"_s);
        QCOMPARE(t[1].date, QDate(2024, 5, 22));
        QCOMPARE(t[1].text, u"取引先からの連絡により誤送信が判明"_s);
        QCOMPARE(t[2].date, QDate(2024, 5, 23));
        QCOMPARE(t[3].date, QDate(2024, 5, 26));
        QCOMPARE(t[3].text, u"再発防止策を決定しました。"_s);
        QCOMPARE(t[4].date, QDate(2024, 5, 27));
        QCOMPARE(t[4].text, u"全社へ周知しました。"_s);
    }

    void oneDatedLineIsNoTimeline()
    {
        QVERIFY(NoticeDates::timeline(u"2024年5月20日 送信しました。\n以上"_s).isEmpty());
        QVERIFY(NoticeDates::timeline(QString()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestNoticeDates)
#include "tst_noticedates.moc"
