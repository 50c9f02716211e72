// SPDX-License-Identifier: GPL-3.0-or-later
#include "SummarySheetRenderer.h"

#include "SummaryRenderer.h"
#include "SummarySheetBuilder.h"
#include "core/OutputFile.h"

#include <QPagedPaintDevice>
#include <QPdfWriter>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace jikenbo {

SummarySheetRenderer::SummarySheetRenderer(const SummaryOptions &options)
    : m_options(options)
{
}

QPageLayout SummarySheetRenderer::defaultPageLayout()
{
    return SummaryRenderer::defaultPageLayout();
}

Result<int> SummarySheetRenderer::render(const QList<SummarySheet> &sheets,
                                         QPagedPaintDevice *device) const
{
    auto doc = SummarySheetBuilder(m_options).document(sheets, device);
    if (!doc.ok())
        return Result<int>::failure(doc.error());
    const int pages = doc.value()->pageCount();
    doc.value()->print(device);
    return pages;
}

Result<int> SummarySheetRenderer::savePdf(const QList<SummarySheet> &sheets, const QString &path,
                                          const QPageLayout &layout) const
{
    OutputFile out(path);
    return savePdf(sheets, out, layout);
}

Result<int> SummarySheetRenderer::savePdf(const QList<SummarySheet> &sheets, OutputFile &out,
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
        if (sheets.size() == 1) {
            const IncidentRecord &r = sheets.first().incident;
            writer.setTitle(u"#"_s + r.caseId + u' ' + r.title);
        } else {
            writer.setTitle(tr("%n incident summaries", nullptr, int(sheets.size())));
        }
        auto r = render(sheets, &writer);
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
