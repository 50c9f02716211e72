// SPDX-License-Identifier: GPL-3.0-or-later
#include "Commands.h"
#include "IncidentJson.h"
#include "classify/SchemeMap.h"
#include "classify/Taxonomy.h"
#include "core/Format.h"
#include "store/Database.h"
#include "store/LabelStats.h"
#include "store/TrendQuery.h"

#include <QJsonDocument>
#include <QLocale>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace jikenbo {

namespace {

QString right(qint64 n, int width)
{
    return format::number(n).rightJustified(width);
}

} // namespace

// stats --days: the spread of the days from discovery to announcement per period and category.
static int printDays(CliContext &ctx, const TrendData &data)
{
    constexpr int PeriodWidth = 9, CountWidth = 10, DaysWidth = 8;
    int nameWidth = 22;
    for (const QString &key : data.keys)
        nameWidth =
            std::max(nameWidth, displayWidth(TrendQuery::categoryName(data.options, key)) + 1);
    auto days = [](double d) {
        return rightColumn(QLocale().toString(d, 'f', d == std::floor(d) ? 0 : 1), DaysWidth);
    };
    ctx.out << fitColumn(CliContext::tr("period"), PeriodWidth) << ' '
            << fitColumn(TrendQuery::categoriesName(data.options), nameWidth)
            << rightColumn(CliContext::tr("incidents"), CountWidth)
            << rightColumn(CliContext::tr("with days"), CountWidth)
            << rightColumn(CliContext::tr("min"), DaysWidth)
            << rightColumn(CliContext::tr("q1"), DaysWidth)
            << rightColumn(CliContext::tr("median"), DaysWidth)
            << rightColumn(CliContext::tr("q3"), DaysWidth)
            << rightColumn(CliContext::tr("max"), DaysWidth) << '\n';
    auto line = [&](const QString &period, const QString &name, const TrendCell &c) {
        ctx.out << fitColumn(period, PeriodWidth) << ' ' << fitColumn(name, nameWidth)
                << right(c.count, CountWidth) << right(c.days.n, CountWidth);
        if (c.days.n > 0)
            ctx.out << days(c.days.min) << days(c.days.q1) << days(c.days.median)
                    << days(c.days.q3) << days(c.days.max);
        ctx.out << '\n';
    };
    // A line per category with days to disclosure, then the period's line for all of them.
    for (qsizetype p = 0; p < data.periods.size(); ++p) {
        for (qsizetype k = 0; k < data.keys.size(); ++k) {
            if (data.cell(p, k).days.n > 0)
                line(data.periods[p], TrendQuery::categoryName(data.options, data.keys[k]),
                     data.cell(p, k));
        }
        line(data.periods[p], CliContext::tr("(all)"), data.periodTotals.value(p));
    }
    ctx.out << fitColumn(CliContext::tr("no date"), PeriodWidth + 1 + nameWidth)
            << right(data.noDate, CountWidth) << '\n'
            << fitColumn(CliContext::tr("total"), PeriodWidth + 1 + nameWidth)
            << right(data.total, CountWidth) << right(data.withDays, CountWidth) << '\n';
    ctx.out.flush();
    return CliOk;
}

// stats --labels: every label, its incidents and the cause it maps to.
static int runLabelStats(CliContext &ctx, const CliArgs &args)
{
    if (!args.positional.isEmpty() || args.has(u"by"_s) || args.has(u"period"_s) ||
        args.has(u"scheme"_s) || args.has(u"days"_s))
        return ctx.fail(CliUserError,
                        CliContext::tr("stats --labels takes no query, --by, --period or --scheme"));
    const Taxonomy &tax = Taxonomy::builtIn();
    const auto stats = LabelStats::compute(ctx.db(), tax);
    if (!stats.ok())
        return ctx.fail(CliInternalError, stats.error());
    if (ctx.json) {
        ctx.out << QJsonDocument(LabelStats::toJson(stats.value())).toJson(QJsonDocument::Indented);
        ctx.out.flush();
        return CliOk;
    }
    constexpr int LabelWidth = 30, CountWidth = 10;
    ctx.out << fitColumn(CliContext::tr("label"), LabelWidth)
            << rightColumn(CliContext::tr("incidents"), CountWidth) << "  "
            << CliContext::tr("cause") << '\n';
    int unmapped = 0;
    for (const LabelStat &s : stats.value()) {
        QString cause;
        if (s.mapping == u"cause"_s)
            cause = tax.causeName(s.cause) + u" ("_s + s.cause + u')';
        else if (s.mapping == u"unmapped"_s)
            cause = CliContext::tr("unmapped");
        else
            cause = CliContext::tr("not a cause");
        if (s.mapping == u"unmapped"_s)
            ++unmapped;
        if (s.onBlog && s.incidents == 0)
            cause += u"  "_s + CliContext::tr("(on the blog, on no stored incident)");
        ctx.out << fitColumn(s.label, LabelWidth) << right(s.incidents, CountWidth) << "  " << cause
                << '\n';
    }
    ctx.out << CliContext::tr("%n label(s), %1 unmapped", nullptr, int(stats->size())).arg(unmapped)
            << '\n';
    ctx.out.flush();
    return CliOk;
}

