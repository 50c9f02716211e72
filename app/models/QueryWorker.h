// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/FacetCounts.h"
#include "core/IncidentRecord.h"
#include "search/QuerySql.h"
#include "store/IncidentQuery.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>
#include <optional>
#include <thread>
#include <vector>

namespace jikenbo {

class Database;
class MatchSet;
class MatchSetScope;

// Runs the models' queries on a thread of its own with its own connection, so the window
// never waits for SQLite. Requests carry a generation; a request older than the newest
// generation is dropped unanswered, and a running statement is interrupted when a newer
// query arrives (sqlite3_interrupt is safe from any thread).
class QueryWorker final : public QObject
{
    Q_OBJECT

public:
    explicit QueryWorker(QString databasePath, QObject *parent = nullptr);
    ~QueryWorker() override;

    // Called from the model's thread.
    void setLatestGeneration(quint64 generation);
    quint64 latestGeneration() const { return m_latest.load(); }
    // Called from the model's thread before it queues fetchChunk: rows the view waits for go
    // before the facet counts still to do.
    void chunkRequested() { ++m_chunksWaiting; }

    // The worker's own connection, for benchmarks that time hand-written SQL beside it.
    Database *connection() const { return m_db.get(); }

public Q_SLOTS:
    void open();
    void runQuery(quint64 generation, const jikenbo::SqlWhere &where, jikenbo::SortColumn sort,
                  bool descending, int chunkSize, const QString &locateKey);
    void fetchChunk(quint64 generation, const jikenbo::SqlWhere &where, jikenbo::SortColumn sort,
                    bool descending, int chunk, int chunkSize);
    void countFacets(quint64 generation, const jikenbo::SqlWhere &where);
    // The row of `key` in the result of `generation` (answered by locatedRow, -1 when it is not
    // among the matches): the incident the user chose while that result was on its way.
    void locateRow(quint64 generation, const jikenbo::SqlWhere &where, jikenbo::SortColumn sort,
                   bool descending, const QString &key);
    // The title tooltip's snippet of one row: the notice around the first match of `terms`.
    void fetchSnippet(quint64 generation, const QString &key, const QStringList &terms);
    void countAll();
    void setCauseOverride(const QString &key, const QString &cause);
    void setNote(const QString &key, const QString &note);
    void setStarred(const QString &key, bool starred);
    void setTags(const QString &key, const QStringList &tags);

Q_SIGNALS:
    void opened(bool ok, const QString &error);
    void queryReady(quint64 generation, qint64 total,
                    const QList<jikenbo::IncidentRecord> &firstRows, qint64 locatedRow);
    // The answer to locateRow.
    void locatedRow(quint64 generation, const QString &key, qint64 row);
    void chunkReady(quint64 generation, int chunk, const QList<jikenbo::IncidentRecord> &rows);
    void facetsReady(quint64 generation, const jikenbo::FacetCounts &counts);
    void snippetReady(quint64 generation, const QString &key, const QString &html);
    void allCounted(qint64 total);
    void annotationSaved(const QString &key);
    void failed(quint64 generation, const QString &message);

private:
    bool stale(quint64 generation) const { return generation < m_latest.load(); }
    bool fetch(const SqlWhere &where, SortColumn sort, bool descending, qint64 total, qint64 offset,
               int limit, QList<IncidentRecord> &rows, QString *error);
    SqlWhere matchesOf(quint64 generation, const SqlWhere &where) const;
    // The row of `key` in the newest query's order (-1 when it is not among the matches).
    qint64 locate(quint64 generation, const SqlWhere &where, SortColumn sort, bool descending,
                  const QString &key, qint64 *id = nullptr);
    // The row of incident `id` in date order, counted: the matches that sort before it, or
    // (when `total`, the number of matches, is known) those after it when they are fewer, read
    // from the date index (no order of every match is built). -1 when it cannot be counted so
    // (another order, relevance); -2 when a statement failed.
    qint64 countBefore(const SqlWhere &matches, SortColumn sort, bool descending, qint64 id,
                       qint64 total);
    // The ids of the newest query's matches in its order (m_order), built once per generation
    // when a row far from the top is asked for: every later window of rows is then a slice
    // taken by position, never a walk over the rows before it.
    bool ensureOrder(quint64 generation, const SqlWhere &where, SortColumn sort, bool descending,
                     QString *error);
    // Whether rows from `offset` on come sooner from the order (built once, then sliced) than by
    // walking the rows before them.
    bool useOrder(quint64 generation, qint64 total, qint64 offset, int limit) const;
    // Rows [offset, offset + limit) of the order.
    bool fetchFromOrder(qint64 offset, int limit, QList<IncidentRecord> &rows, QString *error);
    // With the count known: the row to keep (located), the first rows (queryReady), then the
    // chunk around the row kept. False when it failed or a newer query came.
    bool answer(quint64 generation, const SqlWhere &where, SortColumn sort, bool descending,
                int chunkSize, qint64 total, const QString &locateKey);
    // After the first rows: the chunk holding the row kept selected (chunkReady), when it is
    // not the first.
    void emitLocatedChunk(quint64 generation, const SqlWhere &where, SortColumn sort,
                          bool descending, int chunkSize, qint64 total, qint64 located,
                          qint64 locatedId);
    // The rows of `ids`, in that order.
    bool fetchByIds(const qint64 *ids, size_t count, QList<IncidentRecord> &rows, QString *error);
    // Rows [first, first + limit) of date order, which hold incident `id` at row `row`: the
    // rows before it walked back from it and those after it walked on, each a range of the date
    // index read no further than the rows wanted (no walk from either end of the result).
    // False when the ranges do not give the rows expected (the caller then fetches by position).
    bool fetchAroundInDateOrder(const SqlWhere &matches, bool descending, qint64 id, qint64 row,
                                qint64 first, int limit, QList<IncidentRecord> &rows,
                                QString *error);
    // Whether one index of the incidents table finds the condition's rows in the order asked
    // (SQLite's plan searches that index alone, no sort, no full-text table): a facet such as
    // year:2023, cause: or sector: newest first. Not when that index leaves conditions to test on
    // each row and another index finds them all from its entries alone.
    bool servedByOneIndex(const SqlWhere &where, SortColumn sort, bool descending);
    // Counts the facets in one pass over the matches, giving way to chunks of rows the view
    // waits for: with chunks queued the pass pauses (its statement and counts kept in
    // m_facetScan) and goes on after them.
    void countFacetsFrom(quint64 generation, const SqlWhere &where);
    // Many matches: the facets counted on threads of their own (m_facetJob); false when that
    // cannot be done.
    bool countFacetsApart(quint64 generation);
    // Stops the facet job (if any) and waits for it.
    void stopFacetJob();
    // The facet job's two connections, opened on first use (the job stopped first); false when
    // they cannot be opened.
    bool openSideConnections();
    // A second connection that reads half of a set of full-text matches while this one reads
    // the other (MatchSet::read): the facet job's, stopped first. Null when it cannot be had.
    Database *readHelper();
    // Relevance: the count and the first `limit` rows in the order of IncidentQuery::orderBy
    // (score, date, id), from one pass over the full-text index that scores every match, and a
    // bounded selection of the best instead of a sort of every match joined to its row.
    bool rankFirstRows(quint64 generation, const SqlWhere &where, bool descending, int limit,
                       qint64 *total, QList<IncidentRecord> &rows, QString *error);
    // An incident's row (with its explanations and evidence) is some thirty times the size of
    // its entry in an index: from about one match in thirty-two on, reading an index whole and
    // testing each entry (for the facets, or the rows in an order) is cheaper than reading the
    // matches' rows.
    bool manyMatches(qint64 matches) const { return m_rows < 32 * matches; }
    // Keeps the condition's matches (keepMatchSet).
    bool keepMatches(const SqlWhere &where, qint64 *total, QString *error);
    // Keeps a set of matches already read: in temp.jk_hits, or when they are many and the order
    // has an index, as the set alone.
    bool keepMatchSet(std::shared_ptr<const MatchSet> set, QString *error);
    // Only full text: the count from the matches read once into a set; when they are many, the
    // first rows from the order's index walked with a bit test per entry, before the matches
    // are kept (with `locateKey`, date order: the row to keep counted on the date index, each
    // entry a bit test too). False when that is not the way (the caller goes on as for any
    // condition).
    bool answerFromMatchSet(quint64 generation, const SqlWhere &where, SortColumn sort,
                            bool descending, int chunkSize, const QString &locateKey);
    // Full text AND fields with the fields' index driving (IncidentQuery::plan): the count and
    // the first rows from that index, each entry a bit test against the full-text matches read
    // once; the matches are kept for the later chunks and the facets after the rows are out.
    bool answerRestDriven(quint64 generation, const SqlWhere &where, SortColumn sort,
                          bool descending, int chunkSize);

