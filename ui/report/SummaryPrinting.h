// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SummaryOptions.h"
#include "SummarySheet.h"
#include "core/Result.h"
#include "core/IncidentRecord.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

class QPrintPreviewDialog;
class QWidget;

namespace jikenbo {

class Database;

// File → Print (with preview) and Export PDF for the window: the selected incidents in the
// Summary layout (one page each) or the Full notice, through the same renderers as
// `jikenbo-cli print`.
class SummaryPrinting
{
    Q_DECLARE_TR_FUNCTIONS(SummaryPrinting)

public:
    // Footer options for a database: its file name, today's date.
    static SummaryOptions optionsFor(const Database &db);

    // A print preview of `sheets` (SummarySheet::load), A4 until the user picks another page,
    // in options.layout until the user picks the other in its tool bar (printLayoutComboBox);
    // its Print button prints. The caller opens it (open() or exec()); it deletes itself when
    // closed.
    static QPrintPreviewDialog *createPreview(const QList<SummarySheet> &sheets,
                                              const SummaryOptions &options, QWidget *parent);
    // Loads the incidents by key and shows the preview modally, in the Summary layout.
    // `showEra`: the Japanese era beside each date, as View → Show Japanese Era Dates has it.
    static Status preview(Database &db, const QStringList &keys, QWidget *parent,
                          bool showEra = false);
    // Loads the incidents by key and writes a PDF (A4, 15 mm margins); the page count.
    static Result<int> exportPdf(Database &db, const QStringList &keys, const QString &path,
                                 bool showEra = false,
                                 SummaryLayout layout = SummaryLayout::OnePage);
};

} // namespace jikenbo
