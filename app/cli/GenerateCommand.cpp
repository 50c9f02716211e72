// SPDX-License-Identifier: GPL-3.0-or-later
#include "Commands.h"

#include "ingest/SyntheticCorpus.h"

using namespace Qt::StringLiterals;

namespace jikenbo {

int runGenerate(CliContext &ctx, const CliArgs &args)
{
    SyntheticCorpus::Options o;
    bool ok = true;
    o.notices = args.value(u"count"_s, u"10000"_s).toInt(&ok);
    if (!ok || o.notices <= 0)
        return ctx.fail(CliUserError, CliContext::tr("--count needs a positive number"));
    o.perFile = args.value(u"per-file"_s, u"1000"_s).toInt(&ok);
    if (!ok || o.perFile <= 0)
        return ctx.fail(CliUserError, CliContext::tr("--per-file needs a positive number"));
    o.seed = args.value(u"seed"_s, u"1"_s).toULongLong(&ok);
    if (!ok)
        return ctx.fail(CliUserError, CliContext::tr("--seed needs a number"));
    const QString dir = args.value(u"output"_s);
    if (dir.isEmpty())
        return ctx.fail(CliUserError, CliContext::tr("generate needs --output DIR"));
    auto r = SyntheticCorpus::write(dir, o);
    if (!r.ok())
        return ctx.fail(CliUserError, r.error());
    ctx.out << CliContext::tr("%1 notices, %2 bytes written to %3").arg(o.notices).arg(r.value()).arg(dir) << Qt::endl;
    return CliOk;
}

} // namespace jikenbo