    QString m_path;
    std::unique_ptr<Database> m_db;
    std::atomic<quint64> m_latest{0};
    std::atomic<void *> m_handle{nullptr}; // sqlite3*, for interrupting
    std::atomic<bool> m_reading{false};    // a read is running (may be interrupted)
    std::atomic<int> m_chunksWaiting{0};   // fetchChunk calls queued
    // The matches of the newest query, for its chunks and facets: kept apart (m_hitsKept) in
    // temp.jk_hits (m_hitsInTable), or else as the set m_hitsSet alone, tested as `m_hitsToken`
    // (keepMatchSet).
    quint64 m_hitsGeneration = 0;
    qint64 m_hitsTotal = 0;
    bool m_hitsKept = false;
    bool m_hitsInTable = false;
    std::shared_ptr<const MatchSet> m_hitsSet; // the matches kept, as a set
    std::unique_ptr<MatchSetScope> m_hitsHeld; // registers m_hitsSet when not in the table
    qint64 m_hitsToken = 0;
    // The newest query's order has an index to walk (not relevance, not labels).
    bool m_orderWalkable = false;
    qint64 m_rows = 0; // the largest incident id: how far a walk over an index may go
    std::vector<qint64> m_order;
    quint64 m_orderGeneration = 0;
    struct FacetScan;
    std::unique_ptr<FacetScan> m_facetScan; // a facet pass paused for rows (before m_db goes)
    // The facet pass over many matches: two connections of its own, read by m_facetJob.
    std::unique_ptr<Database> m_facetDb, m_facetHelper;
    std::thread m_facetJob;
    std::shared_ptr<std::atomic<bool>> m_facetCancel;
    // The facet counts of every incident, and m_facetDb's data_version when they were counted.
    std::optional<FacetCounts> m_allFacets;
    qint64 m_allFacetsVersion = 0;
};

} // namespace jikenbo
