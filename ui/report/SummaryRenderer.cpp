// SPDX-License-Identifier: GPL-3.0-or-later
#include "SummaryRenderer.h"

#include "SummaryDocumentBuilder.h"
#include "core/OutputFile.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

#include <memory>

using namespace Qt::StringLiterals;

namespace jikenbo {

namespace {

struct LaidOut
{
    std::unique_ptr<QTextDocument> header;
    std::unique_ptr<QTextDocument> body;
    qreal headerHeight = 0;
    qreal bodyHeight = 0; // of one page
    int pages = 1;
};

qreal mmToDevice(qreal mm, const QPaintDevice *device)
{
    return mm / 25.4 * device->logicalDpiY();
}

struct Geometry
{
    qreal width = 0;
    qreal height = 0;
    qreal gap = 0;          // between the band and the body, the body and the footer
    qreal footerHeight = 0; // rule and one line
};

Geometry geometry(QPagedPaintDevice *device, const SummaryDocumentBuilder &builder)
{
    Geometry g;
    g.width = device->width();
    g.height = device->height();
    g.gap = mmToDevice(4, device);
    const QFontMetricsF fm(builder.font(7.5), device);
    g.footerHeight = fm.height() + mmToDevice(2, device);
    return g;
}

// Splits each paragraph that runs over a page break into two, at the first line on the next
// page. The page looks the same, but every page then draws whole paragraphs only: the text
// layout draws all lines of a paragraph it draws at all, and the lines outside the page
// would end up in the PDF clipped away, invisible yet found by search and text extraction.
void splitParagraphsAtPageBreaks(QTextDocument *doc, qreal pageHeight)
{
    QAbstractTextDocumentLayout *layout = doc->documentLayout();
    for (int round = 0; round < 100; ++round) {
        // The whole layout first: positions asked for one by one come from a partial layout
        // that the edits below would leave unfinished.
        (void)doc->pageCount();
        QList<int> splits;
        for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
            const QTextLayout *tl = b.layout();
            if (!tl || tl->lineCount() < 2)
                continue;
            const qreal top = layout->blockBoundingRect(b).top() - tl->boundingRect().top();
            const int firstPage = int((top + tl->lineAt(0).y() + 0.5) / pageHeight);
            for (int i = 1; i < tl->lineCount(); ++i) {
                const QTextLine line = tl->lineAt(i);
                if (int((top + line.y() + 0.5) / pageHeight) != firstPage) {
                    splits << b.position() + line.textStart();
                    break;
                }
            }
        }
        if (splits.isEmpty())
            return;
        std::sort(splits.begin(), splits.end(), std::greater<>());
        for (int pos : std::as_const(splits)) {
            QTextCursor c(doc);
            c.setPosition(pos);
            c.insertBlock(c.blockFormat(), c.charFormat());
        }
    }
}

LaidOut layOut(const IncidentRecord &r, const SummaryDocumentBuilder &builder,
               QPagedPaintDevice *device, const Geometry &g)
{
    LaidOut l;
    l.header = builder.headerBand(r);
    l.header->documentLayout()->setPaintDevice(device);
    l.header->setTextWidth(g.width);
    l.headerHeight = l.header->size().height();
    l.body = builder.body(r);
    l.body->documentLayout()->setPaintDevice(device);
    l.bodyHeight = g.height - l.headerHeight - g.footerHeight - 2 * g.gap;
    l.body->setPageSize(QSizeF(g.width, l.bodyHeight));
    splitParagraphsAtPageBreaks(l.body.get(), l.bodyHeight);
    l.pages = qMax(1, l.body->pageCount());
    return l;
}

} // namespace

SummaryRenderer::SummaryRenderer(const SummaryOptions &options)
    : m_options(options)
{
}

QPageLayout SummaryRenderer::defaultPageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                       QPageLayout::Millimeter);
}

Result<QList<int>> SummaryRenderer::pageCounts(const QList<IncidentRecord> &incidents,
                                               QPagedPaintDevice *device) const
{
    using R = Result<QList<int>>;
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return R::failure(tr("printing needs a QGuiApplication (fonts)"));
    if (!device || device->width() <= 0 || device->height() <= 0)
        return R::failure(tr("the page has no printable area"));
    const SummaryDocumentBuilder builder(m_options);
    const Geometry g = geometry(device, builder);
    QList<int> counts;
    for (const IncidentRecord &r : incidents) {
        const LaidOut l = layOut(r, builder, device, g);
        if (l.bodyHeight < g.height / 4)
            return R::failure(tr("the page is too small for the summary of %1").arg(r.caseId));
        counts << l.pages;
    }
    return counts;
}

