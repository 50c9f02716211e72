// SPDX-License-Identifier: GPL-3.0-or-later
// The one-page Summary layout (issue 16 part 5): the facts read from the notice, the fitting
// to one page whatever the notice and the page, the footer at the bottom, and PDFs checked
// with poppler: every seed incident on one page (pdfinfo) with its facts on it (pdftotext),
// while the Full notice layout still prints the whole text.
#include "ReportFixtures.h"
#include "SummaryDocumentBuilder.h"
#include "SummaryRenderer.h"
#include "SummarySheetBuilder.h"
#include "SummarySheetRenderer.h"
#include "TestSupport.h"
#include "core/TextUtil.h"
#include "core/Translations.h"
#include "ingest/DataKindVocabulary.h"
#include "report/NoticeDates.h"
#include "store/IncidentQuery.h"

#include <QElapsedTimer>
#include <QPdfWriter>
#include <QProcess>
#include <QRawFont>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace jikenbo;

namespace {

// A fictional contractor breach with a dated account, the data named, and a follow-up.
QString contractorCase(int extraParagraphs)
{
    QString page = QStringLiteral(
        u"【セキュリティ事件簿#2024-960】株式会社カモメ物流 委託先サーバへの不正アクセスによる"
        u"個人情報漏えいのお知らせ 2024/8/20\n\n\n"
        u"このたび、当社が配送管理業務を委託している株式会社ハマナス情報サービス(以下、委託先)の"
        u"サーバが第三者による不正アクセスを受け、当社のお客様の個人情報が漏えいした可能性がある"
        u"ことが判明しました。\n\n"
        u"1.経緯\n\n"
        u"2024年7月28日 委託先のサーバに第三者による不正アクセスが発生\n"
        u"2024年8月2日 委託先からの連絡により、個人情報が漏えいした可能性があることが判明\n"
        u"2024年8月5日 外部の専門機関による調査を開始\n"
        u"2024年8月9日 個人情報保護委員会へ報告\n\n"
        u"2.漏えいした可能性のある情報\n\n"
        u"お客様の氏名、住所、電話番号、メールアドレス 3,210件\n\n"
        u"3.今後の対応\n\n");
    for (int i = 1; i <= extraParagraphs; ++i) {
        page += QStringLiteral(u"(%1) 対策第%1項として、委託先とともに監視体制の見直しを進めており"
                               u"ます。詳細は判明し次第お知らせいたします。\n")
                    .arg(i);
    }
    page += QStringLiteral(
        u"\n以上\n\n"
        u"【セキュリティ事件簿#2024-960】株式会社カモメ物流 委託先サーバへの不正アクセスに関する"
        u"お知らせ(続報) 2024/9/10\n\n\n"
        u"2024年8月20日にお知らせした委託先サーバへの不正アクセスについて、調査結果をご報告いたし"
        u"ます。対象となるお客様は3,180名と確定しました。\n");
    return page;
}

QString tool(const QString &name)
{
    return QStandardPaths::findExecutable(name);
}

QByteArray run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(tool(program), args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return p.readAllStandardOutput();
}

int pdfPages(const QString &pdf)
{
    static const QRegularExpression re(u"^Pages:\\s+(\\d+)"_s, QRegularExpression::MultilineOption);
    const auto m = re.match(QString::fromUtf8(run(u"pdfinfo"_s, {pdf})));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

// Without white space: lines wrap anywhere in a cell.
QString squeezed(const QString &s)
{
    QString out;
    for (QChar c : s) {
        if (!c.isSpace())
            out += c;
    }
    return out;
}

// The text of a PDF, NFKC (pdftotext gives some kanji as Kangxi radicals), without spaces.
QString pdfText(const QString &pdf)
{
    return squeezed(
        text::nfkc(QString::fromUtf8(run(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s}))));
}

// Qt's PDF writer gives a glyph the lowest code point that the font draws with it (⼤ for 大,
// ⺠ for 民, the latter with no NFKC mapping back): expected text folded the same way.
QString pdfForm(const QString &expected, const QFont &font)
{
    static QHash<quint32, char16_t> lowest;
    const QRawFont raw = QRawFont::fromFont(font);
    if (lowest.isEmpty()) {
        QString all;
        for (char32_t u = 0x20; u < 0x10000; ++u) {
            if (!QChar::isSurrogate(u))
                all += QChar(char16_t(u));
        }
        const QList<quint32> glyphs = raw.glyphIndexesForString(all);
        for (qsizetype i = 0; i < all.size() && i < glyphs.size(); ++i) {
            if (glyphs[i] != 0 && !lowest.contains(glyphs[i]))
                lowest.insert(glyphs[i], all[i].unicode());
        }
    }
    const QList<quint32> glyphs = raw.glyphIndexesForString(expected);
    QString out = expected;
    for (qsizetype i = 0; i < out.size() && i < glyphs.size(); ++i) {
        if (!out[i].isSurrogate() && lowest.contains(glyphs[i]))
            out[i] = QChar(lowest.value(glyphs[i]));
    }
    return squeezed(text::nfkc(out));
}

struct Word
{
    QString text;
    QRectF box;
};

// Words of the first page, in points, from pdftotext -bbox.
QList<Word> firstPageWords(const QString &pdf, QSizeF *pageSize)
{
    QList<Word> words;
    QXmlStreamReader xml(
        run(u"pdftotext"_s, {u"-bbox"_s, u"-f"_s, u"1"_s, u"-l"_s, u"1"_s, pdf, u"-"_s}));
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto a = xml.attributes();
        if (xml.name() == u"page"_s) {
            *pageSize = QSizeF(a.value(u"width"_s).toDouble(), a.value(u"height"_s).toDouble());
        } else if (xml.name() == u"word"_s) {
            const QRectF box(QPointF(a.value(u"xMin"_s).toDouble(), a.value(u"yMin"_s).toDouble()),
                             QPointF(a.value(u"xMax"_s).toDouble(), a.value(u"yMax"_s).toDouble()));
            words.append({xml.readElementText(), box});
        }
    }
    return words;
}

} // namespace

