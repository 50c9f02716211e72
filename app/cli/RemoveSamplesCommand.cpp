// SPDX-License-Identifier: GPL-3.0-or-later
#include "Commands.h"
#include "store/SampleNotices.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace jikenbo {

int runRemoveSamples(CliContext &ctx, const CliArgs &args)
{
    if (!args.positional.isEmpty())
        return ctx.fail(CliUserError, CliContext::tr("remove-samples takes no arguments: %1")
                                          .arg(args.positional.join(u' ')));
    SampleNotices samples(ctx.db());
    const auto r = samples.remove();
    if (!r.ok())
        return ctx.fail(CliInternalError, r.error());
    if (ctx.json) {
        const QJsonObject o{{u"removed"_s, r->removed},
                            {u"annotations_kept"_s, r->annotationsKept}};
        ctx.out << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
    } else {
        ctx.out << CliContext::tr("%1 sample notice(s) removed; %2 annotation(s) on them kept")
                       .arg(r->removed)
                       .arg(r->annotationsKept)
                << Qt::endl;
    }
    return CliOk;
}

} // namespace jikenbo
