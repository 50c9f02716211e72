// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqliteBind.h"

#include <sqlite3.h>

namespace jikenbo {

bool bindValues(sqlite3_stmt *stmt, const QVariantList &binds)
{
    for (int i = 0; i < binds.size(); ++i) {
        const QVariant &v = binds[i];
        int rc = SQLITE_OK;
        switch (v.typeId()) {
        case QMetaType::Bool:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
            rc = sqlite3_bind_int64(stmt, i + 1, v.toLongLong());
            break;
        case QMetaType::Double:
            rc = sqlite3_bind_double(stmt, i + 1, v.toDouble());
            break;
        default:
            if (v.isNull()) {
                rc = sqlite3_bind_null(stmt, i + 1);
            } else {
                const QByteArray text = v.toString().toUtf8();
                rc = sqlite3_bind_text(stmt, i + 1, text.constData(), int(text.size()),
                                       SQLITE_TRANSIENT);
            }
        }
        if (rc != SQLITE_OK)
            return false;
    }
    return true;
}

std::optional<qint64> queryInt(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *stmt = nullptr;
    std::optional<qint64> value;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW)
        value = sqlite3_column_int64(stmt, 0);
    sqlite3_finalize(stmt);
    return value;
}

QStringList queryPlan(sqlite3 *db, const QByteArray &sql, const QVariantList &binds)
{
    const QByteArray explain = "EXPLAIN QUERY PLAN " + sql;
    sqlite3_stmt *stmt = nullptr;
    QStringList steps;
    if (sqlite3_prepare_v2(db, explain.constData(), int(explain.size()), &stmt, nullptr) ==
            SQLITE_OK &&
        bindValues(stmt, binds)) {
        while (sqlite3_step(stmt) == SQLITE_ROW)
            steps << QString::fromUtf8(
                reinterpret_cast<const char *>(sqlite3_column_text(stmt, 3)));
    }
    sqlite3_finalize(stmt);
    return steps;
}

} // namespace jikenbo
