// SPDX-License-Identifier: GPL-3.0-or-later
#include "SummarySheetBuilder.h"

#include "DocumentParts.h"
#include "SummaryDocumentBuilder.h"
#include "classify/Taxonomy.h"
#include "ingest/CountExtractor.h"
#include "report/NoticeDates.h"

#include <QAbstractTextDocumentLayout>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

using namespace Qt::StringLiterals;

namespace jikenbo {

using namespace docparts;

namespace {

constexpr qreal SmallestPointSize = 7.5;
constexpr int FewestEvents = 4;
constexpr int FewestPosts = 3;
// Kept free below the footer: the block that starts the next sheet must fit above the page
// end, or the layout would move it to the next page and its page break add one more.
constexpr qreal ReserveMm = 2;

qreal mmToDevice(qreal mm, const QPaintDevice *device)
{
    return mm / 25.4 * device->logicalDpiY();
}

void prepare(QTextDocument *doc, QPagedPaintDevice *device)
{
    doc->documentLayout()->setPaintDevice(device);
    doc->setPageSize(QSizeF(device->width(), device->height()));
}

// The largest n in [low, high] for which fits(n), given fits(low); fits is monotonic.
template<typename Fits> int largestFitting(int low, int high, Fits fits)
{
    while (low < high) {
        const int mid = low + (high - low + 1) / 2;
        if (fits(mid))
            low = mid;
        else
            high = mid - 1;
    }
    return low;
}

// A new block for what follows, or the empty one a table leaves after itself: no blank line.
void nextBlock(QTextCursor &c, const QTextBlockFormat &format)
{
    if (c.block().length() <= 1 && c.block().previous().isValid())
        c.setBlockFormat(format);
    else
        c.insertBlock(format);
}

void headingBlock(QTextCursor &c, const QString &text, const QFont &font, qreal top, qreal bottom)
{
    QTextBlockFormat bf;
    bf.setTopMargin(top);
    bf.setBottomMargin(bottom);
    nextBlock(c, bf);
    QTextCharFormat cf;
    cf.setFont(font);
    cf.setForeground(HeadingText);
    c.setBlockCharFormat(cf);
    c.insertText(text, cf);
}

bool isJapaneseUi()
{
    return QLocale().language() == QLocale::Japanese;
}

QString listJoin(const QStringList &items)
{
    return items.join(isJapaneseUi() ? u"、"_s : u", "_s);
}

} // namespace

SummarySheetBuilder::SummarySheetBuilder(const SummaryOptions &options)
    : m_options(options)
{
}

QFont SummarySheetBuilder::font(qreal pointSize, bool bold) const
{
    return SummaryDocumentBuilder(m_options).font(pointSize, bold);
}

QStringList SummarySheetBuilder::paragraphs(const QString &body)
{
    QStringList out;
    QString text = body;
    text.replace(u"\r\n"_s, u"\n"_s);
    text.replace(u'\r', u'\n');
    for (const QString &line : text.split(u'\n')) {
        const QString t = line.trimmed();
        if (!t.isEmpty())
            out << t;
    }
    return out;
}

QStringList SummarySheetBuilder::sentences(const QString &paragraph)
{
    static const QString ends = u"。．！？!?"_s;
    QStringList out;
    qsizetype start = 0;
    for (qsizetype i = 0; i < paragraph.size(); ++i) {
        if (!ends.contains(paragraph[i]))
            continue;
        // Closing brackets and quotes stay with their sentence.
        while (i + 1 < paragraph.size() && u"」』）)】"_s.contains(paragraph[i + 1]))
            ++i;
        out << paragraph.sliced(start, i + 1 - start);
        start = i + 1;
    }
    if (start < paragraph.size())
        out << paragraph.sliced(start);
    return out;
}

QList<SheetFact> SummarySheetBuilder::facts(const SummarySheet &sheet) const
{
    const IncidentRecord &r = sheet.incident;
    const NoticeTimeline &t = sheet.facts.timeline;
    const SummaryDocumentBuilder dates(m_options);
    const Taxonomy &tax = Taxonomy::builtIn();
    const QLocale locale;
    QList<SheetFact> rows;

    auto timelineDate = [&](const QString &label, const TimelineDate &d) {
        if (!d.isValid())
            return SheetFact{label, tr("unknown"), tr("the notice does not say")};
        return SheetFact{label, dates.date(d.date), tr("%1: “%2”").arg(d.cue, d.evidence)};
    };
    rows << SheetFact{SummaryDocumentBuilder::tr("Announced"), dates.date(r.announcedOn), {}};
    rows << timelineDate(NoticeDates::kindName(KeyDate::Discovered), t.discovered);
    rows << timelineDate(NoticeDates::kindName(KeyDate::Occurred), t.occurred);
    if (const auto days = t.disclosureDays()) {
        rows << SheetFact{tr("Days to disclosure"), tr("%n day(s)", nullptr, *days),
                          tr("from discovery (%1) to announcement (%2)")
                              .arg(dates.date(t.discovered.date), dates.date(t.announced))};
    } else {
        rows << SheetFact{tr("Days to disclosure"), tr("unknown"),
                          tr("needs the dates of discovery and announcement")};
    }

    // The cause, and why it is that one.
    const QJsonObject model = r.causeExplain.value(u"model"_s).toObject();
    QString origin;
    if (r.causeOrigin == u"label"_s)
        origin = tr("from the source label %1").arg(r.causeLabel);
    else if (r.causeOrigin == u"user"_s)
        origin = tr("set by you; imported as %1").arg(tax.causeName(r.causeAuto));
    else if (model.value(u"decided"_s).toBool())
        origin = tr("by the learned model, probability %1")
                     .arg(locale.toString(r.causeConfidence, 'f', 2));
    else
        origin = tr("by the rules, confidence %1").arg(locale.toString(r.causeConfidence, 'f', 2));
    QStringList fired;
    for (const QJsonValue &v : r.causeExplain.value(u"rules"_s).toArray())
        fired << v.toObject().value(u"rule"_s).toString();
    QString why;
    if (!fired.isEmpty()) {
        why =
            tr("rules that matched: %1 (they say %2)")
                .arg(fired.join(u", "_s), tax.causeName(r.causeExplain.value(u"key"_s).toString()));
    }
    rows << SheetFact{SummaryDocumentBuilder::tr("Cause"),
                      tr("%1 (%2)").arg(tax.causeName(r.cause), origin), why};
    rows << SheetFact{SummaryDocumentBuilder::tr("Sector"), tax.sectorName(r.sector), {}};

    // Affected, with its evidence, or why it is unknown.
    if (r.affected) {
        QString value = locale.toString(*r.affected);
        if (!r.affectedEvidence.isEmpty())
            value += u"  (“"_s + r.affectedEvidence + u"”)"_s;
        const QString others = CountExtractor::describeCandidates(r.affectedCandidates, true);
        rows << SheetFact{SummaryDocumentBuilder::tr("Affected"), value,
                          others.isEmpty() ? QString() : tr("other counts: %1").arg(others)};
    } else if (!r.affectedCandidates.isEmpty()) {
        rows << SheetFact{SummaryDocumentBuilder::tr("Affected"),
                          tr("unknown — candidates: %1")
                              .arg(CountExtractor::describeCandidates(r.affectedCandidates, false)),
                          {}};
    } else {
        rows << SheetFact{SummaryDocumentBuilder::tr("Affected"), tr("unknown"),
                          tr("the notice states no count")};
    }

    // Kinds of data, each named once, with the lines they were named in.
    const DataKindVocabulary &vocabulary = DataKindVocabulary::builtIn();
    QStringList kinds;
    QStringList evidence;
    for (const FoundDataKind &k : sheet.facts.dataKinds) {
        kinds << vocabulary.name(k.key);
        const QString e = u"“"_s + k.evidence + u"”"_s;
        if (!evidence.contains(e))
            evidence << e;
    }
    if (kinds.isEmpty()) {
        rows << SheetFact{tr("Data leaked"), tr("not stated"), {}};
    } else {
        while (evidence.size() > 2)
            evidence.removeLast();
        rows << SheetFact{tr("Data leaked"), listJoin(kinds), evidence.join(u" "_s)};
    }

    const ThirdPartyFinding &tp = sheet.facts.thirdParty;
    if (tp.viaContractor) {
        rows << SheetFact{tr("Contractor / third party"), tr("yes (%1)").arg(tp.cue),
                          u"“"_s + tp.evidence + u"”"_s};
    } else {
        rows << SheetFact{tr("Contractor / third party"), tr("none named in the notice"), {}};
    }
    if (!r.labels.isEmpty())
        rows << SheetFact{SummaryDocumentBuilder::tr("Labels"), listJoin(r.labels), {}};
    return rows;
}

SheetDetail SummarySheetBuilder::fullDetail(const SummarySheet &sheet) const
{
    SheetDetail d;
    d.paragraphs = int(paragraphs(sheet.incident.body).size());
    d.timelineEvents =
        std::min(int(NoticeDates::timeline(sheet.incident.body).size()), MaxTimelineEvents);
    d.casePosts = std::min(int(sheet.casePosts.size()), MaxCasePosts);
    d.pointSize = m_options.pointSize - 0.5;
    return d;
}

SummarySheetBuilder::Written SummarySheetBuilder::write(QTextCursor &c, const SummarySheet &sheet,
                                                        const SheetDetail &detail, int index,
                                                        int count, bool newPage) const
{
    const IncidentRecord &r = sheet.incident;
    const qreal pt = detail.pointSize;
    const SummaryDocumentBuilder base(m_options);
    QTextCharFormat label;
    label.setFont(font(pt - 0.5));
    label.setForeground(LabelText);
    QTextCharFormat value;
    value.setFont(font(pt));
    QTextCharFormat small;
    small.setFont(font(pt - 1.5));
    small.setForeground(LabelText);
    const QFont headingFont = font(pt + 1, true);

    // The block the sheet starts in: on a page of its own after the first sheet.
    // Its height is the same in every document: the sheet measured alone is the sheet printed.
    QTextBlockFormat first;
    if (newPage)
        first.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    c.setBlockFormat(first);
    QTextCharFormat firstChars;
    firstChars.setFont(font(2));
    c.setBlockCharFormat(firstChars);

    // Header band.
    QTextTable *band = c.insertTable(2, 4,
                                     tableFormat({QTextLength(QTextLength::PercentageLength, 12),
                                                  QTextLength(QTextLength::PercentageLength, 16),
                                                  QTextLength(QTextLength::PercentageLength, 8),
                                                  QTextLength(QTextLength::PercentageLength, 64)},
                                                 px(0.75), px(3)));
    band->mergeCells(1, 1, 1, 3);
    QTextCharFormat strong;
    strong.setFont(font(pt + 1.5, true));
    QTextCharFormat org;
    org.setFont(font(pt + 1));
    QTextCharFormat title;
    title.setFont(font(pt + 3, true));
    cellText(band, 0, 0, SummaryDocumentBuilder::tr("Case no."), label, BandBackground);
    cellText(band, 0, 1, u"#"_s + r.caseId, strong, BandBackground);
    cellText(band, 0, 2, SummaryDocumentBuilder::tr("Org."), label, BandBackground);
    cellText(band, 0, 3, r.organization, org, BandBackground);
    cellText(band, 1, 0, SummaryDocumentBuilder::tr("Subject"), label, BandBackground);
    cellText(band, 1, 1, r.title, title, BandBackground);
    c.movePosition(QTextCursor::End);

    // Key facts.
    headingBlock(c, tr("Key facts"), headingFont, px(8), px(2));
    const QList<SheetFact> rows = facts(sheet);
    const QList<QTextLength> twoColumns{QTextLength(QTextLength::PercentageLength, 20),
                                        QTextLength(QTextLength::PercentageLength, 80)};
    QTextTable *t = c.insertTable(int(rows.size()), 2, tableFormat(twoColumns, px(0.5), px(2)));
    for (int i = 0; i < rows.size(); ++i) {
        cellText(t, i, 0, rows[i].label, label, LabelBackground);
        QTextCursor cell = t->cellAt(i, 1).firstCursorPosition();
        putText(cell, rows[i].value, value);
        if (detail.evidence && !rows[i].evidence.isEmpty()) {
            cell.insertBlock();
            putText(cell, rows[i].evidence, small);
        }
    }
    c.movePosition(QTextCursor::End);

    // A short timeline: the dated events of the notice.
    const QList<TimelineEvent> events = NoticeDates::timeline(r.body);
    if (detail.timelineEvents > 0 && !events.isEmpty()) {
        headingBlock(c, SummaryDocumentBuilder::tr("Timeline"), headingFont, px(8), px(2));
        const int shown = std::min(detail.timelineEvents, int(events.size()));
        const int more = int(events.size()) - shown;
        QTextTable *tl =
            c.insertTable(shown + (more > 0 ? 1 : 0), 2, tableFormat(twoColumns, px(0.5), px(1.5)));
        for (int i = 0; i < shown; ++i) {
            cellText(tl, i, 0, base.date(events[i].date), value);
            cellText(tl, i, 1, events[i].text, value);
        }
        if (more > 0) {
            cellText(tl, shown, 0, u"…"_s, small);
            cellText(tl, shown, 1, tr("%n more dated event(s) in the notice", nullptr, more),
                     small);
        }
        c.movePosition(QTextCursor::End);
    }

    // The case's other posts: the first notice, 続報, 調査結果 …
    headingBlock(c, tr("Other posts of case #%1").arg(r.caseId), headingFont, px(8), px(2));
    if (sheet.casePosts.isEmpty() || detail.casePosts <= 0) {
        c.insertBlock(QTextBlockFormat());
        c.insertText(sheet.casePosts.isEmpty()
                         ? tr("None in the database.")
                         : tr("%n post(s) in the database.", nullptr, int(sheet.casePosts.size())),
                     small);
    } else {
        const int shown = std::min(detail.casePosts, int(sheet.casePosts.size()));
        const int more = int(sheet.casePosts.size()) - shown;
        QTextTable *pt2 =
            c.insertTable(shown + (more > 0 ? 1 : 0), 2, tableFormat(twoColumns, px(0.5), px(1.5)));
        for (int i = 0; i < shown; ++i) {
            const IncidentRecord &p = sheet.casePosts[i];
            QString what = p.title;
            if (p.followUp)
                what += u"  "_s + tr("(follow-up)");
            else if (r.followUp)
                what += u"  "_s + tr("(first notice)");
            cellText(pt2, i, 0, base.date(p.announcedOn.isValid() ? p.announcedOn : p.postedOn),
                     value);
            cellText(pt2, i, 1, what, value);
        }
        if (more > 0) {
            cellText(pt2, shown, 0, u"…"_s, small);
            cellText(pt2, shown, 1, tr("%n more post(s)", nullptr, more), small);
        }
        c.movePosition(QTextCursor::End);
    }

    // The opening of the notice.
    headingBlock(c, tr("Notice (opening)"), headingFont, px(8), px(2));
    const QStringList paras = paragraphs(r.body);
    QTextBlockFormat para;
    para.setBottomMargin(px(2));
    para.setLineHeight(112, QTextBlockFormat::ProportionalHeight);
    const int whole = std::min(detail.paragraphs, int(paras.size()));
    for (int i = 0; i < whole; ++i) {
        c.insertBlock(para);
        c.insertText(paras[i], value);
    }
    int left = int(paras.size()) - whole;
    if (left > 0 && detail.sentences > 0) {
        const QStringList s = sentences(paras[whole]);
        const int n = std::min(detail.sentences, int(s.size()));
        c.insertBlock(para);
        c.insertText(s.mid(0, n).join(QString()) + (n < s.size() ? u" …"_s : QString()), value);
        if (n == s.size())
            --left;
    }
    if (paras.isEmpty()) {
        c.insertBlock(para);
        c.insertText(SummaryDocumentBuilder::tr("(The notice text is not in the database.)"),
                     label);
    } else if (left > 0) {
        c.insertBlock(para);
        c.insertText(tr("… %n more paragraph(s): the Full notice layout prints the whole text.",
                        nullptr, left),
                     small);
    }

    // Footer: a rule, the source, the print date; moved to the page's bottom by `document`.
    QTextBlockFormat rule;
    rule.setTopMargin(px(4));
    rule.setProperty(QTextFormat::BlockTrailingHorizontalRulerWidth,
                     QTextLength(QTextLength::PercentageLength, 100));
    c.insertBlock(rule);
    QTextCharFormat tiny;
    tiny.setFont(font(7));
    c.setBlockCharFormat(tiny);
    Written w;
    w.spacerBlock = c.block().position();
    QTextTableFormat ff = tableFormat({QTextLength(QTextLength::PercentageLength, 58),
                                       QTextLength(QTextLength::PercentageLength, 42)},
                                      0, px(1));
    ff.setBorderStyle(QTextFrameFormat::BorderStyle_None);
    w.footer = c.insertTable(1, 2, ff);
    QTextCharFormat foot;
    foot.setFont(font(7.5));
    foot.setForeground(LabelText);
    const QString source = r.sourceUrl.isEmpty() ? r.source : r.sourceUrl;
    cellText(w.footer, 0, 0, tr("Source: %1").arg(source.isEmpty() ? u"—"_s : source), foot);
    QString right = base.footerLeft();
    if (count > 1)
        right += u"  ·  "_s + base.footerRight(index + 1, count);
    QTextCursor rc = w.footer->cellAt(0, 1).firstCursorPosition();
    QTextBlockFormat alignRight;
    alignRight.setAlignment(Qt::AlignRight);
    rc.setBlockFormat(alignRight);
    putText(rc, right, foot);
    c.movePosition(QTextCursor::End);
    c.setBlockCharFormat(firstChars);
    return w;
}

std::unique_ptr<QTextDocument> SummarySheetBuilder::document(const SummarySheet &sheet,
                                                             const SheetDetail &detail, int index,
                                                             int count) const
{
    auto doc = newDocument(font(m_options.pointSize));
    QTextCursor c(doc.get());
    write(c, sheet, detail, index, count, false);
    return doc;
}

int SummarySheetBuilder::pageCount(const SummarySheet &sheet, const SheetDetail &detail,
                                   QPagedPaintDevice *device, int index, int count) const
{
    const auto doc = document(sheet, detail, index, count);
    prepare(doc.get(), device);
    return doc->pageCount();
}

bool SummarySheetBuilder::fitsOnePage(const SummarySheet &sheet, const SheetDetail &detail,
                                      QPagedPaintDevice *device, int index, int count) const
{
    auto doc = newDocument(font(m_options.pointSize));
    QTextCursor c(doc.get());
    const Written w = write(c, sheet, detail, index, count, false);
    prepare(doc.get(), device);
    if (doc->pageCount() > 1)
        return false;
    const qreal bottom = doc->documentLayout()->frameBoundingRect(w.footer).bottom();
    return bottom + mmToDevice(ReserveMm, device) <= doc->pageSize().height();
}

Result<SheetDetail> SummarySheetBuilder::fit(const SummarySheet &sheet, QPagedPaintDevice *device,
                                             int index, int count) const
{
    using R = Result<SheetDetail>;
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return R::failure(tr("printing needs a QGuiApplication (fonts)"));
    if (!device || device->width() <= 0 || device->height() <= 0)
        return R::failure(tr("the page has no printable area"));
    const SheetDetail full = fullDetail(sheet);
    SheetDetail d = full;
    d.paragraphs = 0;
    auto fits = [&](const SheetDetail &x) {
        return fitsOnePage(sheet, x, device, index, count);
    };
    // The facts first: what the page cannot do without goes last.
    while (!fits(d)) {
        if (d.timelineEvents > FewestEvents)
            d.timelineEvents = std::max(FewestEvents, d.timelineEvents - 2);
        else if (d.casePosts > FewestPosts)
            d.casePosts = std::max(FewestPosts, d.casePosts - 2);
        else if (d.pointSize > SmallestPointSize)
            d.pointSize = std::max(SmallestPointSize, d.pointSize - 0.5);
        else if (d.evidence)
            d.evidence = false;
        else if (d.timelineEvents > 0)
            d.timelineEvents = 0;
        else if (d.casePosts > 0)
            d.casePosts = 0;
        else
            return R::failure(
                tr("the page is too small for the summary of #%1").arg(sheet.incident.caseId));
    }
    // Then as many whole paragraphs as fit, and sentences of the next.
    d.paragraphs = largestFitting(0, full.paragraphs, [&](int n) {
        SheetDetail x = d;
        x.paragraphs = n;
        return fits(x);
    });
    const QStringList paras = paragraphs(sheet.incident.body);
    if (d.paragraphs < paras.size()) {
        d.sentences = largestFitting(0, int(sentences(paras[d.paragraphs]).size()), [&](int n) {
            SheetDetail x = d;
            x.sentences = n;
            return fits(x);
        });
    }
    return d;
}

Result<std::unique_ptr<QTextDocument>>
SummarySheetBuilder::document(const QList<SummarySheet> &sheets, QPagedPaintDevice *device) const
{
    using R = Result<std::unique_ptr<QTextDocument>>;
    if (sheets.isEmpty())
        return R::failure(tr("nothing to print"));
    QList<SheetDetail> details;
    for (int i = 0; i < sheets.size(); ++i) {
        auto d = fit(sheets[i], device, i, int(sheets.size()));
        if (!d.ok())
            return R::failure(d.error());
        details << d.value();
    }
    auto doc = newDocument(font(m_options.pointSize));
    QTextCursor c(doc.get());
    QList<Written> written;
    for (int i = 0; i < sheets.size(); ++i)
        written << write(c, sheets[i], details[i], i, int(sheets.size()), i > 0);
    prepare(doc.get(), device);
    const int pages = int(sheets.size());
    if (doc->pageCount() != pages) {
        return R::failure(
            tr("the summaries take %1 pages instead of %2").arg(doc->pageCount()).arg(pages));
    }

    // Each footer at the bottom of its page: the space left goes above its rule. The layout
    // counts block margins in 96 dpi pixels and places them in device pixels.
    QAbstractTextDocumentLayout *layout = doc->documentLayout();
    const qreal pageHeight = doc->pageSize().height();
    const qreal toLayout = 96.0 / device->logicalDpiY();
    const qreal safety = mmToDevice(ReserveMm, device);
    for (int i = 0; i < pages; ++i) {
        (void)doc->pageCount();
        const qreal bottom = layout->frameBoundingRect(written[i].footer).bottom();
        const qreal space = (i + 1) * pageHeight - bottom - safety;
        if (space <= 0)
            continue;
        QTextCursor spacer(doc->findBlock(written[i].spacerBlock));
        QTextBlockFormat bf = spacer.blockFormat();
        const qreal before = bf.topMargin();
        bf.setTopMargin(before + space * toLayout);
        spacer.setBlockFormat(bf);
        if (doc->pageCount() != pages) {
            bf.setTopMargin(before);
            spacer.setBlockFormat(bf);
        }
    }
    return R(std::move(doc));
}

} // namespace jikenbo
