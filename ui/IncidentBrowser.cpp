// SPDX-License-Identifier: GPL-3.0-or-later
#include "IncidentBrowser.h"

#include "DetailPane.h"
#include "DialogProvider.h"
#include "FacetPanel.h"
#include "IncidentTableView.h"
#include "SearchBar.h"
#include "TrendView.h"
#include "classify/Taxonomy.h"
#include "core/Format.h"
#include "models/IncidentTableModel.h"
#include "models/QueryWorker.h"
#include "search/QueryParser.h"
#include "search/QuerySql.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QStackedWidget>
#include <QStatusBar>

#include <utility>

using namespace Qt::StringLiterals;

namespace jikenbo {

IncidentBrowser::IncidentBrowser(const Parts &parts, QObject *parent)
    : QObject(parent)
    , m_p(parts)
{
    m_detailTimer.setSingleShot(true);
    m_detailTimer.setInterval(DetailDelayMs);
    connect(&m_detailTimer, &QTimer::timeout, this, [this] {
        // Rows still on their way come first (the view paints them), then the notice.
        if (m_p.model->fetchingRows() && ++m_detailWaits < MaxDetailWaits) {
            m_detailTimer.start();
            return;
        }
        showCurrentIncident();
    });
    connectParts();
}

void IncidentBrowser::connectParts()
{
    connect(m_p.search, &SearchBar::queryChanged, this, &IncidentBrowser::runQuery);
    connect(m_p.facets, &FacetPanel::termChosen, this, &IncidentBrowser::addTerm);
    connect(m_p.model, &IncidentTableModel::resultReady, this, &IncidentBrowser::onResultReady);
    connect(m_p.model, &IncidentTableModel::queryFailed, this, [this](const QString &m) {
        m_p.statusBar->showMessage(tr("Query failed: %1").arg(m), 10000);
    });
    connect(m_p.model, &IncidentTableModel::loadingChanged, this, [this](bool loading) {
        if (loading)
            m_chosenKey.clear(); // a new query keeps the row current when it started
        updateCount();
    });
    connect(m_p.model, &IncidentTableModel::rowLocated, this, &IncidentBrowser::onRowLocated);
    connect(m_p.worker, &QueryWorker::facetsReady, this, [this](quint64 gen, const FacetCounts &c) {
        if (gen == m_p.model->latestGeneration())
            m_p.facets->setCounts(c);
    });
    connect(m_p.worker, &QueryWorker::allCounted, this, [this](qint64 n) {
        m_totalAll = n;
        updateCount();
        updateEmptyState();
    });
    QWidget *window = m_p.table->window();
    connect(m_p.worker, &QueryWorker::failed, this, [this, window](quint64 gen, const QString &m) {
        if (gen == 0)
            m_p.dialogs->warn(window, tr("Jikenbo"), m);
    });
    connect(m_p.worker, &QueryWorker::annotationSaved, this, [this](const QString &key) {
        m_p.model->reload(currentKey().isEmpty() ? key : currentKey());
        if (m_p.detail->currentKey() == key)
            m_p.detail->refresh();
    });
    connect(m_p.worker, &QueryWorker::opened, this, [this, window](bool ok, const QString &error) {
        if (!ok)
            m_p.dialogs->warn(window, tr("Jikenbo"), error);
    });
    connect(m_p.table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &IncidentBrowser::onCurrentRowChanged);
    connect(m_p.model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &tl, const QModelIndex &br) {
                const int row = m_p.table->currentIndex().row();
                if (row >= tl.row() && row <= br.row() &&
                    m_p.detail->currentKey() != m_p.model->keyAt(row)) {
                    m_detailWaits = 0;
                    m_detailTimer.start();
                }
            });
    // The Trends tab follows the query; its drill-down and Back edit the query.
    connect(m_p.trends, &TrendView::queryRequested, this, &IncidentBrowser::setQueryText);
    connect(m_p.worker, &QueryWorker::annotationSaved, m_p.trends, &TrendView::reload);
    auto send = [w = m_p.worker](auto fn) {
        QMetaObject::invokeMethod(w, fn, Qt::QueuedConnection);
    };
    connect(m_p.detail, &DetailPane::starToggled, this,
            [w = m_p.worker, send](const QString &k, bool on) {
                send([w, k, on] { w->setStarred(k, on); });
            });
    connect(m_p.detail, &DetailPane::causeOverrideChosen, this,
            [w = m_p.worker, send](const QString &k, const QString &c) {
                send([w, k, c] { w->setCauseOverride(k, c); });
            });
    connect(m_p.detail, &DetailPane::tagsEdited, this,
            [w = m_p.worker, send](const QString &k, const QStringList &t) {
                send([w, k, t] { w->setTags(k, t); });
            });
    connect(m_p.detail, &DetailPane::noteEdited, this,
            [this, send](const QString &k, const QString &n) {
                send([w = m_p.worker, k, n] { w->setNote(k, n); });
                m_p.statusBar->showMessage(tr("Note saved"), 3000);
            });
}

void IncidentBrowser::start()
{
    QMetaObject::invokeMethod(m_p.worker, &QueryWorker::countAll, Qt::QueuedConnection);
    runQuery(m_p.search->text());
    updateEmptyState();
}