Result<int> SummaryRenderer::render(const QList<IncidentRecord> &incidents,
                                    QPagedPaintDevice *device) const
{
    using R = Result<int>;
    if (incidents.isEmpty())
        return R::failure(tr("nothing to print"));
    const auto counts = pageCounts(incidents, device);
    if (!counts.ok())
        return R::failure(counts.error());
    int total = 0;
    for (int n : counts.value())
        total += n;

    const SummaryDocumentBuilder builder(m_options);
    const Geometry g = geometry(device, builder);
    QPainter p;
    if (!p.begin(device))
        return R::failure(tr("cannot start printing"));
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    const QFont footerFont = builder.font(7.5);
    const QPen rule(QColor(0x9A, 0xA5, 0xB1), mmToDevice(0.2, device));
    int page = 0;
    for (const IncidentRecord &r : incidents) {
        const LaidOut l = layOut(r, builder, device, g);
        for (int i = 0; i < l.pages; ++i) {
            if (page > 0 && !device->newPage()) {
                p.end();
                return R::failure(tr("cannot start a new page"));
            }
            ++page;
            // Header band.
            p.save();
            l.header->drawContents(&p, QRectF(0, 0, g.width, l.headerHeight));
            p.restore();
            // This page's slice of the body.
            const qreal top = l.headerHeight + g.gap;
            p.save();
            p.translate(0, top - i * l.bodyHeight);
            // The layout keeps lines off page breaks, but a line that ends or starts exactly
            // on one is drawn on both pages, clipped on one: the text would still be in the
            // PDF (found by search, copied by text extraction). A pixel inside keeps it off.
            l.body->drawContents(&p, QRectF(0, i * l.bodyHeight + 1, g.width, l.bodyHeight - 2));
            p.restore();
            // Footer.
            const qreal footerTop = g.height - g.footerHeight;
            p.save();
            p.setPen(rule);
            p.drawLine(QPointF(0, footerTop), QPointF(g.width, footerTop));
            p.setPen(QColor(0x44, 0x4C, 0x56));
            p.setFont(footerFont);
            const QRectF footerRect(0, footerTop, g.width, g.footerHeight);
            p.drawText(footerRect, Qt::AlignLeft | Qt::AlignBottom, builder.footerLeft());
            p.drawText(footerRect, Qt::AlignRight | Qt::AlignBottom,
                       builder.footerRight(page, total));
            p.restore();
        }
    }
    if (!p.end())
        return R::failure(tr("printing failed"));
    return total;
}

Result<int> SummaryRenderer::savePdf(const QList<IncidentRecord> &incidents, const QString &path,
                                     const QPageLayout &layout) const
{
    OutputFile out(path);
    return savePdf(incidents, out, layout);
}

Result<int> SummaryRenderer::savePdf(const QList<IncidentRecord> &incidents, OutputFile &out,
                                     const QPageLayout &layout) const
{
    using R = Result<int>;
    out.setBinary(true);
    if (const Status o = out.open(); !o.ok())
        return R::failure(o.error());
    int pages = 0;
    {
        QPdfWriter writer(out.device());
        writer.setPageLayout(layout);
        writer.setResolution(600);
        writer.setCreator(u"Jikenbo"_s);
        if (incidents.size() == 1)
            writer.setTitle(u"#"_s + incidents.first().caseId + u' ' + incidents.first().title);
        else
            writer.setTitle(tr("%n incident summaries", nullptr, int(incidents.size())));
        auto r = render(incidents, &writer);
        if (!r.ok()) {
            out.discard();
            return R::failure(tr("%1: %2").arg(out.displayName(), r.error()));
        }
        pages = r.value();
    }
    // QPdfWriter does not report write errors: the output does (a full disk, /dev/full).
    if (const Status c = out.commit(); !c.ok())
        return R::failure(c.error());
    return pages;
}

} // namespace jikenbo
