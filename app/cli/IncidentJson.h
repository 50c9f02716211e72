// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliContext.h"
#include "search/Query.h"
#include "store/IncidentQuery.h"
#include "core/IncidentRecord.h"

#include <QJsonObject>

namespace jikenbo {

// The object `list --json` prints for an incident (DESIGN §5).
QJsonObject incidentListJson(const IncidentRecord &r);
// Parses a command's query words; on failure prints the message and sets *exitCode.
bool parseCliQuery(CliContext &ctx, const QStringList &words, Query &query, int *exitCode);
// --limit, --sort, --asc and --synonyms of the commands that list incidents.
bool parseCliListOptions(CliContext &ctx, const CliArgs &args, ListOptions &options, int *exitCode);
// With --synonyms and without --json: the synonyms also searched, one line on stderr.
void noteCliSynonyms(CliContext &ctx, const Query &query, const ListOptions &options);

} // namespace jikenbo
