// SPDX-License-Identifier: GPL-3.0-or-later
#include "IncidentTableModel.h"

#include "QueryWorker.h"
#include "classify/Taxonomy.h"
#include "core/Format.h"

#include <QCoreApplication>
#include <QMetaObject>

using namespace Qt::StringLiterals;

namespace jikenbo {

namespace {

const QString &dash()
{
    static const QString d(QChar(0x2014));
    return d;
}

} // namespace

IncidentTableModel::IncidentTableModel(QueryWorker *worker, QObject *parent)
    : QAbstractTableModel(parent)
    , m_worker(worker)
{
    connect(worker, &QueryWorker::queryReady, this, &IncidentTableModel::onQueryReady);
    connect(worker, &QueryWorker::chunkReady, this, &IncidentTableModel::onChunkReady);
    connect(worker, &QueryWorker::failed, this, &IncidentTableModel::onFailed);
    connect(worker, &QueryWorker::snippetReady, this, &IncidentTableModel::onSnippetReady);
    connect(worker, &QueryWorker::locatedRow, this,
            [this](quint64 generation, const QString &key, qint64 row) {
                if (generation == m_generation && m_pending == 0)
                    Q_EMIT rowLocated(key, row < m_total ? row : -1);
            });
}

IncidentTableModel::~IncidentTableModel() = default;

SortColumn IncidentTableModel::sortColumnFor(int column)
{
    switch (column) {
    case CaseId:
        return SortColumn::CaseId;
    case Organization:
        return SortColumn::Organization;
    case Title:
        return SortColumn::Title;
    case Cause:
        return SortColumn::Cause;
    case Sector:
        return SortColumn::Sector;
    case Affected:
        return SortColumn::Affected;
    case Labels:
        return SortColumn::Labels;
    default:
        return SortColumn::Date;
    }
}

int IncidentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(std::min<qint64>(m_total, std::numeric_limits<int>::max()));
}

int IncidentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IncidentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (section) {
    case CaseId:
        return tr("Case");
    case Announced:
        return tr("Announced");
    case Organization:
        return tr("Organization");
    case Title:
        return tr("Title");
    case Cause:
        return tr("Cause");
    case Sector:
        return tr("Sector");
    case Affected:
        return tr("Affected");
    case Labels:
        return tr("Labels");
    default:
        return {};
    }
}

const IncidentRecord *IncidentTableModel::recordAt(int row) const
{
    if (row < 0 || row >= m_total)
        return nullptr;
    const int chunk = row / ChunkSize;
    auto it = m_chunks.constFind(chunk);
    if (it == m_chunks.constEnd())
        return nullptr;
    const int offset = row % ChunkSize;
    return offset < it->size() ? &it->at(offset) : nullptr;
}

bool IncidentTableModel::fetchingRows() const
{
    for (int chunk : m_requested) {
        if (!m_chunks.contains(chunk))
            return true;
    }
    return false;
}

QString IncidentTableModel::keyAt(int row) const
{
    const IncidentRecord *r = recordAt(row);
    return r ? r->key : QString();
}

