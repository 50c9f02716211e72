// SPDX-License-Identifier: GPL-3.0-or-later
// Precedence (user override > source label > rules) through real imports, and reclassifying a
// database after a rules change without touching what the user typed.
#include "TestSupport.h"
#include "classify/Classifier.h"
#include "classify/RuleSet.h"
#include "classify/Taxonomy.h"
#include "jobs/Importer.h"
#include "store/Database.h"
#include "store/IncidentStore.h"
#include "jobs/Reclassifier.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace jikenbo;

namespace {

const QString kPost1 =
    u"【セキュリティ事件簿#2025-701】株式会社ツムギ商事 メールの誤送信について 2025/3/3\n\n\n"
    "社員がお客様56名あてのメールを、宛先をBCCにせず送信しました。\n\n"_s;
const QString kPost2 =
    u"【セキュリティ事件簿#2025-702】ひばり市 個人情報を含むUSBメモリの紛失について 2025/3/4\n\n\n"
    "職員が市民88名の情報を保存したUSBメモリを紛失しました。\n\n"_s;
const QString kPost3 =
    u"【セキュリティ事件簿#2025-703】みさき総合病院 ランサムウェア被害について 2025/3/5\n\n\n"
    "電子カルテのサーバーがランサムウェアに感染しました。\n"_s;

QString labelPage(const QString &label, const QString &posts)
{
    const QString line = u"ラベル "_s + label + u" の投稿を表示しています。\n"_s;
    return line + line + u"\n"_s + posts;
}

bool writeFile(const QString &path, const QString &text)
{
    QFile f(path);
    const QByteArray data = text.toUtf8();
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

// The built-in rules plus two test rules of overwhelming weight.
RuleSet changedRules()
{
    QFile f(u":/jikenbo/data/rules.json"_s);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("no built-in rules");
    QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
    QJsonObject causes = root.value(u"causes"_s).toObject();
    auto add = [&causes](const QString &cause, const QJsonObject &rule) {
        QJsonArray a = causes.value(cause).toArray();
        a.append(rule);
        causes.insert(cause, a);
    };
    add(u"insider"_s,
        QJsonObject{{u"id"_s, u"test-mis-send"_s}, {u"pattern"_s, u"誤送信"_s}, {u"title"_s, 50}});
    add(u"malware"_s,
        QJsonObject{{u"id"_s, u"test-usb"_s}, {u"pattern"_s, u"usbメモリ"_s}, {u"title"_s, 50}});
    root.insert(u"causes"_s, causes);
    auto r = RuleSet::fromJson(QJsonDocument(root).toJson(), u"test rules"_s, Taxonomy::builtIn());
    if (!r.ok())
        qFatal("%s", qPrintable(r.error()));
    return std::move(r).value();
}

QString annotationsDump(Database &db)
{
    QSqlQuery q(db.sql());
    q.exec(u"SELECT key, cause_override, note, starred, tags, updated_at FROM annotations "
           "ORDER BY key"_s);
    QString out;
    while (q.next()) {
        for (int i = 0; i < 6; ++i)
            out += q.value(i).toString() + u'|';
        out += u'\n';
    }
    return out;
}

} // namespace

class TestReclassify : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    const Classifier m_builtIn{Taxonomy::builtIn(), RuleSet::builtIn()};

