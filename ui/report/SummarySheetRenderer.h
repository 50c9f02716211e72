// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SummaryOptions.h"
#include "SummarySheet.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QPageLayout>

class QPagedPaintDevice;

namespace jikenbo {

class OutputFile;

// Prints one-page summaries (SummarySheetBuilder) onto any paged device: a QPdfWriter, a
// QPrinter, a print preview. Each incident takes exactly one page, in the device's page size
// and margins; QTextDocument::print draws them.
class SummarySheetRenderer
{
    Q_DECLARE_TR_FUNCTIONS(SummarySheetRenderer)

public:
    explicit SummarySheetRenderer(const SummaryOptions &options = {});

    // Draws every page; returns the page count (one per sheet).
    Result<int> render(const QList<SummarySheet> &sheets, QPagedPaintDevice *device) const;
    // A PDF written as OutputFile does; errors are one line naming the file.
    Result<int> savePdf(const QList<SummarySheet> &sheets, const QString &path,
                        const QPageLayout &layout = defaultPageLayout()) const;
    Result<int> savePdf(const QList<SummarySheet> &sheets, OutputFile &out,
                        const QPageLayout &layout = defaultPageLayout()) const;

    // A4 portrait with 15 mm margins, as the full notice.
    static QPageLayout defaultPageLayout();

private:
    SummaryOptions m_options;
};

} // namespace jikenbo
