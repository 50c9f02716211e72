// SPDX-License-Identifier: GPL-3.0-or-later
#include "RelevanceRank.h"

#include "Fts5Api.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <cmath>
#include <vector>

namespace jikenbo {

namespace {

constexpr double K1 = 1.2;
constexpr double B = 0.75;
// Rows a step through the document sizes may skip before a lookup is cheaper.
constexpr sqlite3_int64 MaxSkip = 32;

// What one query's scoring keeps from row to row.
struct QueryState
{
    std::vector<double> idf;  // per phrase
    std::vector<double> freq; // per phrase, this row's weighted count
    double avgdl = 1.0;
    sqlite3 *db = nullptr;
    sqlite3_stmt *sizes = nullptr; // the document sizes, in rowid order from a rowid on
    sqlite3_int64 sizeRowid = -1;  // the row `sizes` is on; -1 before the first, or done
    bool sizesFailed = false;

    ~QueryState() { sqlite3_finalize(sizes); }
};

void deleteState(void *p)
{
    delete static_cast<QueryState *>(p);
}

int countHit(const Fts5ExtensionApi *, Fts5Context *, void *user)
{
    ++*static_cast<sqlite3_int64 *>(user);
    return SQLITE_OK;
}

// The number of tokens of the row in all columns, read from the table's document sizes: the
// statement steps forward to the row when it is near, else seeks it. Returns -1 when the sizes
// cannot be read (the caller then asks FTS5).
int documentLength(QueryState &s, sqlite3_int64 rowid)
{
    if (s.sizesFailed)
        return -1;
    if (!s.sizes) {
        if (sqlite3_prepare_v3(s.db, "SELECT id, sz FROM incident_fts_docsize WHERE id >= ?", -1,
                               SQLITE_PREPARE_PERSISTENT, &s.sizes, nullptr) != SQLITE_OK) {
            s.sizesFailed = true;
            return -1;
        }
    }
    if (s.sizeRowid < 0 || rowid < s.sizeRowid || rowid - s.sizeRowid > MaxSkip) {
        sqlite3_reset(s.sizes);
        sqlite3_bind_int64(s.sizes, 1, rowid);
        if (sqlite3_step(s.sizes) != SQLITE_ROW) {
            s.sizeRowid = -1;
            return -1;
        }
        s.sizeRowid = sqlite3_column_int64(s.sizes, 0);
    }
    while (s.sizeRowid < rowid) {
        if (sqlite3_step(s.sizes) != SQLITE_ROW) {
            s.sizeRowid = -1;
            return -1;
        }
        s.sizeRowid = sqlite3_column_int64(s.sizes, 0);
    }
    if (s.sizeRowid != rowid)
        return -1;
    // One varint per column, SQLite's: seven bits a byte, the most significant first.
    const auto *p = static_cast<const unsigned char *>(sqlite3_column_blob(s.sizes, 1));
    const int n = sqlite3_column_bytes(s.sizes, 1);
    long long total = 0;
    for (int k = 0; k < n;) {
        unsigned long long v = 0;
        for (int bytes = 0; k < n && bytes < 5; ++bytes) {
            const unsigned char byte = p[k++];
            v = (v << 7) | (byte & 0x7f);
            if (!(byte & 0x80))
                break;
        }
        total += (long long)v;
    }
    return int(total);
}

QueryState *stateFor(const Fts5ExtensionApi *api, Fts5Context *fts, int *rc)
{
    if (auto *s = static_cast<QueryState *>(api->xGetAuxdata(fts, 0)))
        return s;
    auto *s = new QueryState;
    const int phrases = api->xPhraseCount(fts);
    s->idf.assign(size_t(phrases), 1.0);
    s->freq.assign(size_t(phrases), 0.0);
    sqlite3_int64 rows = 0, tokens = 0;
    *rc = api->xRowCount(fts, &rows);
    if (*rc == SQLITE_OK)
        *rc = api->xColumnTotalSize(fts, -1, &tokens);
    if (*rc == SQLITE_OK) {
        s->avgdl = rows > 0 ? double(tokens) / double(rows) : 1.0;
        if (s->avgdl <= 0)
            s->avgdl = 1.0;
    }
    // IDF as bm25 computes it, when there is more than one phrase to weigh against another.
    for (int i = 0; *rc == SQLITE_OK && phrases > 1 && i < phrases; ++i) {
        sqlite3_int64 hits = 0;
        *rc = api->xQueryPhrase(fts, i, &hits, countHit);
        if (*rc == SQLITE_OK) {
            const double idf = std::log((double(rows) - double(hits) + 0.5) / (double(hits) + 0.5));
            s->idf[size_t(i)] = idf <= 0.0 ? 1e-6 : idf;
        }
    }
    if (*rc == SQLITE_OK)
        *rc = api->xSetAuxdata(fts, s, deleteState); // it takes the state even on failure
    else
        delete s;
    return *rc == SQLITE_OK ? s : nullptr;
}

void rank(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *ctx, int nVal,
          sqlite3_value **weights)
{
    int rc = SQLITE_OK;
    QueryState *s = stateFor(api, fts, &rc);
    if (!s) {
        sqlite3_result_error_code(ctx, rc);
        return;
    }
    if (!s->db)
        s->db = sqlite3_context_db_handle(ctx);
    std::fill(s->freq.begin(), s->freq.end(), 0.0);
    int instances = 0;
    rc = api->xInstCount(fts, &instances);
    for (int i = 0; rc == SQLITE_OK && i < instances; ++i) {
        int phrase = 0, column = 0, offset = 0;
        rc = api->xInst(fts, i, &phrase, &column, &offset);
        if (rc == SQLITE_OK)
            s->freq[size_t(phrase)] += column < nVal ? sqlite3_value_double(weights[column]) : 1.0;
    }
    int length = documentLength(*s, api->xRowid(fts));
    if (rc == SQLITE_OK && length < 0)
        rc = api->xColumnSize(fts, -1, &length);
    if (rc != SQLITE_OK) {
        sqlite3_result_error_code(ctx, rc);
        return;
    }
    const double norm = K1 * (1 - B + B * double(length) / s->avgdl);
    double score = 0.0;
    for (size_t i = 0; i < s->freq.size(); ++i)
        score += s->idf[i] * (s->freq[i] * (K1 + 1.0)) / (s->freq[i] + norm);
    sqlite3_result_double(ctx, -score);
}

} // namespace

Status RelevanceRank::registerWith(sqlite3 *db)
{
    fts5_api *api = fts5ApiOf(db);
    if (!api)
        return Status::failure(QCoreApplication::translate("RelevanceRank", "SQLite has no FTS5"));
    if (api->xCreateFunction(api, Name, nullptr, rank, nullptr) != SQLITE_OK)
        return Status::failure(
            QCoreApplication::translate("RelevanceRank", "cannot register the FTS5 function %1: %2")
                .arg(QString::fromLatin1(Name), QString::fromUtf8(sqlite3_errmsg(db))));
    return {};
}

} // namespace jikenbo
