// SPDX-License-Identifier: GPL-3.0-or-later
// The survey schemes (issue 16 part 4): schemes.json, its checks, the user's replacement, and
// the one SQL expression behind the counts per category and the query term scheme:ID:KEY.
#include "TestSupport.h"
#include "classify/Classifier.h"
#include "classify/SchemeMap.h"
#include "classify/Taxonomy.h"
#include "core/IncidentRecord.h"
#include "core/ParsedPost.h"
#include "report/NoticeFacts.h"
#include "report/VerisExporter.h"
#include "search/QueryParser.h"
#include "store/Database.h"
#include "store/IncidentQuery.h"
#include "store/IncidentStore.h"
#include "store/TrendQuery.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace jikenbo;

namespace {

QByteArray builtInJson()
{
    QFile f(u":/jikenbo/data/schemes.json"_s);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The built-in file with one change made by `edit` on its parsed form.
template<typename Edit> QByteArray edited(Edit edit)
{
    QJsonObject root = QJsonDocument::fromJson(builtInJson()).object();
    edit(root);
    return QJsonDocument(root).toJson();
}

QJsonObject schemeAt(const QJsonObject &root, int i)
{
    return root.value(u"schemes"_s).toArray().at(i).toObject();
}

void setSchemeAt(QJsonObject &root, int i, const QJsonObject &scheme)
{
    QJsonArray a = root.value(u"schemes"_s).toArray();
    a[i] = scheme;
    root.insert(u"schemes"_s, a);
}

Query parse(const QString &text)
{
    const ParsedQuery pq = QueryParser::parse(text, Taxonomy::builtIn());
    if (!pq.ok())
        qFatal("bad query in test: %s: %s", qPrintable(text), qPrintable(pq.error->message));
    return pq.query;
}

struct Notice
{
    QString title;
    QString cause;
    QString sector = u"company"_s;
    QStringList labels;
};

bool store(Database &db, const QList<Notice> &notices)
{
    if (!db.begin().ok())
        return false;
    IncidentStore s(db);
    int seq = 0;
    for (const Notice &n : notices) {
        ++seq;
        ParsedPost p;
        p.caseYear = 2024;
        p.caseSeq = seq;
        p.caseId = u"2024-%1"_s.arg(seq, 3, 10, QChar(u'0'));
        p.organization = u"株式会社架空%1"_s.arg(seq);
        p.title = n.title;
        p.body = u"お知らせ本文です。"_s;
        p.announcedOn = QDate(2024, 1 + seq % 12, 10);
        p.labels = n.labels;
        Classification c;
        c.cause = n.cause;
        c.causeOrigin = u"rule"_s;
        c.sector = n.sector;
        if (!s.upsert(p, c, u"test"_s, u"test"_s).ok()) {
            db.rollback();
            return false;
        }
    }
    return db.commit().ok();
}

} // namespace

class TestSchemes : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/jikenbo"_s)
            .removeRecursively();
        SchemeMap::reset();
    }

    void cleanup() { SchemeMap::reset(); }

    // Every cause of the taxonomy has a category in every scheme, and every category named
    // exists: the load checks it, and this checks the built-in file passes.
    void everyCauseMapsInEveryScheme()
    {
        const SchemeMap &map = SchemeMap::builtIn();
        QCOMPARE(map.ids(), (QStringList{u"tsr"_s, u"jnsa"_s, u"veris"_s}));
        for (const Scheme &s : map.schemes()) {
            for (const Category &cause : Taxonomy::builtIn().causes()) {
                bool unconditional = false;
                for (const SchemeRule &r : s.rules) {
                    QVERIFY(s.category(r.category));
                    unconditional |= r.cause == cause.key && r.isUnconditional();
                }
                QVERIFY2(unconditional, qPrintable(s.id + u": "_s + cause.key));
            }
        }
        // The surveys' own categories.
        QStringList tsr;
        for (const SchemeCategory &c : map.scheme(u"tsr"_s)->categories)
            tsr << c.ja;
        for (const QString &name : {u"ウイルス感染・不正アクセス"_s, u"誤表示・誤送信"_s,
                                    u"紛失・誤廃棄"_s, u"不正持ち出し・盗難"_s})
            QVERIFY(tsr.contains(name));
        QStringList jnsa;
        for (const SchemeCategory &c : map.scheme(u"jnsa"_s)->categories)
            jnsa << c.ja;
        QCOMPARE(jnsa,
                 (QStringList{u"誤操作"_s, u"紛失・置忘れ"_s, u"不正アクセス"_s, u"管理ミス"_s,
                              u"設定ミス"_s, u"内部犯罪・内部不正行為"_s, u"盗難"_s,
                              u"バグ・セキュリティホール"_s, u"ワーム・ウイルス"_s, u"その他"_s}));
        const Scheme *veris = map.scheme(u"veris"_s);
        QCOMPARE(veris->category(u"malware.ransomware"_s)->variety, u"Ransomware"_s);
        QCOMPARE(veris->category(u"error.misdelivery"_s)->action, u"error"_s);
        QCOMPARE(veris->categoryKeyFor(u"Error: misdelivery"_s), u"error.misdelivery"_s);
        QCOMPARE(map.scheme(u"tsr"_s)->categoryKeyFor(u"紛失・誤廃棄"_s), u"loss"_s);
        QCOMPARE(map.verisDataVariety(u"card"_s), u"Payment"_s);
        QCOMPARE(map.verisIndustry(u"medical"_s), u"62"_s);
    }

    // A file that cannot be used: one line naming the file and the field at fault.
    void badFilesNameFileAndField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        QTest::newRow("not json") << QByteArray("{\"schemes\": [") << u"invalid JSON"_s;
        QTest::newRow("unknown cause") << edited([](QJsonObject &root) {
            QJsonObject s = schemeAt(root, 0);
            QJsonArray rules = s.value(u"rules"_s).toArray();
            QJsonObject r = rules[0].toObject();
            r.insert(u"cause"_s, u"alien_attack"_s);
            rules[0] = r;
            s.insert(u"rules"_s, rules);
            setSchemeAt(root, 0, s);
        }) << u"schemes[0].rules[0].cause: unknown cause 'alien_attack'"_s;
        QTest::newRow("cause left out") << edited([](QJsonObject &root) {
            QJsonObject s = schemeAt(root, 1);
            QJsonArray rules;
            for (const QJsonValue &v : s.value(u"rules"_s).toArray()) {
                if (v.toObject().value(u"cause"_s).toString() != u"vulnerability"_s)
                    rules.append(v);
            }
            s.insert(u"rules"_s, rules);
            setSchemeAt(root, 1, s);
        }) << u"schemes[1].rules: no rule without conditions for cause 'vulnerability'"_s;
        QTest::newRow("unknown category") << edited([](QJsonObject &root) {
            QJsonObject s = schemeAt(root, 2);
            QJsonArray rules = s.value(u"rules"_s).toArray();
            QJsonObject r = rules[3].toObject();
            r.insert(u"category"_s, u"hacking.telepathy"_s);
            rules[3] = r;
            s.insert(u"rules"_s, rules);
            setSchemeAt(root, 2, s);
        }) << u"schemes[2].rules[3].category: 'hacking.telepathy'"_s;
        QTest::newRow("unknown field") << edited([](QJsonObject &root) {
            QJsonObject s = schemeAt(root, 0);
            QJsonArray rules = s.value(u"rules"_s).toArray();
            QJsonObject r = rules[1].toObject();
            r.insert(u"titel"_s, QJsonArray{u"x"_s});
            rules[1] = r;
            s.insert(u"rules"_s, rules);
            setSchemeAt(root, 0, s);
        }) << u"schemes[0].rules[1].titel: unknown field"_s;
        QTest::newRow("unknown sector") << edited([](QJsonObject &root) {
            QJsonObject s = schemeAt(root, 0);
            QJsonArray rules = s.value(u"rules"_s).toArray();
            QJsonObject r = rules[0].toObject();
            r.insert(u"sector"_s, QJsonArray{u"medical"_s, u"pirates"_s});
            rules.insert(0, r);
            s.insert(u"rules"_s, rules);
            setSchemeAt(root, 0, s);
        }) << u"schemes[0].rules[0].sector[1]: unknown sector 'pirates'"_s;
        QTest::newRow("rule never used") << edited([](QJsonObject &root) {
            QJsonObject s = schemeAt(root, 0);
            QJsonArray rules = s.value(u"rules"_s).toArray();
            QJsonObject r = rules[0].toObject();
            r.insert(u"label"_s, QJsonArray{u"盗難"_s});
            rules.insert(1, r);
            s.insert(u"rules"_s, rules);
            setSchemeAt(root, 0, s);
        }) << u"schemes[0].rules[1]: never used"_s;
        QTest::newRow("bad colour") << edited([](QJsonObject &root) {
            QJsonObject s = schemeAt(root, 0);
            QJsonArray cats = s.value(u"categories"_s).toArray();
            QJsonObject c = cats[0].toObject();
            c.insert(u"color"_s, u"red"_s);
            cats[0] = c;
            s.insert(u"categories"_s, cats);
            setSchemeAt(root, 0, s);
        }) << u"schemes[0].categories[0].color"_s;
        QTest::newRow("same id twice") << edited([](QJsonObject &root) {
            QJsonArray a = root.value(u"schemes"_s).toArray();
            a.append(a.at(0));
            root.insert(u"schemes"_s, a);
        }) << u"schemes[3].id: 'tsr' twice"_s;
    }

    void badFilesNameFileAndField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        const QString path = m_dir.filePath(u"bad-schemes.json"_s);
        QVERIFY(test::writeFile(path, json));
        const auto r = SchemeMap::fromFile(path, Taxonomy::builtIn());
        QVERIFY(!r.ok());
        QVERIFY2(r.error().startsWith(path + u": "_s), qPrintable(r.error()));
        QVERIFY2(r.error().contains(field), qPrintable(r.error()));
        QVERIFY(!r.error().contains(u'\n'));
        // --schemes with it changes nothing.
        const Status s = SchemeMap::useFile(path);
        QVERIFY(!s.ok());
        QCOMPARE(SchemeMap::active()->sourceName(), SchemeMap::builtIn().sourceName());
    }

    // schemes.json in the data folder replaces the built-in file; a broken one is said and the
    // built-in schemes stay.
    void userFileReplacesBuiltIn()
    {
        const QString path = SchemeMap::userFilePath();
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        const QByteArray renamed = edited([](QJsonObject &root) {
            QJsonObject s = schemeAt(root, 0);
            QJsonArray cats = s.value(u"categories"_s).toArray();
            QJsonObject c = cats[2].toObject();
            c.insert(u"en"_s, u"Lost or thrown away"_s);
            cats[2] = c;
            s.insert(u"categories"_s, cats);
            setSchemeAt(root, 0, s);
        });
        QVERIFY(test::writeFile(path, renamed));
        SchemeMap::reset();
        QCOMPARE(SchemeMap::active()->sourceName(), path);
        QCOMPARE(SchemeMap::active()->scheme(u"tsr"_s)->category(u"loss"_s)->en,
                 u"Lost or thrown away"_s);
        QVERIFY(SchemeMap::activeWarning().isEmpty());

        QVERIFY(test::writeFile(path, "{\"schemes\": 3}"));
        SchemeMap::reset();
        QCOMPARE(SchemeMap::active()->sourceName(), SchemeMap::builtIn().sourceName());
        const QString warning = SchemeMap::activeWarning();
        QVERIFY2(warning.startsWith(path + u": "_s), qPrintable(warning));
        QVERIFY(warning.contains(u"built-in"_s));
        QVERIFY(QFile::remove(path));
    }

    // Conditions narrow a cause: title words, labels, sectors; the first fitting rule decides.
    // The counts per category and the query term of each category find the same incidents.
    void conditionsAndTermsAgree()
    {
        auto db = test::openDb(m_dir.filePath(u"conditions.sqlite"_s));
        QVERIFY(db);
        QVERIFY(store(
            *db,
            {{u"ノートPC盗難のお知らせ"_s, u"loss_theft"_s},
             {u"USBメモリ紛失のお知らせ"_s, u"loss_theft"_s},
             {u"書類の紛失について"_s, u"loss_theft"_s, u"company"_s, {u"インシデント:盗難"_s}},
             {u"個人情報を含む書類の誤廃棄について"_s, u"mis_operation"_s},
             {u"メール誤送信のお詫び"_s, u"mis_operation"_s},
             {u"ウェブサイトへの誤掲載について"_s, u"mis_operation"_s},
             {u"ランサムウェア被害のお知らせ"_s, u"ransomware"_s},
             {u"サポート詐欺による被害"_s, u"insider"_s},
             {u"元従業員による情報持ち出し"_s, u"insider"_s},
             {u"DDoS攻撃によるサービス停止"_s, u"other"_s}}));
        struct Want
        {
            QString scheme;
            QString title;
            QString category;
        };
        const QList<Want> wants{
            {u"tsr"_s, u"ノートPC盗難のお知らせ"_s, u"theft"_s},
            {u"tsr"_s, u"USBメモリ紛失のお知らせ"_s, u"loss"_s},
            {u"tsr"_s, u"書類の紛失について"_s, u"theft"_s}, // by its label
            {u"tsr"_s, u"個人情報を含む書類の誤廃棄について"_s, u"loss"_s},
            {u"tsr"_s, u"メール誤送信のお詫び"_s, u"misdisplay"_s},
            {u"tsr"_s, u"サポート詐欺による被害"_s, u"intrusion"_s},
            {u"tsr"_s, u"元従業員による情報持ち出し"_s, u"theft"_s},
            {u"jnsa"_s, u"個人情報を含む書類の誤廃棄について"_s, u"mismanagement"_s},
            {u"jnsa"_s, u"ノートPC盗難のお知らせ"_s, u"theft"_s},
            {u"jnsa"_s, u"ランサムウェア被害のお知らせ"_s, u"virus"_s},
            {u"veris"_s, u"ウェブサイトへの誤掲載について"_s, u"error.publishing_error"_s},
            {u"veris"_s, u"メール誤送信のお詫び"_s, u"error.misdelivery"_s},
            {u"veris"_s, u"ランサムウェア被害のお知らせ"_s, u"malware.ransomware"_s},
            {u"veris"_s, u"DDoS攻撃によるサービス停止"_s, u"hacking.dos"_s},
            {u"veris"_s, u"USBメモリ紛失のお知らせ"_s, u"error.loss"_s},
        };
        for (const Want &w : wants) {
            const auto rows =
                IncidentQuery::fetch(*db, parse(u"scheme:"_s + w.scheme + u':' + w.category), {});
            QVERIFY(rows.ok());
            QStringList titles;
            for (const IncidentRecord &r : rows.value())
                titles << r.title;
            QVERIFY2(titles.contains(w.title),
                     qPrintable(w.scheme + u':' + w.category + u" lacks "_s + w.title +
                                u"; has "_s + titles.join(u", "_s)));
        }
        // A Japanese name works as the key does.
        QCOMPARE(IncidentQuery::count(*db, parse(u"scheme:tsr:紛失・誤廃棄"_s)).value(),
                 IncidentQuery::count(*db, parse(u"scheme:tsr:loss"_s)).value());

        for (const QString &id : SchemeMap::builtIn().ids()) {
            TrendOptions o;
            o.scheme = id;
            o.period = TrendPeriod::Year;
            const auto d = TrendQuery::compute(*db, Query{}, o);
            QVERIFY2(d.ok(), qPrintable(d.error()));
            qint64 sum = 0;
            for (qsizetype k = 0; k < d->keys.size(); ++k) {
                qint64 count = 0;
                for (qsizetype p = 0; p < d->periods.size(); ++p)
                    count += d->cell(p, k).count;
                QCOMPARE(IncidentQuery::count(*db, parse(TrendQuery::categoryTerm(o, d->keys[k])))
                             .value(),
                         count);
                sum += count;
            }
            QCOMPARE(sum, qint64(10));
        }
    }

    // One incident's VERIS object: the reference URL, the action of its category, the data
    // varieties of its kinds (once each), data_total only when the notice states a number.
    void verisObjectOfOneIncident()
    {
        IncidentRecord r;
        r.key = u"2024-777-abc"_s;
        r.caseId = u"2024-777"_s;
        r.title = u"架空大学 メール誤送信について"_s;
        r.organization = u"架空大学"_s;
        r.cause = u"mis_operation"_s;
        r.sector = u"education"_s;
        r.announcedOn = QDate(2024, 3, 15);
        r.sourceUrl = u"https://blog.example.invalid/2024/03/777.html"_s;
        NoticeFacts facts;
        facts.timeline.occurred.date = QDate(2024, 3, 1);
        facts.timeline.discovered.date = QDate(2024, 3, 4);
        facts.timeline.announced = r.announcedOn;
        facts.dataKinds = {{u"name"_s, {}}, {u"email"_s, {}}, {u"card"_s, {}}};
        QJsonObject o =
            VerisExporter::incidentJson(r, facts, u"error.misdelivery"_s, SchemeMap::builtIn());
        QCOMPARE(o.value(u"reference"_s).toString(), r.sourceUrl);
        QCOMPARE(o.value(u"incident_id"_s).toString(), r.key);
        QCOMPARE(
            o.value(u"action"_s).toObject(),
            (QJsonObject{{u"error"_s, QJsonObject{{u"variety"_s, QJsonArray{u"Misdelivery"_s}}}}}));
        QCOMPARE(o.value(u"victim"_s).toObject().value(u"industry"_s).toString(), u"61"_s);
        const QJsonObject conf =
            o.value(u"attribute"_s).toObject().value(u"confidentiality"_s).toObject();
        QVERIFY(!conf.contains(u"data_total"_s));
        QCOMPARE(conf.value(u"data"_s).toArray(),
                 (QJsonArray{QJsonObject{{u"variety"_s, u"Personal"_s}},
                             QJsonObject{{u"variety"_s, u"Payment"_s}}}));
        const QJsonObject timeline = o.value(u"timeline"_s).toObject();
        QCOMPARE(timeline.value(u"discovery"_s).toObject(),
                 (QJsonObject{{u"unit"_s, u"Days"_s}, {u"value"_s, 3}}));
        const QJsonObject dates = o.value(u"plus"_s).toObject().value(u"timeline"_s).toObject();
        QCOMPARE(dates.value(u"discovered_on"_s).toString(), u"2024-03-04"_s);
        QCOMPARE(dates.value(u"disclosure_days"_s).toInt(), 11);

        r.affected = 120;
        r.sourceUrl.clear();
        o = VerisExporter::incidentJson(r, NoticeFacts{}, u"unknown"_s, SchemeMap::builtIn());
        QVERIFY(!o.contains(u"reference"_s));
        QCOMPARE(o.value(u"action"_s).toObject(), (QJsonObject{{u"Unknown"_s, QJsonObject{}}}));
        QCOMPARE(o.value(u"attribute"_s)
                     .toObject()
                     .value(u"confidentiality"_s)
                     .toObject()
                     .value(u"data_total"_s)
                     .toInteger(),
                 120);
        QCOMPARE(o.value(u"timeline"_s).toObject().value(u"discovery"_s).toObject(),
                 (QJsonObject{{u"unit"_s, u"Unknown"_s}}));
    }

    void badTermsAreRefused()
    {
        for (const QString &q : {u"scheme:nope:loss"_s, u"scheme:tsr:nothing"_s, u"scheme:tsr"_s}) {
            const ParsedQuery pq = QueryParser::parse(q, Taxonomy::builtIn());
            QVERIFY2(!pq.ok(), qPrintable(q));
            QVERIFY(!pq.error->message.contains(u'\n'));
        }
        QVERIFY(QueryParser::parse(u"title:誤送信"_s, Taxonomy::builtIn()).ok());
    }
};

QTEST_GUILESS_MAIN(TestSchemes)
#include "tst_schemes.moc"
