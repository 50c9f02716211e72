// SPDX-License-Identifier: GPL-3.0-or-later
#include "Commands.h"

#include "jobs/ImportJob.h"
#include "jobs/JobRunner.h"
#include "store/Database.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace jikenbo {

int runImport(CliContext &ctx, const CliArgs &args)
{
    if (args.positional.isEmpty())
        return ctx.fail(CliUserError, CliContext::tr("import needs at least one FILE or DIR"));
    ImportJob::Options options{args.positional};
    if (args.has(u"lock-timeout"_s)) {
        bool ok = false;
        const double secs = args.value(u"lock-timeout"_s).toDouble(&ok);
        if (!ok || secs < 0)
            return ctx.fail(CliUserError, CliContext::tr("--lock-timeout needs a number of seconds"));
        options.lockTimeoutMs = int(secs * 1000);
    }
    ImportJob job(ctx.classifier(), options);
    JobRunner::run(job, ctx.db());
    const ImportSummary &s = job.result();
    for (const QString &w : s.warnings)
        ctx.warn(w);
    for (const ImportError &e : s.errors)
        ctx.err << "jikenbo-cli: " << CliContext::oneLine(e.file + u": "_s + e.message) << Qt::endl;
    if (ctx.json) {
        ctx.out << QJsonDocument(s.toJson()).toJson(QJsonDocument::Compact) << Qt::endl;
    } else {
        ctx.out << CliContext::tr("%1 file(s): %2 added, %3 updated, %4 unchanged, %5 post(s) skipped, %6 error(s)")
                       .arg(s.files)
                       .arg(s.added)
                       .arg(s.updated)
                       .arg(s.unchanged)
                       .arg(s.skippedPosts)
                       .arg(s.errors.size())
                << Qt::endl;
    }
    return s.errors.isEmpty() ? CliOk : CliUserError;
}

} // namespace jikenbo
