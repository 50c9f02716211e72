// SPDX-License-Identifier: GPL-3.0-or-later
// Printed summaries: the document builder, and PDFs checked with poppler (pdfinfo, pdftotext,
// pdffonts): page counts, the header band and "Page X / Y" on every page, one incident per
// page run, embedded Japanese fonts, text inside the margins, text never read as HTML.
#include "ReportFixtures.h"
#include "SummaryDocumentBuilder.h"
#include "SummaryRenderer.h"
#include "TestSupport.h"
#include "core/TextUtil.h"
#include "core/Translations.h"
#include "report/NoticeDates.h"

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

// Qt's PDF writer maps each glyph back to the lowest code point the font draws with it, so
// kanji that share a glyph with a radical come out as the radical (⼤ for 大, ⺠ for 民).
// NFKC turns the Kangxi radicals back into kanji; the CJK Radicals Supplement has no such
// mapping, so expected text is folded the way the writer folds it, then NFKC'd too.
QString pdfForm(const QString &expected, const QFont &font)
{
    static QHash<quint32, char16_t> lowest;
    if (lowest.isEmpty()) {
        const QRawFont raw = QRawFont::fromFont(font);
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
    const QRawFont raw = QRawFont::fromFont(font);
    const QList<quint32> glyphs = raw.glyphIndexesForString(expected);
    QString out = expected;
    for (qsizetype i = 0; i < out.size() && i < glyphs.size(); ++i) {
        if (!out[i].isSurrogate() && lowest.contains(glyphs[i]))
            out[i] = QChar(lowest.value(glyphs[i]));
    }
    return text::nfkc(out);
}

QString pdfText(const QString &pdf, int page = 0)
{
    QStringList args{u"-enc"_s, u"UTF-8"_s};
    if (page > 0)
        args << u"-f"_s << QString::number(page) << u"-l"_s << QString::number(page);
    args << pdf << u"-"_s;
    return text::nfkc(QString::fromUtf8(run(u"pdftotext"_s, args)));
}

int pdfPages(const QString &pdf)
{
    static const QRegularExpression re(u"^Pages:\\s+(\\d+)"_s, QRegularExpression::MultilineOption);
    const auto m = re.match(QString::fromUtf8(run(u"pdfinfo"_s, {pdf})));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

struct Box
{
    qreal xMin, yMin, xMax, yMax;
};

// Word boxes per page, in points, from pdftotext -bbox.
QList<QList<Box>> wordBoxes(const QString &pdf, QSizeF *pageSize)
{
    QList<QList<Box>> pages;
    QXmlStreamReader xml(run(u"pdftotext"_s, {u"-bbox"_s, pdf, u"-"_s}));
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto a = xml.attributes();
        if (xml.name() == u"page"_s) {
            pages.append(QList<Box>());
            *pageSize = QSizeF(a.value(u"width"_s).toDouble(), a.value(u"height"_s).toDouble());
        } else if (xml.name() == u"word"_s && !pages.isEmpty()) {
            pages.last().append({a.value(u"xMin"_s).toDouble(), a.value(u"yMin"_s).toDouble(),
                                 a.value(u"xMax"_s).toDouble(), a.value(u"yMax"_s).toDouble()});
        }
    }
    return pages;
}

} // namespace

