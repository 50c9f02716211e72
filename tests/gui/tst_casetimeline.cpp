// SPDX-License-Identifier: GPL-3.0-or-later
// The case timeline (issue 16 part 6): every post of a case in date order with what each changed,
// in the detail pane. Fictional notices written for this test.
#include "DetailPane.h"
#include "IncidentHtml.h"
#include "ReportFixtures.h"
#include "SafeTextBrowser.h"
#include "TestSupport.h"
#include "report/CaseTimeline.h"
#include "store/Database.h"
#include "store/IncidentStore.h"

#include <QApplication>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace jikenbo;

namespace {

// Three posts of one fictional case: the first notice, an update with the count, the
// investigation results with a larger count and the day it began; then a case of one post.
QString casePage()
{
    return QStringLiteral(
        u"【セキュリティ事件簿#2024-970】株式会社あおば書房 通販サイトへの不正アクセスに関するお知らせ "
        u"2024/9/2\n\n\n"
        u"2024年8月26日、当社通販サイトにおいて不審な通信を検知し、第三者による不正アクセスが判明しました。\n"
        u"現在、影響の範囲を調査しております。\n\n"
        u"【セキュリティ事件簿#2024-970】株式会社あおば書房 通販サイトへの不正アクセスに関するお知らせ(第2報) "
        u"2024/9/20\n\n\n"
        u"先般お知らせした不正アクセスについて、調査の途中経過をお知らせいたします。\n"
        u"1.漏えいの可能性がある情報\n"
        u"お客様の氏名、住所、電話番号 1,200名分\n\n"
        u"【セキュリティ事件簿#2024-970】株式会社あおば書房 不正アクセスに関する調査結果のご報告 "
        u"2024/10/15\n\n\n"
        u"外部専門機関による調査が完了しましたので、その結果をご報告いたします。\n"
        u"調査の結果、2024年8月19日に第三者が管理画面の脆弱性を突いて不正アクセスを行っていました。\n"
        u"1.漏えいした情報\n"
        u"お客様の氏名、住所、電話番号、メールアドレス 3,400名分\n\n"
        u"【セキュリティ事件簿#2024-971】ひばり町立図書館 利用者カードの紛失について 2024/9/5\n\n\n"
        u"2024年9月3日、利用者の登録申請書1枚の紛失が判明しました。\n");
}

QString keyOf(Database &db, const QString &titlePart)
{
    QSqlQuery q(db.sql());
    q.prepare(u"SELECT key FROM incidents WHERE title LIKE ?"_s);
    q.addBindValue(QString(u"%"_s + titlePart + u"%"_s));
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

} // namespace

class TestCaseTimeline : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = test::openDb(m_dir.filePath(u"case.sqlite"_s));
        QVERIFY(m_db);
        QVERIFY(test::importText(*m_db, casePage(), u"case.txt"_s));
    }

    void postsInDateOrderWithChanges()
    {
        const QString update = keyOf(*m_db, u"第2報"_s);
        QVERIFY(!update.isEmpty());
        IncidentStore store(*m_db);
        const auto record = store.byKey(update);
        QVERIFY(record.ok() && record.value());
        const auto t = CaseTimeline::of(*m_db, *record.value());
        QVERIFY2(t.ok(), qPrintable(t.error()));
        const QList<CaseTimeline::Entry> &e = t.value().entries;
        QCOMPARE(e.size(), 3);
        QCOMPARE(e[0].date, QDate(2024, 9, 2));
        QCOMPARE(e[1].date, QDate(2024, 9, 20));
        QCOMPARE(e[2].date, QDate(2024, 10, 15));
        QCOMPARE(e[0].kind, CaseTimeline::Kind::FirstNotice);
        QCOMPARE(e[1].kind, CaseTimeline::Kind::Update);
        QCOMPARE(e[2].kind, CaseTimeline::Kind::Investigation);
        QVERIFY(e[0].changes.isEmpty());

        auto changeOf = [](const CaseTimeline::Entry &en, const QString &field) {
            for (const CaseTimeline::Change &c : en.changes) {
                if (c.field == field)
                    return c;
            }
            return CaseTimeline::Change{};
        };
        // The update gives the count for the first time; the results raise it and date the start.
        QCOMPARE(changeOf(e[1], u"affected"_s).before, QString());
        QCOMPARE(changeOf(e[1], u"affected"_s).after, u"1,200"_s);
        QCOMPARE(changeOf(e[2], u"affected"_s).before, u"1,200"_s);
        QCOMPARE(changeOf(e[2], u"affected"_s).after, u"3,400"_s);
        QCOMPARE(changeOf(e[2], u"occurred"_s).after, u"2024-08-19"_s);
        // The discovered date the first notice gave is not repeated later: no change reported.
        QVERIFY(changeOf(e[1], u"discovered"_s).field.isEmpty());
        QVERIFY(changeOf(e[2], u"discovered"_s).field.isEmpty());

        // The same timeline from any post of the case.
        const auto first = store.byKey(e[0].post.key);
        QVERIFY(first.ok() && first.value());
        const auto again = CaseTimeline::of(*m_db, *first.value());
        QVERIFY(again.ok());
        QCOMPARE(again.value().entries.size(), 3);
        QCOMPARE(again.value().entries[2].post.key, e[2].post.key);
    }

    void kindsFromTitles()
    {
        QCOMPARE(CaseTimeline::kindOfTitle(u"個人情報漏えいに関するお知らせ(続報)"_s), CaseTimeline::Kind::Update);
        QCOMPARE(CaseTimeline::kindOfTitle(u"不正アクセスについて(第３報)"_s), CaseTimeline::Kind::Update);
        QCOMPARE(CaseTimeline::kindOfTitle(u"ランサムウェア被害に関する調査報告"_s), CaseTimeline::Kind::Investigation);
        QCOMPARE(CaseTimeline::kindOfTitle(u"不正アクセスに関する最終報告"_s), CaseTimeline::Kind::Final);
        QCOMPARE(CaseTimeline::kindOfTitle(u"書類の紛失について"_s), CaseTimeline::Kind::FirstNotice);
    }

    void detailPaneShowsTheCase()
    {
        DetailPane pane(*m_db);
        pane.resize(900, 700);
        pane.showIncident(keyOf(*m_db, u"調査結果"_s));
        const QString text = pane.browser()->toPlainText();
        QVERIFY2(text.contains(CaseTimeline::tr("Investigation results")), qPrintable(text));
        QVERIFY(text.contains(CaseTimeline::tr("First notice")));
        QVERIFY(text.contains(CaseTimeline::describe({u"affected"_s, u"1,200"_s, u"3,400"_s})));
        QVERIFY(text.contains(CaseTimeline::describe({u"affected"_s, QString(), u"1,200"_s})));
        // The other posts are links to them; this one is marked, not linked.
        const QString html = pane.browser()->toHtml();
        const QString current = keyOf(*m_db, u"調査結果"_s);
        QVERIFY(html.contains(IncidentHtml::incidentUrl(keyOf(*m_db, u"第2報"_s)).toString()));
        QVERIFY(!html.contains(IncidentHtml::incidentUrl(current).toString()));
        QVERIFY(text.contains(IncidentHtml::tr("this notice")));

        // A case of one post has no timeline.
        pane.showIncident(keyOf(*m_db, u"利用者カード"_s));
        QVERIFY(!pane.browser()->toPlainText().contains(CaseTimeline::tr("First notice")));
    }
};

QTEST_MAIN(TestCaseTimeline)
#include "tst_casetimeline.moc"