int runStats(CliContext &ctx, const CliArgs &args)
{
    if (args.has(u"labels"_s))
        return runLabelStats(ctx, args);
    Query query;
    int rc = CliOk;
    if (!parseCliQuery(ctx, args.positional, query, &rc))
        return rc;
    TrendOptions options;
    if (args.has(u"by"_s)) {
        const auto by = TrendQuery::byFromName(args.value(u"by"_s));
        if (!by)
            return ctx.fail(CliUserError,
                            CliContext::tr("--by: unknown value '%1'; expected cause, sector, data or contractor")
                                .arg(args.value(u"by"_s)));
        options.by = *by;
    }
    if (args.has(u"period"_s)) {
        const auto period = TrendQuery::periodFromName(args.value(u"period"_s));
        if (!period)
            return ctx.fail(
                CliUserError,
                CliContext::tr("--period: unknown value '%1'; expected month, quarter or year")
                    .arg(args.value(u"period"_s)));
        options.period = *period;
    }
    if (args.has(u"scheme"_s)) {
        if (options.by != TrendBy::Cause)
            return ctx.fail(CliUserError,
                            CliContext::tr("--scheme counts causes: it cannot go with --by %1")
                                .arg(args.value(u"by"_s)));
        const auto schemes = SchemeMap::active();
        const QString id = args.value(u"scheme"_s).trimmed().toLower();
        if (!schemes->scheme(id))
            return ctx.fail(CliUserError,
                            CliContext::tr("--scheme: unknown value '%1'; expected one of %2")
                                .arg(args.value(u"scheme"_s), schemes->ids().join(u", "_s)));
        options.scheme = id;
    }
    options.disclosure = args.has(u"days"_s);
    QuerySqlOptions sql;
    sql.expandSynonyms = args.has(u"synonyms"_s);
    // A second connection reads part of a long scan on a thread of its own; without it (an
    // in-memory database, say) the aggregation runs on the one connection.
    auto helper = TrendQuery::openHelper(ctx.db().path());
    const auto result = TrendQuery::compute(ctx.db(), query, options, sql,
                                            helper.ok() ? helper.value().get() : nullptr);
    if (!result.ok())
        return ctx.fail(CliInternalError, result.error());
    const TrendData &data = result.value();
    if (ctx.json) {
        ctx.out << QJsonDocument(TrendQuery::toJson(data)).toJson(QJsonDocument::Indented);
        ctx.out.flush();
        return CliOk;
    }
    if (options.disclosure)
        return printDays(ctx, data);

    // A line per period and category with incidents; a period without any gets one line of zeros.
    constexpr int PeriodWidth = 9, CountWidth = 10, PeopleWidth = 13, UnknownWidth = 14;
    int nameWidth = 22; // wider for the long names of a scheme's categories
    for (const QString &key : data.keys)
        nameWidth = std::max(nameWidth, displayWidth(TrendQuery::categoryName(options, key)) + 1);
    ctx.out << fitColumn(CliContext::tr("period"), PeriodWidth) << ' '
            << fitColumn(TrendQuery::categoriesName(options), nameWidth)
            << rightColumn(CliContext::tr("incidents"), CountWidth)
            << rightColumn(CliContext::tr("people"), PeopleWidth)
            << rightColumn(CliContext::tr("size unknown"), UnknownWidth) << '\n';
    for (qsizetype p = 0; p < data.periods.size(); ++p) {
        bool any = false;
        for (qsizetype k = 0; k < data.keys.size(); ++k) {
            const TrendCell &c = data.cell(p, k);
            if (c.count == 0)
                continue;
            any = true;
            const QString &key = data.keys[k];
            ctx.out << fitColumn(data.periods[p], PeriodWidth) << ' '
                    << fitColumn(TrendQuery::categoryName(options, key), nameWidth)
                    << right(c.count, CountWidth) << right(c.affected, PeopleWidth)
                    << right(c.unknownSize, UnknownWidth) << '\n';
        }
        if (!any)
            ctx.out << fitColumn(data.periods[p], PeriodWidth) << ' '
                    << fitColumn(u"—"_s, nameWidth) << right(0, CountWidth) << right(0, PeopleWidth)
                    << right(0, UnknownWidth) << '\n';
    }
    ctx.out << fitColumn(CliContext::tr("no date"), PeriodWidth + 1 + nameWidth)
            << right(data.noDate, CountWidth) << '\n'
            << fitColumn(CliContext::tr("total"), PeriodWidth + 1 + nameWidth)
            << right(data.total, CountWidth) << '\n';
    ctx.out.flush();
    return CliOk;
}

} // namespace jikenbo
