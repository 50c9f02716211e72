// SPDX-License-Identifier: GPL-3.0-or-later
#include "Commands.h"

#include "IncidentJson.h"
#include "classify/Taxonomy.h"
#include "search/QueryParser.h"
#include "store/IncidentQuery.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace jikenbo {

// The query of a command: its words joined, parsed; a malformed query is a user error.
bool parseCliQuery(CliContext &ctx, const QStringList &words, Query &query, int *exitCode)
{
    const ParsedQuery pq = QueryParser::parse(words.join(u' '), Taxonomy::builtIn());
    if (!pq.ok()) {
        *exitCode = ctx.fail(CliUserError, CliContext::tr("bad query at position %1: %2")
                                               .arg(pq.error->position + 1)
                                               .arg(pq.error->message));
        return false;
    }
    query = pq.query;
    return true;
}

void noteCliSynonyms(CliContext &ctx, const Query &query, const ListOptions &options)
{
    if (ctx.json)
        return;
    const QString used = QuerySql::describeSynonyms(QuerySql::synonymsUsed(query, options.sql));
    if (!used.isEmpty())
        ctx.err << "jikenbo-cli: " << CliContext::tr("also searching synonyms: %1").arg(used) << Qt::endl;
}

bool parseCliListOptions(CliContext &ctx, const CliArgs &args, ListOptions &opt, int *exitCode)
{
    if (args.has(u"limit"_s)) {
        bool ok = false;
        opt.limit = args.value(u"limit"_s).toLongLong(&ok);
        if (!ok || opt.limit < 0) {
            *exitCode = ctx.fail(CliUserError, CliContext::tr("--limit needs a number ≥ 0"));
            return false;
        }
    }
    opt.sql.expandSynonyms = args.has(u"synonyms"_s);
    if (args.has(u"sort"_s)) {
        static const QHash<QString, SortColumn> cols{
            {u"date"_s, SortColumn::Date},        {u"case"_s, SortColumn::CaseId},
            {u"org"_s, SortColumn::Organization}, {u"title"_s, SortColumn::Title},
            {u"cause"_s, SortColumn::Cause},      {u"sector"_s, SortColumn::Sector},
            {u"affected"_s, SortColumn::Affected}, {u"relevance"_s, SortColumn::Relevance}};
        const QString c = args.value(u"sort"_s);
        if (!cols.contains(c)) {
            *exitCode = ctx.fail(CliUserError, CliContext::tr("--sort: unknown column '%1'; expected date, case, org, title, cause, sector, affected or relevance").arg(c));
            return false;
        }
        opt.sort = cols.value(c);
    }
    opt.descending = !args.has(u"asc"_s);
    return true;
}

int runList(CliContext &ctx, const CliArgs &args)
{
    Query query;
    int rc = CliOk;
    if (!parseCliQuery(ctx, args.positional, query, &rc))
        return rc;
    ListOptions opt;
    if (!parseCliListOptions(ctx, args, opt, &rc))
        return rc;
    noteCliSynonyms(ctx, query, opt);
    QJsonArray arr;
    const Taxonomy &tax = Taxonomy::builtIn();
    const Status s = IncidentQuery::forEach(ctx.db(), query, opt, [&](const IncidentRecord &r) {
        if (ctx.json) {
            arr.append(incidentListJson(r));
        } else {
            ctx.out << fitColumn(r.caseId, 9) << ' '
                    << fitColumn(r.announcedOn.isValid() ? r.announcedOn.toString(Qt::ISODate) : u"-"_s, 11) << ' '
                    << fitColumn(tax.causeName(r.cause), 18) << ' ' << fitColumn(r.organization, 28) << ' '
                    << r.title << '\n';
        }
        return true;
    });
    if (!s.ok())
        return ctx.fail(CliInternalError, s.error());
    if (ctx.json)
        ctx.out << QJsonDocument(arr).toJson(QJsonDocument::Indented);
    ctx.out.flush();
    return CliOk;
}

} // namespace jikenbo
