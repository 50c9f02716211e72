// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/IncidentRecord.h"
#include "search/Query.h"
#include "search/QuerySql.h"
#include "store/IncidentQuery.h"

#include <QAbstractTableModel>
#include <QEvent>
#include <QHash>
#include <QList>
#include <QSet>

namespace jikenbo {

class QueryWorker;

// The incident table over SQLite: counts, sorts and filters in SQL, and fetches rows in
// chunks around what the view asks for (never all rows, never bodies). Queries run on the
// QueryWorker's thread; the model swaps in a new result only when its count and first rows
// have arrived, so the view never shows an empty table in between, and results of outdated
// queries are dropped.
class IncidentTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { CaseId, Announced, Organization, Title, Cause, Sector, Affected, Labels, ColumnCount };
    enum Role {
        RawValueRole = Qt::UserRole + 1, // sortable/exportable value (dates ISO, numbers as qint64)
        KeyRole,                         // the incident's stable key
        MissingRole,                     // true when the cell has no value (shown as a muted dash)
        StarredRole,
        CauseKeyRole,
    };
    static constexpr int ChunkSize = 256;
    static constexpr int MaxCachedChunks = 64;

    IncidentTableModel(QueryWorker *worker, QObject *parent = nullptr);
    ~IncidentTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Runs a query; `keepKey` is the incident to find again in the new result.
    void setQuery(const Query &query, const QString &keepKey = {});
    void reload(const QString &keepKey = {});
    const Query &query() const { return m_query; }
    qint64 matchCount() const { return m_total; }
    bool isLoading() const { return m_pending != 0; }
    // Whether rows asked for (by the view's painting) are still on their way.
    bool fetchingRows() const;
    // The generation facet counts must carry to belong to the newest query.
    quint64 latestGeneration() const { return m_pending ? m_pending : m_generation; }
    QString keyAt(int row) const;
    // The key the newest query (the one running, else the one shown) was asked to keep.
    const QString &keepKey() const { return m_keepKey; }
    // Finds `key` in the result shown, answered by rowLocated (row -1 when it is not a match).
    void locate(const QString &key);
    // The record of a row if its chunk is loaded.
    const IncidentRecord *recordAt(int row) const;
    SortColumn sortColumn() const { return m_sort; }
    bool sortDescending() const { return m_descending; }
    // Any order, including SortColumn::Relevance (no column of its own); runs the query again.
    void setSortOrder(SortColumn column, bool descending);
    void setSynonymExpansion(bool on);
    const QuerySqlOptions &sqlOptions() const { return m_sqlOptions; }

    static SortColumn sortColumnFor(int column);

Q_SIGNALS:
    // A new result is in place; `locatedRow` is the row of the key asked to keep, or -1.
    void resultReady(qint64 matches, qint64 locatedRow);
    void loadingChanged(bool loading);
    void rowLocated(const QString &key, qint64 row);
    void queryFailed(const QString &message);

protected:
    void customEvent(QEvent *event) override;

private:
    // Asks the worker for the facet counts of a result once its first rows are painted.
    struct FacetRequest : QEvent
    {
        static inline const auto Type = QEvent::Type(QEvent::registerEventType());
        explicit FacetRequest(quint64 gen)
            : QEvent(Type)
            , generation(gen)
        {
        }
        quint64 generation;
    };
    void onQueryReady(quint64 generation, qint64 total, const QList<IncidentRecord> &rows, qint64 located);
    void onChunkReady(quint64 generation, int chunk, const QList<IncidentRecord> &rows);
    void onFailed(quint64 generation, const QString &message);
    void onSnippetReady(quint64 generation, const QString &key, const QString &html);
    QVariant titleToolTip(const IncidentRecord &r) const;
    void requestChunk(int chunk) const;
    void start(const QString &keepKey);

    QueryWorker *m_worker;
    Query m_query;
    SqlWhere m_where;
    QuerySqlOptions m_sqlOptions;
    SortColumn m_sort = SortColumn::Date;
    bool m_descending = true;
    quint64 m_generation = 0; // of the result shown
    quint64 m_pending = 0;    // of the query running, 0 when none
    QString m_keepKey;
    qint64 m_total = 0;
    mutable QHash<int, QList<IncidentRecord>> m_chunks;
    mutable QList<int> m_chunkOrder; // most recently used last
    mutable QSet<int> m_requested;
    // Title tooltips: a snippet around the first match, per key, fetched when first asked for.
    QStringList m_snippetTerms;
    mutable QHash<QString, QString> m_snippets;
    mutable QSet<QString> m_snippetsRequested;
};

} // namespace jikenbo
