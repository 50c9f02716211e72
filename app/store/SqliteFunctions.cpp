// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqliteFunctions.h"

#include "search/JapaneseTokenizer.h"
#include "search/SearchNormalizer.h"

#include <QString>

#include <sqlite3.h>

namespace jikenbo {

namespace {

// jk_norm(text): the search normalisation, for LIKE/instr on labels, tags and names.
void jkNorm(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    if (argc != 1 || sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(ctx);
        return;
    }
    const auto *p = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
    const int n = sqlite3_value_bytes(argv[0]);
    const QString s = SearchNormalizer::instance().normalize(QString::fromUtf8(p, n));
    const QByteArray out = s.toUtf8();
    sqlite3_result_text(ctx, out.constData(), int(out.size()), SQLITE_TRANSIENT);
}

} // namespace

Status registerSqliteFunctions(sqlite3 *db)
{
    if (!db)
        return Status::failure(QStringLiteral("no connection"));
    if (sqlite3_create_function_v2(db, "jk_norm", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
                                   jkNorm, nullptr, nullptr, nullptr) != SQLITE_OK)
        return Status::failure(QString::fromUtf8(sqlite3_errmsg(db)));
    return JapaneseTokenizer::registerWith(db);
}

} // namespace jikenbo
