// SPDX-License-Identifier: GPL-3.0-or-later
// The analysis fields of issue 16 (discovered and occurred dates, days to disclosure, kinds of
// data leaked, contractor flag) read from the real pages of ../shared/seeds and
// ../shared/dev/pages and compared with tests/data/analysis_gold.tsv, recorded by hand. Prints
// precision and recall per field and set (the seeds were looked at while writing the
// extractors; the dev pages are the closer estimate for unseen pages) and holds a floor below
// the figures reached, so that a regression fails.
#include "TestSupport.h"
#include "classify/ThirdPartyDetector.h"
#include "ingest/DataKindExtractor.h"
#include "ingest/SourceReader.h"
#include "ingest/TimelineExtractor.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace jikenbo;

namespace {

struct AnalysisGold
{
    QString set; // seeds or dev
    QString file;
    int line = 0;
    QString caseId;
    QDate discovered;
    QDate occurred;
    QSet<QString> kinds;
    bool contractor = false;
};

// Right and stated counts of one field: precision = right / stated by the program, recall =
// right / stated in the gold.
struct Score
{
    int right = 0;
    int predicted = 0;
    int gold = 0;
    double precision() const { return predicted ? double(right) / predicted : 1.0; }
    double recall() const { return gold ? double(right) / gold : 1.0; }
};

struct SetScores
{
    int incidents = 0;
    Score discovered, occurred, disclosure, kinds, contractor;
};

QDate isoDate(const QString &s, bool *ok)
{
    if (s.isEmpty())
        return {};
    const QDate d = QDate::fromString(s, Qt::ISODate);
    if (!d.isValid())
        *ok = false;
    return d;
}

} // namespace

class TestAnalysis : public QObject
{
    Q_OBJECT

    QList<AnalysisGold> m_gold;
    QHash<QString, SetScores> m_scores;

    static QString pageDir(const QString &set)
    {
        return set == u"seeds"_s ? test::sharedDir() + u"/seeds"_s
                                 : test::sharedDir() + u"/dev/pages"_s;
    }

    static void score(Score &s, bool predicted, bool gold, bool right)
    {
        s.predicted += predicted;
        s.gold += gold;
        s.right += predicted && gold && right;
    }

    static void print(const char *set, const char *field, const Score &s)
    {
        qInfo("%-5s %-16s precision %2d/%-2d = %5.1f%%  recall %2d/%-2d = %5.1f%%", set, field,
              s.right, s.predicted, s.precision() * 100, s.right, s.gold, s.recall() * 100);
    }

private Q_SLOTS:
    void initTestCase()
    {
        JIKENBO_REQUIRE_SHARED();
        const QString goldPath =
            QStringLiteral(JIKENBO_SOURCE_DIR) + u"/tests/data/analysis_gold.tsv"_s;
        QFile f(goldPath);
        QVERIFY2(f.open(QIODevice::ReadOnly | QIODevice::Text), qPrintable(goldPath));
        bool header = true;
        int lineNo = 0;
        while (!f.atEnd()) {
            const QString line = QString::fromUtf8(f.readLine()).chopped(1);
            ++lineNo;
            if (line.startsWith(u'#') || line.isEmpty())
                continue;
            const QStringList c = line.split(u'\t');
            QVERIFY2(c.size() == 9,
                     qPrintable(u"%1:%2: 9 columns expected, %3 found"_s.arg(
                         goldPath, QString::number(lineNo), QString::number(c.size()))));
            if (header) {
                QCOMPARE(c.first(), u"set"_s);
                header = false;
                continue;
            }
            bool ok = true;
            AnalysisGold g{c[0],
                           c[1],
                           c[2].toInt(&ok),
                           c[3],
                           isoDate(c[4], &ok),
                           isoDate(c[5], &ok),
                           {},
                           c[7] == u"yes"_s};
            for (const QString &k : c[6].split(u';', Qt::SkipEmptyParts)) {
                QVERIFY2(DataKindVocabulary::builtIn().kind(k),
                         qPrintable(u"%1:%2: unknown data kind %3"_s.arg(
                             goldPath, QString::number(lineNo), k)));
                g.kinds.insert(k);
            }
            QVERIFY2(ok && (g.set == u"seeds"_s || g.set == u"dev"_s) &&
                         (c[7] == u"yes"_s || c[7] == u"no"_s),
                     qPrintable(u"%1:%2: bad row"_s.arg(goldPath, QString::number(lineNo))));
            m_gold.append(g);
        }
        QVERIFY(m_gold.size() >= 40);
    }