class TestSummarySheet : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    SummaryOptions m_options;

    IncidentRecord incident(const QString &caseId, int which = 0)
    {
        IncidentStore store(*m_db);
        auto r = store.byCaseId(caseId, true);
        return r.ok() && r->size() > which ? r->at(which) : IncidentRecord();
    }
    SummarySheet sheet(const QString &caseId, int which = 0)
    {
        auto s = SummarySheet::forIncidents(*m_db, {incident(caseId, which)});
        return s.ok() ? s->first() : SummarySheet();
    }
    QString pdfPath(const QString &name) const { return m_dir.filePath(name); }
    QFont font() const { return SummaryDocumentBuilder(m_options).font(10); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // JIKENBO_KEEP_TEST_FILES=1 keeps the PDFs to look at (the path is printed).
        if (!qEnvironmentVariableIsEmpty("JIKENBO_KEEP_TEST_FILES")) {
            m_dir.setAutoRemove(false);
            qInfo("PDFs kept in %s", qPrintable(m_dir.path()));
        }
        m_db = test::openDb(m_dir.filePath(u"sheet.sqlite"_s));
        QVERIFY(m_db);
        QVERIFY(test::importText(*m_db, test::reportFixturePage(), u"fixture.txt"_s));
        QVERIFY(test::importText(*m_db, test::longNoticePage(150), u"long.txt"_s));
        QVERIFY(test::importText(*m_db, contractorCase(60),
                                 u"https://blog.example/2024/08/kamome.html"_s));
        m_options.databaseName = u"sheet.sqlite"_s;
        m_options.printDate = QDate(2024, 9, 15);
        QCOMPARE(incident(u"2024-960"_s, 1).followUp, true);
    }

    void factsAreReadFromTheNotice()
    {
        const SummarySheet s = sheet(u"2024-960"_s);
        QCOMPARE(s.incident.announcedOn, QDate(2024, 8, 20));
        QCOMPARE(s.facts.timeline.discovered.date, QDate(2024, 8, 2));
        QCOMPARE(s.facts.timeline.occurred.date, QDate(2024, 7, 28));
        QCOMPARE(s.facts.timeline.disclosureDays(), std::optional<int>(18));
        QStringList kinds;
        for (const FoundDataKind &k : s.facts.dataKinds)
            kinds << k.key;
        for (const QString &k : {u"name"_s, u"address"_s, u"phone"_s, u"email"_s})
            QVERIFY2(kinds.contains(k), qPrintable(kinds.join(u',')));
        QVERIFY(s.facts.thirdParty.viaContractor);
        // The follow-up is the case's other post, and the other way round.
        QCOMPARE(s.casePosts.size(), 1);
        QVERIFY(s.casePosts.first().followUp);
        const SummarySheet f = sheet(u"2024-960"_s, 1);
        QCOMPARE(f.casePosts.size(), 1);
        QCOMPARE(f.casePosts.first().key, s.incident.key);

        const SummarySheetBuilder builder(m_options);
        QHash<QString, SheetFact> facts;
        for (const SheetFact &f2 : builder.facts(s))
            facts.insert(f2.label, f2);
        QCOMPARE(facts.value(NoticeDates::kindName(KeyDate::Discovered)).value, u"2024-08-02"_s);
        QVERIFY(
            facts.value(NoticeDates::kindName(KeyDate::Discovered)).evidence.contains(u"判明"_s));
        QCOMPARE(facts.value(NoticeDates::kindName(KeyDate::Occurred)).value, u"2024-07-28"_s);
        QCOMPARE(facts.value(SummarySheetBuilder::tr("Days to disclosure")).value,
                 SummarySheetBuilder::tr("%n day(s)", nullptr, 18));
        QVERIFY(facts.value(SummarySheetBuilder::tr("Data leaked"))
                    .value.contains(DataKindVocabulary::builtIn().name(u"email"_s)));
        QVERIFY(facts.value(SummarySheetBuilder::tr("Contractor / third party"))
                    .value.startsWith(SummarySheetBuilder::tr("yes (%1)").section(u'(', 0, 0)));
        QCOMPARE(facts.value(SummaryDocumentBuilder::tr("Affected")).value.section(u' ', 0, 0),
                 QLocale().toString(3210));

        // Nothing known: said so, with the candidates when there are some.
        QHash<QString, QString> none;
        for (const SheetFact &f2 : builder.facts(sheet(u"2024-903"_s)))
            none.insert(f2.label, f2.value);
        QCOMPARE(none.value(SummarySheetBuilder::tr("Days to disclosure")),
                 SummarySheetBuilder::tr("unknown"));
        QCOMPARE(none.value(SummarySheetBuilder::tr("Contractor / third party")),
                 SummarySheetBuilder::tr("none named in the notice"));
    }

    // The print's key dates take discovered and occurred from TimelineExtractor: the Full
    // notice's field table and the Summary cannot disagree.
    void keyDatesAgreeWithTheTimeline()
    {
        for (const QString &c : {u"2024-901"_s, u"2024-902"_s, u"2024-903"_s, u"2024-960"_s}) {
            const SummarySheet s = sheet(c);
            QDate discovered, occurred;
            for (const KeyDate &k : NoticeDates::keyDates(s.incident.body, s.incident.announcedOn,
                                                          NoticeFacts::caseYear(c))) {
                if (k.kind == KeyDate::Discovered)
                    discovered = k.date;
                if (k.kind == KeyDate::Occurred)
                    occurred = k.date;
            }
            QCOMPARE(discovered, s.facts.timeline.discovered.date);
            QCOMPARE(occurred, s.facts.timeline.occurred.date);
        }
        QCOMPARE(NoticeFacts::caseYear(u"2023-243"_s), 2023);
        QCOMPARE(NoticeFacts::caseYear(u"2022"_s), 2022);
        QCOMPARE(NoticeFacts::caseYear(u"x"_s), 0);
    }

    // The opening is cut to what fits, by whole paragraphs, then sentences; the rest is said.
    void longNoticeShrinksToOnePage()
    {
        if (tool(u"pdftotext"_s).isEmpty() || tool(u"pdfinfo"_s).isEmpty())
            QSKIP("poppler-utils (pdftotext, pdfinfo) is not installed: packaging/install-deps.sh");
        const SummarySheet s = sheet(u"2024-950"_s);
        const QString pdf = pdfPath(u"long-summary.pdf"_s);
        const auto r = SummarySheetRenderer(m_options).savePdf({s}, pdf);
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QCOMPARE(r.value(), 1);
        QCOMPARE(pdfPages(pdf), 1);
        const QString text = pdfText(pdf);
        QVERIFY(text.contains(u"#2024-950"_s));
        QVERIFY(text.contains(pdfForm(s.incident.organization, font())));
        QVERIFY(text.contains(u"第1区画"_s));
        QVERIFY(!text.contains(u"第150区画"_s));
        QVERIFY(text.contains(squeezed(SummarySheetBuilder::tr("Source: %1").arg(u"long.txt"_s))));

        // Not one paragraph more would fit: the fit is the most that fits.
        QPdfWriter probe(pdfPath(u"probe.pdf"_s));
        probe.setPageLayout(SummarySheetRenderer::defaultPageLayout());
        probe.setResolution(600);
        const SummarySheetBuilder builder(m_options);
        const auto fit = builder.fit(s, &probe);
        QVERIFY(fit.ok());
        QVERIFY(fit->paragraphs > 5);
        QCOMPARE(builder.pageCount(s, fit.value(), &probe), 1);
        QVERIFY(builder.fitsOnePage(s, fit.value(), &probe));
        SheetDetail more = fit.value();
        more.paragraphs += 1;
        more.sentences = 0;
        QVERIFY(!builder.fitsOnePage(s, more, &probe));
    }

    // Whatever the paper, each incident takes exactly one page, its text inside the margins
    // and its footer at the bottom.
    void everyPaperOnePagePerIncident_data()
    {
        QTest::addColumn<QPageLayout>("layout");
        QTest::newRow("A4, 15 mm") << SummarySheetRenderer::defaultPageLayout();
        QTest::newRow("Letter, 1 inch")
            << QPageLayout(QPageSize(QPageSize::Letter), QPageLayout::Portrait,
                           QMarginsF(25.4, 25.4, 25.4, 25.4), QPageLayout::Millimeter);
        QTest::newRow("A5 landscape, 10 mm")
            << QPageLayout(QPageSize(QPageSize::A5), QPageLayout::Landscape,
                           QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter);
        QTest::newRow("A6, 8 mm") << QPageLayout(QPageSize(QPageSize::A6), QPageLayout::Portrait,
                                                 QMarginsF(8, 8, 8, 8), QPageLayout::Millimeter);
    }

    void everyPaperOnePagePerIncident()
    {
        if (tool(u"pdftotext"_s).isEmpty() || tool(u"pdfinfo"_s).isEmpty())
            QSKIP("poppler-utils is not installed");
        QFETCH(QPageLayout, layout);
        const QList<SummarySheet> sheets{sheet(u"2024-960"_s), sheet(u"2024-950"_s),
                                         sheet(u"2024-902"_s), sheet(u"2024-960"_s, 1)};
        const QString pdf = pdfPath(u"paper.pdf"_s);
        const auto r = SummarySheetRenderer(m_options).savePdf(sheets, pdf, layout);
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QCOMPARE(r.value(), 4);
        QCOMPARE(pdfPages(pdf), 4);
        for (int p = 1; p <= 4; ++p) {
            const QString text = squeezed(text::nfkc(QString::fromUtf8(
                run(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, u"-f"_s, QString::number(p), u"-l"_s,
                                     QString::number(p), pdf, u"-"_s}))));
            QVERIFY2(text.contains(u"#"_s + sheets[p - 1].incident.caseId), qPrintable(text));
            QVERIFY(text.contains(squeezed(SummaryDocumentBuilder(m_options).footerRight(p, 4))));
        }
        QSizeF size;
        const QList<Word> words = firstPageWords(pdf, &size);
        QVERIFY(words.size() > 20);
        const QRectF inside = layout.paintRect(QPageLayout::Point).adjusted(-0.5, -0.5, 0.5, 0.5);
        qreal lowest = 0;
        for (const Word &w : words) {
            QVERIFY2(inside.contains(w.box), qPrintable(w.text));
            lowest = std::max(lowest, w.box.bottom());
        }
        // The footer is the lowest line, within 5 mm of the bottom margin.
        QVERIFY2(inside.bottom() - lowest < 5 / 25.4 * 72,
                 qPrintable(u"%1 above %2"_s.arg(lowest).arg(inside.bottom())));
    }

    // The Full notice layout is still the whole notice, over as many pages as it takes.
    void fullNoticeStillPrintsEverything()
    {
        if (tool(u"pdftotext"_s).isEmpty() || tool(u"pdfinfo"_s).isEmpty())
            QSKIP("poppler-utils is not installed");
        const QString pdf = pdfPath(u"long-full.pdf"_s);
        const auto r = SummaryRenderer(m_options).savePdf({incident(u"2024-950"_s)}, pdf);
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QVERIFY(r.value() >= 3);
        QCOMPARE(pdfPages(pdf), r.value());
        const QString text = pdfText(pdf);
        for (int i = 1; i <= 150; ++i)
            QCOMPARE(text.count(u"第%1区画"_s.arg(i)), 1);
    }

    void labelsFollowTheUiLanguage()
    {
        if (tool(u"pdftotext"_s).isEmpty())
            QSKIP("poppler-utils is not installed");
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::Japanese, QLocale::Japan));
        QVERIFY(Translations::install());
        const QString pdf = pdfPath(u"japanese.pdf"_s);
        const auto r = SummarySheetRenderer(m_options).savePdf({sheet(u"2024-960"_s)}, pdf);
        QLocale::setDefault(before);
        Translations::install();
        QVERIFY2(r.ok(), qPrintable(r.error()));
        const QString text = pdfText(pdf);
        for (const QString &label :
             {u"事件簿番号"_s, u"発表日"_s, u"発覚日"_s, u"発生日"_s, u"公表までの日数"_s,
              u"18日"_s, u"原因"_s, u"業種"_s, u"件数"_s, u"漏えいした情報"_s, u"委託先・第三者"_s,
              u"経緯"_s, u"この事件簿の他の投稿"_s, u"本文(冒頭)"_s, u"出典"_s,
              u"印刷日2024-09-15"_s})
            QVERIFY2(text.contains(pdfForm(label, font())), qPrintable(label + u'\n' + text));
        QVERIFY(!text.contains(u"Announced"_s));
    }

    // Every seed incident, printed on its own as `jikenbo-cli print KEY --pdf` does, is one
    // page with its facts on it.
    void everySeedIncidentIsOnePage()
    {
        JIKENBO_REQUIRE_SHARED();
        if (tool(u"pdftotext"_s).isEmpty() || tool(u"pdfinfo"_s).isEmpty())
            QSKIP("poppler-utils is not installed");
        const QString path = pdfPath(u"seeds.sqlite"_s);
        QVERIFY(test::importSeeds(path) > 0);
        auto db = test::openDb(path);
        QVERIFY(db);
        auto all = IncidentQuery::fetch(*db, Query{});
        QVERIFY2(all.ok(), qPrintable(all.error()));
        QStringList keys;
        for (const IncidentRecord &r : all.value())
            keys << r.key;
        QVERIFY(keys.size() >= 70);
        const auto sheets = SummarySheet::load(*db, keys);
        QVERIFY2(sheets.ok(), qPrintable(sheets.error()));

        const Taxonomy &tax = Taxonomy::builtIn();
        const SummarySheetBuilder builder(m_options);
        const QLocale locale;
        int onePage = 0;
        QElapsedTimer timer;
        timer.start();
        for (const SummarySheet &s : sheets.value()) {
            const IncidentRecord &r = s.incident;
            const QString pdf = pdfPath(u"seed-%1.pdf"_s.arg(r.key));
            const auto written = SummarySheetRenderer(m_options).savePdf({s}, pdf);
            QVERIFY2(written.ok(), qPrintable(r.key + u": "_s + written.error()));
            const int pages = pdfPages(pdf);
            QVERIFY2(pages == 1, qPrintable(u"%1: %2 pages"_s.arg(r.key).arg(pages)));
            ++onePage;

            const QString text = pdfText(pdf);
            QStringList expected{u"#"_s + r.caseId, pdfForm(r.organization, font()),
                                 pdfForm(r.title, font()), pdfForm(tax.causeName(r.cause), font()),
                                 pdfForm(tax.sectorName(r.sector), font())};
            if (r.announcedOn.isValid())
                expected << r.announcedOn.toString(Qt::ISODate);
            const NoticeTimeline &t = s.facts.timeline;
            if (t.discovered.isValid())
                expected << t.discovered.date.toString(Qt::ISODate);
            if (t.occurred.isValid())
                expected << t.occurred.date.toString(Qt::ISODate);
            if (const auto days = t.disclosureDays())
                expected << squeezed(SummarySheetBuilder::tr("%n day(s)", nullptr, *days));
            expected << squeezed(r.affected ? locale.toString(*r.affected)
                                            : SummarySheetBuilder::tr("unknown"));
            for (const FoundDataKind &k : s.facts.dataKinds)
                expected << pdfForm(DataKindVocabulary::builtIn().name(k.key), font());
            expected << pdfForm(
                s.facts.thirdParty.viaContractor
                    ? SummarySheetBuilder::tr("yes (%1)").arg(s.facts.thirdParty.cue)
                    : SummarySheetBuilder::tr("none named in the notice"),
                font());
            for (const IncidentRecord &p : s.casePosts)
                expected << pdfForm(p.title, font());
            expected << squeezed(QFileInfo(r.source).fileName());
            // The notice's first paragraph, at least its first sentence.
            const QStringList paragraphs = SummarySheetBuilder::paragraphs(r.body);
            if (!paragraphs.isEmpty())
                expected << pdfForm(SummarySheetBuilder::sentences(paragraphs.first()).first(),
                                    font());
            for (const QString &e : std::as_const(expected))
                QVERIFY2(text.contains(e), qPrintable(r.key + u": "_s + e + u"\n"_s + text));
        }
        qInfo("%d/%d seed incidents on one page each (%lld ms)", onePage, int(keys.size()),
              timer.elapsed());
    }
};

QTEST_MAIN(TestSummarySheet)
#include "tst_summarysheet.moc"
