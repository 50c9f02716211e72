// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqliteFunctions.h"

#include "MatchSet.h"

#include "search/JapaneseTokenizer.h"
#include "search/RelevanceRank.h"
#include "search/SearchNormalizer.h"

#include <QString>

#include <sqlite3.h>
#include <unicode/ucol.h>

#include <algorithm>
#include <cstring>

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

UCollator *openJapaneseCollator()
{
    UErrorCode st = U_ZERO_ERROR;
    UCollator *c = ucol_open("ja", &st);
    if (U_FAILURE(st)) {
        if (c)
            ucol_close(c);
        return nullptr;
    }
    ucol_setAttribute(c, UCOL_NUMERIC_COLLATION, UCOL_ON, &st);
    ucol_setAttribute(c, UCOL_NORMALIZATION_MODE, UCOL_ON, &st);
    return c;
}

int binaryCompare(int n1, const void *s1, int n2, const void *s2)
{
    const int r = std::memcmp(s1, s2, size_t(std::min(n1, n2)));
    return r != 0 ? r : n1 - n2;
}

// One collator per connection (a connection is used by one thread at a time).
int jkJaCompare(void *collator, int n1, const void *s1, int n2, const void *s2)
{
    auto *c = static_cast<UCollator *>(collator);
    if (!c)
        return binaryCompare(n1, s1, n2, s2);
    UErrorCode st = U_ZERO_ERROR;
    const UCollationResult r = ucol_strcollUTF8(c, static_cast<const char *>(s1), n1,
                                                static_cast<const char *>(s2), n2, &st);
    if (U_FAILURE(st))
        return binaryCompare(n1, s1, n2, s2);
    return r == UCOL_LESS ? -1 : r == UCOL_GREATER ? 1 : 0;
}

void closeCollator(void *collator)
{
    if (collator)
        ucol_close(static_cast<UCollator *>(collator));
}

} // namespace

QString japaneseCollationVersion()
{
    UCollator *c = openJapaneseCollator();
    if (!c)
        return QStringLiteral("binary");
    UVersionInfo v;
    ucol_getVersion(c, v);
    ucol_close(c);
    char text[U_MAX_VERSION_STRING_LENGTH];
    u_versionToString(v, text);
    return QStringLiteral("icu-ja-numeric ") + QString::fromLatin1(text);
}

Status registerSqliteFunctions(sqlite3 *db)
{
    if (!db)
        return Status::failure(QStringLiteral("no connection"));
    if (sqlite3_create_function_v2(db, "jk_norm", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
                                   jkNorm, nullptr, nullptr, nullptr) != SQLITE_OK)
        return Status::failure(QString::fromUtf8(sqlite3_errmsg(db)));
    // Without ICU's Japanese data the order is binary, and the version says so.
    UCollator *collator = openJapaneseCollator();
    if (sqlite3_create_collation_v2(db, "jk_ja", SQLITE_UTF8, collator, jkJaCompare,
                                    closeCollator) != SQLITE_OK) {
        closeCollator(collator); // not taken over when registering fails
        return Status::failure(QString::fromUtf8(sqlite3_errmsg(db)));
    }
    if (registerMatchSetFunction(db) != SQLITE_OK)
        return Status::failure(QString::fromUtf8(sqlite3_errmsg(db)));
    if (Status st = JapaneseTokenizer::registerWith(db); !st.ok())
        return st;
    return RelevanceRank::registerWith(db);
}

} // namespace jikenbo
