// SPDX-License-Identifier: GPL-3.0-or-later
// The learned second opinion on causes: naive Bayes over character pairs, leave-one-out without
// retraining, how it joins the rules' call, and how the database keeps it in step with the labels.
#include "TestSupport.h"
#include "classify/CauseModel.h"
#include "classify/Classifier.h"
#include "classify/RuleSet.h"
#include "classify/Taxonomy.h"
#include "jobs/Importer.h"
#include "store/CauseModelUpdater.h"
#include "store/Database.h"
#include "store/IncidentStore.h"
#include "jobs/Reclassifier.h"

#include <QDir>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace jikenbo;

namespace {

// Fictional notices of three kinds, each told in a few different ways.
const QStringList kOrgs{u"株式会社アサギ"_s, u"つばめ市"_s,     u"ミドリ病院"_s,
                        u"株式会社カエデ"_s, u"はるか町"_s,     u"一般社団法人ソラ"_s,
                        u"株式会社ナギ"_s,   u"こまち県"_s,     u"株式会社ホタル"_s,
                        u"さくら大学"_s,     u"株式会社ユズ"_s, u"みなみ村"_s};

CauseModel::Example shared(int i)
{
    return {
        u"misconfiguration"_s, kOrgs[i % kOrgs.size()] + u" 共有フォルダの公開について"_s,
        u"クラウドの共有フォルダのリンクが、誰でも開ける公開リンクになっていました。"
        "フォルダには%1件の名簿が保存されていました。リンクの権限を見直しました。"_s.arg(i + 3)};
}

CauseModel::Example enclosed(int i)
{
    return {u"mis_operation"_s, kOrgs[i % kOrgs.size()] + u" 書類の同封について"_s,
            u"発送準備の際、別の方の一覧表を封筒に同封して発送しました。%1名の方に"
            "お詫びし、同封物の確認を二人で行うことにしました。"_s.arg(i + 2)};
}

CauseModel::Example tookHome(int i)
{
    return {u"insider"_s, kOrgs[i % kOrgs.size()] + u" 元職員による名簿の持ち出しについて"_s,
            u"退職した元職員が、在職中に名簿を私物の端末に写し、転職先で使っていました。"
            "%1名分の情報が含まれていました。"_s.arg(i + 5)};
}

QList<CauseModel::Example> examples(int perClass)
{
    QList<CauseModel::Example> out;
    for (int i = 0; i < perClass; ++i)
        out << shared(i) << enclosed(i) << tookHome(i);
    return out;
}

CauseModel::Features featuresOf(const CauseModel::Example &e)
{
    return CauseModel::featuresOf(e.title, e.body);
}

// A label page of the blog with `n` fictional notices of one kind.
QByteArray labelPage(const QString &label, int firstSeq,
                     const std::function<CauseModel::Example(int)> &make, int n)
{
    QString page = u"ラベル %1 の投稿を表示しています。 すべての投稿を表示\n\n"_s.arg(label);
    for (int i = 0; i < n; ++i) {
        const CauseModel::Example e = make(i);
        page += u"【セキュリティ事件簿#2025-%1】%2 2025/3/%3\n\n\n%4\n\n"_s.arg(firstSeq + i)
                    .arg(e.title)
                    .arg(i + 1)
                    .arg(e.body);
    }
    return page.toUtf8();
}

} // namespace

class TestCauseModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void featuresArePairsOfLetters()
    {
        const CauseModel::Features f =
            CauseModel::featuresOf(u"不正アクセス"_s, u"２０２５年に ＵＳＢ、紛失"_s);
        auto has = [&f](const QString &pair) {
            return f.contains((quint32(pair[0].unicode()) << 16) | pair[1].unicode());
        };
        QVERIFY(has(u"不正"_s) && has(u"アク"_s) && has(u"セス"_s));
        QVERIFY(has(u"us"_s) && has(u"sb"_s)); // NFKC and case folding
        QVERIFY(has(u"紛失"_s));
        QVERIFY(!has(u"5年"_s));                    // digits never
        QVERIFY(has(u"年に"_s));                    // letters of any script
        QVERIFY(!has(u"b、"_s) && !has(u"、紛"_s)); // punctuation never
        QCOMPARE(f.size(), qsizetype(9));
    }

    void learnsAndExplains()
    {
        const CauseModel m = CauseModel::train(examples(12));
        QCOMPARE(m.documents(), 36);
        QCOMPARE(m.examples(u"insider"_s), 12);
        QVERIFY(m.isUsable());
        const CauseOpinion o = m.predict(
            CauseModel::featuresOf(u"株式会社モモ 書類の誤同封について"_s,
                                   u"発送準備の際、他のお客様の一覧表を同封してしまいました。"_s));
        QCOMPARE(o.key, u"mis_operation"_s);
        QVERIFY(o.probability > 0.9);
        QVERIFY(!o.runnerUp.isEmpty());
        QCOMPARE(o.examples, 12);
        QVERIFY(!o.features.isEmpty());
        // The features that weighed most are pairs of the notice's own text.
        for (const QString &pair : o.features)
            QVERIFY2(
                u"株式会社モモ 書類の誤同封について発送準備の際、他のお客様の一覧表を同封してし"
                "まいました。"_s.contains(pair),
                qPrintable(pair));
        QVERIFY(o.features.contains(u"同封"_s) || o.features.contains(u"一覧"_s) ||
                o.features.contains(u"発送"_s));
    }

    // Leaving one example out gives exactly what a model trained without it gives.
    void leaveOneOutWithoutRetraining()
    {
        const QList<CauseModel::Example> all = examples(11);
        const CauseModel full = CauseModel::train(all);
        for (int k : {0, 4, 17, 32}) {
            QList<CauseModel::Example> rest = all;
            const CauseModel::Example left = rest.takeAt(k);
            const CauseModel without = CauseModel::train(rest);
            const CauseOpinion a = full.predictWithout(featuresOf(left), left.key);
            const CauseOpinion b = without.predict(featuresOf(left));
            QCOMPARE(a.key, b.key);
            QVERIFY2(std::abs(a.probability - b.probability) < 1e-9,
                     qPrintable(u"%1 vs %2"_s.arg(a.probability).arg(b.probability)));
            QCOMPARE(a.examplesByClass.value(left.key), 10);
            QCOMPARE(a.features, b.features);
        }
    }

    void reliabilityIsLeaveOneOut()
    {
        const CauseModel m = CauseModel::train(examples(12));
        QCOMPARE(m.reliability(u"insider"_s), 1.0);
        QCOMPARE(m.reliability(u"misconfiguration"_s), 1.0);
        QCOMPARE(m.reliability(u"ransomware"_s), 0.0); // never picked
    }

    void notUsableWithoutTwoKnownCauses()
    {
        QList<CauseModel::Example> few;
        for (int i = 0; i < 12; ++i)
            few << shared(i);
        for (int i = 0; i < CauseModel::MinExamplesPerClass - 1; ++i)
            few << enclosed(i);
        QVERIFY(!CauseModel::train(few).isUsable());
        few << enclosed(20);
        QVERIFY(CauseModel::train(few).isUsable());
    }

    void storedAndReadBack()
    {
        const CauseModel m = CauseModel::train(examples(12));
        const auto back = CauseModel::deserialize(m.serialize());
        QVERIFY(back);
        QCOMPARE(back->documents(), m.documents());
        QCOMPARE(back->classes(), m.classes());
        QCOMPARE(back->reliability(u"insider"_s), 1.0);
        const CauseModel::Features f = featuresOf(tookHome(30));
        QCOMPARE(back->predict(f).key, m.predict(f).key);
        QCOMPARE(back->predict(f).probability, m.predict(f).probability);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"^qUncompress"_s));
        QVERIFY(!CauseModel::deserialize(QByteArray("not a model")));
        QByteArray cut = m.serialize();
        cut.chop(cut.size() / 2);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"^qUncompress"_s));
        QVERIFY(!CauseModel::deserialize(cut));
    }

    // The rules decide unless they are unsure and the model is sure, knows both causes and
    // picks one the rules found evidence for.
    void combineWithTheRules()
    {
        const CauseModel m = CauseModel::train(examples(12));
        const CauseOpinion o = m.predict(featuresOf(enclosed(40)));
        QCOMPARE(o.key, u"mis_operation"_s);
        const QHash<QString, double> both{{u"misconfiguration"_s, 2}, {u"mis_operation"_s, 2}};
        const QHash<QString, double> onlyRules{{u"misconfiguration"_s, 2}};

        CombinedCause c = m.combine(u"misconfiguration"_s, 0.2, false, both, o);
        QCOMPARE(c.key, u"mis_operation"_s);
        QVERIFY(c.byModel);
        // The rules were sure.
        c = m.combine(u"misconfiguration"_s, 0.8, false, both, o);
        QCOMPARE(c.key, u"misconfiguration"_s);
        QVERIFY(!c.byModel);
        // No evidence of the rules for the model's cause.
        c = m.combine(u"misconfiguration"_s, 0.2, false, onlyRules, o);
        QCOMPARE(c.key, u"misconfiguration"_s);
        // The model never saw the rules' cause: it could not have agreed.
        c = m.combine(u"loss_theft"_s, 0.2, false, {{u"loss_theft"_s, 2}, {u"mis_operation"_s, 2}},
                      o);
        QCOMPARE(c.key, u"loss_theft"_s);
        // The rules fell back for want of evidence: the model may decide when it knows the
        // fallback cause too, which it does not here.
        c = m.combine(u"other"_s, 0, true, {}, o);
        QCOMPARE(c.key, u"other"_s);
        // Not sure enough.
        CauseOpinion weak = o;
        weak.probability = 0.6;
        c = m.combine(u"misconfiguration"_s, 0.2, false, both, weak);
        QCOMPARE(c.key, u"misconfiguration"_s);
    }

    // After an import the model is trained on the label pages, gives its opinion on the causes
    // the rules gave, and decides where they were unsure; a reclassification keeps it.
    void keptInStepWithTheDatabase()
    {
        const QString pages = m_dir.filePath(u"pages"_s);
        QVERIFY(QDir().mkpath(pages));
        QVERIFY(test::writeFile(pages + u"/label-setting.txt"_s,
                                labelPage(u"インシデント:設定ミス"_s, 100, shared, 12)));
        QVERIFY(test::writeFile(pages + u"/label-misoperation.txt"_s,
                                labelPage(u"インシデント:誤操作"_s, 200, enclosed, 12)));
        // The rules see a viewable state and a lack of checking in equal measure.
        QVERIFY(test::writeFile(
            pages + u"/unlabelled.txt"_s,
            "【セキュリティ事件簿#2025-300】株式会社モモ お客様情報の取扱いについて 2025/4/1\n\n\n"
            "発送準備の際、担当者の確認不足により、名簿の一覧表を同封して発送しました。"
            "お客様の情報が閲覧できる状態でした。同封物の確認を二人で行います。\n"));

        auto db = test::openDb(m_dir.filePath(u"model.sqlite"_s));
        QVERIFY(db);
        const Classifier classifier(Taxonomy::builtIn(), RuleSet::builtIn());
        Importer importer(*db, classifier);
        const ImportSummary s = importer.importPaths({pages});
        QVERIFY(s.errors.isEmpty());
        QVERIFY2(s.warnings.isEmpty(), qPrintable(s.warnings.join(u'\n')));
        QCOMPARE(s.added, 25);

        const auto stored = CauseModelUpdater::load(*db);
        QVERIFY(stored.ok() && stored.value());
        QCOMPARE(stored.value()->documents(), 24);

        IncidentStore store(*db);
        auto found = store.byCaseId(u"2025-300"_s);
        QVERIFY(found.ok() && found->size() == 1);
        const IncidentRecord &r = found->first();
        const QJsonObject model = r.causeExplain.value(u"model"_s).toObject();
        QVERIFY2(!model.isEmpty(), "the rules' call carries the model's opinion");
        QCOMPARE(model.value(u"key"_s).toString(), u"mis_operation"_s);
        QCOMPARE(model.value(u"trained_on"_s).toInt(), 24);
        QVERIFY(!model.value(u"features"_s).toArray().isEmpty());
        QCOMPARE(r.causeExplain.value(u"key"_s).toString(), u"misconfiguration"_s); // the rules
        QVERIFY(r.causeExplain.value(u"confidence"_s).toDouble() < CauseModel::UnsureBelow);
        QVERIFY(model.value(u"decided"_s).toBool());
        QCOMPARE(r.cause, u"mis_operation"_s);
        QCOMPARE(r.causeOrigin, u"rule"_s);

        // Label-sourced incidents carry no opinion; a user's cause stays the user's.
        QSqlQuery q(db->sql());
        QVERIFY(q.exec(u"SELECT count(*) FROM incidents WHERE cause_origin = 'label' AND "
                       "cause_explain LIKE '%\"model\"%'"_s) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(store.setCauseOverride(r.key, u"insider"_s).ok());
        QVERIFY(CauseModelUpdater::refresh(*db).ok());
        found = store.byCaseId(u"2025-300"_s);
        QCOMPARE(found->first().cause, u"insider"_s);
        QCOMPARE(found->first().causeAuto, u"mis_operation"_s);

        // Reclassifying rewrites the rules' calls; the model's opinion comes back.
        Reclassifier reclassifier(*db, classifier);
        QVERIFY(reclassifier.run().ok());
        found = store.byCaseId(u"2025-300"_s);
        QVERIFY(
            found->first().causeExplain.value(u"model"_s).toObject().value(u"decided"_s).toBool());

        // Re-importing the same pages changes nothing.
        const ImportSummary again = importer.importPaths({pages});
        QCOMPARE(again.unchanged, 25);
        QCOMPARE(again.updated, 0);

        // Without its labelled examples the model goes, and so do its opinions and decisions.
        QVERIFY(q.exec(u"DELETE FROM incidents WHERE cause_auto_origin = 'label'"_s));
        const auto gone = CauseModelUpdater::refresh(*db);
        QVERIFY2(gone.ok(), qPrintable(gone.error()));
        QCOMPARE(gone->trainedOn, 0);
        QCOMPARE(gone->changed, 1);
        QVERIFY(!CauseModelUpdater::load(*db).value());
        found = store.byCaseId(u"2025-300"_s);
        QVERIFY(!found->first().causeExplain.contains(u"model"_s));
        QCOMPARE(found->first().causeAuto, u"misconfiguration"_s); // the rules' call again
    }
};

QTEST_GUILESS_MAIN(TestCauseModel)
#include "tst_causemodel.moc"
