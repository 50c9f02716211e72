// SPDX-License-Identifier: GPL-3.0-or-later
// jikenbo-cli eval: the accuracy targets on the seed pages (DESIGN §8), and the report itself on
// a gold file written here.
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace jikenbo;

namespace {

using test::writeFile;

const QByteArray kPage =
    "【セキュリティ事件簿#2025-801】株式会社ハナミ電機 メールの誤送信について 2025/4/1\n\n\n"
    "社員がお客様42名あてのメールを、宛先をBCCにせず送信しました。\n\n"
    "【セキュリティ事件簿#2025-802】つばさ町 USBメモリの紛失について 2025/4/2\n\n\n"
    "職員が町民15名の情報を保存したUSBメモリを紛失しました。\n";

} // namespace

class TestEval : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static double accuracy(const QJsonObject &report, const QString &field)
    {
        return report.value(u"fields"_s)
            .toObject()
            .value(field)
            .toObject()
            .value(u"accuracy"_s)
            .toDouble(-1);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // The targets of the classification issue, from general rules.
    void seedsMeetTheTargets()
    {
        JIKENBO_REQUIRE_SHARED();
        const auto r = test::runCli(
            {u"--json"_s, u"eval"_s, test::goldFile(u"seeds_gold.tsv"_s), test::seedsDir()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
        const QJsonObject rep = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(rep.value(u"gold_rows"_s).toInt(), 74);
        QCOMPARE(rep.value(u"matched"_s).toInt(), 74);
        for (const QString &f :
             {u"case_id"_s, u"organization"_s, u"title"_s, u"announced_date"_s, u"cause"_s,
              u"cause_label"_s, u"cause_judged"_s, u"sector"_s, u"affected"_s, u"follow_up"_s})
            qInfo("%s: %.1f%%", qPrintable(f), accuracy(rep, f) * 100);
        QCOMPARE(accuracy(rep, u"cause_label"_s), 1.0);
        QVERIFY(accuracy(rep, u"cause_judged"_s) >= 0.90);
        QVERIFY(accuracy(rep, u"sector"_s) >= 0.95);
        QVERIFY(accuracy(rep, u"affected"_s) >= 0.90);

        // Confidence means something: the rules' confident calls are right more often.
        const QJsonObject rules = rep.value(u"cause_rules_alone"_s).toObject();
        const double sure =
            rules.value(u"confidence_at_least_0.5"_s).toObject().value(u"accuracy"_s).toDouble();
        const double unsure =
            rules.value(u"confidence_below_0.5"_s).toObject().value(u"accuracy"_s).toDouble();
        qInfo("rules alone: %.1f%% when confident, %.1f%% below 0.5", sure * 100, unsure * 100);
        QVERIFY(sure > unsure);

        // The text report has the table, the matrix and the mismatches.
        const auto text =
            test::runCli({u"eval"_s, test::goldFile(u"seeds_gold.tsv"_s), test::seedsDir()});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.outText().contains(u"cause (judged)"_s));
        QVERIFY(text.outText().contains(u"Cause confusion matrix"_s));
    }

    void reportOnAGoldFileWrittenHere()
    {
        const QString page = m_dir.filePath(u"page.txt"_s);
        QVERIFY(writeFile(page, kPage));
        // One right row, one with a wrong cause and a wrong count, one without an incident.
        const QString gold = m_dir.filePath(u"gold.tsv"_s);
        QVERIFY(writeFile(gold,
                          "file\tline\tcase_id\torganization\ttitle\tannounced_date\tcause\t"
                          "cause_source\tsector\taffected\tfollow_up\n"
                          "page.txt\t1\t2025-801\t株式会社ハナミ電機\t株式会社ハナミ電機 "
                          "メールの誤送信について\t2025-04-01\tmis_operation\tjudged\tcompany\t42\t"
                          "no\n"
                          "page.txt\t6\t2025-802\tつばさ町\tつばさ町 USBメモリの紛失について\t"
                          "2025-04-02\tinsider\tjudged\tlocal_government\t16\tno\n"
                          "page.txt\t99\t2025-803\tどこか\tない\t\tother\tlabel\tother\t\tno\n"));
        const auto r = test::runCli({u"--json"_s, u"eval"_s, gold, page});
        QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
        const QJsonObject rep = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(rep.value(u"gold_rows"_s).toInt(), 3);
        QCOMPARE(rep.value(u"matched"_s).toInt(), 2);
        QCOMPARE(rep.value(u"missing"_s).toArray().first().toString(), u"page.txt:99"_s);
        const QJsonObject fields = rep.value(u"fields"_s).toObject();
        QCOMPARE(fields.value(u"case_id"_s).toObject().value(u"right"_s).toInt(), 2);
        QCOMPARE(fields.value(u"cause_judged"_s).toObject().value(u"right"_s).toInt(), 1);
        QCOMPARE(fields.value(u"cause_judged"_s).toObject().value(u"total"_s).toInt(), 2);
        QCOMPARE(fields.value(u"cause_label"_s).toObject().value(u"total"_s).toInt(), 1);
        QCOMPARE(fields.value(u"affected"_s).toObject().value(u"right"_s).toInt(), 1);

        bool causeMismatch = false, affectedMismatch = false;
        for (const QJsonValue &v : rep.value(u"mismatches"_s).toArray()) {
            const QJsonObject m = v.toObject();
            if (m.value(u"line"_s).toInt() != 6)
                continue;
            QCOMPARE(m.value(u"file"_s).toString(), u"page.txt"_s);
            if (m.value(u"field"_s).toString() == u"cause"_s) {
                causeMismatch = true;
                QCOMPARE(m.value(u"expected"_s).toString(), u"insider"_s);
                QCOMPARE(m.value(u"got"_s).toString(), u"loss_theft"_s);
            }
            if (m.value(u"field"_s).toString() == u"affected"_s) {
                affectedMismatch = true;
                QCOMPARE(m.value(u"got"_s).toString(), u"15"_s);
            }
        }
        QVERIFY(causeMismatch && affectedMismatch);

        // Confusion matrix: gold insider, got loss_theft.
        const QJsonObject conf = rep.value(u"confusion"_s).toObject();
        const QJsonArray keys = conf.value(u"keys"_s).toArray();
        const auto index = [&keys](const QString &k) {
            for (qsizetype i = 0; i < keys.size(); ++i) {
                if (keys[i].toString() == k)
                    return i;
            }
            return qsizetype(-1);
        };
        const QJsonArray matrix = conf.value(u"matrix"_s).toArray();
        QCOMPARE(matrix[index(u"insider"_s)].toArray()[index(u"loss_theft"_s)].toInt(), 1);
        QCOMPARE(matrix[index(u"mis_operation"_s)].toArray()[index(u"mis_operation"_s)].toInt(), 1);

        // Text: file:line, expected and got.
        const auto text = test::runCli({u"eval"_s, gold, page});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.outText().contains(u"page.txt:6"_s), qPrintable(text.outText()));
        QVERIFY(text.outText().contains(u"expected 'insider', got 'loss_theft'"_s));
    }

    void badInputs()
    {
        const QString page = m_dir.filePath(u"page2.txt"_s);
        QVERIFY(writeFile(page, kPage));
        auto r = test::runCli({u"eval"_s, m_dir.filePath(u"nowhere.tsv"_s), page});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.errText().contains(u"nowhere.tsv"_s));

        const QString notGold = m_dir.filePath(u"notgold.tsv"_s);
        QVERIFY(writeFile(notGold, "a\tb\n1\t2\n"));
        r = test::runCli({u"eval"_s, notGold, page});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.errText().contains(u"not a gold file"_s));
        QCOMPARE(r.errText().trimmed().count(u'\n'), 0);

        const QString gold = m_dir.filePath(u"g.tsv"_s);
        QVERIFY(writeFile(gold, "file\tline\tcause\npage2.txt\t1\tmis_operation\n"));
        r = test::runCli({u"eval"_s, gold});
        QCOMPARE(r.exitCode, 1);
        r = test::runCli({u"eval"_s, gold, m_dir.filePath(u"missing.txt"_s)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.errText().contains(u"missing.txt"_s));
    }
};

QTEST_GUILESS_MAIN(TestEval)
#include "tst_eval.moc"
