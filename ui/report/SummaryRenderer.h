// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SummaryOptions.h"
#include "core/Result.h"
#include "core/IncidentRecord.h"

#include <QCoreApplication>
#include <QList>
#include <QPageLayout>

class QPagedPaintDevice;

namespace jikenbo {

class OutputFile;

// Prints incident summaries onto any paged device (QPdfWriter, QPrinter, a print preview) in
// the device's page size and margins: each incident starts on a new page, its header band is
// repeated on every page, and the footer says "Page X / Y" over the whole job. The pages are
// laid out first (QTextDocument pagination at the device's resolution) so Y is known, then
// drawn page by page with QTextDocument::drawContents.
class SummaryRenderer
{
    Q_DECLARE_TR_FUNCTIONS(SummaryRenderer)

public:
    explicit SummaryRenderer(const SummaryOptions &options = {});

    // Pages each incident takes on `device`, and their sum; draws nothing.
    Result<QList<int>> pageCounts(const QList<IncidentRecord> &incidents,
                                  QPagedPaintDevice *device) const;
    // Draws every page; returns the page count.
    Result<int> render(const QList<IncidentRecord> &incidents, QPagedPaintDevice *device) const;
    // A PDF written as OutputFile does (a regular file through a temporary file renamed into
    // place, a device, a FIFO or "-" in place); errors are one line naming the file.
    Result<int> savePdf(const QList<IncidentRecord> &incidents, const QString &path,
                        const QPageLayout &layout = defaultPageLayout()) const;
    // The same to an output not opened yet (with the files it must not write over).
    Result<int> savePdf(const QList<IncidentRecord> &incidents, OutputFile &out,
                        const QPageLayout &layout = defaultPageLayout()) const;

    // A4 portrait with 15 mm margins.
    static QPageLayout defaultPageLayout();

private:
    SummaryOptions m_options;
};

} // namespace jikenbo
