// SPDX-License-Identifier: GPL-3.0-or-later
#include "Commands.h"
#include "classify/RuleSet.h"
#include "jobs/JobRunner.h"
#include "jobs/ReclassifyJob.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace jikenbo {

int runReclassify(CliContext &ctx, const CliArgs &args)
{
    if (!args.positional.isEmpty())
        return ctx.fail(CliUserError,
                        CliContext::tr("reclassify takes no arguments (rules: --rules FILE)"));
    ReclassifyJob job(ctx.classifier());
    JobRunner::run(job, ctx.db());
    const auto &r = job.result();
    if (!r.ok())
        return ctx.fail(CliInternalError, r.error());
    const ReclassifySummary &s = r.value();
    if (ctx.json) {
        QJsonObject o = s.toJson();
        o.remove(u"cancelled"_s);
        o.insert(u"rules"_s, ctx.rules().sourceName());
        ctx.out << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
    } else {
        ctx.out << CliContext::tr("%1 incident(s) classified with %2: %3 changed (cause %4, "
                                  "sector %5); %6 user override(s) kept")
                       .arg(s.incidents)
                       .arg(ctx.rules().sourceName())
                       .arg(s.changed)
                       .arg(s.causeChanged)
                       .arg(s.sectorChanged)
                       .arg(s.overrideKept)
                << Qt::endl;
    }
    return CliOk;
}

} // namespace jikenbo
