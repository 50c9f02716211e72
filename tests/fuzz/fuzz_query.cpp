// SPDX-License-Identifier: GPL-3.0-or-later
// The query language: parse, then build SQL; errors must point inside the query.
#include "classify/Taxonomy.h"
#include "search/QueryParser.h"
#include "search/QuerySql.h"

#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const jikenbo::ParsedQuery pq = jikenbo::QueryParser::parse(text, jikenbo::Taxonomy::builtIn());
    if (!pq.ok()) {
        if (pq.error->message.isEmpty() || pq.error->position < 0 || pq.error->position > text.size())
            __builtin_trap();
        return 0;
    }
    const jikenbo::SqlWhere w = jikenbo::QuerySql::where(pq.query);
    // Every '?' has a value, and no user text is spliced into the SQL.
    if (w.sql.count(u'?') != w.binds.size())
        __builtin_trap();
    if (w.sql.contains(u'\'') && !w.sql.contains(u"cause_origin = 'user'") && !w.sql.contains(u"note <> ''") &&
        !w.sql.contains(u"tags <> '[]'"))
        __builtin_trap();
    (void)pq.query.positiveTexts();
    return 0;
}
