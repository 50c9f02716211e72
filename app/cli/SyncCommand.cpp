// SPDX-License-Identifier: GPL-3.0-or-later
#include "Commands.h"
#include "store/Database.h"
#include "jobs/JobRunner.h"
#include "jobs/SyncJob.h"

#include <QJsonDocument>

#include <cmath>

using namespace Qt::StringLiterals;

namespace jikenbo {

namespace {

// A positive whole number from an option, or -1.
int positiveInt(const QString &s)
{
    bool ok = false;
    const int v = s.toInt(&ok);
    return ok && v > 0 ? v : -1;
}

} // namespace

int runSync(CliContext &ctx, const CliArgs &args)
{
    if (!args.positional.isEmpty())
        return ctx.fail(CliUserError, CliContext::tr("sync takes no arguments (the feed is --url "
                                                     "FEED_URL): %1")
                                          .arg(args.positional.join(u' ')));
    SyncOptions options;
    if (args.has(u"url"_s)) {
        const auto url = FeedSync::feedUrlFromInput(args.value(u"url"_s));
        if (!url.ok())
            return ctx.fail(CliUserError, url.error());
        options.feedUrl = url.value();
    }
    if (args.has(u"label"_s)) {
        const QString label = args.value(u"label"_s).trimmed();
        if (label.isEmpty())
            return ctx.fail(CliUserError, CliContext::tr("--label needs a label of the blog"));
        options.feedUrl = FeedSync::labelFeedUrl(
            options.feedUrl.isEmpty() ? FeedSync::defaultFeedUrl() : options.feedUrl, label);
    }
    if (args.has(u"timeout"_s)) {
        bool ok = false;
        const double seconds = args.value(u"timeout"_s).toDouble(&ok);
        if (!ok || !(seconds > 0) || seconds > 3600)
            return ctx.fail(
                CliUserError,
                CliContext::tr("--timeout needs a number of seconds (0 < S <= 3600): %1")
                    .arg(args.value(u"timeout"_s)));
        options.http.connectTimeoutMs = options.http.readTimeoutMs =
            std::max(1, int(std::lround(seconds * 1000)));
    }
    if (args.has(u"page-size"_s)) {
        options.pageSize = positiveInt(args.value(u"page-size"_s));
        if (options.pageSize < 0 || options.pageSize > SyncOptions::MaxPageSize)
            return ctx.fail(CliUserError,
                            CliContext::tr("--page-size needs a number from 1 to %1: %2")
                                .arg(SyncOptions::MaxPageSize)
                                .arg(args.value(u"page-size"_s)));
    }
    if (args.has(u"max-pages"_s)) {
        options.maxPages = positiveInt(args.value(u"max-pages"_s));
        if (options.maxPages < 0)
            return ctx.fail(CliUserError, CliContext::tr("--max-pages needs a positive number: %1")
                                              .arg(args.value(u"max-pages"_s)));
    }
    options.full = args.has(u"full"_s);

    SyncJob job(ctx.classifier(), options);
    JobRunner::run(job, ctx.db(), [&ctx](const JobProgress &p) {
        if (p.notice)
            ctx.warn(p.text);
    });
    const SyncSummary &s = job.result();
    for (const QString &w : s.import.warnings)
        ctx.warn(w);
    for (const ImportError &e : s.import.errors)
        ctx.err << "jikenbo-cli: " << e.file << ": " << e.message << Qt::endl;
    if (ctx.json) {
        ctx.out << QJsonDocument(s.toJson()).toJson(QJsonDocument::Compact) << Qt::endl;
    } else {
        ctx.out << CliContext::tr("%1: %2 page(s): %3 added, %4 updated, %5 unchanged, %6 post(s) "
                                  "skipped, %7 error(s)")
                       .arg(s.feedUrl)
                       .arg(s.pages)
                       .arg(s.import.added)
                       .arg(s.import.updated)
                       .arg(s.import.unchanged)
                       .arg(s.import.skippedPosts)
                       .arg(s.import.errors.size())
                << Qt::endl;
        if (s.resumed)
            ctx.out << CliContext::tr("resumed the sync that stopped before") << Qt::endl;
        if (s.fullPass && s.status == u"ok"_s && FeedSync::isWholeBlogFeed(QUrl(s.feedUrl)))
            ctx.out << CliContext::tr("full pass: read the whole feed; %n post(s) no longer on "
                                      "the blog marked removed (kept, with your notes)",
                                      nullptr, s.removed)
                    << Qt::endl;
        if (!s.unmappedLabels.isEmpty()) {
            QStringList labels;
            for (auto it = s.unmappedLabels.begin(); it != s.unmappedLabels.end(); ++it)
                labels << CliContext::tr("%1 (%n post(s))", nullptr, it.value()).arg(it.key());
            ctx.out << CliContext::tr("unmapped label(s), kept as labels but deciding no cause "
                                      "(add them to the taxonomy's aliases): %1")
                           .arg(labels.join(u", "_s))
                    << Qt::endl;
        }
        if (s.status == u"partial"_s)
            ctx.out << CliContext::tr(
                           "stopped after %n page(s) (--max-pages); the next sync goes on "
                           "from there",
                           nullptr, s.pages)
                    << Qt::endl;
        for (const SyncChange &c : s.changes) {
            const QString change = c.change == u"new"_s        ? CliContext::tr("new")
                                   : c.change == u"edited"_s   ? CliContext::tr("edited")
                                   : c.change == u"removed"_s  ? CliContext::tr("removed")
                                   : c.change == u"restored"_s ? CliContext::tr("restored")
                                                               : CliContext::tr("relabelled");
            ctx.out << "  " << fitColumn(change, 11) << fitColumn(c.key, 22) << ' ' << c.title
                    << Qt::endl;
        }
    }
    return s.import.errors.isEmpty() ? CliOk : CliUserError;
}

} // namespace jikenbo