void IncidentBrowser::reload()
{
    m_p.model->reload(currentKey());
    QMetaObject::invokeMethod(m_p.worker, &QueryWorker::countAll, Qt::QueuedConnection);
    m_p.detail->refresh();
}

QString IncidentBrowser::currentKey() const
{
    const QModelIndex i = m_p.table->currentIndex();
    if (i.isValid())
        return m_p.model->keyAt(i.row());
    return m_p.detail->currentKey();
}

QStringList IncidentBrowser::selectedKeys() const
{
    QStringList keys;
    const QModelIndexList rows = m_p.table->selectionModel()->selectedRows();
    for (const QModelIndex &i : rows) {
        const QString k = m_p.model->keyAt(i.row());
        if (!k.isEmpty())
            keys << k;
    }
    if (keys.isEmpty() && !m_p.detail->currentKey().isEmpty())
        keys << m_p.detail->currentKey();
    return keys;
}

void IncidentBrowser::setQueryText(const QString &text)
{
    m_p.search->setText(text);
}

void IncidentBrowser::addTerm(const QString &term)
{
    const QString field = term.section(u':', 0, 0);
    QString value = term.section(u':', 1);
    setQueryText(Query::withTerm(m_p.search->text(), field + u':' + Query::quoteValue(value)));
}

void IncidentBrowser::runQuery(const QString &text)
{
    const ParsedQuery pq = QueryParser::parse(text, Taxonomy::builtIn());
    if (!pq.ok()) {
        m_p.search->setError(pq.error->message, pq.error->position, pq.error->length);
        return; // the table keeps showing the last good result
    }
    m_p.search->clearError();
    m_p.model->setQuery(pq.query, currentKey());
    m_p.trends->setQuery(pq.query);
    m_p.detail->setHighlight(QuerySql::highlightTerms(pq.query, m_p.model->sqlOptions()));
    m_p.search->setSynonymNote(
        QuerySql::describeSynonyms(QuerySql::synonymsUsed(pq.query, m_p.model->sqlOptions())));
    updateCount();
}

void IncidentBrowser::onResultReady(qint64, qint64 located)
{
    const QString chosen = std::exchange(m_chosenKey, QString());
    m_locating.clear();
    if (!chosen.isEmpty() && chosen != m_p.model->keepKey()) {
        m_locating = chosen; // the row the user chose while the result was on its way
        m_p.model->locate(chosen);
    } else {
        selectRow(located);
    }
    updateCount();
    updateEmptyState();
}

void IncidentBrowser::onRowLocated(const QString &key, qint64 row)
{
    // Unless the user has moved since.
    if (key == m_locating && !m_p.table->currentIndex().isValid())
        selectRow(row);
    m_locating.clear();
}

void IncidentBrowser::selectRow(qint64 row)
{
    if (row < 0 || row >= m_p.model->rowCount())
        return;
    // Keep the horizontal scroll where the user left it: select by the first visible column.
    const int col = m_p.table->horizontalHeader()->logicalIndexAt(0);
    const QModelIndex i = m_p.model->index(int(row), std::max(0, col));
    m_p.table->selectionModel()->setCurrentIndex(i, QItemSelectionModel::ClearAndSelect |
                                                        QItemSelectionModel::Rows);
    m_p.table->scrollTo(i);
}

void IncidentBrowser::onCurrentRowChanged()
{
    // A row chosen while a query runs is the one to find in its result (the rows shown until
    // then are the previous result's).
    if (m_p.model->isLoading()) {
        const QModelIndex i = m_p.table->currentIndex();
        m_chosenKey = i.isValid() ? m_p.model->keyAt(i.row()) : QString();
    }
    showCurrentIncident();
}

void IncidentBrowser::showCurrentIncident()
{
    m_detailTimer.stop();
    const QModelIndex i = m_p.table->currentIndex();
    if (!i.isValid())
        return;
    const QString key = m_p.model->keyAt(i.row());
    if (!key.isEmpty())
        m_p.detail->showIncident(key);
}

void IncidentBrowser::updateCount()
{
    QString text = tr("%1 of %2 incidents")
                       .arg(format::number(m_p.model->matchCount()), format::number(m_totalAll));
    if (m_p.model->isLoading())
        text += u"  "_s + tr("(searching…)");
    m_p.countLabel->setText(text);
}

void IncidentBrowser::updateEmptyState()
{
    if (m_totalAll == 0) {
        m_p.emptyLabel->setText(tr(
            "<h3>No incidents yet</h3><p>Import pages of the blog with <b>File → Import Files…</b> "
            "(Ctrl+O), drop files or folders on this window, or bring the database up to date with "
            "<b>File → Sync from the Blog</b> (F6).</p>"));
        m_p.tableStack->setCurrentWidget(m_p.emptyLabel);
    } else if (m_p.model->matchCount() == 0 && !m_p.model->isLoading()) {
        m_p.emptyLabel->setText(
            tr("<h3>No incidents match</h3><p>Nothing matches <b>%1</b>.</p>"
               "<p>Remove a term, or press Esc in the search box to see all %2 incidents.</p>")
                .arg(m_p.search->text().toHtmlEscaped(), format::number(m_totalAll)));
        m_p.tableStack->setCurrentWidget(m_p.emptyLabel);
    } else {
        m_p.tableStack->setCurrentWidget(m_p.table);
    }
}

} // namespace jikenbo