    void measure()
    {
        QHash<QString, ParsedPage> pages;
        for (const AnalysisGold &g : std::as_const(m_gold)) {
            const QString key = g.set + u'/' + g.file;
            if (!pages.contains(key)) {
                const QString path = pageDir(g.set) + u'/' + g.file;
                auto read = SourceReader::readFile(path);
                QVERIFY2(read.ok(), qPrintable(path + u": "_s + read.error()));
                pages.insert(key, read.value().page);
            }
            const ParsedPost *post = nullptr;
            for (const ParsedPost &p : pages[key].incidents) {
                if (p.line == g.line)
                    post = &p;
            }
            QVERIFY2(post, qPrintable(u"%1:%2: no incident there"_s.arg(key).arg(g.line)));
            QCOMPARE(post->caseId, g.caseId);

            SetScores &s = m_scores[g.set];
            ++s.incidents;
            const NoticeTimeline t =
                TimelineExtractor::extract(post->body, post->announcedOn, post->caseYear);
            const QString where = u"%1 %2:%3 #%4"_s.arg(g.set, g.file).arg(g.line).arg(g.caseId);
            const auto compareDate = [&](Score &sc, const char *field, const TimelineDate &got,
                                         QDate expected) {
                score(sc, got.isValid(), expected.isValid(), got.date == expected);
                if (got.date != expected)
                    qInfo("%s %s: expected %s, got %s (%s)", qPrintable(where), field,
                          qPrintable(expected.toString(Qt::ISODate)),
                          qPrintable(got.date.toString(Qt::ISODate)), qPrintable(got.evidence));
            };
            compareDate(s.discovered, "discovered", t.discovered, g.discovered);
            compareDate(s.occurred, "occurred", t.occurred, g.occurred);
            const std::optional<int> goldDays =
                g.discovered.isValid() && post->announcedOn.isValid()
                    ? std::optional<int>(int(g.discovered.daysTo(post->announcedOn)))
                    : std::nullopt;
            const std::optional<int> days = t.disclosureDays();
            score(s.disclosure, days.has_value(), goldDays.has_value(), days == goldDays);

            QSet<QString> kinds;
            const QList<FoundDataKind> found = DataKindExtractor::extract(post->body);
            for (const FoundDataKind &k : found) {
                QVERIFY(!k.evidence.isEmpty());
                kinds.insert(k.key);
                if (!g.kinds.contains(k.key))
                    qInfo("%s kind %s not in the gold: %s", qPrintable(where), qPrintable(k.key),
                          qPrintable(k.evidence));
            }
            s.kinds.predicted += kinds.size();
            s.kinds.gold += g.kinds.size();
            s.kinds.right += (kinds & g.kinds).size();
            if (kinds != g.kinds) {
                QStringList missing = (g.kinds - kinds).values(),
                            extra = (kinds - g.kinds).values();
                missing.sort();
                extra.sort();
                qInfo("%s kinds: missing {%s}, extra {%s}", qPrintable(where),
                      qPrintable(missing.join(u',')), qPrintable(extra.join(u',')));
            }

            const ThirdPartyFinding tp = ThirdPartyDetector::detect(post->title, post->body);
            QCOMPARE(tp.evidence.isEmpty(), !tp.viaContractor);
            score(s.contractor, tp.viaContractor, g.contractor, true);
            if (tp.viaContractor != g.contractor)
                qInfo("%s contractor: expected %s, got %s (%s: %s)", qPrintable(where),
                      g.contractor ? "yes" : "no", tp.viaContractor ? "yes" : "no",
                      qPrintable(tp.cue), qPrintable(tp.evidence));
        }
        for (const char *set : {"seeds", "dev"}) {
            const SetScores &s = m_scores[QString::fromLatin1(set)];
            qInfo("%s: %d incidents", set, s.incidents);
            print(set, "discovered_on", s.discovered);
            print(set, "occurred_on", s.occurred);
            print(set, "disclosure_days", s.disclosure);
            print(set, "data_kinds", s.kinds);
            print(set, "contractor", s.contractor);
        }
    }

    // Floors below the figures reached (seeds 96-100%, dev 97-100% after tuning; the first
    // look at the dev rows gave 87-100% on discovered_on, 73-94% on data_kinds, 60-100% on
    // contractor), per set.
    void floors()
    {
        struct Floor
        {
            const char *set;
            double discovered, kinds, contractor;
        };
        for (const Floor &f : {Floor{"seeds", 0.90, 0.90, 0.90}, Floor{"dev", 0.85, 0.85, 0.85}}) {
            const SetScores &s = m_scores[QString::fromLatin1(f.set)];
            QVERIFY(s.incidents > 0);
            const auto check = [&](const char *field, const Score &sc, double floor) {
                QVERIFY2(sc.precision() >= floor && sc.recall() >= floor,
                         qPrintable(u"%1 %2: precision %3, recall %4, floor %5"_s.arg(
                             QString::fromLatin1(f.set), QString::fromLatin1(field),
                             QString::number(sc.precision()), QString::number(sc.recall()),
                             QString::number(floor))));
            };
            check("discovered_on", s.discovered, f.discovered);
            check("data_kinds", s.kinds, f.kinds);
            check("contractor", s.contractor, f.contractor);
        }
    }
};

QTEST_GUILESS_MAIN(TestAnalysis)
#include "tst_analysis.moc"