QVariant IncidentTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_total)
        return {};
    const int chunk = index.row() / ChunkSize;
    const IncidentRecord *r = recordAt(index.row());
    if (!r) {
        requestChunk(chunk);
        return {};
    }
    // Most recently used chunk last.
    if (m_chunkOrder.isEmpty() || m_chunkOrder.last() != chunk) {
        m_chunkOrder.removeOne(chunk);
        m_chunkOrder.append(chunk);
    }
    const Taxonomy &tax = Taxonomy::builtIn();
    const int col = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (col) {
        case CaseId:
            return r->caseId;
        case Announced:
            return r->announcedOn.isValid() ? format::date(r->announcedOn) : dash();
        case Organization:
            return r->organization.isEmpty() ? dash() : r->organization;
        case Title:
            return r->title;
        case Cause:
            return tax.causeName(r->cause);
        case Sector:
            return tax.sectorName(r->sector);
        case Affected:
            return r->affected ? format::number(*r->affected) : dash();
        case Labels:
            return r->labels.isEmpty() ? dash() : r->labels.join(u", "_s);
        }
        break;
    case Qt::ToolTipRole:
        switch (col) {
        case Cause: {
            QString origin =
                r->causeOrigin == u"label"_s ? tr("from the source label %1").arg(r->causeLabel)
                : r->causeOrigin == u"user"_s
                    ? tr("set by you")
                    : tr("by the rules, confidence %1").arg(r->causeConfidence, 0, 'f', 2);
            return QString(tax.causeName(r->cause) + u" — "_s + origin);
        }
        case Affected:
            return r->affectedEvidence.isEmpty() ? QVariant() : QVariant(r->affectedEvidence);
        case Title:
            return titleToolTip(*r);
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::TextAlignmentRole:
        if (col == Affected)
            return QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
        return QVariant(int(Qt::AlignLeft | Qt::AlignVCenter));
    case RawValueRole:
        switch (col) {
        case CaseId:
            return r->caseId;
        case Announced:
            return r->announcedOn.isValid() ? QVariant(r->announcedOn.toString(Qt::ISODate))
                                            : QVariant();
        case Organization:
            return r->organization;
        case Title:
            return r->title;
        case Cause:
            return r->cause;
        case Sector:
            return r->sector;
        case Affected:
            return r->affected ? QVariant(*r->affected) : QVariant();
        case Labels:
            return r->labels;
        }
        break;
    case MissingRole:
        return (col == Announced && !r->announcedOn.isValid()) ||
               (col == Affected && !r->affected) || (col == Labels && r->labels.isEmpty()) ||
               (col == Organization && r->organization.isEmpty());
    case KeyRole:
        return r->key;
    case StarredRole:
        return r->starred;
    case CauseKeyRole:
        return r->cause;
    }
    return {};
}

// With free text in the query: the title and the notice around the first match. The snippet
// comes from the worker the first time a row's tooltip is asked for; until then, the title.
QVariant IncidentTableModel::titleToolTip(const IncidentRecord &r) const
{
    if (m_snippetTerms.isEmpty())
        return r.title;
    const auto it = m_snippets.constFind(r.key);
    if (it == m_snippets.constEnd()) {
        if (!m_snippetsRequested.contains(r.key) && m_generation != 0) {
            m_snippetsRequested.insert(r.key);
            QueryWorker *w = m_worker;
            const quint64 gen = m_generation;
            const QString key = r.key;
            const QStringList terms = m_snippetTerms;
            QMetaObject::invokeMethod(w,
                                      [w, gen, key, terms] { w->fetchSnippet(gen, key, terms); });
        }
        return r.title;
    }
    if (it->isEmpty())
        return r.title;
    return QString(u"<qt><p>"_s + r.title.toHtmlEscaped() + u"</p><p>"_s + *it + u"</p></qt>"_s);
}

void IncidentTableModel::onSnippetReady(quint64 generation, const QString &key, const QString &html)
{
    if (generation != m_generation)
        return;
    m_snippets.insert(key, html);
    // Tell the view: the row of the key is among the loaded ones.
    for (auto it = m_chunks.constBegin(); it != m_chunks.constEnd(); ++it) {
        for (int i = 0; i < it->size(); ++i) {
            if (it->at(i).key == key) {
                const QModelIndex cell = index(it.key() * ChunkSize + i, Title);
                Q_EMIT dataChanged(cell, cell, {Qt::ToolTipRole});
                return;
            }
        }
    }
}

void IncidentTableModel::setSortOrder(SortColumn column, bool descending)
{
    if (column == m_sort && descending == m_descending && m_generation != 0)
        return;
    m_sort = column;
    m_descending = descending;
    start(QString());
}

void IncidentTableModel::setSynonymExpansion(bool on)
{
    m_sqlOptions.expandSynonyms = on;
}

void IncidentTableModel::setQuery(const Query &query, const QString &keepKey)
{
    m_query = query;
    start(keepKey);
}

void IncidentTableModel::reload(const QString &keepKey)
{
    start(keepKey);
}

void IncidentTableModel::sort(int column, Qt::SortOrder order)
{
    const SortColumn c = sortColumnFor(column);
    const bool desc = order == Qt::DescendingOrder;
    if (c == m_sort && desc == m_descending && m_generation != 0)
        return;
    m_sort = c;
    m_descending = desc;
    start(QString());
}

