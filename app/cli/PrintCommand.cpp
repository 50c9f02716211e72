// SPDX-License-Identifier: GPL-3.0-or-later
#include "Commands.h"
#include "SummaryRenderer.h"
#include "SummarySheet.h"
#include "SummarySheetRenderer.h"
#include "core/OutputFile.h"
#include "store/Database.h"
#include "store/IncidentStore.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace jikenbo {

int runPrint(CliContext &ctx, const CliArgs &args)
{
    if (args.positional.isEmpty())
        return ctx.fail(CliUserError, CliContext::tr("print needs a CASE_ID or KEY"));
    const QString pdf = args.value(u"pdf"_s);
    if (pdf.isEmpty())
        return ctx.fail(CliUserError, CliContext::tr("print needs --pdf FILE"));

    // Each id is a key, or a case id: then the notice and its follow-ups, in order.
    IncidentStore store(ctx.db());
    QList<IncidentRecord> incidents;
    for (const QString &id : args.positional) {
        auto byKey = store.byKey(id, true);
        if (!byKey.ok())
            return ctx.fail(CliInternalError, byKey.error());
        if (byKey.value()) {
            incidents << *byKey.value();
            continue;
        }
        auto byCase = store.byCaseId(id.startsWith(u'#') ? id.mid(1) : id, true);
        if (!byCase.ok())
            return ctx.fail(CliInternalError, byCase.error());
        if (byCase->isEmpty())
            return ctx.fail(CliUserError,
                            CliContext::tr("no incident with case id or key '%1'").arg(id));
        incidents += byCase.value();
    }

    SummaryOptions options;
    options.databaseName = QFileInfo(ctx.db().path()).fileName();
    options.showEra = args.has(u"era"_s);
    OutputFile out(pdf);
    out.protectDatabase(ctx.db().path());
    Result<int> r = Result<int>::failure(QString());
    if (args.has(u"full"_s)) {
        r = SummaryRenderer(options).savePdf(incidents, out);
    } else {
        const auto sheets = SummarySheet::forIncidents(ctx.db(), incidents);
        if (!sheets.ok())
            return ctx.fail(CliInternalError, sheets.error());
        r = SummarySheetRenderer(options).savePdf(sheets.value(), out);
    }
    if (!r.ok())
        return ctx.fail(CliUserError, r.error());
    // With the PDF on standard output, what was written is said on stderr.
    QTextStream &said = OutputFile::descriptorOf(pdf) == 1 ? ctx.err : ctx.out;
    if (ctx.json) {
        QJsonArray keys;
        for (const IncidentRecord &i : incidents)
            keys.append(i.key);
        const QJsonObject o{{u"file"_s, QDir::toNativeSeparators(pdf)},
                            {u"pages"_s, r.value()},
                            {u"incidents"_s, keys}};
        said << QJsonDocument(o).toJson(QJsonDocument::Indented);
    } else {
        said
            << CliContext::tr("%n page(s) written to %1", nullptr, r.value()).arg(out.displayName())
            << Qt::endl;
    }
    return CliOk;
}

} // namespace jikenbo
