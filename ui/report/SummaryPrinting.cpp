// SPDX-License-Identifier: GPL-3.0-or-later
#include "SummaryPrinting.h"

#include "SummaryDocumentBuilder.h"
#include "SummaryRenderer.h"
#include "core/OutputFile.h"
#include "store/Database.h"

#include <QFileInfo>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrinter>

using namespace Qt::StringLiterals;

namespace jikenbo {

SummaryOptions SummaryPrinting::optionsFor(const Database &db)
{
    SummaryOptions o;
    o.databaseName = QFileInfo(db.path()).fileName();
    return o;
}

QPrintPreviewDialog *SummaryPrinting::createPreview(const QList<IncidentRecord> &incidents,
                                                    const SummaryOptions &options, QWidget *parent)
{
    auto *dialog = new QPrintPreviewDialog(parent);
    dialog->setObjectName(u"printPreviewDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(
        incidents.size() == 1
            ? tr("Print #%1 %2").arg(incidents.first().caseId, incidents.first().title)
            : tr("Print %n incident summaries", nullptr, int(incidents.size())));
    dialog->printer()->setPageLayout(SummaryRenderer::defaultPageLayout());
    if (incidents.size() == 1)
        dialog->printer()->setDocName(u"#"_s + incidents.first().caseId);
    QObject::connect(dialog, &QPrintPreviewDialog::paintRequested, dialog,
                     [incidents, options](QPrinter *printer) {
                         const auto r = SummaryRenderer(options).render(incidents, printer);
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
    const auto incidents = SummaryDocumentBuilder::load(db, keys);
    if (!incidents.ok())
        return Status::failure(incidents.error());
    SummaryOptions options = optionsFor(db);
    options.showEra = showEra;
    QPrintPreviewDialog *dialog = createPreview(incidents.value(), options, parent);
    dialog->exec();
    return {};
}

Result<int> SummaryPrinting::exportPdf(Database &db, const QStringList &keys, const QString &path,
                                       bool showEra)
{
    if (keys.isEmpty())
        return Result<int>::failure(tr("select the incidents to export first"));
    const auto incidents = SummaryDocumentBuilder::load(db, keys);
    if (!incidents.ok())
        return Result<int>::failure(incidents.error());
    SummaryOptions options = optionsFor(db);
    options.showEra = showEra;
    OutputFile out(path);
    out.protectDatabase(db.path());
    return SummaryRenderer(options).savePdf(incidents.value(), out);
}

} // namespace jikenbo