    IncidentRecord byCase(Database &db, const QString &caseId)
    {
        IncidentStore store(db);
        auto r = store.byCaseId(caseId, false);
        if (!r.ok() || r->size() != 1)
            qFatal("no single incident %s", qPrintable(caseId));
        IncidentRecord rec = r->first();
        auto full = store.byKey(rec.key);
        return *full.value();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void userOverLabelOverRules()
    {
        auto db = test::openDb(m_dir.filePath(u"precedence.sqlite"_s));
        QVERIFY(db);
        Importer importer(*db, m_builtIn);

        // Rules alone: the lost USB memory.
        const QString front = m_dir.filePath(u"front.txt"_s);
        QVERIFY(writeFile(front, kPost1 + kPost2 + kPost3));
        QVERIFY(importer.importPaths({front}).errors.isEmpty());
        IncidentRecord r = byCase(*db, u"2025-702"_s);
        QCOMPARE(r.cause, u"loss_theft"_s);
        QCOMPARE(r.causeOrigin, u"rule"_s);

        // The same post on a label page: the label wins, the rules' call stays in the
        // explanation.
        const QString label = m_dir.filePath(u"label.txt"_s);
        QVERIFY(writeFile(label, labelPage(u"インシデント:内部犯行"_s, kPost2)));
        QVERIFY(importer.importPaths({label}).errors.isEmpty());
        r = byCase(*db, u"2025-702"_s);
        QCOMPARE(r.cause, u"insider"_s);
        QCOMPARE(r.causeOrigin, u"label"_s);
        QCOMPARE(r.causeLabel, u"インシデント:内部犯行"_s);
        QCOMPARE(r.causeConfidence, 1.0);
        QCOMPARE(r.causeExplain.value(u"key"_s).toString(), u"loss_theft"_s);

        // Importing the front page again does not undo the label.
        QVERIFY(importer.importPaths({front}).errors.isEmpty());
        r = byCase(*db, u"2025-702"_s);
        QCOMPARE(r.cause, u"insider"_s);
        QCOMPARE(r.causeOrigin, u"label"_s);
        QVERIFY(r.labels.contains(u"インシデント:内部犯行"_s));

        // The user's word wins over both, and survives another import of either page.
        IncidentStore store(*db);
        QVERIFY(store.setCauseOverride(r.key, u"mis_operation"_s).ok());
        QVERIFY(importer.importPaths({label, front}).errors.isEmpty());
        r = byCase(*db, u"2025-702"_s);
        QCOMPARE(r.cause, u"mis_operation"_s);
        QCOMPARE(r.causeOrigin, u"user"_s);
        QCOMPARE(r.causeAuto, u"insider"_s);
        QCOMPARE(r.causeAutoOrigin, u"label"_s);

        // Clearing it gives the label's cause back.
        QVERIFY(store.setCauseOverride(r.key, QString()).ok());
        r = byCase(*db, u"2025-702"_s);
        QCOMPARE(r.cause, u"insider"_s);
        QCOMPARE(r.causeOrigin, u"label"_s);
    }

    void unknownLabelsAreKept()
    {
        auto db = test::openDb(m_dir.filePath(u"unknown.sqlite"_s));
        QVERIFY(db);
        Importer importer(*db, m_builtIn);
        const QString page = m_dir.filePath(u"unknown.txt"_s);
        QVERIFY(writeFile(page, labelPage(u"インシデント:宇宙からの侵略"_s, kPost3)));
        QVERIFY(importer.importPaths({page}).errors.isEmpty());
        const IncidentRecord r = byCase(*db, u"2025-703"_s);
        QCOMPARE(r.labels, QStringList{u"インシデント:宇宙からの侵略"_s});
        QCOMPARE(r.cause, u"ransomware"_s);
        QCOMPARE(r.causeOrigin, u"rule"_s);
    }

    void reclassifyAfterARulesChange()
    {
        const QString path = m_dir.filePath(u"reclassify.sqlite"_s);
        auto db = test::openDb(path);
        QVERIFY(db);
        const QString page = m_dir.filePath(u"page.txt"_s);
        QVERIFY(writeFile(page, kPost1 + kPost2 + kPost3));
        {
            Importer importer(*db, m_builtIn);
            QCOMPARE(importer.importPaths({page}).added, 3);
        }
        IncidentStore store(*db);
        const QString usbKey = byCase(*db, u"2025-702"_s).key;
        QVERIFY(store.setCauseOverride(usbKey, u"other"_s).ok());
        QVERIFY(store.setNote(usbKey, u"確認済み"_s).ok());
        QVERIFY(store.setStarred(usbKey, true).ok());
        const QString annotations = annotationsDump(*db);

        // Same rules: nothing changes.
        {
            const auto s = Reclassifier(*db, m_builtIn).run();
            QVERIFY2(s.ok(), qPrintable(s.error()));
            QCOMPARE(s->incidents, 3);
            QCOMPARE(s->changed, 0);
        }

        // New rules: the mis-sent mail becomes insider; the USB memory's rules call becomes
        // malware beneath the user's override, which stays.
        const RuleSet rules = changedRules();
        const Classifier changed(Taxonomy::builtIn(), rules);
        int progressCalls = 0;
        const auto s = Reclassifier(*db, changed).run([&](int done, int total) {
            ++progressCalls;
            QVERIFY(done <= total);
        });
        QVERIFY2(s.ok(), qPrintable(s.error()));
        QCOMPARE(s->incidents, 3);
        QCOMPARE(s->causeChanged, 1);
        QCOMPARE(s->sectorChanged, 0);
        QCOMPARE(s->changed, 1);
        QCOMPARE(s->overrideKept, 1);
        QVERIFY(progressCalls > 0);

        IncidentRecord mail = byCase(*db, u"2025-701"_s);
        QCOMPARE(mail.cause, u"insider"_s);
        QCOMPARE(mail.causeOrigin, u"rule"_s);
        QVERIFY(QJsonDocument(mail.causeExplain).toJson().contains("test-mis-send"));
        const IncidentRecord usb = byCase(*db, u"2025-702"_s);
        QCOMPARE(usb.cause, u"other"_s);
        QCOMPARE(usb.causeOrigin, u"user"_s);
        QCOMPARE(usb.causeAuto, u"malware"_s);
        QCOMPARE(usb.note, u"確認済み"_s);
        QVERIFY(usb.starred);
        QCOMPARE(annotationsDump(*db), annotations);
        QSqlQuery q(db->sql());
        QVERIFY(q.exec(u"SELECT DISTINCT rules_fingerprint FROM incidents"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), rules.fingerprint());

        // Again with the same rules: nothing to do; an import with them finds nothing new.
        {
            const auto again = Reclassifier(*db, changed).run();
            QVERIFY(again.ok());
            QCOMPARE(again->changed, 0);
            QCOMPARE(again->overrideKept, 0);
            Importer importer(*db, changed);
            const ImportSummary imp = importer.importPaths({page});
            QCOMPARE(imp.unchanged, 3);
        }

        // Without the override the rules' call shows; the built-in rules bring both back.
        QVERIFY(store.setCauseOverride(usbKey, QString()).ok());
        QCOMPARE(byCase(*db, u"2025-702"_s).cause, u"malware"_s);
        const auto back = Reclassifier(*db, m_builtIn).run();
        QVERIFY(back.ok());
        QCOMPARE(back->causeChanged, 2);
        QCOMPARE(byCase(*db, u"2025-701"_s).cause, u"mis_operation"_s);
        QCOMPARE(byCase(*db, u"2025-702"_s).cause, u"loss_theft"_s);
        QCOMPARE(byCase(*db, u"2025-702"_s).causeOrigin, u"rule"_s);
    }

    void cancelledRunChangesNothing()
    {
        const QString path = m_dir.filePath(u"cancel.sqlite"_s);
        {
            auto db = test::openDb(path);
            QVERIFY(db);
            const QString page = m_dir.filePath(u"cancel.txt"_s);
            QVERIFY(writeFile(page, kPost1 + kPost2 + kPost3));
            Importer importer(*db, m_builtIn);
            QCOMPARE(importer.importPaths({page}).added, 3);
        }
        const QString before = test::dumpDatabase(path);
        {
            auto db = test::openDb(path);
            const RuleSet rules = changedRules();
            const Classifier changed(Taxonomy::builtIn(), rules);
            std::atomic_bool cancel{true};
            const auto s = Reclassifier(*db, changed).run({}, &cancel);
            QVERIFY(s.ok());
            QVERIFY(s->cancelled);
        }
        QCOMPARE(test::dumpDatabase(path), before);
    }
};

QTEST_GUILESS_MAIN(TestReclassify)
#include "tst_reclassify.moc"
