// SPDX-License-Identifier: GPL-3.0-or-later
#include "Commands.h"
#include "IncidentJson.h"
#include "core/OutputFile.h"
#include "report/CsvExporter.h"
#include "report/VerisExporter.h"
#include "store/Database.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace jikenbo {

// export --format jsonl: VERIS-shaped JSON Lines.
static int runVerisExport(CliContext &ctx, const CliArgs &args, const Query &query,
                          const ListOptions &list, const QString &output)
{
    for (const QString &csvOnly : {u"encoding"_s, u"columns"_s, u"keys"_s, u"crlf"_s, u"lf"_s,
                                   u"replace-unmappable"_s, u"no-formula-guard"_s}) {
        if (args.has(csvOnly))
            return ctx.fail(CliUserError,
                            CliContext::tr("--%1 is for CSV; --format jsonl writes UTF-8 JSON Lines")
                                .arg(csvOnly));
    }
    if (const Status s = CsvExporter::sortOnDisk(ctx.db()); !s.ok())
        return ctx.fail(CliInternalError, s.error());
    VerisExporter exporter(ctx.db(), query, list);
    const auto r = exporter.save(output);
    if (!r.ok())
        return ctx.fail(CliUserError, r.error());
    QTextStream &said = OutputFile::descriptorOf(output) == 1 ? ctx.err : ctx.out;
    if (ctx.json) {
        const QJsonObject o{{u"file"_s, QDir::toNativeSeparators(output)},
                            {u"rows"_s, double(r->rows)},
                            {u"bytes"_s, double(r->bytes)},
                            {u"format"_s, u"jsonl"_s}};
        said << QJsonDocument(o).toJson(QJsonDocument::Indented);
    } else {
        said << CliContext::tr("%n incident(s) written to %1 (VERIS JSON Lines)", nullptr,
                               int(r->rows))
                    .arg(OutputFile(output).displayName())
             << Qt::endl;
    }
    return CliOk;
}

int runExport(CliContext &ctx, const CliArgs &args)
{
    Query query;
    int rc = CliOk;
    if (!parseCliQuery(ctx, args.positional, query, &rc))
        return rc;
    ListOptions list;
    if (!parseCliListOptions(ctx, args, list, &rc))
        return rc;
    noteCliSynonyms(ctx, query, list);
    const QString output = args.value(u"output"_s);
    if (output.isEmpty())
        return ctx.fail(CliUserError, CliContext::tr("export needs --output FILE"));
    const QString format = args.value(u"format"_s, u"csv"_s).toLower();
    if (format == u"jsonl"_s)
        return runVerisExport(ctx, args, query, list, output);
    if (format != u"csv"_s)
        return ctx.fail(CliUserError,
                        CliContext::tr("--format: unknown format '%1'; expected csv or jsonl")
                            .arg(args.value(u"format"_s)));

    CsvEncoding encoding = CsvEncoding::Utf8;
    if (args.has(u"encoding"_s)) {
        const auto e = CsvExportOptions::encodingFromName(args.value(u"encoding"_s));
        if (!e)
            return ctx.fail(CliUserError,
                            CliContext::tr("--encoding: unknown encoding '%1'; expected utf-8, "
                                           "utf-8-bom or cp932")
                                .arg(args.value(u"encoding"_s)));
        encoding = *e;
    }
    CsvExportOptions options = CsvExportOptions::preset(encoding);
    if (args.has(u"crlf"_s) && args.has(u"lf"_s))
        return ctx.fail(CliUserError, CliContext::tr("--crlf and --lf cannot both be given"));
    if (args.has(u"crlf"_s))
        options.crlf = true;
    if (args.has(u"lf"_s))
        options.crlf = false;
    options.keys = args.has(u"keys"_s);
    options.formulaGuard = !args.has(u"no-formula-guard"_s);
    options.replaceUnmappable = args.has(u"replace-unmappable"_s);
    if (args.has(u"columns"_s)) {
        for (const QString &c : args.value(u"columns"_s).split(u',', Qt::SkipEmptyParts)) {
            if (!c.trimmed().isEmpty())
                options.columns << c.trimmed();
        }
        if (options.columns.isEmpty())
            return ctx.fail(CliUserError, CliContext::tr("--columns needs at least one column"));
    }

    if (const Status s = CsvExporter::sortOnDisk(ctx.db()); !s.ok())
        return ctx.fail(CliInternalError, s.error());
    CsvExporter exporter(ctx.db(), query, options, list);
    if (const Status v = exporter.validate(); !v.ok())
        return ctx.fail(CliUserError, u"--columns: "_s + v.error());
    if (encoding == CsvEncoding::Cp932 && !options.replaceUnmappable) {
        // Nothing is written when CP932 cannot hold the text: say what and where first.
        const auto scan = exporter.scanUnmappable();
        if (!scan.ok())
            return ctx.fail(CliInternalError, scan.error());
        if (!scan->isEmpty())
            return ctx.fail(CliUserError,
                            CliContext::tr("%1; nothing written. Add --replace-unmappable to "
                                           "write CP932 equivalents (〜 → ～) or '?', or use "
                                           "--encoding utf-8-bom")
                                .arg(scan->describe()));
    }
    const auto r = exporter.save(output);
    if (!r.ok())
        return ctx.fail(CliUserError, r.error());
    if (!r->replaced.isEmpty())
        ctx.warn(r->replaced.describeReplaced());
    // With the CSV on standard output, what was written is said on stderr.
    QTextStream &said = OutputFile::descriptorOf(output) == 1 ? ctx.err : ctx.out;
    const QString shown = OutputFile(output).displayName();
    if (ctx.json) {
        const QJsonObject o{{u"file"_s, QDir::toNativeSeparators(output)},
                            {u"rows"_s, double(r->rows)},
                            {u"bytes"_s, double(r->bytes)},
                            {u"encoding"_s, CsvExportOptions::encodingName(encoding)},
                            {u"crlf"_s, options.crlf},
                            {u"replaced"_s, double(r->replaced.total())}};
        said << QJsonDocument(o).toJson(QJsonDocument::Indented);
    } else {
        said << CliContext::tr("%n row(s) written to %1 (%2%3)", nullptr, int(r->rows))
                    .arg(shown, CsvExportOptions::encodingName(encoding),
                         options.crlf ? u", CRLF"_s : QString())
             << Qt::endl;
    }
    return CliOk;
}

} // namespace jikenbo