class TestSummary : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    SummaryOptions m_options;

    IncidentRecord incident(const QString &caseId)
    {
        IncidentStore store(*m_db);
        auto r = store.byCaseId(caseId, true);
        return r.ok() && !r->isEmpty() ? r->first() : IncidentRecord();
    }

    QString pdfPath(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // JIKENBO_KEEP_TEST_FILES=1 keeps the PDFs to look at (the path is printed).
        if (!qEnvironmentVariableIsEmpty("JIKENBO_KEEP_TEST_FILES")) {
            m_dir.setAutoRemove(false);
            qInfo("PDFs kept in %s", qPrintable(m_dir.path()));
        }
        m_db = test::openDb(m_dir.filePath(u"summary.sqlite"_s));
        QVERIFY(m_db);
        QVERIFY(test::importText(*m_db, test::reportFixturePage(), u"fixture.txt"_s));
        QVERIFY(test::importText(*m_db, test::longNoticePage(150), u"long.txt"_s));
        IncidentStore store(*m_db);
        QVERIFY(store
                    .setNote(incident(u"2024-902"_s).key,
                             u"区の担当者に確認済み。<i>再発防止策</i>の報告待ち。"_s)
                    .ok());
        m_options.databaseName = u"summary.sqlite"_s;
        m_options.printDate = QDate(2024, 7, 15);
    }

    void bodyIsPlainTextNeverHtml()
    {
        const SummaryDocumentBuilder builder(m_options);
        const IncidentRecord a = incident(u"2024-901"_s);
        const auto doc = builder.body(a);
        const QString text = doc->toPlainText();
        QVERIFY(text.contains(u"<b>太字にならない</b> &amp; <script>alert(1)</script>"_s));
        QVERIFY(doc->toHtml().contains(u"&lt;b&gt;太字にならない&lt;/b&gt;"_s));
        const auto note = builder.body(incident(u"2024-902"_s));
        QVERIFY(note->toPlainText().contains(u"<i>再発防止策</i>"_s));
    }

    void fieldTableHasDatesCauseAndSource()
    {
        const SummaryDocumentBuilder builder(m_options);
        const auto rows = builder.fields(incident(u"2024-903"_s));
        QHash<QString, QString> f;
        for (const auto &r : rows)
            f.insert(r.first, r.second);
        QCOMPARE(f.value(SummaryDocumentBuilder::tr("Announced")), u"2024-06-05"_s);
        QVERIFY(f.value(NoticeDates::kindName(KeyDate::Occurred)).startsWith(u"2024-06-01"_s));
        QVERIFY(f.value(NoticeDates::kindName(KeyDate::Restored)).startsWith(u"2024-06-03"_s));
        QVERIFY(f.value(SummaryDocumentBuilder::tr("Cause"))
                    .contains(Taxonomy::builtIn().causeName(u"ransomware"_s)));
        QCOMPARE(f.value(SummaryDocumentBuilder::tr("Source")), u"fixture.txt"_s);

        const auto timeline = builder.body(incident(u"2024-901"_s))->toPlainText();
        QVERIFY(timeline.contains(SummaryDocumentBuilder::tr("Timeline")));
        QVERIFY(timeline.contains(u"受信した取引先からの連絡により誤送信が判明"_s));
    }

    // The era option (View → Show Japanese Era Dates, jikenbo-cli print --era): every date of
    // the field table and the timeline gets its era beside it; without it, none does.
    void eraBesideDatesWhenAsked()
    {
        SummaryOptions withEra = m_options;
        withEra.showEra = true;
        const SummaryDocumentBuilder plain(m_options);
        const SummaryDocumentBuilder era(withEra);
        QCOMPARE(era.date(QDate(2024, 6, 5)), u"2024-06-05 (令和6年6月5日)"_s);
        QCOMPARE(era.date(QDate(2019, 5, 1)), u"2019-05-01 (令和元年5月1日)"_s);
        QCOMPARE(era.date(QDate(2019, 4, 30)), u"2019-04-30 (平成31年4月30日)"_s);
        QCOMPARE(era.date(QDate()), u"—"_s);
        QCOMPARE(plain.date(QDate(2024, 6, 5)), u"2024-06-05"_s);

        auto fields = [](const SummaryDocumentBuilder &b, const IncidentRecord &r) {
            QHash<QString, QString> f;
            for (const auto &row : b.fields(r))
                f.insert(row.first, row.second);
            return f;
        };
        const IncidentRecord r = incident(u"2024-903"_s);
        const auto on = fields(era, r);
        QCOMPARE(on.value(SummaryDocumentBuilder::tr("Announced")),
                 u"2024-06-05 (令和6年6月5日)"_s);
        QVERIFY(on.value(NoticeDates::kindName(KeyDate::Occurred))
                    .startsWith(u"2024-06-01 (令和6年6月1日)"_s));
        const auto off = fields(plain, r);
        QCOMPARE(off.value(SummaryDocumentBuilder::tr("Announced")), u"2024-06-05"_s);
        for (const QString &v : off)
            QVERIFY2(!v.contains(u"令和"_s), qPrintable(v));

        const QString timeline = era.body(incident(u"2024-901"_s))->toPlainText();
        QVERIFY2(timeline.contains(u"2024-05-22 (令和6年5月22日)"_s), qPrintable(timeline));
        QVERIFY(!plain.body(incident(u"2024-901"_s))->toPlainText().contains(u"令和6年5月22日"_s));

        // And in the PDF, as `jikenbo-cli print --era` writes it.
        if (tool(u"pdftotext"_s).isEmpty())
            QSKIP("poppler-utils is not installed");
        const QString pdf = pdfPath(u"era.pdf"_s);
        const auto written = SummaryRenderer(withEra).savePdf({r}, pdf);
        QVERIFY2(written.ok(), qPrintable(written.error()));
        const QString text = pdfText(pdf);
        const QFont font = era.font(10);
        QVERIFY2(text.contains(pdfForm(u"令和6年6月5日"_s, font)), qPrintable(text));
    }

    void shortNoticeIsOnePage()
    {
        if (tool(u"pdftotext"_s).isEmpty() || tool(u"pdfinfo"_s).isEmpty())
            QSKIP("poppler-utils (pdftotext, pdfinfo) is not installed: packaging/install-deps.sh");
        const IncidentRecord b = incident(u"2024-902"_s);
        const QString pdf = pdfPath(u"short.pdf"_s);
        const auto r = SummaryRenderer(m_options).savePdf({b}, pdf);
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QCOMPARE(r.value(), 1);
        QCOMPARE(pdfPages(pdf), 1);
        const QString text = pdfText(pdf);
        const QFont font = SummaryDocumentBuilder(m_options).font(10);
        QVERIFY2(text.contains(pdfForm(b.organization, font)), qPrintable(text));
        QVERIFY2(text.contains(pdfForm(b.title, font)), qPrintable(text));
        QVERIFY(text.contains(u"#2024-902"_s));
        QVERIFY(
            text.contains(pdfForm(u"区の担当者に確認済み。<i>再発防止策</i>の報告待ち。"_s, font)));
        QVERIFY(text.contains(SummaryDocumentBuilder(m_options).footerRight(1, 1)));
        QVERIFY(text.contains(u"2024-07-15"_s));
        QVERIFY(text.contains(u"summary.sqlite"_s));
    }

    void longNoticeFlowsWithTheHeaderOnEveryPage()
    {
        if (tool(u"pdftotext"_s).isEmpty() || tool(u"pdfinfo"_s).isEmpty())
            QSKIP("poppler-utils is not installed");
        const IncidentRecord l = incident(u"2024-950"_s);
        QVERIFY(!l.body.isEmpty());
        const QString pdf = pdfPath(u"long.pdf"_s);
        const auto r = SummaryRenderer(m_options).savePdf({l}, pdf);
        QVERIFY2(r.ok(), qPrintable(r.error()));
        const int pages = r.value();
        QVERIFY2(pages >= 3 && pages <= 12, qPrintable(QString::number(pages)));
        QCOMPARE(pdfPages(pdf), pages);
        const SummaryDocumentBuilder builder(m_options);
        for (int p = 1; p <= pages; ++p) {
            const QString text = pdfText(pdf, p);
            QVERIFY2(text.contains(u"#2024-950"_s), qPrintable(text.left(200)));
            QVERIFY(text.contains(pdfForm(l.organization, builder.font(10))));
            QVERIFY(text.contains(builder.footerRight(p, pages)));
        }
        // Every paragraph once: no line lost or doubled where pages break.
        const QString all = pdfText(pdf);
        for (int i = 1; i <= 150; ++i) {
            const QString mark = u"第%1区画"_s.arg(i);
            QCOMPARE(all.count(mark), 1);
        }
        QVERIFY(all.contains(u"以上"_s));
    }

    void severalIncidentsEachStartANewPage()
    {
        if (tool(u"pdftotext"_s).isEmpty() || tool(u"pdfinfo"_s).isEmpty())
            QSKIP("poppler-utils is not installed");
        const QList<IncidentRecord> list{incident(u"2024-901"_s), incident(u"2024-950"_s),
                                         incident(u"2024-902"_s)};
        QPdfWriter probe(pdfPath(u"probe.pdf"_s));
        probe.setPageLayout(SummaryRenderer::defaultPageLayout());
        probe.setResolution(600);
        const auto counts = SummaryRenderer(m_options).pageCounts(list, &probe);
        QVERIFY(counts.ok());
        QCOMPARE(counts->at(0), 1);
        QCOMPARE(counts->at(2), 1);
        const int total = counts->at(0) + counts->at(1) + counts->at(2);

        const QString pdf = pdfPath(u"several.pdf"_s);
        const auto r = SummaryRenderer(m_options).savePdf(list, pdf);
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QCOMPARE(r.value(), total);
        QCOMPARE(pdfPages(pdf), total);
        const QString first = pdfText(pdf, 1);
        QVERIFY(first.contains(u"#2024-901"_s));
        QVERIFY(!first.contains(u"#2024-950"_s));
        const QString second = pdfText(pdf, 2);
        QVERIFY(second.contains(u"#2024-950"_s));
        QVERIFY(!second.contains(u"#2024-901"_s));
        const QString last = pdfText(pdf, total);
        QVERIFY(last.contains(u"#2024-902"_s));
        QVERIFY(!last.contains(u"#2024-950"_s));
        QVERIFY(last.contains(SummaryDocumentBuilder(m_options).footerRight(total, total)));
    }

    void japaneseFontIsEmbedded()
    {
        if (tool(u"pdffonts"_s).isEmpty())
            QSKIP("poppler-utils is not installed");
        const QString pdf = pdfPath(u"short.pdf"_s);
        if (!QFile::exists(pdf))
            QVERIFY(SummaryRenderer(m_options).savePdf({incident(u"2024-902"_s)}, pdf).ok());
        const QStringList lines = QString::fromUtf8(run(u"pdffonts"_s, {pdf})).split(u'\n');
        bool noto = false;
        for (const QString &line : lines.mid(2)) {
            if (line.trimmed().isEmpty())
                continue;
            const QStringList cols = line.simplified().split(u' ');
            // name type... encoding emb sub uni object ID: emb is the 5th field from the end.
            QVERIFY2(cols.size() >= 6 && cols.at(cols.size() - 5) == u"yes"_s, qPrintable(line));
            noto = noto || line.contains(u"NotoSansCJK"_s);
        }
        QVERIFY2(noto, qPrintable(lines.join(u'\n')));
    }

    void textStaysInsideTheMargins_data()
    {
        QTest::addColumn<QPageLayout>("layout");
        QTest::newRow("A4, 15 mm") << SummaryRenderer::defaultPageLayout();
        QTest::newRow("Letter, 1 inch")
            << QPageLayout(QPageSize(QPageSize::Letter), QPageLayout::Portrait,
                           QMarginsF(25.4, 25.4, 25.4, 25.4), QPageLayout::Millimeter);
        QTest::newRow("A5 landscape, 10 mm")
            << QPageLayout(QPageSize(QPageSize::A5), QPageLayout::Landscape,
                           QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter);
    }

    void textStaysInsideTheMargins()
    {
        if (tool(u"pdftotext"_s).isEmpty())
            QSKIP("poppler-utils is not installed");
        QFETCH(QPageLayout, layout);
        const QString pdf = pdfPath(u"margins.pdf"_s);
        const auto r = SummaryRenderer(m_options).savePdf(
            {incident(u"2024-901"_s), incident(u"2024-950"_s)}, pdf, layout);
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QSizeF size;
        const auto pages = wordBoxes(pdf, &size);
        QCOMPARE(pages.size(), r.value());
        const QSizeF expected = layout.fullRect(QPageLayout::Point).size();
        QVERIFY(qAbs(size.width() - expected.width()) < 1);
        QVERIFY(qAbs(size.height() - expected.height()) < 1);
        const QRectF inside = layout.paintRect(QPageLayout::Point).adjusted(-0.5, -0.5, 0.5, 0.5);
        int words = 0;
        for (const auto &page : pages) {
            QVERIFY(!page.isEmpty());
            for (const Box &b : page) {
                ++words;
                QVERIFY2(b.xMin >= inside.left() && b.xMax <= inside.right() &&
                             b.yMin >= inside.top() && b.yMax <= inside.bottom(),
                         qPrintable(u"word at %1,%2–%3,%4 outside %5,%6–%7,%8"_s.arg(b.xMin)
                                        .arg(b.yMin)
                                        .arg(b.xMax)
                                        .arg(b.yMax)
                                        .arg(inside.left())
                                        .arg(inside.top())
                                        .arg(inside.right())
                                        .arg(inside.bottom())));
            }
        }
        QVERIFY(words > 100);
    }

    void labelsFollowTheUiLanguage()
    {
        if (tool(u"pdftotext"_s).isEmpty())
            QSKIP("poppler-utils is not installed");
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::Japanese, QLocale::Japan));
        QVERIFY(Translations::install());
        const QString pdf = pdfPath(u"japanese.pdf"_s);
        const auto r = SummaryRenderer(m_options).savePdf({incident(u"2024-903"_s)}, pdf);
        QLocale::setDefault(before);
        Translations::install();
        QVERIFY2(r.ok(), qPrintable(r.error()));
        const QString text = pdfText(pdf);
        const QFont font = SummaryDocumentBuilder(m_options).font(10);
        for (const QString &label :
             {u"事件簿番号"_s, u"組織"_s, u"件名"_s, u"発表日"_s, u"発生日"_s, u"復旧日"_s,
              u"原因"_s, u"業種"_s, u"件数"_s, u"出典"_s, u"本文"_s, u"ランサムウェア"_s,
              u"医療機関"_s, u"1 / 1 ページ"_s, u"印刷日 2024-07-15"_s})
            QVERIFY2(text.contains(pdfForm(label, font)), qPrintable(label + u'\n' + text));
        QVERIFY(!text.contains(u"Announced"_s));
        // And back in English.
        QCOMPARE(SummaryDocumentBuilder::tr("Announced"), u"Announced"_s);
    }

    void unwritablePdfIsAOneLineError()
    {
        const QString path = m_dir.filePath(u"summary.sqlite"_s) + u"/x.pdf"_s;
        const auto r = SummaryRenderer(m_options).savePdf({incident(u"2024-902"_s)}, path);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(path), qPrintable(r.error()));
        QVERIFY(!r.error().contains(u'\n'));
    }
};

QTEST_MAIN(TestSummary)
#include "tst_summary.moc"
