// SPDX-License-Identifier: GPL-3.0-or-later
// The five real pages of the blog against the hand-recorded gold (DESIGN §8).
#include "TestSupport.h"
#include "classify/Classifier.h"
#include "classify/RuleSet.h"
#include "classify/Taxonomy.h"
#include "core/TextUtil.h"
#include "eval/GoldEvaluation.h"
#include "jobs/Importer.h"
#include "ingest/PageSplitter.h"
#include "ingest/SourceReader.h"
#include "search/Query.h"
#include "store/Database.h"
#include "store/IncidentQuery.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace jikenbo;

class TestSeeds : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    ImportSummary m_summary;
    QList<IncidentRecord> m_all;
    QList<QHash<QString, QString>> m_gold;

    // The incident imported from gold row `g`: same source file and marker line.
    const IncidentRecord *find(const QHash<QString, QString> &g) const
    {
        for (const IncidentRecord &r : m_all) {
            if (QFileInfo(r.source).fileName() == g.value(u"file"_s) &&
                r.sourceLine == g.value(u"line"_s).toInt())
                return &r;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        JIKENBO_REQUIRE_SHARED();
        QVERIFY(m_dir.isValid());
        m_db = test::openDb(m_dir.filePath(u"seeds.sqlite"_s));
        QVERIFY(m_db);
        const Classifier classifier(Taxonomy::builtIn(), RuleSet::builtIn());
        Importer importer(*m_db, classifier);
        m_summary = importer.importPaths({test::seedsDir()});
        auto all = IncidentQuery::fetch(*m_db, Query{});
        QVERIFY2(all.ok(), qPrintable(all.error()));
        m_all = all.value();
        m_gold = test::readTsv(test::goldFile(u"seeds_gold.tsv"_s));
        QCOMPARE(m_gold.size(), 74);
    }

    void importSummary()
    {
        QCOMPARE(m_summary.files, 5);
        QVERIFY2(
            m_summary.errors.isEmpty(),
            qPrintable(m_summary.errors.isEmpty() ? QString() : m_summary.errors.first().message));
        QCOMPARE(m_summary.added, 74);
        QCOMPARE(m_all.size(), 74);
    }

    // seeds_segments.tsv: incident and non-incident posts per file, and the title lines of
    // the non-incident posts, which must never become incidents.
    void segments()
    {
        const auto rows = test::readTsv(test::goldFile(u"seeds_segments.tsv"_s));
        int totalOther = 0;
        for (const auto &row : rows) {
            const QString file = row.value(u"file"_s);
            if (file == u"TOTAL"_s)
                continue;
            auto read = SourceReader::readFile(test::seedsDir() + u'/' + file);
            QVERIFY2(read.ok(), qPrintable(read.error()));
            QCOMPARE(read->page.incidents.size(), row.value(u"incident_posts"_s).toInt());
            qInfo("%s: %d non-incident posts found, gold %d", qPrintable(file),
                  read->page.skippedPosts, row.value(u"non_incident_posts"_s).toInt());
            totalOther += read->page.skippedPosts;
            // Each listed title line starts a post of its own (split there), and none of the
            // imported incidents carries that title's text in its body.
            QFile f(test::seedsDir() + u'/' + file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(f.readAll());
            const SplitPage page = PageSplitter::split(text);
            const QString titles = row.value(u"non_incident_title_lines"_s);
            for (const QString &item : titles.split(u" | "_s, Qt::SkipEmptyParts)) {
                const int line = item.section(u':', 0, 0).toInt();
                // The title line lies in a non-incident post: it starts one, or is inside one
                // (two non-incident posts in a row may be read as one).
                bool inOther = false;
                for (const PostSegment &s : page.posts) {
                    if (s.firstLine + 1 <= line && line <= s.endLine)
                        inOther = s.kind == PostSegment::Other;
                }
                QVERIFY2(inOther,
                         qPrintable(u"%1:%2 is not in a non-incident post"_s.arg(file).arg(line)));
                const QString title = item.section(u':', 1).trimmed();
                for (const IncidentRecord &r : m_all) {
                    QVERIFY2(!r.title.contains(title), qPrintable(r.caseId));
                }
            }
        }
        qInfo("non-incident posts: %d found, 12 in the gold", totalOther);
    }

    void bodiesDoNotSwallowOtherPosts()
    {
        const auto rows = test::readTsv(test::goldFile(u"seeds_segments.tsv"_s));
        for (const auto &row : rows) {
            for (const QString &item :
                 row.value(u"non_incident_title_lines"_s).split(u" | "_s, Qt::SkipEmptyParts)) {
                const QString title = item.section(u':', 1).trimmed();
                QSqlQuery q(m_db->sql());
                q.prepare(u"SELECT count(*) FROM incident_text WHERE instr(body, ?) > 0"_s);
                q.addBindValue(title);
                QVERIFY(q.exec() && q.next());
                QVERIFY2(q.value(0).toInt() == 0,
                         qPrintable(u"an incident body holds the post titled "_s + title));
            }
        }
    }

    // case_id, title, announced_date and follow_up must match on every row.
    void exactFields()
    {
        int mismatches = 0;
        for (const auto &g : std::as_const(m_gold)) {
            const IncidentRecord *r = find(g);
            const QString where = g.value(u"file"_s) + u':' + g.value(u"line"_s);
            if (!r) {
                qWarning("%s: no incident imported at this line", qPrintable(where));
                ++mismatches;
                continue;
            }
            auto check = [&](const char *field, const QString &expected, const QString &actual) {
                if (expected != actual) {
                    qWarning("%s %s: expected '%s', got '%s'", qPrintable(where), field,
                             qPrintable(expected), qPrintable(actual));
                    ++mismatches;
                }
            };
            check("case_id", g.value(u"case_id"_s), r->caseId);
            check("title", g.value(u"title"_s), r->title);
            check("announced_date", g.value(u"announced_date"_s),
                  r->announcedOn.isValid() ? r->announcedOn.toString(Qt::ISODate) : QString());
            check("follow_up", g.value(u"follow_up"_s), r->followUp ? u"yes"_s : u"no"_s);
        }
        QCOMPARE(mismatches, 0);
    }

    void organizationAccuracy()
    {
        int right = 0;
        for (const auto &g : std::as_const(m_gold)) {
            const IncidentRecord *r = find(g);
            if (r && r->organization == g.value(u"organization"_s))
                ++right;
            else
                qInfo("organization %s:%s: gold '%s', got '%s'", qPrintable(g.value(u"file"_s)),
                      qPrintable(g.value(u"line"_s)), qPrintable(g.value(u"organization"_s)),
                      qPrintable(r ? r->organization : u"<missing>"_s));
        }
        const double acc = double(right) / m_gold.size();
        qInfo("organization accuracy: %d/%lld = %.1f%%", right, qlonglong(m_gold.size()),
              acc * 100);
        QVERIFY2(acc >= 0.95,
                 qPrintable(u"organization accuracy %1% is below 95%"_s.arg(acc * 100, 0, 'f', 1)));
    }

    // The seeds against their gold (issue 14): each field's figure as it stands, with affected
    // precision (right / stated) and recall (right / gold). Precision stays whole. Two affected
    // rows have no count: a count of files (004:319), never taken as people or records, and a
    // notice that lists its patients as a sum and its staff apart (003:197), where the two
    // counts are about as likely and none is taken. The one sector row is a special public
    // corporation (002:360) that no rule can tell from a company.
    void noLossOnTheSeeds()
    {
        auto gold = GoldEvaluation::readGold(test::goldFile(u"seeds_gold.tsv"_s));
        QVERIFY2(gold.ok(), qPrintable(gold.error()));
        const EvalReport rep = GoldEvaluation::evaluate(gold.value(), m_all, Taxonomy::builtIn());
        auto right = [&rep](const char *field) {
            const FieldScore *f = rep.field(QString::fromLatin1(field));
            return f ? f->right : -1;
        };
        for (const FieldScore &f : rep.fields)
            qInfo("%-16s %3d/%d", qPrintable(f.field), f.right, f.total);
        qInfo("affected: precision %d/%d, recall %d/%d", rep.affectedPrecision.right,
              rep.affectedPrecision.total, rep.affectedRecall.right, rep.affectedRecall.total);
        QCOMPARE(right("organization"), 74);
        QCOMPARE(right("cause"), 74);
        QVERIFY(right("sector") >= 73);
        QVERIFY(right("affected") >= 72);
        QCOMPARE(rep.affectedPrecision.right, rep.affectedPrecision.total);
        QVERIFY(rep.affectedRecall.right >= 51);
        QCOMPARE(right("follow_up"), 74);
    }

    void labelPagesGiveTheirLabel()
    {
        for (const auto &g : std::as_const(m_gold)) {
            if (g.value(u"cause_source"_s) != u"label"_s)
                continue;
            const IncidentRecord *r = find(g);
            QVERIFY(r);
            QCOMPARE(r->causeOrigin, u"label"_s);
            QCOMPARE(r->cause, g.value(u"cause"_s));
            QVERIFY(!r->labels.isEmpty());
        }
    }

    void followUpsAreLinked()
    {
        // The 続報 of 2023-243 points at the first notice with the same case id.
        const IncidentRecord *followUp = nullptr, *first = nullptr;
        for (const IncidentRecord &r : std::as_const(m_all)) {
            if (r.caseId == u"2023-243"_s)
                (r.followUp ? followUp : first) = &r;
        }
        QVERIFY(followUp && first);
        QCOMPARE(followUp->followUpOfKey, first->key);
        QVERIFY(first->followUpOfKey.isEmpty());
    }

    void crossReferencesAreNotPosts()
    {
        // 関連事件簿 lines name other case ids (here inside a victim-list post that is not an
        // incident); those cases are references, never incidents of their own.
        for (const IncidentRecord &r : std::as_const(m_all)) {
            QVERIFY(r.caseId != u"2023-335"_s);
            QVERIFY(r.caseId != u"2023-506"_s);
        }
    }

    void reimportIsIdempotent()
    {
        const Classifier classifier(Taxonomy::builtIn(), RuleSet::builtIn());
        Importer importer(*m_db, classifier);
        const ImportSummary again = importer.importPaths({test::seedsDir()});
        QCOMPARE(again.added, 0);
        QCOMPARE(again.updated, 0);
        QCOMPARE(again.unchanged, 74);
    }
};

QTEST_GUILESS_MAIN(TestSeeds)
#include "tst_seeds.moc"
