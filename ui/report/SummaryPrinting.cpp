// SPDX-License-Identifier: GPL-3.0-or-later
#include "SummaryPrinting.h"

#include "PrintLayoutDialog.h"
#include "SummaryRenderer.h"
#include "SummarySheetRenderer.h"
#include "core/OutputFile.h"
#include "store/Database.h"

#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace jikenbo {

namespace {

QList<IncidentRecord> incidentsOf(const QList<SummarySheet> &sheets)
{
    QList<IncidentRecord> out;
    for (const SummarySheet &s : sheets)
        out << s.incident;
    return out;
}

} // namespace

SummaryOptions SummaryPrinting::optionsFor(const Database &db)
{
    SummaryOptions o;
    o.databaseName = QFileInfo(db.path()).fileName();
    return o;
}

QPrintPreviewDialog *SummaryPrinting::createPreview(const QList<SummarySheet> &sheets,
                                                    const SummaryOptions &options, QWidget *parent)
{
    auto *dialog = new QPrintPreviewDialog(parent);
    dialog->setObjectName(u"printPreviewDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(
        sheets.size() == 1
            ? tr("Print #%1 %2").arg(sheets.first().incident.caseId, sheets.first().incident.title)
            : tr("Print %n incident summaries", nullptr, int(sheets.size())));
    dialog->printer()->setPageLayout(SummaryRenderer::defaultPageLayout());
    if (sheets.size() == 1)
        dialog->printer()->setDocName(u"#"_s + sheets.first().incident.caseId);

    // The layout, in the preview's tool bar: the preview follows it at once.
    auto *layout = new QComboBox(dialog);
    layout->setObjectName(u"printLayoutComboBox"_s);
    layout->setToolTip(tr("Summary: one page per incident. Full notice: the whole text."));
    for (SummaryLayout l : {SummaryLayout::OnePage, SummaryLayout::FullNotice})
        layout->addItem(PrintLayoutDialog::layoutName(l), int(l));
    layout->setCurrentIndex(layout->findData(int(options.layout)));
    if (auto *bar = dialog->findChild<QToolBar *>()) {
        bar->addSeparator();
        bar->addWidget(new QLabel(tr("Layout:") + u' ', dialog));
        bar->addWidget(layout);
    }
    auto *preview = dialog->findChild<QPrintPreviewWidget *>();
    if (preview) {
        QObject::connect(layout, &QComboBox::currentIndexChanged, preview,
                         &QPrintPreviewWidget::updatePreview);
    }

    const QList<IncidentRecord> incidents = incidentsOf(sheets);
    QObject::connect(dialog, &QPrintPreviewDialog::paintRequested, dialog,
                     [sheets, incidents, options, layout](QPrinter *printer) {
                         const bool full = SummaryLayout(layout->currentData().toInt()) ==
                                           SummaryLayout::FullNotice;
                         const auto r = full
                                            ? SummaryRenderer(options).render(incidents, printer)
                                            : SummarySheetRenderer(options).render(sheets, printer);
                         if (!r.ok()) {
                             // Say why on the page the preview shows, not on a console.
                             QPainter p(printer);
                             p.drawText(QRectF(0, 0, printer->width(), printer->height()),
                                        Qt::AlignCenter | Qt::TextWordWrap, r.error());
                         }
                     });
    return dialog;
}

Status SummaryPrinting::preview(Database &db, const QStringList &keys, QWidget *parent,
                                bool showEra)
{
    if (keys.isEmpty())
        return Status::failure(tr("select the incidents to print first"));
    const auto sheets = SummarySheet::load(db, keys);
    if (!sheets.ok())
        return Status::failure(sheets.error());
    SummaryOptions options = optionsFor(db);
    options.showEra = showEra;
    QPrintPreviewDialog *dialog = createPreview(sheets.value(), options, parent);
    dialog->exec();
    return {};
}

Result<int> SummaryPrinting::exportPdf(Database &db, const QStringList &keys, const QString &path,
                                       bool showEra, SummaryLayout layout)
{
    using R = Result<int>;
    if (keys.isEmpty())
        return R::failure(tr("select the incidents to export first"));
    const auto sheets = SummarySheet::load(db, keys);
    if (!sheets.ok())
        return R::failure(sheets.error());
    SummaryOptions options = optionsFor(db);
    options.showEra = showEra;
    options.layout = layout;
    OutputFile out(path);
    out.protectDatabase(db.path());
    if (layout == SummaryLayout::FullNotice)
        return SummaryRenderer(options).savePdf(incidentsOf(sheets.value()), out);
    return SummarySheetRenderer(options).savePdf(sheets.value(), out);
}

} // namespace jikenbo