void IncidentTableModel::start(const QString &keepKey)
{
    static quint64 counter = 0;
    const quint64 gen = ++counter;
    m_sqlOptions.rank = m_sort == SortColumn::Relevance;
    m_where = QuerySql::where(m_query, m_sqlOptions);
    const QStringList terms = QuerySql::highlightTerms(m_query, m_sqlOptions);
    if (terms != m_snippetTerms) {
        m_snippetTerms = terms;
        m_snippets.clear();
        m_snippetsRequested.clear();
    }
    m_pending = gen;
    m_keepKey = keepKey;
    m_worker->setLatestGeneration(gen);
    const SqlWhere where = m_where;
    const SortColumn sort = m_sort;
    const bool desc = m_descending;
    QueryWorker *w = m_worker;
    QMetaObject::invokeMethod(w, [w, gen, where, sort, desc, keepKey] {
        w->runQuery(gen, where, sort, desc, ChunkSize, keepKey);
    });
    Q_EMIT loadingChanged(true);
}

void IncidentTableModel::locate(const QString &key)
{
    if (m_generation == 0 || m_pending != 0)
        return; // the query on its way is asked for its own key
    const quint64 gen = m_generation;
    const SqlWhere where = m_where;
    const SortColumn sort = m_sort;
    const bool desc = m_descending;
    QueryWorker *w = m_worker;
    QMetaObject::invokeMethod(w, [w, gen, where, sort, desc, key] {
        w->locateRow(gen, where, sort, desc, key);
    });
}

void IncidentTableModel::requestChunk(int chunk) const
{
    if (m_requested.contains(chunk) || m_generation == 0)
        return;
    m_requested.insert(chunk);
    const quint64 gen = m_generation;
    const SqlWhere where = m_where;
    const SortColumn sort = m_sort;
    const bool desc = m_descending;
    QueryWorker *w = m_worker;
    w->chunkRequested();
    QMetaObject::invokeMethod(w, [w, gen, where, sort, desc, chunk] {
        w->fetchChunk(gen, where, sort, desc, chunk, ChunkSize);
    });
}

void IncidentTableModel::onQueryReady(quint64 generation, qint64 total,
                                      const QList<IncidentRecord> &rows, qint64 located)
{
    if (generation != m_pending)
        return;
    beginResetModel();
    m_total = total;
    m_chunks.clear();
    m_chunkOrder.clear();
    m_requested.clear();
    m_chunks.insert(0, rows);
    m_chunkOrder.append(0);
    m_requested.insert(0);
    m_generation = generation;
    m_pending = 0;
    m_snippetsRequested.clear(); // answers to the older generation are dropped: ask again
    endResetModel();
    Q_EMIT loadingChanged(false);
    Q_EMIT resultReady(total, located);
    // The facet counts are asked for once these rows are painted: the request is posted at the
    // low priority Qt posts a widget's repaint with, so it comes after the repaint the reset
    // asked for. Asked for with the query, a pass over many matches (two threads) started as
    // the rows came and took the cores from their first paint.
    QCoreApplication::postEvent(this, new FacetRequest(generation), Qt::LowEventPriority);
}

void IncidentTableModel::customEvent(QEvent *event)
{
    if (event->type() != FacetRequest::Type)
        return QAbstractTableModel::customEvent(event);
    const quint64 gen = static_cast<FacetRequest *>(event)->generation;
    if (gen != m_generation || m_pending != 0)
        return; // a newer query asks for its own
    QueryWorker *w = m_worker;
    QMetaObject::invokeMethod(w, [w, gen, where = m_where] { w->countFacets(gen, where); });
}

void IncidentTableModel::onChunkReady(quint64 generation, int chunk,
                                      const QList<IncidentRecord> &rows)
{
    if (generation != m_generation)
        return;
    m_chunks.insert(chunk, rows);
    m_chunkOrder.removeOne(chunk);
    m_chunkOrder.append(chunk);
    while (m_chunkOrder.size() > MaxCachedChunks) {
        const int evict = m_chunkOrder.takeFirst();
        m_chunks.remove(evict);
        m_requested.remove(evict);
    }
    if (rows.isEmpty())
        return;
    const int first = chunk * ChunkSize;
    const int last = std::min<qint64>(first + rows.size(), m_total) - 1;
    if (last >= first)
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

void IncidentTableModel::onFailed(quint64 generation, const QString &message)
{
    if (generation == 0 || (generation != m_pending && generation != m_generation))
        return; // annotation failures are reported by the window
    if (generation == m_pending) {
        m_pending = 0;
        Q_EMIT loadingChanged(false);
    }
    Q_EMIT queryFailed(message);
}

} // namespace jikenbo
